"""What the draft knows of a figure's surroundings, and the words it reads them by."""

from __future__ import annotations

import re
from typing import Final

import attrs

from vnplan.drafting.records import DraftFigure, Where
from vnplan.drafting.spans import Span
from vnplan.drafting.structure import Passage

__all__ = ["At", "clause_start", "phrase"]

#: The verb before a claim's number, which gives its sense.
VERB: Final = re.compile(
    r"(tăng|giảm|đạt|vượt|chiếm|gấp|bằng|cao hơn|thấp hơn)(?:\s+(?:được|khoảng|là|thêm))?\s*\Z",
    re.IGNORECASE,
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

    @property
    def verb(self) -> str | None:
        """The verb right before the figure, lower case, or ``None``."""
        match = VERB.search(self.before)
        return match[1].lower() if match else None

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
