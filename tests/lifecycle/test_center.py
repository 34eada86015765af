"""The lifecycle of an Innovation Center (Art. 17-21): one test per transition and per refusal."""

from __future__ import annotations

from datetime import date
from typing import Any

import attrs
import pytest
from tests.builders import creation_refusal, first_event, refusal, replaying, stages
from tests.decided import cited, decided, refused, refused_in_both, said

from cixi_innovation import (
    CENTER_LIFECYCLE,
    READINGS,
    Applied,
    AssessmentResult,
    Body,
    CenterApproval,
    CenterFinalAcceptance,
    CenterOpinion,
    CenterProposal,
    CenterState,
    Citation,
    Consequence,
    ConstructionStart,
    EventRefusedError,
    ForceCheck,
    HostUnit,
    HostVehicleReading,
    InnovationCenter,
    InnovationVehicle,
    LegalEntityEstablishment,
    Level,
    MidTermEvaluation,
    MissingSectionError,
    OutsideForceError,
    PerformanceGrade,
    Period,
    TechCenterRecognition,
    VehicleKind,
)
from cixi_innovation.lifecycles.center.entity import example_events

ART_6, ART_17, ART_19, ART_21 = (Citation.article(n) for n in (6, 17, 19, 21))
ART_18_1, ART_18_2, ART_20_1 = (Citation.article(*n) for n in ((18, 1), (18, 2), (20, 1)))

S = CenterState
FLAG = ForceCheck.FLAG
EVENTS = example_events()
PROPOSAL = first_event(EVENTS, CenterProposal)
_ESTABLISHMENT = EVENTS[9]
assert isinstance(_ESTABLISHMENT, LegalEntityEstablishment)
ESTABLISHMENT: LegalEntityEstablishment = _ESTABLISHMENT
ROUND = Period(date(2025, 3, 2), date(2030, 3, 2))
HOST = PROPOSAL.host_units[0]
UNIVERSITY = HostUnit(
    "宁波某大学",
    (
        InnovationVehicle(
            VehicleKind.ENGINEERING_RESEARCH_CENTER,
            "浙江省家电智能控制工程技术研究中心",
            Level.PROVINCIAL,
        ),
    ),
)
NINGBO_INSTITUTE = HostUnit(
    "慈溪某研究院",
    (InnovationVehicle(VehicleKind.NEW_TYPE_RD_INSTITUTION, "慈溪某研究院", Level.NINGBO),),
)


#: The example Innovation Center after its first ``n`` events.
upto = replaying(InnovationCenter, EVENTS)


#: The stages of the example, after its first 1, 8, 9, 10, 11 events.
# consulted: all seven task-group units gave their opinion on 2025-01-20
# approved: approved by the executive meeting on 2025-02-10
# established: the legal entity was established on 2025-02-25
# under_construction: round [2025-03-02, 2030-03-02), mid-term evaluation due from 2028-03-02
proposed, consulted, approved, established, under_construction = stages(upto, 1, 8, 9, 10, 11)


def mid_term_passed() -> InnovationCenter:
    return (
        under_construction()
        .apply(MidTermEvaluation(date(2028, 3, 2), grade=PerformanceGrade.NOT_POOR))
        .entity
    )


def recognised() -> InnovationCenter:
    """Recognised as a Ningbo-level technology innovation center on 2026-05-20."""
    return (
        under_construction()
        .apply(TechCenterRecognition(date(2026, 5, 20), level=Level.NINGBO))
        .entity
    )


# --- Art. 17-18: the plan, one center one plan, the host units ---------------------------


def test_on_2025_01_06_the_bureau_proposes_a_center_plan_with_its_host_unit_art_18() -> None:
    step = InnovationCenter.create(PROPOSAL)
    c = step.entity
    assert (c.id, c.name, c.state) == ("CXZX-2025-01", "慈溪智能家电产业技术创新中心", S.PROPOSED)
    assert c.host_units == (HOST,)
    assert c.facts.plan == PROPOSAL.plan
    assert c.facts.proposed_on == date(2025, 1, 6)
    assert (c.legal_entity, c.round, c.rounds, c.mid_term_from) == (None, None, (), None)


def test_on_2025_01_06_a_host_unit_without_a_provincial_level_vehicle_is_refused_art_18() -> None:
    error = creation_refusal(
        InnovationCenter,
        attrs.evolve(PROPOSAL, host_units=(HOST, NINGBO_INSTITUTE, HostUnit("某公司"))),
    )
    assert error.articles == (ART_18_1,)
    assert str(error) == (
        "center_proposal on 2025-01-06 refused in no state (not created): the host unit shall "
        "possess a provincial-level or higher innovation vehicle such as a provincial "
        "engineering technology research center, a provincial key enterprise research "
        "institute or a new-type R&D institution (a new-type R&D institution counts only if "
        "recognised at provincial level or above); none is recorded for 慈溪某研究院, 某公司. "
        "(Art. 18 ¶1 第十八条第一款)"
    )
    assert error.reason.zh == (
        "依托单位慈溪某研究院、某公司不具备省工程技术研究中心、省重点企业研究院、新型研发机构等"
        "省级及以上创新载体(新型研发机构须经省级及以上认定)。"
    )


def test_on_2025_01_06_several_host_units_each_with_a_vehicle_are_accepted_tn_18_3() -> None:
    c = InnovationCenter.create(attrs.evolve(PROPOSAL, host_units=(HOST, UNIVERSITY))).entity
    assert c.host_units == (HOST, UNIVERSITY)


def test_under_the_any_new_type_institution_reading_a_ningbo_level_institution_counts_tn_18_2() -> (
    None
):
    any_level = READINGS.replace(host_vehicle="any_new_type_institution")
    event = attrs.evolve(PROPOSAL, host_units=(NINGBO_INSTITUTE,))
    assert InnovationCenter.create(event, readings=any_level).entity.state is S.PROPOSED


def test_under_the_any_new_type_institution_reading_a_refusal_names_only_the_hosts_lacking_a_vehicle_tn_18_2() -> (
    None
):
    any_level = READINGS.replace(host_vehicle="any_new_type_institution")
    event = attrs.evolve(PROPOSAL, host_units=(NINGBO_INSTITUTE, HostUnit("某公司")))
    with pytest.raises(EventRefusedError) as caught:
        InnovationCenter.create(event, readings=any_level)
    assert caught.value.reason.zh == (
        "依托单位某公司不具备省工程技术研究中心、省重点企业研究院、新型研发机构等"
        "省级及以上创新载体(任何新型研发机构均可)。"
    )
    assert caught.value.reason.en == (
        "the host unit shall possess a provincial-level or higher innovation vehicle such as a "
        "provincial engineering technology research center, a provincial key enterprise "
        "research institute or a new-type R&D institution (any new-type R&D institution "
        "counts, whatever its level); none is recorded for 某公司."
    )


def test_which_vehicles_qualify_under_each_reading_tn_18_2() -> None:
    def vehicle(kind: VehicleKind, level: Level) -> InnovationVehicle:
        return InnovationVehicle(kind, "载体", level)

    any_level = HostVehicleReading.ANY_NEW_TYPE_INSTITUTION
    new_type = VehicleKind.NEW_TYPE_RD_INSTITUTION
    centre = VehicleKind.ENGINEERING_RESEARCH_CENTER
    assert [vehicle(new_type, lv).qualifies() for lv in Level] == [False, False, True, True]
    assert [vehicle(new_type, lv).qualifies(any_level) for lv in Level] == [True] * 4
    assert [vehicle(centre, lv).qualifies(any_level) for lv in Level] == [
        False,
        False,
        True,
        True,
    ]
    assert [vehicle(VehicleKind.OTHER, lv).qualifies() for lv in Level] == [
        False,
        False,
        True,
        True,
    ]
    assert HostUnit("无载体").qualifies() is False


def test_a_proposal_is_read_from_plain_data_with_its_host_units_and_annex_3_plan() -> None:
    data = PROPOSAL.to_data()
    assert data["kind"] == "center_proposal"
    assert data["proposed_by"] == "bureau"
    assert data["host_units"] == [
        {
            "name": "宁波某电器股份有限公司",
            "vehicles": [
                {
                    "kind": "key_enterprise_research_institute",
                    "name": "浙江省智能家电重点企业研究院",
                    "level": "provincial",
                }
            ],
        }
    ]
    assert CENTER_LIFECYCLE.event_from_data(data) == PROPOSAL


def test_a_proposal_whose_plan_lacks_the_schedule_of_annex_3_section_7_reads_and_names_the_gap() -> (
    None
):
    data = PROPOSAL.to_data()
    plan = data["plan"]
    assert isinstance(plan, dict)
    del plan["schedule"]
    event = CENTER_LIFECYCLE.event_from_data(data)  # read: the outline is a reference outline
    with pytest.raises(MissingSectionError) as info:
        event.plan.require_complete()  # type: ignore[attr-defined]
    assert str(info.value) == (
        "schedule: the schedule (进度安排) is missing from the plan (Annex 3 §7 附件3第七部分)"
    )


def test_on_2025_02_01_a_second_plan_for_the_same_center_is_refused_one_center_one_plan() -> None:
    before = consulted()
    error = refusal(before, attrs.evolve(PROPOSAL, on=date(2025, 2, 1)))
    assert refused_in_both(error) == (
        S.PROPOSED,
        (ART_18_2,),
        "center_proposal on 2025-02-01 refused in state 'proposed': one center, one plan: "
        "慈溪智能家电产业技术创新中心 already has its plan, proposed on 2025-01-06; no second "
        "plan is proposed for the same center. (Art. 18 ¶2 第十八条第二款)",
        "一中心一方案:慈溪智能家电产业技术创新中心已于2025-01-06提出建设方案,同一创新中心不再"
        "提出第二个方案。",
    )
    assert before == consulted()


def test_a_second_plan_is_refused_in_every_state_even_a_final_one() -> None:
    rejected = consulted().apply(
        CenterApproval(date(2025, 2, 10), approved=False, by=Body.EXECUTIVE_MEETING)
    )
    error = refusal(rejected.entity, attrs.evolve(PROPOSAL, on=date(2025, 3, 1)))
    assert error.state is S.REJECTED
    assert error.articles == (ART_18_2,)


# --- Art. 18 ¶2: consultation and approval by the executive meeting ----------------------


def test_on_2025_02_10_an_approval_by_the_leader_in_charge_is_refused_art_18() -> None:
    error = refusal(
        consulted(), CenterApproval(date(2025, 2, 10), approved=True, by=Body.LEADER_IN_CHARGE)
    )
    assert refused_in_both(error) == (
        S.PROPOSED,
        (ART_18_2,),
        "plan_approval on 2025-02-10 refused in state 'proposed': the plan of an Innovation "
        "Center is reviewed and approved by the executive meeting of the municipal government, "
        "not by the municipal government leader in charge. (Art. 18 ¶2 第十八条第二款)",
        "创新中心建设方案报市政府常务会议审定,不由市政府分管领导审定。",
    )


# --- Art. 19: the independent legal entity and its three bodies --------------------------


def test_on_2025_02_25_the_independent_legal_entity_is_established_art_19() -> None:
    step = approved().apply(ESTABLISHMENT)
    c = step.entity
    assert c.state is S.ESTABLISHED
    assert c.legal_entity == ESTABLISHMENT
    assert c.round is None
    assert decided(step) == (
        "established",
        (ART_19,),
        "On 2025-02-25 the independent legal entity 慈溪智能家电技术创新中心有限公司 is "
        "established with its board, general manager (center director) and expert committee.",
    )


def test_on_2025_02_25_a_non_profit_legal_person_with_a_council_and_a_director_is_accepted_tn_19_1() -> (
    None
):
    non_profit = attrs.evolve(
        ESTABLISHMENT,
        legal_person="慈溪智能家电技术创新研究院",
        legal_form="民办非企业单位",
        board="理事会",
        executive="中心主任",
    )
    assert approved().apply(non_profit).entity.state is S.ESTABLISHED


def test_on_2025_02_25_an_entity_that_is_not_an_independent_legal_person_is_refused_art_19() -> (
    None
):
    error = refusal(
        approved(), attrs.evolve(ESTABLISHMENT, legal_person="某公司创新部", independent=False)
    )
    assert error.articles == (ART_19,)
    assert str(error) == (
        "legal_entity_establishment on 2025-02-25 refused in state 'approved': '某公司创新部' is "
        "not an independent legal-person entity; an Innovation Center shall be one. "
        "(Art. 19 第十九条)"
    )
    assert error.reason.zh == "“某公司创新部”不是独立法人实体;创新中心应为独立法人实体。"


def test_on_2025_02_25_an_establishment_that_names_no_legal_person_is_refused_art_19() -> None:
    error = refusal(approved(), attrs.evolve(ESTABLISHMENT, legal_person=" "))
    assert error.reason.en == "the establishment must name the Innovation Center's legal person."


def test_on_2025_02_25_an_entity_without_its_board_and_expert_committee_is_refused_art_19() -> None:
    error = refusal(approved(), attrs.evolve(ESTABLISHMENT, board="", expert_committee="  "))
    assert error.articles == (ART_19,)
    assert str(error) == (
        "legal_entity_establishment on 2025-02-25 refused in state 'approved': missing from the "
        "establishment: board of directors (board of trustees), expert committee; an "
        "Innovation Center implements decision-making by a board of directors (board of "
        "trustees), responsibility of a general manager (center director) and consultation by "
        "an expert committee. (Art. 19 第十九条)"
    )
    assert error.reason.zh == (
        "未设立董事会(理事会)、专家委员会;创新中心实行董事会(理事会)决策制、"
        "总经理(中心主任)负责制、专家委员会咨询制。"
    )


def test_on_2025_03_01_construction_cannot_start_before_the_legal_entity_is_established_art_19() -> (
    None
):
    error = refusal(approved(), ConstructionStart(date(2025, 3, 1)))
    assert refused(error) == (
        S.APPROVED,
        (ART_19, ART_21),
        "construction_start on 2025-03-01 refused in state 'approved': start of construction "
        "is not allowed in state 'approved by the executive meeting, legal entity to be "
        "established'; allowed next: establishment of the legal entity, recognition as a "
        "technology innovation center. (Art. 19 第十九条, Art. 21 第二十一条)",
    )


# --- Art. 21: five-year rounds, mid-term evaluation, end-of-period check -----------------


def test_on_2025_03_02_a_five_year_round_starts_until_2030_03_02_art_21() -> None:
    c = established().apply(ConstructionStart(date(2025, 3, 2))).entity
    assert c.round == ROUND
    assert c.rounds == (ROUND,)
    assert c.mid_term_from == date(2028, 3, 2)


def test_under_the_establishment_date_reading_construction_starts_with_the_legal_entity_tn_21_1() -> (
    None
):
    at_establishment = READINGS.replace(construction_start="establishment_date")
    step = approved().apply(ESTABLISHMENT, readings=at_establishment)
    c = step.entity
    assert c.state is S.UNDER_CONSTRUCTION
    assert c.round == Period(date(2025, 2, 25), date(2030, 2, 25))
    assert c.mid_term_from == date(2028, 2, 25)
    assert c.legal_entity == ESTABLISHMENT
    assert cited(step) == (
        (ART_19, ART_21),
        "On 2025-02-25 the independent legal entity 慈溪智能家电技术创新中心有限公司 is "
        "established with its board, general manager (center director) and expert committee; "
        "under the reading taken, construction starts that day: round 1 is "
        "[2025-02-25, 2030-02-25).",
    )


def test_on_2028_03_01_a_mid_term_evaluation_before_three_full_years_is_refused_art_21() -> None:
    error = refusal(
        under_construction(), MidTermEvaluation(date(2028, 3, 1), grade=PerformanceGrade.POOR)
    )
    assert refused_in_both(error) == (
        S.UNDER_CONSTRUCTION,
        (ART_21,),
        "mid_term_evaluation on 2028-03-01 refused in state 'under_construction': the mid-term "
        "evaluation comes after 3 full years of construction: the round started on 2025-03-02, "
        "so it cannot be held before 2028-03-02. (Art. 21 第二十一条)",
        "中期绩效评价在建设满3年后进行:本轮自2025-03-02起建设,2028-03-02前不能评价。",
    )


def test_on_2028_03_02_a_poor_mid_term_evaluation_terminates_support_early_art_21() -> None:
    before = recognised()
    step = before.apply(MidTermEvaluation(date(2028, 3, 2), grade=PerformanceGrade.POOR))
    c = step.entity
    assert c.state is S.SUPPORT_TERMINATED_EARLY
    assert c.is_final
    assert c.support_terminated_on == date(2028, 3, 2)
    assert c.facts.mid_term_on == date(2028, 3, 2)
    assert step.consequences == (Consequence.TERMINATE_SUPPORT_EARLY,)
    assert decided(step) == (
        "support_terminated_early",
        (ART_21,),
        "On 2028-03-02 the Bureau and the Finance Bureau evaluate the Center after three full "
        "years of construction: poor, so policy support is terminated early.",
    )
    assert [c.matching_open(d) for d in (date(2028, 3, 1), date(2028, 3, 2))] == [True, False]
    assert before.state is S.UNDER_CONSTRUCTION
    assert before.support_terminated_on is None
    assert before.matching_open(date(2028, 3, 2))


def test_on_2028_04_01_no_event_is_accepted_after_support_is_terminated_early_art_21() -> None:
    terminated = (
        under_construction()
        .apply(MidTermEvaluation(date(2028, 3, 2), grade=PerformanceGrade.POOR))
        .entity
    )
    error = refusal(terminated, TechCenterRecognition(date(2028, 4, 1), level=Level.NINGBO))
    assert str(error) == (
        "tech_center_recognition on 2028-04-01 refused in state 'support_terminated_early': "
        "'policy support terminated early' is a final state: no event is accepted after it. "
        "(Art. 21 第二十一条)"
    )
    assert terminated.allowed_events() == ()


def test_on_2028_03_02_a_mid_term_evaluation_other_than_poor_lets_construction_continue_art_21() -> (
    None
):
    step = under_construction().apply(
        MidTermEvaluation(date(2028, 3, 2), grade=PerformanceGrade.NOT_POOR)
    )
    c = step.entity
    assert c.state is S.UNDER_CONSTRUCTION
    assert c.facts.mid_term_on == date(2028, 3, 2)
    assert c.support_terminated_on is None
    assert step.consequences == ()
    assert step.decision.outcome.code == "continues"
    assert step.decision.articles == (ART_21,)
    assert step.decision.reasons[0].zh == "2028-03-02中期绩效评价结果非“差”,继续建设。"


def test_the_checks_of_art_21_out_of_their_time_are_refused_art_21() -> None:
    poor, not_poor = PerformanceGrade.POOR, PerformanceGrade.NOT_POOR
    qualified = AssessmentResult.QUALIFIED
    # a second mid-term evaluation of the round (2028-06-01), a mid-term evaluation after
    # the round (2030-03-02), an end-of-period check before the round ends (2030-03-01)
    second = refusal(mid_term_passed(), MidTermEvaluation(date(2028, 6, 1), grade=poor))
    late = refusal(
        under_construction(), MidTermEvaluation(date(2030, 3, 2), grade=not_poor), force=FLAG
    )
    early = refusal(
        mid_term_passed(), CenterFinalAcceptance(date(2030, 3, 1), result=qualified), force=FLAG
    )
    assert [str(second), str(late), str(early)] == [
        "mid_term_evaluation on 2028-06-01 refused in state 'under_construction': the mid-term "
        "evaluation of round 1 was already held on 2028-03-02. (Art. 21 第二十一条)",
        "mid_term_evaluation on 2030-03-02 refused in state 'under_construction': the round "
        "[2025-03-02, 2030-03-02) is over; the mid-term evaluation is held within the round. "
        "(Art. 21 第二十一条)",
        "final_acceptance on 2030-03-01 refused in state 'under_construction': the round "
        "[2025-03-02, 2030-03-02) has not ended: the end-of-period check is held on or after "
        "2030-03-02. (Art. 21 第二十一条)",
    ]


def test_the_end_of_a_round_started_in_2025_falls_after_the_measures_expire_art_24() -> None:
    with pytest.raises(OutsideForceError) as info:
        mid_term_passed().apply(
            CenterFinalAcceptance(date(2030, 3, 2), result=AssessmentResult.QUALIFIED)
        )
    assert str(info.value) == (
        "on: 2030-03-02 is outside the Measures' force [2024-12-25, 2029-12-25) "
        "(Art. 24 第二十四条)"
    )


def checked_at_the_end(result: AssessmentResult, **kw: Any) -> Applied[InnovationCenter]:
    """The end-of-period check of 2030-03-02, when the round ends (flagged: after Art. 24)."""
    check = CenterFinalAcceptance(date(2030, 3, 2), result=result)
    return mid_term_passed().apply(check, force=FLAG, **kw)


def test_on_2030_03_02_an_unqualified_end_of_period_check_terminates_support_art_21() -> None:
    step = checked_at_the_end(AssessmentResult.UNQUALIFIED)
    c = step.entity
    assert c.state is S.SUPPORT_TERMINATED
    assert c.is_final
    assert c.support_terminated_on == date(2030, 3, 2)
    assert step.consequences == (Consequence.TERMINATE_SUPPORT,)
    assert step.decision.in_force is False
    assert step.decision.outcome.code == "support_terminated"
    assert step.decision.articles == (ART_21,)
    assert step.decision.reasons[0].zh == (
        "2030-03-02市科技局会同市财政局对创新中心实施期末考核验收,结果为“不合格”,终止政策支持。"
    )


def test_on_2030_03_02_a_qualified_end_of_period_check_lets_a_further_round_start_tn_21_2() -> None:
    step = checked_at_the_end(AssessmentResult.QUALIFIED)
    c = step.entity
    assert c.state is S.ROUND_COMPLETED
    assert not c.is_final
    assert step.consequences == ()
    assert step.decision.outcome.code == "round_completed"
    assert step.decision.reasons[0].en == (
        "On 2030-03-02 the end-of-period check is qualified; the Measures state no "
        "consequence, and under the reading taken a further round may start."
    )
    again = c.apply(ConstructionStart(date(2030, 4, 1)), force=FLAG)
    assert again.entity.state is S.UNDER_CONSTRUCTION
    assert again.entity.rounds == (ROUND, Period(date(2030, 4, 1), date(2035, 4, 1)))
    assert again.entity.mid_term_from == date(2033, 4, 1)
    assert again.entity.facts.mid_term_on is None
    assert again.decision.articles == (ART_21,)
    assert said(again.decision) == (
        "On 2030-04-01 a further round starts after a qualified end-of-period check: round 2 "
        "is [2030-04-01, 2035-04-01), its mid-term evaluation due from 2033-04-01.",
        "2030-04-01期末考核验收合格后开始新一轮建设:第2轮五年建设周期为[2030-04-01, 2035-04-01),"
        "中期绩效评价自2033-04-01起进行。",
    )


def test_under_the_construction_ends_reading_a_qualified_check_ends_construction_tn_21_2() -> None:
    ends = READINGS.replace(after_center_round="construction_ends")
    step = checked_at_the_end(AssessmentResult.QUALIFIED, readings=ends)
    assert step.entity.state is S.CONSTRUCTION_ENDED
    assert step.entity.is_final
    assert step.decision.outcome.code == "construction_ended"


def test_an_end_of_period_check_is_not_refused_for_want_of_a_mid_term_evaluation_art_21() -> None:
    step = under_construction().apply(
        CenterFinalAcceptance(date(2030, 3, 2), result=AssessmentResult.QUALIFIED), force=FLAG
    )
    assert step.entity.state is S.ROUND_COMPLETED


# --- Art. 20 ¶1: recognition at Ningbo level or above opens matching ----------------------


def test_on_2026_05_20_recognition_as_a_ningbo_level_technology_innovation_center_opens_matching_art_20() -> (
    None
):
    step = under_construction().apply(TechCenterRecognition(date(2026, 5, 20), level=Level.NINGBO))
    c = step.entity
    assert c.state is S.UNDER_CONSTRUCTION
    assert (c.recognised_level, c.recognised_on) == (Level.NINGBO, date(2026, 5, 20))
    assert [c.matching_open(d) for d in (date(2026, 5, 19), date(2026, 5, 20))] == [False, True]
    assert decided(step) == (
        "recognised",
        (ART_20_1,),
        "On 2026-05-20 the Center is recognised as a technology innovation center at Ningbo "
        "municipal level; Cixi provides matching funding at a proportion following the higher "
        "level's requirements.",
    )
    assert step.decision.reasons[0].zh == (
        "2026-05-20创建成为宁波市级技术创新中心,市级按上级要求给予一定比例的经费配套。"
    )


def test_on_2026_05_20_a_cixi_level_recognition_is_refused_art_20() -> None:
    before = under_construction()
    error = refusal(before, TechCenterRecognition(date(2026, 5, 20), level=Level.CIXI))
    assert error.articles == (ART_20_1,)
    assert str(error) == (
        "tech_center_recognition on 2026-05-20 refused in state 'under_construction': Cixi "
        "municipal level is not Ningbo municipal level or above: matching requires recognition "
        "as a technology innovation center at Ningbo municipal level or above. "
        "(Art. 20 ¶1 第二十条第一款)"
    )
    assert error.reason.zh == (
        "慈溪市级不属于宁波市级及以上:经费配套以创建成为宁波市级及以上技术创新中心为条件。"
    )
    assert before.recognised_level is None
    assert before.matching_open(date(2026, 5, 20)) is False


def test_on_2027_09_01_a_provincial_recognition_raises_the_recognised_level_art_20() -> None:
    c = recognised().apply(TechCenterRecognition(date(2027, 9, 1), level=Level.PROVINCIAL)).entity
    assert c.recognised_level is Level.PROVINCIAL
    assert c.recognised_on == date(2026, 5, 20)
    assert [c.level_on(d) for d in (date(2026, 5, 19), date(2027, 8, 31), date(2027, 9, 1))] == [
        None,
        Level.NINGBO,
        Level.PROVINCIAL,
    ]


def test_a_later_lower_recognition_does_not_lower_the_recognised_level_art_20() -> None:
    c = recognised().apply(TechCenterRecognition(date(2026, 6, 1), level=Level.NATIONAL)).entity
    c = c.apply(TechCenterRecognition(date(2027, 6, 1), level=Level.NINGBO)).entity
    assert c.recognised_level is Level.NATIONAL


def test_recognition_may_come_before_construction_starts_but_not_before_approval_art_20() -> None:
    early = approved().apply(TechCenterRecognition(date(2025, 2, 20), level=Level.NINGBO))
    assert early.entity.state is S.APPROVED
    assert early.entity.matching_open(date(2025, 2, 20))
    error = refusal(proposed(), TechCenterRecognition(date(2025, 1, 10), level=Level.NINGBO))
    assert error.articles == (ART_20_1,)
    assert error.reason.en == (
        "recognition as a technology innovation center is not allowed in state 'plan proposed, "
        "consultation under way'; allowed next: opinion of a task-group unit, review by the "
        "executive meeting."
    )


def test_under_the_continues_reading_matching_survives_the_termination_of_support() -> None:
    continues = READINGS.replace(matching_after_termination="continues")
    c = (
        recognised()
        .apply(MidTermEvaluation(date(2028, 3, 2), grade=PerformanceGrade.POOR), readings=continues)
        .entity
    )
    assert c.support_terminated_on == date(2028, 3, 2)
    assert c.matching_open(date(2029, 1, 1))


def test_an_unqualified_end_of_period_check_closes_matching_under_the_default_reading() -> None:
    c = (
        recognised()
        .apply(MidTermEvaluation(date(2028, 3, 2), grade=PerformanceGrade.NOT_POOR))
        .entity.apply(
            CenterFinalAcceptance(date(2030, 3, 2), result=AssessmentResult.UNQUALIFIED),
            force=FLAG,
        )
        .entity
    )
    assert [c.matching_open(d) for d in (date(2030, 3, 1), date(2030, 3, 2))] == [True, False]


# --- the entity: history, state on a date, allowed events, replay, plain data -----------


def test_the_state_on_each_date_follows_the_dated_history() -> None:
    c = mid_term_passed()
    assert [
        c.state_on(d)
        for d in (
            date(2025, 1, 5),
            date(2025, 1, 6),
            date(2025, 2, 10),
            date(2025, 2, 25),
            date(2025, 3, 2),
            date(2028, 3, 2),
        )
    ] == [None, S.PROPOSED, S.APPROVED, S.ESTABLISHED, S.UNDER_CONSTRUCTION, S.UNDER_CONSTRUCTION]


def test_the_allowed_events_of_each_state() -> None:
    assert proposed().allowed_events() == (CenterOpinion, CenterApproval)
    assert approved().allowed_events() == (LegalEntityEstablishment, TechCenterRecognition)
    assert established().allowed_events() == (ConstructionStart, TechCenterRecognition)
    assert under_construction().allowed_events() == (
        MidTermEvaluation,
        CenterFinalAcceptance,
        TechCenterRecognition,
    )
    assert CENTER_LIFECYCLE.initial is S.PROPOSED
    assert CENTER_LIFECYCLE.finals == frozenset(
        {S.REJECTED, S.SUPPORT_TERMINATED_EARLY, S.SUPPORT_TERMINATED, S.CONSTRUCTION_ENDED}
    )


def test_replaying_the_history_gives_an_equal_center_and_the_old_one_is_unchanged() -> None:
    before = recognised()
    after = before.apply(MidTermEvaluation(date(2028, 3, 2), grade=PerformanceGrade.POOR)).entity
    assert InnovationCenter.replay(after.events) == after
    assert before == recognised()
    assert after.history[:-1] == before.history
    assert len(after.history) == 13


def test_every_event_is_read_back_from_its_plain_data() -> None:
    history = [
        *EVENTS,
        TechCenterRecognition(date(2026, 5, 20), level=Level.NINGBO),
        MidTermEvaluation(date(2028, 3, 2), grade=PerformanceGrade.NOT_POOR),
        CenterFinalAcceptance(date(2030, 3, 2), result=AssessmentResult.QUALIFIED),
    ]
    for event in history:
        assert CENTER_LIFECYCLE.event_from_data(event.to_data()) == event
    assert EVENTS[8].to_data() == {
        "kind": "plan_approval",
        "on": "2025-02-10",
        "approved": True,
        "by": "executive_meeting",
        "remarks": "",
    }
    assert InnovationCenter.replay(
        [CENTER_LIFECYCLE.event_from_data(e.to_data()) for e in history], force=FLAG
    ) == InnovationCenter.replay(history, force=FLAG)
