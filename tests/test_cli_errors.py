"""Bad databases get a one-line message and exit code 2, and are never modified."""

import hashlib
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

import main
from db.schema import MIGRATION_SET

ROOT = Path(__file__).resolve().parents[1]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def run(capsys, *args):
    code = main.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def one_line_error(err: str) -> str:
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    assert "Traceback" not in err
    return lines[0]


def test_missing_database(tmp_path, capsys):
    code, _, err = run(capsys, "gaps", "--db", str(tmp_path / "nope.sqlite"))
    assert code == 2
    assert "no such database file" in one_line_error(err)
    assert not (tmp_path / "nope.sqlite").exists()


def test_not_a_database(tmp_path, capsys):
    bad = tmp_path / "list.sqlite"
    bad.write_text("企业名称,地区\n优必选,南山\n", encoding="utf-8")
    before = digest(bad)
    code, _, err = run(capsys, "gaps", "--db", str(bad))
    assert code == 2
    assert "not an SQLite database" in one_line_error(err)
    assert digest(bad) == before


def test_corrupt_database(tmp_path, capsys):
    good = tmp_path / "good.sqlite"
    assert run(capsys, "init", "--empty", "--db", str(good))[0] == 0
    data = bytearray(good.read_bytes())
    data[4096:8192] = b"\xff" * 4096  # smash the second page
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(bytes(data))
    before = digest(bad)
    code, _, err = run(capsys, "gaps", "--db", str(bad))
    assert code == 2
    assert "damaged" in one_line_error(err)
    assert digest(bad) == before
    assert not Path(str(bad) + "-wal").exists()


def test_truncated_database(tmp_path, capsys):
    good = tmp_path / "good.sqlite"
    run(capsys, "init", "--empty", "--db", str(good))
    bad = tmp_path / "cut.sqlite"
    bad.write_bytes(good.read_bytes()[:5000])
    before = digest(bad)
    code, _, err = run(capsys, "gaps", "--db", str(bad))
    assert code == 2
    assert bad.name in one_line_error(err)
    assert digest(bad) == before


def test_newer_schema(tmp_path, capsys):
    path = tmp_path / "future.sqlite"
    run(capsys, "init", "--empty", "--db", str(path))
    con = sqlite3.connect(path)
    con.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES (?, ?, ?)",
                [MIGRATION_SET, "m999_from_the_future", "2030-01-01"])
    con.commit()
    con.close()
    before = digest(path)
    code, _, err = run(capsys, "gaps", "--db", str(path))
    assert code == 2
    assert "newer version" in one_line_error(err)
    assert digest(path) == before


def test_foreign_sqlite_file(tmp_path, capsys):
    path = tmp_path / "other.sqlite"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE cats (name TEXT)")
    con.commit()
    con.close()
    before = digest(path)
    code, _, err = run(capsys, "gaps", "--db", str(path))
    assert code == 2
    assert "not a Chain Mapper database" in one_line_error(err)
    assert digest(path) == before


def test_locked_database(tmp_path, capsys):
    path = tmp_path / "locked.sqlite"
    run(capsys, "init", "--empty", "--db", str(path))
    holder = sqlite3.connect(path, timeout=0)
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        from db import connection

        old = connection.DEFAULT_BUSY_TIMEOUT_MS
        connection.DEFAULT_BUSY_TIMEOUT_MS = 100
        try:
            code, _, err = run(capsys, "gaps", "--db", str(path))
        finally:
            connection.DEFAULT_BUSY_TIMEOUT_MS = old
    finally:
        holder.rollback()
        holder.close()
    assert code == 2
    assert "locked" in one_line_error(err)


@pytest.mark.skipif(sys.platform.startswith("win"), reason="POSIX permissions")
def test_unreadable_database(tmp_path, capsys):
    import os

    if os.geteuid() == 0:
        pytest.skip("root reads every file")
    path = tmp_path / "secret.sqlite"
    run(capsys, "init", "--empty", "--db", str(path))
    path.chmod(0)
    try:
        code, _, err = run(capsys, "gaps", "--db", str(path))
    finally:
        path.chmod(0o600)
    assert code == 2
    assert "cannot be read" in one_line_error(err)


def test_folder_instead_of_file(tmp_path, capsys):
    code, _, err = run(capsys, "gaps", "--db", str(tmp_path))
    assert code == 2
    assert "folder" in one_line_error(err)


def test_init_refuses_to_overwrite(tmp_path, capsys):
    path = tmp_path / "map.sqlite"
    assert run(capsys, "init", "--empty", "--db", str(path))[0] == 0
    before = digest(path)
    code, _, err = run(capsys, "init", "--db", str(path))
    assert code == 2
    assert "--force" in one_line_error(err)
    assert digest(path) == before


def test_subprocess_error_has_no_traceback(tmp_path):
    bad = tmp_path / "x.sqlite"
    bad.write_bytes(b"PK\x03\x04 not sqlite")
    proc = subprocess.run([sys.executable, str(ROOT / "main.py"), "gaps", "--db", str(bad)],
                          capture_output=True, text=True, cwd=tmp_path, timeout=60)
    assert proc.returncode == 2
    assert proc.stderr.count("\n") == 1 and "Traceback" not in proc.stderr
    assert proc.stderr.startswith("chain-mapper: ")
