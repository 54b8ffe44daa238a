"""The dashboard's target progress chart (drawn by gui.overview.progress_paint): a tooltip on every bar and
name, and a click selects the target whose trajectory is shown."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, Qt, Signal

from core.analysis.chart_data import ProgressBar
from gui.overview import target_words
from gui.overview.painted_chart import PaintedChart
from gui.overview.progress_paint import ProgressDrawing, rows_of
from gui.overview.words import Words


def tooltip_lines(bar: ProgressBar, w: Words) -> list[str]:
    lines = [f"{bar.plan} {bar.code} {w.name(bar.name_zh, bar.name_en)}",
             QCoreApplication.translate("ProgressChart", "Target: {goal} by {year}").format(
                 goal=target_words.goal(bar, w), year=bar.deadline_year or "—")]
    lines += target_words.details(bar, w, lambda v: v.source)
    if bar.baseline is not None and bar.actual is not None:
        lines.append(QCoreApplication.translate("ProgressChart", "Baseline: {v}").format(
            v=w.quantity(bar.baseline, bar.unit)))
    if bar.sources:
        lines.append(QCoreApplication.translate("ProgressChart", "Sources:"))
        lines += [f"  {s}" for s in bar.sources[:6]]
    return lines


class ProgressChart(PaintedChart):
    """Signals:
        bar_clicked(int): the target id of the bar clicked.
    """

    bar_clicked = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.bars: list[ProgressBar] = []
        self.rows: list[ProgressBar | str] = []
        self.plan_titles: dict[str, str] = {}
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def set_bars(self, bars: list[ProgressBar], plan_titles: dict[str, str] | None = None) -> None:
        """Draw ``bars`` grouped by plan; ``plan_titles`` (code → title) names the plan headers."""
        self.bars = bars
        self.rows = rows_of(bars)
        self.plan_titles = plan_titles or {}
        self.relayout()

    def make_drawing(self, device, width: float, words: Words) -> ProgressDrawing:
        return ProgressDrawing(self.rows, words, device, width, plan_titles=self.plan_titles)

    def bar_at(self, pos: QPointF) -> ProgressBar | None:
        """The bar on the row under ``pos`` (drawing coordinates): its name, bar or label."""
        i = self.drawing.row_at(pos.y()) if self.drawing else None
        row = self.rows[i] if i is not None else None
        return row if isinstance(row, ProgressBar) else None

    def tooltip_at(self, pos: QPointF) -> str:
        i = self.drawing.row_at(pos.y())
        if i is None:
            return ""
        row = self.rows[i]
        if isinstance(row, str):
            return self.drawing.label_text(row)[1]
        return self.tooltip_for(row)

    def tooltip_for(self, bar: ProgressBar) -> str:
        """Everything behind the bar: the target, the status, every source's value, the marks, both paces,
        the years of a per-year target, the reason; then the sources of its observations."""
        return "\n".join(tooltip_lines(bar, Words.ui()))

    def mousePressEvent(self, event):  # noqa: N802 - Qt override
        bar = self.bar_at(event.position() - QPointF(4, 4)) if event.button() == Qt.MouseButton.LeftButton else None
        if bar is not None:
            self.bar_clicked.emit(bar.target_id)
        super().mousePressEvent(event)
