"""Simulating scenarios: exact yearly money, states from the engine, errors with paths.

The expected amounts below were worked out by hand from the rules and the default
scenario's assumptions (advance 1/2 of the grant; settlement: the whole grant if
qualified, nothing if unqualified; Art. 16 schedule; Art. 20 ratio 1):

* CX-01: 500,000 a year (Art. 10 cap), 250,000 advanced each January, the balance of
  250,000 paid at each settlement (remuneration 150,000 within 1/3 of 500,000).
* CX-02: 2025 request 400,000 → 200,000 advanced; settled 400,000 in 2026 although
  remuneration 150,000 exceeds 1/3 of 400,000 (133,333.33): the eligible spending
  483,333.33 still covers it → 200,000 paid.  2026 unqualified → units revoked,
  reassigned in 2027; the 2026 advance of 250,000 is recovered in 2027.
* CX-03 (round 2021-06-01 to 2026-06-01): 2025 subsidised; 2026 is not (its annual
  check falls after the round); 2025 settled in 2026 (+250,000); appraisal poor on
  2026-07-01 → eliminated (Art. 9).
* CX-04 (provincial, 450,000 a year): 225,000 advanced and 225,000 settled a year; a
  new round after the 2028 appraisal; higher-level evaluation poor in 2029 → units
  revoked early (Art. 8 ¶2).
* CX-05: 2025 request 200,000 → 100,000 advanced, settled 200,000 (+100,000) in 2026;
  2026 displaced by a higher-level subsidy of 600,000 (Art. 23): nothing advanced.
* Art. 16: 360,000 (30% of 1,200,000) in 2025; 700,000 (20% of 3,500,000) and
  1,000,000 (fixed, above the other Cixi policy's 800,000) in 2026; 1,000,000 (capped)
  + 240,000 in 2027; the 2029 claim of LHT-02, revoked in 2028, is refused.
* Art. 20: ZX-01 matched 1:1 from 2026 (5, 3, 3, 2 million); ZX-02 2,000,000 in 2027,
  then poor at mid-term (2028-05-31): support and matching end (Art. 21).
"""

from __future__ import annotations

import pickle
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from tests.scenario.documents import uncertain, variant

from cixi_innovation.lifecycles.center.facts import CenterState
from cixi_innovation.lifecycles.complex.facts import ComplexState
from cixi_innovation.lifecycles.consortium.facts import ConsortiumState
from cixi_innovation.scenarios._events import _ENTITIES, setup_events
from cixi_innovation.scenarios.default import default_scenario
from cixi_innovation.scenarios.problems import ScenarioError
from cixi_innovation.scenarios.scenario import Scenario
from cixi_innovation.scenarios.simulation import simulate
from cixi_innovation.values.citations import Citation
from cixi_innovation.values.errors import InputError, MissingInputError, OutsideForceError

D = Decimal


@pytest.fixture(scope="module")
def result() -> Any:
    return simulate(default_scenario())


class TestDefaultTotals:
    def test_yearly_cash(self, result: Any) -> None:
        assert [(t.year, t.cash) for t in result.totals] == [
            (2025, D("1385000.00")),
            (2026, D("8450000.00")),
            (2027, D("7440000.00")),
            (2028, D("4950000.00")),
            (2029, D("3950000.00")),
        ]

    def test_yearly_lines(self, result: Any) -> None:
        assert [tuple(t)[1:6] for t in result.totals] == [
            (D("1025000.00"), D("0.00"), D("0.00"), D("360000.00"), D("0.00")),
            (D("725000.00"), D("1025000.00"), D("0.00"), D("1700000.00"), D("5000000.00")),
            (D("975000.00"), D("475000.00"), D("250000.00"), D("1240000.00"), D("5000000.00")),
            (D("975000.00"), D("975000.00"), D("0.00"), D("0.00"), D("3000000.00")),
            (D("975000.00"), D("975000.00"), D("0.00"), D("0.00"), D("2000000.00")),
        ]

    def test_yearly_outcomes(self, result: Any) -> None:
        assert [tuple(t)[7:] for t in result.totals] == [
            (0, 0, 0, 0),
            (1, 1, 0, 0),
            (0, 0, 0, 0),
            (0, 0, 1, 1),
            (0, 1, 0, 0),
        ]

    def test_one_row_per_platform_and_year(self, result: Any) -> None:
        assert len(result.rows) == 50
        assert [(r.platform_id, r.year) for r in result.rows[:6]] == [
            ("CX-01", 2025),
            ("CX-01", 2026),
            ("CX-01", 2027),
            ("CX-01", 2028),
            ("CX-01", 2029),
            ("CX-02", 2025),
        ]


class TestDefaultRows:
    def test_complex_unqualified_then_reassigned(self, result: Any) -> None:
        rows = [result.row("CX-02", y) for y in (2025, 2026, 2027)]
        assert [r.state for r in rows] == [
            ComplexState.UNDER_CONSTRUCTION,
            ComplexState.UNITS_REVOKED,
            ComplexState.UNDER_CONSTRUCTION,
        ]
        assert [(r.advance, r.granted, r.settlement_paid, r.settlement_recovered, r.cash) for r in rows] == [
            (D("200000.00"), D("400000.00"), D("0.00"), D("0.00"), D("200000.00")),
            (D("250000.00"), D("500000.00"), D("200000.00"), D("0.00"), D("450000.00")),
            (D("250000.00"), D("500000.00"), D("0.00"), D("250000.00"), D("0.00")),
        ]  # fmt: skip
        assert rows[2].articles == (Citation.article(8), Citation.article(10), Citation.article(11))

    def test_complex_eliminated_at_its_appraisal_gets_nothing_further(self, result: Any) -> None:
        row = result.row("CX-03", 2026)
        assert row.state is ComplexState.ELIMINATED
        assert (row.advance, row.settlement_paid, row.cash) == (
            D("0.00"),
            D("250000.00"),
            D("250000.00"),
        )
        later = result.row("CX-03", 2027)
        assert (later.state, later.cash, later.articles) == (
            ComplexState.ELIMINATED,
            D("0.00"),
            (Citation.article(9),),
        )

    def test_overlap_with_a_higher_subsidy_displaces_the_operating_subsidy(
        self, result: Any
    ) -> None:
        row = result.row("CX-05", 2026)
        assert (row.advance, row.granted, row.settlement_paid, row.cash) == (
            D("0.00"),
            D("0.00"),
            D("100000.00"),
            D("100000.00"),
        )
        assert Citation.article(23) in row.articles

    def test_ningbo_level_complex_revoked_early(self, result: Any) -> None:
        assert result.row("CX-04", 2029).state is ComplexState.UNITS_REVOKED
        assert result.row("CX-04", 2028).advance == D("225000.00")

    def test_consortia(self, result: Any) -> None:
        assert result.row("LHT-01", 2025).art16 == D("360000.00")
        assert result.row("LHT-02", 2028).state is ConsortiumState.QUALIFICATION_REVOKED
        refused = result.row("LHT-02", 2029)
        assert (refused.art16, refused.cash) == (D("0.00"), D("0.00"))
        assert result.row("LHT-03", 2025).state is None
        assert result.row("LHT-03", 2025).state_code == "not_created"
        assert result.row("LHT-03", 2027).art16 == D("1240000.00")

    def test_centers(self, result: Any) -> None:
        assert [result.row("ZX-01", y).art20 for y in range(2025, 2030)] == [
            D("0.00"),
            D("5000000.00"),
            D("3000000.00"),
            D("3000000.00"),
            D("2000000.00"),
        ]
        row = result.row("ZX-02", 2028)
        assert (row.state, row.art20) == (CenterState.SUPPORT_TERMINATED_EARLY, D("0.00"))
        assert row.articles == (Citation.article(21), Citation.article(20, 1))

    def test_states_are_those_of_the_engine_on_the_platforms_own_events(self, result: Any) -> None:
        # the simulation runs the engine on templates without names: replaying each
        # platform's own events gives the same state at the end of every year
        scenario = default_scenario()
        for index, spec in enumerate(scenario.platforms):
            setup, _ = setup_events(spec, scenario)
            entity = _ENTITIES[spec.kind].replay(
                [*setup, *result._explainer.events[index]], force=scenario.force
            )
            assert entity.id == spec.id
            for year in scenario.years:
                assert entity.state_on(date(year, 12, 31)) == result.row(spec.id, year).state


#: The explanation of LHT-02's 2026 row, in English and in Chinese.
ROW_EXPLAINED_EN = (
    "慈溪汽车电子企业创新联合体 (LHT-02) in 2026: in cultivation at year end\n"
    "  Art. 16: CNY 1,000,000.00 *\n"
    "  cash: CNY 1,000,000.00 *\n"
    "  * Rests on the scenario's assumptions, not on values of the Measures: "
    "Art. 16 — the policy subsidy schedule (inputs.policy_subsidy_schedule, Art. 16); "
    "cash includes them.\n"
    "2026-01-15 consortium.annual_plan [LHT-02]: annual plan reported\n"
    "  - On 2026-01-15 the chain-leader enterprise reports its annual plan for 2026, "
    "with industry-improvement indicators, a catalogue of technologies to be tackled, "
    "a resource-sharing list and a development plan for flagship new products. "
    "[Art. 15]\n"
    "2026-09-30 consortium_support.policy_subsidy [LHT-02]: policy subsidy granted\n"
    "  rd_institution_in_high_tier_city: CNY 1,000,000.00\n"
    "  granted: CNY 1,000,000.00\n"
    "  - The chain-leader enterprise claims in the course of cultivation "
    "(2025-08-01 to 2028-07-31). [Art. 15, Art. 16]\n"
    "  - Trigger 'setting up an R&D institution in a high-tier city': "
    "CNY 1,000,000.00 under the caller's schedule (the Measures give no amount). "
    "[Art. 16]\n"
    "2026-09-30 overlap.resolve_overlap [LHT-02]: the higher applies, without "
    "duplication\n"
    "  granted.policy_subsidy: CNY 1,000,000.00\n"
    "  granted: CNY 1,000,000.00\n"
    "  sum_of_candidates: CNY 1,800,000.00\n"
    "  not_duplicated: CNY 800,000.00\n"
    "  - Item 'policy_subsidy' overlaps: these Measures '联合体政策补助(第十六条)' "
    "CNY 1,000,000.00; another Cixi municipal-level policy '慈溪市企业研发机构建设奖励' "
    "CNY 800,000.00; the higher applies without duplication: these Measures "
    "'联合体政策补助(第十六条)', CNY 1,000,000.00. [Art. 23]"
)
ROW_EXPLAINED_ZH = (
    "慈溪汽车电子企业创新联合体(LHT-02)2026年:年末状态“培育中”\n"
    "  第十六条补助: 1,000,000.00 元 *\n"
    "  当年市级支出: 1,000,000.00 元 *\n"
    "  *依据情景假设,非本办法规定的数值:第十六条补助——政策补助标准"
    "(inputs.policy_subsidy_schedule,第十六条);当年市级支出含上述金额。\n"
    "2026-01-15 consortium.annual_plan [LHT-02]: 年度计划已报送\n"
    "  - 2026-01-15链主型企业报送2026年度计划,包括行业提升指标、技术攻关目录、"
    "资源共享清单、标志性新产品开发计划。 [第十五条]\n"
    "2026-09-30 consortium_support.policy_subsidy [LHT-02]: 给予政策补助\n"
    "  rd_institution_in_high_tier_city: 1,000,000.00 元(100 万元)\n"
    "  granted: 1,000,000.00 元(100 万元)\n"
    "  - 链主型企业于联合体培育过程中(2025-08-01至2028-07-31)提出申请。 "
    "[第十五条、第十六条]\n"
    "  - 情形“链主型企业在高能级城市组建研发机构”:按调用方提供的补助标准"
    "(本办法未规定金额)给予1,000,000.00 元(100 万元)。 [第十六条]\n"
    "2026-09-30 overlap.resolve_overlap [LHT-02]: 就高不重复\n"
    "  granted.policy_subsidy: 1,000,000.00 元(100 万元)\n"
    "  granted: 1,000,000.00 元(100 万元)\n"
    "  sum_of_candidates: 1,800,000.00 元(180 万元)\n"
    "  not_duplicated: 800,000.00 元(80 万元)\n"
    "  - 项目“policy_subsidy”存在重复补助:本办法“联合体政策补助(第十六条)”"
    "1,000,000.00元;其他市本级政策“慈溪市企业研发机构建设奖励”800,000.00元;"
    "按“就高不重复”给予本办法“联合体政策补助(第十六条)”1,000,000.00 元"
    "(100 万元)。 [第二十三条]"
)


class TestExplain:
    @pytest.mark.parametrize(
        ("lang", "expected"),
        [
            pytest.param("en", ROW_EXPLAINED_EN, id="in-english"),
            pytest.param("zh", ROW_EXPLAINED_ZH, id="in-chinese"),
        ],
    )
    def test_one_row(self, result: Any, lang: str, expected: str) -> None:
        assert result.explain("LHT-02", 2026, lang) == expected

    def test_settlement_with_recovery_and_the_inspection(self, result: Any) -> None:
        decisions = result.decisions("CX-02", 2027)
        assert [d.rule for d in decisions] == [
            "complex.units_reassignment",
            "complex.annual_work_plan",
            "subsidy.operating_subsidy",
            "subsidy.advance_payment",
            "subsidy.settle_operating_subsidy",
            "complex.annual_assessment",
        ]
        settlement = decisions[4]
        assert settlement.amount("balance") == D("-250000.00")
        assert settlement.amount("excluded") == D("30000.00")
        assert settlement.subject == "CX-02"

    def test_nothing_further_after_termination_cites_the_articles(self, result: Any) -> None:
        text = result.explain("ZX-02", 2028, "en")
        assert text.endswith(
            "2028-10-31 simulation.terminated [ZX-02]: nothing further\n"
            "  - Policy support was terminated on 2028-05-31: no matching is provided on "
            "2028-10-31. [Art. 21, Art. 20 ¶1]"
        )

    def test_the_last_years_settlement_is_after_the_horizon(self, result: Any) -> None:
        assert result.explain("CX-01", 2029, "en").endswith(
            "2029-12-31 simulation.beyond_horizon [CX-01]: settled after the horizon\n"
            "  - The 2029 subsidy is settled in the following year, on 2030-03-31, after the "
            "horizon. [Art. 10]"
        )

    def test_bad_language_and_unknown_row(self, result: Any) -> None:
        with pytest.raises(InputError, match="'fr' is not a language"):
            result.explain("CX-01", 2025, "fr")
        with pytest.raises(InputError, match="2031 is not a year of the horizon"):
            result.explain("CX-01", 2031)
        with pytest.raises(InputError, match="'CX-99' is not a platform"):
            result.row("CX-99", 2025)


class TestOutcomes:
    def test_explicit_facts_win_over_probabilities(self) -> None:
        certain = variant(lambda d: d.update(probabilities={"unqualified_annual_assessment": "1"}))
        assert simulate(certain, seed=1).totals == simulate(default_scenario()).totals

    def test_a_missing_outcome_is_drawn(self) -> None:
        def change(d: dict[str, Any]) -> None:
            d["platforms"][0]["years"]["2025"].pop("assessment")
            d["probabilities"] = {"unqualified_annual_assessment": "1"}

        drawn = simulate(variant(change), seed=1)
        assert drawn.row("CX-01", 2025).state is ComplexState.UNITS_REVOKED
        assert drawn.row("CX-01", 2026).settlement_recovered == D("250000.00")

    def test_a_probability_of_zero_never_fails(self) -> None:
        def change(d: dict[str, Any]) -> None:
            d["platforms"][1]["years"]["2026"].pop("assessment")
            d["platforms"][1]["probabilities"] = {"unqualified_annual_assessment": "0"}

        assert simulate(variant(change), seed=1).row("CX-02", 2026).state is (
            ComplexState.UNDER_CONSTRUCTION
        )

    def test_same_seed_same_result(self) -> None:
        s = uncertain()
        assert simulate(s, seed=1) == simulate(s, seed=1)

    def test_different_seeds_differ(self) -> None:
        s = uncertain()
        one, two = simulate(s, seed=1), simulate(s, seed=2)
        assert [t.cash for t in one.totals] == [
            D("1385000.00"),
            D("8450000.00"),
            D("7910000.00"),
            D("4950000.00"),
            D("3950000.00"),
        ]
        assert [t.cash for t in two.totals] == [
            D("1385000.00"),
            D("7850000.00"),
            D("7440000.00"),
            D("6950000.00"),
            D("5450000.00"),
        ]

    def test_the_scorer_grades_the_appraisal_from_the_indicators(self) -> None:
        def change(d: dict[str, Any]) -> None:
            d["platforms"][2]["years"]["2026"].pop("appraisal")
            d["inputs"]["scorer"] = {
                "minimum_completion": {
                    "industry_output_value": "9/10",
                    "valid_hte_share": "9/10",
                    "above_scale_rd_intensity": "9/10",
                    "above_scale_rd_institution_rate": "9/10",
                    "valid_invention_patents": "none",
                }
            }

        row = simulate(variant(change)).row("CX-03", 2026)
        assert row.state is ComplexState.ELIMINATED

    def test_the_reassignment_reading_new_round(self) -> None:
        s = variant(lambda d: d.update(readings={"reassignment": "new_round"}))
        result = simulate(s)
        assert result.row("CX-02", 2027).state is ComplexState.UNDER_CONSTRUCTION
        assert [d.rule for d in result.decisions("CX-02", 2027)][:2] == [
            "complex.units_reassignment",
            "complex.round_start",
        ]


def error_of(scenario: Scenario, seed: object = None) -> Exception:
    with pytest.raises(InputError) as caught:
        simulate(scenario, seed)
    return caught.value


class TestErrors:
    """A needed value that is missing is an error naming its path and article."""

    @pytest.mark.parametrize(
        ("change", "field", "message"),
        [
            (
                lambda d: d["platforms"][1]["years"]["2026"].pop("assessment"),
                "platforms[1].years[2026].assessment",
                "platforms[1].years[2026].assessment: the annual check of 2026 (due on "
                "2026-12-10) is needed; give it in the year's facts, or a probability "
                "(probabilities.unqualified_annual_assessment) (Art. 8 第八条)",
            ),
            (
                lambda d: d["inputs"].pop("advance"),
                "inputs.advance",
                "inputs.advance: the Measures do not give the amount or share of the operating "
                "subsidy advanced at the start of the year; supply it (Art. 10 第十条)",
            ),
            (
                lambda d: d["inputs"].pop("settlement_link"),
                "inputs.settlement_link",
                "inputs.settlement_link: the Measures do not give how the settled subsidy is "
                "linked to the annual assessment result; supply it (Art. 10 第十条)",
            ),
            (
                lambda d: d["inputs"].pop("policy_subsidy_schedule"),
                "inputs.policy_subsidy_schedule",
                "inputs.policy_subsidy_schedule: the Measures do not give the amounts of the "
                "Consortium policy subsidy ('a certain policy subsidy'); supply it "
                "(Art. 16 第十六条)",
            ),
            (
                lambda d: d["inputs"]["policy_subsidy_schedule"].pop("iur_cooperation"),
                "inputs.policy_subsidy_schedule.iur_cooperation",
                "inputs.policy_subsidy_schedule.iur_cooperation: the schedule gives no amount "
                "for industry–university–research cooperation with universities or research "
                "institutes; the Measures give none ('一定的政策补助'), supply it "
                "(Art. 16 第十六条)",
            ),
            (
                lambda d: d["inputs"].pop("matching_ratio"),
                "inputs.matching_ratio",
                "inputs.matching_ratio: the Measures do not give the proportion of Cixi "
                "matching funds ('a certain proportion'); supply it (Art. 20 第二十条)",
            ),
            (
                lambda d: d["platforms"][0].pop("requested_subsidy"),
                "platforms[0].years[2025].requested",
                "platforms[0].years[2025].requested: the operating subsidy requested for 2025 "
                "is needed (its advance is due on 2025-03-01); give it, or the spec's "
                "requested_subsidy (Art. 10 第十条)",
            ),
            (
                lambda d: d["platforms"][0].pop("spending"),
                "platforms[0].years[2025].spending",
                "platforms[0].years[2025].spending: the spending charged to the 2025 subsidy "
                "is needed for its settlement on 2026-03-31; give it, or the spec's spending "
                "(Art. 10 第十条)",
            ),
            (
                lambda d: d["platforms"][2]["years"]["2026"].pop("indicators"),
                "platforms[2].years[2026].indicators",
                "platforms[2].years[2026].indicators: the end-of-round appraisal (due on "
                "2026-07-01) measures the five core indicators; give their values "
                "(Art. 9 第九条)",
            ),
            (
                lambda d: d["platforms"][0]["years"]["2026"].pop("higher_level_evaluation"),
                "platforms[0].years[2026].higher_level_evaluation",
                "platforms[0].years[2026].higher_level_evaluation: the higher-level annual "
                "evaluation of 2026 (due on 2026-12-20) of a Complex at Ningbo municipal level "
                "is needed; give it in the year's facts, or a probability "
                "(probabilities.poor_higher_level_evaluation) (Art. 8 ¶2 第八条第二款)",
            ),
            (
                lambda d: d["platforms"][5]["years"]["2025"]["claims"][0]["triggers"][0].pop(
                    "eligible_cost"
                ),
                "platforms[5].years[2025].claims[0].triggers[0].eligible_cost",
                "platforms[5].years[2025].claims[0].triggers[0].eligible_cost: the schedule "
                "gives a rate of the eligible cost; give the eligible cost (Art. 16 第十六条)",
            ),
        ],
    )
    def test_missing_values(
        self, change: Callable[[dict[str, Any]], object], field: str, message: str
    ) -> None:
        error = error_of(variant(change))
        assert isinstance(error, MissingInputError)
        assert error.field == field
        assert str(error) == message

    @pytest.mark.parametrize(
        ("scenario", "kind", "message"),
        [
            pytest.param(
                uncertain,
                MissingInputError,
                "seed: the annual check of 2025 (due on 2025-12-10) is drawn from "
                "probabilities.unqualified_annual_assessment; give a seed (Art. 8 第八条)",
                id="a-seed-is-needed-to-draw",
            ),
            pytest.param(
                lambda: variant(lambda d: d.update(force="refuse")),
                OutsideForceError,
                "platforms[0].applied_on: 2024-10-15 is outside the Measures' force "
                "[2024-12-25, 2029-12-25); record a platform created before the Measures with "
                "force = 'flag' (Art. 24 第二十四条)",
                id="a-platform-from-before-the-measures-needs-the-flag",
            ),
            pytest.param(
                lambda: variant(
                    lambda d: d["platforms"][0].update(
                        applicants=[{"kind": "enterprise", "name": "某公司"}]
                    )
                ),
                ScenarioError,
                "platforms[0].applied_on: 某公司 (enterprise) may not apply for a Complex: the "
                "applicants are town governments (sub-district offices) and industrial "
                "platforms. (Art. 6 第六条)",
                id="a-refused-event-names-the-platforms-field-and-its-own-names",
            ),
        ],
    )
    def test_a_scenario_that_cannot_be_simulated_is_refused_naming_the_field(
        self, scenario: Callable[[], Scenario], kind: type[InputError], message: str
    ) -> None:
        error = error_of(scenario())
        assert isinstance(error, kind)
        assert str(error) == message

    def test_not_a_scenario(self) -> None:
        with pytest.raises(InputError, match="is not a Scenario"):
            simulate({})  # type: ignore[arg-type]


class TestPurity:
    def test_results_pickle(self, result: Any) -> None:
        again = pickle.loads(pickle.dumps(result))
        assert again == result
        assert again.explain("CX-02", 2027, "zh") == result.explain("CX-02", 2027, "zh")

    def test_the_scenario_is_not_changed(self) -> None:
        s = default_scenario()
        simulate(s)
        assert s == default_scenario()


def _cited_by_decisions(result: Any, platform_id: str, year: int) -> tuple[Citation, ...]:
    seen: dict[Citation, None] = {}
    for decision in result.decisions(platform_id, year):
        seen.update(dict.fromkeys(decision.articles))
    return tuple(seen)


@pytest.mark.parametrize("seed", [None, 1, 2, 3, 4, 5])
def test_each_row_cites_what_its_decisions_cite_in_their_order(seed: int | None) -> None:
    scenario = default_scenario() if seed is None else uncertain()
    result = simulate(scenario, seed)
    mismatched = [
        (row.platform_id, row.year)
        for row in result.rows
        if row.articles != _cited_by_decisions(result, row.platform_id, row.year)
    ]
    assert mismatched == []
    assert len(result.rows) == 50


def test_the_first_row_of_a_platform_set_up_that_year_cites_its_setup() -> None:
    result = simulate(default_scenario())
    assert result.row("CX-05", 2025).articles == (
        Citation.article(6),
        Citation.article(2),
        Citation.article(5),
        Citation.article(7),
        Citation.article(8),
        Citation.article(10),
    )
    assert [(d.on, d.rule) for d in result.decisions("CX-05", 2025)][:2] == [
        (date(2025, 5, 6), "complex.complex_application"),
        (date(2025, 8, 1), "complex.feasibility_review"),
    ]
