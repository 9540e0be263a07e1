"""Every script in examples/ runs, the notebook runs and shows its charts, and neither
writes into the folder it runs in."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import matplotlib as mpl
import pytest

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
SCRIPTS = sorted(EXAMPLES.glob("*.py"))
NOTEBOOKS = sorted(EXAMPLES.glob("*.ipynb"))


def _run(script: Path, *args: str, cwd: Path, tmp: Path | None = None) -> str:
    env = {"MPLBACKEND": "Agg", "PYTHONIOENCODING": "utf-8", "PATH": ""}
    if tmp is not None:
        env["TMPDIR"] = str(tmp)
    completed = subprocess.run(
        [sys.executable, "-W", "error", str(script), *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
        check=False,
        env=env,
    )
    assert completed.returncode == 0, completed.stderr
    assert completed.stderr == ""
    return completed.stdout


def test_there_are_examples():
    assert len(SCRIPTS) >= 3
    assert [n.name for n in NOTEBOOKS] == ["dien-bien-2022.ipynb"]


@pytest.fixture
def folders(tmp_path):
    """An empty working folder and a temporary folder, apart."""
    cwd, tmp = tmp_path / "cwd", tmp_path / "tmp"
    cwd.mkdir()
    tmp.mkdir()
    return cwd, tmp


@pytest.mark.parametrize("script", SCRIPTS, ids=lambda p: p.name)
def test_script_runs_and_writes_nothing_where_it_runs(script, folders):
    cwd, tmp = folders
    out = _run(script, cwd=cwd, tmp=tmp)
    assert out.strip()
    assert list(cwd.iterdir()) == []


def test_chart_script_writes_to_a_new_temporary_folder_by_default(folders):
    cwd, tmp = folders
    out = _run(EXAMPLES / "attainment_chart.py", cwd=cwd, tmp=tmp)
    (written,) = tmp.iterdir()
    assert sorted(p.name for p in written.iterdir()) == ["attainment-2022.png", "growth-2022.png"]
    assert str(written / "attainment-2022.png") in out


@pytest.mark.slow
def test_scripts_say_what_they_promise(tmp_path):
    unmet = _run(EXAMPLES / "unmet_targets.py", "--lang", "en", cwd=tmp_path)
    assert "Maize planted area: 25.603,36 ha, 97.51%" in unmet
    findings = _run(EXAMPLES / "audit_findings.py", cwd=tmp_path)
    assert "'material':" in findings
    _run(EXAMPLES / "export_frames.py", "out", cwd=tmp_path)
    header = (tmp_path / "out" / "figures.csv").read_text(encoding="utf-8").splitlines()[0]
    assert header.startswith("id,indicator,name_vi,name_en,sector")
    _run(EXAMPLES / "attainment_chart.py", "charts", "--lang", "en", cwd=tmp_path)
    assert (tmp_path / "charts" / "attainment-2022.png").read_bytes().startswith(b"\x89PNG")


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_cells_run_in_order(notebook, folders, monkeypatch):
    """Execute every code cell with exec, in one namespace, as a kernel would."""
    cwd, tmp = folders
    mpl.use("Agg")
    monkeypatch.chdir(cwd)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp))
    cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
    code = ["".join(cell["source"]) for cell in cells if cell["cell_type"] == "code"]
    assert code
    namespace: dict[str, object] = {"__name__": "__main__"}
    for number, source in enumerate(code):
        exec(compile(source, f"{notebook.name}[{number}]", "exec"), namespace)  # noqa: S102
    assert (tmp / "attainment-2022.png").exists()
    assert list(cwd.iterdir()) == []
    assert all(cell.get("outputs", []) == [] for cell in cells if cell["cell_type"] == "code")


@pytest.mark.slow
@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_shows_its_charts_as_images_in_a_kernel(notebook, folders):
    """Run the notebook in a Jupyter kernel: each chart last in a cell is an image."""
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    cwd, tmp = folders
    document = nbformat.read(notebook, as_version=4)
    client = nbclient.NotebookClient(document, timeout=300, kernel_name="python3")
    env = {key: value for key, value in os.environ.items() if key != "MPLBACKEND"}
    client.execute(cwd=str(cwd), env={**env, "TMPDIR": str(tmp)})
    results = [
        output
        for cell in document.cells
        if cell.cell_type == "code"
        for output in cell.outputs
        if output.output_type == "execute_result"
    ]
    figures = [r for r in results if re.match(r"<\w*Figure size", r.data["text/plain"])]
    assert len(figures) == 2
    assert all(r.data["image/png"] for r in figures)
    assert (tmp / "attainment-2022.png").exists()
    assert list(cwd.iterdir()) == []
