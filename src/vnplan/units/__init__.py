"""The one unit registry of vnplan, with exact ``Decimal`` magnitudes.

vnplan reads units as Vietnamese reports print them ("tỷ đồng", "nghìn lượt",
"triệu lượt HK.Km", "triệu đồng/người/năm", "thuê bao/100 dân", "điểm %") and keeps
them as `pint <https://pint.readthedocs.io/>`_ units, so that a quantity knows its
dimension and its scale:

    >>> from decimal import Decimal
    >>> from vnplan import units
    >>> grdp = units.quantity(Decimal("13963.91"), "tỷ đồng")
    >>> grdp.magnitude
    Decimal('13963.91')
    >>> units.unit_info("tỷ đồng").factor
    Decimal('1000000000')
    >>> units.conversion_factor("tỷ đồng", "triệu đồng")
    Decimal('1000')

There is exactly one registry, built on first use from vnplan's own definitions file
(``units.txt`` in this package, not pint's default file), with ``Decimal`` magnitudes.
``import vnplan`` and ``import vnplan.units`` do not import pint. Nor do
:func:`unit_info`, :func:`same_dimension`, :func:`conversion_factor`,
:func:`split_scale` and :func:`unit_text` of a printed unit, as long as the unit is
made of the units of ``units.txt``: they read ``unit_table.txt``, the same units
reduced by pint to root units beforehand, and give pint's answers (loading and auditing
a report does not import pint). Anything else (a unit added with :func:`define`, or a
unit per day, whose factor 1/24 pint rounds) is left to pint.

**How printed units are read.** Scale words (nghìn/ngàn, triệu, tỷ/tỉ, nghìn tỷ, and
thousand, million, billion, trillion in English) are multipliers. A space joins the
words of one Vietnamese unit name ("lao động", "hợp tác xã", "lượt HK"). Two units
multiply when a dot joins them ("HK.Km", "tấn.km"), or a space after lượt ("lượt người":
visits of persons); any other space between two units is an error, so that "% hộ" is
not misread as a unit. ``/`` divides, and a number right after it scales the denominator
("thuê bao/100 dân"). Scale words come first. Names are matched
exactly first, then ignoring case ("Tấn.Km", "Kg"). ``²`` and ``³`` are powers ("m³").

**Dimensions.** đồng (VND) and USD are two currencies: they are never converted without
a rate the caller gives (:func:`convert_currency`). Each kind of count is its own
dimension, so persons (người) never add to households (hộ) or to enterprises
(doanh nghiệp). A worker (lao động) is counted as a person: reports use the two words
for the same count ("2.740 lao động (tăng 1.629 người)").
Percent (``%``) is a pure number, like a factor (``lần``); percentage points
(``điểm %``, ``điểm phần trăm``) are a dimension of their own. Days (ngày, giờ, tuần) and
calendar periods (năm, quý, tháng) are two dimensions, because a month or a year is not
a fixed number of days.

    >>> units.same_dimension("tỷ đồng", "triệu USD")
    False
    >>> units.conversion_factor("người", "hộ")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    vnplan.exceptions.DimensionalityError: cannot convert 'người' to 'hộ': [person] is not ...

Adding quantities of different dimensions raises pint's own ``DimensionalityError``
(a ``TypeError``):

    >>> units.quantity(Decimal(1), "đồng") + units.quantity(Decimal(1), "USD")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    pint.errors.DimensionalityError: Cannot convert from 'đồng' ([currency_vnd]) to 'USD' ...

**How a user adds a count unit.** Call :func:`define` with a pint definition: the unit
name (a space may stand in it), a new dimension in square brackets, and optionally
``_`` (no symbol) and aliases, such as an English name. The unit then reads and prints
like any other:

    >>> units.define("cây xanh = [green_tree] = _ = green_trees")
    >>> units.unit_info("nghìn cây xanh").dimension
    '[green_tree]'
    >>> units.same_dimension("cây xanh", "cây")
    False

A unit that is a multiple of a known one takes a factor instead of a dimension
(``define("yến = 10 * kg")``).

**Exactness.** Conversion factors are exact whenever the ratio is a terminating decimal,
which holds for every pair of units vnplan defines except those involving ``tháng``
(a twelfth of a year) or ``giờ`` (a 24th of a day); those are rounded to 28 significant
digits.
"""

from vnplan.units._dimensions import (
    MEASURED_DIMENSIONS,
    UnitInfo,
    conversion_factor,
    convert_currency,
    convert_value,
    is_count_dimension,
    same_dimension,
    unit_info,
)
from vnplan.units._reading import AUTO_SCALES, SCALE_WORDS, split_scale
from vnplan.units._registry import define, on_define, quantity, registry, times_factor
from vnplan.units._writing import unit_text

__all__ = [
    "AUTO_SCALES",
    "MEASURED_DIMENSIONS",
    "SCALE_WORDS",
    "UnitInfo",
    "conversion_factor",
    "convert_currency",
    "convert_value",
    "define",
    "is_count_dimension",
    "on_define",
    "quantity",
    "registry",
    "same_dimension",
    "split_scale",
    "times_factor",
    "unit_info",
    "unit_text",
]
