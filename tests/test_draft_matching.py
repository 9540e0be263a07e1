"""vnplan.draft: which indicator a figure is attached to (issue 16, item 2, indicators).

Excerpts are written here in the wording of provincial reports, with made-up figures; a
figure's own words (the noun phrase before it and the words after its number), the label
of its sentence and the section's heading all count, and the most specific name wins.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

import vnplan
from vnplan.drafting.vocabulary import Query, Vocabulary


def _indicators(tmp_path, text):
    path = tmp_path / "excerpt.txt"
    path.write_text(text, encoding="utf-8")
    return {f.printed: f.indicator for f in vnplan.draft(path).figures}


@pytest.fixture(scope="module")
def vocabulary():
    return Vocabulary.bundled()


def test_items_of_a_list_take_their_own_words(tmp_path):
    found = _indicators(
        tmp_path,
        "Ngành Giáo dục hiện có 500 trường, trung tâm (170 trường mầm non, 300 trường phổ "
        "thông, 20 trung tâm).",
    )
    assert found["170 trường"] == "preschools"
    assert found["300 trường"] == "general-schools"


def test_a_label_names_the_figures_of_the_clauses_after_it(tmp_path):
    found = _indicators(
        tmp_path,
        "Lúa mùa: diện tích gieo trồng đạt 1.000 ha, tăng 2% so với năm trước; sản lượng "
        "đạt 5.000 tấn.",
    )
    assert found["1.000 ha"] == "rice-main-season-area"
    assert found["5.000 tấn"] == "rice-main-season-output"


def test_the_noun_after_a_count_names_it(tmp_path):
    found = _indicators(tmp_path, "Đến nay, toàn tỉnh có 40 xã đạt chuẩn nông thôn mới nâng cao.")
    assert found["40 xã"] == "ntm-advanced-communes"


@pytest.mark.parametrize(
    ("words", "unit", "expected"),
    [
        ("dư nợ cho vay ngắn hạn là", "tỷ đồng", "credit-outstanding-short-term"),
        ("tổng dư nợ tín dụng đạt", "tỷ đồng", "credit-outstanding"),
        ("toàn tỉnh có HTX", "HTX", "cooperatives"),  # an abbreviation written out
        ("giải quyết việc làm mới cho lao động", "lao động", "new-jobs"),  # a synonym
        ("Kim ngạch xuất khẩu hàng hóa ước đạt", "triệu USD", "export-value"),
    ],
)
def test_the_most_specific_name_wins(vocabulary, words, unit, expected):
    match = vocabulary.match(Query(words), unit)
    assert match is not None
    assert match.indicator.id == expected


def test_diacritics_do_not_matter_but_words_do(vocabulary):
    plain = vocabulary.match(Query("du no cho vay ngan han"), "tỷ đồng")
    assert plain is not None
    assert plain.indicator.id == "credit-outstanding-short-term"
    # "đạt" (reaches) is a verb, "đất" (land) a word of the name: folded, both are "dat".
    land = vocabulary.match(Query("thu tiền sử dụng đất đạt"), "tỷ đồng")
    assert land is not None
    assert land.indicator.id == "land-use-revenue"


def test_a_section_heading_is_context(vocabulary):
    for heading, expected in [("Cây chè", "tea"), ("Cây cà phê", "coffee")]:
        match = vocabulary.match(Query("diện tích trồng mới", heading=heading), "ha")
        assert match is not None
        assert match.indicator.id == f"{expected}-new-planting-area"


def test_bundled_vocabulary_names_only_bundled_indicators():
    path = Path(vnplan.__file__).parent / "drafting" / "vocabulary.toml"
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    ids = {i.id for i in vnplan.load("dien-bien-2022").indicators}
    assert set(data["synonyms"]) <= ids
    assert all(isinstance(v, str) for v in data["abbreviations"].values())
