"""Text the readers used to accept and misread, now refused with a ParseError (issue 14).

Each case is a reproducer: it read as something else (a date after a date, a unit with
two scale words, "per thousand" written with the decimal comma…) and must now be an
error that names its position and what was expected there.
"""

from __future__ import annotations

import datetime as dt
import shutil
from decimal import Decimal
from pathlib import Path

import pytest

import vnplan
from vnplan import (
    format_number,
    format_printed,
    parse_date,
    parse_document_number,
    parse_number,
    parse_printed,
    parse_quantity,
    units,
)
from vnplan.exceptions import DataError, ParseError, UnitError, ValidationError

# --------------------------------------------------------------------------------------
# Document numbers (item 5).
# --------------------------------------------------------------------------------------


def test_a_document_year_below_1000_is_a_parse_error_not_a_plain_value_error():
    with pytest.raises(ParseError) as info:
        parse_document_number("30/0020/NĐ-CP")
    assert info.value.position == 3
    assert "a year from 1000 to 9999 (got '0020')" in info.value.expected


def test_a_document_year_from_1000_reads():
    assert parse_document_number("30/1000/NĐ-CP").year == 1000


# --------------------------------------------------------------------------------------
# Dates (item 18).
# --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "locale", "position"),
    [
        ("ngày 01 tháng 01 năm 1999, ngày 02 tháng 12 năm 2022", "vi", 25),
        ("2 December 2022, 3 December 2022", "en", 15),
    ],
)
def test_text_after_a_date_is_refused_not_taken_for_a_place(text, locale, position):
    with pytest.raises(ParseError, match="the end of the date") as info:
        parse_date(text, locale)
    assert info.value.position == position


def test_a_second_date_after_the_place_and_date_is_refused():
    with pytest.raises(ParseError):
        parse_date("Điện Biên, ngày 02 tháng 12 năm 2022, ngày 03 tháng 12 năm 2022")


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Điện Biên, ngày 02 tháng 12 năm 2022", "vi"),
        ("Dien Bien, 2 December 2022", "en"),
        ("Dien Bien, December 2, 2022", "en"),
        ("December 2, 2022", "en"),
    ],
)
def test_a_place_before_the_date_still_reads(text, locale):
    assert parse_date(text, locale) == dt.date(2022, 12, 2)


# --------------------------------------------------------------------------------------
# Units: scale words and units once (item 18).
# --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("5 tỷ tỷ đồng", "at most one scale word"),
        ("5 tỷ triệu đồng", "at most one scale word"),
        ("5 nghìn tỷ tỷ đồng", "at most one scale word"),
        ("5 lượt lượt lượt", "each unit once"),
        ("5 ha.ha", "each unit once"),
        ("5 kg.m.kg", "each unit once"),
    ],
)
def test_stacked_scale_words_and_repeated_units_are_refused(text, message):
    with pytest.raises(ParseError, match=message) as info:
        parse_printed(text)
    assert info.value.position >= 2


@pytest.mark.parametrize("unit", ["thuê bao/100 nghìn dân", "nghìn nghìn người", "m.m"])
def test_the_unit_reader_refuses_them_too(unit):
    with pytest.raises(UnitError, match=r"at most one scale word|each unit once"):
        units.unit_info(unit)


@pytest.mark.parametrize(
    "text", ["5 nghìn tỷ đồng", "5 lượt người", "5 triệu lượt HK.Km", "5 tấn/ha", "5 ha/người"]
)
def test_one_scale_word_and_distinct_units_still_read(text):
    assert parse_printed(text).unit == text[2:]


# --------------------------------------------------------------------------------------
# "Per thousand" in a unit, grouped as the locale groups (item 18).
# --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "locale", "position", "hint"),
    [
        ("5 thuê bao/1,000 dân", "vi", 11, "write '1.000' for a thousand"),
        ("5 giường/10,000 dân", "vi", 9, "write '10.000' for ten thousand"),
        ("5 subscribers/1.000 inhabitants", "en", 14, "write '1,000' for a thousand"),
    ],
)
def test_a_thousand_written_with_the_decimal_separator_is_refused(text, locale, position, hint):
    with pytest.raises(ParseError, match="decimal separator") as info:
        parse_printed(text, locale)
    assert info.value.position == position
    assert hint in info.value.expected


@pytest.mark.parametrize(
    ("text", "locale"),
    [("5 thuê bao/1.000 dân", "vi"), ("5 subscribers/1,000 inhabitants", "en")],
)
def test_a_thousand_grouped_as_the_locale_groups_reads_as_per_thousand(text, locale):
    printed = parse_printed(text, locale)
    assert printed.denominator is None
    assert printed.unit == text[2:]


def test_a_fraction_of_one_unit_with_three_decimals_still_reads():
    """ "5 ha/1,000 ha" is a fraction: 1,000 is 1 ha with three decimals."""
    printed = parse_printed("5 ha/1,000 ha")
    assert printed.denominator == Decimal("1.000")


# --------------------------------------------------------------------------------------
# Numbers: a grouped leading zero, and separators that are not spaces (item 18).
# --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "locale"), [("01.500", "vi"), ("0.500", "vi"), ("01,500", "en"), ("00.001", "vi")]
)
def test_a_grouped_number_with_a_leading_zero_is_refused(text, locale):
    for parse in (parse_number, parse_printed):
        with pytest.raises(ParseError, match="without a leading zero") as info:
            parse(text, locale)
        assert info.value.position == 0


@pytest.mark.parametrize("text", ["0,5", "03", "0", "01500", "1.500"])
def test_leading_zeros_without_groups_still_read(text):
    assert parse_number(text) == Decimal(text.replace(".", "").replace(",", "."))


@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\u3000", "\u2003"])
def test_line_and_paragraph_separators_and_wide_spaces_are_not_spaces(separator):
    for text in (f"5{separator}ha", f"{separator}5 ha", f"5 ha{separator}"):
        with pytest.raises(ParseError, match=f"U\\+{ord(separator):04X}"):
            parse_printed(text)
    with pytest.raises(ParseError):
        parse_number(f"1{separator}")
    with pytest.raises(ParseError):
        parse_date(f"ngày{separator}02 tháng 12 năm 2022")


@pytest.mark.parametrize("space", [" ", "\u00a0", "\u2007", "\u2009", "\u202f"])
def test_the_space_and_the_no_break_figure_and_thin_spaces_are_spaces(space):
    assert parse_quantity(f"5{space}ha") == parse_quantity("5 ha")


# --------------------------------------------------------------------------------------
# What format_number writes, parse_number reads (item 18).
# --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "kwargs"),
    [
        (Decimal("1" * 61), {}),
        (Decimal("1E+999"), {}),
        (Decimal("1E-60"), {}),
        (Decimal(1), {"decimals": 60}),
    ],
)
def test_format_number_refuses_what_parse_number_would_refuse(value, kwargs):
    with pytest.raises(ValidationError, match="at most 60 digits"):
        format_number(value, **kwargs)


def test_the_longest_number_format_number_writes_reads_back():
    value = Decimal("9" * 60)
    assert parse_number(format_number(value)) == value
    assert parse_number(format_number(Decimal(1), decimals=59)) == Decimal(1)


@pytest.mark.parametrize(("value", "digits"), [(Decimal(0), 4), (Decimal(3), 4), (Decimal(150), 5)])
def test_a_zero_padded_number_is_written_ungrouped_and_reads_back(value, digits):
    written = format_number(value, min_digits=digits)
    assert "." not in written
    assert len(written) == digits
    assert parse_number(written) == value


# --------------------------------------------------------------------------------------
# Fractions keep the printed digits of both sides (item 18).
# --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text", ["03/05 xã", "3/05 xã", "03/5 xã", "1.500/1500 xã", "1500/1.500 xã", "007/010"]
)
def test_a_fraction_writes_back_with_the_digits_of_both_sides(text):
    printed = parse_printed(text)
    assert format_printed(printed) == text
    assert parse_printed(format_printed(printed)) == parse_printed(text)


def test_a_fraction_remembers_how_its_denominator_was_printed():
    printed = parse_printed("03/05 xã")
    assert (printed.int_digits, printed.denominator_int_digits) == (2, 2)
    ungrouped = parse_printed("1.500/1500 xã")
    assert (ungrouped.grouped, ungrouped.denominator_grouped) == (True, False)


# --------------------------------------------------------------------------------------
# A figure of a percentage indicator printed as a factor (item 18).
# --------------------------------------------------------------------------------------

MINI = Path(__file__).parent / "data" / "mini"


@pytest.mark.parametrize("printed", ["42 lần", "0,42"])
def test_a_factor_for_a_percentage_indicator_is_a_problem_with_its_place(tmp_path, printed):
    folder = tmp_path / "mini"
    shutil.copytree(MINI, folder)
    section = folder / "10-economy.toml"
    text = section.read_text(encoding="utf-8")
    section.write_text(text.replace('printed = "26,57%"', f'printed = "{printed}"\nunit = "lần"'))
    with pytest.raises(DataError) as info:
        vnplan.load(folder)
    [problem] = info.value.problems
    assert problem.file.endswith("10-economy.toml")
    assert problem.line is not None
    assert "'printed' must be in '%', the unit of indicator 'poverty-rate'" in problem.message


def test_a_percentage_for_a_percentage_indicator_loads():
    assert vnplan.load(MINI)["poverty-rate-2023-target"].unit == "%"
