"""An interim result (dated before the end of its target's period) is not judged as final."""

from __future__ import annotations

import contextlib
import datetime as dt
import io
from decimal import Decimal

import pytest

import vnplan
from vnplan import (
    Basis,
    Claim,
    ClaimKind,
    Direction,
    Indicator,
    Location,
    Measure,
    Measurement,
    Period,
    Report,
    Role,
    Status,
    Target,
)
from vnplan.cli import main

_HERE = Location(section="I > I.2", paragraph=3)
_YEAR = Period.parse("2022")


def _indicator(id_: str, name: str) -> Indicator:
    return Indicator(
        id=id_,
        name_vi=name,
        name_en=id_,
        unit="triệu đồng",
        measure=Measure.LEVEL,
        direction=Direction.HIGHER,
        sector="investment",
    )


_DISBURSED = _indicator("disbursement", "Giải ngân vốn đầu tư công")
_RETAIL = _indicator("retail-sales", "Tổng mức bán lẻ hàng hóa")
_PLAN = Target(
    id="disbursement-2022-plan",
    indicator=_DISBURSED,
    period=_YEAR,
    value=Decimal(1000),
    unit="triệu đồng",
    printed="1.000 triệu đồng",
    basis=Basis.PLAN,
    location=_HERE,
)
_RETAIL_PLAN = Target(
    id="retail-sales-2022-plan",
    indicator=_RETAIL,
    period=_YEAR,
    value=Decimal(500),
    unit="triệu đồng",
    printed="500 triệu đồng",
    basis=Basis.PLAN,
    location=_HERE,
)


def _figure(
    id_: str,
    indicator: Indicator,
    value: str,
    *,
    as_of: dt.date | None = None,
    period: Period | None = None,
    status: Status = Status.REPORTED,
) -> Measurement:
    return Measurement(
        id=id_,
        indicator=indicator,
        period=period,
        as_of=as_of,
        value=Decimal(value),
        unit="triệu đồng",
        printed=f"{value} triệu đồng",
        role=Role.CUMULATIVE if as_of is not None else Role.ACTUAL,
        status=status,
        location=_HERE,
    )


def _attainment(id_: str, subject: Measurement, target: Target | None, percent: str) -> Claim:
    return Claim(
        id=id_,
        kind=ClaimKind.ATTAINMENT,
        subject=subject.id,
        against=None if target is None else target.id,
        indicator=subject.indicator,
        verb="đạt",
        value=Decimal(percent),
        printed=f"{percent}%",
        unit="%",
        basis=Basis.PLAN,
        location=_HERE,
    )


@pytest.fixture(scope="module")
def report() -> Report:
    """Disbursement at 30/11/2022 (against the printed plan), at 2/12/2022 and 31/01/2023
    (against a plan not printed); retail sales of ten months and of the year (an estimate).

    Every statement is under 100% of its plan, so a verdict, where there is one, is "not met".
    """
    november = _figure("disbursement-2022-11", _DISBURSED, "800", as_of=dt.date(2022, 11, 30))
    december = _figure("disbursement-2022-12", _DISBURSED, "850", as_of=dt.date(2022, 12, 2))
    january = _figure(
        "disbursement-2023-01",
        _DISBURSED,
        "950",
        as_of=dt.date(2023, 1, 31),
        status=Status.ESTIMATE,
    )
    ten_months = _figure(
        "retail-sales-10-months", _RETAIL, "400", period=Period.parse("2022-01/2022-10")
    )
    whole_year = _figure("retail-sales-2022", _RETAIL, "490", period=_YEAR, status=Status.ESTIMATE)
    return Report(
        issuer="UBND tỉnh Điện Biên",
        number="350/BC-UBND",
        date=dt.date(2022, 12, 2),
        place="Điện Biên",
        province="Điện Biên",
        year=2022,
        plan_year=2023,
        title="Tình hình thực hiện Kế hoạch năm 2022",
        indicators=(_DISBURSED, _RETAIL),
        measurements=(november, december, january, ten_months, whole_year),
        targets=(_PLAN, _RETAIL_PLAN),
        claims=(
            _attainment("disbursement-2022-11-attainment", november, _PLAN, "80"),
            _attainment("disbursement-2022-12-attainment", december, None, "85"),
            _attainment("disbursement-2023-01-attainment", january, None, "95"),
            _attainment("retail-sales-10-months-attainment", ten_months, _RETAIL_PLAN, "80"),
            _attainment("retail-sales-2022-attainment", whole_year, None, "98"),
        ),
    )


def _row_of(card: vnplan.Scorecard, figure: str) -> vnplan.ScorecardRow:
    (row,) = card.rows_of(figure)
    return row


def test_a_result_dated_before_the_end_of_the_plan_year_is_interim(report):
    row = _row_of(vnplan.scorecard(report), "disbursement-2022-11")
    assert row.met is None
    assert row.reason == "interim result (at 2022-11-30), before the end of 2022"
    assert row.percent == Decimal(80)  # the attainment is still given


def test_a_total_of_part_of_the_year_against_a_year_s_target_is_interim(report):
    row = _row_of(vnplan.scorecard(report), "retail-sales-10-months")
    assert row.met is None
    assert row.reason == "interim result (2022-01/2022-10), before the end of 2022"


def test_the_report_s_estimate_for_the_whole_year_is_judged(report):
    row = _row_of(vnplan.scorecard(report), "retail-sales-2022")
    assert row.result is not None
    assert row.result.status is Status.ESTIMATE
    assert row.target == _RETAIL_PLAN
    assert (row.met, row.reason) == (False, None)


def test_a_plan_not_printed_is_taken_for_the_year_the_result_tells_of(report):
    """No target: 2/12/2022 tells of 2022 (interim), 31/01/2023 of 2022 too (final)."""
    card = vnplan.scorecard(report)
    december = _row_of(card, "disbursement-2022-12")
    assert (december.target, december.met) == (None, None)
    assert december.reason == "interim result (at 2022-12-02), before the end of 2022"
    january = _row_of(card, "disbursement-2023-01")
    assert (january.target, january.met, january.reason) == (None, False, None)


def test_the_year_scorecard_of_a_collection_keeps_the_interim_verdict(report):
    card = vnplan.Collection(reports=(report,)).scorecard(2022)
    verdicts = {row.result.id: row.met for row in card if row.result is not None}
    assert verdicts == {
        "disbursement-2022-11": None,
        "disbursement-2022-12": None,
        "disbursement-2023-01": False,
        "retail-sales-10-months": None,
        "retail-sales-2022": False,
    }


def test_an_interim_disbursement_across_reports_is_not_judged():
    """The 2023 plan set in the 2022 report: disbursement at 31/8/2023 is not a verdict."""
    card = vnplan.load_many(["dien-bien-2022", "dien-bien-2023"]).scorecard(2023)
    (row,) = [r for r in card if r.as_of == dt.date(2023, 8, 31)]
    assert row.printed == "đạt 37,40%"
    assert (row.met, row.reason) == (None, "interim result (at 2023-08-31), before the end of 2023")


def test_the_cli_words_the_interim_reason_in_each_language():
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(["scorecard", "dien-bien-2022"]) == 0
    assert "– kết quả giữa kỳ (đến 31/10/2022), chưa hết kỳ kế hoạch 2022" in out.getvalue()
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(["scorecard", "dien-bien-2022", "--lang", "en"]) == 0
    assert "– interim result (at 2022-10-31), before the end of 2022" in out.getvalue()
