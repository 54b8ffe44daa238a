"""Chain Mapper: the GUI by default, subcommands for headless use.

    python main.py                    open the app (on the default database)
    python main.py init [--force]     create a database holding the default dataset
    python main.py gaps [--format table|json|csv]
    python main.py report OUT.pdf [--lang zh|en] [--plan CODE …] [--layer brain|limbs|body …]
    python main.py export OUT.xlsx [--template]       the map as an Excel workbook (or one table as .csv)
    python main.py import FILE [--dry-run] [--sheet NAME] [--table T] [--map "源列=field,…"] [--map-values FILE]
                              [--update ask|blanks|overwrite] [--strict] [--delete-missing]
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
    gaps.add_argument("--as-of", metavar="YYYY-MM-DD", help="judge progress as of this date (default: today)")

    report = sub.add_parser("report", help="write the gap report as a PDF")
    report.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS)
    report.add_argument("out", metavar="OUT.pdf")
    report.add_argument("--lang", choices=("zh", "en"), default="zh")
    report.add_argument("--plan", nargs="+", metavar="CODE", help="only these plans")
    report.add_argument("--layer", nargs="+", choices=("brain", "limbs", "body"), help="only these layers")
    report.add_argument("--as-of", metavar="YYYY-MM-DD", help="judge progress as of this date (default: today)")

    export = sub.add_parser("export", help="write the map to an Excel workbook (or one table to a CSV file)")
    export.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS)
    export.add_argument("out", metavar="OUT.xlsx", help="the .xlsx (or .csv) file to write")
    export.add_argument("--template", action="store_true", help="headers, drop-down lists and README, no rows")
    export.add_argument("--table", choices=TABLE_NAMES, help="with a .csv file: the table to write (default firms)")

    imp = sub.add_parser("import", help="import a workbook we exported, or a list of firms, centres or observations")
    imp.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS)
    from core.importing import command as import_command

    import_command.add_arguments(imp)

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
    from core.analysis.database import analyse_database
    from core.workspace import open_named

    today = _as_of(args)
    if today is None:
        return _fail(f"--as-of {args.as_of!r} is not a date like 2026-06-30", EXIT_INPUT)
    db = open_named(args.db)
    try:
        analysis = analyse_database(db, today, plan_codes=args.plan)
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
    db = open_named(args.db)
    if args.plan:
        known = {r[0] for r in db.execute("SELECT code FROM plans")}
        unknown = [p for p in args.plan if p not in known]
        if unknown:
            return _fail(f"unknown plan code {', '.join(unknown)}; known: {', '.join(sorted(known))}", EXIT_INPUT)
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
    from core.importing import command as import_command
    from core.workspace import open_named

    return import_command.run(args, open_named)


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
