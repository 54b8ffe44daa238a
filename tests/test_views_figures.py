"""What the overview and the chain map say about the cases the gap analysis now knows, on a small map made
here: P1 measured only before its plan period, by three sources that disagree (2,200 余 / 2,200 超 / 2,800 超
on 2024-12-31), 18 months old on the day asked about; P5, a per-year target (120 in 2025, 30 by 2026-03-31);
the limbs layer surveyed (灵巧手: surveyed, no local supplier) beside VLA大模型 that nobody has surveyed; and
a supplier fact still to be checked (奥比中光 × 深度相机).

Figures are worked by hand from the rules in docs/gap-rules.md, on 2026-06-30:
P1 still misses 800 firms: 800 / (184 days / 365.2425) = 1,588 a year from today, 800 / (730 / 365.2425) =
400 a year from the figure's date; its figure is 546 days (17.9 months) old. P5 opened 30 by 31 March: 30 /
(90 / 365) = 121.7 a year at that pace.
"""

import copy
import re
from datetime import date

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest

from tests.conftest import SMALL_DATASET

TODAY = date(2026, 6, 30)
LATIN = re.compile(r"[A-Za-z]{2,}")


def figures_dataset() -> dict:
    data = copy.deepcopy(SMALL_DATASET)
    data["sources"] += [
        {"ref": "S3", "title": "香港商報 回望2024", "publisher": "香港商報", "date": "2025-01-18", "kind": "news"},
        {"ref": "S4", "title": "大公報 數讀深圳AI", "publisher": "大公報", "date": "2025-02-12", "kind": "news"},
    ]
    for layer in data["layers"]:
        if layer["ref"] == "limbs":
            layer.update(surveyed_on="2026-01-10", surveyed_by="市工信局产业处", survey_list="机器人企业名单")
    data["components"].append({"ref": "hand", "layer": "limbs", "name_zh": "灵巧手", "name_en": "Dexterous hand",
                               "criticality": "high", "in_standard_bom": True})
    data["capabilities"][0]["needs_check"] = True  # 奥比中光 × 深度相机
    data["plans"].append({"code": "AIPC2026", "title_zh": "人工智能先锋城市行动计划", "title_en": "AI Pioneer City Plan",
                          "issuer": "市政府", "issue_date": "2025-03-03", "start_year": 2025, "deadline_year": 2026,
                          "source": "S2"})
    data["targets"] += [
        {"plan": "AIPC2026", "code": "P1", "name_zh": "人工智能企业数量", "name_en": "Number of AI firms", "unit": "家",
         "op": ">", "value": 3000, "deadline_year": 2026, "kind": "stock", "source": "S2"},
        {"plan": "AIPC2026", "code": "P5", "name_zh": "开放应用场景（每年）", "name_en": "Scenarios opened per year",
         "unit": "个", "op": ">=", "value": 100, "deadline_year": 2026, "kind": "flow", "per_year": True, "source": "S2"},
    ]
    data["observations"] += [
        {"target": "AIPC2026/P1", "value": 2200, "qualifier": "余", "unit": "家", "as_of": "2024-12-31", "source": "S1",
         "confidence": "high", "quote": "人工智能企业2200余家"},
        {"target": "AIPC2026/P1", "value": 2200, "qualifier": "超", "unit": "家", "as_of": "2024-12-31", "source": "S3",
         "confidence": "medium", "quote": "人工智能企業超過2200家"},
        {"target": "AIPC2026/P1", "value": 2800, "qualifier": "超", "unit": "家", "as_of": "2024-12-31", "source": "S4",
         "confidence": "high", "quote": "人工智能企業超2800家"},
        {"target": "AIPC2026/P5", "value": 120, "unit": "个", "as_of": "2025-12-31", "source": "S1", "quote": "开放120个"},
        {"target": "AIPC2026/P5", "value": 30, "unit": "个", "as_of": "2026-03-31", "source": "S1", "quote": "开放30个"},
    ]
    return data


@pytest.fixture
def figures_file(tmp_path):
    from core.dataset import load_dataset
    from db.connection import open_database

    path = tmp_path / "figures.sqlite"
    db = open_database(path, create=True)
    load_dataset(db, figures_dataset())
    db.conn.close()
    return path


@pytest.fixture
def figures_hub(qtbot, figures_file):
    from db.connection import open_database
    from gui.hub import DataHub

    h = DataHub(open_database(figures_file))
    yield h
    h.close()


@pytest.fixture
def on_the_day(monkeypatch):
    """The pages compute for "today": make it 2026-06-30, the day the figures above are worked for."""
    import core.analysis.coverage
    import core.analysis.database
    import gui.overview.page

    class Day(date):
        @classmethod
        def today(cls):
            return TODAY

    for module in (gui.overview.page, core.analysis.database, core.analysis.coverage):
        monkeypatch.setattr(module, "date", Day)


@pytest.fixture
def ui(qapp):
    from gui import i18n

    def install(language):
        i18n.install(qapp, language)

    yield install
    i18n.install(qapp, "en")


def overview(hub, qtbot):
    from gui.overview.page import OverviewPage

    page = OverviewPage(hub)
    qtbot.add_widget(page)
    page.resize(1280, 760)
    page.show()
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=10000)
    return page


def bar(page, code):
    return next(b for b in page.progress.bars if b.code == code)


def row_id(hub, table, name):
    return hub.db.execute(f"SELECT id FROM {table} WHERE name_zh = ?", [name]).fetchone()[0]


def test_tiles_say_the_status_words_of_the_legend_and_show_what_they_count(figures_hub, qtbot, on_the_day, ui):
    ui("en")
    page = overview(figures_hub, qtbot)
    tiles = {key: (label.property("count"), label.property("caption")) for key, label in page.tiles.items()}
    assert tiles == {
        "on_track": (2, "On track"), "baseline_only": (1, "Baseline only"), "no_data": (2, "No data"),
        "sources_disagree": (1, "⇆ Sources disagree"), "stale_data": (1, "△ Data out of date"),
        "no_local_supplier": (1, "No local supplier"), "not_surveyed": (1, "Not yet surveyed"),
        "single_source": (2, "Single source"), "suppliers_to_check": (1, "Supplier facts to check")}
    legend = [text for _at, text, look, _w in page.progress.drawing.legend.places if not str(look).startswith("mark")]
    assert legend[:3] == ["On track", "Baseline only", "No data"]  # the statuses drawn, in the tiles' words
    # A target tile shows its targets in the chart; a chain tile opens the rows it counts.
    page.tiles["baseline_only"].clicked.emit()
    assert [b.code for b in page.progress.bars] == ["P1"]
    page.tiles["stale_data"].clicked.emit()
    assert [b.code for b in page.progress.bars] == ["P1"] and page.status_filter.currentText() == "△ Data out of date"
    opened = []
    page.open_rows.connect(lambda table, ids, text: opened.append((table, list(ids), text)))
    page.tiles["not_surveyed"].clicked.emit()
    page.tiles["suppliers_to_check"].clicked.emit()
    orbbec = figures_hub.db.execute("SELECT id FROM capabilities WHERE needs_check = 1").fetchall()
    assert opened == [("components", [row_id(figures_hub, "components", "VLA大模型")], "Not yet surveyed"),
                      ("capabilities", [orbbec[0][0]], "Supplier facts to check")]


def test_a_baseline_only_target_shows_range_marks_both_paces_and_the_reason(figures_hub, qtbot, on_the_day, ui):
    ui("en")
    page = overview(figures_hub, qtbot)
    p1 = bar(page, "P1")
    assert p1.look == "baseline" and p1.status == "baseline_only"
    assert page.progress.drawing.value_text(p1) == (
        "Baseline only · baseline over 2,200 firms (2,200–2,800 firms) ⇆△18 months · "
        "needs 1,588 firms/yr (400 firms from the latest figure)")
    tip = page.progress.tooltip_for(p1)
    for line in ("Values of 2024-12-31 by source:", "over 2,200 firms [S1] 深圳新闻网 回望2024",
                 "over 2,200 firms [S3] 香港商報 回望2024", "over 2,800 firms [S4] 大公報 數讀深圳AI",
                 "headline: Most conservative value", "⇆ Sources disagree", "△ Data out of date (18 months)",
                 "Needed per year from today: 1,588 firms", "Needed per year from the latest figure: 400 firms",
                 "Reason: only a baseline from before the plan period (2,200 firms on 2024-12-31); nothing measured "
                 "since 2025-01-01"):
        assert line in tip, line
    # Drawn as a hatched baseline up to 2,200 / 3,000 of the target, never as a solid bar of progress.
    d = page.progress.drawing
    i = page.progress.rows.index(p1)
    y = int(d.row_top(i) + d.row_h / 2) + 4
    image = page.progress.grab().toImage()
    inside = {image.pixelColor(x, y).name() for x in range(int(d.plot_left) + 8, int(d.x_of(2200 / 3000 * 100)) - 2)}
    assert "#ffffff" in inside and len(inside) > 1  # hatched: the background shows between the lines
    page.select_target(p1.target_id)
    note = page.target_note.toPlainText()
    assert "AIPC2026 P1 Number of AI firms: Baseline only" in note and "Only a baseline from before" in note


def test_the_chinese_overview_words_the_same_target_in_chinese(figures_hub, qtbot, on_the_day, ui):
    ui("zh_CN")
    page = overview(figures_hub, qtbot)
    p1, p5 = bar(page, "P1"), bar(page, "P5")
    assert page.progress.drawing.value_text(p1) == (
        "仅有基期数据 · 基期 2,200余家（2,200–2,800家） ⇆△18个月 · 每年需增 1,588家（按最新数据 400家）")
    assert page.progress.drawing.value_text(p5).startswith("进度正常 · 2025年：120个 ✓、2026年：截至03-31 30个，按此进度全年 122个 进度正常")
    for tip in (page.progress.tooltip_for(p1), page.progress.tooltip_for(p5)):
        assert set(LATIN.findall(tip)) <= {"AIPC", "S1", "S3", "S4", "AI"}, tip  # only data names
    assert "只有计划期之前的基期数据（2024-12-31：2,200家）" in page.progress.tooltip_for(p1)
    assert [page.tiles[k].property("caption") for k in ("baseline_only", "not_surveyed", "suppliers_to_check")] == [
        "仅有基期数据", "尚未摸排", "待核实的供应记录"]


def test_a_per_year_target_is_shown_year_by_year(figures_hub, qtbot, on_the_day, ui):
    ui("en")
    page = overview(figures_hub, qtbot)
    p5 = bar(page, "P5")
    assert page.progress.drawing.value_text(p5) == (
        "On track · 2025: 120 ✓, 2026: 30 to 03-31, 122 a year at this pace On track · "
        "needs 139/yr (93 from the latest figure)")
    tip = page.progress.tooltip_for(p5)
    assert "Year by year:" in tip and "  2025: 120 Met" in tip


def test_the_matrix_keeps_not_yet_surveyed_apart_from_no_local_supplier(figures_hub, qtbot, on_the_day, ui):
    from core.analysis.chart_data import MEASURES
    from gui.overview.chart_style import LEVEL_COLOURS

    ui("en")
    page = overview(figures_hub, qtbot)
    matrix, d = page.matrix, page.matrix.drawing
    rows = {r.name_zh: (i, r) for i, r in enumerate(matrix.rows) if not isinstance(r, str)}
    image = matrix.grab().toImage()

    def cell(name, measure):
        i, _row = rows[name]
        x = d.name_w + (MEASURES.index(measure) + 0.5) * d.column_w + 4
        y = d.top + i * d.row_h + 4
        return {image.pixelColor(int(x + dx), int(y + d.row_h * 0.2)).name() for dx in range(-8, 9)}

    assert d.cell_text(rows["灵巧手"][1], "local_suppliers") == "0"  # surveyed: none found
    assert d.cell_text(rows["VLA大模型"][1], "local_suppliers") == "—"  # nobody has looked
    assert cell("灵巧手", "local_suppliers") == {LEVEL_COLOURS["empty"]}
    assert LEVEL_COLOURS["empty"] not in cell("VLA大模型", "local_suppliers") and "#ffffff" in cell("VLA大模型", "local_suppliers")
    assert d.cell_text(rows["深度相机"][1], "to_check") == "1" and cell("深度相机", "to_check") == {LEVEL_COLOURS["check"]}
    hand_tip = matrix.tooltip_for(rows["灵巧手"][1], None)
    assert "Suppliers surveyed: 2026-01-10, 市工信局产业处, 机器人企业名单 (with its layer)" in hand_tip
    assert "In the standard BOM: every integrator's robot uses one (2); not counted as depending" in hand_tip
    assert "Place among the chain's gaps: 1" in hand_tip
    assert "Suppliers: Not yet surveyed (none recorded is not none found)" in matrix.tooltip_for(rows["VLA大模型"][1], None)
    opened = []
    page.open_rows.connect(lambda table, ids, text: opened.append((table, list(ids), text)))
    i = rows["深度相机"][0]
    QTest.mouseClick(matrix, Qt.MouseButton.LeftButton,
                     pos=QPoint(int(d.name_w + 4.5 * d.column_w + 4), int(d.top + (i + 0.5) * d.row_h + 4)))
    check = figures_hub.db.execute("SELECT id FROM capabilities WHERE needs_check = 1").fetchone()[0]
    assert opened == [("capabilities", [check], "Supplier facts of Depth camera still to be checked")]


def test_the_ranked_gaps_come_first_to_last_and_open_their_component(figures_hub, qtbot, on_the_day, ui):
    ui("en")
    page = overview(figures_hub, qtbot)
    table = page.ranked.table
    rows = [[table.item(i, j).text() for j in (0, 1, 3, 4)] for i in range(table.rowCount())]
    # High criticality and in the BOM first; then the BOM's share; a gap nobody has surveyed stays a gap, ranked.
    assert rows == [["1", "Dexterous hand", "No local supplier", "High"], ["2", "Roller screw", "Single source", "High"],
                    ["3", "Depth camera", "Single source", "—"], ["4", "VLA model", "Not yet surveyed", "—"]]
    opened = []
    page.open_rows.connect(lambda t, ids, text: opened.append((t, list(ids), text)))
    table.itemActivated.emit(table.item(0, 1))
    assert opened == [("components", [row_id(figures_hub, "components", "灵巧手")], "Dexterous hand")]


def test_the_chain_map_draws_not_yet_surveyed_apart_and_counts_each_layer(figures_hub, qtbot, ui):
    from gui.chain_map.nodes import NO_LOCAL_COLOR, NOT_SURVEYED_COLOR, TO_CHECK_COLOR
    from gui.chain_map.view import ChainMapPage

    ui("en")
    page = ChainMapPage(figures_hub)
    qtbot.add_widget(page)
    page.resize(1280, 760)
    page.show()
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=10000)
    view = page.view
    box = {name: view.component_items[row_id(figures_hub, "components", name)] for name in ("VLA大模型", "灵巧手", "深度相机")}
    assert (box["VLA大模型"].dashed, box["VLA大模型"].border, box["VLA大模型"].badge) == (True, NOT_SURVEYED_COLOR, "—/2")
    assert (box["灵巧手"].dashed, box["灵巧手"].border, box["灵巧手"].badge) == (False, NO_LOCAL_COLOR, "0/2")
    assert box["深度相机"].corner == TO_CHECK_COLOR and box["灵巧手"].corner is None
    assert "Suppliers not yet surveyed: none recorded is not none found" in box["VLA大模型"].toolTip()
    assert "Suppliers surveyed: 2026-01-10, 市工信局产业处, 机器人企业名单" in box["灵巧手"].toolTip()
    assert "Supplier facts still to be checked: 1" in box["深度相机"].toolTip()
    headers = {n.lines[0]: n for n in view.scene().items() if getattr(n, "kind", None) == "header"}
    assert headers["Machine limbs"].note == "0 not yet surveyed · 1 no local supplier · 0 to check"
    assert headers["Machine limbs"].badge == "2/3 covered"
    assert headers["Machine brain"].note == "1 not yet surveyed · 0 no local supplier · 0 to check"
    texts = [getattr(i, "text", lambda: "")() for i in view.scene().items()] + [i.toolTip() for i in view.scene().items()]
    assert any("an integrator depends on a component only through them" in t for t in texts)
    assert not any("every integrator also depends" in t or "Every integrator depends" in t for t in texts)


def test_the_outline_says_the_same_as_the_picture(figures_hub, qtbot, ui):
    from gui.chain_map.outline import ChainPage

    ui("en")
    page = ChainPage(figures_hub)
    qtbot.add_widget(page)
    page.show()
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=10000)
    tree = page.tree
    items = {}
    stack = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    while stack:
        item = stack.pop()
        items[item.text(0)] = [item.text(c) for c in range(tree.columnCount())]
        stack += [item.child(i) for i in range(item.childCount())]
    assert items["VLA model"][1:3] + items["VLA model"][5:] == ["—", "2", "Not yet surveyed", "Not yet surveyed", ""]
    assert items["Dexterous hand"][1:3] + items["Dexterous hand"][5:7] == ["0", "2", "No local supplier",
                                                                           "Surveyed 2026-01-10"]
    assert items["Depth camera"][7] == "1" and "Suppliers to be checked" in items["Depth camera"][5]
    assert items["Machine limbs"][5] == "0 not yet surveyed · 1 no local supplier · 0 to check"
    header = [tree.headerItem().text(c) for c in range(tree.columnCount())]
    assert header[5:] == ["Flags", "Supplier survey", "Supplier facts to check"]


def test_the_overview_table_tab_has_every_figure(figures_hub, qtbot, on_the_day, ui):
    ui("en")
    page = overview(figures_hub, qtbot)
    text = " ".join(page.browser.toPlainText().split())
    assert "over 2,200 firms (2,200–2,800 firms)" in text and "1,588 firms/yr" in text and "400 firms/yr" in text
    assert "⇆ Sources disagree, △ Data out of date (18 months)" in text
    assert "Machine limbs: 2/3 covered, 0 not yet surveyed, 1 surveyed without a local supplier" in text


@pytest.mark.parametrize("width", [1280, 1600])
def test_the_matrix_fits_beside_the_chart_in_both_languages(figures_hub, qtbot, on_the_day, ui, width):
    for language in ("zh_CN", "en"):
        ui(language)
        page = overview(figures_hub, qtbot)
        page.resize(width - 180, 720)  # the window less its page list
        page.splitter.setSizes([page.width() * 4 // 7, page.width() * 3 // 7])
        qtbot.wait(50)
        d = page.matrix.drawing
        assert d.width <= page.matrix.width(), (language, width)
        assert all(d.fm_head.horizontalAdvance(line) <= d.column_w for h in d.heads for line in h)
        assert all(len(h) <= 2 for h in d.heads)
        assert not any(line.endswith("…") for h in d.heads for line in h)
        page.close()


def test_a_bar_tooltip_names_the_target_under_the_mouse(figures_hub, qtbot, on_the_day, ui):
    ui("en")
    page = overview(figures_hub, qtbot)
    d = page.progress.drawing
    i = page.progress.rows.index(bar(page, "P1"))
    assert "AIPC2026 P1 Number of AI firms" in page.progress.tooltip_at(QPointF(d.plot_left + 5, d.row_top(i) + 4))
