"""A single simulation runs platform by platform: the same draws, errors and progress.

The draws are made first in their documented order (years, then platforms), and the
error reported is the one the year-by-year order meets first: a setup before any year,
an earlier year before a later one, an earlier platform within a year.
"""

from __future__ import annotations

import copy
from typing import Any

import pytest
from tests.scenario.documents import uncertain, variant

from cixi_innovation.scenarios._memo import _Memo
from cixi_innovation.scenarios._run import _rng, _Run
from cixi_innovation.scenarios.problems import ScenarioError
from cixi_innovation.scenarios.simulation import simulate

#: refused for a Complex at Cixi level, the default scenario's CX-02 and CX-03
_EXPIRY = {"kind": "higher_level_expiry_assessment", "result": "unqualified"}


def _refused(second: str, third: str) -> ScenarioError:
    def change(d: dict[str, Any]) -> None:
        d["platforms"][1]["events"] = [{**_EXPIRY, "on": second}]
        d["platforms"][2]["events"] = [{**_EXPIRY, "on": third}]

    with pytest.raises(ScenarioError) as caught:
        simulate(variant(change))
    return caught.value


#: Why each case reports what it does: CX-02's event, CX-03's, the field reported.
_FIRST_ERRORS = {
    # CX-03's event before its horizon is part of its setup
    "every setup before any year": ("2028-06-01", "2024-06-01", "platforms[2].events[0]"),
    "an earlier year, on a later platform": ("2028-06-01", "2026-06-01", "platforms[2].events[0]"),
    "an earlier year, on an earlier platform": (
        "2026-06-01",
        "2028-06-01",
        "platforms[1].events[0]",
    ),
    "the same year: the earlier platform": ("2026-06-01", "2026-07-01", "platforms[1].events[0]"),
}


@pytest.mark.parametrize("case", sorted(_FIRST_ERRORS))
def test_the_error_reported_is_the_first_in_the_year_by_year_order(case: str) -> None:
    second, third, field = _FIRST_ERRORS[case]
    error = _refused(second, third)
    assert error.field == field
    assert [p.path for p in error.problems] == [field]


def test_a_setup_error_stops_the_platforms_after_it() -> None:
    error = _refused("2024-06-01", "2024-07-01")
    assert error.field == "platforms[1].events[0]"


def test_platform_by_platform_gives_the_year_by_year_result() -> None:
    scenario = uncertain()
    for seed in (1, 7, "a"):
        straight = _Run(_Memo(scenario, shared=False), _rng(seed), collect=True).run()
        shared = _Run(_Memo(scenario), _rng(seed), collect=True).run()
        assert straight[0] == shared[0]
        assert straight[1] == shared[1]
        assert [(list(e), dict(n)) for e, n in straight[2]] == [
            (list(e), dict(n)) for e, n in shared[2]
        ]


def test_a_study_shares_the_setup_of_platforms_whose_templates_agree() -> None:
    def twin(d: dict[str, Any]) -> None:
        second = copy.deepcopy(d["platforms"][1])
        second.update(id="CX-06", name="慈溪汽车零部件产业创新服务综合体(二期)")
        d["platforms"].append(second)

    memo = _Memo(variant(twin))
    assert memo.setups[-1][0] is memo.setups[1][0]
    assert memo.setups[0][0] is not memo.setups[1][0]
    assert len(memo.roots) == len(memo.setups) - 1
