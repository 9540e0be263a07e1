"""Write the 2023 scorecard across the bundled reports as Markdown (run by ``conf.py``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import vnplan

if TYPE_CHECKING:
    from pathlib import Path

#: The reports whose 2023 plan and results the page judges, and the year.
REPORTS = ("dien-bien-2022", "dien-bien-2023")
YEAR = 2023

_VERDICTS = {True: "✓ met", False: "✗ not met", None: "–"}


def _cell(text: str) -> str:
    """Text for a Markdown table cell: no bars, no line breaks."""
    return text.replace("|", "\\|").replace("\n", " ")


def _source(row: vnplan.ScorecardRow) -> str:
    source = row.result_source
    if source is not None:
        name = source.publisher or source.title or source.url
        date = f", {source.published:%d/%m/%Y}" if source.published else ""
        return f"[{_cell(name)}]({source.url}){date}"
    report = row.result_report
    return "—" if report is None else _cell(report.label)


def _verdict(row: vnplan.ScorecardRow) -> str:
    verdict = _VERDICTS[row.met]
    if row.met is None and row.reason:
        verdict += f" ({row.reason})"
    if row.percent is not None:
        verdict += f"; {row.percent:.2f}% of the target"
    return verdict


def write(path: Path) -> None:
    """Write the year's judged targets, the targets without a result, and the revisions."""
    collection = vnplan.load_many(list(REPORTS), strict=True)
    card = collection.scorecard(YEAR)
    judged = [row for row in card if row.reason != "no result in this report"]
    open_rows = [row for row in card if row.reason == "no result in this report"]
    counts = card.counts()
    lines = [
        (
            f"`vnplan.load_many({list(REPORTS)!r}).scorecard({YEAR})` has {len(card)} rows: "
            f"{counts['met']} met, {counts['not_met']} not met, {counts['undecided']} "
            f"undecided ({len(open_rows)} of them targets that no bundled source gives a "
            f"{YEAR} result for)."
        ),
        "",
        "| indicator | target | set in | result | published in | met |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for row in judged:
        target = "—" if row.target is None else f"«{_cell(row.target.printed)}»"
        where = "—" if row.target_report is None else _cell(row.target_report.label)
        if row.target is None and row.claim is not None:
            target = f"plan not printed ({row.basis.value})"
        result = _cell(row.result_printed or "—")
        if row.printed is not None:
            result += f" ({_cell(row.printed)})"
        lines.append(
            f"| {_cell(row.indicator.name_en)} | {target} | {where} | «{result}» | "
            f"{_source(row)} | {_verdict(row)} |"
        )
    lines += [
        "",
        f"## Targets for {YEAR} with no result in the bundled sources",
        "",
        ", ".join(
            f"{_cell(row.indicator.name_en)} («{_cell(row.target.printed)}»)"
            for row in open_rows
            if row.target is not None
        )
        + ".",
        "",
        "## Revisions the later report implies",
        "",
    ]
    lines += [
        f"- {_cell(finding.message_en)}"
        for finding in collection.audit().across or ()
        if finding.check == "revisions"
    ]
    lines.append("")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines), encoding="utf-8")
