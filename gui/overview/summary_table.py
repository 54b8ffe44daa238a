"""The overview's "Table" tab: the same numbers as the charts, as an HTML table (copyable, readable by a screen
reader), in the UI's language."""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP

from gui.overview.chart_style import STATUS_COLOURS
from gui.overview.words import Words

CONTEXT = "OverviewPage"
T = {
    "title": QT_TRANSLATE_NOOP("OverviewPage", "Targets and chain coverage"),
    "covered": QT_TRANSLATE_NOOP("OverviewPage", "Components with a local supplier"),
    "plan": QT_TRANSLATE_NOOP("OverviewPage", "Plan"),
    "code": QT_TRANSLATE_NOOP("OverviewPage", "Code"),
    "target": QT_TRANSLATE_NOOP("OverviewPage", "Target"),
    "goal": QT_TRANSLATE_NOOP("OverviewPage", "Goal"),
    "deadline": QT_TRANSLATE_NOOP("OverviewPage", "Deadline"),
    "actual": QT_TRANSLATE_NOOP("OverviewPage", "Actual"),
    "as_of": QT_TRANSLATE_NOOP("OverviewPage", "As of"),
    "pace": QT_TRANSLATE_NOOP("OverviewPage", "Required per year"),
    "status": QT_TRANSLATE_NOOP("OverviewPage", "Status"),
    "qualitative": QT_TRANSLATE_NOOP("OverviewPage", "qualitative"),
    "per_year": QT_TRANSLATE_NOOP("OverviewPage", "{n}/yr"),
}


def _e(value) -> str:
    return html.escape("" if value is None else str(value))


def summary_html(analysis, w: Words) -> str:
    rows = []
    for t in analysis.targets:
        r, g = t.row, t.gap
        goal = (w(T["qualitative"], CONTEXT) if r["kind"] == "qualitative"
                else f"{r['op'] or ''} {w.quantity(r['value'], r['unit'])}".strip())
        pace = "—" if g.required_per_year is None else w(T["per_year"], CONTEXT).format(
            n=w.quantity(g.required_per_year, r["unit"]))
        colour = STATUS_COLOURS.get(g.status, "#555")
        actual = "—" if g.actual is None else w.quantity(g.actual, r["unit"])
        rows.append(
            f"<tr><td>{_e(r['plan_code'])}</td><td>{_e(r['code'])}</td><td>{_e(w.name(r['name_zh'], r['name_en']))}</td>"
            f"<td>{_e(goal)}</td><td>{_e(r['deadline_year'])}</td><td align='right'>{_e(actual)}</td>"
            f"<td>{_e(g.actual_as_of)}</td><td>{_e(pace)}</td>"
            f"<td style='color:{colour}'><b>{_e(w.status(g.status))}</b></td></tr>")
    head = "".join(f"<th align='left'>{_e(w(T[k], CONTEXT))}</th>" for k in (
        "plan", "code", "target", "goal", "deadline", "actual", "as_of", "pace", "status"))
    layers = " · ".join(f"{_e(w.name(lay.name_zh, lay.name_en))} {lay.covered}/{lay.components}"
                        for lay in analysis.layers)
    return (f"<h3>{_e(w(T['title'], CONTEXT))}</h3><p>{_e(w(T['covered'], CONTEXT))}{_e(w.colon)}{layers}</p>"
            "<table cellspacing='0' cellpadding='3' border='1' style='border-collapse:collapse;border-color:#ccc'>"
            f"<tr>{head}</tr>{''.join(rows)}</table>")
