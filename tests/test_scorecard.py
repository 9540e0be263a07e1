"""The scorecard: which plans were met, and growth, as stated or computed."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import attrs
import pytest

import vnplan
from vnplan import Period
from vnplan._enums import Basis
from vnplan.analysis.scorecard import Scorecard, in_year, scorecard


def test_stated_attainment_is_kept_and_judged_by_direction(small_report):
    result = scorecard(small_report).plan_of("grain-output-2022")
    assert result is not None
    assert result.source == "stated"
    assert result.percent == Decimal("97.5")
    assert result.met is False
    assert result.printed == "đạt 97,5%"
    assert result.basis is Basis.PLAN


def test_lower_is_better_is_met_at_or_below_the_target(small_report):
    """12,5% against *dưới 13%*: computed, and met, because less is better."""
    result = scorecard(small_report).plan_of("poverty-rate-2022")
    assert result is not None
    assert result.source == "computed"
    assert result.met is True
    assert result.target is not None
    assert result.target.id == "poverty-rate-2022-plan"
    assert round(result.percent, 4) == Decimal("96.1538")


def test_neutral_indicator_against_an_exact_budget_is_neither_met_nor_missed(small_report):
    result = scorecard(small_report).plan_of("local-spending-2022")
    assert result is not None
    assert result.percent == Decimal(110)
    assert result.met is None


def test_attainment_stated_without_a_printed_value_is_kept(small_report):
    maize = [r for r in scorecard(small_report).plan if r.indicator.id == "maize-output"]
    assert len(maize) == 1
    assert maize[0].actual is None
    assert maize[0].met is True
    assert maize[0].period == Period.parse("2022")


def test_growth_stated_and_computed_with_direction(small_report):
    card = scorecard(small_report)
    grain = card.growth_of("grain-output-2022")
    assert grain is not None
    assert (grain.source, grain.percent, grain.better) == ("stated", Decimal("1.99"), True)
    assert grain.vs_previous_year
    poverty = card.growth_of("poverty-rate-2022")
    assert poverty is not None
    assert poverty.source == "computed"
    assert poverty.percent < 0
    assert poverty.better is True  # a fall of a lower-is-better rate
    assert poverty.previous is not None
    assert poverty.previous.id == "poverty-rate-2021"


def test_results_follow_the_order_of_indicators(small_report):
    order = [i.id for i in small_report.indicators]
    seen = [r.indicator.id for r in scorecard(small_report).plan]
    assert seen == sorted(seen, key=order.index)


@pytest.mark.parametrize(
    ("period", "as_of", "year", "expected"),
    [
        ("2022", None, 2022, True),
        ("2022-01/2022-10", None, 2022, True),
        ("2021-2025", None, 2022, False),
        ("2021", None, 2022, False),
        (None, dt.date(2022, 12, 31), 2022, True),
        (None, dt.date(2023, 1, 31), 2022, True),  # disbursement of 2022 capital
        (None, dt.date(2023, 2, 1), 2022, False),
        (None, None, 2022, False),
    ],
)
def test_in_year(period, as_of, year, expected):
    assert in_year(Period.parse(period) if period else None, as_of, year) is expected


def test_bundled_report_scorecard_matches_the_report():
    report = vnplan.load("dien-bien-2022")
    card = scorecard(report)
    grain = card.plan_of("grain-output-2022")
    assert grain is not None
    assert grain.percent == Decimal("102.49")
    assert grain.met is True
    maize = card.plan_of("maize-area-2022")
    assert maize is not None
    assert maize.met is False
    assert {r.source for r in card.plan} == {"stated", "computed"}
    assert scorecard(report) is card  # cached


def test_plan_of_and_growth_of_pick_the_results_a_scan_would() -> None:
    # The first plan result whose outturn is the figure; among the figure's growth
    # results, the first on the year before, else the first at all.
    report = vnplan.load("dien-bien-2022")
    card = scorecard(report)
    for figure in (*report.measurements, *report.targets):
        plans = [r for r in card.plan if r.actual is not None and r.actual.id == figure.id]
        assert card.plan_of(figure.id) is (plans[0] if plans else None)
        grown = [r for r in card.growth if r.current is not None and r.current.id == figure.id]
        on_year_before = [r for r in grown if r.vs_previous_year]
        expected = (on_year_before or grown or [None])[0]
        assert card.growth_of(figure.id) is expected
    assert card.plan_of("no-such-figure") is None
    assert card.growth_of("no-such-figure") is None


def test_growth_of_prefers_the_year_before_among_several_results() -> None:
    card = scorecard(vnplan.load("dien-bien-2022"))
    year_before = next(r for r in card.growth if r.current is not None and r.vs_previous_year)
    assert year_before.current is not None
    figure = year_before.current.id
    on_a_plan = attrs.evolve(year_before, reference=Period.parse("2021-2025"))
    assert not on_a_plan.vs_previous_year
    assert Scorecard(plan=(), growth=(on_a_plan, year_before)).growth_of(figure) is year_before
    assert Scorecard(plan=(), growth=(on_a_plan,)).growth_of(figure) is on_a_plan


def test_a_scorecard_compares_and_hashes_by_its_results_only() -> None:
    report = vnplan.load("dien-bien-2022")
    first, second = scorecard(report), scorecard(report)
    assert first == second
    assert hash(first) == hash(second)
    assert "_plan_by_figure" not in repr(first)
