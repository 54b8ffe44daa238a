"""Tables open in the order a planner expects, show it with the sort arrow, and remember the order chosen."""

from PySide6.QtCore import Qt

from db import changes
from gui.tables.page import TablePage


def names(model, column="name_zh", n=None):
    n = model.rowCount() if n is None else n
    return [model.row_data(r)[column] for r in range(n)]


def open_page(hub, qtbot, table):
    page = TablePage(hub, table)
    qtbot.add_widget(page)
    page.show()
    return page


def test_firms_open_in_pinyin_order_with_the_arrow_shown(hub, qtbot):
    page = open_page(hub, qtbot, "firms")
    # ao 奥比中光 · le 乐聚 · shen zhen shi jia / yi / you (甲 jia3 < 乙 yi3 < 优 you1)
    assert names(page.model) == ["奥比中光科技集团股份有限公司", "乐聚(深圳)机器人技术有限公司", "深圳市甲减速机有限公司",
                                 "深圳市乙传动有限公司", "深圳市优必选科技股份有限公司"]
    header = page.view.horizontalHeader()
    assert header.isSortIndicatorShown()
    assert header.sortIndicatorSection() == 0 and header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder


def test_targets_open_in_natural_code_order(hub, qtbot):
    plan = hub.db.execute("SELECT id FROM plans").fetchone()[0]
    for code in ("P13", "P2", "P10", "P1"):
        changes.insert_row(hub.db, "targets", {"plan_id": plan, "code": code, "name_zh": f"指标{code}", "kind": "stock"})
    page = open_page(hub, qtbot, "targets")
    assert names(page.model, "code") == ["E1", "E5", "P1", "P2", "P10", "P13", "Q1"]


def test_observations_open_newest_first(hub, qtbot):
    page = open_page(hub, qtbot, "observations")
    assert names(page.model, "as_of") == ["2026-06-30", "2025-06-30", "2024-12-31"]
    header = page.view.horizontalHeader()
    assert page.model.columns[header.sortIndicatorSection()].name == "as_of"
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder


def test_components_open_in_chain_order(hub, qtbot):
    page = open_page(hub, qtbot, "components")
    # 机器脑 (大脑 inside it) → 机器肢 → 机器体, as the layers' order says; within a layer as entered
    assert names(page.model) == ["VLA大模型", "谐波减速器", "行星滚柱丝杠", "深度相机"]


def test_references_and_choices_sort_by_what_is_shown(hub, qtbot):
    page = open_page(hub, qtbot, "capabilities")
    assert names(page.model, "firm_id__label") == ["奥比中光", "深圳市甲减速机有限公司", "深圳市乙传动有限公司",
                                                   "深圳市乙传动有限公司"]
    firms = open_page(hub, qtbot, "firms")
    role = [c.name for c in firms.model.columns].index("role")
    firms.view.sortByColumn(role, Qt.SortOrder.AscendingOrder)  # English UI: Component supplier < Integrator
    assert names(firms.model, "role")[:3] == ["component", "component", "component"]


def test_the_order_chosen_is_remembered_per_table(hub, qtbot):
    page = open_page(hub, qtbot, "firms")
    c = [col.name for col in page.model.columns].index("cluster_join_year")
    page.view.sortByColumn(c, Qt.SortOrder.DescendingOrder)
    assert names(page.model, "cluster_join_year")[:2] == [2025, 2024]
    again = open_page(hub, qtbot, "firms")  # a new window, after a restart
    assert again.model.order == ("cluster_join_year", True)
    assert again.view.horizontalHeader().sortIndicatorSection() == c
    other = open_page(hub, qtbot, "centres")  # other tables keep their own order
    assert other.model.order == ("name_zh", False)
