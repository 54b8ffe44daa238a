"""Targets judged year by year: rates (年均增长) and per-year targets (每年).

A rate target asks for an average growth over the plan period: each observed rate is the growth of the
calendar year it is dated in, and the average of the years measured inside the period (compounded) is the
actual. It is met or not once every year of the period is measured or the deadline has passed; until then it
is on track while the average so far meets it, and the growth each remaining year needs is reported.

A per-year target asks for its value in each calendar year of the period: a year's latest figure is what
that year has reached so far. A year that is over is met or not met (a figure from before December is judged
on its pace); the current year is judged on its pace (its figure spread over the part of the year it covers).
The target's status is its worst year's.
"""

from __future__ import annotations

from calendar import isleap
from datetime import date

from core.analysis import gaps
from core.analysis.gaps import Gap, Target, YearResult
from core.analysis.messages import Reason, num

# From worst to best: a target's status is its worst year's.
_ORDER = (gaps.NOT_MET, gaps.DETERIORATION, gaps.LIMITED, gaps.ACCELERATION, gaps.ON_TRACK, gaps.MET)


def _in_period(target: Target, gap: Gap):
    start, end = target.period_start, target.deadline
    within = [o for o in gap.comparable if (start is None or o.as_of >= start) and (end is None or o.as_of <= end)]
    before = [o for o in gap.comparable if start is not None and o.as_of < start]
    return within, before


def _years(target: Target, within, today: date) -> range:
    first = target.period_start.year if target.period_start else min((o.as_of.year for o in within),
                                                                     default=today.year)
    last = target.deadline_year or today.year
    return range(first, last + 1)


def _nothing_measured(target: Target, gap: Gap, before) -> None:
    found = gaps.choose(before, target)
    if found is not None:
        gap.baseline_headline = gap.headline = found
        gap.baseline, gap.baseline_as_of = found.chosen.value, found.as_of
        gap.status = gaps.BASELINE_ONLY
        gap.reason = Reason("gap_baseline_only", {
            "baseline": target.amount(found.chosen.value), "date": found.as_of.isoformat(),
            "start": target.period_start.isoformat() if target.period_start else "—"})
    elif gap.not_comparable:
        gap.status, gap.reason = gaps.NOT_COMPARABLE, Reason("gap_not_comparable")
    else:
        gap.reason = Reason("gap_per_year_none" if target.per_year else "gap_no_observation")


def _ratio(actual: float, target: Target) -> float:
    if gaps.higher_is_better(target.op):
        return actual / target.value if target.value else 0.0
    return target.value / actual if actual else 0.0


# ----- rates ------------------------------------------------------------------------------------------------

def _average(rates: list[float]) -> float:
    """The compounded average of yearly growth rates given in percent (linear when one is -100 % or less)."""
    factors = [1 + r / 100 for r in rates]
    if all(f > 0 for f in factors):
        product = 1.0
        for f in factors:
            product *= f
        return (product ** (1 / len(factors)) - 1) * 100
    return sum(rates) / len(rates)


def judge_rate(target: Target, gap: Gap, today: date) -> None:
    within, before = _in_period(target, gap)
    years = _years(target, within, today)
    for year in years:
        found = gaps.choose([o for o in within if o.as_of.year == year], target)
        if found is None:
            if year <= today.year:
                gap.years.append(YearResult(year, gaps.NO_DATA, complete=today > date(year, 12, 31)))
            continue
        rate = found.chosen.value
        status = gaps.MET if gaps.satisfies(rate, target.op, target.value) else gaps.status_from_ratio(
            _ratio(rate, target), target)
        gap.years.append(YearResult(year, status, rate, found.as_of, today > date(year, 12, 31), headline=found))
    measured = [y for y in gap.years if y.value is not None]
    if not measured:
        _nothing_measured(target, gap, before)
        gap.required_per_year = target.value if not gap.deadline_passed else None
        return
    if before:
        found = gaps.choose(before, target)
        gap.baseline_headline, gap.baseline, gap.baseline_as_of = found, found.chosen.value, found.as_of

    latest = max(measured, key=lambda y: y.as_of)
    average = _average([y.value for y in measured])
    gap.actual, gap.actual_as_of = average, latest.as_of
    gap.headline, gap.actual_observation = latest.headline, latest.headline.chosen
    value = target.value
    gap.gap = (value - average) if gaps.higher_is_better(target.op) else (average - value)
    gap.gap_share = gap.gap / abs(value) if value else None
    gap.progress = gap.growth_ratio = _ratio(average, target)
    listed = "; ".join(f"{y.year}: {num(y.value)}%" for y in measured)
    facts = {"average": f"{num(average)}%", "years": listed, "op": target.op, "target": f"{num(value)}%"}
    met = gaps.satisfies(average, target.op, value)
    if len(measured) == len(years):
        gap.status = gaps.MET if met else gaps.NOT_MET
        gap.reason = Reason("gap_rate_final", facts)
        gap.gap = min(gap.gap, 0.0) if met else gap.gap
        return
    if gap.deadline_passed:  # over, with a year nobody measured: the average over the period is unknown
        gap.status, gap.reason = gaps.NO_DATA, Reason("gap_rate_progress", facts)
        return
    remaining = len(years) - len(measured)
    product = 1.0
    for y in measured:
        product *= 1 + y.value / 100
    needed = (1 + value / 100) ** len(years) / product if product > 0 else None
    if needed is not None and needed > 0:
        gap.required_per_year = (needed ** (1 / remaining) - 1) * 100
        gap.required_growth = gap.required_per_year / 100
    gap.status = gaps.ON_TRACK if met else gaps.status_from_ratio(gap.growth_ratio, target)
    gap.reason = Reason("gap_rate_progress", facts)


# ----- per-year targets ----------------------------------------------------------------------------------------

def _year_share(day: date) -> float:
    """The part of its calendar year that ends on ``day`` (1 January -> 1/365)."""
    return ((day - date(day.year, 1, 1)).days + 1) / (366 if isleap(day.year) else 365)


def _judge_year(target: Target, gap: Gap, year: int, today: date) -> YearResult:
    within = [o for o in gap.comparable if o.as_of.year == year]
    complete = today > date(year, 12, 31)
    found = gaps.choose(within, target)
    if found is None:
        return YearResult(year, gaps.NO_DATA, complete=complete)
    value, reached = target.value, found.chosen.value
    result = YearResult(year, gaps.NO_DATA, reached, found.as_of, complete, headline=found)
    result.pace = reached / _year_share(found.as_of)
    result.still_needed = max(value - reached, 0.0) if gaps.higher_is_better(target.op) else None
    facts = {"year": year, "value": target.amount(reached), "target": target.amount(value),
             "date": found.as_of.isoformat()}
    if gaps.satisfies(reached, target.op, value):
        result.status = gaps.MET
    elif complete and found.as_of >= date(year, 12, 1):
        result.status = gaps.NOT_MET
        gap.notes.append(Reason("gap_year_missed", facts))
    else:
        if complete:
            gap.notes.append(Reason("gap_year_partial", facts))
        if gaps.higher_is_better(target.op):
            result.status = gaps.status_from_ratio(result.pace / value if value else 0.0, target)
        else:  # an "at most" value a year is only known once the year is over
            result.status = gaps.ON_TRACK if gaps.satisfies(result.pace, target.op, value) else gaps.LIMITED
    return result


def judge_per_year(target: Target, gap: Gap, today: date) -> None:
    within, before = _in_period(target, gap)
    years = [y for y in _years(target, within, today) if y <= today.year]
    gap.years = [_judge_year(target, gap, year, today) for year in years]
    judged = [y for y in gap.years if y.status != gaps.NO_DATA and y.value is not None]
    if not judged:
        _nothing_measured(target, gap, [])
        if before and gap.status == gaps.NO_DATA:
            gap.reason = Reason("gap_flow_before_period", {
                "start": target.period_start.isoformat() if target.period_start else "—"})
        return
    if any(y.status == gaps.NOT_MET for y in judged):
        gap.flags.append(gaps.YEAR_MISSED)
    current = max(judged, key=lambda y: y.year)
    value = target.value
    gap.actual, gap.actual_as_of = current.value, current.as_of
    gap.headline, gap.actual_observation = current.headline, current.headline.chosen
    gap.gap = (value - current.value) if gaps.higher_is_better(target.op) else (current.value - value)
    gap.gap_share = gap.gap / abs(value) if value else None
    gap.progress = current.value / value if value else None
    year_end = date(current.year, 12, 31)
    if current.year == today.year and today < year_end and current.still_needed:
        gap.required_per_year = current.still_needed / gaps.years_between(today, year_end)
    if current.as_of < year_end and current.still_needed:
        gap.implied_per_year = current.still_needed / gaps.years_between(current.as_of, year_end)
    gap.growth_ratio = current.pace / value if value else None

    final = gap.deadline_passed
    worst = min((y.status for y in judged), key=_ORDER.index)
    if not final:
        gap.status = gaps.ON_TRACK if worst == gaps.MET else worst
    elif worst == gaps.MET and len(judged) < len(gap.years):
        gap.status = gaps.NO_DATA  # the period is over and a year has no figure: it cannot be called met
    else:
        gap.status = worst
    if final:
        listed = "; ".join(f"{y.year}: {'—' if y.value is None else target.amount(y.value)}" for y in gap.years)
        gap.reason = Reason("gap_per_year_final", {"years": listed})
    else:
        gap.reason = Reason("gap_per_year_current", {
            "year": current.year, "value": target.amount(current.value), "date": current.as_of.isoformat(),
            "pace": f"{num(current.pace, 1)}{target.unit or ''}", "target": target.amount(value)})
