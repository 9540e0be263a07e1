"""Own reports made easy (issue 16, item 4): each problem a new user met, as a test.

A folder declares its own units; a folder's independent problems are listed in one
pass; a paragraph of 0 says what came; a unit that does not fit its indicator suggests
the indicators it fits; a growth of a rate that is a change in points says so; the docs
name folders that exist; a stock with both a period and a date is refused; a target for
a year the report neither covers nor plans is an audit note.
"""

from __future__ import annotations

import datetime as dt
import re
import textwrap
from decimal import Decimal
from pathlib import Path

import pytest

import vnplan
import vnplan.cli
from vnplan import units
from vnplan.exceptions import DataError, Problem, ValidationError

ROOT = Path(__file__).resolve().parent.parent

HEADER = """\
[report]
number = "12/BC-UBND"
issuer = "UBND tỉnh Sơn La"
place = "Sơn La"
province = "Sơn La"
date = 2023-12-01
year = 2023
plan_year = 2024
title = "Báo cáo tình hình kinh tế - xã hội năm 2023"
"""


def _indicator(ident: str, unit: str, measure: str = "level", sector: str = "agriculture") -> str:
    return f"""
[[indicator]]
id = "{ident}"
name_vi = "Chỉ tiêu {ident}"
name_en = "Indicator {ident}"
unit = "{unit}"
measure = "{measure}"
direction = "higher"
sector = "{sector}"
"""


def _figure(ident: str, indicator: str, printed: str, *extra: str, period: str = "2023") -> str:
    lines = "\n".join(extra)
    return f"""
[[figure]]
id = "{ident}"
indicator = "{indicator}"
printed = "{printed}"
period = "{period}"
section = "I > 1"
paragraph = 1
{lines}
"""


def _write(tmp_path: Path, report: str, section: str, name: str = "son-la") -> Path:
    folder = tmp_path / name
    folder.mkdir()
    (folder / "report.toml").write_text(textwrap.dedent(report), encoding="utf-8")
    (folder / "10-section.toml").write_text(textwrap.dedent(section), encoding="utf-8")
    return folder


def _problems(folder: Path) -> list[Problem]:
    with pytest.raises(DataError) as caught:
        vnplan.load(folder)
    return list(caught.value.problems)


def _line(folder: Path, file: str, text: str, occurrence: int = 1) -> int:
    """The line of the ``occurrence``-th line of ``file`` that starts with ``text``."""
    lines = (folder / file).read_text(encoding="utf-8").splitlines()
    found = [n for n, line in enumerate(lines, start=1) if line.strip().startswith(text)]
    return found[occurrence - 1]


FRUIT = """
[[unit]]
definition = "tấn chè búp tươi = tấn"
note = "fresh tea buds, weighed in tonnes"
"""
FRUIT_SECTION = _indicator("fruit-output", "tấn chè búp tươi") + _figure(
    "fruit-output-2023", "fruit-output", "trên 215.000 tấn chè búp tươi", 'role = "actual"'
)


# -- 1. a folder declares its own units -----------------------------------------------------


def test_a_folder_declares_a_unit_of_a_known_dimension_and_loads(tmp_path: Path) -> None:
    folder = _write(tmp_path, HEADER + FRUIT, FRUIT_SECTION)
    report = vnplan.load(folder)
    figure = report["fruit-output-2023"]
    assert isinstance(figure, vnplan.Measurement)
    assert figure.value == Decimal(215000)
    assert figure.unit == "tấn chè búp tươi"
    assert figure.bound is vnplan.Bound.AT_LEAST
    assert units.conversion_factor("nghìn tấn chè búp tươi", "tấn") == 1000


def test_a_folder_with_its_own_unit_loads_from_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _write(tmp_path, HEADER + FRUIT, FRUIT_SECTION)
    code = vnplan.cli.main(["show", str(folder), "--lang", "en"])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "trên 215.000 tấn chè búp tươi" in out


def test_a_folder_declares_a_new_kind_of_count(tmp_path: Path) -> None:
    declared = '\n[[unit]]\ndefinition = "cây ăn quả = [fruit_tree] = _ = fruit_trees"\n'
    section = _indicator("fruit-trees", "cây ăn quả", measure="count") + _figure(
        "fruit-trees-2023", "fruit-trees", "1.200 cây ăn quả", 'role = "actual"'
    )
    report = vnplan.load(_write(tmp_path, HEADER + declared, section))
    assert report["fruit-trees-2023"].value == Decimal(1200)
    assert units.unit_info("cây ăn quả").dimension == "[fruit_tree]"
    assert not units.same_dimension("cây ăn quả", "cây")


def test_a_folder_that_declares_units_loads_again_and_beside_one_that_agrees(
    tmp_path: Path,
) -> None:
    first = _write(tmp_path, HEADER + FRUIT, FRUIT_SECTION, name="one")
    second = _write(tmp_path, HEADER + FRUIT, FRUIT_SECTION, name="two")
    assert vnplan.load(first) == vnplan.load(first) == vnplan.load(second)


def test_a_unit_that_would_change_a_known_one_names_its_file_line_and_what_came(
    tmp_path: Path,
) -> None:
    report = HEADER + '\n[[unit]]\ndefinition = "tấn = 100 * kg"\n'
    folder = _write(tmp_path, report, _indicator("grain", "tấn"))
    [problem] = _problems(folder)
    assert problem.file == "report.toml"
    assert problem.line == _line(folder, "report.toml", "definition")
    assert "unit 'tấn': 'definition' must be a new pint unit definition" in problem.message
    assert "(got 'tấn = 100 * kg')" in problem.message
    assert units.conversion_factor("tấn", "kg") == 1000  # unchanged


def test_two_declarations_of_one_unit_that_disagree_name_the_first(tmp_path: Path) -> None:
    report = (
        HEADER
        + '\n[[unit]]\ndefinition = "tấn chè búp = tấn"\n'
        + '\n[[unit]]\ndefinition = "tấn  chè búp = 10 * tấn"\n'
    )
    folder = _write(tmp_path, report, _indicator("tea", "tấn chè búp"))
    [problem] = _problems(folder)
    first = _line(folder, "report.toml", "definition", 1)
    second = _line(folder, "report.toml", "definition", 2)
    assert str(problem).startswith(f"report.toml:{second}: unit 'tấn chè búp': ")
    assert "(got 'tấn  chè búp = 10 * tấn')" in problem.message
    assert problem.message.endswith(f"(declared first at report.toml:{first})")


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        (
            'definition = "tấn khô = tán"',
            (
                "unit 'tấn khô': 'definition' must be a new pint unit definition in units vnplan "
                "knows (got 'tấn khô = tán'): 'tán' is not defined"
            ),
        ),
        (
            'definition = "tấn khô"',
            ("unit 'tấn khô': 'definition' must be a pint definition 'name = ...' (got 'tấn khô')"),
        ),
        (
            'definition = "mega- = 1000000"',
            (
                "unit 'mega-': 'definition' must define a unit, 'name = ...' with a name that "
                "starts with neither '@' nor '[' and does not end with '-' (got 'mega- = 1000000')"
            ),
        ),
        (
            "definition = 5",
            (
                "unit (no name): 'definition' must be a pint definition such as "
                "'tấn chè búp tươi = tấn' (got 5)"
            ),
        ),
        (
            'definition = "tấn hạt = tấn"\ncolour = "red"',
            "unit 'tấn hạt': unknown field 'colour' (expected one of definition, note, review)",
        ),
        ('note = "no definition"', "unit (no name): 'definition' is required"),
    ],
)
def test_a_bad_unit_table_is_a_problem_at_its_line(
    tmp_path: Path, table: str, expected: str
) -> None:
    report = HEADER + "\n[[unit]]\n" + table + "\n"
    folder = _write(tmp_path, report, _indicator("grain", "tấn"))
    [problem] = _problems(folder)
    assert problem.file == "report.toml"
    assert problem.line is not None
    assert problem.line > _line(folder, "report.toml", "[[unit]]") - 1
    assert expected in problem.message


def test_units_not_written_as_tables_and_unknown_tables_are_problems(tmp_path: Path) -> None:
    report = HEADER + '\n[unit]\ndefinition = "tấn chè búp tươi = tấn"\n\n[other]\nkey = 1\n'
    folder = _write(tmp_path, report, _indicator("grain", "tấn"))
    problems = [str(p) for p in _problems(folder)]
    assert problems == [
        (
            f"report.toml:{_line(folder, 'report.toml', '[unit]')}: 'unit' must be an array of "
            "tables [[unit]]"
        ),
        (
            f"report.toml:{_line(folder, 'report.toml', '[other]')}: unknown table 'other': "
            "expected [report], and [[unit]] tables"
        ),
    ]


def test_a_unit_table_in_a_section_file_says_where_units_belong(tmp_path: Path) -> None:
    section = FRUIT + _indicator("grain", "tấn")
    folder = _write(tmp_path, HEADER, section)
    [problem] = _problems(folder)
    assert problem.file == "10-section.toml"
    assert problem.line == _line(folder, "10-section.toml", "[[unit]]")
    assert "unknown table 'unit'" in problem.message
    assert problem.message.endswith("(a folder declares its units in report.toml)")


# -- 2. problems all at once ----------------------------------------------------------------

ALL_AT_ONCE = (
    _indicator("grain", "tấn")
    + _indicator("forest-area", "ha", sector="forestry")
    + _figure("grain-2023", "grain", "500 ha", 'role = "actual"').replace(
        "paragraph = 1", "paragraph = 0"
    )
    + """
[[claim]]
id = "grain-2023-growth"
kind = "growth"
subject = "grain-2023"
verb = "tăng"
printed = "2,5 lần"
reference = "2022"
section = "I >"
paragraph = 1
"""
    + _figure("forest-2023", "forest-area", "1.000 ha", 'role = "stock"', "as_of = 2023-12-31")
)


def test_independent_problems_of_one_folder_are_listed_in_one_pass(tmp_path: Path) -> None:
    folder = _write(tmp_path, HEADER, ALL_AT_ONCE)
    file = "10-section.toml"
    problems = [(p.line, p.message) for p in _problems(folder)]
    assert problems == [
        (
            _line(folder, file, 'printed = "500 ha"'),
            (
                "figure 'grain-2023': 'unit' must be a unit of the dimension of indicator 'grain' "
                "('tấn') (got 'ha'); or is 'indicator' the wrong one? 'ha' fits indicator "
                "'forest-area'"
            ),
        ),
        (
            _line(folder, file, "paragraph = 0"),
            "figure 'grain-2023': 'paragraph' must be a positive whole number (got 0)",
        ),
        (
            _line(folder, file, 'printed = "2,5 lần"'),
            (
                "claim 'grain-2023-growth': 'unit' must be a percent unit such as '%' for a "
                "'growth' claim (got 'lần')"
            ),
        ),
        (
            _line(folder, file, 'section = "I >"'),
            (
                "claim 'grain-2023-growth': 'section' must be headings joined by ' > ', none empty "
                "(got 'I >')"
            ),
        ),
        (
            _line(folder, file, "as_of = 2023-12-31"),
            (
                "figure 'forest-2023': 'as_of' must be left out for a stock that has a 'period' "
                "('2023'): a stock is a level at one date, so give 'as_of' alone, or role "
                "'cumulative' for a total over the period up to that date (got '2023-12-31')"
            ),
        ),
    ]


def test_the_json_form_lists_the_same_problems_in_one_pass(tmp_path: Path) -> None:
    report = vnplan.load(
        _write(
            tmp_path,
            HEADER,
            _indicator("grain", "tấn")
            + _indicator("forest-area", "ha", sector="forestry")
            + _figure("grain-2023", "grain", "500 tấn", 'role = "actual"'),
        )
    )
    data = vnplan.io.report_to_dict(report)
    figure = data["figures"][0]
    figure.update(unit="ha", printed="500 ha", paragraph=0)
    problems = vnplan.io.validate(data)
    assert [(p.path, p.field) for p in problems] == [
        ("figures[0].paragraph", "paragraph"),
        ("figures[0].unit", "unit"),
    ]
    assert "(got 0)" in problems[0].message
    assert "'ha' fits indicator 'forest-area'" in problems[1].message


def test_a_problem_that_hides_a_value_gives_no_knock_on_problems(tmp_path: Path) -> None:
    """A claim whose subject names no figure is not also said to lack a period."""
    section = (
        _indicator("grain", "tấn")
        + """
[[claim]]
id = "grain-2023-growth"
kind = "growth"
subject = "grain-2032"
verb = "tăng"
printed = "2,5%"
reference = "2022"
section = "I > 1"
paragraph = 0
"""
    )
    folder = _write(tmp_path, HEADER, section)
    messages = [p.message for p in _problems(folder)]
    assert messages == [
        "claim 'grain-2023-growth': 'subject' names no figure or claim ('grain-2032')",
        "claim 'grain-2023-growth': 'paragraph' must be a positive whole number (got 0)",
    ]


# -- 3. paragraph = 0 -----------------------------------------------------------------------


@pytest.mark.parametrize("field", ["paragraph", "footnote"])
def test_a_zero_paragraph_or_footnote_says_it_got_zero(tmp_path: Path, field: str) -> None:
    figure = _figure("grain-2023", "grain", "500 tấn", 'role = "actual"')
    figure = figure.replace("paragraph = 1", f"{field} = 0")
    folder = _write(tmp_path, HEADER, _indicator("grain", "tấn") + figure)
    [problem] = _problems(folder)
    assert str(problem) == (
        f"10-section.toml:{_line(folder, '10-section.toml', f'{field} = 0')}: figure "
        f"'grain-2023': '{field}' must be a positive whole number (got 0)"
    )


def test_a_location_with_neither_paragraph_nor_footnote_says_which_is_required(
    tmp_path: Path,
) -> None:
    figure = _figure("grain-2023", "grain", "500 tấn", 'role = "actual"')
    folder = _write(
        tmp_path, HEADER, _indicator("grain", "tấn") + figure.replace("paragraph = 1\n", "")
    )
    [problem] = _problems(folder)
    assert problem.line == _line(folder, "10-section.toml", "[[figure]]")
    assert problem.message == "figure 'grain-2023': 'paragraph' or 'footnote' is required"


# -- 4. a unit that does not fit its indicator ------------------------------------------------


def test_a_unit_that_fits_other_indicators_names_up_to_three_same_unit_first(
    tmp_path: Path,
) -> None:
    section = (
        _indicator("grain", "tấn")
        + _indicator("forest-area", "nghìn ha", sector="forestry")
        + _indicator("rice-area", "ha")
        + _indicator("maize-area", "ha")
        + _indicator("tea-area", "ha")
        + _figure("grain-2023", "grain", "500 ha", 'role = "actual"')
    )
    [problem] = _problems(_write(tmp_path, HEADER, section))
    assert problem.message.endswith(
        "(got 'ha'); or is 'indicator' the wrong one? 'ha' fits indicators 'rice-area', "
        "'maize-area', 'tea-area'"
    )


def test_a_unit_that_fits_no_indicator_of_the_report_gets_no_indicator_hint(
    tmp_path: Path,
) -> None:
    section = _indicator("grain", "tấn") + _figure(
        "grain-2023", "grain", "500 ha", 'role = "actual"'
    )
    [problem] = _problems(_write(tmp_path, HEADER, section))
    assert problem.message == (
        "figure 'grain-2023': 'unit' must be a unit of the dimension of indicator 'grain' "
        "('tấn') (got 'ha')"
    )


# -- 5. a growth of a rate that is a change in points -----------------------------------------


def _rate_report(tmp_path: Path, stated: str) -> vnplan.Report:
    section = (
        _indicator("trained-share", "%", measure="rate", sector="labour")
        + _figure("trained-2022", "trained-share", "19,62%", 'role = "actual"', period="2022")
        + _figure("trained-2023", "trained-share", "21,25%", 'role = "actual"')
        + f"""
[[claim]]
id = "trained-2023-growth"
kind = "growth"
subject = "trained-2023"
verb = "tăng"
printed = "{stated}"
reference = "2022"
section = "I > 1"
paragraph = 1
"""
    )
    return vnplan.load(_write(tmp_path, HEADER, section))


def test_a_growth_that_matches_the_change_in_points_hints_at_a_pp_change(
    tmp_path: Path,
) -> None:
    [finding] = vnplan.audit(_rate_report(tmp_path, "1,63%"), checks=["growth"])
    assert finding.severity is vnplan.Severity.MATERIAL
    assert finding.message_en.endswith(
        "(the value matches the change in points: is this a pp-change?)"
    )
    assert "đây có phải là pp-change?" in finding.message_vi


def test_a_growth_that_matches_neither_reading_gets_no_points_hint(tmp_path: Path) -> None:
    [finding] = vnplan.audit(_rate_report(tmp_path, "3,5%"), checks=["growth"])
    assert finding.severity is vnplan.Severity.MATERIAL
    assert "pp-change" not in finding.message_en
    assert "«21,25%» against «19,62%» is a rise of 8.3%" in finding.message_en


# -- 6. the docs name folders that exist -------------------------------------------------------


def test_every_source_path_the_docs_name_exists() -> None:
    pages = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
    named = {
        (page.name, path.rstrip("/.,"))
        for page in pages
        for path in re.findall(r"src/vnplan/[\w./-]+", page.read_text(encoding="utf-8"))
    }
    assert named, "the docs name no source path"
    missing = sorted((page, path) for page, path in named if not (ROOT / path).exists())
    assert missing == []


# -- 7. a stock with both a period and an as-of date -------------------------------------------


def test_a_stock_with_a_period_and_an_as_of_date_is_refused(tmp_path: Path) -> None:
    section = _indicator("forest-area", "ha", sector="forestry") + _figure(
        "forest-2023", "forest-area", "1.000 ha", 'role = "stock"', "as_of = 2023-12-31"
    )
    folder = _write(tmp_path, HEADER, section)
    [problem] = _problems(folder)
    assert problem.line == _line(folder, "10-section.toml", "as_of")
    assert "'as_of' must be left out for a stock that has a 'period' ('2023')" in problem.message
    assert problem.message.endswith("(got '2023-12-31')")


def test_a_cumulative_figure_may_have_a_period_and_an_as_of_date(tmp_path: Path) -> None:
    section = _indicator("forest-area", "ha", sector="forestry") + _figure(
        "forest-2023", "forest-area", "1.000 ha", 'role = "cumulative"', "as_of = 2023-12-31"
    )
    figure = vnplan.load(_write(tmp_path, HEADER, section))["forest-2023"]
    assert isinstance(figure, vnplan.Measurement)
    assert figure.as_of == dt.date(2023, 12, 31)
    assert str(figure.period) == "2023"


def test_the_model_refuses_a_stock_with_a_period_and_an_as_of_date() -> None:
    forest = vnplan.Indicator(
        id="forest-area",
        name_vi="Diện tích rừng",
        name_en="Forest area",
        unit="ha",
        measure=vnplan.Measure.LEVEL,
        direction=vnplan.Direction.HIGHER,
        sector="forestry",
    )
    with pytest.raises(ValidationError) as caught:
        vnplan.Measurement(
            id="forest-2023",
            indicator=forest,
            period=vnplan.Period.parse("2023"),
            as_of=dt.date(2023, 12, 31),
            value=Decimal(1000),
            unit="ha",
            printed="1.000 ha",
            role=vnplan.Role.STOCK,
            location=vnplan.Location(section="I > 1", paragraph=1),
        )
    assert caught.value.field == "as_of"
    assert caught.value.got == "2023-12-31"


# -- 8. a target for a year the report neither covers nor plans --------------------------------


def _targets_report(tmp_path: Path, header: str = HEADER) -> vnplan.Report:
    section = _indicator("forest-area", "ha", sector="forestry") + "".join(
        _figure(
            f"forest-{period}-target",
            "forest-area",
            "1.200 ha",
            'role = "target"',
            'basis = "plan"',
            period=period,
        )
        for period in ("2023", "2024", "2025", "2021-2025")
    )
    return vnplan.load(_write(tmp_path, header, section))


def test_a_target_for_a_year_neither_reported_nor_planned_is_an_audit_note(
    tmp_path: Path,
) -> None:
    findings = list(vnplan.audit(_targets_report(tmp_path), checks=["plan-coherence"]))
    assert [(f.severity, f.figures[0].id) for f in findings] == [
        (vnplan.Severity.INFO, "forest-2025-target")
    ]
    assert findings[0].message_en == (
        "The target «1.200 ha» for “Indicator forest-area” is for 2025 (section I > 1, "
        "paragraph 1), but the report gives account of 2023 and plans 2024: is its period "
        "right?"
    )


def test_a_report_that_sets_no_plan_notes_targets_of_other_years(tmp_path: Path) -> None:
    header = HEADER.replace("plan_year = 2024\n", "")
    findings = list(vnplan.audit(_targets_report(tmp_path, header), checks=["plan-coherence"]))
    assert [f.figures[0].id for f in findings] == ["forest-2024-target", "forest-2025-target"]
    assert all("sets no plan" in f.message_en for f in findings)
