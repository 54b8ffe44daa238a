"""A planner's chain list imported into the default map, against pandas just reading it, at 10,000 and 100,000
rows, in one run.

    python bench/bench_import.py [--rows 10000 100000] [--repeat 3] [--dir DIR] [--breakdown]

Needs the ``bench`` extra (pandas, psutil). The list has 企业名称 (distinct generated names, no credit codes:
every row is matched by name), 产业链环节 (机器脑/机器肢/机器体), 主要产品 (a component of that layer, so each row
links a firm to a component), 所在区 and 成立年份. Every measurement runs in a fresh child process which reports its
time and its own peak memory (ru_maxrss); medians of ``--repeat`` runs.

* pandas: ``pandas.read_excel(engine="openpyxl")`` of the list — only reading it.
* import: ``core.importing.plan.import_file`` — read (calamine), parse every cell, match every firm, match the
  chain values, plan the links, write firms and capabilities through db.changes with the change log and the
  search index, commit — into a fresh copy of the default map. No backup (timed on its own by bench_excel.py).
  Goal: ≤ 0.25 × pandas, peak < 500 MB, and the 100k/10k ratio near 10 (cost linear in the list).
  Its three steps are timed too: check (the file's safety pre-scan), read+plan (calamine reads the sheet,
  then every row is planned), write.
* --breakdown: the largest list imported once more, saying where its time went — calamine apart from
  planning, and the write's SQLite statements (by kind) apart from the Python around them.
* held: rows held as likely duplicates of other rows of the list (want 0: the names are distinct); "like map"
  counts rows held because they look like a firm the map knows only by a short name (the default map has 迈瑞
  and 元象: a list naming 深圳市迈瑞科技有限公司 is rightly held for the planner).
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from random import Random

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

LAYER_PRODUCTS = {
    "机器脑": ("AI芯片", "智算芯片", "端侧和推理芯片", "感知模型", "规划模型", "运动控制“小脑”"),
    "机器肢": ("谐波减速器", "行星减速器", "RV减速器", "行星滚柱丝杠", "无框力矩电机", "空心杯电机", "编码器",
            "灵巧手"),
    "机器体": ("激光雷达", "深度摄像头", "IMU传感器", "六维力传感器", "电池", "线束", "外壳"),
}
DISTRICTS = ("南山区", "宝安区", "龙岗区", "龙华区", "福田区", "光明区", "坪山区", "罗湖区", "盐田区", "大鹏新区")


def write_list(path: Path, rows: int, seed: int = 7) -> None:
    """The chain list, written with xlsxwriter (constant memory)."""
    import xlsxwriter
    from generate_firms import NameMaker
    from generate_vocabulary import ROLES

    names = NameMaker(Random(seed))
    rng = Random(seed + 1)
    layers = list(LAYER_PRODUCTS)
    book = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    ws = book.add_worksheet("产业链企业")
    ws.write_row(0, 0, ["序号", "企业名称", "产业链环节", "主要产品", "所在区", "成立年份"])
    for i in range(rows):
        name = names.name(ROLES[i % 4], i % 10 == 0)[0]
        layer = layers[i % 3]
        ws.write_row(i + 1, 0, [i + 1, name, layer, rng.choice(LAYER_PRODUCTS[layer]), rng.choice(DISTRICTS),
                                2000 + rng.randrange(25)])
    book.close()


def _child(kind: str, args: dict) -> dict:
    out: dict = {}
    if kind == "pandas_read_excel":
        import pandas as pd

        start = time.perf_counter()
        frame = pd.read_excel(args["file"], engine="openpyxl")
        out["seconds"] = time.perf_counter() - start
        out["rows"] = len(frame)
    elif kind == "import":
        from core.importing.plan import ImportOptions, plan_import, write_plan
        from core.importing.reading import open_spreadsheet
        from db.connection import open_database

        db = open_database(args["db"])
        indexes = "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND tbl_name IN ('firms', 'capabilities')"
        before = db.execute(indexes).fetchone()[0]
        # what core.importing.plan.import_file does, timed step by step
        start = time.perf_counter()
        book = open_spreadsheet(args["file"])
        opened = time.perf_counter()
        try:
            plan = plan_import(db, book, ImportOptions(remembered=False))
        finally:
            book.close()
        planned = time.perf_counter()
        write_plan(db, plan, backup=False)
        out["seconds"] = time.perf_counter() - start
        out["open"], out["plan"], out["write"] = opened - start, planned - opened, start + out["seconds"] - planned
        assert not plan.has_errors, [str(e) for e in plan.errors()[:5]]
        out["firms"] = db.execute("SELECT count(*) FROM firms").fetchone()[0]
        out["links"] = sum(len(sp.adds) for sp in plan.sheets if sp.table == "capabilities")
        out["held"] = sum(1 for _sp, d in plan.held if not d.candidate_ids)  # like another row of the list
        out["held_map"] = sum(1 for _sp, d in plan.held if d.candidate_ids)  # like a firm the map knows
        assert db.execute(indexes).fetchone()[0] == before, "indexes lost"
        out["logged"] = db.execute("SELECT count(*) FROM change_log").fetchone()[0]
        db.conn.close()
    elif kind == "breakdown":
        out.update(_breakdown(args))
    out["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return out


class _TimedConnection:
    """The import's sqlite3 connection, timing every statement it runs (by its first words)."""

    def __init__(self, conn, spent: dict):
        self._conn, self._spent = conn, spent

    def __getattr__(self, name):
        return getattr(self._conn, name)

    def _timed(self, run, sql, *args):
        start = time.perf_counter()
        try:
            return run(sql, *args)
        finally:
            words = sql.split()
            what = " ".join(words[:3] if words[0] in ("INSERT", "CREATE") else words[:1])
            self._spent[what] = self._spent.get(what, 0.0) + time.perf_counter() - start

    def execute(self, sql, *args):
        return self._timed(self._conn.execute, sql, *args)

    def executemany(self, sql, *args):
        return self._timed(self._conn.executemany, sql, *args)


def _breakdown(args: dict) -> dict:
    """Where an import's time goes: checking the file, calamine reading the sheet, planning, and writing —
    SQLite's statements (by kind) apart from the Python around them."""
    from core.importing.plan import ImportOptions, plan_import, write_plan
    from core.importing.reading import open_spreadsheet
    from db.connection import open_database

    db = open_database(args["db"])
    clock = time.perf_counter
    start = clock()
    book = open_spreadsheet(args["file"])
    checked = clock()
    book.head(book.sheet_names()[0], 1)  # calamine reads the whole sheet here; planning reuses it
    read = clock()
    try:
        plan = plan_import(db, book, ImportOptions(remembered=False))
    finally:
        book.close()
    planned = clock()
    spent: dict[str, float] = {}
    db.conn = _TimedConnection(db.conn, spent)
    write_plan(db, plan, backup=False)
    done = clock()
    return {"seconds": done - start, "check file": checked - start, "read sheet (calamine)": read - checked,
            "plan": planned - read, "write: SQLite": sum(spent.values()),
            "write: Python": done - planned - sum(spent.values()), "sql": spent}


def run_child(kind: str, **args) -> dict:
    proc = subprocess.run([sys.executable, __file__, "--child", kind, json.dumps(args)], capture_output=True,
                          text=True, cwd=ROOT)
    if proc.returncode != 0:
        raise RuntimeError(f"{kind} failed:\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def fresh_db(work: Path, base: Path, rows: int) -> str:
    """A fresh copy of the default map to import into."""
    target = work / f"run-{rows}.sqlite"
    shutil.copy(base, target)
    for suffix in ("-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    return str(target)


def median_of(repeat: int, fn) -> dict:
    runs = [fn() for _ in range(repeat)]
    best = dict(runs[0])
    for key in ("seconds", "open", "plan", "write"):
        if key in best:
            best[key] = statistics.median(r[key] for r in runs)
    best["peak_mb"] = max(r["peak_mb"] for r in runs)
    best["all"] = [round(r["seconds"], 2) for r in runs]
    return best


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--dir", type=Path, help="keep the map and lists here (default: a temporary folder)")
    parser.add_argument("--breakdown", action="store_true",
                        help="then import the largest list once more and say where its time went")
    parser.add_argument("--child", nargs=2, metavar=("KIND", "ARGS"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(_child(args.child[0], json.loads(args.child[1]))))
        return 0
    from core.workspace import create_database

    work = args.dir or Path(tempfile.mkdtemp(prefix="bench-import-"))
    work.mkdir(parents=True, exist_ok=True)
    base = work / "default-map.sqlite"
    if not base.exists():
        create_database(base)
    results = {}
    for rows in args.rows:
        path = work / f"list-{rows}.xlsx"
        if not path.exists():
            write_list(path, rows)

        pandas = median_of(args.repeat, lambda path=path: run_child("pandas_read_excel", file=str(path)))
        imported = median_of(args.repeat, lambda path=path, rows=rows: run_child(
            "import", db=fresh_db(work, base, rows), file=str(path)))
        results[rows] = (pandas, imported, path.stat().st_size)
    print(f"{'rows':>8} {'MB':>5} {'pandas s':>9} {'import s':>9} {'ratio':>6} {'check':>6} {'read+plan':>9} {'write':>6} "
          f"{'peak MB':>8} {'links':>8} {'held':>5} {'like map':>8}  runs (import)")
    for rows, (pandas, imported, size) in results.items():
        print(f"{rows:8,} {size / 1e6:5.1f} {pandas['seconds']:9.2f} {imported['seconds']:9.2f} "
              f"{imported['seconds'] / pandas['seconds']:6.3f} {imported['open']:6.2f} {imported['plan']:9.2f} "
              f"{imported['write']:6.2f} {imported['peak_mb']:8.0f} {imported['links']:8,} {imported['held']:5} "
              f"{imported['held_map']:8}  {imported['all']}")
    if len(results) >= 2:
        small, large = sorted(results)[0], sorted(results)[-1]
        growth = results[large][1]["seconds"] / results[small][1]["seconds"]
        print(f"\nimport {large:,} / {small:,} rows = {growth:.1f}× the time for {large / small:.0f}× the rows "
              "(linear: about the same)")
    print("goal: ratio ≤ 0.25 of pandas.read_excel(openpyxl), peak < 500 MB, held 0")
    if args.breakdown:
        rows = max(results)
        parts = run_child("breakdown", db=fresh_db(work, base, rows), file=str(work / f"list-{rows}.xlsx"))
        pandas_seconds = results[rows][0]["seconds"]
        print(f"\nwhere the {rows:,}-row import's {parts['seconds']:.2f} s went (share of pandas' {pandas_seconds:.2f} s):")
        for what in ("check file", "read sheet (calamine)", "plan", "write: SQLite", "write: Python"):
            print(f"  {what:<42} {parts[what]:6.2f} s  {parts[what] / pandas_seconds:6.3f}")
        for what, seconds in sorted(parts["sql"].items(), key=lambda kv: -kv[1])[:12]:
            print(f"    {what[:40]:<40} {seconds:6.2f} s")
    if not args.dir:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
