r"""Where the ``vnplan`` command writes: a standard stream that may not take Vietnamese.

:class:`Output` wraps ``sys.stdout`` (or ``sys.stderr``) and writes to it the way each kind
of output can bear:

- text (tables, the audit): characters the stream's encoding cannot hold are written as
  their nearest ASCII (``Điện Biên`` as ``Dien Bien``, ``✓`` as ``v``), the rest escaped
  (``\u2030``), so that an ASCII terminal still reads the table;
- JSON: characters the stream cannot hold are written as JSON escapes (``\u1ec7``), which
  is the same JSON;
- CSV: written as it is, or not at all: a transliterated CSV would hold other data, so a
  stream that cannot hold it raises :class:`EncodingRefusedError`.

A closed stream (``sys.stdout`` is ``None``, as under ``vnplan … >&-``) raises
:class:`ClosedOutputError`. :func:`discard_stdout` makes the interpreter's last flush of a
broken standard output quiet.
"""

from __future__ import annotations

import functools
import os
import re
import sys
import unicodedata
from typing import Final, TextIO

__all__ = [
    "ClosedOutputError",
    "EncodingRefusedError",
    "Output",
    "discard_stdout",
    "terminal_width",
    "transliterate",
]

#: Symbols vnplan writes, and what stands for them where the stream cannot hold them.
_SYMBOLS: Final = {
    "đ": "d",
    "Đ": "D",
    "✓": "v",
    "✗": "x",
    "–": "-",
    "—": "-",
    "−": "-",
    "…": "...",
    "·": "-",
    "«": '"',
    "»": '"',
    "“": '"',
    "”": '"',
    "‘": "'",
    "’": "'",
    "¶": "#",
    "≈": "~",
    "≤": "<=",
    "≥": ">=",
    "×": "x",
    "→": "->",
    "\u00a0": " ",
    "\u2009": " ",
    "\u202f": " ",
}

_NON_ASCII: Final = re.compile(r"[^\x00-\x7f]")


class ClosedOutputError(OSError):
    """The standard stream to write to is closed."""


class EncodingRefusedError(OSError):
    """Data (CSV) would be changed by the stream's encoding, so it is not written.

    Attributes:
        encoding: The stream's encoding.
    """

    def __init__(self, encoding: str) -> None:
        self.encoding = encoding
        super().__init__(f"the encoding {encoding} cannot hold the data")


@functools.cache
def _stand_in(char: str, encoding: str) -> str:
    """What to write for ``char`` on a stream in ``encoding``."""
    for candidate in (
        char,
        _SYMBOLS.get(char, ""),
        "".join(c for c in unicodedata.normalize("NFD", char) if not unicodedata.combining(c)),
    ):
        if candidate:
            try:
                candidate.encode(encoding)
            except UnicodeEncodeError:
                continue
            return candidate
    return char.encode(encoding, "backslashreplace").decode(encoding)


def transliterate(text: str, encoding: str) -> str:
    """Write ``text`` with only what ``encoding`` can hold: nearest ASCII, else escapes.

    >>> transliterate("Điện Biên ✓ 102,49 %", "ascii")
    'Dien Bien v 102,49 %'
    >>> transliterate("Điện Biên", "utf-8")
    'Điện Biên'
    """
    try:
        text.encode(encoding)
    except UnicodeEncodeError:
        return "".join(_stand_in(char, encoding) for char in text)
    return text


def _escape_json(text: str) -> str:
    """Write every non-ASCII character of a JSON text as a JSON escape (the same JSON)."""

    def escape(match: re.Match[str]) -> str:
        code = ord(match.group())
        if code > 0xFFFF:  # a surrogate pair, as JSON writes characters beyond the BMP
            code -= 0x10000
            return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"
        return f"\\u{code:04x}"

    return _NON_ASCII.sub(escape, text)


class Output:
    """A standard stream, written to in the way each kind of output can bear.

    Args:
        stream: The stream, or ``None`` when it is closed.
    """

    def __init__(self, stream: TextIO | None) -> None:
        self.stream = stream
        #: The stream's encoding, ``utf-8`` when it does not say.
        self.encoding: str = getattr(stream, "encoding", None) or "utf-8"
        #: Whether writing to the stream failed (a broken pipe, a full disk).
        self.broken = False

    def holds(self, text: str) -> bool:
        """Say whether the stream's encoding can hold ``text`` as it is."""
        try:
            text.encode(self.encoding)
        except UnicodeEncodeError:
            return False
        return True

    def fit(self, text: str) -> str:
        """Return ``text`` as it will be written: transliterated if the stream needs it."""
        return transliterate(text, self.encoding)

    def text(self, text: str) -> None:
        """Write text for people to read, transliterated if the stream needs it."""
        self._write(self.fit(text))

    def json(self, text: str) -> None:
        """Write a JSON text, with escapes for what the stream cannot hold."""
        self._write(text if self.holds(text) else _escape_json(text))

    def data(self, text: str) -> None:
        """Write data (CSV) exactly, or raise.

        Raises:
            EncodingRefusedError: The stream's encoding cannot hold ``text``.
            ClosedOutputError: The stream is closed.
        """
        if not self.holds(text):
            raise EncodingRefusedError(self.encoding)
        self._write(text)

    def flush(self) -> None:
        """Flush the stream, so that a failure to write shows while it can be reported."""
        if self.stream is not None:
            try:
                self.stream.flush()
            except OSError:
                self.broken = True
                raise

    def _write(self, text: str) -> None:
        if self.stream is None:
            raise ClosedOutputError("standard output is closed")
        try:
            self.stream.write(text)
        except OSError:
            self.broken = True
            raise


def discard_stdout() -> None:
    """Point the standard output at the null device, after it broke.

    Python flushes ``sys.stdout`` once more as it exits; on a broken pipe or a closed
    descriptor that flush fails and prints a message. After this, it flushes to nowhere.
    """
    stream = sys.__stdout__
    if stream is None or sys.stdout is not stream:
        return
    try:
        descriptor = stream.fileno()
        null = os.open(os.devnull, os.O_WRONLY)
    except (OSError, ValueError):
        return
    try:
        os.dup2(null, descriptor)
    finally:
        os.close(null)


def terminal_width() -> int | None:
    """The width of the terminal the output goes to; ``None`` when it goes to no terminal.

    ``COLUMNS`` sets it, as for other commands.
    """
    import shutil  # noqa: PLC0415 (only text output needs it)

    columns = shutil.get_terminal_size(fallback=(0, 0)).columns
    return columns if columns > 0 else None
