"""Art. 24 in a scenario: the period of force counted with the scenario's own numbers.

The Measures take effect 30 days after publication and are valid for five years
(Art. 24); both numbers are parameters of a scenario, and the lifecycles, the rule
decisions of the simulation and the ledger all apply the period they give.
"""

from __future__ import annotations

from datetime import date

from cixi_innovation import ComplexSpec, default_scenario, ledger, simulate, with_settings
from cixi_innovation.scenarios.scenario import Scenario


def _operating_subsidy_in_force(scenario: Scenario) -> list[tuple[int, bool]]:
    """Each year's Art. 10 decision of CX-01 in the ledger of its simulated history."""
    spec = scenario.platform("CX-01")
    assert isinstance(spec, ComplexSpec)
    years = ledger(
        simulate(scenario).history("CX-01"),
        spec.years,
        settings=scenario,
        requested_subsidy=spec.requested_subsidy,
        spending=spec.spending,
    )
    return [
        (y.year, d.in_force)
        for y in years
        for d in y.decisions
        if d.rule == "subsidy.operating_subsidy"
    ]


def test_the_scenario_counts_the_measures_with_its_parameters() -> None:
    # published 2024-11-25: 60 days later is 2025-01-24, valid five years from then
    later = with_settings(default_scenario(), {"effective_after_days": 60})
    assert later.measures.parameters is later.parameters
    assert (later.measures.effective_date, later.measures.end_exclusive) == (
        date(2025, 1, 24),
        date(2030, 1, 24),
    )
    shorter = with_settings(default_scenario(), {"validity_years": 3})
    assert shorter.measures.end_exclusive == date(2027, 12, 25)


def test_the_rules_of_a_simulation_apply_the_scenarios_period_of_force() -> None:
    # the default scenario flags what falls outside the force (force = "flag")
    assert _operating_subsidy_in_force(default_scenario()) == [
        (2025, True),
        (2026, True),
        (2027, True),
        (2028, True),
        (2029, True),
    ]
    # valid three years: [2024-12-25, 2027-12-25); the grants of 2028 and 2029 are flagged
    shorter = with_settings(default_scenario(), {"validity_years": 3})
    assert _operating_subsidy_in_force(shorter) == [
        (2025, True),
        (2026, True),
        (2027, True),
        (2028, False),
        (2029, False),
    ]
    # in force 400 days after publication: from 2025-12-30; the grant of 2025 is flagged
    later = with_settings(default_scenario(), {"effective_after_days": 400})
    assert _operating_subsidy_in_force(later)[:2] == [(2025, False), (2026, True)]
