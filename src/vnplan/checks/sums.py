"""The ``sums`` and ``shares`` checks: breakdowns add up, shares match their parts."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from decimal import Decimal

from vnplan._enums import ClaimKind, RelationKind
from vnplan.checks.base import Check, Context, Problem
from vnplan.checks.comparisons import ABOUT, Comparison
from vnplan.checks.formulas import add, signed
from vnplan.checks.operands import Item
from vnplan.checks.words import name, number, places_of, quantity, shown
from vnplan.model import Claim, Measurement, Relation, Target
from vnplan.model.interval import Interval
from vnplan.model.labels import Language

__all__ = ["Shares", "Sums"]


def _places(items: Sequence[Item], factors: Sequence[Decimal]) -> int:
    """Decimals to show a recomputed sum with: as many as the most precise input."""
    places = 0
    for item, factor in zip(items, factors, strict=True):
        places = max(places, places_of((item.value * factor).normalize()))
    return min(places, 4)


def _resolve(context: Context, relation: Relation) -> tuple[Item | None, list[Item] | None]:
    total = context.items.get(relation.total) if relation.total is not None else None
    parts = [context.items.get(part) for part in relation.parts]
    if any(part is None for part in parts):
        return total, None
    return total, [part for part in parts if part is not None]


class Sums(Check):
    """Sums: the parts of a whole add up to it, and a subset never exceeds its whole.

    **What it checks.** Every breakdown the report prints. For a ``sum`` (the parts make
    up the whole, *gồm*), the parts, converted to the total's unit (250 triệu đồng is
    0,25 tỷ đồng), must add up to the total. For a ``subset`` (a *trong đó* that lists
    only some of the parts), they must not add up to more than the total. A total that
    is itself a stated change (*giảm 140,15 ha*, broken down by cause) is compared by
    its size.

    **When it fires.** When no reading of the printed numbers within their printing
    precision makes the parts agree with the total. Parts and totals whose units do not
    convert (persons and households) are not compared.

    **Severity.** ``material`` when the figures cannot be reconciled; ``rounding`` when
    they agree only if a figure was cut off rather than rounded, or one figure is one
    unit off in its last digit; ``info`` at most when a figure is qualified (*khoảng*,
    *trên*). Where one part alone is larger than the whole, or the mismatch is explained
    by a scale word (triệu for tỷ), the ``scale-slips`` check reports it instead, when it
    runs.
    """

    name = "sums"

    def problems(self, context: Context) -> Iterator[Problem]:
        """Yield one comparison per ``sum`` or ``subset`` breakdown."""
        for relation in context.report.relations:
            if relation.kind is RelationKind.STRUCTURE:
                continue
            total, parts = _resolve(context, relation)
            if total is None or not parts:
                continue
            problem = _sum_problem(context, relation, total, parts)
            if problem is not None:
                yield problem


def _sum_problem(
    context: Context, relation: Relation, total: Item, parts: list[Item]
) -> Problem | None:
    unit = total.unit
    operands = [context.operand(part, unit) for part in parts]
    if any(op is None for op in operands):
        return None
    part_ops = [op for op in operands if op is not None]
    total_op = context.as_printed(total)
    is_sum = relation.kind is RelationKind.SUM

    def formula(iv: Sequence[Interval]) -> tuple[Interval, Sequence[Interval]]:
        return add(iv[1:]), [iv[0]]

    comparison = Comparison((total_op, *part_ops), formula, "equal" if is_sum else "at-most")
    whole = total_op.interval()
    exceeds = any(op.interval().low > whole.high for op in part_ops)
    places = _places(parts, [op.factor for op in part_ops])
    subject = total

    def describe(recomputed: Interval | None, lang: Language) -> str:
        assert recomputed is not None  # noqa: S101 (a sum is always bounded)
        total_text = quantity(subject.value, unit, lang)
        if isinstance(subject, Claim):
            total_text = shown(subject)
        parts_text = quantity(recomputed.mid, unit, lang, places)
        title = name(subject, lang)
        at = relation.location.describe(lang)
        if lang == "vi":
            if is_sum:
                return (
                    f"Tổng các thành phần của «{title}» ({parts_text}) khác tổng số "
                    f"({total_text}) ở {at}."
                )
            return (
                f"Các thành phần được liệt kê của «{title}» cộng lại đã là {parts_text}, "
                f"lớn hơn tổng số ({total_text}) ở {at}."
            )
        if is_sum:
            return (
                f"The parts of “{title}” add up to {parts_text}, not to the total of "
                f"{total_text} ({at})."
            )
        return (
            f"The listed parts of “{title}” already add up to {parts_text}, more than the "
            f"total of {total_text} ({at})."
        )

    return Problem(
        comparison=comparison,
        cited=(total, *parts),
        describe=describe,
        stated=total,
        recomputed_unit=unit,
        part_exceeds=exceeds,
    )


class Shares(Check):
    """Shares: a stated share matches part ÷ whole, and a structure adds up to 100%.

    **What it checks.**

    - A share claim (*chiếm 48,035%*) about a printed part, against its whole: the
      figure the claim names (``against``), else the total of a breakdown the part
      belongs to. The share must match part ÷ whole × 100.
    - A structure (shares that make up a whole, such as the sectors of GRDP) must add
      up to 100%.
    - When every share of a structure has a stated change in percentage points against
      the same period, the changes must add up to zero: both years' structures add up
      to 100%.

    **When it fires.** When no reading within printing precision reconciles the stated
    share with the printed part and whole, or the shares with 100% (or their changes
    with zero).

    **Severity.** ``material``, or ``rounding`` when the figures agree only if a figure
    was cut off or is one unit off in its last digit (a share of 45,217% printed
    "45,21%"); ``info`` at most when a figure is qualified (*khoảng*).
    """

    name = "shares"

    def problems(self, context: Context) -> Iterator[Problem]:
        """Yield the share claims, the structures, and the structures' changes."""
        wholes = _wholes(context)
        for claim in context.report.claims:
            if claim.kind is ClaimKind.SHARE:
                problem = _share_problem(context, claim, wholes)
                if problem is not None:
                    yield problem
        for relation in context.report.relations:
            if relation.kind is RelationKind.STRUCTURE:
                yield from _structure_problems(context, relation)


def _wholes(context: Context) -> dict[str, Item]:
    """For each part of a sum or subset, the total it belongs to."""
    wholes: dict[str, Item] = {}
    for relation in context.report.relations:
        if relation.kind is RelationKind.STRUCTURE or relation.total is None:
            continue
        total = context.items.get(relation.total)
        if isinstance(total, Measurement | Target):
            for part in relation.parts:
                wholes.setdefault(part, total)
    return wholes


def _share_problem(context: Context, claim: Claim, wholes: dict[str, Item]) -> Problem | None:
    part = context.subject_of(claim)
    if not isinstance(part, Measurement | Target):
        return None
    if any(
        other.kind is ClaimKind.FRACTION and other.location == claim.location
        for other in context.claims_about.get(part.id, [])
    ):
        return None  # the share printed with its fraction: the fractions check
    whole = context.items.get(claim.against) if claim.against else wholes.get(part.id)
    if isinstance(whole, Claim) and whole.kind is ClaimKind.FRACTION and whole.denominator:
        # "chiếm 45,21% trên tổng số xã", against the "115/115 xã" that prints the whole
        whole_op = context.as_printed(whole, denominator=True)
    elif isinstance(whole, Measurement | Target):
        whole_op = context.as_printed(whole)
    else:
        return None
    part_op = context.operand(part, whole.unit)
    if part_op is None:
        return None
    operands = (context.as_printed(claim), part_op, whole_op)

    def formula(iv: Sequence[Interval]) -> tuple[Interval, Sequence[Interval]]:
        return iv[1] / iv[2] * 100, [iv[0]]

    places = places_of(claim.value)

    def describe(recomputed: Interval | None, lang: Language) -> str:
        value = "?" if recomputed is None else number(recomputed.mid, lang, places) + "%"
        title = name(part, lang)
        at = claim.location.describe(lang)
        total = shown(whole)
        if isinstance(whole, Claim) and whole.denominator is not None:
            total = f"«{quantity(whole.denominator, whole.unit, lang)}»"
        if lang == "vi":
            return (
                f"Báo cáo nêu «{title}» {shown(claim)}, nhưng {shown(part)} so với tổng số "
                f"{total} là {value} ({at})."
            )
        return (
            f"The report says “{title}” is {shown(claim)} of the whole, but {shown(part)} "
            f"out of {total} is {value} ({at})."
        )

    return Problem(
        comparison=Comparison(operands, formula, loose=ABOUT),
        cited=(claim, part, whole),
        describe=describe,
        stated=claim,
        recomputed_unit="%",
    )


def _structure_problems(context: Context, relation: Relation) -> Iterator[Problem]:
    parts = [context.items.get(part) for part in relation.parts]
    items = [part for part in parts if part is not None]
    if len(items) != len(parts) or any(item.unit.strip() != "%" for item in items):
        return
    operands = tuple(context.as_printed(item) for item in items)

    def formula(iv: Sequence[Interval]) -> tuple[Interval, Sequence[Interval]]:
        return add(iv), [Interval.exact(100)]

    places = max(places_of(item.value) for item in items)
    at = relation.location

    def describe(recomputed: Interval | None, lang: Language) -> str:
        assert recomputed is not None  # noqa: S101 (a sum is always bounded)
        value = number(recomputed.mid, lang, places) + "%"
        where = at.describe(lang)
        if lang == "vi":
            return f"Các tỷ trọng của cơ cấu cộng lại được {value}, không phải 100% ({where})."
        return f"The shares of the structure add up to {value}, not to 100% ({where})."

    yield Problem(
        comparison=Comparison(operands, formula),
        cited=tuple(items),
        describe=describe,
        recomputed_unit="%",
    )
    yield from _structure_change_problem(context, relation, items)


def _structure_change_problem(
    context: Context, relation: Relation, items: list[Item]
) -> Iterator[Problem]:
    """The changes of a structure's shares against one period add up to zero."""
    by_reference: dict[str, list[Claim]] = {}
    for item in items:
        subject_id = item.subject if isinstance(item, Claim) else item.id
        if subject_id is None:
            return
        changes = [
            claim
            for claim in context.claims_about.get(subject_id, [])
            if claim.kind is ClaimKind.PP_CHANGE
            and claim.reference is not None
            and claim.basis is None
        ]
        for claim in changes:
            by_reference.setdefault(str(claim.reference), []).append(claim)
    for reference, claims in by_reference.items():
        if len(claims) != len(items) or len({c.subject for c in claims}) != len(items):
            continue
        operands = tuple(context.as_printed(claim) for claim in claims)
        group = claims

        def formula(
            iv: Sequence[Interval], group: list[Claim] = group
        ) -> tuple[Interval, Sequence[Interval]]:
            return add(signed(c, i) for c, i in zip(group, iv, strict=True)), [Interval.exact(0)]

        digits = max(places_of(claim.value) for claim in claims)

        def describe(
            recomputed: Interval | None,
            lang: Language,
            reference: str = reference,
            places: int = digits,
        ) -> str:
            assert recomputed is not None  # noqa: S101 (a sum is always bounded)
            value = number(recomputed.mid, lang, places)
            at = relation.location.describe(lang)
            if lang == "vi":
                return (
                    f"Mức thay đổi các tỷ trọng của cơ cấu so với năm {reference} cộng lại "
                    f"được {value} điểm phần trăm, trong khi phải bằng 0 ({at})."
                )
            return (
                f"The changes of the structure's shares since {reference} add up to {value} "
                f"percentage points, where they must add up to zero ({at})."
            )

        yield Problem(
            comparison=Comparison(operands, formula),
            cited=tuple(claims),
            describe=describe,
            recomputed_unit="điểm %",
        )
