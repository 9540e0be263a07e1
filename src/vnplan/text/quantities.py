"""Printed quantities and percentages: a number and its unit, as pint quantities or plain values.

>>> import vnplan
>>> vnplan.parse_quantity("13.963,91 tỷ đồng")
<Quantity(13963.91, 'tỷ * đồng')>
>>> vnplan.format_quantity(vnplan.parse_quantity("13.963,91 tỷ đồng"), locale="en")
'13,963.91 billion VND'
"""

from __future__ import annotations

from decimal import Decimal, localcontext
from typing import TYPE_CHECKING, Final

from vnplan import units
from vnplan.exceptions import ParseError, ValidationError
from vnplan.text.numbers import MAX_TEXT_LENGTH, _check_locale, _check_value, format_number
from vnplan.text.printed import parse_printed

if TYPE_CHECKING:
    import pint

__all__ = ["format_percent", "format_quantity", "parse_percent", "parse_quantity"]

# Enough digits for any product of a printed number and a factor: no rounding.
_EXACT_PRECISION: Final = 4 * MAX_TEXT_LENGTH


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
            unit to convert it to first: exactly, keeping the printed precision
            (:func:`vnplan.units.convert_value`: "13.963,91 tỷ đồng" in "triệu đồng" is
            "13.963.910 triệu đồng"), never between currencies.
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
            value = units.convert_value(value, text, unit)
            text = " ".join(unit.split())
    if scale is not None:
        value, text = _rescale(value, text, scale)
    number = format_number(value, locale, decimals=decimals)
    if locale == "en" and text:
        text = units.unit_text(text, "en")
    if not text:
        return number
    return f"{number}{'' if text == '%' else ' '}{text}"
