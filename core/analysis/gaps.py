"""Gap analysis for one target: pure functions over plain values, no database.

Every target knows its plan period: from 1 January of the plan's start year to 31 December of its deadline
year. What counts as the actual depends on the kind of target (docs/gap-rules.md has the rules in full):

- a stock (and a stretch value) is judged on the latest level measured in the period;
- a flow on what was added since the period began (its observations count from the period's start);
- a rate (年均增长) on the average of the yearly growth rates measured inside the period;
- a per-year target (每年) year by year, the current year on its pace so far.

Observations from before the period are the baseline, never the actual. An observation counts only once it
was known: its date and its source's publication date are on or before the day asked about, so ``--as-of``
gives the answers the tool would have given that day. When sources disagree on the latest date, the headline
follows core.analysis.headline. Pace: the status compares the growth observed (same source only, never
across sources) with the growth the last observation implied to the deadline; the pace required from the day
asked about is reported beside it. A figure older than ``stale_after_months`` marks the target "data out of
date". Growth is compounded (CAGR) when both ends are positive, linear otherwise.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from core.analysis import headline as headlines
from core.analysis.messages import Reason, num
from core.vocabulary.choices import STATUS_TERMS

MET = "met"
ON_TRACK = "on_track"
ACCELERATION = "acceleration_needed"
LIMITED = "limited_progress"
DETERIORATION = "deterioration"
NOT_MET = "not_met"
NO_TREND = "no_trend"
BASELINE_ONLY = "baseline_only"
NO_DATA = "no_data"
NOT_COMPARABLE = "not_comparable"
STATUSES = tuple(STATUS_TERMS)

SOURCES_DISAGREE = "sources_disagree"
STALE_DATA = "stale_data"
YEAR_MISSED = "year_missed"

DEFAULT_ON_TRACK = 0.95
DEFAULT_ACCELERATION = 0.60
DEFAULT_STALE_MONTHS = 12
DAYS_PER_YEAR = 365.2425
DAYS_PER_MONTH = DAYS_PER_YEAR / 12
QUALITATIVE_STATUS = {"achieved": MET, "on_track": ON_TRACK, "behind": ACCELERATION, "stalled": LIMITED}


@dataclass(frozen=True)
class Target:
    id: int
    code: str
    op: str | None
    value: float | None
    deadline_year: int | None
    kind: str = "stock"
    baseline_value: float | None = None
    baseline_year: int | None = None
    definition: str | None = None
    plan_start_year: int | None = None
    on_track_ratio: float | None = None
    acceleration_ratio: float | None = None
    per_year: bool = False
    preferred_source_id: int | None = None
    unit: str | None = None

    def amount(self, value) -> str:
        """A value of this target as a fact: 2,200家, 35%."""
        return f"{num(value)}{self.unit or ''}"

    @property
    def period_start(self) -> date | None:
        return date(self.plan_start_year, 1, 1) if self.plan_start_year else None

    @property
    def deadline(self) -> date | None:
        return deadline_date(self.deadline_year) if self.deadline_year else None


@dataclass(frozen=True)
class Observation:
    id: int
    value: float | None
    as_of: date
    kind: str = "level"
    level: str | None = None
    definition: str | None = None
    source_id: int | None = None
    confidence: str | None = None
    qualifier: str | None = None
    published: date | None = None  # the last day its source can have been published (None: unknown)

    def known_on(self, day: date) -> bool:
        return self.as_of <= day and (self.published is None or self.published <= day)


@dataclass
class YearResult:
    """One calendar year of a per-year (每年) or rate (年均) target."""

    year: int
    status: str
    value: float | None = None
    as_of: date | None = None
    complete: bool = False  # the year is over on the day asked about
    pace: float | None = None  # per-year targets: the year's value at this pace over a whole year
    still_needed: float | None = None  # per-year targets: what the year still needs
    headline: headlines.Headline | None = None


@dataclass
class Gap:
    status: str
    reason: Reason = field(default_factory=lambda: Reason("gap_no_observation"))
    notes: list[Reason] = field(default_factory=list)  # beside the status: sources, age, years missed
    flags: list[str] = field(default_factory=list)  # SOURCES_DISAGREE, STALE_DATA, YEAR_MISSED
    actual: float | None = None
    actual_as_of: date | None = None
    actual_observation: Observation | None = None
    actual_from_rule: bool = False
    headline: headlines.Headline | None = None  # of the actual, or of the baseline when there is no actual
    baseline: float | None = None  # the level at the period's start (a flow: 0), or the target's own baseline
    baseline_as_of: date | None = None
    baseline_headline: headlines.Headline | None = None
    start_value: float | None = None  # where the observed trend starts (same source as the actual)
    start_date: date | None = None
    gap: float | None = None  # what is still missing (from the actual, else from the baseline)
    gap_share: float | None = None
    progress: float | None = None
    years_left: float | None = None
    required_per_year: float | None = None  # from the day asked about to the deadline (rates: growth a year)
    required_growth: float | None = None
    implied_per_year: float | None = None  # from the last observation's date to the deadline
    implied_growth: float | None = None
    observed_growth: float | None = None
    observed_per_year: float | None = None
    growth_ratio: float | None = None
    projected: float | None = None
    expected_now: float | None = None
    deadline_passed: bool = False
    period_start: date | None = None
    period_end: date | None = None
    data_as_of: date | None = None  # the date of the latest figure used
    age_months: float | None = None
    years: list[YearResult] = field(default_factory=list)
    comparable: list[Observation] = field(default_factory=list)
    not_comparable: list[Observation] = field(default_factory=list)
    unpublished: list[Observation] = field(default_factory=list)  # dated on or before the day, published after


def higher_is_better(op: str | None) -> bool:
    return op not in ("<=", "<")


def satisfies(actual: float, op: str, value: float) -> bool:
    return {
        ">=": actual >= value,
        ">": actual > value,
        "<=": actual <= value,
        "<": actual < value,
        "=": abs(actual - value) <= 1e-9 * max(1.0, abs(value)),
    }[op]


def years_between(a: date, b: date) -> float:
    return (b - a).days / DAYS_PER_YEAR


def deadline_date(year: int) -> date:
    return date(year, 12, 31)


def _normalise(text: str | None) -> str:
    return "".join((text or "").split()).lower()


def is_comparable(target: Target, obs: Observation) -> bool:
    """Comparable unless both carry a definition and the definitions differ."""
    if not obs.definition or not target.definition:
        return True
    return _normalise(obs.definition) == _normalise(target.definition)


def growth(start: float, end: float, years: float) -> tuple[float | None, float]:
    """(compound rate or None, linear change per year) from ``start`` to ``end`` over ``years``."""
    per_year = (end - start) / years
    cagr = (end / start) ** (1 / years) - 1 if start > 0 and end > 0 else None
    return cagr, per_year


def status_from_ratio(ratio: float, target: Target) -> str:
    on_track = target.on_track_ratio if target.on_track_ratio is not None else DEFAULT_ON_TRACK
    accel = target.acceleration_ratio if target.acceleration_ratio is not None else DEFAULT_ACCELERATION
    if ratio >= on_track:
        return ON_TRACK
    if ratio >= accel:
        return ACCELERATION
    if ratio >= 0:
        return LIMITED
    return DETERIORATION


def choose(observations, target: Target) -> headlines.Headline | None:
    return headlines.choose(observations, higher_is_better=higher_is_better(target.op),
                            preferred_source_id=target.preferred_source_id)


def analyse(
    target: Target,
    observations: list[Observation],
    today: date,
    computed_actual: float | None = None,
    *,
    stale_after_months: int = DEFAULT_STALE_MONTHS,
) -> Gap:
    """The gap of one target as the tool sees it on ``today`` (the day asked about).

    Args:
        observations: the target's observations (any source, any definition, any date).
        computed_actual: the value of the target's rule, when it has one; it counts as measured ``today``.
        stale_after_months: a latest figure older than this marks the target "data out of date".
    """
    from core.analysis import levels, yearly  # they build on this module's types

    known = [o for o in observations if o.known_on(today)]
    unpublished = [o for o in observations if o.as_of <= today and not o.known_on(today)]
    if target.kind == "qualitative":
        gap = _qualitative(known)
    else:
        wanted_kind = "rate" if target.kind == "rate" else "level"
        usable = [o for o in known if o.value is not None and o.kind == wanted_kind]
        comparable = [o for o in usable if is_comparable(target, o)]
        gap = Gap(status=NO_DATA, comparable=comparable, not_comparable=[o for o in usable if o not in comparable])
        gap.period_start, gap.period_end = target.period_start, target.deadline
        if target.deadline:
            gap.years_left = max(0.0, years_between(today, target.deadline))
            gap.deadline_passed = today > target.deadline
        if target.value is None or target.op is None:
            gap.reason = Reason("gap_no_value")
        elif target.kind == "rate":
            yearly.judge_rate(target, gap, today)
        elif target.per_year:
            yearly.judge_per_year(target, gap, today)
        else:
            levels.judge_level(target, gap, today, computed_actual)
    if unpublished:
        gap.unpublished = unpublished
        gap.notes.append(Reason("gap_not_yet_published", {"count": len(unpublished), "date": today.isoformat()}))
    _mark_sources(gap, target)
    _mark_age(gap, today, stale_after_months)
    return gap


def _mark_sources(gap: Gap, target: Target) -> None:
    shown = [gap.headline] if gap.headline else []
    shown += [y.headline for y in gap.years if y.headline and y.headline is not gap.headline]
    for h in shown:
        if not h.disagree:
            continue
        if SOURCES_DISAGREE not in gap.flags:
            gap.flags.append(SOURCES_DISAGREE)
        facts = {"date": h.as_of.isoformat(), "low": target.amount(h.low), "high": target.amount(h.high),
                 "value": target.amount(h.chosen.value)}
        if h.rule == headlines.PREFERRED_SOURCE:
            gap.notes.append(Reason("gap_sources_preferred", {**facts, "source_id": h.chosen.source_id}))
        else:
            gap.notes.append(Reason("gap_sources_conservative", facts))


def _mark_age(gap: Gap, today: date, stale_after_months: int) -> None:
    """Flag a target whose latest figure (the actual's, else the baseline's) is older than the threshold."""
    if gap.actual_from_rule:
        return
    used = [gap.actual_as_of, *(y.as_of for y in gap.years)]
    if gap.actual is None and gap.baseline_headline is not None:
        used.append(gap.baseline_as_of)
    dates = [d for d in used if d is not None]
    if not dates:
        return
    gap.data_as_of = max(dates)
    gap.age_months = (today - gap.data_as_of).days / DAYS_PER_MONTH
    if gap.age_months > stale_after_months and gap.status != MET:
        gap.flags.append(STALE_DATA)
        gap.notes.append(Reason("gap_stale", {"months": f"{gap.age_months:.0f}", "date": gap.data_as_of.isoformat()}))


def _qualitative(observations: list[Observation]) -> Gap:
    assessed = [o for o in observations if o.level]
    if not assessed:
        return Gap(status=NO_DATA, reason=Reason("gap_not_assessed"))
    latest = max(assessed, key=lambda o: (o.as_of, headlines.CONFIDENCE_RANK.get(o.confidence or "", 0), -o.id))
    return Gap(
        status=QUALITATIVE_STATUS.get(latest.level, NO_DATA),
        reason=Reason("gap_qualitative", {"choices": [latest.level], "choice_set": "qual_level",
                                          "date": latest.as_of.isoformat()}),
        actual_as_of=latest.as_of,
        actual_observation=latest,
        comparable=assessed,
    )
