"""Helpers of the scenario tests: a fresh copy of the default document, variants, problems."""

from __future__ import annotations

import copy
from collections.abc import Callable
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


def variant(change: Callable[[dict[str, Any]], object]) -> Scenario:
    """The default scenario after ``change`` to a fresh copy of its plain data."""
    raw = data()
    change(raw)
    return Scenario.from_data(raw)


def uncertain() -> Scenario:
    """The default portfolio with its yearly outcomes left to probabilities."""

    def change(raw: dict[str, Any]) -> None:
        for spec in raw["platforms"]:
            for facts in spec.get("years", {}).values():
                for key in ("assessment", "higher_level_evaluation", "acceptance", "mid_term"):
                    facts.pop(key, None)
        raw["probabilities"] = {
            "unqualified_annual_assessment": "1/4",
            "poor_higher_level_evaluation": "1/10",
            "unqualified_consortium_acceptance": "1/2",
            "poor_mid_term": "1/2",
        }

    return variant(change)
