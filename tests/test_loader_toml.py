"""Parsing report files: TOML 1.0 and 1.1, and every parse error a problem, never a crash."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import vnplan
from vnplan.exceptions import DataError

MINI = Path(__file__).parent / "data" / "mini"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    target = tmp_path / "mini"
    shutil.copytree(MINI, target)
    return target


def _append(folder: Path, text: str, file: str = "10-economy.toml") -> None:
    path = folder / file
    path.write_text(path.read_text(encoding="utf-8") + text, encoding="utf-8")


def test_toml_1_1_is_read(folder: Path) -> None:
    """A TOML 1.1 escape (``\\x76``) reads as the standard library's parser reads it."""
    _append(folder, 'language = "\\x76i"\n', file="report.toml")
    assert vnplan.load(folder).language == "vi"


def test_invalid_toml_is_a_problem_at_its_line(folder: Path) -> None:
    lines = len((folder / "10-economy.toml").read_text(encoding="utf-8").splitlines())
    _append(folder, "\n[[figure]]\nid = 1\nid = 2\n")
    with pytest.raises(DataError) as caught:
        vnplan.load(folder)
    (problem,) = caught.value.problems
    assert problem.file == "10-economy.toml"
    assert problem.line == lines + 4
    assert problem.message.startswith("not valid TOML: Cannot overwrite a value")


def _lines(folder: Path, file: str = "10-economy.toml") -> int:
    return len((folder / file).read_text(encoding="utf-8").splitlines())


@pytest.mark.parametrize("opening", ["[", "{ a = "])
@pytest.mark.parametrize("depth", [1_000, 100_000])
def test_deeply_nested_values_are_a_problem_not_a_crash(
    folder: Path, opening: str, depth: int
) -> None:
    """Nesting past the parser's limit is listed as a problem of its file, at its line."""
    lines = _lines(folder)
    closing = "]" if opening == "[" else "}"
    _append(folder, f"\nnested = {opening * depth}1{closing * depth}\n")
    with pytest.raises(DataError) as caught:
        vnplan.load(folder)
    (problem,) = caught.value.problems
    assert problem.file == "10-economy.toml"
    assert problem.line == lines + 2
    assert problem.message.startswith("not valid TOML: ")
    assert "nested" in problem.message


# The reproducers of issue 14, items 1 and 2: each appended to a section file.
NESTED = {
    "inline tables 5 000 deep": "x = " + "{a=" * 5000 + "1" + "}" * 5000,
    "arrays 100 000 deep": "x = " + "[" * 100_000 + "1" + "]" * 100_000,
    "1 000 open arrays": "x = " + "[" * 1000,
}


@pytest.mark.parametrize("text", NESTED.values(), ids=NESTED.keys())
def test_nesting_too_deep_is_a_data_error_with_file_and_line(folder: Path, text: str) -> None:
    lines = _lines(folder)
    _append(folder, "\n" + text)
    with pytest.raises(DataError) as caught:
        vnplan.load(folder)
    (problem,) = caught.value.problems
    assert (problem.file, problem.line) == ("10-economy.toml", lines + 2)


@pytest.mark.parametrize("text", NESTED.values(), ids=NESTED.keys())
def test_nesting_too_deep_is_a_failure_of_a_non_strict_load_many(folder: Path, text: str) -> None:
    lines = _lines(folder)
    _append(folder, "\n" + text)
    collection = vnplan.load_many([folder])
    (failure,) = collection.failures
    assert failure.problems[0].startswith(f"10-economy.toml:{lines + 2}: not valid TOML: ")
    assert not collection.reports


def test_a_bracket_in_a_string_or_comment_does_not_count_as_nesting(folder: Path) -> None:
    """The line given for nesting too deep is where it is deepest, not where a text is."""
    lines = _lines(folder)
    _append(folder, '\nnote_a = "[[[[[[[[[[[[[[[["  # [[[[[[[[[[[[[[[[[[[[\n' + "x = " + "[" * 500)
    with pytest.raises(DataError) as caught:
        vnplan.load(folder)
    (problem,) = caught.value.problems
    assert problem.line == lines + 3


@pytest.mark.parametrize(
    ("text", "extra_lines"),
    [('x = "abc', 2), ('x = """abc\n\n', 3), ("x = [1,\n", 2)],
    ids=["unterminated string", "unterminated multi-line string", "unterminated array"],
)
def test_an_error_at_the_end_of_a_file_is_at_its_last_line(
    folder: Path, text: str, extra_lines: int
) -> None:
    lines = _lines(folder)
    _append(folder, "\n" + text)
    with pytest.raises(DataError) as caught:
        vnplan.load(folder)
    (problem,) = caught.value.problems
    assert "end of document" in problem.message
    assert problem.line == lines + extra_lines
