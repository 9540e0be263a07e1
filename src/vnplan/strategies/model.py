"""Strategies for model objects, each valid on its own: indicators, figures, claims, relations."""

from __future__ import annotations

from decimal import Decimal
from typing import Final

import attrs
from hypothesis import strategies as st

from vnplan import units as _units
from vnplan._enums import Basis, Bound, ClaimKind, Measure, RelationKind, Role, Status
from vnplan.model import SECTORS, Claim, Indicator, Measurement, Relation, Target
from vnplan.strategies.building import print_quantity
from vnplan.strategies.topics import FRACTIONS, LEVELS, RATES
from vnplan.strategies.values import UNITS, dates, locations, numbers, percents, periods
from vnplan.text import format_number, format_quantity

__all__ = ["claims", "indicators", "measurements", "relations", "targets"]


def indicators() -> st.SearchStrategy[Indicator]:
    """Indicators of the kinds reports print: levels, counts, rates, shares, averages.

    Names are real Vietnamese and English names (*Tổng sản lượng lương thực có hạt*);
    the unit fits the measure.

    Shrinks towards the simplest topics of the catalogue, such as *Tổng sản phẩm trên địa
    bàn (GRDP)* in tỷ đồng, in its own sector, with no code.

    Returns:
        A strategy of :class:`vnplan.Indicator`.
    """

    @st.composite
    def build(draw: st.DrawFn) -> Indicator:
        topic = draw(st.sampled_from(LEVELS + RATES + FRACTIONS))
        return Indicator(
            id=topic.key,
            name_vi=topic.name_vi,
            name_en=topic.name_en,
            unit=draw(st.sampled_from(topic.units)) if topic.measure is not Measure.RATE else "%",
            measure=topic.measure,
            direction=topic.direction,
            sector=draw(st.sampled_from((topic.sector, *SECTORS))),
            code=draw(st.none() | st.sampled_from(("0101", "0102", "0501", "1201"))),
        )

    return build()


def _figure_value(draw: st.DrawFn, indicator: Indicator) -> tuple[Decimal, str]:
    """A value and a unit that fits ``indicator``, the unit possibly at another scale."""
    unit = indicator.unit
    _, base = _units.split_scale(unit)
    if unit != "%" and draw(st.booleans()):
        scaled = [u for group in UNITS.values() for u in group if _units.split_scale(u)[1] == base]
        unit = draw(st.sampled_from(scaled or [unit]))
    if indicator.measure in {Measure.RATE, Measure.SHARE}:
        return draw(percents(places=draw(st.integers(0, 2)))), unit
    return draw(numbers(max_digits=7)), unit


def measurements(indicator: Indicator | None = None) -> st.SearchStrategy[Measurement]:
    """Printed figures that are not plans, each printed by vnplan from its value.

    ``printed`` reads back (:func:`vnplan.parse_printed`) as ``value`` and ``unit``.

    Shrinks towards a value of 0 in the indicator's unit (``0%`` for a rate), for 2022.

    Args:
        indicator: The indicator; by default one of :func:`indicators`.

    Returns:
        A strategy of :class:`vnplan.Measurement`.
    """

    @st.composite
    def build(draw: st.DrawFn) -> Measurement:
        chosen = indicator or draw(indicators())
        value, unit = _figure_value(draw, chosen)
        role = draw(st.sampled_from([r for r in Role if r is not Role.TARGET]))
        as_of = draw(st.none() | dates()) if role in {Role.STOCK, Role.CUMULATIVE} else None
        # (a stock is a level at one date: it has no period besides its as-of date)
        dated = as_of is not None and (role is Role.STOCK or draw(st.booleans()))
        period = None if dated else draw(periods())
        return Measurement(
            id=f"{chosen.id}-{period or as_of}".replace("/", "-").lower(),
            indicator=chosen,
            period=period,
            as_of=as_of,
            value=value,
            unit=unit,
            printed=print_quantity(value, unit),
            role=role,
            status=draw(st.sampled_from([s for s in Status if s is not Status.PLANNED])),
            location=draw(locations()),
        )

    return build()


def targets(indicator: Indicator | None = None) -> st.SearchStrategy[Target]:
    """Plan values, with who set them and how they bound (trên, dưới, khoảng).

    Shrinks towards a plan value of 0 in the indicator's unit, for 2022.

    Args:
        indicator: The indicator; by default one of :func:`indicators`.

    Returns:
        A strategy of :class:`vnplan.Target`.
    """

    @st.composite
    def build(draw: st.DrawFn) -> Target:
        chosen = indicator or draw(indicators())
        value, unit = _figure_value(draw, chosen)
        bound = draw(st.sampled_from(Bound))
        period = draw(periods(plan=True))
        return Target(
            id=f"{chosen.id}-{period}-plan",
            indicator=chosen,
            period=period,
            value=value,
            unit=unit,
            printed=print_quantity(value, unit, bound=bound),
            basis=draw(st.sampled_from(Basis)),
            bound=bound,
            location=draw(locations()),
        )

    return build()


_CLAIM_VERBS: Final[dict[ClaimKind, tuple[str | None, ...]]] = {
    ClaimKind.GROWTH: ("tăng", "giảm"),
    ClaimKind.PP_CHANGE: ("tăng", "giảm"),
    ClaimKind.CHANGE: ("tăng", "giảm"),
    ClaimKind.FACTOR: ("gấp", "tăng"),
    ClaimKind.ATTAINMENT: ("đạt", "vượt"),
    ClaimKind.SHARE: ("chiếm", None),
    ClaimKind.FRACTION: (None,),
}


def claims(kind: ClaimKind | None = None) -> st.SearchStrategy[Claim]:
    """Stated comparisons of every kind, each valid on its own (about an indicator and period).

    Growth, changes and factors name a reference period, attainment a basis, a fraction
    its denominator; the unit fits the kind (``%``, ``lần``, the figure's unit).

    Shrinks towards *tăng 0%* growth against the year before.

    Args:
        kind: The kind of claim; by default any.

    Returns:
        A strategy of :class:`vnplan.Claim` with no ``subject``.
    """

    @st.composite
    def build(draw: st.DrawFn) -> Claim:
        chosen_kind = kind or draw(st.sampled_from(ClaimKind))
        chosen = draw(indicators())
        percent = chosen.measure in {Measure.RATE, Measure.SHARE}
        if chosen_kind is ClaimKind.PP_CHANGE and not percent:
            chosen = attrs.evolve(chosen, measure=Measure.RATE, unit="%", additive=False)
        period = draw(periods())
        value = draw(numbers(max_digits=6))
        unit = {
            ClaimKind.FACTOR: "lần",
            ClaimKind.CHANGE: chosen.unit,
            ClaimKind.FRACTION: chosen.unit if chosen.unit != "%" else "xã",
        }.get(chosen_kind, "%")
        if chosen_kind is ClaimKind.PP_CHANGE:
            unit = draw(st.sampled_from(("%", "điểm %")))
        denominator = None
        text = print_quantity(value, unit)
        if chosen_kind is ClaimKind.FRACTION:
            value = Decimal(draw(st.integers(0, 10**6)))
            denominator = Decimal(draw(st.integers(1, 10**6)))
            text = f"{format_number(value)}/{format_quantity(denominator, unit)}"
        needs_reference = chosen_kind in {
            ClaimKind.GROWTH,
            ClaimKind.PP_CHANGE,
            ClaimKind.CHANGE,
            ClaimKind.FACTOR,
        }
        return Claim(
            id=f"{chosen.id}-{chosen_kind.value}",
            kind=chosen_kind,
            indicator=chosen,
            period=period,
            verb=draw(st.sampled_from(_CLAIM_VERBS[chosen_kind])),
            value=value,
            unit=unit,
            printed=text,
            reference=period.previous() if needs_reference else None,
            basis=draw(st.sampled_from(Basis)) if chosen_kind is ClaimKind.ATTAINMENT else None,
            denominator=denominator,
            location=draw(locations()),
        )

    return build()


_IDS: Final = st.from_regex(r"[a-z][a-z0-9]{0,7}(-[a-z0-9]{1,6}){0,2}", fullmatch=True)


def relations() -> st.SearchStrategy[Relation]:
    """Breakdowns: parts that add up to a total, some of a total, or shares of 100%.

    The ids are made up: a relation alone does not check that they exist (a
    :class:`vnplan.Report` does; use :func:`consistent_reports` for that).

    Shrinks towards a structure of one part.

    Returns:
        A strategy of :class:`vnplan.Relation`.
    """

    @st.composite
    def build(draw: st.DrawFn) -> Relation:
        kind = draw(st.sampled_from(RelationKind))
        parts = draw(st.lists(_IDS, min_size=1, max_size=6, unique=True))
        total = None
        if kind is not RelationKind.STRUCTURE:
            total = draw(_IDS.filter(lambda key: key not in parts))
        return Relation(
            id=draw(_IDS), kind=kind, total=total, parts=tuple(parts), location=draw(locations())
        )

    return build()
