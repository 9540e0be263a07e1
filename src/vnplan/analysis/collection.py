"""Many reports at once: a collection across provinces and years.

:func:`~vnplan.load_many` reads many report folders (or bundled names) into a
:class:`~vnplan.Collection`. A folder that cannot be read does not stop the others: every
failure is kept, with all of its problems, in :attr:`~vnplan.Collection.failures` (or
raised together, with ``strict=True``).

Indicators are matched across reports by id. A report whose indicators have other ids, or
only names, is matched through an *indicator map*: a mapping from a report's own indicator
ids or names to shared ids (see ``docs/collections.md``).

Each report keeps its province as it was when the report was issued. For analysis by the
provinces of today (after the 2025 merger of 63 provinces into 34), give a *successors*
map from a province as issued to the province it is part of now; vnplan ships no such map.
"""

from __future__ import annotations

import contextlib
import decimal
import functools
import gc
import os
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Generator, Iterable, Iterator, Mapping
from decimal import Decimal
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Final, TypeAlias

import attrs
from attrs import validators as v

from vnplan._enums import Basis, Bound, Direction, Role, Severity, Status
from vnplan.calc.attainment import ABOUT_TOLERANCE
from vnplan.exceptions import CollectionError, ValidationError, VnplanError
from vnplan.model.core import Indicator, Measurement, Period, Report, Target
from vnplan.model.interval import PRECISION, Interval

if TYPE_CHECKING:
    from pathlib import Path

    import pandas as pd

    from vnplan.checks.findings import AuditResult

__all__ = [
    "PANEL_COLUMNS",
    "Collection",
    "CollectionAudit",
    "Comparison",
    "LoadFailure",
    "Observation",
    "ReportAudit",
    "load_many",
]

#: What :func:`~vnplan.load_many` accepts for a map (a mapping, or the path of a TOML file).
MapSource: TypeAlias = Mapping[str, str] | str | os.PathLike[str]
#: One source of reports (a bundled name, a report folder, or a folder of report folders).
Source: TypeAlias = str | os.PathLike[str]

#: The columns of :meth:`~vnplan.Collection.to_pandas`, in order, with their pandas dtypes.
PANEL_COLUMNS: Final[dict[str, str]] = {
    "province": "string",
    "current_province": "string",
    "period": "string",
    "indicator": "string",
    "role": "string",
    "year": "int64",
    "report": "string",
    "source": "string",
    "figure": "string",
    "report_indicator": "string",
    "sector": "string",
    "as_of": "datetime64[ns]",
    "status": "string",
    "basis": "string",
    "bound": "string",
    "value": "float64",
    "value_decimal": "object",
    "unit": "string",
    "std_value": "float64",
    "std_value_decimal": "object",
    "std_unit": "string",
    "printed": "string",
    "location": "string",
    "n_printed": "int64",
}
#: Where each float column takes its values from.
_FLOATS: Final = {"value": "value_decimal", "std_value": "std_value_decimal"}

_ID: Final = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*\Z")
_BASIS_RANK: Final[dict[Basis, int]] = {basis: rank for rank, basis in enumerate(Basis)}
#: Each role's text (a look-up here is cheaper than ``role.value``, which counts in a panel).
_ROLE_TEXT: Final[dict[Role, str]] = {role: role.value for role in Role}
_STATUS_TEXT: Final[dict[Status, str]] = {status: status.value for status in Status}
_BASIS_TEXT: Final[dict[Basis, str]] = {basis: basis.value for basis in Basis}
_BOUND_TEXT: Final[dict[Bound, str]] = {bound: bound.value for bound in Bound}


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


def _indicator_map(value: MapSource | None) -> Mapping[str, str]:
    frozen = _freeze_map(value, "indicators")
    for key, shared in frozen.items():
        if not _ID.match(shared):
            raise ValidationError(
                "indicators",
                f"a shared id of lower-case ASCII words joined by '-' for {key!r}",
                shared,
            )
    return frozen


def _successors(value: MapSource | None) -> Mapping[str, str]:
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


@attrs.frozen(kw_only=True)
class LoadFailure:
    """A report that could not be loaded, with every problem found in it."""

    #: The source as given (a bundled name or a folder path).
    source: str = attrs.field(validator=v.instance_of(str))
    #: Every problem, each as ``file:line`` then the message where the loader knows the line.
    problems: tuple[str, ...] = attrs.field(
        validator=v.deep_iterable(v.instance_of(str), v.instance_of(tuple))
    )

    def __str__(self) -> str:
        """Return the source, then each problem on its own indented line."""
        return "\n".join([f"{self.source}:", *(f"  {problem}" for problem in self.problems)])


@attrs.frozen(kw_only=True)
class Observation:
    """A figure of one report in a collection, with its shared indicator id and province."""

    #: The shared indicator id (the report's own id, or what the indicator map gives).
    indicator: str = attrs.field(validator=v.instance_of(str))
    #: The printed figure.
    figure: Measurement | Target = attrs.field(validator=v.instance_of((Measurement, Target)))
    #: The report it is printed in.
    report: Report = attrs.field(validator=v.instance_of(Report))
    #: The province as it was when the report was issued.
    province: str = attrs.field(validator=v.instance_of(str))
    #: The province it is part of now (the successors map), else ``province``.
    current_province: str = attrs.field(validator=v.instance_of(str))


@attrs.frozen(kw_only=True)
class Comparison:
    """An outturn compared with its target, or with the outturn of the year before.

    Built by :meth:`~vnplan.Collection.attainment` and :meth:`~vnplan.Collection.growth`,
    with the values of :func:`vnplan.attainment` and :func:`vnplan.growth`.
    """

    #: ``"attainment"`` or ``"growth"``.
    kind: str
    #: The province as issued.
    province: str
    #: The shared indicator id.
    indicator: str
    #: The period of the outturn (``"2022"``).
    period: str
    #: The outturn.
    subject: Measurement | Target
    #: The target, or the outturn of the year before.
    against: Measurement | Target
    #: In percent (the outturn in percent of its target, 102.49, or the growth, 1.99);
    #: ``None`` when the denominator is zero.
    value: Decimal | None
    #: Whether the target is met (by direction and bound); ``None`` for growth.
    met: bool | None

    @functools.cached_property
    def interval(self) -> Interval | None:
        """The values ``value`` can take, given the printed precision; ``None`` with it.

        Worked out on first use: a panel holds many comparisons, and most uses need
        only the values.
        """
        if self.value is None:
            return None
        if self.kind == "attainment":
            return _attainment_interval(self.subject, self.against)
        return _growth_interval(self.subject, self.against)


#: Exact arithmetic for the sums and products of printed numbers (never rounded).
_EXACT: Final = decimal.Context(prec=200, traps=[decimal.Inexact, decimal.InvalidOperation])
_HALF_EVEN: Final = decimal.Context(prec=PRECISION, rounding=decimal.ROUND_HALF_EVEN)
_FLOOR: Final = decimal.Context(prec=PRECISION, rounding=decimal.ROUND_FLOOR)
_CEILING: Final = decimal.Context(prec=PRECISION, rounding=decimal.ROUND_CEILING)
_HUNDRED: Final = Decimal(100)
_ONE: Final = Decimal(1)
_ZERO: Final = Decimal(0)
_YEAR: Final = re.compile(r"[0-9]{4}\Z")


def _factor(source: str, target: str) -> Decimal:
    """The factor from ``source`` to ``target`` (1 for the same unit, without a look-up)."""
    if source == target:
        return _ONE
    from vnplan.units import conversion_factor  # noqa: PLC0415 (pint loads on first use)

    return conversion_factor(source, target)


def _scaled(figure: Measurement | Target, factor: Decimal) -> Decimal:
    """The figure's printed value times ``factor``, exactly."""
    return figure.value if factor == 1 else _EXACT.multiply(figure.value, factor)


def _ends(figure: Measurement | Target, factor: Decimal) -> tuple[Decimal, Decimal, Decimal]:
    """The printed value and its interval's ends (as ``Interval.from_printed``), scaled."""
    value = figure.value
    half = Interval.half_unit(value)
    low, high = value - half, value + half
    if factor == 1:
        return value, low, high
    low, high = sorted((_EXACT.multiply(low, factor), _EXACT.multiply(high, factor)))
    return _EXACT.multiply(value, factor), low, high


def _met(got: Decimal, goal: Decimal, direction: Direction, bound: Bound) -> bool:
    """Whether the target is met, as :func:`vnplan.attainment` decides, in exact decimals."""
    if bound is Bound.AT_LEAST:
        return got >= goal
    if bound is Bound.AT_MOST:
        return got <= goal
    slack = _EXACT.multiply(ABOUT_TOLERANCE, goal.copy_abs()) if bound is Bound.ABOUT else _ZERO
    if direction is Direction.HIGHER:
        return got >= _EXACT.subtract(goal, slack)
    if direction is Direction.LOWER:
        return got <= _EXACT.add(goal, slack)
    return _EXACT.subtract(got, goal).copy_abs() <= slack


def _attain(
    province: str, shared: str, period: str, actual: Measurement | Target, target: Target
) -> Comparison:
    """What :func:`vnplan.attainment` gives, in decimal arithmetic rounded once."""
    got = _scaled(actual, _factor(actual.unit, target.unit))
    goal = target.value
    return Comparison(
        kind="attainment",
        province=province,
        indicator=shared,
        period=period,
        subject=actual,
        against=target,
        value=None if goal == 0 else _HALF_EVEN.divide(got, goal) * 100,
        met=_met(got, goal, target.indicator.direction, target.bound),
    )


def _attainment_interval(actual: Measurement | Target, target: Measurement | Target) -> Interval:
    """The interval of an attainment (its target not zero), each end rounded outward once."""
    _, got_low, got_high = _ends(actual, _factor(actual.unit, target.unit))
    _, goal_low, goal_high = _ends(target, _ONE)
    ends = [
        op.divide(top, bottom)
        for op in (_FLOOR, _CEILING)
        for top in (got_low, got_high)
        for bottom in (goal_low, goal_high)
    ]
    return Interval(min(ends[:4]), max(ends[4:])) * 100


def _excess(top: Decimal, bottom: Decimal) -> Decimal:
    return _EXACT.multiply(_EXACT.subtract(top, bottom), _HUNDRED)


def _grow(
    province: str,
    shared: str,
    period: str,
    current: Measurement | Target,
    before: Measurement | Target,
) -> Comparison:
    """What :func:`vnplan.growth` gives, in decimal arithmetic rounded once."""
    value: Decimal | None = None
    # The year before's interval (half a unit of its last digit each side) holds zero
    # exactly when it is printed as zero; then there is no growth rate.
    if before.value != 0:
        now = current.value
        then = _scaled(before, _factor(before.unit, current.unit))
        # (now / then - 1) × 100 is (now - then) × 100 / then: exact until the division.
        value = _HALF_EVEN.divide(_excess(now, then), then)
    return Comparison(
        kind="growth",
        province=province,
        indicator=shared,
        period=period,
        subject=current,
        against=before,
        value=value,
        met=None,
    )


def _growth_interval(current: Measurement | Target, before: Measurement | Target) -> Interval:
    """The interval of a growth rate (the year before not zero), rounded outward once."""
    _, now_low, now_high = _ends(current, _ONE)
    _, then_low, then_high = _ends(before, _factor(before.unit, current.unit))
    lows = []
    highs = []
    for top in (now_low, now_high):
        for bottom in (then_low, then_high):
            excess = _excess(top, bottom)
            lows.append(_FLOOR.divide(excess, bottom))
            highs.append(_CEILING.divide(excess, bottom))
    return Interval(min(lows), max(highs))


class _Index:
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
        self.positions.setdefault(id(report), len(self.shared))
        self.shared.append(ids)
        for indicator in report.indicators:
            self.indicators.setdefault(ids[indicator.id], indicator)


#: The key of a panel row (province as issued, period text, shared indicator id, role).
_Key: TypeAlias = tuple[str, str | None, str, str]
#: A figure of the panel (its key, the figure, its report's position, ``n_printed``).
_PanelEntry: TypeAlias = tuple[_Key, Measurement | Target, int, int]


def _period_text(figure: Measurement | Target, texts: dict[int, str] | None = None) -> str | None:
    """The figure's period, or its as-of date (ISO) when it has none.

    ``texts`` keeps the text of each period object met already (figures share them).
    """
    period = figure.period
    if period is None:
        return None if figure.as_of is None else figure.as_of.isoformat()
    if texts is None:
        return str(period)
    text = texts.get(id(period))
    if text is None:
        text = texts[id(period)] = str(period)
    return text


def _shared_texts(items: Iterable[object]) -> list[str]:
    """``str()`` of each item, worked out once per distinct object (items share objects).

    The loader shares one :class:`~vnplan.Location` per place printed: a panel's tens of
    thousands of figures have a few hundred.
    """
    texts: dict[int, str] = {}  # by id(): the items are alive until this returns
    found: list[str] = []
    for item in items:
        text = texts.get(id(item))
        if text is None:
            text = texts[id(item)] = str(item)
        found.append(text)
    return found


def _status_rank(status: Status) -> int:
    """Official first, then provisional, then any other status (the panel's preference)."""
    if status is Status.OFFICIAL:
        return 0
    return 1 if status is Status.PROVISIONAL else 2


def _basis_rank(figure: Measurement | Target) -> int:
    """A target's basis in the order of :class:`~vnplan.Basis`; 0 for a measurement."""
    return _BASIS_RANK[figure.basis] if isinstance(figure, Target) else 0


def _figures_of(report: Report) -> tuple[Measurement | Target, ...]:
    return (*report.measurements, *report.targets)


def _reports(value: Iterable[Report]) -> tuple[Report, ...]:
    return tuple(value)


def _texts(value: Iterable[str]) -> tuple[str, ...]:
    return tuple(value)


def _failures(value: Iterable[LoadFailure]) -> tuple[LoadFailure, ...]:
    return tuple(value)


def _default_sources(self: Collection) -> tuple[str, ...]:
    return tuple(f"{r.province} {r.year} {r.number}" for r in self.reports)


@contextlib.contextmanager
def _no_gc_pauses() -> Generator[None]:
    """Pause Python's cyclic garbage collector while many objects are built.

    A report is some thousand objects that stay alive; while hundreds of reports load,
    the collector's full passes scan all of them again and again (a fifth of the time,
    and growing with the collection). They hold no cycles to free, so the collector
    pauses until the batch is built, then runs as before.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _one_or_many(value: object) -> frozenset[object] | None:
    """A filter value: ``None`` (no filter), one value, or an iterable of values."""
    if value is None:
        return None
    if isinstance(value, str | int | Period | Role | Status) or not isinstance(value, Iterable):
        return frozenset({value})
    return frozenset(value)


@attrs.frozen(kw_only=True, eq=False, repr=False)
class Collection:
    """Many reports, across provinces and years, with indicators matched by shared id.

    Build one with :func:`~vnplan.load_many`, or from reports already loaded. Iterate over it for
    its reports; ``len()`` counts them.

    Raises:
        ValidationError: Two indicators of one report map to the same shared id, a
            shared id has units of different dimensions in two reports, ``sources`` does
            not match ``reports``, or a map is not a mapping of texts (or has a cycle).
    """

    #: The reports, in the order given (:func:`~vnplan.load_many` sorts by province, year, date).
    reports: tuple[Report, ...] = attrs.field(
        converter=_reports, validator=v.deep_iterable(v.instance_of(Report))
    )
    #: Where each report came from (a folder path or a bundled name).
    sources: tuple[str, ...] = attrs.field(
        default=attrs.Factory(_default_sources, takes_self=True),
        converter=_texts,
        validator=v.deep_iterable(v.instance_of(str)),
    )
    #: The reports that could not be loaded, each with all of its problems.
    failures: tuple[LoadFailure, ...] = attrs.field(
        default=(), converter=_failures, validator=v.deep_iterable(v.instance_of(LoadFailure))
    )
    #: A report's own indicator id or name (vi or en) → the shared id.
    indicator_map: Mapping[str, str] = attrs.field(default=None, converter=_indicator_map)
    #: A province as issued → the province it is part of now (after the 2025 merger).
    successors: Mapping[str, str] = attrs.field(default=None, converter=_successors)

    _index: _Index = attrs.field(init=False, repr=False)
    #: The panel (one figure per key), worked out on first use.
    _chosen: list[_PanelEntry] | None = attrs.field(init=False, default=None, repr=False)
    #: The same, by key.
    _by_key: dict[_Key, _PanelEntry] | None = attrs.field(init=False, default=None, repr=False)

    def __attrs_post_init__(self) -> None:
        """Check the fields together, once attrs has set them."""
        if len(self.sources) != len(self.reports):
            raise ValidationError(
                "sources", f"one source per report ({len(self.reports)})", len(self.sources)
            )
        index = _Index(self.indicator_map)
        for source, report in zip(self.sources, self.reports, strict=True):
            problems, ids = index.problems(report)
            if problems:
                raise ValidationError(
                    "reports", f"reports whose indicators match ({source})", problems[0]
                )
            index.add(report, ids)
        object.__setattr__(self, "_index", index)

    def __reduce__(self) -> tuple[Callable[..., Collection], tuple[Any, ...]]:
        """Pickle what the collection was built from; the rest is worked out again.

        The maps are read-only views, which pickle cannot store: they travel as dicts.
        """
        maps = (dict(self.indicator_map), dict(self.successors))
        return _unpickle, (self.reports, self.sources, self.failures, *maps)

    # -- what it holds ----------------------------------------------------------------

    def __len__(self) -> int:
        """Return the number of reports."""
        return len(self.reports)

    def __iter__(self) -> Iterator[Report]:
        """Iterate over the reports, in order."""
        return iter(self.reports)

    def __repr__(self) -> str:
        """Return ``<Collection of 630 reports: 63 provinces, 2016-2025; 2 failures>``."""
        years = self.years
        span = f"{years[0]}-{years[-1]}" if len(years) > 1 else "".join(map(str, years))
        failed = f"; {len(self.failures)} failures" if self.failures else ""
        return (
            f"<Collection of {len(self.reports)} reports: {len(self.provinces)} provinces, "
            f"{span or 'no years'}{failed}>"
        )

    @property
    def provinces(self) -> tuple[str, ...]:
        """The provinces as issued, sorted."""
        return tuple(sorted({report.province for report in self.reports}))

    @property
    def current_provinces(self) -> tuple[str, ...]:
        """The provinces of today that the reports' provinces are part of, sorted."""
        return tuple(sorted({self.current_province(p) for p in self.provinces}))

    @property
    def years(self) -> tuple[int, ...]:
        """The years the reports give account of, sorted."""
        return tuple(sorted({report.year for report in self.reports}))

    @property
    def indicators(self) -> Mapping[str, Indicator]:
        """Shared id → the indicator as the first report that has it defines it."""
        return MappingProxyType(self._index.indicators)

    @property
    def sectors(self) -> tuple[str, ...]:
        """The sectors of the indicators, sorted."""
        return tuple(sorted({indicator.sector for indicator in self._index.indicators.values()}))

    def current_province(self, province: str) -> str:
        """Return the province that ``province`` (as issued) is part of now.

        Follows the successors map (through any chain of mergers); a province the map
        does not name is its own successor.
        """
        while province in self.successors:
            province = self.successors[province]
        return province

    def shared_id(self, report: Report, indicator: Indicator | str) -> str:
        """Return the shared id of one of ``report``'s indicators (an indicator or its id).

        Raises:
            ValidationError: ``report`` is not in the collection.
            UnknownIndicatorError: The report has no such indicator.
        """
        position = self._position(report)
        key = indicator.id if isinstance(indicator, Indicator) else report.indicator(indicator).id
        return self._index.shared[position][key]

    def _position(self, report: Report) -> int:
        position = self._index.positions.get(id(report))
        if position is not None:
            return position
        for position, held in enumerate(self.reports):
            if held == report:
                return position
        raise ValidationError("report", "a report of the collection", repr(report))

    # -- queries ------------------------------------------------------------------------

    def _keep(
        self,
        province: str | Iterable[str] | None,
        current_province: str | Iterable[str] | None,
        year: int | Iterable[int] | None,
    ) -> Callable[[Report], bool]:
        provinces = _one_or_many(province)
        currents = _one_or_many(current_province)
        years = _one_or_many(year)

        def keep(report: Report) -> bool:
            return (
                (provinces is None or report.province in provinces)
                and (currents is None or self.current_province(report.province) in currents)
                and (years is None or report.year in years)
            )

        return keep

    def select(
        self,
        *,
        province: str | Iterable[str] | None = None,
        current_province: str | Iterable[str] | None = None,
        year: int | Iterable[int] | None = None,
    ) -> Collection:
        """Return the collection of the reports that match every filter given.

        Args:
            province: A province as issued, or several.
            current_province: A province of today (see :attr:`successors`), or several.
            year: A year the report gives account of, or several (a ``range`` works).

        Returns:
            A collection with the same maps, without the load failures.
        """
        keep = self._keep(province, current_province, year)
        chosen = [i for i, report in enumerate(self.reports) if keep(report)]
        return Collection(
            reports=tuple(self.reports[i] for i in chosen),
            sources=tuple(self.sources[i] for i in chosen),
            indicator_map=self.indicator_map,
            successors=self.successors,
        )

    def figures(
        self,
        *,
        province: str | Iterable[str] | None = None,
        current_province: str | Iterable[str] | None = None,
        year: int | Iterable[int] | None = None,
        indicator: str | Iterable[str] | None = None,
        sector: str | Iterable[str] | None = None,
        role: Role | str | Iterable[Role | str] | None = None,
        period: Period | str | Iterable[Period | str] | None = None,
    ) -> tuple[Observation, ...]:
        """Return the figures that match every filter given, across the reports.

        Args:
            province: A province as issued, or several.
            current_province: A province of today, or several.
            year: The year a report gives account of, or several.
            indicator: A shared indicator id, or several.
            sector: A sector, or several.
            role: A role (``"actual"``, ``Role.TARGET``), or several.
            period: A figure's own period (``"2022"``), or several; matched exactly.

        Returns:
            The matching figures, report by report, each in report order.

        Raises:
            ValidationError: A period text cannot be read.
        """
        keep = self._keep(province, current_province, year)
        indicators = _one_or_many(indicator)
        sectors = _one_or_many(sector)
        roles = _one_or_many(role)
        periods = _one_or_many(period)
        wanted_periods = (
            None
            if periods is None
            else {Period.parse(p) if isinstance(p, str) else p for p in periods}
        )
        found: list[Observation] = []
        for position, report in enumerate(self.reports):
            if not keep(report):
                continue
            ids = self._index.shared[position]
            current = self.current_province(report.province)
            for figure in _figures_of(report):
                shared = ids[figure.indicator.id]
                if (
                    (indicators is None or shared in indicators)
                    and (sectors is None or figure.indicator.sector in sectors)
                    and (roles is None or figure.role in roles)
                    and (wanted_periods is None or figure.period in wanted_periods)
                ):
                    found.append(
                        Observation(
                            indicator=shared,
                            figure=figure,
                            report=report,
                            province=report.province,
                            current_province=current,
                        )
                    )
        return tuple(found)

    # -- exports and audit --------------------------------------------------------------

    def _panel(self, *, all_figures: bool) -> list[_PanelEntry]:
        """The panel's figures, each with its key, report position and ``n_printed``."""
        if not all_figures:
            if self._chosen is None:
                with _no_gc_pauses():
                    object.__setattr__(self, "_chosen", self._choose(all_figures=False))
            assert self._chosen is not None  # noqa: S101 (set just above)
            return self._chosen
        return self._choose(all_figures=True)

    def _panel_by_key(self) -> dict[_Key, _PanelEntry]:
        """The panel by key, worked out once (attainment and growth look pairs up in it)."""
        if self._by_key is None:
            with _no_gc_pauses():
                entries = {entry[0]: entry for entry in self._panel(all_figures=False)}
            object.__setattr__(self, "_by_key", entries)
        assert self._by_key is not None  # noqa: S101 (set just above)
        return self._by_key

    def _choose(self, *, all_figures: bool) -> list[_PanelEntry]:
        left_out = None if all_figures else Role.PART
        texts: dict[int, str] = {}  # each period's text, by period (figures share periods)
        found: list[tuple[_Key, Measurement | Target, int]] = []  # key, figure, position
        best: dict[_Key, list[int]] = {}  # key → [number in found of the preferred, count]
        for position, report in enumerate(self.reports):
            ids = self._index.shared[position]
            province = report.province
            for figure in _figures_of(report):
                role = figure.role
                if role is left_out:
                    continue
                period = texts.get(id(figure.period)) or _period_text(figure, texts)
                key = (province, period, ids[figure.indicator.id], _ROLE_TEXT[role])
                number = len(found)
                found.append((key, figure, position))
                held = best.get(key)
                if held is None:
                    best[key] = [number, 1]
                    continue
                # Another figure at the same key (a restated outturn): keep the preferred.
                held[1] += 1
                if self._rank(found[number], number) < self._rank(found[held[0]], held[0]):
                    held[0] = number
        if all_figures:
            return [(key, figure, position, 1) for key, figure, position in found]
        return [(*found[number], count) for number, count in sorted(best.values())]

    def _rank(self, entry: tuple[_Key, Measurement | Target, int], number: int) -> tuple[int, ...]:
        """Which figure of a key the panel prefers: the least rank (see :meth:`to_pandas`).

        ``number`` counts the figures in report order, so that the first printed wins a tie.
        """
        _, figure, position = entry
        date = -self.reports[position].date.toordinal()
        return (_status_rank(figure.status), date, _basis_rank(figure), number)

    def _columns(self, *, all_figures: bool) -> dict[str, list[Any]]:
        """The panel's columns, each a list (the float columns are left to the caller).

        Built column by column rather than row by row: a panel has tens of thousands of
        rows, and turning rows into columns cost as much as building them.
        """
        from vnplan.units import conversion_factor  # noqa: PLC0415 (pint loads on first use)

        entries = self._panel(all_figures=all_figures)
        keys = [key for key, _, _, _ in entries]
        figures = [figure for _, figure, _, _ in entries]
        positions = [position for _, _, position, _ in entries]
        indicators = [figure.indicator for figure in figures]
        currents = {p: self.current_province(p) for p in self.provinces}
        std_units = {shared: ind.unit for shared, ind in self._index.indicators.items()}
        std_unit = [std_units[shared] for _, _, shared, _ in keys]
        reports = self.reports
        return {
            "province": [province for province, _, _, _ in keys],
            "current_province": [currents[province] for province, _, _, _ in keys],
            "period": [period for _, period, _, _ in keys],
            "indicator": [shared for _, _, shared, _ in keys],
            "role": [role for _, _, _, role in keys],
            "year": [reports[position].year for position in positions],
            "report": [reports[position].number for position in positions],
            "source": [self.sources[position] for position in positions],
            "figure": [figure.id for figure in figures],
            "report_indicator": [indicator.id for indicator in indicators],
            "sector": [indicator.sector for indicator in indicators],
            "as_of": [figure.as_of for figure in figures],
            "status": [_STATUS_TEXT[figure.status] for figure in figures],
            "basis": [
                _BASIS_TEXT[figure.basis] if isinstance(figure, Target) else None
                for figure in figures
            ],
            "bound": [_BOUND_TEXT[figure.bound] for figure in figures],
            "value_decimal": [figure.value for figure in figures],
            "unit": [figure.unit for figure in figures],
            "std_value_decimal": [
                figure.value
                * (_ONE if figure.unit == unit else conversion_factor(figure.unit, unit))
                for figure, unit in zip(figures, std_unit, strict=True)
            ],
            "std_unit": std_unit,
            "printed": [figure.printed for figure in figures],
            "location": _shared_texts([figure.location for figure in figures]),
            "n_printed": [count for _, _, _, count in entries],
        }

    def to_pandas(self, *, all_figures: bool = False) -> pd.DataFrame:
        """Return the panel: one row per province × period × indicator × role.

        Where several figures share a key (the next year's report restates a year's
        outturn; a target is set by the plan and by the budget), the row holds one of
        them: the most final status first (official, then provisional, then any other),
        then the latest report, then for targets the basis in the order of
        :class:`~vnplan.Basis` (``plan`` first), then the first printed; ``n_printed``
        counts the figures at the key. Parts of a breakdown (role ``part``) are left
        out, since many share a key; ``all_figures=True`` gives every printed figure.

        Numbers come twice, as in :meth:`vnplan.Report.to_pandas`: ``value`` (float,
        for analysis) and ``value_decimal`` (the exact printed number), in ``unit`` as
        printed; ``std_value`` and ``std_value_decimal`` are the same value in
        ``std_unit``, the shared indicator's unit (as the first report that has it
        defines it), so that reports printing tỷ đồng and triệu đồng compare. ``period``
        is the figure's period, or its as-of date (ISO) when it has none; ``as_of`` is
        the as-of date. Columns and dtypes are :data:`~vnplan.PANEL_COLUMNS`.

        Args:
            all_figures: Give every printed figure, parts included, one row each
                (``n_printed`` is then 1).

        Returns:
            A :class:`pandas.DataFrame`, rows by province, report year, then print order.

        Raises:
            ImportError: pandas is not installed (``pip install vnplan[pandas]``).
        """
        from vnplan._optional import require_pandas  # noqa: PLC0415 (pandas loads on use)

        pandas = require_pandas()
        with _no_gc_pauses():
            columns = self._columns(all_figures=all_figures)
        data: dict[str, Any] = {}
        for name, dtype in PANEL_COLUMNS.items():
            if name in _FLOATS:
                exact = columns[_FLOATS[name]]
                data[name] = pandas.Series([float(value) for value in exact], dtype=dtype)
            else:  # dates too: pandas reads date objects (and None) for datetime64[ns] itself
                data[name] = pandas.Series(columns[name], dtype=dtype)
        # The columns are new and this frame's alone: no copy (nor consolidation) needed.
        frame: pd.DataFrame = pandas.DataFrame(data, columns=list(PANEL_COLUMNS), copy=False)
        return frame

    def attainment(self) -> tuple[Comparison, ...]:
        """Compare each outturn of the panel with its target: province, period, indicator.

        Pairs the panel's ``actual`` and ``target`` rows (:meth:`to_pandas`) that share a
        province, a period and a shared indicator, whichever reports they are printed in
        (a plan set in one year's report, the outturn in the next). Values are those of
        :func:`vnplan.attainment` (a test checks each), in percent.

        Returns:
            One comparison per pair, in panel order; ``value`` and ``interval`` are
            ``None`` for a zero target, ``met`` is decided all the same.
        """
        panel = self._panel_by_key()
        actual_role, target_role = Role.ACTUAL.value, Role.TARGET.value
        found: list[Comparison] = []
        with _no_gc_pauses():
            for (province, period, shared, role), target, _, _ in panel.values():
                if role != target_role or period is None:
                    continue
                actual = panel.get((province, period, shared, actual_role))
                if actual is None or not isinstance(target, Target):
                    continue
                found.append(_attain(province, shared, period, actual[1], target))
        return tuple(found)

    def growth(self) -> tuple[Comparison, ...]:
        """Compute each outturn's growth on the year before: province, indicator, year.

        Pairs the panel's ``actual`` rows of a year with those of the year before for the
        same province and shared indicator, whichever reports they are printed in.
        Values are those of :func:`vnplan.growth` (a test checks each), in percent.

        Returns:
            One comparison per pair, in panel order; ``value`` and ``interval`` are
            ``None`` where the year before's value is zero or may be.
        """
        panel = self._panel_by_key()
        actual_role = Role.ACTUAL.value
        years_before: dict[str, str | None] = {}  # a period's text → the year before's
        found: list[Comparison] = []
        with _no_gc_pauses():
            for (province, period, shared, role), current, _, _ in panel.values():
                if role != actual_role or period is None:
                    continue
                if period not in years_before:
                    years_before[period] = str(int(period) - 1) if _YEAR.match(period) else None
                year_before = years_before[period]
                if year_before is None:
                    continue
                before = panel.get((province, year_before, shared, role))
                if before is not None:
                    found.append(_grow(province, shared, period, current, before[1]))
        return tuple(found)

    def audit(self) -> CollectionAudit:
        """Audit every report, and summarise the findings report by report.

        Returns:
            The findings of each report, with counts by severity.
        """
        from vnplan.checks import audit  # noqa: PLC0415 (the audit loads on first use)

        with _no_gc_pauses():
            return CollectionAudit(
                reports=tuple(
                    ReportAudit(source=source, report=report, result=audit(report))
                    for source, report in zip(self.sources, self.reports, strict=True)
                )
            )


def _unpickle(
    reports: tuple[Report, ...],
    sources: tuple[str, ...],
    failures: tuple[LoadFailure, ...],
    indicator_map: dict[str, str],
    successors: dict[str, str],
) -> Collection:
    """Rebuild a pickled :class:`Collection`."""
    return Collection(
        reports=reports,
        sources=sources,
        failures=failures,
        indicator_map=indicator_map,
        successors=successors,
    )


_SEVERITIES: Final[tuple[Severity, ...]] = (Severity.MATERIAL, Severity.ROUNDING, Severity.INFO)


@attrs.frozen(kw_only=True)
class ReportAudit:
    """The audit of one report of a collection."""

    #: Where the report came from.
    source: str = attrs.field(validator=v.instance_of(str))
    #: The report.
    report: Report = attrs.field(validator=v.instance_of(Report))
    #: What :func:`vnplan.audit` found in it.
    result: AuditResult

    @property
    def counts(self) -> dict[str, int]:
        """The number of findings of each severity (``material``, ``rounding``, ``info``)."""
        found = Counter(finding.severity for finding in self.result)
        return {severity.value: found.get(severity, 0) for severity in _SEVERITIES}

    def row(self) -> dict[str, Any]:
        """Return the summary row: the report, then the counts by severity and the total."""
        counts = self.counts
        return {
            "source": self.source,
            "province": self.report.province,
            "year": self.report.year,
            "report": self.report.number,
            **counts,
            "total": sum(counts.values()),
        }


@attrs.frozen(kw_only=True)
class CollectionAudit:
    """The audits of every report of a collection. Iterate over it for each report's."""

    #: One audit per report, in the collection's order.
    reports: tuple[ReportAudit, ...] = attrs.field(
        validator=v.deep_iterable(v.instance_of(ReportAudit), v.instance_of(tuple))
    )

    def __iter__(self) -> Iterator[ReportAudit]:
        """Iterate over the reports' audits."""
        return iter(self.reports)

    def __len__(self) -> int:
        """Return the number of reports audited."""
        return len(self.reports)

    @property
    def summary(self) -> dict[str, int]:
        """The findings of all reports, counted by severity, with the ``total``."""
        totals = dict.fromkeys((s.value for s in _SEVERITIES), 0)
        for audited in self.reports:
            for severity, count in audited.counts.items():
                totals[severity] += count
        return {**totals, "total": sum(totals.values())}

    def rows(self) -> list[dict[str, Any]]:
        """Return one summary row per report (see :meth:`~vnplan.ReportAudit.row`)."""
        return [audited.row() for audited in self.reports]

    def format_text(self) -> str:
        """Return the summary as a text table: one line per report, then the totals."""
        head = f"{'source':<40} {'material':>8} {'rounding':>8} {'info':>8} {'total':>8}"
        lines = [head, "-" * len(head)]
        lines.extend(
            f"{row['source'][-40:]:<40} {row['material']:>8} {row['rounding']:>8} "
            f"{row['info']:>8} {row['total']:>8}"
            for row in self.rows()
        )
        summary = self.summary
        lines.append(
            f"{'all ' + str(len(self.reports)) + ' reports':<40} {summary['material']:>8} "
            f"{summary['rounding']:>8} {summary['info']:>8} {summary['total']:>8}"
        )
        return "\n".join(lines)

    def to_pandas(self) -> pd.DataFrame:
        """Return the summary rows as a :class:`pandas.DataFrame`.

        Raises:
            ImportError: pandas is not installed (``pip install vnplan[pandas]``).
        """
        from vnplan._optional import require_pandas  # noqa: PLC0415 (pandas loads on use)

        pandas = require_pandas()
        columns = ["source", "province", "year", "report", *(s.value for s in _SEVERITIES), "total"]
        frame: pd.DataFrame = pandas.DataFrame(self.rows(), columns=columns)
        return frame


# -- loading ------------------------------------------------------------------------------


def _expand(source: Source) -> list[str | Path] | LoadFailure:
    """The report sources in ``source``: itself, or the report folders inside a folder."""
    from pathlib import Path  # noqa: PLC0415 (not on import vnplan: ~4 ms)

    from vnplan.io.datasets import datasets  # noqa: PLC0415 (kept with the loader)

    if isinstance(source, str) and source in {d.name for d in datasets()}:
        return [source]
    path = Path(source)
    if path.is_dir() and not (path / "report.toml").is_file():
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
    :class:`~vnplan.analysis.collection.LoadFailure`, with all of its problems.

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
    shared_map = _indicator_map(indicator_map)
    successor_map = _successors(successors)
    many: Iterable[Source] = [sources] if isinstance(sources, str | os.PathLike) else sources
    failures: list[LoadFailure] = []
    loaded: list[tuple[Report, str]] = []
    with _no_gc_pauses():
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
    loaded.sort(key=lambda pair: (pair[0].province, pair[0].year, pair[0].date, pair[0].number))
    index = _Index(shared_map)
    kept: list[tuple[Report, str]] = []
    seen: dict[tuple[str, str, object], str] = {}
    for report, source in loaded:
        key = (report.province, report.number, report.date)
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
