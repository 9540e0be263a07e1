"""What every check is built on: the check, the context of a report, the problems it states.

A :class:`Problem` is a comparison a check makes, with what a finding about it would say;
the :class:`Context` indexes one report for all the checks and judges each problem once.

A new check subclasses :class:`Check`, sets its ``name`` and yields a :class:`Problem` per
comparison it makes (:meth:`Check.problems`); the default :meth:`Check.findings` judges
each, and :data:`vnplan.checks.CHECKS` lists it to run.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from decimal import Decimal
from typing import TYPE_CHECKING, ClassVar, TypeAlias

from vnplan import units
from vnplan._enums import ClaimKind, Role, Severity
from vnplan.checks.comparisons import Comparison, Outcome, judge
from vnplan.checks.findings import Cited, Finding, Recomputed, Stated
from vnplan.checks.operands import Item, Operand
from vnplan.checks.words import outcome_note
from vnplan.exceptions import DimensionalityError, UnitError
from vnplan.model import Claim, Measurement, Report, Target
from vnplan.model.interval import Interval
from vnplan.model.labels import Language

if TYPE_CHECKING:
    from vnplan.model import Period

__all__ = ["Check", "Context", "Describe", "Problem", "cite", "stated_of"]


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


def cite(items: Iterable[Item], report: Report | None = None) -> tuple[Cited, ...]:
    """The cited form of each item, each once, in order (``report``: across reports)."""
    seen: dict[str, Cited] = {}
    for item in items:
        if item.id not in seen:
            seen[item.id] = Cited(
                id=item.id,
                value=item.value,
                unit=item.unit,
                printed=item.printed,
                location=item.location,
                note=item.note,
                report=None if report is None else report.label,
                source=None if item.source is None else item.source.url,
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
