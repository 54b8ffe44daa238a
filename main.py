"""Chain Mapper: the GUI by default, subcommands for headless use.

    python main.py                    open the app (on the default database)
    python main.py init [--force]     create a database holding the default dataset
    python main.py gaps [--format table|json|csv] [--plan CODE …] [--as-of YYYY-MM-DD] [--stale-months N]
    python main.py report OUT.pdf [--lang zh|en] [--plan CODE …] [--layer KEY …] [--as-of YYYY-MM-DD]
    python main.py export OUT.xlsx [--template]       the map as an Excel workbook (or one table as .csv)
    python main.py import FILE [--dry-run] [--sheet NAME] [--table T] [--map "源列=field,…"]
Every command takes --db PATH.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date

EXIT_OK, EXIT_INPUT, EXIT_DB = 0, 1, 2
TABLE_NAMES = ("firms", "components", "layers", "capabilities", "supply_links", "centres", "plans", "targets",
               "observations", "sources")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="chain-mapper", description="Shenzhen embodied-robot industry chain mapper")
    parser.add_argument("--db", metavar="PATH", help="database file (default: one in your data folder)")
    sub = parser.add_subparsers(dest="command")

    init = sub.add_parser("init", help="create a database holding the default dataset")
    init.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS)
    init.add_argument("--force", action="store_true", help="replace an existing file")
    init.add_argument("--empty", action="store_true", help="schema only, no default dataset")

    gaps = sub.add_parser("gaps", help="print how far each target is from being met, and chain coverage")
    gaps.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS)
    gaps.add_argument("--format", choices=("table", "json", "csv"), default="table")
    gaps.add_argument("--plan", action="append", metavar="CODE", help="only this plan (repeatable)")
    gaps.add_argument("--as-of", metavar="YYYY-MM-DD",
                      help="answer as on this date: only what was published by then counts (default: today)")
    gaps.add_argument("--stale-months", metavar="N", type=int, default=12,
                      help="mark a target 'data out of date' when its latest figure is older than N months (12)")

    report = sub.add_parser("report", help="write the gap report as a PDF")
    report.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS)
    report.add_argument("out", metavar="OUT.pdf")
    report.add_argument("--lang", choices=("zh", "en"), default="zh")
    report.add_argument("--plan", nargs="+", metavar="CODE", help="only these plans")
    report.add_argument("--layer", nargs="+", metavar="KEY",
                        help="only these top layers, by key (brain, limbs, body in the default dataset)")
    report.add_argument("--as-of", metavar="YYYY-MM-DD",
                        help="answer as on this date: only what was published by then counts (default: today)")

    export = sub.add_parser("export", help="write the map to an Excel workbook (or one table to a CSV file)")
    export.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS)
    export.add_argument("out", metavar="OUT.xlsx", help="the .xlsx (or .csv) file to write")
    export.add_argument("--template", action="store_true", help="headers, drop-down lists and README, no rows")
    export.add_argument("--table", choices=TABLE_NAMES, help="with a .csv file: the table to write (default firms)")

    imp = sub.add_parser("import", help="import a workbook we exported, or a list of firms, centres or observations")
    imp.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS)
    imp.add_argument("file", metavar="FILE", help=".xlsx, .xlsm, .xls, .ods or .csv")
    imp.add_argument("--dry-run", action="store_true", help="show what would change and write nothing")
    imp.add_argument("--sheet", metavar="NAME", help="import only this sheet")
    imp.add_argument("--table", choices=TABLE_NAMES, help="what a list holds (default: recognised from its header)")
    imp.add_argument("--map", metavar="源列=field,…", help="correct the column mapping, e.g. \"企业全称=name_zh,联系人=\"")
    imp.add_argument("--duplicates", choices=("skip", "merge", "add"), default="skip",
                     help="rows that look like firms already there: skip them (default), merge into them, or add")

    gui = sub.add_parser("gui", help="open the app (the default)")
    gui.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS)
    return parser


def _fail(message: str, code: int) -> int:
    print(f"chain-mapper: {message}", file=sys.stderr)
    return code


def _cmd_init(args) -> int:
    from core.workspace import create_database, default_db_path

    path = args.db or default_db_path()
    try:
        counts = create_database(path, dataset=None if args.empty else _default_dataset(), force=args.force)
    except FileExistsError:
        return _fail(f"{path} already exists; add --force to replace it", EXIT_DB)
    except OSError as exc:
        return _fail(f"{path}: cannot create the database ({exc.strerror or exc})", EXIT_DB)
    summary = ", ".join(f"{n} {table}" for table, n in counts.items()) or "empty"
    print(f"created {path}: {summary}")
    return EXIT_OK


def _default_dataset():
    from assets import DEFAULT_DATASET

    return DEFAULT_DATASET


def _as_of(args) -> date | None:
    """The date progress is judged at: --as-of, or today; None when --as-of is not a date."""
    if not args.as_of:
        return date.today()
    try:
        return date.fromisoformat(args.as_of)
    except ValueError:
        return None


def _cmd_gaps(args) -> int:
    from core.analysis import output as gap_output
    from core.analysis import scope
    from core.analysis.database import analyse_database
    from core.workspace import open_named

    today = _as_of(args)
    if today is None:
        return _fail(f"--as-of {args.as_of!r} is not a date like 2026-06-30", EXIT_INPUT)
    if not 1 <= args.stale_months <= 120:
        return _fail(str(scope.ScopeError("stale_months_invalid")), EXIT_INPUT)
    db = open_named(args.db)
    try:
        scope.check(db, plan_codes=args.plan)
        analysis = analyse_database(db, today, plan_codes=args.plan, stale_after_months=args.stale_months)
    except scope.ScopeError as exc:
        return _fail(str(exc), EXIT_INPUT)
    finally:
        db.conn.close()
    if args.format == "json":
        print(json.dumps(gap_output.analysis_dict(analysis), ensure_ascii=False, indent=2))
    elif args.format == "csv":
        sys.stdout.write(gap_output.analysis_csv(analysis))
    else:
        print(gap_output.analysis_table(analysis))
    return EXIT_OK


def _cmd_report(args) -> int:
    import os

    from core.workspace import open_named

    today = _as_of(args)
    if today is None:
        return _fail(f"--as-of {args.as_of!r} is not a date like 2026-06-30", EXIT_INPUT)
    from core.analysis import scope

    db = open_named(args.db)
    try:
        scope.check(db, plan_codes=args.plan, layer_keys_asked=args.layer)
    except scope.ScopeError as exc:
        db.conn.close()
        return _fail(str(exc), EXIT_INPUT)
    # The report draws charts with Qt: without a display, draw offscreen.
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY") and sys.platform.startswith("linux"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from gui.report.render import make_report

    app = QApplication.instance() or QApplication([])
    try:
        pages = make_report(db, args.out, lang=args.lang, plan_codes=args.plan, layer_keys=args.layer, today=today)
    except OSError as exc:
        return _fail(f"{args.out}: cannot write the report ({exc.strerror or exc})", EXIT_INPUT)
    finally:
        db.conn.close()
    del app
    print(f"wrote {args.out}: {pages} pages")
    return EXIT_OK


def _cmd_export(args) -> int:
    from pathlib import Path

    from core.exporting.workbook import ExportError, export_csv, export_workbook
    from core.workspace import open_named

    out = Path(args.out)
    if out.suffix.lower() not in (".xlsx", ".csv"):
        return _fail(f"{out}: the file name must end in .xlsx (or .csv for one table)", EXIT_INPUT)
    if not out.parent.is_dir():
        return _fail(f"{out}: the folder {out.parent} does not exist", EXIT_INPUT)
    db = open_named(args.db)
    try:
        if out.suffix.lower() == ".csv":
            table = args.table or "firms"
            rows = export_csv(db, table, out)
            print(f"wrote {out}: {rows} {table}")
        else:
            result = export_workbook(db, out, template=args.template,
                                     tables=[args.table] if args.table else None)
            print(f"wrote {out}: " + ", ".join(f"{name} {n}" for name, n in result.sheets.items()))
    except ExportError as exc:
        return _fail(str(exc), EXIT_INPUT)
    finally:
        db.conn.close()
    return EXIT_OK


def _cmd_import(args) -> int:
    from core.backup import BackupFailed
    from core.importing.headers import MappingError, parse_map_option
    from core.importing.plan import ImportFailed, ImportOptions, import_file
    from core.importing.reading import SheetError, open_spreadsheet
    from core.workspace import open_named

    try:
        mapping = parse_map_option(args.map)
    except MappingError as exc:
        return _fail(f"{args.file}: {exc}", EXIT_INPUT)
    options = ImportOptions(sheet=args.sheet, table=args.table, mapping=mapping, duplicates=args.duplicates)
    try:
        book = open_spreadsheet(args.file)  # the file is checked before the database is opened
    except SheetError as exc:
        return _fail(str(exc), EXIT_INPUT)
    try:
        db = open_named(args.db)
        try:
            plan = import_file(db, book, options, dry_run=args.dry_run)
        finally:
            db.conn.close()
    except SheetError as exc:
        return _fail(str(exc), EXIT_INPUT)
    except (ImportFailed, MappingError) as exc:
        return _fail(f"{args.file}: {exc}", EXIT_INPUT)
    except BackupFailed as exc:
        return _fail(f"{exc}; nothing was imported", EXIT_DB)
    finally:
        book.close()
    print("\n".join(plan.summary_lines()))
    if plan.has_errors:
        errors = plan.errors()
        if plan.error_count == 1:
            return _fail(f"{args.file}: {errors[0]} (nothing was imported)", EXIT_INPUT)
        for issue in errors[:50]:
            print(f"chain-mapper: {args.file}: {issue}", file=sys.stderr)
        return _fail(f"{args.file}: {plan.error_count} errors; nothing was imported", EXIT_INPUT)
    held = sum(1 for sp in plan.sheets for d in sp.duplicates if d.decision == "skip")
    if held:
        print(f"{held} likely duplicate(s) left out; decide with --duplicates merge or --duplicates add")
    if args.dry_run:
        print("dry run: nothing was written")
    elif plan.applied:
        print(f"imported: {plan.total_adds} added, {plan.total_changes} changed (backup: {plan.backup})")
    else:
        print("nothing to change")
    return EXIT_OK


def _cmd_gui(args) -> int:
    from gui.app import run

    return run(args.db)


COMMANDS = {"init": _cmd_init, "gaps": _cmd_gaps, "report": _cmd_report, "export": _cmd_export, "import": _cmd_import,
            "gui": _cmd_gui, None: _cmd_gui}


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if not hasattr(args, "db"):
        args.db = None
    from db.errors import DatabaseError

    try:
        return COMMANDS[args.command](args)
    except DatabaseError as exc:
        return _fail(str(exc), EXIT_DB)
    except BrokenPipeError:
        return EXIT_OK
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
