"""Gap report timings: the default dataset (goal < 2 s) and a 10,000-firm map (goal < 15 s).

    python bench/bench_report.py [--firms 10000] [--repeat 3]
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


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--firms", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    from generate import generate
    from PySide6.QtWidgets import QApplication

    from core.workspace import create_database
    from db.connection import open_database
    from gui.report.render import make_report

    app = QApplication.instance() or QApplication([])
    work = Path(tempfile.mkdtemp())
    default = work / "default.sqlite"
    create_database(default)
    big = work / "big.sqlite"
    generate(str(big), firms=args.firms)
    print(f"{'what':<40} {'median s':>9} {'min':>7} {'max':>7} {'pages':>6}")
    for name, path in (("default dataset", default), (f"{args.firms:,}-firm map", big)):
        for lang in ("zh", "en"):
            runs, pages = [], 0
            for _ in range(args.repeat):
                db = open_database(path)
                t = time.perf_counter()
                pages = make_report(db, str(work / f"r-{lang}.pdf"), lang=lang)
                runs.append(time.perf_counter() - t)
                db.conn.close()
            print(f"{name + ' (' + lang + ')':<40} {statistics.median(runs):>9.2f} {min(runs):>7.2f} "
                  f"{max(runs):>7.2f} {pages:>6}")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
