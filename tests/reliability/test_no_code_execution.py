"""No input path can execute code: the library never evaluates, unpickles or imports data.

Every module of ``src/cixi_innovation`` is parsed and searched for the ways Python can
run code it is handed: ``eval``, ``exec``, ``compile``, ``__import__``,
``importlib.import_module``, pickle, marshal, shelve, YAML, ``subprocess``,
``os.system`` and friends.  Files are read with :mod:`json` and :mod:`tomllib` only.

The few uses the library makes on purpose are listed in :data:`ALLOWED` with the reason
why no caller's data reaches them; anything else found fails the test, so a new use has
to be reviewed and listed here.  ``tests/`` is not searched: the tests run the command
line in subprocesses.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

import cixi_innovation
from cixi_innovation.lifecycles.diagrams import lifecycle_for
from cixi_innovation.values.errors import InvalidChoiceError

SRC = Path(cixi_innovation.__file__).parent

#: Calls of these names run code or import it.
FORBIDDEN_CALLS = {"eval", "exec", "compile", "__import__", "breakpoint", "import_module"}
#: Modules that run, load or import code given to them as data.
FORBIDDEN_MODULES = {
    "pickle",
    "cPickle",
    "dill",
    "marshal",
    "shelve",
    "yaml",
    "subprocess",
    "ctypes",
    "runpy",
    "code",
    "codeop",
}
#: Functions of ``os`` that start programs.
FORBIDDEN_OS = {"system", "popen", "spawnl", "spawnv", "startfile"} | {
    f"exec{suffix}" for suffix in ("l", "le", "lp", "lpe", "v", "ve", "vp", "vpe")
}

#: (module, enclosing function, what) -> why no caller's data reaches it.
ALLOWED: dict[tuple[str, str, str], str] = {
    ("__init__", "__getattr__", "import_module"): (
        "imports the submodule named in the package's own table of public names (_EXPORTS); "
        "an unknown name is an AttributeError before any import"
    ),
    ("lifecycles.diagrams", "lifecycle_for", "import_module"): (
        "imports a module path from the fixed table LIFECYCLE_MODULES, after the kind was "
        "parsed into a PlatformKind member"
    ),
    ("law.coverage", "Implementation.resolve", "import_module"): (
        "imports the module of a name registered by the library's own @implements decorators"
    ),
    ("law.registry", "import_all_modules", "import_module"): (
        "imports the package itself and each of its own modules found by pkgutil"
    ),
    ("values._attrs", "_copier", "exec"): (
        "compiles a copy function whose text names the slots and attrs aliases of the "
        "library's own frozen classes (identifiers from class definitions), never data"
    ),
}


def _modules() -> list[Path]:
    return sorted(SRC.rglob("*.py"))


def _uses(path: Path) -> Iterator[tuple[str, str]]:
    """(enclosing function, what) for each call or import that can run code."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    scopes: dict[ast.AST, str] = {}

    def visit(node: ast.AST, scope: str) -> None:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            scope = f"{scope}.{node.name}" if scope else node.name
        scopes[node] = scope
        for child in ast.iter_child_nodes(node):
            visit(child, scope)

    visit(tree, "")
    for node, scope in scopes.items():
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] in FORBIDDEN_MODULES:
                    yield scope, f"import {alias.name}"
        elif isinstance(node, ast.ImportFrom):
            module = (node.module or "").split(".")[0]
            if module in FORBIDDEN_MODULES:
                yield scope, f"from {node.module} import"
            for alias in node.names:
                if alias.name in FORBIDDEN_CALLS:
                    yield scope, f"from {node.module} import {alias.name}"
        elif isinstance(node, ast.Call):
            func = node.func
            if isinstance(func, ast.Name) and func.id in FORBIDDEN_CALLS:
                yield scope, func.id
            elif isinstance(func, ast.Attribute):
                owner = func.value.id if isinstance(func.value, ast.Name) else None
                # re.compile and the like are fine; builtins.eval and importlib's are not
                if func.attr == "import_module" or (
                    owner == "builtins" and func.attr in FORBIDDEN_CALLS
                ):
                    yield scope, func.attr
                elif owner == "os" and func.attr in FORBIDDEN_OS:
                    yield scope, f"os.{func.attr}"
                elif owner in FORBIDDEN_MODULES:
                    yield scope, f"{owner}.{func.attr}"


def _findings() -> dict[tuple[str, str, str], int]:
    found: dict[tuple[str, str, str], int] = {}
    for path in _modules():
        module = ".".join(path.relative_to(SRC).with_suffix("").parts)
        for scope, what in _uses(path):
            name = what.removeprefix("from importlib import ")
            key = (module, scope, name)
            found[key] = found.get(key, 0) + 1
    return found


def test_the_search_finds_what_it_looks_for(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "import pickle\nimport subprocess as sp\nfrom yaml import safe_load\n"
        "def f(text):\n    eval(text)\n    os.system(text)\n    pickle.loads(text)\n"
        "class C:\n    def g(self, name):\n        importlib.import_module(name)\n"
        "        re.compile(name)\n        builtins.exec(name)\n",
        encoding="utf-8",
    )
    assert sorted(_uses(sample)) == [
        ("", "from yaml import"),
        ("", "import pickle"),
        ("", "import subprocess"),
        ("C.g", "exec"),
        ("C.g", "import_module"),
        ("f", "eval"),
        ("f", "os.system"),
        ("f", "pickle.loads"),
    ]


def test_no_module_runs_or_imports_code_beyond_the_reviewed_uses() -> None:
    found = _findings()
    unexpected = {key: count for key, count in found.items() if key not in ALLOWED}
    assert unexpected == {}
    assert len(_modules()) >= 25


def test_every_reviewed_use_is_still_there() -> None:
    found = _findings()
    assert {key for key in ALLOWED if key not in found} == set()


def test_files_are_read_as_json_and_toml_only() -> None:
    texts = {p.name: p.read_text(encoding="utf-8") for p in _modules()}
    readers = {name for name, text in texts.items() if "tomllib" in text or "json.load" in text}
    assert "files.py" in readers
    assert all("yaml" not in text.lower().replace("no yaml", "") for text in texts.values())


@pytest.mark.parametrize(
    "kind", ["os", "subprocess", "cixi_innovation.cli", "__import__('os')", "../complex", ""]
)
def test_a_platform_kind_is_a_choice_never_a_module_name(kind: str) -> None:
    with pytest.raises(InvalidChoiceError) as caught:
        lifecycle_for(kind)
    assert str(caught.value) == (
        f"kind: {kind!r} is not a platform kind; choose one of: complex, consortium, center"
    )
