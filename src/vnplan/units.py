"""The one unit registry of vnplan, with exact ``Decimal`` magnitudes.

vnplan reads units as Vietnamese reports print them ("tỷ đồng", "nghìn lượt",
"triệu lượt HK.Km", "triệu đồng/người/năm", "thuê bao/100 dân", "điểm %") and keeps
them as `pint <https://pint.readthedocs.io/>`_ units, so that a quantity knows its
dimension and its scale:

    >>> from decimal import Decimal
    >>> from vnplan import units
    >>> grdp = units.quantity(Decimal("13963.91"), "tỷ đồng")
    >>> grdp.magnitude
    Decimal('13963.91')
    >>> units.unit_info("tỷ đồng").factor
    Decimal('1000000000')
    >>> units.conversion_factor("tỷ đồng", "triệu đồng")
    Decimal('1000')

There is exactly one registry, built on first use from vnplan's own definitions file
(``units.txt`` in this package, not pint's default file), with ``Decimal`` magnitudes.
``import vnplan`` and ``import vnplan.units`` do not import pint. Nor do
:func:`unit_info`, :func:`same_dimension`, :func:`conversion_factor`,
:func:`split_scale` and :func:`unit_text` of a printed unit, as long as the unit is
made of the units of ``units.txt``: they read ``unit_table.txt``, the same units
reduced by pint to root units beforehand, and give pint's answers (loading and auditing
a report does not import pint). Anything else (a unit added with :func:`define`, or a
unit per day, whose factor 1/24 pint rounds) is left to pint.

**How printed units are read.** Scale words (nghìn/ngàn, triệu, tỷ/tỉ, nghìn tỷ, and
thousand, million, billion, trillion in English) are multipliers. A space joins the
words of one Vietnamese unit name ("lao động", "hợp tác xã", "lượt HK"). Two units
multiply when a dot joins them ("HK.Km", "tấn.km"), or a space after lượt ("lượt người":
visits of persons); any other space between two units is an error, so that "% hộ" is
not misread as a unit. ``/`` divides, and a number right after it scales the denominator
("thuê bao/100 dân"). Scale words come first. Names are matched
exactly first, then ignoring case ("Tấn.Km", "Kg"). ``²`` and ``³`` are powers ("m³").

**Dimensions.** đồng (VND) and USD are two currencies: they are never converted without
a rate the caller gives (:func:`convert_currency`). Each kind of count is its own
dimension, so persons (người) never add to households (hộ) or to enterprises
(doanh nghiệp). A worker (lao động) is counted as a person: reports use the two words
for the same count ("2.740 lao động (tăng 1.629 người)").
Percent (``%``) is a pure number, like a factor (``lần``); percentage points
(``điểm %``, ``điểm phần trăm``) are a dimension of their own. Days (ngày, giờ, tuần) and
calendar periods (năm, quý, tháng) are two dimensions, because a month or a year is not
a fixed number of days.

    >>> units.same_dimension("tỷ đồng", "triệu USD")
    False
    >>> units.conversion_factor("người", "hộ")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    vnplan.exceptions.DimensionalityError: cannot convert 'người' to 'hộ': [person] is not ...

Adding quantities of different dimensions raises pint's own ``DimensionalityError``
(a ``TypeError``):

    >>> units.quantity(Decimal(1), "đồng") + units.quantity(Decimal(1), "USD")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    pint.errors.DimensionalityError: Cannot convert from 'đồng' ([currency_vnd]) to 'USD' ...

**How a user adds a count unit.** Call :func:`define` with a pint definition: the unit
name (a space may stand in it), a new dimension in square brackets, and optionally
``_`` (no symbol) and aliases, such as an English name. The unit then reads and prints
like any other:

    >>> units.define("cây xanh = [green_tree] = _ = green_trees")
    >>> units.unit_info("nghìn cây xanh").dimension
    '[green_tree]'
    >>> units.same_dimension("cây xanh", "cây")
    False

A unit that is a multiple of a known one takes a factor instead of a dimension
(``define("yến = 10 * kg")``).

**Exactness.** Conversion factors are exact whenever the ratio is a terminating decimal,
which holds for every pair of units vnplan defines except those involving ``tháng``
(a twelfth of a year) or ``giờ`` (a 24th of a day); those are rounded to 28 significant
digits.
"""

from __future__ import annotations

import functools
import re
import threading
import unicodedata
from decimal import Decimal, localcontext
from fractions import Fraction
from typing import TYPE_CHECKING, Any, Final, NamedTuple

import attrs

from vnplan.exceptions import DimensionalityError, UnitError

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

    import pint

__all__ = [
    "UnitInfo",
    "conversion_factor",
    "convert_currency",
    "define",
    "quantity",
    "registry",
    "same_dimension",
    "split_scale",
    "unit_info",
    "unit_text",
]

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

# How a unit is written when the printed form is not its name with spaces for "_".
_VI_DISPLAY: Final[dict[str, str]] = {
    "percent": "%",
    "điểm_phần_trăm": "điểm %",
    "lượt_HK_km": "lượt HK.Km",
    "tấn_km": "tấn.km",
}

# Printed spellings that are not pint identifiers, mapped to canonical names.
_EXTRA_SPELLINGS: Final[dict[str, str]] = {
    "điểm %": "điểm_phần_trăm",
    "điểm phần trăm": "điểm_phần_trăm",
    "percentage point": "điểm_phần_trăm",
    "passenger-km": "lượt_HK_km",
    "tonne-km": "tấn_km",
}

# English names of units (each is also an alias in units.txt, so English text parses).
_EN_DISPLAY: Final[dict[str, str]] = {
    "trăm": "hundred",
    "nghìn": "thousand",
    "triệu": "million",
    "tỷ": "billion",
    "nghìn_tỷ": "trillion",
    "percent": "%",
    "lần": "times",
    "điểm_phần_trăm": "percentage points",
    "đồng": "VND",
    "USD": "USD",
    "lượt": "visits",
    "lượt_HK": "passenger trips",
    "lượt_HK_km": "passenger-km",
    "tấn_km": "tonne-km",
    "lượt_người": "person visits",
    "người": "persons",
    "dân": "inhabitants",
    "lao_động": "workers",
    "việc_làm": "jobs",
    "hộ": "households",
    "học_sinh": "pupils",
    "sinh_viên": "students",
    "bệnh_nhân": "patients",
    "bác_sĩ": "doctors",
    "doanh_nghiệp": "enterprises",
    "hợp_tác_xã": "cooperatives",
    "tổ_chức": "organisations",
    "xã": "communes",
    "huyện": "districts",
    "bản": "villages",
    "trường": "schools",
    "lớp": "classes",
    "nhà": "houses",
    "nhà_máy": "plants",
    "giường": "beds",
    "dự_án": "projects",
    "công_trình": "constructions",
    "sản_phẩm": "products",
    "tiêu_chí": "criteria",
    "hồ_sơ": "dossiers",
    "thủ_tục": "procedures",
    "vụ": "incidents",
    "ca": "cases",
    "con": "head",
    "thuê_bao": "subscribers",
    "tạ": "quintals",
    "tấn": "tonnes",
    "ngày": "days",
    "giờ": "hours",
    "tuần": "weeks",
    "năm": "years",
    "quý": "quarters",
    "tháng": "months",
}

# English names after "/" ("VND/person/year"); each is also an alias in units.txt.
_EN_SINGULAR: Final[dict[str, str]] = {
    "người": "person",
    "dân": "inhabitant",
    "hộ": "household",
    "xã": "commune",
    "lượt_HK": "passenger trip",
    "giờ": "hour",
    "ngày": "day",
    "tuần": "week",
    "năm": "year",
    "quý": "quarter",
    "tháng": "month",
}

_SUPERSCRIPTS: Final[dict[str, int]] = {"²": 2, "³": 3}
_POWER_TEXT: Final[dict[int, str]] = {2: "²", 3: "³"}
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
# The definitions (pint's syntax), and the table computed from them with pint.
_DEFINITIONS: Final = "units.txt"
_TABLE: Final = "unit_table.txt"
_MAX_UNIT_LENGTH: Final = 120
_MAX_WORDS_PER_NAME: Final = 6
# Besides letters and digits (str.isalnum: the regular expression [^\W_]), a unit may hold these.
_UNIT_PUNCTUATION: Final = frozenset(" ./%·,-")
# A definition line; compiled on first use (by re's cache), not on import, where it took ~1 ms.
_NAME_LINE: Final = r"^\s*([^\s=#@\[][^=]*?)\s*=\s*(.+?)\s*$"


@attrs.frozen
class UnitInfo:
    """What vnplan knows about a printed unit.

    Examples:
        >>> from vnplan.units import unit_info
        >>> info = unit_info("triệu đồng/người/năm")
        >>> info.factor, info.canonical, info.dimension
        (Decimal('1000000'), 'đồng/người/năm', '[currency_vnd]/[calendar]/[person]')
    """

    #: The unit as given ("tỷ đồng").
    text: str
    #: The multiplier from this unit to :attr:`canonical` (10**9 for "tỷ đồng").
    factor: Decimal
    #: A stable key of the dimension ("[currency_vnd]"); equal keys mean the units
    #: convert into each other. "dimensionless" for pure numbers ("%", "lần").
    dimension: str
    #: The unit of the dimension that :attr:`factor` converts to, as printed ("đồng",
    #: "m²"); "" for pure numbers.
    canonical: str


class _Root(NamedTuple):
    """A unit name reduced to root units by pint: one line of ``unit_table.txt``."""

    #: The factor to the root units: exactly the ``Decimal`` pint computes.
    factor: Fraction
    #: The root units, each with its power ("ha": ``{"m": 2}``).
    units: dict[str, int]
    #: The base dimensions, each with its power ("ha": ``{"[length]": 2}``).
    dimensions: dict[str, int]


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


def registry() -> pint.UnitRegistry[Decimal]:
    """Return the one unit registry of vnplan, building it on first use.

    The registry holds only vnplan's own definitions, and its magnitudes are
    ``Decimal``. Use it for pint operations vnplan has no helper for; add units with
    :func:`define`, never by building another registry.

    Returns:
        The registry.

    Examples:
        >>> from vnplan.units import registry
        >>> registry() is registry()
        True
    """
    reg = _STATE.registry
    if reg is None:
        with _LOCK:
            reg = _STATE.registry
            if reg is None:
                reg = _build()
    return reg


def _build() -> pint.UnitRegistry[Decimal]:
    import pint  # noqa: PLC0415  (pint loads on first use, never on import vnplan)

    _load_names()
    with localcontext() as ctx:
        ctx.prec = 28
        reg: pint.UnitRegistry[Decimal] = pint.UnitRegistry(
            None, non_int_type=Decimal, on_redefinition="raise"
        )
        reg.load_definitions(_read(_DEFINITIONS).splitlines())
    _STATE.registry = reg
    return reg


@functools.cache
def _read(name: str) -> str:
    from importlib import resources  # noqa: PLC0415  (only needed to read the tables)

    return resources.files("vnplan").joinpath(name).read_text(encoding="utf-8")


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


@functools.cache
def _root_table() -> dict[str, _Root]:
    """Read ``unit_table.txt``: each unit name of ``units.txt`` in root units."""
    table: dict[str, _Root] = {}
    for line in _read(_TABLE).splitlines():
        if line and not line.startswith("#"):
            name, factor, root, dimensions = line.split("\t")
            table[name] = _Root(Fraction(factor), _read_powers(root), _read_powers(dimensions))
    return table


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


#: What :func:`define` calls after a new unit: caches of readings that a unit may change.
_ON_DEFINE: Final[list[Callable[[], object]]] = []


def on_define(forget: Callable[[], object]) -> None:
    """Have :func:`define` call ``forget`` after each new unit.

    A layer above this one that caches what it read (the printed-figure reader does)
    registers the cache's ``cache_clear`` here, so that a text reads anew with the new
    unit, without this module importing that layer.
    """
    _ON_DEFINE.append(forget)


def define(definition: str) -> None:
    """Add a unit to vnplan's registry.

    Args:
        definition: A pint definition: ``"name = [new_dimension]"`` for a new kind of
            count, or ``"name = factor * unit"`` for a multiple of a known unit; then
            optionally ``= _`` (no symbol) and ``= alias`` for more spellings. Spaces in
            the name are allowed and stand for themselves in printed text
            ("cây xanh = [green_tree]").

    Raises:
        UnitError: If the definition cannot be read, or a name is already defined
            (defining the very same line again does nothing).

    Examples:
        >>> from vnplan import units
        >>> units.define("yến = 10 * kg = _ = yen")
        >>> units.conversion_factor("tấn", "yến")
        Decimal('100')
    """
    if "=" not in definition:
        raise UnitError(
            f"'definition' must be a pint definition 'name = ...' (got {definition!r})",
            unit=str(definition),
        )
    name, rest = definition.split("=", 1)
    name = "_".join(name.split())
    line = f"{name} = {rest.strip()}"
    reg = registry()
    import pint  # noqa: PLC0415  (already loaded by registry())

    with _LOCK:
        if line in _STATE.defined:
            return
        try:
            with localcontext() as ctx:
                ctx.prec = 28
                reg.define(line)
        except (pint.errors.PintError, ValueError, TypeError, KeyError) as error:
            raise UnitError(
                f"'definition' must be a new pint unit definition (got {definition!r}): {error}",
                unit=name.replace("_", " "),
            ) from error
        _remember(line)
        _STATE.defined.add(line)
    for forget in _ON_DEFINE:
        forget()  # a text may read otherwise with the new unit (see on_define)
    _text_of.cache_clear()  # and a unit may be written otherwise


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


def _expression(parts: list[list[tuple[str, int]]]) -> str:
    """Write the names and powers of :func:`_parts` as a pint expression."""
    terms: list[str] = []
    for index, names in enumerate(parts):
        product = " * ".join(name if power == 1 else f"{name} ** {power}" for name, power in names)
        terms.append(product if index == 0 else f"({product})")
    return " / ".join(terms)


def _powers(parts: list[list[tuple[str, int]]]) -> dict[str, int]:
    """Sum the powers of each name of :func:`_parts`, as a pint unit does; none is 0."""
    powers: dict[str, int] = {}
    for index, names in enumerate(parts):
        for name, power in names:
            powers[name] = powers.get(name, 0) + (power if index == 0 else -power)
    return {name: power for name, power in powers.items() if power}


@functools.lru_cache(maxsize=4096)
def _unit(text: str) -> pint.Unit:
    expression = _expression(_parts(text))
    reg = registry()
    import pint  # noqa: PLC0415  (already loaded by registry())

    try:
        with localcontext() as ctx:
            ctx.prec = 28
            return reg.Unit(expression) if expression else reg.dimensionless
    except (pint.errors.PintError, ValueError, TypeError, KeyError, AttributeError) as error:
        msg = f"'unit' must be a unit vnplan can read (got {text!r})"
        raise UnitError(msg, unit=text) from error


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


def _items(unit: Any) -> list[tuple[str, int]]:  # noqa: ANN401  (a pint Unit of any facet)
    one = registry().Quantity(Decimal(1), unit)
    return [(str(name), int(Decimal(str(power)))) for name, power in one.unit_items()]


def _display(name: str, locale: str, *, singular: bool = False) -> str:
    if locale == "en" and singular and name in _EN_SINGULAR:
        return _EN_SINGULAR[name]
    if locale == "en" and name in _EN_DISPLAY:
        return _EN_DISPLAY[name]
    return _VI_DISPLAY.get(name, name.replace("_", " "))


def _number_text(value: int, locale: str) -> str:
    separator = "," if locale == "en" else "."
    return f"{value:,}".replace(",", separator)


def _unit_text_of(items: Iterable[tuple[str, int]], locale: str) -> str:
    order = _STATE.order
    ranked = sorted(items, key=lambda item: (order.get(item[0], len(order)), item[0]))

    def power(name: str, exponent: int, *, singular: bool = False) -> str:
        text = _display(name, locale, singular=singular)
        size = abs(exponent)
        return text + _POWER_TEXT.get(size, "" if size == 1 else f"^{size}")

    def scale_below(name: str) -> str:
        if name == "vạn" and locale != "en":
            return _display(name, locale)
        return _number_text(SCALE_WORDS[name], locale)

    scales = [power(n, e) for n, e in ranked if e > 0 and n in SCALE_WORDS]
    top = [power(n, e) for n, e in ranked if e > 0 and n not in SCALE_WORDS]
    bottom_scales = [scale_below(n) for n, e in ranked if e < 0 and n in SCALE_WORDS]
    bottom = [
        power(n, e, singular=not bottom_scales) for n, e in ranked if e < 0 and n not in SCALE_WORDS
    ]
    text = " ".join([*scales, ".".join(top)]).strip()
    if bottom:
        first = " ".join([*bottom_scales, bottom[0]])
        text += "/" + "/".join([first, *bottom[1:]])
    elif bottom_scales:
        text += "/" + " ".join(bottom_scales)
    return text


def unit_text(unit: str | pint.Unit | pint.Quantity[Decimal], locale: str = "vi") -> str:
    """Write a unit the way a report prints it.

    Scale words come first, then the units of the numerator joined by ``.``, then each
    unit of the denominator after a ``/``. In English (``locale="en"``) the units with an
    English name take it (đồng → VND, tỷ → billion, người → persons, …); the others keep
    their Vietnamese name, which reads back in either locale.

    Args:
        unit: A unit as printed (read as :func:`quantity` reads it, without importing
            pint), a unit of vnplan's registry, or a quantity whose unit to write.
        locale: ``"vi"`` or ``"en"``.

    Returns:
        The printed unit; ``""`` for a pure number.

    Raises:
        UnitError: If ``unit`` is text that is not a unit vnplan knows.

    Examples:
        >>> from vnplan.units import quantity, unit_text
        >>> from decimal import Decimal
        >>> unit_text(quantity(Decimal(1), "triệu Tấn.Km").units)
        'triệu tấn.km'
        >>> unit_text(quantity(Decimal(1), "tỷ đồng").units, "en")
        'billion VND'
        >>> unit_text("triệu đồng/người/năm", "en")
        'million VND/person/year'
    """
    if isinstance(unit, str):
        return _text_of(unit, locale)
    reg = registry()
    units = unit if isinstance(unit, reg.Unit) else unit.units
    return _unit_text_of(_items(units), locale)


@functools.lru_cache(maxsize=4096)  # an audit writes a few dozen units, thousands of times
def _text_of(unit: str, locale: str) -> str:
    """:func:`unit_text` of printed text; :func:`define` empties the cache."""
    return _unit_text_of(_powers(_parts(unit)).items(), locale)


@functools.lru_cache(maxsize=4096)
def unit_info(unit: str) -> UnitInfo:
    """Describe a printed unit: its factor to the canonical unit, and its dimension.

    Args:
        unit: The unit as printed ("tỷ đồng", "%", "điểm %", "thuê bao/100 dân").

    Returns:
        The unit's :class:`UnitInfo`.

    Raises:
        UnitError: If a word of the unit is not a unit vnplan knows.

    Examples:
        >>> from vnplan.units import unit_info
        >>> unit_info("ha").canonical, unit_info("ha").factor
        ('m²', Decimal('10000'))
        >>> unit_info("%").factor
        Decimal('0.01')
        >>> unit_info("nghìn ngựa")  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        vnplan.exceptions.UnitError: 'unit' must be a unit vnplan knows (got 'nghìn ngựa'): ...
    """
    return _info_from_table(unit, _powers(_parts(unit))) or _info_from_pint(unit)


def _info_from_pint(unit: str) -> UnitInfo:
    parsed = _unit(unit)
    reg = registry()
    with localcontext() as ctx:
        ctx.prec = 28
        factor, root = reg.get_root_units(parsed)
        dims = parsed.dimensionality
    return UnitInfo(
        text=unit,
        factor=_clean(Decimal(str(factor))),
        dimension=_dimension_key(dict(dims.items())),
        canonical=_unit_text_of(_items(root), "vi"),
    )


def _info_from_table(text: str, powers: dict[str, int]) -> UnitInfo | None:
    """Work out :func:`unit_info` from ``unit_table.txt``, where that gives pint's answer.

    It does when every name is in the table, and each name's factor raised to its power
    is a terminating decimal, with at most 28 significant digits in all: then no step of
    pint's 28-digit ``Decimal`` arithmetic rounds, whatever their order, and the factor,
    root units and dimensions multiply out exactly as pint multiplies them. Otherwise
    (a unit added with :func:`define`, "đồng/ngày", whose factor is 1/24) this returns
    ``None`` and pint answers. A test compares both ways on many units.
    """
    factor, digits = Fraction(1), 0
    root: dict[str, int] = {}
    dimensions: dict[str, int] = {}
    for name, power in powers.items():
        entry = _root_table().get(name)
        if entry is None:  # a unit added with define()
            return None
        value = entry.factor**power
        places = _significant_digits(value)
        if places is None:  # 1/24 for "/ngày": pint rounds it
            return None
        factor, digits = factor * value, digits + places
        for table, items in ((root, entry.units), (dimensions, entry.dimensions)):
            for key, exponent in items.items():
                table[key] = table.get(key, 0) + exponent * power
    if digits > 28:
        return None
    return UnitInfo(
        text=text,
        factor=_to_decimal(factor),
        dimension=_dimension_key({k: p for k, p in dimensions.items() if p}),
        canonical=_unit_text_of([(k, p) for k, p in root.items() if p], "vi"),
    )


def _significant_digits(value: Fraction) -> int | None:
    """Count the significant digits of a terminating decimal; ``None`` for 1/3 and such."""
    rest = value.denominator
    for prime in (2, 5):
        while rest % prime == 0:
            rest //= prime
    if rest != 1:
        return None
    while value.denominator != 1:
        value *= 10
    return len(str(abs(value.numerator)).rstrip("0"))


def _read_powers(text: str) -> dict[str, int]:
    """Read ``"m^2 giờ^-1"`` (a line of ``unit_table.txt``) into ``{"m": 2, "giờ": -1}``."""
    powers: dict[str, int] = {}
    for item in text.split():
        name, _, power = item.partition("^")
        powers[name] = int(power or 1)
    return powers


def _powers_text(items: Iterable[tuple[object, object]]) -> str:
    """Write names with powers the way :func:`_read_powers` reads them."""
    pairs = [(str(name), int(str(power))) for name, power in items]
    return " ".join(name if power == 1 else f"{name}^{power}" for name, power in sorted(pairs))


def _table_text() -> str:
    """Compute ``unit_table.txt`` with pint: each unit name of ``units.txt`` in root units.

    The shipped table lets :func:`unit_info` answer without importing pint; a test fails
    while it differs from this text. After editing ``units.txt``, rewrite it with
    ``python -c "from vnplan import units; print(units._table_text(), end='')" >
    src/vnplan/unit_table.txt``.
    """
    reg = registry()
    lines = [
        "# Each unit name of units.txt in root units, as pint computes them (28 digits):",
        "# name, factor, root units, dimensions; a power follows '^' when it is not 1.",
        "# Written by vnplan.units._table_text(); do not edit (a test checks it).",
    ]
    names = [found[0] for line in _read(_DEFINITIONS).splitlines() if (found := _definition(line))]
    for name in names:
        with localcontext() as ctx:
            ctx.prec = 28
            unit = reg.Unit(name)
            factor, root = reg.get_root_units(unit)
            dimensions = unit.dimensionality.items()
        factor_text = str(_clean(Decimal(str(factor))))
        lines.append(
            "\t".join([name, factor_text, _powers_text(_items(root)), _powers_text(dimensions)])
        )
    return "\n".join(lines) + "\n"


def _dimension_key(dims: dict[str, object]) -> str:
    powers = {str(name): int(str(power)) for name, power in dims.items()}
    if not powers:
        return "dimensionless"
    top = [n if p == 1 else f"{n}**{p}" for n, p in sorted(powers.items()) if p > 0]
    bottom = [n if p == -1 else f"{n}**{-p}" for n, p in sorted(powers.items()) if p < 0]
    return "/".join(["*".join(top) or "1", *bottom])


def _clean(value: Decimal) -> Decimal:
    """Write an exact factor without exponent or trailing zeros."""
    if value == value.to_integral_value():
        return Decimal(int(value))
    return value.normalize()


def _to_decimal(value: Fraction) -> Decimal:
    numerator, denominator = value.numerator, value.denominator
    if denominator == 1:
        return Decimal(numerator)
    rest = denominator
    for prime in (2, 5):
        while rest % prime == 0:
            rest //= prime
    with localcontext() as ctx:
        if rest == 1:  # a terminating decimal: divide exactly
            ctx.prec = len(str(numerator)) + len(str(denominator)) * 4 + 10
        else:
            ctx.prec = 28
        return _clean(Decimal(numerator) / Decimal(denominator))


def same_dimension(a: str, b: str) -> bool:
    """Tell whether two printed units measure the same thing.

    Args:
        a: A unit as printed.
        b: Another unit as printed.

    Returns:
        Whether a quantity in ``a`` converts to ``b``.

    Raises:
        UnitError: If either unit is unknown.

    Examples:
        >>> from vnplan.units import same_dimension
        >>> same_dimension("tỷ đồng", "triệu đồng")
        True
        >>> same_dimension("%", "điểm %")
        False
    """
    return unit_info(a).dimension == unit_info(b).dimension


@functools.lru_cache(maxsize=4096)
def conversion_factor(source: str, target: str) -> Decimal:
    """Return the exact factor that turns a value in ``source`` into ``target``.

    Args:
        source: The unit the value is in ("tỷ đồng").
        target: The unit wanted ("triệu đồng").

    Returns:
        The factor, exact when it is a terminating decimal (see the module notes).

    Raises:
        UnitError: If either unit is unknown.
        DimensionalityError: If the units measure different things (đồng and USD,
            người and hộ, % and điểm %).

    Examples:
        >>> from vnplan.units import conversion_factor
        >>> conversion_factor("triệu đồng", "tỷ đồng")
        Decimal('0.001')
        >>> conversion_factor("%", "điểm %")  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        vnplan.exceptions.DimensionalityError: cannot convert '%' to 'điểm %': dimensionless is ...
    """
    first, second = unit_info(source), unit_info(target)
    if first.dimension != second.dimension:
        raise DimensionalityError(
            source,
            target,
            f"cannot convert {source!r} to {target!r}: {first.dimension} is not {second.dimension}",
        )
    return _to_decimal(Fraction(first.factor) / Fraction(second.factor))


def quantity(value: Decimal | int, unit: str) -> pint.Quantity[Decimal]:
    """Make a quantity of vnplan's registry from an exact value and a printed unit.

    Args:
        value: The magnitude; a ``Decimal`` (an ``int`` is turned into one). Floats are
            refused: they cannot hold printed decimals exactly.
        unit: The unit as printed ("tỷ đồng", "nghìn lượt", "%", ""); it is kept as
            given, scale word included, not converted.

    Returns:
        The quantity, with a ``Decimal`` magnitude.

    Raises:
        TypeError: If ``value`` is not a ``Decimal`` or an ``int``.
        UnitError: If the unit is unknown.

    Examples:
        >>> from decimal import Decimal
        >>> from vnplan.units import quantity
        >>> q = quantity(Decimal("810"), "nghìn lượt")
        >>> q.to("lượt").magnitude
        Decimal('810000')
    """
    if isinstance(value, bool) or not isinstance(value, Decimal | int):
        msg = f"'value' must be a Decimal (got {value!r})"
        raise TypeError(msg)
    return registry().Quantity(Decimal(value), _unit(unit))


def convert_currency(
    amount: pint.Quantity[Decimal], rate: Decimal, target: str
) -> pint.Quantity[Decimal]:
    """Convert an amount to another currency at a rate the caller gives.

    vnplan has no exchange rates and never guesses one.

    Args:
        amount: A quantity in one currency (any scale, and per-unit amounts such as
            "USD/người" too).
        rate: How many base units of the target currency one base unit of the
            amount's currency is worth (đồng per USD, for USD to đồng).
        target: The unit wanted, in the other currency ("tỷ đồng").

    Returns:
        The amount in ``target``, with a ``Decimal`` magnitude.

    Raises:
        DimensionalityError: If ``amount`` or ``target`` is not in exactly one currency,
            or the two differ in anything besides the currency.

    Examples:
        >>> from decimal import Decimal
        >>> from vnplan.units import convert_currency, quantity
        >>> usd = quantity(Decimal("113.24"), "triệu USD")
        >>> convert_currency(usd, Decimal("23500"), "tỷ đồng").magnitude
        Decimal('2661.14')
    """
    reg = registry()
    source_unit = unit_text(amount)
    source_currency = _currency_of(source_unit, amount.dimensionality)
    target_currency = _currency_of(target, _unit(target).dimensionality)
    rate_quantity = reg.Quantity(Decimal(rate), _unit(f"{target_currency}/{source_currency}"))
    converted = amount * rate_quantity
    if unit_info(unit_text(converted)).dimension != unit_info(target).dimension:
        raise DimensionalityError(source_unit, target)
    factor = conversion_factor(unit_text(converted), target)
    return reg.Quantity(_clean(converted.magnitude * factor), _unit(target))


def _currency_of(unit: str, dims: Iterable[object]) -> str:
    found = [_STATE.currencies[str(d)] for d in dims if str(d) in _STATE.currencies]
    if len(found) != 1:
        raise DimensionalityError(
            unit,
            "a currency",
            f"'unit' must be in exactly one currency (got {unit!r})",
        )
    return found[0]
