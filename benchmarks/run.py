"""vnplan's benchmarks: every figure a ratio against a baseline measured in the same run.

Run from a clone, with vnplan and pandas installed::

    python benchmarks/run.py            # the full run: a corpus of 630 reports
    python benchmarks/run.py --quick    # a smaller corpus (126 reports), fewer repeats

Each benchmark is timed against a baseline run on the same machine in the same run, so
that the ratios hold across machines; the absolute numbers are printed beside them.
Times are CPU times (user + system, of this process or of the child interpreter), which
a machine busy with other work disturbs far less than wall-clock time; every benchmark is
single-threaded, so on an idle machine the two agree.

1. ``import vnplan`` against ``import attrs, babel.numbers`` (fresh interpreters, best of
   several): the difference in milliseconds.
2. A cold ``vnplan audit dien-bien-2022`` (a fresh interpreter) against ``import pint``.
3. A warm load and audit of the bundled report (in a warmed process) against
   ``json.loads`` of the report's JSON export: once loaded by name, which reads the
   report once per process (so it times the audit of a report in memory), and once
   loaded from its folder, read anew each time.
4. A generated corpus (``benchmarks/corpus.py``) loaded with ``vnplan.load_many``,
   audited and exported to pandas, in a fresh interpreter each: 63 reports and 630 (126
   with ``--quick``). The baseline is reading the same TOML files with ``tomllib``; the
   peak memory (``ru_maxrss``) is set against a process that imports vnplan and pandas.
5. Attainment and growth over the whole corpus (``Collection.attainment`` and
   ``Collection.growth``) against ``benchmarks/naive.py``, which pairs the figures itself
   and computes with one pint Quantity per figure. Both start from a fresh copy of the
   same loaded collection, with the garbage collector paused, alternated, median of
   three (one with ``--quick``), and give the same list of comparisons; the results are
   checked to be identical (``tests/test_collection.py`` checks it too).
"""

from __future__ import annotations

import argparse
import compileall
import gc
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import tomllib
from collections.abc import Callable
from importlib.resources import as_file, files
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

MB = 1024 * 1024


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _command(args: list[str]) -> float:
    """CPU time (user + system) of a fresh interpreter run with ``args``."""
    before = _children_cpu()
    subprocess.run([sys.executable, *args], check=True, stdout=subprocess.DEVNULL)
    return _children_cpu() - before


def _run(code: str) -> float:
    """CPU time of a fresh interpreter running ``code``."""
    return _command(["-c", code])


def _best(function: Callable[[], float], repeat: int) -> float:
    return min(function() for _ in range(repeat))


def _median_pair(
    first: Callable[[], float], second: Callable[[], float], repeat: int
) -> tuple[float, float]:
    """Median of ``repeat`` runs each, alternated so that both see the same machine."""
    a, b = [], []
    for _ in range(repeat):
        a.append(first())
        b.append(second())
    return statistics.median(a), statistics.median(b)


def _timed(function: Callable[[], object]) -> float:
    """CPU time of one call in this process."""
    start = time.process_time()
    function()
    return time.process_time() - start


# -- the child process: one corpus, loaded, audited and exported --------------------------


def child(folder: str) -> None:
    """Load, audit and export the corpus in ``folder``; print the numbers as JSON."""
    import vnplan  # noqa: PLC0415 (timed from a fresh interpreter)

    gc.collect()
    start = time.process_time()
    collection = vnplan.load_many(folder)
    loaded = time.process_time()
    audit = collection.audit()
    audited = time.process_time()
    frame = collection.to_pandas()
    exported = time.process_time()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    result = {
        "reports": len(collection),
        "failures": len(collection.failures),
        "figures": sum(len(r.measurements) + len(r.targets) for r in collection.reports),
        "rows": len(frame),
        "findings": audit.summary["total"],
        "load": loaded - start,
        "audit": audited - loaded,
        "pandas": exported - audited,
        "total": exported - start,
        "peak": peak,
    }
    print(json.dumps(result))


def _baseline_memory() -> int:
    code = (
        "import resource, vnplan, pandas;"
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], check=True, capture_output=True, text=True
    ).stdout
    return int(out)


def _corpus_child(folder: Path) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--child", str(folder)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    numbers: dict[str, float] = json.loads(out.strip().splitlines()[-1])
    return numbers


def _read_toml(folder: Path) -> float:
    """CPU time to read every TOML file of the corpus with the standard library."""
    paths = sorted(folder.glob("*/*.toml"))
    start = time.process_time()
    for path in paths:
        tomllib.loads(path.read_text(encoding="utf-8"))
    return time.process_time() - start


# -- the table ----------------------------------------------------------------------------


class Table:
    """Rows of benchmark, vnplan, baseline, ratio, target and whether it is met."""

    def __init__(self) -> None:
        self.rows: list[tuple[str, str, str, str, str, str]] = []

    def add(
        self, name: str, ours: str, baseline: str, ratio: str, target: str, *, met: bool
    ) -> None:
        self.rows.append((name, ours, baseline, ratio, target, "yes" if met else "NO"))
        print(f"  {name}: {ratio} ({target}: {'met' if met else 'NOT met'})", file=sys.stderr)

    def markdown(self) -> str:
        head = ("benchmark", "vnplan", "baseline (same run)", "ratio", "target", "met")
        lines = [
            "| " + " | ".join(head) + " |",
            "| " + " | ".join("---" for _ in head) + " |",
        ]
        lines.extend("| " + " | ".join(row) + " |" for row in self.rows)
        return "\n".join(lines)


def _machine() -> str:
    model = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (
        f"{os.cpu_count()} cores ({model}), Python {platform.python_version()}, "
        f"{platform.system()} {platform.release()}"
    )


def main() -> None:  # noqa: PLR0915 (one benchmark after the other, in order)
    parser = argparse.ArgumentParser(description="vnplan benchmarks")
    parser.add_argument("--quick", action="store_true", help="126 reports, fewer repeats")
    parser.add_argument("--seed", type=int, default=2025, help="the corpus seed")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child)
        return

    import attrs  # noqa: PLC0415
    import naive  # noqa: PLC0415 (benchmarks/ is on sys.path)
    from corpus import PROVINCES, build_corpus  # noqa: PLC0415

    import vnplan  # noqa: PLC0415
    from vnplan.io import to_json  # noqa: PLC0415

    # As pip does when it installs a package: else, where PYTHONDONTWRITEBYTECODE is set
    # (or the tree was just edited), each fresh interpreter would compile vnplan's source
    # while the baselines load their installed bytecode.
    compileall.compile_dir(Path(vnplan.__file__).parent, quiet=1)
    repeat = 5 if args.quick else 11
    big = 2 * PROVINCES if args.quick else 10 * PROVINCES
    table = Table()
    print(f"vnplan {vnplan.__version__} on {_machine()}", file=sys.stderr)

    # 1. import
    ours, base = _median_pair(
        lambda: _run("import vnplan"), lambda: _run("import attrs, babel.numbers"), repeat
    )
    delta = (ours - base) * 1000
    table.add(
        "`import vnplan` vs `import attrs, babel.numbers`",
        f"{ours * 1000:.0f} ms",
        f"{base * 1000:.0f} ms",
        f"+{delta:.0f} ms ({ours / base:.2f}×)",
        "≤ +50 ms",
        met=delta <= 50,
    )

    # 2. cold audit
    ours, base = _median_pair(
        lambda: _command(["-m", "vnplan", "audit", "dien-bien-2022"]),
        lambda: _run("import pint"),
        repeat,
    )
    table.add(
        "cold `vnplan audit dien-bien-2022` vs `import pint`",
        f"{ours * 1000:.0f} ms",
        f"{base * 1000:.0f} ms",
        f"{ours / base:.2f}×",
        "≤ 1.5×",
        met=ours / base <= 1.5,
    )

    # 3. warm load and audit. A bundled name is read once per process, so the first row
    # is the audit of a report in memory; the second reads the report's folder anew.
    report = vnplan.load("dien-bien-2022")
    vnplan.audit(report)
    text = to_json(report)
    base = _best(lambda: _timed(lambda: json.loads(text)), repeat * 3)
    ours = _best(lambda: _timed(lambda: vnplan.audit(vnplan.load("dien-bien-2022"))), repeat * 3)
    table.add(
        "warm `load` (by name: read once per process) + audit of dien-bien-2022 "
        "vs `json.loads` of its JSON export",
        f"{ours * 1000:.1f} ms",
        f"{base * 1000:.1f} ms",
        f"{ours / base:.1f}×",
        "≤ 20 ms",
        met=ours <= 0.020,
    )
    info = vnplan.datasets()[0]
    with as_file(files("vnplan").joinpath("data", info.folder)) as folder:
        vnplan.audit(vnplan.load(folder))
        ours = _best(lambda: _timed(lambda: vnplan.audit(vnplan.load(folder))), repeat * 3)
    table.add(
        "warm `load` of its folder, read anew, + audit vs the same `json.loads`",
        f"{ours * 1000:.1f} ms",
        f"{base * 1000:.1f} ms",
        f"{ours / base:.1f}×",
        "≤ 20 ms",
        met=ours <= 0.020,
    )

    # 4. the corpus
    with tempfile.TemporaryDirectory(prefix="vnplan-corpus-") as tmp:
        small_folder, big_folder = Path(tmp, "small"), Path(tmp, "big")
        print(f"  writing corpora of {PROVINCES} and {big} reports …", file=sys.stderr)
        build_corpus(small_folder, PROVINCES, seed=args.seed)
        build_corpus(big_folder, big, seed=args.seed)
        small = _corpus_child(small_folder)
        large = _corpus_child(big_folder)
        toml_time = _read_toml(big_folder)
        memory_base = _baseline_memory()
        detail = (
            f"load {large['load']:.1f} s, audit {large['audit']:.1f} s, "
            f"pandas {large['pandas']:.1f} s; {int(large['figures'])} figures"
        )
        table.add(
            f"{big} reports loaded, audited, to pandas vs `tomllib` reading their files",
            f"{large['total']:.1f} s ({detail})",
            f"{toml_time:.1f} s",
            f"{large['total'] / toml_time:.1f}×",
            "≤ 15 s",
            met=large["total"] <= 15,
        )
        linear = big / PROVINCES
        scaling = large["total"] / small["total"]
        table.add(
            f"time for {big} reports vs time for {PROVINCES}",
            f"{large['total']:.1f} s",
            f"{small['total']:.1f} s",
            f"{scaling:.1f}",
            f"≤ {linear * 1.1:.1f} (linear is {linear:.0f})",
            met=scaling <= linear * 1.1,
        )
        table.add(
            f"peak memory, {big} reports vs a process importing vnplan and pandas",
            f"{large['peak'] / MB:.0f} MB",
            f"{memory_base / MB:.0f} MB",
            f"{large['peak'] / memory_base:.1f}×",
            "≤ 1.5 GB",
            met=large["peak"] <= 1.5 * 1024 * MB,
        )

        # 5. attainment and growth against one pint Quantity per figure: both start from
        # the same loaded collection and give the same list of comparisons, each pairing
        # the figures itself; the collector is paused for both (vnplan pauses it anyway).
        # One run each is at the mercy of a busy machine: the median of three, alternated,
        # each on a fresh copy of the collection (nothing worked out yet).
        collection = vnplan.load_many(big_folder)
        ours_runs: list[float] = []
        base_runs: list[float] = []
        gc.collect()
        gc.disable()
        try:
            for _ in range(1 if args.quick else 3):
                fresh = attrs.evolve(collection)
                start = time.process_time()
                pairs = (*fresh.attainment(), *fresh.growth())
                ours_runs.append(time.process_time() - start)
                fresh = attrs.evolve(collection)
                start = time.process_time()
                slow = naive.comparisons(fresh)
                base_runs.append(time.process_time() - start)
        finally:
            gc.enable()
        ours, base = statistics.median(ours_runs), statistics.median(base_runs)
        same = slow == naive.results(pairs)
        table.add(
            f"attainment + growth over {big} reports ({len(pairs)} pairs) vs naive pint",
            f"{ours:.2f} s",
            f"{base:.2f} s",
            f"{base / ours:.1f}× faster, results {'identical' if same else 'DIFFER'}",
            "≥ 10×, identical",
            met=base / ours >= 10 and same,
        )

    print(f"\nvnplan {vnplan.__version__} on {_machine()}\n")
    print(table.markdown())


if __name__ == "__main__":
    main()
