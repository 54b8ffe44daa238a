"""Every fact about one target or one component as plain, JSON-ready values, worded in both languages.

The command line's JSON, the workbook's gap sheets, the report and the charts all read these dicts, so a
figure, its sources, its status and its reason are the same everywhere.
"""

from __future__ import annotations

from core.analysis import gaps, wording
from core.analysis.coverage import ComponentCoverage
from core.analysis.database import TargetResult
from core.analysis.headline import Headline


def r(value, digits: int = 4):
    return None if value is None else round(value, digits)


def _iso(day) -> str | None:
    return day.isoformat() if day else None


def source_of(row: dict | None) -> dict | None:
    """An observation row's source as shown: ref, title, publisher, date, and the words quoted."""
    if row is None:
        return None
    return {"ref": row["source_ref"], "title": row["source_title"], "publisher": row.get("source_publisher"),
            "date": row.get("source_date"), "url": row.get("source_url"), "quote": row["quote"],
            "qualifier": row["qualifier"]}


def headline_dict(t: TargetResult, h: Headline | None, used_for: str) -> dict | None:
    """The observations of the headline's date, the range, the rule that picked the headline, in both languages."""
    if h is None:
        return None
    row = t.row
    values = []
    for obs in h.values:
        found = t.observation(obs.id) or {}
        values.append({"value": obs.value, "qualifier": obs.qualifier, "as_of": _iso(obs.as_of),
                       "confidence": obs.confidence, "source": source_of(found) if found else None,
                       "observation_id": obs.id, "headline": obs is h.chosen})
    preferred = None
    if row.get("preferred_source_id") is not None:
        preferred = {"ref": row.get("preferred_source_ref"), "title": row.get("preferred_source_title")}
    return {"for": used_for, "date": _iso(h.as_of), "value": h.chosen.value, "rule": h.rule,
            "rule_zh": wording.rule_text(h.rule, "zh"), "rule_en": wording.rule_text(h.rule, "en"),
            "preferred_source": preferred, "low": h.low, "high": h.high, "sources_disagree": h.disagree,
            "values": values}


def _reason(reason) -> dict:
    return {"code": reason.code, "facts": {k: v for k, v in reason.facts.items() if k != "choice_set"},
            "en": wording.reason_text(reason, "en"), "zh": wording.reason_text(reason, "zh")}


def _year(y: gaps.YearResult) -> dict:
    return {"year": y.year, "status": y.status, "status_zh": wording.status_text(y.status, "zh"),
            "status_en": wording.status_text(y.status, "en"), "value": y.value, "as_of": _iso(y.as_of),
            "complete": y.complete, "pace": r(y.pace, 2), "still_needed": y.still_needed,
            "sources_disagree": bool(y.headline and y.headline.disagree)}


def target_dict(t: TargetResult) -> dict:
    row, gap = t.row, t.gap
    actual_row = t.observation(gap.actual_observation.id) if gap.actual_observation else None
    actual_source = source_of(actual_row) if actual_row and gap.actual is not None else None
    if gap.actual_from_rule:
        actual_source = {"ref": None, "title": f"rule {row['rule']}", "publisher": None, "date": None,
                         "url": None, "quote": None, "qualifier": None}
    baseline_row = t.observation(gap.baseline_headline.chosen.id) if gap.baseline_headline else None
    reason = _reason(gap.reason)
    return {
        "id": row["id"], "plan": row["plan_code"], "code": row["code"], "name_zh": row["name_zh"],
        "name_en": row["name_en"], "kind": row["kind"], "per_year": bool(row.get("per_year")), "op": row["op"],
        "value": row["value"], "unit": row["unit"], "deadline_year": row["deadline_year"],
        "period": {"start": _iso(gap.period_start), "end": _iso(gap.period_end)},
        "wording_zh": row["wording_zh"],
        "status": gap.status, "status_zh": wording.status_text(gap.status, "zh"),
        "status_en": wording.status_text(gap.status, "en"),
        "flags": list(gap.flags), "flags_zh": [wording.flag_text(f, "zh") for f in gap.flags],
        "flags_en": [wording.flag_text(f, "en") for f in gap.flags],
        "sources_disagree": gaps.SOURCES_DISAGREE in gap.flags, "stale": gaps.STALE_DATA in gap.flags,
        "data_as_of": _iso(gap.data_as_of), "age_months": r(gap.age_months, 1),
        "actual": gap.actual, "actual_as_of": _iso(gap.actual_as_of),
        "actual_qualifier": actual_row["qualifier"] if actual_row and gap.actual is not None else None,
        "actual_source": actual_source, "actual_from_rule": gap.actual_from_rule,
        "headline": headline_dict(t, gap.headline, "actual" if gap.actual is not None else "baseline"),
        "baseline": gap.baseline, "baseline_as_of": _iso(gap.baseline_as_of),
        "baseline_date": _iso(gap.baseline_as_of),
        "baseline_qualifier": baseline_row["qualifier"] if baseline_row else None,
        "baseline_source": source_of(baseline_row),
        "gap": r(gap.gap), "gap_share": r(gap.gap_share), "progress": r(gap.progress),
        "years_left": r(gap.years_left, 2), "required_per_year": r(gap.required_per_year),
        "required_growth": r(gap.required_growth), "implied_per_year": r(gap.implied_per_year),
        "implied_growth": r(gap.implied_growth), "observed_growth": r(gap.observed_growth),
        "growth_ratio": r(gap.growth_ratio), "projected": r(gap.projected, 2), "expected_now": r(gap.expected_now, 2),
        "deadline_passed": gap.deadline_passed, "years": [_year(y) for y in gap.years],
        "reason": reason["en"], "reason_zh": reason["zh"], "reason_code": reason["code"],
        "reason_facts": reason["facts"], "notes": [_reason(n) for n in gap.notes],
        "observations": len(t.observations), "not_comparable_observations": len(gap.not_comparable),
        "unpublished_observations": len(gap.unpublished),
    }


def component_dict(c: ComponentCoverage, layer_names: dict) -> dict:
    return {
        "id": c.id, "name_zh": c.name_zh, "name_en": c.name_en, "layer": c.top_layer_key,
        "sub_layer": c.layer_key if c.layer_key != c.top_layer_key else None,
        "layer_zh": layer_names.get(c.top_layer_key), "wanted_suppliers": c.wanted,
        "local_suppliers": c.local_suppliers, "by_stage": c.by_stage, "all_suppliers": c.all_suppliers,
        "centres": c.centres, "centres_working": c.centres_working,
        "integrators_depending": c.integrators, "integrators_bom": c.integrators_bom,
        "in_standard_bom": c.in_standard_bom, "criticality": c.criticality,
        "surveyed": c.surveyed, "survey": c.survey.as_dict() if c.survey else None,
        "facts_to_check": c.facts_to_check, "local_unchecked": c.local_unchecked,
        "flags": list(c.flags), "flags_zh": [wording.flag_text(f, "zh") for f in c.flags],
        "flags_en": [wording.flag_text(f, "en") for f in c.flags],
    }
