"""What a printed unit measures, and the exact factors that convert it.

:func:`unit_info` answers from ``unit_table.txt`` (the units of ``units.txt`` reduced to
root units by pint beforehand) without importing pint, and leaves the rest to pint.
"""

from __future__ import annotations

import functools
import re
from decimal import Decimal, localcontext
from fractions import Fraction
from typing import TYPE_CHECKING, Final, NamedTuple

import attrs

from vnplan import _hooks
from vnplan.exceptions import DimensionalityError, ValidationError
from vnplan.units._reading import _DEFINITIONS, _STATE, _definition, _parts, _powers, _read
from vnplan.units._registry import _items, _unit, registry, times_factor
from vnplan.units._writing import _unit_text_of, unit_text

if TYPE_CHECKING:
    from collections.abc import Iterable

    import pint

__all__ = [
    "MEASURED_DIMENSIONS",
    "UnitInfo",
    "conversion_factor",
    "convert_currency",
    "convert_value",
    "is_count_dimension",
    "same_dimension",
    "unit_info",
]

# The units of units.txt reduced to root units by pint beforehand (see _table_text).
_TABLE: Final = "unit_table.txt"

#: The base dimensions that measure rather than count: money, length, mass, time, calendar
#: periods, power, voltage and percentage points. Every other base dimension, of
#: ``units.txt`` or added with :func:`~vnplan.units.define`, counts things of one kind.
MEASURED_DIMENSIONS: Final = frozenset(
    {
        "[currency_usd]",
        "[currency_vnd]",
        "[length]",
        "[mass]",
        "[time]",
        "[calendar]",
        "[power]",
        "[voltage]",
        "[percentage_point]",
    }
)
# One base dimension to the power 1 ("[person]"); compiled on first use, by re's cache.
_BASE_DIMENSION: Final = r"\[\w+\]"


@attrs.frozen
class UnitInfo:
    """What vnplan knows about a printed unit.

    Examples:
        >>> from vnplan.units import unit_info
        >>> info = unit_info("triệu đồng/người/năm")
        >>> info.factor, info.canonical, info.dimension
        (Decimal('1000000'), 'đồng/người/năm', '[currency_vnd]/[calendar]/[person]')
    """

    #: The unit as given ("tỷ đồng").
    text: str
    #: The multiplier from this unit to :attr:`canonical` (10**9 for "tỷ đồng").
    factor: Decimal
    #: A stable key of the dimension ("[currency_vnd]"); equal keys mean the units
    #: convert into each other. "dimensionless" for pure numbers ("%", "lần").
    dimension: str
    #: The unit of the dimension that :attr:`factor` converts to, as printed ("đồng",
    #: "m²"); "" for pure numbers.
    canonical: str


class _Root(NamedTuple):
    """A unit name reduced to root units by pint: one line of ``unit_table.txt``."""

    #: The factor to the root units: exactly the ``Decimal`` pint computes.
    factor: Fraction
    #: The root units, each with its power ("ha": ``{"m": 2}``).
    units: dict[str, int]
    #: The base dimensions, each with its power ("ha": ``{"[length]": 2}``).
    dimensions: dict[str, int]


@functools.cache
def _root_table() -> dict[str, _Root]:
    """Read ``unit_table.txt``: each unit name of ``units.txt`` in root units."""
    table: dict[str, _Root] = {}
    for line in _read(_TABLE).splitlines():
        if line and not line.startswith("#"):
            name, factor, root, dimensions = line.split("\t")
            table[name] = _Root(Fraction(factor), _read_powers(root), _read_powers(dimensions))
    return table


@functools.lru_cache(maxsize=4096)
def unit_info(unit: str) -> UnitInfo:
    """Describe a printed unit: its factor to the canonical unit, and its dimension.

    Args:
        unit: The unit as printed ("tỷ đồng", "%", "điểm %", "thuê bao/100 dân").

    Returns:
        The unit's :class:`UnitInfo`.

    Raises:
        UnitError: If a word of the unit is not a unit vnplan knows.

    Examples:
        >>> from vnplan.units import unit_info
        >>> unit_info("ha").canonical, unit_info("ha").factor
        ('m²', Decimal('10000'))
        >>> unit_info("%").factor
        Decimal('0.01')
        >>> unit_info("nghìn ngựa")  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        vnplan.exceptions.UnitError: 'unit' must be a unit vnplan knows (got 'nghìn ngựa'): ...
    """
    return _info_from_table(unit, _powers(_parts(unit))) or _info_from_pint(unit)


def _info_from_pint(unit: str) -> UnitInfo:
    parsed = _unit(unit)
    reg = registry()
    with localcontext() as ctx:
        ctx.prec = 28
        factor, root = reg.get_root_units(parsed)
        dims = parsed.dimensionality
    return UnitInfo(
        text=unit,
        factor=_clean(Decimal(str(factor))),
        dimension=_dimension_key(dict(dims.items())),
        canonical=_unit_text_of(_items(root), "vi"),
    )


def _info_from_table(text: str, powers: dict[str, int]) -> UnitInfo | None:
    """Work out :func:`unit_info` from ``unit_table.txt``, where that gives pint's answer.

    It does when every name is in the table, and each name's factor raised to its power
    is a terminating decimal, with at most 28 significant digits in all: then no step of
    pint's 28-digit ``Decimal`` arithmetic rounds, whatever their order, and the factor,
    root units and dimensions multiply out exactly as pint multiplies them. Otherwise
    (a unit added with :func:`define`, "đồng/ngày", whose factor is 1/24) this returns
    ``None`` and pint answers. A test compares both ways on many units.
    """
    factor, digits = Fraction(1), 0
    root: dict[str, int] = {}
    dimensions: dict[str, int] = {}
    for name, power in powers.items():
        entry = _root_table().get(name)
        if entry is None:  # a unit added with define()
            return None
        value = entry.factor**power
        places = _significant_digits(value)
        if places is None:  # 1/24 for "/ngày": pint rounds it
            return None
        factor, digits = factor * value, digits + places
        for table, items in ((root, entry.units), (dimensions, entry.dimensions)):
            for key, exponent in items.items():
                table[key] = table.get(key, 0) + exponent * power
    if digits > 28:
        return None
    return UnitInfo(
        text=text,
        factor=_to_decimal(factor),
        dimension=_dimension_key({k: p for k, p in dimensions.items() if p}),
        canonical=_unit_text_of([(k, p) for k, p in root.items() if p], "vi"),
    )


def _significant_digits(value: Fraction) -> int | None:
    """Count the significant digits of a terminating decimal; ``None`` for 1/3 and such."""
    rest = value.denominator
    for prime in (2, 5):
        while rest % prime == 0:
            rest //= prime
    if rest != 1:
        return None
    while value.denominator != 1:
        value *= 10
    return len(str(abs(value.numerator)).rstrip("0"))


def _read_powers(text: str) -> dict[str, int]:
    """Read ``"m^2 giờ^-1"`` (a line of ``unit_table.txt``) into ``{"m": 2, "giờ": -1}``."""
    powers: dict[str, int] = {}
    for item in text.split():
        name, _, power = item.partition("^")
        powers[name] = int(power or 1)
    return powers


def _powers_text(items: Iterable[tuple[object, object]]) -> str:
    """Write names with powers the way :func:`_read_powers` reads them."""
    pairs = [(str(name), int(str(power))) for name, power in items]
    return " ".join(name if power == 1 else f"{name}^{power}" for name, power in sorted(pairs))


def _table_text() -> str:
    """Compute ``unit_table.txt`` with pint: each unit name of ``units.txt`` in root units.

    The shipped table lets :func:`unit_info` answer without importing pint; a test fails
    while it differs from this text. After editing ``units.txt``, rewrite it with
    ``python -c "from vnplan.units._dimensions import _table_text; print(_table_text(),
    end='')" > src/vnplan/units/unit_table.txt``.
    """
    reg = registry()
    lines = [
        "# Each unit name of units.txt in root units, as pint computes them (28 digits):",
        "# name, factor, root units, dimensions; a power follows '^' when it is not 1.",
        "# Written by vnplan.units._dimensions._table_text(); do not edit (a test checks it).",
    ]
    names = [found[0] for line in _read(_DEFINITIONS).splitlines() if (found := _definition(line))]
    for name in names:
        with localcontext() as ctx:
            ctx.prec = 28
            unit = reg.Unit(name)
            factor, root = reg.get_root_units(unit)
            dimensions = unit.dimensionality.items()
        factor_text = str(_clean(Decimal(str(factor))))
        lines.append(
            "\t".join([name, factor_text, _powers_text(_items(root)), _powers_text(dimensions)])
        )
    return "\n".join(lines) + "\n"


def _dimension_key(dims: dict[str, object]) -> str:
    powers = {str(name): int(str(power)) for name, power in dims.items()}
    if not powers:
        return "dimensionless"
    top = [n if p == 1 else f"{n}**{p}" for n, p in sorted(powers.items()) if p > 0]
    bottom = [n if p == -1 else f"{n}**{-p}" for n, p in sorted(powers.items()) if p < 0]
    return "/".join(["*".join(top) or "1", *bottom])


def _clean(value: Decimal) -> Decimal:
    """Write an exact factor without exponent or trailing zeros."""
    if value == value.to_integral_value():
        return Decimal(int(value))
    return value.normalize()


def _to_decimal(value: Fraction) -> Decimal:
    numerator, denominator = value.numerator, value.denominator
    if denominator == 1:
        return Decimal(numerator)
    rest = denominator
    for prime in (2, 5):
        while rest % prime == 0:
            rest //= prime
    with localcontext() as ctx:
        if rest == 1:  # a terminating decimal: divide exactly
            ctx.prec = len(str(numerator)) + len(str(denominator)) * 4 + 10
        else:
            ctx.prec = 28
        return _clean(Decimal(numerator) / Decimal(denominator))


def same_dimension(a: str, b: str) -> bool:
    """Tell whether two printed units measure the same thing.

    Args:
        a: A unit as printed.
        b: Another unit as printed.

    Returns:
        Whether a quantity in ``a`` converts to ``b``.

    Raises:
        UnitError: If either unit is unknown.

    Examples:
        >>> from vnplan.units import same_dimension
        >>> same_dimension("tỷ đồng", "triệu đồng")
        True
        >>> same_dimension("%", "điểm %")
        False
    """
    return unit_info(a).dimension == unit_info(b).dimension


@functools.lru_cache(maxsize=4096)
def conversion_factor(source: str, target: str) -> Decimal:
    """Return the exact factor that turns a value in ``source`` into ``target``.

    Args:
        source: The unit the value is in ("tỷ đồng").
        target: The unit wanted ("triệu đồng").

    Returns:
        The factor, exact when it is a terminating decimal (see the module notes).

    Raises:
        UnitError: If either unit is unknown.
        DimensionalityError: If the units measure different things (đồng and USD,
            người and hộ, % and điểm %).

    Examples:
        >>> from vnplan.units import conversion_factor
        >>> conversion_factor("triệu đồng", "tỷ đồng")
        Decimal('0.001')
        >>> conversion_factor("%", "điểm %")  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        vnplan.exceptions.DimensionalityError: cannot convert '%' to 'điểm %': dimensionless is ...
    """
    first, second = unit_info(source), unit_info(target)
    if first.dimension != second.dimension:
        raise DimensionalityError(
            source,
            target,
            f"cannot convert {source!r} to {target!r}: {first.dimension} is not {second.dimension}",
        )
    return _to_decimal(Fraction(first.factor) / Fraction(second.factor))


def convert_value(value: Decimal, source: str, target: str) -> Decimal:
    """Convert a value between two printed units exactly, keeping its printed precision.

    A change of scale moves the decimal point and the printed decimals with it (see
    :func:`~vnplan.units.times_factor`): "13.963,91 tỷ đồng" is 13963910 triệu đồng, not
    13963910.00. pint's ``quantity.to(unit)`` converts the same way in vnplan's registry.

    Args:
        value: The value in ``source``.
        source: The unit it is in ("tỷ đồng").
        target: The unit wanted ("triệu đồng").

    Returns:
        The value in ``target``.

    Raises:
        UnitError: If either unit is unknown.
        DimensionalityError: If the units measure different things.

    Examples:
        >>> from decimal import Decimal
        >>> from vnplan.units import convert_value
        >>> convert_value(Decimal("13963.91"), "tỷ đồng", "triệu đồng")
        Decimal('13963910')
        >>> convert_value(Decimal("8428.99"), "triệu đồng", "tỷ đồng")
        Decimal('8.42899')
    """
    return times_factor(value, conversion_factor(source, target))


def convert_currency(
    amount: pint.Quantity[Decimal],
    target: str,
    *,
    rate: pint.Quantity[Decimal] | str | None = None,
    vnd_per_usd: Decimal | int | None = None,
) -> pint.Quantity[Decimal]:
    """Convert an amount to another currency at a rate the caller gives, with its units.

    vnplan has no exchange rates and never guesses one. A rate says which way it runs by
    its units, whichever way it is written: "23.500 đồng/USD" and "0,0000425 USD/đồng"
    both convert đồng to USD (dividing by the first, multiplying by the second) and USD
    to đồng. A bare number would not say which way it runs, so it is refused.

    Args:
        amount: A quantity in one currency (any scale, and per-unit amounts such as
            "USD/người" too).
        target: The unit wanted, in the other currency ("tỷ đồng").
        rate: The rate as printed, read in Vietnamese ("23.500 đồng/USD", "24,5 nghìn
            đồng/USD"), or a quantity with such units (``vnplan.parse_quantity("23,500
            VND/USD", "en")``): one currency per the other, either way round.
        vnd_per_usd: Instead of ``rate``, how many đồng one USD is worth (a ``Decimal``).

    Returns:
        The amount in ``target``, with a ``Decimal`` magnitude (rounded to 28
        significant digits where a rate divides).

    Raises:
        DimensionalityError: If ``amount`` or ``target`` is not in exactly one currency,
            both are in the same currency, they differ in anything besides the currency,
            or the rate's units are not the two currencies, one per the other.
        ValidationError: If not exactly one of ``rate`` and ``vnd_per_usd`` is given, or
            the rate is a bare number (a float, a ``Decimal``), not positive, or not a
            ``Decimal`` magnitude.
        ParseError: If a printed rate cannot be read.

    Examples:
        >>> from decimal import Decimal
        >>> from vnplan.units import convert_currency, quantity
        >>> usd = quantity(Decimal("113.24"), "triệu USD")
        >>> convert_currency(usd, "tỷ đồng", rate="23.500 đồng/USD").magnitude
        Decimal('2661.14')
        >>> vnd = quantity(Decimal("23500"), "đồng")
        >>> convert_currency(vnd, "USD", rate="23.500 đồng/USD").magnitude
        Decimal('1')
        >>> convert_currency(vnd, "USD", vnd_per_usd=Decimal(23500)).magnitude
        Decimal('1')
    """
    reg = registry()
    source_unit = unit_text(amount)
    source = _currency_of(source_unit, amount.dimensionality)
    wanted = _currency_of(target, _unit(target).dimensionality)
    if source == wanted:
        raise DimensionalityError(
            source_unit,
            target,
            f"'target' must be in another currency than the amount's {source!r} (got "
            f"{target!r}); within one currency, use .to({target!r})",
        )
    with localcontext() as ctx:
        ctx.prec = 28
        per = _rate_per_source(rate, vnd_per_usd, source, wanted)
        converted = amount * reg.Quantity(per, _unit(f"{wanted}/{source}"))
        if unit_info(unit_text(converted)).dimension != unit_info(target).dimension:
            raise DimensionalityError(source_unit, target)
        factor = conversion_factor(unit_text(converted), target)
        return reg.Quantity(_clean(converted.magnitude * factor), _unit(target))


def _rate_per_source(rate: object, vnd_per_usd: object, source: str, wanted: str) -> Decimal:
    """The rate as base units of ``wanted`` per base unit of ``source``, its units checked."""
    if (rate is None) == (vnd_per_usd is None):
        raise ValidationError(
            "rate",
            "given, such as rate='23.500 đồng/USD', or else vnd_per_usd= (exactly one)",
            rate,
        )
    if vnd_per_usd is not None:
        if isinstance(vnd_per_usd, bool) or not isinstance(vnd_per_usd, Decimal | int):
            raise ValidationError("vnd_per_usd", "a Decimal", vnd_per_usd)
        if {source, wanted} != {"đồng", "USD"}:
            raise DimensionalityError(
                f"{wanted}/{source}",
                "đồng/USD",
                f"'vnd_per_usd' converts đồng and USD only (got {source!r} to {wanted!r})",
            )
        rate = registry().Quantity(Decimal(vnd_per_usd), _unit("đồng/USD"))
        field = "vnd_per_usd"
    else:
        field = "rate"
    if isinstance(rate, str):
        rate = _hooks.call("parse_quantity", rate)
    if not isinstance(rate, registry().Quantity) or not isinstance(rate.magnitude, Decimal):
        raise ValidationError(
            field,
            "a printed rate such as '23.500 đồng/USD' or a quantity in one currency per "
            "the other (a bare number does not say which way it runs)",
            rate,
        )
    if not rate.magnitude.is_finite() or rate.magnitude <= 0:
        raise ValidationError(field, "a positive rate", rate.magnitude)
    rate_unit = unit_text(rate)
    info = unit_info(rate_unit)
    base = rate.magnitude * info.factor
    if info.dimension == unit_info(f"{wanted}/{source}").dimension:
        return base
    if info.dimension == unit_info(f"{source}/{wanted}").dimension:
        return 1 / base
    raise DimensionalityError(
        rate_unit,
        f"{wanted}/{source}",
        f"'{field}' must be in {wanted}/{source} or {source}/{wanted} to convert "
        f"{source} to {wanted} (got {rate_unit!r})",
    )


def _currency_of(unit: str, dims: Iterable[object]) -> str:
    found = [_STATE.currencies[str(d)] for d in dims if str(d) in _STATE.currencies]
    if len(found) != 1:
        raise DimensionalityError(
            unit,
            "a currency",
            f"'unit' must be in exactly one currency (got {unit!r})",
        )
    return found[0]


def is_count_dimension(dimension: str) -> bool:
    """Tell whether a dimension counts things of one kind (persons, households, visits…).

    Each kind of count is a base dimension of its own; the base dimensions of
    ``MEASURED_DIMENSIONS`` measure instead, and products, quotients and pure numbers
    count nothing.

    Args:
        dimension: A dimension key, as :attr:`UnitInfo.dimension` writes it.

    Returns:
        Whether it is the dimension of a count.

    Examples:
        >>> from vnplan.units import is_count_dimension, unit_info
        >>> is_count_dimension(unit_info("hộ").dimension), is_count_dimension("[person]")
        (True, True)
        >>> is_count_dimension(unit_info("tỷ đồng").dimension), is_count_dimension("dimensionless")
        (False, False)
        >>> is_count_dimension(unit_info("giường/vạn dân").dimension)
        False
    """
    return (
        dimension not in MEASURED_DIMENSIONS
        and re.fullmatch(_BASE_DIMENSION, dimension) is not None
    )
