"""vnplan's modules form layers: no import cycle, no module over 800 lines, the contract kept.

Every import counts: at the top of a module, inside a function, under ``TYPE_CHECKING``.
A cycle through a lazy import is still a cycle in the design. The façade
(``vnplan/__init__.py``) stands outside the graph: every module imports it by being inside
the package. A layer package's ``__init__.py`` is in the graph: importing ``vnplan.io.export``
from outside ``vnplan.io`` runs ``vnplan/io/__init__.py`` first.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

import vnplan

ROOT = Path(vnplan.__file__).parent
REPOSITORY = Path(__file__).parents[1]
FACADE = "vnplan"
MAX_LINES = 800


def module_names() -> dict[str, Path]:
    """Every module of vnplan by its dotted name, packages by their ``__init__.py``."""
    found = {}
    for path in sorted(ROOT.rglob("*.py")):
        parts = list(path.relative_to(ROOT.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


def imported(name: str, path: Path, known: set[str]) -> set[str]:
    """The vnplan modules ``name`` imports, packages run on the way in included."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    targets: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            targets.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                base = ".".join([*anchor, base] if base else anchor)
            # ``from vnplan import units`` imports the module vnplan.units
            submodules = {f"{base}.{alias.name}" for alias in node.names} & known
            targets.update(submodules or {base})
    return {
        module
        for target in targets
        for module in run_by_importing(enclosing(target, known))
        if module != name and not name.startswith(f"{module}.")  # not itself, nor its package
    }


def enclosing(target: str, known: set[str]) -> str:
    """The module a dotted name is in: ``vnplan.io.export.to_json`` is in vnplan.io.export."""
    while target and target not in known:
        target = target.rpartition(".")[0]
    return target


def run_by_importing(module: str) -> list[str]:
    """The module and the packages importing it runs first, the façade left out.

    Importing ``vnplan.io.export`` runs ``vnplan.io`` first: ``["vnplan.io", "vnplan.io.export"]``.
    """
    parts = module.split(".")
    return [".".join(parts[:count]) for count in range(2, len(parts) + 1)]


def import_graph() -> dict[str, set[str]]:
    """vnplan's modules and the modules each imports, the façade left out."""
    names = module_names()
    del names[FACADE]
    return {name: imported(name, path, set(names)) for name, path in names.items()}


def find_cycle(graph: dict[str, set[str]]) -> list[str]:
    """One import cycle as ``[a, b, …, a]``, or ``[]`` when there is none."""
    done: set[str] = set()
    path: list[str] = []
    on_path: set[str] = set()

    def visit(node: str) -> list[str]:
        path.append(node)
        on_path.add(node)
        for following in sorted(graph[node]):
            if following in on_path:
                return [*path[path.index(following) :], following]
            if following not in done:
                cycle = visit(following)
                if cycle:
                    return cycle
        path.pop()
        on_path.discard(node)
        done.add(node)
        return []

    for start in sorted(graph):
        if start not in done:
            cycle = visit(start)
            if cycle:
                return cycle
    return []


def test_the_graph_sees_every_kind_of_import() -> None:
    """Lazy, TYPE_CHECKING, relative and ``from package import module`` imports all count."""
    graph = import_graph()
    assert "vnplan.strategies" in graph["vnplan._hypothesis_hook"]  # inside a function
    assert "vnplan.units" in graph["vnplan.strategies.values"]  # from vnplan import units
    assert {"vnplan.model.interval", "vnplan.model"} <= graph["vnplan.strategies.values"]
    assert "vnplan.strategies.values" in graph["vnplan.strategies"]
    assert "vnplan.strategies" not in graph["vnplan.strategies.values"]  # its own package


def test_find_cycle_names_the_modules_of_a_cycle() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a", "d"}, "d": set()}
    assert find_cycle(graph) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set()}) == []


def test_no_import_cycle() -> None:
    cycle = find_cycle(import_graph())
    assert not cycle, "import cycle: " + " -> ".join(cycle)


def test_no_module_over_800_lines() -> None:
    sizes = {
        name: len(path.read_text(encoding="utf-8").splitlines())
        for name, path in module_names().items()
    }
    over = {name: lines for name, lines in sorted(sizes.items()) if lines > MAX_LINES}
    assert not over, f"modules over {MAX_LINES} lines: {over}"


def test_lint_imports_keeps_the_layers_contract() -> None:
    """import-linter checks the contract in pyproject.toml (where it is installed)."""
    executable = Path(sys.executable).with_name("lint-imports")
    if not executable.exists():
        pytest.skip("lint-imports is not installed next to this interpreter")
    run = subprocess.run(
        [executable, "--no-cache"], cwd=REPOSITORY, capture_output=True, text=True, check=False
    )
    assert run.returncode == 0, run.stdout + run.stderr
