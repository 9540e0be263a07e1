"""The catalogue generated reports draw from: kinds of indicator, their parts, provinces.

Every name is a real one (*Tổng sản lượng lương thực có hạt*, *Thu nội địa*), in
Vietnamese and English, with the units, precision, direction and plan basis reports use.
"""

from __future__ import annotations

from typing import Final

import attrs

from vnplan._enums import Basis, Direction, Measure

__all__ = ["FINER", "FRACTIONS", "LEVELS", "PROVINCES", "RATES", "Topic", "share_name"]

#: Provinces a generated report is issued by.
PROVINCES: Final = (
    "Điện Biên", "Lai Châu", "Sơn La", "Hà Giang", "Lào Cai", "Yên Bái", "Cao Bằng",
    "Bắc Kạn", "Lạng Sơn", "Tuyên Quang", "Hòa Bình", "Thanh Hóa", "Nghệ An", "Kon Tum",
)  # fmt: skip


@attrs.frozen
class Topic:
    """A kind of indicator a report prints, with the parts it is broken down into."""

    key: str
    name_vi: str
    name_en: str
    sector: str
    units: tuple[str, ...]
    places: tuple[int, ...] = (2, 1, 0)
    measure: Measure = Measure.LEVEL
    direction: Direction = Direction.HIGHER
    basis: Basis = Basis.PLAN
    parts: tuple[tuple[str, str, str], ...] = ()


#: Levels and counts, most with the parts they add up from (*trong đó*).
LEVELS: Final[tuple[Topic, ...]] = (
    Topic(
        "grain-output", "Tổng sản lượng lương thực có hạt", "Cereal output", "agriculture",
        ("tấn", "nghìn tấn"),
        parts=(
            ("rice-output", "Sản lượng lúa", "Rice output"),
            ("maize-output", "Sản lượng ngô", "Maize output"),
            ("other-grain-output", "Sản lượng cây có hạt khác", "Other cereal output"),
        ),
    ),
    Topic(
        "budget-revenue", "Tổng thu ngân sách nhà nước trên địa bàn",
        "State budget revenue in the province", "budget", ("tỷ đồng", "triệu đồng"),
        basis=Basis.PROVINCIAL_BUDGET,
        parts=(
            ("domestic-revenue", "Thu nội địa", "Domestic revenue"),
            ("trade-revenue", "Thu từ hoạt động xuất nhập khẩu", "Import and export revenue"),
            ("land-revenue", "Thu tiền sử dụng đất", "Land use fees"),
            ("lottery-revenue", "Thu xổ số kiến thiết", "Lottery revenue"),
        ),
    ),
    Topic(
        "grdp", "Tổng sản phẩm trên địa bàn (GRDP, giá so sánh)", "GRDP (constant prices)",
        "economy", ("tỷ đồng",),
        parts=(
            ("grdp-agriculture", "Khu vực nông, lâm nghiệp và thủy sản",
             "Agriculture, forestry and fisheries"),
            ("grdp-industry", "Khu vực công nghiệp - xây dựng", "Industry and construction"),
            ("grdp-services", "Khu vực dịch vụ", "Services"),
            ("grdp-taxes", "Thuế sản phẩm trừ trợ cấp sản phẩm", "Product taxes less subsidies"),
        ),
    ),
    Topic(
        "export-value", "Kim ngạch xuất khẩu", "Export value", "external-trade",
        ("triệu USD", "nghìn USD"),
        parts=(
            ("farm-exports", "Xuất khẩu nông sản", "Farm exports"),
            ("mineral-exports", "Xuất khẩu khoáng sản", "Mineral exports"),
            ("industrial-exports", "Xuất khẩu hàng công nghiệp", "Industrial exports"),
        ),
    ),
    Topic(
        "tourist-visits", "Tổng lượt khách du lịch", "Tourist visits", "tourism",
        ("nghìn lượt", "lượt"), places=(1, 0, 2), measure=Measure.COUNT,
        parts=(
            ("domestic-visits", "Khách trong nước", "Domestic visitors"),
            ("foreign-visits", "Khách quốc tế", "Foreign visitors"),
        ),
    ),
    Topic(
        "livestock-herd", "Tổng đàn gia súc", "Livestock herd", "agriculture",
        ("con", "nghìn con"), places=(0, 1), measure=Measure.COUNT,
        parts=(
            ("buffalo-herd", "Đàn trâu", "Buffalo"),
            ("cattle-herd", "Đàn bò", "Cattle"),
            ("pig-herd", "Đàn lợn", "Pigs"),
        ),
    ),
    Topic(
        "rice-area", "Diện tích gieo trồng lúa cả năm", "Rice planted area", "agriculture",
        ("ha",),
        parts=(
            ("rice-winter-spring-area", "Lúa Đông xuân", "Winter-spring rice"),
            ("rice-main-season-area", "Lúa mùa", "Main-season rice"),
            ("upland-rice-area", "Lúa nương", "Upland rice"),
        ),
    ),
    Topic(
        "new-jobs", "Số lao động được giải quyết việc làm", "Workers given jobs", "labour",
        ("lao động",), places=(0,), measure=Measure.COUNT,
        parts=(
            ("jobs-in-province", "Trong tỉnh", "In the province"),
            ("jobs-other-provinces", "Ngoài tỉnh", "In other provinces"),
            ("jobs-abroad", "Xuất khẩu lao động", "Abroad"),
        ),
    ),
    Topic(
        "social-investment", "Tổng vốn đầu tư phát triển toàn xã hội",
        "Total social investment", "investment", ("tỷ đồng",),
        parts=(
            ("state-investment", "Vốn khu vực nhà nước", "State capital"),
            ("private-investment", "Vốn khu vực ngoài nhà nước", "Non-state capital"),
            ("foreign-investment", "Vốn đầu tư trực tiếp nước ngoài", "Foreign direct investment"),
        ),
    ),
    Topic(
        "passenger-traffic", "Khối lượng hành khách luân chuyển", "Passenger traffic",
        "transport", ("triệu lượt HK.Km", "nghìn lượt HK.Km"),
    ),
    Topic(
        "grdp-per-capita", "GRDP bình quân đầu người", "GRDP per capita", "economy",
        ("triệu đồng/người/năm",), measure=Measure.AVERAGE,
    ),
)  # fmt: skip

#: Rates in percent, compared with last year in percentage points.
RATES: Final[tuple[Topic, ...]] = (
    Topic("poverty-rate", "Tỷ lệ hộ nghèo", "Poverty rate", "poverty", ("%",),
           measure=Measure.RATE, direction=Direction.LOWER),
    Topic("forest-cover", "Tỷ lệ che phủ rừng", "Forest cover", "forestry", ("%",),
           measure=Measure.RATE),
    Topic("trained-labour-rate", "Tỷ lệ lao động qua đào tạo", "Share of trained workers",
           "labour", ("%",), measure=Measure.RATE),
    Topic("health-insurance-rate", "Tỷ lệ dân số tham gia bảo hiểm y tế",
           "Health insurance coverage", "health", ("%",), measure=Measure.RATE),
    Topic("malnutrition-rate", "Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi",
           "Stunting among children under five", "health", ("%",),
           measure=Measure.RATE, direction=Direction.LOWER),
)  # fmt: skip

#: Rates printed with the fraction they come from (*110/115 xã*); ``units`` counts it.
FRACTIONS: Final[tuple[Topic, ...]] = (
    Topic("new-rural-communes-rate", "Tỷ lệ xã đạt chuẩn nông thôn mới",
           "Share of communes meeting the new-rural standard", "rural", ("xã",),
           measure=Measure.RATE),
    Topic("standard-schools-rate", "Tỷ lệ trường đạt chuẩn quốc gia",
           "Share of schools meeting the national standard", "education", ("trường",),
           measure=Measure.RATE),
    Topic("health-standard-communes-rate", "Tỷ lệ xã đạt Bộ tiêu chí quốc gia về y tế",
           "Share of communes meeting the national health criteria", "health", ("xã",),
           measure=Measure.RATE),
    Topic("electrified-households-rate", "Tỷ lệ hộ được sử dụng điện lưới quốc gia",
           "Share of households on the national grid", "industry", ("hộ",),
           measure=Measure.RATE),
)  # fmt: skip

#: Lower scale words: a part of a total in tỷ đồng is often printed in triệu đồng.
FINER: Final[dict[str, str]] = {
    "tỷ đồng": "triệu đồng",
    "triệu USD": "nghìn USD",
    "nghìn tấn": "tấn",
    "nghìn lượt": "lượt",
    "nghìn con": "con",
}


def share_name(part: tuple[str, str, str], topic: Topic) -> tuple[str, str, str]:
    """The key and names of the share of ``part`` (key, Vietnamese, English) in ``topic``."""
    key, name_vi, name_en = part
    return (
        f"{key}-share",
        f"Tỷ trọng {name_vi[:1].lower()}{name_vi[1:]} trong {topic.name_vi}",
        f"Share of {name_en[:1].lower()}{name_en[1:]} in {topic.name_en}",
    )
