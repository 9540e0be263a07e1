"""Which strategy each public vnplan class gets from ``st.from_type``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from vnplan.calc.attainment import Attainment, Derived
from vnplan.model import (
    Claim,
    Indicator,
    Location,
    Measurement,
    Period,
    Relation,
    Report,
    Target,
)
from vnplan.model.interval import Interval
from vnplan.strategies.model import claims, indicators, measurements, relations, targets
from vnplan.strategies.reports import consistent_reports
from vnplan.strategies.values import (
    attainments,
    derived,
    document_numbers,
    intervals,
    locations,
    periods,
    printed,
)
from vnplan.text import DocumentNumber, Printed

if TYPE_CHECKING:
    from collections.abc import Callable

    from hypothesis import strategies as st

__all__ = ["for_type"]


def for_type(cls: type) -> st.SearchStrategy[Any]:
    """Return vnplan's strategy for one of its public classes.

    This is what ``st.from_type(cls)`` gives once vnplan is installed: vnplan registers
    its classes with hypothesis through hypothesis' entry point.

    ============================ ==============================
    class                        strategy
    ============================ ==============================
    :class:`~vnplan.Report`      :func:`consistent_reports`
    :class:`~vnplan.Indicator`   :func:`indicators`
    :class:`~vnplan.Measurement` :func:`measurements`
    :class:`~vnplan.Target`      :func:`targets`
    :class:`~vnplan.Claim`       :func:`claims`
    :class:`~vnplan.Relation`    :func:`relations`
    :class:`~vnplan.Period`      :func:`periods`
    :class:`~vnplan.Location`    :func:`locations`
    :class:`~vnplan.Interval`    :func:`intervals`
    :class:`~vnplan.Printed`     :func:`printed`
    ``DocumentNumber``           :func:`document_numbers`
    :class:`~vnplan.Attainment`  :func:`attainments`
    :class:`~vnplan.Derived`     :func:`derived`
    ============================ ==============================

    Args:
        cls: A vnplan class.

    Returns:
        The strategy for it.

    Raises:
        KeyError: ``cls`` is not one of the classes above.
    """
    table: dict[type, Callable[[], st.SearchStrategy[Any]]] = {
        Attainment: attainments,
        Claim: claims,
        Derived: derived,
        DocumentNumber: document_numbers,
        Indicator: indicators,
        Interval: intervals,
        Location: locations,
        Measurement: measurements,
        Period: periods,
        Printed: printed,
        Relation: relations,
        Report: consistent_reports,
        Target: targets,
    }
    return table[cls]()
