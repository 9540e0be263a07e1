"""Throughput of vnplan's number parsing and formatting, against babel's, in one run.

Measures, on the same Vietnamese numbers taken from report Số 350/BC-UBND:

- ``vnplan.parse_number`` vs ``babel.numbers.parse_decimal(..., locale="vi")``
  (babel's strict mode too, the closest to vnplan's checks);
- ``vnplan.format_number`` vs ``babel.numbers.format_decimal(..., locale="vi",
  decimal_quantization=False)``;
- ``vnplan.parse_printed`` and ``vnplan.parse_quantity`` on whole figures with units, and
  ``vnplan.format_quantity``, which babel cannot do, for scale.

Prints calls per second and vnplan's ratio to babel (above 1: vnplan is faster).
The cases are timed in alternation and each keeps its best of seven rounds.
Usage: ``python benchmarks/parse_format.py [SECONDS_PER_CASE]`` (default 1).
"""

from __future__ import annotations

import sys
import timeit
from collections.abc import Callable

import babel.numbers

import vnplan

NUMBERS = ["13.963,91", "8.428,99", "810", "113,24", "102,49", "2,35", "1.500", "4.408.167", "78,0"]
FIGURES = ["13.963,91 tỷ đồng", "810 nghìn lượt", "102,49 %", "311,38 triệu lượt HK.Km"] * 3
VALUES = [vnplan.parse_number(text) for text in NUMBERS]
CALLS = len(NUMBERS)
ROUNDS = 7


def rates(functions: dict[str, Callable[[], object]], seconds: float) -> dict[str, float]:
    """Calls per second of each function (each makes CALLS calls).

    The cases are timed in alternation, ROUNDS times, and each keeps its best round, so
    that a busy machine slows all cases alike rather than whichever ran at the time.
    """
    timers = {name: timeit.Timer(function) for name, function in functions.items()}
    numbers = {}
    for name, timer in timers.items():
        loops, took = timer.autorange()
        numbers[name] = max(1, int(loops * seconds / ROUNDS / took))
    best = dict.fromkeys(timers, float("inf"))
    for _ in range(ROUNDS):
        for name, timer in timers.items():
            best[name] = min(best[name], timer.timeit(numbers[name]))
    return {name: numbers[name] * CALLS / best[name] for name in timers}


def check_agreement() -> None:
    """vnplan and babel read and write the sample alike (babel drops '78,0' to '78')."""
    for text, value in zip(NUMBERS, VALUES, strict=True):
        if babel.numbers.parse_decimal(text, locale="vi") != value:
            raise SystemExit(f"babel reads {text!r} differently")
        if babel.numbers.format_decimal(value, locale="vi") not in {
            vnplan.format_number(value),
            vnplan.format_number(value).removesuffix(",0"),
        }:
            raise SystemExit(f"babel writes {value!r} differently")


def cases() -> dict[str, Callable[[], object]]:
    """The timed cases: each makes CALLS calls."""
    figures = FIGURES[:CALLS]
    quantities = [vnplan.parse_quantity(text) for text in figures]
    return {
        "parse_number": lambda: [vnplan.parse_number(t) for t in NUMBERS],
        "babel parse_decimal": lambda: [
            babel.numbers.parse_decimal(t, locale="vi") for t in NUMBERS
        ],
        "babel parse_decimal strict": lambda: [
            babel.numbers.parse_decimal(t, locale="vi", strict=True) for t in NUMBERS
        ],
        "format_number": lambda: [vnplan.format_number(v) for v in VALUES],
        "babel format_decimal": lambda: [
            babel.numbers.format_decimal(v, locale="vi", decimal_quantization=False) for v in VALUES
        ],
        "parse_printed (with unit)": lambda: [vnplan.parse_printed(t) for t in figures],
        "parse_quantity (with unit)": lambda: [vnplan.parse_quantity(t) for t in figures],
        "format_quantity (with unit)": lambda: [vnplan.format_quantity(q) for q in quantities],
    }


def main() -> None:
    seconds = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0
    check_agreement()
    measured = rates(cases(), seconds)
    print(f"{'case':<30}{'calls/s':>14}{'µs/call':>10}")
    for name, value in measured.items():
        print(f"{name:<30}{value:>14,.0f}{1e6 / value:>10.2f}")
    print()
    print(f"{'vnplan vs babel':<42}{'ratio (>1: vnplan faster)':>26}")
    pairs = [
        ("parse_number / parse_decimal", "parse_number", "babel parse_decimal"),
        ("parse_number / parse_decimal strict", "parse_number", "babel parse_decimal strict"),
        ("format_number / format_decimal", "format_number", "babel format_decimal"),
    ]
    for label, ours, theirs in pairs:
        print(f"{label:<42}{measured[ours] / measured[theirs]:>26.2f}")


if __name__ == "__main__":
    main()
