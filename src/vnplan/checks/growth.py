"""The ``growth`` and ``percentage-points`` checks: changes against a reference period."""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Iterator, Sequence
from typing import Final

from vnplan._enums import ClaimKind, Measure, RelationKind
from vnplan.checks.base import Check, Context, Describe, Problem
from vnplan.checks.changes import Implied, change_problem, implied_reference
from vnplan.checks.comparisons import Comparison
from vnplan.checks.formulas import add, percent_of_reference, signed
from vnplan.checks.operands import Item, Operand
from vnplan.checks.words import change_words, name, number, places_of, quantity, shown
from vnplan.model import Claim, Measurement, Target
from vnplan.model.interval import Interval
from vnplan.model.labels import Language

__all__ = ["Growth", "PercentagePoints"]

_GROWTH_KINDS: Final = frozenset({ClaimKind.GROWTH, ClaimKind.FACTOR, ClaimKind.CHANGE})
#: The measures whose changes are in percentage points.
_RATES: Final = frozenset({Measure.RATE, Measure.SHARE})


def direct_problems(context: Context, kinds: frozenset[ClaimKind]) -> Iterator[Problem]:
    """Claims of ``kinds`` about an outturn, against the printed reference value.

    Claims about a plan value (a target) are left to the ``plan-coherence`` check.
    """
    for claim in context.report.claims:
        if claim.kind not in kinds:
            continue
        subject = context.subject_of(claim)
        if subject is None or isinstance(subject, Target):
            continue
        reference = context.reference_figure(claim)
        if reference is None or (isinstance(reference, Target) and claim.basis is None):
            continue
        problem = change_problem(context, claim, subject, reference)
        if problem is not None:
            if _points_reconcile(context, claim, subject, reference):
                problem.describe = _with_points_hint(problem.describe)
            yield problem


def _points_reconcile(context: Context, claim: Claim, subject: Item, reference: Item) -> bool:
    """Whether a growth of a rate or share, read as a change in points, fits the two rates.

    Reports print *tăng 1,63%* for a rate that rose from 19,62% to 21,25%: a change in
    percentage points, to be recorded as a ``pp-change``, not as growth.
    """
    if (
        claim.kind is not ClaimKind.GROWTH
        or not isinstance(subject, Measurement | Target)
        or not isinstance(reference, Measurement | Target)
        or subject.indicator.measure not in _RATES
    ):
        return False
    now = context.operand(subject, subject.unit)
    then = context.operand(reference, subject.unit)
    if now is None or then is None:
        return False
    stated = signed(claim, context.as_printed(claim).interval())
    return (now.interval() - then.interval()).overlaps(stated)


def _with_points_hint(describe: Describe) -> Describe:
    """``describe``, and the hint that the growth is probably a change in points."""

    def hinted(recomputed: Interval | None, lang: Language) -> str:
        hint = (
            "(giá trị khớp với mức thay đổi theo điểm phần trăm: đây có phải là pp-change?)"
            if lang == "vi"
            else "(the value matches the change in points: is this a pp-change?)"
        )
        return f"{describe(recomputed, lang)} {hint}"

    return hinted


def implied_problems(context: Context, kinds: frozenset[ClaimKind]) -> Iterator[Problem]:
    """Claims that imply the same unprinted reference value must agree with each other.

    Two claims about the same indicator and period, against the same reference period,
    each imply the reference value (2021 output from 2022 output and *tăng 1,99%*).
    Claims whose reference value is printed are compared with it directly; two claims
    of the same kind about the same figure are left to ``contradictions``.
    """
    groups: dict[tuple[str, str, object, str], list[Claim]] = defaultdict(list)
    for claim in context.report.claims:
        subject = context.subject_of(claim)
        if (
            claim.kind not in kinds
            or claim.reference is None
            or claim.basis is not None
            or not isinstance(subject, Measurement)
            or context.reference_figure(claim) is not None
        ):
            continue
        key = (claim.indicator.id, str(subject.period), subject.as_of, str(claim.reference))
        groups[key].append(claim)
    for claims in groups.values():
        for first, second in itertools.combinations(claims, 2):
            problem = _pair_problem(context, first, second)
            if problem is not None:
                yield problem


def _pair_problem(context: Context, first: Claim, second: Claim) -> Problem | None:
    one, two = context.subject_of(first), context.subject_of(second)
    if not isinstance(one, Measurement) or not isinstance(two, Measurement):
        return None
    if one is two and first.kind is second.kind:
        return None  # the same statement twice: the contradictions check
    if one is not two:
        other = context.operand(two, one.unit)
        if other is None or not other.interval().overlaps(one.interval):
            return None  # different values: the contradictions check
    left = implied_reference(context, first, one)
    right = implied_reference(context, second, two, one.unit)
    if left is None or right is None:
        return None
    (a_now, a_said), a_implied = left
    (b_now, b_said), b_implied = right
    operands = (a_now, a_said, b_now, b_said)
    b_function: Implied = b_implied

    def formula(iv: Sequence[Interval]) -> tuple[Sequence[Interval], Sequence[Interval]]:
        return a_implied(iv[0], iv[1]), b_function(iv[2], iv[3])

    comparison = Comparison(operands, formula)
    places = places_of(one.value)
    reference = first.reference

    def describe(recomputed: Interval | None, lang: Language) -> str:
        try:
            values = formula([op.point() for op in operands])
        except ArithmeticError:
            return ""
        a_text = quantity(values[0][0].mid, one.unit, lang, places)
        b_text = quantity(values[1][0].mid, one.unit, lang, places)
        del recomputed
        title = name(first, lang)
        at_a, at_b = first.location.describe(lang), second.location.describe(lang)
        if lang == "vi":
            return (
                f"Hai so sánh về «{title}» ngụ ý hai giá trị khác nhau cho năm {reference}: "
                f"{shown(first)} ({at_a}) cho {a_text}, còn {shown(second)} ({at_b}) cho "
                f"{b_text}."
            )
        return (
            f"Two comparisons of “{title}” imply different values for {reference}: "
            f"{shown(first)} ({at_a}) gives {a_text}, while {shown(second)} ({at_b}) gives "
            f"{b_text}."
        )

    return Problem(
        comparison=comparison,
        cited=(first, one, second, two),
        describe=describe,
        stated=second,
        recomputed_unit=one.unit,
    )


def _part_claims(context: Context, item: Item, reference: str) -> list[Claim]:
    return [
        claim
        for claim in context.claims_about.get(item.id, [])
        if claim.kind in _GROWTH_KINDS and str(claim.reference) == reference and claim.basis is None
    ]


def total_problems(context: Context) -> Iterator[Problem]:
    """The growth of a total must follow from its parts' values and growth.

    For a ``sum`` whose total and every part have a growth, factor or change claim
    against the same period, each part's claim gives the part's reference value; their
    sum is the total's reference value, from which the total's growth follows.
    """
    for relation in context.report.relations:
        if relation.kind is not RelationKind.SUM or relation.total is None:
            continue
        total = context.items.get(relation.total)
        parts = [context.items.get(part) for part in relation.parts]
        if not isinstance(total, Measurement) or not all(
            isinstance(part, Measurement) for part in parts
        ):
            continue
        figures = [part for part in parts if isinstance(part, Measurement)]
        for claim in context.claims_about.get(total.id, []):
            if claim.kind not in _GROWTH_KINDS or claim.reference is None or claim.basis:
                continue
            problem = _total_problem(context, relation.location, claim, total, figures)
            if problem is not None:
                yield problem


def _total_problem(  # noqa: C901 (one branch per kind of claim)
    context: Context,
    where: object,
    claim: Claim,
    total: Measurement,
    parts: list[Measurement],
) -> Problem | None:
    reference = str(claim.reference)
    unit = total.unit
    operands: list[Operand] = []
    functions: list[Implied] = []
    cited: list[Item] = [claim, total]
    for part in parts:
        claims = _part_claims(context, part, reference)
        if not claims:
            return None
        implied = implied_reference(context, claims[0], part, unit)
        if implied is None:
            return None
        (now, said), function = implied
        operands.extend((now, said))
        functions.append(function)
        cited.extend((part, claims[0]))
    stated_op = (
        context.operand(claim, unit)
        if claim.kind is ClaimKind.CHANGE
        else context.as_printed(claim)
    )
    if stated_op is None:
        return None
    count = len(parts)

    def formula(iv: Sequence[Interval]) -> tuple[Sequence[Interval], Sequence[Interval]]:
        current = add(iv[1 : 1 + 2 * count : 2])
        past = add(
            function(iv[1 + 2 * i], iv[2 + 2 * i])[0] for i, function in enumerate(functions)
        )
        if claim.kind is ClaimKind.GROWTH:
            return [current / past * 100 - 100], [
                p - 100 for p in percent_of_reference(claim, iv[0])
            ]
        if claim.kind is ClaimKind.FACTOR:
            return [current / past], [p / 100 for p in percent_of_reference(claim, iv[0])]
        return [current - past], [signed(claim, iv[0])]

    places = places_of(claim.value)

    def describe(recomputed: Interval | None, lang: Language) -> str:
        title = name(total, lang)
        at = claim.location.describe(lang)
        if recomputed is None:
            result = "?"
        elif claim.kind is ClaimKind.FACTOR:
            times = number(recomputed.mid, lang, places)
            result = f"gấp {times} lần" if lang == "vi" else f"{times} times as much"
        else:
            value = recomputed.mid
            amount = (
                number(abs(value), lang, places) + "%"
                if claim.kind is ClaimKind.GROWTH
                else quantity(abs(value), unit, lang, places)
            )
            result = f"{change_words(value, lang)} {amount}"
        if lang == "vi":
            return (
                f"Theo số liệu và mức thay đổi của các thành phần, «{title}» so với năm "
                f"{reference} là {result}, không phải {shown(claim)} như báo cáo nêu ({at})."
            )
        return (
            f"From its parts' values and changes, “{title}” shows {result} over {reference}, "
            f"not {shown(claim)} as the report says ({at})."
        )

    del where
    return Problem(
        comparison=Comparison((stated_op, *operands), formula),
        cited=tuple(cited),
        describe=describe,
        stated=claim,
        recomputed_unit={ClaimKind.GROWTH: "%", ClaimKind.FACTOR: "lần"}.get(claim.kind, unit),
    )


class Growth(Check):
    """Growth: a stated growth, change or factor matches the two periods' values.

    **What it checks.**

    - A growth (*tăng 10,19% so với năm 2021*), an absolute change (*giảm 140,15 ha*)
      or a factor (*gấp 2,21 lần*) about a printed outturn, wherever the reference
      period's value is printed too (the claim's ``against``, or a figure of the same
      indicator for the reference period). *tăng 2,35 lần* is read both as 2,35 and as
      3,35 times, since reports use it both ways.
    - The growth of a total is consistent with its parts' values and growth: for a
      breakdown whose total and every part carry such a claim against the same period,
      the parts' reference values add up to the total's.
    - Two claims that imply the same unprinted reference value (2021 output, from 2022
      output and *tăng 1,99%*; or from a change in tonnes) must imply overlapping values.

    Claims about next year's plan values are checked by ``plan-coherence``.

    **When it fires.** When no reading of the printed figures within printing precision
    reconciles the stated change with the values.

    **Severity.** ``material``; ``rounding`` when the figures agree only if a figure was
    cut off or is one unit off in its last digit; ``info`` at most when a figure is
    qualified (*khoảng*, *trên*).
    """

    name = "growth"

    def problems(self, context: Context) -> Iterator[Problem]:
        """Yield direct comparisons, totals against parts, and implied reference values."""
        yield from direct_problems(context, _GROWTH_KINDS)
        yield from total_problems(context)
        yield from implied_problems(context, _GROWTH_KINDS)


class PercentagePoints(Check):
    """Percentage points: a stated change of a rate or share matches the two periods' rates.

    **What it checks.** A change in percentage points (reports print *tăng 1,63%* for a
    share that rose from 19,62% to 21,25%) about a printed rate or share, wherever the
    reference period's rate is printed; a change said of a growth rate (*cao hơn tốc độ
    tăng trưởng năm 2021 là 4,18%*) against the reference period's growth claim; and two
    changes that imply the same unprinted reference rate must agree.

    Changes of next year's planned rates are checked by ``plan-coherence``; that the
    changes of a structure's shares add up to zero is checked by ``shares``.

    **When it fires.** When no reading within printing precision reconciles the stated
    change with the two rates.

    **Severity.** ``material``; ``rounding`` when the rates agree only if a figure was
    cut off or is one unit off in its last digit.
    """

    name = "percentage-points"

    def problems(self, context: Context) -> Iterator[Problem]:
        """Yield direct comparisons and implied reference rates."""
        kinds = frozenset({ClaimKind.PP_CHANGE})
        yield from direct_problems(context, kinds)
        yield from implied_problems(context, kinds)
