"""Sphinx configuration for the vnplan docs (built with ``-n -W``: warnings are errors)."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))

import _gen_dataset  # noqa: E402 - importable once the docs folder is on the path

from vnplan import __version__  # noqa: E402 - grouped with the import above

# Pages generated from the bundled data at build time.
_gen_dataset.write(HERE / "_generated" / "dataset.md")

project = "vnplan"
author = "The vnplan developers"
copyright = "2026, The vnplan developers"
release = __version__
version = __version__

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.intersphinx",
    "sphinx.ext.viewcode",
]
myst_enable_extensions = ["colon_fence", "deflist"]
source_suffix = {".md": "markdown", ".rst": "restructuredtext"}
exclude_patterns = ["_build", "Thumbs.db", ".DS_Store"]
language = "en"

autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_default_options = {"members": True, "show-inheritance": True}
napoleon_google_docstring = True
napoleon_numpy_docstring = False

intersphinx_mapping = {
    "python": ("https://docs.python.org/3", None),
}
# The docs build offline; intersphinx inventories cannot be fetched, so cross-references
# to the standard library are not resolved rather than warned about.
intersphinx_disabled_reftypes = ["*"]
nitpick_ignore_regex = [
    (r"py:.*", r"(decimal\.)?Decimal"),
    (r"py:.*", r"datetime\.date|date"),
    (r"py:.*", r"pint\..*|Quantity|UnitRegistry"),
    (r"py:.*", r"collections\.abc\..*|typing\..*|Sequence|Iterable|Iterator|Mapping|Callable"),
    (r"py:.*", r"(pathlib\.)?Path|os\.PathLike|PathLike"),
    (r"py:.*", r"attrs?\..*|Attribute"),
    (r"py:.*", r"hypothesis\..*|SearchStrategy|st\..*"),
    (r"py:.*", r"pandas\..*|pd\..*|DataFrame|matplotlib\..*|Figure"),
    (r"py:.*", r"enum\..*|StrEnum|str|int|bool|object|None|float|tuple|list|dict|type|bytes"),
    (r"py:.*", r"T|_T|Self|Any|Literal|TypeAlias|vnplan\._.*"),
]

html_theme = "furo"
html_title = f"vnplan {version}"
