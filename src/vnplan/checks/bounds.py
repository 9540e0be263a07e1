"""Interval arithmetic for judging comparisons: the values :class:`Interval` gives, quicker.

:class:`~vnplan.model.interval.Interval` computes each result exactly, rounds it outward once
to :data:`~vnplan.model.interval.PRECISION` significant digits and writes it in its shortest
form (``102.5``, not ``102.50``), which takes an exact operation and a check of
exactness besides. Deciding whether a comparison holds needs only the values, and it is
where the audit does nearly all of its arithmetic. Decimal operations are correctly
rounded, so a context rounding down for the low end and one rounding up for the high end
give exactly the same values at a fraction of the cost; only how the ends are written
may differ (``102.50``), which no comparison sees.

:class:`Bounds` is such an interval. Arithmetic with a :class:`Bounds` on either side
gives a :class:`Bounds` (Python tries a subclass's reflected operator first), so a check's
formula computes with it unchanged. What the audit reports (a recomputed interval) is
computed with :class:`Interval` itself.
"""

from __future__ import annotations

import decimal
import functools
from decimal import Decimal
from typing import Final

from vnplan.exceptions import ZeroDenominatorError
from vnplan.model.interval import PRECISION, Interval

__all__ = ["Bounds", "scaled", "shifted"]

#: Low ends round down, high ends up, to the digits an Interval keeps.
_DOWN: Final = decimal.Context(prec=PRECISION, rounding=decimal.ROUND_FLOOR)
_UP: Final = decimal.Context(prec=PRECISION, rounding=decimal.ROUND_CEILING)


def scaled(low: Decimal, high: Decimal, factor: Decimal) -> Interval:
    """The values of ``Interval(low, high) * factor``."""
    if factor <= 0:
        return Interval(low, high) * factor
    return Bounds(_DOWN.multiply(low, factor), _UP.multiply(high, factor))


def shifted(interval: Interval, power: int) -> Interval:
    """The values of ``interval * 10**power``: each end's digits move, and none is rounded."""
    return Bounds(_DOWN.scaleb(interval.low, power), _UP.scaleb(interval.high, power))


def _bounds(value: Interval | Decimal | int) -> Interval:
    if isinstance(value, Interval):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return _constant(value)
    return Interval.exact(value)


@functools.lru_cache(maxsize=64)
def _constant(value: int) -> Bounds:
    """A formula's constant (100) as an interval, made once."""
    return Bounds(Decimal(value), Decimal(value))


#: Set an end of a new Bounds past the frozen class's guard, as ``object.__setattr__``
#: would, through the slot itself: in half the time, and an audit of 126 reports makes
#: 250k of them. (Interval is an attrs class with slots: ``low`` and ``high`` are slots.)
_SET_LOW: Final = vars(Interval)["low"].__set__
_SET_HIGH: Final = vars(Interval)["high"].__set__


class Bounds(Interval):
    """An :class:`Interval` whose arithmetic gives the same values, ends not in shortest form."""

    __slots__ = ()

    def __init__(self, low: Decimal, high: Decimal) -> None:
        """Hold ``low`` to ``high`` unchecked: they are computed from checked intervals."""
        _SET_LOW(self, low)
        _SET_HIGH(self, high)

    def __add__(self, other: Interval | Decimal | int) -> Bounds:
        """Add an interval or an exact number."""
        right = _bounds(other)
        return Bounds(_DOWN.add(self.low, right.low), _UP.add(self.high, right.high))

    def __radd__(self, other: Interval | Decimal | int) -> Bounds:
        """Add to an interval or an exact number."""
        return self + other

    def __sub__(self, other: Interval | Decimal | int) -> Bounds:
        """Subtract an interval or an exact number."""
        right = _bounds(other)
        return Bounds(_DOWN.subtract(self.low, right.high), _UP.subtract(self.high, right.low))

    def __rsub__(self, other: Interval | Decimal | int) -> Bounds:
        """Subtract from an interval or an exact number."""
        return -self + other

    def __neg__(self) -> Bounds:
        """Negate: ``-[a, b]`` is ``[-b, -a]``."""
        return Bounds(-self.high, -self.low)

    def __mul__(self, other: Interval | Decimal | int) -> Bounds:
        """Multiply by an interval or an exact number."""
        right = _bounds(other)
        if self.low >= 0 and right.low >= 0:  # the usual case, the ends at the same corners
            return Bounds(_DOWN.multiply(self.low, right.low), _UP.multiply(self.high, right.high))
        corners = [(a, b) for a in (self.low, self.high) for b in (right.low, right.high)]
        return Bounds(
            min([_DOWN.multiply(a, b) for a, b in corners]),
            max([_UP.multiply(a, b) for a, b in corners]),
        )

    def __rmul__(self, other: Interval | Decimal | int) -> Bounds:
        """Multiply an interval or an exact number."""
        return self * other

    def __truediv__(self, other: Interval | Decimal | int) -> Bounds:
        """Divide by an interval or an exact number that does not contain zero.

        Raises:
            ZeroDenominatorError: The divisor contains zero.
        """
        return _divide(self, _bounds(other))

    def __rtruediv__(self, other: Interval | Decimal | int) -> Bounds:
        """Divide an interval or an exact number by this interval.

        Raises:
            ZeroDenominatorError: This interval contains zero.
        """
        return _divide(_bounds(other), self)


def _divide(left: Interval, right: Interval) -> Bounds:
    if right.low <= 0 <= right.high:
        raise ZeroDenominatorError("divisor", right)
    if left.low >= 0 and right.low > 0:  # the usual case: the least over the greatest
        return Bounds(_DOWN.divide(left.low, right.high), _UP.divide(left.high, right.low))
    corners = [(a, b) for a in (left.low, left.high) for b in (right.low, right.high)]
    return Bounds(
        min([_DOWN.divide(a, b) for a, b in corners]),
        max([_UP.divide(a, b) for a, b in corners]),
    )
