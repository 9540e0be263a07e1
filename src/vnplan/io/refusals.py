"""What the model refuses in a table, found in one pass: each field, and the rules across.

The reader (:mod:`vnplan.io.reader`) hands the model a table's values. When the model
refuses them, :func:`refused_fields` asks each field's own validator, so that every
field it refuses is listed; :func:`check_across` then checks the rules across fields
(a unit that fits the indicator, a stock with one date) even in a table that has
problems elsewhere, so that a folder's problems are found at once, not one after another.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final

import attrs

from vnplan.exceptions import VnplanError
from vnplan.io.entries import Entry
from vnplan.io.suggestions import suggest_unit
from vnplan.model import Location

__all__ = ["check_across", "refused_fields"]

#: What stands in for a field refused on its own, to check the rules across the others.
_STAND_INS: Final[Mapping[str, object]] = {"paragraph": 1, "footnote": 1}
#: What stands in for the location of a table whose location has a problem.
_STAND_IN_LOCATION: Final = Location(section="?", paragraph=1)
#: The fields whose problem leaves the rules across a table's other fields to check:
#: none of those rules reads them, or a problem there leaves a value they can read.
_INDEPENDENT: Final = frozenset(
    {"id", "note", "source", "value", "bound", "status", "basis", "indicator", "location"}
)


def refused_fields(entry: Entry, cls: type[Any], values: Mapping[str, Any]) -> set[str]:
    """Ask each field's validator of ``cls`` about its value; say each refusal in ``entry``.

    Returns:
        The fields refused.
    """
    fields = attrs.fields_dict(cls)
    refused: set[str] = set()
    for name, value in values.items():
        validator = fields[name].validator
        if validator is None:
            continue
        try:
            validator(None, fields[name], value)
        except VnplanError as error:
            hint = suggest_unit(value) if name == "unit" and isinstance(value, str) else ""
            entry.problem(name, f"{error}{hint}")
            refused.add(name)
    return refused


def check_across(
    entry: Entry, cls: type[Any], values: Mapping[str, Any], refused: set[str]
) -> VnplanError | None:
    """What a rule across the fields of ``cls`` refuses in a table that has problems.

    A figure whose paragraph is 0 is still checked for a unit that fits its indicator.
    A field refused on its own (``refused``), and the location of a table whose location
    has a problem, stand in with a value that passes (:data:`_STAND_INS`). Nothing is
    checked when a field the rules read has a problem (its value is missing, and a
    refusal would only follow from that).

    Returns:
        The model's refusal, unless it is at a field that has a problem already (it is
        not said twice); else ``None``.
    """
    fields = attrs.fields_dict(cls)
    if any(
        field in fields and field not in _INDEPENDENT and field not in _STAND_INS
        for field in entry.failed
    ) or any(field not in _STAND_INS for field in refused):
        return None
    given = {**values, **{field: _STAND_INS[field] for field in refused}}
    if "location" in fields and "location" not in given:
        given["location"] = _STAND_IN_LOCATION
    try:
        cls(**given)
    except VnplanError as error:
        return None if getattr(error, "field", None) in entry.failed else error
    except TypeError:  # a required field is missing: its problem is said already
        return None
    return None
