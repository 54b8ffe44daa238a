"""Target progress chart: one horizontal bar per target, grouped by plan, on a percent-of-target scale.

Baseline (|), latest actual (bar, coloured by status), target (the 100 % line) and where the actual should be
today at the required pace (▼) share one scale; the label at the bar's end gives the required additions per
year. "No data", "not comparable" and qualitative targets have their own looks so they are never read as 0 %.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QPointF, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from core.analysis.chart_data import ProgressBar
from gui import i18n, labels
from gui.fonts import ui_font
from gui.overview.chart_style import category_plot, colour, configure_pyqtgraph, format_number

ROW = 1.0
BAR_HEIGHT = 0.62
LABEL_WIDTH = 300
X_MAX = 150.0
LEGEND_ROWS = 3.4


class ProgressChart(pg.PlotWidget):
    """Signals:
        bar_clicked(int): the target id of the bar clicked.
        bar_hovered(int): the target id under the mouse (-1 when none).
    """

    bar_clicked = Signal(int)
    bar_hovered = Signal(int)

    def __init__(self, parent=None):
        configure_pyqtgraph()
        super().__init__(parent)
        self.bars: list[ProgressBar] = []
        self.rows: list[ProgressBar | str] = []  # a plan header (str) or a bar
        self.items: list = []
        plot = category_plot(self, label_width=LABEL_WIDTH)
        plot.showGrid(x=True, y=False, alpha=0.25)
        plot.getAxis("bottom").setLabel(QCoreApplication.translate("ProgressChart", "% of target"))
        # The legend sits in a band above the first row, so it never covers bars or their labels.
        self.legend = plot.addLegend(offset=(10, 4), labelTextSize="8pt", colCount=4)
        self.scene().sigMouseClicked.connect(self._on_click)
        self.scene().sigMouseMoved.connect(self._on_move)

    # ----- drawing -------------------------------------------------------------------------------------------
    def set_bars(self, bars: list[ProgressBar]) -> None:
        plot = self.getPlotItem()
        for item in self.items:
            plot.removeItem(item)
        self.items = []
        self.legend.clear()
        self.bars = bars
        self.rows = []
        plan = None
        for bar in bars:
            if bar.plan != plan:
                self.rows.append(bar.plan)
                plan = bar.plan
            self.rows.append(bar)
        ticks = []
        for i, row in enumerate(self.rows):
            if isinstance(row, str):
                ticks.append((i * ROW, f"■ {row}"))
                continue
            name = i18n.display_name(row.name_zh, row.name_en)
            ticks.append((i * ROW, f"{row.code}  {name[:22]}"))
            self._draw_row(i * ROW, row)
        plot.getAxis("left").setTicks([ticks, []])
        target_line = pg.InfiniteLine(pos=100, angle=90, pen=pg.mkPen("#333333", width=1.5))
        self._add(target_line)
        plot.setXRange(0, X_MAX, padding=0)
        plot.setYRange(-LEGEND_ROWS, max(len(self.rows) - 0.3, 1), padding=0)
        self.setMinimumHeight(int((len(self.rows) + LEGEND_ROWS) * 22 + 60))
        self._legend_entries()

    def _add(self, item) -> None:
        self.getPlotItem().addItem(item)
        self.items.append(item)

    def _draw_row(self, y: float, bar: ProgressBar) -> None:
        col = colour(bar.status)
        if bar.look == "bar":
            width = min(max(bar.actual_pct or 0.0, 0.0), X_MAX)
            self._add(pg.BarGraphItem(x0=[0], y=[y], width=[max(width, 0.4)], height=BAR_HEIGHT,
                                      brush=QBrush(col), pen=pg.mkPen(col.darker(130))))
            if bar.baseline_pct is not None:
                self._add(pg.ScatterPlotItem([min(bar.baseline_pct, X_MAX)], [y], symbol="|", size=16,
                                             pen=pg.mkPen("#000000", width=2)))
            if bar.expected_pct is not None:
                self._add(pg.ScatterPlotItem([min(bar.expected_pct, X_MAX)], [y - 0.38], symbol="t", size=9,
                                             brush=QBrush(QColor("#000000")), pen=pg.mkPen(None)))
            text = f"{format_number(bar.actual)}{bar.unit or ''}"
            if bar.required_per_year is not None and bar.status != "met":
                text += "  " + QCoreApplication.translate("ProgressChart", "needs {n}/yr").format(n=format_number(bar.required_per_year))
            if width > X_MAX - 30:  # a bar past the right edge carries its label inside, right-aligned
                self._label(X_MAX - 1.5, y, text, colour="#ffffff", anchor=(1, 0.5))
            else:
                self._label(width + 1.5, y, text)
        elif bar.look == "qualitative":
            self._add(pg.ScatterPlotItem([4], [y], symbol="d", size=11, brush=QBrush(col), pen=pg.mkPen(col.darker())))
            self._label(8, y, QCoreApplication.translate("ProgressChart", "qualitative: {status}").format(status=labels.choice_name(bar.status)))
        else:
            # An outlined, hatched bar across the whole target: visibly "unknown", never read as 0 %.
            style = Qt.BrushStyle.BDiagPattern if bar.look == "no_data" else Qt.BrushStyle.Dense6Pattern
            pen = pg.mkPen(col, width=1, style=Qt.PenStyle.DashLine)
            self._add(pg.BarGraphItem(x0=[0], y=[y], width=[100], height=BAR_HEIGHT * 0.7,
                                      brush=QBrush(col, style), pen=pen))
            text = labels.choice_name(bar.status)
            if bar.look == "no_data" and bar.actual is not None:
                text = QCoreApplication.translate("ProgressChart", "{actual} (no trend yet)").format(actual=f"{format_number(bar.actual)}{bar.unit or ''}")
            self._label(101.5, y, text)

    def _label(self, x: float, y: float, text: str, colour: str = "#333333", anchor=(0, 0.5)) -> None:
        item = pg.TextItem(text, color=colour, anchor=anchor)
        item.setFont(ui_font(8))
        item.setPos(QPointF(x, y))
        self._add(item)

    def _legend_entries(self) -> None:
        for status in ("met", "on_track", "acceleration_needed", "limited_progress", "deterioration", "no_data",
                       "not_comparable"):
            sample = pg.BarGraphItem(x0=[0], y=[0], width=[0], height=0, brush=QBrush(colour(status)),
                                     pen=pg.mkPen(colour(status)))
            self.legend.addItem(sample, labels.choice_name(status))
        self.legend.addItem(pg.ScatterPlotItem(symbol="|", pen=pg.mkPen("#000", width=2)), QCoreApplication.translate("ProgressChart", "baseline"))
        self.legend.addItem(pg.ScatterPlotItem(symbol="t", brush=QBrush(QColor("#000"))), QCoreApplication.translate("ProgressChart", "expected today"))

    # ----- interaction ---------------------------------------------------------------------------------------
    def bar_at(self, scene_pos) -> ProgressBar | None:
        plot = self.getPlotItem()
        if not plot.sceneBoundingRect().contains(scene_pos):
            return None
        point = plot.vb.mapSceneToView(scene_pos)
        index = int(round(point.y() / ROW))
        if 0 <= index < len(self.rows) and isinstance(self.rows[index], ProgressBar):
            return self.rows[index]
        return None

    def tooltip_for(self, bar: ProgressBar) -> str:
        lines = [f"{bar.plan} {bar.code} {bar.name_zh}",
                 QCoreApplication.translate("ProgressChart", "Target: {op} {value} {unit} by {year}").format(
                     op=bar.op or "", value=format_number(bar.value), unit=bar.unit or "", year=bar.deadline_year or "—"),
                 QCoreApplication.translate("ProgressChart", "Latest actual: {v}").format(v=format_number(bar.actual)),
                 QCoreApplication.translate("ProgressChart", "Baseline: {v}").format(v=format_number(bar.baseline)),
                 QCoreApplication.translate("ProgressChart", "Required per year: {v}").format(v=format_number(bar.required_per_year)),
                 QCoreApplication.translate("ProgressChart", "Status: {s}").format(s=labels.choice_name(bar.status))]
        if bar.sources:
            lines.append(QCoreApplication.translate("ProgressChart", "Sources:"))
            lines += [f"  {s}" for s in bar.sources[:5]]
        return "\n".join(lines)

    def _on_move(self, scene_pos) -> None:
        bar = self.bar_at(scene_pos)
        self.setToolTip(self.tooltip_for(bar) if bar else "")
        self.bar_hovered.emit(bar.target_id if bar else -1)

    def _on_click(self, event) -> None:
        bar = self.bar_at(event.scenePos())
        if bar is not None:
            self.bar_clicked.emit(bar.target_id)

