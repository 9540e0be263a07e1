"""Check a report's schema, apart from its arithmetic: every problem at once, structured.

:func:`validate` takes a :class:`~vnplan.Report`, or the JSON form of one (what
:func:`vnplan.io.report_to_dict` writes, as another tool may have written or edited
it). The JSON form is read by the reader that reads report folders (every field checked
by the model, every problem listed with its path); then the built report is checked for
what the model's constructors cannot see one field at a time:

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

from collections.abc import Iterator, Mapping
from typing import Any, Final

import attrs

from vnplan import units
from vnplan._enums import Bound, ClaimKind, RelationKind
from vnplan.exceptions import VnplanError
from vnplan.io.entries import JSON, Entry
from vnplan.io.reader import TreeReader
from vnplan.model import Claim, Measurement, Relation, Report, Target
from vnplan.model import validators as v
from vnplan.text import parse_printed

__all__ = ["SchemaProblem", "read_dict", "validate"]

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
    path: str = attrs.field(validator=v.text)
    #: The id of the indicator, figure, claim or relation, when it has one.
    id: str | None = attrs.field(default=None, validator=v.optional(v.instance_of(str)))
    #: The field that is wrong, or ``None`` when the problem is with the whole item.
    field: str | None = attrs.field(default=None, validator=v.optional(v.instance_of(str)))
    #: What is wrong, with what was expected and what came.
    message: str = attrs.field(validator=v.text)

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


# -- the JSON form -----------------------------------------------------------------------

#: The sections of the JSON form, and the kind of table each holds.
_SECTIONS: Final = {
    "indicators": "indicator",
    "figures": "figure",
    "claims": "claim",
    "relations": "relation",
}


class _Object(Entry):
    """One object of the JSON form (``figures[3]``, ``report``), for the reader."""

    __slots__ = ("out", "path")

    def __init__(self, kind: str, data: Mapping[str, Any], path: str, out: _Problems) -> None:
        # JSON's null is an absent field.
        super().__init__(kind, {key: value for key, value in data.items() if value is not None})
        self.path = path
        self.out = out

    @property
    def place(self) -> str:
        """The object's path, such as ``figures[3]``."""
        return self.path

    def record(
        self, field: str | None, message: str, *, named: bool, follows: str | None = None
    ) -> None:
        """Record a :class:`SchemaProblem` at ``path.field``, with the object's id."""
        del named, follows  # (the id has a field of its own; the message names the cause)
        self.out.add(self.path, message, key=self.ident, field=field)


def _objects(data: Mapping[str, Any], out: _Problems) -> Iterator[_Object]:
    for section, kind in _SECTIONS.items():
        items = data.get(section, [])
        if not isinstance(items, list):
            out.add(section, f"{section!r} must be a list of objects (got {type(items).__name__})")
            continue
        for index, item in enumerate(items):
            path = f"{section}[{index}]"
            if not isinstance(item, Mapping):
                out.add(path, f"each of {section!r} must be an object (got {item!r})")
                continue
            yield _Object(kind, item, path, out)


def read_dict(data: object) -> tuple[Report | None, list[SchemaProblem]]:
    """Read the JSON form of a report, collecting every problem.

    Args:
        data: The report as :func:`vnplan.io.report_to_dict` writes it.

    Returns:
        The report (``None`` when there were problems) and the problems found while
        reading it.
    """
    out = _Problems()
    if not isinstance(data, Mapping):
        out.add("$", f"a report must be a JSON object (got {type(data).__name__})")
        return None, out.found
    header = data.get("report")
    if not isinstance(header, Mapping):
        out.add("report", "a 'report' object is required")
        header = {}
    report = TreeReader(JSON).read(_Object("report", header, "report", out), _objects(data, out))
    return (report if not out.found else None), out.found


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
    if report.plan_year is not None and report.plan_year < report.year:
        out.add("report", f"'plan_year' must be {report.year} or later", field="plan_year")
    return out.found


def validate(report: Report | Mapping[str, Any]) -> list[SchemaProblem]:
    """Check a report's schema, apart from its arithmetic, and list every problem.

    >>> import vnplan
    >>> vnplan.validate(vnplan.load("dien-bien-2022"))
    []
    >>> from vnplan.io import report_to_dict
    >>> data = report_to_dict(vnplan.load("dien-bien-2022"))
    >>> data["figures"][0]["unit"] = "ha"
    >>> data["claims"][0]["subject"] = "grdp-2021"
    >>> for problem in vnplan.validate(data):
    ...     print(problem)
    figures[0].unit (grdp-2022): 'unit' must be a unit of the dimension of indicator 'grdp' ...
    claims[0].subject (grdp-2022-growth): 'subject' names no figure or claim ('grdp-2021'); ...

    Args:
        report: A :class:`~vnplan.Report`, or its JSON form (what
            :func:`vnplan.io.report_to_dict` writes, or a tool's own).

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
