"""Sphinx configuration for the vnplan docs (built with ``-n -W``: warnings are errors)."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))

import _gen_audit  # noqa: E402 - importable once the docs folder is on the path
import _gen_dataset  # noqa: E402
import _gen_plan  # noqa: E402

from vnplan import __version__  # noqa: E402 - grouped with the import above

# Pages generated from the bundled data at build time.
_gen_dataset.write(HERE / "_generated" / "dataset.md")
_gen_audit.write(HERE / "_generated" / "audit-findings.md")
_gen_plan.write(HERE / "_generated" / "plan-2023.md")
# The tutorial is the example notebook, rendered (and executed) as a page of the docs.
shutil.copyfile(HERE.parent / "examples" / "dien-bien-2022.ipynb", HERE / "tutorial.ipynb")

project = "vnplan"
author = "The vnplan developers"
copyright = "2026, The vnplan developers"
release = __version__
version = __version__

extensions = [
    "myst_nb",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.viewcode",
]
myst_enable_extensions = ["colon_fence", "deflist"]
exclude_patterns = ["_build", "_generated", "Thumbs.db", ".DS_Store", "jupyter_execute"]

# The tutorial notebook (examples/dien-bien-2022.ipynb, linked as docs/tutorial.ipynb) is
# executed at every build, so the rendered page shows real output; an error fails the build.
nb_execution_mode = "force"
nb_execution_raise_on_error = True
nb_execution_timeout = 120
# Run it in a temporary folder, so that a build writes nothing into the docs folder.
nb_execution_in_temp = True
language = "en"

autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_default_options = {"members": True, "show-inheritance": True}
napoleon_google_docstring = True
napoleon_numpy_docstring = False

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
    (r"py:.*", r"T|_T|Self|Any|Literal|TypeAlias|vnplan\.(\w+\.)*_\w+"),
    (r"py:.*", r"fractions\.Fraction|Fraction"),
    # Amount is a private type alias (Decimal | int | figure | (value, unit) | quantity).
    (r"py:.*", r"'?(vnplan\.calc\.attainment\.)?Amount'?|TypeAliasForwardRef"),
]

html_theme = "furo"
html_static_path = ["_static"]
html_css_files = ["vnplan.css"]
html_title = f"vnplan {version}"
