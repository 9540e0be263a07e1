"""Printed figures: a number with its unit, qualifier and fraction, as a report prints it.

>>> import vnplan
>>> p = vnplan.parse_printed("trên 1.500 tỷ đồng")
>>> p.value, p.unit, p.bound.value
(Decimal('1500'), 'tỷ đồng', 'at-least')
>>> vnplan.format_printed(p)
'trên 1.500 tỷ đồng'
"""

from __future__ import annotations

import functools
import re
from decimal import Decimal
from typing import TYPE_CHECKING, Final

import attrs

from vnplan import units
from vnplan._enums import Bound
from vnplan.exceptions import ParseError, UnitError, ValidationError
from vnplan.text.numbers import (
    _DIGITS,
    _SIGNS,
    _check_locale,
    _check_text,
    _check_value,
    _Number,
    _scan_number,
    _separators,
    _skip_spaces,
    _write,
)

if TYPE_CHECKING:
    import pint

__all__ = ["Printed", "format_printed", "parse_printed"]

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
    #: Whether the value, if of four digits or more, was printed grouped ("1.500", not
    #: "1500").
    grouped: bool = attrs.field(default=True, validator=attrs.validators.instance_of(bool))
    #: How many integer digits the denominator was printed with ("03/05 xã" → 2).
    denominator_int_digits: int = attrs.field(default=1, validator=attrs.validators.ge(1))
    #: Whether the denominator, if of four digits or more, was printed grouped; by
    #: default, as the value was.
    denominator_grouped: bool = attrs.field(
        default=attrs.Factory(lambda self: self.grouped, takes_self=True),
        validator=attrs.validators.instance_of(bool),
    )
    #: Whether a space separates the number from its unit ("102,49 %" vs "102,49%").
    spaced: bool = attrs.field(default=True, validator=attrs.validators.instance_of(bool))
    #: For a fraction, whether one unit follows both numbers ("115/115 xã") rather than
    #: each number having its own ("200.635,67 ha/360.149,82 ha").
    shared_unit: bool = attrs.field(default=False, validator=attrs.validators.instance_of(bool))
    #: Whether the value was printed with a plus sign ("+3,63%").
    plus_sign: bool = attrs.field(default=False, validator=attrs.validators.instance_of(bool))
    #: Whether the figure was printed in brackets with its sign ("(-9,28%)").
    bracketed: bool = attrs.field(default=False, validator=attrs.validators.instance_of(bool))
    #: The high end of a range ("6,5 - 7%" → 7, the low end being :attr:`value`), or
    #: ``None`` when the figure is one number.
    high: Decimal | None = attrs.field(
        default=None,
        validator=attrs.validators.optional(attrs.validators.instance_of(Decimal)),
    )
    #: How many integer digits the high end was printed with.
    high_int_digits: int = attrs.field(default=1, validator=attrs.validators.ge(1))
    #: Whether the high end, if of four digits or more, was printed grouped.
    high_grouped: bool = attrs.field(default=True, validator=attrs.validators.instance_of(bool))
    #: The dash between the two ends of a range as printed, spaces collapsed (" - ",
    #: "-", "–"); "" for one number (a hand-made range without it gets " - ").
    range_dash: str = attrs.field(default="", validator=attrs.validators.instance_of(str))

    @high.validator
    def _check_high(self, attribute: attrs.Attribute[Decimal | None], high: Decimal | None) -> None:
        if high is None:
            return
        if not high > self.value:
            raise ValidationError(
                attribute.name, f"the high end of a range, above {self.value}", high
            )
        if self.denominator is not None:
            raise ValidationError(attribute.name, "None for a fraction: a range has none", high)

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

    @property
    def is_range(self) -> bool:
        """Whether the figure is a range ("6,5 - 7%"), a value with two ends."""
        return self.high is not None


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


def _unit_part(text: str, start: int, end: int, locale: str) -> str:
    """Check the unit text between ``start`` and ``end``; return it, spaces collapsed."""
    unit = " ".join(text[start:end].split())
    if not unit or unit == "%":
        return unit
    _check_unit_numbers(text, start, end, locale)
    try:
        units.unit_info(unit)
    except UnitError as error:
        found = text.find(error.word, start, end) if error.word else -1
        position = found if found >= 0 else _skip_spaces(text, start)
        raise ParseError(text, position, f"a unit: {error}") from error
    return unit


class _UnitNumberError(ParseError):
    """A thousand in a unit written with the decimal separator: never read as a fraction."""


def _check_unit_numbers(text: str, start: int, end: int, locale: str) -> None:
    """Refuse "per thousand" written with the locale's decimal separator.

    A unit reads the same in both locales, and takes "1.000" and "1,000" for a thousand
    ("thuê bao/1.000 dân"); but in Vietnamese "1,000" is one with three decimals (and in
    English "1.000" is), so printed text must group such a number as its locale does.
    """
    decimal_sep, group_sep = _separators(locale)
    pattern = rf"(?<![0-9.,])(?:1|10){re.escape(decimal_sep)}000(?![0-9.,])"
    found = re.compile(pattern).search(text, start, end)
    if found is not None:
        number = found.group()
        raise _UnitNumberError(
            text,
            found.start(),
            f"a number in the unit grouped as {locale} groups: {decimal_sep!r} is the "
            f"decimal separator, so {number!r} is {number.split(decimal_sep)[0]} with three "
            f"decimals; write {number.replace(decimal_sep, group_sep)!r} for "
            f"{'ten thousand' if number.startswith('10') else 'a thousand'}",
        )


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

    A range ("6,5 - 7%/năm", "7-8%", "6,5–7%") reads as a value with two ends: the low
    end in ``value``, the high end in ``high``; the high end must be above the low one.
    A signed figure in brackets ("(-9,28%)", "(+3,63%)") reads as its sign says; a
    bracket without a sign is refused, since in accounts it alone means negative.

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
        >>> r = parse_printed("6,5 - 7%/năm")
        >>> r.value, r.high, r.unit
        (Decimal('6.5'), Decimal('7'), '%/năm')
        >>> parse_printed("(-9,28%)").value
        Decimal('-9.28')
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
    """Read a printed figure: a qualifier, a number, then a unit or a fraction, in order."""
    original = text
    locale = _check_locale(locale)
    text = _check_text(text, "a printed figure")
    position = _skip_spaces(text, 0)
    end = len(text)
    bracketed = _bracketed(text, position)
    if bracketed:
        position, end = position + 1, text.rstrip().rindex(")")
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
    high, dash = _scan_range_end(text, number, end, locale)
    tail = _scan_tail(text, number if high is None else high, end, locale)
    below = tail.denominator
    if high is not None and below is not None:
        raise ParseError(text, high.end, "a unit after a range: a range is not a fraction")
    if high is not None and not high.value > number.value:
        raise ParseError(text, high.start, f"the high end of a range, above {number.value}")
    return Printed(
        text=original,
        value=number.value,
        unit=tail.unit,
        bound=bound,
        qualifier=" ".join(qualifier.split()),
        denominator=None if below is None else below.value,
        denominator_unit=tail.denominator_unit,
        locale=locale,
        int_digits=number.int_digits,
        grouped=_grouped(number),
        denominator_int_digits=1 if below is None else below.int_digits,
        denominator_grouped=True if below is None else _grouped(below),
        spaced=tail.spaced,
        shared_unit=tail.shared,
        plus_sign=text[number.start] == "+",
        bracketed=bracketed,
        high=None if high is None else high.value,
        high_int_digits=1 if high is None else high.int_digits,
        high_grouped=True if high is None else _grouped(high),
        range_dash=dash,
    )


# The dashes that join the two ends of a range ("6,5 - 7%", "7-8%", "6,5–7%").
_RANGE_DASHES: Final = frozenset("-\u2013\u2014")


def _bracketed(text: str, position: int) -> bool:
    """Whether a signed figure is printed in brackets: "(-9,28%)", "(+3,63%)".

    Only with a sign inside: in accounts a bracket alone means a negative number, and
    reports do not say which they mean, so "(9,28%)" is refused.
    """
    if text[position : position + 1] != "(":
        return False
    inner = _skip_spaces(text, position + 1)
    if text[inner : inner + 1] not in _SIGNS:
        raise ParseError(text, inner, "a sign after '(': a bracketed figure is signed")
    if not text.rstrip().endswith(")"):
        raise ParseError(text, len(text.rstrip()), "')' closing the bracket")
    return True


def _scan_range_end(
    text: str, number: _Number, end: int, locale: str
) -> tuple[_Number | None, str]:
    """Read the high end of a range after its low end, if a dash and a digit follow."""
    dash = _skip_spaces(text, number.end)
    if dash >= end or text[dash] not in _RANGE_DASHES:
        return None, ""
    start = _skip_spaces(text, dash + 1)
    if start >= end or text[start] not in _DIGITS:
        return None, ""
    high = _scan_number(text, start, locale)
    spaced = dash > number.end or start > dash + 1
    return high, f" {text[dash]} " if spaced else text[dash]


def _grouped(number: _Number) -> bool:
    """Whether a number is written grouped: small numbers are, having no group to show."""
    return number.grouped or number.int_digits < 4


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
        unit = _unit_part(text, unit_start, end, locale)
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
    return _whole_unit(text, number, after, end, locale, fractions, fraction_error)


def _whole_unit(  # noqa: PLR0917 (the state of _scan_tail, handed on)
    text: str,
    number: _Number,
    after: int,
    end: int,
    locale: str,
    fractions: list[_Tail],
    fraction_error: ParseError | None,
) -> _Tail:
    """Read the rest as one unit; failing that, take a fraction that reads."""
    try:
        return _Tail(_unit_part(text, after, end, locale), spaced=after > number.end)
    except _UnitNumberError as error:  # never read as a fraction: say why, as a ParseError
        raise ParseError(error.text, error.position, error.expected) from None
    except ParseError:
        if fractions:
            return fractions[0]
        if fraction_error is not None:
            raise fraction_error from fraction_error.__cause__
        raise


def _unit_fraction(
    text: str, number: _Number, *, after: int, slash: int, end: int, locale: str
) -> _Tail:
    unit = _unit_part(text, after, slash, locale)
    denominator = _scan_number(text, _skip_spaces(text, slash + 1), locale)
    unit_start = _skip_spaces(text, denominator.end)
    if unit_start >= end:
        raise ParseError(text, unit_start, "a unit after the denominator")
    return _Tail(
        unit,
        denominator,
        _unit_part(text, unit_start, end, locale),
        spaced=after > number.end,
    )


def format_printed(printed: Printed) -> str:
    """Write a :class:`Printed` figure back as the report prints it.

    ``format_printed(parse_printed(text))`` gives ``text`` back with its spaces
    collapsed: the digits of both numbers of a fraction (leading zeros and trailing
    decimals included: "03/05 xã"), the grouping of each,
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
    if printed.plus_sign and printed.value >= 0:
        number = f"+{number}"
    if printed.high is not None:
        high = _write(
            _check_value(printed.high, "high"),
            locale,
            group=printed.high_grouped,
            min_digits=printed.high_int_digits,
            field="high",
        )
        number = f"{number}{printed.range_dash or ' - '}{high}"
    gap = " " if printed.spaced else ""
    if printed.denominator is None:
        body = f"{number}{gap}{printed.unit}" if printed.unit else number
    else:
        below = _write(
            _check_value(printed.denominator, "denominator"),
            locale,
            group=printed.denominator_grouped,
            min_digits=printed.denominator_int_digits,
            field="denominator",
        )
        if printed.shared_unit:
            body = f"{number}/{below}{gap}{printed.unit}".rstrip()
        else:
            top = f"{number}{gap}{printed.unit}" if printed.unit else number
            tail = f"{below}{gap}{printed.denominator_unit}" if printed.denominator_unit else below
            body = f"{top}/{tail}"
    qualifier = printed.qualifier or _DEFAULT_QUALIFIER[locale].get(printed.bound, "")
    if qualifier and any(qualifier.casefold() == word for word, _ in _SUFFIXES[locale]):
        body = f"{body} {qualifier}"
    elif qualifier:
        body = f"{qualifier} {body}"
    return f"({body})" if printed.bracketed else body
