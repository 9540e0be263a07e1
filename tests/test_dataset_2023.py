"""The Điện Biên 2023 results: a compilation of public pages, each figure with its source."""

from __future__ import annotations

import re

import pytest

import vnplan
from vnplan.io import report_from_dict, report_to_dict, to_csv


@pytest.fixture(scope="module")
def report() -> vnplan.Report:
    return vnplan.load("dien-bien-2023")


def _items(
    report: vnplan.Report,
) -> list[vnplan.Measurement | vnplan.Target | vnplan.Claim | vnplan.Relation]:
    return [*report.measurements, *report.targets, *report.claims, *report.relations]


def test_it_is_bundled_as_a_compilation_without_number_or_plan(report: vnplan.Report) -> None:
    info = {d.name: d for d in vnplan.datasets()}["dien-bien-2023"]
    assert (info.kind, info.number, info.plan_year) == (vnplan.ReportKind.COMPILATION, None, None)
    assert (report.kind, report.number, report.plan_year) == (info.kind, None, None)
    assert report.year == 2023


def test_it_loads_validates_audits_and_exports(report: vnplan.Report) -> None:
    assert len(report.measurements) + len(report.targets) >= 35
    assert vnplan.validate(report) == []
    assert isinstance(vnplan.audit(report), vnplan.AuditResult)
    data = report_to_dict(report)
    assert data["report"]["kind"] == "compilation"
    assert data["report"]["number"] is None
    assert report_from_dict(data) == report


def test_every_figure_claim_and_relation_names_its_source(report: vnplan.Report) -> None:
    missing = [item.id for item in _items(report) if item.source is None]
    assert missing == []
    urls = {item.source.url for item in _items(report) if item.source is not None}
    assert len(urls) == 11
    assert all(url.startswith("https://") for url in urls)


def test_no_note_carries_a_source_any_more(report: vnplan.Report) -> None:
    assert [item.id for item in _items(report) if "Nguồn:" in (item.note or "")] == []


def test_the_export_writes_each_source_as_an_object(report: vnplan.Report) -> None:
    figure = next(f for f in report_to_dict(report)["figures"] if f["id"] == "grdp-2023")
    assert figure["source"] == {
        "url": report["grdp-2023"].source.url,  # type: ignore[union-attr]
        "title": "TÌNH HÌNH KINH TẾ - XÃ HỘI TỈNH ĐIỆN BIÊN THÁNG 12 VÀ NĂM 2023",
        "publisher": "Cục Thống kê tỉnh Điện Biên",
        "published": "2023-12-29",
        "note": None,
    }
    header = to_csv(report).splitlines()[0].split(",")
    assert header[-3:] == ["source_url", "source_title", "source_published"]


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
