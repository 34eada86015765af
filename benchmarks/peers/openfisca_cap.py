"""The Art. 10 cap as an OpenFisca tax-benefit system: one entity, two variables.

A minimal system: one person-like entity (a Complex), an input variable ``claimed`` and
the formula ``operating_subsidy = min_(claimed, 500000)`` for a year, as OpenFisca's
country packages write such a rule.  OpenFisca stores numbers in numpy ``float32``
arrays: the results carry binary rounding where the library's Decimal yuan are exact.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from peers import PeerMissingError

__all__ = ["CAP", "build"]

#: The annual cap of Art. 10, 50 万元 (as OpenFisca would read it from a parameter).
CAP = 500_000


def build() -> tuple[Callable[[float], float], Callable[[Sequence[float]], Any]]:
    """``(one, many)``: the subsidy for one claim, and for many claims in one simulation.

    Each call builds a new simulation (OpenFisca caches what a simulation computed):
    ``one`` from the entity's data, as a web API call or a test case does; ``many`` as
    a default simulation of ``len(claims)`` entities whose input is set as an array,
    the fastest way OpenFisca offers.

    Raises:
        PeerMissingError: openfisca-core is not installed.
    """
    try:
        from openfisca_core.entities import build_entity
        from openfisca_core.model_api import YEAR, Variable, min_
        from openfisca_core.simulations import SimulationBuilder
        from openfisca_core.taxbenefitsystems import TaxBenefitSystem
    except ImportError as error:
        raise PeerMissingError("openfisca-core") from error

    complex_ = build_entity(
        key="complex",
        plural="complexes",
        label="Industrial innovation service complex",
        is_person=True,
    )

    class claimed(Variable):  # type: ignore[misc]  # noqa: N801 -- OpenFisca names variables so
        value_type = float
        entity = complex_
        definition_period = YEAR
        label = "Operating subsidy claimed for the year (yuan)"

    class operating_subsidy(Variable):  # type: ignore[misc]  # noqa: N801
        value_type = float
        entity = complex_
        definition_period = YEAR
        label = "Art. 10: at most 500,000 yuan a year"
        reference = "慈政办发〔2024〕57号 第十条"

        def formula(entity: Any, period: Any) -> Any:  # noqa: N805 -- OpenFisca's signature
            return min_(entity("claimed", period), CAP)

    system = TaxBenefitSystem([complex_])
    system.add_variables(claimed, operating_subsidy)

    def one(claim: float) -> float:
        simulation = SimulationBuilder().build_from_entities(
            system, {"complexes": {"c": {"claimed": {"2026": claim}}}}
        )
        return float(simulation.calculate("operating_subsidy", "2026")[0])

    def many(claims: Sequence[float]) -> Any:
        simulation = SimulationBuilder().build_default_simulation(system, len(claims))
        simulation.set_input("claimed", "2026", claims)
        return simulation.calculate("operating_subsidy", "2026")

    return one, many
