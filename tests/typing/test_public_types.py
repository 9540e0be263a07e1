"""Pin the types of vnplan's public model and arithmetic API.

mypy checks every ``assert_type`` here (``mypy`` runs on ``tests/typing``); pytest runs the
same functions, so the examples also work at run time.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Literal, assert_type

import vnplan
from vnplan import (
    Attainment,
    Basis,
    Claim,
    ClaimKind,
    Derived,
    Direction,
    Figure,
    Indicator,
    Interval,
    Location,
    Measure,
    Measurement,
    Period,
    Relation,
    RelationKind,
    Report,
    Role,
    Target,
    units,
)

HERE = Location(section="I > I.1 > 1 > 1.1", paragraph=1)
GRAIN = Indicator(
    id="grain-output",
    name_vi="Tổng sản lượng lương thực",
    name_en="Total grain output",
    unit="tấn",
    measure=Measure.LEVEL,
    direction=Direction.HIGHER,
    sector="agriculture",
)


def _report() -> Report:
    actual = Measurement(
        id="grain-output-2022",
        indicator=GRAIN,
        period=Period.parse("2022"),
        value=Decimal("282647.81"),
        unit="tấn",
        printed="282.647,81 tấn",
        role=Role.ACTUAL,
        location=HERE,
    )
    plan = Target(
        id="grain-output-2023-target",
        indicator=GRAIN,
        period=Period.parse("2023"),
        value=Decimal(285000),
        unit="tấn",
        printed="285.000 tấn",
        basis=Basis.PLAN,
        location=HERE,
    )
    growth = Claim(
        id="grain-output-2022-growth",
        kind=ClaimKind.GROWTH,
        subject="grain-output-2022",
        indicator=GRAIN,
        verb="tăng",
        value=Decimal("1.99"),
        unit="%",
        printed="1,99%",
        reference=Period.parse("2021"),
        location=HERE,
    )
    parts = Relation(
        id="grain-output-2022-parts",
        kind=RelationKind.SUBSET,
        total="grain-output-2022",
        parts=("grain-output-2022-growth",),
        location=HERE,
    )
    return Report(
        issuer="UBND tỉnh Điện Biên",
        number="350/BC-UBND",
        date=dt.date(2022, 12, 2),
        place="Điện Biên",
        province="Điện Biên",
        year=2022,
        plan_year=2023,
        title="Báo cáo",
        indicators=(GRAIN,),
        measurements=(actual,),
        targets=(plan,),
        claims=(growth,),
        relations=(parts,),
    )


def test_model_types() -> None:
    report = _report()
    assert_type(report.indicators, tuple[Indicator, ...])
    assert_type(report.measurements, tuple[Measurement, ...])
    assert_type(report.targets, tuple[Target, ...])
    assert_type(report.claims, tuple[Claim, ...])
    assert_type(report.relations, tuple[Relation, ...])
    assert_type(report.date, dt.date)
    assert_type(
        report.get("grain-output"), Indicator | Measurement | Target | Claim | Relation | None
    )
    assert_type(report.get("x", 0), Indicator | Measurement | Target | Claim | Relation | int)
    assert_type(report["grain-output-2022"], Indicator | Measurement | Target | Claim | Relation)
    assert_type(report.indicator("grain-output"), Indicator)
    assert_type(report.figures(indicator="grain-output", period="2022"), tuple[Figure, ...])
    assert_type(report.claims_about("grain-output-2022"), tuple[Claim, ...])
    assert_type(report.search("san luong"), tuple[Indicator, ...])
    assert_type(report.sectors, tuple[str, ...])

    actual = report.measurements[0]
    assert_type(actual.value, Decimal)
    assert_type(actual.period, Period | None)
    assert_type(actual.as_of, dt.date | None)
    assert_type(actual.interval, Interval)
    assert_type(actual.location, Location)
    plan = report.targets[0]
    assert_type(plan.role, Literal[Role.TARGET])
    assert_type(plan.basis, Basis)
    claim = report.claims[0]
    assert_type(claim.ratio, Decimal | None)
    assert_type(claim.ratio_interval, Interval | None)
    assert_type(claim.signed_value, Decimal)
    assert_type(claim.sign, Literal[1, -1])
    assert_type(claim.subject, str | None)

    period = Period.parse("2021-2025")
    assert_type(period.previous(), Period)
    assert_type(period.start, dt.date)
    assert_type(str(period), str)
    assert_type(HERE.describe("en"), str)


def test_arithmetic_types() -> None:
    report = _report()
    actual, plan = report.measurements[0], report.targets[0]
    result = vnplan.attainment(actual, plan, direction="higher", baseline=Decimal(277136))
    assert_type(result, Attainment)
    assert_type(result.ratio, Decimal | None)
    assert_type(result.met, bool)
    assert_type(result.interval, Interval | None)
    assert_type(result.progress, Decimal | None)
    assert_type(result.percent, Decimal | None)
    assert_type(vnplan.attainment(Decimal(1), (Decimal(1), "tấn")), Attainment)
    quantity = units.quantity(Decimal("19467.1"), "tỷ đồng")
    assert_type(vnplan.attainment(quantity, quantity), Attainment)
    assert_type(vnplan.growth(actual, Decimal(277136)), Derived)
    assert_type(vnplan.growth(actual, Decimal(277136)).interval, Interval)
    assert_type(vnplan.pp_change(Decimal("21.25"), Decimal("19.62")).value, Decimal)
    assert_type(vnplan.factor(Decimal(2), Decimal(1)), Derived)
    assert_type(vnplan.share(Decimal(1), Decimal(2)), Derived)
    assert_type(vnplan.change(Decimal(1), Decimal(2)), Derived)
    assert_type(vnplan.implied_reference(actual, report.claims[0]), Interval)
    assert_type(vnplan.implied_target(actual, Decimal("102.49")), Interval)

    box = Interval.from_printed(Decimal("78.0"))
    assert_type(box + 1, Interval)
    assert_type(box / box, Interval)
    assert_type(box.rounds_to(Decimal(78)), bool)
    assert_type(box.truncates_to(Decimal(78)), bool)
    assert_type(box.mid, Decimal)
    assert_type(box.low, Decimal)
