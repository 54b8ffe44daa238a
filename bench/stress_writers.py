"""Two writers and a reader on one database file, as two windows and an overview would be: no lost update,
no traceback.

    python bench/stress_writers.py [--seconds 60] [--db PATH]

Each writer is its own process with its own connection, and does what a planner's edit does
(core.operations.set_cells with the value it last saw as ``expected``): it adds one to a shared counter cell
(firms #1, 员工人数) and appends to a cell of its own. A conflict (the other writer saved first) is read
again and retried, as the GUI asks the planner to; "another window is writing" is waited out. The reader runs
the gap analysis over and over. At the end the counter must equal the increments the writers saw succeed,
and the change log must hold exactly those updates. Exit 0 when all holds.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _writer(db_path: str, name: str, seconds: float) -> dict:
    from core import operations, workspace
    from core.errors import EditConflictError
    from db.errors import DatabaseBusy, DatabaseLocked
    from db.rows import get

    db = workspace.open_named(db_path)
    out = {"role": name, "increments": 0, "same_value": 0, "conflicts": 0, "busy": 0, "tracebacks": 0, "own_edits": 0,
           "worst_wait_s": 0.0}
    own_row = 2 if name == "writer-a" else 3
    end = time.monotonic() + seconds
    try:
        while time.monotonic() < end:
            seen = get(db, "firms", 1)["employees"]
            started = time.monotonic()
            try:
                done = operations.set_cells(db, "firms", [operations.Cell(1, "employees", (seen or 0) + 1,
                                                                          expected=seen)])
                # The other writer may have stored the very value this one meant: the same edit, not lost.
                out["increments" if done.batch else "same_value"] += 1
                notes = get(db, "firms", own_row)["notes"] or ""
                operations.set_cells(db, "firms", [operations.Cell(own_row, "notes", f"{notes[-200:]}.",
                                                                   expected=notes)])
                out["own_edits"] += 1
            except EditConflictError:
                out["conflicts"] += 1
            except (DatabaseBusy, DatabaseLocked):
                out["busy"] += 1
            except Exception:  # noqa: BLE001 - the figure this script exists to show is zero
                out["tracebacks"] += 1
                traceback.print_exc()
            out["worst_wait_s"] = max(out["worst_wait_s"], time.monotonic() - started)
    finally:
        workspace.close(db)
    return out


def _reader(db_path: str, seconds: float) -> dict:
    from datetime import date

    from core import workspace
    from core.analysis.database import analyse_database
    from db.errors import DatabaseLocked

    out = {"role": "reader", "reads": 0, "busy": 0, "tracebacks": 0, "counter_went_back": 0}
    last = -1
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        try:
            db = workspace.open_named(db_path)
            try:
                analyse_database(db, date.today())
                from db.rows import get

                value = get(db, "firms", 1)["employees"] or 0
                out["counter_went_back"] += value < last
                last = value
                out["reads"] += 1
            finally:
                workspace.close(db)
        except DatabaseLocked:
            out["busy"] += 1
        except Exception:  # noqa: BLE001
            out["tracebacks"] += 1
            traceback.print_exc()
    return out


def run(seconds: float, db_path: Path | None = None) -> dict:
    """Make a database, run the three processes for ``seconds``, and check the result."""
    from core.workspace import create_database

    work = Path(tempfile.mkdtemp(prefix="stress-"))
    db_path = db_path or work / "map.sqlite"
    create_database(db_path)
    env = dict(os.environ, CHAIN_MAPPER_HOME=str(work / "home"))
    started = time.perf_counter()
    procs = [subprocess.Popen([sys.executable, __file__, "--role", role, "--db", str(db_path), "--seconds",
                               str(seconds)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
             for role in ("writer-a", "writer-b", "reader")]
    results, stderr = [], []
    for proc in procs:
        out, err = proc.communicate(timeout=seconds + 120)
        stderr.append(err)
        results.append(json.loads(out.strip().splitlines()[-1]) if out.strip() else {"role": "?", "tracebacks": 1})
    elapsed = time.perf_counter() - started
    import sqlite3

    con = sqlite3.connect(db_path)
    counter = con.execute("SELECT employees FROM firms WHERE id = 1").fetchone()[0] or 0
    logged = con.execute("SELECT count(*) FROM change_log WHERE table_name = 'firms' AND row_id = 1 "
                         "AND \"column\" = 'employees'").fetchone()[0]
    check = con.execute("PRAGMA quick_check").fetchone()[0]
    con.close()
    increments = sum(r.get("increments", 0) for r in results)
    summary = {
        "seconds": round(elapsed, 1), "increments": increments, "counter": counter, "logged_updates": logged,
        "lost_updates": increments - counter, "conflicts_retried": sum(r.get("conflicts", 0) for r in results),
        "busy_messages": sum(r.get("busy", 0) for r in results), "reads": sum(r.get("reads", 0) for r in results),
        "tracebacks": sum(r.get("tracebacks", 0) for r in results) + sum("Traceback" in e for e in stderr),
        "worst_write_wait_s": round(max(r.get("worst_wait_s", 0) for r in results), 2),
        "quick_check": check, "processes": results,
    }
    summary["ok"] = (summary["lost_updates"] == 0 and logged == counter and summary["tracebacks"] == 0
                     and check == "ok" and increments > 0)
    return summary


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--db", type=Path)
    parser.add_argument("--role", choices=("writer-a", "writer-b", "reader"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.role:
        result = _reader(str(args.db), args.seconds) if args.role == "reader" else \
            _writer(str(args.db), args.role, args.seconds)
        print(json.dumps(result))
        return 0
    summary = run(args.seconds, args.db)
    for key, value in summary.items():
        if key != "processes":
            print(f"{key:<20} {value}")
    for proc in summary["processes"]:
        print("  ", json.dumps(proc, ensure_ascii=False))
    return 0 if summary["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
