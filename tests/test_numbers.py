"""Tests of reading and writing Vietnamese numbers, quantities, percents and dates."""

from __future__ import annotations

import datetime as dt
import tomllib
from decimal import Decimal
from importlib import resources

import attrs
import babel.dates
import babel.numbers
import pytest

import vnplan
from vnplan import (
    Bound,
    DocumentNumber,
    Printed,
    format_date,
    format_document_number,
    format_number,
    format_percent,
    format_printed,
    format_quantity,
    parse_date,
    parse_document_number,
    parse_number,
    parse_percent,
    parse_printed,
    parse_quantity,
)
from vnplan.exceptions import ParseError, UnitError, ValidationError

# --------------------------------------------------------------------------------------
# Numbers.
# --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("13.963,91", "13963.91"),
        ("8.428,99", "8428.99"),
        ("1.500", "1500"),
        ("1,5", "1.5"),
        ("78,0", "78.0"),
        ("03", "3"),
        ("0,5", "0.5"),
        ("2022", "2022"),
        ("4.408.167", "4408167"),
        ("1500", "1500"),
        ("  102,49 ", "102.49"),
        ("-0,67", "-0.67"),
        ("\u22120,67", "-0.67"),
        ("+5", "5"),
        ("1.000.000,000", "1000000.000"),
    ],
)
def test_parse_number_reads_vietnamese_numbers_exactly(text, value):
    result = parse_number(text)
    assert result == Decimal(value)
    assert str(result) == value


def test_parse_number_keeps_printed_decimals():
    assert parse_number("78,0").as_tuple().exponent == -1
    assert parse_number("1,500").as_tuple().exponent == -3


@pytest.mark.parametrize(
    ("text", "value"),
    [("13,963.91", "13963.91"), ("1,500", "1500"), ("1.5", "1.5"), ("78.0", "78.0")],
)
def test_parse_number_reads_english_numbers(text, value):
    assert str(parse_number(text, locale="en")) == value


def test_parse_number_accepts_locale_variants():
    assert parse_number("1.500", "vi_VN") == 1500
    assert parse_number("1,500", "en-US") == 1500


@pytest.mark.parametrize(
    ("text", "position", "expected"),
    [
        ("13,963.91", 6, "the end of the number"),
        ("1.50", 2, "a group of exactly three digits"),
        ("1.5000", 2, "a group of exactly three digits"),
        ("1234.567", 4, "a group before '.' has one to three digits"),
        ("1,", 2, "a digit after the decimal ','"),
        (",5", 0, "a digit"),
        ("abc", 0, "a digit"),
        ("1 2", 1, "the end of the number"),
        ("1e5", 1, "no exponent"),
        ("1E+5", 1, "no exponent"),
        ("--5", 1, "a digit"),
        ("12%", 2, "the end of the number"),
        ("1.000,5.3", 7, "the end of the number"),
        ("", 0, "a number"),
        ("   ", 0, "a number"),
        ("1\x00", 1, "without control characters"),
        ("1\u200b", 1, "without control characters"),
        ("٣", 0, "a digit"),
    ],
)
def test_parse_number_errors_name_position_and_expectation(text, position, expected):
    with pytest.raises(ParseError) as info:
        parse_number(text)
    assert info.value.position == position
    assert expected in info.value.expected
    assert info.value.text == text
    assert isinstance(info.value, ValueError)
    assert f"at position {position}" in str(info.value)


def test_mixed_separators_are_an_error_in_vietnamese_never_a_misread():
    with pytest.raises(ParseError, match="separators are not mixed"):
        parse_number("13,963.91")
    with pytest.raises(ParseError):
        parse_number("13.963,91", locale="en")


def test_babel_misreads_what_vnplan_refuses():
    """Why vnplan does not use babel's parser: it silently misreads mixed separators."""
    assert babel.numbers.parse_decimal("13,963.91", locale="vi") == Decimal("13.96391")


def test_absurd_numbers_are_refused():
    with pytest.raises(ParseError, match="at most 1000 characters"):
        parse_number("9" * 100_000)
    with pytest.raises(ParseError, match="at most 60 digits"):
        parse_number("9" * 61)
    assert parse_number("9" * 60) == Decimal("9" * 60)
    with pytest.raises(ParseError, match="no exponent"):
        parse_printed("1e999999999 tỷ đồng")


def test_parse_number_refuses_non_text_and_unknown_locales():
    with pytest.raises(TypeError, match="'text' must be a str"):
        parse_number(1500)  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="'locale' must be 'vi' or 'en' \\(got 'fr'\\)"):
        parse_number("1", locale="fr")


@pytest.mark.parametrize(
    ("value", "kwargs", "text"),
    [
        ("13963.91", {}, "13.963,91"),
        ("1500", {}, "1.500"),
        ("4037.02", {}, "4.037,02"),
        ("78.0", {}, "78,0"),
        ("0.5", {}, "0,5"),
        ("999", {}, "999"),
        ("4408167", {}, "4.408.167"),
        ("-0.67", {}, "-0,67"),
        ("2022", {"group": False}, "2022"),
        ("0.125", {"decimals": 2}, "0,13"),
        ("2.5", {"decimals": 0}, "3"),
        ("-2.5", {"decimals": 0}, "-3"),
        ("78", {"decimals": 1}, "78,0"),
        ("-0.001", {"decimals": 2}, "0,00"),
        ("3", {"min_digits": 2}, "03"),
        ("1E+3", {}, "1.000"),
        ("0.00012", {}, "0,00012"),
    ],
)
def test_format_number_writes_vietnamese_numbers(value, kwargs, text):
    assert format_number(Decimal(value), **kwargs) == text


def test_format_number_in_english():
    assert format_number(Decimal("13963.91"), "en") == "13,963.91"
    assert format_number(Decimal(2022), "en", group=False) == "2022"


def test_format_number_rounds_half_up_whatever_the_context():
    assert format_number(Decimal("0.5"), decimals=0) == "1"
    assert format_number(Decimal("1.5"), decimals=0) == "2"
    assert format_number(Decimal("0.045"), decimals=2) == "0,05"
    assert format_number(Decimal("9" * 40 + ".5"), decimals=0) == format_number(
        Decimal("1" + "0" * 40)
    )


def test_format_number_groups_as_cldr_does_except_years():
    """vnplan's vi/en symbols are CLDR's; babel groups years, vnplan lets the caller not."""
    assert babel.numbers.get_decimal_symbol("vi") == ","
    assert babel.numbers.get_group_symbol("vi") == "."
    assert babel.numbers.get_decimal_symbol("en") == "."
    assert babel.numbers.get_group_symbol("en") == ","
    for value in ("13963.91", "1500", "4408167.5", "0.25"):
        assert format_number(Decimal(value)) == babel.numbers.format_decimal(
            Decimal(value), locale="vi"
        )
        assert format_number(Decimal(value), "en") == babel.numbers.format_decimal(
            Decimal(value), locale="en"
        )
    assert babel.numbers.format_decimal(Decimal(2022), locale="vi") == "2.022"
    assert format_number(Decimal(2022), group=False) == "2022"


def test_format_number_keeps_the_trailing_zero_babel_drops():
    assert (
        babel.numbers.format_decimal(Decimal("78.0"), locale="vi", decimal_quantization=False)
        == "78"
    )
    assert format_number(Decimal("78.0")) == "78,0"


@pytest.mark.parametrize(
    ("value", "kwargs", "error"),
    [
        (1.5, {}, TypeError),
        (True, {}, TypeError),
        (Decimal("NaN"), {}, ValidationError),
        (Decimal("Infinity"), {}, ValidationError),
        (Decimal("1E+5000"), {}, ValidationError),
        (Decimal(1), {"decimals": -1}, ValidationError),
        (Decimal(1), {"decimals": 1.5}, ValidationError),
        (Decimal(1), {"min_digits": 0}, ValidationError),
        (Decimal(1), {"locale": "fr"}, ValidationError),
    ],
)
def test_format_number_refuses_bad_arguments(value, kwargs, error):
    with pytest.raises(error):
        format_number(value, **kwargs)


# --------------------------------------------------------------------------------------
# Percents.
# --------------------------------------------------------------------------------------


def test_parse_percent_reads_both_spacings():
    assert parse_percent("102,49 %") == Decimal("102.49")
    assert parse_percent("102,49%") == Decimal("102.49")
    assert parse_percent("102.49%", "en") == Decimal("102.49")


@pytest.mark.parametrize("text", ["102,49", "102,49 lần", "trên 90%", "5/10 %"])
def test_parse_percent_refuses_anything_but_a_percentage(text):
    with pytest.raises(ParseError, match="a number followed by '%'"):
        parse_percent(text)


def test_format_percent_attaches_the_sign_as_cldr_does():
    assert format_percent(Decimal("102.49")) == "102,49%"
    assert format_percent(Decimal("102.49"), "en") == "102.49%"
    assert format_percent(Decimal("8.15"), decimals=1) == "8,2%"
    cldr = babel.numbers.format_percent(Decimal("1.0249"), locale="vi", decimal_quantization=False)
    assert cldr == "102,49%"


# --------------------------------------------------------------------------------------
# Printed figures and quantities.
# --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("13.963,91 tỷ đồng", "13963.91", "tỷ đồng"),
        ("8.428,99 triệu đồng", "8428.99", "triệu đồng"),
        ("810 nghìn lượt", "810", "nghìn lượt"),
        ("113,24 triệu USD", "113.24", "triệu USD"),
        ("102,49 %", "102.49", "%"),
        ("2,35 lần", "2.35", "lần"),
        ("03 nhà máy", "3", "nhà máy"),
        ("311,38 triệu lượt HK.Km", "311.38", "triệu lượt HK.Km"),
        ("289,26 triệu Tấn.Km", "289.26", "triệu Tấn.Km"),
        ("1.500 tỷ đồng", "1500", "tỷ đồng"),
        ("4.668,71ha", "4668.71", "ha"),
        ("78,0 triệu USD", "78.0", "triệu USD"),
        ("39,68 triệu đồng/người/năm", "39.68", "triệu đồng/người/năm"),
        ("13,75 tiêu chí/xã", "13.75", "tiêu chí/xã"),
        ("540,92 nghìn thuê bao", "540.92", "nghìn thuê bao"),
        ("54,735 m³", "54.735", "m³"),
        ("48,5MW", "48.5", "MW"),
        ("1,63 điểm %", "1.63", "điểm %"),
        ("2022", "2022", ""),
    ],
)
def test_parse_printed_reads_what_the_report_prints(text, value, unit):
    printed = parse_printed(text)
    assert printed.text == text
    assert str(printed.value) == value
    assert printed.unit == unit
    assert printed.bound is Bound.EXACT
    assert printed.denominator is None
    assert format_printed(printed) == text


@pytest.mark.parametrize(
    ("text", "bound", "qualifier"),
    [
        ("trên 1.500 tỷ đồng", Bound.AT_LEAST, "trên"),
        ("hơn 540,92 nghìn thuê bao", Bound.AT_LEAST, "hơn"),
        ("Trên 97%", Bound.AT_LEAST, "Trên"),
        ("tối thiểu 5 xã", Bound.AT_LEAST, "tối thiểu"),
        ("dưới 1 tuổi", Bound.AT_MOST, "dưới"),
        ("không quá 3 %", Bound.AT_MOST, "không quá"),
        ("tối đa 10 ha", Bound.AT_MOST, "tối đa"),
        ("khoảng 20.141,09 tỷ đồng", Bound.ABOUT, "khoảng"),
        ("gần 1.000 người", Bound.ABOUT, "gần"),
        ("xấp xỉ 2 lần", Bound.ABOUT, "xấp xỉ"),
        ("5 năm trở lên", Bound.AT_LEAST, "trở lên"),
    ],
)
def test_qualifiers_are_kept_as_a_bound(text, bound, qualifier):
    printed = parse_printed(text)
    assert printed.bound is bound
    assert printed.qualifier == qualifier
    assert format_printed(printed) == text


def test_english_qualifiers():
    printed = parse_printed("over 1,500 billion VND", "en")
    assert printed.bound is Bound.AT_LEAST
    assert printed.value == 1500
    assert parse_printed("about 3 %", "en").bound is Bound.ABOUT


def test_only_one_qualifier():
    with pytest.raises(ParseError, match="at most one qualifier"):
        parse_printed("trên 5 năm trở lên")


@pytest.mark.parametrize(
    ("text", "value", "denominator", "units_", "shared"),
    [
        ("115/115 xã", "115", "115", ("xã", "xã"), True),
        ("9.421/8.350 người", "9421", "8350", ("người", "người"), True),
        ("12/12 tổ chức", "12", "12", ("tổ chức", "tổ chức"), True),
        ("200.635,67 ha/360.149,82 ha", "200635.67", "360149.82", ("ha", "ha"), False),
        (
            "4.078,13 triệu đồng/4.366,59 triệu đồng",
            "4078.13",
            "4366.59",
            ("triệu đồng", "triệu đồng"),
            False,
        ),
        ("3/5", "3", "5", ("", ""), True),
    ],
)
def test_fractions_are_read(text, value, denominator, units_, shared):
    unit, denominator_unit = units_
    printed = parse_printed(text)
    assert str(printed.value) == value
    assert str(printed.denominator) == denominator
    assert printed.unit == unit
    assert printed.denominator_unit == denominator_unit
    assert printed.shared_unit is shared
    assert format_printed(printed) == text
    assert printed.denominator_quantity is not None


def test_a_slash_before_a_unit_number_is_part_of_the_unit():
    printed = parse_printed("80,5 thuê bao/100 dân")
    assert printed.unit == "thuê bao/100 dân"
    assert printed.denominator is None


def test_fraction_with_a_unit_only_before_the_slash_needs_a_unit_after():
    with pytest.raises(ParseError, match="a unit after the denominator"):
        parse_printed("5 ha/10")


def test_printed_properties():
    printed = parse_printed("78,0 triệu USD")
    assert printed.decimals == 1
    assert printed.quantity.magnitude == Decimal("78.0")
    assert printed.denominator_quantity is None
    assert parse_printed("03 nhà máy").int_digits == 2
    assert parse_printed("1500 tỷ đồng").grouped is False
    assert parse_printed("102,49%").spaced is False


def test_parse_printed_in_english():
    printed = parse_printed("13,963.91 billion VND", locale="en")
    assert printed.value == Decimal("13963.91")
    assert printed.unit == "billion VND"
    assert printed.locale == "en"
    assert printed.quantity == parse_quantity("13.963,91 tỷ đồng")


@pytest.mark.parametrize(
    ("text", "position", "expected"),
    [
        ("5 ngựa", 2, "a unit: 'unit' must be a unit vnplan knows"),
        ("5 tỷ ngựa", 5, "'ngựa' is not defined"),
        ("13,963.91 tỷ đồng", 6, "the end of the number"),
        ("tỷ đồng", 0, "a digit"),
        ("trên", 0, "a digit"),
        ("trên tỷ đồng", 5, "a digit"),
        ("1 2", 2, "a unit"),
        ("5 % hộ", 4, "join two units"),
        ("", 0, "a printed figure"),
        ("\t5 ha", 0, "without control characters"),
    ],
)
def test_parse_printed_errors_name_position_and_expectation(text, position, expected):
    with pytest.raises(ParseError) as info:
        parse_printed(text)
    assert info.value.position == position
    assert expected in info.value.expected


def test_unknown_units_raise_parse_error_not_unit_error():
    with pytest.raises(ParseError) as info:
        parse_quantity("5 ngựa")
    assert not isinstance(info.value, UnitError)
    assert isinstance(info.value.__cause__, UnitError)


def test_parse_quantity_keeps_the_printed_unit_and_precision():
    q = parse_quantity("13.963,91 tỷ đồng")
    assert q.magnitude == Decimal("13963.91")
    assert isinstance(q.magnitude, Decimal)
    assert q.to("đồng").magnitude == Decimal(13963910000000)
    assert str(parse_quantity("78,0 triệu USD").magnitude) == "78.0"
    assert parse_quantity("810 nghìn lượt").to("lượt").magnitude == 810_000
    assert parse_quantity("2022").dimensionless


def test_parse_quantity_refuses_what_a_quantity_cannot_keep():
    with pytest.raises(ParseError, match="not a fraction") as info:
        parse_quantity("115/115 xã")
    assert info.value.position == 3
    with pytest.raises(ParseError, match="keeps no qualifier"):
        parse_quantity("trên 1.500 tỷ đồng")


@pytest.mark.parametrize(
    ("value", "unit", "kwargs", "text"),
    [
        ("13963.91", "tỷ đồng", {}, "13.963,91 tỷ đồng"),
        ("13963.91", "tỷ đồng", {"locale": "en"}, "13,963.91 billion VND"),
        ("78.0", "triệu USD", {}, "78,0 triệu USD"),
        ("78.0", "triệu USD", {"locale": "en"}, "78.0 million USD"),
        ("102.49", "%", {}, "102,49%"),
        ("2.35", "lần", {}, "2,35 lần"),
        ("2.35", "lần", {"locale": "en"}, "2.35 times"),
        ("810", "nghìn lượt", {"locale": "en"}, "810 thousand visits"),
        ("1.63", "điểm %", {"locale": "en"}, "1.63 percentage points"),
        ("13963910000000", "đồng", {"scale": "auto"}, "13.963,91 tỷ đồng"),
        ("810000", "lượt", {"scale": "auto"}, "810 nghìn lượt"),
        ("1500000", "lượt", {"scale": "auto"}, "1,5 triệu lượt"),
        ("999", "lượt", {"scale": "auto"}, "999 lượt"),
        ("0.5", "tỷ đồng", {"scale": "auto"}, "500 triệu đồng"),
        ("102.49", "%", {"scale": "auto"}, "102,49%"),
        ("13963.91", "tỷ đồng", {"scale": "triệu"}, "13.963.910 triệu đồng"),
        ("13963.91", "tỷ đồng", {"scale": "nghìn tỷ"}, "13,96391 nghìn tỷ đồng"),
        ("13963.91", "tỷ đồng", {"scale": ""}, "13.963.910.000.000 đồng"),
        ("13963.91", "tỷ đồng", {"scale": "billion"}, "13.963,91 tỷ đồng"),
        ("13963.914", "tỷ đồng", {"decimals": 2}, "13.963,91 tỷ đồng"),
        ("3", "", {}, "3"),
        ("39.68", "triệu đồng/người/năm", {"locale": "en"}, "39.68 million VND/person/year"),
    ],
)
def test_format_quantity(value, unit, kwargs, text):
    assert format_quantity(Decimal(value), unit, **kwargs) == text


def test_format_quantity_of_a_pint_quantity():
    q = parse_quantity("13.963,91 tỷ đồng")
    assert format_quantity(q) == "13.963,91 tỷ đồng"
    assert format_quantity(q, locale="en") == "13,963.91 billion VND"
    assert format_quantity(q, "triệu đồng") == "13.963.910 triệu đồng"
    assert format_quantity(q, scale="auto") == "13.963,91 tỷ đồng"


def test_format_quantity_refuses_what_it_cannot_write():
    with pytest.raises(TypeError, match="'unit' must be given"):
        format_quantity(Decimal(1))
    with pytest.raises(UnitError):
        format_quantity(Decimal(1), "ngựa")
    with pytest.raises(vnplan.exceptions.DimensionalityError):
        format_quantity(parse_quantity("1 tỷ đồng"), "USD")
    with pytest.raises(ValidationError, match="'scale' must be"):
        format_quantity(Decimal(1), "đồng", scale="lots")


def test_format_printed_of_a_hand_made_figure_uses_the_usual_qualifier():
    printed = Printed(text="", value=Decimal(1500), unit="tỷ đồng", bound=Bound.AT_LEAST)
    assert format_printed(printed) == "trên 1.500 tỷ đồng"
    english = attrs.evolve(printed, locale="en", unit="billion VND")
    assert format_printed(english) == "over 1,500 billion VND"


def test_printed_validates_its_fields():
    with pytest.raises(TypeError):
        Printed(text="1", value=1.0)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="locale"):
        Printed(text="1", value=Decimal(1), locale="fr")


# --------------------------------------------------------------------------------------
# Dates.
# --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("ngày 02 tháng 12 năm 2022", "vi"),
        ("Ngày 2 tháng 12 năm 2022", "vi"),
        ("Điện Biên, ngày 02 tháng 12 năm 2022", "vi"),
        ("02/12/2022", "vi"),
        ("2/12/2022", "vi"),
        ("02-12-2022", "vi"),
        ("2022-12-02", "vi"),
        ("2 December 2022", "en"),
        ("02 Dec 2022", "en"),
        ("December 2, 2022", "en"),
        ("Điện Biên, 2 December 2022", "en"),
        ("2022-12-02", "en"),
    ],
)
def test_parse_date(text, locale):
    assert parse_date(text, locale) == dt.date(2022, 12, 2)


@pytest.mark.parametrize(
    ("text", "position", "expected"),
    [
        ("ngày 31 tháng 02 năm 2022", 5, "a date that exists"),
        ("ngày 02 tháng 12 năm 22", 21, "a year of four digits"),
        ("ngày 02 tháng 12", 16, "'năm'"),
        ("ngày 02 tháng 12 năm 2022 xx", 26, "the end of the date"),
        ("hôm nay", 0, "'ngày'"),
        ("02/12", 0, "a date d/m/yyyy"),
        ("32/12/2022", 0, "a date that exists"),
        (", ngày 02 tháng 12 năm 2022", 0, "a place name"),
        ("", 0, "a date"),
    ],
)
def test_parse_date_errors(text, position, expected):
    with pytest.raises(ParseError) as info:
        parse_date(text)
    assert info.value.position == position
    assert expected in info.value.expected


def test_parse_date_english_errors():
    with pytest.raises(ParseError, match="an English month name"):
        parse_date("2 Decembre 2022", "en")
    with pytest.raises(ParseError):
        parse_date("02/12/2022", "en")


@pytest.mark.parametrize(
    ("date", "text"),
    [
        (dt.date(2022, 12, 2), "ngày 02 tháng 12 năm 2022"),
        (dt.date(2022, 3, 15), "ngày 15 tháng 3 năm 2022"),
        (dt.date(2023, 2, 5), "ngày 05 tháng 02 năm 2023"),
        (dt.date(2023, 1, 31), "ngày 31 tháng 01 năm 2023"),
        (dt.date(2023, 10, 9), "ngày 09 tháng 10 năm 2023"),
    ],
)
def test_format_date_pads_days_below_ten_and_months_one_and_two(date, text):
    assert format_date(date) == text
    assert parse_date(text) == date


def test_format_date_with_place_and_in_english():
    assert format_date(dt.date(2022, 12, 2), place="Điện Biên") == (
        "Điện Biên, ngày 02 tháng 12 năm 2022"
    )
    assert format_date(dt.date(2022, 12, 2), "en") == "2 December 2022"
    assert format_date(dt.date(2022, 12, 2), "en", place="Điện Biên") == (
        "Điện Biên, 2 December 2022"
    )


def test_english_dates_match_cldr():
    date = dt.date(2022, 12, 2)
    assert format_date(date, "en") == babel.dates.format_date(date, "d MMMM y", locale="en")


@pytest.mark.parametrize("place", ["", "  ", "Điện Biên, Việt Nam", "Khu 1"])
def test_format_date_refuses_a_place_that_would_not_read_back(place):
    with pytest.raises(ValidationError, match="'place' must be"):
        format_date(dt.date(2022, 12, 2), place=place)


def test_format_date_refuses_non_dates():
    with pytest.raises(TypeError, match=r"'date' must be a datetime\.date"):
        format_date("2022-12-02")  # type: ignore[arg-type]


# --------------------------------------------------------------------------------------
# Document numbers.
# --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["Số: 350/BC-UBND", "350/BC-UBND", "Số: 350 /BC-UBND", "Số 350/BC-UBND", "No. 350/BC-UBND"],
)
def test_parse_document_number(text):
    number = parse_document_number(text)
    assert number == DocumentNumber(350, "BC-UBND")
    assert str(number) == "350/BC-UBND"
    assert format_document_number(number) == "Số: 350/BC-UBND"
    assert format_document_number(number, "en") == "No. 350/BC-UBND"


def test_document_number_with_a_year():
    number = parse_document_number("30/2020/NĐ-CP")
    assert (number.number, number.year, number.symbol) == (30, 2020, "NĐ-CP")
    assert str(number) == "30/2020/NĐ-CP"


@pytest.mark.parametrize(
    ("text", "position", "expected"),
    [
        ("Số: BC-UBND", 4, "a document number"),
        ("Số: 350 BC-UBND", 8, "'/' after the number"),
        ("Số: 350/", 8, "a symbol"),
        ("Số: 350/BC--UBND", 8, "a symbol"),
        ("Số: 350/-BC", 8, "a symbol"),
        ("", 0, "a document number"),
    ],
)
def test_parse_document_number_errors(text, position, expected):
    with pytest.raises(ParseError) as info:
        parse_document_number(text)
    assert info.value.position == position
    assert expected in info.value.expected


def test_document_number_validates_its_fields():
    with pytest.raises(ValidationError, match="'symbol' must be"):
        DocumentNumber(350, "BC UBND")
    with pytest.raises(ValueError, match="number"):
        DocumentNumber(-1, "BC-UBND")


def test_separators_and_month_names_from_babels_cldr_data_are_the_expected_ones():
    """The CLDR strings vnplan formats with; a babel upgrade that changes them fails here."""
    assert format_number(Decimal("1234.5")) == "1.234,5"
    assert format_number(Decimal("1234.5"), "en") == "1,234.5"
    assert parse_number("1.234,5") == parse_number("1,234.5", "en") == Decimal("1234.5")
    assert format_date(dt.date(2022, 1, 2), "en") == "2 January 2022"
    assert format_date(dt.date(2022, 12, 2), "en") == "2 December 2022"
    assert parse_date("2 Jan 2022", "en") == dt.date(2022, 1, 2)


@pytest.mark.parametrize(
    "text", ["282.647,81 tấn", "trên 1.500 tỷ đồng", "115/115 xã", "03 nhà máy", "2,5 %"]
)
def test_a_read_figure_is_the_printed_its_validators_accept(text: str) -> None:
    """parse_printed builds Printed without its validators: every field is set, and valid."""
    printed = parse_printed(text)
    fields = {field.name: getattr(printed, field.name) for field in attrs.fields(Printed)}
    assert Printed(**fields) == printed


@pytest.mark.parametrize(
    ("text", "half"),
    [("102,49", "0.005"), ("78,0", "0.05"), ("78", "0.5"), ("03", "0.5"), ("1.500", "0.5")],
)
def test_a_printed_number_stands_for_half_a_unit_of_its_last_digit_each_side(text, half):
    value = parse_number(text)
    assert vnplan.Interval.half_unit(value) == Decimal(half)
    interval = vnplan.Interval.from_printed(value)
    assert (interval.low, interval.high) == (value - Decimal(half), value + Decimal(half))


def _printed_texts(node: object, found: set[str]) -> set[str]:
    """Every ``printed`` string of a parsed TOML file: the texts the loader reads."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "printed" and isinstance(value, str):
                found.add(value)
            else:
                _printed_texts(value, found)
    elif isinstance(node, list):
        for value in node:
            _printed_texts(value, found)
    return found


def test_every_printed_text_of_the_bundled_report_writes_back_as_printed():
    folder = resources.files("vnplan").joinpath("data", "dien_bien_2022")
    texts: set[str] = set()
    for file in folder.iterdir():
        if file.name.endswith(".toml"):
            _printed_texts(tomllib.loads(file.read_text(encoding="utf-8")), texts)
    assert len(texts) > 300
    for text in sorted(texts):
        assert format_printed(parse_printed(text)) == " ".join(text.split()), text


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("11.054,32 tỷ đồng", "vi"),
        ("16,93%", "vi"),
        ("102,49 %", "vi"),
        ("810 nghìn lượt", "vi"),
        ("4.668,71ha", "vi"),
        ("03 nhà máy", "vi"),
        ("2022", "vi"),
        ("1500 người", "vi"),
        ("311,38 triệu lượt HK.Km", "vi"),
        ("5 m²", "vi"),
        ("5 ha ", "vi"),
        ("5  ha", "vi"),
        (" 5 ha", "vi"),
        ("5\u00a0ha", "vi"),
        ("-5 %", "vi"),
        ("trên 1.500 tỷ đồng", "vi"),
        ("1.500 tỷ đồng trở lên", "vi"),
        ("115/115 xã", "vi"),
        ("80,5 thuê bao/100 dân", "vi"),
        ("13,963.91 billion VND", "en"),
        ("5 người or leſs", "en"),  # a qualifier that reads as one only once case-folded
    ],
)
def test_a_printed_figure_writes_back_as_printed(text, locale):
    """Digits, grouping, unit, qualifier and the space before the unit are all kept."""
    printed = parse_printed(text, locale)
    assert format_printed(printed) == " ".join(text.split())
    assert parse_printed(format_printed(printed), locale) == attrs.evolve(
        printed, text=format_printed(printed)
    )


@pytest.mark.parametrize(
    ("text", "locale", "position"),
    [
        ("1.5000", "vi", 2),  # a group of four digits
        ("1234.567", "vi", 4),  # a first group of four digits
        ("1,5.000", "vi", 3),  # separators mixed
        ("1, ha", "vi", 2),  # no digit after the decimal separator
        ("1e5", "vi", 1),  # an exponent
        ("1e+ha", "vi", 1),
        ("1E-", "vi", 1),
        ("5 ngựa", "vi", 2),  # a unit vnplan does not know
        ("1" * 61, "vi", 0),  # too many digits
        ("1.500,5 tỷ đồng", "en", 5),  # the other locale's separators
        ("0.832 đơn", "vi", 0),  # a grouped number with a leading zero
    ],
)
def test_a_malformed_figure_is_a_parse_error_at_its_position(text, locale, position):
    with pytest.raises(ParseError) as info:
        parse_printed(text, locale)
    assert info.value.position == position
