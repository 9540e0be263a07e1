"""Every example in the docs, the README and the docstrings runs and gives what it shows."""

from __future__ import annotations

import doctest
import importlib
import pkgutil
import re
import subprocess
import sys
from pathlib import Path

import pytest

import vnplan

ROOT = Path(__file__).resolve().parent.parent
PAGES = sorted([ROOT / "README.md", *(ROOT / "docs").glob("*.md")])
FLAGS = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE


def _modules() -> list[str]:
    names = ["vnplan"]
    for info in pkgutil.walk_packages(vnplan.__path__, prefix="vnplan."):
        if info.name in {"vnplan.strategies", "vnplan.__main__"}:
            continue
        names.append(info.name)
    return sorted(names)


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_examples_in_page_run(page: Path) -> None:
    failures, _ = doctest.testfile(
        str(page), module_relative=False, optionflags=FLAGS, encoding="utf-8", verbose=False
    )
    assert failures == 0


@pytest.mark.parametrize("name", _modules())
def test_examples_in_docstrings_run(name: str) -> None:
    module = importlib.import_module(name)
    failures, _ = doctest.testmod(module, optionflags=FLAGS, verbose=False)
    assert failures == 0


def _git_status() -> str | None:
    """The short status of the checkout (untracked and changed files), if it is one."""
    try:
        done = subprocess.run(
            ["git", "status", "--porcelain"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=False,
        )
    except OSError:
        return None
    return done.stdout if done.returncode == 0 else None


@pytest.mark.slow
def test_docs_build_shows_charts_and_sector_names_and_leaves_the_checkout_clean(tmp_path):
    pytest.importorskip("myst_nb")
    before = _git_status()
    command = [sys.executable, "-m", "sphinx", "-q", "-n", "-W", "--keep-going", "-b", "html"]
    built = subprocess.run(
        [*command, str(ROOT / "docs"), str(tmp_path)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=600,
        check=False,
    )
    assert built.returncode == 0, built.stderr
    tutorial = (tmp_path / "tutorial.html").read_text(encoding="utf-8")
    assert "Figure size" not in tutorial
    images = re.findall(r'<img [^>]*src="(_images/[^"]+\.png)"', tutorial)
    assert len(images) == 2  # the attainment and the growth chart
    assert all((tmp_path / image).stat().st_size > 10_000 for image in images)
    dataset = (tmp_path / "dataset.html").read_text(encoding="utf-8")
    headings = re.findall(r"<h3>(.*?)<a ", dataset)
    assert "Nội vụ, cải cách hành chính · Administration" in headings
    assert "administration" not in headings
    assert _git_status() == before
