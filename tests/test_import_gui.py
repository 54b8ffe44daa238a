"""The import dialog with a planner's chain list: the mapping step shows what each chain value was matched to and
lets the planner choose the uncertain ones (remembered for the next list and for the command line), the preview
lists conflicts with curated values to keep or take, and the Chinese dialog speaks Chinese throughout."""

from __future__ import annotations

import re
import sqlite3

import openpyxl
import pytest
from PySide6.QtWidgets import QApplication

import main
from core.importing import memory
from gui import i18n
from gui.excel import import_dialog
from gui.excel.import_dialog import ImportDialog


def wait_page(qtbot, dialog, page):
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == page and dialog.job is None, timeout=20000)


def chain_list(path):
    book = openpyxl.Workbook()
    ws = book.active
    ws.append(["企业名称", "细分领域", "所在区"])
    ws.append(["深圳市界面伺服科技有限公司", "伺服电机", "南山区"])
    ws.append(["深圳市界面相机科技有限公司", "深度摄像头", "宝安区"])
    ws.append(["深圳市优必选科技股份有限公司", None, "福田区"])  # the map says 南山区: a conflict
    book.save(path)
    return path


@pytest.fixture
def chain_hub(qtbot, tmp_path):
    from core.workspace import create_database
    from db.connection import open_database
    from gui.hub import DataHub

    path = tmp_path / "chain.sqlite"
    create_database(path)
    db = open_database(path)
    db.execute("UPDATE firms SET district = '南山区' WHERE name_zh = '深圳市优必选科技股份有限公司'")
    db.conn.commit()
    h = DataHub(db)
    yield h
    h.close()


def test_mapping_step_shows_value_matches_and_remembers_choices(qtbot, chain_hub, tmp_path, capsys):
    path = chain_list(tmp_path / "chain.xlsx")
    dialog = import_dialog.import_workbook(None, chain_hub, str(path))
    qtbot.addWidget(dialog)
    wait_page(qtbot, dialog, ImportDialog.PAGE_MAPPING)
    rows = {value: (found, component) for value, found, component in dialog.value_rows()}
    assert rows["深度摄像头"] == ("matched", "深度/3D相机")
    assert rows["伺服电机"] == ("choose one", "(not a component)")
    dialog.set_value("伺服电机", "无框力矩电机")
    dialog.next_button.click()
    wait_page(qtbot, dialog, ImportDialog.PAGE_PREVIEW)
    texts = dialog.preview_page.texts()
    assert any("Conflicts with the map (1)" in t for t in texts)
    assert any("District" in t and "the map has 南山区; this row has 福田区" in t for t in texts), texts
    with qtbot.waitSignal(dialog.imported, timeout=20000):
        dialog.apply()
    con = sqlite3.connect(chain_hub.path)
    got = con.execute("SELECT co.name_zh FROM capabilities ca JOIN firms f ON f.id = ca.firm_id JOIN components co "
                      "ON co.id = ca.component_id WHERE f.name_zh = '深圳市界面伺服科技有限公司'").fetchall()
    district = con.execute("SELECT district FROM firms WHERE name_zh = '深圳市优必选科技股份有限公司'").fetchone()
    con.close()
    assert got == [("无框力矩电机",)] and district == ("南山区",)  # the conflict kept the map's value
    assert memory.remembered_values()["伺服电机"] == "无框力矩电机"
    # the next list, on the command line, uses the same remembered choice
    other = tmp_path / "other.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["企业名称", "细分领域", "所在区"])
    book.active.append(["深圳市命令行伺服有限公司", "伺服电机", "龙华区"])
    book.save(other)
    assert main.main(["import", str(other), "--db", chain_hub.path]) == 0
    out = capsys.readouterr().out
    assert "伺服电机 ×1 → (chosen) 无框力矩电机" in out


def test_a_conflict_can_take_the_lists_value(qtbot, chain_hub, tmp_path):
    path = chain_list(tmp_path / "chain.xlsx")
    dialog = import_dialog.import_workbook(None, chain_hub, str(path))
    qtbot.addWidget(dialog)
    wait_page(qtbot, dialog, ImportDialog.PAGE_MAPPING)
    dialog.next_button.click()
    wait_page(qtbot, dialog, ImportDialog.PAGE_PREVIEW)
    (conflict,) = dialog.plan.conflicts()
    dialog.decide_conflict(conflict.key, "take")
    wait_page(qtbot, dialog, ImportDialog.PAGE_PREVIEW)
    assert dialog.plan.conflicts()[0].decision == "take"
    with qtbot.waitSignal(dialog.imported, timeout=20000):
        dialog.apply()
    con = sqlite3.connect(chain_hub.path)
    assert con.execute("SELECT district FROM firms WHERE name_zh = '深圳市优必选科技股份有限公司'").fetchone() == ("福田区",)
    con.close()


def test_a_change_in_another_window_is_asked_about(qtbot, chain_hub, tmp_path, monkeypatch):
    from gui import messages

    asked = []
    monkeypatch.setattr(messages, "confirm", lambda parent, title, text, default_yes=False: asked.append(text) or True)
    path = chain_list(tmp_path / "chain.xlsx")
    dialog = import_dialog.import_workbook(None, chain_hub, str(path))
    qtbot.addWidget(dialog)
    wait_page(qtbot, dialog, ImportDialog.PAGE_MAPPING)
    dialog.options.update = "overwrite"
    dialog.next_button.click()
    wait_page(qtbot, dialog, ImportDialog.PAGE_PREVIEW)
    from core import operations

    operations.edit_cell(chain_hub.db, "firms", 1, "district", "盐田区")  # another window
    dialog.apply()
    qtbot.waitUntil(lambda: bool(asked), timeout=20000)
    assert "changed in another window since the preview" in asked[0]
    wait_page(qtbot, dialog, ImportDialog.PAGE_PREVIEW)  # previewed again, with the map as it is now
    con = sqlite3.connect(chain_hub.path)
    assert con.execute("SELECT district FROM firms WHERE id = 1").fetchone() == ("盐田区",)
    con.close()


@pytest.fixture
def chinese(qapp):
    i18n.install(QApplication.instance(), "zh_CN")
    yield
    i18n.install(QApplication.instance(), "en")


def test_the_chinese_dialog_has_no_english(qtbot, chain_hub, tmp_path, chinese):
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = "名单"
    ws.append(["企业名称", "细分领域", "成立年份", "上市情况"])
    ws.append(["深圳市中文界面科技有限公司", "量子通信", "明年", "也许"])
    ws.append([None, "激光雷达", 2020, "否"])
    ws.append(["深圳市优必选科技股份有限公司", "伺服电机", None, None])
    path = tmp_path / "zh.xlsx"
    book.save(path)
    dialog = import_dialog.import_workbook(None, chain_hub, str(path))
    qtbot.addWidget(dialog)
    wait_page(qtbot, dialog, ImportDialog.PAGE_MAPPING)
    shown = [dialog.mapping.intro.text(), dialog.mapping.values_label.text(),
             *(" ".join(r) for r in dialog.value_rows())]
    dialog.next_button.click()
    wait_page(qtbot, dialog, ImportDialog.PAGE_PREVIEW)
    shown += [dialog.preview_page.summary.text(), *dialog.preview_page.texts()]
    english = [t for t in shown if re.search(r"\b(?!(?:IMU|VLA|AI|SoC|BMS|RV|3D|EtherCAT|CAN|FD|LiDAR)\b)[A-Za-z]{3,}\b",
                                             t.replace(str(path), ""))]
    assert english == [], english
    assert any("不是年份" in t for t in shown) and any("不能为空" in t for t in shown)


def test_rows_not_in_our_workbook_are_kept_unless_the_box_is_ticked(qtbot, hub, tmp_path):
    from core.exporting.workbook import export_workbook

    path = tmp_path / "map.xlsx"
    export_workbook(hub.db, path)
    book = openpyxl.load_workbook(path)
    ws = book["企业 Firms"]
    ws.delete_rows(ws.max_row)  # the last firm is no longer in the sheet
    book.save(path)
    gone = hub.db.execute("SELECT max(id) FROM firms").fetchone()[0]
    dialog = import_dialog.import_workbook(None, hub, str(path))
    qtbot.addWidget(dialog)
    wait_page(qtbot, dialog, ImportDialog.PAGE_PREVIEW)
    assert any(t.startswith("Not in the file: kept (1)") for t in dialog.preview_page.texts())
    assert not dialog.preview_page.delete_box.isHidden()
    assert not dialog.apply_button.isEnabled()  # nothing else to write
    dialog.preview_page.delete_box.setChecked(True)
    wait_page(qtbot, dialog, ImportDialog.PAGE_PREVIEW)
    assert any(t.startswith("Not in the file: deleted (1)") for t in dialog.preview_page.texts())
    with qtbot.waitSignal(dialog.imported, timeout=20000):
        dialog.apply()
    assert hub.db.execute("SELECT count(*) FROM firms WHERE id = ?", [gone]).fetchone()[0] == 0
    hub.undo_stack.undo()
    assert hub.db.execute("SELECT count(*) FROM firms WHERE id = ?", [gone]).fetchone()[0] == 1
