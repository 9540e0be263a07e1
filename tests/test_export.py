"""Exports: the JSON contract, CSV tables, and a Frictionless data package that validates."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import pytest

import vnplan
from vnplan.exceptions import DataError
from vnplan.io import (
    FIGURE_COLUMNS,
    report_from_dict,
    report_to_dict,
    to_csv,
    to_json,
    write_datapackage,
)

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


# -- reading the JSON form back ------------------------------------------------------------


def test_the_json_form_reads_back_equal(report: vnplan.Report) -> None:
    assert report_from_dict(json.loads(to_json(report))) == report


def test_every_problem_of_the_json_form_is_listed_with_its_path(report: vnplan.Report) -> None:
    data = report_to_dict(report)
    data["figures"][0]["period"] = "2022-13"
    data["figures"][1]["role"] = "actuel"
    data["claims"][0]["subject"] = "grain-output-2021"
    del data["relations"][0]["kind"]
    with pytest.raises(DataError) as caught:
        report_from_dict(data)
    assert [(p.file, p.line) for p in caught.value.problems] == [
        ("figures[0].period", None),
        ("figures[1].role", None),
        ("claims[0].subject", None),
        ("relations[0].kind", None),
    ]
    assert "did you mean 'grain-output-2022', " in caught.value.problems[2].message


def test_the_json_form_and_a_report_folder_word_a_problem_alike(tmp_path: Path) -> None:
    """One reader reads both: the same bad value gets the same words."""
    folder = tmp_path / "mini"
    shutil.copytree(MINI, folder)
    path = folder / "10-economy.toml"
    path.write_text(path.read_text(encoding="utf-8").replace("paragraph = 2", "paragraph = 0"))
    with pytest.raises(DataError) as from_folder:
        vnplan.load(folder)
    data = report_to_dict(vnplan.load(MINI))
    data["figures"][1]["paragraph"] = 0
    with pytest.raises(DataError) as from_json:
        report_from_dict(data)
    (folder_problem,) = from_folder.value.problems
    (json_problem,) = from_json.value.problems
    said = "'paragraph' must be a positive whole number (got 0)"
    assert folder_problem.message == f"figure 'rice-output-2022': {said}"
    assert json_problem.message == f"rice-output-2022: {said}"


def test_a_claim_about_itself_is_a_problem(tmp_path: Path) -> None:
    folder = tmp_path / "mini"
    shutil.copytree(MINI, folder)
    path = folder / "10-economy.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace(
            'subject = "grain-output-2022"\nverb = "tăng"',
            'subject = "grain-output-2022-growth"\nverb = "tăng"',
        ),
        encoding="utf-8",
    )
    with pytest.raises(DataError) as caught:
        vnplan.load(folder)
    (problem,) = caught.value.problems
    assert problem.message.endswith(
        "'subject' must not lead back to this claim (got 'grain-output-2022-growth')"
    )


def test_a_non_object_is_no_report() -> None:
    with pytest.raises(DataError, match=r"a report must be a JSON object \(got list\)"):
        report_from_dict([])  # type: ignore[arg-type]


# --------------------------------------------------------------------------------------
# CSV injection (issue 14, item 20): docs/howto-export.md states the rule.
# --------------------------------------------------------------------------------------

# (Tab and carriage return are neutralised too, but the model refuses text that starts
# with a space of any kind, so no report can hold such a cell.)
FORMULAS = ['=HYPERLINK("http://x")', "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)"]


def _with(report: vnplan.Report, **changes: object) -> vnplan.Report:
    """The report with its first figure's and first claim's fields changed."""
    data = report_to_dict(report)
    data["figures"][0] |= changes
    data["claims"][0] |= {"value": "-1.99", "printed": "-1,99%", "note": changes.get("note")}
    return report_from_dict(data)


def _csv_rows(report: vnplan.Report, table: str = "figures") -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(to_csv(report, table))))


@pytest.mark.parametrize("formula", FORMULAS)
def test_a_text_cell_a_spreadsheet_would_run_gets_a_single_quote(
    report: vnplan.Report, formula: str
) -> None:
    rows = _csv_rows(_with(report, note=formula))
    assert rows[0]["note"] == "'" + formula
    assert _csv_rows(_with(report, note=formula), "claims")[0]["note"] == "'" + formula


def test_a_negative_number_in_a_numeric_column_is_data_and_left_alone(
    report: vnplan.Report,
) -> None:
    row = _csv_rows(_with(report), "claims")[0]
    assert row["value"] == "-1.99"  # a number: a spreadsheet reads it as one
    assert row["printed"] == "'-1,99%"  # text that starts with '-': neutralised


def test_an_indicator_name_that_looks_like_a_formula_is_neutralised(
    report: vnplan.Report,
) -> None:
    data = report_to_dict(report)
    data["indicators"][0]["name_en"] = "=1+1"
    rows = _csv_rows(report_from_dict(data), "indicators")
    assert rows[0]["name_en"] == "'=1+1"


def test_harmless_cells_are_written_as_they_are(report: vnplan.Report) -> None:
    rows = _csv_rows(_with(report, note="a note - with a dash = and @"))
    assert rows[0]["note"] == "a note - with a dash = and @"
    assert rows[0]["printed"] == "282.647,81 tấn"


def test_the_data_package_csv_is_neutralised_too(report: vnplan.Report, tmp_path: Path) -> None:
    write_datapackage(_with(report, note="=1+1"), tmp_path)
    with (tmp_path / "figures.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert rows[0]["note"] == "'=1+1"


def test_the_json_export_is_never_altered(report: vnplan.Report) -> None:
    data = json.loads(to_json(_with(report, note="=1+1")))
    assert data["figures"][0]["note"] == "=1+1"
    assert data["claims"][0]["value"] == "-1.99"
