"""Sphinx configuration for the cixi-innovation documentation.

The build is offline: there is no intersphinx, and references to standard-library and
third-party types that cannot be resolved without it are listed in
``nitpick_ignore_regex`` so that ``sphinx-build -W -n`` stays strict about our own names.
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError
from importlib.metadata import version as _distribution_version

project = "cixi-innovation"
author = "The cixi-innovation authors"
copyright = "2026, the cixi-innovation authors"

try:
    release: str = _distribution_version("cixi-innovation")
except PackageNotFoundError:  # building from a tree where the package is not installed
    release = "0.1.0"
version: str = ".".join(release.split(".")[:2])

language = "en"

extensions: list[str] = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.doctest",
    "sphinx.ext.graphviz",
    "sphinx.ext.viewcode",
]

source_suffix: dict[str, str] = {".md": "markdown", ".rst": "restructuredtext"}
exclude_patterns: list[str] = ["_build"]

# -- MyST --------------------------------------------------------------------------------
myst_enable_extensions: list[str] = ["colon_fence", "deflist"]

# -- autodoc and napoleon ----------------------------------------------------------------
autodoc_member_order = "bysource"
autodoc_typehints = "description"
napoleon_google_docstring = True
napoleon_numpy_docstring = False

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
    r"|types|abc|pathlib|json|attr|attrs|dateutil)\..*"
)
# Bare names of stdlib types as they appear in signatures after ``from x import y``.
_BARE_STDLIB = (
    r"(date|datetime|timedelta|Decimal|Fraction|Enum|IntEnum|StrEnum|Mapping|Sequence"
    r"|Iterable|Iterator|Callable|Collection|Set|MutableMapping|Any|Self|Literal|Final"
    r"|ClassVar|TypeVar|relativedelta|Path)"
)
nitpick_ignore_regex: list[tuple[str, str]] = [
    (r"py:(class|obj|exc|data)", _BUILTINS),
    (r"py:(class|obj|exc|data|func|meth|attr|mod)", _EXTERNAL),
    (r"py:(class|obj|data)", _BARE_STDLIB),
]

# -- HTML --------------------------------------------------------------------------------
html_theme = "furo"
html_title = "cixi-innovation"
html_static_path: list[str] = ["_static"]
