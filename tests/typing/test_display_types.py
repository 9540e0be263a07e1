"""Pin the types of the notebook, pandas and chart API.

mypy checks every ``assert_type`` here; pytest runs the same function, so it also works at
run time.
"""

from __future__ import annotations

from typing import assert_type

import pandas as pd
from matplotlib.figure import Figure

import vnplan
from vnplan.plot import attainment_chart, growth_chart


def test_display_pandas_and_chart_types() -> None:
    report = vnplan.load("dien-bien-2022")
    assert_type(report._repr_html_(), str)
    figure = report["grain-output-2022"]
    assert isinstance(figure, vnplan.Measurement)
    assert_type(figure._repr_html_(), str)
    assert_type(report.targets[0]._repr_html_(), str)
    assert_type(report.indicator("grain-output")._repr_html_(), str)
    assert_type(report.to_pandas(), pd.DataFrame)
    assert_type(report.to_pandas(table="claims"), pd.DataFrame)
    result = vnplan.audit(report)
    assert_type(result._repr_html_(), str)
    assert_type(result.to_pandas(), pd.DataFrame)
    assert_type(attainment_chart(report, year=2022, lang="en"), Figure)
    assert_type(growth_chart(report), Figure)
