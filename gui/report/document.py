"""The report laid out by QTextDocument on A4 portrait and painted page by page with a header and a
"第 N 页 / 共 M 页" footer. PDF export, printing and print preview share :func:`paint_document`. The bundled
CJK font is set explicitly (left to itself Qt picks Japanese glyph variants) and embedded in the PDF, and the
PDF is written whole or not at all (core.atomic): a failed export leaves an older file as it was."""

from __future__ import annotations

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from core.atomic import atomic_path
from gui.fonts import report_font
from gui.overview.words import Words
from gui.report.chart_objects import ReportCharts, fit_charts, insert_charts
from gui.report.texts import W

RESOLUTION = 300
MARGINS_MM = QMarginsF(18, 16, 18, 14)
HEADER_MM = 8.0
FOOTER_MM = 7.0
HEADER_PT = 7.5  # header and footer: the smallest text of the report


def build_document(body_html: str, charts: ReportCharts | None) -> QTextDocument:
    doc = QTextDocument()
    doc.setDefaultFont(report_font())
    doc.setDocumentMargin(0)
    doc.setHtml(body_html)
    if charts is not None:
        insert_charts(doc, charts)
    return doc


def paint_document(device, doc: QTextDocument, header: str, page_words: str) -> int:
    """Lay ``doc`` out on the pages of ``device`` (QPdfWriter or QPrinter) with header and footer; returns the
    number of pages."""
    layout = device.pageLayout()
    dpi = device.resolution()
    paint = layout.paintRectPixels(dpi)
    mm = dpi / 25.4
    header_h, footer_h = HEADER_MM * mm, FOOTER_MM * mm
    body = QSizeF(paint.width(), paint.height() - header_h - footer_h)
    doc.documentLayout().setPaintDevice(device)
    doc.setPageSize(body)
    doc.pageCount()  # lay the whole document out before asking where things are
    fit_charts(doc)  # a chart pushed to the next page fills the blank it left
    doc.pageCount()
    keep_headings_with_their_text(doc)
    pages = doc.pageCount()
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("the file or printer cannot be written to")
    try:
        small = report_font(HEADER_PT)
        for page in range(pages):
            if page:
                device.newPage()
            painter.setFont(small)
            painter.setPen(Qt.GlobalColor.darkGray)
            painter.drawText(QRectF(0, 0, body.width(), header_h * 0.8),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, header)
            painter.drawLine(0, int(header_h * 0.85), int(body.width()), int(header_h * 0.85))
            painter.drawText(QRectF(0, header_h + body.height(), body.width(), footer_h),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                             page_words.format(n=page + 1, m=pages))
            painter.save()
            painter.translate(0, header_h - page * body.height())
            doc.drawContents(painter, QRectF(0, page * body.height(), body.width(), body.height()))
            painter.restore()
    finally:
        painter.end()
    return pages


def _page_of(doc: QTextDocument, block) -> int:
    rect = doc.documentLayout().blockBoundingRect(block)
    line = block.layout().lineAt(0) if block.layout().lineCount() else None
    top = rect.top() + (line.position().y() if line is not None else 0.0)
    return int(top // doc.pageSize().height())


def keep_headings_with_their_text(doc: QTextDocument, look_ahead: int = 3) -> None:
    """A heading whose text starts on the next page (a table moved there whole, say) goes there too: it is
    given a page break before it rather than being left alone at the foot of a page."""
    block = doc.begin()
    while block.isValid():
        if block.blockFormat().headingLevel() > 0 and block.text().strip():
            page = _page_of(doc, block)
            follower, seen = block.next(), 0
            while follower.isValid() and seen < look_ahead and not QTextCursor(follower).currentTable():
                if _page_of(doc, follower) > page:
                    break
                follower, seen = follower.next(), seen + 1
            if follower.isValid() and _page_of(doc, follower) > page and page == _page_of(doc, block):
                fmt = block.blockFormat()
                fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                QTextCursor(block).setBlockFormat(fmt)
                doc.pageCount()  # lay out again before the next heading is looked at
        block = block.next()


def setup_device(device) -> None:
    device.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     MARGINS_MM, QPageLayout.Unit.Millimeter))


def write_pdf(path: str, body_html: str, charts: ReportCharts | None, lang: str, title: str) -> int:
    """Write the PDF whole or not at all; returns the pages. Safe off the GUI thread (no widgets)."""
    words = Words(lang)
    with atomic_path(path) as tmp:
        try:  # fail with the user's file named before Qt would silently paint into nothing
            with open(tmp, "wb"):
                pass
        except OSError as exc:
            raise OSError(exc.errno, exc.strerror or str(exc), str(path)) from None
        writer = QPdfWriter(str(tmp))
        writer.setResolution(RESOLUTION)
        writer.setTitle(title)
        writer.setCreator("Chain Mapper")
        setup_device(writer)
        pages = paint_document(writer, build_document(body_html, charts), title, words(W["page"]))
        del writer  # the file is complete once the painter has ended; drop Qt's handle before the rename
    return pages
