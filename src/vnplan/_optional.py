"""Optional dependencies: import one, or say which extra of vnplan brings it."""

from __future__ import annotations

import importlib
from types import ModuleType

__all__ = ["require_pandas"]


def require_pandas() -> ModuleType:
    """Import pandas, or say which extra brings it.

    Returns:
        The ``pandas`` module.

    Raises:
        ImportError: pandas is not installed; the message names ``vnplan[pandas]``.
    """
    try:
        return importlib.import_module("pandas")
    except ImportError as error:
        raise ImportError(
            "pandas frames need pandas, which is not installed; install the extra with "
            "`pip install 'vnplan[pandas]'`"
        ) from error
