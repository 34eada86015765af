"""Helpers of the scenario tests: a fresh copy of the default document, variants, problems."""

from __future__ import annotations

import copy
from collections.abc import Callable, Mapping
from typing import Any

import pytest

from cixi_innovation.scenarios.default import DEFAULT_SCENARIO_DATA
from cixi_innovation.scenarios.problems import ScenarioError
from cixi_innovation.scenarios.scenario import Scenario


def data() -> dict[str, Any]:
    """A deep copy of the default scenario's plain data, for a test to change."""
    return copy.deepcopy(DEFAULT_SCENARIO_DATA)


#: Put in place of a value by :func:`changed`: the key is removed instead.
DELETED = object()


def changed(raw: dict[str, Any], changes: Mapping[str, object]) -> dict[str, Any]:
    """``raw`` with each dotted path of ``changes`` set to its value (or removed).

    A part of a path indexes a list where the document holds one (``platforms.0``).
    """
    for path, value in changes.items():
        *outer, last = path.split(".")
        part: Any = raw
        for key in outer:
            part = part[int(key)] if isinstance(part, list) else part[key]
        target: Any = int(last) if isinstance(part, list) else last
        if value is DELETED:
            del part[target]
        else:
            part[target] = value
    return raw


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
