"""The scorecard: one row per target and basis, judged by the kernel; every view agrees."""

from __future__ import annotations

import contextlib
import csv
import io
import json
import re
from collections import Counter
from decimal import Decimal

import pytest
from matplotlib.colors import to_hex

import vnplan
from vnplan import Basis, Period
from vnplan.cli import main
from vnplan.plot import attainment_chart


def _row(card: vnplan.Scorecard, figure: str) -> vnplan.ScorecardRow:
    (row,) = card.rows_of(figure)
    return row


def test_a_scorecard_is_a_sequence_of_typed_rows(small_report):
    card = vnplan.scorecard(small_report)
    assert isinstance(card, vnplan.Scorecard)
    rows = list(card)
    assert len(rows) == len(card) > 0
    assert all(isinstance(row, vnplan.ScorecardRow) for row in rows)
    assert vnplan.scorecard(small_report) is card  # cached
    with pytest.raises(AttributeError):
        rows[0].met = True  # type: ignore[misc]  # rows are frozen


def test_stated_attainment_is_judged_on_what_it_states(small_report):
    row = _row(vnplan.scorecard(small_report), "grain-output-2022")
    assert row.source == "stated"
    assert row.claim is not None
    assert row.printed == "đạt 97,5%"
    assert row.percent == Decimal("97.5")
    assert row.attainment is not None
    assert row.attainment.percent_interval == vnplan.Interval(Decimal("97.45"), Decimal("97.55"))
    assert (row.met, row.reason, row.basis) == (False, None, Basis.PLAN)


def test_lower_is_better_is_met_at_or_below_the_target(small_report):
    """12,5% against *dưới 13%*: computed by the kernel, and met, because less is better."""
    row = _row(vnplan.scorecard(small_report), "poverty-rate-2022")
    assert row.source == "computed"
    assert row.target is not None
    assert row.target.id == "poverty-rate-2022-plan"
    assert row.attainment == vnplan.attainment(row.result, row.target)
    assert row.met is True
    assert round(row.percent, 4) == Decimal("96.1538")


def test_neutral_indicator_against_an_exact_budget_says_why_it_is_not_judged(small_report):
    row = _row(vnplan.scorecard(small_report), "local-spending-2022")
    assert row.percent == Decimal(110)
    assert row.met is None
    assert row.reason == "neutral indicator with an exact target"


def test_attainment_stated_without_a_printed_value_is_a_row(small_report):
    maize = [r for r in vnplan.scorecard(small_report) if r.indicator.id == "maize-output"]
    assert len(maize) == 1
    assert maize[0].result is None
    assert maize[0].target is None
    assert maize[0].met is True
    assert maize[0].period == Period.parse("2022")


def test_growth_stated_and_computed_with_direction(small_report):
    card = vnplan.scorecard(small_report)
    grain = card.growth_of("grain-output-2022")
    assert grain is not None
    assert (grain.source, grain.percent, grain.better) == ("stated", Decimal("1.99"), True)
    assert grain.vs_previous_year
    poverty = card.growth_of("poverty-rate-2022")
    assert poverty is not None
    assert poverty.source == "computed"
    assert poverty.percent < 0
    assert poverty.better is True  # a fall of a lower-is-better rate
    assert poverty.previous is not None
    assert poverty.previous.id == "poverty-rate-2021"


def test_rows_follow_the_order_of_indicators(small_report):
    order = [i.id for i in small_report.indicators]
    seen = [r.indicator.id for r in vnplan.scorecard(small_report)]
    assert seen == sorted(seen, key=order.index)


# -- the bundled report -------------------------------------------------------------------


@pytest.fixture(scope="module")
def bundled() -> vnplan.Report:
    return vnplan.load("dien-bien-2022")


def test_every_target_has_a_row_and_every_stated_attainment_too(bundled):
    card = vnplan.scorecard(bundled)
    targets = Counter(row.target.id for row in card if row.target is not None)
    assert set(targets) == {target.id for target in bundled.targets}
    stated = {row.claim.id for row in card if row.claim is not None}
    attainments = [c for c in bundled.claims if c.kind is vnplan.ClaimKind.ATTAINMENT]
    assert stated == {claim.id for claim in attainments}


def test_a_target_with_several_bases_has_a_row_per_basis(bundled):
    card = vnplan.scorecard(bundled)
    disbursed = [r for r in card if r.indicator.id == "public-investment-disbursement"]
    assert [(r.basis, r.percent, r.met) for r in disbursed] == [
        (Basis.PRIME_MINISTER, Decimal("99.2"), False),
        (Basis.PLAN, Decimal("79.98"), False),
    ]
    revenue = card.rows_of("budget-revenue-in-province-2022")
    assert {r.basis for r in revenue} == {Basis.PROVINCIAL_BUDGET, Basis.CENTRAL_BUDGET}


def test_manufacturing_is_judged_on_its_stated_share_of_plan(bundled):
    card = vnplan.scorecard(bundled)
    (row,) = [r for r in card if r.indicator.id == "manufacturing-production-value"]
    assert (row.result, row.target, row.printed) == (None, None, "đạt 85,73%")
    assert row.met is False
    assert row.attainment == vnplan.stated_attainment(row.claim)


def test_next_year_s_targets_have_no_result_in_this_report(bundled):
    card = vnplan.scorecard(bundled)
    plan_2023 = [r for r in card if r.period == Period.parse("2023")]
    assert plan_2023
    assert {(r.met, r.reason, r.result, r.attainment) for r in plan_2023} == {
        (None, "no result in this report", None, None)
    }
    assert all(r.target_report is bundled and r.result_report is None for r in plan_2023)


def test_every_undecided_row_says_why(bundled):
    card = vnplan.scorecard(bundled)
    assert all((row.met is None) == (row.reason is not None) for row in card)
    assert card.counts() == {
        "met": sum(r.met is True for r in card),
        "not_met": sum(r.met is False for r in card),
        "undecided": sum(r.met is None for r in card),
    }


def test_a_row_as_plain_json(bundled):
    row = _row(vnplan.scorecard(bundled), "grain-output-2022")
    data = json.loads(json.dumps(row.to_dict(), ensure_ascii=False))
    assert data["indicator"] == "grain-output"
    assert data["basis"] == "plan"
    assert data["percent"] == "102.49"
    assert data["met"] is True
    assert data["reason"] is None


# -- every view gives the scorecard's counts ----------------------------------------------


def _counts_of(verdicts) -> tuple[int, int]:
    found = Counter(verdicts)
    return found[True], found[False]


def test_every_view_counts_what_the_scorecard_counts(bundled):
    """Scorecard, pandas, HTML, the chart's bars, the CLI and a collection agree."""
    card = vnplan.scorecard(bundled)
    expected = (card.counts()["met"], card.counts()["not_met"])
    assert expected == (48, 14)

    frame = bundled.to_pandas("scorecard")
    assert len(frame) == len(card)
    assert _counts_of(frame["met"].dropna()) == expected

    html = bundled._repr_html_()
    summary = re.search(r"against plan: (.*?)</div>", html)
    assert summary is not None
    text = re.sub(r"<[^>]+>", "", summary.group(1))
    assert text == f"✓ {expected[0]} đạt · ✗ {expected[1]} chưa đạt"

    bars = Counter(to_hex(p.get_facecolor()) for p in attainment_chart(bundled).axes[0].patches)
    assert (bars["#2da44e"], bars["#cf222e"]) == expected

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(["scorecard", "dien-bien-2022", "--format", "json"]) == 0
    rows = json.loads(out.getvalue())["rows"]
    assert _counts_of(row["met"] for row in rows) == expected
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(["scorecard", "dien-bien-2022", "--lang", "en"]) == 0
    assert f"{expected[0]} met · {expected[1]} not met" in out.getvalue()
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(["scorecard", "dien-bien-2022", "--format", "csv"]) == 0
    table = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert _counts_of({"True": True, "False": False}.get(row["met"]) for row in table) == expected

    collected = vnplan.Collection(reports=(bundled,)).scorecard()
    assert (collected.counts()["met"], collected.counts()["not_met"]) == expected
