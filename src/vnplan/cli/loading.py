"""Loading the report a command names: a bundled name, or a folder, said to be wrong in words."""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import TYPE_CHECKING

from vnplan.cli.messages import clip, say
from vnplan.exceptions import DataError, UnknownDatasetError
from vnplan.model.labels import Language

if TYPE_CHECKING:
    from collections.abc import Sequence

    from vnplan.model import Report

__all__ = ["LoadError", "load_report"]


class LoadError(Exception):
    """The report the command line names cannot be loaded.

    Args:
        message: What is wrong, in the command's language.
        details: More lines: the problems of a broken report, one per line.
    """

    def __init__(self, message: str, details: Sequence[str] = ()) -> None:
        super().__init__(message)
        self.details = tuple(details)


def _looks_like_path(name: str) -> bool:
    separators = [os.sep] + ([os.altsep] if os.altsep else [])
    return any(sep in name for sep in separators) or name.startswith((".", "~"))


def _check_folder(name: str, lang: Language) -> None:
    """Say what is wrong with ``name`` as a folder, if that is what it names."""
    path = Path(name)
    try:
        exists, folder = path.exists(), path.is_dir()
    except (OSError, ValueError):  # a name too long for a path, or holding a NUL
        exists = folder = False
    if folder:
        if not (path / "report.toml").is_file():
            raise LoadError(say("no-report-toml", lang, name=clip(name)))
    elif exists:
        raise LoadError(say("not-a-folder", lang, name=clip(name)))
    elif _looks_like_path(name):
        raise LoadError(say("no-folder", lang, name=clip(name)))
    # Otherwise load() says that no bundled dataset has that name, and which are close.


def load_report(args: argparse.Namespace) -> Report:
    """Load the report ``NAME``, or raise :class:`LoadError` saying why not."""
    from vnplan.io import datasets, load  # noqa: PLC0415 - keep --help fast

    name: str = args.name
    lang: Language = args.lang
    if name not in {d.name for d in datasets()}:
        _check_folder(name, lang)
    try:
        return load(name)
    except UnknownDatasetError as error:
        close = ", ".join(map(repr, error.suggestions))
        hint = say("did-you-mean", lang, names=close) if close else ""
        known = ", ".join(error.known)
        message = say("unknown-dataset", lang, name=clip(name), hint=hint, known=known)
        raise LoadError(message) from error
    except DataError as error:
        header = say("problems", lang, name=clip(name), count=len(error.problems))
        raise LoadError(header, [str(p) for p in error.problems]) from error
    except (OSError, UnicodeError, RecursionError) as error:
        # The loader turns what it finds in a report's files into a DataError; these are
        # what it cannot: a name the system refuses, a file it may not read.
        reason = error.strerror if isinstance(error, OSError) and error.strerror else error
        raise LoadError(say("cannot-read", lang, name=clip(name), reason=reason)) from error
