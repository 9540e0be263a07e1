"""vnplan.draft: what a figure's printed text is (issue 16, item 2, figures).

Short excerpts written here, in the wording of provincial reports.
"""

from __future__ import annotations

import vnplan
from vnplan.drafting.source import paragraphs


def _draft(tmp_path, text):
    path = tmp_path / "excerpt.txt"
    path.write_text(text, encoding="utf-8")
    return vnplan.draft(path)


def test_vietnamese_words_glued_to_numbers_are_split():
    assert paragraphs("ngành chế biến, chế tạotăng1,36%; sản xuất điện tăng 2%") == [
        "ngành chế biến, chế tạotăng 1,36%; sản xuất điện tăng 2%"
    ]
    assert paragraphs("trong 6tháng đầu năm") == ["trong 6 tháng đầu năm"]


def test_units_and_codes_glued_to_numbers_stay():
    text = "đường dây 110kV, 12 km2 rừng, khí CO2, 788,56ha, 17,77Kg thuốc phiện, Q4/2023"
    assert paragraphs(text) == [text]


def test_a_glued_growth_is_read(tmp_path):
    result = _draft(
        tmp_path,
        "Chỉ số sản xuất công nghiệp ước đạt 105,2%; trong đó ngành chế biến, chế tạotăng1,36%.",
    )
    assert "1,36%" in {c.printed for c in result.claims}


def test_a_count_of_a_capitalised_noun_is_the_number_with_its_unit(tmp_path):
    result = _draft(
        tmp_path, "Ban hành 105 Quyết định xử phạt vi phạm hành chính; thu giữ 211,66 Kg Heroin."
    )
    figures = {f.printed: f.unit for f in result.figures}
    assert figures["105"] == "quyết định"
    assert figures["211,66 Kg"] is None  # a unit printed in capitals is the unit as printed
