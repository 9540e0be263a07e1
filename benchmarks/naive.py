"""The naive way to compute attainment and growth over a corpus: one pint Quantity per figure.

This is what vnplan's collections are measured against (``benchmarks/run.py``) and checked
against (``tests/test_collection.py``). Like ``Collection.attainment()`` and
``Collection.growth()``, it starts from a loaded collection and gives every comparison;
it is written the straightforward way, with the public API only:

- the figures and their shared indicator ids come from ``Collection.figures()``;
- the panel is a dict by (province, period, shared id, role), each key keeping the figure
  that ``Collection.to_pandas`` documents (the most final status, then the latest report,
  then for targets the basis in the order of ``Basis``, then the first printed);
- each figure of the panel becomes a pint ``Quantity`` of vnplan's registry, with its
  exact ``Decimal`` magnitude, and each comparison is computed with pint's unit-aware
  arithmetic (convert, subtract, divide, express in percent).

It gives only the point values and verdicts (no rounding intervals).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import Decimal
from typing import TypeAlias

from vnplan import (
    Basis,
    Bound,
    Collection,
    Comparison,
    Direction,
    Measurement,
    Observation,
    Role,
    Status,
    Target,
    units,
)

_SLACK = Decimal("0.05")
_YEAR = re.compile(r"[0-9]{4}")

#: One comparison: kind, province, shared id, period, the two figures (by identity),
#: the value in percent (``None`` for a zero denominator) and ``met`` (``None`` for growth
#: and for a neutral indicator against an exact target).
Result: TypeAlias = tuple[str, str, str, str, int, int, Decimal | None, bool | None]
#: A panel key: province, period text, shared indicator id, role.
Key: TypeAlias = tuple[str, str | None, str, Role]


def _period(figure: Measurement | Target) -> str | None:
    if figure.period is not None:
        return str(figure.period)
    return None if figure.as_of is None else figure.as_of.isoformat()


def _rank(observation: Observation) -> tuple[int, int, int]:
    figure = observation.figure
    status = {Status.OFFICIAL: 0, Status.PROVISIONAL: 1}.get(figure.status, 2)
    basis = list(Basis).index(figure.basis) if isinstance(figure, Target) else 0
    return (status, -observation.report.date.toordinal(), basis)


def panel(collection: Collection) -> dict[Key, Measurement | Target]:
    """The outturns and targets of the panel, by key, in the order of the panel."""
    candidates: dict[Key, list[tuple[int, Observation]]] = {}
    for number, observation in enumerate(collection.figures(role=[Role.ACTUAL, Role.TARGET])):
        figure = observation.figure
        key = (observation.province, _period(figure), observation.indicator, figure.role)
        candidates.setdefault(key, []).append((number, observation))
    # min() keeps the first printed of equal ranks; the panel is in the order of the kept.
    chosen = {key: min(found, key=lambda pair: _rank(pair[1])) for key, found in candidates.items()}
    ordered = sorted(chosen.items(), key=lambda item: item[1][0])
    return {key: observation.figure for key, (_, observation) in ordered}


def _met(actual: Decimal, target: Decimal, direction: Direction, bound: Bound) -> bool | None:
    if direction is Direction.NEUTRAL and bound is Bound.EXACT:
        return None  # neither way is better: neither met nor missed
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


def comparisons(collection: Collection) -> list[Result]:
    """Every attainment, then every growth rate, of the collection's panel, with pint.

    Args:
        collection: The loaded collection.

    Returns:
        One result per pair, attainments first, each kind in panel order.
    """
    figures = panel(collection)
    held = {key: units.quantity(figure.value, figure.unit) for key, figure in figures.items()}
    attained: list[Result] = []
    grown: list[Result] = []
    for key, figure in figures.items():
        province, period, shared, role = key
        if period is None:
            continue
        if role is Role.TARGET and isinstance(figure, Target):
            actual_key = (province, period, shared, Role.ACTUAL)
            if actual_key not in figures:
                continue
            target = held[key]
            actual = held[actual_key].to(target.units)
            met = _met(actual.magnitude, target.magnitude, figure.indicator.direction, figure.bound)
            value = None if target.magnitude == 0 else (actual / target).to("percent").magnitude
            subject = figures[actual_key]
            attained.append(
                ("attainment", province, shared, period, id(subject), id(figure), value, met)
            )
        elif role is Role.ACTUAL and _YEAR.fullmatch(period):
            before_key = (province, str(int(period) - 1), shared, role)
            if before_key not in figures:
                continue
            now = held[key]
            before = held[before_key].to(now.units)
            rate = None if before.magnitude == 0 else ((now - before) / before).to("percent")
            against = figures[before_key]
            grown.append(
                (
                    "growth",
                    province,
                    shared,
                    period,
                    id(figure),
                    id(against),
                    None if rate is None else rate.magnitude,
                    None,
                )
            )
    return [*attained, *grown]


def results(pairs: Iterable[Comparison]) -> list[Result]:
    """vnplan's comparisons in the form of :func:`comparisons`, to check that they agree."""
    return [
        (p.kind, p.province, p.indicator, p.period, id(p.subject), id(p.against), p.value, p.met)
        for p in pairs
    ]
