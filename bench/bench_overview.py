"""Overview figures on large maps: open (analysis in the background + tiles, charts and ranked gaps drawn) and
refresh after an edit, against the bare gap analysis of the same map measured in the same run, and how the
cost grows from the smaller map to the larger one.

    python bench/bench_overview.py [--sizes 10000,100000] [--repeat 5] [--keep DIR] [--map FILE]

Goals (100,000 firms, 300,000 capabilities): opens in < 1 s with the analysis, draws in < 0.15 s, refreshes
after an edit to a target's observations < 0.3 s. "ratio" is a timing over the bare analysis
(core.analysis.database.analyse_database on the GUI thread) of the same map: what the page adds to it.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def wait_idle(app, page, timeout=120.0) -> None:
    end = time.perf_counter() + timeout
    while page.is_busy():
        app.processEvents()
        time.sleep(0.001)
        if time.perf_counter() > end:
            raise TimeoutError("analysis did not finish")


def measure(app, path: Path, repeat: int) -> dict[str, list[float]]:
    from core.analysis.database import analyse_database
    from db.connection import open_database
    from gui.hub import DataHub
    from gui.overview.page import OverviewPage
    from gui.tables import actions
    from gui.tables.model import SqlTableModel

    hub = DataHub(open_database(path))
    runs: dict[str, list[float]] = {k: [] for k in ("analysis", "open", "build", "edit_target", "edit_capability")}
    for _ in range(repeat):
        t = time.perf_counter()
        analyse_database(hub.db, date.today())
        runs["analysis"].append((time.perf_counter() - t) * 1000)
        page = OverviewPage(hub)
        page.resize(1300, 800)
        t = time.perf_counter()
        page.show()
        wait_idle(app, page)
        app.processEvents()
        runs["open"].append((time.perf_counter() - t) * 1000)
        t = time.perf_counter()
        page._matrix_drawn_for = None  # draw everything again: tiles, chart, matrix and ranked gaps
        page.build(page.analysis)
        app.processEvents()
        runs["build"].append((time.perf_counter() - t) * 1000)
        page.close()

    page = OverviewPage(hub)
    page.resize(1300, 800)
    page.show()
    wait_idle(app, page)
    model = SqlTableModel(hub, "observations")
    cap_model = SqlTableModel(hub, "capabilities")
    for i in range(repeat):
        t = time.perf_counter()
        actions.set_values(model, [(model.row_id(0), "notes", f"bench {i}", model.row_data(0)["notes"])])
        wait_idle(app, page)
        app.processEvents()
        runs["edit_target"].append((time.perf_counter() - t) * 1000)
        t = time.perf_counter()
        stage = "mass" if i % 2 else "pilot"
        actions.set_values(cap_model, [(cap_model.row_id(0), "stage", stage, cap_model.row_data(0)["stage"])])
        wait_idle(app, page)
        app.processEvents()
        runs["edit_capability"].append((time.perf_counter() - t) * 1000)
    page.close()
    hub.close()
    return runs


LINES = (("analysis", "bare gap analysis (baseline)"),
         ("open", "open Overview (analysis in background + drawn)"),
         ("build", "  of which drawing tiles, charts, ranked gaps"),
         ("edit_target", "refresh after editing an observation"),
         ("edit_capability", "refresh after editing a capability (full)"))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="10000,100000", help="firms in the generated maps")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--keep", type=Path, metavar="DIR", help="keep (or reuse) the generated maps in DIR")
    parser.add_argument("--map", type=Path, help="measure this map file only")
    args = parser.parse_args()

    from generate import generate
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    work = args.keep or Path(tempfile.mkdtemp())
    work.mkdir(parents=True, exist_ok=True)
    maps = [(args.map.name, args.map)] if args.map else []
    for size in ([] if args.map else [int(s) for s in args.sizes.split(",")]):
        path = work / f"map-{size}.sqlite"
        if not path.exists():
            generate(str(path), firms=size)
        maps.append((f"{size // 1000}k map", path))

    results = {}
    print(f"{'what':<48} {'map':>10} {'median ms':>10} {'min':>8} {'max':>8} {'ratio':>6}")
    for name, path in maps:
        runs = measure(app, path, args.repeat)
        results[name] = {k: statistics.median(v) for k, v in runs.items()}
        base = results[name]["analysis"]
        for key, what in LINES:
            values = runs[key]
            print(f"{what:<48} {name:>10} {statistics.median(values):>10.1f} {min(values):>8.1f} {max(values):>8.1f} "
                  f"{statistics.median(values) / base:>6.2f}")
    if len(maps) > 1:
        small, large = maps[0][0], maps[-1][0]
        print(f"\ngrowth {small} -> {large} (median over median):")
        for key, what in LINES:
            print(f"  {what.strip():<46} x{results[large][key] / results[small][key]:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
