"""Exports are written whole or not at all: a failed, cancelled or killed export leaves an earlier file of the
same name byte for byte as it was and nothing else behind; a full or read-only disk ends in one line (exit 1);
exported files get the permissions of a normally created file."""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import openpyxl
import pytest

import main
from core import atomic
from core.exporting.failures import ExportError
from core.exporting.workbook import export_csv, export_workbook
from db import changes

ROOT = Path(__file__).resolve().parents[1]


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def only(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


class Stop(Exception):
    pass


def test_atomic_path_keeps_the_old_file_when_writing_fails(tmp_path):
    target = tmp_path / "out.csv"
    target.write_text("old")
    with pytest.raises(Stop), atomic.atomic_path(target) as tmp:
        tmp.write_text("half")
        raise Stop()
    assert target.read_text() == "old"
    assert only(tmp_path) == ["out.csv"]


def test_new_files_get_the_umask_mode_and_replaced_files_keep_theirs(tmp_path):
    old_mask = os.umask(0o022)
    try:
        target = tmp_path / "new.csv"
        with atomic.atomic_path(target) as tmp:
            tmp.write_text("x")
        assert stat.S_IMODE(target.stat().st_mode) == 0o644  # not mkstemp's 0600
        target.chmod(0o640)
        with atomic.atomic_path(target) as tmp:
            tmp.write_text("y")
        assert stat.S_IMODE(target.stat().st_mode) == 0o640 and target.read_text() == "y"
    finally:
        os.umask(old_mask)


def test_remove_stale_takes_leftovers_of_dead_processes_and_old_ones_only(tmp_path):
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True,
                          text=True).stdout.strip()
    leftover = tmp_path / f"{atomic.PREFIX}{dead}-1.xlsx"
    leftover.write_bytes(b"")
    scratch = tmp_path / f"{atomic.PREFIX}{dead}-2.d"
    scratch.mkdir()
    (scratch / "tmpab12").write_bytes(b"x" * 1000)
    mine = tmp_path / f"{atomic.PREFIX}{os.getpid()}-3.xlsx"  # this process: still writing it
    mine.write_bytes(b"")
    old_mine = tmp_path / f"{atomic.PREFIX}{os.getpid()}-4.csv"
    old_mine.write_bytes(b"")
    os.utime(old_mine, (time.time() - 2 * atomic.STALE_SECONDS,) * 2)
    other = tmp_path / "map.xlsx"
    other.write_bytes(b"keep")
    assert atomic.remove_stale(tmp_path) == 3
    assert only(tmp_path) == sorted([mine.name, "map.xlsx"])


def test_a_failing_workbook_export_leaves_the_old_file_and_nothing_else(small_db, tmp_path):
    target = tmp_path / "map.xlsx"
    export_workbook(small_db, target)
    before = sha256(target)
    seen = []

    def fail(table, done, total):
        seen.append(only(tmp_path))
        raise Stop()

    with pytest.raises(Stop):
        export_workbook(small_db, target, progress=fail)
    # while writing, the temporary file and xlsxwriter's scratch folder sat beside the target
    assert any(name.startswith(atomic.PREFIX) and name.endswith(".d") for name in seen[0])
    assert sha256(target) == before
    assert only(tmp_path) == ["map.xlsx"]


def test_xlsxwriter_temp_files_stay_out_of_the_system_temp_folder(small_db, tmp_path, monkeypatch):
    system_tmp = tmp_path / "system-tmp"
    system_tmp.mkdir()
    monkeypatch.setenv("TMPDIR", str(system_tmp))
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", None)  # re-read TMPDIR
    out = tmp_path / "out"
    out.mkdir()
    export_workbook(small_db, out / "map.xlsx")
    assert list(system_tmp.iterdir()) == []
    assert only(out) == ["map.xlsx"]


def test_a_failing_csv_export_leaves_the_old_file(small_db, tmp_path):
    target = tmp_path / "firms.csv"
    target.write_text("old list\n", encoding="utf-8")

    def fail(table, done, total):
        raise Stop()

    with pytest.raises(Stop):
        export_csv(small_db, "firms", target, progress=fail)
    assert target.read_text(encoding="utf-8") == "old list\n"
    assert only(tmp_path) == ["firms.csv"]
    assert export_csv(small_db, "firms", target) == 5
    assert "深圳市优必选科技股份有限公司" in target.read_text(encoding="utf-8-sig")


def test_xlsxwriter_file_create_error_is_one_line(small_db, tmp_path, monkeypatch):
    import xlsxwriter

    def full(self):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(xlsxwriter.Workbook, "_store_workbook", full)
    target = tmp_path / "map.xlsx"
    target.write_bytes(b"an earlier export")
    with pytest.raises(ExportError) as caught:
        export_workbook(small_db, target)
    assert caught.value.code == "export_disk_full"
    assert str(caught.value) == (f"{target}: the disk is full. Nothing was written and an earlier file of that "
                                 "name is unchanged; free some space or choose another folder")
    assert target.read_bytes() == b"an earlier export" and only(tmp_path) == ["map.xlsx"]


# ----- a killed export ------------------------------------------------------------------------------------

KILLED = """
import sys, time
sys.path.insert(0, {root!r})
from db.connection import open_database
from core.exporting.workbook import export_workbook
db = open_database({db!r})
def stall(table, done, total):
    open({flag!r}, "w").close()
    time.sleep(60)
export_workbook(db, {out!r}, progress=stall)
"""


def test_a_killed_export_leaves_the_old_file_and_the_next_export_cleans_up(map_file, tmp_path):
    from db.connection import open_database

    out = tmp_path / "out"
    out.mkdir()
    target = out / "map.xlsx"
    db = open_database(map_file)
    try:
        export_workbook(db, target)
        before = sha256(target)
        flag = tmp_path / "writing"
        proc = subprocess.Popen([sys.executable, "-c", KILLED.format(root=str(ROOT), db=str(map_file), flag=str(flag),
                                                                     out=str(target))])
        try:
            deadline = time.monotonic() + 60
            while not flag.exists() and proc.poll() is None and time.monotonic() < deadline:
                time.sleep(0.05)
            assert flag.exists(), "the export never started writing rows"
            os.kill(proc.pid, signal.SIGKILL)
        finally:
            proc.wait(timeout=30)
        assert sha256(target) == before
        leftovers = [n for n in only(out) if n.startswith(atomic.PREFIX)]
        assert leftovers  # the dead export's scratch folder (and perhaps its temporary file)
        changes.insert_row(db, "firms", {"name_zh": "杀后再导出公司"})
        export_workbook(db, target)
    finally:
        db.conn.close()
    assert only(out) == ["map.xlsx"]
    names = [r[1] for r in openpyxl.load_workbook(target)["企业 Firms"].iter_rows(min_row=3, values_only=True)]
    assert "杀后再导出公司" in names


# ----- full and read-only disks ---------------------------------------------------------------------------

@contextlib.contextmanager
def small_disk(folder: Path, size: str, *, read_only: bool = False):
    """A tmpfs of ``size`` mounted at ``folder`` (root only); skips the test where it cannot be made."""
    folder.mkdir(parents=True, exist_ok=True)
    options = f"size={size}" + (",ro" if read_only else "")
    made = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(folder)], capture_output=True)
    if made.returncode != 0:
        pytest.skip("cannot mount a small tmpfs here (needs root)")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True)


def fill(folder: Path, leave: int) -> None:
    """Fill the disk until about ``leave`` bytes are free."""
    fd = os.open(folder / "filler", os.O_WRONLY | os.O_CREAT)
    try:
        with contextlib.suppress(OSError):
            while True:
                os.write(fd, b"\0" * 4096)
        size = os.lseek(fd, 0, os.SEEK_END)
        os.ftruncate(fd, max(0, size - leave))
    finally:
        os.close(fd)


@pytest.mark.skipif(os.name != "posix", reason="tmpfs")
@pytest.mark.parametrize("free", [0, 24 * 1024])  # full before the export starts; full half-way through it
def test_a_full_disk_ends_in_one_line_and_keeps_the_old_file(map_file, tmp_path, capsys, free):
    with small_disk(tmp_path / "disk", "512k") as disk:
        target = disk / "map.xlsx"
        assert main.main(["export", str(target), "--db", str(map_file)]) == 0
        csv_target = disk / "firms.csv"
        assert main.main(["export", str(csv_target), "--db", str(map_file)]) == 0
        assert target.stat().st_size > free  # the new workbook cannot fit
        before, csv_before = sha256(target), sha256(csv_target)
        fill(disk, leave=free)
        capsys.readouterr()
        for out, digest in ((target, before), (csv_target, csv_before))[: 2 if free == 0 else 1]:
            assert main.main(["export", str(out), "--db", str(map_file)]) == 1
            err = capsys.readouterr().err
            assert err.count("\n") == 1 and "the disk is full" in err and "Traceback" not in err, err
            assert sha256(out) == digest
        assert only(disk) == ["filler", "firms.csv", "map.xlsx"]


@pytest.mark.skipif(os.name != "posix", reason="permissions")
def test_a_read_only_folder_ends_in_one_line(map_file, tmp_path, capsys):
    folder = tmp_path / "locked"
    if os.geteuid() == 0:  # root writes through permission bits: a read-only mount
        context = small_disk(folder, "64k", read_only=True)
        expected = "the disk is read-only"
    else:
        folder.mkdir()
        folder.chmod(0o555)
        context = contextlib.nullcontext(folder)
        expected = "cannot write there"
    try:
        with context:
            for name in ("map.xlsx", "firms.csv"):
                assert main.main(["export", str(folder / name), "--db", str(map_file)]) == 1
                err = capsys.readouterr().err
                assert err.count("\n") == 1 and expected in err and "Traceback" not in err, err
            assert list(folder.iterdir()) == []
    finally:
        with contextlib.suppress(OSError):
            folder.chmod(0o755)
