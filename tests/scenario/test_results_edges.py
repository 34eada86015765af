"""Results at their edges: equality with other values, hashing, the totals of one year."""

from __future__ import annotations

from decimal import Decimal

import pytest

from cixi_innovation.scenarios.default import default_scenario
from cixi_innovation.scenarios.results import SimulationResult, YearTotals
from cixi_innovation.scenarios.simulation import simulate
from cixi_innovation.values.errors import InputError

D = Decimal


def test_a_result_is_equal_only_to_a_result() -> None:
    result = simulate(default_scenario())
    assert (result == result.totals) is False
    assert result != default_scenario()
    assert result.__eq__(result.rows) is NotImplemented


def test_equal_results_hash_alike_and_count_once_in_a_set() -> None:
    one, two = simulate(default_scenario()), simulate(default_scenario())
    assert one is not two
    assert hash(one) == hash(two) == hash((one.rows, one.totals))
    assert len({one, two}) == 1
    assert {one: "default"}[two] == "default"


def test_the_totals_of_a_year_of_the_horizon() -> None:
    result = simulate(default_scenario())
    assert result.total(2027) == YearTotals(
        2027,
        advances=D("975000.00"),
        settlements_paid=D("475000.00"),
        settlements_recovered=D("250000.00"),
        art16=D("1240000.00"),
        art20=D("5000000.00"),
        cash=D("7440000.00"),
    )
    assert isinstance(result, SimulationResult)


@pytest.mark.parametrize("year", [2024, 2030])
def test_the_totals_of_a_year_outside_the_horizon_are_refused(year: int) -> None:
    with pytest.raises(InputError, match=f"{year} is not a year of the horizon") as caught:
        simulate(default_scenario()).total(year)
    assert caught.value.field == "year"
