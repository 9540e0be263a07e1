"""The vnplan command: its commands, languages, exit codes and one-line errors."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from vnplan.checks import CHECKS
from vnplan.cli import EXIT_LOAD, EXIT_OK, EXIT_USAGE, main

MINI = Path(__file__).parent / "data" / "mini"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    try:
        code = main(list(args))
    except SystemExit as stop:  # argparse exits for --help and usage errors
        code = int(stop.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def test_datasets_lists_the_bundled_report(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "datasets")
    assert code == EXIT_OK
    assert "dien-bien-2022" in out
    assert "tỉnh" in out  # Vietnamese header by default


def test_datasets_speaks_english_with_lang_en(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "--lang", "en", "datasets")
    assert "province" in out


def test_show_prints_an_aligned_table(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "show", str(MINI))
    assert code == EXIT_OK
    lines = out.splitlines()
    assert lines[1].startswith("---")
    assert "282.647,81 tấn" in out
    # every data row starts its second column where the header's does
    column = lines[0].index("kỳ")
    assert all(line[column - 2 : column] == "  " for line in lines[2:6])


def test_show_filters_by_indicator_words_without_accents(
    capsys: pytest.CaptureFixture[str],
) -> None:
    _, out, _ = run(capsys, "show", str(MINI), "--indicator", "san luong ngo")
    assert "76.274,03" in out
    assert "282.647,81" not in out


def test_show_filters_by_sector(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "show", str(MINI), "--sector", "poverty")
    assert "26,57%" in out
    assert "tấn" not in out


def test_show_unknown_sector_is_a_one_line_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "show", str(MINI), "--sector", "mining", "--lang", "en")
    assert code == EXIT_USAGE
    assert err.count("\n") == 1
    assert "no sector 'mining'" in err
    assert "poverty (Poverty reduction)" in err  # the report's sectors, named


def test_unknown_report_is_exit_3_with_a_hint(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "--lang", "en", "show", "dien-bien-2021")
    assert code == EXIT_LOAD
    assert "'vnplan datasets' lists them" in err
    assert "Traceback" not in err


def test_a_broken_report_folder_is_exit_3_listing_problems(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    (tmp_path / "report.toml").write_text("[report]\nnumber = 1\n", encoding="utf-8")
    code, _, err = run(capsys, "export", str(tmp_path), "--lang", "en")
    assert code == EXIT_LOAD
    assert err.startswith("vnplan: error: cannot load")
    assert "report.toml" in err


def test_unknown_command_is_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "--lang", "en", "frobnicate")
    assert code == EXIT_USAGE
    assert "try 'vnplan --help'" in err


def test_bad_option_value_is_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "export", str(MINI), "--format", "xml", "--lang", "en")
    assert code == EXIT_USAGE
    assert "invalid choice: 'xml'" in err


@pytest.mark.parametrize("command", ["datasets", "show", "audit", "export"])
def test_help_of_each_command_has_an_example(
    capsys: pytest.CaptureFixture[str], command: str
) -> None:
    code, out, _ = run(capsys, command, "--help")
    assert code == EXIT_OK
    assert "example" in out
    assert "vnplan " + command in out


def test_export_json_follows_the_contract(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "export", str(MINI), "--format", "json")
    assert code == EXIT_OK
    data = json.loads(out)
    assert set(data["report"]) >= {"number", "date", "issuer", "place", "title"}
    figure = next(f for f in data["figures"] if f["id"] == "grain-output-2022")
    assert figure["value"] == "282647.81"
    assert figure["unit"] == "tấn"
    assert figure["printed"] == "282.647,81 tấn"
    claim = next(c for c in data["claims"] if c["kind"] == "attainment")
    assert claim["subject"] == "grain-output-2022"
    assert claim["basis"] == "plan"


def test_export_csv_to_a_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    target = tmp_path / "claims.csv"
    code, _, _ = run(
        capsys, "export", str(MINI), "--format", "csv", "--table", "claims", "-o", str(target)
    )
    assert code == EXIT_OK
    assert target.read_text(encoding="utf-8").startswith("id,subject,")


def test_export_datapackage_needs_an_output_folder(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "export", str(MINI), "--format", "datapackage")
    assert code == EXIT_USAGE
    assert "--output" in err


def test_export_to_an_unwritable_place_is_exit_4(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    target = str(tmp_path / "missing" / "x.json")
    code, _, err = run(capsys, "--lang", "en", "export", str(MINI), "-o", target)
    assert code == 4
    assert "cannot write" in err


def test_the_installed_command_runs_as_a_module() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "vnplan", "datasets"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0
    assert "dien-bien-2022" in done.stdout


def test_lang_is_accepted_after_the_command_too(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "datasets", "--lang", "en")
    assert "province" in out
    _, out, _ = run(capsys, "--lang", "en", "datasets", "--lang", "vi")
    assert "tỉnh" in out


def test_audit_of_the_bundled_report_in_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "audit", "dien-bien-2022", "--format", "json")
    assert code == EXIT_OK
    findings = json.loads(out)["findings"]
    assert findings
    for finding in findings:
        assert {"check", "severity", "message_vi", "message_en", "figures"} <= set(finding)
        for cited in finding["figures"]:
            assert {"id", "value", "unit", "printed", "location"} <= set(cited)


def test_audit_text_speaks_the_chosen_language(capsys: pytest.CaptureFixture[str]) -> None:
    _, vi, _ = run(capsys, "audit", "dien-bien-2022")
    _, en, _ = run(capsys, "audit", "dien-bien-2022", "--lang", "en")
    assert vi != en
    assert "MATERIAL" in en


def test_audit_fail_on_sets_exit_1_only_when_met(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, _ = run(capsys, "audit", "dien-bien-2022", "--fail-on", "material")
    assert code == 1
    code, _, _ = run(capsys, "audit", str(MINI), "--fail-on", "material")
    assert code == EXIT_OK


def test_audit_selects_and_skips_checks_by_name(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "audit", "dien-bien-2022", "--format", "json", "--check", "sums")
    assert {f["check"] for f in json.loads(out)["findings"]} == {"sums"}
    _, out, _ = run(capsys, "audit", "dien-bien-2022", "--format", "json", "--skip", "sums")
    assert "sums" not in {f["check"] for f in json.loads(out)["findings"]}


def test_audit_unknown_check_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "audit", "dien-bien-2022", "--check", "sumz")
    assert code == EXIT_USAGE
    assert "sums" in err
    assert err.count("\n") == 1


def test_scorecard_prints_a_row_per_target_and_basis_and_the_counts(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = run(capsys, "scorecard", "dien-bien-2022")
    assert code == EXIT_OK
    assert "chỉ tiêu" in out
    assert "đạt 79,98%" in out
    assert "đạt 99,20%" in out  # the same target's other basis
    assert "– báo cáo không có kết quả thực hiện" in out
    assert out.rstrip().endswith("✓ 48 đạt · ✗ 14 chưa đạt · 58 không đánh giá (* tính)")
    _, english, _ = run(capsys, "scorecard", "dien-bien-2022", "--lang", "en")
    assert "– no result in this report" in english
    assert english.rstrip().endswith("48 met · 14 not met · 58 undecided (* computed)")


def test_scorecard_as_json_and_csv(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "scorecard", "dien-bien-2022", "--format", "json")
    assert code == EXIT_OK
    data = json.loads(out)
    assert data["counts"] == {"met": 48, "not_met": 14, "undecided": 58}
    assert len(data["rows"]) == sum(data["counts"].values())
    grain = next(row for row in data["rows"] if row["result"] == "grain-output-2022")
    assert (grain["percent"], grain["met"], grain["source"]) == ("102.49", True, "stated")
    _, text, _ = run(capsys, "scorecard", "dien-bien-2022", "--format", "csv")
    lines = text.splitlines()
    assert lines[0].startswith("indicator,name_vi,name_en,sector")
    assert len(lines) == 1 + len(data["rows"])


def test_scorecard_of_an_unknown_report_is_a_load_error(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, _, err = run(capsys, "scorecard", "no-such-report")
    assert code == EXIT_LOAD
    assert err.startswith("vnplan: lỗi: ")  # in Vietnamese, the default --lang


# -- show: the terminal's width, sectors by name, words in the chosen language --------------


@pytest.mark.parametrize("columns", [80, 100, 172])
def test_show_fits_the_terminal_width(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, columns: int
) -> None:
    monkeypatch.setenv("COLUMNS", str(columns))
    _, out, _ = run(capsys, "show", "dien-bien-2022")
    lines = out.splitlines()
    assert max(len(line) for line in lines) <= columns
    assert any("…" in line for line in lines[2:])  # long names are cut to fit


def test_show_without_a_terminal_keeps_whole_columns(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("COLUMNS", raising=False)  # and pytest's output is no terminal
    _, out, _ = run(capsys, "show", "dien-bien-2022")
    assert max(len(line) for line in out.splitlines()) > 120  # not cut to a guessed 80


@pytest.mark.parametrize(
    "sector",
    [
        "agriculture",
        "Nông nghiệp, thủy sản",
        "nong nghiep, thuy san",
        "NÔNG NGHIỆP, THỦY SẢN",
        "Agriculture and fisheries",
    ],
)
def test_show_sector_takes_an_id_or_a_vietnamese_or_english_name(
    capsys: pytest.CaptureFixture[str], sector: str
) -> None:
    code, out, _ = run(capsys, "show", str(MINI), "--sector", sector)
    assert code == EXIT_OK
    assert "282.647,81 tấn" in out
    assert "26,57%" not in out  # a poverty figure


def test_show_in_vietnamese_words_roles_and_footnotes_in_vietnamese(
    capsys: pytest.CaptureFixture[str],
) -> None:
    _, vi, _ = run(capsys, "show", "dien-bien-2022")
    assert "thực hiện" in vi
    assert "chú thích" in vi
    assert " actual " not in vi
    assert "footnote" not in vi
    _, en, _ = run(capsys, "show", "dien-bien-2022", "--lang", "en")
    assert " actual " in en
    assert "footnote" in en


def test_audit_in_vietnamese_cites_chu_thich_not_footnote(
    capsys: pytest.CaptureFixture[str],
) -> None:
    _, vi, _ = run(capsys, "audit", "dien-bien-2022")
    assert "1.5 chú thích 4)" in vi
    # Locations are cited in Vietnamese; only the dataset's own notes (English) may say it.
    assert re.search(r"[,(]\s*(?:[\w.> ]*\s)?footnote \d+\)", vi) is None
    _, en, _ = run(capsys, "audit", "dien-bien-2022", "--lang", "en")
    assert "1.5 footnote 4)" in en


def test_audit_help_lists_every_check_and_each_format(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "300")  # no wrapping inside a name
    _, out, _ = run(capsys, "audit", "--help")
    words = " ".join(out.split())  # argparse wraps the help
    for name in CHECKS:
        assert name in words
    assert "json: every finding's fields" in words


@pytest.mark.parametrize("command", ["scorecard", "export"])
def test_format_has_help(capsys: pytest.CaptureFixture[str], command: str) -> None:
    _, out, _ = run(capsys, command, "--help")
    words = " ".join(out.split())
    assert "json:" in words
    assert "csv:" in words


def test_main_help_tells_the_exit_codes_and_how_to_set_utf8(
    capsys: pytest.CaptureFixture[str],
) -> None:
    _, out, _ = run(capsys, "--help")
    assert "141 the reader stopped early" in out
    assert "PYTHONIOENCODING=utf-8" in out
