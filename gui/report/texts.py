"""Every fixed text of the printed report, marked for lupdate (context "Report"); gui.overview.words.Words
translates them into the report's language. Counted phrases come in an English singular and plural form
(Chinese has one), so the English report says "1 target is met" and "2 targets are met"."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

W = {
    "title": QT_TRANSLATE_NOOP("Report", "Shenzhen Embodied-Robot Industry Chain Gap Report"),
    "dataset": QT_TRANSLATE_NOOP("Report", "Dataset"),
    "date": QT_TRANSLATE_NOOP("Report", "Date"),
    "scope": QT_TRANSLATE_NOOP("Report", "Scope"),
    "plans": QT_TRANSLATE_NOOP("Report", "Plans"),
    "layers": QT_TRANSLATE_NOOP("Report", "Layers"),
    "scope_text": QT_TRANSLATE_NOOP("Report", "{plans} with {targets}; {components} in the layers {layers}; "
                                              "figures as of {date}"),
    "summary": QT_TRANSLATE_NOOP("Report", "1. Summary"),
    "status_counts": QT_TRANSLATE_NOOP("Report", "Targets by status"),
    "largest": QT_TRANSLATE_NOOP("Report", "The five largest gaps (share of the target still missing)"),
    "flagged_short": QT_TRANSLATE_NOOP("Report", "Components with no or a single local supplier"),
    "targets": QT_TRANSLATE_NOOP("Report", "2. Targets by plan"),
    "charts": QT_TRANSLATE_NOOP("Report", "3. Charts"),
    "progress_chart": QT_TRANSLATE_NOOP("Report", "Target progress (percent of target; ▼ where the actual should be today)"),
    "matrix": QT_TRANSLATE_NOOP("Report", "Chain coverage matrix"),
    "matrix_note": QT_TRANSLATE_NOOP("Report", "Numbers of local suppliers, of those in mass production, of centres "
                                               "serving the component and of integrators depending on it."),
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
    "stage_unknown": QT_TRANSLATE_NOOP("Report", "stage not recorded"),
    "elsewhere": QT_TRANSLATE_NOOP("Report", "elsewhere: {names}"),
    "centre": QT_TRANSLATE_NOOP("Report", "Centre"),
    "type": QT_TRANSLATE_NOOP("Report", "Type"),
    "level": QT_TRANSLATE_NOOP("Report", "Level"),
    "none": QT_TRANSLATE_NOOP("Report", "none recorded"),
    "qualitative": QT_TRANSLATE_NOOP("Report", "qualitative"),
    "no_firms": QT_TRANSLATE_NOOP("Report", "No firms recorded for this layer."),
    "no_centres": QT_TRANSLATE_NOOP("Report", "No centres recorded for this layer."),
    "no_flagged": QT_TRANSLATE_NOOP("Report", "No component of this layer is flagged."),
    "no_targets": QT_TRANSLATE_NOOP("Report", "No target in the plans chosen."),
    "page": QT_TRANSLATE_NOOP("Report", "Page {n} of {m}"),
    "per_year": QT_TRANSLATE_NOOP("Report", "{n}/yr"),
    "summary_targets": QT_TRANSLATE_NOOP("Report", "As of {date}, of the {total} in this report, {met}, {on_track}, "
                                                   "{accel} and {off}; {nodata}."),
    "summary_chain": QT_TRANSLATE_NOOP("Report", "Of the {components} of the chain, {no_local} and {single}; the most "
                                                 "gaps are in the {layer} layer."),
    "summary_gap": QT_TRANSLATE_NOOP("Report", "The largest measured gap is {code} {name}: {actual} against a target of "
                                               "{goal}, which needs {pace} a year until {year}."),
    "footnote": QT_TRANSLATE_NOOP("Report", "Numbers in brackets refer to the sources in section 6."),
}

# (singular, plural) English forms of counted phrases; {n} is the number.
PLURALS = {
    "plans": (QT_TRANSLATE_NOOP("Report", "{n} plan"), QT_TRANSLATE_NOOP("Report", "{n} plans")),
    "targets": (QT_TRANSLATE_NOOP("Report", "{n} target"), QT_TRANSLATE_NOOP("Report", "{n} targets")),
    "components": (QT_TRANSLATE_NOOP("Report", "{n} component"), QT_TRANSLATE_NOOP("Report", "{n} components")),
    "met": (QT_TRANSLATE_NOOP("Report", "{n} is met"), QT_TRANSLATE_NOOP("Report", "{n} are met")),
    "on_track": (QT_TRANSLATE_NOOP("Report", "{n} is on track"), QT_TRANSLATE_NOOP("Report", "{n} are on track")),
    "accel": (QT_TRANSLATE_NOOP("Report", "{n} needs acceleration"),
              QT_TRANSLATE_NOOP("Report", "{n} need acceleration")),
    "off": (QT_TRANSLATE_NOOP("Report", "{n} is off track"), QT_TRANSLATE_NOOP("Report", "{n} are off track")),
    "nodata": (QT_TRANSLATE_NOOP("Report", "{n} has no usable data or measures a different definition"),
               QT_TRANSLATE_NOOP("Report", "{n} have no usable data or measure a different definition")),
    "no_local": (QT_TRANSLATE_NOOP("Report", "{n} has no local supplier"),
                 QT_TRANSLATE_NOOP("Report", "{n} have no local supplier")),
    "single": (QT_TRANSLATE_NOOP("Report", "{n} relies on a single local supplier"),
               QT_TRANSLATE_NOOP("Report", "{n} rely on a single local supplier")),
}

# Symbols make the status readable in black and white too.
STATUS_SYMBOLS = {"met": "✓", "on_track": "●", "acceleration_needed": "◐", "limited_progress": "○",
                  "deterioration": "▼", "no_data": "–", "no_trend": "…", "not_comparable": "≠", "not_met": "✗",
                  "baseline_only": "◇"}


def counted(w, key: str, n: int) -> str:
    """A counted phrase of PLURALS in the words' language."""
    one, other = PLURALS[key]
    return w.plural(n, one, other)
