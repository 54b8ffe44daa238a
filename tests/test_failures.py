"""Every command against every failure: one line on stderr, the documented exit code (1 the input, 2 the
database, 3 a bug whose traceback is in the log), and the database as it was.

Read-only and full disks are real: a small tmpfs mounted for the test (as root; skipped otherwise)."""

import contextlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

import main
from db import integrity
from tests import fixtures_excel as fx
from tests import fixtures_hostile as fh

ROOT = Path(__file__).resolve().parents[1]
COMMANDS = {  # each command as a user runs it, given the database and a folder for its output
    "gaps": lambda db, out: ["gaps", "--db", str(db)],
    "report": lambda db, out: ["report", str(out / "r.pdf"), "--db", str(db)],
    "export": lambda db, out: ["export", str(out / "m.xlsx"), "--db", str(db)],
    "import": lambda db, out: ["import", str(_firm_list(out)), "--db", str(db)],
}


def _firm_list(folder: Path) -> Path:
    path = folder / "list.csv"
    if not path.exists():
        path.write_text("企业名称,所在区\n深圳市新星机器人有限公司,南山区\n", encoding="utf-8")
    return path


def run(capsys, *args) -> tuple[int, str, str]:
    code = main.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def one_line(err: str) -> str:
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    assert "Traceback" not in err
    assert lines[0].startswith("chain-mapper: ")
    return lines[0]


def damage(path: Path, table: str = "firms") -> None:
    """Smash the first page of a table, as a new session finds the file (not yet checked)."""
    fh.smash_page(path, fh.root_page(path, table))
    integrity._verified.clear()


def folder_state(folder: Path) -> dict:
    """Every file in the folder (recursively) with its bytes' digest: what 'left as it was' means."""
    return {str(p.relative_to(folder)): fx.sha256(p) for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(autouse=True)
def _fresh_integrity_cache():
    integrity._verified.clear()  # each test opens its files as a new session would
    yield
    integrity._verified.clear()


@pytest.fixture
def out(tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def _as_root_mount(path: Path, size: str) -> bool:
    if os.geteuid() != 0 or not sys.platform.startswith("linux"):
        return False
    path.mkdir(parents=True, exist_ok=True)
    return subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)],
                          capture_output=True).returncode == 0


@contextlib.contextmanager
def tmpfs(path: Path, size: str = "2m"):
    if not _as_root_mount(path, size):
        pytest.skip("needs root to mount a small tmpfs")
    try:
        yield path
    finally:
        subprocess.run(["umount", "-l", str(path)], capture_output=True)


def remount_read_only(path: Path) -> None:
    subprocess.run(["mount", "-o", "remount,ro", str(path)], check=True, capture_output=True)


# ----- damaged databases ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_a_damaged_database_is_exit_2_and_untouched(command, map_file, out, capsys):
    damage(map_file)
    before = folder_state(map_file.parent)
    code, _, err = run(capsys, *COMMANDS[command](map_file, out))
    assert code == 2, err
    assert "damaged" in one_line(err)
    after = folder_state(map_file.parent)
    assert {k: v for k, v in after.items() if not k.startswith("out/")} == \
           {k: v for k, v in before.items() if not k.startswith("out/")}
    assert not (map_file.parent / "backups").exists()


@pytest.mark.slow
def test_a_damaged_database_over_64_mib_is_never_written_to(map_file, out, capsys):
    """Above 64 MiB the open skips quick_check; the first write of a session runs it, so a damaged change
    log stops the import before its backup and before any row is written."""
    fh.grow(map_file, 65)
    damage(map_file, "change_log")
    before = fx.sha256(map_file)
    code, _, err = run(capsys, *COMMANDS["import"](map_file, out))
    assert code == 2, err
    assert "damaged" in one_line(err)
    assert fx.sha256(map_file) == before
    assert not (map_file.parent / "backups").exists()
    code, _, err = run(capsys, "gaps", "--db", str(map_file))  # reading the damaged table's neighbours works
    assert code in (0, 2) and "Traceback" not in err


def test_the_first_write_of_a_session_checks_the_file(map_file, monkeypatch):
    """The write guard: a file that was not checked when opened (a large one) is checked before it is written."""
    from core import workspace
    from db import connection
    from db.errors import DatabaseCorrupt

    monkeypatch.setattr(connection, "QUICK_CHECK_MAX_BYTES", 0)  # as if the file were large
    integrity._verified.clear()
    db = workspace.open_named(map_file)
    try:
        fh_page = fh.root_page(map_file, "change_log")
        assert not integrity.is_verified(map_file)
        with open(map_file, "r+b") as f:  # damaged behind the open connection's back
            f.seek((fh_page - 1) * fh.page_size(map_file))
            f.write(b"\xa5" * fh.page_size(map_file))
        from core import operations

        with pytest.raises(DatabaseCorrupt):
            operations.set_cells(db, "firms", [operations.Cell(1, "short_name", "新名")])
    finally:
        workspace.close(db)


def test_a_checked_file_is_remembered_until_it_changes(map_file, monkeypatch):
    from core import workspace
    from db import connection

    monkeypatch.setattr(connection, "QUICK_CHECK_MAX_BYTES", 0)
    calls = []
    real = integrity.problem
    monkeypatch.setattr(integrity, "problem", lambda *a, **k: calls.append(1) or real(*a, **k))
    integrity._verified.clear()
    db = workspace.open_named(map_file)
    workspace.ensure_writable(db)
    workspace.close(db)
    assert calls == [1]
    integrity._verified.clear()  # a new session: the cache file answers
    db = workspace.open_named(map_file)
    workspace.ensure_writable(db)
    workspace.close(db)
    assert calls == [1]
    with sqlite3.connect(map_file) as con:  # another program changes the file
        con.execute("UPDATE firms SET notes = 'x' WHERE id = 1")
    integrity._verified.clear()
    db = workspace.open_named(map_file)
    workspace.ensure_writable(db)
    workspace.close(db)
    assert calls == [1, 1]


# ----- locked and busy ----------------------------------------------------------------------------------------------

def test_a_writer_waits_then_says_another_window_is_writing(map_file, out, capsys, monkeypatch):
    from db import connection

    monkeypatch.setattr(connection, "DEFAULT_BUSY_TIMEOUT_MS", 300)
    holder = sqlite3.connect(map_file, timeout=0)
    holder.execute("BEGIN IMMEDIATE")
    holder.execute("UPDATE firms SET notes = 'held' WHERE id = 1")
    before = fx.sha256(map_file)
    try:
        code, _, err = run(capsys, *COMMANDS["import"](map_file, out))
        assert code == 2, err
        assert "another window or program is writing" in one_line(err)
        code, outp, err = run(capsys, "gaps", "--db", str(map_file))  # readers are not blocked (WAL)
        assert code == 0, err
    finally:
        holder.rollback()
        holder.close()
    assert fx.sha256(map_file) == before


def test_an_exclusive_lock_is_exit_2_for_every_command(map_file, out, capsys, monkeypatch):
    from db import connection

    monkeypatch.setattr(connection, "DEFAULT_BUSY_TIMEOUT_MS", 100)
    holder = sqlite3.connect(map_file, timeout=0)
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("UPDATE firms SET notes = 'held' WHERE id = 1")
    try:
        for command in sorted(COMMANDS):
            code, _, err = run(capsys, *COMMANDS[command](map_file, out))
            assert code == 2, (command, err)
            assert "locked" in one_line(err) or "writing" in err
    finally:
        holder.rollback()
        holder.close()


# ----- read-only and full disks ------------------------------------------------------------------------------------

def test_read_only_folder_reads_work_and_writes_are_exit_2(tmp_path, map_file, out, capsys):
    with tmpfs(tmp_path / "ro", "4m") as folder:
        db = folder / "map.sqlite"
        db.write_bytes(map_file.read_bytes())
        remount_read_only(folder)
        before = folder_state(folder)
        for command in ("gaps", "report", "export"):
            code, _, err = run(capsys, *COMMANDS[command](db, out))
            assert code == 0, (command, err)
        code, _, err = run(capsys, *COMMANDS["import"](db, out))
        assert code == 2, err
        assert "read-only" in one_line(err) or "cannot save a backup" in err
        assert folder_state(folder) == before


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="chattr / chmod semantics")
def test_read_only_file_import_is_exit_2(map_file, out, capsys):
    if os.geteuid() == 0:
        if subprocess.run(["chattr", "+i", str(map_file)], capture_output=True).returncode != 0:
            pytest.skip("chattr +i is not available here")
    else:
        map_file.chmod(0o444)
    before = fx.sha256(map_file)
    try:
        code, _, err = run(capsys, "import", str(_firm_list(out)), "--db", str(map_file), "--duplicates", "add")
    finally:
        subprocess.run(["chattr", "-i", str(map_file)], capture_output=True)
        map_file.chmod(0o644)
    assert code == 2, err
    assert "read-only" in one_line(err)
    assert fx.sha256(map_file) == before


def test_full_disk_export_and_report_are_exit_1_and_leave_the_old_file(tmp_path, map_file, capsys):
    with tmpfs(tmp_path / "full", "64k") as folder:
        old = folder / "m.xlsx"
        old.write_bytes(b"old export")
        (folder / "filler").write_bytes(bytes(60 * 1024))
        code, _, err = run(capsys, "export", str(old), "--db", str(map_file))
        assert code == 1, err
        assert "disk is full" in one_line(err) or "cannot" in err
        assert old.read_bytes() == b"old export"
        code, _, err = run(capsys, "report", str(folder / "r.pdf"), "--db", str(map_file))
        assert code == 1, err
        one_line(err)


def test_full_disk_import_and_init_are_exit_2(tmp_path, map_file, capsys):
    with tmpfs(tmp_path / "full", "1200k") as folder:
        db = folder / "map.sqlite"
        db.write_bytes(map_file.read_bytes())
        rows = "\n".join(f"深圳市测试{i:05d}机器人有限公司,南山区,{'备注' * 200}" for i in range(3000))
        big = tmp_path / "big.csv"
        big.write_text("企业名称,所在区,备注\n" + rows + "\n", encoding="utf-8")
        free = os.statvfs(folder).f_bavail * os.statvfs(folder).f_frsize
        (folder / "filler").write_bytes(bytes(max(0, free - 200 * 1024)))
        before = fx.sha256(db)
        code, _, err = run(capsys, "import", str(big), "--db", str(db))
        assert code == 2, err
        line = one_line(err)
        assert "full" in line or "cannot save a backup" in line
        assert fx.sha256(db) == before
        code, _, err = run(capsys, "init", "--db", str(folder / "new.sqlite"))
        assert code == 2, err
        one_line(err)
        assert not (folder / "new.sqlite").exists()
        assert not [p for p in folder.iterdir() if p.name.startswith(".chain-mapper-tmp-")]


# ----- files that vanish -------------------------------------------------------------------------------------------

def test_a_list_removed_after_the_check_is_one_line(tmp_path, map_file, capsys, monkeypatch):
    from core.importing import reading

    path = fh.far_cells(tmp_path / "list.xlsx", "B2", header="企业名称")
    real = reading.open_spreadsheet

    def open_then_remove(p):
        book = real(p)
        Path(p).unlink()
        return book

    monkeypatch.setattr(reading, "open_spreadsheet", open_then_remove)
    before = fx.sha256(map_file)
    code, _, err = run(capsys, "import", str(path), "--db", str(map_file))
    assert code in (0, 1), err
    assert "Traceback" not in err
    if code == 1:
        one_line(err)
        assert fx.sha256(map_file) == before


def test_a_database_removed_after_the_check_is_exit_2_and_not_recreated(map_file, capsys, monkeypatch):
    from db import connection

    real = connection.inspect_schema

    def inspect_then_remove(path, *args):
        applied = real(path, *args)
        Path(path).unlink()
        return applied

    monkeypatch.setattr(connection, "inspect_schema", inspect_then_remove)
    code, _, err = run(capsys, "gaps", "--db", str(map_file))
    assert code == 2, err
    one_line(err)
    assert not map_file.exists()


# ----- values and options -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("command", ["gaps", "report"])
@pytest.mark.parametrize("as_of", ["0000-06", "0000-06-01", "2026-13-01", "明年"])
def test_an_impossible_as_of_date_is_exit_1(command, as_of, map_file, out, capsys):
    args = COMMANDS[command](map_file, out) + ["--as-of", as_of]
    code, _, err = run(capsys, *args)
    assert code == 1, err
    assert as_of in one_line(err)


def test_an_observation_dated_year_zero_is_refused_in_one_line(tmp_path, map_file, capsys):
    path = tmp_path / "obs.csv"
    path.write_text("指标,数值,截至,来源\nEMB2027/E5,900,0000-06,S1\n", encoding="utf-8")
    before = fx.sha256(map_file)
    code, _, err = run(capsys, "import", str(path), "--db", str(map_file), "--table", "observations")
    assert code in (0, 1), err
    assert "Traceback" not in err and "year 0" not in err
    if code == 1:
        assert fx.sha256(map_file) == before
    with sqlite3.connect(map_file) as con:
        assert con.execute("SELECT count(*) FROM observations WHERE as_of LIKE '0000%'").fetchone()[0] == 0


# ----- bugs -----------------------------------------------------------------------------------------------------------

def test_a_bug_is_one_line_exit_3_and_its_traceback_is_in_the_log(map_file, capsys, monkeypatch, tmp_path):
    def broken(*_args, **_kwargs):
        raise ZeroDivisionError("a bug in the analysis")

    monkeypatch.setattr("core.analysis.database.analyse_database", broken)
    code, _, err = run(capsys, "gaps", "--db", str(map_file))
    assert code == 3
    line = one_line(err)
    assert "internal error" in line and "ZeroDivisionError" in line
    from core import logs

    log = logs.log_path()
    assert log is not None and str(log) in line
    assert "Traceback" in log.read_text(encoding="utf-8") and "a bug in the analysis" in log.read_text("utf-8")


def test_an_unknown_plan_through_the_real_entry_point_shows_no_traceback(tmp_path, map_file):
    """Through the real entry point, with the excepthook installed for whatever escapes main()."""
    env = dict(os.environ, CHAIN_MAPPER_HOME=str(tmp_path / "home"))
    proc = subprocess.run([sys.executable, "-c", "import main, sys; sys.exit(main.main(['gaps', '--db', "
                           f"{str(map_file)!r}, '--plan', 'NOPE', '--format', 'json']))"],
                          capture_output=True, text=True, cwd=ROOT, env=env, timeout=120)
    assert "Traceback" not in proc.stderr
    assert proc.returncode in (0, 1)


# ----- the app without a display or with a bad database ------------------------------------------------------------

@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 display check")
def test_gui_without_a_display_is_one_line(capsys, monkeypatch):
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    code, _, err = run(capsys, "gui")
    assert code == 1
    assert "no display" in one_line(err)


def test_gui_with_a_damaged_database_is_exit_2_with_a_message_box(map_file, capsys, monkeypatch, qapp):
    from gui import messages

    shown = []
    monkeypatch.setattr(messages, "error", lambda parent, title, text, details=None: shown.append(text))
    damage(map_file)
    code, _, err = run(capsys, "gui", "--db", str(map_file))
    assert code == 2
    assert "damaged" in one_line(err)
    assert shown and str(map_file) in shown[0]


# ----- two writers and a reader ---------------------------------------------------------------------------------

@pytest.mark.slow
def test_two_writers_and_a_reader_lose_nothing(tmp_path):
    """bench/stress_writers.py for a few seconds (a minute from the command line)."""
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        import stress_writers
    finally:
        sys.path.remove(str(ROOT / "bench"))
    summary = stress_writers.run(3, tmp_path / "map.sqlite")
    assert summary["increments"] > 0
    assert summary["lost_updates"] == 0 and summary["counter"] == summary["logged_updates"]
    assert summary["tracebacks"] == 0 and summary["quick_check"] == "ok"


# ----- fresh files stay as they were ----------------------------------------------------------------------------

def test_init_makes_the_file_in_its_final_journal_mode_and_reading_leaves_it_byte_identical(tmp_path, out, capsys):
    folder = tmp_path / "maps"
    folder.mkdir()
    db = folder / "map.sqlite"
    assert run(capsys, "init", "--db", str(db))[0] == 0
    header = db.read_bytes()[:100]
    assert header[18] == header[19] == 2  # WAL from the start: the first open changes nothing
    assert sorted(p.name for p in folder.iterdir()) == ["map.sqlite"]
    before = folder_state(folder)
    bad = out / "bad.csv"
    bad.write_text("企业名称,员工人数\n深圳市坏值机器人有限公司,很多\n", encoding="utf-8")
    for args in (["gaps"], ["gaps", "--format", "json"], ["report", str(out / "r.pdf")],
                 ["export", str(out / "m.xlsx")], ["export", str(out / "f.csv")],
                 ["import", str(_firm_list(out)), "--dry-run"], ["import", str(bad), "--strict"]):
        integrity._verified.clear()
        code, _, err = run(capsys, *args, "--db", str(db))
        assert code in (0, 1) and "Traceback" not in err, (args, err)
        assert folder_state(folder) == before, args  # no -wal, -shm, backup or temporary file left behind



@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 display check")
def test_gui_with_a_display_that_does_not_answer_is_one_line(capsys, monkeypatch):
    monkeypatch.setenv("DISPLAY", ":97")
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    if Path("/tmp/.X11-unix/X97").exists():
        pytest.skip("a display :97 exists here")
    code, _, err = run(capsys, "gui")
    assert code == 1
    assert "does not answer" in one_line(err)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="chattr / chmod semantics")
@pytest.mark.parametrize("command", ["gaps", "report", "export"])
def test_a_read_only_database_file_can_be_read(command, map_file, out, capsys):
    if os.geteuid() == 0:
        if subprocess.run(["chattr", "+i", str(map_file)], capture_output=True).returncode != 0:
            pytest.skip("chattr +i is not available here")
    else:
        map_file.chmod(0o444)
    try:
        before = fx.sha256(map_file)
        code, _, err = run(capsys, *COMMANDS[command](map_file, out))
    finally:
        subprocess.run(["chattr", "-i", str(map_file)], capture_output=True)
        map_file.chmod(0o644)
    assert code == 0, err
    assert fx.sha256(map_file) == before


def test_the_gui_can_tell_whether_a_check_is_due(map_file, monkeypatch):
    from core import workspace
    from db import connection

    monkeypatch.setattr(connection, "QUICK_CHECK_MAX_BYTES", 0)
    integrity._verified.clear()
    db = workspace.open_named(map_file)
    try:
        assert workspace.needs_check(db)
        cancelled = []
        with pytest.raises(integrity.CheckCancelled):
            workspace.ensure_writable(db, cancelled=lambda: cancelled.append(1) or True)
        assert workspace.needs_check(db)
        workspace.ensure_writable(db)
        assert not workspace.needs_check(db)
    finally:
        workspace.close(db)


def test_connections_left_open_at_exit_leave_no_wal_or_shm(map_file):
    """A window or a job that never closed its connection: at exit the files beside the database go too."""
    code = ("import sys; from core import workspace; db = workspace.open_named(sys.argv[1]); "
            "db.execute('SELECT count(*) FROM firms').fetchall(); "
            "other = workspace.open_for_worker(sys.argv[1])")
    before = fx.sha256(map_file)
    proc = subprocess.run([sys.executable, "-c", code, str(map_file)], cwd=ROOT, capture_output=True, text=True,
                          timeout=60, env=dict(os.environ, CHAIN_MAPPER_HOME=str(map_file.parent / "home")))
    assert proc.returncode == 0, proc.stderr
    assert sorted(p.name for p in map_file.parent.iterdir() if p.name.startswith("map")) == ["map.sqlite"]
    assert fx.sha256(map_file) == before


def test_read_only_folder_with_changes_still_in_the_wal_is_refused(tmp_path, map_file, out, capsys):
    with tmpfs(tmp_path / "ro", "4m") as folder:
        db = folder / "map.sqlite"
        db.write_bytes(map_file.read_bytes())
        writer = ("import os, sqlite3, sys; c = sqlite3.connect(sys.argv[1]); c.execute('PRAGMA wal_autocheckpoint=0');"
                  "c.execute(\"UPDATE firms SET notes = 'unsaved' WHERE id = 1\"); c.commit(); os._exit(0)")
        subprocess.run([sys.executable, "-c", writer, str(db)], check=True)
        assert Path(f"{db}-wal").stat().st_size > 0  # as a program that was killed, or is still writing, leaves it
        remount_read_only(folder)
        code, _, err = run(capsys, *COMMANDS["gaps"](db, out))
        assert code == 2, err
        assert "another program has unsaved changes" in one_line(err)
