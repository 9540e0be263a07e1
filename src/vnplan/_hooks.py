"""Display hooks: how model objects show themselves, without the model importing display.

The model and the audit's results offer ``_repr_html_`` and ``to_pandas()``, but the
code that writes HTML and builds frames lives in the display layer, above them. Lower
layers call :func:`call` with a hook's name; the façade (:mod:`vnplan`) names, once, the
function of the display layer that answers it, as ``"module:function"`` text, and the
module is imported on first use (so ``import vnplan`` imports neither HTML nor pandas
code). This keeps every import pointing down the layers.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any, Final

__all__ = ["call", "register"]

_TARGETS: Final[dict[str, str]] = {}
_RESOLVED: Final[dict[str, Callable[..., Any]]] = {}


def register(name: str, target: str) -> None:
    """Say which function answers the hook ``name``: ``"package.module:function"``."""
    module, _, function = target.partition(":")
    if not module or not function:
        raise ValueError(f"'target' must be 'module:function' (got {target!r})")
    _TARGETS[name] = target
    _RESOLVED.pop(name, None)


def call(name: str, *args: object) -> Any:  # noqa: ANN401 (a hook returns what its function does)
    """Call the function registered for ``name`` with ``args``, importing it on first use.

    Raises:
        LookupError: no function is registered for ``name``.
    """
    function = _RESOLVED.get(name)
    if function is None:
        try:
            target = _TARGETS[name]
        except KeyError:
            raise LookupError(
                f"no display hook {name!r} is registered (registered: {sorted(_TARGETS)})"
            ) from None
        module, _, attribute = target.partition(":")
        function = getattr(importlib.import_module(module), attribute)
        _RESOLVED[name] = function
    return function(*args)
