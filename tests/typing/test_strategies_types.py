"""Pin the types of vnplan.strategies and vnplan.validate.

mypy checks every ``assert_type`` here (``mypy`` runs on ``tests/typing``); pytest runs the
same functions, so the calls also work at run time.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any, assert_type

from hypothesis.strategies import SearchStrategy

import vnplan
from vnplan import (
    Claim,
    Indicator,
    Interval,
    Location,
    Measurement,
    Period,
    Printed,
    Relation,
    Report,
    SchemaProblem,
    Target,
    strategies,
)
from vnplan.strategies import ErrorKind, Injected


def test_strategy_types() -> None:
    assert_type(strategies.numbers(), SearchStrategy[Decimal])
    assert_type(strategies.printed_numbers(), SearchStrategy[str])
    assert_type(strategies.printed_quantities("tỷ đồng"), SearchStrategy[str])
    assert_type(strategies.percents(), SearchStrategy[Decimal])
    assert_type(strategies.printed(), SearchStrategy[Printed])
    assert_type(strategies.dates(), SearchStrategy[dt.date])
    assert_type(strategies.intervals(), SearchStrategy[Interval])
    assert_type(strategies.periods(), SearchStrategy[Period])
    assert_type(strategies.locations(), SearchStrategy[Location])
    assert_type(strategies.indicators(), SearchStrategy[Indicator])
    assert_type(strategies.measurements(), SearchStrategy[Measurement])
    assert_type(strategies.targets(), SearchStrategy[Target])
    assert_type(strategies.claims(), SearchStrategy[Claim])
    assert_type(strategies.relations(), SearchStrategy[Relation])
    assert_type(strategies.consistent_reports(), SearchStrategy[Report])
    assert_type(
        strategies.reports_with_injected_error([ErrorKind.CHANGED_DIGIT]),
        SearchStrategy[tuple[Report, Injected]],
    )
    assert_type(strategies.for_type(Report), SearchStrategy[Any])


def test_validate_types() -> None:
    problems = vnplan.validate({"report": {}})
    assert_type(problems, list[SchemaProblem])
    assert problems
    assert_type(problems[0].path, str)
    assert_type(problems[0].id, str | None)
