"""The imports between the package's modules, read from the source, and the rule of the layers.

The modules are parsed with :mod:`ast`, not imported, so the graph is what the code
says, whatever runs when it is imported.  Every ``import`` statement counts: at the top
of a module, inside a function (a lazy import) or under ``if TYPE_CHECKING:``.  Imports
made by name at run time (``importlib.import_module``) are not statements and are not
seen.

The layers are the subpackages: ``cixi_innovation.law.registry`` is in ``law``.  The
package root (``__init__.py``, whose public names ``__init__.pyi`` lists, and
``__main__.py``) stands above them.  An import of a name from the root is resolved,
through the stub, to the module that defines the name.

The rule (:data:`LAYERS`): a module imports only from its own layer and the layers
below it; ``lifecycles`` and ``rules`` sit side by side and never import each other.
:func:`check` reports every import that breaks it, and every subpackage that is not a
layer yet, as build warnings, which ``sphinx-build -W`` turns into errors.
"""

from __future__ import annotations

import ast
import importlib.util
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from sphinx.application import Sphinx
from sphinx.util import logging

from cixi_docs.markdown import PACKAGE

logger = logging.getLogger(__name__)

#: The layers, bottom first; the layers of one tuple are siblings that never import each other.
LAYERS: tuple[tuple[str, ...], ...] = (
    ("values",),
    ("law",),
    ("lifecycles", "rules"),
    ("scenarios",),
    ("cli",),
)

#: The group of the package root's own modules (``__init__``, ``__main__``).
ROOT = "root"

_RANK = {layer: rank for rank, group in enumerate(LAYERS) for layer in group}


@dataclass(frozen=True)
class Import:
    """One import statement's dependency of a module on another module of the package."""

    source: str
    target: str
    names: tuple[str, ...]
    path: Path
    line: int

    @property
    def location(self) -> str:
        """``path:line`` of the statement, as a build warning shows it."""
        return f"{self.path}:{self.line}"


def package_dir() -> Path:
    """The directory of the package's source, found without importing the package."""
    spec = importlib.util.find_spec(PACKAGE)
    if spec is None or not spec.submodule_search_locations:  # pragma: no cover
        raise ImportError(f"cannot find the {PACKAGE} package")
    return Path(next(iter(spec.submodule_search_locations)))


def _module_name(path: Path, root: Path) -> str:
    parts = [PACKAGE, *path.relative_to(root).with_suffix("").parts]
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


@cache
def modules(root: Path | None = None) -> dict[str, Path]:
    """Every module of the package (private ones included): name → source file."""
    root = root or package_dir()
    found = {
        _module_name(path, root): path
        for path in sorted(root.rglob("*.py"))
        if "__pycache__" not in path.parts
    }
    return dict(sorted(found.items()))


def layer_of(module: str) -> str:
    """The layer of ``module``: its subpackage under the root, or :data:`ROOT`."""
    parts = module.split(".")
    if len(parts) == 1 or parts[1] == "__main__":
        return ROOT
    return parts[1]


@cache
def exports(root: Path | None = None) -> dict[str, str]:
    """The root's public names (from ``__init__.pyi``) → the module that defines each."""
    stub = (root or package_dir()) / "__init__.pyi"
    table: dict[str, str] = {}
    for node in ast.parse(stub.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.ImportFrom) and node.module:
            for alias in node.names:
                table[alias.asname or alias.name] = node.module
    return table


def owner(name: str, known: dict[str, Path]) -> str | None:
    """The longest prefix of the dotted ``name`` that is a module of ``known``."""
    parts = name.split(".")
    for end in range(len(parts), 0, -1):
        candidate = ".".join(parts[:end])
        if candidate in known:
            return candidate
    return None


def _absolute(source: str, node: ast.ImportFrom, known: dict[str, Path]) -> str:
    if not node.level:
        return node.module or ""
    package = source if known[source].name == "__init__.py" else source.rpartition(".")[0]
    base = package.split(".")[: len(package.split(".")) - node.level + 1]
    return ".".join([*base, *([node.module] if node.module else [])])


def _targets(
    source: str, node: ast.Import | ast.ImportFrom, known: dict[str, Path], root: Path | None
) -> Iterator[tuple[str, tuple[str, ...]]]:
    if isinstance(node, ast.Import):
        for alias in node.names:
            found = owner(alias.name, known)
            if found:
                yield found, ()
        return
    module = _absolute(source, node, known)
    if owner(module, known) is None:
        return
    for alias in node.names:
        if f"{module}.{alias.name}" in known:
            yield f"{module}.{alias.name}", ()
        elif module == PACKAGE and alias.name in exports(root):
            yield exports(root)[alias.name], (alias.name,)
        else:
            yield owner(module, known) or module, (alias.name,)


@cache
def imports(root: Path | None = None) -> tuple[Import, ...]:
    """Every dependency of a module of the package on another, one per imported module."""
    known = modules(root)
    found: list[Import] = []
    for source, path in known.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Import | ast.ImportFrom):
                continue
            merged: dict[str, list[str]] = defaultdict(list)
            for target, names in _targets(source, node, known, root):
                merged[target].extend(names)
            found += [
                Import(source, target, tuple(names), path, node.lineno)
                for target, names in merged.items()
                if target != source
            ]
    return tuple(found)


def _root_constants(root: Path | None = None) -> frozenset[str]:
    """The names the root's ``__init__.py`` assigns itself (``__version__``): no import behind."""
    tree = ast.parse(modules(root)[PACKAGE].read_text(encoding="utf-8"))
    return frozenset(
        target.id
        for node in tree.body
        if isinstance(node, ast.Assign)
        for target in node.targets
        if isinstance(target, ast.Name)
    )


def is_constant_of_root(found: Import, root: Path | None = None) -> bool:
    """True for ``from cixi_innovation import __version__``: a constant, not a layer."""
    return (
        found.target == PACKAGE
        and bool(found.names)
        and set(found.names) <= _root_constants(root) - {"__all__"}
    )


def between_layers(root: Path | None = None) -> dict[tuple[str, str], list[Import]]:
    """The imports from one group (a layer or the root) to another, by (importer, imported)."""
    pairs: dict[tuple[str, str], list[Import]] = defaultdict(list)
    for found in imports(root):
        source, target = layer_of(found.source), layer_of(found.target)
        if source != target and not is_constant_of_root(found, root):
            pairs[source, target].append(found)
    return dict(pairs)


def problem(found: Import, root: Path | None = None) -> str | None:
    """Why ``found`` breaks the rule of the layers, or None if it keeps it."""
    source, target = layer_of(found.source), layer_of(found.target)
    if source in {target, ROOT} or is_constant_of_root(found, root):
        return None
    if target == ROOT:
        return "imports the package root, which loads every layer"
    if source not in _RANK or target not in _RANK:
        return None  # reported once per subpackage by unplaced()
    if _RANK[target] > _RANK[source]:
        return f"goes up the layers, from {source} to {target}"
    if _RANK[target] == _RANK[source]:
        return f"joins the sibling layers {source} and {target}, which never import each other"
    return None


def unplaced(root: Path | None = None) -> list[str]:
    """Subpackages (or root modules) that are no layer of :data:`LAYERS`."""
    return sorted({layer_of(m) for m in modules(root)} - set(_RANK) - {ROOT})


def problems(root: Path | None = None) -> list[tuple[Import | None, str]]:
    """Every break of the rule: (the import, why), or (None, why) for an unplaced layer."""
    out: list[tuple[Import | None, str]] = [
        (None, f"{PACKAGE}.{name} is in no layer: add it to LAYERS in {__name__}")
        for name in unplaced(root)
    ]
    for found in imports(root):
        why = problem(found, root)
        if why is not None:
            out.append((found, why))
    return out


def groups(root: Path | None = None) -> list[str]:
    """The layers in order, bottom first, then any subpackage not placed yet."""
    present = {layer_of(m) for m in modules(root)}
    ordered = [layer for group in LAYERS for layer in group if layer in present]
    return ordered + unplaced(root)


def layer_modules(layer: str, root: Path | None = None) -> list[str]:
    """The modules of ``layer``, the subpackage itself first."""
    return [m for m in modules(root) if layer_of(m) == layer]


def check(app: Sphinx | None = None) -> None:
    """Warn (an error under ``-W``) for every import against the rule of the layers."""
    for found, why in problems():
        if found is None:
            logger.warning("layers: %s", why)
        else:
            logger.warning(
                "layers: %s imports %s: %s",
                found.source,
                found.target,
                why,
                location=found.location,
            )


def summary(module: str, root: Path | None = None) -> str:
    """The first paragraph of the module's docstring, read from the source, on one line."""
    doc = ast.get_docstring(ast.parse(modules(root)[module].read_text(encoding="utf-8")))
    return " ".join((doc or "").split("\n\n")[0].split())
