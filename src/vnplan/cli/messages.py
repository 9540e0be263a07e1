"""What the ``vnplan`` command says when something goes wrong, in Vietnamese and English.

Each message is a pair of :meth:`str.format` templates, (Vietnamese, English); :func:`say`
picks one by ``--lang`` and fills it in. The problems found in a report's files are quoted
as :func:`vnplan.load` words them (in English, with their file and line).
"""

from __future__ import annotations

import re
from typing import Final

from vnplan.model.labels import Language

__all__ = ["MESSAGES", "argparse_message", "clip", "say"]

#: Each message of the command: its (Vietnamese, English) template.
MESSAGES: Final[dict[str, tuple[str, str]]] = {
    "error": ("vnplan: lỗi: {message}", "vnplan: error: {message}"),
    "try-help": ("(xem '{command} --help')", "(try '{command} --help')"),
    "no-sector": (
        "báo cáo không có lĩnh vực {sector}; các lĩnh vực của báo cáo: {sectors}",
        "no sector {sector} in this report; its sectors: {sectors}",
    ),
    "no-indicator": (
        "không có chỉ tiêu nào khớp với {text}",
        "no indicator matches {text}",
    ),
    "needs-output": (
        "--format datapackage cần --output THƯ_MỤC",
        "--format datapackage needs --output FOLDER",
    ),
    "unknown-dataset": (
        (
            "không có bộ dữ liệu kèm theo hay thư mục nào tên {name}{hint} (có sẵn: {known}); "
            "'vnplan datasets' liệt kê các bộ dữ liệu"
        ),
        (
            "no bundled dataset and no folder named {name}{hint} (bundled: {known}); "
            "'vnplan datasets' lists them"
        ),
    ),
    "did-you-mean": ("; có phải là {names}?", "; did you mean {names}?"),
    "no-folder": ("thư mục {name} không tồn tại", "the folder {name} does not exist"),
    "not-a-folder": (
        "{name} là một tệp, không phải thư mục báo cáo (thư mục có report.toml)",
        "{name} is a file, not a report folder (a folder holding report.toml)",
    ),
    "no-report-toml": (
        "thư mục {name} không có report.toml nên không phải là một báo cáo",
        "the folder {name} holds no report.toml, so it is no report",
    ),
    "cannot-read": ("không đọc được {name}: {reason}", "cannot read {name}: {reason}"),
    "cannot-draft": (
        "không soạn được bản nháp từ {name}: {reason}",
        "cannot draft {name}: {reason}",
    ),
    "drafted": (
        "đã ghi vào {folder}; bước tiếp theo: vnplan audit {folder}",
        "written to {folder}; next: vnplan audit {folder}",
    ),
    "problems": (
        (
            "không nạp được {name}: {count} lỗi trong các tệp dữ liệu "
            "(tệp:dòng: lỗi; sửa rồi chạy lại lệnh):"
        ),
        (
            "cannot load {name}: {count} problem(s) in its data files "
            "(file:line: problem; fix them and run the command again):"
        ),
    ),
    "cannot-write": ("không ghi được kết quả: {reason}", "cannot write output: {reason}"),
    "or-file": (", hoặc ghi ra tệp bằng --output TỆP", ", or write to a file with --output FILE"),
    "stdout-closed": (
        "không ghi được kết quả: đầu ra chuẩn (stdout) đã bị đóng",
        "cannot write output: standard output is closed",
    ),
    "cannot-encode": (
        (
            "không ghi được {kind} ra đầu ra chuẩn: bảng mã {encoding} không ghi được "
            "tiếng Việt; đặt PYTHONIOENCODING=utf-8 (hoặc PYTHONUTF8=1){or_file}"
        ),
        (
            "cannot write {kind} to standard output: its encoding, {encoding}, cannot hold "
            "Vietnamese; set PYTHONIOENCODING=utf-8 (or PYTHONUTF8=1){or_file}"
        ),
    ),
}

#: The messages of :mod:`argparse` a user meets most, as patterns, and their Vietnamese.
_ARGPARSE_VI: Final = (
    (
        r"argument (\S+): invalid choice: (.*) \(choose from (.*)\)",
        r"\1: không có lựa chọn \2 (chọn trong \3)",
    ),
    (r"argument (\S+): expected one argument", r"\1 cần một giá trị"),
    (r"the following arguments are required: (.*)", r"thiếu đối số: \1"),
    (r"unrecognized arguments: (.*)", r"đối số không hiểu được: \1"),
)


def say(key: str, lang: Language, **fields: object) -> str:
    """Return the message ``key`` in ``lang``, filled in with ``fields``."""
    vi, en = MESSAGES[key]
    return (vi if lang == "vi" else en).format(**fields)


def clip(name: str, size: int = 80) -> str:
    """Quote a name the user typed, cut to ``size`` characters: ``'dien-bien-2021'``."""
    return repr(name if len(name) <= size else name[: size - 1] + "…")


def argparse_message(message: str, lang: Language) -> str:
    """Word one of :mod:`argparse`'s error messages in ``lang`` (argparse writes English)."""
    if lang == "en":
        return message
    for pattern, words in _ARGPARSE_VI:
        if re.fullmatch(pattern, message, flags=re.DOTALL):
            return re.sub(pattern, words, message, flags=re.DOTALL)
    return message
