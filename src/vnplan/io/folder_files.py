"""The files of a report folder: found, read within limits, and parsed as TOML.

Every way a file can fail to be read becomes a :class:`~vnplan.exceptions.Problem` of
that file, with its line where it has one, never a raw ``OSError``,
``UnicodeDecodeError`` or ``RecursionError``:

- a file larger than :data:`MAX_FILE_BYTES` is not read;
- a symbolic link is followed only to a file inside the report folder;
- a file must be UTF-8 (a byte-order mark is allowed); a byte that is not is named
  with its line, column and offset;
- TOML that tomli refuses is named with tomli's line; nesting deeper than tomli reads
  (400 levels) with the line where it is deepest.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, Final

from vnplan.exceptions import Problem

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

__all__ = ["MAX_FILE_BYTES", "MAX_RECORDS", "read_toml", "section_files", "unread_ids"]

#: The largest file a report folder may hold, in bytes: 10 MiB. The bundled report's
#: largest section file is 72 kB, for about 300 tables.
MAX_FILE_BYTES: Final = 10 * 1024 * 1024
#: The most tables (indicators, figures, claims and relations together) one report may
#: hold. The bundled report holds 1 121.
MAX_RECORDS: Final = 50_000

#: What counts for the depth of nesting: strings and comments (skipped, but the line ends
#: inside them counted), brackets, braces and line ends.
_NESTING: Final = re.compile(
    r'"""[\s\S]*?(?:"""|\Z)'  # a multi-line basic string
    r"|'''[\s\S]*?(?:'''|\Z)"  # a multi-line literal string
    r'|"(?:\\.|[^"\\\n])*"?'  # a basic string
    r"|'[^'\n]*'?"  # a literal string
    r"|#[^\n]*"  # a comment
    r"|[\[\]{}\n]"
)
_OPEN: Final = frozenset("[{")
_CLOSE: Final = frozenset("]}")
#: A table header of a section file, and an ``id = "…"`` line.
_HEADER: Final = re.compile(r"^\s*\[\[\s*(indicator|figure|claim|relation)\s*\]\]\s*(?:#.*)?$")
_ID: Final = re.compile(r"""^\s*id\s*=\s*(?:"([^"\\]*)"|'([^']*)')""")


def section_files(folder: Traversable) -> list[tuple[str, Traversable]]:
    """The section files of ``folder`` (``*.toml`` but ``report.toml``), by name.

    A name that is no file (a folder, a link that leads nowhere, a pipe) is not a
    section file.
    """
    found = [
        (item.name, item)
        for item in folder.iterdir()
        if item.name.endswith(".toml") and item.name != "report.toml" and item.is_file()
    ]
    return sorted(found, key=lambda pair: pair[0])


def _outside(folder: Traversable, item: Traversable) -> str | None:
    """Why ``item`` may not be read, when it is a symbolic link that leaves ``folder``."""
    from pathlib import Path  # noqa: PLC0415 (import vnplan need not import pathlib)

    if not isinstance(item, Path) or not item.is_symlink():
        return None  # (a package's data in a zip file has no links)
    try:
        target = item.resolve(strict=True)
        root = Path(str(folder)).resolve(strict=True)
    except (OSError, RuntimeError) as error:  # (RuntimeError: a loop, before Python 3.13)
        return f"a symbolic link that cannot be followed ({error})"
    if target.is_relative_to(root):
        return None
    return (
        "a symbolic link must lead to a file inside the report folder "
        f"(got a link to {str(target)!r})"
    )


def _read_bytes(item: Traversable, name: str, out: list[Problem]) -> bytes | None:
    """The bytes of ``item``, or ``None`` with a problem: unreadable or too large."""
    try:
        with item.open("rb") as handle:
            data: bytes = handle.read(MAX_FILE_BYTES + 1)
    except OSError as error:
        out.append(Problem(name, None, f"the file cannot be read: {error.strerror or error}"))
        return None
    if len(data) > MAX_FILE_BYTES:
        out.append(
            Problem(
                name,
                None,
                f"a file may hold at most {MAX_FILE_BYTES:,} bytes (10 MiB) "
                f"(got more than {MAX_FILE_BYTES:,})",
            )
        )
        return None
    return data


def _decode(data: bytes, name: str, out: list[Problem]) -> str | None:
    """``data`` as UTF-8 text, or ``None`` with a problem at the first byte that is not."""
    try:
        return data.decode("utf-8-sig")  # (-sig: a byte-order mark is allowed, and dropped)
    except UnicodeDecodeError as error:
        start = error.start
        line = data.count(b"\n", 0, start) + 1
        column = start - (data.rfind(b"\n", 0, start) + 1) + 1
        message = (
            f"the file must be UTF-8 text (got byte {data[start]:#04x} at line {line}, "
            f"column {column}, byte {start}: {error.reason})"
        )
        out.append(Problem(name, line, message))
        return None


def deepest_line(text: str) -> int:
    """The first line where arrays and inline tables are nested deepest (for a problem)."""
    depth = deepest = 0
    line = found = 1
    for match in _NESTING.finditer(text):
        piece = match.group()
        if piece == "\n":
            line += 1
        elif piece in _OPEN:
            depth += 1
            if depth > deepest:
                deepest, found = depth, line
        elif piece in _CLOSE:
            depth = max(depth - 1, 0)
        else:
            line += piece.count("\n")
    return found


def _parse(text: str, name: str, out: list[Problem]) -> dict[str, Any] | None:
    """The tables of a file's text, or ``None`` with a problem at its line."""
    import tomli  # noqa: PLC0415 (import vnplan need not load it)

    try:
        # tomli is the standard library's tomllib, compiled with mypyc: the same tables
        # and errors, three times faster (docs/performance.md).
        return tomli.loads(text)
    except tomli.TOMLDecodeError as error:
        # tomli's line of the end of a text that ends with a line end is the line after
        # the last: the problem is said at the last line.
        last = max(text.count("\n") + (not text.endswith("\n")), 1)
        out.append(Problem(name, min(error.lineno, last), f"not valid TOML: {error}"))
    except RecursionError as error:  # tomli's limit on nesting, or Python's
        out.append(Problem(name, deepest_line(text), f"not valid TOML: {error}"))
    return None


def read_toml(
    folder: Traversable, item: Traversable, name: str, out: list[Problem]
) -> tuple[str, dict[str, Any] | None]:
    """Read the file ``item`` of ``folder`` as TOML: its text and its tables.

    Returns:
        The file's text, and its tables or ``None`` when it cannot be read; then its
        problem is added to ``out``. The text is ``""`` when the file was not read,
        and has U+FFFD for each byte that is not UTF-8.
    """
    why = _outside(folder, item)
    if why is not None:
        out.append(Problem(name, None, why))
        return "", None
    data = _read_bytes(item, name, out)
    if data is None:
        return "", None
    text = _decode(data, name, out)
    if text is None:
        return data.decode("utf-8", errors="replace"), None
    return text, _parse(text, name, out)


def unread_ids(text: str) -> tuple[set[str], set[str]]:
    """The ids a file that could not be read seems to define, as far as its lines tell.

    Returns:
        The ids of its indicators, and those of its figures, claims and relations: so
        that a table that names one is said to follow from the file's problem.
    """
    indicators: set[str] = set()
    others: set[str] = set()
    kind = None
    for line in text.splitlines():
        header = "[[" in line and _HEADER.match(line)
        if header:
            kind = header.group(1)
            continue
        found = "id" in line and _ID.match(line)
        if found and kind is not None:
            ident = found.group(1) if found.group(1) is not None else found.group(2)
            (indicators if kind == "indicator" else others).add(ident)
    return indicators, others
