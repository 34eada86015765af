"""Run ``i`` of a Monte Carlo study is the simulation with run ``i``'s seed.

The draw plans of a study were once memoized under the ``id`` of objects each run
rebuilt and freed, so a later run could find the plan of another platform (one with
other probabilities, or of another kind) under a reused id: with platforms that have
their own probabilities, some runs differed from the simulation with their seed, the
result depended on the number of workers, and a run could fail outright.  The study's
memos are keyed by values; these tests hold it to the simulation, run by run.
"""

from __future__ import annotations

import copy
import itertools
import uuid
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cixi_innovation.scenarios._monte_carlo import (
    _append,
    _arrays,
    _Chunk,
    _run_chunk,
    _RunTotals,
    _Tally,
)
from cixi_innovation.scenarios.default import DEFAULT_SCENARIO_DATA
from cixi_innovation.scenarios.distributions import MONEY_LINES
from cixi_innovation.scenarios.probabilities import Probabilities
from cixi_innovation.scenarios.results import OUTCOME_COUNTS
from cixi_innovation.scenarios.scenario import Scenario
from cixi_innovation.scenarios.simulation import monte_carlo, run_seed, simulate
from cixi_innovation.values.errors import InputError

#: the outcomes the default scenario's facts give, left to the draws
_DRAWN = ("assessment", "higher_level_evaluation", "acceptance", "mid_term")

#: the scenario's own probabilities: every outcome left to the draws has one
_SCENARIO_PROBABILITIES = {
    "unqualified_annual_assessment": "1/4",
    "poor_higher_level_evaluation": "1/10",
    "unqualified_consortium_acceptance": "1/2",
    "poor_mid_term": "1/2",
}

_NAMES = sorted(a.name for a in Probabilities.__attrs_attrs__)

_chances = st.fractions(min_value=0, max_value=1, max_denominator=9).map(
    lambda f: f"{f.numerator}/{f.denominator}"
)


def _uncertain_data() -> dict[str, Any]:
    data: dict[str, Any] = copy.deepcopy(DEFAULT_SCENARIO_DATA)
    for spec in data["platforms"]:
        for facts in spec.get("years", {}).values():
            for key in _DRAWN:
                facts.pop(key, None)
    data["probabilities"] = dict(_SCENARIO_PROBABILITIES)
    return data


@st.composite
def _studies(draw: st.DrawFn, platforms: tuple[int, int]) -> Scenario:
    """Some of the default scenario's platforms, their outcomes drawn, each with its own odds."""
    data = _uncertain_data()
    specs = data["platforms"]
    least, most = platforms
    chosen = draw(
        st.lists(st.sampled_from(range(len(specs))), min_size=least, max_size=most, unique=True)
    )
    data["platforms"] = [specs[i] for i in sorted(chosen)]
    for spec in data["platforms"]:
        spec["probabilities"] = draw(
            st.dictionaries(st.sampled_from(_NAMES), _chances, min_size=1, max_size=3)
        )
    return Scenario.from_data(data)


def _each_run(scenario: Scenario, runs: int, seed: object) -> list[_RunTotals]:
    """The totals of each run simulated alone, with its own seed."""
    return [_RunTotals.of(simulate(scenario, seed=run_seed(seed, i)).totals) for i in range(runs)]


def _summarised(scenario: Scenario, runs: int, seed: object, alone: list[_RunTotals]) -> Any:
    """The study made of the runs simulated alone."""
    years = len(scenario.horizon.years)
    chunk = _Chunk(0, _arrays(years * 5), _arrays(years * 4))
    for totals in alone:
        _append(chunk, totals)
    tally = _Tally(years, runs)
    tally.add(chunk)
    return tally.result(scenario, runs, seed, keep=True)


def _in_study(study: Any, runs: int) -> list[_RunTotals]:
    """The totals of each run of a study, from its kept values."""
    records = study.run_records()
    years = len(records) // runs
    out = []
    for i in range(runs):
        mine = records[i * years : (i + 1) * years]
        out.append(
            _RunTotals(
                tuple(tuple(r[k] for k in MONEY_LINES) for r in mine),
                tuple(tuple(r[k] for k in OUTCOME_COUNTS) for r in mine),
            )
        )
    return out


def _assert_runs_are_the_simulations(scenario: Scenario, runs: int, seed: object) -> None:
    alone = _each_run(scenario, runs, seed)
    study = monte_carlo(scenario, runs, seed, keep_runs=True)
    for i, (mine, theirs) in enumerate(zip(_in_study(study, runs), alone, strict=True)):
        assert mine == theirs, f"run {i}"
    assert study == _summarised(scenario, runs, seed, alone)


@settings(max_examples=6, deadline=None)
@given(scenario=_studies((5, 10)), seed=st.integers(0, 10**6))
def test_run_i_of_a_study_is_the_simulation_with_its_seed(scenario: Scenario, seed: int) -> None:
    _assert_runs_are_the_simulations(scenario, 12, seed)


@settings(max_examples=2, deadline=None)
@given(scenario=_studies((3, 5)), seed=st.integers(0, 10**6))
def test_a_study_is_the_same_on_one_worker_or_two(scenario: Scenario, seed: int) -> None:
    assert monte_carlo(scenario, 24, seed, jobs=1) == monte_carlo(scenario, 24, seed, jobs=2)


@settings(max_examples=4, deadline=None)
@given(
    scenario=_studies((3, 6)),
    seed=st.integers(0, 10**6),
    cuts=st.sets(st.integers(1, 15), max_size=6),
    order=st.randoms(use_true_random=False),
    studies=st.lists(st.sampled_from(["a", "b", "c"]), min_size=16, max_size=16),
)
def test_a_study_is_the_same_however_it_is_cut_into_chunks(
    scenario: Scenario, seed: int, cuts: set[int], order: Any, studies: list[str]
) -> None:
    """Chunks of any sizes, on memos shared or not, finishing in any order: one result."""
    runs = 16
    bounds = [0, *sorted(cuts), runs]
    example = uuid.uuid4().hex  # a study's memos are its own: a new study, new names
    chunks = [
        _run_chunk(scenario, seed, start, stop, example + studies[start])
        for start, stop in itertools.pairwise(bounds)
    ]
    order.shuffle(chunks)
    tally = _Tally(len(scenario.horizon.years), runs)
    for chunk in chunks:
        tally.add(chunk)
    assert tally.done == runs
    assert tally.result(scenario, runs, seed, keep=True) == monte_carlo(
        scenario, runs, seed, keep_runs=True
    )


def _every_platform_its_own_odds() -> Scenario:
    """Each platform with its own probability of its kind's outcome, all different."""
    data = _uncertain_data()
    own = ["1/3", "2/3", "1/7", "5/6", "1/2", "3/5"]
    by_kind = {
        "complex": "unqualified_annual_assessment",
        "consortium": "unqualified_consortium_acceptance",
        "center": "poor_mid_term",
    }
    for i, spec in enumerate(data["platforms"]):
        spec["probabilities"] = {by_kind[spec["kind"]]: own[i % len(own)]}
    return Scenario.from_data(data)


def test_a_study_of_platforms_with_their_own_odds() -> None:
    # the case that once differed from the runs simulated alone, and between workers
    scenario = _every_platform_its_own_odds()
    _assert_runs_are_the_simulations(scenario, 30, 3)
    assert monte_carlo(scenario, 30, 3, jobs=2) == monte_carlo(scenario, 30, 3)


class TestRunSeed:
    def test_the_seed_of_a_run(self) -> None:
        assert run_seed(7, 0) == "7:0"
        assert run_seed("study", 12) == "study:12"

    def test_run_i_of_a_study_draws_as_its_simulation(self) -> None:
        scenario = _every_platform_its_own_odds()
        study = monte_carlo(scenario, 5, seed="s")
        cash = [simulate(scenario, seed=run_seed("s", i)).total(2027).cash for i in range(5)]
        assert study.year(2027).cash.minimum == min(cash)
        assert study.year(2027).cash.maximum == max(cash)

    @pytest.mark.parametrize("run", [-1, 1.0, True, "1"])
    def test_a_run_number_is_0_or_more(self, run: Any) -> None:
        with pytest.raises(InputError, match="is not a run number") as caught:
            run_seed(7, run)
        assert caught.value.field == "run"

    def test_a_study_without_a_seed_has_no_run_seeds(self) -> None:
        with pytest.raises(InputError, match="without a seed") as caught:
            run_seed(None, 0)
        assert caught.value.field == "seed"
