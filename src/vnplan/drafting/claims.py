"""Tell a claim from a figure, by the words around a printed number.

*tăng/giảm X%* is a growth, or a change in points when what rises is itself a rate or a
share; *tăng X ha* a change; *gấp X lần* a factor; *X điểm %* a change in points;
*đạt/vượt X% kế hoạch* an attainment; *chiếm X%* or *đạt X%* after a figure of the
clause, a share of it. Anything else is a figure.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from vnplan.drafting._deps import UnitError, same_dimension
from vnplan.drafting.context import BASIS_AFTER, At

__all__ = ["claim_kind", "reference"]

_REFERENCE: Final = re.compile(
    r"so với\s+(?:cùng kỳ\s+)?(?:năm\s+)?((?:19|20)[0-9]{2})|kỳ gốc\s+((?:19|20)[0-9]{2})"
    r"|(cùng kỳ|năm trước)|(kế hoạch)",
    re.IGNORECASE,
)
_PERCENT_SUBJECT: Final = re.compile(r"tỷ lệ|tỉ lệ|tỷ trọng|tốc độ|cơ cấu|chiếm", re.IGNORECASE)
_UP_DOWN: Final = frozenset({"tăng", "giảm", "cao hơn", "thấp hơn"})


def _same(unit: str, other: str) -> bool:
    try:
        return same_dimension(unit or "%", other or "%")
    except UnitError:
        return False


def claim_kind(  # noqa: PLR0911  (one return per kind: the rules read in order)
    at: At, unit_of: Callable[[str], str], is_rate: Callable[[str], bool]
) -> str | None:
    """The kind of claim the number at ``at`` is, or ``None`` for a figure.

    Args:
        at: The number in its context.
        unit_of: The unit of a figure, by id.
        is_rate: Whether a figure's indicator is a rate or a share, by id.

    Returns:
        ``growth``, ``pp-change``, ``change``, ``factor``, ``attainment``, ``share``, or
        ``None``.
    """
    printed = at.span.printed
    unit = printed.unit
    verb = at.verb
    subject = at.subject
    if unit == "lần" or unit.endswith(" lần"):
        return "factor"
    if "điểm" in unit and ("%" in unit or "phần trăm" in unit):
        return "pp-change"
    percent = unit == "%"
    basis_after = BASIS_AFTER.match(at.after) is not None
    if verb in _UP_DOWN:
        if not percent:
            return "change"
        if basis_after:  # "tăng 0,19% so với kế hoạch": said of a rate, in points
            return "pp-change"
        if subject is not None:
            return "pp-change" if is_rate(subject.id) else "growth"
        return "pp-change" if _PERCENT_SUBJECT.search(at.before) else "growth"
    if percent and (verb == "vượt" or (verb in {"đạt", "bằng"} and basis_after)):
        return "attainment"
    if percent and verb in {"chiếm", "đạt"} and subject is not None and unit_of(subject.id) != "%":
        return "share"
    return None


def change_fits(at: At, unit_of: Callable[[str], str]) -> bool:
    """Whether a change's unit measures what its subject figure measures."""
    return at.subject is not None and _same(unit_of(at.subject.id), at.span.printed.unit)


def reference(after: str, period: str) -> tuple[str, str | None, str | None]:
    """The period a change compares against, its basis if it is the plan, and a review note.

    "so với năm 2021" and "kỳ gốc 2015" name it; "cùng kỳ" and "năm trước" are the year
    before; "so với kế hoạch" is the plan of the period itself. With none of these, the
    year before is guessed, and said so.
    """
    match = _REFERENCE.search(after[:60])
    year = int(period[:4])
    if match is None:
        return str(year - 1), None, f"reference {year - 1} guessed: no 'so với' printed"
    if match[1] or match[2]:
        return match[1] or match[2], None, None
    if match[4]:
        return period, "plan", None
    return str(year - 1), None, None
