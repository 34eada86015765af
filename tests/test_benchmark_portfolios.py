"""The benchmarks' portfolio generator gives valid, all-different, reproducible platforms."""

from __future__ import annotations

import pytest
from tests.generated import portfolios

from cixi_innovation.scenarios.files import loads_scenario
from cixi_innovation.scenarios.simulation import simulate
from cixi_innovation.values.vocabulary import PlatformKind


def test_the_platforms_are_valid_and_all_different() -> None:
    scenario = portfolios.portfolio(40, seed=3)
    specs = scenario.platforms
    assert len(specs) == 40
    assert len({s.id for s in specs}) == 40
    assert len({s.name for s in specs}) == 40
    # no two platforms share their dates, nor their yearly facts
    assert len({getattr(s, "applied_on", None) or s.proposed_on for s in specs}) == 40
    assert len({s.years for s in specs}) == 40
    kinds = [s.kind for s in specs]
    assert kinds.count(PlatformKind.COMPLEX) == 20
    assert kinds.count(PlatformKind.CONSORTIUM) == 12
    assert kinds.count(PlatformKind.INNOVATION_CENTER) == 8
    own = sum(s.probabilities is not None for s in specs)
    assert 5 <= own <= 25
    # valid: it simulates, drawing what its facts leave open
    result = simulate(scenario, seed=1)
    assert len(result.rows) == 40 * 5


def test_the_same_seed_gives_the_same_portfolio_and_its_file_reads_back() -> None:
    assert portfolios.portfolio_data(12, seed=5) == portfolios.portfolio_data(12, seed=5)
    assert portfolios.portfolio_data(12, seed=5) != portfolios.portfolio_data(12, seed=6)
    text = portfolios.portfolio_toml(12, seed=5)
    assert loads_scenario(text) == portfolios.portfolio(12, seed=5)


def test_the_script_writes_the_file(capsys: pytest.CaptureFixture[str]) -> None:
    assert portfolios.main(["3", "--seed", "2"]) == 0
    assert capsys.readouterr().out == portfolios.portfolio_toml(3, seed=2)
