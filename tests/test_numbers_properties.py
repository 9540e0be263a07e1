"""Properties of reading and writing: what vnplan writes, it reads back exactly."""

from __future__ import annotations

import contextlib
import datetime as dt
from decimal import ROUND_HALF_UP, Decimal, localcontext

import attrs
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

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
    units,
)
from vnplan.exceptions import ParseError, ValidationError

#: The most digits parse_number reads (docs/numbers.md).
MAX_DIGITS = 60

LOCALES = st.sampled_from(["vi", "en"])

UNITS = [
    "",
    "tỷ đồng",
    "triệu đồng",
    "nghìn tỷ đồng",
    "đồng",
    "triệu USD",
    "nghìn lượt",
    "triệu lượt HK.Km",
    "triệu Tấn.Km",
    "%",
    "điểm %",
    "lần",
    "con",
    "ha",
    "m³",
    "km²",
    "tấn",
    "MW",
    "triệu kWh",
    "ngày",
    "triệu đồng/người/năm",
    "thuê bao/100 dân",
    "tiêu chí/xã",
    "giường/vạn dân",
    "người",
    "lao động",
    "hộ",
    "doanh nghiệp",
    "hợp tác xã",
    "nhà máy",
    "lượt người",
]


@st.composite
def printed_decimals(draw, max_places=6, *, signed=True):
    """Decimals as reports print them: no exponent, up to ``max_places`` decimals."""
    low = -(10**18) if signed else 0
    digits = draw(st.integers(min_value=low, max_value=10**18))
    places = draw(st.integers(min_value=0, max_value=max_places))
    return Decimal(digits).scaleb(-places)


def same_decimal(a, b):
    """Equal, and printed with the same number of decimals."""
    return a == b and a.as_tuple().exponent == b.as_tuple().exponent


@given(printed_decimals(), LOCALES, st.booleans())
@example(Decimal("78.0"), "vi", True)  # noqa: FBT003
@example(Decimal(2022), "vi", False)  # noqa: FBT003
def test_numbers_read_back_exactly(value, locale, group):
    assert same_decimal(parse_number(format_number(value, locale, group=group), locale), value)


def _written_from_digits(value, locale, group, min_digits):
    """format_number as it was first written: from the digits of ``value.as_tuple()``."""
    decimal_sep, group_sep = (",", ".") if locale == "vi" else (".", ",")
    sign, digit_tuple, exponent = value.as_tuple()
    digits = "".join(map(str, digit_tuple))
    if exponent >= 0:
        integer, fraction = digits + "0" * exponent, ""
    else:
        digits = digits.rjust(-exponent + 1, "0")
        integer, fraction = digits[:exponent], digits[exponent:]
    integer = integer.lstrip("0").rjust(min_digits, "0")
    if len(integer) + len(fraction) > MAX_DIGITS:
        return None  # parse_number would refuse it: format_number does too
    if group and len(integer) > 3 and not integer.startswith("0"):
        head = len(integer) % 3 or 3
        groups = [integer[:head]] + [integer[i : i + 3] for i in range(head, len(integer), 3)]
        integer = group_sep.join(groups)
    negative = sign == 1 and any(digit_tuple)
    return ("-" if negative else "") + integer + (decimal_sep + fraction if fraction else "")


@given(
    st.decimals(allow_nan=False, allow_infinity=False) | printed_decimals(),
    LOCALES,
    st.booleans(),
    st.integers(min_value=1, max_value=8),
)
@example(Decimal("-0.00"), "vi", True, 1)  # noqa: FBT003
@example(Decimal("0E+3"), "en", True, 2)  # noqa: FBT003
@example(Decimal("-1.5E+7"), "en", True, 1)  # noqa: FBT003
@example(Decimal("1" * 61), "vi", True, 1)  # noqa: FBT003
@example(Decimal("1E-60"), "vi", True, 1)  # noqa: FBT003
@example(Decimal(0), "vi", True, 4)  # noqa: FBT003  (padded: "0000", never "0.000")
def test_numbers_are_written_digit_for_digit(value, locale, group, min_digits):
    expected = _written_from_digits(value, locale, group, min_digits)
    if expected is None:
        with pytest.raises(ValidationError, match="at most 60 digits"):
            format_number(value, locale, group=group, min_digits=min_digits)
        return
    written = format_number(value, locale, group=group, min_digits=min_digits)
    assert written == expected


@given(
    st.decimals(allow_nan=False, allow_infinity=False) | printed_decimals(),
    LOCALES,
    st.booleans(),
    st.integers(min_value=1, max_value=8),
    st.none() | st.integers(min_value=0, max_value=100),
)
@example(Decimal("9" * 60), "vi", True, 1, None)  # noqa: FBT003  (the longest that reads)
@example(Decimal(1), "en", True, 1, 60)  # noqa: FBT003  (61 digits once rounded)
def test_every_formatted_number_parses_back(value, locale, group, min_digits, decimals):
    """format_number writes only what parse_number reads, and it reads the same value."""
    try:
        written = format_number(
            value, locale, group=group, min_digits=min_digits, decimals=decimals
        )
    except ValidationError:
        return
    back = parse_number(written, locale)
    if decimals is not None:
        with localcontext() as ctx:
            ctx.prec = 200
            value = value.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    assert back == value


@given(printed_decimals(), LOCALES, st.integers(min_value=0, max_value=4))
def test_rounded_numbers_read_back_with_the_decimals_asked_for(value, locale, decimals):
    back = parse_number(format_number(value, locale, decimals=decimals), locale)
    assert back.as_tuple().exponent == -decimals
    assert abs(back - value) <= Decimal("0.5").scaleb(-decimals)


@given(printed_decimals(signed=False), st.integers(min_value=1, max_value=8))
def test_leading_zeros_read_back_through_printed(value, min_digits):
    text = format_number(value, min_digits=min_digits)
    printed = parse_printed(text)
    assert same_decimal(printed.value, value)
    assert format_printed(printed) == text


@given(printed_decimals(), LOCALES)
def test_percents_read_back_exactly(value, locale):
    assert same_decimal(parse_percent(format_percent(value, locale), locale), value)


@given(printed_decimals(), st.sampled_from(UNITS), LOCALES)
def test_quantities_read_back_exactly(value, unit, locale):
    quantity = units.quantity(value, unit)
    back = parse_quantity(format_quantity(quantity, locale=locale), locale)
    assert back == quantity
    assert back.units == quantity.units
    assert same_decimal(back.magnitude, value)


@given(printed_decimals(signed=False, max_places=3), st.sampled_from(UNITS), LOCALES)
def test_rescaled_quantities_keep_their_value(value, unit, locale):
    quantity = units.quantity(value, unit)
    for scale in ("auto", "", "nghìn", "tỷ"):
        text = format_quantity(quantity, locale=locale, scale=scale)
        assert parse_quantity(text, locale) == quantity


PREFIXES = {
    "vi": ["", "trên", "hơn", "dưới", "khoảng", "gần", "không quá", "tối đa", "xấp xỉ"],
    "en": ["", "over", "under", "about", "more than", "at least", "nearly"],
}
BOUNDS = {
    "": Bound.EXACT,
    "trên": Bound.AT_LEAST,
    "hơn": Bound.AT_LEAST,
    "dưới": Bound.AT_MOST,
    "khoảng": Bound.ABOUT,
    "gần": Bound.ABOUT,
    "không quá": Bound.AT_MOST,
    "tối đa": Bound.AT_MOST,
    "xấp xỉ": Bound.ABOUT,
    "over": Bound.AT_LEAST,
    "under": Bound.AT_MOST,
    "about": Bound.ABOUT,
    "more than": Bound.AT_LEAST,
    "at least": Bound.AT_LEAST,
    "nearly": Bound.ABOUT,
}


@st.composite
def printed_figures(draw):
    """Printed figures; a fraction in one case of four."""
    locale = draw(LOCALES)
    value = draw(printed_decimals(signed=False, max_places=3))
    unit = draw(st.sampled_from(UNITS))
    qualifier = draw(st.sampled_from(PREFIXES[locale]))
    fraction = draw(st.integers(0, 3)) == 0
    denominator = draw(printed_decimals(signed=False, max_places=3)) if fraction else None
    shared = fraction and (not unit or draw(st.booleans()))
    int_digits = len(str(int(value))) + draw(st.integers(0, 2))
    below_digits = len(str(int(denominator))) + draw(st.integers(0, 2)) if fraction else 1
    return Printed(
        text="",
        value=value,
        unit=unit,
        bound=BOUNDS[qualifier],
        qualifier=qualifier,
        denominator=denominator,
        denominator_unit=unit if fraction else "",
        locale=locale,
        int_digits=int_digits,
        # A zero-padded number ("01500") is written ungrouped, and read back as such.
        grouped=int_digits == len(str(int(value))) or int_digits < 4,
        denominator_int_digits=below_digits,
        denominator_grouped=not fraction
        or below_digits == len(str(int(denominator)))
        or below_digits < 4,
        spaced=draw(st.booleans()) if unit else True,
        shared_unit=shared,
    )


@given(printed_figures())
def test_printed_figures_read_back(printed):
    text = format_printed(printed)
    back = parse_printed(text, printed.locale)
    assert back == attrs.evolve(printed, text=text)
    assert format_printed(back) == text


# One side of a fraction: its value, its leading zeros, and whether it is grouped.
FRACTION_SIDES = st.tuples(st.integers(0, 99_999), st.integers(0, 3), st.booleans())


def _side(value: int, zeros: int, grouped: bool) -> str:  # noqa: FBT001 (a drawn tuple)
    digits = "0" * zeros + str(value)
    return format_number(Decimal(value)) if grouped and not zeros else digits


@given(FRACTION_SIDES, FRACTION_SIDES, st.sampled_from(["xã", "người", "ha", ""]))
@example((3, 1, True), (5, 1, True), "xã")  # "03/05 xã"
@example((1500, 0, True), (1500, 0, False), "xã")  # "1.500/1500 xã"
def test_fractions_keep_the_printed_digits_of_both_sides(top, below, unit):
    """Leading zeros and grouping of each side of a fraction are kept: "03/05 xã"."""
    text = f"{_side(*top)}/{_side(*below)} {unit}".rstrip()
    assert format_printed(parse_printed(text)) == text


# Text made of the pieces figures are made of, to reach deeper than random characters.
SAMPLES = st.lists(
    st.sampled_from(
        [*"0123456789.,/%-+eE ", "tỷ", "đồng", "ha", "trên", " xã", "nghìn", "\u00a0", "ngày"]
    ),
    max_size=30,
).map("".join)


@given(st.one_of(st.text(max_size=60), SAMPLES), LOCALES)
@example("1e999999999 tỷ đồng", "vi")
@example("9" * 100_000, "vi")
@example("1\x00", "vi")
@example("\ud800", "vi")
def test_any_text_parses_or_raises_parse_error(text, locale):
    for parse in (parse_number, parse_printed, parse_quantity, parse_percent, parse_date):
        try:
            parse(text, locale)
        except ParseError as error:
            caught = error
        else:
            continue
        assert 0 <= caught.position <= len(caught.text)
    with contextlib.suppress(ParseError):
        parse_document_number(text)


@given(st.integers(min_value=1, max_value=5000), st.sampled_from(["9", "1.", "0,", "e9"]))
def test_absurdly_long_input_is_refused(size, piece):
    text = piece * size
    if len(text) > 1000:
        with pytest.raises(ParseError, match="at most 1000 characters"):
            parse_printed(text)
    else:
        with contextlib.suppress(ParseError):
            parse_printed(text)


@given(
    st.dates(min_value=dt.date(1000, 1, 1)),
    LOCALES,
    st.one_of(st.none(), st.sampled_from(["Điện Biên", "Hà Nội", "Lai Châu"])),
)
def test_dates_read_back(date, locale, place):
    assert parse_date(format_date(date, locale, place=place), locale) == date


@given(
    st.integers(min_value=0, max_value=10**9 - 1),
    st.from_regex(r"[A-ZĐ][A-Za-zĐđ]{0,3}(-[A-ZĐ]{1,6}){0,2}", fullmatch=True),
    st.one_of(st.none(), st.integers(min_value=1000, max_value=9999)),
    LOCALES,
)
def test_document_numbers_read_back(number, symbol, year, locale):
    document = DocumentNumber(number, symbol, year=year)
    assert parse_document_number(format_document_number(document, locale)) == document
    assert parse_document_number(str(document)) == document
