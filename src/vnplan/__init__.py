"""vnplan: Vietnamese provincial socio-economic plan reports, typed, unit-aware and checkable.

This module is the public façade: it only re-exports names from vnplan's private modules.
Heavy dependencies (pint, hypothesis, pandas, matplotlib) load on first use, never on
``import vnplan``.
"""

from __future__ import annotations

from vnplan._enums import (
    Basis,
    Bound,
    ClaimKind,
    Direction,
    Measure,
    RelationKind,
    Role,
    Severity,
    Status,
)
from vnplan._version import __version__
from vnplan.exceptions import VnplanError

__all__ = [
    "Basis",
    "Bound",
    "ClaimKind",
    "Direction",
    "Measure",
    "RelationKind",
    "Role",
    "Severity",
    "Status",
    "VnplanError",
    "__version__",
]
