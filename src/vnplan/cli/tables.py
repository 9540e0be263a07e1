"""Text tables for a terminal: aligned columns, cut to the terminal's width."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

from vnplan.cli.output import Output

__all__ = ["clip_text", "print_table", "text_width"]


def text_width(text: str) -> int:
    """The columns ``text`` takes on a terminal (combining marks take none)."""
    return sum(0 if unicodedata.combining(ch) else 1 for ch in text)


def clip_text(text: str, size: int, ellipsis: str = "…") -> str:
    """Cut ``text`` to ``size`` columns, ending with ``ellipsis`` if it was cut."""
    if text_width(text) <= size:
        return text
    room = size - text_width(ellipsis)
    kept: list[str] = []
    for ch in text:
        room -= 0 if unicodedata.combining(ch) else 1
        if room < 0:
            break
        kept.append(ch)
    return "".join(kept).rstrip() + ellipsis


def print_table(
    rows: Sequence[Sequence[str]],
    out: Output,
    width: int | None = None,
    shrink: Sequence[int] = (),
) -> None:
    """Print rows as aligned columns; the first row is the header.

    Args:
        rows: The header, then the rows.
        out: Where to print them.
        width: The width to fit in (the terminal's), or ``None`` for no limit.
        shrink: The columns that may be cut to fit, the first cut first.
    """
    if not rows:
        return
    cells = [[out.fit(cell) for cell in row] for row in rows]
    widths = [max(text_width(row[i]) for row in cells) for i in range(len(cells[0]))]
    excess = sum(widths) + 2 * (len(widths) - 1) - width if width else 0
    for column in shrink:
        if excess <= 0:
            break
        floor = max(text_width(cells[0][column]), 10)
        cut = min(excess, widths[column] - floor)
        if cut > 0:
            widths[column] -= cut
            excess -= cut
    ellipsis = out.fit("…")
    for number, row in enumerate(cells):
        row_cells = [clip_text(cell, widths[i], ellipsis) for i, cell in enumerate(row)]
        padded = [cell + " " * (widths[i] - text_width(cell)) for i, cell in enumerate(row_cells)]
        out.text("  ".join(padded).rstrip() + "\n")
        if number == 0:
            out.text("  ".join("-" * w for w in widths) + "\n")
