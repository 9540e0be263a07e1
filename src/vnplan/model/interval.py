"""Closed intervals of exact decimals: what a printed figure can stand for.

A figure printed to two decimals stands for every value that rounds to it: "102,49"
means 102,485 to 102,495. :class:`Interval` carries such bounds through arithmetic, so
that a recomputed total, growth rate or attainment says not one number but the range in
which the true value must lie.

Endpoints are :class:`~decimal.Decimal`. Sums, differences and products are computed
exactly; quotients are rounded *outward* (the low end down, the high end up, to
:data:`PRECISION` significant digits), so an interval always contains the exact result.

This module depends on nothing else in vnplan but the exceptions.
"""

from __future__ import annotations

import decimal
import itertools
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, Final, TypeAlias

import attrs

from vnplan.exceptions import ValidationError, ZeroDenominatorError

if TYPE_CHECKING:
    from collections.abc import Callable

__all__ = ["PRECISION", "Interval"]

#: Significant digits kept when a result is not an exact decimal (a quotient).
PRECISION: Final = 28

#: What may be combined with an interval (another interval, or an exact number).
Operand: TypeAlias = "Interval | Decimal | int"


def _finite_decimal(_instance: object, attribute: attrs.Attribute[Decimal], value: object) -> None:
    if not isinstance(value, Decimal) or not value.is_finite():
        raise ValidationError(attribute.name, "a finite Decimal", value)


def _to_decimal(value: Fraction, rounding: str) -> Decimal:
    """Convert an exact fraction to a decimal, rounding (once) with ``rounding``."""
    context = decimal.Context(prec=PRECISION, rounding=rounding)
    return context.divide(Decimal(value.numerator), Decimal(value.denominator))


def _from_fractions(low: Fraction, high: Fraction) -> Interval:
    """Round ``low`` down and ``high`` up to decimals: an interval that holds both."""
    return Interval(_to_decimal(low, decimal.ROUND_FLOOR), _to_decimal(high, decimal.ROUND_CEILING))


def _hull(function: Callable[..., Fraction], *boxes: tuple[Fraction, Fraction]) -> Interval:
    """Return the range of ``function`` over the box ``boxes``, from its corners.

    Exact when ``function`` is monotone in each argument with the others held fixed
    (true of sums, differences, products and of quotients whose denominator keeps one
    sign): its least and greatest values over the box are then at corners.
    """
    values = [function(*corner) for corner in itertools.product(*boxes)]
    return _from_fractions(min(values), max(values))


# Interval arithmetic works on the decimals themselves: a sum, difference or product of
# decimals is computed exactly (in _EXACT), then rounded once to PRECISION digits and
# written as _to_decimal writes the same value; a quotient is rounded by the context that
# computes it. Decimal arithmetic is correctly rounded, so the results are those of exact
# rational arithmetic rounded once, to the digit, at a fraction of the cost.

#: Computes sums, differences and products of decimals without rounding them.
_EXACT: Final = decimal.Context(prec=decimal.MAX_PREC, Emax=decimal.MAX_EMAX, Emin=decimal.MIN_EMIN)
_DOWN: Final = decimal.Context(prec=PRECISION, rounding=decimal.ROUND_FLOOR)
_UP: Final = decimal.Context(prec=PRECISION, rounding=decimal.ROUND_CEILING)
_NEAREST: Final = decimal.Context(prec=PRECISION, rounding=decimal.ROUND_HALF_EVEN)
_ONE: Final = Decimal(1)
_HALF: Final = Decimal("0.5")


def _shortest(value: Decimal) -> Decimal:
    """Write a decimal of at most PRECISION digits as ``_to_decimal`` writes it.

    That is with no trailing zeros after the point, and an integer with no exponent
    (``102.5``, ``100``), unless it has more digits than PRECISION.
    """
    if not value:
        return Decimal(0)
    if value == value.to_integral_value():
        exponent = max(value.adjusted() - PRECISION + 1, 0)
        return value.quantize(_ONE.scaleb(exponent), context=_EXACT)
    return value.normalize(_EXACT)


def _round(value: Decimal, context: decimal.Context) -> Decimal:
    """Round an exact decimal once with ``context``, written as ``_to_decimal`` writes it."""
    rounded = context.plus(value)
    return _shortest(rounded) if rounded == value else rounded


def _quotient(
    dividend: Decimal, divisor: Decimal, context: decimal.Context
) -> tuple[Decimal, bool]:
    """The quotient rounded with ``context``, written as ``_to_decimal`` writes it.

    Returns:
        The quotient, and whether it is exact.
    """
    quotient = context.divide(dividend, divisor)
    if _EXACT.multiply(quotient, divisor) == dividend:
        return _shortest(quotient), True
    return quotient, False


def _exact_places(value: Decimal) -> int:
    """Significant digits needed to quantize ``value`` to its own exponent and beyond."""
    return max(value.adjusted(), 0) + 1


@attrs.frozen(repr=False)
class Interval:
    """The closed interval from ``low`` to ``high``, both exact decimals.

    Build one from a printed number with :meth:`from_printed`, or from an exact value with
    :meth:`exact`:

    >>> from decimal import Decimal
    >>> Interval.from_printed(Decimal("78.0"))
    Interval(Decimal('77.95'), Decimal('78.05'))
    >>> Interval.from_printed(Decimal("102.49")) * 2
    Interval(Decimal('204.97'), Decimal('204.99'))

    Arithmetic with ``+``, ``-``, ``*`` and ``/`` takes other intervals or exact numbers
    (a bare :class:`~decimal.Decimal` or :class:`int` counts as exact: read a printed
    number with :meth:`from_printed`). Dividing by an interval that contains zero raises
    :class:`~vnplan.exceptions.ZeroDenominatorError`: the quotient is unbounded, and
    vnplan never passes it off as 0 or 100%.

    Raises:
        ValidationError: An endpoint is not a finite Decimal, or ``low`` > ``high``.
    """

    #: The least value the interval holds.
    low: Decimal = attrs.field(validator=_finite_decimal)
    #: The greatest value the interval holds.
    high: Decimal = attrs.field(validator=_finite_decimal)

    def __attrs_post_init__(self) -> None:
        """Check the fields together, once attrs has set them."""
        if self.low > self.high:
            raise ValidationError("high", f"at least low ({self.low})", self.high)

    # -- construction -------------------------------------------------------------------

    @classmethod
    def from_printed(cls, value: Decimal) -> Interval:
        """Return the values that print as ``value``: half a unit of its last digit each side.

        The printed digits are the precision: ``Decimal("78.0")`` gives 77,95 to 78,05,
        ``Decimal("78")`` gives 77,5 to 78,5 and ``Decimal("3")`` (printed "03") gives
        2,5 to 3,5.

        Args:
            value: The number as printed, with its digits kept (not normalized).

        Returns:
            The interval of values that round (half up) to ``value``. The interval is
            closed: its high end itself would round up, and is included so that the
            bounds stay exact decimals.

        Raises:
            ValidationError: ``value`` is not a finite Decimal.
        """
        half = cls.half_unit(value)
        return cls(value - half, value + half)

    @staticmethod
    def half_unit(value: Decimal) -> Decimal:
        """Return half a unit of the last printed digit of ``value``: how far it may be rounded.

        Every reading of a printed number's precision starts here (:meth:`from_printed`,
        the audit's readings, the collections' attainment).

        >>> from decimal import Decimal
        >>> Interval.half_unit(Decimal("102.49")), Interval.half_unit(Decimal("78"))
        (Decimal('0.005'), Decimal('0.5'))

        Args:
            value: The number as printed, with its digits kept (not normalized).

        Returns:
            ``5`` in the place after the last printed digit.

        Raises:
            ValidationError: ``value`` is not a finite Decimal.
        """
        _require_finite(value, "value")
        exponent = value.as_tuple().exponent
        assert isinstance(exponent, int)  # noqa: S101 (finite, checked above)
        return Decimal(5).scaleb(exponent - 1)

    @classmethod
    def exact(cls, value: Decimal | int) -> Interval:
        """Return the interval holding ``value`` alone.

        Args:
            value: An exact number.

        Returns:
            ``Interval(value, value)``.

        Raises:
            ValidationError: ``value`` is not a finite Decimal or an int.
        """
        number = _as_decimal(value, "value")
        return cls(number, number)

    # -- properties ---------------------------------------------------------------------

    @property
    def width(self) -> Decimal:
        """``high - low``."""
        return _round(_EXACT.subtract(self.high, self.low), _UP)

    @property
    def mid(self) -> Decimal:
        """The midpoint, ``(low + high) / 2``."""
        return _round(_EXACT.multiply(_EXACT.add(self.low, self.high), _HALF), _NEAREST)

    def contains(self, value: Interval | Decimal | int | Fraction) -> bool:
        """Say whether ``value`` (a number, or every value of an interval) lies in this one.

        Args:
            value: A number or an interval.

        Returns:
            True if ``low <= value <= high`` (for an interval: if it is a sub-interval).
        """
        if isinstance(value, Interval):
            return self.low <= value.low and value.high <= self.high
        exact = Fraction(value)
        return Fraction(self.low) <= exact <= Fraction(self.high)

    def __contains__(self, value: object) -> bool:
        """Support ``value in interval`` for numbers and intervals."""
        if isinstance(value, Interval | Decimal | int | Fraction) and not isinstance(value, bool):
            return self.contains(value)
        return False

    def overlaps(self, other: Interval) -> bool:
        """Say whether the two intervals share at least one value.

        Args:
            other: Another interval.

        Returns:
            True if some value lies in both.
        """
        return self.low <= other.high and other.low <= self.high

    def rounds_to(self, printed: Decimal) -> bool:
        """Say whether some value of the interval, rounded half up as printed, gives ``printed``.

        The audit uses this to check a stated figure against a recomputed interval: the
        statement is consistent when some value the inputs allow prints as stated.

        >>> from decimal import Decimal
        >>> Interval(Decimal("102.4861"), Decimal("102.4872")).rounds_to(Decimal("102.49"))
        True
        >>> Interval(Decimal("102.4861"), Decimal("102.4872")).rounds_to(Decimal("102.48"))
        False

        Args:
            printed: The stated number, with its printed digits (its exponent is the
                precision it was rounded to).

        Returns:
            True if rounding some value of the interval half up (away from zero at a
            tie) to the precision of ``printed`` gives ``printed``.

        Raises:
            ValidationError: ``printed`` is not a finite Decimal.
        """
        return self._reaches(printed, decimal.ROUND_HALF_UP)

    def truncates_to(self, printed: Decimal) -> bool:
        """Say whether some value of the interval, cut off at ``printed``'s precision, gives it.

        A report that truncates (102,4872 printed "102,48") rather than rounds fails
        :meth:`rounds_to` but passes this check; the audit reports it as a milder,
        rounding finding.

        >>> from decimal import Decimal
        >>> Interval(Decimal("102.4861"), Decimal("102.4872")).truncates_to(Decimal("102.48"))
        True

        Args:
            printed: The stated number, with its printed digits.

        Returns:
            True if cutting off (towards zero) some value of the interval at the precision
            of ``printed`` gives ``printed``.

        Raises:
            ValidationError: ``printed`` is not a finite Decimal.
        """
        return self._reaches(printed, decimal.ROUND_DOWN)

    def _reaches(self, printed: Decimal, rounding: str) -> bool:
        # Rounding is monotone (non-decreasing), and every printed value is the rounding
        # of a whole interval of numbers; so some value of [low, high] rounds to
        # ``printed`` exactly when round(low) <= printed <= round(high).
        _require_finite(printed, "printed")
        exponent = printed.as_tuple().exponent
        assert isinstance(exponent, int)  # noqa: S101 (finite, checked above)
        places = max(_exact_places(self.low), _exact_places(self.high)) - exponent + 2
        context = decimal.Context(prec=max(places, PRECISION), rounding=rounding)
        quantum = Decimal(1).scaleb(exponent)
        low = self.low.quantize(quantum, context=context)
        high = self.high.quantize(quantum, context=context)
        return low <= printed <= high

    # -- arithmetic ---------------------------------------------------------------------

    def __add__(self, other: Operand) -> Interval:
        """Add an interval or an exact number."""
        right = _as_interval(other)
        return _computed(
            _round(_EXACT.add(self.low, right.low), _DOWN),
            _round(_EXACT.add(self.high, right.high), _UP),
        )

    def __radd__(self, other: Decimal | int) -> Interval:
        """Add to an exact number."""
        return self + other

    def __sub__(self, other: Operand) -> Interval:
        """Subtract an interval or an exact number."""
        right = _as_interval(other)
        return _computed(
            _round(_EXACT.subtract(self.low, right.high), _DOWN),
            _round(_EXACT.subtract(self.high, right.low), _UP),
        )

    def __rsub__(self, other: Decimal | int) -> Interval:
        """Subtract from an exact number."""
        return _as_interval(other) - self

    def __neg__(self) -> Interval:
        """Negate: ``-[a, b]`` is ``[-b, -a]``."""
        return Interval(-self.high, -self.low)

    def __mul__(self, other: Operand) -> Interval:
        """Multiply by an interval or an exact number."""
        right = _as_interval(other)
        # Ends from zero up, the usual case, give the least and greatest products at the
        # same corners. (_round writes a value alike whatever its digits, so which of two
        # equal products is taken makes no difference.)
        if self.low >= 0 and right.low >= 0:
            least = _EXACT.multiply(self.low, right.low)
            greatest = _EXACT.multiply(self.high, right.high)
        else:
            products = [
                _EXACT.multiply(a, b)
                for a in (self.low, self.high)
                for b in (right.low, right.high)
            ]
            least, greatest = min(products), max(products)
        return _computed(_round(least, _DOWN), _round(greatest, _UP))

    def __rmul__(self, other: Decimal | int) -> Interval:
        """Multiply an exact number."""
        return self * other

    def __truediv__(self, other: Operand) -> Interval:
        """Divide by an interval or an exact number that does not contain zero.

        Raises:
            ZeroDenominatorError: The divisor contains zero.
        """
        right = _as_interval(other)
        if right.low <= 0 <= right.high:
            raise ZeroDenominatorError("divisor", right)
        corners = [(a, b) for a in (self.low, self.high) for b in (right.low, right.high)]
        # The divisor keeps one sign, so the extremes are at corners. Rounded down (up),
        # an inexact quotient may tie with an exact one that is then the true least
        # (greatest) value: the flags make min() prefer the exact one, and max() too.
        lows = [(q, not exact) for q, exact in (_quotient(a, b, _DOWN) for a, b in corners)]
        highs = [_quotient(a, b, _UP) for a, b in corners]
        return _computed(min(lows)[0], max(highs)[0])

    def __rtruediv__(self, other: Decimal | int) -> Interval:
        """Divide an exact number by this interval.

        Raises:
            ZeroDenominatorError: This interval contains zero.
        """
        return _as_interval(other) / self

    # -- text ---------------------------------------------------------------------------

    def __repr__(self) -> str:
        """Return ``Interval(Decimal('77.95'), Decimal('78.05'))``."""
        return f"Interval({self.low!r}, {self.high!r})"

    def __str__(self) -> str:
        """Return ``[77.95, 78.05]``."""
        return f"[{self.low}, {self.high}]"


def _computed(low: Decimal, high: Decimal) -> Interval:
    """An interval computed from valid ones: finite ends in order, left unchecked."""
    interval = object.__new__(Interval)
    object.__setattr__(interval, "low", low)
    object.__setattr__(interval, "high", high)
    return interval


def _require_finite(value: object, field: str) -> None:
    if not isinstance(value, Decimal) or not value.is_finite():
        raise ValidationError(field, "a finite Decimal", value)


def _as_decimal(value: object, field: str) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, Decimal | int):
        raise ValidationError(field, "a Decimal or an int", value)
    number = Decimal(value)
    if not number.is_finite():
        raise ValidationError(field, "a finite Decimal", value)
    return number


def _as_interval(value: object) -> Interval:
    if isinstance(value, Interval):
        return value
    number = _as_decimal(value, "other")
    return _computed(number, number)
