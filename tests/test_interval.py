"""Interval arithmetic on decimals gives exact rational arithmetic's results, written alike."""

from __future__ import annotations

import decimal
import operator
from collections.abc import Callable
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from vnplan import Interval
from vnplan.exceptions import ZeroDenominatorError
from vnplan.strategies import intervals

_OPERATIONS: list[Callable[[object, object], object]] = [
    operator.add,
    operator.sub,
    operator.mul,
    operator.truediv,
]

#: Decimals of up to 30 digits and a wide range of exponents, written in any form
#: (``1.000``, ``1E+3``): where rounding and how a result is written can go wrong.
_DECIMALS = st.builds(
    lambda coefficient, exponent: Decimal(coefficient).scaleb(exponent),
    st.integers(-(10**30), 10**30) | st.sampled_from([0, 1, 3, 7, 10**27, 10**28 - 1, 10**28]),
    st.integers(-40, 40),
)


@st.composite
def _wide_intervals(draw: st.DrawFn) -> Interval:
    ends = sorted((draw(_DECIMALS), draw(_DECIMALS)))
    return Interval(*ends)


def _ends(interval: Interval) -> tuple[Fraction, Fraction]:
    return Fraction(interval.low), Fraction(interval.high)


#: The significant digits an interval keeps where a result is no exact decimal (its docs).
_PRECISION = 28


def _rounded(value: Fraction, rounding: str) -> Decimal:
    """``value`` rounded once to the precision, written as Decimal division writes it."""
    context = decimal.Context(prec=_PRECISION, rounding=rounding)
    return context.divide(Decimal(value.numerator), Decimal(value.denominator))


def _hull(
    operation: Callable[[Fraction, Fraction], Fraction],
    left: tuple[Fraction, Fraction],
    right: tuple[Fraction, Fraction],
) -> Interval:
    """The exact range of ``operation`` over the box, from its corners, rounded outward."""
    corners = [operation(a, b) for a in left for b in right]
    return Interval(
        _rounded(min(corners), decimal.ROUND_FLOOR), _rounded(max(corners), decimal.ROUND_CEILING)
    )


def _reference(
    operation: Callable[[object, object], object], left: Interval, right: Interval
) -> str:
    """The result of exact rational arithmetic rounded once outward, as text (its digits)."""
    if operation is operator.truediv and right.low <= 0 <= right.high:
        return "unbounded"
    result = _hull(operation, _ends(left), _ends(right))  # type: ignore[arg-type]
    return repr(result)


def _outcome(function: Callable[[], object]) -> str:
    try:
        return repr(function())
    except ZeroDenominatorError:
        return "unbounded"


@pytest.mark.parametrize("operation", _OPERATIONS)
@given(
    left=st.one_of(intervals(), _wide_intervals()),
    right=st.one_of(intervals(), _wide_intervals()),
)
@example(left=Interval(Decimal(1), Decimal(1)), right=Interval(Decimal(3), Decimal(8)))
@example(left=Interval(Decimal("0.5"), Decimal(1)), right=Interval(Decimal(1), Decimal(2)))
@example(left=Interval(Decimal("1E+40"), Decimal("1E+40")), right=Interval.exact(1))
@example(left=Interval(Decimal("-1.000"), Decimal("1.00")), right=Interval.exact(Decimal("1.0")))
def test_arithmetic_gives_exact_results_rounded_once_and_written_alike(
    operation: Callable[[object, object], object], left: Interval, right: Interval
) -> None:
    """Each end, and the way it is written (``102.5``, ``100``), is that of exact arithmetic."""
    assert _outcome(lambda: operation(left, right)) == _reference(operation, left, right)


@st.composite
def _intervals_from_zero_up(draw: st.DrawFn) -> Interval:
    ends = sorted((abs(draw(_DECIMALS)), abs(draw(_DECIMALS))))
    return Interval(*ends)


@given(left=_intervals_from_zero_up(), right=_intervals_from_zero_up())
@example(left=Interval(Decimal("-0"), Decimal("1.0")), right=Interval(Decimal("0.00"), Decimal(0)))
@example(left=Interval(Decimal("2.50"), Decimal("2.5")), right=Interval(Decimal(4), Decimal("4.0")))
def test_a_product_of_intervals_from_zero_up_takes_the_usual_corners(
    left: Interval, right: Interval
) -> None:
    """The quick product (least by least, greatest by greatest) is that of all four corners."""
    assert repr(left * right) == _reference(operator.mul, left, right)


@given(interval=st.one_of(intervals(), _wide_intervals()))
def test_mid_and_width_are_exact_results_rounded_once(interval: Interval) -> None:
    """The midpoint rounds half even and the width up, written as exact arithmetic writes them."""
    low, high = _ends(interval)
    assert repr(interval.mid) == repr(_rounded((low + high) / 2, decimal.ROUND_HALF_EVEN))
    assert repr(interval.width) == repr(_rounded(high - low, decimal.ROUND_CEILING))


def test_an_exact_quotient_is_written_in_its_shortest_form() -> None:
    """``1 / [3, 8]`` is ``[0.125, 0.3333333333333333333333333334]``: exact ends stay short."""
    result = Interval.exact(1) / Interval(Decimal(3), Decimal(8))
    assert repr(result) == "Interval(Decimal('0.125'), Decimal('0.3333333333333333333333333334'))"
    assert repr(Interval.exact(Decimal("1.50")) * 2) == "Interval(Decimal('3'), Decimal('3'))"
    huge = _rounded(Fraction(10**40), decimal.ROUND_FLOOR)
    assert repr(Interval.exact(10**40) + 0) == repr(Interval(huge, huge))
