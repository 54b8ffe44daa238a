"""The printable gap report: HTML built from core.report_content, laid out by QTextDocument on A4 portrait,
painted page by page with a header and a "第 N 页 / 共 M 页" footer. PDF export, printing and print preview
share :func:`paint_document`. The bundled CJK font is set explicitly (left to itself Qt picks Japanese glyph
variants) and embedded in the PDF."""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QMarginsF, QRectF, QSizeF, Qt, QTranslator, QUrl
from PySide6.QtGui import QFont, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument

from assets import TRANSLATIONS_DIR
from core.analysis.report_content import ReportContent
from gui.fonts import APP_FAMILY, CJK_FALLBACKS, load_bundled_fonts
from gui.overview.chart_style import STATUS_COLOURS, format_number

RESOLUTION = 300
MARGINS_MM = QMarginsF(18, 20, 18, 18)
HEADER_MM = 9.0
FOOTER_MM = 8.0
# Symbols make the status readable in black and white too.
STATUS_SYMBOLS = {"met": "✓", "on_track": "●", "acceleration_needed": "◐", "limited_progress": "○",
                  "deterioration": "▼", "no_data": "–", "not_comparable": "≠", "not_met": "✗", "no_trend": "…",
                  "baseline_only": "◇"}


class Words:
    """Report wording in the chosen language, independent of the UI's language."""

    def __init__(self, lang: str):
        self.lang = lang
        self._translator = None
        if lang == "zh":
            translator = QTranslator()
            if translator.load(str(TRANSLATIONS_DIR / "chain_mapper_zh_CN.qm")):
                self._translator = translator

    def __call__(self, text: str, context: str = "Report", disambiguation: str | None = None) -> str:
        if self._translator is None:
            return text
        return self._translator.translate(context, text, disambiguation) or text

    def choice(self, value) -> str:
        if value is None:
            return ""
        from core import vocabulary

        if value in vocabulary.STATUS_TERMS:
            return vocabulary.status_label(value, self.lang)
        if value in vocabulary.FLAG_TERMS:
            return vocabulary.flag_label(value, self.lang)
        for values in vocabulary.CHOICE_SETS.values():
            if value in values:
                return values[value].name(self.lang)
        return str(value)

    def name(self, zh, en) -> str:
        if self.lang == "en" and en:
            return en
        return zh or en or ""


W = {  # every fixed text of the report, marked for lupdate
    "title": QT_TRANSLATE_NOOP("Report", "Shenzhen Embodied-Robot Industry Chain Gap Report"),
    "dataset": QT_TRANSLATE_NOOP("Report", "Dataset"),
    "date": QT_TRANSLATE_NOOP("Report", "Date"),
    "scope": QT_TRANSLATE_NOOP("Report", "Scope"),
    "plans": QT_TRANSLATE_NOOP("Report", "Plans"),
    "layers": QT_TRANSLATE_NOOP("Report", "Layers"),
    "summary": QT_TRANSLATE_NOOP("Report", "1. Summary"),
    "status_counts": QT_TRANSLATE_NOOP("Report", "Targets by status"),
    "largest": QT_TRANSLATE_NOOP("Report", "The five largest gaps (share of the target still missing)"),
    "flagged_short": QT_TRANSLATE_NOOP("Report", "Components with no or a single local supplier"),
    "targets": QT_TRANSLATE_NOOP("Report", "2. Targets by plan"),
    "charts": QT_TRANSLATE_NOOP("Report", "3. Charts"),
    "progress_chart": QT_TRANSLATE_NOOP("Report", "Target progress (percent of target; ▼ where the actual should be today)"),
    "matrix": QT_TRANSLATE_NOOP("Report", "Chain coverage matrix"),
    "chain": QT_TRANSLATE_NOOP("Report", "4. Chain gaps by layer"),
    "firms_centres": QT_TRANSLATE_NOOP("Report", "5. Firms and centres by layer"),
    "sources": QT_TRANSLATE_NOOP("Report", "6. Sources"),
    "code": QT_TRANSLATE_NOOP("Report", "Code"),
    "target": QT_TRANSLATE_NOOP("Report", "Target"),
    "goal": QT_TRANSLATE_NOOP("Report", "Goal"),
    "deadline": QT_TRANSLATE_NOOP("Report", "Deadline"),
    "baseline": QT_TRANSLATE_NOOP("Report", "Baseline"),
    "actual": QT_TRANSLATE_NOOP("Report", "Latest actual (as of)"),
    "gap": QT_TRANSLATE_NOOP("Report", "Gap"),
    "progress": QT_TRANSLATE_NOOP("Report", "Progress"),
    "pace": QT_TRANSLATE_NOOP("Report", "Required per year"),
    "status": QT_TRANSLATE_NOOP("Report", "Status"),
    "count": QT_TRANSLATE_NOOP("Report", "Count"),
    "component": QT_TRANSLATE_NOOP("Report", "Component"),
    "flags": QT_TRANSLATE_NOOP("Report", "Flags"),
    "suppliers": QT_TRANSLATE_NOOP("Report", "Local suppliers (maturity)"),
    "integrators": QT_TRANSLATE_NOOP("Report", "Integrators depending on it"),
    "centres": QT_TRANSLATE_NOOP("Report", "Centres serving it"),
    "firm": QT_TRANSLATE_NOOP("Report", "Firm"),
    "role": QT_TRANSLATE_NOOP("Report", "Role"),
    "district": QT_TRANSLATE_NOOP("Report", "District"),
    "components": QT_TRANSLATE_NOOP("Report", "Components"),
    "stage": QT_TRANSLATE_NOOP("Report", "Best stage"),
    "centre": QT_TRANSLATE_NOOP("Report", "Centre"),
    "type": QT_TRANSLATE_NOOP("Report", "Type"),
    "level": QT_TRANSLATE_NOOP("Report", "Level"),
    "none": QT_TRANSLATE_NOOP("Report", "none recorded"),
    "qualitative": QT_TRANSLATE_NOOP("Report", "qualitative"),
    "no_firms": QT_TRANSLATE_NOOP("Report", "No firms recorded for this layer."),
    "no_centres": QT_TRANSLATE_NOOP("Report", "No centres recorded for this layer."),
    "no_flagged": QT_TRANSLATE_NOOP("Report", "No component of this layer is flagged."),
    "page": QT_TRANSLATE_NOOP("Report", "Page {n} of {m}"),
    "per_year": QT_TRANSLATE_NOOP("Report", "{n}/yr"),
    "paragraph": QT_TRANSLATE_NOOP(
        "Report",
        "As of {date}, of the {total} targets in this report {met} are met, {on_track} on track, {accel} need "
        "acceleration and {off} are off track; {nodata} have no usable data or measure a different definition. "
        "Of the {components} components of the chain, {no_local} have no local supplier and {single} rely on a "
        "single local supplier; the most gaps are in the {layer} layer."),
    "paragraph_gap": QT_TRANSLATE_NOOP("Report", "The largest measured gap is {code} {name}: {actual} against a target of {goal}, "
                                       "which needs {pace} a year until {year}."),
    "footnote": QT_TRANSLATE_NOOP("Report", "Numbers in brackets refer to the sources in section 6."),
}


def _e(value) -> str:
    return html.escape("" if value is None else str(value))


_n = format_number


def _pct(value) -> str:
    return "—" if value is None else f"{value * 100:.0f}%"


def _marks(marks) -> str:
    return f"<sup>[{','.join(str(m) for m in marks)}]</sup>" if marks else ""


@dataclass
class ChartImages:
    progress: QImage | None = None
    matrix: QImage | None = None


def render_chart_images(content: ReportContent, lang: str = "zh", width_px: int = 2400) -> ChartImages:
    """The dashboard's own charts, drawn offscreen at print resolution (must run on the GUI thread), with their
    labels in the report's language whatever the UI's."""
    from pyqtgraph import exporters
    from PySide6.QtWidgets import QApplication

    from gui import i18n

    app = QApplication.instance()
    ui_language = "zh_CN" if i18n.is_chinese() else "en"
    i18n.install(app, "zh_CN" if lang == "zh" else "en")
    try:
        return _render_charts(content, exporters, width_px)
    finally:
        i18n.install(app, ui_language)


def _render_charts(content: ReportContent, exporters, width_px: int) -> ChartImages:
    from PySide6.QtWidgets import QApplication

    from core.analysis import chart_data
    from gui.overview.coverage_matrix import CoverageMatrix
    from gui.overview.progress_chart import ProgressChart

    images = ChartImages()
    progress = ProgressChart()
    progress.set_bars(chart_data.progress_bars(content.analysis, plans={p["code"] for p in content.plans} or None))
    progress.resize(1000, progress.minimumHeight())
    matrix = CoverageMatrix()
    rows = [r for r in chart_data.coverage_matrix(content.analysis) if r.layer_key in content.selected_layers]
    matrix.set_rows(rows)
    matrix.resize(760, matrix.minimumHeight())
    for name, widget in (("progress", progress), ("matrix", matrix)):
        # Laid out as if shown (without appearing on screen), or the axes drop their labels.
        widget.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
        widget.show()
        QApplication.processEvents()
        exporter = exporters.ImageExporter(widget.getPlotItem())
        exporter.parameters()["width"] = width_px
        setattr(images, name, exporter.export(toBytes=True))
        widget.deleteLater()
    return images


def report_html(content: ReportContent, w: Words, *, has_charts: bool = True) -> str:
    t = w
    parts = [_STYLE]
    # 1. Cover
    plans = "".join(f"<li>{_e(w.name(p['title_zh'], p['title_en']))}（{_e(p['code'])}）</li>" for p in content.plans)
    layers = "、".join(w.name(*content.layer_names.get(k, (k, k))) for k in content.selected_layers)
    parts.append(
        f"<div class='cover'><p class='title'>{_e(t(W['title']))}</p>"
        f"<p class='meta'>{_e(t(W['dataset']))}：{_e(content.dataset_name or '—')}</p>"
        f"<p class='meta'>{_e(t(W['date']))}：{content.title_date.isoformat()}</p>"
        f"<p class='meta'>{_e(t(W['scope']))}：</p><p class='meta'>{_e(t(W['plans']))}：</p><ul>{plans}</ul>"
        f"<p class='meta'>{_e(t(W['layers']))}：{_e(layers)}</p></div>"
    )
    # 2. Summary
    counts = content.status_counts
    rows = "".join(
        f"<tr><td>{STATUS_SYMBOLS[s]} <span style='color:{STATUS_COLOURS[s]}'>{_e(w.choice(s))}</span></td>"
        f"<td align='right'>{n}</td></tr>" for s, n in counts.items())
    parts.append(f"<h1 style='page-break-before: always'>{_e(t(W['summary']))}</h1><p>{_e(_paragraph(content, w))}</p>")
    parts.append(f"<h3>{_e(t(W['status_counts']))}</h3><table class='grid' width='50%'>"
                 f"<thead><tr><th>{_e(t(W['status']))}</th><th>{_e(t(W['count']))}</th></tr></thead>{rows}</table>")
    if content.largest_gaps:
        head = _head(t, ("code", "target", "goal", "actual", "gap", "pace"))
        body = "".join(
            f"<tr><td>{_e(x.plan)} {_e(x.code)}</td><td>{_e(w.name(x.name_zh, x.name_en))}</td><td>{_goal(x, w)}</td>"
            f"<td>{_actual(x)}</td><td>{_pct(x.gap_share)}</td><td>{_pace(x, w)}</td></tr>" for x in content.largest_gaps)
        parts.append(f"<h3>{_e(t(W['largest']))}</h3><table class='grid' width='100%'>{head}{body}</table>")
    by_layer: dict[str, list[str]] = {}
    for c in content.flagged:
        mark = "⊘" if "no_local_supplier" in c.flags else "①"
        by_layer.setdefault(c.layer_key, []).append(f"{mark}{w.name(c.name_zh, c.name_en)}")
    flagged = "".join(f"<p><b>{_e(w.name(*content.layer_names.get(k, (k, k))))}</b>：{_e('、'.join(v))}</p>"
                      for k, v in by_layer.items())
    parts.append(f"<h3>{_e(t(W['flagged_short']))}</h3><p class='small'>⊘ {_e(w.choice('no_local_supplier'))}　"
                 f"① {_e(w.choice('single_source'))}</p>{flagged}")
    # 3. Targets by plan
    parts.append(f"<h1>{_e(t(W['targets']))}</h1><p class='small'>{_e(t(W['footnote']))}</p>")
    for plan in content.plans:
        lines = [x for x in content.targets if x.plan == plan["code"]]
        head = _head(t, ("code", "target", "goal", "deadline", "baseline", "actual", "gap", "progress", "pace", "status"))
        body = "".join(
            f"<tr><td>{_e(x.code)}</td><td>{_e(w.name(x.name_zh, x.name_en))}</td><td>{_goal(x, w)}</td>"
            f"<td>{_e(x.deadline_year)}</td><td>{_n(x.baseline)}</td><td>{_actual(x)}{_marks(x.source_marks)}</td>"
            f"<td>{_n(x.gap) if x.kind != 'qualitative' else '—'}</td><td>{_pct(x.progress)}</td><td>{_pace(x, w)}</td>"
            f"<td>{STATUS_SYMBOLS[x.status]} <span style='color:{STATUS_COLOURS[x.status]}'>{_e(w.choice(x.status))}</span></td></tr>"
            for x in lines)
        parts.append(f"<h3>{_e(w.name(plan['title_zh'], plan['title_en']))}</h3>"
                     f"<table class='grid' width='100%'>{head}{body}</table>")
    # 4. Charts
    if has_charts:
        parts.append(f"<h1 style='page-break-before: always'>{_e(t(W['charts']))}</h1>"
                     f"<h3>{_e(t(W['progress_chart']))}</h3><p><img src='chart://progress' width='640'></p>"
                     f"<h3 style='page-break-before: always'>{_e(t(W['matrix']))}</h3>"
                     "<p><img src='chart://matrix' width='560'></p>")
    # 5. Chain gaps by layer
    parts.append(f"<h1>{_e(t(W['chain']))}</h1>")
    for key in content.selected_layers:
        comps = [c for c in content.flagged if c.layer_key == key]
        parts.append(f"<h3>{_e(w.name(*content.layer_names.get(key, (key, key))))}</h3>")
        if not comps:
            parts.append(f"<p>{_e(t(W['no_flagged']))}</p>")
            continue
        head = _head(t, ("component", "flags", "suppliers", "integrators", "centres"))
        body = "".join(
            f"<tr><td>{_e(w.name(c.name_zh, c.name_en))}</td><td>{_e('、'.join(w.choice(f) for f in c.flags))}</td>"
            f"<td>{_e(_names(c.suppliers, w, stage=True) or t(W['none']))}</td>"
            f"<td>{_e(_names(c.integrators, w) or t(W['none']))}</td>"
            f"<td>{_e(_names(c.centres, w) or t(W['none']))}</td></tr>" for c in comps)
        parts.append(f"<table class='grid' width='100%'>{head}{body}</table>")
    # 6. Firms and centres by layer
    parts.append(f"<h1>{_e(t(W['firms_centres']))}</h1>")
    for key in content.selected_layers:
        parts.append(f"<h3>{_e(w.name(*content.layer_names.get(key, (key, key))))}</h3>")
        firms = content.firms_by_layer.get(key, [])
        if firms:
            head = _head(t, ("firm", "role", "district", "components", "stage"))
            body = "".join(
                f"<tr><td>{_e(w.name(f['name'], f['name_en']))}{_marks([f['mark']] if f['mark'] else [])}</td>"
                f"<td>{_e(w.choice(f['role']))}</td><td>{_e(f['district'] or '—')}</td><td>{_e(f['components'])}</td>"
                f"<td>{_e(w.choice(f['stage']) or '—')}</td></tr>" for f in firms)
            parts.append(f"<table class='grid' width='100%'>{head}{body}</table>")
        else:
            parts.append(f"<p>{_e(t(W['no_firms']))}</p>")
        centres = content.centres_by_layer.get(key, [])
        if centres:
            head = _head(t, ("centre", "type", "level", "status"))
            body = "".join(
                f"<tr><td>{_e(w.name(c['name'], c['name_en']))}{_marks([c['mark']] if c['mark'] else [])}</td>"
                f"<td>{_e(w.choice(c['type']))}</td><td>{_e(w.choice(c['level']) or '—')}</td>"
                f"<td>{_e(w.choice(c['status']) or '—')}</td></tr>" for c in centres)
            parts.append(f"<table class='grid' width='100%' style='margin-top:6px'>{head}{body}</table>")
        else:
            parts.append(f"<p>{_e(t(W['no_centres']))}</p>")
    # 7. Sources
    items = "".join(
        f"<p class='source'>[{i}] {_e(s['title'])}{'，' + _e(s['publisher']) if s['publisher'] else ''}"
        f"{'，' + _e(s['date']) if s['date'] else ''}{'，' + _e(s['url']) if s['url'] else ''}</p>"
        for i, s in enumerate(content.sources, start=1))
    parts.append(f"<h1>{_e(t(W['sources']))}</h1>{items}")
    return "".join(parts)


_STYLE = """<style>
body { font-size: 9pt; }
h1 { font-size: 14pt; margin-top: 14px; margin-bottom: 6px; }
h3 { font-size: 10.5pt; margin-top: 10px; margin-bottom: 4px; }
p { margin-top: 2px; margin-bottom: 4px; line-height: 140%; }
table.grid { border-collapse: collapse; border: 0.5px solid #999; font-size: 7.5pt; }
table.grid th { background-color: #e8eef5; border: 0.5px solid #999; padding: 2px; font-weight: bold; }
table.grid td { border: 0.5px solid #bbb; padding: 2px; }
.cover { margin-top: 160px; }
.title { font-size: 22pt; font-weight: bold; margin-bottom: 40px; }
.meta { font-size: 11pt; }
.small { font-size: 7.5pt; color: #555; }
.source { font-size: 8pt; }
</style>"""


def _head(t, keys) -> str:
    return "<thead><tr>" + "".join(f"<th>{_e(t(W[k]))}</th>" for k in keys) + "</tr></thead>"


def _goal(x, w) -> str:
    if x.kind == "qualitative":
        return _e(w(W["qualitative"]))
    return f"{_e(x.op or '')} {_n(x.value)} {_e(x.unit or '')}"


def _actual(x) -> str:
    if x.actual is None:
        return "—"
    qualifier = _e(x.qualifier or "")
    when = f"（{x.actual_as_of.isoformat()}）" if x.actual_as_of else ""
    return f"{qualifier}{_n(x.actual)}{_e(x.unit or '')}{when}"


def _pace(x, w) -> str:
    if x.required_per_year is None or x.status == "met":
        return "—"
    return _e(w(W["per_year"]).format(n=f"{_n(x.required_per_year)}{x.unit or ''}"))


def _names(rows, w, stage: bool = False) -> str:
    out = []
    for r in rows:
        name = w.name(r.get("short_name") or r.get("name_zh"), r.get("name_en"))
        if stage:
            name += f"（{w.choice(r.get('stage')) or '?'}）"
        out.append(name)
    return "、".join(out)


def _paragraph(content: ReportContent, w: Words) -> str:
    c = content.status_counts
    layer = content.layer_names.get(content.weakest_layer or "", ("—", "—"))
    text = w(W["paragraph"]).format(
        date=content.title_date.isoformat(), total=len(content.targets), met=c.get("met", 0),
        on_track=c.get("on_track", 0), accel=c.get("acceleration_needed", 0),
        off=c.get("limited_progress", 0) + c.get("deterioration", 0),
        nodata=c.get("no_data", 0) + c.get("not_comparable", 0), components=content.components_total,
        no_local=content.no_local, single=content.single_source, layer=w.name(*layer))
    if content.largest_gaps:
        x = content.largest_gaps[0]
        text += " " + w(W["paragraph_gap"]).format(
            code=x.code, name=w.name(x.name_zh, x.name_en), actual=f"{_n(x.actual)}{x.unit or ''}",
            goal=f"{x.op or ''}{_n(x.value)}{x.unit or ''}", pace=f"{_n(x.required_per_year)}{x.unit or ''}",
            year=x.deadline_year)
    return text


def report_font() -> QFont:
    load_bundled_fonts()
    font = QFont()
    font.setFamilies([APP_FAMILY, *CJK_FALLBACKS])
    font.setPointSizeF(9)
    return font


def build_document(body_html: str, charts: ChartImages | None) -> QTextDocument:
    doc = QTextDocument()
    doc.setDefaultFont(report_font())
    doc.setDocumentMargin(0)
    if charts is not None:
        for name in ("progress", "matrix"):
            image = getattr(charts, name)
            if image is not None:
                doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(f"chart://{name}"), image)
    doc.setHtml(body_html)
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
    pages = doc.pageCount()
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("the file or printer cannot be written to")
    try:
        small = report_font()
        small.setPointSizeF(7.5)
        for page in range(pages):
            if page:
                device.newPage()
            painter.setFont(small)
            painter.setPen(Qt.GlobalColor.darkGray)
            painter.drawText(QRectF(0, 0, body.width(), header_h * 0.8), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, header)
            painter.drawLine(0, int(header_h * 0.85), int(body.width()), int(header_h * 0.85))
            footer = page_words.format(n=page + 1, m=pages)
            painter.drawText(QRectF(0, header_h + body.height(), body.width(), footer_h),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom, footer)
            painter.save()
            painter.translate(0, header_h - page * body.height())
            doc.drawContents(painter, QRectF(0, page * body.height(), body.width(), body.height()))
            painter.restore()
    finally:
        painter.end()
    return pages


def setup_device(device) -> None:
    device.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     MARGINS_MM, QPageLayout.Unit.Millimeter))


def write_pdf(path: str, body_html: str, charts: ChartImages | None, lang: str, title: str) -> int:
    """Write the PDF (safe off the GUI thread: no widgets are touched here)."""
    words = Words(lang)
    try:  # fail with a clear message before Qt would silently paint into nothing
        with open(path, "ab"):
            pass
    except OSError as exc:
        raise OSError(exc.errno, exc.strerror or str(exc)) from None
    writer = QPdfWriter(path)
    writer.setResolution(RESOLUTION)
    writer.setTitle(title)
    writer.setCreator("Chain Mapper")
    setup_device(writer)
    doc = build_document(body_html, charts)
    return paint_document(writer, doc, title, words(W["page"]))


def make_report(db, path: str, *, lang: str = "zh", plan_codes=None, layer_keys=None, today=None) -> int:
    """Everything at once (command line): content, charts, PDF. Needs a QApplication."""
    from core.analysis.report_content import build_report

    content = build_report(db, today=today, plan_codes=plan_codes, layer_keys=layer_keys)
    words = Words(lang)
    charts = render_chart_images(content, lang)
    body = report_html(content, words)
    return write_pdf(path, body, charts, lang, words(W["title"]))
