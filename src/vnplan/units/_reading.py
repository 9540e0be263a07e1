"""Printed unit text read into unit names and powers, from ``units.txt``, without pint.

The names of ``units.txt`` and their printed spellings are read once, on first use, into
the tables of :data:`_STATE`, which the registry (:mod:`vnplan.units._registry`) shares.
"""

from __future__ import annotations

import functools
import re
import threading
import unicodedata
from typing import TYPE_CHECKING, Final

from vnplan.exceptions import UnitError

if TYPE_CHECKING:
    from decimal import Decimal

    import pint

__all__ = ["AUTO_SCALES", "SCALE_WORDS", "split_scale"]

#: The scale words, by canonical name, in the order they are printed ("nghìn tỷ").
SCALE_WORDS: Final[dict[str, int]] = {
    "trăm": 100,
    "nghìn": 1000,
    "vạn": 10_000,
    "triệu": 10**6,
    "tỷ": 10**9,
    "nghìn_tỷ": 10**12,
}

#: The scales picked by ``format_quantity(..., scale="auto")``, largest first.
AUTO_SCALES: Final[tuple[str, ...]] = ("nghìn_tỷ", "tỷ", "triệu", "nghìn")

# Printed spellings that are not pint identifiers, mapped to canonical names.
_EXTRA_SPELLINGS: Final[dict[str, str]] = {
    "điểm %": "điểm_phần_trăm",
    "điểm phần trăm": "điểm_phần_trăm",
    "percentage point": "điểm_phần_trăm",
    "passenger-km": "lượt_HK_km",
    "tonne-km": "tấn_km",
}
_SUPERSCRIPTS: Final[dict[str, int]] = {"²": 2, "³": 3}
# A number in a unit scales it ("thuê bao/100 dân"); only these are allowed.
_UNIT_NUMBERS: Final[dict[str, str]] = {
    "100": "trăm",
    "1.000": "nghìn",
    "1,000": "nghìn",
    "1000": "nghìn",
    "10.000": "vạn",
    "10,000": "vạn",
    "10000": "vạn",
}
# The definitions, in pint's syntax: the whole registry.
_DEFINITIONS: Final = "units.txt"
_MAX_UNIT_LENGTH: Final = 120
_MAX_WORDS_PER_NAME: Final = 6
# Besides letters and digits (str.isalnum: the regular expression [^\W_]), a unit may hold these.
_UNIT_PUNCTUATION: Final = frozenset(" ./%·,-")
# A definition line; compiled on first use (by re's cache), not on import, where it took ~1 ms.
_NAME_LINE: Final = r"^\s*([^\s=#@\[][^=]*?)\s*=\s*(.+?)\s*$"


class _State:
    """The registry and the name tables (a plain class: attrs costs ~0.7 ms at import)."""

    def __init__(self) -> None:
        self.registry: pint.UnitRegistry[Decimal] | None = None
        # Whether the name tables below hold the names of units.txt (read without pint).
        self.loaded = False
        # Printed key (words joined by spaces) -> canonical pint name.
        self.names: dict[str, str] = {}
        # Case-folded key -> canonical name; keys two names share are left out.
        self.folded: dict[str, str | None] = {}
        # Canonical name -> definition order, for printing products and quotients.
        self.order: dict[str, int] = {}
        # Currency dimension -> its base unit ("[currency_vnd]" -> "đồng").
        self.currencies: dict[str, str] = {}
        # The definitions added with define(), so that repeating one is harmless.
        self.defined: set[str] = set()


_STATE = _State()
_LOCK = threading.RLock()


@functools.cache
def _read(name: str) -> str:
    from importlib import resources  # noqa: PLC0415  (only needed to read the tables)

    return resources.files("vnplan.units").joinpath(name).read_text(encoding="utf-8")


def _load_names() -> None:
    """Read the printed names of the units of ``units.txt``, once, without pint."""
    if _STATE.loaded:
        return
    with _LOCK:
        if not _STATE.loaded:  # another thread may have read them meanwhile
            for line in _read(_DEFINITIONS).splitlines():
                _remember(line)
            for spelling, name in _EXTRA_SPELLINGS.items():
                _add_name(spelling, name)
            _STATE.loaded = True


def _definition(line: str) -> tuple[str, str, list[str]] | None:
    """Split a line of ``units.txt`` into its name, its definition and its aliases."""
    match = re.match(_NAME_LINE, line.split("#", 1)[0])
    if match is None or match.group(1).endswith("-"):
        return None
    definition, *aliases = (part.strip() for part in match.group(2).split("="))
    return match.group(1), definition, [alias for alias in aliases if alias != "_"]


def _remember(line: str) -> None:
    """Add the names a definition line defines to the printed-name tables."""
    found = _definition(line)
    if found is None:
        return
    name, definition, aliases = found
    _STATE.order.setdefault(name, len(_STATE.order))
    if definition.startswith("[currency_"):
        _STATE.currencies[definition] = name
    _add_name(name.replace("_", " "), name)
    for alias in aliases:
        _add_name(alias.replace("_", " "), name)


def _add_name(key: str, name: str) -> None:
    _STATE.names[key] = name
    folded = key.casefold()
    known = _STATE.folded.get(folded, name)
    _STATE.folded[folded] = name if known == name else None


def _split_words(part: str, text: str) -> list[tuple[str, bool]]:
    """Split one side of a ``/`` into words, each with whether a ``.`` comes before it."""
    words: list[tuple[str, bool]] = []
    for chunk in part.split():
        if chunk in _UNIT_NUMBERS:
            words.append((chunk, False))
            continue
        pieces = chunk.replace("·", ".").split(".")
        if any(not piece for piece in pieces):
            raise UnitError(
                f"'unit' must be unit names joined by spaces, '.' or '/' (got {text!r})",
                unit=text,
            )
        words.extend((piece, index > 0) for index, piece in enumerate(pieces))
    return words


def _lookup(key: str) -> str | None:
    name = _STATE.names.get(key)
    if name is None:
        name = _STATE.folded.get(key.casefold())
    return name


# A space joins two units only after these ("lượt người": visits of persons); other
# products take a dot ("tấn.km"), so that "% hộ" is not read as a unit.
_SPACE_PRODUCT_HEADS: Final = frozenset({"lượt"})


def _resolve_words(
    words: list[tuple[str, bool]], text: str, *, denominator: bool
) -> list[tuple[str, int]]:
    """Match words to unit names, longest name first."""
    result: list[tuple[str, int]] = []
    i = 0
    while i < len(words):
        word, dotted = words[i]
        if word in _UNIT_NUMBERS:
            if i > 0 or not denominator:
                raise UnitError(
                    f"'unit' must have a number only right after '/' (got {text!r})",
                    unit=text,
                    word=word,
                )
            result.append((_UNIT_NUMBERS[word], 1))
            i += 1
            continue
        for j in range(min(len(words), i + _MAX_WORDS_PER_NAME), i, -1):
            name = _lookup(" ".join(w for w, _ in words[i:j]))
            if name is not None:
                found, i = (name, 1), j
                break
        else:
            found, i = _resolve_power(word, text), i + 1
        if result and result[-1][0] in SCALE_WORDS and found[0] in SCALE_WORDS:
            raise UnitError(
                f"'unit' must have at most one scale word (got {text!r}): "
                f"{result[-1][0].replace('_', ' ')!r} is followed by {word!r}",
                unit=text,
                word=word,
            )
        if any(name == found[0] for name, _ in result):
            raise UnitError(
                f"'unit' must name each unit once on each side of '/' (got {text!r}): "
                f"{word!r} repeats; write a power as '²' or '³' (m²)",
                unit=text,
                word=word,
            )
        if result and result[-1][0] not in SCALE_WORDS:
            previous = result[-1][0]
            if found[0] in SCALE_WORDS or not (dotted or previous in _SPACE_PRODUCT_HEADS):
                raise UnitError(
                    f"'unit' must join two units with '.' (got {text!r}): a space joins the "
                    "words of one unit name, and scale words come first",
                    unit=text,
                    word=word,
                )
        result.append(found)
    return result


def _resolve_power(word: str, text: str) -> tuple[str, int]:
    """Read ``m²``, ``km²``, ``m³`` (also ``m2``, ``m3``)."""
    if len(word) > 1:
        power = _SUPERSCRIPTS.get(word[-1]) or (int(word[-1]) if word[-1] in "23" else None)
        name = _lookup(word[:-1]) if power else None
        if name is not None and power is not None:
            return name, power
    raise UnitError(
        f"'unit' must be a unit vnplan knows (got {text!r}): {word!r} is not defined; "
        "add it with vnplan.units.define()",
        unit=text,
        word=word,
    )


def _parts(text: str) -> list[list[tuple[str, int]]]:
    """Read printed unit text into canonical names with powers, for each side of ``/``."""
    if not isinstance(text, str):
        raise UnitError(f"'unit' must be a str (got {text!r})", unit=repr(text))
    stripped = text.strip()
    if len(stripped) <= _MAX_UNIT_LENGTH:
        # Vietnamese text may come decomposed (NFD); names are stored composed.
        stripped = unicodedata.normalize("NFC", stripped)
    if len(stripped) > _MAX_UNIT_LENGTH:
        raise UnitError(
            f"'unit' must be at most {_MAX_UNIT_LENGTH} characters (got {len(stripped)})",
            unit=stripped[:_MAX_UNIT_LENGTH],
        )
    if not stripped:
        return []
    for char in stripped:
        if not (char.isalnum() or char in _UNIT_PUNCTUATION):
            raise UnitError(
                f"'unit' must be letters, spaces, '.', '/' or '%' (got {char!r} in {text!r})",
                unit=text,
            )
    _load_names()
    parts: list[list[tuple[str, int]]] = []
    for index, part in enumerate(stripped.split("/")):
        words = _split_words(part, text)
        if not words:
            raise UnitError(
                f"'unit' must have a unit on each side of '/' (got {text!r})", unit=text
            )
        parts.append(_resolve_words(words, text, denominator=index > 0))
    return parts


def _powers(parts: list[list[tuple[str, int]]]) -> dict[str, int]:
    """Sum the powers of each name of :func:`_parts`, as a pint unit does; none is 0."""
    powers: dict[str, int] = {}
    for index, names in enumerate(parts):
        for name, power in names:
            powers[name] = powers.get(name, 0) + (power if index == 0 else -power)
    return {name: power for name, power in powers.items() if power}


def split_scale(unit: str) -> tuple[int, str]:
    """Split a leading scale word off a printed unit.

    Args:
        unit: A unit as printed ("tỷ đồng", "nghìn tỷ đồng", "ha").

    Returns:
        The power of ten of the scale word (0 when there is none) and the rest of the
        unit, whitespace collapsed.

    Examples:
        >>> from vnplan.units import split_scale
        >>> split_scale("nghìn tỷ đồng"), split_scale("triệu  lượt HK.Km"), split_scale("ha")
        ((12, 'đồng'), (6, 'lượt HK.Km'), (0, 'ha'))
    """
    _load_names()
    words = unicodedata.normalize("NFC", unit).split()
    for size in (2, 1):
        name = _lookup(" ".join(words[:size])) if len(words) >= size else None
        if name is not None and name in SCALE_WORDS:
            return len(str(SCALE_WORDS[name])) - 1, " ".join(words[size:])
    return 0, " ".join(words)
