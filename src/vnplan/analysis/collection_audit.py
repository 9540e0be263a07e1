"""The audit of every report of a collection, with counts by severity."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Any, Final

import attrs
from attrs import validators as v

from vnplan._enums import Severity
from vnplan.model import Report

if TYPE_CHECKING:
    from collections.abc import Iterator

    import pandas as pd

    from vnplan.checks.findings import AuditResult

__all__ = ["CollectionAudit", "ReportAudit"]

_SEVERITIES: Final[tuple[Severity, ...]] = (Severity.MATERIAL, Severity.ROUNDING, Severity.INFO)


@attrs.frozen(kw_only=True)
class ReportAudit:
    """The audit of one report of a collection."""

    #: Where the report came from.
    source: str = attrs.field(validator=v.instance_of(str))
    #: The report.
    report: Report = attrs.field(validator=v.instance_of(Report))
    #: What :func:`vnplan.audit` found in it.
    result: AuditResult

    @property
    def counts(self) -> dict[str, int]:
        """The number of findings of each severity (``material``, ``rounding``, ``info``)."""
        found = Counter(finding.severity for finding in self.result)
        return {severity.value: found.get(severity, 0) for severity in _SEVERITIES}

    def row(self) -> dict[str, Any]:
        """Return the summary row: the report, then the counts by severity and the total."""
        counts = self.counts
        return {
            "source": self.source,
            "province": self.report.province,
            "year": self.report.year,
            "report": self.report.number or self.report.label,
            **counts,
            "total": sum(counts.values()),
        }


@attrs.frozen(kw_only=True)
class CollectionAudit:
    """The audits of every report of a collection. Iterate over it for each report's."""

    #: One audit per report, in the collection's order.
    reports: tuple[ReportAudit, ...] = attrs.field(
        validator=v.deep_iterable(v.instance_of(ReportAudit), v.instance_of(tuple))
    )
    #: What the checks across reports found (:func:`vnplan.checks.audit_across`):
    #: revisions, attainments of earlier plans; each finding cites figures of two reports.
    across: AuditResult | None = None

    def __iter__(self) -> Iterator[ReportAudit]:
        """Iterate over the reports' audits."""
        return iter(self.reports)

    def __len__(self) -> int:
        """Return the number of reports audited."""
        return len(self.reports)

    @property
    def summary(self) -> dict[str, int]:
        """The findings of all reports and across them, by severity, with the ``total``."""
        totals = dict.fromkeys((s.value for s in _SEVERITIES), 0)
        for audited in self.reports:
            for severity, count in audited.counts.items():
                totals[severity] += count
        for finding in self.across or ():
            totals[finding.severity.value] += 1
        return {**totals, "total": sum(totals.values())}

    def rows(self) -> list[dict[str, Any]]:
        """Return one summary row per report (see :meth:`~vnplan.ReportAudit.row`)."""
        return [audited.row() for audited in self.reports]

    def format_text(self) -> str:
        """Return the summary as a text table: one line per report, then the totals."""
        head = f"{'source':<40} {'material':>8} {'rounding':>8} {'info':>8} {'total':>8}"
        lines = [head, "-" * len(head)]
        lines.extend(
            f"{row['source'][-40:]:<40} {row['material']:>8} {row['rounding']:>8} "
            f"{row['info']:>8} {row['total']:>8}"
            for row in self.rows()
        )
        if self.across is not None:
            counts = Counter(finding.severity for finding in self.across)
            lines.append(
                f"{'across the reports':<40} {counts[Severity.MATERIAL]:>8} "
                f"{counts[Severity.ROUNDING]:>8} {counts[Severity.INFO]:>8} {len(self.across):>8}"
            )
        summary = self.summary
        lines.append(
            f"{'all ' + str(len(self.reports)) + ' reports':<40} {summary['material']:>8} "
            f"{summary['rounding']:>8} {summary['info']:>8} {summary['total']:>8}"
        )
        return "\n".join(lines)

    def to_pandas(self) -> pd.DataFrame:
        """Return the summary rows as a :class:`pandas.DataFrame`.

        Raises:
            ImportError: pandas is not installed (``pip install vnplan[pandas]``).
        """
        from vnplan._optional import require_pandas  # noqa: PLC0415 (pandas loads on use)

        pandas = require_pandas()
        columns = ["source", "province", "year", "report", *(s.value for s in _SEVERITIES), "total"]
        frame: pd.DataFrame = pandas.DataFrame(self.rows(), columns=columns)
        return frame
