"""Analysis against a small hand-made database: coverage counts, flags, rules, not-comparable data."""

from datetime import date

import pytest

from core.analysis import rules
from core.analysis.coverage import NO_LOCAL, NO_MASS_PRODUCTION, SINGLE_SOURCE
from core.analysis.database import analyse_database


def _component(analysis, name):
    return next(c for c in analysis.components if c.name_zh == name)


def test_coverage_counts_and_flags(small_db):
    a = analyse_database(small_db, date(2026, 6, 30))
    reducer = _component(a, "谐波减速器")
    assert reducer.local_suppliers == 2
    assert reducer.by_stage["mass"] == 1 and reducer.by_stage["pilot"] == 1
    assert reducer.flags == []
    assert reducer.centres == 2  # the centre and its test sub-centre
    assert reducer.integrators == 2  # standard BOM: every integrator needs it
    screw = _component(a, "行星滚柱丝杠")
    assert screw.flags == [SINGLE_SOURCE, NO_MASS_PRODUCTION]
    vla = _component(a, "VLA大模型")
    assert vla.flags == [NO_LOCAL]
    assert vla.top_layer_key == "brain" and vla.layer_key == "cerebrum"
    camera = _component(a, "深度相机")
    assert camera.integrators == 1  # one supply link to UBTech
    brain, limbs, body = a.layers
    assert (brain.key, brain.components, brain.covered) == ("brain", 1, 0)
    assert (limbs.components, limbs.covered) == (2, 2)
    assert body.share == 1.0


def test_targets_status_and_not_comparable_observation_ignored(small_db):
    a = analyse_database(small_db, date(2026, 6, 30))
    by_code = {t.row["code"]: t for t in a.targets}
    e5 = by_code["E5"]
    # 600 -> 800 in one year (same source) while the 74,032 broad count is another definition.
    assert e5.gap.actual == 800
    assert len(e5.gap.not_comparable) == 1
    assert e5.gap.required_per_year == pytest.approx((1200 - 800) / 1.5, rel=0.01)
    assert e5.gap.status == "on_track"
    assert by_code["E1"].gap.status == "no_data"
    assert by_code["Q1"].gap.status == "no_data"
    assert a.status_counts()["on_track"] == 1


def test_rule_computes_actual_from_firms(small_db):
    small_db.execute(
        "UPDATE targets SET rule = 'firms_valued_at_least', rule_params = ? WHERE code = 'E1'",
        ['{"min_cny": 1e10, "joined_since": 2025}'],
    )
    a = analyse_database(small_db, date(2026, 6, 30))
    e1 = next(t for t in a.targets if t.row["code"] == "E1")
    assert e1.gap.actual == 1  # UBTech: valued 500亿, joined 2025; Leju joined 2024
    assert e1.gap.actual_from_rule


def test_rule_parameters_are_checked():
    with pytest.raises(rules.RuleError, match="unknown rule"):
        rules.validate("drop_table", {})
    with pytest.raises(rules.RuleError, match="needs parameter min_cny"):
        rules.validate("firms_valued_at_least", {})
    with pytest.raises(rules.RuleError, match="must be a number"):
        rules.validate("firms_valued_at_least", {"min_cny": "1; DROP TABLE firms"})
    with pytest.raises(rules.RuleError, match="no parameter"):
        rules.validate("firms_in_cluster", {"sql": "x"})
    assert rules.validate("sum_revenue", '{"unit_scale": 1e8}')["unit_scale"] == 1e8


def test_bad_rule_on_a_target_is_reported_not_raised(small_db):
    small_db.execute("UPDATE targets SET rule = 'nonsense' WHERE code = 'E5'")
    a = analyse_database(small_db, date(2026, 6, 30))
    e5 = next(t for t in a.targets if t.row["code"] == "E5")
    assert "unknown rule" in e5.rule_error
    assert e5.gap.actual == 800  # falls back to observations


def test_sum_revenue_rule(small_db):
    assert rules.compute(small_db, "sum_revenue", {"unit_scale": 1e8}) == pytest.approx(5.6)


def test_per_component_listings(small_db):
    from db import queries

    ids = {r[1]: r[0] for r in small_db.execute("SELECT id, name_zh FROM components")}
    screw, camera = ids["行星滚柱丝杠"], ids["深度相机"]
    integrators = queries.integrators_for_components(small_db, [screw, camera])
    assert {f["short_name"] for f in integrators[screw]} == {"优必选", "乐聚"}  # standard BOM: every integrator
    assert [f["short_name"] for f in integrators[camera]] == ["优必选"]  # by supply link only
    suppliers = queries.local_suppliers_for_components(small_db, [screw])
    assert [(s["name_zh"], s["stage"]) for s in suppliers[screw]] == [("深圳市乙传动有限公司", "prototype")]
    centres = queries.centres_for_components(small_db, [screw])
    assert [c["name_zh"] for c in centres[screw]] == ["核心动力部件检验检测中心"]
    assert queries.integrators_for_components(small_db, []) == {}
