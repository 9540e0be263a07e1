"""The oracle of generated reports: the arithmetic relationships they print, as links.

A :class:`Link` says which printed figures and claims are related, and how;
:meth:`Link.broken` says whether the printed numbers still fit it when each may be off by
some half units of its last digit. A mistake is injected only where some link shows that
no reading within printing precision reconciles the figures any more.
"""

from __future__ import annotations

import enum
from decimal import Decimal
from typing import TYPE_CHECKING, Final, Protocol

import attrs
from attrs import validators as v

from vnplan import units
from vnplan._enums import ClaimKind
from vnplan.exceptions import ZeroDenominatorError
from vnplan.model import Claim, Measurement, Report, Target
from vnplan.model.interval import Interval

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

__all__ = ["DOWN", "Link", "LinkKind", "Lookup"]

#: The verbs of a fall (a change or growth below zero).
DOWN: Final = frozenset({"giảm", "thấp hơn"})
_UP: Final = frozenset({"tăng", "vượt", "cao hơn"})
_HUNDRED: Final = Decimal(100)


# -- the oracle ----------------------------------------------------------------------------


class LinkKind(enum.StrEnum):
    """The arithmetic relationships a generated report prints."""

    #: ``ids = (total, *parts)``: the parts add up to the total.
    SUM = "sum"
    #: ``ids = (total, *parts)``: the parts add up to no more than the total.
    SUBSET = "subset"
    #: ``ids = parts``: shares (figures or claims, in %) that add up to 100.
    STRUCTURE = "structure"
    #: ``ids = (claim, part, whole)``: a stated share of a whole.
    SHARE = "share"
    #: ``ids = (claim, current, reference)``: a stated growth in percent.
    GROWTH = "growth"
    #: ``ids = (claim, current, reference)``: a stated factor (lần).
    FACTOR = "factor"
    #: ``ids = (claim, actual, target)``: a stated attainment of a target.
    ATTAINMENT = "attainment"
    #: ``ids = (claim, current, reference)``: a stated change of a rate, in points.
    PP_CHANGE = "pp-change"
    #: ``ids = (claim, current, reference)``: a stated change in the figures' unit.
    CHANGE = "change"
    #: ``ids = (claim, percent)``: a fraction a/b and the percentage printed beside it.
    FRACTION = "fraction"
    #: ``ids = (first, second)``: two figures of one indicator and period.
    SAME = "same"
    #: ``ids = (claim, total, part, part's claim, part, part's claim …)``: the growth of a
    #: total follows from its parts' values and growths (last year's values unprinted).
    IMPLIED_TOTAL = "implied-total"
    #: ``ids = (claim, other claim, subject)``: two changes of one figure (a growth and an
    #: absolute change) imply the same unprinted value of the reference period.
    IMPLIED_PAIR = "implied-pair"


class Lookup(Protocol):
    """Anything that gives a report's items by id, as ``report[key]`` does."""

    def __getitem__(self, key: str, /) -> object:
        """Return the item with id ``key``."""
        ...


def _box(value: Decimal, slack: int) -> Interval:
    """The values a printed number stands for, widened to ``slack`` half units each side."""
    half = Interval.half_unit(value) * slack
    return Interval(value - half, value + half)


def _in_unit(box: Interval, unit: str, wanted: str) -> Interval:
    if unit == wanted:
        return box
    return box * units.conversion_factor(unit, wanted)


def _signed(claim: Claim, slack: int) -> Interval:
    box = _box(claim.value, slack)
    return -box if claim.verb in DOWN else box


def _claim_ratio(claim: Claim, slack: int) -> Interval:
    """The ratio a growth, factor or attainment claim states."""
    box = _box(claim.value, slack)
    if claim.kind is ClaimKind.FACTOR:
        return box
    percent = box * Decimal("0.01")
    if claim.verb in _UP:
        return 1 + percent
    if claim.verb in DOWN:
        return 1 - percent
    return percent


@attrs.frozen
class Link:
    """One arithmetic relationship among printed figures and claims.

    A generated report records every relationship it prints. :meth:`broken` says
    whether the printed numbers still fit it when every number may be off by ``slack``
    half units of its last digit.
    """

    #: What kind of relationship it is.
    kind: LinkKind = attrs.field(validator=v.instance_of(LinkKind))
    #: The ids of the figures and claims, in the order :class:`LinkKind` gives.
    ids: tuple[str, ...] = attrs.field(
        validator=v.deep_iterable(v.instance_of(str), v.instance_of(tuple))
    )

    def broken(self, report: Report | Lookup, slack: int = 1) -> bool:
        """Say whether no reading within ``slack`` half units reconciles the numbers.

        Args:
            report: The report holding the ids.
            slack: Half units of the last printed digit allowed each side of each number:
                1 is the printing precision;
                :data:`~vnplan.strategies.injection.DETECTION_SLACK` also allows for
                truncation and a last digit one unit off.

        Returns:
            True if the relationship cannot hold; False if it can, or if it cannot be
            decided (a denominator that may be zero).
        """
        items = [report[key] for key in self.ids]
        try:
            return _CHECKS[self.kind](items, slack)
        except ZeroDenominatorError:
            return False


def _amount(item: object, slack: int, unit: str | None = None) -> Interval:
    assert isinstance(item, Measurement | Target | Claim)  # noqa: S101 (links hold figures)
    box = _box(item.value, slack)
    return box if unit is None else _in_unit(box, item.unit, unit)


def _total(items: Sequence[object], slack: int) -> tuple[Interval, Interval]:
    total = items[0]
    assert isinstance(total, Measurement | Target)  # noqa: S101 (a sum's total is a figure)
    parts = [_amount(part, slack, total.unit) for part in items[1:]]
    found = parts[0]
    for part in parts[1:]:
        found = found + part
    return _amount(total, slack), found


def _sum_broken(items: Sequence[object], slack: int) -> bool:
    stated, found = _total(items, slack)
    return not stated.overlaps(found)


def _subset_broken(items: Sequence[object], slack: int) -> bool:
    stated, found = _total(items, slack)
    return found.low > stated.high


def _structure_broken(items: Sequence[object], slack: int) -> bool:
    found = _amount(items[0], slack)
    for item in items[1:]:
        found = found + _amount(item, slack)
    return not found.contains(_HUNDRED)


def _claim_of(items: Sequence[object]) -> Claim:
    claim = items[0]
    assert isinstance(claim, Claim)  # noqa: S101 (links put the claim first)
    return claim


def _unit_of(item: object) -> str:
    assert isinstance(item, Measurement | Target | Claim)  # noqa: S101 (links hold figures)
    return item.unit


def _share_broken(items: Sequence[object], slack: int) -> bool:
    claim, part, whole = _claim_of(items), items[1], items[2]
    found = _amount(part, slack, _unit_of(whole)) / _amount(whole, slack) * _HUNDRED
    return not found.overlaps(_box(claim.value, slack))


def _ratio_broken(items: Sequence[object], slack: int) -> bool:
    claim, current, reference = _claim_of(items), items[1], items[2]
    found = _amount(current, slack, _unit_of(reference)) / _amount(reference, slack)
    return not found.overlaps(_claim_ratio(claim, slack))


def _difference_broken(items: Sequence[object], slack: int) -> bool:
    claim, current, reference = _claim_of(items), items[1], items[2]
    unit = _unit_of(reference) if claim.kind is ClaimKind.PP_CHANGE else claim.unit
    found = _amount(current, slack, unit) - _amount(reference, slack, unit)
    return not found.overlaps(_signed(claim, slack))


def _fraction_broken(items: Sequence[object], slack: int) -> bool:
    claim, percent = _claim_of(items), items[1]
    assert claim.denominator is not None  # noqa: S101 (a fraction claim)
    found = _box(claim.value, slack) / _box(claim.denominator, slack) * _HUNDRED
    return not found.overlaps(_amount(percent, slack))


def _same_broken(items: Sequence[object], slack: int) -> bool:
    first, second = items
    return not _amount(first, slack).overlaps(_amount(second, slack, _unit_of(first)))


def _implied(claim: object, subject: object, slack: int, unit: str) -> Interval:
    """The reference-period value a growth, factor or change claim implies, in ``unit``."""
    assert isinstance(claim, Claim)  # noqa: S101 (implied links hold claims here)
    now = _amount(subject, slack, unit)
    if claim.kind is ClaimKind.CHANGE:
        return now - _in_unit(_signed(claim, slack), claim.unit, unit)
    return now / _claim_ratio(claim, slack)


def _implied_total_broken(items: Sequence[object], slack: int) -> bool:
    claim, total, rest = items[0], items[1], items[2:]
    unit = _unit_of(total)
    found = _implied(rest[1], rest[0], slack, unit)
    for index in range(2, len(rest), 2):
        found = found + _implied(rest[index + 1], rest[index], slack, unit)
    return not found.overlaps(_implied(claim, total, slack, unit))


def _implied_pair_broken(items: Sequence[object], slack: int) -> bool:
    first, second, subject = items
    unit = _unit_of(subject)
    return not _implied(first, subject, slack, unit).overlaps(
        _implied(second, subject, slack, unit)
    )


_CHECKS: Final[dict[LinkKind, Callable[[Sequence[object], int], bool]]] = {
    LinkKind.SUM: _sum_broken,
    LinkKind.SUBSET: _subset_broken,
    LinkKind.STRUCTURE: _structure_broken,
    LinkKind.SHARE: _share_broken,
    LinkKind.GROWTH: _ratio_broken,
    LinkKind.FACTOR: _ratio_broken,
    LinkKind.ATTAINMENT: _ratio_broken,
    LinkKind.PP_CHANGE: _difference_broken,
    LinkKind.CHANGE: _difference_broken,
    LinkKind.FRACTION: _fraction_broken,
    LinkKind.SAME: _same_broken,
    LinkKind.IMPLIED_TOTAL: _implied_total_broken,
    LinkKind.IMPLIED_PAIR: _implied_pair_broken,
}
