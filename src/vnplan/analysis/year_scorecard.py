"""The scorecard of one year across reports: a plan set in one report, its result in another.

A report sets the next year's targets (Phần II), and a later report, release or
compilation gives that year's results. :func:`year_scorecard` (what
:meth:`vnplan.Collection.scorecard` calls with a year) pairs them: every target of the
year from any report of the collection, with every result of the year from any report
of the same province. It makes no rule of its own: each row is a row of
:func:`vnplan.scorecard`, and a pair across reports is judged by the same
:func:`~vnplan.analysis.scorecard.computed_row` and
:func:`~vnplan.analysis.scorecard.growth_row`.

1. Each report's own rows of the year are kept as they are: stated attainments, and
   targets with an outturn in the same report.
2. A target whose own report prints no result (``NO_RESULT``) is judged on each outturn
   of its shared indicator and period (or date) that another report of the province
   prints: one row per outturn, so that where two sources disagree (a poverty rate of
   26,03% in December, 25,6% in a later review) both are shown, each with its report
   and source.
3. A growth target (a rate indicator with :attr:`~vnplan.Indicator.growth_of`) is
   judged, besides the outturns of its own indicator (*tốc độ tăng trưởng … đạt 7,1%*),
   on each growth of the indicator it is the growth of that another report states
   (*GRDP … tăng 7,1%*): one statistic, printed two ways. Where none is printed either
   way, on the growth recomputed from two levels printed in one report (never a level
   of one report against a level of another: the later report's base may be revised).
4. A target with no result anywhere keeps its ``NO_RESULT`` row.

A date in January tells of the year before (a year's capital may be disbursed until 31
January of the next, see :func:`~vnplan.analysis.scorecard.in_year`): a row at such a
date belongs to the year before alone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from vnplan._enums import Role
from vnplan.analysis.scorecard import (
    NO_RESULT,
    GrowthResult,
    Scorecard,
    ScorecardRow,
    computed_row,
    growth_row,
    in_year,
    scorecard,
)
from vnplan.model import Measurement, Report, Target

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

__all__ = ["year_scorecard"]

#: The roles of a printed outturn (as in a report's own scorecard).
_OUTTURNS = frozenset({Role.ACTUAL, Role.STOCK, Role.CUMULATIVE})


def _of_year(row: ScorecardRow, year: int) -> bool:
    """Whether a row tells of ``year``; a row at a date in January, of the year before."""
    if row.period is None and row.as_of is not None and row.as_of.month == 1:
        return row.as_of.year - 1 == year
    return in_year(row.period, row.as_of, year)


def _same_time(figure: Measurement, target: Target) -> bool:
    if target.period is not None:
        return figure.period == target.period
    return target.as_of is not None and figure.as_of == target.as_of


class _Pool:
    """The results a collection's reports print, by province and shared indicator id."""

    def __init__(
        self,
        reports: Sequence[Report],
        shared_id: Callable[[Report, str], str],
        province: Callable[[str], str],
    ) -> None:
        self.shared_id = shared_id
        self.province = province
        self.outturns: dict[tuple[str, str], list[tuple[Measurement, Report]]] = {}
        self.growths: dict[tuple[str, str], list[tuple[GrowthResult, Report]]] = {}
        for report in reports:
            where = province(report.province)
            for figure in report.measurements:
                if figure.role in _OUTTURNS:
                    key = (where, shared_id(report, figure.indicator.id))
                    self.outturns.setdefault(key, []).append((figure, report))
            for grown in scorecard(report).growth:
                key = (where, shared_id(report, grown.indicator.id))
                self.growths.setdefault(key, []).append((grown, report))

    def rows(self, row: ScorecardRow) -> list[ScorecardRow]:
        """The rows of a target its own report has no result for, from the other reports."""
        target, report = row.target, row.target_report
        if target is None or report is None:
            return []
        where = self.province(report.province)
        key = (where, self.shared_id(report, target.indicator.id))
        found = [
            computed_row(target, figure, target_report=report, result_report=held)
            for figure, held in self.outturns.get(key, ())
            if held is not report and _same_time(figure, target)
        ]
        level = target.indicator.growth_of
        if level is None or target.period is None:
            return found
        growths = [
            (grown, held)
            for grown, held in self.growths.get((where, self.shared_id(report, level)), ())
            if held is not report and grown.period == target.period and grown.vs_previous_year
        ]
        stated = [(grown, held) for grown, held in growths if grown.source == "stated"]
        return found + [
            growth_row(target, grown, target_report=report, result_report=held)
            for grown, held in (stated or ([] if found else growths))
        ]


def year_scorecard(
    reports: Sequence[Report],
    year: int,
    *,
    shared_id: Callable[[Report, str], str],
    province: Callable[[str], str],
) -> Scorecard:
    """Return the scorecard of ``year``: its targets, from any report, with their results.

    Args:
        reports: The reports, in the collection's order.
        year: The calendar year whose targets are judged.
        shared_id: The shared id of a report's indicator (the collection's matching).
        province: The province a report's province is part of now (the successors map).

    Returns:
        A :class:`~vnplan.Scorecard` of the year's rows, report by report in the order
        given; each row's :attr:`~vnplan.ScorecardRow.target_report` and
        :attr:`~vnplan.ScorecardRow.result_report` say where each side is printed. Its
        growth results are those of the year, of every report.
    """
    pool = _Pool(reports, shared_id, province)
    rows: list[ScorecardRow] = []
    growth: list[GrowthResult] = []
    for report in reports:
        card = scorecard(report)
        for row in card.plan:
            if not _of_year(row, year):
                continue
            paired = pool.rows(row) if row.reason == NO_RESULT else []
            rows.extend(paired or [row])
        growth.extend(g for g in card.growth if in_year(g.period, g.as_of, year))
    return Scorecard(plan=tuple(rows), growth=tuple(growth))
