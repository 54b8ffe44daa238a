"""The report's charts as vector drawings inside the document: every label is real text in the PDF, at its
print size (7 pt or more), never a scaled-down picture.

The charts are cut into pieces that each fit on a page (a QTextDocument never splits an inline object): the
progress chart at plan boundaries, the coverage matrix at layer boundaries, each piece with its own legend
and column heads. The HTML holds a marker per piece; :func:`insert_charts` swaps the markers for objects
that gui.overview's painter classes draw onto whatever the document is painted on (PDF, printer, preview).
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


@dataclass
class ReportCharts:
    """The chart pieces of one report, as plain rows, and each chart's caption (drawn above its first piece,
    so a caption never stays behind at the foot of a page)."""

    lang: str
    progress: list[list] = field(default_factory=list)
    matrix: list[list] = field(default_factory=list)
    plan_titles: dict[str, str] = field(default_factory=dict)
    # kind -> lines above its first piece: (text, points, bold, colour); the section's heading goes with the
    # first chart, so it never stays behind at the foot of a page.
    captions: dict[str, list[tuple[str, float, bool, str]]] = field(default_factory=dict)

    def marker(self, kind: str, i: int) -> str:
        return f"[[chart:{kind}:{i}]]"


def _pieces(rows: list, limit: int) -> list[list]:
    """Rows grouped under their heads (str), packed into pieces of at most ``limit`` rows, cut at a head where
    it can be; a group longer than a piece is cut inside and its head repeated."""
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


def report_charts(content, w: Words) -> ReportCharts:
    """The pieces of the progress chart (the report's plans) and the matrix (its layers)."""
    plans = {p["code"] for p in content.plans}
    bars = chart_data.progress_bars(content.analysis, plans=plans or None)
    rows = [r for r in chart_data.coverage_matrix(content.analysis) if r.layer_key in content.selected_layers]
    names = {key: w.name(*content.layer_names.get(key, (key, key))) for key in content.selected_layers}
    charts = ReportCharts(
        lang=w.lang,
        progress=_pieces(progress_paint.rows_of(bars), PROGRESS_ROWS) if bars else [],
        matrix=_pieces(matrix_paint.layer_rows(rows, names), MATRIX_ROWS) if rows else [],
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
        device = doc.documentLayout().paintDevice() or _screen_like()
        width = doc.pageSize().width() if doc.pageSize().width() > 0 else 600.0
        kind, i = key.split(":")
        if kind == "progress":
            drawing = progress_paint.ProgressDrawing(self.charts.progress[int(i)], self.words, device, width,
                                                     size=progress_paint.PRINT, plan_titles=self.charts.plan_titles)
        else:
            drawing = matrix_paint.MatrixDrawing(self.charts.matrix[int(i)], self.words, device, width,
                                                 size=matrix_paint.PRINT)
        caption = Caption(self.charts.captions.get(kind) if i == "0" else None, device, width)
        return caption, drawing

    def intrinsicSize(self, doc, _pos, fmt):  # noqa: N802 - QTextObjectInterface
        caption, drawing = self._drawing(doc, fmt.property(KEY))
        return QSizeF(max(drawing.width, caption.width), caption.height + drawing.height)

    def drawObject(self, painter, rect, doc, _pos, fmt):  # noqa: N802 - QTextObjectInterface
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
    """Replace every chart marker in ``doc`` by its drawing."""
    handler = ChartObject(charts, doc)
    doc.documentLayout().registerHandler(OBJECT_TYPE, handler)
    for kind, pieces in (("progress", charts.progress), ("matrix", charts.matrix)):
        for i in range(len(pieces)):
            found = doc.find(charts.marker(kind, i))
            if found.isNull():
                continue
            fmt = QTextCharFormat()
            fmt.setObjectType(OBJECT_TYPE)
            fmt.setProperty(KEY, f"{kind}:{i}")
            cursor = QTextCursor(found)
            cursor.insertText("\ufffc", fmt)
