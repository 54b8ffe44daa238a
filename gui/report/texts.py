"""Every fixed text of the printed report, marked for lupdate (context "Report"); gui.overview.words.Words
translates them into the report's language. Counted phrases come in an English singular and plural form
(Chinese has one), so the English report says "1 target is met" and "2 targets are met". Names of statuses,
marks and headline rules come from core.vocabulary, column words shared with the workbook from
core.analysis.tables.HEADERS (see :func:`head`)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

W = {
    "title": QT_TRANSLATE_NOOP("Report", "Shenzhen Embodied-Robot Industry Chain Gap Report"),
    "dataset": QT_TRANSLATE_NOOP("Report", "Dataset"),
    "date": QT_TRANSLATE_NOOP("Report", "Date"),
    "scope": QT_TRANSLATE_NOOP("Report", "Scope"),
    "plans": QT_TRANSLATE_NOOP("Report", "Plans"),
    "layer": QT_TRANSLATE_NOOP("Report", "Layer"),
    "scope_text": QT_TRANSLATE_NOOP("Report", "{plans} with {targets}; {components} in the layers {layers}; "
                                              "figures as of {date}"),
    "summary": QT_TRANSLATE_NOOP("Report", "1. Summary"),
    "status_counts": QT_TRANSLATE_NOOP("Report", "Targets by status"),
    "largest": QT_TRANSLATE_NOOP("Report", "The five largest gaps (share of the target still missing)"),
    "ranked": QT_TRANSLATE_NOOP("Report", "What matters first: the chain's gaps ranked"),
    "ranked_note": QT_TRANSLATE_NOOP("Report", "Ranked by criticality, then the share of the standard bill of "
                                               "materials the component stands for, then the integrators "
                                               "depending on it through supply links, then gaps no centre works "
                                               "on. {shown} of {total} shown; the rest are in section 4."),
    "ranked_note_all": QT_TRANSLATE_NOOP("Report", "Ranked by criticality, then the share of the standard bill "
                                                   "of materials the component stands for, then the integrators "
                                                   "depending on it through supply links, then gaps no centre "
                                                   "works on."),
    "gap_kind": QT_TRANSLATE_NOOP("Report", "Kind of gap"),
    "bom_share": QT_TRANSLATE_NOOP("Report", "Standard-BOM share"),
    "unsurveyed": QT_TRANSLATE_NOOP("Report", "Not yet surveyed (no supplier recorded and nobody has looked: "
                                              "unknown, not absent)"),
    "layer_counts": QT_TRANSLATE_NOOP("Report", "{components}: {covered}, {not_surveyed}, {no_local} and {single}; "
                                                "{to_check}."),
    "notes": QT_TRANSLATE_NOOP("Report", "Notes on the figures"),
    "values_line": QT_TRANSLATE_NOOP("Report", "{values}; headline: {rule}"),
    "to_check_mark": QT_TRANSLATE_NOOP("Report", "to check"),
    "targets": QT_TRANSLATE_NOOP("Report", "2. Targets by plan"),
    "charts": QT_TRANSLATE_NOOP("Report", "3. Charts"),
    "progress_chart": QT_TRANSLATE_NOOP("Report", "Target progress (percent of target; ▼ where the actual should be today)"),
    "matrix": QT_TRANSLATE_NOOP("Report", "Chain coverage matrix"),
    "matrix_note": QT_TRANSLATE_NOOP("Report", "Numbers of local suppliers, of those in mass production, of centres "
                                               "serving the component, of integrators depending on it through "
                                               "supply links and of supplier facts still to be checked; “—”: "
                                               "suppliers not yet surveyed."),
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
    "status": QT_TRANSLATE_NOOP("Report", "Status"),
    "count": QT_TRANSLATE_NOOP("Report", "Count"),
    "component": QT_TRANSLATE_NOOP("Report", "Component"),
    "suppliers": QT_TRANSLATE_NOOP("Report", "Local suppliers (maturity)"),
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
    "no_flagged": QT_TRANSLATE_NOOP("Report", "No component of this layer is known to lack a local supplier or "
                                              "to have a single one."),
    "no_targets": QT_TRANSLATE_NOOP("Report", "No target in the plans chosen."),
    "page": QT_TRANSLATE_NOOP("Report", "Page {n} of {m}"),
    "per_year": QT_TRANSLATE_NOOP("Report", "{n}/yr"),
    "summary_targets": QT_TRANSLATE_NOOP("Report", "As of {date}, the {total} in this report by status: {counts}."),
    "status_count": QT_TRANSLATE_NOOP("Report", "{status} {n}"),
    "summary_marks": QT_TRANSLATE_NOOP("Report", "Marked: {marks}."),
    "mark_count": QT_TRANSLATE_NOOP("Report", "{mark} {n}"),
    "stale_rule": QT_TRANSLATE_NOOP("Report", "latest figure older than {n} months"),
    "summary_chain": QT_TRANSLATE_NOOP("Report", "Of the {components} of the chain, {covered}; {not_surveyed}, "
                                                 "{no_local} and {single}; {to_check}."),
    "summary_weakest": QT_TRANSLATE_NOOP("Report", "Counting components with no or a single local supplier, the "
                                                   "{layer} layer has the most gaps."),
    "summary_first": QT_TRANSLATE_NOOP("Report", "First among the chain's gaps: {name} ({gap}, {layer})."),
    "summary_gap": QT_TRANSLATE_NOOP("Report", "The largest measured gap is {code} {name}: {actual} against a target of "
                                               "{goal}, which needs {pace} a year until {year}."),
    "footnote": QT_TRANSLATE_NOOP("Report", "Numbers in brackets refer to the sources in section 6."),
}

# (singular, plural) English forms of counted phrases; {n} is the number.
PLURALS = {
    "plans": (QT_TRANSLATE_NOOP("Report", "{n} plan"), QT_TRANSLATE_NOOP("Report", "{n} plans")),
    "targets": (QT_TRANSLATE_NOOP("Report", "{n} target"), QT_TRANSLATE_NOOP("Report", "{n} targets")),
    "components": (QT_TRANSLATE_NOOP("Report", "{n} component"), QT_TRANSLATE_NOOP("Report", "{n} components")),
    "no_local": (QT_TRANSLATE_NOOP("Report", "{n} was surveyed and has no local supplier"),
                 QT_TRANSLATE_NOOP("Report", "{n} were surveyed and have no local supplier")),
    "covered": (QT_TRANSLATE_NOOP("Report", "{n} has a local supplier"),
                QT_TRANSLATE_NOOP("Report", "{n} have a local supplier")),
    "not_surveyed": (QT_TRANSLATE_NOOP("Report", "{n} is not yet surveyed"),
                     QT_TRANSLATE_NOOP("Report", "{n} are not yet surveyed")),
    "to_check": (QT_TRANSLATE_NOOP("Report", "{n} supplier fact is still to be checked"),
                 QT_TRANSLATE_NOOP("Report", "{n} supplier facts are still to be checked")),
    "single": (QT_TRANSLATE_NOOP("Report", "{n} relies on a single local supplier"),
               QT_TRANSLATE_NOOP("Report", "{n} rely on a single local supplier")),
}

# Symbols make the status readable in black and white too.
STATUS_SYMBOLS = {"met": "✓", "on_track": "●", "acceleration_needed": "◐", "limited_progress": "○",
                  "deterioration": "▼", "no_data": "–", "no_trend": "…", "not_comparable": "≠", "not_met": "✗",
                  "baseline_only": "◇"}


def head(w, key: str) -> str:
    """A column word the workbook and the command line use too (core.analysis.tables.HEADERS), else ours."""
    from core.analysis.tables import HEADERS

    return w.term(HEADERS[key]) if key in SHARED_HEADS else w(W[key])


# Column words taken from the workbook's gap and coverage sheets, so the report and the workbook agree.
SHARED_HEADS = {"status", "marks", "required", "implied", "gap_rank", "to_check", "survey", "criticality",
                "years", "reason", "values", "rule", "integrators", "centres", "flags"}


def counted(w, key: str, n: int) -> str:
    """A counted phrase of PLURALS in the words' language."""
    one, other = PLURALS[key]
    return w.plural(n, one, other)
