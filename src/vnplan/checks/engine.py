"""The machinery the checks share: operands, readings, comparisons, verdicts, the context.

A check does not compare numbers itself. It states a :class:`Comparison`: the printed
figures it rests on (:class:`Operand`), and a formula that turns their intervals into a
recomputed interval and the interval(s) the report states. :func:`judge` then decides the
severity, by reading the printed figures in turn as:

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

import enum
import functools
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, ClassVar, Final, Literal, TypeAlias

from vnplan import units
from vnplan._enums import Bound, ClaimKind, Role, Severity
from vnplan.checks.bounds import scaled, shifted
from vnplan.checks.findings import Cited, Finding, Recomputed, Stated
from vnplan.exceptions import DimensionalityError, UnitError, ZeroDenominatorError
from vnplan.model.core import Claim, Measurement, Report, Target
from vnplan.model.interval import Interval
from vnplan.model.labels import Language
from vnplan.text import format_number, format_quantity

if TYPE_CHECKING:
    from vnplan.model.core import Period

__all__ = [
    "Check",
    "Comparison",
    "Context",
    "Operand",
    "Outcome",
    "Problem",
    "Reading",
    "judge",
]

#: A printed figure or a claim: what an operand reads its number from.
Item: TypeAlias = Measurement | Target | Claim

_ZERO_VALUE: Final = Decimal(0)
_ONE: Final = Decimal(1)
#: Only *khoảng* (about) makes a figure approximate for a claim the report computed from
#: the printed number: a growth or a share of *trên 1.500 tỷ đồng* is computed from 1.500.
ABOUT: Final = frozenset({Bound.ABOUT})
#: Claims whose number counts things like their indicator does (a change, a fraction).
_COUNTED: Final = frozenset({ClaimKind.CHANGE, ClaimKind.FRACTION})
#: The powers of ten of the scale words: nghìn, triệu, tỷ, nghìn tỷ.
SCALE_POWERS: Final = (3, 6, 9, 12)


class Reading(enum.Enum):
    """How a printed number is read: which values it may stand for."""

    #: Rounded half up: half a unit of the last digit either side.
    ROUNDED = "rounded"
    #: Rounded or cut off: from half a unit below to a whole unit above (in magnitude).
    CUT_OFF = "cut-off"
    #: One unit off in the last digit: anything within a whole unit either side.
    ONE_OFF = "one-off"


@functools.lru_cache(maxsize=4096)
def is_count(unit: str) -> bool:
    """Whether ``unit`` counts whole things without a scale word (xã, người, con, lượt)."""
    try:
        info = units.unit_info(unit)
    except UnitError:
        return False
    return info.factor == 1 and units.is_count_dimension(info.dimension)


def ulp(value: Decimal) -> Decimal:
    """One unit of the last printed digit of ``value`` (``0.01`` for ``102.49``)."""
    exponent = value.as_tuple().exponent
    assert isinstance(exponent, int)  # noqa: S101 (finite values only)
    return _ONE.scaleb(exponent)


def _is_exact(item: Item, value: Decimal) -> bool:
    """Whether ``value``, printed in ``item``, is a whole count of things (see :class:`Operand`)."""
    if value != value.to_integral_value():
        return False
    if isinstance(item, Claim) and item.kind not in _COUNTED:
        return False
    return is_count(item.unit)


class Operand:
    """A printed number that a comparison rests on, in the comparison's unit.

    ``value`` is the number as printed, unsigned, its digits kept. The operand stands for
    ``sign × factor × x`` for each ``x`` the printed number may stand for.

    The classes of this module are plain classes, not attrs: they are internal, never
    compared, hashed or shown, and an attrs class costs ``import vnplan`` half a
    millisecond to build.
    """

    __slots__ = (
        "_half", "_intervals", "_magnitude", "_negative", "_unit",
        "exact", "factor", "item", "rounded", "sign", "value",
    )  # fmt: skip

    def __init__(self, item: Item, value: Decimal, factor: Decimal = _ONE, sign: int = 1) -> None:
        #: The figure or claim the number is printed in.
        self.item = item
        #: The printed number (for a fraction's denominator, the denominator).
        self.value = value
        #: The exact factor into the comparison's unit (a scale slip multiplies it).
        self.factor = factor
        #: ``-1`` for a number read with a minus sign (*giảm*), else ``1``.
        self.sign = sign
        #: Whether the number is a whole count of things, exact as printed (52 xã, 9.421
        #: người). A count printed with a scale word (810 nghìn lượt) is rounded like any
        #: level; so are money, mass, area and the other physical quantities.
        self.exact = _is_exact(item, value)
        #: The printed magnitude, one unit of its last digit, and half of one.
        self._magnitude = abs(value)
        self._unit = ulp(value)
        self._half = Interval.half_unit(value)
        #: Whether the values are below zero: printed negative, or read with a minus sign.
        self._negative = (value < 0) != (sign != 1)
        #: :meth:`interval` under the readings other than the usual one, computed once.
        self._intervals: dict[Reading, Interval] = {}
        #: :meth:`interval` under the usual reading, the printed number rounded half up.
        #: Nearly every operand made is judged, so it is computed at once.
        self.rounded = self._interval(Reading.ROUNDED)

    @property
    def id(self) -> str:
        """The id of the figure or claim."""
        return self.item.id

    @property
    def bound(self) -> Bound:
        """The qualifier printed with the number; claims are exact."""
        return Bound.EXACT if isinstance(self.item, Claim) else self.item.bound

    def _magnitudes(self, reading: Reading) -> tuple[Decimal, Decimal]:
        """The least and greatest magnitude the printed number may stand for under ``reading``."""
        magnitude, unit, half = self._magnitude, self._unit, self._half
        if reading is Reading.ONE_OFF:
            low, high = magnitude - unit, magnitude + unit
        elif self.exact:
            low, high = magnitude, magnitude
        elif reading is Reading.ROUNDED:
            low, high = magnitude - half, magnitude + half
        else:
            low, high = magnitude - half, magnitude + unit
        return max(low, _ZERO_VALUE), high  # a printed magnitude is never below zero

    def interval(self, reading: Reading = Reading.ROUNDED) -> Interval:
        """The values the operand stands for under ``reading``, signed, in the comparison's unit.

        Computed once per reading, as :class:`~vnplan.checks.bounds.Bounds`: the values
        of :meth:`reported`, without writing the ends in their shortest form.
        """
        if reading is Reading.ROUNDED:
            return self.rounded
        interval = self._intervals.get(reading)
        if interval is None:
            interval = self._interval(reading)
            self._intervals[reading] = interval
        return interval

    def _interval(self, reading: Reading) -> Interval:
        interval = scaled(*self._magnitudes(reading), self.factor)
        return -interval if self._negative else interval

    def reported(self, reading: Reading = Reading.ROUNDED) -> Interval:
        """The values of :meth:`interval`, computed and written as :class:`Interval` does.

        A recomputed interval that the audit reports is computed from these, so that its
        ends are written as :class:`Interval` arithmetic writes them.
        """
        ends = Interval(*self._magnitudes(reading))
        signed = (ends if self.value >= 0 else -ends) * self.factor
        return signed if self.sign == 1 else -signed

    def point(self) -> Interval:
        """The number exactly as printed, signed, in the comparison's unit."""
        magnitude = self._magnitude
        value = scaled(magnitude, magnitude, self.factor)
        return -value if self._negative else value

    def rescaled(self, power: int) -> Operand:
        """The operand with its number read ``10**power`` times larger."""
        return Operand(self.item, self.value, self.factor * _ONE.scaleb(power), self.sign)


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


def scale_of(operand: Operand) -> int:
    """The power of ten of the operand's scale word; 0 for none, or for a pure number."""
    return _scale_power(operand.item.unit)


@functools.lru_cache(maxsize=4096)
def _scale_power(unit: str) -> int:
    try:
        power, rest = units.split_scale(unit)
        dimension = units.unit_info(rest).dimension if rest else "dimensionless"
    except UnitError:
        return 0
    return power if dimension not in {"dimensionless", "[percentage_point]"} else 0


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
            trial[index] = shifted(rounded[index], other - power)  # rescaled(...).interval()
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


_RANK: Final = {Severity.MATERIAL: 0, Severity.ROUNDING: 1, Severity.INFO: 2}


def _milder(severity: Severity, ceiling: Severity) -> Severity:
    return severity if _RANK[severity] >= _RANK[ceiling] else ceiling


# -- text ------------------------------------------------------------------------------------


def places_of(value: Decimal) -> int:
    """The number of decimals printed in ``value``."""
    exponent = value.as_tuple().exponent
    assert isinstance(exponent, int)  # noqa: S101 (finite values only)
    return max(-exponent, 0)


def number(value: Decimal, lang: Language, places: int | None = None) -> str:
    """Write a number the report's way (vi: ``13.963,91``) or the English way."""
    return format_number(value, lang, decimals=places)


def quantity(value: Decimal, unit: str, lang: Language, places: int | None = None) -> str:
    """Write a quantity: ``13.963,91 tỷ đồng`` (vi), ``13,963.91 billion VND`` (en)."""
    try:
        return format_quantity(value, unit, lang, decimals=places)
    except (UnitError, DimensionalityError):
        return f"{number(value, lang, places)} {unit}"


def shown(item: Item) -> str:
    """The printed text of an item, in quotes: «8.428,99 triệu đồng»."""
    return f"«{item.worded if isinstance(item, Claim) else item.printed}»"


def name(item: Item, lang: Language) -> str:
    """The name of the item's indicator in ``lang``."""
    return item.indicator.name_vi if lang == "vi" else item.indicator.name_en


def where(item: Item, lang: Language) -> str:
    """Where the item is printed, in words."""
    return item.location.describe(lang)


def outcome_note(outcome: Outcome, lang: Language) -> str:
    """The sentence that explains a severity: cut off, one unit off, a scale slip, a qualifier."""
    notes: list[str] = []
    if outcome.reason == "cut-off":
        notes.append(
            "Chỉ khớp nếu số liệu bị cắt bớt chữ số thay vì làm tròn."
            if lang == "vi"
            else "They agree only if a figure was cut off rather than rounded."
        )
    elif outcome.reason == "one-off" and outcome.suspect is not None:
        printed = shown(outcome.suspect.item)
        notes.append(
            f"Chỉ khớp nếu {printed} lệch một đơn vị ở chữ số cuối."
            if lang == "vi"
            else f"They agree only if {printed} is one unit off in its last digit."
        )
    elif outcome.reason == "slip" and outcome.slip is not None:
        operand, power = outcome.slip
        notes.append(slip_note(operand, power, lang))
    if outcome.qualified:
        notes.append(
            "Có số liệu kèm chữ «khoảng», «trên» hoặc «dưới», nên không kiểm tra chính xác được."
            if lang == "vi"
            else "A figure is qualified (khoảng, trên, dưới: about, over, under), so this "
            "cannot be checked exactly."
        )
    return " ".join(notes)


def rescaled_unit(operand: Operand, power: int) -> str:
    """The operand's unit with its scale word moved ``power`` powers of ten up."""
    current, rest = units.split_scale(operand.item.unit)
    target = current + power
    words = {3: "nghìn", 6: "triệu", 9: "tỷ", 12: "nghìn tỷ"}
    return " ".join(part for part in (words.get(target, ""), rest) if part)


def slip_note(operand: Operand, power: int, lang: Language) -> str:
    """Say that the figures agree if ``operand`` had another scale word."""
    other = rescaled_unit(operand, power)
    printed = shown(operand.item)
    return (
        f"Các số liệu sẽ khớp nếu {printed} được ghi bằng đơn vị {other}."
        if lang == "vi"
        else f"The figures agree if {printed} is read in {other}."
    )


# -- problems and checks ---------------------------------------------------------------------


#: Writes the main sentence of a finding, given the recomputed value (as the interval of
#: that one value, computed from the numbers exactly as printed) and the language.
Describe: TypeAlias = Callable[[Interval | None, Language], str]


class Problem:
    """A comparison a check makes, with what a finding about it would say."""

    __slots__ = (
        "cap", "cited", "comparison", "describe", "part_exceeds", "recomputed_unit", "stated",
    )  # fmt: skip

    def __init__(
        self,
        *,
        comparison: Comparison,
        cited: tuple[Item, ...],
        describe: Describe,
        stated: Item | None = None,
        recomputed_unit: str | None = None,
        cap: Severity = Severity.MATERIAL,
        part_exceeds: bool = False,
    ) -> None:
        #: The comparison.
        self.comparison = comparison
        #: The figures and claims the finding rests on, the main one first.
        self.cited = cited
        #: Writes the main sentence in each language.
        self.describe = describe
        #: The figure or claim whose stated value the comparison checks, when there is one.
        self.stated = stated
        #: The unit of the recomputed interval, when there is one to report.
        self.recomputed_unit = recomputed_unit
        #: The most serious severity the problem may have.
        self.cap = cap
        #: A single part larger than its whole: the scale-slips check reports it.
        self.part_exceeds = part_exceeds

    def finding(self, check: str, outcome: Outcome) -> Finding:
        """Build the finding for ``outcome`` (whose severity must not be ``None``)."""
        assert outcome.severity is not None  # noqa: S101 (only findings reach here)
        point = self.comparison.point()
        shown_value = None if point is None else Interval.exact(point)
        messages = []
        for lang in ("vi", "en"):
            language: Language = "vi" if lang == "vi" else "en"
            text = self.describe(shown_value, language)
            note = outcome_note(outcome, language)
            messages.append(f"{text} {note}".strip())
        value: Recomputed | None = None
        if point is not None and self.recomputed_unit is not None:
            recomputed = self.comparison.recompute()
            if recomputed is not None:
                value = Recomputed(value=point, interval=recomputed, unit=self.recomputed_unit)
        return Finding(
            check=check,
            severity=outcome.severity,
            message_vi=messages[0],
            message_en=messages[1],
            stated=None if self.stated is None else stated_of(self.stated),
            recomputed=value,
            figures=cite(self.cited),
        )


def cite(items: Iterable[Item]) -> tuple[Cited, ...]:
    """The cited form of each item, each once, in order."""
    seen: dict[str, Cited] = {}
    for item in items:
        if item.id not in seen:
            seen[item.id] = Cited(
                id=item.id,
                value=item.value,
                unit=item.unit,
                printed=item.printed,
                location=item.location,
            )
    return tuple(seen.values())


def stated_of(claim: Item) -> Stated:
    """The stated value of a figure or claim, signed by its verb."""
    if isinstance(claim, Claim):
        return Stated(
            id=claim.id,
            value=claim.signed_value,
            unit=claim.unit,
            printed=claim.printed,
            verb=claim.verb,
        )
    return Stated(id=claim.id, value=claim.value, unit=claim.unit, printed=claim.printed)


class Check:
    """A rule of the audit. Subclasses set :attr:`name` and yield problems or findings.

    A check is selected or skipped by its :attr:`name`, like a linter's rule. The first
    line of its docstring is its summary (:meth:`summary`); the rest says when it fires
    and how severe its findings are.
    """

    #: The name the check is selected and skipped by.
    name: ClassVar[str] = ""

    @classmethod
    def summary(cls) -> str:
        """The first line of the check's docstring."""
        return (cls.__doc__ or "").strip().splitlines()[0]

    def problems(self, context: Context) -> Iterator[Problem]:  # noqa: ARG002 (an interface)
        """Yield the comparisons the check makes on the report."""
        return iter(())

    def findings(self, context: Context) -> Iterator[Finding]:
        """Yield the check's findings on the report in ``context``.

        The default judges each of :meth:`problems`. A comparison that a scale slip
        explains, or where one part alone exceeds its whole, is left to the
        ``scale-slips`` check when that check runs too, so that one mistake gives one
        finding.
        """
        explains = "scale-slips" in context.active
        for problem in context.problems_of(self):
            outcome = context.outcome(problem)
            if outcome.severity is None:
                continue
            slip = context.explaining_slip(outcome)
            if explains and (slip is not None or problem.part_exceeds):
                continue
            if slip is not None:
                outcome = Outcome(
                    outcome.severity,
                    "slip",
                    outcome.suspect,
                    slip,
                    outcome.candidates,
                    qualified=outcome.qualified,
                )
            yield problem.finding(self.name, outcome)


# -- the context -----------------------------------------------------------------------------


def _covers(period: Period, figure: Measurement | Target) -> bool:
    """Whether a figure is of ``period``: its own period, or a stock dated within it."""
    if figure.period is not None:
        return figure.period == period
    return figure.as_of is not None and period.contains(figure.as_of)


class Context:
    """What the checks share about one report: indexes, unit conversion, cached problems."""

    def __init__(self, report: Report, active: Iterable[str]) -> None:
        """Index ``report`` for the checks named in ``active``."""
        self.report = report
        self.active = frozenset(active)
        figures: list[Measurement | Target] = [*report.measurements, *report.targets]
        self.items: dict[str, Item] = {figure.id: figure for figure in figures}
        self.items.update((claim.id, claim) for claim in report.claims)
        self.claims_about: dict[str, list[Claim]] = defaultdict(list)
        for claim in report.claims:
            if claim.subject is not None:
                self.claims_about[claim.subject].append(claim)
        self.figures_of: dict[str, list[Measurement | Target]] = defaultdict(list)
        for figure in figures:
            self.figures_of[figure.indicator.id].append(figure)
        #: Every check of the audit by name, run or not (the runner fills it in): the
        #: ``scale-slips`` check looks at the comparisons of all the others.
        self.checks: dict[str, Check] = {}
        self._problems: dict[str, list[Problem]] = {}
        self._outcomes: dict[int, Outcome] = {}
        self._operands: dict[tuple[str, str, int, bool], Operand | None] = {}
        self._slips: dict[tuple[str, int], list[tuple[Problem, Outcome]]] | None = None

    def problems_of(self, check: Check) -> list[Problem]:
        """The problems ``check`` states on this report, computed once."""
        if check.name not in self._problems:
            self._problems[check.name] = list(check.problems(self))
        return self._problems[check.name]

    def outcome(self, problem: Problem) -> Outcome:
        """The verdict on ``problem``, judged once."""
        key = id(problem)
        if key not in self._outcomes:
            self._outcomes[key] = judge(problem.comparison, cap=problem.cap)
        return self._outcomes[key]

    def slips(self) -> dict[tuple[str, int], list[tuple[Problem, Outcome]]]:
        """The figures that look printed with the wrong scale word, with their evidence.

        A figure is a suspect when, in some comparison of any check, it is the only
        figure whose rescaling by a power of a thousand makes the comparison hold. Its
        evidence is every failed comparison that its rescaling would make hold.
        """
        if self._slips is None:
            judged = [
                (problem, self.outcome(problem))
                for check in self.checks.values()
                for problem in self.problems_of(check)
            ]
            suspects = {
                (outcome.slip[0].id, outcome.slip[1])
                for _, outcome in judged
                if outcome.slip is not None
            }
            found: dict[tuple[str, int], list[tuple[Problem, Outcome]]] = {}
            for problem, outcome in judged:
                for operand, power in outcome.candidates:
                    key = (operand.id, power)
                    if key in suspects:
                        found.setdefault(key, []).append((problem, outcome))
            self._slips = found
        return self._slips

    def explaining_slip(self, outcome: Outcome) -> tuple[Operand, int] | None:
        """The suspected scale slip that would reconcile a failed comparison, if any."""
        if not outcome.candidates:
            return None
        slips = self.slips()
        for operand, power in outcome.candidates:
            if (operand.id, power) in slips:
                return operand, power
        return None

    def factor(self, source: str, target: str) -> Decimal | None:
        """The exact factor from unit ``source`` to ``target``; ``None`` if they do not convert."""
        if source == target:
            return Decimal(1)
        try:
            return units.conversion_factor(source, target)
        except (DimensionalityError, UnitError):
            return None

    def operand(
        self, item: Item, unit: str | None = None, *, sign: int = 1, denominator: bool = False
    ) -> Operand | None:
        """The operand for ``item``'s printed number in ``unit`` (its own by default).

        Returns ``None`` when the units do not convert. The operand is made once per item,
        unit, sign and number (a fraction's ``denominator`` is its other number), so that
        its intervals are computed once however many comparisons it takes part in.
        """
        key = (item.id, item.unit if unit is None else unit, sign, denominator)
        if key not in self._operands:
            factor = self.factor(item.unit, unit) if unit is not None else Decimal(1)
            value = item.value
            if denominator:
                assert isinstance(item, Claim)  # noqa: S101 (only a fraction has one)
                assert item.denominator is not None  # noqa: S101
                value = item.denominator
            self._operands[key] = None if factor is None else Operand(item, value, factor, sign)
        return self._operands[key]

    def as_printed(self, item: Item, *, denominator: bool = False) -> Operand:
        """The operand for ``item``'s printed number in its own unit (see :meth:`operand`)."""
        operand = self.operand(item, denominator=denominator)
        assert operand is not None  # noqa: S101 (its own unit converts)
        return operand

    def subject_of(self, claim: Claim) -> Item | None:
        """The figure or claim a claim is about, if it is printed."""
        return None if claim.subject is None else self.items.get(claim.subject)

    def period_of(self, claim: Claim) -> Period | None:
        """The period a claim is about: its own, or its subject's."""
        if claim.period is not None:
            return claim.period
        subject = self.subject_of(claim)
        if isinstance(subject, Measurement | Target):
            return subject.period
        if isinstance(subject, Claim):
            return self.period_of(subject)
        return None

    def reference_figure(self, claim: Claim) -> Measurement | Target | Claim | None:
        """The value a growth, change, factor or pp-change claim compares against.

        The claim's ``against`` when given; else, for a claim about a claim (a growth
        rate *cao hơn năm 2021*), a claim of the same kind for the reference period;
        for a claim against a plan (``basis``), the plan for the reference period; else a
        printed figure of the same indicator for the reference period (an outturn or a
        reference value, never a part), preferring the subject's own role.
        """
        if claim.against is not None:
            return self.items.get(claim.against)
        reference = claim.reference
        if reference is None:
            return None
        subject = self.subject_of(claim)
        if isinstance(subject, Claim):
            return None if claim.basis is not None else self._claim_for(subject, reference)
        figures = self.figures_of[claim.indicator.id]
        if claim.basis is not None:
            plans = [
                f
                for f in figures
                if isinstance(f, Target) and f.basis is claim.basis and f.period == reference
            ]
            return plans[0] if plans else None
        candidates = [
            figure
            for figure in figures
            if figure is not subject
            and figure.role not in {Role.PART, Role.TARGET}
            and _covers(reference, figure)
        ]
        if isinstance(subject, Measurement | Target):
            candidates.sort(key=lambda figure: figure.role is not subject.role)
        return candidates[0] if candidates else None

    def _claim_for(self, subject: Claim, period: Period) -> Claim | None:
        """A claim like ``subject`` (same kind and indicator) about ``period``."""
        for other in self.report.claims:
            if (
                other.kind is subject.kind
                and other.indicator == subject.indicator
                and other is not subject
                and self.period_of(other) == period
            ):
                return other
        return None

    def plan_for(self, claim: Claim) -> Target | None:
        """The printed target an attainment claim compares against, if any."""
        if claim.against is not None:
            item = self.items.get(claim.against)
            return item if isinstance(item, Target) else None
        period = self.period_of(claim)
        for figure in self.figures_of[claim.indicator.id]:
            if (
                isinstance(figure, Target)
                and figure.basis is claim.basis
                and figure.period == period
            ):
                return figure
        return None

    def is_kind(self, item: Item | None, *kinds: ClaimKind) -> bool:
        """Say whether ``item`` is a claim of one of ``kinds``."""
        return isinstance(item, Claim) and item.kind in kinds


# -- arithmetic on claims --------------------------------------------------------------------

#: Verbs that say "more than": the printed number is added to 100% (*tăng 10,19%*).
UP: Final = frozenset({"tăng", "vượt", "cao hơn"})
#: Verbs that say "less than": the printed number is taken from 100% (*giảm 4,32%*).
DOWN: Final = frozenset({"giảm", "thấp hơn"})


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
    if claim.verb in UP:
        return [magnitude + 100]
    if claim.verb in DOWN:
        return [100 - magnitude]
    return [magnitude]


def signed(claim: Claim, magnitude: Interval) -> Interval:
    """The interval with the sign of the claim's verb (*giảm* is negative)."""
    return -magnitude if claim.verb in DOWN else magnitude


def change_words(value: Decimal, lang: Language) -> str:
    """Say *tăng*/*giảm* (vi) or "a rise of"/"a fall of" (en), by the sign of ``value``."""
    if lang == "vi":
        return "giảm" if value < 0 else "tăng"
    return "a fall of" if value < 0 else "a rise of"
