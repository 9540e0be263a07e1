"""The bundled Điện Biên dataset: complete, traceable, and exactly as printed."""

from __future__ import annotations

import re
from pathlib import Path

import attrs
import pytest

import vnplan
from vnplan import units

SOURCE = (
    Path(__file__).resolve().parents[2] / "shared" / "source" / "bc-350-ubnd-dien-bien-2022.txt"
)
SUPERSCRIPTS = str.maketrans("", "", "⁰¹⁴⁵⁶⁷⁸⁹")  # ² and ³ also stand in m², m³


@pytest.fixture(scope="module")
def report() -> vnplan.Report:
    return vnplan.load("dien-bien-2022")


def _figures(report: vnplan.Report) -> list[vnplan.Measurement | vnplan.Target]:
    return [*report.measurements, *report.targets]


def test_the_bundled_report_is_listed_and_loads(report: vnplan.Report) -> None:
    assert "dien-bien-2022" in [d.name for d in vnplan.datasets()]
    assert report.number == "350/BC-UBND"
    assert report.kind is vnplan.ReportKind.ADMINISTRATIVE_REPORT
    assert report.province == "Điện Biên"
    assert str(report.date) == "2022-12-02"


def test_the_dataset_is_the_whole_report_not_a_sample(report: vnplan.Report) -> None:
    assert len(_figures(report)) >= 450
    assert len(report.claims) >= 190
    assert len(report.relations) >= 50
    assert len(report.indicators) >= 350


def test_every_figure_value_formatted_back_gives_its_printed_text(report: vnplan.Report) -> None:
    for figure in _figures(report):
        printed = vnplan.parse_printed(figure.printed)
        rebuilt = attrs.evolve(printed, value=figure.value)
        assert vnplan.format_printed(rebuilt) == " ".join(figure.printed.split()), figure.id


def test_every_claim_value_formatted_back_gives_its_printed_text(report: vnplan.Report) -> None:
    for claim in report.claims:
        printed = vnplan.parse_printed(claim.printed)
        rebuilt = attrs.evolve(printed, value=claim.value, denominator=claim.denominator)
        assert vnplan.format_printed(rebuilt) == " ".join(claim.printed.split()), claim.id


def test_every_unit_in_the_dataset_parses(report: vnplan.Report) -> None:
    used = {i.unit for i in report.indicators} | {f.unit for f in _figures(report)}
    used |= {c.unit for c in report.claims}
    for unit in sorted(used):
        assert units.unit_info(unit).dimension, unit


def test_every_relation_and_claim_points_at_existing_items(report: vnplan.Report) -> None:
    for relation in report.relations:
        for ident in (*relation.parts, *([relation.total] if relation.total else [])):
            assert report.get(ident) is not None, (relation.id, ident)
    for claim in report.claims:
        for ident in (claim.subject, claim.against):
            assert ident is None or report.get(ident) is not None, (claim.id, ident)


def test_loading_twice_returns_the_same_report() -> None:
    """A bundled report is read once per process: later loads give the very same object."""
    assert vnplan.load("dien-bien-2022") is vnplan.load("dien-bien-2022")


def test_lower_is_better_indicators_are_marked(report: vnplan.Report) -> None:
    assert report.indicator("poverty-rate").direction is vnplan.Direction.LOWER


def test_the_sixteen_2023_targets_are_there(report: vnplan.Report) -> None:
    periods = {str(t.period) for t in report.targets}
    assert "2023" in periods
    assert len([t for t in report.targets if str(t.period) == "2023"]) >= 16


def test_headline_figures_are_exactly_as_printed(report: vnplan.Report) -> None:
    printed = {f.printed for f in _figures(report)}
    for text in (
        "13.963,91 tỷ đồng",
        "282.647,81 tấn",
        "8.428,99 triệu đồng",
        "810 nghìn lượt",
        "113,24 triệu USD",
        "311,38 triệu lượt HK.Km",
        "78,0 triệu USD",
    ):
        assert text in printed, text


@pytest.mark.skipif(not SOURCE.is_file(), reason="the report text lives in ../shared")
def test_every_printed_text_stands_in_the_report(report: vnplan.Report) -> None:
    source = " ".join(SOURCE.read_text(encoding="utf-8").translate(SUPERSCRIPTS).split())
    items = [*_figures(report), *report.claims]
    missing = [i.id for i in items if " ".join(i.printed.split()) not in source]
    assert not missing


def test_locations_name_a_section_of_the_report(report: vnplan.Report) -> None:
    for item in [*_figures(report), *report.claims, *report.relations]:
        assert re.match(r"^(I|II)( > [^>]+)*$", item.location.section), item.id
        assert (item.location.paragraph is None) != (item.location.footnote is None) or (
            item.location.paragraph is None and item.location.footnote is None
        ), item.id
