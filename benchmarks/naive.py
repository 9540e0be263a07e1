"""The naive way to compute attainment and growth over a corpus: one pint Quantity per figure.

This is what vnplan's collections are measured against (``benchmarks/run.py``) and checked
against (``tests/test_collection.py``): every printed figure of every report becomes a
pint ``Quantity`` of vnplan's registry, with its exact ``Decimal`` magnitude, and each
comparison is computed with pint's unit-aware arithmetic (convert, subtract, divide,
express in percent). It gives only the point values (no rounding intervals).
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from vnplan import Bound, Collection, Direction, Measurement, Target, units
from vnplan._collection import Comparison

_SLACK = Decimal("0.05")


def quantities(collection: Collection) -> dict[str, object]:
    """Every figure of every report as a pint Quantity, by report position and figure id."""
    held: dict[str, object] = {}
    for position, report in enumerate(collection.reports):
        figures: tuple[Measurement | Target, ...] = (*report.measurements, *report.targets)
        for figure in figures:
            held[f"{position}:{figure.id}"] = units.quantity(figure.value, figure.unit)
    return held


def _met(actual: Decimal, target: Decimal, direction: Direction, bound: Bound) -> bool:
    if bound is Bound.AT_LEAST:
        return actual >= target
    if bound is Bound.AT_MOST:
        return actual <= target
    slack = _SLACK * abs(target) if bound is Bound.ABOUT else Decimal(0)
    if direction is Direction.HIGHER:
        return actual >= target - slack
    if direction is Direction.LOWER:
        return actual <= target + slack
    return abs(actual - target) <= slack


def compute(
    collection: Collection, pairs: Iterable[Comparison]
) -> list[tuple[Decimal | None, bool | None]]:
    """Recompute each comparison's value (in percent) and ``met`` with pint quantities.

    Args:
        collection: The collection the figures belong to.
        pairs: The comparisons to recompute (only which figures they pair is used).

    Returns:
        ``(value, met)`` for each pair, in order.
    """
    where = {id(report): position for position, report in enumerate(collection.reports)}
    positions = {
        id(figure): where[id(report)]
        for report in collection.reports
        for figure in (*report.measurements, *report.targets)
    }
    held = quantities(collection)
    results: list[tuple[Decimal | None, bool | None]] = []
    for pair in pairs:
        subject = held[f"{positions[id(pair.subject)]}:{pair.subject.id}"]
        against = held[f"{positions[id(pair.against)]}:{pair.against.id}"]
        if pair.kind == "attainment":
            actual = subject.to(against.units)  # type: ignore[attr-defined]
            met = _met(
                actual.magnitude,
                against.magnitude,  # type: ignore[attr-defined]
                pair.against.indicator.direction,
                pair.against.bound,
            )
            if against.magnitude == 0:  # type: ignore[attr-defined]
                results.append((None, met))
            else:
                results.append(((actual / against).to("percent").magnitude, met))
        else:
            before = against.to(subject.units)  # type: ignore[attr-defined]
            if before.magnitude == 0:
                results.append((None, None))
            else:
                results.append((((subject - before) / before).to("percent").magnitude, None))
    return results
