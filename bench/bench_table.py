"""GUI table figures on large maps: first rows, sorts (pinyin through the indexed key against plain id order in
the same run), scrolling, search, an edit that keeps its place, memory; how they grow from 10k to 100k firms
(and to a million with --db); the cold start against a bare window.

    python bench/bench_table.py [--sizes 10000,100000] [--db BIG.sqlite] [--repeat 5] [--no-cold-start]

Without --db maps of each size are generated first (bench/generate.py; 100,000 firms take ~15 s here).
Goals: first rows < 100 ms, sort and filter < 300 ms, an edit < 100 ms at any size.
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


def timed(fn, repeat: int) -> float:
    runs = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        runs.append((time.perf_counter() - t) * 1000)
    return statistics.median(runs)


def measure(path: Path, repeat: int) -> dict[str, float]:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from db.connection import open_database
    from db.sort_keys import in_step
    from gui.hub import DataHub
    from gui.tables.model import SqlTableModel
    from gui.tables.view import SheetView

    app = QApplication.instance() or QApplication([])
    hub = DataHub(open_database(path))
    out: dict[str, float] = {}
    out["keys in step: count + last id (on open)"] = timed(lambda: in_step(hub.db, "firms"), repeat)

    def first_rows(column, descending=False):
        model = SqlTableModel(hub, "firms", load=False)
        model.set_order(column, descending)
        view = SheetView(model)
        view.resize(1200, 800)
        model.reload()
        view.show()
        app.processEvents()
        model.data(model.index(0, 0))
        view.close()

    out["open, first rows: id order (baseline)"] = timed(lambda: first_rows("id"), repeat)
    out["open, first rows: name pinyin order"] = timed(lambda: first_rows("name_zh"), repeat)
    model = SqlTableModel(hub, "firms")
    cols = [c.name for c in model.columns]
    for name, desc in (("id", False), ("name_zh", False), ("name_zh", True), ("short_name", False),
                       ("valuation_cny", True), ("founded_year", False)):
        out[f"sort by {name} {'desc' if desc else 'asc'}"] = timed(
            lambda n=name, d=desc: (model.set_order(n, d), model.data(model.index(0, 0))), repeat)
    model.sort(cols.index("name_zh"), Qt.SortOrder.AscendingOrder)

    def scroll():
        for _ in range(40):  # 40 pages = 10,240 rows, as a user scrolling far down
            model.fetchMore()
            model.data(model.index(model.rowCount() - 1, 0))

    out["fetch 40 more pages (10,240 rows)"] = timed(scroll, 1)
    sample = hub.db.execute("SELECT short_name, name_zh FROM firms WHERE id = ?",
                            [hub.db.execute("SELECT max(id) / 2 FROM firms").fetchone()[0]]).fetchone()
    for what, q in (("4 characters of a name", sample[1][3:7]), ("'机器人'", "机器人")):
        out[f"search {what}, first rows"] = timed(
            lambda q=q: (model.set_search(q), model.data(model.index(0, 0))), repeat)
    model.set_search("")
    c = cols.index("employees")
    values = iter(range(10_000, 10_000 + repeat * 2))
    out["edit a cell, rows refreshed in place"] = timed(
        lambda: model.setData(model.index(100, c), str(next(values))), repeat)
    n = cols.index("name_zh")
    names = iter(f"阿阿测试{i}" if i % 2 else f"佐佐测试{i}" for i in range(repeat * 2))
    out["rename: the row moves far, stays selected"] = timed(
        lambda: model.setData(model.index(model.row_of(model.row_id(3)) or 3, n), next(names)), repeat)
    hub.undo_stack.clear()
    out["count(*) for the status bar"] = timed(lambda: (model.query.set_search(""), model.query.count()), repeat)
    hub.close()
    return out


def keys_fill(path: Path) -> float:
    """Seconds to compute every pinyin key of the firms (what migration m006 costs on an existing map)."""
    from db import sort_keys
    from db.connection import open_database

    db = open_database(path)
    t = time.perf_counter()
    with db.atomic():
        sort_keys.rebuild(db, "firms")
    seconds = time.perf_counter() - t
    db.conn.close()
    return seconds


def cold_start(repeat: int) -> tuple[float, float]:
    env = dict(os.environ, CHAIN_MAPPER_EXIT_WHEN_READY="1", CHAIN_MAPPER_HOME=tempfile.mkdtemp(),
               XDG_CONFIG_HOME=tempfile.mkdtemp())
    subprocess.run([sys.executable, str(ROOT / "main.py")], env=env, check=True, capture_output=True)  # creates db
    code = ("import sqlite3; from PySide6.QtWidgets import QApplication, QMainWindow; a = QApplication([]); "
            "w = QMainWindow(); w.show(); a.processEvents()")
    cold = timed(lambda: subprocess.run([sys.executable, str(ROOT / "main.py")], env=env, check=True,
                                        capture_output=True), repeat)
    bare = timed(lambda: subprocess.run([sys.executable, "-c", code], env=env, check=True, capture_output=True),
                 repeat)
    return cold, bare


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="10000,100000", help="firms in the generated maps (comma-separated)")
    parser.add_argument("--db", help="also measure this (large) database")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--no-cold-start", action="store_true")
    args = parser.parse_args()
    from generate import generate

    maps: list[tuple[str, Path]] = []
    for size in [int(s) for s in args.sizes.split(",") if s]:
        path = Path(tempfile.mkdtemp()) / f"firms-{size}.sqlite"
        t = time.perf_counter()
        generate(str(path), firms=size)
        print(f"generated {size:,} firms in {time.perf_counter() - t:.1f} s")
        maps.append((f"{size:,}", path))
    if args.db:
        maps.append((Path(args.db).name, Path(args.db)))
    rss0 = rss_mb()
    results = {label: measure(path, args.repeat) for label, path in maps}
    labels = [label for label, _ in maps]
    rows = list(next(iter(results.values())))
    width = max(len(r) for r in rows)
    print(f"\nmedian ms of {args.repeat} runs; firms in the map:")
    print(f"{'what':<{width}}  " + "  ".join(f"{label:>12}" for label in labels)
          + ("  growth" if len(labels) > 1 else ""))
    for row in rows:
        values = [results[label][row] for label in labels]
        growth = f"  {values[-1] / values[0]:.1f}x" if len(values) > 1 and values[0] > 0 else ""
        print(f"{row:<{width}}  " + "  ".join(f"{v:>12.1f}" for v in values) + growth)
    for label in labels:
        base = results[label]["sort by id asc"]
        print(f"{label}: pinyin sort / id sort = {results[label]['sort by name_zh asc'] / base:.2f}x")
    for label, path in maps:
        print(f"{label}: computing every firm's pinyin key (migration m006): {keys_fill(path):.1f} s")
    print(f"memory: {rss0:.0f} MB before opening, {rss_mb():.0f} MB after all of the above "
          f"(a model keeps the ids of loaded rows and at most 20,000 cached rows)")
    if not args.no_cold_start:
        cold, bare = cold_start(args.repeat)
        print(f"cold start, python main.py -> usable window: {cold:.0f} ms; bare QtWidgets window + sqlite3: "
              f"{bare:.0f} ms ({cold / bare:.2f}x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
