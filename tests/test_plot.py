"""Charts: attainment of the plan and growth, by sector, labelled in Vietnamese or English."""

from __future__ import annotations

import io
import sys

import matplotlib as mpl
import pytest

mpl.use("Agg")

import matplotlib.pyplot as plt
from matplotlib.colors import to_hex
from matplotlib.figure import Figure

import vnplan
from vnplan.exceptions import ValidationError
from vnplan.plot import attainment_chart, growth_chart


def _labels(figure):
    axes = figure.axes[0]
    return [tick.get_text() for tick in axes.get_yticklabels()]


def _texts(figure):
    axes = figure.axes[0]
    return [t.get_text() for t in axes.texts]


def _bar(figure, label):
    """The bar drawn for the row labelled ``label``: its value and colour."""
    axes = figure.axes[0]
    row = next(i for i, text in enumerate(_labels(figure)) if label in text)
    bar = next(p for p in axes.patches if abs(p.get_y() + p.get_height() / 2 - row) < 1e-9)
    return bar.get_width(), to_hex(bar.get_facecolor())


def _png(figure) -> bytes:
    out = io.BytesIO()
    figure.savefig(out, format="png", dpi=50)
    return out.getvalue()


def test_attainment_chart_returns_a_figure_that_saves(small_report):
    figure = attainment_chart(small_report)
    assert isinstance(figure, Figure)
    assert _png(figure).startswith(b"\x89PNG")


def test_attainment_chart_marks_met_not_met_and_neither(small_report):
    figure = attainment_chart(small_report)
    grain = _bar(figure, "Tổng sản lượng lương thực")
    assert grain == (pytest.approx(97.5), "#cf222e")
    poverty = _bar(figure, "Tỷ lệ hộ nghèo ↓")  # lower is better: marked, not inverted
    assert poverty == (pytest.approx(12.5 / 13 * 100), "#2da44e")
    spending = _bar(figure, "Tổng chi ngân sách địa phương")
    assert spending == (pytest.approx(110), "#8c959f")
    assert "96,15%*" in _texts(figure)  # computed from printed figures
    assert "97,5%" in _texts(figure)


def test_attainment_chart_has_a_line_at_100_percent_and_sector_headings(small_report):
    figure = attainment_chart(small_report)
    axes = figure.axes[0]
    assert any(list(line.get_xdata()) == [100, 100] for line in axes.get_lines())
    texts = _texts(figure)
    assert "100% kế hoạch" in texts
    for heading in ("Nông nghiệp, thủy sản", "Ngân sách", "Giảm nghèo"):
        assert heading in texts


def test_attainment_chart_in_english(small_report):
    figure = attainment_chart(small_report, lang="en")
    labels = " ".join(_labels(figure))
    assert "Grain output" in labels
    assert "Poverty rate ↓" in labels
    assert "Outturn against plan, 2022" in figure.axes[0].get_title(loc="left")
    assert "96.15%*" in _texts(figure)
    _png(figure)


def test_vietnamese_labels_render_without_missing_glyphs(small_report):
    """Warnings are errors: a missing glyph would fail the drawing."""
    figure = attainment_chart(small_report)
    _png(figure)
    labels = " ".join(_labels(figure))
    assert "Tổng sản lượng lương thực" in labels
    fonts = {tick.get_fontname() for tick in figure.axes[0].get_yticklabels()}
    assert fonts == {"DejaVu Sans"}


def test_growth_chart_colours_by_direction(small_report):
    figure = growth_chart(small_report)
    assert _bar(figure, "Tổng sản lượng lương thực") == (pytest.approx(1.99), "#2da44e")
    value, colour = _bar(figure, "Tỷ lệ hộ nghèo ↓")
    assert value < 0
    assert colour == "#2da44e"  # a fall of a lower-is-better rate is for the better
    axes = figure.axes[0]
    assert any(list(line.get_xdata()) == [0, 0] for line in axes.get_lines())
    assert "Tăng trưởng năm 2022 so với năm 2021" in axes.get_title(loc="left")
    _png(figure)


@pytest.mark.parametrize("chart", [attainment_chart, growth_chart])
def test_charts_refuse_an_unknown_language_and_a_year_without_data(chart, small_report):
    with pytest.raises(ValidationError, match="'lang'"):
        chart(small_report, lang="fr")
    with pytest.raises(ValidationError, match="'year'"):
        chart(small_report, year=2019)
    with pytest.raises(ValidationError, match="'year'"):
        chart(small_report, year="2022")


@pytest.mark.parametrize("chart", [attainment_chart, growth_chart])
def test_charts_leave_pyplot_alone(chart, small_report):
    before = plt.get_fignums()
    chart(small_report)
    assert plt.get_fignums() == before


def _png_size(png: bytes) -> tuple[int, int]:
    """Width and height in pixels, from a PNG's header chunk."""
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    return int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")


@pytest.mark.parametrize("chart", [attainment_chart, growth_chart])
def test_charts_display_as_png_in_ipython_without_pyplot(chart, small_report):
    formatters = pytest.importorskip("IPython.core.formatters")
    figure = chart(small_report)
    data, _ = formatters.DisplayFormatter().format(figure)
    assert "image/png" in data
    width, height = figure.get_size_inches() * figure.dpi
    assert _png_size(data["image/png"]) == (round(width), round(height))


@pytest.mark.slow
def test_bundled_report_charts():
    report = vnplan.load("dien-bien-2022")
    for chart in (attainment_chart, growth_chart):
        for lang in ("vi", "en"):
            figure = chart(report, lang=lang)
            _png(figure)
    labels = _labels(attainment_chart(report))
    assert any("Tổng sản lượng lương thực có hạt" in label for label in labels)
    assert len(labels) == len(set(labels) - {""}) + labels.count("")  # no two rows alike


def test_missing_matplotlib_names_the_extra(small_report, monkeypatch):
    monkeypatch.setitem(sys.modules, "matplotlib.figure", None)
    with pytest.raises(ImportError, match=r"vnplan\[plot\]"):
        attainment_chart(small_report)


def test_attainment_chart_draws_every_scorecard_row_with_an_attainment():
    report = vnplan.load("dien-bien-2022")
    card = vnplan.scorecard(report)
    figure = attainment_chart(report)
    axes = figure.axes[0]
    headings = sum(to_hex(p.get_facecolor()) == "#eaeef2" for p in axes.patches)
    assert len(axes.patches) - headings == sum(row.attainment is not None for row in card)
    labels = _labels(figure)
    assert any(label.endswith("(2021-2025)") for label in labels)  # a medium-term plan
    assert any(label.endswith("(Thủ tướng giao)") for label in labels)  # a second basis


def test_attainment_chart_of_one_year_leaves_the_other_periods_out():
    report = vnplan.load("dien-bien-2022")
    labels = _labels(attainment_chart(report, year=2022))
    assert not any("(2021-2025)" in label for label in labels)
