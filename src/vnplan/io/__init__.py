"""Reading and writing reports: report folders, JSON, CSV, Frictionless data packages.

The exports are public here (``vnplan.io.to_json``); the readers are re-exported by
:mod:`vnplan`.
"""

from vnplan.io.export import (
    FIGURE_COLUMNS,
    report_from_dict,
    report_to_dict,
    to_csv,
    to_json,
    write_datapackage,
)

__all__ = [
    "FIGURE_COLUMNS",
    "report_from_dict",
    "report_to_dict",
    "to_csv",
    "to_json",
    "write_datapackage",
]
