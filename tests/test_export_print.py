"""Exported sheets print legibly: A4, portrait or landscape by width, fitted to as few pages wide as keep the text
at 70 % or more, header rows on every page, key and name columns repeated across pages, long text wrapped in
columns sized to their content with rows tall enough to show it all. Checked in the file and, where
LibreOffice is installed, in the PDF it prints."""

from __future__ import annotations

import math
import re
import shutil
import subprocess
from pathlib import Path

import openpyxl
import pytest

from core.exporting import layout
from core.exporting.workbook import COVERAGE_SHEET, GAP_SHEET, README_SHEET, export_workbook
from db import changes

ROOT = Path(__file__).resolve().parents[1]
LONG_NOTE = ("S1：工信部2024年12月人工智能赋能新型工业化典型应用案例，优必选工业版人形机器人Walker S Lite在汽车制造领域的"
             "示范应用；S4图说优必选全新一代工业人形机器人进入汽车工厂实训。U18：牵头广东省人形机器人创新中心。") * 2


# ----- the plan, worked by hand ---------------------------------------------------------------------------

def test_print_plan_by_hand():
    # A4 portrait holds (8.27 - 0.8) in x 96 = 717 px; landscape (11.69 - 0.8) x 96 = 1045 px.
    # A column w units wide is 7w + 5 px.
    assert layout.plan_print([10.0] * 9) == layout.PrintPlan(False, 1, 1.0, 0)  # 9 x 75 = 675 px
    narrow_landscape = layout.plan_print([10.0] * 12)  # 900 px: landscape at 100 %
    assert (narrow_landscape.landscape, narrow_landscape.pages_wide, narrow_landscape.scale) == (True, 1, 1.0)
    shrunk = layout.plan_print([20.0] * 9)  # 9 x 145 = 1305 px: 1045 / 1305 = 80 % on one page
    assert (shrunk.pages_wide, round(shrunk.scale, 2)) == (1, 0.8)
    wide = layout.plan_print([20.0] * 12)  # 1740 px: one page would be 60 %; two pages repeat 290 px
    assert (wide.pages_wide, wide.repeat_columns) == (2, 2)
    assert wide.scale == 1.0  # 2 x 1045 = 2090 >= 1740 + 290
    very_wide = layout.plan_print([20.0] * 30)  # 4350 px + 290 per extra page, 1045 / 0.7 = 1493 per page
    # three pages would need (4350 + 2 x 290) x 0.7 = 3451 px > 3 x 1045: four
    assert very_wide.pages_wide == 4 and very_wide.scale >= layout.MIN_SCALE


def test_lines_and_row_heights_by_hand():
    assert layout.lines_in(30, "短文本") == 1
    # 40 Chinese characters x 2.1 = 84 units in a 30-wide column (29 usable): 84 x 1.15 / 29 -> 4 lines
    assert layout.lines_in(30, "字" * 40) == 4
    assert layout.lines_in(30, "第一行\n第二行\n第三行") == 3
    assert layout.lines_in(30, "字" * 100_000) == layout.MAX_LINES
    assert layout.row_height(4) == 4 * layout.LINE_POINTS + 1
    assert layout.row_height(1000) <= 409


def test_header_floor_fits_each_header_row_on_two_lines():
    # 统一社会信用代码: 8 characters, 4 a line = 8.4 units + 2; 'Credit code': 'Credit' 6 x 0.85 + 1
    assert layout.header_floor("统一社会信用代码", "Credit code") == pytest.approx(10.4)


# ----- what the workbook says about printing -----------------------------------------------------------------

@pytest.fixture
def noted(small_db, tmp_path):
    changes.update_row(small_db, "firms", 1, {"notes": LONG_NOTE})
    path = tmp_path / "map.xlsx"
    export_workbook(small_db, path)
    return openpyxl.load_workbook(path)


def test_every_sheet_has_a4_headers_on_every_page_and_a_fit_to_width(noted):
    for ws in noted.worksheets:
        if ws.sheet_state == "hidden":
            continue
        setup = ws.page_setup
        assert setup.paperSize == 9, ws.title  # A4
        assert ws.sheet_properties.pageSetUpPr.fitToPage, ws.title
        assert setup.fitToHeight == 0, ws.title  # as many pages down as the rows need
        assert "&P / &N" in ws.oddFooter.center.text, ws.title
        if ws.title != README_SHEET:
            assert ws.print_title_rows == "$1:$2", ws.title
            assert ws.print_options.gridLines, ws.title


def test_wide_sheets_print_landscape_over_pages_with_key_and_name_repeated(noted):
    firms = noted["企业 Firms"]
    assert firms.page_setup.orientation == "landscape"
    assert firms.page_setup.fitToWidth == 2
    assert firms.print_title_cols == "$A:$B"  # 系统编号 and 企业名称 on both pages across
    assert firms.page_setup.pageOrder == "overThenDown"  # the two halves of a row band side by side
    links = noted["供应关系 Supply links"]
    assert links.page_setup.orientation == "portrait" and links.page_setup.fitToWidth in (None, 1)


def test_long_text_wraps_in_a_bounded_column_and_its_row_is_tall_enough(noted):
    ws = noted["企业 Firms"]
    heads = [c.value for c in ws[1]]
    notes = heads.index("备注") + 1
    letter = openpyxl.utils.get_column_letter(notes)
    width = ws.column_dimensions[letter].width - 0.71  # openpyxl reads back xlsxwriter's padding
    assert layout.WRAP_CAP <= width <= layout.STRETCH_CAP + 0.1  # widened with the page's spare room
    cell = ws.cell(3, notes)
    assert cell.value == LONG_NOTE and cell.alignment.wrap_text and cell.alignment.vertical == "top"
    chinese = sum(1 for ch in LONG_NOTE if ord(ch) > 0x2E80)  # a lower bound: the Chinese characters alone
    lines = math.ceil(chinese * 2.1 / (width - 1))
    assert ws.row_dimensions[3].height >= lines * layout.LINE_POINTS
    assert ws.row_dimensions[6].height is None  # 深圳市甲减速机有限公司: short text keeps Excel's own height


def test_column_widths_follow_the_content(noted):
    ws = noted["企业 Firms"]
    widths = {c.value: ws.column_dimensions[openpyxl.utils.get_column_letter(i)].width
              for i, c in enumerate(ws[1], start=1)}
    # 网站 is empty in every row: only as wide as its two header rows need; 简称 holds at most 4 characters
    assert widths["网站"] < 9
    assert widths["简称"] < 12
    assert widths["企业名称*"] >= 25


# ----- the printed PDF ---------------------------------------------------------------------------------------

def _render(xlsx: Path, out: Path) -> Path:
    """LibreOffice's PDF of ``xlsx``, with the app's own CJK font (so Chinese prints, not boxes)."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    conf = out / "fonts.conf"
    out.mkdir(parents=True, exist_ok=True)
    conf.write_text(f"""<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>
<include ignore_missing="yes">/etc/fonts/fonts.conf</include><dir>{ROOT / 'assets' / 'fonts'}</dir>
<alias binding="same"><family>Calibri</family><accept><family>Carlito</family><family>Liberation Sans</family>
</accept></alias><cachedir>{out / 'fc-cache'}</cachedir></fontconfig>""")
    env = {"FONTCONFIG_FILE": str(conf), "HOME": str(out), "PATH": "/usr/bin:/bin"}
    subprocess.run([soffice, f"-env:UserInstallation={(out / 'profile').as_uri()}", "--headless", "--convert-to",
                    "pdf", "--outdir", str(out), str(xlsx)], check=True, capture_output=True, timeout=240, env=env)
    return out / (xlsx.stem + ".pdf")


@pytest.mark.skipif(not (shutil.which("soffice") or shutil.which("libreoffice")) or not shutil.which("pdftotext"),
                    reason="LibreOffice and poppler are not installed")
def test_the_printed_workbook_is_short_legible_and_shows_every_word(small_db, tmp_path):
    changes.update_row(small_db, "firms", 1, {"notes": LONG_NOTE})
    changes.update_row(small_db, "centres", 1, {"notes": "载体备注" * 60 + "末尾标记"})
    path = tmp_path / "map.xlsx"
    export_workbook(small_db, path)
    pdf = _render(path, tmp_path / "pdf")
    pages = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", str(pdf)], capture_output=True,
                                                            text=True).stdout).group(1))
    # README 2-3 pages, Gaps and Coverage 1 each, then a page for each narrow table and two across for the
    # wide ones (firms, centres, targets, observations): about 20, never the 90 the unwrapped sheets made
    assert pages <= 24, pages
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    flat = re.sub(r"\s+", "", text)
    assert "末尾标记" in flat  # the end of a long note is printed, not cut off at the row's bottom
    assert "牵头广东省人形机器人创新中心" in flat
    # the smallest text printed: the word boxes' heights over the whole document
    bbox = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True).stdout
    heights = [float(b) - float(a) for a, b in re.findall(r'yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)"', bbox)]
    # a line box is about 1.1 em in these fonts: 7.7 pt tall means 7 pt text (the 10 pt English header row and
    # the 10 pt footer at about 72 %, the most a sheet is shrunk here)
    assert heights and min(heights) >= 7.0 * 1.1, min(heights)


def test_gap_and_coverage_sheets_repeat_their_naming_columns(noted):
    assert noted[GAP_SHEET].freeze_panes == "D3"
    assert noted[COVERAGE_SHEET].freeze_panes == "C3"


def test_the_columns_naming_a_row_are_frozen_and_printed_on_every_page(noted):
    targets = noted["目标 Targets"]
    assert targets.freeze_panes == "E3"  # 系统编号, 所属规划, 目标编号, 目标名称
    assert targets.print_title_cols == "$A:$D" and targets.page_setup.fitToWidth >= 2
    assert noted["供应能力 Capabilities"].freeze_panes == "D3"
