"""The domain model: a report, its indicators, printed figures, claims and relations.

Every class is a frozen, slotted attrs class built with keyword arguments only. Each field
is checked on construction; a bad value raises :class:`~vnplan.exceptions.ValidationError`
naming the field, what it accepts and what came. Nothing here does I/O or imports the
loaders, formatters or the command line: they all depend on this module, never the
reverse. Units are checked through :mod:`vnplan.units`, which loads pint on first use,
so that ``import vnplan`` stays light.
"""

from __future__ import annotations

import datetime as dt
import decimal
import enum
import functools
import re
import unicodedata
from collections.abc import Callable, Iterable
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, Any, Final, Literal, TypeAlias, TypeVar, cast, overload

import attrs

from vnplan import _hooks, units
from vnplan._enums import Basis, Bound, ClaimKind, Direction, Measure, RelationKind, Role, Status
from vnplan.exceptions import UnitError, UnknownIndicatorError, ValidationError
from vnplan.model.interval import Interval, _to_decimal

if TYPE_CHECKING:
    import pandas as pd
    import pint

__all__ = [
    "SECTORS",
    "VERBS",
    "Claim",
    "Figure",
    "Indicator",
    "Item",
    "Location",
    "Measurement",
    "Period",
    "Relation",
    "Report",
    "Target",
]

#: The sectors an indicator may belong to (``docs/data-format.md``).
SECTORS: Final[tuple[str, ...]] = (
    "economy", "agriculture", "forestry", "rural", "industry", "construction", "trade",
    "tourism", "transport", "telecom", "external-trade", "investment", "budget", "credit",
    "enterprise", "public-investment", "national-programs", "labour", "social", "poverty",
    "health", "education", "culture", "information", "ethnic-religion", "science",
    "environment", "justice", "administration", "inspection", "security", "foreign-affairs",
)  # fmt: skip

#: The words a report prints before a claim's number, which give it its sense.
VERBS: Final[tuple[str, ...]] = (
    "tăng", "giảm", "đạt", "vượt", "chiếm", "gấp", "bằng", "cao hơn", "thấp hơn",
)  # fmt: skip

_UP: Final = frozenset({"tăng", "vượt", "cao hơn"})
_DOWN: Final = frozenset({"giảm", "thấp hơn"})
_LEVEL: Final = frozenset({"đạt", "bằng", "chiếm"})

#: The verbs each kind of claim accepts; kinds not listed need none but accept these.
_VERBS_OF: Final[dict[ClaimKind, frozenset[str]]] = {
    ClaimKind.GROWTH: frozenset({"tăng", "giảm", "cao hơn", "thấp hơn", "vượt", "đạt", "bằng"}),
    ClaimKind.PP_CHANGE: frozenset({"tăng", "giảm", "cao hơn", "thấp hơn"}),
    ClaimKind.CHANGE: frozenset({"tăng", "giảm", "cao hơn", "thấp hơn"}),
    ClaimKind.FACTOR: frozenset({"gấp", "tăng", "bằng", "đạt"}),
    ClaimKind.ATTAINMENT: frozenset({"đạt", "vượt", "bằng", "tăng", "giảm", "cao hơn", "thấp hơn"}),
    ClaimKind.SHARE: frozenset({"chiếm", "bằng", "đạt"}),
    ClaimKind.FRACTION: frozenset({"chiếm", "bằng", "đạt"}),
}
_VERB_REQUIRED: Final = frozenset(
    {
        ClaimKind.GROWTH,
        ClaimKind.CHANGE,
        ClaimKind.PP_CHANGE,
        ClaimKind.FACTOR,
        ClaimKind.ATTAINMENT,
    }
)
_NEEDS_REFERENCE: Final = frozenset(
    {ClaimKind.GROWTH, ClaimKind.CHANGE, ClaimKind.PP_CHANGE, ClaimKind.FACTOR}
)
#: What unit each kind of claim is printed in, in words (checked by :func:`_claim_unit_fits`).
_UNIT_WORDS: Final[dict[ClaimKind, str]] = {
    ClaimKind.GROWTH: "a percent unit such as '%'",
    ClaimKind.ATTAINMENT: "a percent unit such as '%'",
    ClaimKind.SHARE: "a percent unit such as '%'",
    ClaimKind.PP_CHANGE: "'%' or a percentage-point unit such as 'điểm %'",
    ClaimKind.FACTOR: "a factor unit such as 'lần'",
}
#: Claim kinds whose value is a percentage, so that a pp-change may be said of them.
_PERCENT_KINDS: Final = frozenset({ClaimKind.GROWTH, ClaimKind.ATTAINMENT, ClaimKind.SHARE})

_ID: Final = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*\Z")
_ID_TEXT: Final = "lower-case ASCII words joined by '-'"
_PERIOD_TEXT: Final = (
    "a year '2022', a span of years '2021-2025', a month '2022-10' "
    "or a span of months '2022-01/2022-10'"
)
_YEAR: Final = r"([0-9]{4})"
_MONTH: Final = r"([0-9]{4})-([0-9]{2})"
_PERIOD_FORMS: Final = (
    rf"{_YEAR}\Z",
    rf"{_YEAR}-{_YEAR}\Z",
    rf"{_MONTH}\Z",
    rf"{_MONTH}/{_MONTH}\Z",
)

_C = TypeVar("_C", bound=type)
_T = TypeVar("_T")


# -- validation helpers -------------------------------------------------------------------


def _describe(expected: object) -> str:
    """Say in words what an attrs validator expected."""
    if isinstance(expected, type) and issubclass(expected, enum.Enum):
        values = ", ".join(repr(member.value) for member in expected)
        return f"a {expected.__name__} ({values})"
    if isinstance(expected, type):
        return f"a {expected.__name__}"
    if isinstance(expected, tuple) and all(isinstance(t, type) for t in expected):
        return " or ".join(f"a {t.__name__}" for t in expected)
    if isinstance(expected, Iterable) and not isinstance(expected, str):
        return "one of " + ", ".join(repr(getattr(o, "value", o)) for o in expected)
    return repr(expected)


def _checked(cls: _C) -> _C:
    """Make attrs' own validator errors into :class:`ValidationError`.

    attrs' ``instance_of``, ``in_``, ``optional`` and ``deep_iterable`` validators raise
    ``TypeError``/``ValueError`` whose arguments are (message, attribute, expected,
    value), as attrs documents. This wraps ``__init__`` to re-raise them as the
    :class:`ValidationError` vnplan promises. It is for classes whose fields use attrs'
    validators (the results of :mod:`vnplan.calc.attainment`); the model's classes use this
    module's validators (:func:`_of` and its kin), which raise ``ValidationError``
    themselves, so their ``__init__`` needs no wrapper.
    """
    init = vars(cls)["__init__"]

    @functools.wraps(init)
    def __init__(self: object, *args: Any, **kwargs: Any) -> None:  # noqa: ANN401, N807
        try:
            init(self, *args, **kwargs)
        except (TypeError, ValueError) as error:
            if isinstance(error, ValidationError) or len(error.args) < 4:
                raise
            _, attribute, expected, got = error.args[:4]
            if not isinstance(attribute, attrs.Attribute):
                raise
            raise ValidationError(attribute.name, _describe(expected), got) from None

    cls.__init__ = __init__  # type: ignore[misc]
    return cls


# (A text is non-empty and without surrounding spaces when it is non-empty and its own strip.)
def _text(_instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, str) or not value or value != value.strip():
        raise ValidationError(attribute.name, "a non-empty text without surrounding spaces", value)


def _finite(_instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and not (isinstance(value, Decimal) and value.is_finite()):
        raise ValidationError(attribute.name, "a finite Decimal", value)


def _positive(_instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value < 1):
        raise ValidationError(attribute.name, "a whole number of at least 1", value)


def _year(_instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or not 1000 <= value <= 9999:
        raise ValidationError(attribute.name, "a four-digit year", value)


def _month(_instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and (
        isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 12
    ):
        raise ValidationError(attribute.name, "None or a month from 1 to 12", value)


def _plain_date(_instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if isinstance(value, dt.datetime):
        raise ValidationError(attribute.name, "a date without a time", value)


def _unit_known(_instance: object, attribute: attrs.Attribute[Any], value: str) -> None:
    try:
        units.unit_info(value)
    except UnitError:
        raise ValidationError(attribute.name, "a unit vnplan knows", value) from None


def _same_dimension(field: str, unit: str, indicator: Indicator) -> None:
    """Check that ``unit`` has the dimension of ``indicator``'s unit."""
    try:
        same = units.same_dimension(unit, indicator.unit)
    except UnitError:
        raise ValidationError(field, "a unit vnplan knows", unit) from None
    if not same:
        raise ValidationError(
            field,
            f"a unit of the dimension of {indicator.unit!r} (indicator {indicator.id!r})",
            unit,
        )


def _claim_unit_fits(kind: ClaimKind, unit: str) -> bool:
    """Say whether a claim of ``kind`` may be printed in ``unit``."""
    try:
        info = units.unit_info(unit)
    except UnitError:
        return False
    percent = info.dimension == "dimensionless" and info.factor == Decimal("0.01")
    if kind is ClaimKind.FACTOR:
        return info.dimension == "dimensionless" and info.factor == 1
    if kind is ClaimKind.PP_CHANGE:
        return percent or info.dimension == units.unit_info("điểm %").dimension
    return percent


def _fold(text: str) -> str:
    """Fold Vietnamese text for searching: no diacritics, đ as d, case-folded, single spaces."""
    text = text.replace("đ", "d").replace("Đ", "D")
    stripped = "".join(
        c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c)
    )
    return " ".join(stripped.casefold().split())


#: A field validator: ``(instance, attribute, value)``, raising on a bad value.
_Validator: TypeAlias = Callable[[Any, "attrs.Attribute[Any]", Any], None]


def _of(kind: type | tuple[type, ...], *then: _Validator, optional: bool = False) -> _Validator:
    """Check that a value is a ``kind`` (or ``None`` when ``optional``), then ``then``.

    The checks and messages of attrs' ``and_(optional(instance_of(kind)), *then)`` as
    :func:`_checked` words them, in one call: loading builds some thousand objects per
    report, and attrs' nested validators were a fifth of the time. What was expected is
    put in words only for an error: ``import vnplan`` makes some sixty validators.
    """

    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is None and optional:
            return
        if not isinstance(value, kind):
            raise ValidationError(attribute.name, _describe(kind), value)
        for step in then:
            step(instance, attribute, value)

    def check_type(_instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, kind):
            raise ValidationError(attribute.name, _describe(kind), value)

    # The type alone (an indicator, a location, an enum …) is most fields' check: a third
    # faster without the steps.
    return check_type if not then and not optional else check


def _among(options: tuple[object, ...]) -> _Validator:
    """Check that a value is one of ``options`` (as attrs' ``in_``, message included).

    The options are texts or enum members, and the value has passed :func:`_of`'s type
    check: a set tells as a tuple would, and five times faster for an enum's last member.
    """
    allowed = frozenset(options)

    def check(_instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if value not in allowed:
            raise ValidationError(attribute.name, _describe(options), value)

    return check


def _tuple_of(kind: type, *then: _Validator) -> _Validator:
    """Check that a value is a tuple of ``kind``, each passing ``then`` (``deep_iterable``)."""

    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, tuple):
            raise ValidationError(attribute.name, _describe(tuple), value)
        for member in value:
            if not isinstance(member, kind):
                raise ValidationError(attribute.name, _describe(kind), member)
            for step in then:
                step(instance, attribute, member)

    return check


# The commonest fields' checks, each in one call (the models build some thousand objects per
# report): the first says what ``_of(str, _text)`` says; the others likewise for an optional
# text and for an id.


def _text_field(_instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, str):
        raise ValidationError(attribute.name, "a str", value)
    if not value or value != value.strip():
        raise ValidationError(attribute.name, "a non-empty text without surrounding spaces", value)


def _optional_text_field(_instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is None:
        return
    if not isinstance(value, str):
        raise ValidationError(attribute.name, "a str", value)
    if not value or value != value.strip():
        raise ValidationError(
            attribute.name, "None or a non-empty text without surrounding spaces", value
        )


def _id_field(_instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, str):
        raise ValidationError(attribute.name, "a str", value)
    if not _ID.match(value):
        raise ValidationError(attribute.name, _ID_TEXT, value)


# -- Period ----------------------------------------------------------------------------------


@attrs.frozen(kw_only=True, repr=False)
class Period:
    """The time a figure covers: a year, a span of years, a month or a span of months.

    Periods are written the way data files write them, and :func:`str` gives that form
    back:

    >>> Period.parse("2022")
    Period('2022')
    >>> str(Period.parse("2022-01/2022-10"))
    '2022-01/2022-10'
    >>> Period.parse("2021-2025").previous()
    Period('2020-2024')

    Periods order by their first day, then their last: ``2022-01`` comes before ``2022``,
    which comes before ``2022-10``.

    Raises:
        ValidationError: A year is not four digits, a month not 1 to 12, only one of the
            months is given, or the period ends before it starts.
    """

    #: The first year of the period.
    start_year: int = attrs.field(validator=_of(int, _year))
    #: The first month (1–12), or ``None`` when the period is whole years.
    start_month: int | None = attrs.field(default=None, validator=_of(int, _month, optional=True))
    #: The last year of the period; defaults to ``start_year``.
    end_year: int = attrs.field(
        default=attrs.Factory(lambda self: self.start_year, takes_self=True),
        validator=_of(int, _year),
    )
    #: The last month, or ``None`` when the period is whole years; defaults to ``start_month``.
    end_month: int | None = attrs.field(
        default=attrs.Factory(lambda self: self.start_month, takes_self=True),
        validator=_of(int, _month, optional=True),
    )

    def __attrs_post_init__(self) -> None:
        """Check the fields together, once attrs has set them."""
        if (self.start_month is None) != (self.end_month is None):
            raise ValidationError(
                "end_month",
                "given exactly when start_month is given",
                self.end_month,
            )
        if (self.end_year, self.end_month or 0) < (self.start_year, self.start_month or 0):
            raise ValidationError("end_year", f"a period ending on or after {self}", self.end_year)

    @classmethod
    def parse(cls, text: str) -> Period:
        """Read a period as data files write it.

        Args:
            text: ``"2022"`` (a year), ``"2021-2025"`` (a span of years), ``"2022-10"``
                (a month) or ``"2022-01/2022-10"`` (a span of months). A span must end
                after it starts.

        Returns:
            The period.

        Raises:
            ValidationError: The text has none of these forms, or names an impossible
                period.
        """
        if not isinstance(text, str):
            raise ValidationError("period", _PERIOD_TEXT, text)
        return _parse_period(text)

    @classmethod
    def _parse(cls, text: str) -> Period:
        # re's own cache compiles the forms on first use, not on import vnplan.
        year, years, month, months = (re.match(form, text) for form in _PERIOD_FORMS)
        if year:
            return cls(start_year=int(year[1]))
        if years and int(years[2]) > int(years[1]):
            return cls(start_year=int(years[1]), end_year=int(years[2]))
        if month:
            return cls._months(text, month[1], month[2], month[1], month[2])
        if months and (months[3], months[4]) > (months[1], months[2]):
            return cls._months(text, months[1], months[2], months[3], months[4])
        raise ValidationError("period", _PERIOD_TEXT, text)

    @classmethod
    def _months(cls, text: str, y1: str, m1: str, y2: str, m2: str) -> Period:
        try:
            return cls(start_year=int(y1), start_month=int(m1), end_year=int(y2), end_month=int(m2))
        except ValidationError:
            raise ValidationError("period", _PERIOD_TEXT, text) from None

    @property
    def start(self) -> dt.date:
        """The first day of the period."""
        return dt.date(self.start_year, self.start_month or 1, 1)

    @property
    def end(self) -> dt.date:
        """The last day of the period."""
        import calendar  # noqa: PLC0415 (it imports locale: kept out of import vnplan)

        month = self.end_month or 12
        return dt.date(self.end_year, month, calendar.monthrange(self.end_year, month)[1])

    @property
    def is_year(self) -> bool:
        """Whether the period is one calendar year."""
        return self.start_month is None and self.start_year == self.end_year

    @property
    def is_month(self) -> bool:
        """Whether the period is one calendar month."""
        return self.start_month is not None and self._start_key == self._end_key

    @property
    def is_plan_period(self) -> bool:
        """Whether a plan can be set for the period (a year or a span of whole years)."""
        return self.start_month is None

    @property
    def _start_key(self) -> tuple[int, int]:
        return (self.start_year, self.start_month or 1)

    @property
    def _end_key(self) -> tuple[int, int]:
        return (self.end_year, self.end_month or 12)

    def shifted(self, years: int) -> Period:
        """Return the period of the same months, ``years`` later (earlier if negative).

        Raises:
            ValidationError: The shifted period falls outside four-digit years.
        """
        return attrs.evolve(
            self, start_year=self.start_year + years, end_year=self.end_year + years
        )

    def previous(self) -> Period:
        """Return the period of the same length one year earlier (*cùng kỳ năm trước*).

        ``"2022"`` gives ``"2021"``, ``"2022-01/2022-10"`` gives ``"2021-01/2021-10"`` and
        ``"2021-2025"`` gives ``"2020-2024"``.
        """
        return self.shifted(-1)

    def contains(self, other: Period | dt.date) -> bool:
        """Say whether a date, or all of another period, falls within this period.

        Args:
            other: A date or a period.

        Returns:
            True if it lies within this period's first and last day.
        """
        if isinstance(other, Period):
            return self.start <= other.start and other.end <= self.end
        return self.start <= other <= self.end

    def _order(self) -> tuple[tuple[int, int], tuple[int, int], bool]:
        return (self._start_key, self._end_key, self.start_month is not None)

    def __lt__(self, other: Period) -> bool:
        """Order by start, then end."""
        if not isinstance(other, Period):
            return NotImplemented
        return self._order() < other._order()

    def __le__(self, other: Period) -> bool:
        """Order by start, then end."""
        if not isinstance(other, Period):
            return NotImplemented
        return self._order() <= other._order()

    def __gt__(self, other: Period) -> bool:
        """Order by start, then end."""
        if not isinstance(other, Period):
            return NotImplemented
        return self._order() > other._order()

    def __ge__(self, other: Period) -> bool:
        """Order by start, then end."""
        if not isinstance(other, Period):
            return NotImplemented
        return self._order() >= other._order()

    def __str__(self) -> str:
        """Return the period as data files write it: ``2022``, ``2021-2025``, ``2022-10``."""
        if self.start_month is None:
            if self.start_year == self.end_year:
                return f"{self.start_year}"
            return f"{self.start_year}-{self.end_year}"
        first = f"{self.start_year}-{self.start_month:02d}"
        if self.is_month:
            return first
        return f"{first}/{self.end_year}-{self.end_month:02d}"

    def __repr__(self) -> str:
        """Return ``Period('2022')``."""
        return f"Period({str(self)!r})"


@functools.lru_cache(maxsize=1024)
def _parse_period(text: str) -> Period:
    """Read a period, once per text (:meth:`Period.parse`).

    A report names the same few periods again and again, and a period is immutable, so
    one object serves them all.
    """
    return Period._parse(text)  # noqa: SLF001 (the class's own parser)


# -- Location --------------------------------------------------------------------------------


@attrs.frozen(kw_only=True, repr=False)
class Location:
    """Where in the report something is printed: a section path and a paragraph or footnote.

    >>> where = Location(section="I > I.1 > 1 > 1.1", paragraph=1)
    >>> str(where)
    'I > I.1 > 1 > 1.1 ¶1'
    >>> where.describe("vi")
    'mục I > I.1 > 1 > 1.1, đoạn 1'
    >>> Location(section="I > I.1 > 2 > 2.1", footnote=8).describe("en")
    'section I > I.1 > 2 > 2.1, footnote 8'

    Raises:
        ValidationError: The section is empty or has an empty heading, or not exactly one
            of ``paragraph`` and ``footnote`` is given.
    """

    #: The headings from the part down, as the report numbers them, joined by ``" > "``.
    section: str = attrs.field(validator=_text_field)
    #: The 1-based paragraph under the innermost heading; ``None`` for a footnote.
    paragraph: int | None = attrs.field(default=None, validator=_of(int, _positive, optional=True))
    #: The footnote number, for a figure printed in a footnote; ``None`` otherwise.
    footnote: int | None = attrs.field(default=None, validator=_of(int, _positive, optional=True))

    def __attrs_post_init__(self) -> None:
        """Check the fields together, once attrs has set them."""
        headings = [part.strip() for part in self.section.split(">")]
        if not all(headings) or " > ".join(headings) != self.section:
            raise ValidationError("section", "headings joined by ' > ', none empty", self.section)
        if self.paragraph is None and self.footnote is None:
            raise ValidationError(
                "paragraph", "a paragraph number, or else a footnote number", None
            )
        if self.paragraph is not None and self.footnote is not None:
            raise ValidationError("footnote", "None when a paragraph is given", self.footnote)

    @property
    def parts(self) -> tuple[str, ...]:
        """The headings of the section path, from the part down."""
        return tuple(self.section.split(" > "))

    def describe(self, language: Literal["vi", "en"] = "vi") -> str:
        """Say where, in words, in Vietnamese or English.

        Args:
            language: ``"vi"`` (``mục …, đoạn 1`` / ``mục …, chú thích 4``) or ``"en"``
                (``section …, paragraph 1`` / ``section …, footnote 4``).

        Returns:
            The location in words.

        Raises:
            ValidationError: ``language`` is neither ``"vi"`` nor ``"en"``.
        """
        words = {"vi": ("mục", "đoạn", "chú thích"), "en": ("section", "paragraph", "footnote")}
        if language not in words:
            raise ValidationError("language", "'vi' or 'en'", language)
        section, paragraph, footnote = words[language]
        if self.footnote is not None:
            return f"{section} {self.section}, {footnote} {self.footnote}"
        return f"{section} {self.section}, {paragraph} {self.paragraph}"

    def __str__(self) -> str:
        """Return ``I > I.1 > 1 > 1.1 ¶1`` or ``I > I.1 > 2 > 2.1 footnote 8``."""
        if self.footnote is not None:
            return f"{self.section} footnote {self.footnote}"
        return f"{self.section} ¶{self.paragraph}"

    def __repr__(self) -> str:
        """Return ``Location('I > I.1 > 1 > 1.1 ¶1')``."""
        return f"Location({str(self)!r})"


# -- Indicator -------------------------------------------------------------------------------


def _default_additive(self: Indicator) -> bool:
    return self.measure in {Measure.LEVEL, Measure.COUNT}


@attrs.frozen(kw_only=True, repr=False)
class Indicator:
    """A chỉ tiêu: what is measured, in which unit, and which way is better.

    Raises:
        ValidationError: A field has the wrong type, the id is not lower-case words
            joined by ``-``, the unit is unknown, or the sector is not one of
            the sectors of ``docs/data-format.md``.
    """

    #: The stable id, e.g. ``grain-output``.
    id: str = attrs.field(validator=_id_field)
    #: The name in Vietnamese, e.g. *Tổng sản lượng lương thực*.
    name_vi: str = attrs.field(validator=_text_field)
    #: The name in English, e.g. *Total grain output*.
    name_en: str = attrs.field(validator=_text_field)
    #: The unit reports print it in (``tấn``, ``tỷ đồng``, ``%``, ``con``).
    unit: str = attrs.field(validator=_of(str, _text, _unit_known))
    #: What kind of number it is (a level, a count, a rate, a share, an index, an average).
    measure: Measure = attrs.field(validator=_of(Measure))
    #: Which way is better (higher; lower, as for the poverty rate; or neutral).
    direction: Direction = attrs.field(validator=_of(Direction))
    #: The sector it belongs to, one of those of ``docs/data-format.md``.
    sector: str = attrs.field(validator=_of(str, _among(SECTORS)))
    #: Whether parts add up to a total; by default, true for levels and counts only.
    additive: bool = attrs.field(
        default=attrs.Factory(_default_additive, takes_self=True),
        validator=_of(bool),
    )
    #: The code in the national statistical indicator system, when known.
    code: str | None = attrs.field(default=None, validator=_optional_text_field)

    def __repr__(self) -> str:
        """Return ``<Indicator grain-output: Tổng sản lượng lương thực [tấn]>``."""
        return f"<Indicator {self.id}: {self.name_vi} [{self.unit}]>"

    def _repr_html_(self) -> str:
        """Return the indicator as HTML, for notebooks."""
        return str(_hooks.call("indicator_html", self))


# -- Figures ---------------------------------------------------------------------------------

_MEASUREMENT_ROLES: Final[tuple[Role, ...]] = tuple(
    role for role in Role if role is not Role.TARGET
)
_MEASUREMENT_STATUSES: Final[tuple[Status, ...]] = tuple(
    status for status in Status if status is not Status.PLANNED
)


def _when(period: Period | None, as_of: dt.date | None) -> str:
    if period is not None and as_of is not None:
        return f"{period} (to {as_of.isoformat()})"
    if period is not None:
        return str(period)
    assert as_of is not None  # noqa: S101 (checked on construction)
    return f"to {as_of.isoformat()}"


def _check_when(period: Period | None, as_of: dt.date | None) -> None:
    if period is None and as_of is None:
        raise ValidationError("period", "a period, or an as_of date", None)


def _quantity(value: Decimal, unit: str) -> pint.Quantity[Decimal]:
    return units.quantity(value, unit)


@attrs.frozen(kw_only=True, repr=False)
class Measurement:
    """A printed figure that is not a plan: an outturn, a stock, a total to date, a part.

    Its ``value`` is the printed number with its printed digits kept
    (``Decimal("282647.81")`` for "282.647,81 tấn"), and ``unit`` the unit as printed,
    scale word included (``tấn``, ``tỷ đồng``).

    Raises:
        ValidationError: A field has the wrong type; the role is ``target`` (use
            :class:`Target`); the status is ``planned``; neither a period nor an as-of
            date is given; or the unit does not fit the indicator's (grain in ``ha``).
    """

    #: The unique id, e.g. ``grain-output-2022``.
    id: str = attrs.field(validator=_id_field)
    #: The indicator the figure is a value of.
    indicator: Indicator = attrs.field(validator=_of(Indicator))
    #: The period it covers, e.g. 2022; may be ``None`` when ``as_of`` is given.
    period: Period | None = attrs.field(default=None, validator=_of(Period, optional=True))
    #: The date of a stock or a total to date (*đến 31/12/2022*); ``None`` otherwise.
    as_of: dt.date | None = attrs.field(
        default=None, validator=_of(dt.date, _plain_date, optional=True)
    )
    #: The number as printed, its digits kept (``Decimal("78.0")`` for "78,0").
    value: Decimal = attrs.field(validator=_of(Decimal, _finite))
    #: The unit as printed, scale word included (``tỷ đồng``, ``nghìn lượt``).
    unit: str = attrs.field(validator=_text_field)
    #: The exact text printed, such as ``"282.647,81 tấn"``.
    printed: str = attrs.field(validator=_text_field)
    #: What the figure stands for (an actual, a stock, a cumulative total, a part …).
    role: Role = attrs.field(validator=_of(Role, _among(_MEASUREMENT_ROLES)))
    #: How final it is (an estimate, ước đạt; provisional, sơ bộ; official; reported).
    status: Status = attrs.field(
        default=Status.REPORTED,
        validator=_of(Status, _among(_MEASUREMENT_STATUSES)),
    )
    #: The qualifier printed with the number (exact; at least, trên; at most, dưới; about).
    bound: Bound = attrs.field(default=Bound.EXACT, validator=_of(Bound))
    #: Where in the report it is printed.
    location: Location = attrs.field(validator=_of(Location))
    #: A short remark, such as what the figure counts or an oddity.
    note: str | None = attrs.field(default=None, validator=_optional_text_field)

    def __attrs_post_init__(self) -> None:
        """Check the fields together, once attrs has set them."""
        _check_when(self.period, self.as_of)
        _same_dimension("unit", self.unit, self.indicator)

    @property
    def quantity(self) -> pint.Quantity[Decimal]:
        """The value with its unit, as a pint quantity of vnplan's registry (loads pint)."""
        return _quantity(self.value, self.unit)

    @property
    def interval(self) -> Interval:
        """The values the printed number stands for (``78,0`` is 77,95 to 78,05)."""
        return Interval.from_printed(self.value)

    def __repr__(self) -> str:
        """Return ``<Measurement id: name 2022 = '282.647,81 tấn'>``."""
        when = _when(self.period, self.as_of)
        return f"<Measurement {self.id}: {self.indicator.name_vi} {when} = {self.printed!r}>"

    def _repr_html_(self) -> str:
        """Return the figure as HTML, for notebooks."""
        return str(_hooks.call("figure_html", self))


@attrs.frozen(kw_only=True, repr=False)
class Target:
    """A plan value: kế hoạch, dự toán, chỉ tiêu giao, with who set it and how it bounds.

    A target's period must be a plan period: a year (``2023``) or a span of whole years
    (``2021-2025``), never a month. A target may instead, or also, carry an as-of date
    (*đến năm 2025*).

    Raises:
        ValidationError: A field has the wrong type; the period is a month or a span of
            months; neither a period nor an as-of date is given; or the unit does not fit
            the indicator's.
    """

    #: The unique id, e.g. ``grdp-growth-2023-target``.
    id: str = attrs.field(validator=_id_field)
    #: The indicator the target is set for.
    indicator: Indicator = attrs.field(validator=_of(Indicator))
    #: The plan period, a year or a span of whole years.
    period: Period | None = attrs.field(default=None, validator=_of(Period, optional=True))
    #: The date by which it is to be reached, when the plan names a date; else ``None``.
    as_of: dt.date | None = attrs.field(
        default=None, validator=_of(dt.date, _plain_date, optional=True)
    )
    #: The number as printed, its digits kept (``Decimal("10.0")`` for "trên 10,0%").
    value: Decimal = attrs.field(validator=_of(Decimal, _finite))
    #: The unit as printed, scale word included.
    unit: str = attrs.field(validator=_text_field)
    #: The exact text printed, qualifier included (``"trên 10,0%"``).
    printed: str = attrs.field(validator=_text_field)
    #: Who set it (the plan, the provincial or central budget, the Prime Minister …).
    basis: Basis = attrs.field(validator=_of(Basis))
    #: How it bounds the outturn (exact; at least, trên; at most, dưới; about, khoảng).
    bound: Bound = attrs.field(default=Bound.EXACT, validator=_of(Bound))
    #: How final it is; a plan value is ``planned``.
    status: Status = attrs.field(default=Status.PLANNED, validator=_of(Status))
    #: Where in the report it is printed.
    location: Location = attrs.field(validator=_of(Location))
    #: A short remark.
    note: str | None = attrs.field(default=None, validator=_optional_text_field)

    def __attrs_post_init__(self) -> None:
        """Check the fields together, once attrs has set them."""
        _check_when(self.period, self.as_of)
        if self.period is not None and not self.period.is_plan_period:
            raise ValidationError(
                "period", "a plan period: a year or a span of whole years", str(self.period)
            )
        _same_dimension("unit", self.unit, self.indicator)

    @property
    def role(self) -> Literal[Role.TARGET]:
        """Always :attr:`vnplan.Role.TARGET`, so that figures can be filtered by role alike."""
        return Role.TARGET

    @property
    def quantity(self) -> pint.Quantity[Decimal]:
        """The value with its unit, as a pint quantity of vnplan's registry (loads pint)."""
        return _quantity(self.value, self.unit)

    @property
    def interval(self) -> Interval:
        """The values the printed number stands for."""
        return Interval.from_printed(self.value)

    def __repr__(self) -> str:
        """Return ``<Target id: name 2023 = 'trên 10,0%' (plan)>``."""
        when = _when(self.period, self.as_of)
        return (
            f"<Target {self.id}: {self.indicator.name_vi} {when} = {self.printed!r} "
            f"({self.basis.value})>"
        )

    def _repr_html_(self) -> str:
        """Return the target as HTML, for notebooks."""
        return str(_hooks.call("figure_html", self))


#: A printed figure, either a measurement (an outturn, a stock …) or a plan value.
Figure: TypeAlias = Measurement | Target


# -- Claim -----------------------------------------------------------------------------------


@attrs.frozen(kw_only=True, repr=False)
class Claim:
    """A comparison the report states: growth, a change, a factor, attainment, a share.

    ``value`` is the printed number as printed (no sign); ``verb`` gives its sense.
    :attr:`signed_value` applies the verb's sign (*giảm 0,67%* is -0,67) and
    :attr:`ratio` gives the stated ratio of the subject to what it is compared with:

    - growth and attainment, in percent: after *tăng*, *vượt*, *cao hơn* the ratio is
      ``1 + v/100`` (*vượt 8,15%* is 1.0815); after *giảm*, *thấp hơn* it is
      ``1 - v/100`` (*giảm 4,32%* is 0.9568); after *đạt*, *bằng* it is ``v/100``
      (*đạt 102,49%* is 1.0249);
    - factor: ``v`` (*tăng 2,35 lần* is 2.35);
    - share: ``v/100`` (*chiếm 21,25%* is 0.2125);
    - fraction: ``value / denominator`` (*115/115 xã* is 1);
    - change and pp-change: ``None``; they state a difference, not a ratio.

    Raises:
        ValidationError: A field has the wrong type, or the claim breaks a rule of
            ``docs/data-format.md``: a verb the kind does not take, or none where one is
            required; growth, change, pp-change or factor without a ``reference`` or
            ``against``; attainment without a ``basis``; a pp-change on an indicator
            that is neither a rate nor a share (unless the subject may be a claim); a
            unit that does not fit the kind; a ``denominator`` on anything but a fraction.
    """

    #: The unique id, e.g. ``grain-output-2022-growth``.
    id: str = attrs.field(validator=_id_field)
    #: What kind of comparison it is.
    kind: ClaimKind = attrs.field(validator=_of(ClaimKind))
    #: The id of the figure (or claim) it is about; ``None`` when that value is not printed.
    subject: str | None = attrs.field(default=None, validator=_optional_text_field)
    #: The indicator of the subject.
    indicator: Indicator = attrs.field(validator=_of(Indicator))
    #: The period of the subject; required when there is no subject.
    period: Period | None = attrs.field(default=None, validator=_of(Period, optional=True))
    #: The word printed before the number, giving its sense (tăng, giảm, đạt, vượt …).
    verb: str | None = attrs.field(default=None, validator=_of(str, _among(VERBS), optional=True))
    #: The number as printed, digits kept (``Decimal("1.99")`` for "1,99%").
    value: Decimal = attrs.field(validator=_of(Decimal, _finite))
    #: The unit as printed (``%``, ``lần``, ``ha``, ``xã``).
    unit: str = attrs.field(validator=_text_field)
    #: The exact number printed, with its unit (``"102,49 %"``, ``"115/115 xã"``).
    printed: str = attrs.field(validator=_text_field)
    #: The period compared against (*so với năm 2021* is 2021).
    reference: Period | None = attrs.field(default=None, validator=_of(Period, optional=True))
    #: Who set the plan compared against (attainment; a pp-change against the plan).
    basis: Basis | None = attrs.field(default=None, validator=_of(Basis, optional=True))
    #: The id of the figure or claim compared with, when the report prints it.
    against: str | None = attrs.field(default=None, validator=_optional_text_field)
    #: For a fraction "a/b", the printed ``b``; ``value`` is ``a``.
    denominator: Decimal | None = attrs.field(
        default=None, validator=_of(Decimal, _finite, optional=True)
    )
    #: Where in the report it is printed.
    location: Location = attrs.field(validator=_of(Location))
    #: A short remark.
    note: str | None = attrs.field(default=None, validator=_optional_text_field)

    def __attrs_post_init__(self) -> None:  # noqa: C901 (one rule per branch)
        """Check the fields together, once attrs has set them."""
        kind = self.kind
        if self.verb is None and kind in _VERB_REQUIRED:
            raise ValidationError("verb", f"one of {_verbs(kind)} for a {kind.value!r} claim", None)
        if self.verb is not None and self.verb not in _VERBS_OF[kind]:
            raise ValidationError(
                "verb", f"one of {_verbs(kind)} for a {kind.value!r} claim", self.verb
            )
        if self.subject is None and self.period is None:
            raise ValidationError("period", "a period when the claim has no subject", None)
        if kind in _NEEDS_REFERENCE and self.reference is None and self.against is None:
            raise ValidationError(
                "reference",
                f"a period compared against (or 'against') for a {kind.value!r} claim",
                None,
            )
        if self.reference is not None and kind not in _NEEDS_REFERENCE:
            raise ValidationError(
                "reference", f"None for a {kind.value!r} claim", str(self.reference)
            )
        if kind is ClaimKind.ATTAINMENT and self.basis is None:
            raise ValidationError("basis", "who set the plan, for an 'attainment' claim", None)
        if kind is ClaimKind.FRACTION:
            if self.denominator is None or self.denominator <= 0:
                raise ValidationError(
                    "denominator", "a positive Decimal for a fraction", self.denominator
                )
        elif self.denominator is not None:
            raise ValidationError(
                "denominator", f"None for a {kind.value!r} claim", self.denominator
            )
        if (
            kind is ClaimKind.PP_CHANGE
            and self.indicator.measure not in {Measure.RATE, Measure.SHARE}
            and self.subject is None
        ):
            raise ValidationError(
                "kind",
                "a pp-change only on a rate or a share, or on a claim that is a percentage "
                f"(indicator {self.indicator.id!r} is a {self.indicator.measure.value})",
                kind.value,
            )
        if kind in _UNIT_WORDS and not _claim_unit_fits(kind, self.unit):
            raise ValidationError(
                "unit", f"{_UNIT_WORDS[kind]} for a {kind.value!r} claim", self.unit
            )
        if kind is ClaimKind.CHANGE:
            _same_dimension("unit", self.unit, self.indicator)

    @property
    def worded(self) -> str:
        """The claim as the report words it, its verb then its printed number.

        >>> import vnplan
        >>> claim = vnplan.load("dien-bien-2022").claims[0]
        >>> claim.verb, claim.printed, claim.worded
        ('tăng', '10,19%', 'tăng 10,19%')
        """
        if self.verb and not self.printed.startswith(self.verb):
            return f"{self.verb} {self.printed}"
        return self.printed

    @property
    def sign(self) -> Literal[1, -1]:
        """``-1`` when the verb says less (giảm, thấp hơn), else ``1``."""
        return -1 if self.verb in _DOWN else 1

    @property
    def signed_value(self) -> Decimal:
        """The value with the verb's sign (*giảm 0,67%* gives ``Decimal("-0.67")``)."""
        return self.value if self.sign == 1 else -self.value

    @property
    def interval(self) -> Interval:
        """The values the printed (unsigned) number stands for."""
        return Interval.from_printed(self.value)

    @property
    def signed_interval(self) -> Interval:
        """The values the signed number stands for."""
        return self.interval if self.sign == 1 else -self.interval

    @property
    def ratio(self) -> Decimal | None:
        """The stated ratio of the subject to what it is compared with; ``None`` for changes.

        See the table in the class docstring: *đạt 102,49%* is ``1.0249``, *vượt 8,15%*
        is ``1.0815``, *tăng 1,99%* is ``1.0199``, *giảm 4,32%* is ``0.9568``.
        """
        if self.kind is ClaimKind.FRACTION:
            assert self.denominator is not None  # noqa: S101 (checked on construction)
            quotient = Fraction(self.value) / Fraction(self.denominator)
            return _to_decimal(quotient, decimal.ROUND_HALF_EVEN)
        interval = self._ratio_of(Interval.exact(self.value))
        return None if interval is None else interval.low  # exact: no division

    @property
    def ratio_interval(self) -> Interval | None:
        """The ratios the printed number stands for; ``None`` for changes."""
        if self.kind is ClaimKind.FRACTION:
            assert self.denominator is not None  # noqa: S101 (checked on construction)
            return self.interval / Interval.from_printed(self.denominator)
        return self._ratio_of(self.interval)

    def _ratio_of(self, value: Interval) -> Interval | None:
        kind = self.kind
        if kind in {ClaimKind.CHANGE, ClaimKind.PP_CHANGE}:
            return None
        if kind is ClaimKind.FACTOR:
            return value
        percent = value * Decimal("0.01")
        if self.verb in _UP:
            return 1 + percent
        if self.verb in _DOWN:
            return 1 - percent
        return percent

    def __repr__(self) -> str:
        """Return ``<Claim id: name 2022 growth 'tăng 1,99%' vs 2021>``."""
        stated = self.worded
        when = f" {self.period}" if self.period is not None else ""
        against = ""
        if self.reference is not None:
            against = f" vs {self.reference}"
        elif self.basis is not None:
            against = f" vs {self.basis.value}"
        elif self.against is not None:
            against = f" vs {self.against}"
        return (
            f"<Claim {self.id}: {self.indicator.name_vi}{when} {self.kind.value} "
            f"{stated!r}{against}>"
        )


def _verbs(kind: ClaimKind) -> str:
    return ", ".join(repr(verb) for verb in VERBS if verb in _VERBS_OF[kind])


# -- Relation --------------------------------------------------------------------------------


@attrs.frozen(kw_only=True, repr=False)
class Relation:
    """Parts listed under a total (*trong đó: …*), or shares that make up 100%.

    Raises:
        ValidationError: A field has the wrong type; ``parts`` is empty, repeats an id or
            holds the total; a ``sum`` or ``subset`` has no total.
    """

    #: The unique id, e.g. ``grain-output-2022-parts``.
    id: str = attrs.field(validator=_id_field)
    #: How the parts relate to the total (a sum, a subset, or a structure of shares).
    kind: RelationKind = attrs.field(validator=_of(RelationKind))
    #: The id of the total (a figure, or a claim); ``None`` for a structure.
    total: str | None = attrs.field(default=None, validator=_optional_text_field)
    #: The ids of the parts, in printed order.
    parts: tuple[str, ...] = attrs.field(validator=_tuple_of(str, _text))
    #: Where in the report the breakdown is printed.
    location: Location = attrs.field(validator=_of(Location))
    #: A short remark.
    note: str | None = attrs.field(default=None, validator=_optional_text_field)

    def __attrs_post_init__(self) -> None:
        """Check the fields together, once attrs has set them."""
        if not self.parts:
            raise ValidationError("parts", "at least one id", self.parts)
        if len(set(self.parts)) != len(self.parts):
            raise ValidationError("parts", "ids without repeats", self.parts)
        if self.total is None and self.kind is not RelationKind.STRUCTURE:
            raise ValidationError("total", f"the id of the total for a {self.kind.value!r}", None)
        if self.total is not None and self.total in self.parts:
            raise ValidationError("parts", f"ids other than the total {self.total!r}", self.parts)

    def __repr__(self) -> str:
        """Return ``<Relation id: sum of 3 parts = total-id>``."""
        total = f" = {self.total}" if self.total else ""
        return f"<Relation {self.id}: {self.kind.value} of {len(self.parts)} parts{total}>"


# -- Report ----------------------------------------------------------------------------------

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
        ValidationError: A field has the wrong type, an id repeats, or a reference does
            not resolve.
    """

    #: Who issued it, such as ``UBND tỉnh Điện Biên``.
    issuer: str = attrs.field(validator=_text_field)
    #: Its number as printed after *Số*, such as ``350/BC-UBND``.
    number: str = attrs.field(validator=_text_field)
    #: The date it is signed.
    date: dt.date = attrs.field(validator=_of(dt.date, _plain_date))
    #: The place written before the date, such as ``Điện Biên``.
    place: str = attrs.field(validator=_text_field)
    #: The province as it was when the report was issued.
    province: str = attrs.field(validator=_text_field)
    #: The year it gives account of.
    year: int = attrs.field(validator=_of(int, _year))
    #: The year it plans (Phần II).
    plan_year: int = attrs.field(validator=_of(int, _year))
    #: Its title.
    title: str = attrs.field(validator=_text_field)
    #: The language it is written in.
    language: str = attrs.field(default="vi", validator=_text_field)
    #: A short remark about the report or its data.
    note: str | None = attrs.field(default=None, validator=_optional_text_field)
    #: The indicators its figures and claims are values of.
    indicators: tuple[Indicator, ...] = attrs.field(default=(), validator=_tuple_of(Indicator))
    #: Its printed figures other than plans.
    measurements: tuple[Measurement, ...] = attrs.field(
        default=(), validator=_tuple_of(Measurement)
    )
    #: Its printed plan values.
    targets: tuple[Target, ...] = attrs.field(default=(), validator=_tuple_of(Target))
    #: The comparisons it states.
    claims: tuple[Claim, ...] = attrs.field(default=(), validator=_tuple_of(Claim))
    #: The breakdowns it prints.
    relations: tuple[Relation, ...] = attrs.field(default=(), validator=_tuple_of(Relation))

    _indicator_index: dict[str, Indicator] = attrs.field(
        init=False, eq=False, hash=False, repr=False
    )
    _item_index: dict[str, Figure | Claim | Relation] = attrs.field(
        init=False, eq=False, hash=False, repr=False
    )

    def __attrs_post_init__(self) -> None:
        """Check the fields together, once attrs has set them."""
        if self.plan_year < self.year:
            raise ValidationError("plan_year", f"a year from {self.year} on", self.plan_year)
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
        object.__setattr__(self, "_indicator_index", indicators)
        object.__setattr__(self, "_item_index", items)
        self._check_references()

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
                    and not (isinstance(subject, Claim) and subject.kind in _PERCENT_KINDS)
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
        period: Period | str | None = None,
        role: Role | str | None = None,
        sector: str | None = None,
        status: Status | str | None = None,
    ) -> tuple[Figure, ...]:
        """Return the figures (measurements, then targets) that match every filter given.

        Args:
            indicator: An indicator or its id.
            period: A period or its text (``"2022"``); matches the figure's own period
                exactly, not periods within it.
            role: A role or its value (``"target"``).
            sector: A sector of the figure's indicator.
            status: A status or its value (``"estimate"``).

        Returns:
            The matching figures, in report order, measurements first.

        Raises:
            ValidationError: A period text cannot be read, or a role or status is unknown.
        """
        wanted_id = indicator.id if isinstance(indicator, Indicator) else indicator
        wanted_period = Period.parse(period) if isinstance(period, str) else period
        wanted_role = _enum(Role, role, "role")
        wanted_status = _enum(Status, status, "status")

        def keep(figure: Figure) -> bool:
            return (
                (wanted_id is None or figure.indicator.id == wanted_id)
                and (wanted_period is None or figure.period == wanted_period)
                and (wanted_role is None or figure.role is wanted_role)
                and (sector is None or figure.indicator.sector == sector)
                and (wanted_status is None or figure.status is wanted_status)
            )

        figures: tuple[Figure, ...] = (*self.measurements, *self.targets)
        return tuple(figure for figure in figures if keep(figure))

    def claims_about(self, subject: str | Figure | Claim) -> tuple[Claim, ...]:
        """Return the claims whose subject is ``subject`` (an id, a figure or a claim)."""
        key = subject if isinstance(subject, str) else subject.id
        return tuple(claim for claim in self.claims if claim.subject == key)

    @property
    def sectors(self) -> tuple[str, ...]:
        """The sectors of the report's indicators, in order of first appearance."""
        return tuple(dict.fromkeys(indicator.sector for indicator in self.indicators))

    def indicators_in(self, sector: str) -> tuple[Indicator, ...]:
        """Return the report's indicators of ``sector``, in report order."""
        return tuple(indicator for indicator in self.indicators if indicator.sector == sector)

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

    def __repr__(self) -> str:
        """Return ``<Report 350/BC-UBND of 2022-12-02: 120 indicators, …>``."""
        return (
            f"<Report {self.number} of {self.date.isoformat()}: "
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


_E = TypeVar("_E", Role, Status)


def _enum(kind: type[_E], value: _E | str | None, field: str) -> _E | None:
    if value is None or isinstance(value, kind):
        return value
    try:
        return kind(value)
    except ValueError:
        raise ValidationError(field, _describe(kind), value) from None
