"""Read and write Vietnamese numbers: the number scanner every reader of the layer shares.

Everything here is exact: values are ``Decimal``, and the printed precision is kept
("78,0" has one decimal). The rules, in Vietnamese (``locale="vi"``, the default):

- ``,`` is the decimal separator and ``.`` groups thousands: "1.500" is 1500 and "1,5"
  is 1.5. English (``locale="en"``) is the reverse.
- Groups have exactly three digits; the first has one to three. "1.50" and "1.5000" are
  errors, never read as 1.5.
- Mixed separators in the wrong order ("13,963.91" in vi) are an error, never a silent
  misread. An exponent ("1e5") is an error: reports print numbers in full.
- Leading zeros are allowed and remembered ("03 nhà máy" is 3, printed back as "03").
- Numbers of four digits or more are grouped when written, except with ``group=False``
  (years: "2022", never "2.022").
- Rounding to fewer decimals is half up (``ROUND_HALF_UP``): 0,125 → 0,13.
- Text longer than 1000 characters, numbers of more than 60 digits, and control
  characters are refused at once, with a :class:`~vnplan.exceptions.ParseError`; so are
  a grouped number with a leading zero ("01.500"), and separators other than the space,
  the no-break, figure and thin spaces (U+2028, U+2029, U+3000 are not spaces).
- :func:`format_number` refuses (:class:`~vnplan.exceptions.ValidationError`) a number it
  would write with more than 60 digits: whatever it writes, :func:`parse_number` reads.

>>> from decimal import Decimal
>>> import vnplan
>>> vnplan.parse_number("13.963,91")
Decimal('13963.91')
>>> vnplan.parse_number("13,963.91")  # doctest: +ELLIPSIS
Traceback (most recent call last):
...
vnplan.exceptions.ParseError: expected the end of the number ... at position 6 of '13,963.91' ...
>>> vnplan.format_number(Decimal("78.0"))
'78,0'
>>> vnplan.format_number(Decimal("2022"), group=False)
'2022'
"""

from __future__ import annotations

import functools
import unicodedata
from decimal import ROUND_HALF_UP, Decimal, localcontext
from typing import Final

from vnplan.exceptions import ParseError, ValidationError

__all__ = ["MAX_DIGITS", "MAX_TEXT_LENGTH", "format_number", "parse_number"]

#: Longer text is refused before it is read.
MAX_TEXT_LENGTH: Final = 1000
#: Numbers with more digits are refused.
MAX_DIGITS: Final = 60

# Enough digits for any product of a printed number and a factor: no rounding.
_EXACT_PRECISION: Final = 4 * MAX_TEXT_LENGTH
_DIGITS: Final = frozenset("0123456789")
_SPACES: Final = frozenset(" \u00a0\u2007\u2009\u202f")
_SIGNS: Final[dict[str, str]] = {"-": "-", "\u2212": "-", "+": ""}
#: The locales vnplan reads and writes.
_LOCALES: Final = ("vi", "en")
_REJECTED_CATEGORIES: Final = frozenset({"Cc", "Cf", "Cs", "Co", "Cn"})
# Line and paragraph separators (U+2028, U+2029) and the spaces not in _SPACES (U+3000,
# the ideographic space; the em and en spaces…): refused, not read as spaces.
_SEPARATOR_CATEGORIES: Final = frozenset({"Zl", "Zp", "Zs"})


@functools.cache
def _separators(locale: str) -> tuple[str, str]:
    """The (decimal, group) separators of ``locale``, from babel's CLDR data.

    vi: (",", "."); en: (".", ","). tests/test_numbers.py pins them, since CLDR data
    can change between babel versions.
    """
    from babel import Locale  # noqa: PLC0415 - CLDR data loads on first use

    symbols = Locale.parse(locale).number_symbols["latn"]
    return str(symbols["decimal"]), str(symbols["group"])


# --------------------------------------------------------------------------------------
# Checks shared by every reader.
# --------------------------------------------------------------------------------------


def _check_locale(locale: object) -> str:
    if isinstance(locale, str) and locale in _LOCALES:
        return locale
    if isinstance(locale, str):
        short = locale.replace("-", "_").split("_", 1)[0].lower()
        if short in _LOCALES:
            return short
    raise ValidationError("locale", "'vi' or 'en'", locale)


def _check_text(text: object, what: str) -> str:
    """Refuse absurd text fast; return it in composed (NFC) form."""
    if not isinstance(text, str):
        msg = f"'text' must be a str (got {text!r})"
        raise TypeError(msg)
    if len(text) > MAX_TEXT_LENGTH:
        raise ParseError(
            text[: MAX_TEXT_LENGTH + 20],
            MAX_TEXT_LENGTH,
            f"{what} of at most {MAX_TEXT_LENGTH} characters (got {len(text)})",
        )
    if not text.isprintable():  # the fast test; then find what is not printable
        for position, char in enumerate(text):
            if char in _SPACES:
                continue
            category = unicodedata.category(char)
            if category in _REJECTED_CATEGORIES:
                raise ParseError(text, position, f"{what} without control characters")
            if category in _SEPARATOR_CATEGORIES:
                raise ParseError(
                    text,
                    position,
                    f"{what} with spaces of one kind: a space, a no-break, figure or thin "
                    f"space (got U+{ord(char):04X} {unicodedata.name(char, 'a separator')})",
                )
    if not text.strip():
        raise ParseError(text, 0, what)
    return text if text.isascii() else unicodedata.normalize("NFC", text)


def _skip_spaces(text: str, position: int) -> int:
    """Skip the spaces of :data:`_SPACES`: the only ones :func:`_check_text` lets through."""
    while position < len(text) and text[position] in _SPACES:
        position += 1
    return position


def _digit_run(text: str, position: int) -> int:
    while position < len(text) and text[position] in _DIGITS:
        position += 1
    return position


class _Number:
    """A number found in text, with how it was printed.

    A plain class, as :class:`_Tail` is: a ``NamedTuple`` costs ``import vnplan`` more
    to build, for tuple behaviour nothing uses.
    """

    __slots__ = ("end", "grouped", "int_digits", "start", "value")

    def __init__(
        self, *, value: Decimal, start: int, end: int, int_digits: int, grouped: bool
    ) -> None:
        self.value = value
        self.start = start
        self.end = end
        self.int_digits = int_digits
        self.grouped = grouped


def _scan_integer(text: str, position: int, locale: str) -> tuple[int, str, bool]:
    """Read the integer part with its groups; return the end, the digits, and grouping."""
    decimal_sep, group_sep = _separators(locale)
    length = len(text)
    first = position
    position = _digit_run(text, position)
    if position == first:
        raise ParseError(text, position, "a digit")
    integer = [text[first:position]]
    if not (
        position + 1 < length and text[position] == group_sep and text[position + 1] in _DIGITS
    ):
        return position, integer[0], False
    if text[first] == "0":
        raise ParseError(
            text,
            first,
            f"a first group without a leading zero: a number grouped with {group_sep!r} "
            f"starts with 1 to 9 (in {locale}, {group_sep!r} groups thousands)",
        )
    if position - first > 3:
        raise ParseError(
            text,
            position,
            f"{decimal_sep!r} or the end of the number: a group before {group_sep!r} "
            f"has one to three digits (in {locale}, {group_sep!r} groups thousands)",
        )
    while position + 1 < length and text[position] == group_sep and text[position + 1] in _DIGITS:
        group_start = position + 1
        position = _digit_run(text, group_start)
        if position - group_start != 3:
            raise ParseError(
                text,
                group_start,
                f"a group of exactly three digits after {group_sep!r} "
                f"(in {locale}, {group_sep!r} groups thousands and "
                f"{decimal_sep!r} is the decimal separator)",
            )
        integer.append(text[group_start:position])
    return position, "".join(integer), True


def _check_number_end(text: str, position: int, locale: str) -> None:
    """Refuse a number that goes on with another separator or an exponent."""
    decimal_sep, group_sep = _separators(locale)
    if position + 1 >= len(text):
        return
    char, following = text[position], text[position + 1]
    if char in (decimal_sep, group_sep) and following in _DIGITS:
        raise ParseError(
            text,
            position,
            f"the end of the number (in {locale}, {decimal_sep!r} is the decimal "
            f"separator and {group_sep!r} groups thousands; separators are not mixed)",
        )
    if char in "eE" and (following in _DIGITS or following in "+-"):
        raise ParseError(text, position, "no exponent: numbers are printed in full")


def _scan_number(text: str, position: int, locale: str) -> _Number:
    """Read one number starting at ``position``; stop at the first character after it."""
    decimal_sep = _separators(locale)[0]
    start = position
    sign = ""
    if position < len(text) and text[position] in _SIGNS:
        sign = _SIGNS[text[position]]
        position += 1
    position, digits, grouped = _scan_integer(text, position, locale)
    fraction = ""
    if position < len(text) and text[position] == decimal_sep:
        fraction_start = position + 1
        position = _digit_run(text, fraction_start)
        if position == fraction_start:
            raise ParseError(text, position, f"a digit after the decimal {decimal_sep!r}")
        fraction = text[fraction_start:position]
    _check_number_end(text, position, locale)
    if len(digits) + len(fraction) > MAX_DIGITS:
        raise ParseError(text, start, f"a number of at most {MAX_DIGITS} digits")
    literal = f"{sign}{digits}.{fraction}" if fraction else f"{sign}{digits}"
    return _Number(
        value=Decimal(literal),
        start=start,
        end=position,
        int_digits=len(digits),
        grouped=grouped,
    )


# --------------------------------------------------------------------------------------
# Numbers.
# --------------------------------------------------------------------------------------


def parse_number(text: str, locale: str = "vi") -> Decimal:
    """Read a printed number exactly.

    Args:
        text: The number as printed ("13.963,91", "78,0", "03"); spaces around it are
            allowed, nothing else.
        locale: ``"vi"`` (``,`` decimal, ``.`` groups) or ``"en"`` (the reverse).

    Returns:
        The value, with the printed decimals kept ("78,0" → ``Decimal('78.0')``).

    Raises:
        ParseError: If the text is not one number, names the position and what was
            expected there.
        ValidationError: If ``locale`` is not ``"vi"`` or ``"en"``.

    Examples:
        >>> from vnplan import parse_number
        >>> parse_number("1.500"), parse_number("1,5"), parse_number("78,0")
        (Decimal('1500'), Decimal('1.5'), Decimal('78.0'))
        >>> parse_number("13,963.91", locale="en")
        Decimal('13963.91')
        >>> parse_number("03")
        Decimal('3')
    """
    locale = _check_locale(locale)
    text = _check_text(text, "a number")
    number = _scan_number(text, _skip_spaces(text, 0), locale)
    end = _skip_spaces(text, number.end)
    if end != len(text):
        raise ParseError(text, number.end, "the end of the number")
    return number.value


def _check_value(value: Decimal | int, field: str = "value") -> Decimal:
    if isinstance(value, bool) or not isinstance(value, Decimal | int):
        msg = f"{field!r} must be a Decimal (got {value!r})"
        raise TypeError(msg)
    value = Decimal(value)
    if not value.is_finite():
        raise ValidationError(field, "a finite Decimal", value)
    if value.adjusted() >= MAX_TEXT_LENGTH:
        raise ValidationError(field, f"a Decimal of fewer than {MAX_TEXT_LENGTH} digits", value)
    return value


def format_number(
    value: Decimal | int,
    locale: str = "vi",
    *,
    decimals: int | None = None,
    group: bool = True,
    min_digits: int = 1,
) -> str:
    """Write a number the way a report prints it.

    Args:
        value: The value; its own decimals are printed ("78.0" → "78,0").
        locale: ``"vi"`` ("13.963,91") or ``"en"`` ("13,963.91").
        decimals: Print exactly this many decimals, rounding half up when fewer.
        group: Group thousands; ``False`` for years and codes ("2022").
        min_digits: Pad the integer part with zeros to this many digits ("03").

    Returns:
        The printed number.

    Raises:
        TypeError: If ``value`` is not a ``Decimal`` or an ``int``.
        ValidationError: If ``value`` is not finite or would be written with more
            than 60 digits (which :func:`parse_number` refuses), or ``locale``,
            ``decimals`` or ``min_digits`` is out of range.

    Examples:
        >>> from decimal import Decimal
        >>> from vnplan import format_number
        >>> format_number(Decimal("13963.91")), format_number(Decimal("1500"))
        ('13.963,91', '1.500')
        >>> format_number(Decimal("0.125"), decimals=2), format_number(Decimal("2.5"), decimals=0)
        ('0,13', '3')
        >>> format_number(Decimal("13963.91"), "en"), format_number(Decimal(2022), group=False)
        ('13,963.91', '2022')
        >>> format_number(Decimal(3), min_digits=2)
        '03'
    """
    locale = _check_locale(locale)
    value = _check_value(value)
    if decimals is not None:
        decimals = _check_int(decimals, "decimals", 0, 100)
        with localcontext() as ctx:
            ctx.prec = max(28, value.adjusted() + decimals + 3)
            value = value.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    min_digits = _check_int(min_digits, "min_digits", 1, MAX_DIGITS)
    return _write(value, locale, group=group, min_digits=min_digits)


def _check_int(value: object, field: str, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ValidationError(field, f"an int from {low} to {high}", value)
    return value


def _write(
    value: Decimal, locale: str, *, group: bool, min_digits: int = 1, field: str = "value"
) -> str:
    """Write ``value``; refuse one :func:`parse_number` would not read back (too many digits)."""
    decimal_sep, group_sep = _separators(locale)
    # "f" writes every digit of a finite Decimal, its decimals kept, with no exponent.
    integer, _, fraction = format(value.copy_abs(), "f").partition(".")
    integer = integer.lstrip("0").rjust(min_digits, "0")
    if len(integer) + len(fraction) > MAX_DIGITS:
        raise ValidationError(
            field,
            f"a number of at most {MAX_DIGITS} digits once written, as parse_number reads "
            f"(it has {len(integer) + len(fraction)})",
            value,
        )
    if group and len(integer) > 3 and integer[0] != "0":  # zero-padded ("0003"): never grouped
        head = len(integer) % 3 or 3
        groups = [integer[:head]] + [integer[i : i + 3] for i in range(head, len(integer), 3)]
        integer = group_sep.join(groups)
    negative = value < 0  # not a zero printed with a minus sign ("-0,00")
    return ("-" if negative else "") + integer + (decimal_sep + fraction if fraction else "")
