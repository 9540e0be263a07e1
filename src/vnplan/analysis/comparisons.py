"""Outturns compared across the reports of a collection: attainment and growth pairs.

The values and verdicts are those of the one kernel (:mod:`vnplan.calc`): the point
values come from its rules in exact decimals, and each interval, when asked for, from
:func:`vnplan.attainment` or :func:`vnplan.growth` itself.
"""

from __future__ import annotations

import decimal
import functools
from decimal import Decimal
from typing import Final

import attrs

from vnplan.calc.attainment import (
    attainment,
    growth,
    growth_percent,
    is_judged,
    is_met,
    ratio_of,
)
from vnplan.model import Measurement, Target
from vnplan.model.interval import Interval

__all__ = ["Comparison", "compare_growth", "compare_plan"]


@attrs.frozen(kw_only=True)
class Comparison:
    """An outturn compared with its target, or with the outturn of the year before.

    Built by :meth:`~vnplan.Collection.attainment` and :meth:`~vnplan.Collection.growth`,
    with the values of :func:`vnplan.attainment` and :func:`vnplan.growth`.
    """

    #: ``"attainment"`` or ``"growth"``.
    kind: str
    #: The province as issued.
    province: str
    #: The shared indicator id.
    indicator: str
    #: The period of the outturn (``"2022"``).
    period: str
    #: The outturn.
    subject: Measurement | Target
    #: The target, or the outturn of the year before.
    against: Measurement | Target
    #: In percent (the outturn in percent of its target, 102.49, or the growth, 1.99);
    #: ``None`` when the denominator is zero.
    value: Decimal | None
    #: Whether the target is met (by direction and bound, as :func:`vnplan.scorecard`
    #: says); ``None`` for growth, and where neither way is better (a neutral indicator
    #: against an exact target).
    met: bool | None

    @functools.cached_property
    def interval(self) -> Interval | None:
        """The values ``value`` can take, given the printed precision; ``None`` with it.

        Worked out on first use: a panel holds many comparisons, and most uses need
        only the values.
        """
        if self.value is None:
            return None
        if self.kind == "attainment":
            return attainment(self.subject, self.against).percent_interval
        return growth(self.subject, self.against).interval


_EXACT: Final = decimal.Context(prec=200, traps=[decimal.Inexact, decimal.InvalidOperation])
_HUNDRED: Final = Decimal(100)


def _in_unit(figure: Measurement | Target, unit: str) -> Decimal:
    """The figure's printed value in ``unit``, exactly."""
    if figure.unit == unit:
        return figure.value
    from vnplan.units import conversion_factor  # noqa: PLC0415 (pint loads on first use)

    return _EXACT.multiply(figure.value, conversion_factor(figure.unit, unit))


def compare_plan(
    province: str, shared: str, period: str, actual: Measurement | Target, target: Target
) -> Comparison:
    """The outturn against its target, with the kernel's value and verdict."""
    got = _in_unit(actual, target.unit)
    goal = target.value
    direction, bound = target.indicator.direction, target.bound
    ratio = ratio_of(got, goal)
    return Comparison(
        kind="attainment",
        province=province,
        indicator=shared,
        period=period,
        subject=actual,
        against=target,
        value=None if ratio is None else ratio * _HUNDRED,
        met=is_met(got, goal, direction=direction, bound=bound)
        if is_judged(direction, bound)
        else None,
    )


def compare_growth(
    province: str,
    shared: str,
    period: str,
    current: Measurement | Target,
    before: Measurement | Target,
) -> Comparison:
    """The outturn's growth on the year before, with the kernel's value."""
    then = _in_unit(before, current.unit)
    # Growth from a year before printed as zero is undefined (its interval holds zero).
    value = None if then == 0 else growth_percent(current.value, then)
    return Comparison(
        kind="growth",
        province=province,
        indicator=shared,
        period=period,
        subject=current,
        against=before,
        value=value,
        met=None,
    )
