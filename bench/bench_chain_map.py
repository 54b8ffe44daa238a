"""Timings of the chain-map picture: its data, the scene and the first paint, offscreen.

Run from the repository root::

    python bench/bench_chain_map.py [--sizes 5000,100000] [--repeat 5] [--keep DIR] [--seed 1]

For the default dataset (``core.workspace.create_database`` from ``assets/default_dataset.json``) and for a
generated map of each size (``bench/generate.py``), it prints the median, min and max of ``--repeat`` runs of:

* ``chain_map_data`` (all layers, all districts) on one open connection, and with a district filter;
* building the scene (``ChainMapView.set_map``) in a 1400 x 900 view;
* the first paint of that view (``QWidget.grab``: the start view) and a paint of the whole map after ``fit()``
  (every item visible: the worst case);

and the number of scene items. Qt runs on the offscreen platform unless QT_QPA_PLATFORM says otherwise.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
ROOT = BENCH_DIR.parent
for _p in (str(ROOT), str(BENCH_DIR)):
    if _p not in sys.path:
        sys.path.insert(0, _p)

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench_core import Table, _environment, map_label, repeat  # noqa: E402


def _busiest_district(db) -> str | None:
    row = db.execute("SELECT district FROM firms WHERE district IS NOT NULL GROUP BY district"
                     " ORDER BY count(*) DESC LIMIT 1").fetchone()
    return row[0] if row else None


def bench_map(table: Table, app, label: str, path: Path, k: int) -> None:
    from core.analysis.chain_map import chain_map_data
    from db.connection import open_database
    from gui.chain_map.view import ChainMapView

    db = open_database(path)
    try:
        chain_map_data(db)  # warm the page cache, as a refresh would find it
        table.times(f"chain_map_data ({label})", repeat(lambda _: chain_map_data(db), k))
        district = _busiest_district(db)
        if district:
            table.times(f"  with district filter ({label})",
                        repeat(lambda _: chain_map_data(db, district=district), k))
        data = chain_map_data(db)
    finally:
        db.conn.close()

    view = ChainMapView(language="zh_CN")
    view.resize(1400, 900)
    view.show()
    app.processEvents()
    table.times(f"scene build ({label})", repeat(lambda _: view.set_map(data), k))

    def first_paint(_):
        view.grab()

    def rebuilt(_=None):
        view.set_map(data)
        app.processEvents()

    table.times(f"first paint, start view ({label})", repeat(first_paint, k, setup=rebuilt))

    def fitted(_=None):
        rebuilt()
        view.fit()

    table.times(f"paint of the whole map after fit ({label})", repeat(first_paint, k, setup=fitted))
    items = len(view.scene().items())
    components = sum(len(layer.components) for layer in data.layers)
    print(f"{'':<4}{label}: {components} components, {len(view.nodes)} boxes and chips, {len(view.links)} lines,"
          f" {items} scene items; {len(data.integrators)} of {data.integrators_total:,} integrators drawn",
          flush=True)
    view.close()
    view.deleteLater()
    app.processEvents()


def run(sizes: list[int], k: int, work: Path, seed: int) -> None:
    from generate import generate
    from PySide6.QtWidgets import QApplication

    from assets import DEFAULT_DATASET
    from core.workspace import create_database
    from gui.fonts import load_bundled_fonts, ui_font

    app = QApplication.instance() or QApplication([])
    load_bundled_fonts()
    app.setFont(ui_font())
    print(_environment(), f"| Qt platform {app.platformName()}")
    print(f"{k} repeats, files in {work}")
    print()
    table = Table()
    if DEFAULT_DATASET.exists():
        default_db = work / "default.sqlite"
        create_database(default_db, dataset=DEFAULT_DATASET, force=True)
        bench_map(table, app, "default dataset", default_db, k)
    else:
        table.skipped("default dataset", f"{DEFAULT_DATASET.relative_to(ROOT)} not found")
    for firms in sizes:
        path = work / f"map-{firms}.sqlite"
        started = time.perf_counter()
        generate(path, firms=firms, seed=seed, force=True, search_index=False)
        table.once(f"generate {firms:,}-firm map", time.perf_counter() - started)
        bench_map(table, app, map_label(firms), path, k)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description="Time the chain-map picture.")
    parser.add_argument("--sizes", default="5000,100000", help="firms in the generated maps (default 5000,100000)")
    parser.add_argument("--repeat", type=int, default=5, help="runs per timing (default 5)")
    parser.add_argument("--keep", type=Path, metavar="DIR", help="write the databases to DIR and keep them")
    parser.add_argument("--seed", type=int, default=1, help="seed of the generated maps (default 1)")
    args = parser.parse_args(argv)
    try:
        sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    except ValueError:
        parser.error("--sizes takes numbers separated by commas, e.g. 5000,100000")
    if args.repeat < 1 or any(s < 1 for s in sizes):
        parser.error("--repeat and every size must be at least 1")
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
        run(sizes, args.repeat, args.keep.resolve(), args.seed)
    else:
        with tempfile.TemporaryDirectory(prefix="chain-mapper-bench-") as tmp:
            run(sizes, args.repeat, Path(tmp), args.seed)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
