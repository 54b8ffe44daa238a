"""Excel import and export against pandas, on a generated map of 100,000 firms, in one run.

    python bench/bench_excel.py [--firms 100000] [--repeat 3] [--dir DIR] [--part export|import|all]

Needs the ``bench`` extra (pandas, psutil). Every measurement runs in a fresh child process (so one cannot warm
or bloat another) which reports its time and its own peak memory (ru_maxrss); medians of ``--repeat`` runs.

* export: ``core.exporting.export_workbook(db, tables=["firms"])`` — the firms sheet with headers, drop-downs,
  print settings, README and the lists sheet, from the database, written atomically (temporary file, fsync,
  rename) — against ``pandas.DataFrame.to_excel(engine="openpyxl")`` of the same rows (the DataFrame is built
  before the clock starts). Goal: ≤ 0.4×. How it grows: the same export of a map a tenth the size (the time
  per firm should stay flat). The whole map (every sheet, the gap analysis) is exported once.
* import: ``core.importing.plan.import_file`` — read (calamine), validate every cell, match, upsert through
  db.changes with the change log and search index, commit — against ``pandas.read_excel(engine="openpyxl")``
  just reading the same sheet. Goal: ≤ 0.25×, peak memory < 500 MB. Three imports of the exported firms sheet:
  ``unchanged`` (the round trip: every row matched, none written), ``upsert`` (1,000 rows edited and 1,000 new
  ones: 1,000 updates and 1,000 inserts logged), ``empty map`` (all 100,000 rows inserted into a map holding only
  the sources). The backup copy made before a real import is timed on its own.
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
SHEET = "企业 Firms"


# ----- children: one measured operation each ---------------------------------------------------------------

def _child(kind: str, args: dict) -> dict:
    from db.connection import open_database

    out: dict = {}
    if kind == "pandas_to_excel":
        import pandas as pd

        con = sqlite3.connect(args["db"])
        frame = pd.read_sql("SELECT * FROM firms ORDER BY id", con)
        con.close()
        start = time.perf_counter()
        frame.to_excel(args["out"], engine="openpyxl", index=False)
        out["seconds"] = time.perf_counter() - start
    elif kind == "pandas_read_excel":
        import pandas as pd

        start = time.perf_counter()
        frame = pd.read_excel(args["file"], sheet_name=SHEET, engine="openpyxl")
        out["seconds"] = time.perf_counter() - start
        out["rows"] = len(frame)
    elif kind == "calamine_read":
        from python_calamine import CalamineWorkbook

        start = time.perf_counter()
        rows = CalamineWorkbook.from_path(args["file"]).get_sheet_by_name(SHEET).to_python()
        out["seconds"] = time.perf_counter() - start
        out["rows"] = len(rows)
    elif kind == "export":
        from core.exporting.workbook import export_workbook

        db = open_database(args["db"])
        start = time.perf_counter()
        result = export_workbook(db, args["out"], tables=args.get("tables"), analysis=args.get("analysis", False))
        out["seconds"] = time.perf_counter() - start
        out["rows"] = sum(result.sheets.values())
        db.conn.close()
    elif kind == "import":
        from core.importing.plan import import_file

        db = open_database(args["db"])
        start = time.perf_counter()
        plan = import_file(db, args["file"], backup=args.get("backup", False))
        out["seconds"] = time.perf_counter() - start
        assert not plan.has_errors, [str(e) for e in plan.errors()[:5]]
        out.update(added=plan.total_adds, changed=plan.total_changes,
                   unchanged=sum(sp.unchanged for sp in plan.sheets), applied=plan.applied)
        out["logged"] = db.execute("SELECT count(*) FROM change_log").fetchone()[0]
        db.conn.close()
    elif kind == "backup":
        from core.backup import backup_database

        start = time.perf_counter()
        backup_database(args["db"], keep=1)
        out["seconds"] = time.perf_counter() - start
    out["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return out


def run_child(kind: str, **args) -> dict:
    proc = subprocess.run([sys.executable, __file__, "--child", kind, json.dumps(args)], capture_output=True,
                          text=True, cwd=ROOT)
    if proc.returncode != 0:
        raise RuntimeError(f"{kind} failed:\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


# ----- setup -----------------------------------------------------------------------------------------------

def prepare(work: Path, firms: int, *, imports: bool = True) -> dict:
    from generate import generate

    from core.exporting.workbook import export_workbook
    from core.workspace import create_database
    from db.connection import open_database

    paths = {k: work / v for k, v in {"map": "map.sqlite", "edited_map": "edited.sqlite", "empty": "empty.sqlite",
                                       "firms_xlsx": "firms.xlsx", "edited_xlsx": "firms-edited.xlsx"}.items()}
    small = work / f"map-{firms // 10}.sqlite"
    for target, n in ((paths["map"], firms), (small, firms // 10)):
        if not target.exists():
            print(f"generating a map of {n:,} firms …", flush=True)
            generate(target, firms=n)
    paths["small_map"] = small
    if not imports:
        return paths
    db = open_database(paths["map"])
    export_workbook(db, paths["firms_xlsx"], tables=["firms"], analysis=False)
    db.conn.close()
    # an edited copy: 1,000 valuations changed, 1,000 new firms; its firms sheet is the "upsert" workbook
    shutil.copy(paths["map"], paths["edited_map"])
    con = sqlite3.connect(paths["edited_map"])
    con.execute("UPDATE firms SET valuation_cny = coalesce(valuation_cny, 1e8) * 1.1, notes = '已更新' "
                "WHERE id % 100 = 7")
    top = con.execute("SELECT max(id) FROM firms").fetchone()[0]
    con.executemany("INSERT INTO firms (id, name_zh, role, city) VALUES (?, ?, 'component', '深圳')",
                    [(top + i, f"基准新增企业{i:05d}有限公司") for i in range(1, 1001)])
    con.commit()
    con.close()
    db = open_database(paths["edited_map"])
    export_workbook(db, paths["edited_xlsx"], tables=["firms"], analysis=False)
    db.conn.close()
    paths["edited_map"].unlink()
    # an empty map holding only the sources the firms cite
    paths["empty"].unlink(missing_ok=True)
    create_database(paths["empty"], dataset=None)
    src = sqlite3.connect(paths["map"])
    rows = src.execute("SELECT id, ref, title, publisher, date, url, file, kind, notes FROM sources").fetchall()
    src.close()
    con = sqlite3.connect(paths["empty"])
    con.executemany("INSERT INTO sources VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    con.commit()
    con.close()
    return paths


def median_of(repeat: int, fn) -> dict:
    runs = [fn() for _ in range(repeat)]
    best = dict(runs[0])
    best["seconds"] = statistics.median(r["seconds"] for r in runs)
    best["peak_mb"] = max(r["peak_mb"] for r in runs)
    best["all"] = [round(r["seconds"], 2) for r in runs]
    return best


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--firms", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--dir", type=Path, help="keep the map and workbooks here (default: a temporary folder)")
    parser.add_argument("--part", choices=("export", "import", "all"), default="all")
    parser.add_argument("--child", nargs=2, metavar=("KIND", "ARGS"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(_child(args.child[0], json.loads(args.child[1]))))
        return 0
    work = args.dir or Path(tempfile.mkdtemp(prefix="bench-excel-"))
    work.mkdir(parents=True, exist_ok=True)
    exports, imports = args.part in ("export", "all"), args.part in ("import", "all")
    paths = prepare(work, args.firms, imports=imports)
    n = args.repeat
    print(f"{args.firms:,} firms; medians of {n} runs\n")

    def copy_of(name: str) -> str:
        target = work / f"run-{name}"
        shutil.copy(paths[name], target)
        for suffix in ("-wal", "-shm"):
            Path(f"{target}{suffix}").unlink(missing_ok=True)
        return str(target)

    results = {}
    if exports:
        results["pandas to_excel"] = median_of(n, lambda: run_child("pandas_to_excel", db=str(paths["map"]),
                                                                     out=str(work / "pandas.xlsx")))
        results["export firms"] = median_of(n, lambda: run_child("export", db=str(paths["map"]),
                                                                  out=str(work / "ours.xlsx"), tables=["firms"]))
        results["export firms / 10"] = median_of(n, lambda: run_child("export", db=str(paths["small_map"]),
                                                                       out=str(work / "ours-small.xlsx"),
                                                                       tables=["firms"]))
        results["export whole map"] = run_child("export", db=str(paths["map"]), out=str(work / "all.xlsx"),
                                                tables=None, analysis=True)
        results["export whole map"]["all"] = []
    if imports:
        xlsx = str(paths["firms_xlsx"])
        results["pandas read_excel"] = median_of(n, lambda: run_child("pandas_read_excel", file=xlsx))
        results["calamine read"] = median_of(n, lambda: run_child("calamine_read", file=xlsx))
        results["import unchanged"] = median_of(n, lambda: run_child("import", db=copy_of("map"), file=xlsx))
        results["import upsert"] = median_of(n, lambda: run_child("import", db=copy_of("map"),
                                                                   file=str(paths["edited_xlsx"])))
        results["import empty map"] = median_of(n, lambda: run_child("import", db=copy_of("empty"), file=xlsx))
        results["backup copy"] = median_of(n, lambda: run_child("backup", db=copy_of("map")))

    print(f"{'':22} {'median s':>9} {'peak MB':>8}  runs")
    for name, r in results.items():
        extra = ""
        if "added" in r:
            extra = f"  added {r['added']:,}, changed {r['changed']:,}, unchanged {r['unchanged']:,}"
        elif "rows" in r:
            extra = f"  {r['rows']:,} rows"
        print(f"{name:22} {r['seconds']:9.2f} {r['peak_mb']:8.0f}  {r['all']}{extra}")
    print()
    if exports:
        base_w = results["pandas to_excel"]["seconds"]
        ours, small = results["export firms"], results["export firms / 10"]
        print(f"export / pandas to_excel            = {ours['seconds'] / base_w:.3f}  (goal ≤ 0.40), "
              f"peak {ours['peak_mb']:.0f} MB")
        print(f"export growth, 10× the firms        = {ours['seconds'] / small['seconds']:.1f}× the time, "
              f"{ours['peak_mb'] / small['peak_mb']:.2f}× the peak memory (linear: 10×, constant memory: ~1×)")
        print(f"written: {(work / 'ours.xlsx').stat().st_size / 1e6:.1f} MB (firms), "
              f"{(work / 'all.xlsx').stat().st_size / 1e6:.1f} MB (whole map)")
    if imports:
        base_r = results["pandas read_excel"]["seconds"]
        for name in ("import unchanged", "import upsert", "import empty map"):
            r = results[name]
            print(f"{name + ' / pandas read_excel':35} = {r['seconds'] / base_r:.3f}  (goal ≤ 0.25), "
                  f"peak {r['peak_mb']:.0f} MB (goal < 500)")
        print(f"{'backup copy / pandas read_excel':35} = {results['backup copy']['seconds'] / base_r:.3f}  "
              "(made once before a real import)")
    if not args.dir:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
