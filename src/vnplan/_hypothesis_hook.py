"""Register vnplan's classes with hypothesis, so that ``st.from_type(vnplan.Report)`` works.

hypothesis calls :func:`_hypothesis_setup_hook` when it is imported, through the entry
point ``[project.entry-points.hypothesis]`` in ``pyproject.toml``. The hook is cheap: it
registers functions, and :mod:`vnplan.strategies` (and pint) load only when hypothesis
first asks for a strategy.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from hypothesis.strategies import SearchStrategy

    from vnplan.model.core import Report

__all__: list[str] = []


def _strategy_for(cls: type) -> SearchStrategy[Any]:
    """Return vnplan's strategy for ``cls``, importing :mod:`vnplan.strategies` on first use."""
    from vnplan import strategies  # noqa: PLC0415 (loaded when hypothesis first asks)

    return strategies.for_type(cls)


def _hypothesis_setup_hook() -> None:
    """Register every public vnplan class with hypothesis' ``from_type``."""
    from hypothesis import strategies as st  # noqa: PLC0415 (hypothesis is importing us)

    from vnplan.calc.attainment import Attainment, Derived  # noqa: PLC0415 (only when hypothesis is)
    from vnplan.model.core import (  # noqa: PLC0415
        Claim,
        Indicator,
        Location,
        Measurement,
        Period,
        Relation,
        Report,
        Target,
    )
    from vnplan.model.interval import Interval  # noqa: PLC0415
    from vnplan.text import DocumentNumber, Printed  # noqa: PLC0415

    for cls in (
        Attainment,
        Claim,
        Derived,
        DocumentNumber,
        Indicator,
        Interval,
        Location,
        Measurement,
        Period,
        Printed,
        Relation,
        Report,
        Target,
    ):
        st.register_type_strategy(cls, _strategy_for)
    _register_printers()


def _one_line(obj: object, printer: Any, cycle: bool) -> None:  # noqa: ANN401, FBT001 (hypothesis' printer protocol)
    """Print a vnplan object as its one-line repr, not field by field."""
    del cycle
    printer.text(repr(obj))


def _report_lines(report: Report, printer: Any, cycle: bool) -> None:  # noqa: ANN401, FBT001 (hypothesis' printer protocol)
    """Print a report as its repr, then one line per figure, claim and relation."""
    printer.text(repr(report))
    if cycle:
        return
    items = (*report.measurements, *report.targets, *report.claims, *report.relations)
    with printer.indent(4):
        for item in items:
            printer.break_()
            printer.text(repr(item))


def _register_printers() -> None:
    """Have hypothesis print a failing report as lines a person can read.

    hypothesis prints an attrs instance field by field, nested objects in full, which
    turns a report of three figures into a hundred lines. vnplan's reprs say the same
    in one line per object (*Tổng sản lượng lương thực 2022 = '282.647,81 tấn'*). The
    printers are registered through the pretty-printing module hypothesis vendors from
    IPython (``for_type_by_name``); should it move, hypothesis prints fields again.
    """
    try:
        from hypothesis.vendor.pretty import for_type_by_name  # noqa: PLC0415
    except ImportError:  # pragma: no cover (hypothesis keeps it today)
        return
    for name in ("Indicator", "Measurement", "Target", "Claim", "Relation", "Period", "Location"):
        for_type_by_name("vnplan.model.core", name, _one_line)
    for_type_by_name("vnplan.model.core", "Report", _report_lines)
    for_type_by_name("vnplan.model.interval", "Interval", _one_line)
    for_type_by_name("vnplan.strategies.synthesis", "Injected", _one_line)
