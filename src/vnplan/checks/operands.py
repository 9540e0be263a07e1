"""What a comparison reads from the report: printed numbers, and the values they stand for.

An :class:`Operand` is a printed number in a comparison's unit. Read as **rounded** (the
usual :class:`Reading`), it stands for half a unit of its last printed digit either side;
the judge of a comparison (:mod:`vnplan.checks.comparisons`) also reads it as **cut off**
and as **one unit off**. A whole count of things (52 xã) stands for itself alone.
"""

from __future__ import annotations

import enum
import functools
from decimal import Decimal
from typing import Final, TypeAlias

from vnplan import units
from vnplan._enums import Bound, ClaimKind
from vnplan.checks.fast_interval import FastInterval
from vnplan.exceptions import UnitError
from vnplan.model import Claim, Measurement, Target
from vnplan.model.interval import Interval

__all__ = ["SCALE_POWERS", "Item", "Operand", "Reading", "is_count", "scale_of", "ulp"]

#: A printed figure or a claim: what an operand reads its number from.
Item: TypeAlias = Measurement | Target | Claim

_ZERO_VALUE: Final = Decimal(0)
_ONE: Final = Decimal(1)
#: Claims whose number counts things like their indicator does (a change, a fraction).
_COUNTED: Final = frozenset({ClaimKind.CHANGE, ClaimKind.FRACTION})
#: The powers of ten of the scale words: nghìn, triệu, tỷ, nghìn tỷ.
SCALE_POWERS: Final = (3, 6, 9, 12)


class Reading(enum.Enum):
    """How a printed number is read: which values it may stand for."""

    #: Rounded half up: half a unit of the last digit either side.
    ROUNDED = "rounded"
    #: Rounded or cut off: from half a unit below to a whole unit above (in magnitude).
    CUT_OFF = "cut-off"
    #: One unit off in the last digit: anything within a whole unit either side.
    ONE_OFF = "one-off"


@functools.lru_cache(maxsize=4096)
def is_count(unit: str) -> bool:
    """Whether ``unit`` counts whole things without a scale word (xã, người, con, lượt)."""
    try:
        info = units.unit_info(unit)
    except UnitError:
        return False
    return info.factor == 1 and units.is_count_dimension(info.dimension)


def ulp(value: Decimal) -> Decimal:
    """One unit of the last printed digit of ``value`` (``0.01`` for ``102.49``)."""
    exponent = value.as_tuple().exponent
    assert isinstance(exponent, int)  # noqa: S101 (finite values only)
    return _ONE.scaleb(exponent)


def _is_exact(item: Item, value: Decimal) -> bool:
    """Whether ``value``, printed in ``item``, is a whole count of things (see :class:`Operand`)."""
    if value != value.to_integral_value():
        return False
    if isinstance(item, Claim) and item.kind not in _COUNTED:
        return False
    return is_count(item.unit)


class Operand:
    """A printed number that a comparison rests on, in the comparison's unit.

    ``value`` is the number as printed, unsigned, its digits kept. The operand stands for
    ``sign × factor × x`` for each ``x`` the printed number may stand for.

    The classes of this module are plain classes, not attrs: they are internal, never
    compared, hashed or shown, and an attrs class costs ``import vnplan`` half a
    millisecond to build.
    """

    __slots__ = (
        "_half", "_intervals", "_magnitude", "_negative", "_unit",
        "exact", "factor", "item", "rounded", "sign", "value",
    )  # fmt: skip

    def __init__(self, item: Item, value: Decimal, factor: Decimal = _ONE, sign: int = 1) -> None:
        #: The figure or claim the number is printed in.
        self.item = item
        #: The printed number (for a fraction's denominator, the denominator).
        self.value = value
        #: The exact factor into the comparison's unit (a scale slip multiplies it).
        self.factor = factor
        #: ``-1`` for a number read with a minus sign (*giảm*), else ``1``.
        self.sign = sign
        #: Whether the number is a whole count of things, exact as printed (52 xã, 9.421
        #: người). A count printed with a scale word (810 nghìn lượt) is rounded like any
        #: level; so are money, mass, area and the other physical quantities.
        self.exact = _is_exact(item, value)
        #: The printed magnitude, one unit of its last digit, and half of one.
        self._magnitude = abs(value)
        self._unit = ulp(value)
        self._half = Interval.half_unit(value)
        #: Whether the values are below zero: printed negative, or read with a minus sign.
        self._negative = (value < 0) != (sign != 1)
        #: :meth:`interval` under the readings other than the usual one, computed once.
        self._intervals: dict[Reading, Interval] = {}
        #: :meth:`interval` under the usual reading, the printed number rounded half up.
        #: Nearly every operand made is judged, so it is computed at once.
        self.rounded = self._interval(Reading.ROUNDED)

    @property
    def id(self) -> str:
        """The id of the figure or claim."""
        return self.item.id

    @property
    def bound(self) -> Bound:
        """The qualifier printed with the number; claims are exact."""
        return Bound.EXACT if isinstance(self.item, Claim) else self.item.bound

    def _magnitudes(self, reading: Reading) -> tuple[Decimal, Decimal]:
        """The least and greatest magnitude the printed number may stand for under ``reading``."""
        magnitude, unit, half = self._magnitude, self._unit, self._half
        if reading is Reading.ONE_OFF:
            low, high = magnitude - unit, magnitude + unit
        elif self.exact:
            low, high = magnitude, magnitude
        elif reading is Reading.ROUNDED:
            low, high = magnitude - half, magnitude + half
        else:
            low, high = magnitude - half, magnitude + unit
        return max(low, _ZERO_VALUE), high  # a printed magnitude is never below zero

    def interval(self, reading: Reading = Reading.ROUNDED) -> Interval:
        """The values the operand stands for under ``reading``, signed, in the comparison's unit.

        Computed once per reading, as a :class:`~vnplan.checks.fast_interval.FastInterval`:
        the values of :meth:`reported`, without writing the ends in their shortest form.
        """
        if reading is Reading.ROUNDED:
            return self.rounded
        interval = self._intervals.get(reading)
        if interval is None:
            interval = self._interval(reading)
            self._intervals[reading] = interval
        return interval

    def _interval(self, reading: Reading) -> Interval:
        interval = FastInterval(*self._magnitudes(reading)) * self.factor
        return -interval if self._negative else interval

    def reported(self, reading: Reading = Reading.ROUNDED) -> Interval:
        """The values of :meth:`interval`, computed and written as :class:`Interval` does.

        A recomputed interval that the audit reports is computed from these, so that its
        ends are written as :class:`Interval` arithmetic writes them.
        """
        ends = Interval(*self._magnitudes(reading))
        signed = (ends if self.value >= 0 else -ends) * self.factor
        return signed if self.sign == 1 else -signed

    def point(self) -> Interval:
        """The number exactly as printed, signed, in the comparison's unit."""
        magnitude = self._magnitude
        value = FastInterval(magnitude, magnitude) * self.factor
        return -value if self._negative else value

    def rescaled(self, power: int) -> Operand:
        """The operand with its number read ``10**power`` times larger."""
        return Operand(self.item, self.value, self.factor * _ONE.scaleb(power), self.sign)


def scale_of(operand: Operand) -> int:
    """The power of ten of the operand's scale word; 0 for none, or for a pure number."""
    return _scale_power(operand.item.unit)


@functools.lru_cache(maxsize=4096)
def _scale_power(unit: str) -> int:
    try:
        power, rest = units.split_scale(unit)
        dimension = units.unit_info(rest).dimension if rest else "dimensionless"
    except UnitError:
        return 0
    return power if dimension not in {"dimensionless", "[percentage_point]"} else 0
