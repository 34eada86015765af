"""A Consortium through its lifecycle (企业创新联合体), Art. 12-15.

>>> from datetime import date
>>> from cixi_innovation.values.assessments import AssessmentResult
>>> from cixi_innovation.lifecycles.consortium.events import CultivationAcceptance
>>> c = Consortium.replay(example_events())
>>> c.state.code, c.cultivation_period
('in_cultivation', Period(start=datetime.date(2025, 7, 1), end=datetime.date(2028, 7, 1)))
>>> c.in_cultivation(date(2028, 6, 30)), c.in_cultivation(date(2028, 7, 1))
(True, False)
>>> step = c.apply(CultivationAcceptance(date(2028, 7, 15), result=AssessmentResult.UNQUALIFIED))
>>> step.entity.state.code, [k.code for k in step.consequences], step.entity.revoked_on
('qualification_revoked', ['revoke_cultivation_qualification'], datetime.date(2028, 7, 15))
>>> print(step.decision.reasons[0].render("zh"))
2028-07-15市科技局会同市财政局对联合体三年培育目标完成情况组织考核验收,结果为“不合格”,取消培育资格。 [第十五条]
"""

from __future__ import annotations

from datetime import date

from cixi_innovation.law.registry import implements
from cixi_innovation.lifecycles._accessors import Fact
from cixi_innovation.lifecycles.consortium.events import (
    AnnualPlan,
    ChainLeaderFindings,
    ConsortiumApplication,
    ConsortiumLeaderReview,
    ConsortiumOpinion,
    CultivationStart,
    ExpertReview,
)
from cixi_innovation.lifecycles.consortium.facts import ConsortiumFacts, ConsortiumState
from cixi_innovation.lifecycles.consortium.lifecycle import CONSORTIUM_LIFECYCLE
from cixi_innovation.lifecycles.engine import Entity
from cixi_innovation.lifecycles.events import Event
from cixi_innovation.lifecycles.plans import (
    ApplicantConditions,
    ConsortiumPlan,
    CultivationTargets,
    IndustrialFoundation,
)
from cixi_innovation.values._attrs import frozen
from cixi_innovation.values.bodies import Applicant, TaskGroupUnit
from cixi_innovation.values.dates import Period

__all__ = ["Consortium", "example_events"]

S = ConsortiumState


@implements("Art. 12", "Art. 13", "Art. 14", "Art. 15", note="the lifecycle of a Consortium")
@frozen
class Consortium(Entity[ConsortiumState, ConsortiumFacts]):
    """An enterprise innovation consortium (企业创新联合体) through its lifecycle.

    Its creating event is the :class:`~cixi_innovation.lifecycles.consortium.events.ConsortiumApplication`; it is
    created, replayed and advanced as every :class:`~cixi_innovation.lifecycles.engine.Entity`.
    """

    lifecycle = CONSORTIUM_LIFECYCLE

    enterprise = Fact[str](
        "The chain-leader enterprise (链主型企业) that applied and leads the Consortium."
    )

    rounds = Fact[tuple[Period, ...]](
        "Every cultivation cycle started, oldest first, each half-open (Art. 15)."
    )

    cultivation_period = Fact[Period | None](
        "The current (or last) three-year cultivation cycle, half-open; None before it starts.",
        name="round",
    )

    revoked_on = Fact[date | None](
        "The date the cultivation qualification was revoked (取消培育资格), if it was."
    )

    @property
    def qualification_retained(self) -> bool:
        """True once a final acceptance found the Consortium qualified (培育资格予以保留)."""
        return self.state in (S.QUALIFICATION_RETAINED, S.CULTIVATION_ENDED)

    def in_cultivation(self, on: date) -> bool:
        """True if ``on`` falls in a cultivation cycle (在联合体培育过程中, Art. 16).

        A cycle is half-open: its end date is already outside it, whether or not the
        final acceptance has taken place.  A revocation comes only after a cycle has
        expired, so it never shortens one.
        """
        return any(on in period for period in self.facts.rounds)

    def annual_plans(self) -> tuple[AnnualPlan, ...]:
        """The annual plans reported, in date order, over every round (Art. 15)."""
        return tuple(e.event for e in self.history if isinstance(e.event, AnnualPlan))


def example_events() -> list[Event]:
    """A Consortium from its application to its first annual plan, for examples.

    >>> [e.kind for e in example_events()][:3]
    ['consortium_application', 'expert_review', 'consultation_opinion']
    """
    plan = ConsortiumPlan(
        foundation=IndustrialFoundation(
            track="智能家电核心零部件",
            industry_ranking="国内同类产品第三",
            city_ranking="市内第一",
            tech_attributes=("高新技术企业", "科技小巨人"),
            rd_institutions="省级企业研究院",
        ),
        conditions=ApplicantConditions(
            overall_strength="年营业收入60亿元",
            rd_investment="研发投入占营业收入5%",
            technological_advantages="发明专利120件",
            driving_effect="带动上下游企业40家",
        ),
        teams_and_startups="三年引进科创团队5个、初创项目10个",
        breakthroughs_and_rd="三年攻关关键技术8项,研发投入9亿元",
        cultivation_targets=CultivationTargets(
            industry_improvement_indicators=("产业链产值增长20%",),
            tech_breakthrough_catalogue=("高效电机控制", "低噪声压缩机"),
            resource_sharing_list=("检测中心共享",),
            flagship_product_plan="三年开发标志性新产品3项",
        ),
    )
    events: list[Event] = [
        ConsortiumApplication(
            date(2025, 3, 3),
            id="LHT-2025-01",
            name="慈溪智能家电核心零部件企业创新联合体",
            applicant=Applicant.CHAIN_LEADER_ENTERPRISE,
            enterprise="宁波某电器股份有限公司",
            plan=plan,
        ),
        ExpertReview(
            date(2025, 4, 8),
            passed=True,
            niche_track=True,
            findings=ChainLeaderFindings(
                overall_strength=True,
                rd_investment=True,
                technological_advantages=True,
                driving_benefits=True,
            ),
        ),
    ]
    events += [
        ConsortiumOpinion(date(2025, 4, 20), unit=unit, opinion="同意") for unit in TaskGroupUnit
    ]
    events += [
        ConsortiumLeaderReview(date(2025, 5, 12), approved=True),
        CultivationStart(date(2025, 7, 1)),
        AnnualPlan(
            date(2025, 7, 10),
            year=2025,
            industry_improvement_indicators=("产业链产值增长5%",),
            tech_breakthrough_catalogue=("高效电机控制",),
            resource_sharing_list=("检测中心共享",),
            flagship_product_plan="开发标志性新产品1项",
        ),
    ]
    return events
