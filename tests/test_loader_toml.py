"""Parsing report files: toml-rs (the ``fast`` extra) reads exactly what tomli reads.

tomli is the reference. toml-rs, when installed, must give the same tables, of the same
types and in the same order, for every document it accepts, and every document it
refuses is handed to tomli, so that errors and their messages stay tomli's.
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
import tomli
from hypothesis import given
from hypothesis import strategies as st

import vnplan
from vnplan.exceptions import DataError
from vnplan.io import loader as _loader

ROOT = Path(__file__).resolve().parent.parent
MINI = Path(__file__).parent / "data" / "mini"

toml_rs = pytest.importorskip("toml_rs")


def _same(a: object, b: object) -> bool:
    """Equal, with the same types everywhere (``1`` is not ``True``) and keys in order."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        assert isinstance(b, dict)
        return list(a) == list(b) and all(_same(a[key], b[key]) for key in a)
    if isinstance(a, list):
        assert isinstance(b, list)
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    return repr(a) == repr(b)  # repr: tells timezones and -0.0 apart, and nan from nan


def _fast(text: str) -> dict[str, object]:
    assert _loader._FAST_LOADS is not None
    return _loader._FAST_LOADS(text)


def test_the_fast_parser_is_used_when_installed() -> None:
    assert _loader._FAST_LOADS is not None


@pytest.mark.parametrize(
    "path",
    sorted(
        path.relative_to(ROOT).as_posix()
        for folder in ("src", "tests", "examples", "docs", "benchmarks")
        for path in (ROOT / folder).rglob("*.toml")
    ),
)
def test_every_toml_file_of_the_project_reads_alike(path: str) -> None:
    text = (ROOT / path).read_text(encoding="utf-8")
    assert _same(_fast(text), tomli.loads(text))


# -- generated documents ------------------------------------------------------------------

_KEYS = st.text("abcdefghijklmnopqrstuvwxyz_-0123456789", min_size=1, max_size=8)
_STRINGS = st.text(st.characters(exclude_categories=("Cs",)), max_size=20)
_SCALARS = st.one_of(
    _STRINGS,
    st.integers(min_value=-(2**63), max_value=2**63 - 1),
    st.booleans(),
    st.floats(allow_nan=False),
    st.dates(),
    st.datetimes(),
    st.datetimes(timezones=st.sampled_from([dt.UTC, dt.timezone(dt.timedelta(hours=7))])),
    st.times(),
)


_ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r", "\b": "\\b"}


def _string(value: str, style: int) -> str:
    """Write ``value`` as a literal string (style 1), or a basic string with escapes.

    Style 2 escapes every character outside ASCII (``\\u00e9``, ``\\U0001f600``).
    """
    if style == 1 and all(c not in value for c in "'\n\r") and value.isprintable():
        return f"'{value}'"

    def escape(c: str) -> str:
        if c in _ESCAPES:
            return _ESCAPES[c]
        if c < " " or c == "\x7f" or (style == 2 and not c.isascii()):
            return f"\\u{ord(c):04x}" if ord(c) < 0x10000 else f"\\U{ord(c):08x}"
        return c

    return '"' + "".join(map(escape, value)) + '"'


def _value(value: object, style: int) -> str:
    if isinstance(value, str):
        return _string(value, style)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, list):
        return "[" + ", ".join(_value(v, style) for v in value) + "]"
    return str(value)


_TABLES = st.dictionaries(
    _KEYS, st.one_of(_SCALARS, st.lists(_SCALARS, max_size=3)), min_size=1, max_size=5
)


@st.composite
def _documents(draw: st.DrawFn) -> str:
    """A document like a report file: top-level keys, then arrays of tables (``[[T…]]``)."""
    style = draw(st.integers(0, 2))
    lines = [f'"{k}" = {_value(v, style)}' for k, v in draw(_TABLES).items()]
    for name in draw(st.lists(_KEYS.map("T{}".format), max_size=3, unique=True)):
        for table in draw(st.lists(_TABLES, min_size=1, max_size=3)):
            lines.append(f"[[{name}]]  # a comment")
            lines.extend(f"{k} = {_value(v, style)}" for k, v in table.items())
    return "\n".join(lines) + "\n"


@given(_documents())
def test_generated_documents_read_alike(text: str) -> None:
    reference = tomli.loads(text)  # the writer above writes valid TOML 1.0
    assert _same(_fast(text), reference)


@given(
    st.text(st.sampled_from(list("ab=1.-:\"'[]{},# \n\\ueTZ")), max_size=30)
    | _documents().flatmap(lambda doc: st.integers(0, len(doc)).map(lambda i: doc[:i]))
)
def test_what_the_fast_parser_accepts_tomli_accepts_alike(text: str) -> None:
    """Broken and truncated documents: if toml-rs reads one, tomli reads it the same."""
    try:
        fast = _fast(text)
    except Exception:  # noqa: BLE001 (refused: tomli will decide)
        return
    assert _same(fast, tomli.loads(text))


# -- fallback ------------------------------------------------------------------------------


def test_toml_1_1_that_toml_rs_refuses_is_read_by_tomli(folder: Path) -> None:
    """An inline table over two lines is TOML 1.1: tomli reads it, as without toml-rs."""
    assert _loader._loads('a = {x = 1,\n y = "\\e"}\n') == tomli.loads('a = {x = 1,\n y = "\\e"}\n')
    path = folder / "report.toml"
    text = path.read_text(encoding="utf-8") + 'language = "\\x76i"\n'  # TOML 1.1 escape
    path.write_text(text, encoding="utf-8")
    assert vnplan.load(folder).language == "vi"


def test_invalid_toml_gets_tomlis_message(folder: Path) -> None:
    path = folder / "10-economy.toml"
    text = path.read_text(encoding="utf-8") + "\n[[figure]]\nid = 1\nid = 2\n"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DataError) as caught:
        vnplan.load(folder)
    with pytest.raises(tomli.TOMLDecodeError) as expected:
        tomli.loads(text)
    (problem,) = caught.value.problems
    assert problem.message == f"not valid TOML: {expected.value}"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    target = tmp_path / "mini"
    shutil.copytree(MINI, target)
    return target
