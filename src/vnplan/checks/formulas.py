"""The pieces the checks build their formulas from: sums, and what a claim's verb says.

A growth, factor or attainment claim states a percentage of what it compares with
(:func:`percent_of_reference`); a change claim states a difference, signed by its verb
(:func:`signed`). The verbs are the model's: what *tăng* or *giảm* means is decided once.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

from vnplan._enums import ClaimKind
from vnplan.model import VERBS_DOWN, VERBS_UP, Claim
from vnplan.model.interval import Interval

__all__ = ["add", "percent_of_reference", "signed"]

_ZERO: Final = Interval.exact(0)


def add(intervals: Iterable[Interval]) -> Interval:
    """The sum of intervals (the interval of zero for none)."""
    result = _ZERO
    for interval in intervals:
        result = result + interval
    return result


def percent_of_reference(claim: Claim, magnitude: Interval) -> list[Interval]:
    """What a growth, factor or attainment claim says, as a percentage of what it compares with.

    *tăng 10,19%* and *vượt 10,19%* give 110,19; *giảm 4,32%* gives 95,68; *đạt 102,49%*
    gives 102,49; *gấp 2,21 lần* gives 221; *tăng 2,35 lần* gives both 235 and 335 (the
    phrase is read both ways in practice).

    Args:
        claim: The claim (its kind and verb).
        magnitude: The interval of its printed, unsigned number under some reading.

    Returns:
        The alternatives, each an interval of percentages.
    """
    if claim.kind is ClaimKind.FACTOR:
        times = magnitude * 100
        return [times, times + 100] if claim.verb == "tăng" else [times]
    if claim.verb in VERBS_UP:
        return [magnitude + 100]
    if claim.verb in VERBS_DOWN:
        return [100 - magnitude]
    return [magnitude]


def signed(claim: Claim, magnitude: Interval) -> Interval:
    """The interval with the sign of the claim's verb (*giảm* is negative)."""
    return -magnitude if claim.sign == -1 else magnitude
