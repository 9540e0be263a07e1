"""What the vnplan command says when a name, a folder or a command line is wrong.

Each error is one line (a broken report adds one line per problem), in the language of
``--lang``, and names what is wrong without sending a command-line user to Python.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import vnplan
from vnplan.cli import EXIT_LOAD, EXIT_USAGE, main
from vnplan.exceptions import UnknownDatasetError

MINI = Path(__file__).parent / "data" / "mini"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    try:
        code = main(list(args))
    except SystemExit as stop:  # argparse exits for usage errors
        code = int(stop.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def broken(tmp_path: Path) -> Path:
    """The mini report, with two problems in two files."""
    folder = tmp_path / "broken"
    shutil.copytree(MINI, folder)
    economy = folder / "10-economy.toml"
    text = economy.read_text(encoding="utf-8")
    economy.write_text(text.replace('indicator = "rice-output"', 'indicator = "nope"'), "utf-8")
    header = folder / "report.toml"
    text = header.read_text(encoding="utf-8")
    header.write_text(text.replace("date = 2022-12-02", 'date = "02/12/2022"'), "utf-8")
    return folder


# -- names ----------------------------------------------------------------------------------


BUNDLED = "dien-bien-2022, dien-bien-2023"
BOTH = "'dien-bien-2023', 'dien-bien-2022'"


@pytest.mark.parametrize(
    ("name", "meant"),
    [
        ("dien-bien-2021", BOTH),
        ("Dien-Bien-2022", "'dien-bien-2022'"),
        ("dien_bien_2022", "'dien-bien-2022'"),
    ],
)
def test_a_near_bundled_name_gets_a_plain_did_you_mean(
    capsys: pytest.CaptureFixture[str], name: str, meant: str
) -> None:
    code, _, err = run(capsys, "--lang", "en", "show", name)
    assert code == EXIT_LOAD
    assert err == (
        f"vnplan: error: no bundled dataset and no folder named {name!r}; "
        f"did you mean {meant}? (bundled: {BUNDLED}); "
        "'vnplan datasets' lists them\n"
    )


def test_did_you_mean_in_vietnamese(capsys: pytest.CaptureFixture[str]) -> None:
    _, _, err = run(capsys, "show", "Điện Biên 2022")
    assert err == (
        "vnplan: lỗi: không có bộ dữ liệu kèm theo hay thư mục nào tên 'Điện Biên 2022'; "
        f"có phải là 'dien-bien-2022'? (có sẵn: {BUNDLED}); "
        "'vnplan datasets' liệt kê các bộ dữ liệu\n"
    )


def test_a_far_name_gets_no_suggestion(capsys: pytest.CaptureFixture[str]) -> None:
    _, _, err = run(capsys, "--lang", "en", "show", "lai-chau")
    assert "did you mean" not in err
    assert "'lai-chau'" in err


@pytest.mark.parametrize(
    ("name", "meant"),
    [
        ("dien-bien-2021", ("dien-bien-2023", "dien-bien-2022")),
        ("DIEN-BIEN-2022", ("dien-bien-2022",)),
        ("dien_bien_2022", ("dien-bien-2022",)),
    ],
)
def test_load_suggests_the_bundled_name_plainly(name: str, meant: tuple[str, ...]) -> None:
    with pytest.raises(UnknownDatasetError) as caught:
        vnplan.load(name)
    assert caught.value.suggestions == meant
    listed = ", ".join(map(repr, meant))
    assert f"{name!r}; did you mean {listed}? (bundled: {BUNDLED})" in str(caught.value)


def test_a_path_that_does_not_exist_is_a_missing_folder(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    missing = str(tmp_path / "lai-chau-2022")
    code, _, err = run(capsys, "--lang", "en", "audit", missing)
    assert code == EXIT_LOAD
    assert err == f"vnplan: error: the folder {missing!r} does not exist\n"
    _, _, err = run(capsys, "audit", "./lai-chau-2022")
    assert err == "vnplan: lỗi: thư mục './lai-chau-2022' không tồn tại\n"


def test_a_file_is_not_a_report_folder(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "--lang", "en", "show", str(MINI / "report.toml"))
    assert code == EXIT_LOAD
    assert "is a file, not a report folder" in err


def test_a_folder_without_report_toml_says_so(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, _, err = run(capsys, "--lang", "en", "export", str(tmp_path))
    assert code == EXIT_LOAD
    assert (
        err
        == f"vnplan: error: the folder {str(tmp_path)!r} holds no report.toml, so it is no report\n"
    )


def test_a_300_character_name_is_a_load_error_not_an_output_error(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, _, err = run(capsys, "--lang", "en", "show", "x" * 300)
    assert code == EXIT_LOAD
    assert err.count("\n") == 1
    assert "cannot write output" not in err
    assert "'" + "x" * 79 + "…'" in err  # the name, cut short


# -- a broken report ------------------------------------------------------------------------


def test_a_broken_report_lists_every_problem_with_its_file_and_line(
    capsys: pytest.CaptureFixture[str], broken: Path
) -> None:
    code, _, err = run(capsys, "--lang", "en", "audit", str(broken))
    assert code == EXIT_LOAD
    head, *problems = err.splitlines()
    assert head == (
        f"vnplan: error: cannot load {str(broken)!r}: {len(problems)} problem(s) in its data "
        "files (file:line: problem; fix them and run the command again):"
    )
    assert any(p.startswith("  report.toml:") and "'date'" in p for p in problems)
    assert any(p.startswith("  10-economy.toml:") and "'nope'" in p for p in problems)
    assert "Python" not in err
    assert "vnplan.load" not in err


def test_a_broken_report_is_announced_in_vietnamese(
    capsys: pytest.CaptureFixture[str], broken: Path
) -> None:
    _, _, err = run(capsys, "audit", str(broken))
    assert err.startswith(f"vnplan: lỗi: không nạp được {str(broken)!r}: ")
    assert "tệp:dòng" in err


# -- the language of errors -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "vi", "en"),
    [
        (
            ["show", str(MINI), "--indicator", "no such words"],
            (
                "vnplan: lỗi: không có chỉ tiêu nào khớp với 'no such words' "
                "(xem 'vnplan show --help')\n"
            ),
            "vnplan: error: no indicator matches 'no such words' (try 'vnplan show --help')\n",
        ),
        (
            ["export", str(MINI), "--format", "datapackage"],
            "vnplan: lỗi: --format datapackage cần --output THƯ_MỤC (xem 'vnplan export --help')\n",
            (
                "vnplan: error: --format datapackage needs --output FOLDER "
                "(try 'vnplan export --help')\n"
            ),
        ),
        (
            ["show"],
            "vnplan: lỗi: thiếu đối số: NAME (xem 'vnplan show --help')\n",
            (
                "vnplan: error: the following arguments are required: NAME "
                "(try 'vnplan show --help')\n"
            ),
        ),
    ],
    ids=["no-indicator", "needs-output", "missing-name"],
)
def test_errors_speak_the_language_of_lang(
    capsys: pytest.CaptureFixture[str], args: list[str], vi: str, en: str
) -> None:
    code, _, err = run(capsys, *args)
    assert code == EXIT_USAGE
    assert err == vi
    _, _, err = run(capsys, *args, "--lang", "en")
    assert err == en
    _, _, err = run(capsys, "--lang=en", *args)
    assert err == en


def test_a_bad_choice_is_worded_in_the_language_of_lang(capsys: pytest.CaptureFixture[str]) -> None:
    # argparse words the list of choices differently across Python versions.
    code, _, err = run(capsys, "export", str(MINI), "--format", "xml")
    assert code == EXIT_USAGE
    assert err.startswith("vnplan: lỗi: --format: không có lựa chọn 'xml' (chọn trong ")
    assert "datapackage" in err
    assert err.endswith(") (xem 'vnplan export --help')\n")
    _, _, err = run(capsys, "export", str(MINI), "--format", "xml", "--lang", "en")
    assert err.startswith("vnplan: error: argument --format: invalid choice: 'xml'")
    assert err.endswith(" (try 'vnplan export --help')\n")
