"""Matching indicators across reports: indicator maps, successor maps, shared ids.

Indicators are matched across reports by id. A report whose indicators have other ids, or
only names, is matched through an *indicator map*: a mapping from a report's own indicator
ids or names to shared ids (see ``docs/collections.md``). A *successors* map takes a
province as issued to the province it is part of now.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any, Final, TypeAlias

from vnplan.exceptions import ValidationError
from vnplan.model import Indicator, Report

__all__ = ["MapSource", "SharedIds", "indicator_map_of", "successors_of"]

#: What :func:`~vnplan.load_many` accepts for a map (a mapping, or the path of a TOML file).
MapSource: TypeAlias = Mapping[str, str] | str | os.PathLike[str]

_ID: Final = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*\Z")


def _fold(text: str) -> str:
    """The form names are matched in: composed, case-folded, spaces collapsed."""
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


def _read_table(path: str | os.PathLike[str], table: str) -> dict[str, object]:
    """Read the ``[table]`` of a TOML file; raise a ValidationError naming what is wrong."""
    import tomllib  # noqa: PLC0415 (only map files need it)
    from pathlib import Path  # noqa: PLC0415 (pathlib and what it imports cost ~4 ms on import)

    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise ValidationError(
            table, f"a readable TOML file with a [{table}] table", str(error)
        ) from error
    found = data.get(table)
    if not isinstance(found, dict):
        raise ValidationError(table, f"a [{table}] table in {os.fspath(path)!r}", found)
    return found


def _freeze_map(value: MapSource | None, table: str) -> Mapping[str, str]:
    if value is None:
        items: Mapping[Any, Any] = {}
    elif isinstance(value, str | os.PathLike):
        items = _read_table(value, table)
    elif isinstance(value, Mapping):
        items = value
    else:
        raise ValidationError(table, "a mapping of str to str, or the path of a TOML file", value)
    for key, item in items.items():
        if not isinstance(key, str) or not key.strip():
            raise ValidationError(table, "keys that are non-empty texts", key)
        if not isinstance(item, str) or not item.strip():
            raise ValidationError(table, f"a non-empty text for {key!r}", item)
    return MappingProxyType({str(k): str(i) for k, i in items.items()})


def indicator_map_of(value: MapSource | None) -> Mapping[str, str]:
    """Read and check an indicator map: each key → a shared id (``grain-output``).

    Raises:
        ValidationError: It is not a mapping of texts, its file cannot be read, or a shared
            id is not lower-case ASCII words joined by ``-``.
    """
    frozen = _freeze_map(value, "indicators")
    for key, shared in frozen.items():
        if not _ID.match(shared):
            raise ValidationError(
                "indicators",
                f"a shared id of lower-case ASCII words joined by '-' for {key!r}",
                shared,
            )
    return frozen


def successors_of(value: MapSource | None) -> Mapping[str, str]:
    """Read and check a successors map: a province as issued → the province it is part of.

    Raises:
        ValidationError: It is not a mapping of texts, its file cannot be read, or it has
            a cycle.
    """
    frozen = _freeze_map(value, "successors")
    for start in frozen:
        seen = {start}
        current = frozen[start]
        while current in frozen:
            if current in seen:
                raise ValidationError("successors", "a map without cycles", start)
            seen.add(current)
            current = frozen[current]
    return frozen


class SharedIds:
    """Shared ids of every report's indicators, and the first indicator of each shared id."""

    def __init__(self, indicator_map: Mapping[str, str]) -> None:
        self.map = {_fold(key): shared for key, shared in indicator_map.items()}
        self.shared: list[dict[str, str]] = []
        self.indicators: dict[str, Indicator] = {}
        #: The shared id of each (id, name_vi, name_en) met already: reports of a
        #: collection repeat the same indicators, and folding their names dominated.
        self.known: dict[tuple[str, str, str], str] = {}
        #: Each report's position, by the report's identity (``id()``; the collection
        #: holds the reports, so no id is reused while it lives).
        self.positions: dict[int, int] = {}

    def shared_id(self, indicator: Indicator) -> str:
        """Return the shared id of ``indicator``: what the map gives, else its own id."""
        if not self.map:
            return indicator.id
        names = (indicator.id, indicator.name_vi, indicator.name_en)
        shared = self.known.get(names)
        if shared is None:
            shared = self.known[names] = self._look_up(names)
        return shared

    def _look_up(self, names: tuple[str, str, str]) -> str:
        for key in names:
            found = self.map.get(_fold(key))
            if found is not None:
                return found
        return names[0]

    def problems(self, report: Report) -> tuple[list[str], dict[str, str]]:
        """What stops ``report`` from joining, and its indicators' shared ids."""
        from vnplan.units import same_dimension  # noqa: PLC0415 (pint loads on first use)

        problems: list[str] = []
        ids: dict[str, str] = {}
        owner: dict[str, str] = {}
        for indicator in report.indicators:
            shared = self.shared_id(indicator)
            if shared in owner:
                problems.append(
                    f"indicators {owner[shared]!r} and {indicator.id!r} both map to the "
                    f"shared id {shared!r}"
                )
                continue
            owner[shared] = indicator.id
            ids[indicator.id] = shared
            first = self.indicators.get(shared)
            # The same unit text is the same dimension (an indicator's unit is known).
            if (
                first is not None
                and first.unit != indicator.unit
                and not same_dimension(first.unit, indicator.unit)
            ):
                problems.append(
                    f"indicator {indicator.id!r} (shared id {shared!r}) is in "
                    f"{indicator.unit!r}, which does not convert to {first.unit!r}, "
                    f"its unit in the reports before"
                )
        return problems, ids

    def add(self, report: Report, ids: dict[str, str]) -> None:
        """Take ``report`` in, with its indicators' shared ids (from :meth:`problems`)."""
        self.positions.setdefault(id(report), len(self.shared))
        self.shared.append(ids)
        for indicator in report.indicators:
            self.indicators.setdefault(ids[indicator.id], indicator)
