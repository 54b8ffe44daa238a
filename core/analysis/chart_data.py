"""What the gap charts and tiles show, as plain data (no Qt): the dashboard and the printed report draw the
same numbers, and name statuses and marks by their vocabulary keys (core.vocabulary STATUS_TERMS/FLAG_TERMS).

Progress bars put baseline, actual, target and today's expected value on one scale: percent of the target
(target = 100 %), so targets in 家, 亿元 and EFLOPS can stand in one chart. Each bar also carries the marks
("sources disagree" with every value and the range, "data out of date" with the age), the pace needed from
the day asked about beside the pace the last figure implied, and the reason (code + facts).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from core.analysis import coverage, gaps
from core.analysis.database import Analysis, TargetResult
from core.analysis.messages import Reason
from core.vocabulary.choices import STATUS_TERMS

# Matrix columns: local suppliers, those in mass production, centres serving it, integrators depending on it
# (supply links), and supplier facts still to be checked.
MEASURES = ("local_suppliers", "mass", "centres", "integrators", "to_check")
LOOKS = ("bar", "baseline", "no_data", "not_comparable", "qualitative")


@dataclass(frozen=True)
class SourceValue:
    """One source's value for the headline's date (several when sources disagree)."""

    value: float
    qualifier: str | None
    source: str  # "[ref] title"
    publisher: str | None
    observation_id: int
    headline: bool  # the value the headline rule picked


@dataclass
class ProgressBar:
    target_id: int
    plan: str
    code: str
    name_zh: str
    name_en: str | None
    unit: str | None
    op: str | None
    value: float | None
    deadline_year: int | None
    status: str
    kind: str
    actual: float | None
    baseline: float | None
    expected_now: float | None
    required_per_year: float | None
    actual_pct: float | None  # actual as % of target
    baseline_pct: float | None
    expected_pct: float | None
    look: str  # LOOKS: "bar" (an actual), "baseline" (only a figure from before the period), "no_data" …
    sources: list[str] = field(default_factory=list)
    observation_ids: list[int] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)  # sources_disagree, stale_data, year_missed
    per_year: bool = False
    baseline_as_of: date | None = None
    actual_as_of: date | None = None
    qualifier: str | None = None  # of the headline figure (约, 超, 余 …)
    values: list[SourceValue] = field(default_factory=list)  # every source's value for the headline's date
    value_low: float | None = None
    value_high: float | None = None
    headline_rule: str | None = None  # only_value, preferred_source, most_conservative (HEADLINE_RULE_TERMS)
    implied_per_year: float | None = None  # the pace the last figure implied (from its date to the deadline)
    data_as_of: date | None = None
    age_months: float | None = None
    years: list[gaps.YearResult] = field(default_factory=list)  # per-year and rate targets
    reason: Reason | None = None
    notes: list[Reason] = field(default_factory=list)

    @property
    def sources_disagree(self) -> bool:
        return gaps.SOURCES_DISAGREE in self.flags

    @property
    def stale(self) -> bool:
        return gaps.STALE_DATA in self.flags


def _pct(x, target) -> float | None:
    if x is None or not target:
        return None
    return 100.0 * x / target


def progress_bar(t: TargetResult) -> ProgressBar:
    row, g = t.row, t.gap
    value = row["value"]
    if row["kind"] == "qualitative":
        look = "qualitative"
    elif g.status == gaps.NOT_COMPARABLE:
        look = "not_comparable"
    elif g.actual is not None:
        look = "bar"
    elif g.baseline_headline is not None:
        look = "baseline"  # a measured level from before the plan period: shown as a baseline, never as progress
    else:
        look = "no_data"
    lower_better = not gaps.higher_is_better(row["op"])
    pct = (lambda x: _pct(value, x) if lower_better and x else _pct(x, value))  # noqa: E731
    sources = sorted({f"[{o['source_ref']}] {o['source_title']}" for o in t.observations if o["source_title"]})
    values = []
    if g.headline is not None:
        for obs in g.headline.values:
            found = t.observation(obs.id) or {}
            values.append(SourceValue(obs.value, obs.qualifier, f"[{found.get('source_ref') or '?'}] "
                                      f"{found.get('source_title') or ''}".strip(), found.get("source_publisher"),
                                      obs.id, obs is g.headline.chosen))
    baseline = g.baseline if g.baseline is not None else g.start_value
    return ProgressBar(
        target_id=row["id"], plan=row["plan_code"], code=row["code"], name_zh=row["name_zh"], name_en=row["name_en"],
        unit=row["unit"], op=row["op"], value=value, deadline_year=row["deadline_year"], status=g.status,
        kind=row["kind"], actual=g.actual, baseline=baseline, expected_now=g.expected_now,
        required_per_year=g.required_per_year, actual_pct=pct(g.actual), baseline_pct=pct(baseline),
        expected_pct=pct(g.expected_now), look=look, sources=sources,
        observation_ids=[o["id"] for o in t.observations], flags=list(g.flags), per_year=bool(row.get("per_year")),
        baseline_as_of=g.baseline_as_of, actual_as_of=g.actual_as_of,
        qualifier=g.headline.chosen.qualifier if g.headline else None, values=values,
        value_low=g.headline.low if g.headline else None, value_high=g.headline.high if g.headline else None,
        headline_rule=g.headline.rule if g.headline else None, implied_per_year=g.implied_per_year,
        data_as_of=g.data_as_of, age_months=g.age_months, years=list(g.years), reason=g.reason,
        notes=list(g.notes),
    )


def progress_bars(analysis: Analysis, *, plans=None, deadline=None, statuses=None, flags=None) -> list[ProgressBar]:
    """Bars grouped by plan (in analysis order), filtered by plan codes, deadline year, statuses and marks
    (a target carrying any of ``flags``)."""
    out = []
    for t in analysis.targets:
        if plans and t.row["plan_code"] not in plans:
            continue
        if deadline and t.row["deadline_year"] != deadline:
            continue
        if statuses and t.gap.status not in statuses:
            continue
        if flags and not set(flags) & set(t.gap.flags):
            continue
        out.append(progress_bar(t))
    return out


@dataclass
class TrajectoryPoint:
    when: date
    value: float
    source: str
    observation_id: int
    comparable: bool


@dataclass
class Trajectory:
    target: ProgressBar
    points: dict[str, list[TrajectoryPoint]]  # by source label: each source its own series
    projection: list[tuple[date, float]]  # latest actual -> deadline at the observed growth
    required_path: list[tuple[date, float]]  # latest actual -> target at the required pace
    target_point: tuple[date, float] | None


def trajectory(t: TargetResult) -> Trajectory:
    from core.analysis.database import parse_date

    g, row = t.gap, t.row
    comparable_ids = {o.id for o in g.comparable}
    points: dict[str, list[TrajectoryPoint]] = {}
    for o in t.observations:
        when = parse_date(o["as_of"])
        if when is None or o["value"] is None:
            continue
        label = f"[{o['source_ref'] or '?'}] {o['source_publisher'] or o['source_title'] or ''}".strip()
        points.setdefault(label, []).append(TrajectoryPoint(when, o["value"], label, o["id"], o["id"] in comparable_ids))
    deadline = gaps.deadline_date(row["deadline_year"]) if row["deadline_year"] else None
    projection, required = [], []
    if g.actual is not None and g.actual_as_of and deadline and g.projected is not None:
        projection = [(g.actual_as_of, g.actual), (deadline, g.projected)]
    if g.actual is not None and g.actual_as_of and deadline and row["value"] is not None and g.status != gaps.MET:
        required = [(g.actual_as_of, g.actual), (deadline, row["value"])]
    if g.start_value is not None and g.start_date and deadline and row["value"] is not None:
        required = [(g.start_date, g.start_value), *required] if required else [(g.start_date, g.start_value),
                                                                                 (deadline, row["value"])]
    target_point = (deadline, row["value"]) if deadline and row["value"] is not None else None
    return Trajectory(progress_bar(t), points, projection, required, target_point)


@dataclass
class MatrixRow:
    component_id: int
    name_zh: str
    name_en: str | None
    layer_key: str | None
    layer_zh: str
    wanted: int
    values: dict[str, int]  # MEASURES; "integrators" counts supply links, never the standard-BOM assumption
    flags: list[str]
    surveyed: bool = True
    survey: coverage.Survey | None = None
    facts_to_check: int = 0  # supplier facts (capability rows) still to be checked
    local_unchecked: int = 0  # local suppliers resting only on rows still to be checked
    criticality: str | None = None
    in_standard_bom: bool = False
    integrators_bom: int = 0  # every integrator, when it is in the standard BOM (shown apart, not dependence)
    gap_rank: int | None = None  # its place in the ranked chain gaps

    def level(self, measure: str) -> str:
        """How its ``measure`` cell is coloured (:func:`cell_level`): supplier counts are unknown only while
        nobody has surveyed it and no local supplier is recorded."""
        known = self.surveyed or self.values["local_suppliers"] > 0
        return cell_level(measure, self.values[measure], self.wanted, known)


def coverage_matrix(analysis: Analysis) -> list[MatrixRow]:
    names = {lay.key: lay.name_zh for lay in analysis.layers}
    ranks = {g.component.id: g.rank for g in analysis.ranked_gaps}
    return [
        MatrixRow(
            component_id=c.id, name_zh=c.name_zh, name_en=c.name_en, layer_key=c.top_layer_key,
            layer_zh=names.get(c.top_layer_key, ""), wanted=c.wanted,
            values={"local_suppliers": c.local_suppliers, "mass": c.by_stage["mass"], "centres": c.centres,
                    "integrators": c.integrators, "to_check": c.facts_to_check},
            flags=list(c.flags), surveyed=c.surveyed, survey=c.survey, facts_to_check=c.facts_to_check,
            local_unchecked=c.local_unchecked, criticality=c.criticality, in_standard_bom=c.in_standard_bom,
            integrators_bom=c.integrators_bom, gap_rank=ranks.get(c.id),
        )
        for c in analysis.components
    ]


def cell_level(measure: str, value: int, wanted: int, surveyed: bool = True) -> str:
    """How a matrix cell is coloured: against the wanted number of suppliers for supplier measures; an empty
    supplier cell of a component nobody has surveyed is "unknown", not "empty"; facts still to check "check"."""
    if measure in ("local_suppliers", "mass"):
        if value == 0 and not surveyed:
            return "unknown"
        if value == 0:
            return "empty"
        if value < max(wanted, 1) or (value == 1 and wanted >= 2):
            return "thin"
        return "ok"
    if measure == "to_check":
        return "none" if value == 0 else "check"
    # Centres and dependent integrators are context, not a supply gap: neutral colours.
    return "none" if value == 0 else "some"


@dataclass(frozen=True)
class Tile:
    """A headline count: ``key`` is a status (STATUS_TERMS) or a flag (FLAG_TERMS), worded from the vocabulary."""

    key: str
    count: int
    kind: str  # "status" or "flag"


def status_tiles(analysis: Analysis) -> list[Tile]:
    """One tile per status that occurs (in the vocabulary's order, with the same words as legend and report),
    then the targets marked "sources disagree" and "data out of date"."""
    counts = analysis.status_counts()
    tiles = [Tile(s, counts.get(s, 0), "status") for s in STATUS_TERMS if counts.get(s, 0)]
    flags = analysis.flag_counts()
    tiles += [Tile(f, flags[f], "flag") for f in (gaps.SOURCES_DISAGREE, gaps.STALE_DATA) if flags.get(f)]
    return tiles


def chain_tiles(analysis: Analysis) -> list[Tile]:
    """Components with no local supplier (surveyed ones only), not yet surveyed, single-source, and supplier
    facts still to be checked (a count of capability rows, not of components)."""
    comps = analysis.components
    return [
        Tile(coverage.NO_LOCAL, sum(1 for c in comps if coverage.NO_LOCAL in c.flags), "flag"),
        Tile(coverage.NOT_SURVEYED, sum(1 for c in comps if coverage.NOT_SURVEYED in c.flags), "flag"),
        Tile(coverage.SINGLE_SOURCE, sum(1 for c in comps if coverage.SINGLE_SOURCE in c.flags), "flag"),
        Tile(coverage.TO_CHECK, sum(c.facts_to_check for c in comps), "flag"),
    ]
