"""Units written the way a report prints them, in Vietnamese or in English."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Final

from vnplan.units._reading import _STATE, SCALE_WORDS, _parts, _powers
from vnplan.units._registry import _items, on_define, registry

if TYPE_CHECKING:
    from collections.abc import Iterable
    from decimal import Decimal

    import pint

__all__ = ["unit_text"]

# How a unit is written when the printed form is not its name with spaces for "_".
_VI_DISPLAY: Final[dict[str, str]] = {
    "percent": "%",
    "điểm_phần_trăm": "điểm %",
    "lượt_HK_km": "lượt HK.Km",
    "tấn_km": "tấn.km",
}
# English names of units (each is also an alias in units.txt, so English text parses).
_EN_DISPLAY: Final[dict[str, str]] = {
    "trăm": "hundred",
    "nghìn": "thousand",
    "triệu": "million",
    "tỷ": "billion",
    "nghìn_tỷ": "trillion",
    "percent": "%",
    "lần": "times",
    "điểm_phần_trăm": "percentage points",
    "đồng": "VND",
    "USD": "USD",
    "lượt": "visits",
    "lượt_HK": "passenger trips",
    "lượt_HK_km": "passenger-km",
    "tấn_km": "tonne-km",
    "lượt_người": "person visits",
    "người": "persons",
    "dân": "inhabitants",
    "lao_động": "workers",
    "việc_làm": "jobs",
    "hộ": "households",
    "học_sinh": "pupils",
    "sinh_viên": "students",
    "bệnh_nhân": "patients",
    "bác_sĩ": "doctors",
    "doanh_nghiệp": "enterprises",
    "hợp_tác_xã": "cooperatives",
    "tổ_chức": "organisations",
    "xã": "communes",
    "huyện": "districts",
    "bản": "villages",
    "trường": "schools",
    "lớp": "classes",
    "nhà": "houses",
    "nhà_máy": "plants",
    "giường": "beds",
    "dự_án": "projects",
    "công_trình": "constructions",
    "sản_phẩm": "products",
    "tiêu_chí": "criteria",
    "hồ_sơ": "dossiers",
    "thủ_tục": "procedures",
    "vụ": "incidents",
    "ca": "cases",
    "con": "head",
    "thuê_bao": "subscribers",
    "tạ": "quintals",
    "tấn": "tonnes",
    "ngày": "days",
    "giờ": "hours",
    "tuần": "weeks",
    "năm": "years",
    "quý": "quarters",
    "tháng": "months",
}

# English names after "/" ("VND/person/year"); each is also an alias in units.txt.
_EN_SINGULAR: Final[dict[str, str]] = {
    "người": "person",
    "dân": "inhabitant",
    "hộ": "household",
    "xã": "commune",
    "lượt_HK": "passenger trip",
    "giờ": "hour",
    "ngày": "day",
    "tuần": "week",
    "năm": "year",
    "quý": "quarter",
    "tháng": "month",
}
_POWER_TEXT: Final[dict[int, str]] = {2: "²", 3: "³"}


def _display(name: str, locale: str, *, singular: bool = False) -> str:
    if locale == "en" and singular and name in _EN_SINGULAR:
        return _EN_SINGULAR[name]
    if locale == "en" and name in _EN_DISPLAY:
        return _EN_DISPLAY[name]
    return _VI_DISPLAY.get(name, name.replace("_", " "))


def _number_text(value: int, locale: str) -> str:
    separator = "," if locale == "en" else "."
    return f"{value:,}".replace(",", separator)


def _unit_text_of(items: Iterable[tuple[str, int]], locale: str) -> str:
    order = _STATE.order
    ranked = sorted(items, key=lambda item: (order.get(item[0], len(order)), item[0]))

    def power(name: str, exponent: int, *, singular: bool = False) -> str:
        text = _display(name, locale, singular=singular)
        size = abs(exponent)
        return text + _POWER_TEXT.get(size, "" if size == 1 else f"^{size}")

    def scale_below(name: str) -> str:
        if name == "vạn" and locale != "en":
            return _display(name, locale)
        return _number_text(SCALE_WORDS[name], locale)

    scales = [power(n, e) for n, e in ranked if e > 0 and n in SCALE_WORDS]
    top = [power(n, e) for n, e in ranked if e > 0 and n not in SCALE_WORDS]
    bottom_scales = [scale_below(n) for n, e in ranked if e < 0 and n in SCALE_WORDS]
    bottom = [
        power(n, e, singular=not bottom_scales) for n, e in ranked if e < 0 and n not in SCALE_WORDS
    ]
    text = " ".join([*scales, ".".join(top)]).strip()
    if bottom:
        first = " ".join([*bottom_scales, bottom[0]])
        text += "/" + "/".join([first, *bottom[1:]])
    elif bottom_scales:
        text += "/" + " ".join(bottom_scales)
    return text


def unit_text(unit: str | pint.Unit | pint.Quantity[Decimal], locale: str = "vi") -> str:
    """Write a unit the way a report prints it.

    Scale words come first, then the units of the numerator joined by ``.``, then each
    unit of the denominator after a ``/``. In English (``locale="en"``) the units with an
    English name take it (đồng → VND, tỷ → billion, người → persons, …); the others keep
    their Vietnamese name, which reads back in either locale.

    Args:
        unit: A unit as printed (read as :func:`quantity` reads it, without importing
            pint), a unit of vnplan's registry, or a quantity whose unit to write.
        locale: ``"vi"`` or ``"en"``.

    Returns:
        The printed unit; ``""`` for a pure number.

    Raises:
        UnitError: If ``unit`` is text that is not a unit vnplan knows.

    Examples:
        >>> from vnplan.units import quantity, unit_text
        >>> from decimal import Decimal
        >>> unit_text(quantity(Decimal(1), "triệu Tấn.Km").units)
        'triệu tấn.km'
        >>> unit_text(quantity(Decimal(1), "tỷ đồng").units, "en")
        'billion VND'
        >>> unit_text("triệu đồng/người/năm", "en")
        'million VND/person/year'
    """
    if isinstance(unit, str):
        return _text_of(unit, locale)
    reg = registry()
    units = unit if isinstance(unit, reg.Unit) else unit.units
    return _unit_text_of(_items(units), locale)


@functools.lru_cache(maxsize=4096)  # an audit writes a few dozen units, thousands of times
def _text_of(unit: str, locale: str) -> str:
    """:func:`unit_text` of printed text; :func:`define` empties the cache."""
    return _unit_text_of(_powers(_parts(unit)).items(), locale)


on_define(_text_of.cache_clear)  # a unit may be written otherwise once one is defined
