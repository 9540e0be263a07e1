"""Interval arithmetic for judging comparisons: the values :class:`Interval` gives, quicker.

:class:`~vnplan.model.interval.Interval` computes each result exactly, rounds it outward
once to :data:`~vnplan.model.interval.PRECISION` significant digits and writes it in its
shortest form (``102.5``, not ``102.50``), which takes an exact operation and a check of
exactness besides. Deciding whether a comparison holds needs only the values, and it is
where the audit does nearly all of its arithmetic. Decimal operations are correctly
rounded, so a context rounding down for the low end and one rounding up for the high end
give exactly the same values at a fraction of the cost; only how the ends are written
may differ (``102.50``), which no comparison sees.

:class:`FastInterval` is such an interval. Arithmetic with a :class:`FastInterval` on
either side gives a :class:`FastInterval` (Python tries a subclass's reflected operator
first), so a check's formula computes with it unchanged. What the audit reports (a
recomputed interval) is computed with :class:`Interval` itself.
"""

from __future__ import annotations

import decimal
from decimal import Decimal
from typing import Final

from vnplan.exceptions import ZeroDenominatorError
from vnplan.model.interval import PRECISION, Interval

__all__ = ["FastInterval"]

#: Low ends round down, high ends up, to the digits an Interval keeps.
_DOWN: Final = decimal.Context(prec=PRECISION, rounding=decimal.ROUND_FLOOR)
_UP: Final = decimal.Context(prec=PRECISION, rounding=decimal.ROUND_CEILING)


def _interval(value: Interval | Decimal | int) -> Interval:
    """An operand of the arithmetic as an interval (an exact number as its own interval)."""
    if isinstance(value, Interval):
        return value
    return FastInterval(Decimal(value), Decimal(value))


class FastInterval(Interval):
    """An :class:`Interval` whose arithmetic gives the same values, ends not in shortest form."""

    __slots__ = ()

    def __init__(self, low: Decimal, high: Decimal) -> None:
        """Hold ``low`` to ``high`` unchecked: they are computed from checked intervals."""
        object.__setattr__(self, "low", low)  # Interval is frozen: set past its guard
        object.__setattr__(self, "high", high)

    def __add__(self, other: Interval | Decimal | int) -> FastInterval:
        """Add an interval or an exact number."""
        right = _interval(other)
        return FastInterval(_DOWN.add(self.low, right.low), _UP.add(self.high, right.high))

    def __radd__(self, other: Interval | Decimal | int) -> FastInterval:
        """Add to an interval or an exact number."""
        return self + other

    def __sub__(self, other: Interval | Decimal | int) -> FastInterval:
        """Subtract an interval or an exact number."""
        right = _interval(other)
        return FastInterval(
            _DOWN.subtract(self.low, right.high), _UP.subtract(self.high, right.low)
        )

    def __rsub__(self, other: Interval | Decimal | int) -> FastInterval:
        """Subtract from an interval or an exact number."""
        return -self + other

    def __neg__(self) -> FastInterval:
        """Negate: ``-[a, b]`` is ``[-b, -a]``."""
        return FastInterval(-self.high, -self.low)

    def __mul__(self, other: Interval | Decimal | int) -> FastInterval:
        """Multiply by an interval or an exact number."""
        right = _interval(other)
        if self.low >= 0 and right.low >= 0:  # the usual case, the ends at the same corners
            return FastInterval(
                _DOWN.multiply(self.low, right.low), _UP.multiply(self.high, right.high)
            )
        corners = [(a, b) for a in (self.low, self.high) for b in (right.low, right.high)]
        return FastInterval(
            min([_DOWN.multiply(a, b) for a, b in corners]),
            max([_UP.multiply(a, b) for a, b in corners]),
        )

    def __rmul__(self, other: Interval | Decimal | int) -> FastInterval:
        """Multiply an interval or an exact number."""
        return self * other

    def __truediv__(self, other: Interval | Decimal | int) -> FastInterval:
        """Divide by an interval or an exact number that does not contain zero.

        Raises:
            ZeroDenominatorError: The divisor contains zero.
        """
        return _divide(self, _interval(other))

    def __rtruediv__(self, other: Interval | Decimal | int) -> FastInterval:
        """Divide an interval or an exact number by this interval.

        Raises:
            ZeroDenominatorError: This interval contains zero.
        """
        return _divide(_interval(other), self)


def _divide(left: Interval, right: Interval) -> FastInterval:
    if right.low <= 0 <= right.high:
        raise ZeroDenominatorError("divisor", right)
    if left.low >= 0 and right.low > 0:  # the usual case: the least over the greatest
        return FastInterval(_DOWN.divide(left.low, right.high), _UP.divide(left.high, right.low))
    corners = [(a, b) for a in (left.low, left.high) for b in (right.low, right.high)]
    return FastInterval(
        min([_DOWN.divide(a, b) for a, b in corners]),
        max([_UP.divide(a, b) for a, b in corners]),
    )
