"""The scale-slips check holds a yearly flow of money against its sector's largest total."""

from __future__ import annotations

import datetime as dt

import pytest

import vnplan
from builders import report
from vnplan import (
    Basis,
    Direction,
    Indicator,
    Location,
    Measure,
    Measurement,
    Period,
    Relation,
    RelationKind,
    Report,
    Role,
    Severity,
    Target,
    parse_printed,
)
from vnplan.checks import audit


def money(ident: str, sector: str = "budget") -> Indicator:
    """A level of money in tỷ đồng, higher is better, in ``sector``."""
    return Indicator(
        id=ident,
        name_vi=f"Chỉ tiêu {ident}",
        name_en=f"Indicator {ident}",
        unit="tỷ đồng",
        measure=Measure.LEVEL,
        direction=Direction.HIGHER,
        sector=sector,
    )


REVENUE = money("local-budget-revenue")
IN_PROVINCE = money("budget-revenue-in-province")
LAND_USE = money("land-use-revenue")


def figure(
    ident: str,
    indicator: Indicator,
    printed: str,
    period: str | None = "2022",
    *,
    role: Role = Role.ACTUAL,
    as_of: dt.date | None = None,
) -> Measurement:
    reading = parse_printed(printed)
    return Measurement(
        id=ident,
        indicator=indicator,
        period=None if period is None else Period.parse(period),
        as_of=as_of,
        value=reading.value,
        unit=reading.unit,
        printed=printed,
        role=role,
        bound=reading.bound,
        location=Location(section="I > 4 > 4.2", paragraph=1),
    )


def budget(*others: Measurement | Target) -> Report:
    """The local budget revenue of 2022 and its part collected in the province, with others."""
    return report(
        figure("revenue", REVENUE, "12.334 tỷ đồng"),
        figure("in-province", IN_PROVINCE, "1.559 tỷ đồng"),
        Relation(
            id="revenue-parts",
            kind=RelationKind.SUBSET,
            total="revenue",
            parts=("in-province",),
            location=Location(section="I > 4 > 4.2", paragraph=1),
        ),
        *others,
    )


def test_a_flow_printed_in_ty_instead_of_trieu_is_found_against_its_sectors_total() -> None:
    result = audit(budget(figure("land-use", LAND_USE, "71.691 tỷ đồng")))
    (finding,) = result.findings
    # implausible, not impossible: a lead for the reader
    assert (finding.check, finding.severity) == ("scale-slips", Severity.INFO)
    assert [cited.id for cited in finding.figures] == ["land-use", "revenue"]
    assert "«71.691 triệu đồng»" in finding.message_vi
    assert "71,691 million VND" in finding.message_en
    assert finding.recomputed is not None
    assert finding.recomputed.value == parse_printed("71,691").value


def test_a_plan_printed_in_the_wrong_scale_is_found_too() -> None:
    reading = parse_printed("71.691 tỷ đồng")
    flagged = Target(
        id="land-use-plan",
        indicator=LAND_USE,
        period=Period.parse("2022"),
        value=reading.value,
        unit=reading.unit,
        printed="71.691 tỷ đồng",
        basis=Basis.PLAN,
        location=Location(section="I > 4 > 4.2", paragraph=2),
    )
    (finding,) = audit(budget(flagged)).findings
    assert finding.figures[0].id == "land-use-plan"


def test_a_qualified_flow_says_it_cannot_be_checked_exactly() -> None:
    (finding,) = audit(budget(figure("land-use", LAND_USE, "khoảng 71.691 tỷ đồng"))).findings
    assert (finding.check, finding.severity) == ("scale-slips", Severity.INFO)
    assert "cannot be checked exactly" in finding.message_en


def test_a_stock_larger_than_the_total_is_not_flagged() -> None:
    stock = figure(
        "deposits", LAND_USE, "71.691 tỷ đồng", None, role=Role.STOCK, as_of=dt.date(2022, 12, 31)
    )
    assert not audit(budget(stock)).findings


@pytest.mark.parametrize(
    ("period", "role", "sector"),
    [
        ("2021-2025", Role.ACTUAL, "budget"),  # several years
        ("2022", Role.CUMULATIVE, "budget"),  # a running total
        ("2022", Role.REFERENCE, "budget"),  # a past value printed for comparison
        ("2023", Role.ACTUAL, "budget"),  # another year
        ("2022", Role.ACTUAL, "investment"),  # another sector
    ],
)
def test_a_large_figure_outside_the_totals_scope_is_not_flagged(
    period: str, role: Role, sector: str
) -> None:
    other = figure("big", money("big", sector), "71.691 tỷ đồng", period, role=role)
    assert not audit(budget(other)).findings


def test_an_aggregate_within_twice_the_total_is_not_flagged() -> None:
    spending = figure("expenditure", money("local-budget-expenditure"), "24.600 tỷ đồng")
    assert not audit(budget(spending)).findings


def test_a_flow_too_big_even_a_scale_down_is_not_called_a_slip() -> None:
    huge = figure("huge", LAND_USE, "71.691.000 tỷ đồng")
    assert not audit(budget(huge)).findings


def test_the_bundled_reports_land_use_revenue_is_found_on_its_own() -> None:
    result = audit(vnplan.load("dien-bien-2022"))
    (finding,) = [f for f in result if f.figures[0].id == "land-use-revenue-2022-fn15"]
    assert (finding.check, finding.severity) == ("scale-slips", Severity.INFO)
    assert [cited.id for cited in finding.figures] == [
        "land-use-revenue-2022-fn15",
        "local-budget-revenue-2022",
    ]
    assert "«71.691 triệu đồng»" in finding.message_vi


def test_a_flow_under_a_larger_scale_word_than_the_total_is_not_flagged() -> None:
    """A report writes "1.010,00 triệu USD" beside totals in nghìn USD for a larger amount."""
    exports = Indicator(
        id="exports",
        name_vi="Kim ngạch xuất khẩu",
        name_en="Exports",
        unit="nghìn USD",
        measure=Measure.LEVEL,
        direction=Direction.HIGHER,
        sector="external-trade",
    )
    parts = [
        figure("exports-total", exports, "1.500,00 nghìn USD"),
        figure("exports-part", exports, "400,00 nghìn USD"),
    ]
    imports = figure(
        "imports", money_in("imports", "triệu USD", "external-trade"), "1.010,00 triệu USD"
    )
    breakdown = Relation(
        id="exports-parts",
        kind=RelationKind.SUBSET,
        total="exports-total",
        parts=("exports-part",),
        location=Location(section="I > 4 > 4.2", paragraph=1),
    )
    assert not [
        f for f in audit(report(*parts, breakdown, imports)).findings if f.check == "scale-slips"
    ]


def money_in(ident: str, unit: str, sector: str) -> Indicator:
    """A level of money in ``unit``, higher is better, in ``sector``."""
    return Indicator(
        id=ident,
        name_vi=f"Chỉ tiêu {ident}",
        name_en=f"Indicator {ident}",
        unit=unit,
        measure=Measure.LEVEL,
        direction=Direction.HIGHER,
        sector=sector,
    )
