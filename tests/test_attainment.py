"""Tests for Interval and vnplan.attainment: exact, tight, rounding-aware arithmetic."""

from __future__ import annotations

import datetime as dt
import decimal
import itertools
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import assume, example, given
from hypothesis import strategies as st

from builders import GRAIN, HERE, POVERTY
from vnplan import (
    Attainment,
    Basis,
    Bound,
    Claim,
    ClaimKind,
    Derived,
    Direction,
    Interval,
    Measurement,
    Period,
    Role,
    Target,
    attainment,
    change,
    factor,
    growth,
    implied_reference,
    implied_target,
    load,
    pp_change,
    share,
    stated_attainment,
    units,
)
from vnplan.exceptions import (
    DimensionalityError,
    ValidationError,
    VnplanError,
    ZeroDenominatorError,
)

D = Decimal
F = Fraction


def figure(indicator, value, unit, period="2022", role=Role.ACTUAL):
    return Measurement(
        id="figure",
        indicator=indicator,
        period=Period.parse(period),
        value=D(value),
        unit=unit,
        printed=f"{value} {unit}",
        role=role,
        location=HERE,
    )


def plan(indicator, value, unit, bound=Bound.EXACT, period="2022"):
    return Target(
        id="plan",
        indicator=indicator,
        period=Period.parse(period),
        value=D(value),
        unit=unit,
        printed=f"{value} {unit}",
        basis=Basis.PLAN,
        bound=bound,
        location=HERE,
    )


def stated(kind, verb, value, unit="%"):
    return Claim(
        id="claim",
        kind=kind,
        subject="figure",
        indicator=GRAIN,
        verb=verb,
        value=D(value),
        unit=unit,
        printed=f"{value}{unit}",
        reference=Period.parse("2021") if kind is not ClaimKind.ATTAINMENT else None,
        basis=Basis.PLAN if kind is ClaimKind.ATTAINMENT else None,
        location=HERE,
    )


# -- strategies --------------------------------------------------------------------------------


@st.composite
def printed(draw, *, min_value="-100000", max_value="100000", nonzero=False, positive=False):
    """A number as printed: 0 to 3 decimals, within bounds."""
    places = draw(st.integers(0, 3))
    low = D("0") if positive else D(min_value)
    value = draw(
        st.decimals(
            min_value=low,
            max_value=D(max_value),
            places=places,
            allow_nan=False,
            allow_infinity=False,
        )
    )
    if nonzero or positive:
        assume(value != 0)
    return value


@st.composite
def inside(draw, interval):
    """An exact value within ``interval``, its ends included."""
    t = draw(st.sampled_from([F(0), F(1)]) | st.fractions(min_value=0, max_value=1))
    return F(interval.low) + t * (F(interval.high) - F(interval.low))


def holds(interval, exact):
    return F(interval.low) <= exact <= F(interval.high)


# -- Interval ----------------------------------------------------------------------------------


def test_from_printed_is_half_a_unit_of_the_last_digit():
    assert Interval.from_printed(D("78.0")) == Interval(D("77.95"), D("78.05"))
    assert Interval.from_printed(D("78")) == Interval(D("77.5"), D("78.5"))
    assert Interval.from_printed(D("3")) == Interval(D("2.5"), D("3.5"))
    assert Interval.from_printed(D("102.49")) == Interval(D("102.485"), D("102.495"))
    assert Interval.from_printed(D("-4.32")) == Interval(D("-4.325"), D("-4.315"))
    assert Interval.from_printed(D("0")) == Interval(D("-0.5"), D("0.5"))
    assert Interval.from_printed(D("2E+1")) == Interval(D("15"), D("25"))


def test_interval_properties():
    box = Interval(D("1"), D("3"))
    assert box.width == D("2")
    assert box.mid == D("2")
    assert box.contains(D("1"))
    assert box.contains(3)
    assert not box.contains(D("3.01"))
    assert box.contains(Interval(D("1.5"), D("2")))
    assert not box.contains(Interval(D("0"), D("2")))
    assert D("2") in box
    assert "2" not in box
    assert True not in box
    assert box.overlaps(Interval(D("3"), D("4")))
    assert not box.overlaps(Interval(D("3.1"), D("4")))
    assert str(box) == "[1, 3]"
    assert repr(box) == "Interval(Decimal('1'), Decimal('3'))"
    assert Interval.exact(5) == Interval(D(5), D(5))


def test_interval_arithmetic():
    a = Interval(D("1"), D("2"))
    b = Interval(D("-3"), D("4"))
    assert a + b == Interval(D("-2"), D("6"))
    assert a - b == Interval(D("-3"), D("5"))
    assert a * b == Interval(D("-6"), D("8"))
    assert -b == Interval(D("-4"), D("3"))
    assert a + 1 == Interval(D("2"), D("3"))
    assert 1 + a == Interval(D("2"), D("3"))
    assert 10 - a == Interval(D("8"), D("9"))
    assert D("0.5") * a == Interval(D("0.5"), D("1"))
    assert a / 2 == Interval(D("0.5"), D("1"))
    assert 2 / a == Interval(D("1"), D("2"))
    third = Interval.exact(1) / 3
    assert third.low < F(1, 3) < third.high
    assert third.high - third.low == D("1E-28")


def test_division_by_an_interval_holding_zero_raises():
    with pytest.raises(ZeroDenominatorError) as info:
        Interval(D("1"), D("2")) / Interval(D("-1"), D("1"))
    assert isinstance(info.value, ZeroDivisionError)
    assert isinstance(info.value, VnplanError)
    assert info.value.field == "divisor"
    with pytest.raises(ZeroDivisionError):
        1 / Interval(D("0"), D("1"))
    with pytest.raises(ZeroDivisionError):
        Interval(D("1"), D("2")) / 0


@pytest.mark.parametrize(
    ("low", "high", "field"),
    [
        (D("2"), D("1"), "high"),
        (1, D("1"), "low"),
        (D("1"), 1.0, "high"),
        (D("NaN"), D("1"), "low"),
        (D("1"), D("Infinity"), "high"),
    ],
)
def test_interval_rejects_bad_ends(low, high, field):
    with pytest.raises(ValidationError) as info:
        Interval(low, high)
    assert info.value.field == field


@pytest.mark.parametrize("bad", [1.5, "1", None, D("NaN"), True])
def test_interval_operations_reject_bad_numbers(bad):
    with pytest.raises(ValidationError):
        Interval.from_printed(bad)
    with pytest.raises(ValidationError):
        Interval(D(1), D(2)).rounds_to(bad)
    if not isinstance(bad, Decimal):
        with pytest.raises(ValidationError):
            Interval(D(1), D(2)) + bad


def test_rounds_to_and_truncates_to():
    box = Interval(D("102.4861"), D("102.4872"))
    assert box.rounds_to(D("102.49"))
    assert not box.rounds_to(D("102.48"))
    assert box.truncates_to(D("102.48"))
    assert not box.truncates_to(D("102.49"))
    assert box.rounds_to(D("102.5"))
    assert box.rounds_to(D("102"))
    tie = Interval.exact(D("2.5"))
    assert tie.rounds_to(D("3"))
    assert not tie.rounds_to(D("2"))
    negative = Interval.exact(D("-2.5"))
    assert negative.rounds_to(D("-3"))
    assert negative.truncates_to(D("-2"))
    assert Interval(D("-0.04"), D("0.04")).rounds_to(D("0.0"))
    assert Interval(D("1234"), D("1236")).rounds_to(D("1.24E+3"))


def _rounds_to_reference(interval, target, rounding):
    """Brute force: does some value of the interval round to ``target``?"""
    exponent = target.as_tuple().exponent
    unit = F(1, 10**-exponent) if exponent < 0 else F(10**exponent)
    candidates = [F(interval.low), F(interval.high)]
    # the cell of values that round to ``target`` is bounded by target ± unit/2 (or
    # target and target ± unit for truncation); test points on and just inside them
    for edge in (F(target) - unit, F(target) - unit / 2, F(target), F(target) + unit / 2):
        for nudge in (F(0), F(1, 10**40), -F(1, 10**40)):
            point = edge + nudge
            if F(interval.low) <= point <= F(interval.high):
                candidates.append(point)
    context = decimal.Context(prec=100, rounding=rounding)
    quantum = D(1).scaleb(exponent)
    for point in candidates:
        as_decimal = context.divide(D(point.numerator), D(point.denominator))
        if as_decimal.quantize(quantum, context=context) == target:
            return True
    return False


@given(printed(), printed(), printed())
def test_rounds_to_agrees_with_brute_force(a, b, target):
    box = Interval(min(a, b), max(a, b))
    assert box.rounds_to(target) == _rounds_to_reference(box, target, decimal.ROUND_HALF_UP)
    assert box.truncates_to(target) == _rounds_to_reference(box, target, decimal.ROUND_DOWN)


@given(printed(), printed(), printed(), printed(nonzero=True), st.data())
def test_interval_arithmetic_holds_every_exact_result(a, b, c, d, data):
    first, second = Interval.from_printed(a), Interval.from_printed(b)
    third = Interval(min(c, d), max(c, d))
    assume(not third.low <= 0 <= third.high)
    x, y, z = (data.draw(inside(box)) for box in (first, second, third))
    assert holds(first + second, x + y)
    assert holds(first - second, x - y)
    assert holds(first * second, x * y)
    assert holds(first / third, x / z)
    assert holds(-first, -x)


@given(printed(), printed(nonzero=True))
def test_interval_products_are_tight(a, b):
    first, second = Interval.from_printed(a), Interval.from_printed(b)
    assume(not second.low <= 0 <= second.high)
    corners = [
        F(p) / F(q)
        for p, q in itertools.product((first.low, first.high), (second.low, second.high))
    ]
    quotient = first / second
    slack = F(1, 10**20) * max(abs(c) for c in corners) + F(1, 10**40)
    assert abs(F(quotient.low) - min(corners)) <= slack
    assert abs(F(quotient.high) - max(corners)) <= slack


# -- attainment --------------------------------------------------------------------------------


def test_grain_output_attainment_from_the_report():
    # 282.647,81 tấn, đạt 102,49% kế hoạch; the plan the report implies is 275.786 tấn.
    result = attainment(figure(GRAIN, "282647.81", "tấn"), plan(GRAIN, "275786", "tấn"))
    assert isinstance(result, Attainment)
    assert result.met
    assert result.direction is Direction.HIGHER
    assert result.bound is Bound.EXACT
    assert result.ratio == D("282647.81") / D("275786")
    assert result.percent == result.ratio * 100
    percent = result.percent_interval
    assert percent is not None
    assert percent.rounds_to(D("102.49"))
    assert repr(result) == "<Attainment 102.49% of target, met>"


def test_retail_sales_vuot_8_15_percent_of_plan():
    retail = figure(GRAIN, "19467.1", "tấn")
    claimed = stated(ClaimKind.ATTAINMENT, "vượt", "8.15")
    assert claimed.ratio == D("1.0815")
    implied = implied_target(retail, claimed)
    assert implied == implied_target(retail, D("108.15"))
    assert implied.low < D("18000.09") < implied.high
    result = attainment(retail, D("18000.1"))
    assert result.percent_interval is not None
    assert result.percent_interval.rounds_to(D("108.15"))


def test_lower_is_better_is_met_by_staying_at_or_below():
    at_target = attainment(figure(POVERTY, "26.57", "%"), plan(POVERTY, "26.57", "%"))
    assert at_target.met
    assert at_target.direction is Direction.LOWER
    below = attainment(figure(POVERTY, "26.00", "%"), plan(POVERTY, "26.57", "%"))
    assert below.met
    above = attainment(figure(POVERTY, "30.58", "%"), plan(POVERTY, "26.57", "%"))
    assert not above.met
    assert above.ratio is not None
    assert above.ratio > 1
    assert attainment(D("30.58"), D("26.57"), direction="lower").met is False
    assert attainment(D("30.58"), D("26.57"), direction="higher").met is True


def test_bounds_override_direction():
    assert attainment(D("10.1"), D("10.0"), direction="lower", bound="at-least").met
    assert not attainment(D("9.9"), D("10.0"), direction="lower", bound="at-least").met
    assert attainment(D("9.9"), D("10.0"), direction="higher", bound=Bound.AT_MOST).met
    assert not attainment(D("10.1"), D("10.0"), bound="at-most").met
    over = plan(GRAIN, "1500", "tấn", bound=Bound.AT_LEAST)
    assert attainment(D("1500"), over).bound is Bound.AT_LEAST
    assert attainment(D("1500"), over, bound="exact").bound is Bound.EXACT


def test_about_targets_allow_five_percent_either_way_that_matters():
    # khoảng 20.141,09 tỷ đồng: 19.200 is within 5% short, so met; 19.000 is not.
    assert attainment(D("19200"), D("20141.09"), bound="about").met
    assert not attainment(D("19000"), D("20141.09"), bound="about").met
    assert attainment(D("25000"), D("20141.09"), bound="about").met
    # lower is better: up to 5% above is met
    assert attainment(D("27.8"), D("26.57"), direction="lower", bound="about").met
    assert not attainment(D("28"), D("26.57"), direction="lower", bound="about").met
    # neutral: within 5% either side
    assert attainment(D("95"), D("100"), direction="neutral", bound="about").met
    assert not attainment(D("94.9"), D("100"), direction="neutral", bound="about").met
    assert not attainment(D("105.1"), D("100"), direction="neutral", bound="about").met
    # the tolerance is a parameter
    assert attainment(D("99"), D("100"), bound="about", tolerance=D("0.01")).met
    assert not attainment(D("98.9"), D("100"), bound="about", tolerance=D("0.01")).met


def test_neutral_exact_targets_are_met_only_when_hit():
    assert attainment(D("21.52"), D("21.520"), direction="neutral").met
    assert not attainment(D("21.53"), D("21.52"), direction="neutral").met


def test_zero_target_has_no_ratio_but_is_still_judged():
    hit = attainment(D("0"), D("0"), direction="lower")
    assert hit.ratio is None
    assert hit.interval is None
    assert hit.percent is None
    assert hit.percent_interval is None
    assert hit.met
    missed = attainment(D("3"), D("0"), direction="lower")
    assert missed.ratio is None
    assert not missed.met
    assert repr(missed) == "<Attainment undefined (zero target) of target, not met>"
    assert attainment(D("3"), D("0")).met


@pytest.mark.parametrize(
    ("actual", "target", "field"),
    [
        (D("1"), None, "target"),
        (None, D("1"), "actual"),
        (1.5, D("1"), "actual"),
        (D("1"), "2", "target"),
        (D("1"), True, "target"),
        (D("1"), D("Infinity"), "target"),
        (D("1"), (D("2"), 3), "target"),
    ],
)
def test_attainment_rejects_bad_inputs(actual, target, field):
    with pytest.raises(ValidationError) as info:
        attainment(actual, target)
    assert info.value.field == field


@pytest.mark.parametrize(
    ("options", "field"),
    [
        ({"direction": "up"}, "direction"),
        ({"direction": 1}, "direction"),
        ({"bound": "at least"}, "bound"),
        ({"tolerance": D("1")}, "tolerance"),
        ({"tolerance": D("-0.1")}, "tolerance"),
        ({"tolerance": 0.05}, "tolerance"),
        ({"baseline": 1.0}, "baseline"),
    ],
)
def test_attainment_rejects_bad_options(options, field):
    with pytest.raises(ValidationError) as info:
        attainment(D("1"), D("2"), **options)
    assert info.value.field == field


def test_units_are_converted_and_dimensions_checked():
    in_thousands = attainment((D("282.65"), "nghìn tấn"), (D("275786"), "tấn"))
    assert in_thousands.actual == D("282650")
    assert in_thousands.interval is not None
    assert in_thousands.interval.contains(D("1.0249"))
    assert attainment(figure(GRAIN, "282647.81", "tấn"), (D("275.786"), "nghìn tấn")).met
    with pytest.raises(DimensionalityError):
        attainment((D("1"), "tấn"), (D("1"), "ha"))
    with pytest.raises(DimensionalityError):
        attainment((D("1"), "tỷ đồng"), (D("1"), "triệu USD"))
    with pytest.raises(DimensionalityError):
        growth((D("1"), "người"), (D("1"), "hộ"))
    with pytest.raises(DimensionalityError):
        pp_change((D("21.25"), "%"), (D("1"), "tấn"))


def test_progress_from_a_baseline():
    # poverty: 30.58% in 2022, plan 26.57% for 2023; 27% reached would be 89% of the way.
    result = attainment(D("27.00"), D("26.57"), direction="lower", baseline=D("30.58"))
    assert result.baseline == D("30.58")
    assert result.progress is not None
    assert D("0.892") < result.progress < D("0.893")
    assert result.progress_interval is not None
    assert result.progress_interval.contains(result.progress)
    backwards = attainment(D("31"), D("26.57"), baseline=D("30.58"))
    assert backwards.progress is not None
    assert backwards.progress < 0
    beyond = attainment(D("120"), D("110"), baseline=D("100"))
    assert beyond.progress == D("2")  # never capped


def test_progress_is_none_when_no_change_was_planned():
    flat = attainment(D("105"), D("100"), baseline=D("100.0"))
    assert flat.progress is None
    assert flat.progress_interval is None
    assert flat.ratio == D("1.05")
    close = attainment(D("105"), D("100.1"), baseline=D("100"))
    assert close.progress is not None
    assert close.progress_interval is None  # 100.1 and 100 overlap within printing


# -- growth, changes, factors, shares ----------------------------------------------------------


def test_grain_growth_from_the_report():
    # tăng 1,99% so với năm trước: a 2021 output of 277.136 tấn fits
    result = growth(figure(GRAIN, "282647.81", "tấn"), (D("277136"), "tấn"))
    assert isinstance(result, Derived)
    assert result.interval.rounds_to(D("1.99"))
    assert result.interval.contains(result.value)
    assert repr(result).startswith("Derived(1.98884")


def test_negative_growth():
    result = growth(D("41977"), D("46162"))
    assert result.value < 0
    assert result.interval.rounds_to(D("-9.07"))
    with pytest.raises(ZeroDenominatorError) as info:
        growth(D("5"), D("0"))
    assert info.value.field == "reference"


def test_structure_share_changes_in_percentage_points():
    # công nghiệp - xây dựng chiếm 21,25%, tăng 1,63%: points, from 19,62%
    result = pp_change((D("21.25"), "%"), (D("19.62"), "%"))
    assert result.value == D("1.63")
    assert result.interval == Interval(D("1.620"), D("1.640"))
    assert pp_change(D("16.93"), D("17.60")).value == D("-0.67")


def test_factor_share_and_change():
    assert factor(D("2.35"), D("1")).value == D("2.35")
    tourists = factor((D("810"), "nghìn lượt"), (D("344.7"), "nghìn lượt"))
    assert tourists.interval.rounds_to(D("2.35"))
    part = share((D("9407.5"), "tỷ đồng"), (D("20141.09"), "tỷ đồng"))
    assert part.interval.rounds_to(D("46.71"))
    assert change((D("1"), "nghìn tấn"), (D("200"), "tấn")).value == D("0.8")
    with pytest.raises(ZeroDenominatorError):
        share(D("1"), D("0"))
    with pytest.raises(ZeroDenominatorError):
        factor(D("1"), D("0.0"))


def test_implied_reference_from_a_growth_claim():
    grain = figure(GRAIN, "282647.81", "tấn")
    claimed = stated(ClaimKind.GROWTH, "tăng", "1.99")
    implied = implied_reference(grain, claimed)
    assert implied == implied_reference(grain, D("1.99"))
    assert implied.low < 277136 < implied.high
    falling = implied_reference(D("41977"), stated(ClaimKind.GROWTH, "giảm", "9.07"))
    assert falling == implied_reference(D("41977"), D("-9.07"))
    assert falling.low > 41977
    doubled = implied_reference(D("810"), stated(ClaimKind.FACTOR, "tăng", "2.35", unit="lần"))
    assert doubled.contains(D("344.68"))
    with pytest.raises(ValidationError, match="a 'factor' or 'growth' claim"):
        implied_reference(grain, stated(ClaimKind.ATTAINMENT, "đạt", "102.49"))
    with pytest.raises(ValidationError, match="a 'attainment' claim"):
        implied_target(grain, claimed)
    with pytest.raises(ZeroDenominatorError):
        implied_reference(D("1"), D("-100"))
    with pytest.raises(ZeroDenominatorError):
        implied_target(D("1"), D("0"))


def test_errors_for_undefined_ratios_are_never_zero_percent():
    with pytest.raises(ZeroDivisionError):
        growth(D("1"), D("0"))
    assert attainment(D("0"), D("5")).ratio == 0  # a real 0%: nothing achieved


# -- properties from issue 3 -------------------------------------------------------------------

directions = st.sampled_from(list(Direction))
bounds = st.sampled_from(list(Bound))


@given(printed(nonzero=True), directions, bounds)
def test_attainment_of_a_target_against_itself_is_100_percent(value, direction, bound):
    result = attainment(value, value, direction=direction, bound=bound)
    assert result.ratio == 1
    assert result.percent == 100
    assert result.met
    assert result.interval is not None
    assert result.interval.contains(D(1))


@given(printed(), printed())
@example(D("1"), D("1"))
@example(D("0"), D("0"))
def test_swapping_direction_flips_met_except_at_equality(actual, target):
    higher = attainment(actual, target, direction="higher").met
    lower = attainment(actual, target, direction="lower").met
    if actual == target:
        assert higher
        assert lower
    else:
        assert higher != lower


@given(printed(positive=True, max_value="10000000"), printed(min_value="-50", max_value="300"))
def test_implied_reference_rounded_as_printed_reproduces_the_growth(current, percent):
    assume(percent > -100)
    implied = implied_reference(current, percent)
    exponent = current.as_tuple().exponent
    reference = implied.mid.quantize(D(1).scaleb(exponent), rounding=decimal.ROUND_HALF_UP)
    assume(reference != 0)
    assert growth(current, reference).interval.rounds_to(percent)


@given(printed(positive=True, max_value="10000000"), printed(positive=True, max_value="500"))
def test_implied_target_rounded_as_printed_reproduces_the_attainment(actual, percent):
    implied = implied_target(actual, percent)
    exponent = actual.as_tuple().exponent
    plan_value = implied.mid.quantize(D(1).scaleb(exponent), rounding=decimal.ROUND_HALF_UP)
    assume(plan_value != 0)
    result = attainment(actual, plan_value)
    assert result.percent_interval is not None
    assert result.percent_interval.rounds_to(percent)


@given(printed(), printed(nonzero=True), printed(), st.data())
def test_intervals_hold_the_exact_result_of_any_inputs_within_them(a, b, c, data):
    boxes = [Interval.from_printed(x) for x in (a, b, c)]
    x, y, z = (data.draw(inside(box)) for box in boxes)
    ratio = attainment(a, b)
    assert ratio.interval is not None
    assert holds(ratio.interval, x / y)
    assert holds(growth(a, b).interval, (x / y - 1) * 100)
    assert holds(factor(a, b).interval, x / y)
    assert holds(share(a, b).interval, x / y * 100)
    assert holds(change(a, c).interval, x - z)
    assert holds(pp_change(a, c).interval, x - z)
    if not boxes[1].overlaps(boxes[2]):
        progress = attainment(a, b, baseline=c)
        assert progress.progress_interval is not None
        assert holds(progress.progress_interval, (x - z) / (y - z))


@given(printed(), printed(min_value="-99", max_value="1000"), st.data())
def test_implied_values_hold_every_consistent_input(current, percent, data):
    assume(percent > -99)
    c = data.draw(inside(Interval.from_printed(current)))
    p = data.draw(inside(Interval.from_printed(percent)))
    assert holds(implied_reference(current, percent), c / (1 + p / 100))
    if percent > 0:
        assert holds(implied_target(current, percent), c / (p / 100))


@given(printed(), printed(nonzero=True))
def test_growth_intervals_are_tight(a, b):
    corners = [
        (F(x) / F(y) - 1) * 100
        for x, y in itertools.product(
            (Interval.from_printed(a).low, Interval.from_printed(a).high),
            (Interval.from_printed(b).low, Interval.from_printed(b).high),
        )
    ]
    interval = growth(a, b).interval
    slack = F(1, 10**20) * max(abs(c) for c in corners) + F(1, 10**40)
    assert abs(F(interval.low) - min(corners)) <= slack
    assert abs(F(interval.high) - max(corners)) <= slack


def test_inputs_may_be_figures_pairs_or_numbers():
    grain = figure(GRAIN, "282647.81", "tấn")
    assert growth(grain, D("277136")).value == growth(D("282647.81"), D("277136")).value
    assert growth((D("282647.81"), "tấn"), grain).value == 0
    assert attainment(grain, 275786).met
    dated = Measurement(
        id="stock",
        indicator=GRAIN,
        as_of=dt.date(2022, 12, 31),
        value=D("1"),
        unit="tấn",
        printed="1 tấn",
        role=Role.STOCK,
        location=HERE,
    )
    assert growth(dated, D("1")).value == 0


def test_inputs_may_be_quantities():
    retail = units.quantity(D("19467.1"), "tỷ đồng")
    plan = units.quantity(D("18000"), "tỷ đồng")
    result = attainment(retail, plan)
    assert result.met
    assert result.percent_interval is not None
    assert result.percent_interval.rounds_to(D("108.15"))
    in_millions = units.quantity(D("18000000"), "triệu đồng")
    assert attainment(retail, in_millions).ratio == result.ratio
    with pytest.raises(DimensionalityError):
        growth(retail, units.quantity(D("1"), "triệu USD"))


def test_a_stated_attainment_is_judged_on_its_stated_ratio() -> None:
    report = load("dien-bien-2022")
    claim = report["manufacturing-production-value-2022-attainment"]
    result = stated_attainment(claim)
    assert (result.ratio, result.target, result.met) == (Decimal("0.8573"), Decimal(1), False)
    assert result.percent_interval == Interval(Decimal("85.725"), Decimal("85.735"))
    assert stated_attainment(claim, bound="about").met is False  # 14,27% short: beyond 5%
    assert stated_attainment(claim, bound="at-most").met is True
    with pytest.raises(ValidationError, match="'stated'"):
        stated_attainment(report["grain-output-2022-growth"])
