"""What a draft holds: indicators, figures, claims and relations, each with its review notes.

The records mirror the tables of the data format (see :doc:`/data-format`), with their
values as the format writes them (``role = "actual"``, ``period = "2022"``), and one more
field, ``review``: what was guessed, and why it should be checked.
"""

from __future__ import annotations

import datetime as dt

import attrs

__all__ = ["DraftClaim", "DraftFigure", "DraftIndicator", "DraftRelation", "Where"]


@attrs.frozen(kw_only=True)
class Where:
    """Where a record is printed, as the data format writes it."""

    #: The heading path, "I > I.1 > 1 > 1.1".
    section: str
    #: The paragraph under the innermost heading, or ``None`` in a footnote.
    paragraph: int | None = None
    #: The footnote number, or ``None``.
    footnote: int | None = None


@attrs.frozen(kw_only=True)
class DraftIndicator:
    """An indicator the draft uses: one of the vocabulary's, or a new one."""

    #: Its id.
    id: str
    #: Names in Vietnamese and English.
    name_vi: str
    name_en: str
    #: Its unit, as printed.
    unit: str
    #: ``level``, ``count``, ``rate``, ``share``, ``index`` or ``average``.
    measure: str
    #: ``higher``, ``lower`` or ``neutral``.
    direction: str
    #: One of the data format's sectors.
    sector: str
    #: Whether the draft made it from a phrase of the text (no vocabulary entry matched).
    new: bool = False
    #: What was guessed, and why.
    review: tuple[str, ...] = ()


@attrs.frozen(kw_only=True)
class DraftFigure:
    """A printed figure."""

    #: Its id, unique in the draft.
    id: str
    #: The id of its indicator.
    indicator: str
    #: The text exactly as printed.
    printed: str
    #: The unit, when the printed text has none ("4.338.837" of "4.338.837/… triệu đồng").
    unit: str | None = None
    #: The period ("2022"), or ``None`` when :attr:`as_of` says when.
    period: str | None = None
    #: The date of a stock or cumulative figure.
    as_of: dt.date | None = None
    #: ``actual``, ``target``, ``stock``, ``cumulative`` or ``part``.
    role: str
    #: ``estimate``, ``provisional``, ``reported`` or ``planned``.
    status: str
    #: For a target: who set it.
    basis: str | None = None
    #: ``exact``, ``at-least``, ``at-most`` or ``about``, as the printed qualifier says.
    bound: str = "exact"
    #: Where it is printed.
    where: Where
    #: The words before it that the indicator was matched on.
    phrase: str = ""
    #: What was guessed, and why.
    review: tuple[str, ...] = ()


@attrs.frozen(kw_only=True)
class DraftClaim:
    """A stated comparison: growth, attainment, change in points, factor, share, fraction."""

    #: Its id, unique in the draft.
    id: str
    #: ``growth``, ``pp-change``, ``change``, ``factor``, ``attainment``, ``share``,
    #: ``fraction``.
    kind: str
    #: The id of the figure it is about, when that figure is printed.
    subject: str | None = None
    #: Otherwise, the indicator and period it is about.
    indicator: str | None = None
    period: str | None = None
    #: The word before the number (tăng, giảm, đạt, vượt, chiếm, gấp…).
    verb: str | None = None
    #: The number as printed, with its unit.
    printed: str
    #: The period compared against ("2021").
    reference: str | None = None
    #: For an attainment: who set the target.
    basis: str | None = None
    #: The id of the figure compared with, when it is printed (a fraction's denominator).
    against: str | None = None
    #: Where it is printed.
    where: Where
    #: What was guessed, and why.
    review: tuple[str, ...] = ()


@attrs.frozen(kw_only=True)
class DraftRelation:
    """Parts printed under a total ("trong đó"), or shares that make up 100%."""

    #: Its id, unique in the draft.
    id: str
    #: ``sum``, ``subset`` or ``structure``.
    kind: str
    #: The id of the total, or ``None`` for a structure.
    total: str | None = None
    #: The ids of the parts.
    parts: tuple[str, ...]
    #: Where it is printed.
    where: Where
    #: What was guessed, and why.
    review: tuple[str, ...] = ()
