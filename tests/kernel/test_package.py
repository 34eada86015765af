"""The package root: every public name, loaded on first use."""

from __future__ import annotations

import ast
import importlib
import inspect
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
    assert len(static) == 320


def test_the_root_lists_each_public_name_once_and_leaks_no_helper() -> None:
    assert len(ci.__all__) == len(set(ci.__all__)) == 321
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
    assert ci.__version__ == "0.2.0.dev0"


def test_importing_the_package_loads_no_submodule() -> None:
    code = (
        "import sys, cixi_innovation; "
        "print(sorted(m for m in sys.modules if m.startswith('cixi_innovation.')))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]"


def test_signatures_show_the_package_defaults_by_their_names() -> None:
    apply = str(inspect.signature(ci.Complex.apply))
    assert "measures: 'Measures' = MEASURES" in apply
    assert "parameters: 'Parameters' = PARAMETERS" in apply
    assert "readings: 'Readings' = READINGS" in apply
    assert "parameters: 'Parameters' = PARAMETERS" in str(inspect.signature(ci.operating_subsidy))
    assert (repr(ci.MEASURES), repr(ci.PARAMETERS), repr(ci.READINGS)) == (
        "MEASURES",
        "PARAMETERS",
        "READINGS",
    )


def test_other_values_of_the_default_classes_show_their_fields() -> None:
    changed = ci.PARAMETERS.replace(operating_subsidy_cap="400000")
    assert repr(changed).startswith("Parameters(complex_round_years=5, ")
    assert "operating_subsidy_cap=Decimal('400000.00')" in repr(changed)
    assert repr(ci.Readings()).startswith("Readings(consultation=<ConsultationReading.")
    equal_copy = ci.Measures()
    assert equal_copy == ci.MEASURES
    assert repr(equal_copy).startswith("Measures(title_zh='慈溪市产业创新平台管理暂行办法', ")


def test_the_table_of_names_is_read_on_its_first_use(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delattr(ci, "_EXPORTS", raising=False)
    monkeypatch.delattr(ci, "__all__", raising=False)
    assert ci.__all__[0] == "__version__"
    assert ci._EXPORTS["operating_subsidy"] == "rules.subsidy"
    monkeypatch.delattr(ci, "_EXPORTS")
    assert ci._EXPORTS["MEASURES"] == "law.measures"
