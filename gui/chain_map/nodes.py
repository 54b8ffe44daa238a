"""The boxes, chips and markers of the chain map, and the colours and geometry they share.

Each box or chip is one item that paints itself (no child items), so a map of a few hundred of them redraws
fast; below 30 % zoom only shapes and colours are painted.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem

NO_LOCAL_COLOR = QColor("#c62828")
NO_LOCAL_FILL = QColor("#fdecea")
SINGLE_SOURCE_COLOR = QColor("#ef6c00")
SINGLE_SOURCE_FILL = QColor("#fff3e0")
# Not yet surveyed: unknown, not absent — a dashed grey outline, never the red of "no local supplier".
NOT_SURVEYED_COLOR = QColor("#78909c")
NOT_SURVEYED_FILL = QColor("#f3f5f6")
TO_CHECK_COLOR = QColor("#f9a825")  # the corner mark of a component with supplier facts still to check
PLAIN_BORDER = QColor("#90a4ae")
BOM_COLOR = QColor("#3949ab")
LOCAL_FILL, LOCAL_BORDER = QColor("#e8f5e9"), QColor("#43a047")
OTHER_FILL, OTHER_BORDER = QColor("#f5f5f5"), QColor("#9e9e9e")
CENTRE_FILL, CENTRE_BORDER = QColor("#f3e5f5"), QColor("#8e24aa")
INTEGRATOR_FILL, INTEGRATOR_BORDER = QColor("#e3f2fd"), QColor("#1565c0")
MORE_FILL = QColor("#eceff1")
HIT_COLOR = QColor("#fbc02d")
EMPHASIS_COLOR = QColor("#1e88e5")
TEXT_COLOR = QColor("#212121")
COLUMN_FILL = QColor(236, 239, 241, 110)
DIMMED = 0.18

# Geometry, in scene units (pixels at 100 %).
COMP_W, COMP_H, INDENT = 210.0, 40.0, 14.0
CHIP_H, CHIP_GAP, CHIP_MAX_W = 20.0, 4.0, 118.0
CHIP_AREA = 290.0
COLUMN_MIN_W = COMP_W + 10 + 130  # a column is as wide as its widest row of chips, at most COMP_W + 10 + CHIP_AREA
COLUMN_GAP, ROW_GAP, HEADER_H = 36.0, 8.0, 52.0
INT_W, INT_H, INT_GAP = 150.0, 26.0, 170.0
# Tables the picture is drawn from: an edit elsewhere (targets, observations ...) does not redraw it.
MAP_TABLES = {"layers", "components", "component_layers", "firms", "capabilities", "supply_links", "centres",
              "centre_serves"}
ACTIVATABLE = ("component", "firm", "centre", "integrator", "more", "header")


def _wrap(fm: QFontMetricsF, text: str, width: float, max_lines: int) -> list[str]:
    """Break ``text`` into at most ``max_lines`` lines of ``width``, the last one elided.

    Chinese breaks anywhere, Latin words stay whole where they can; text that fits on two lines is split
    near its middle, so no line holds a lone character.
    """
    lines: list[str] = []
    rest = text.strip()
    while rest and len(lines) < max_lines - 1 and fm.horizontalAdvance(rest) > width:
        full = fm.horizontalAdvance(rest)
        goal = full / 2 + fm.averageCharWidth() if full <= 2 * width and len(lines) == max_lines - 2 else width
        n = 1
        while n < len(rest) and fm.horizontalAdvance(rest[:n + 1]) <= min(goal, width):
            n += 1
        if rest[n - 1].isascii() and rest[n - 1].isalnum() and rest[n:n + 1].isascii() and rest[n:n + 1].isalnum():
            start = n - 1  # inside a Latin word: break before it, unless it is most of the line
            while start > 0 and rest[start - 1].isascii() and rest[start - 1].isalnum():
                start -= 1
            if start > n // 3:
                n = start
        lines.append(rest[:n].rstrip())
        rest = rest[n:].lstrip()
    if rest:
        lines.append(fm.elidedText(rest, Qt.TextElideMode.ElideRight, width))
    return lines


class MapNode(QGraphicsItem):
    """A box, chip or marker of the map, painted in one go.

    ``table``/``row_id`` name the row a click opens; ``search`` holds the casefolded names highlight() matches.
    ``dashed`` draws the outline dashed (not yet surveyed), ``corner`` a coloured corner mark (facts to check),
    ``note`` a line in ``note_font`` under the text (a layer header's counts).
    """

    def __init__(self, kind: str, width: float, height: float, lines: list[str], font, *, fill: QColor,
                 border: QColor, border_width: float = 1.0, outline: str = "round", table: str | None = None,
                 row_id: int | None = None, search: tuple[str, ...] = (), badge: str | None = None,
                 badge_color: QColor | None = None, strip: QColor | None = None, bold: bool = False,
                 dashed: bool = False, corner: QColor | None = None, note: str | None = None, note_font=None):
        super().__init__()
        self.kind, self.table, self.row_id = kind, table, row_id
        self.rect = QRectF(0, 0, width, height)
        self.lines, self.font, self.fill, self.border = lines, font, fill, border
        self.border_width, self.outline, self.badge, self.badge_color = border_width, outline, badge, badge_color
        self.strip, self.bold = strip, bold
        self.dashed, self.corner, self.note, self.note_font = dashed, corner, note, note_font
        self.search = tuple(s.casefold() for s in search if s)
        self.hit = self.emphasised = self.selected = False
        self.hover_callback = None
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)  # the view handles clicks; drags pan
        if kind in ACTIVATABLE:
            self.setCursor(Qt.CursorShape.PointingHandCursor)
        self._path = self._make_path()

    def _make_path(self) -> QPainterPath:
        path = QPainterPath()
        r = self.rect
        if self.outline == "hex":  # centres: angled ends
            a = min(7.0, r.height() / 2)
            path.moveTo(r.left() + a, r.top())
            for x, y in ((r.right() - a, r.top()), (r.right(), r.center().y()), (r.right() - a, r.bottom()),
                         (r.left() + a, r.bottom()), (r.left(), r.center().y())):
                path.lineTo(x, y)
            path.closeSubpath()
        elif self.outline == "pill":
            path.addRoundedRect(r, r.height() / 2, r.height() / 2)
        else:
            path.addRoundedRect(r, 5, 5)
        return path

    def boundingRect(self) -> QRectF:  # noqa: N802 - overrides QGraphicsItem.boundingRect
        return self.rect.adjusted(-4, -4, 4, 4)

    def shape(self) -> QPainterPath:  # overrides QGraphicsItem.shape
        return self._path

    def set_state(self, *, hit: bool | None = None, emphasised: bool | None = None,
                  selected: bool | None = None) -> None:
        if hit is not None:
            self.hit = hit
        if emphasised is not None:
            self.emphasised = emphasised
        if selected is not None:
            self.selected = selected
        self.update()

    def paint(self, painter: QPainter, option, widget=None) -> None:  # overrides QGraphicsItem.paint
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.selected or self.hit or self.emphasised:
            colour = EMPHASIS_COLOR if self.selected or self.emphasised else HIT_COLOR
            painter.setPen(QPen(colour, 5 if self.hit and not self.selected else 4))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(self._path)
        pen = QPen(self.border, self.border_width)
        if self.dashed:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(self.fill)
        painter.drawPath(self._path)
        if self.corner is not None:  # a folded corner, top right, as a spreadsheet marks a cell
            r = self.rect
            size = min(10.0, r.height() / 3)
            corner = QPainterPath()
            corner.moveTo(r.right() - size - 2, r.top())
            corner.lineTo(r.right() - 3, r.top())
            corner.quadTo(r.right(), r.top(), r.right(), r.top() + 3)
            corner.lineTo(r.right(), r.top() + size + 2)
            corner.closeSubpath()
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self.corner)
            painter.drawPath(corner)
        if self.strip is not None:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self.strip)
            painter.drawRoundedRect(QRectF(self.border_width + 1, 4, 4, self.rect.height() - 8), 2, 2)
        if lod < 0.3 and self.kind not in ("header", "bom"):
            return  # too small to read: shapes and colours only
        left = 12.0 if self.strip is not None else (9.0 if self.outline != "pill" else 8.0)
        text_rect = self.rect.adjusted(left, 0, -6, 0)
        painter.setFont(self.font)
        if self.badge:
            fm = QFontMetricsF(self.font)
            bw = fm.horizontalAdvance(self.badge) + 10
            bh = fm.height() + 2
            band = self.rect.height() * (0.58 if self.note else 1.0)  # with a note: beside the text above it
            badge = QRectF(self.rect.right() - bw - 5, max(2.0, (band - bh) / 2 + (2 if self.note else 0)), bw, bh)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self.badge_color or PLAIN_BORDER)
            painter.drawRoundedRect(badge, badge.height() / 2, badge.height() / 2)
            painter.setPen(QColor("white"))
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, self.badge)
            text_rect.setRight(badge.left() - 4)
        painter.setPen(TEXT_COLOR)
        if self.bold:
            font = QFont(self.font)
            font.setBold(True)
            painter.setFont(font)
        if self.note:  # the text in the upper part, the note under it
            split = text_rect.top() + text_rect.height() * 0.58
            painter.drawText(QRectF(text_rect.left(), text_rect.top(), text_rect.width(), split - text_rect.top()),
                             int(Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignLeft), "\n".join(self.lines))
            painter.setFont(self.note_font or self.font)
            painter.setPen(QColor("#37474f"))
            painter.drawText(QRectF(text_rect.left(), split, self.rect.width() - text_rect.left() - 6,
                                    text_rect.bottom() - split),
                             int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), self.note)
            return
        painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                         "\n".join(self.lines))

    def hoverEnterEvent(self, event) -> None:  # noqa: N802 - overrides QGraphicsItem.hoverEnterEvent
        if self.hover_callback:
            self.hover_callback(self, True)
        super().hoverEnterEvent(event)

    def hoverLeaveEvent(self, event) -> None:  # noqa: N802 - overrides QGraphicsItem.hoverLeaveEvent
        if self.hover_callback:
            self.hover_callback(self, False)
        super().hoverLeaveEvent(event)
