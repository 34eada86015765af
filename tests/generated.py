"""The benchmarks' generator of all-different portfolios, loaded for the tests."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

_PATH = Path(__file__).resolve().parents[1] / "benchmarks" / "portfolios.py"


def _generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("benchmark_portfolios", _PATH)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


#: ``benchmarks/portfolios.py``: ``portfolio(n, seed)``, ``portfolio_data``, ``portfolio_toml``.
portfolios = _generator()
