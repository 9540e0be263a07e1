"""The closed vocabularies of the model: small string enums.

Each member's value is the spelling used in data files and exports.
"""

from __future__ import annotations

import enum

__all__ = [
    "Basis",
    "Bound",
    "ClaimKind",
    "Direction",
    "Measure",
    "RelationKind",
    "ReportKind",
    "Role",
    "Severity",
    "Status",
]


class Direction(enum.StrEnum):
    """Which way an indicator is better."""

    #: More is better (output, income, coverage).
    HIGHER = "higher"
    #: Less is better (poverty rate, HIV cases, accidents).
    LOWER = "lower"
    #: Neither way is better (population, structure shares).
    NEUTRAL = "neutral"


class Measure(enum.StrEnum):
    """What kind of number an indicator is."""

    #: An amount, such as output, money or area.
    LEVEL = "level"
    #: A number of things, such as enterprises, schools or persons.
    COUNT = "count"
    #: A percentage rate, such as the poverty rate or forest cover.
    RATE = "rate"
    #: A percentage of a whole, such as a sector's share of GRDP.
    SHARE = "share"
    #: An index or a score, such as the IIP or the PCI.
    INDEX = "index"
    #: A value per head or per unit, such as GRDP per capita.
    AVERAGE = "average"


class Role(enum.StrEnum):
    """What a printed figure stands for."""

    #: The outturn of the period (thực hiện, ước đạt).
    ACTUAL = "actual"
    #: A plan value (kế hoạch, dự toán, chỉ tiêu).
    TARGET = "target"
    #: A level at a date (đến 31/12/2022).
    STOCK = "stock"
    #: Accumulated over a span (lũy kế).
    CUMULATIVE = "cumulative"
    #: A piece of a breakdown with no indicator meaning of its own.
    PART = "part"
    #: A past value printed for comparison.
    REFERENCE = "reference"


class Status(enum.StrEnum):
    """How final a figure is."""

    #: ước đạt, dự ước, ước thực hiện, ước tính.
    ESTIMATE = "estimate"
    #: sơ bộ.
    PROVISIONAL = "provisional"
    #: chính thức.
    OFFICIAL = "official"
    #: Printed with no qualifier.
    REPORTED = "reported"
    #: A plan value.
    PLANNED = "planned"


class Basis(enum.StrEnum):
    """Who set a target."""

    #: kế hoạch, chỉ tiêu kế hoạch, Nghị quyết HĐND tỉnh.
    PLAN = "plan"
    #: dự toán HĐND tỉnh giao.
    PROVINCIAL_BUDGET = "provincial-budget"
    #: dự toán trung ương giao.
    CENTRAL_BUDGET = "central-budget"
    #: Thủ tướng giao.
    PRIME_MINISTER = "prime-minister"
    #: Nghị quyết Đại hội Đảng bộ.
    CONGRESS = "congress"
    #: A programme's or project's own aim.
    PROGRAM = "program"
    #: Any other basis.
    OTHER = "other"


class Bound(enum.StrEnum):
    """How a target or a qualified figure bounds the value."""

    #: The value itself.
    EXACT = "exact"
    #: The value or more (trên, hơn, tối thiểu, trở lên).
    AT_LEAST = "at-least"
    #: The value or less (dưới, không quá, tối đa).
    AT_MOST = "at-most"
    #: Roughly the value (khoảng, gần).
    ABOUT = "about"


class ClaimKind(enum.StrEnum):
    """The kinds of comparison a report states."""

    #: Percent change against a reference period (tăng 10,19% so với năm 2021).
    GROWTH = "growth"
    #: Change of a rate or share in percentage points (chiếm 21,25%, tăng 1,63%).
    PP_CHANGE = "pp-change"
    #: Absolute change in the figure's unit (giảm 140,15 ha).
    CHANGE = "change"
    #: A factor (tăng 2,35 lần, gấp 2,21 lần).
    FACTOR = "factor"
    #: Attainment against a plan or budget (đạt 102,49% kế hoạch).
    ATTAINMENT = "attainment"
    #: Share of a whole (chiếm 48,035%).
    SHARE = "share"
    #: Achieved over planned or over total (115/115 xã).
    FRACTION = "fraction"


class RelationKind(enum.StrEnum):
    """How parts relate to a total."""

    #: The parts make up the whole total.
    SUM = "sum"
    #: The parts are some of the total.
    SUBSET = "subset"
    #: Shares that add up to 100%.
    STRUCTURE = "structure"


class Severity(enum.StrEnum):
    """How serious an audit finding is; the members run from the most serious down.

    >>> [severity.value for severity in Severity]
    ['material', 'rounding', 'info']
    >>> Severity.MATERIAL.rank < Severity.INFO.rank
    True
    """

    #: No reading within printing precision reconciles the figures.
    MATERIAL = "material"
    #: The figures agree only if a value was cut off or is one unit off in the last digit.
    ROUNDING = "rounding"
    #: Worth a look, but not an error.
    INFO = "info"

    @property
    def rank(self) -> int:
        """Where the severity stands, most serious first (0 for ``material``, 2 for ``info``)."""
        return _SEVERITY_RANKS[self]


#: Each severity's :attr:`Severity.rank`: its place in the members' order.
_SEVERITY_RANKS: dict[Severity, int] = {severity: rank for rank, severity in enumerate(Severity)}


class ReportKind(enum.StrEnum):
    """What kind of document a report is, and so which metadata it has."""

    #: A numbered report of a People's Committee (*Số 350/BC-UBND*); it has a number.
    ADMINISTRATIVE_REPORT = "administrative-report"
    #: A release of a statistics office (*Tình hình kinh tế - xã hội …*); a number is optional.
    STATISTICS_RELEASE = "statistics-release"
    #: A resolution of a People's Council (*Số 88/NQ-HĐND*); it has a number.
    COUNCIL_RESOLUTION = "council-resolution"
    #: A press report of official figures; it has no number.
    PRESS_REPORT = "press-report"
    #: Figures gathered from several pages, each figure naming its own source; no number.
    COMPILATION = "compilation"

    @property
    def numbered(self) -> bool | None:
        """Whether a report of the kind has a number.

        ``True``: it must; ``False``: it must not; ``None``: it may.
        """
        if self in {ReportKind.ADMINISTRATIVE_REPORT, ReportKind.COUNCIL_RESOLUTION}:
            return True
        return None if self is ReportKind.STATISTICS_RELEASE else False
