"""The Điện Biên 2023 results: a compilation of public pages, each figure with its source."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import vnplan

FOLDER = Path(vnplan.__file__).resolve().parent / "data" / "dien_bien_2023"
SOURCE = re.compile(r"Nguồn: https?://\S+ \(.+, .+\)")


@pytest.fixture(scope="module")
def report() -> vnplan.Report:
    return vnplan.load(FOLDER)


def _items(report: vnplan.Report) -> list[object]:
    return [*report.measurements, *report.targets, *report.claims, *report.relations]


def test_it_loads_audits_and_exports(report: vnplan.Report) -> None:
    assert report.year == 2023
    assert len(report.measurements) + len(report.targets) >= 35
    assert vnplan.audit(report) is not None
    from vnplan.io.export import report_to_dict  # noqa: PLC0415

    assert report_to_dict(report)["figures"]


def test_every_figure_claim_and_relation_names_its_source(report: vnplan.Report) -> None:
    missing = [item.id for item in _items(report) if not SOURCE.search(item.note or "")]  # type: ignore[attr-defined]
    assert missing == []


def test_no_machine_translated_number_is_bundled(report: vnplan.Report) -> None:
    # English and Japanese pages print '.' decimals ("7.1%"); only Vietnamese print is kept.
    english = re.compile(r"\d\.\d{1,2}(?!\d)")
    printed = [f.printed for f in (*report.measurements, *report.targets)]
    assert [p for p in printed if english.search(p)] == []


def test_it_uses_the_2022_report_ids_for_the_same_statistics(report: vnplan.Report) -> None:
    earlier = vnplan.load("dien-bien-2022")
    for indicator in report.indicators:
        if indicator.id in {i.id for i in earlier.indicators}:
            assert earlier.indicator(indicator.id) == indicator


def test_sources_that_disagree_are_both_kept(report: vnplan.Report) -> None:
    per_head = sorted(f.printed for f in report.figures(indicator="grdp-per-capita"))
    assert per_head == ["42,98 triệu đồng/người/năm", "48,6"]
    poverty = sorted(f.printed for f in report.figures(indicator="poverty-rate"))
    assert poverty == ["25,6%", "26,03%"]
