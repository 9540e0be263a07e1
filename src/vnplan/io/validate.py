"""Check a report's schema, apart from its arithmetic: every problem at once, structured.

:func:`validate` takes a :class:`~vnplan.Report`, or the JSON form of one (what
``vnplan.io.export.report_to_dict`` writes, as another tool may have written or
edited it). It checks what the model's constructors cannot see one field at a time, and
it never stops at the first problem:

- ids: unique, and written as lower-case words joined by ``-``;
- references: every ``indicator``, ``subject``, ``against``, ``total`` and ``parts``
  names something of the report, of the right kind; a claim's indicator is its
  subject's; no claim is about itself through a chain of claims;
- printed text: every figure's and claim's ``printed`` text reads back
  (:func:`vnplan.parse_printed`) as its ``value``, digits kept, its ``unit`` and its
  qualifier;
- units: a figure's unit measures what its indicator does; the parts of a sum measure
  what the total does (parts counted with another noun, *người* under *đối tượng*, are
  allowed: reports name the same things with different words, and the audit does not
  add them up); a structure's shares are in ``%``; a claim's unit fits its kind; a share
  or a growth is compared against a figure of the subject's dimension;
- periods: periods are written as data files write them; a growth, change, factor or
  change in points is against an earlier period (or a plan of the same one); a claim's
  period is its subject's;
- claims: the fields their kind needs (a verb, a reference, a basis, a denominator).

Whether the numbers agree is the audit's business (:func:`vnplan.audit`), not this one's.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator, Mapping
from decimal import Decimal, InvalidOperation
from typing import Any, Final, TypeVar

import attrs
from attrs import validators as v

from vnplan import units
from vnplan._enums import Basis, Bound, ClaimKind, Direction, Measure, RelationKind, Role, Status
from vnplan.exceptions import VnplanError
from vnplan.model.core import (
    Claim,
    Indicator,
    Location,
    Measurement,
    Period,
    Relation,
    Report,
    Target,
)
from vnplan.text import parse_printed

__all__ = ["SchemaProblem", "read_dict", "validate"]

_E = TypeVar("_E", Basis, Bound, ClaimKind, Direction, Measure, RelationKind, Role, Status)
_T = TypeVar("_T")

_ID: Final = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*\Z")
_SECTIONS: Final = ("indicators", "figures", "claims", "relations")
_REPORT_FIELDS: Final = (
    "number", "date", "issuer", "place", "province", "year", "plan_year", "title",
)  # fmt: skip
_CHANGES: Final = frozenset(
    {ClaimKind.GROWTH, ClaimKind.CHANGE, ClaimKind.FACTOR, ClaimKind.PP_CHANGE}
)
_SAME_DIMENSION: Final = frozenset(
    {ClaimKind.GROWTH, ClaimKind.CHANGE, ClaimKind.FACTOR, ClaimKind.SHARE, ClaimKind.ATTAINMENT}
)


@attrs.frozen(kw_only=True)
class SchemaProblem:
    """One thing wrong with a report's schema, with where it is.

    >>> problem = SchemaProblem(path="figures[3].unit", id="grain-output-2022",
    ...                         field="unit", message="'unit' must be ... (got 'ha')")
    >>> str(problem)
    "figures[3].unit (grain-output-2022): 'unit' must be ... (got 'ha')"
    """

    #: Where it is in the JSON form of the report, such as ``figures[3].unit``.
    path: str = attrs.field(validator=v.instance_of(str))
    #: The id of the indicator, figure, claim or relation, when it has one.
    id: str | None = attrs.field(default=None, validator=v.optional(v.instance_of(str)))
    #: The field that is wrong, or ``None`` when the problem is with the whole item.
    field: str | None = attrs.field(default=None, validator=v.optional(v.instance_of(str)))
    #: What is wrong, with what was expected and what came.
    message: str = attrs.field(validator=v.instance_of(str))

    def __str__(self) -> str:
        """Return ``path (id): message``."""
        where = f"{self.path} ({self.id})" if self.id else self.path
        return f"{where}: {self.message}"


class _Problems:
    """Collects problems instead of stopping at the first."""

    def __init__(self) -> None:
        self.found: list[SchemaProblem] = []

    def add(
        self, path: str, message: str, *, key: str | None = None, field: str | None = None
    ) -> None:
        where = f"{path}.{field}" if field else path
        self.found.append(SchemaProblem(path=where, id=key, field=field, message=message))

    def build(self, path: str, key: str | None, make: Callable[[], _T]) -> _T | None:
        """Call ``make``; turn a vnplan error into a problem at the field it names."""
        try:
            return make()
        except VnplanError as error:
            field = getattr(error, "field", None)
            self.add(path, str(error), key=key, field=field if isinstance(field, str) else None)
            return None


# -- the JSON form -----------------------------------------------------------------------


class _Entry:
    """One object of a section of the JSON form, read field by field."""

    def __init__(self, data: Mapping[str, Any], path: str, out: _Problems) -> None:
        self.data = data
        self.path = path
        self.out = out
        ident = data.get("id")
        self.id = ident if isinstance(ident, str) else None

    def problem(self, field: str | None, message: str) -> None:
        self.out.add(self.path, message, key=self.id, field=field)

    def text(self, field: str, *, required: bool = True) -> str | None:
        value = self.data.get(field)
        if value is None:
            if required:
                self.problem(field, f"{field!r} is required")
            return None
        if not isinstance(value, str) or not value.strip():
            self.problem(field, f"{field!r} must be a non-empty text (got {value!r})")
            return None
        return value

    def enum(self, field: str, kind: type[_E], *, default: _E | None = None) -> _E | None:
        value = self.data.get(field)
        if value is None:
            if default is None:
                self.problem(field, f"{field!r} is required")
            return default
        try:
            return kind(value)
        except ValueError:
            allowed = ", ".join(repr(member.value) for member in kind)
            self.problem(field, f"{field!r} must be one of {allowed} (got {value!r})")
            return None

    def decimal(self, field: str, *, required: bool = True) -> Decimal | None:
        value = self.data.get(field)
        if value is None:
            if required:
                self.problem(field, f"{field!r} is required")
            return None
        try:
            number = Decimal(value) if isinstance(value, str) else None
        except InvalidOperation:
            number = None
        if number is None or not number.is_finite():
            self.problem(
                field,
                f"{field!r} must be a plain decimal string such as '13963.91' (got {value!r})",
            )
            return None
        return number

    def period(self, field: str) -> Period | None:
        value = self.data.get(field)
        if value is None:
            return None
        return self.out.build(self.path, self.id, lambda: Period.parse(value))

    def date(self, field: str) -> dt.date | None:
        value = self.data.get(field)
        if value is None:
            return None
        try:
            return dt.date.fromisoformat(value) if isinstance(value, str) else None
        except ValueError:
            pass
        self.problem(field, f"{field!r} must be an ISO date such as '2022-12-31' (got {value!r})")
        return None

    def boolean(self, field: str) -> bool | None:
        value = self.data.get(field)
        if value is not None and not isinstance(value, bool):
            self.problem(field, f"{field!r} must be true or false (got {value!r})")
            return None
        return value

    def location(self) -> Location | None:
        section = self.text("section")
        paragraph, footnote = self.data.get("paragraph"), self.data.get("footnote")
        if section is None:
            return None
        return self.out.build(
            self.path,
            self.id,
            lambda: Location(section=section, paragraph=paragraph, footnote=footnote),
        )

    def identifier(self) -> str | None:
        ident = self.text("id")
        if ident is not None and not _ID.match(ident):
            self.problem("id", f"'id' must be lower-case ASCII words joined by '-' (got {ident!r})")
            return None
        return ident


def _meta_field(entry: _Entry, field: str) -> object:
    """One field of the ``report`` object: a date, a year, or a text."""
    if field == "date":
        if "date" not in entry.data:
            entry.problem("date", "'date' is required")
        return entry.date("date")
    if field in {"year", "plan_year"}:
        value = entry.data.get(field)
        if value is None:
            entry.problem(field, f"{field!r} is required")
        elif isinstance(value, bool) or not isinstance(value, int):
            entry.problem(field, f"{field!r} must be a year such as 2022 (got {value!r})")
        else:
            return value
        return None
    return entry.text(field)


def _entries(data: Mapping[str, Any], section: str, out: _Problems) -> Iterator[_Entry]:
    items = data.get(section, [])
    if not isinstance(items, list):
        out.add(section, f"{section!r} must be a list of objects (got {type(items).__name__})")
        return
    for index, item in enumerate(items):
        path = f"{section}[{index}]"
        if not isinstance(item, Mapping):
            out.add(path, f"each of {section!r} must be an object (got {item!r})")
            continue
        yield _Entry(item, path, out)


class _Reader:
    """Reads the JSON form of a report; every problem goes to ``out``."""

    def __init__(self, data: object) -> None:
        self.given = data
        self.data: Mapping[str, Any] = {}
        self.out = _Problems()
        self.indicators: dict[str, Indicator] = {}
        self.known: dict[str, str] = {}  # id of figure, claim or relation -> its section
        self.figures: dict[str, Measurement | Target] = {}
        self.claims: dict[str, Claim] = {}
        self.relations: dict[str, Relation] = {}

    def read(self) -> Report | None:
        if not isinstance(self.given, Mapping):
            self.out.add("$", f"a report must be a JSON object (got {type(self.given).__name__})")
            return None
        self.data = self.given
        meta = self._meta()
        sections = {name: list(_entries(self.data, name, self.out)) for name in _SECTIONS}
        for entry in sections["indicators"]:
            self._indicator(entry)
        for name in ("figures", "claims", "relations"):
            self._register(sections[name])
        for entry in sections["figures"]:
            self._figure(entry)
        for entry in sections["claims"]:
            self._claim(entry)
        for entry in sections["relations"]:
            self._relation(entry)
        if self.out.found or meta is None:
            return None
        return self.out.build(
            "report",
            None,
            lambda: Report(
                **meta,
                indicators=tuple(self.indicators.values()),
                measurements=tuple(f for f in self.figures.values() if isinstance(f, Measurement)),
                targets=tuple(f for f in self.figures.values() if isinstance(f, Target)),
                claims=tuple(self.claims.values()),
                relations=tuple(self.relations.values()),
            ),
        )

    def _register(self, entries: list[_Entry]) -> None:
        """Note the ids of figures, claims and relations (one namespace), before reading."""
        for entry in entries:
            if entry.id is None:
                continue
            if entry.id in self.known:
                entry.problem("id", f"id {entry.id!r} is already used at {self.known[entry.id]}")
            else:
                self.known[entry.id] = entry.path

    def _meta(self) -> dict[str, Any] | None:
        table = self.data.get("report")
        if not isinstance(table, Mapping):
            self.out.add("report", "a 'report' object is required")
            return None
        entry = _Entry(table, "report", self.out)
        meta: dict[str, Any] = {field: _meta_field(entry, field) for field in _REPORT_FIELDS}
        for field in ("language", "note"):
            if table.get(field) is not None:
                meta[field] = entry.text(field)
        if any(value is None for value in meta.values()):
            return None
        return meta

    def _indicator(self, entry: _Entry) -> None:
        fields: dict[str, Any] = {
            "id": entry.identifier(),
            "name_vi": entry.text("name_vi"),
            "name_en": entry.text("name_en"),
            "unit": entry.text("unit"),
            "measure": entry.enum("measure", Measure),
            "direction": entry.enum("direction", Direction),
            "sector": entry.text("sector"),
            "code": entry.text("code", required=False),
        }
        additive = entry.boolean("additive")
        if additive is not None:
            fields["additive"] = additive
        ident = fields["id"]
        if _missing(fields, "code"):
            return
        if ident in self.indicators:
            entry.problem("id", f"indicator id {ident!r} is already used")
            return
        indicator = self.out.build(entry.path, ident, lambda: Indicator(**fields))
        if indicator is not None:
            self.indicators[ident] = indicator

    def _indicator_of(self, entry: _Entry) -> Indicator | None:
        ident = entry.text("indicator")
        if ident is None:
            return None
        found = self.indicators.get(ident)
        if found is None:
            entry.problem(
                "indicator", f"'indicator' must name an indicator of the report (got {ident!r})"
            )
        return found

    def _reference(self, entry: _Entry, field: str, *, required: bool = False) -> str | None:
        """An id naming a figure or claim; a problem when it names nothing."""
        key = entry.text(field, required=required)
        if key is not None and key not in self.known:
            entry.problem(
                field, f"{field!r} must name a figure or claim of the report (got {key!r})"
            )
            return None
        if key is not None and self.known[key].startswith("relations"):
            entry.problem(
                field, f"{field!r} must name a figure or claim, not a relation (got {key!r})"
            )
            return None
        return key

    def _figure(self, entry: _Entry) -> None:
        role = entry.enum("role", Role)
        fields: dict[str, Any] = {
            "id": entry.identifier(),
            "indicator": self._indicator_of(entry),
            "value": entry.decimal("value"),
            "unit": entry.text("unit"),
            "printed": entry.text("printed"),
            "location": entry.location(),
            "bound": entry.enum("bound", Bound, default=Bound.EXACT),
            "period": entry.period("period"),
            "as_of": entry.date("as_of"),
            "note": entry.text("note", required=False),
        }
        if role is None or _missing(fields, "period", "as_of", "note"):
            return
        if role is Role.TARGET:
            fields["basis"] = entry.enum("basis", Basis)
            fields["status"] = entry.enum("status", Status, default=Status.PLANNED)
        elif entry.data.get("basis") is not None:
            entry.problem("basis", f"'basis' is only for role 'target' (got role {role.value!r})")
            return
        else:
            fields["role"] = role
            fields["status"] = entry.enum("status", Status, default=Status.REPORTED)
        if _missing(fields, "period", "as_of", "note"):
            return
        figure: Measurement | Target | None
        if role is Role.TARGET:
            figure = self.out.build(entry.path, fields["id"], lambda: Target(**fields))
        else:
            figure = self.out.build(entry.path, fields["id"], lambda: Measurement(**fields))
        if figure is not None:
            self.figures[figure.id] = figure

    def _claim(self, entry: _Entry) -> None:
        basis = entry.data.get("basis")
        fields: dict[str, Any] = {
            "id": entry.identifier(),
            "kind": entry.enum("kind", ClaimKind),
            "indicator": self._indicator_of(entry),
            "value": entry.decimal("value"),
            "unit": entry.text("unit"),
            "printed": entry.text("printed"),
            "location": entry.location(),
            "subject": self._reference(entry, "subject"),
            "against": self._reference(entry, "against"),
            "denominator": entry.decimal("denominator", required=False),
            "verb": entry.text("verb", required=False),
            "period": entry.period("period"),
            "reference": entry.period("reference"),
            "basis": entry.enum("basis", Basis) if basis is not None else None,
            "note": entry.text("note", required=False),
        }
        optional = ("subject", "against", "denominator", "verb", "period", "reference", "basis")
        if _missing(fields, *optional, "note"):
            return
        claim = self.out.build(entry.path, fields["id"], lambda: Claim(**fields))
        if claim is not None:
            self.claims[claim.id] = claim

    def _relation(self, entry: _Entry) -> None:
        ident = entry.identifier()
        kind = entry.enum("kind", RelationKind)
        total = self._reference(entry, "total")
        parts = entry.data.get("parts")
        location = entry.location()
        note = entry.text("note", required=False)
        if not isinstance(parts, list) or not parts or not all(isinstance(p, str) for p in parts):
            entry.problem("parts", f"'parts' must be a non-empty list of ids (got {parts!r})")
            return
        missing = [part for part in parts if part not in self.known]
        for part in missing:
            entry.problem(
                "parts", f"'parts' must name figures or claims of the report (got {part!r})"
            )
        fields: dict[str, Any] = {
            "id": ident, "kind": kind, "total": total, "parts": tuple(parts),
            "location": location, "note": note,
        }  # fmt: skip
        if missing or _missing(fields, "total", "note"):
            return
        relation = self.out.build(entry.path, ident, lambda: Relation(**fields))
        if relation is not None:
            self.relations[relation.id] = relation


def _missing(fields: Mapping[str, object], *optional: str) -> bool:
    """Whether a required field is missing (already reported): the item is not built."""
    return any(value is None for key, value in fields.items() if key not in optional)


def read_dict(data: Mapping[str, Any]) -> tuple[Report | None, list[SchemaProblem]]:
    """Read the JSON form of a report, collecting every problem.

    Args:
        data: The report as ``vnplan.io.export.report_to_dict`` writes it.

    Returns:
        The report (``None`` when there were problems) and the problems found while
        reading it.
    """
    reader = _Reader(data)
    report = reader.read()
    return report, reader.out.found


# -- checks on a built report --------------------------------------------------------------


def _paths(report: Report) -> dict[str, str]:
    paths = {i.id: f"indicators[{n}]" for n, i in enumerate(report.indicators)}
    figures: list[Measurement | Target] = [*report.measurements, *report.targets]
    paths.update({f.id: f"figures[{n}]" for n, f in enumerate(figures)})
    paths.update({c.id: f"claims[{n}]" for n, c in enumerate(report.claims)})
    paths.update({r.id: f"relations[{n}]" for n, r in enumerate(report.relations)})
    return paths


def _dimension(unit: str) -> str | None:
    try:
        return units.unit_info(unit).dimension
    except VnplanError:
        return None


def _is_count(dimension: str | None) -> bool:
    """Whether a dimension counts things (người, đối tượng, trường), one noun each."""
    return dimension is not None and units.is_count_dimension(dimension)


def _check_printed(item: Measurement | Target | Claim, path: str, out: _Problems) -> None:
    """The printed text reads back as the value, the unit and the qualifier."""
    try:
        printed = parse_printed(item.printed)
    except VnplanError as error:
        message = f"'printed' must be text vnplan can read: {error}"
        out.add(path, message, key=item.id, field="printed")
        return
    if str(printed.value) != str(item.value):
        out.add(
            path,
            f"'value' must be the printed number {item.printed!r}, digits kept "
            f"({str(printed.value)!r}) (got {str(item.value)!r})",
            key=item.id,
            field="value",
        )
    if printed.unit and " ".join(printed.unit.split()) != " ".join(item.unit.split()):
        out.add(
            path,
            f"'unit' must be the printed unit {printed.unit!r} (got {item.unit!r})",
            key=item.id,
            field="unit",
        )
    if isinstance(item, Claim):
        if printed.denominator != item.denominator or (
            printed.denominator is not None and str(printed.denominator) != str(item.denominator)
        ):
            out.add(
                path,
                f"'denominator' must be the printed denominator of {item.printed!r} "
                f"(got {item.denominator!r})",
                key=item.id,
                field="denominator",
            )
        if printed.bound is not Bound.EXACT:
            message = f"a claim prints no qualifier (got {item.printed!r})"
            out.add(path, message, key=item.id, field="printed")
    elif printed.bound is not Bound.EXACT and printed.bound is not item.bound:
        out.add(
            path,
            f"'bound' must be {printed.bound.value!r}, as the printed qualifier says "
            f"(got {item.bound.value!r})",
            key=item.id,
            field="bound",
        )


def _check_claim(report: Report, claim: Claim, path: str, out: _Problems) -> None:
    subject = report.get(claim.subject) if claim.subject else None
    subject_period = subject.period if isinstance(subject, Measurement | Target | Claim) else None
    if claim.period is not None and subject_period is not None and claim.period != subject_period:
        out.add(
            path,
            f"'period' must be the subject's period {str(subject_period)!r} "
            f"(got {str(claim.period)!r})",
            key=claim.id,
            field="period",
        )
    period = claim.period or subject_period
    if (
        claim.kind in _CHANGES
        and claim.reference is not None
        and period is not None
        and claim.basis is None
        and not claim.reference < period
    ):
        out.add(
            path,
            f"'reference' must be a period before the claim's {str(period)!r} "
            f"(got {str(claim.reference)!r})",
            key=claim.id,
            field="reference",
        )
    against = report.get(claim.against) if claim.against else None
    base = subject if isinstance(subject, Measurement | Target) else None
    if (
        claim.kind in _SAME_DIMENSION
        and isinstance(against, Measurement | Target)
        and base is not None
        and _dimension(against.unit) != _dimension(base.unit)
    ):
        out.add(
            path,
            f"'against' must name a figure measured like the subject's {base.unit!r} "
            f"(got {against.id!r} in {against.unit!r})",
            key=claim.id,
            field="against",
        )
    if claim.kind is ClaimKind.ATTAINMENT and isinstance(against, Claim):
        out.add(
            path,
            f"'against' must name the plan figure of an attainment (got claim {against.id!r})",
            key=claim.id,
            field="against",
        )


def _check_relation(report: Report, relation: Relation, path: str, out: _Problems) -> None:
    parts = [report.get(part) for part in relation.parts]
    if relation.kind is RelationKind.STRUCTURE:
        for part in parts:
            if isinstance(part, Measurement | Target | Claim) and part.unit.strip() != "%":
                out.add(
                    path,
                    "the parts of a structure must be shares in '%' "
                    f"(got {part.id!r} in {part.unit!r})",
                    key=relation.id,
                    field="parts",
                )
        return
    total = report.get(relation.total) if relation.total else None
    if not isinstance(total, Measurement | Target | Claim):
        return
    wanted = _dimension(total.unit)
    for part in parts:
        if not isinstance(part, Measurement | Target | Claim):
            continue
        found = _dimension(part.unit)
        if found != wanted and not (_is_count(found) and _is_count(wanted)):
            out.add(
                path,
                f"the parts must be measured like the total's {total.unit!r} "
                f"(got {part.id!r} in {part.unit!r})",
                key=relation.id,
                field="parts",
            )


def _check_report(report: Report) -> list[SchemaProblem]:
    out = _Problems()
    paths = _paths(report)
    items: list[Measurement | Target | Claim] = [
        *report.measurements,
        *report.targets,
        *report.claims,
    ]
    for item in items:
        _check_printed(item, paths[item.id], out)
    for claim in report.claims:
        _check_claim(report, claim, paths[claim.id], out)
    for relation in report.relations:
        _check_relation(report, relation, paths[relation.id], out)
    if report.plan_year < report.year:
        out.add("report", f"'plan_year' must be {report.year} or later", field="plan_year")
    return out.found


def validate(report: Report | Mapping[str, Any]) -> list[SchemaProblem]:
    """Check a report's schema, apart from its arithmetic, and list every problem.

    >>> import vnplan
    >>> vnplan.validate(vnplan.load("dien-bien-2022"))
    []
    >>> from vnplan.io.export import report_to_dict
    >>> data = report_to_dict(vnplan.load("dien-bien-2022"))
    >>> data["figures"][0]["unit"] = "ha"
    >>> data["claims"][0]["subject"] = "grdp-2021"
    >>> for problem in vnplan.validate(data):
    ...     print(problem)
    figures[0].unit (grdp-2022): 'unit' must be a unit of the dimension of 'tỷ đồng' ... (got 'ha')
    claims[0].subject (grdp-2022-growth): 'subject' must name a figure ... (got 'grdp-2021')

    Args:
        report: A :class:`~vnplan.Report`, or its JSON form (what
            ``vnplan.io.export.report_to_dict`` writes, or a tool's own).

    Returns:
        Every problem found, in the order of the JSON form; an empty list when the report
        is sound. Problems that only show once the report is built (a printed text that
        does not say the value) are looked for when the JSON form has no other problem.
    """
    if isinstance(report, Report):
        return _check_report(report)
    built, problems = read_dict(report)
    if built is not None:
        problems.extend(_check_report(built))
    return problems
