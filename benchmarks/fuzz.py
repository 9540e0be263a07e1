"""Fuzz vnplan's input paths: every outcome must be a result or a VnplanError.

Run from a clone, with vnplan installed::

    python benchmarks/fuzz.py                         # 100 000 parser inputs, 2 000 folders
    python benchmarks/fuzz.py --texts 5000 --folders 200 --seed 7

1. **Parsers.** Random texts, built from the characters and words that reports print
   (digits, separators, signs, qualifiers, units, scale words, dates, document numbers)
   and from mutations of real figures, go to each public parser. A parser may return or
   raise a ``VnplanError``; anything else is a defect.
2. **Report folders.** Copies of the bundled report's folder are mutated (a line deleted
   or duplicated, a number or unit changed, bytes corrupted, invalid UTF-8, deep nesting,
   open arrays, a table header broken, a file emptied) and loaded with ``vnplan.load``
   in child processes, so that a crash of the interpreter is counted, not fatal. A load
   may succeed or raise a ``DataError`` whose every problem names its file and line;
   anything else is a defect.

It prints a table of outcomes and the first examples of each defect, and exits 1 when
there is any defect.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from importlib.resources import as_file, files
from pathlib import Path

ALPHABET = [
    *"0123456789.,%/-+() ",
    " tỷ đồng",
    " triệu đồng",
    " nghìn tỷ",
    " tấn",
    " ha",
    " lượt",
    " người",
    " hộ",
    " xã",
    " USD",
    " triệu USD",
    " km",
    " MW",
    " lần",
    " điểm %",
    "trên ",
    "khoảng ",
    "dưới ",
    "đạt ",
    "tăng ",
    "giảm ",
    " nghìn",
    " tỷ",
    " tỉ",
    "ngày ",
    " tháng ",
    " năm ",
    "Số ",
    "/BC-UBND",
    "/NĐ-CP",
    "\u00a0",
    "\u2212",
    "\u2028",
    "\u3000",
    "ǀ",
    "é",
    "\x00",
    "\u0301",
]
SEEDS = [
    "13.963,91 tỷ đồng",
    "282.647,81 tấn",
    "16,93%",
    "115/115 xã",
    "9.421/8.350 người",
    "tăng 2,35 lần",
    "03 nhà máy",
    "khoảng 60.600 lượt khách",
    "trên 10,0%",
    "0,2 điểm %",
    "ngày 02 tháng 12 năm 2022",
    "350/BC-UBND",
    "30/2020/NĐ-CP",
    "78,0",
    "1.234.567,890",
]


def _random_text(rng: random.Random) -> str:
    if rng.random() < 0.5:
        text = list(rng.choice(SEEDS))
        for _ in range(rng.randint(1, 4)):
            where = rng.randint(0, len(text))
            action = rng.random()
            if action < 0.4 and text:
                del text[min(where, len(text) - 1)]
            elif action < 0.8:
                text.insert(where, rng.choice(ALPHABET))
            else:
                text[where:where] = list(rng.choice(SEEDS))
        return "".join(text)
    return "".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 12)))


def fuzz_parsers(count: int, seed: int) -> tuple[Counter[str], list[str]]:
    """Feed ``count`` random texts to each public parser; count outcomes by kind."""
    import vnplan  # noqa: PLC0415 (timed with the run)
    from vnplan.exceptions import VnplanError  # noqa: PLC0415

    parsers = {
        "parse_printed": vnplan.parse_printed,
        "parse_number": vnplan.parse_number,
        "parse_quantity": vnplan.parse_quantity,
        "parse_percent": vnplan.parse_percent,
        "parse_date": vnplan.parse_date,
        "parse_document_number": vnplan.parse_document_number,
    }
    rng = random.Random(seed)  # noqa: S311 (reproducible inputs, no secrets)
    outcomes: Counter[str] = Counter()
    defects: list[str] = []
    names = list(parsers)
    for index in range(count):
        text = _random_text(rng)
        name = names[index % len(names)]
        try:
            parsers[name](text)
        except VnplanError:
            outcomes["VnplanError"] += 1
        except Exception as error:  # noqa: BLE001 (counting is the point)
            outcomes["other"] += 1
            if len(defects) < 20:
                defects.append(f"{name}({text!r}): {type(error).__name__}: {error}")
        else:
            outcomes["ok"] += 1
    return outcomes, defects


# --- report folders -------------------------------------------------------------------

_CHILD = r"""
import json, sys, vnplan
from vnplan.exceptions import DataError, VnplanError
for line in sys.stdin:
    folder = line.strip()
    print(json.dumps({"start": folder}), flush=True)
    try:
        vnplan.load(folder)
        outcome = {"outcome": "ok"}
    except DataError as error:
        files = [p.file for p in error.problems]
        lines = [p.line for p in error.problems]
        outcome = {"outcome": "DataError" if all(files) else "DataError without a file",
                   "first": str(error.problems[0]) if error.problems else ""}
        if all(files) and None in lines:
            outcome["outcome"] = "DataError without a line"
            outcome["unplaced"] = [str(p) for p in error.problems if p.line is None][:3]
    except VnplanError as error:
        outcome = {"outcome": "other VnplanError",
                   "error": f"{type(error).__name__}: {error}"[:300]}
    except BaseException as error:
        outcome = {"outcome": "raw error", "error": f"{type(error).__name__}: {error}"[:300]}
    outcome["folder"] = folder
    print(json.dumps(outcome), flush=True)
"""


_UNITS = (b"t\xe1\xba\xa5n", b"ha", b"%", b"\xc4\x91\xe1\xbb\x93ng")


def _mutate(folder: Path, rng: random.Random) -> str:  # noqa: C901, PLR0912 (one branch a mutation)
    """Apply one random mutation to a file of ``folder``; return what was done."""
    paths = sorted(folder.glob("*.toml"))
    path = rng.choice(paths)
    data = path.read_bytes()
    lines = data.split(b"\n")
    kind = rng.choice(
        ["delete", "duplicate", "number", "unit", "bytes", "utf8", "nest", "arrays",
         "header", "empty", "swap", "quote"]
    )  # fmt: skip
    # A change of a number, a unit or a quote goes to a line that has one (when any has):
    # most lines have no unit, and a change that changes nothing tests nothing.
    has = {"number": b"0123456789", "unit": _UNITS, "quote": [b'"']}.get(kind, [b""])
    fit = [i for i, line in enumerate(lines) if any(part in line for part in has)]
    where = rng.choice(fit) if fit else rng.randrange(len(lines))
    if kind == "delete":
        del lines[where]
    elif kind == "duplicate":
        lines.insert(where, lines[where])
    elif kind == "number":
        lines[where] = bytes(
            rng.choice(b"0123456789.,-") if chr(c).isdigit() and rng.random() < 0.3 else c
            for c in lines[where]
        )
    elif kind == "unit":
        found = [unit for unit in _UNITS if unit in lines[where]] or [_UNITS[0]]
        lines[where] = lines[where].replace(
            rng.choice(found),
            rng.choice([b"tan", b"t\xc3\xa2n", b"kg", b"", b"%%", b"l\xe1\xba\xa7n"]),
        )
    elif kind == "bytes":
        buffer = bytearray(data)
        for _ in range(rng.randint(1, 8)):
            buffer[rng.randrange(len(buffer))] = rng.randrange(256)
        path.write_bytes(bytes(buffer))
        return f"{path.name}: {kind}"
    elif kind == "utf8":
        lines[where] += b"\xff"
    elif kind == "nest":
        depth = rng.choice([50, 500, 5000])
        lines.append(b"x = " + b"{a=" * depth + b"1" + b"}" * depth)
    elif kind == "arrays":
        lines.append(b"x = " + b"[" * rng.choice([100, 1000, 100000]))
    elif kind == "header":
        lines[where] = rng.choice([b"[[figure", b"[report]", b"[[claim]]]", b"[[x]]"])
    elif kind == "empty":
        lines = [b""]
    elif kind == "swap" and len(lines) > 1:
        other = rng.randrange(len(lines))
        lines[where], lines[other] = lines[other], lines[where]
    elif kind == "quote":
        lines[where] = lines[where].replace(b'"', b"", 1)
    path.write_bytes(b"\n".join(lines))
    return f"{path.name}:{where + 1}: {kind}"


def fuzz_folders(count: int, seed: int, workdir: Path) -> tuple[Counter[str], list[str]]:
    """Load ``count`` mutated copies of the bundled report in child processes."""
    rng = random.Random(seed)  # noqa: S311 (reproducible inputs, no secrets)
    source = files("vnplan").joinpath("data", "dien_bien_2022")
    folders: list[Path] = []
    what: dict[str, str] = {}
    with as_file(source) as original:
        for index in range(count):
            folder = workdir / f"r{index:05d}"
            shutil.copytree(original, folder)
            what[str(folder)] = _mutate(folder, rng)
            folders.append(folder)
    outcomes: Counter[str] = Counter()
    defects: list[str] = []
    pending = [str(f) for f in folders]
    while pending:
        child = subprocess.run(
            [sys.executable, "-c", _CHILD],
            input="\n".join(pending) + "\n",
            capture_output=True,
            text=True,
            check=False,
        )
        started = None
        done = 0
        for line in child.stdout.splitlines():
            record = json.loads(line)
            if "start" in record:
                started = record["start"]
                continue
            done += 1
            started = None
            outcomes[record["outcome"]] += 1
            if record["outcome"] not in {"ok", "DataError"} and len(defects) < 20:
                defects.append(f"{what[record['folder']]}: {record}")
        pending = pending[done:]
        if started is not None:  # the child died while loading this folder
            outcomes[f"crash (exit {child.returncode})"] += 1
            if len(defects) < 20:
                defects.append(f"{what[started]}: crash, exit {child.returncode}")
            pending = pending[1:]
        elif child.returncode != 0 and pending:
            outcomes[f"child failed (exit {child.returncode})"] += len(pending)
            break
    return outcomes, defects


def main() -> int:
    """Run both fuzzers and print their outcomes; exit 1 when any outcome is a defect."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--texts", type=int, default=100_000, help="parser inputs")
    parser.add_argument("--folders", type=int, default=2_000, help="mutated report folders")
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args()
    started = time.perf_counter()
    text_outcomes, text_defects = fuzz_parsers(args.texts, args.seed)
    with tempfile.TemporaryDirectory() as tmp:
        folder_outcomes, folder_defects = fuzz_folders(args.folders, args.seed, Path(tmp))
    print(f"parser inputs: {args.texts}: {dict(text_outcomes)}")
    print(f"report folders: {args.folders}: {dict(folder_outcomes)}")
    for defect in text_defects + folder_defects:
        print("  defect:", defect)
    bad_texts = text_outcomes["other"]
    bad_folders = sum(n for k, n in folder_outcomes.items() if k not in {"ok", "DataError"})
    print(f"outcomes that are neither a result nor a VnplanError: {bad_texts + bad_folders}")
    print(f"({time.perf_counter() - started:.0f} s)")
    return 1 if bad_texts + bad_folders else 0


if __name__ == "__main__":
    sys.exit(main())
