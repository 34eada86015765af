"""The scenario model: values, validation with paths, the plain-data round trip."""

from __future__ import annotations

import json
import pickle
from datetime import date
from decimal import Decimal
from fractions import Fraction
from typing import Any

import pytest
from tests.scenario.documents import data, problems

from cixi_innovation.law.measures import MEASURES, EffectiveDateReading, ForceCheck
from cixi_innovation.law.parameters import PARAMETERS
from cixi_innovation.lifecycles.complex.events import LevelRecognition
from cixi_innovation.rules.subsidy_settlement import (
    FULL_IF_QUALIFIED_NONE_IF_UNQUALIFIED,
    AdvanceRule,
)
from cixi_innovation.scenarios.default import default_scenario
from cixi_innovation.scenarios.facts import ComplexYearFacts, OtherSubsidy, PolicyClaim
from cixi_innovation.scenarios.horizon import Calendar, Horizon, MonthDay
from cixi_innovation.scenarios.inputs import Inputs
from cixi_innovation.scenarios.platforms import ComplexSpec, ConsortiumSpec
from cixi_innovation.scenarios.probabilities import Probabilities
from cixi_innovation.scenarios.problems import Problem, ScenarioError
from cixi_innovation.scenarios.scenario import Scenario
from cixi_innovation.values.assessments import AssessmentResult
from cixi_innovation.values.errors import InputError
from cixi_innovation.values.vocabulary import Level, PlatformKind


class TestDefaultScenario:
    """The embedded portfolio: Art. 5 fields, levels, failures, and labelled assumptions."""

    def test_platforms_and_kinds(self) -> None:
        s = default_scenario()
        assert [(p.id, p.kind) for p in s.platforms] == [
            ("CX-01", PlatformKind.COMPLEX),
            ("CX-02", PlatformKind.COMPLEX),
            ("CX-03", PlatformKind.COMPLEX),
            ("CX-04", PlatformKind.COMPLEX),
            ("CX-05", PlatformKind.COMPLEX),
            ("LHT-01", PlatformKind.CONSORTIUM),
            ("LHT-02", PlatformKind.CONSORTIUM),
            ("LHT-03", PlatformKind.CONSORTIUM),
            ("ZX-01", PlatformKind.INNOVATION_CENTER),
            ("ZX-02", PlatformKind.INNOVATION_CENTER),
        ]

    def test_the_art_5_fields_of_the_complexes(self) -> None:
        s = default_scenario()
        fields = [p.industry for p in s.platforms if isinstance(p, ComplexSpec)]
        assert fields == ["智能家电", "汽车零部件", "关键基础件(轴承)", "生命健康", "新材料"]

    def test_the_open_inputs_are_labelled_as_assumptions(self) -> None:
        s = default_scenario()
        assert "assumptions of the scenario, not values of the Measures" in s.title
        assert "非本办法规定" in s.title
        assert s.inputs.advance == AdvanceRule.share_of_grant("1/2")
        assert s.inputs.settlement_link is FULL_IF_QUALIFIED_NONE_IF_UNQUALIFIED
        assert s.inputs.matching_ratio == Fraction(1)
        assert s.force is ForceCheck.FLAG

    def test_defaults_of_the_model(self) -> None:
        s = default_scenario()
        assert s.horizon == Horizon(2025, 2029)
        assert s.years == (2025, 2026, 2027, 2028, 2029)
        assert s.measures is MEASURES
        assert s.parameters == PARAMETERS
        assert s.calendar == Calendar()
        assert s.probabilities is None

    def test_a_platform_by_id(self) -> None:
        s = default_scenario()
        spec = s.platform("CX-04")
        assert isinstance(spec, ComplexSpec)
        assert spec.events == (LevelRecognition(date(2023, 11, 30), level=Level.PROVINCIAL),)
        with pytest.raises(InputError, match="'CX-99' is not a platform of the scenario"):
            s.platform("CX-99")


class TestRoundTrip:
    def test_plain_data_round_trip_is_equal(self) -> None:
        s = default_scenario()
        assert Scenario.from_data(s.to_data()) == s

    def test_plain_data_is_json_ready(self) -> None:
        text = json.dumps(default_scenario().to_data(), ensure_ascii=False)
        assert Scenario.from_data(json.loads(text)) == default_scenario()

    def test_money_fractions_and_dates_are_strings(self) -> None:
        out: dict[str, Any] = default_scenario().to_data()
        assert out["schema_version"] == "1"
        assert out["inputs"] == {
            "advance": {"share": "1/2"},
            "settlement_link": "full_if_qualified_none_if_unqualified",
            "policy_subsidy_schedule": {
                "iur_cooperation": {"rate": "3/10", "cap": "500000.00"},
                "large_test_equipment": {"rate": "1/5", "cap": "1000000.00"},
                "rd_institution_in_high_tier_city": {"amount": "1000000.00"},
            },
            "matching_ratio": "1",
        }
        complex_ = out["platforms"][1]
        assert complex_["round_start"] == "2025-04-01"
        assert complex_["years"]["2026"] == {
            "assessment": "unqualified",
            "findings": [
                {"item": "展厅装修超出标准", "amount": "30000.00", "note": "超出使用标准"}
            ],
        }
        assert out["calendar"]["advance"] == "01-20"

    def test_every_value_round_trips(self) -> None:
        inputs = Inputs(
            advance=AdvanceRule.fixed_amount(100000),
            matching_ratio="1/2",
            carry_over="replaces_subsidy",
        )
        assert Inputs.from_data(inputs.to_data()) == inputs
        p = Probabilities(poor_mid_term="1/10", unqualified_annual_assessment="5%")
        assert p.to_data() == {"unqualified_annual_assessment": "1/20", "poor_mid_term": "1/10"}
        assert Probabilities.from_data(p.to_data()) == p
        c = Calendar(advance="02-01", settlement="04-30")
        assert Calendar.from_data(c.to_data()) == c
        o = OtherSubsidy("higher_level_policy", "宁波补助", "600000")
        assert OtherSubsidy.from_data(o.to_data()) == o

    def test_each_platform_and_year_round_trips_on_its_own(self) -> None:
        for spec in default_scenario().platforms:
            assert type(spec).from_data(spec.to_data()) == spec
            for facts in spec.years:
                assert type(facts).from_data(facts.to_data(), year=facts.year) == facts
        claim = PolicyClaim.from_data(
            {
                "triggers": [{"trigger": "iur_cooperation", "eligible_cost": "10"}],
                "on": "2026-05-01",
            }
        )
        assert PolicyClaim.from_data(claim.to_data()) == claim

    def test_a_spec_on_its_own_reports_its_problems(self) -> None:
        with pytest.raises(ScenarioError) as caught:
            PolicyClaim.from_data({"triggers": [{"trigger": "x"}]}, "claims[0]")
        assert str(caught.value) == (
            "claims[0].triggers[0].trigger: 'x' is not a subsidy trigger; choose one of: "
            "iur_cooperation, large_test_equipment, rd_institution_in_high_tier_city"
        )
        with pytest.raises(ScenarioError) as caught:
            ConsortiumSpec.from_data({"kind": "consortium", "id": "L"}, "platforms[3]")
        assert [p.path for p in caught.value.problems] == [
            "platforms[3].name",
            "platforms[3].enterprise",
            "platforms[3].track",
            "platforms[3].applied_on",
            "platforms[3].approved_on",
            "platforms[3].cultivation_start",
        ]

    def test_other_readings_round_trip(self) -> None:
        raw = data()
        raw["measures"] = {"effective": "strict_after"}
        raw["readings"] = {"reassignment": "new_round"}
        s = Scenario.from_data(raw)
        assert s.measures == MEASURES.with_readings(effective=EffectiveDateReading.STRICT_AFTER)
        assert s.readings.reassignment.code == "new_round"
        assert Scenario.from_data(s.to_data()) == s

    def test_values_are_immutable_and_picklable(self) -> None:
        s = default_scenario()
        with pytest.raises(AttributeError):
            s.title = "x"  # type: ignore[misc]
        assert pickle.loads(pickle.dumps(s)) == s

    def test_equal_facts_read_from_data_are_shared(self) -> None:
        s = default_scenario()
        one, two = s.platforms[0], s.platforms[2]
        assert isinstance(one, ComplexSpec)
        assert isinstance(two, ComplexSpec)
        assert one.spending is two.spending


class TestProblems:
    """Bad input is reported with the path of every problem, nothing half-built."""

    def test_every_problem_is_reported_with_its_path(self) -> None:
        raw = data()
        raw["platforms"][1]["years"]["2026"]["assessment"] = "passed"
        raw["platforms"][1]["years"]["2026"]["findings"][0]["amount"] = 0.5
        raw["platforms"][5]["cultivation_start"] = "2025-02-30"
        raw["platforms"][8]["host_units"][0]["vehicles"][0]["level"] = "city"
        raw["platforms"][2]["id"] = "CX-01"
        raw["inputs"]["advance"] = {"share": "3/2"}
        raw["inputs"]["settlement_link"] = "half"
        raw["calendar"] = {"advance": "13-01"}
        raw["probabilities"] = {"poor_mid_term": "2"}
        assert problems(raw) == [
            "inputs.advance.share: '3/2' is more than the whole subsidy (Art. 10 第十条)",
            "inputs.settlement_link: 'half' is not a named settlement link; choose one of: "
            "full_if_qualified_none_if_unqualified, pro_rata_by_eligible_spending, "
            "unqualified_retains_spent_advance, or give {qualified, unqualified} shares "
            "(Art. 10 第十条)",
            "calendar.advance: '13-01' is not a day of every year (MM-DD)",
            "probabilities.poor_mid_term: '2' is more than 1; a probability is between 0 and 1",
            "platforms[1].years[2026].assessment: 'passed' is not an assessment result; "
            "choose one of: qualified, unqualified",
            "platforms[1].years[2026].findings[0].amount: 0.5 is a float; money must be given "
            "as int, str or Decimal yuan so that it stays exact",
            "platforms[5].cultivation_start: '2025-02-30' is not a date (YYYY-MM-DD)",
            "platforms[8].host_units[0].vehicles[0].level: 'city' is not a level; choose one "
            "of: cixi, ningbo, provincial, national",
            "platforms[2].id: 'CX-01' is already the id of platforms[0]",
        ]

    def test_the_error_lists_the_problems(self) -> None:
        raw = data()
        raw["platforms"][2]["events"] = [
            {"kind": "level_recognition", "on": "2023-02-30", "level": "ningbo"}
        ]
        raw["platforms"][2]["years"]["2026"]["assesment"] = "qualified"
        with pytest.raises(ScenarioError) as caught:
            Scenario.from_data(raw)
        assert str(caught.value) == (
            "2 problems in the scenario:\n"
            "  platforms[2].years[2026].assesment: unknown key; expected one of: assessment, "
            "higher_level_evaluation, appraisal, indicators, requested, spending, findings, "
            "carried_over, higher_level_in_year, overlaps\n"
            "  platforms[2].events[0].on: '2023-02-30' is not a date (YYYY-MM-DD)"
        )
        assert caught.value.field == "platforms[2].years[2026].assesment"
        assert isinstance(caught.value, InputError)

    def test_one_problem_reads_as_a_plain_error(self) -> None:
        raw = data()
        raw["platforms"][0]["years"]["2031"] = {"assessment": "qualified"}
        with pytest.raises(ScenarioError) as caught:
            Scenario.from_data(raw)
        assert str(caught.value) == (
            "platforms[0].years[2031]: 2031 is outside the horizon 2025-2029"
        )
        assert caught.value.problems == (
            Problem(
                "platforms[0].years[2031]",
                "2031 is outside the horizon 2025-2029",
                zh="2031 在模拟期 2025-2029 之外",
            ),
        )
        assert caught.value.text("zh") == "platforms[0].years[2031]: 2031 在模拟期 2025-2029 之外"

    def test_unknown_keys_and_schema_version(self) -> None:
        raw = data()
        raw["schema_version"] = "2"
        raw["colour"] = "red"
        assert problems(raw) == [
            "colour: unknown key; expected one of: schema_version, title, notes, horizon, "
            "measures, parameters, readings, inputs, calendar, force, probabilities, platforms",
            "schema_version: unsupported scenario schema version '2' (expected '1')",
        ]

    def test_missing_required_keys(self) -> None:
        assert problems({"title": "x", "platforms": [{"kind": "consortium", "id": "L"}]}) == [
            "platforms[0].name: is missing",
            "platforms[0].enterprise: is missing",
            "platforms[0].track: is missing",
            "platforms[0].applied_on: is missing",
            "platforms[0].approved_on: is missing",
            "platforms[0].cultivation_start: is missing",
        ]

    def test_unknown_kind_of_platform(self) -> None:
        raw = data()
        raw["platforms"].append({"kind": "lab"})
        assert problems(raw) == [
            "platforms[10].kind: 'lab' is not a kind of platform; choose one of: complex, "
            "consortium, center"
        ]

    def test_generated_events_may_not_be_given(self) -> None:
        raw = data()
        raw["platforms"][0]["events"] = [
            {"kind": "annual_assessment", "on": "2026-01-01", "year": 2025, "result": "qualified"}
        ]
        assert problems(raw) == [
            "platforms[0].events[0].kind: 'annual_assessment' is not an event given in a "
            "scenario; give one of: higher_level_expiry_assessment, level_recognition (the "
            "other events are generated from the spec and its yearly facts)"
        ]

    def test_dates_out_of_order(self) -> None:
        raw = data()
        raw["platforms"][0]["approved_on"] = "2024-01-01"
        assert problems(raw) == [
            "platforms[0].approved_on: 2024-01-01 is before applied_on (2024-10-15)"
        ]

    def test_a_candidate_of_these_measures_is_computed_not_given(self) -> None:
        raw = data()
        raw["platforms"][4]["years"]["2026"]["overlaps"][0]["source"] = "these_measures"
        assert problems(raw) == [
            "platforms[4].years[2026].overlaps[0].source: an overlapping candidate comes from "
            "another policy (a Cixi municipal-level or a higher-level one); the candidate "
            "under these Measures is computed"
        ]

    def test_not_a_mapping(self) -> None:
        assert problems([]) == ["[] is not a mapping"]

    def test_errors_pickle_with_their_problems(self) -> None:
        error = ScenarioError([Problem("a", "b"), Problem("c", "d")])
        again = pickle.loads(pickle.dumps(error))
        assert again.problems == error.problems
        assert str(again) == str(error)


class TestDirectConstruction:
    """Values built in Python are validated too, naming the field."""

    def test_probabilities_are_at_most_one(self) -> None:
        with pytest.raises(
            InputError, match=r"^poor_mid_term: '3/2' is more than 1; a probability is between"
        ):
            Probabilities(poor_mid_term="3/2")

    def test_calendar_order(self) -> None:
        with pytest.raises(InputError) as caught:
            Calendar(advance="01-05")
        assert str(caught.value) == (
            "advance: the reassignment (01-10) comes before the annual plan (01-15), which "
            "comes no later than the advance (01-05)"
        )

    def test_29_february_is_not_a_day_of_every_year(self) -> None:
        with pytest.raises(InputError) as caught:
            MonthDay.parse("02-29", field="calendar.advance")
        assert str(caught.value) == ("calendar.advance: '02-29' is not a day of every year (MM-DD)")

    def test_horizon(self) -> None:
        with pytest.raises(InputError, match=r"^last: the horizon ends \(2024\) before it starts"):
            Horizon(2025, 2024)

    def test_duplicate_ids(self) -> None:
        s = default_scenario()
        with pytest.raises(ScenarioError) as caught:
            s.replace(platforms=(s.platforms[0], s.platforms[0]))
        assert str(caught.value) == "platforms[1].id: 'CX-01' is already the id of platforms[0]"

    def test_a_year_given_twice(self) -> None:
        spec = default_scenario().platforms[0]
        assert isinstance(spec, ComplexSpec)
        with pytest.raises(InputError, match=r"^years\[2025\]: the year 2025 is given twice"):
            ComplexSpec(
                **{
                    **{a: getattr(spec, a) for a in ("id", "name", "industry", "applicants")},
                    "leading_body": spec.leading_body,
                    "host_unit": spec.host_unit,
                    "commitments": spec.commitments,
                    "applied_on": spec.applied_on,
                    "approved_on": spec.approved_on,
                    "round_start": spec.round_start,
                    "years": (ComplexYearFacts(2025), ComplexYearFacts(2025)),
                }
            )

    def test_year_facts_of_another_kind(self) -> None:
        with pytest.raises(InputError, match=r"^years\[0\]: .* is not ConsortiumYearFacts"):
            ConsortiumSpec(
                "L", "n", "e", "t", date(2025, 1, 1), date(2025, 2, 1), date(2025, 3, 1),
                years=(ComplexYearFacts(2025),),  # type: ignore[arg-type]
            )  # fmt: skip

    def test_a_settlement_link_must_be_named_or_shares(self) -> None:
        from cixi_innovation.rules.subsidy_settlement import NamedSettlementLink
        from cixi_innovation.values.vocabulary import Label

        own = NamedSettlementLink(Label("mine", "我的", "mine"), lambda facts: Decimal(0))
        with pytest.raises(InputError, match=r"^settlement_link: 'mine' is not one of the named"):
            Inputs(settlement_link=own)

    def test_year_facts_convert_their_values(self) -> None:
        facts = ComplexYearFacts(2026, assessment="qualified", requested="450000")
        assert facts.assessment is AssessmentResult.QUALIFIED
        assert facts.requested == Decimal("450000.00")
