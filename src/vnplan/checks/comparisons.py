"""Comparisons of printed numbers, and the judge that decides how serious a mismatch is.

A check does not compare numbers itself. It states a :class:`Comparison`: the printed
figures it rests on (:class:`~vnplan.checks.operands.Operand`), and a formula that turns
their intervals into a recomputed interval and the interval(s) the report states.
:func:`judge` then decides the severity, by reading the printed figures in turn as:

1. **rounded** (half a unit of the last printed digit either side): if the intervals
   meet, the figures agree and there is no finding;
2. **cut off** (every figure may also have been truncated: up to a whole unit above it);
   or **one unit off** (one of the figures, any one, one unit off in its last digit): if
   either reading reconciles, the finding is ``rounding``;
3. otherwise the finding is ``material``. The judge then tries each figure printed with
   a scale word (nghìn, triệu, tỷ, nghìn tỷ) under the other scale words: if exactly one
   figure makes everything agree that way, it is a scale slip.

A figure printed with a qualifier (khoảng, trên, dưới) cannot be checked exactly: any
finding that rests on one is ``info`` at most.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Final, Literal, TypeAlias

from vnplan._enums import Bound, Severity
from vnplan.checks.operands import SCALE_POWERS, Operand, Reading, scale_of
from vnplan.exceptions import ZeroDenominatorError
from vnplan.model.interval import Interval

__all__ = ["ABOUT", "Alternatives", "Comparison", "Formula", "Outcome", "judge"]

_ONE: Final = Decimal(1)
#: The interval of a figure left out of a comparison altogether.
_ZERO: Final = Interval.exact(0)

#: Only *khoảng* (about) makes a figure approximate for a claim the report computed from
#: the printed number: a growth or a share of *trên 1.500 tỷ đồng* is computed from 1.500.
ABOUT: Final = frozenset({Bound.ABOUT})

#: One interval, or several alternatives (any one agreeing is enough).
Alternatives: TypeAlias = Interval | Sequence[Interval]

#: A formula: from the operands' intervals (in order), the recomputed interval and the
#: intervals the report may be read as stating (any one of them agreeing is enough).
#: Where a printed word has two readings (*tăng 2,35 lần*: 2,35 or 3,35 times), the
#: recomputed side may give alternatives too; the first is the one reported.
Formula: TypeAlias = Callable[[Sequence[Interval]], tuple[Alternatives, Alternatives]]


def _alternatives(value: Alternatives) -> Sequence[Interval]:
    return (value,) if isinstance(value, Interval) else value


#: The qualifiers that make a figure approximate in most comparisons.
_LOOSE: Final = frozenset({Bound.ABOUT, Bound.AT_LEAST, Bound.AT_MOST})


class Comparison:
    """Printed numbers and how they must agree.

    ``mode`` says how: ``"equal"``, the recomputed interval must meet a stated one;
    ``"at-most"``, the recomputed interval must reach down to a stated one (the parts of a
    subset must not exceed their total); ``"at-least"``, the reverse.
    """

    __slots__ = ("formula", "loose", "mode", "operands")

    def __init__(
        self,
        operands: tuple[Operand, ...],
        formula: Formula,
        mode: Literal["equal", "at-most", "at-least"] = "equal",
        loose: frozenset[Bound] = _LOOSE,
    ) -> None:
        #: The printed numbers, in the order ``formula`` takes their intervals.
        self.operands = operands
        #: How their intervals give the recomputed and the stated intervals.
        self.formula = formula
        #: How the recomputed interval must relate to the stated ones.
        self.mode = mode
        #: Qualifiers that make a figure approximate here: a finding resting on such a
        #: figure is ``info`` at most. Attainment passes only ``about``, since a report
        #: computes attainment against the printed number of a *trên* (at least) target.
        self.loose = loose

    def holds(self, intervals: Sequence[Interval]) -> bool:
        """Say whether the comparison holds for these operand intervals.

        A formula that would divide by an interval holding zero is unbounded and so
        cannot be refuted: it holds.
        """
        try:
            left, right = self.formula(intervals)
        except ZeroDenominatorError:
            return True
        stated = _alternatives(right)
        at_most, at_least = self.mode == "at-most", self.mode == "at-least"
        for r in _alternatives(left):
            for s in stated:
                # They meet: r reaches down to s (enough for at-most), and up to it.
                if (r.low <= s.high or at_least) and (s.low <= r.high or at_most):
                    return True
        return False

    def recompute(self) -> Interval | None:
        """The recomputed interval from the numbers read as rounded; ``None`` if unbounded."""
        try:
            left = self.formula([op.reported() for op in self.operands])[0]
        except ZeroDenominatorError:
            return None
        return _alternatives(left)[0]

    def point(self) -> Decimal | None:
        """The recomputed value from the numbers exactly as printed; ``None`` if undefined."""
        try:
            left = self.formula([op.point() for op in self.operands])[0]
        except ZeroDenominatorError:
            return None
        return _alternatives(left)[0].mid


class Outcome:
    """The verdict on a comparison."""

    __slots__ = ("candidates", "qualified", "reason", "severity", "slip", "suspect")

    def __init__(
        self,
        severity: Severity | None,
        reason: str,
        suspect: Operand | None = None,
        slip: tuple[Operand, int] | None = None,
        candidates: tuple[tuple[Operand, int], ...] = (),
        *,
        qualified: bool = False,
    ) -> None:
        #: The severity; ``None`` when the figures agree.
        self.severity = severity
        #: Why: ``agree``, ``cut-off``, ``one-off``, ``material`` or ``slip``.
        self.reason = reason
        #: The operand one unit off, for ``one-off``.
        self.suspect = suspect
        #: For a scale slip: the operand, and the power of ten that reconciles it.
        self.slip = slip
        #: Every operand that, under another scale word, would reconcile the comparison,
        #: with the power of ten (a slip when they are all the same figure).
        self.candidates = candidates
        #: Whether the severity was capped to ``info`` by a qualified figure (khoảng, trên).
        self.qualified = qualified


def _with(operands: Sequence[Operand], index: int, reading: Reading) -> list[Interval]:
    return [op.interval(reading) if i == index else op.rounded for i, op in enumerate(operands)]


def _slip_candidates(comparison: Comparison) -> tuple[tuple[Operand, int], ...]:
    """Each operand that, under another scale word, makes the comparison hold."""
    found: list[tuple[Operand, int]] = []
    operands = comparison.operands
    rounded = [op.rounded for op in operands]
    for index, operand in enumerate(operands):
        power = scale_of(operand)
        if power == 0:
            continue
        for other in SCALE_POWERS:
            if other == power:
                continue
            trial = list(rounded)
            trial[index] = rounded[index] * _ONE.scaleb(other - power)
            if not comparison.holds(trial):
                continue
            if other < power:
                # Shrinking a figure a thousandfold is no evidence when leaving it out
                # altogether would do as well: the others' precision absorbs it.
                trial[index] = _ZERO
                if comparison.holds(trial):
                    continue
            found.append((operand, other - power))
    return tuple(found)


def judge(comparison: Comparison, *, cap: Severity = Severity.MATERIAL) -> Outcome:
    """Decide whether a comparison holds, and if not, how serious that is.

    Args:
        comparison: The comparison.
        cap: The most serious severity to give (plan coherence caps at ``info``).

    Returns:
        The outcome; its ``severity`` is ``None`` when the figures agree.
    """
    operands = comparison.operands
    if comparison.holds([op.rounded for op in operands]):
        return Outcome(None, "agree")
    qualified = any(op.bound in comparison.loose for op in operands)
    ceiling = Severity.INFO if qualified else cap
    if comparison.holds([op.interval(Reading.CUT_OFF) for op in operands]):
        return Outcome(_milder(Severity.ROUNDING, ceiling), "cut-off", qualified=qualified)
    for index, operand in enumerate(operands):
        if comparison.holds(_with(operands, index, Reading.ONE_OFF)):
            return Outcome(
                _milder(Severity.ROUNDING, ceiling), "one-off", suspect=operand, qualified=qualified
            )
    # Only an equality pins a figure down: any inequality holds with a figure rescaled
    # far enough, which is no evidence of a slip.
    candidates = _slip_candidates(comparison) if comparison.mode == "equal" else ()
    severity = _milder(Severity.MATERIAL, ceiling)
    if len({operand.id for operand, _ in candidates}) == 1:
        return Outcome(
            severity, "slip", slip=candidates[0], candidates=candidates, qualified=qualified
        )
    return Outcome(severity, "material", candidates=candidates, qualified=qualified)


def _milder(severity: Severity, ceiling: Severity) -> Severity:
    return severity if severity.rank >= ceiling.rank else ceiling
