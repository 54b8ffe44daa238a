"""Export: one sheet per table, Chinese and English headers, keys, names for references, drop-downs, widths,
money in 亿元, the template, CSV with a BOM, and text that looks like a formula written as text."""

import csv
import zipfile

import openpyxl
import pytest

import main
from core.exporting.workbook import GAP_SHEET, LISTS_SHEET, README_SHEET, export_csv, export_workbook
from core.importing.headers import SHEET_NAMES
from db import changes
from tests.fixtures_excel import libreoffice, libreoffice_convert

FORMULA_LIKE = ["=1+2", "+86 755 1234", "-5% 同比", "@SUM(A1:A3)", "\tTAB开头", "=HYPERLINK(\"http://x\",\"点我\")"]


@pytest.fixture
def exported(small_db, tmp_path):
    path = tmp_path / "map.xlsx"
    result = export_workbook(small_db, path)
    return path, result


def header(ws, row=1):
    return [c.value for c in ws[row]]


def data_rows(ws):
    return list(ws.iter_rows(min_row=3, values_only=True))


def test_sheets_for_every_table_gap_readme_and_hidden_lists(exported):
    path, result = exported
    book = openpyxl.load_workbook(path)
    assert book.sheetnames[0] == README_SHEET
    for sheet in SHEET_NAMES.values():
        assert sheet in book.sheetnames
    assert GAP_SHEET in book.sheetnames
    assert book[LISTS_SHEET].sheet_state == "hidden"
    assert result.sheets["企业 Firms"] == 5 and result.sheets[GAP_SHEET] == 3


def test_chinese_and_english_headers_key_money_and_choices(exported):
    book = openpyxl.load_workbook(exported[0])
    ws = book["企业 Firms"]
    zh, en = header(ws, 1), header(ws, 2)
    assert zh[:3] == ["系统编号", "企业名称*", "简称"]
    assert en[:2] == ["ID (do not edit)", "Name (Chinese)"]
    assert "估值（亿元）" in zh and "Valuation (100M CNY)" in en
    ubtech = next(r for r in data_rows(ws) if r[1] == "深圳市优必选科技股份有限公司")
    assert ubtech[0] == 1  # the stable key
    assert ubtech[zh.index("估值（亿元）")] == 500  # 5e10 元 = 500 亿元
    assert ubtech[zh.index("企业类型")] == "整机"
    assert ubtech[zh.index("所在区")] == "南山区"
    assert ubtech[zh.index("待核实")] == "否"
    assert ws.cell(3, zh.index("估值（亿元）") + 1).number_format == "#,##0.00##"


def test_references_are_written_as_names(exported):
    book = openpyxl.load_workbook(exported[0])
    ws = book["供应能力 Capabilities"]
    zh = header(ws)
    rows = data_rows(ws)
    firm, component = zh.index("企业*"), zh.index("部件*")
    assert ("奥比中光", "深度相机") in {(r[firm], r[component]) for r in rows}
    firms = data_rows(book["企业 Firms"])
    assert firms[0][header(book["企业 Firms"]).index("来源")] == "S1 深圳新闻网 回望2024"


def test_drop_downs_frozen_headers_filter_and_widths(exported):
    book = openpyxl.load_workbook(exported[0])
    ws = book["供应能力 Capabilities"]
    assert ws.freeze_panes == "D3"  # the key, the firm and the component stay in view
    assert ws.auto_filter.ref.startswith("A2:")
    validations = {str(dv.sqref).split(":")[0]: dv for dv in ws.data_validations.dataValidation}
    firm_list = validations["B3"]
    assert firm_list.type == "list" and LISTS_SHEET in firm_list.formula1
    stage = next(dv for dv in ws.data_validations.dataValidation if str(dv.sqref).startswith("E3"))
    letter = stage.formula1.split("!$")[1][0]
    lists = book[LISTS_SHEET]
    items = [c.value for c in lists[letter][1:] if c.value]
    assert items == ["研发", "样机", "小批量", "量产"]
    firm_letter = firm_list.formula1.split("!$")[1][0]
    assert "奥比中光" in [c.value for c in lists[firm_letter][1:]]
    assert ws.column_dimensions["B"].width > 15  # the firm names referred to (the longest: 4 characters)
    firms = book["企业 Firms"]
    assert firms.column_dimensions["B"].width > 25  # 深圳市优必选科技股份有限公司, wrapped at the name cap
    assert firms["B3"].alignment.wrap_text


def test_template_has_headers_drop_downs_and_readme_but_no_rows(small_db, tmp_path, capsys):
    path = tmp_path / "template.xlsx"
    db_path = tmp_path / "t.sqlite"
    from core.workspace import create_database

    create_database(db_path)
    assert main.main(["export", str(path), "--template", "--db", str(db_path)]) == 0
    book = openpyxl.load_workbook(path)
    assert README_SHEET in book.sheetnames and GAP_SHEET not in book.sheetnames
    for sheet in SHEET_NAMES.values():
        ws = book[sheet]
        assert ws.max_row == 2, sheet
        assert header(ws)[0] == "系统编号"
    ws = book["企业 Firms"]
    assert any(LISTS_SHEET in (dv.formula1 or "") for dv in ws.data_validations.dataValidation)
    assert "导入模板" in book[README_SHEET]["A1"].value


def test_formula_like_text_is_written_as_text(small_db, tmp_path):
    for i, text in enumerate(FORMULA_LIKE):
        changes.insert_row(small_db, "firms", {"name_zh": f"公式测试{i}", "notes": text, "products": text})
    path = tmp_path / "f.xlsx"
    export_workbook(small_db, path)
    with zipfile.ZipFile(path) as zf:
        for name in zf.namelist():
            if name.startswith("xl/worksheets/"):
                assert b"<f>" not in zf.read(name), name
    ws = openpyxl.load_workbook(path)["企业 Firms"]
    notes = header(ws).index("备注") + 1
    cells = [ws.cell(r, notes) for r in range(3, ws.max_row + 1) if ws.cell(r, 2).value.startswith("公式测试")]
    assert [c.value for c in cells] == FORMULA_LIKE
    for cell in cells:
        assert cell.data_type == "s"
        assert cell.quotePrefix


@pytest.mark.skipif(libreoffice() is None, reason="LibreOffice is not installed")
def test_libreoffice_shows_formula_like_text_literally(small_db, tmp_path):
    for i, text in enumerate(FORMULA_LIKE[:4]):
        changes.insert_row(small_db, "firms", {"name_zh": f"公式测试{i}", "notes": text})
    path = tmp_path / "f.xlsx"
    export_workbook(small_db, path, tables=["firms"], analysis=False)
    # every sheet to its own CSV (the 12th token of the filter options, -1, means all sheets)
    libreoffice_convert(path, tmp_path / "csv", 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,'
                                                'false,false,-1')
    firms_csv = next((tmp_path / "csv").glob("*Firms*.csv"))
    rows = list(csv.reader(firms_csv.read_text(encoding="utf-8").splitlines()))
    notes = rows[0].index("备注")
    shown = [r[notes] for r in rows if r[1].startswith("公式测试")]
    assert shown == FORMULA_LIKE[:4]  # the literal text, never a calculated value (=1+2 is not 3)


def test_csv_export_has_bom_chinese_header_and_guards_formulas(small_db, tmp_path, capsys):
    changes.insert_row(small_db, "firms", {"name_zh": "公式公司", "notes": "=1+2"})
    path = tmp_path / "firms.csv"
    assert export_csv(small_db, "firms", path) == 6
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert rows[0][:2] == ["系统编号", "企业名称*"]
    assert rows[1][rows[0].index("估值（亿元）")] == "500"
    assert "'=1+2" in rows[-1]


def test_export_command_rejects_other_suffixes(tmp_path, map_file, capsys):
    code = main.main(["export", str(tmp_path / "x.pdf"), "--db", str(map_file)])
    assert code == 1
    assert "x.pdf" in capsys.readouterr().err


def test_readme_describes_columns_units_and_source(exported):
    ws = openpyxl.load_workbook(exported[0])[README_SHEET]
    text = "\n".join(str(c.value) for row in ws.iter_rows() for c in row if c.value is not None)
    assert "亿元" in text and "系统编号" in text and "导出时间" in text and "测试数据集" in text
    assert "估值（亿元）" in text and "引用「企业」表中的名称" in text
