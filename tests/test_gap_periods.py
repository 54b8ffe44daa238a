"""The rules of issue 11, hand-worked: plan periods (a figure from before the period is a baseline, never
the actual), publication dates (--as-of answers as the tool would have that day), disagreeing sources (a
range and a documented headline), per-year targets (每年, judged year by year), rates (年均, averaged inside the
period) and stale data."""

from datetime import date

import pytest

from core.analysis import gaps, headline
from core.analysis.gaps import Observation, Target, analyse

S0, S1, S4 = 10, 11, 14  # source ids: 新华社 (via 大公報), 深圳新闻网, 香港商報


def obs(i, value, day, source_id=S1, **kw):
    return Observation(id=i, value=value, as_of=date.fromisoformat(day), source_id=source_id, **kw)


def p1(**kw):
    """P1: AI firms > 3000 by 2026, plan period 2025-2026."""
    base = dict(id=1, code="P1", op=">", value=3000, deadline_year=2026, kind="stock", plan_start_year=2025)
    base.update(kw)
    return Target(**base)


P1_SOURCES = [
    obs(1, 2200, "2024-12-31", S1, qualifier="余", confidence="high"),
    obs(2, 2200, "2024-12-31", S4, qualifier="超", confidence="medium"),
    obs(3, 2800, "2024-12-31", S0, qualifier="超", confidence="high"),
]


# ----- periods -------------------------------------------------------------------------------------------------

def test_a_pre_period_rate_never_makes_a_rate_target_met():
    # P3: average growth > 20 % over 2025-2026; 2024's +35 % is the baseline, at any date asked about.
    p3 = Target(id=3, code="P3", op=">", value=20, deadline_year=2026, kind="rate", plan_start_year=2025)
    grew_2024 = obs(1, 35, "2024-12-31", S0, kind="rate", qualifier="约")
    for day in (date(2025, 3, 4), date(2026, 11, 22)):
        g = analyse(p3, [grew_2024], day)
        assert g.status == gaps.BASELINE_ONLY and g.status != gaps.MET
        assert g.actual is None and g.baseline == 35 and g.baseline_as_of == date(2024, 12, 31)
        assert g.reason.code == "gap_baseline_only"
        assert g.required_per_year == 20  # every year of the period still needs more than 20 %


def test_a_pre_period_level_is_the_baseline_of_a_stock_target():
    t = p1(op=">=", value=100)
    before = analyse(t, [obs(1, 120, "2024-12-31")], date(2025, 6, 30))
    assert before.status == gaps.BASELINE_ONLY and before.actual is None and before.baseline == 120
    inside = analyse(t, [obs(1, 120, "2024-12-31"), obs(2, 120, "2025-03-31")], date(2025, 6, 30))
    assert inside.status == gaps.MET and inside.actual_as_of == date(2025, 3, 31)


def test_rates_average_the_years_inside_the_period():
    p3 = Target(id=3, code="P3", op=">", value=20, deadline_year=2026, kind="rate", plan_start_year=2025)
    y2024, y2025 = obs(1, 35, "2024-12-31", kind="rate"), obs(2, 22, "2025-12-31", kind="rate")
    g = analyse(p3, [y2024, y2025], date(2026, 3, 1))
    # 2025 grew 22 %: on track, not met while 2026 is unmeasured; 2026 needs 1.2^2 / 1.22 - 1 = 18.03 %.
    assert g.status == gaps.ON_TRACK and g.actual == pytest.approx(22)
    assert g.baseline == 35
    assert g.required_per_year == pytest.approx((1.44 / 1.22 - 1) * 100)
    assert [(y.year, y.value) for y in g.years] == [(2025, 22), (2026, None)]
    # 2026 grew 18 %: the average is sqrt(1.22 * 1.18) - 1 = 19.98 %, not more than 20 %: not met.
    final = analyse(p3, [y2024, y2025, obs(3, 18, "2026-12-31", kind="rate")], date(2027, 1, 15))
    assert final.actual == pytest.approx((1.22 * 1.18) ** 0.5 * 100 - 100)
    assert final.status == gaps.NOT_MET
    better = analyse(p3, [y2025, obs(3, 18.5, "2026-12-31", kind="rate")], date(2027, 1, 15))
    assert better.actual == pytest.approx(20.237, abs=1e-3) and better.status == gaps.MET
    # Over, with 2026 never measured: the period's average is unknown, so neither met nor not met.
    assert analyse(p3, [y2024, y2025], date(2027, 6, 1)).status == gaps.NO_DATA


def test_as_of_counts_only_what_was_published_by_then():
    # S0's figure for 2024-12-31 appeared in February 2025 (its source is dated 2025-02).
    p3 = Target(id=3, code="P3", op=">", value=20, deadline_year=2026, kind="rate", plan_start_year=2025)
    grew = obs(1, 35, "2024-12-31", S0, kind="rate", published=date(2025, 2, 28))
    early = analyse(p3, [grew], date(2025, 2, 15))
    assert early.status == gaps.NO_DATA and early.baseline is None
    assert [n.code for n in early.notes] == ["gap_not_yet_published"] and len(early.unpublished) == 1
    assert analyse(p3, [grew], date(2025, 3, 1)).baseline == 35
    # An observation dated after the day asked about never counts either.
    later = analyse(p1(), [obs(1, 2900, "2026-06-30")], date(2026, 1, 1))
    assert later.status == gaps.NO_DATA and later.actual is None


# ----- disagreeing sources -------------------------------------------------------------------------------------

def test_disagreeing_sources_give_a_range_and_the_most_conservative_headline():
    day = date(2025, 6, 30)
    g = analyse(p1(), P1_SOURCES, day)
    h = g.headline
    assert g.status == gaps.BASELINE_ONLY
    assert (h.low, h.high, h.rule) == (2200, 2800, headline.MOST_CONSERVATIVE)
    assert [(o.value, o.source_id) for o in h.values] == [(2200, S1), (2200, S4), (2800, S0)]
    assert h.chosen.source_id == S1  # of the two 2,200s, the more certain one; either gives the same figures
    assert g.baseline == 2200 and gaps.SOURCES_DISAGREE in g.flags
    assert [n.code for n in g.notes] == ["gap_sources_conservative"]
    assert g.notes[0].facts == {"date": "2024-12-31", "low": "2,200", "high": "2,800", "value": "2,200"}
    # 800 more: 400 a year from the figure's date (730 days), 532 a year from 2025-06-30 (549 days).
    assert g.gap == 800
    assert g.implied_per_year == pytest.approx(800 / (730 / 365.2425))
    assert g.required_per_year == pytest.approx(800 / (549 / 365.2425))
    # Row order never decides the figure.
    assert analyse(p1(), list(reversed(P1_SOURCES)), day).baseline == 2200


def test_a_preferred_source_heads_when_the_planner_set_one():
    g = analyse(p1(preferred_source_id=S0), P1_SOURCES, date(2025, 6, 30))
    assert g.headline.rule == headline.PREFERRED_SOURCE and g.baseline == 2800
    assert g.headline.low == 2200 and g.notes[0].code == "gap_sources_preferred"
    assert g.required_per_year == pytest.approx(200 / (549 / 365.2425))


def test_conservative_means_the_least_progress_for_at_most_targets():
    t = p1(op="<=", value=50)
    g = analyse(t, [obs(1, 60, "2025-12-31", S1), obs(2, 70, "2025-12-31", S0)], date(2026, 1, 31))
    assert g.actual == 70 and g.headline.rule == headline.MOST_CONSERVATIVE


def test_equal_values_are_not_a_disagreement():
    g = analyse(p1(), P1_SOURCES[:2], date(2025, 6, 30))
    assert g.headline.rule == headline.ONLY_VALUE and not g.headline.disagree
    assert gaps.SOURCES_DISAGREE not in g.flags


# ----- per-year targets ----------------------------------------------------------------------------------------

def p5(**kw):
    """P5: 100 or more application scenarios opened each year, 2025-2026."""
    base = dict(id=5, code="P5", op=">=", value=100, deadline_year=2026, kind="flow", plan_start_year=2025,
                per_year=True)
    base.update(kw)
    return Target(**base)


def test_a_per_year_target_is_judged_on_the_current_year_pace():
    # 60 opened by 2025-06-30 (181 of 365 days): a pace of 60 / (181/365) = 121 a year: on track.
    g = analyse(p5(), [obs(1, 60, "2025-06-30")], date(2025, 7, 1))
    year = g.years[0]
    assert (year.year, year.value, year.status) == (2025, 60, gaps.ON_TRACK)
    assert year.pace == pytest.approx(60 * 365 / 181)
    assert year.still_needed == 40
    # 40 more before the year ends (183 days away): 80 a year, not the 26.7 a cumulative reading gives.
    assert g.required_per_year == pytest.approx(40 / (183 / 365.2425))
    assert g.status == gaps.ON_TRACK and g.reason.code == "gap_per_year_current"


def test_each_year_is_met_or_not_on_its_own():
    missed = analyse(p5(), [obs(1, 90, "2025-12-31")], date(2026, 1, 10))
    assert [(y.year, y.status) for y in missed.years] == [(2025, gaps.NOT_MET), (2026, gaps.NO_DATA)]
    assert missed.status == gaps.NOT_MET and gaps.YEAR_MISSED in missed.flags
    assert "gap_year_missed" in [n.code for n in missed.notes]

    both = [obs(1, 120, "2025-12-31"), obs(2, 30, "2026-03-31")]
    g = analyse(p5(), both, date(2026, 4, 1))  # 30 in 90 days: 121.7 a year
    assert [y.status for y in g.years] == [gaps.MET, gaps.ON_TRACK] and g.status == gaps.ON_TRACK
    assert g.actual == 30  # the current year's figure, never 120 + 30
    slow = analyse(p5(), [*both, obs(3, 40, "2026-06-30")], date(2026, 7, 1))  # 40 in 181 days: 80.7 a year
    assert slow.years[1].status == gaps.ACCELERATION and slow.status == gaps.ACCELERATION

    done = analyse(p5(), [obs(1, 120, "2025-12-31"), obs(2, 110, "2026-12-31")], date(2027, 1, 5))
    assert done.status == gaps.MET and done.reason.code == "gap_per_year_final"
    assert done.reason.facts == {"years": "2025: 120; 2026: 110"}
    # Over, with a year nobody measured: it cannot be called met.
    unknown = analyse(p5(), [obs(1, 120, "2025-12-31")], date(2027, 1, 5))
    assert unknown.status == gaps.NO_DATA and unknown.reason.facts == {"years": "2025: 120; 2026: —"}


# ----- from today, and stale data ------------------------------------------------------------------------------

def test_stale_data_is_flagged_and_the_pace_is_counted_from_today():
    # Asked on 2026-11-22: the 2024-12-31 figures are 691 days (22.7 months) old; 39 days are left.
    g = analyse(p1(), P1_SOURCES, date(2026, 11, 22))
    assert gaps.STALE_DATA in g.flags
    assert g.age_months == pytest.approx(691 / (365.2425 / 12))
    assert g.notes[-1].code == "gap_stale" and g.notes[-1].facts == {"months": "23", "date": "2024-12-31"}
    assert g.required_per_year == pytest.approx(800 / (39 / 365.2425))  # 7,492 a year from today
    assert g.implied_per_year == pytest.approx(800 / (730 / 365.2425))  # beside the 400 the figure implied
    fresh = analyse(p1(), P1_SOURCES, date(2025, 12, 30))  # 364 days: 11.96 months
    assert gaps.STALE_DATA not in fresh.flags
    assert gaps.STALE_DATA in analyse(p1(), P1_SOURCES, date(2026, 1, 31)).flags  # 396 days: 13.0 months
    assert gaps.STALE_DATA not in analyse(p1(), P1_SOURCES, date(2026, 11, 22), stale_after_months=24).flags


def test_a_trend_inside_one_source_runs_from_its_baseline():
    # 深圳新闻网: 2200 at the end of 2024, 2600 at the end of 2025; 3000 by the end of 2026.
    g = analyse(p1(), [obs(1, 2200, "2024-12-31"), obs(2, 2600, "2025-12-31")], date(2026, 1, 31))
    assert (g.actual, g.baseline, g.start_value) == (2600, 2200, 2200)
    assert g.observed_growth == pytest.approx((2600 / 2200) ** (365.2425 / 365) - 1)
    assert g.implied_growth == pytest.approx((3000 / 2600) ** (365.2425 / 365) - 1)
    assert g.status == gaps.ON_TRACK  # 18.2 % a year observed against 15.4 % needed
