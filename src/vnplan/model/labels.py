"""Names of the model's vocabularies in Vietnamese and English, for tables and charts.

Pure data: the notebook display, the pandas frames and the charts all label sectors,
roles, statuses and bases from here, so that they read the same everywhere.
"""

from __future__ import annotations

import unicodedata
from typing import Final, Literal

from vnplan._enums import Basis, Bound, Direction, Measure, Role, Status
from vnplan.exceptions import ValidationError
from vnplan.model.period import Location

__all__ = [
    "BASIS_NAMES",
    "BOUND_NAMES",
    "DIRECTION_NAMES",
    "MEASURE_NAMES",
    "ROLE_NAMES",
    "SECTOR_NAMES",
    "STATUS_NAMES",
    "Language",
    "check_language",
    "find_sector",
    "location_label",
    "sector_name",
]

#: A language vnplan writes labels in.
Language = Literal["vi", "en"]

#: Each sector of :data:`vnplan.model.SECTORS`: its (Vietnamese, English) name.
SECTOR_NAMES: Final[dict[str, tuple[str, str]]] = {
    "economy": ("Kinh tế chung", "Economy"),
    "agriculture": ("Nông nghiệp, thủy sản", "Agriculture and fisheries"),
    "forestry": ("Lâm nghiệp", "Forestry"),
    "rural": ("Nông thôn mới", "New rural development"),
    "industry": ("Công nghiệp", "Industry"),
    "construction": ("Xây dựng", "Construction"),
    "trade": ("Thương mại", "Trade"),
    "tourism": ("Du lịch", "Tourism"),
    "transport": ("Giao thông vận tải", "Transport"),
    "telecom": ("Bưu chính, viễn thông", "Post and telecommunications"),
    "external-trade": ("Xuất, nhập khẩu", "External trade"),
    "investment": ("Đầu tư", "Investment"),
    "budget": ("Ngân sách", "Budget"),
    "credit": ("Tín dụng", "Credit"),
    "enterprise": ("Doanh nghiệp, hợp tác xã", "Enterprises and cooperatives"),
    "public-investment": ("Đầu tư công", "Public investment"),
    "national-programs": ("Chương trình mục tiêu quốc gia", "National target programmes"),
    "labour": ("Lao động, việc làm", "Labour and jobs"),
    "social": ("Xã hội", "Social affairs"),
    "poverty": ("Giảm nghèo", "Poverty reduction"),
    "health": ("Y tế", "Health"),
    "education": ("Giáo dục, đào tạo", "Education and training"),
    "culture": ("Văn hóa, thể thao", "Culture and sport"),
    "information": ("Thông tin, truyền thông", "Information and media"),
    "ethnic-religion": ("Dân tộc, tôn giáo", "Ethnic affairs and religion"),
    "science": ("Khoa học, công nghệ", "Science and technology"),
    "environment": ("Tài nguyên, môi trường", "Natural resources and environment"),
    "justice": ("Tư pháp", "Justice"),
    "administration": ("Nội vụ, cải cách hành chính", "Administration"),
    "inspection": ("Thanh tra", "Inspection"),
    "security": ("Quốc phòng, an ninh", "Defence and security"),
    "foreign-affairs": ("Đối ngoại", "Foreign affairs"),
}

#: Each role: its (Vietnamese, English) name.
ROLE_NAMES: Final[dict[Role, tuple[str, str]]] = {
    Role.ACTUAL: ("thực hiện", "actual"),
    Role.TARGET: ("kế hoạch", "target"),
    Role.STOCK: ("tại thời điểm", "stock"),
    Role.CUMULATIVE: ("lũy kế", "cumulative"),
    Role.PART: ("thành phần", "part"),
    Role.REFERENCE: ("kỳ so sánh", "reference"),
}

#: Each status: its (Vietnamese, English) name.
STATUS_NAMES: Final[dict[Status, tuple[str, str]]] = {
    Status.ESTIMATE: ("ước", "estimate"),
    Status.PROVISIONAL: ("sơ bộ", "provisional"),
    Status.OFFICIAL: ("chính thức", "official"),
    Status.REPORTED: ("báo cáo", "reported"),
    Status.PLANNED: ("kế hoạch", "planned"),
}

#: Each basis of a target: its (Vietnamese, English) name.
BASIS_NAMES: Final[dict[Basis, tuple[str, str]]] = {
    Basis.PLAN: ("kế hoạch", "plan"),
    Basis.PROVINCIAL_BUDGET: ("dự toán HĐND tỉnh giao", "provincial budget"),
    Basis.CENTRAL_BUDGET: ("dự toán trung ương giao", "central budget"),
    Basis.PRIME_MINISTER: ("Thủ tướng giao", "set by the Prime Minister"),
    Basis.CONGRESS: ("Nghị quyết Đại hội", "Party congress resolution"),
    Basis.PROGRAM: ("mục tiêu chương trình", "programme aim"),
    Basis.OTHER: ("khác", "other"),
}

#: Each direction: its (Vietnamese, English) name.
DIRECTION_NAMES: Final[dict[Direction, tuple[str, str]]] = {
    Direction.HIGHER: ("càng cao càng tốt", "higher is better"),
    Direction.LOWER: ("càng thấp càng tốt", "lower is better"),
    Direction.NEUTRAL: ("không xét hướng", "neutral"),
}


#: Each measure: its (Vietnamese, English) name.
MEASURE_NAMES: Final[dict[Measure, tuple[str, str]]] = {
    Measure.LEVEL: ("mức", "level"),
    Measure.COUNT: ("số lượng", "count"),
    Measure.RATE: ("tỷ lệ", "rate"),
    Measure.SHARE: ("tỷ trọng", "share"),
    Measure.INDEX: ("chỉ số", "index"),
    Measure.AVERAGE: ("bình quân", "average"),
}

#: Each bound: its (Vietnamese, English) name.
BOUND_NAMES: Final[dict[Bound, tuple[str, str]]] = {
    Bound.EXACT: ("đúng số", "exact"),
    Bound.AT_LEAST: ("tối thiểu (trên)", "at least"),
    Bound.AT_MOST: ("tối đa (dưới)", "at most"),
    Bound.ABOUT: ("khoảng", "about"),
}


def check_language(lang: object) -> Language:
    """Return ``lang`` if it is ``"vi"`` or ``"en"``.

    Raises:
        ValidationError: It is neither.
    """
    if lang == "vi":
        return "vi"
    if lang == "en":
        return "en"
    raise ValidationError("lang", "'vi' or 'en'", lang)


def sector_name(sector: str, lang: Language) -> str:
    """Return the name of ``sector`` in ``lang``; an unknown sector is returned as it is."""
    names = SECTOR_NAMES.get(sector)
    if names is None:
        return sector
    return names[0] if lang == "vi" else names[1]


def _fold(text: str) -> str:
    """Fold a name for matching: no diacritics, đ as d, case-folded, ``_``/``-`` as spaces."""
    text = text.replace("đ", "d").replace("Đ", "D").replace("_", " ").replace("-", " ")
    bare = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    return " ".join(bare.casefold().split())


def find_sector(text: str) -> str | None:
    """Return the id of the sector ``text`` names, or ``None`` if it names none.

    ``text`` is an id (``"agriculture"``), or the Vietnamese or English name, with or
    without diacritics, in any case.

    >>> find_sector("Nông nghiệp, thủy sản"), find_sector("nong nghiep, thuy san")
    ('agriculture', 'agriculture')
    >>> find_sector("Public investment"), find_sector("mining")
    ('public-investment', None)
    """
    wanted = _fold(text)
    for sector, (vi, en) in SECTOR_NAMES.items():
        if wanted in (_fold(sector), _fold(vi), _fold(en)):
            return sector
    return None


def location_label(location: Location, lang: Language) -> str:
    """Say where something is printed, in short: ``I > I.1 ¶2``, ``I > I.1 chú thích 4`` (vi).

    >>> where = Location(section="I > I.1", footnote=4)
    >>> location_label(where, "vi"), location_label(where, "en")
    ('I > I.1 chú thích 4', 'I > I.1 footnote 4')
    """
    if location.footnote is None:
        return str(location)
    word = "chú thích" if lang == "vi" else "footnote"
    return f"{location.section} {word} {location.footnote}"
