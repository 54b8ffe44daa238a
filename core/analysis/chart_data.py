"""What the gap charts show, as plain data (no Qt): the dashboard and the printed report draw the same numbers.

Progress bars put baseline, actual, target and today's expected value on one scale: percent of the target
(target = 100 %), so targets in 家, 亿元 and EFLOPS can stand in one chart.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from core.analysis import gaps
from core.analysis.database import Analysis, TargetResult

MEASURES = ("local_suppliers", "mass", "centres", "integrators")


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
    look: str  # "bar", "no_data", "not_comparable", "qualitative"
    sources: list[str] = field(default_factory=list)
    observation_ids: list[int] = field(default_factory=list)


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
    elif g.actual is None:
        look = "no_data"
    else:
        look = "bar"
    lower_better = not gaps.higher_is_better(row["op"])
    pct = (lambda x: _pct(value, x) if lower_better and x else _pct(x, value))  # noqa: E731
    sources = sorted({f"[{o['source_ref']}] {o['source_title']}" for o in t.observations if o["source_title"]})
    return ProgressBar(
        target_id=row["id"], plan=row["plan_code"], code=row["code"], name_zh=row["name_zh"], name_en=row["name_en"],
        unit=row["unit"], op=row["op"], value=value, deadline_year=row["deadline_year"], status=g.status,
        kind=row["kind"], actual=g.actual, baseline=g.start_value, expected_now=g.expected_now,
        required_per_year=g.required_per_year, actual_pct=pct(g.actual), baseline_pct=pct(g.start_value),
        expected_pct=pct(g.expected_now), look=look, sources=sources,
        observation_ids=[o["id"] for o in t.observations],
    )


def progress_bars(analysis: Analysis, *, plans=None, deadline=None, statuses=None) -> list[ProgressBar]:
    """Bars grouped by plan (in analysis order), filtered by plan codes, deadline year and statuses."""
    out = []
    for t in analysis.targets:
        if plans and t.row["plan_code"] not in plans:
            continue
        if deadline and t.row["deadline_year"] != deadline:
            continue
        if statuses and t.gap.status not in statuses:
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
    values: dict[str, int]
    flags: list[str]


def coverage_matrix(analysis: Analysis) -> list[MatrixRow]:
    names = {lay.key: lay.name_zh for lay in analysis.layers}
    return [
        MatrixRow(
            component_id=c.id, name_zh=c.name_zh, name_en=c.name_en, layer_key=c.top_layer_key,
            layer_zh=names.get(c.top_layer_key, ""), wanted=c.wanted,
            values={"local_suppliers": c.local_suppliers, "mass": c.by_stage["mass"], "centres": c.centres,
                    "integrators": c.integrators},
            flags=list(c.flags),
        )
        for c in analysis.components
    ]


def cell_level(measure: str, value: int, wanted: int) -> str:
    """How a matrix cell is coloured: against the wanted number of suppliers for supplier measures."""
    if measure in ("local_suppliers", "mass"):
        if value == 0:
            return "empty"
        if value < max(wanted, 1) or (value == 1 and wanted >= 2):
            return "thin"
        return "ok"
    # Centres and dependent integrators are context, not a supply gap: neutral colours.
    return "none" if value == 0 else "some"
