"""Read a report from its folder of TOML files (the format of ``docs/data-format.md``).

Loading checks everything it can and reports **every** problem at once, each with its
file and line, in one :class:`~vnplan.exceptions.DataError`; a folder with problems never
yields a half-built report. The tables are read into the model by the one reader of
:mod:`vnplan.io.reader`, which the JSON form shares; this module finds the tables, and
the line of each problem.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any, Final

from vnplan.exceptions import DataError, Problem
from vnplan.io.reader import FOLDER, KINDS, Entry, TreeReader
from vnplan.model import Report

if TYPE_CHECKING:
    # importlib.resources costs several ms: import vnplan need not load it.
    from importlib.resources.abc import Traversable

__all__ = ["load_folder"]

_HEADER: Final = re.compile(r"^\s*\[\[\s*(indicator|figure|claim|relation)\s*\]\]\s*(?:#.*)?$")


def _loads(text: str) -> dict[str, Any]:
    """Parse a TOML document with tomli.

    tomli is the standard library's ``tomllib``, compiled with mypyc: the same tables and
    errors, three times faster (``docs/performance.md``).

    Raises:
        tomli.TOMLDecodeError: The text is not valid TOML.
        RecursionError: Arrays or inline tables are nested too deep to read.
    """
    import tomli  # noqa: PLC0415 (import vnplan need not load it)

    return tomli.loads(text)


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
        """The line of the table's header, when it can be told."""
        if self.index is None:
            return self._line
        return self.source.header(self.kind, self.index)

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

    def record(self, field: str | None, message: str, *, named: bool) -> None:
        """Record ``file:line: kind 'id': message`` (without the kind and id unless named)."""
        if named:
            name = repr(self.ident) if self.ident is not None else "(no id)"
            message = (
                f"report: {message}" if self.kind == "report" else f"{self.kind} {name}: {message}"
            )
        self.problems.append(Problem(self.file, self.line_of(field), message))


def _tables(file: str, text: str, data: Mapping[str, Any], out: list[Problem]) -> Iterator[_Table]:
    for key in data:
        if key not in KINDS:
            message = f"unknown table {key!r}: expected one of {', '.join(KINDS)}"
            out.append(Problem(file, None, message))
    arrays = {kind: data.get(kind, []) for kind in KINDS}
    source = _Lines(text, {kind: len(tables) for kind, tables in arrays.items()})
    for kind, tables in arrays.items():
        if not isinstance(tables, list):
            out.append(Problem(file, None, f"{kind!r} must be an array of tables [[{kind}]]"))
            continue
        for index, table in enumerate(tables):
            if not isinstance(table, dict):
                line = source.header(kind, index)
                out.append(Problem(file, line, f"each {kind!r} must be a table (got {table!r})"))
                continue
            yield _Table(kind, table, file, source, out, index=index)


def _parse(name: str, text: str, out: list[Problem]) -> dict[str, Any] | None:
    """The tables of a file, or ``None`` with a problem when it is not valid TOML."""
    import tomli  # noqa: PLC0415 (import vnplan need not load it)

    try:
        return _loads(text)
    except tomli.TOMLDecodeError as error:
        match = re.search(r"line (\d+)", str(error))
        out.append(
            Problem(name, int(match.group(1)) if match else None, f"not valid TOML: {error}")
        )
    except RecursionError as error:  # tomli's limit on nesting, or Python's
        out.append(Problem(name, None, f"not valid TOML: {error}"))
    return None


def _header(folder: Traversable, out: list[Problem]) -> _Table | None:
    """The ``[report]`` table of ``report.toml``."""
    source = folder.joinpath("report.toml")
    if not source.is_file():
        out.append(Problem("report.toml", None, "the report folder must hold a report.toml file"))
        return None
    text = source.read_text(encoding="utf-8")
    data = _parse("report.toml", text, out)
    if data is None:
        return None
    table = data.get("report")
    if not isinstance(table, dict):
        out.append(Problem("report.toml", None, "expected a [report] table"))
        return None
    lines = _Lines(text, {})
    return _Table(
        "report", table, "report.toml", lines, out, index=None, line=lines.first("[report]")
    )


def _problem_order(problem: Problem) -> tuple[str, int]:
    return (problem.file, problem.line or 0)


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
    names = sorted(
        item.name
        for item in folder.iterdir()
        if item.name.endswith(".toml") and item.name != "report.toml" and item.is_file()
    )
    for name in names:
        text = folder.joinpath(name).read_text(encoding="utf-8")
        data = _parse(name, text, problems)
        if data is not None:
            tables.extend(_tables(name, text, data, problems))
    reader = TreeReader(FOLDER)
    if header is None:  # still read the tables, to list their problems too
        header = _Table("report", {}, "report.toml", _Lines("", {}), [], index=None)
        reader.read(header, tables)
        raise DataError(sorted(problems, key=_problem_order))
    report = reader.read(header, tables)
    if report is None or problems:
        raise DataError(sorted(problems, key=_problem_order))
    return report
