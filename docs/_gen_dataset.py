"""Write the dataset reference page from the bundled data (run by ``conf.py`` at build time)."""

from __future__ import annotations

from collections import defaultdict
from html import escape
from typing import TYPE_CHECKING

import vnplan
from vnplan.model import SECTORS
from vnplan.model.labels import DIRECTION_NAMES, MEASURE_NAMES, SECTOR_NAMES

if TYPE_CHECKING:
    from pathlib import Path


def _cell(text: str) -> str:
    """Text for a Markdown table cell: HTML escaped, pipes escaped, on one line."""
    return escape(text, quote=False).replace("|", "\\|").replace("*", "\\*").replace("\n", " ")


def _code(text: str) -> str:
    """A code span for a table cell (a code span shows ``&`` and ``<`` as they are)."""
    return "`" + text.replace("|", "\\|").replace("`", "'") + "`"


def _sector_heading(sector: str) -> str:
    """The sector's names in both languages, or its id for a sector vnplan does not name."""
    names = SECTOR_NAMES.get(sector)
    return f"{names[0]} · {names[1]}" if names else sector


def write(path: Path) -> None:
    """Write the Markdown reference of every bundled dataset to ``path``.

    Each sector, in the order of the report's parts, has a heading with its Vietnamese and
    English names and a three-column table (indicator, unit and kind, figures), narrow
    enough for a phone.
    """
    lines: list[str] = []
    for info in vnplan.datasets():
        report = vnplan.load(info.name)
        figures = [*report.measurements, *report.targets]
        by_indicator: dict[str, list[str]] = defaultdict(list)
        for figure in figures:
            period = str(figure.period) if figure.period is not None else f"{figure.as_of}"
            by_indicator[figure.indicator.id].append(
                f"{_code(figure.printed)} {_cell(figure.role.value)}, {_cell(period)}"
            )
        lines += [
            f"## `{info.name}`: Số {report.number}, {report.issuer}",
            "",
            f"{report.title}. Issued in {report.place} on {report.date.isoformat()}.",
            "",
            (
                f"{len(report.indicators)} indicators, {len(figures)} figures, "
                f"{len(report.claims)} claims, {len(report.relations)} relations."
            ),
            "",
        ]
        sectors: dict[str, list[vnplan.Indicator]] = defaultdict(list)
        for indicator in report.indicators:
            sectors[indicator.sector].append(indicator)
        order = [s for s in SECTORS if s in sectors] + sorted(set(sectors) - set(SECTORS))
        for sector in order:
            lines += [
                f"### {_sector_heading(sector)}",
                "",
                f"Sector id {_code(sector)}, as in `vnplan show {info.name} --sector {sector}`.",
                "",
                "| indicator | unit, kind | figures: printed, role, period |",
                "| --- | --- | --- |",
            ]
            for indicator in sorted(sectors[sector], key=lambda i: i.id):
                shown = by_indicator.get(indicator.id, [])
                kind = (
                    f"{MEASURE_NAMES[indicator.measure][1]}, "
                    f"{DIRECTION_NAMES[indicator.direction][1]}"
                )
                lines.append(
                    f"| {_cell(indicator.name_vi)}<br>*{_cell(indicator.name_en)}*<br>"
                    f"{_code(indicator.id)} | {_cell(indicator.unit)}<br>{_cell(kind)} "
                    f"| {'<br>'.join(shown) or '—'} |"
                )
            lines.append("")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines), encoding="utf-8")
