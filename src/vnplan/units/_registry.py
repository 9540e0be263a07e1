"""The one pint registry, built on first use, and the units a user adds to it."""

from __future__ import annotations

import functools
from decimal import Decimal, localcontext
from typing import TYPE_CHECKING, Any, Final

from vnplan.exceptions import UnitError
from vnplan.units._reading import (
    _DEFINITIONS,
    _LOCK,
    _STATE,
    _definition,
    _load_names,
    _parts,
    _read,
    _remember,
)

if TYPE_CHECKING:
    from collections.abc import Callable

    import pint

__all__ = ["define", "on_define", "quantity", "registry", "times_factor"]


def registry() -> pint.UnitRegistry[Decimal]:
    """Return the one unit registry of vnplan, building it on first use.

    The registry holds only vnplan's own definitions, and its magnitudes are
    ``Decimal``. Use it for pint operations vnplan has no helper for; add units with
    :func:`define`, never by building another registry.

    Returns:
        The registry.

    Examples:
        >>> from vnplan.units import registry
        >>> registry() is registry()
        True
    """
    reg = _STATE.registry
    if reg is None:
        with _LOCK:
            reg = _STATE.registry
            if reg is None:
                reg = _build()
    return reg


# Enough digits for any product of a printed number and a factor: no rounding.
_EXACT_PRECISION: Final = 4000
# pint computes factors to 28 significant digits: one that long may be rounded.
_ROUNDED_DIGITS: Final = 28


def times_factor(value: Decimal, factor: Decimal) -> Decimal:
    """Multiply ``value`` by a conversion ``factor`` exactly, keeping the printed precision.

    A factor that is a power of ten moves the decimal point, and the printed decimals
    move with it: 13963.91 (tỷ) times 1000 is 13963910 (triệu), not 13963910.00, and
    8428.99 (triệu) times 0.001 is 8.42899 (tỷ). A number has no fewer than zero
    decimals. Any other factor multiplies exactly (1.5 ngày is 36.0 giờ), except a factor
    that is itself rounded to 28 digits (1/24 for giờ to ngày): the product is rounded to
    28 digits too, as pint rounds it.

    Args:
        value: The value.
        factor: The factor, such as :func:`~vnplan.units.conversion_factor` gives.

    Returns:
        The product.

    Examples:
        >>> from decimal import Decimal
        >>> from vnplan.units import times_factor
        >>> times_factor(Decimal("13963.91"), Decimal(1000)), times_factor(Decimal("78.0"), Decimal("0.001"))
        (Decimal('13963910'), Decimal('0.0780'))
    """  # noqa: E501  (a doctest line)
    with localcontext() as ctx:
        ctx.prec = _EXACT_PRECISION
        factor = factor.normalize()
        sign, digits, exponent = factor.as_tuple()
        if sign == 0 and digits == (1,) and isinstance(exponent, int):
            result = value.scaleb(exponent)
        else:
            if isinstance(exponent, int) and exponent > 0:
                factor = factor.quantize(Decimal(1))  # 2.5E+3 is 2500: no exponent
            if len(digits) >= _ROUNDED_DIGITS:  # a rounded factor (1/24): as pint rounds
                ctx.prec = _ROUNDED_DIGITS
            result = value * factor
        result_exponent = result.as_tuple().exponent
        if isinstance(result_exponent, int) and result_exponent > 0:
            result = result.quantize(Decimal(1))
    return result


def _build() -> pint.UnitRegistry[Decimal]:
    import pint  # noqa: PLC0415  (pint loads on first use, never on import vnplan)

    class _ExactRegistry(pint.UnitRegistry[Decimal]):
        """pint's registry, converting ``Decimal`` magnitudes exactly (:func:`times_factor`).

        pint multiplies by a factor it computes to 28 digits, so 13963.91 tỷ đồng
        ``.to("triệu đồng")`` was 13963910.00000000; here it is 13963910.
        """

        # mypy sees the plain facet's signature; the method overridden is the context
        # facet's, which takes **ctx_kwargs.
        def _convert(  # type: ignore[override]
            self,
            value: Any,  # noqa: ANN401  (pint's magnitudes)
            src: Any,  # noqa: ANN401  (pint's UnitsContainer)
            dst: Any,  # noqa: ANN401
            inplace: bool = False,  # noqa: FBT001, FBT002  (pint's signature)
            **ctx_kwargs: Any,  # noqa: ANN401
        ) -> Any:  # noqa: ANN401
            if (
                isinstance(value, Decimal)
                and not self._active_ctx
                and all(self._units[name].is_multiplicative for name in (*src, *dst))
            ):
                factor = self._get_conversion_factor(src, dst)
                if not isinstance(factor, pint.DimensionalityError):
                    return times_factor(value, Decimal(str(factor)))
            return super()._convert(value, src, dst, inplace, **ctx_kwargs)

    _load_names()
    with localcontext() as ctx:
        ctx.prec = 28
        reg: pint.UnitRegistry[Decimal] = _ExactRegistry(
            None, non_int_type=Decimal, on_redefinition="raise"
        )
        reg.load_definitions(_read(_DEFINITIONS).splitlines())
    _STATE.registry = reg
    return reg


#: What :func:`define` calls after a new unit: caches of readings that a unit may change.
_ON_DEFINE: Final[list[Callable[[], object]]] = []


def on_define(forget: Callable[[], object]) -> None:
    """Have :func:`define` call ``forget`` after each new unit.

    A layer above this one that caches what it read (the printed-figure reader does)
    registers the cache's ``cache_clear`` here, so that a text reads anew with the new
    unit, without this module importing that layer.
    """
    _ON_DEFINE.append(forget)


def define(definition: str) -> None:
    """Add a unit to vnplan's registry.

    Args:
        definition: A pint definition: ``"name = [new_dimension]"`` for a new kind of
            count, or ``"name = factor * unit"`` for a multiple of a known unit; then
            optionally ``= _`` (no symbol) and ``= alias`` for more spellings. Spaces in
            the name are allowed and stand for themselves in printed text
            ("cây xanh = [green_tree]").

    Raises:
        UnitError: If the definition cannot be read, defines no unit (a prefix, a
            dimension, a directive), refers to a unit vnplan does not know, or a name is
            already defined (defining the very same line again does nothing).

    Examples:
        >>> from vnplan import units
        >>> units.define("yến = 10 * kg = _ = yen")
        >>> units.conversion_factor("tấn", "yến")
        Decimal('100')
    """
    if "=" not in definition:
        raise UnitError(
            f"'definition' must be a pint definition 'name = ...' (got {definition!r})",
            unit=str(definition),
        )
    name, rest = definition.split("=", 1)
    name = "_".join(name.split())
    line = f"{name} = {rest.strip()}"
    shown = name.replace("_", " ")
    parts = _definition(line)
    if parts is None or not name:
        raise UnitError(
            "'definition' must define a unit, 'name = ...' with a name that starts with "
            f"neither '@' nor '[' and does not end with '-' (got {definition!r})",
            unit=shown,
        )
    reg = registry()
    import pint  # noqa: PLC0415  (already loaded by registry())

    with _LOCK:
        if line in _STATE.defined:
            return
        value = parts[1]
        try:
            with localcontext() as ctx:
                ctx.prec = 28
                if not value.startswith("["):  # (else a new dimension)
                    reg.parse_expression(value)  # (pint takes unknown units on trust)
                reg.define(line)
        except pint.errors.RedefinitionError as error:
            raise UnitError(
                f"'definition' must be a new pint unit definition, and {shown!r} (or an "
                f"alias) is a unit already (got {definition!r})",
                unit=shown,
            ) from error
        except (pint.errors.PintError, ValueError, TypeError, KeyError) as error:
            raise UnitError(
                f"'definition' must be a new pint unit definition in units vnplan knows "
                f"(got {definition!r}): {str(error).splitlines()[0]}",
                unit=shown,
            ) from error
        _remember(line)
        _STATE.defined.add(line)
    for forget in _ON_DEFINE:
        forget()  # a text may read, or a unit be written, otherwise (see on_define)


def _expression(parts: list[list[tuple[str, int]]]) -> str:
    """Write the names and powers of :func:`_parts` as a pint expression."""
    terms: list[str] = []
    for index, names in enumerate(parts):
        product = " * ".join(name if power == 1 else f"{name} ** {power}" for name, power in names)
        terms.append(product if index == 0 else f"({product})")
    return " / ".join(terms)


@functools.lru_cache(maxsize=4096)
def _unit(text: str) -> pint.Unit:
    expression = _expression(_parts(text))
    reg = registry()
    import pint  # noqa: PLC0415  (already loaded by registry())

    try:
        with localcontext() as ctx:
            ctx.prec = 28
            return reg.Unit(expression) if expression else reg.dimensionless
    except (pint.errors.PintError, ValueError, TypeError, KeyError, AttributeError) as error:
        msg = f"'unit' must be a unit vnplan can read (got {text!r})"
        raise UnitError(msg, unit=text) from error


def _items(unit: Any) -> list[tuple[str, int]]:  # noqa: ANN401  (a pint Unit of any facet)
    one = registry().Quantity(Decimal(1), unit)
    return [(str(name), int(Decimal(str(power)))) for name, power in one.unit_items()]


def quantity(value: Decimal | int, unit: str) -> pint.Quantity[Decimal]:
    """Make a quantity of vnplan's registry from an exact value and a printed unit.

    Args:
        value: The magnitude; a ``Decimal`` (an ``int`` is turned into one). Floats are
            refused: they cannot hold printed decimals exactly.
        unit: The unit as printed ("tỷ đồng", "nghìn lượt", "%", ""); it is kept as
            given, scale word included, not converted.

    Returns:
        The quantity, with a ``Decimal`` magnitude.

    Raises:
        TypeError: If ``value`` is not a ``Decimal`` or an ``int``.
        UnitError: If the unit is unknown.

    Examples:
        >>> from decimal import Decimal
        >>> from vnplan.units import quantity
        >>> q = quantity(Decimal("810"), "nghìn lượt")
        >>> q.to("lượt").magnitude
        Decimal('810000')
    """
    if isinstance(value, bool) or not isinstance(value, Decimal | int):
        msg = f"'value' must be a Decimal (got {value!r})"
        raise TypeError(msg)
    return registry().Quantity(Decimal(value), _unit(unit))
