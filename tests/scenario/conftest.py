"""Fixtures of the scenario tests."""

from __future__ import annotations

from typing import Any

import pytest

from cixi_innovation.scenarios.default import default_scenario
from cixi_innovation.scenarios.simulation import simulate


@pytest.fixture(scope="module")
def result() -> Any:
    """The simulation of the default scenario (once per test module)."""
    return simulate(default_scenario())
