"""Find the printed figures in a passage: candidate spans, read by :func:`parse_printed`.

There is one grammar of printed figures, vnplan's own (:func:`vnplan.parse_printed`). This
module only proposes spans: a number, the qualifier before it (trên, khoảng…), and the
words after it up to the end of the clause. It then asks ``parse_printed`` for the longest
of these spans that reads, words dropped from the end one at a time: "177 tấn chè búp tươi"
is read as "177 tấn", since vnplan knows no unit "tấn chè búp tươi".

Numbers that are no figures are left out before that: dates, document numbers, years,
periods ("6 tháng"), list numbers ("(1)"). A number that reads with no unit is left out
too, and noted as *unread* when a word follows it that counts nothing; a count of a thing
vnplan has no unit for ("63 dự thảo") is a figure whose unit the folder declares, a count of
its own ("dự thảo = [du_thao]"). Ranges ("6,5 - 7%") are noted as unread: ``parse_printed``
reads them but a draft does not take them yet.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final

import attrs

from vnplan.drafting._deps import (
    ParseError,
    Printed,
    UnitError,
    is_count_dimension,
    parse_printed,
    registry,
    unit_info,
)

__all__ = ["Span", "Unread", "declaration", "find_spans"]

_NUMBER: Final = re.compile(r"(?<![0-9.,/\w])[0-9]+(?:[.,][0-9]+)*|(?<=[^\W\d])[0-9]+(?:,[0-9]+)?")
_QUALIFIER: Final = re.compile(
    r"(?:không vượt quá|không quá|tối thiểu|ít nhất|xấp xỉ|khoảng|tối đa|trên|hơn|dưới|gần)"
    r"\s+\Z",
    re.IGNORECASE,
)
_SKIP: Final = re.compile(
    r"[0-9]{1,2}/[0-9]{1,2}/[0-9]{2,4}"  # dates 31/12/2022
    r"|(?:ngày|tháng|quý|năm|khóa|khoá|(?<!đứng )(?<!xếp )thứ|lần thứ|kỳ họp thứ|số|Số)"
    r"\s*:?\s*[0-9]+(?:/[0-9]{4})?"
    r"(?:\s*[-–]\s*[0-9]{4})?"  # năm 2022, tháng 10/2022, thứ 2, số 58, 2021-2025
    r"(?![0-9]*[.,][0-9]|\s*%)"  # but not "dân số 1,82%": a decimal or a percent is a figure
    r"|[0-9]+(?:\s*/\s*[0-9]+)*\s*/\s*[A-ZĐ]{2}"  # document numbers 58/NQ-HĐND, 350 /BC
    r"|(?<![0-9.,])(?:19|20)[0-9]{2}\s*[-–]\s*(?:19|20)[0-9]{2}(?![0-9])"  # 2021-2025
    r"|\([0-9]{1,2}\)"  # list numbers (1)
    r"|(?:ngày|đến|từ|tới|trước|sau)\s+[0-9]{1,2}/[0-9]{1,2}"  # 30/6 as a date
)
_RANGE: Final = re.compile(r"\s*[-–]\s*[0-9]+(?:[.,][0-9]+)*\s*%")
_BRACKET_SIGN: Final = re.compile(r"\(\s*[+\-]\Z")
_STOP: Final = re.compile(r"[;:()\[\]“”\"]|,(?![0-9])|\.(?:\s|\Z)|…|\s[-–]\s")
#: A bare number followed by its attainment in brackets, after "đạt" or "là".
_BARE: Final = re.compile(r"\s*\(\s*(?:đạt|bằng|vượt)\b")
_BARE_BEFORE: Final = re.compile(r"\b(?:đạt|là)\s+\Z")
#: A rank: "đứng thứ 2 về tốc độ tăng trưởng", "xếp thứ 14/63 tỉnh thành"; its unit is
#: its indicator's ("hạng").
_RANK: Final = re.compile(r"\b(?:đứng|xếp)\s+thứ\s+\Z", re.IGNORECASE)
_PERIOD_UNITS: Final = frozenset({"tháng", "năm", "quý", "tuần", "tuổi"})
_MAX_WORDS: Final = 7
_YEAR: Final = re.compile(r"(?:19|20)[0-9]{2}")
#: Before a number that names, not counts: "Covid-19", "QL 279", "mức độ 4".
_NAMED: Final = re.compile(r"(?:-|\b[A-ZĐ]{2,}\s|\bđộ\s)\Z")
#: Words that follow a number but count nothing: "19 đã được", "4 của tỉnh", "4 đạt".
_NOT_COUNTED: Final = frozenset(
    (
        "và", "của", "được", "đã", "trên", "tại", "những", "đạt", "theo", "là", "có", "cho",
        "với", "trong", "đến", "từ", "so", "các", "dẫn", "lan", "đảm", "bị", "sẽ", "đang",
        "này", "đó", "thì", "mà", "như", "hoặc", "tăng", "giảm",
    )
)  # fmt: skip


@attrs.frozen
class Span:
    """A printed figure found in a passage."""

    #: Where it starts and ends in the passage's text.
    start: int
    end: int
    #: What :func:`parse_printed` read.
    printed: Printed
    #: The figure counts a list of things together ("72 chi nhánh, văn phòng đại diện"):
    #: it is printed as the bare number, its unit the first thing's.
    listed: bool = False
    #: A number printed with no unit, its unit said by the clause: "Diện tích trồng mới ước
    #: đạt 1.168,03 (đạt 16,59% kế hoạch)"; the figure takes its indicator's unit.
    bare: bool = False
    #: The unit the words say, for a bare number that has one: "hạng" for a rank.
    unit: str = ""
    #: The pint definition of its unit, a count word vnplan's registry does not know
    #: ("dự thảo = [du_thao]"), which the folder must declare; "" if none.
    declare: str = ""


@attrs.frozen
class Unread:
    """A number that looks like a figure but that vnplan cannot read yet."""

    #: The text, as printed.
    text: str
    #: Why it is not drafted: "range", "sign in brackets", "unit 'chỉ tiêu' unknown".
    reason: str


_failed: dict[str, None] = {}


def _read(text: str) -> Printed | None:
    if text in _failed:
        return None
    try:
        return parse_printed(text)
    except ParseError:
        if len(_failed) < 100_000:
            _failed[text] = None
        return None


def _skipped(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _SKIP.finditer(text)]


def _ends(text: str, start: int) -> list[int]:
    """The ends of the word runs after a number, shortest first, up to the clause's end."""
    stop = _STOP.search(text, start)
    limit = stop.start() if stop else len(text)
    ends = [start]
    for match in re.finditer(r"\S+", text[start:limit]):
        ends.append(start + match.end())
        if len(ends) > _MAX_WORDS:
            break
    return ends


def find_spans(text: str) -> tuple[list[Span], list[Unread]]:
    """Find the printed figures of a passage.

    Args:
        text: The passage's text.

    Returns:
        The figures read, in order, and the numbers left unread with the reason.

    Examples:
        >>> spans, unread = find_spans("ước đạt 177 tấn chè búp tươi, thẩm định 63 dự thảo")
        >>> [(s.printed.text, s.declare) for s in spans]
        [('177 tấn', ''), ('63 dự thảo', 'dự thảo = [du_thao]')]
        >>> [u.reason for u in find_spans("mức độ 4 của tỉnh")[1]]
        ["unit 'của tỉnh' unknown"]
    """
    skipped = _skipped(text)
    spans: list[Span] = []
    unread: list[Unread] = []
    position = 0
    for match in _NUMBER.finditer(text):
        start, number_end = match.span()
        if start < position or any(a <= start < b for a, b in skipped):
            continue
        before = text[max(0, start - 20) : start]
        if _BRACKET_SIGN.search(before):
            start -= 1  # "(-9,28%)": the sign is part of the figure
        elif qualifier := _QUALIFIER.search(before):
            start -= len(before) - qualifier.start()
        range_match = _RANGE.match(text, number_end)
        if range_match:
            unread.append(Unread(text[start : range_match.end()], "range"))
            position = range_match.end()
            continue
        span = _rank(text, start, number_end) or _longest(text, start, number_end)
        if span is not None and (span.bare or _is_bare(text, start, span)):
            spans.append(attrs.evolve(span, bare=True))
            position = span.end
            continue
        span = _with_unit(text, start, number_end, span, unread)
        if span is None:
            continue
        if span.printed.unit in _PERIOD_UNITS or _is_code(text, start):
            continue
        if _lists_things(text, span):
            span = attrs.evolve(span, listed=True)
        spans.append(span)
        position = span.end
    return spans, unread


def _with_unit(
    text: str, start: int, number_end: int, span: Span | None, unread: list[Unread]
) -> Span | None:
    """The span with its unit: one the folder declares if need be; else noted as unread."""
    if span is None or not span.printed.unit:
        end = number_end if span is None else span.end
        counted = _count_word(text, start, end)
        if counted is None:
            _note_unit(text, start, end, unread)
        return counted
    if span.printed.unit in _declared:  # declared by a draft, and since then defined
        return attrs.evolve(span, declare=_declared[span.printed.unit])
    return span


def _rank(text: str, start: int, number_end: int) -> Span | None:
    """A rank, "đứng thứ 2", "xếp thứ 14/63 tỉnh": the number alone, in "hạng"."""
    if not _RANK.search(text, 0, start):
        return None
    rank = _read(text[start:number_end])
    return None if rank is None else Span(start, number_end, rank, bare=True, unit="hạng")


def _is_bare(text: str, start: int, span: Span) -> bool:
    """Whether a number with no unit is followed by its attainment, after "đạt" or "là"."""
    return (
        not span.printed.unit
        and _BARE.match(text, span.end) is not None
        and _BARE_BEFORE.search(text, 0, start) is not None
    )


def _longest(text: str, start: int, number_end: int) -> Span | None:
    """The longest span that reads; or a shorter one whose unit means the same.

    "179 điểm phục vụ" is read as "179 điểm": the words after the unit's first word are
    another name of the same unit, and the shorter text is the figure.
    """
    ends = _ends(text, number_end)
    for index in range(len(ends) - 1, -1, -1):
        candidate = text[start : ends[index]].rstrip(".…")
        printed = _read(candidate)
        if printed is None:
            continue
        for shorter_end in ends[1:index]:
            shorter = _read(text[start:shorter_end].rstrip(".…"))
            if (
                shorter is not None
                and not _own_name(printed.unit)
                and shorter.unit
                and shorter.denominator_unit == printed.denominator_unit
                and _same_unit(shorter.unit, printed.unit)
            ):
                return Span(start, start + len(shorter.text), shorter)
        return Span(start, start + len(candidate), printed)
    if start < number_end and not text[start].isdigit():  # a qualifier that does not read
        return _longest(text, match_start(text, start), number_end)
    return None


#: After a count, a comma and another thing counted with it: "72 chi nhánh, văn phòng".
_NEXT_THING: Final = re.compile(r",\s*([^\W\d_]+(?:\s[^\W\d_]+)?)")
#: Words that begin a clause, not a thing counted.
_NOT_A_THING: Final = re.compile(
    r"(?:tăng|giảm|đạt|vượt|chiếm|bằng|gấp|cao|thấp|trong|với|so|là|có|được|đã|đang|còn|"
    r"riêng|nhưng|song|tuy|đến|từ|tại|nâng|góp|trị giá|kinh phí|tổng)\b",
    re.IGNORECASE,
)
#: A number after the comma, before the next one: the words name the next figure.
_NUMBER_NEXT: Final = re.compile(r",[^;.():,0-9]*[0-9]")
_PHYSICAL: Final = frozenset({"[mass]", "[length]", "[time]", "[currency]", "[temperature]"})
#: Or two more, in lower case: "10 chi nhánh, văn phòng đại diện, địa điểm kinh doanh".
_THREE_THINGS: Final = re.compile(
    r"(?:,\s*[^\W\d_A-ZĐ][^\W\d_]*(?:\s[^\W\d_]+){0,3}){2}(?=[\s,;.(])"
)


def _lists_things(text: str, span: Span) -> bool:
    """Whether a count goes on with other things counted together with it.

    "903 tổ chức, cá nhân vi phạm", "72 chi nhánh, văn phòng đại diện, địa điểm kinh
    doanh": the number counts them all, so no one unit is its unit; but "12 tập thể, 50
    cá nhân" is two counts. The thing after the comma is a unit vnplan knows, or two
    things follow.
    """
    printed = span.printed
    if printed.denominator is not None or not _is_count(printed.unit):
        return False
    following = _NEXT_THING.match(text, span.end)
    if following is None or _NOT_A_THING.match(following[1]):
        return False
    if _NUMBER_NEXT.match(text, span.end):  # "3.947 lao động, doanh nghiệp trong tỉnh 444 …"
        return False
    if _THREE_THINGS.match(text, span.end):
        return True
    words = following[1].split()
    return any(
        _is_count(thing.unit)
        for n in range(len(words), 0, -1)
        if (thing := _read("1 " + " ".join(words[:n]))) is not None
    )


def _is_count(unit: str) -> bool:
    if not unit[:1].islower():
        return False
    try:
        info = unit_info(unit)
    except UnitError:
        return False
    dimension = info.dimension
    return (
        info.factor == 1
        and "[" in dimension
        and "*" not in dimension
        and (dimension not in _PHYSICAL and "/" not in dimension and "**" not in dimension)
    )


#: A number glued to a capital letter, or after a capitalised project or scheme word, is a
#: code or a name: "khu đất X78", "Dự án 6", "Tiểu dự án 1", "Đề án 06".
_CODE_BEFORE: Final = re.compile(
    r"(?:[A-Z]|\b(?:Dự án|Tiểu dự án|Đề án|Chương trình|Nội dung|Hợp phần|Tiểu mục)\s+)\Z"
)


def _is_code(text: str, start: int) -> bool:
    return _CODE_BEFORE.search(text, 0, start) is not None


def _own_name(unit: str) -> bool:
    """Whether a count's unit is a kind of thing vnplan defines by this very name.

    "02 xe ô tô" keeps its unit whole: a car is a kind of vehicle. "179 điểm phục vụ" is
    read as "179 điểm" ("điểm phục vụ" is another name of "điểm"), and "177 tấn quả
    tươi" as "177 tấn" (a mass: what is weighed belongs to the indicator).
    """
    name = "_".join(unit.split())
    try:
        own = registry().get_name(name) == name
        return bool(own) and is_count_dimension(unit_info(unit).dimension)
    except Exception:  # noqa: BLE001  (pint's errors for names it does not know vary)
        return False


def _same_unit(unit: str, other: str) -> bool:
    try:
        first, second = unit_info(unit), unit_info(other)
    except UnitError:
        return False
    return first.dimension == second.dimension and first.factor == second.factor


def match_start(text: str, start: int) -> int:
    """The start of the number at or after ``start``."""
    while start < len(text) and not text[start].isdigit():
        start += 1
    return start


#: The count words a draft declared, by name: loading its folder defines them process-wide,
#: and a later draft, which then reads them, must still declare them in its own folder.
_declared: dict[str, str] = {}


def declaration(unit: str) -> str:
    """The definition a draft gives a count word vnplan does not know, its own count.

    Examples:
        >>> declaration("dự thảo")
        'dự thảo = [du_thao]'
    """
    folded = unicodedata.normalize("NFD", unit.replace("đ", "d").replace("Đ", "D"))
    ascii_name = "".join(c for c in folded if not unicodedata.combining(c))
    return f"{unit} = [{'_'.join(ascii_name.lower().split())}]"


def _count_word(text: str, start: int, number_end: int) -> Span | None:
    """A number followed by a count word vnplan has no unit for ("63 dự thảo"), to declare.

    The same words :func:`_note_unit` would note; the figure is the number and the words,
    and its unit a count of its own.
    """
    words = _count_words(text, number_end)
    number = _read(text[start:number_end])
    if words is None or number is None or number.unit or number.denominator is not None:
        return None
    name = words[1]
    if _YEAR.fullmatch(text[start:number_end]) or _NAMED.search(text, 0, start):
        return None  # "2025 theo Nghị quyết", "Covid-19", "QL 279", "mức độ 4": no count
    if not name.islower() or name.split()[0] in _NOT_COUNTED:
        return None  # "02 nước Việt Nam", "4 của tỉnh", "19 đã được"
    if name not in _declared and "_".join(name.split()) in registry():
        return None  # a unit vnplan knows, that reads as another ("12 tỷ lệ"): not a count
    definition = _declared.setdefault(name, declaration(name))
    printed = attrs.evolve(number, text=text[start : number_end + words.end()], unit=name)
    return Span(start, number_end + words.end(), printed, declare=definition)


def _count_words(text: str, number_end: int) -> re.Match[str] | None:
    words = re.match(r"\s?([^\W\d_]+(?:\s[^\W\d_]+)?)", text[number_end:])
    if words is None or not words[1][:1].islower() or words[1].split()[0] in _PERIOD_UNITS:
        return None
    return words


def _note_unit(text: str, start: int, number_end: int, unread: list[Unread]) -> None:
    """Note a bare number followed by words vnplan has no unit for ("25 chỉ tiêu")."""
    words = _count_words(text, number_end)
    if words is None:
        return
    unread.append(Unread(text[start : number_end + words.end()], f"unit {words[1]!r} unknown"))
