"""The ``plan-coherence`` check: next year's plan against this year's outturn."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Final

from vnplan._enums import ClaimKind, Direction, Role, Severity
from vnplan.checks.base import Check, Context, Problem, cite, stated_of
from vnplan.checks.changes import change_problem
from vnplan.checks.comparisons import Comparison
from vnplan.checks.findings import Finding
from vnplan.checks.words import name, shown
from vnplan.model import Measurement, Period, Report, Target
from vnplan.model.interval import Interval
from vnplan.model.labels import Language

__all__ = ["PlanCoherence"]

_CHANGE_KINDS: Final = frozenset(
    {ClaimKind.GROWTH, ClaimKind.FACTOR, ClaimKind.CHANGE, ClaimKind.PP_CHANGE}
)
_OUTTURNS: Final = frozenset({Role.ACTUAL, Role.STOCK, Role.CUMULATIVE})


def _outturn(context: Context, target: Target) -> Measurement | None:
    """The report year's outturn of the target's indicator, if printed."""
    year = Period(start_year=context.report.year)
    for figure in context.figures_of[target.indicator.id]:
        if not isinstance(figure, Measurement) or figure.role not in _OUTTURNS:
            continue
        if figure.period == year or (
            figure.period is None
            and figure.as_of is not None
            and figure.as_of.year == year.start_year
        ):
            return figure
    return None


def _is_plan_year(context: Context, target: Target) -> bool:
    if target.period is not None:
        return target.period.start_year > context.report.year
    return target.as_of is not None and target.as_of.year > context.report.year


def _below_problem(context: Context, target: Target, outturn: Measurement) -> Problem | None:
    direction = target.indicator.direction
    if direction is Direction.NEUTRAL:
        return None
    actual = context.operand(outturn, target.unit)
    if actual is None:
        return None
    higher = direction is Direction.HIGHER
    operands = (context.as_printed(target), actual)

    def formula(iv: Sequence[Interval]) -> tuple[Interval, Sequence[Interval]]:
        return iv[0], [iv[1]]

    plan_period = target.period if target.period is not None else target.as_of
    year = context.report.year

    def describe(recomputed: Interval | None, lang: Language) -> str:
        del recomputed
        title = name(target, lang)
        at = target.location.describe(lang)
        at_actual = outturn.location.describe(lang)
        if lang == "vi":
            relation = "thấp hơn" if higher else "cao hơn"
            better = "càng cao càng tốt" if higher else "càng thấp càng tốt"
            return (
                f"Kế hoạch năm {plan_period} của «{title}» ({shown(target)}, {at}) {relation} "
                f"mức thực hiện năm {year} ({shown(outturn)}, {at_actual}), dù chỉ tiêu này "
                f"{better}."
            )
        relation = "below" if higher else "above"
        better = "higher" if higher else "lower"
        return (
            f"The {plan_period} plan for “{title}” ({shown(target)}, {at}) is {relation} the "
            f"{year} outturn ({shown(outturn)}, {at_actual}), though {better} is better for it."
        )

    return Problem(
        comparison=Comparison(operands, formula, "at-least" if higher else "at-most"),
        cited=(target, outturn),
        describe=describe,
        stated=target,
        recomputed_unit=target.unit,
        cap=Severity.INFO,
    )


def _off_year(report: Report, target: Target) -> int | None:
    """The year of a one-year target that is neither the report's year nor its plan year."""
    period = target.period
    if period is None or period.start_year != period.end_year or period.start_month:
        return None  # (a span of years is a plan of several; as_of, a date to reach)
    year = period.start_year
    return None if year in {report.year, report.plan_year} else year


def _off_year_finding(report: Report, target: Target, year: int) -> Finding:
    """The info finding on a target for a year the report neither covers nor plans."""
    messages = {}
    for lang in ("vi", "en"):
        language: Language = "vi" if lang == "vi" else "en"
        title, at = name(target, language), target.location.describe(language)
        if language == "vi":
            plans = (
                f"lập kế hoạch năm {report.plan_year}"
                if report.plan_year is not None
                else "không lập kế hoạch năm sau"
            )
            messages[lang] = (
                f"Kế hoạch {shown(target)} của «{title}» là cho năm {year} ({at}), trong khi "
                f"báo cáo đánh giá năm {report.year} và {plans}: kỳ của kế hoạch có đúng không?"
            )
        else:
            plans = f"plans {report.plan_year}" if report.plan_year is not None else "sets no plan"
            messages[lang] = (
                f"The target {shown(target)} for “{title}” is for {year} ({at}), but the report "
                f"gives account of {report.year} and {plans}: is its period right?"
            )
    return Finding(
        check=PlanCoherence.name,
        severity=Severity.INFO,
        message_vi=messages["vi"],
        message_en=messages["en"],
        stated=stated_of(target),
        figures=cite([target]),
    )


class PlanCoherence(Check):
    """Plan coherence: next year's targets against this year's outturn and stated growth.

    **What it checks.**

    - A plan value stated with its change against this year (*tổng thu ngân sách địa
      phương năm 2023 đạt 14.273 tỷ đồng, tăng 17,73% so với năm 2022*; *giảm tỷ lệ hộ
      nghèo xuống 26,57%, giảm 4,01%*; a structure's planned shares with their changes)
      must match this year's printed outturn: the growth, change, factor or
      percentage-point change it states must follow from the two values.
    - A plan for a later year that is below this year's outturn for a higher-is-better
      indicator (above it for a lower-is-better one) is worth a look: the plan asks for
      less than was already done.
    - A target for one year that is neither the year the report gives account of nor
      the year it plans (a 2025 target in a report of 2023 that plans 2024) is worth a
      look: its period may be a slip. Targets for a span of years (*2021-2025*) or to
      reach by a date are plans of their own, and are left alone.

    **When it fires.** The first when no reading within printing precision reconciles the
    stated change; the second when the plan is below (above) the outturn under every
    reading.

    **Severity.** A stated change that does not follow is ``material`` (``rounding`` when
    only a cut-off or one-unit-off reading reconciles it; ``info`` at most for a plan
    qualified with *khoảng* or *trên*). A plan below the outturn, and a target for
    another year, are ``info``.
    """

    name = "plan-coherence"

    def problems(self, context: Context) -> Iterator[Problem]:
        """Yield plan values' stated changes, and plans that fall short of the outturn."""
        for claim in context.report.claims:
            if claim.kind not in _CHANGE_KINDS:
                continue
            subject = context.subject_of(claim)
            if not isinstance(subject, Target):
                continue
            reference = context.reference_figure(claim)
            if reference is None:
                continue
            problem = change_problem(context, claim, subject, reference)
            if problem is not None:
                yield problem
        for target in context.report.targets:
            if not _is_plan_year(context, target):
                continue
            outturn = _outturn(context, target)
            if outturn is None:
                continue
            problem = _below_problem(context, target, outturn)
            if problem is not None:
                yield problem

    def findings(self, context: Context) -> Iterator[Finding]:
        """Yield the findings of :meth:`problems`, then targets for another year."""
        yield from super().findings(context)
        report = context.report
        for target in report.targets:
            year = _off_year(report, target)
            if year is not None:
                yield _off_year_finding(report, target, year)
