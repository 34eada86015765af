"""The package root: every public name, loaded on first use."""

from __future__ import annotations

import ast
import importlib
import subprocess
import sys
from pathlib import Path

import pytest

import cixi_innovation as ci

INIT = Path(ci.__file__)


def test_every_exported_name_resolves_to_its_submodule_object() -> None:
    for name in ci.__all__:
        if name == "__version__":
            continue
        module = importlib.import_module(f"cixi_innovation.{ci._EXPORTS[name]}")
        assert getattr(ci, name) is getattr(module, name), name
        assert name in module.__all__, name


def test_the_lazy_table_is_read_from_the_stub_type_checkers_read() -> None:
    tree = ast.parse(INIT.with_suffix(".pyi").read_text(encoding="utf-8"))
    static: dict[str, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            for alias in node.names:
                assert alias.asname == alias.name  # explicit re-export
                static[alias.name] = node.module.removeprefix("cixi_innovation.")
    assert static == ci._EXPORTS
    assert len(static) == 287


def test_the_root_lists_each_public_name_once_and_leaks_no_helper() -> None:
    assert len(ci.__all__) == len(set(ci.__all__)) == 288
    public = [name for name in dir(ci) if not name.startswith("__")]
    # the layers' subpackages appear once a name of theirs has been loaded
    assert sorted(
        set(public) - {"values", "law", "lifecycles", "rules", "scenarios", "cli"}
    ) == sorted(ci._EXPORTS)
    assert "annotations" not in dir(ci)
    assert "TYPE_CHECKING" not in dir(ci)


def test_unknown_names_raise_attribute_error() -> None:
    with pytest.raises(AttributeError, match="has no attribute 'MEASURESS'"):
        _ = ci.MEASURESS  # type: ignore[attr-defined]
    assert "MEASURES" in dir(ci)
    assert ci.__version__ == "0.1.0"


def test_importing_the_package_loads_no_submodule() -> None:
    code = (
        "import sys, cixi_innovation; "
        "print(sorted(m for m in sys.modules if m.startswith('cixi_innovation.')))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]"
