"""Edges of the scenario model: each malformed part is refused naming its path or field.

Plain data (as read from a TOML or JSON file) is reported as :class:`ScenarioError`
problems with their paths; values built in Python raise :class:`InputError` naming the
field.  The lookups of the model (a platform's facts of a year, the probabilities that
apply to a platform) give exact values.
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

import attrs
import pytest
from tests.raising import raised
from tests.scenario.documents import DELETED, changed, data, problems

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
from cixi_innovation.values.assessments import AssessmentResult, PerformanceGrade
from cixi_innovation.values.errors import InputError
from cixi_innovation.values.vocabulary import Level


def first_complex() -> ComplexSpec:
    spec = default_scenario().platforms[0]
    assert isinstance(spec, ComplexSpec)
    return spec


#: Plain data with one part malformed (``malformed_documents.toml``): each case's changes to
#: the default document and the problems that name each part's path.
MALFORMED_DATA = [
    pytest.param(
        {**case.get("changes", {}), **dict.fromkeys(case.get("deleted", ()), DELETED)},
        case["problems"],
        id=case["id"],
    )
    for case in tomllib.loads(
        (Path(__file__).parent / "malformed_documents.toml").read_text(encoding="utf-8")
    )["case"]
]


@pytest.mark.parametrize(("changes", "expected"), MALFORMED_DATA)
def test_a_malformed_part_of_plain_data_is_named_by_its_path(
    changes: dict[str, object], expected: list[str]
) -> None:
    assert problems(changed(data(), changes)) == expected


#: A part read from plain data on its own: the reading and the problems it reports.
MALFORMED_PARTS = {
    "horizon-starting-before-1900": (
        lambda: Horizon.from_data({"first": 1800}, "horizon"),
        (Problem("horizon.first", "1800 is not a calendar year", zh="1800 不是公历年份"),),
    ),
    "probabilities-not-a-mapping": (
        lambda: Probabilities.from_data("1/10", "probabilities"),
        (Problem("probabilities", "'1/10' is not a mapping", zh="'1/10' 不是映射(表)"),),
    ),
    "spec-not-a-mapping": (
        lambda: ComplexSpec.from_data("CX-01", "platforms[0]"),
        (Problem("platforms[0]", "'CX-01' is not a mapping", zh="'CX-01' 不是映射(表)"),),
    ),
    "scenario-parts-of-the-wrong-type-each-reported": (
        lambda: Scenario("t", horizon="2025-2029", calendar=3),  # type: ignore[arg-type]
        (
            Problem("horizon", "'2025-2029' is not Horizon", zh="'2025-2029' 不是模拟期"),
            Problem("calendar", "3 is not Calendar", zh="3 不是日程"),
        ),
    ),
}


@pytest.mark.parametrize(("read", "expected"), MALFORMED_PARTS.values(), ids=MALFORMED_PARTS)
def test_a_malformed_part_read_on_its_own_is_named_by_its_path(
    read: Callable[[], object], expected: tuple[Problem, ...]
) -> None:
    assert raised(ScenarioError, read).problems == expected


#: A value built in Python with a wrong part: the building and the error's text.
WRONG_VALUES = {
    "day-of-letters": (
        lambda: MonthDay.parse("ab-cd", field="calendar.advance"),
        "calendar.advance: 'ab-cd' is not a day of the year (MM-DD)",
    ),
    "settlement-on-the-day-of-the-advance": (
        lambda: Calendar(settlement="01-20"),
        "settlement: the settlement (01-20) comes after the advance (01-20)",
    ),
    "annual-assessment-on-the-day-of-the-annual-plan": (
        lambda: Calendar(annual_assessment="01-15"),
        "annual_assessment: the annual assessment (01-15) comes after the annual plan (01-15)",
    ),
    "advance-of-the-wrong-type": (
        lambda: Inputs(advance="1/2"),  # type: ignore[arg-type]
        "advance: '1/2' is not a AdvanceRule",
    ),
    "settlement-link-of-the-wrong-type": (
        lambda: Inputs(settlement_link=3),  # type: ignore[arg-type]
        "settlement_link: 3 is not a NamedSettlementLink or ResultShares",
    ),
    "claimant-flag-not-true-or-false": (
        lambda: PolicyClaim(
            (TriggerClaim(SubsidyTrigger.IUR_COOPERATION, "100000"),),
            by_chain_leader="yes",  # type: ignore[arg-type]
        ),
        "by_chain_leader: 'yes' is not true or false",
    ),
    "findings-not-a-list": (
        lambda: ComplexYearFacts(2026, findings="x"),
        "findings: 'x' is not a list",
    ),
    "finding-of-the-wrong-type": (
        lambda: ComplexYearFacts(2026, findings=["x"]),
        "findings[0]: 'x' is not a InspectionFinding",
    ),
    "indicators-of-the-wrong-type": (
        lambda: ComplexYearFacts(2026, indicators="x"),
        "indicators: 'x' is not CoreIndicators",
    ),
    "blank-policy-name-of-an-overlap": (
        lambda: OtherSubsidy("higher_level_policy", " ", "600000"),
        "policy: ' ' is blank or not a text",
    ),
    "leading-body-of-the-wrong-type": (
        lambda: attrs.evolve(first_complex(), leading_body="慈溪市家电行业协会"),  # type: ignore[arg-type]
        "leading_body: '慈溪市家电行业协会' is not a LeadingBody",
    ),
    "commitments-of-the-wrong-type": (
        lambda: attrs.evolve(first_complex(), commitments="x"),  # type: ignore[arg-type]
        "commitments: 'x' is not CoreIndicators",
    ),
    "events-not-a-list": (
        lambda: attrs.evolve(first_complex(), events="x"),
        "events: 'x' is not a list",
    ),
    "platforms-probabilities-of-the-wrong-type": (
        lambda: attrs.evolve(first_complex(), probabilities="1/10"),
        "probabilities: '1/10' is not Probabilities",
    ),
    "platform-of-the-wrong-type": (
        lambda: Scenario("t", platforms=["CX-01"]),
        "platforms[0]: 'CX-01' is not a ComplexSpec or ConsortiumSpec or CenterSpec",
    ),
    "measures-of-the-wrong-type": (
        lambda: Scenario("t", measures="慈政办发〔2024〕57号"),  # type: ignore[arg-type]
        "measures: '慈政办发〔2024〕57号' is not Measures",
    ),
    "measures-differing-in-more-than-the-readings-of-art-24": (
        lambda: Scenario(
            "t", measures=MEASURES.with_parameters(PARAMETERS.replace(validity_years=10))
        ),
        "measures: the Measures' Art. 24 numbers differ from the scenario's parameters; "
        "give them in parameters (effective_after_days, validity_years)",
    ),
    "measures-differing-in-the-metadata": (
        lambda: Scenario("t", measures=attrs.evolve(MEASURES, title_en="Other Measures")),
        "measures: only the readings of Art. 24 may differ from the Measures' metadata",
    ),
}


@pytest.mark.parametrize(("build", "message"), WRONG_VALUES.values(), ids=WRONG_VALUES)
def test_a_value_built_with_a_wrong_part_is_refused_naming_the_field(
    build: Callable[[], object], message: str
) -> None:
    assert str(raised(InputError, build)) == message


class TestModelEdges:
    """The lookups and readings of the model that give exact values."""

    def test_a_year_of_facts_given_as_text_in_python_is_refused_naming_the_year(self) -> None:
        with pytest.raises(InputError) as caught:
            ComplexYearFacts("2026")  # type: ignore[arg-type]
        assert str(caught.value) == "year: '2026' is not a whole number"
        assert caught.value.field == "year"

    def test_a_platforms_own_probabilities_are_completed_by_the_scenarios(self) -> None:
        spec = attrs.evolve(first_complex(), probabilities=Probabilities(poor_appraisal="1/4"))
        scenario = default_scenario().replace(
            probabilities=Probabilities(poor_appraisal="1/5", poor_mid_term="1/10"),
            platforms=(spec,),
        )
        assert scenario.probabilities_of(spec) == Probabilities(
            poor_appraisal=Fraction(1, 4), poor_mid_term=Fraction(1, 10)
        )

    def test_inputs_read_from_plain_data_hold_exact_values(self) -> None:
        inputs = Inputs.from_data(
            {"advance": {"fixed": "200000"}, "matching_ratio": "1/2"}, "inputs"
        )
        assert inputs.advance is not None
        assert inputs.advance.fixed == Decimal("200000.00")
        assert inputs.matching_ratio == Fraction(1, 2)

    def test_a_year_given_as_a_whole_number_key_is_read_as_that_year(self) -> None:
        raw = data()
        raw["platforms"][0]["years"] = {2026: {"assessment": "unqualified"}}
        spec = Scenario.from_data(raw).platforms[0]
        assert spec.years == (ComplexYearFacts(2026, assessment=AssessmentResult.UNQUALIFIED),)

    def test_a_finding_read_from_data_holds_its_exact_amount(self) -> None:
        facts = ComplexYearFacts.from_data(
            {"findings": [{"item": "展厅装修超出标准", "amount": "30000"}]}, year=2026
        )
        assert [(f.item, f.amount, f.note) for f in facts.findings] == [
            ("展厅装修超出标准", Decimal("30000.00"), "")
        ]

    def test_a_trigger_claimed_without_naming_its_trigger_is_refused(self) -> None:
        raw = data()
        raw["platforms"][5]["years"]["2025"]["claims"][0]["triggers"].append(
            {"eligible_cost": "100000"}
        )
        assert problems(raw) == [
            "platforms[5].years[2025].claims[0].triggers[1].trigger: is missing"
        ]

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

    def test_parameters_given_in_part_keep_the_others(self) -> None:
        raw = data()
        raw["parameters"] = {"operating_subsidy_cap": "400000"}
        s = Scenario.from_data(raw)
        assert s.parameters.operating_subsidy_cap == Decimal("400000.00")
        assert s.parameters.complex_round_years == PARAMETERS.complex_round_years == 5

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


class TestPlatformEvents:
    """The events a scenario gives a Complex: only those of its lifecycle given in a scenario."""

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


#: A scorer's terms as a file gives them, which are also written back exactly.
SCORER = {
    "minimum_completion": {
        "industry_output_value": "4/5",
        "valid_hte_share": "none",
        "above_scale_rd_intensity": "4/5",
        "above_scale_rd_institution_rate": "4/5",
        "valid_invention_patents": "4/5",
    }
}


class TestPlainDataOfEveryOptionalPart:
    """Every optional part is written to plain data exactly and read back equal."""

    def test_a_scenario_with_every_optional_part_round_trips_exactly(self) -> None:
        raw = data()
        raw["inputs"] |= {
            "settlement_link": {"qualified": "1", "unqualified": "1/2"},
            "policy_subsidy_schedule": {"iur_cooperation": {"rate": "3/10", "cap": "500000"}},
            "scorer": SCORER,
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
            "scorer": SCORER,
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
