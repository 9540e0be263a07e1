"""When and where: the period a figure covers, and the place in the report it is printed.

>>> Period.parse("2022-01/2022-10").previous()
Period('2021-01/2021-10')
>>> Location(section="I > I.1", footnote=8).describe("en")
'section I > I.1, footnote 8'
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from typing import Final, Literal

import attrs

from vnplan.exceptions import ValidationError
from vnplan.model import validators as v

__all__ = ["Location", "Period"]

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
    start_year: int = attrs.field(validator=v.year)
    #: The first month (1–12), or ``None`` when the period is whole years.
    start_month: int | None = attrs.field(default=None, validator=v.optional(v.month))
    #: The last year of the period; defaults to ``start_year``.
    end_year: int = attrs.field(
        default=attrs.Factory(lambda self: self.start_year, takes_self=True),
        validator=v.year,
    )
    #: The last month, or ``None`` when the period is whole years; defaults to ``start_month``.
    end_month: int | None = attrs.field(
        default=attrs.Factory(lambda self: self.start_month, takes_self=True),
        validator=v.optional(v.month),
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
    section: str = attrs.field(validator=v.text)
    #: The 1-based paragraph under the innermost heading; ``None`` for a footnote.
    paragraph: int | None = attrs.field(default=None, validator=v.optional(v.positive))
    #: The footnote number, for a figure printed in a footnote; ``None`` otherwise.
    footnote: int | None = attrs.field(default=None, validator=v.optional(v.positive))

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
