"""vnplan.draft: a report's text to a draft that loads, every guess marked (issue 16).

Fixtures are short excerpts written here, after the bundled report Số 350/BC-UBND and the
provinces' texts in benchmarks/data/provinces; never the whole report.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

import vnplan
from vnplan.drafting import MissingSourceError, SourceError
from vnplan.drafting.source import paragraphs
from vnplan.drafting.spans import find_spans
from vnplan.exceptions import VnplanError

HEADER = """ỦY BAN NHÂN DÂN
TỈNH ĐIỆN BIÊN

Số: 350 /BC-UBND

Điện Biên, ngày 02 tháng 12 năm 2022

BÁO CÁO

Tình hình thực hiện Kế hoạch phát triển kinh tế - xã hội năm 2022

PHẦN THỨ NHẤT

TÌNH HÌNH THỰC HIỆN KẾ HOẠCH NĂM 2022

I. TÌNH HÌNH THỰC HIỆN

I.1. Lĩnh vực kinh tế: dự ước tổng sản phẩm trên địa bàn tính GRDP năm 2022 (theo giá so \
sánh) đạt 13.963,91 tỷ đồng, tăng 10,19% so với năm 2021¹, trong đó: Khu vực nông, lâm \
nghiệp thủy sản tăng 5,79%.

Cơ cấu kinh tế chuyển dịch theo định hướng: Khu vực nông, lâm nghiệp và thủy sản chiếm \
16,93%, giảm 0,67%; công nghiệp - xây dựng chiếm 21,25%, tăng 1,63%; dịch vụ chiếm \
57,41%, giảm 0,86%; thuế sản phẩm trừ trợ cấp chiếm 4,41% giảm 0,1% (so với năm 2021).

1. Sản xuất nông, lâm nghiệp, thủy sản:

1.1. Cây lương thực:

Tổng sản lượng lương thực năm 2022 ước đạt 282.647,81 tấn, tăng 1,99% so với năm trước \
và đạt 102,49 % kế hoạch.

- Cây Mắc ca: sản lượng thu hoạch ước đạt 177 tấn quả tươi.

¹ Tăng 0,19 % so với kế hoạch và Cao hơn tốc độ tăng trưởng năm 2021 là 4,18 %.
"""


@pytest.fixture
def source(tmp_path):
    path = tmp_path / "bc-350.txt"
    path.write_text(HEADER, encoding="utf-8")
    return path


@pytest.fixture
def drafted(source):
    return vnplan.draft(source)


def _figure(result, printed):
    return next(f for f in result.figures if f.printed == printed)


def _claim(result, printed):
    return next(c for c in result.claims if c.printed == printed)


def _draft_text(tmp_path, text, name="excerpt.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return vnplan.draft(path)


# -- the report's header, structure and locations ------------------------------------------


def test_header_gives_the_reports_table(drafted):
    assert drafted.number == "350/BC-UBND"
    assert drafted.date == dt.date(2022, 12, 2)
    assert drafted.place == "Điện Biên"
    assert drafted.province == "Điện Biên"
    assert (drafted.year, drafted.plan_year) == (2022, 2023)
    assert drafted.title.startswith("Tình hình thực hiện")


def test_locations_follow_the_heading_path_and_paragraphs(drafted):
    grdp = _figure(drafted, "13.963,91 tỷ đồng")
    assert (grdp.where.section, grdp.where.paragraph) == ("I > I.1", 1)
    grain = _figure(drafted, "282.647,81 tấn")
    assert (grain.where.section, grain.where.paragraph) == ("I > I.1 > 1 > 1.1", 1)


def test_a_footnote_is_located_at_the_section_that_calls_it(drafted):
    claim = _claim(drafted, "0,19 %")
    assert (claim.kind, claim.basis) == ("pp-change", "plan")
    assert (claim.where.section, claim.where.footnote, claim.where.paragraph) == (
        "I > I.1",
        1,
        None,
    )


# -- figures: printed text, period, role, status, bound -------------------------------------


def test_figure_keeps_its_printed_text_and_guesses(drafted):
    grain = _figure(drafted, "282.647,81 tấn")
    assert (grain.period, grain.role, grain.status) == ("2022", "actual", "estimate")
    assert grain.indicator == "grain-output"


def test_unit_words_vnplan_does_not_know_are_left_out_of_the_figure(drafted):
    """'177 tấn quả tươi' is read as '177 tấn', as the curated dataset has it."""
    assert _figure(drafted, "177 tấn").printed == "177 tấn"


@pytest.mark.parametrize(
    ("text", "status"),
    [("ước đạt", "estimate"), ("dự ước đạt", "estimate"), ("sơ bộ đạt", "provisional")],
)
def test_status_words(tmp_path, text, status):
    result = _draft_text(tmp_path, f"Tổng sản lượng lương thực {text} 282.647,81 tấn.")
    assert result.figures[0].status == status


@pytest.mark.parametrize(
    ("qualifier", "bound"), [("trên", "at-least"), ("khoảng", "about"), ("dưới", "at-most")]
)
def test_bound_from_the_qualifier(tmp_path, qualifier, bound):
    result = _draft_text(tmp_path, f"Tổng vốn đầu tư toàn xã hội đạt {qualifier} 20.141 tỷ đồng.")
    figure = result.figures[0]
    assert figure.printed == f"{qualifier} 20.141 tỷ đồng"
    assert figure.bound == bound


def test_part_two_figures_are_targets_of_the_plan_year(tmp_path):
    text = HEADER + "\nPHẦN THỨ HAI\n\nTổng sản lượng lương thực có hạt đạt trên 281.755 tấn.\n"
    result = _draft_text(tmp_path, text)
    target = _figure(result, "trên 281.755 tấn")
    assert (target.role, target.status, target.basis, target.period) == (
        "target",
        "planned",
        "plan",
        "2023",
    )


def test_a_stock_is_dated(tmp_path):
    result = _draft_text(
        tmp_path,
        "Điện Biên, ngày 02 tháng 12 năm 2022\n\n"
        "Tổng dư nợ tín dụng đến 31/12/2022 ước đạt 15.150 tỷ đồng.",
    )
    stock = result.figures[0]
    assert (stock.role, stock.as_of, stock.period) == ("stock", dt.date(2022, 12, 31), None)


# -- claims ---------------------------------------------------------------------------------


def test_growth_and_attainment_claims(drafted):
    growth = _claim(drafted, "1,99%")
    assert (growth.kind, growth.verb, growth.reference, growth.subject) == (
        "growth",
        "tăng",
        "2021",
        _figure(drafted, "282.647,81 tấn").id,
    )
    attainment = _claim(drafted, "102,49 %")
    assert (attainment.kind, attainment.basis) == ("attainment", "plan")


def test_a_claim_with_no_figure_before_it_names_an_indicator_and_period(drafted):
    claim = _claim(drafted, "5,79%")
    assert (claim.kind, claim.subject, claim.period) == ("growth", None, "2022")
    assert claim.indicator
    assert any("no figure printed before it" in note for note in claim.review)


def test_a_rise_in_a_share_is_a_change_in_points(drafted):
    """'chiếm 21,25%, tăng 1,63%': the share rises by 1,63 points."""
    claim = _claim(drafted, "1,63%")
    assert claim.kind == "pp-change"
    assert claim.subject == _figure(drafted, "21,25%").id


@pytest.mark.parametrize(
    ("basis_text", "basis"),
    [
        ("kế hoạch", "plan"),
        ("dự toán HĐND tỉnh giao", "provincial-budget"),
        ("dự toán trung ương giao", "central-budget"),
        ("dự toán Trung ương giao", "central-budget"),
        ("kế hoạch vốn Thủ tướng giao", "prime-minister"),
    ],
)
def test_attainment_basis(tmp_path, basis_text, basis):
    result = _draft_text(
        tmp_path, f"Tổng thu ngân sách ước đạt 2.440 tỷ đồng, đạt 143% {basis_text}."
    )
    claim = _claim(result, "143%")
    assert (claim.kind, claim.basis) == ("attainment", basis)


def test_vuot_is_an_attainment(tmp_path):
    result = _draft_text(tmp_path, "Thu ngân sách đạt 3.300 tỷ đồng, vượt 35,6% so với dự toán.")
    assert _claim(result, "35,6%").kind == "attainment"
    assert _claim(result, "35,6%").verb == "vượt"


@pytest.mark.parametrize("text", ["tăng 0,2\nđiểm phần trăm", "giảm 1,5 điểm %"])
def test_points_are_a_pp_change_even_across_a_line_break(tmp_path, text):
    result = _draft_text(tmp_path, f"Tỷ lệ hộ nghèo còn 24,5%, {text} so với năm 2021.")
    claim = result.claims[0]
    assert claim.kind == "pp-change"
    assert claim.printed == " ".join(text.split()[1:])


@pytest.mark.parametrize(("text", "verb"), [("gấp 2,21 lần", "gấp"), ("tăng 2,35 lần", "tăng")])
def test_factor(tmp_path, text, verb):
    result = _draft_text(
        tmp_path, f"Lượng khách du lịch đạt 810 nghìn lượt, {text} so với năm 2021."
    )
    claim = result.claims[0]
    assert (claim.kind, claim.verb, claim.reference) == ("factor", verb, "2021")


def test_change_in_the_figures_unit(tmp_path):
    result = _draft_text(
        tmp_path,
        "Năm 2022, diện tích gieo trồng ước đạt 9.776,01 ha, giảm 140,15 ha so với năm trước.",
    )
    claim = _claim(result, "140,15 ha")
    assert (claim.kind, claim.verb, claim.reference) == ("change", "giảm", "2021")


def test_share_of_the_figure_before_it(tmp_path):
    result = _draft_text(
        tmp_path, "Giá trị giải ngân đạt 8.050 tỷ đồng, chiếm 51,96% tổng kế hoạch vốn."
    )
    claim = _claim(result, "51,96%")
    assert (claim.kind, claim.subject) == ("share", result.figures[0].id)


def test_a_fraction_is_two_figures_and_a_claim(tmp_path):
    result = _draft_text(tmp_path, "Đến nay có 115/115 xã có đường ô tô đến trung tâm xã.")
    claim = _claim(result, "115/115 xã")
    assert claim.kind == "fraction"
    numerator = next(f for f in result.figures if f.id == claim.subject)
    denominator = next(f for f in result.figures if f.id == claim.against)
    assert (numerator.printed, numerator.unit, denominator.printed) == ("115", "xã", "115 xã")


# -- relations ------------------------------------------------------------------------------


def test_shares_that_make_100_percent_are_a_structure(drafted):
    structure = next(r for r in drafted.relations if r.kind == "structure")
    shares = [next(f for f in drafted.figures if f.id == part).printed for part in structure.parts]
    assert shares == ["16,93%", "21,25%", "57,41%", "4,41%"]


def test_trong_do_is_a_breakdown(tmp_path):
    result = _draft_text(
        tmp_path,
        "Tổng thu ngân sách ước đạt 32.144 tỷ đồng. Trong đó, thu nội địa 25.210 tỷ đồng.",
    )
    relation = result.relations[0]
    assert relation.kind == "subset"
    assert relation.total == result.figures[0].id
    assert relation.parts == (result.figures[1].id,)


def test_a_breakdown_that_adds_up_is_a_sum(tmp_path):
    result = _draft_text(
        tmp_path,
        "Tổng vốn đạt 55.600 tỷ đồng, trong đó: vốn ngân sách 42.600 tỷ đồng, "
        "vốn doanh nghiệp 13.000 tỷ đồng.",
    )
    assert result.relations[0].kind == "sum"
    assert len(result.relations[0].parts) == 2


# -- guesses marked for review --------------------------------------------------------------


def test_comma_followed_by_three_digits_is_marked(tmp_path):
    result = _draft_text(tmp_path, "Tổng sản phẩm GRDP ước đạt 126,484 tỷ đồng.")
    figure = result.figures[0]
    assert figure.printed == "126,484 tỷ đồng"
    assert any("'126.484 tỷ đồng'" in note for note in figure.review)
    assert result.review_counts()["comma and three digits"] == 1


def test_possible_ty_trieu_slip_is_marked(tmp_path):
    result = _draft_text(tmp_path, "Tổng sản phẩm trên địa bàn GRDP đạt 13.963,91 triệu đồng.")
    assert any("tỷ/triệu slip" in note for note in result.figures[0].review)


def test_new_indicator_from_the_phrase(tmp_path):
    result = _draft_text(tmp_path, "Số con gà trống gáy sáng đạt 1.234 con.")
    figure = result.figures[0]
    indicator = next(i for i in result.indicators if i.id == figure.indicator)
    assert indicator.new
    assert (indicator.unit, indicator.measure, indicator.direction) == ("con", "count", "higher")
    assert indicator.review


def test_ambiguous_period_is_marked(tmp_path):
    result = _draft_text(
        tmp_path, "Trong năm 2021 và năm 2022, sản lượng lương thực đạt 282.647,81 tấn."
    )
    assert any(note.startswith("period") for note in result.figures[0].review)


def test_vocabulary_file_with_synonyms(tmp_path):
    vocabulary = tmp_path / "vocabulary.toml"
    vocabulary.write_text(
        '[[indicator]]\nid = "fresh-macadamia"\nname_vi = "Sản lượng mắc ca"\n'
        'synonyms = ["mắc ca quả tươi"]\nunit = "tấn"\nmeasure = "level"\n'
        'direction = "higher"\nsector = "agriculture"\n',
        encoding="utf-8",
    )
    path = tmp_path / "excerpt.txt"
    path.write_text("Mắc ca quả tươi ước đạt 177 tấn.", encoding="utf-8")
    result = vnplan.draft(path, vocabulary=vocabulary)
    assert result.figures[0].indicator == "fresh-macadamia"


# -- numbers the text layer does not read yet (issue 16 item 5) ------------------------------


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("tăng bình quân 6,5 - 7%/năm", "range"),
        ("khoảng 37 - 40,26%", "range"),
        ("tăng 7-8%", "range"),
        ("tăng 6,5–7%", "range"),
    ],
)
def test_what_the_text_layer_refuses_is_listed_as_unread(text, reason):
    spans, unread = find_spans(text)
    assert spans == []
    assert [u.reason for u in unread] == [reason]


@pytest.mark.parametrize(
    ("text", "printed"),
    [
        ("đạt 25 chỉ tiêu", "25 chỉ tiêu"),
        ("đạt 14/26 chỉ tiêu", "14/26 chỉ tiêu"),
        ("tăng 01 bậc", "01 bậc"),
    ],
)
def test_count_words_the_text_layer_knows_are_read(text, printed):
    spans, unread = find_spans(text)
    assert [s.printed.text for s in spans] == [printed]
    assert unread == []


@pytest.mark.parametrize(("text", "value"), [("(-9,28%)", "-9.28"), ("(+3,63%)", "3.63")])
def test_a_sign_in_brackets_is_read_with_the_figure(text, value):
    spans, _ = find_spans(f"so với cùng kỳ giảm nhiều {text}")
    assert spans[0].printed.value == Decimal(value)


def test_dollars_in_words(tmp_path):
    result = _draft_text(tmp_path, "Kim ngạch xuất khẩu đạt 430 tỷ đô la.")
    assert result.figures[0].printed == "430 tỷ đô la"


@pytest.mark.parametrize(
    "text",
    [
        "ngày 31/12/2022",
        "Nghị quyết số 58/NQ-HĐND",
        "giai đoạn 2021-2025",
        "trong 6 tháng đầu năm",
        "(1) Tốc độ",
        "Số: 350 /BC-UBND",
    ],
)
def test_numbers_that_are_no_figures(text):
    assert find_spans(text) == ([], [])


# -- the text: normalising, joining, page furniture ----------------------------------------


def test_text_is_nfc_and_lines_inside_a_paragraph_are_joined():
    decomposed = "Tổng sản lượng\nlương thực ước đạt 0,2\nđiểm phần trăm."
    text = unicodedata.normalize("NFD", decomposed)
    assert paragraphs(text) == [unicodedata.normalize("NFC", decomposed.replace("\n", " "))]


def test_page_numbers_are_dropped_and_a_split_paragraph_is_joined(tmp_path):
    result = _draft_text(
        tmp_path,
        "1. Ngành A: Giá trị sản xuất ước đạt\n\n12\n\n¹ Ghi chú.\n\n"
        "7.052,6 tỷ đồng, tăng 16,36% so với cùng kỳ năm trước.",
    )
    figure = result.figures[0]
    assert (figure.printed, figure.where.section, figure.where.paragraph) == (
        "7.052,6 tỷ đồng",
        "1",
        1,
    )


# -- the folder: writes, loads, audits -----------------------------------------------------


def test_written_folder_loads_and_audits(drafted, tmp_path):
    folder = drafted.write(tmp_path / "draft")
    report = vnplan.load(folder)
    assert report.number == "350/BC-UBND"
    assert len(report.measurements) + len(report.targets) == len(drafted.figures)
    assert len(report.claims) == len(drafted.claims)
    assert len(report.relations) == len(drafted.relations)
    vnplan.audit(report)
    assert "review = " in (folder / "20-part-i.toml").read_text(encoding="utf-8")


def test_summary_counts_records_and_reasons(drafted):
    summary = drafted.summary()
    assert summary.startswith(f"{len(drafted.figures)} figures, {len(drafted.claims)} claims")
    assert "to review:" in summary


# -- bad input -----------------------------------------------------------------------------


def test_missing_file(tmp_path):
    with pytest.raises(MissingSourceError, match=r"expected an existing .* \(got no file\)"):
        vnplan.draft(tmp_path / "none.txt")
    assert issubclass(MissingSourceError, FileNotFoundError)


def test_wrong_suffix(tmp_path):
    path = tmp_path / "report.odt"
    path.write_bytes(b"x")
    with pytest.raises(
        SourceError, match=r"expected a \.txt, \.md, \.docx or \.pdf file \(got '\.odt'\)"
    ):
        vnplan.draft(path)


def test_undecodable_bytes(tmp_path):
    path = tmp_path / "report.txt"
    path.write_bytes("Sản lượng".encode("cp1258", errors="replace") + b"\xff\xfe")
    with pytest.raises(SourceError, match=r"expected UTF-8 text \(got byte 0x"):
        vnplan.draft(path)


@pytest.mark.parametrize("content", ["", "  \n\n 12 \n"])
def test_empty_text(tmp_path, content):
    path = tmp_path / "report.md"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(SourceError, match=r"expected the text of a report \(got no text\)") as info:
        vnplan.draft(path)
    assert isinstance(info.value, VnplanError)
    assert isinstance(info.value, ValueError)


def test_bad_vocabulary_file(source, tmp_path):
    vocabulary = tmp_path / "vocabulary.toml"
    vocabulary.write_text("[[indicator]]\nname_vi = 'x'\n", encoding="utf-8")
    with pytest.raises(SourceError, match=r"expected a TOML file of \[\[indicator\]\] tables"):
        vnplan.draft(source, vocabulary=vocabulary)


# -- properties ----------------------------------------------------------------------------

_UNITS = ["tấn", "ha", "tỷ đồng", "triệu đồng", "con", "%", "nghìn lượt", "người", "hộ"]


@given(
    value=st.decimals(min_value=Decimal("0.01"), max_value=Decimal(10**9), places=2),
    unit=st.sampled_from(_UNITS),
)
def test_any_figure_the_formatter_writes_is_found_in_a_sentence(value, unit):
    printed = (
        f"{vnplan.format_number(value)} {unit}"
        if unit != "%"
        else f"{vnplan.format_number(value)}%"
    )
    sentence = f"Sản lượng năm 2022 ước đạt {printed}, tăng so với năm trước."
    spans, _ = find_spans(sentence)
    assert [s.printed.text for s in spans] == [printed]
    assert spans[0].printed.value == value
