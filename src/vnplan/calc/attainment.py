"""Attainment, growth, changes, factors, shares and implied values, with rounding intervals.

Every function here takes printed figures and returns both the value computed from the
printed numbers and the :class:`~vnplan.Interval` of values it could have, given that
each input stands for every number that rounds to it. The intervals are exact and tight:
each is the range of the formula over all inputs within their printed precision,
computed at the corners of that box (each formula is monotone in each input), in exact
rational arithmetic, then rounded outward once.

An input is an *amount*: a :class:`~vnplan.Measurement` or :class:`~vnplan.Target`
(its value, printed precision and unit), a ``(Decimal, unit)`` pair, a quantity of
:mod:`vnplan.units` with a ``Decimal`` magnitude (what :func:`vnplan.parse_quantity`
gives), or a bare :class:`~decimal.Decimal` or :class:`int` (read as printed, with no
unit). The magnitude's digits are its printed precision. A :class:`Derived` value (a
growth computed from two printed levels) is an amount too, with no unit: its interval,
not its digits, says what it may be. Amounts with
units are converted to a common unit first; amounts of different dimensions raise
:class:`~vnplan.exceptions.DimensionalityError`.

See ``docs/attainment.md`` for the definitions, with worked examples.
"""

from __future__ import annotations

import decimal
import sys
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, Final, Literal, TypeAlias

import attrs

from vnplan._enums import Bound, ClaimKind, Direction
from vnplan.exceptions import DimensionalityError, ValidationError, ZeroDenominatorError
from vnplan.model import Claim, Indicator, Measurement, Target
from vnplan.model import validators as v
from vnplan.model.interval import (
    _NEAREST,
    Interval,
    _from_fractions,
    _hull,
    _quotient,
    _to_decimal,
)
from vnplan.text import Printed

if TYPE_CHECKING:
    from collections.abc import Callable

    import pint

__all__ = [
    "ABOUT_TOLERANCE",
    "Amount",
    "Attainment",
    "Derived",
    "attainment",
    "change",
    "factor",
    "growth",
    "growth_percent",
    "implied_reference",
    "implied_target",
    "is_judged",
    "is_met",
    "pp_change",
    "ratio_of",
    "share",
    "stated_attainment",
]

#: What the functions of this module accept as an input figure (a figure, a
#: ``(Decimal, unit)`` pair, a quantity of :mod:`vnplan.units` (as
#: :func:`vnplan.parse_quantity` gives), a bare number read as printed, or a
#: :class:`Derived` value with its interval).
Amount: TypeAlias = (
    "Decimal | int | Measurement | Target | Printed | tuple[Decimal, str] | pint.Quantity[Decimal]"
    " | Derived"
)

#: How far short of an "about" (*khoảng*) target an outturn may fall and still meet it:
#: 5% of the target.
ABOUT_TOLERANCE: Final = Decimal("0.05")

_HUNDRED: Final = Fraction(100)
_ONE: Final = Decimal(1)
_ZERO: Final = Decimal(0)
#: Exact arithmetic on printed numbers: their sums and products are never rounded (the
#: trap turns a result that would need rounding into an error, never a silent loss).
_EXACT: Final = decimal.Context(prec=200, traps=[decimal.Inexact, decimal.InvalidOperation])


def _decimal(value: Fraction) -> Decimal:
    return _to_decimal(value, decimal.ROUND_HALF_EVEN)


def _exact(value: Fraction) -> Decimal:
    """An amount's value as a decimal, exactly (a printed number times a unit factor)."""
    return _EXACT.divide(Decimal(value.numerator), Decimal(value.denominator))


# -- point values: the rules, in exact decimals ---------------------------------------------
#
# attainment() and growth() below give these values with their intervals; a collection
# of many reports asks for the values of tens of thousands of pairs and works out an
# interval only when asked, so it calls these directly (benchmarks/run.py, row 5: the
# values alone take a tenth of the time of the full results).


def is_met(
    actual: Decimal,
    target: Decimal,
    *,
    direction: Direction,
    bound: Bound,
    tolerance: Decimal = ABOUT_TOLERANCE,
    high: Decimal | None = None,
) -> bool:
    """Say whether ``actual`` meets ``target``: the rule of :func:`attainment`.

    All are exact decimals in the same unit. ``at-least`` and ``at-most`` bounds decide
    alone; an exact or an ``about`` target is met by direction, an ``about`` target with a
    slack of ``tolerance`` times the target (see :func:`attainment`). With ``high``, the
    target is the range from ``target`` to ``high`` ("6,5 - 7%"): met when the outturn is
    within it or better (higher is better: at least ``target``; lower is better: at most
    ``high``; neutral: within; at least: ``target``; at most: ``high``).
    """
    top = target if high is None else high
    if bound is Bound.AT_LEAST:
        return actual >= target
    if bound is Bound.AT_MOST:
        return actual <= top
    about = bound is Bound.ABOUT
    low_end = _EXACT.subtract(
        target, _EXACT.multiply(tolerance, target.copy_abs()) if about else _ZERO
    )
    high_end = _EXACT.add(top, _EXACT.multiply(tolerance, top.copy_abs()) if about else _ZERO)
    if direction is Direction.HIGHER:
        return actual >= low_end
    if direction is Direction.LOWER:
        return actual <= high_end
    return low_end <= actual <= high_end


def is_judged(direction: Direction, bound: Bound) -> bool:
    """Say whether a target can be met or missed at all.

    Not for a neutral indicator with an exact target (a budget's spending, a structure
    share): neither way is better, so the scorecard and collections say ``met`` is
    ``None`` there, while :attr:`Attainment.met` says whether the outturn equals it.
    """
    return not (direction is Direction.NEUTRAL and bound is Bound.EXACT)


def ratio_of(actual: Decimal, target: Decimal) -> Decimal | None:
    """Return ``actual / target``, rounded once (half even, 28 digits); ``None`` for a zero target.

    Both are exact decimals in the same unit. This is :attr:`Attainment.ratio`.
    """
    if target == 0:
        return None
    return _quotient(actual, target, _NEAREST)[0]


def growth_percent(current: Decimal, reference: Decimal) -> Decimal:
    """Return ``(current / reference - 1) × 100``, rounded once: :func:`growth`'s value.

    Both are exact decimals in the same unit.

    Raises:
        ZeroDenominatorError: ``reference`` is zero.
    """
    if reference == 0:
        raise ZeroDenominatorError("reference", reference)
    excess = _EXACT.multiply(_EXACT.subtract(current, reference), 100)
    return _quotient(excess, reference, _NEAREST)[0]


class _Amount:
    """An input, read: its printed value, interval and unit (all exact).

    A plain class, not attrs: it is never compared, hashed or shown, and an attrs class
    costs ``import vnplan`` half a millisecond to build.
    """

    __slots__ = ("bound", "high", "indicator", "low", "unit", "value")

    def __init__(
        self,
        *,
        value: Fraction,
        low: Fraction,
        high: Fraction,
        unit: str | None,
        indicator: Indicator | None,
        bound: Bound | None,
    ) -> None:
        self.value = value
        self.low = low
        self.high = high
        self.unit = unit
        self.indicator = indicator
        self.bound = bound

    @property
    def interval(self) -> Interval:
        return _from_fractions(self.low, self.high)

    def with_values(self, value: Fraction, low: Fraction, high: Fraction) -> _Amount:
        """The same amount (unit, indicator, bound) with other values."""
        return _Amount(
            value=value,
            low=low,
            high=high,
            unit=self.unit,
            indicator=self.indicator,
            bound=self.bound,
        )

    def scaled(self, factor: Fraction) -> _Amount:
        ends = sorted((self.low * factor, self.high * factor))
        return self.with_values(self.value * factor, ends[0], ends[1])


def _quantity_parts(amount: object) -> tuple[object, str] | None:
    """The magnitude and printed unit of a pint quantity; ``None`` for anything else."""
    pint = sys.modules.get("pint")  # no quantity can exist before pint is imported
    if pint is None or not isinstance(amount, pint.Quantity):
        return None
    from vnplan import units  # noqa: PLC0415 (pint is loaded already, see above)

    return amount.magnitude, units.unit_text(amount.units)


def _read(amount: object, field: str) -> _Amount:
    """Read an amount; a bare number is taken as printed, with its printed precision."""
    indicator: Indicator | None = None
    bound: Bound | None = None
    unit: str | None = None
    value: object
    quantity = _quantity_parts(amount)
    if quantity is not None:
        value, unit = quantity
    elif isinstance(amount, Measurement | Target):
        value, unit, indicator, bound = amount.value, amount.unit, amount.indicator, amount.bound
    elif isinstance(amount, Printed):  # a parsed figure; a range gives its low end here
        if amount.denominator is not None:
            raise ValidationError(field, "a printed figure that is not a fraction", amount.text)
        value, unit, bound = amount.value, amount.unit or None, amount.bound
    elif isinstance(amount, tuple) and len(amount) == 2 and isinstance(amount[1], str):
        value, unit = amount
    elif isinstance(amount, Derived):  # a computed value: its interval, not its digits
        box = amount.interval
        return _Amount(
            value=Fraction(amount.value),
            low=Fraction(box.low),
            high=Fraction(box.high),
            unit=None,
            indicator=None,
            bound=None,
        )
    else:
        value = amount
    if isinstance(value, bool) or not isinstance(value, Decimal | int):
        raise ValidationError(
            field,
            "a Decimal, a Measurement or Target, a (Decimal, unit) pair or a Decimal quantity",
            amount,
        )
    number = Decimal(value)
    if not number.is_finite():
        raise ValidationError(field, "a finite Decimal", amount)
    interval = Interval.from_printed(number)
    return _Amount(
        value=Fraction(number),
        low=Fraction(interval.low),
        high=Fraction(interval.high),
        unit=unit,
        indicator=indicator,
        bound=bound,
    )


def _common(first: _Amount, second: _Amount) -> tuple[_Amount, _Amount]:
    """Express ``first`` in ``second``'s unit (exactly); either may have none."""
    if first.unit is None or second.unit is None or first.unit == second.unit:
        return first, second
    from vnplan import units  # noqa: PLC0415 (pint loads on first use, not on import)

    factor = units.conversion_factor(first.unit, second.unit)
    return first.scaled(Fraction(factor)), second


def _require_nonzero(amount: _Amount, field: str) -> None:
    if amount.low <= 0 <= amount.high:
        raise ZeroDenominatorError(field, _decimal(amount.value))


def _range(function: Callable[..., Fraction], *amounts: _Amount) -> Interval:
    """The range of ``function`` over the box of the amounts' intervals (see _interval)."""
    return _hull(function, *((a.low, a.high) for a in amounts))


@attrs.frozen(kw_only=True, repr=False)
class Derived:
    """A value computed from printed figures, with the interval it must lie in.

    ``value`` is computed from the numbers as printed; ``interval`` holds the exact result
    for every choice of inputs within their printed precision.
    """

    #: The value computed from the printed numbers.
    value: Decimal = attrs.field(validator=v.instance_of(Decimal))
    #: The values the result can take, given the inputs' printed precision.
    interval: Interval = attrs.field(validator=v.instance_of(Interval))

    def __repr__(self) -> str:
        """Return ``Derived(1.99 in [1.98, 2.00])``."""
        return f"Derived({self.value} in {self.interval})"


@attrs.frozen(kw_only=True, repr=False)
class Attainment:
    """How an outturn compares with its target: ratio, whether met, progress from a baseline.

    Build it with :func:`attainment`. All values are in the target's unit.
    """

    #: The outturn, in the target's unit.
    actual: Decimal = attrs.field(validator=v.instance_of(Decimal))
    #: The target; the low end of a range target.
    target: Decimal = attrs.field(validator=v.instance_of(Decimal))
    #: Which way is better.
    direction: Direction = attrs.field(validator=v.instance_of(Direction))
    #: How the target bounds the outturn.
    bound: Bound = attrs.field(validator=v.instance_of(Bound))
    #: For an "about" target, the share of the target the outturn may miss it by.
    tolerance: Decimal = attrs.field(validator=v.instance_of(Decimal))
    #: Whether the target is met, by direction and bound (see :func:`attainment`).
    met: bool = attrs.field(validator=v.instance_of(bool))
    #: ``actual / target`` (1.0249 is *đạt 102,49% kế hoạch*); ``None`` for a zero target.
    ratio: Decimal | None = attrs.field(validator=v.optional(v.instance_of(Decimal)))
    #: The ratios the printed inputs allow; ``None`` for a zero target.
    interval: Interval | None = attrs.field(validator=v.optional(v.instance_of(Interval)))
    #: The value the plan started from, when given.
    baseline: Decimal | None = attrs.field(
        default=None, validator=v.optional(v.instance_of(Decimal))
    )
    #: The share of the planned change achieved, ``(actual - baseline) / (target - baseline)``.
    progress: Decimal | None = attrs.field(
        default=None, validator=v.optional(v.instance_of(Decimal))
    )
    #: The progress values the printed inputs allow; ``None`` when it is unbounded.
    progress_interval: Interval | None = attrs.field(
        default=None, validator=v.optional(v.instance_of(Interval))
    )
    #: The high end of a range target ("6,5 - 7%"), in the target's unit; else ``None``.
    target_high: Decimal | None = attrs.field(
        default=None, validator=v.optional(v.instance_of(Decimal))
    )

    @property
    def percent(self) -> Decimal | None:
        """The ratio in percent (``102.49`` for *đạt 102,49%*); ``None`` for a zero target."""
        return None if self.ratio is None else self.ratio * 100

    @property
    def percent_interval(self) -> Interval | None:
        """The interval of :attr:`percent`; ``None`` for a zero target."""
        return None if self.interval is None else self.interval * 100

    def __repr__(self) -> str:
        """Return ``<Attainment 102.49% of target, met>``."""
        share = "undefined (zero target)" if self.percent is None else f"{self.percent:.2f}%"
        verdict = "met" if self.met else "not met"
        return f"<Attainment {share} of target, {verdict}>"


def _direction(value: object, default: Direction) -> Direction:
    if value is None:
        return default
    if isinstance(value, str) and value in _DIRECTIONS:
        return Direction(value)
    raise ValidationError("direction", "one of 'higher', 'lower', 'neutral'", value)


def _bound(value: object, default: Bound) -> Bound:
    if value is None:
        return default
    if isinstance(value, str) and value in _BOUNDS:
        return Bound(value)
    raise ValidationError("bound", "one of 'exact', 'at-least', 'at-most', 'about'", value)


_DIRECTIONS: Final = frozenset(member.value for member in Direction)
_BOUNDS: Final = frozenset(member.value for member in Bound)


def attainment(
    actual: Amount,
    target: Amount,
    *,
    direction: Direction | Literal["higher", "lower", "neutral"] | None = None,
    bound: Bound | Literal["exact", "at-least", "at-most", "about"] | None = None,
    baseline: Amount | None = None,
    tolerance: Decimal = ABOUT_TOLERANCE,
    target_high: Amount | None = None,
) -> Attainment:
    """Compare an outturn with its target.

    >>> from decimal import Decimal
    >>> result = attainment(Decimal("282647.81"), Decimal("275786"))
    >>> result.percent_interval.rounds_to(Decimal("102.49")), result.met
    (True, True)

    **Whether it is met** compares the printed values, converted to the target's unit:

    - ``bound="at-least"`` (trên, tối thiểu): ``actual >= target``;
      ``bound="at-most"`` (dưới, không quá): ``actual <= target``, whatever the direction;
    - ``bound="exact"``: by direction: higher is better, ``actual >= target``; lower is
      better (poverty rate), ``actual <= target``; neutral, ``actual == target``;
    - ``bound="about"`` (khoảng): as exact, with a slack of ``tolerance`` (5%) of the
      target: higher, ``actual >= target × 0.95``; lower, ``actual <= target × 1.05``;
      neutral, within 5% either side;
    - a range target (``target_high``, or a :class:`~vnplan.Printed` range such as
      "6,5 - 7%") is met within the range or beyond it on the better side: higher is
      better, ``actual >= low``; lower is better, ``actual <= high``; neutral, within.
      Its ratio is against the low end (the least the plan asks).

    A zero target has no ratio: :attr:`~Attainment.ratio` and
    :attr:`~Attainment.interval` are ``None`` (never 0% nor 100%), while
    :attr:`~Attainment.met` is still decided as above.

    Args:
        actual: The outturn.
        target: The target (a :class:`~vnplan.Target` brings its bound).
        direction: Which way is better; by default the indicator's direction of
            ``target`` or ``actual`` when either is a figure, else ``"higher"``.
        bound: How the target bounds the outturn; by default the bound of ``target`` when
            it is a :class:`~vnplan.Target`, else ``"exact"``.
        baseline: The value the plan started from (often last year's outturn). Gives
            :attr:`~Attainment.progress`, the share of the planned change achieved; when
            the target equals the baseline, no change was planned and progress is
            ``None``.
        tolerance: The slack of an "about" target, as a fraction of it (0 to 1).
        target_high: The high end of a range target, when ``target`` is its low end;
            by default the high end of ``target`` when it is a :class:`~vnplan.Printed`
            range.

    Returns:
        The :class:`Attainment`.

    Raises:
        ValidationError: An input is missing (``None``), a float, or not an amount; the
            direction, bound or tolerance is unknown or out of range; a range's high end
            is given twice or is not above its low end.
        DimensionalityError: The inputs' units measure different things.
    """
    _check_tolerance(tolerance)
    got, goal = _common(_read(actual, "actual"), _read(target, "target"))
    high = _range_high(target, target_high, goal)
    indicator = goal.indicator or got.indicator
    chosen_direction = _direction(direction, indicator.direction if indicator else Direction.HIGHER)
    chosen_bound = _bound(bound, goal.bound or Bound.EXACT)
    got_value, goal_value = _exact(got.value), _exact(goal.value)
    met = is_met(
        got_value,
        goal_value,
        direction=chosen_direction,
        bound=chosen_bound,
        tolerance=tolerance,
        high=high,
    )
    ratio = ratio_of(got_value, goal_value)
    ratio_interval: Interval | None = None
    if ratio is not None:
        ratio_interval = _range(lambda a, t: a / t, got, goal)
    start: Decimal | None = None
    progress: Decimal | None = None
    progress_interval: Interval | None = None
    if baseline is not None:
        base, _ = _common(_read(baseline, "baseline"), goal)
        start = _decimal(base.value)
        if goal.value != base.value:
            progress = _decimal((got.value - base.value) / (goal.value - base.value))
            if goal.high < base.low or base.high < goal.low:
                progress_interval = _range(lambda a, t, b: (a - b) / (t - b), got, goal, base)
    return Attainment(
        actual=_decimal(got.value),
        target=_decimal(goal.value),
        direction=chosen_direction,
        bound=chosen_bound,
        tolerance=tolerance,
        met=met,
        ratio=ratio,
        interval=ratio_interval,
        baseline=start,
        progress=progress,
        progress_interval=progress_interval,
        target_high=high,
    )


def _range_high(target: Amount, target_high: Amount | None, goal: _Amount) -> Decimal | None:
    """The high end of a range target, in the target's unit; ``None`` for one value."""
    if isinstance(target, Printed) and target.high is not None:
        if target_high is not None:
            raise ValidationError("target_high", "None: the target is a range already", target_high)
        target_high = (target.high, target.unit) if target.unit else target.high
    if target_high is None:
        return None
    high, low = (
        _exact(_common(_read(target_high, "target_high"), goal)[0].value),
        _exact(goal.value),
    )
    if not high > low:
        raise ValidationError("target_high", f"the high end of a range, above {low}", high)
    return high


def stated_attainment(
    stated: Claim,
    *,
    bound: Bound | Literal["exact", "at-least", "at-most", "about"] | None = None,
    tolerance: Decimal = ABOUT_TOLERANCE,
) -> Attainment:
    """Judge an attainment the report states: *đạt 85,73% kế hoạch*.

    The report may state a share of the plan and print neither the outturn nor the plan
    (manufacturing, *đạt 85,73% kế hoạch*). Such a claim is judged on the ratio it
    states, as an outturn of that ratio against a target of 1: ``actual`` is the stated
    ratio (``0.8573``), ``target`` is ``1``, and :attr:`~Attainment.interval` the ratios
    its printed precision allows. Whether it is met follows the rule of
    :func:`attainment`, with the direction of the claim's indicator.

    >>> import vnplan
    >>> report = vnplan.load("dien-bien-2022")
    >>> stated_attainment(report["manufacturing-production-value-2022-attainment"])
    <Attainment 85.73% of target, not met>

    Args:
        stated: An attainment claim.
        bound: How the plan bounds the outturn (the bound of its printed target, when
            there is one); ``"exact"`` by default.
        tolerance: The slack of an "about" target, as a fraction of it (0 to 1).

    Returns:
        The :class:`Attainment`, in ratios.

    Raises:
        ValidationError: ``stated`` is not an attainment claim, or the bound or the
            tolerance is unknown or out of range.
    """
    _check_tolerance(tolerance)
    if not isinstance(stated, Claim):
        raise ValidationError("stated", "an attainment Claim", stated)
    ratio = _stated_ratio(stated, "stated", _ATTAINMENT_KINDS, 0)
    direction = stated.indicator.direction
    chosen_bound = _bound(bound, Bound.EXACT)
    value = _exact(ratio.value)
    return Attainment(
        actual=_decimal(ratio.value),
        target=_ONE,
        direction=direction,
        bound=chosen_bound,
        tolerance=tolerance,
        met=is_met(value, _ONE, direction=direction, bound=chosen_bound, tolerance=tolerance),
        ratio=_decimal(ratio.value),
        interval=ratio.interval,
    )


def _check_tolerance(tolerance: object) -> None:
    if not isinstance(tolerance, Decimal) or not 0 <= tolerance < 1:
        raise ValidationError("tolerance", "a Decimal from 0 to below 1", tolerance)


def _pair(current: Amount, reference: Amount, names: tuple[str, str]) -> tuple[_Amount, _Amount]:
    first, second = _read(current, names[0]), _read(reference, names[1])
    second, first = _common(second, first)
    return first, second


def growth(current: Amount, reference: Amount) -> Derived:
    """Return the growth of ``current`` over ``reference``, in percent.

    ``(current / reference - 1) × 100``: 282.647,81 tấn against 277.136 tấn is 1,99%
    (*tăng 1,99% so với năm trước*); a fall gives a negative value (*giảm*).

    Args:
        current: The value of the period.
        reference: The value of the period compared against.

    Returns:
        The growth in percent, with its interval.

    Raises:
        ZeroDenominatorError: ``reference`` is zero: growth from nothing is undefined.
        DimensionalityError: The units measure different things.
        ValidationError: An input is not an amount.
    """
    now, then = _pair(current, reference, ("current", "reference"))
    _require_nonzero(then, "reference")
    return Derived(
        value=growth_percent(_exact(now.value), _exact(then.value)),
        interval=_range(lambda c, r: (c / r - 1) * _HUNDRED, now, then),
    )


def factor(current: Amount, reference: Amount) -> Derived:
    """Return how many times ``reference`` ``current`` is (*gấp 2,21 lần*).

    Args:
        current: The value of the period.
        reference: The value compared against.

    Returns:
        ``current / reference``, with its interval.

    Raises:
        ZeroDenominatorError: ``reference`` is zero.
        DimensionalityError: The units measure different things.
        ValidationError: An input is not an amount.
    """
    now, then = _pair(current, reference, ("current", "reference"))
    _require_nonzero(then, "reference")
    return Derived(
        value=_decimal(now.value / then.value),
        interval=_range(lambda c, r: c / r, now, then),
    )


def change(current: Amount, reference: Amount) -> Derived:
    """Return the absolute change ``current - reference``, in ``current``'s unit.

    *giảm 140,15 ha* is a change of -140,15 ha.

    Args:
        current: The value of the period.
        reference: The value compared against.

    Returns:
        The difference, with its interval.

    Raises:
        DimensionalityError: The units measure different things.
        ValidationError: An input is not an amount.
    """
    now, then = _pair(current, reference, ("current", "reference"))
    return Derived(
        value=_decimal(now.value - then.value),
        interval=_range(lambda c, r: c - r, now, then),
    )


def pp_change(current_rate: Amount, reference_rate: Amount) -> Derived:
    """Return the change of a rate or share, in percentage points.

    A share that went from 19,62% to 21,25% rose by 1,63 percentage points (reports print
    *tăng 1,63%*), not by 1,63 percent.

    Args:
        current_rate: The rate of the period, in percent.
        reference_rate: The rate compared against, in percent.

    Returns:
        ``current_rate - reference_rate`` in percentage points, with its interval.

    Raises:
        DimensionalityError: A unit given is not a percentage.
        ValidationError: An input is not an amount.
    """
    now, then = _pair(current_rate, reference_rate, ("current_rate", "reference_rate"))
    for amount in (now, then):
        _require_percent(amount)
    return Derived(
        value=_decimal(now.value - then.value),
        interval=_range(lambda c, r: c - r, now, then),
    )


def _require_percent(amount: _Amount) -> None:
    if amount.unit is None:
        return
    from vnplan import units  # noqa: PLC0415 (pint loads on first use, not on import)

    info = units.unit_info(amount.unit)
    if info.dimension != "dimensionless" or info.factor != Decimal("0.01"):
        raise DimensionalityError(
            amount.unit, "%", f"a percentage-point change needs rates in '%' (got {amount.unit!r})"
        )


def share(part: Amount, whole: Amount) -> Derived:
    """Return ``part`` as a percentage of ``whole`` (*chiếm 48,035%*).

    Args:
        part: The part.
        whole: The whole it is part of.

    Returns:
        ``part / whole × 100``, with its interval.

    Raises:
        ZeroDenominatorError: ``whole`` is zero.
        DimensionalityError: The units measure different things.
        ValidationError: An input is not an amount.
    """
    piece, total = _pair(part, whole, ("part", "whole"))
    _require_nonzero(total, "whole")
    return Derived(
        value=_decimal(piece.value / total.value * _HUNDRED),
        interval=_range(lambda p, w: p / w * _HUNDRED, piece, total),
    )


def _stated_ratio(
    stated: Decimal | Claim, field: str, kinds: frozenset[ClaimKind], offset: int
) -> _Amount:
    """The ratio a claim, or a printed percentage, states, as an amount (ratio box)."""
    if isinstance(stated, Claim):
        if stated.kind not in kinds:
            names = " or ".join(sorted(repr(kind.value) for kind in kinds))
            raise ValidationError(field, f"a {names} claim", stated.id)
        box = stated.ratio_interval
        value = stated.ratio
        assert box is not None  # noqa: S101 (those kinds have ratios)
        assert value is not None  # noqa: S101 (those kinds have ratios)
        return _Amount(
            value=Fraction(value),
            low=Fraction(box.low),
            high=Fraction(box.high),
            unit=None,
            indicator=None,
            bound=None,
        )
    percent = _read(stated, field)

    def to_ratio(p: Fraction) -> Fraction:
        return (offset + p) / _HUNDRED

    return percent.with_values(
        to_ratio(percent.value), to_ratio(percent.low), to_ratio(percent.high)
    )


_GROWTH_KINDS: Final = frozenset({ClaimKind.GROWTH, ClaimKind.FACTOR})
_ATTAINMENT_KINDS: Final = frozenset({ClaimKind.ATTAINMENT})


def implied_reference(current: Amount, growth_percent: Decimal | Claim) -> Interval:
    """Return the reference-period values that a stated growth implies.

    The report gives 2022 grain output, 282.647,81 tấn, and says it rose 1,99%: 2021
    output must lie within ``current / (1 + growth/100)`` for every value those printed
    numbers stand for.

    Args:
        current: The value of the period.
        growth_percent: The signed growth in percent as printed (``Decimal("1.99")``;
            ``Decimal("-4.32")`` for *giảm 4,32%*), or a growth or factor claim (its
            :attr:`~vnplan.Claim.ratio_interval` is used).

    Returns:
        The interval of reference values, in ``current``'s unit.

    Raises:
        ZeroDenominatorError: The growth may be -100% (nothing left to divide by).
        ValidationError: An input is not an amount, or the claim is of another kind.
    """
    now = _read(current, "current")
    ratio = _stated_ratio(growth_percent, "growth_percent", _GROWTH_KINDS, 100)
    _require_nonzero(ratio, "growth_percent")
    return _range(lambda c, q: c / q, now, ratio)


def implied_target(actual: Amount, attainment_percent: Decimal | Claim) -> Interval:
    """Return the target values that a stated attainment implies.

    The report gives 2022 retail sales, 19.467,1 tỷ đồng, *vượt 8,15% kế hoạch*; the plan
    it never prints must lie within ``actual / 1.0815`` for every value those printed
    numbers stand for.

    Args:
        actual: The outturn.
        attainment_percent: The attainment in percent of plan (``Decimal("108.15")``
            for *vượt 8,15%*, ``Decimal("102.49")`` for *đạt 102,49%*), or an attainment
            claim (its :attr:`~vnplan.Claim.ratio_interval` is used).

    Returns:
        The interval of target values, in ``actual``'s unit.

    Raises:
        ZeroDenominatorError: The attainment is zero.
        ValidationError: An input is not an amount, or the claim is of another kind.
    """
    got = _read(actual, "actual")
    ratio = _stated_ratio(attainment_percent, "attainment_percent", _ATTAINMENT_KINDS, 0)
    _require_nonzero(ratio, "attainment_percent")
    return _range(lambda a, q: a / q, got, ratio)
