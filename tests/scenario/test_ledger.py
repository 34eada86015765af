"""The ledger over a platform's history: exact money, and exactly the simulation's."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import attrs
import pytest
from tests.generated import portfolios

from cixi_innovation.law.measures import ForceCheck
from cixi_innovation.lifecycles.complex.events import RoundStart
from cixi_innovation.scenarios.default import default_scenario
from cixi_innovation.scenarios.facts import CenterYearFacts, ConsortiumYearFacts, PolicyClaim
from cixi_innovation.scenarios.horizon import Horizon
from cixi_innovation.scenarios.ledger import LedgerYear, ledger
from cixi_innovation.scenarios.results import SimulationResult
from cixi_innovation.scenarios.scenario import Scenario
from cixi_innovation.scenarios.simulation import simulate
from cixi_innovation.values.citations import Citation
from cixi_innovation.values.errors import InputError, MissingInputError

D = Decimal
MONEY = ("advance", "granted", "settlement_paid", "settlement_recovered", "art16", "art20", "cash")


def _ledger_of(result: SimulationResult, platform_id: str, **kw: Any) -> tuple[LedgerYear, ...]:
    scenario = result.scenario
    spec = scenario.platform(platform_id)
    return ledger(
        result.history(platform_id),
        spec.years,
        settings=kw.pop("settings", scenario),
        requested_subsidy=getattr(spec, "requested_subsidy", None),
        spending=getattr(spec, "spending", None),
        **kw,
    )


def _money(year: Any) -> tuple[Decimal, ...]:
    return tuple(getattr(year, name) for name in MONEY)


@pytest.mark.parametrize(
    ("scenario", "seed"),
    [
        (default_scenario(), None),
        (portfolios.portfolio(60, seed=11), 1),
        (portfolios.portfolio(60, seed=12), 2),
    ],
    ids=["default", "portfolio-11", "portfolio-12"],
)
def test_the_ledger_of_each_replayed_history_is_the_simulations_money(
    scenario: Scenario, seed: object
) -> None:
    result = simulate(scenario, seed=seed)
    for spec in scenario.platforms:
        years = _ledger_of(result, spec.id)
        assert [y.year for y in years] == list(scenario.horizon.years)
        for year in years:
            assert _money(year) == _money(result.row(spec.id, year.year)), (spec.id, year.year)


def test_a_complexs_advances_and_settlements_exactly(result: SimulationResult) -> None:
    # CX-02 asks 400,000 for 2025 and 500,000 (its spec) after; the advance is one half;
    # 2025 qualified: the balance 200,000 is paid; 2026 unqualified: the advance recovered
    years = _ledger_of(result, "CX-02")
    assert [_money(y) for y in years[:3]] == [
        (D("200000.00"), D("400000.00"), D(0), D(0), D(0), D(0), D("200000.00")),
        (D("250000.00"), D("500000.00"), D("200000.00"), D(0), D(0), D(0), D("450000.00")),
        (D("250000.00"), D("500000.00"), D(0), D("250000.00"), D(0), D(0), D(0)),
    ]
    assert [d.rule for d in years[1].decisions] == [
        "subsidy.operating_subsidy",
        "subsidy.advance_payment",
        "subsidy.settle_operating_subsidy",
    ]
    assert all(d.subject == "CX-02" for d in years[1].decisions)
    assert isinstance(years[1].advance, Decimal)


def test_art16_and_art20_exactly(result: SimulationResult) -> None:
    # LHT-01: 3/10 of 1,200,000 of IUR cooperation; 1/5 of 3,500,000 of test equipment
    assert [y.art16 for y in _ledger_of(result, "LHT-01")[:2]] == [D("360000.00"), D("700000.00")]
    # LHT-02 2026: 1,000,000 for an R&D institution, more than the 800,000 of another
    # Cixi policy (Art. 23: the higher one, once)
    lht02 = _ledger_of(result, "LHT-02")
    assert lht02[1].art16 == D("1000000.00")
    assert [d.rule for d in lht02[1].decisions] == [
        "consortium_support.policy_subsidy",
        "overlap.resolve_overlap",
    ]
    # ZX-01, recognised at Ningbo level in May 2026: matched 1:1 (the scenario's ratio)
    assert [y.art20 for y in _ledger_of(result, "ZX-01")] == [
        D(0),
        D("5000000.00"),
        D("3000000.00"),
        D("3000000.00"),
        D("2000000.00"),
    ]


def test_a_history_given_as_its_events_is_replayed(result: SimulationResult) -> None:
    for platform_id in ("CX-01", "LHT-02", "ZX-02"):
        events = [e.event for e in result.history(platform_id).history]
        spec = result.scenario.platform(platform_id)
        from_events = ledger(
            events,
            spec.years,
            settings=result.scenario,
            requested_subsidy=getattr(spec, "requested_subsidy", None),
            spending=getattr(spec, "spending", None),
        )
        assert from_events == _ledger_of(result, platform_id)


def test_outside_the_measures_force_nothing_is_paid_and_a_note_says_why(
    result: SimulationResult,
) -> None:
    # 2030 is after the Measures' force: refused, each payment day gets a note (Art. 24)
    settings = attrs.evolve(
        result.scenario, horizon=Horizon(2030, 2030), force=ForceCheck.REFUSE, platforms=()
    )
    complex_ = ledger(result.history("CX-01"), settings=settings, requested_subsidy="500000.00")
    consortium = ledger(
        result.history("LHT-01"),
        [
            ConsortiumYearFacts(
                2030,
                claims=(
                    PolicyClaim.from_data(
                        {"triggers": [{"trigger": "iur_cooperation", "eligible_cost": "100000.00"}]}
                    ),
                ),
            )
        ],
        settings=settings,
    )
    center = ledger(
        result.history("ZX-01"),
        [CenterYearFacts(2030, higher_level_subsidy="1000000.00")],
        settings=settings,
    )
    for (year,) in (complex_, consortium, center):
        assert year.cash == 0
        (note,) = year.decisions
        assert note.rule == "simulation.outside_force"
        assert tuple(note.articles) == (Citation.article(24),)


def test_open_inputs_and_money_facts_missing_are_named(result: SimulationResult) -> None:
    with pytest.raises(MissingInputError) as caught:
        ledger(result.history("CX-01"), settings=result.scenario)
    assert caught.value.field == "ledger.years[2025].requested"
    assert caught.value.articles == (Citation.article(10),)


def test_bad_inputs_are_named() -> None:
    scenario = default_scenario()
    history = simulate(scenario).history("LHT-01")
    with pytest.raises(InputError, match="not a Scenario") as caught:
        ledger(history, settings="default")  # type: ignore[arg-type]
    assert caught.value.field == "settings"
    start = scenario.platforms[0].applied_on  # type: ignore[union-attr]
    for bad in ([], "history", [RoundStart(start, start=start, targets="目标")]):
        with pytest.raises(InputError, match="not a platform's history") as caught:
            ledger(bad, settings=scenario)  # type: ignore[arg-type]
        assert caught.value.field == "history"
    with pytest.raises(InputError, match="not a ConsortiumYearFacts") as caught:
        ledger(history, [CenterYearFacts(2026)], settings=scenario)
    assert caught.value.field == "years[0]"
    assert caught.value.text("zh") == (
        "years[0]: CenterYearFacts(year=2026, mid_term=None, final_acceptance=None, "
        "higher_level_subsidy=None, overlaps=()) 不是联合体的年度事实(联合体的资金事实)"
    )
    with pytest.raises(InputError, match="2026 is given twice") as caught:
        ledger(history, [ConsortiumYearFacts(2026)] * 2, settings=scenario)
    assert caught.value.field == "years[1].year"
    with pytest.raises(InputError) as caught:
        ledger(history, settings=scenario, requested_subsidy=0.5)
    assert caught.value.field == "requested_subsidy"


def test_the_history_of_an_unknown_platform_is_refused(result: SimulationResult) -> None:
    with pytest.raises(InputError) as caught:
        result.history("CX-99")
    assert "CX-99" in caught.value.message
