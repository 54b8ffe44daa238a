"""The report's text as HTML, built from core.analysis.report_content in the report's language: cover block
with the scope, summary, targets by plan, charts (markers that chart_objects turns into drawings), chain
gaps, firms and centres, sources. Numbers carry their units in that language ("2,800家" / "2,800 firms");
statuses, marks and headline rules are the vocabulary's words, as in the app, the workbook and `gaps`.

The summary paragraph is built from the counts (every status, baseline only included), never canned; the
chain's gaps are ranked (core.analysis.ranking), and components nobody has surveyed are kept apart from
those surveyed without a local supplier. The targets and chain sections are in gui.report.sections.
"""

from __future__ import annotations

from gui.overview import target_words
from gui.overview.words import Words
from gui.report.chart_objects import ReportCharts
from gui.report.sections import chain, e, firms_centres, gap_words, head_row, pct, status_cell, targets
from gui.report.texts import STATUS_SYMBOLS, W, counted

RANKED_IN_SUMMARY = 10
MARKS = ("sources_disagree", "stale_data", "year_missed")


def _layer(content, key: str, w: Words) -> str:
    return w.name(*content.layer_names.get(key, (key, key)))


def summary_text(content, w: Words) -> str:
    """The summary paragraph: every status with targets, the marks, the chain's counts, the first gap."""
    gap = "" if w.lang == "zh" else " "  # between sentences
    sep = "，" if w.lang == "zh" else ", "
    counts = sep.join(w(W["status_count"]).format(status=w.status(s), n=n)
                      for s, n in content.status_counts.items() if n) or "—"
    text = w(W["summary_targets"]).format(date=content.title_date.isoformat(),
                                          total=counted(w, "targets", len(content.targets)), counts=counts)
    marked = [(f, content.flag_counts.get(f, 0)) for f in MARKS if content.flag_counts.get(f)]
    if marked:
        parts = [w(W["mark_count"]).format(mark=w.flag(f), n=n)
                 + (w.bracket(w(W["stale_rule"]).format(n=content.stale_after_months)) if f == "stale_data" else "")
                 for f, n in marked]
        text += gap + w(W["summary_marks"]).format(marks=sep.join(parts))
    if content.components_total:
        covered = sum(1 for c in content.analysis.components
                      if c.top_layer_key in content.selected_layers and c.local_suppliers > 0)
        text += gap + w(W["summary_chain"]).format(
            components=counted(w, "components", content.components_total), covered=counted(w, "covered", covered),
            not_surveyed=counted(w, "not_surveyed", content.not_surveyed),
            no_local=counted(w, "no_local", content.no_local), single=counted(w, "single", content.single_source),
            to_check=counted(w, "to_check", content.facts_to_check))
        if content.weakest_layer:
            text += gap + w(W["summary_weakest"]).format(layer=_layer(content, content.weakest_layer, w))
    if content.ranked_gaps:
        first = content.ranked_gaps[0]
        c = first.component
        text += gap + w(W["summary_first"]).format(name=w.name(c.name_zh, c.name_en), gap=w.flag(first.gap),
                                                   layer=_layer(content, c.top_layer_key, w))
    if content.largest_gaps:
        x = content.largest_gaps[0]
        text += gap + w(W["summary_gap"]).format(
            code=x.code, name=w.name(x.name_zh, x.name_en), actual=w.quantity(x.actual, x.unit),
            goal=target_words.goal(x, w).replace(" ", "") if w.lang == "zh" else target_words.goal(x, w),
            pace=w.quantity(x.required_per_year, x.unit), year=x.deadline_year)
    return text


def scope_text(content, w: Words) -> str:
    layers = w.list_sep.join(_layer(content, k, w) for k in content.selected_layers)
    return w(W["scope_text"]).format(
        plans=counted(w, "plans", len(content.plans)), targets=counted(w, "targets", len(content.targets)),
        components=counted(w, "components", content.components_total), layers=layers,
        date=content.title_date.isoformat())


def report_html(content, w: Words, charts: ReportCharts | None = None, *, dataset_name: str | None = None) -> str:
    """The report body; ``charts`` adds the chart section (markers for chart_objects.insert_charts)."""
    parts = [STYLE, _cover(content, w, dataset_name), _summary(content, w), targets(content, w)]
    if charts is not None and (charts.progress or charts.matrix):
        parts.append(_charts(charts))
    parts += [chain(content, w), firms_centres(content, w), _sources(content, w)]
    return "".join(parts)


def _cover(content, w: Words, dataset_name: str | None) -> str:
    plans = "".join(f"<li>{e(w.name(p['title_zh'], p['title_en']))}{e(w.bracket(p['code']))}</li>"
                    for p in content.plans)
    meta = (("dataset", dataset_name or content.dataset_name or "—"), ("date", content.title_date.isoformat()),
            ("scope", scope_text(content, w)))
    rows = "".join(f"<tr><td class='key'>{e(w(W[k]))}</td><td>{e(v)}</td></tr>" for k, v in meta)
    return (f"<p class='title'>{e(w(W['title']))}</p><table class='meta' width='100%'>{rows}"
            f"<tr><td class='key'>{e(w(W['plans']))}</td><td><ul>{plans}</ul></td></tr></table><hr>")


def _summary(content, w: Words) -> str:
    rows = "".join(f"<tr><td>{status_cell(s, w)}</td><td align='right'>{n}</td></tr>"
                   for s, n in content.status_counts.items() if n or s in STATUS_SYMBOLS)
    out = [f"<h1>{e(w(W['summary']))}</h1><p>{e(summary_text(content, w))}</p>",
           f"<h3>{e(w(W['status_counts']))}</h3><table class='grid' width='45%'>"
           f"<thead><tr><th>{e(w(W['status']))}</th><th>{e(w(W['count']))}</th></tr></thead>{rows}</table>"]
    if content.largest_gaps:
        from gui.report.sections import actual_cell, goal, pace_cell

        body = "".join(
            f"<tr><td>{e(x.plan)} {e(x.code)}</td><td>{e(w.name(x.name_zh, x.name_en))}</td><td>{goal(x, w)}</td>"
            f"<td>{actual_cell(x, w)}</td><td>{pct(x.gap_share)}</td><td>{pace_cell(x, w)}</td></tr>"
            for x in content.largest_gaps)
        out.append(f"<h3>{e(w(W['largest']))}</h3><table class='grid' width='100%'>"
                   f"{head_row(w, ('code', 'target', 'goal', 'actual', 'gap', 'required'))}{body}</table>")
    if content.ranked_gaps:
        shown = content.ranked_gaps[:RANKED_IN_SUMMARY]
        note = (w(W["ranked_note"]).format(shown=len(shown), total=len(content.ranked_gaps))
                if len(shown) < len(content.ranked_gaps) else w(W["ranked_note_all"]))
        out.append(f"<h3>{e(w(W['ranked']))}</h3><p class='small'>{e(note)}</p>"
                   f"<table class='grid' width='100%'>{_ranked_head(w)}"
                   + "".join(_ranked_row(g, content, w) for g in shown) + "</table>")
    return "".join(out)


def _ranked_head(w: Words) -> str:
    return head_row(w, ("gap_rank", "component", "layer", "gap_kind", "criticality", "bom_share", "integrators",
                        "centres"), (9, 27, 10, 12, 9, 11, 12, 10))


def _ranked_row(g, content, w: Words) -> str:
    c = g.component
    share = f"{g.bom_share * 100:.0f}%" if g.bom_items else "—"
    crit = w.choice(g.criticality, "criticality") if g.criticality else "—"
    return (f"<tr><td align='right'>{g.rank}</td><td>{e(w.name(c.name_zh, c.name_en))}</td>"
            f"<td>{e(_layer(content, c.top_layer_key, w))}</td><td>{gap_words(g.gap, w)}</td><td>{e(crit)}</td>"
            f"<td align='right'>{share}</td><td align='right'>{g.integrators}</td>"
            f"<td align='right'>{g.centres}</td></tr>")


def _charts(charts: ReportCharts) -> str:
    # The heading and captions are drawn with the charts (chart_objects.Caption); each marker becomes the
    # chart's pieces, one paragraph each.
    return "".join(f"<p class='chart'>{charts.marker(kind)}</p>"
                   for kind, pieces in (("progress", charts.progress), ("matrix", charts.matrix)) if pieces)


def _sources(content, w: Words) -> str:
    sep = "，" if w.lang == "zh" else ", "
    items = "".join(
        f"<p class='source'>[{i}] " + e(sep.join(str(s[k]) for k in ("title", "publisher", "date", "url") if s.get(k)))
        + "</p>" for i, s in enumerate(content.sources, start=1))
    return f"<h1>{e(w(W['sources']))}</h1>{items}"


STYLE = """<style>
body { font-size: 9pt; }
h1 { font-size: 14pt; margin-top: 16px; margin-bottom: 6px; }
h3 { font-size: 10.5pt; margin-top: 10px; margin-bottom: 4px; }
p { margin-top: 2px; margin-bottom: 4px; line-height: 140%; }
p.chart { margin-top: 4px; margin-bottom: 8px; line-height: 100%; }  /* 140 % of a chart is a blank band */
p.note { font-size: 7.5pt; margin-top: 1px; margin-bottom: 1px; line-height: 125%; }
ul { margin-top: 0px; margin-bottom: 0px; }
hr { margin-top: 6px; margin-bottom: 4px; }
table.grid { border-collapse: collapse; border: 0.5px solid #999; font-size: 7.5pt; }
table.grid th { background-color: #e8eef5; border: 0.5px solid #999; padding: 2px; font-weight: bold; }
table.grid td { border: 0.5px solid #bbb; padding: 2px; }
table.meta { font-size: 10pt; margin-bottom: 4px; }
table.meta td { padding: 2px; }
td.key { color: #555555; white-space: nowrap; }
p.title { font-size: 20pt; font-weight: bold; margin-top: 4px; margin-bottom: 12px; line-height: 115%; }
.small { font-size: 7.5pt; color: #555; }
.source { font-size: 8pt; }
.mark { font-size: 7.5pt; color: #555555; }
.flag { font-size: 7.5pt; color: #6d4c41; }
</style>"""
