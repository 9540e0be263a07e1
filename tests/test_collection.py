"""Collections: many reports loaded together, queried, audited, exported; the 2025 merger."""

from __future__ import annotations

import importlib.util
import json
import pickle
import shutil
import sys
from pathlib import Path
from types import ModuleType

import attrs
import pytest

import vnplan
from vnplan import Collection, LoadFailure, load_many
from vnplan.exceptions import CollectionError, ValidationError
from vnplan.units import conversion_factor

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"


def _module(name: str) -> ModuleType:
    """Import a script of benchmarks/ (not a package) by its path."""
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, BENCHMARKS / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


corpus = _module("corpus")
naive = _module("naive")


@pytest.fixture(scope="module")
def corpus_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """63 small generated reports: one year of every synthetic province."""
    folder = tmp_path_factory.mktemp("corpus")
    corpus.build_corpus(folder, 63, seed=7, small=True, first_year=2021)
    return folder


@pytest.fixture(scope="module")
def collection(corpus_folder: Path) -> Collection:
    return load_many(corpus_folder)


@pytest.fixture(scope="module")
def two_years(tmp_path_factory: pytest.TempPathFactory) -> Collection:
    """Three provinces over two years, full size (the plan's targets are in a later file)."""
    folder = tmp_path_factory.mktemp("two-years")
    drawn = corpus.provinces(3)[:3]
    for year in (2021, 2022):
        for province in drawn:
            corpus.write_report(folder / f"{province.name}-{year}", province, year)
    return load_many(folder)


# -- the generator ------------------------------------------------------------------------


def test_the_corpus_is_the_same_for_the_same_seed(tmp_path: Path) -> None:
    first = corpus.build_corpus(tmp_path / "a", 2, seed=3, small=True)
    second = corpus.build_corpus(tmp_path / "b", 2, seed=3, small=True)
    other = corpus.build_corpus(tmp_path / "c", 2, seed=4, small=True)
    for a, b, c in zip(first, second, other, strict=True):
        text_a = (a / "10-economy-agriculture.toml").read_text(encoding="utf-8")
        assert text_a == (b / "10-economy-agriculture.toml").read_text(encoding="utf-8")
        assert text_a != (c / "10-economy-agriculture.toml").read_text(encoding="utf-8")


def test_generated_levels_grow_between_years_and_keep_their_printed_precision(
    two_years: Collection,
) -> None:
    series = {
        (o.province, o.report.year): o.figure
        for o in two_years.figures(indicator="grain-output", role="actual")
        if o.figure.period is not None
        and o.figure.period.is_year
        and o.figure.period.start.year == o.report.year
    }
    for province in two_years.provinces:
        before, after = series[(province, 2021)], series[(province, 2022)]
        assert after.value > before.value
        assert after.value.as_tuple().exponent == before.value.as_tuple().exponent
        assert vnplan.parse_printed(after.printed).value == after.value


# -- loading ------------------------------------------------------------------------------


def test_63_generated_reports_load_audit_and_export(collection: Collection) -> None:
    assert len(collection) == 63
    assert collection.failures == ()
    assert len(collection.provinces) == 63
    assert collection.years == (2021,)
    audit = collection.audit()
    assert len(audit) == 63
    assert audit.summary["total"] == sum(row["total"] for row in audit.rows())
    assert set(audit.reports[0].counts) == {"material", "rounding", "info"}
    assert "all 63 reports" in audit.format_text()
    frame = collection.to_pandas()
    assert list(frame.columns) == list(vnplan.PANEL_COLUMNS)
    assert not frame.duplicated(["province", "period", "indicator", "role"]).any()
    assert set(frame["province"]) == set(collection.provinces)
    assert "part" not in set(frame["role"])
    every = collection.to_pandas(all_figures=True)
    assert len(every) == sum(len(r.measurements) + len(r.targets) for r in collection)
    assert int(frame["n_printed"].sum()) == int((every["role"] != "part").sum())
    summary = audit.to_pandas()
    assert len(summary) == 63


def test_failures_are_reported_together_and_the_rest_still_load(
    corpus_folder: Path, tmp_path: Path
) -> None:
    good = sorted(corpus_folder.iterdir())[:3]
    broken_toml = tmp_path / "broken-toml"
    shutil.copytree(good[0], broken_toml)
    section = broken_toml / "10-economy-agriculture.toml"
    section.write_text(section.read_text(encoding="utf-8") + "\n[[figure]\n", encoding="utf-8")
    bad_figure = tmp_path / "bad-figure"
    shutil.copytree(good[1], bad_figure)
    section = bad_figure / "10-economy-agriculture.toml"
    text = section.read_text(encoding="utf-8").replace('role = "actual"', 'role = "outturn"', 2)
    section.write_text(text, encoding="utf-8")
    missing = tmp_path / "no-such-folder"
    sources = [*good, broken_toml, bad_figure, missing, "dien-bien-2022"]

    collection = load_many(sources)

    assert len(collection) == 4
    assert {f.source for f in collection.failures} == {
        str(broken_toml),
        str(bad_figure),
        str(missing),
    }
    by_source = {f.source: f for f in collection.failures}
    assert "not valid TOML" in by_source[str(broken_toml)].problems[0]
    figure_problems = by_source[str(bad_figure)].problems
    assert len(figure_problems) == 2
    assert all(p.startswith("10-economy-agriculture.toml:") for p in figure_problems)
    assert all("'outturn'" in p for p in figure_problems)
    assert "no-such-folder" in str(by_source[str(missing)])
    assert "3 failures" in repr(collection)

    with pytest.raises(CollectionError) as raised:
        load_many(sources, strict=True)
    assert len(raised.value.failures) == 3
    assert "3 report(s) could not be loaded" in str(raised.value)
    assert isinstance(raised.value, ValueError)


def test_a_report_given_twice_is_a_failure(corpus_folder: Path) -> None:
    one = min(corpus_folder.iterdir())
    collection = load_many([one, one])
    assert len(collection) == 1
    assert "the same report as" in collection.failures[0].problems[0]


def test_a_folder_without_reports_is_a_failure(tmp_path: Path) -> None:
    collection = load_many(tmp_path)
    assert len(collection) == 0
    assert "no report.toml" in collection.failures[0].problems[0]
    assert repr(collection) == "<Collection of 0 reports: 0 provinces, no years; 1 failures>"


# -- queries ------------------------------------------------------------------------------


def test_queries_by_province_year_indicator_sector_role_and_period(
    two_years: Collection,
) -> None:
    province = two_years.provinces[0]
    one = two_years.select(province=province)
    assert len(one) == 2
    assert {r.province for r in one} == {province}
    assert len(two_years.select(year=2022)) == 3
    assert len(two_years.select(year=range(2020, 2030))) == 6
    assert len(two_years.select(province=[province, two_years.provinces[1]], year=2021)) == 2

    grain = two_years.figures(indicator="grain-output")
    assert {o.indicator for o in grain} == {"grain-output"}
    assert len({o.province for o in grain}) == 3
    agriculture = two_years.figures(sector="agriculture", year=2022, province=province)
    assert agriculture
    assert all(o.figure.indicator.sector == "agriculture" for o in agriculture)
    assert all(o.report.year == 2022 for o in agriculture)
    actual = two_years.figures(role="actual", period="2022", indicator="grain-output")
    assert actual
    assert all(o.figure.role is vnplan.Role.ACTUAL for o in actual)
    assert all(str(o.figure.period) == "2022" for o in actual)
    assert "grain-output" in two_years.indicators
    assert "agriculture" in two_years.sectors
    report = two_years.reports[0]
    assert two_years.shared_id(report, "grain-output") == "grain-output"


def test_shared_id_finds_a_report_by_identity_or_equality_and_refuses_others(
    two_years: Collection, small_report: vnplan.Report
) -> None:
    second = two_years.reports[1]
    assert two_years.shared_id(second, "grain-output") == "grain-output"
    copy = attrs.evolve(second)  # equal, not the same object
    assert copy is not second
    assert two_years.shared_id(copy, "grain-output") == "grain-output"
    with pytest.raises(ValidationError, match="a report of the collection"):
        two_years.shared_id(small_report, "grain-output")


# -- the indicator map --------------------------------------------------------------------


def _renamed(source: Path, target: Path, old: str, new: str) -> Path:
    """Copy a report, giving indicator ``old`` the id ``new``."""
    shutil.copytree(source, target)
    section = target / "10-economy-agriculture.toml"
    text = section.read_text(encoding="utf-8")
    text = text.replace(f'id = "{old}"\n', f'id = "{new}"\n')
    text = text.replace(f'indicator = "{old}"\n', f'indicator = "{new}"\n')
    section.write_text(text, encoding="utf-8")
    return target


def test_the_indicator_map_matches_a_report_s_own_ids_and_names(
    corpus_folder: Path, tmp_path: Path
) -> None:
    first, second = sorted(corpus_folder.iterdir())[:2]
    renamed = _renamed(second, tmp_path / "renamed", "grain-output", "san-luong-luong-thuc")

    unmapped = load_many([first, renamed])
    assert len(unmapped.figures(indicator="grain-output", role="actual")) < len(
        load_many([first, second]).figures(indicator="grain-output", role="actual")
    )

    by_id = load_many([first, renamed], indicator_map={"san-luong-luong-thuc": "grain-output"})
    by_name = load_many(
        [first, renamed], indicator_map={"tổng sản lượng lương thực có hạt": "grain-output"}
    )
    map_file = tmp_path / "map.toml"
    map_file.write_text('[indicators]\n"san-luong-luong-thuc" = "grain-output"\n', encoding="utf-8")
    by_file = load_many([first, renamed], indicator_map=map_file)
    for mapped in (by_id, by_name, by_file):
        provinces = {o.province for o in mapped.figures(indicator="grain-output")}
        assert len(provinces) == 2
        assert mapped.shared_id(mapped.reports[1], "san-luong-luong-thuc") == "grain-output"
        frame = mapped.to_pandas()
        rows = frame[frame["indicator"] == "grain-output"]
        assert set(rows["report_indicator"]) == {"grain-output", "san-luong-luong-thuc"}


def test_two_indicators_of_one_report_on_one_shared_id_fail_that_report(
    corpus_folder: Path,
) -> None:
    first, second = sorted(corpus_folder.iterdir())[:2]
    collection = load_many([first, second], indicator_map={"maize-output": "grain-output"})
    assert len(collection) == 0
    assert len(collection.failures) == 2
    assert "both map to the shared id 'grain-output'" in collection.failures[0].problems[0]


def test_a_shared_id_in_units_of_another_dimension_fails_the_later_report(
    corpus_folder: Path, tmp_path: Path
) -> None:
    first, second = sorted(corpus_folder.iterdir())[:2]
    # The second report calls the share of agriculture (in %) by its own id, and the
    # map puts it on grdp, which the first report has in tỷ đồng.
    renamed = _renamed(second, tmp_path / "a", "grdp", "grdp-old")
    renamed = _renamed(renamed, tmp_path / "b", "grdp-share-agriculture", "ty-trong-nong-nghiep")
    collection = load_many([first, renamed], indicator_map={"ty-trong-nong-nghiep": "grdp"})
    assert [r.province for r in collection] == [first.name.split("-")[0].upper()]
    (failure,) = collection.failures
    assert failure.source == str(renamed)
    assert "'%', which does not convert to 'tỷ đồng'" in failure.problems[0]


def test_a_bad_map_is_a_validation_error(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="shared id"):
        load_many([], indicator_map={"x": "Not An Id"})
    with pytest.raises(ValidationError, match="indicators"):
        load_many([], indicator_map=tmp_path / "missing.toml")
    with pytest.raises(ValidationError, match="successors"):
        load_many([], successors={"A": ""})


# -- the 2025 merger ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def merged(tmp_path_factory: pytest.TempPathFactory) -> Collection:
    """A hand-written merger: Tỉnh Bắc and Tỉnh Nam report for 2024, then merge.

    For 2025 only the merged province reports, under the name of Tỉnh Bắc. The names are
    invented; vnplan ships no official map of the 2025 merger.
    """
    folder = tmp_path_factory.mktemp("merger")
    north = corpus.Province(name="Tỉnh Bắc", size=1.0, growth=0.05)
    south = corpus.Province(name="Tỉnh Nam", size=0.5, growth=0.07)
    corpus.write_report(folder / "bac-2024", north, 2024, small=True)
    corpus.write_report(folder / "nam-2024", south, 2024, small=True)
    corpus.write_report(
        folder / "bac-2025", corpus.Province("Tỉnh Bắc", 1.5, 0.06), 2025, small=True
    )
    successors = folder / "successors.toml"
    successors.write_text('[successors]\n"Tỉnh Nam" = "Tỉnh Bắc"\n', encoding="utf-8")
    return load_many(folder, successors=successors)


def test_each_report_keeps_its_province_as_issued(merged: Collection) -> None:
    assert merged.provinces == ("Tỉnh Bắc", "Tỉnh Nam")
    assert [r.province for r in merged] == ["Tỉnh Bắc", "Tỉnh Bắc", "Tỉnh Nam"]
    assert merged.current_provinces == ("Tỉnh Bắc",)
    assert merged.current_province("Tỉnh Nam") == "Tỉnh Bắc"
    assert merged.current_province("Tỉnh Bắc") == "Tỉnh Bắc"


def test_a_panel_spans_the_merger_by_current_province(merged: Collection) -> None:
    frame = merged.to_pandas()
    assert not frame.duplicated(["province", "period", "indicator", "role"]).any()
    grdp = frame[(frame["indicator"] == "grdp") & (frame["role"] == "actual")]
    assert set(grdp["province"]) == {"Tỉnh Bắc", "Tỉnh Nam"}
    assert set(grdp["current_province"]) == {"Tỉnh Bắc"}
    by_year = grdp[grdp["period"].isin(["2024", "2025"])].groupby(["current_province", "period"])
    assert by_year.size().to_dict() == {("Tỉnh Bắc", "2024"): 2, ("Tỉnh Bắc", "2025"): 1}
    assert len(merged.select(current_province="Tỉnh Bắc")) == 3
    assert len(merged.select(province="Tỉnh Bắc")) == 2
    nam = merged.figures(current_province="Tỉnh Bắc", province="Tỉnh Nam", indicator="grdp")
    assert nam
    assert all(o.current_province == "Tỉnh Bắc" for o in nam)
    # Growth is never computed across the merger: each series is its province as issued.
    assert {c.province for c in merged.growth()} == {"Tỉnh Bắc"}


def test_a_collection_pickles_with_its_maps_and_failures(merged: Collection) -> None:
    """A collection survives pickle (multiprocessing, caches); its maps stay read-only."""
    collection = Collection(
        reports=merged.reports,
        sources=merged.sources,
        failures=(LoadFailure(source="gone", problems=("no such folder",)),),
        indicator_map={"grain-output": "grain"},
        successors=merged.successors,
    )
    copied = pickle.loads(pickle.dumps(collection))  # noqa: S301 (our own bytes)
    assert copied.reports == collection.reports
    assert copied.sources == collection.sources
    assert copied.failures == collection.failures
    assert dict(copied.indicator_map) == {"grain-output": "grain"}
    assert dict(copied.successors) == {"Tỉnh Nam": "Tỉnh Bắc"}
    assert copied.current_provinces == ("Tỉnh Bắc",)
    grain = collection.figures(indicator="grain")
    assert grain
    assert copied.figures(indicator="grain") == grain
    with pytest.raises(TypeError):
        copied.indicator_map["x"] = "y"  # type: ignore[index]


def test_successors_follow_chains_and_refuse_cycles() -> None:
    chained = Collection(reports=(), successors={"A": "B", "B": "C"})
    assert chained.current_province("A") == "C"
    with pytest.raises(ValidationError, match="cycles"):
        Collection(reports=(), successors={"A": "B", "B": "A"})


# -- attainment and growth ----------------------------------------------------------------


def _verdict(result: vnplan.Attainment) -> bool | None:
    """``met`` as the scorecard says it: ``None`` where neither way is better."""
    neutral = result.direction is vnplan.Direction.NEUTRAL
    return None if neutral and result.bound is vnplan.Bound.EXACT else result.met


def test_attainment_and_growth_are_those_of_vnplan_and_of_naive_pint(
    two_years: Collection,
) -> None:
    attained = two_years.attainment()
    grown = two_years.growth()
    assert attained
    assert grown
    for pair in attained:
        expected = vnplan.attainment(pair.subject, pair.against)
        assert (pair.value, pair.interval, pair.met) == (
            expected.percent,
            expected.percent_interval,
            _verdict(expected),
        )
        assert str(pair.value) == str(expected.percent)  # written alike, too
    for pair in grown:
        derived = vnplan.growth(pair.subject, pair.against)
        assert (pair.value, pair.interval) == (derived.value, derived.interval)
        assert pair.subject.period is not None
        assert pair.against.period == pair.subject.period.previous()
    # benchmarks/naive.py pairs the figures itself, with pint: the same pairs, values, verdicts.
    assert naive.comparisons(two_years) == naive.results((*attained, *grown))


def test_attainment_in_the_bundled_report_is_that_of_vnplan() -> None:
    report = vnplan.load("dien-bien-2022")
    collection = Collection(reports=(report,))
    for pair in collection.attainment():
        expected = vnplan.attainment(pair.subject, pair.against)
        assert pair.value == expected.percent
        assert pair.met == _verdict(expected)
    assert collection.attainment()


def test_a_collection_s_scorecard_is_its_reports_scorecards(two_years: Collection) -> None:
    card = two_years.scorecard()
    assert len(two_years) > 1
    expected = [row for report in two_years for row in vnplan.scorecard(report)]
    assert list(card) == expected
    for report in two_years:
        rows = [row for row in card if row.target_report is report]
        assert len(rows) == len(vnplan.scorecard(report))
    single = Collection(reports=(vnplan.load("dien-bien-2022"),)).scorecard()
    assert single.counts() == vnplan.scorecard(vnplan.load("dien-bien-2022")).counts()


# -- pandas -------------------------------------------------------------------------------


def test_to_pandas_without_pandas_names_the_extra(
    collection: Collection, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ImportError, match=r"vnplan\[pandas\]"):
        collection.to_pandas()


def test_the_panel_gives_values_in_the_shared_unit(two_years: Collection) -> None:
    frame = two_years.to_pandas()
    row = frame[frame["indicator"] == "grdp"].iloc[0]
    assert row["std_unit"] == two_years.indicators["grdp"].unit
    assert row["std_value"] == pytest.approx(float(row["std_value_decimal"]))
    assert str(row["value_decimal"]) in row["printed"].replace(".", "").replace(",", ".")


def test_the_types_a_collection_hands_out_are_public() -> None:
    for name in ("LoadFailure", "Observation", "Comparison", "CollectionAudit", "ReportAudit"):
        assert name in vnplan.__all__
        assert getattr(vnplan, name).__module__.startswith("vnplan.")
    assert next(iter(vnplan.PANEL_COLUMNS)) == "province"


def test_the_panel_s_columns_are_the_figures_fields_row_by_row() -> None:
    """Each column, built in one pass, holds what each figure gives on its own."""
    pd = pytest.importorskip("pandas")
    bundled = load_many(["dien-bien-2022"])
    report = bundled.reports[0]
    figures = [*report.measurements, *report.targets]
    frame = bundled.to_pandas(all_figures=True)
    assert {name: str(dtype) for name, dtype in frame.dtypes.items()} == vnplan.PANEL_COLUMNS
    assert list(frame["figure"]) == [figure.id for figure in figures]
    assert list(frame["location"]) == [str(figure.location) for figure in figures]
    as_of = [figure.as_of for figure in figures]
    assert any(as_of)
    assert frame["as_of"].equals(pd.Series(pd.to_datetime(as_of), dtype="datetime64[ns]"))
    std_units = [bundled.indicators[bundled.shared_id(report, f.indicator)].unit for f in figures]
    assert list(frame["std_unit"]) == std_units
    assert [str(value) for value in frame["std_value_decimal"]] == [
        str(figure.value * (1 if figure.unit == unit else conversion_factor(figure.unit, unit)))
        for figure, unit in zip(figures, std_units, strict=True)
    ]
    assert list(frame["value"]) == [float(figure.value) for figure in figures]


def test_the_outputs_script_writes_every_output_alike_each_time(tmp_path: Path) -> None:
    # benchmarks/outputs.py is how a change made for speed is shown to change nothing.
    outputs = _module("outputs")
    folder = tmp_path / "corpus"
    corpus.build_corpus(folder, 2, seed=3, small=True, first_year=2021)
    first = outputs.write_outputs(tmp_path / "first", folder)
    again = outputs.write_outputs(tmp_path / "again", folder)
    names = [path.name for path in first]
    assert names == [path.name for path in again]
    assert {"bundled-audit.json", "panel.csv", "pairs.txt", "corpus-audit.jsonl"} <= set(names)
    for one, other in zip(first, again, strict=True):
        assert one.read_bytes() == other.read_bytes()
    reports = len(load_many(folder))
    exports = (tmp_path / "first" / "corpus-export.jsonl").read_text(encoding="utf-8")
    assert len(exports.splitlines()) == reports
    audit = json.loads((tmp_path / "first" / "bundled-audit.json").read_text(encoding="utf-8"))
    assert audit == json.loads(
        json.dumps(vnplan.audit(vnplan.load("dien-bien-2022")).to_dict(), default=str)
    )
