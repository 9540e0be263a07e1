"""Which targets a report met: the scorecard, one row per target and basis.

:func:`vnplan.scorecard` answers the question a plan report is read for. Every view
derives from it: the notebook display's counts, the ``"scorecard"`` pandas table, the
attainment chart, ``vnplan scorecard`` and :meth:`vnplan.Collection.scorecard`; their
counts of targets met and not met are the scorecard's. Attainment and whether a target
is met are computed by one kernel (:func:`vnplan.attainment` and its rules), here and
everywhere else.

These are the rules, written down once:

**One row per target and basis.** Every printed target has a row, and every attainment
the report states (*đạt 102,49% kế hoạch*) has one, whether or not its plan is printed.
A target with several bases is several rows: public-investment disbursement is judged
against the plan of the provincial council (HĐND) and against the Prime Minister's, and
state budget revenue against the provincial and the central estimate; no basis is
dropped. A row counts once: a statement printed twice about the same outturn, plan and
basis is one row (the audit compares the two).

**A stated attainment is judged on what it states.** Where the report states an
attainment, the row is ``"stated"``: it holds the :class:`~vnplan.Claim` as
:attr:`~vnplan.ScorecardRow.claim`, and is judged on the stated ratio
(:func:`vnplan.stated_attainment`), even where the outturn and plan are
printed too and give another ratio: that disagreement is for the audit to find. A
statement without a printed value (*sản xuất và phân phối điện đạt 133% kế hoạch*, with
no figure for the outturn) is a row like any other, with ``result`` ``None``.

**Otherwise it is computed.** A printed target with a printed outturn of the same
indicator and period (or date) and no statement is ``"computed"``: the outturn against
the target with :func:`vnplan.attainment`.

**Qualified figures.** A target's bound comes from its wording: *trên*, *phấn đấu* (at
least) is met at or above it, *dưới*, *không quá* (at most) at or below it, *khoảng*
(about) within ``ABOUT_TOLERANCE`` (5%) of it on the side
that matters. A stated attainment takes the bound of the target it is against, when
that is printed.

**Lower-is-better indicators** (the poverty rate) meet a target at or below it; a ratio
above 100% misses it. Ratios are never inverted.

**When met is None**, :attr:`~vnplan.ScorecardRow.reason` says why:

- ``NO_RESULT`` (``"no result in this report"``): the target is printed but its
  outturn is not, such as next year's plan; the result lies in another report (a
  collection will pair them across reports: :attr:`~vnplan.ScorecardRow.target_report` and
  :attr:`~vnplan.ScorecardRow.result_report` say where each stands);
- ``NEUTRAL_EXACT`` (``"neutral indicator with an exact target"``): neither way is
  better (a budget's spending, a structure share), so an outturn above or below the
  target neither meets nor misses it;
- ``UNITS_DIFFER``: the outturn's unit does not convert to the target's;
- an interim result (``interim_reason``, starting with ``INTERIM``): the result
  is dated before the end of its target's period, so the year is not over. A plan not
  printed is taken to be for the calendar year (or years) the result tells of.

**Interim results are not judged.** Disbursement *đến 31/8/2023* against the plan of
2023, or a total of ten months (``2022-01/2022-10``) against a year's target, says how
far the year has gone, not whether its target was met: ``met`` is ``None``, the
attainment is still given. Two results are final all the same: one at a date in
January, for the year before (a year's public investment capital may be disbursed until
31 January of the next: Luật Đầu tư công 2019, Điều 68, as ``in_year`` has it), and the
report's estimate for the whole year (*ước thực hiện cả năm*: its period is the year;
that it is an estimate does not make it interim).

>>> from vnplan.model import Period
>>> year = Period.parse("2023")
>>> interim_reason(year, None, dt.date(2023, 8, 31))
'interim result (at 2023-08-31), before the end of 2023'
>>> interim_reason(year, None, dt.date(2023, 8, 31), language="vi")
'kết quả giữa kỳ (đến 31/08/2023), chưa hết kỳ kế hoạch 2023'
>>> interim_reason(Period.parse("2022"), Period.parse("2022-01/2022-10"), None)
'interim result (2022-01/2022-10), before the end of 2022'
>>> interim_reason(None, None, dt.date(2023, 1, 31)) is None  # the plan of 2022: final
True
>>> interim_reason(year, year, None) is None  # the year's estimate: final
True

A zero target has no ratio (:attr:`~vnplan.Attainment.ratio` is ``None``), but it is
met or missed all the same.

>>> import vnplan
>>> card = vnplan.scorecard(vnplan.load("dien-bien-2022"))
>>> card.counts()
{'met': 48, 'not_met': 14, 'undecided': 58}
>>> [(row.basis.value, row.printed, row.met) for row in card
...  if row.indicator.id == "public-investment-disbursement"]
[('prime-minister', 'đạt 99,20%', False), ('plan', 'đạt 79,98%', False)]
>>> manufacturing = next(row for row in card
...                      if row.indicator.id == "manufacturing-production-value")
>>> manufacturing.result is None, manufacturing.printed, manufacturing.met
(True, 'đạt 85,73%', False)
>>> plan_2023 = next(row for row in card if row.target is not None
...                  and row.target.id == "grain-output-2023-target")
>>> plan_2023.met, plan_2023.reason
(None, 'no result in this report')
>>> ntp = next(row for row in card if row.indicator.id == "ntp-capital-disbursed")
>>> ntp.as_of, ntp.printed, ntp.met
(datetime.date(2022, 10, 31), 'đạt 10,67%', None)
>>> ntp.reason
'interim result (at 2022-10-31), before the end of 2022'

Growth on the year before is in the scorecard too (:attr:`~vnplan.Scorecard.growth`), stated or
computed the same way, with whether the change is for the better; it says nothing of
targets.
"""

from __future__ import annotations

import datetime as dt  # at run time too: the docs resolve the fields' types
import functools
from collections import Counter
from decimal import Decimal
from typing import TYPE_CHECKING, Final, Literal

import attrs

from vnplan import _hooks
from vnplan._enums import Basis, Bound, ClaimKind, Direction, Role
from vnplan.analysis.growth_result import GrowthResult
from vnplan.calc.attainment import (
    Attainment,
    Derived,
    attainment,
    growth,
    is_judged,
    stated_attainment,
)
from vnplan.exceptions import VnplanError
from vnplan.model import Claim, Indicator, Measurement, Period, Report, Source, Target

if TYPE_CHECKING:
    from collections.abc import Iterator

    import pandas as pd

__all__ = [
    "INTERIM",
    "NEUTRAL_EXACT",
    "NO_RESULT",
    "UNITS_DIFFER",
    "GrowthResult",
    "Scorecard",
    "ScorecardRow",
    "computed_row",
    "growth_row",
    "in_year",
    "interim_reason",
    "scorecard",
]

#: Why ``met`` is ``None``: the report prints the target, not its outturn.
NO_RESULT: Final = "no result in this report"
#: Why ``met`` is ``None``: a neutral indicator against an exact target.
NEUTRAL_EXACT: Final = "neutral indicator with an exact target"
#: Why ``met`` is ``None``: the outturn's unit does not convert to the target's.
UNITS_DIFFER: Final = "the outturn's unit does not convert to the target's"

#: How the reason ``met`` is ``None`` for an interim result begins (:func:`interim_reason`).
INTERIM: Final = "interim result"

_HUNDRED: Final = Decimal(100)
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


def _plan_end(
    target: Target | Period | None, period: Period | None, as_of: dt.date | None
) -> tuple[dt.date, str] | None:
    """The last day of the plan a result is judged against, and the plan's time as text.

    A printed target's date or period; for a plan not printed, the calendar years the
    result tells of (a date in January: the year before, as :func:`in_year` has it).
    """
    if isinstance(target, Target):
        if target.as_of is not None:
            return target.as_of, target.as_of.isoformat()
        target = target.period
    if target is None:
        if period is not None:
            target = Period(start_year=period.start_year, end_year=period.end_year)
        elif as_of is not None:
            target = Period(start_year=as_of.year - (as_of.month == 1))
        else:
            return None
    return target.end, str(target)


def interim_reason(
    target: Target | Period | None,
    period: Period | None,
    as_of: dt.date | None,
    *,
    language: Literal["en", "vi"] = "en",
) -> str | None:
    """Say why a result dated before the end of its target's period is not judged.

    The one rule of every scorecard, in one report or across a collection's (see the
    module's rules): a result whose period (or date) ends before its target's is
    interim. A date in January counts for the year before, and a plan not printed
    (``target`` ``None``) is taken to be for the calendar years the result tells of.

    Args:
        target: The target (or its period); ``None`` where the plan is not printed.
        period: The period of the result, or ``None`` for a result at a date.
        as_of: The date of the result, when it has one.
        language: ``"en"`` (the scorecard's :attr:`~ScorecardRow.reason`) or ``"vi"``.

    Returns:
        The reason, beginning with ``INTERIM`` in English; ``None`` for a final result.
    """
    plan = _plan_end(target, period, as_of)
    if plan is None:
        return None
    end, plan_text = plan
    if as_of is not None:
        if as_of >= end or (as_of.month == 1 and as_of.year == end.year + 1):
            return None
        at_en, at_vi = f"at {as_of.isoformat()}", f"đến {as_of:%d/%m/%Y}"
    elif period is not None:
        if period.end >= end:
            return None
        at_en = at_vi = str(period)
    else:
        return None
    if language == "vi":
        return f"kết quả giữa kỳ ({at_vi}), chưa hết kỳ kế hoạch {plan_text}"
    return f"{INTERIM} ({at_en}), before the end of {plan_text}"


def _plain(value: Decimal | None) -> str | None:
    """A decimal as plain text without trailing zeros: ``102.49``, ``100``."""
    if value is None:
        return None
    return f"{value.normalize():f}"


@attrs.frozen(kw_only=True)
class ScorecardRow:
    """A target, the result it is judged on, and whether it was met.

    One row per target and basis (the rules are in :doc:`/attainment`).
    """

    #: The indicator.
    indicator: Indicator
    #: The period of the target and its result, or ``None`` for a figure at a date.
    period: Period | None
    #: The date of a stock or a total to date, else ``None``.
    as_of: dt.date | None
    #: The printed target, or ``None`` where the report states an attainment of a plan
    #: it does not print.
    target: Target | None
    #: Who set the plan (the provincial council, the Prime Minister, the budget …).
    basis: Basis
    #: The printed outturn it is judged on, or ``None`` where the report prints none.
    result: Measurement | None
    #: The attainment the report states (*đạt 85,73% kế hoạch*), for a stated row.
    claim: Claim | None
    #: The kernel's attainment with its interval (the stated ratio for a stated row, the
    #: outturn against the target for a computed one); ``None`` when there is neither.
    attainment: Attainment | None
    #: Whether the target was met; ``None`` where it cannot be said (see :attr:`reason`).
    met: bool | None
    #: Why :attr:`met` is ``None`` (``NO_RESULT``, ``NEUTRAL_EXACT``,
    #: ``UNITS_DIFFER``); ``None`` when it is decided.
    reason: str | None
    #: ``"stated"`` or ``"computed"``; ``None`` when there is no attainment.
    source: Literal["stated", "computed"] | None
    #: The report the target is printed in (or the claim, for a plan not printed).
    target_report: Report | None = attrs.field(default=None, eq=False, repr=False)
    #: The report the result is printed in; ``None`` when there is no result.
    result_report: Report | None = attrs.field(default=None, eq=False, repr=False)
    #: For a growth target judged on the growth of the indicator it is the growth of
    #: (:attr:`~vnplan.Indicator.growth_of`): that growth, stated (*tăng 7,1%*) or
    #: recomputed from two printed levels. :attr:`result` is then ``None``.
    growth: GrowthResult | None = None

    @property
    def result_printed(self) -> str | None:
        """The result as printed (``7,1%``, ``tăng 7,1%``); a recomputed growth in percent."""
        if self.result is not None:
            return self.result.printed
        if self.growth is None:
            return None
        if self.growth.claim is not None:
            return self.growth.claim.worded
        return f"{_plain(self.growth.percent)}% (computed)"

    @property
    def result_source(self) -> Source | None:
        """The page the result was published in, when it names one (see :class:`~vnplan.Source`)."""
        if self.result is not None:
            return self.result.source
        if self.growth is not None:
            if self.growth.claim is not None and self.growth.claim.source is not None:
                return self.growth.claim.source
            if self.growth.current is not None:
                return self.growth.current.source
        return None

    @property
    def target_source(self) -> Source | None:
        """The page the target was published in, when it names one."""
        return None if self.target is None else self.target.source

    @property
    def bound(self) -> Bound | None:
        """How the target bounds the outturn (the attainment's, else the printed target's)."""
        if self.attainment is not None:
            return self.attainment.bound
        return None if self.target is None else self.target.bound

    @property
    def percent(self) -> Decimal | None:
        """The attainment in percent (``102.49``); ``None`` without one or for a zero target."""
        return None if self.attainment is None else self.attainment.percent

    @property
    def printed(self) -> str | None:
        """The stated attainment as printed (``đạt 102,49%``), for a stated row; else ``None``."""
        return None if self.claim is None else self.claim.worded

    def to_dict(self) -> dict[str, str | bool | None]:
        """Return the row as plain JSON values: ids, texts, the percent as a decimal string."""
        interval = None if self.attainment is None else self.attainment.percent_interval
        return {
            "indicator": self.indicator.id,
            "name_vi": self.indicator.name_vi,
            "name_en": self.indicator.name_en,
            "sector": self.indicator.sector,
            "direction": self.indicator.direction.value,
            "period": None if self.period is None else str(self.period),
            "as_of": None if self.as_of is None else self.as_of.isoformat(),
            "basis": self.basis.value,
            "target": None if self.target is None else self.target.id,
            "target_printed": None if self.target is None else self.target.printed,
            "bound": None if self.bound is None else self.bound.value,
            "result": None if self.result is None else self.result.id,
            "result_printed": self.result_printed,
            "growth": _growth_id(self.growth),
            "claim": None if self.claim is None else self.claim.id,
            "claim_printed": self.printed,
            "source": self.source,
            "percent": _plain(self.percent),
            "percent_low": None if interval is None else _plain(interval.low),
            "percent_high": None if interval is None else _plain(interval.high),
            "met": self.met,
            "reason": self.reason,
            "target_report": None if self.target_report is None else self.target_report.label,
            "result_report": _label(self.result_report),
            "target_source": None if self.target_source is None else self.target_source.url,
            "result_source": None if self.result_source is None else self.result_source.url,
        }


def _label(report: Report | None) -> str | None:
    return None if report is None else report.label


def _growth_id(grown: GrowthResult | None) -> str | None:
    """A growth's claim id, else the ids of the two levels it was computed from."""
    if grown is None:
        return None
    if grown.claim is not None:
        return grown.claim.id
    levels = [figure.id for figure in (grown.current, grown.previous) if figure is not None]
    return "/".join(levels) or None


@attrs.frozen(kw_only=True)
class Scorecard:
    """Every target of a report with its result and verdict, and every growth result.

    Iterate over it for the rows (:attr:`plan`); ``len()`` counts them. Rows come in the
    order of the report's indicators, each indicator's stated rows first.
    """

    #: One row per target and basis, the answer to "which targets were met?".
    plan: tuple[ScorecardRow, ...]
    #: Growth on earlier periods, stated or computed.
    growth: tuple[GrowthResult, ...]
    # Each figure's rows and growth by its id (a scan each was quadratic in the report's
    # size when asked for every figure).
    _rows_by_result: dict[str, tuple[ScorecardRow, ...]] = attrs.field(
        init=False, eq=False, repr=False
    )
    _growth_by_figure: dict[str, GrowthResult] = attrs.field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        """Index the rows by figure, once attrs has set the fields."""
        rows: dict[str, list[ScorecardRow]] = {}
        for row in self.plan:
            if row.result is not None:
                rows.setdefault(row.result.id, []).append(row)
        growths: dict[str, list[GrowthResult]] = {}
        for grown in self.growth:
            if grown.current is not None:
                growths.setdefault(grown.current.id, []).append(grown)
        chosen = {
            figure: next((g for g in found if g.vs_previous_year), found[0])
            for figure, found in growths.items()
        }
        by_result = {figure: tuple(found) for figure, found in rows.items()}
        object.__setattr__(self, "_rows_by_result", by_result)  # the class is frozen
        object.__setattr__(self, "_growth_by_figure", chosen)

    def __iter__(self) -> Iterator[ScorecardRow]:
        """Iterate over the rows."""
        return iter(self.plan)

    def __len__(self) -> int:
        """Return the number of rows."""
        return len(self.plan)

    def counts(self) -> dict[str, int]:
        """Count the rows: ``met``, ``not_met``, and ``undecided`` (``met`` is ``None``)."""
        found = Counter(row.met for row in self.plan)
        return {"met": found[True], "not_met": found[False], "undecided": found[None]}

    def rows_of(self, figure: str) -> tuple[ScorecardRow, ...]:
        """Return the rows judged on the outturn with id ``figure`` (one per basis)."""
        return self._rows_by_result.get(figure, ())

    def growth_of(self, figure: str) -> GrowthResult | None:
        """Return the growth of the figure with id ``figure``, on the year before if stated."""
        return self._growth_by_figure.get(figure)

    def _repr_html_(self) -> str:
        """Return the rows as HTML, for notebooks: target, result, where each is printed."""
        return str(_hooks.call("scorecard_html", self))

    def to_pandas(self) -> pd.DataFrame:
        """Return the rows as a pandas frame (needs ``vnplan[pandas]``).

        The columns are those of ``report.to_pandas("scorecard")``: see
        :doc:`/howto-pandas`.

        Raises:
            ImportError: pandas is not installed.
        """
        frame: pd.DataFrame = _hooks.call("scorecard_frame", self)
        return frame


def _better(percent: Decimal, direction: Direction) -> bool | None:
    if direction is Direction.NEUTRAL or percent == 0:
        return None
    return (percent > 0) == (direction is Direction.HIGHER)


def _verdict(
    result: Attainment, target: Target | None, period: Period | None, as_of: dt.date | None
) -> tuple[bool | None, str | None]:
    """``met`` and ``reason`` of an attainment, by the kernel's rule; none for an interim result."""
    if not is_judged(result.direction, result.bound):
        return None, NEUTRAL_EXACT
    interim = interim_reason(target, period, as_of)
    if interim is not None:
        return None, interim
    return result.met, None


def computed_row(
    target: Target,
    result: Measurement | None,
    *,
    target_report: Report | None = None,
    result_report: Report | None = None,
) -> ScorecardRow:
    """The row of a printed target judged on a printed outturn (``None``: no result).

    The rule of every scorecard, in one report or across a collection's: the kernel's
    :func:`vnplan.attainment` of the outturn against the target, ``met`` by its rule.

    Args:
        target: The target.
        result: The outturn of its indicator and period, or ``None``.
        target_report: The report the target is printed in.
        result_report: The report the outturn is printed in.

    Returns:
        The row; ``met`` is ``None`` with a reason where it cannot be said.
    """
    when = (None, None) if result is None else (result.period, result.as_of)
    return _judged_row(
        target,
        result,
        when,
        result=result,
        grown=None,
        target_report=target_report,
        result_report=result_report,
    )


def growth_row(
    target: Target,
    grown: GrowthResult,
    *,
    target_report: Report | None = None,
    result_report: Report | None = None,
) -> ScorecardRow:
    """The row of a growth target judged on a growth of the indicator it is the growth of.

    *GRDP tăng trên 10,0%* is a target of ``grdp-growth``, whose
    :attr:`~vnplan.Indicator.growth_of` is ``grdp``: the release's *GRDP … tăng 7,1%*
    (a growth claim on ``grdp``) is its result, with the interval its printed precision
    allows, as is a growth recomputed from two printed levels of ``grdp``. The kernel
    judges it as any outturn (:func:`vnplan.attainment`).

    Args:
        target: A target of a rate indicator with ``growth_of``.
        grown: A growth of that indicator, of the target's period on the year before.
        target_report: The report the target is printed in.
        result_report: The report the growth is stated in (or its levels printed in).

    Returns:
        The row, with :attr:`~ScorecardRow.growth` set and ``result`` ``None``.
    """
    return _judged_row(
        target,
        grown.derived,
        (grown.period, grown.as_of),
        result=None,
        grown=grown,
        target_report=target_report,
        result_report=result_report,
    )


def _judged_row(
    target: Target,
    outturn: Measurement | Derived | None,
    when: tuple[Period | None, dt.date | None],
    *,
    result: Measurement | None,
    grown: GrowthResult | None,
    target_report: Report | None,
    result_report: Report | None,
) -> ScorecardRow:
    """The row of ``target`` judged by the kernel on ``outturn`` of period or date ``when``."""
    judged: Attainment | None = None
    met: bool | None = None
    reason: str | None = NO_RESULT
    if outturn is not None:
        try:
            judged = attainment(outturn, target)
        except VnplanError:  # units that cannot be compared: no verdict, not a crash
            reason = UNITS_DIFFER
        else:
            met, reason = _verdict(judged, target, *when)
    return ScorecardRow(
        indicator=target.indicator,
        period=target.period,
        as_of=target.as_of,
        target=target,
        basis=target.basis,
        result=result,
        claim=None,
        attainment=judged,
        met=met,
        reason=reason,
        source=None if judged is None else "computed",
        target_report=target_report,
        result_report=None if outturn is None else result_report,
        growth=grown,
    )


def _growths_for(target: Target, growths: list[GrowthResult]) -> list[GrowthResult]:
    """Of the growths of a level indicator, those of the target's year on the year before.

    Stated growths if there are any, else those computed from two printed levels (a
    figure of the rate indicator itself is a result as any other, beside these).
    """
    found = [g for g in growths if g.period == target.period and g.vs_previous_year]
    stated = [g for g in found if g.source == "stated"]
    return stated or found


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

    @staticmethod
    def same_time(figure: Measurement | Target, period: Period | None, as_of: object) -> bool:
        if period is not None:
            return figure.period == period
        return as_of is not None and figure.as_of == as_of

    def stated_row(self, claim: Claim) -> ScorecardRow:
        period, as_of, result = self.subject_of(claim)
        against = self.report.get(claim.against) if claim.against else None
        basis = claim.basis or Basis.PLAN  # a valid attainment claim names its basis
        target = against if isinstance(against, Target) else None
        if target is None:
            target = next(
                (
                    t
                    for t in self.report.targets
                    if t.indicator == claim.indicator
                    and t.basis is basis
                    and self.same_time(t, period, as_of)
                ),
                None,
            )
        judged = stated_attainment(claim, bound=None if target is None else target.bound)
        met, reason = _verdict(judged, target, period, as_of)
        return ScorecardRow(
            indicator=claim.indicator,
            period=period,
            as_of=as_of,
            target=target,
            basis=basis,
            result=result,
            claim=claim,
            attainment=judged,
            met=met,
            reason=reason,
            source="stated",
            target_report=self.report,
            result_report=None if result is None else self.report,
        )

    def computed_row(self, target: Target, result: Measurement | None) -> ScorecardRow:
        return computed_row(target, result, target_report=self.report, result_report=self.report)

    def growth_results(self, target: Target, growths: list[GrowthResult]) -> list[GrowthResult]:
        """The growths a growth target is judged on, in this report: see :func:`growth_row`."""
        level = target.indicator.growth_of
        if level is None or target.period is None:
            return []
        return _growths_for(target, [g for g in growths if g.indicator.id == level])

    def plan(self, growths: list[GrowthResult]) -> list[ScorecardRow]:
        rows: list[ScorecardRow] = []
        said: set[tuple[object, ...]] = set()
        for claim in self.report.claims:
            if claim.kind is not ClaimKind.ATTAINMENT:
                continue
            row = self.stated_row(claim)
            key = (row.indicator.id, row.period, row.as_of, row.basis, row.result, row.target)
            if key not in said:  # the same statement printed twice is one row
                said.add(key)
                rows.append(row)
        stated_targets = {row.target.id for row in rows if row.target is not None}
        stated_results = {(row.result.id, row.basis) for row in rows if row.result is not None}
        outturns: dict[str, list[Measurement]] = {}
        for figure in self.report.measurements:
            if figure.role in _OUTTURN_ROLES:
                outturns.setdefault(figure.indicator.id, []).append(figure)
        for target in self.report.targets:
            if target.id in stated_targets:
                continue
            results = [
                figure
                for figure in outturns.get(target.indicator.id, ())
                if self.same_time(figure, target.period, target.as_of)
            ]
            grown = self.growth_results(target, growths)
            rows.extend(
                growth_row(target, g, target_report=self.report, result_report=self.report)
                for g in grown
            )
            if not results and not grown:
                rows.append(self.computed_row(target, None))
            rows.extend(
                self.computed_row(target, figure)
                for figure in results
                if (figure.id, target.basis) not in stated_results
            )
        return sorted(rows, key=lambda r: self.order[r.indicator.id])

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
            ratio, box = claim.ratio, claim.ratio_interval
            assert ratio is not None  # noqa: S101 (a growth claim states a ratio)
            assert box is not None  # noqa: S101 (likewise)
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
                    interval=(box - 1) * _HUNDRED,
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
                    interval=derived.interval,
                )
            )
        return sorted(results, key=lambda r: self.order[r.indicator.id])


@functools.lru_cache(maxsize=8)
def scorecard(report: Report) -> Scorecard:
    """Work out which targets of ``report`` were met, and its growth (cached per report).

    See the rules in :doc:`/attainment`: one row per target and basis,
    stated attainments judged on what they state, ``met`` ``None`` with a reason where
    it cannot be said.

    Args:
        report: The report.

    Returns:
        Its :class:`Scorecard`, rows in the order of the report's indicators.
    """
    builder = _Builder(report)
    growths = builder.growth()
    return Scorecard(plan=tuple(builder.plan(growths)), growth=tuple(growths))
