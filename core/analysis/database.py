"""The whole gap analysis of a database on a given day: every target's gap, the chain's coverage and the
ranked chain gaps, as plain data."""

from __future__ import annotations

from calendar import monthrange
from dataclasses import dataclass
from datetime import date

from core.analysis import gaps, rules
from core.analysis.coverage import ComponentCoverage, LayerCoverage, chain_coverage
from core.analysis.messages import Reason
from core.analysis.ranking import RankedGap, rank_gaps
from db import analysis as queries


@dataclass
class TargetResult:
    row: dict  # the target row joined with its plan and source
    gap: gaps.Gap
    observations: list[dict]  # every observation row of the target (all sources, all definitions)
    rule_error: str | None = None

    def observation(self, obs_id) -> dict | None:
        return next((o for o in self.observations if o["id"] == obs_id), None)


@dataclass
class Analysis:
    today: date
    targets: list[TargetResult]
    components: list[ComponentCoverage]
    layers: list[LayerCoverage]
    ranked_gaps: list[RankedGap] | None = None  # filled from the components when not given
    stale_after_months: int = gaps.DEFAULT_STALE_MONTHS

    def __post_init__(self) -> None:
        if self.ranked_gaps is None:
            self.ranked_gaps = rank_gaps(self.components)

    def status_counts(self) -> dict[str, int]:
        counts = {s: 0 for s in gaps.STATUSES}
        for t in self.targets:
            counts[t.gap.status] = counts.get(t.gap.status, 0) + 1
        return counts

    def flag_counts(self) -> dict[str, int]:
        """Targets per mark (sources disagree, data out of date, a year missed) and components per flag."""
        counts: dict[str, int] = {}
        for flags in [t.gap.flags for t in self.targets] + [c.flags for c in self.components]:
            for flag in flags:
                counts[flag] = counts.get(flag, 0) + 1
        return counts


def parse_date(text: str | None) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None


def published_by(text: str | None) -> date | None:
    """The last day a source dated ``text`` (2025-01-16, 2025-02 or 2025) can have been published."""
    if not text:
        return None
    text = str(text).strip()
    try:
        if len(text) >= 10:
            return date.fromisoformat(text[:10])
        if len(text) == 7:
            year, month = int(text[:4]), int(text[5:7])
            return date(year, month, monthrange(year, month)[1])
        if len(text) == 4:
            return date(int(text), 12, 31)
    except ValueError:
        return None
    return None


def target_from_row(row: dict) -> gaps.Target:
    return gaps.Target(
        id=row["id"], code=row["code"], op=row["op"], value=row["value"],
        deadline_year=row["deadline_year"] or row.get("plan_deadline_year"), kind=row["kind"] or "stock",
        baseline_value=row["baseline_value"], baseline_year=row["baseline_year"], definition=row["definition"],
        plan_start_year=row.get("plan_start_year"), on_track_ratio=row["on_track_ratio"],
        acceleration_ratio=row["acceleration_ratio"], per_year=bool(row.get("per_year")),
        preferred_source_id=row.get("preferred_source_id"), unit=row.get("unit"),
    )


def observation_from_row(row: dict) -> gaps.Observation | None:
    as_of = parse_date(row["as_of"])
    if as_of is None:
        return None
    return gaps.Observation(
        id=row["id"], value=row["value"], as_of=as_of, kind=row["kind"] or "level", level=row["level"],
        definition=row["definition"], source_id=row["source_id"], confidence=row["confidence"],
        qualifier=row.get("qualifier"), published=published_by(row.get("source_date")),
    )


def analyse_targets(db, today: date | None = None, plan_codes=None, *,
                    stale_after_months: int = gaps.DEFAULT_STALE_MONTHS) -> list[TargetResult]:
    today = today or date.today()
    rows = queries.target_rows(db, plan_codes=plan_codes)
    obs_by_target: dict[int, list[dict]] = {}
    for o in queries.observation_rows(db, [r["id"] for r in rows]):
        obs_by_target.setdefault(o["target_id"], []).append(o)
    results = []
    for row in rows:
        obs_rows = obs_by_target.get(row["id"], [])
        observations = [o for o in map(observation_from_row, obs_rows) if o is not None]
        computed, rule_error, notes = None, None, []
        if row["rule"]:
            try:
                params = rules.validate(row["rule"], row["rule_params"])
            except rules.RuleError as exc:
                rule_error, notes = str(exc), [Reason(exc.code, dict(exc.facts))]
            else:
                if today < date.today():  # the firm list of an earlier day is not kept
                    notes = [Reason("gap_rule_today_only")]
                else:
                    computed = rules.compute(db, row["rule"], params)
                    notes = [Reason("gap_rule_used", {"rule": row["rule"]})]
        gap = gaps.analyse(target_from_row(row), observations, today, computed,
                           stale_after_months=stale_after_months)
        gap.notes[:0] = notes
        _name_sources(gap, obs_rows)
        results.append(TargetResult(row=row, gap=gap, observations=obs_rows, rule_error=rule_error))
    return results


def _name_sources(gap: gaps.Gap, obs_rows: list[dict]) -> None:
    """Notes that name a source by id get its ref and title (as the Sources table shows it)."""
    labels = {o["source_id"]: " ".join(x for x in (o["source_ref"], o["source_title"]) if x) for o in obs_rows}
    for note in gap.notes:
        if "source_id" in note.facts:
            note.facts["source"] = labels.get(note.facts["source_id"]) or "—"


def analyse_database(db, today: date | None = None, plan_codes=None, *,
                     stale_after_months: int = gaps.DEFAULT_STALE_MONTHS) -> Analysis:
    today = today or date.today()
    components, layers = chain_coverage(db, today)
    targets = analyse_targets(db, today, plan_codes, stale_after_months=stale_after_months)
    return Analysis(today=today, targets=targets, components=components, layers=layers,
                    stale_after_months=stale_after_months)
