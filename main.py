"""Chain Mapper: the GUI by default, subcommands for headless use.

    python main.py                    open the app (on the default database)
    python main.py init [--force]     create a database holding the default dataset
    python main.py gaps [--format table|json|csv] [--plan CODE …] [--as-of YYYY-MM-DD] [--stale-months N]
    python main.py report OUT.pdf [--lang zh|en] [--plan CODE …] [--layer KEY …] [--as-of YYYY-MM-DD]
    python main.py export OUT.xlsx [--template]       the map as an Excel workbook (or one table as .csv)
    python main.py import FILE [--dry-run] [--sheet NAME] [--table T] [--map "源列=field,…"] [--map-values FILE]
                              [--update ask|blanks|overwrite] [--strict] [--delete-missing]
Every command takes --db PATH.

Exit codes: 0 done, 1 the input was refused (a file, an option, a value; nothing was changed), 2 the database
cannot be used (missing, locked, read-only, full, damaged …; it was not changed), 3 an internal error (the
traceback is in the log file). Every failure is one line on stderr.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date

EXIT_OK, EXIT_INPUT, EXIT_DB, EXIT_BUG = 0, 1, 2, 3
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


def _check_pdf(path, shown) -> None:
    """Qt's PDF writer does not report a failed write (a full disk gives a cut file and success): a whole
    PDF ends with %%EOF."""
    import errno
    from pathlib import Path

    with open(path, "rb") as fh:
        fh.seek(max(0, Path(path).stat().st_size - 1024))
        if b"%%EOF" not in fh.read():
            raise OSError(errno.ENOSPC, "the PDF could not be written whole (is the disk full?)", str(shown))


def _cmd_report(args) -> int:
    import os

    from core import failures
    from core.atomic import atomic_path
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
        with atomic_path(args.out) as tmp:  # a full disk or a crash never leaves half a PDF under the name
            pages = make_report(db, str(tmp), lang=args.lang, plan_codes=args.plan, layer_keys=args.layer,
                                today=today)
            _check_pdf(tmp, args.out)
    except OSError as exc:
        return _fail(f"{args.out}: cannot write the report ({failures.os_reason(exc)})", EXIT_INPUT)
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


def _display_problem() -> str | None:
    """Why no window can be opened here, before Qt aborts the process trying (Linux without a display, or
    the xcb platform plugin missing a system library)."""
    import os

    if not sys.platform.startswith("linux"):
        return None
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform and not platform.startswith("xcb"):
        return None
    if not platform and os.environ.get("WAYLAND_DISPLAY"):
        return None
    if not os.environ.get("DISPLAY"):
        return ("cannot open a window: there is no display (DISPLAY is not set); the commands gaps, report, "
                "export and import work without one")
    if not _x_display_reachable(os.environ["DISPLAY"]):
        return f"cannot open a window: the display {os.environ['DISPLAY']} does not answer"
    import ctypes
    import importlib.util
    from pathlib import Path

    spec = importlib.util.find_spec("PySide6")
    plugin = Path(spec.origin).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so" if spec and spec.origin else None
    if plugin is not None and plugin.exists():
        try:
            ctypes.CDLL(str(plugin))
        except OSError as exc:
            missing = str(exc).split(":")[0].strip()
            return (f"cannot open a window: Qt's xcb platform plugin needs {missing}, which is not installed "
                    "(see the README, section Linux)")
    return None


def _x_display_reachable(display: str) -> bool:
    """Whether an X server listens at DISPLAY (Qt aborts the process when it cannot connect)."""
    import re
    import socket

    m = re.fullmatch(r"(?:unix)?([^:]*):(\d+)(?:\.\d+)?", display.strip())
    if not m:
        return True  # a form we do not know: let Qt try
    host, number = m.group(1), int(m.group(2))
    try:
        if host and host != "localhost":
            socket.create_connection((host, 6000 + number), timeout=1).close()
            return True
        for address in (f"/tmp/.X11-unix/X{number}", f"\0/tmp/.X11-unix/X{number}"):
            with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
                sock.settimeout(1)
                try:
                    sock.connect(address)
                    return True
                except OSError:
                    continue
        if host == "localhost":
            socket.create_connection(("localhost", 6000 + number), timeout=1).close()
            return True
    except OSError:
        return False
    return False


def _cmd_gui(args) -> int:
    problem = _display_problem()
    if problem:
        return _fail(problem, EXIT_INPUT)
    if args.db:
        from core.workspace import close, open_named
        from db.errors import DatabaseError

        try:
            close(open_named(args.db))  # a database that cannot be used: one line, and no window
        except DatabaseError as exc:
            _show_startup_error(exc)
            return _fail(str(exc), EXIT_DB)
    from gui.app import run

    return run(args.db)


def _show_startup_error(exc) -> None:
    """The same refusal in a message box, for someone who started the app from a desktop icon."""
    from gui import messages
    from gui.app import make_app

    app = make_app([sys.argv[0]])
    messages.error(None, app.translate("app", "Cannot open database"), messages.database_error_text(exc))


COMMANDS = {"init": _cmd_init, "gaps": _cmd_gaps, "report": _cmd_report, "export": _cmd_export, "import": _cmd_import,
            "gui": _cmd_gui, None: _cmd_gui}


def main(argv: list[str] | None = None) -> int:
    from core import logs

    logs.setup()
    logs.install_excepthook()
    args = _parser().parse_args(argv)
    if not hasattr(args, "db"):
        args.db = None
    try:
        _remove_stale(args)
        return COMMANDS[args.command](args)
    except BrokenPipeError:
        return EXIT_OK
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # noqa: BLE001 - every failure ends in one line and its exit code
        return _failure(exc, args)


def _failure(exc: BaseException, args) -> int:
    from core import failures, logs

    try:
        known = failures.describe(exc, db_path=args.db, out_path=getattr(args, "out", None))
    except Exception:  # noqa: BLE001 - describing must never become a second traceback
        known = None
    if known is not None:
        return _fail(known[1], known[0])
    logs.log_bug(exc, f"command {args.command or 'gui'} failed")
    return _fail(logs.bug_line(exc), EXIT_BUG)


def _remove_stale(args) -> None:
    """Temporary files a killed write of ours left in the data folder and beside the database or output."""
    from pathlib import Path

    from core.workspace import data_dir, remove_stale

    folders = {data_dir()}
    for name in (args.db, getattr(args, "out", None)):
        if name:
            folders.add(Path(name).parent)
    for folder in folders:
        if folder.is_dir():
            remove_stale(folder)


if __name__ == "__main__":
    sys.exit(main())
