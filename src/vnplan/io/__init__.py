"""Reading and writing reports: report folders, JSON, CSV and Frictionless data packages.

The public home of vnplan's exports and readers::

    >>> import vnplan
    >>> from vnplan.io import report_from_dict, report_to_dict, to_csv
    >>> report = vnplan.load("dien-bien-2022")
    >>> report_from_dict(report_to_dict(report)) == report
    True
    >>> to_csv(report).splitlines()[0].split(",")[:4]
    ['id', 'indicator', 'period', 'as_of']

- :func:`to_json`, :func:`report_to_dict`: the report as JSON (the form
  :doc:`/howto-export` describes), and :func:`report_from_dict` to read it back;
- :func:`to_csv`, :func:`write_datapackage`: tables as CSV, and a Frictionless data
  package;
- :func:`load_folder`: a report from its folder of TOML files (``vnplan.load`` calls it),
  within the limits :data:`MAX_FILE_BYTES` per file and :data:`MAX_RECORDS` per report;
- :func:`validate`: every problem of a report's schema, with :class:`SchemaProblem`.

Report folders and the JSON form are read by one reader, so that both check the same
rules and word a problem alike.
"""

from __future__ import annotations

from vnplan.io.datasets import DatasetInfo, datasets, load
from vnplan.io.export import (
    FIGURE_COLUMNS,
    report_from_dict,
    report_to_dict,
    to_csv,
    to_json,
    write_datapackage,
)
from vnplan.io.folder import load_folder
from vnplan.io.folder_files import MAX_FILE_BYTES, MAX_RECORDS
from vnplan.io.validate import SchemaProblem, validate

__all__ = [
    "FIGURE_COLUMNS",
    "MAX_FILE_BYTES",
    "MAX_RECORDS",
    "DatasetInfo",
    "SchemaProblem",
    "datasets",
    "load",
    "load_folder",
    "report_from_dict",
    "report_to_dict",
    "to_csv",
    "to_json",
    "validate",
    "write_datapackage",
]
