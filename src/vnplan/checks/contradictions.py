"""The ``contradictions`` check: the same thing printed twice must say the same."""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Iterator, Sequence
from decimal import Decimal
from typing import Final

from vnplan._enums import Bound, ClaimKind, Role, Status
from vnplan.checks.base import Check, Context, Problem
from vnplan.checks.comparisons import ABOUT, Comparison
from vnplan.checks.formulas import percent_of_reference, signed
from vnplan.checks.words import name, shown
from vnplan.model import Claim, Measurement, Target
from vnplan.model.interval import Interval
from vnplan.model.labels import Language

__all__ = ["Contradictions"]

_RATIO_KINDS: Final = frozenset({ClaimKind.GROWTH, ClaimKind.FACTOR})


_STAGES: Final = frozenset({Status.PROVISIONAL, Status.OFFICIAL})


def _stage(status: Status) -> str:
    """Estimates and unqualified figures are one stage; provisional and official others."""
    if status in _STAGES:
        return status.value
    return "current"


def _figure_key(figure: Measurement | Target) -> tuple[object, ...]:
    basis = figure.basis if isinstance(figure, Target) else None
    return (
        figure.indicator.id,
        str(figure.period),
        figure.as_of,
        figure.role,
        basis,
        _stage(figure.status),
    )


def _figure_problem(
    context: Context, first: Measurement | Target, second: Measurement | Target
) -> Problem | None:
    earlier = context.operand(first, second.unit)
    if earlier is None:
        return None
    operands = (earlier, context.as_printed(second))

    def formula(iv: Sequence[Interval]) -> tuple[Interval, Sequence[Interval]]:
        return _bounded(iv[0], first.bound), [_bounded(iv[1], second.bound)]

    when = str(first.period) if first.period is not None else f"{first.as_of}"

    def describe(recomputed: Interval | None, lang: Language) -> str:
        del recomputed
        title = name(first, lang)
        at_a, at_b = first.location.describe(lang), second.location.describe(lang)
        if lang == "vi":
            return (
                f"«{title}» ({when}) được ghi hai số khác nhau: {shown(first)} ở {at_a} và "
                f"{shown(second)} ở {at_b}."
            )
        return (
            f"“{title}” ({when}) is given two different values: {shown(first)} ({at_a}) "
            f"and {shown(second)} ({at_b})."
        )

    exact = first.bound is Bound.EXACT and second.bound is Bound.EXACT
    return Problem(
        comparison=Comparison(operands, formula, loose=ABOUT),
        cited=(first, second),
        describe=describe,
        stated=second,
        recomputed_unit=second.unit if exact else None,
    )


#: Stands in for "no bound" on the open side of a *trên* or *dưới* figure.
_FAR: Final = Decimal("1e40")


def _bounded(interval: Interval, bound: Bound) -> Interval:
    """The values a figure allows given its qualifier: *trên 30.000* is 30.000 or more."""
    if bound is Bound.AT_LEAST:
        return Interval(interval.low, max(interval.high, _FAR))
    if bound is Bound.AT_MOST:
        return Interval(min(interval.low, -_FAR), interval.high)
    return interval


def _subject_class(context: Context, claim: Claim) -> tuple[object, ...]:
    subject = context.subject_of(claim)
    if isinstance(subject, Claim):
        return ("claim", subject.kind, str(subject.reference), subject.basis)
    if isinstance(subject, Measurement | Target):
        return ("figure", subject.role, subject.as_of)
    period = context.period_of(claim)
    planned = period is not None and period.start_year > context.report.year
    return ("figure", Role.TARGET if planned else Role.ACTUAL, None)


def _claim_key(context: Context, claim: Claim) -> tuple[object, ...] | None:
    if claim.kind is ClaimKind.FRACTION:
        return None
    kind = "ratio" if claim.kind in _RATIO_KINDS else claim.kind.value
    return (
        claim.indicator.id,
        str(context.period_of(claim)),
        kind,
        str(claim.reference),
        claim.basis,
        claim.against if claim.kind is ClaimKind.SHARE else None,
        _subject_class(context, claim),
    )


def _space(claim: Claim, magnitude: Interval) -> list[Interval]:
    """What a claim says, in terms comparable across claims of its key."""
    if claim.kind in _RATIO_KINDS or claim.kind is ClaimKind.ATTAINMENT:
        return percent_of_reference(claim, magnitude)
    if claim.kind in {ClaimKind.CHANGE, ClaimKind.PP_CHANGE}:
        return [signed(claim, magnitude)]
    return [magnitude]


def _subjects_differ(context: Context, first: Claim, second: Claim) -> bool:
    """Whether the claims are about two figures that disagree (reported on their own)."""
    one, two = context.subject_of(first), context.subject_of(second)
    if not isinstance(one, Measurement | Target) or not isinstance(two, Measurement | Target):
        return False
    if one is two:
        return False
    other = context.operand(two, one.unit)
    return other is None or not other.interval().overlaps(one.interval)


def _claim_problem(context: Context, first: Claim, second: Claim) -> Problem | None:
    if _subjects_differ(context, first, second):
        return None
    other = (
        context.operand(second, first.unit)
        if first.kind is ClaimKind.CHANGE
        else context.as_printed(second)
    )
    if other is None:
        return None
    operands = (context.as_printed(first), other)

    def formula(iv: Sequence[Interval]) -> tuple[Sequence[Interval], Sequence[Interval]]:
        return _space(second, iv[1]), _space(first, iv[0])

    period = context.period_of(first)
    reference = first.reference

    def describe(recomputed: Interval | None, lang: Language) -> str:
        del recomputed
        title = name(first, lang)
        at_a, at_b = first.location.describe(lang), second.location.describe(lang)
        if lang == "vi":
            against = f" so với năm {reference}" if reference is not None else ""
            return (
                f"Báo cáo nêu hai điều khác nhau về «{title}» năm {period}{against}: "
                f"{shown(first)} ở {at_a} và {shown(second)} ở {at_b}."
            )
        against = f" against {reference}" if reference is not None else ""
        return (
            f"The report says two different things about “{title}” in {period}{against}: "
            f"{shown(first)} ({at_a}) and {shown(second)} ({at_b})."
        )

    return Problem(
        comparison=Comparison(operands, formula),
        cited=(first, second),
        describe=describe,
        stated=second,
    )


class Contradictions(Check):
    """Contradictions: one thing printed twice must say the same, wherever it stands.

    **What it checks.**

    - Figures of the same indicator, period (or as-of date) and role (and, for plans,
      the same basis) must agree, wherever they stand: a section and the summary of
      highlights, a paragraph and a footnote, Phần I and Phần II. Parts of breakdowns
      (a district's share) are not compared; provisional and official figures are not
      compared with estimates. A figure printed *trên* (over) or *dưới* (under) only
      bounds the value on one side: *trên 30.000* agrees with 30.871,36.
    - Claims of the same kind about the same indicator and period, against the same
      reference period or plan basis, must agree: *tăng 2,35 lần* in a section and
      *gấp 2,21 lần* in the highlights cannot both be right. Growth and factors are
      compared with each other (*tăng 135%* is *gấp 2,35 lần*).

    **When it fires.** When no reading within printing precision makes the two agree.
    Two figures printed to different precision (20.141 and 20.141,09 tỷ đồng) agree.

    **Severity.** ``material``; ``rounding`` when they agree only if one was cut off or is
    one unit off in its last digit; ``info`` at most when either is qualified
    (*khoảng*, *trên*).
    """

    name = "contradictions"

    def problems(self, context: Context) -> Iterator[Problem]:
        """Yield each pair of figures, and each pair of claims, that should agree."""
        yield from _figure_pairs(context)
        yield from _claim_pairs(context)


def _figure_pairs(context: Context) -> Iterator[Problem]:
    # Each group lists its figures as the report does: measurements, then targets.
    figures: dict[tuple[object, ...], list[Measurement | Target]] = defaultdict(list)
    everything: list[Measurement | Target] = [
        *context.report.measurements,
        *context.report.targets,
    ]
    for figure in everything:
        if figure.role is not Role.PART:
            figures[_figure_key(figure)].append(figure)
    for group in figures.values():
        for first, second in itertools.combinations(group, 2):
            problem = _figure_problem(context, first, second)
            if problem is not None:
                yield problem


def _claim_pairs(context: Context) -> Iterator[Problem]:
    claims: dict[tuple[object, ...], list[Claim]] = defaultdict(list)
    for claim in context.report.claims:
        key = _claim_key(context, claim)
        if key is not None:
            claims[key].append(claim)
    for claim_group in claims.values():
        for one, two in itertools.combinations(claim_group, 2):
            problem = _claim_problem(context, one, two)
            if problem is not None:
                yield problem
