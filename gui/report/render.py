"""The printable gap report, from the database to a PDF: content (core.analysis.report_content) → words
(gui.report.texts, in the report's language, independent of the UI's) → HTML body and vector chart pieces →
laid out and painted (gui.report.document). Everything here is plain data and painting, without widgets, so
the whole report can be made off the GUI thread.

    body.py           the text of the report as HTML
    chart_objects.py  the charts as drawings inside the document
    document.py       page layout, header and footer, PDF writing, printing
"""

from __future__ import annotations

from dataclasses import dataclass

from gui.overview.words import Words
from gui.report.body import report_html
from gui.report.chart_objects import ReportCharts, report_charts
from gui.report.document import build_document, paint_document, setup_device, write_pdf
from gui.report.texts import W

__all__ = ["PreparedReport", "W", "Words", "build_document", "make_report", "paint_document", "prepare",
           "report_html", "setup_device", "write_pdf"]


@dataclass
class PreparedReport:
    """A report ready to lay out: its HTML, its chart pieces and the words of its header and footer."""

    body: str
    charts: ReportCharts
    title: str
    page_words: str
    lang: str


def prepare(content, lang: str, *, dataset_name: str | None = None) -> PreparedReport:
    words = Words(lang)
    charts = report_charts(content, words)
    return PreparedReport(report_html(content, words, charts, dataset_name=dataset_name), charts,
                          words(W["title"]), words(W["page"]), words.lang)


def build_prepared(db, *, lang: str = "zh", plan_codes=None, layer_keys=None, today=None) -> PreparedReport:
    """Content and words from the database (any thread)."""
    from core.analysis.report_content import build_report
    from core.views import dataset_names

    content = build_report(db, today=today, plan_codes=plan_codes, layer_keys=layer_keys)
    return prepare(content, lang, dataset_name=Words(lang).name(*dataset_names(db)))


def make_report(db, path: str, *, lang: str = "zh", plan_codes=None, layer_keys=None, today=None) -> int:
    """Everything at once (command line, export): content, charts, PDF; returns the pages. Needs a
    QGuiApplication (fonts), not a window."""
    report = build_prepared(db, lang=lang, plan_codes=plan_codes, layer_keys=layer_keys, today=today)
    return write_pdf(path, report.body, report.charts, report.lang, report.title)
