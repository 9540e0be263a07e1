"""Figures real provincial reports print, which vnplan once refused (issue 16, item 5)."""

from __future__ import annotations

from decimal import Decimal

import pytest

import vnplan
from vnplan import units
from vnplan.exceptions import DimensionalityError, ParseError, ValidationError

# Count words: (printed, value, denominator, unit, dimension, bound).
COUNTS = [
    ("25 chỉ tiêu", "25", None, "chỉ tiêu", "[indicator_count]", vnplan.Bound.EXACT),
    ("14/26 chỉ tiêu", "14", "26", "chỉ tiêu", "[indicator_count]", vnplan.Bound.EXACT),
    (
        "10/18 nhóm chỉ tiêu",
        "10",
        "18",
        "nhóm chỉ tiêu",
        "[indicator_group]",
        vnplan.Bound.EXACT,
    ),
    ("01 bậc", "1", None, "bậc", "[rank_step]", vnplan.Bound.EXACT),
    ("gần 1.500 loài", "1500", None, "loài", "[species]", vnplan.Bound.ABOUT),
    (
        "khoảng 60.600 lượt khách",
        "60600",
        None,
        "lượt khách",
        "[guest]*[visit]",
        vnplan.Bound.ABOUT,
    ),
    (
        "trên 215.000 tấn quả tươi",
        "215000",
        None,
        "tấn quả tươi",
        "[mass]",
        vnplan.Bound.AT_LEAST,
    ),
]


@pytest.mark.parametrize(("text", "value", "below", "unit", "dimension", "bound"), COUNTS)
def test_a_count_word_reads_as_its_own_count(  # noqa: PLR0917 (one row of COUNTS)
    text: str,
    value: str,
    below: str | None,
    unit: str,
    dimension: str,
    bound: vnplan.Bound,
) -> None:
    printed = vnplan.parse_printed(text)
    assert printed.value == Decimal(value)
    assert printed.denominator == (None if below is None else Decimal(below))
    assert printed.unit == unit
    assert printed.bound is bound
    assert units.unit_info(unit).dimension == dimension
    assert vnplan.format_printed(printed) == text


def test_indicators_and_groups_of_indicators_are_different_counts() -> None:
    assert not units.same_dimension("chỉ tiêu", "nhóm chỉ tiêu")
    assert not units.same_dimension("chỉ tiêu", "tiêu chí")
    with pytest.raises(DimensionalityError, match="chỉ tiêu"):
        units.conversion_factor("chỉ tiêu", "nhóm chỉ tiêu")


def test_a_rank_step_is_not_a_rank() -> None:
    assert not units.same_dimension("bậc", "hạng")


def test_visits_of_guests_are_visits_of_their_own_kind() -> None:
    """As "lượt người" is visits of persons, "lượt khách" is visits of guests."""
    assert units.unit_info("nghìn lượt khách").factor == Decimal(1000)
    assert not units.same_dimension("lượt khách", "lượt")
    assert not units.same_dimension("lượt khách", "lượt người")
    assert units.unit_info("khách").dimension == "[guest]"


def test_tonnes_of_fresh_fruit_are_tonnes() -> None:
    assert units.conversion_factor("tấn quả tươi", "tấn") == Decimal(1)
    assert units.conversion_factor("nghìn tấn quả tươi", "kg") == Decimal(1000000)


def test_nearly_reads_as_about() -> None:
    """ "gần" (nearly) says the value is close, not by how much it falls short."""
    assert vnplan.parse_printed("gần 1.500 loài").qualifier == "gần"


@pytest.mark.parametrize(
    ("text", "position"),
    [("25 chỉ", 3), ("10 nhóm", 3), ("1.500 loài cây", 6), ("60.600 lượt khách sạn", 7)],
)
def test_a_count_word_cut_short_or_run_on_is_refused(text: str, position: int) -> None:
    with pytest.raises(ParseError) as caught:
        vnplan.parse_printed(text)
    assert caught.value.position >= position


@pytest.mark.parametrize(("text", "value"), [("(-9,28%)", "-9.28"), ("(+3,63%)", "3.63")])
def test_a_sign_in_brackets_reads_as_the_signed_value(text: str, value: str) -> None:
    printed = vnplan.parse_printed(text)
    assert printed.value == Decimal(value)
    assert printed.unit == "%"
    assert printed.bracketed
    assert printed.text == text
    assert vnplan.format_printed(printed) == text


def test_a_plus_sign_is_written_back() -> None:
    printed = vnplan.parse_printed("+3,63%")
    assert printed.plus_sign
    assert vnplan.format_printed(printed) == "+3,63%"


@pytest.mark.parametrize(
    ("text", "position", "expected"),
    [
        ("(9,28%)", 1, "a sign after '('"),
        ("(-9,28%", 7, "')' closing the bracket"),
        ("(-9,28%) x", 10, "')' closing the bracket"),
    ],
)
def test_a_bracket_without_a_sign_or_unclosed_is_refused(
    text: str, position: int, expected: str
) -> None:
    """A bracket alone means a negative number in accounts; vnplan wants the sign."""
    with pytest.raises(ParseError) as caught:
        vnplan.parse_printed(text)
    assert caught.value.position == position
    assert expected in caught.value.expected


def test_dollars_in_words_are_usd() -> None:
    printed = vnplan.parse_printed("430 tỷ đô la")
    assert printed.value == Decimal(430)
    assert printed.unit == "tỷ đô la"
    assert units.conversion_factor(printed.unit, "USD") == Decimal(10**9)
    assert units.conversion_factor(printed.unit, "triệu USD") == Decimal(1000)
    assert not units.same_dimension(printed.unit, "tỷ đồng")


RANGES = [
    ("6,5 - 7%/năm", "6.5", "7", "%/năm"),
    ("37 - 40,26%", "37", "40.26", "%"),
    ("7-8%", "7", "8", "%"),
    ("6,5–7%", "6.5", "7", "%"),
]


@pytest.mark.parametrize(("text", "low", "high", "unit"), RANGES)
def test_a_range_reads_as_a_value_with_two_ends(text: str, low: str, high: str, unit: str) -> None:
    printed = vnplan.parse_printed(text)
    assert printed.is_range
    assert (printed.value, printed.high) == (Decimal(low), Decimal(high))
    assert printed.unit == unit
    assert vnplan.format_printed(printed) == text


def test_one_number_is_not_a_range() -> None:
    printed = vnplan.parse_printed("7%")
    assert not printed.is_range
    assert printed.high is None


@pytest.mark.parametrize(
    ("text", "position", "expected"),
    [
        ("8-7%", 2, "the high end of a range, above 8"),
        ("7-7%", 2, "the high end of a range, above 7"),
        ("7-8/9 xã", 3, "a range is not a fraction"),
        ("7--8%", 1, "a unit"),
        ("7 - x%", 2, "a unit"),
    ],
)
def test_a_range_that_does_not_read_is_refused(text: str, position: int, expected: str) -> None:
    with pytest.raises(ParseError) as caught:
        vnplan.parse_printed(text)
    assert caught.value.position == position
    assert expected in caught.value.expected


def test_a_hand_made_range_must_rise_and_gets_a_spaced_dash() -> None:
    printed = vnplan.Printed(text="", value=Decimal("6.5"), unit="%", high=Decimal(7))
    assert vnplan.format_printed(printed) == "6,5 - 7 %"
    with pytest.raises(ValidationError, match="high"):
        vnplan.Printed(text="", value=Decimal(7), high=Decimal(7))
    with pytest.raises(ValidationError, match="fraction"):
        vnplan.Printed(text="", value=Decimal(1), high=Decimal(2), denominator=Decimal(3))


# A range target "6,5 - 7%": (outturn, met if higher is better, lower, neutral).
RANGE_VERDICTS = [
    ("6.4", False, True, False),
    ("6.5", True, True, True),
    ("6.8", True, True, True),
    ("7", True, True, True),
    ("7.2", True, False, False),
]


@pytest.mark.parametrize(("actual", "higher", "lower", "neutral"), RANGE_VERDICTS)
def test_a_range_target_is_met_within_it_or_beyond_on_the_better_side(
    actual: str, *, higher: bool, lower: bool, neutral: bool
) -> None:
    target = vnplan.parse_printed("6,5 - 7%")
    verdicts = [
        vnplan.attainment(Decimal(actual), target, direction=direction).met
        for direction in ("higher", "lower", "neutral")
    ]
    assert verdicts == [higher, lower, neutral]


def test_a_range_target_is_judged_against_its_low_end() -> None:
    result = vnplan.attainment(Decimal("6.8"), vnplan.parse_printed("6,5 - 7%"))
    assert result.target == Decimal("6.5")
    assert result.target_high == Decimal(7)
    assert result.percent == Decimal("6.8") / Decimal("6.5") * 100


def test_a_range_target_given_by_its_two_ends_converts_the_high_end() -> None:
    result = vnplan.attainment(
        (Decimal(120), "tỷ đồng"),
        (Decimal(100), "tỷ đồng"),
        target_high=(Decimal("0.11"), "nghìn tỷ đồng"),
        direction="lower",
    )
    assert result.target_high == Decimal(110)
    assert not result.met


def test_an_about_range_target_has_slack_at_both_ends() -> None:
    target = vnplan.parse_printed("khoảng 6,5 - 7%")
    assert vnplan.attainment(Decimal("6.2"), target, direction="neutral").met
    assert vnplan.attainment(Decimal("7.3"), target, direction="neutral").met
    assert not vnplan.attainment(Decimal("7.4"), target, direction="neutral").met


def test_one_value_target_is_judged_as_before() -> None:
    result = vnplan.attainment(Decimal("7.2"), vnplan.parse_printed("7%"), direction="lower")
    assert result.target_high is None
    assert not result.met


@pytest.mark.parametrize(
    ("target", "target_high", "expected"),
    [
        (vnplan.parse_printed("6,5 - 7%"), Decimal(8), "the target is a range already"),
        (Decimal(7), Decimal(7), "above 7"),
        (vnplan.parse_printed("14/26 chỉ tiêu"), None, "not a fraction"),
    ],
)
def test_a_range_target_that_makes_no_sense_is_refused(
    target: vnplan.Printed | Decimal, target_high: Decimal | None, expected: str
) -> None:
    with pytest.raises(ValidationError, match=expected):
        vnplan.attainment(Decimal(7), target, target_high=target_high)


def test_a_range_target_in_another_dimension_is_refused() -> None:
    with pytest.raises(DimensionalityError):
        vnplan.attainment(
            (Decimal(7), "tỷ đồng"), (Decimal(6), "tỷ đồng"), target_high=(Decimal(8), "ha")
        )
