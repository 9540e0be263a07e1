"""Comparisons of a value with its reference period, shared by several checks.

A growth, change, factor or percentage-point claim says how a subject compares with a
reference. :func:`change_problem` builds the comparison of such a claim with the printed
reference value; :func:`implied_reference` says which reference values a claim allows
when the reference is not printed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Final, TypeAlias

from vnplan._enums import ClaimKind
from vnplan.checks.base import Context, Problem
from vnplan.checks.comparisons import ABOUT, Comparison
from vnplan.checks.formulas import percent_of_reference, signed
from vnplan.checks.operands import Item, Operand
from vnplan.checks.words import change_words, name, number, places_of, quantity, shown
from vnplan.model import Claim, Measurement, Target
from vnplan.model.interval import Interval
from vnplan.model.labels import Language

__all__ = ["RATIO_KINDS", "change_problem", "claim_value", "implied_reference"]

#: Claim kinds that state a ratio to the reference: growth and factors.
RATIO_KINDS: Final = frozenset({ClaimKind.GROWTH, ClaimKind.FACTOR})
#: Claim kinds that state a difference from the reference.
DIFFERENCE_KINDS: Final = frozenset({ClaimKind.CHANGE, ClaimKind.PP_CHANGE})
#: Claim kinds whose value is a percentage that a pp-change may be said of.
_PERCENT_CLAIMS: Final = frozenset({ClaimKind.GROWTH, ClaimKind.ATTAINMENT, ClaimKind.SHARE})


def claim_value(claim: Claim, magnitude: Interval) -> Interval:
    """A percentage claim's value, for a pp-change said of it.

    Growth gives the signed growth (*tăng 10,19%* is 10,19; *giảm 2%* is -2);
    attainment and share give the percentage (*vượt 8,15%* is 108,15).
    """
    percent = percent_of_reference(claim, magnitude)[0]
    return percent - 100 if claim.kind is ClaimKind.GROWTH else percent


def _value(context: Context, item: Item, unit: str | None) -> Operand | None:
    """An operand for a subject or reference: a figure in ``unit``, or a percentage claim."""
    if isinstance(item, Claim):
        return context.as_printed(item) if item.kind in _PERCENT_CLAIMS else None
    return context.operand(item, unit)


def _read(operand: Operand, interval: Interval) -> Interval:
    item = operand.item
    return claim_value(item, interval) if isinstance(item, Claim) else interval


def change_problem(  # noqa: C901 (one branch per kind of claim)
    context: Context, claim: Claim, subject: Item, reference: Item
) -> Problem | None:
    """The comparison of a growth, factor, change or pp-change claim with the printed values.

    Args:
        context: The audit context.
        claim: The claim.
        subject: What the claim is about (a figure, or a percentage claim).
        reference: The printed value it compares with (a figure, or a claim).

    Returns:
        The problem, or ``None`` when the values cannot be compared (units that do not
        convert, a claim of another kind).
    """
    kind = claim.kind
    if kind in DIFFERENCE_KINDS:
        unit = claim.unit if kind is ClaimKind.CHANGE else subject.unit
        now = _value(context, subject, unit)
        then = _value(context, reference, unit)
    elif kind in RATIO_KINDS and not isinstance(subject, Claim):
        unit = subject.unit
        now = _value(context, subject, unit)
        then = _value(context, reference, unit) if not isinstance(reference, Claim) else None
    else:
        return None
    if now is None or then is None:
        return None
    stated_op = context.as_printed(claim)

    def formula(iv: Sequence[Interval]) -> tuple[Sequence[Interval], Sequence[Interval]]:
        current, past = _read(now, iv[1]), _read(then, iv[2])
        if kind is ClaimKind.GROWTH:
            return [current / past * 100 - 100], [
                p - 100 for p in percent_of_reference(claim, iv[0])
            ]
        if kind is ClaimKind.FACTOR:
            return [current / past], [p / 100 for p in percent_of_reference(claim, iv[0])]
        return [current - past], [signed(claim, iv[0])]

    places = places_of(claim.value)
    title = name(claim, "vi"), name(claim, "en")

    def describe(recomputed: Interval | None, lang: Language) -> str:
        at = claim.location.describe(lang)
        label = title[0] if lang == "vi" else title[1]
        if claim.reference is None:
            since = shown(reference)
        else:
            since = f"năm {claim.reference}" if lang == "vi" else str(claim.reference)
        if recomputed is None:
            result = "?"
        elif kind is ClaimKind.FACTOR:
            times = number(recomputed.mid, lang, places)
            result = f"gấp {times} lần" if lang == "vi" else f"{times} times as much"
        else:
            value = recomputed.mid
            size = abs(value)
            if kind is ClaimKind.GROWTH:
                amount = number(size, lang, places) + "%"
            elif kind is ClaimKind.PP_CHANGE:
                amount = number(size, lang, places) + (
                    " điểm phần trăm" if lang == "vi" else " percentage points"
                )
            else:
                amount = quantity(size, claim.unit, lang, places)
            result = f"{change_words(value, lang)} {amount}"
        if lang == "vi":
            return (
                f"Báo cáo nêu «{label}» {shown(claim)} so với {since}, nhưng {shown(subject)} "
                f"so với {shown(reference)} là {result} ({at})."
            )
        return (
            f"The report says “{label}” changed by {shown(claim)} over {since}, but "
            f"{shown(subject)} against {shown(reference)} is {result} ({at})."
        )

    recomputed_unit = {
        ClaimKind.GROWTH: "%",
        ClaimKind.FACTOR: "lần",
        ClaimKind.PP_CHANGE: "điểm %",
    }.get(kind, claim.unit)
    return Problem(
        comparison=Comparison((stated_op, now, then), formula, loose=ABOUT),
        cited=(claim, subject, reference),
        describe=describe,
        stated=claim,
        recomputed_unit=recomputed_unit,
    )


#: Computes the implied reference values from the subject's and the claim's intervals.
Implied: TypeAlias = Callable[[Interval, Interval], list[Interval]]


def implied_reference(
    context: Context, claim: Claim, subject: Measurement | Target, unit: str | None = None
) -> tuple[tuple[Operand, Operand], Implied] | None:
    """The operands of the reference value a claim implies, and how to compute it.

    Args:
        context: The audit context.
        claim: A growth, factor, change or pp-change claim.
        subject: The figure it is about.
        unit: The unit to give the reference value in; the subject's by default.

    Returns:
        ``(subject operand, claim operand)`` and a function of their intervals that gives
        the alternatives for the reference value; ``None`` for claims that imply nothing
        (units that do not convert, other kinds).
    """
    target_unit = unit or subject.unit
    now = context.operand(subject, target_unit)
    if now is None:
        return None
    if claim.kind in RATIO_KINDS:
        said = context.as_printed(claim)

        def ratio(current: Interval, stated: Interval) -> list[Interval]:
            return [current / (p / 100) for p in percent_of_reference(claim, stated)]

        return (now, said), ratio
    if claim.kind in DIFFERENCE_KINDS:
        change = (
            context.operand(claim, target_unit)
            if claim.kind is ClaimKind.CHANGE
            else context.as_printed(claim)
        )
        if change is None:
            return None

        def difference(current: Interval, stated: Interval) -> list[Interval]:
            return [current - signed(claim, stated)]

        return (now, change), difference
    return None
