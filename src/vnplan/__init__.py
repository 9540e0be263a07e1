"""vnplan: Vietnamese provincial socio-economic plan reports, typed, unit-aware and checkable.

This module is the public façade: it only re-exports names from vnplan's private modules.
Heavy dependencies (pint, hypothesis, pandas, matplotlib) load on first use, never on
``import vnplan``.
"""

from __future__ import annotations

from vnplan import _hooks
from vnplan._enums import (
    Basis,
    Bound,
    ClaimKind,
    Direction,
    Measure,
    RelationKind,
    ReportKind,
    Role,
    Severity,
    Status,
)
from vnplan._version import __version__
from vnplan.analysis.collection import PANEL_COLUMNS, Collection, LoadFailure, Observation
from vnplan.analysis.collection_audit import CollectionAudit, ReportAudit
from vnplan.analysis.comparisons import Comparison
from vnplan.analysis.loading import load_many
from vnplan.analysis.scorecard import GrowthResult, Scorecard, ScorecardRow, scorecard
from vnplan.calc.attainment import (
    Attainment,
    Derived,
    attainment,
    change,
    factor,
    growth,
    implied_reference,
    implied_target,
    pp_change,
    share,
    stated_attainment,
)
from vnplan.checks import AuditResult, Cited, Finding, Recomputed, Stated, audit
from vnplan.drafting import Draft, draft
from vnplan.exceptions import VnplanError
from vnplan.io import DatasetInfo, SchemaProblem, datasets, load, validate
from vnplan.model import (
    Claim,
    Figure,
    Indicator,
    Location,
    Measurement,
    Period,
    Relation,
    Report,
    Source,
    Target,
)
from vnplan.model.interval import Interval
from vnplan.text import (
    DocumentNumber,
    Printed,
    format_date,
    format_document_number,
    format_number,
    format_percent,
    format_printed,
    format_quantity,
    parse_date,
    parse_document_number,
    parse_number,
    parse_percent,
    parse_printed,
    parse_quantity,
)

# The model shows itself through the display layer, which sits above it: name, once, the
# display function behind each hook (imported on first use; see vnplan._hooks).
for _name, _target in {
    "indicator_html": "vnplan.display.html:indicator_html",
    "figure_html": "vnplan.display.html:figure_html",
    "report_html": "vnplan.display.html:report_html",
    "findings_html": "vnplan.display.html:findings_html",
    "scorecard_html": "vnplan.display.html:scorecard_html",
    "report_frame": "vnplan.display.frames:report_frame",
    "scorecard_frame": "vnplan.display.frames:scorecard_frame",
    "findings_frame": "vnplan.display.frames:findings_frame",
}.items():
    _hooks.register(_name, _target)
del _name, _target
# vnplan.units reads a printed exchange rate ("23.500 đồng/USD") with the text layer,
# which sits above it (see vnplan.units.convert_currency).
_hooks.register("parse_quantity", "vnplan.text.quantities:parse_quantity")

__all__ = [
    "PANEL_COLUMNS",
    "Attainment",
    "AuditResult",
    "Basis",
    "Bound",
    "Cited",
    "Claim",
    "ClaimKind",
    "Collection",
    "CollectionAudit",
    "Comparison",
    "DatasetInfo",
    "Derived",
    "Direction",
    "DocumentNumber",
    "Draft",
    "Figure",
    "Finding",
    "GrowthResult",
    "Indicator",
    "Interval",
    "LoadFailure",
    "Location",
    "Measure",
    "Measurement",
    "Observation",
    "Period",
    "Printed",
    "Recomputed",
    "Relation",
    "RelationKind",
    "Report",
    "ReportAudit",
    "ReportKind",
    "Role",
    "SchemaProblem",
    "Scorecard",
    "ScorecardRow",
    "Severity",
    "Source",
    "Stated",
    "Status",
    "Target",
    "VnplanError",
    "__version__",
    "attainment",
    "audit",
    "change",
    "datasets",
    "draft",
    "factor",
    "format_date",
    "format_document_number",
    "format_number",
    "format_percent",
    "format_printed",
    "format_quantity",
    "growth",
    "implied_reference",
    "implied_target",
    "load",
    "load_many",
    "parse_date",
    "parse_document_number",
    "parse_number",
    "parse_percent",
    "parse_printed",
    "parse_quantity",
    "pp_change",
    "scorecard",
    "share",
    "stated_attainment",
    "validate",
]
