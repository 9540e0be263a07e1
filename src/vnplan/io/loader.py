"""Read a report from its folder of TOML files (the format of ``docs/data-format.md``).

Loading checks everything it can and reports **every** problem at once, each with its
file and line, in one :class:`~vnplan.exceptions.DataError`; a folder with problems never
yields a half-built report.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import difflib
import functools
import re
from collections.abc import Callable, Iterator, Mapping
from decimal import Decimal
from importlib.resources.abc import Traversable
from typing import Any, Final, TypeVar

# tomli is the standard library's tomllib, compiled: the same results, three times faster.
import tomli

from vnplan._enums import Basis, Bound, ClaimKind, Direction, Measure, RelationKind, Role, Status
from vnplan.exceptions import DataError, Problem, VnplanError
from vnplan.model.core import (
    SECTORS,
    Claim,
    Indicator,
    Location,
    Measurement,
    Period,
    Relation,
    Report,
    Target,
)
from vnplan.text.numbers import Printed, parse_printed
from vnplan.units import same_dimension, unit_info

__all__ = ["load_folder"]

_E = TypeVar("_E", Basis, Bound, ClaimKind, Direction, Measure, RelationKind, Role, Status)

_KINDS = ("indicator", "figure", "claim", "relation")
_HEADER = re.compile(r"^\s*\[\[\s*(indicator|figure|claim|relation)\s*\]\]\s*(?:#.*)?$")
_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")

_FIELDS: dict[str, frozenset[str]] = {
    "indicator": frozenset(
        {"id", "name_vi", "name_en", "unit", "measure", "direction", "sector", "additive", "code"}
        | {"review"}
    ),
    "figure": frozenset(
        {
            "id",
            "indicator",
            "printed",
            "unit",
            "value",
            "period",
            "as_of",
            "role",
            "status",
            "basis",
            "bound",
            "note",
            "review",
            "section",
            "paragraph",
            "footnote",
        }
    ),
    "claim": frozenset(
        {
            "id",
            "kind",
            "subject",
            "indicator",
            "period",
            "verb",
            "printed",
            "reference",
            "basis",
            "against",
            "note",
            "review",
            "section",
            "paragraph",
            "footnote",
        }
    ),
    "relation": frozenset(
        {"id", "kind", "total", "parts", "note", "review", "section", "paragraph", "footnote"}
    ),
}
_REQUIRED: dict[str, tuple[str, ...]] = {
    "indicator": ("id", "name_vi", "name_en", "unit", "measure", "direction", "sector"),
    "figure": ("id", "indicator", "printed", "role", "section"),
    "claim": ("id", "kind", "printed", "section"),
    "relation": ("id", "kind", "parts", "section"),
}
_REQUIRED_SETS = {kind: frozenset(fields) for kind, fields in _REQUIRED.items()}
#: Each enum's members by value.
_MEMBERS: dict[type[Any], dict[object, Any]] = {
    enum: {member.value: member for member in enum}
    for enum in (Basis, Bound, ClaimKind, Direction, Measure, RelationKind, Role, Status)
}
_REPORT_FIELDS = ("number", "issuer", "place", "province", "date", "year", "plan_year", "title")
_REPORT_OPTIONAL = ("language", "note")


_Loads = Callable[[str], dict[str, Any]]


def _fast_parser() -> _Loads | None:
    """toml-rs's parser, when the ``fast`` extra is installed: six times faster than tomli.

    It reads TOML 1.0 only; what it refuses, tomli reads or refuses (:func:`_loads`).
    """
    try:
        # The ignore is for mypy run where the extra is not installed.
        import toml_rs  # type: ignore[import-not-found, unused-ignore]  # noqa: PLC0415 (optional)
    except ImportError:
        return None
    return functools.partial(toml_rs.loads, toml_version="1.0.0")


_FAST_LOADS: Final = _fast_parser()


def _loads(text: str) -> dict[str, Any]:
    """Parse a TOML document, with toml-rs when installed, else (or on any error) tomli.

    tomli is the reference: toml-rs gives the same tables for every valid TOML 1.0
    document, and whatever it refuses (an error, or TOML 1.1) is parsed again by tomli, so
    that what is accepted and every error message are tomli's.

    Raises:
        tomli.TOMLDecodeError: The text is not valid TOML.
    """
    if _FAST_LOADS is not None:
        with contextlib.suppress(Exception):  # any failure: tomli decides, and says why
            return _FAST_LOADS(text)
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
        headers: dict[str, list[int]] = {kind: [] for kind in _KINDS}
        for number, line in enumerate(self.lines, start=1):
            match = "[[" in line and _HEADER.match(line)  # ("in" first: it is far cheaper)
            if match:
                headers[match.group(1)].append(number)
        return headers

    def header(self, kind: str, index: int) -> int | None:
        """The line of the ``index``-th ``[[kind]]`` table; None unless each has a header."""
        found = self.headers[kind]
        return found[index] if len(found) == self.tables[kind] else None


class _Entry:
    """One ``[[kind]]`` table of a file (the ``index``-th of its kind), or ``[report]``."""

    __slots__ = ("_line", "data", "file", "index", "kind", "source")

    def __init__(
        self,
        kind: str,
        data: Mapping[str, Any],
        file: str,
        source: _Lines,
        *,
        index: int | None,
        line: int | None = None,
    ) -> None:
        self.kind = kind
        self.data = data
        self.file = file
        self.source = source
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

    def line_of(self, field: str) -> int | None:
        """The line of ``field = …`` inside this table, else the table's header line."""
        line = self.line
        if line is None:
            return None
        lines = self.source.lines
        pattern = re.compile(rf"^\s*{re.escape(field)}\s*=")
        for index in range(line, len(lines)):  # the lines after the header
            text = lines[index]
            if _HEADER.match(text) or text.lstrip().startswith("["):
                break
            if pattern.match(text):
                return index + 1
        return line


class _Collector:
    """Gathers problems instead of stopping at the first."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def add(self, file: str, line: int | None, message: str) -> None:
        self.problems.append(Problem(file, line, message))

    def at(self, entry: _Entry, field: str, message: str) -> None:
        self.add(entry.file, entry.line_of(field), message)

    def on(self, entry: _Entry, field: str, message: str) -> None:
        """A problem of ``entry`` at ``field``, prefixed by the entry's kind and id."""
        self.at(entry, field, f"{entry.kind} {_name(entry)}: {message}")


def _entries(file: str, text: str, data: Mapping[str, Any], out: _Collector) -> Iterator[_Entry]:
    for key in data:
        if key not in _KINDS:
            out.add(file, None, f"unknown table {key!r}: expected one of {', '.join(_KINDS)}")
    arrays = {kind: data.get(kind, []) for kind in _KINDS}
    source = _Lines(text, {kind: len(tables) for kind, tables in arrays.items()})
    for kind, tables in arrays.items():
        if not isinstance(tables, list):
            out.add(file, None, f"{kind!r} must be an array of tables [[{kind}]]")
            continue
        for index, table in enumerate(tables):
            if not isinstance(table, dict):
                line = source.header(kind, index)
                out.add(file, line, f"each {kind!r} must be a table (got {table!r})")
                continue
            yield _Entry(kind, table, file, source, index=index)


def _text(entry: _Entry, field: str, out: _Collector, *, required: bool = True) -> str | None:
    value = entry.data.get(field)
    if value is None:
        if required:
            out.on(entry, field, f"{field!r} is required")
        return None
    if not isinstance(value, str) or not value.strip():
        out.on(
            entry,
            field,
            f"{field!r} must be a non-empty string (got {value!r})",
        )
        return None
    return value


def _is_id(entry: _Entry, field: str, out: _Collector, of: str = "a figure or claim") -> bool:
    """Say whether ``field`` is absent or a text, as the id of another table must be."""
    value = entry.data.get(field)
    if value is None or isinstance(value, str):
        return True
    out.on(entry, field, f"{field!r} must be the id of {of} (got {value!r})")
    return False


def _name(entry: _Entry) -> str:
    ident = entry.data.get("id")
    return repr(ident) if isinstance(ident, str) else "(no id)"


def _enum(
    entry: _Entry, field: str, enum: type[_E], out: _Collector, default: _E | None = None
) -> _E | None:
    value = entry.data.get(field)
    if value is None:
        if default is None:
            out.on(entry, field, f"{field!r} is required")
        return default
    try:
        member: _E = _MEMBERS[enum][value]  # far cheaper than enum(value), which counts here
    except (KeyError, TypeError):
        pass
    else:
        return member
    try:
        return enum(value)
    except ValueError:
        allowed = ", ".join(repr(m.value) for m in enum)
        out.on(
            entry,
            field,
            f"{field!r} must be one of {allowed} (got {value!r})",
        )
        return None


def _int(entry: _Entry, field: str, out: _Collector) -> int | None:
    value = entry.data.get(field)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        out.on(
            entry,
            field,
            f"{field!r} must be a positive whole number (got {value!r})",
        )
        return None
    return value


#: A location's raw fields, with the types of the numbers: ``1``, ``1.0`` and ``True`` are
#: equal, and only ``1`` is a paragraph number.
_RawLocation = tuple[object, object, object, type, type]
#: Locations read without a problem, by their raw fields: a paragraph prints many figures,
#: and the reports of a collection share their outline.
_LOCATIONS: dict[_RawLocation, Location] = {}
_MAX_LOCATIONS = 4096


def _location(entry: _Entry, out: _Collector) -> Location | None:
    """The entry's location, checked once for all the tables that give the same fields."""
    data = entry.data
    paragraph, footnote = data.get("paragraph"), data.get("footnote")
    raw = (data.get("section"), paragraph, footnote, type(paragraph), type(footnote))
    try:
        return _LOCATIONS[raw]
    except (KeyError, TypeError):  # not read yet, or a list or table (not a key)
        pass
    problems = len(out.problems)
    section = _text(entry, "section", out)
    checked_paragraph = _int(entry, "paragraph", out)
    checked_footnote = _int(entry, "footnote", out)
    if section is None:
        return None
    try:
        location = Location(section=section, paragraph=checked_paragraph, footnote=checked_footnote)
    except VnplanError as error:
        out.on(entry, "section", f"{error}")
        return None
    if len(out.problems) == problems:
        if len(_LOCATIONS) >= _MAX_LOCATIONS:
            _LOCATIONS.clear()
        _LOCATIONS[raw] = location
    return location


def _period(entry: _Entry, field: str, out: _Collector) -> Period | None:
    value = entry.data.get(field)
    if value is None:
        return None
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        out.on(
            entry,
            field,
            f"{field!r} must be a period such as '2022' or '2021-2025' (got {value!r})",
        )
        return None
    try:
        return Period.parse(value)
    except VnplanError as error:
        out.on(entry, field, f"{error}")
        return None


def _check_fields(entry: _Entry, out: _Collector) -> bool:
    ok = True
    data = entry.data
    known = _FIELDS[entry.kind]
    if not known.issuperset(data):  # unknown fields (rare): name each, in written order
        for field in data:
            if field not in known:
                allowed = ", ".join(sorted(known))
                out.on(
                    entry,
                    field,
                    f"unknown field {field!r} (expected one of {allowed})",
                )
                ok = False
    if not data.keys() >= _REQUIRED_SETS[entry.kind]:  # missing fields (rare): name each
        for field in _REQUIRED[entry.kind]:
            if field not in data:
                out.on(entry, "id", f"{field!r} is required")
                ok = False
    ident = data.get("id")
    if isinstance(ident, str) and not _ID.match(ident):
        out.at(
            entry,
            "id",
            f"{entry.kind} id must be lower-case ASCII words joined by '-' (got {ident!r})",
        )
        ok = False
    return ok


def _printed(entry: _Entry, out: _Collector) -> Printed | None:
    text = _text(entry, "printed", out)
    if text is None:
        return None
    try:
        return parse_printed(text)
    except VnplanError as error:
        out.on(entry, "printed", f"{error}")
        return None


def _unit(entry: _Entry, printed: Printed, out: _Collector) -> str | None:
    """The figure's unit: the printed one, or the ``unit`` field when none is printed."""
    given = entry.data.get("unit")
    if given is not None and not isinstance(given, str):
        out.on(entry, "unit", f"'unit' must be a string (got {given!r})")
        return None
    if printed.unit and given is not None and given != printed.unit:
        out.on(
            entry,
            "unit",
            f"'unit' must be left out or equal the printed unit {printed.unit!r} (got {given!r})",
        )
        return None
    unit = printed.unit or given
    if unit is None:
        out.on(
            entry,
            "unit",
            f"'unit' is required when the printed text {printed.text!r} has none",
        )
        return None
    try:
        unit_info(unit)
    except VnplanError as error:
        out.on(entry, "unit" if given else "printed", f"{error}")
        return None
    return unit


def _check_value(entry: _Entry, printed: Printed, out: _Collector) -> None:
    """An optional ``value`` field must say what the printed text says."""
    given = entry.data.get("value")
    if given is None:
        return
    try:
        value = Decimal(str(given))
    except ArithmeticError:
        out.on(
            entry,
            "value",
            f"'value' must be a decimal string (got {given!r})",
        )
        return
    if value != printed.value or str(value) != str(printed.value):
        out.on(
            entry,
            "value",
            f"'value' must match the printed text "
            f"{printed.text!r}, which reads {str(printed.value)!r} (got {given!r})",
        )


def _date(value: object) -> dt.date | None:
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    return None


class _Reader:
    """Reads one report folder; every problem goes to ``self.out``."""

    def __init__(self, folder: Traversable) -> None:
        self.folder = folder
        self.out = _Collector()
        self.indicators: dict[str, Indicator] = {}
        self.where: dict[str, _Entry] = {}  # id of figure, claim or relation -> its table
        self.figures: dict[str, Measurement | Target] = {}
        self.claims: dict[str, Claim] = {}
        self.relations: dict[str, Relation] = {}

    def read(self) -> Report:  # noqa: C901 - one check per field, each reported
        meta = self._report_meta()
        entries: list[_Entry] = []
        names = sorted(
            item.name
            for item in self.folder.iterdir()
            if item.name.endswith(".toml") and item.name != "report.toml" and item.is_file()
        )
        for name in names:
            text = self.folder.joinpath(name).read_text(encoding="utf-8")
            data = self._parse_toml(name, text)
            if data is not None:
                entries.extend(_entries(name, text, data, self.out))
        by_kind = {kind: [e for e in entries if e.kind == kind] for kind in _KINDS}
        for entry in by_kind["indicator"]:
            self._indicator(entry)
        self._register_ids(entries)
        for entry in by_kind["figure"]:
            self._figure(entry)
        pending = list(by_kind["claim"])
        # Claims may be about other claims; build in passes until no progress.
        while pending:
            left = [entry for entry in pending if not self._claim(entry, final=False)]
            if len(left) == len(pending):
                for entry in left:
                    self._claim(entry, final=True)
                break
            pending = left
        for entry in by_kind["relation"]:
            self._relation(entry)
        if self.out.problems or meta is None:
            raise DataError(sorted(self.out.problems, key=_problem_order))
        try:
            return Report(
                **meta,
                indicators=tuple(self.indicators.values()),
                measurements=tuple(f for f in self.figures.values() if isinstance(f, Measurement)),
                targets=tuple(f for f in self.figures.values() if isinstance(f, Target)),
                claims=tuple(self.claims.values()),
                relations=tuple(self.relations.values()),
            )
        except VnplanError as error:
            raise DataError([Problem("report.toml", None, str(error))]) from error

    def _parse_toml(self, name: str, text: str) -> dict[str, Any] | None:
        try:
            return _loads(text)
        except tomli.TOMLDecodeError as error:
            match = re.search(r"line (\d+)", str(error))
            line = int(match.group(1)) if match else None
            self.out.add(name, line, f"not valid TOML: {error}")
            return None

    def _report_meta(self) -> dict[str, Any] | None:  # noqa: C901, PLR0912 - one check per field, each reported
        source = self.folder.joinpath("report.toml")
        if not source.is_file():
            self.out.add("report.toml", None, "the report folder must hold a report.toml file")
            return None
        text = source.read_text(encoding="utf-8")
        data = self._parse_toml("report.toml", text)
        if data is None:
            return None
        table = data.get("report")
        if not isinstance(table, dict):
            self.out.add("report.toml", None, "expected a [report] table")
            return None
        lines = _Lines(text, {})
        line = _first_line(lines.lines, "[report]")
        entry = _Entry("report", table, "report.toml", lines, index=None, line=line)
        meta: dict[str, Any] = {}
        for field in _REPORT_FIELDS:
            value = table.get(field)
            if value is None:
                self.out.at(entry, field, f"report: {field!r} is required")
                continue
            if field == "date":
                if _date(value) is None:
                    self.out.at(
                        entry,
                        field,
                        f"report: 'date' must be a TOML date such as 2022-12-02 (got {value!r})",
                    )
                    continue
            elif field in {"year", "plan_year"}:
                if isinstance(value, bool) or not isinstance(value, int):
                    self.out.at(
                        entry,
                        field,
                        f"report: {field!r} must be a year such as 2022 (got {value!r})",
                    )
                    continue
            elif not isinstance(value, str) or not value.strip():
                self.out.at(
                    entry, field, f"report: {field!r} must be a non-empty string (got {value!r})"
                )
                continue
            meta[field] = value
        for field in _REPORT_OPTIONAL:
            value = table.get(field)
            if value is not None and (not isinstance(value, str) or not value.strip()):
                self.out.at(
                    entry, field, f"report: {field!r} must be a non-empty string (got {value!r})"
                )
            elif value is not None:
                meta[field] = value
        for field in table:
            if field not in _REPORT_FIELDS and field not in _REPORT_OPTIONAL:
                allowed = ", ".join((*_REPORT_FIELDS, *_REPORT_OPTIONAL))
                self.out.at(
                    entry, field, f"report: unknown field {field!r} (expected one of {allowed})"
                )
        return meta if all(f in meta for f in _REPORT_FIELDS) else None

    def _register_ids(self, entries: list[_Entry]) -> None:
        for entry in entries:
            if entry.kind == "indicator":
                continue
            ident = entry.data.get("id")
            if not isinstance(ident, str):
                continue
            if ident in self.where:
                self.out.at(
                    entry,
                    "id",
                    f"duplicate id {ident!r}: already used at {self.where[ident].place}",
                )
            else:
                self.where[ident] = entry

    def _indicator(self, entry: _Entry) -> None:
        table = _table_key(entry.data)
        known = _INDICATOR_TABLES.get(table) if table is not None else None
        if known is None:
            indicator = self._new_indicator(entry)
            if indicator is not None and table is not None:
                if len(_INDICATOR_TABLES) >= _MAX_INDICATOR_TABLES:
                    _INDICATOR_TABLES.clear()
                _INDICATOR_TABLES[table] = indicator
        elif known.id in self.indicators:  # read before without a problem: only this to check
            self.out.at(entry, "id", f"duplicate indicator id {known.id!r}")
        else:
            self.indicators[known.id] = known

    def _new_indicator(self, entry: _Entry) -> Indicator | None:  # noqa: PLR0911 - one check per field, each reported
        """Check an indicator table in full, and build its indicator unless it has problems."""
        fields_ok = _check_fields(entry, self.out)
        data = entry.data
        ident = _text(entry, "id", self.out)
        measure = _enum(entry, "measure", Measure, self.out)
        direction = _enum(entry, "direction", Direction, self.out)
        sector = _text(entry, "sector", self.out)
        if sector is not None and sector not in SECTORS:
            self.out.on(
                entry,
                "sector",
                f"'sector' must be one of the sectors of docs/data-format.md (got {sector!r})",
            )
            return None
        unit = _text(entry, "unit", self.out)
        if unit is not None:
            try:
                unit_info(unit)
            except VnplanError as error:
                self.out.on(entry, "unit", f"{error}")
                return None
        additive = data.get("additive")
        if additive is not None and not isinstance(additive, bool):
            self.out.on(
                entry,
                "additive",
                f"'additive' must be true or false (got {additive!r})",
            )
            return None
        code = data.get("code")
        name_vi = _text(entry, "name_vi", self.out)
        name_en = _text(entry, "name_en", self.out)
        if (
            not fields_ok
            or ident is None
            or name_vi is None
            or name_en is None
            or measure is None
            or direction is None
            or sector is None
            or unit is None
        ):
            return None
        if ident in self.indicators:
            self.out.at(entry, "id", f"duplicate indicator id {ident!r}")
            return None
        if additive is None:
            additive = measure in {Measure.LEVEL, Measure.COUNT}
        try:
            indicator = Indicator(
                id=ident,
                name_vi=name_vi,
                name_en=name_en,
                unit=unit,
                measure=measure,
                direction=direction,
                sector=sector,
                additive=additive,
                code=code,
            )
        except VnplanError as error:
            self.out.on(entry, "id", f"{error}")
            return None
        self.indicators[ident] = indicator
        return indicator

    def _lookup_indicator(self, entry: _Entry, field: str = "indicator") -> Indicator | None:
        ident = _text(entry, field, self.out)
        if ident is None:
            return None
        indicator = self.indicators.get(ident)
        if indicator is None:
            hint = _suggest(ident, self.indicators)
            self.out.on(entry, field, f"unknown indicator {ident!r}{hint}")
        return indicator

    def _figure(self, entry: _Entry) -> None:  # noqa: C901, PLR0911, PLR0912 - one check per field, each reported
        fields_ok = _check_fields(entry, self.out)
        data = entry.data
        ident = _text(entry, "id", self.out)
        indicator = self._lookup_indicator(entry)
        printed = _printed(entry, self.out)
        role = _enum(entry, "role", Role, self.out)
        location = _location(entry, self.out)
        period = _period(entry, "period", self.out)
        as_of = data.get("as_of")
        if as_of is not None and _date(as_of) is None:
            self.out.on(
                entry,
                "as_of",
                f"'as_of' must be a TOML date such as 2022-12-31 (got {as_of!r})",
            )
            return
        if period is None and as_of is None and "period" not in data:
            self.out.on(entry, "period", "'period' or 'as_of' is required")
            return
        if printed is None:
            return
        _check_value(entry, printed, self.out)
        unit = _unit(entry, printed, self.out)
        if (
            not fields_ok
            or ident is None
            or indicator is None
            or role is None
            or location is None
            or unit is None
            or ident in self.figures
        ):
            return
        # (A unit is most often the indicator's own, known by now: no need to ask pint.)
        if unit != indicator.unit and not same_dimension(unit, indicator.unit):
            self.out.on(
                entry,
                "unit" if "unit" in data else "printed",
                f"unit must have the dimension of indicator {indicator.id!r} "
                f"({indicator.unit!r}) (got {unit!r})",
            )
            return
        # The fields a target and a measurement share.
        common: dict[str, Any] = {
            "id": ident,
            "indicator": indicator,
            "period": period,
            "as_of": as_of,
            "value": printed.value,
            "unit": unit,
            "printed": printed.text,
            "location": location,
            "note": data.get("note"),
        }
        if role is Role.TARGET:
            basis = _enum(entry, "basis", Basis, self.out)
            bound = _enum(entry, "bound", Bound, self.out, default=printed.bound)
            status = _enum(entry, "status", Status, self.out, default=Status.PLANNED)
            if basis is None or bound is None or status is None:
                return
            if "bound" in data and printed.bound is not Bound.EXACT and bound is not printed.bound:
                self.out.on(
                    entry,
                    "bound",
                    f"'bound' {bound.value!r} contradicts the printed qualifier "
                    f"({printed.bound.value!r})",
                )
                return
            try:
                self.figures[ident] = Target(**common, basis=basis, bound=bound, status=status)
            except VnplanError as error:
                self.out.on(entry, "id", f"{error}")
            return
        status = _enum(entry, "status", Status, self.out, default=Status.REPORTED)
        if "basis" in data:
            self.out.on(
                entry,
                "basis",
                f"'basis' is only for role 'target' (got role {role.value!r})",
            )
            return
        if status is None:
            return
        bound = _enum(entry, "bound", Bound, self.out, default=printed.bound)
        if bound is None:
            return
        try:
            self.figures[ident] = Measurement(**common, role=role, status=status, bound=bound)
        except VnplanError as error:
            self.out.on(entry, "id", f"{error}")

    def _claim(self, entry: _Entry, *, final: bool) -> bool:  # noqa: C901, PLR0911, PLR0912 - one check per field, each reported
        """Build a claim; return False to retry later when its subject claim is not built yet."""
        data = entry.data
        subject = data.get("subject")
        waiting = isinstance(subject, str) and subject not in self.figures
        if waiting and subject in self.where and subject not in self.claims and not final:
            # The subject is a claim not built yet (or a figure that failed): wait for it.
            return False
        fields_ok = _check_fields(entry, self.out)
        ident = _text(entry, "id", self.out)
        kind = _enum(entry, "kind", ClaimKind, self.out)
        printed = _printed(entry, self.out)
        location = _location(entry, self.out)
        period = _period(entry, "period", self.out)
        reference = _period(entry, "reference", self.out)
        basis = _enum(entry, "basis", Basis, self.out, default=None) if "basis" in data else None
        against = data.get("against")
        references_ok = [_is_id(entry, field, self.out) for field in ("subject", "against")]
        if not all(references_ok):  # (each checked, so that both are reported)
            return True
        if against is not None and against not in self.where:
            self.out.on(
                entry,
                "against",
                f"'against' names no figure or claim ({against!r})"
                f"{_suggest(str(against), self.where)}",
            )
            return True
        indicator: Indicator | None = None
        if subject is not None:
            if subject in self.figures:
                base = self.figures[subject]
                indicator, period = base.indicator, period or base.period
            elif subject in self.claims:
                indicator = self.claims[subject].indicator
                period = period or self.claims[subject].period
            elif subject in self.where:
                return True  # the subject itself has problems, already reported
            else:
                self.out.on(
                    entry,
                    "subject",
                    f"'subject' names no figure or claim ({subject!r})"
                    f"{_suggest(str(subject), self.where)}",
                )
                return True
            if "indicator" in data and data["indicator"] != indicator.id:
                self.out.on(
                    entry,
                    "indicator",
                    f"'indicator' must match the subject's indicator {indicator.id!r} "
                    f"(got {data['indicator']!r})",
                )
                return True
        else:
            indicator = self._lookup_indicator(entry)
        if (
            not fields_ok
            or printed is None
            or ident is None
            or kind is None
            or location is None
            or indicator is None
        ):
            return True
        unit = printed.unit
        if not unit:
            self.out.on(
                entry,
                "printed",
                f"the printed text must carry its unit, such as '%' or 'lần' "
                f"(got {printed.text!r})",
            )
            return True
        if kind is ClaimKind.FRACTION and printed.denominator is None:
            self.out.on(
                entry,
                "printed",
                f"a fraction must be printed as 'a/b unit' (got {printed.text!r})",
            )
            return True
        if kind is not ClaimKind.FRACTION and printed.denominator is not None:
            self.out.on(
                entry,
                "printed",
                f"only a 'fraction' claim may print 'a/b' (got kind {kind.value!r})",
            )
            return True
        try:
            self.claims[ident] = Claim(
                id=ident,
                kind=kind,
                subject=subject,
                indicator=indicator,
                period=period,
                verb=data.get("verb"),
                value=printed.value,
                unit=unit,
                printed=printed.text,
                reference=reference,
                basis=basis,
                against=against,
                denominator=printed.denominator,
                location=location,
                note=data.get("note"),
            )
        except VnplanError as error:
            self.out.on(entry, "kind", f"{error}")
        return True

    def _relation(self, entry: _Entry) -> None:
        ok = _check_fields(entry, self.out)
        ident = _text(entry, "id", self.out)
        kind = _enum(entry, "kind", RelationKind, self.out)
        location = _location(entry, self.out)
        total = entry.data.get("total")
        parts = entry.data.get("parts")
        if not isinstance(parts, list) or not parts or not all(isinstance(p, str) for p in parts):
            self.out.on(
                entry,
                "parts",
                f"'parts' must be a non-empty list of ids (got {parts!r})",
            )
            return
        for part in parts:
            if part not in self.where:
                self.out.on(
                    entry,
                    "parts",
                    f"part {part!r} names no figure or claim{_suggest(part, self.where)}",
                )
                ok = False
        if kind is not RelationKind.STRUCTURE:
            if total is None:
                self.out.on(
                    entry,
                    "total",
                    f"'total' is required for kind {kind.value if kind else '?'!r}",
                )
                ok = False
            elif not _is_id(entry, "total", self.out, of="a figure"):
                ok = False
            elif total not in self.where:
                self.out.on(
                    entry,
                    "total",
                    f"'total' names no figure ({total!r}){_suggest(str(total), self.where)}",
                )
                ok = False
        if not ok or ident is None or kind is None or location is None:
            return
        try:
            self.relations[ident] = Relation(
                id=ident,
                kind=kind,
                total=total,
                parts=tuple(parts),
                location=location,
                note=entry.data.get("note"),
            )
        except VnplanError as error:
            self.out.on(entry, "id", f"{error}")


_Table = tuple[tuple[str, str | bool], ...]
#: Indicator tables read without a problem, and their indicator: the reports of a collection
#: define the same indicators again and again, and each table's checks depend on it alone.
_INDICATOR_TABLES: dict[_Table, Indicator] = {}
_MAX_INDICATOR_TABLES = 4096
#: The exact types of a valid indicator table's values.
_KEY_TYPES: Final = frozenset({str, bool})


def _table_key(data: Mapping[str, Any]) -> _Table | None:
    """``data`` as a key, when its values are all texts or booleans (as a valid indicator's).

    Its types are part of the key this way: ``True`` and ``1`` are equal, and only the
    first is a valid ``additive``.
    """
    if _KEY_TYPES.issuperset(map(type, data.values())):  # (no Python loop: a third faster)
        return tuple(data.items())
    return None


def _first_line(lines: list[str], text: str) -> int | None:
    for number, line in enumerate(lines, start=1):
        if line.strip().startswith(text):
            return number
    return None


def _suggest(key: str, known: Mapping[str, object]) -> str:
    matches = difflib.get_close_matches(key, list(known), n=3, cutoff=0.75)
    return f"; did you mean {', '.join(map(repr, matches))}?" if matches else ""


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
    return _Reader(folder).read()
