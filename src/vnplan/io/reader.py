"""The one reader from a parsed tree to the model, for report folders and the JSON form.

A report arrives as a tree of tables: the TOML files of a report folder
(:mod:`vnplan.io.folder`), or the JSON form that :func:`vnplan.io.report_to_dict` writes
(:mod:`vnplan.io.validate`). Each source hands this reader its tables as :class:`Entry`
objects, which know where they are and how a problem there is said (``file:line`` or
``figures[3].unit``). The reader turns them into the model's objects.

It checks what only a reader can: the fields a table may and must have, enum values,
periods and dates, the printed text, and the ids by which tables name each other. The
model's own validators check every value it is then given, and a value they refuse is
reported in their words. The reader never stops at the first problem, and builds no
report when there is one.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterable, Iterator, Mapping
from decimal import Decimal, InvalidOperation
from typing import Any, Final, TypeVar

from vnplan import units
from vnplan._enums import (
    Basis,
    Bound,
    ClaimKind,
    Direction,
    Measure,
    RelationKind,
    ReportKind,
    Role,
    Status,
)
from vnplan.exceptions import ParseError, ValidationError, VnplanError
from vnplan.io.entries import Entry, Form, fields_of
from vnplan.io.refusals import check_across, refused_fields
from vnplan.io.suggestions import suggest, suggest_indicators, suggest_unit
from vnplan.model import (
    Claim,
    Indicator,
    Location,
    Measurement,
    Period,
    Relation,
    Report,
    Source,
    Target,
)
from vnplan.text import Printed, parse_printed

__all__ = ["TreeReader"]

_E = TypeVar(
    "_E", Basis, Bound, ClaimKind, Direction, Measure, RelationKind, ReportKind, Role, Status
)
_B = TypeVar("_B")

#: The fields a ``source`` table may have; ``url`` it must.
_SOURCE_FIELDS: Final = ("url", "title", "publisher", "published", "note")
#: Each enum's members by value.
_MEMBERS: Final[dict[type[Any], dict[object, Any]]] = {
    enum: {member.value: member for member in enum}
    for enum in (
        Basis,
        Bound,
        ClaimKind,
        Direction,
        Measure,
        RelationKind,
        ReportKind,
        Role,
        Status,
    )
}


def _other_pure_number(unit: str, wanted: str) -> bool:
    """Whether ``unit`` and ``wanted`` are two different pure numbers: "%" and "lần"."""
    try:
        first, second = units.unit_info(unit), units.unit_info(wanted)
    except VnplanError:
        return False  # an unknown unit: the model says so
    return first.dimension == second.dimension == "dimensionless" and first.factor != second.factor


# -- values read once for many tables ---------------------------------------------------------

#: Indicators read without a problem, by their table: the reports of a collection define
#: the same indicators again and again, and a table's checks depend on it alone.
_INDICATORS: dict[tuple[tuple[str, str | bool], ...], Indicator] = {}
#: Locations read without a problem, by their fields and the types of the numbers
#: (``1``, ``1.0`` and ``True`` are equal, and only ``1`` is a paragraph number): a
#: paragraph prints many figures, and the reports of a collection share their outline.
_LOCATIONS: dict[tuple[object, object, object, type, type], Location] = {}
_MAX_REMEMBERED: Final = 4096
#: The exact types of a valid indicator table's values.
_KEY_TYPES: Final = frozenset({str, bool})


def _indicator_key(data: Mapping[str, Any]) -> tuple[tuple[str, str | bool], ...] | None:
    """``data`` as a key, when its values are all texts or booleans (as a valid indicator's).

    Its types are part of the key this way: ``True`` and ``1`` are equal, and only the
    first is a valid ``additive``.
    """
    if _KEY_TYPES.issuperset(map(type, data.values())):  # (no Python loop: a third faster)
        return tuple(data.items())
    return None


def _remember(memory: dict[Any, Any], key: object, value: object) -> None:
    if len(memory) >= _MAX_REMEMBERED:
        memory.clear()
    memory[key] = value


_LOCATION_FIELDS: Final = ("section", "paragraph", "footnote")


class TreeReader:
    """Reads a report's tables into the model; each problem goes to the table it is in.

    A table that names an indicator with problems of its own, or a table of a file that
    could not be read, is said to follow from that problem, with no guess at what else
    it meant.

    Args:
        form: How the source writes a report (:data:`FOLDER` or :data:`JSON`).
        unread: The ids of figures, claims and relations in files that could not be
            read, each with its file.
        unread_indicators: The same for indicators.
    """

    def __init__(
        self,
        form: Form,
        *,
        unread: Mapping[str, str] | None = None,
        unread_indicators: Mapping[str, str] | None = None,
    ) -> None:
        self.form = form
        self.unread: Mapping[str, str] = unread or {}
        self.unread_indicators: Mapping[str, str] = unread_indicators or {}
        self.broken: dict[str, Entry] = {}  # id of an indicator with problems -> its table
        self.indicators: dict[str, Indicator] = {}
        self.where: dict[str, Entry] = {}  # id of a figure, claim or relation -> its table
        self.figures: dict[str, Measurement | Target] = {}
        self.claims: dict[str, Claim] = {}
        self.relations: dict[str, Relation] = {}
        self.sources: dict[str, Source] = {}  # the report's named sources, by key
        # id of a figure or claim with problems -> its indicator and period, where read
        self.partial: dict[str, tuple[Indicator, Period | None]] = {}

    def read(self, header: Entry, entries: Iterable[Entry]) -> Report | None:
        """Read the report: ``header`` is its ``report`` table, ``entries`` the others.

        Returns:
            The report, or ``None`` when a problem was found (each is recorded in its table).
        """
        meta = self._header(header)
        tables = list(entries)
        for entry in tables:
            if entry.kind == "indicator":
                self._indicator(entry)
        self._register(entry for entry in tables if entry.kind != "indicator")
        for entry in tables:
            if entry.kind == "figure":
                self._figure(entry)
        self._claims([entry for entry in tables if entry.kind == "claim"])
        for entry in tables:
            if entry.kind == "relation":
                self._relation(entry)
        if meta is None or not all(entry.ok for entry in tables):
            return None
        figures = self.figures.values()
        values = {
            **meta,
            "indicators": tuple(self.indicators.values()),
            "measurements": tuple(f for f in figures if isinstance(f, Measurement)),
            "targets": tuple(f for f in figures if isinstance(f, Target)),
            "claims": tuple(self.claims.values()),
            "relations": tuple(self.relations.values()),
        }
        return self._build(header, Report, values)

    def _claims(self, pending: list[Entry]) -> None:
        """Read claims; they may be about claims, so in passes until no progress."""
        while pending:
            left = [entry for entry in pending if not self._claim(entry, final=False)]
            if len(left) == len(pending):
                for entry in left:
                    self._claim(entry, final=True)
                return
            pending = left

    # -- fields -----------------------------------------------------------------------------

    def _check_fields(self, entry: Entry) -> None:
        """Name each unknown field, and each required field that is missing."""
        data = entry.data
        known, required, required_set = fields_of(self.form, entry.kind)
        if not known.issuperset(data):  # (rare: then name each, in written order)
            allowed = ", ".join(sorted(known))
            for field in data:
                if field not in known:
                    entry.problem(field, f"unknown field {field!r} (expected one of {allowed})")
        if not data.keys() >= required_set:  # (rare: then name each, in order)
            for field in required:
                if field not in data:
                    entry.problem(field, f"{field!r} is required")

    def _given(self, entry: Entry, *fields: str) -> dict[str, Any]:
        """The fields of ``fields`` that ``entry`` gives, for the model to check."""
        data = entry.data
        return {field: data[field] for field in fields if data.get(field) is not None}

    def _enum(self, entry: Entry, field: str, enum: type[_E]) -> _E | None:
        value = entry.data.get(field)
        if value is None:
            return None
        try:
            member: _E = _MEMBERS[enum][value]
        except (KeyError, TypeError):
            allowed = ", ".join(repr(member.value) for member in enum)
            entry.problem(field, f"{field!r} must be one of {allowed} (got {value!r})")
            return None
        return member

    def _period(self, entry: Entry, field: str) -> Period | None:
        value = entry.data.get(field)
        if value is None:
            return None
        if isinstance(value, int) and not isinstance(value, bool):
            value = str(value)  # (a year written as a number: period = 2022)
        try:
            return Period.parse(value)
        except ValidationError as error:  # (said of 'period'; said here of its own field)
            entry.problem(field, str(ValidationError(field, error.expected, error.got)))
            return None

    def _date(self, entry: Entry, field: str) -> dt.date | None:
        value = entry.data.get(field)
        if value is None:
            return None
        if not self.form.as_printed and isinstance(value, str):
            try:
                return dt.date.fromisoformat(value)
            except ValueError:
                pass
        elif isinstance(value, dt.date) and not isinstance(value, dt.datetime):
            return value
        entry.problem(field, f"{field!r} must be {self.form.date_words} (got {value!r})")
        return None

    def _decimal(self, entry: Entry, field: str) -> Decimal | None:
        """A number of the JSON form: a plain decimal string."""
        value = entry.data.get(field)
        if value is None:
            return None
        try:
            number = Decimal(value) if isinstance(value, str) else None
        except InvalidOperation:
            number = None
        if number is None or not number.is_finite():
            entry.problem(
                field,
                f"{field!r} must be a plain decimal string such as '13963.91' (got {value!r})",
            )
        return number

    def _location(self, entry: Entry) -> Location | None:
        data = entry.data
        paragraph, footnote = data.get("paragraph"), data.get("footnote")
        key = (data.get("section"), paragraph, footnote, type(paragraph), type(footnote))
        try:
            return _LOCATIONS[key]
        except (KeyError, TypeError):  # not read yet, or a list or table (not a key)
            pass
        given = self._given(entry, *_LOCATION_FIELDS)
        if "paragraph" not in given and "footnote" not in given:
            entry.problem("paragraph", "'paragraph' or 'footnote' is required")
        if "section" not in given:
            return None  # (reported as required)
        location = self._build(entry, Location, given)
        if location is not None:
            _remember(_LOCATIONS, key, location)
        return location

    def _indicator_of(self, entry: Entry) -> Indicator | None:
        ident = entry.data.get("indicator")
        if ident is None:
            return None
        if not isinstance(ident, str):
            message = f"'indicator' must be the id of an indicator (got {ident!r})"
            entry.problem("indicator", message)
            return None
        found = self.indicators.get(ident)
        if found is None and ident in self.broken:
            cause = self.broken[ident].place
            entry.problem(
                "indicator",
                f"indicator {ident!r} has problems (follows from the problem at {cause})",
                follows=cause,
            )
        elif found is None and ident in self.unread_indicators:
            self._unread(entry, "indicator", f"indicator {ident!r}", self.unread_indicators[ident])
        elif found is None:
            hint = suggest(ident, self.indicators)
            entry.problem("indicator", f"unknown indicator {ident!r}{hint}")
        return found

    def _unread(self, entry: Entry, field: str, what: str, file: str) -> None:
        """Say at ``field`` that ``what``, a table of ``file``, could not be read."""
        message = f"{what} could not be read (follows from the problem in {file})"
        entry.problem(field, message, follows=file)

    def _reference(self, entry: Entry, field: str, of: str = "a figure or claim") -> Entry | None:
        """The table that ``field`` names, when it names a figure or claim of the report."""
        key = entry.data.get(field)
        if key is None:
            return None
        if not isinstance(key, str):
            entry.problem(field, f"{field!r} must be the id of {of} (got {key!r})")
            return None
        found = self.where.get(key)
        if found is None and key in self.unread:
            self._unread(entry, field, f"{field!r} names {key!r}, which", self.unread[key])
        elif found is None:
            hint = suggest(key, self._figures_and_claims())
            entry.problem(field, f"{field!r} names no {of[2:]} ({key!r}){hint}")
        elif found.kind == "relation":
            entry.problem(field, f"{field!r} must be the id of {of}, not of a relation ({key!r})")
            return None
        return found

    def _figures_and_claims(self) -> Iterator[str]:
        """The ids of the report's figures and claims (for a problem's suggestions)."""
        return (key for key, entry in self.where.items() if entry.kind != "relation")

    def _build(self, entry: Entry, cls: type[_B], values: dict[str, Any]) -> _B | None:
        """Build ``cls`` from ``values``, unless ``entry`` has a problem; say each refusal.

        When the model refuses, each field's own validator is asked, so that every field
        it refuses is listed; a rule across fields is said where the model says it is.
        A table with problems is still checked against the rules across its fields
        where its other problems cannot have led to a refusal (:mod:`vnplan.io.refusals`).
        """
        if entry.ok:
            try:
                return cls(**values)
            except VnplanError as error:
                refused = refused_fields(entry, cls, values)
                if not refused:
                    self._say(entry, values, error)
                    return None
        else:
            refused = refused_fields(entry, cls, values)
        across = check_across(entry, cls, values, refused)
        if across is not None and self._line_field(entry, across) not in entry.failed:
            self._say(entry, values, across)
        return None

    def _say(self, entry: Entry, values: Mapping[str, Any], error: VnplanError) -> None:
        """Say the model's refusal ``error`` at its field, with a hint where one helps."""
        field = self._line_field(entry, error)
        unit = values.get("unit") if field in {"unit", "printed"} else None
        hint = suggest_unit(unit) if isinstance(unit, str) else ""
        indicator = values.get("indicator")
        if (
            not hint
            and isinstance(unit, str)
            and isinstance(indicator, Indicator)
            and getattr(error, "field", None) == "unit"
            and values.get("kind", ClaimKind.CHANGE) is ClaimKind.CHANGE
        ):
            hint = suggest_indicators(unit, indicator, self.indicators.values())
        entry.problem(field, f"{error}{hint}")

    def _line_field(self, entry: Entry, error: VnplanError) -> str | None:
        """The field of ``entry`` where the model's ``error`` is to be said."""
        field = getattr(error, "field", None)
        if not isinstance(field, str):
            return None
        if field == "unit" and self.form.as_printed and "unit" not in entry.data:
            return "printed"  # (the unit was read from the printed text)
        return field

    # -- the report table -------------------------------------------------------------------

    def _header(self, entry: Entry) -> dict[str, Any] | None:
        self._check_fields(entry)
        texts = ("number", "issuer", "place", "province", "year", "plan_year", "title")
        meta = self._given(entry, *texts, "language", "note")
        date = self._date(entry, "date")
        if date is not None:
            meta["date"] = date
        kind = self._enum(entry, "kind", ReportKind)
        if kind is not None:
            meta["kind"] = kind
        numbered = (kind or ReportKind.ADMINISTRATIVE_REPORT).numbered
        kind_name = (kind or ReportKind.ADMINISTRATIVE_REPORT).value
        if numbered and entry.data.get("number") is None:
            entry.problem("number", f"'number' is required for kind {kind_name!r}")
        elif numbered is False and entry.data.get("number") is not None:
            message = f"'number' must be left out for kind {kind_name!r} (got {meta['number']!r})"
            entry.problem("number", message)
        self._named_sources(entry)
        refused_fields(entry, Report, meta)
        return meta if entry.ok else None

    def _named_sources(self, entry: Entry) -> None:
        """Read the report's ``sources`` table: a key for each source its figures name."""
        tables = entry.data.get("sources")
        if tables is None:
            return
        if not isinstance(tables, Mapping):
            entry.problem("sources", f"'sources' must be a table of source tables (got {tables!r})")
            return
        for key, table in tables.items():
            source = self._source_table(entry, f"sources.{key}", table)
            if source is not None:
                self.sources[key] = source

    def _source(self, entry: Entry) -> Source | None:
        """A table's ``source``: a source table, or the key of one of the report's sources."""
        value = entry.data.get("source")
        if value is None:
            return None
        if isinstance(value, str):
            found = self.sources.get(value)
            if found is None:
                hint = suggest(value, self.sources)
                entry.problem("source", f"'source' names no source of the report ({value!r}){hint}")
            return found
        return self._source_table(entry, "source", value)

    def _source_table(self, entry: Entry, field: str, table: object) -> Source | None:
        if not isinstance(table, Mapping):
            message = f"{field!r} must be a table with a 'url', or a source's key (got {table!r})"
            entry.problem(field, message)
            return None
        unknown = [name for name in table if name not in _SOURCE_FIELDS]
        for name in unknown:
            allowed = ", ".join(_SOURCE_FIELDS)
            entry.problem(field, f"unknown field {name!r} in {field!r} (expected one of {allowed})")
        if "url" not in table:
            entry.problem(field, f"{field!r} must have a 'url'")
        if unknown or "url" not in table:
            return None
        values = {name: table[name] for name in _SOURCE_FIELDS if table.get(name) is not None}
        published = table.get("published")
        if isinstance(published, str) and not self.form.as_printed:
            with contextlib.suppress(ValueError):  # (else said by the model, below)
                values["published"] = dt.date.fromisoformat(published)
        try:
            return Source(**values)
        except VnplanError as error:
            entry.problem(field, f"in {field!r}: {error}")
            return None

    # -- tables -----------------------------------------------------------------------------

    def _register(self, entries: Iterable[Entry]) -> None:
        """Note the ids of figures, claims and relations (one namespace), before reading."""
        for entry in entries:
            ident = entry.ident
            if ident is None:
                continue
            if ident in self.where:
                first = self.where[ident].place
                entry.problem("id", f"duplicate id {ident!r}: already used at {first}", named=False)
            else:
                self.where[ident] = entry

    def _indicator(self, entry: Entry) -> None:
        key = _indicator_key(entry.data)
        known = _INDICATORS.get(key) if key is not None else None
        if known is None:
            self._check_fields(entry)
            values = self._given(entry, "id", "name_vi", "name_en", "unit", "sector")
            values |= self._given(entry, "additive", "code", "growth_of")
            values["measure"] = self._enum(entry, "measure", Measure)
            values["direction"] = self._enum(entry, "direction", Direction)
            values = {field: value for field, value in values.items() if value is not None}
            known = self._build(entry, Indicator, values)
            if known is None:
                if entry.ident is not None:
                    self.broken.setdefault(entry.ident, entry)
                return
            if key is not None:
                _remember(_INDICATORS, key, known)
        if known.id in self.indicators:
            entry.problem("id", f"duplicate indicator id {known.id!r}", named=False)
        else:
            self.indicators[known.id] = known

    def _number(self, entry: Entry, values: dict[str, Any]) -> Printed | None:
        """Read ``printed`` (and ``unit``), as a report folder writes a figure or claim."""
        data = entry.data
        text = data.get("printed")
        if text is None:
            return None
        if not isinstance(text, str):
            entry.problem("printed", f"'printed' must be a str (got {text!r})")
            return None
        try:
            printed = parse_printed(text)
        except VnplanError as error:
            rest = text[error.position :] if isinstance(error, ParseError) else ""
            entry.problem("printed", f"{error}{suggest_unit(rest)}")
            return None
        values["printed"] = printed.text
        values["value"] = printed.value
        given = data.get("value")
        if given is not None:
            try:
                same = str(Decimal(str(given))) == str(printed.value)
            except ArithmeticError:
                entry.problem("value", f"'value' must be a decimal string (got {given!r})")
            else:
                if not same:
                    entry.problem(
                        "value",
                        f"'value' must match the printed text {printed.text!r}, which reads "
                        f"{str(printed.value)!r} (got {given!r})",
                    )
        return printed

    def _figure(self, entry: Entry) -> None:
        self._check_fields(entry)
        data = entry.data
        values = self._given(entry, "id", "note")
        values["source"] = self._source(entry)
        values["indicator"] = self._indicator_of(entry)
        values["location"] = self._location(entry)
        values["period"] = self._period(entry, "period")
        values["as_of"] = self._date(entry, "as_of")
        role = self._enum(entry, "role", Role)
        bound = self._enum(entry, "bound", Bound)
        if data.get("period") is None and data.get("as_of") is None:
            entry.problem("period", "'period' or 'as_of' is required")
        if self.form.as_printed:
            bound = self._printed_figure(entry, values, bound)
        else:
            values |= self._given(entry, "unit", "printed")
            values["value"] = self._decimal(entry, "value")
        values["bound"] = bound or Bound.EXACT
        if role is Role.TARGET:
            values["basis"] = self._enum(entry, "basis", Basis)
            if data.get("basis") is None:
                entry.problem("basis", "'basis' is required for role 'target'")
            values["status"] = self._enum(entry, "status", Status) or Status.PLANNED
        else:
            if role is not None and data.get("basis") is not None:
                message = f"'basis' is only for role 'target' (got role {role.value!r})"
                entry.problem("basis", message)
            values["role"] = role
            values["status"] = self._enum(entry, "status", Status) or Status.REPORTED
        values = {field: value for field, value in values.items() if value is not None}
        if role is None or self.where.get(str(values.get("id"))) is not entry:
            entry.ok = False  # (a duplicate, or no role: reported already)
        kind: type[Measurement | Target] = Target if role is Role.TARGET else Measurement
        figure = self._build(entry, kind, values)
        if figure is not None:
            self.figures[figure.id] = figure
        else:
            self._partly(entry, values)

    def _printed_figure(self, entry: Entry, values: dict[str, Any], bound: Bound | None) -> Bound:
        """Read a figure's value and unit from its printed text; return its bound."""
        printed = self._number(entry, values)
        if printed is None:
            return bound or Bound.EXACT
        unit = self._unit(entry, printed, values.get("indicator"))
        if unit is not None:
            values["unit"] = unit
        if bound is None:
            return printed.bound
        if printed.bound not in {Bound.EXACT, bound}:
            entry.problem(
                "bound",
                f"'bound' {bound.value!r} contradicts the printed qualifier "
                f"({printed.bound.value!r})",
            )
        return bound

    def _unit(self, entry: Entry, printed: Printed, indicator: Indicator | None) -> str | None:
        """A figure's unit: the printed one, or the ``unit`` field when none is printed.

        Percent and factors (lần) are both pure numbers, but "42 lần" is no percentage:
        a figure of an indicator in one of them must be printed in that one.
        """
        given = entry.data.get("unit")
        if printed.unit and given is not None and given != printed.unit:
            entry.problem(
                "unit",
                f"'unit' must be left out or equal the printed unit {printed.unit!r} "
                f"(got {given!r})",
            )
            return None
        unit = printed.unit or given
        if unit is None:
            message = f"'unit' is required when the printed text {printed.text!r} has none"
            entry.problem("unit", message)
        elif (
            isinstance(unit, str)  # (any other value is the model's to refuse, in its words)
            and indicator is not None
            and _other_pure_number(unit, indicator.unit)
        ):
            entry.problem(
                "printed",
                f"'printed' must be in {indicator.unit!r}, the unit of indicator "
                f"{indicator.id!r} (got {printed.text!r}, in {unit!r}): a percentage "
                "and a factor (lần) are different numbers",
            )
            return None
        return unit

    def _claim(self, entry: Entry, *, final: bool) -> bool:
        """Build a claim; return False to retry later when its subject claim is not built yet."""
        data = entry.data
        subject_id = data.get("subject")
        subject = self.where.get(subject_id) if isinstance(subject_id, str) else None
        if (
            subject is not None
            and subject.kind == "claim"
            and subject.ok
            and subject_id not in self.claims
            and not final
        ):
            return False  # its subject is a claim not built yet: wait for it
        self._check_fields(entry)
        values = self._given(entry, "id", "verb", "note")
        values["source"] = self._source(entry)
        values["kind"] = kind = self._enum(entry, "kind", ClaimKind)
        values["location"] = self._location(entry)
        values["period"] = self._period(entry, "period")
        values["reference"] = self._period(entry, "reference")
        values["basis"] = self._enum(entry, "basis", Basis)
        self._reference(entry, "subject")
        against = self._reference(entry, "against")
        values["subject"] = subject_id if subject is not None else None
        values["against"] = data.get("against") if against is not None else None
        base = self._subject_of(entry, subject, subject_id)
        named = data.get("indicator")
        indicator = self._indicator_of(entry) if base is None else base[0]
        if base is not None:
            if named is not None and named != base[0].id:
                entry.problem(
                    "indicator",
                    f"'indicator' must match the subject's indicator {base[0].id!r} "
                    f"(got {named!r})",
                )
            if self.form.as_printed and values["period"] is None:
                values["period"] = base[1]
        elif subject_id is None and named is None and self.form.as_printed:
            entry.problem("indicator", "'indicator' is required for a claim without a subject")
        values["indicator"] = indicator
        if self.form.as_printed:
            printed = self._number(entry, values)
            if printed is not None:
                self._claim_number(entry, kind, printed, values)
        else:
            values |= self._given(entry, "unit", "printed")
            values["value"] = self._decimal(entry, "value")
            values["denominator"] = self._decimal(entry, "denominator")
        values = {field: value for field, value in values.items() if value is not None}
        if self.where.get(str(values.get("id"))) is not entry:
            entry.ok = False  # (a duplicate: reported already)
        claim = self._build(entry, Claim, values)
        if claim is not None:
            self.claims[claim.id] = claim
        else:
            self._partly(entry, values)
        return True

    def _subject_of(
        self, entry: Entry, subject: Entry | None, subject_id: object
    ) -> tuple[Indicator, Period | None] | None:
        """The indicator and period of a claim's subject, where they can be read."""
        if subject is None or not isinstance(subject_id, str):
            return None
        built = self.figures.get(subject_id) or self.claims.get(subject_id)
        if built is not None:
            return built.indicator, built.period
        if subject.kind == "claim" and subject.ok:
            message = f"'subject' must not lead back to this claim (got {subject_id!r})"
            entry.problem("subject", message)
            return None
        entry.ok = False  # its subject has problems, said there
        return self.partial.get(subject_id)  # (to check the claim's own rules)

    def _partly(self, entry: Entry, values: Mapping[str, Any]) -> None:
        """Keep the indicator and period of a figure or claim that has problems.

        A claim about it is then still checked against its own rules; its problems are
        its own, not knock-ons of the subject's.
        """
        indicator = values.get("indicator")
        ident = entry.ident
        if (
            isinstance(indicator, Indicator)
            and ident is not None
            and self.where.get(ident) is entry
        ):
            self.partial[ident] = (indicator, values.get("period"))

    def _claim_number(
        self, entry: Entry, kind: ClaimKind | None, printed: Printed, values: dict[str, Any]
    ) -> None:
        """A claim's unit and denominator, from its printed text."""
        if not printed.unit:
            entry.problem(
                "printed",
                "the printed text must carry its unit, such as '%' or 'lần' "
                f"(got {printed.text!r})",
            )
        elif kind is ClaimKind.FRACTION and printed.denominator is None:
            message = f"a fraction must be printed as 'a/b unit' (got {printed.text!r})"
            entry.problem("printed", message)
        elif kind is not ClaimKind.FRACTION and printed.denominator is not None:
            kind_name = kind.value if kind is not None else "?"
            entry.problem(
                "printed",
                f"only a 'fraction' claim may print 'a/b' (got kind {kind_name!r})",
            )
        values["unit"] = printed.unit or None
        values["denominator"] = printed.denominator

    def _relation(self, entry: Entry) -> None:
        self._check_fields(entry)
        data = entry.data
        values = self._given(entry, "id", "note")
        values["source"] = self._source(entry)
        values["kind"] = kind = self._enum(entry, "kind", RelationKind)
        values["location"] = self._location(entry)
        values["parts"] = self._parts(entry)
        if data.get("total") is None and kind not in {None, RelationKind.STRUCTURE}:
            message = f"'total' is required for kind {kind.value if kind else '?'!r}"
            entry.problem("total", message)
        if self._reference(entry, "total", of="a figure") is not None:
            values["total"] = data["total"]
        values = {field: value for field, value in values.items() if value is not None}
        if self.where.get(str(values.get("id"))) is not entry:
            entry.ok = False  # (a duplicate: reported already)
        relation = self._build(entry, Relation, values)
        if relation is not None:
            self.relations[relation.id] = relation

    def _parts(self, entry: Entry) -> tuple[str, ...] | None:
        """A relation's parts: ids of figures or claims."""
        parts = entry.data.get("parts")
        if parts is None:
            return None
        if not isinstance(parts, list) or not all(isinstance(p, str) for p in parts):
            entry.problem("parts", f"'parts' must be a non-empty list of ids (got {parts!r})")
            return None
        for part in parts:
            found = self.where.get(part)
            if found is None and part in self.unread:
                self._unread(entry, "parts", f"part {part!r}", self.unread[part])
            elif found is None:
                hint = suggest(part, self._figures_and_claims())
                entry.problem("parts", f"part {part!r} names no figure or claim{hint}")
            elif found.kind == "relation":
                message = f"part {part!r} names a relation, not a figure or claim"
                entry.problem("parts", message)
        return tuple(parts)
