"""The plan cycle: kinds of source, sources of figures, a year's scorecard, audit across reports."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

import builders
import vnplan
from vnplan.cli import main
from vnplan.exceptions import DataError, ValidationError
from vnplan.io import report_from_dict, report_to_dict

MINI = Path(__file__).parent / "data" / "mini"
STATISTICS = "https://thongkedienbien.gov.vn/bao-cao-tinh-hinh-kinh-te-xa-hoi-nam/tinh-hinh-kinh-te-xa-hoi-tinh-dien-bien-thang-12-va-nam-2023-470.html"


@pytest.fixture(scope="module")
def pair() -> vnplan.Collection:
    return vnplan.load_many(["dien-bien-2022", "dien-bien-2023"], strict=True)


@pytest.fixture(scope="module")
def card(pair: vnplan.Collection) -> vnplan.Scorecard:
    return pair.scorecard(2023)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    target = tmp_path / "mini"
    shutil.copytree(MINI, target)
    return target


def _edit(folder: Path, old: str, new: str, file: str = "10-economy.toml") -> None:
    path = folder / file
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _problems(folder: Path) -> list[str]:
    with pytest.raises(DataError) as caught:
        vnplan.load(folder)
    return [str(p) for p in caught.value.problems]


def _measurement(
    id: str = "grain-output-2022",  # noqa: A002 (the model's field)
    printed: str = "100 tấn",
    period: str = "2022",
    indicator: vnplan.Indicator = builders.GRAIN,
) -> vnplan.Measurement:
    number = vnplan.parse_printed(printed)
    return vnplan.Measurement(
        id=id,
        indicator=indicator,
        period=vnplan.Period.parse(period),
        value=number.value,
        unit=number.unit,
        printed=number.text,
        role=vnplan.Role.ACTUAL,
        location=builders.HERE,
    )


def _target(
    id: str,  # noqa: A002 (the model's field)
    printed: str,
    indicator: vnplan.Indicator = builders.GRAIN,
    period: str = "2023",
) -> vnplan.Target:
    number = vnplan.parse_printed(printed)
    return vnplan.Target(
        id=id,
        indicator=indicator,
        period=vnplan.Period.parse(period),
        value=number.value,
        unit=number.unit,
        printed=number.text,
        basis=vnplan.Basis.PLAN,
        bound=number.bound,
        location=builders.HERE,
    )


def _claim(
    id: str,  # noqa: A002 (the model's field)
    subject: vnplan.Measurement,
    kind: vnplan.ClaimKind,
    printed: str,
    **more: Any,
) -> vnplan.Claim:
    number = vnplan.parse_printed(printed)
    return vnplan.Claim(
        id=id,
        kind=kind,
        subject=subject.id,
        indicator=subject.indicator,
        period=subject.period,
        value=number.value,
        unit=number.unit,
        printed=number.text,
        location=builders.HERE,
        **more,
    )


def _rows(card: vnplan.Scorecard, indicator: str) -> list[vnplan.ScorecardRow]:
    return [row for row in card if row.indicator.id == indicator and row.met is not None]


# -- kinds of source and the number ------------------------------------------------------


def test_a_report_without_kind_is_an_administrative_report_with_a_number() -> None:
    report = builders.report(_measurement())
    assert report.kind is vnplan.ReportKind.ADMINISTRATIVE_REPORT
    assert report.label == "Số 1/BC-UBND"


def test_an_administrative_report_or_resolution_without_a_number_is_refused() -> None:
    for kind in (vnplan.ReportKind.ADMINISTRATIVE_REPORT, vnplan.ReportKind.COUNCIL_RESOLUTION):
        with pytest.raises(ValidationError, match="'number'"):
            builders.report(_measurement(), kind=kind, number=None)


def test_a_compilation_or_press_report_with_a_number_is_refused() -> None:
    for kind in (vnplan.ReportKind.COMPILATION, vnplan.ReportKind.PRESS_REPORT):
        with pytest.raises(ValidationError, match="no number"):
            builders.report(_measurement(), kind=kind)


def test_a_statistics_release_may_have_a_number_or_none() -> None:
    kind = vnplan.ReportKind.STATISTICS_RELEASE
    assert builders.report(_measurement(), kind=kind).number == "1/BC-UBND"
    unnumbered = builders.report(_measurement(), kind=kind, number=None, plan_year=None)
    assert (unnumbered.number, unnumbered.plan_year) == (None, None)
    assert unnumbered.label == "statistics-release Thử 2022"


def test_a_folder_of_a_compilation_loads_without_number_and_plan_year(folder: Path) -> None:
    _edit(folder, 'number = "1/BC-UBND"\n', 'kind = "compilation"\n', "report.toml")
    _edit(folder, "plan_year = 2023\n", "", "report.toml")
    report = vnplan.load(folder)
    assert (report.kind, report.number, report.plan_year) == (
        vnplan.ReportKind.COMPILATION,
        None,
        None,
    )


def test_a_folder_says_which_kinds_need_or_refuse_a_number(folder: Path) -> None:
    _edit(folder, 'number = "1/BC-UBND"\n', "", "report.toml")
    assert any(
        "'number' is required for kind 'administrative-report'" in p for p in _problems(folder)
    )
    _edit(folder, "[report]\n", '[report]\nkind = "press-report"\nnumber = "2/BC"\n', "report.toml")
    assert any("'number' must be left out for kind 'press-report'" in p for p in _problems(folder))


def test_an_unknown_kind_is_named_with_the_kinds_allowed(folder: Path) -> None:
    _edit(folder, "[report]\n", '[report]\nkind = "newspaper"\n', "report.toml")
    problems = _problems(folder)
    assert any("'kind' must be one of" in p and "'compilation'" in p for p in problems)


# -- sources -------------------------------------------------------------------------------


def test_a_source_needs_an_http_address() -> None:
    with pytest.raises(ValidationError, match="'url'"):
        vnplan.Source(url="thongkedienbien.gov.vn/470")
    with pytest.raises(ValidationError, match="'published'"):
        vnplan.Source(url="https://a.vn/1", published="29/12/2023")  # type: ignore[arg-type]


_FIGURE = 'id = "grain-output-2022"\n'


def test_a_figure_takes_an_inline_source_table(folder: Path) -> None:
    source = 'source = { url = "https://a.vn/1", title = "Trang", published = 2023-12-29 }\n'
    _edit(folder, _FIGURE, _FIGURE + source)
    figure = vnplan.load(folder)["grain-output-2022"]
    assert isinstance(figure, vnplan.Measurement)
    assert figure.source == vnplan.Source(
        url="https://a.vn/1", title="Trang", published=dt.date(2023, 12, 29)
    )


def test_a_figure_names_a_source_of_the_report_by_its_key(folder: Path) -> None:
    with (folder / "report.toml").open("a", encoding="utf-8") as file:
        file.write('\n[report.sources.tk]\nurl = "https://a.vn/2"\npublisher = "Cục Thống kê"\n')
    _edit(folder, _FIGURE, _FIGURE + 'source = "tk"\n')
    figure = vnplan.load(folder)["grain-output-2022"]
    assert isinstance(figure, vnplan.Measurement)
    assert figure.source == vnplan.Source(url="https://a.vn/2", publisher="Cục Thống kê")


@pytest.mark.parametrize(
    ("source", "said"),
    [
        ('source = "tkk"', "'source' names no source of the report ('tkk')"),
        ('source = { title = "Trang" }', "'source' must have a 'url'"),
        ('source = { url = "https://a.vn", page = 3 }', "unknown field 'page' in 'source'"),
        ('source = { url = "ftp://a.vn" }', "an http or https address"),
        ("source = 3", "'source' must be a table with a 'url', or a source's key (got 3)"),
    ],
)
def test_a_bad_source_is_named_with_its_file_and_line(folder: Path, source: str, said: str) -> None:
    _edit(folder, _FIGURE, _FIGURE + source + "\n")
    problems = _problems(folder)
    assert any(p.startswith("10-economy.toml:") and said in p for p in problems), problems


def test_sources_round_trip_through_json_and_come_back_equal() -> None:
    report = vnplan.load("dien-bien-2023")
    data = report_to_dict(report)
    claim = next(c for c in data["claims"] if c["id"] == "grdp-2023-growth")
    assert claim["source"]["url"] == STATISTICS
    assert report_from_dict(json.loads(json.dumps(data))) == report


def test_a_bad_published_date_in_json_is_said_with_its_path() -> None:
    data = report_to_dict(vnplan.load("dien-bien-2023"))
    data["figures"][0]["source"]["published"] = "29/12/2023"
    problems = vnplan.validate(data)
    assert any(p.path.startswith("figures[0]") and "'published'" in p.message for p in problems)


# -- growth, one way -------------------------------------------------------------------------


def test_growth_of_is_only_for_a_rate_and_names_another_indicator() -> None:
    with pytest.raises(ValidationError, match="growth_of"):
        builders.indicator(growth_of="grdp")  # a level
    with pytest.raises(ValidationError, match="another indicator"):
        builders.indicator(
            id="grdp-growth", unit="%", measure=vnplan.Measure.RATE, growth_of="grdp-growth"
        )


def test_growth_of_must_name_an_indicator_of_the_report() -> None:
    rate = builders.indicator(
        id="grain-growth", unit="%", measure=vnplan.Measure.RATE, growth_of="grain"
    )
    with pytest.raises(ValidationError, match="growth_of"):
        builders.report(_target("grain-growth-2023-target", "2%", rate))


def test_both_bundled_reports_say_grdp_growth_is_the_growth_of_grdp(
    pair: vnplan.Collection,
) -> None:
    assert [r.indicator("grdp-growth").growth_of for r in pair] == ["grdp", "grdp"]


def _growth_reports(current: str, previous: str) -> tuple[vnplan.Report, vnplan.Report]:
    """A plan of grain growth over 5% for 2023, and a later release printing two levels."""
    rate = builders.indicator(
        id="grain-output-growth", unit="%", measure=vnplan.Measure.RATE, growth_of="grain-output"
    )
    plan = builders.report(_measurement(), _target("grain-growth-2023-target", "trên 5%", rate))
    later = builders.report(
        _measurement("grain-output-2023", f"{current} tấn", "2023"),
        _measurement("grain-output-2022", f"{previous} tấn", "2022"),
        kind=vnplan.ReportKind.STATISTICS_RELEASE,
        number=None,
        year=2023,
        plan_year=None,
        date=dt.date(2023, 12, 29),
    )
    return plan, later


def test_a_growth_target_is_judged_on_the_growth_recomputed_from_two_levels() -> None:
    plan, later = _growth_reports("106", "100")
    card = vnplan.Collection(reports=[plan, later]).scorecard(2023)
    row = next(
        r for r in card if r.target is not None and r.target.id == "grain-growth-2023-target"
    )
    assert row.growth is not None
    assert row.growth.source == "computed"
    assert row.growth.interval is not None
    assert Decimal(6) in row.growth.interval
    assert (row.met, row.target_report, row.result_report) == (True, plan, later)
    assert row.attainment == vnplan.attainment(row.growth.derived, row.target)


def test_a_growth_short_of_the_target_is_not_met() -> None:
    plan, later = _growth_reports("103", "100")
    card = vnplan.Collection(reports=[plan, later]).scorecard(2023)
    row = next(r for r in card if r.growth is not None)
    assert row.met is False
    assert row.result_printed == "3% (computed)"


# -- the 2023 scorecard across reports --------------------------------------------------------


def test_grdp_growth_is_not_met_on_every_source_that_gives_it(card: vnplan.Scorecard) -> None:
    rows = _rows(card, "grdp-growth")
    assert {row.met for row in rows} == {False}
    assert {row.target.printed for row in rows if row.target} == {"trên 10,0%"}
    sources = {row.result_source.url for row in rows if row.result_source}
    assert STATISTICS in sources
    assert len(sources) == 4
    stated = next(row for row in rows if row.growth is not None)
    assert stated.result_printed == "tăng 7,1%"
    assert stated.growth.interval == vnplan.Interval(low=Decimal("7.05"), high=Decimal("7.15"))  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "indicator", ["grain-output", "poverty-rate", "forest-cover-rate", "tourist-arrivals"]
)
def test_the_other_headline_targets_are_met(card: vnplan.Scorecard, indicator: str) -> None:
    rows = [row for row in _rows(card, indicator) if row.basis is vnplan.Basis.PLAN]
    assert rows
    assert all(row.met for row in rows)
    assert all(row.target_report is not row.result_report for row in rows)
    assert all(row.result_source is not None for row in rows)


def test_each_pair_across_reports_is_judged_by_the_kernel(card: vnplan.Scorecard) -> None:
    across = [
        r
        for r in card
        if r.result is not None and r.target is not None and r.target_report is not r.result_report
    ]
    assert across
    for row in across:
        assert row.target is not None
        assert row.result is not None
        assert row.attainment == vnplan.attainment(row.result, row.target)


def test_where_two_sources_disagree_each_is_a_row(card: vnplan.Scorecard) -> None:
    assert sorted(r.result_printed or "" for r in _rows(card, "poverty-rate")) == [
        "25,6%",
        "26,03%",
    ]


def test_a_date_in_january_belongs_to_the_year_before(card: vnplan.Scorecard) -> None:
    assert not [r for r in card if r.as_of is not None and r.as_of.month == 1]


def test_without_a_year_the_collection_scorecard_is_each_reports(pair: vnplan.Collection) -> None:
    counts = [vnplan.scorecard(report).counts() for report in pair]
    total = {key: sum(c[key] for c in counts) for key in counts[0]}
    assert pair.scorecard().counts() == total


def test_the_scorecard_of_a_year_shows_as_html_and_a_frame(card: vnplan.Scorecard) -> None:
    html = card._repr_html_()
    assert f'href="{STATISTICS}"' in html
    assert "Số 350/BC-UBND" in html
    frame = card.to_pandas()
    growth = frame[frame["indicator"] == "grdp-growth"]
    assert set(growth["result_report"]) == {"compilation Điện Biên 2023"}
    assert STATISTICS in set(growth["result_source"])


def test_the_attainment_chart_draws_a_collections_year(pair: vnplan.Collection) -> None:
    pytest.importorskip("matplotlib")
    from vnplan.plot import attainment_chart  # noqa: PLC0415

    figure = attainment_chart(pair, year=2023, lang="en")
    labels = [t.get_text() for t in figure.axes[0].get_yticklabels()]
    assert any("Cục Thống kê tỉnh Điện Biên" in label for label in labels)
    with pytest.raises(ValidationError, match="year"):
        attainment_chart(pair)


# -- the audit across reports -----------------------------------------------------------------


def test_the_audit_across_finds_the_revised_2022_grdp_estimate(pair: vnplan.Collection) -> None:
    audited = pair.audit()
    assert audited.across is not None
    revision = next(f for f in audited.across if f.figures[0].id == "grdp-2022")
    assert (revision.check, revision.severity) == ("revisions", vnplan.Severity.INFO)
    assert revision.recomputed is not None
    assert revision.recomputed.interval.low > Decimal("13917.2")
    assert revision.recomputed.interval.high < Decimal("13930.4")
    reports = {cited.id: cited.report for cited in revision.figures}
    assert reports["grdp-2022"] == "Số 350/BC-UBND"
    assert reports["grdp-2023"] == "compilation Điện Biên 2023"
    assert audited.summary["total"] == sum(len(a.result) for a in audited) + len(audited.across)


def test_a_later_growth_that_the_earlier_estimate_allows_is_no_revision() -> None:
    now = _measurement("grain-output-2023", "106 tấn", "2023")
    growth = _claim(
        "grain-output-2023-growth", now, vnplan.ClaimKind.GROWTH, "6%", verb="tăng",
        reference=vnplan.Period.parse("2022"),
    )  # fmt: skip
    later = builders.report(now, growth, year=2023, plan_year=None, date=dt.date(2023, 12, 29))
    for earlier_value, found in (("100", 0), ("90", 1)):
        earlier = builders.report(_measurement(printed=f"{earlier_value} tấn"))
        result = vnplan.checks.audit_across([later, earlier])
        assert len([f for f in result if f.check == "revisions"]) == found


def test_an_attainment_of_an_earlier_plan_that_disagrees_is_found() -> None:
    earlier = builders.report(_target("grain-output-2023-target", "100 tấn"))
    outturn = _measurement("grain-output-2023", "120 tấn", "2023")
    for stated, found in (("120%", 0), ("150%", 1)):
        said = _claim(
            "grain-output-2023-attainment", outturn, vnplan.ClaimKind.ATTAINMENT, stated,
            verb="đạt", basis=vnplan.Basis.PLAN,
        )  # fmt: skip
        later = builders.report(
            outturn, said, year=2023, plan_year=2024, date=dt.date(2023, 12, 1), number="2/BC"
        )
        result = vnplan.checks.audit_across([later, earlier])
        assert [f.check for f in result] == ["plan-attainment"] * found
        assert all(c.report in {"Số 2/BC", "Số 1/BC-UBND"} for f in result for c in f.figures)


def test_a_finding_on_a_figure_read_by_interpretation_says_so() -> None:
    result = vnplan.audit(vnplan.load("dien-bien-2022"))
    on_it = [
        f
        for f in result
        if any(c.id == "tourism-revenue-2022-factor-highlights" for c in f.figures)
    ]
    assert on_it
    assert all("by interpretation" in f.message_en for f in on_it)
    cited = next(c for c in on_it[0].figures if c.id == "tourism-revenue-2022-factor-highlights")
    assert "interpretation" in cited.to_dict()["note"]


# -- the command line -------------------------------------------------------------------------


def test_the_cli_scorecard_of_a_year_names_targets_results_and_sources(capsys: Any) -> None:
    assert (
        main(["scorecard", "dien-bien-2022", "dien-bien-2023", "--year", "2023", "--lang", "en"])
        == 0
    )
    out = capsys.readouterr().out
    line = next(text for text in out.splitlines() if "Cục Thống kê" in text)
    assert "trên 10,0%" in line
    assert "tăng 7,1%" in line
    assert "not met" in line
    assert (
        main(
            ["scorecard", "dien-bien-2022", "dien-bien-2023", "--year", "2023", "--format", "json"]
        )
        == 0
    )
    rows = json.loads(capsys.readouterr().out)["rows"]
    assert {r["result_report"] for r in rows if r["indicator"] == "tourist-arrivals"} == {
        "compilation Điện Biên 2023"
    }
    assert (
        main(["scorecard", "dien-bien-2022", "dien-bien-2023", "--year", "2023", "--format", "csv"])
        == 0
    )
    assert "result_source" in capsys.readouterr().out.splitlines()[0]


def test_the_cli_audit_of_two_reports_checks_across_them(capsys: Any) -> None:
    assert main(["audit", "dien-bien-2022", "dien-bien-2023", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [r["name"] for r in data["reports"]] == ["dien-bien-2022", "dien-bien-2023"]
    assert any(f["figures"][0]["id"] == "grdp-2022" for f in data["across"]["findings"])
    assert main(["audit", "dien-bien-2022", "dien-bien-2023", "--lang", "en"]) == 0
    assert "== across the reports ==" in capsys.readouterr().out


def test_the_cli_names_the_report_it_cannot_load(capsys: Any) -> None:
    assert main(["scorecard", "dien-bien-2022", "dien-bien-2099", "--year", "2023"]) == 3
    assert "dien-bien-2099" in capsys.readouterr().err
