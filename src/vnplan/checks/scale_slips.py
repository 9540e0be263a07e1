"""The ``scale-slips`` check: a figure printed with the wrong scale word, or a part too big."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Final, TypeAlias

from vnplan import units
from vnplan._enums import Bound, RelationKind, Role, Severity
from vnplan.checks.base import Check, Context, Problem, cite, stated_of
from vnplan.checks.comparisons import Comparison, Outcome, judge
from vnplan.checks.findings import Finding, Recomputed
from vnplan.checks.operands import SCALE_POWERS, Item, Operand, scale_of
from vnplan.checks.words import outcome_note, quantity, rescaled_unit, shown
from vnplan.exceptions import UnitError
from vnplan.model import Measurement, Target
from vnplan.model.interval import Interval
from vnplan.model.labels import Language

if TYPE_CHECKING:
    from vnplan.model import Period

__all__ = ["ScaleSlips"]


def _slip_finding(operand: Operand, power: int, evidence: list[tuple[Problem, Outcome]]) -> Finding:
    item = operand.item
    other_unit = rescaled_unit(operand, power)
    related: list[Item] = []
    for problem, _ in evidence:
        related.extend(i for i in problem.cited if i.id != item.id and i not in related)
    severity = min(
        (outcome.severity for _, outcome in evidence if outcome.severity is not None),
        key=lambda severity: severity.rank,
    )
    qualified = all(outcome.qualified for _, outcome in evidence)
    messages: list[str] = []
    for lang in ("vi", "en"):
        language: Language = "vi" if lang == "vi" else "en"
        rewritten = quantity(item.value, other_unit, language)
        others = ", ".join(shown(i) for i in related[:4]) + ("…" if len(related) > 4 else "")
        at = item.location.describe(language)
        if language == "vi":
            text = (
                f"Số liệu {shown(item)} ở {at} có vẻ ghi nhầm đơn vị: nếu ghi là "
                f"«{rewritten}» thì mới khớp với các số liệu liên quan ({others})."
            )
        else:
            text = (
                f"The figure {shown(item)} ({at}) looks like a scale slip: only written as "
                f"“{rewritten}” does it agree with the related figures ({others})."
            )
        note = outcome_note(Outcome(severity, "material", qualified=qualified), language)
        messages.append(f"{text} {note}".strip())
    scaled = Interval.from_printed(item.value) * Decimal(1).scaleb(power)
    return Finding(
        check=ScaleSlips.name,
        severity=severity,
        message_vi=messages[0],
        message_en=messages[1],
        stated=stated_of(item),
        recomputed=Recomputed(value=scaled.mid, interval=scaled, unit=item.unit),
        figures=cite([item, *related]),
    )


def _part_problems(context: Context) -> Iterator[Problem]:
    """One comparison per part of a breakdown: the part is no larger than its whole."""
    for relation in context.report.relations:
        if relation.kind is RelationKind.STRUCTURE or relation.total is None:
            continue
        total = context.items.get(relation.total)
        if total is None:
            continue
        whole = context.as_printed(total)
        for part_id in relation.parts:
            part = context.items.get(part_id)
            if part is None:
                continue
            operand = context.operand(part, total.unit)
            if operand is None:
                continue
            yield _part_problem(part, operand, whole)


def _smaller_scale(operand: Operand, whole: Interval) -> int | None:
    """The smallest shift down of the part's scale word that makes it fit in the whole."""
    power = scale_of(operand)
    for other in sorted((p for p in SCALE_POWERS if p < power), reverse=True):
        if operand.rescaled(other - power).interval().low <= whole.high:
            return other - power
    return None


def _part_problem(part: Item, operand: Operand, whole: Operand) -> Problem:
    total = whole.item

    def formula(iv: Sequence[Interval]) -> tuple[Interval, Sequence[Interval]]:
        return iv[0], [iv[1]]

    def describe(recomputed: Interval | None, lang: Language) -> str:
        del recomputed
        at_part, at_total = part.location.describe(lang), total.location.describe(lang)
        hint = ""
        shift = _smaller_scale(operand, whole.interval())
        if shift is not None:
            rewritten = quantity(part.value, rescaled_unit(operand, shift), lang)
            hint = (
                f" Nếu ghi là «{rewritten}» thì mới nhỏ hơn tổng số."
                if lang == "vi"
                else f" Written as “{rewritten}” it would fit."
            )
        if lang == "vi":
            return (
                f"Thành phần {shown(part)} ({at_part}) lớn hơn cả tổng số {shown(total)} "
                f"({at_total}) mà nó thuộc về.{hint}"
            )
        return (
            f"The part {shown(part)} ({at_part}) is larger than the whole {shown(total)} "
            f"({at_total}) it belongs to.{hint}"
        )

    return Problem(
        comparison=Comparison((operand, whole), formula, "at-most"),
        cited=(part, total),
        describe=describe,
        stated=part,
        recomputed_unit=total.unit,
    )


#: The roles of a flow over a year: an outturn or a plan (not a stock, a running total,
#: a piece of a breakdown or a past value printed for comparison).
_FLOWS: Final = frozenset({Role.ACTUAL, Role.TARGET})
#: How many times the largest total of its sector and year a flow must exceed to be
#: suspect. Aggregates of one sector and year printed side by side stay within twice
#: each other (expenditure against revenue, GRDP at current against constant prices);
#: a piece of the sector printed a thousand times too large need not.
_BEYOND: Final = Decimal(2)
#: How far down a suspect's scale word moves: to the next smaller one (tỷ to triệu).
_NEXT_SMALLER: Final = -3
_LOOSE: Final = frozenset({Bound.ABOUT, Bound.AT_LEAST, Bound.AT_MOST})


def _money(unit: str) -> str | None:
    """The currency dimension of ``unit`` (``[currency_vnd]``); ``None`` if not money."""
    try:
        dimension = units.unit_info(unit).dimension
    except UnitError:
        return None
    return dimension if dimension.startswith("[currency") else None


#: A sector, a year and a currency: where a flow is held against the largest total.
_Scope: TypeAlias = tuple[str, "Period", str]


def _yearly_money(figure: Measurement | Target) -> _Scope | None:
    """The sector, year and currency of a flow of money over one year; else ``None``."""
    period = figure.period
    if figure.role not in _FLOWS or period is None or not period.is_year:
        return None
    currency = _money(figure.unit)
    return None if currency is None else (figure.indicator.sector, period, currency)


def _largest_totals(context: Context) -> dict[_Scope, Measurement | Target]:
    """For each sector, year and currency, the largest total of a breakdown of money."""
    largest: dict[_Scope, Measurement | Target] = {}
    for relation in context.report.relations:
        total = None if relation.total is None else context.items.get(relation.total)
        if not isinstance(total, Measurement | Target):
            continue
        key = _yearly_money(total)
        if key is None:
            continue
        best = largest.get(key)
        factor = None if best is None else context.factor(total.unit, best.unit)
        if best is None or (factor is not None and total.value * factor > best.value):
            largest[key] = total
    return largest


def _ceiling_suspects(
    context: Context, skip: set[str]
) -> Iterator[tuple[Operand, Measurement | Target]]:
    """Flows of money far above every total of their sector and year, that fit a scale down.

    A flow of money over one year, in no breakdown itself, printed under the same scale
    word as the largest total of its sector and year, more than :data:`_BEYOND` times
    that total (read within printing precision), that read under the next smaller scale
    word is no larger than it. (A flow printed under a larger scale word than the
    total's, "1.010 triệu USD" beside totals in nghìn USD, was written that way for a
    larger amount: the slip this looks for writes the total's scale word for a smaller
    one.)
    """
    largest = _largest_totals(context)
    if not largest:
        return
    members: set[str] = set()
    for relation in context.report.relations:
        members.update(relation.parts)
        if relation.total is not None:
            members.add(relation.total)
    figures: list[Measurement | Target] = [*context.report.measurements, *context.report.targets]
    for figure in figures:
        if figure.id in members or figure.id in skip:
            continue
        total = _total_to_hold(figure, largest)
        if total is None:
            continue
        operand = context.operand(figure, total.unit)
        if operand is None:
            continue
        ceiling = context.as_printed(total).interval().high
        if operand.interval().low <= ceiling * _BEYOND:
            continue
        if operand.rescaled(_NEXT_SMALLER).interval().high <= ceiling:
            yield operand, total


def _total_to_hold(
    figure: Measurement | Target, largest: dict[_Scope, Measurement | Target]
) -> Measurement | Target | None:
    """The total a flow is held against: its scope's largest, under the same scale word.

    A flow printed under a larger scale word than the total's was written that way for a
    larger amount; the slip looked for writes the total's scale word for a smaller one.
    """
    scope = _yearly_money(figure)
    total = None if scope is None else largest.get(scope)
    scale = _scale_word(figure.unit)
    if total is None or scale <= SCALE_POWERS[0] or scale != _scale_word(total.unit):
        return None
    return total


def _scale_word(unit: str) -> int:
    """The power of ten of the scale word of ``unit`` (0 without one)."""
    try:
        return units.split_scale(unit)[0]
    except UnitError:
        return 0


def _ceiling_finding(operand: Operand, total: Measurement | Target) -> Finding:
    """The finding on a flow far above the largest total of its sector and year."""
    item = operand.item
    qualified = operand.bound in _LOOSE or total.bound in _LOOSE
    # A flow far above its sector's total is implausible, not impossible: no arithmetic
    # the report prints fails. So it is a lead for the reader, never more than info.
    severity = Severity.INFO
    outcome = Outcome(severity, "material", qualified=qualified)
    messages: list[str] = []
    for language in ("vi", "en"):
        lang: Language = "vi" if language == "vi" else "en"
        rewritten = quantity(item.value, rescaled_unit(operand, _NEXT_SMALLER), lang)
        at_item, at_total = item.location.describe(lang), total.location.describe(lang)
        if lang == "vi":
            text = (
                f"Số liệu {shown(item)} ở {at_item} có vẻ ghi nhầm đơn vị: nó lớn hơn gấp "
                f"đôi {shown(total)} ({at_total}), tổng số lớn nhất của lĩnh vực trong cùng "
                f"năm; nếu ghi là «{rewritten}» thì mới nhỏ hơn tổng số đó."
            )
        else:
            text = (
                f"The figure {shown(item)} ({at_item}) looks like a scale slip: it is more "
                f"than twice {shown(total)} ({at_total}), the largest total of its sector "
                f"in the same year; only written as “{rewritten}” does it fit below it."
            )
        messages.append(f"{text} {outcome_note(outcome, lang)}".strip())
    scaled = Interval.from_printed(item.value) * Decimal(1).scaleb(_NEXT_SMALLER)
    return Finding(
        check=ScaleSlips.name,
        severity=severity,
        message_vi=messages[0],
        message_en=messages[1],
        stated=stated_of(item),
        recomputed=Recomputed(value=scaled.mid, interval=scaled, unit=item.unit),
        figures=cite([item, total]),
    )


class ScaleSlips(Check):
    """Scale slips: figures that fit only under another scale word; parts larger than the whole.

    **What it checks.** Every comparison the other arithmetic checks make (sums, shares,
    growth, attainment, fractions, percentage points, contradictions, plan coherence).
    Where a comparison fails, the check reads each figure printed with a scale word
    (nghìn, triệu, tỷ, nghìn tỷ) under the other scale words: if exactly one figure then
    makes the comparison hold ("8.428,99 triệu đồng" read as tỷ đồng makes the parts of
    investment add up, and its share 48,035% right), that figure is reported once, with
    every comparison it spoils, and those comparisons are not reported again by their
    own checks. It also reports every part of a breakdown that alone is larger than the
    whole it belongs to; and a flow of money over one year (an outturn or a plan, in no
    breakdown itself) that is more than twice the largest total of a breakdown of its
    sector and year, but would fit below it under the next smaller scale word
    ("71.691 tỷ đồng" of land-use revenue against a local budget revenue of 12.334 tỷ
    đồng). Stocks, running totals and figures of several years are never held against a
    total.

    **When it fires.** A slip: when a comparison fails under every reading of the
    printed precision but holds with one figure rescaled by a power of a thousand. A
    part: when, read within printing precision, the part exceeds its whole. A flow:
    when, read within printing precision, it exceeds twice that total, and read a
    thousand times smaller it does not exceed the total.

    **Severity.** ``material`` (``info`` at most when every comparison rests on a
    qualified figure, *khoảng* or *trên*); a part larger than its whole is ``rounding``
    when only a cut-off or one-unit-off reading reconciles them. A flow far above its
    sector's total is always ``info``: implausible, not impossible, since no arithmetic
    the report prints fails (a sector may hold a flow larger than any of its printed
    breakdowns).
    """

    name = "scale-slips"

    def findings(self, context: Context) -> Iterator[Finding]:
        """Yield a finding per slipped figure, per part above its whole, per flow too big."""
        slips = context.slips()
        for (item_id, power), evidence in slips.items():
            operand = next(
                op for _, outcome in evidence for op, _ in outcome.candidates if op.id == item_id
            )
            yield _slip_finding(operand, power, evidence)
        slipped = {item_id for item_id, _ in slips}
        for problem in _part_problems(context):
            if any(item.id in slipped for item in problem.cited):
                continue
            outcome = judge(problem.comparison)
            if outcome.severity is not None:
                yield problem.finding(self.name, outcome)
        for operand, total in _ceiling_suspects(context, slipped):
            yield _ceiling_finding(operand, total)
