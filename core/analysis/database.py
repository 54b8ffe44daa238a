"""The whole gap analysis of a database: every target's gap and the chain's coverage, as plain data."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from core.analysis import gaps, rules
from core.analysis.coverage import ComponentCoverage, LayerCoverage, chain_coverage
from db import queries


@dataclass
class TargetResult:
    row: dict  # the target row joined with its plan and source
    gap: gaps.Gap
    observations: list[dict]  # every observation row of the target (all sources, all definitions)
    rule_error: str | None = None


@dataclass
class Analysis:
    today: date
    targets: list[TargetResult]
    components: list[ComponentCoverage]
    layers: list[LayerCoverage]

    def status_counts(self) -> dict[str, int]:
        counts = {s: 0 for s in gaps.STATUSES}
        for t in self.targets:
            counts[t.gap.status] = counts.get(t.gap.status, 0) + 1
        return counts


def parse_date(text: str | None) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None


def target_from_row(row: dict) -> gaps.Target:
    return gaps.Target(
        id=row["id"], code=row["code"], op=row["op"], value=row["value"],
        deadline_year=row["deadline_year"] or row.get("plan_deadline_year"), kind=row["kind"] or "stock",
        baseline_value=row["baseline_value"], baseline_year=row["baseline_year"], definition=row["definition"],
        plan_start_year=row.get("plan_start_year"), on_track_ratio=row["on_track_ratio"],
        acceleration_ratio=row["acceleration_ratio"],
    )


def observation_from_row(row: dict) -> gaps.Observation | None:
    as_of = parse_date(row["as_of"])
    if as_of is None:
        return None
    return gaps.Observation(
        id=row["id"], value=row["value"], as_of=as_of, kind=row["kind"] or "level", level=row["level"],
        definition=row["definition"], source_id=row["source_id"], confidence=row["confidence"],
    )


def analyse_targets(db, today: date | None = None, plan_codes=None) -> list[TargetResult]:
    today = today or date.today()
    rows = queries.target_rows(db, plan_codes=plan_codes)
    obs_by_target: dict[int, list[dict]] = {}
    for o in queries.observation_rows(db, [r["id"] for r in rows]):
        obs_by_target.setdefault(o["target_id"], []).append(o)
    results = []
    for row in rows:
        obs_rows = obs_by_target.get(row["id"], [])
        observations = [o for o in map(observation_from_row, obs_rows) if o is not None]
        computed, rule_error = None, None
        if row["rule"]:
            try:
                computed = rules.compute(db, row["rule"], row["rule_params"])
            except rules.RuleError as exc:
                rule_error = str(exc)
        gap = gaps.analyse(target_from_row(row), observations, today, computed)
        if rule_error:
            gap.reason = f"rule not used: {rule_error}; {gap.reason}"
        results.append(TargetResult(row=row, gap=gap, observations=obs_rows, rule_error=rule_error))
    return results


def analyse_database(db, today: date | None = None, plan_codes=None) -> Analysis:
    today = today or date.today()
    components, layers = chain_coverage(db)
    return Analysis(today=today, targets=analyse_targets(db, today, plan_codes), components=components,
                    layers=layers)
