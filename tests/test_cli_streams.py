"""The vnplan command on awkward standard outputs: not UTF-8, closed, or read only in part.

The stream cases run the installed console script in a child process, as a user's shell
would; the in-process cases check what is written, byte for byte.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from vnplan.cli import EXIT_OK, EXIT_OUTPUT, EXIT_PIPE, main

MINI = Path(__file__).parent / "data" / "mini"
SCRIPT = shutil.which("vnplan", path=str(Path(sys.executable).parent))
COMMAND = [SCRIPT] if SCRIPT else [sys.executable, "-m", "vnplan"]

#: The shell cases need a POSIX shell and head.
needs_sh = pytest.mark.skipif(
    shutil.which("sh") is None or shutil.which("head") is None, reason="needs sh and head"
)

#: One command line per command, each writing text (its default format).
TEXT_COMMANDS = [
    ["datasets"],
    ["show", "dien-bien-2022"],
    ["audit", "dien-bien-2022"],
    ["scorecard", "dien-bien-2022"],
    ["export", "dien-bien-2022", "--format", "datapackage", "--output", "{tmp}/Điện Biên"],
]


def _env(**changes: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONUTF8", "COLUMNS"}}
    env.update(changes)
    return env


def _child(args: list[str], **changes: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [*COMMAND, *args], capture_output=True, env=_env(**changes), check=False, timeout=60
    )


def _on_stream(
    monkeypatch: pytest.MonkeyPatch, encoding: str, *args: str
) -> tuple[int, bytes, str]:
    """Run main() with a standard output in ``encoding``; return its status, bytes and stderr."""
    raw = io.BytesIO()
    stdout = io.TextIOWrapper(raw, encoding=encoding, newline="")
    stderr = io.StringIO()
    monkeypatch.setattr(sys, "stdout", stdout)
    monkeypatch.setattr(sys, "stderr", stderr)
    code = main(list(args))
    stdout.flush()
    return code, raw.getvalue(), stderr.getvalue()


# -- a standard output that cannot hold Vietnamese ------------------------------------------


@pytest.mark.parametrize("args", TEXT_COMMANDS, ids=lambda a: a[0])
def test_every_command_writes_plain_ascii_text_on_an_ascii_stream(
    monkeypatch: pytest.MonkeyPatch, args: list[str], tmp_path: Path
) -> None:
    code, raw, err = _on_stream(monkeypatch, "ascii", *[a.format(tmp=tmp_path) for a in args])
    assert code == EXIT_OK, err
    assert raw.decode("ascii").strip()  # raises if a byte is not ASCII


@pytest.mark.parametrize(
    "args",
    [
        # One console-script run is in the default suite; all five are in the slow one.
        pytest.param(a, marks=() if a[0] == "show" else pytest.mark.slow)
        for a in TEXT_COMMANDS
    ],
    ids=lambda a: a[0],
)
def test_every_command_writes_plain_ascii_text_under_pythonioencoding_ascii(
    args: list[str], tmp_path: Path
) -> None:
    done = _child([a.format(tmp=tmp_path) for a in args], PYTHONIOENCODING="ascii")
    assert done.returncode == EXIT_OK, done.stderr
    assert done.stderr == b""
    text = done.stdout.decode("ascii")  # raises if a byte is not ASCII
    assert text.strip()


def test_ascii_text_reads_as_vietnamese_without_its_diacritics(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    code, raw, _ = _on_stream(monkeypatch, "ascii", "datasets")
    assert code == EXIT_OK
    assert raw.decode("ascii").splitlines()[2].split()[:3] == ["dien-bien-2022", "Dien", "Bien"]
    code, raw, _ = _on_stream(monkeypatch, "ascii", "scorecard", "dien-bien-2022")
    last = raw.decode("ascii").rstrip().splitlines()[-1]
    assert last == "v 48 dat - x 14 chua dat - 58 khong danh gia (* tinh)"


def test_ascii_tables_stay_aligned(monkeypatch: pytest.MonkeyPatch) -> None:
    _, raw, _ = _on_stream(monkeypatch, "ascii", "show", str(MINI))
    lines = raw.decode("ascii").splitlines()
    column = lines[0].index("ky")
    assert all(line[column - 2 : column] == "  " for line in lines[2:6])


@pytest.mark.parametrize(
    "args",
    [
        ["export", "dien-bien-2022"],
        ["audit", "dien-bien-2022", "--format", "json"],
        ["scorecard", "dien-bien-2022", "--format", "json"],
    ],
    ids=lambda a: a[0],
)
def test_json_on_an_ascii_stream_is_escaped_and_holds_the_same_data(
    monkeypatch: pytest.MonkeyPatch, args: list[str]
) -> None:
    code, ascii_bytes, _ = _on_stream(monkeypatch, "ascii", *args)
    assert code == EXIT_OK
    _, utf8_bytes, _ = _on_stream(monkeypatch, "utf-8", *args)
    assert json.loads(ascii_bytes.decode("ascii")) == json.loads(utf8_bytes.decode("utf-8"))
    assert "\\u1ec7" in ascii_bytes.decode("ascii")  # ệ, as in Điện Biên


@pytest.mark.parametrize(
    ("args", "hint"),
    [
        (["export", "dien-bien-2022", "--format", "csv"], True),
        (["scorecard", "dien-bien-2022", "--format", "csv"], False),
    ],
    ids=["export", "scorecard"],
)
def test_csv_is_refused_on_an_ascii_stream_with_how_to_set_utf8(
    monkeypatch: pytest.MonkeyPatch, args: list[str], *, hint: bool
) -> None:
    code, raw, err = _on_stream(monkeypatch, "ascii", *args, "--lang", "en")
    assert code == EXIT_OUTPUT
    assert raw == b""  # no CSV with changed data
    assert err.count("\n") == 1
    assert "PYTHONIOENCODING=utf-8" in err
    assert ("--output FILE" in err) is hint  # only export has --output


def test_csv_refusal_from_the_console_script_is_one_ascii_line() -> None:
    done = _child(["export", "dien-bien-2022", "--format", "csv"], PYTHONIOENCODING="ascii")
    assert done.returncode == EXIT_OUTPUT
    assert done.stdout == b""
    message = done.stderr.decode("ascii")
    assert message.startswith("vnplan: loi: ")  # Vietnamese, transliterated for the stream
    assert message.count("\n") == 1
    assert "PYTHONIOENCODING=utf-8" in message


def test_latin1_stream_keeps_the_letters_it_can_hold(monkeypatch: pytest.MonkeyPatch) -> None:
    _, raw, _ = _on_stream(monkeypatch, "latin-1", "datasets")
    assert "Dien Biên" in raw.decode("latin-1")  # ê is in Latin-1, ệ is not


# -- a closed standard output ---------------------------------------------------------------


@needs_sh
def test_closed_stdout_is_one_line_and_exit_4() -> None:
    done = subprocess.run(
        ["sh", "-c", '"$@" >&-', "sh", *COMMAND, "export", "dien-bien-2022", "--lang", "en"],
        capture_output=True,
        env=_env(),
        check=False,
        timeout=60,
    )
    assert done.returncode == EXIT_OUTPUT
    assert done.stderr.decode() == "vnplan: error: cannot write output: standard output is closed\n"


def test_closed_stdout_in_process_says_so_in_vietnamese(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    stderr = io.StringIO()
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", stderr)
    assert main(["show", str(MINI)]) == EXIT_OUTPUT
    assert stderr.getvalue() == (
        "vnplan: lỗi: không ghi được kết quả: đầu ra chuẩn (stdout) đã bị đóng\n"
    )


def test_export_to_a_file_needs_no_stdout(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(sys, "stdout", None)
    assert main(["export", str(MINI), "-o", str(tmp_path / "mini.json")]) == EXIT_OK
    assert json.loads((tmp_path / "mini.json").read_text(encoding="utf-8"))["figures"]


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_a_full_disk_is_exit_4_with_no_interpreter_noise() -> None:
    with Path("/dev/full").open("w", encoding="utf-8") as full:
        done = subprocess.run(
            [*COMMAND, "export", "dien-bien-2022", "--lang", "en"],
            stdout=full,
            stderr=subprocess.PIPE,
            env=_env(),
            check=False,
            timeout=60,
        )
    assert done.returncode == EXIT_OUTPUT
    lines = done.stderr.decode().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("vnplan: error: cannot write output: ")


# -- a reader that stops early ----------------------------------------------------------------


@needs_sh
def test_show_piped_to_head_stops_quietly() -> None:
    done = subprocess.run(
        ["sh", "-c", '"$@" | head -1', "sh", *COMMAND, "show", "dien-bien-2022"],
        capture_output=True,
        env=_env(),
        check=False,
        timeout=60,
    )
    assert done.stderr == b""
    assert done.stdout.decode().splitlines() == [done.stdout.decode().rstrip("\n")]
    assert done.stdout.decode().startswith("chỉ tiêu")


@pytest.mark.parametrize(
    "args", [["show", "dien-bien-2022"], ["export", "dien-bien-2022"]], ids=["show", "export"]
)
def test_a_reader_that_stops_early_ends_the_command_without_a_message(args: list[str]) -> None:
    with subprocess.Popen(
        [*COMMAND, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=_env()
    ) as child:
        assert child.stdout is not None
        assert child.stderr is not None
        child.stdout.readline()
        child.stdout.close()
        message = child.stderr.read()
        status = child.wait(timeout=60)
    assert message == b""
    # 141 as cat gets (128 + SIGPIPE); 0 when the last write went whole into the pipe.
    assert status in {EXIT_PIPE, EXIT_OK}
