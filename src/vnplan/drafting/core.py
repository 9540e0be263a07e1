"""``vnplan.draft``: a report's text to a draft report, every guess marked for review."""

from __future__ import annotations

import collections
import datetime as dt
import re
from typing import TYPE_CHECKING, Final

import attrs

if TYPE_CHECKING:
    from pathlib import Path

    from vnplan.drafting.records import DraftClaim, DraftFigure, DraftIndicator, DraftRelation
    from vnplan.drafting.spans import Unread

# ``import vnplan`` imports this module for the façade: what drafting needs (the reader,
# rapidfuzz, the source readers) is imported when a draft is made, not here.

__all__ = ["REASONS", "Draft", "draft"]

#: The reasons for review a summary counts, each with the words its notes contain.
REASONS: Final = (
    ("weak indicator match", "weak indicator match"),
    ("new indicator", "new indicator"),
    ("ambiguous period", "period "),
    ("guessed reference", "reference "),
    ("no subject figure", "no figure printed before it"),
    ("possible tỷ/triệu slip", "tỷ/triệu slip"),
    ("comma and three digits", "exactly three digits"),
    ("breakdown to check", "breakdown"),
)
_NUMBER: Final = re.compile(r"Số\s*:?\s*([0-9]+)\s*/\s*([A-ZĐ0-9][A-ZĐ0-9\-/]*)")
_DATE: Final = re.compile(
    r"(?:^|\n)([^\d,.;:\n]{2,40}?),\s*ngày\s+([0-9]{1,2})\s+tháng\s+([0-9]{1,2})\s+năm\s+([0-9]{4})"
)
_PROVINCE: Final = re.compile(
    r"(?:ỦY|UỶ) BAN NHÂN DÂN\s+(TỈNH|THÀNH PHỐ)\s+([^\n,]+?)\s*$", re.IGNORECASE | re.MULTILINE
)
_YEARS: Final = re.compile(r"năm\s+((?:19|20)[0-9]{2})\b", re.IGNORECASE)


@attrs.frozen(kw_only=True)
class Draft:
    """A report drafted from its text: inspect it, then :meth:`write` it as a folder.

    Every record that holds a guess has a ``review`` tuple saying what was guessed and
    why; :meth:`review_counts` counts them by reason.
    """

    #: The source file's path.
    source: str
    #: The report's table (see :doc:`/data-format`); what the text does not say is guessed
    #: and noted in :attr:`review`.
    number: str
    issuer: str
    place: str
    province: str
    date: dt.date
    year: int
    plan_year: int
    title: str
    #: The indicators the records use: the vocabulary's, and new ones.
    indicators: tuple[DraftIndicator, ...]
    #: The printed figures.
    figures: tuple[DraftFigure, ...]
    #: The stated comparisons.
    claims: tuple[DraftClaim, ...]
    #: Breakdowns and structures.
    relations: tuple[DraftRelation, ...]
    #: Numbers that look like figures but that vnplan cannot read yet, with the reason.
    unread: tuple[Unread, ...]
    #: What was guessed about the report itself.
    review: tuple[str, ...] = ()
    #: The pint definitions of the count words vnplan does not know, which the folder
    #: declares in ``[[unit]]`` tables ("dự thảo = [du_thao]").
    units: tuple[str, ...] = ()

    @property
    def new_indicators(self) -> tuple[DraftIndicator, ...]:
        """The indicators made from the text's phrases."""
        return tuple(i for i in self.indicators if i.new)

    def review_counts(self) -> dict[str, int]:
        """How many records are to review, by reason (a record may count under several)."""
        counts: collections.Counter[str] = collections.Counter()
        records: list[DraftIndicator | DraftFigure | DraftClaim | DraftRelation] = [
            *self.indicators, *self.figures, *self.claims, *self.relations,
        ]  # fmt: skip
        for record in records:
            reasons = {name for note in record.review for name, words in REASONS if words in note}
            counts.update(reasons or ({"other"} if record.review else set()))
        return {name: counts[name] for name, _ in (*REASONS, ("other", "")) if counts[name]}

    def summary(self) -> str:
        """A few lines: how much was found, and how much to review, by reason."""
        lines = [
            (
                f"{len(self.figures)} figures, {len(self.claims)} claims, "
                f"{len(self.relations)} relations, {len(self.new_indicators)} new indicators "
                f"({len(self.indicators)} in all), {len(self.unread)} numbers left unread"
            ),
        ]
        records: list[DraftIndicator | DraftFigure | DraftClaim | DraftRelation] = [
            *self.indicators, *self.figures, *self.claims, *self.relations,
        ]  # fmt: skip
        to_review = sum(1 for r in records if r.review)
        lines.append(f"to review: {to_review} records")
        lines.extend(f"  {name}: {count}" for name, count in self.review_counts().items())
        unread = collections.Counter(u.reason.split(" '")[0] for u in self.unread)
        lines.extend(f"  unread, {reason}: {count}" for reason, count in unread.most_common())
        return "\n".join(lines)

    def write(self, folder: str | Path) -> Path:
        """Write the draft as a report folder that :func:`vnplan.load` reads.

        Args:
            folder: The folder to write (created if needed; its ``.toml`` files replaced).

        Returns:
            The folder's path.
        """
        from vnplan.drafting.writer import write_folder  # noqa: PLC0415  (see the imports)

        return write_folder(self, folder)


def _meta(paragraphs: list[str], source: str) -> dict[str, object]:
    head = "\n".join(paragraphs[:15])
    review: list[str] = []
    number = _NUMBER.search(head)
    date = _DATE.search(head)
    province = _PROVINCE.search("\n".join(p for p in paragraphs[:5]))
    years = collections.Counter(int(y) for y in _YEARS.findall(" ".join(paragraphs)))
    if date:
        when = dt.date(int(date[4]), int(date[3]), int(date[2]))
    else:
        year = years.most_common(1)[0][0] if years else dt.datetime.now(tz=dt.UTC).year
        when = dt.date(year, 12, 31)
        review.append(f"date not found: {when.isoformat()} guessed")
    place = " ".join(date[1].split()) if date else (province[2].title() if province else "?")
    province_name = province[2].strip().title() if province else place
    if not province:
        review.append(f"province not found: {province_name!r} guessed")
    title_index = next((i for i, p in enumerate(paragraphs[:15]) if p.upper() == "BÁO CÁO"), None)
    if title_index is not None and title_index + 1 < len(paragraphs):
        title = paragraphs[title_index + 1]
    else:
        from pathlib import Path  # noqa: PLC0415  (import vnplan need not import pathlib)

        title = Path(source).stem
        review.append(f"title not found: the file's name {title!r} taken")
    if number is None:
        review.append("number 'Số: …' not found: '?' written")
    year = when.year if when.month >= 7 else when.year - 1
    return {
        "number": f"{number[1]}/{number[2]}" if number else "?",
        "issuer": f"UBND tỉnh {province_name}",
        "place": place,
        "province": province_name,
        "date": when,
        "year": year,
        "plan_year": year + 1,
        "title": title,
        "review": tuple(review),
    }


def draft(source: str | Path, *, vocabulary: str | Path | None = None) -> Draft:
    """Draft a report from its text: figures, claims and relations, every guess marked.

    Args:
        source: A ``.txt``, ``.md``, ``.docx`` or ``.pdf`` file (DOCX and PDF need the
            ``vnplan[draft]`` extra).
        vocabulary: A TOML file of ``[[indicator]]`` tables (with optional ``synonyms``)
            to match figures against, before the bundled indicators.

    Returns:
        The draft; :meth:`Draft.write` writes it as a report folder.

    Raises:
        MissingSourceError: ``source`` or ``vocabulary`` does not exist.
        SourceError: ``source`` is of another kind, undecodable or empty; or
            ``vocabulary`` is no vocabulary file.
    """
    from vnplan.drafting.reading import Reader  # noqa: PLC0415  (see the imports)
    from vnplan.drafting.source import read_source  # noqa: PLC0415
    from vnplan.drafting.structure import passages  # noqa: PLC0415
    from vnplan.drafting.vocabulary import Vocabulary  # noqa: PLC0415

    paragraphs = read_source(source)
    meta = _meta(paragraphs, str(source))
    date = meta["date"]
    year, plan_year = meta["year"], meta["plan_year"]
    assert isinstance(date, dt.date)  # noqa: S101  (for mypy: _meta builds it so)
    assert isinstance(year, int)  # noqa: S101
    assert isinstance(plan_year, int)  # noqa: S101
    reader = Reader(Vocabulary.bundled(vocabulary), year, plan_year, date)
    for passage in passages(paragraphs):
        reader.read(passage)
    return _loadable(
        Draft(
            source=str(source),
            indicators=tuple(reader.indicators.values()),
            figures=tuple(reader.figures),
            claims=tuple(reader.claims),
            relations=tuple(reader.relations),
            unread=tuple(reader.unread),
            units=tuple(reader.units.values()),
            **meta,  # type: ignore[arg-type]
        )
    )


_REJECTED: Final = re.compile(r"^(?:figure|claim|relation) '([a-z0-9-]+)'")


def _loadable(result: Draft) -> Draft:
    """Take out the records the loader rejects, each noted as unread with the loader's words.

    The guesses are made so that the folder loads; this is the guarantee that it does, for
    what the guesses do not foresee.
    """
    import tempfile  # noqa: PLC0415  (see the imports)

    from vnplan.drafting._deps import DataError, load  # noqa: PLC0415
    from vnplan.drafting.writer import write_folder  # noqa: PLC0415

    for _ in range(5):
        with tempfile.TemporaryDirectory() as folder:
            write_folder(result, folder)
            try:
                load(folder)
            except DataError as error:
                rejected = {
                    match[1]: problem.message
                    for problem in error.problems
                    if (match := _REJECTED.match(problem.message))
                }
                if not rejected:
                    raise
                result = _without(result, rejected)
            else:
                return result
    return result


def _without(result: Draft, rejected: dict[str, str]) -> Draft:
    from vnplan.drafting.spans import Unread  # noqa: PLC0415  (see the imports)

    gone = set(rejected)
    records: list[DraftFigure | DraftClaim] = [*result.figures, *result.claims]
    unread = [
        Unread(r.printed, f"rejected by the loader: {rejected[r.id]}")
        for r in records
        if r.id in gone
    ]
    figures = tuple(f for f in result.figures if f.id not in gone)
    claims = result.claims
    while True:  # a claim about a claim taken out goes too
        kept = tuple(
            c
            for c in claims
            if c.id not in gone and c.subject not in gone and c.against not in gone
        )
        gone |= {c.id for c in claims} - {c.id for c in kept}
        if len(kept) == len(claims):
            break
        claims = kept
    relations = tuple(
        r for r in result.relations
        if r.id not in gone and r.total not in gone and not gone.intersection(r.parts)
    )  # fmt: skip
    return attrs.evolve(
        result,
        figures=figures,
        claims=claims,
        relations=relations,
        unread=(*result.unread, *unread),
    )
