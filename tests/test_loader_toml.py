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


@pytest.mark.parametrize("opening", ["[", "{ a = "])
@pytest.mark.parametrize("depth", [1_000, 100_000])
def test_deeply_nested_values_are_a_problem_not_a_crash(
    folder: Path, opening: str, depth: int
) -> None:
    """Nesting past the parser's limit is listed as a problem of its file."""
    closing = "]" if opening == "[" else "}"
    _append(folder, f"\nnested = {opening * depth}1{closing * depth}\n")
    with pytest.raises(DataError) as caught:
        vnplan.load(folder)
    (problem,) = caught.value.problems
    assert problem.file == "10-economy.toml"
    assert problem.message.startswith("not valid TOML: ")
    assert "nested" in problem.message
