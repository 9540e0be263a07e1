"""How much ``import vnplan`` costs, against the libraries it cannot do without.

Runs, many times and alternating so that a noisy machine affects all alike, a fresh
interpreter for each of:

- ``python -c "import vnplan"``;
- ``python -c "import attrs, babel.numbers"`` (vnplan's core dependencies as loaded);
- ``python -c "import attrs, babel"`` (the baseline the issue names);
- ``python -c "pass"`` (the interpreter alone);

and prints the median wall time of each, and vnplan's ratio to and difference from each
baseline, in milliseconds. Also checks that ``import vnplan`` imported neither pint nor
hypothesis. Usage: ``python benchmarks/import_cost.py [RUNS]`` (default 30).
"""

from __future__ import annotations

import compileall
import statistics
import subprocess
import sys
import time
from pathlib import Path

COMMANDS = {
    "import vnplan": "import vnplan",
    "import attrs, babel.numbers": "import attrs, babel.numbers",
    "import attrs, babel": "import attrs, babel",
    "python alone": "pass",
}


def run_once(code: str) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True)
    return time.perf_counter() - start


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 30
    # Bytecode as pip writes it on install (see run.py): else each run compiles vnplan.
    import vnplan  # noqa: PLC0415 (only to find the package; the timed imports are fresh)

    compileall.compile_dir(Path(vnplan.__file__).parent, quiet=1)
    check = "import sys, vnplan; assert not {'pint', 'hypothesis'} & set(sys.modules), 'heavy'"
    subprocess.run([sys.executable, "-c", check], check=True)
    for code in COMMANDS.values():  # warm the file system caches
        run_once(code)
    times: dict[str, list[float]] = {name: [] for name in COMMANDS}
    for _ in range(runs):
        for name, code in COMMANDS.items():
            times[name].append(run_once(code))
    medians = {name: statistics.median(values) * 1000 for name, values in times.items()}
    print(f"{runs} runs each, alternating; median wall time of a fresh interpreter")
    print(f"{'command':<30}{'median ms':>12}")
    for name, median in medians.items():
        print(f"{name:<30}{median:>12.1f}")
    ours = medians["import vnplan"]
    print()
    print(f"{'import vnplan vs':<30}{'ratio':>12}{'difference ms':>16}")
    for name in ("import attrs, babel.numbers", "import attrs, babel", "python alone"):
        print(f"{name:<30}{ours / medians[name]:>12.2f}{ours - medians[name]:>16.1f}")
    print("import vnplan imports neither pint nor hypothesis: checked")


if __name__ == "__main__":
    main()
