"""Put one known mistake into a consistent report: :func:`inject` and its kinds.

Every change is checked against the report's :class:`~vnplan.strategies.links.Link`
relationships, and made only where no reading within :data:`DETECTION_SLACK` half units
of the last printed digit reconciles the figures.
"""

from __future__ import annotations

import enum
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, Final, Protocol, TypeVar

import attrs
from attrs import validators as v

from vnplan import units
from vnplan._enums import ClaimKind, RelationKind, Role
from vnplan.model import Claim, Location, Measurement, Relation, Report, Target
from vnplan.strategies.building import round_half_up
from vnplan.strategies.links import DOWN, Link, LinkKind, Lookup
from vnplan.text import format_printed, parse_printed

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Sequence

__all__ = ["DETECTION_SLACK", "Choices", "ErrorKind", "Injected", "breaks", "inject"]

Item = Measurement | Target | Claim

_T = TypeVar("_T")
_G = TypeVar("_G", Measurement, Target, Claim)
_I = TypeVar("_I", bound="Measurement | Target | Claim")

#: How many half units of the last printed digit an injected mistake must clear on each
#: side of every figure it involves: 1 is the printing precision, 3 also covers a value
#: cut off rather than rounded and a last digit one unit off (the audit's milder
#: ``rounding`` findings), so that every injected mistake is material.
DETECTION_SLACK: Final = 3


def reprint(printed: str, *, value: Decimal | None = None, unit: str | None = None) -> str:
    """Write ``printed`` again with another value or unit, keeping its style.

    The qualifier, the space before the unit and a fraction's denominator are kept.

    Args:
        printed: The text as printed.
        value: The new number (for a fraction, the numerator), or ``None`` to keep it.
        unit: The new unit, or ``None`` to keep it.

    Returns:
        The new printed text.
    """
    old = parse_printed(printed)
    new = attrs.evolve(
        old,
        value=old.value if value is None else value,
        unit=old.unit if unit is None else unit,
        denominator_unit=old.denominator_unit if unit is None else unit,
        int_digits=1,
    )
    return format_printed(new)


# -- injected mistakes -----------------------------------------------------------------------


class ErrorKind(enum.StrEnum):
    """The kinds of mistake :func:`vnplan.strategies.reports_with_injected_error` injects."""

    #: One digit of a printed figure or claim is another digit (13.963 → 18.963).
    CHANGED_DIGIT = "changed-digit"
    #: A figure's scale word is swapped (tỷ for triệu or the reverse, nghìn for triệu).
    SWAPPED_SCALE = "swapped-scale"
    #: A stated share, or a share of a structure, is not the part's share.
    WRONG_SHARE = "wrong-share"
    #: A growth rate is computed against another base than the reference it names.
    WRONG_BASE = "wrong-base"
    #: A part of a breakdown that adds up to its total is left out.
    DROPPED_PART = "dropped-part"
    #: A part of a breakdown is listed twice.
    DUPLICATED_PART = "duplicated-part"
    #: A second figure for the same indicator and period disagrees with the first.
    CONTRADICTING_FIGURE = "contradicting-figure"
    #: A stated change has the opposite verb (tăng for giảm, or the reverse).
    FLIPPED_VERB = "flipped-verb"
    #: A change of a rate in percentage points is printed as its relative change.
    PERCENT_FOR_POINTS = "percent-for-points"
    #: Two neighbouring digits of a printed figure or claim change places (13.963 → 13.693).
    TRANSPOSED_DIGITS = "transposed-digits"
    #: An attainment is printed with the other verb, *vượt 102,49%* for *đạt 102,49%*
    #: (which is *vượt 2,49%*), or the reverse.
    ATTAINMENT_VERB = "attainment-verb"


@attrs.frozen(kw_only=True)
class Injected:
    """The one mistake put into a generated report.

    Examples:
        >>> Injected(kind=ErrorKind.CHANGED_DIGIT, figure_id="grdp-2022",
        ...          before="13.963,91 tỷ đồng", after="18.963,91 tỷ đồng")
        Injected(changed-digit at 'grdp-2022': '13.963,91 tỷ đồng' → '18.963,91 tỷ đồng')
    """

    #: What kind of mistake it is.
    kind: ErrorKind = attrs.field(validator=v.instance_of(ErrorKind))
    #: The id of the figure or claim that was changed or added; for a dropped part, the
    #: total it no longer adds up to.
    figure_id: str = attrs.field(validator=v.instance_of(str))
    #: The printed text before the mistake, a claim's verb included (``""`` for an
    #: added figure).
    before: str = attrs.field(default="", validator=v.instance_of(str))
    #: The printed text after it (``""`` for a dropped part).
    after: str = attrs.field(default="", validator=v.instance_of(str))

    def __repr__(self) -> str:
        """Return ``Injected(kind at 'id': 'before' → 'after')``."""
        change = f"{self.before!r} → {self.after!r}"
        return f"Injected({self.kind.value} at {self.figure_id!r}: {change})"


def replace_items(report: Report, *new: Item) -> Report:
    """Return ``report`` with the items of the same ids replaced by ``new``."""
    by_id = {item.id: item for item in new}

    def swap(group: Iterable[_G], kind: type[_G]) -> tuple[_G, ...]:
        found: list[_G] = []
        for item in group:
            replacement = by_id.get(item.id, item)
            assert isinstance(replacement, kind)  # noqa: S101 (an item keeps its class)
            found.append(replacement)
        return tuple(found)

    return attrs.evolve(
        report,
        measurements=swap(report.measurements, Measurement),
        targets=swap(report.targets, Target),
        claims=swap(report.claims, Claim),
    )


def links_about(links: Iterable[Link], key: str) -> list[Link]:
    """Return the links that involve the figure or claim ``key``."""
    return [link for link in links if key in link.ids]


def breaks(report: Report | Lookup, links: Iterable[Link]) -> bool:
    """Say whether some link is broken beyond :data:`DETECTION_SLACK`."""
    return any(link.broken(report, DETECTION_SLACK) for link in links)


class Choices(Protocol):
    """Where an injection gets its choices from: hypothesis draws, in the strategies."""

    def pick(self, options: Sequence[_T]) -> _T:
        """Return one of ``options`` (shrinking towards the first)."""
        ...

    def integer(self, low: int, high: int) -> int:
        """Return a whole number from ``low`` to ``high`` (shrinking towards ``low``)."""
        ...


Injection = tuple[Report, Injected, list[Link]]


def _unique(keys: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(keys))


def _with(
    item: _I, *, value: Decimal | None = None, unit: str | None = None, **changes: object
) -> _I:
    """Return ``item`` with another value or unit, its printed text written again."""
    fields = attrs.asdict(item, recurse=False)
    fields.update(
        value=item.value if value is None else value,
        unit=item.unit if unit is None else unit,
        printed=reprint(item.printed, value=value, unit=unit),
        **changes,
    )
    new: _I = type(item)(**fields)
    return new


def _fresh(report: Report, base: str) -> str:
    key, number = base, 1
    while key in report:
        number += 1
        key = f"{base}-{number}"
    return key


def _evolved(
    report: Report, links: list[Link], old: Item, new: Item, kind: ErrorKind
) -> Injection | None:
    """The injection that replaces ``old`` by ``new``, if some link then breaks."""
    if not breaks(_Overlay(report, new), links_about(links, old.id)):
        return None
    injected = Injected(kind=kind, figure_id=old.id, before=_said(old), after=_said(new))
    return replace_items(report, new), injected, links


def _said(item: Item) -> str:
    """What the report prints: the text, after its verb for a claim (``tăng 1,99%``)."""
    return item.worded if isinstance(item, Claim) else item.printed


class _Overlay:
    """A report's items with some replaced, looked up by id without building a report."""

    def __init__(self, report: Report, *new: object) -> None:
        self._report = report
        self._new = {getattr(item, "id", ""): item for item in new}

    def __getitem__(self, key: str) -> object:
        return self._new[key] if key in self._new else self._report[key]


def _first(*attempts: Callable[[], Injection | None]) -> Injection:
    """The first attempt that gives a material mistake; the last one always must."""
    found = _first_or_none(*attempts)
    if found is None:  # pragma: no cover (the last attempt is a candidate's own test)
        raise AssertionError("no material mistake could be injected")
    return found


def _digit_changed(value: Decimal, position: int, digit: int) -> Decimal:
    sign, digits, exponent = value.as_tuple()
    assert isinstance(exponent, int)  # noqa: S101 (finite)
    new = list(digits)
    new[position] = digit
    return Decimal((sign, tuple(new), exponent))


def _strongest_digit(value: Decimal) -> Decimal:
    """The value with its leading digit moved furthest: up to 9, or down to 1."""
    leading = value.as_tuple().digits[0]
    return _digit_changed(value, 0, 9 if leading <= 4 else 1)


def _numbers_of(report: Report, links: list[Link]) -> list[Item]:
    """Every figure and claim some link involves, in the order the links name them."""
    return [_typed(report, key) for key in _unique(key for link in links for key in link.ids)]


def _chosen(choose: Choices, candidates: Sequence[_T], kind: ErrorKind) -> _T:
    """Pick a candidate; a report with none is a report the strategies never build."""
    if not candidates:
        raise ValueError(f"the report has nothing a {kind.value!r} mistake can be made in")
    return choose.pick(candidates)


def _changed_digit(report: Report, links: list[Link], choose: Choices) -> Injection:
    def strongest(item: Item) -> Injection | None:
        if not item.value:
            return None
        new = _with(item, value=_strongest_digit(item.value))
        return _evolved(report, links, item, new, ErrorKind.CHANGED_DIGIT)

    candidates = [item for item in _numbers_of(report, links) if strongest(item) is not None]
    item = _chosen(choose, candidates, ErrorKind.CHANGED_DIGIT)
    digits = item.value.as_tuple().digits
    position = choose.integer(0, len(digits) - 1)
    offset = choose.integer(1, 9)

    def at(place: int) -> Callable[[], Injection | None]:
        def attempt() -> Injection | None:
            digit = (digits[place] + offset) % 10
            if place == 0 and digit == 0:
                digit = 1 if digits[0] != 1 else 2
            new = _with(item, value=_digit_changed(item.value, place, digit))
            return _evolved(report, links, item, new, ErrorKind.CHANGED_DIGIT)

        return attempt

    return _first(*(at(place) for place in range(position, -1, -1)), lambda: strongest(item))


def _swapped(unit: str) -> str | None:
    """The unit with its scale word swapped: tỷ ↔ triệu (đồng), triệu ↔ nghìn, nghìn → triệu."""
    power, base = units.split_scale(unit)
    word = {9: "triệu", 3: "triệu"}.get(power)
    if power == 6:
        word = "tỷ" if base == "đồng" else "nghìn"
    if word is None or not base:
        return None
    return f"{word} {base}"


def _swapped_scale(report: Report, links: list[Link], choose: Choices) -> Injection:
    def swap(item: Item) -> Injection | None:
        unit = _swapped(item.unit) if not isinstance(item, Claim) else None
        if unit is None:
            return None
        new = _with(item, unit=unit)
        return _evolved(report, links, item, new, ErrorKind.SWAPPED_SCALE)

    candidates = [item for item in _numbers_of(report, links) if swap(item) is not None]
    item = _chosen(choose, candidates, ErrorKind.SWAPPED_SCALE)
    return _first(lambda: swap(item))


def _moved(value: Decimal, points: Decimal) -> Decimal:
    """``value`` moved by ``points`` away from 0 or 100, keeping its decimals, above zero."""
    moved = value + points if value < 50 else value - points
    return moved.quantize(value)


def _wrong_share(report: Report, links: list[Link], choose: Choices) -> Injection:
    shares = [link for link in links if link.kind in {LinkKind.SHARE, LinkKind.STRUCTURE}]

    def set_to(item: Item, value: Decimal) -> Injection | None:
        if value == item.value or value <= 0:
            return None
        new = _with(item, value=value.quantize(item.value))
        return _evolved(report, links, item, new, ErrorKind.WRONG_SHARE)

    def siblings(item: Item) -> list[Item]:
        found: list[Item] = []
        for link in shares:
            if link.kind is LinkKind.STRUCTURE and item.id in link.ids:
                found.extend(_typed(report, key) for key in link.ids if key != item.id)
            if link.kind is LinkKind.SHARE and link.ids[0] == item.id:
                whole = link.ids[2]
                found.extend(
                    _typed(report, other.ids[0])
                    for other in shares
                    if other.kind is LinkKind.SHARE and other.ids[2] == whole and other != link
                )
        return found

    keys = _unique(
        key
        for link in shares
        for key in (link.ids[:1] if link.kind is LinkKind.SHARE else link.ids)
    )
    candidates = [
        _typed(report, key)
        for key in keys
        if set_to(_typed(report, key), _moved(_typed(report, key).value, Decimal(10)))
    ]
    item = _chosen(choose, candidates, ErrorKind.WRONG_SHARE)
    others = siblings(item)
    use_sibling = bool(others) and choose.pick((True, False))
    other = choose.pick(others) if use_sibling else None
    points = Decimal(choose.integer(1, 20))
    return _first(
        lambda: set_to(item, other.value) if other is not None else None,
        lambda: set_to(item, _moved(item.value, points)),
        lambda: set_to(item, _moved(item.value, Decimal(10))),
    )


def _typed(report: Report, key: str) -> Item:
    item = report[key]
    assert isinstance(item, Measurement | Target | Claim)  # noqa: S101 (links hold figures)
    return item


def _restated_growth(claim: Claim, ratio: Fraction) -> Claim | None:
    exponent = claim.value.as_tuple().exponent
    assert isinstance(exponent, int)  # noqa: S101 (finite)
    change = (ratio - 1) * 100
    value = round_half_up(abs(change), -exponent)
    if not value:
        return None
    return _with(claim, value=value, verb="tăng" if change > 0 else "giảm")


def _exact(item: Item, unit: str | None = None) -> Fraction:
    value = Fraction(item.value)
    if unit is not None and unit != item.unit:
        value *= Fraction(units.conversion_factor(item.unit, unit))
    return value


def _stated_ratio(claim: Claim) -> Fraction:
    """The ratio a growth claim states, exactly as printed: *giảm 4,32%* is 0,9568."""
    percent = Fraction(claim.value) / 100
    return 1 - percent if claim.verb in DOWN else 1 + percent


def _growth_claims(report: Report, links: list[Link]) -> list[Claim]:
    """The growth claims some link checks: against a printed value, or an implied one."""
    keys = _unique(key for link in links if link.kind in _RATIO_LINKS for key in link.ids)
    found = [report[key] for key in keys]
    return [item for item in found if isinstance(item, Claim) and item.kind is ClaimKind.GROWTH]


_RATIO_LINKS: Final = frozenset({LinkKind.GROWTH, LinkKind.IMPLIED_TOTAL, LinkKind.IMPLIED_PAIR})


def _wrong_base(report: Report, links: list[Link], choose: Choices) -> Injection:
    def restated(claim: Claim, ratio: Fraction) -> Injection | None:
        new = _restated_growth(claim, ratio) if ratio > 0 else None
        if new is None:
            return None
        return _evolved(report, links, claim, new, ErrorKind.WRONG_BASE)

    def earlier(claim: Claim, shift: Fraction) -> Injection | None:
        """The growth against last year's value moved by ``shift``: another year's, say."""
        return restated(claim, _stated_ratio(claim) / (1 + shift))

    def plan(claim: Claim) -> Injection | None:
        """The growth against this year's plan instead of last year's outturn."""
        subject = report.get(claim.subject) if claim.subject else None
        if not isinstance(subject, Measurement):
            return None
        plans = [
            t
            for t in report.targets
            if t.indicator == subject.indicator and t.period == subject.period
        ]
        if not plans:
            return None
        return restated(claim, _exact(subject, plans[0].unit) / _exact(plans[0]))

    candidates = [c for c in _growth_claims(report, links) if earlier(c, Fraction(1, 2))]
    claim = _chosen(choose, candidates, ErrorKind.WRONG_BASE)
    sign = choose.pick((1, -1))
    shift = Fraction(sign * choose.integer(3, 30), 100)
    use_plan = choose.pick((False, True))
    return _first(
        lambda: plan(claim) if use_plan else None,
        *((lambda double=double: earlier(claim, shift * 2**double)) for double in range(4)),
        lambda: earlier(claim, Fraction(1, 2)),
    )


def _sums(report: Report, links: list[Link]) -> list[Link]:
    totals = {r.total for r in report.relations if r.kind is RelationKind.SUM}
    return [link for link in links if link.kind is LinkKind.SUM and link.ids[0] in totals]


def _largest(report: Report, link: Link) -> str:
    total = _typed(report, link.ids[0])
    return max(link.ids[1:], key=lambda key: _exact(_typed(report, key), total.unit))


def _relation_of(report: Report, total: str) -> Relation:
    return next(r for r in report.relations if r.total == total and r.kind is RelationKind.SUM)


def _dropped_part(report: Report, links: list[Link], choose: Choices) -> Injection:
    def drop(link: Link, part: str) -> Injection | None:
        relation = _relation_of(report, link.ids[0])
        kept = tuple(key for key in relation.parts if key != part)
        new_link = Link(LinkKind.SUM, (link.ids[0], *kept))
        if not new_link.broken(report, DETECTION_SLACK):
            return None
        changed = attrs.evolve(
            report,
            relations=tuple(
                attrs.evolve(r, parts=kept) if r is relation else r for r in report.relations
            ),
        )
        injected = Injected(
            kind=ErrorKind.DROPPED_PART,
            figure_id=link.ids[0],
            before=_typed(report, part).printed,
        )
        return changed, injected, [new_link if other is link else other for other in links]

    candidates = [link for link in _sums(report, links) if drop(link, _largest(report, link))]
    link = _chosen(choose, candidates, ErrorKind.DROPPED_PART)
    part = choose.pick(link.ids[1:])
    return _first(lambda: drop(link, part), lambda: drop(link, _largest(report, link)))


def _duplicated_part(report: Report, links: list[Link], choose: Choices) -> Injection:
    def duplicate(link: Link, part: str) -> Injection | None:
        relation = _relation_of(report, link.ids[0])
        original = report[part]
        assert isinstance(original, Measurement)  # noqa: S101 (generated parts are measurements)
        copy = attrs.evolve(original, id=_fresh(report, f"{part}-again"))
        index = relation.parts.index(part) + 1
        parts = (*relation.parts[:index], copy.id, *relation.parts[index:])
        new_link = Link(LinkKind.SUM, (link.ids[0], *parts))
        if not new_link.broken(_Overlay(report, copy), DETECTION_SLACK):
            return None
        measurements = list(report.measurements)
        measurements.insert(measurements.index(original) + 1, copy)
        changed = attrs.evolve(
            report,
            measurements=tuple(measurements),
            relations=tuple(
                attrs.evolve(r, parts=parts) if r is relation else r for r in report.relations
            ),
        )
        injected = Injected(kind=ErrorKind.DUPLICATED_PART, figure_id=copy.id, after=copy.printed)
        return changed, injected, [new_link if other is link else other for other in links]

    candidates = [link for link in _sums(report, links) if duplicate(link, _largest(report, link))]
    link = _chosen(choose, candidates, ErrorKind.DUPLICATED_PART)
    part = choose.pick(link.ids[1:])
    return _first(lambda: duplicate(link, part), lambda: duplicate(link, _largest(report, link)))


def _contradicting_figure(report: Report, links: list[Link], choose: Choices) -> Injection:
    def contradict(figure: Measurement, factor: Fraction, paragraph: int = 1) -> Injection | None:
        exponent = figure.value.as_tuple().exponent
        assert isinstance(exponent, int)  # noqa: S101 (finite)
        value = round_half_up(Fraction(figure.value) * factor, -exponent)
        if value <= 0:
            return None
        copy = _with(
            figure,
            value=value,
            id=_fresh(report, f"{figure.id}-summary"),
            location=Location(section="III", paragraph=paragraph),
        )
        link = Link(LinkKind.SAME, (figure.id, copy.id))
        if not link.broken(_Overlay(report, copy), DETECTION_SLACK):
            return None
        changed = attrs.evolve(report, measurements=(*report.measurements, copy))
        injected = Injected(
            kind=ErrorKind.CONTRADICTING_FIGURE,
            figure_id=copy.id,
            before=figure.printed,
            after=copy.printed,
        )
        return changed, injected, [*links, link]

    candidates = [
        m
        for m in report.measurements
        if m.role is Role.ACTUAL and contradict(m, Fraction(2)) is not None
    ]
    figure = _chosen(choose, candidates, ErrorKind.CONTRADICTING_FIGURE)
    shift = Fraction(choose.pick((1, -1)) * choose.integer(5, 40), 100)
    paragraph = choose.integer(1, 9)
    return _first(
        *(
            (lambda double=double: contradict(figure, 1 + shift * 2**double, paragraph))
            for double in range(2)
        ),
        lambda: contradict(figure, Fraction(2), paragraph),
    )


_CHANGES: Final = frozenset(
    {
        LinkKind.GROWTH,
        LinkKind.PP_CHANGE,
        LinkKind.CHANGE,
        LinkKind.IMPLIED_TOTAL,
        LinkKind.IMPLIED_PAIR,
    }
)


def _flipped_verb(report: Report, links: list[Link], choose: Choices) -> Injection:
    def flip(claim: Item) -> Injection | None:
        if not isinstance(claim, Claim) or claim.verb not in {"tăng", "giảm"}:
            return None
        new = attrs.evolve(claim, verb="giảm" if claim.verb == "tăng" else "tăng")
        return _evolved(report, links, claim, new, ErrorKind.FLIPPED_VERB)

    keys = _unique(key for link in links if link.kind in _CHANGES for key in link.ids)
    candidates = [report[key] for key in keys if flip(_typed(report, key)) is not None]
    claim = _chosen(choose, candidates, ErrorKind.FLIPPED_VERB)
    assert isinstance(claim, Claim)  # noqa: S101 (candidates are claims)
    return _first(lambda: flip(claim))


def _percent_for_points(report: Report, links: list[Link], choose: Choices) -> Injection:
    def relative(link: Link) -> Injection | None:
        claim = report[link.ids[0]]
        assert isinstance(claim, Claim)  # noqa: S101 (pp links hold the claim first)
        now, then = _exact(_typed(report, link.ids[1])), _exact(_typed(report, link.ids[2]))
        if then <= 0:
            return None
        new = _restated_growth(claim, now / then)
        if new is None:
            return None
        new = attrs.evolve(new, unit="%", printed=reprint(new.printed, unit="%"))
        return _evolved(report, links, claim, new, ErrorKind.PERCENT_FOR_POINTS)

    candidates = [
        link for link in links if link.kind is LinkKind.PP_CHANGE and relative(link) is not None
    ]
    link = _chosen(choose, candidates, ErrorKind.PERCENT_FOR_POINTS)
    return _first(lambda: relative(link))


def _transposed(value: Decimal, position: int) -> Decimal | None:
    """``value`` with the digits at ``position`` and ``position + 1`` swapped, if they differ."""
    digits = value.as_tuple().digits
    if position + 1 >= len(digits) or digits[position] == digits[position + 1]:
        return None
    if position == 0 and digits[1] == 0:
        return None  # a leading zero is not a figure a report prints
    swapped = _digit_changed(value, position, digits[position + 1])
    return _digit_changed(swapped, position + 1, digits[position])


def _transposed_digits(report: Report, links: list[Link], choose: Choices) -> Injection:
    def at(item: Item, position: int) -> Injection | None:
        value = _transposed(item.value, position)
        if value is None:
            return None
        return _evolved(report, links, item, _with(item, value=value), ErrorKind.TRANSPOSED_DIGITS)

    def anywhere(item: Item) -> Injection | None:
        return _first_or_none(
            *(lambda p=p: at(item, p) for p in range(len(item.value.as_tuple().digits)))
        )

    candidates = [item for item in _numbers_of(report, links) if anywhere(item) is not None]
    item = _chosen(choose, candidates, ErrorKind.TRANSPOSED_DIGITS)
    position = choose.integer(0, max(len(item.value.as_tuple().digits) - 2, 0))
    return _first(
        *((lambda p=p: at(item, p)) for p in range(position, -1, -1)),
        lambda: anywhere(item),
    )


def _first_or_none(*attempts: Callable[[], Injection | None]) -> Injection | None:
    for attempt in attempts:
        found = attempt()
        if found is not None:
            return found
    return None


def _attainment_verb(report: Report, links: list[Link], choose: Choices) -> Injection:
    def swap(key: str) -> Injection | None:
        claim = report[key]
        if not isinstance(claim, Claim) or claim.verb not in {"đạt", "vượt"}:
            return None
        new = _with(claim, verb="vượt" if claim.verb == "đạt" else "đạt")
        return _evolved(report, links, claim, new, ErrorKind.ATTAINMENT_VERB)

    keys = _unique(link.ids[0] for link in links if link.kind is LinkKind.ATTAINMENT)
    candidates = [key for key in keys if swap(key) is not None]
    key = _chosen(choose, candidates, ErrorKind.ATTAINMENT_VERB)
    return _first(lambda: swap(key))


_INJECTORS: Final[dict[ErrorKind, Callable[[Report, list[Link], Choices], Injection]]] = {
    ErrorKind.CHANGED_DIGIT: _changed_digit,
    ErrorKind.SWAPPED_SCALE: _swapped_scale,
    ErrorKind.WRONG_SHARE: _wrong_share,
    ErrorKind.WRONG_BASE: _wrong_base,
    ErrorKind.DROPPED_PART: _dropped_part,
    ErrorKind.DUPLICATED_PART: _duplicated_part,
    ErrorKind.CONTRADICTING_FIGURE: _contradicting_figure,
    ErrorKind.FLIPPED_VERB: _flipped_verb,
    ErrorKind.PERCENT_FOR_POINTS: _percent_for_points,
    ErrorKind.TRANSPOSED_DIGITS: _transposed_digits,
    ErrorKind.ATTAINMENT_VERB: _attainment_verb,
}


def inject(kind: ErrorKind, report: Report, links: Sequence[Link], choose: Choices) -> Injection:
    """Put one mistake of ``kind`` into a consistent report.

    The figure or claim to change, and how, come from ``choose``; among the changes it
    offers, only those that break some printed relationship beyond
    :data:`DETECTION_SLACK` are made, falling back to the strongest change of the kind
    (the leading digit moved furthest, a share moved by 10 points …).

    Args:
        kind: The kind of mistake.
        report: A consistent report.
        links: The relationships the report prints (from its
            :class:`~vnplan.strategies.building.Builder`).
        choose: Where the choices come from.

    Returns:
        The report with the mistake, what was injected, and the relationships of the new
        report.

    Raises:
        ValueError: The report has nothing the mistake can be made in (the strategies
            always build one that has).
    """
    return _INJECTORS[kind](report, list(links), choose)
