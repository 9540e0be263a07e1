"""Notebook display: the HTML of reports, indicators, figures and audit results."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import vnplan
from vnplan.checks import audit


class _Checker(HTMLParser):
    """Collects tags, and fails on a tag the display never writes (such as a script)."""

    ALLOWED = frozenset(
        {"div", "style", "table", "colgroup", "col", "thead", "tbody", "tr", "th", "td",
         "span", "br", "wbr", "b", "code", "details", "summary"}
    )  # fmt: skip

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.text: list[str] = []
        self.glued = False  # after a <wbr>: the text goes on in the same word

    def handle_starttag(self, tag, attrs):
        assert tag in self.ALLOWED, tag
        assert all(name in {"class", "title", "style", "rowspan"} for name, _ in attrs), attrs
        self.glued = tag == "wbr"
        if tag not in {"br", "col", "wbr"}:  # void elements: no end tag
            self.stack.append(tag)

    def handle_endtag(self, tag):
        assert self.stack, tag
        assert self.stack.pop() == tag

    def handle_data(self, data):
        if self.stack and self.stack[-1] == "style":
            return
        if self.glued and self.text:
            self.text[-1] += data
        else:
            self.text.append(data)
        self.glued = False


def _check(html: str) -> str:
    """Parse ``html``, check its tags balance, and return its visible text."""
    checker = _Checker()
    checker.feed(html)
    checker.close()
    assert checker.stack == []
    return " ".join(" ".join(checker.text).split())


def test_report_html_shows_names_values_units_and_marks(small_report):
    text = _check(small_report._repr_html_())
    for expected in (
        "Tổng sản lượng lương thực",
        "Grain output",
        "282.647,81 tấn",
        "dưới 13%",
        "đạt 97,5%",
        "tăng 1,99%",
        "so với 2021",
        "Số 350/BC-UBND",
        "Điện Biên, ngày 02 tháng 12 năm 2022",
    ):
        assert expected in text, expected


def test_report_html_marks_met_and_not_met_by_direction(small_report):
    html = small_report._repr_html_()
    grain_row = html[html.index("grain-output</span>") :].split("</tr>")[0]
    assert "✗ chưa đạt" in grain_row
    poverty_row = html[html.index("poverty-rate</span>") :].split("</tr>")[0]
    assert "✓ đạt" in poverty_row  # 12,5% against at most 13%: met, lower is better
    spending_row = html[html.index("local-spending</span>") :].split("</tr>")[0]
    assert "✓" not in spending_row
    assert "✗" not in spending_row


def test_report_html_groups_by_sector_in_the_order_of_sectors(small_report):
    text = _check(small_report._repr_html_())
    sections = re.findall(r"<summary>(.*?)</summary>", small_report._repr_html_())
    names = [_check(s).split(" · ")[0] for s in sections]
    assert names == ["Kinh tế chung", "Nông nghiệp, thủy sản", "Ngân sách", "Giảm nghèo"]
    assert "Agriculture and fisheries" in text


def test_report_html_escapes_every_text(small_report):
    html = small_report._repr_html_()
    assert "<script>" not in html
    assert "<b>bold</b>" not in html
    assert "<i>" not in html
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; “chỉ tiêu”" in html
    assert "5 tỷ đồng &lt;i&gt;&quot;x&quot;&lt;/<wbr>i&gt;" in html  # may wrap after a /
    _check(html)


def test_html_of_an_indicator_a_measurement_and_a_target(small_report):
    indicator = _check(small_report.indicator("poverty-rate")._repr_html_())
    assert "Tỷ lệ hộ nghèo" in indicator
    assert "Poverty rate" in indicator
    assert "càng thấp càng tốt" in indicator
    assert "lower is better" in indicator
    measurement = _check(small_report["grain-output-2022"]._repr_html_())
    assert "282.647,81 tấn" in measurement
    assert "thực hiện, ước" in measurement
    assert "mục I > I.1 > 1, đoạn 1" in measurement
    assert "section I > I.1 > 1, paragraph 1" in measurement
    target = _check(small_report["poverty-rate-2022-plan"]._repr_html_())
    assert "dưới 13%" in target
    assert "tối đa (dưới) · at most" in target
    assert "kế hoạch" in target


def test_plain_repr_stays_short(small_report):
    assert len(repr(small_report)) < 150
    assert len(repr(small_report["grain-output-2022"])) < 150
    assert "<table" not in repr(small_report)


def test_bundled_report_html_has_every_figure():
    report = vnplan.load("dien-bien-2022")
    html = report._repr_html_()
    text = _check(html)
    assert "Tổng sản lượng lương thực có hạt" in text
    assert "Cereal (grain) output" in text
    assert html.count("<details>") == len({f.indicator.sector for f in report.figures()})
    for figure in report.figures():
        escaped = figure.printed.replace("&", "&amp;").replace("<", "&lt;").replace('"', "&quot;")
        assert escaped in html.replace("<wbr>", ""), figure.id
        assert figure.printed in text, figure.id


def test_audit_result_html_lists_findings_with_their_figures():
    result = audit(vnplan.load("dien-bien-2022"))
    html = result._repr_html_()
    text = _check(html)
    assert f"{len(result)} phát hiện / findings" in text
    first = result.findings[0]
    assert first.message_vi.split("«")[0].strip() in text
    assert first.figures[0].printed in text
    assert "sai lệch" in text


def test_empty_findings_say_so():
    text = _check(vnplan.AuditResult(findings=())._repr_html_())
    assert "Không thấy sai lệch nào." in text
    assert "No inconsistencies found." in text


def test_a_target_with_several_bases_shows_a_line_per_basis():
    html = vnplan.load("dien-bien-2022")._repr_html_()
    row = html[html.index("public-investment-disbursement</span>") :].split("</tr>")[0]
    text = " ".join(re.sub(r"<[^>]+>", " ", row).split())
    assert "đạt 99,20%" in text
    assert "đạt 79,98%" in text
    assert text.count("✗ chưa đạt") == 2


def test_a_stated_attainment_without_a_printed_value_has_its_own_line():
    html = vnplan.load("dien-bien-2022")._repr_html_()
    rows = html[html.index("manufacturing-production-value</span>") :].split("</tr>")[:2]
    text = " ".join(re.sub(r"<[^>]+>", " ", "".join(rows)).split())  # growth, then attainment
    assert "không in số liệu" in text
    assert "đạt 85,73%" in text
    assert "✗ chưa đạt" in text


def _css(html: str) -> str:
    return re.search(r"<style>(.*?)</style>", html, re.DOTALL).group(1)


def test_tables_scroll_sideways_in_a_narrow_view_instead_of_squeezing():
    report = vnplan.load("dien-bien-2022")
    for html in (report._repr_html_(), audit(report)._repr_html_()):
        _check(html)
        assert html.count("<table") == html.count('<div class="scroll"><table')
        assert re.search(r"\.vnplan \.scroll \{[^}]*overflow-x: auto", _css(html))
    report_css = _css(report._repr_html_())
    assert re.search(r"table\.sector \{[^}]*min-width: \d+em", report_css)
    findings = audit(report)._repr_html_()
    assert re.search(r"td\.text \{[^}]*min-width: \d+em", _css(findings))
    assert findings.count('<td class="text">') == len(audit(report))


def test_words_break_only_between_syllables_and_after_slashes():
    report = vnplan.load("dien-bien-2022")
    html = report._repr_html_()
    css = _css(html)
    assert re.search(
        r"\.vnplan \{[^}]*word-break: normal; overflow-wrap: normal; hyphens: none", css
    )
    # Only figure ids (ASCII, in the audit's cited figures) may break anywhere.
    assert re.findall(r"([^{}]*)\{[^}]*overflow-wrap: anywhere", css) == [
        "\n.vnplan td.cited code "
    ]
    assert "triệu đồng/<wbr>người/<wbr>năm" in html
    assert "triệu đồng/người/năm" in _check(html)
