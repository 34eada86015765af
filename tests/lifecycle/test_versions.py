"""Versions, stale writes, as_of, check and next steps by day; the one-plan-a-year guards."""

from __future__ import annotations

import pickle
from datetime import date

import attrs
import pytest

from cixi_innovation.law.indicators import CoreIndicators
from cixi_innovation.law.measures import ForceCheck
from cixi_innovation.law.readings import READINGS
from cixi_innovation.lifecycles.center.entity import InnovationCenter
from cixi_innovation.lifecycles.center.entity import example_events as center_events
from cixi_innovation.lifecycles.complex.entity import Complex, example_events
from cixi_innovation.lifecycles.complex.events import (
    AnnualAssessment,
    AnnualWorkPlan,
    ComplexApplication,
    HigherLevelAnnualEvaluation,
    LevelRecognition,
    RoundAppraisal,
)
from cixi_innovation.lifecycles.consortium.entity import Consortium
from cixi_innovation.lifecycles.consortium.entity import example_events as consortium_events
from cixi_innovation.lifecycles.refusals import EventRefusedError
from cixi_innovation.lifecycles.versions import Check, StaleVersionError, check_version
from cixi_innovation.values.assessments import AssessmentResult, PerformanceGrade
from cixi_innovation.values.errors import InputError, OutsideForceError
from cixi_innovation.values.vocabulary import Level

QUALIFIED = AssessmentResult.QUALIFIED


@pytest.fixture(scope="module")
def complex_() -> Complex:
    return Complex.replay(example_events())


def test_the_version_is_the_number_of_events_applied(complex_: Complex) -> None:
    assert (complex_.version, complex_.history_length, len(complex_.history)) == (13, 13, 13)
    created = Complex.create(example_events()[0]).entity
    assert (created.version, created.history_length) == (1, 1)
    step = complex_.apply(AnnualAssessment(date(2026, 1, 20), year=2025, result=QUALIFIED))
    assert (step.entity.version, complex_.version) == (14, 13)


def test_a_rebuilt_entity_reads_its_version_from_its_history(complex_: Complex) -> None:
    rebuilt = Complex(complex_.id, complex_.name, complex_.state, complex_.facts, complex_._log)
    assert (rebuilt.version, rebuilt == complex_) == (13, True)


def test_a_write_on_the_version_read_is_applied(complex_: Complex) -> None:
    event = AnnualAssessment(date(2026, 1, 20), year=2025, result=QUALIFIED)
    assert complex_.apply(event, expected_version=13).entity.version == 14


def test_a_stale_write_is_refused_with_both_versions(complex_: Complex) -> None:
    event = AnnualAssessment(date(2026, 1, 20), year=2025, result=QUALIFIED)
    with pytest.raises(StaleVersionError) as caught:
        complex_.apply(event, expected_version=12)
    error = caught.value
    assert (error.expected, error.actual, error.event, error.field) == (
        12,
        13,
        event,
        "expected_version",
    )
    assert str(error) == (
        "expected_version: annual_assessment on 2026-01-20 was written against version 12, "
        "but the platform is at version 13: reload it and decide again"
    )
    again = pickle.loads(pickle.dumps(error))
    assert (type(again), again.expected, again.actual, again.event) == (
        StaleVersionError,
        12,
        13,
        event,
    )


@pytest.mark.parametrize("bad", [True, "13", 13.0])
def test_an_expected_version_that_is_not_a_whole_number_is_refused(bad: object) -> None:
    event = AnnualWorkPlan(date(2026, 1, 5), year=2026, plan="计划")
    with pytest.raises(InputError, match="is not a whole number") as caught:
        check_version(bad, 13, event)
    assert caught.value.field == "expected_version"
    check_version(None, 13, event)


def test_an_innovation_center_refuses_a_stale_write_before_anything_else() -> None:
    center = InnovationCenter.replay(center_events())
    second_plan = center_events()[0]
    with pytest.raises(StaleVersionError):
        center.apply(second_plan, expected_version=center.version - 1)
    with pytest.raises(EventRefusedError, match="one center, one plan"):
        center.apply(second_plan, expected_version=center.version)


def test_check_gives_the_decision_or_the_refusal(complex_: Complex) -> None:
    good = AnnualAssessment(date(2026, 1, 20), year=2025, result=QUALIFIED)
    accepted = complex_.check(good, expected_version=13)
    assert isinstance(accepted, Check)
    assert (accepted.accepted, accepted.refusal, accepted.decision is not None) == (
        True,
        None,
        True,
    )
    assert accepted.decision is not None
    assert accepted.decision.rule == "complex.annual_assessment"
    refused = complex_.check(RoundAppraisal(date(2026, 1, 20), indicators=_core(), grade=_poor()))
    assert (refused.accepted, refused.decision, type(refused.refusal)) == (
        False,
        None,
        EventRefusedError,
    )
    stale = complex_.check(good, expected_version=1)
    assert type(stale.refusal) is StaleVersionError
    outside = complex_.check(AnnualWorkPlan(date(2030, 1, 5), year=2029, plan="计划"))
    assert type(outside.refusal) is OutsideForceError


def _core() -> CoreIndicators:
    first = example_events()[0]
    assert isinstance(first, ComplexApplication)
    return first.plan.commitments.core


def _poor() -> PerformanceGrade:
    return PerformanceGrade.POOR


def test_next_steps_leave_out_what_the_day_alone_refuses(complex_: Complex) -> None:
    steps = {s.event.kind: s for s in complex_.next_steps(date(2026, 1, 5))}
    assert [k for k, s in steps.items() if s.possible] == [
        "annual_work_plan",
        "annual_assessment",
        "level_recognition",
    ]
    appraisal = steps["round_appraisal"].refusal
    assert appraisal is not None
    assert appraisal.en == (
        "the construction period has not expired: the round [2025-03-01, 2030-03-01) expires "
        "on 2030-03-01, and the appraisal comes after its expiry."
    )
    assert [c.en for c in appraisal.citations] == ["Art. 9"]
    evaluation = steps["higher_level_annual_evaluation"].refusal
    assert evaluation is not None
    assert evaluation.en.startswith(
        "the Complex is at Cixi municipal level; the higher-level annual performance evaluation"
    )
    assert [e.kind for e in complex_.allowed_events(date(2026, 1, 5))] == [
        "annual_work_plan",
        "annual_assessment",
        "level_recognition",
    ]
    assert len(complex_.allowed_events()) == 6


def test_a_ningbo_complex_is_offered_the_higher_level_evaluation(complex_: Complex) -> None:
    ningbo = complex_.apply(LevelRecognition(date(2025, 6, 1), level=Level.NINGBO)).entity
    kinds = [e.kind for e in ningbo.allowed_events(date(2026, 3, 1))]
    assert kinds == [
        "annual_work_plan",
        "annual_assessment",
        "higher_level_annual_evaluation",
        "level_recognition",
        "higher_level_expiry_assessment",
    ]
    done = ningbo.apply(
        HigherLevelAnnualEvaluation(date(2026, 3, 1), year=2025, grade=PerformanceGrade.NOT_POOR)
    )
    assert done.entity.state is ningbo.state


def test_next_steps_on_a_day_before_the_last_event_or_outside_force(complex_: Complex) -> None:
    earlier = complex_.next_steps(date(2025, 3, 1))
    assert {s.possible for s in earlier} == {False}
    reason = earlier[0].refusal
    assert reason is not None
    assert reason.en == (
        "2025-03-01 comes before the last recorded event of 2025-03-15; events must be "
        "applied in date order."
    )
    assert reason.zh == "2025-03-01早于已记录的最后事件日期2025-03-15;事件须按日期顺序发生。"
    outside = complex_.next_steps(date(2030, 3, 5))
    reason = outside[0].refusal
    assert reason is not None
    assert reason.en == ("2030-03-05 is outside the Measures' force [2024-12-25, 2029-12-25).")
    assert reason.zh == "2030-03-05不在本办法有效期[2024-12-25, 2029-12-25)内。"
    assert [c.en for c in reason.citations] == ["Art. 24"]
    flagged = complex_.next_steps(date(2030, 3, 5), force=ForceCheck.FLAG)
    assert [s.event.kind for s in flagged if s.possible] == [
        "annual_work_plan",
        "annual_assessment",
        "round_appraisal",
        "level_recognition",
    ]


def test_next_steps_of_a_final_entity_are_none() -> None:
    events = consortium_events()
    rejected_kinds = Consortium.replay(events[:1]).next_steps(date(2025, 4, 1))
    assert [s.event.kind for s in rejected_kinds] == ["expert_review"]
    assert rejected_kinds[0].possible


def test_as_of_replays_the_events_up_to_the_end_of_the_day(complex_: Complex) -> None:
    assert complex_.as_of(date(2025, 1, 9)) is None
    created = complex_.as_of(date(2025, 1, 10))
    assert created is not None
    assert (created.version, created.state.code) == (1, "applied")
    approved = complex_.as_of(date(2025, 2, 19))
    assert approved is not None
    assert (approved.version, approved.state.code, approved.host_unit) == (10, "approved", None)
    assert approved == Complex.replay(example_events()[:10])
    assert complex_.as_of(date(2025, 3, 15)) is complex_
    assert complex_.as_of(date(2029, 1, 1)) is complex_


def test_as_of_accepts_the_flagged_events_the_history_accepted(complex_: Complex) -> None:
    late = complex_.apply(
        AnnualWorkPlan(date(2030, 1, 5), year=2029, plan="计划"), force=ForceCheck.FLAG
    ).entity
    later = late.apply(
        AnnualAssessment(date(2030, 1, 20), year=2029, result=QUALIFIED), force=ForceCheck.FLAG
    ).entity
    back = later.as_of(date(2030, 1, 10))
    assert back is not None
    assert back.version == 14
    assert back == late
    with pytest.raises(OutsideForceError):
        later.as_of(date(2030, 1, 10), force=ForceCheck.REFUSE)
    assert later.as_of(date(2026, 1, 1), readings=READINGS) == complex_


def test_a_second_annual_plan_for_a_year_is_refused(complex_: Complex) -> None:
    again = AnnualWorkPlan(date(2025, 6, 1), year=2025, plan="修订计划")
    with pytest.raises(EventRefusedError) as caught:
        complex_.apply(again)
    assert caught.value.reason.en == (
        "the annual plan for 2025 has already been reported; a year has one annual plan."
    )
    assert caught.value.reason.zh == "2025年度计划已于本轮报送,同一年度不再重复报送。"
    assert [c.en for c in caught.value.articles] == ["Art. 8"]
    next_year = complex_.apply(AnnualWorkPlan(date(2026, 1, 5), year=2026, plan="计划"))
    assert next_year.entity.facts.planned_years == frozenset({2025, 2026})


def test_a_consortium_reports_one_annual_plan_a_year() -> None:
    consortium = Consortium.replay(consortium_events())
    plan = consortium.annual_plans()[-1]
    with pytest.raises(EventRefusedError) as caught:
        consortium.apply(attrs.evolve(plan, on=date(2025, 12, 1)))
    assert caught.value.reason.en == (
        f"the annual plan for {plan.year} has already been reported; a year has one annual plan."
    )
    assert [c.en for c in caught.value.articles] == ["Art. 15"]


def test_an_assessment_of_a_year_not_yet_begun_is_refused(complex_: Complex) -> None:
    planned = complex_.apply(AnnualWorkPlan(date(2025, 12, 1), year=2027, plan="计划"))
    early = AnnualAssessment(date(2026, 12, 22), year=2027, result=QUALIFIED)
    with pytest.raises(EventRefusedError) as caught:
        planned.entity.apply(early)
    assert caught.value.reason.en == (
        "2027 has not begun on 2026-12-22, so the completion of its plan's targets cannot be "
        "assessed."
    )
    assert caught.value.reason.zh == "2027年尚未开始,2026-12-22不能考核该年度计划目标完成情况。"
    on_time = AnnualAssessment(date(2027, 1, 4), year=2027, result=QUALIFIED)
    assert planned.entity.apply(on_time).entity.version == 15


def test_a_mid_term_evaluation_is_offered_from_three_full_years() -> None:
    center = InnovationCenter.replay(center_events())
    day_before = [(s.event.kind, s.possible) for s in center.next_steps(date(2028, 3, 1))]
    on_the_day = [(s.event.kind, s.possible) for s in center.next_steps(date(2028, 3, 2))]
    assert day_before == [
        ("mid_term_evaluation", False),
        ("final_acceptance", False),
        ("tech_center_recognition", True),
    ]
    assert on_the_day == [
        ("mid_term_evaluation", True),
        ("final_acceptance", False),
        ("tech_center_recognition", True),
    ]
    refusal = center.next_steps(date(2028, 3, 1))[0].refusal
    assert refusal is not None
    assert refusal.en == (
        "the mid-term evaluation comes after 3 full years of construction: the round started "
        "on 2025-03-02, so it cannot be held before 2028-03-02."
    )
