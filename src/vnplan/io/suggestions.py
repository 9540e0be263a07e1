"""The "did you mean" of a problem: near ids, and the unit a typo was meant to be.

Only a problem asks for these, so each import and table here is made on first use.
"""

from __future__ import annotations

from collections.abc import Iterable

__all__ = ["suggest", "suggest_unit"]


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
