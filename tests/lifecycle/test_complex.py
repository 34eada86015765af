"""The lifecycle of a Complex (Art. 5-9): one test per transition and per refusal."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from fractions import Fraction
from typing import Any

import attrs
import pytest
from tests.builders import first_event, refusal, replaying, stages
from tests.decided import cited, refused

from cixi_innovation import (
    COMPLEX_LIFECYCLE,
    READINGS,
    AnnualAssessment,
    AnnualWorkPlan,
    Applicant,
    Applied,
    AssessmentResult,
    Citation,
    Complex,
    ComplexApplication,
    ComplexState,
    Consequence,
    CoreIndicators,
    Event,
    FeasibilityReview,
    ForceCheck,
    HigherLevelAnnualEvaluation,
    HigherLevelExpiryAssessment,
    HostUnitSelection,
    LeaderReview,
    LeadingBody,
    LeadingBodyKind,
    Level,
    LevelRecognition,
    MissingSectionError,
    OutsideForceError,
    Party,
    PerformanceGrade,
    Period,
    RoundAppraisal,
    RoundStart,
    UnitsReassignment,
)
from cixi_innovation.lifecycles.complex.entity import example_events

ART_2, ART_5, ART_6, ART_7, ART_8, ART_9 = (Citation.article(n) for n in (2, 5, 6, 7, 8, 9))
ART_8_2, ART_9_2 = (Citation.article(*n) for n in ((8, 2), (9, 2)))

S = ComplexState
EVENTS = example_events()
APPLICATION = first_event(EVENTS, ComplexApplication)

#: output value, high-tech share, R&D intensity, R&D institution rate, invention patents
ACTUAL = CoreIndicators(
    Decimal("110000000000.00"), Fraction(28, 100), Fraction(31, 1000), Fraction(55, 100), 760
)


#: The example Complex after its first ``n`` events.
upto = replaying(Complex, EVENTS)


#: The stages of the example, after its first 1, 2, 9, 10, 11, 13 events.
# under_construction: round [2025-03-01, 2030-03-01), the 2025 annual work plan reported
applied, in_consultation, consulted, approved, host_selected, under_construction = stages(
    upto, 1, 2, 9, 10, 11, 13
)


def apply(entity: Complex, *events: Event, **kw: object) -> Complex:
    for event in events:
        entity = entity.apply(event, **kw).entity  # type: ignore[arg-type]
    return entity


def revoked() -> Complex:
    return (
        under_construction()
        .apply(AnnualAssessment(date(2026, 1, 20), year=2025, result=AssessmentResult.UNQUALIFIED))
        .entity
    )


def ningbo() -> Complex:
    return under_construction().apply(LevelRecognition(date(2025, 6, 1), level=Level.NINGBO)).entity


def early_round() -> Complex:
    """A Complex approved before the Measures, its round [2023-06-01, 2028-06-01).

    The example's steps up to the host unit's selection are moved two years earlier and
    accepted with the force flag, so that its round expires within the Measures' force.
    """
    earlier = [attrs.evolve(e, on=e.on.replace(year=e.on.year - 2)) for e in EVENTS[:11]]
    entity = Complex.replay(earlier, force=ForceCheck.FLAG)
    return apply(
        entity,
        RoundStart(date(2023, 6, 1), start=date(2023, 6, 1), targets="五年建设目标"),
        force=ForceCheck.FLAG,
    )


# --- Art. 6: application, feasibility review, consultation, approval --------------------


def test_on_2025_01_10_a_town_government_applies_for_a_complex_art_6() -> None:
    step = Complex.create(APPLICATION)
    c = step.entity
    assert (c.id, c.name, c.state) == ("CX-2025-01", "慈溪智能家电产业创新服务综合体", S.APPLIED)
    assert c.facts.industry == "智能家电"
    assert c.facts.leading_body == LeadingBody(
        LeadingBodyKind.INDUSTRY_ASSOCIATION, "慈溪市家电协会"
    )
    assert c.construction_units == ()
    assert c.host_unit is None
    assert c.level is Level.CIXI
    assert not c.on_creation_list


def with_applicants(*parties: tuple[Applicant, str]) -> ComplexApplication:
    """The example's application, by these (kind, name) applicants."""
    return attrs.evolve(APPLICATION, applicants=tuple(Party(*party) for party in parties))


def test_on_2025_01_10_a_town_government_and_an_industrial_platform_apply_jointly_art_6() -> None:
    joint = with_applicants(
        (Applicant.SUBDISTRICT_OFFICE, "浒山街道办事处"),
        (Applicant.INDUSTRIAL_PLATFORM, "慈溪高新区"),
    )
    assert Complex.create(joint).entity.state is S.APPLIED


def test_an_application_is_read_from_plain_data_with_its_annex_1_plan() -> None:
    data = APPLICATION.to_data()
    assert data["kind"] == "complex_application"
    assert data["applicants"] == [{"kind": "town_government", "name": "观海卫镇人民政府"}]
    assert COMPLEX_LIFECYCLE.event_from_data(data) == APPLICATION


def test_an_application_whose_plan_lacks_annex_1_section_2_item_2_reads_and_names_the_gap() -> None:
    data = APPLICATION.to_data()
    plan = data["plan"]
    assert isinstance(plan, dict)
    del plan["approach"]["approach"]
    event = COMPLEX_LIFECYCLE.event_from_data(data)  # read: the outline is a reference outline
    with pytest.raises(MissingSectionError) as info:
        event.plan.require_complete()  # type: ignore[attr-defined]
    assert str(info.value) == (
        "approach.approach: the construction approach: platform upgrading, selection of the "
        "host unit, institutional design, planning of the vehicle, safeguard measures, etc. "
        "(建设思路,包括平台升级、依托单位选聘、制度设计、载体策划、保障措施等) is missing from the "
        "plan (Annex 1 §2(2) 附件1第二部分(二))"
    )


def review(*, passed: bool, field_meets_criteria: bool = True) -> FeasibilityReview:
    """The Bureau's feasibility review of the plan, on 2025-01-20."""
    return FeasibilityReview(
        date(2025, 1, 20), passed=passed, field_meets_criteria=field_meets_criteria
    )


def test_on_2025_01_20_the_plan_passes_the_feasibility_review_art_6() -> None:
    step = applied().apply(review(passed=True))
    assert step.entity.state is S.IN_CONSULTATION
    assert step.entity.facts.field_meets_criteria is True
    assert step.decision.articles == (ART_6, ART_5)
    assert step.decision.outcome.code == "review_passed"


def test_on_2025_01_20_a_plan_that_fails_the_feasibility_review_is_rejected_art_6() -> None:
    step = applied().apply(review(passed=False))
    assert step.entity.state is S.REJECTED
    assert step.entity.is_final
    assert cited(step) == (
        (ART_6,),
        "On 2025-01-20 the plan does not pass the Bureau's feasibility review; the application "
        "is rejected.",
    )


def test_on_2025_01_20_a_plan_cannot_pass_when_the_field_fails_art_5() -> None:
    error = refusal(applied(), review(passed=True, field_meets_criteria=False))
    assert refused(error) == (
        S.APPLIED,
        (ART_5,),
        "feasibility_review on 2025-01-20 refused in state 'applied': the review found that "
        "the field does not meet the criteria of Art. 5, so the plan cannot pass. (Art. 5 第五条)",
    )


def test_on_2025_02_10_the_leader_in_charge_approves_after_all_seven_opinions_art_6() -> None:
    step = consulted().apply(LeaderReview(date(2025, 2, 10), approved=True))
    c = step.entity
    assert c.state is S.APPROVED
    assert c.construction_units == ("观海卫镇人民政府",)
    assert c.on_creation_list
    assert not c.units_qualified


# --- Art. 7: the host unit ------------------------------------------------------------


def test_on_2025_02_20_a_publicly_solicited_host_unit_is_reported_to_the_bureau_art_7() -> None:
    step = approved().apply(
        HostUnitSelection(
            date(2025, 2, 20), host_unit="慈溪家电科创服务有限公司", publicly_solicited=True
        )
    )
    assert step.entity.state is S.HOST_UNIT_SELECTED
    assert step.entity.host_unit == "慈溪家电科创服务有限公司"
    assert step.entity.units_qualified
    assert step.decision.articles == (ART_7,)
    assert step.decision.reasons[0].zh == (
        "建设单位公开征集、择优选定依托单位慈溪家电科创服务有限公司,2025-02-20报市科技局;"
        "按“报告、无需批准”的理解处理。"
    )
    assert step.decision.reasons[0].en == (
        "The construction unit publicly solicited and selected 慈溪家电科创服务有限公司 as host "
        "unit on merit, reported to the Bureau on 2025-02-20; under the reading taken, a report "
        "that needs no approval."
    )


def test_on_2025_02_20_a_host_unit_selected_without_public_solicitation_is_refused_art_7() -> None:
    error = refusal(
        approved(),
        HostUnitSelection(date(2025, 2, 20), host_unit="某公司", publicly_solicited=False),
    )
    assert error.articles == (ART_7,)
    assert str(error) == (
        "host_unit_selection on 2025-02-20 refused in state 'approved': the host unit 某公司 was "
        "not publicly solicited, so it cannot be selected. (Art. 7 第七条)"
    )


# --- Art. 8: rounds, annual plans, annual assessment, revocation ------------------------


def test_on_2025_03_01_a_five_year_round_starts_until_2030_03_01_art_8() -> None:
    start = RoundStart(date(2025, 3, 1), start=date(2025, 3, 1), targets="五年建设目标")
    c = host_selected().apply(start).entity
    assert c.round == Period(date(2025, 3, 1), date(2030, 3, 1))
    assert c.facts.rounds == 1
    assert c.facts.earliest_round_start == date(2030, 3, 1)


def test_on_2025_03_01_a_round_without_five_year_targets_is_refused_art_8() -> None:
    error = refusal(
        host_selected(), RoundStart(date(2025, 3, 1), start=date(2025, 3, 1), targets="  ")
    )
    assert str(error) == (
        "round_start on 2025-03-01 refused in state 'host_unit_selected': the five-year "
        "construction targets must be put forward at the start of the round. (Art. 8 第八条)"
    )


def test_on_2025_04_01_a_second_round_cannot_start_while_one_runs_art_8() -> None:
    error = refusal(
        under_construction(), RoundStart(date(2025, 4, 1), start=date(2025, 4, 1), targets="x")
    )
    assert error.articles == (ART_8,)
    assert error.reason.en.startswith(
        "five-year targets put forward (start of a round) is not allowed in state 'under "
        "construction'; allowed next: "
        "annual work plan, annual assessment,"
    )


def test_on_2025_03_15_the_annual_work_plan_for_2025_is_reported_art_8() -> None:
    step = upto(12).apply(AnnualWorkPlan(date(2025, 3, 15), year=2025, plan="2025年度工作计划"))
    assert step.entity.state is S.UNDER_CONSTRUCTION
    assert step.entity.facts.planned_years == frozenset({2025})
    assert cited(step) == (
        (ART_8,),
        "On 2025-03-15 the annual work plan for 2025 is reported to the Bureau.",
    )


def test_on_2025_03_15_a_plan_for_2031_is_outside_the_round_art_8() -> None:
    error = refusal(under_construction(), AnnualWorkPlan(date(2025, 3, 15), year=2031, plan="x"))
    assert str(error) == (
        "annual_work_plan on 2025-03-15 refused in state 'under_construction': 2031 is not a "
        "year of the round [2025-03-01, 2030-03-01). (Art. 8 第八条)"
    )
    assert error.reason.zh == "2031年不在本轮建设周期[2025-03-01, 2030-03-01)内。"


def test_on_2026_01_20_a_qualified_annual_assessment_retains_both_units_art_8() -> None:
    step = under_construction().apply(
        AnnualAssessment(date(2026, 1, 20), year=2025, result=AssessmentResult.QUALIFIED)
    )
    assert step.entity.state is S.UNDER_CONSTRUCTION
    assert step.consequences == (Consequence.RETAIN_QUALIFICATION,)
    assert step.entity.host_unit == "慈溪家电科创服务有限公司"
    assert step.decision.articles == (ART_8,)
    assert step.decision.outcome.code == "qualifications_retained"
    assert step.entity.annual_results() == ((2025, AssessmentResult.QUALIFIED),)


def test_on_2026_01_20_an_unqualified_annual_assessment_revokes_both_units_art_8() -> None:
    before = under_construction()
    step = before.apply(
        AnnualAssessment(date(2026, 1, 20), year=2025, result=AssessmentResult.UNQUALIFIED)
    )
    c = step.entity
    assert c.state is S.UNITS_REVOKED
    assert step.consequences == (Consequence.REVOKE_QUALIFICATION, Consequence.REASSIGN_UNITS)
    assert c.construction_units == ()
    assert c.host_unit is None
    assert not c.units_qualified
    assert c.on_creation_list
    assert c.round == before.round
    assert cited(step) == (
        (Citation.article(8),),
        "On 2026-01-20 the Bureau's assessment of the 2025 annual plan is unqualified: the "
        "qualifications of the construction unit and the host unit are revoked at the same "
        "time, and new units are to be authorised and entrusted.",
    )
    assert before.state is S.UNDER_CONSTRUCTION
    assert before.host_unit == "慈溪家电科创服务有限公司"


def test_on_2026_01_20_an_assessment_without_the_annual_plan_of_that_year_is_refused_art_8() -> (
    None
):
    error = refusal(
        under_construction(),
        AnnualAssessment(date(2026, 1, 20), year=2026, result=AssessmentResult.QUALIFIED),
    )
    assert str(error) == (
        "annual_assessment on 2026-01-20 refused in state 'under_construction': no annual work "
        "plan for 2026 has been reported by the units in office, so the completion of its "
        "targets cannot be assessed. (Art. 8 第八条)"
    )


def test_on_2026_03_01_no_annual_assessment_while_the_units_are_revoked_art_8() -> None:
    error = refusal(
        revoked(), AnnualAssessment(date(2026, 3, 1), year=2025, result=AssessmentResult.QUALIFIED)
    )
    assert str(error) == (
        "annual_assessment on 2026-03-01 refused in state 'units_revoked': annual assessment is "
        "not allowed in state 'units' qualifications revoked, awaiting new units'; allowed "
        "next: reassignment of the units, end-of-round performance appraisal, level recognition, "
        "higher-level expiry assessment. "
        "(Art. 8 第八条)"
    )


def test_on_2026_03_01_new_units_continue_the_running_round_art_8() -> None:
    before = revoked()
    step = before.apply(
        UnitsReassignment(
            date(2026, 3, 1), construction_units=("浒山街道办事处",), host_unit="新依托单位"
        )
    )
    c = step.entity
    assert c.state is S.UNDER_CONSTRUCTION
    assert c.construction_units == ("浒山街道办事处",)
    assert c.host_unit == "新依托单位"
    assert c.round == Period(date(2025, 3, 1), date(2030, 3, 1))
    assert c.facts.planned_years == frozenset()
    assert cited(step) == (
        (ART_8,),
        "On 2026-03-01 new units are authorised and entrusted (host unit 新依托单位); they "
        "continue the running round.",
    )


def test_on_2026_03_01_under_the_new_round_reading_new_units_start_a_new_round_tn_8_3() -> None:
    new_round = READINGS.replace(reassignment="new_round")
    c = (
        revoked()
        .apply(
            UnitsReassignment(
                date(2026, 3, 1), construction_units=("浒山街道办事处",), host_unit="新依托单位"
            ),
            readings=new_round,
        )
        .entity
    )
    assert c.state is S.HOST_UNIT_SELECTED
    assert c.facts.earliest_round_start == date(2026, 3, 1)
    started = c.apply(RoundStart(date(2026, 3, 1), start=date(2026, 3, 1), targets="新五年目标"))
    assert started.entity.round == Period(date(2026, 3, 1), date(2031, 3, 1))
    assert started.entity.facts.rounds == 2
    early = refusal(c, RoundStart(date(2026, 3, 1), start=date(2026, 2, 1), targets="x"))
    assert early.reason.en == (
        "the round can start on 2026-03-01 at the earliest (the approval or the end of the "
        "last round), not on 2026-02-01."
    )


def test_on_2026_03_01_a_reassignment_must_name_the_new_construction_unit_art_8() -> None:
    error = refusal(
        revoked(), UnitsReassignment(date(2026, 3, 1), construction_units=(), host_unit="x")
    )
    assert str(error) == (
        "units_reassignment on 2026-03-01 refused in state 'units_revoked': the reassignment "
        "must name the newly authorised construction unit(s). (Art. 8 第八条)"
    )


# --- Art. 8 ¶2 and Art. 9 ¶2: levels and higher-level results --------------------------


def test_on_2025_06_01_the_complex_is_recognised_at_ningbo_level_art_8_2() -> None:
    step = under_construction().apply(LevelRecognition(date(2025, 6, 1), level=Level.NINGBO))
    assert step.entity.state is S.UNDER_CONSTRUCTION
    assert step.entity.level is Level.NINGBO
    assert cited(step) == (
        (ART_8_2, ART_9_2),
        "On 2025-06-01 the Complex is recognised at Ningbo municipal level.",
    )


def test_on_2026_01_10_a_poor_higher_level_evaluation_revokes_both_units_early_art_8_2() -> None:
    step = ningbo().apply(
        HigherLevelAnnualEvaluation(date(2026, 1, 10), year=2025, grade=PerformanceGrade.POOR)
    )
    assert step.entity.state is S.UNITS_REVOKED
    assert step.consequences == (
        Consequence.REVOKE_QUALIFICATION_EARLY,
        Consequence.REASSIGN_UNITS,
    )
    assert step.entity.host_unit is None
    assert step.decision.articles == (ART_8_2,)
    assert step.decision.reasons[0].zh == (
        "2026-01-10上级组织的2025年度绩效评价结果为“差”,提前取消建设单位与依托单位资格,另行授权委托。"
    )


def test_on_2026_01_10_a_higher_level_evaluation_other_than_poor_is_recorded_art_8_2() -> None:
    step = ningbo().apply(
        HigherLevelAnnualEvaluation(date(2026, 1, 10), year=2025, grade=PerformanceGrade.NOT_POOR)
    )
    assert step.entity.state is S.UNDER_CONSTRUCTION
    assert step.consequences == ()
    assert step.decision.outcome.code == "recorded"
    assert step.decision.articles == (ART_8_2,)


def test_on_2026_01_10_a_higher_level_evaluation_of_a_cixi_level_complex_is_refused_art_8_2() -> (
    None
):
    error = refusal(
        under_construction(),
        HigherLevelAnnualEvaluation(date(2026, 1, 10), year=2025, grade=PerformanceGrade.POOR),
    )
    assert error.articles == (ART_8_2,)
    assert str(error) == (
        "higher_level_annual_evaluation on 2026-01-10 refused in state 'under_construction': "
        "the Complex is at Cixi municipal level; the higher-level annual performance evaluation "
        "applies only to Complexes at Ningbo municipal level or above. (Art. 8 ¶2 第八条第二款)"
    )
    assert error.reason.zh == (
        "该综合体为慈溪市级综合体,上级年度绩效评价仅适用于宁波市级及以上综合体。"
    )


def test_on_2026_06_30_an_unqualified_higher_level_expiry_assessment_eliminates_art_9_2() -> None:
    step = ningbo().apply(
        HigherLevelExpiryAssessment(date(2026, 6, 30), result=AssessmentResult.UNQUALIFIED)
    )
    c = step.entity
    assert c.state is S.ELIMINATED
    assert c.is_final
    assert not c.on_creation_list
    assert step.consequences == (Consequence.ELIMINATE,)
    assert cited(step) == (
        (ART_9_2,),
        "On 2026-06-30 the higher-level expiry assessment is unqualified: the Complex is "
        "eliminated and no longer on the creation list.",
    )


def test_on_2026_06_30_a_qualified_higher_level_expiry_assessment_is_recorded_art_9_2() -> None:
    step = ningbo().apply(
        HigherLevelExpiryAssessment(date(2026, 6, 30), result=AssessmentResult.QUALIFIED)
    )
    assert step.entity.state is S.UNDER_CONSTRUCTION
    assert step.decision.outcome.code == "recorded"
    assert step.decision.articles == (ART_9_2,)


def test_on_2026_06_30_an_expiry_assessment_eliminates_a_complex_whose_units_are_revoked() -> None:
    c = apply(
        ningbo(),
        AnnualAssessment(date(2026, 1, 20), year=2025, result=AssessmentResult.UNQUALIFIED),
        HigherLevelExpiryAssessment(date(2026, 6, 30), result=AssessmentResult.UNQUALIFIED),
    )
    assert c.state is S.ELIMINATED


def test_on_2026_06_30_a_higher_level_expiry_assessment_of_a_cixi_level_complex_is_refused() -> (
    None
):
    error = refusal(
        under_construction(),
        HigherLevelExpiryAssessment(date(2026, 6, 30), result=AssessmentResult.UNQUALIFIED),
    )
    assert str(error) == (
        "higher_level_expiry_assessment on 2026-06-30 refused in state 'under_construction': "
        "the Complex is at Cixi municipal level; the higher-level expiry assessment applies "
        "only to Complexes at Ningbo municipal level or above. (Art. 9 ¶2 第九条第二款)"
    )


# --- Art. 9: end-of-round appraisal and elimination ------------------------------------


def appraised(grade: PerformanceGrade, **kw: Any) -> Applied[Complex]:
    """The early round's end-of-round appraisal on 2028-07-01, a month after it expired."""
    return early_round().apply(
        RoundAppraisal(date(2028, 7, 1), indicators=ACTUAL, grade=grade), **kw
    )


def test_on_2028_07_01_a_poor_appraisal_of_an_expired_round_eliminates_the_complex_art_9() -> None:
    step = appraised(PerformanceGrade.POOR)
    c = step.entity
    assert c.state is S.ELIMINATED
    assert c.facts.appraisal == ACTUAL
    assert step.consequences == (Consequence.ELIMINATE,)
    assert step.decision.articles == (ART_9,)
    assert step.decision.reasons[0].zh == (
        "2028-07-01市科技局会同市财政局对建设期届满的综合体实施绩效评估,结果为“差”,予以淘汰,"
        "不再列入创建名单。"
    )


def test_after_elimination_on_2028_07_01_no_event_is_accepted_art_9() -> None:
    c = appraised(PerformanceGrade.POOR).entity
    error = refusal(c, LevelRecognition(date(2028, 8, 1), level=Level.NATIONAL))
    assert error.articles == (ART_9, ART_9_2)
    assert str(error) == (
        "level_recognition on 2028-08-01 refused in state 'eliminated': 'eliminated, off the "
        "creation list' is a final state: no event is accepted after it. "
        "(Art. 9 第九条, Art. 9 ¶2 第九条第二款)"
    )


def test_on_2028_07_01_an_appraisal_other_than_poor_keeps_the_complex_on_the_list_tn_9_2() -> None:
    step = appraised(PerformanceGrade.NOT_POOR)
    c = step.entity
    assert c.state is S.ROUND_COMPLETED
    assert c.on_creation_list
    assert step.consequences == ()
    assert cited(step) == (
        (ART_9,),
        "On 2028-07-01 the end-of-round appraisal is not poor; the Measures state no "
        "consequence, and under the reading taken the Complex stays on the creation list and "
        "may start a next round.",
    )
    nxt = c.apply(RoundStart(date(2028, 7, 1), start=date(2028, 7, 1), targets="第二轮目标"))
    assert nxt.entity.state is S.UNDER_CONSTRUCTION
    assert nxt.entity.round == Period(date(2028, 7, 1), date(2033, 7, 1))


def test_on_2028_07_01_a_next_round_cannot_start_before_the_last_one_ended_art_8() -> None:
    c = appraised(PerformanceGrade.NOT_POOR).entity
    error = refusal(c, RoundStart(date(2028, 7, 1), start=date(2028, 5, 1), targets="x"))
    assert str(error) == (
        "round_start on 2028-07-01 refused in state 'round_completed': the round can start on "
        "2028-06-01 at the earliest (the approval or the end of the last round), not on "
        "2028-05-01. (Art. 8 第八条)"
    )


def test_under_the_construction_ends_reading_the_round_ends_the_complex_tn_9_2() -> None:
    ends = READINGS.replace(after_appraisal="construction_ends")
    step = appraised(PerformanceGrade.NOT_POOR, readings=ends)
    assert step.entity.state is S.CONSTRUCTION_ENDED
    assert step.entity.is_final
    assert not step.entity.on_creation_list
    assert step.decision.articles == (ART_9,)


def test_on_2029_06_01_an_appraisal_before_the_round_expires_is_refused_art_9() -> None:
    error = refusal(
        under_construction(),
        RoundAppraisal(date(2029, 6, 1), indicators=ACTUAL, grade=PerformanceGrade.POOR),
    )
    assert error.articles == (ART_9,)
    assert str(error) == (
        "round_appraisal on 2029-06-01 refused in state 'under_construction': the construction "
        "period has not expired: the round [2025-03-01, 2030-03-01) expires on 2030-03-01, and "
        "the appraisal comes after its expiry. (Art. 9 第九条)"
    )


def test_on_2030_03_01_an_appraisal_is_outside_the_measures_force_unless_flagged_art_24() -> None:
    appraisal = RoundAppraisal(date(2030, 3, 1), indicators=ACTUAL, grade=PerformanceGrade.POOR)
    with pytest.raises(OutsideForceError):
        under_construction().apply(appraisal)
    step = under_construction().apply(appraisal, force=ForceCheck.FLAG)
    assert step.entity.state is S.ELIMINATED
    assert step.decision.in_force is False


# --- the whole table ------------------------------------------------------------------


def test_the_complex_table_is_declared_as_expected() -> None:
    assert COMPLEX_LIFECYCLE.initial is S.APPLIED
    assert COMPLEX_LIFECYCLE.finals == frozenset({S.REJECTED, S.ELIMINATED, S.CONSTRUCTION_ENDED})
    # 28 rows, the early revocation between rounds in two more states (Art. 8 ¶2: 4 rows),
    # the appraisal of a round whose units were revoked (Art. 9 ¶1: 3 rows) and the host
    # unit's selection under the approval reading (Art. 7 ¶1, open point 11: 1 row)
    assert len(COMPLEX_LIFECYCLE.transitions) == 40
    assert COMPLEX_LIFECYCLE.all_articles() == (
        ART_6,
        ART_2,
        ART_5,
        ART_7,
        ART_8,
        ART_8_2,
        ART_9,
        ART_9_2,
    )


def test_the_example_replays_to_a_complex_under_construction() -> None:
    c = under_construction()
    assert [e.kind for e in c.events] == [e.kind for e in EVENTS]
    assert Complex.replay(c.events) == c
    assert c.state_on(date(2025, 2, 15)) is S.APPROVED
    assert c.state_on(date(2025, 1, 9)) is None
