"""Running an audit: the registry of checks, selection by name, and :func:`audit`."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import Final

from vnplan._enums import Severity
from vnplan.checks.attainment import Attainment
from vnplan.checks.base import Check, Context
from vnplan.checks.contradictions import Contradictions
from vnplan.checks.findings import AuditResult, Finding, with_caveats
from vnplan.checks.fractions import Fractions
from vnplan.checks.growth import Growth, PercentagePoints
from vnplan.checks.plan_coherence import PlanCoherence
from vnplan.checks.scale_slips import ScaleSlips
from vnplan.checks.sums import Shares, Sums
from vnplan.exceptions import UnknownCheckError, ValidationError
from vnplan.model import Report

__all__ = ["CHECKS", "audit", "checks"]

#: Every check of the audit, by name, in the order they run.
CHECKS: Final[Mapping[str, type[Check]]] = MappingProxyType(
    {
        check.name: check
        for check in (
            Sums,
            Shares,
            Growth,
            Attainment,
            Fractions,
            PercentagePoints,
            Contradictions,
            ScaleSlips,
            PlanCoherence,
        )
    }
)


def checks() -> tuple[type[Check], ...]:
    """Return the audit's check classes, in the order they run.

    Each has a ``name`` (to select or skip it) and a docstring that says what it checks,
    when it fires and how severe its findings are; ``summary()`` gives the first line.

    >>> [check.name for check in checks()][:3]
    ['sums', 'shares', 'growth']
    """
    return tuple(CHECKS.values())


def _names(value: str | Iterable[str] | None, field: str) -> list[str] | None:
    if value is None:
        return None
    names = [value] if isinstance(value, str) else list(value)
    for item in names:
        if not isinstance(item, str):
            raise ValidationError(field, "check names (strings)", item)
        if item not in CHECKS:
            raise UnknownCheckError(item, list(CHECKS))
    return names


def _severity(value: Severity | str) -> Severity:
    try:
        return Severity(value)
    except ValueError:
        allowed = ", ".join(repr(s.value) for s in Severity)
        raise ValidationError("min_severity", f"one of {allowed}", value) from None


def audit(
    report: Report,
    *,
    checks: str | Iterable[str] | None = None,
    skip: str | Iterable[str] | None = None,
    min_severity: Severity | str = Severity.INFO,
) -> AuditResult:
    """Check a report's own arithmetic and return what does not add up.

    Every check recomputes what the report's figures allow it to, with the rounding
    interval of each printed number, and reports only what no reading within printing
    precision reconciles (see the package :mod:`vnplan.checks`). A finding that cites a
    figure whose note says it is read by interpretation, or of unclear scope, ends with
    that note.

    Args:
        report: The report.
        checks: The names of the checks to run (one name, or several); all by default.
        skip: The names of checks not to run.
        min_severity: Leave out findings milder than this: ``"material"`` keeps only
            material findings; ``"info"`` (the default) keeps all.

    Returns:
        The findings, ordered as the report reads, with a summary.

    Raises:
        UnknownCheckError: A name in ``checks`` or ``skip`` is no check's; the error
            lists the known checks.
        ValidationError: ``report`` is not a ``vnplan.Report``, or
            ``min_severity`` is not a severity.
    """
    if not isinstance(report, Report):
        raise ValidationError("report", "a Report", report)
    threshold = _severity(min_severity).rank
    wanted = _names(checks, "checks")
    unwanted = set(_names(skip, "skip") or ())
    names = [name for name in CHECKS if (wanted is None or name in wanted) and name not in unwanted]
    context = Context(report, names)
    context.checks = {name: check() for name, check in CHECKS.items()}
    found: list[Finding] = []
    for name in names:
        found.extend(
            with_caveats(finding)
            for finding in context.checks[name].findings(context)
            if finding.severity.rank <= threshold
        )
    return AuditResult(findings=found, checks=tuple(names))
