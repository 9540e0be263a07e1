"""A deterministic corpus of report folders, made by perturbing the bundled report.

Each generated report is the bundled Điện Biên report (Số 350/BC-UBND, 2022) re-issued for
a synthetic province ``P01`` … ``P63`` and a year, in the data format of
``docs/data-format.md``: the same files, the same indicators, figures, claims and
relations, the same size and shape. Only the numbers, the periods and the header change:

- Levels and counts (money, tonnes, hectares, persons …) of a report are all scaled by one
  factor, the province's size times its growth since 2022 (3 % to 9 % a year, drawn per
  province, with a little noise each year). One factor per report keeps every sum, share,
  growth rate and attainment of the report as consistent as it was in the original.
- Averages (per head) grow with the province's growth only; percentages, percentage
  points and factors are left as printed.
- Each new value keeps the printed precision of the old and is printed back with vnplan's
  own formatting (:func:`vnplan.format_printed`): grouping, decimal comma, qualifier, unit.
- Periods, reference periods and as-of dates move with the report's year; a five-year
  plan period (2021-2025) becomes the plan period holding the new year.

Reports are numbered province first: report ``i`` is province ``i % 63`` in year
``first_year + i // 63``, so 63 reports are one year of every province, and 630 are ten.

Everything follows from ``seed``: the same seed gives the same files, byte for byte.

Use from Python (``small=True`` keeps only the economy and agriculture file, about 70
indicators, figures and claims each, without the tables that refer to other files; for
fast tests)::

    from corpus import build_corpus
    folders = build_corpus(Path("corpus"), 63, seed=1, small=True)

or from the command line: ``python benchmarks/corpus.py FOLDER N [--seed S] [--small]``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import json
import math
import random
import re
import tomllib
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from importlib.resources import files
from pathlib import Path

import attrs

from vnplan import format_printed, parse_printed
from vnplan.units import unit_info

#: The number of provinces the corpus cycles through, as before the 2025 merger.
PROVINCES = 63
#: The year of the bundled report, which every generated report is shifted from.
BASE_YEAR = 2022
#: The section file kept by ``small=True``.
SMALL_FILES = ("report.toml", "10-economy-agriculture.toml")

_HEADER = re.compile(r"^\s*\[\[\s*(indicator|figure|claim|relation)\s*\]\]")
_KINDS = ("indicator", "figure", "claim", "relation")
_FIELD = re.compile(r"^(\s*)(printed|period|reference|as_of)(\s*=\s*)(.*?)\s*$")
# A year in a period: "2022", "2022-10", "2022-01/2022-10", "2019-2021".
_YEAR = re.compile(r"(?<!\d)(\d{4})(?=-\d{2}(?!\d)|(?!\d))")
_SCALED_MEASURES = frozenset({"level", "count"})
_UNSCALED_DIMENSIONS = frozenset({"dimensionless", "[percentage_point]"})


@dataclass(frozen=True)
class _Edit:
    """A line of a template file that changes from one report to the next."""

    line: int
    field: str  # printed, period, reference or as_of
    indent: str
    separator: str
    raw: str
    scale: str  # for printed: "level", "average" or "" (left as printed)


@dataclass(frozen=True)
class _Template:
    """One data file of the bundled report, with the lines that change."""

    name: str
    lines: tuple[str, ...]
    edits: tuple[_Edit, ...]


@dataclass(frozen=True)
class Province:
    """A synthetic province: its name, its size relative to the original, its growth."""

    name: str
    size: float
    growth: float


def provinces(seed: int) -> tuple[Province, ...]:
    """The 63 synthetic provinces of a corpus, drawn from ``seed``."""
    rng = random.Random(f"vnplan-corpus-provinces-{seed}")  # noqa: S311 (noise, not secrets)
    return tuple(
        Province(
            name=f"P{number:02d}",
            size=math.exp(rng.gauss(0.0, 0.6)),
            growth=rng.uniform(0.03, 0.09),
        )
        for number in range(1, PROVINCES + 1)
    )


def _scale_of(kind: str, data: dict[str, object], indicators: dict[str, str], owner: str) -> str:
    """How a printed value scales: with levels, with averages, or not at all."""
    measure = indicators.get(owner, "")
    printed = parse_printed(str(data["printed"]))
    unit = printed.unit or str(data.get("unit", ""))
    if kind == "claim" and data.get("kind") not in {"change", "fraction"}:
        return ""
    if not unit or unit_info(unit).dimension in _UNSCALED_DIMENSIONS:
        return ""
    if measure in _SCALED_MEASURES:
        return "level"
    if measure == "average":
        return "average"
    return ""


def _owners(data: dict[str, dict[str, list[dict[str, object]]]]) -> dict[str, str]:
    """The indicator of every figure and claim, following claims about claims."""
    owners: dict[str, str] = {}
    pending: dict[str, str] = {}  # claim id -> subject id
    for parsed in data.values():
        for table in parsed.get("figure", []):
            owners[str(table["id"])] = str(table["indicator"])
        for table in parsed.get("claim", []):
            if "indicator" in table:
                owners[str(table["id"])] = str(table["indicator"])
            else:
                pending[str(table["id"])] = str(table["subject"])
    while pending:
        resolved = {c: owners[s] for c, s in pending.items() if s in owners}
        if not resolved:
            break
        owners.update(resolved)
        pending = {c: s for c, s in pending.items() if c not in resolved}
    return owners


def _edits(
    text: str,
    parsed: dict[str, list[dict[str, object]]],
    measures: dict[str, str],
    owners: dict[str, str],
) -> tuple[_Edit, ...]:
    """The lines of one file that change, each with how its value scales."""
    tables = {kind: iter(parsed.get(kind, [])) for kind in ("figure", "claim")}
    current: tuple[str, dict[str, object]] | None = None
    edits = []
    for number, line in enumerate(text.splitlines()):
        header = _HEADER.match(line)
        if header:
            kind = header.group(1)
            current = (kind, next(tables[kind])) if kind in tables else None
            continue
        match = _FIELD.match(line)
        if not match:
            continue
        indent, field, separator, raw = match.groups()
        scale = ""
        if field == "printed" and current is not None:
            kind, table = current
            scale = _scale_of(kind, table, measures, owners.get(str(table["id"]), ""))
        edits.append(_Edit(number, field, indent, separator, raw, scale))
    return tuple(edits)


def _references(kind: str, table: dict[str, object]) -> set[str]:
    """The ids a table refers to: indicator, subject, against, total, parts."""
    found = {str(table[key]) for key in ("subject", "against", "total") if key in table}
    found.update(str(part) for part in table.get("parts", []))  # type: ignore[attr-defined]
    if kind != "relation" and "indicator" in table:
        found.add(str(table["indicator"]))
    return found


def _standalone(texts: dict[str, str]) -> dict[str, str]:
    """Drop the tables that refer to ids of files left out, until none does."""
    spans: list[tuple[str, int, int, str, dict[str, object]]] = []
    for name, text in texts.items():
        lines = text.splitlines()
        starts = [n for n, line in enumerate(lines) if _HEADER.match(line)]
        if not starts:
            continue
        parsed = tomllib.loads(text)
        counters = {kind: iter(parsed.get(kind, [])) for kind in _KINDS}
        for start, end in zip(starts, [*starts[1:], len(lines)], strict=True):
            match = _HEADER.match(lines[start])
            assert match is not None  # noqa: S101 (found above)
            kind = match.group(1)
            spans.append((name, start, end, kind, next(counters[kind])))
    kept = list(spans)
    while True:
        known = {str(table["id"]) for _, _, _, _, table in kept}
        still = [span for span in kept if _references(span[3], span[4]) <= known]
        if len(still) == len(kept):
            break
        kept = still
    dropped = {(name, start, end) for name, start, end, _, _ in spans} - {
        (name, start, end) for name, start, end, _, _ in kept
    }
    result = {}
    for name, text in texts.items():
        lines = text.splitlines()
        gone = {n for file, start, end in dropped if file == name for n in range(start, end)}
        result[name] = "\n".join(line for n, line in enumerate(lines) if n not in gone) + "\n"
    return result


@functools.cache
def _templates(small: bool) -> tuple[_Template, ...]:  # noqa: FBT001 (a cache key)
    folder = files("vnplan").joinpath("data", "dien_bien_2022")
    names = sorted(item.name for item in folder.iterdir() if item.name.endswith(".toml"))
    if small:
        names = [name for name in names if name in SMALL_FILES]
    texts = {name: folder.joinpath(name).read_text(encoding="utf-8") for name in names}
    if small:
        texts = _standalone(texts)
    data = {name: tomllib.loads(text) for name, text in texts.items()}
    measures = {
        str(table["id"]): str(table["measure"])
        for parsed in data.values()
        for table in parsed.get("indicator", [])
    }
    owners = _owners(data)
    return tuple(
        _Template(
            name,
            tuple(texts[name].splitlines()),
            _edits(texts[name], data[name], measures, owners),
        )
        for name in names
    )


def _scaled(value: Decimal, factor: Decimal) -> Decimal:
    exponent = value.as_tuple().exponent
    assert isinstance(exponent, int)  # noqa: S101 (printed values are finite)
    return (value * factor).quantize(Decimal(1).scaleb(exponent), rounding=ROUND_HALF_UP)


def _reprint(text: str, factor: Decimal) -> str:
    printed = parse_printed(text)
    value = _scaled(printed.value, factor)
    if printed.denominator is None:
        return format_printed(attrs.evolve(printed, value=value))
    denominator = _scaled(printed.denominator, factor)
    return format_printed(attrs.evolve(printed, value=value, denominator=denominator))


def _shift_period(text: str, delta: int, year: int) -> str:
    """Move a period by ``delta`` years; a five-year plan period becomes the one of ``year``."""
    span = re.fullmatch(r"(\d{4})-(\d{4})", text)
    if span and int(span.group(2)) - int(span.group(1)) == 4:
        start = 2021 + 5 * ((year - 2021) // 5)
        return f"{start}-{start + 4}"
    return re.sub(
        r"(?<!\d)(\d{4})(?=-\d{2}(?!\d)|(?!\d))", lambda m: str(int(m.group(1)) + delta), text
    )


def _shift_date(text: str, delta: int) -> str:
    date = dt.date.fromisoformat(text)
    try:
        return date.replace(year=date.year + delta).isoformat()
    except ValueError:  # 29 February in a year that has none
        return date.replace(year=date.year + delta, day=28).isoformat()


def _quote(text: str) -> str:
    """A TOML basic string (JSON's escapes are TOML's)."""
    return json.dumps(text, ensure_ascii=False)


def _report_toml(province: Province, year: int, rng: random.Random) -> str:
    delta = year - BASE_YEAR
    title = (
        f"Tình hình thực hiện Kế hoạch phát triển kinh tế - xã hội, đảm bảo quốc phòng an "
        f"ninh năm {year}; Kế hoạch phát triển kinh tế - xã hội, đảm bảo quốc phòng an ninh "
        f"năm {year + 1}, tỉnh {province.name}"
    )
    return "\n".join(
        [
            "[report]",
            f"number = {_quote(f'{rng.randint(100, 480)}/BC-UBND')}",
            f"issuer = {_quote(f'UBND tỉnh {province.name}')}",
            f"place = {_quote(province.name)}",
            f"province = {_quote(province.name)}",
            f"date = {_shift_date('2022-12-02', delta)}",
            f"year = {year}",
            f"plan_year = {year + 1}",
            f"title = {_quote(title)}",
            'language = "vi"',
            f"note = {_quote(f'Synthetic: report 350/BC-UBND re-scaled for {province.name}.')}",
            "",
        ]
    )


def write_report(
    folder: Path,
    province: Province,
    year: int,
    *,
    seed: int = 0,
    small: bool = False,
) -> Path:
    """Write one report of ``province`` for ``year`` into ``folder`` (created).

    Args:
        folder: The report folder to write.
        province: The province (see :func:`provinces`).
        year: The year the report gives account of.
        seed: The corpus seed; with the province and year it fixes the noise.
        small: Keep only the economy and agriculture section file.

    Returns:
        The folder.
    """
    rng = random.Random(f"vnplan-corpus-{seed}-{province.name}-{year}")  # noqa: S311
    delta = year - BASE_YEAR
    growth = (1 + province.growth) ** delta * (1 + rng.gauss(0.0, 0.01))
    factors = {
        "level": Decimal(repr(round(province.size * growth, 6))),
        "average": Decimal(repr(round(growth, 6))),
    }
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "report.toml").write_text(_report_toml(province, year, rng), encoding="utf-8")
    for template in _templates(small):
        if template.name == "report.toml":
            continue
        lines = list(template.lines)
        for edit in template.edits:
            value = edit.raw
            if edit.field == "printed" and edit.scale:
                value = _quote(_reprint(json.loads(edit.raw), factors[edit.scale]))
            elif edit.field in {"period", "reference"}:
                value = _quote(_shift_period(json.loads(edit.raw), delta, year))
            elif edit.field == "as_of":
                value = _shift_date(edit.raw, delta)
            lines[edit.line] = f"{edit.indent}{edit.field}{edit.separator}{value}"
        (folder / template.name).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def build_corpus(
    folder: Path,
    count: int,
    *,
    seed: int = 0,
    small: bool = False,
    first_year: int = 2016,
) -> list[Path]:
    """Write ``count`` report folders into ``folder``, province first, then year.

    Args:
        folder: Where to write; each report gets a subfolder ``p01-2016`` ….
        count: How many reports.
        seed: Fixes every number drawn.
        small: Keep only the economy and agriculture section file of each report.
        first_year: The year of the first 63 reports.

    Returns:
        The report folders, in order.
    """
    drawn = provinces(seed)
    written = []
    for number in range(count):
        province = drawn[number % PROVINCES]
        year = first_year + number // PROVINCES
        target = folder / f"{province.name.lower()}-{year}"
        written.append(write_report(target, province, year, seed=seed, small=small))
    return written


def main() -> None:
    """Write a corpus from the command line."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("count", type=int)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--small", action="store_true")
    parser.add_argument("--first-year", type=int, default=2016)
    args = parser.parse_args()
    build_corpus(
        args.folder, args.count, seed=args.seed, small=args.small, first_year=args.first_year
    )
    print(f"wrote {args.count} reports into {args.folder}")


if __name__ == "__main__":
    main()
