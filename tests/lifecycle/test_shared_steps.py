"""The steps the three lifecycles share, tested once over the platforms.

A Complex (Art. 5-9), a Consortium (Art. 12-16) and an Innovation Center (Art. 17-21) are
each created by an application or a proposal that names who applies (Art. 6, 13, 17-18);
each goes through the consultation of the task-group units, whose opinions are recorded
once and which the review waits for (Art. 6, 13, 18 ¶2); and each starts its first round
or cultivation cycle (Art. 8, 15, 19 and 21).  The tables give, by platform, its own
events and dates, and the exact state, articles and texts expected in both languages;
each platform's own tests check what it alone records.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial
from typing import Any

import attrs
import pytest
from tests.builders import creation_refusal, first_event, refusal
from tests.decided import refused_in_both, said

from cixi_innovation import (
    CENTER_LIFECYCLE,
    COMPLEX_LIFECYCLE,
    CONSORTIUM_LIFECYCLE,
    READINGS,
    Applicant,
    Body,
    CenterApproval,
    CenterOpinion,
    CenterProposal,
    CenterState,
    Citation,
    Complex,
    ComplexApplication,
    ComplexState,
    Consortium,
    ConsortiumApplication,
    ConsortiumLeaderReview,
    ConsortiumOpinion,
    ConsortiumState,
    ConstructionStart,
    ConsultationOpinion,
    CultivationStart,
    InnovationCenter,
    InvalidChoiceError,
    LeaderReview,
    Opinion,
    Party,
    RoundStart,
    TaskGroupUnit,
)
from cixi_innovation.lifecycles.center.entity import example_events as center_events
from cixi_innovation.lifecycles.complex.entity import example_events as complex_events
from cixi_innovation.lifecycles.consortium.entity import example_events as consortium_events
from cixi_innovation.lifecycles.engine import Entity, Lifecycle
from cixi_innovation.lifecycles.events import Event

PLATFORMS = ["complex", "consortium", "center"]

ART_2, ART_5, ART_6, ART_8, ART_13, ART_15 = (Citation.article(n) for n in (2, 5, 6, 8, 13, 15))
ART_17, ART_19, ART_21 = (Citation.article(n) for n in (17, 19, 21))
ART_18_1, ART_18_2 = Citation.article(18, 1), Citation.article(18, 2)
FINANCE, REFORM = TaskGroupUnit.FINANCE, TaskGroupUnit.DEVELOPMENT_AND_REFORM

KINDS: dict[str, type[Entity[Any, Any]]] = {
    "complex": Complex,
    "consortium": Consortium,
    "center": InnovationCenter,
}
#: Each platform's example events, and how many of them come before its consultation opens
#: (the feasibility or expert review of a Complex or a Consortium, the proposal of an
#: Innovation Center); the next one is the opinion of the Development and Reform Bureau.
EXAMPLES: dict[str, tuple[tuple[Event, ...], int]] = {
    "complex": (tuple(complex_events()), 2),
    "consortium": (tuple(consortium_events()), 2),
    "center": (tuple(center_events()), 1),
}


def example(platform: str, more: int = 0) -> Entity[Any, Any]:
    """The example of ``platform`` as its consultation opens, and after ``more`` events."""
    events, opens = EXAMPLES[platform]
    return KINDS[platform].replay(events[: opens + more])


# --- creation -----------------------------------------------------------------------------

CENTER = first_event(center_events(), CenterProposal)
COMPLEX = first_event(complex_events(), ComplexApplication)
CONSORTIUM = first_event(consortium_events(), ConsortiumApplication)
CHAIN_LEADER = Party(Applicant.CHAIN_LEADER_ENTERPRISE, "某链主企业")

#: Each example's creating event, and the rule, outcome and articles of its decision.
CREATING: dict[str, Event] = {"center": CENTER, "complex": COMPLEX, "consortium": CONSORTIUM}
CREATED = {
    "center": ("center.center_proposal", "proposed", (ART_18_2, ART_18_1, ART_17)),
    "complex": ("complex.complex_application", "applied", (ART_6, ART_2, ART_5)),
    "consortium": ("consortium.consortium_application", "applied", (ART_13, ART_15)),
}
CREATED_TEXTS = {
    (
        "center",
        "en",
    ): "On 2025-01-06 the Bureau and the host unit propose the construction plan of 慈溪智能家电产业技术创新中心 (智能家电), one center, one plan (Annex 3); against the reference outline (the annex is a reference outline: missing parts are reported, not refused), missing: none.",
    (
        "center",
        "zh",
    ): "2025-01-06市科技局会同依托单位以“一中心一方案”的方式提出慈溪智能家电产业技术创新中心建设方案(智能家电领域,附件3);对照编写参考提纲(附件为编写参考提纲,缺少的部分予以报告,不因此不予受理),缺少的部分:无。",
    (
        "complex",
        "en",
    ): "On 2025-01-10 the construction of 慈溪智能家电产业创新服务综合体 (智能家电) is applied for, with its construction plan (Annex 1); against the reference outline (the annex is a reference outline: missing parts are reported, not refused), missing: none.",
    (
        "complex",
        "zh",
    ): "2025-01-10提出慈溪智能家电产业创新服务综合体建设申请(智能家电领域),附建设方案(附件1);对照编写参考提纲(附件为编写参考提纲,缺少的部分予以报告,不因此不予受理),缺少的部分:无。",
    (
        "consortium",
        "en",
    ): "On 2025-03-03 the chain-leader enterprise 宁波某电器股份有限公司 applies for the construction of 慈溪智能家电核心零部件企业创新联合体, with its construction plan (Annex 2) and three-year cultivation targets; against the reference outline (the annex is a reference outline: missing parts are reported, not refused), missing: none.",
    (
        "consortium",
        "zh",
    ): "2025-03-03链主型企业宁波某电器股份有限公司提出慈溪智能家电核心零部件企业创新联合体建设申请,附建设方案(附件2)及三年培育目标;对照编写参考提纲(附件为编写参考提纲,缺少的部分予以报告,不因此不予受理),缺少的部分:无。",
}


@pytest.mark.parametrize("platform", list(KINDS))
def test_the_examples_creating_event_is_decided_in_both_languages(platform: str) -> None:
    decision = KINDS[platform].create(CREATING[platform]).decision
    assert (decision.rule, decision.outcome.code, decision.articles) == CREATED[platform]
    assert said(decision) == (CREATED_TEXTS[platform, "en"], CREATED_TEXTS[platform, "zh"])


#: The refused creating events, by platform and case.
REFUSED: dict[tuple[str, str], Event] = {
    ("center", "by_a_town_government_art_17"): attrs.evolve(
        CENTER, proposed_by=Applicant.TOWN_GOVERNMENT
    ),
    ("center", "without_a_host_unit_art_18"): attrs.evolve(CENTER, host_units=()),
    ("complex", "with_a_chain_leader_enterprise_art_6"): attrs.evolve(
        COMPLEX, applicants=(*COMPLEX.applicants, CHAIN_LEADER)
    ),
    ("complex", "without_applicants_art_6"): attrs.evolve(COMPLEX, applicants=()),
    ("consortium", "by_an_ordinary_enterprise_art_13"): attrs.evolve(
        CONSORTIUM, applicant=Applicant.ENTERPRISE
    ),
    ("consortium", "naming_no_enterprise_art_13"): attrs.evolve(CONSORTIUM, enterprise="  "),
}
REFUSED_ARTICLES = {
    ("center", "by_a_town_government_art_17"): (ART_18_2, ART_17),
    ("center", "without_a_host_unit_art_18"): (ART_18_1,),
    ("complex", "with_a_chain_leader_enterprise_art_6"): (ART_6,),
    ("complex", "without_applicants_art_6"): (ART_6,),
    ("consortium", "by_an_ordinary_enterprise_art_13"): (ART_13,),
    ("consortium", "naming_no_enterprise_art_13"): (ART_13,),
}
REFUSED_TEXTS = {
    (
        "center",
        "by_a_town_government_art_17",
        "en",
    ): "center_proposal on 2025-01-06 refused in no state (not created): an Innovation Center is not applied for by the town government: its plan is proposed by the Municipal Science and Technology Bureau together with the host unit, one center, one plan, as designed and laid out at the municipal level. (Art. 18 ¶2 第十八条第二款, Art. 17 第十七条)",
    (
        "center",
        "by_a_town_government_art_17",
        "zh",
    ): "创新中心不由镇政府申请:建设方案由市科技局会同依托单位以“一中心一方案”的方式提出,由市级层面主动设计、统筹布局。",
    (
        "center",
        "without_a_host_unit_art_18",
        "en",
    ): "center_proposal on 2025-01-06 refused in no state (not created): the plan must name at least one host unit. (Art. 18 ¶1 第十八条第一款)",
    ("center", "without_a_host_unit_art_18", "zh"): "建设方案须写明至少一个依托单位。",
    (
        "complex",
        "with_a_chain_leader_enterprise_art_6",
        "en",
    ): "complex_application on 2025-01-10 refused in no state (not created): 某链主企业 (chain-leader enterprise) may not apply for a Complex: the applicants are town governments (sub-district offices) and industrial platforms. (Art. 6 第六条)",
    (
        "complex",
        "with_a_chain_leader_enterprise_art_6",
        "zh",
    ): "某链主企业(链主型企业)不能申请综合体建设:申请单位为镇政府(街道办事处)、产业平台。",
    (
        "complex",
        "without_applicants_art_6",
        "en",
    ): "complex_application on 2025-01-10 refused in no state (not created): an application needs at least one applicant. (Art. 6 第六条)",
    ("complex", "without_applicants_art_6", "zh"): "申请须由至少一个申请单位提出。",
    (
        "consortium",
        "by_an_ordinary_enterprise_art_13",
        "en",
    ): "consortium_application on 2025-03-03 refused in no state (not created): 宁波某电器股份有限公司 (enterprise) may not apply for a Consortium: a Consortium is applied for by a chain-leader enterprise. (Art. 13 第十三条)",
    (
        "consortium",
        "by_an_ordinary_enterprise_art_13",
        "zh",
    ): "宁波某电器股份有限公司(企业)不能申请联合体建设:联合体由链主型企业提出申请。",
    (
        "consortium",
        "naming_no_enterprise_art_13",
        "en",
    ): "consortium_application on 2025-03-03 refused in no state (not created): the application must name the chain-leader enterprise that applies. (Art. 13 第十三条)",
    ("consortium", "naming_no_enterprise_art_13", "zh"): "申请须写明提出申请的链主型企业。",
}


@pytest.mark.parametrize(("platform", "case"), list(REFUSED), ids="_".join)
def test_a_creating_event_is_refused_in_both_languages(platform: str, case: str) -> None:
    error = creation_refusal(KINDS[platform], REFUSED[platform, case])
    assert refused_in_both(error) == (
        None,
        REFUSED_ARTICLES[platform, case],
        REFUSED_TEXTS[platform, case, "en"],
        REFUSED_TEXTS[platform, case, "zh"],
    )


#: The one applicant each platform admits (TN 17.1, Art. 13), the example by another
#: applicant, the articles of a refusal and how its reason ends.
ONLY: dict[str, tuple[Applicant, Callable[[Applicant], Event], tuple[Citation, ...], str]] = {
    "center": (
        Applicant.SCIENCE_AND_TECHNOLOGY_BUREAU,
        lambda applicant: attrs.evolve(CENTER, proposed_by=applicant),
        (ART_18_2, ART_17),
        "its plan is proposed by the Municipal Science and Technology Bureau together with the "
        "host unit, one center, one plan, as designed and laid out at the municipal level.",
    ),
    "consortium": (
        Applicant.CHAIN_LEADER_ENTERPRISE,
        lambda applicant: attrs.evolve(CONSORTIUM, applicant=applicant),
        (ART_13,),
        "may not apply for a Consortium: a Consortium is applied for by a chain-leader enterprise.",
    ),
}


@pytest.mark.parametrize(
    ("platform", "applicant"),
    [(platform, a) for platform, only in ONLY.items() for a in Applicant if a is not only[0]],
)
def test_no_applicant_but_the_one_the_measures_name_creates_a_center_or_a_consortium(
    platform: str, applicant: Applicant
) -> None:
    _, by, articles, ending = ONLY[platform]
    error = creation_refusal(KINDS[platform], by(applicant))
    assert error.articles == articles
    assert error.reason.en.endswith(ending)


LIFECYCLES: dict[str, Lifecycle[Any, Any]] = {
    "center": CENTER_LIFECYCLE,
    "complex": COMPLEX_LIFECYCLE,
    "consortium": CONSORTIUM_LIFECYCLE,
}
#: What reading an event of another platform's kind from plain data says, by lifecycle.
UNKNOWN_KIND = {
    "center": "kind: 'annual_assessment' is not an event of the industrial technology innovation center lifecycle; choose one of: center_proposal, consultation_opinion, plan_approval, legal_entity_establishment, construction_start, mid_term_evaluation, final_acceptance, tech_center_recognition",
    "complex": "kind: 'mid_term_evaluation' is not an event of the industrial innovation service complex lifecycle; choose one of: complex_application, feasibility_review, consultation_opinion, leader_review, host_unit_selection, round_start, annual_work_plan, annual_assessment, higher_level_annual_evaluation, units_reassignment, round_appraisal, level_recognition, higher_level_expiry_assessment",
    "consortium": "kind: 'annual_assessment' is not an event of the enterprise innovation consortium lifecycle; choose one of: consortium_application, expert_review, consultation_opinion, leader_review, cultivation_start, annual_plan, cultivation_acceptance",
}


@pytest.mark.parametrize("platform", list(LIFECYCLES))
def test_an_unknown_kind_is_refused_naming_the_kinds_of_the_lifecycle(platform: str) -> None:
    kind = "mid_term_evaluation" if platform == "complex" else "annual_assessment"
    with pytest.raises(InvalidChoiceError) as info:
        LIFECYCLES[platform].event_from_data({"kind": kind, "on": "2026-01-08"})
    assert str(info.value) == UNKNOWN_KIND[platform]


#: The state the consultation runs in, and the articles of its opinions.
CONSULTING = {
    "complex": ComplexState.IN_CONSULTATION,
    "consortium": ConsortiumState.IN_CONSULTATION,
    "center": CenterState.PROPOSED,
}
ARTICLES = {"complex": (ART_6,), "consortium": (ART_13,), "center": (ART_18_2,)}

# --- consultation: an opinion, recorded ------------------------------------------------

OPINION: dict[str, Event] = {
    "complex": ConsultationOpinion(date(2025, 1, 25), unit=FINANCE, opinion="同意"),
    "consortium": ConsortiumOpinion(date(2025, 4, 20), unit=FINANCE, opinion="同意"),
    "center": CenterOpinion(date(2025, 1, 20), unit=TaskGroupUnit.COMMERCE, opinion="同意"),
}
#: What the platform's facts record of the opinion (a Complex keeps its own record).
RECORDED = {
    "complex": Opinion(FINANCE, "同意", date(2025, 1, 25)),
    "consortium": OPINION["consortium"],
    "center": OPINION["center"],
}
RECORDED_TEXTS = {
    ("complex", "en"): "On 2025-01-25 the Municipal Finance Bureau gives its opinion.",
    ("complex", "zh"): "2025-01-25市财政局提出意见。",
    ("consortium", "en"): "On 2025-04-20 the Municipal Finance Bureau gives its opinion.",
    ("consortium", "zh"): "2025-04-20市财政局提出意见。",
    ("center", "en"): "On 2025-01-20 the Municipal Commerce Bureau gives its opinion.",
    ("center", "zh"): "2025-01-20市商务局提出意见。",
}


@pytest.mark.parametrize("platform", PLATFORMS)
def test_a_task_group_unit_gives_its_opinion(platform: str) -> None:
    step = example(platform).apply(OPINION[platform])
    assert step.entity.state is CONSULTING[platform]
    assert step.entity.facts.opinions == (RECORDED[platform],)
    assert step.decision.outcome.code == "opinion_recorded"
    assert step.decision.articles == ARTICLES[platform]
    assert said(step.decision) == (
        RECORDED_TEXTS[platform, "en"],
        RECORDED_TEXTS[platform, "zh"],
    )


# --- a second opinion of the same unit, refused ------------------------------------------

#: The day the Development and Reform Bureau gives a second opinion.
AGAIN_ON = {
    "complex": date(2025, 1, 26),
    "consortium": date(2025, 4, 21),
    "center": date(2025, 1, 21),
}
AGAIN_REFUSED = {
    "complex": "consultation_opinion on 2025-01-26 refused in state 'in_consultation': the opinion of the Municipal Development and Reform Bureau has already been recorded. (Art. 6 第六条)",
    "consortium": "consultation_opinion on 2025-04-21 refused in state 'in_consultation': the opinion of the Municipal Development and Reform Bureau has already been recorded. (Art. 13 第十三条)",
    "center": "consultation_opinion on 2025-01-21 refused in state 'proposed': the opinion of the Municipal Development and Reform Bureau has already been recorded. (Art. 18 ¶2 第十八条第二款)",
}


@pytest.mark.parametrize("platform", PLATFORMS)
def test_a_second_opinion_of_the_same_unit_is_refused(platform: str) -> None:
    events, opens = EXAMPLES[platform]
    first = events[opens]
    assert isinstance(first, ConsultationOpinion | ConsortiumOpinion | CenterOpinion)
    assert first.unit is REFORM
    again = attrs.evolve(first, on=AGAIN_ON[platform], opinion="再议")
    assert refused_in_both(refusal(example(platform, 1), again)) == (
        CONSULTING[platform],
        ARTICLES[platform],
        AGAIN_REFUSED[platform],
        "市发改局的意见已记录。",
    )


# --- a review before the opinions are in, refused -----------------------------------------

#: How many of the seven opinions are in, and the review, on its day.
UNFINISHED = {"complex": 1, "consortium": 2, "center": 6}
REVIEW: dict[str, Callable[..., Event]] = {
    "complex": partial(LeaderReview, date(2025, 2, 10)),
    "consortium": partial(ConsortiumLeaderReview, date(2025, 5, 12)),
    "center": partial(CenterApproval, date(2025, 2, 10), by=Body.EXECUTIVE_MEETING),
}
UNFINISHED_ARTICLES = {
    "complex": (ART_6,),
    "consortium": (ART_13, ART_6),
    "center": (ART_18_2, ART_6),
}
UNFINISHED_TEXTS = {
    (
        "complex",
        "en",
    ): "leader_review on 2025-02-10 refused in state 'in_consultation': the consultation is not complete (all seven units listed in Art. 6 are consulted): no opinion yet from Municipal Economy and Information Technology Bureau, Municipal Education Bureau, Municipal Finance Bureau, Municipal Commerce Bureau, Municipal Market Supervision Bureau, Municipal Financial Development Service Center; the leader in charge reviews the plan only after the opinions are solicited. (Art. 6 第六条)",
    (
        "complex",
        "zh",
    ): "征求意见尚未完成(括号所列七个单位均须征求意见):尚未收到市经信局、市教育局、市财政局、市商务局、市市场监管局、市金融发展服务中心的意见;报市政府分管领导审定须在征求意见之后。",
    (
        "consortium",
        "en",
    ): "leader_review on 2025-05-12 refused in state 'in_consultation': the consultation is not complete (all seven units listed in Art. 6 are consulted): no opinion yet from Municipal Education Bureau, Municipal Finance Bureau, Municipal Commerce Bureau, Municipal Market Supervision Bureau, Municipal Financial Development Service Center; the leader in charge reviews the application only after the opinions are solicited. (Art. 13 第十三条, Art. 6 第六条)",
    (
        "consortium",
        "zh",
    ): "征求意见尚未完成(括号所列七个单位均须征求意见):尚未收到市教育局、市财政局、市商务局、市市场监管局、市金融发展服务中心的意见;报市政府分管领导审定须在征求意见之后。",
    (
        "center",
        "en",
    ): "plan_approval on 2025-02-10 refused in state 'proposed': the consultation is not complete (all seven units listed in Art. 6 are consulted): no opinion yet from Municipal Financial Development Service Center; the executive meeting reviews the plan only after the opinions are solicited. (Art. 18 ¶2 第十八条第二款, Art. 6 第六条)",
    (
        "center",
        "zh",
    ): "征求意见尚未完成(括号所列七个单位均须征求意见):尚未收到市金融发展服务中心的意见;报市政府常务会议审定须在征求意见之后。",
}


@pytest.mark.parametrize("approved", [True, False], ids=["approval", "rejection"])
@pytest.mark.parametrize("platform", PLATFORMS)
def test_a_review_before_all_seven_units_are_consulted_is_refused(
    platform: str, approved: bool
) -> None:
    # approval and rejection alike wait for the opinions
    review = REVIEW[platform](approved=approved)
    assert refused_in_both(refusal(example(platform, UNFINISHED[platform]), review)) == (
        CONSULTING[platform],
        UNFINISHED_ARTICLES[platform],
        UNFINISHED_TEXTS[platform, "en"],
        UNFINISHED_TEXTS[platform, "zh"],
    )


# --- the review, once the seven opinions are in -------------------------------------------

#: The state after the review, and the rule and articles of its decision.
REVIEWED = {
    "complex approval": (ComplexState.APPROVED, "complex.leader_review", (ART_6,)),
    "complex rejection": (ComplexState.REJECTED, "complex.leader_review", (ART_6,)),
    "consortium approval": (ConsortiumState.APPROVED, "consortium.leader_review", (ART_13,)),
    "consortium rejection": (ConsortiumState.REJECTED, "consortium.leader_review", (ART_13,)),
    "center approval": (CenterState.APPROVED, "center.plan_approval", (ART_18_2,)),
    "center rejection": (CenterState.REJECTED, "center.plan_approval", (ART_18_2,)),
}
REVIEWED_EN = {
    "complex approval": "On 2025-02-10 the leader in charge approves the Complex; the Measures do not define the construction unit, and under the reading taken the approved applicants are its construction unit.",
    "complex rejection": "On 2025-02-10 the leader in charge does not approve the Complex.",
    "consortium approval": "On 2025-05-12 the leader in charge approves the Consortium.",
    "consortium rejection": "On 2025-05-12 the leader in charge does not approve the Consortium.",
    "center approval": "On 2025-02-10 the executive meeting of the municipal government approves the plan.",
    "center rejection": "On 2025-02-10 the executive meeting of the municipal government does not approve the plan.",
}
REVIEWED_ZH = {
    "complex approval": "2025-02-10市政府分管领导审定通过;本办法未界定建设单位,按“经审定的申请单位即为建设单位”的理解处理。",
    "complex rejection": "2025-02-10市政府分管领导审定未通过。",
    "consortium approval": "2025-05-12市政府分管领导审定通过。",
    "consortium rejection": "2025-05-12市政府分管领导审定未通过。",
    "center approval": "2025-02-10市政府常务会议审定通过创新中心建设方案。",
    "center rejection": "2025-02-10市政府常务会议审定未通过创新中心建设方案。",
}


@pytest.mark.parametrize("review", ["approval", "rejection"])
@pytest.mark.parametrize("platform", PLATFORMS)
def test_the_review_after_all_seven_opinions_approves_or_rejects(
    platform: str, review: str
) -> None:
    approved = review == "approval"
    step = example(platform, 7).apply(REVIEW[platform](approved=approved))
    state, rule, articles = REVIEWED[f"{platform} {review}"]
    assert step.entity.state is state
    assert step.entity.is_final is not approved
    assert (step.decision.rule, step.decision.outcome.code) == (
        rule,
        "approved" if approved else "rejected",
    )
    assert step.decision.articles == articles
    assert said(step.decision) == (
        REVIEWED_EN[f"{platform} {review}"],
        REVIEWED_ZH[f"{platform} {review}"],
    )


# --- under the reading that only the relevant units are consulted (TN 6.2, TN 13.1) ------

RELEVANT_UNITS = READINGS.replace(consultation="relevant_units")
#: The refusal of an approval before any relevant unit has given its opinion.
NO_RELEVANT_OPINION = {
    "en": {
        "complex": "leader_review on 2025-02-10 refused in state 'in_consultation': the consultation is not complete (only the relevant units among the seven, at least one): no opinion yet from any relevant unit; the leader in charge reviews the plan only after the opinions are solicited. (Art. 6 第六条)",
        "consortium": "leader_review on 2025-05-12 refused in state 'in_consultation': the consultation is not complete (only the relevant units among the seven, at least one): no opinion yet from any relevant unit; the leader in charge reviews the application only after the opinions are solicited. (Art. 13 第十三条, Art. 6 第六条)",
        "center": "plan_approval on 2025-02-10 refused in state 'proposed': the consultation is not complete (only the relevant units among the seven, at least one): no opinion yet from any relevant unit; the executive meeting reviews the plan only after the opinions are solicited. (Art. 18 ¶2 第十八条第二款, Art. 6 第六条)",
    },
    "zh": {
        "complex": "征求意见尚未完成(仅征求七个单位中的相关单位意见(至少一个)):尚未收到任何相关职能单位的意见;报市政府分管领导审定须在征求意见之后。",
        "consortium": "征求意见尚未完成(仅征求七个单位中的相关单位意见(至少一个)):尚未收到任何相关职能单位的意见;报市政府分管领导审定须在征求意见之后。",
        "center": "征求意见尚未完成(仅征求七个单位中的相关单位意见(至少一个)):尚未收到任何相关职能单位的意见;报市政府常务会议审定须在征求意见之后。",
    },
}


@pytest.mark.parametrize("platform", PLATFORMS)
def test_under_the_relevant_units_reading_one_opinion_suffices_for_approval(platform: str) -> None:
    review = REVIEW[platform](approved=True)
    step = example(platform, 1).apply(review, readings=RELEVANT_UNITS)
    assert step.entity.state is REVIEWED[f"{platform} approval"][0]


@pytest.mark.parametrize("platform", PLATFORMS)
def test_under_the_relevant_units_reading_approval_without_any_opinion_is_refused(
    platform: str,
) -> None:
    review = REVIEW[platform](approved=True)
    assert refused_in_both(refusal(example(platform), review, readings=RELEVANT_UNITS)) == (
        CONSULTING[platform],
        UNFINISHED_ARTICLES[platform],
        NO_RELEVANT_OPINION["en"][platform],
        NO_RELEVANT_OPINION["zh"][platform],
    )


# --- the first round ----------------------------------------------------------------------

#: Each example just before its first round: a Complex with its host unit selected, a
#: Consortium approved, an Innovation Center with its legal entity established.
BEFORE = {
    "complex": example("complex", 9),
    "consortium": example("consortium", 8),
    "center": example("center", 9),
}
START: dict[str, Event] = {
    "complex": RoundStart(date(2025, 3, 1), start=date(2025, 3, 1), targets="五年建设目标"),
    "consortium": CultivationStart(date(2025, 7, 1)),
    "center": ConstructionStart(date(2025, 3, 2)),
}
#: The state once the round runs, and the rule, outcome and articles of the decision.
STARTED = {
    "complex": (ComplexState.UNDER_CONSTRUCTION, "complex.round_start", "round_started", (ART_8,)),
    "consortium": (
        ConsortiumState.IN_CULTIVATION,
        "consortium.cultivation_start",
        "cultivation_started",
        (ART_15,),
    ),
    "center": (
        CenterState.UNDER_CONSTRUCTION,
        "center.construction_start",
        "round_started",
        (ART_19, ART_21),
    ),
}
STARTED_TEXTS = {
    "en": {
        "complex": "On 2025-03-01 the construction unit and host unit put forward five-year targets; the round runs five years from 2025-03-01.",
        "consortium": "On 2025-07-01 cultivation starts: cycle 1 is [2025-07-01, 2028-07-01), its last day 2028-06-30.",
        "center": "On 2025-03-02, the independent legal entity being established, construction starts: round 1 is [2025-03-02, 2030-03-02), its mid-term evaluation due from 2028-03-02.",
    },
    "zh": {
        "complex": "2025-03-01建设单位与依托单位提出五年建设目标,建设周期自2025-03-01起五年一轮。",
        "consortium": "2025-07-01培育开始,第1轮三年培育周期为[2025-07-01, 2028-07-01),最后一日为2028-06-30。",
        "center": "2025-03-02独立法人实体已组建,开始建设:第1轮五年建设周期为[2025-03-02, 2030-03-02),中期绩效评价自2028-03-02起进行。",
    },
}


@pytest.mark.parametrize("platform", list(BEFORE))
def test_the_first_round_starts_decided_in_both_languages(platform: str) -> None:
    step = BEFORE[platform].apply(START[platform])
    decision = step.decision
    state, rule, outcome, articles = STARTED[platform]
    assert step.entity.state is state
    assert (decision.rule, decision.outcome.code, decision.articles) == (rule, outcome, articles)
    assert said(decision) == (STARTED_TEXTS["en"][platform], STARTED_TEXTS["zh"][platform])
