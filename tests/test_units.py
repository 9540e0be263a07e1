"""Tests of vnplan.units: the one registry, printed units, dimensions and conversions."""

from __future__ import annotations

import re
import subprocess
import sys
import unicodedata
from decimal import Decimal, localcontext
from importlib import resources
from pathlib import Path

import pint
import pytest

import vnplan
from vnplan import units
from vnplan.exceptions import (
    DimensionalityError,
    ParseError,
    UnitError,
    ValidationError,
    VnplanError,
)

SOURCE = (
    Path(__file__).resolve().parents[2] / "shared" / "source" / "bc-350-ubnd-dien-bien-2022.txt"
)

# Units the issue and the report print, each with its factor to the canonical unit and
# its dimension key.
PRINTED_UNITS = [
    ("tỷ đồng", Decimal(10**9), "[currency_vnd]", "đồng"),
    ("triệu đồng", Decimal(10**6), "[currency_vnd]", "đồng"),
    ("nghìn tỷ đồng", Decimal(10**12), "[currency_vnd]", "đồng"),
    ("ngàn tỷ đồng", Decimal(10**12), "[currency_vnd]", "đồng"),
    ("tỉ đồng", Decimal(10**9), "[currency_vnd]", "đồng"),
    ("triệu USD", Decimal(10**6), "[currency_usd]", "USD"),
    ("nghìn lượt", Decimal(1000), "[visit]", "lượt"),
    ("ngàn lượt", Decimal(1000), "[visit]", "lượt"),
    ("triệu lượt HK.Km", Decimal(10**9), "[length]*[passenger_trip]", "lượt HK.m"),
    ("triệu Tấn.Km", Decimal(10**12), "[length]*[mass]", "kg.m"),
    ("%", Decimal("0.01"), "dimensionless", ""),
    ("điểm %", Decimal(1), "[percentage_point]", "điểm %"),
    ("điểm phần trăm", Decimal(1), "[percentage_point]", "điểm %"),
    ("lần", Decimal(1), "dimensionless", ""),
    ("con", Decimal(1), "[head]", "con"),
    ("ha", Decimal(10_000), "[length]**2", "m²"),
    ("m²", Decimal(1), "[length]**2", "m²"),
    ("km²", Decimal(10**6), "[length]**2", "m²"),
    ("m³", Decimal(1), "[length]**3", "m³"),
    ("tấn", Decimal(1000), "[mass]", "kg"),
    ("tạ", Decimal(100), "[mass]", "kg"),
    ("kg", Decimal(1), "[mass]", "kg"),
    ("km", Decimal(1000), "[length]", "m"),
    ("MW", Decimal(10**6), "[power]", "W"),
    ("kV", Decimal(1000), "[voltage]", "V"),
    ("triệu kWh", Decimal(10**9), "[power]*[time]", "W.giờ"),
    ("ngày", Decimal(24), "[time]", "giờ"),
    ("năm", Decimal(1), "[calendar]", "năm"),
    (
        "triệu đồng/người/năm",
        Decimal(10**6),
        "[currency_vnd]/[calendar]/[person]",
        "đồng/người/năm",
    ),
    ("thuê bao/100 dân", Decimal("0.01"), "[subscription]/[person]", "thuê bao/người"),
    ("tiêu chí/xã", Decimal(1), "[criterion]/[commune]", "tiêu chí/xã"),
    ("giường/vạn dân", Decimal("0.0001"), "[bed]/[person]", "giường/người"),
    ("bác sĩ/vạn dân", Decimal("0.0001"), "[doctor]/[person]", "bác sĩ/người"),
]

COUNTS = [
    "người",
    "lao động",
    "hộ",
    "lượt",
    "con",
    "ca",
    "vụ",
    "thuê bao",
    "doanh nghiệp",
    "hợp tác xã",
    "dự án",
    "xã",
    "trường",
    "lớp",
    "học sinh",
    "nhà",
    "bản",
    "huyện",
    "cơ sở",
    "công trình",
    "tuyến",
    "điểm",
    "bưu cục",
    "thùng",
    "đơn",
    "đối tượng",
    "bệnh nhân",
    "giường",
    "bác sĩ",
    "trạm",
    "tiêu chí",
    "sản phẩm",
    "hồ sơ",
    "thủ tục",
    "văn bản",
    "cuộc",
]


def test_import_vnplan_imports_no_pint():
    code = "import sys, vnplan, vnplan.units; assert 'pint' not in sys.modules, 'pint imported'"
    subprocess.run([sys.executable, "-c", code], check=True)


def test_registry_is_one_registry_with_decimal_magnitudes():
    assert units.registry() is units.registry()
    assert isinstance(units.registry(), pint.UnitRegistry)
    q = units.quantity(Decimal("13963.91"), "tỷ đồng")
    assert q.magnitude == Decimal("13963.91")
    assert isinstance(q.to("đồng").magnitude, Decimal)
    assert q.to("đồng").magnitude == Decimal(13963910000000)


def test_registry_holds_only_vnplans_definitions_not_pints_default_file():
    reg = units.registry()
    assert "đồng" in reg
    for pint_default in ("second", "meter", "inch", "EUR", "degC"):
        assert pint_default not in reg


def test_definitions_file_is_package_data():
    text = resources.files("vnplan.units").joinpath("units.txt").read_text(encoding="utf-8")
    assert "đồng = [currency_vnd]" in text


# --------------------------------------------------------------------------------------
# The table of root units, which answers without pint.
# --------------------------------------------------------------------------------------


def _definition_names() -> list[str]:
    """The unit names units.txt defines, as printed ("lao động")."""
    text = resources.files("vnplan.units").joinpath("units.txt").read_text(encoding="utf-8")
    names = []
    for raw in text.splitlines():
        line = raw.split("#", 1)[0]
        if "=" in line and not line.lstrip().startswith("["):
            names.append(line.split("=", 1)[0].strip().replace("_", " "))
    return names


STALE_TABLE = (
    "unit_table.txt is stale; rewrite it: python -c "
    "\"from vnplan.units._dimensions import _table_text; print(_table_text(), end='')\" "
    "> src/vnplan/units/unit_table.txt"
)


def _read_dimension_key(key: str) -> dict[str, int]:
    """Read a dimension key ("[length]**2/[person]") back into base dimensions and powers."""
    if key == "dimensionless":
        return {}
    top, *bottom = key.split("/")
    powers: dict[str, int] = {}
    for sign, part in [(1, top), *((-1, b) for b in bottom)]:
        for factor in part.split("*[") if part != "1" else []:
            name, _, power = ("[" + factor.lstrip("[")).partition("**")
            powers[name] = sign * int(power or 1)
    return powers


def _check_pints_answer(text: str) -> None:
    """unit_info(text) is what pint says: the unit reduced to root units, in 28 digits."""
    info = units.unit_info(text)
    registry = units.registry()
    unit = units.quantity(Decimal(1), text).units
    with localcontext() as context:
        context.prec = 28
        factor, root = registry.get_root_units(unit)
    dimensions = {str(name): int(str(power)) for name, power in unit.dimensionality.items()}
    assert info.factor == Decimal(str(factor)), (text, STALE_TABLE)
    assert _read_dimension_key(info.dimension) == dimensions, (text, STALE_TABLE)
    assert info.canonical == units.unit_text(root), (text, STALE_TABLE)
    written = str(info.factor)
    assert "E" not in written, text  # no exponent
    assert "." not in written or not written.endswith("0"), text  # no trailing zero


def _table_cases() -> list[str]:
    names = _definition_names()
    cases = [u for u, *_ in PRINTED_UNITS] + COUNTS
    scales = {"trăm", "nghìn", "vạn", "triệu", "tỷ", "nghìn tỷ", "nghìn_tỷ"}  # one at most
    cases += names
    cases += [
        f"{scale}{name}"
        for name in names
        if name not in scales
        for scale in ("nghìn ", "nghìn tỷ ")
    ]
    cases += [f"{name}/{d}" for name in names for d in ("người", "tháng", "ngày", "100 dân")]
    physical = ["tấn", "lượt HK", "km", "kWh", "ha", "m²", "m³", "giờ", "tạ", "lít", "quý"]
    cases += [f"{a}.{b}" for a in physical for b in physical if a.rstrip("²³") != b.rstrip("²³")]
    cases += [f"triệu {a}/{b}" for a in physical for b in physical]
    return cases


def test_unit_info_is_pints_answer():
    """unit_info answers from unit_table.txt without pint; its answers are pint's."""
    for text in [*_table_cases(), "đồng/ngày", "triệu đồng/tháng", "nghìn tháng"]:
        _check_pints_answer(text)


def test_unit_info_of_the_definitions_does_not_import_pint():
    """The table holds every name of units.txt, so reading any of them needs no pint."""
    code = (
        "import sys; from vnplan import units; "
        f"[units.unit_info(name) for name in {_definition_names()!r}]; "
        f"assert 'pint' not in sys.modules, {STALE_TABLE!r}"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_a_defined_unit_is_left_to_pint_and_mixes_with_the_tables_units():
    units.define("bó_test = [bundle_test] = _ = bundles_test")
    text = "nghìn bó test/hộ"
    info = units.unit_info(text)
    assert (info.factor, info.dimension, info.canonical) == (
        Decimal(1000),
        "[bundle_test]/[household]",
        "bó test/hộ",
    )
    quantity = units.quantity(Decimal(1), text)
    assert units.unit_text(text, "en") == units.unit_text(quantity, "en")


@pytest.mark.parametrize("locale", ["vi", "en"])
def test_unit_text_of_printed_text_is_that_of_its_quantity(locale):
    for text in _table_cases():
        quantity = units.quantity(Decimal(1), text)
        assert units.unit_text(text, locale) == units.unit_text(quantity, locale), text


@pytest.mark.parametrize("bad", ["nghìn ngựa", "% hộ", "đồng//người", "x" * 200])
def test_unit_text_of_unknown_text_is_a_unit_error(bad):
    with pytest.raises(UnitError, match="'unit' must"):
        units.unit_text(bad)


def test_loading_and_auditing_the_bundled_report_imports_no_pint():
    code = (
        "import sys, vnplan; r = vnplan.load('dien-bien-2022'); a = vnplan.audit(r); "
        "a.format_text(lang='en'); a.to_dict(); "
        "assert 'pint' not in sys.modules, 'pint imported'"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


@pytest.mark.parametrize(("unit", "factor", "dimension", "canonical"), PRINTED_UNITS)
def test_unit_info_gives_factor_dimension_and_canonical_unit(unit, factor, dimension, canonical):
    info = units.unit_info(unit)
    assert info.text == unit
    assert info.factor == factor
    assert info.dimension == dimension
    assert info.canonical == canonical


def test_unit_info_is_cached_per_unit_text():
    assert units.unit_info("tỷ đồng") is units.unit_info("tỷ đồng")


def test_dimension_keys_are_hashable_and_stable():
    keys = {units.unit_info(u).dimension for u, *_ in PRINTED_UNITS}
    assert "[currency_vnd]" in keys
    assert (
        units.unit_info("triệu đồng/người/năm").dimension
        == units.unit_info("đồng/người/năm").dimension
    )


# Counts units.txt deliberately puts in one dimension (the dataset adds workers to
# persons, and post offices to postal service points).
SHARED_COUNTS = [{"người", "lao động"}, {"điểm", "bưu cục"}]


@pytest.mark.parametrize("count", COUNTS)
def test_each_count_is_its_own_dimension(count):
    info = units.unit_info(count)
    assert info.factor == 1
    assert info.dimension.startswith("[")
    same = {c for c in COUNTS if units.unit_info(c).dimension == info.dimension}
    assert same == {count} or same in SHARED_COUNTS


def test_persons_households_and_visits_never_add():
    people = units.quantity(Decimal(1), "người")
    for other in ("hộ", "lượt", "con", "học sinh", "doanh nghiệp"):
        with pytest.raises(pint.DimensionalityError):
            _ = people + units.quantity(Decimal(1), other)


def test_printed_case_and_dot_products_are_read():
    assert units.same_dimension("triệu Tấn.Km", "tấn.km")
    assert units.conversion_factor("triệu Tấn.Km", "tấn.km") == Decimal(10**6)
    assert units.conversion_factor("Kg", "kg") == 1
    assert units.conversion_factor("nghìn lượt HK.Km", "lượt HK.Km") == 1000


def test_spaces_inside_a_unit_name_are_not_a_product():
    assert units.unit_info("lao động").text == "lao động"
    assert units.unit_info("đối tượng").dimension == "[subject]"
    assert units.unit_info("hợp tác xã").dimension == "[cooperative]"
    assert units.unit_info("lượt người").dimension == "[person]*[visit]"


def test_a_space_between_two_unrelated_units_is_an_error():
    with pytest.raises(UnitError, match=r"join two units with '\.'") as info:
        units.unit_info("% hộ")
    assert info.value.word == "hộ"


def test_numbers_in_a_unit_only_scale_a_denominator():
    assert units.unit_info("thuê bao/1.000 dân").factor == Decimal("0.001")
    with pytest.raises(UnitError, match="only right after '/'"):
        units.unit_info("100 dân")


def test_decomposed_unicode_reads_as_composed():
    decomposed = unicodedata.normalize("NFD", "tỷ đồng")
    assert units.unit_info(decomposed).factor == Decimal(10**9)


@pytest.mark.parametrize(
    "unit",
    ["ngựa", "nghìn ngựa", "tỷ đồng ngựa", "HK..Km", "đồng/", "/người", "x" * 200, "tỷ\x00đồng"],
)
def test_unknown_or_malformed_units_raise_unit_error_naming_the_unit(unit):
    with pytest.raises(UnitError, match="'unit' must") as info:
        units.unit_info(unit)
    assert isinstance(info.value, ValueError)
    assert isinstance(info.value, VnplanError)
    assert info.value.unit


def test_unknown_unit_error_names_the_unknown_word():
    with pytest.raises(UnitError) as info:
        units.unit_info("nghìn ngựa")
    assert info.value.unit == "nghìn ngựa"
    assert info.value.word == "ngựa"
    assert "vnplan.units.define()" in str(info.value)


@pytest.mark.parametrize(
    ("source", "target", "factor"),
    [
        ("tỷ đồng", "triệu đồng", Decimal(1000)),
        ("triệu đồng", "tỷ đồng", Decimal("0.001")),
        ("nghìn tỷ đồng", "tỷ đồng", Decimal(1000)),
        ("km²", "ha", Decimal(100)),
        ("tấn", "tạ", Decimal(10)),
        ("lần", "%", Decimal(100)),
        ("năm", "tháng", Decimal(12)),
        ("ngày", "giờ", Decimal(24)),
        ("triệu kWh", "kWh", Decimal(10**6)),
        ("billion VND", "tỷ đồng", Decimal(1)),
        ("giường/vạn dân", "giường/nghìn dân", Decimal("0.1")),
    ],
)
def test_conversion_factor_is_exact(source, target, factor):
    result = units.conversion_factor(source, target)
    assert result == factor
    assert isinstance(result, Decimal)


def test_conversion_factor_of_a_twelfth_is_rounded_to_28_digits():
    assert units.conversion_factor("tháng", "năm") == Decimal(1) / Decimal(12)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("đồng", "USD"),
        ("tỷ đồng", "triệu USD"),
        ("người", "hộ"),
        ("người", "học sinh"),
        ("%", "điểm %"),
        ("lượt", "người"),
        ("con", "người"),
        ("ngày", "năm"),
        ("ha", "tấn"),
    ],
)
def test_different_dimensions_do_not_convert(first, second):
    assert not units.same_dimension(first, second)
    with pytest.raises(DimensionalityError, match="cannot convert") as info:
        units.conversion_factor(first, second)
    assert (info.value.first, info.value.second) == (first, second)
    assert isinstance(info.value, TypeError)


@pytest.mark.parametrize(
    ("first", "second"),
    [("đồng", "USD"), ("người", "hộ"), ("%", "điểm %"), ("triệu đồng", "nghìn lượt")],
)
def test_adding_quantities_of_different_dimensions_raises(first, second):
    a = units.quantity(Decimal(1), first)
    b = units.quantity(Decimal(1), second)
    with pytest.raises(pint.DimensionalityError, match="Cannot convert from"):
        _ = a + b
    with pytest.raises(TypeError):
        _ = b - a


def test_adding_quantities_of_one_dimension_converts_exactly():
    total = units.quantity(Decimal("1.5"), "tỷ đồng") + units.quantity(Decimal(250), "triệu đồng")
    assert total.to("tỷ đồng").magnitude == Decimal("1.75")


def test_quantity_refuses_floats():
    with pytest.raises(TypeError, match="'value' must be a Decimal"):
        units.quantity(0.1, "ha")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        units.quantity(True, "ha")  # noqa: FBT003
    assert units.quantity(3, "ha").magnitude == Decimal(3)


def test_empty_unit_is_a_pure_number():
    assert units.unit_info("").dimension == "dimensionless"
    assert units.quantity(Decimal(2), "").dimensionless


def test_percent_is_a_hundredth_and_percentage_points_are_apart():
    assert units.quantity(Decimal("102.49"), "%").to("lần").magnitude == Decimal("1.0249")
    assert units.same_dimension("điểm %", "điểm phần trăm")
    assert units.same_dimension("%", "lần")


def test_convert_currency_uses_the_rate_the_caller_gives():
    usd = units.quantity(Decimal("113.24"), "triệu USD")
    vnd = units.convert_currency(usd, "tỷ đồng", rate="23.500 đồng/USD")
    assert vnd.magnitude == Decimal("2661.14")
    assert units.unit_text(vnd) == "tỷ đồng"
    back = units.convert_currency(vnd, "triệu USD", rate="23.500 đồng/USD")
    assert back.magnitude.quantize(Decimal("0.01")) == Decimal("113.24")


def test_convert_currency_keeps_per_unit_amounts():
    per_head = units.quantity(Decimal(2), "nghìn USD/người/năm")
    vnd = units.convert_currency(per_head, "triệu đồng/người/năm", vnd_per_usd=Decimal(25000))
    assert vnd.magnitude == Decimal(50)


def test_convert_currency_refuses_amounts_without_a_currency():
    with pytest.raises(DimensionalityError, match="exactly one currency"):
        units.convert_currency(units.quantity(Decimal(1), "ha"), "đồng", vnd_per_usd=2)
    with pytest.raises(DimensionalityError):
        units.convert_currency(units.quantity(Decimal(1), "USD/người"), "đồng/hộ", vnd_per_usd=2)


def test_23500_dong_at_23500_dong_per_usd_is_one_usd_not_552_million():
    """The issue's reproducer: the rate's units say which way it runs."""
    dong = vnplan.parse_quantity("23.500 đồng")
    for rate in ("23.500 đồng/USD", "23,5 nghìn đồng/USD"):
        usd = units.convert_currency(dong, "USD", rate=rate)
        assert (usd.magnitude, units.unit_text(usd)) == (Decimal(1), "USD")
    by_keyword = units.convert_currency(dong, "USD", vnd_per_usd=Decimal(23500))
    assert by_keyword.magnitude == Decimal(1)


@pytest.mark.parametrize(
    "rate",
    [
        "23.500 đồng/USD",  # đồng per USD: divides đồng, multiplies USD
        "0,00004 USD/đồng",  # USD per đồng (1/25.000): the other way round, same meaning
    ],
)
def test_a_rate_converts_both_ways_whichever_way_it_is_written(rate):
    per_usd = units.unit_info(rate.split(" ", 1)[1])
    dong_per_usd = (
        vnplan.parse_quantity(rate).magnitude
        if per_usd.canonical == "đồng/USD"
        else 1 / vnplan.parse_quantity(rate).magnitude
    )
    usd = units.quantity(Decimal(2), "USD")
    dong = units.convert_currency(usd, "đồng", rate=rate)
    assert dong.magnitude == 2 * dong_per_usd
    assert units.convert_currency(dong, "USD", rate=rate).magnitude == Decimal(2)


def test_a_rate_quantity_in_english_converts_as_its_units_say():
    rate = vnplan.parse_quantity("23,500 VND/USD", "en")
    vnd = units.quantity(Decimal(47000), "đồng")
    assert units.convert_currency(vnd, "USD", rate=rate).magnitude == Decimal(2)


@pytest.mark.parametrize("rate", [23500.0, Decimal(23500), 23500])
def test_a_bare_number_rate_is_refused_it_does_not_say_which_way_it_runs(rate):
    dong = vnplan.parse_quantity("23.500 đồng")
    expected = rf"'rate' must be a printed rate .* \(got {re.escape(repr(rate))}\)"
    with pytest.raises(ValidationError, match=expected):
        units.convert_currency(dong, "USD", rate=rate)


def test_a_float_vnd_per_usd_is_refused():
    with pytest.raises(ValidationError, match=r"'vnd_per_usd' must be a Decimal \(got 23500.0\)"):
        units.convert_currency(units.quantity(Decimal(1), "USD"), "đồng", vnd_per_usd=23500.0)


def test_a_rate_whose_units_do_not_fit_names_both():
    dong = vnplan.parse_quantity("23.500 đồng")
    with pytest.raises(DimensionalityError, match=r"USD/đồng or đồng/USD .* \(got 'đồng/ha'\)"):
        units.convert_currency(dong, "USD", rate="23.500 đồng/ha")


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        ({}, "exactly one"),
        ({"rate": "23.500 đồng/USD", "vnd_per_usd": Decimal(23500)}, "exactly one"),
        ({"rate": "0 đồng/USD"}, "a positive rate"),
        ({"rate": "-23.500 đồng/USD"}, "a positive rate"),
    ],
)
def test_convert_currency_wants_exactly_one_positive_rate(kwargs, match):
    with pytest.raises(ValidationError, match=match):
        units.convert_currency(units.quantity(Decimal(1), "USD"), "đồng", **kwargs)


def test_convert_currency_refuses_a_target_in_the_same_currency():
    with pytest.raises(DimensionalityError, match="another currency"):
        units.convert_currency(units.quantity(Decimal(1), "tỷ đồng"), "triệu đồng", vnd_per_usd=1)


def test_vnd_per_usd_converts_only_dong_and_usd():
    units.define("EUR_test = [currency_eur_test] = _ = euro_test")
    with pytest.raises(DimensionalityError, match="đồng and USD only"):
        units.convert_currency(units.quantity(Decimal(1), "EUR test"), "đồng", vnd_per_usd=1)


def test_a_printed_rate_that_does_not_read_is_a_parse_error():
    with pytest.raises(ParseError):
        units.convert_currency(units.quantity(Decimal(1), "USD"), "đồng", rate="23,500 đồng/USD x")


# --------------------------------------------------------------------------------------
# Conversions keep the printed precision (issue 14, item 19).
# --------------------------------------------------------------------------------------


def test_a_change_of_scale_keeps_the_printed_precision_no_trailing_zeros():
    grdp = vnplan.parse_quantity("13.963,91 tỷ đồng")
    in_millions = grdp.to("triệu đồng")
    assert str(in_millions.magnitude) == "13963910"
    assert vnplan.format_quantity(in_millions) == "13.963.910 triệu đồng"
    assert vnplan.format_quantity(grdp, "triệu đồng") == "13.963.910 triệu đồng"


@pytest.mark.parametrize(
    ("printed", "unit", "magnitude"),
    [
        ("8.428,99 triệu đồng", "tỷ đồng", "8.42899"),  # the decimals move with the point
        ("78,0 triệu USD", "tỷ USD", "0.0780"),  # a printed trailing zero is kept
        ("1,5 ha", "m²", "15000"),
        ("810 nghìn lượt", "lượt", "810000"),
        ("1,5 ngày", "giờ", "36.0"),  # not a power of ten: exact, decimals kept
        ("102,49 %", "lần", "1.0249"),
    ],
)
def test_conversions_are_exact_and_keep_the_printed_precision(printed, unit, magnitude):
    quantity = vnplan.parse_quantity(printed)
    assert str(quantity.to(unit).magnitude) == magnitude
    assert (
        str(units.convert_value(quantity.magnitude, units.unit_text(quantity), unit)) == magnitude
    )


def test_conversion_of_a_long_number_is_not_rounded_to_28_digits():
    value = Decimal("1234567890123456789012345678901234567890.5")
    in_dong = Decimal(1234567890123456789012345678901234567890500000000)
    assert units.quantity(value, "tỷ đồng").to("đồng").magnitude == in_dong


def test_a_factor_pint_rounds_gives_a_28_digit_result_as_before():
    quarter = vnplan.parse_quantity("6 giờ").to("ngày").magnitude
    assert quarter == Decimal("0.25")
    assert len(quarter.as_tuple().digits) <= 28


def test_convert_value_refuses_units_of_different_dimensions():
    with pytest.raises(DimensionalityError):
        units.convert_value(Decimal(1), "người", "hộ")


@pytest.mark.parametrize("locale", ["vi", "en"])
@pytest.mark.parametrize("unit", [u for u, *_ in PRINTED_UNITS] + COUNTS)
def test_unit_text_reads_back_as_the_same_unit(unit, locale):
    q = units.quantity(Decimal("1.5"), unit)
    text = units.unit_text(q, locale)
    assert units.quantity(Decimal("1.5"), text) == q
    assert units.unit_info(text).dimension == units.unit_info(unit).dimension


@pytest.mark.parametrize(
    ("unit", "vi", "en"),
    [
        ("tỷ đồng", "tỷ đồng", "billion VND"),
        ("nghìn tỷ đồng", "nghìn tỷ đồng", "trillion VND"),
        ("triệu USD", "triệu USD", "million USD"),
        ("nghìn lượt", "nghìn lượt", "thousand visits"),
        ("triệu lượt HK.Km", "triệu lượt HK.Km", "million passenger-km"),
        ("triệu Tấn.Km", "triệu tấn.km", "million tonne-km"),
        ("triệu đồng/người/năm", "triệu đồng/người/năm", "million VND/person/year"),
        ("thuê bao/100 dân", "thuê bao/100 dân", "subscribers/100 inhabitants"),
        ("giường/vạn dân", "giường/vạn dân", "beds/10,000 inhabitants"),
        ("%", "%", "%"),
        ("điểm %", "điểm %", "percentage points"),
        ("lần", "lần", "times"),
        ("m³", "m³", "m³"),
        ("lượt người", "lượt người", "person visits"),
    ],
)
def test_unit_text_writes_the_printed_form(unit, vi, en):
    q = units.quantity(Decimal(1), unit)
    assert units.unit_text(q) == vi
    assert units.unit_text(q.units, "en") == en


def test_every_definition_name_reads_back():
    text = resources.files("vnplan.units").joinpath("units.txt").read_text(encoding="utf-8")
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line or line.startswith("["):
            continue
        names = [part.strip() for part in line.split("=")]
        for name in [names[0], *names[2:]]:
            if name != "_":
                spelled = name.replace("_", " ")
                assert units.same_dimension(spelled, names[0].replace("_", " ")), name


def test_split_scale_separates_the_scale_word():
    assert units.split_scale("nghìn tỷ đồng") == (12, "đồng")
    assert units.split_scale("tỷ đồng") == (9, "đồng")
    assert units.split_scale("billion VND") == (9, "VND")
    assert units.split_scale("ha") == (0, "ha")


def test_define_adds_a_count_unit_that_reads_in_both_locales():
    units.define("gốc cây ăn quả = [fruit_tree_test] = _ = fruit_trees_test")
    assert units.unit_info("nghìn gốc cây ăn quả").factor == 1000
    assert units.unit_info("fruit trees test").dimension == "[fruit_tree_test]"
    assert not units.same_dimension("gốc cây ăn quả", "cây")
    q = vnplan.parse_quantity("12,5 nghìn gốc cây ăn quả")
    assert vnplan.format_quantity(q) == "12,5 nghìn gốc cây ăn quả"


def test_define_the_same_line_twice_is_harmless_and_a_change_is_an_error():
    units.define("yến_test = 10 * kg")
    units.define("yến_test = 10 * kg")
    assert units.conversion_factor("tấn", "yến test") == 100
    with pytest.raises(UnitError, match="'definition' must be a new pint unit definition"):
        units.define("yến_test = 20 * kg")


@pytest.mark.parametrize("definition", ["no equals sign", "x_test = [[[", "đồng = [other]"])
def test_define_refuses_bad_definitions(definition):
    with pytest.raises(UnitError, match="'definition' must be"):
        units.define(definition)


# --------------------------------------------------------------------------------------
# Every unit the bundled report prints.
# --------------------------------------------------------------------------------------

# Words that follow a number in the report without being its unit: verbs, prepositions,
# the start of a name or of the next clause.
NOT_UNITS = {
    ".",
    "dự",
    "G",
    "G.",
    "trên",
    "được",
    "và",
    "đảm",
    "Đài",
    "Nhóm",
    "dẫn",
    "lan",
    "Đất",
    "Trồng",
    "Quần",
    "địa",
    "của",
    "đạt",
    "tại",
    "đề",
    "đã",
    "về",
    "những",
    "loại",
    "giữa",
    "nước",
    "thuê",
}

_NUMBER_AND_WORDS = re.compile(
    r"(?<![\w.,/])(?P<number>\d{1,3}(?:\.\d{3})*(?:,\d+)?|\d+(?:,\d+)?)"
    r"(?P<rest> ?[^\s\d,;:()]+(?: [^\s\d,;:()]+){0,4})?"
)


def _figures_of_the_report():
    text = SOURCE.read_text(encoding="utf-8")
    for match in _NUMBER_AND_WORDS.finditer(text):
        rest = match.group("rest")
        if rest:
            yield match.group("number"), rest


@pytest.mark.skipif(not SOURCE.exists(), reason="the report's text is in ../shared")
def test_every_unit_the_report_prints_after_a_number_parses():
    unread = {}
    read = set()
    for number, rest in _figures_of_the_report():
        words = rest.strip().split(" ")
        for size in range(len(words), 0, -1):
            candidate = " ".join(words[:size]).rstrip("./")
            try:
                vnplan.parse_printed(number + rest[: len(rest) - len(rest.lstrip())] + candidate)
            except vnplan.exceptions.ParseError:
                continue
            read.add(candidate)
            break
        else:
            # Document numbers ("350 /BC-UBND", "12-NQ/TU") are not figures, and
            # footnote marks ("19³⁸") are not units.
            if words[0] not in NOT_UNITS and words[0][:1] not in set("/-¹²³⁴⁵⁶⁷⁸⁹⁰"):
                unread[words[0]] = f"{number}{rest}"
    assert unread == {}
    for unit in ("tỷ đồng", "triệu USD", "nghìn lượt", "triệu lượt HK.Km", "triệu Tấn.Km", "%"):
        assert unit in read


def test_a_unit_defined_later_changes_how_a_unit_already_written_is_written():
    # unit_text caches what it writes: define() must empty that cache.
    units.define("khách_cache_test = [guest_cache_test]")
    text = "lượt khách cache test"
    assert units.unit_text(text) == "lượt.khách cache test"
    assert units.unit_text(text, "en") == "visits.khách cache test"
    assert vnplan.format_quantity(Decimal(5), text, "en") == "5 visits.khách cache test"
    units.define("lượt_khách_cache_test = [visit_cache_test]")
    assert units.unit_text(text) == "lượt khách cache test"
    assert units.unit_text(text, "en") == "lượt khách cache test"
    assert vnplan.format_quantity(Decimal(5), text, "en") == "5 lượt khách cache test"


@pytest.mark.parametrize("count", [*COUNTS, "thuê bao", "nghìn lượt"])
def test_counts_are_count_dimensions(count):
    assert units.is_count_dimension(units.unit_info(count).dimension)


@pytest.mark.parametrize(
    "unit", ["tỷ đồng", "triệu USD", "tấn", "ha", "km", "ngày", "năm", "MW", "kV", "điểm %"]
)
def test_measures_are_not_count_dimensions(unit):
    assert not units.is_count_dimension(units.unit_info(unit).dimension)


@pytest.mark.parametrize("unit", ["%", "lần", "người/hộ", "lượt người", "tiêu chí/xã"])
def test_pure_numbers_products_and_quotients_are_not_count_dimensions(unit):
    assert not units.is_count_dimension(units.unit_info(unit).dimension)


def test_a_defined_kind_of_thing_is_a_count_dimension():
    units.define("giếng_test = [well_test] = _ = wells_test")
    assert units.is_count_dimension(units.unit_info("giếng test").dimension)
