"""Exports of a report: JSON (the form of ``docs/howto-export.md``), CSV, a Frictionless package.

Values are written as plain decimal strings exactly as printed ('.' as decimal point, no
grouping, the printed digits kept: ``"13963.91"``, ``"78.0"``), never as floats.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from vnplan._version import __version__
from vnplan.exceptions import DataError, Problem
from vnplan.model import Claim, Indicator, Measurement, Relation, Report, Source, Target

if TYPE_CHECKING:
    from pathlib import Path

__all__ = [
    "FIGURE_COLUMNS",
    "report_from_dict",
    "report_to_dict",
    "to_csv",
    "to_json",
    "write_datapackage",
]

#: The columns of the figures table, in order (CSV and data package).
FIGURE_COLUMNS = (
    "id",
    "indicator",
    "period",
    "as_of",
    "role",
    "status",
    "value",
    "unit",
    "printed",
    "bound",
    "basis",
    "location",
    "section",
    "paragraph",
    "footnote",
    "note",
    "source_url",
    "source_title",
    "source_published",
)
_INDICATOR_COLUMNS = (
    "id",
    "name_vi",
    "name_en",
    "unit",
    "measure",
    "direction",
    "sector",
    "additive",
    "code",
    "growth_of",
)
_CLAIM_COLUMNS = (
    "id",
    "subject",
    "indicator",
    "period",
    "kind",
    "verb",
    "value",
    "unit",
    "printed",
    "denominator",
    "reference",
    "basis",
    "against",
    "location",
    "section",
    "paragraph",
    "footnote",
    "note",
    "source_url",
    "source_title",
    "source_published",
)
_RELATION_COLUMNS = (
    "id",
    "kind",
    "total",
    "parts",
    "location",
    "section",
    "paragraph",
    "footnote",
    "note",
    "source_url",
    "source_title",
    "source_published",
)
#: The source's fields, each written in a column ``source_<field>`` of the CSV tables.
_SOURCE_COLUMNS = ("url", "title", "published")


def _decimal(value: Decimal | None) -> str | None:
    """A decimal as a plain string: no exponent, the printed digits kept."""
    if value is None:
        return None
    return format(value, "f")


def _indicator(indicator: Indicator) -> dict[str, Any]:
    return {
        "id": indicator.id,
        "name_vi": indicator.name_vi,
        "name_en": indicator.name_en,
        "unit": indicator.unit,
        "measure": indicator.measure.value,
        "direction": indicator.direction.value,
        "sector": indicator.sector,
        "additive": indicator.additive,
        "code": indicator.code,
        "growth_of": indicator.growth_of,
    }


def _source(source: Source | None) -> dict[str, Any] | None:
    """A figure's source as an object; ``None`` where the report itself is the source."""
    if source is None:
        return None
    return {
        "url": source.url,
        "title": source.title,
        "publisher": source.publisher,
        "published": None if source.published is None else source.published.isoformat(),
        "note": source.note,
    }


def _where(item: Measurement | Target | Claim | Relation) -> dict[str, Any]:
    location = item.location
    return {
        "location": str(location),
        "section": location.section,
        "paragraph": location.paragraph,
        "footnote": location.footnote,
    }


def _figure(figure: Measurement | Target) -> dict[str, Any]:
    return {
        "id": figure.id,
        "indicator": figure.indicator.id,
        "period": str(figure.period) if figure.period is not None else None,
        "as_of": figure.as_of.isoformat() if figure.as_of is not None else None,
        "role": figure.role.value,
        "status": figure.status.value,
        "value": _decimal(figure.value),
        "unit": figure.unit,
        "printed": figure.printed,
        "bound": figure.bound.value,
        "basis": figure.basis.value if isinstance(figure, Target) else None,
        **_where(figure),
        "note": figure.note,
        "source": _source(figure.source),
    }


def _claim(claim: Claim) -> dict[str, Any]:
    return {
        "id": claim.id,
        "subject": claim.subject,
        "indicator": claim.indicator.id,
        "period": str(claim.period) if claim.period is not None else None,
        "kind": claim.kind.value,
        "verb": claim.verb,
        "value": _decimal(claim.value),
        "unit": claim.unit,
        "printed": claim.printed,
        "denominator": _decimal(claim.denominator),
        "reference": str(claim.reference) if claim.reference is not None else None,
        "basis": claim.basis.value if claim.basis is not None else None,
        "against": claim.against,
        **_where(claim),
        "note": claim.note,
        "source": _source(claim.source),
    }


def _relation(relation: Relation) -> dict[str, Any]:
    return {
        "id": relation.id,
        "kind": relation.kind.value,
        "total": relation.total,
        "parts": list(relation.parts),
        **_where(relation),
        "note": relation.note,
        "source": _source(relation.source),
    }


def report_to_dict(report: Report) -> dict[str, Any]:
    """The report as one JSON-ready object: the JSON form of :doc:`/howto-export`.

    Args:
        report: The report.

    Returns:
        A dict with ``"report"``, ``"indicators"``, ``"figures"``, ``"claims"`` and
        ``"relations"``; every value is a str, int, bool, None, list or dict.
    """
    figures: list[Measurement | Target] = [*report.measurements, *report.targets]
    return {
        "report": {
            "kind": report.kind.value,
            "number": report.number,
            "date": report.date.isoformat(),
            "issuer": report.issuer,
            "place": report.place,
            "province": report.province,
            "year": report.year,
            "plan_year": report.plan_year,
            "title": report.title,
            "language": report.language,
            "note": report.note,
        },
        "indicators": [_indicator(i) for i in report.indicators],
        "figures": [_figure(f) for f in figures],
        "claims": [_claim(c) for c in report.claims],
        "relations": [_relation(r) for r in report.relations],
    }


def to_json(report: Report, *, indent: int | None = 2) -> str:
    """The report as JSON text (see :func:`report_to_dict`).

    Args:
        report: The report.
        indent: Indentation, or ``None`` for one line.

    Returns:
        The JSON text, UTF-8 characters kept as they are.
    """
    import json  # noqa: PLC0415 (import vnplan need not load it)

    return json.dumps(report_to_dict(report), ensure_ascii=False, indent=indent)


def _rows_csv(columns: Sequence[str], rows: Iterable[Mapping[str, Any]]) -> str:
    import csv  # noqa: PLC0415 (import vnplan need not load it)

    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(columns), lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: _safe_cell(k, _cell(row.get(k))) for k in columns})
    return out.getvalue()


# A spreadsheet runs a cell that starts with one of these as a formula (CSV injection).
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _safe_cell(column: str, text: str) -> str:
    """Neutralise a cell a spreadsheet would run as a formula, as OWASP advises.

    A cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return gets
    a single quote before it ("'=HYPERLINK(…)", "'-5 %"), except a plain decimal in a
    numeric column ("-0.67" in ``value``): a spreadsheet reads that as a number, and it
    is data. docs/howto-export.md states the rule.
    """
    if not text.startswith(_FORMULA_STARTS):
        return text
    if _TYPES.get(column) in {"number", "integer"} and _is_plain_decimal(text):
        return text
    return "'" + text


def _is_plain_decimal(text: str) -> bool:
    """Whether ``text`` is a decimal as the exports write one: "-0.67", "12", "-3.0"."""
    digits = text.removeprefix("-")
    whole, _, fraction = digits.partition(".")
    return (
        whole.isascii()
        and whole.isdigit()
        and (not fraction or (fraction.isascii() and fraction.isdigit()))
        and digits.count(".") <= 1
        and not digits.endswith(".")
    )


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return " ".join(str(v) for v in value)
    return str(value)


def _flat(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The rows with each ``source`` object spread over columns ``source_url`` and so on."""
    flat = []
    for row in rows:
        source = row.get("source") or {}
        flat.append({**row, **{f"source_{name}": source.get(name) for name in _SOURCE_COLUMNS}})
    return flat


def _tables(report: Report) -> dict[str, tuple[Sequence[str], list[dict[str, Any]]]]:
    data = report_to_dict(report)
    return {
        "indicators": (_INDICATOR_COLUMNS, data["indicators"]),
        "figures": (FIGURE_COLUMNS, _flat(data["figures"])),
        "claims": (_CLAIM_COLUMNS, _flat(data["claims"])),
        "relations": (_RELATION_COLUMNS, _flat(data["relations"])),
    }


def to_csv(report: Report, table: str = "figures") -> str:
    """One table of the report as CSV text.

    Args:
        report: The report.
        table: ``"figures"`` (the default), ``"indicators"``, ``"claims"`` or
            ``"relations"``.

    Returns:
        CSV text with a header row; decimals as plain strings; empty cells for missing
        values; the ids of a relation's parts separated by spaces. A text cell that a
        spreadsheet would run as a formula (it starts with ``=``, ``+``, ``-``, ``@``, a
        tab or a carriage return) starts with a single quote; a negative number in a
        numeric column (``value``, ``denominator``) is left as it is
        (:doc:`/howto-export`).

    Raises:
        ValueError: ``table`` is not one of the four.
    """
    tables = _tables(report)
    if table not in tables:
        raise ValueError(f"'table' must be one of {', '.join(tables)} (got {table!r})")
    columns, rows = tables[table]
    return _rows_csv(columns, rows)


_TYPES = {
    "value": "number",
    "denominator": "number",
    "paragraph": "integer",
    "footnote": "integer",
    "additive": "boolean",
    "as_of": "date",
    "source_published": "date",
}
_DESCRIPTIONS = {
    "value": "The printed number, '.' as decimal point, printed digits kept.",
    "unit": "The unit as printed, with its scale word (tỷ đồng, nghìn lượt).",
    "printed": "The exact text printed in the report.",
    "location": "Section path and paragraph, or footnote number.",
    "source_url": "The page the figure was published in, when not the report itself.",
}


def _schema(name: str, columns: Sequence[str]) -> dict[str, Any]:
    fields = []
    for column in columns:
        field: dict[str, Any] = {"name": column, "type": _TYPES.get(column, "string")}
        if column in _DESCRIPTIONS:
            field["description"] = _DESCRIPTIONS[column]
        if column == "id":
            field["constraints"] = {"required": True, "unique": True}
        fields.append(field)
    schema: dict[str, Any] = {"fields": fields, "primaryKey": ["id"]}
    if name in {"figures", "claims"}:
        schema["foreignKeys"] = [
            {"fields": ["indicator"], "reference": {"resource": "indicators", "fields": ["id"]}}
        ]
    return schema


def write_datapackage(report: Report, folder: str | Path) -> Path:
    """Write the report as a Frictionless data package: CSV files and ``datapackage.json``.

    Args:
        report: The report.
        folder: The folder to write into; created when missing.

    Returns:
        The path of ``datapackage.json``.
    """
    import json  # noqa: PLC0415 (import vnplan need not load it)
    from pathlib import Path  # noqa: PLC0415 (likewise)

    target = Path(folder)
    target.mkdir(parents=True, exist_ok=True)
    resources = []
    for name, (columns, rows) in _tables(report).items():
        (target / f"{name}.csv").write_text(_rows_csv(columns, rows), encoding="utf-8")
        resources.append(
            {
                "name": name,
                "path": f"{name}.csv",
                "profile": "tabular-data-resource",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "schema": _schema(name, columns),
            }
        )
    import re  # noqa: PLC0415 (likewise)

    name = report.number or f"{report.kind.value}-{report.province}-{report.year}"
    slug = re.sub(r"[^a-z0-9._-]+", "-", name.lower()).strip("-")
    package = {
        "profile": "tabular-data-package",
        "name": f"vnplan-{slug}",
        "title": report.title,
        "description": (
            f"Figures, claims and relations of report {report.label} "
            f"({report.issuer}, {report.date.isoformat()}), as printed."
        ),
        "created_by": f"vnplan {__version__}",
        "resources": resources,
    }
    path = target / "datapackage.json"
    path.write_text(json.dumps(package, ensure_ascii=False, indent=2), encoding="utf-8")
    return path


def report_from_dict(data: Mapping[str, Any]) -> Report:
    """Read a report back from its JSON form: the inverse of :func:`report_to_dict`.

    ``report_from_dict(report_to_dict(report)) == report`` for every report. The data is
    checked as :func:`vnplan.validate` checks it, and every problem is reported at once.

    Args:
        data: The report as :func:`report_to_dict` writes it (or ``json.loads`` of
            :func:`to_json`).

    Returns:
        The report.

    Raises:
        DataError: The data has problems; each is listed with where it is
            (``figures[3].unit``) and what is wrong.
    """
    from vnplan.io.validate import read_dict  # noqa: PLC0415 (validation loads on first use)

    report, problems = read_dict(data)
    if report is None or problems:
        raise DataError(
            [Problem(p.path, None, f"{p.id}: {p.message}" if p.id else p.message) for p in problems]
        )
    return report
