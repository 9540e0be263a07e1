"""pandas frames: tidy figures, claims, indicators, relations and findings."""

from __future__ import annotations

import sys
from decimal import Decimal

import pandas as pd
import pytest

import vnplan
from vnplan.checks import audit


def test_figures_frame_has_one_row_per_figure_with_typed_columns(small_report):
    frame = small_report.to_pandas()
    assert list(frame.columns[:3]) == ["id", "indicator", "name_vi"]
    assert {"growth", "growth_reference", "growth_source", "location"} <= set(frame.columns)
    assert "met" not in frame.columns  # which targets were met: the scorecard table
    assert len(frame) == len(small_report.measurements) + len(small_report.targets)
    assert frame["id"].is_unique
    assert str(frame["value"].dtype) == "float64"
    assert frame["value_decimal"].dtype == object
    assert str(frame["as_of"].dtype).startswith("datetime64")
    assert str(frame["name_vi"].dtype) == "string"


def test_values_are_numeric_and_exact_and_as_printed(small_report):
    row = small_report.to_pandas().set_index("id").loc["grain-output-2022"]
    assert row["value"] == pytest.approx(282647.81)
    assert row["value_decimal"] == Decimal("282647.81")
    assert isinstance(row["value_decimal"], Decimal)
    assert row["printed"] == "282.647,81 tấn"
    assert row["unit"] == "tấn"
    assert row["name_vi"] == "Tổng sản lượng lương thực"
    assert row["name_en"] == "Grain output"
    assert row["sector"] == "agriculture"
    assert row["period"] == "2022"
    assert row["role"] == "actual"
    assert row["status"] == "estimate"
    assert row["location"] == "I > I.1 > 1 ¶1"


def test_growth_stated_or_computed(small_report):
    frame = small_report.to_pandas().set_index("id")
    grain = frame.loc["grain-output-2022"]
    assert grain["growth"] == pytest.approx(1.99)
    assert grain["growth_reference"] == "2021"
    assert grain["growth_source"] == "stated"
    poverty = frame.loc["poverty-rate-2022"]
    assert poverty["growth"] == pytest.approx((12.5 / 14 - 1) * 100)
    assert poverty["growth_source"] == "computed"
    target = frame.loc["poverty-rate-2022-plan"]
    assert target["role"] == "target"
    assert target["basis"] == "plan"
    assert target["bound"] == "at-most"
    assert pd.isna(target["growth_source"])


def test_scorecard_table_has_one_row_per_scorecard_row(small_report):
    frame = small_report.to_pandas("scorecard")
    card = vnplan.scorecard(small_report)
    assert len(frame) == len(card)
    assert frame.equals(card.to_pandas())
    assert str(frame["met"].dtype) == "boolean"
    assert str(frame["attainment"].dtype) == "float64"
    assert frame["attainment_decimal"].dtype == object
    assert [str(frame[c].dtype) for c in ("indicator", "basis", "reason")] == ["string"] * 3
    grain = frame.set_index("result").loc["grain-output-2022"]
    assert grain["attainment"] == pytest.approx(97.5)
    assert grain["attainment_decimal"] == Decimal("97.5")
    assert grain["attainment_low"] == pytest.approx(97.45)
    assert (grain["source"], grain["basis"], grain["claim_printed"]) == (
        "stated",
        "plan",
        "đạt 97,5%",
    )
    assert not grain["met"]
    poverty = frame.set_index("result").loc["poverty-rate-2022"]
    assert poverty["attainment"] == pytest.approx(12.5 / 13 * 100)
    assert (poverty["source"], poverty["bound"], poverty["target"]) == (
        "computed",
        "at-most",
        "poverty-rate-2022-plan",
    )
    assert poverty["met"]  # lower is better
    spending = frame.set_index("result").loc["local-spending-2022"]
    assert pd.isna(spending["met"])
    assert spending["reason"] == "neutral indicator with an exact target"


def test_met_filters_like_a_boolean(small_report):
    frame = small_report.to_pandas("scorecard")
    unmet = frame[frame["met"] == False]  # noqa: E712 (pandas compares element-wise)
    assert list(unmet["result"]) == ["grain-output-2022"]
    assert list(frame.loc[frame["met"].fillna(value=False), "indicator"]) == [
        "maize-output",
        "poverty-rate",
    ]


def test_claims_frame(small_report):
    frame = small_report.to_pandas(table="claims")
    assert list(frame.columns[:4]) == ["id", "kind", "subject", "indicator"]
    row = frame.set_index("id").loc["grain-output-2022-attainment"]
    assert row["kind"] == "attainment"
    assert row["ratio"] == pytest.approx(0.975)
    assert row["value_decimal"] == Decimal("97.5")
    assert row["printed"] == "97,5%"
    maize = frame.set_index("id").loc["maize-output-2022-attainment"]
    assert pd.isna(maize["subject"])
    assert maize["period"] == "2022"


def test_indicators_and_relations_frames(small_report):
    indicators = small_report.to_pandas(table="indicators")
    assert list(indicators["id"]) == [i.id for i in small_report.indicators]
    assert str(indicators["additive"].dtype) == "boolean"
    relations = vnplan.load("dien-bien-2022").to_pandas("relations")
    assert isinstance(relations.loc[0, "parts"], tuple)


def test_unknown_table_is_refused(small_report):
    with pytest.raises(ValueError, match="'table' must be one of figures, claims"):
        small_report.to_pandas(table="numbers")


def test_findings_frame():
    result = audit(vnplan.load("dien-bien-2022"))
    frame = result.to_pandas()
    assert list(frame.columns[:4]) == ["check", "severity", "message_vi", "message_en"]
    assert len(frame) == len(result)
    assert set(frame["severity"]) <= {"material", "rounding", "info"}
    first = result.findings[0]
    assert frame.loc[0, "check"] == first.check
    assert frame.loc[0, "figures"] == tuple(c.id for c in first.figures)
    with_values = frame.dropna(subset=["recomputed"])
    assert (with_values["recomputed_low"] <= with_values["recomputed_high"]).all()


def test_bundled_report_frame_covers_every_figure():
    report = vnplan.load("dien-bien-2022")
    frame = report.to_pandas()
    assert len(frame) == len(report.measurements) + len(report.targets)
    assert frame["printed"].notna().all()
    assert (frame["value"] == frame["value_decimal"].map(float)).all()
    card = report.to_pandas("scorecard")
    unmet = card[card["met"] == False]  # noqa: E712 (pandas compares element-wise)
    assert "maize-area-2022" in set(unmet["result"])
    assert card["attainment"].notna().sum() > 40


def test_missing_pandas_names_the_extra(small_report, monkeypatch):
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ImportError, match=r"vnplan\[pandas\]"):
        small_report.to_pandas()
