"""Print generated reports: a :class:`Builder` of figures, claims and relations.

This module and :mod:`~vnplan.strategies.links` and :mod:`~vnplan.strategies.injection`
are the deterministic half of :mod:`vnplan.strategies`: they draw nothing. The strategies
draw the parameters (topics, true values, which features to print); a :class:`Builder`
turns them into printed figures, claims and relations, rounding every printed number half
up from exact true values, and records every arithmetic relationship it printed as a
:class:`~vnplan.strategies.links.Link`.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING

import attrs

from vnplan._enums import Basis, Bound, ClaimKind, Direction, Measure, RelationKind, Role, Status
from vnplan.model import (
    Claim,
    Indicator,
    Location,
    Measurement,
    Period,
    Relation,
    Report,
    Target,
)
from vnplan.strategies.links import Link, LinkKind
from vnplan.text import Printed, format_printed

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Sequence

__all__ = ["Builder", "print_quantity", "round_half_up"]


def round_half_up(value: Fraction, places: int) -> Decimal:
    """Round an exact value half up (away from zero at a tie) to ``places`` decimals.

    The result keeps exactly ``places`` decimals, trailing zeros included, as a report
    prints them: ``round_half_up(Fraction(78), 1)`` is ``Decimal("78.0")``.

    Args:
        value: The exact value.
        places: How many decimals to keep (0 or more).

    Returns:
        The rounded value, with exponent ``-places``.
    """
    scaled = abs(value) * 10**places
    whole = int(scaled + Fraction(1, 2))  # floor(|x| + 1/2): half up, away from zero
    signed = -whole if value < 0 else whole
    return Decimal(signed).scaleb(-places)


def print_quantity(
    value: Decimal,
    unit: str,
    *,
    bound: Bound = Bound.EXACT,
    spaced: bool | None = None,
) -> str:
    """Write a value with its unit as a report prints it, through vnplan's formatter.

    Args:
        value: The printed number, its decimals kept.
        unit: The unit as printed; ``""`` for none.
        bound: A qualifier to print before the number (trên, dưới, khoảng).
        spaced: Whether a space stands before the unit; by default none before ``%``.

    Returns:
        The printed text: ``"13.963,91 tỷ đồng"``, ``"trên 10,0%"``.
    """
    gap = unit != "%" if spaced is None else spaced
    return format_printed(
        Printed(text="", value=value, unit=unit, bound=bound, spaced=gap and bool(unit))
    )


# -- building ------------------------------------------------------------------------------


@attrs.define
class Builder:
    """Collects the parts of a generated report, with unique ids and locations.

    Figures are added with their printed value; :meth:`report` builds the
    :class:`~vnplan.Report`. Every arithmetic relationship printed is recorded in
    :attr:`links`.
    """

    #: The year the report gives account of.
    year: int
    indicators: list[Indicator] = attrs.Factory(list)
    measurements: list[Measurement] = attrs.Factory(list)
    targets: list[Target] = attrs.Factory(list)
    claims: list[Claim] = attrs.Factory(list)
    relations: list[Relation] = attrs.Factory(list)
    links: list[Link] = attrs.Factory(list)
    _ids: set[str] = attrs.Factory(set)
    _indicator_ids: set[str] = attrs.Factory(set)
    _section: str = "I"
    _paragraph: int = 0
    _blocks: int = 0
    _summary: int = 0

    # -- ids and places ----------------------------------------------------------------

    def fresh_id(self, base: str) -> str:
        """Return ``base``, or ``base-2``, ``base-3`` … when it is taken; reserve it."""
        key, number = base, 1
        while key in self._ids:
            number += 1
            key = f"{base}-{number}"
        self._ids.add(key)
        return key

    def new_block(self, part: str = "I") -> None:
        """Start the text of a new topic: a new numbered heading under ``part``."""
        self._blocks += 1
        self._section = f"{part} > {part}.1 > {self._blocks}" if part == "I" else part
        self._paragraph = 0

    def here(self, *, new_paragraph: bool = False, footnote: int | None = None) -> Location:
        """Return where the next item is printed: this paragraph, or a new one."""
        if footnote is not None:
            return Location(section=self._section, footnote=footnote)
        if new_paragraph or self._paragraph == 0:
            self._paragraph += 1
        return Location(section=self._section, paragraph=self._paragraph)

    def elsewhere(self) -> Location:
        """Return a place in the summary of highlights (Phần III), for repeated figures."""
        self._summary += 1
        return Location(section="III", paragraph=self._summary)

    # -- items -----------------------------------------------------------------------

    def indicator(
        self,
        key: str,
        name_vi: str,
        name_en: str,
        *,
        unit: str,
        measure: Measure,
        direction: Direction,
        sector: str,
    ) -> Indicator:
        """Add an indicator; its id is ``key``, made unique among indicators."""
        ident, number = key, 1
        while ident in self._indicator_ids:
            number += 1
            ident = f"{key}-{number}"
        self._indicator_ids.add(ident)
        suffix = f" ({number})" if number > 1 else ""
        indicator = Indicator(
            id=ident,
            name_vi=name_vi + suffix,
            name_en=name_en + suffix,
            unit=unit,
            measure=measure,
            direction=direction,
            sector=sector,
        )
        self.indicators.append(indicator)
        return indicator

    def measurement(
        self,
        indicator: Indicator,
        value: Decimal,
        *,
        unit: str | None = None,
        period: Period,
        role: Role = Role.ACTUAL,
        status: Status = Status.REPORTED,
        location: Location | None = None,
        key: str | None = None,
    ) -> Measurement:
        """Add a printed figure of ``indicator``, printed from ``value`` and its unit."""
        unit = unit or indicator.unit
        figure = Measurement(
            id=self.fresh_id(key or f"{indicator.id}-{period}"),
            indicator=indicator,
            period=period,
            value=value,
            unit=unit,
            printed=print_quantity(value, unit),
            role=role,
            status=status,
            location=location or self.here(),
        )
        self.measurements.append(figure)
        return figure

    def target(
        self,
        indicator: Indicator,
        value: Decimal,
        *,
        period: Period,
        basis: Basis = Basis.PLAN,
        bound: Bound = Bound.EXACT,
        location: Location | None = None,
    ) -> Target:
        """Add a printed plan value of ``indicator``."""
        figure = Target(
            id=self.fresh_id(f"{indicator.id}-{period}-plan"),
            indicator=indicator,
            period=period,
            value=value,
            unit=indicator.unit,
            printed=print_quantity(value, indicator.unit, bound=bound),
            basis=basis,
            bound=bound,
            location=location or self.here(),
        )
        self.targets.append(figure)
        return figure

    def claim(
        self,
        kind: ClaimKind,
        subject: Measurement | Target | Claim,
        value: Decimal,
        *,
        unit: str = "%",
        verb: str | None = None,
        reference: Period | None = None,
        basis: Basis | None = None,
        against: str | None = None,
        denominator: Decimal | None = None,
        location: Location | None = None,
        spaced: bool | None = None,
    ) -> Claim:
        """Add a claim about ``subject``, printed from its (unsigned) ``value``."""
        if denominator is None:
            printed = print_quantity(value, unit, spaced=spaced)
        else:
            printed = format_printed(
                Printed(
                    text="",
                    value=value,
                    unit=unit,
                    denominator=denominator,
                    denominator_unit=unit,
                    shared_unit=True,
                )
            )
        claim = Claim(
            id=self.fresh_id(f"{subject.id}-{kind.value}"),
            kind=kind,
            subject=subject.id,
            indicator=subject.indicator,
            period=subject.period,
            verb=verb,
            value=value,
            unit=unit,
            printed=printed,
            reference=reference,
            basis=basis,
            against=against,
            denominator=denominator,
            location=location or self.here(),
        )
        self.claims.append(claim)
        return claim

    def relation(
        self,
        kind: RelationKind,
        parts: Sequence[Measurement | Target | Claim],
        total: Measurement | Target | None = None,
    ) -> Relation:
        """Add a breakdown, and the link that checks it."""
        base = total.id if total is not None else parts[0].indicator.id
        relation = Relation(
            id=self.fresh_id(f"{base}-{'structure' if total is None else 'parts'}"),
            kind=kind,
            total=None if total is None else total.id,
            parts=tuple(part.id for part in parts),
            location=self.here(),
        )
        self.relations.append(relation)
        ids = tuple(part.id for part in parts)
        if kind is RelationKind.STRUCTURE:
            self.link(LinkKind.STRUCTURE, *ids)
        else:
            assert total is not None  # noqa: S101 (sums and subsets have totals)
            link = LinkKind.SUM if kind is RelationKind.SUM else LinkKind.SUBSET
            self.link(link, total.id, *ids)
        return relation

    def link(self, kind: LinkKind, *ids: str) -> None:
        """Record that the items ``ids`` are related as ``kind`` says."""
        self.links.append(Link(kind, tuple(ids)))

    def report(
        self,
        *,
        issuer: str,
        number: str,
        date: dt.date,
        place: str,
        province: str,
        title: str,
    ) -> Report:
        """Build the report of everything added."""
        return Report(
            issuer=issuer,
            number=number,
            date=date,
            place=place,
            province=province,
            year=self.year,
            plan_year=self.year + 1,
            title=title,
            indicators=tuple(self.indicators),
            measurements=tuple(self.measurements),
            targets=tuple(self.targets),
            claims=tuple(self.claims),
            relations=tuple(self.relations),
        )
