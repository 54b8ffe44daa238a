"""A dashboard chart drawn by one of the painter classes (progress_paint, matrix_paint): it lays the drawing
out again for every width, grows to the drawing's height (inside a scroll area), and answers tooltips and
clicks by asking the drawing what is under the mouse. No pyqtgraph: the window paints without it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from gui.overview.words import Words


class PaintedChart(QWidget):
    """Subclasses implement :meth:`make_drawing` and :meth:`tooltip_at`."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.drawing = None
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(self.backgroundRole(), "white")
        self.setPalette(palette)

    def make_drawing(self, device, width: float, words: Words):  # pragma: no cover - abstract
        raise NotImplementedError

    def tooltip_at(self, pos: QPointF) -> str:  # pragma: no cover - abstract
        raise NotImplementedError

    def relayout(self) -> None:
        self.drawing = self.make_drawing(self, max(self.width() - 8, 200), Words.ui())
        height = int(self.drawing.height) + 8
        if self.minimumHeight() != height:
            self.setMinimumHeight(height)
        if self.minimumWidth() != int(self.drawing.min_width) + 8:
            self.setMinimumWidth(int(self.drawing.min_width) + 8)
        self.update()

    def resizeEvent(self, event):  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.relayout()

    def paintEvent(self, _event):  # noqa: N802 - Qt override
        if self.drawing is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self.drawing.paint(painter, QPointF(4, 4))
        painter.end()

    def event(self, event):  # tooltips: what is under the mouse, in words
        if event.type() == QEvent.Type.ToolTip:
            text = self.tooltip_at(QPointF(event.pos()) - QPointF(4, 4)) if self.drawing else ""
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def export(self, stem: str) -> list[str]:
        """The chart as ``stem``.png (200 dpi) and ``stem``.svg, 10 inches wide whatever the window's size."""
        from gui.overview.chart_export import export_drawing

        return export_drawing(lambda device, width: self.make_drawing(device, width, Words.ui()), stem)
