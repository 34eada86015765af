"""Checking a scenario as a simulation reads it (校验): every problem at once.

Reading a scenario file checks its format and its values; some problems only show
when the scenario is simulated: an outcome that is needed in a year and given
neither as a fact nor as a probability (a horizon moved to 2019 or 2040, a platform
dated 1901), an event the lifecycle refuses (a recognition dated before the
platform's application).  :func:`check_scenario` runs the very simulation that
:func:`~cixi_innovation.scenarios.simulation.simulate` runs, so that a scenario it
passes is one ``simulate`` accepts with the same seed, and the other way round.

A simulation stops at its first problem; when the scenario has one, the checking pass
of ``_checking`` runs it again to report the others in the same pass, recovering from
each as a compiler does: a refused given event is left out, and a missing outcome is
followed with each of its values (see that module for what is reported and why no
problem is reported that a correct file would not have).
"""

from __future__ import annotations

from cixi_innovation.lifecycles.refusals import EventRefusedError
from cixi_innovation.scenarios._checking import _every_problem
from cixi_innovation.scenarios._wording import A_SCENARIO, not_a
from cixi_innovation.scenarios.problems import Problem, ScenarioError
from cixi_innovation.scenarios.scenario import Scenario
from cixi_innovation.scenarios.simulation import simulate
from cixi_innovation.values.errors import CixiError

__all__ = ["check_scenario", "problems_of"]


def problems_of(error: CixiError) -> tuple[Problem, ...]:
    """The problems an error reports, each with its path (and the articles it cites)."""
    if isinstance(error, ScenarioError):
        return error.problems
    # a refusal's field is of the event, not a path of the scenario
    path = "" if isinstance(error, EventRefusedError) else error.field or ""
    return (Problem.of(error, path),)


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
        The problems, each with its path (and the article it falls under), by
        platform, then in the order of the calendar; empty exactly when
        ``simulate(scenario, seed)`` succeeds.

    Raises:
        InputError: ``scenario`` is not a Scenario.

    >>> from cixi_innovation.scenarios.default import default_scenario
    >>> check_scenario(default_scenario())
    ()
    """
    if not isinstance(scenario, Scenario):
        raise not_a(scenario, A_SCENARIO, "scenario")
    problems = _simulated(scenario, seed)
    if not problems:
        return problems
    # the pass meets at least the problem simulate stopped at; should it ever not, that
    # problem is still reported, so that check never passes what simulate refuses
    return _every_problem(scenario, seed, problems_of) or problems
