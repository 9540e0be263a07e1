"""Write the dataset reference page from the bundled data (run by ``conf.py`` at build time)."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import vnplan


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def write(path: Path) -> None:
    """Write the Markdown reference of every bundled dataset to ``path``."""
    lines: list[str] = []
    for info in vnplan.datasets():
        report = vnplan.load(info.name)
        figures = [*report.measurements, *report.targets]
        by_indicator: dict[str, list[str]] = defaultdict(list)
        for figure in figures:
            period = str(figure.period) if figure.period is not None else f"{figure.as_of}"
            by_indicator[figure.indicator.id].append(
                f"`{figure.printed}` ({figure.role.value}, {period})"
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
        for sector in sorted(sectors):
            lines += [
                f"### {sector}",
                "",
                "| id | tên | name | unit | measure | direction | figures |",
                "| --- | --- | --- | --- | --- | --- | --- |",
            ]
            for indicator in sorted(sectors[sector], key=lambda i: i.id):
                shown = by_indicator.get(indicator.id, [])
                lines.append(
                    f"| `{indicator.id}` | {_cell(indicator.name_vi)} | {_cell(indicator.name_en)} "
                    f"| {_cell(indicator.unit)} | {indicator.measure.value} "
                    f"| {indicator.direction.value} | {_cell('; '.join(shown)) or '—'} |"
                )
            lines.append("")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines), encoding="utf-8")
