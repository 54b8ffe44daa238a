"""Why a target has its status, as codes and facts (never English sentences): :class:`Reason`.

The English templates below are registered in core.messages (the source language of the translations); the
Chinese lives in assets/translations/zh_CN/analysis.json (context "errors") and reaches the GUI through Qt and
the command line and workbook through :mod:`core.analysis.wording`. Facts are language-neutral: numbers are
formatted with :func:`num` before they become facts, dates are ISO, choice values are worded from the
vocabulary (``choices`` + ``choice_set``).
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Reason:
    """One statement about a target's figures: ``code`` picks the template, ``facts`` fill it in."""

    code: str
    facts: dict = field(default_factory=dict)

    def as_dict(self) -> dict:
        return {"code": self.code, "facts": dict(self.facts)}


def num(value, digits: int = 2) -> str:
    """A number as a fact: thousands separated, no trailing zeros (2,200; 0.5; 26.67)."""
    if value is None:
        return "—"
    if float(value).is_integer() and abs(value) < 1e15:
        return f"{int(value):,}"
    return f"{value:,.{digits}f}".rstrip("0").rstrip(".")


def pct(ratio) -> str:
    """A ratio as a percentage fact (0.684 -> 68%)."""
    return "—" if ratio is None else f"{ratio * 100:.0f}%"


ANALYSIS_TEMPLATES: dict[str, str] = {
    # why a target has its status
    "gap_no_value": "the target has no value to measure against",
    "gap_no_observation": "no observation yet",
    "gap_not_comparable": "every observation measures another definition than the target",
    "gap_baseline_only": "only a baseline from before the plan period ({baseline} on {date}); nothing measured "
                         "since {start}",
    "gap_flow_before_period": "only figures from before the plan period, which a target counting what is added "
                              "since {start} does not use",
    "gap_met": "target met ({actual} on {date})",
    "gap_no_trend": "{actual} on {date}, and no earlier figure from the same source: no trend to judge yet",
    "gap_trend_too_short": "the earlier figure is not older than the latest: no trend to judge yet",
    "gap_deadline_passed": "the deadline ({year}) passed without the target being met",
    "gap_growth_ratio": "growth so far is {ratio} of the growth needed from {date} to the deadline",
    "gap_growth_unknown": "growth so far cannot be compared with the growth needed",
    "gap_rate_progress": "average growth in the plan period so far {average} ({years}); the target asks {op} "
                         "{target}",
    "gap_rate_final": "average growth over the plan period {average} ({years}); the target asks {op} {target}",
    "gap_per_year_current": "{year}: {value} by {date}, {pace} a year at this pace; the target asks {target} "
                            "each year",
    "gap_per_year_final": "every year of the plan period judged: {years}",
    "gap_per_year_none": "no figure for any year of the plan period yet",
    "gap_qualitative": "assessed as {choices} on {date}",
    "gap_not_assessed": "not assessed yet",
    # notes beside the status
    "gap_sources_conservative": "sources disagree for {date} ({low} to {high}); the most conservative value, "
                                "{value}, is used",
    "gap_sources_preferred": "sources disagree for {date} ({low} to {high}); {value} from the preferred source "
                             "{source} is used",
    "gap_stale": "the latest figure is {months} months old ({date})",
    "gap_year_missed": "{year}: {value}, fewer than the {target} asked for that year",
    "gap_year_partial": "{year}: only a figure to {date} ({value}); judged on its pace",
    "gap_not_yet_published": "{count} observation(s) published after {date} are not counted",
    "gap_rule_today_only": "the rule counts today's firm list, so it is not used for an earlier date",
    "gap_rule_used": "counted from the firm list by the rule {rule}",
    # the command line
    "plan_unknown": "unknown plan code {codes}; known: {known}",
    "layer_unknown": "unknown layer {keys}; known: {known}",
    "stale_months_invalid": "--stale-months must be a whole number of months from 1 to 120",
    # marking a segment surveyed
    "survey_nothing": "name at least one component or layer to mark as surveyed",
    # counting rules (core.analysis.rules)
    "rule_params_json": "rule parameters are not valid JSON ({reason})",
    "rule_params_object": "rule parameters must be a JSON object",
    "rule_param_unknown": "rule {rule} has no parameter {param}",
    "rule_param_missing": "rule {rule} needs the parameter {param}",
    "rule_param_text": "rule {rule}: {param} must be text",
    "rule_param_number": "rule {rule}: {param} must be a number",
    "rule_param_whole": "rule {rule}: {param} must be a whole number",
    "rule_param_positive": "rule {rule}: {param} must be positive",
    # loading a dataset file
    "dataset_ref_unknown": "unknown {kind} reference '{ref}'",
    "dataset_ref_duplicate": "{kind}: the ref '{ref}' is used twice",
    "dataset_ref_missing": "{kind}: a required reference is missing",
    "dataset_parents": "parent references that never resolve: {refs}",
}
