"""Tests for the model: the classes, their validation, lookups and pickling."""

from __future__ import annotations

import copy
import datetime as dt
import pickle
import re
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import vnplan
from builders import GRAIN, HERE, POVERTY, indicator
from vnplan import (
    Basis,
    Bound,
    Claim,
    ClaimKind,
    Direction,
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
    Status,
    Target,
)
from vnplan.exceptions import UnknownIndicatorError, ValidationError, VnplanError

D = Decimal

_FORMAT = (Path(__file__).resolve().parent.parent / "docs" / "data-format.md").read_text(
    encoding="utf-8"
)
#: The sectors ``docs/data-format.md`` lists, in its order.
SECTORS = tuple(re.findall(r"`([a-z-]+)`", _FORMAT.split("\nSectors: ", 1)[1].split("\n\n")[0]))
#: The verbs ``docs/data-format.md`` lists for a claim, in its order.
VERBS = tuple(
    re.findall(r"`([^`]+)`", _FORMAT.split("| `verb` |", 1)[1].split(": ", 1)[1].split(". ")[0])
)


# -- builders: small, valid objects; each test changes what it checks ------------------------


RETAIL = indicator(
    id="retail-sales",
    name_vi="Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng",
    name_en="Retail sales of goods and consumer services",
    unit="tỷ đồng",
    sector="trade",
)
SHARE = indicator(
    id="grdp-share-industry-construction",
    name_vi="Tỷ trọng công nghiệp - xây dựng trong GRDP",
    name_en="Industry and construction share of GRDP",
    unit="%",
    measure=Measure.SHARE,
    direction=Direction.NEUTRAL,
    sector="economy",
)


def measurement(**changes):
    fields = {
        "id": "grain-output-2022",
        "indicator": GRAIN,
        "period": Period.parse("2022"),
        "value": D("282647.81"),
        "unit": "tấn",
        "printed": "282.647,81 tấn",
        "role": Role.ACTUAL,
        "status": Status.ESTIMATE,
        "location": HERE,
    }
    return Measurement(**{**fields, **changes})


def target(**changes):
    fields = {
        "id": "poverty-rate-2023-target",
        "indicator": POVERTY,
        "period": Period.parse("2023"),
        "value": D("26.57"),
        "unit": "%",
        "printed": "26,57%",
        "basis": Basis.PLAN,
        "location": HERE,
    }
    return Target(**{**fields, **changes})


def claim(**changes):
    fields = {
        "id": "grain-output-2022-growth",
        "kind": ClaimKind.GROWTH,
        "subject": "grain-output-2022",
        "indicator": GRAIN,
        "verb": "tăng",
        "value": D("1.99"),
        "unit": "%",
        "printed": "1,99%",
        "reference": Period.parse("2021"),
        "location": HERE,
    }
    return Claim(**{**fields, **changes})


def test_a_claim_is_worded_with_its_verb_once():
    assert claim().worded == "tăng 1,99%"
    assert claim(printed="tăng 1,99%").worded == "tăng 1,99%"  # the verb printed with it
    assert claim(kind=ClaimKind.SHARE, verb=None, reference=None).worded == "1,99%"
    assert "'tăng 1,99%'" in repr(claim())


def relation(**changes):
    fields = {
        "id": "grain-output-2022-parts",
        "kind": RelationKind.SUM,
        "total": "grain-output-2022",
        "parts": ("rice-output-2022", "maize-output-2022"),
        "location": HERE,
    }
    return Relation(**{**fields, **changes})


RICE = indicator(id="rice-output", name_vi="Sản lượng lúa", name_en="Rice output")
MAIZE = indicator(id="maize-output", name_vi="Sản lượng ngô", name_en="Maize output")


def report(**changes):
    grain = measurement()
    rice = measurement(id="rice-output-2022", indicator=RICE, value=D("1"), printed="1 tấn")
    maize = measurement(id="maize-output-2022", indicator=MAIZE, value=D("2"), printed="2 tấn")
    poverty = measurement(
        id="poverty-rate-2022",
        indicator=POVERTY,
        value=D("30.58"),
        unit="%",
        printed="30,58%",
        status=Status.PROVISIONAL,
    )
    fields = {
        "issuer": "UBND tỉnh Điện Biên",
        "number": "350/BC-UBND",
        "date": dt.date(2022, 12, 2),
        "place": "Điện Biên",
        "province": "Điện Biên",
        "year": 2022,
        "plan_year": 2023,
        "title": "Tình hình thực hiện Kế hoạch phát triển kinh tế - xã hội năm 2022",
        "indicators": (GRAIN, RICE, MAIZE, POVERTY, RETAIL, SHARE),
        "measurements": (grain, rice, maize, poverty),
        "targets": (target(),),
        "claims": (
            claim(),
            claim(
                id="grain-output-2022-attainment",
                kind=ClaimKind.ATTAINMENT,
                verb="đạt",
                value=D("102.49"),
                printed="102,49 %",
                reference=None,
                basis=Basis.PLAN,
            ),
        ),
        "relations": (relation(),),
    }
    return Report(**{**fields, **changes})


# -- Period ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text", ["2022", "2021-2025", "2022-10", "2022-01/2022-10", "2021-11/2022-02"]
)
def test_period_text_round_trips(text):
    assert str(Period.parse(text)) == text


@pytest.mark.parametrize(
    "text",
    [
        "",
        "22",
        "2022 ",
        "2022-2021",
        "2022-2022",
        "2022-13",
        "2022-00",
        "2022-1",
        "2022-10/2022-09",
        "2022-10/2022-10",
        "２０２２",
        "2022/2023",
        "năm 2022",
    ],
)
def test_period_parse_rejects_bad_text(text):
    with pytest.raises(ValidationError, match="'period' must be a year") as info:
        Period.parse(text)
    assert info.value.got == text


def test_period_parse_rejects_non_text():
    with pytest.raises(ValidationError):
        Period.parse(2022)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"start_year": 999}, "start_year"),
        ({"start_year": 10000}, "start_year"),
        ({"start_year": True}, "start_year"),
        ({"start_year": "2022"}, "start_year"),
        ({"start_year": 2022, "start_month": 0}, "start_month"),
        ({"start_year": 2022, "start_month": 13}, "start_month"),
        ({"start_year": 2022, "end_month": 3}, "end_month"),
        ({"start_year": 2022, "end_year": 2021}, "end_year"),
        ({"start_year": 2022, "start_month": 5, "end_month": 4}, "end_year"),
    ],
)
def test_period_constructor_rejects_bad_fields(fields, field):
    with pytest.raises(ValidationError) as info:
        Period(**fields)
    assert info.value.field == field


def test_period_kinds_and_dates():
    year, span, month, months = map(
        Period.parse, ["2024", "2021-2025", "2024-02", "2022-01/2022-10"]
    )
    assert (year.is_year, year.is_plan_period, year.is_month) == (True, True, False)
    assert (span.is_year, span.is_plan_period, span.is_month) == (False, True, False)
    assert (month.is_year, month.is_plan_period, month.is_month) == (False, False, True)
    assert (months.is_year, months.is_plan_period, months.is_month) == (False, False, False)
    assert (year.start, year.end) == (dt.date(2024, 1, 1), dt.date(2024, 12, 31))
    assert (month.start, month.end) == (dt.date(2024, 2, 1), dt.date(2024, 2, 29))
    assert (span.start, span.end) == (dt.date(2021, 1, 1), dt.date(2025, 12, 31))
    assert (months.start, months.end) == (dt.date(2022, 1, 1), dt.date(2022, 10, 31))


def test_period_previous_is_the_same_length_a_year_earlier():
    assert str(Period.parse("2022").previous()) == "2021"
    assert str(Period.parse("2022-01/2022-10").previous()) == "2021-01/2021-10"
    assert str(Period.parse("2021-2025").previous()) == "2020-2024"
    assert str(Period.parse("2022-10").shifted(2)) == "2024-10"
    with pytest.raises(ValidationError):
        Period.parse("1000").previous()


def test_period_contains_dates_and_periods():
    year = Period.parse("2022")
    assert year.contains(dt.date(2022, 12, 31))
    assert not year.contains(dt.date(2023, 1, 1))
    assert year.contains(Period.parse("2022-01/2022-10"))
    assert not year.contains(Period.parse("2021-2025"))


def test_periods_order_by_start_then_end():
    texts = ["2023", "2022-10", "2021-2025", "2022", "2022-01/2022-10", "2022-01"]
    ordered = [str(p) for p in sorted(map(Period.parse, texts))]
    assert ordered == ["2021-2025", "2022-01", "2022-01/2022-10", "2022", "2022-10", "2023"]
    assert Period.parse("2022") <= Period.parse("2022")
    assert Period.parse("2023") > Period.parse("2022")
    assert Period.parse("2023") >= Period.parse("2022-12")
    assert Period.parse("2022").__lt__(2022) is NotImplemented
    assert Period.parse("2022").__le__(2022) is NotImplemented
    assert Period.parse("2022").__gt__(2022) is NotImplemented
    assert Period.parse("2022").__ge__(2022) is NotImplemented


def test_period_repr_and_equality():
    assert repr(Period.parse("2022-10")) == "Period('2022-10')"
    assert Period.parse("2022") == Period(start_year=2022)
    assert Period.parse("2022") != Period.parse("2022-01/2022-12")
    assert len({Period.parse("2022"), Period(start_year=2022, end_year=2022)}) == 1


periods = st.builds(
    lambda start, length, months: (
        Period(start_year=start, end_year=start + length)
        if months is None
        else Period(
            start_year=start,
            start_month=months[0],
            end_year=start + length,
            end_month=months[1] if length else max(months),
        )
    ),
    st.integers(1000, 9000),
    st.integers(0, 10),
    st.none() | st.tuples(st.integers(1, 12), st.integers(1, 12)),
)


@given(periods)
def test_any_period_round_trips_through_text(period):
    assert Period.parse(str(period)) == period
    assert period.start <= period.end


# -- Location --------------------------------------------------------------------------------


def test_location_text_in_both_languages():
    note = Location(section="I > I.1 > 2 > 2.1", footnote=8)
    assert str(HERE) == "I > I.1 > 1 > 1.1 ¶1"
    assert str(note) == "I > I.1 > 2 > 2.1 footnote 8"
    assert HERE.describe() == "mục I > I.1 > 1 > 1.1, đoạn 1"
    assert note.describe("vi") == "mục I > I.1 > 2 > 2.1, chú thích 8"
    assert HERE.describe("en") == "section I > I.1 > 1 > 1.1, paragraph 1"
    assert note.describe("en") == "section I > I.1 > 2 > 2.1, footnote 8"
    assert HERE.parts == ("I", "I.1", "1", "1.1")
    assert repr(HERE) == "Location('I > I.1 > 1 > 1.1 ¶1')"
    with pytest.raises(ValidationError, match="'language'"):
        HERE.describe("fr")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"section": "", "paragraph": 1}, "section"),
        ({"section": " I", "paragraph": 1}, "section"),
        ({"section": "I>I.1", "paragraph": 1}, "section"),
        ({"section": "I >  > 1", "paragraph": 1}, "section"),
        ({"section": 1, "paragraph": 1}, "section"),
        ({"section": "I"}, "paragraph"),
        ({"section": "I", "paragraph": 0}, "paragraph"),
        ({"section": "I", "paragraph": True}, "paragraph"),
        ({"section": "I", "paragraph": "1"}, "paragraph"),
        ({"section": "I", "paragraph": 1, "footnote": 2}, "footnote"),
        ({"section": "I", "footnote": -1}, "footnote"),
    ],
)
def test_location_rejects_bad_fields(fields, field):
    with pytest.raises(ValidationError) as info:
        Location(**fields)
    assert info.value.field == field


# -- Indicator -------------------------------------------------------------------------------


def test_indicator_defaults_and_repr():
    assert GRAIN.additive is True
    assert POVERTY.additive is False
    assert indicator(additive=False).additive is False
    assert GRAIN.code is None
    assert repr(GRAIN) == "<Indicator grain-output: Tổng sản lượng lương thực [tấn]>"


@pytest.mark.parametrize(
    ("changes", "field", "expected"),
    [
        ({"id": "Grain"}, "id", "lower-case ASCII words"),
        ({"id": "grain--output"}, "id", "lower-case ASCII words"),
        ({"id": "sản-lượng"}, "id", "lower-case ASCII words"),
        ({"id": None}, "id", "a str"),
        ({"name_vi": None}, "name_vi", "a str"),
        ({"name_en": "  "}, "name_en", "non-empty"),
        ({"unit": "nghìn ngựa"}, "unit", "a unit vnplan knows"),
        ({"measure": "level"}, "measure", r"a Measure \('level'"),
        ({"direction": "lower"}, "direction", "a Direction"),
        ({"sector": "agri"}, "sector", "one of the sectors of docs/data-format.md"),
        ({"additive": 1}, "additive", "true or false"),
        ({"code": ""}, "code", "None or a non-empty text"),
    ],
)
def test_indicator_rejects_bad_fields(changes, field, expected):
    with pytest.raises(ValidationError, match=expected) as info:
        indicator(**changes)
    assert info.value.field == field
    assert info.value.got == changes[field]


def test_every_sector_of_the_data_format_is_accepted_and_no_other():
    assert len(SECTORS) == 32
    for sector in SECTORS:
        assert indicator(sector=sector).sector == sector
    with pytest.raises(ValidationError) as info:
        indicator(sector="economics")
    assert info.value.expected == "one of the sectors of docs/data-format.md"


def test_missing_argument_is_a_type_error():
    with pytest.raises(TypeError, match="name_vi"):
        Indicator(id="x", name_en="x", unit="tấn", measure=Measure.LEVEL)  # type: ignore[call-arg]


# -- Measurement and Target ------------------------------------------------------------------


def test_measurement_interval_quantity_and_repr():
    grain = measurement()
    assert grain.interval == Interval(D("282647.805"), D("282647.815"))
    assert measurement(value=D("78.0"), printed="78,0 tấn").interval == Interval(
        D("77.95"), D("78.05")
    )
    assert grain.quantity.magnitude == D("282647.81")
    assert str(grain.quantity.units) != ""
    assert grain.bound is Bound.EXACT
    assert repr(grain) == (
        "<Measurement grain-output-2022: Tổng sản lượng lương thực 2022 = '282.647,81 tấn'>"
    )
    stock = measurement(period=None, as_of=dt.date(2022, 12, 31), role=Role.STOCK)
    assert "to 2022-12-31" in repr(stock)
    both = measurement(as_of=dt.date(2022, 12, 2), role=Role.CUMULATIVE)
    assert "2022 (to 2022-12-02)" in repr(both)


def test_measurement_unit_may_differ_in_scale_but_not_in_dimension():
    assert measurement(unit="nghìn tấn", printed="282,65 nghìn tấn").unit == "nghìn tấn"
    with pytest.raises(
        ValidationError, match="dimension of indicator 'grain-output' \\('tấn'\\)"
    ) as info:
        measurement(unit="ha", printed="282.647,81 ha")
    assert (info.value.field, info.value.got) == ("unit", "ha")
    with pytest.raises(ValidationError, match="a unit vnplan knows"):
        measurement(unit="nghìn ngựa")


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"id": "Grain 2022"}, "id"),
        ({"indicator": "grain-output"}, "indicator"),
        ({"period": "2022"}, "period"),
        ({"period": None}, "period"),
        ({"period": None, "as_of": dt.datetime(2022, 12, 31, tzinfo=dt.UTC)}, "as_of"),
        ({"value": 282647.81}, "value"),
        ({"value": 282647}, "value"),
        ({"value": D("NaN")}, "value"),
        ({"value": D("Infinity")}, "value"),
        ({"unit": ""}, "unit"),
        ({"printed": ""}, "printed"),
        ({"role": Role.TARGET}, "role"),
        ({"role": "actual"}, "role"),
        ({"status": Status.PLANNED}, "status"),
        ({"bound": "about"}, "bound"),
        ({"location": "I > I.1"}, "location"),
        ({"note": ""}, "note"),
    ],
)
def test_measurement_rejects_bad_fields(changes, field):
    with pytest.raises(ValidationError) as info:
        measurement(**changes)
    assert info.value.field == field


def test_target_accepts_plan_periods_and_as_of_dates():
    plan = target()
    assert plan.role is Role.TARGET
    assert plan.status is Status.PLANNED
    assert plan.bound is Bound.EXACT
    assert plan.interval == Interval(D("26.565"), D("26.575"))
    assert plan.quantity.magnitude == D("26.57")
    assert target(period=Period.parse("2021-2025")).period == Period.parse("2021-2025")
    assert target(period=None, as_of=dt.date(2025, 12, 31)).as_of == dt.date(2025, 12, 31)
    assert repr(plan) == "<Target poverty-rate-2023-target: Tỷ lệ hộ nghèo 2023 = '26,57%' (plan)>"


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"period": Period.parse("2022-12")}, "period"),
        ({"period": Period.parse("2022-01/2022-10")}, "period"),
        ({"period": None}, "period"),
        ({"basis": "plan"}, "basis"),
        ({"bound": None}, "bound"),
        ({"status": "planned"}, "status"),
        ({"unit": "tấn"}, "unit"),
        ({"value": 26.57}, "value"),
        ({"id": ""}, "id"),
    ],
)
def test_target_rejects_bad_fields(changes, field):
    with pytest.raises(ValidationError) as info:
        target(**changes)
    assert info.value.field == field


# -- Claim -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "verb", "value", "unit", "ratio"),
    [
        (ClaimKind.ATTAINMENT, "đạt", "102.49", "%", "1.0249"),
        (ClaimKind.ATTAINMENT, "vượt", "8.15", "%", "1.0815"),
        (ClaimKind.ATTAINMENT, "bằng", "98", "%", "0.98"),
        (ClaimKind.GROWTH, "tăng", "1.99", "%", "1.0199"),
        (ClaimKind.GROWTH, "giảm", "4.32", "%", "0.9568"),
        (ClaimKind.GROWTH, "thấp hơn", "5", "%", "0.95"),
        (ClaimKind.GROWTH, "bằng", "95", "%", "0.95"),
        (ClaimKind.FACTOR, "gấp", "2.21", "lần", "2.21"),
        (ClaimKind.FACTOR, "tăng", "2.35", "lần", "2.35"),
        (ClaimKind.SHARE, "chiếm", "21.25", "%", "0.2125"),
        (ClaimKind.SHARE, None, "48.035", "%", "0.48035"),
    ],
)
def test_claim_ratio_follows_the_verb(kind, verb, value, unit, ratio):
    stated = claim(
        kind=kind,
        verb=verb,
        value=D(value),
        unit=unit,
        printed=f"{value} {unit}",
        reference=Period.parse("2021") if kind in {ClaimKind.GROWTH, ClaimKind.FACTOR} else None,
        basis=Basis.PLAN if kind is ClaimKind.ATTAINMENT else None,
    )
    assert stated.ratio == D(ratio)
    box = stated.ratio_interval
    assert box is not None
    assert box.contains(D(ratio))


def test_claim_sign_and_signed_value():
    fall = claim(verb="giảm", value=D("0.67"), printed="0,67%")
    assert fall.sign == -1
    assert fall.signed_value == D("-0.67")
    assert fall.signed_interval == Interval(D("-0.675"), D("-0.665"))
    assert fall.interval == Interval(D("0.665"), D("0.675"))
    rise = claim()
    assert (rise.sign, rise.signed_value) == (1, D("1.99"))
    assert rise.signed_interval == rise.interval
    assert claim(verb="thấp hơn").sign == -1


def test_the_verbs_of_the_data_format_are_the_verbs_a_claim_takes():
    assert VERBS == ("tăng", "giảm", "đạt", "vượt", "chiếm", "gấp", "bằng", "cao hơn", "thấp hơn")
    with pytest.raises(ValidationError) as info:
        claim(verb="lên")
    assert info.value.expected == "one of " + ", ".join(map(repr, VERBS))


def test_claim_changes_have_no_ratio():
    area = indicator(id="rice-area", name_vi="Diện tích lúa", name_en="Rice area", unit="ha")
    shrink = claim(
        kind=ClaimKind.CHANGE,
        indicator=area,
        subject=None,
        period=Period.parse("2022"),
        verb="giảm",
        value=D("140.15"),
        unit="ha",
        printed="140,15 ha",
    )
    assert shrink.ratio is None
    assert shrink.ratio_interval is None
    assert shrink.signed_value == D("-140.15")
    pp = claim(kind=ClaimKind.PP_CHANGE, indicator=SHARE, value=D("1.63"), printed="1,63%")
    assert pp.ratio is None
    assert claim(kind=ClaimKind.PP_CHANGE, indicator=SHARE, unit="điểm %").unit == "điểm %"


def test_fraction_claim_ratio():
    fraction = claim(
        kind=ClaimKind.FRACTION,
        verb=None,
        reference=None,
        value=D("9421"),
        denominator=D("8350"),
        unit="người",
        printed="9.421/8.350 người",
    )
    assert fraction.ratio == D("1.128263473053892215568862275")
    box = fraction.ratio_interval
    assert box is not None
    assert box.low < fraction.ratio < box.high
    assert box == Interval(D("9420.5"), D("9421.5")) / Interval(D("8349.5"), D("8350.5"))


def test_claim_repr_is_short():
    assert repr(claim()) == (
        "<Claim grain-output-2022-growth: Tổng sản lượng lương thực growth 'tăng 1,99%' vs 2021>"
    )
    attained = claim(kind=ClaimKind.ATTAINMENT, verb="đạt", reference=None, basis=Basis.PLAN)
    assert repr(attained).endswith("attainment 'đạt 1,99%' vs plan>")
    share = claim(
        kind=ClaimKind.SHARE,
        verb=None,
        reference=None,
        subject=None,
        period=Period.parse("2023"),
        against="total",
    )
    assert repr(share).endswith("2023 share '1,99%' vs total>")


@pytest.mark.parametrize(
    ("changes", "field", "expected"),
    [
        ({"verb": None}, "verb", "one of 'tăng', 'giảm'"),
        ({"verb": "chiếm"}, "verb", "for a 'growth' claim"),
        ({"verb": "tăng lên"}, "verb", "one of 'tăng'"),
        ({"reference": None}, "reference", "a period compared against"),
        ({"kind": ClaimKind.SHARE, "verb": "chiếm"}, "reference", "None for a 'share'"),
        ({"subject": None}, "period", "a period when the claim has no subject"),
        ({"kind": ClaimKind.ATTAINMENT, "verb": "đạt", "reference": None}, "basis", "who set"),
        ({"kind": ClaimKind.FRACTION, "verb": None, "reference": None}, "denominator", "positive"),
        (
            {"kind": ClaimKind.FRACTION, "verb": None, "reference": None, "denominator": D(0)},
            "denominator",
            "positive",
        ),
        ({"denominator": D(5)}, "denominator", "None for a 'growth'"),
        ({"unit": "lần"}, "unit", "a percent unit"),
        ({"unit": "nghìn ngựa"}, "unit", "a percent unit"),
        ({"kind": ClaimKind.FACTOR, "verb": "gấp"}, "unit", "a factor unit"),
        ({"kind": ClaimKind.PP_CHANGE, "indicator": SHARE, "unit": "lần"}, "unit", "percentage"),
        (
            {"kind": ClaimKind.PP_CHANGE, "subject": None, "period": Period.parse("2022")},
            "kind",
            "a pp-change only on a rate or a share",
        ),
        (
            {"kind": ClaimKind.CHANGE, "unit": "ha"},
            "unit",
            r"dimension of indicator 'grain-output' \('tấn'\)",
        ),
        ({"kind": "growth"}, "kind", "a ClaimKind"),
        ({"value": 1.99}, "value", "a Decimal"),
        ({"value": D("sNaN")}, "value", "finite"),
        ({"printed": " 1,99%"}, "printed", "without surrounding spaces"),
        ({"against": ""}, "against", "None or a non-empty"),
        ({"basis": "plan"}, "basis", "a Basis"),
        ({"indicator": None}, "indicator", "an? Indicator"),
    ],
)
def test_claim_rejects_bad_fields(changes, field, expected):
    with pytest.raises(ValidationError, match=expected) as info:
        claim(**changes)
    assert info.value.field == field


def test_claim_against_may_stand_for_reference():
    growth = claim(reference=None, against="grain-output-2021")
    assert growth.against == "grain-output-2021"


# -- Relation --------------------------------------------------------------------------------


def test_relation_fields_and_repr():
    breakdown = relation()
    assert breakdown.parts == ("rice-output-2022", "maize-output-2022")
    assert (
        repr(breakdown) == "<Relation grain-output-2022-parts: sum of 2 parts = grain-output-2022>"
    )
    structure = relation(kind=RelationKind.STRUCTURE, total=None)
    assert repr(structure) == "<Relation grain-output-2022-parts: structure of 2 parts>"


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"parts": ()}, "parts"),
        ({"parts": ["a", "b"]}, "parts"),
        ({"parts": ("a", 1)}, "parts"),
        ({"parts": ("a", "a")}, "parts"),
        ({"parts": ("a", "grain-output-2022")}, "parts"),
        ({"total": None}, "total"),
        ({"kind": RelationKind.SUBSET, "total": None}, "total"),
        ({"kind": "sum"}, "kind"),
        ({"id": "parts 2022"}, "id"),
    ],
)
def test_relation_rejects_bad_fields(changes, field):
    with pytest.raises(ValidationError) as info:
        relation(**changes)
    assert info.value.field == field


# -- Report ----------------------------------------------------------------------------------


def test_report_repr_is_short():
    assert repr(report()) == (
        "<Report 350/BC-UBND of 2022-12-02: 6 indicators, 4 measurements, 1 targets, "
        "2 claims, 1 relations>"
    )
    assert report().language == "vi"


def test_report_get_never_raises():
    whole = report()
    assert whole.get("grain-output-2022") is whole.measurements[0]
    assert whole.get("grain-output") is GRAIN
    assert whole.get("grain-output-2022-parts") is whole.relations[0]
    assert whole.get("nothing") is None
    assert whole.get("nothing", "fallback") == "fallback"
    assert whole.get(["unhashable"]) is None  # type: ignore[arg-type]
    assert "grain-output" in whole
    assert "grain-output-2022-growth" in whole
    assert "nothing" not in whole
    assert 5 not in whole


def test_report_getitem_suggests_near_matches():
    whole = report()
    assert whole["grain-output-2022-growth"] is whole.claims[0]
    with pytest.raises(UnknownIndicatorError) as info:
        whole["grain-outptu-2022"]
    error = info.value
    assert isinstance(error, LookupError)
    assert isinstance(error, VnplanError)
    assert error.key == "grain-outptu-2022"
    assert error.suggestions[0] == "grain-output-2022"
    assert "did you mean 'grain-output-2022'" in str(error)


def test_report_indicator_lookup():
    whole = report()
    assert whole.indicator("poverty-rate") is POVERTY
    with pytest.raises(UnknownIndicatorError, match="did you mean 'poverty-rate'"):
        whole.indicator("poverty-rates")
    with pytest.raises(UnknownIndicatorError):
        whole.indicator("grain-output-2022")  # a figure, not an indicator


def test_report_figures_by_indicator_period_role_sector_status():
    whole = report()
    grain = whole["grain-output-2022"]
    assert whole.figures(indicator="grain-output") == (grain,)
    assert whole.figures(indicator=GRAIN, period="2022", role=Role.ACTUAL) == (grain,)
    assert whole.figures(period=Period.parse("2023")) == whole.targets
    assert whole.figures(role="target") == whole.targets
    assert [f.id for f in whole.figures(sector="poverty")] == [
        "poverty-rate-2022",
        "poverty-rate-2023-target",
    ]
    assert [f.id for f in whole.figures(status="provisional")] == ["poverty-rate-2022"]
    assert len(whole.figures()) == 5
    assert whole.figures(period="2021") == ()
    with pytest.raises(ValidationError, match="'role'"):
        whole.figures(role="plan")
    with pytest.raises(ValidationError, match="'period'"):
        whole.figures(period="năm 2022")


def test_report_claims_about_and_sectors():
    whole = report()
    grain = whole["grain-output-2022"]
    assert [c.id for c in whole.claims_about(grain)] == [
        "grain-output-2022-growth",
        "grain-output-2022-attainment",
    ]
    assert whole.claims_about("grain-output-2022") == whole.claims
    assert whole.claims_about("poverty-rate-2022") == ()
    assert whole.sectors == ("agriculture", "poverty", "trade", "economy")
    assert whole.indicators_in("agriculture") == (GRAIN, RICE, MAIZE)


def test_report_figures_take_a_year_as_an_int():
    """Issue 14: figures(period=2023) was an empty tuple."""
    whole = report()
    assert whole.figures(period=2023) == whole.figures(period="2023") == whole.targets
    assert whole.figures(period=2023) != ()


@pytest.mark.parametrize(
    "name",
    [
        "agriculture",
        "Nông nghiệp, thủy sản",
        "nong nghiep, thuy san",
        "NÔNG NGHIỆP, THỦY SẢN",
        "Agriculture and fisheries",
    ],
)
def test_report_filters_take_a_sector_by_id_or_name_with_or_without_diacritics(name):
    """Issue 14: figures(sector="Nông nghiệp, thủy sản") was an empty tuple."""
    whole = report()
    assert whole.figures(sector=name) == whole.figures(sector="agriculture") != ()
    assert whole.indicators_in(name) == (GRAIN, RICE, MAIZE)


@pytest.mark.parametrize(
    ("kwargs", "error", "match"),
    [
        ({"sector": "mining"}, ValidationError, "'sector' must be a sector's id or its"),
        ({"sector": 3}, ValidationError, "'sector'"),
        ({"period": 2023.0}, ValidationError, r"'period' must be .* a year \(2022\)"),
        ({"period": True}, ValidationError, "'period'"),
        ({"period": 23}, ValidationError, "'period' must be a year of four digits"),
        ({"indicator": "grain-outptu"}, UnknownIndicatorError, "did you mean 'grain-output'"),
        ({"indicator": 5}, ValidationError, "'indicator'"),
    ],
)
def test_report_figures_raise_for_what_they_cannot_match(kwargs, error, match):
    """A filter that can match nothing is an error, as on the command line, not ()."""
    with pytest.raises(error, match=match):
        report().figures(**kwargs)


def test_report_indicators_in_and_claims_about_raise_for_unknown_keys():
    whole = report()
    with pytest.raises(ValidationError, match="'sector'"):
        whole.indicators_in("mining")
    with pytest.raises(UnknownIndicatorError, match="did you mean 'grain-output-2022'"):
        whole.claims_about("grain-output-2202")
    with pytest.raises(UnknownIndicatorError):
        whole.claims_about("grain-output")  # an indicator: claims are about figures


@pytest.mark.parametrize(
    ("query", "first"),
    [
        ("san luong luong thuc", "grain-output"),
        ("Sản lượng lương thực", "grain-output"),
        ("SAN LUONG LUONG THUC", "grain-output"),
        ("ho ngheo", "poverty-rate"),
        ("tỷ lệ  hộ   nghèo", "poverty-rate"),
        ("poverty", "poverty-rate"),
        ("ban le", "retail-sales"),
        ("do thi", None),
        ("dich vu tieu dung ban le", "retail-sales"),
    ],
)
def test_report_search_ignores_diacritics_and_case(query, first):
    found = report().search(query)
    if first is None:
        assert found == ()
    else:
        assert found[0].id == first


def test_report_search_ranks_whole_phrases_first():
    found = report().search("san luong")
    assert [i.id for i in found] == ["rice-output", "maize-output", "grain-output"]
    assert report().search("grain")[0].id == "grain-output"
    assert report().search("output grain")[0].id == "grain-output"
    with pytest.raises(ValidationError, match="'text'"):
        report().search("  ")


def test_search_ignores_diacritics_case_and_spacing():
    road = indicator(id="road-length", name_vi="Đường giao thông nông thôn", name_en="Rural roads")
    found = report(indicators=(*report().indicators, road))
    assert found.search("DUONG  giao") == (road,)
    assert found.search("đường") == (road,)
    assert [i.id for i in found.search("TONG   SAN luong luong THỰC")] == ["grain-output"]


def test_report_equality_hashing_pickling_and_copying():
    first, second = report(), report()
    assert first == second
    assert hash(first) == hash(second)
    assert first != report(number="351/BC-UBND")
    restored = pickle.loads(pickle.dumps(first))  # noqa: S301 (our own object)
    assert restored == first
    assert hash(restored) == hash(first)
    assert restored["grain-output-2022"] == first["grain-output-2022"]
    assert restored.search("lua")[0].id == "rice-output"
    assert copy.deepcopy(first) == first
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        first.number = "1"  # type: ignore[misc]


@pytest.mark.parametrize(
    "thing",
    [GRAIN, HERE, Period.parse("2022-01/2022-10"), measurement(), target(), claim(), relation()],
)
def test_every_class_pickles_and_hashes(thing):
    restored = pickle.loads(pickle.dumps(thing))  # noqa: S301 (our own object)
    assert restored == thing
    assert hash(restored) == hash(thing)
    assert attrs.evolve(thing) == thing


def test_report_rejects_duplicate_ids():
    whole = report()
    with pytest.raises(ValidationError, match="indicators with unique ids") as info:
        report(indicators=(*whole.indicators, GRAIN))
    assert info.value.got == "grain-output"
    clash = claim(id="grain-output-2022")
    with pytest.raises(ValidationError, match="unique among figures, claims and relations") as info:
        report(claims=(clash,))
    assert info.value.field == "claims"


def test_tuple_fields_say_what_they_expected():
    """A tuple field's error words the member type, or the tuple, it expected."""
    with pytest.raises(ValidationError, match="must be a tuple") as info:
        report(indicators=[GRAIN])
    assert info.value.field == "indicators"
    with pytest.raises(ValidationError, match="must be a Indicator") as info:
        report(indicators=(GRAIN, "rice-output"))
    assert info.value.got == "rice-output"
    with pytest.raises(ValidationError, match="must be a str") as info:
        relation(parts=("rice-output-2022", 2))
    assert info.value.field == "parts"


def test_report_allows_an_indicator_and_a_figure_to_share_an_id():
    figure = measurement(id="grain-output")
    whole = report(measurements=(figure,), claims=(), relations=())
    assert whole["grain-output"] is figure
    assert whole.indicator("grain-output") is GRAIN


@pytest.mark.parametrize(
    ("changes", "field", "got"),
    [
        ({"indicators": (RICE, MAIZE, POVERTY, RETAIL, SHARE)}, "measurements", "grain-output"),
        ({"claims": (claim(subject="grain-output-2020"),)}, "subject", "grain-output-2020"),
        ({"claims": (claim(against="nowhere"),)}, "against", "nowhere"),
        (
            {"claims": (claim(subject="grain-output-2022-parts"),)},
            "subject",
            "grain-output-2022-parts",
        ),
        ({"claims": (claim(indicator=RICE),)}, "indicator", "rice-output"),
        ({"relations": (relation(total="nothing"),)}, "total", "nothing"),
        ({"relations": (relation(parts=("rice-output-2022", "x")),)}, "parts", "x"),
        ({"year": 2024}, "plan_year", 2023),
        ({"date": dt.datetime(2022, 12, 2, tzinfo=dt.UTC)}, "date", None),
        ({"indicators": [GRAIN]}, "indicators", None),
        ({"claims": ("grain-output-2022-growth",)}, "claims", None),
        ({"year": 22}, "year", 22),
        ({"number": ""}, "number", ""),
    ],
)
def test_report_rejects_broken_references_and_fields(changes, field, got):
    with pytest.raises(ValidationError) as info:
        report(**changes)
    assert info.value.field == field
    if got is not None:
        assert info.value.got == got


def test_pp_change_on_a_level_needs_a_percentage_claim_as_subject():
    growth_of_growth = claim(
        id="grain-output-2022-growth-vs-plan",
        kind=ClaimKind.PP_CHANGE,
        subject="grain-output-2022-growth",
        verb="tăng",
        value=D("0.19"),
        printed="0,19 %",
        reference=Period.parse("2022"),
        basis=Basis.PLAN,
    )
    whole = report(claims=(*report().claims, growth_of_growth))
    assert whole["grain-output-2022-growth-vs-plan"] == growth_of_growth
    on_a_figure = attrs.evolve(growth_of_growth, subject="grain-output-2022")
    with pytest.raises(ValidationError, match="a rate, a share or a percentage claim") as info:
        report(claims=(*report().claims, on_a_figure))
    assert info.value.field == "subject"


def test_report_rejects_a_cycle_of_claims():
    first = claim(id="first", subject="second", kind=ClaimKind.PP_CHANGE, indicator=SHARE)
    second = claim(id="second", subject="first", kind=ClaimKind.PP_CHANGE, indicator=SHARE)
    with pytest.raises(ValidationError, match="without a cycle"):
        report(claims=(first, second))


def test_relation_total_may_be_a_claim():
    parts = relation(total="grain-output-2022-growth")
    assert report(relations=(parts,)).relations == (parts,)


def test_validation_errors_are_value_errors_and_vnplan_errors():
    with pytest.raises(ValueError, match="'id' must be lower-case"):
        indicator(id="X")
    with pytest.raises(VnplanError) as info:
        indicator(id="X")
    assert isinstance(info.value, ValidationError)


def test_model_import_does_not_load_pint():
    code = "import sys, vnplan; assert 'pint' not in sys.modules, 'pint loaded'"
    subprocess.run([sys.executable, "-c", code], check=True)


def test_public_names():
    for name in ["Indicator", "Measurement", "Target", "Claim", "Relation", "Report", "Period"]:
        assert name in vnplan.__all__
        cls = getattr(vnplan, name)
        assert attrs.has(cls)
        assert cls.__doc__


_ANY_VALUE = st.one_of(
    st.none(),
    st.text(alphabet=" \t\na-z0-9-_ĐđàẠ", max_size=8),
    st.integers(),
    st.booleans(),
    st.lists(st.text(max_size=2), max_size=2),
)
_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*\Z")


def _refusal(make, value):
    """``None`` when ``make(value)`` builds, else the error's (field, expected)."""
    try:
        make(value)
    except ValidationError as error:
        return (error.field, error.expected)
    return None


@given(_ANY_VALUE)
def test_a_text_field_takes_a_non_empty_text_without_surrounding_spaces(value):
    trimmed = isinstance(value, str) and bool(value) and value == value.strip()
    expected = None
    if not isinstance(value, str):
        expected = ("printed", "a str")
    elif not trimmed:
        expected = ("printed", "a non-empty text without surrounding spaces")
    assert _refusal(lambda v: measurement(printed=v), value) == expected


@given(_ANY_VALUE)
def test_an_optional_text_field_takes_none_too(value):
    trimmed = isinstance(value, str) and bool(value) and value == value.strip()
    expected = None
    if value is not None and not isinstance(value, str):
        expected = ("note", "a str")
    elif value is not None and not trimmed:
        expected = ("note", "None or a non-empty text without surrounding spaces")
    assert _refusal(lambda v: measurement(note=v), value) == expected


@given(_ANY_VALUE)
def test_an_id_is_lower_case_words_joined_by_hyphens(value):
    expected = None
    if not isinstance(value, str):
        expected = ("id", "a str")
    elif not _ID.match(value):
        expected = ("id", "lower-case ASCII words joined by '-'")
    assert _refusal(lambda v: measurement(id=v), value) == expected


@given(st.sampled_from([*Role, *Status, *SECTORS, "actual", "x"]))
def test_a_measurement_takes_every_role_but_target_and_every_status_but_planned(value):
    role = _refusal(lambda v: measurement(role=v), value)
    status = _refusal(lambda v: measurement(status=v), value)
    assert (role is None) == (isinstance(value, Role) and value is not Role.TARGET)
    assert (status is None) == (isinstance(value, Status) and value is not Status.PLANNED)
