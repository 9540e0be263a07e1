"""Read a report from its folder of TOML files (the format of ``docs/data-format.md``).

Loading checks everything it can and reports **every** problem at once, each with its
file and line, in one :class:`~vnplan.exceptions.DataError`; a folder with problems never
yields a half-built report. The tables are read into the model by the one reader of
:mod:`vnplan.io.reader`, which the JSON form shares; this module finds the tables, and
the line of each problem. The files are found and read, within the limits of
:mod:`vnplan.io.folder_files`, there.

The units a folder declares (``[[unit]]`` tables of ``report.toml``) are added to vnplan's
unit registry first, by :mod:`vnplan.io.folder_units`.

A problem that only follows from another (a claim that names a figure of a file that
could not be read) says so, and is listed after the problems in their own right.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any, Final

from vnplan.exceptions import DataError, Problem
from vnplan.io.entries import FOLDER, KINDS, Entry
from vnplan.io.folder_files import MAX_RECORDS, read_toml, section_files, unread_ids
from vnplan.io.folder_units import declare_units
from vnplan.io.reader import TreeReader
from vnplan.model import Report

if TYPE_CHECKING:
    # importlib.resources costs several ms: import vnplan need not load it.
    from importlib.resources.abc import Traversable

__all__ = ["load_folder"]

_HEADER: Final = re.compile(r"^\s*\[\[\s*(indicator|figure|claim|relation)\s*\]\]\s*(?:#.*)?$")


class _Lines:
    """A file's lines, and the line of each ``[[kind]]`` header: found when first needed.

    Only a problem needs a line number, and splitting a file of thousands of lines
    costs more than the rest of reading it.
    """

    def __init__(self, text: str, tables: Mapping[str, int]) -> None:
        self.text = text
        self.tables = tables  # how many tables of each kind the file holds

    @functools.cached_property
    def lines(self) -> list[str]:
        """The file's lines."""
        return self.text.splitlines()

    @functools.cached_property
    def headers(self) -> dict[str, list[int]]:
        """The header lines of each kind's tables, in order."""
        headers: dict[str, list[int]] = {kind: [] for kind in KINDS}
        for number, line in enumerate(self.lines, start=1):
            match = "[[" in line and _HEADER.match(line)  # ("in" first: it is far cheaper)
            if match:
                headers[match.group(1)].append(number)
        return headers

    def header(self, kind: str, index: int) -> int | None:
        """The line of the ``index``-th ``[[kind]]`` table; None unless each has a header."""
        found = self.headers.get(kind, [])
        return found[index] if len(found) == self.tables.get(kind) else None

    def first(self, text: str) -> int | None:
        """The first line that starts with ``text``."""
        for number, line in enumerate(self.lines, start=1):
            if line.strip().startswith(text):
                return number
        return None

    def of_key(self, key: str) -> int:
        """The first line that defines the top-level ``key`` (a header, or ``key =``), else 1."""
        name = rf"""(?:{re.escape(key)}|"{re.escape(key)}"|'{re.escape(key)}')"""
        pattern = re.compile(rf"^\s*(?:\[\[?\s*{name}\s*[\].]|{name}\s*[=.])")
        for number, line in enumerate(self.lines, start=1):
            if pattern.match(line):
                return number
        return 1

    def of_id(self, ident: str | None) -> int | None:
        """The first line ``id = "ident"``."""
        if ident is None:
            return None
        pattern = re.compile(rf"""^\s*id\s*=\s*(?:"{re.escape(ident)}"|'{re.escape(ident)}')""")
        for number, line in enumerate(self.lines, start=1):
            if pattern.match(line):
                return number
        return None

    def nth_table(self, index: int) -> int | None:
        """The header line of the ``index``-th table of any kind (0-based)."""
        lines = sorted(line for found in self.headers.values() for line in found)
        return lines[index] if index < len(lines) else None


class _Table(Entry):
    """One ``[[kind]]`` table of a file (the ``index``-th of its kind), or ``[report]``."""

    __slots__ = ("_line", "file", "index", "problems", "source")

    def __init__(
        self,
        kind: str,
        data: Mapping[str, Any],
        file: str,
        source: _Lines,
        problems: list[Problem],
        *,
        index: int | None,
        line: int | None = None,
    ) -> None:
        super().__init__(kind, data)
        self.file = file
        self.source = source
        self.problems = problems
        self.index = index
        self._line = line  # the header line given, when there is no index

    @property
    def line(self) -> int | None:
        """The line of the table's header, when it can be told (else of its ``id``)."""
        if self.index is None:
            return self._line
        line = self.source.header(self.kind, self.index)
        return line if line is not None else self.source.of_id(self.ident)

    @property
    def place(self) -> str:
        """``file:line``, or the file alone when the line cannot be told."""
        return f"{self.file}:{self.line}" if self.line else self.file

    def line_of(self, field: str | None) -> int | None:
        """The line of ``field = …`` inside this table, else the table's header line."""
        line = self.line
        if line is None or field is None:
            return line
        lines = self.source.lines
        pattern = re.compile(rf"^\s*{re.escape(field)}\s*=")
        for index in range(line, len(lines)):  # the lines after the header
            text = lines[index]
            if text.lstrip().startswith("["):
                break
            if pattern.match(text):
                return index + 1
        return line

    def record(
        self, field: str | None, message: str, *, named: bool, follows: str | None = None
    ) -> None:
        """Record ``file:line: kind 'id': message`` (without the kind and id unless named)."""
        if named:
            name = repr(self.ident) if self.ident is not None else "(no id)"
            message = (
                f"report: {message}" if self.kind == "report" else f"{self.kind} {name}: {message}"
            )
        self.problems.append(Problem(self.file, self.line_of(field), message, follows=follows))


def _tables(file: str, text: str, data: Mapping[str, Any], out: list[Problem]) -> Iterator[_Table]:
    arrays = {kind: data.get(kind, []) for kind in KINDS}
    source = _Lines(text, {kind: _count(tables) for kind, tables in arrays.items()})
    for key in data:
        if key not in KINDS:
            message = f"unknown table {key!r}: expected one of {', '.join(KINDS)}"
            if key == "unit":
                message += " (a folder declares its units in report.toml)"
            out.append(Problem(file, source.of_key(key), message))
    for kind, tables in arrays.items():
        if not isinstance(tables, list):
            message = f"{kind!r} must be an array of tables [[{kind}]]"
            out.append(Problem(file, source.of_key(kind), message))
            continue
        for index, table in enumerate(tables):
            if not isinstance(table, dict):
                line = source.header(kind, index) or source.of_key(kind)
                out.append(Problem(file, line, f"each {kind!r} must be a table (got {table!r})"))
                continue
            yield _Table(kind, table, file, source, out, index=index)


def _count(tables: object) -> int:
    """How many tables an array of tables holds (0 for what is no array)."""
    return len(tables) if isinstance(tables, list) else 0


def _header(folder: Traversable, out: list[Problem]) -> _Table | None:
    """The ``[report]`` table of ``report.toml``."""
    source = folder.joinpath("report.toml")
    if not source.is_file():
        out.append(Problem("report.toml", None, "the report folder must hold a report.toml file"))
        return None
    text, data = read_toml(folder, source, "report.toml", out)
    if data is None:
        return None
    table = data.get("report")
    lines = _Lines(text, {})
    for key in data if isinstance(table, dict) else ():  # (else fields above no [report])
        if key not in {"report", "unit"}:
            message = f"unknown table {key!r}: expected [report], and [[unit]] tables"
            out.append(Problem("report.toml", lines.of_key(key), message))
    if "unit" in data:  # (before any table is read: its figures may print these units)
        declare_units(text, data["unit"], out)
    if not isinstance(table, dict):
        line = lines.of_key("report") if "report" in data else 1
        message = "expected a [report] table" + (
            "" if "report" not in data else f" (got {type(table).__name__} {table!r})"
        )
        out.append(Problem("report.toml", line, message))
        return None
    return _Table(
        "report", table, "report.toml", lines, out, index=None, line=lines.first("[report]")
    )


def _problem_order(problem: Problem) -> tuple[bool, str, int]:
    """Problems in their own right first, then those that follow from them; by place."""
    return (problem.follows is not None, problem.file, problem.line or 0)


def _too_many(name: str, text: str, tables: int, before: int) -> Problem:
    """The problem of the file that brings the report past :data:`MAX_RECORDS` tables."""
    line = _Lines(text, {}).nth_table(MAX_RECORDS - before)
    return Problem(
        name,
        line,
        f"a report may hold at most {MAX_RECORDS:,} indicators, figures, claims and "
        f"relations (got {before + tables:,} with this file)",
    )


def load_folder(folder: Traversable) -> Report:
    """Read the report held in ``folder``.

    Args:
        folder: A folder (a :class:`pathlib.Path` or an ``importlib.resources`` traversable)
            holding ``report.toml`` and the section files.

    Returns:
        The report.

    Raises:
        DataError: The files have problems; every problem found is listed, with its file
            and line.
    """
    problems: list[Problem] = []
    header = _header(folder, problems)
    tables: list[_Table] = []
    unread: dict[str, str] = {}  # id of a table of a file not read -> the file
    unread_indicators: dict[str, str] = {}
    count = 0
    for name, item in section_files(folder):
        text, data = read_toml(folder, item, name, problems)
        if data is None:  # the tables that name its tables are said to follow from it
            indicators, others = unread_ids(text)
            unread_indicators |= dict.fromkeys(indicators, name)
            unread |= dict.fromkeys(others, name)
            continue
        found = sum(_count(data.get(kind)) for kind in KINDS)
        if count + found > MAX_RECORDS:
            problems.append(_too_many(name, text, found, count))
            raise DataError(sorted(problems, key=_problem_order))
        count += found
        tables.extend(_tables(name, text, data, problems))
    reader = TreeReader(FOLDER, unread=unread, unread_indicators=unread_indicators)
    if header is None:  # still read the tables, to list their problems too
        header = _Table("report", {}, "report.toml", _Lines("", {}), [], index=None)
        reader.read(header, tables)
        raise DataError(sorted(problems, key=_problem_order))
    report = reader.read(header, tables)
    if report is None or problems:
        raise DataError(sorted(problems, key=_problem_order))
    return report
