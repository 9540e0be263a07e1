"""What the draft knows of a figure's surroundings, and the words it reads them by."""

from __future__ import annotations

import re
from typing import Final

import attrs

from vnplan.drafting.records import DraftFigure, DraftIndicator, Where
from vnplan.drafting.spans import Span
from vnplan.drafting.structure import Passage
from vnplan.drafting.vocabulary import Query

__all__ = ["At", "clause_start", "phrase"]

#: The verb before a claim's number, which gives its sense.
VERB: Final = re.compile(
    r"(tăng|giảm|đạt|vượt|chiếm|gấp|bằng|cao hơn|thấp hơn)(?:\s+(?:được|khoảng|là|thêm))?\s*\Z",
    re.IGNORECASE,
)
#: A verb whose number comes after what it compares with: "tăng so với cùng kỳ năm 2021
#: là 85,14 ha", "cao hơn tốc độ tăng trưởng năm 2021 là 4,18 %".
_VERB_LA: Final = re.compile(
    r"\b(tăng|giảm|cao hơn|thấp hơn)\b(?:[^0-9;,()]|(?<=năm )(?:19|20)[0-9]{2}){0,60}?\blà\s*\Z",
    re.IGNORECASE,
)
#: The same change again, in percent, in brackets: "giảm 4.185 hộ (4,32%)", "tăng 20 vụ so
#: với cùng kỳ năm trước (8,7%)".
_VERB_BRACKET: Final = re.compile(
    r"\b(tăng|giảm)\s+[0-9][0-9.,]*\s+[^\W\d][^0-9;,()]{0,50}?\(\s*\Z", re.IGNORECASE
)
#: Who set a target, by the words that name them; the first that matches.
BASES: Final = (
    (
        "provincial-budget",
        re.compile(r"dự toán (?:HĐND|địa phương|tỉnh)|HĐND tỉnh giao", re.IGNORECASE),
    ),
    ("central-budget", re.compile(r"dự toán (?:trung ương|TW)|trung ương giao", re.IGNORECASE)),
    ("prime-minister", re.compile(r"Thủ tướng", re.IGNORECASE)),
    ("congress", re.compile(r"Nghị quyết Đại hội", re.IGNORECASE)),
    ("plan", re.compile(r"kế hoạch|KH\b|chỉ tiêu|Nghị quyết|mục tiêu|dự toán", re.IGNORECASE)),
)
#: A basis right after a percentage: "đạt 102,49% kế hoạch".
BASIS_AFTER: Final = re.compile(
    r"\s*(?:so với\s+)?(?:kế hoạch|KH\b|dự toán|chỉ tiêu|Nghị quyết|mục tiêu|NQ\b)", re.IGNORECASE
)
_CLAUSE: Final = re.compile(r";|\.\s+|\.\Z")
#: Where a figure's own words stop after it: the next separator, verb or number.
_AFTER_STOP: Final = re.compile(
    r"[,;:()\[\]“”\"/]|\.(?:\s|\Z)|\s[-–]\s|[0-9]|\b(?:và|với|tăng|giảm|chiếm|bằng|so với|"
    r"trong đó|gồm|là)\b",
    re.IGNORECASE,
)
#: With no words of its own before it, a figure is named by the words after it, over
#: commas: "126/129 xã, phường đạt chuẩn …", "81,2% thôn, bản, tổ dân phố văn hóa".
_AFTER_STOP_NAMED: Final = re.compile(
    r"[;:()\[\]“”\"]|\.(?:\s|\Z)|\s[-–]\s|[0-9]|\b(?:với|tăng|giảm|chiếm|bằng|so với|"
    r"trong đó|gồm|là)\b",
    re.IGNORECASE,
)
#: Words before a figure that do not name it: a list number, "phấn đấu", "có", "đạt".
_FILLER: Final = re.compile(
    r"\(?\s*[0-9]+\s*[).]|[-+•]|\b(?:phấn đấu|phần đầu|có|đạt|là|ước|dự ước|khoảng|trên|"
    r"dưới|hơn|gần|được|thêm)\b",
    re.IGNORECASE,
)
#: When, not what: "Đến thời điểm hiện tại, trong 13 dự án …" (a stock's date, no name).
_NOW: Final = re.compile(
    r"\b(?:(?:tính\s+)?đến\s+(?:thời điểm\s+)?(?:hiện tại|hiện nay|nay)|hiện nay|hiện tại)\b,?",
    re.IGNORECASE,
)
#: "trong 13 dự án …" is "among the 13 projects": the preposition names nothing.
_AMONG: Final = re.compile(r"\btrong\s*\Z", re.IGNORECASE)
_ASIDE: Final = re.compile(r"\([^()0-9]*\)")
#: Where a figure's own words start before it: after a bracket, a colon or "trong đó".
_BEFORE_START: Final = re.compile(r"[(:]|\b(?:trong đó|bao gồm|gồm)\b", re.IGNORECASE)
_LIST_START: Final = re.compile(r"[(:,/]|\b(?:trong đó|bao gồm|gồm|và)\b", re.IGNORECASE)
_LIST_HEAD: Final = re.compile(r"trong đó|gồm", re.IGNORECASE)
#: A label that heads a sentence or a list: "Lúa Đông xuân: …", "- Cây lúa: …".
#: A label may follow a list head's colon ("trong đó: Lúa Đông xuân: …").
_LABEL: Final = re.compile(
    r"(?:^|(?<=[.;:]\s)|(?<=[-+•]\s))\s*([^.;:()0-9]{3,60}?):\s", re.MULTILINE
)


@attrs.frozen(kw_only=True)
class At:
    """A printed figure in its passage: what comes before and after it, and when it is."""

    #: The passage.
    passage: Passage
    #: The figure's span.
    span: Span
    #: The clause before the figure (from the last ``;`` or sentence end).
    before: str
    #: Up to 80 characters after the figure.
    after: str
    #: The period guessed ("2022") and why it is uncertain, if it is.
    period: str
    period_review: tuple[str, ...] = ()
    #: Where the passage is.
    where: Where
    #: The last figure of the clause, which a claim is about.
    subject: DraftFigure | None = None
    #: Where the figure before it in the passage ends.
    since: int = 0
    #: The figure is listed as a part of a total ("trong đó", "gồm:", "cụ thể:").
    part: bool = False
    #: The figure heads a list of parts ("trong 13 dự án …: có 01 dự án …"): the sentence
    #: before it names what is listed.
    total: bool = False
    #: The indicator of the parts of the list's total, if the vocabulary has one.
    family: DraftIndicator | None = None

    @property
    def verb(self) -> str | None:
        """The verb right before the figure, lower case, or ``None``."""
        match = (
            VERB.search(self.before)
            or _VERB_LA.search(self.before)
            or _VERB_BRACKET.search(self.before)
        )
        return match[1].lower() if match else None

    @property
    def own_words(self) -> str:
        """The figure's own words, before and after its number.

        Before: since the figure or separator before. After: up to the next separator.
        """
        text = self.passage.text
        clause = self.span.start - len(self.before)
        start = max(self.since, clause)
        # An aside in brackets closed before the figure is no start of its words: "GRDP
        # (theo giá so sánh) đạt 13.963,91 tỷ đồng".
        before = _ASIDE.sub(" ", text[start : self.span.start])
        before = _AMONG.sub(" ", _NOW.sub(" ", before))
        # After a figure in the same clause, a list goes on: ", 295 trường phổ thông".
        starts = _LIST_START if self.since > clause else _BEFORE_START
        cuts = [m.end() for m in starts.finditer(before)]
        before = before[cuts[-1] :] if cuts else before
        number = re.match(
            r"\D*[0-9][0-9.,]*(?:\s*/\s*[0-9][0-9.,]*)?", text[self.span.start : self.span.end]
        )
        after_start = self.span.start + (number.end() if number else 0)
        stops = _AFTER_STOP
        if not _FILLER.sub("", before).strip():  # "(11) Phấn đấu có 126/129 xã, phường đạt …"
            stops = _AFTER_STOP_NAMED
        stop = stops.search(text, after_start)
        after = text[after_start : stop.start() if stop else len(text)].split()[:10]
        return " ".join([*before.split(), *after])

    @property
    def query(self) -> Query:
        """What the figure's indicator is matched on (see :class:`Query`)."""
        text = self.passage.text
        labels = [m[1] for m in _LABEL.finditer(text, 0, self.span.start)]
        labels = [label for label in labels if not _LIST_HEAD.search(label)]
        label = labels[-1] if labels else ""
        if self.total and not label:  # the sentence before a list's total labels it
            sentence_start = self.span.start - len(self.before)
            label = text[:sentence_start].rstrip(" .;").rsplit(". ", 1)[-1]
        return Query(
            local=self.own_words,
            label=label,
            clause=self.phrase,
            heading=self.passage.heading,
        )

    @property
    def phrase(self) -> str:
        """The words an indicator is matched on."""
        return phrase(self.passage.text, self.before, self.span.start)


def clause_start(text: str, current: int, position: int) -> int:
    """The start of the clause holding ``position``, at or after ``current``."""
    last = current
    for match in _CLAUSE.finditer(text, current, position):
        last = match.end()
    return last


def phrase(text: str, before: str, start: int) -> str:
    """The words an indicator is matched on: the clause before the figure, and its label.

    The label is the text before a ``:`` that opens the sentence ("Lúa Đông xuân: Diện
    tích gieo trồng ước đạt …"), or a bullet's ("- Cây lúa: …").
    """
    words = before.strip()
    sentence_start = max(text.rfind(". ", 0, start) + 1, text.rfind(";", 0, start) + 1, 0)
    label_end = text.find(":", sentence_start, start)
    short = len(text[sentence_start:label_end].split()) <= 8
    if label_end >= 0 and short and label_end < start - len(before):
        words = f"{text[sentence_start:label_end]} {words}"
    bullet = re.match(r"\s*[-+•]\s*([^:]{1,60}):", text)
    if bullet and bullet[1] not in words:
        words = f"{bullet[1]} {words}"
    return " ".join(words.split())
