"""The creation of each platform: who creates it, and whom its event names (Art. 6, 13, 17-18).

A Complex is applied for by towns and industrial platforms (Art. 6), a Consortium by a
chain-leader enterprise (Art. 13), and the plan of an Innovation Center is proposed by the
Bureau with its host unit (Art. 17-18).  The tables give, for each example's creating
event and for each change to it that is refused, the exact articles and texts expected.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import attrs
import pytest
from tests.builders import creation_refusal, first_event
from tests.decided import refused_in_both, said

from cixi_innovation import (
    CENTER_LIFECYCLE,
    COMPLEX_LIFECYCLE,
    CONSORTIUM_LIFECYCLE,
    Applicant,
    CenterProposal,
    Citation,
    Complex,
    ComplexApplication,
    Consortium,
    ConsortiumApplication,
    InnovationCenter,
    InvalidChoiceError,
    Party,
)
from cixi_innovation.lifecycles.center.entity import example_events as center_events
from cixi_innovation.lifecycles.complex.entity import example_events as complex_events
from cixi_innovation.lifecycles.consortium.entity import example_events as consortium_events
from cixi_innovation.lifecycles.engine import Entity, Lifecycle
from cixi_innovation.lifecycles.events import Event

ART_2, ART_5, ART_6, ART_13, ART_15, ART_17 = (Citation.article(n) for n in (2, 5, 6, 13, 15, 17))
ART_18_1, ART_18_2 = Citation.article(18, 1), Citation.article(18, 2)

KINDS: dict[str, type[Entity[Any, Any]]] = {
    "center": InnovationCenter,
    "complex": Complex,
    "consortium": Consortium,
}
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
