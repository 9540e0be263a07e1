"""Loading a folder that is broken or hostile: a DataError with file and line, never a crash.

Each test is a reproducer of issue 14 (hardening): invalid UTF-8, names no folder can
have, symbolic links out of the folder, files and reports too large, problems that had
no line, knock-on problems, unit typos, and concurrent first loads.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import vnplan
import vnplan.io
from vnplan.exceptions import DataError, UnknownDatasetError

MINI = Path(__file__).parent / "data" / "mini"
SECTION = "10-economy.toml"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    target = tmp_path / "mini"
    shutil.copytree(MINI, target)
    return target


def _append(folder: Path, data: bytes, file: str = SECTION) -> int:
    """Append ``data`` to ``file``; return the line it starts on."""
    path = folder / file
    before = path.read_bytes()
    path.write_bytes(before + data)
    return before.count(b"\n") + 1


def _edit(folder: Path, old: str, new: str, file: str = SECTION) -> int:
    """Replace the first ``old`` in ``file`` with ``new``; return the line of the edit."""
    path = folder / file
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return text[: text.index(old)].count("\n") + 1


def _problems(folder: Path) -> list[vnplan.exceptions.Problem]:
    with pytest.raises(DataError) as caught:
        vnplan.load(folder)
    return list(caught.value.problems)


# -- invalid UTF-8 (item 3) --------------------------------------------------------------------


@pytest.mark.parametrize("file", [SECTION, "report.toml"])
def test_a_byte_that_is_not_utf8_is_named_with_its_file_line_and_position(
    folder: Path, file: str
) -> None:
    line = _append(folder, b'note = "abc\xff"\n', file=file)
    (problem,) = _problems(folder)
    assert (problem.file, problem.line) == (file, line)
    assert "must be UTF-8" in problem.message
    assert "0xff" in problem.message
    assert f"line {line}, column 12, byte " in problem.message


def test_a_file_that_is_not_utf8_is_a_failure_of_load_many(folder: Path) -> None:
    _append(folder, b"\xff")
    (failure,) = vnplan.load_many([folder]).failures
    assert failure.problems[0].startswith(f"{SECTION}:")
    assert "must be UTF-8" in failure.problems[0]


def test_a_utf8_byte_order_mark_is_allowed(folder: Path) -> None:
    path = folder / SECTION
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    assert vnplan.load(folder).indicators


# -- names no folder can have (item 4) ------------------------------------------------------


@pytest.mark.parametrize("name", ["x" * 300, "a/" + "x" * 300, "x\0y"], ids=["long", "deep", "nul"])
def test_a_name_no_folder_can_have_is_an_unknown_dataset_not_an_os_error(name: str) -> None:
    with pytest.raises(UnknownDatasetError) as caught:
        vnplan.load(name)
    assert not isinstance(caught.value, OSError)
    assert "bundled: dien-bien-2022" in str(caught.value)


def test_a_name_no_folder_can_have_is_a_failure_of_load_many() -> None:
    (failure,) = vnplan.load_many(["x" * 300]).failures
    assert failure.source == "x" * 300
    assert "no bundled dataset" in failure.problems[0]


# -- symbolic links (item 6) ---------------------------------------------------------------


def _link(link: Path, target: Path) -> None:
    try:
        link.symlink_to(target)
    except OSError as error:  # (Windows without the right to make links)
        pytest.skip(f"cannot make a symbolic link here: {error}")


@pytest.mark.parametrize("file", ["20-outside.toml", "report.toml"])
def test_a_symbolic_link_out_of_the_folder_is_refused(
    folder: Path, tmp_path: Path, file: str
) -> None:
    outside = tmp_path / "elsewhere.toml"
    shutil.copy(folder / ("report.toml" if file == "report.toml" else SECTION), outside)
    (folder / file).unlink(missing_ok=True)
    if file != "report.toml":  # a copy of the section: its tables would be duplicates
        (folder / SECTION).write_text("", encoding="utf-8")
    _link(folder / file, outside)
    (problem,) = _problems(folder)
    assert problem.file == file
    assert "symbolic link must lead to a file inside the report folder" in problem.message
    assert str(outside.resolve()) in problem.message


def test_a_symbolic_link_inside_the_folder_is_followed(folder: Path) -> None:
    shutil.move(folder / SECTION, folder / "sections.txt")
    _link(folder / SECTION, Path("sections.txt"))
    assert vnplan.load(folder) == vnplan.load(MINI)


def test_a_symbolic_link_that_leads_nowhere_is_no_section_file(folder: Path) -> None:
    """An editor's lock file (``.#10-economy.toml``, a dangling link) is not read."""
    _link(folder / ".#10-economy.toml", Path("user@host.1234"))
    assert vnplan.load(folder) == vnplan.load(MINI)


def test_a_link_that_loops_is_no_section_file(folder: Path) -> None:
    _link(folder / "20-loop.toml", Path("20-loop.toml"))
    assert vnplan.load(folder) == vnplan.load(MINI)


# -- sizes (item 7) ------------------------------------------------------------------------


def test_the_limits_are_public_and_sensible() -> None:
    assert vnplan.io.MAX_FILE_BYTES == 10 * 1024 * 1024
    assert vnplan.io.MAX_RECORDS == 50_000
    assert len(vnplan.load("dien-bien-2022").figures()) < vnplan.io.MAX_RECORDS


def test_a_file_over_the_size_limit_is_refused_unread(folder: Path) -> None:
    path = folder / "20-large.toml"
    with path.open("wb") as handle:  # (a comment: a parser would take it, and its time)
        handle.write(b"#" * vnplan.io.MAX_FILE_BYTES + b"\n")
    (problem,) = _problems(folder)
    assert problem.file == "20-large.toml"
    assert f"at most {vnplan.io.MAX_FILE_BYTES:,} bytes" in problem.message


def test_a_file_at_the_size_limit_is_read(folder: Path) -> None:
    path = folder / "20-large.toml"
    with path.open("wb") as handle:
        handle.write(b"#" * (vnplan.io.MAX_FILE_BYTES - 1) + b"\n")
    assert vnplan.load(folder) == vnplan.load(MINI)


def test_a_report_over_the_record_limit_is_refused_at_the_first_record_over(
    folder: Path,
) -> None:
    """The problem is at the first table past the limit; no table is read into the model."""
    tables = vnplan.io.MAX_RECORDS - (MINI / SECTION).read_text(encoding="utf-8").count("[[")
    (folder / "20-many.toml").write_text("[[relation]]\n" * (tables + 1), encoding="utf-8")
    (problem,) = _problems(folder)
    assert (problem.file, problem.line) == ("20-many.toml", tables + 1)
    assert f"at most {vnplan.io.MAX_RECORDS:,}" in problem.message
    assert f"got {vnplan.io.MAX_RECORDS + 1:,}" in problem.message


# -- problems that had no line (item 8) ----------------------------------------------------


def test_a_report_toml_without_a_report_table_is_a_problem_at_line_1(folder: Path) -> None:
    (folder / "report.toml").write_text('number = "1/BC-UBND"\n', encoding="utf-8")
    (problem,) = _problems(folder)
    assert (str(problem.file), problem.line) == ("report.toml", 1)
    assert problem.message == "expected a [report] table"


def test_a_report_that_is_no_table_is_a_problem_at_its_line(folder: Path) -> None:
    (folder / "report.toml").write_text('# the report\n\nreport = "350"\n', encoding="utf-8")
    (problem,) = _problems(folder)
    assert (problem.file, problem.line) == ("report.toml", 3)
    assert problem.message == "expected a [report] table (got str '350')"


@pytest.mark.parametrize("year", ['"abc"', "22", "2022.0", "[2022]"])
def test_a_bad_year_is_a_problem_at_its_line(folder: Path, year: str) -> None:
    line = _edit(folder, "year = 2022", f"year = {year}", file="report.toml")
    problems = _problems(folder)
    assert problems
    assert all((p.file, p.line) == ("report.toml", line) for p in problems), problems


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[[figures]]\nid = 'x'\n", "unknown table 'figures'"),
        ("notes = 'x'\n", "unknown table 'notes'"),
        ("[figure]\nid = 'x'\n", "'figure' must be an array of tables"),
        ("[claim.x]\nid = 'x'\n", "'claim' must be an array of tables"),
        ("figure = 1\n", "'figure' must be an array of tables"),  # (was a raw TypeError)
        ("relation = [1]\n", "each 'relation' must be a table (got 1)"),
    ],
)
def test_a_table_of_the_wrong_name_or_shape_is_a_problem_at_its_line(
    tmp_path: Path, text: str, message: str
) -> None:
    folder = tmp_path / "mini"
    shutil.copytree(MINI, folder)
    (folder / "20-more.toml").write_text("# more\n" + text, encoding="utf-8")
    (problem,) = _problems(folder)
    assert (problem.file, problem.line) == ("20-more.toml", 2)
    assert problem.message.startswith(message)


# -- knock-on problems (item 14) -------------------------------------------------------------


def _claims_apart(folder: Path) -> None:
    """Move the claims and the relation to ``05-claims.toml``: before the file they name."""
    path = folder / SECTION
    text = path.read_text(encoding="utf-8")
    start = text.index("[[claim]]")
    path.write_text(text[:start], encoding="utf-8")
    (folder / "05-claims.toml").write_text(text[start:], encoding="utf-8")


def test_a_file_that_cannot_be_read_comes_before_the_problems_that_follow_from_it(
    folder: Path,
) -> None:
    _claims_apart(folder)
    line = _append(folder, b"x = [1,\n")
    problems = _problems(folder)
    assert (problems[0].file, problems[0].line) == (SECTION, line)
    assert problems[0].follows is None
    knock_ons = problems[1:]
    assert {p.file for p in knock_ons} == {"05-claims.toml"}
    assert len(knock_ons) == 5  # two subjects, a total and two parts
    for problem in knock_ons:
        assert problem.follows == SECTION
        assert str(problem).endswith(f"(follows from the problem in {SECTION})")
        assert "did you mean" not in problem.message


@pytest.mark.parametrize("damage", [b"\xff", b"x = " + b"[" * 1000], ids=["utf-8", "nesting"])
def test_every_way_a_file_cannot_be_read_is_a_root_cause(folder: Path, damage: bytes) -> None:
    _claims_apart(folder)
    _append(folder, damage)
    problems = _problems(folder)
    assert problems[0].file == SECTION
    assert all(p.follows == SECTION for p in problems[1:])


def test_a_table_naming_an_id_no_file_defines_is_no_knock_on(folder: Path) -> None:
    _claims_apart(folder)
    broken = _append(folder, b"x = [1,\n")
    line = _edit(
        folder, 'subject = "grain-output-2022"', 'subject = "grain-outpt-2022"', "05-claims.toml"
    )
    problems = _problems(folder)
    own = [(p.file, p.line) for p in problems if p.follows is None]
    assert own == [("05-claims.toml", line), (SECTION, broken)]
    assert problems[: len(own)] == [p for p in problems if p.follows is None]


@pytest.mark.parametrize("typo", ["tan", "tân", "tấnn", "TAN"])
def test_a_unit_typo_in_a_printed_figure_suggests_the_unit(folder: Path, typo: str) -> None:
    line = _edit(folder, 'printed = "282.647,81 tấn"', f'printed = "282.647,81 {typo}"')
    problems = _problems(folder)
    assert [(p.line, p.message.endswith("did you mean 'tấn'?")) for p in problems] == [(line, True)]


@pytest.mark.parametrize("typo", ["tan", "tân"])
def test_a_unit_typo_of_an_indicator_suggests_the_unit_and_its_figures_follow_from_it(
    folder: Path, typo: str
) -> None:
    line = _edit(folder, 'unit = "tấn"', f'unit = "{typo}"')
    first, *knock_ons = _problems(folder)
    assert first.line == line
    assert first.message.endswith("did you mean 'tấn'?")
    assert first.follows is None
    (knock_on,) = knock_ons  # the figure of grain output; its claims wait on it, unsaid
    assert knock_on.follows == f"{SECTION}:1"
    assert "indicator 'grain-output' has problems (follows from the problem at" in str(knock_on)
    assert "did you mean" not in knock_on.message


def test_a_unit_that_is_nothing_like_a_known_one_gets_no_suggestion(folder: Path) -> None:
    _edit(folder, 'printed = "282.647,81 tấn"', 'printed = "282.647,81 xyzzy"')
    (problem,) = _problems(folder)
    assert "did you mean" not in problem.message


def test_a_unit_that_does_not_fit_gets_no_suggestion(folder: Path) -> None:
    _edit(folder, 'printed = "282.647,81 tấn"', 'printed = "282.647,81 ha"')
    (problem,) = _problems(folder)
    assert "did you mean" not in problem.message


# -- concurrent first loads (item 21) ------------------------------------------------------

_THREADS = """
import threading
import vnplan

barrier = threading.Barrier(8)
reports = []

def load():
    barrier.wait()
    reports.append(vnplan.load("dien-bien-2022"))

threads = [threading.Thread(target=load) for _ in range(8)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
print(len(reports), len({id(report) for report in reports}))
"""


def test_concurrent_first_loads_of_a_bundled_report_give_one_report() -> None:
    """Eight threads that ask for it at once, in a fresh interpreter, get the same object."""
    child = subprocess.run(
        [sys.executable, "-c", _THREADS], capture_output=True, text=True, check=True
    )
    assert child.stdout.split() == ["8", "1"]
