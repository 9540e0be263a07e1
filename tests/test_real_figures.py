"""Figures real provincial reports print, which vnplan once refused (issue 16, item 5)."""

from __future__ import annotations

from decimal import Decimal

import pytest

import vnplan
from vnplan import units
from vnplan.exceptions import DimensionalityError, ParseError

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
