"""Pin the types of the collection API.

mypy checks every ``assert_type`` here; pytest runs the same function, so it also works at
run time.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import assert_type

import pandas as pd

import vnplan
from vnplan import (
    CollectionAudit,
    Comparison,
    LoadFailure,
    Observation,
    ReportAudit,
)


def test_collection_types() -> None:
    collection = vnplan.load_many(["dien-bien-2022"], indicator_map={"grain-output": "grain"})
    assert_type(collection, vnplan.Collection)
    assert_type(collection.reports, tuple[vnplan.Report, ...])
    assert_type(collection.failures, tuple[LoadFailure, ...])
    assert_type(collection.provinces, tuple[str, ...])
    assert_type(collection.years, tuple[int, ...])
    assert_type(collection.indicators, Mapping[str, vnplan.Indicator])
    assert_type(collection.current_province("Điện Biên"), str)
    assert_type(collection.select(year=2022), vnplan.Collection)
    observations = collection.figures(indicator="grain", role="actual")
    assert_type(observations, tuple[Observation, ...])
    assert_type(observations[0].figure, vnplan.Measurement | vnplan.Target)
    comparisons = collection.attainment()
    assert_type(comparisons, tuple[Comparison, ...])
    assert_type(comparisons[0].value, Decimal | None)
    assert_type(collection.growth(), tuple[Comparison, ...])
    assert_type(collection.to_pandas(), pd.DataFrame)
    audit = collection.audit()
    assert_type(audit, CollectionAudit)
    assert_type(audit.reports[0], ReportAudit)
    assert_type(audit.summary, dict[str, int])
