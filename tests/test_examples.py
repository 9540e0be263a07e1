"""Every script in examples/ runs, and the notebook's code cells run in order."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import matplotlib as mpl
import pytest

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
SCRIPTS = sorted(EXAMPLES.glob("*.py"))
NOTEBOOKS = sorted(EXAMPLES.glob("*.ipynb"))


def _run(script: Path, *args: str, cwd: Path) -> str:
    completed = subprocess.run(
        [sys.executable, "-W", "error", str(script), *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
        check=False,
        env={"MPLBACKEND": "Agg", "PYTHONIOENCODING": "utf-8", "PATH": ""},
    )
    assert completed.returncode == 0, completed.stderr
    assert completed.stderr == ""
    return completed.stdout


def test_there_are_examples():
    assert len(SCRIPTS) >= 3
    assert [n.name for n in NOTEBOOKS] == ["dien-bien-2022.ipynb"]


@pytest.mark.parametrize("script", SCRIPTS, ids=lambda p: p.name)
def test_script_runs(script, tmp_path):
    out = _run(script, cwd=tmp_path)
    assert out.strip()


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
def test_notebook_cells_run_in_order(notebook, tmp_path, monkeypatch):
    """Execute every code cell with exec, in one namespace, as a kernel would."""
    mpl.use("Agg")
    monkeypatch.chdir(tmp_path)
    cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
    code = ["".join(cell["source"]) for cell in cells if cell["cell_type"] == "code"]
    assert code
    namespace: dict[str, object] = {"__name__": "__main__"}
    for number, source in enumerate(code):
        exec(compile(source, f"{notebook.name}[{number}]", "exec"), namespace)  # noqa: S102
    assert (tmp_path / "attainment-2022.png").exists()
    assert all(cell.get("outputs", []) == [] for cell in cells if cell["cell_type"] == "code")
