"""Printed dates: "ngày 02 tháng 12 năm 2022", "02/12/2022", "2 December 2022"."""

from __future__ import annotations

import datetime as dt
import functools
import unicodedata

from vnplan.exceptions import ParseError, ValidationError
from vnplan.text.numbers import _DIGITS, _SPACES, _check_locale, _check_text, _skip_spaces

__all__ = ["format_date", "parse_date"]


@functools.cache
def _months_en() -> tuple[str, ...]:
    """The English month names, January first, from babel's CLDR data."""
    from babel.dates import get_month_names  # noqa: PLC0415 - CLDR data loads on first use

    names = get_month_names("wide", locale="en")
    return tuple(str(names[month]) for month in range(1, 13))


@functools.cache
def _month_lookup() -> dict[str, int]:
    """English month names and their three-letter forms, case-folded, to month numbers."""
    months = _months_en()
    return {
        **{name.casefold(): index for index, name in enumerate(months, 1)},
        **{name[:3].casefold(): index for index, name in enumerate(months, 1)},
        "sept": 9,
    }


def _words(text: str, start: int) -> list[tuple[int, str]]:
    """Split text into (position, word) pairs at spaces."""
    result: list[tuple[int, str]] = []
    position = start
    while True:
        position = _skip_spaces(text, position)
        if position >= len(text):
            return result
        end = position
        while end < len(text) and not (text[end] in _SPACES or text[end].isspace()):
            end += 1
        result.append((position, text[position:end]))
        position = end


def _small_int(text: str, position: int, word: str, expected: str, width: range) -> int:
    if not word or any(c not in _DIGITS for c in word) or len(word) not in width:
        raise ParseError(text, position, expected)
    return int(word)


def _make_date(text: str, position: int, year: int, month: int, day: int) -> dt.date:
    try:
        return dt.date(year, month, day)
    except ValueError as error:
        raise ParseError(text, position, f"a date that exists ({error})") from error


def _parse_numeric_date(text: str, start: int, locale: str) -> dt.date | None:
    body = text[start:].strip()
    if len(body) == 10 and body[4] == "-" and body[7] == "-":
        parts = body[:4], body[5:7], body[8:]
        if all(p and set(p) <= _DIGITS for p in parts):
            return _make_date(text, start, int(parts[0]), int(parts[1]), int(parts[2]))
    if locale == "vi" and body[:1] in _DIGITS:
        separator = "/" if "/" in body else "-" if "-" in body else "."
        pieces = body.split(separator)
        if len(pieces) != 3:
            raise ParseError(text, start, "a date d/m/yyyy or 'ngày dd tháng mm năm yyyy'")
        day = _small_int(text, start, pieces[0], "a day of one or two digits", range(1, 3))
        offset = start + len(pieces[0]) + 1
        month = _small_int(text, offset, pieces[1], "a month of one or two digits", range(1, 3))
        offset += len(pieces[1]) + 1
        year = _small_int(text, offset, pieces[2], "a year of four digits", range(4, 5))
        return _make_date(text, start, year, month, day)
    return None


def _parse_vi_words(text: str, start: int) -> dt.date:
    words = _words(text, start)
    keys = ("ngày", "tháng", "năm")
    values: list[int] = []
    for index, key in enumerate(keys):
        if len(words) <= 2 * index or words[2 * index][1].casefold() != key:
            position = words[2 * index][0] if len(words) > 2 * index else len(text)
            raise ParseError(text, position, f"{key!r}")
        if len(words) <= 2 * index + 1:
            raise ParseError(text, len(text), f"a number after {key!r}")
        position, word = words[2 * index + 1]
        width = range(4, 5) if key == "năm" else range(1, 3)
        what = (
            "a year of four digits"
            if key == "năm"
            else f"a number of one or two digits after {key!r}"
        )
        values.append(_small_int(text, position, word, what, width))
    if len(words) > 6:
        raise ParseError(text, words[6][0], "the end of the date")
    return _make_date(text, words[1][0], values[2], values[1], values[0])


def _parse_en_words(text: str, start: int) -> dt.date:
    words = _words(text, start)
    if len(words) != 3:
        position = words[3][0] if len(words) > 3 else len(text)
        raise ParseError(text, position, "a date '2 December 2022' or 'December 2, 2022'")
    (p0, w0), (p1, w1), (p2, w2) = words
    if w0[:1] in _DIGITS:
        day = _small_int(text, p0, w0, "a day of one or two digits", range(1, 3))
        month = _month_lookup().get(w1.casefold().rstrip("."))
        month_position = p1
    else:
        month = _month_lookup().get(w0.casefold().rstrip("."))
        month_position = p0
        day = _small_int(text, p1, w1.removesuffix(","), "a day of one or two digits", range(1, 3))
    if month is None:
        raise ParseError(text, month_position, "an English month name")
    year = _small_int(text, p2, w2, "a year of four digits", range(4, 5))
    return _make_date(text, p0, year, month, day)


def parse_date(text: str, locale: str = "vi") -> dt.date:
    """Read a printed date.

    Reads, in Vietnamese, "ngày 02 tháng 12 năm 2022" (with or without the place before
    it: "Điện Biên, ngày 02 tháng 12 năm 2022"), "02/12/2022" (day first) and
    "2022-12-02"; in English, "2 December 2022", "December 2, 2022" and "2022-12-02".

    Args:
        text: The date as printed.
        locale: ``"vi"`` or ``"en"``.

    Returns:
        The date.

    Raises:
        ParseError: If the text is not a date, or names a day that does not exist.

    Examples:
        >>> from vnplan import parse_date
        >>> parse_date("Điện Biên, ngày 02 tháng 12 năm 2022")
        datetime.date(2022, 12, 2)
        >>> parse_date("02/12/2022"), parse_date("2 December 2022", locale="en")
        (datetime.date(2022, 12, 2), datetime.date(2022, 12, 2))
    """
    locale = _check_locale(locale)
    text = _check_text(text, "a date")
    start = _skip_spaces(text, 0)
    numeric = _parse_numeric_date(text, start, locale)
    if numeric is not None:
        return numeric
    if locale == "en":
        words = _words(text, start)
        if len(words) == 3 or "," not in text:
            return _parse_en_words(text, start)
        return _parse_en_words(text, _after_place(text, start))
    return _parse_vi_words(text, _after_place(text, start))


def _after_place(text: str, start: int) -> int:
    """Skip a place name and its comma ("Điện Biên, …"); a place has no digit nor comma.

    The first comma ends the place, so that nothing can hide before the date: in
    "ngày 01 tháng 01 năm 1999, ngày 02 tháng 12 năm 2022" the text before the comma is
    a date, not a place, and what follows it is refused.
    """
    comma = text.find(",", start)
    if comma < 0:
        return start
    if comma == start or not text[start:comma].strip():
        raise ParseError(text, start, "a place name before ','")
    digit = next((i for i in range(start, comma) if text[i] in _DIGITS), None)
    if digit is not None:
        raise ParseError(
            text, comma, "the end of the date (one date; a place before ',' has no digits)"
        )
    return comma + 1


def format_date(date: dt.date, locale: str = "vi", *, place: str | None = None) -> str:
    """Write a date in the administrative style (Nghị định 30/2020/NĐ-CP, Phụ lục I).

    In Vietnamese, days 1–9 and months 1–2 take a leading zero, other months do not.

    Args:
        date: The date.
        locale: ``"vi"`` ("ngày 02 tháng 12 năm 2022") or ``"en"`` ("2 December 2022").
        place: The place written before the date ("Điện Biên, ngày …").

    Returns:
        The printed date.

    Raises:
        ValidationError: If ``place`` is empty or has a comma or a digit.

    Examples:
        >>> from datetime import date
        >>> from vnplan import format_date
        >>> format_date(date(2022, 12, 2)), format_date(date(2022, 3, 15))
        ('ngày 02 tháng 12 năm 2022', 'ngày 15 tháng 3 năm 2022')
        >>> format_date(date(2023, 2, 5)), format_date(date(2022, 12, 2), "en")
        ('ngày 05 tháng 02 năm 2023', '2 December 2022')
        >>> format_date(date(2022, 12, 2), place="Điện Biên")
        'Điện Biên, ngày 02 tháng 12 năm 2022'
    """
    locale = _check_locale(locale)
    _check_date(date)
    if locale == "en":
        text = f"{date.day} {_months_en()[date.month - 1]} {date.year:04d}"
    else:
        month = f"{date.month:02d}" if date.month <= 2 else str(date.month)
        text = f"ngày {date.day:02d} tháng {month} năm {date.year:04d}"
    if place is None:
        return text
    return f"{_check_place(place)}, {text}"


def _check_date(date: object) -> None:
    if not isinstance(date, dt.date):
        msg = f"'date' must be a datetime.date (got {date!r})"
        raise TypeError(msg)


def _check_place(place: object) -> str:
    if (
        not isinstance(place, str)
        or not place.strip()
        or any(c == "," or c in _DIGITS or unicodedata.category(c)[0] == "C" for c in place)
    ):
        raise ValidationError("place", "a place name without commas or digits", place)
    return " ".join(place.split())
