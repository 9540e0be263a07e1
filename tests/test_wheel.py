"""Packaging: the sdist and the wheel build, the wheel works on a clean machine, metadata is whole.

The slow test builds the sdist and, from it, the wheel (as ``python -m build`` does), then
installs the wheel into a new virtual environment in a temporary folder outside the
source tree, with its dependencies from the package index, and runs vnplan there.
"""

from __future__ import annotations

import email.parser
import os
import re
import subprocess
import sys
import tarfile
import tomllib
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
DATA = ROOT / "src" / "vnplan" / "data"


def _run(args, *, cwd: Path, timeout: float = 900) -> str:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env["PYTHONIOENCODING"] = "utf-8"
    completed = subprocess.run(
        [str(a) for a in args],
        cwd=cwd,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=timeout,
        check=False,
        env=env,
    )
    assert completed.returncode == 0, f"{args}\n{completed.stdout}\n{completed.stderr}"
    return completed.stdout


def _data_files() -> list[str]:
    return sorted(p.relative_to(DATA.parent).as_posix() for p in DATA.rglob("*.toml"))


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> dict[str, Path]:
    """Build the sdist, then the wheel from the sdist."""
    out = tmp_path_factory.mktemp("dist")
    _run([sys.executable, "-m", "build", "--outdir", out, ROOT], cwd=out)
    (sdist,) = out.glob("vnplan-*.tar.gz")
    (wheel,) = out.glob("vnplan-*-py3-none-any.whl")
    return {"sdist": sdist, "wheel": wheel}


@pytest.mark.slow
def test_wheel_holds_the_package_and_its_data(built):
    names = set(zipfile.ZipFile(built["wheel"]).namelist())
    for data in _data_files():
        assert f"vnplan/{data}" in names, data
    required_files = (
        "vnplan/py.typed",
        "vnplan/units/units.txt",
        "vnplan/units/unit_table.txt",
        "vnplan/__init__.py",
        "vnplan/plot.py",
    )
    for required in required_files:
        assert required in names
    assert not any(name.startswith(("tests/", "docs/", "examples/")) for name in names)


@pytest.mark.slow
def test_sdist_holds_sources_tests_docs_and_examples(built):
    with tarfile.open(built["sdist"]) as sdist:
        names = {name.split("/", 1)[1] for name in sdist.getnames() if "/" in name}
    for required in (
        "pyproject.toml",
        "README.md",
        "LICENSE",
        "CHANGELOG.md",
        "src/vnplan/py.typed",
        "tests/test_wheel.py",
        "examples/dien-bien-2022.ipynb",
        "docs/index.md",
        *(f"src/vnplan/{data}" for data in _data_files()),
    ):
        assert required in names, required


@pytest.mark.slow
def test_wheel_metadata_renders_the_readme_and_lists_extras(built):
    with zipfile.ZipFile(built["wheel"]) as wheel:
        (meta,) = [n for n in wheel.namelist() if n.endswith(".dist-info/METADATA")]
        message = email.parser.Parser().parsestr(wheel.read(meta).decode("utf-8"))
    assert message["Name"] == "vnplan"
    assert message["Description-Content-Type"] == "text/markdown"
    assert "## Two commands" in message.get_payload()
    extras = {"pandas", "plot", "strategies", "all"}
    assert set(message.get_all("Provides-Extra")) >= extras
    urls = {url.split(",")[0] for url in message.get_all("Project-URL")}
    assert urls >= {"Documentation", "Source", "Issues", "Changelog"}
    assert message["Requires-Python"] == ">=3.11"


@pytest.mark.slow
def test_installed_wheel_works_outside_the_source_tree(built, tmp_path):
    """pip install the wheel into a fresh venv; audit and load the bundled report there."""
    venv = tmp_path / "venv"
    _run([sys.executable, "-m", "venv", venv], cwd=tmp_path)
    bindir = venv / ("Scripts" if os.name == "nt" else "bin")
    python = bindir / "python"
    _run([python, "-m", "pip", "install", "--quiet", built["wheel"]], cwd=tmp_path)

    audit = _run([bindir / "vnplan", "audit", "dien-bien-2022"], cwd=tmp_path)
    assert audit.startswith("Kiểm tra số liệu báo cáo")
    loaded = _run(
        [
            python,
            "-c",
            (
                "import vnplan; r = vnplan.load('dien-bien-2022'); "
                "print(vnplan.__file__); print(r.number, len(r.measurements))"
            ),
        ],
        cwd=tmp_path,
    )
    where, summary = loaded.splitlines()
    package = Path(where).parent
    assert venv in package.parents
    assert ROOT not in package.parents
    assert re.fullmatch(r"350/BC-UBND \d+", summary)
    for data in _data_files():
        assert (package / data).is_file(), data


def test_pyproject_metadata_is_complete():
    project = PYPROJECT["project"]
    assert project["readme"] == "README.md"  # rendered as Markdown on the package page
    assert (ROOT / project["readme"]).read_text(encoding="utf-8").startswith("# vnplan")
    assert project["license"] == "MIT"
    assert project["requires-python"] == ">=3.11"
    assert project["description"]
    assert project["keywords"]
    classifiers = project["classifiers"]
    for prefix in (
        "Development Status ::",
        "Intended Audience ::",
        "Natural Language :: Vietnamese",
        "Operating System ::",
        "Programming Language :: Python :: 3.11",
        "Topic ::",
        "Typing :: Typed",
    ):
        assert any(c.startswith(prefix) for c in classifiers), prefix
    assert len(set(classifiers)) == len(classifiers)
    assert set(project["urls"]) >= {"Documentation", "Source", "Issues", "Changelog"}
    extras = project["optional-dependencies"]
    assert extras["pandas"] == ["pandas>=2.1"]
    assert extras["plot"] == ["matplotlib>=3.11"]
    assert set(extras) >= {"pandas", "plot", "strategies", "frictionless", "all"}
    everything = extras["all"][0]
    for extra in set(extras) - {"all"}:
        assert extra in everything, extra
    assert project["scripts"]["vnplan"] == "vnplan.cli:main"
