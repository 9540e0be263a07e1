r"""Read a source (text, Markdown, DOCX, PDF) into normalised paragraphs.

Every reader gives the same thing: paragraphs in reading order, each one line of NFC text,
with footnote markers written as superscript digits ("năm 2021¹") and each footnote a
paragraph of its own that starts with its marker ("¹ Tăng 0,19 %…"). Line breaks inside a
paragraph or inside a figure ("0,2\\nđiểm phần trăm") are joined; page numbers and the
page headers and footers a PDF repeats are dropped.
"""

from __future__ import annotations

import collections
import importlib
import re
import unicodedata
from pathlib import Path
from types import ModuleType
from typing import Any, Final

from vnplan.exceptions import MissingSourceError, SourceError

__all__ = ["SUFFIXES", "paragraphs", "read_source", "superscript"]

#: The kinds of file a draft reads.
SUFFIXES: Final = (".txt", ".md", ".docx", ".pdf")

_SUPERSCRIPTS: Final = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
#: A line that is only a page number: "12", "- 12 -", "Trang 3", "3/25".
_PAGE_NUMBER: Final = re.compile(
    r"(?:[-–]\s*)?[0-9]{1,3}(?:\s*[-–])?|(?:trang|page)\s+[0-9]{1,3}(?:\s*/\s*[0-9]{1,3})?"
    r"|[0-9]{1,3}\s*/\s*[0-9]{1,3}",
    re.IGNORECASE,
)
#: Where a line ends a paragraph, and how the next one starts a new one.
_ENDS: Final = frozenset(".:;!?…")
_MARKERS: Final = frozenset("⁰¹²³⁴⁵⁶⁷⁸⁹")
_STARTS: Final = re.compile(
    r"[-+•*–]\s|\([0-9a-zđ]{1,2}\)|[0-9]+(?:\.[0-9]+)*\.?\s+\D|[IVX]+[.\-]|[a-zđ]\)\s"
    r"|[⁰¹²³⁴⁵⁶⁷⁸⁹]|[A-ZĐÀ-Ỹ]"
)
#: Markdown emphasis and heading marks, which a .md or pasted .txt source may hold.
_MARKDOWN: Final = re.compile(r"\*{1,3}(?=\S)|(?<=\S)\*{1,3}|^#{1,6}\s+", re.MULTILINE)
_W: Final = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
#: A word glued to a number: "tạotăng1,36%", "12tháng". Only Vietnamese words (with a
#: letter outside ASCII) are split off, so that units and codes stay ("km2", "CO2", "110kV",
#: "87,353m³": a superscript power is no letter).
_GLUED_BEFORE: Final = re.compile(r"\b([^\W\d_]*[^\W\d_a-zA-Z][^\W\d_]*)(?=[0-9])")
_GLUED_AFTER: Final = re.compile(
    r"(?<=[0-9])(?![a-zA-Z]+[²³])([^\W\d_]*[^\W\d_a-zA-Z²³][^\W\d_]*)\b"
)


def superscript(number: int) -> str:
    """Write a footnote number as a marker: 12 → "¹²"."""
    return str(number).translate(_SUPERSCRIPTS)


def read_source(source: str | Path) -> list[str]:
    """Read a source file into normalised paragraphs.

    Args:
        source: The path of a ``.txt``, ``.md``, ``.docx`` or ``.pdf`` file.

    Returns:
        The paragraphs, footnotes included (see the module's docstring).

    Raises:
        MissingSourceError: There is no such file.
        SourceError: The file is of another kind, cannot be decoded, or holds no text.
        ImportError: A DOCX or PDF source without the ``vnplan[draft]`` extra.
    """
    path = Path(source)
    name = str(source)
    if not path.is_file():
        raise MissingSourceError(name)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise SourceError(
            name, "a .txt, .md, .docx or .pdf file", f"{path.suffix or 'no suffix'!r}"
        )
    if suffix == ".docx":
        result = paragraphs(_read_docx(path, name))
    elif suffix == ".pdf":
        result = paragraphs(_read_pdf(path, name))
    else:
        data = path.read_bytes()
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            got = f"byte 0x{data[error.start]:02x} at position {error.start}"
            raise SourceError(name, "UTF-8 text", got) from error
        result = paragraphs(text)
    if not result:
        raise SourceError(name, "the text of a report", "no text")
    return result


def _require(module: str) -> ModuleType:
    try:
        return importlib.import_module(module)
    except ImportError as error:
        raise ImportError(
            f"drafting from DOCX and PDF needs {module}, which is not installed; install the "
            "extra with `pip install 'vnplan[draft]'`"
        ) from error


def _read_docx(path: Path, name: str) -> str:
    """The body's paragraphs, then the footnotes, each footnote reference as a marker."""
    docx = _require("docx")
    try:
        document = docx.Document(str(path))
    except Exception as error:  # python-docx raises several kinds on a file that is no DOCX
        raise SourceError(name, "a DOCX file", f"{type(error).__name__}: {error}") from error
    numbers: dict[str, int] = {}
    body = [_docx_text(paragraph, numbers) for paragraph in document.element.body.iter(f"{_W}p")]
    notes = []
    for footnote in _docx_footnotes(document, docx):
        number = numbers.get(footnote.get(f"{_W}id", ""))
        if number is not None:
            notes.append((number, _docx_text(footnote, numbers)))
    notes.sort()
    return "\n\n".join([*body, *(f"{superscript(n)} {text}" for n, text in notes)])


def _docx_text(element: Any, numbers: dict[str, int]) -> str:  # noqa: ANN401  (an lxml element)
    parts = []
    for node in element.iter():
        tag = node.tag
        if tag == f"{_W}t":
            parts.append(node.text or "")
        elif tag == f"{_W}tab":
            parts.append(" ")
        elif tag in {f"{_W}br", f"{_W}cr"}:
            parts.append("\n")
        elif tag == f"{_W}footnoteReference":
            key = node.get(f"{_W}id", "")
            numbers.setdefault(key, len(numbers) + 1)  # Word numbers footnotes in call order
            parts.append(superscript(numbers[key]))
    return "".join(parts)


def _docx_footnotes(document: Any, docx: ModuleType) -> list[Any]:  # noqa: ANN401
    for rel in document.part.rels.values():
        if rel.reltype.endswith("/footnotes"):
            root = docx.oxml.parse_xml(rel.target_part.blob)
            return [
                note
                for note in root.iter(f"{_W}footnote")
                if note.get(f"{_W}type") not in {"separator", "continuationSeparator"}
            ]
    return []


def _read_pdf(path: Path, name: str) -> str:
    """The pages' text, their repeated headers, footers and page numbers dropped."""
    pypdf = _require("pypdf")
    try:
        reader = pypdf.PdfReader(str(path))
        pages = [page.extract_text() or "" for page in reader.pages]
    except Exception as error:  # pypdf raises several kinds on a file that is no PDF
        raise SourceError(name, "a PDF file", f"{type(error).__name__}: {error}") from error
    page_lines = [[line.strip() for line in page.splitlines() if line.strip()] for page in pages]
    edges: collections.Counter[str] = collections.Counter()
    for lines in page_lines:
        edges.update({*lines[:2], *lines[-2:]})
    repeated = {line for line, count in edges.items() if count >= 2 and count * 2 >= len(pages)}
    kept = ["\n".join(line for line in lines if line not in repeated) for lines in page_lines]
    return "\n".join(kept)


def paragraphs(text: str) -> list[str]:
    r"""Split text into paragraphs, joining the lines of each; NFC throughout.

    A Vietnamese word glued to a number is split from it ("tăng1,36%"). A blank line
    always ends a paragraph. A line break ends one only where the line ends
    a sentence (``.:;!?…``) and the next line starts like a paragraph (a capital, a
    bullet, a heading number, a footnote marker); any other line break is a space.
    Page numbers alone on a line are dropped. In a PDF's text, where there are no blank
    lines, the same rule finds the paragraphs.

    Args:
        text: The text.

    Returns:
        The paragraphs, stripped, none empty.

    Examples:
        >>> paragraphs("giảm 0,2\nđiểm phần trăm.\n\n- Cây lúa: 55.058,04 ha")
        ['giảm 0,2 điểm phần trăm.', '- Cây lúa: 55.058,04 ha']
        >>> paragraphs("chế tạotăng1,36% trong 6tháng; 110kV, 12 km2")
        ['chế tạotăng 1,36% trong 6 tháng; 110kV, 12 km2']
    """
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = _MARKDOWN.sub("", text.replace("\t", " ").replace("\f", "\n\n"))
    text = _GLUED_AFTER.sub(r" \1", _GLUED_BEFORE.sub(r"\1 ", text))
    result: list[str] = []
    current: list[str] = []
    for raw in text.split("\n"):
        line = " ".join(raw.split())
        if not line:
            if current:
                result.append(" ".join(current))
                current = []
            continue
        if _PAGE_NUMBER.fullmatch(line):
            continue
        if current and current[-1][-1] in _ENDS and _STARTS.match(line):
            result.append(" ".join(current))
            current = []
        current.append(line)
    if current:
        result.append(" ".join(current))
    return _rejoined(result)


def _rejoined(found: list[str]) -> list[str]:
    """Join a paragraph broken by a page: its rest starts in lower case after a blank line.

    The paragraph before it ends with no sentence's end ("… đã đề" and "ra. Đến …"); the
    page's footnotes, printed between the two halves, stay where they are.
    """
    result: list[str] = []
    for paragraph in found:
        body = len(result) - 1
        while body >= 0 and result[body][:1] in _MARKERS:
            body -= 1
        if paragraph[:1].islower() and body >= 0 and result[body][-1] not in _ENDS:
            result[body] = f"{result[body]} {paragraph}"
            continue
        result.append(paragraph)
    return result
