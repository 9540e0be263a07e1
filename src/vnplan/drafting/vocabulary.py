"""Match a figure's phrase to an indicator, or make a new indicator from the phrase.

The vocabulary is the bundled indicators' Vietnamese names, plus a vocabulary file the user
may give: a TOML file of ``[[indicator]]`` tables in the data format, each with an optional
``synonyms`` list of other names. Names and phrases are compared without diacritics, by
rapidfuzz (imported on first use), among the indicators whose unit measures the same thing
as the figure's.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from pathlib import Path
from typing import Any, Final

import attrs

from vnplan.drafting._deps import UnitError, load, unit_info
from vnplan.drafting.errors import MissingSourceError, SourceError
from vnplan.drafting.records import DraftIndicator

__all__ = ["Match", "Vocabulary", "fold", "new_indicator"]

#: A match at least this good is taken as it is; below :data:`WEAK`, a new indicator.
STRONG: Final = 80.0
WEAK: Final = 62.0
#: Words that say nothing of the indicator: verbs, status words, fillers.
_NOISE: Final = re.compile(
    r"\b(?:du uoc|uoc dat|uoc tinh|uoc thuc hien|uoc|dat|la|duoc|co|voi|va|cua|nam 20\d\d|"
    r"trong do|tong so|tren dia ban|toan tinh|tinh|so bo|bao gom|gom|thuc hien|hien|nay|"
    r"den|het|tai|nhu|cac|nhung|mot so|so)\b"
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


@functools.cache
def _dimension(unit: str) -> str | None:
    try:
        return unit_info(unit).dimension
    except UnitError:
        return None


class Vocabulary:
    """Indicators to match phrases against.

    Args:
        entries: Indicators, each with the names (its Vietnamese name first) it is known by.
    """

    def __init__(self, entries: list[tuple[DraftIndicator, tuple[str, ...]]]) -> None:
        self.entries = entries
        self._by_dimension: dict[str | None, list[tuple[str, DraftIndicator]]] = {}
        for indicator, names in entries:
            for name in names:
                folded = _NOISE.sub(" ", fold(re.sub(r"\(.*?\)", " ", name)))
                key = _dimension(indicator.unit)
                self._by_dimension.setdefault(key, []).append((" ".join(folded.split()), indicator))

    @classmethod
    def bundled(cls, extra: str | Path | None = None) -> Vocabulary:
        """The bundled indicators, and those of a vocabulary file.

        Raises:
            MissingSourceError: ``extra`` does not exist.
            SourceError: ``extra`` is no TOML file of ``[[indicator]]`` tables.
        """
        entries: list[tuple[DraftIndicator, tuple[str, ...]]] = [
            (_from_model(indicator), (indicator.name_vi,))
            for indicator in load("dien-bien-2022").indicators
        ]
        if extra is not None:
            entries = _read_file(extra) + entries
        return cls(entries)

    def match(self, phrase: str, unit: str | None) -> Match | None:
        """The best indicator for ``phrase`` among those whose unit fits ``unit``.

        Args:
            phrase: The words before the figure.
            unit: The figure's unit, or ``None`` to look among all indicators.

        Returns:
            The best match, or ``None`` when there is nothing to compare.
        """
        from rapidfuzz import fuzz, process  # noqa: PLC0415  (import vnplan stays light)

        query = " ".join(_NOISE.sub(" ", fold(phrase)).split())
        if not query:
            return None
        if unit is None:
            choices = [c for group in self._by_dimension.values() for c in group]
        else:
            choices = self._by_dimension.get(_dimension(unit), [])
        if not choices:
            return None
        _, score, _ = process.extractOne(
            query, [name for name, _ in choices], scorer=fuzz.token_set_ratio, processor=None
        )
        # A long phrase holds many names: prefer the one closest in full among the best.
        ties = [
            i
            for i, (name, _) in enumerate(choices)
            if fuzz.token_set_ratio(query, name, processor=None) >= score - 0.5
        ]
        index = max(ties, key=lambda i: (fuzz.ratio(query, choices[i][0]), -i))
        return Match(choices[index][1], float(score))


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
