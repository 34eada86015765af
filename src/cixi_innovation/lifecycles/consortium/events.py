"""The events of a Consortium (联合体事件), Art. 12-15, and the findings of its review.

From the chain-leader enterprise's application (Art. 13, with the plan of Annex 2 and
the three-year cultivation targets) through the expert review, with its findings on
Art. 12 and Art. 14, and the consultation, to the cultivation cycles, their annual
plans and the final acceptance (Art. 15).
"""

from __future__ import annotations

import attrs

from cixi_innovation.law.registry import implements
from cixi_innovation.lifecycles.consultation import LeaderInChargeReview, TaskGroupOpinion
from cixi_innovation.lifecycles.events import Event, Value
from cixi_innovation.lifecycles.plans import ConsortiumPlan, CultivationTargets
from cixi_innovation.values._attrs import frozen
from cixi_innovation.values.assessments import AssessmentResult
from cixi_innovation.values.bodies import Applicant
from cixi_innovation.values.vocabulary import Label

__all__ = [
    "AnnualPlan",
    "ChainLeaderFindings",
    "ConditionFinding",
    "ConsortiumApplication",
    "ConsortiumLeaderReview",
    "ConsortiumOpinion",
    "CultivationAcceptance",
    "CultivationStart",
    "ExpertReview",
]


@frozen
class ConditionFinding(Value):
    """A finding on one further condition of Art. 14 ("等相关条件": the list is open).

    Attributes:
        condition: the condition, as the reviewers name it.
        met: whether the reviewers find the chain-leader enterprise meets it.
    """

    condition: str
    met: bool


#: The four named conditions of Art. 14, in the article's order.
_CONDITIONS = (
    Label("overall_strength", "综合实力强", "strong overall strength"),
    Label("rd_investment", "研发投入大", "large R&D investment"),
    Label("technological_advantages", "技术优势明显", "obvious technological advantages"),
    Label("driving_benefits", "带动效益好", "good driving benefits"),
)


@implements(
    "Art. 14", note="the four named conditions of a chain-leader enterprise, and further ones"
)
@frozen
class ChainLeaderFindings(Value):
    """The reviewers' findings on the conditions of a chain-leader enterprise (Art. 14).

    第十四条 链主型企业应符合综合实力强、研发投入大、技术优势明显、带动效益好等相关条件。
    The conditions are qualitative, with no thresholds (TN 14.1): they are judged by the
    reviewers and recorded here, not computed.

    Attributes:
        overall_strength: strong overall strength (综合实力强).
        rd_investment: large R&D investment (研发投入大).
        technological_advantages: obvious technological advantages (技术优势明显).
        driving_benefits: good driving benefits for other enterprises (带动效益好).
        further: findings on further conditions (the list is open, "等").
    """

    overall_strength: bool
    rd_investment: bool
    technological_advantages: bool
    driving_benefits: bool
    further: tuple[ConditionFinding, ...] = ()

    def unmet(self) -> tuple[Label, ...]:
        """The conditions found not met, in the order of Art. 14, then the further ones."""
        named = (
            (self.overall_strength, _CONDITIONS[0]),
            (self.rd_investment, _CONDITIONS[1]),
            (self.technological_advantages, _CONDITIONS[2]),
            (self.driving_benefits, _CONDITIONS[3]),
        )
        out = [label for met, label in named if not met]
        out += [Label("further", f.condition, f.condition) for f in self.further if not f.met]
        return tuple(out)


@implements("Art. 13", "Art. 15", note="the application, its applicant, plan and targets")
@frozen
class ConsortiumApplication(Event):
    """Art. 13: 联合体由链主型企业提出申请(联合体建设方案提纲见附件2).

    The plan carries the three-year cultivation targets committed at application
    (Art. 15: "链主型企业根据申报时承诺的三年培育目标"), which must include the four
    items of Art. 15; a plan missing a section is received and the decision names the
    gap, unless the strict reading of the outline is chosen
    (:class:`~cixi_innovation.law.readings.PlanOutlineReading`).

    Attributes:
        id: the Consortium's identifier.
        name: the Consortium's name.
        applicant: the kind of applicant; only a chain-leader enterprise may apply.
        enterprise: the applicant enterprise's name.
        plan: the construction plan, after the outline of Annex 2.
    """

    label = Label("consortium_application", "提出联合体建设申请", "Consortium application")

    id: str
    name: str
    applicant: Applicant
    enterprise: str
    plan: ConsortiumPlan


@frozen
class ExpertReview(Event):
    """Art. 13: 市科技局牵头组织专家评审 — passed or not, with the findings of Art. 12 and 14.

    Attributes:
        passed: whether the application passed the expert review.
        niche_track: the reviewers' finding that the field is a niche track with a good
            supporting base, strong technological advantages and great growth potential
            (Art. 12); qualitative, recorded, not computed.
        findings: the reviewers' findings on the chain-leader conditions (Art. 14).
        opinion: the review's conclusion, as written.
    """

    label = Label("expert_review", "市科技局组织专家评审", "expert review organised by the Bureau")

    passed: bool
    niche_track: bool
    findings: ChainLeaderFindings
    opinion: str = ""


@frozen
class ConsortiumOpinion(TaskGroupOpinion):
    """Art. 13: 征求创新深化专题组相关职能单位意见 — one unit's opinion.

    The units are not enumerated in Art. 13; they are read as the seven of Art. 6
    (TN 13.1), and which of them must give an opinion follows the consultation reading.
    """


@frozen
class ConsortiumLeaderReview(LeaderInChargeReview):
    """Art. 13: 报市政府分管领导审定 — approval or rejection by the leader in charge."""


@frozen
class CultivationStart(Event):
    """Art. 15: 联合体培育周期为三年一轮 — a cultivation cycle starts on ``on``.

    The Measures do not say when cultivation starts (open point 8): under the default
    reading the start is this explicit event, dated on the first day of the cycle.  It
    also starts a further round after a retained qualification (TN 15.3).
    """

    label = Label("cultivation_start", "培育周期开始", "start of a cultivation cycle")


@implements("Art. 15", note="the four required items of the annual plan")
@frozen
class AnnualPlan(Event):
    """Art. 15: 每年年初提出年度计划,报市科技局 — with the four items it shall include.

    第十五条 ……建设目标与年度计划应包括行业提升指标、技术攻关目录、资源共享清单、
    标志性新产品开发计划等。 A plan lacking one of the four items is refused, naming
    it; the list is open ("等"), so further items may be added.

    Attributes:
        year: the calendar year the plan is for.
        industry_improvement_indicators: the industry-improvement indicators (行业提升指标).
        tech_breakthrough_catalogue: the catalogue of technologies to be tackled (技术攻关目录).
        resource_sharing_list: the resource-sharing list (资源共享清单).
        flagship_product_plan: the development plan for flagship new products
            (标志性新产品开发计划).
        further: further items of the plan.
    """

    label = Label("annual_plan", "年度计划", "annual plan")

    year: int
    industry_improvement_indicators: tuple[str, ...] = ()
    tech_breakthrough_catalogue: tuple[str, ...] = ()
    resource_sharing_list: tuple[str, ...] = ()
    flagship_product_plan: str = ""
    further: tuple[str, ...] = ()

    def missing(self) -> tuple[Label, ...]:
        """The required items of Art. 15 that are missing or blank, in the article's order."""
        out: list[Label] = []
        for a in attrs.fields(CultivationTargets):
            # 'further', the only field without a citation, holds no required item
            if "citation" not in a.metadata:
                # Mutation testing, not mutated: 'further', the field skipped, is the last one
                continue  # pragma: no mutate
            value: object = getattr(self, a.name)
            items = value if isinstance(value, tuple) else (value,)
            if not items or any(not str(v).strip() for v in items):
                out.append(Label(a.name, a.metadata["zh"], a.metadata["en"]))
        return tuple(out)


@frozen
class CultivationAcceptance(Event):
    """Art. 15: 培育周期届满,市科技局会同市财政局……组织考核验收.

    Attributes:
        result: qualified (the cultivation qualification is retained) or unqualified
            (it is revoked).
    """

    label = Label(
        "cultivation_acceptance", "培育期满考核验收", "acceptance check at the end of cultivation"
    )

    result: AssessmentResult
