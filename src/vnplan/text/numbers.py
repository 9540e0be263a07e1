"""Read and write Vietnamese numbers, quantities, percents, dates and document numbers.

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
  characters are refused at once, with a :class:`~vnplan.exceptions.ParseError`.

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
>>> vnplan.parse_quantity("13.963,91 tỷ đồng")
<Quantity(13963.91, 'tỷ * đồng')>
>>> vnplan.format_quantity(vnplan.parse_quantity("13.963,91 tỷ đồng"), locale="en")
'13,963.91 billion VND'
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from decimal import ROUND_HALF_UP, Decimal, localcontext
from typing import TYPE_CHECKING, Final

import attrs

from vnplan import units
from vnplan._enums import Bound
from vnplan.exceptions import ParseError, UnitError, ValidationError

if TYPE_CHECKING:
    import pint

__all__ = [
    "DocumentNumber",
    "Printed",
    "format_date",
    "format_document_number",
    "format_number",
    "format_percent",
    "format_printed",
    "format_quantity",
    "parse_date",
    "parse_document_number",
    "parse_number",
    "parse_percent",
    "parse_printed",
    "parse_quantity",
]

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

# Qualifiers before a number, longest first within a locale; and after it.
_PREFIXES: Final[dict[str, tuple[tuple[str, Bound], ...]]] = {
    "vi": (
        ("không vượt quá", Bound.AT_MOST),
        ("không quá", Bound.AT_MOST),
        ("tối thiểu", Bound.AT_LEAST),
        ("ít nhất", Bound.AT_LEAST),
        ("xấp xỉ", Bound.ABOUT),
        ("khoảng", Bound.ABOUT),
        ("tối đa", Bound.AT_MOST),
        ("trên", Bound.AT_LEAST),
        ("hơn", Bound.AT_LEAST),
        ("dưới", Bound.AT_MOST),
        ("gần", Bound.ABOUT),
    ),
    "en": (
        ("approximately", Bound.ABOUT),
        ("more than", Bound.AT_LEAST),
        ("less than", Bound.AT_MOST),
        ("at least", Bound.AT_LEAST),
        ("at most", Bound.AT_MOST),
        ("nearly", Bound.ABOUT),
        ("around", Bound.ABOUT),
        ("almost", Bound.ABOUT),
        ("about", Bound.ABOUT),
        ("above", Bound.AT_LEAST),
        ("below", Bound.AT_MOST),
        ("under", Bound.AT_MOST),
        ("over", Bound.AT_LEAST),
    ),
}
_SUFFIXES: Final[dict[str, tuple[tuple[str, Bound], ...]]] = {
    "vi": (("trở xuống", Bound.AT_MOST), ("trở lên", Bound.AT_LEAST)),
    "en": (("or more", Bound.AT_LEAST), ("or less", Bound.AT_MOST)),
}
# The word written for a bound that has no printed qualifier.
_DEFAULT_QUALIFIER: Final[dict[str, dict[Bound, str]]] = {
    "vi": {Bound.AT_LEAST: "trên", Bound.AT_MOST: "dưới", Bound.ABOUT: "khoảng"},
    "en": {Bound.AT_LEAST: "over", Bound.AT_MOST: "under", Bound.ABOUT: "about"},
}


@functools.cache
def _separators(locale: str) -> tuple[str, str]:
    """The (decimal, group) separators of ``locale``, from babel's CLDR data.

    vi: (",", "."); en: (".", ","). tests/test_numbers.py pins them, since CLDR data
    can change between babel versions.
    """
    from babel import Locale  # noqa: PLC0415 - CLDR data loads on first use

    symbols = Locale.parse(locale).number_symbols["latn"]
    return str(symbols["decimal"]), str(symbols["group"])


@functools.cache
def _months_en() -> tuple[str, ...]:
    """The English month names, January first, from babel's CLDR data."""
    from babel.dates import get_month_names  # noqa: PLC0415 - CLDR data loads on first use

    names = get_month_names("wide", locale="en")
    return tuple(str(names[month]) for month in range(1, 13))


@functools.cache
def _month_lookup() -> dict[str, int]:
    """English month names and their three-letter forms, case-folded, to month numbers."""
    months = _months_en()
    return {
        **{name.casefold(): index for index, name in enumerate(months, 1)},
        **{name[:3].casefold(): index for index, name in enumerate(months, 1)},
        "sept": 9,
    }


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
            if char not in _SPACES and unicodedata.category(char) in _REJECTED_CATEGORIES:
                raise ParseError(text, position, f"{what} without control characters")
    if not text.strip():
        raise ParseError(text, 0, what)
    return text if text.isascii() else unicodedata.normalize("NFC", text)


def _skip_spaces(text: str, position: int) -> int:
    while position < len(text) and (text[position] in _SPACES or text[position].isspace()):
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
        ValidationError: If ``value`` is not finite, or ``locale``, ``decimals`` or
            ``min_digits`` is out of range.

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


def _write(value: Decimal, locale: str, *, group: bool, min_digits: int = 1) -> str:
    decimal_sep, group_sep = _separators(locale)
    # "f" writes every digit of a finite Decimal, its decimals kept, with no exponent.
    integer, _, fraction = format(value.copy_abs(), "f").partition(".")
    integer = integer.lstrip("0").rjust(min_digits, "0")
    if group and len(integer) > 3:
        head = len(integer) % 3 or 3
        groups = [integer[:head]] + [integer[i : i + 3] for i in range(head, len(integer), 3)]
        integer = group_sep.join(groups)
    negative = value < 0  # not a zero printed with a minus sign ("-0,00")
    return ("-" if negative else "") + integer + (decimal_sep + fraction if fraction else "")


# --------------------------------------------------------------------------------------
# Printed figures: number, unit, qualifier, fraction.
# --------------------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class Printed:
    """A figure as a report prints it: the text, and what it says.

    Built by :func:`parse_printed`; :func:`format_printed` writes it back.

    Examples:
        >>> from vnplan import parse_printed
        >>> p = parse_printed("trên 1.500 tỷ đồng")
        >>> p.value, p.unit, p.bound.value, p.decimals
        (Decimal('1500'), 'tỷ đồng', 'at-least', 0)
        >>> f = parse_printed("115/115 xã")
        >>> f.value, f.denominator, f.unit, f.denominator_unit
        (Decimal('115'), Decimal('115'), 'xã', 'xã')
    """

    #: The text exactly as given.
    text: str = attrs.field(validator=attrs.validators.instance_of(str))
    #: The value, with its printed decimals ("78,0" → Decimal('78.0')).
    value: Decimal = attrs.field(validator=attrs.validators.instance_of(Decimal))
    #: The unit as printed, scale word included, spaces collapsed ("tỷ đồng"); "" if none.
    unit: str = attrs.field(default="", validator=attrs.validators.instance_of(str))
    #: What a qualifier says about the value (trên, hơn → at least; dưới, không quá →
    #: at most; khoảng, gần, xấp xỉ → about). "gần" (nearly) is read as about, since
    #: the report does not say by how much the value falls short.
    bound: Bound = attrs.field(default=Bound.EXACT, validator=attrs.validators.instance_of(Bound))
    #: The qualifier as printed ("trên", "trở lên"); "" if none.
    qualifier: str = attrs.field(default="", validator=attrs.validators.instance_of(str))
    #: The denominator of a fraction ("115/115 xã" → 115), or ``None``.
    denominator: Decimal | None = attrs.field(
        default=None,
        validator=attrs.validators.optional(attrs.validators.instance_of(Decimal)),
    )
    #: The unit of the denominator ("xã"); "" if none.
    denominator_unit: str = attrs.field(default="", validator=attrs.validators.instance_of(str))
    #: The locale the text was read in ("vi" or "en").
    locale: str = attrs.field(default="vi", validator=attrs.validators.in_(("vi", "en")))
    #: How many integer digits the value was printed with ("03" → 2).
    int_digits: int = attrs.field(default=1, validator=attrs.validators.ge(1))
    #: Whether numbers of four digits or more were printed grouped ("1.500", not "1500").
    grouped: bool = attrs.field(default=True, validator=attrs.validators.instance_of(bool))
    #: Whether a space separates the number from its unit ("102,49 %" vs "102,49%").
    spaced: bool = attrs.field(default=True, validator=attrs.validators.instance_of(bool))
    #: For a fraction, whether one unit follows both numbers ("115/115 xã") rather than
    #: each number having its own ("200.635,67 ha/360.149,82 ha").
    shared_unit: bool = attrs.field(default=False, validator=attrs.validators.instance_of(bool))

    @property
    def decimals(self) -> int:
        """The number of decimals printed ("78,0" → 1)."""
        exponent = self.value.as_tuple().exponent
        return max(0, -exponent) if isinstance(exponent, int) else 0

    @property
    def quantity(self) -> pint.Quantity[Decimal]:
        """The value in its printed unit, as a pint quantity (scale word kept)."""
        return units.quantity(self.value, self.unit)

    @property
    def denominator_quantity(self) -> pint.Quantity[Decimal] | None:
        """The denominator in its unit, or ``None`` when this is not a fraction."""
        if self.denominator is None:
            return None
        return units.quantity(self.denominator, self.denominator_unit)


def _match_prefix(text: str, position: int, locale: str) -> tuple[str, Bound, int] | None:
    if text[position : position + 1] in _DIGITS:  # most figures: no word starts with a digit
        return None
    folded = text[position : position + 20].casefold()
    for word, bound in _PREFIXES[locale]:
        if folded.startswith(word):
            end = position + len(word)
            after = _skip_spaces(text, end)
            if after > end and after < len(text):
                return text[position:end], bound, after
    return None


def _match_suffix(text: str, end: int, locale: str) -> tuple[str, Bound, int] | None:
    stripped_end = end
    while stripped_end > 0 and text[stripped_end - 1].isspace():
        stripped_end -= 1
    for word, bound in _SUFFIXES[locale]:
        start = stripped_end - len(word)
        if start > 0 and text[start - 1].isspace() and text[start:stripped_end].casefold() == word:
            return text[start:stripped_end], bound, start
    return None


def _unit_part(text: str, start: int, end: int) -> str:
    """Check the unit text between ``start`` and ``end``; return it, spaces collapsed."""
    unit = " ".join(text[start:end].split())
    if not unit or unit == "%":
        return unit
    try:
        units.unit_info(unit)
    except UnitError as error:
        found = text.find(error.word, start, end) if error.word else -1
        position = found if found >= 0 else _skip_spaces(text, start)
        raise ParseError(text, position, f"a unit: {error}") from error
    return unit


def _fraction_slash(text: str, start: int, end: int) -> int:
    """Find the ``/`` that starts a denominator (a number follows it), or -1."""
    slash = text.find("/", start, end)
    while slash >= 0:
        after = _skip_spaces(text, slash + 1)
        if after < end and (text[after] in _DIGITS or text[after] in _SIGNS):
            return slash
        slash = text.find("/", slash + 1, end)
    return -1


def parse_printed(text: str, locale: str = "vi") -> Printed:
    """Read a printed figure: number, unit, qualifier and fraction, keeping the text.

    Reads everything the report prints: "13.963,91 tỷ đồng", "810 nghìn lượt",
    "102,49 %", "2,35 lần", "03 nhà máy", "311,38 triệu lượt HK.Km", "4.668,71ha",
    "trên 1.500 tỷ đồng", "115/115 xã", "200.635,67 ha/360.149,82 ha", and in English
    "13,963.91 billion VND". A ``/`` followed by a number starts a denominator when
    the units on its two sides measure the same thing ("4.078,13 triệu đồng/4.366,59
    triệu đồng"); otherwise it belongs to the unit when the rest reads as one unit
    ("thuê bao/100 dân"). Any other ``/`` is part of the unit ("triệu đồng/người/năm").

    Args:
        text: The figure as printed.
        locale: ``"vi"`` or ``"en"``.

    Returns:
        The :class:`Printed` figure.

    Raises:
        ParseError: If the text is not a figure: it names the position and what was
            expected (a digit, a unit vnplan knows, the end of the text…).
        ValidationError: If ``locale`` is not ``"vi"`` or ``"en"``.

    Examples:
        >>> from vnplan import parse_printed
        >>> p = parse_printed("4.668,71ha")
        >>> p.value, p.unit, p.spaced
        (Decimal('4668.71'), 'ha', False)
        >>> parse_printed("gần 1.000 người").bound.value
        'about'
        >>> parse_printed("13,963.91 billion VND", locale="en").unit
        'billion VND'
    """
    if type(text) is str and type(locale) is str:
        return _read_cached(text, locale)
    return _read_printed(text, locale)


@functools.lru_cache(maxsize=8192)
def _read_cached(text: str, locale: str) -> Printed:
    """Read a printed text once: a report prints the same figures ("2,5 %") again and again.

    A :class:`Printed` is immutable, so the same object serves every reading; errors are
    not kept. :func:`vnplan.units.define` empties the cache, since a new unit may change
    how a text reads.
    """
    return _read_printed(text, locale)


units.on_define(_read_cached.cache_clear)


def _read_printed(text: str, locale: str) -> Printed:
    original = text
    locale = _check_locale(locale)
    text = _check_text(text, "a printed figure")
    plain = _read_plain(original, text, locale)
    if plain is not None:
        return plain
    return _scan_printed(original, text, locale)


def _scan_printed(original: str, text: str, locale: str) -> Printed:
    """Read ``text`` (checked by :func:`_check_text`) with the scanner, which reads every shape."""
    position = _skip_spaces(text, 0)
    end = len(text)
    qualifier, bound = "", Bound.EXACT
    prefix = _match_prefix(text, position, locale)
    if prefix is not None:
        qualifier, bound, position = prefix
    suffix = _match_suffix(text, end, locale)
    if suffix is not None:
        if qualifier:
            raise ParseError(text, suffix[2], "at most one qualifier")
        qualifier, bound, end = suffix
    number = _scan_number(text, position, locale)
    tail = _scan_tail(text, number, end, locale)
    numbers = [number] if tail.denominator is None else [number, tail.denominator]
    grouped = not any(n.int_digits >= 4 and not n.grouped for n in numbers)
    return _checked_printed(
        text=original,
        value=number.value,
        unit=tail.unit,
        bound=bound,
        qualifier=" ".join(qualifier.split()),
        denominator=None if tail.denominator is None else tail.denominator.value,
        denominator_unit=tail.denominator_unit,
        locale=locale,
        int_digits=number.int_digits,
        grouped=grouped,
        spaced=tail.spaced,
        shared_unit=tail.shared,
    )


@functools.cache
def _plain_pattern(locale: str) -> re.Pattern[str]:
    """The shape of most printed figures in ``locale``: "11.054,32 tỷ đồng", "16,93%".

    An unsigned number in standard groups, then a unit (a letter or ``%`` first; no
    digit, no ``/``), with one space before it or none. Nothing before the number, and
    nothing after it that the scanner reads on or refuses: a separator and a digit
    cannot follow, and ``(?!…)`` leaves "1e-" and "1E+" (exponents) to the scanner.
    """
    decimal_sep, group_sep = map(re.escape, _separators(locale))
    return re.compile(
        rf"(?P<integer>[0-9]{{1,3}}(?:{group_sep}[0-9]{{3}})+|[0-9]+)"
        rf"(?:{decimal_sep}(?P<fraction>[0-9]+))?"
        r"(?![eE][+\-])"
        r"(?:(?P<space> ?)(?P<unit>(?:[^\W\d_]|%)[^0-9/]*))?"
    )


def _read_plain(original: str, text: str, locale: str) -> Printed | None:
    """Read the common shape of :func:`_plain_pattern` fast, or return ``None``.

    What it reads, it reads exactly as the scanner (:func:`_scan_printed`) does;
    tests/test_numbers_plain.py compares them. It leaves to the scanner everything
    else: qualifiers (after the number too: "trở lên"), signs, fractions and units with
    ``/``, other spaces, too many digits, units vnplan does not know, and every error.
    """
    match = _plain_pattern(locale).fullmatch(text)
    if match is None or _match_suffix(text, len(text), locale) is not None:
        return None
    integer, fraction, space = match.group("integer", "fraction", "space")
    group_sep = _separators(locale)[1]
    digits = integer.replace(group_sep, "")
    if len(digits) + len(fraction or "") > MAX_DIGITS:
        return None
    unit = ""
    if match["unit"] is not None:
        try:
            unit = _unit_part(text, match.start("unit"), len(text))
        except ParseError:
            return None
    return _checked_printed(
        text=original,
        value=Decimal(f"{digits}.{fraction}" if fraction else digits),
        unit=unit,
        bound=Bound.EXACT,
        qualifier="",
        denominator=None,
        denominator_unit="",
        locale=locale,
        int_digits=len(digits),
        grouped=len(digits) < 4 or group_sep in integer,
        spaced=space != "",
        shared_unit=False,
    )


def _checked_printed(
    *,
    text: str,
    value: Decimal,
    unit: str,
    bound: Bound,
    qualifier: str,
    denominator: Decimal | None,
    denominator_unit: str,
    locale: str,
    int_digits: int,
    grouped: bool,
    spaced: bool,
    shared_unit: bool,
) -> Printed:
    """The :class:`Printed` of these fields, which :func:`_read_printed` has checked.

    ``Printed(...)`` without its validators, which only check types, run again: a
    report prints hundreds of figures. Named parameters, not ``**fields``: mypy checks
    the types, and no dict is built (a third of the cost). A test checks that they are
    the fields of :class:`Printed`.
    """
    printed = object.__new__(Printed)
    set_field = object.__setattr__  # Printed is frozen
    set_field(printed, "text", text)
    set_field(printed, "value", value)
    set_field(printed, "unit", unit)
    set_field(printed, "bound", bound)
    set_field(printed, "qualifier", qualifier)
    set_field(printed, "denominator", denominator)
    set_field(printed, "denominator_unit", denominator_unit)
    set_field(printed, "locale", locale)
    set_field(printed, "int_digits", int_digits)
    set_field(printed, "grouped", grouped)
    set_field(printed, "spaced", spaced)
    set_field(printed, "shared_unit", shared_unit)
    return printed


class _Tail:
    """What follows the first number of a printed figure.

    A plain class, not attrs: it is never compared, hashed or shown, and an attrs class
    costs ``import vnplan`` half a millisecond to build.
    """

    __slots__ = ("denominator", "denominator_unit", "shared", "spaced", "unit")

    def __init__(
        self,
        unit: str = "",
        denominator: _Number | None = None,
        denominator_unit: str = "",
        *,
        shared: bool = False,
        spaced: bool = True,
    ) -> None:
        self.unit = unit
        self.denominator = denominator
        self.denominator_unit = denominator_unit
        self.shared = shared
        self.spaced = spaced


def _scan_tail(text: str, number: _Number, end: int, locale: str) -> _Tail:
    after = _skip_spaces(text, number.end)
    if after >= end:
        return _Tail()
    if text[after] == "/" and _fraction_slash(text, after, end) == after:
        # "115/115 xã": one unit after both numbers.
        denominator = _scan_number(text, _skip_spaces(text, after + 1), locale)
        unit_start = _skip_spaces(text, denominator.end)
        unit = _unit_part(text, unit_start, end)
        spaced = unit_start > denominator.end or not unit
        return _Tail(unit, denominator, unit, shared=True, spaced=spaced)
    # "200.635,67 ha/360.149,82 ha" is a fraction, with a unit after each number;
    # "80,5 thuê bao/100 dân" is one unit. A '/' and a number start a denominator when
    # the units on both sides measure the same thing; otherwise, when the whole rest
    # reads as a unit, it is one; failing that, any fraction that reads is taken.
    fractions: list[_Tail] = []
    fraction_error: ParseError | None = None
    slash = _fraction_slash(text, after, end)
    while slash >= 0:
        try:
            fractions.append(
                _unit_fraction(text, number, after=after, slash=slash, end=end, locale=locale)
            )
        except ParseError as error:
            fraction_error = fraction_error or error
        slash = _fraction_slash(text, slash + 1, end)
    for fraction in fractions:
        if units.same_dimension(fraction.unit, fraction.denominator_unit):
            return fraction
    try:
        return _Tail(_unit_part(text, after, end), spaced=after > number.end)
    except ParseError:
        if fractions:
            return fractions[0]
        if fraction_error is not None:
            raise fraction_error from fraction_error.__cause__
        raise


def _unit_fraction(
    text: str, number: _Number, *, after: int, slash: int, end: int, locale: str
) -> _Tail:
    unit = _unit_part(text, after, slash)
    denominator = _scan_number(text, _skip_spaces(text, slash + 1), locale)
    unit_start = _skip_spaces(text, denominator.end)
    if unit_start >= end:
        raise ParseError(text, unit_start, "a unit after the denominator")
    return _Tail(
        unit,
        denominator,
        _unit_part(text, unit_start, end),
        spaced=after > number.end,
    )


def format_printed(printed: Printed) -> str:
    """Write a :class:`Printed` figure back as the report prints it.

    ``format_printed(parse_printed(text))`` gives ``text`` back with its spaces
    collapsed: the digits (leading zeros and trailing decimals included), the grouping,
    the qualifier, the unit as printed, and the space or no space before the unit are
    all kept. A hand-made ``Printed`` with a bound and no qualifier gets the usual word
    (trên, dưới, khoảng; over, under, about).

    Args:
        printed: The figure.

    Returns:
        The printed text.

    Examples:
        >>> from vnplan import format_printed, parse_printed
        >>> format_printed(parse_printed("03 nhà máy"))
        '03 nhà máy'
        >>> format_printed(parse_printed("trên  1.500 tỷ đồng"))
        'trên 1.500 tỷ đồng'
    """
    locale = printed.locale
    number = _write(
        _check_value(printed.value),
        locale,
        group=printed.grouped,
        min_digits=printed.int_digits,
    )
    gap = " " if printed.spaced else ""
    if printed.denominator is None:
        body = f"{number}{gap}{printed.unit}" if printed.unit else number
    else:
        below = _write(
            _check_value(printed.denominator, "denominator"), locale, group=printed.grouped
        )
        if printed.shared_unit:
            body = f"{number}/{below}{gap}{printed.unit}".rstrip()
        else:
            top = f"{number}{gap}{printed.unit}" if printed.unit else number
            tail = f"{below}{gap}{printed.denominator_unit}" if printed.denominator_unit else below
            body = f"{top}/{tail}"
    qualifier = printed.qualifier or _DEFAULT_QUALIFIER[locale].get(printed.bound, "")
    if not qualifier:
        return body
    if any(qualifier.casefold() == word for word, _ in _SUFFIXES[locale]):
        return f"{body} {qualifier}"
    return f"{qualifier} {body}"


def parse_quantity(text: str, locale: str = "vi") -> pint.Quantity[Decimal]:
    """Read a printed quantity into a pint quantity with an exact ``Decimal`` magnitude.

    The quantity stays in the printed unit, scale word included ("13.963,91 tỷ đồng" is
    13963.91 tỷ đồng, not 13963910000000 đồng). A quantity keeps neither the text nor
    a qualifier: text with a qualifier ("trên …") or a fraction ("115/115 xã") is
    refused here; read it with :func:`parse_printed`, which keeps both.

    Args:
        text: The quantity as printed ("810 nghìn lượt", "102,49 %").
        locale: ``"vi"`` or ``"en"``.

    Returns:
        The quantity.

    Raises:
        ParseError: If the text is not one quantity.

    Examples:
        >>> from vnplan import parse_quantity
        >>> q = parse_quantity("311,38 triệu lượt HK.Km")
        >>> q.magnitude, str(q.units)
        (Decimal('311.38'), 'lượt_HK_km * triệu')
        >>> parse_quantity("78,0 triệu USD").magnitude
        Decimal('78.0')
    """
    printed = parse_printed(text, locale)
    if printed.denominator is not None:
        raise ParseError(
            printed.text,
            printed.text.find("/"),
            "one quantity, not a fraction (parse_printed reads fractions)",
        )
    if printed.qualifier:
        raise ParseError(
            printed.text,
            0,
            "a number: a quantity keeps no qualifier (parse_printed keeps it as a bound)",
        )
    return printed.quantity


def parse_percent(text: str, locale: str = "vi") -> Decimal:
    """Read a printed percentage: the number before the ``%``.

    Args:
        text: The percentage as printed ("102,49 %", "102,49%").
        locale: ``"vi"`` or ``"en"``.

    Returns:
        The number of percent ("102,49 %" → ``Decimal('102.49')``).

    Raises:
        ParseError: If the text is not a number followed by ``%``.

    Examples:
        >>> from vnplan import parse_percent
        >>> parse_percent("102,49 %"), parse_percent("8,15%")
        (Decimal('102.49'), Decimal('8.15'))
    """
    printed = parse_printed(text, locale)
    if printed.unit != "%" or printed.denominator is not None or printed.qualifier:
        raise ParseError(printed.text, len(printed.text.rstrip()), "a number followed by '%'")
    return printed.value


def format_percent(value: Decimal | int, locale: str = "vi", *, decimals: int | None = None) -> str:
    """Write a percentage with ``%`` right after the number ("102,49%").

    The report prints both "102,49%" and "102,49 %"; vnplan writes the first, as CLDR
    does for both locales. :func:`parse_percent` reads both.

    Args:
        value: The number of percent (``Decimal("102.49")`` for 102,49%).
        locale: ``"vi"`` or ``"en"``.
        decimals: Print exactly this many decimals, rounding half up.

    Returns:
        The printed percentage.

    Examples:
        >>> from decimal import Decimal
        >>> from vnplan import format_percent
        >>> format_percent(Decimal("102.49")), format_percent(Decimal("102.49"), "en")
        ('102,49%', '102.49%')
    """
    return format_number(value, locale, decimals=decimals) + "%"


# --------------------------------------------------------------------------------------
# Quantities.
# --------------------------------------------------------------------------------------


def _scale_power(scale: str) -> int:
    if scale == "":
        return 0
    power, rest = units.split_scale(scale)
    if power == 0 or rest:
        raise ValidationError(
            "scale",
            "'auto', None, '' or a scale word (nghìn, triệu, tỷ, nghìn tỷ)",
            scale,
        )
    return power


def _scale_word(power: int) -> str:
    return next(name for name, value in units.SCALE_WORDS.items() if value == 10**power).replace(
        "_", " "
    )


def _rescale(value: Decimal, unit: str, scale: str) -> tuple[Decimal, str]:
    with localcontext() as ctx:
        ctx.prec = _EXACT_PRECISION
        return _rescale_exactly(value, unit, scale)


def _rescale_exactly(value: Decimal, unit: str, scale: str) -> tuple[Decimal, str]:
    power, base = units.split_scale(unit)
    if scale == "auto":
        if units.unit_info(base or "lần").dimension in {"dimensionless", "[percentage_point]"}:
            return value, unit
        base_value = value.scaleb(power)
        target = next(
            (
                p
                for name in units.AUTO_SCALES
                if name != "nghìn_tỷ"
                and abs(base_value) >= 10 ** (p := len(str(units.SCALE_WORDS[name])) - 1)
            ),
            0,
        )
    else:
        target = _scale_power(scale)
    if target == power:
        return value, unit
    scaled = value.scaleb(power - target)
    if scaled == scaled.to_integral_value():
        scaled = scaled.quantize(Decimal(1))
    else:
        scaled = scaled.normalize()
    word = _scale_word(target) if target else ""
    return scaled, " ".join(part for part in (word, base) if part)


def format_quantity(
    quantity: pint.Quantity[Decimal] | Decimal | int,
    unit: str | None = None,
    locale: str = "vi",
    *,
    scale: str | None = None,
    decimals: int | None = None,
) -> str:
    """Write a quantity the way a report prints it: "13.963,91 tỷ đồng".

    Args:
        quantity: A pint quantity of vnplan's registry, or a bare ``Decimal`` value
            whose unit is given in ``unit``.
        unit: For a bare value, its unit as printed (required). For a quantity, the
            unit to convert it to first (exactly; never between currencies).
        locale: ``"vi"`` or ``"en"``. In English the scale words and units with an
            English name are translated: tỷ → billion, triệu → million, nghìn →
            thousand, nghìn tỷ → trillion, đồng → VND, người → persons, hộ →
            households, lượt → visits, tấn → tonnes, lần → times, điểm % → percentage
            points, and so on (``vnplan.units``); the others keep their Vietnamese
            name, which reads back in either locale.
        scale: ``None`` (the default) keeps the unit's own scale word. ``"auto"`` picks
            tỷ, triệu or nghìn: the largest that leaves at least 1 (percentages, factors
            and percentage points are never rescaled). A scale word ("tỷ", "triệu",
            "nghìn", "nghìn tỷ", or "billion"…) forces it, and ``""`` removes it. When
            the scale changes, trailing zeros the new scale makes are dropped.
        decimals: Print exactly this many decimals, rounding half up.

    Returns:
        The printed quantity; ``%`` follows the number with no space.

    Raises:
        TypeError: If a bare value comes without a unit.
        UnitError: If the unit is unknown.
        DimensionalityError: If ``unit`` measures something else than ``quantity``.
        ValidationError: If ``scale``, ``locale`` or ``decimals`` is out of range.

    Examples:
        >>> from decimal import Decimal
        >>> from vnplan import format_quantity
        >>> format_quantity(Decimal("13963.91"), "tỷ đồng")
        '13.963,91 tỷ đồng'
        >>> format_quantity(Decimal("13963910000000"), "đồng", scale="auto")
        '13.963,91 tỷ đồng'
        >>> format_quantity(Decimal("13963.91"), "tỷ đồng", "en")
        '13,963.91 billion VND'
        >>> format_quantity(Decimal("78.0"), "triệu USD"), format_quantity(Decimal("810000"), "lượt", scale="nghìn")
        ('78,0 triệu USD', '810 nghìn lượt')
        >>> format_quantity(Decimal("13963.91"), "tỷ đồng", scale="triệu")
        '13.963.910 triệu đồng'
    """  # noqa: E501  (a doctest line)
    locale = _check_locale(locale)
    if isinstance(quantity, Decimal | int):
        if unit is None:
            msg = "'unit' must be given with a bare value (got None)"
            raise TypeError(msg)
        value, text = _check_value(quantity), " ".join(unit.split())
        units.unit_info(text)
    else:
        value, text = quantity.magnitude, units.unit_text(quantity)
        if not isinstance(value, Decimal):
            raise ValidationError("quantity", "a quantity with a Decimal magnitude", quantity)
        if unit is not None:
            with localcontext() as ctx:
                ctx.prec = _EXACT_PRECISION
                value = value * units.conversion_factor(text, unit)
            text = " ".join(unit.split())
    if scale is not None:
        value, text = _rescale(value, text, scale)
    number = format_number(value, locale, decimals=decimals)
    if locale == "en" and text:
        text = units.unit_text(text, "en")
    if not text:
        return number
    return f"{number}{'' if text == '%' else ' '}{text}"


# --------------------------------------------------------------------------------------
# Dates.
# --------------------------------------------------------------------------------------


def _words(text: str, start: int) -> list[tuple[int, str]]:
    """Split text into (position, word) pairs at spaces."""
    result: list[tuple[int, str]] = []
    position = start
    while True:
        position = _skip_spaces(text, position)
        if position >= len(text):
            return result
        end = position
        while end < len(text) and not (text[end] in _SPACES or text[end].isspace()):
            end += 1
        result.append((position, text[position:end]))
        position = end


def _small_int(text: str, position: int, word: str, expected: str, width: range) -> int:
    if not word or any(c not in _DIGITS for c in word) or len(word) not in width:
        raise ParseError(text, position, expected)
    return int(word)


def _make_date(text: str, position: int, year: int, month: int, day: int) -> dt.date:
    try:
        return dt.date(year, month, day)
    except ValueError as error:
        raise ParseError(text, position, f"a date that exists ({error})") from error


def _parse_numeric_date(text: str, start: int, locale: str) -> dt.date | None:
    body = text[start:].strip()
    if len(body) == 10 and body[4] == "-" and body[7] == "-":
        parts = body[:4], body[5:7], body[8:]
        if all(p and set(p) <= _DIGITS for p in parts):
            return _make_date(text, start, int(parts[0]), int(parts[1]), int(parts[2]))
    if locale == "vi" and body[:1] in _DIGITS:
        separator = "/" if "/" in body else "-" if "-" in body else "."
        pieces = body.split(separator)
        if len(pieces) != 3:
            raise ParseError(text, start, "a date d/m/yyyy or 'ngày dd tháng mm năm yyyy'")
        day = _small_int(text, start, pieces[0], "a day of one or two digits", range(1, 3))
        offset = start + len(pieces[0]) + 1
        month = _small_int(text, offset, pieces[1], "a month of one or two digits", range(1, 3))
        offset += len(pieces[1]) + 1
        year = _small_int(text, offset, pieces[2], "a year of four digits", range(4, 5))
        return _make_date(text, start, year, month, day)
    return None


def _parse_vi_words(text: str, start: int) -> dt.date:
    words = _words(text, start)
    keys = ("ngày", "tháng", "năm")
    values: list[int] = []
    for index, key in enumerate(keys):
        if len(words) <= 2 * index or words[2 * index][1].casefold() != key:
            position = words[2 * index][0] if len(words) > 2 * index else len(text)
            raise ParseError(text, position, f"{key!r}")
        if len(words) <= 2 * index + 1:
            raise ParseError(text, len(text), f"a number after {key!r}")
        position, word = words[2 * index + 1]
        width = range(4, 5) if key == "năm" else range(1, 3)
        what = (
            "a year of four digits"
            if key == "năm"
            else f"a number of one or two digits after {key!r}"
        )
        values.append(_small_int(text, position, word, what, width))
    if len(words) > 6:
        raise ParseError(text, words[6][0], "the end of the date")
    return _make_date(text, words[1][0], values[2], values[1], values[0])


def _parse_en_words(text: str, start: int) -> dt.date:
    words = _words(text, start)
    if len(words) != 3:
        position = words[3][0] if len(words) > 3 else len(text)
        raise ParseError(text, position, "a date '2 December 2022' or 'December 2, 2022'")
    (p0, w0), (p1, w1), (p2, w2) = words
    if w0[:1] in _DIGITS:
        day = _small_int(text, p0, w0, "a day of one or two digits", range(1, 3))
        month = _month_lookup().get(w1.casefold().rstrip("."))
        month_position = p1
    else:
        month = _month_lookup().get(w0.casefold().rstrip("."))
        month_position = p0
        day = _small_int(text, p1, w1.removesuffix(","), "a day of one or two digits", range(1, 3))
    if month is None:
        raise ParseError(text, month_position, "an English month name")
    year = _small_int(text, p2, w2, "a year of four digits", range(4, 5))
    return _make_date(text, p0, year, month, day)


def parse_date(text: str, locale: str = "vi") -> dt.date:
    """Read a printed date.

    Reads, in Vietnamese, "ngày 02 tháng 12 năm 2022" (with or without the place before
    it: "Điện Biên, ngày 02 tháng 12 năm 2022"), "02/12/2022" (day first) and
    "2022-12-02"; in English, "2 December 2022", "December 2, 2022" and "2022-12-02".

    Args:
        text: The date as printed.
        locale: ``"vi"`` or ``"en"``.

    Returns:
        The date.

    Raises:
        ParseError: If the text is not a date, or names a day that does not exist.

    Examples:
        >>> from vnplan import parse_date
        >>> parse_date("Điện Biên, ngày 02 tháng 12 năm 2022")
        datetime.date(2022, 12, 2)
        >>> parse_date("02/12/2022"), parse_date("2 December 2022", locale="en")
        (datetime.date(2022, 12, 2), datetime.date(2022, 12, 2))
    """
    locale = _check_locale(locale)
    text = _check_text(text, "a date")
    start = _skip_spaces(text, 0)
    numeric = _parse_numeric_date(text, start, locale)
    if numeric is not None:
        return numeric
    if locale == "en":
        words = _words(text, start)
        if len(words) == 3 or "," not in text:
            return _parse_en_words(text, start)
        return _parse_en_words(text, _after_place(text, start))
    return _parse_vi_words(text, _after_place(text, start))


def _after_place(text: str, start: int) -> int:
    comma = text.rfind(",", start)
    if comma < 0:
        return start
    if comma == start or not text[start:comma].strip():
        raise ParseError(text, start, "a place name before ','")
    return comma + 1


def format_date(date: dt.date, locale: str = "vi", *, place: str | None = None) -> str:
    """Write a date in the administrative style (Nghị định 30/2020/NĐ-CP, Phụ lục I).

    In Vietnamese, days 1–9 and months 1–2 take a leading zero, other months do not.

    Args:
        date: The date.
        locale: ``"vi"`` ("ngày 02 tháng 12 năm 2022") or ``"en"`` ("2 December 2022").
        place: The place written before the date ("Điện Biên, ngày …").

    Returns:
        The printed date.

    Raises:
        ValidationError: If ``place`` is empty or has a comma or a digit.

    Examples:
        >>> from datetime import date
        >>> from vnplan import format_date
        >>> format_date(date(2022, 12, 2)), format_date(date(2022, 3, 15))
        ('ngày 02 tháng 12 năm 2022', 'ngày 15 tháng 3 năm 2022')
        >>> format_date(date(2023, 2, 5)), format_date(date(2022, 12, 2), "en")
        ('ngày 05 tháng 02 năm 2023', '2 December 2022')
        >>> format_date(date(2022, 12, 2), place="Điện Biên")
        'Điện Biên, ngày 02 tháng 12 năm 2022'
    """
    locale = _check_locale(locale)
    _check_date(date)
    if locale == "en":
        text = f"{date.day} {_months_en()[date.month - 1]} {date.year:04d}"
    else:
        month = f"{date.month:02d}" if date.month <= 2 else str(date.month)
        text = f"ngày {date.day:02d} tháng {month} năm {date.year:04d}"
    if place is None:
        return text
    return f"{_check_place(place)}, {text}"


def _check_date(date: object) -> None:
    if not isinstance(date, dt.date):
        msg = f"'date' must be a datetime.date (got {date!r})"
        raise TypeError(msg)


def _check_place(place: object) -> str:
    if (
        not isinstance(place, str)
        or not place.strip()
        or any(c == "," or c in _DIGITS or unicodedata.category(c)[0] == "C" for c in place)
    ):
        raise ValidationError("place", "a place name without commas or digits", place)
    return " ".join(place.split())


# --------------------------------------------------------------------------------------
# Document numbers.
# --------------------------------------------------------------------------------------


def _check_symbol(_instance: object, _attribute: object, symbol: str) -> None:
    parts = symbol.split("-")
    if not parts[0][:1].isalpha() or any(not p or not all(c.isalnum() for c in p) for p in parts):
        raise ValidationError(
            "symbol", "letters and digits in parts joined by '-', such as 'BC-UBND'", symbol
        )


@attrs.frozen
class DocumentNumber:
    """The number of an official document: "Số: 350/BC-UBND".

    Examples:
        >>> from vnplan import DocumentNumber, parse_document_number
        >>> number = parse_document_number("Số: 350 /BC-UBND")
        >>> number
        DocumentNumber(number=350, symbol='BC-UBND', year=None)
        >>> str(number), str(parse_document_number("30/2020/NĐ-CP"))
        ('350/BC-UBND', '30/2020/NĐ-CP')
    """

    #: The running number (350). Leading zeros are not kept.
    number: int = attrs.field(validator=[attrs.validators.instance_of(int), attrs.validators.ge(0)])
    #: The symbol, kind of document and issuer ("BC-UBND", a báo cáo of the UBND).
    symbol: str = attrs.field(validator=[attrs.validators.instance_of(str), _check_symbol])
    #: The year, for documents numbered per year ("30/2020/NĐ-CP"), or ``None``.
    year: int | None = attrs.field(
        default=None,
        kw_only=True,
        validator=attrs.validators.optional(
            [
                attrs.validators.instance_of(int),
                attrs.validators.ge(1000),
                attrs.validators.le(9999),
            ]
        ),
    )

    def __str__(self) -> str:
        """Return the number and symbol without "Số:" ("350/BC-UBND")."""
        year = f"{self.year}/" if self.year is not None else ""
        return f"{self.number}/{year}{self.symbol}"


def parse_document_number(text: str) -> DocumentNumber:
    """Read a document number: "Số: 350/BC-UBND", "350/BC-UBND", "No. 350/BC-UBND".

    Spaces around ``/`` are allowed, as the report prints "Số: 350 /BC-UBND".

    Args:
        text: The document number as printed.

    Returns:
        The :class:`DocumentNumber`.

    Raises:
        ParseError: If the text is not a document number.

    Examples:
        >>> from vnplan import parse_document_number
        >>> parse_document_number("Số: 350/BC-UBND").symbol
        'BC-UBND'
    """
    text = _check_text(text, "a document number")
    position = _skip_spaces(text, 0)
    folded = text.casefold()
    for prefix in ("số:", "số", "no.", "no:", "no"):
        if folded.startswith(prefix, position):
            position = _skip_spaces(text, position + len(prefix))
            break
    start = position
    position = _digit_run(text, position)
    if position == start or position - start > 9:
        raise ParseError(text, start, "a document number of one to nine digits")
    number = int(text[start:position])
    position = _skip_spaces(text, position)
    if position >= len(text) or text[position] != "/":
        raise ParseError(text, position, "'/' after the number")
    position = _skip_spaces(text, position + 1)
    year = None
    year_end = _digit_run(text, position)
    if year_end - position == 4 and year_end < len(text) and text[year_end] == "/":
        year = int(text[position:year_end])
        position = year_end + 1
    symbol = text[position:].strip()
    try:
        return DocumentNumber(number, symbol, year=year)
    except ValidationError as error:
        raise ParseError(text, position, "a symbol such as 'BC-UBND'") from error


def format_document_number(number: DocumentNumber, locale: str = "vi") -> str:
    """Write a document number with its label: "Số: 350/BC-UBND" ("No. 350/BC-UBND").

    Args:
        number: The document number.
        locale: ``"vi"`` or ``"en"``.

    Returns:
        The printed document number.

    Examples:
        >>> from vnplan import DocumentNumber, format_document_number
        >>> format_document_number(DocumentNumber(350, "BC-UBND"))
        'Số: 350/BC-UBND'
    """
    label = "No." if _check_locale(locale) == "en" else "Số:"
    return f"{label} {number}"
