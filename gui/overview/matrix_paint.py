"""The coverage matrix drawn with QPainter: components (rows, grouped by top layer) × measures, counts in
coloured cells; shared by the dashboard, the saved chart files and the printed report (sizes in points).

Supplier cells are coloured against the wanted number of local suppliers: red for none found (the component
was surveyed), hatched grey with "—" for a component nobody has surveyed yet (unknown, not absent), amber for
fewer than wanted, green otherwise; centres and integrators depending (through supply links) are context, in
neutral blue or grey; supplier facts still to be checked are counted in a column of their own, yellow when
there are any. Column heads wrap onto two lines and names longer than their column end in "…" (the widget's
tooltip gives them whole).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen, QTransform

from core.analysis.chart_data import MEASURES, MatrixRow
from core.analysis.tables import HEADERS as TABLE_HEADERS
from gui.fonts import ui_font
from gui.overview.chart_style import GRID, LEVEL_COLOURS, TEXT
from gui.overview.progress_paint import Legend
from gui.overview.words import Words

CONTEXT = "Charts"
HEADS = {
    "local_suppliers": QT_TRANSLATE_NOOP("Charts", "Local suppliers"),
    "mass": QT_TRANSLATE_NOOP("Charts", "In mass production"),
    "centres": QT_TRANSLATE_NOOP("Charts", "Centres"),
    "integrators": QT_TRANSLATE_NOOP("Charts", "Integrators depending"),
    "to_check": QT_TRANSLATE_NOOP("Charts", "To check"),
}
DESCRIPTIONS = {
    "local_suppliers": QT_TRANSLATE_NOOP("Charts", "Local suppliers"),
    "mass": QT_TRANSLATE_NOOP("Charts", "Local suppliers in mass production"),
    "centres": QT_TRANSLATE_NOOP("Charts", "Centres serving it"),
    "integrators": QT_TRANSLATE_NOOP("Charts", "Integrators depending on it (supply links)"),
    "to_check": None,  # the workbook's words: core.analysis.tables.HEADERS["to_check"]
}
# Legend: (level, text); None takes the vocabulary's flag word, a Term the workbook's column word.
LEGEND = (
    ("empty", "no_local_supplier"),
    ("unknown", "not_surveyed"),
    ("thin", QT_TRANSLATE_NOOP("Charts", "fewer local suppliers than wanted")),
    ("ok", QT_TRANSLATE_NOOP("Charts", "as many as wanted")),
    ("some", QT_TRANSLATE_NOOP("Charts", "centres, integrators: some")),
    ("none", QT_TRANSLATE_NOOP("Charts", "none")),
    ("check", TABLE_HEADERS["to_check"]),
)
UNKNOWN_TEXT = "—"  # a supplier count nobody has surveyed: unknown, not zero


def level_brush(level: str, scale: float) -> QBrush:
    """A cell's fill: "unknown" is hatched, so it never reads as a count of zero."""
    if level != "unknown":
        return QBrush(QColor(LEVEL_COLOURS[level]))
    brush = QBrush(QColor(LEVEL_COLOURS[level]), Qt.BrushStyle.BDiagPattern)
    brush.setTransform(QTransform.fromScale(scale / 1.33, scale / 1.33))
    return brush


def legend_text(text, words: Words) -> str:
    if text in ("no_local_supplier", "not_surveyed"):
        return words.flag(text)
    if not isinstance(text, str):
        return words.term(text)
    return words(text, CONTEXT)


@dataclass(frozen=True)
class MatrixSize:
    """Sizes in points."""

    font: float = 9.0  # names and counts
    head: float = 8.0  # column heads, legend
    row: float = 17.0
    column_min: float = 34.0
    column_max: float = 66.0
    name_min: float = 64.0
    name_max: float = 200.0


SCREEN = MatrixSize()
PRINT = MatrixSize(font=7.5, head=7.5, row=11.5, column_min=30.0, column_max=56.0, name_max=280.0)  # paper: no tooltips, whole names


def layer_rows(rows: list[MatrixRow], layer_names: dict[str | None, str]) -> list[MatrixRow | str]:
    """The matrix's rows: each top layer's name (str) above its components."""
    out: list[MatrixRow | str] = []
    layer = object()
    for row in rows:
        if row.layer_key != layer:
            out.append(layer_names.get(row.layer_key) or row.layer_zh or "—")
            layer = row.layer_key
        out.append(row)
    return out


def _wrap_words(fm: QFontMetricsF, text: str, width: float, lines: int = 2) -> list[str]:
    """Break a column head into at most ``lines`` lines: at spaces (English) or anywhere (Chinese: two lines
    split near the middle, the shorter first — 本地/供应商, 服务/载体)."""
    out: list[str] = []
    rest = text.strip()
    half = len(rest) // 2
    if lines == 2 and " " not in rest and not rest.isascii() and fm.horizontalAdvance(rest) > width \
            and fm.horizontalAdvance(rest[half:]) <= width:
        return [rest[:half], rest[half:]]
    while rest and len(out) < lines - 1 and fm.horizontalAdvance(rest) > width:
        cut = len(rest)
        while cut > 1 and fm.horizontalAdvance(rest[:cut]) > width:
            cut -= 1
        space = rest.rfind(" ", 0, cut + 1)
        if space > 0:
            cut = space
        elif " " in rest:  # one long word: keep it whole on its line
            cut = rest.find(" ")
        out.append(rest[:cut].strip())
        rest = rest[cut:].strip()
    if rest:
        out.append(fm.elidedText(rest, Qt.TextElideMode.ElideRight, width))
    return out


class MatrixDrawing:
    """The matrix for ``rows`` at most ``width`` device pixels wide on ``device``; geometry in device pixels.

    ``legend`` draws the colour legend above the column heads.
    """

    def __init__(self, rows: list[MatrixRow | str], words: Words, device, width: float, *,
                 size: MatrixSize = SCREEN, legend: bool = True):
        self.rows, self.words, self.size = rows, words, size
        self.s = s = device.logicalDpiY() / 72.0
        self.font, self.head_font = ui_font(size.font), ui_font(size.head)
        self.bold = QFont(self.font)
        self.bold.setBold(True)
        self.fm = QFontMetricsF(self.font, device)
        self.fm_head = QFontMetricsF(self.head_font, device)
        self.fm_bold = QFontMetricsF(self.bold, device)
        heads = [words(HEADS[m], CONTEXT) for m in MEASURES]
        # A column is as wide as the longest word of its head (so a head wraps only between words); a Chinese
        # head breaks anywhere, so half of it (two lines) is enough.
        widest_word = max(self.fm_head.horizontalAdvance(part) if " " in h or part.isascii()
                          else self.fm_head.horizontalAdvance(part[len(part) // 2:])
                          for h in heads for part in h.split(" "))
        column = min(max(widest_word + 8 * s, size.column_min * s), size.column_max * s)
        names = [self._name(r) for r in rows if isinstance(r, MatrixRow)]
        name_w = max((self.fm.horizontalAdvance(n) for n in names), default=0) + 10 * s
        room = width - column * len(MEASURES)
        self.name_w = max(size.name_min * s, min(name_w, size.name_max * s, room))
        extra = room - self.name_w  # left over: wider count columns, up to their maximum
        self.min_width = size.name_min * s + column * len(MEASURES)  # narrower than this: scroll
        if extra > 0:
            column = min(column + extra / len(MEASURES), size.column_max * s)
        self.column_w = column
        self.width = self.name_w + column * len(MEASURES)
        self.heads = [_wrap_words(self.fm_head, h, column - 4 * s) for h in heads]
        self.legend = Legend([(legend_text(text, words), level) for level, text in LEGEND], self.head_font, device,
                             width, s) if legend else None
        self.head_top = (self.legend.height + 6 * s) if self.legend else 0.0
        self.head_h = self.fm_head.height() * max(len(h) for h in self.heads) + 6 * s
        self.top = self.head_top + self.head_h
        self.row_h = size.row * s
        self.height = self.top + len(rows) * self.row_h + 2 * s

    def _name(self, row: MatrixRow) -> str:
        return self.words.name(row.name_zh, row.name_en)

    # ----- geometry -----------------------------------------------------------------------------------------
    def row_at(self, y: float) -> int | None:
        if y < self.top:
            return None
        i = int((y - self.top) // self.row_h)
        return i if 0 <= i < len(self.rows) else None

    def column_at(self, x: float) -> int | None:
        """-1 for the name column, 0… for the measures, None outside."""
        if 0 <= x < self.name_w:
            return -1
        j = int((x - self.name_w) // self.column_w)
        return j if 0 <= j < len(MEASURES) and x < self.width else None

    def name_text(self, row: MatrixRow | str) -> tuple[str, str]:
        """(what is drawn, the whole name)."""
        if isinstance(row, str):
            return self.fm_bold.elidedText(row, Qt.TextElideMode.ElideRight, self.width - 6 * self.s), row
        whole = self._name(row)
        return self.fm.elidedText(whole, Qt.TextElideMode.ElideRight, self.name_w - 8 * self.s), whole

    def description(self, measure: str) -> str:
        if DESCRIPTIONS[measure] is None:
            return self.words.term(TABLE_HEADERS[measure])
        return self.words(DESCRIPTIONS[measure], CONTEXT)

    @staticmethod
    def cell_text(row: MatrixRow, measure: str) -> str:
        """What a cell shows: its count, or "—" for suppliers nobody has surveyed yet."""
        return UNKNOWN_TEXT if row.level(measure) == "unknown" else str(row.values[measure])

    # ----- painting -----------------------------------------------------------------------------------------
    def paint(self, painter: QPainter, origin: QPointF | None = None) -> None:
        s = self.s
        painter.save()
        painter.translate(origin or QPointF(0, 0))
        if self.legend:
            self.legend.paint(painter, QPointF(0, 0), self._swatch)
        painter.setFont(self.head_font)
        painter.setPen(QColor(TEXT))
        for j, lines in enumerate(self.heads):
            box = QRectF(self.name_w + j * self.column_w + 2 * s, self.head_top, self.column_w - 4 * s,
                         self.head_h - 3 * s)
            painter.drawText(box, int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom), "\n".join(lines))
        painter.setPen(QPen(QColor("#888888"), 0.8 * s))
        painter.drawLine(QPointF(0, self.top - 1 * s), QPointF(self.width, self.top - 1 * s))
        grid = QPen(QColor(GRID), 0.6 * s)
        for i, row in enumerate(self.rows):
            top = self.top + i * self.row_h
            text, _whole = self.name_text(row)
            if isinstance(row, str):
                painter.fillRect(QRectF(0, top + 1 * s, self.width, self.row_h - 2 * s), QColor("#f0f3f6"))
                painter.setFont(self.bold)
                painter.setPen(QColor(TEXT))
                painter.drawText(QRectF(3 * s, top, self.width, self.row_h),
                                 int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), text)
                continue
            painter.setFont(self.font)
            painter.setPen(QColor(TEXT))
            painter.drawText(QRectF(0, top, self.name_w - 6 * s, self.row_h),
                             int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), text)
            for j, measure in enumerate(MEASURES):
                level = row.level(measure)
                cell = QRectF(self.name_w + j * self.column_w + 1.5 * s, top + 1.2 * s, self.column_w - 3 * s,
                              self.row_h - 2.4 * s)
                if level == "unknown":
                    painter.fillRect(cell, QColor("#ffffff"))
                painter.fillRect(cell, level_brush(level, s))
                painter.setPen(grid)
                painter.drawRect(cell)
                painter.setPen(QColor("#607d8b") if level == "unknown" else QColor(TEXT))
                painter.drawText(cell, int(Qt.AlignmentFlag.AlignCenter), self.cell_text(row, measure))
        painter.restore()

    def _swatch(self, painter: QPainter, box: QRectF, level) -> None:
        painter.fillRect(box, QColor("#ffffff"))
        painter.fillRect(box, level_brush(level, self.s))
        painter.setPen(QPen(QColor(GRID), 0.6 * self.s))
        painter.drawRect(box)
