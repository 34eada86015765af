"""Checking a scenario as a simulation reads it (校验): every problem at once.

Reading a scenario file checks its format and its values; some problems only show
when the scenario is simulated: an outcome that is needed in a year and given
neither as a fact nor as a probability (a horizon moved to 2019 or 2040, a platform
dated 1901), an event the lifecycle refuses (a recognition dated before the
platform's application).  :func:`check_scenario` runs the very simulation that
:func:`~cixi_innovation.scenarios.simulation.simulate` runs, so that a scenario it
passes is one ``simulate`` accepts with the same seed, and the other way round.

A simulation stops at its first problem; to report the others in the same pass, each
platform after the one at fault is then simulated alone (the platforms before it
passed), and its problems are named by its place in the whole scenario.
"""

from __future__ import annotations

import re

import attrs

from cixi_innovation.scenarios._wording import A_SCENARIO, not_a
from cixi_innovation.scenarios.problems import Problem, ScenarioError
from cixi_innovation.scenarios.scenario import Scenario
from cixi_innovation.scenarios.simulation import simulate
from cixi_innovation.values.errors import CixiError

__all__ = ["check_scenario", "problems_of"]

_PLATFORM = re.compile(r"platforms\[(\d+)\]")


def problems_of(error: CixiError) -> tuple[Problem, ...]:
    """The problems an error reports, each with its path (and the articles it cites)."""
    if isinstance(error, ScenarioError):
        return error.problems
    return (Problem.of(error, error.field or ""),)


def _first_platform(problems: tuple[Problem, ...]) -> int | None:
    found = _PLATFORM.match(problems[0].path) if problems else None
    return None if found is None else int(found.group(1))


def _moved(problem: Problem, index: int) -> Problem:
    """``problem`` of a platform simulated alone, named by its place ``index``."""
    path = _PLATFORM.sub(f"platforms[{index}]", problem.path, count=1)
    return problem.at(path)


def _simulated(scenario: Scenario, seed: object) -> tuple[Problem, ...]:
    try:
        simulate(scenario, seed)
    except CixiError as error:
        return problems_of(error)
    return ()


def check_scenario(scenario: Scenario, seed: object = 0) -> tuple[Problem, ...]:
    """Every problem the simulation of ``scenario`` meets; none when it simulates.

    Args:
        scenario: the scenario, read and validated.
        seed: the seed of the outcomes drawn from the probabilities (the command
            line's ``simulate`` uses 0 unless told another).

    Returns:
        The problems, each with its path (and the article it falls under), in the
        order of the platforms; empty exactly when ``simulate(scenario, seed)`` succeeds.

    Raises:
        InputError: ``scenario`` is not a Scenario.

    >>> from cixi_innovation.scenarios.default import default_scenario
    >>> check_scenario(default_scenario())
    ()
    """
    if not isinstance(scenario, Scenario):
        raise not_a(scenario, A_SCENARIO, "scenario")
    problems = _simulated(scenario, seed)
    first = _first_platform(problems)
    if first is None:
        return problems
    found = list(problems)
    for index in range(first + 1, len(scenario.platforms)):
        alone = attrs.evolve(scenario, platforms=(scenario.platforms[index],))
        found += [_moved(p, index) for p in _simulated(alone, seed)]
    return tuple(found)
