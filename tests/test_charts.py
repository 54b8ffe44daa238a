"""The dashboard charts against the gap analysis of a small hand-made database."""

from datetime import date

import pytest
from PySide6.QtCore import QPointF

from core.analysis import chart_data
from core.analysis.database import analyse_database
from gui.overview.chart_style import LEVEL_COLOURS, STATUS_COLOURS

TODAY = date(2026, 6, 30)


class _Click:
    def __init__(self, pos):
        self._pos = pos

    def scenePos(self):  # noqa: N802 - mimics the pyqtgraph event
        return self._pos


def _scene_point(chart, x, y):
    return chart.getPlotItem().vb.mapViewToScene(QPointF(x, y))


def test_progress_bars_follow_the_gap_analysis(small_db):
    a = analyse_database(small_db, TODAY)
    bars = {b.code: b for b in chart_data.progress_bars(a)}
    e5 = bars["E5"]
    assert e5.look == "bar" and e5.status == "on_track"
    assert e5.actual_pct == pytest.approx(800 / 1200 * 100)
    assert e5.required_per_year == pytest.approx(next(t for t in a.targets if t.row["code"] == "E5").gap.required_per_year)
    assert "[S1] 深圳新闻网 回望2024" in e5.sources
    assert bars["E1"].look == "no_data" and bars["Q1"].look == "qualitative"
    assert [b.code for b in chart_data.progress_bars(a, statuses={"no_data"})] == ["E1", "Q1"]
    assert chart_data.progress_bars(a, plans={"NOPE"}) == []


def test_coverage_matrix_counts_and_levels(small_db):
    rows = {r.name_zh: r for r in chart_data.coverage_matrix(analyse_database(small_db, TODAY))}
    reducer = rows["谐波减速器"]
    # Integrators depending: supply links only (the standard BOM is shown apart, as integrators_bom).
    assert reducer.values == {"local_suppliers": 2, "mass": 1, "centres": 2, "integrators": 0}
    assert chart_data.cell_level("local_suppliers", 2, reducer.wanted) == "ok"
    assert chart_data.cell_level("mass", 1, reducer.wanted) == "thin"
    assert chart_data.cell_level("local_suppliers", 0, 2) == "empty"
    assert rows["行星滚柱丝杠"].values["local_suppliers"] == 1
    assert rows["行星滚柱丝杠"].flags == ["single_source", "none_in_mass_production"]


def test_progress_chart_draws_bars_in_status_colours(qtbot, small_db):
    from gui.overview.progress_chart import ProgressChart

    chart = ProgressChart()
    qtbot.add_widget(chart)
    bars = chart_data.progress_bars(analyse_database(small_db, TODAY))
    chart.set_bars(bars)
    import pyqtgraph as pg

    drawn = [i for i in chart.items if isinstance(i, pg.BarGraphItem)]
    solid = [i for i in drawn if i.opts["width"][0] != 100]
    assert len(solid) == 1  # E5: the only target with a comparable actual
    assert solid[0].opts["brush"].color().name() == STATUS_COLOURS["on_track"]
    assert solid[0].opts["width"][0] == pytest.approx(800 / 1200 * 100)
    ticks = [t[1] for t in chart.getPlotItem().getAxis("left")._tickLevels[0]]
    assert any("E5" in t and "产业集群相关企业" in t for t in ticks)
    e5_row = next(i for i, r in enumerate(chart.rows) if getattr(r, "code", None) == "E5")
    with qtbot.wait_signal(chart.bar_clicked) as blocker:
        chart._on_click(_Click(_scene_point(chart, 30, e5_row)))
    assert blocker.args == [bars[0].target_id if bars[0].code == "E5" else next(b.target_id for b in bars if b.code == "E5")]
    tip = chart.tooltip_for(next(b for b in bars if b.code == "E5"))
    assert "800" in tip and "1,200" in tip and "深圳新闻网" in tip


def test_matrix_click_and_overview_click_through(qtbot, hub):
    from gui.overview.page import OverviewPage

    page = OverviewPage(hub)
    qtbot.add_widget(page)
    page.show()
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=10000)
    assert page.tiles["on_track"].property("count") == 1
    assert page.tiles["single"].property("count") == 2  # 行星滚柱丝杠 and 深度相机
    matrix = page.matrix
    row = next(i for i, r in enumerate(matrix.rows) if getattr(r, "name_zh", None) == "谐波减速器")
    opened = []
    page.open_rows.connect(lambda table, ids, text: opened.append((table, sorted(ids), text)))
    matrix._on_click(_Click(_scene_point(matrix, 0.5, row)))
    caps = sorted(r[0] for r in hub.db.execute(
        "SELECT c.id FROM capabilities c JOIN components co ON co.id = c.component_id "
        "WHERE co.name_zh = '谐波减速器' AND c.local = 1"))
    assert opened[-1][0] == "capabilities" and opened[-1][1] == caps and "谐波减速器" in opened[-1][2]
    rect_colours = {colour.name() for _rect, colour, _text in matrix.cells_item.cells}
    assert LEVEL_COLOURS["empty"] in rect_colours and LEVEL_COLOURS["thin"] in rect_colours
    # The selected target's trajectory, and its observations opened in the table.
    e5 = hub.db.execute("SELECT id FROM targets WHERE code = 'E5'").fetchone()[0]
    page.select_target(e5)
    assert sum(len(p) for p in page.trajectory.trajectory.points.values()) == 3
    page.open_observations.click()
    assert opened[-1][0] == "observations" and len(opened[-1][1]) == 3


def test_charts_follow_edits_and_export(qtbot, hub, tmp_path):
    from gui.main_window import MainWindow

    window = MainWindow(hub)
    qtbot.add_widget(window)
    window.show()
    page = window.pages["overview"]
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=10000)
    before = next(b for b in page.progress.bars if b.code == "E5").actual_pct
    hub.db.execute("SELECT 1")
    obs_page = window.table_pages["observations"]
    model = obs_page.model
    c = [col.name for col in model.columns].index("value")
    r = next(i for i in range(model.rowCount()) if model.row_data(i)["value"] == 800)
    assert model.setData(model.index(r, c), "1300")
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=10000)
    after = next(b for b in page.progress.bars if b.code == "E5")
    assert before != after.actual_pct and after.status == "met"
    # The matrix click opens the capabilities page filtered.
    page.open_rows.emit("capabilities", [1], "test")
    assert window.stack.currentWidget() is window.table_pages["capabilities"]
    assert window.table_pages["capabilities"].model.rowCount() == 1
    saved = page.save_charts(str(tmp_path))
    assert len(saved) == 6
    from PySide6.QtGui import QImage

    image = QImage(str(tmp_path / "target-progress.png"))
    assert image.width() >= 2000
    assert "<svg" in (tmp_path / "coverage-matrix.svg").read_text(encoding="utf-8")[:2000]
