"""Edges of the scenario model: each malformed part is refused naming its path or field.

Plain data (as read from a TOML or JSON file) is reported as :class:`ScenarioError`
problems with their paths; values built in Python raise :class:`InputError` naming the
field.  The lookups of the model (a platform's facts of a year, the probabilities that
apply to a platform) give exact values.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from fractions import Fraction
from typing import Any

import attrs
import pytest
from tests.scenario.documents import data, problems

from cixi_innovation.law.measures import MEASURES
from cixi_innovation.law.parameters import PARAMETERS
from cixi_innovation.lifecycles.center.events import TechCenterRecognition
from cixi_innovation.lifecycles.complex.events import LevelRecognition
from cixi_innovation.rules.consortium_support import SubsidyTrigger, TriggerClaim
from cixi_innovation.scenarios.default import default_scenario
from cixi_innovation.scenarios.facts import (
    CenterYearFacts,
    ComplexYearFacts,
    ConsortiumYearFacts,
    OtherSubsidy,
    PolicyClaim,
)
from cixi_innovation.scenarios.horizon import Calendar, Horizon, MonthDay
from cixi_innovation.scenarios.inputs import Inputs
from cixi_innovation.scenarios.platforms import CenterSpec, ComplexSpec, ConsortiumSpec
from cixi_innovation.scenarios.probabilities import Probabilities
from cixi_innovation.scenarios.problems import Problem, ScenarioError
from cixi_innovation.scenarios.scenario import Scenario
from cixi_innovation.values.errors import InputError
from cixi_innovation.values.vocabulary import AssessmentResult, Level, PerformanceGrade


def first_complex() -> ComplexSpec:
    spec = default_scenario().platforms[0]
    assert isinstance(spec, ComplexSpec)
    return spec


class TestHorizonAndCalendar:
    """The horizon's years and the calendar's days, in order (the scenario's conventions)."""

    def test_a_horizon_starting_before_1900_is_refused_naming_its_first_year(self) -> None:
        with pytest.raises(ScenarioError) as caught:
            Horizon.from_data({"first": 1800}, "horizon")
        assert caught.value.problems == (Problem("horizon.first", "1800 is not a calendar year"),)

    def test_a_year_of_facts_given_as_text_in_python_is_refused_naming_the_year(self) -> None:
        with pytest.raises(InputError) as caught:
            ComplexYearFacts("2026")  # type: ignore[arg-type]
        assert str(caught.value) == "year: '2026' is not a whole number"
        assert caught.value.field == "year"

    def test_a_day_of_letters_is_not_a_day_of_the_year(self) -> None:
        with pytest.raises(InputError) as caught:
            MonthDay.parse("ab-cd", field="calendar.advance")
        assert str(caught.value) == "calendar.advance: 'ab-cd' is not a day of the year (MM-DD)"

    def test_a_settlement_on_the_day_of_the_advance_is_refused(self) -> None:
        with pytest.raises(InputError) as caught:
            Calendar(settlement="01-20")
        assert str(caught.value) == (
            "settlement: the settlement (01-20) comes after the advance (01-20)"
        )

    def test_an_annual_assessment_on_the_day_of_the_annual_plan_is_refused(self) -> None:
        with pytest.raises(InputError) as caught:
            Calendar(annual_assessment="01-15")
        assert str(caught.value) == (
            "annual_assessment: the annual assessment (01-15) comes after the annual plan (01-15)"
        )

    def test_an_unknown_calendar_key_written_as_an_index_is_joined_without_a_dot(self) -> None:
        raw = data()
        raw["calendar"] = {"[x]": 1}
        assert problems(raw) == [
            "calendar[x]: unknown key; expected one of: reassignment, annual_plan, advance, "
            "settlement, policy_claims, matching, annual_assessment, higher_level_evaluation, "
            "after_expiry_days"
        ]


class TestProbabilities:
    """Probabilities of the failing outcomes; a platform's own take precedence."""

    def test_probabilities_that_are_not_a_mapping_are_refused(self) -> None:
        with pytest.raises(ScenarioError) as caught:
            Probabilities.from_data("1/10", "probabilities")
        assert caught.value.problems == (Problem("probabilities", "'1/10' is not a mapping"),)

    def test_a_platforms_probabilities_not_a_mapping_are_named_by_their_path(self) -> None:
        raw = data()
        raw["platforms"][0]["probabilities"] = "1/10"
        raw["platforms"][5]["probabilities"] = "1/10"
        raw["platforms"][8]["probabilities"] = "1/10"
        assert problems(raw) == [
            "platforms[0].probabilities: '1/10' is not a mapping",
            "platforms[5].probabilities: '1/10' is not a mapping",
            "platforms[8].probabilities: '1/10' is not a mapping",
        ]

    def test_a_platforms_probability_above_one_is_named_by_its_path(self) -> None:
        raw = data()
        raw["platforms"][5]["probabilities"] = {"unqualified_consortium_acceptance": "3/2"}
        assert problems(raw) == [
            "platforms[5].probabilities.unqualified_consortium_acceptance: '3/2' is more than "
            "1; a probability is between 0 and 1"
        ]

    def test_a_platforms_own_probabilities_are_completed_by_the_scenarios(self) -> None:
        spec = attrs.evolve(first_complex(), probabilities=Probabilities(poor_appraisal="1/4"))
        scenario = default_scenario().replace(
            probabilities=Probabilities(poor_appraisal="1/5", poor_mid_term="1/10"),
            platforms=(spec,),
        )
        assert scenario.probabilities_of(spec) == Probabilities(
            poor_appraisal=Fraction(1, 4), poor_mid_term=Fraction(1, 10)
        )

    def test_a_platforms_probabilities_of_the_wrong_type_are_refused(self) -> None:
        with pytest.raises(InputError) as caught:
            attrs.evolve(first_complex(), probabilities="1/10")
        assert str(caught.value) == "probabilities: '1/10' is not Probabilities"


class TestInputs:
    """The open inputs (Art. 10, 16, 20, 22): malformed ones are named by their path."""

    def test_an_advance_not_given_as_a_mapping_is_refused_naming_its_path(self) -> None:
        raw = data()
        raw["inputs"]["advance"] = "1/2"
        assert problems(raw) == ["inputs.advance: '1/2' is not a mapping"]

    def test_a_policy_subsidy_schedule_not_given_as_a_mapping_is_refused(self) -> None:
        raw = data()
        raw["inputs"]["policy_subsidy_schedule"] = "30%"
        assert problems(raw) == ["inputs.policy_subsidy_schedule: '30%' is not a mapping"]

    def test_terms_of_a_trigger_not_given_as_a_mapping_are_refused_naming_the_trigger(
        self,
    ) -> None:
        raw = data()
        raw["inputs"]["policy_subsidy_schedule"]["iur_cooperation"] = "30%"
        assert problems(raw) == [
            "inputs.policy_subsidy_schedule.iur_cooperation: '30%' is not a mapping"
        ]

    def test_a_scorer_without_its_minimum_completion_is_refused(self) -> None:
        raw = data()
        raw["inputs"]["scorer"] = {}
        assert problems(raw) == ["inputs.scorer.minimum_completion: is missing"]

    def test_a_scorer_whose_minimum_completion_is_not_a_mapping_is_refused(self) -> None:
        raw = data()
        raw["inputs"]["scorer"] = {"minimum_completion": "4/5"}
        assert problems(raw) == ["inputs.scorer.minimum_completion: '4/5' is not a mapping"]

    def test_inputs_read_from_plain_data_hold_exact_values(self) -> None:
        inputs = Inputs.from_data(
            {"advance": {"fixed": "200000"}, "matching_ratio": "1/2"}, "inputs"
        )
        assert inputs.advance is not None
        assert inputs.advance.fixed == Decimal("200000.00")
        assert inputs.matching_ratio == Fraction(1, 2)

    def test_an_advance_of_the_wrong_type_is_refused_naming_the_field(self) -> None:
        with pytest.raises(InputError) as caught:
            Inputs(advance="1/2")  # type: ignore[arg-type]
        assert str(caught.value) == "advance: '1/2' is not a AdvanceRule"

    def test_a_settlement_link_of_the_wrong_type_is_refused_naming_both_types(self) -> None:
        with pytest.raises(InputError) as caught:
            Inputs(settlement_link=3)  # type: ignore[arg-type]
        assert str(caught.value) == (
            "settlement_link: 3 is not a NamedSettlementLink or ResultShares"
        )


class TestYearFacts:
    """Yearly facts (Art. 8-11, 15-16, 20-21): malformed ones are named by their path."""

    def test_a_year_of_a_complex_that_is_not_a_mapping_is_refused(self) -> None:
        raw = data()
        raw["platforms"][0]["years"]["2025"] = "qualified"
        assert problems(raw) == ["platforms[0].years[2025]: 'qualified' is not a mapping"]

    def test_a_year_of_a_consortium_that_is_not_a_mapping_is_refused(self) -> None:
        raw = data()
        raw["platforms"][5]["years"]["2025"] = "qualified"
        assert problems(raw) == ["platforms[5].years[2025]: 'qualified' is not a mapping"]

    def test_a_year_of_a_center_that_is_not_a_mapping_is_refused(self) -> None:
        raw = data()
        raw["platforms"][8]["years"]["2026"] = "not_poor"
        assert problems(raw) == ["platforms[8].years[2026]: 'not_poor' is not a mapping"]

    def test_years_given_as_a_list_are_refused(self) -> None:
        raw = data()
        raw["platforms"][5]["years"] = ["2025"]
        assert problems(raw) == ["platforms[5].years: ['2025'] is not a mapping of years"]

    def test_a_year_given_as_a_whole_number_key_is_read_as_that_year(self) -> None:
        raw = data()
        raw["platforms"][0]["years"] = {2026: {"assessment": "unqualified"}}
        spec = Scenario.from_data(raw).platforms[0]
        assert spec.years == (ComplexYearFacts(2026, assessment=AssessmentResult.UNQUALIFIED),)

    def test_spending_of_a_year_not_given_as_a_list_is_refused(self) -> None:
        raw = data()
        raw["platforms"][0]["years"]["2025"]["spending"] = "400000"
        assert problems(raw) == ["platforms[0].years[2025].spending: '400000' is not a list"]

    def test_a_finding_without_its_amount_is_refused_naming_the_amount(self) -> None:
        raw = data()
        raw["platforms"][1]["years"]["2026"]["findings"] = [{"item": "展厅装修超出标准"}]
        assert problems(raw) == ["platforms[1].years[2026].findings[0].amount: is missing"]

    def test_a_finding_read_from_data_holds_its_exact_amount(self) -> None:
        facts = ComplexYearFacts.from_data(
            {"findings": [{"item": "展厅装修超出标准", "amount": "30000"}]}, year=2026
        )
        assert [(f.item, f.amount, f.note) for f in facts.findings] == [
            ("展厅装修超出标准", Decimal("30000.00"), "")
        ]

    def test_an_overlap_without_its_amount_is_refused_naming_the_amount(self) -> None:
        raw = data()
        del raw["platforms"][4]["years"]["2026"]["overlaps"][0]["amount"]
        assert problems(raw) == ["platforms[4].years[2026].overlaps[0].amount: is missing"]

    def test_a_claim_that_is_not_a_mapping_and_one_without_triggers_are_refused(
        self,
    ) -> None:
        raw = data()
        raw["platforms"][5]["years"]["2025"]["claims"] = ["iur_cooperation", {"on": "2025-09-01"}]
        assert problems(raw) == [
            "platforms[5].years[2025].claims[0]: 'iur_cooperation' is not a mapping",
            "platforms[5].years[2025].claims[1].triggers: is missing",
        ]

    def test_a_trigger_claimed_without_naming_its_trigger_is_refused(self) -> None:
        raw = data()
        raw["platforms"][5]["years"]["2025"]["claims"][0]["triggers"].append(
            {"eligible_cost": "100000"}
        )
        assert problems(raw) == [
            "platforms[5].years[2025].claims[0].triggers[1].trigger: is missing"
        ]

    def test_a_claimant_flag_that_is_not_true_or_false_is_refused(self) -> None:
        with pytest.raises(InputError) as caught:
            PolicyClaim(
                (TriggerClaim(SubsidyTrigger.IUR_COOPERATION, "100000"),),
                by_chain_leader="yes",  # type: ignore[arg-type]
            )
        assert str(caught.value) == "by_chain_leader: 'yes' is not true or false"

    def test_findings_not_given_as_a_list_are_refused(self) -> None:
        with pytest.raises(InputError) as caught:
            ComplexYearFacts(2026, findings="x")
        assert str(caught.value) == "findings: 'x' is not a list"

    def test_a_finding_of_the_wrong_type_is_refused_naming_its_index(self) -> None:
        with pytest.raises(InputError) as caught:
            ComplexYearFacts(2026, findings=["x"])
        assert str(caught.value) == "findings[0]: 'x' is not a InspectionFinding"

    def test_indicators_of_the_wrong_type_are_refused(self) -> None:
        with pytest.raises(InputError) as caught:
            ComplexYearFacts(2026, indicators="x")
        assert str(caught.value) == "indicators: 'x' is not CoreIndicators"

    def test_a_blank_policy_name_of_an_overlap_is_refused(self) -> None:
        with pytest.raises(InputError) as caught:
            OtherSubsidy("higher_level_policy", " ", "600000")
        assert str(caught.value) == "policy: ' ' is blank or not a text"

    def test_the_facts_of_a_year_are_found_on_each_kind_of_platform(self) -> None:
        complex_, consortium, center = (default_scenario().platforms[i] for i in (0, 5, 8))
        assert isinstance(complex_, ComplexSpec)
        assert isinstance(consortium, ConsortiumSpec)
        assert isinstance(center, CenterSpec)
        assert complex_.year(2026) == ComplexYearFacts(
            2026,
            assessment=AssessmentResult.QUALIFIED,
            higher_level_evaluation=PerformanceGrade.NOT_POOR,
        )
        assert consortium.year(2028) == ConsortiumYearFacts(
            2028, acceptance=AssessmentResult.QUALIFIED
        )
        assert center.year(2028) == CenterYearFacts(
            2028, mid_term=PerformanceGrade.NOT_POOR, higher_level_subsidy=Decimal("3000000")
        )

    def test_a_year_without_facts_gives_none_on_each_kind_of_platform(self) -> None:
        complex_, consortium, center = (default_scenario().platforms[i] for i in (0, 5, 8))
        assert complex_.year(2024) is None
        assert consortium.year(2027) is None
        assert center.year(2025) is None


class TestPlatformSpecs:
    """Complexes, Consortia and Centers: malformed parts are named by their path."""

    def test_a_spec_that_is_not_a_mapping_is_refused_naming_its_path(self) -> None:
        with pytest.raises(ScenarioError) as caught:
            ComplexSpec.from_data("CX-01", "platforms[0]")
        assert caught.value.problems == (Problem("platforms[0]", "'CX-01' is not a mapping"),)

    def test_an_applicant_that_is_not_a_mapping_is_refused(self) -> None:
        raw = data()
        raw["platforms"][0]["applicants"] = ["观海卫镇人民政府"]
        assert problems(raw) == ["platforms[0].applicants[0]: '观海卫镇人民政府' is not a mapping"]

    def test_a_leading_body_that_is_not_a_mapping_is_refused(self) -> None:
        raw = data()
        raw["platforms"][0]["leading_body"] = "慈溪市家电行业协会"
        assert problems(raw) == ["platforms[0].leading_body: '慈溪市家电行业协会' is not a mapping"]

    def test_a_leading_body_of_an_unknown_kind_is_refused_naming_its_kind(self) -> None:
        raw = data()
        raw["platforms"][0]["leading_body"]["kind"] = "university"
        assert problems(raw) == [
            "platforms[0].leading_body.kind: 'university' is not a leading body kind; choose "
            "one of: industry_association, platform_enterprise"
        ]

    def test_an_event_that_is_not_a_mapping_is_refused(self) -> None:
        raw = data()
        raw["platforms"][0]["events"] = ["level_recognition"]
        assert problems(raw) == ["platforms[0].events[0]: 'level_recognition' is not a mapping"]

    def test_a_host_unit_that_is_not_a_mapping_is_refused(self) -> None:
        raw = data()
        raw["platforms"][8]["host_units"] = ["宁波某电器股份有限公司"]
        assert problems(raw) == [
            "platforms[8].host_units[0]: '宁波某电器股份有限公司' is not a mapping"
        ]

    def test_a_vehicle_that_is_not_a_mapping_is_refused(self) -> None:
        raw = data()
        raw["platforms"][8]["host_units"][0]["vehicles"] = ["浙江省智能家电重点企业研究院"]
        assert problems(raw) == [
            "platforms[8].host_units[0].vehicles[0]: '浙江省智能家电重点企业研究院' is not a "
            "mapping"
        ]

    def test_a_leading_body_of_the_wrong_type_is_refused(self) -> None:
        with pytest.raises(InputError) as caught:
            attrs.evolve(first_complex(), leading_body="慈溪市家电行业协会")  # type: ignore[arg-type]
        assert str(caught.value) == "leading_body: '慈溪市家电行业协会' is not a LeadingBody"

    def test_commitments_of_the_wrong_type_are_refused(self) -> None:
        with pytest.raises(InputError) as caught:
            attrs.evolve(first_complex(), commitments="x")  # type: ignore[arg-type]
        assert str(caught.value) == "commitments: 'x' is not CoreIndicators"

    def test_events_not_given_as_a_list_are_refused(self) -> None:
        with pytest.raises(InputError) as caught:
            attrs.evolve(first_complex(), events="x")
        assert str(caught.value) == "events: 'x' is not a list"

    @pytest.mark.parametrize(
        ("event", "message"),
        [
            pytest.param(
                TechCenterRecognition(date(2026, 5, 20), level=Level.NINGBO),
                "events[0]: tech_center_recognition is not an event given in a scenario; give "
                "one of: higher_level_expiry_assessment, level_recognition (the other events are "
                "generated from the spec and its yearly facts)",
                id="an-event-of-a-center",
            ),
            pytest.param(
                "level_recognition",
                "events[0]: 'level_recognition' is not an event given in a scenario; give one of: "
                "higher_level_expiry_assessment, level_recognition (the other events are "
                "generated from the spec and its yearly facts)",
                id="not-an-event",
            ),
        ],
    )
    def test_an_event_not_given_in_a_scenario_is_refused_naming_its_index_and_the_allowed_ones(
        self, event: object, message: str
    ) -> None:
        with pytest.raises(InputError) as caught:
            attrs.evolve(first_complex(), events=(event,))
        assert str(caught.value) == message

    def test_a_subclass_of_a_complex_event_is_not_an_event_of_its_lifecycle(self) -> None:
        @attrs.frozen
        class NotedRecognition(LevelRecognition):
            pass

        event = NotedRecognition(date(2026, 6, 30), level=Level.NINGBO)
        with pytest.raises(InputError) as caught:
            attrs.evolve(first_complex(), events=(event,))
        assert caught.value.field == "events[0]"
        assert str(caught.value).endswith(
            "is not an event of the industrial innovation service complex lifecycle"
        )


class TestScenarioConstruction:
    """A scenario built in Python checks the types and the Measures it is given."""

    def test_a_platform_of_the_wrong_type_is_refused_naming_the_three_kinds(self) -> None:
        with pytest.raises(InputError) as caught:
            Scenario("t", platforms=["CX-01"])
        assert str(caught.value) == (
            "platforms[0]: 'CX-01' is not a ComplexSpec or ConsortiumSpec or CenterSpec"
        )

    def test_measures_of_the_wrong_type_are_refused(self) -> None:
        with pytest.raises(InputError) as caught:
            Scenario("t", measures="慈政办发〔2024〕57号")  # type: ignore[arg-type]
        assert str(caught.value) == "measures: '慈政办发〔2024〕57号' is not Measures"

    def test_measures_differing_in_more_than_the_readings_of_art_24_are_refused(self) -> None:
        with pytest.raises(InputError) as caught:
            Scenario("t", measures=MEASURES.with_parameters(PARAMETERS.replace(validity_years=10)))
        assert str(caught.value) == (
            "measures: only the readings of Art. 24 may differ from the Measures' metadata"
        )

    def test_parts_of_the_wrong_type_are_each_reported(self) -> None:
        with pytest.raises(ScenarioError) as caught:
            Scenario("t", horizon="2025-2029", calendar=3)  # type: ignore[arg-type]
        assert caught.value.problems == (
            Problem("horizon", "'2025-2029' is not Horizon"),
            Problem("calendar", "3 is not Calendar"),
        )

    def test_parameters_given_in_part_keep_the_others(self) -> None:
        raw = data()
        raw["parameters"] = {"operating_subsidy_cap": "400000"}
        s = Scenario.from_data(raw)
        assert s.parameters.operating_subsidy_cap == Decimal("400000.00")
        assert s.parameters.complex_round_years == PARAMETERS.complex_round_years == 5


class TestMalformedSections:
    """Each section of a scenario document that is not of its shape is named by its path."""

    @pytest.mark.parametrize(
        "section",
        ["horizon", "calendar", "inputs", "measures", "parameters", "readings", "probabilities"],
    )
    def test_a_section_that_is_not_a_mapping_is_refused_naming_the_section(
        self, section: str
    ) -> None:
        raw = data()
        raw[section] = "2025-2029"
        assert problems(raw) == [f"{section}: '2025-2029' is not a mapping"]

    def test_platforms_not_given_as_a_list_are_refused(self) -> None:
        raw = data()
        raw["platforms"] = "CX-01"
        assert problems(raw) == ["platforms: 'CX-01' is not a list"]

    def test_a_platform_that_is_not_a_mapping_is_refused_naming_its_index(self) -> None:
        raw = data()
        raw["platforms"][0] = "CX-01"
        assert problems(raw) == ["platforms[0]: 'CX-01' is not a mapping"]

    def test_a_calendar_day_given_as_a_number_is_not_a_day_of_the_year(self) -> None:
        raw = data()
        raw["calendar"] = {"advance": 120}
        assert problems(raw) == ["calendar.advance: 120 is not a day of the year (MM-DD)"]

    def test_a_complex_without_leading_body_or_commitments_names_both(self) -> None:
        raw = data()
        del raw["platforms"][0]["leading_body"]
        del raw["platforms"][0]["commitments"]
        assert problems(raw) == [
            "platforms[0].leading_body: is missing",
            "platforms[0].commitments: is missing",
        ]

    def test_settlement_shares_without_the_unqualified_share_are_refused(self) -> None:
        raw = data()
        raw["inputs"]["settlement_link"] = {"qualified": "1"}
        assert problems(raw) == ["inputs.settlement_link.unqualified: is missing"]

    def test_settlement_shares_given_as_a_list_are_refused(self) -> None:
        raw = data()
        raw["inputs"]["settlement_link"] = ["1", "1/2"]
        assert problems(raw) == ["inputs.settlement_link: ['1', '1/2'] is not a mapping"]


class TestPlainDataOfEveryOptionalPart:
    """Every optional part is written to plain data exactly and read back equal."""

    def test_a_scenario_with_every_optional_part_round_trips_exactly(self) -> None:
        raw = data()
        raw["inputs"] |= {
            "settlement_link": {"qualified": "1", "unqualified": "1/2"},
            "policy_subsidy_schedule": {"iur_cooperation": {"rate": "3/10", "cap": "500000"}},
            "scorer": {
                "minimum_completion": {
                    "industry_output_value": "4/5",
                    "valid_hte_share": "none",
                    "above_scale_rd_intensity": "4/5",
                    "above_scale_rd_institution_rate": "4/5",
                    "valid_invention_patents": "4/5",
                }
            },
            "overlap_matching": "counts_as_overlap",
        }
        raw["probabilities"] = {"poor_mid_term": "10%"}
        complex_, consortium, center = (raw["platforms"][i] for i in (0, 5, 8))
        complex_ |= {
            "host_selected_on": "2025-02-20",
            "further_rounds": True,
            "probabilities": {"poor_appraisal": "1/5"},
        }
        complex_["years"]["2026"] |= {
            "carried_over": "100000",
            "higher_level_in_year": "300000",
            "spending": [{"amount": "1000", "description": "会议茶歇"}],
        }
        consortium |= {
            "further_rounds": True,
            "probabilities": {"unqualified_consortium_acceptance": "1/4"},
        }
        consortium["years"]["2025"]["claims"][0] |= {"on": "2025-09-01", "by_chain_leader": False}
        center |= {
            "further_rounds": True,
            "probabilities": {"unqualified_center_acceptance": "1/3"},
        }
        center["years"]["2029"] |= {
            "final_acceptance": "qualified",
            "overlaps": [
                {
                    "source": "higher_level_policy",
                    "policy": "宁波市创新中心配套",
                    "amount": "1000000",
                }
            ],
        }
        s = Scenario.from_data(raw)
        out: dict[str, Any] = s.to_data()
        assert Scenario.from_data(out) == s
        assert out["inputs"] == {
            "advance": {"share": "1/2"},
            "settlement_link": {"qualified": "1", "unqualified": "1/2"},
            "policy_subsidy_schedule": {"iur_cooperation": {"rate": "3/10", "cap": "500000.00"}},
            "matching_ratio": "1",
            "scorer": {
                "minimum_completion": {
                    "industry_output_value": "4/5",
                    "valid_hte_share": "none",
                    "above_scale_rd_intensity": "4/5",
                    "above_scale_rd_institution_rate": "4/5",
                    "valid_invention_patents": "4/5",
                }
            },
            "overlap_matching": "counts_as_overlap",
        }
        assert out["probabilities"] == {"poor_mid_term": "1/10"}
        written = out["platforms"]
        assert {k: written[0][k] for k in ("host_selected_on", "further_rounds")} == {
            "host_selected_on": "2025-02-20",
            "further_rounds": True,
        }
        assert written[0]["probabilities"] == {"poor_appraisal": "1/5"}
        assert written[0]["years"]["2026"] == {
            "assessment": "qualified",
            "higher_level_evaluation": "not_poor",
            "spending": [{"amount": "1000.00", "description": "会议茶歇"}],
            "carried_over": "100000.00",
            "higher_level_in_year": "300000.00",
        }
        assert written[5]["further_rounds"] is True
        assert written[5]["probabilities"] == {"unqualified_consortium_acceptance": "1/4"}
        assert written[5]["years"]["2025"]["claims"][0]["on"] == "2025-09-01"
        assert written[5]["years"]["2025"]["claims"][0]["by_chain_leader"] is False
        assert written[8]["further_rounds"] is True
        assert written[8]["probabilities"] == {"unqualified_center_acceptance": "1/3"}
        assert written[8]["years"]["2029"] == {
            "final_acceptance": "qualified",
            "higher_level_subsidy": "2000000.00",
            "overlaps": [
                {
                    "source": "higher_level_policy",
                    "policy": "宁波市创新中心配套",
                    "amount": "1000000.00",
                }
            ],
        }

    def test_a_spec_with_only_its_required_keys_writes_only_those_keys(self) -> None:
        raw = data()
        for index, optional in (
            (0, ("requested_subsidy", "spending", "years", "events")),
            (5, ("years",)),
            (8, ("years", "events")),
        ):
            for key in optional:
                raw["platforms"][index].pop(key, None)
        s = Scenario.from_data(raw)
        specs = [s.platforms[i] for i in (0, 5, 8)]
        written = [spec.to_data() for spec in specs]
        assert [list(w) for w in written] == [
            [
                "kind", "id", "name", "industry", "applicants", "leading_body", "host_unit",
                "commitments", "applied_on", "approved_on", "round_start",
            ],
            [
                "kind", "id", "name", "enterprise", "track", "applied_on", "approved_on",
                "cultivation_start",
            ],
            [
                "kind", "id", "name", "industry", "host_units", "legal_person", "proposed_on",
                "approved_on", "established_on", "construction_start",
            ],
        ]  # fmt: skip
        assert written[0]["commitments"] == {
            "industry_output_value": "120000000000.00",
            "valid_hte_share": "3/10",
            "above_scale_rd_intensity": "3/100",
            "above_scale_rd_institution_rate": "3/5",
            "valid_invention_patents": 800,
        }
        assert [type(spec).from_data(w) for spec, w in zip(specs, written, strict=True)] == specs

    def test_a_centers_year_with_only_its_mid_term_writes_only_the_mid_term(self) -> None:
        facts = CenterYearFacts(2028, mid_term="poor")
        assert facts.to_data() == {"mid_term": "poor"}
        assert CenterYearFacts.from_data(facts.to_data(), year=2028) == facts
