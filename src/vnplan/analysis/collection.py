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
import gc
import re
from collections.abc import Callable, Generator, Iterable, Iterator, Mapping
from decimal import Decimal
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Final, TypeAlias

import attrs
from attrs import validators as v

from vnplan._enums import Basis, Bound, Role, Status
from vnplan.analysis.collection_audit import CollectionAudit, ReportAudit
from vnplan.analysis.comparisons import Comparison, compare_growth, compare_plan
from vnplan.analysis.indicator_matching import SharedIds, indicator_map_of, successors_of
from vnplan.analysis.scorecard import Scorecard, scorecard
from vnplan.exceptions import ValidationError
from vnplan.model import Indicator, Measurement, Period, Report, Target

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["PANEL_COLUMNS", "Collection", "LoadFailure", "Observation", "no_gc_pauses"]

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

_BASIS_RANK: Final[dict[Basis, int]] = {basis: rank for rank, basis in enumerate(Basis)}
#: Each role's text (a look-up here is cheaper than ``role.value``, which counts in a panel).
_ROLE_TEXT: Final[dict[Role, str]] = {role: role.value for role in Role}
_STATUS_TEXT: Final[dict[Status, str]] = {status: status.value for status in Status}
_BASIS_TEXT: Final[dict[Basis, str]] = {basis: basis.value for basis in Basis}
_BOUND_TEXT: Final[dict[Bound, str]] = {bound: bound.value for bound in Bound}


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


_YEAR: Final = re.compile(r"[0-9]{4}\Z")
_ONE: Final = Decimal(1)


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
    return tuple(f"{r.province} {r.year} {r.number or r.kind.value}" for r in self.reports)


@contextlib.contextmanager
def no_gc_pauses() -> Generator[None]:
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
    indicator_map: Mapping[str, str] = attrs.field(default=None, converter=indicator_map_of)
    #: A province as issued → the province it is part of now (after the 2025 merger).
    successors: Mapping[str, str] = attrs.field(default=None, converter=successors_of)

    _index: SharedIds = attrs.field(init=False, repr=False)
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
        index = SharedIds(self.indicator_map)
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
                with no_gc_pauses():
                    object.__setattr__(self, "_chosen", self._choose(all_figures=False))
            assert self._chosen is not None  # noqa: S101 (set just above)
            return self._chosen
        return self._choose(all_figures=True)

    def _panel_by_key(self) -> dict[_Key, _PanelEntry]:
        """The panel by key, worked out once (attainment and growth look pairs up in it)."""
        if self._by_key is None:
            with no_gc_pauses():
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
            "report": [
                reports[position].number or reports[position].label for position in positions
            ],
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
        with no_gc_pauses():
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
        with no_gc_pauses():
            for (province, period, shared, role), target, _, _ in panel.values():
                if role != target_role or period is None:
                    continue
                actual = panel.get((province, period, shared, actual_role))
                if actual is None or not isinstance(target, Target):
                    continue
                found.append(compare_plan(province, shared, period, actual[1], target))
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
        with no_gc_pauses():
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
                    found.append(compare_growth(province, shared, period, current, before[1]))
        return tuple(found)

    def scorecard(self, year: int | None = None) -> Scorecard:
        """Return the scorecard of every report, or of one year across the reports.

        Without ``year``: the rows of :func:`vnplan.scorecard` for each report, in the
        collection's order; counts agree with each report's own scorecard.

        With ``year``: the targets of that year from any report, each judged on the
        results of that year from any report of the same province (a plan set in one
        year's report, its outturn in the next year's release), by the same rules;
        a growth target is judged on the stated or recomputed growth of the indicator it
        is the growth of, and a date in January tells of the year before.

        >>> import vnplan
        >>> card = vnplan.load_many(["dien-bien-2022", "dien-bien-2023"]).scorecard(2023)
        >>> row = next(r for r in card if r.target is not None
        ...            and r.target.id == "grain-output-2023-target")
        >>> row.result_printed, row.met, row.result_report.kind.value
        ('287,51 nghìn tấn', True, 'compilation')

        Each row's :attr:`~vnplan.ScorecardRow.target_report` and
        :attr:`~vnplan.ScorecardRow.result_report` say which report each side comes from.

        Args:
            year: The calendar year whose targets are judged; ``None`` for every row of
                every report.

        Returns:
            One :class:`~vnplan.Scorecard` of all the rows.
        """
        if year is not None:
            from vnplan.analysis.year_scorecard import year_scorecard  # noqa: PLC0415 (on use)

            return year_scorecard(
                self.reports, year, shared_id=self.shared_id, province=self.current_province
            )
        cards = [scorecard(report) for report in self.reports]
        return Scorecard(
            plan=tuple(row for card in cards for row in card.plan),
            growth=tuple(grown for card in cards for grown in card.growth),
        )

    def audit(self) -> CollectionAudit:
        """Audit every report, then check the reports against each other.

        Each report's own audit (:func:`vnplan.audit`), then the checks across reports
        (:func:`vnplan.checks.audit_across`): revisions of an earlier report's estimates
        that a later one implies, and attainments of an earlier report's plans. Those
        match indicators by shared id, and provinces as they are now.

        >>> import vnplan
        >>> audited = vnplan.load_many(["dien-bien-2022", "dien-bien-2023"]).audit()
        >>> [f.figures[0].id for f in audited.across if f.check == "revisions"]
        ['grdp-2022', 'grdp-per-capita-2022', 'grdp-growth-rank-national-2022']

        Returns:
            The findings of each report, with counts by severity, and those across them.
        """
        from vnplan.checks import audit, audit_across  # noqa: PLC0415 (loads on first use)

        with no_gc_pauses():
            return CollectionAudit(
                reports=tuple(
                    ReportAudit(source=source, report=report, result=audit(report))
                    for source, report in zip(self.sources, self.reports, strict=True)
                ),
                across=audit_across(
                    self.reports, shared_id=self.shared_id, province=self.current_province
                ),
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
