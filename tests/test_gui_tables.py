"""The editable tables as a planner uses them, against a real SQLite file (offscreen Qt)."""

import pytest
from PySide6.QtCore import Qt

from gui import messages
from gui.tables import actions
from gui.tables.model import SqlTableModel
from gui.tables.view import SheetView, from_tsv, to_tsv


def col_index(model, name):
    return [c.name for c in model.columns].index(name)


def row_index(model, name_zh):
    for r in range(model.rowCount()):
        if model.row_data(r)["name_zh"] == name_zh:
            return r
    raise AssertionError(name_zh)


def db_value(hub, table, row_id, column):
    found = hub.db.execute(f"SELECT [{column}] FROM [{table}] WHERE id = ?", [row_id]).fetchone()
    return None if found is None else found[0]


UBTECH = "深圳市优必选科技股份有限公司"


@pytest.mark.parametrize("table", ["firms", "components", "layers", "capabilities", "supply_links", "centres",
                                   "plans", "targets", "observations", "sources"])
def test_every_model_passes_qtmodeltester(qtmodeltester, hub, table):
    model = SqlTableModel(hub, table)
    qtmodeltester.check(model)
    model.sort(0, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)


def test_search_and_sort_in_sql(hub):
    model = SqlTableModel(hub, "firms")
    model.set_search("乐聚")
    assert model.rowCount() == 1 and model.row_data(0)["name_zh"] == "乐聚(深圳)机器人技术有限公司"
    model.set_search("")
    model.sort(col_index(model, "valuation_cny"), Qt.SortOrder.DescendingOrder)
    assert model.row_data(0)["name_zh"] == UBTECH  # the only valued firm comes first descending
    assert model.index(0, col_index(model, "valuation_cny")).data() == "500"  # shown in 亿元


def test_edit_cell_saves_logs_and_undoes(hub, qtbot):
    model = SqlTableModel(hub, "firms")
    r = row_index(model, UBTECH)
    rid = model.row_id(r)
    index = model.index(r, col_index(model, "valuation_cny"))
    assert model.setData(index, "12.5亿")
    assert db_value(hub, "firms", rid, "valuation_cny") == 1_250_000_000
    log = hub.db.execute("SELECT old_value, new_value FROM change_log WHERE action = 'update' AND row_id = ? "
                         "AND \"column\" = 'valuation_cny'", [rid]).fetchall()
    assert log == [("50000000000.0", "1250000000.0")]
    assert model.index(r, index.column()).data() == "12.5"
    assert hub.undo_stack.undoText() == "Edit Valuation (100M CNY) of UBTech"  # the English UI names it in English
    hub.undo_stack.undo()
    assert db_value(hub, "firms", rid, "valuation_cny") == 50_000_000_000
    hub.undo_stack.redo()
    assert db_value(hub, "firms", rid, "valuation_cny") == 1_250_000_000
    # A plain number in the 亿元 column is 亿元; one too large to be 亿元 must say its unit.
    assert model.setData(index, "3")
    assert db_value(hub, "firms", rid, "valuation_cny") == 300_000_000
    assert not model.setData(index, "1,250,000,000")
    assert model.setData(index, "1,250,000,000元")
    assert db_value(hub, "firms", rid, "valuation_cny") == 1_250_000_000


def test_invalid_input_is_refused_at_the_cell(hub, qtbot):
    model = SqlTableModel(hub, "firms")
    r = row_index(model, UBTECH)
    rid = model.row_id(r)
    before = hub.db.execute("SELECT count(*) FROM change_log").fetchone()[0]
    with qtbot.wait_signal(model.rejected) as blocker:
        assert not model.setData(model.index(r, col_index(model, "founded_year")), "去年")
    assert "year" in blocker.args[0]
    assert not model.setData(model.index(r, col_index(model, "role")), "卖家")
    assert not model.setData(model.index(r, col_index(model, "name_zh")), "  ")
    assert not model.setData(model.index(r, col_index(model, "credit_code")), "123")
    assert db_value(hub, "firms", rid, "founded_year") is None
    assert hub.db.execute("SELECT count(*) FROM change_log").fetchone()[0] == before
    # Chinese choice names are understood.
    assert model.setData(model.index(r, col_index(model, "role")), "零部件")
    assert db_value(hub, "firms", rid, "role") == "component"


def test_reference_typed_by_name(hub):
    model = SqlTableModel(hub, "capabilities")
    index = model.index(0, col_index(model, "firm_id"))
    assert model.setData(index, "优必选")
    assert model.index(0, index.column()).data() == "UBTech"  # typed in Chinese, shown by its English name
    assert not model.setData(index, "不存在的公司")


def test_tsv_round_trip_keeps_chinese_tabs_and_quotes():
    grid = [["优必选", "a\tb", 'say "hi"'], ["乐聚", "", "多行\n文本"]]
    assert from_tsv(to_tsv(grid)) == grid
    assert from_tsv("甲\t乙\r\n丙\t丁\r\n") == [["甲", "乙"], ["丙", "丁"]]


def test_paste_range_is_one_undo_step(hub, qtbot):
    model = SqlTableModel(hub, "firms")
    view = SheetView(model)
    qtbot.add_widget(view)
    model.sort(0, Qt.SortOrder.AscendingOrder)  # name_zh
    view.setCurrentIndex(model.index(0, col_index(model, "short_name")))
    ids = [model.row_id(0), model.row_id(1)]
    applied, errors = view.paste("甲\t Alpha Ltd\n乙\tBeta Co\n")
    assert (applied, errors) == (4, [])
    assert [db_value(hub, "firms", i, "short_name") for i in ids] == ["甲", "乙"]
    assert db_value(hub, "firms", ids[0], "name_en") == "Alpha Ltd"
    hub.undo_stack.undo()
    assert db_value(hub, "firms", ids[0], "short_name") != "甲"
    assert db_value(hub, "firms", ids[1], "name_en") != "Beta Co"


def test_paste_with_bad_cells_lets_the_user_choose(hub, qtbot):
    model = SqlTableModel(hub, "firms")
    view = SheetView(model)
    qtbot.add_widget(view)
    view.setCurrentIndex(model.index(0, col_index(model, "founded_year")))
    rid = model.row_id(0)
    questions = []
    applied, errors = view.paste("2015\n不是年份\n", ask=lambda text: questions.append(text) or False)
    assert applied == 0 and len(errors) == 1 and "不是年份" in errors[0]
    assert db_value(hub, "firms", rid, "founded_year") is None
    applied, errors = view.paste("2015\n不是年份\n", ask=lambda text: True)
    assert applied == 1
    assert db_value(hub, "firms", rid, "founded_year") == 2015


def test_fill_down(hub, qtbot):
    model = SqlTableModel(hub, "firms")
    c = col_index(model, "district")
    model.setData(model.index(0, c), "南山区")
    assert actions.fill_down(model, [0, 1, 2], [c]) == 2
    assert {model.row_data(r)["district"] for r in range(3)} == {"南山区"}


def test_add_duplicate_and_delete_with_references(hub, qtbot, monkeypatch):
    model = SqlTableModel(hub, "firms")
    n = hub.db.execute("SELECT count(*) FROM firms").fetchone()[0]
    model.start_draft()  # a draft: nothing saved, nothing counted
    assert hub.db.execute("SELECT count(*) FROM firms").fetchone()[0] == n and model.total_count() == n
    with qtbot.wait_signal(model.draft_saved) as saved:
        assert model.setData(model.index(0, col_index(model, "name_zh")), "深圳市新松机器人有限公司")
    new_id = saved.args[0]
    assert hub.db.execute("SELECT count(*) FROM firms").fetchone()[0] == n + 1
    assert hub.undo_stack.undoText() == "Add 深圳市新松机器人有限公司 to Firms"
    hub.undo_stack.undo()
    assert db_value(hub, "firms", new_id, "name_zh") is None
    hub.undo_stack.redo()
    assert db_value(hub, "firms", new_id, "name_zh") == "深圳市新松机器人有限公司"

    orbbec = hub.db.execute("SELECT id FROM firms WHERE short_name = '奥比中光'").fetchone()[0]
    questions = []
    monkeypatch.setattr(messages, "confirm", lambda parent, title, text, **kw: questions.append(text) or True)
    assert actions.delete_rows(None, model, [orbbec])
    assert "Capabilities" in questions[0] and "Supply links" in questions[0]  # says what refers to it
    assert db_value(hub, "firms", orbbec, "name_zh") is None
    assert hub.db.execute("SELECT count(*) FROM capabilities WHERE firm_id = ?", [orbbec]).fetchone()[0] == 0
    hub.undo_stack.undo()
    assert db_value(hub, "firms", orbbec, "name_zh") == "奥比中光科技集团股份有限公司"
    assert hub.db.execute("SELECT count(*) FROM capabilities WHERE firm_id = ?", [orbbec]).fetchone()[0] == 1
    assert hub.db.execute("SELECT count(*) FROM supply_links WHERE supplier_id = ?", [orbbec]).fetchone()[0] == 1


def test_declined_delete_changes_nothing(hub, monkeypatch):
    model = SqlTableModel(hub, "firms")
    monkeypatch.setattr(messages, "confirm", lambda *a, **k: False)
    assert not actions.delete_rows(None, model, [model.row_id(0)])
    assert hub.db.execute("SELECT count(*) FROM firms").fetchone()[0] == 5


def test_conflict_between_two_windows(hub, map_file, qtbot, monkeypatch):
    from db.connection import open_database
    from gui.hub import DataHub

    other = DataHub(open_database(map_file))
    mine = SqlTableModel(hub, "firms")
    theirs = SqlTableModel(other, "firms")
    r = row_index(mine, UBTECH)
    rid = mine.row_id(r)
    c = col_index(mine, "short_name")
    mine.row_data(r)  # this window has read the row
    assert theirs.setData(theirs.index(row_index(theirs, UBTECH), c), "优必选科技")
    # This window sees the other's committed change when it refreshes (on focus).
    assert hub.check_external_changes()
    assert mine.index(r, c).data() == "优必选科技"
    # Both edit the same cell: the later save is told and shown both values.
    stale = SqlTableModel(hub, "firms")
    stale.row_data(row_index(stale, UBTECH))
    theirs.setData(theirs.index(row_index(theirs, UBTECH), c), "UBTech深圳")
    asked = []
    monkeypatch.setattr(actions, "ask_use_mine", lambda text: asked.append(text) or False)
    assert not stale.setData(stale.index(row_index(stale, UBTECH), c), "我的值")
    assert "UBTech深圳" in asked[0] and "我的值" in asked[0]
    assert db_value(hub, "firms", rid, "short_name") == "UBTech深圳"  # kept theirs: nothing lost silently
    monkeypatch.setattr(actions, "ask_use_mine", lambda text: True)
    stale2 = SqlTableModel(hub, "firms")
    stale2.row_data(row_index(stale2, UBTECH))
    theirs.setData(theirs.index(row_index(theirs, UBTECH), c), "第三个值")
    assert stale2.setData(stale2.index(row_index(stale2, UBTECH), c), "我的值")
    assert db_value(hub, "firms", rid, "short_name") == "我的值"
    other.close()


def test_keyset_paging_matches_a_full_sql_sort(hub):
    from db import changes

    rows = [{"name_zh": f"深圳市测试{i:04d}有限公司", "valuation_cny": None if i % 3 == 0 else float(i % 17)}
            for i in range(1200)]
    changes.bulk_insert(hub.db, "firms", rows)
    model = SqlTableModel(hub, "firms")
    c = col_index(model, "valuation_cny")
    for order, sql in ((Qt.SortOrder.AscendingOrder, "valuation_cny ASC, id ASC"),
                       (Qt.SortOrder.DescendingOrder, "valuation_cny DESC, id DESC")):
        model.sort(c, order)
        assert model.rowCount() == 256  # first page only: the rest is fetched on demand
        while model.canFetchMore():
            model.fetchMore()
        expected = [r[0] for r in hub.db.execute(f"SELECT id FROM firms ORDER BY {sql}")]
        assert [model.row_id(r) for r in range(model.rowCount())] == expected


def test_editors_by_column_kind(hub, qtbot):
    from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QStyleOptionViewItem

    model = SqlTableModel(hub, "firms")
    view = SheetView(model)
    qtbot.add_widget(view)
    delegate = view.itemDelegate()
    option = QStyleOptionViewItem()

    def editor_for(name):
        index = model.index(0, col_index(model, name))
        editor = delegate.createEditor(view.viewport(), option, index)
        delegate.setEditorData(editor, index)
        return editor, index

    role, index = editor_for("role")
    assert isinstance(role, QComboBox) and role.findData("integrator") >= 0
    role.setCurrentIndex(role.findData("platform"))
    delegate.setModelData(role, model, index)
    assert db_value(hub, "firms", model.row_id(0), "role") == "platform"
    source, index = editor_for("source_id")
    assert isinstance(source, QComboBox) and source.isEditable() and source.count() >= 3
    notes, index = editor_for("notes")
    assert isinstance(notes, QPlainTextEdit)
    notes.setPlainText("第一行\n第二行")
    delegate.setModelData(notes, model, index)
    assert db_value(hub, "firms", model.row_id(0), "notes") == "第一行\n第二行"
    year, _ = editor_for("founded_year")
    assert isinstance(year, QLineEdit)


def test_a_pasted_cell_starting_with_a_quote_does_not_swallow_the_rest():
    assert from_tsv('"约"500\t乐聚\n甲\t乙\n') == [['"约"500', "乐聚"], ["甲", "乙"]]
    assert from_tsv('"未闭合的引号\t乐聚\n甲\t乙') == [['"未闭合的引号', "乐聚"], ["甲", "乙"]]
    assert from_tsv('"多行\n文本"\t"a ""b"""') == [["多行\n文本", 'a "b"']]  # Excel's own quoting still works


def test_history_speaks_in_names_local_time_and_readable_values(hub, qtbot, monkeypatch):
    from datetime import datetime

    from gui.tables.history_page import HistoryPage

    page = HistoryPage(hub)
    qtbot.add_widget(page)
    page.show()
    caps = SqlTableModel(hub, "capabilities")
    r = next(i for i in range(caps.rowCount()) if caps.row_data(i)["firm_id__label"] == "奥比中光")
    assert caps.setData(caps.index(r, col_index(caps, "source_id")), "S2")  # a reference
    firms = SqlTableModel(hub, "firms")
    ubtech = row_index(firms, UBTECH)
    assert firms.setData(firms.index(ubtech, col_index(firms, "valuation_cny")), "12.5亿")  # money
    monkeypatch.setattr(messages, "confirm", lambda *a, **k: True)
    assert actions.delete_rows(None, firms, [firms.row_id(row_index(firms, "深圳市乙传动有限公司"))])
    model = page.model
    rows = [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Time", "User", "Action", "Table", "Entry", "Column", "Old value", "New value"]
    newest = rows[0]
    assert newest[2:5] == ["Deleted", "Firms", "深圳市乙传动有限公司"]  # named as it was, though deleted
    assert newest[5] == "whole entry" and "Name (Chinese): 深圳市乙传动有限公司" in newest[6] and "{" not in newest[6]
    # its capabilities went with it, and are named by the firm and component they linked
    assert ["Deleted", "Capabilities", "深圳市乙传动有限公司 × Harmonic reducer"] in [row[2:5] for row in rows]
    money = next(row for row in rows if row[5] == "Valuation (100M CNY)")
    assert money[3:] == ["Firms", "UBTech", "Valuation (100M CNY)", "500", "12.5"]
    source = next(row for row in rows if row[5] == "Source")
    assert source[3:5] == ["Capabilities", "奥比中光 × Depth camera"] and source[6:] == ["S1 深圳新闻网 回望2024", "S2 行动计划"]
    logged = hub.db.execute("SELECT ts FROM change_log ORDER BY id DESC LIMIT 1").fetchone()[0]
    local = datetime.fromisoformat(logged).astimezone().strftime("%Y-%m-%d %H:%M:%S")
    assert newest[0] == local


def test_typed_references_follow_a_rename_made_meanwhile(hub):
    """Names are read once per table for typed references, and read again after that table changes."""
    firms, caps = SqlTableModel(hub, "firms"), SqlTableModel(hub, "capabilities")
    resolver = hub.resolver()
    fc = col_index(caps, "firm_id")
    assert caps.setData(caps.index(0, fc), "优必选")
    assert hub.resolver() is resolver  # kept between edits
    r = row_index(firms, UBTECH)
    assert firms.setData(firms.index(r, col_index(firms, "short_name")), "优必选机器人")
    assert caps.setData(caps.index(0, fc), "奥比中光")
    assert caps.setData(caps.index(0, fc), "优必选机器人")  # the new short name is known at once
    assert caps.row_data(0)["firm_id"] == db_value(hub, "firms", firms.row_id(r), "id")
