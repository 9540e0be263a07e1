"""The "did you mean" of a problem: near ids, a unit's typo, the indicators a unit fits.

Only a problem asks for these, so each import and table here is made on first use.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from vnplan.model import Indicator

__all__ = ["suggest", "suggest_indicators", "suggest_unit"]


def suggest(key: str, known: Iterable[str]) -> str:
    """``"; did you mean 'a', 'b'?"`` with the near matches of ``key``, or ``""``."""
    import difflib  # noqa: PLC0415 (only for a problem's hint)

    matches = difflib.get_close_matches(key, list(known), n=3, cutoff=0.75)
    return _did_you_mean(matches)


def _did_you_mean(matches: Iterable[str]) -> str:
    listed = ", ".join(map(repr, matches))
    return f"; did you mean {listed}?" if listed else ""


def _fold(text: str) -> str:
    """``text`` without case, diacritics nor the stroke of đ: ``"Tấn"`` → ``"tan"``."""
    import unicodedata  # noqa: PLC0415 (only for a problem's hint)

    decomposed = unicodedata.normalize("NFD", text.casefold().replace("đ", "d"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _units() -> tuple[frozenset[str], dict[str, list[str]]]:
    """The names of the units vnplan knows, as printed; and those names by folded name.

    Read anew for each problem (a millisecond), since :func:`vnplan.units.define` may
    have added a unit since the last.
    """
    from vnplan import units  # noqa: PLC0415 (only for a problem's hint: builds pint)

    names = frozenset(name.replace("_", " ") for name in units.registry())
    folded: dict[str, list[str]] = {}
    for name in sorted(names):
        folded.setdefault(_fold(name), []).append(name)
    return names, folded


def suggest_unit(text: str) -> str:
    """``"; did you mean 'tấn'?"`` when ``text`` is no unit but near one, or ``""``.

    Names are compared without case and diacritics, so that ``"tan"`` and ``"tân"``
    both find ``"tấn"``; then by :mod:`difflib` on those folded names.
    """
    import difflib  # noqa: PLC0415 (only for a problem's hint)

    word = text.strip()
    if not word or len(word) > 40:  # (no unit is that long: no need to compare)
        return ""
    names, folded = _units()
    if word in names:
        return ""
    key = _fold(word)
    same = [name for name in folded.get(key, []) if name != word]
    if same:
        return _did_you_mean(same[:3])
    close = difflib.get_close_matches(key, list(folded), n=3, cutoff=0.8)
    return _did_you_mean(name for match in close for name in folded[match][:1])


def suggest_indicators(unit: str, indicator: Indicator, known: Iterable[Indicator]) -> str:
    """``"; or is 'indicator' the wrong one? 'ha' fits indicators 'a', 'b'"``, or ``""``.

    For a figure whose ``unit`` does not fit its ``indicator``: up to three other
    indicators of ``known`` whose unit has the dimension of ``unit``, those in the very
    same unit first, then in the order given.
    """
    from vnplan import units  # noqa: PLC0415 (only for a problem's hint)
    from vnplan.exceptions import VnplanError  # noqa: PLC0415 (only for a problem's hint)

    same: list[str] = []
    alike: list[str] = []
    for other in known:
        if other.id == indicator.id:
            continue
        try:
            fits = units.same_dimension(unit, other.unit)
        except VnplanError:
            return ""  # (the unit is unknown: said, with its own hint)
        if fits:
            (same if other.unit == unit else alike).append(other.id)
    found = [*same, *alike][:3]
    if not found:
        return ""
    listed = ", ".join(map(repr, found))
    noun = "indicators" if len(found) > 1 else "indicator"
    return f"; or is 'indicator' the wrong one? {unit!r} fits {noun} {listed}"
