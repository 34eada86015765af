"""The lifecycle of a Consortium (Art. 12-15): one test per transition and per refusal."""

from __future__ import annotations

from datetime import date
from typing import Any

import attrs
import pytest
from tests.builders import first_event, refusal, replaying, stages
from tests.decided import decided, refused, refused_in_both

from cixi_innovation import (
    CONSORTIUM_LIFECYCLE,
    READINGS,
    AnnualPlan,
    AssessmentResult,
    ChainLeaderFindings,
    Citation,
    ConditionFinding,
    Consequence,
    Consortium,
    ConsortiumApplication,
    ConsortiumLeaderReview,
    ConsortiumOpinion,
    ConsortiumState,
    CultivationAcceptance,
    CultivationStart,
    EventOrderError,
    ExpertReview,
    MissingSectionError,
    Period,
)
from cixi_innovation.lifecycles.consortium.entity import example_events

ART_6, ART_12, ART_13, ART_14, ART_15 = (Citation.article(n) for n in (6, 12, 13, 14, 15))

S = ConsortiumState
EVENTS = example_events()
APPLICATION = first_event(EVENTS, ConsortiumApplication)
ALL_MET = ChainLeaderFindings(
    overall_strength=True, rd_investment=True, technological_advantages=True, driving_benefits=True
)
_PLAN_2025 = EVENTS[11]
assert isinstance(_PLAN_2025, AnnualPlan)
#: The 2026 plan: the same flagship product plan ("开发标志性新产品1项") as in 2025.
PLAN_2026 = attrs.evolve(
    _PLAN_2025,
    on=date(2026, 1, 8),
    year=2026,
    industry_improvement_indicators=("产业链产值增长8%",),
    tech_breakthrough_catalogue=("低噪声压缩机",),
    resource_sharing_list=("中试线共享",),
)
assert PLAN_2026.flagship_product_plan == "开发标志性新产品1项"
CYCLE = Period(date(2025, 7, 1), date(2028, 7, 1))


#: The example Consortium after its first ``n`` events.
upto = replaying(Consortium, EVENTS)


#: The stages of the example, after its first 1, 2, 9, 10, 12 events.
# in_consultation: passed the expert review on 2025-04-08; no opinion yet
# consulted: all seven task-group units gave their opinion on 2025-04-20
# approved: approved by the leader in charge on 2025-05-12
# in_cultivation: cycle [2025-07-01, 2028-07-01), the 2025 annual plan reported on 2025-07-10
applied, in_consultation, consulted, approved, in_cultivation = stages(upto, 1, 2, 9, 10, 12)


def accepted(result: AssessmentResult, on: date = date(2028, 7, 1), **kw: object) -> Consortium:
    step = in_cultivation().apply(CultivationAcceptance(on, result=result), **kw)  # type: ignore[arg-type]
    return step.entity


# --- Art. 13: application ----------------------------------------------------------------


def test_on_2025_03_03_a_chain_leader_enterprise_applies_for_a_consortium_art_13() -> None:
    step = Consortium.create(APPLICATION)
    c = step.entity
    assert (c.id, c.name, c.state) == (
        "LHT-2025-01",
        "慈溪智能家电核心零部件企业创新联合体",
        S.APPLIED,
    )
    assert c.enterprise == "宁波某电器股份有限公司"
    assert c.facts.plan == APPLICATION.plan
    assert c.facts.plan.cultivation_targets.tech_breakthrough_catalogue == (
        "高效电机控制",
        "低噪声压缩机",
    )
    assert c.cultivation_period is None
    assert c.rounds == ()
    assert c.revoked_on is None
    assert step.consequences == ()


def test_an_application_is_read_from_plain_data_with_its_annex_2_plan() -> None:
    data = APPLICATION.to_data()
    assert data["kind"] == "consortium_application"
    assert data["applicant"] == "chain_leader"
    plan = data["plan"]
    assert isinstance(plan, dict)
    assert plan["cultivation_targets"]["resource_sharing_list"] == ["检测中心共享"]
    assert CONSORTIUM_LIFECYCLE.event_from_data(data) == APPLICATION


@pytest.mark.parametrize(
    ("section", "message"),
    [
        pytest.param(
            ("cultivation_targets", "resource_sharing_list"),
            "cultivation_targets.resource_sharing_list: a resource-sharing list (资源共享清单) is "
            "missing from the plan (Art. 15 第十五条)",
            id="targets-without-the-resource-sharing-list-art-15",
        ),
        pytest.param(
            ("breakthroughs_and_rd",),
            "breakthroughs_and_rd: planned targets for technology breakthroughs and R&D investment "
            "(技术攻关与研发投入计划目标) is missing from the plan (Annex 2 §4 附件2第四部分)",
            id="a-plan-without-annex-2-section-4",
        ),
    ],
)
def test_an_application_whose_plan_lacks_a_section_reads_and_names_the_gap(
    section: tuple[str, ...], message: str
) -> None:
    data = APPLICATION.to_data()
    part = data["plan"]
    for key in section[:-1]:
        assert isinstance(part, dict)
        part = part[key]
    assert isinstance(part, dict)
    del part[section[-1]]
    event = CONSORTIUM_LIFECYCLE.event_from_data(data)  # read: the outline is a reference outline
    with pytest.raises(MissingSectionError) as info:
        event.plan.require_complete()  # type: ignore[attr-defined]
    assert str(info.value) == message


# --- Art. 12-14: the expert review and its findings --------------------------------------


def test_on_2025_04_08_the_application_passes_the_expert_review_art_13() -> None:
    step = applied().apply(
        ExpertReview(date(2025, 4, 8), passed=True, niche_track=True, findings=ALL_MET)
    )
    c = step.entity
    assert c.state is S.IN_CONSULTATION
    assert (c.facts.niche_track, c.facts.findings) == (True, ALL_MET)
    assert decided(step) == (
        "review_passed",
        (ART_13, ART_12, ART_14),
        "On 2025-04-08 the application passes the expert review organised by the Bureau; the "
        "field meets Art. 12 and the applicant meets the chain-leader conditions of Art. 14; "
        "the opinions of the task-group units are solicited.",
    )


def test_on_2025_04_08_an_application_that_fails_the_expert_review_is_rejected_art_13() -> None:
    unmet = attrs.evolve(ALL_MET, driving_benefits=False)
    step = applied().apply(
        ExpertReview(date(2025, 4, 8), passed=False, niche_track=True, findings=unmet)
    )
    assert step.entity.state is S.REJECTED
    assert step.entity.is_final
    assert step.entity.facts.findings == unmet
    assert decided(step) == (
        "rejected",
        (ART_13,),
        "On 2025-04-08 the application does not pass the expert review; it is rejected.",
    )
    assert step.decision.reasons[0].zh == "2025-04-08专家评审未通过,申请不予通过。"


def test_on_2025_04_08_an_application_whose_findings_say_a_condition_is_not_met_is_refused_art_14() -> (
    None
):
    findings = ChainLeaderFindings(
        overall_strength=True,
        rd_investment=False,
        technological_advantages=True,
        driving_benefits=False,
        further=(ConditionFinding("产业链控制力强", False), ConditionFinding("信用良好", True)),
    )
    before = applied()
    error = refusal(
        before, ExpertReview(date(2025, 4, 8), passed=True, niche_track=True, findings=findings)
    )
    assert refused_in_both(error) == (
        S.APPLIED,
        (ART_14,),
        "expert_review on 2025-04-08 refused in state 'applied': the review found that the "
        "applicant enterprise does not meet the conditions of a chain-leader enterprise (large "
        "R&D investment, good driving benefits, 产业链控制力强), so the application cannot "
        "pass. (Art. 14 第十四条)",
        "评审认定申请企业不符合链主型企业条件(研发投入大、带动效益好、产业链控制力强),"
        "申请不能评审通过。",
    )
    assert before == applied()


def test_the_four_named_conditions_of_art_14_are_listed_in_the_order_of_the_article() -> None:
    none_met = ChainLeaderFindings(False, False, False, False)
    assert [label.zh for label in none_met.unmet()] == [
        "综合实力强",
        "研发投入大",
        "技术优势明显",
        "带动效益好",
    ]
    assert ALL_MET.unmet() == ()


def test_on_2025_04_08_a_field_that_is_not_a_niche_track_cannot_pass_art_12() -> None:
    error = refusal(
        applied(), ExpertReview(date(2025, 4, 8), passed=True, niche_track=False, findings=ALL_MET)
    )
    assert error.articles == (ART_12,)
    assert str(error) == (
        "expert_review on 2025-04-08 refused in state 'applied': the review found that the "
        "field is not a niche track with a good supporting base, strong technological "
        "advantages and great growth potential, so the application cannot pass. "
        "(Art. 12 第十二条)"
    )


# --- Art. 13: consultation and approval --------------------------------------------------


def test_on_2025_05_12_the_leader_in_charge_approves_after_all_seven_opinions_art_13() -> None:
    step = consulted().apply(ConsortiumLeaderReview(date(2025, 5, 12), approved=True))
    assert step.entity.state is S.APPROVED
    assert step.entity.cultivation_period is None


def test_on_2025_04_01_approval_before_the_expert_review_is_refused_art_13() -> None:
    error = refusal(applied(), ConsortiumLeaderReview(date(2025, 4, 1), approved=True))
    assert refused(error) == (
        S.APPLIED,
        (ART_13, ART_15),
        "leader_review on 2025-04-01 refused in state 'applied': review by the leader in charge "
        "is not allowed in state 'application submitted'; allowed next: expert review organised "
        "by the Bureau. (Art. 13 第十三条, Art. 15 第十五条)",
    )


# --- Art. 15: the three-year cultivation cycle -------------------------------------------


def test_on_2025_07_01_a_three_year_cultivation_cycle_starts_until_2028_07_01_art_15() -> None:
    c = approved().apply(CultivationStart(date(2025, 7, 1))).entity
    assert c.cultivation_period == CYCLE
    assert c.rounds == (CYCLE,)


def test_cultivation_runs_from_its_first_day_to_the_day_before_its_end_art_16() -> None:
    c = in_cultivation()
    assert [c.in_cultivation(d) for d in (date(2025, 6, 30), date(2025, 7, 1))] == [False, True]
    assert [c.in_cultivation(d) for d in (date(2028, 6, 30), date(2028, 7, 1))] == [True, False]
    assert approved().in_cultivation(date(2025, 7, 1)) is False


def test_under_the_approval_date_reading_cultivation_starts_on_approval_open_point_8() -> None:
    at_approval = READINGS.replace(cultivation_start="approval_date")
    step = consulted().apply(
        ConsortiumLeaderReview(date(2025, 5, 12), approved=True), readings=at_approval
    )
    c = step.entity
    assert c.state is S.IN_CULTIVATION
    assert c.cultivation_period == Period(date(2025, 5, 12), date(2028, 5, 12))
    assert decided(step) == (
        "approved",
        (ART_13, ART_15),
        "On 2025-05-12 the leader in charge approves the Consortium; under the reading taken, "
        "cultivation starts on the day of approval: cycle 1 is [2025-05-12, 2028-05-12).",
    )


def test_under_the_approval_date_reading_a_rejection_starts_nothing_open_point_8() -> None:
    at_approval = READINGS.replace(cultivation_start="approval_date")
    step = consulted().apply(
        ConsortiumLeaderReview(date(2025, 5, 12), approved=False), readings=at_approval
    )
    assert step.entity.state is S.REJECTED
    assert step.entity.rounds == ()


def test_on_2025_06_01_cultivation_cannot_start_before_approval_art_15() -> None:
    error = refusal(consulted(), CultivationStart(date(2025, 6, 1)))
    assert error.articles == (ART_15,)
    assert str(error) == (
        "cultivation_start on 2025-06-01 refused in state 'in_consultation': start of a "
        "cultivation cycle is not allowed in state 'expert review passed, consultation under "
        "way'; allowed next: opinion of a task-group unit, review by the leader in charge. "
        "(Art. 15 第十五条)"
    )


def test_on_2026_01_08_the_2026_annual_plan_with_its_four_items_is_reported_art_15() -> None:
    step = in_cultivation().apply(PLAN_2026)
    c = step.entity
    assert c.state is S.IN_CULTIVATION
    assert c.facts.planned_years == frozenset({2025, 2026})
    assert c.annual_plans() == (EVENTS[11], PLAN_2026)
    assert decided(step) == (
        "plan_reported",
        (ART_15,),
        "On 2026-01-08 the chain-leader enterprise reports its annual plan for 2026, with "
        "industry-improvement indicators, a catalogue of technologies to be tackled, a "
        "resource-sharing list and a development plan for flagship new products.",
    )


def test_on_2026_01_08_an_annual_plan_with_further_items_is_accepted_the_list_is_open() -> None:
    plan = attrs.evolve(PLAN_2026, further=("人才引进计划",))
    assert in_cultivation().apply(plan).entity.state is S.IN_CULTIVATION


def test_on_2026_01_08_an_incomplete_annual_plan_is_refused_naming_what_is_missing_art_15() -> None:
    incomplete = AnnualPlan(
        date(2026, 1, 8), year=2026, industry_improvement_indicators=("产业链产值增长8%",)
    )
    before = in_cultivation()
    error = refusal(before, incomplete)
    assert refused_in_both(error) == (
        S.IN_CULTIVATION,
        (ART_15,),
        "annual_plan on 2026-01-08 refused in state 'in_cultivation': the annual plan for 2026 "
        "lacks a catalogue of technologies to be tackled, a resource-sharing list, a "
        "development plan for flagship new products; annual plans shall include "
        "industry-improvement indicators, a catalogue of technologies to be tackled, a "
        "resource-sharing list and a development plan for flagship new products. "
        "(Art. 15 第十五条)",
        "2026年度计划缺少技术攻关目录、资源共享清单、标志性新产品开发计划;年度计划应包括"
        "行业提升指标、技术攻关目录、资源共享清单、标志性新产品开发计划等。",
    )
    assert before == in_cultivation()


def test_on_2026_01_08_an_annual_plan_with_a_blank_item_is_refused_art_15() -> None:
    blank = attrs.evolve(PLAN_2026, resource_sharing_list=("中试线共享", " "))
    error = refusal(in_cultivation(), blank)
    assert error.reason.en.startswith("the annual plan for 2026 lacks a resource-sharing list; ")
    assert [m.code for m in AnnualPlan(date(2026, 1, 8), year=2026).missing()] == [
        "industry_improvement_indicators",
        "tech_breakthrough_catalogue",
        "resource_sharing_list",
        "flagship_product_plan",
    ]


def test_on_2026_01_08_a_plan_for_2029_is_outside_the_cycle_art_15() -> None:
    error = refusal(in_cultivation(), attrs.evolve(PLAN_2026, year=2029))
    assert str(error) == (
        "annual_plan on 2026-01-08 refused in state 'in_cultivation': 2029 is not a year of "
        "the cultivation cycle [2025-07-01, 2028-07-01). (Art. 15 第十五条)"
    )
    assert error.reason.zh == "2029年不在本轮培育周期[2025-07-01, 2028-07-01)内。"


def test_a_consortium_has_no_annual_assessment_tn_15_2() -> None:
    assert CONSORTIUM_LIFECYCLE.allowed(S.IN_CULTIVATION) == (AnnualPlan, CultivationAcceptance)
    assert list(CONSORTIUM_LIFECYCLE.events_by_kind) == [
        "consortium_application",
        "expert_review",
        "consultation_opinion",
        "leader_review",
        "cultivation_start",
        "annual_plan",
        "cultivation_acceptance",
    ]


def test_on_2028_06_30_a_final_acceptance_before_the_cycle_expires_is_refused_art_15() -> None:
    error = refusal(
        in_cultivation(),
        CultivationAcceptance(date(2028, 6, 30), result=AssessmentResult.QUALIFIED),
    )
    assert refused_in_both(error) == (
        S.IN_CULTIVATION,
        (ART_15,),
        "cultivation_acceptance on 2028-06-30 refused in state 'in_cultivation': the "
        "cultivation cycle has not expired: the cycle [2025-07-01, 2028-07-01) expires on "
        "2028-07-01, and the acceptance check comes upon its expiry. (Art. 15 第十五条)",
        "培育周期尚未届满:本轮[2025-07-01, 2028-07-01)于2028-07-01届满,考核验收在届满后进行。",
    )


def test_on_2028_07_01_a_qualified_final_acceptance_retains_the_qualification_art_15() -> None:
    step = in_cultivation().apply(
        CultivationAcceptance(date(2028, 7, 1), result=AssessmentResult.QUALIFIED)
    )
    c = step.entity
    assert c.state is S.QUALIFICATION_RETAINED
    assert not c.is_final
    assert c.qualification_retained
    assert c.revoked_on is None
    assert c.cultivation_period == CYCLE
    assert c.in_cultivation(date(2028, 7, 1)) is False
    assert decided(step) == (
        "qualification_retained",
        (ART_15,),
        "On 2028-07-01 the Bureau and the Finance Bureau check the completion of the "
        "Consortium's three-year cultivation targets: qualified, so the chain-leader "
        "enterprise's cultivation qualification is retained; under the reading taken, a "
        "further round may start.",
    )
    assert step.consequences == (Consequence.RETAIN_CULTIVATION_QUALIFICATION,)
    assert c.allowed_events() == (CultivationStart,)


def test_on_2028_07_15_an_unqualified_final_acceptance_revokes_the_qualification_art_15() -> None:
    before = in_cultivation()
    step = before.apply(
        CultivationAcceptance(date(2028, 7, 15), result=AssessmentResult.UNQUALIFIED)
    )
    c = step.entity
    assert c.state is S.QUALIFICATION_REVOKED
    assert c.is_final
    assert c.revoked_on == date(2028, 7, 15)
    assert not c.qualification_retained
    assert step.consequences == (Consequence.REVOKE_CULTIVATION_QUALIFICATION,)
    assert decided(step) == (
        "qualification_revoked",
        (ART_15,),
        "On 2028-07-15 the Bureau and the Finance Bureau check the completion of the "
        "Consortium's three-year cultivation targets: unqualified, so the cultivation "
        "qualification is revoked.",
    )
    assert before.state is S.IN_CULTIVATION
    assert before.revoked_on is None


def test_on_2028_08_01_no_event_is_accepted_after_the_qualification_is_revoked_art_15() -> None:
    revoked = accepted(AssessmentResult.UNQUALIFIED, date(2028, 7, 15))
    error = refusal(revoked, CultivationStart(date(2028, 8, 1)))
    assert error.articles == (ART_15,)
    assert str(error) == (
        "cultivation_start on 2028-08-01 refused in state 'qualification_revoked': 'cultivation "
        "qualification revoked' is a final state: no event is accepted after it. "
        "(Art. 15 第十五条)"
    )
    assert revoked.allowed_events() == ()


def test_on_2028_09_01_a_further_round_starts_on_the_retained_qualification_tn_15_3() -> None:
    step = accepted(AssessmentResult.QUALIFIED).apply(CultivationStart(date(2028, 9, 1)))
    c = step.entity
    second = Period(date(2028, 9, 1), date(2031, 9, 1))
    assert c.state is S.IN_CULTIVATION
    assert c.rounds == (CYCLE, second)
    assert c.cultivation_period == second
    assert c.facts.planned_years == frozenset()
    assert [c.in_cultivation(d) for d in (date(2028, 6, 30), date(2028, 8, 1))] == [True, False]
    assert c.in_cultivation(date(2028, 9, 1))
    assert step.decision.articles == (ART_15,)
    assert step.decision.reasons[0].zh == (
        "2028-09-01培育资格保留后开始新一轮培育,第2轮三年培育周期为[2028-09-01, 2031-09-01),"
        "最后一日为2031-08-31。"
    )
    plan = attrs.evolve(PLAN_2026, on=date(2028, 9, 5), year=2028)
    assert c.apply(plan).entity.facts.planned_years == frozenset({2028})


def test_under_the_cultivation_ends_reading_a_qualified_acceptance_ends_cultivation_tn_15_3() -> (
    None
):
    ends = READINGS.replace(after_cultivation="cultivation_ends")
    step = in_cultivation().apply(
        CultivationAcceptance(date(2028, 7, 1), result=AssessmentResult.QUALIFIED), readings=ends
    )
    assert step.entity.state is S.CULTIVATION_ENDED
    assert step.entity.is_final
    assert step.entity.qualification_retained
    assert step.consequences == (Consequence.RETAIN_CULTIVATION_QUALIFICATION,)
    assert step.decision.reasons[0].en == (
        "On 2028-07-01 the Bureau and the Finance Bureau check the completion of the "
        "Consortium's three-year cultivation targets: qualified, so the chain-leader "
        "enterprise's cultivation qualification is retained; under the reading taken, "
        "cultivation ends with the cycle."
    )


# --- the entity: history, state on a date, allowed events, replay, plain data -----------


def test_a_second_application_to_an_existing_consortium_is_refused_art_13() -> None:
    error = refusal(in_cultivation(), attrs.evolve(APPLICATION, on=date(2026, 1, 8)))
    assert error.state is S.IN_CULTIVATION
    assert error.articles == (ART_13, ART_15)
    assert error.reason.en == (
        "Consortium application is not allowed in state 'in cultivation'; allowed next: annual "
        "plan, acceptance check at the end of cultivation."
    )


def test_an_event_dated_before_the_last_one_is_refused() -> None:
    with pytest.raises(EventOrderError) as info:
        in_cultivation().apply(attrs.evolve(PLAN_2026, on=date(2025, 7, 9)))
    assert str(info.value) == (
        "annual_plan on 2025-07-09 refused in state 'in_cultivation': annual plan dated "
        "2025-07-09 comes before the last recorded event of 2025-07-10; events must be applied "
        "in date order. (Art. 15 第十五条)"
    )


def test_the_state_on_each_date_follows_the_dated_history() -> None:
    c = accepted(AssessmentResult.UNQUALIFIED, date(2028, 7, 15))
    assert [
        c.state_on(d)
        for d in (
            date(2025, 3, 2),
            date(2025, 3, 3),
            date(2025, 4, 8),
            date(2025, 5, 12),
            date(2025, 7, 1),
            date(2028, 7, 14),
            date(2028, 7, 15),
        )
    ] == [
        None,
        S.APPLIED,
        S.IN_CONSULTATION,
        S.APPROVED,
        S.IN_CULTIVATION,
        S.IN_CULTIVATION,
        S.QUALIFICATION_REVOKED,
    ]


def test_the_allowed_events_of_each_state() -> None:
    assert applied().allowed_events() == (ExpertReview,)
    assert in_consultation().allowed_events() == (ConsortiumOpinion, ConsortiumLeaderReview)
    assert approved().allowed_events() == (CultivationStart,)
    assert in_cultivation().allowed_events() == (AnnualPlan, CultivationAcceptance)
    assert CONSORTIUM_LIFECYCLE.initial is S.APPLIED
    assert CONSORTIUM_LIFECYCLE.finals == frozenset(
        {S.REJECTED, S.QUALIFICATION_REVOKED, S.CULTIVATION_ENDED}
    )


def test_replaying_the_history_gives_an_equal_consortium_and_the_old_one_is_unchanged() -> None:
    before = in_cultivation()
    after = before.apply(PLAN_2026).entity
    assert Consortium.replay(after.events) == after
    assert before == in_cultivation()
    assert len(before.history) == 12
    assert len(after.history) == 13
    assert after.history[:-1] == before.history
    assert [entry.decision.rule for entry in after.history[:2]] == [
        "consortium.consortium_application",
        "consortium.expert_review",
    ]


#: The example's expert review (its second event) as plain data.
REVIEW_DATA: dict[str, Any] = {
    "kind": "expert_review",
    "on": "2025-04-08",
    "passed": True,
    "niche_track": True,
    "findings": {
        "overall_strength": True,
        "rd_investment": True,
        "technological_advantages": True,
        "driving_benefits": True,
        "further": [],
    },
    "opinion": "",
}


def test_every_event_is_read_back_from_its_plain_data() -> None:
    history = [
        *EVENTS,
        PLAN_2026,
        CultivationAcceptance(date(2028, 7, 1), result=AssessmentResult.QUALIFIED),
    ]
    for event in history:
        assert CONSORTIUM_LIFECYCLE.event_from_data(event.to_data()) == event
    assert EVENTS[1].to_data() == REVIEW_DATA


def test_a_scenario_builds_an_expert_review_with_a_further_finding_from_plain_data() -> None:
    further = [{"condition": "信用良好", "met": True}]
    data = {key: value for key, value in REVIEW_DATA.items() if key != "opinion"}
    data["findings"] = {**REVIEW_DATA["findings"], "further": further}
    event = CONSORTIUM_LIFECYCLE.event_from_data(data)
    assert event == ExpertReview(
        date(2025, 4, 8),
        passed=True,
        niche_track=True,
        findings=attrs.evolve(ALL_MET, further=(ConditionFinding("信用良好", True),)),
    )
