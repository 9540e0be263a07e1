"""Hypothesis strategies for vnplan: every public type, and whole reports.

Install with the extra ``vnplan[strategies]``. vnplan registers its classes with
hypothesis through hypothesis' entry point, so ``st.from_type(vnplan.Measurement)`` works
as soon as vnplan is installed (:func:`for_type` says which strategy each class gets).

Three kinds of strategy:

- **Values**: :func:`numbers`, :func:`printed_numbers`, :func:`unit_texts` (of
  :data:`UNITS`), :func:`quantities`, :func:`printed_quantities`, :func:`percents`,
  :func:`printed`, :func:`dates`, :func:`document_numbers`, :func:`periods`,
  :func:`locations`, :func:`intervals`, :func:`attainments`, :func:`derived`.
- **Model objects**, each valid on its own: :func:`indicators`, :func:`measurements`,
  :func:`targets`, :func:`claims`, :func:`relations`.
- **Reports**: :func:`consistent_reports` builds reports whose figures hold together, by
  construction; :func:`reports_with_injected_error` puts one known mistake
  (:class:`ErrorKind`) into one and says which figure it changed (:class:`Injected`).

Each docstring says what the strategy shrinks towards, so that a failing example comes
out small and readable: a report of one topic, with round values.

>>> from hypothesis import given
>>> import vnplan
>>> from vnplan import strategies
>>> @given(strategies.consistent_reports())
... def test_audit_is_quiet(report):
...     assert not [f for f in vnplan.audit(report) if f.severity == "material"]
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, Any, Final, TypeVar

try:
    from hypothesis import strategies as st
except ImportError as error:  # pragma: no cover (the extra is installed in tests)
    raise ImportError(
        'vnplan.strategies needs hypothesis; install it with: pip install "vnplan[strategies]"'
    ) from error

import attrs

from vnplan import units as _units
from vnplan._enums import (
    Basis,
    Bound,
    ClaimKind,
    Direction,
    Measure,
    RelationKind,
    Role,
    Status,
)
from vnplan.calc.attainment import Attainment, Derived, attainment, growth
from vnplan.model.core import (
    SECTORS,
    Claim,
    Indicator,
    Location,
    Measurement,
    Period,
    Relation,
    Report,
    Target,
)
from vnplan.model.interval import Interval
from vnplan.strategies.synthesis import (
    Builder,
    ErrorKind,
    Injected,
    LinkKind,
    print_quantity,
    round_half_up,
)
from vnplan.strategies.synthesis import inject as _inject
from vnplan.text import (
    DocumentNumber,
    Printed,
    format_number,
    format_printed,
    format_quantity,
    parse_printed,
)

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    import pint

__all__ = [
    "UNITS",
    "ErrorKind",
    "Injected",
    "attainments",
    "claims",
    "consistent_reports",
    "dates",
    "derived",
    "document_numbers",
    "for_type",
    "indicators",
    "intervals",
    "locations",
    "measurements",
    "numbers",
    "percents",
    "periods",
    "printed",
    "printed_numbers",
    "printed_quantities",
    "quantities",
    "relations",
    "reports_with_injected_error",
    "targets",
    "unit_texts",
]

_T = TypeVar("_T")

#: Units as reports print them, by what they measure; the first of each is the
#: simplest. Each kind of count is its own dimension (persons never add to households).
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

_PROVINCES: Final = (
    "Điện Biên", "Lai Châu", "Sơn La", "Hà Giang", "Lào Cai", "Yên Bái", "Cao Bằng",
    "Bắc Kạn", "Lạng Sơn", "Tuyên Quang", "Hòa Bình", "Thanh Hóa", "Nghệ An", "Kon Tum",
)  # fmt: skip


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


@attrs.frozen
class _Topic:
    """A kind of indicator a report prints, with the parts it is broken down into."""

    key: str
    name_vi: str
    name_en: str
    sector: str
    units: tuple[str, ...]
    places: tuple[int, ...] = (2, 1, 0)
    measure: Measure = Measure.LEVEL
    direction: Direction = Direction.HIGHER
    basis: Basis = Basis.PLAN
    parts: tuple[tuple[str, str, str], ...] = ()


_LEVELS: Final[tuple[_Topic, ...]] = (
    _Topic(
        "grain-output", "Tổng sản lượng lương thực có hạt", "Cereal output", "agriculture",
        ("tấn", "nghìn tấn"),
        parts=(
            ("rice-output", "Sản lượng lúa", "Rice output"),
            ("maize-output", "Sản lượng ngô", "Maize output"),
            ("other-grain-output", "Sản lượng cây có hạt khác", "Other cereal output"),
        ),
    ),
    _Topic(
        "budget-revenue", "Tổng thu ngân sách nhà nước trên địa bàn",
        "State budget revenue in the province", "budget", ("tỷ đồng", "triệu đồng"),
        basis=Basis.PROVINCIAL_BUDGET,
        parts=(
            ("domestic-revenue", "Thu nội địa", "Domestic revenue"),
            ("trade-revenue", "Thu từ hoạt động xuất nhập khẩu", "Import and export revenue"),
            ("land-revenue", "Thu tiền sử dụng đất", "Land use fees"),
            ("lottery-revenue", "Thu xổ số kiến thiết", "Lottery revenue"),
        ),
    ),
    _Topic(
        "grdp", "Tổng sản phẩm trên địa bàn (GRDP, giá so sánh)", "GRDP (constant prices)",
        "economy", ("tỷ đồng",),
        parts=(
            ("grdp-agriculture", "Khu vực nông, lâm nghiệp và thủy sản",
             "Agriculture, forestry and fisheries"),
            ("grdp-industry", "Khu vực công nghiệp - xây dựng", "Industry and construction"),
            ("grdp-services", "Khu vực dịch vụ", "Services"),
            ("grdp-taxes", "Thuế sản phẩm trừ trợ cấp sản phẩm", "Product taxes less subsidies"),
        ),
    ),
    _Topic(
        "export-value", "Kim ngạch xuất khẩu", "Export value", "external-trade",
        ("triệu USD", "nghìn USD"),
        parts=(
            ("farm-exports", "Xuất khẩu nông sản", "Farm exports"),
            ("mineral-exports", "Xuất khẩu khoáng sản", "Mineral exports"),
            ("industrial-exports", "Xuất khẩu hàng công nghiệp", "Industrial exports"),
        ),
    ),
    _Topic(
        "tourist-visits", "Tổng lượt khách du lịch", "Tourist visits", "tourism",
        ("nghìn lượt", "lượt"), places=(1, 0, 2), measure=Measure.COUNT,
        parts=(
            ("domestic-visits", "Khách trong nước", "Domestic visitors"),
            ("foreign-visits", "Khách quốc tế", "Foreign visitors"),
        ),
    ),
    _Topic(
        "livestock-herd", "Tổng đàn gia súc", "Livestock herd", "agriculture",
        ("con", "nghìn con"), places=(0, 1), measure=Measure.COUNT,
        parts=(
            ("buffalo-herd", "Đàn trâu", "Buffalo"),
            ("cattle-herd", "Đàn bò", "Cattle"),
            ("pig-herd", "Đàn lợn", "Pigs"),
        ),
    ),
    _Topic(
        "rice-area", "Diện tích gieo trồng lúa cả năm", "Rice planted area", "agriculture",
        ("ha",),
        parts=(
            ("rice-winter-spring-area", "Lúa Đông xuân", "Winter-spring rice"),
            ("rice-main-season-area", "Lúa mùa", "Main-season rice"),
            ("upland-rice-area", "Lúa nương", "Upland rice"),
        ),
    ),
    _Topic(
        "new-jobs", "Số lao động được giải quyết việc làm", "Workers given jobs", "labour",
        ("lao động",), places=(0,), measure=Measure.COUNT,
        parts=(
            ("jobs-in-province", "Trong tỉnh", "In the province"),
            ("jobs-other-provinces", "Ngoài tỉnh", "In other provinces"),
            ("jobs-abroad", "Xuất khẩu lao động", "Abroad"),
        ),
    ),
    _Topic(
        "social-investment", "Tổng vốn đầu tư phát triển toàn xã hội",
        "Total social investment", "investment", ("tỷ đồng",),
        parts=(
            ("state-investment", "Vốn khu vực nhà nước", "State capital"),
            ("private-investment", "Vốn khu vực ngoài nhà nước", "Non-state capital"),
            ("foreign-investment", "Vốn đầu tư trực tiếp nước ngoài", "Foreign direct investment"),
        ),
    ),
    _Topic(
        "passenger-traffic", "Khối lượng hành khách luân chuyển", "Passenger traffic",
        "transport", ("triệu lượt HK.Km", "nghìn lượt HK.Km"),
    ),
    _Topic(
        "grdp-per-capita", "GRDP bình quân đầu người", "GRDP per capita", "economy",
        ("triệu đồng/người/năm",), measure=Measure.AVERAGE,
    ),
)  # fmt: skip

_RATES: Final[tuple[_Topic, ...]] = (
    _Topic("poverty-rate", "Tỷ lệ hộ nghèo", "Poverty rate", "poverty", ("%",),
           measure=Measure.RATE, direction=Direction.LOWER),
    _Topic("forest-cover", "Tỷ lệ che phủ rừng", "Forest cover", "forestry", ("%",),
           measure=Measure.RATE),
    _Topic("trained-labour-rate", "Tỷ lệ lao động qua đào tạo", "Share of trained workers",
           "labour", ("%",), measure=Measure.RATE),
    _Topic("health-insurance-rate", "Tỷ lệ dân số tham gia bảo hiểm y tế",
           "Health insurance coverage", "health", ("%",), measure=Measure.RATE),
    _Topic("malnutrition-rate", "Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi",
           "Stunting among children under five", "health", ("%",),
           measure=Measure.RATE, direction=Direction.LOWER),
)  # fmt: skip

_FRACTIONS: Final[tuple[_Topic, ...]] = (
    _Topic("new-rural-communes-rate", "Tỷ lệ xã đạt chuẩn nông thôn mới",
           "Share of communes meeting the new-rural standard", "rural", ("xã",),
           measure=Measure.RATE),
    _Topic("standard-schools-rate", "Tỷ lệ trường đạt chuẩn quốc gia",
           "Share of schools meeting the national standard", "education", ("trường",),
           measure=Measure.RATE),
    _Topic("health-standard-communes-rate", "Tỷ lệ xã đạt Bộ tiêu chí quốc gia về y tế",
           "Share of communes meeting the national health criteria", "health", ("xã",),
           measure=Measure.RATE),
    _Topic("electrified-households-rate", "Tỷ lệ hộ được sử dụng điện lưới quốc gia",
           "Share of households on the national grid", "industry", ("hộ",),
           measure=Measure.RATE),
)  # fmt: skip

#: Lower scale words: a part of a total in tỷ đồng is often printed in triệu đồng.
_FINER: Final[dict[str, str]] = {
    "tỷ đồng": "triệu đồng",
    "triệu USD": "nghìn USD",
    "nghìn tấn": "tấn",
    "nghìn lượt": "lượt",
    "nghìn con": "con",
}


def _share_name(part: tuple[str, str, str], topic: _Topic) -> tuple[str, str, str]:
    key, name_vi, name_en = part
    return (
        f"{key}-share",
        f"Tỷ trọng {name_vi[:1].lower()}{name_vi[1:]} trong {topic.name_vi}",
        f"Share of {name_en[:1].lower()}{name_en[1:]} in {topic.name_en}",
    )


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
        topic = draw(st.sampled_from(_LEVELS + _RATES + _FRACTIONS))
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
        period = draw(periods()) if as_of is None or draw(st.booleans()) else None
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


# -- consistent reports --------------------------------------------------------------------------

#: What a report must contain for a kind of mistake to be injected into it.
_NEEDS: Final[dict[ErrorKind, str]] = {
    ErrorKind.CHANGED_DIGIT: "sum",
    ErrorKind.SWAPPED_SCALE: "scaled-sum",
    ErrorKind.WRONG_SHARE: "share",
    ErrorKind.WRONG_BASE: "growth",
    ErrorKind.DROPPED_PART: "sum",
    ErrorKind.DUPLICATED_PART: "sum",
    ErrorKind.CONTRADICTING_FIGURE: "sum",
    ErrorKind.FLIPPED_VERB: "growth",
    ErrorKind.PERCENT_FOR_POINTS: "points",
    ErrorKind.TRANSPOSED_DIGITS: "sum",
    ErrorKind.ATTAINMENT_VERB: "attainment",
}

_SCALE: Final = 2  # true values carry this many digits beyond the printed ones


def _value(micro: int | Fraction, scale: int, places: int) -> Decimal:
    """Print a true value held in units of ``1 / scale`` of the printed unit."""
    return round_half_up(Fraction(micro) / scale, places)


def _rate(draw: st.DrawFn, low: int, high: int) -> Fraction:
    """A rate in basis points from ``low`` to ``high``, shrinking towards ``low``."""
    return Fraction(low + draw(st.integers(0, high - low)), 10_000)


def _growth_claim(
    b: Builder,
    subject: Measurement | Target,
    ratio: Fraction,
    *,
    places: int,
    reference: Period,
    against: Measurement | Target | None,
    name_against: bool,
) -> Claim:
    change = (ratio - 1) * 100
    claim = b.claim(
        ClaimKind.GROWTH,
        subject,
        round_half_up(abs(change), places),
        verb="tăng" if change > 0 else "giảm",
        reference=reference,
        against=against.id if against is not None and name_against else None,
    )
    if against is not None:
        b.link(LinkKind.GROWTH, claim.id, subject.id, against.id)
    return claim


def _level_block(draw: st.DrawFn, b: Builder, need: str | None) -> None:  # noqa: C901, PLR0912, PLR0915 (one topic, drawn feature by feature)
    """A level or count with its parts, growth, plan, attainment, shares and structure."""
    topics = _LEVELS
    if need in {"sum", "share", "scaled-sum"}:
        topics = tuple(t for t in _LEVELS if t.parts)
    if need == "scaled-sum":
        topics = tuple(t for t in topics if any(u in _FINER for u in t.units))
    topic = draw(st.sampled_from(topics))
    unit = draw(st.sampled_from(topic.units))
    if need == "scaled-sum" and unit not in _FINER:
        unit = next(u for u in topic.units if u in _FINER)
    power, base_unit = _units.split_scale(unit)
    counted = topic.measure is Measure.COUNT
    places = draw(st.sampled_from(topic.places)) if power or not counted else 0
    digits = draw(st.integers(4, 6))
    year, last = Period(start_year=b.year), Period(start_year=b.year - 1)
    needs_parts = need in {"sum", "share", "scaled-sum"}
    with_parts = bool(topic.parts) and (needs_parts or draw(st.booleans()))
    count = draw(st.integers(2, len(topic.parts))) if with_parts else 1
    # True values are whole numbers of 1/scale of the unit: two digits finer than printed,
    # or, for a count of things, whole things (a count printed without a scale word is
    # exact: 52 xã, 9.421 người).
    scale = int(_units.conversion_factor(unit, base_unit)) if counted else 10 ** (places + _SCALE)
    low = 10 ** (digits - 1) * scale
    before = [low + draw(st.integers(0, 9 * low)) for _ in range(count)]
    rising = not draw(st.booleans())
    base = _rate(draw, 200 if need == "growth" else 100, 3000)
    spread = [1 + Fraction(draw(st.integers(-50, 100)), 100) for _ in range(count)]
    rates = [base * s if rising else -base * s / 2 for s in spread]
    after = [round(p * (1 + r)) for p, r in zip(before, rates, strict=True)]
    now, then = sum(after), sum(before)
    true_now = Fraction(now, scale)

    b.new_block()
    indicator = b.indicator(
        topic.key,
        topic.name_vi,
        topic.name_en,
        unit=unit,
        measure=topic.measure,
        direction=topic.direction,
        sector=topic.sector,
    )
    status = draw(st.sampled_from((Status.ESTIMATE, Status.REPORTED, Status.OFFICIAL)))
    total = b.measurement(indicator, _value(now, scale, places), period=year, status=status)

    # growth against last year, with last year's value printed or not; the absolute change
    total_growth = None
    if need == "growth" or draw(st.booleans()):
        reference = None
        if need == "growth" or draw(st.booleans()):
            reference = b.measurement(
                indicator, _value(then, scale, places), period=last, role=Role.REFERENCE
            )
        total_growth = _growth_claim(
            b,
            total,
            Fraction(now, then),
            places=draw(st.sampled_from((2, 1))),
            reference=last,
            against=reference,
            name_against=draw(st.booleans()),
        )
        if draw(st.booleans()):
            change = Fraction(now - then, scale)
            claim = b.claim(
                ClaimKind.CHANGE,
                total,
                round_half_up(abs(change), places),
                unit=unit,
                verb="tăng" if change > 0 else "giảm",
                reference=last,
            )
            if reference is not None:
                b.link(LinkKind.CHANGE, claim.id, total.id, reference.id)
            else:  # both imply last year's value, which is not printed
                b.link(LinkKind.IMPLIED_PAIR, total_growth.id, claim.id, total.id)

    # attainment of this year's plan, with the plan printed or not
    if need == "attainment" or draw(st.booleans()):
        ratio = 1 + _rate(draw, 0, 3000) * (1 if draw(st.booleans()) else -1)
        plan_places = draw(st.sampled_from((0, places)))
        plan = round_half_up(true_now / ratio, plan_places)
        target = None
        if need == "attainment" or draw(st.booleans()):
            bound = draw(st.sampled_from((Bound.EXACT, Bound.AT_LEAST)))
            target = b.target(indicator, plan, period=year, basis=topic.basis, bound=bound)
        achieved = true_now / Fraction(plan)
        exceeded = achieved >= Fraction(101, 100) and draw(st.booleans())
        claim = b.claim(
            ClaimKind.ATTAINMENT,
            total,
            round_half_up(
                (achieved - 1 if exceeded else achieved) * 100, draw(st.sampled_from((2, 1)))
            ),
            verb="vượt" if exceeded else "đạt",
            basis=topic.basis,
            against=target.id if target is not None and draw(st.booleans()) else None,
        )
        if target is not None:
            b.link(LinkKind.ATTAINMENT, claim.id, total.id, target.id)

    # the parts: all of them (a sum) or some (a subset)
    if with_parts:
        shown = count
        if need not in {"sum", "share", "scaled-sum"} and draw(st.booleans()):
            shown = count - 1
        finer = _FINER.get(unit) if need == "scaled-sum" or draw(st.booleans()) else None
        part_unit = finer or unit
        part_places = places
        if finer:
            part_places = 0 if counted else draw(st.sampled_from((0, 1)))
        factor = int(_units.conversion_factor(unit, part_unit))
        figures: list[Measurement] = []
        for index, (key, name_vi, name_en) in enumerate(topic.parts[:shown]):
            part_indicator = b.indicator(
                key,
                name_vi,
                name_en,
                unit=unit,
                measure=topic.measure,
                direction=topic.direction,
                sector=topic.sector,
            )
            value = round_half_up(Fraction(after[index], scale) * factor, part_places)
            figures.append(
                b.measurement(part_indicator, value, unit=part_unit, period=year, status=status)
            )
        b.relation(RelationKind.SUM if shown == count else RelationKind.SUBSET, figures, total)
        if draw(st.booleans()):  # growth of the parts, against last year's parts
            implied: list[str] = []
            for index, figure in enumerate(figures):
                reference = None
                if draw(st.booleans()):
                    reference = b.measurement(
                        figure.indicator,
                        _value(before[index], scale, places),
                        period=last,
                        role=Role.REFERENCE,
                    )
                claim = _growth_claim(
                    b,
                    figure,
                    Fraction(after[index], before[index]),
                    places=2,
                    reference=last,
                    against=reference,
                    name_against=draw(st.booleans()),
                )
                implied.extend((figure.id, claim.id))
            if total_growth is not None and shown == count:
                # the total's growth follows from the parts' values and growths
                b.link(LinkKind.IMPLIED_TOTAL, total_growth.id, total.id, *implied)
        share_claims: list[Claim] = []
        if need == "share" or draw(st.booleans()):
            for index, figure in enumerate(figures):
                claim = b.claim(
                    ClaimKind.SHARE,
                    figure,
                    round_half_up(Fraction(after[index] * 100, now), draw(st.sampled_from((2, 1)))),
                    verb=draw(st.sampled_from(("chiếm", None))),
                    against=total.id,
                )
                b.link(LinkKind.SHARE, claim.id, figure.id, total.id)
                share_claims.append(claim)
        if shown == count and share_claims and draw(st.booleans()):
            b.relation(RelationKind.STRUCTURE, share_claims)
        if shown == count and draw(st.booleans()):
            _structure(
                draw,
                b,
                topic=topic,
                parts=figures,
                after=after,
                before=before,
                year=year,
                last=last,
            )

    # next year's plan, and its growth over this year
    if draw(st.booleans()):
        b.new_block("II")
        planned = _rate(draw, 300, 1500)
        value = round_half_up(true_now * (1 + planned), draw(st.sampled_from((0, places))))
        next_plan = b.target(indicator, value, period=Period(start_year=b.year + 1))
        _growth_claim(
            b,
            next_plan,
            Fraction(value) / true_now,
            places=draw(st.sampled_from((1, 2))),
            reference=year,
            against=total,
            name_against=draw(st.booleans()),
        )

    # the same figure printed again in the summary, to the same or fewer decimals
    if draw(st.booleans()):
        again = b.measurement(
            indicator,
            round_half_up(true_now, draw(st.integers(0, places))),
            period=year,
            status=status,
            location=b.elsewhere(),
        )
        b.link(LinkKind.SAME, total.id, again.id)


def _structure(
    draw: st.DrawFn,
    b: Builder,
    *,
    topic: _Topic,
    parts: Sequence[Measurement],
    after: Sequence[int],
    before: Sequence[int],
    year: Period,
    last: Period,
) -> None:
    """The shares of the parts (tỷ trọng) as figures adding up to 100%, and their changes."""
    places = draw(st.sampled_from((2, 1)))
    now, then = sum(after), sum(before)
    with_points = draw(st.booleans())
    shares: list[Measurement] = []
    for index, part in enumerate(parts):
        key, name_vi, name_en = _share_name(topic.parts[index], topic)
        indicator = b.indicator(
            key,
            name_vi,
            name_en,
            unit="%",
            measure=Measure.SHARE,
            direction=Direction.NEUTRAL,
            sector=part.indicator.sector,
        )
        share_now = Fraction(after[index] * 100, now)
        figure = b.measurement(indicator, round_half_up(share_now, places), period=year)
        shares.append(figure)
        if with_points:
            share_then = Fraction(before[index] * 100, then)
            reference = b.measurement(
                indicator, round_half_up(share_then, places), period=last, role=Role.REFERENCE
            )
            _points_claim(
                draw,
                b,
                figure=figure,
                reference=reference,
                points=share_now - share_then,
                last=last,
            )
    b.relation(RelationKind.STRUCTURE, shares)


def _points_claim(
    draw: st.DrawFn,
    b: Builder,
    *,
    figure: Measurement,
    reference: Measurement | None,
    points: Fraction,
    last: Period,
) -> None:
    value = round_half_up(abs(points), draw(st.sampled_from((2, 1))))
    if not value:
        return  # a report says "không đổi" (unchanged); nothing to state as a change
    claim = b.claim(
        ClaimKind.PP_CHANGE,
        figure,
        value,
        unit=draw(st.sampled_from(("%", "điểm %"))),
        verb="tăng" if points > 0 else "giảm",
        reference=last,
        against=reference.id if reference is not None and draw(st.booleans()) else None,
    )
    if reference is not None:
        b.link(LinkKind.PP_CHANGE, claim.id, figure.id, reference.id)


def _rate_block(draw: st.DrawFn, b: Builder, need: str | None) -> None:
    """A rate, last year's rate, the change in points, and a plan bound (dưới, trên)."""
    topic = draw(st.sampled_from(_RATES))
    places = draw(st.sampled_from((2, 1)))
    year, last = Period(start_year=b.year), Period(start_year=b.year - 1)
    then = Fraction(100_000 + draw(st.integers(0, 500_000)), 10_000)  # 10% to 60%
    size = Fraction(draw(st.integers(200 if need == "points" else 10, 500)), 100)
    falling = (topic.direction is Direction.LOWER) != draw(st.booleans())
    now = then - size if falling else then + size
    b.new_block()
    indicator = b.indicator(
        topic.key,
        topic.name_vi,
        topic.name_en,
        unit="%",
        measure=Measure.RATE,
        direction=topic.direction,
        sector=topic.sector,
    )
    figure = b.measurement(indicator, round_half_up(now, places), period=year)
    reference = None
    if need == "points" or draw(st.booleans()):
        reference = b.measurement(
            indicator, round_half_up(then, places), period=last, role=Role.REFERENCE
        )
    _points_claim(draw, b, figure=figure, reference=reference, points=now - then, last=last)
    if draw(st.booleans()):
        lower = topic.direction is Direction.LOWER
        slack = Fraction(draw(st.integers(0, 300)), 100)
        plan = round_half_up(now + slack if lower else now - slack, 0)
        b.target(indicator, plan, period=year, bound=Bound.AT_MOST if lower else Bound.AT_LEAST)


def _fraction_block(draw: st.DrawFn, b: Builder, _need: str | None) -> None:
    """A rate printed with the fraction it comes from: *đạt 95,65% (110/115 xã)*."""
    topic = draw(st.sampled_from(_FRACTIONS))
    whole = 20 + draw(st.integers(0, 180))
    part = whole - draw(st.integers(0, whole - 10))
    b.new_block()
    indicator = b.indicator(
        topic.key,
        topic.name_vi,
        topic.name_en,
        unit="%",
        measure=Measure.RATE,
        direction=topic.direction,
        sector=topic.sector,
    )
    figure = b.measurement(
        indicator,
        round_half_up(Fraction(part * 100, whole), draw(st.sampled_from((2, 1)))),
        period=Period(start_year=b.year),
        role=draw(st.sampled_from((Role.ACTUAL, Role.STOCK))),
    )
    claim = b.claim(
        ClaimKind.FRACTION, figure, Decimal(part), unit=topic.units[0], denominator=Decimal(whole)
    )
    b.link(LinkKind.FRACTION, claim.id, figure.id)


_BLOCKS: Final[tuple[Callable[[st.DrawFn, Builder, str | None], None], ...]] = (
    _level_block,
    _rate_block,
    _fraction_block,
)
_BLOCK_FOR: Final[dict[str, Callable[[st.DrawFn, Builder, str | None], None]]] = {
    "sum": _level_block,
    "scaled-sum": _level_block,
    "share": _level_block,
    "growth": _level_block,
    "attainment": _level_block,
    "points": _rate_block,
}


def _build(
    draw: st.DrawFn, need: str | None, min_topics: int, max_topics: int
) -> tuple[Report, Builder]:
    """Draw a consistent report, with a first topic that meets ``need``, and its builder."""
    year = 2022 + draw(st.integers(-7, 8))
    b = Builder(year=year)
    first = _BLOCK_FOR[need] if need is not None else draw(st.sampled_from(_BLOCKS))
    first(draw, b, need)
    for _ in range(draw(st.integers(min_topics, max_topics)) - 1):
        draw(st.sampled_from(_BLOCKS))(draw, b, None)
    province = draw(st.sampled_from(_PROVINCES))
    report = b.report(
        issuer=f"UBND tỉnh {province}",
        number=f"{draw(st.integers(1, 999))}/BC-UBND",
        date=dt.date(year, draw(st.sampled_from((12, 11))), draw(st.integers(1, 28))),
        place=province,
        province=province,
        title=(
            f"Tình hình thực hiện Kế hoạch phát triển kinh tế - xã hội năm {year}; "
            f"Kế hoạch phát triển kinh tế - xã hội năm {year + 1}"
        ),
    )
    return report, b


def consistent_reports(*, min_topics: int = 1, max_topics: int = 4) -> st.SearchStrategy[Report]:
    """Reports whose printed figures hold together, built by construction, never filtered.

    Each report covers one to four topics, drawn among real kinds of indicator:

    - a level or count (grain output, budget revenue, GRDP, exports, visits, herds, jobs,
      investment, GRDP per capita): this year's value; often its parts (*trong đó*), all
      of them (a sum) or some (a subset), sometimes printed in a finer scale word
      (*triệu đồng* under *tỷ đồng*); last year's value and the growth (*tăng 10,19% so
      với năm trước*) and absolute change; the plan and its attainment (*đạt 102,49%*,
      *vượt 8,15% kế hoạch*); the parts' shares (*chiếm*) and the structure of shares
      adding up to 100% with their changes in percentage points; next year's plan and its
      planned growth; the same figure again in the summary, to fewer decimals;
    - a rate (poverty, forest cover, insurance): this year's and last year's rate, the
      change in percentage points, a bounded plan (*dưới 10%*, *trên 45%*);
    - a rate with the fraction it comes from (*115/115 xã*).

    Every value is first drawn exactly, two digits finer than printed; totals are sums of
    parts, and shares, growth, attainment and fractions are computed from the exact
    values; then every figure and claim is rounded half up to the precision a report
    uses (0 to 2 decimals) and printed by :func:`vnplan.format_quantity`. So every
    stated comparison holds within printing precision, and :func:`vnplan.audit` must
    find nothing material.

    Shrinks towards a report of a single topic, with one or two printed figures and round
    values, in 2022: such as *Tỷ lệ xã đạt chuẩn nông thôn mới 95,00% (19/20 xã)*, or
    *1.010,00 tấn* of grain with next year's plan and its growth, when the failure needs a
    claim.

    Args:
        min_topics: The fewest topics.
        max_topics: The most topics.

    Returns:
        A strategy of :class:`vnplan.Report`.
    """

    @st.composite
    def build(draw: st.DrawFn) -> Report:
        return _build(draw, None, min_topics, max_topics)[0]

    return build()


def reports_with_injected_error(
    kinds: Sequence[ErrorKind | str] | None = None,
) -> st.SearchStrategy[tuple[Report, Injected]]:
    """Consistent reports with one known mistake in them, and what the mistake is.

    Draws a kind of mistake, then a :func:`consistent_reports` report with a topic that
    can carry it, then the figure or claim to change and how. Every change is checked,
    by construction, against the relationships printed in the report: no reading within
    printing precision, nor one that allows for a value cut off rather than rounded or a
    last digit one unit off, reconciles the changed figure. A change within printing
    precision is never produced.

    The kinds (:class:`ErrorKind`): a changed digit; two transposed digits; a swapped
    scale word (tỷ ↔ triệu, nghìn ↔ triệu); a wrong share; growth against the wrong base
    (another year, or the plan); a dropped part; a duplicated part; a contradicting second
    figure (in the summary of highlights); a flipped verb (tăng ↔ giảm); a change in
    percentage points printed as a relative change; an attainment with the other verb
    (*vượt 102,49%* for *đạt 102,49%*).

    Shrinks towards the smallest report that can carry a mistake (one topic, two or three
    figures), with the mistake in its first figure or claim.

    Args:
        kinds: The kinds of mistake to draw from; by default every kind.

    Returns:
        A strategy of pairs ``(report, injected)``; ``injected.figure_id`` is the id of the
        figure or claim changed or added (for a dropped part, the total).
    """
    chosen = [ErrorKind(kind) for kind in kinds] if kinds is not None else list(ErrorKind)

    @st.composite
    def build(draw: st.DrawFn) -> tuple[Report, Injected]:
        kind = draw(st.sampled_from(chosen))
        report, b = _build(draw, _NEEDS[kind], 1, 3)
        changed, injected, _ = _inject(kind, report, b.links, _Draws(draw))
        return changed, injected

    return build()


class _Draws:
    """The choices of an injection, drawn by hypothesis (see ``_synthesis.Choices``)."""

    def __init__(self, draw: st.DrawFn) -> None:
        self._draw = draw

    def pick(self, options: Sequence[_T]) -> _T:
        return self._draw(st.sampled_from(options))

    def integer(self, low: int, high: int) -> int:
        return low + self._draw(st.integers(0, high - low))


def for_type(cls: type) -> st.SearchStrategy[Any]:
    """Return vnplan's strategy for one of its public classes.

    This is what ``st.from_type(cls)`` gives once vnplan is installed: vnplan registers
    its classes with hypothesis through hypothesis' entry point.

    ============================ ==============================
    class                        strategy
    ============================ ==============================
    :class:`~vnplan.Report`      :func:`consistent_reports`
    :class:`~vnplan.Indicator`   :func:`indicators`
    :class:`~vnplan.Measurement` :func:`measurements`
    :class:`~vnplan.Target`      :func:`targets`
    :class:`~vnplan.Claim`       :func:`claims`
    :class:`~vnplan.Relation`    :func:`relations`
    :class:`~vnplan.Period`      :func:`periods`
    :class:`~vnplan.Location`    :func:`locations`
    :class:`~vnplan.Interval`    :func:`intervals`
    :class:`~vnplan.Printed`     :func:`printed`
    ``DocumentNumber``           :func:`document_numbers`
    :class:`~vnplan.Attainment`  :func:`attainments`
    :class:`~vnplan.Derived`     :func:`derived`
    ============================ ==============================

    Args:
        cls: A vnplan class.

    Returns:
        The strategy for it.

    Raises:
        KeyError: ``cls`` is not one of the classes above.
    """
    table: dict[type, Callable[[], st.SearchStrategy[Any]]] = {
        Attainment: attainments,
        Claim: claims,
        Derived: derived,
        DocumentNumber: document_numbers,
        Indicator: indicators,
        Interval: intervals,
        Location: locations,
        Measurement: measurements,
        Period: periods,
        Printed: printed,
        Relation: relations,
        Report: consistent_reports,
        Target: targets,
    }
    return table[cls]()
