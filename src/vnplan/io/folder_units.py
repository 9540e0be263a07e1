"""The units a report folder declares: the ``[[unit]]`` tables of its ``report.toml``.

A report may print a unit vnplan does not know ("tấn chè búp tươi", "cây xanh"). Its folder
declares it with a pint definition, as :func:`vnplan.units.define` takes it::

    [[unit]]
    definition = "tấn chè búp tươi = tấn"      # a unit of a known dimension
    note = "fresh tea buds, weighed in tonnes"

    [[unit]]
    definition = "cây xanh = [green_tree]"     # a new kind of count

Each definition is added to vnplan's one unit registry with :func:`vnplan.units.define`
when the folder is read, before any of its tables: a unit registry cannot be scoped to
one report, so a declared unit is known process-wide from then on, as any unit
:func:`~vnplan.units.define` adds. The same definition again (a folder read twice, or
two folders that agree) does nothing; a definition that would change a unit already
known, or that cannot be read, is a problem with its file and line.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Final

from vnplan.exceptions import Problem, UnitError

__all__ = ["MAX_UNITS", "UNIT_FIELDS", "declare_units"]

#: The most units one report folder may declare: each is a pint definition to read.
MAX_UNITS: Final = 1000
#: The fields of a ``[[unit]]`` table; ``definition`` it must have.
UNIT_FIELDS: Final = ("definition", "note", "review")

_FILE: Final = "report.toml"
_HEADER: Final = re.compile(r"^\s*\[\[\s*unit\s*\]\]\s*(?:#.*)?$")
_DEFINITION: Final = re.compile(r"^\s*definition\s*=")
#: A line that gives the top-level key ``unit`` as something other than ``[[unit]]``.
_KEY: Final = re.compile(r"^\s*(?:unit\s*[=.]|\[\s*unit\s*[\].])")


def _headers(lines: list[str]) -> list[int]:
    """The lines of the ``[[unit]]`` headers."""
    return [number for number, line in enumerate(lines, start=1) if _HEADER.match(line)]


def _line_of(lines: list[str], header: int | None, pattern: re.Pattern[str]) -> int | None:
    """The line matching ``pattern`` inside the table at ``header``, else the header's."""
    if header is None:
        return None
    for index in range(header, len(lines)):  # the lines after the header
        text = lines[index]
        if text.lstrip().startswith("["):
            break
        if pattern.match(text):
            return index + 1
    return header


def _name(definition: str) -> str:
    """The unit a definition names, its words joined by one space."""
    return " ".join(definition.split("=", 1)[0].split())


def declare_units(text: str, tables: object, out: list[Problem]) -> None:
    """Add the units that ``report.toml`` declares to vnplan's registry.

    Args:
        text: The text of ``report.toml``, to find the line of each problem.
        tables: Its ``unit`` key: an array of tables, each with a ``definition``.
        out: Where each problem goes.
    """
    lines = text.splitlines()
    headers = _headers(lines)
    if not isinstance(tables, list):
        keys = [n for n, line in enumerate(lines, start=1) if _KEY.match(line)]
        line = keys[0] if keys else 1
        out.append(Problem(_FILE, line, "'unit' must be an array of tables [[unit]]"))
        return
    if len(tables) > MAX_UNITS:
        past = headers[MAX_UNITS] if len(headers) > MAX_UNITS else None
        message = f"a report may declare at most {MAX_UNITS:,} units (got {len(tables):,})"
        out.append(Problem(_FILE, past, message))
        return
    exact = len(headers) == len(tables)  # (else [[unit]] is written another way)
    declared: dict[str, int | None] = {}  # name -> the line that declared it
    for index, table in enumerate(tables):
        header = headers[index] if exact else None
        if not isinstance(table, Mapping):
            out.append(Problem(_FILE, header, f"each 'unit' must be a table (got {table!r})"))
            continue
        _declare(table, lines, header, declared, out)


def _declare(
    table: Mapping[str, object],
    lines: list[str],
    header: int | None,
    declared: dict[str, int | None],
    out: list[Problem],
) -> None:
    """Check one ``[[unit]]`` table, and add its unit to the registry."""
    from vnplan import units  # noqa: PLC0415 (only a folder that declares units needs pint)

    definition = table.get("definition")
    named = f"unit {_name(definition)!r}" if isinstance(definition, str) else "unit (no name)"
    for field in table:
        if field not in UNIT_FIELDS:
            line = _line_of(lines, header, re.compile(rf"^\s*{re.escape(field)}\s*="))
            allowed = ", ".join(UNIT_FIELDS)
            message = f"{named}: unknown field {field!r} (expected one of {allowed})"
            out.append(Problem(_FILE, line, message))
    line = _line_of(lines, header, _DEFINITION)
    if definition is None:
        out.append(Problem(_FILE, header, f"{named}: 'definition' is required"))
        return
    if not isinstance(definition, str):
        message = (
            f"{named}: 'definition' must be a pint definition such as 'tấn chè búp tươi = tấn' "
            f"(got {definition!r})"
        )
        out.append(Problem(_FILE, line, message))
        return
    try:
        units.define(definition)
    except UnitError as error:
        name = _name(definition)
        first = f" (declared first at {_FILE}:{declared[name]})" if declared.get(name) else ""
        out.append(Problem(_FILE, line, f"{named}: {error}{first}"))
        return
    declared.setdefault(_name(definition), line)
