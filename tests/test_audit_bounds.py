"""The audit's quick interval arithmetic gives the values of Interval arithmetic, exactly."""

from __future__ import annotations

import operator
from collections.abc import Callable
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

import vnplan
from vnplan import ClaimKind, Interval
from vnplan.checks import CHECKS
from vnplan.checks.bounds import Bounds, scaled, shifted
from vnplan.checks.engine import Context, Reading
from vnplan.exceptions import ZeroDenominatorError
from vnplan.strategies import intervals, numbers

_OPERATIONS: list[Callable[[object, object], object]] = [
    operator.add,
    operator.sub,
    operator.mul,
    operator.truediv,
]


def _bounds(interval: Interval) -> Bounds:
    return Bounds(interval.low, interval.high)


def _outcome(function: Callable[[], object]) -> object:
    try:
        result = function()
    except ZeroDenominatorError:
        return "unbounded"
    assert isinstance(result, Interval)
    return (result.low, result.high)  # Decimal equality: the values, not how they are written


@pytest.mark.parametrize("operation", _OPERATIONS)
@given(
    left=intervals(),
    right=st.one_of(intervals(), st.integers(-1000, 1000), numbers(signed=True, max_digits=18)),
    which=st.sampled_from(["left", "right", "both"]),
)
def test_bounds_arithmetic_gives_the_values_of_interval_arithmetic(
    operation: Callable[[object, object], object],
    left: Interval,
    right: Interval | int | Decimal,
    which: str,
) -> None:
    a: object = _bounds(left) if which in {"left", "both"} else left
    b: object = right
    if isinstance(right, Interval) and which in {"right", "both"}:
        b = _bounds(right)
    expected = _outcome(lambda: operation(left, right))
    got = _outcome(lambda: operation(a, b))
    assert got == expected
    if got != "unbounded" and (isinstance(a, Bounds) or isinstance(b, Bounds)):
        assert isinstance(operation(a, b), Bounds)


@pytest.mark.parametrize("operation", _OPERATIONS)
@given(left=st.integers(-1000, 1000), right=intervals())
def test_bounds_arithmetic_from_an_exact_number(
    operation: Callable[[object, object], object], left: int, right: Interval
) -> None:
    assert _outcome(lambda: operation(left, _bounds(right))) == _outcome(
        lambda: operation(left, right)
    )


@given(interval=intervals(), factor=numbers(signed=True, max_digits=18))
def test_scaled_gives_the_values_of_a_product(interval: Interval, factor: Decimal) -> None:
    product = interval * factor
    result = scaled(interval.low, interval.high, factor)
    assert (result.low, result.high) == (product.low, product.high)


def test_negation_keeps_bounds() -> None:
    negated = -Bounds(Decimal("1.50"), Decimal(2))
    assert isinstance(negated, Bounds)
    assert (negated.low, negated.high) == (Decimal(-2), Decimal("-1.5"))


@given(interval=intervals(), power=st.sampled_from([-9, -6, -3, 3, 6, 9]))
def test_shifted_gives_the_values_of_a_product_by_a_power_of_ten(
    interval: Interval, power: int
) -> None:
    """A slip's trial interval, the digits moved, is the rescaled operand's interval."""
    product = interval * Decimal(1).scaleb(power)
    result = shifted(interval, power)
    assert (result.low, result.high) == (product.low, product.high)


def test_the_context_makes_one_operand_per_number_unit_and_sign() -> None:
    """Checks share each operand (and its intervals); a fraction's two numbers are two."""
    report = vnplan.load("dien-bien-2022")
    context = Context(report, CHECKS)
    fraction = next(claim for claim in report.claims if claim.kind is ClaimKind.FRACTION)
    numerator = context.as_printed(fraction)
    denominator = context.as_printed(fraction, denominator=True)
    assert context.as_printed(fraction) is numerator
    assert (numerator.value, denominator.value) == (fraction.value, fraction.denominator)
    assert context.operand(fraction, fraction.unit) is numerator
    assert context.operand(fraction, "người") is None  # hectares are not persons
    assert denominator.rounded == denominator.interval(Reading.ROUNDED)
    assert denominator.rounded.low < fraction.denominator < denominator.rounded.high
