"""The exceptions vnplan raises.

Every exception vnplan raises on purpose is a :class:`VnplanError`, and each subclass is
also the builtin exception that fits it, so that ``except ValueError`` keeps working::

    >>> import vnplan
    >>> from vnplan.exceptions import ParseError
    >>> try:
    ...     vnplan.parse_quantity("13,963.91 tỷ đồng")
    ... except ValueError as error:
    ...     isinstance(error, ParseError)
    True

Messages follow one form: what was expected, then what came, quoted
(``'unit' must be a currency (got 'ha')``).
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

__all__ = [
    "CollectionError",
    "DataError",
    "DimensionalityError",
    "MissingSourceError",
    "ParseError",
    "Problem",
    "SourceError",
    "UnitError",
    "UnknownCheckError",
    "UnknownDatasetError",
    "UnknownIndicatorError",
    "ValidationError",
    "VnplanError",
    "ZeroDenominatorError",
]


class VnplanError(Exception):
    """The root of every exception vnplan raises on purpose."""


class ParseError(VnplanError, ValueError):
    """Printed text could not be read.

    Attributes:
        text: The whole text that was being read.
        position: The 0-based index in ``text`` where reading failed.
        expected: What was expected at that position.
    """

    def __init__(self, text: str, position: int, expected: str) -> None:
        self.text = text
        self.position = position
        self.expected = expected
        got = text[position : position + 20] if position < len(text) else "end of text"
        super().__init__(f"expected {expected} at position {position} of {text!r} (got {got!r})")


class UnitError(VnplanError, ValueError):
    """A unit is unknown, or does not fit where it is used.

    Attributes:
        unit: The unit text that was rejected.
        word: The word of ``unit`` that is not a known unit, when that is the problem.
    """

    def __init__(self, message: str, *, unit: str, word: str | None = None) -> None:
        self.unit = unit
        self.word = word
        super().__init__(message)


class DimensionalityError(VnplanError, TypeError):
    """Two quantities of different dimensions were combined or compared.

    Adding đồng to USD, persons to households, or percent to percentage points raises
    this error.

    Attributes:
        first: The first unit.
        second: The second unit.
    """

    def __init__(self, first: str, second: str, message: str | None = None) -> None:
        self.first = first
        self.second = second
        super().__init__(
            message or f"cannot combine {first!r} with {second!r}: different dimensions"
        )


class ValidationError(VnplanError, ValueError):
    """A model object was given a value that does not fit its field.

    Attributes:
        field: The name of the field.
        expected: What the field accepts.
        got: The value that came.
    """

    def __init__(self, field: str, expected: str, got: object) -> None:
        self.field = field
        self.expected = expected
        self.got = got
        super().__init__(f"{field!r} must be {expected} (got {got!r})")


class ZeroDenominatorError(VnplanError, ZeroDivisionError):
    """A ratio was asked for whose denominator is, or may be, zero.

    vnplan never reports such a ratio as 0% or 100%: it raises this error, or (where
    documented, as for :attr:`vnplan.Attainment.ratio`) gives ``None``.

    Attributes:
        field: What the denominator is (``'target'``, ``'reference'``, ``'divisor'`` …).
        value: The denominator: a number, or an interval that contains zero.
    """

    def __init__(self, field: str, value: object) -> None:
        self.field = field
        self.value = value
        super().__init__(f"{field!r} must not be zero nor contain zero (got {value!s})")


class UnknownIndicatorError(VnplanError, LookupError):
    """A key was looked up in a report and not found.

    Attributes:
        key: The key that was looked up.
        suggestions: Near matches among the known keys, best first.
    """

    def __init__(self, key: str, suggestions: Sequence[str] = ()) -> None:
        self.key = key
        self.suggestions = tuple(suggestions)
        hint = f"; did you mean {', '.join(map(repr, self.suggestions))}?" if suggestions else ""
        super().__init__(f"no indicator, figure, claim or relation {key!r} in this report{hint}")

    def __str__(self) -> str:
        """Return the message without the quotes KeyError-like classes add."""
        return str(self.args[0])


class UnknownCheckError(VnplanError, LookupError):
    """An audit check was asked for by a name no check has.

    Attributes:
        name: The name that was asked for.
        known: The names of the audit's checks, in the order they run.
    """

    def __init__(self, name: str, known: Sequence[str]) -> None:
        self.name = name
        self.known = tuple(known)
        super().__init__(f"no audit check {name!r} (known checks: {', '.join(self.known)})")

    def __str__(self) -> str:
        """Return the message without the quotes KeyError-like classes add."""
        return str(self.args[0])


class UnknownDatasetError(VnplanError, LookupError):
    """A dataset name is not among the bundled reports, nor a folder that exists.

    Attributes:
        name: The name that was asked for.
        known: The names of the bundled datasets.
        suggestions: The bundled names close to ``name``, closest first (maybe none).
    """

    def __init__(
        self,
        name: str,
        known: Sequence[str],
        reason: str | None = None,
        *,
        suggestions: Sequence[str] = (),
    ) -> None:
        self.name = name
        self.known = tuple(known)
        self.suggestions = tuple(suggestions)
        why = reason or "no bundled dataset and no report folder of that name"
        hint = f"; did you mean {', '.join(map(repr, self.suggestions))}?" if suggestions else ""
        super().__init__(f"{why}: {name!r}{hint} (bundled: {', '.join(self.known) or 'none'})")

    def __str__(self) -> str:
        """Return the message as given."""
        return str(self.args[0])


@attrs.frozen
class Problem:
    """One problem found in a data file, with where it was found."""

    #: The file name, relative to the report folder.
    file: str
    #: The 1-based line number, or ``None`` when the problem has no single line.
    line: int | None
    #: What is wrong, with what was expected and what came.
    message: str
    #: Where the problem this one follows from is (``"20-industry-services.toml"`` or
    #: ``"10-economy-agriculture.toml:106"``), when it is only a knock-on of that one:
    #: a table that names a figure of a file that could not be read, or an indicator
    #: that has problems of its own. ``None`` for a problem in its own right.
    follows: str | None = attrs.field(default=None, kw_only=True)

    def __str__(self) -> str:
        """Return ``file:line: message``."""
        where = f"{self.file}:{self.line}" if self.line is not None else self.file
        return f"{where}: {self.message}"


class DataError(VnplanError, ValueError):
    """A report's data files have problems; every problem found is listed.

    Attributes:
        problems: Every problem found: first those in their own right, in file and line
            order, then those that only follow from them (:attr:`Problem.follows`).
    """

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = tuple(problems)
        lines = "\n".join(f"  {p}" for p in self.problems)
        super().__init__(f"{len(self.problems)} problem(s) in the report's data:\n{lines}")


class CollectionError(VnplanError, ValueError):
    """Some of the reports given to :func:`vnplan.load_many` could not be loaded.

    Raised only with ``strict=True``, after every source was tried, so that it lists
    every failure at once.

    Attributes:
        failures: Each source that failed, with all of its problems: a
            :class:`vnplan.LoadFailure` each (typed here as :class:`object`, since
            this module sits below the collections that define it).
    """

    def __init__(self, failures: Sequence[object]) -> None:
        self.failures = tuple(failures)
        listed = "\n".join(str(failure) for failure in self.failures)
        super().__init__(f"{len(self.failures)} report(s) could not be loaded:\n{listed}")


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
