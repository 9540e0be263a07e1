"""Match a figure's phrase to an indicator, or make a new indicator from the phrase.

The vocabulary is the bundled indicators' Vietnamese names, plus a vocabulary file the user
may give: a TOML file of ``[[indicator]]`` tables in the data format, each with an optional
``synonyms`` list of other names. Names and phrases are compared without diacritics, by
rapidfuzz (imported on first use), among the indicators whose unit measures the same thing
as the figure's.
"""

from __future__ import annotations

import functools
import itertools
import math
import re
import unicodedata
from pathlib import Path
from typing import Any, Final

import attrs

from vnplan.drafting._deps import UnitError, load, unit_info
from vnplan.drafting.records import DraftIndicator
from vnplan.exceptions import MissingSourceError, SourceError

__all__ = ["Match", "Query", "Vocabulary", "fold", "new_indicator"]

#: A match at least this good is taken as it is; below :data:`WEAK`, a new indicator.
STRONG: Final = 70.0
WEAK: Final = 40.0
#: Words that say nothing of the indicator: verbs, status words, fillers; matched before
#: diacritics are folded, since folded words meet ("đạt" and "đất", "có" and "cơ").
_NOISE_VI: Final = re.compile(
    r"\b(?:dự ước|ước đạt|ước tính|ước thực hiện|ước|đạt|là|được|có|với|và|của|năm|"
    r"trong đó|tổng số|số|trên địa bàn tỉnh|trên địa bàn|toàn tỉnh|của tỉnh|sơ bộ|bao gồm|gồm|"
    r"thực hiện|hiện nay|hiện có|"
    r"đến nay|đến hết|đến|hết|tại|như|các|những|một số|đã|đang|sẽ|cho|trong|theo|về|này|"
    r"khoảng|trên|dưới|hơn|gần|cả|so với|cùng kỳ|dự kiến|phấn đấu|tiếp tục|tổ chức được|"
    r"thêm|mới được|lũy kế|luỹ kế|nâng tổng)\b"
)
_LOWER: Final = re.compile(
    r"ngheo|tai nan|vi pham|tu vong|o nhiem|toi pham|ma tuy|no xau|that nghiep|"
    r"suy dinh duong|chay|dich benh|khieu nai|to cao|thiet hai|buon lau|ty le sinh"
)
_SECTORS: Final = (
    ("budget", r"thu ngan sach|chi ngan sach|ngan sach"),
    ("public-investment", r"dau tu cong|giai ngan"),
    ("investment", r"von dau tu|du an dau tu|thu hut"),
    ("credit", r"tin dung|du no|huy dong von"),
    ("enterprise", r"doanh nghiep|hop tac xa"),
    ("agriculture", r"lua|ngo|lương thuc|luong thuc|chan nuoi|gia suc|gia cam|thuy san|cay"),
    ("forestry", r"rung|lam nghiep"),
    ("rural", r"nong thon moi|ntm"),
    ("industry", r"cong nghiep|dien"),
    ("construction", r"xay dung"),
    ("trade", r"ban le|thuong mai"),
    ("tourism", r"du lich|khach"),
    ("transport", r"van tai|van chuyen|hanh khach|hang hoa luan chuyen"),
    ("telecom", r"thue bao|buu chinh|vien thong|internet"),
    ("external-trade", r"xuat khau|nhap khau|kim ngach"),
    ("poverty", r"ngheo"),
    ("labour", r"lao dong|viec lam"),
    ("health", r"y te|benh|tiem|bac si|giuong"),
    ("education", r"hoc sinh|truong|giao duc"),
    ("culture", r"van hoa|the thao|di tich"),
    ("security", r"toi pham|ma tuy|an ninh|tai nan|vu"),
    ("inspection", r"thanh tra|khieu nai|to cao"),
    ("environment", r"moi truong|dat dai|tai nguyen"),
    ("economy", r"grdp|tang truong|kinh te"),
)


def fold(text: str) -> str:
    """Fold Vietnamese text: no diacritics, "đ" as "d", lower case, single spaces.

    >>> fold("Tổng sản lượng  Lương thực")
    'tong san luong luong thuc'
    """
    text = text.replace("đ", "d").replace("Đ", "D")
    bare = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    return " ".join(re.sub(r"[^\w%]+", " ", bare.casefold()).split())


@attrs.frozen
class Match:
    """The indicator found for a phrase, and how well it matched (0 to 100)."""

    indicator: DraftIndicator
    score: float


@attrs.frozen
class Query:
    """What a figure's indicator is matched on, nearest words first.

    Attributes:
        local: The figure's own words: the noun phrase before it since the figure or
            separator before ("Kim ngạch xuất khẩu ước đạt"), and the words after it up to
            the next separator ("… 420 câu lạc bộ thể thao").
        label: A label that heads its sentence or list ("Lúa Đông xuân:", "- Cây lúa:").
        clause: The rest of the clause before the figure.
        heading: The section's heading, or for a footnote the sentence that calls it.
    """

    local: str
    label: str = ""
    clause: str = ""
    heading: str = ""


#: "mới", "tăng thêm": what is new in the period, against the stock of the same things
#: ("doanh nghiệp thành lập mới" and "doanh nghiệp"); "nông thôn mới" is a name.
_NEW: Final = re.compile(r"\b(?:moi|tang them|co them)\b")
_NOT_NEW: Final = re.compile(r"\bnong thon moi\b")
#: How much more a "new" name scores for a query that says "new" (a name that says "new"
#: loses nothing when the query does not: reports often leave the word out).
_NEW_WEIGHT: Final = 10.0


#: A name for the parts of a total, by a kind of breakdown: "Điểm phục vụ bưu chính theo
#: loại", "Số nhà làm mới …, theo chương trình, quỹ". Its stem (before "theo") names the
#: total: the stem's indicator, "Số điểm phục vụ bưu chính", has this family for its parts.
_FAMILY: Final = re.compile(
    r"^(.*?),?\s+theo\s+(?:loai|cap|chuong trinh|tinh trang|nguyen nhan|to chuc|dia ban|"
    r"nganh|linh vuc|nguon|hinh thuc|doi tuong|huyen|quy|nhom|muc dich)\b"
)
#: How much more a family name scores for a figure listed as a part of a total.
_FAMILY_WEIGHT: Final = 10.0


def _stem(folded: str) -> str:
    return folded.removeprefix("so ").removeprefix("tong so ")


def _families(entries: list[tuple[DraftIndicator, tuple[str, ...]]]) -> dict[str, DraftIndicator]:
    """For each indicator whose name is a family's stem, the family ("…, theo loại")."""
    families: dict[str, DraftIndicator] = {}
    stems = []
    for indicator, aliases in entries:
        if match := _FAMILY.match(fold(aliases[0])):
            stems.append((_stem(match[1]), indicator))
    for indicator, aliases in entries:
        name = _stem(fold(aliases[0]))
        for stem, family in stems:
            fits = _dimension(family.unit) == _dimension(indicator.unit)
            if family is not indicator and fits and f"{name} ".startswith(f"{stem} "):
                families.setdefault(indicator.id, family)
    return families


def _says_new(text: str) -> bool:
    return _NEW.search(_NOT_NEW.sub(" ", fold(text))) is not None


#: How much a name's word found in each part of a query counts, nearest first.
_WEIGHTS: Final = (("local", 1.0), ("label", 0.8), ("clause", 0.55), ("heading", 0.5))


@functools.cache
def _dimension(unit: str) -> str | None:
    try:
        return unit_info(unit).dimension
    except UnitError:
        return None


@functools.cache
def _bundled_words() -> tuple[dict[str, str], dict[str, tuple[str, ...]]]:
    """The bundled abbreviations (folded) and synonyms by indicator id (vocabulary.toml)."""
    import tomllib  # noqa: PLC0415  (only when a draft is made)

    data = tomllib.loads((Path(__file__).parent / "vocabulary.toml").read_text(encoding="utf-8"))
    abbreviations = {fold(k): fold(v) for k, v in data.get("abbreviations", {}).items()}
    synonyms = {k: tuple(v) for k, v in data.get("synonyms", {}).items()}
    return abbreviations, synonyms


class Vocabulary:
    """Indicators to match phrases against.

    A name and a query are compared word by word (syllables, and pairs of syllables in
    order), without diacritics, abbreviations written out ("HTX" as "hợp tác xã"). A
    word counts by how rare it is among the names (a word every name has says little),
    and by where the query has it (:class:`Query`): the score says how much of the name
    the query holds, and how much of the figure's own words the name explains; so the
    most specific indicator the words name wins ("dư nợ ngắn hạn" over "dư nợ").

    Args:
        entries: Indicators, each with the names (its Vietnamese name first) it is known by.
    """

    def __init__(self, entries: list[tuple[DraftIndicator, tuple[str, ...]]]) -> None:
        self.entries = entries
        self._cache: dict[str, frozenset[str]] = {}  # a passage's heading and clauses repeat
        self._abbreviations, _ = _bundled_words()
        self._abbreviated = re.compile(
            r"\b(?:" + "|".join(map(re.escape, sorted(self._abbreviations, key=len)[::-1])) + r")\b"
        )
        self._by_dimension: dict[str | None, list[tuple[frozenset[str], DraftIndicator]]] = {}
        self._new = {i.id for i, aliases in entries if _says_new(aliases[0])}
        self._family_of = _families(entries)
        self._family_ids = {i.id for i, aliases in entries if _FAMILY.match(fold(aliases[0]))}
        frequency: dict[str, int] = {}
        names = 0
        for indicator, aliases in entries:
            for name in aliases:
                words = self._words(re.sub(r"\(.*?\)", " ", name))
                if not words:
                    continue
                names += 1
                for word in words:
                    frequency[word] = frequency.get(word, 0) + 1
                key = _dimension(indicator.unit)
                self._by_dimension.setdefault(key, []).append((words, indicator))
        self._weight = {w: math.log(1 + names / n) for w, n in frequency.items()}
        self._rare = math.log(1 + max(names, 1))

    def _words(self, text: str) -> frozenset[str]:
        if (cached := self._cache.get(text)) is not None:
            return cached
        folded = fold(_NOISE_VI.sub(" ", text.casefold()))
        folded = self._abbreviated.sub(lambda m: self._abbreviations[m[0]], folded)
        syllables = [word for word in folded.split() if not word.isdigit()]
        pairs = (f"{a} {b}" for a, b in itertools.pairwise(syllables))
        words = self._cache[text] = frozenset([*syllables, *pairs])
        return words

    @classmethod
    def bundled(cls, extra: str | Path | None = None) -> Vocabulary:
        """The bundled indicators, with their synonyms, and those of a vocabulary file.

        Raises:
            MissingSourceError: ``extra`` does not exist.
            SourceError: ``extra`` is no TOML file of ``[[indicator]]`` tables.
        """
        _, synonyms = _bundled_words()
        entries: list[tuple[DraftIndicator, tuple[str, ...]]] = [
            (_from_model(indicator), (indicator.name_vi, *synonyms.get(indicator.id, ())))
            for indicator in load("dien-bien-2022").indicators
        ]
        if extra is not None:
            entries = _read_file(extra) + entries
        return cls(entries)

    def family(self, indicator_id: str) -> DraftIndicator | None:
        """The indicator of a total's parts by kind, if the vocabulary has one.

        The family's name is the total's name and ", theo …" (a kind of breakdown: loại,
        cấp, chương trình, tình trạng…); "Số" before either name does not count.
        """
        return self._family_of.get(indicator_id)

    def _bonus(self, query: Query, *, part: bool) -> dict[str, float]:
        """What some names score more: "new" ones for new things, families for parts."""
        new = _says_new(f"{query.label} {query.clause} {query.local}")
        bonus = dict.fromkeys(self._new, _NEW_WEIGHT) if new else {}
        if part:
            bonus.update(dict.fromkeys(self._family_ids, _FAMILY_WEIGHT))
        return bonus

    def match(self, phrase: str | Query, unit: str | None, *, part: bool = False) -> Match | None:
        """The best indicator for ``phrase`` among those whose unit fits ``unit``.

        Args:
            phrase: The words of the figure, as a :class:`Query` or as one phrase.
            unit: The figure's unit, or ``None`` to look among all indicators.
            part: The figure is listed as a part of a total: the families of parts
                ("…, theo loại") score more.

        Returns:
            The best match, or ``None`` when there is nothing to compare.
        """
        query = phrase if isinstance(phrase, Query) else Query(phrase)
        parts = [(self._words(getattr(query, part)), weight) for part, weight in _WEIGHTS]
        local = parts[0][0]
        if not any(words for words, _ in parts):
            return None
        if unit is None:
            choices = [c for group in self._by_dimension.values() for c in group]
        else:
            choices = self._by_dimension.get(_dimension(unit), [])
        best: tuple[float, float, int] | None = None
        found: DraftIndicator | None = None
        shares: dict[str, float] = {}
        for words_of_part, share in reversed(parts):  # the nearest part has the last word
            shares.update(dict.fromkeys(words_of_part, share))
        local_weight = sum(self._weight.get(w, 0.0) for w in local if " " not in w)
        bonus = self._bonus(query, part=part)
        for index, (words, indicator) in enumerate(choices):
            total = held = own = pairs = held_pairs = 0.0
            for word in words:
                weight = self._weight[word]
                seen = shares.get(word, 0.0)
                if " " in word:  # a pair of syllables in order: a bonus, not a need
                    pairs += weight
                    held_pairs += weight * seen
                    continue
                total += weight
                held += weight * seen
                own += weight if word in local else 0.0
            if not held:
                continue
            cover = held / total
            explained = own / local_weight if local_weight else cover
            order = held_pairs / pairs if pairs else cover
            score = 100 * (0.5 * cover + 0.3 * explained + 0.2 * order)
            score += bonus.get(indicator.id, 0.0)
            key = (round(score, 6), held, -index)
            if best is None or key > best:
                best, found = key, indicator
        if best is None or found is None:
            return None
        return Match(found, best[0])


def _from_model(indicator: Any) -> DraftIndicator:  # noqa: ANN401  (a vnplan.Indicator)
    return DraftIndicator(
        id=indicator.id,
        name_vi=indicator.name_vi,
        name_en=indicator.name_en,
        unit=indicator.unit,
        measure=indicator.measure.value,
        direction=indicator.direction.value,
        sector=indicator.sector,
    )


def _read_file(path: str | Path) -> list[tuple[DraftIndicator, tuple[str, ...]]]:
    import tomllib  # noqa: PLC0415  (only for a vocabulary file)

    file = Path(path)
    if not file.is_file():
        raise MissingSourceError(str(path))
    try:
        data = tomllib.loads(file.read_text(encoding="utf-8"))
        entries = []
        for table in data.get("indicator", []):
            indicator = DraftIndicator(
                id=table["id"],
                name_vi=table["name_vi"],
                name_en=table.get("name_en", table["name_vi"]),
                unit=table["unit"],
                measure=table.get("measure", "level"),
                direction=table.get("direction", "higher"),
                sector=table.get("sector", "economy"),
            )
            entries.append((indicator, (indicator.name_vi, *table.get("synonyms", ()))))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError, KeyError, TypeError) as error:
        got = f"{type(error).__name__}: {error}"
        raise SourceError(str(path), "a TOML file of [[indicator]] tables", got) from error
    return entries


def _slug(text: str) -> str:
    words = [w for w in fold(text).replace("%", " ").split() if w.isascii() and w.isalnum()]
    return "-".join(words[:6]) or "indicator"


def new_indicator(phrase: str, unit: str, taken: set[str]) -> DraftIndicator:
    """Make an indicator from a figure's phrase, its unit and a guessed direction.

    Args:
        phrase: The words before the figure.
        unit: The figure's unit.
        taken: Indicator ids already used; the new id is added.

    Returns:
        The new indicator, its guesses noted in ``review``.
    """
    words = re.sub(r"^[\W_]+|[\W_]+$", "", " ".join(phrase.split()[-10:]))
    name = (words[:1].upper() + words[1:]) if words else "Chỉ tiêu chưa đặt tên"
    folded = fold(name)
    base = _slug(name)
    ident, n = base, 2
    while ident in taken:
        ident, n = f"{base}-{n}", n + 1
    taken.add(ident)
    dimension = _dimension(unit) or ""
    if unit.strip() == "%":
        measure = "share" if re.search(r"ty trong|co cau|chiem", folded) else "rate"
    elif "/" in unit:
        measure = "average"
    elif any(d in dimension for d in ("currency", "mass", "length", "power", "time", "calendar")):
        measure = "level"
    else:
        measure = "count"
    direction = "neutral" if measure == "share" else "lower" if _LOWER.search(folded) else "higher"
    sector = next((s for s, words in _SECTORS if re.search(words, folded)), "economy")
    review = ((f"new indicator from the phrase {name!r}: name_en, sector {sector!r}, "
              f"measure {measure!r} and direction {direction!r} are guesses"),)  # fmt: skip
    return DraftIndicator(
        id=ident,
        name_vi=name,
        name_en=f"(to translate) {fold(name)}",
        unit=unit,
        measure=measure,
        direction=direction,
        sector=sector,
        new=True,
        review=review,
    )
