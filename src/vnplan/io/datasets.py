"""The registry of bundled reports, and loading a report by name or from a folder."""

from __future__ import annotations

import functools
import os
import re
from typing import TYPE_CHECKING

import attrs

from vnplan._enums import ReportKind
from vnplan.exceptions import UnknownDatasetError
from vnplan.model import Report

if TYPE_CHECKING:
    # importlib.resources costs several ms (it imports tempfile, shutil, lzma): only loading
    # a report needs it, so that import vnplan stays light.
    from importlib.resources.abc import Traversable

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


@functools.cache
def _load_bundled(name: str) -> Report:
    from vnplan.io.folder import load_folder  # noqa: PLC0415 - parsing loads on first use

    info = next(d for d in _BUNDLED if d.name == name)
    return load_folder(_bundled_folder(info))


def load(source: str | os.PathLike[str]) -> Report:
    """Load a bundled report by name, or a report of your own from its folder.

    A bundled report is read from the package's data files once, on first use, and the
    same :class:`~vnplan.Report` is returned on every later call. A folder is read anew
    on every call, with the same validation (see :doc:`/data-format`).

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
        if not Path(source).is_dir():
            import difflib  # noqa: PLC0415 (only for the error's suggestions)

            close = difflib.get_close_matches(source, names, n=3, cutoff=0.5)
            hint = f"; did you mean {', '.join(map(repr, close))}?" if close else ""
            raise UnknownDatasetError(source, names, reason=f"no bundled dataset{hint}")
    if not isinstance(source, str | os.PathLike):
        raise UnknownDatasetError(
            repr(source), [d.name for d in _BUNDLED], reason="expected a name or a folder path"
        )
    path = Path(source)
    names = [d.name for d in _BUNDLED]
    if not path.is_dir():
        raise UnknownDatasetError(str(source), names, reason="not a bundled name nor a folder")
    if not (path / "report.toml").is_file():
        raise UnknownDatasetError(
            str(source), names, reason="the folder holds no report.toml, so it is no report"
        )
    from vnplan.io.folder import load_folder  # noqa: PLC0415 - parsing loads on first use

    return load_folder(path)
