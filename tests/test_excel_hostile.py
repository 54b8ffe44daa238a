"""Hostile and broken files: a one-line message naming the file (and sheet/row/column), exit code 1, and a
database left byte for byte as it was (no backup made either)."""

import resource
import subprocess
import sys
import time
from pathlib import Path

import openpyxl
import pytest

import main
from core import backup
from core.exporting.workbook import export_workbook
from db.connection import open_database
from tests import fixtures_excel as fx

ROOT = Path(__file__).resolve().parents[1]


def refused(capsys, map_file, path, *extra) -> str:
    """Import ``path``: exit 1, one line on stderr naming the file, the database untouched. Returns the line."""
    before = fx.sha256(map_file)
    code = main.main(["import", str(path), "--db", str(map_file), *extra])
    err = capsys.readouterr().err
    lines = [line for line in err.splitlines() if line.strip()]
    assert code == 1, err
    assert "Traceback" not in err
    assert lines and str(path) in lines[-1], err
    assert fx.sha256(map_file) == before
    assert not Path(str(map_file) + "-wal").exists()
    assert backup.backups_of(map_file) == []
    return lines[0] if len(lines) == 1 else "\n".join(lines)


def test_not_a_spreadsheet(tmp_path, map_file, capsys):
    line = refused(capsys, map_file, fx.png_named_xlsx(tmp_path / "photo.xlsx"))
    assert "not a spreadsheet (an image)" in line
    text = tmp_path / "notes.xlsx"
    text.write_text("just some notes\n", encoding="utf-8")
    assert "not a spreadsheet" in refused(capsys, map_file, text)
    html = tmp_path / "web.xls"
    html.write_text("<html><table><tr><td>企业</td></tr></table></html>", encoding="utf-8")
    assert "HTML" in refused(capsys, map_file, html)


def test_empty_file(tmp_path, map_file, capsys):
    for name in ("empty.xlsx", "empty.csv"):
        path = tmp_path / name
        path.write_bytes(b"")
        assert "the file is empty" in refused(capsys, map_file, path)


def test_password_protected_workbook(tmp_path, map_file, capsys):
    line = refused(capsys, map_file, fx.encrypted_ooxml(tmp_path / "secret.xlsx"))
    assert "password-protected" in line


def test_truncated_zip(small_db, tmp_path, map_file, capsys):
    whole = tmp_path / "whole.xlsx"
    export_workbook(small_db, whole)
    for keep in (0.5, 0.97):
        line = refused(capsys, map_file, fx.truncated(whole, tmp_path / f"cut{keep}.xlsx", keep))
        assert "damaged or incomplete" in line


def test_zip_bomb_is_refused_quickly_and_in_little_memory(tmp_path, map_file, capsys):
    bomb = fx.zip_bomb(tmp_path / "bomb.xlsx", gigabytes=2)
    assert bomb.stat().st_size < 4_000_000
    started = time.perf_counter()
    line = refused(capsys, map_file, bomb)
    assert time.perf_counter() - started < 1.0
    assert "zip bomb" in line and "2,048 MB" in line
    assert "zip bomb" in refused(capsys, map_file, fx.ratio_bomb(tmp_path / "ratio.xlsx"))
    assert "damaged" in refused(capsys, map_file, fx.lying_zip_bomb(tmp_path / "lying.xlsx"))


@pytest.mark.slow
def test_zip_bomb_memory_in_a_fresh_process(tmp_path, map_file):
    bomb = fx.lying_zip_bomb(tmp_path / "lying.xlsx", gigabytes=2)
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    proc = subprocess.run([sys.executable, str(ROOT / "main.py"), "import", str(bomb), "--db", str(map_file)],
                          capture_output=True, text=True, timeout=60, cwd=tmp_path)
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    assert proc.returncode == 1 and proc.stderr.count("\n") == 1, proc.stderr
    assert max(peak_mb, before / 1024) < 300


def test_xml_entity_expansion(tmp_path, map_file, capsys):
    line = refused(capsys, map_file, fx.entity_bomb(tmp_path / "laughs.xlsx"))
    assert "XML entities" in line


def test_a_million_rows_is_refused_with_the_limit(tmp_path, map_file, capsys):
    path = fx.million_rows(tmp_path / "big.xlsx")
    assert path.stat().st_size < 2_000_000
    line = refused(capsys, map_file, path)
    assert "sheet '企业' has 1,000,001 rows; the limit is 500,000" in line


def _exported(small_db, tmp_path, tables=("firms", "capabilities")):
    path = tmp_path / "map.xlsx"
    export_workbook(small_db, path, tables=list(tables), analysis=False)
    return path


def test_wrong_types(small_db, tmp_path, map_file, capsys):
    path = _exported(small_db, tmp_path)
    book = openpyxl.load_workbook(path)
    book["企业 Firms"]["J4"] = "明年"  # 成立年份
    book.save(path)
    line = refused(capsys, map_file, path)
    assert "sheet '企业 Firms', row 4, column J 成立年份: '明年' — '明年' is not a year like 2025 " \
           "(nothing was imported)" in line


def test_unknown_reference(small_db, tmp_path, map_file, capsys):
    path = _exported(small_db, tmp_path)
    book = openpyxl.load_workbook(path)
    book["供应能力 Capabilities"]["C3"] = "量子引擎"
    book.save(path)
    line = refused(capsys, map_file, path)
    assert "sheet '供应能力 Capabilities', row 3, column C 部件*: '量子引擎' — no Components entry named '量子引擎'" in line


def test_duplicate_keys(small_db, tmp_path, map_file, capsys):
    path = _exported(small_db, tmp_path)
    book = openpyxl.load_workbook(path)
    book["企业 Firms"]["A5"] = 2
    book.save(path)
    line = refused(capsys, map_file, path)
    assert "sheet '企业 Firms', row 5, column A 系统编号: '2' — the same key as row 4" in line


def test_formula_without_a_saved_value(small_db, tmp_path, map_file, capsys):
    path = _exported(small_db, tmp_path)
    book = openpyxl.load_workbook(path)
    book["企业 Firms"]["M3"] = "=1000+1"  # openpyxl writes the formula only, never a value
    book.save(path)
    line = refused(capsys, map_file, path)
    assert "sheet '企业 Firms', row 3, column M 员工人数: a formula without a saved value" in line


@pytest.mark.skipif(fx.libreoffice() is None, reason="LibreOffice is not installed")
@pytest.mark.slow
def test_formula_with_a_saved_value_is_read_never_calculated(small_db, tmp_path, map_file, capsys):
    path = _exported(small_db, tmp_path)
    book = openpyxl.load_workbook(path)
    book["企业 Firms"]["M3"] = "=1000+1"
    book.save(path)
    saved = fx.libreoffice_convert(path, tmp_path / "lo", "xlsx:Calc MS Excel 2007 XML")  # calculates and saves
    assert main.main(["import", str(saved), "--dry-run", "--db", str(map_file)]) == 0
    out = capsys.readouterr().out
    assert "员工人数 （空） → 1001" in out and "1 formula cell(s) read as their saved values" in out


def test_unknown_sheet_and_unreadable_header(tmp_path, map_file, capsys):
    book = openpyxl.Workbook()
    book.active.append(["x", "y"])
    book.active.append([1, 2])
    path = tmp_path / "odd.xlsx"
    book.save(path)
    assert "no sheet named 'nope'" in refused(capsys, map_file, path, "--sheet", "nope")
    assert "no header row found" in refused(capsys, map_file, path)


def test_a_bad_database_is_still_exit_code_2(small_db, tmp_path, capsys):
    path = _exported(small_db, tmp_path)
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"not a database at all")
    assert main.main(["import", str(path), "--db", str(bad)]) == 2
    assert "bad.sqlite" in capsys.readouterr().err


def test_the_database_is_unchanged_after_a_dry_run(small_db, tmp_path, map_file, capsys):
    path = _exported(small_db, tmp_path)
    book = openpyxl.load_workbook(path)
    book["企业 Firms"]["M3"] = 123
    book.save(path)
    before = fx.sha256(map_file)
    assert main.main(["import", str(path), "--dry-run", "--db", str(map_file)]) == 0
    assert "1 to change" in capsys.readouterr().out
    assert fx.sha256(map_file) == before
    db = open_database(map_file)
    assert db.execute("SELECT employees FROM firms WHERE id = 1").fetchone()[0] is None
    db.conn.close()
