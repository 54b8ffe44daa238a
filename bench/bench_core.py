"""Timings of the core operations on the shipped dataset and on a large synthetic map.

Run from the repository root::

    python bench/bench_core.py [--firms 100000] [--repeat 5] [--keep DIR] [--map FILE]

Measured (wall-clock, ``time.perf_counter``; median, min and max of ``--repeat`` runs unless said otherwise):

* ``core.workspace.create_database`` from ``assets/default_dataset.json`` (skipped when the file is missing);
* ``bench/generate.py`` making the ``--firms`` map (once);
* ``db.connection.open_database`` on that map (the safety checks run on every open);
* ``core.analysis.analyse_database`` on the default dataset and on the map, each on a freshly opened
  connection (as when the app opens a file), then again on one connection kept open (as when the view is
  refreshed), plus its two halves on the map: ``chain_coverage`` and ``analyse_targets``.

The analysis date is fixed (2026-06-30) so runs compare. Files go to a temporary folder that is deleted at the
end, unless ``--keep DIR`` (then they stay in DIR and an existing map there is generated again).
"""

from __future__ import annotations

import argparse
import os
import platform
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
ROOT = BENCH_DIR.parent
for _p in (str(ROOT), str(BENCH_DIR)):
    if _p not in sys.path:
        sys.path.insert(0, _p)

TODAY = date(2026, 6, 30)


def map_label(firms: int) -> str:
    if firms >= 1_000_000:
        return f"{firms / 1e6:g}M map"
    return f"{firms / 1000:g}k map" if firms >= 1000 else f"{firms}-firm map"


class Table:
    """Rows of ``what | median ms | min | max | runs``, printed as they are measured."""

    def __init__(self) -> None:
        self.width = 52
        print(f"{'what':<{self.width}} | {'median ms':>10} | {'min':>10} | {'max':>10} | runs")
        print("-" * (self.width + 47))

    def times(self, what: str, seconds: list[float]) -> None:
        ms = [s * 1000 for s in seconds]
        print(f"{what:<{self.width}} | {statistics.median(ms):>10,.1f} | {min(ms):>10,.1f} | {max(ms):>10,.1f} |"
              f" {len(ms):>4}", flush=True)

    def once(self, what: str, seconds: float, note: str = "") -> None:
        print(f"{what:<{self.width}} | {seconds * 1000:>10,.1f} | {'':>10} | {'':>10} | {1:>4}  {note}".rstrip(),
              flush=True)

    def skipped(self, what: str, why: str) -> None:
        print(f"{what:<{self.width}} | skipped: {why}", flush=True)


def repeat(fn, k: int, setup=None) -> list[float]:
    """Time ``fn(setup())`` k times (setup is not timed)."""
    out = []
    for _ in range(k):
        arg = setup() if setup else None
        started = time.perf_counter()
        fn(arg)
        out.append(time.perf_counter() - started)
    return out


def _peak_rss_mb() -> float | None:
    try:
        import resource
    except ImportError:  # Windows
        return None
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def _environment() -> str:
    from importlib.metadata import version

    import sqlite_utils  # noqa: F401 - the version is what matters

    return (f"Python {platform.python_version()} | SQLite {sqlite3.sqlite_version} | sqlite-utils "
            f"{version('sqlite-utils')} | {platform.system()} {platform.machine()} | {os.cpu_count()} CPUs")


def bench_analysis(table: Table, label: str, path: Path, k: int, *, halves: bool = False) -> None:
    from core.analysis.coverage import chain_coverage
    from core.analysis.database import analyse_database, analyse_targets
    from db.connection import open_database

    opened = []

    def fresh():
        db = open_database(path)
        opened.append(db)
        return db

    table.times(f"analyse_database ({label}), fresh connection",
                repeat(lambda db: analyse_database(db, TODAY), k, setup=fresh))
    for db in opened:
        db.conn.close()
    db = open_database(path)
    try:
        analyse_database(db, TODAY)  # warm this connection's page cache
        table.times(f"analyse_database ({label}), same connection", repeat(lambda _: analyse_database(db, TODAY), k))
        if halves:
            table.times("  of which chain_coverage", repeat(lambda _: chain_coverage(db), k))
            table.times("  of which analyse_targets", repeat(lambda _: analyse_targets(db, TODAY), k))
    finally:
        db.conn.close()


def run(firms: int, k: int, work: Path, seed: int, existing_map: Path | None) -> None:
    from generate import generate

    from assets import DEFAULT_DATASET
    from core.analysis.database import analyse_database
    from core.workspace import create_database
    from db.connection import open_database

    print(_environment())
    print(f"analysis date {TODAY}, {k} repeats, files in {work}")
    print()
    table = Table()

    default_db = work / "default.sqlite"
    if DEFAULT_DATASET.exists():
        paths = iter(work / f"default-{i}.sqlite" for i in range(k))
        table.times("create_database (default dataset)",
                    repeat(lambda p: create_database(p, dataset=DEFAULT_DATASET, force=True), k,
                           setup=lambda: next(paths)))
        for i in range(k):
            Path(work / f"default-{i}.sqlite").unlink(missing_ok=True)
        counts = create_database(default_db, dataset=DEFAULT_DATASET, force=True)
        default_rows = sum(counts.values())
    else:
        table.skipped("create_database (default dataset)", f"{DEFAULT_DATASET.relative_to(ROOT)} not found")
        default_rows = None

    if existing_map is not None:
        map_path = existing_map
        with sqlite3.connect(f"{map_path.resolve().as_uri()}?mode=ro", uri=True) as conn:
            firms = conn.execute("SELECT count(*) FROM firms").fetchone()[0]
        table.skipped(f"generate {firms:,}-firm map", f"using {map_path}")
    else:
        map_path = work / f"map-{firms}.sqlite"
        phases: dict[str, float] = {}
        started = time.perf_counter()
        counts = generate(map_path, firms=firms, seed=seed, force=True, timings=phases)
        table.once(f"generate {firms:,}-firm map", time.perf_counter() - started,
                   f"({sum(counts.values()):,} rows, {map_path.stat().st_size / 1e6:,.1f} MB)")
        for phase, seconds in phases.items():
            table.once(f"  {phase}", seconds)

    label = map_label(firms)
    opened = []

    def open_map(_):
        opened.append(open_database(map_path))

    table.times(f"open_database ({label})", repeat(open_map, k))
    for db in opened:
        db.conn.close()

    if default_rows is not None:
        bench_analysis(table, "default dataset", default_db, k)
    else:
        table.skipped("analyse_database (default dataset)", "no default dataset")
    bench_analysis(table, label, map_path, k, halves=True)

    db = open_database(map_path)
    try:
        analysis = analyse_database(db, TODAY)
    finally:
        db.conn.close()
    print()
    if default_rows is not None:
        print(f"default dataset: {default_rows:,} rows")
    print(f"{label}: {len(analysis.components)} components, {len(analysis.targets)} targets, statuses "
          + ", ".join(f"{s} {n}" for s, n in analysis.status_counts().items() if n))
    peak = _peak_rss_mb()
    if peak is not None:
        print(f"peak resident memory of this process: {peak:,.0f} MB")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description="Time Chain Mapper's core operations.")
    parser.add_argument("--firms", type=int, default=100_000, help="firms in the generated map (default 100000)")
    parser.add_argument("--repeat", type=int, default=5, help="runs per timing (default 5)")
    parser.add_argument("--keep", type=Path, metavar="DIR", help="write the databases to DIR and keep them")
    parser.add_argument("--seed", type=int, default=1, help="seed of the generated map (default 1)")
    parser.add_argument("--map", type=Path, metavar="FILE", help="use this generated map instead of making one")
    args = parser.parse_args(argv)
    if args.repeat < 1 or args.firms < 1:
        parser.error("--repeat and --firms must be at least 1")
    if args.map is not None and not args.map.exists():
        parser.error(f"{args.map} does not exist")
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
        run(args.firms, args.repeat, args.keep.resolve(), args.seed, args.map)
    else:
        with tempfile.TemporaryDirectory(prefix="chain-mapper-bench-") as tmp:
            run(args.firms, args.repeat, Path(tmp), args.seed, args.map)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
