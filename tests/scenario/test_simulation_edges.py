"""Simulating scenarios at their edges: readings, shared setups, refusals, the Measures' force.

Each scenario below is the default one with one change; the amounts were worked out by
hand from the default scenario's assumptions (advance 1/2 of the grant; settlement: the
whole grant if qualified, nothing if unqualified; remuneration within 1/3 of the grant;
Art. 20 ratio 1) and the calendar's conventions (reassignment 01-10, plan 01-15, advance
01-20, settlement 03-31, Art. 16 claims 09-30, matching 10-31, annual check 12-10,
higher-level evaluation 12-20, checks 30 days after a round or cycle ends).
"""

from __future__ import annotations

import copy
from concurrent.futures import ThreadPoolExecutor
from datetime import date
from decimal import Decimal
from functools import cache
from typing import Any

import pytest
from tests.scenario.documents import variant

from cixi_innovation.lifecycles.center.facts import CenterState
from cixi_innovation.lifecycles.complex.facts import ComplexState
from cixi_innovation.lifecycles.consortium.facts import ConsortiumState
from cixi_innovation.scenarios.default import DEFAULT_SCENARIO_DATA
from cixi_innovation.scenarios.distributions import MoneyDistribution
from cixi_innovation.scenarios.problems import ScenarioError
from cixi_innovation.scenarios.results import SimulationResult
from cixi_innovation.scenarios.scenario import Scenario
from cixi_innovation.scenarios.simulation import monte_carlo, simulate
from cixi_innovation.values.citations import Citation
from cixi_innovation.values.errors import InputError

D = Decimal
DEFAULT_CASH = [D("1385000.00"), D("8450000.00"), D("7440000.00"), D("4950000.00"), D("3950000.00")]


def steps(result: SimulationResult, platform_id: str, year: int) -> list[str]:
    """The decisions of a row as "day rule outcome", leaving out the consultation opinions."""
    return [
        f"{d.on.isoformat()} {d.rule} {d.outcome.code}"
        for d in result.decisions(platform_id, year)
        if not d.rule.endswith("_opinion")
    ]


def money(result: SimulationResult, platform_id: str, year: int) -> tuple[Decimal, ...]:
    """advance, granted, settlement paid, recovered, Art. 16, Art. 20, cash."""
    return tuple(result.row(platform_id, year)[4:11])


def cash(result: SimulationResult) -> list[Decimal]:
    return [t.cash for t in result.totals]


def consortium(pid: str, dates: tuple[str, str, str], years: dict[str, Any]) -> dict[str, Any]:
    applied, approved, start = dates
    return {
        "kind": "consortium",
        "id": pid,
        "name": f"慈溪测试企业创新联合体{pid}",
        "enterprise": "慈溪某链主企业",
        "track": "测试赛道",
        "applied_on": applied,
        "approved_on": approved,
        "cultivation_start": start,
        "years": years,
    }


def center(pid: str, dates: tuple[str, str, str, str], years: dict[str, Any]) -> dict[str, Any]:
    proposed, approved, established, start = dates
    return {
        "kind": "center",
        "id": pid,
        "name": f"慈溪测试产业技术创新中心{pid}",
        "industry": "智能装备",
        "host_units": [
            {
                "name": "宁波某装备股份有限公司",
                "vehicles": [
                    {
                        "kind": "key_enterprise_research_institute",
                        "name": "浙江省智能装备重点企业研究院",
                        "level": "provincial",
                    }
                ],
            }
        ],
        "legal_person": f"{pid}技术创新中心有限公司",
        "proposed_on": proposed,
        "approved_on": approved,
        "established_on": established,
        "construction_start": start,
        "years": years,
    }


def claim(on: str | None = None) -> dict[str, Any]:
    """An Art. 16 claim of 30% of 100,000 (30,000) when it is granted."""
    out: dict[str, Any] = {
        "triggers": [
            {"trigger": "iur_cooperation", "eligible_cost": "100000", "description": "产学研合作"}
        ]
    }
    if on is not None:
        out["on"] = on
    return out


# --- readings of the start of a cycle or a round ------------------------------------------


@cache
def started_on_approval_and_establishment() -> SimulationResult:
    return simulate(
        variant(
            lambda d: d.update(
                readings={
                    "cultivation_start": "approval_date",
                    "construction_start": "establishment_date",
                }
            )
        )
    )


def test_under_the_approval_date_reading_a_consortiums_cycle_runs_from_its_approval() -> None:
    result = started_on_approval_and_establishment()
    # LHT-01 approved on 2025-05-12: cycle [2025-05-12, 2028-05-12), checked 30 days after
    assert steps(result, "LHT-01", 2025)[-3:] == [
        "2025-05-12 consortium.leader_review approved",
        "2025-05-12 consortium.annual_plan plan_reported",
        "2025-09-30 consortium_support.policy_subsidy granted",
    ]
    assert steps(result, "LHT-01", 2028) == [
        "2028-01-15 consortium.annual_plan plan_reported",
        "2028-06-11 consortium.cultivation_acceptance qualification_retained",
    ]
    assert result.row("LHT-01", 2028).state is ConsortiumState.QUALIFICATION_RETAINED
    assert cash(result) == DEFAULT_CASH


def test_under_the_establishment_reading_a_centers_mid_term_counts_from_establishment() -> None:
    result = started_on_approval_and_establishment()
    # ZX-02 established on 2025-04-15: mid-term from 2028-04-15, held 30 days later
    assert steps(result, "ZX-02", 2028) == [
        "2028-05-15 center.mid_term_evaluation support_terminated_early",
        "2028-10-31 simulation.terminated nothing_further",
    ]
    assert result.row("ZX-02", 2028).state is CenterState.SUPPORT_TERMINATED_EARLY
    assert result.explain("ZX-02", 2028, "en").endswith(
        "  - Policy support was terminated on 2028-05-15: no matching is provided on "
        "2028-10-31. [Art. 21, Art. 20 ¶1]"
    )


# --- setups shared and refused ------------------------------------------------------------


def test_two_complexes_with_the_same_dates_get_the_same_money_each_in_its_own_names() -> None:
    def twin(d: dict[str, Any]) -> None:
        second = copy.deepcopy(d["platforms"][1])
        second.update(
            id="CX-06",
            name="慈溪汽车零部件产业创新服务综合体(二期)",
            host_unit="慈溪汽配二期服务有限公司",
        )
        d["platforms"].append(second)

    result = simulate(variant(twin))
    for year in range(2025, 2030):
        assert money(result, "CX-06", year) == money(result, "CX-02", year)
        assert result.row("CX-06", year).state is result.row("CX-02", year).state
    assert money(result, "CX-06", 2026) == (
        D("250000.00"), D("500000.00"), D("200000.00"), D("0.00"), D("0.00"), D("0.00"),
        D("450000.00"),
    )  # fmt: skip
    assert cash(result) == [
        D("1585000.00"),
        D("8900000.00"),
        D("7440000.00"),
        D("5450000.00"),
        D("4450000.00"),
    ]
    text = result.explain("CX-06", 2025, "en").splitlines()
    assert text[0] == (
        "慈溪汽车零部件产业创新服务综合体(二期) (CX-06) in 2025: under construction at year end"
    )
    assert "selected 慈溪汽配二期服务有限公司 as host unit" in result.explain("CX-06", 2025, "en")
    assert {d.subject for d in result.decisions("CX-06", 2025)} == {"CX-06"}


def _refused(event: dict[str, str]) -> ScenarioError:
    with pytest.raises(ScenarioError) as caught:
        simulate(variant(lambda d: d["platforms"][1].update(events=[event])))
    return caught.value


@pytest.mark.parametrize(
    ("on", "message"),
    [
        pytest.param(
            "2025-03-15",
            "higher-level expiry assessment is not allowed in state 'approved, host unit to be "
            "selected'; allowed next: host unit selection, level recognition.",
            id="by_the_setup",
        ),
        pytest.param(
            "2026-06-01",
            "the Complex is at Cixi municipal level; the higher-level expiry assessment applies "
            "only to Complexes at Ningbo municipal level or above.",
            id="by_the_engine_in_a_later_year",
        ),
    ],
)
def test_an_event_refused_is_named_by_its_path(on: str, message: str) -> None:
    error = _refused({"kind": "higher_level_expiry_assessment", "on": on, "result": "unqualified"})
    assert error.field == "platforms[1].events[0]"
    assert str(error) == f"platforms[1].events[0]: {message} (Art. 9 ¶2 第九条第二款)"


# --- Complexes ----------------------------------------------------------------------------


@cache
def eliminated_by_the_higher_level() -> SimulationResult:
    def change(d: dict[str, Any]) -> None:
        d["platforms"][0]["events"] += [
            {"kind": "higher_level_expiry_assessment", "on": "2027-09-01", "result": "unqualified"},
            {"kind": "level_recognition", "on": "2027-11-01", "level": "provincial"},
        ]

    return simulate(variant(change))


def test_an_event_after_a_complexs_elimination_is_noted_and_not_applied() -> None:
    result = eliminated_by_the_higher_level()
    row = result.row("CX-01", 2027)
    assert row.state is ComplexState.ELIMINATED
    assert steps(result, "CX-01", 2027)[-2:] == [
        "2027-09-01 complex.higher_level_expiry_assessment eliminated",
        "2027-11-01 simulation.refused_event not_applied",
    ]
    assert result.explain("CX-01", 2027, "en").endswith(
        "2027-11-01 simulation.refused_event [CX-01]: not applied\n"
        "  - level recognition comes after a final state (eliminated, off the creation list) "
        "and is not applied. [Art. 9, Art. 9 ¶2]"
    )
    assert row.articles == (
        Citation.article(8),
        Citation.article(10),
        Citation.article(11),
        Citation.article(9, 2),
        Citation.article(9),
    )
    # the 2027 advance was paid before the elimination and the 2026 balance settled
    assert money(result, "CX-01", 2027) == (
        D("250000.00"), D("500000.00"), D("250000.00"), D("0.00"), D("0.00"), D("0.00"),
        D("500000.00"),
    )  # fmt: skip


def test_an_advance_whose_year_had_no_annual_check_is_not_settled() -> None:
    result = eliminated_by_the_higher_level()
    assert steps(result, "CX-01", 2028) == [
        "2028-01-01 simulation.eliminated nothing_further",
        "2028-03-31 simulation.no_check not_settled",
    ]
    assert result.explain("CX-01", 2028, "en").endswith(
        "  - No annual check of 2027 was held, so its subsidy cannot be linked and settled; "
        "the Measures say nothing of this case, and nothing is settled. [Art. 10]"
    )
    assert money(result, "CX-01", 2028) == (D("0.00"),) * 7
    assert result.row("CX-01", 2028).articles == (Citation.article(9), Citation.article(10))
    assert cash(result) == [*DEFAULT_CASH[:3], D("4450000.00"), D("3450000.00")]


def test_a_complex_whose_round_is_completed_is_neither_subsidised_nor_checked() -> None:
    # CX-04 without further rounds: its round [2023-01-01, 2028-01-01) is appraised
    # not poor on 2028-01-31; the 2027 grant is still settled (+225,000)
    result = simulate(variant(lambda d: d["platforms"][3].pop("further_rounds")))
    assert steps(result, "CX-04", 2028) == [
        "2028-01-20 simulation.not_subsidised not_arranged",
        "2028-01-31 complex.round_appraisal round_completed",
        "2028-03-31 subsidy.settle_operating_subsidy due",
    ]
    assert steps(result, "CX-04", 2029) == [
        "2029-01-20 simulation.not_subsidised not_arranged",
    ]
    assert [result.row("CX-04", y).state for y in (2028, 2029)] == [
        ComplexState.ROUND_COMPLETED,
        ComplexState.ROUND_COMPLETED,
    ]
    assert money(result, "CX-04", 2028) == (
        D("0.00"), D("0.00"), D("225000.00"), D("0.00"), D("0.00"), D("0.00"), D("225000.00"),
    )  # fmt: skip
    assert money(result, "CX-04", 2029) == (D("0.00"),) * 7
    assert cash(result) == [*DEFAULT_CASH[:3], D("4725000.00"), D("3500000.00")]


def test_a_complex_whose_round_starts_the_next_year_gets_nothing_before_it() -> None:
    def later(d: dict[str, Any]) -> None:
        d["platforms"][4]["round_start"] = "2026-03-01"
        del d["platforms"][4]["years"]["2025"]

    result = simulate(variant(later))
    first = result.row("CX-05", 2025)
    assert (first.state, first.articles) == (ComplexState.APPROVED, ())
    assert money(result, "CX-05", 2025) == (D("0.00"),) * 7
    # the plan and the advance are due from the first day of the round; the 600,000
    # higher-level subsidy of 2026 displaces the 500,000 (Art. 23)
    assert steps(result, "CX-05", 2026) == [
        "2026-03-01 complex.host_unit_selection host_unit_selected",
        "2026-03-01 complex.round_start round_started",
        "2026-03-01 complex.annual_work_plan plan_reported",
        "2026-03-01 subsidy.operating_subsidy granted",
        "2026-03-01 overlap.resolve_overlap resolved",
        "2026-12-10 complex.annual_assessment qualifications_retained",
    ]
    assert cash(result) == [D("1285000.00"), D("8350000.00"), *DEFAULT_CASH[2:]]


def test_units_revoked_before_the_advance_day_are_advanced_nothing() -> None:
    def early(d: dict[str, Any]) -> None:
        d["calendar"] = {"higher_level_evaluation": "01-05"}
        d["platforms"][0]["years"]["2027"]["higher_level_evaluation"] = "poor"

    result = simulate(variant(early))
    assert steps(result, "CX-01", 2027) == [
        "2027-01-05 complex.higher_level_annual_evaluation qualifications_revoked_early",
        "2027-01-20 simulation.units_revoked not_arranged",
        "2027-03-31 subsidy.settle_operating_subsidy due",
    ]
    note = (
        "\n2027-01-20 simulation.units_revoked [CX-01]: nothing arranged\n  - On 2027-01-20 the "
        "units' qualifications are revoked and no new units are entrusted yet: no subsidy is "
        "advanced for 2027. [Art. 8, Art. 10]\n"
    )
    assert note in result.explain("CX-01", 2027, "en")
    assert result.row("CX-01", 2027).state is ComplexState.UNITS_REVOKED
    assert money(result, "CX-01", 2027) == (
        D("0.00"), D("0.00"), D("250000.00"), D("0.00"), D("0.00"), D("0.00"), D("250000.00"),
    )  # fmt: skip
    # new units on 2028-01-10, and the subsidy is advanced again
    assert steps(result, "CX-01", 2028)[:2] == [
        "2028-01-10 complex.units_reassignment units_reassigned",
        "2028-01-15 complex.annual_work_plan plan_reported",
    ]
    assert money(result, "CX-01", 2028) == (
        D("250000.00"), D("500000.00"), D("0.00"), D("0.00"), D("0.00"), D("0.00"), D("250000.00"),
    )  # fmt: skip


def test_with_the_whole_grant_advanced_a_qualified_settlement_pays_nothing_more() -> None:
    result = simulate(variant(lambda d: d["inputs"].update(advance={"share": "1"})))
    settlement = [
        d for d in result.decisions("CX-01", 2026) if d.rule == "subsidy.settle_operating_subsidy"
    ]
    assert [
        (d.amount("settled"), d.amount("advanced"), d.amount("balance")) for d in settlement
    ] == [(D("500000.00"), D("500000.00"), D("0.00"))]
    assert money(result, "CX-01", 2026) == (
        D("500000.00"), D("500000.00"), D("0.00"), D("0.00"), D("0.00"), D("0.00"), D("500000.00"),
    )  # fmt: skip
    assert cash(result)[0] == D("2410000.00")


def test_a_years_own_spending_is_settled_instead_of_the_specs() -> None:
    # remuneration 200,000 above 1/3 of 500,000 (166,666.66): 33,333.34 excluded, so
    # 266,666.66 is settled against the 250,000 advanced
    def spending(d: dict[str, Any]) -> None:
        d["platforms"][0]["years"]["2025"]["spending"] = [
            {"amount": "200000", "category": "staff_remuneration", "full_time_daily_staff": True},
            {"amount": "100000", "category": "rent_utilities_property"},
        ]

    result = simulate(variant(spending))
    (settlement,) = [
        d for d in result.decisions("CX-01", 2026) if d.rule == "subsidy.settle_operating_subsidy"
    ]
    assert dict(settlement.amounts) == {
        "granted": D("500000.00"),
        "advanced": D("250000.00"),
        "submitted": D("300000.00"),
        "excluded": D("33333.34"),
        "eligible": D("266666.66"),
        "linked": D("500000.00"),
        "settled": D("266666.66"),
        "balance": D("16666.66"),
    }
    assert money(result, "CX-01", 2026) == (
        D("250000.00"), D("500000.00"), D("16666.66"), D("0.00"), D("0.00"), D("0.00"),
        D("266666.66"),
    )  # fmt: skip
    assert cash(result)[1] == D("8216666.66")


# --- outside the Measures' force ----------------------------------------------------------


@cache
def refused_beyond_the_measures() -> SimulationResult:
    """Platforms created under the Measures, refused outside them, simulated to 2030."""

    def change(d: dict[str, Any]) -> None:
        d["force"] = "refuse"
        d["horizon"] = {"first": 2025, "last": 2030}
        d["platforms"] = [p for p in d["platforms"] if p["id"] in ("CX-05", "LHT-03", "ZX-01")]
        cx05, lht03, zx01 = d["platforms"]
        cx05["years"]["2029"] = {"assessment": "unqualified"}
        lht03["further_rounds"] = True
        lht03["years"]["2030"] = {"claims": [claim()]}
        zx01["years"]["2030"] = {"higher_level_subsidy": "1000000"}
        zx01["events"].append(
            {"kind": "tech_center_recognition", "on": "2030-02-01", "level": "provincial"}
        )

    return simulate(variant(change))


def test_a_complexs_steps_after_the_measures_end_are_noted_not_simulated() -> None:
    result = refused_beyond_the_measures()
    # the reassignment of 2030-01-10 is left out without a note; the 2029 advance is
    # not settled on 2030-03-31
    assert steps(result, "CX-05", 2030) == [
        "2030-01-15 simulation.outside_force outside_force",
        "2030-01-20 simulation.outside_force outside_force",
        "2030-03-31 simulation.outside_force outside_force",
        "2030-10-01 simulation.outside_force outside_force",
        "2030-12-10 simulation.outside_force outside_force",
        "2030-12-20 simulation.outside_force outside_force",
    ]
    text = result.explain("CX-05", 2030, "en")
    assert (
        "  - 2030-03-31 is outside the Measures' force: the settlement is not simulated. "
        "[Art. 24]\n"
    ) in text
    assert (
        "  - 2030-10-01 is outside the Measures' force: the end-of-round appraisal is not "
        "simulated. [Art. 24]\n"
    ) in text
    row = result.row("CX-05", 2030)
    assert (row.state, row.articles) == (ComplexState.UNITS_REVOKED, (Citation.article(24),))
    assert money(result, "CX-05", 2030) == (D("0.00"),) * 7


def test_a_consortiums_plan_and_claim_after_the_measures_end_are_noted() -> None:
    result = refused_beyond_the_measures()
    assert steps(result, "LHT-03", 2030) == [
        "2030-01-15 simulation.outside_force outside_force",
        "2030-09-30 simulation.outside_force outside_force",
    ]
    assert result.explain("LHT-03", 2030, "en").splitlines()[2:] == [
        "2030-01-15 simulation.outside_force [LHT-03]: outside the Measures' force",
        "  - 2030-01-15 is outside the Measures' force: the annual plan is not simulated. "
        "[Art. 24]",
        "2030-09-30 simulation.outside_force [LHT-03]: outside the Measures' force",
        "  - 2030-09-30 is outside the Measures' force: the Art. 16 claim is not simulated. "
        "[Art. 24]",
    ]
    # a Consortium reports an annual plan (年度计划, Art. 15), not a work plan (Art. 8)
    assert "  - 2030-01-15不在本办法有效期内,年度计划未予模拟。 [第二十四条]" in (
        result.explain("LHT-03", 2030, "zh").splitlines()
    )
    assert money(result, "LHT-03", 2030) == (D("0.00"),) * 7


def test_a_centers_event_check_and_matching_after_the_measures_end_are_noted() -> None:
    result = refused_beyond_the_measures()
    assert result.explain("ZX-01", 2030, "zh").splitlines()[2:] == [
        "2030-02-01 simulation.outside_force [ZX-01]: 不在有效期内",
        "  - 2030-02-01不在本办法有效期内,创建成为技术创新中心未予模拟。 [第二十四条]",
        "2030-04-01 simulation.outside_force [ZX-01]: 不在有效期内",
        "  - 2030-04-01不在本办法有效期内,期末考核验收未予模拟。 [第二十四条]",
        "2030-10-31 simulation.outside_force [ZX-01]: 不在有效期内",
        "  - 2030-10-31不在本办法有效期内,经费配套未予模拟。 [第二十四条]",
    ]
    assert result.row("ZX-01", 2030).state is CenterState.UNDER_CONSTRUCTION
    assert cash(result)[-1] == D("0.00")


# --- Consortia ----------------------------------------------------------------------------


@cache
def more_consortia() -> SimulationResult:
    def change(d: dict[str, Any]) -> None:
        d["platforms"][5]["further_rounds"] = True
        d["platforms"][7]["years"]["2026"] = {"claims": [claim("2026-04-20")]}
        d["platforms"] += [
            consortium(
                "LHT-04",
                ("2021-03-01", "2021-05-10", "2021-07-01"),
                {"2025": {"acceptance": "unqualified", "claims": [claim()]}},
            ),
            consortium(
                "LHT-05",
                ("2025-10-08", "2025-12-01", "2025-12-20"),
                {"2029": {"acceptance": "qualified"}},
            ),
        ]

    return simulate(variant(change))


def test_an_overdue_acceptance_comes_first_and_an_unqualified_consortium_plans_no_more() -> None:
    # cycle [2021-07-01, 2024-07-01): the acceptance is due before the horizon, so it is
    # held on its first day; the plan of 2025-01-15 no longer follows
    result = more_consortia()
    assert steps(result, "LHT-04", 2025) == [
        "2025-01-01 consortium.cultivation_acceptance qualification_revoked",
        "2025-09-30 consortium_support.policy_subsidy refused",
    ]
    assert result.row("LHT-04", 2025).state is ConsortiumState.QUALIFICATION_REVOKED
    assert money(result, "LHT-04", 2025) == (D("0.00"),) * 7


def test_a_cycle_ending_in_december_has_no_plan_in_the_year_of_its_acceptance() -> None:
    # cycle [2025-12-20, 2028-12-20): the 2029 plan day falls after its last day
    result = more_consortia()
    assert steps(result, "LHT-05", 2025)[-2:] == [
        "2025-12-20 consortium.cultivation_start cultivation_started",
        "2025-12-20 consortium.annual_plan plan_reported",
    ]
    assert steps(result, "LHT-05", 2029) == [
        "2029-01-19 consortium.cultivation_acceptance qualification_retained",
    ]


def test_a_retained_consortium_starts_a_further_cycle_and_reports_its_plan_that_day() -> None:
    result = more_consortia()
    assert steps(result, "LHT-01", 2028) == [
        "2028-01-15 consortium.annual_plan plan_reported",
        "2028-07-31 consortium.cultivation_acceptance qualification_retained",
        "2028-07-31 consortium.cultivation_start cultivation_started",
        "2028-07-31 consortium.annual_plan plan_reported",
    ]
    assert result.row("LHT-01", 2028).state is ConsortiumState.IN_CULTIVATION
    assert "cycle 2 is [2028-07-31, 2031-07-31)" in result.explain("LHT-01", 2028, "en")


def test_a_claim_dated_before_the_cycle_starts_is_refused() -> None:
    result = more_consortia()
    refused = [
        d for d in result.decisions("LHT-03", 2026) if d.rule.startswith("consortium_support")
    ]
    assert [(d.on, d.outcome.code, d.amount("granted")) for d in refused] == [
        (date(2026, 4, 20), "refused", D("0.00"))
    ]
    text = refused[0].explain("en")
    assert text.endswith(
        "  - The claim date 2026-04-20 is before cultivation starts on 2026-05-01; it is not "
        "in the course of cultivation. [Art. 15, Art. 16]"
    )
    assert money(result, "LHT-03", 2026) == (D("0.00"),) * 7
    assert cash(result) == DEFAULT_CASH


# --- Innovation Centers -------------------------------------------------------------------

_OLD = ("2019-10-08", "2019-12-02", "2020-01-15", "2020-03-01")


@cache
def more_centers(overlap_matching: str = "not_an_overlap") -> SimulationResult:
    """Centers whose round [2020-03-01, 2025-03-01) ends in the horizon, and variations."""

    def change(d: dict[str, Any]) -> None:
        d["inputs"]["overlap_matching"] = overlap_matching
        poor = center("ZX-03", _OLD, {"2025": {"mid_term": "poor"}})
        further = center(
            "ZX-04",
            _OLD,
            {
                "2025": {"mid_term": "not_poor", "final_acceptance": "qualified"},
                "2028": {"mid_term": "not_poor"},
            },
        )
        further["further_rounds"] = True
        failed = center(
            "ZX-05",
            _OLD,
            {
                "2025": {"mid_term": "not_poor", "final_acceptance": "unqualified"},
                "2026": {"higher_level_subsidy": "1000000"},
            },
        )
        failed["events"] = [
            {"kind": "tech_center_recognition", "on": "2024-06-01", "level": "ningbo"}
        ]
        d["platforms"] += [poor, further, failed]
        zx01, zx02 = d["platforms"][8:10]
        zx01["years"]["2025"] = {"higher_level_subsidy": "1000000"}
        zx01["years"]["2026"]["overlaps"] = [
            {"source": "other_cixi_policy", "policy": "慈溪市研发机构补助", "amount": "6000000"}
        ]
        zx02["events"].append(
            {"kind": "tech_center_recognition", "on": "2029-03-01", "level": "provincial"}
        )

    return simulate(variant(change))


def test_a_center_poor_at_an_overdue_mid_term_has_no_end_of_period_check() -> None:
    # mid-term due from 2023-03-01, held on the first day of the horizon; the check due on
    # 2025-03-31 does not follow a termination
    result = more_centers()
    assert steps(result, "ZX-03", 2025) == [
        "2025-01-01 center.mid_term_evaluation support_terminated_early",
    ]
    assert result.row("ZX-03", 2025).state is CenterState.SUPPORT_TERMINATED_EARLY
    assert result.totals[0].support_terminated == 2


def test_a_center_qualified_at_its_end_of_period_check_starts_a_further_round() -> None:
    result = more_centers()
    assert steps(result, "ZX-04", 2025) == [
        "2025-01-01 center.mid_term_evaluation continues",
        "2025-03-31 center.final_acceptance round_completed",
        "2025-03-31 center.construction_start round_started",
    ]
    assert result.row("ZX-04", 2025).state is CenterState.UNDER_CONSTRUCTION
    assert "round 2 is [2025-03-31, 2030-03-31)" in result.explain("ZX-04", 2025, "en")
    assert steps(result, "ZX-04", 2028) == [
        "2028-04-30 center.mid_term_evaluation continues",
    ]


def test_a_center_unqualified_at_its_end_of_period_check_gets_no_matching_afterwards() -> None:
    result = more_centers()
    assert steps(result, "ZX-05", 2025) == [
        "2025-01-01 center.mid_term_evaluation continues",
        "2025-03-31 center.final_acceptance support_terminated",
    ]
    assert steps(result, "ZX-05", 2026) == [
        "2026-10-31 simulation.terminated nothing_further",
    ]
    row = result.row("ZX-05", 2026)
    assert (row.state, row.art20, row.articles) == (
        CenterState.SUPPORT_TERMINATED,
        D("0.00"),
        (Citation.article(21), Citation.article(20, 1)),
    )


def test_a_higher_level_subsidy_received_before_recognition_is_not_matched() -> None:
    result = more_centers()
    (decision,) = result.decisions("ZX-01", 2025)[-1:]
    assert (decision.rule, decision.on, decision.outcome.code) == (
        "center_funds.matching_funds",
        date(2025, 10, 31),
        "refused",
    )
    assert dict(decision.amounts) == {
        "higher_level_subsidy": D("1000000.00"),
        "matching": D("0.00"),
    }
    assert money(result, "ZX-01", 2025) == (D("0.00"),) * 7
    # the row cites its setup too (proposal, approval, establishment, start)
    assert result.row("ZX-01", 2025).articles == (
        Citation.article(18, 2),
        Citation.article(18, 1),
        Citation.article(17),
        Citation.article(19),
        Citation.article(21),
        Citation.article(20, 1),
    )


def test_the_matching_is_not_an_overlap_under_the_default_reading() -> None:
    result = more_centers()
    assert steps(result, "ZX-01", 2026)[-1] == "2026-10-31 overlap.resolve_overlap resolved"
    assert result.row("ZX-01", 2026).art20 == D("5000000.00")
    assert result.row("ZX-01", 2026).articles == (Citation.article(20, 1), Citation.article(23))


def test_the_matching_loses_to_a_higher_cixi_subsidy_when_it_counts_as_an_overlap() -> None:
    result = more_centers("counts_as_overlap")
    assert result.row("ZX-01", 2026).art20 == D("0.00")
    assert result.explain("ZX-01", 2026, "en").endswith(
        "the higher applies without duplication: another Cixi municipal-level policy "
        "'慈溪市研发机构补助', CNY 6,000,000.00. [Art. 23]"
    )
    assert cash(result)[1] == D("3450000.00")


@pytest.mark.parametrize("construction_start", ["2025-10-20", "2025-11-20"])
def test_a_center_recognised_before_its_construction_starts_has_that_years_subsidy_matched(
    construction_start: str,
) -> None:
    # recognised at Ningbo level on 2025-09-15, matched 1:1 on 2025-10-31 (Art. 20 ¶1),
    # whether its construction starts before or after the matching day
    def change(d: dict[str, Any]) -> None:
        late = center(
            "ZX-06",
            ("2025-06-02", "2025-09-01", "2025-10-10", construction_start),
            {"2025": {"higher_level_subsidy": "1000000"}, "2028": {"mid_term": "not_poor"}},
        )
        late["events"] = [
            {"kind": "tech_center_recognition", "on": "2025-09-15", "level": "ningbo"}
        ]
        d["platforms"].append(late)

    result = simulate(variant(change))
    (matching,) = [d for d in result.decisions("ZX-06", 2025) if d.rule.startswith("center_funds")]
    assert (matching.on, matching.outcome.code, dict(matching.amounts)) == (
        date(2025, 10, 31),
        "matched",
        {"higher_level_subsidy": D("1000000.00"), "matching": D("1000000.00")},
    )
    row = result.row("ZX-06", 2025)
    assert (row.state, row.art20, row.cash, row.articles) == (
        CenterState.UNDER_CONSTRUCTION,
        D("1000000.00"),
        D("1000000.00"),
        (
            Citation.article(18, 2),
            Citation.article(18, 1),
            Citation.article(17),
            Citation.article(20, 1),
            Citation.article(19),
            Citation.article(21),
        ),
    )
    assert cash(result)[0] == D("2385000.00")


def test_events_in_the_years_after_a_complexs_elimination_are_noted_and_not_applied() -> None:
    def change(d: dict[str, Any]) -> None:
        d["platforms"][0]["events"] += [
            {"kind": "higher_level_expiry_assessment", "on": "2027-09-01", "result": "unqualified"},
            {"kind": "level_recognition", "on": "2028-11-01", "level": "provincial"},
            {"kind": "level_recognition", "on": "2028-03-01", "level": "ningbo"},
        ]

    result = simulate(variant(change))
    assert steps(result, "CX-01", 2028) == [
        "2028-01-01 simulation.eliminated nothing_further",
        "2028-03-01 simulation.refused_event not_applied",
        "2028-03-31 simulation.no_check not_settled",
        "2028-11-01 simulation.refused_event not_applied",
    ]
    assert result.explain("CX-01", 2028, "zh").splitlines()[4:6] == [
        "2028-03-01 simulation.refused_event [CX-01]: 未予适用",
        "  - 认定级别发生于终结状态(已淘汰,不再列入创建名单)之后,未予适用。 [第九条、第九条第二款]",
    ]
    assert result.row("CX-01", 2028).articles == (
        Citation.article(9),
        Citation.article(9, 2),
        Citation.article(10),
    )
    assert money(result, "CX-01", 2028) == (D("0.00"),) * 7


def test_a_recognition_after_a_centers_termination_is_noted_and_not_applied() -> None:
    result = more_centers()
    assert steps(result, "ZX-02", 2029) == [
        "2029-03-01 simulation.refused_event not_applied",
        "2029-10-31 simulation.terminated nothing_further",
    ]
    assert result.explain("ZX-02", 2029, "zh").splitlines()[2:4] == [
        "2029-03-01 simulation.refused_event [ZX-02]: 未予适用",
        "  - 创建成为技术创新中心发生于终结状态(提前终止政策支持)之后,未予适用。 [第二十一条]",
    ]
    assert result.row("ZX-02", 2029).state is CenterState.SUPPORT_TERMINATED_EARLY


# --- Monte Carlo --------------------------------------------------------------------------


def test_monte_carlo_refuses_what_is_not_a_scenario() -> None:
    with pytest.raises(InputError, match="'CX-01' is not a Scenario") as caught:
        monte_carlo("CX-01", 2, seed=1)  # type: ignore[arg-type]
    assert caught.value.field == "scenario"


def test_monte_carlo_on_an_executor_reports_progress_after_each_chunk() -> None:
    seen: list[tuple[int, int]] = []
    scenario = variant(lambda d: None)
    with ThreadPoolExecutor(2) as pool:
        result = monte_carlo(
            scenario, 6, seed=1, executor=pool, progress=lambda d, t: seen.append((d, t))
        )
    # one worker, chunks of ceil(6 / 4) = 2 runs
    assert seen == [(2, 6), (4, 6), (6, 6)]
    assert result.year(2026).cash == MoneyDistribution(*([D("8450000.00")] * 6))


def test_a_studys_memo_keys_a_plain_value_by_itself_and_equal_containers_alike() -> None:
    from cixi_innovation.scenarios._memo import _Memo

    memo = _Memo(Scenario.from_data(copy.deepcopy(DEFAULT_SCENARIO_DATA)))
    # a Complex's spec without spending keys its years by None itself
    assert memo.token(None) is None
    assert memo.token(Decimal("1.00")) == Decimal("1.00")
    first, second = (Decimal(1), "a"), (Decimal(1), "a")
    assert first is not second
    assert memo.token(first) == memo.token(second) == id(first)
    assert memo.token((Decimal(2), "a")) != memo.token(first)
