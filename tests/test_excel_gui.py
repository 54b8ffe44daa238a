"""The import dialog (mapping, preview, apply with undo), the export actions, and dropping a file."""

import openpyxl
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QWidget

from core import backup
from core.exporting.workbook import export_workbook
from gui import messages
from gui.excel import export_actions, import_dialog
from gui.excel.import_dialog import ImportDialog
from tests import fixtures_excel as fx


def wait_page(qtbot, dialog, page):
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == page and dialog.job is None, timeout=20000)


def tree_texts(dialog):
    out = []

    def walk(item):
        out.append(" | ".join(item.text(c) for c in range(2)))
        for i in range(item.childCount()):
            walk(item.child(i))

    for i in range(dialog.tree.topLevelItemCount()):
        walk(dialog.tree.topLevelItem(i))
    return out


def test_preview_then_apply_our_workbook_with_undo(qtbot, hub, tmp_path):
    path = tmp_path / "map.xlsx"
    export_workbook(hub.db, path)
    book = openpyxl.load_workbook(path)
    book["企业 Firms"]["M3"] = 777  # 员工人数 of 优必选
    book.save(path)
    dialog = import_dialog.import_workbook(None, hub, str(path))
    qtbot.addWidget(dialog)
    wait_page(qtbot, dialog, ImportDialog.PAGE_PREVIEW)
    texts = tree_texts(dialog)
    assert any("Changes (1)" in t for t in texts)
    assert any("(empty) → 777" in t for t in texts)
    assert dialog.apply_button.isEnabled()
    with qtbot.waitSignal(dialog.imported, timeout=20000):
        dialog.apply()
    assert hub.db.execute("SELECT employees FROM firms WHERE id = 1").fetchone()[0] == 777
    assert len(backup.backups_of(hub.path)) == 1
    assert hub.undo_stack.count() == 1
    hub.undo_stack.undo()
    assert hub.db.execute("SELECT employees FROM firms WHERE id = 1").fetchone()[0] is None
    hub.undo_stack.redo()
    assert hub.db.execute("SELECT employees FROM firms WHERE id = 1").fetchone()[0] == 777


def test_an_unrecognised_name_column_is_chosen_in_the_mapping_step(qtbot, hub, tmp_path):
    book = openpyxl.Workbook()
    book.active.append(["机构", "所在区", "电话"])
    book.active.append(["映射界面测试有限公司", "南山区", "123"])
    path = tmp_path / "list.xlsx"
    book.save(path)
    dialog = import_dialog.import_workbook(None, hub, str(path))
    qtbot.addWidget(dialog)
    wait_page(qtbot, dialog, ImportDialog.PAGE_MAPPING)
    assert "Choose the column that holds the names" in dialog.mapping_intro.text()
    dialog.set_mapping("机构", "name_zh")
    dialog.next_button.click()
    wait_page(qtbot, dialog, ImportDialog.PAGE_PREVIEW)
    assert not dialog.plan.has_errors and dialog.plan.total_adds == 1


def test_list_with_a_recognised_header_goes_through_mapping_then_preview(qtbot, hub, tmp_path):
    book = openpyxl.Workbook()
    book.active.append(["企业名称", "机构代号", "所在区"])
    book.active.append(["界面新增科技有限公司", "X-1", "福田区"])
    path = tmp_path / "list.xlsx"
    book.save(path)
    dialog = import_dialog.import_workbook(None, hub, str(path))
    qtbot.addWidget(dialog)
    wait_page(qtbot, dialog, ImportDialog.PAGE_MAPPING)
    assert dialog.mapping_choices() == {"企业名称": "name_zh", "机构代号": None, "所在区": "district"}
    dialog.set_mapping("机构代号", "short_name")
    dialog.next_button.click()
    wait_page(qtbot, dialog, ImportDialog.PAGE_PREVIEW)
    assert dialog.plan.total_adds == 1
    with qtbot.waitSignal(dialog.imported, timeout=20000):
        dialog.apply()
    assert hub.db.execute("SELECT short_name, district FROM firms WHERE name_zh = '界面新增科技有限公司'").fetchone() == (
        "X-1", "福田区")
    assert import_dialog.remembered_mapping("firms")["机构代号"] == "short_name"
    again = import_dialog.import_workbook(None, hub, str(path))
    qtbot.addWidget(again)
    wait_page(qtbot, again, ImportDialog.PAGE_MAPPING)
    assert again.mapping_choices()["机构代号"] == "short_name"  # remembered


def test_likely_duplicates_are_decided_in_the_preview(qtbot, hub, tmp_path):
    book = openpyxl.Workbook()
    book.active.append(["企业名称", "所在区"])
    book.active.append(["乙传动科技", "龙岗区"])  # like 深圳市乙传动有限公司
    path = tmp_path / "dup.xlsx"
    book.save(path)
    dialog = import_dialog.import_workbook(None, hub, str(path))
    qtbot.addWidget(dialog)
    wait_page(qtbot, dialog, ImportDialog.PAGE_MAPPING)
    dialog.next_button.click()
    wait_page(qtbot, dialog, ImportDialog.PAGE_PREVIEW)
    assert any("Likely duplicates (1)" in t for t in tree_texts(dialog))
    assert not dialog.apply_button.isEnabled()  # skipped by default: nothing to write
    dialog.decide((dialog.plan.sheets[0].sheet, 2), "merge")
    wait_page(qtbot, dialog, ImportDialog.PAGE_PREVIEW)
    assert dialog.plan.total_changes == 1 and dialog.apply_button.isEnabled()


def test_a_hostile_file_gets_an_error_dialog_and_changes_nothing(qtbot, hub, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(messages, "error", lambda parent, title, text, details=None: shown.append(text))
    bomb = fx.zip_bomb(tmp_path / "bomb.xlsx", gigabytes=1)
    before = fx.sha256(hub.path)
    dialog = import_dialog.import_workbook(None, hub, str(bomb))
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    assert "bomb.xlsx" in shown[0] and "zip bomb" in shown[0] and "Nothing was changed" in shown[0]
    assert fx.sha256(hub.path) == before


def test_export_workbook_and_template_in_the_background(qtbot, hub, tmp_path):
    done = []
    job = export_actions.export_workbook(None, hub, str(tmp_path / "out.xlsx"), on_done=lambda p, r: done.append(r))
    qtbot.waitUntil(lambda: bool(done), timeout=20000)
    assert job.error is None and done[0].sheets["企业 Firms"] == 5
    assert "企业 Firms" in openpyxl.load_workbook(tmp_path / "out.xlsx").sheetnames
    done.clear()
    export_actions.export_template(None, hub, str(tmp_path / "template.xlsx"), on_done=lambda p, r: done.append(r))
    qtbot.waitUntil(lambda: bool(done), timeout=20000)
    assert openpyxl.load_workbook(tmp_path / "template.xlsx")["企业 Firms"].max_row == 2


def test_dropping_a_workbook_starts_an_import(qtbot, hub, tmp_path):
    path = tmp_path / "map.xlsx"
    export_workbook(hub.db, path)
    window = QWidget()
    window.hub = hub
    qtbot.addWidget(window)
    dropper = import_dialog.install_drop_import(window, hub)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(QPointF(QPoint(5, 5)), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    # Qt delivers a drop only during a real drag, so the filter is handed the event as Qt would
    assert dropper.eventFilter(window, event) is True
    assert dropper.dialog is not None
    qtbot.addWidget(dropper.dialog)
    wait_page(qtbot, dropper.dialog, ImportDialog.PAGE_PREVIEW)
    assert dropper.dialog.plan.kind == "workbook" and dropper.dialog.plan.total_changes == 0
