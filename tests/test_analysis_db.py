"""Analysis against a small hand-made database: coverage counts, flags, rules, not-comparable data."""

from datetime import date

import pytest

from core.analysis import rules
from core.analysis.coverage import NO_LOCAL, NO_MASS_PRODUCTION, NOT_SURVEYED, SINGLE_SOURCE, TO_CHECK
from core.analysis.database import analyse_database
from core.errors import OperationRefused


def _component(analysis, name):
    return next(c for c in analysis.components if c.name_zh == name)


def test_coverage_counts_and_flags(small_db):
    a = analyse_database(small_db, date(2026, 6, 30))
    reducer = _component(a, "谐波减速器")
    assert reducer.local_suppliers == 2
    assert reducer.by_stage["mass"] == 1 and reducer.by_stage["pilot"] == 1
    assert reducer.flags == []
    assert reducer.centres == 2  # the centre and its test sub-centre
    assert reducer.integrators == 0  # in the standard BOM, but no integrator has a supply link for it
    assert reducer.integrators_bom == 2  # reported apart: every integrator's BOM lists it
    screw = _component(a, "行星滚柱丝杠")
    assert screw.flags == [SINGLE_SOURCE, NO_MASS_PRODUCTION]
    vla = _component(a, "VLA大模型")
    assert vla.flags == [NOT_SURVEYED]  # nothing recorded and nobody has looked: unknown, not absent
    assert vla.top_layer_key == "brain" and vla.layer_key == "cerebrum"
    camera = _component(a, "深度相机")
    assert camera.integrators == 1  # one supply link to UBTech
    brain, limbs, body = a.layers
    assert (brain.key, brain.components, brain.covered, brain.not_surveyed, brain.no_local) == ("brain", 1, 0, 1, 0)
    assert (limbs.components, limbs.covered) == (2, 2)
    assert body.share == 1.0


def test_unsurveyed_is_not_none_and_no_local_counts_only_surveyed(small_db):
    from core.analysis.survey import clear_survey, mark_surveyed

    vla = small_db.execute("SELECT id FROM components WHERE name_zh = 'VLA大模型'").fetchone()[0]
    outcome = mark_surveyed(small_db, component_ids=[vla], on="2026-05-10", by="产业处", list_name="大脑企业名单")
    assert outcome.tables == {"components"}
    entries = small_db.execute("SELECT count(*) FROM change_log WHERE batch = ?", [outcome.batch]).fetchone()[0]
    assert entries == 3  # date, who, which list: one logged action
    a = analyse_database(small_db, date(2026, 6, 30))
    assert _component(a, "VLA大模型").flags == [NO_LOCAL]
    assert _component(a, "VLA大模型").survey.as_dict() == {"on": "2026-05-10", "by": "产业处", "list": "大脑企业名单",
                                                          "layer": None}
    assert a.layers[0].no_local == 1 and a.layers[0].not_surveyed == 0
    # On a day before the survey the same component was still unknown.
    assert _component(analyse_database(small_db, date(2026, 5, 9)), "VLA大模型").flags == [NOT_SURVEYED]
    clear_survey(small_db, component_ids=[vla])
    assert _component(analyse_database(small_db, date(2026, 6, 30)), "VLA大模型").flags == [NOT_SURVEYED]
    with pytest.raises(OperationRefused):
        mark_surveyed(small_db)
    with pytest.raises(OperationRefused):
        mark_surveyed(small_db, component_ids=[9999])


def test_one_component_reads_as_on_the_coverage_page(small_db):
    from core.analysis.coverage import component_coverage

    a = analyse_database(small_db, date(2026, 6, 30))
    for comp in a.components:
        alone = component_coverage(small_db, comp.id, date(2026, 6, 30))
        assert alone == comp, comp.name_zh
    assert component_coverage(small_db, 9999) is None


def test_supplier_facts_to_check_are_counted(small_db):
    small_db.execute("UPDATE capabilities SET needs_check = 1 WHERE component_id ="
                     " (SELECT id FROM components WHERE name_zh = '深度相机')")
    a = analyse_database(small_db, date(2026, 6, 30))
    camera = _component(a, "深度相机")
    assert (camera.facts_to_check, camera.local_unchecked) == (1, 1)
    assert TO_CHECK in camera.flags
    assert a.layers[2].facts_to_check == 1 and _component(a, "谐波减速器").facts_to_check == 0


def test_ranked_gaps_follow_the_documented_order(small_db):
    a = analyse_database(small_db, date(2026, 6, 30))
    ranked = [(g.component.name_zh, g.gap) for g in a.ranked_gaps]
    # Criticality first (the roller screw is "high", one of the two standard-BOM items), then BOM share (the
    # other two have none), then integrators with a supply link (UBTech buys the camera; nobody the VLA model).
    assert ranked == [("行星滚柱丝杠", SINGLE_SOURCE), ("深度相机", SINGLE_SOURCE), ("VLA大模型", NOT_SURVEYED)]
    screw = a.ranked_gaps[0]
    assert (screw.criticality, screw.bom_items, screw.bom_share, screw.integrators) == ("high", 1, 0.5, 0)
    assert a.ranked_gaps[1].integrators == 1 and a.ranked_gaps[1].centres == 0


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
    a = analyse_database(small_db, date.today())
    e1 = next(t for t in a.targets if t.row["code"] == "E1")
    assert e1.gap.actual == 1  # UBTech: valued 500亿, joined 2025; Leju joined 2024
    assert e1.gap.actual_from_rule
    # The firm list of an earlier day is not kept: asked about the past, the rule is not used.
    past = next(t for t in analyse_database(small_db, date(2025, 1, 1)).targets if t.row["code"] == "E1")
    assert not past.gap.actual_from_rule and past.gap.notes[0].code == "gap_rule_today_only"


def test_rule_parameters_are_checked():
    with pytest.raises(rules.RuleError, match="unknown rule"):
        rules.validate("drop_table", {})
    with pytest.raises(rules.RuleError, match="needs the parameter min_cny"):
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
    from core.analysis.drilldown import rows_behind
    from db import coverage as queries

    ids = {r[1]: r[0] for r in small_db.execute("SELECT id, name_zh FROM components")}
    screw, camera = ids["行星滚柱丝杠"], ids["深度相机"]
    integrators = queries.integrators_for_components(small_db, [screw, camera])
    assert screw not in integrators  # in the standard BOM, but nobody has a supply link for it
    assert [f["short_name"] for f in integrators[camera]] == ["优必选"]  # by supply link only
    suppliers = queries.suppliers_for_components(small_db, [screw])
    assert [(s["name_zh"], s["stage"]) for s in suppliers[screw]] == [("深圳市乙传动有限公司", "prototype")]
    centres = queries.centres_for_components(small_db, [screw])
    assert [c["name_zh"] for c in centres[screw]] == ["核心动力部件检验检测中心"]
    assert queries.integrators_for_components(small_db, []) == {}
    # The rows behind a matrix cell.
    table, rows, name = rows_behind(small_db, camera, "integrators")
    assert (table, name) == ("firms", "深度相机") and len(rows) == 1
    assert rows_behind(small_db, ids["谐波减速器"], "mass")[1] == [
        r[0] for r in small_db.execute("SELECT id FROM capabilities WHERE stage = 'mass' AND component_id = ?",
                                       [ids["谐波减速器"]])]
