"""What a report says was met: each outturn against its plan, and growth on the year before.

The notebook display, the pandas frames and the charts all read a report through
:func:`scorecard`. A result is *stated* when the report prints it as a claim (*đạt
102,49% kế hoạch*, *tăng 1,99% so với năm trước*), and *computed* when the report prints
both figures but not the comparison, and vnplan works it out with
:func:`vnplan.attainment` or :func:`vnplan.growth`. A stated result is never replaced by
a computed one: when the two disagree, that is for the audit to say.

Whether a plan was met follows the indicator's direction and the target's bound (see
:func:`vnplan.attainment`): for a lower-is-better indicator (the poverty rate), an
outturn at or below the target meets it. For a neutral indicator with an exact target
(a budget's spending, a structure share) *met* is ``None``: neither way is better.
"""

from __future__ import annotations

import functools
from decimal import Decimal
from typing import TYPE_CHECKING, Final, Literal

import attrs

from vnplan._enums import Basis, Bound, ClaimKind, Direction, Role
from vnplan.calc.attainment import attainment, growth
from vnplan.exceptions import VnplanError
from vnplan.model import Claim, Indicator, Measurement, Period, Report, Target

if TYPE_CHECKING:
    import datetime as dt

__all__ = ["GrowthResult", "PlanResult", "Scorecard", "Source", "in_year", "scorecard"]

#: Whether the report prints a result (``"stated"``) or vnplan works it out (``"computed"``).
Source = Literal["stated", "computed"]

_HUNDRED: Final = Decimal(100)
_ONE: Final = Decimal(1)
#: The roles of a figure that can be set against a plan or grow on the year before.
_OUTTURN_ROLES: Final = frozenset({Role.ACTUAL, Role.STOCK, Role.CUMULATIVE})


def in_year(period: Period | None, as_of: dt.date | None, year: int) -> bool:
    """Say whether a figure of ``period`` (or at ``as_of``) belongs to calendar ``year``.

    A period belongs to a year when it lies within it (``2022``, ``2022-01/2022-10``), not
    when it spans several years (``2021-2025``). A figure with no period belongs to the
    year of its date, and a date in January also to the year before: a year's public
    investment capital may be disbursed until 31 January of the next (Luật Đầu tư công
    2019, Điều 68), so *giải ngân đến 31/01/2023* tells of the plan of 2022.
    """
    if period is not None:
        return period.start_year == year == period.end_year
    if as_of is None:
        return False
    return as_of.year == year or (as_of.year == year + 1 and as_of.month == 1)


@attrs.frozen(kw_only=True)
class PlanResult:
    """An outturn against its plan: *đạt 102,49% kế hoạch*, stated or computed."""

    #: The indicator.
    indicator: Indicator
    #: The period of the outturn, or ``None`` for a figure at a date.
    period: Period | None
    #: The date of a stock or a total to date, else ``None``.
    as_of: dt.date | None
    #: The printed outturn, when the report prints it.
    actual: Measurement | None
    #: The printed target, when the report prints it.
    target: Target | None
    #: The attainment claim, for a stated result.
    claim: Claim | None
    #: Who set the plan, when known.
    basis: Basis | None
    #: The outturn in percent of the plan (``102.49``); ``None`` for a zero target.
    percent: Decimal | None
    #: Whether the plan was met, by direction and bound; ``None`` when neither way is better.
    met: bool | None
    #: Whether the report states it or vnplan computed it.
    source: Source

    @property
    def printed(self) -> str | None:
        """The claim as printed (``đạt 102,49 %``), for a stated result; else ``None``."""
        return None if self.claim is None else self.claim.worded


@attrs.frozen(kw_only=True)
class GrowthResult:
    """A change on an earlier period, in percent: *tăng 1,99% so với năm trước*."""

    #: The indicator.
    indicator: Indicator
    #: The period of the value that grew, or ``None`` for a figure at a date.
    period: Period | None
    #: The date of a stock or a total to date, else ``None``.
    as_of: dt.date | None
    #: The printed value that grew, when the report prints it.
    current: Measurement | None
    #: The printed value compared against, when the report prints it.
    previous: Measurement | None
    #: The growth claim, for a stated result.
    claim: Claim | None
    #: The period compared against, when known.
    reference: Period | None
    #: The signed growth in percent: ``-4.32`` for *giảm 4,32%*.
    percent: Decimal
    #: Whether the change is for the better, by direction; ``None`` for neutral or no change.
    better: bool | None
    #: Whether the report states it or vnplan computed it.
    source: Source

    @property
    def vs_previous_year(self) -> bool:
        """Whether the comparison is with the same period one year earlier."""
        if self.reference is None:
            return False
        if self.period is not None:
            return self.reference == self.period.previous()
        return (
            self.as_of is not None
            and self.reference.is_year
            and self.reference.start_year == self.as_of.year - 1
        )

    @property
    def printed(self) -> str | None:
        """The claim as printed (``tăng 1,99%``), for a stated result; else ``None``."""
        return None if self.claim is None else self.claim.worded


@attrs.frozen(kw_only=True)
class Scorecard:
    """Every plan result and every growth result of a report, in indicator order."""

    #: Outturns against plans.
    plan: tuple[PlanResult, ...]
    #: Growth on earlier periods.
    growth: tuple[GrowthResult, ...]
    # Each figure's results by its id, for plan_of and growth_of (a scan each was
    # quadratic in the report's size when asked for every figure).
    _plan_by_figure: dict[str, PlanResult] = attrs.field(init=False, eq=False, repr=False)
    _growth_by_figure: dict[str, GrowthResult] = attrs.field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        """Check the fields together, once attrs has set them."""
        plans: dict[str, PlanResult] = {}
        for result in self.plan:
            if result.actual is not None:
                plans.setdefault(result.actual.id, result)
        growths: dict[str, list[GrowthResult]] = {}
        for grown in self.growth:
            if grown.current is not None:
                growths.setdefault(grown.current.id, []).append(grown)
        chosen = {
            figure: next((g for g in found if g.vs_previous_year), found[0])
            for figure, found in growths.items()
        }
        object.__setattr__(self, "_plan_by_figure", plans)  # the class is frozen
        object.__setattr__(self, "_growth_by_figure", chosen)

    def plan_of(self, figure: str) -> PlanResult | None:
        """Return the first plan result whose outturn is the figure with id ``figure``."""
        return self._plan_by_figure.get(figure)

    def growth_of(self, figure: str) -> GrowthResult | None:
        """Return the growth of the figure with id ``figure``, on the year before if stated."""
        return self._growth_by_figure.get(figure)


def _met(ratio: Decimal, direction: Direction, bound: Bound) -> bool | None:
    """Whether an outturn of ``ratio`` times its target meets it (``None``: no better way)."""
    if direction is Direction.NEUTRAL and bound is Bound.EXACT:
        return None
    return attainment(ratio, _ONE, direction=direction, bound=bound).met


def _better(percent: Decimal, direction: Direction) -> bool | None:
    if direction is Direction.NEUTRAL or percent == 0:
        return None
    return (percent > 0) == (direction is Direction.HIGHER)


class _Builder:
    """Works out a report's scorecard (one pass over its figures and claims)."""

    def __init__(self, report: Report) -> None:
        self.report = report
        self.order = {indicator.id: n for n, indicator in enumerate(report.indicators)}

    def subject_of(self, claim: Claim) -> tuple[Period | None, dt.date | None, Measurement | None]:
        """The period, date and printed outturn a claim is about (through claims on claims)."""
        item: object = claim
        while isinstance(item, Claim):
            if item.subject is None:
                return item.period, None, None
            item = self.report.get(item.subject)
        if isinstance(item, Measurement):
            return item.period, item.as_of, item
        if isinstance(item, Target):
            return item.period, item.as_of, None
        return claim.period, None, None  # unreachable for a valid report

    def target_for(
        self,
        indicator: Indicator,
        period: Period | None,
        as_of: dt.date | None,
        basis: Basis | None,
    ) -> Target | None:
        """The first printed target of ``indicator`` for the same period (and basis, if given)."""

        def same_time(target: Target) -> bool:
            if period is not None:
                return target.period == period
            return as_of is not None and target.as_of == as_of

        found = [t for t in self.report.targets if t.indicator == indicator and same_time(t)]
        same_basis = [t for t in found if basis is None or t.basis is basis]
        chosen = same_basis or found
        return chosen[0] if chosen else None

    def plan(self) -> list[PlanResult]:
        results: list[PlanResult] = []
        stated: set[str] = set()
        for claim in self.report.claims:
            if claim.kind is not ClaimKind.ATTAINMENT:
                continue
            period, as_of, actual = self.subject_of(claim)
            against = self.report.get(claim.against) if claim.against else None
            target = (
                against
                if isinstance(against, Target)
                else self.target_for(claim.indicator, period, as_of, claim.basis)
            )
            ratio = claim.ratio
            assert ratio is not None  # noqa: S101 (an attainment claim states a ratio)
            bound = target.bound if target is not None else Bound.EXACT
            results.append(
                PlanResult(
                    indicator=claim.indicator,
                    period=period,
                    as_of=as_of,
                    actual=actual,
                    target=target,
                    claim=claim,
                    basis=claim.basis,
                    percent=ratio * _HUNDRED,
                    met=_met(ratio, claim.indicator.direction, bound),
                    source="stated",
                )
            )
            if actual is not None:
                stated.add(actual.id)
        for figure in self.report.measurements:
            if figure.id in stated or figure.role not in _OUTTURN_ROLES:
                continue
            target = self.target_for(figure.indicator, figure.period, figure.as_of, None)
            if target is None:
                continue
            try:
                result = attainment(figure, target)
            except VnplanError:  # units that cannot be compared: no result, not a crash
                continue
            met: bool | None = result.met
            if result.direction is Direction.NEUTRAL and result.bound is Bound.EXACT:
                met = None
            results.append(
                PlanResult(
                    indicator=figure.indicator,
                    period=figure.period,
                    as_of=figure.as_of,
                    actual=figure,
                    target=target,
                    claim=None,
                    basis=target.basis,
                    percent=result.percent,
                    met=met,
                    source="computed",
                )
            )
        return sorted(results, key=lambda r: self.order[r.indicator.id])

    def growth(self) -> list[GrowthResult]:
        results: list[GrowthResult] = []
        stated: set[tuple[str, Period | None]] = set()
        for claim in self.report.claims:
            if claim.kind is not ClaimKind.GROWTH:
                continue
            period, as_of, current = self.subject_of(claim)
            against = self.report.get(claim.against) if claim.against else None
            previous = against if isinstance(against, Measurement) else None
            reference = claim.reference
            if reference is None and isinstance(against, Measurement | Target):
                reference = against.period
            ratio = claim.ratio
            assert ratio is not None  # noqa: S101 (a growth claim states a ratio)
            percent = (ratio - 1) * _HUNDRED
            results.append(
                GrowthResult(
                    indicator=claim.indicator,
                    period=period,
                    as_of=as_of,
                    current=current,
                    previous=previous,
                    claim=claim,
                    reference=reference,
                    percent=percent,
                    better=_better(percent, claim.indicator.direction),
                    source="stated",
                )
            )
            if current is not None:
                stated.add((current.id, reference))
        by_key = {(m.indicator.id, m.period): m for m in reversed(self.report.measurements)}
        for figure in self.report.measurements:
            if figure.period is None or figure.role not in {*_OUTTURN_ROLES, Role.PART}:
                continue
            reference = figure.period.previous()
            previous = by_key.get((figure.indicator.id, reference))
            if previous is None or (figure.id, reference) in stated:
                continue
            try:
                derived = growth(figure, previous)
            except VnplanError:  # growth from zero, or units that cannot be compared
                continue
            results.append(
                GrowthResult(
                    indicator=figure.indicator,
                    period=figure.period,
                    as_of=figure.as_of,
                    current=figure,
                    previous=previous,
                    claim=None,
                    reference=reference,
                    percent=derived.value,
                    better=_better(derived.value, figure.indicator.direction),
                    source="computed",
                )
            )
        return sorted(results, key=lambda r: self.order[r.indicator.id])


@functools.lru_cache(maxsize=8)
def scorecard(report: Report) -> Scorecard:
    """Work out every plan result and growth result of ``report`` (cached per report).

    Args:
        report: The report.

    Returns:
        Its :class:`Scorecard`, results in the order of the report's indicators.
    """
    builder = _Builder(report)
    return Scorecard(plan=tuple(builder.plan()), growth=tuple(builder.growth()))
