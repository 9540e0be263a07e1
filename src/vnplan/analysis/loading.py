"""Loading many reports into a collection; a report that cannot be read is kept as a failure."""

from __future__ import annotations

import os
from collections.abc import Iterable
from typing import TYPE_CHECKING, TypeAlias

from vnplan.analysis.collection import Collection, LoadFailure, no_gc_pauses
from vnplan.analysis.indicator_matching import (
    MapSource,
    SharedIds,
    indicator_map_of,
    successors_of,
)
from vnplan.exceptions import CollectionError, VnplanError
from vnplan.model import Report

if TYPE_CHECKING:
    from pathlib import Path

__all__ = ["Source", "load_many"]

#: One source of reports (a bundled name, a report folder, or a folder of report folders).
Source: TypeAlias = str | os.PathLike[str]


def _expand(source: Source) -> list[str | Path] | LoadFailure:
    """The report sources in ``source``: itself, or the report folders inside a folder."""
    from pathlib import Path  # noqa: PLC0415 (not on import vnplan: ~4 ms)

    from vnplan.io.datasets import datasets  # noqa: PLC0415 (kept with the loader)

    if isinstance(source, str) and source in {d.name for d in datasets()}:
        return [source]
    path = Path(source)
    try:
        folder = path.is_dir()
    except (OSError, ValueError):  # no folder can have that name ("x" * 300): load says why
        folder = False
    if folder and not (path / "report.toml").is_file():
        inside = sorted(p for p in path.iterdir() if (p / "report.toml").is_file())
        if not inside:
            return LoadFailure(
                source=os.fspath(source),
                problems=("the folder holds no report.toml and no report folders",),
            )
        return list(inside)
    return [source if isinstance(source, str) else path]


def _load_one(source: str | Path) -> Report | LoadFailure:
    from vnplan.exceptions import DataError  # noqa: PLC0415
    from vnplan.io.datasets import load  # noqa: PLC0415 (parsing loads on first use)

    try:
        return load(source)
    except DataError as error:
        return LoadFailure(source=os.fspath(source), problems=tuple(str(p) for p in error.problems))
    except (VnplanError, OSError, UnicodeDecodeError) as error:
        return LoadFailure(source=os.fspath(source), problems=(str(error),))


def load_many(
    sources: Source | Iterable[Source],
    *,
    indicator_map: MapSource | None = None,
    successors: MapSource | None = None,
    strict: bool = False,
) -> Collection:
    """Load many reports into a :class:`~vnplan.Collection`; failures are kept, not fatal.

    Every source is read, whatever happens to the others. A report that cannot be read,
    whose indicators clash under the indicator map, whose units do not convert to those
    of the same shared indicator in the reports before it, or that repeats a report
    already loaded (same province, number and date) is a
    :class:`~vnplan.LoadFailure`, with all of its problems.

    Args:
        sources: Bundled names (``"dien-bien-2022"``), report folders, or folders of
            report folders (each subfolder holding a ``report.toml``, taken in name order);
            one such source, or an iterable of them.
        indicator_map: A report's own indicator id or name → the shared id: a mapping,
            or the path of a TOML file with an ``[indicators]`` table. Names match with
            or without case, in Vietnamese or English; ids match first.
        successors: A province as issued → the province it is part of now: a mapping,
            or the path of a TOML file with a ``[successors]`` table.
        strict: Raise :class:`~vnplan.exceptions.CollectionError` listing every failure,
            after trying every source, instead of keeping the failures.

    Returns:
        The reports loaded, sorted by province, year, date and number, with the failures.

    Raises:
        CollectionError: ``strict`` is true and some source failed.
        ValidationError: A map is not a mapping of texts, its file cannot be read, or the
            successors map has a cycle.

    >>> collection = load_many(["dien-bien-2022"])
    >>> collection
    <Collection of 1 reports: 1 provinces, 2022>
    >>> collection.figures(indicator="grain-output", role="actual")[0].figure.printed
    '282.647,81 tấn'
    """
    shared_map = indicator_map_of(indicator_map)
    successor_map = successors_of(successors)
    many: Iterable[Source] = [sources] if isinstance(sources, str | os.PathLike) else sources
    failures: list[LoadFailure] = []
    loaded: list[tuple[Report, str]] = []
    with no_gc_pauses():
        for source in many:
            expanded = _expand(source)
            if isinstance(expanded, LoadFailure):
                failures.append(expanded)
                continue
            for item in expanded:
                result = _load_one(item)
                if isinstance(result, LoadFailure):
                    failures.append(result)
                else:
                    loaded.append((result, os.fspath(item)))
    loaded.sort(key=lambda pair: (pair[0].province, pair[0].year, pair[0].date, pair[0].key))
    index = SharedIds(shared_map)
    kept: list[tuple[Report, str]] = []
    seen: dict[tuple[object, ...], str] = {}
    for report, source in loaded:
        key = report.key
        if key in seen:
            failures.append(
                LoadFailure(source=source, problems=(f"the same report as {seen[key]}",))
            )
            continue
        problems, ids = index.problems(report)
        if problems:
            failures.append(LoadFailure(source=source, problems=tuple(problems)))
            continue
        index.add(report, ids)
        seen[key] = source
        kept.append((report, source))
    if strict and failures:
        raise CollectionError(failures)
    return Collection(
        reports=tuple(report for report, _ in kept),
        sources=tuple(source for _, source in kept),
        failures=tuple(failures),
        indicator_map=shared_map,
        successors=successor_map,
    )
