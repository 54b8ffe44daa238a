"""Stock, stretch and flow targets: judged on the latest level measured in the plan period.

A stock's baseline is the latest level from before the period (the level the plan started from); a flow's is
zero at the period's start, since it counts only what is added from then on, and its observations from before
the period are another period's figures. A target's own baseline (value and year) wins over both.
"""

from __future__ import annotations

from datetime import date

from core.analysis import gaps
from core.analysis.gaps import Gap, Observation, Target
from core.analysis.messages import Reason, pct


def _start_point(target: Target, gap: Gap, actual: Observation | None):
    """Where the observed trend starts: the target's own baseline, zero at the period's start for a flow, or
    the earliest earlier observation *of the same source* as the actual (never across sources)."""
    if target.baseline_value is not None and target.baseline_year is not None:
        return target.baseline_value, gaps.deadline_date(target.baseline_year)
    if target.kind == "flow" and target.period_start:
        return 0.0, target.period_start
    if actual is None:
        return None
    same_source = [o for o in gap.comparable
                   if o.source_id == actual.source_id and o.as_of < actual.as_of and o.id != actual.id]
    if not same_source:
        return None
    first = min(same_source, key=lambda o: (o.as_of, o.id))
    return first.value, first.as_of


def _baseline(target: Target, gap: Gap, before: list[Observation]) -> None:
    if target.baseline_value is not None and target.baseline_year is not None:
        gap.baseline, gap.baseline_as_of = target.baseline_value, gaps.deadline_date(target.baseline_year)
    elif target.kind == "flow" and target.period_start:
        gap.baseline, gap.baseline_as_of = 0.0, target.period_start
    else:
        found = gaps.choose(before, target)
        if found is not None:
            gap.baseline_headline = found
            gap.baseline, gap.baseline_as_of = found.chosen.value, found.as_of


def _paces(target: Target, gap: Gap, level: float, level_date: date, today: date) -> None:
    """Still missing from ``level``, the pace needed from today and the pace the last figure implied."""
    value = target.value
    gap.gap = (value - level) if gaps.higher_is_better(target.op) else (level - value)
    gap.gap_share = (gap.gap / abs(value)) if value else None
    deadline = target.deadline
    if deadline is None:
        return
    if today < deadline:
        gap.required_growth, gap.required_per_year = gaps.growth(level, value, gaps.years_between(today, deadline))
    if level_date < deadline:
        gap.implied_growth, gap.implied_per_year = gaps.growth(level, value,
                                                               gaps.years_between(level_date, deadline))


def judge_level(target: Target, gap: Gap, today: date, computed_actual: float | None) -> None:
    start = target.period_start
    within = [o for o in gap.comparable if start is None or o.as_of >= start]
    before = [o for o in gap.comparable if start is not None and o.as_of < start]
    _baseline(target, gap, before)

    actual = None
    if computed_actual is not None:
        gap.actual, gap.actual_as_of, gap.actual_from_rule = float(computed_actual), today, True
    else:
        gap.headline = gaps.choose(within, target)
        if gap.headline is not None:
            actual = gap.headline.chosen
            gap.actual, gap.actual_as_of, gap.actual_observation = actual.value, actual.as_of, actual

    if gap.actual is None:
        _no_actual(target, gap, before, today)
        return

    value, level = target.value, gap.actual
    _paces(target, gap, level, gap.actual_as_of, today)
    trend_start = _start_point(target, gap, actual)
    if trend_start is not None:
        gap.start_value, gap.start_date = trend_start
        if value != gap.start_value:
            gap.progress = (level - gap.start_value) / (value - gap.start_value)
    elif value:
        gap.progress = level / value

    facts = {"actual": target.amount(level), "date": gap.actual_as_of.isoformat()}
    if gaps.satisfies(level, target.op, value):
        gap.status, gap.gap = gaps.MET, min(gap.gap, 0.0)
        gap.progress = max(gap.progress or 1.0, 1.0)
        gap.reason = Reason("gap_met", facts)
        return
    if gap.deadline_passed:
        gap.status = gaps.NOT_MET
        gap.reason = Reason("gap_deadline_passed", {"year": target.deadline_year})
        return
    if trend_start is None or target.deadline is None:
        gap.status, gap.reason = gaps.NO_TREND, Reason("gap_no_trend", facts)
        return
    _trend(target, gap, today)


def _no_actual(target: Target, gap: Gap, before: list[Observation], today: date) -> None:
    start = target.period_start.isoformat() if target.period_start else "—"
    if gap.baseline_headline is not None:
        gap.headline = gap.baseline_headline
        gap.status = gaps.BASELINE_ONLY
        gap.reason = Reason("gap_baseline_only", {"baseline": target.amount(gap.baseline),
                                                  "date": gap.baseline_as_of.isoformat(),
                                                  "start": start})
        _paces(target, gap, gap.baseline, gap.baseline_as_of, today)
    elif gap.not_comparable:
        gap.status, gap.reason = gaps.NOT_COMPARABLE, Reason("gap_not_comparable")
    elif before:
        gap.reason = Reason("gap_flow_before_period", {"start": start})
    else:
        gap.reason = Reason("gap_no_observation")


def _trend(target: Target, gap: Gap, today: date) -> None:
    """Observed growth (start -> actual, one source) against the growth the last figure implied."""
    elapsed = gaps.years_between(gap.start_date, gap.actual_as_of)
    if elapsed <= 0:
        gap.status, gap.reason = gaps.NO_TREND, Reason("gap_trend_too_short")
        return
    value, level = target.value, gap.actual
    gap.observed_growth, gap.observed_per_year = gaps.growth(gap.start_value, level, elapsed)
    span = gaps.years_between(gap.actual_as_of, target.deadline)
    if gap.implied_growth is not None and gap.observed_growth is not None and gap.implied_growth != 0:
        gap.growth_ratio = gap.observed_growth / gap.implied_growth
        gap.projected = level * (1 + gap.observed_growth) ** span
    elif gap.implied_per_year:
        gap.growth_ratio = gap.observed_per_year / gap.implied_per_year
        gap.projected = level + gap.observed_per_year * span
    total = gaps.years_between(gap.start_date, target.deadline)
    if total > 0:  # where the actual should stand today on the straight path from the start to the target
        frac = min(1.0, max(0.0, gaps.years_between(gap.start_date, today) / total))
        gap.expected_now = gap.start_value + (value - gap.start_value) * frac
    if gap.growth_ratio is None:
        gap.status, gap.reason = gaps.NO_TREND, Reason("gap_growth_unknown")
        return
    gap.status = gaps.status_from_ratio(gap.growth_ratio, target)
    gap.reason = Reason("gap_growth_ratio", {"ratio": pct(gap.growth_ratio), "date": gap.actual_as_of.isoformat()})
