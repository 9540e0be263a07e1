"""vnplan.draft: general reading rules, each on a short excerpt in report wording."""

from __future__ import annotations

import vnplan
from vnplan.drafting.source import paragraphs
from vnplan.drafting.spans import find_spans


def _draft(tmp_path, text):
    path = tmp_path / "excerpt.txt"
    path.write_text(text, encoding="utf-8")
    return vnplan.draft(path)


def _claims(result):
    return {(c.kind, c.printed) for c in result.claims}


def test_a_superscript_unit_glued_to_its_number_stays_glued():
    assert paragraphs("thu giữ 87,353m³ gỗ, 12km² rừng, 6tháng") == [
        "thu giữ 87,353m³ gỗ, 12km² rừng, 6 tháng"
    ]


def test_a_change_whose_number_follows_la_is_a_claim(tmp_path):
    result = _draft(
        tmp_path,
        "Diện tích ước đạt 3.387,37 ha, tăng so với cùng kỳ năm 2021 là 85,14 ha. "
        "Tốc độ tăng trưởng đạt 10,19%, cao hơn tốc độ tăng trưởng năm 2021 là 4,18 %.",
    )
    assert ("change", "85,14 ha") in _claims(result)
    assert ("pp-change", "4,18 %") in _claims(result)
    assert {"85,14 ha", "4,18 %"}.isdisjoint(f.printed for f in result.figures)


def test_a_change_repeated_in_percent_in_brackets_is_a_claim(tmp_path):
    result = _draft(
        tmp_path,
        "Xử lý 250 vụ, tăng 20 vụ so với cùng kỳ năm trước (8,7%). "
        "Toàn tỉnh còn 41.977 hộ nghèo, chiếm tỷ lệ 30,58%, giảm 4.185 hộ nghèo (4,32%).",
    )
    assert ("growth", "8,7%") in _claims(result)
    assert ("pp-change", "4,32%") in _claims(result)


def test_things_counted_together_are_the_bare_number():
    cases = {
        "Có 72 chi nhánh, văn phòng đại diện, địa điểm kinh doanh đăng ký": True,
        "xử lý 775 vụ, 888 tổ chức, cá nhân, xử phạt 14 triệu đồng": True,
        "kiểm điểm 12 tập thể, 50 cá nhân": False,  # two counts
        "có 300 hộ, tăng mạnh, vượt kế hoạch": False,  # a clause goes on, not a list
        "đạt 300 tấn, gạo, ngô, khoai": False,  # a quantity, not a count of things
    }
    for text, listed in cases.items():
        spans, _ = find_spans(text)
        assert any(s.listed for s in spans) is listed, text


def test_a_listed_count_is_drafted_as_its_number(tmp_path):
    result = _draft(tmp_path, "Xử lý vi phạm hành chính 775 vụ, 888 tổ chức, cá nhân.")
    figure = next(f for f in result.figures if f.printed == "888")
    assert figure.unit == "tổ chức"


def test_numbers_in_codes_and_names_are_no_figures():
    spans, _ = find_spans(
        "đấu giá khu đất X78 huyện Điện Biên; thực hiện Tiểu dự án 1, Dự án 6 Chương trình"
    )
    assert spans == []


def test_what_is_new_in_the_year_is_matched_to_the_new_indicator(tmp_path):
    result = _draft(
        tmp_path,
        "Trong năm 2022, dự kiến có 110 doanh nghiệp thành lập mới, với tổng số vốn đăng ký "
        "1.500 tỷ đồng. Lũy kế đến hết năm 2022 toàn tỉnh có 1.340 doanh nghiệp.",
    )
    indicators = {f.printed: f.indicator for f in result.figures}
    assert indicators["110 doanh nghiệp"] == "new-enterprises"
    assert indicators["1.340 doanh nghiệp"] == "enterprises"


def _indicators(result):
    return {f.printed: f.indicator for f in result.figures}


def test_the_parts_of_a_total_take_its_by_kind_family(tmp_path):
    result = _draft(
        tmp_path,
        "Đến nay, toàn tỉnh có 179 điểm phục vụ bưu chính, bao gồm: 2 bưu cục cấp I, "
        "10 bưu cục cấp II.",
    )
    indicators = _indicators(result)
    assert indicators["179 điểm"] == "postal-service-points"
    assert indicators["2 bưu cục"] == indicators["10 bưu cục"] == "postal-service-points-by-type"


def test_a_footnote_listing_labels_and_figures_is_a_breakdown(tmp_path):
    result = _draft(
        tmp_path,
        "Làm mới 1.724 ngôi nhà cho các hộ nghèo, gia đình chính sách¹.\n\n"
        "¹ Chương trình vận động của Tỉnh ủy: 520 nhà; Quỹ tỉnh hỗ trợ làm 05 nhà.",
    )
    indicators = _indicators(result)
    assert indicators["520 nhà"] == indicators["05 nhà"] == "housing-support-houses-by-programme"


def test_a_footnote_whose_marker_lost_its_superscript_is_a_footnote(tmp_path):
    result = _draft(
        tmp_path,
        "Làm mới 1.724 ngôi nhà cho các hộ nghèo, gia đình chính sách²⁹.\n\n"
        "29 Chương trình vận động của Tỉnh ủy: 520 nhà, trị giá 26 tỷ đồng.",
    )
    assert "29" not in {f.printed for f in result.figures}
    assert {f.where.footnote for f in result.figures if f.printed == "520 nhà"} == {29}


def test_a_label_after_a_list_heads_colon_names_the_figures_after_it(tmp_path):
    result = _draft(
        tmp_path,
        "Sản lượng lương thực ước đạt 200.000 tấn; trong đó: Lúa Đông xuân: Diện tích "
        "gieo trồng ước đạt 9.776,01 ha; sản lượng ước đạt 58.943,20 tấn.",
    )
    assert _indicators(result)["58.943,20 tấn"] == "rice-winter-spring-output"


def test_a_decimal_or_a_percent_after_so_is_a_figure_not_a_document_number():
    spans, _ = find_spans("tỷ lệ phát triển dân số 1,82%. Nghị quyết số 58/NQ-HĐND")
    assert [s.printed.text for s in spans] == ["1,82%"]


def test_a_growth_in_the_plan_part_with_no_figure_before_it_is_a_target(tmp_path):
    result = _draft(
        tmp_path,
        "PHẦN THỨ NHẤT\n\nĐàn gia súc ước đạt 548.483 con.\n\n"
        "PHẦN THỨ HAI\n\n(3) Sản lượng lương thực đạt trên 281.755 tấn. "
        "Phát triển đàn gia súc tăng 1,66% so với năm 2022.\n",
    )
    figure = next(f for f in result.figures if f.printed == "1,66%")
    assert figure.role == "target"
    assert ("growth", "1,66%") not in _claims(result)


def test_a_figure_with_no_words_of_its_own_before_it_is_named_by_the_words_after(tmp_path):
    result = _draft(
        tmp_path,
        "PHẦN THỨ NHẤT\n\nĐàn gia súc ước đạt 548.483 con.\n\n"
        "PHẦN THỨ HAI\n\n(11) Phấn đấu có 126/129 xã, phường đạt chuẩn phổ cập giáo dục "
        "tiểu học mức độ 3; 103/129 xã đạt chuẩn phổ cập giáo dục trung học cơ sở mức độ 3.\n",
    )
    figure = next(f for f in result.figures if f.printed == "126")
    assert figure.indicator == "primary-universalization-l3-communes"


def test_an_aside_in_brackets_before_a_figure_does_not_start_its_words(tmp_path):
    result = _draft(
        tmp_path,
        "Tổng sản phẩm trên địa bàn tính GRDP năm 2022 (theo giá so sánh) đạt 13.963,91 tỷ đồng. "
        "GRDP bình quân đầu người (giá hiện hành) ước đạt 39,68 triệu đồng/người/năm.\n",
    )
    indicators = {f.printed: f.indicator for f in result.figures}
    assert indicators["13.963,91 tỷ đồng"] == "grdp"
    assert indicators["39,68 triệu đồng/người/năm"] == "grdp-per-capita"


def test_a_bare_number_before_its_attainment_takes_its_indicators_unit(tmp_path):
    result = _draft(
        tmp_path,
        "- Cây Mắc ca: Diện tích trồng mới ước đạt 1.168,03 (đạt 16,59% kế hoạch).\n",
    )
    figure = next(f for f in result.figures if f.printed == "1.168,03")
    assert figure.unit == "ha"
    assert figure.indicator == "macadamia-new-planting-area"
    assert ("attainment", "16,59%") in _claims(result)


def test_a_paragraph_broken_by_a_page_and_its_footnotes_is_joined_again():
    assert paragraphs("các khu đô thị đã đề\n\n¹⁵ Chú thích.\n\nra. Đến nay có 13 dự án.") == [
        "các khu đô thị đã đề ra. Đến nay có 13 dự án.",
        "¹⁵ Chú thích.",
    ]


def test_the_total_of_a_list_is_named_by_the_sentence_before_and_its_parts_take_its_family(
    tmp_path,
):
    result = _draft(
        tmp_path,
        "Tiếp tục cụ thể hóa chủ trương thu hút đầu tư. Trong năm 2022, UBND tỉnh đã triển "
        "khai các dự án đầu tư phát triển các khu đô thị tạo nguồn thu từ đất đai giai đoạn "
        "ngắn hạn năm 2021-2022 đã đề ra. Đến thời điểm hiện tại, trong 13 dự án dự kiến đầu "
        "tư thuộc kế hoạch: có 01 dự án đã hoàn thành đấu giá; 04 dự án đã phê duyệt dự án.\n",
    )
    indicators = [f.indicator for f in result.figures]
    assert indicators == [
        "urban-land-revenue-projects",
        "urban-land-revenue-projects-by-status",
        "urban-land-revenue-projects-by-status",
    ]


def test_a_count_followed_by_the_next_figures_label_counts_no_list_of_things():
    spans, _ = find_spans(
        "doanh nghiệp ngoài tỉnh 3.947 lao động, doanh nghiệp trong tỉnh 444 lao động; "
        "xử lý 888 tổ chức, cá nhân, xử phạt 14.098,68 triệu đồng"
    )
    assert [(s.printed.text, s.listed) for s in spans][:3] == [
        ("3.947 lao động", False),
        ("444 lao động", False),
        ("888 tổ chức", True),
    ]


def test_a_rank_after_dung_thu_or_xep_thu_is_a_figure_in_hang():
    spans, _ = find_spans("tăng 10,19%, đứng thứ 2 về tốc độ tăng trưởng, xếp thứ 14/63 tỉnh")
    ranks = [(s.printed.text, s.unit) for s in spans if s.bare]
    assert ranks == [("2", "hạng"), ("14", "hạng")]
    spans, _ = find_spans("Kỳ họp thứ 10 HĐND tỉnh")
    assert spans == []


def test_a_unit_defined_by_its_own_name_is_kept_whole_an_alias_is_not():
    spans, _ = find_spans("thu giữ 02 xe ô tô, 136 xe máy; 179 điểm phục vụ bưu chính")
    assert [s.printed.text for s in spans] == ["02 xe ô tô", "136 xe máy", "179 điểm"]


_DRAFTS = "Năm 2022 thẩm định 63 dự thảo văn bản, ban hành 63 dự thảo văn bản."


def test_a_count_word_vnplan_does_not_know_is_declared_by_the_folder(tmp_path):
    result = _draft(tmp_path, _DRAFTS)
    drafts = [f for f in result.figures if f.unit == "dự thảo"]
    assert [f.printed for f in drafts] == ["63", "63"]
    note = "unit 'dự thảo' declared by the draft: check it is a count of its own"
    assert all(note in f.review for f in drafts)
    assert result.units == ("dự thảo = [du_thao]",)
    assert not [u for u in result.unread if "dự thảo" in u.reason]
    folder = result.write(tmp_path / "folder")
    report = (folder / "report.toml").read_text(encoding="utf-8")
    assert '[[unit]]\ndefinition = "dự thảo = [du_thao]"' in report
    loaded = vnplan.load(folder)
    assert {f.printed for f in loaded.measurements} >= {"63"}


def test_a_declared_count_word_is_declared_again_by_a_second_draft(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first = _draft(tmp_path / "a", _DRAFTS)
    vnplan.load(first.write(tmp_path / "first"))  # defines the unit process-wide
    second = _draft(tmp_path / "b", _DRAFTS)  # the same definition again: nothing happens
    assert second.units == ("dự thảo = [du_thao]",)
    assert [f.unit for f in second.figures if f.printed == "63"] == ["dự thảo", "dự thảo"]
    vnplan.load(second.write(tmp_path / "second"))


def test_a_number_that_names_no_count_declares_no_unit():
    for text in ("dịch Covid-19 dẫn đến", "tuyến QL 279 và QL 12", "mức độ 4 đạt", "4 của tỉnh"):
        spans, _ = find_spans(text)
        assert not [s for s in spans if s.declare], text
