"""Audit a report's own arithmetic, rounding-aware, each finding cited to where it is printed.

>>> import vnplan
>>> result = vnplan.audit(vnplan.load("dien-bien-2022"), checks=["sums"])
>>> result.summary["by_check"]
{'sums': ...}

:func:`vnplan.audit` runs the checks (:data:`CHECKS`; select or skip them by name, like a
linter's rules) and returns an :class:`AuditResult`: the :class:`Finding` objects ordered
as the report reads, with a summary, a JSON form (:meth:`AuditResult.to_dict`) and a
text form (:meth:`AuditResult.format_text`).

Every printed number stands for the interval of values that round to it ("102,49" is
102,485 to 102,495). A check recomputes what it can from those intervals and reports only
what no reading within printing precision reconciles:

- ``material``: no reading reconciles the figures;
- ``rounding``: they agree only if a figure was cut off rather than rounded, or is one
  unit off in its last printed digit;
- ``info``: worth a look, but not an error (a plan below this year's outturn; anything
  resting on a figure printed with *khoảng*, about).

:func:`vnplan.checks.audit_across` checks several reports against each other
(:data:`vnplan.checks.CROSS_CHECKS`: revisions of earlier estimates, attainments of
earlier plans);
:meth:`vnplan.Collection.audit` runs it after each report's own audit.
"""

from __future__ import annotations

from vnplan.checks.attainment import Attainment
from vnplan.checks.base import Check
from vnplan.checks.contradictions import Contradictions
from vnplan.checks.findings import AuditResult, Cited, Finding, Recomputed, Stated
from vnplan.checks.fractions import Fractions
from vnplan.checks.growth import Growth, PercentagePoints
from vnplan.checks.plan_coherence import PlanCoherence
from vnplan.checks.registry import CHECKS, audit, checks
from vnplan.checks.revisions import CROSS_CHECKS, audit_across
from vnplan.checks.scale_slips import ScaleSlips
from vnplan.checks.sums import Shares, Sums
from vnplan.exceptions import UnknownCheckError

__all__ = [
    "CHECKS",
    "CROSS_CHECKS",
    "Attainment",
    "AuditResult",
    "Check",
    "Cited",
    "Contradictions",
    "Finding",
    "Fractions",
    "Growth",
    "PercentagePoints",
    "PlanCoherence",
    "Recomputed",
    "ScaleSlips",
    "Shares",
    "Stated",
    "Sums",
    "UnknownCheckError",
    "audit",
    "audit_across",
    "checks",
]
