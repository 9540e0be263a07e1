"""Shared test configuration: hypothesis profiles, and a small report.

Profiles:
    dev: the default on a developer's machine; a moderate number of examples.
    ci: the default when the environment variable ``CI`` is set; fewer examples and no
        deadline, so that a shared, noisy machine never fails a test for being slow.

Choose one explicitly with ``HYPOTHESIS_PROFILE=dev`` or ``--hypothesis-profile=ci``.
"""

from __future__ import annotations

import datetime as dt
import os
from typing import TYPE_CHECKING

import pytest
from hypothesis import HealthCheck, settings

if TYPE_CHECKING:
    from vnplan import Report

settings.register_profile(
    "dev",
    max_examples=100,
    deadline=None,
)
settings.register_profile(
    "ci",
    max_examples=50,
    deadline=None,
    derandomize=True,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "dev"))


# -- a small report for the display, pandas and chart tests ----------------------------------


@pytest.fixture(scope="session")
def small_report() -> Report:
    """A report with one indicator of each direction, and a name that needs escaping.

    - grain output (higher is better): 2022 stated as *đạt 97,5% kế hoạch* (not met) and
      *tăng 1,99%* on 2021;
    - poverty rate (lower is better): 12,5% in 2022 against a plan of *dưới 13%* (met,
      computed), and 14,0% in 2021 (a fall, computed: for the better);
    - local spending (neutral): 1.100 tỷ đồng against a budget of 1.000 (neither way);
    - maize output: *đạt 101%* stated with no printed value;
    - an indicator named with HTML in it, in the economy sector.
    """
    from decimal import Decimal as D  # noqa: N817, PLC0415

    from vnplan import (  # noqa: PLC0415
        Basis,
        Bound,
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

    here = Location(section="I > I.1 > 1", paragraph=1)
    year, last = Period.parse("2022"), Period.parse("2021")

    def indicator(id_, names, unit, direction, sector, measure=Measure.LEVEL):  # noqa: PLR0917
        return Indicator(
            id=id_,
            name_vi=names[0],
            name_en=names[1],
            unit=unit,
            measure=measure,
            direction=direction,
            sector=sector,
        )

    grain = indicator(
        "grain-output",
        ("Tổng sản lượng lương thực", "Grain output"),
        "tấn",
        Direction.HIGHER,
        "agriculture",
    )
    maize = indicator(
        "maize-output", ("Sản lượng ngô", "Maize output"), "tấn", Direction.HIGHER, "agriculture"
    )
    poverty = indicator(
        "poverty-rate",
        ("Tỷ lệ hộ nghèo", "Poverty rate"),
        "%",
        Direction.LOWER,
        "poverty",
        Measure.RATE,
    )
    spending = indicator(
        "local-spending",
        ("Tổng chi ngân sách địa phương", "Local budget expenditure"),
        "tỷ đồng",
        Direction.NEUTRAL,
        "budget",
    )
    odd = indicator(
        "odd-name",
        ("<script>alert('x')</script> & “chỉ tiêu”", "<b>bold</b> & co"),
        "tỷ đồng",
        Direction.HIGHER,
        "economy",
    )

    def figure(id_, ind, printed, value, unit, period=year):  # noqa: PLR0917
        role = Role.ACTUAL if period == year else Role.REFERENCE
        return Measurement(
            id=id_,
            indicator=ind,
            period=period,
            value=D(value),
            unit=unit,
            printed=printed,
            role=role,
            status=Status.ESTIMATE if role is Role.ACTUAL else Status.REPORTED,
            location=here,
        )

    measurements = (
        figure("grain-output-2022", grain, "282.647,81 tấn", "282647.81", "tấn"),
        figure("poverty-rate-2022", poverty, "12,5%", "12.5", "%"),
        figure("poverty-rate-2021", poverty, "14,0%", "14.0", "%", last),
        figure("local-spending-2022", spending, "1.100 tỷ đồng", "1100", "tỷ đồng"),
        figure("odd-name-2022", odd, '5 tỷ đồng <i>"x"</i>', "5", "tỷ đồng"),
    )
    targets = (
        Target(
            id="poverty-rate-2022-plan",
            indicator=poverty,
            period=year,
            value=D(13),
            unit="%",
            printed="dưới 13%",
            basis=Basis.PLAN,
            bound=Bound.AT_MOST,
            location=here,
        ),
        Target(
            id="local-spending-2022-budget",
            indicator=spending,
            period=year,
            value=D(1000),
            unit="tỷ đồng",
            printed="1.000 tỷ đồng",
            basis=Basis.PROVINCIAL_BUDGET,
            location=here,
        ),
    )
    stated = {"unit": "%", "location": here}
    claims = (
        Claim(
            id="grain-output-2022-attainment",
            kind=ClaimKind.ATTAINMENT,
            subject="grain-output-2022",
            indicator=grain,
            verb="đạt",
            value=D("97.5"),
            printed="97,5%",
            basis=Basis.PLAN,
            **stated,
        ),
        Claim(
            id="grain-output-2022-growth",
            kind=ClaimKind.GROWTH,
            subject="grain-output-2022",
            indicator=grain,
            verb="tăng",
            value=D("1.99"),
            printed="1,99%",
            reference=last,
            **stated,
        ),
        Claim(
            id="maize-output-2022-attainment",
            kind=ClaimKind.ATTAINMENT,
            indicator=maize,
            period=year,
            verb="đạt",
            value=D(101),
            printed="101%",
            basis=Basis.PLAN,
            **stated,
        ),
    )
    return Report(
        issuer="UBND tỉnh Điện Biên",
        number="350/BC-UBND",
        date=dt.date(2022, 12, 2),
        place="Điện Biên",
        province="Điện Biên",
        year=2022,
        plan_year=2023,
        title="Tình hình thực hiện Kế hoạch năm 2022",
        indicators=(grain, maize, poverty, spending, odd),
        measurements=measurements,
        targets=targets,
        claims=claims,
    )
