"""Pin the types of the audit API.

mypy checks every ``assert_type`` here; pytest runs the same function, so it also works at
run time.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, assert_type

import vnplan
from vnplan.checks import (
    CHECKS,
    AuditResult,
    Check,
    Cited,
    Finding,
    Recomputed,
    Stated,
    Sums,
    checks,
)


def test_audit_types() -> None:
    result = vnplan.audit(vnplan.load("dien-bien-2022"), checks=["sums"], min_severity="info")
    assert_type(result, vnplan.AuditResult)
    assert_type(result.findings, tuple[vnplan.Finding, ...])
    assert_type(result.summary, dict[str, Any])
    assert_type(result.by_severity(), dict[vnplan.Severity, tuple[vnplan.Finding, ...]])
    assert_type(result.to_dict(), dict[str, Any])
    assert_type(result.format_text("en"), str)
    finding = result.findings[0]
    assert_type(finding.check, str)
    assert_type(finding.severity, vnplan.Severity)
    assert_type(finding.message("vi"), str)
    assert_type(finding.location, vnplan.Location | None)
    assert_type(finding.stated, Stated | None)
    assert_type(finding.recomputed, Recomputed | None)
    assert_type(finding.figures, tuple[Cited, ...])
    assert_type(finding.figures[0].value, Decimal)
    assert_type(CHECKS, Mapping[str, type[Check]])
    assert_type(checks(), tuple[type[Check], ...])
    assert_type(checks()[0].name, str)
    assert_type(Sums.name, str)
    assert_type(Sums.summary(), str)
    assert_type(vnplan.checks.audit(vnplan.load("dien-bien-2022")), AuditResult)
    assert_type(result.findings, tuple[Finding, ...])
    assert_type(finding.severity.rank, int)
