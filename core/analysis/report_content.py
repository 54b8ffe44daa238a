"""What the printed gap report says, as plain data (no Qt): the renderer adds the words.

Everything in it comes from the analysis and the database: the summary paragraph is built from these numbers,
never canned, so it cannot disagree with the tables. Statuses and marks are vocabulary keys; reasons are
codes + facts (:func:`core.analysis.wording.reason_text` words them without Qt).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from core.analysis import gaps, wording
from core.analysis.coverage import NO_LOCAL, NOT_SURVEYED, SINGLE_SOURCE, Survey
from core.analysis.database import Analysis, analyse_database
from core.analysis.messages import Reason
from core.analysis.ranking import RankedGap
from db import analysis as queries
from db import coverage as coverage_queries
from db import report as report_queries
from db import views as view_queries


@dataclass
class SourceIndex:
    """Sources numbered in order of first citation; tables carry the numbers as footnote marks."""

    numbers: dict[int, int] = field(default_factory=dict)
    rows: list[dict] = field(default_factory=list)

    def cite(self, db, source_id) -> int | None:
        if source_id is None:
            return None
        if source_id not in self.numbers:
            found = queries.source_rows(db, [source_id]).get(source_id)
            if not found:
                return None
            self.rows.append(found)
            self.numbers[source_id] = len(self.rows)
        return self.numbers[source_id]


@dataclass
class SourcedValue:
    """One source's value for the headline's date: the value, its qualifier, the footnote mark."""

    value: float
    qualifier: str | None
    mark: int | None
    publisher: str | None
    headline: bool


@dataclass
class TargetLine:
    plan: str
    code: str
    name_zh: str
    name_en: str | None
    op: str | None
    value: float | None
    unit: str | None
    deadline_year: int | None
    kind: str
    baseline: float | None
    baseline_date: date | None
    actual: float | None
    actual_as_of: date | None
    qualifier: str | None  # of the headline figure: the actual's, else the baseline's (约, 超, 余 …)
    gap: float | None
    gap_share: float | None
    progress: float | None
    required_per_year: float | None  # from the report's date to the deadline
    status: str  # a STATUS_TERMS key
    source_marks: list[int]
    flags: list[str] = field(default_factory=list)  # FLAG_TERMS keys: sources_disagree, stale_data, year_missed
    per_year: bool = False
    implied_per_year: float | None = None  # the pace the last figure implied
    values: list[SourcedValue] = field(default_factory=list)  # every source's value for the headline's date
    value_low: float | None = None
    value_high: float | None = None
    headline_rule: str | None = None  # HEADLINE_RULE_TERMS key
    age_months: float | None = None
    data_as_of: date | None = None
    years: list[gaps.YearResult] = field(default_factory=list)
    reason: Reason | None = None
    notes: list[Reason] = field(default_factory=list)

    def reason_text(self, lang: str = "zh") -> str:
        return wording.reason_text(self.reason, lang)

    def notes_text(self, lang: str = "zh") -> list[str]:
        return [wording.reason_text(n, lang) for n in self.notes]


@dataclass
class ComponentGap:
    name_zh: str
    name_en: str | None
    layer_key: str
    flags: list[str]
    suppliers: list[dict]  # capability rows with the firm; "needs_check" marks a fact still to be checked
    integrators: list[dict]  # integrators with a supply link naming it (never the standard-BOM assumption)
    centres: list[dict]
    surveyed: bool = True
    survey: Survey | None = None
    facts_to_check: int = 0
    criticality: str | None = None
    in_standard_bom: bool = False
    rank: int | None = None  # place in the ranked gaps


@dataclass
class ReportContent:
    title_date: date
    dataset_name: str | None
    plans: list[dict]
    layer_names: dict[str, tuple[str, str | None]]
    selected_layers: tuple[str, ...]
    status_counts: dict[str, int]
    targets: list[TargetLine]
    largest_gaps: list[TargetLine]
    flagged: list[ComponentGap]  # no local supplier (surveyed ones only) or a single local source
    components_total: int
    no_local: int  # surveyed and no local supplier found
    single_source: int
    weakest_layer: str | None
    firms_by_layer: dict[str, list[dict]]  # each firm's "components": [(name_zh, name_en)] of the layer, in order
    centres_by_layer: dict[str, list[dict]]
    sources: list[dict]
    analysis: Analysis
    not_surveyed: int = 0
    facts_to_check: int = 0  # supplier facts (capability rows) still to be checked, in the selected layers
    ranked_gaps: list[RankedGap] = field(default_factory=list)  # in the selected layers, best first
    unsurveyed: list[ComponentGap] = field(default_factory=list)  # no supplier recorded, nobody has looked
    flag_counts: dict[str, int] = field(default_factory=dict)  # targets marked sources_disagree / stale_data
    stale_after_months: int = gaps.DEFAULT_STALE_MONTHS


def _target_line(db, t, cites: SourceIndex) -> TargetLine:
    r, g = t.row, t.gap
    h = g.headline
    values = []
    if h is not None:
        for obs in h.values:
            found = t.observation(obs.id) or {}
            values.append(SourcedValue(obs.value, obs.qualifier, cites.cite(db, obs.source_id),
                                       found.get("source_publisher"), obs is h.chosen))
    marks = [v.mark for v in values] + [cites.cite(db, r["source_id"])]
    baseline = g.baseline if g.baseline is not None else g.start_value
    baseline_date = g.baseline_as_of if g.baseline is not None else g.start_date
    return TargetLine(
        plan=r["plan_code"], code=r["code"], name_zh=r["name_zh"], name_en=r["name_en"], op=r["op"],
        value=r["value"], unit=r["unit"], deadline_year=r["deadline_year"], kind=r["kind"],
        baseline=baseline, baseline_date=baseline_date, actual=g.actual, actual_as_of=g.actual_as_of,
        qualifier=h.chosen.qualifier if h is not None else None, gap=g.gap,
        gap_share=g.gap_share, progress=g.progress, required_per_year=g.required_per_year, status=g.status,
        source_marks=sorted({m for m in marks if m is not None}), flags=list(g.flags),
        per_year=bool(r.get("per_year")), implied_per_year=g.implied_per_year, values=values,
        value_low=h.low if h else None, value_high=h.high if h else None, headline_rule=h.rule if h else None,
        age_months=g.age_months, data_as_of=g.data_as_of, years=list(g.years), reason=g.reason,
        notes=list(g.notes),
    )


def build_report(db, *, today: date | None = None, plan_codes=None, layer_keys=None,
                 stale_after_months: int = gaps.DEFAULT_STALE_MONTHS) -> ReportContent:
    today = today or date.today()
    analysis = analyse_database(db, today, plan_codes=plan_codes or None, stale_after_months=stale_after_months)
    layer_rows = {row["key"]: row for row in coverage_queries.layer_rows(db) if row["parent_id"] is None}
    layers = tuple(layer_keys) if layer_keys else tuple(layer_rows)
    cites = SourceIndex()
    targets = [_target_line(db, t, cites) for t in analysis.targets]
    largest = sorted((t for t in targets if t.gap_share is not None and t.gap_share > 0 and t.actual is not None
                      and t.status != gaps.MET), key=lambda t: -t.gap_share)[:5]

    components = [c for c in analysis.components if c.top_layer_key in layers]
    ranks = {g.component.id: g.rank for g in analysis.ranked_gaps}
    listed = [c for c in components if {NO_LOCAL, SINGLE_SOURCE, NOT_SURVEYED} & set(c.flags)]
    ids = [c.id for c in listed]
    suppliers = coverage_queries.suppliers_for_components(db, ids)
    integrators = coverage_queries.integrators_for_components(db, ids)
    centres = coverage_queries.centres_for_components(db, ids)
    gaps_of = {c.id: ComponentGap(c.name_zh, c.name_en, c.top_layer_key, c.flags, suppliers.get(c.id, []),
                                  integrators.get(c.id, []), centres.get(c.id, []), c.surveyed, c.survey,
                                  c.facts_to_check, c.criticality, c.in_standard_bom, ranks.get(c.id))
               for c in listed}
    flagged = [gaps_of[c.id] for c in listed if NO_LOCAL in c.flags or SINGLE_SOURCE in c.flags]
    unsurveyed = [gaps_of[c.id] for c in listed if NOT_SURVEYED in c.flags]
    per_layer_missing: dict[str, int] = {}
    for c in components:
        if NO_LOCAL in c.flags or SINGLE_SOURCE in c.flags:
            per_layer_missing[c.top_layer_key] = per_layer_missing.get(c.top_layer_key, 0) + 1
    weakest = max(per_layer_missing, key=per_layer_missing.get) if per_layer_missing else None

    all_layers = {row["key"]: row for row in coverage_queries.layer_rows(db)}
    names = {c.id: (c.name_zh, c.name_en) for c in analysis.components}
    firms_by_layer = {key: _with_components(db, key, _cited(db, report_queries.firms_in_layer(db, key), cites), names)
                      for key in layers}
    centres_by_layer = {key: _cited(db, report_queries.centres_in_layer(db, key), cites) for key in layers}
    plans = queries.plan_rows(db, plan_codes or None)
    meta = queries.meta_values(db)
    flag_counts = analysis.flag_counts()
    return ReportContent(
        title_date=today, dataset_name=meta.get("dataset_name_zh"), plans=plans,
        layer_names={k: (v["name_zh"], v["name_en"]) for k, v in all_layers.items()}, selected_layers=layers,
        status_counts=analysis.status_counts(), targets=targets, largest_gaps=largest, flagged=flagged,
        components_total=len(components), no_local=sum(1 for c in components if NO_LOCAL in c.flags),
        single_source=sum(1 for c in components if SINGLE_SOURCE in c.flags), weakest_layer=weakest,
        firms_by_layer=firms_by_layer, centres_by_layer=centres_by_layer, sources=cites.rows, analysis=analysis,
        not_surveyed=sum(1 for c in components if NOT_SURVEYED in c.flags),
        facts_to_check=sum(c.facts_to_check for c in components),
        ranked_gaps=[g for g in analysis.ranked_gaps if g.component.top_layer_key in layers],
        flag_counts={f: flag_counts.get(f, 0) for f in (gaps.SOURCES_DISAGREE, gaps.STALE_DATA, gaps.YEAR_MISSED)},
        stale_after_months=stale_after_months, unsurveyed=unsurveyed,
    )


def _with_components(db, key: str, firms: list[dict], names: dict) -> list[dict]:
    """A firm's components in the layer as a list of names (zh, en), in chain order, not one joined string."""
    found = view_queries.firm_components_in_layer(db, key, [f["id"] for f in firms])
    for firm in firms:
        firm["components"] = [names[c] for c in found.get(firm["id"], []) if c in names]
    return firms


def _cited(db, rows: list[dict], cites: SourceIndex) -> list[dict]:
    for row in rows:
        row["mark"] = cites.cite(db, row.pop("source_id"))
    return rows
