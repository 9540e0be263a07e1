"""The registry of bundled reports, and loading a report by name or from a folder."""

from __future__ import annotations

import os
import re
import threading
from typing import TYPE_CHECKING

import attrs

from vnplan._enums import ReportKind
from vnplan.exceptions import UnknownDatasetError
from vnplan.model import Report

if TYPE_CHECKING:
    # importlib.resources costs several ms (it imports tempfile, shutil, lzma): only loading
    # a report needs it, so that import vnplan stays light.
    from importlib.resources.abc import Traversable
    from pathlib import Path

__all__ = ["DatasetInfo", "datasets", "load"]

#: A bundled name, as a pattern (compiled on first use, by :mod:`re`'s cache).
_NAME = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"


@attrs.frozen(kw_only=True)
class DatasetInfo:
    """A report bundled with vnplan."""

    #: The name to load it by, e.g. ``"dien-bien-2022"``.
    name: str
    #: The province, as it was when the report was issued.
    province: str
    #: The report's number, e.g. ``"350/BC-UBND"``; ``None`` for a kind without one.
    number: str | None
    #: The year the report gives account of.
    year: int
    #: The year whose plan it sets; ``None`` when it sets none.
    plan_year: int | None
    #: A one-line description.
    title: str
    #: The package folder holding its data files.
    folder: str
    #: What kind of document it is (``administrative-report``, ``compilation`` …).
    kind: ReportKind = ReportKind.ADMINISTRATIVE_REPORT


_BUNDLED: tuple[DatasetInfo, ...] = (
    DatasetInfo(
        name="dien-bien-2022",
        province="Điện Biên",
        number="350/BC-UBND",
        year=2022,
        plan_year=2023,
        title=(
            "Báo cáo tình hình thực hiện Kế hoạch phát triển kinh tế - xã hội năm 2022 và "
            "Kế hoạch năm 2023, tỉnh Điện Biên (ngày 02 tháng 12 năm 2022)"
        ),
        folder="dien_bien_2022",
    ),
    DatasetInfo(
        name="dien-bien-2023",
        province="Điện Biên",
        number=None,
        year=2023,
        plan_year=None,
        title=(
            "Kết quả thực hiện năm 2023 tỉnh Điện Biên: số liệu tổng hợp từ thông cáo thống kê "
            "và báo chí, mỗi số liệu ghi nguồn riêng"
        ),
        folder="dien_bien_2023",
        kind=ReportKind.COMPILATION,
    ),
)


def datasets() -> tuple[DatasetInfo, ...]:
    """List the reports bundled with vnplan.

    Returns:
        One :class:`DatasetInfo` per bundled report, by name.

    >>> [(d.name, d.kind.value) for d in datasets()]
    [('dien-bien-2022', 'administrative-report'), ('dien-bien-2023', 'compilation')]
    """
    return _BUNDLED


def _bundled_folder(info: DatasetInfo) -> Traversable:
    from importlib.resources import files  # noqa: PLC0415 (see the imports above)

    return files("vnplan").joinpath("data", info.folder)


def _suggest(source: str, names: list[str]) -> list[str]:
    """The bundled names close to ``source``, read without case, diacritics or ``_``."""
    import difflib  # noqa: PLC0415 (only for the error's suggestions)
    import unicodedata  # noqa: PLC0415 (same)

    text = source.replace("đ", "d").replace("Đ", "D").replace("_", "-").casefold()
    text = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    text = "-".join(text.split())
    if text in names:  # the name itself, typed otherwise: no other guess
        return [text]
    return difflib.get_close_matches(text, names, n=3, cutoff=0.5)


#: The bundled reports read so far, by name; and the lock that has each read once only,
#: however many threads ask for it first at the same time.
_LOADED: dict[str, Report] = {}
_LOADING = threading.Lock()


def _load_bundled(name: str) -> Report:
    try:
        return _LOADED[name]
    except KeyError:
        pass
    with _LOADING:
        if name not in _LOADED:  # (another thread may have read it meanwhile)
            from vnplan.io.folder import load_folder  # noqa: PLC0415 - parsing loads on first use

            info = next(d for d in _BUNDLED if d.name == name)
            _LOADED[name] = load_folder(_bundled_folder(info))
        return _LOADED[name]


def _exists(path: Path) -> bool:
    """Whether ``path`` names anything; a path the system refuses names nothing."""
    try:
        return path.exists()
    except (OSError, ValueError):
        return False


def _is_dir(path: Path) -> bool:
    """Whether ``path`` is a folder; ``False`` too for what no folder can be named.

    A name too long for the file system, or with a NUL, is no folder: ``Path.is_dir``
    raises for the first (``OSError: File name too long``) on Python before 3.14.
    """
    try:
        return path.is_dir()
    except (OSError, ValueError):
        return False


def load(source: str | os.PathLike[str]) -> Report:
    """Load a bundled report by name, or a report of your own from its folder.

    A bundled report is read from the package's data files once, on first use, and the
    same :class:`~vnplan.Report` is returned on every later call, in every thread. A
    folder is read anew on every call, with the same validation and limits (see
    :doc:`/data-format`).

    Args:
        source: A bundled name such as ``"dien-bien-2022"`` (see :func:`datasets`), or
            the path of a folder holding ``report.toml`` and section files.

    Returns:
        The report.

    Raises:
        UnknownDatasetError: ``source`` is neither a bundled name nor a report folder.
        DataError: The folder's files have problems; every problem is listed.

    >>> report = load("dien-bien-2022")
    >>> report.number
    '350/BC-UBND'
    """
    from pathlib import Path  # noqa: PLC0415 (import vnplan need not import pathlib)

    if isinstance(source, str) and re.match(_NAME, source):
        names = [d.name for d in _BUNDLED]
        if source in names:
            return _load_bundled(source)
        if not _is_dir(Path(source)):
            raise UnknownDatasetError(
                source, names, reason="no bundled dataset", suggestions=_suggest(source, names)
            )
    if not isinstance(source, str | os.PathLike):
        raise UnknownDatasetError(
            repr(source), [d.name for d in _BUNDLED], reason="expected a name or a folder path"
        )
    path = Path(source)
    names = [d.name for d in _BUNDLED]
    if not _is_dir(path):
        exists = _exists(path)
        raise UnknownDatasetError(
            str(source),
            names,
            reason="not a folder"
            if exists
            else "no bundled name, and no folder of that path exists",
            suggestions=[] if exists else _suggest(str(source), names),
        )
    if not (path / "report.toml").is_file():
        raise UnknownDatasetError(
            str(source), names, reason="the folder holds no report.toml, so it is no report"
        )
    from vnplan.io.folder import load_folder  # noqa: PLC0415 - parsing loads on first use

    return load_folder(path)
