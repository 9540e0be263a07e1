"""The repository keeps its promises: README commands, CI script, changelog, typed marker."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _readme_commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return re.findall(r"```sh\n(.+?)\n```", text, flags=re.DOTALL)


def test_readme_gives_exactly_two_commands() -> None:
    commands = _readme_commands()
    assert len(commands) == 2
    assert all("\n" not in command for command in commands)


def test_readme_first_command_installs_and_audits_the_bundled_report() -> None:
    first = _readme_commands()[0]
    assert "pip install ." in first
    assert first.endswith("vnplan audit dien-bien-2022")


def test_ci_runs_exactly_the_readme_test_command() -> None:
    second = _readme_commands()[1]
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert second in ci


def test_changelog_has_an_unreleased_section() -> None:
    text = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert "## [Unreleased]" in text


def test_package_ships_py_typed() -> None:
    assert (ROOT / "src" / "vnplan" / "py.typed").is_file()
