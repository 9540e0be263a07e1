"""Checks across reports: revisions of earlier estimates, and attainments of earlier plans.

A later report restates, or implies, values that an earlier report estimated: the 2023
statistics release gives GRDP of 14.912,39 tỷ đồng, up 7,1%, which puts 2022 between
13.917,30 and 13.930,31 tỷ đồng, while the 2022 report estimated 13.963,91. No reading
within printing precision reconciles them: the estimate was revised. These checks work
on several reports at once (:meth:`vnplan.Collection.audit`, ``vnplan audit A B``); each
finding cites figures of both reports, and says which report each is printed in.

- ``revisions``: a later report's level and its stated growth imply an earlier value
  (:func:`vnplan.implied_reference`), or the later report prints the earlier value
  again, and the interval of the earlier report's figure does not meet it. ``info``: a
  revision is how statistics are made final, not an error of either report.
- ``plan-attainment``: a later report states an attainment of the plan (*đạt X% kế
  hoạch*) whose implied plan (:func:`vnplan.implied_target`) does not meet the target
  an earlier report printed for the same indicator, period and basis. ``material``
  (the plan may have been changed in between: the finding says so).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Final

from vnplan import units
from vnplan._enums import ClaimKind, Role, Severity
from vnplan.calc.attainment import implied_reference, implied_target
from vnplan.checks.base import cite
from vnplan.checks.findings import AuditResult, Finding, Recomputed, with_caveats
from vnplan.checks.words import quantity
from vnplan.exceptions import VnplanError
from vnplan.model import Claim, Interval, Measurement, Report, Target

if TYPE_CHECKING:
    from vnplan.model.labels import Language

__all__ = ["CROSS_CHECKS", "audit_across"]

#: The names of the checks across reports, in the order they run.
CROSS_CHECKS: Final = ("revisions", "plan-attainment")

#: The roles of a figure that is a period's outturn.
_OUTTURNS: Final = frozenset({Role.ACTUAL, Role.STOCK, Role.CUMULATIVE})

#: A report's indicator id → its shared id across the reports.
SharedId = Callable[[Report, str], str]


def _order(report: Report) -> tuple[int, object]:
    return (report.year, report.date)


def _in_unit(interval: Interval, unit: str, wanted: str) -> Interval | None:
    """``interval`` (in ``unit``) in ``wanted``, or ``None`` when they do not convert."""
    if unit == wanted:
        return interval
    try:
        return interval * units.conversion_factor(unit, wanted)
    except VnplanError:
        return None


def _earlier_figures(
    reports: Sequence[Report], later: Report, shared: SharedId, province: Callable[[str], str]
) -> dict[tuple[str, str], list[tuple[Measurement, Report]]]:
    """The outturns of the reports before ``later``, of its province, by shared id and period."""
    found: dict[tuple[str, str], list[tuple[Measurement, Report]]] = {}
    where = province(later.province)
    for report in reports:
        if _order(report) >= _order(later) or province(report.province) != where:
            continue
        for figure in report.measurements:
            if figure.period is not None and figure.role in _OUTTURNS:
                key = (shared(report, figure.indicator.id), str(figure.period))
                found.setdefault(key, []).append((figure, report))
    return found


def _words(value: Interval, unit: str, lang: Language) -> str:
    low, high = (quantity(end, unit, lang, 2) for end in (value.low, value.high))
    return f"{low} – {high}" if lang == "en" else f"{low} đến {high}"


def _revision(
    earlier: Measurement,
    earlier_report: Report,
    evidence: list[tuple[tuple[Measurement | Claim, ...], Interval]],
    later: Report,
) -> Finding:
    """A finding: the earlier figure against the values the later report implies."""
    items, implied = evidence[0]
    shown = " ".join(f"«{i.worded if isinstance(i, Claim) else i.printed}»" for i in items)
    period = str(earlier.period)
    restated = len(items) == 1
    messages = {}
    for lang in ("vi", "en"):
        language: Language = "vi" if lang == "vi" else "en"
        span = _words(implied, earlier.unit, language)
        name = earlier.indicator.name_vi if language == "vi" else earlier.indicator.name_en
        if language == "vi":
            said = (
                f"ghi lại {name} năm {period} là {shown}"
                if restated
                else f"ghi {shown}, tức {name} năm {period} trong khoảng {span}"
            )
            messages[lang] = (
                f"{later.label} {said}; {earlier_report.label} ước tính «{earlier.printed}». "
                "Sai khác vượt quá mức làm tròn: số liệu đã được điều chỉnh."
            )
        else:
            said = (
                f"restates {name} of {period} as {shown}"
                if restated
                else f"prints {shown}, which puts {name} of {period} at {span}"
            )
            messages[lang] = (
                f"{later.label} {said}; {earlier_report.label} estimated «{earlier.printed}». "
                "The difference is beyond rounding: the value was revised."
            )
    later_items = [item for items, _ in evidence for item in items]
    return Finding(
        check="revisions",
        severity=Severity.INFO,
        message_vi=messages["vi"],
        message_en=messages["en"],
        recomputed=Recomputed(value=implied.mid, interval=implied, unit=earlier.unit),
        figures=(*cite([earlier], earlier_report), *cite(later_items, later)),
    )


def _implied(
    later: Report,
) -> Iterator[tuple[Measurement, tuple[Measurement | Claim, ...], str, Interval]]:
    """What ``later`` says of earlier periods: (figure, items, period, interval in its unit).

    A level with a growth claim on it implies its reference period's value; a figure of
    an earlier period than the report's year restates that value.
    """
    for claim in later.claims:
        if claim.kind is not ClaimKind.GROWTH or claim.reference is None:
            continue
        subject = later.get(claim.subject) if claim.subject else None
        if not isinstance(subject, Measurement) or subject.role not in _OUTTURNS:
            continue
        try:
            interval = implied_reference(subject, claim)
        except VnplanError:
            continue
        yield subject, (subject, claim), str(claim.reference), interval
    for figure in later.measurements:
        if figure.period is None or figure.role not in _OUTTURNS:
            continue
        if figure.period.end_year < later.year:
            yield figure, (figure,), str(figure.period), figure.interval


def _revisions(
    reports: Sequence[Report], shared: SharedId, province: Callable[[str], str]
) -> Iterator[Finding]:
    for later in reports:
        earlier = _earlier_figures(reports, later, shared, province)
        if not earlier:
            continue
        found: dict[
            str, tuple[Measurement, Report, list[tuple[tuple[Measurement | Claim, ...], Interval]]]
        ] = {}
        for figure, items, period, interval in _implied(later):
            for before, report in earlier.get((shared(later, figure.indicator.id), period), ()):
                implied = _in_unit(interval, figure.unit, before.unit)
                if implied is None or implied.overlaps(before.interval):
                    continue
                entry = found.setdefault(before.id, (before, report, []))
                entry[2].append((items, implied))
        for before, report, evidence in found.values():
            yield _revision(before, report, evidence, later)


def _targets_elsewhere(
    reports: Sequence[Report], later: Report, shared: SharedId, province: Callable[[str], str]
) -> dict[tuple[str, str, object], list[tuple[Target, Report]]]:
    """The targets of the other reports of ``later``'s province, by shared id, period, basis."""
    where = province(later.province)
    targets: dict[tuple[str, str, object], list[tuple[Target, Report]]] = {}
    for report in reports:
        if report is later or province(report.province) != where:
            continue
        for target in report.targets:
            if target.period is not None:
                key = (shared(report, target.indicator.id), str(target.period), target.basis)
                targets.setdefault(key, []).append((target, report))
    return targets


def _plan_attainments(
    reports: Sequence[Report], shared: SharedId, province: Callable[[str], str]
) -> Iterator[Finding]:
    for later in reports:
        targets = _targets_elsewhere(reports, later, shared, province)
        for claim in later.claims:
            if claim.kind is not ClaimKind.ATTAINMENT or claim.against is not None:
                continue
            subject = later.get(claim.subject) if claim.subject else None
            if not isinstance(subject, Measurement) or subject.period is None:
                continue
            key = (shared(later, subject.indicator.id), str(subject.period), claim.basis)
            for target, report in targets.get(key, ()):
                try:
                    implied = _in_unit(implied_target(subject, claim), subject.unit, target.unit)
                except VnplanError:
                    continue
                if implied is None or implied.overlaps(target.interval):
                    continue
                yield _attainment_finding(
                    (subject, claim, later), (target, report), implied=implied
                )


def _attainment_finding(
    stated: tuple[Measurement, Claim, Report],
    planned: tuple[Target, Report],
    *,
    implied: Interval,
) -> Finding:
    """A finding: the plan a later attainment implies, against the earlier target."""
    subject, claim, later = stated
    target, earlier = planned
    messages = {}
    for lang in ("vi", "en"):
        language: Language = "vi" if lang == "vi" else "en"
        span = _words(implied, target.unit, language)
        if language == "vi":
            messages[lang] = (
                f"{later.label} ghi «{subject.printed}» «{claim.worded}» kế hoạch, tức kế "
                f"hoạch trong khoảng {span}; {earlier.label} ghi kế hoạch «{target.printed}». "
                "Hai số không khớp (trừ khi kế hoạch đã được điều chỉnh)."
            )
        else:
            messages[lang] = (
                f"{later.label} prints «{subject.printed}» «{claim.worded}» of plan, which "
                f"puts the plan at {span}; {earlier.label} printed the target "
                f"«{target.printed}». They disagree (unless the plan was changed in between)."
            )
    return Finding(
        check="plan-attainment",
        severity=Severity.MATERIAL,
        message_vi=messages["vi"],
        message_en=messages["en"],
        recomputed=Recomputed(value=implied.mid, interval=implied, unit=target.unit),
        figures=(*cite([subject, claim], later), *cite([target], earlier)),
    )


def audit_across(
    reports: Sequence[Report],
    *,
    shared_id: SharedId | None = None,
    province: Callable[[str], str] | None = None,
) -> AuditResult:
    """Check reports against each other: revisions, and attainments of earlier plans.

    Args:
        reports: The reports, any order (earlier and later are told by year, then date).
        shared_id: A report's indicator id → the id it is matched by across reports; by
            default the id itself.
        province: A province as issued → the province it is part of now; by default
            the province itself.

    Returns:
        The findings across the reports, each citing figures of two reports and saying
        which report each is printed in.

    >>> import vnplan
    >>> found = audit_across([vnplan.load("dien-bien-2022"), vnplan.load("dien-bien-2023")])
    >>> [f.figures[0].id for f in found if f.check == "revisions"][:1]
    ['grdp-2022']
    """
    shared: SharedId = shared_id or (lambda _report, key: key)
    where: Callable[[str], str] = province or (lambda name: name)
    ordered = sorted(reports, key=_order)
    found = [
        *_revisions(ordered, shared, where),
        *_plan_attainments(ordered, shared, where),
    ]
    return AuditResult(findings=[with_caveats(f) for f in found], checks=CROSS_CHECKS)
