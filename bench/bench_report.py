"""Gap report timings on the default dataset (goal < 2 s) and generated maps (10,000 firms: goal < 15 s), in
both languages, against the report's content alone (core.analysis.report_content.build_report) measured in
the same run, and how the cost grows from the smaller map to the larger one.

    python bench/bench_report.py [--sizes 10000,100000] [--repeat 3] [--keep DIR]

"ratio": the whole PDF (words, charts, layout with charts refitted to the pages, writing) over the content
alone. Pages are printed too: a map ten times larger must not print a report ten times longer (the listings
are capped per layer).
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
    parser.add_argument("--sizes", default="10000,100000", help="firms in the generated maps")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--keep", type=Path, metavar="DIR", help="keep (or reuse) the generated maps in DIR")
    args = parser.parse_args()

    from generate import generate
    from PySide6.QtWidgets import QApplication

    from core.analysis.report_content import build_report
    from core.workspace import create_database
    from db.connection import open_database
    from gui.report.render import make_report

    app = QApplication.instance() or QApplication([])
    work = args.keep or Path(tempfile.mkdtemp())
    work.mkdir(parents=True, exist_ok=True)
    default = work / "default.sqlite"
    if not default.exists():
        create_database(default)
    maps = [("default dataset", default)]
    for size in (int(s) for s in args.sizes.split(",") if s):
        path = work / f"map-{size}.sqlite"
        if not path.exists():
            generate(str(path), firms=size)
        maps.append((f"{size // 1000}k map", path))

    medians: dict[tuple[str, str], float] = {}
    print(f"{'what':<34} {'median s':>9} {'min':>7} {'max':>7} {'ratio':>6} {'pages':>6}")
    for name, path in maps:
        content = []
        for _ in range(args.repeat):
            db = open_database(path)
            t = time.perf_counter()
            build_report(db)
            content.append(time.perf_counter() - t)
            db.conn.close()
        base = statistics.median(content)
        medians[(name, "content")] = base
        print(f"{name + ' (content only)':<34} {base:>9.2f} {min(content):>7.2f} {max(content):>7.2f} {1:>6.2f}")
        for lang in ("zh", "en"):
            runs, pages = [], 0
            for _ in range(args.repeat):
                db = open_database(path)
                t = time.perf_counter()
                pages = make_report(db, str(work / f"r-{lang}.pdf"), lang=lang)
                runs.append(time.perf_counter() - t)
                db.conn.close()
            medians[(name, lang)] = statistics.median(runs)
            print(f"{name + ' (' + lang + ' PDF)':<34} {statistics.median(runs):>9.2f} {min(runs):>7.2f} "
                  f"{max(runs):>7.2f} {statistics.median(runs) / base:>6.2f} {pages:>6}")
    if len(maps) > 2:
        small, large = maps[1][0], maps[-1][0]
        print(f"\ngrowth {small} -> {large}: content x{medians[(large, 'content')] / medians[(small, 'content')]:.1f}, "
              f"zh PDF x{medians[(large, 'zh')] / medians[(small, 'zh')]:.1f}, "
              f"en PDF x{medians[(large, 'en')] / medians[(small, 'en')]:.1f}")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
