"""The model's fixed words: the sectors, and the verbs a claim is printed with.

Each list lives here once; the model checks against it, and the audit, the displays and
the readers take it from here (``from vnplan.model import VERBS_UP``).
"""

from __future__ import annotations

from typing import Final

from vnplan._enums import ClaimKind

__all__ = ["SECTORS", "VERBS", "VERBS_DOWN", "VERBS_LEVEL", "VERBS_OF", "VERBS_UP"]

#: The sectors an indicator may belong to (``docs/data-format.md``).
SECTORS: Final[tuple[str, ...]] = (
    "economy", "agriculture", "forestry", "rural", "industry", "construction", "trade",
    "tourism", "transport", "telecom", "external-trade", "investment", "budget", "credit",
    "enterprise", "public-investment", "national-programs", "labour", "social", "poverty",
    "health", "education", "culture", "information", "ethnic-religion", "science",
    "environment", "justice", "administration", "inspection", "security", "foreign-affairs",
)  # fmt: skip

#: The words a report prints before a claim's number, which give it its sense.
VERBS: Final[tuple[str, ...]] = (
    "tăng", "giảm", "đạt", "vượt", "chiếm", "gấp", "bằng", "cao hơn", "thấp hơn",
)  # fmt: skip

#: The verbs that say more: the ratio is ``1 + v/100`` (*tăng 1,99%*, *vượt 8,15%*).
VERBS_UP: Final = frozenset({"tăng", "vượt", "cao hơn"})
#: The verbs that say less: the ratio is ``1 - v/100``, the sign negative (*giảm 4,32%*).
VERBS_DOWN: Final = frozenset({"giảm", "thấp hơn"})
#: The verbs that state a level: the ratio is ``v/100`` (*đạt 102,49%*, *chiếm 21,25%*).
VERBS_LEVEL: Final = frozenset({"đạt", "bằng", "chiếm"})

#: The verbs each kind of claim accepts.
VERBS_OF: Final[dict[ClaimKind, frozenset[str]]] = {
    ClaimKind.GROWTH: frozenset({"tăng", "giảm", "cao hơn", "thấp hơn", "vượt", "đạt", "bằng"}),
    ClaimKind.PP_CHANGE: frozenset({"tăng", "giảm", "cao hơn", "thấp hơn"}),
    ClaimKind.CHANGE: frozenset({"tăng", "giảm", "cao hơn", "thấp hơn"}),
    ClaimKind.FACTOR: frozenset({"gấp", "tăng", "bằng", "đạt"}),
    ClaimKind.ATTAINMENT: frozenset({"đạt", "vượt", "bằng", "tăng", "giảm", "cao hơn", "thấp hơn"}),
    ClaimKind.SHARE: frozenset({"chiếm", "bằng", "đạt"}),
    ClaimKind.FRACTION: frozenset({"chiếm", "bằng", "đạt"}),
}
