"""The report's text as HTML, built from core.analysis.report_content in the report's language: cover block
with the scope, summary, targets by plan, charts (markers that chart_objects turns into drawings), chain
gaps, firms and centres, sources. Numbers carry their units in that language ("2,800家" / "2,800 firms")."""

from __future__ import annotations

import html

from gui.overview.chart_style import STATUS_COLOURS
from gui.overview.words import Words
from gui.report.chart_objects import ReportCharts
from gui.report.texts import STATUS_SYMBOLS, W, counted

OPS = {">=": "≥", ">": ">", "<=": "≤", "<": "<", "=": "="}
# Columns of the targets tables, in percent: English heads and statuses need wider columns than Chinese ones.
TARGET_WIDTHS = {"zh": (6, 24, 10, 6, 8, 15, 8, 6, 9, 8), "en": (5, 21, 9, 8, 8, 13, 7, 8, 9, 12)}


def _e(value) -> str:
    return html.escape("" if value is None else str(value))


def _pct(value) -> str:
    return "—" if value is None else f"{value * 100:.0f}%"


def _marks(marks) -> str:
    """Source numbers, inline at 7.5 pt (a superscript would print at 5 pt)."""
    return f"<span class='mark'>[{','.join(str(m) for m in marks)}]</span>" if marks else ""


def _status(status: str, w: Words) -> str:
    colour = STATUS_COLOURS.get(status, "#555555")
    return f"{STATUS_SYMBOLS.get(status, '')} <span style='color:{colour}'>{_e(w.status(status))}</span>"


def _head(w: Words, keys, widths=()) -> str:
    """A table's head row (repeated on every page the table runs over); ``widths`` in percent."""
    widths = (*widths, *[0] * (len(keys) - len(widths)))
    cells = [f"<th{f' width={n}%' if n else ''}>{_e(w(W[k]))}</th>" for k, n in zip(keys, widths, strict=True)]
    return "<thead><tr>" + "".join(cells) + "</tr></thead>"


def _goal(x, w: Words) -> str:
    if x.kind == "qualitative":
        return _e(w(W["qualitative"]))
    op = OPS.get(x.op or "", x.op or "")
    return _e(f"{op} {w.quantity(x.value, x.unit)}".strip())


def _actual(x, w: Words) -> str:
    if x.actual is None:
        return "—"
    text = w.quantity(x.actual, x.unit, qualifier=x.qualifier)
    if x.actual_as_of:
        text += w.bracket(x.actual_as_of.isoformat())
    return _e(text)


def _pace(x, w: Words) -> str:
    if x.required_per_year is None or x.status == "met":
        return "—"
    return _e(w(W["per_year"]).format(n=w.quantity(x.required_per_year, x.unit)))


def _names(rows, w: Words) -> str:
    return w.list_sep.join(w.name(r.get("short_name") or r.get("name_zh"), r.get("name_en")) for r in rows)


def _suppliers(rows, w: Words) -> str:
    """Local suppliers with their stage; suppliers elsewhere after them, said to be elsewhere."""
    local = [r for r in rows if r.get("local")]
    elsewhere = [r for r in rows if not r.get("local")]
    parts = [w.name(r.get("short_name") or r.get("name_zh"), r.get("name_en"))
             + w.bracket(w.choice(r.get("stage"), "stage") if r.get("stage") else w(W["stage_unknown"]))
             for r in local]
    text = w.list_sep.join(parts) or w(W["none"])
    if elsewhere:
        text += ("；" if w.lang == "zh" else "; ") + w(W["elsewhere"]).format(names=_names(elsewhere, w))
    return text


def _components(text: str | None, content, w: Words) -> str:
    """A firm's components (report_content gives them as one comma-joined string of Chinese names) in the
    report's language; text that is not a list of known names is left as it is."""
    if not text:
        return "—"
    known = {c.name_zh: c for c in content.analysis.components}
    parts = text.split(",")
    if not all(p in known for p in parts):
        return text
    return w.list_sep.join(w.name(known[p].name_zh, known[p].name_en) for p in parts)


def _layer(content, key: str, w: Words) -> str:
    return w.name(*content.layer_names.get(key, (key, key)))


def summary_text(content, w: Words) -> str:
    c = content.status_counts
    gap = "" if w.lang == "zh" else " "  # between sentences
    text = w(W["summary_targets"]).format(
        date=content.title_date.isoformat(), total=counted(w, "targets", len(content.targets)),
        met=counted(w, "met", c.get("met", 0)), on_track=counted(w, "on_track", c.get("on_track", 0)),
        accel=counted(w, "accel", c.get("acceleration_needed", 0)),
        off=counted(w, "off", c.get("limited_progress", 0) + c.get("deterioration", 0)),
        nodata=counted(w, "nodata", c.get("no_data", 0) + c.get("no_trend", 0) + c.get("not_comparable", 0)))
    if content.components_total:
        text += gap + w(W["summary_chain"]).format(
            components=counted(w, "components", content.components_total),
            no_local=counted(w, "no_local", content.no_local), single=counted(w, "single", content.single_source),
            layer=_layer(content, content.weakest_layer, w) if content.weakest_layer else "—")
    if content.largest_gaps:
        x = content.largest_gaps[0]
        text += gap + w(W["summary_gap"]).format(
            code=x.code, name=w.name(x.name_zh, x.name_en), actual=w.quantity(x.actual, x.unit),
            goal=f"{OPS.get(x.op or '', x.op or '')}{w.quantity(x.value, x.unit)}",
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
    parts = [STYLE, _cover(content, w, dataset_name), _summary(content, w), _targets(content, w)]
    if charts is not None and (charts.progress or charts.matrix):
        parts.append(_charts(charts, w))
    parts += [_chain(content, w), _firms_centres(content, w), _sources(content, w)]
    return "".join(parts)


def _cover(content, w: Words, dataset_name: str | None) -> str:
    plans = "".join(f"<li>{_e(w.name(p['title_zh'], p['title_en']))}{_e(w.bracket(p['code']))}</li>"
                    for p in content.plans)
    meta = (("dataset", dataset_name or content.dataset_name or "—"), ("date", content.title_date.isoformat()),
            ("scope", scope_text(content, w)))
    rows = "".join(f"<tr><td class='key'>{_e(w(W[k]))}</td><td>{_e(v)}</td></tr>" for k, v in meta)
    return (f"<p class='title'>{_e(w(W['title']))}</p><table class='meta' width='100%'>{rows}"
            f"<tr><td class='key'>{_e(w(W['plans']))}</td><td><ul>{plans}</ul></td></tr></table><hr>")


def _summary(content, w: Words) -> str:
    rows = "".join(f"<tr><td>{_status(s, w)}</td><td align='right'>{n}</td></tr>"
                   for s, n in content.status_counts.items() if n or s in STATUS_SYMBOLS)
    out = [f"<h1>{_e(w(W['summary']))}</h1><p>{_e(summary_text(content, w))}</p>",
           f"<h3>{_e(w(W['status_counts']))}</h3><table class='grid' width='45%'>"
           f"<thead><tr><th>{_e(w(W['status']))}</th><th>{_e(w(W['count']))}</th></tr></thead>{rows}</table>"]
    if content.largest_gaps:
        body = "".join(
            f"<tr><td>{_e(x.plan)} {_e(x.code)}</td><td>{_e(w.name(x.name_zh, x.name_en))}</td><td>{_goal(x, w)}</td>"
            f"<td>{_actual(x, w)}</td><td>{_pct(x.gap_share)}</td><td>{_pace(x, w)}</td></tr>"
            for x in content.largest_gaps)
        out.append(f"<h3>{_e(w(W['largest']))}</h3><table class='grid' width='100%'>"
                   f"{_head(w, ('code', 'target', 'goal', 'actual', 'gap', 'pace'))}{body}</table>")
    by_layer: dict[str, list[str]] = {}
    for c in content.flagged:
        mark = "⊘" if "no_local_supplier" in c.flags else "①"
        by_layer.setdefault(c.layer_key, []).append(f"{mark}{w.name(c.name_zh, c.name_en)}")
    flagged = "".join(f"<p><b>{_e(_layer(content, k, w))}</b>{_e(w.colon)}{_e(w.list_sep.join(v))}</p>"
                      for k, v in by_layer.items())
    out.append(f"<h3>{_e(w(W['flagged_short']))}</h3><p class='small'>⊘ {_e(w.flag('no_local_supplier'))}　"
               f"① {_e(w.flag('single_source'))}</p>{flagged}")
    return "".join(out)


def _targets(content, w: Words) -> str:
    out = [f"<h1>{_e(w(W['targets']))}</h1><p class='small'>{_e(w(W['footnote']))}</p>"]
    head = _head(w, ("code", "target", "goal", "deadline", "baseline", "actual", "gap", "progress", "pace", "status"),
                 TARGET_WIDTHS[w.lang])
    for plan in content.plans:
        lines = [x for x in content.targets if x.plan == plan["code"]]
        if not lines:
            continue
        body = "".join(
            f"<tr><td>{_e(x.code)}</td><td>{_e(w.name(x.name_zh, x.name_en))}</td><td>{_goal(x, w)}</td>"
            f"<td>{_e(x.deadline_year)}</td><td>{_e(w.quantity(x.baseline, x.unit))}</td>"
            f"<td>{_actual(x, w)}{_marks(x.source_marks)}</td>"
            f"<td>{_e(w.quantity(x.gap, x.unit)) if x.kind != 'qualitative' else '—'}</td><td>{_pct(x.progress)}</td>"
            f"<td>{_pace(x, w)}</td><td>{_status(x.status, w)}</td></tr>" for x in lines)
        out.append(f"<h3>{_e(w.name(plan['title_zh'], plan['title_en']))}</h3>"
                   f"<table class='grid' width='100%'>{head}{body}</table>")
    if not content.targets:
        out.append(f"<p>{_e(w(W['no_targets']))}</p>")
    return "".join(out)


def _charts(charts: ReportCharts, w: Words) -> str:
    out = []  # the heading and captions are drawn with the charts (chart_objects.Caption)
    for kind, pieces in (("progress", charts.progress), ("matrix", charts.matrix)):  # captions: in the drawings
        out += [f"<p class='chart'>{charts.marker(kind, i)}</p>" for i in range(len(pieces))]
    return "".join(out)


def _chain(content, w: Words) -> str:
    out = [f"<h1>{_e(w(W['chain']))}</h1>"]
    head = _head(w, ("component", "flags", "suppliers", "integrators", "centres"))
    for key in content.selected_layers:
        comps = [c for c in content.flagged if c.layer_key == key]
        out.append(f"<h3>{_e(_layer(content, key, w))}</h3>")
        if not comps:
            out.append(f"<p>{_e(w(W['no_flagged']))}</p>")
            continue
        body = "".join(
            f"<tr><td>{_e(w.name(c.name_zh, c.name_en))}</td><td>{_e(w.list_sep.join(w.flag(f) for f in c.flags))}</td>"
            f"<td>{_e(_suppliers(c.suppliers, w))}</td><td>{_e(_names(c.integrators, w) or w(W['none']))}</td>"
            f"<td>{_e(_names(c.centres, w) or w(W['none']))}</td></tr>" for c in comps)
        out.append(f"<table class='grid' width='100%'>{head}{body}</table>")
    return "".join(out)


def _firms_centres(content, w: Words) -> str:
    out = [f"<h1>{_e(w(W['firms_centres']))}</h1>"]
    for key in content.selected_layers:
        out.append(f"<h3>{_e(_layer(content, key, w))}</h3>")
        firms = content.firms_by_layer.get(key, [])
        if firms:
            body = "".join(
                f"<tr><td>{_e(w.name(f['name'], f['name_en']))}{_marks([f['mark']] if f['mark'] else [])}</td>"
                f"<td>{_e(w.choice(f['role'], 'role'))}</td><td>{_e(f['district'] or '—')}</td>"
                f"<td>{_e(_components(f['components'], content, w))}</td><td>{_e(w.choice(f['stage'], 'stage') or '—')}</td></tr>"
                for f in firms)
            out.append(f"<table class='grid' width='100%'>{_head(w, ('firm', 'role', 'district', 'components', 'stage'))}"
                       f"{body}</table>")
        else:
            out.append(f"<p>{_e(w(W['no_firms']))}</p>")
        centres = content.centres_by_layer.get(key, [])
        if centres:
            body = "".join(
                f"<tr><td>{_e(w.name(c['name'], c['name_en']))}{_marks([c['mark']] if c['mark'] else [])}</td>"
                f"<td>{_e(w.choice(c['type'], 'centre_type'))}</td><td>{_e(w.choice(c['level'], 'centre_level') or '—')}</td>"
                f"<td>{_e(w.choice(c['status'], 'centre_status') or '—')}</td></tr>" for c in centres)
            out.append(f"<table class='grid' width='100%' style='margin-top:6px'>"
                       f"{_head(w, ('centre', 'type', 'level', 'status'))}{body}</table>")
        else:
            out.append(f"<p>{_e(w(W['no_centres']))}</p>")
    return "".join(out)


def _sources(content, w: Words) -> str:
    sep = "，" if w.lang == "zh" else ", "
    items = "".join(
        f"<p class='source'>[{i}] " + _e(sep.join(str(s[k]) for k in ("title", "publisher", "date", "url") if s.get(k)))
        + "</p>" for i, s in enumerate(content.sources, start=1))
    return f"<h1>{_e(w(W['sources']))}</h1>{items}"


STYLE = """<style>
body { font-size: 9pt; }
h1 { font-size: 14pt; margin-top: 16px; margin-bottom: 6px; }
h3 { font-size: 10.5pt; margin-top: 10px; margin-bottom: 4px; }
p { margin-top: 2px; margin-bottom: 4px; line-height: 140%; }
p.chart { margin-top: 4px; margin-bottom: 8px; line-height: 100%; }  /* 140 % of a chart is a blank band */
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
</style>"""
