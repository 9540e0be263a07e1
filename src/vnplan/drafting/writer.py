"""Write a draft as a report folder in vnplan's data format.

``report.toml`` holds the report's table; ``10-indicators.toml`` every indicator the
draft uses (those of the vocabulary copied, so that the folder stands alone); then one
file per part of the report (``20-front.toml``, ``21-part-i.toml``…), records in printed
order. Each record that holds a guess has a ``review`` list saying what to check; delete
it once checked.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Protocol

from vnplan.drafting.records import DraftClaim, DraftFigure, DraftIndicator, DraftRelation, Where

__all__ = ["write_folder"]

_Value = str | int | dt.date | tuple[str, ...] | None


class Drafted(Protocol):
    """What the writer reads of a draft (:class:`vnplan.Draft` has it all)."""

    @property
    def source(self) -> str:
        """The source's path."""

    @property
    def review(self) -> tuple[str, ...]:
        """Notes to review on the report as a whole."""

    @property
    def units(self) -> tuple[str, ...]:
        """The pint definitions of the units the folder declares."""

    @property
    def number(self) -> str:
        """The report's number."""

    @property
    def issuer(self) -> str:
        """Who issued it."""

    @property
    def place(self) -> str:
        """The place it was issued at."""

    @property
    def province(self) -> str:
        """The province."""

    @property
    def date(self) -> dt.date:
        """The date it was issued."""

    @property
    def year(self) -> int:
        """The year it gives account of."""

    @property
    def plan_year(self) -> int:
        """The year it plans."""

    @property
    def title(self) -> str:
        """Its title."""

    @property
    def indicators(self) -> tuple[DraftIndicator, ...]:
        """The indicators it uses."""

    @property
    def figures(self) -> tuple[DraftFigure, ...]:
        """Its figures."""

    @property
    def claims(self) -> tuple[DraftClaim, ...]:
        """Its claims."""

    @property
    def relations(self) -> tuple[DraftRelation, ...]:
        """Its relations."""


def _toml(value: _Value) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, int):
        return str(value)
    if isinstance(value, tuple):
        if len(value) <= 1:
            return f"[{', '.join(map(_toml, value))}]"
        return "[\n" + "".join(f"    {_toml(v)},\n" for v in value) + "]"
    return json.dumps(value, ensure_ascii=False)  # a JSON string is a TOML basic string


def _table(kind: str, fields: Iterable[tuple[str, _Value]]) -> str:
    lines = [f"[[{kind}]]"]
    lines.extend(f"{name} = {_toml(value)}" for name, value in fields if value not in (None, ()))
    return "\n".join(lines) + "\n"


def _where(where: Where) -> list[tuple[str, _Value]]:
    return [
        ("section", where.section),
        ("paragraph", where.paragraph),
        ("footnote", where.footnote),
    ]


def _indicator(indicator: DraftIndicator) -> str:
    return _table(
        "indicator",
        [
            ("id", indicator.id), ("name_vi", indicator.name_vi), ("name_en", indicator.name_en),
            ("unit", indicator.unit), ("measure", indicator.measure),
            ("direction", indicator.direction), ("sector", indicator.sector),
            ("review", indicator.review),
        ],
    )  # fmt: skip


def _figure(figure: DraftFigure) -> str:
    return _table(
        "figure",
        [
            ("id", figure.id), ("indicator", figure.indicator), ("printed", figure.printed),
            ("unit", figure.unit), ("period", figure.period), ("as_of", figure.as_of),
            ("role", figure.role), ("status", figure.status), ("basis", figure.basis),
            *_where(figure.where), ("review", figure.review),
        ],
    )  # fmt: skip


def _claim(claim: DraftClaim) -> str:
    return _table(
        "claim",
        [
            ("id", claim.id), ("kind", claim.kind), ("subject", claim.subject),
            ("indicator", claim.indicator), ("period", claim.period), ("verb", claim.verb),
            ("printed", claim.printed), ("reference", claim.reference), ("basis", claim.basis),
            ("against", claim.against), *_where(claim.where), ("review", claim.review),
        ],
    )  # fmt: skip


def _relation(relation: DraftRelation) -> str:
    return _table(
        "relation",
        [
            ("id", relation.id), ("kind", relation.kind), ("total", relation.total),
            ("parts", relation.parts), *_where(relation.where), ("review", relation.review),
        ],
    )  # fmt: skip


def _slug(label: str) -> str:
    return "front" if label == "0" else f"part-{label.lower()}"


def write_folder(draft: Drafted, folder: str | Path) -> Path:
    """Write ``draft`` into ``folder`` (created if needed; its .toml files replaced).

    Args:
        draft: The draft.
        folder: The folder to write.

    Returns:
        The folder's path.
    """
    path = Path(folder)
    path.mkdir(parents=True, exist_ok=True)
    for old in path.glob("*.toml"):
        old.unlink()
    header = [f"# Drafted by vnplan from {Path(draft.source).name}; every guess says 'review'."]
    header.extend(f"# review: {note}" for note in draft.review)
    report = _table(
        "report",
        [
            ("number", draft.number), ("issuer", draft.issuer), ("place", draft.place),
            ("province", draft.province), ("date", draft.date), ("year", draft.year),
            ("plan_year", draft.plan_year), ("title", draft.title), ("language", "vi"),
        ],
    ).replace("[[report]]", "[report]")  # fmt: skip
    units = [_table("unit", [("definition", definition)]) for definition in draft.units]
    (path / "report.toml").write_text("\n".join([*header, report, *units]), encoding="utf-8")
    indicators = "\n".join(_indicator(i) for i in draft.indicators)
    (path / "10-indicators.toml").write_text(indicators, encoding="utf-8")
    parts: dict[str, list[str]] = {}
    records: list[tuple[Where, str]] = [
        *((f.where, _figure(f)) for f in draft.figures),
        *((c.where, _claim(c)) for c in draft.claims),
        *((r.where, _relation(r)) for r in draft.relations),
    ]
    for where, text in records:
        parts.setdefault(where.section.split(" > ")[0], []).append(text)
    for number, (label, texts) in enumerate(parts.items()):
        file = path / f"{20 + number}-{_slug(label)}.toml"
        file.write_text("\n".join(texts), encoding="utf-8")
    return path
