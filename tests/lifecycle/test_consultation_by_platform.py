"""The consultation of the task-group units (Art. 6, 13, 18 ¶2) in each platform's lifecycle.

The three lifecycles share one consultation: a unit's opinion is recorded once, and the
review waits for the opinions (approval and rejection alike), then decides.  The tables
below give, by platform, its own events and dates, and the exact articles and texts
expected.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial
from typing import Any

import attrs
import pytest
from tests.builders import refusal
from tests.decided import refused_in_both, said

from cixi_innovation import (
    READINGS,
    Body,
    CenterApproval,
    CenterOpinion,
    CenterState,
    Citation,
    Complex,
    ComplexState,
    Consortium,
    ConsortiumLeaderReview,
    ConsortiumOpinion,
    ConsortiumState,
    ConsultationOpinion,
    InnovationCenter,
    LeaderReview,
    Opinion,
    TaskGroupUnit,
)
from cixi_innovation.lifecycles.center.entity import example_events as center_events
from cixi_innovation.lifecycles.complex.entity import example_events as complex_events
from cixi_innovation.lifecycles.consortium.entity import example_events as consortium_events
from cixi_innovation.lifecycles.engine import Entity
from cixi_innovation.lifecycles.events import Event

PLATFORMS = ["complex", "consortium", "center"]

ART_6, ART_13, ART_18_2 = Citation.article(6), Citation.article(13), Citation.article(18, 2)
FINANCE, REFORM = TaskGroupUnit.FINANCE, TaskGroupUnit.DEVELOPMENT_AND_REFORM

#: Each platform's example events, and how many of them come before its consultation opens
#: (the feasibility or expert review of a Complex or a Consortium, the proposal of an
#: Innovation Center); the next one is the opinion of the Development and Reform Bureau.
EXAMPLES: dict[str, tuple[type[Entity[Any, Any]], tuple[Event, ...], int]] = {
    "complex": (Complex, tuple(complex_events()), 2),
    "consortium": (Consortium, tuple(consortium_events()), 2),
    "center": (InnovationCenter, tuple(center_events()), 1),
}


def example(platform: str, opinions: int = 0) -> Entity[Any, Any]:
    """The example of ``platform`` with the consultation open and its first ``opinions``."""
    kind, events, opens = EXAMPLES[platform]
    return kind.replay(events[: opens + opinions])


#: The state the consultation runs in, and the articles of its opinions.
CONSULTING = {
    "complex": ComplexState.IN_CONSULTATION,
    "consortium": ConsortiumState.IN_CONSULTATION,
    "center": CenterState.PROPOSED,
}
ARTICLES = {"complex": (ART_6,), "consortium": (ART_13,), "center": (ART_18_2,)}

# --- an opinion, recorded ----------------------------------------------------------------

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
    _, events, opens = EXAMPLES[platform]
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
