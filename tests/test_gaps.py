"""Gap maths, hand-worked: pace, thresholds, flows, rates, comparability (periods, sources, per-year targets
and stale data are in test_gap_periods.py)."""

from datetime import date

import pytest

from core.analysis import gaps
from core.analysis.gaps import Observation, Target, analyse

TODAY = date(2026, 6, 30)


def target(**kw):
    base = dict(id=1, code="X", op=">=", value=100.0, deadline_year=2027, kind="stock")
    base.update(kw)
    return Target(**base)


def obs(i, value, day, **kw):
    return Observation(id=i, value=value, as_of=date.fromisoformat(day), source_id=kw.pop("source_id", 1), **kw)


def test_no_observation_is_no_data():
    g = analyse(target(), [], TODAY)
    assert g.status == gaps.NO_DATA
    assert g.actual is None


def test_met_target_reports_met_and_no_shortfall():
    g = analyse(target(value=100), [obs(1, 120, "2026-01-01")], TODAY)
    assert g.status == gaps.MET
    assert g.gap == -20
    assert g.progress >= 1


def test_strictly_greater_target_is_not_met_at_equality():
    g = analyse(target(op=">", value=100), [obs(1, 100, "2026-06-30")], TODAY)
    assert g.status != gaps.MET


def test_on_track_by_cagr_ratio():
    # 50 -> 80 in exactly 2 years (same source): observed CAGR = sqrt(1.6) - 1 = 26.49 %.
    # The last figure (2025-12-31) implied 2 years to 2027-12-31: (100/80)^(1/2) - 1 = 11.80 %, +10 a year.
    # From today (2026-06-30) 549 days = 1.5031 years remain: (100/80)^(1/1.5031) - 1 = 16.00 %, +13.31 a year.
    t = target(value=100)
    g = analyse(t, [obs(1, 50, "2023-12-31"), obs(2, 80, "2025-12-31")], TODAY)
    assert g.observed_growth == pytest.approx(1.6 ** 0.5 - 1, rel=1e-3)
    assert g.implied_growth == pytest.approx(1.25 ** (1 / 2) - 1, rel=1e-3)
    assert g.implied_per_year == pytest.approx(10, rel=1e-3)
    assert g.required_growth == pytest.approx(0.1600, abs=1e-4)
    assert g.required_per_year == pytest.approx(20 / 1.50311, rel=1e-4)
    assert g.growth_ratio > 0.95
    assert g.status == gaps.ON_TRACK
    assert g.projected == pytest.approx(80 * (1.6 ** 0.5) ** 2, rel=1e-2)


@pytest.mark.parametrize(
    ("start", "expected"),
    [
        # latest 80 at 2025-12-31; required CAGR 11.80 %/yr over 2 years.
        (80 / 1.1180 ** 2 * 1.0, gaps.ON_TRACK),  # observed == required
        (80 / 1.08 ** 2, gaps.ACCELERATION),  # 8 % / 11.8 % = 68 %
        (80 / 1.03 ** 2, gaps.LIMITED),  # 3 % / 11.8 % = 25 %
        (90, gaps.DETERIORATION),  # fell from 90 to 80
    ],
)
def test_status_thresholds(start, expected):
    g = analyse(target(value=100), [obs(1, start, "2023-12-31"), obs(2, 80, "2025-12-31")], TODAY)
    assert g.status == expected


def test_per_target_threshold_override():
    observations = [obs(1, 80 / 1.08 ** 2, "2023-12-31"), obs(2, 80, "2025-12-31")]
    assert analyse(target(), observations, TODAY).status == gaps.ACCELERATION
    assert analyse(target(on_track_ratio=0.5), observations, TODAY).status == gaps.ON_TRACK


def test_growth_never_mixes_sources():
    # 2200 (source 1, 2024) and 2800 (source 2, 2025): no trend may be read across two sources.
    t = target(value=3000, op=">", deadline_year=2026)
    g = analyse(t, [obs(1, 2200, "2024-12-31", source_id=1), obs(2, 2800, "2025-12-31", source_id=2)], TODAY)
    assert g.actual == 2800
    assert g.observed_growth is None
    assert g.status == gaps.NO_TREND
    assert g.reason.code == "gap_no_trend"
    # From the last figure: 200 in 365 days (0.9993 years); from today: 200 in 184 days (0.5038 years).
    assert g.implied_per_year == pytest.approx(200 / 0.99934, rel=1e-4)
    assert g.required_per_year == pytest.approx(200 / 0.503777, rel=1e-4)


def test_baseline_on_target_gives_trend():
    t = target(value=3000, op=">", deadline_year=2026, baseline_value=2000, baseline_year=2023)
    g = analyse(t, [obs(1, 2800, "2024-12-31")], TODAY)
    assert g.start_value == 2000
    assert g.progress == pytest.approx(0.8)
    assert g.status in (gaps.ON_TRACK, gaps.ACCELERATION)


def test_baseline_equal_to_target_has_no_progress_division():
    t = target(value=100, baseline_value=100, baseline_year=2024)
    g = analyse(t, [obs(1, 90, "2025-12-31")], TODAY)
    assert g.progress is None
    assert g.status == gaps.DETERIORATION


def test_zero_start_falls_back_to_linear_growth():
    g = analyse(target(value=10), [obs(1, 0, "2024-12-31"), obs(2, 4, "2025-12-31")], TODAY)
    assert g.observed_growth is None  # no CAGR from zero
    assert g.observed_per_year == pytest.approx(4, rel=0.01)
    assert g.implied_per_year == pytest.approx(3, rel=0.01)  # 6 more in the 2 years after the last figure
    assert g.required_per_year == pytest.approx(6 / 1.50311, rel=1e-4)  # 6 more from today
    assert g.status == gaps.ON_TRACK


def test_missing_value_is_no_data():
    g = analyse(target(value=None), [obs(1, 5, "2025-01-01")], TODAY)
    assert g.status == gaps.NO_DATA


def test_deadline_passed_not_met():
    g = analyse(target(value=100, deadline_year=2025), [obs(1, 50, "2024-12-31"), obs(2, 60, "2025-12-31")],
                date(2026, 3, 1))
    assert g.deadline_passed
    assert g.years_left == 0
    assert g.status == gaps.NOT_MET
    assert g.reason.code == "gap_deadline_passed"
    assert g.required_per_year is None


def test_less_or_equal_target_lower_is_better():
    t = target(op="<=", value=50)
    falling = analyse(t, [obs(1, 100, "2023-12-31"), obs(2, 70, "2025-12-31")], TODAY)
    assert falling.gap == 20
    assert falling.implied_growth < 0 and falling.required_growth < 0 and falling.observed_growth < 0
    assert falling.status == gaps.ON_TRACK
    rising = analyse(t, [obs(1, 60, "2023-12-31"), obs(2, 70, "2025-12-31")], TODAY)
    assert rising.status == gaps.DETERIORATION
    met = analyse(t, [obs(1, 40, "2025-12-31")], TODAY)
    assert met.status == gaps.MET


def test_flow_target_counts_since_plan_start():
    t = target(kind="flow", value=10, plan_start_year=2025, deadline_year=2027)
    g = analyse(t, [obs(1, 99, "2024-06-30"), obs(2, 4, "2026-01-01")], date(2026, 1, 1))
    assert g.actual == 4  # the 2024 figure belongs to another period
    assert g.start_value == 0
    assert g.progress == pytest.approx(0.4)
    # 4 in one year; 6 more needed in two: on track.
    assert g.status == gaps.ON_TRACK


def test_not_comparable_definition():
    t = target(definition="实时可用智能算力", value=80)
    g = analyse(t, [obs(1, 55, "2024-12-31", definition="在建及建成训练算力")], TODAY)
    assert g.status == gaps.NOT_COMPARABLE
    assert g.actual is None
    assert len(g.not_comparable) == 1


def test_rate_target_compares_rate_directly():
    # A plan period 2025-2027 (3 years); 2025 grew 15 %: 75 % of the 20 % asked.
    t = target(kind="rate", op=">", value=20, plan_start_year=2025)
    slow = analyse(t, [obs(1, 15, "2025-12-31", kind="rate")], TODAY)
    assert slow.actual == pytest.approx(15)
    assert slow.growth_ratio == pytest.approx(0.75)
    assert slow.status == gaps.ACCELERATION
    # The two years left need (1.2^3 / 1.15)^(1/2) - 1 = 22.58 % a year for the average to reach 20 %.
    assert slow.required_per_year == pytest.approx(((1.2 ** 3 / 1.15) ** 0.5 - 1) * 100, rel=1e-6)
    # A level observation says nothing about a rate target.
    assert analyse(t, [obs(1, 3600, "2025-12-31")], TODAY).status == gaps.NO_DATA


def test_qualitative_uses_assessed_level_no_arithmetic():
    t = target(kind="qualitative", op=None, value=None)
    assert analyse(t, [], TODAY).status == gaps.NO_DATA
    g = analyse(t, [Observation(id=1, value=None, as_of=date(2026, 1, 1), level="behind")], TODAY)
    assert g.status == gaps.ACCELERATION
    assert g.gap is None and g.growth_ratio is None


def test_computed_actual_from_rule_wins():
    g = analyse(target(value=10), [obs(1, 2, "2025-01-01")], TODAY, computed_actual=12)
    assert g.actual_from_rule and g.actual == 12 and g.status == gaps.MET


def test_latest_date_first_then_the_documented_rule_never_confidence_or_row_order():
    later = [obs(1, 10, "2025-06-30"), obs(2, 12, "2025-12-31", confidence="low")]
    assert analyse(target(), later, TODAY).actual == 12  # the latest date wins
    same_day = [obs(1, 10, "2025-12-31", confidence="low", source_id=1),
                obs(2, 11, "2025-12-31", confidence="high", source_id=2)]
    # Sources disagree: the most conservative value heads, whatever the confidence or the row order.
    assert analyse(target(), same_day, TODAY).actual == 10
    assert analyse(target(), list(reversed(same_day)), TODAY).actual == 10
