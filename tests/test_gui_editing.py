"""Editing keeps its place, as in a spreadsheet: the current cell, the selection, the scroll position and the
detail pane stay put after an edit; Enter moves down and Tab right; a row whose sort value changes stays
selected where it lands; refused input stays in the cell with the reason; new rows are drafts."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from core.analysis.coverage import chain_coverage
from db import changes
from gui.tables.model import DRAFT
from gui.tables.page import TablePage


def col_index(model, name):
    return [c.name for c in model.columns].index(name)


def db_value(hub, table, row_id, column):
    found = hub.db.execute(f"SELECT [{column}] FROM [{table}] WHERE id = ?", [row_id]).fetchone()
    return None if found is None else found[0]


@pytest.fixture
def firms_page(hub, qtbot):
    """The Firms page at 1000×600 over 600 firms (more than two pages of rows), shown."""
    changes.bulk_insert(hub.db, "firms", [{"name_zh": f"深圳市测试{i:03d}科技有限公司", "city": "深圳"}
                                          for i in range(600)])
    page = TablePage(hub, "firms")
    qtbot.add_widget(page)
    page.resize(1000, 600)
    page.show()
    qtbot.waitExposed(page)
    return page


def _type_and_press(qtbot, view, index, text, key):
    """Open the cell's editor as a user would (F2), type, and press ``key``."""
    view.setCurrentIndex(index)
    view.edit(index)
    editor = view.focusWidget()
    if not isinstance(editor, QLineEdit):
        editor = view.findChild(QLineEdit)
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    if text.isascii():
        qtbot.keyClicks(editor, text)
    else:
        editor.insert(text)  # QTest types ASCII only; an input method would insert the Chinese like this
    qtbot.keyClick(editor, key)
    return editor


def test_enter_saves_keeps_scroll_and_moves_down_one(hub, qtbot, firms_page):
    view, model = firms_page.view, firms_page.model
    c = col_index(model, "valuation_cny")
    view.horizontalScrollBar().setValue(view.horizontalScrollBar().maximum())  # scrolled right, as in the issue
    r = 300
    while model.rowCount() <= r + 1:
        model.fetchMore()
    QApplication.processEvents()  # the view lays the new rows out
    view.scrollTo(model.index(r, c), view.ScrollHint.PositionAtCenter)
    QApplication.processEvents()
    rid, below = model.row_id(r), model.row_id(r + 1)
    h_before, v_before = view.horizontalScrollBar().value(), view.verticalScrollBar().value()
    _type_and_press(qtbot, view, model.index(r, c), "12.5亿", Qt.Key.Key_Return)
    assert db_value(hub, "firms", rid, "valuation_cny") == 1_250_000_000
    assert (view.currentIndex().row(), view.currentIndex().column()) == (r + 1, c)  # Enter moved down one
    assert model.row_id(view.currentIndex().row()) == below
    assert view.horizontalScrollBar().value() == h_before and view.verticalScrollBar().value() == v_before
    assert model.rowCount() > r + 1  # the loaded rows were kept, not reset to the first page
    qtbot.keyClick(view, Qt.Key.Key_Down)  # and the keyboard still works from there
    assert view.currentIndex().row() == r + 2


def test_tab_saves_and_moves_right(hub, qtbot, firms_page):
    view, model = firms_page.view, firms_page.model
    c = col_index(model, "short_name")
    rid = model.row_id(3)
    _type_and_press(qtbot, view, model.index(3, c), "测试三", Qt.Key.Key_Tab)
    assert db_value(hub, "firms", rid, "short_name") == "测试三"
    assert (view.currentIndex().row(), view.currentIndex().column()) == (3, c + 1)


def test_edit_keeps_current_cell_selection_and_detail_pane(hub, qtbot, firms_page):
    page, view, model = firms_page, firms_page.view, firms_page.model
    ubtech = hub.db.execute("SELECT id FROM firms WHERE short_name = '优必选'").fetchone()[0]
    r = model.find(ubtech)  # beyond the first page: 深圳市测试… sorts before 深圳市优必选…
    c = col_index(model, "employees")
    view.setCurrentIndex(model.index(r, c))
    rid = model.row_id(r)
    assert page.detail.row_id == rid
    shown = page.detail.toPlainText()
    assert model.setData(model.index(r, c), "2000")
    assert view.currentIndex().row() == r and view.currentIndex().column() == c
    assert view.selectionModel().isSelected(model.index(r, c))
    assert page.detail.row_id == rid and page.detail.toPlainText() == shown


def test_row_whose_sort_value_changes_stays_selected_where_it_lands(hub, qtbot, firms_page):
    view, model = firms_page.view, firms_page.model
    assert firms_page.model.order == ("name_zh", False)  # the firms open by name, in pinyin order
    r = next(i for i in range(model.rowCount()) if model.row_data(i)["name_zh"] == "乐聚(深圳)机器人技术有限公司")
    c = col_index(model, "name_zh")
    view.setCurrentIndex(model.index(r, c))
    rid = model.row_id(r)
    assert model.setData(model.index(r, c), "卓益得机器人有限公司")  # zhuo: sorts after every 深圳市测试…
    new_row = view.currentIndex().row()
    assert new_row != r and model.row_id(new_row) == rid
    assert view.selectionModel().isSelected(model.index(new_row, c))
    assert [model.row_data(i)["name_zh"] for i in (new_row - 1, new_row)][1] == "卓益得机器人有限公司"


def test_refused_value_stays_in_the_cell_with_its_reason(hub, qtbot, firms_page):
    view, model = firms_page.view, firms_page.model
    c = col_index(model, "founded_year")
    rid = model.row_id(2)
    editor = _type_and_press(qtbot, view, model.index(2, c), "abc", Qt.Key.Key_Return)
    assert view.state() == view.State.EditingState and editor.text() == "abc"  # still open, text kept
    typed, why = model.refusal(model.index(2, c))
    assert typed == "abc" and "abc" in why and "year" in why
    assert "year" in editor.toolTip()
    assert view.currentIndex().row() == 2  # did not move on
    assert db_value(hub, "firms", rid, "founded_year") is None
    editor.setText("2015")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert db_value(hub, "firms", rid, "founded_year") == 2015
    assert model.refusal(model.index(2, c)) is None


def test_a_refused_value_left_by_clicking_away_is_kept_for_correction(hub, qtbot, firms_page):
    model = firms_page.model
    c = col_index(model, "founded_year")
    index = model.index(4, c)
    assert not model.setData(index, "去年")
    assert index.data(Qt.ItemDataRole.EditRole) == "去年"  # reopening the editor starts from the typed text
    assert "去年" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert index.data(Qt.ItemDataRole.BackgroundRole) is not None


def test_new_capability_is_a_draft_not_counted_until_valid(hub, qtbot):
    page = TablePage(hub, "capabilities")
    qtbot.add_widget(page)
    page.show()
    model = page.model

    def local_suppliers(name):
        return next(c.local_suppliers for c in chain_coverage(hub.db)[0] if c.name_zh == name)

    before_rows = hub.db.execute("SELECT count(*) FROM capabilities").fetchone()[0]
    before = local_suppliers("VLA大模型")
    page.add_row()
    assert model.row_id(0) == DRAFT and model.row_data(0)["local"] == 1  # the schema's default, shown
    assert model.setData(model.index(0, col_index(model, "firm_id")), "优必选")
    assert hub.db.execute("SELECT count(*) FROM capabilities").fetchone()[0] == before_rows  # still a draft
    assert local_suppliers("VLA大模型") == before  # and not counted toward coverage
    assert "1 new entry not saved yet" in page.summary()
    with qtbot.wait_signal(model.draft_saved) as saved:
        assert model.setData(model.index(0, col_index(model, "component_id")), "VLA大模型")
    assert hub.db.execute("SELECT count(*) FROM capabilities").fetchone()[0] == before_rows + 1
    assert local_suppliers("VLA大模型") == before + 1
    assert hub.undo_stack.undoText() == "Add UBTech × VLA model to Capabilities"  # named (in English), never a number
    assert model.row_id(page.view.currentIndex().row()) == saved.args[0]  # selected where it landed
    assert model.draft is None and DRAFT not in [model.row_id(r) for r in range(model.rowCount())]


def test_new_row_left_empty_is_discarded_and_nothing_is_saved(hub, qtbot):
    page = TablePage(hub, "firms")
    qtbot.add_widget(page)
    page.show()
    model, view = page.model, page.view
    n = model.rowCount()
    log = hub.db.execute("SELECT count(*) FROM change_log").fetchone()[0]
    page.add_row()
    assert model.rowCount() == n + 1
    view.setCurrentIndex(model.index(3, 0))  # the planner moves on without typing anything
    qtbot.waitUntil(lambda: model.draft is None)
    assert model.rowCount() == n
    assert hub.db.execute("SELECT count(*) FROM change_log").fetchone()[0] == log
    assert hub.db.execute("SELECT count(*) FROM firms WHERE name_zh IN ('新条目', 'NEW')").fetchone()[0] == 0


def test_partly_filled_draft_is_kept_when_moving_away(hub, qtbot):
    page = TablePage(hub, "targets")
    qtbot.add_widget(page)
    page.show()
    model = page.model
    page.add_row()
    assert model.setData(model.index(0, col_index(model, "code")), "P9")  # plan and name still missing
    page.view.setCurrentIndex(model.index(2, 0))
    QApplication.processEvents()
    assert model.draft is not None and model.draft["code"] == "P9"  # nothing typed is thrown away
    assert hub.db.execute("SELECT count(*) FROM targets WHERE code = 'P9'").fetchone()[0] == 0


def test_undo_texts_name_rows(hub, qtbot):
    page = TablePage(hub, "capabilities")
    qtbot.add_widget(page)
    page.show()
    model = page.model
    r = next(i for i in range(model.rowCount()) if model.row_data(i)["firm_id__label"] == "奥比中光")
    assert model.setData(model.index(r, col_index(model, "stage")), "小批量")
    assert hub.undo_stack.undoText() == "Edit Stage of 奥比中光 × Depth camera"  # English names where the data has them


def test_page_change_reads_rows_only_when_shown(hub, qtbot):
    page = TablePage(hub, "observations")
    qtbot.add_widget(page)
    assert not page.model.is_loaded  # built at start-up, read when first shown
    page.show()
    assert page.model.is_loaded and page.model.rowCount() == 3


def test_refresh_in_place_passes_the_model_tester(hub, qtbot, qtmodeltester, monkeypatch):
    """Moves, inserts and removals after edits are told to Qt consistently (the tester watches them all)."""
    from gui import messages
    from gui.tables import actions
    from gui.tables.model import SqlTableModel

    changes.bulk_insert(hub.db, "firms", [{"name_zh": f"测试{i:03d}"} for i in range(300)])
    model = SqlTableModel(hub, "firms")
    model.set_order("name_zh", False)
    qtmodeltester.check(model)
    c = col_index(model, "name_zh")
    model.setData(model.index(0, c), "佐佐木机器人")  # moves from the top to the far end
    model.start_draft()
    model.setData(model.index(0, c), "阿尔法机器人")  # the draft saved: it lands on top
    monkeypatch.setattr(messages, "confirm", lambda *a, **k: True)
    actions.delete_rows(None, model, [model.row_id(3), model.row_id(4)])
    hub.undo_stack.undo()
    qtmodeltester.check(model)
    names = [model.row_data(r)["name_zh"] for r in range(model.rowCount())]
    assert names[0] == "阿尔法机器人" and "佐佐木机器人" not in names[:250]
