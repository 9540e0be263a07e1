"""What a source hands the reader: a report's tables as entries, and how the source writes them.

A report folder (:mod:`vnplan.io.folder`) and the JSON form (:mod:`vnplan.io.validate`)
each wrap their tables in :class:`Entry` objects that know where they are, and name their
:class:`Form`: which fields each kind of table may and must have, and whether figures are
written as printed. :class:`vnplan.io.reader.TreeReader` reads both alike.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import Any, Final

import attrs

__all__ = ["FOLDER", "JSON", "KINDS", "Entry", "Form"]

#: The kinds of table a report holds, in the order they are read.
KINDS: Final = ("indicator", "figure", "claim", "relation")

#: The fields each kind of table may have in a report folder, in the order they are checked.
_FIELDS: Final[dict[str, tuple[str, ...]]] = {
    "report": (
        "kind", "number", "issuer", "place", "province", "date", "year", "plan_year", "title",
        "language", "note", "sources",
    ),
    "indicator": (
        "id", "name_vi", "name_en", "unit", "measure", "direction", "sector", "additive", "code",
        "growth_of", "review",
    ),
    "figure": (
        "id", "indicator", "printed", "unit", "value", "period", "as_of", "role", "status",
        "basis", "bound", "note", "review", "source", "section", "paragraph", "footnote",
    ),
    "claim": (
        "id", "kind", "subject", "indicator", "period", "verb", "printed", "reference", "basis",
        "against", "note", "review", "source", "section", "paragraph", "footnote",
    ),
    "relation": (
        "id", "kind", "total", "parts", "note", "review", "source", "section", "paragraph",
        "footnote",
    ),
}  # fmt: skip
#: The fields each kind of table must have in a report folder.
_REQUIRED: Final[dict[str, tuple[str, ...]]] = {
    "report": ("issuer", "place", "province", "date", "year", "title"),
    "indicator": ("id", "name_vi", "name_en", "unit", "measure", "direction", "sector"),
    "figure": ("id", "indicator", "printed", "role", "section"),
    "claim": ("id", "kind", "printed", "section"),
    "relation": ("id", "kind", "parts", "section"),
}


@attrs.frozen(kw_only=True, eq=False)
class Form:
    """How a source writes a report: what differs between a report folder and the JSON form."""

    #: Whether figures and claims are written as printed (a report folder): their value,
    #: unit and denominator are read from ``printed``, and a claim takes its indicator and
    #: period from its subject. Otherwise (the JSON form) each is a field of its own.
    as_printed: bool
    #: How a date is written, in words for a problem (a TOML date, or an ISO text).
    date_words: str
    #: The fields each kind of table may have beyond those of a report folder.
    more_fields: Mapping[str, tuple[str, ...]] = attrs.field(factory=dict)
    #: The fields each kind of table must have beyond those of a report folder.
    more_required: Mapping[str, tuple[str, ...]] = attrs.field(factory=dict)

    def fields(self, kind: str) -> frozenset[str]:
        """The fields a table of ``kind`` may have."""
        return fields_of(self, kind)[0]

    def required(self, kind: str) -> tuple[str, ...]:
        """The fields a table of ``kind`` must have, in order."""
        return fields_of(self, kind)[1]


@functools.cache
def fields_of(form: Form, kind: str) -> tuple[frozenset[str], tuple[str, ...], frozenset[str]]:
    """The fields a table of ``kind`` may have, those it must have, and those as a set."""
    required = (*_REQUIRED[kind], *form.more_required.get(kind, ()))
    return (
        frozenset((*_FIELDS[kind], *form.more_fields.get(kind, ()))),
        required,
        frozenset(required),
    )


#: A report folder: TOML tables, figures and claims written as printed.
FOLDER: Final = Form(as_printed=True, date_words="a TOML date such as 2022-12-31")
#: The JSON form of :func:`vnplan.io.report_to_dict`: every value a field of its own.
JSON: Final = Form(
    as_printed=False,
    date_words="an ISO date such as '2022-12-31'",
    more_fields={
        "figure": ("location",),
        "claim": ("value", "unit", "denominator", "location"),
        "relation": ("location",),
    },
    more_required={"figure": ("value", "unit"), "claim": ("indicator", "value", "unit")},
)


class Entry:
    """One table of a report (``[[figure]]``, ``figures[3]``, ``[report]``), for the reader.

    A source subclasses it to say where the table is and to record its problems.
    ``data`` holds the table's fields; an absent field and a field set to ``None`` (JSON's
    ``null``) are alike.
    """

    __slots__ = ("data", "failed", "kind", "ok")

    def __init__(self, kind: str, data: Mapping[str, Any]) -> None:
        #: ``"report"``, or one of :data:`KINDS`.
        self.kind = kind
        #: The table's fields.
        self.data = data
        #: Whether no problem was found in it yet.
        self.ok = True
        #: The fields a problem was found at (``None``: the whole table).
        self.failed: set[str | None] = set()

    @property
    def ident(self) -> str | None:
        """The table's id, when it is a text."""
        ident = self.data.get("id")
        return ident if isinstance(ident, str) else None

    @property
    def place(self) -> str:
        """Where the table is, in words (``10-economy.toml:38``, ``figures[3]``)."""
        raise NotImplementedError

    def record(
        self, field: str | None, message: str, *, named: bool, follows: str | None = None
    ) -> None:
        """Record a problem at ``field`` (``None``: the whole table).

        ``named`` says whether the message is to be prefixed with the table's kind and id
        where the source does so (``figure 'grdp-2022': …``); ``follows`` is where the
        problem this one follows from is, when it is only a knock-on of that one.
        """
        raise NotImplementedError

    def problem(
        self, field: str | None, message: str, *, named: bool = True, follows: str | None = None
    ) -> None:
        """Record a problem at ``field``, and note that the table has one, there."""
        self.ok = False
        self.failed.add(field)
        self.record(field, message, named=named, follows=follows)
