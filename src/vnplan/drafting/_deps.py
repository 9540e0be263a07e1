"""Every name the draft takes from vnplan's other layers, imported in this one place.

The layers below are being reorganised; when a name moves, only this module changes.
"""

from __future__ import annotations

from vnplan._enums import Basis, Bound, ClaimKind, Direction, Measure, RelationKind, Role, Status
from vnplan.exceptions import DataError, ParseError, UnitError, VnplanError
from vnplan.io import load
from vnplan.model import SECTORS, Indicator, Report
from vnplan.text import Printed, parse_date, parse_document_number, parse_printed
from vnplan.units import is_count_dimension, registry, same_dimension, unit_info

__all__ = [
    "SECTORS",
    "Basis",
    "Bound",
    "ClaimKind",
    "DataError",
    "Direction",
    "Indicator",
    "Measure",
    "ParseError",
    "Printed",
    "RelationKind",
    "Report",
    "Role",
    "Status",
    "UnitError",
    "VnplanError",
    "is_count_dimension",
    "load",
    "parse_date",
    "parse_document_number",
    "parse_printed",
    "registry",
    "same_dimension",
    "unit_info",
]
