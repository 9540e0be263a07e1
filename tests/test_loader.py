"""Loading a report folder: validation that lists every problem, with file and line."""

from __future__ import annotations

import json
import re
import shutil
import tempfile
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import vnplan
from vnplan.exceptions import DataError, UnknownDatasetError

MINI = Path(__file__).parent / "data" / "mini"


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


def test_a_valid_folder_loads_with_values_read_from_printed_text(folder: Path) -> None:
    report = vnplan.load(folder)
    grain = report["grain-output-2022"]
    assert isinstance(grain, vnplan.Measurement)
    assert grain.value == Decimal("282647.81")
    assert grain.unit == "tấn"
    assert grain.status is vnplan.Status.ESTIMATE
    maize = report["maize-output-2022"]
    assert isinstance(maize, vnplan.Measurement)
    assert maize.unit == "tấn"  # given by the unit field: the printed text has none


def test_a_target_gets_its_basis_and_a_claim_its_subject_indicator(folder: Path) -> None:
    report = vnplan.load(folder)
    target = report["poverty-rate-2023-target"]
    assert isinstance(target, vnplan.Target)
    assert target.basis is vnplan.Basis.PLAN
    claim = report["grain-output-2022-attainment"]
    assert isinstance(claim, vnplan.Claim)
    assert claim.indicator.id == "grain-output"
    assert claim.value == Decimal("102.49")


def test_a_path_string_loads_too(folder: Path) -> None:
    assert vnplan.load(str(folder)).number == "1/BC-UBND"


def test_an_unknown_indicator_is_named_with_file_and_line(folder: Path) -> None:
    _edit(folder, 'indicator = "rice-output"', 'indicator = "rice-outptu"')
    problems = _problems(folder)
    assert any(
        p.startswith("10-economy.toml:")
        and "unknown indicator 'rice-outptu'" in p
        and "did you mean 'rice-output'" in p
        for p in problems
    )


def test_every_problem_is_listed_at_once(folder: Path) -> None:
    _edit(folder, 'indicator = "rice-output"', 'indicator = "nope"')
    _edit(folder, 'printed = "76.274,03"\nunit = "tấn"', 'printed = "76.274,03"\nunit = "ha"')
    _edit(folder, 'id = "grain-output-2022-attainment"', 'id = "grain-output-2022-growth"')
    problems = _problems(folder)
    assert any("unknown indicator 'nope'" in p for p in problems)
    assert any("dimension of indicator 'maize-output'" in p and "'ha'" in p for p in problems)
    assert any("duplicate id 'grain-output-2022-growth'" in p for p in problems)


def test_a_unit_that_does_not_fit_its_indicator_is_refused(folder: Path) -> None:
    _edit(folder, 'printed = "282.647,81 tấn"', 'printed = "282.647,81 ha"')
    problems = _problems(folder)
    assert any("'grain-output-2022'" in p and "(got 'ha')" in p for p in problems)


def test_a_relation_naming_a_missing_figure_is_refused(folder: Path) -> None:
    _edit(folder, '"maize-output-2022"]', '"maize-output-2021"]')
    problems = _problems(folder)
    assert any("part 'maize-output-2021' names no figure" in p for p in problems)


def test_a_value_that_does_not_match_its_printed_text_is_refused(folder: Path) -> None:
    _edit(folder, 'printed = "206.373,78 tấn"', 'printed = "206.373,78 tấn"\nvalue = "206373.87"')
    problems = _problems(folder)
    assert any("'value' must match the printed text '206.373,78 tấn'" in p for p in problems)


def test_a_matching_value_field_is_accepted(folder: Path) -> None:
    _edit(folder, 'printed = "206.373,78 tấn"', 'printed = "206.373,78 tấn"\nvalue = "206373.78"')
    assert vnplan.load(folder)["rice-output-2022"] is not None


def test_a_malformed_printed_number_is_refused(folder: Path) -> None:
    _edit(folder, 'printed = "206.373,78 tấn"', 'printed = "206,373.78 tấn"')
    problems = _problems(folder)
    assert any("'rice-output-2022'" in p and "position" in p for p in problems)


def test_unknown_fields_and_bad_enums_are_refused(folder: Path) -> None:
    _edit(
        folder,
        'role = "actual"\nstatus = "estimate"',
        'role = "actuel"\nstatus = "estimate"\ncolour = "red"',
    )
    problems = _problems(folder)
    assert any("'role' must be one of" in p and "(got 'actuel')" in p for p in problems)
    assert any("unknown field 'colour'" in p for p in problems)


def test_invalid_toml_names_its_line(folder: Path) -> None:
    _edit(folder, 'printed = "1,99%"', 'printed = "1,99%')
    problems = _problems(folder)
    assert any(p.startswith("10-economy.toml:") and "not valid TOML" in p for p in problems)


def test_a_missing_report_toml_is_not_a_report(folder: Path) -> None:
    (folder / "report.toml").unlink()
    with pytest.raises(UnknownDatasetError, match=r"no report\.toml"):
        vnplan.load(folder)


def test_report_header_problems_are_listed(folder: Path) -> None:
    _edit(folder, "date = 2022-12-02", 'date = "02/12/2022"', file="report.toml")
    problems = _problems(folder)
    assert any(p.startswith("report.toml:") and "'date' must be a TOML date" in p for p in problems)


@pytest.mark.parametrize(
    "name", ["../../etc/passwd", "/etc/passwd", "dien-bien-2021", "DIEN-BIEN-2022", ""]
)
def test_names_that_are_no_bundled_report_nor_folder_are_refused(name: str) -> None:
    with pytest.raises(UnknownDatasetError):
        vnplan.load(name)


def test_an_unknown_bundled_name_suggests_the_near_one() -> None:
    with pytest.raises(LookupError, match="dien-bien-2022"):
        vnplan.load("dien-bien-2021")


def test_loading_a_folder_twice_gives_equal_reports(folder: Path) -> None:
    assert vnplan.load(folder) == vnplan.load(folder)


# -- indicators read before ----------------------------------------------------------------

_GRAIN = """[[indicator]]
id = "grain-output"
name_vi = "Tổng sản lượng lương thực"
name_en = "Total grain output"
unit = "tấn"
measure = "level"
direction = "higher"
sector = "agriculture"
"""


def test_reports_that_define_an_indicator_alike_share_it(folder: Path) -> None:
    first, again = vnplan.load(folder), vnplan.load(folder)
    assert first == again
    assert first.indicator("grain-output") is again.indicator("grain-output")


@pytest.mark.parametrize("loads_before", [0, 1, 2])
def test_an_indicator_read_before_is_still_a_duplicate(folder: Path, loads_before: int) -> None:
    for _ in range(loads_before):
        vnplan.load(MINI)
    path = folder / "10-economy.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text + "\n" + _GRAIN, encoding="utf-8")
    line = len(text.splitlines()) + 2
    assert _problems(folder) == [
        f"10-economy.toml:{line + 1}: duplicate indicator id 'grain-output'"
    ]


@pytest.mark.parametrize(
    ("field", "valid", "invalid", "message"),
    [
        ("additive", "true", "1", "'additive' must be true or false (got 1)"),
        ("additive", "true", "1.0", "'additive' must be true or false (got 1.0)"),
        ("code", '"1"', "1", "'code' must be a str (got 1)"),
    ],
)
def test_an_indicator_like_one_read_before_is_checked(
    folder: Path, field: str, valid: str, invalid: str, message: str
) -> None:
    """A table equal to a valid one read before (1 == True) is still checked in full."""
    _edit(folder, 'sector = "agriculture"\n', f'sector = "agriculture"\n{field} = {valid}\n')
    vnplan.load(folder)
    _edit(folder, f"{field} = {valid}", f"{field} = {invalid}")
    problems = _problems(folder)
    assert any(p.endswith(f"indicator 'grain-output': {message}") for p in problems), problems


# -- locations read before -----------------------------------------------------------------


def test_reports_that_give_a_location_alike_share_it(folder: Path) -> None:
    first, again = vnplan.load(folder), vnplan.load(folder)
    assert first["grain-output-2022"].location is again["grain-output-2022"].location


@pytest.mark.parametrize(
    ("invalid", "got"),
    [("true", "True"), ("1.0", "1.0"), ("[1]", "[1]"), ("{ a = 1 }", "{'a': 1}")],
)
def test_a_location_like_one_read_before_is_checked(folder: Path, invalid: str, got: str) -> None:
    """Location fields equal to valid ones read before (1 == 1.0 == True) are still checked."""
    vnplan.load(folder)
    _edit(folder, "paragraph = 1\n", f"paragraph = {invalid}\n")
    wrong = (
        "10-economy.toml:45: figure 'grain-output-2022': "
        f"'paragraph' must be a positive whole number (got {got})"
    )
    assert _problems(folder) == [wrong]


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ("paragraph = 1\nfootnote = 1\n", "'footnote' must be None when a paragraph is given"),
        ("paragraph = 0\nfootnote = 1\n", "'paragraph' must be a positive whole number (got 0)"),
    ],
)
def test_a_location_problem_is_reported_for_each_table_that_has_it(
    folder: Path, fields: str, message: str
) -> None:
    path = folder / "10-economy.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("paragraph = 1\n", fields), encoding="utf-8")
    problems = _problems(folder)
    assert len([p for p in problems if message in p]) == text.count("paragraph = 1\n") > 1


_FIGURE = "figure 'grain-output-2022': "
_CLAIM = "claim 'grain-output-2022-growth': "


@pytest.mark.parametrize(
    ("old", "new", "problem"),
    [
        (
            'status = "estimate"',
            'status = "planned"',
            (
                f"10-economy.toml:43: {_FIGURE}'status' must be one of 'estimate', 'provisional', "
                "'official', 'reported' (got <Status.PLANNED: 'planned'>)"
            ),
        ),
        (
            'status = "estimate"',
            'status = "estimate"\nnote = " spaced"',
            (
                f"10-economy.toml:44: {_FIGURE}'note' must be None or a non-empty text without "
                "surrounding spaces "
                "(got ' spaced')"
            ),
        ),
        (
            'status = "estimate"',
            'status = "estimate"\nnote = 7',
            f"10-economy.toml:44: {_FIGURE}'note' must be a str (got 7)",
        ),
        (
            'id = "grain-output-2022"',
            'id = "grain-output-2022\\n"',
            (
                "10-economy.toml:38: figure 'grain-output-2022\\n': 'id' must be lower-case ASCII "
                "words joined by '-' (got 'grain-output-2022\\n')"
            ),
        ),
        (
            'printed = "1,99%"',
            'printed = "1,99%"\nnote = ""',
            (
                f"10-economy.toml:82: {_CLAIM}'note' must be None or a non-empty text without "
                "surrounding spaces (got '')"
            ),
        ),
    ],
)
def test_a_value_only_the_model_refuses_is_worded_by_the_model(
    folder: Path, old: str, new: str, problem: str
) -> None:
    """A value the model refuses is reported in the model's words, at the line of its field."""
    _edit(folder, old, new)
    assert _problems(folder)[0] == problem


# -- references that are not texts ---------------------------------------------------------


@pytest.mark.parametrize("value", ['["grain-output-2022"]', '{ id = "grain-output-2022" }', "7"])
@pytest.mark.parametrize(
    ("field", "old", "of"),
    [
        ("subject", 'subject = "grain-output-2022"', "a figure or claim"),
        ("total", 'total = "grain-output-2022"', "a figure"),
    ],
)
def test_a_reference_that_is_no_text_is_a_problem_not_a_crash(
    folder: Path, field: str, old: str, of: str, value: str
) -> None:
    _edit(folder, old, f"{field} = {value}")
    problems = _problems(folder)
    assert len(problems) == 1
    assert f"{field!r} must be the id of {of} (got " in problems[0]
    assert problems[0].startswith("10-economy.toml:")


def test_an_against_that_is_no_text_is_a_problem_not_a_crash(folder: Path) -> None:
    _edit(folder, 'subject = "grain-output-2022"', 'subject = "grain-output-2022"\nagainst = [1]')
    problems = _problems(folder)
    assert len(problems) == 1
    assert "'against' must be the id of a figure or claim (got [1])" in problems[0]


# -- any value in any field ----------------------------------------------------------------

#: Every ``field = value`` line of the mini report's files, as (file, line number).
_FIELD_LINES = [
    (path.name, number)
    for path in sorted(MINI.glob("*.toml"))
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines())
    if re.match(r"[a-z_]+ = ", line)
]

#: TOML values of every type, nested ones included.
_TOML_VALUES = st.one_of(
    st.sampled_from(
        [
            "7",
            "-3",
            "0",
            "1.5",
            "nan",
            "inf",
            "true",
            "false",
            "2022-12-02",
            "1979-05-27T07:32:00Z",
            "07:32:00",
            "[]",
            '["a", "b"]',
            "[1, 2]",
            "{}",
            '{ id = "grain-output-2022" }',
            '""',
            '"  "',
            '" padded "',
        ]
    ),
    st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=12).map(
        json.dumps  # a JSON string is a TOML basic string, escapes included
    ),
)


@given(place=st.sampled_from(_FIELD_LINES), value=st.none() | _TOML_VALUES)
@example(place=("10-economy.toml", 59), value="[]")  # a unit that is a list, once a TypeError
def test_any_value_in_any_field_loads_or_is_listed_as_a_problem(
    place: tuple[str, int], value: str | None
) -> None:
    file, number = place
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp, "mini")
        shutil.copytree(MINI, folder)
        path = folder / file
        lines = path.read_text(encoding="utf-8").splitlines()
        field = lines[number].split(" = ", 1)[0]
        lines[number] = "" if value is None else f"{field} = {value}"  # None: the field removed
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        problems: list[vnplan.exceptions.Problem] = []
        try:
            vnplan.load(folder)
        except DataError as error:  # any other exception fails the test
            problems = list(error.problems)
            assert problems
        assert all(p.file in {file, "report.toml"} for p in problems)


def test_a_subject_and_an_against_that_are_no_texts_are_both_listed(folder: Path) -> None:
    _edit(folder, 'subject = "grain-output-2022"', "subject = 7\nagainst = [1]")
    problems = _problems(folder)
    assert len(problems) == 2
    assert "'subject' must be the id of a figure or claim (got 7)" in problems[0]
    assert "'against' must be the id of a figure or claim (got [1])" in problems[1]
