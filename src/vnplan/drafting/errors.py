"""The errors a draft raises on a source it cannot read."""

from __future__ import annotations

from vnplan.drafting._deps import VnplanError

__all__ = ["MissingSourceError", "SourceError"]


class SourceError(VnplanError, ValueError):
    """A source text cannot be drafted: wrong kind of file, undecodable, or empty.

    Attributes:
        source: The path given, as text.
        expected: What was expected.
        got: What came instead.
    """

    def __init__(self, source: str, expected: str, got: str) -> None:
        self.source = source
        self.expected = expected
        self.got = got
        super().__init__(f"{source!r}: expected {expected} (got {got})")


class MissingSourceError(VnplanError, FileNotFoundError):
    """The source file does not exist.

    Attributes:
        source: The path given, as text.
    """

    def __init__(self, source: str) -> None:
        self.source = source
        super().__init__(
            f"{source!r}: expected an existing .txt, .md, .docx or .pdf file (got no file)"
        )
