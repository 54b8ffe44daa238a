"""The target progress chart drawn with QPainter: one horizontal bar per target, grouped by plan, on a
percent-of-target scale.

The dashboard widget, the saved chart files and the printed report all draw through :class:`ProgressDrawing`,
so they show the same thing. Sizes are given in points and converted for the device drawn on, so a 7.5 pt
label is 7.5 pt on paper and legible on screen; the legend wraps to the width it is given and long target
names are cut with "…" (the widget's tooltip gives them whole).

Baseline (|), latest actual (bar, coloured by status), target (the 100 % line) and where the actual should be
today at the required pace (▼) share one scale. A target measured only before its plan period shows that
baseline as a hatched bar, never as progress. The label after a bar says the status in the vocabulary's
words, the headline with its range when sources disagree, the marks (⇆ sources disagree, △ data out of date
with its age) and the pace needed from today beside the pace the latest figure implied
(gui.overview.target_words). "No data", "not comparable" and qualitative targets have their own looks so they
are never read as 0 %. The legend lists the statuses and marks the chart shows, in the vocabulary's order.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
    QTransform,
)

from core.analysis.chart_data import ProgressBar
from core.vocabulary.choices import STATUS_TERMS
from gui.fonts import ui_font
from gui.overview import target_words
from gui.overview.chart_style import GRID, TEXT, colour
from gui.overview.words import Words

X_MAX = 150.0
HATCHED = {"no_data": Qt.BrushStyle.BDiagPattern, "not_comparable": Qt.BrushStyle.Dense6Pattern,
           "baseline_only": Qt.BrushStyle.FDiagPattern}
CONTEXT = "Charts"
T = {
    "axis": QT_TRANSLATE_NOOP("Charts", "% of target"),
    "baseline": QT_TRANSLATE_NOOP("Charts", "baseline"),
    "expected": QT_TRANSLATE_NOOP("Charts", "expected today"),
    "target": QT_TRANSLATE_NOOP("Charts", "target (100 %)"),
}


@dataclass(frozen=True)
class ChartSize:
    """Sizes in points (1/72 inch)."""

    font: float = 9.0  # target names
    small: float = 8.0  # values, legend, axis
    row: float = 18.0
    axis: float = 24.0  # the band under the rows: tick labels
    label_share: float = 0.4  # of the width, for target names …
    label_min: float = 90.0
    label_max: float = 250.0  # … within these bounds
    compact: bool = False  # labels without range and pace (print: the targets table gives them)


SCREEN = ChartSize()
PRINT = ChartSize(font=7.5, small=7.5, row=13.0, axis=18.0, label_share=0.41, label_max=230.0, compact=True)


def rows_of(bars: list[ProgressBar]) -> list[ProgressBar | str]:
    """The chart's rows: a plan's code (str) above its bars."""
    rows: list[ProgressBar | str] = []
    plan = None
    for bar in bars:
        if bar.plan != plan:
            rows.append(bar.plan)
            plan = bar.plan
        rows.append(bar)
    return rows


class Legend:
    """Legend entries laid out left to right, wrapping to the width; shared by both charts."""

    def __init__(self, entries: list[tuple[str, object]], font: QFont, device, width: float, scale: float):
        self.entries, self.font, self.scale = entries, font, scale
        fm = QFontMetricsF(font, device)
        self.line_h = fm.height() * 1.45
        self.swatch = QRectF(0, 0, 11 * scale, 7.5 * scale)
        gap, after = 4 * scale, 12 * scale
        self.places: list[tuple[QPointF, str, object, float]] = []
        x = y = 0.0
        for text, look in entries:
            w = self.swatch.width() + gap + fm.horizontalAdvance(text)
            if x > 0 and x + w > width:
                x, y = 0.0, y + self.line_h
            self.places.append((QPointF(x, y), text, look, w))
            x += w + after
        self.height = (y + self.line_h) if entries else 0.0
        self._text_dx = self.swatch.width() + gap

    def paint(self, painter: QPainter, origin: QPointF, draw_swatch) -> None:
        for at, text, look, w in self.places:
            top = origin + at
            box = QRectF(top.x(), top.y() + (self.line_h - self.swatch.height()) / 2, self.swatch.width(),
                         self.swatch.height())
            draw_swatch(painter, box, look)
            painter.setFont(self.font)  # a swatch may draw a symbol in its own font
            painter.setPen(QColor(TEXT))
            painter.drawText(QRectF(top.x() + self._text_dx, top.y(), w - self._text_dx + 2, self.line_h),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), text)


def status_brush(status: str, scale: float) -> QBrush:
    """Solid for a measured status; hatched for no data and not comparable, at a hatch size that reads the
    same on screen and on paper."""
    style = HATCHED.get(status)
    if style is None:
        return QBrush(colour(status))
    brush = QBrush(colour(status), style)
    brush.setTransform(QTransform.fromScale(scale / 1.33, scale / 1.33))
    return brush


class ProgressDrawing:
    """The chart for ``rows`` at ``width`` device pixels on ``device`` (a widget, an image, a PDF writer).

    ``plan_titles`` (code → title) names the plan headers; ``legend`` draws the legend above the rows.
    All geometry is in the device's pixels, measured from the drawing's top left.
    """

    def __init__(self, rows: list[ProgressBar | str], words: Words, device, width: float, *,
                 size: ChartSize = SCREEN, legend: bool = True, plan_titles: dict[str, str] | None = None):
        self.rows, self.words, self.size = rows, words, size
        self.plan_titles = plan_titles or {}
        self.s = s = device.logicalDpiY() / 72.0  # device pixels per point
        self.width = width
        self.font, self.small = ui_font(size.font), ui_font(size.small)
        self.bold = QFont(self.font)
        self.bold.setBold(True)
        self.fm = QFontMetricsF(self.font, device)
        self.fm_small = QFontMetricsF(self.small, device)
        self.fm_bold = QFontMetricsF(self.bold, device)
        self.legend = Legend(self._legend_entries(), self.small, device, width, s) if legend else None
        self.top = (self.legend.height + 6 * s) if self.legend else 2 * s
        self.row_h = size.row * s
        self.label_w = min(max(width * size.label_share, size.label_min * s), size.label_max * s)
        self.plot_left = self.label_w + 8 * s
        half_label = self.fm_small.horizontalAdvance(f"{X_MAX:.0f}%") / 2  # the last tick label fits inside
        self.plot_right = max(width - half_label - 3 * s, self.plot_left + 40 * s)
        self.height = self.top + len(rows) * self.row_h + size.axis * s
        self.min_width = (size.label_min + 120) * s  # narrower than this: scroll

    # ----- geometry -----------------------------------------------------------------------------------------
    def x_of(self, pct: float) -> float:
        return self.plot_left + (self.plot_right - self.plot_left) * min(max(pct, 0.0), X_MAX) / X_MAX

    def row_top(self, i: int) -> float:
        return self.top + i * self.row_h

    def row_at(self, y: float) -> int | None:
        if y < self.top:
            return None
        i = int((y - self.top) // self.row_h)
        return i if 0 <= i < len(self.rows) else None

    def label_text(self, row: ProgressBar | str) -> tuple[str, str]:
        """(what is drawn, the whole text): names longer than the label column end in "…"."""
        if isinstance(row, str):
            whole = f"{row}  {self.plan_titles[row]}" if self.plan_titles.get(row) else row
            return self.fm_bold.elidedText(whole, Qt.TextElideMode.ElideRight, self.width - 4 * self.s), whole
        whole = f"{row.code}  {self.words.name(row.name_zh, row.name_en)}"
        return self.fm.elidedText(whole, Qt.TextElideMode.ElideRight, self.label_w - 2 * self.s), whole

    def value_text(self, bar: ProgressBar) -> str:
        """The label after the bar: status, headline (range), marks, pace (gui.overview.target_words)."""
        return target_words.label(bar, self.words, compact=self.size.compact)

    # ----- painting -----------------------------------------------------------------------------------------
    def paint(self, painter: QPainter, origin: QPointF | None = None) -> None:
        s = self.s
        painter.save()
        painter.translate(origin or QPointF(0, 0))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.legend:
            self.legend.paint(painter, QPointF(0, 0), self._swatch)
        bottom = self.row_top(len(self.rows))
        grid = QPen(QColor(GRID), 0.6 * s)
        for pct in range(0, int(X_MAX) + 1, 25):
            painter.setPen(grid)
            painter.drawLine(QPointF(self.x_of(pct), self.top), QPointF(self.x_of(pct), bottom))
        for i, row in enumerate(self.rows):
            if isinstance(row, str):
                self._header(painter, i, row)
            else:
                self._bar(painter, i, row)
        self._axis(painter, bottom)
        painter.restore()

    def _header(self, painter: QPainter, i: int, plan: str) -> None:
        text, _whole = self.label_text(plan)
        painter.setFont(self.bold)
        painter.setPen(QColor(TEXT))
        painter.fillRect(QRectF(0, self.row_top(i) + 1, self.width, self.row_h - 2), QColor("#f0f3f6"))
        painter.drawText(QRectF(3 * self.s, self.row_top(i), self.width, self.row_h),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), text)

    def _bar(self, painter: QPainter, i: int, bar: ProgressBar) -> None:
        s, top = self.s, self.row_top(i)
        mid = top + self.row_h / 2
        text, _whole = self.label_text(bar)
        painter.setFont(self.font)
        painter.setPen(QColor(TEXT))
        painter.drawText(QRectF(0, top, self.label_w, self.row_h),
                         int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), text)
        height = self.row_h * 0.62
        col = colour(bar.status)
        value = self.value_text(bar)
        # The target (100 %) through the bar rows only, under the value labels (which sit on white).
        painter.setPen(QPen(QColor("#333333"), 1.4 * s))
        painter.drawLine(QPointF(self.x_of(100), top), QPointF(self.x_of(100), top + self.row_h))
        if bar.look in ("bar", "baseline"):
            measured = bar.look == "bar"
            end = self.x_of(max((bar.actual_pct if measured else bar.baseline_pct) or 0.0, 0.0))
            body = QRectF(self.plot_left, mid - height / 2, max(end - self.plot_left, 1.5 * s), height)
            painter.fillRect(body, col if measured else status_brush(bar.status, s))
            painter.setPen(QPen(col.darker(130), 0.6 * s, Qt.PenStyle.SolidLine if measured else Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(body)
            if bar.baseline_pct is not None:
                x = self.x_of(bar.baseline_pct)
                painter.setPen(QPen(QColor("#000000"), 1.6 * s))
                painter.drawLine(QPointF(x, mid - height * 0.8), QPointF(x, mid + height * 0.8))
            if bar.expected_pct is not None:
                self._triangle(painter, self.x_of(bar.expected_pct), top + 1.5 * s, 3.2 * s)
            # The label goes after the bar; inside it when it would be cut at the right edge and fits there (or,
            # fitting nowhere, where there is more room).
            room_after, room_inside = self.width - end - 6 * s, end - self.plot_left - 8 * s
            needed = self.fm_small.horizontalAdvance(value)
            inside = needed > room_after and (needed <= room_inside or room_inside > room_after)
            self._value(painter, value, end, top, inside=inside, on=col if measured else None)
        elif bar.look == "qualitative":
            x = self.x_of(3)
            r = height * 0.45
            diamond = QPolygonF([QPointF(x, mid - r), QPointF(x + r, mid), QPointF(x, mid + r), QPointF(x - r, mid)])
            painter.setPen(QPen(col.darker(), 0.6 * s))
            painter.setBrush(col)
            painter.drawPolygon(diamond)
            self._value(painter, value, x + r, top)
        else:
            body = QRectF(self.plot_left, mid - height * 0.35, self.x_of(100) - self.plot_left, height * 0.7)
            painter.fillRect(body, status_brush(bar.status, s))
            painter.setPen(QPen(col, 0.8 * s, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(body)
            self._value(painter, value, self.x_of(100), top)

    def _value(self, painter: QPainter, text: str, x: float, top: float, *, inside: bool = False,
               on: QColor | None = None) -> None:
        s = self.s
        painter.setFont(self.small)
        if inside:  # a bar near the right edge carries its label inside, right-aligned
            text = self.fm_small.elidedText(text, Qt.TextElideMode.ElideRight, x - self.plot_left - 6 * s)
            if on is None:  # on a hatched bar: on white, as after a bar
                h, w = self.fm_small.height(), self.fm_small.horizontalAdvance(text)
                painter.fillRect(QRectF(x - 3 * s - w - 1.5 * s, top + (self.row_h - h) / 2, w + 3 * s, h),
                                 QColor("#ffffff"))
            painter.setPen(QColor("#ffffff") if on is not None and on.lightness() < 150 else QColor(TEXT))
            painter.drawText(QRectF(self.plot_left, top, x - self.plot_left - 3 * s, self.row_h),
                             int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), text)
            return
        left = x + 4 * s
        text = self.fm_small.elidedText(text, Qt.TextElideMode.ElideRight, self.width - left - 2 * s)
        h = self.fm_small.height()
        painter.fillRect(QRectF(left - 1.5 * s, top + (self.row_h - h) / 2, self.fm_small.horizontalAdvance(text) + 3 * s,
                                h), QColor("#ffffff"))
        painter.setPen(QColor("#333333"))
        painter.drawText(QRectF(left, top, self.width - left, self.row_h),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), text)

    @staticmethod
    def _triangle(painter: QPainter, x: float, y: float, r: float) -> None:
        path = QPainterPath()
        path.addPolygon(QPolygonF([QPointF(x - r, y), QPointF(x + r, y), QPointF(x, y + r * 1.4)]))
        painter.fillPath(path, QColor("#000000"))

    def _axis(self, painter: QPainter, bottom: float) -> None:
        s = self.s
        painter.setFont(self.small)
        painter.setPen(QPen(QColor("#555555"), 0.8 * s))
        painter.drawLine(QPointF(self.plot_left, bottom), QPointF(self.plot_right, bottom))
        h = self.fm_small.height()
        for pct in range(0, int(X_MAX) + 1, 50):
            x = self.x_of(pct)
            painter.drawLine(QPointF(x, bottom), QPointF(x, bottom + 3 * s))
            label = f"{pct}%"
            w = self.fm_small.horizontalAdvance(label)
            painter.drawText(QRectF(x - w / 2 - 2 * s, bottom + 3 * s, w + 4 * s, h),
                             int(Qt.AlignmentFlag.AlignCenter), label)
        painter.drawText(QRectF(0, bottom + 3 * s, self.label_w, h),
                         int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                         self.words(T["axis"], CONTEXT))

    # ----- legend -------------------------------------------------------------------------------------------
    def _legend_entries(self) -> list[tuple[str, object]]:
        """The statuses and marks of the rows drawn, in the vocabulary's order and words, then the markers."""
        w = self.words
        bars = [r for r in self.rows if isinstance(r, ProgressBar)]
        shown = {b.status for b in bars}
        flags = {f for b in bars for f in b.flags}
        entries: list[tuple[str, object]] = [(w.status(s), s) for s in STATUS_TERMS if s in shown]
        entries += [(w.flag(f), f"mark:{f}") for f in target_words.MARK_SYMBOLS if f in flags]
        entries += [(w(T["baseline"], CONTEXT), "baseline"), (w(T["expected"], CONTEXT), "expected"),
                    (w(T["target"], CONTEXT), "target")]
        return entries

    def _swatch(self, painter: QPainter, box: QRectF, look) -> None:
        s = self.s
        if look == "baseline":
            painter.setPen(QPen(QColor("#000000"), 1.6 * s))
            painter.drawLine(QPointF(box.center().x(), box.top() - s), QPointF(box.center().x(), box.bottom() + s))
        elif look == "target":
            painter.setPen(QPen(QColor("#333333"), 1.4 * s))
            painter.drawLine(QPointF(box.center().x(), box.top() - s), QPointF(box.center().x(), box.bottom() + s))
        elif look == "expected":
            self._triangle(painter, box.center().x(), box.top(), 3.2 * s)
        elif str(look).startswith("mark:"):
            painter.setFont(self.font)
            painter.setPen(QColor(TEXT))
            painter.drawText(box.adjusted(0, -3 * s, 0, 3 * s), int(Qt.AlignmentFlag.AlignCenter),
                             target_words.MARK_SYMBOLS[look[5:]])
        else:
            painter.fillRect(box, status_brush(look, s))
            painter.setPen(QPen(colour(look).darker(130), 0.6 * s,
                                Qt.PenStyle.DashLine if look in HATCHED else Qt.PenStyle.SolidLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(box)
