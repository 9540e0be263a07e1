"""vnplan draft reads DOCX (with footnotes) and PDF built here from an excerpt; the CLI."""

from __future__ import annotations

import subprocess
import sys

import pytest

import vnplan
from vnplan.cli import main
from vnplan.drafting import SourceError

BODY = [
    "1.1. Cây lương thực:",
    (
        "Tổng sản lượng lương thực năm 2022 ước đạt 282.647,81 tấn, tăng 1,99% so với năm "
        "trước và đạt 102,49 % kế hoạch."
    ),
    "Diện tích lúa Đông xuân giảm 140,15 ha so với năm trước.",
]
FOOTNOTE = "Tập trung tại các huyện Mường Ảng 41,7 ha, Điện Biên Đông 21 ha."
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _docx(path):
    docx = pytest.importorskip("docx")
    from docx.opc.constants import RELATIONSHIP_TYPE  # noqa: PLC0415  (an optional extra, after importorskip)
    from docx.opc.packuri import PackURI  # noqa: PLC0415  (an optional extra, after importorskip)
    from docx.opc.part import Part  # noqa: PLC0415  (an optional extra, after importorskip)
    from docx.oxml import parse_xml  # noqa: PLC0415  (an optional extra, after importorskip)

    document = docx.Document()
    for text in BODY:
        paragraph = document.add_paragraph(text)
    # A footnote reference at the end of the last paragraph, and the footnotes part.
    paragraph.add_run()._r.append(parse_xml(f'<w:footnoteReference xmlns:w="{_W}" w:id="1"/>'))
    xml = (
        f'<w:footnotes xmlns:w="{_W}">'
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
        f'<w:footnote w:id="1"><w:p><w:r><w:t>{FOOTNOTE}</w:t></w:r></w:p></w:footnote>'
        "</w:footnotes>"
    ).encode()
    content_type = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
    part = Part(PackURI("/word/footnotes.xml"), content_type, xml, document.part.package)
    document.part.relate_to(part, RELATIONSHIP_TYPE.FOOTNOTES)
    document.save(str(path))
    return path


def _pdf(path):
    """Two A4 pages with DejaVu text, a repeated header and page numbers."""
    pytest.importorskip("pypdf")
    matplotlib = pytest.importorskip("matplotlib")
    from matplotlib.backends.backend_pdf import PdfPages  # noqa: PLC0415  (an optional extra, after importorskip)
    from matplotlib.figure import Figure  # noqa: PLC0415  (an optional extra, after importorskip)

    pages = [
        [BODY[0], BODY[1][:70], BODY[1][70:]],
        [BODY[2]],
    ]
    with matplotlib.rc_context({"pdf.fonttype": 42}), PdfPages(path) as pdf:
        for number, lines in enumerate(pages, start=1):
            figure = Figure(figsize=(8.27, 11.69))
            figure.text(0.05, 0.97, "UBND TỈNH ĐIỆN BIÊN - BÁO CÁO", fontsize=8)
            for i, line in enumerate(lines):
                figure.text(0.05, 0.9 - 0.03 * i, line, fontsize=10)
            figure.text(0.5, 0.03, str(number), fontsize=8)
            pdf.savefig(figure)
    return path


def test_docx_with_a_footnote(tmp_path):
    result = vnplan.draft(_docx(tmp_path / "report.docx"))
    grain = next(f for f in result.figures if f.printed == "282.647,81 tấn")
    assert (grain.where.section, grain.where.paragraph) == ("1.1", 1)
    parts = [f for f in result.figures if f.where.footnote == 1]
    assert [f.printed for f in parts] == ["41,7 ha", "21 ha"]
    assert {f.where.section for f in parts} == {"1.1"}


def test_pdf_lines_are_joined_and_page_furniture_dropped(tmp_path):
    result = vnplan.draft(_pdf(tmp_path / "report.pdf"))
    printed = [f.printed for f in result.figures] + [c.printed for c in result.claims]
    assert printed[:3] == ["282.647,81 tấn", "1,99%", "102,49 %"]
    assert "140,15 ha" in printed
    assert not any("BÁO CÁO" in f.phrase for f in result.figures)
    assert {f.where.section for f in result.figures} == {"1.1"}


@pytest.mark.parametrize(("suffix", "kind"), [(".docx", "a DOCX file"), (".pdf", "a PDF file")])
def test_a_file_that_is_no_docx_or_pdf(tmp_path, suffix, kind):
    pytest.importorskip("docx")
    pytest.importorskip("pypdf")
    path = tmp_path / f"report{suffix}"
    path.write_text("plain text", encoding="utf-8")
    with pytest.raises(SourceError, match=f"expected {kind} \\(got "):
        vnplan.draft(path)


def test_cli_draft_writes_a_folder_that_audits(tmp_path, capsys):
    source = tmp_path / "report.txt"
    source.write_text("\n\n".join(BODY), encoding="utf-8")
    assert main(["draft", str(source), "-o", str(tmp_path / "out")]) == 0
    out = capsys.readouterr().out
    assert "figures" in out
    assert "to review:" in out
    assert main(["audit", str(tmp_path / "out")]) == 0


def test_cli_draft_of_a_missing_source_exits_3(tmp_path, capsys):
    out = str(tmp_path / "out")
    assert main(["--lang", "en", "draft", str(tmp_path / "none.txt"), "-o", out]) == 3
    assert "cannot draft" in capsys.readouterr().err
    assert main(["draft", str(tmp_path / "none.txt"), "-o", out]) == 3
    assert "không soạn được bản nháp" in capsys.readouterr().err


def test_cli_draft_needs_an_output():
    process = subprocess.run(
        [sys.executable, "-m", "vnplan", "draft", "x.txt"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert process.returncode == 2
    assert "--output" in process.stderr
