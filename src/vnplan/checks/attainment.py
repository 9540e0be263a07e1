"""The ``attainment`` check: attainment of plans, and the plans attainment implies."""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Iterator, Sequence

from vnplan._enums import ClaimKind, Direction, RelationKind, Severity
from vnplan.checks.base import Check, Context, Problem
from vnplan.checks.comparisons import ABOUT, Comparison
from vnplan.checks.formulas import add, percent_of_reference
from vnplan.checks.operands import Item, Operand
from vnplan.checks.words import name, number, places_of, quantity, shown
from vnplan.model import Claim, Measurement, Relation, Target
from vnplan.model.interval import Interval
from vnplan.model.labels import BASIS_NAMES, Language

__all__ = ["Attainment"]


def _basis(claim: Claim, lang: Language) -> str:
    if claim.basis is None:
        return ""
    names = BASIS_NAMES[claim.basis]
    return names[0] if lang == "vi" else names[1]


def _attainments(context: Context) -> Iterator[tuple[Claim, Measurement]]:
    for claim in context.report.claims:
        subject = context.subject_of(claim)
        if claim.kind is ClaimKind.ATTAINMENT and isinstance(subject, Measurement):
            yield claim, subject


def _direct(context: Context, claim: Claim, subject: Measurement, plan: Target) -> Problem | None:
    actual = context.operand(subject, plan.unit)
    if actual is None:
        return None
    lower = claim.indicator.direction is Direction.LOWER
    operands = (context.as_printed(claim), actual, context.as_printed(plan))

    def formula(iv: Sequence[Interval]) -> tuple[Sequence[Interval], Sequence[Interval]]:
        ratios = [iv[1] / iv[2] * 100]
        if lower:  # some reports give target ÷ outturn for lower-is-better indicators
            ratios.append(iv[2] / iv[1] * 100)
        return ratios, percent_of_reference(claim, iv[0])

    places = places_of(claim.value)

    def describe(recomputed: Interval | None, lang: Language) -> str:
        value = "?" if recomputed is None else number(recomputed.mid, lang, places) + "%"
        title = name(claim, lang)
        at = claim.location.describe(lang)
        if lang == "vi":
            return (
                f"Báo cáo nêu «{title}» {shown(claim)} {_basis(claim, lang)}, nhưng "
                f"{shown(subject)} so với {shown(plan)} là {value} ({at})."
            )
        return (
            f"The report says “{title}” reached {shown(claim)} of its {_basis(claim, lang)}, "
            f"but {shown(subject)} against {shown(plan)} is {value} ({at})."
        )

    return Problem(
        comparison=Comparison(operands, formula, loose=ABOUT),
        cited=(claim, subject, plan),
        describe=describe,
        stated=claim,
        recomputed_unit="%",
    )


def _implied(
    context: Context, claim: Claim, subject: Measurement, unit: str
) -> tuple[Operand, Operand] | None:
    now = context.operand(subject, unit)
    return None if now is None else (now, context.as_printed(claim))


def _plan(claim: Claim, actual: Interval, stated: Interval) -> Interval:
    return actual / (percent_of_reference(claim, stated)[0] / 100)


def _pair(
    context: Context, first: tuple[Claim, Measurement], second: tuple[Claim, Measurement]
) -> Problem | None:
    (a_claim, a_subject), (b_claim, b_subject) = first, second
    if a_subject is b_subject:
        return None  # the same statement twice: the contradictions check
    unit = a_subject.unit
    a = _implied(context, a_claim, a_subject, unit)
    b = _implied(context, b_claim, b_subject, unit)
    if a is None or b is None or not b[0].interval().overlaps(a[0].interval()):
        return None  # different outturns: the contradictions check
    operands = (*a, *b)

    def formula(iv: Sequence[Interval]) -> tuple[Interval, Sequence[Interval]]:
        return _plan(a_claim, iv[0], iv[1]), [_plan(b_claim, iv[2], iv[3])]

    places = places_of(a_subject.value)

    def describe(recomputed: Interval | None, lang: Language) -> str:
        first_plan = "?" if recomputed is None else quantity(recomputed.mid, unit, lang, places)
        other = formula([op.point() for op in operands])[1][0]
        second_plan = quantity(other.mid, unit, lang, places)
        title = name(a_claim, lang)
        at_a, at_b = a_claim.location.describe(lang), b_claim.location.describe(lang)
        if lang == "vi":
            return (
                f"Hai mức đạt kế hoạch của «{title}» ngụ ý hai kế hoạch khác nhau: "
                f"{shown(a_claim)} ({at_a}) cho {first_plan}, còn {shown(b_claim)} ({at_b}) "
                f"cho {second_plan}."
            )
        return (
            f"Two attainments of “{title}” imply different plans: {shown(a_claim)} ({at_a}) "
            f"gives {first_plan}, while {shown(b_claim)} ({at_b}) gives {second_plan}."
        )

    return Problem(
        comparison=Comparison(operands, formula, loose=ABOUT),
        cited=(a_claim, a_subject, b_claim, b_subject),
        describe=describe,
        stated=b_claim,
        recomputed_unit=unit,
    )


def _sum_of_plans(context: Context, relation: Relation) -> Iterator[Problem]:
    """The plans the parts' attainments imply, against the total's (``info`` at most)."""
    total = context.items.get(relation.total) if relation.total else None
    parts = [context.items.get(part) for part in relation.parts]
    if not isinstance(total, Measurement) or not all(isinstance(p, Measurement) for p in parts):
        return
    figures = [part for part in parts if isinstance(part, Measurement)]
    unit = total.unit
    for claim in context.claims_about.get(total.id, []):
        if claim.kind is not ClaimKind.ATTAINMENT:
            continue
        operands: list[Operand] = [context.as_printed(total), context.as_printed(claim)]
        part_claims: list[Claim] = []
        for part in figures:
            found = [
                c
                for c in context.claims_about.get(part.id, [])
                if c.kind is ClaimKind.ATTAINMENT and c.basis is claim.basis
            ]
            implied = _implied(context, found[0], part, unit) if found else None
            if implied is None:
                break
            operands.extend(implied)
            part_claims.append(found[0])
        else:
            yield _sum_problem(
                relation, claim, total, parts=figures, part_claims=part_claims, operands=operands
            )


def _sum_problem(
    relation: Relation,
    claim: Claim,
    total: Measurement,
    *,
    parts: list[Measurement],
    part_claims: list[Claim],
    operands: list[Operand],
) -> Problem:
    unit = total.unit

    def formula(iv: Sequence[Interval]) -> tuple[Interval, Sequence[Interval]]:
        plans = [_plan(c, iv[2 + 2 * i], iv[3 + 2 * i]) for i, c in enumerate(part_claims)]
        return add(plans), [_plan(claim, iv[0], iv[1])]

    places = places_of(total.value)

    def describe(recomputed: Interval | None, lang: Language) -> str:
        parts_plan = "?" if recomputed is None else quantity(recomputed.mid, unit, lang, places)
        whole = formula([op.point() for op in operands])[1][0]
        total_plan = quantity(whole.mid, unit, lang, places)
        title = name(total, lang)
        at = relation.location.describe(lang)
        if lang == "vi":
            return (
                f"Các mức đạt kế hoạch của từng thành phần ngụ ý tổng kế hoạch {parts_plan}, "
                f"còn {shown(claim)} của «{title}» ngụ ý kế hoạch {total_plan} ({at}). Kế "
                "hoạch của các thành phần có thể không được giao cộng dồn, nên đây chỉ là "
                "lưu ý."
            )
        return (
            f"The parts' attainments imply plans adding up to {parts_plan}, while "
            f"{shown(claim)} for “{title}” implies a plan of {total_plan} ({at}). The parts' "
            "plans need not add up, so this is only worth a look."
        )

    cited: list[Item] = [claim, total]
    for part, part_claim in zip(parts, part_claims, strict=True):
        cited.extend((part_claim, part))
    return Problem(
        comparison=Comparison(tuple(operands), formula, loose=ABOUT),
        cited=tuple(cited),
        describe=describe,
        stated=claim,
        recomputed_unit=unit,
        cap=Severity.INFO,
    )


class Attainment(Check):
    """Attainment: a stated attainment matches outturn ÷ plan, and implied plans agree.

    **What it checks.**

    - An attainment claim (*đạt 102,49% kế hoạch*; *vượt 8,15%* is 108,15%) about a
      printed outturn, where the plan is printed too (the claim's ``against``, or a
      target of the same indicator, period and basis). For a lower-is-better indicator
      target ÷ outturn is accepted as well, since some reports compute it that way.
    - Two attainment claims that imply the same unprinted plan (same indicator, period
      and basis, about the same outturn printed twice) must imply overlapping plans.
    - For a breakdown whose total and parts all carry attainment claims against the
      same basis, the parts' implied plans should add up to the total's.

    **When it fires.** When no reading within printing precision reconciles the claim
    with the outturn and the plan, or the implied plans with each other.

    **Severity.** ``material``; ``rounding`` when the figures agree only if a figure was
    cut off or is one unit off in its last digit. A plan printed with *khoảng* (about)
    cannot be checked exactly: ``info`` at most. Parts' plans that do not add up to the
    total's are ``info``: plans need not be set additively.
    """

    name = "attainment"

    def problems(self, context: Context) -> Iterator[Problem]:
        """Yield direct comparisons, implied plans that disagree, and plans of breakdowns."""
        groups: dict[tuple[object, ...], list[tuple[Claim, Measurement]]] = defaultdict(list)
        for claim, subject in _attainments(context):
            plan = context.plan_for(claim)
            if plan is not None:
                problem = _direct(context, claim, subject, plan)
                if problem is not None:
                    yield problem
                continue
            key = (claim.indicator.id, str(subject.period), subject.as_of, claim.basis)
            groups[key].append((claim, subject))
        for members in groups.values():
            for first, second in itertools.combinations(members, 2):
                problem = _pair(context, first, second)
                if problem is not None:
                    yield problem
        for relation in context.report.relations:
            if relation.kind is RelationKind.SUM:
                yield from _sum_of_plans(context, relation)
