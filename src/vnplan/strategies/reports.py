"""Strategies for whole reports: consistent by construction, or with one known mistake.

hypothesis draws the parameters (topics, exact true values, which features to print); a
:class:`~vnplan.strategies.building.Builder` prints them, and
:func:`~vnplan.strategies.injection.inject` puts the mistake in.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, Final, TypeVar

from hypothesis import strategies as st

from vnplan import units as _units
from vnplan._enums import Bound, ClaimKind, Direction, Measure, RelationKind, Role, Status
from vnplan.model import Claim, Measurement, Period, Report, Target
from vnplan.strategies.building import Builder, round_half_up
from vnplan.strategies.injection import ErrorKind, Injected, inject
from vnplan.strategies.links import LinkKind
from vnplan.strategies.topics import FINER, FRACTIONS, LEVELS, PROVINCES, RATES, Topic, share_name

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

__all__ = ["consistent_reports", "reports_with_injected_error"]

_T = TypeVar("_T")


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
    topics = LEVELS
    if need in {"sum", "share", "scaled-sum"}:
        topics = tuple(t for t in LEVELS if t.parts)
    if need == "scaled-sum":
        topics = tuple(t for t in topics if any(u in FINER for u in t.units))
    topic = draw(st.sampled_from(topics))
    unit = draw(st.sampled_from(topic.units))
    if need == "scaled-sum" and unit not in FINER:
        unit = next(u for u in topic.units if u in FINER)
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
        finer = FINER.get(unit) if need == "scaled-sum" or draw(st.booleans()) else None
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
    topic: Topic,
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
        key, name_vi, name_en = share_name(topic.parts[index], topic)
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
    topic = draw(st.sampled_from(RATES))
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
    topic = draw(st.sampled_from(FRACTIONS))
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
    province = draw(st.sampled_from(PROVINCES))
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
        changed, injected, _ = inject(kind, report, b.links, _Draws(draw))
        return changed, injected

    return build()


class _Draws:
    """The choices of an injection (:class:`~vnplan.strategies.injection.Choices`), drawn."""

    def __init__(self, draw: st.DrawFn) -> None:
        self._draw = draw

    def pick(self, options: Sequence[_T]) -> _T:
        return self._draw(st.sampled_from(options))

    def integer(self, low: int, high: int) -> int:
        return low + self._draw(st.integers(0, high - low))
