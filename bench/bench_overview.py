"""Overview figures on a large map: open (analysis in the background + charts drawn) and refresh after an edit.

    python bench/bench_overview.py [--map FILE] [--firms 100000] [--repeat 5]

Goals from the issue (100,000 firms, 300,000 capabilities): opens in < 0.5 s, refreshes after an edit < 0.2 s.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
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


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--map")
    parser.add_argument("--firms", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    path = Path(args.map) if args.map else None
    if path is None:
        from generate import generate

        path = Path(tempfile.mkdtemp()) / "map.sqlite"
        generate(str(path), firms=args.firms)

    from PySide6.QtWidgets import QApplication

    from db.connection import open_database
    from gui.hub import DataHub
    from gui.overview.page import OverviewPage
    from gui.tables import actions
    from gui.tables.model import SqlTableModel

    app = QApplication.instance() or QApplication([])
    hub = DataHub(open_database(path))
    firms = hub.db.execute("SELECT count(*) FROM firms").fetchone()[0]
    caps = hub.db.execute("SELECT count(*) FROM capabilities").fetchone()[0]
    print(f"map: {firms:,} firms, {caps:,} capabilities ({path})")

    opens, builds = [], []
    for _ in range(args.repeat):
        page = OverviewPage(hub)
        page.resize(1300, 800)
        t = time.perf_counter()
        page.show()
        wait_idle(app, page)
        app.processEvents()
        opens.append((time.perf_counter() - t) * 1000)
        t = time.perf_counter()
        page.build(page.analysis)
        app.processEvents()
        builds.append((time.perf_counter() - t) * 1000)
        page.close()

    page = OverviewPage(hub)
    page.resize(1300, 800)
    page.show()
    wait_idle(app, page)
    model = SqlTableModel(hub, "observations")
    col = [c.name for c in model.columns].index("notes")
    cap_model = SqlTableModel(hub, "capabilities")
    cap_col = [c.name for c in cap_model.columns].index("stage")
    edits, cap_edits = [], []
    for i in range(args.repeat):
        t = time.perf_counter()
        actions.set_values(model, [(model.row_id(0), "notes", f"bench {i}", model.row_data(0)["notes"])])
        wait_idle(app, page)
        app.processEvents()
        edits.append((time.perf_counter() - t) * 1000)
        t = time.perf_counter()
        stage = "mass" if i % 2 else "pilot"
        actions.set_values(cap_model, [(cap_model.row_id(0), "stage", stage, cap_model.row_data(0)["stage"])])
        wait_idle(app, page)
        app.processEvents()
        cap_edits.append((time.perf_counter() - t) * 1000)
    del col, cap_col

    def line(what, runs):
        print(f"{what:<58} {statistics.median(runs):>9.1f} {min(runs):>9.1f} {max(runs):>9.1f}")

    print(f"{'what':<58} {'median ms':>9} {'min':>9} {'max':>9}")
    line("open Overview (analysis in background + charts drawn)", opens)
    line("  of which drawing the charts and tiles", builds)
    line("refresh after editing an observation (targets only)", edits)
    line("refresh after editing a capability (full analysis)", cap_edits)
    hub.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
