"""Trajectory of one target: observations over time (each source its own marker, disagreeing sources side by
side), the projection at the observed growth, the required path and the target point.

pyqtgraph (and numpy) load with this module: the overview imports it only when it has a target to show.
"""

from __future__ import annotations

from datetime import datetime, time

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from core.analysis.chart_data import Trajectory
from gui.fonts import ui_font
from gui.overview.chart_style import configure_pyqtgraph, format_number
from gui.overview.words import Words

SYMBOLS = ("o", "s", "t", "d", "star", "+", "x", "p", "h")
SOURCE_COLOURS = ("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#8c564b", "#e377c2", "#17becf", "#bcbd22")


def _ts(day) -> float:
    return datetime.combine(day, time(12)).timestamp()


class _NumericDateAxis(pg.DateAxisItem):
    """Dates as numbers (2025, 2025-03, 03-12): pyqtgraph's month names are English whatever the UI's
    language."""

    def tickStrings(self, values, scale, spacing):  # noqa: N802 - pyqtgraph override
        fmt = "%Y" if spacing >= 300 * 86400 else ("%Y-%m" if spacing >= 25 * 86400 else "%m-%d")
        out = []
        for value in values:
            try:
                out.append(datetime.fromtimestamp(value).strftime(fmt))
            except (OverflowError, OSError, ValueError):
                out.append("")
        return out


class TrajectoryChart(pg.PlotWidget):
    def __init__(self, parent=None):
        configure_pyqtgraph()
        super().__init__(parent, axisItems={"bottom": _NumericDateAxis(orientation="bottom")})
        plot = self.getPlotItem()
        plot.setMenuEnabled(False)
        plot.showGrid(x=True, y=True, alpha=0.25)
        for side in ("left", "bottom"):
            plot.getAxis(side).setStyle(tickFont=ui_font(8))
        self.legend = plot.addLegend(offset=(-10, -10), labelTextSize="8pt")  # bottom right: data starts top left
        self.setMinimumHeight(150)
        self.trajectory: Trajectory | None = None

    def set_trajectory(self, tr: Trajectory | None) -> None:
        plot = self.getPlotItem()
        plot.clear()
        self.legend.clear()
        self.trajectory = tr
        if tr is None:
            plot.setTitle(QCoreApplication.translate("TrajectoryChart", "Select a target to see its trajectory"), size="9pt")
            return
        bar = tr.target
        w = Words.ui()
        unit = w.unit(bar.unit)
        title = f"{bar.plan} {bar.code} {w.name(bar.name_zh, bar.name_en)}" + (w.bracket(unit) if unit else "")
        plot.setTitle(title, size="9pt")
        for k, (source, points) in enumerate(sorted(tr.points.items())):
            # Sources that report the same date sit a few days apart, so equal values stay visible side by side.
            xs = [_ts(p.when) + k * 10 * 86400 for p in points]
            ys = [p.value for p in points]
            colour = QColor(SOURCE_COLOURS[k % len(SOURCE_COLOURS)])
            faded = all(not p.comparable for p in points)
            if faded:
                colour.setAlpha(110)
            item = pg.ScatterPlotItem(xs, ys, symbol=SYMBOLS[k % len(SYMBOLS)], size=11, brush=QBrush(colour),
                                      pen=pg.mkPen(colour.darker(140)))
            item.setToolTip("\n".join(f"{p.when} {format_number(p.value)} {source}" for p in points))
            plot.addItem(item)
            name = source + ("  " + QCoreApplication.translate("TrajectoryChart", "(other definition)") if faded else "")
            self.legend.addItem(item, name[:40])
        if tr.projection:
            line = pg.PlotDataItem([_ts(d) for d, _ in tr.projection], [v for _, v in tr.projection],
                                   pen=pg.mkPen("#555555", width=2, style=Qt.PenStyle.DashLine))
            plot.addItem(line)
            self.legend.addItem(line, QCoreApplication.translate("TrajectoryChart", "projection at observed growth"))
        if tr.required_path:
            line = pg.PlotDataItem([_ts(d) for d, _ in tr.required_path], [v for _, v in tr.required_path],
                                   pen=pg.mkPen("#1b7f3b", width=2, style=Qt.PenStyle.DotLine))
            plot.addItem(line)
            self.legend.addItem(line, QCoreApplication.translate("TrajectoryChart", "required path"))
        if tr.target_point:
            day, value = tr.target_point
            star = pg.ScatterPlotItem([_ts(day)], [value], symbol="star", size=16,
                                      brush=QBrush(QColor("#000000")))
            plot.addItem(star)
            self.legend.addItem(star, QCoreApplication.translate("TrajectoryChart", "target {op} {value}").format(
                op=bar.op or "", value=w.quantity(value, bar.unit)))
