"""Fuzzing report folders: a mutated copy of the bundled report loads, or is a DataError.

Hypothesis draws a batch of mutations (a line deleted, duplicated or swapped, a number
or a unit changed, bytes corrupted, invalid UTF-8, nesting too deep, open arrays, a
header broken, a quote dropped, a file emptied), applies each to its own copy of the
bundled report's folder, and loads the batch in one child process. A load must give a
report, or a ``DataError`` whose every problem names its file and line. The child
announces each folder before it loads it, so that a crash of the interpreter (as deep
nesting once caused) fails the test with the mutation that caused it, instead of
killing pytest.

``benchmarks/fuzz.py`` runs the same kind of fuzzing at scale (2 000 folders).
"""

from __future__ import annotations

import json
import random
import shutil
import subprocess
import sys
import tempfile
from importlib.resources import as_file, files
from pathlib import Path
from typing import NamedTuple

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

KINDS = (
    "delete",
    "duplicate",
    "swap",
    "number",
    "unit",
    "bytes",
    "utf8",
    "nest",
    "arrays",
    "header",
    "quote",
    "empty",
)
UNITS = ("tấn".encode(), b"ha", b"%", "đồng".encode(), "người".encode())
TYPOS = (b"tan", "tân".encode(), b"kg", b"", b"%%", "lần".encode())


class Mutation(NamedTuple):
    """One change to one file of a report folder; ``seed`` picks the line and the details."""

    kind: str
    file: int
    seed: int


mutations = st.builds(
    Mutation,
    kind=st.sampled_from(KINDS),
    file=st.integers(0, 6),
    seed=st.integers(0, 2**32 - 1),
)


def _mutate(folder: Path, mutation: Mutation) -> str:  # noqa: C901, PLR0912 (one branch a kind)
    """Apply ``mutation`` to a file of ``folder``; return what was done, for a failure."""
    rng = random.Random(mutation.seed)  # noqa: S311 (reproducible changes, no secrets)
    paths = sorted(folder.glob("*.toml"))
    path = paths[mutation.file % len(paths)]
    data = path.read_bytes()
    lines = data.split(b"\n")
    kind = mutation.kind
    # (a change of a number, a unit or a quote goes to a line that has one, when any has)
    has = {"number": b"0123456789", "unit": UNITS, "quote": [b'"']}.get(kind, [b""])
    fit = [i for i, line in enumerate(lines) if any(part in line for part in has)]
    where = rng.choice(fit) if fit else rng.randrange(len(lines))
    if kind == "delete":
        del lines[where]
    elif kind == "duplicate":
        lines.insert(where, lines[where])
    elif kind == "swap":
        other = rng.randrange(len(lines))
        lines[where], lines[other] = lines[other], lines[where]
    elif kind == "number":
        lines[where] = bytes(
            rng.choice(b"0123456789.,-") if chr(c).isdigit() and rng.random() < 0.3 else c
            for c in lines[where]
        )
    elif kind == "unit":
        found = [unit for unit in UNITS if unit in lines[where]] or [UNITS[0]]
        lines[where] = lines[where].replace(rng.choice(found), rng.choice(TYPOS))
    elif kind == "bytes":
        buffer = bytearray(data) or bytearray(b"\n")  # (an earlier mutation may empty it)
        for _ in range(rng.randint(1, 8)):
            buffer[rng.randrange(len(buffer))] = rng.randrange(256)
        path.write_bytes(bytes(buffer))
        return f"{path.name}: {kind} (seed {mutation.seed})"
    elif kind == "utf8":
        lines[where] += rng.choice([b"\xff", b"\xc3", b"\xe1\xba", b"\xed\xa0\x80"])
    elif kind == "nest":
        depth = rng.choice([50, 500, 5000])
        lines.append(b"x = " + b"{a=" * depth + b"1" + b"}" * depth)
    elif kind == "arrays":
        lines.append(b"x = " + b"[" * rng.choice([100, 1000, 100_000]))
    elif kind == "header":
        lines[where] = rng.choice([b"[[figure", b"[report]", b"[[claim]]]", b"[[x]]", b"[figure]"])
    elif kind == "quote":
        lines[where] = lines[where].replace(b'"', b"", 1)
    else:  # empty
        lines = [b""]
    path.write_bytes(b"\n".join(lines))
    return f"{path.name}:{where + 1}: {kind} (seed {mutation.seed})"


_CHILD = r"""
import json, sys, vnplan
from vnplan.exceptions import DataError
for line in sys.stdin:
    folder = line.strip()
    print(json.dumps({"start": folder}), flush=True)
    try:
        vnplan.load(folder)
        outcome = {"outcome": "ok"}
    except DataError as error:
        unplaced = [str(p) for p in error.problems if not p.file or p.line is None]
        outcome = {"outcome": "DataError", "problems": len(error.problems), "unplaced": unplaced}
    except BaseException as error:
        outcome = {"outcome": f"{type(error).__name__}: {error}"[:500]}
    outcome["folder"] = folder
    print(json.dumps(outcome), flush=True)
"""


def _load_in_child(folders: list[Path]) -> tuple[list[dict[str, object]], str | None, str]:
    """Load each folder in one child; the outcomes, the folder it died on if any, stderr."""
    child = subprocess.run(
        [sys.executable, "-c", _CHILD],
        input="".join(f"{folder}\n" for folder in folders),
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    outcomes: list[dict[str, object]] = []
    started = None
    for line in child.stdout.splitlines():
        record = json.loads(line)
        if "start" in record:
            started = record["start"]
        else:
            outcomes.append(record)
            started = None
    died = started if started is not None or child.returncode else None
    return outcomes, died, f"exit {child.returncode}: {child.stderr[-2000:]}"


def _check_batch(batch: list[list[Mutation]]) -> None:
    with tempfile.TemporaryDirectory() as tmp, as_file(files("vnplan") / "data") as data:
        done: dict[str, str] = {}
        folders = []
        for index, changes in enumerate(batch):
            folder = Path(tmp) / f"r{index:03d}"
            shutil.copytree(data / "dien_bien_2022", folder)
            done[str(folder)] = "; ".join(_mutate(folder, change) for change in changes)
            folders.append(folder)
        outcomes, died, stderr = _load_in_child(folders)
    assert died is None, f"the interpreter died loading {done.get(died, died)}: {stderr}"
    assert len(outcomes) == len(folders), stderr
    for outcome in outcomes:
        what = done[str(outcome["folder"])]
        assert outcome["outcome"] in {"ok", "DataError"}, f"{what}: {outcome['outcome']}"
        assert not outcome.get("unplaced"), f"{what}: problems with no line: {outcome}"


#: Folders per child: a child's start (about half a second) is paid once per batch.
BATCH = 20


@settings(max_examples=3, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.lists(mutations, min_size=1, max_size=2), min_size=BATCH, max_size=BATCH))
def test_a_mutated_report_folder_loads_or_is_a_data_error_with_file_and_line(
    batch: list[list[Mutation]],
) -> None:
    _check_batch(batch)


@pytest.mark.slow
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.lists(mutations, min_size=1, max_size=3), min_size=40, max_size=40))
def test_many_mutated_report_folders_load_or_are_data_errors_with_file_and_line(
    batch: list[list[Mutation]],
) -> None:
    _check_batch(batch)


@pytest.mark.parametrize("kind", KINDS)
def test_each_kind_of_mutation_changes_the_folder(tmp_path: Path, kind: str) -> None:
    """The fuzzer's mutations do what they say: no kind leaves every file as it was."""
    with as_file(files("vnplan") / "data") as data:
        original = data / "dien_bien_2022"
        changed = 0
        for seed in range(5):
            folder = tmp_path / f"{kind}-{seed}"
            shutil.copytree(original, folder)
            _mutate(folder, Mutation(kind=kind, file=seed, seed=seed))
            changed += any(
                (folder / path.name).read_bytes() != path.read_bytes()
                for path in original.iterdir()
            )
    assert changed >= 3


def test_mutations_apply_one_after_another_even_to_an_emptied_file(tmp_path: Path) -> None:
    """Corrupting the bytes of a file an earlier mutation emptied still corrupts it."""
    with as_file(files("vnplan") / "data") as data:
        folder = tmp_path / "r"
        shutil.copytree(data / "dien_bien_2022", folder)
    path = min(folder.glob("*.toml"))
    _mutate(folder, Mutation(kind="empty", file=0, seed=1))
    assert path.read_bytes() == b""
    _mutate(folder, Mutation(kind="bytes", file=0, seed=1))
    assert path.read_bytes() != b""
