"""The report's charts as vector drawings inside the document: every label is real text in the PDF, at its
print size (7 pt or more), never a scaled-down picture.

The charts are cut into pieces that each fit on a page (a QTextDocument never splits an inline object): the
progress chart at plan boundaries, the coverage matrix at layer boundaries, each piece with its own legend
and column heads. The HTML holds a marker per chart; :func:`insert_charts` swaps it for one object per piece
(each in a paragraph of its own), which gui.overview's painter classes draw onto whatever the document is
painted on (PDF, printer, preview). Once the document is laid out on its pages, :func:`fit_charts` cuts a
chart again when its first piece was pushed to the next page and left a large blank at the foot of the
page before: the first piece then takes as many rows as fit there, so no page is left half empty.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QImage,
    QPyTextObject,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from core.analysis import chart_data
from gui.fonts import report_font
from gui.overview import matrix_paint, progress_paint
from gui.overview.words import Words
from gui.report.texts import W

WRAP = int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap)
OBJECT_TYPE = QTextFormat.ObjectTypes.UserObject + 1
KEY = QTextFormat.Property.UserProperty + 1
# Rows of a piece: with its caption, legend and axis or heads, a piece fills at most an A4 page (714 pt of body).
PROGRESS_ROWS = 46  # at 13 pt a row
MATRIX_ROWS = 54  # at 11.5 pt a row
LIMITS = {"progress": PROGRESS_ROWS, "matrix": MATRIX_ROWS}
KINDS = ("progress", "matrix")
GAP_TO_FILL = 0.2  # of a page: a blank this large before a pushed chart is filled with its first rows
MIN_ROWS = 6  # a first piece shorter than this is not worth a cut


@dataclass
class ReportCharts:
    """The chart pieces of one report, as plain rows, and each chart's caption (drawn above its first piece,
    so a caption never stays behind at the foot of a page)."""

    lang: str
    progress: list[list] = field(default_factory=list)
    matrix: list[list] = field(default_factory=list)
    rows: dict[str, list] = field(default_factory=dict)  # kind -> every row of the chart, uncut
    plan_titles: dict[str, str] = field(default_factory=dict)
    # kind -> lines above its first piece: (text, points, bold, colour); the section's heading goes with the
    # first chart, so it never stays behind at the foot of a page.
    captions: dict[str, list[tuple[str, float, bool, str]]] = field(default_factory=dict)

    def marker(self, kind: str) -> str:
        return f"[[chart:{kind}]]"

    def pieces(self, kind: str) -> list[list]:
        return self.progress if kind == "progress" else self.matrix

    def recut(self, kind: str, first: int) -> None:
        """Cut ``kind`` again with at most ``first`` rows in its first piece."""
        pieces = _pieces(self.rows[kind], LIMITS[kind], first=first)
        if kind == "progress":
            self.progress = pieces
        else:
            self.matrix = pieces


def _pieces(rows: list, limit: int, *, first: int | None = None) -> list[list]:
    """Rows grouped under their heads (str), packed into pieces of at most ``limit`` rows (the first piece at
    most ``first``), cut at a head where it can be; a group longer than a piece is cut inside and its head
    repeated."""
    if first is not None and first < len(rows):
        head, rest = _first_piece(rows, first)
        return [head, *_pieces(rest, limit)]
    groups: list[list] = []
    for row in rows:
        if isinstance(row, str) or not groups:
            groups.append([])
        groups[-1].append(row)
    pieces: list[list] = []
    for group in groups:
        while len(group) > limit:
            pieces.append(group[:limit])
            group = [group[0], *group[limit:]] if isinstance(group[0], str) else group[limit:]
        if pieces and len(pieces[-1]) + len(group) <= limit:
            pieces[-1].extend(group)
        else:
            pieces.append(list(group))
    return pieces


def _first_piece(rows: list, n: int) -> tuple[list, list]:
    """The first ``n`` rows and the rest; the rest starts with its group's head again when cut inside a group,
    and a head never ends a piece."""
    head, rest = rows[:n], rows[n:]
    while head and isinstance(head[-1], str):
        rest.insert(0, head.pop())
    if rest and not isinstance(rest[0], str):
        group = next((r for r in reversed(head) if isinstance(r, str)), None)
        if group is not None:
            rest.insert(0, group)
    return head, rest


def report_charts(content, w: Words) -> ReportCharts:
    """The pieces of the progress chart (the report's plans) and the matrix (its layers)."""
    plans = {p["code"] for p in content.plans}
    bars = chart_data.progress_bars(content.analysis, plans=plans or None)
    rows = [r for r in chart_data.coverage_matrix(content.analysis) if r.layer_key in content.selected_layers]
    names = {key: w.name(*content.layer_names.get(key, (key, key))) for key in content.selected_layers}
    flat = {"progress": progress_paint.rows_of(bars) if bars else [],
            "matrix": matrix_paint.layer_rows(rows, names) if rows else []}
    charts = ReportCharts(
        lang=w.lang, rows=flat,
        progress=_pieces(flat["progress"], PROGRESS_ROWS) if bars else [],
        matrix=_pieces(flat["matrix"], MATRIX_ROWS) if rows else [],
        plan_titles={p["code"]: w.name(p["title_zh"], p["title_en"]) for p in content.plans},
        captions={"progress": [(w(W["progress_chart"]), 10.5, True, "#222222")],
                  "matrix": [(w(W["matrix"]), 10.5, True, "#222222"), (w(W["matrix_note"]), 7.5, False, "#555555")]},
    )
    first = "progress" if charts.progress else "matrix"
    charts.captions[first].insert(0, (w(W["charts"]), 14.0, True, "#000000"))
    return charts



class ChartObject(QPyTextObject):
    """Lays out and paints the chart pieces where their markers were (one handler per document)."""

    def __init__(self, charts: ReportCharts, parent: QTextDocument):
        super().__init__(parent)
        self.charts = charts
        self.words = Words(charts.lang)

    def _drawing(self, doc: QTextDocument, key: str):
        kind, i = key.split(":")
        return self.drawing(doc, kind, self.charts.pieces(kind)[int(i)], first=i == "0")

    def drawing(self, doc: QTextDocument, kind: str, rows: list, *, first: bool):
        """(caption, drawing) of a piece of ``rows`` laid out for the document's device and page width."""
        device = doc.documentLayout().paintDevice() or _screen_like()
        width = doc.pageSize().width() if doc.pageSize().width() > 0 else 600.0
        if kind == "progress":
            drawing = progress_paint.ProgressDrawing(rows, self.words, device, width, size=progress_paint.PRINT,
                                                     plan_titles=self.charts.plan_titles)
        else:
            drawing = matrix_paint.MatrixDrawing(rows, self.words, device, width, size=matrix_paint.PRINT)
        caption = Caption(self.charts.captions.get(kind) if first else None, device, width)
        return caption, drawing

    def rows_fitting(self, doc: QTextDocument, kind: str, height: float) -> int:
        """How many of the chart's rows its first piece can hold within ``height`` (device pixels)."""
        rows = self.charts.rows[kind]
        low, high = 0, min(len(rows), LIMITS[kind])
        while low < high:  # the largest n whose piece fits
            n = (low + high + 1) // 2
            caption, drawing = self.drawing(doc, kind, rows[:n], first=True)
            if caption.height + drawing.height <= height:
                low = n
            else:
                high = n - 1
        return low

    def intrinsicSize(self, doc, _pos, fmt):  # noqa: N802 - QTextObjectInterface
        caption, drawing = self._drawing(doc, fmt.property(KEY))
        return QSizeF(max(drawing.width, caption.width), caption.height + drawing.height)

    def drawObject(self, painter, rect, doc, _pos, fmt):  # noqa: N802 - QTextObjectInterface
        clip = painter.clipBoundingRect() if painter.hasClipping() else None
        if clip is not None and (rect.top() >= clip.bottom() - 1 or rect.bottom() <= clip.top() + 1):
            return  # on another page (a rounding away from this one): not even as hidden text in the PDF
        caption, drawing = self._drawing(doc, fmt.property(KEY))
        caption.paint(painter, rect.topLeft())
        drawing.paint(painter, rect.topLeft() + QPointF(0, caption.height))


class Caption:
    """Lines drawn above a chart piece, each (text, points, bold, colour), wrapped to the width."""

    def __init__(self, lines: list[tuple[str, float, bool, str]] | None, device, width: float):
        self.lines = [line for line in lines or [] if line[0]]
        self.width = width if self.lines else 0.0
        s = device.logicalDpiY() / 72.0
        self.boxes: list[QRectF] = []
        y = 0.0
        for text, points, bold, _colour in self.lines:
            if y:
                y += (4 if points >= 10 else 2) * s
            box = QFontMetricsF(report_font(points, bold=bold), device).boundingRect(QRectF(0, 0, width, 10_000),
                                                                                     WRAP, text)
            self.boxes.append(QRectF(0, y, width, box.height()))
            y += box.height()
        self.height = y + (6 * s if self.lines else 0.0)

    def paint(self, painter, origin: QPointF) -> None:
        if not self.lines:
            return
        painter.save()
        painter.translate(origin)
        for (text, points, bold, colour), box in zip(self.lines, self.boxes, strict=True):
            painter.setFont(report_font(points, bold=bold))
            painter.setPen(QColor(colour))
            painter.drawText(box, WRAP, text)
        painter.restore()


def _screen_like() -> QImage:
    """A stand-in device (96 dpi) for a layout asked before the document knows its printer."""
    return QImage(1, 1, QImage.Format.Format_ARGB32)


def insert_charts(doc: QTextDocument, charts: ReportCharts) -> None:
    """Replace every chart marker in ``doc`` by its pieces, each in a paragraph of its own."""
    handler = ChartObject(charts, doc)
    doc.documentLayout().registerHandler(OBJECT_TYPE, handler)
    doc.setProperty("chart_handler", handler)  # kept alive with the document, found again by fit_charts
    for kind in KINDS:
        found = doc.find(charts.marker(kind))
        if not found.isNull():
            _insert_pieces(QTextCursor(found), charts, kind)


def _insert_pieces(cursor: QTextCursor, charts: ReportCharts, kind: str) -> None:
    for i in range(len(charts.pieces(kind))):
        if i:
            cursor.insertBlock()  # the same paragraph format: a page can break between pieces
        fmt = QTextCharFormat()
        fmt.setObjectType(OBJECT_TYPE)
        fmt.setProperty(KEY, f"{kind}:{i}")
        cursor.insertText("\ufffc", fmt)


def _chart_blocks(doc: QTextDocument, kind: str) -> list:
    out, block = [], doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            key = it.fragment().charFormat().property(KEY)
            if isinstance(key, str) and key.startswith(kind + ":"):
                out.append(block)
                break
            it += 1
        block = block.next()
    return out


def fit_charts(doc: QTextDocument) -> None:
    """With ``doc`` laid out on its pages: a chart whose first piece was pushed to the next page, leaving a
    blank of a fifth of a page or more, is cut again so that its first piece fills that blank."""
    handler = doc.property("chart_handler")
    if handler is None:
        return
    page = doc.pageSize().height()
    layout = doc.documentLayout()
    for kind in KINDS:
        blocks = _chart_blocks(doc, kind)
        if not blocks or not blocks[0].previous().isValid():
            continue
        # The paragraph starts where the text above ends; its line (the object) is moved to the next page when
        # it does not fit.
        above = layout.blockBoundingRect(blocks[0]).top()
        line = blocks[0].layout().lineAt(0) if blocks[0].layout().lineCount() else None
        top = above + (line.position().y() if line is not None else 0.0)
        page_top = (top // page) * page
        blank = page_top - above
        if page_top <= above or blank < GAP_TO_FILL * page:
            continue  # not pushed, or not worth a cut
        rows = handler.rows_fitting(doc, kind, blank * 0.95)  # the paragraph's own margins take a little
        if rows < MIN_ROWS or rows >= len(handler.charts.rows[kind]):
            continue
        handler.charts.recut(kind, rows)
        cursor = QTextCursor(blocks[0])
        cursor.setPosition(blocks[-1].position() + blocks[-1].length() - 1, QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
        _insert_pieces(cursor, handler.charts, kind)
        doc.pageCount()  # lay out again before the next chart is looked at
