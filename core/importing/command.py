"""``chain-mapper import FILE``: the command line's import, in English, one line per problem.

Exit codes: 0 imported (rows left out are listed and written to the rejects workbook beside the file), 1 the
file or an option is refused or the map changed since the plan was made (nothing written), 2 the database
cannot be used (locked by another writer, no backup possible, damaged).
"""

from __future__ import annotations

import sys

EXIT_OK, EXIT_INPUT, EXIT_DB = 0, 1, 2


def add_arguments(imp) -> None:
    imp.add_argument("file", metavar="FILE", help=".xlsx, .xlsm, .xls, .ods or .csv")
    imp.add_argument("--dry-run", action="store_true", help="show what would change and write nothing")
    imp.add_argument("--sheet", metavar="NAME", help="import only this sheet")
    from core.vocabulary import TABLE_TERMS  # light: the parser is built for every command, the GUI's too

    imp.add_argument("--table", choices=[t for t in TABLE_TERMS if t != "change_log"],
                     help="what a list holds (default: recognised from its header)")
    imp.add_argument("--map", metavar="源列=field,…", help="correct the column mapping, e.g. \"企业全称=name_zh,联系人=\"")
    imp.add_argument("--map-values", metavar="FILE",
                     help="what chain values mean: lines of 值=部件 (伺服电机=无框力矩电机; an empty right side: not a "
                          "component); the choices remembered in the app are used too")
    imp.add_argument("--duplicates", choices=("skip", "merge", "add"), default="skip",
                     help="rows that look like firms already there: hold them (default), merge into them, or add")
    imp.add_argument("--update", choices=("ask", "blanks", "overwrite"), default="ask",
                     help="values the map already has: keep them and list the conflicts (ask, default), fill blanks "
                          "only (blanks), or take the list's values (overwrite)")
    imp.add_argument("--strict", action="store_true",
                     help="refuse the whole file when any cell or row would be left out")
    imp.add_argument("--delete-missing", action="store_true",
                     help="our own workbook: delete the rows that are not in its sheets (default: keep them)")
    imp.add_argument("--no-rejects", action="store_true", help="do not write the rejects workbook beside the file")


def _fail(message: str, code: int) -> int:
    print(f"chain-mapper: {message}", file=sys.stderr)
    return code


def run(args, open_db) -> int:
    from core.errors import ChainMapperError
    from core.importing.headers import parse_map_option
    from core.importing.memory import read_value_file
    from core.importing.messages import BackupProblem, ImportBusy, ImportChanged, ImportProblem
    from core.importing.plan import ImportOptions, import_file
    from core.importing.preview import summary_lines
    from core.importing.reading import SheetError, open_spreadsheet

    try:
        mapping = parse_map_option(args.map)
        values = read_value_file(args.map_values) if args.map_values else {}
    except ImportProblem as exc:
        return _fail(f"{args.file}: {exc}", EXIT_INPUT)
    options = ImportOptions(sheet=args.sheet, table=args.table, mapping=mapping, duplicates=args.duplicates,
                            update=args.update, values=values, strict=args.strict,
                            delete_missing=args.delete_missing)
    try:
        book = open_spreadsheet(args.file)  # the file is checked before the database is opened
    except SheetError as exc:
        return _fail(str(exc), EXIT_INPUT)
    try:
        db = open_db(args.db)
        try:
            if not args.dry_run:
                from core.workspace import ensure_writable

                ensure_writable(db)  # a damaged file is never written to, nor backed up as if good
            plan = import_file(db, book, options, dry_run=args.dry_run)
        finally:
            db.conn.close()
    except SheetError as exc:
        return _fail(str(exc), EXIT_INPUT)
    except (ImportBusy, BackupProblem) as exc:
        return _fail(f"{args.file}: {exc}", EXIT_DB)
    except (ImportChanged, ChainMapperError) as exc:
        return _fail(f"{args.file}: {exc}", EXIT_INPUT)
    finally:
        book.close()
    print("\n".join(summary_lines(plan)))
    if plan.has_errors:
        errors = plan.errors()
        if plan.error_count == 1:
            return _fail(f"{args.file}: {errors[0]} (nothing was imported)", EXIT_INPUT)
        for issue in errors[:50]:
            print(f"chain-mapper: {args.file}: {issue}", file=sys.stderr)
        return _fail(f"{args.file}: {plan.error_count} errors; nothing was imported", EXIT_INPUT)
    _rejects(plan, args)
    held = len(plan.held)
    if held:
        print(f"{held} likely duplicate(s) held; decide with --duplicates merge or --duplicates add")
    kept = sum(1 for c in plan.conflicts() if c.decision == "keep")
    if kept:
        print(f"{kept} conflict(s) kept the map's value; take the list's values with --update overwrite")
    if args.dry_run:
        print("dry run: nothing was written")
    elif plan.applied:
        print(f"imported: {plan.total_adds} added, {plan.total_changes} changed"
              + (f", {plan.total_deletes} deleted" if plan.total_deletes else "") + f" (backup: {plan.backup})")
    else:
        print("nothing to change")
    return EXIT_OK


def _rejects(plan, args) -> None:
    from core.importing.rejects import has_rejects, rejects_path, write_rejects

    if args.no_rejects or not has_rejects(plan):
        return
    if args.dry_run:  # a dry run writes nothing, not even beside the file
        print(f"rows left out and held would be saved to: {rejects_path(plan.path)}")
        return
    try:
        path = write_rejects(plan, component_name=lambda c: plan.labels.get(("components", c), f"#{c}"))
    except OSError as exc:
        print(f"chain-mapper: {args.file}: cannot save the rejected rows beside the file "
              f"({exc.strerror or exc})", file=sys.stderr)
        return
    print(f"rows left out and held: {path}")
