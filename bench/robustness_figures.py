"""The figures of issue 13's closing note: every hostile file and failure tried as a user would meet it.

    python bench/robustness_figures.py [--quick]

Each case runs ``main.py`` in a fresh process whose address space is capped at 1.5 GB (a runaway allocation
fails there, not on the machine) and reports: exit code, whether stderr was one line, seconds, peak memory,
whether the database bytes stayed the same, a traceback, a native crash (killed by a signal). Printed: a row
per case and the totals — cases tried, refused cleanly, data lost, tracebacks, native crashes, worst time and
memory. Cases that need root (a full or read-only tmpfs) are left out otherwise. ``--quick`` makes the 100 MB
CSV 8 MB.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
LIMIT = 1536 * 1024 * 1024


def _child(args: list[str], report: str) -> None:
    """Run main.main(args) here and write the exit code and this process's peak memory to ``report``."""
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (LIMIT, LIMIT))
    import main

    code = main.main(args)
    peak = _high_water_mb()
    Path(report).write_text(json.dumps({"code": code, "peak_mb": peak}))
    sys.stdout.flush()
    os._exit(code)


def _high_water_mb() -> float:
    """This process's peak resident memory since it started (VmHWM: ru_maxrss would include the parent's,
    copied at fork)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _digest(path: Path) -> str | None:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else None


def run_case(name: str, args: list[str], db: Path | None, expect: int, work: Path, env: dict) -> dict:
    report = work / f"{abs(hash(name))}.json"
    before = _digest(db) if db else None
    started = time.perf_counter()
    proc = subprocess.run([sys.executable, __file__, "--child", report, "--", *args], capture_output=True,
                          text=True, env=env, cwd=work, timeout=300)
    seconds = time.perf_counter() - started
    facts = json.loads(report.read_text()) if report.exists() else {}
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    row = {
        "case": name, "exit": proc.returncode, "expected": expect, "seconds": round(seconds, 2),
        "peak_mb": round(facts.get("peak_mb", 0)), "one_line": len(lines) == 1 or (expect == 0 and not lines),
        "traceback": "Traceback" in proc.stderr, "native_crash": proc.returncode < 0 or not facts,
        "data_lost": bool(db) and expect != 0 and _digest(db) != before,
        "message": lines[-1][:150] if lines else (proc.stdout.strip().splitlines() or [""])[-1][:150],
    }
    row["clean"] = (row["exit"] == expect and row["one_line"] and not row["traceback"] and not row["native_crash"]
                    and not row["data_lost"])
    return row


def _mount(path: Path, size: str) -> bool:
    if os.geteuid() != 0:
        return False
    path.mkdir(parents=True, exist_ok=True)
    return subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)],
                          capture_output=True).returncode == 0


def cases(work: Path, quick: bool):
    """(name, args, database to watch, expected exit) for every case, files made here."""
    from tests import fixtures_excel as fx
    from tests import fixtures_hostile as fh

    main_db = work / "map.sqlite"
    subprocess.run([sys.executable, str(ROOT / "main.py"), "init", "--db", str(main_db)], check=True,
                   capture_output=True)
    db = str(main_db)

    def imp(path, *extra):
        return ["import", str(path), "--db", db, *extra]

    made = work / "files"
    made.mkdir()
    yield "xlsx A1 + XFD1048576", imp(fh.far_cells(made / "xfd.xlsx", "XFD1048576")), main_db, 1
    yield "xlsx A1 + ALL499999 (read sparse)", imp(fh.far_cells(made / "all.xlsx", "ALL499999", header="x")), main_db, 1
    yield "xlsx A1 + ALL30000", imp(fh.far_cells(made / "all3.xlsx", "ALL30000", header="x")), main_db, 1
    yield "xlsx shared strings 4,294,967,295", imp(fh.lying_shared_strings(made / "sst.xlsx")), main_db, 1
    yield "xls one cell at IV65536", imp(fh.xls(made / "far.xls", {"企业": [(0, 0, "企业名称"),
                                                                          (65535, 255, "x")]})), main_db, 1
    yield "xlsb A1 + XFD1048576 (dimension lies)", imp(fh.xlsb(made / "far.xlsb", [(0, 0, "企业名称"),
                                                                                  (1048575, 16383, "x")],
                                                               dimension=(0, 1, 0, 0))), main_db, 1
    yield "ods repeat to ALL40002", imp(fh.ods_far_cell(made / "far.ods")), main_db, 1
    yield "zip bomb 2 GB", imp(fx.zip_bomb(made / "bomb.xlsx", gigabytes=2)), main_db, 1
    yield "lying zip bomb 1 GB", imp(fx.lying_zip_bomb(made / "lying.xlsx")), main_db, 1
    yield "entity expansion", imp(fx.entity_bomb(made / "laughs.xlsx")), main_db, 1
    yield "1,000,001 rows", imp(fx.million_rows(made / "million.xlsx")), main_db, 1
    yield "encrypted workbook", imp(fx.encrypted_ooxml(made / "secret.xlsx")), main_db, 1
    yield "image named .xlsx", imp(fx.png_named_xlsx(made / "photo.xlsx")), main_db, 1
    commas = made / "commas.csv"
    commas.write_bytes(b"," * ((8 if quick else 100) * 1024 * 1024))
    yield f"CSV {(8 if quick else 100)} MB of commas", imp(commas), main_db, 1
    cr = made / "cr.csv"
    cr.write_bytes(("企业名称\r" + "优必选\r" * 600_000).encode())
    yield "CSV CR-only 600,001 rows", imp(cr), main_db, 1
    field = made / "field.csv"
    field.write_text("企业名称,备注\n优必选," + "长" * 140_000 + "\n", encoding="utf-8")
    yield "CSV field over 131,072 characters", imp(field), main_db, 1
    for text in ("inf", "NaN"):
        bad = made / f"{text}.csv"
        bad.write_text(f"企业名称,员工人数\n深圳市{text}机器人有限公司,{text}\n", encoding="utf-8")
        yield f"{text} in an integer column", imp(bad), main_db, 1
    obs = made / "obs.csv"
    obs.write_text("指标,数值,截至\nEMB2027/E5,900,0000-06\n", encoding="utf-8")
    yield "observation as of 0000-06", imp(obs, "--table", "observations"), main_db, 1
    yield "gaps --as-of 0000-06", ["gaps", "--db", db, "--as-of", "0000-06"], main_db, 1
    good = made / "good.csv"
    good.write_text("企业名称,所在区\n深圳市好机器人有限公司,南山区\n", encoding="utf-8")

    damaged = work / "damaged.sqlite"
    shutil.copy(main_db, damaged)
    fh.smash_page(damaged, fh.root_page(damaged, "firms"))
    for command in (["gaps"], ["export", str(work / "d.xlsx")], ["import", str(good)]):
        yield f"damaged database: {command[0]}", [*command, "--db", str(damaged)], damaged, 2
    large = work / "large.sqlite"
    shutil.copy(main_db, large)
    fh.grow(large, 65)
    fh.smash_page(large, fh.root_page(large, "change_log"))
    yield "damaged database over 64 MiB: import", ["import", str(good), "--db", str(large)], large, 2
    yield "vanished database", ["gaps", "--db", str(work / "gone.sqlite")], None, 2

    ro = work / "ro"
    if _mount(ro, "4m"):
        shutil.copy(main_db, ro / "map.sqlite")
        subprocess.run(["mount", "-o", "remount,ro", str(ro)], check=True)
        yield "read-only folder: gaps", ["gaps", "--db", str(ro / "map.sqlite")], ro / "map.sqlite", 0
        yield "read-only folder: import", ["import", str(good), "--db", str(ro / "map.sqlite")], ro / "map.sqlite", 2
    full = work / "full"
    if _mount(full, "1200k"):
        shutil.copy(main_db, full / "map.sqlite")
        _fill(full, 96 * 1024)
        many = made / "many.csv"
        many.write_text("企业名称,备注\n" + "".join(f"深圳市测试{i:05d}有限公司,{'备注' * 200}\n" for i in range(3000)),
                        encoding="utf-8")
        yield "full disk: import", ["import", str(many), "--db", str(full / "map.sqlite")], full / "map.sqlite", 2
    tiny = work / "tiny"
    if _mount(tiny, "64k"):
        _fill(tiny, 4096)
        yield "full disk: export", ["export", str(tiny / "m.xlsx"), "--db", db], main_db, 1
        yield "full disk: report", ["report", str(tiny / "r.pdf"), "--db", db], main_db, 1
        yield "full disk: init", ["init", "--db", str(tiny / "new.sqlite")], None, 2


def _fill(folder: Path, leave: int) -> None:
    st = os.statvfs(folder)
    (folder / "filler").write_bytes(bytes(max(0, st.f_bavail * st.f_frsize - leave)))


def _locked_case(work: Path, env: dict) -> dict:
    """Import while another program holds the write lock for longer than the busy timeout (the holder is a
    process of its own: POSIX locks are per process)."""
    db = work / "map.sqlite"
    holder = subprocess.Popen([sys.executable, "-c", "import sqlite3, sys, time; c = sqlite3.connect(sys.argv[1]); "
                               "c.execute('BEGIN IMMEDIATE'); print('held', flush=True); time.sleep(60)", str(db)],
                              stdout=subprocess.PIPE, text=True)
    try:
        holder.stdout.readline()
        return run_case("another window writing: import", ["import", str(work / "files" / "good.csv"),
                                                            "--db", str(db)], db, 2, work, env)
    finally:
        holder.kill()
        holder.wait()


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("rest", nargs=argparse.REMAINDER, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        _child([a for a in args.rest if a != "--"], args.child)
    work = Path(tempfile.mkdtemp(prefix="robust-"))
    env = dict(os.environ, CHAIN_MAPPER_HOME=str(work / "home"), QT_QPA_PLATFORM="offscreen")
    rows = []
    try:
        for name, case_args, db, expect in cases(work, args.quick):
            rows.append(run_case(name, case_args, db, expect, work, env))
            print(_row(rows[-1]), flush=True)
        rows.append(_locked_case(work, env))
        print(_row(rows[-1]), flush=True)
    finally:
        for mount in (work / "ro", work / "full", work / "tiny"):
            subprocess.run(["umount", "-l", str(mount)], capture_output=True)
        shutil.rmtree(work, ignore_errors=True)
    print()
    print(f"cases tried        {len(rows)}")
    print(f"handled cleanly    {sum(r['clean'] for r in rows)}")
    print(f"data lost          {sum(r['data_lost'] for r in rows)}")
    print(f"tracebacks         {sum(r['traceback'] for r in rows)}")
    print(f"native crashes     {sum(r['native_crash'] for r in rows)}")
    worst_t = max(rows, key=lambda r: r["seconds"])
    worst_m = max(rows, key=lambda r: r["peak_mb"])
    print(f"worst time         {worst_t['seconds']} s ({worst_t['case']})")
    print(f"worst memory       {worst_m['peak_mb']} MB ({worst_m['case']})")
    return 0 if all(r["clean"] for r in rows) else 1


def _row(r: dict) -> str:
    mark = "ok " if r["clean"] else "BAD"
    return (f"{mark} {r['case']:<40} exit {r['exit']:>2} (want {r['expected']})  {r['seconds']:>6.2f} s "
            f"{r['peak_mb']:>5} MB  {r['message']}")


if __name__ == "__main__":
    sys.exit(main())
