"""The dashboard charts against the gap analysis of a small hand-made database: what is drawn where, in which
colour, what the tooltips say and what a click opens."""

from datetime import date

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest

from core.analysis import chart_data
from core.analysis.database import analyse_database
from gui.overview.chart_style import LEVEL_COLOURS, STATUS_COLOURS

TODAY = date(2026, 6, 30)


def _render(widget) -> QImage:
    """The widget as painted on screen (device pixels = logical pixels offscreen)."""
    return widget.grab().toImage()


def _row(rows, code_or_name):
    return next(i for i, r in enumerate(rows) if getattr(r, "code", None) == code_or_name
                or getattr(r, "name_zh", None) == code_or_name)


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
    assert reducer.values == {"local_suppliers": 2, "mass": 1, "centres": 2, "integrators": 0, "to_check": 0}
    assert chart_data.cell_level("local_suppliers", 2, reducer.wanted) == "ok"
    assert chart_data.cell_level("mass", 1, reducer.wanted) == "thin"
    assert chart_data.cell_level("local_suppliers", 0, 2) == "empty"
    # Nobody has surveyed the VLA model's suppliers: unknown, not "none found" (and so for mass production);
    # a component with a local supplier knows its mass-production count even unsurveyed.
    vla = rows["VLA大模型"]
    assert not vla.surveyed and vla.level("local_suppliers") == vla.level("mass") == "unknown"
    assert chart_data.cell_level("local_suppliers", 0, 2, surveyed=False) == "unknown"
    camera = rows["深度相机"]
    assert not camera.surveyed and camera.level("mass") == "thin" and camera.level("to_check") == "none"
    assert rows["行星滚柱丝杠"].values["local_suppliers"] == 1
    assert rows["行星滚柱丝杠"].flags == ["single_source", "none_in_mass_production"]


def test_progress_chart_paints_bars_in_status_colours_and_opens_on_click(qtbot, small_db):
    from gui.overview.progress_chart import ProgressChart

    chart = ProgressChart()
    qtbot.add_widget(chart)
    chart.resize(700, 400)
    chart.show()
    bars = chart_data.progress_bars(analyse_database(small_db, TODAY))
    chart.set_bars(bars, {"EMB2027": "具身智能机器人行动计划"})
    assert chart.rows[0] == "EMB2027" and chart.minimumHeight() >= chart.drawing.height
    d = chart.drawing
    i = _row(chart.rows, "E5")
    mid = d.row_top(i) + d.row_h / 2 + 4  # + the widget's 4 px margin
    image = _render(chart)
    # The E5 bar runs to 800/1200 of the target: its colour inside, the background just past its end.
    inside, past = d.x_of(800 / 1200 * 100 * 0.5) + 4, d.x_of(800 / 1200 * 100) + 4 + 3
    assert image.pixelColor(int(inside), int(mid)).name() == STATUS_COLOURS["on_track"]
    assert image.pixelColor(int(past), int(mid)).name() != STATUS_COLOURS["on_track"]
    # E1 has no data: a hatched bar across the whole target, never a 0 % bar; Q1 is qualitative.
    assert d.value_text(next(b for b in bars if b.code == "E1")) == "No data"
    assert d.value_text(next(b for b in bars if b.code == "Q1")) == "qualitative: No data"
    assert "800 firms" in d.value_text(next(b for b in bars if b.code == "E5"))
    e5 = next(b for b in bars if b.code == "E5")
    with qtbot.wait_signal(chart.bar_clicked) as blocker:
        QTest.mouseClick(chart, Qt.MouseButton.LeftButton, pos=QPoint(int(inside), int(mid)))
    assert blocker.args == [e5.target_id]
    tip = chart.tooltip_for(e5)
    assert "800 firms" in tip and "1,200 firms" in tip and "深圳新闻网" in tip
    assert chart.tooltip_at(QPointF(10, d.row_top(0) + 3)) == "EMB2027  具身智能机器人行动计划"


def test_progress_chart_legend_wraps_and_long_names_end_in_an_ellipsis(qtbot, small_db):
    from gui.overview.progress_chart import ProgressChart

    chart = ProgressChart()
    qtbot.add_widget(chart)
    bars = chart_data.progress_bars(analyse_database(small_db, TODAY))
    bars[0].name_en = "A very long English target name that cannot fit in any label column of this chart"
    chart.set_bars(bars)
    chart.show()
    for width in (1600, 420):
        chart.resize(width, 300)
        legend = chart.drawing.legend
        assert all(at.x() + w <= chart.drawing.width + 0.5 for at, _t, _l, w in legend.places)  # nothing cut off
        lines = {round(at.y()) for at, *_ in legend.places}
        assert (len(lines) == 1) == (width == 1600)  # one line when wide, wrapped when narrow
        drawn, whole = chart.drawing.label_text(bars[0])
        assert drawn.endswith("…") and whole.endswith("this chart") and drawn[:-1] in whole
        i = _row(chart.rows, bars[0].code)
        assert bars[0].name_en in chart.tooltip_at(QPointF(5, chart.drawing.row_top(i) + 4))


def test_matrix_heads_fit_and_cells_open_what_they_count(qtbot, hub):
    from gui.overview.page import OverviewPage

    page = OverviewPage(hub)
    qtbot.add_widget(page)
    page.resize(1280, 760)
    page.show()
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=10000)
    assert page.tiles["on_track"].property("count") == 1
    assert page.tiles["single_source"].property("count") == 2  # 行星滚柱丝杠 and 深度相机
    assert page.tiles["not_surveyed"].property("count") == 1  # VLA大模型: nobody has surveyed it
    assert page.tiles["no_local_supplier"].property("count") == 0
    matrix = page.matrix
    d = matrix.drawing
    # English heads fit their columns, wrapping between words when the matrix is narrow.
    from gui.overview.matrix_paint import MatrixDrawing
    from gui.overview.words import Words

    narrow = MatrixDrawing(matrix.rows, Words("en"), matrix, 440)  # five columns: about the narrowest that fits
    assert narrow.heads[0] == ["Local", "suppliers"] and narrow.width <= 440
    assert MatrixDrawing(matrix.rows, Words("en"), matrix, 300).min_width > 300  # narrower: the chart scrolls
    for drawing in (d, narrow):
        assert all(len(h) <= 2 and drawing.fm_head.horizontalAdvance(line) <= drawing.column_w
                   for h in drawing.heads for line in h)
    assert d.width <= matrix.width()
    assert matrix.rows[0] == "Machine brain"  # layer names in the UI's language
    row = _row(matrix.rows, "谐波减速器")
    y = d.top + (row + 0.5) * d.row_h + 4
    opened = []
    page.open_rows.connect(lambda table, ids, text: opened.append((table, sorted(ids), text)))
    QTest.mouseClick(matrix, Qt.MouseButton.LeftButton, pos=QPoint(int(d.name_w + d.column_w / 2 + 4), int(y)))
    caps = sorted(r[0] for r in hub.db.execute(
        "SELECT c.id FROM capabilities c JOIN components co ON co.id = c.component_id "
        "WHERE co.name_zh = '谐波减速器' AND c.local = 1"))
    assert opened[-1] == ("capabilities", caps, "Local suppliers of Harmonic reducer")
    QTest.mouseClick(matrix, Qt.MouseButton.LeftButton, pos=QPoint(int(d.name_w + 2.5 * d.column_w + 4), int(y)))
    centres = sorted(r[0] for r in hub.db.execute("SELECT id FROM centres"))
    assert opened[-1][0] == "centres" and opened[-1][1] == centres  # both centres serve the reducer
    image = _render(matrix)
    cell = image.pixelColor(int(d.name_w + 0.5 * d.column_w + 4), int(y - d.row_h * 0.3))
    assert cell.name() == LEVEL_COLOURS["ok"]  # two local suppliers, as many as wanted
    tip = matrix.tooltip_at(QPointF(d.name_w + 0.5 * d.column_w, y - 4))
    assert "Harmonic reducer" in tip and "Local suppliers: 2" in tip
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
    obs_page = window.table_pages["observations"]
    model = obs_page.model
    c = [col.name for col in model.columns].index("value")
    r = next(i for i in range(model.rowCount()) if model.row_data(i)["value"] == 800)
    assert model.setData(model.index(r, c), "1300")
    window.show_page("overview")
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=10000)
    after = next(b for b in page.progress.bars if b.code == "E5")
    assert before != after.actual_pct and after.status == "met"
    page.open_rows.emit("capabilities", [1], "test")
    assert window.stack.currentWidget() is window.table_pages["capabilities"]
    assert window.table_pages["capabilities"].model.rowCount() == 1
    saved = page.save_charts(str(tmp_path))
    assert len(saved) == 6
    image = QImage(str(tmp_path / "target-progress.png"))
    assert image.width() == 2001  # 10 inches at 200 dpi, whatever the window's size
    svg = (tmp_path / "coverage-matrix.svg").read_text(encoding="utf-8")
    assert "<svg" in svg[:2000] and "Harmonic reducer" in svg  # vector, text kept as text
