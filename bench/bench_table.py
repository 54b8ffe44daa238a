"""GUI table figures on a large map: time to first rows, sort and search times, memory; and the cold start.

    python bench/bench_table.py [--db BIG.sqlite] [--firms 1000000] [--repeat 5]

Without --db a map of --firms firms is generated first (bench/generate.py; 1,000,000 takes ~1.5 min here).
Goals from the issue: first rows < 100 ms, sort and filter < 300 ms, cold start < 1.5 s.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def rss_mb() -> float:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def timed(fn, repeat: int) -> tuple[float, float, float]:
    runs = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        runs.append((time.perf_counter() - t) * 1000)
    return statistics.median(runs), min(runs), max(runs)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db")
    parser.add_argument("--firms", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    path = Path(args.db) if args.db else None
    if path is None:
        from generate import generate

        path = Path(tempfile.mkdtemp()) / "big.sqlite"
        t = time.perf_counter()
        generate(str(path), firms=args.firms)
        print(f"generated {args.firms:,} firms in {time.perf_counter() - t:.1f} s")

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from db.connection import open_database
    from gui.hub import DataHub
    from gui.tables.model import SqlTableModel
    from gui.tables.view import SheetView

    app = QApplication.instance() or QApplication([])
    rss0 = rss_mb()
    hub = DataHub(open_database(path))
    n = hub.db.execute("SELECT count(*) FROM firms").fetchone()[0]
    print(f"database: {path} ({path.stat().st_size / 1e6:.0f} MB, {n:,} firms)")
    rows = []

    def first_rows():
        model = SqlTableModel(hub, "firms")
        view = SheetView(model)
        view.resize(1200, 800)
        view.show()
        app.processEvents()
        model.data(model.index(0, 0))
        view.close()

    rows.append(("open table, first rows shown", *timed(first_rows, args.repeat)))
    model = SqlTableModel(hub, "firms")
    cols = [c.name for c in model.columns]
    for name, order in (("name_zh", Qt.SortOrder.AscendingOrder), ("valuation_cny", Qt.SortOrder.DescendingOrder),
                        ("founded_year", Qt.SortOrder.AscendingOrder)):
        rows.append((f"sort by {name} {'desc' if order == Qt.SortOrder.DescendingOrder else 'asc'}",
                     *timed(lambda n=name, o=order: (model.sort(cols.index(n), o), model.data(model.index(0, 0))),
                            args.repeat)))
    model.sort(cols.index("name_zh"), Qt.SortOrder.AscendingOrder)

    def scroll():
        for _ in range(40):  # 40 pages = 10,240 rows, as a user scrolling far down
            model.fetchMore()
            model.data(model.index(model.rowCount() - 1, 0))

    rows.append(("fetch 40 more pages (10,240 rows)", *timed(scroll, 1)))
    sample = hub.db.execute("SELECT short_name, name_zh FROM firms WHERE id = ?", [n // 2]).fetchone()
    queries = [sample[0][:2], sample[1][3:7], "机器人", "Tech", "乐"]
    for q in queries:
        def search(q=q):
            model.set_search(q)
            model.data(model.index(0, 0))

        med = timed(search, args.repeat)
        rows.append((f"search {q!r} ({model.total_count():,} hits), first rows", *med))
    model.set_search("")
    rows.append(("count(*) for the status bar", *timed(lambda: (setattr(model, "_total", None), model.total_count()),
                                                       args.repeat)))
    rss1 = rss_mb()

    # Cold start: python main.py on the default dataset until the window is usable.
    env = dict(os.environ, CHAIN_MAPPER_EXIT_WHEN_READY="1", CHAIN_MAPPER_HOME=tempfile.mkdtemp(),
               XDG_CONFIG_HOME=tempfile.mkdtemp())
    subprocess.run([sys.executable, str(ROOT / "main.py")], env=env, check=True, capture_output=True)  # creates db

    def cold():
        subprocess.run([sys.executable, str(ROOT / "main.py")], env=env, check=True, capture_output=True)

    def bare():
        code = ("import sqlite3; from PySide6.QtWidgets import QApplication, QMainWindow; a = QApplication([]); "
                "w = QMainWindow(); w.show(); a.processEvents()")
        subprocess.run([sys.executable, "-c", code], env=env, check=True, capture_output=True)

    cold_t = timed(cold, args.repeat)
    bare_t = timed(bare, args.repeat)
    rows.append(("cold start: python main.py -> usable window", *cold_t))
    rows.append(("baseline: bare QtWidgets window + sqlite3", *bare_t))

    width = max(len(r[0]) for r in rows)
    print(f"{'what':<{width}}  {'median ms':>10}  {'min':>8}  {'max':>8}")
    for what, med, lo, hi in rows:
        print(f"{what:<{width}}  {med:>10.1f}  {lo:>8.1f}  {hi:>8.1f}")
    print(f"cold start / bare window: {cold_t[0] / bare_t[0]:.2f}x")
    print(f"memory: {rss0:.0f} MB before opening, {rss1:.0f} MB after all of the above "
          f"(the model keeps ids of loaded rows and at most 20,000 cached rows)")
    hub.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
