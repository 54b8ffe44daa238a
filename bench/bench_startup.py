"""Start-up and quitting, as a user sees them, each against a bare QMainWindow measured in the same run.

    python bench/bench_startup.py [--repeat 5] [--sizes 10000,100000] [--keep DIR]

* cold start to first paint: a fresh Python process is started and the time until the main window's first
  paint event is taken (interpreter start, imports, opening the default dataset, building the window); the
  baseline is a process that shows an empty QMainWindow. Whether pyqtgraph and numpy were loaded by then is
  printed too (the window should paint before any chart library loads).
* time to close: the app is opened on a generated map of each size, and the main window is closed while the
  overview's background analysis is still running; the time from close() until the process has exited is
  taken (the running analysis must be cancelled, not waited for). Beside it: how long that analysis takes.

Every child process runs offscreen with its own settings and data folder, with compiled modules cached (one
untimed run first), as on a user's machine after the first start. Wall-clock seconds, medians of
``--repeat`` runs; the map files go to a temporary folder unless ``--keep``.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
ROOT = BENCH_DIR.parent
for _p in (str(ROOT), str(BENCH_DIR)):
    if _p not in sys.path:
        sys.path.insert(0, _p)

# Each child prints "paint <epoch seconds> <modules>" at the first paint and, when asked to, "close <epoch>"
# just before closing the window.
BARE = textwrap.dedent("""
    import sys, time
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication, QMainWindow

    class FirstPaint(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint:
                print("paint", time.time(), ",".join(m for m in ("pyqtgraph", "numpy") if m in sys.modules), flush=True)
                obj.removeEventFilter(self)
                if CLOSE:
                    from PySide6.QtCore import QTimer
                    QTimer.singleShot(0, lambda: (print("close", time.time(), flush=True), obj.close()))
                else:
                    app.quit()
            return False

    CLOSE = len(sys.argv) > 1
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1280, 800)
    spy = FirstPaint()
    window.installEventFilter(spy)
    window.show()
    app.exec()
""")

APP = textwrap.dedent("""
    import sys, time
    sys.path.insert(0, ROOT)
    from PySide6.QtCore import QEvent, QObject, QTimer

    from gui.app import AppController, make_app

    class FirstPaint(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint:
                print("paint", time.time(), ",".join(m for m in ("pyqtgraph", "numpy") if m in sys.modules), flush=True)
                obj.removeEventFilter(self)
                QTimer.singleShot(0, after_paint)
            return False

    def after_paint():
        if not CLOSE:
            app.quit()
            return
        page = controller.window.pages["overview"]
        if not page.is_busy() and page.analysis is None:  # the analysis has not started yet: try again shortly
            QTimer.singleShot(5, after_paint)
            return
        print("close", time.time(), "busy" if page.is_busy() else "idle", flush=True)
        controller.window.close()

    CLOSE = len(sys.argv) > 2
    app = make_app(sys.argv[:1])
    controller = AppController(app)
    if not controller.open(sys.argv[1]):
        sys.exit(2)
    spy = FirstPaint()
    controller.window.installEventFilter(spy)
    app.exec()
""").replace("ROOT", repr(str(ROOT)))


def child_env(home: Path) -> dict:
    """Offscreen, own settings and data folder; compiled modules cached (in ``home``) as an installed app has
    them, even where PYTHONDONTWRITEBYTECODE is set."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.update(QT_QPA_PLATFORM="offscreen", CHAIN_MAPPER_HOME=str(home / "data"), XDG_CONFIG_HOME=str(home / "config"),
               HOME=str(home), PYTHONPYCACHEPREFIX=str(home / "pycache"))
    return env


def run_child(code: str, args: list[str], env: dict) -> dict:
    """Start a child, return its reports: start (epoch), paint, close, end (epoch), modules at paint."""
    started = time.time()
    proc = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, timeout=600)
    ended = time.time()
    if proc.returncode != 0:
        raise RuntimeError(f"child failed ({proc.returncode}): {proc.stderr.strip()[-800:]}")
    out = {"start": started, "end": ended}
    for line in proc.stdout.splitlines():
        parts = line.split()
        if parts and parts[0] in ("paint", "close"):
            out[parts[0]] = float(parts[1])
            out[parts[0] + "_note"] = parts[2] if len(parts) > 2 else ""
    return out


def line(what: str, seconds: list[float], base: list[float] | None = None) -> None:
    med = statistics.median(seconds)
    ratio = f"{med / statistics.median(base):>6.1f}x" if base else ""
    print(f"{what:<56} {med:>8.3f} {min(seconds):>8.3f} {max(seconds):>8.3f} {ratio}", flush=True)


def analysis_seconds(path: Path) -> float:
    """How long the overview's analysis takes on ``path`` (what quitting used to wait for)."""
    from core.analysis.database import analyse_database
    from db.connection import open_database

    db = open_database(path)
    try:
        started = time.perf_counter()
        analyse_database(db)
        return time.perf_counter() - started
    finally:
        db.conn.close()


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description="Time start-up and quitting.")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--sizes", default="10000,100000", help="firms in the maps for closing (default 10000,100000)")
    parser.add_argument("--keep", type=Path, metavar="DIR", help="keep the generated maps in DIR")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    work = args.keep.resolve() if args.keep else Path(tempfile.mkdtemp(prefix="chain-mapper-startup-"))
    work.mkdir(parents=True, exist_ok=True)
    env = child_env(work)

    from core.workspace import create_database

    default = work / "default.sqlite"
    create_database(default, force=True)
    print(f"{args.repeat} runs each, offscreen; files in {work}")
    print(f"{'what':<56} {'median s':>8} {'min':>8} {'max':>8} {'ratio':>7}")
    bare, app, loaded = [], [], set()
    run_child(BARE, [], env), run_child(APP, [str(default)], env)  # not timed: fills the bytecode cache
    for _ in range(args.repeat):  # interleaved, so both see the same machine load
        r = run_child(BARE, [], env)
        bare.append(r["paint"] - r["start"])
        r = run_child(APP, [str(default)], env)
        app.append(r["paint"] - r["start"])
        loaded.add(r["paint_note"] or "none")
    line("cold start to first paint: bare QMainWindow", bare)
    line("cold start to first paint: Chain Mapper (default dataset)", app, bare)
    print(f"  chart libraries loaded at the first paint: {', '.join(sorted(loaded))}")

    from generate import generate

    bare_close = []
    for _ in range(args.repeat):
        r = run_child(BARE, ["close"], env)
        bare_close.append(r["end"] - r["close"])
    line("close to exit: bare QMainWindow", bare_close)
    for firms in sizes:
        path = work / f"map-{firms}.sqlite"
        if not path.exists():
            generate(path, firms=firms, force=True, search_index=False)
        closes, busy = [], 0
        for _ in range(args.repeat):
            r = run_child(APP, [str(path), "close"], env)
            closes.append(r["end"] - r["close"])
            busy += r["close_note"] == "busy"
        line(f"close to exit, {firms:,}-firm map (analysis running {busy}/{len(closes)})", closes, bare_close)
        line(f"  (the analysis it cancels takes, in one process: {firms:,})", [analysis_seconds(path)])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
