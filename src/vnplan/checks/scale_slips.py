"""The ``scale-slips`` check: a figure printed with the wrong scale word, or a part too big."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from decimal import Decimal

from vnplan._enums import RelationKind
from vnplan.checks.base import Check, Context, Problem, cite, stated_of
from vnplan.checks.comparisons import Comparison, Outcome, judge
from vnplan.checks.findings import Finding, Recomputed
from vnplan.checks.operands import SCALE_POWERS, Item, Operand, scale_of
from vnplan.checks.words import outcome_note, quantity, rescaled_unit, shown
from vnplan.model.interval import Interval
from vnplan.model.labels import Language

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
    whole it belongs to.

    **When it fires.** A slip: when a comparison fails under every reading of the
    printed precision but holds with one figure rescaled by a power of a thousand. A
    part: when, read within printing precision, the part exceeds its whole.

    **Severity.** ``material`` (``info`` at most when every comparison rests on a
    qualified figure, *khoảng* or *trên*); a part larger than its whole is ``rounding``
    when only a cut-off or one-unit-off reading reconciles them.
    """

    name = "scale-slips"

    def findings(self, context: Context) -> Iterator[Finding]:
        """Yield one finding per slipped figure, then one per part larger than its whole."""
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
