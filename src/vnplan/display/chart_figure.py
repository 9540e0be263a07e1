"""The figure a chart is drawn on: a matplotlib figure that shows itself in a notebook.

A figure made without ``pyplot`` has no display hook in IPython: pyplot's inline backend
registers one for :class:`matplotlib.figure.Figure` only once pyplot is imported, so a
chart last in a cell would show as ``<Figure size 1100x2206 with 1 Axes>``. This figure
gives IPython a PNG of itself instead, and touches no global state. Where pyplot's inline
backend is active, IPython's formatter for figures comes first and draws it as any other.

This module imports matplotlib: :mod:`vnplan.display.charts` imports it only when a chart
is drawn, so that ``import vnplan`` works without the ``plot`` extra.
"""

from __future__ import annotations

import io

from matplotlib.figure import Figure

__all__ = ["ChartFigure"]


class ChartFigure(Figure):
    """A :class:`matplotlib.figure.Figure` that displays as a PNG in Jupyter and IPython."""

    def _repr_png_(self) -> bytes:
        """The figure as PNG, at its own size and resolution, for IPython's display."""
        buffer = io.BytesIO()
        self.savefig(buffer, format="png", dpi="figure")
        return buffer.getvalue()
