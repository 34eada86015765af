"""Helpers of the scenario tests: a fresh copy of the default document, its problems."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from cixi_innovation.scenarios.default import DEFAULT_SCENARIO_DATA
from cixi_innovation.scenarios.problems import ScenarioError
from cixi_innovation.scenarios.scenario import Scenario


def data() -> dict[str, Any]:
    """A deep copy of the default scenario's plain data, for a test to change."""
    return copy.deepcopy(DEFAULT_SCENARIO_DATA)


def problems(raw: object) -> list[str]:
    """The problems, as text, of loading ``raw`` (which must fail)."""
    with pytest.raises(ScenarioError) as caught:
        Scenario.from_data(raw)
    return [str(p) for p in caught.value.problems]
