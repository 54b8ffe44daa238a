"""The report's targets and chain sections as HTML (gui.report.body puts them together).

Targets by plan: the headline with its qualifier, the range and every source's value with its footnote when
sources disagree, the marks (sources disagree, data out of date with its age), the pace needed from the
report's date beside the pace the latest figure implied, per-year targets year by year, and the reason —
in the table and in the notes under it. The chain: per layer the counts (covered, not yet surveyed, surveyed
without a local supplier, single source, facts to check), the flagged components with their gap rank, and the
components nobody has surveyed apart, never counted as "no local supplier".
"""

from __future__ import annotations

import html

from gui.overview import target_words
from gui.overview.chart_style import STATUS_COLOURS
from gui.overview.words import Words
from gui.report.texts import STATUS_SYMBOLS, W, counted, head

OPS = target_words.OPS
# Columns of the targets tables, in percent: English heads and statuses need wider columns than Chinese ones.
TARGET_WIDTHS = {"zh": (5, 17, 9, 5, 15, 14, 7, 5, 11, 12), "en": (5, 20, 9, 8, 12, 12, 6, 8, 10, 10)}
# Reasons that say only that nothing is there yet: their targets are listed together, not one line each.
PLAIN_REASONS = {"gap_no_observation", "gap_not_assessed", "gap_per_year_none", "gap_no_value"}


def e(value) -> str:
    return html.escape("" if value is None else str(value))


def pct(value) -> str:
    return "—" if value is None else f"{value * 100:.0f}%"


def marks(numbers) -> str:
    """Source numbers, inline at 7.5 pt (a superscript would print at 5 pt)."""
    numbers = sorted({n for n in numbers if n})
    return f"<span class='mark'>[{','.join(str(m) for m in numbers)}]</span>" if numbers else ""


def status_cell(status: str, w: Words) -> str:
    colour = STATUS_COLOURS.get(status, "#555555")
    return f"{STATUS_SYMBOLS.get(status, '')} <span style='color:{colour}'>{e(w.status(status))}</span>"


def gap_words(flag: str, w: Words) -> str:
    colour = {"no_local_supplier": "#b71c1c", "not_surveyed": "#546e7a", "single_source": "#d35400"}.get(flag, "#333")
    return f"<span style='color:{colour}'>{e(w.flag(flag))}</span>"


def head_row(w: Words, keys, widths=()) -> str:
    """A table's head row (repeated on every page the table runs over); ``widths`` in percent."""
    widths = (*widths, *[0] * (len(keys) - len(widths)))
    cells = [f"<th{f' width={n}%' if n else ''}>{e(head(w, k))}</th>" for k, n in zip(keys, widths, strict=True)]
    return "<thead><tr>" + "".join(cells) + "</tr></thead>"


def goal(x, w: Words) -> str:
    return e(target_words.goal(x, w, OPS))


def actual_cell(x, w: Words) -> str:
    """The actual with its qualifier and date, the range when sources disagree, its footnotes; per-year
    targets their years."""
    if x.per_year and target_words.has_years(x):
        return e(target_words.years_line(x, w))
    if x.actual is None:
        return "—"
    return _headline(x, w.quantity(x.actual, x.unit, qualifier=x.qualifier), x.actual_as_of, w)


def _headline(x, figure: str, day, w: Words) -> str:
    """The headline figure, its range when sources disagree (then every value is in the notes), its footnotes
    and its date."""
    text = e(figure)
    if target_words.disagree(x):
        text += e(w.bracket(target_words.value_range(x, w)))
    text += marks(v.mark for v in x.values)
    return text + (f"<br><span class='small'>{e(day.isoformat())}</span>" if day else "")


def baseline_cell(x, w: Words) -> str:
    """The baseline; when it is the only figure, with its range and footnotes as the headline."""
    if x.baseline is None or (x.kind == "flow" and x.actual is None and not x.values):
        return "—"  # a flow counts from zero: a zero baseline is a definition, not a figure
    if x.actual is not None or not x.values:
        return e(w.quantity(x.baseline, x.unit))
    return _headline(x, w.quantity(x.baseline, x.unit, qualifier=x.qualifier), x.baseline_date, w)


def pace_cell(x, w: Words) -> str:
    """Needed per year from the report's date; under it, what the latest figure implied (when different)."""
    if x.required_per_year is None or x.status == "met":
        return "—"
    today = target_words.per_year(x.required_per_year, x.unit, w)
    text = e(target_words.t(w, "per_year").format(n=today))
    implied = target_words.per_year(x.implied_per_year, x.unit, w) if x.implied_per_year is not None else today
    if implied != today:  # the pace the latest figure implied, where it differs
        text += f"<br><span class='small'>{e(head(w, 'implied'))}{e(w.colon)}{e(implied)}</span>"
    return text


def target_status_cell(x, w: Words) -> str:
    out = status_cell(x.status, w)
    words = target_words.mark_words(x, w)
    if words:
        out += "<br><span class='flag'>" + "<br>".join(e(m) for m in words) + "</span>"
    return out


def targets(content, w: Words) -> str:
    out = [f"<h1>{e(w(W['targets']))}</h1><p class='small'>{e(w(W['footnote']))}</p>"]
    keys = ("code", "target", "goal", "deadline", "baseline", "actual", "gap", "progress", "required", "status")
    for plan in content.plans:
        lines = [x for x in content.targets if x.plan == plan["code"]]
        if not lines:
            continue
        body = "".join(
            f"<tr><td>{e(x.code)}</td><td>{e(w.name(x.name_zh, x.name_en))}</td><td>{goal(x, w)}</td>"
            f"<td>{e(x.deadline_year)}</td><td>{baseline_cell(x, w)}</td><td>{actual_cell(x, w)}</td>"
            f"<td>{e(w.quantity(x.gap, x.unit)) if x.kind != 'qualitative' else '—'}</td><td>{pct(x.progress)}</td>"
            f"<td>{pace_cell(x, w)}</td><td>{target_status_cell(x, w)}</td></tr>" for x in lines)
        out.append(f"<h3>{e(w.name(plan['title_zh'], plan['title_en']))}</h3>"
                   f"<table class='grid' width='100%'>{head_row(w, keys, TARGET_WIDTHS[w.lang])}{body}</table>")
        out.append(_notes(lines, w))
    if not content.targets:
        out.append(f"<p>{e(w(W['no_targets']))}</p>")
    return "".join(out)


def _notes(lines, w: Words) -> str:
    """Under a plan's table: for each target with figures, every source's value (footnoted) and the rule,
    its years, its reason and notes; targets with nothing yet are listed together by reason."""
    out, plain = [], {}
    for x in lines:
        if x.reason is not None and x.reason.code in PLAIN_REASONS and not x.notes and not x.values:
            plain.setdefault(w.reason(x.reason), []).append(x.code)
            continue
        parts = []
        if len(x.values) > 1:
            values = w.list_sep.join(f"{w.quantity(v.value, x.unit, qualifier=v.qualifier)}{marks([v.mark])}"
                                     for v in x.values)
            parts.append(f"{e(head(w, 'values'))}{e(w.colon)}" + w(W["values_line"]).format(
                values=values, rule=e(target_words.rule_text(x, w))))
        if target_words.has_years(x):
            parts.append(f"{e(head(w, 'years'))}{e(w.colon)}{e(target_words.years_line(x, w))}")
        said = {"gap_sources_conservative", "gap_sources_preferred"} if len(x.values) > 1 else set()
        parts += [e(w.reason(x.reason))] + [e(w.reason(n)) for n in x.notes if n.code not in said]
        sep = "；" if w.lang == "zh" else "; "
        out.append(f"<p class='note'><b>{e(x.code)}</b> {sep.join(p for p in parts if p)}</p>")
    for reason, codes in plain.items():
        out.append(f"<p class='note'>{e(w.list_sep.join(codes))}{e(w.colon)}{e(reason)}</p>")
    return f"<p class='note'><b>{e(w(W['notes']))}</b></p>" + "".join(out) if out else ""


# ----- the chain -----------------------------------------------------------------------------------------------
def _names(rows, w: Words) -> str:
    return w.list_sep.join(w.name(r.get("short_name") or r.get("name_zh"), r.get("name_en")) for r in rows)


def _suppliers(rows, w: Words) -> str:
    """Local suppliers with their stage (and "to check" where the fact still needs checking); suppliers
    elsewhere after them, said to be elsewhere."""
    local = [r for r in rows if r.get("local")]
    elsewhere = [r for r in rows if not r.get("local")]
    parts = []
    for r in local:
        facts = [w.choice(r.get("stage"), "stage") if r.get("stage") else w(W["stage_unknown"])]
        if r.get("needs_check"):
            facts.append(w(W["to_check_mark"]))
        parts.append(w.name(r.get("short_name") or r.get("name_zh"), r.get("name_en"))
                     + w.bracket(w.list_sep.join(facts)))
    text = w.list_sep.join(parts) or w(W["none"])
    if elsewhere:
        text += ("；" if w.lang == "zh" else "; ") + w(W["elsewhere"]).format(names=_names(elsewhere, w))
    return text


def _layer_name(content, key: str, w: Words) -> str:
    return w.name(*content.layer_names.get(key, (key, key)))


def _layer_counts(content, key: str, w: Words) -> str:
    comps = [c for c in content.analysis.components if c.top_layer_key == key]
    return w(W["layer_counts"]).format(
        components=counted(w, "components", len(comps)),
        covered=counted(w, "covered", sum(1 for c in comps if c.local_suppliers > 0)),
        not_surveyed=counted(w, "not_surveyed", sum(1 for c in comps if "not_surveyed" in c.flags)),
        no_local=counted(w, "no_local", sum(1 for c in comps if "no_local_supplier" in c.flags)),
        single=counted(w, "single", sum(1 for c in comps if "single_source" in c.flags)),
        to_check=counted(w, "to_check", sum(c.facts_to_check for c in comps)))


def chain(content, w: Words) -> str:
    out = [f"<h1>{e(w(W['chain']))}</h1>"]
    keys = ("gap_rank", "component", "flags", "suppliers", "integrators", "centres")
    for key in content.selected_layers:
        out.append(f"<h3>{e(_layer_name(content, key, w))}</h3><p>{e(_layer_counts(content, key, w))}</p>")
        comps = sorted((c for c in content.flagged if c.layer_key == key), key=lambda c: c.rank or 10**6)
        if comps:
            body = "".join(
                f"<tr><td align='right'>{c.rank or '—'}</td><td>{e(w.name(c.name_zh, c.name_en))}</td>"
                f"<td>{e(w.list_sep.join(w.flag(f) for f in c.flags))}</td><td>{e(_suppliers(c.suppliers, w))}</td>"
                f"<td>{e(_names(c.integrators, w) or w(W['none']))}</td>"
                f"<td>{e(_names(c.centres, w) or w(W['none']))}</td></tr>" for c in comps)
            out.append(f"<table class='grid' width='100%'>{head_row(w, keys, (8, 20, 18, 24, 15, 15))}{body}</table>")
        else:
            out.append(f"<p>{e(w(W['no_flagged']))}</p>")
        unsurveyed = sorted((c for c in content.unsurveyed if c.layer_key == key), key=lambda c: c.rank or 10**6)
        if unsurveyed:  # in the order of the ranked gaps, each with its place
            names = w.list_sep.join(w.name(c.name_zh, c.name_en) + (w.bracket(str(c.rank)) if c.rank else "")
                                    for c in unsurveyed)
            out.append(f"<p class='note'><b>{e(w(W['unsurveyed']))}</b>{e(w.colon)}{e(names)}</p>")
    return "".join(out)


def _components(names, w: Words) -> str:
    return w.list_sep.join(w.name(zh, en) for zh, en in names) if names else "—"


def firms_centres(content, w: Words) -> str:
    out = [f"<h1>{e(w(W['firms_centres']))}</h1>"]
    for key in content.selected_layers:
        out.append(f"<h3>{e(_layer_name(content, key, w))}</h3>")
        firms = content.firms_by_layer.get(key, [])
        if firms:
            body = "".join(
                f"<tr><td>{e(w.name(f['name'], f['name_en']))}{marks([f['mark']])}</td>"
                f"<td>{e(w.choice(f['role'], 'role'))}</td><td>{e(f['district'] or '—')}</td>"
                f"<td>{e(_components(f['components'], w))}"
                + (f" <span class='flag'>{e(w.bracket(w(W['to_check_mark'])).strip())}</span>" if f.get("needs_check") else "")
                + f"</td><td>{e(w.choice(f['stage'], 'stage') or '—')}</td></tr>"
                for f in firms)
            out.append(f"<table class='grid' width='100%'>{head_row(w, ('firm', 'role', 'district', 'components', 'stage'))}"
                       f"{body}</table>")
        else:
            out.append(f"<p>{e(w(W['no_firms']))}</p>")
        centres = content.centres_by_layer.get(key, [])
        if centres:
            body = "".join(
                f"<tr><td>{e(w.name(c['name'], c['name_en']))}{marks([c['mark']])}</td>"
                f"<td>{e(w.choice(c['type'], 'centre_type'))}</td><td>{e(w.choice(c['level'], 'centre_level') or '—')}</td>"
                f"<td>{e(w.choice(c['status'], 'centre_status') or '—')}</td></tr>" for c in centres)
            out.append(f"<table class='grid' width='100%' style='margin-top:6px'>"
                       f"{head_row(w, ('centre', 'type', 'level', 'status'))}{body}</table>")
        else:
            out.append(f"<p>{e(w(W['no_centres']))}</p>")
    return "".join(out)
