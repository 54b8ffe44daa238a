"""What the workbook says, and in whose words: the README Chinese first and from the vocabulary, every column
called what the app calls it, the gap and coverage sheets in Chinese; refusals (text longer than a cell, more
rows than a sheet holds) in one line naming where; the GUI's export in the background, worded in the UI's
language."""

from __future__ import annotations

import csv
import re

import openpyxl
import pytest
from PySide6.QtWidgets import QApplication

import main
from core import vocabulary
from core.exporting import table_sheets
from core.exporting.failures import ExportError
from core.exporting.workbook import COVERAGE_SHEET, GAP_SHEET, README_SHEET, export_csv, export_workbook
from core.fields.spec import TABLES
from core.importing.headers import SHEET_NAMES
from db import changes
from gui import messages
from gui.excel import export_actions

LATIN_ONLY = re.compile(r"^[\x00-\x7f]+$")


@pytest.fixture
def book(small_db, tmp_path):
    path = tmp_path / "map.xlsx"
    export_workbook(small_db, path)
    return openpyxl.load_workbook(path)


def rows_of(ws, first=1):
    return [list(r) for r in ws.iter_rows(min_row=first, values_only=True)]


def test_every_column_has_the_apps_chinese_and_english_name(book):
    for table, cols in TABLES.items():
        ws = book[SHEET_NAMES[table]]
        zh = [c.value for c in ws[1]][1:]
        en = [c.value for c in ws[2]][1:]
        assert [z.rstrip("*") for z in zh] == [vocabulary.column_label(table, c.name, "zh") for c in cols], table
        assert en == [vocabulary.column_label(table, c.name, "en") for c in cols], table
        assert [z.endswith("*") for z in zh] == [c.required for c in cols], table


def test_readme_is_chinese_first_and_in_the_vocabularys_words(book):
    ws = book[README_SHEET]
    rows = rows_of(ws)
    assert rows[0][0] == "产业链图谱 — 数据导出" and rows[1][0] == "Chain Mapper — Data export"
    # the column guide: under each sheet's heading, 列名 · 填写说明 (Chinese) then Column · How to fill it
    start = next(i for i, r in enumerate(rows) if r[:4] == ["列名", "填写说明", "Column", "How to fill it"])
    guide = rows[start + 1:]
    firms = guide.index([SHEET_NAMES["firms"], None, None, None])
    role = next(r for r in guide[firms:] if r[0] == "企业类型")
    assert role[1] == vocabulary.kind_help("firms", "role", "choice", None, False, "zh")
    assert role[1] == "从下拉列表选择：整机、零部件、大脑与软件、平台"
    assert role[2] == "Role" and role[3].startswith("Pick from the list: Integrator")
    for r in guide:
        if r[1]:
            assert not LATIN_ONLY.match(r[1]), r  # the Chinese column holds Chinese
    money = next(r for r in guide[firms:] if r[0] == "估值（亿元）")
    assert "亿元" in money[1] and money[2] == "Valuation (100M CNY)"


def test_choices_and_yes_no_are_the_apps_words(book):
    ws = book["企业 Firms"]
    head = [c.value for c in ws[1]]
    ubtech = rows_of(ws, 3)[0]
    assert ubtech[head.index("企业类型")] == vocabulary.choice_label("role", "integrator") == "整机"
    assert ubtech[head.index("待核实")] == vocabulary.choice_label("yes_no", "0") == "否"


def test_gap_sheet_is_worded_in_chinese_from_the_vocabulary(book):
    ws = book[GAP_SHEET]
    zh, en = [c.value for c in ws[1]], [c.value for c in ws[2]]
    assert zh[:3] == [vocabulary.column_label("targets", "plan_id"), vocabulary.column_label("targets", "code"),
                      vocabulary.column_label("targets", "name_zh")]
    assert en[:3] == ["Plan", "Code", "Target"]
    rows = {r[1]: r for r in rows_of(ws, 3)}
    e5 = rows["E5"]  # 800 of > 1200 家 by 2027, measured 2026-06-30 (small dataset)
    assert e5[zh.index("实际值")] == 800 and e5[zh.index("目标")] == ">1200家"
    assert e5[zh.index("状态")] in {term.zh for term in vocabulary.STATUS_TERMS.values()}
    for r in rows.values():
        reason = r[zh.index("说明")]
        assert reason and not LATIN_ONLY.match(reason), r  # 'no observation' is 暂无观测值
    assert rows["E1"][zh.index("说明")] == "尚无观测值"


def test_coverage_sheet_uses_the_stage_and_flag_words(book):
    ws = book[COVERAGE_SHEET]
    zh = [c.value for c in ws[1]]
    stages = [zh.index(vocabulary.choice_label("stage", s)) for s in ("mass", "pilot", "prototype", "rd")]
    assert stages == list(range(stages[0], stages[0] + 4))
    rows = {r[1]: r for r in rows_of(ws, 3)}
    # 谐波减速器: local suppliers 甲 (mass) and 乙 (pilot)
    reducer = rows["谐波减速器"]
    assert reducer[zh.index("本地供应商")] == 2 and [reducer[i] for i in stages] == [1, 1, 0, 0]
    # nobody has surveyed VLA大模型's suppliers: "not yet surveyed", never "no local supplier"
    flags = rows["VLA大模型"][zh.index("标记")].split("、")
    assert vocabulary.flag_label("not_surveyed") in flags and vocabulary.flag_label("no_local_supplier") not in flags


# ----- refusals ------------------------------------------------------------------------------------------------

def test_text_longer_than_a_cell_is_refused_naming_the_row_and_column(small_db, tmp_path, capsys):
    changes.update_row(small_db, "firms", 1, {"notes": "长" * 40_000})
    target = tmp_path / "map.xlsx"
    with pytest.raises(ExportError) as caught:
        export_workbook(small_db, target)
    assert str(caught.value) == ("Firms '优必选' (ID 1), Notes: the text has 40,000 characters; an Excel cell holds "
                                 "at most 32,767. Shorten it, or export this table as CSV. Nothing was written")
    assert list(tmp_path.iterdir()) == []  # nothing cut, nothing half-written
    # CSV has no cell limit: the whole text is written and reads back
    export_csv(small_db, "firms", tmp_path / "firms.csv")
    rows = list(csv.reader((tmp_path / "firms.csv").read_text(encoding="utf-8-sig").splitlines()))
    assert rows[1][rows[0].index("备注")] == "长" * 40_000


def test_several_long_texts_are_counted(small_db, tmp_path):
    changes.update_row(small_db, "firms", 2, {"notes": "x" * 33_000})
    changes.update_row(small_db, "centres", 1, {"notes": "y" * 33_000})
    with pytest.raises(ExportError) as caught:
        export_workbook(small_db, tmp_path / "map.xlsx")
    assert caught.value.code == "export_texts_too_long" and caught.value.facts["count"] == 2
    assert "Firms '乐聚'" in str(caught.value) and "(2 cells are too long)" in str(caught.value)


def test_more_rows_than_a_sheet_holds_is_refused_in_one_line(map_file, tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(table_sheets, "MAX_DATA_ROWS", 3)
    assert main.main(["export", str(tmp_path / "map.xlsx"), "--db", str(map_file)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "Firms has 5 rows; an Excel sheet holds at most 3. Export this table as CSV instead" in err
    assert list(tmp_path.glob("*.xlsx")) == []


def test_unknown_tables_are_refused(small_db, tmp_path):
    with pytest.raises(ExportError, match="'nope' is not a table of the map"):
        export_workbook(small_db, tmp_path / "x.xlsx", tables=["firms", "nope"])
    with pytest.raises(ExportError, match="'nope' is not a table"):
        export_csv(small_db, "nope", tmp_path / "x.csv")


def test_progress_counts_the_rows_of_the_whole_export(small_db, tmp_path):
    calls = []
    export_workbook(small_db, tmp_path / "map.xlsx", progress=lambda t, d, n: calls.append((t, d, n)))
    total = sum(len(small_db.execute(f"SELECT id FROM [{t}]").fetchall()) for t in TABLES)
    assert {n for _t, _d, n in calls} == {total}
    assert [d for _t, d, _n in calls] == sorted(d for _t, d, _n in calls) and calls[-1][1] == total


# ----- the GUI ---------------------------------------------------------------------------------------------------

@pytest.fixture
def chinese(qtbot):
    from gui import i18n

    i18n.install(QApplication.instance(), "zh_CN")
    yield
    i18n.install(QApplication.instance(), "en")


def test_a_failed_export_is_worded_in_chinese_in_the_chinese_ui(qtbot, hub, tmp_path, chinese, monkeypatch):
    shown = []
    monkeypatch.setattr(messages, "error", lambda parent, title, text, details=None: shown.append((title, text)))
    target = tmp_path / "gone" / "map.xlsx"
    job = export_actions.export_workbook(None, hub, str(target))
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    title, text = shown[0]
    assert title == "无法导出"
    assert text == f"{target}：文件夹 {target.parent} 不存在"
    assert job.error.code == "export_folder_missing"


def test_a_failed_export_is_worded_in_english_in_the_english_ui(qtbot, hub, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(messages, "error", lambda parent, title, text, details=None: shown.append((title, text)))
    changes.update_row(hub.db, "firms", 1, {"notes": "长" * 40_000})
    export_actions.export_workbook(None, hub, str(tmp_path / "map.xlsx"))
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    assert shown[0][0] == "Cannot export"
    assert shown[0][1].startswith("Firms '优必选' (ID 1), Notes: the text has 40,000 characters")
    assert list(tmp_path.glob("*.xlsx")) == []


def test_the_gui_writes_the_table_on_screen_as_csv(qtbot, hub, tmp_path):
    done = []
    export_actions.export_workbook(None, hub, str(tmp_path / "firms.csv"), on_done=lambda p, r: done.append(r))
    qtbot.waitUntil(lambda: bool(done), timeout=20000)
    assert done == [5]
    assert (tmp_path / "firms.csv").read_text(encoding="utf-8-sig").startswith("系统编号,企业名称*")
