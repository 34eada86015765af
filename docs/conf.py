"""Sphinx configuration for the cixi-innovation documentation.

The build is offline: there is no intersphinx, and references to standard-library and
third-party types that cannot be resolved without it are listed in
``nitpick_ignore_regex`` so that ``sphinx-build -W -n`` stays strict about our own names.
"""

from __future__ import annotations

import doctest as _doctest
import re
import sys
from importlib.metadata import PackageNotFoundError
from importlib.metadata import version as _distribution_version
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sphinx.application import Sphinx

project = "cixi-innovation"
author = "The cixi-innovation authors"
copyright = "2026, the cixi-innovation authors"

try:
    release: str = _distribution_version("cixi-innovation")
except PackageNotFoundError:  # building from a tree where the package is not installed
    release = "0.2.0.dev0"
version: str = ".".join(release.split(".")[:2])

language = "en"
# The Chinese edition: sphinx-build -D language=zh_CN (noxfile.py, session docs).
locale_dirs: list[str] = ["locale/"]
gettext_compact = False
gettext_location = False  # the catalogs do not change when a line moves

sys.path.insert(0, str(Path(__file__).parent / "_ext"))

extensions: list[str] = [
    # myst-nb: the MyST parser of the pages, and the notebooks executed as pages
    "myst_nb",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.doctest",
    "sphinx.ext.graphviz",
    "sphinx.ext.viewcode",
    "cixi_docs",
]

source_suffix: dict[str, str] = {
    ".md": "myst-nb",
    ".ipynb": "myst-nb",
    ".rst": "restructuredtext",
}
exclude_patterns: list[str] = ["_build", "**.ipynb_checkpoints"]

# -- MyST --------------------------------------------------------------------------------
myst_enable_extensions: list[str] = ["colon_fence", "deflist"]

# -- notebooks (myst-nb) ---------------------------------------------------------------
# notebooks/*.ipynb, copied into docs/notebooks/ when the build starts (cixi_docs), are
# executed on every build on a python3 kernel: their outputs are not kept in git.  A
# cell that raises fails the build.  No network is needed.
nb_execution_mode = "force"
nb_execution_raise_on_error = True
nb_execution_show_tb = True
nb_execution_timeout = 600
nb_merge_streams = True

# -- autodoc and napoleon ----------------------------------------------------------------
autodoc_member_order = "bysource"
autodoc_typehints = "description"
napoleon_google_docstring = True
napoleon_numpy_docstring = False

# napoleon reads "X: text" on the first line of an attribute or property docstring as the
# type X. Our types come from annotations, and such a colon is prose ("The first day the
# Measures apply (施行): ..."): an empty type in front keeps the whole line as text.
_PROSE_COLON = re.compile(r"(?<!:):(?!:)")


def _keep_colon_as_prose(
    app: object, what: str, name: str, obj: object, options: object, lines: list[str]
) -> None:
    if what in {"attribute", "data", "property"} and lines and _PROSE_COLON.search(lines[0]):
        lines[0] = ": " + lines[0]


def setup(app: Sphinx) -> None:
    """Register the project's docstring hook, before napoleon's (priority 500)."""
    app.connect("autodoc-process-docstring", _keep_colon_as_prose, priority=400)


# -- doctest -------------------------------------------------------------------------------
# The same flags as pytest's doctests (pyproject.toml); exception details are compared.
doctest_default_flags = (
    _doctest.ELLIPSIS | _doctest.NORMALIZE_WHITESPACE | _doctest.DONT_ACCEPT_TRUE_FOR_1
)

# -- graphviz ----------------------------------------------------------------------------
graphviz_output_format = "svg"

# -- nitpicky references -----------------------------------------------------------------
_BUILTINS = (
    r"(None|bool|int|float|complex|str|bytes|object|type|list|dict|tuple|set|frozenset"
    r"|Ellipsis|NotImplemented|Exception|BaseException|ValueError|TypeError|KeyError"
    r"|LookupError|ArithmeticError|RuntimeError|AttributeError|IndexError)"
)
_EXTERNAL = (
    r"(datetime|decimal|fractions|enum|collections\.abc|collections|typing|typing_extensions"
    r"|types|abc|pathlib|json|attr|attrs|dateutil|os|io|tomllib|csv|html|concurrent|argparse)(\..*)?"
)
# Bare names of stdlib types as they appear in signatures after ``from x import y``.
_BARE_STDLIB = (
    r"(date|datetime|timedelta|Decimal|Fraction|Enum|IntEnum|StrEnum|Mapping|Sequence"
    r"|Iterable|Iterator|Callable|Collection|Set|MutableMapping|Any|Self|Literal|Final"
    r"|ClassVar|TypeVar|relativedelta|Path|Executor)"
)
# Type variables of generic classes (Lifecycle[S, F], Entity[S, F] …) and private helpers
# shown as base classes or in signatures (plans._Outline, lifecycle._Node) have no page.
_TYPEVARS = r"(cixi_innovation(\.\w+)+\.)?(S|F|E|_T|_V|T)"
_PRIVATE = r"(.*\.)?_[A-Za-z]\w*(\.\w+)*"
nitpick_ignore_regex: list[tuple[str, str]] = [
    (r"py:(class|obj|exc|data)", _BUILTINS),
    (r"py:(class|obj|exc|data|func|meth|attr|mod)", _EXTERNAL),
    (r"py:(class|obj|data)", _BARE_STDLIB),
    (r"py:(class|obj)", _TYPEVARS),
    (r"py:(class|obj)", _PRIVATE),
    # results.Explainer: a private type alias, named in SimulationResult's signature.
    (r"py:(class|obj)", r"(cixi_innovation\.scenarios\.results\.)?Explainer"),
]

# -- HTML --------------------------------------------------------------------------------
html_theme = "furo"
html_title = "cixi-innovation"
html_static_path: list[str] = ["_static"]
html_css_files: list[str] = ["cixi.css"]
