"""Gap analysis for one target: pure functions over plain values, no database.

The status follows the OpenSDG progress method: the ratio of observed to required growth decides between
on track (>= 95 %), acceleration needed (60-95 %), limited progress (0-60 %) and deterioration (< 0), with
per-target overrides of the two thresholds. Growth is compounded (CAGR) when both ends are positive, linear
otherwise (zero or negative values have no meaningful CAGR).

Rules the brief sets: growth is never recomputed from levels reported by different sources; an observation
whose definition differs from the target's is "not comparable", never subtracted.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

MET = "met"
ON_TRACK = "on_track"
ACCELERATION = "acceleration_needed"
LIMITED = "limited_progress"
DETERIORATION = "deterioration"
NO_DATA = "no_data"
NOT_COMPARABLE = "not_comparable"
STATUSES = (MET, ON_TRACK, ACCELERATION, LIMITED, DETERIORATION, NO_DATA, NOT_COMPARABLE)

DEFAULT_ON_TRACK = 0.95
DEFAULT_ACCELERATION = 0.60
DAYS_PER_YEAR = 365.2425
CONFIDENCE_RANK = {"high": 3, "medium": 2, "low": 1}
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


@dataclass
class Gap:
    status: str
    reason: str = ""
    actual: float | None = None
    actual_as_of: date | None = None
    actual_observation: Observation | None = None
    actual_from_rule: bool = False
    start_value: float | None = None
    start_date: date | None = None
    gap: float | None = None
    gap_share: float | None = None
    progress: float | None = None
    years_left: float | None = None
    required_growth: float | None = None
    required_per_year: float | None = None
    observed_growth: float | None = None
    observed_per_year: float | None = None
    growth_ratio: float | None = None
    projected: float | None = None
    expected_now: float | None = None
    deadline_passed: bool = False
    comparable: list[Observation] = field(default_factory=list)
    not_comparable: list[Observation] = field(default_factory=list)


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


def _latest(observations: list[Observation]) -> Observation:
    return max(observations, key=lambda o: (o.as_of, CONFIDENCE_RANK.get(o.confidence or "", 0), o.id))


def _growth(start: float, end: float, years: float) -> tuple[float | None, float]:
    """(compound rate or None, linear change per year) from ``start`` to ``end`` over ``years``."""
    per_year = (end - start) / years
    cagr = (end / start) ** (1 / years) - 1 if start > 0 and end > 0 else None
    return cagr, per_year


def _status_from_ratio(ratio: float, target: Target) -> str:
    on_track = target.on_track_ratio if target.on_track_ratio is not None else DEFAULT_ON_TRACK
    accel = target.acceleration_ratio if target.acceleration_ratio is not None else DEFAULT_ACCELERATION
    if ratio >= on_track:
        return ON_TRACK
    if ratio >= accel:
        return ACCELERATION
    if ratio >= 0:
        return LIMITED
    return DETERIORATION


def analyse(
    target: Target,
    observations: list[Observation],
    today: date,
    computed_actual: float | None = None,
) -> Gap:
    """The gap of one target as of ``today``.

    Args:
        observations: the target's observations (any source, any definition).
        computed_actual: the value of the target's rule, when it has one; it counts as measured today.
    """
    if target.kind == "qualitative":
        return _qualitative(observations)

    wanted_kind = "rate" if target.kind == "rate" else "level"
    usable = [o for o in observations if o.value is not None and o.kind == wanted_kind]
    if target.kind == "flow" and target.plan_start_year:
        # Flow targets count what happened since the plan started; earlier figures are another period.
        usable = [o for o in usable if o.as_of >= date(target.plan_start_year, 1, 1)]
    comparable = [o for o in usable if is_comparable(target, o)]
    gap = Gap(status=NO_DATA, comparable=comparable, not_comparable=[o for o in usable if o not in comparable])

    if target.value is None or target.op is None:
        gap.reason = "the target has no value"
        return gap

    latest: Observation | None = None
    if computed_actual is not None:
        gap.actual, gap.actual_as_of, gap.actual_from_rule = float(computed_actual), today, True
    elif comparable:
        latest = _latest(comparable)
        gap.actual, gap.actual_as_of, gap.actual_observation = latest.value, latest.as_of, latest
    elif gap.not_comparable:
        gap.status = NOT_COMPARABLE
        gap.reason = "observations measure a different definition than the target"
        return gap
    else:
        gap.reason = "no observation"
        return gap

    actual, value = gap.actual, target.value
    better_up = higher_is_better(target.op)
    deadline = deadline_date(target.deadline_year) if target.deadline_year else None
    if deadline:
        gap.years_left = max(0.0, years_between(today, deadline))
        gap.deadline_passed = today > deadline
    gap.gap = (value - actual) if better_up else (actual - value)
    gap.gap_share = (gap.gap / abs(value)) if value else None

    if target.kind == "rate":
        return _rate(target, gap)

    start = _start_point(target, comparable, latest)
    if start is not None:
        gap.start_value, gap.start_date = start
        if target.value != gap.start_value:
            gap.progress = (actual - gap.start_value) / (value - gap.start_value)
    elif value:
        gap.progress = actual / value

    if satisfies(actual, target.op, value):
        gap.status, gap.gap = MET, min(gap.gap, 0.0)
        gap.reason = "target met"
        gap.progress = max(gap.progress or 1.0, 1.0)
        return gap

    # Required pace from the latest measurement to the end of the deadline year.
    span = years_between(gap.actual_as_of, deadline) if deadline else None
    if span is not None and span > 0:
        gap.required_growth, gap.required_per_year = _growth(actual, value, span)

    if start is None:
        gap.reason = "one measurement and no baseline: no trend to judge"
        return gap
    elapsed = years_between(gap.start_date, gap.actual_as_of)
    if elapsed <= 0:
        gap.reason = "the baseline is not older than the latest measurement: no trend to judge"
        return gap
    gap.observed_growth, gap.observed_per_year = _growth(gap.start_value, actual, elapsed)

    if span is not None and span > 0:
        years_to_deadline = span
        if gap.required_growth is not None and gap.observed_growth is not None and gap.required_growth != 0:
            gap.growth_ratio = gap.observed_growth / gap.required_growth
            gap.projected = actual * (1 + gap.observed_growth) ** years_to_deadline
        elif gap.required_per_year:
            gap.growth_ratio = gap.observed_per_year / gap.required_per_year
            gap.projected = actual + gap.observed_per_year * years_to_deadline
        # Where the actual should stand today on the straight path from the start to the target.
        total = years_between(gap.start_date, deadline)
        if total > 0:
            frac = min(1.0, max(0.0, years_between(gap.start_date, today) / total))
            gap.expected_now = gap.start_value + (value - gap.start_value) * frac
    if gap.deadline_passed or span is None or span <= 0:
        moved_right_way = (actual - gap.start_value) * (1 if better_up else -1)
        gap.status = DETERIORATION if moved_right_way < 0 else LIMITED
        gap.reason = "deadline passed without meeting the target"
        return gap
    if gap.growth_ratio is None:
        gap.reason = "growth cannot be compared"
        return gap
    gap.status = _status_from_ratio(gap.growth_ratio, target)
    gap.reason = f"observed/required growth = {gap.growth_ratio:.0%}"
    return gap


def _start_point(target: Target, comparable: list[Observation], latest: Observation | None):
    """Where progress is measured from: the target's baseline, zero at plan start for a flow target, or
    the earliest earlier observation *of the same source* as the latest one (never across sources)."""
    if target.baseline_value is not None and target.baseline_year is not None:
        return target.baseline_value, deadline_date(target.baseline_year)
    if target.kind == "flow" and target.plan_start_year:
        return 0.0, date(target.plan_start_year, 1, 1)
    if latest is None:
        return None
    same_source = [
        o for o in comparable
        if o.source_id == latest.source_id and o.as_of < latest.as_of and o.id != latest.id
    ]
    if not same_source:
        return None
    first = min(same_source, key=lambda o: (o.as_of, o.id))
    return first.value, first.as_of


def _rate(target: Target, gap: Gap) -> Gap:
    """A rate target (e.g. average growth > 20 %/yr): the measured rate is compared directly."""
    actual, value = gap.actual, target.value
    if satisfies(actual, target.op, value):
        gap.status, gap.gap, gap.progress, gap.reason = MET, min(gap.gap, 0.0), 1.0, "target met"
        return gap
    if value:
        ratio = actual / value if higher_is_better(target.op) else (value / actual if actual else 0.0)
        gap.growth_ratio = gap.progress = ratio
        gap.status = _status_from_ratio(ratio, target)
        gap.reason = f"measured rate is {ratio:.0%} of the target rate"
    return gap


def _qualitative(observations: list[Observation]) -> Gap:
    assessed = [o for o in observations if o.level]
    if not assessed:
        return Gap(status=NO_DATA, reason="not assessed yet")
    latest = _latest(assessed)
    return Gap(
        status=QUALITATIVE_STATUS.get(latest.level, NO_DATA),
        reason=f"assessed as {latest.level}",
        actual_as_of=latest.as_of,
        actual_observation=latest,
        comparable=assessed,
    )
