"""Find a report's structure: parts, headings, paragraphs and footnotes, as locations.

A location is written as the data format writes it (see :doc:`/data-format`): the path
of headings from the part down, joined by ``" > "`` ("I > I.1 > 1 > 1.1"), and the
paragraph under the innermost heading, or the footnote number. A heading line that
carries body text ("1.3. Chăn nuôi: Tập trung…") is paragraph 1. A paragraph that a page
break split around footnotes is joined again.
"""

from __future__ import annotations

import re
from typing import Final

import attrs

__all__ = ["Passage", "passages"]

_PART_NUMBERS: Final = {
    "nhất": "I", "hai": "II", "ba": "III", "tư": "IV",
    "i": "I", "ii": "II", "iii": "III", "iv": "IV", "1": "I", "2": "II", "3": "III", "4": "IV",
}  # fmt: skip
_PART: Final = re.compile(r"phần\s+(?:thứ\s+)?(nhất|hai|ba|tư|iv|i{1,3}|[1-4])\b", re.IGNORECASE)
_ROMAN: Final = re.compile(r"([IVX]{1,4})\s*[.\-–]\s*(?![0-9])(\S.*)")
_ROMAN_DOTTED: Final = re.compile(r"([IVX]{1,4}\.[0-9]{1,2})\.?\s+(\S.*)")
_DOTTED: Final = re.compile(r"([0-9]{1,2})\.([0-9]{1,2}(?:\.[0-9]{1,2})?)\.?\s+([^\W\d].*)")
_ARABIC: Final = re.compile(r"([0-9]{1,2})\.\s+([^\W\d].*)")
_LETTER: Final = re.compile(r"([a-zđ])\)\s+(\S.*)")
_FOOTNOTE: Final = re.compile(r"([⁰¹²³⁴⁵⁶⁷⁸⁹]+)\s*(\S.*)")
#: A footnote whose marker lost its superscript ("29 Chương trình …"): a plain number, then
#: a capital; taken as a footnote only when a paragraph before calls that number.
_PLAIN_FOOTNOTE: Final = re.compile(r"([0-9]{1,3})\s+([A-ZĐÀ-Ỹ\"“].*)")
#: Footnote markers in body text; a ² or ³ after "m" is a unit (m², km³).
_MARKER: Final = re.compile(r"(?<!m)[⁰¹²³⁴⁵⁶⁷⁸⁹]+")
_ENDS: Final = frozenset(".:;!?…")
_FROM_SUPERSCRIPT: Final = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
# Ranks of headings, from the part down.
_PART_RANK, _ROMAN_RANK, _ARABIC_RANK, _DOTTED_RANK, _DEEP_RANK, _LETTER_RANK = range(6)
#: The section of text before the first heading.
FRONT: Final = "0"


@attrs.frozen(kw_only=True)
class Passage:
    """A paragraph or a footnote, with where it is printed."""

    #: The text, footnote markers taken out.
    text: str
    #: The heading path, "I > I.1 > 1 > 1.1".
    section: str
    #: The paragraph number under the innermost heading, or ``None`` for a footnote.
    paragraph: int | None = None
    #: The footnote number, or ``None`` for a paragraph.
    footnote: int | None = None
    #: The part of the report: 0 before Phần I, then 1, 2…
    part: int = 0
    #: The footnotes this paragraph calls.
    calls: tuple[int, ...] = ()
    #: The words that say what the passage is about: the titles of its innermost
    #: headings; for a footnote, also the words of the sentence that calls it.
    heading: str = ""


@attrs.define
class _Heading:
    rank: int
    label: str
    title: str = ""


@attrs.define
class _Body:
    text: str
    section: str
    paragraph: int
    part: int
    calls: list[int] = attrs.Factory(list)
    heading: str = ""
    #: For each footnote called, the words of the sentence before its marker.
    callers: dict[int, str] = attrs.Factory(dict)


def _heading(text: str, stack: list[_Heading]) -> tuple[int, str, str] | None:  # noqa: PLR0911
    """Read a heading line: its rank, its label and the text after the label."""
    match = _PART.match(text)
    if match and (len(text) < 40 or text.isupper()):
        return _PART_RANK, _PART_NUMBERS[match[1].casefold()], ""
    if match := _ROMAN_DOTTED.match(text):
        return _ROMAN_RANK, match[1], match[2]
    if match := _ROMAN.match(text):
        return _ROMAN_RANK, match[1], match[2]
    if match := _DOTTED.match(text):
        arabic = next((h.label for h in reversed(stack) if h.rank == _ARABIC_RANK), None)
        label = f"{match[1]}.{match[2]}"
        if arabic is not None and arabic != match[1]:
            return _ROMAN_RANK, label, match[3]  # an irregular number: "1.2" for "I.2"
        return (_DEEP_RANK if "." in match[2] else _DOTTED_RANK), label, match[3]
    if match := _ARABIC.match(text):
        return _ARABIC_RANK, match[1], match[2]
    if match := _LETTER.match(text):
        return _LETTER_RANK, match[1], match[2]
    return None


def _carries_body(rest: str) -> bool:
    """Whether a heading line's text goes on into a paragraph."""
    if rest.isupper():
        return False
    head, colon, tail = rest.partition(":")
    return bool(colon and len(tail.split()) >= 3) or len(head.split()) > 25


def _title(rest: str) -> str:
    """A heading's title: its text up to a colon, at most 12 words."""
    return " ".join(rest.partition(":")[0].split()[:12])


def _callers(text: str) -> dict[int, str]:
    """The words of the sentence before each footnote marker of a paragraph."""
    result = {}
    for match in _MARKER.finditer(text):
        start = max(text.rfind(". ", 0, match.start()), text.rfind(";", 0, match.start())) + 1
        words = _MARKER.sub("", text[start : match.start()]).split()[-15:]
        result[int(match[0].translate(_FROM_SUPERSCRIPT))] = " ".join(words)
    return result


def _markers(text: str) -> tuple[str, list[int]]:
    calls = [int(m.translate(_FROM_SUPERSCRIPT)) for m in _MARKER.findall(text)]
    return _MARKER.sub("", text), calls


def _plain_footnote(
    text: str, bodies: list[_Body], notes: list[tuple[int, str, str, int]]
) -> re.Match[str] | None:
    """A footnote printed with a plain number: one a paragraph calls, not yet given."""
    match = _PLAIN_FOOTNOTE.match(text)
    if match is None:
        return None
    number = int(match[1])
    called = any(number in b.calls for b in bodies[-30:])
    return match if called and all(n != number for n, *_ in notes) else None


def passages(paragraphs: list[str]) -> list[Passage]:
    """Give each paragraph and footnote its location.

    Args:
        paragraphs: Paragraphs as :func:`vnplan.drafting.source.read_source` gives them.

    Returns:
        The passages: body paragraphs in order, then footnotes in number order.
    """
    stack: list[_Heading] = []
    counts: dict[str, int] = {}
    bodies: list[_Body] = []
    notes: list[tuple[int, str, str, int]] = []  # number, text, section so far, part
    part = 0
    after_note = False
    for text in paragraphs:
        section = " > ".join(h.label for h in stack) or FRONT
        note = _FOOTNOTE.match(text) or _plain_footnote(text, bodies, notes)
        if note:
            number = int(note[1].translate(_FROM_SUPERSCRIPT))
            notes.append((number, note[2], section, part))
            after_note = True
            continue
        heading = _heading(text, stack)
        if heading is None and bodies and bodies[-1].text[-1:] not in _ENDS and after_note:
            first = text[:1]
            if first.islower() or first.isdigit():  # a paragraph a page break split
                clean, calls = _markers(text)
                bodies[-1].text = f"{bodies[-1].text} {clean}"
                bodies[-1].calls.extend(calls)
                bodies[-1].callers.update(_callers(text))
                continue
        after_note = False
        if heading is not None:
            rank, label, rest = heading
            while stack and stack[-1].rank >= rank:
                stack.pop()
            stack.append(_Heading(rank, label, _title(rest)))
            if rank == _PART_RANK:
                part += 1
            section = " > ".join(h.label for h in stack)
            if not _carries_body(rest):
                continue
        counts[section] = counts.get(section, 0) + 1
        clean, calls = _markers(text)
        heading_text = " ".join(h.title for h in stack[-2:] if h.title)
        bodies.append(
            _Body(clean, section, counts[section], part, calls, heading_text, _callers(text))
        )
    called = {n: b for b in bodies for n in b.calls}
    result = [
        Passage(
            text=b.text, section=b.section, paragraph=b.paragraph, part=b.part,
            calls=tuple(b.calls), heading=b.heading,
        )
        for b in bodies
    ]  # fmt: skip
    for number, text, section, note_part in sorted(notes, key=lambda n: n[0]):
        clean, _ = _markers(text)
        caller = called.get(number)
        result.append(
            Passage(
                text=clean,
                section=section if caller is None else caller.section,
                footnote=number,
                part=note_part if caller is None else caller.part,
                heading=""
                if caller is None
                else " ".join((caller.heading, caller.callers.get(number, ""))),
            )
        )
    return result
