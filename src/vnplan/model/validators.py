"""The model's field validators: attrs validators that raise :class:`ValidationError`.

Every class of the model, and every attrs class built on it (the results of
:mod:`vnplan.calc`), checks its fields with these, on construction. Each raises
:class:`~vnplan.exceptions.ValidationError` naming the field, what it accepts and what
came (``'unit' must be a unit vnplan knows (got 'ha')``), so that the readers of report
folders and of the JSON form can hand the model any value and report its words.

The names follow :mod:`attrs.validators` (``instance_of``, ``optional``, ``in_``), and
the validators compose the same way (``optional(instance_of(int, month))``).
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from collections.abc import Callable, Iterable
from decimal import Decimal
from typing import Any, Final, TypeAlias

import attrs

from vnplan import units
from vnplan.exceptions import UnitError, ValidationError

__all__ = [
    "ID_TEXT",
    "Validator",
    "boolean",
    "describe",
    "finite",
    "identifier",
    "in_",
    "instance_of",
    "is_identifier",
    "known_unit",
    "month",
    "optional",
    "optional_text",
    "plain_date",
    "positive",
    "text",
    "tuple_of",
    "unknown_unit",
    "year",
]

#: A field validator: ``(instance, attribute, value)``, raising on a bad value.
Validator: TypeAlias = Callable[[Any, "attrs.Attribute[Any]", Any], None]

_ID: Final = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*\Z")
#: What an id is, in words.
ID_TEXT: Final = "lower-case ASCII words joined by '-'"


def describe(expected: object) -> str:
    """Say in words what a validator expected: a type, an enum, or a set of options.

    >>> from decimal import Decimal
    >>> describe(Decimal)
    'a Decimal'
    >>> describe(("vi", "en"))
    "one of 'vi', 'en'"
    """
    if isinstance(expected, type) and issubclass(expected, enum.Enum):
        values = ", ".join(repr(member.value) for member in expected)
        return f"a {expected.__name__} ({values})"
    if isinstance(expected, type):
        return f"a {expected.__name__}"
    if isinstance(expected, tuple) and all(isinstance(t, type) for t in expected):
        return " or ".join(f"a {t.__name__}" for t in expected)
    if isinstance(expected, Iterable) and not isinstance(expected, str):
        return "one of " + ", ".join(repr(getattr(o, "value", o)) for o in expected)
    return repr(expected)


def is_identifier(value: object) -> bool:
    """Say whether ``value`` is an id: lower-case ASCII words joined by ``-``."""
    return isinstance(value, str) and _ID.match(value) is not None


# -- composing ---------------------------------------------------------------------------------


def instance_of(kind: type | tuple[type, ...], *then: Validator) -> Validator:
    """Check that a value is a ``kind``, then run the validators ``then`` on it.

    The type is said as :func:`describe` says it (``'year' must be a int (got '2022')``).
    """

    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, kind):
            raise ValidationError(attribute.name, describe(kind), value)
        for step in then:
            step(instance, attribute, value)

    def check_type(_instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, kind):
            raise ValidationError(attribute.name, describe(kind), value)

    # The type alone is most fields' check (an indicator, a location, an enum …), and the
    # model builds some thousand objects per report: without the loop, a third faster.
    return check if then else check_type


def optional(validator: Validator) -> Validator:
    """Let ``None`` through; check any other value with ``validator``."""

    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is not None:
            validator(instance, attribute, value)

    return check


def in_(options: tuple[object, ...], words: str | None = None) -> Validator:
    """Check that a value is one of ``options`` (texts or enum members).

    ``words`` says what they are, when listing them would say too much.
    """
    allowed = frozenset(options)
    expected = words

    def check(_instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if value not in allowed:
            raise ValidationError(attribute.name, expected or describe(options), value)

    return check


def tuple_of(kind: type, *then: Validator) -> Validator:
    """Check that a value is a tuple of ``kind``, each member passing ``then``."""

    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, tuple):
            raise ValidationError(attribute.name, describe(tuple), value)
        for member in value:
            if not isinstance(member, kind):
                raise ValidationError(attribute.name, describe(kind), member)
            for step in then:
                step(instance, attribute, member)

    return check


# -- fields ------------------------------------------------------------------------------------


def text(_instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Check that a value is a non-empty text without surrounding spaces."""
    if not isinstance(value, str):
        raise ValidationError(attribute.name, "a str", value)
    if not value or value != value.strip():
        raise ValidationError(attribute.name, "a non-empty text without surrounding spaces", value)


def optional_text(_instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Check that a value is ``None`` or a non-empty text without surrounding spaces."""
    if value is None:
        return
    if not isinstance(value, str):
        raise ValidationError(attribute.name, "a str", value)
    if not value or value != value.strip():
        raise ValidationError(
            attribute.name, "None or a non-empty text without surrounding spaces", value
        )


def identifier(_instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Check that a value is an id: lower-case ASCII words joined by ``-``."""
    if not isinstance(value, str):
        raise ValidationError(attribute.name, "a str", value)
    if not _ID.match(value):
        raise ValidationError(attribute.name, ID_TEXT, value)


def finite(_instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Check that a value is a finite :class:`~decimal.Decimal` (no NaN, no infinity)."""
    if not (isinstance(value, Decimal) and value.is_finite()):
        raise ValidationError(attribute.name, "a finite Decimal", value)


def positive(_instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Check that a value is a positive whole number (``True`` is not one)."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValidationError(attribute.name, "a positive whole number", value)


def boolean(_instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Check that a value is ``True`` or ``False`` (``1`` is not)."""
    if not isinstance(value, bool):
        raise ValidationError(attribute.name, "true or false", value)


def year(_instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Check that a value is a four-digit year."""
    if isinstance(value, bool) or not isinstance(value, int) or not 1000 <= value <= 9999:
        raise ValidationError(attribute.name, "a four-digit year", value)


def month(_instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Check that a value is a month from 1 to 12."""
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 12:
        raise ValidationError(attribute.name, "None or a month from 1 to 12", value)


def plain_date(_instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Check that a date is not a :class:`~datetime.datetime` (a date with a time)."""
    if isinstance(value, dt.datetime):
        raise ValidationError(attribute.name, "a date without a time", value)


def known_unit(_instance: object, attribute: attrs.Attribute[Any], value: str) -> None:
    """Check that a text is a unit of :mod:`vnplan.units`, naming the word it does not know."""
    try:
        units.unit_info(value)
    except UnitError as error:
        raise unknown_unit(attribute.name, value, error) from None


def unknown_unit(field: str, unit: object, error: UnitError) -> ValidationError:
    """The error for a ``field`` whose ``unit`` :mod:`vnplan.units` refused with ``error``."""
    expected = "a unit vnplan knows"
    if error.word:
        expected += f" ({error.word!r} is not one: add it with vnplan.units.define())"
    return ValidationError(field, expected, unit)
