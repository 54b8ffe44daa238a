"""The overview's "Table" tab: the same numbers as the charts, as HTML tables (copyable, readable by a screen
reader), in the UI's language: every target with its status, headline (range when sources disagree), marks,
the pace needed from today beside the pace the latest figure implied, and the reason; then the chain's layers
with what is covered, not yet surveyed, without a local supplier and still to check."""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP

from core.analysis import chart_data
from core.analysis.tables import HEADERS
from gui.overview import target_words
from gui.overview.chart_style import STATUS_COLOURS
from gui.overview.words import Words

CONTEXT = "OverviewPage"
T = {
    "title": QT_TRANSLATE_NOOP("OverviewPage", "Targets and chain coverage"),
    "covered": QT_TRANSLATE_NOOP("OverviewPage", "Components with a local supplier"),
    "layer_counts": QT_TRANSLATE_NOOP("OverviewPage", "{name}: {covered}/{total} covered, {not_surveyed} not yet "
                                                      "surveyed, {no_local} surveyed without a local supplier, "
                                                      "{to_check} supplier facts to check"),
    "plan": QT_TRANSLATE_NOOP("OverviewPage", "Plan"),
}


def _e(value) -> str:
    return html.escape("" if value is None else str(value))


def _pace(value, bar, w: Words) -> str:
    if value is None or bar.status == "met":
        return "—"
    return target_words.t(w, "per_year").format(n=target_words.per_year(value, bar.unit, w))


def target_rows(analysis, w: Words) -> str:
    rows = []
    for t in analysis.targets:
        bar = chart_data.progress_bar(t)
        colour = STATUS_COLOURS.get(bar.status, "#555")
        when = bar.actual_as_of or (bar.data_as_of if bar.look == "baseline" else None)
        figure = target_words.years_line(bar, w) if bar.per_year and target_words.has_years(bar) else target_words.figure(bar, w)
        marks = w.list_sep.join(target_words.mark_words(bar, w)) or "—"
        rows.append(
            f"<tr><td>{_e(bar.plan)}</td><td>{_e(bar.code)}</td><td>{_e(w.name(bar.name_zh, bar.name_en))}</td>"
            f"<td>{_e(target_words.goal(bar, w))}</td><td>{_e(bar.deadline_year)}</td><td align='right'>{_e(figure)}</td>"
            f"<td>{_e(when)}</td><td>{_e(_pace(bar.required_per_year, bar, w))}</td>"
            f"<td>{_e(_pace(bar.implied_per_year, bar, w))}</td>"
            f"<td style='color:{colour}'><b>{_e(w.status(bar.status))}</b></td><td>{_e(marks)}</td>"
            f"<td>{_e(w.reason(bar.reason))}</td></tr>")
    heads = [w(T["plan"], CONTEXT), w.term(HEADERS["code"]), w.term(HEADERS["target"]), w.term(HEADERS["goal"]),
             w.term(HEADERS["deadline"]), w.term(HEADERS["actual"]), w.term(HEADERS["as_of"]),
             w.term(HEADERS["required"]), w.term(HEADERS["implied"]), w.term(HEADERS["status"]),
             w.term(HEADERS["marks"]), w.term(HEADERS["reason"])]
    head = "".join(f"<th align='left'>{_e(h)}</th>" for h in heads)
    return ("<table cellspacing='0' cellpadding='3' border='1' style='border-collapse:collapse;border-color:#ccc'>"
            f"<tr>{head}</tr>{''.join(rows)}</table>")


def summary_html(analysis, w: Words) -> str:
    layers = "".join(
        f"<li>{_e(w(T['layer_counts'], CONTEXT).format(name=w.name(lay.name_zh, lay.name_en), covered=lay.covered, total=lay.components, not_surveyed=lay.not_surveyed, no_local=lay.no_local, to_check=lay.facts_to_check))}</li>"
        for lay in analysis.layers)
    return (f"<h3>{_e(w(T['title'], CONTEXT))}</h3>{target_rows(analysis, w)}"
            f"<p><b>{_e(w(T['covered'], CONTEXT))}</b></p><ul>{layers}</ul>")
