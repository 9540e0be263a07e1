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

__all__ = ["define", "on_define", "quantity", "registry"]


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


def _build() -> pint.UnitRegistry[Decimal]:
    import pint  # noqa: PLC0415  (pint loads on first use, never on import vnplan)

    _load_names()
    with localcontext() as ctx:
        ctx.prec = 28
        reg: pint.UnitRegistry[Decimal] = pint.UnitRegistry(
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
