"""A report: everything printed in it, checked as a whole, with lookups and search."""

from __future__ import annotations

import datetime as dt
import unicodedata
from typing import TYPE_CHECKING, Literal, TypeAlias, TypeVar, cast, overload

import attrs

from vnplan import _hooks
from vnplan._enums import ClaimKind, Measure, ReportKind, Role, Status
from vnplan.exceptions import UnknownIndicatorError, ValidationError
from vnplan.model import validators as v
from vnplan.model.claims import PERCENT_KINDS, Claim, Relation
from vnplan.model.figures import Figure, Measurement, Target
from vnplan.model.indicator import Indicator
from vnplan.model.labels import SECTOR_NAMES, find_sector
from vnplan.model.period import Period

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["Item", "Report"]

_T = TypeVar("_T")


def _fold(text: str) -> str:
    """Fold Vietnamese text for searching: no diacritics, đ as d, case-folded, single spaces."""
    text = text.replace("đ", "d").replace("Đ", "D")
    stripped = "".join(
        c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c)
    )
    return " ".join(stripped.casefold().split())


#: Anything a report holds under an id.
Item: TypeAlias = Indicator | Measurement | Target | Claim | Relation


@attrs.frozen(kw_only=True, repr=False, cache_hash=True)
class Report:
    """A provincial report (*báo cáo*) with everything printed in it.

    Construction checks the whole report: ids are unique (indicators in their own
    namespace; figures, claims and relations in one), every figure and claim uses one
    of the report's indicators, and every ``subject``, ``against``, ``total`` and
    ``parts`` id names something in the report.

    Look things up by id with :meth:`get` (never raises) or ``report[id]`` (raises
    :class:`~vnplan.exceptions.UnknownIndicatorError` with near matches), filter figures
    with :meth:`figures`, find indicators by name with :meth:`search`.

    Raises:
        ValidationError: A field has the wrong type, an id repeats, a reference does
            not resolve, or the number does not fit the kind (an administrative report
            without one, a compilation with one).
    """

    #: Who issued it, such as ``UBND tỉnh Điện Biên``.
    issuer: str = attrs.field(validator=v.text)
    #: What kind of document it is; the kind says whether it has a :attr:`number`.
    kind: ReportKind = attrs.field(
        default=ReportKind.ADMINISTRATIVE_REPORT, validator=v.instance_of(ReportKind)
    )
    #: Its number as printed after *Số*, such as ``350/BC-UBND``: required for an
    #: administrative report and a council resolution, optional for a statistics release,
    #: ``None`` for a press report and a compilation.
    number: str | None = attrs.field(default=None, validator=v.optional_text)
    #: The date it is signed (a report, a resolution) or published (a release, an
    #: article); for a compilation, the date of the newest page it compiles.
    date: dt.date = attrs.field(validator=v.instance_of(dt.date, v.plain_date))
    #: The place written before the date, such as ``Điện Biên``.
    place: str = attrs.field(validator=v.text)
    #: The province as it was when the report was issued.
    province: str = attrs.field(validator=v.text)
    #: The year it gives account of.
    year: int = attrs.field(validator=v.year)
    #: The year it plans (Phần II); ``None`` for a report that sets no plan.
    plan_year: int | None = attrs.field(default=None, validator=v.optional(v.year))
    #: Its title.
    title: str = attrs.field(validator=v.text)
    #: The language it is written in.
    language: str = attrs.field(default="vi", validator=v.text)
    #: A short remark about the report or its data.
    note: str | None = attrs.field(default=None, validator=v.optional_text)
    #: The indicators its figures and claims are values of.
    indicators: tuple[Indicator, ...] = attrs.field(default=(), validator=v.tuple_of(Indicator))
    #: Its printed figures other than plans.
    measurements: tuple[Measurement, ...] = attrs.field(
        default=(), validator=v.tuple_of(Measurement)
    )
    #: Its printed plan values.
    targets: tuple[Target, ...] = attrs.field(default=(), validator=v.tuple_of(Target))
    #: The comparisons it states.
    claims: tuple[Claim, ...] = attrs.field(default=(), validator=v.tuple_of(Claim))
    #: The breakdowns it prints.
    relations: tuple[Relation, ...] = attrs.field(default=(), validator=v.tuple_of(Relation))

    _indicator_index: dict[str, Indicator] = attrs.field(
        init=False, eq=False, hash=False, repr=False
    )
    _item_index: dict[str, Figure | Claim | Relation] = attrs.field(
        init=False, eq=False, hash=False, repr=False
    )

    def __attrs_post_init__(self) -> None:
        """Check the fields together, once attrs has set them."""
        if self.plan_year is not None and self.plan_year < self.year:
            raise ValidationError("plan_year", f"a year from {self.year} on", self.plan_year)
        self._check_number()
        indicators: dict[str, Indicator] = {}
        for indicator in self.indicators:
            if indicator.id in indicators:
                raise ValidationError("indicators", "indicators with unique ids", indicator.id)
            indicators[indicator.id] = indicator
        items: dict[str, Figure | Claim | Relation] = {}
        for field, group in (
            ("measurements", self.measurements),
            ("targets", self.targets),
            ("claims", self.claims),
            ("relations", self.relations),
        ):
            for item in group:
                if item.id in items:
                    raise ValidationError(
                        field, "ids unique among figures, claims and relations", item.id
                    )
                items[item.id] = item
        for indicator in self.indicators:
            if indicator.growth_of is not None and indicator.growth_of not in indicators:
                raise ValidationError(
                    "indicators",
                    f"the id of one of the report's indicators as {indicator.id!r}'s growth_of",
                    indicator.growth_of,
                )
        object.__setattr__(self, "_indicator_index", indicators)
        object.__setattr__(self, "_item_index", items)
        self._check_references()

    def _check_number(self) -> None:
        """A number where the kind has one, none where it has none."""
        numbered = self.kind.numbered
        if numbered and self.number is None:
            raise ValidationError("number", f"the number of a {self.kind.value}", None)
        if numbered is False and self.number is not None:
            raise ValidationError("number", f"no number for a {self.kind.value}", self.number)

    def _check_references(self) -> None:  # noqa: C901 (one rule per branch)
        for field, group in (
            ("measurements", self.measurements),
            ("targets", self.targets),
            ("claims", self.claims),
        ):
            for item in group:
                known = self._indicator_index.get(item.indicator.id)
                if known is not item.indicator and known != item.indicator:
                    raise ValidationError(
                        field,
                        f"figures and claims of the report's indicators ({item.id!r})",
                        item.indicator.id,
                    )
        for claim in self.claims:
            if claim.subject is not None:
                subject = self._resolve(claim.subject, "subject", (Measurement, Target, Claim))
                if subject.indicator != claim.indicator:
                    raise ValidationError(
                        "indicator",
                        f"the indicator of claim {claim.id!r}'s subject, {subject.indicator.id!r}",
                        claim.indicator.id,
                    )
                if (
                    claim.kind is ClaimKind.PP_CHANGE
                    and claim.indicator.measure not in {Measure.RATE, Measure.SHARE}
                    and not (isinstance(subject, Claim) and subject.kind in PERCENT_KINDS)
                ):
                    raise ValidationError(
                        "subject",
                        f"a rate, a share or a percentage claim for pp-change {claim.id!r}",
                        claim.subject,
                    )
            if claim.against is not None:
                self._resolve(claim.against, "against", (Measurement, Target, Claim))
        self._check_cycles()
        for relation in self.relations:
            if relation.total is not None:
                self._resolve(relation.total, "total", (Measurement, Target, Claim))
            for part in relation.parts:
                self._resolve(part, "parts", (Measurement, Target, Claim))

    def _resolve(self, key: str, field: str, kinds: tuple[type, ...]) -> Figure | Claim:
        item = self._item_index.get(key)
        if not isinstance(item, kinds):
            raise ValidationError(field, "the id of a figure or claim of the report", key)
        assert isinstance(item, Measurement | Target | Claim)  # noqa: S101 (kinds says so)
        return item

    def _check_cycles(self) -> None:
        for claim in self.claims:
            seen = {claim.id}
            subject = claim.subject
            while subject is not None:
                if subject in seen:
                    raise ValidationError("subject", "a chain of claims without a cycle", claim.id)
                seen.add(subject)
                item = self._item_index.get(subject)
                subject = item.subject if isinstance(item, Claim) else None

    # -- lookups --------------------------------------------------------------------------

    @overload
    def get(self, key: str) -> Item | None: ...
    @overload
    def get(self, key: str, default: _T) -> Item | _T: ...

    def get(self, key: str, default: object = None) -> object:
        """Return the figure, claim, relation or indicator with id ``key``, else ``default``.

        Figures, claims and relations are looked up before indicators (the two id
        namespaces are separate; use :meth:`indicator` for an indicator alone).

        Args:
            key: An id.
            default: What to return when nothing has that id.

        Returns:
            The item, or ``default``. Never raises.
        """
        try:
            item = self._item_index.get(key)
        except TypeError:  # an unhashable key: nothing has it
            return default
        if item is not None:
            return item
        return self._indicator_index.get(key, default)

    def __getitem__(self, key: str) -> Item:
        """Return the figure, claim, relation or indicator with id ``key``.

        Raises:
            UnknownIndicatorError: Nothing has that id; the error suggests near matches.
        """
        item = self.get(key)
        if item is None:
            raise UnknownIndicatorError(str(key), self._suggest(str(key)))
        return item

    def __contains__(self, key: object) -> bool:
        """Say whether some figure, claim, relation or indicator has id ``key``."""
        return isinstance(key, str) and (key in self._item_index or key in self._indicator_index)

    def indicator(self, key: str) -> Indicator:
        """Return the indicator with id ``key``.

        Raises:
            UnknownIndicatorError: No indicator has that id; the error suggests near matches.
        """
        try:
            found = self._indicator_index.get(key)
        except TypeError:  # an unhashable key: no indicator has it
            found = None
        if found is None:
            import difflib  # noqa: PLC0415 (only for the error's suggestions)

            matches = difflib.get_close_matches(str(key), list(self._indicator_index), n=3)
            raise UnknownIndicatorError(str(key), matches)
        return found

    def _suggest(self, key: str) -> list[str]:
        import difflib  # noqa: PLC0415 (only for the error's suggestions)

        known = [*self._item_index, *self._indicator_index]
        return difflib.get_close_matches(key, known, n=3)

    def figures(
        self,
        *,
        indicator: Indicator | str | None = None,
        period: Period | str | int | None = None,
        role: Role | str | None = None,
        sector: str | None = None,
        status: Status | str | None = None,
    ) -> tuple[Figure, ...]:
        """Return the figures (measurements, then targets) that match every filter given.

        A filter the report cannot match is an error, not an empty answer: an unknown
        indicator id, sector, role or status, or a period that does not read.

        Args:
            indicator: An indicator or the id of one of the report's indicators.
            period: A period, its text (``"2022"``, ``"2021-2025"``) or a year (``2022``);
                matches the figure's own period exactly, not periods within it.
            role: A role or its value (``"target"``).
            sector: A sector: its id (``"agriculture"``), or its Vietnamese or English
                name, with or without diacritics, in any case (``"Nông nghiệp, thủy
                sản"``, ``"nong nghiep, thuy san"``, ``"Agriculture and fisheries"``).
            status: A status or its value (``"estimate"``).

        Returns:
            The matching figures, in report order, measurements first.

        Raises:
            UnknownIndicatorError: No indicator of the report has the id ``indicator``;
                the error suggests near matches.
            ValidationError: A period cannot be read, or a sector, role or status is
                unknown.

        Examples:
            >>> import vnplan
            >>> report = vnplan.load("dien-bien-2022")
            >>> report.figures(period=2023, sector="Nông nghiệp, thủy sản") == report.figures(
            ...     period="2023", sector="agriculture"
            ... )
            True
            >>> len(report.figures(period=2023)) > 0
            True
        """
        wanted_id = self._indicator_id(indicator)
        wanted_period = _period(period)
        wanted_role = _enum(Role, role, "role")
        wanted_sector = None if sector is None else _sector(sector)
        wanted_status = _enum(Status, status, "status")

        def keep(figure: Figure) -> bool:
            return (
                (wanted_id is None or figure.indicator.id == wanted_id)
                and (wanted_period is None or figure.period == wanted_period)
                and (wanted_role is None or figure.role is wanted_role)
                and (wanted_sector is None or figure.indicator.sector == wanted_sector)
                and (wanted_status is None or figure.status is wanted_status)
            )

        figures: tuple[Figure, ...] = (*self.measurements, *self.targets)
        return tuple(figure for figure in figures if keep(figure))

    def _indicator_id(self, indicator: Indicator | str | None) -> str | None:
        if indicator is None:
            return None
        if isinstance(indicator, Indicator):
            return indicator.id
        if not isinstance(indicator, str):
            raise ValidationError("indicator", "an Indicator or an indicator id", indicator)
        return self.indicator(indicator).id  # raises, with near matches, if unknown

    def claims_about(self, subject: str | Figure | Claim) -> tuple[Claim, ...]:
        """Return the claims whose subject is ``subject`` (an id, a figure or a claim).

        Raises:
            UnknownIndicatorError: No figure or claim of the report has the id
                ``subject``; the error suggests near matches.
        """
        key = subject if isinstance(subject, str) else subject.id
        if not isinstance(self.get(key), Measurement | Target | Claim):
            raise UnknownIndicatorError(str(key), self._suggest(str(key)))
        return tuple(claim for claim in self.claims if claim.subject == key)

    @property
    def sectors(self) -> tuple[str, ...]:
        """The sectors of the report's indicators, in order of first appearance."""
        return tuple(dict.fromkeys(indicator.sector for indicator in self.indicators))

    def indicators_in(self, sector: str) -> tuple[Indicator, ...]:
        """Return the report's indicators of ``sector``, in report order.

        Args:
            sector: A sector's id or name, as :meth:`figures` takes it.

        Raises:
            ValidationError: ``sector`` names no sector.
        """
        wanted = _sector(sector)
        return tuple(indicator for indicator in self.indicators if indicator.sector == wanted)

    def search(self, text: str) -> tuple[Indicator, ...]:
        """Find indicators by name, in Vietnamese or English, with or without diacritics.

        ``"san luong luong thuc"`` finds *Tổng sản lượng lương thực*. Vietnamese names
        that contain the text as typed come first, then English names and ids that do,
        then names that contain each of its words; within each group, shorter (closer)
        names come first.

        Args:
            text: What to look for.

        Returns:
            The matching indicators, best first; ties in report order.

        Raises:
            ValidationError: ``text`` is empty.
        """
        query = _fold(text)
        if not query:
            raise ValidationError("text", "a non-empty text to search for", text)
        words = query.split()
        ranked: list[tuple[int, int, int, Indicator]] = []
        for order, indicator in enumerate(self.indicators):
            name_vi = _fold(indicator.name_vi)
            others = f"{_fold(indicator.name_en)} {indicator.id.replace('-', ' ')}"
            if query in name_vi:
                rank = 0
            elif query in others:
                rank = 1
            elif all(word in f"{name_vi} {others}" for word in words):
                rank = 2
            else:
                continue
            ranked.append((rank, len(name_vi), order, indicator))
        return tuple(found[-1] for found in sorted(ranked, key=lambda found: found[:3]))

    @property
    def label(self) -> str:
        """The report in a few words.

        ``Số 350/BC-UBND``, or for a kind without a number ``compilation Điện Biên 2023``.
        """
        if self.number is not None:
            return f"Số {self.number}"
        return f"{self.kind.value} {self.province} {self.year}"

    @property
    def key(self) -> tuple[str, str, str, dt.date, str]:
        """The fields that tell two reports apart.

        Province, kind, number (empty without one), date and title.
        """
        return (self.province, self.kind.value, self.number or "", self.date, self.title)

    def __repr__(self) -> str:
        """Return ``<Report 350/BC-UBND of 2022-12-02: 120 indicators, …>``."""
        name = self.number if self.number is not None else self.kind.value
        return (
            f"<Report {name} of {self.date.isoformat()}: "
            f"{len(self.indicators)} indicators, {len(self.measurements)} measurements, "
            f"{len(self.targets)} targets, {len(self.claims)} claims, "
            f"{len(self.relations)} relations>"
        )

    def _repr_html_(self) -> str:
        """Return the report as HTML, for notebooks: a summary, then a table per sector."""
        return str(_hooks.call("report_html", self))

    def to_pandas(
        self,
        table: Literal["figures", "claims", "indicators", "relations", "scorecard"] = "figures",
    ) -> pd.DataFrame:
        """Return one table of the report as a pandas frame (needs ``vnplan[pandas]``).

        The figures table has one row per printed figure, with the indicator's names and
        sector, the value both as ``float64`` (``value``) and as the exact ``Decimal``
        (``value_decimal``), the text as printed, and growth where known. The scorecard
        table has one row per target and basis, and says which were met. See
        :doc:`/howto-pandas` for every column.

        Args:
            table: ``"figures"``, ``"claims"``, ``"indicators"``, ``"relations"`` or
                ``"scorecard"``.

        Returns:
            A ``pandas.DataFrame``.

        Raises:
            ValueError: ``table`` is not one of the five.
            ImportError: pandas is not installed.
        """
        return cast("pd.DataFrame", _hooks.call("report_frame", self, table))


def _period(period: object) -> Period | None:
    """A period filter: a Period, its text ("2022") or a year (2022)."""
    if period is None or isinstance(period, Period):
        return period
    if isinstance(period, str):
        return Period.parse(period)
    if isinstance(period, int) and not isinstance(period, bool):
        try:
            return Period(start_year=period)
        except ValidationError:
            raise ValidationError("period", "a year of four digits", period) from None
    raise ValidationError("period", "a Period, its text ('2022') or a year (2022)", period)


def _sector(sector: object) -> str:
    """A sector filter: the id of the sector an id or a name names, with or without diacritics."""
    found = find_sector(sector) if isinstance(sector, str) else None
    if found is None:
        raise ValidationError(
            "sector",
            "a sector's id or its Vietnamese or English name, such as 'agriculture' or "
            f"'Nông nghiệp, thủy sản' (known: {', '.join(SECTOR_NAMES)})",
            sector,
        )
    return found


_E = TypeVar("_E", Role, Status)


def _enum(kind: type[_E], value: _E | str | None, field: str) -> _E | None:
    if value is None or isinstance(value, kind):
        return value
    try:
        return kind(value)
    except ValueError:
        raise ValidationError(field, v.describe(kind), value) from None
