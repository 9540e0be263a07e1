"""Exports: the JSON contract, CSV tables, and a Frictionless data package that validates."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

import vnplan
from vnplan.io import FIGURE_COLUMNS, report_to_dict, to_csv, to_json, write_datapackage

MINI = Path(__file__).parent / "data" / "mini"


@pytest.fixture(scope="module")
def report() -> vnplan.Report:
    return vnplan.load(MINI)


def test_json_values_are_plain_decimal_strings_with_printed_digits(report: vnplan.Report) -> None:
    data = json.loads(to_json(report))
    values = {f["id"]: f["value"] for f in data["figures"]}
    assert values["grain-output-2022"] == "282647.81"
    assert values["poverty-rate-2023-target"] == "26.57"
    assert all(isinstance(v, str) and "," not in v and "E" not in v for v in values.values())


def test_json_has_every_contract_field(report: vnplan.Report) -> None:
    data = report_to_dict(report)
    assert data["report"]["date"] == "2022-12-02"
    for indicator in data["indicators"]:
        assert {"id", "name_vi", "name_en", "unit", "direction"} <= set(indicator)
    for figure in data["figures"]:
        assert {
            "id",
            "indicator",
            "period",
            "role",
            "status",
            "value",
            "unit",
            "printed",
            "location",
        } <= set(figure)
    for claim in data["claims"]:
        assert {
            "id",
            "subject",
            "kind",
            "value",
            "unit",
            "printed",
            "location",
            "reference",
            "basis",
            "against",
        } <= set(claim)


def test_json_keeps_vietnamese_text_unescaped(report: vnplan.Report) -> None:
    assert "Tổng sản lượng lương thực" in to_json(report)


def test_csv_figures_table_has_the_documented_columns(report: vnplan.Report) -> None:
    rows = list(csv.DictReader(io.StringIO(to_csv(report))))
    assert tuple(rows[0]) == FIGURE_COLUMNS
    assert len(rows) == len(report.measurements) + len(report.targets)


def test_csv_of_an_unknown_table_is_refused(report: vnplan.Report) -> None:
    with pytest.raises(ValueError, match="'table' must be one of"):
        to_csv(report, "things")


def test_datapackage_is_valid_for_frictionless(report: vnplan.Report, tmp_path: Path) -> None:
    frictionless = pytest.importorskip("frictionless")
    path = write_datapackage(report, tmp_path / "package")
    result = frictionless.validate(str(path))
    assert result.valid, result.flatten(["rowNumber", "fieldName", "type", "note"])


def test_bundled_report_datapackage_is_valid(tmp_path: Path) -> None:
    frictionless = pytest.importorskip("frictionless")
    path = write_datapackage(vnplan.load("dien-bien-2022"), tmp_path / "package")
    result = frictionless.validate(str(path))
    assert result.valid, result.flatten(["rowNumber", "fieldName", "type", "note"])
