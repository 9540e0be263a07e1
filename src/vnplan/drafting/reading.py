"""Turn a passage's printed figures into figures, claims and relations, with their guesses.

Each figure found by :func:`~vnplan.drafting.spans.find_spans` is read in its context
(:mod:`~vnplan.drafting.claims` tells a claim from a figure). A figure's period, role,
status and indicator are guessed from the words around it, and each guess that may be
wrong is noted in ``review``.

A claim is about the last figure printed before it in the same clause (a clause ends at
``;`` or at the end of a sentence); when there is none, about an indicator and period.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from typing import Final

import attrs

from vnplan.drafting._deps import Printed, UnitError, parse_printed, same_dimension
from vnplan.drafting.claims import change_fits, claim_kind, reference
from vnplan.drafting.context import BASES, VERB, At, clause_start
from vnplan.drafting.records import DraftClaim, DraftFigure, DraftIndicator, DraftRelation, Where
from vnplan.drafting.spans import Span, Unread, find_spans
from vnplan.drafting.structure import Passage
from vnplan.drafting.vocabulary import STRONG, WEAK, Vocabulary, fold, new_indicator

__all__ = ["Reader"]

#: A year the sentence is about: "năm 2022", but not "so với năm 2021".
_YEAR: Final = re.compile(
    r"(?<!so với )(?<!so với cùng kỳ )năm\s+((?:19|20)[0-9]{2})\b", re.IGNORECASE
)
_MONTHS: Final = re.compile(r"\b(?:[0-9]{1,2}|sáu|chín) tháng\b|\bquý\b", re.IGNORECASE)
_TARGET_WORDS: Final = re.compile(r"kế hoạch|chỉ tiêu|mục tiêu|phấn đấu|\bKH\b", re.IGNORECASE)
_STOCK: Final = re.compile(
    r"(?:đến|tính đến)\s+(?:hết\s+)?(?:ngày\s+)?(31/12|năm)\s*/?\s*((?:19|20)[0-9]{2})?"
    r"|đến nay|hiện nay|đến thời điểm|hiện có|lũy kế|luỹ kế",
    re.IGNORECASE,
)
_BREAKDOWN: Final = re.compile(r"trong đó|bao gồm|\bgồm\b", re.IGNORECASE)
#: What opens a list of a total's parts: a word, or a colon after a figure.
_PARTS_OPEN: Final = re.compile(
    r"trong đó|bao gồm|\bgồm\b|cụ thể(?!\s+h[oó][aá])|chia ra", re.IGNORECASE
)
_THREE_DIGITS: Final = re.compile(r"(?<![0-9.,])[0-9]{1,3},[0-9]{3}(?![0-9])")
_SCALES: Final = ("nghìn tỷ", "tỷ", "tỉ", "triệu", "nghìn", "ngàn")


def _scale(unit: str) -> str:
    return next((s for s in _SCALES if unit.startswith(s + " ")), "")


def _name_words(at: At) -> str:
    """The words a figure's indicator is named by: its own words, or its clause's."""
    own = at.own_words
    return own if len(own.split()) >= 3 else at.phrase  # three words make a noun phrase


def _title_unit(printed: Printed) -> str | None:
    """The unit, in lower case, of a count printed with a capitalised noun.

    "105 Quyết định xử phạt", "03 Chương trình mục tiêu quốc gia": the noun begins the
    title of what is counted, and the figure is the number, the noun its unit. Units
    written in capitals or in ASCII ("Kg", "MW", "HTX") are units as printed.
    """
    unit = printed.unit
    first = unit.split()[0] if unit.split() else ""
    if not first[:1].isupper() or first.isupper() or unit.isascii() or printed.denominator:
        return None
    return unit.lower()


def _unit_of_printed(text: str) -> str:
    return parse_printed(text).unit


@attrs.define
class Reader:
    """Reads passages one after another into records; ids stay unique across them."""

    vocabulary: Vocabulary
    year: int
    plan_year: int
    date: dt.date | None
    indicators: dict[str, DraftIndicator] = attrs.Factory(dict)
    figures: list[DraftFigure] = attrs.Factory(list)
    claims: list[DraftClaim] = attrs.Factory(list)
    relations: list[DraftRelation] = attrs.Factory(list)
    unread: list[Unread] = attrs.Factory(list)
    #: The pint definitions of the count words the folder must declare, by unit.
    units: dict[str, str] = attrs.Factory(dict)
    _ids: set[str] = attrs.Factory(set)
    _new: dict[tuple[str, str], DraftIndicator] = attrs.Factory(dict)
    _by_id: dict[str, DraftFigure] = attrs.Factory(dict)

    def _id(self, base: str) -> str:
        ident, n = base, 2
        while ident in self._ids:
            ident, n = f"{base}-{n}", n + 1
        self._ids.add(ident)
        return ident

    def unit_of(self, figure_id: str) -> str:
        """The unit of a drafted figure."""
        figure = self._by_id[figure_id]
        return figure.unit or _unit_of_printed(figure.printed)

    def is_rate(self, figure_id: str) -> bool:
        """Whether a drafted figure's indicator is a rate or a share."""
        indicator = self.indicators.get(self._by_id[figure_id].indicator)
        return indicator is not None and indicator.measure in {"rate", "share"}

    def _add(self, figure: DraftFigure) -> DraftFigure:
        self.figures.append(figure)
        self._by_id[figure.id] = figure
        return figure

    def read(self, passage: Passage) -> None:
        """Read one passage's figures, claims and relations."""
        spans, unread = find_spans(passage.text)
        self.unread.extend(unread)
        where = Where(
            section=passage.section, paragraph=passage.paragraph, footnote=passage.footnote
        )
        text = passage.text
        subject: DraftFigure | None = None
        start = last_end = 0
        shares: list[DraftFigure] = []
        breakdown: tuple[DraftFigure, list[DraftFigure]] | None = None
        opens = _parts_start(text, spans, footnote=passage.footnote is not None)
        total = _list_total(text, spans, opens)
        family: DraftIndicator | None = None
        for span in spans:
            if span.declare:
                self.units.setdefault(span.printed.unit, span.declare)
            new_start = clause_start(text, start, span.start)
            if new_start != start:
                start, subject = new_start, None
            before = text[start : span.start]
            between = text[last_end : span.start]
            since, last_end = last_end, span.end
            if _BREAKDOWN.search(between):
                subject = None  # after "trong đó", claims are about the parts
            period, period_review = self._period(passage, text[: span.start], before)
            at = At(
                passage=passage, span=span, before=before,
                after=text[span.end : span.end + 80], period=period,
                period_review=period_review, where=where, subject=subject, since=since,
                part=span.start >= opens, total=span is total, family=family,
            )  # fmt: skip
            if span.printed.denominator is not None:
                subject = self._fraction(at)
                continue
            if span.bare:
                bare = self._bare(at, span)
                subject = bare or subject
                continue
            kind = self._kind(at)
            if kind is not None:
                self.claims.append(self._claim(kind, at))
                continue
            figure = self._add(self._figure(at, span))
            subject = figure
            family = self.vocabulary.family(figure.indicator) if span is total else family
            if at.verb == "chiếm":
                shares.append(figure)
            breakdown = self._breakdown(breakdown, figure, between, where)
        if breakdown is not None:
            self._relation(breakdown, where)
        self._structure(shares, where)

    def _kind(self, at: At) -> str | None:
        """The kind of claim at ``at``, or ``None`` for a figure."""
        kind = claim_kind(at, self.unit_of, self.is_rate)
        if kind == "growth" and at.subject is None and at.passage.part >= 2:
            return None  # "đàn gia súc tăng 1,66%" in the plan: a growth rate targeted
        return kind

    def _period(self, passage: Passage, upto: str, before: str) -> tuple[str, tuple[str, ...]]:
        sentence = upto[upto.rfind(". ") + 1 :]
        years = [int(y) for y in _YEAR.findall(sentence)]
        default = self.plan_year if passage.part >= 2 else self.year
        near = {default - 1, default, default + 1}
        year = next((y for y in reversed(years) if y in near), default)
        if len(set(years)) > 1:
            return str(year), (f"period {year} guessed among the years {sorted(set(years))}",)
        if _MONTHS.search(before):
            return str(year), (f"period {year} guessed: the sentence speaks of months",)
        return str(year), ()

    # -- claims -------------------------------------------------------------------------------

    def _claim(self, kind: str, at: At) -> DraftClaim:
        review: list[str] = []
        ref = basis = None
        verb = at.verb
        subject = at.subject
        if kind == "change" and not change_fits(at, self.unit_of):
            subject = None
        if kind in {"growth", "change", "pp-change", "factor"}:
            ref, basis, note = reference(at.after, at.period)
            review.extend([note] if note else [])
            verb = verb if verb in {"tăng", "giảm", "cao hơn", "thấp hơn", "gấp"} else None
            verb = verb or ("gấp" if kind == "factor" else "tăng")
        if kind == "attainment":
            basis = next((b for b, pattern in BASES if pattern.search(at.after[:60])), "plan")
        indicator = None
        if subject is None:
            indicator = self._claim_indicator(kind, at)
            review.append(
                f"no figure printed before it: indicator {indicator!r} guessed from {at.phrase!r}"
            )
        base = subject.id if subject else f"{indicator}-{at.period}"
        return DraftClaim(
            id=self._id(f"{base}-{kind}"),
            kind=kind,
            subject=subject.id if subject else None,
            indicator=indicator,
            period=None if subject else at.period,
            verb=verb,
            printed=at.span.printed.text,
            reference=ref,
            basis=basis,
            where=at.where,
            review=tuple(review),
        )

    def _claim_indicator(self, kind: str, at: At) -> str:
        """The indicator of a claim printed with no figure before it ("đàn trâu tăng 1,73%")."""
        own_unit = kind in {"change", "share"}
        unit = at.span.printed.unit if own_unit else None
        found = self.vocabulary.match(at.query, unit)
        fits = found is not None and (
            kind != "pp-change" or found.indicator.measure in {"rate", "share"}
        )
        if found is not None and fits and found.score >= STRONG:
            self.indicators[found.indicator.id] = found.indicator
            return found.indicator.id
        return self._new_indicator(_name_words(at) or at.where.section, unit or "%").id

    # -- figures ------------------------------------------------------------------------------

    def _figure(self, at: At, span: Span, matched: DraftIndicator | None = None) -> DraftFigure:
        printed = span.printed
        text, unit = printed.text, _title_unit(printed)
        if unit is None and (span.listed or span.declare):
            unit = printed.unit  # "72 chi nhánh, văn phòng …": the number counts them all
        if unit is not None:
            text = text[: text.rfind(printed.unit)].rstrip()
        role, status, basis, as_of = self._role(at)
        if matched is None:
            indicator, notes = self._indicator(at, printed.unit)
        else:
            indicator, notes = matched, []
        notes.extend(at.period_review)
        if span.declare:
            notes.append(
                f"unit {printed.unit!r} declared by the draft: check it is a count of its own"
            )
        if _THREE_DIGITS.search(printed.text) and printed.value < 1000:
            notes.append(
                f"{printed.text!r}: a comma followed by exactly three digits; if it groups "
                f"thousands, the figure is {printed.text.replace(',', '.')!r}"
            )
        scale, indicator_scale = _scale(printed.unit), _scale(indicator.unit)
        if scale and indicator_scale and scale != indicator_scale:
            notes.append(
                f"possible tỷ/triệu slip: printed in {printed.unit!r}, "
                f"the indicator in {indicator.unit!r}"
            )
        return DraftFigure(
            id=self._id(f"{indicator.id}-{at.period}"),
            indicator=indicator.id,
            printed=text,
            unit=unit,
            period=None if as_of else at.period,
            as_of=as_of,
            role=role,
            status=status,
            basis=basis,
            bound=printed.bound.value,
            where=at.where,
            phrase=at.phrase,
            review=tuple(notes),
        )

    def _bare(self, at: At, span: Span) -> DraftFigure | None:
        """A number printed with no unit: a figure in its indicator's unit, if one matches well."""
        found = self.vocabulary.match(at.query, span.unit or None, part=at.part)
        if found is None or found.score < (WEAK if span.unit else STRONG):
            self.unread.append(Unread(span.printed.text, "no unit printed, no indicator matched"))
            return None
        self.indicators[found.indicator.id] = found.indicator
        figure = self._figure(at, span, found.indicator)
        unit = found.indicator.unit
        note = f"no unit printed: {unit!r} taken from the indicator {found.indicator.id!r}"
        return self._add(attrs.evolve(figure, unit=unit, review=(*figure.review, note)))

    def _fraction(self, at: At) -> DraftFigure:
        """A fraction "a/b xã": a figure for each number, and a fraction claim."""
        span = at.span
        printed = span.printed
        text = printed.text
        slash = text.find("/", len(printed.qualifier))
        while slash >= 0 and not text[slash + 1 :].lstrip()[:1].isdigit():
            slash = text.find("/", slash + 1)
        top, below = text[:slash].rstrip(), text[slash + 1 :].lstrip()
        below_span = Span(span.end - len(below), span.end, parse_printed(below))
        top_span = Span(span.start, span.start + len(top), parse_printed(top))
        numerator = self._figure(at, top_span)
        if printed.shared_unit and printed.unit:
            indicator, _ = self._indicator(at, printed.unit)
            numerator = attrs.evolve(numerator, unit=printed.unit, indicator=indicator.id)
        numerator = self._add(numerator)
        denominator = self._add(self._figure(at, below_span))
        self.claims.append(
            DraftClaim(
                id=self._id(f"{numerator.id}-fraction"),
                kind="fraction",
                subject=numerator.id,
                against=denominator.id,
                printed=text,
                where=at.where,
            )
        )
        return numerator

    def _role(self, at: At) -> tuple[str, str, str | None, dt.date | None]:
        before = at.before
        lowered = before.lower()
        status = (
            "estimate" if "ước" in lowered else "provisional" if "sơ bộ" in lowered else "reported"
        )
        targeted = _TARGET_WORDS.search(before) and not VERB.search(before)
        if at.passage.part >= 2 or targeted:
            basis = next((b for b, pattern in BASES if pattern.search(before)), "plan")
            return "target", "planned", basis, None
        stock = _STOCK.search(before)
        if stock is None:
            return "actual", status, None, None
        as_of = self.date or dt.date(self.year, 12, 31)
        if stock[2]:
            as_of = dt.date(int(stock[2]), 12, 31)
        role = "cumulative" if "lũy kế" in lowered or "luỹ kế" in lowered else "stock"
        return role, status, None, as_of

    def _indicator(self, at: At, unit: str) -> tuple[DraftIndicator, list[str]]:
        found = self.vocabulary.match(at.query, unit or None, part=at.part)
        phrase = _name_words(at)
        if at.part and at.family is not None and _fits(at.family.unit, unit):
            self.indicators[at.family.id] = at.family
            return at.family, [f"breakdown part: taken as its total's parts {at.family.name_vi!r}"]
        family = self.vocabulary.family(found.indicator.id) if found and at.part else None
        if found is not None and family is not None and found.score >= WEAK:
            self.indicators[family.id] = family
            note = (
                f"breakdown part: {phrase!r} matched {found.indicator.name_vi!r}, "
                f"taken as its parts' indicator {family.name_vi!r}"
            )
            return family, [note]
        if found is not None and found.score >= WEAK:
            self.indicators[found.indicator.id] = found.indicator
            if found.score >= STRONG:
                return found.indicator, []
            note = (
                f"weak indicator match ({found.score:.0f}/100): {phrase!r} as "
                f"{found.indicator.name_vi!r}"
            )
            return found.indicator, [note]
        indicator = self._new_indicator(phrase, unit)
        return indicator, [f"new indicator {indicator.id!r}"]

    def _new_indicator(self, phrase: str, unit: str) -> DraftIndicator:
        key = (fold(phrase)[-60:], unit)
        if key not in self._new:
            taken = set(self.indicators) | {i.id for i, _ in self.vocabulary.entries}
            indicator = new_indicator(phrase, unit or "%", taken)
            self._new[key] = indicator
            self.indicators[indicator.id] = indicator
        return self._new[key]

    # -- relations ----------------------------------------------------------------------------

    def _breakdown(
        self,
        current: tuple[DraftFigure, list[DraftFigure]] | None,
        figure: DraftFigure,
        between: str,
        where: Where,
    ) -> tuple[DraftFigure, list[DraftFigure]] | None:
        """Follow a "trong đó" breakdown: the figures after it in the total's unit.

        ``between`` is the text since the figure before.
        """
        if current is not None:
            total, parts = current
            same = self.unit_of(figure.id) == self.unit_of(total.id)
            if same and not _BREAKDOWN.search(between) and ". " not in between:
                parts.append(figure)
                return current
            self._relation(current, where)
        if _BREAKDOWN.search(between) is None:
            return None
        previous = [f for f in self.figures if f.where == where and f is not figure]
        if not previous or self.unit_of(previous[-1].id) != self.unit_of(figure.id):
            return None
        return previous[-1], [figure]

    def _relation(self, breakdown: tuple[DraftFigure, list[DraftFigure]], where: Where) -> None:
        total, parts = breakdown
        values = [parse_printed(p.printed).value for p in parts]
        total_value = parse_printed(total.printed).value
        slack = Decimal(1).scaleb(-max(_decimals(p.printed) for p in [total, *parts]))
        kind = "sum" if abs(sum(values) - total_value) <= slack * len(values) else "subset"
        self.relations.append(
            DraftRelation(
                id=self._id(f"{total.id}-parts"),
                kind=kind,
                total=total.id,
                parts=tuple(p.id for p in parts),
                where=where,
                review=(f"'trong đó' breakdown read as {kind!r}: check that every part is listed",),
            )
        )

    def _structure(self, shares: list[DraftFigure], where: Where) -> None:
        """Shares printed with "chiếm" in one paragraph that add up to 100%: a structure."""
        if len(shares) < 2:
            return
        total = sum((parse_printed(f.printed).value for f in shares), Decimal(0))
        if abs(total - 100) <= Decimal("0.05") * len(shares):
            self.relations.append(
                DraftRelation(
                    id=self._id(f"{shares[0].id}-structure"),
                    kind="structure",
                    parts=tuple(f.id for f in shares),
                    where=where,
                )
            )


def _parts_start(text: str, spans: list[Span], *, footnote: bool) -> int:
    """Where a passage's list of parts begins; past its end if it has none.

    After "trong đó", "gồm", or a colon that follows a figure ("trong 13 dự án …: có 01
    dự án …"), or any colon in a footnote ("Chương trình …: 520 nhà; …").
    """
    starts = [m.end() for m in _PARTS_OPEN.finditer(text)][:1]
    after = spans[0].end if spans and not footnote else 0  # a footnote lists "label: …"
    if spans and (colon := text.find(":", after)) >= 0:
        starts.append(colon)
    return min(starts, default=len(text) + 1)


def _list_total(text: str, spans: list[Span], opens: int) -> Span | None:
    """The figure that heads a list of parts: the last before the list, in its sentence."""
    before = [span for span in spans if span.end <= opens]
    if opens > len(text) or not before or re.search(r"[;.]\s", text[before[-1].end : opens]):
        return None
    return before[-1]


def _fits(unit: str, other: str) -> bool:
    try:
        return same_dimension(unit or "%", other or "%")
    except UnitError:
        return False


def _decimals(text: str) -> int:
    return parse_printed(text).decimals
