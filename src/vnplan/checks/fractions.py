"""The ``fractions`` check: "a/b" matches the percentage printed beside it."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from decimal import Decimal

from vnplan._enums import ClaimKind
from vnplan.checks.base import Check, Context, Problem
from vnplan.checks.comparisons import Comparison
from vnplan.checks.formulas import percent_of_reference
from vnplan.checks.operands import Item
from vnplan.checks.words import number, places_of, quantity, shown
from vnplan.model import Claim, Measurement, Target
from vnplan.model.interval import Interval
from vnplan.model.labels import Language

__all__ = ["Fractions"]

_PERCENT_KINDS = frozenset({ClaimKind.ATTAINMENT, ClaimKind.SHARE})


def _is_percent(unit: str) -> bool:
    return unit.strip() == "%"


def _beside(first: Item, second: Item) -> bool:
    """Whether two items are printed in the same paragraph or footnote."""
    return first.location == second.location


def _percentages(context: Context, fraction: Claim) -> list[Item]:
    """The percentages printed with a fraction: its subject, or claims beside it."""
    found: list[Item] = []
    subject = context.subject_of(fraction)
    if isinstance(subject, Measurement | Target) and _is_percent(subject.unit):
        found.append(subject)
    if isinstance(subject, Claim) and subject.kind in _PERCENT_KINDS:
        found.append(subject)
    neighbours = [
        *(context.claims_about.get(fraction.subject, []) if fraction.subject else []),
        *context.claims_about.get(fraction.id, []),
    ]
    for claim in neighbours:
        if (
            claim.kind in _PERCENT_KINDS
            and _is_percent(claim.unit)
            and _beside(claim, fraction)
            and claim not in found
        ):
            found.append(claim)
    return found


def _percent_problem(context: Context, fraction: Claim, percent: Item) -> Problem:
    operands = (
        context.as_printed(fraction),
        context.as_printed(fraction, denominator=True),
        context.as_printed(percent),
    )

    def formula(iv: Sequence[Interval]) -> tuple[Interval, Sequence[Interval]]:
        stated = percent_of_reference(percent, iv[2]) if isinstance(percent, Claim) else [iv[2]]
        return iv[0] / iv[1] * 100, stated

    places = places_of(percent.value)

    def describe(recomputed: Interval | None, lang: Language) -> str:
        value = "?" if recomputed is None else number(recomputed.mid, lang, places) + "%"
        at = fraction.location.describe(lang)
        if lang == "vi":
            return (
                f"{shown(fraction)} là {value}, không phải {shown(percent)} như báo cáo nêu ({at})."
            )
        return f"{shown(fraction)} is {value}, not {shown(percent)} as the report says ({at})."

    return Problem(
        comparison=Comparison(operands, formula),
        cited=(fraction, percent),
        describe=describe,
        stated=percent,
        recomputed_unit="%",
    )


def _term_problem(
    context: Context, fraction: Claim, figure: Measurement | Target, *, numerator: bool
) -> Problem | None:
    """The numerator equals the figure the fraction is about; the denominator its whole."""
    value = fraction.value if numerator else fraction.denominator
    assert value is not None  # noqa: S101 (a fraction has a denominator)
    operand = context.operand(figure, fraction.unit)
    if operand is None:
        return None
    term = context.as_printed(fraction, denominator=not numerator)

    def formula(iv: Sequence[Interval]) -> tuple[Interval, Sequence[Interval]]:
        return iv[1], [iv[0]]

    def describe(recomputed: Interval | None, lang: Language) -> str:
        del recomputed
        at = fraction.location.describe(lang)
        printed = quantity(Decimal(value), fraction.unit, lang)
        if lang == "vi":
            which = "Tử số" if numerator else "Mẫu số"
            return (
                f"{which} của {shown(fraction)} ({printed}) khác số liệu {shown(figure)} "
                f"({figure.location.describe(lang)}) mà nó nói tới ({at})."
            )
        which = "The numerator" if numerator else "The denominator"
        return (
            f"{which} of {shown(fraction)} ({printed}) differs from the figure "
            f"{shown(figure)} ({figure.location.describe(lang)}) it stands for ({at})."
        )

    return Problem(
        comparison=Comparison((term, operand), formula),
        cited=(fraction, figure),
        describe=describe,
        recomputed_unit=fraction.unit,
    )


class Fractions(Check):
    """Fractions: "a/b" matches the percentage printed beside it and the figures it names.

    **What it checks.** A fraction claim such as *112,8% kế hoạch (9.421/8.350 người)*
    or *115/115 xã đạt 100%*:

    - a ÷ b × 100 must match the percentage printed with it: the rate it is about, or an
      attainment or share claim about the same figure in the same paragraph or footnote;
    - a must equal the figure the fraction is about, and b the figure it names as its
      whole (``against``), when those are printed.

    **When it fires.** When no reading within printing precision reconciles them.

    **Severity.** ``material``; ``rounding`` when they agree only if the percentage was
    cut off (86,047% printed "86,04%") or is one unit off in its last digit.
    """

    name = "fractions"

    def problems(self, context: Context) -> Iterator[Problem]:
        """Yield each fraction against its percentages and the figures it names."""
        for claim in context.report.claims:
            if claim.kind is not ClaimKind.FRACTION or claim.denominator is None:
                continue
            for percent in _percentages(context, claim):
                yield _percent_problem(context, claim, percent)
            subject = context.subject_of(claim)
            if isinstance(subject, Measurement | Target) and not _is_percent(subject.unit):
                problem = _term_problem(context, claim, subject, numerator=True)
                if problem is not None:
                    yield problem
            whole = context.items.get(claim.against) if claim.against else None
            if isinstance(whole, Measurement | Target):
                problem = _term_problem(context, claim, whole, numerator=False)
                if problem is not None:
                    yield problem
