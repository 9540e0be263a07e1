"""Strategies for values as reports print them: numbers, units, quantities, dates, periods.

Also the places in a report (:func:`locations`), the intervals printed figures stand for,
and what vnplan computes from printed figures (:func:`attainments`, :func:`derived`).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import TYPE_CHECKING, Final

from hypothesis import strategies as st

from vnplan import units as _units
from vnplan._enums import Bound, Direction
from vnplan.calc.attainment import Attainment, Derived, attainment, growth
from vnplan.model import Location, Period
from vnplan.model.interval import Interval
from vnplan.text import (
    DocumentNumber,
    Printed,
    format_number,
    format_printed,
    format_quantity,
    parse_printed,
)

if TYPE_CHECKING:
    import pint

__all__ = [
    "UNITS",
    "attainments",
    "dates",
    "derived",
    "document_numbers",
    "intervals",
    "locations",
    "numbers",
    "percents",
    "periods",
    "printed",
    "printed_numbers",
    "printed_quantities",
    "quantities",
    "unit_texts",
]

#: Units as reports print them, by what they measure (documented as vnplan.strategies.UNITS).
UNITS: Final[dict[str, tuple[str, ...]]] = {
    "money": ("tỷ đồng", "triệu đồng", "nghìn đồng", "đồng", "nghìn tỷ đồng"),
    "foreign money": ("triệu USD", "nghìn USD", "USD"),
    "mass": ("tấn", "nghìn tấn", "tạ", "kg"),
    "area": ("ha", "m²", "km²"),
    "length": ("km", "m"),
    "volume": ("m³", "lít"),
    "power": ("MW", "kW"),
    "energy": ("triệu kWh", "kWh"),
    "persons": ("người", "nghìn người", "lao động"),
    "households": ("hộ", "nghìn hộ"),
    "visits": ("lượt", "nghìn lượt", "triệu lượt"),
    "passenger traffic": ("triệu lượt HK.Km", "nghìn lượt HK.Km"),
    "freight traffic": ("triệu tấn.km", "nghìn tấn.km"),
    "livestock": ("con", "nghìn con"),
    "counts": (
        "doanh nghiệp", "hợp tác xã", "dự án", "xã", "trường", "lớp", "học sinh", "nhà",
        "ca", "vụ", "thuê bao", "công trình", "sản phẩm",
    ),
    "rates": ("triệu đồng/người/năm", "thuê bao/100 dân", "tiêu chí/xã"),
    "percent": ("%",),
    "percentage points": ("điểm %",),
    "factor": ("lần",),
    "days": ("ngày",),
}  # fmt: skip


# -- numbers and quantities -------------------------------------------------------------------


def numbers(
    *, places: int | None = None, max_digits: int = 9, signed: bool = False
) -> st.SearchStrategy[Decimal]:
    """Numbers as reports print them: exact decimals with 0 to 3 decimals.

    The decimals are kept as printed (``Decimal("78.0")`` has one), as vnplan keeps them.

    Shrinks towards ``Decimal("0")`` with no decimals (or ``places`` decimals).

    Args:
        places: Exactly this many decimals; by default 0 to 3.
        max_digits: At most this many digits in all.
        signed: Whether negative numbers are drawn too.

    Returns:
        A strategy of decimals.
    """
    place_counts = st.just(places) if places is not None else st.integers(0, 3)

    @st.composite
    def build(draw: st.DrawFn) -> Decimal:
        decimals = draw(place_counts)
        low = -(10**max_digits) + 1 if signed else 0
        whole = draw(st.integers(low, 10**max_digits - 1))
        return Decimal(whole).scaleb(-decimals)

    return build()


def printed_numbers(locale: str = "vi") -> st.SearchStrategy[str]:
    """Numbers as printed text: ``"13.963,91"`` (vi) or ``"13,963.91"`` (en).

    Shrinks towards ``"0"``.

    Args:
        locale: ``"vi"`` or ``"en"``.

    Returns:
        A strategy of printed numbers, written by :func:`vnplan.format_number`.
    """
    return numbers().map(lambda value: format_number(value, locale))


def unit_texts(kind: str | None = None) -> st.SearchStrategy[str]:
    """Units as reports print them, scale word included (``"tỷ đồng"``, ``"nghìn lượt"``).

    Shrinks towards ``"tỷ đồng"`` (or the first unit of ``kind``).

    Args:
        kind: One key of :data:`UNITS` (``"money"``, ``"persons"``, ``"percent"`` …);
            by default units of every kind.

    Returns:
        A strategy of unit texts.

    Raises:
        KeyError: ``kind`` is not a key of :data:`UNITS`.
    """
    if kind is not None:
        return st.sampled_from(UNITS[kind])
    return st.sampled_from([unit for group in UNITS.values() for unit in group])


def quantities(unit: str | None = None) -> st.SearchStrategy[pint.Quantity[Decimal]]:
    """Quantities of vnplan's unit registry, with exact ``Decimal`` magnitudes.

    Shrinks towards 0 tỷ đồng (or 0 in ``unit``).

    Args:
        unit: The unit as printed; by default any of :data:`UNITS`.

    Returns:
        A strategy of pint quantities.
    """
    unit_strategy = st.just(unit) if unit is not None else unit_texts()
    return st.builds(_units.quantity, numbers(), unit_strategy)


def printed_quantities(unit: str | None = None, locale: str = "vi") -> st.SearchStrategy[str]:
    """Quantities as printed text: ``"13.963,91 tỷ đồng"``, ``"102,49%"``.

    Shrinks towards ``"0 tỷ đồng"``.

    Args:
        unit: The unit as printed; by default any of :data:`UNITS`.
        locale: ``"vi"`` or ``"en"`` (``"13,963.91 billion VND"``).

    Returns:
        A strategy of texts written by :func:`vnplan.format_quantity`.
    """
    return quantities(unit).map(lambda q: format_quantity(q, locale=locale))


def percents(*, places: int | None = None) -> st.SearchStrategy[Decimal]:
    """Percentages as reports print them: 0 to 200 with 0 to 3 decimals.

    Shrinks towards ``Decimal("0")``.

    Args:
        places: Exactly this many decimals; by default 0 to 3.

    Returns:
        A strategy of numbers of percent (``Decimal("102.49")`` for 102,49%).
    """
    place_counts = st.just(places) if places is not None else st.integers(0, 3)

    @st.composite
    def build(draw: st.DrawFn) -> Decimal:
        decimals = draw(place_counts)
        return Decimal(draw(st.integers(0, 200 * 10**decimals))).scaleb(-decimals)

    return build()


def printed(locale: str = "vi") -> st.SearchStrategy[Printed]:
    """Printed figures: a number with its unit, sometimes a qualifier or a fraction.

    Each is written by :func:`vnplan.format_printed` and read back by
    :func:`vnplan.parse_printed`, so its ``text`` is text vnplan writes.

    Shrinks towards ``0 tỷ đồng`` with no qualifier.

    Args:
        locale: ``"vi"`` or ``"en"``.

    Returns:
        A strategy of :class:`vnplan.Printed`.
    """

    @st.composite
    def build(draw: st.DrawFn) -> Printed:
        value = draw(numbers())
        unit = draw(unit_texts())
        fraction = draw(st.booleans())
        figure = Printed(
            text="",
            value=value,
            unit=unit,
            bound=draw(st.sampled_from(Bound)),
            denominator=draw(numbers()) if fraction else None,
            denominator_unit=unit if fraction else "",
            shared_unit=fraction and draw(st.booleans()),
            spaced=unit != "%",
            locale=locale,
        )
        return parse_printed(format_printed(figure), locale)

    return build()


def dates(*, min_year: int = 2000, max_year: int = 2050) -> st.SearchStrategy[dt.date]:
    """Dates of reports, as :func:`vnplan.format_date` writes them.

    Shrinks towards 1 January of ``min_year``.

    Args:
        min_year: The first year.
        max_year: The last year.

    Returns:
        A strategy of dates.
    """
    return st.dates(dt.date(min_year, 1, 1), dt.date(max_year, 12, 31))


def document_numbers() -> st.SearchStrategy[DocumentNumber]:
    """Document numbers such as "350/BC-UBND" and "30/2020/NĐ-CP".

    Shrinks towards ``0/BC-UBND``.

    Returns:
        A strategy of :class:`vnplan.DocumentNumber`.
    """
    symbols = st.sampled_from(("BC-UBND", "NQ-HĐND", "QĐ-UBND", "NĐ-CP", "KH-UBND", "TTr-UBND"))
    years = st.none() | st.integers(1990, 2050)
    return st.builds(DocumentNumber, st.integers(0, 9999), symbols, year=years)


def intervals() -> st.SearchStrategy[Interval]:
    """Intervals of exact decimals: what printed figures stand for.

    Shrinks towards the interval of a printed ``0``: ``[-0.5, 0.5]``.

    Returns:
        A strategy of :class:`vnplan.Interval`, half of them ``from_printed``.
    """

    @st.composite
    def build(draw: st.DrawFn) -> Interval:
        value = draw(numbers(signed=True))
        if draw(st.booleans()):
            return Interval(value, value + draw(numbers()))
        return Interval.from_printed(value)

    return build()


# -- periods, locations, indicators ---------------------------------------------------------


def periods(*, plan: bool = False) -> st.SearchStrategy[Period]:
    """Periods as data files write them: a year, a span of years, a month, a span of months.

    Shrinks towards ``Period('2022')``.

    Args:
        plan: Only plan periods (a year or a span of whole years), as targets need.

    Returns:
        A strategy of :class:`vnplan.Period`.
    """

    @st.composite
    def build(draw: st.DrawFn) -> Period:
        year = 2022 + draw(st.integers(-30, 30))
        forms = ("year", "years") if plan else ("year", "years", "month", "months")
        form = draw(st.sampled_from(forms))
        if form == "year":
            return Period(start_year=year)
        if form == "years":
            return Period(start_year=year, end_year=year + draw(st.integers(1, 10)))
        month = draw(st.integers(1, 12))
        if form == "month":
            return Period(start_year=year, start_month=month)
        end_month = draw(st.integers(month, 12))
        return Period(start_year=year, start_month=1, end_year=year, end_month=end_month)

    return build()


def locations() -> st.SearchStrategy[Location]:
    """Places in a report: a section path with a paragraph, or a footnote.

    Shrinks towards ``Location('I ¶1')``.

    Returns:
        A strategy of :class:`vnplan.Location`.
    """

    @st.composite
    def build(draw: st.DrawFn) -> Location:
        part = draw(st.sampled_from(("I", "II", "III")))
        depth = draw(st.integers(0, 3))
        headings = [part]
        if depth >= 1:
            headings.append(f"{part}.{draw(st.integers(1, 4))}")
        if depth >= 2:
            headings.append(str(draw(st.integers(1, 9))))
        if depth >= 3:
            headings.append(f"{headings[-1]}.{draw(st.integers(1, 9))}")
        section = " > ".join(headings)
        if draw(st.booleans()):
            return Location(section=section, footnote=draw(st.integers(1, 99)))
        return Location(section=section, paragraph=draw(st.integers(1, 20)))

    return build()


def attainments() -> st.SearchStrategy[Attainment]:
    """Results of :func:`vnplan.attainment` for printed outturns and targets.

    Shrinks towards 0 against a target of 1: 0% of target, not met.

    Returns:
        A strategy of :class:`vnplan.Attainment`.
    """

    @st.composite
    def build(draw: st.DrawFn) -> Attainment:
        actual = draw(numbers(max_digits=7))
        target = draw(numbers(max_digits=7).map(lambda n: n + 1))
        return attainment(
            actual,
            target,
            direction=draw(st.sampled_from(Direction)),
            bound=draw(st.sampled_from(Bound)),
        )

    return build()


def derived() -> st.SearchStrategy[Derived]:
    """Growth rates computed by :func:`vnplan.growth` from printed figures, with intervals.

    Shrinks towards the growth of 1 over 1.

    Returns:
        A strategy of :class:`vnplan.Derived`.
    """
    positive = numbers(max_digits=7).map(lambda n: n + 1)
    return st.builds(growth, positive, positive)
