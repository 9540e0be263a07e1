"""The audit: each check on small hand-made reports, severities, selection, the JSON contract."""

from __future__ import annotations

import json
from decimal import ROUND_HALF_UP, Decimal

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import vnplan
from builders import report
from vnplan import (
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
    Relation,
    RelationKind,
    Report,
    Role,
    Severity,
    Target,
    parse_printed,
)
from vnplan.checks import CHECKS, AuditResult, Check, Finding, audit, checks
from vnplan.exceptions import UnknownCheckError, ValidationError, VnplanError

# -- building small reports --------------------------------------------------------------------

_INDICATORS: dict[str, Indicator] = {}


def ind(
    ident: str,
    unit: str,
    measure: Measure = Measure.LEVEL,
    direction: Direction = Direction.HIGHER,
) -> Indicator:
    """An indicator, made once per id."""
    if ident not in _INDICATORS:
        _INDICATORS[ident] = Indicator(
            id=ident,
            name_vi=f"Chỉ tiêu {ident}",
            name_en=f"Indicator {ident}",
            unit=unit,
            measure=measure,
            direction=direction,
            sector="economy",
        )
    return _INDICATORS[ident]


def at(section: str = "I > 4 > 4.2", paragraph: int = 1, footnote: int | None = None) -> Location:
    if footnote is not None:
        return Location(section=section, footnote=footnote)
    return Location(section=section, paragraph=paragraph)


def fig(
    ident: str,
    indicator: Indicator,
    printed: str,
    period: str = "2022",
    *,
    role: Role = Role.ACTUAL,
    where: Location | None = None,
    unit: str | None = None,
) -> Measurement:
    reading = parse_printed(printed)
    return Measurement(
        id=ident,
        indicator=indicator,
        period=Period.parse(period),
        value=reading.value,
        unit=unit or reading.unit,
        printed=printed,
        role=role,
        bound=reading.bound,
        location=where or at(),
    )


def plan(
    ident: str,
    indicator: Indicator,
    printed: str,
    period: str = "2022",
    *,
    basis: Basis = Basis.PLAN,
    where: Location | None = None,
) -> Target:
    reading = parse_printed(printed)
    return Target(
        id=ident,
        indicator=indicator,
        period=Period.parse(period),
        value=reading.value,
        unit=reading.unit,
        printed=printed,
        basis=basis,
        bound=reading.bound,
        location=where or at(),
    )


def said(
    ident: str,
    kind: ClaimKind,
    subject: Measurement | Target | Claim | None,
    printed: str,
    verb: str | None = None,
    *,
    reference: str | None = None,
    basis: Basis | None = None,
    against: str | None = None,
    indicator: Indicator | None = None,
    period: str | None = None,
    where: Location | None = None,
) -> Claim:
    reading = parse_printed(printed)
    assert subject is not None or indicator is not None
    return Claim(
        id=ident,
        kind=kind,
        subject=None if subject is None else subject.id,
        indicator=indicator or subject.indicator,  # type: ignore[union-attr]
        period=Period.parse(period) if period else None,
        verb=verb,
        value=reading.value,
        unit=reading.unit,
        printed=printed,
        reference=Period.parse(reference) if reference else None,
        basis=basis,
        against=against,
        denominator=reading.denominator,
        location=where or (subject.location if subject is not None else at()),
    )


def rel(ident: str, kind: RelationKind, total: str | None, *parts: str) -> Relation:
    return Relation(id=ident, kind=kind, total=total, parts=parts, location=at())


def only(result: AuditResult, check: str | None = None) -> Finding:
    found = [f for f in result if check is None or f.check == check]
    assert len(found) == 1, [f.message_en for f in result]
    return found[0]


MONEY = ind("money", "tỷ đồng")
SPEND = ind("spend", "tỷ đồng")
PART_A = ind("part-a", "tỷ đồng")
PART_B = ind("part-b", "tỷ đồng")
PEOPLE = ind("people", "người", Measure.COUNT)
PEOPLE_A = ind("people-a", "người", Measure.COUNT)
PEOPLE_B = ind("people-b", "người", Measure.COUNT)
TONNES = ind("tonnes", "tấn")
SHARE_A = ind("share-a", "%", Measure.SHARE, Direction.NEUTRAL)
SHARE_B = ind("share-b", "%", Measure.SHARE, Direction.NEUTRAL)
RATE = ind("rate", "%", Measure.RATE)
POOR = ind("poor", "%", Measure.RATE, Direction.LOWER)


def sum_report(
    total: str, first: str, second: str, kind: RelationKind = RelationKind.SUM
) -> Report:
    return report(
        fig("total", MONEY, total),
        fig("a", PART_A, first),
        fig("b", PART_B, second),
        rel("total-parts", kind, "total", "a", "b"),
    )


def count_report(total: str) -> Report:
    return report(
        fig("total", PEOPLE, total),
        fig("a", PEOPLE_A, "17 người"),
        fig("b", PEOPLE_B, "1.596 người"),
        rel("total-parts", RelationKind.SUM, "total", "a", "b"),
    )


# -- no false alarms: figures rounded from consistent true values never give a finding ----------


def _printed(value: Decimal, places: int) -> str:
    rounded = value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    return vnplan.format_number(rounded)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.integers(1, 10**8), min_size=2, max_size=6),
    st.integers(0, 3),
)
def test_rounded_parts_of_a_true_sum_never_give_a_finding(parts: list[int], places: int) -> None:
    values = [Decimal(p).scaleb(-4) for p in parts]
    total = sum(values, Decimal(0))
    indicators = [ind(f"prop-part-{i}", "tỷ đồng") for i in range(len(values))]
    figures = [
        fig(f"p{i}", indicator, f"{_printed(v, places)} tỷ đồng")
        for i, (indicator, v) in enumerate(zip(indicators, values, strict=True))
    ]
    data = report(
        fig("total", MONEY, f"{_printed(total, places)} tỷ đồng"),
        *figures,
        rel("parts", RelationKind.SUM, "total", *(f.id for f in figures)),
    )
    assert not list(audit(data))


@settings(max_examples=60, deadline=None)
@given(st.integers(10**4, 10**9), st.integers(-5000, 20000), st.integers(0, 2), st.integers(1, 3))
def test_rounded_values_of_a_true_growth_never_give_a_finding(
    base: int, basis_points: int, places: int, growth_places: int
) -> None:
    then = Decimal(base).scaleb(-3)
    rate = Decimal(basis_points).scaleb(-2)  # percent
    now = then * (1 + rate / 100)
    verb = "giảm" if rate < 0 else "tăng"
    current = fig("now", TONNES, f"{_printed(now, places)} tấn")
    previous = fig("then", TONNES, f"{_printed(then, places)} tấn", "2021", role=Role.REFERENCE)
    claim = said(
        "g",
        ClaimKind.GROWTH,
        current,
        f"{_printed(abs(rate), growth_places)}%",
        verb,
        reference="2021",
    )
    assert not list(audit(report(current, previous, claim)))


@settings(max_examples=60, deadline=None)
@given(st.integers(1, 10**7), st.integers(1, 10**7), st.integers(0, 2), st.integers(1, 3))
def test_a_rounded_share_of_true_values_never_gives_a_finding(
    part: int, rest: int, places: int, share_places: int
) -> None:
    piece = Decimal(part).scaleb(-3)
    whole = piece + Decimal(rest).scaleb(-3)
    percent = piece / whole * 100
    total = fig("total", MONEY, f"{_printed(whole, places)} tỷ đồng")
    share = fig("part", PART_A, f"{_printed(piece, places)} tỷ đồng")
    claim = said(
        "s", ClaimKind.SHARE, share, f"{_printed(percent, share_places)}%", "chiếm", against="total"
    )
    assert not list(audit(report(total, share, claim)))


# -- the registry --------------------------------------------------------------------------------


def test_the_nine_checks_of_the_issue_run_in_order() -> None:
    assert [check.name for check in checks()] == [
        "sums",
        "shares",
        "growth",
        "attainment",
        "fractions",
        "percentage-points",
        "contradictions",
        "scale-slips",
        "plan-coherence",
    ]
    assert list(CHECKS) == [check.name for check in checks()]


@pytest.mark.parametrize("check", checks(), ids=lambda c: c.name)
def test_each_check_documents_what_when_and_severity(check: type[Check]) -> None:
    doc = check.__doc__ or ""
    assert check.summary()
    assert "**What it checks.**" in doc
    assert "**When it fires.**" in doc
    assert "**Severity.**" in doc


# -- sums ----------------------------------------------------------------------------------------


def test_sums_fires_on_parts_that_do_not_add_up() -> None:
    finding = only(audit(sum_report("1.200 tỷ đồng", "1.000 tỷ đồng", "250 tỷ đồng")))
    assert finding.check == "sums"
    assert finding.severity is Severity.MATERIAL
    assert "(1.250 tỷ đồng) khác tổng số (1.200 tỷ đồng) ở mục I > 4 > 4.2" in finding.message_vi
    assert "1,250 billion VND" in finding.message_en
    assert [c.id for c in finding.figures] == ["total", "a", "b"]
    assert finding.recomputed is not None
    assert finding.recomputed.value == Decimal(1250)


def test_sums_is_silent_at_the_edge_of_rounding() -> None:
    # 100,4 + 200,4 may be as much as 300,9; the total 300,9 may be as little as 300,85.
    assert not list(audit(sum_report("300,9 tỷ đồng", "100,4 tỷ đồng", "200,4 tỷ đồng")))


def test_sums_just_past_rounding_is_a_rounding_finding_when_cut_off_reconciles() -> None:
    finding = only(audit(sum_report("301,0 tỷ đồng", "100,4 tỷ đồng", "200,4 tỷ đồng")))
    assert finding.severity is Severity.ROUNDING
    assert "cut off" in finding.message_en


def test_sums_converts_scale_words() -> None:
    assert not list(audit(sum_report("1 tỷ đồng", "250 triệu đồng", "0,75 tỷ đồng")))


def test_sums_of_counts_are_exact_and_one_off_is_rounding() -> None:
    assert not list(audit(count_report("1.613 người")))
    finding = only(audit(count_report("1.614 người")))
    assert finding.severity is Severity.ROUNDING
    assert "one unit off" in finding.message_en
    assert only(audit(count_report("1.615 người"))).severity is Severity.MATERIAL


def test_a_subset_may_fall_short_but_never_exceed_its_total() -> None:
    assert not list(
        audit(sum_report("11.705 tỷ đồng", "8.143 tỷ đồng", "2.805 tỷ đồng", RelationKind.SUBSET))
    )
    finding = only(
        audit(sum_report("11.705 tỷ đồng", "8.143 tỷ đồng", "3.805 tỷ đồng", RelationKind.SUBSET))
    )
    assert finding.severity is Severity.MATERIAL
    assert "11.948 tỷ đồng" in finding.message_vi
    assert "lớn hơn tổng số (11.705 tỷ đồng)" in finding.message_vi


def test_a_part_larger_than_its_whole_is_left_to_scale_slips() -> None:
    data = sum_report("120 tỷ đồng", "717 tỷ đồng", "10 tỷ đồng", RelationKind.SUBSET)
    finding = only(audit(data))
    assert finding.check == "scale-slips"
    assert "lớn hơn cả tổng số" in finding.message_vi
    assert "«717 triệu đồng»" in finding.message_vi
    assert only(audit(data, checks=["sums"])).check == "sums"


# -- shares --------------------------------------------------------------------------------------


def share_report(stated: str) -> Report:
    total = fig("total", MONEY, "17.547,62 tỷ đồng")
    part = fig("state", PART_A, "8.428,99 tỷ đồng")
    return report(
        total, part, said("state-share", ClaimKind.SHARE, part, stated, "chiếm", against="total")
    )


def test_shares_match_part_over_whole() -> None:
    # 8.428,99 / 17.547,62 is 48,03497%.
    assert not list(audit(share_report("48,035%")))
    assert not list(audit(share_report("48,03%")))
    finding = only(audit(share_report("47,5%")))
    assert (finding.check, finding.severity) == ("shares", Severity.MATERIAL)
    assert "48,0%" in finding.message_vi


def test_a_share_cut_off_or_one_unit_off_is_a_rounding_finding() -> None:
    finding = only(audit(share_report("48,034%")))
    assert finding.severity is Severity.ROUNDING
    assert "cắt bớt" in finding.message_vi
    assert only(audit(share_report("48,04%"))).severity is Severity.ROUNDING
    assert only(audit(share_report("48,06%"))).severity is Severity.MATERIAL


def test_a_share_of_a_whole_printed_only_as_a_fractions_denominator() -> None:
    rural = fig("rural", ind("rural", "xã", Measure.COUNT), "52 xã")
    served = fig("served", ind("served", "%", Measure.RATE), "100%")
    fraction = said("served-frac", ClaimKind.FRACTION, served, "115/115 xã")
    share = said("rural-share", ClaimKind.SHARE, rural, "45,21%", "chiếm", against="served-frac")
    finding = only(audit(report(rural, served, fraction, share)))
    assert (finding.check, finding.severity) == ("shares", Severity.ROUNDING)  # 45,217%
    assert "«115 xã»" in finding.message_vi


def structure(*printed: str) -> Report:
    shares = [
        fig(f"s{i}", ind(f"share-{i}", "%", Measure.SHARE, Direction.NEUTRAL), p)
        for i, p in enumerate(printed)
    ]
    return report(*shares, rel("structure", RelationKind.STRUCTURE, None, *(s.id for s in shares)))


def test_a_structure_adds_up_to_100_percent() -> None:
    assert not list(audit(structure("16,93%", "21,25%", "57,41%", "4,41%")))
    finding = only(audit(structure("16,93%", "21,25%", "57,41%", "4,51%")))
    assert (finding.check, finding.severity) == ("shares", Severity.MATERIAL)
    assert "100,10%" in finding.message_vi


def test_the_changes_of_a_structure_add_up_to_zero() -> None:
    a = fig("a", SHARE_A, "40,00%")
    b = fig("b", SHARE_B, "60,00%")
    items: list[Measurement | Relation] = [
        a,
        b,
        rel("structure", RelationKind.STRUCTURE, None, "a", "b"),
    ]
    fine = report(
        *items,
        said("a-pp", ClaimKind.PP_CHANGE, a, "1,00%", "tăng", reference="2021"),
        said("b-pp", ClaimKind.PP_CHANGE, b, "1,00%", "giảm", reference="2021"),
    )
    assert not list(audit(fine))
    wrong = report(
        *items,
        said("a-pp", ClaimKind.PP_CHANGE, a, "1,00%", "tăng", reference="2021"),
        said("b-pp", ClaimKind.PP_CHANGE, b, "0,50%", "giảm", reference="2021"),
    )
    finding = only(audit(wrong))
    assert "phải bằng 0" in finding.message_vi


# -- growth --------------------------------------------------------------------------------------


def growth_report(printed: str, verb: str = "tăng") -> Report:
    now = fig("now", TONNES, "110,0 tấn")
    then = fig("then", TONNES, "100,0 tấn", "2021", role=Role.REFERENCE)
    return report(
        now, then, said("now-growth", ClaimKind.GROWTH, now, printed, verb, reference="2021")
    )


def test_growth_matches_the_two_years() -> None:
    assert not list(audit(growth_report("10%")))
    assert not list(audit(growth_report("10,05%")))  # 109,95/100,05 to 110,05/99,95
    finding = only(audit(growth_report("12%")))
    assert (finding.check, finding.severity) == ("growth", Severity.MATERIAL)
    assert "tăng 10%" in finding.message_vi
    assert finding.stated is not None
    assert finding.stated.value == Decimal(12)
    assert only(audit(growth_report("10%", "giảm"))).severity is Severity.MATERIAL


def test_a_factor_tang_lan_is_read_both_ways() -> None:
    now = fig("now", TONNES, "300 tấn")
    then = fig("then", TONNES, "100 tấn", "2021", role=Role.REFERENCE)
    assert not list(
        audit(
            report(now, then, said("f", ClaimKind.FACTOR, now, "2 lần", "tăng", reference="2021"))
        )
    )
    finding = only(
        audit(report(now, then, said("f", ClaimKind.FACTOR, now, "2 lần", "gấp", reference="2021")))
    )
    assert finding.check == "growth"


def total_growth_report(stated: str) -> Report:
    total = fig("total", MONEY, "150 tỷ đồng")
    a = fig("a", PART_A, "100 tỷ đồng")
    b = fig("b", PART_B, "50 tỷ đồng")
    return report(
        total,
        a,
        b,
        rel("parts", RelationKind.SUM, "total", "a", "b"),
        said("a-g", ClaimKind.GROWTH, a, "10%", "tăng", reference="2021"),
        said("b-g", ClaimKind.GROWTH, b, "25%", "tăng", reference="2021"),
        said("total-g", ClaimKind.GROWTH, total, stated, "tăng", reference="2021"),
    )


def test_the_growth_of_a_total_follows_from_its_parts() -> None:
    # 2021: 100/1,10 + 50/1,25 = 130,91; 150/130,91 is a rise of 14,58%.
    assert not list(audit(total_growth_report("14,58%")))
    finding = only(audit(total_growth_report("20%")))
    assert (finding.check, finding.severity) == ("growth", Severity.MATERIAL)
    assert "14,6%" in finding.message_vi or "15%" in finding.message_vi


def test_two_claims_implying_the_same_base_year_must_agree() -> None:
    now = fig("now", TONNES, "110 tấn")
    fine = report(
        now,
        said("g", ClaimKind.GROWTH, now, "10%", "tăng", reference="2021"),
        said("c", ClaimKind.CHANGE, now, "10 tấn", "tăng", reference="2021"),
    )
    assert not list(audit(fine))
    wrong = report(
        now,
        said("g", ClaimKind.GROWTH, now, "10%", "tăng", reference="2021"),
        said("c", ClaimKind.CHANGE, now, "5 tấn", "tăng", reference="2021"),
    )
    finding = only(audit(wrong))
    assert finding.check == "growth"
    assert "năm 2021" in finding.message_vi


# -- attainment ----------------------------------------------------------------------------------


def attainment_report(stated: str, verb: str = "vượt", target: str = "18.000 tỷ đồng") -> Report:
    actual = fig("retail", MONEY, "19.467,1 tỷ đồng")
    goal = plan("retail-plan", MONEY, target)
    return report(
        actual,
        goal,
        said("retail-att", ClaimKind.ATTAINMENT, actual, stated, verb, basis=Basis.PLAN),
    )


def test_attainment_matches_outturn_over_plan() -> None:
    assert not list(audit(attainment_report("8,15%")))
    assert not list(audit(attainment_report("108,15%", "đạt")))
    finding = only(audit(attainment_report("9,50%")))
    assert (finding.check, finding.severity) == ("attainment", Severity.MATERIAL)
    assert "108,15%" in finding.message_vi


def test_attainment_against_an_about_plan_is_info_at_most() -> None:
    finding = only(audit(attainment_report("9,50%", target="khoảng 18.000 tỷ đồng")))
    assert finding.severity is Severity.INFO
    assert "khoảng" in finding.message_vi


def test_attainment_against_an_at_least_plan_uses_its_printed_number() -> None:
    assert not list(audit(attainment_report("8,15%", target="trên 18.000 tỷ đồng")))
    finding = only(audit(attainment_report("9,50%", target="trên 18.000 tỷ đồng")))
    assert finding.severity is Severity.MATERIAL


def test_two_attainments_implying_the_same_plan_must_agree() -> None:
    section = fig("jobs", PEOPLE, "10.638 người")
    highlights = fig("jobs-again", PEOPLE, "10.638 người", where=at("I > II > 1", 2))
    wrong = report(
        section,
        highlights,
        said("a1", ClaimKind.ATTAINMENT, section, "119,5%", "đạt", basis=Basis.PLAN),
        said("a2", ClaimKind.ATTAINMENT, highlights, "110%", "đạt", basis=Basis.PLAN),
    )
    findings = [f for f in audit(wrong) if f.check == "attainment"]
    assert len(findings) == 1
    assert findings[0].severity is Severity.MATERIAL


def test_parts_plans_that_do_not_add_up_are_only_info() -> None:
    total = fig("total", MONEY, "150 tỷ đồng")
    a = fig("a", PART_A, "100 tỷ đồng")
    b = fig("b", PART_B, "50 tỷ đồng")
    data = report(
        total,
        a,
        b,
        rel("parts", RelationKind.SUM, "total", "a", "b"),
        said("a-att", ClaimKind.ATTAINMENT, a, "100%", "đạt", basis=Basis.PLAN),
        said("b-att", ClaimKind.ATTAINMENT, b, "100%", "đạt", basis=Basis.PLAN),
        said("t-att", ClaimKind.ATTAINMENT, total, "120%", "đạt", basis=Basis.PLAN),
    )
    finding = only(audit(data))
    assert (finding.check, finding.severity) == ("attainment", Severity.INFO)


# -- fractions -----------------------------------------------------------------------------------


def fraction_report(percent: str) -> Report:
    trained = fig("trained", PEOPLE, "9.421 người")
    return report(
        trained,
        said("trained-frac", ClaimKind.FRACTION, trained, "9.421/8.350 người"),
        said("trained-att", ClaimKind.ATTAINMENT, trained, percent, "đạt", basis=Basis.PLAN),
    )


def test_a_fraction_matches_the_percentage_beside_it() -> None:
    assert not list(audit(fraction_report("112,8%")))  # 112,826%
    assert only(audit(fraction_report("112,9%"))).severity is Severity.ROUNDING
    finding = only(audit(fraction_report("115%")))
    assert (finding.check, finding.severity) == ("fractions", Severity.MATERIAL)
    assert "«9.421/8.350 người» là 113%" in finding.message_vi


def test_a_truncated_percentage_beside_a_fraction_is_rounding() -> None:
    communes = fig("communes", ind("communes", "xã", Measure.COUNT), "111 xã")
    data = report(
        communes,
        said("frac", ClaimKind.FRACTION, communes, "111/129 xã"),
        said("share", ClaimKind.SHARE, communes, "86,04%", "đạt"),
    )
    finding = only(audit(data))
    assert (finding.check, finding.severity) == ("fractions", Severity.ROUNDING)


def test_the_numerator_of_a_fraction_is_its_figure() -> None:
    trained = fig("trained", PEOPLE, "9.038 người")
    finding = only(
        audit(report(trained, said("f", ClaimKind.FRACTION, trained, "9.421/8.350 người")))
    )
    assert finding.check == "fractions"
    assert "Tử số" in finding.message_vi


# -- percentage points ---------------------------------------------------------------------------


def points_report(printed: str) -> Report:
    now = fig("now", SHARE_A, "21,25%")
    then = fig("then", SHARE_A, "19,62%", "2021", role=Role.REFERENCE)
    return report(
        now, then, said("pp", ClaimKind.PP_CHANGE, now, printed, "tăng", reference="2021")
    )


def test_a_percentage_point_change_matches_the_two_rates() -> None:
    assert not list(audit(points_report("1,63%")))
    finding = only(audit(points_report("1,73%")))
    assert (finding.check, finding.severity) == ("percentage-points", Severity.MATERIAL)
    assert "điểm phần trăm" in finding.message_vi
    assert not list(audit(points_report("1,64%")))  # 21,245 - 19,625 = 1,62 to 1,64
    assert only(audit(points_report("1,65%"))).severity is Severity.ROUNDING


# -- contradictions ------------------------------------------------------------------------------


def test_two_figures_for_the_same_thing_must_agree() -> None:
    section = fig("a", PEOPLE, "9.038 người")
    elsewhere = fig("b", PEOPLE, "9.421 người", where=at("I > 1.2 > 3", 3))
    finding = only(audit(report(section, elsewhere)))
    assert (finding.check, finding.severity) == ("contradictions", Severity.MATERIAL)
    assert "9.038 người" in finding.message_vi
    assert "9.421 người" in finding.message_vi


def test_figures_printed_to_different_precision_agree() -> None:
    assert not list(
        audit(report(fig("a", MONEY, "20.141 tỷ đồng"), fig("b", MONEY, "20.141,09 tỷ đồng")))
    )
    assert not list(
        audit(report(fig("a", MONEY, "trên 30.000 tỷ đồng"), fig("b", MONEY, "30.871,36 tỷ đồng")))
    )


def test_a_printed_range_is_no_contradiction() -> None:
    criteria = ind("criteria", "tiêu chí")
    low = attrs.evolve(fig("low", criteria, "15 tiêu chí"), bound=Bound.AT_LEAST)
    high = attrs.evolve(fig("high", criteria, "18 tiêu chí"), bound=Bound.AT_MOST)
    assert not list(audit(report(low, high)))
    wrong = attrs.evolve(fig("high", criteria, "12 tiêu chí"), bound=Bound.AT_MOST)
    assert only(audit(report(low, wrong))).check == "contradictions"


def test_two_claims_saying_different_things_contradict() -> None:
    revenue = fig("revenue", MONEY, "1.384 tỷ đồng")
    data = report(
        revenue,
        said("f1", ClaimKind.FACTOR, revenue, "2,12 lần", "tăng", reference="2021"),
        said(
            "f2",
            ClaimKind.FACTOR,
            None,
            "2,21 lần",
            "gấp",
            reference="2021",
            indicator=MONEY,
            period="2022",
            where=at("I > II > 1", 4),
        ),
    )
    finding = only(audit(data))
    assert (finding.check, finding.severity) == ("contradictions", Severity.MATERIAL)


# -- scale slips ---------------------------------------------------------------------------------


def slip_report() -> Report:
    total = fig("total", MONEY, "17.547,62 tỷ đồng")
    state = fig("state", PART_A, "8.428,99 triệu đồng")
    other = fig("other", PART_B, "9.118,63 tỷ đồng")
    return report(
        total,
        state,
        other,
        rel("parts", RelationKind.SUM, "total", "state", "other"),
        said("state-share", ClaimKind.SHARE, state, "48,035%", "chiếm"),
    )


def test_a_figure_with_the_wrong_scale_word_is_one_finding() -> None:
    finding = only(audit(slip_report()))
    assert (finding.check, finding.severity) == ("scale-slips", Severity.MATERIAL)
    assert "«8.428,99 tỷ đồng»" in finding.message_vi
    assert finding.figures[0].id == "state"
    assert {c.id for c in finding.figures} >= {"total", "other", "state-share"}


def test_without_the_scale_slips_check_the_others_say_what_would_fit() -> None:
    result = audit(slip_report(), skip=["scale-slips"])
    assert {f.check for f in result} == {"sums", "shares"}
    for finding in result:
        assert "tỷ đồng" in finding.message_vi
        assert "read in tỷ đồng" in finding.message_en


# -- plan coherence ------------------------------------------------------------------------------


def plan_report(growth: str) -> Report:
    outturn = fig("revenue", MONEY, "12.334 tỷ đồng")
    target = plan("revenue-2023", MONEY, "14.273 tỷ đồng", "2023", where=at("II > 3 > 3.6", 1))
    return report(
        outturn, target, said("g", ClaimKind.GROWTH, target, growth, "tăng", reference="2022")
    )


def test_a_plan_growth_must_follow_from_this_years_outturn() -> None:
    assert not list(audit(plan_report("15,72%")))
    finding = only(audit(plan_report("17,73%")))
    assert (finding.check, finding.severity) == ("plan-coherence", Severity.MATERIAL)
    assert "tăng 15,72%" in finding.message_vi


def test_a_plan_below_this_years_outturn_is_info() -> None:
    outturn = fig("grain", TONNES, "282.647,81 tấn")
    below = plan("grain-2023", TONNES, "trên 281.755 tấn", "2023")
    finding = only(audit(report(outturn, below)))
    assert (finding.check, finding.severity) == ("plan-coherence", Severity.INFO)
    above = plan("grain-2023", TONNES, "290.000 tấn", "2023")
    assert not list(audit(report(outturn, above)))


def test_a_lower_is_better_plan_above_the_outturn_is_info() -> None:
    outturn = fig("poor", POOR, "30,58%")
    assert not list(audit(report(outturn, plan("poor-2023", POOR, "26,57%", "2023"))))
    assert not list(audit(report(outturn, plan("poor-2023", POOR, "31%", "2023"))))  # 30,5 to 31,5
    finding = only(audit(report(outturn, plan("poor-2023", POOR, "31,0%", "2023"))))
    assert finding.severity is Severity.INFO


# -- running the audit ---------------------------------------------------------------------------


def test_checks_are_selected_and_skipped_by_name() -> None:
    data = report(
        fig("trained", PEOPLE, "9.038 người"),
        fig("trained-again", PEOPLE, "9.421 người"),
        *sum_report("1.200 tỷ đồng", "1.000 tỷ đồng", "250 tỷ đồng").measurements,
        *sum_report("1.200 tỷ đồng", "1.000 tỷ đồng", "250 tỷ đồng").relations,
    )
    assert {f.check for f in audit(data)} == {"sums", "contradictions"}
    assert {f.check for f in audit(data, checks=["sums"])} == {"sums"}
    assert {f.check for f in audit(data, checks="sums")} == {"sums"}
    assert {f.check for f in audit(data, skip=["sums"])} == {"contradictions"}
    assert audit(data, checks=["sums"]).checks == ("sums",)


def test_an_unknown_check_name_is_a_clear_error() -> None:
    data = sum_report("1.250 tỷ đồng", "1.000 tỷ đồng", "250 tỷ đồng")
    with pytest.raises(UnknownCheckError) as caught:
        audit(data, checks=["sum"])
    error = caught.value
    assert isinstance(error, VnplanError)
    assert isinstance(error, LookupError)
    assert "'sum'" in str(error)
    assert "sums, shares, growth" in str(error)
    with pytest.raises(UnknownCheckError):
        audit(data, skip=["nonsense"])


def test_bad_arguments_are_refused() -> None:
    with pytest.raises(ValidationError):
        audit("dien-bien-2022")  # type: ignore[arg-type]
    with pytest.raises(ValidationError):
        audit(sum_report("1 tỷ đồng", "1 tỷ đồng", "0 tỷ đồng"), min_severity="severe")


def test_min_severity_leaves_out_milder_findings() -> None:
    outturn = fig("grain", TONNES, "282.647,81 tấn")
    data = report(
        outturn,
        plan("grain-2023", TONNES, "trên 281.755 tấn", "2023"),
        *sum_report("1.200 tỷ đồng", "1.000 tỷ đồng", "250 tỷ đồng").measurements,
        *sum_report("1.200 tỷ đồng", "1.000 tỷ đồng", "250 tỷ đồng").relations,
    )
    assert len(audit(data)) == 2
    assert [f.severity for f in audit(data, min_severity=Severity.MATERIAL)] == [Severity.MATERIAL]
    assert len(audit(data, min_severity="info")) == 2


def test_findings_are_ordered_as_the_report_reads() -> None:
    later = fig("later", PEOPLE, "1 người", where=at("II > 1", 1))
    later_again = fig("later-2", PEOPLE, "2 người", where=at("II > 1", 2))
    early = fig("early", PEOPLE_A, "1 người", where=at("I > I.1 > 1", 1))
    early_again = fig("early-2", PEOPLE_A, "3 người", where=at("I > 1.2 > 3", 1))
    result = audit(report(later, later_again, early, early_again))
    assert [f.figures[0].id for f in result] == ["early", "later"]


def test_the_json_form_follows_the_contract() -> None:
    result = audit(sum_report("1.200 tỷ đồng", "1.000 tỷ đồng", "250 tỷ đồng"))
    data = json.loads(json.dumps(result.to_dict(), ensure_ascii=False))
    assert set(data) == {"findings", "summary"}
    (finding,) = data["findings"]
    assert set(finding) >= {
        "check",
        "severity",
        "message_vi",
        "message_en",
        "stated",
        "recomputed",
        "figures",
    }
    assert finding["severity"] == "material"
    assert finding["stated"]["value"] == "1200"
    assert finding["recomputed"]["value"] == "1250"
    assert finding["recomputed"]["low"] <= finding["recomputed"]["high"]
    assert finding["figures"][0] == {
        "id": "total",
        "value": "1200",
        "unit": "tỷ đồng",
        "printed": "1.200 tỷ đồng",
        "location": "I > 4 > 4.2 ¶1",
    }
    assert data["summary"]["total"] == 1
    assert data["summary"]["by_severity"] == {"material": 1, "rounding": 0, "info": 0}
    assert data["summary"]["by_check"]["sums"] == 1
    assert data["summary"]["by_check"]["growth"] == 0


def test_the_text_form_groups_by_severity() -> None:
    outturn = fig("grain", TONNES, "282.647,81 tấn")
    data = report(
        outturn,
        plan("grain-2023", TONNES, "trên 281.755 tấn", "2023"),
        *sum_report("1.200 tỷ đồng", "1.000 tỷ đồng", "250 tỷ đồng").measurements,
        *sum_report("1.200 tỷ đồng", "1.000 tỷ đồng", "250 tỷ đồng").relations,
    )
    text = audit(data).format_text("vi")
    assert text.index("SAI LỆCH (1)") < text.index("LƯU Ý (1)")
    assert "1.200 tỷ đồng" in text
    english = audit(data).format_text(lang="en")
    assert english.startswith("Audit of the report's figures: 1 material, 0 rounding, 1 info")
    assert all(len(line) <= 100 for line in english.splitlines())
    assert "No inconsistencies found." in audit(report(outturn)).format_text("en")
    with pytest.raises(ValidationError):
        audit(data).format_text("fr")  # type: ignore[arg-type]


def test_the_result_groups_by_severity() -> None:
    result = audit(sum_report("1.200 tỷ đồng", "1.000 tỷ đồng", "250 tỷ đồng"))
    groups = result.by_severity()
    assert list(groups) == [Severity.MATERIAL, Severity.ROUNDING, Severity.INFO]
    assert len(groups[Severity.MATERIAL]) == 1
    assert groups[Severity.INFO] == ()
    assert result.findings[0].location == at()


def test_the_audit_is_reexported_from_vnplan() -> None:
    assert vnplan.audit is audit
    assert vnplan.Finding is Finding
    assert vnplan.AuditResult is AuditResult


def test_the_checks_package_names_each_check() -> None:
    """``vnplan.checks`` is the package of checks; ``vnplan.audit`` stays the function."""
    assert callable(vnplan.audit)
    for name, check in CHECKS.items():
        assert getattr(vnplan.checks, check.__name__) is check
        assert issubclass(check, vnplan.checks.Check)
        assert check.name == name


def test_severities_run_from_the_most_serious_down() -> None:
    assert [severity.value for severity in Severity] == ["material", "rounding", "info"]
    assert [severity.rank for severity in Severity] == [0, 1, 2]


# -- the bundled report --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def bundled() -> AuditResult:
    return audit(vnplan.load("dien-bien-2022"))


def test_the_bundled_report_has_its_scale_slip_found(bundled: AuditResult) -> None:
    slips = [f for f in bundled if f.check == "scale-slips"]
    assert any(f.figures[0].printed == "8.428,99 triệu đồng" for f in slips)


@pytest.mark.parametrize("least", list(Severity))
def test_min_severity_keeps_the_findings_as_serious_or_more(
    bundled: AuditResult, least: Severity
) -> None:
    kept = audit(vnplan.load("dien-bien-2022"), min_severity=least)
    assert kept.findings == tuple(f for f in bundled if f.severity.rank <= least.rank)
    assert kept.findings


def test_the_text_form_lists_the_most_serious_first(bundled: AuditResult) -> None:
    text = bundled.format_text(lang="en")
    headings = [text.index(word) for word in ("MATERIAL", "ROUNDING", "INFO")]
    assert headings == sorted(headings)


def test_each_recomputed_interval_holds_the_value_computed_as_printed(
    bundled: AuditResult,
) -> None:
    recomputed = [f.recomputed for f in bundled if f.recomputed is not None]
    assert recomputed
    for value in recomputed:
        assert value.interval.low <= value.value <= value.interval.high


def test_the_bundled_report_spending_exceeds_its_total(bundled: AuditResult) -> None:
    assert any(
        f.check == "sums"
        and f.figures[0].printed == "11.705 tỷ đồng"
        and f.severity is Severity.MATERIAL
        for f in bundled
    )
