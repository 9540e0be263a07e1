"""The fast reading of plain printed figures agrees with the scanner, field by field.

``_read_plain`` reads the common shape ("11.054,32 tỷ đồng", "16,93%") with one regular
expression and leaves everything else to the scanner (``_scan_printed``). Wherever it
answers, the answer must be the scanner's: every field equal, of the same type, with
the same digits.
"""

from __future__ import annotations

import importlib.util
import inspect
import sys
import unicodedata
from decimal import Decimal
from importlib import resources
from pathlib import Path
from types import ModuleType

import attrs
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from vnplan import Printed, units
from vnplan.exceptions import ParseError
from vnplan.io.loader import _loads  # the loader's TOML parser: toml-rs when installed
from vnplan.text.numbers import _check_text
from vnplan.text.printed import _checked_printed, _read_plain, _scan_printed

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"


def _corpus_module() -> ModuleType:
    """Import benchmarks/corpus.py (a script, not a package) by its path."""
    if "corpus" in sys.modules:
        return sys.modules["corpus"]
    spec = importlib.util.spec_from_file_location("corpus", BENCHMARKS / "corpus.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["corpus"] = module
    spec.loader.exec_module(module)
    return module


def read_both(text: str, locale: str) -> Printed | None:
    """Read ``text`` fast; where that answers, check that the scanner gives the same.

    Returns the fast answer, or ``None`` when the fast reading leaves the text to the
    scanner (or the text is refused before either reads it).
    """
    try:
        checked = _check_text(text, "a printed figure")
    except ParseError:
        return None
    fast = _read_plain(text, checked, locale)
    if fast is None:
        return None
    slow = _scan_printed(text, checked, locale)  # raises if the fast reading took too much
    for field in attrs.fields(Printed):
        mine, theirs = getattr(fast, field.name), getattr(slow, field.name)
        assert type(mine) is type(theirs), (text, field.name)
        assert mine == theirs, (text, field.name)
        assert str(mine) == str(theirs), (text, field.name)  # the same digits: '78.0'
    return fast


def _printed_texts(node: object, found: set[str]) -> set[str]:
    """Every ``printed`` string of a parsed TOML file: the texts the loader reads."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "printed" and isinstance(value, str):
                found.add(value)
            else:
                _printed_texts(value, found)
    elif isinstance(node, list):
        for value in node:
            _printed_texts(value, found)
    return found


def _check_all(texts: set[str]) -> None:
    taken = sum(read_both(text, "vi") is not None for text in sorted(texts))
    assert taken > len(texts) / 2  # the common shape is read fast


def test_every_printed_text_of_the_bundled_report_reads_the_same_fast() -> None:
    folder = resources.files("vnplan").joinpath("data", "dien_bien_2022")
    texts: set[str] = set()
    for file in folder.iterdir():
        if file.name.endswith(".toml"):
            _printed_texts(_loads(file.read_text(encoding="utf-8")), texts)
    assert len(texts) > 300
    _check_all(texts)


def test_every_printed_text_of_a_generated_corpus_reads_the_same_fast(tmp_path: Path) -> None:
    """63 full reports, one of every province: the numbers differ, the shapes do not."""
    texts: set[str] = set()
    for folder in _corpus_module().build_corpus(tmp_path, 63, seed=1):
        for file in folder.glob("*.toml"):
            _printed_texts(_loads(file.read_text(encoding="utf-8")), texts)
    assert len(texts) > 10_000
    _check_all(texts)


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("11.054,32 tỷ đồng", "vi"),
        ("16,93%", "vi"),
        ("102,49 %", "vi"),
        ("810 nghìn lượt", "vi"),
        ("4.668,71ha", "vi"),
        ("03 nhà máy", "vi"),
        ("0.832 đơn", "vi"),
        ("2022", "vi"),
        ("1500 người", "vi"),
        ("311,38 triệu lượt HK.Km", "vi"),
        ("5 m²", "vi"),  # '²' is no ASCII digit
        ("5 ha ", "vi"),  # a space after: the unit's spaces collapse, as the scanner's do
        ("13,963.91 billion VND", "en"),
    ],
)
def test_plain_figures_are_read_fast(text: str, locale: str) -> None:
    assert read_both(text, locale) is not None


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("trên 1.500 tỷ đồng", "vi"),  # a qualifier before
        ("1.500 tỷ đồng trở lên", "vi"),  # a qualifier after
        ("5 người or leſs", "en"),  # one that reads as a qualifier only once case-folded
        ("115/115 xã", "vi"),  # a fraction
        ("80,5 thuê bao/100 dân", "vi"),  # a '/' in the unit
        ("-5 %", "vi"),  # a sign
        (" 5 ha", "vi"),  # a space before
        ("5\u00a0ha", "vi"),  # another space
        ("5  ha", "vi"),  # two spaces
        ("1.5000", "vi"),  # a group of four digits: an error
        ("1234.567", "vi"),  # a first group of four digits: an error
        ("1,5.000", "vi"),  # separators mixed: an error
        ("1, ha", "vi"),  # no digit after the decimal: an error
        ("1e5", "vi"),  # an exponent: an error
        ("1e+ha", "vi"),
        ("1E-", "vi"),
        ("5 ngựa", "vi"),  # an unknown unit: an error
        ("1" * 61, "vi"),  # too many digits: an error
        ("1.500,5 tỷ đồng", "en"),  # the other locale's separators
    ],
)
def test_other_texts_are_left_to_the_scanner(text: str, locale: str) -> None:
    assert read_both(text, locale) is None


DIGITS = st.text(alphabet="0123456789", min_size=1, max_size=5)
SEPARATORS = st.sampled_from([".", ",", "..", ",,", ".,"])
SPACES = st.sampled_from([" ", "  ", "\u00a0", "\u202f", "\t", ""])
UNITS = st.sampled_from(
    [
        "tỷ đồng",
        "triệu đồng",
        "ha",
        "HA",
        "%",
        "điểm %",
        "lượt HK.Km",
        "nghìn  lượt",
        "thuê bao/100 dân",
        "m²",
        "m2",
        "e",
        "e+",
        "E-",
        "e5",
        "đồng",
        unicodedata.normalize("NFD", "đồng"),
        "ngựa",
        "billion VND",
        "persons",
        "-",
        "x-y",
    ]
)
QUALIFIERS = st.sampled_from(
    ["trên", "khoảng", "không quá", "trở lên", "TRỞ XUỐNG", "or more", "or leſs", "over", "about"]
)
PIECES = st.one_of(DIGITS, SEPARATORS, SPACES, UNITS, QUALIFIERS, st.sampled_from("+-−/"))
ANY_CHARACTER = st.characters(codec="utf-8")


@st.composite
def figure_texts(draw: st.DrawFn) -> str:
    """Texts near the plain shape, and texts of any pieces, shrinking toward short ones."""
    if draw(st.booleans()):
        groups = draw(st.lists(st.text(alphabet="0123456789", min_size=3, max_size=3)))
        separator = draw(st.sampled_from([".", ","]))
        number = draw(DIGITS) + "".join(separator + group for group in groups)
        if draw(st.booleans()):
            number += draw(st.sampled_from([",", "."])) + draw(DIGITS)
        pieces = [number, draw(SPACES), draw(UNITS)]
        pieces += draw(st.lists(st.one_of(PIECES, ANY_CHARACTER.map(str)), max_size=2))
    else:
        pieces = draw(st.lists(st.one_of(PIECES, ANY_CHARACTER), max_size=8))
    return "".join(pieces)


@given(figure_texts(), st.sampled_from(["vi", "en"]))
@example("1.234,5 tỷ đồng", "vi")
@example("1,234.5 billion VND", "en")
@example("5 tỷ đồng trở lên", "vi")
@example("1e-", "vi")
@example("0001.000", "vi")
def test_the_fast_reading_declines_or_agrees(text: str, locale: str) -> None:
    read_both(text, locale)


@given(st.text(alphabet=ANY_CHARACTER, max_size=20), st.sampled_from(["vi", "en"]))
def test_the_fast_reading_declines_or_agrees_on_any_text(text: str, locale: str) -> None:
    read_both(text, locale)


def _any_unit(unit: str) -> object:
    """A stand-in for ``units.unit_info`` that knows every unit."""
    return unit


@given(figure_texts(), st.sampled_from(["vi", "en"]))
@example("5 tỷ đồng trở lên", "vi")
@example("5 persons or leſs", "en")
@example("1e-", "vi")
@example("1E+ha", "en")
@example("1e+5", "vi")
@example("1,", "vi")
def test_the_fast_reading_agrees_whatever_units_are_known(text: str, locale: str) -> None:
    """Were "trở lên" or "e-" units (``units.define`` can add any), both would still agree."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(units, "unit_info", _any_unit)
        read_both(text, locale)


def test_the_unchecked_constructor_sets_every_field_of_printed() -> None:
    printed = Printed(text="1", value=Decimal(1))
    names = [field.name for field in attrs.fields(Printed)]
    assert list(inspect.signature(_checked_printed).parameters) == names
    assert _checked_printed(**attrs.asdict(printed, recurse=False)) == printed
