"""Every lifecycle refusal names the field of the event it judges, its texts unchanged.

A form posting an event highlights ``error.field``: ``"kind"`` for an event the state
does not accept, ``"on"`` for a date (out of order, too early), the guard's field for
a failed guard.  The texts neither begin with the field nor differ from before.
"""

from __future__ import annotations

import pickle
from collections.abc import Callable
from datetime import date
from typing import Any

import attrs
import pytest
from tests.builders import creation_refusal, first_event, refusal
from tests.lifecycle.test_center import EVENTS as CENTER_EVENTS
from tests.lifecycle.test_center import under_construction as center
from tests.lifecycle.test_complex import ACTUAL
from tests.lifecycle.test_complex import EVENTS as COMPLEX_EVENTS
from tests.lifecycle.test_complex import under_construction as complex_
from tests.lifecycle.test_consortium import EVENTS as CONSORTIUM_EVENTS
from tests.lifecycle.test_consortium import in_cultivation as consortium

from cixi_innovation.lifecycles.center.entity import InnovationCenter
from cixi_innovation.lifecycles.center.events import (
    CenterApproval,
    CenterProposal,
    MidTermEvaluation,
    TechCenterRecognition,
)
from cixi_innovation.lifecycles.center.lifecycle import CENTER_LIFECYCLE
from cixi_innovation.lifecycles.complex.entity import Complex
from cixi_innovation.lifecycles.complex.events import (
    AnnualWorkPlan,
    ComplexApplication,
    FeasibilityReview,
    RoundAppraisal,
)
from cixi_innovation.lifecycles.complex.lifecycle import COMPLEX_LIFECYCLE
from cixi_innovation.lifecycles.consortium.events import (
    AnnualPlan,
    CultivationAcceptance,
)
from cixi_innovation.lifecycles.consortium.lifecycle import CONSORTIUM_LIFECYCLE
from cixi_innovation.lifecycles.engine import Entity, Lifecycle
from cixi_innovation.lifecycles.events import Event
from cixi_innovation.lifecycles.refusals import EventOrderError, EventRefusedError
from cixi_innovation.scenarios.checks import problems_of
from cixi_innovation.values.assessments import AssessmentResult, PerformanceGrade
from cixi_innovation.values.bodies import Body
from cixi_innovation.values.vocabulary import Level

#: the example's annual plan for 2025 (its last event), a second time
_PLAN = attrs.evolve(CONSORTIUM_EVENTS[-1], on=date(2025, 8, 1))
assert isinstance(_PLAN, AnnualPlan)

#: (the platform, the event it refuses, the field, the error's class, its Chinese text)
CASES: list[tuple[Callable[[], Entity[Any, Any]], Event, str, type, str]] = [
    (
        complex_,
        RoundAppraisal(date(2029, 6, 1), indicators=ACTUAL, grade=PerformanceGrade.POOR),
        "on",
        EventRefusedError,
        "round_appraisal(2029-06-01)在状态 'under_construction'下不被接受:建设期尚未届满:"
        "本轮[2025-03-01, 2030-03-01)于2030-03-01届满,绩效评估在届满后进行。(第九条)",
    ),
    (
        complex_,
        AnnualWorkPlan(date(2026, 1, 5), year=2031, plan="计划"),
        "year",
        EventRefusedError,
        "annual_work_plan(2026-01-05)在状态 'under_construction'下不被接受:"
        "2031年不在本轮建设周期[2025-03-01, 2030-03-01)内。(第八条)",
    ),
    (
        complex_,
        FeasibilityReview(date(2026, 1, 5), passed=True, field_meets_criteria=True),
        "kind",
        EventRefusedError,
        "feasibility_review(2026-01-05)在状态 'under_construction'下不被接受:"
        "“建设中”状态下不能发生市科技局论证;可发生:年度工作计划、年度考核验收、上级年度绩效评价、"
        "建设期满绩效评估、认定级别、上级建设期满考核。(第六条、第五条)",
    ),
    (
        complex_,
        AnnualWorkPlan(date(2025, 1, 5), year=2026, plan="计划"),
        "on",
        EventOrderError,
        "annual_work_plan(2025-01-05)在状态 'under_construction'下不被接受:"
        "年度工作计划日期2025-01-05早于已记录的最后事件日期2025-03-15;事件须按日期顺序发生。(第八条)",
    ),
    (
        consortium,
        CultivationAcceptance(date(2026, 6, 1), result=AssessmentResult.QUALIFIED),
        "on",
        EventRefusedError,
        "cultivation_acceptance(2026-06-01)在状态 'in_cultivation'下不被接受:培育周期尚未届满:"
        "本轮[2025-07-01, 2028-07-01)于2028-07-01届满,考核验收在届满后进行。(第十五条)",
    ),
    (
        consortium,
        _PLAN,
        "year",
        EventRefusedError,
        "annual_plan(2025-08-01)在状态 'in_cultivation'下不被接受:"
        "2025年度计划已于本轮报送,同一年度不再重复报送。(第十五条)",
    ),
    (
        consortium,
        attrs.evolve(CONSORTIUM_EVENTS[1], on=date(2026, 1, 5)),
        "kind",
        EventRefusedError,
        "expert_review(2026-01-05)在状态 'in_cultivation'下不被接受:"
        "“培育中”状态下不能发生市科技局组织专家评审;可发生:年度计划、培育期满考核验收。"
        "(第十三条、第十二条、第十四条)",
    ),
    (
        consortium,
        CultivationAcceptance(date(2025, 7, 5), result=AssessmentResult.QUALIFIED),
        "on",
        EventOrderError,
        "cultivation_acceptance(2025-07-05)在状态 'in_cultivation'下不被接受:"
        "培育期满考核验收日期2025-07-05早于已记录的最后事件日期2025-07-10;事件须按日期顺序发生。"
        "(第十五条)",
    ),
    (
        center,
        MidTermEvaluation(date(2026, 6, 1), grade=PerformanceGrade.NOT_POOR),
        "on",
        EventRefusedError,
        "mid_term_evaluation(2026-06-01)在状态 'under_construction'下不被接受:"
        "中期绩效评价在建设满3年后进行:本轮自2025-03-02起建设,2028-03-02前不能评价。(第二十一条)",
    ),
    (
        # the Center's events have no year: its guard on a field other than the date
        center,
        TechCenterRecognition(date(2026, 6, 1), level=Level.CIXI),
        "level",
        EventRefusedError,
        "tech_center_recognition(2026-06-01)在状态 'under_construction'下不被接受:"
        "慈溪市级不属于宁波市级及以上:经费配套以创建成为宁波市级及以上技术创新中心为条件。(第二十条第一款)",
    ),
    (
        center,
        CenterApproval(date(2026, 6, 1), approved=True, by=Body.EXECUTIVE_MEETING),
        "kind",
        EventRefusedError,
        "plan_approval(2026-06-01)在状态 'under_construction'下不被接受:"
        "“建设中”状态下不能发生市政府常务会议审定;可发生:中期绩效评价、期末考核验收、创建成为技术创新中心。"
        "(第十八条第二款)",
    ),
    (
        center,
        first_event(CENTER_EVENTS, CenterProposal),
        "kind",
        EventRefusedError,
        "center_proposal(2025-01-06)在状态 'under_construction'下不被接受:一中心一方案:"
        "慈溪智能家电产业技术创新中心已于2025-01-06提出建设方案,同一创新中心不再提出第二个方案。"
        "(第十八条第二款)",
    ),
    (
        center,
        MidTermEvaluation(date(2025, 3, 1), grade=PerformanceGrade.NOT_POOR),
        "on",
        EventOrderError,
        "mid_term_evaluation(2025-03-01)在状态 'under_construction'下不被接受:"
        "中期绩效评价日期2025-03-01早于已记录的最后事件日期2025-03-02;事件须按日期顺序发生。"
        "(第二十一条)",
    ),
]


@pytest.mark.parametrize(("platform", "event", "field", "cls", "zh"), CASES)
def test_a_refusal_names_the_field_of_the_event(
    platform: Callable[[], Entity[Any, Any]], event: Event, field: str, cls: type, zh: str
) -> None:
    error = refusal(platform(), event)
    assert (type(error), error.field, error.text("zh")) == (cls, field, zh)
    # the texts name the event and its date, not the field
    assert str(error).startswith(f"{event.kind} on {event.on} refused in state ")
    assert error.text("en") == str(error)
    copy = pickle.loads(pickle.dumps(error))
    assert (type(copy), copy.field, copy.text("zh"), str(copy)) == (cls, field, zh, str(error))


#: Every guard of the three tables: lifecycle, event kind, check, the field it judges.
GUARD_FIELDS = """
complex complex_application _applicants_named applicants
complex complex_application _applicants_eligible applicants
complex complex_application _complete_or_reference plan
complex feasibility_review _field_ok field_meets_criteria
complex consultation_opinion not_consulted_yet unit
complex host_unit_selection _publicly_solicited publicly_solicited
complex host_unit_selection _bureau_approved approved_by_bureau
complex round_start _has_targets targets
complex round_start _after_last_round start
complex annual_work_plan _year_in_round year
complex annual_work_plan _not_planned year
complex annual_assessment _year_begun year
complex annual_assessment _plan_reported year
complex units_reassignment _units_named construction_units
complex round_appraisal _round_expired on
consortium consortium_application _chain_leader applicant
consortium consortium_application _enterprise_named enterprise
consortium consortium_application _complete_or_reference plan
consortium expert_review _niche_track niche_track
consortium expert_review _conditions_met findings
consortium consultation_opinion not_consulted_yet unit
consortium annual_plan _year_in_round year
consortium annual_plan _not_planned year
consortium cultivation_acceptance _cycle_expired on
center center_proposal _by_bureau proposed_by
center center_proposal _hosts_named host_units
center center_proposal _hosts_qualify host_units
center center_proposal _complete_or_reference plan
center consultation_opinion not_consulted_yet unit
center plan_approval _by_executive_meeting by
center legal_entity_establishment _legal_person_named legal_person
center legal_entity_establishment _independent independent
center mid_term_evaluation _mid_term_reached on
center mid_term_evaluation _within_round on
center final_acceptance _round_ended on
center tech_center_recognition _ningbo_or_above level
"""

#: The guards that name no field on purpose: each judges the entity's state (the
#: consultation, the platform's level, the round) or several fields of the event at once
#: (the governance bodies of an establishment, the items of an annual plan).
NO_FIELD = """
complex leader_review consultation_complete
complex higher_level_annual_evaluation _ningbo_or_above
complex round_appraisal _round_running
complex higher_level_expiry_assessment _ningbo_or_above
consortium leader_review consultation_complete
consortium annual_plan _plan_complete
center plan_approval consultation_complete
center legal_entity_establishment _bodies_named
center mid_term_evaluation _first_mid_term
"""


def _declared(lifecycles: tuple[Lifecycle[Any, Any], ...]) -> dict[tuple[str, ...], Any]:
    return {
        (lifecycle.name, t.event.kind, guard.check.__name__): (guard.field, t.event)
        for lifecycle in lifecycles
        for t in lifecycle.transitions
        for guard in t.guards
    }


def test_every_guard_of_the_tables_declares_its_field() -> None:
    declared = _declared((COMPLEX_LIFECYCLE, CONSORTIUM_LIFECYCLE, CENTER_LIFECYCLE))
    expected: dict[tuple[str, ...], str | None] = {
        tuple(line.split()[:3]): line.split()[3] for line in GUARD_FIELDS.strip().splitlines()
    }
    expected.update({tuple(line.split()): None for line in NO_FIELD.strip().splitlines()})
    assert {key: field for key, (field, _) in declared.items()} == expected
    assert len(expected) == 45
    for field, event in declared.values():
        # a guard's field is one of its event's fields
        assert field is None or field in attrs.fields_dict(event)


def test_a_creating_event_refused_by_a_guard_names_its_field() -> None:
    application = first_event(COMPLEX_EVENTS, ComplexApplication)
    error = creation_refusal(Complex, attrs.evolve(application, applicants=()))
    assert (error.field, error.text("zh")) == (
        "applicants",
        "complex_application(2025-01-10)在无状态(尚未设立)下不被接受:"
        "申请须由至少一个申请单位提出。(第六条)",
    )
    second = creation_refusal(InnovationCenter, application)
    assert (second.field, second.state) == ("kind", None)


def test_check_and_next_steps_name_the_field() -> None:
    platform = complex_()
    assert platform.check(AnnualWorkPlan(date(2026, 1, 5), year=2031, plan="计划")).field == "year"
    assert platform.check(AnnualWorkPlan(date(2026, 1, 5), year=2026, plan="计划")).field is None
    steps = {s.event.kind: (s.possible, s.field) for s in platform.next_steps(date(2026, 1, 5))}
    assert steps == {
        "annual_work_plan": (True, None),
        "annual_assessment": (True, None),
        "higher_level_annual_evaluation": (False, None),
        "round_appraisal": (False, "on"),
        "level_recognition": (True, None),
        "higher_level_expiry_assessment": (False, None),
    }
    assert {s.field for s in platform.next_steps(date(2025, 3, 1))} == {"on"}
    assert {s.field for s in platform.next_steps(date(2030, 3, 5))} == {"on"}


def test_a_problem_of_a_refusal_keeps_its_path() -> None:
    error = refusal(complex_(), AnnualWorkPlan(date(2026, 1, 5), year=2031, plan="计划"))
    (problem,) = problems_of(error)
    assert (problem.path, problem.zh) == (
        "",
        "annual_work_plan(2026-01-05)在状态 'under_construction'下不被接受:"
        "2031年不在本轮建设周期[2025-03-01, 2030-03-01)内。(第八条)",
    )
