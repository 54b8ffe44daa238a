"""Overview: where Shenzhen stands against each target, and where the chain has holes (numbers first)."""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QTextBrowser, QVBoxLayout

from core.analysis import analyse_database
from gui import labels
from gui.analysis_page import AnalysisPage

STATUS_COLOURS = {
    "met": "#1b7f3b", "on_track": "#2e9d57", "acceleration_needed": "#d98b00", "limited_progress": "#d35400",
    "deterioration": "#b71c1c", "no_data": "#777777", "not_comparable": "#6a4c93",
}


# self.tr() calls inside f-strings are invisible to lupdate; these marks list their texts.
_LUPDATE_MARKS = (
    QT_TRANSLATE_NOOP("OverviewPage", 'Overview'),
    QT_TRANSLATE_NOOP("OverviewPage", 'qualitative'),
    QT_TRANSLATE_NOOP("OverviewPage", 'yr'),
    QT_TRANSLATE_NOOP("OverviewPage", 'Plan'),
    QT_TRANSLATE_NOOP("OverviewPage", 'Code'),
    QT_TRANSLATE_NOOP("OverviewPage", 'Target'),
    QT_TRANSLATE_NOOP("OverviewPage", 'Goal'),
    QT_TRANSLATE_NOOP("OverviewPage", 'Deadline'),
    QT_TRANSLATE_NOOP("OverviewPage", 'Actual'),
    QT_TRANSLATE_NOOP("OverviewPage", 'As of'),
    QT_TRANSLATE_NOOP("OverviewPage", 'Required per year'),
    QT_TRANSLATE_NOOP("OverviewPage", 'Status'),
    QT_TRANSLATE_NOOP("OverviewPage", 'Targets and chain coverage'),
    QT_TRANSLATE_NOOP("OverviewPage", 'Components with a local supplier'),
)


def _e(value) -> str:
    return html.escape("" if value is None else str(value))


def _num(value) -> str:
    if value is None:
        return "—"
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"


class OverviewPage(AnalysisPage):
    def __init__(self, hub, parent=None):
        super().__init__(hub, parent)
        self.browser = QTextBrowser(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.busy)
        layout.addWidget(self.browser)

    def summary(self) -> str:
        return self.tr("Overview")

    def compute(self, db):
        return analyse_database(db, date.today())

    def build(self, a) -> None:
        counts = a.status_counts()
        tiles = "".join(
            f"<td style='padding:6px 14px;border:1px solid #ddd;color:{STATUS_COLOURS[k]}'>"
            f"<b style='font-size:18pt'>{v}</b><br>{_e(labels.choice_name(k))}</td>"
            for k, v in counts.items()
        )
        no_local = sum(1 for c in a.components if "no_local_supplier" in c.flags)
        single = sum(1 for c in a.components if "single_source" in c.flags)
        tiles += (f"<td style='padding:6px 14px;border:1px solid #ddd;color:#b71c1c'><b style='font-size:18pt'>{no_local}"
                  f"</b><br>{_e(labels.choice_name('no_local_supplier'))}</td>"
                  f"<td style='padding:6px 14px;border:1px solid #ddd;color:#d35400'><b style='font-size:18pt'>{single}"
                  f"</b><br>{_e(labels.choice_name('single_source'))}</td>")
        rows = []
        for t in a.targets:
            r, g = t.row, t.gap
            goal = self.tr("qualitative") if r["kind"] == "qualitative" else f"{_e(r['op'])} {_num(r['value'])} {_e(r['unit'])}"
            pace = "—" if g.required_per_year is None else f"{_num(g.required_per_year)} {_e(r['unit'])}/{_e(self.tr('yr'))}"
            rows.append(
                f"<tr><td>{_e(r['plan_code'])}</td><td>{_e(r['code'])}</td><td>{_e(r['name_zh'])}</td><td>{goal}</td>"
                f"<td>{_e(r['deadline_year'])}</td><td align='right'>{_num(g.actual)}</td><td>{_e(g.actual_as_of)}</td>"
                f"<td>{pace}</td><td style='color:{STATUS_COLOURS[g.status]}'><b>{_e(labels.choice_name(g.status))}</b></td></tr>"
            )
        head = "".join(f"<th align='left'>{_e(h)}</th>" for h in (
            self.tr("Plan"), self.tr("Code"), self.tr("Target"), self.tr("Goal"), self.tr("Deadline"),
            self.tr("Actual"), self.tr("As of"), self.tr("Required per year"), self.tr("Status")))
        layers = " · ".join(f"{_e(lay.name_zh)} {lay.covered}/{lay.components}" for lay in a.layers)
        self.browser.setHtml(
            f"<h2>{_e(self.tr('Targets and chain coverage'))}</h2><table cellspacing='4'><tr>{tiles}</tr></table>"
            f"<p>{_e(self.tr('Components with a local supplier'))}: {layers}</p>"
            f"<table cellspacing='0' cellpadding='3' border='1' style='border-collapse:collapse;border-color:#ccc'>"
            f"<tr>{head}</tr>{''.join(rows)}</table>"
        )
