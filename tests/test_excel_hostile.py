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
from tests import fixtures_hostile as fh

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


# ----- sheets that ask for more memory than their bytes (issue 13) ------------------------------------------------

def refused_in_a_fresh_process(map_file, path, *extra) -> tuple[str, float, float]:
    """Import in a child process: exit 1, one line, the database untouched; returns (line, seconds, peak MB)."""
    before = fx.sha256(map_file)
    started = time.perf_counter()
    proc = subprocess.run([sys.executable, str(ROOT / "main.py"), "import", str(path), "--db", str(map_file),
                           *extra], capture_output=True, text=True, timeout=120, cwd=ROOT,
                          preexec_fn=_limit_memory)
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    assert proc.returncode == 1, proc.stderr[-2000:]
    assert len(lines) == 1 and "Traceback" not in proc.stderr, proc.stderr[-2000:]
    assert fx.sha256(map_file) == before
    return lines[0], seconds, peak


def _limit_memory():
    # A native abort or a runaway allocation fails here, not on the machine: 1.5 GB of address space.
    resource.setrlimit(resource.RLIMIT_AS, (1536 * 1024 * 1024, 1536 * 1024 * 1024))


@pytest.mark.parametrize("far, words", [
    ("XFD1048576", "down to row 1,048,576"),  # the corner of the sheet: 512 GB as calamine's rectangle
    ("ALL600000", "down to row 600,000"),
    ("AMA2", "out to column AMA"),  # column 1,041
])
def test_cells_beyond_the_limits_are_refused_before_any_parse(tmp_path, map_file, capsys, far, words):
    path = fh.far_cells(tmp_path / "far.xlsx", far)
    assert path.stat().st_size < 2000
    line = refused(capsys, map_file, path)
    assert words in line and "the limit is" in line


@pytest.mark.slow
def test_far_cells_cost_no_memory_in_a_fresh_process(tmp_path, map_file):
    for far in ("XFD1048576", "ALL499999"):
        path = fh.far_cells(tmp_path / f"{far}.xlsx", far, header="无关的标题")
        line, seconds, peak = refused_in_a_fresh_process(map_file, path)
        assert seconds < 5 and peak < 400, (far, seconds, peak, line)


def test_far_cells_inside_the_limits_are_read_cell_by_cell(tmp_path, map_file, capsys):
    """A1 and ALL499999: 500 million slots for calamine (16 GB); the sparse reader reads two cells."""
    from core.importing.reading import open_spreadsheet

    rows = [["企业名称", "所在区"], ["深圳市远方机器人有限公司", "南山区"]]
    cells = [("A1", "企业名称"), ("B1", "所在区"), ("A2", rows[1][0]), ("B2", "南山区"), ("ALL499999", "x")]
    path = fx.minimal_xlsx(tmp_path / "far.xlsx", [], sheet_xml=fh.sheet_xml(cells))
    with open_spreadsheet(path) as book:
        assert book._reader("企业") == "sparse"
        read = list(book.rows("企业"))
    assert len(read) == 499_999
    assert read[:2] == rows
    assert read[-1][999] == "x" and len(read[-1]) == 1000
    assert main.main(["import", str(path), "--db", str(map_file), "--dry-run"]) == 0
    assert "1 to add" in capsys.readouterr().out


def test_a_lying_dimension_is_ignored(tmp_path):
    from core.importing.reading import open_spreadsheet

    path = fx.minimal_xlsx(tmp_path / "dim.xlsx", [], sheet_xml=fh.sheet_xml(
        [("A1", "企业名称"), ("A2", "优必选")], dimension="A1:XFD1048576"))
    with open_spreadsheet(path) as book:
        assert book._reader("企业") == "calamine"
        assert list(book.rows("企业")) == [["企业名称"], ["优必选"]]


def test_a_lying_shared_string_count_is_refused(tmp_path, map_file, capsys):
    line = refused(capsys, map_file, fh.lying_shared_strings(tmp_path / "sst.xlsx"))
    assert "claims 4,294,967,295 strings and holds 2" in line


def test_cells_without_coordinates_are_measured_exactly(tmp_path):
    """Rows and cells may leave out their r="…" (placed by counting); the byte search cannot place them,
    the exact scan does, as calamine would."""
    from core.importing.reading import open_spreadsheet

    xml = fx.SHEET_HEAD + ('<row><c t="inlineStr"><is><t>企业名称</t></is></c><c t="inlineStr"><is><t>所在区</t>'
                           '</is></c></row><row><c t="inlineStr"><is><t>优必选</t></is></c></row>') + fx.SHEET_TAIL
    path = fx.minimal_xlsx(tmp_path / "noref.xlsx", [], sheet_xml=xml)
    with open_spreadsheet(path) as book:
        assert book.info("企业").extent.irregular
        assert book._reader("企业") == "calamine"
        assert book.info("企业").extent.exact and book.info("企业").extent.max_col == 2
        assert [r[:2] for r in book.rows("企业")] == [["企业名称", "所在区"], ["优必选", ""]]


def test_a_merge_reaching_the_sheets_corner_is_cut_to_the_cells(tmp_path):
    from core.importing.reading import open_spreadsheet

    xml = fh.sheet_xml([("A1", "企业名称"), ("A2", "优必选"), ("B2", 3)]).replace(
        "</worksheet>", '<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells></worksheet>')
    path = fx.minimal_xlsx(tmp_path / "merged.xlsx", [], sheet_xml=xml)
    with open_spreadsheet(path) as book:
        assert book.merged_ranges("企业") == [((0, 0), (1, 1))]


def test_an_xls_with_one_cell_at_iv65536_is_refused_before_calamine(tmp_path, map_file, capsys):
    path = fh.xls(tmp_path / "far.xls", {"企业": [(0, 0, "企业名称"), (65535, 255, "x")]})
    assert path.stat().st_size < 10_000
    line = refused(capsys, map_file, path)
    assert "spans A1:IV65536" in line and "MB to read" in line


def test_a_small_xls_is_read(tmp_path):
    from core.importing.reading import open_spreadsheet

    path = fh.xls(tmp_path / "list.xls", {"企业": [(0, 0, "企业名称"), (0, 1, "员工人数"), (1, 0, "优必选"),
                                                (1, 1, 1200)]})
    with open_spreadsheet(path) as book:
        assert list(book.rows("企业")) == [["企业名称", "员工人数"], ["优必选", 1200.0]]


def test_an_ods_whose_repeats_reach_far_is_refused_before_calamine(tmp_path, map_file, capsys):
    path = fh.ods_far_cell(tmp_path / "far.ods")
    line = refused(capsys, map_file, path)
    assert "spans A1:ALL40002" in line


def test_an_ods_with_trailing_empty_rows_to_the_sheets_end_is_read(tmp_path):
    from core.importing.reading import open_spreadsheet

    path = fh.ods(tmp_path / "list.ods", f'<table:table-row>{fh.ods_cell("企业名称")}</table:table-row>'
                                          f'<table:table-row>{fh.ods_cell("优必选")}</table:table-row>'
                                          '<table:table-row table:number-rows-repeated="1048574">'
                                          '<table:table-cell table:number-columns-repeated="16384"/>'
                                          '</table:table-row>')
    with open_spreadsheet(path) as book:
        assert list(book.rows("企业")) == [["企业名称"], ["优必选"]]


# ----- CSV ----------------------------------------------------------------------------------------------------------

def test_a_sea_of_commas_is_refused_in_the_first_megabyte(tmp_path, map_file, capsys):
    path = tmp_path / "commas.csv"
    path.write_bytes(b"," * (8 * 1024 * 1024))  # the 100 MB behaves the same: refused at 1 MB
    started = time.perf_counter()
    line = refused(capsys, map_file, path)
    assert "line 1 is longer than 1,000,000 characters" in line
    assert time.perf_counter() - started < 5


def test_cr_only_line_endings_count_towards_the_row_limit(tmp_path, map_file, capsys):
    path = tmp_path / "mac.csv"
    path.write_bytes(("企业名称\r" + "优必选\r" * 500_001).encode())
    assert "500,002 rows; the limit is 500,000" in refused(capsys, map_file, path)


def test_cr_only_lines_are_rows(tmp_path):
    from core.importing.reading import open_spreadsheet

    path = tmp_path / "mac.csv"
    path.write_bytes("企业名称,所在区\r优必选,南山区\r\"乐聚\r机器人\",福田区\r".encode())
    with open_spreadsheet(path) as book:
        assert list(book.rows("mac")) == [["企业名称", "所在区"], ["优必选", "南山区"], ["乐聚\r机器人", "福田区"]]


def test_a_field_over_csvs_limit_is_one_line_naming_the_row(tmp_path, map_file, capsys):
    path = tmp_path / "long.csv"
    path.write_text("企业名称,备注\n优必选,短\n乐聚," + "长" * 140_000 + "\n", encoding="utf-8")
    line = refused(capsys, map_file, path)
    assert "row 3: a field is longer than 131,072 characters" in line


def test_a_csv_over_the_byte_budget_is_refused_without_reading(tmp_path, map_file, capsys, monkeypatch):
    from core.importing import reading_csv

    monkeypatch.setattr(reading_csv, "MAX_CSV_BYTES", 1024)
    path = tmp_path / "big.csv"
    path.write_text("企业名称\n" + "优必选\n" * 400, encoding="utf-8")
    assert "the limit for a CSV file is" in refused(capsys, map_file, path)


@pytest.mark.parametrize("encoding", ["big5", "gb18030", "utf-16", "utf-8-sig"])
def test_csv_encodings(tmp_path, encoding):
    from core.importing.reading import open_spreadsheet

    rows = [["企業名稱", "地區"], ["優必選科技股份有限公司", "南山區"]] if encoding == "big5" else \
        [["企业名称", "所在区"], ["优必选科技股份有限公司", "南山区"]]
    path = tmp_path / "list.csv"
    path.write_bytes(("\r\n".join(",".join(r) for r in rows) + "\r\n").encode(encoding))
    with open_spreadsheet(path) as book:
        assert list(book.rows("list")) == rows


# ----- refused values, through the import paths (CSV and our own workbook) -------------------------------------------

BAD_VALUES = [  # (column header, text, the refusal's words)
    ("员工人数", "inf", "is not a number"),
    ("员工人数", "NaN", "is not a number"),
    ("估值（亿元）", "12.5¹", "footnote mark"),
    ("估值（亿元）", "１００②", "footnote mark"),
    ("估值（亿元）", "12,5", "ambiguous"),
    ("估值（亿元）", "12.5%", "percentage"),
    ("企业名称", "优必选\x01科技", "control characters"),
    ("企业名称", "长" * 40_000, "the limit is 32,767"),
]


def _stored_firm_values(map_file) -> list:
    import sqlite3

    con = sqlite3.connect(map_file)
    try:
        return con.execute("SELECT name_zh, valuation_cny, employees FROM firms ORDER BY id").fetchall()
    finally:
        con.close()


@pytest.mark.parametrize("header, text, words", BAD_VALUES, ids=[f"{h}-{t[:8]}" for h, t, _w in BAD_VALUES])
def test_bad_values_in_a_csv_list_are_never_stored(tmp_path, map_file, capsys, header, text, words):
    columns = ["企业名称", "所在区"] + ([header] if header != "企业名称" else [])
    name = text if header == "企业名称" else "深圳市值测机器人有限公司"
    values = [name, "南山区"] + ([text] if header != "企业名称" else [])
    path = tmp_path / "list.csv"
    path.write_text(",".join(columns) + "\n" + ",".join(f'"{v}"' for v in values) + "\n", encoding="utf-8")
    before = _stored_firm_values(map_file)
    code = main.main(["import", str(path), "--db", str(map_file), "--duplicates", "add"])
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    assert words in out + err
    after = _stored_firm_values(map_file)
    new = [row for row in after if row not in before]
    assert code in (0, 1)
    for row in new:  # a partial import may keep the row without the refused cell, never with a wrong value
        assert text not in [str(v) for v in row]
        assert row[1] is None and row[2] is None


def test_a_time_of_day_in_a_date_column_of_our_workbook_is_refused(small_db, tmp_path, map_file, capsys):
    path = _exported(small_db, tmp_path, tables=("plans",))
    book = openpyxl.load_workbook(path)
    sheet = next(ws for ws in book.worksheets if "Plans" in ws.title)
    date_col = next(c.column for c in sheet[1] if c.value and "日期" in str(c.value))
    row = next(r for r in range(2, sheet.max_row + 1) if str(sheet.cell(row=r, column=date_col).value)[:2] == "20")
    sheet.cell(row=row, column=date_col).value = "12:30:00"
    book.save(path)
    code = main.main(["import", str(path), "--db", str(map_file)])
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    assert code == 1 and "is a time of day, not a date" in err


def test_an_xlsb_is_measured_from_its_records(tmp_path, map_file, capsys):
    from core.importing.reading import open_spreadsheet

    ok = fh.xlsb(tmp_path / "list.xlsb", [(0, 0, "企业名称"), (0, 1, "员工人数"), (1, 0, "优必选"), (1, 1, 1200)],
                 dimension=(0, 1048575, 0, 16383))  # a lying dimension: calamine goes by the cells, so do we
    with open_spreadsheet(ok) as book:
        assert list(book.rows("企业")) == [["企业名称", "员工人数"], ["优必选", 1200.0]]
    far = fh.xlsb(tmp_path / "far.xlsb", [(0, 0, "企业名称"), (1048575, 16383, "x")], dimension=(0, 1, 0, 0))
    assert "down to row 1,048,576" in refused(capsys, map_file, far)
    wide = fh.xlsb(tmp_path / "wide.xlsb", [(0, 0, "企业名称"), (30000, 999, "x")], dimension=(0, 1, 0, 0))
    assert "spans A1:ALL30001" in refused(capsys, map_file, wide)
