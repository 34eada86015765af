"""An Innovation Center through its lifecycle (产业技术创新中心), Art. 17-21.

>>> from datetime import date
>>> from cixi_innovation.law.measures import ForceCheck
>>> from cixi_innovation.values.assessments import PerformanceGrade
>>> from cixi_innovation.lifecycles.center.events import MidTermEvaluation
>>> c = InnovationCenter.replay(example_events())
>>> c.state.code, c.round
('under_construction', Period(start=datetime.date(2025, 3, 2), end=datetime.date(2030, 3, 2)))
>>> step = c.apply(MidTermEvaluation(date(2028, 3, 2), grade=PerformanceGrade.POOR))
>>> step.entity.state.code, [k.code for k in step.consequences]
('support_terminated_early', ['terminate_support_early'])
>>> print(step.decision.reasons[0].render("zh"))
2028-03-02市科技局会同市财政局对建设满三年的创新中心实施中期绩效评价,结果为“差”,提前终止政策支持。 [第二十一条]
"""

from __future__ import annotations

from datetime import date

from cixi_innovation.law.registry import implements
from cixi_innovation.lifecycles._accessors import Fact
from cixi_innovation.lifecycles.center.events import (
    CenterApproval,
    CenterOpinion,
    CenterProposal,
    ConstructionStart,
    HostUnit,
    InnovationVehicle,
    LegalEntityEstablishment,
    VehicleKind,
)
from cixi_innovation.lifecycles.center.facts import CenterFacts, CenterState
from cixi_innovation.lifecycles.center.lifecycle import CENTER_LIFECYCLE
from cixi_innovation.lifecycles.engine import Entity
from cixi_innovation.lifecycles.events import Event
from cixi_innovation.lifecycles.plans import CenterPlan, ManagementMechanism, OverallApproach
from cixi_innovation.lifecycles.refusals import EventRefusedError
from cixi_innovation.values._attrs import frozen
from cixi_innovation.values.bodies import Applicant, Body, TaskGroupUnit
from cixi_innovation.values.citations import Citation
from cixi_innovation.values.dates import Period
from cixi_innovation.values.decisions import Reason
from cixi_innovation.values.vocabulary import Level

__all__ = ["InnovationCenter", "example_events"]

ART_18_2 = Citation.article(18, 2)

_RANKS = {level: rank for rank, level in enumerate(Level)}


@implements(
    "Art. 17",
    "Art. 18 ¶1",
    "Art. 18 ¶2",
    "Art. 19",
    "Art. 20 ¶1",
    "Art. 21",
    note="the lifecycle of an Innovation Center",
)
@frozen
class InnovationCenter(Entity[CenterState, CenterFacts]):
    """An industrial technology innovation center (产业技术创新中心) through its lifecycle.

    Its creating event is the :class:`~cixi_innovation.lifecycles.center.events.CenterProposal`; it is
    created, replayed and advanced as every :class:`~cixi_innovation.lifecycles.engine.Entity`.
    A second plan for the same center is refused ("一中心一方案", Art. 18 ¶2).
    """

    lifecycle = CENTER_LIFECYCLE

    def _refuse_early(self, event: Event) -> None:
        """Refuse a second plan for this center ("一中心一方案", Art. 18 ¶2), whatever its state."""
        if isinstance(event, CenterProposal):
            raise EventRefusedError(
                self.state,
                event,
                Reason.of(
                    (ART_18_2,),
                    zh="一中心一方案:{center}已于{proposed}提出建设方案,同一创新中心不再提出第二个方案。",
                    en="one center, one plan: {center} already has its plan, proposed on "
                    "{proposed}; no second plan is proposed for the same center.",
                    center=self.name,
                    proposed=self.facts.proposed_on,
                ),
                field="kind",
            )

    host_units = Fact[tuple[HostUnit, ...]]("The host unit(s) (依托单位, Art. 18 ¶1).")

    legal_entity = Fact[LegalEntityEstablishment | None](
        "The establishment of the independent legal entity (Art. 19), if recorded."
    )

    rounds = Fact[tuple[Period, ...]](
        "Every five-year round started, oldest first, each half-open (Art. 21)."
    )

    round = Fact[Period | None](
        "The running (or last) five-year round, half-open; None before construction starts."
    )

    mid_term_from = Fact[date | None](
        "The first day of the current round's mid-term evaluation (建设满三年), if a round runs."
    )

    support_terminated_on = Fact[date | None](
        "The date policy support was terminated, early or at the end of a round, if it was."
    )

    @property
    def recognised_level(self) -> Level | None:
        """The highest level recognised as a technology innovation center (Art. 20 ¶1), if any."""
        return self.level_on(date.max)

    @property
    def recognised_on(self) -> date | None:
        """The date of the first recognition at Ningbo level or above, if any."""
        first = self.facts.recognitions[:1]
        return first[0].on if first else None

    def level_on(self, on: date) -> Level | None:
        """The highest level recognised on or before ``on``, or None."""
        levels = [r.level for r in self.facts.recognitions if r.on <= on]
        return max(levels, key=_RANKS.__getitem__) if levels else None

    def matching_open(self, on: date) -> bool:
        """True if Cixi matching (Art. 20 ¶1) is open on ``on``.

        It opens with the first recognition at Ningbo level or above and, under the
        default reading, closes when policy support is terminated (open point 7).
        """
        start = self.recognised_on
        if start is None or on < start:
            return False
        ends = self.facts.matching_ends_on
        return ends is None or on < ends


def example_events() -> list[Event]:
    """An Innovation Center from its proposal to the start of its first round, for examples.

    >>> [e.kind for e in example_events()][:3]
    ['center_proposal', 'consultation_opinion', 'consultation_opinion']
    """
    plan = CenterPlan(
        foundation="智能家电产业集群产值超千亿,领军企业研发基础雄厚",
        overall_approach=OverallApproach(
            guiding_ideology="以重大基础研究成果产业化为导向",
            strategic_positioning="长三角智能家电技术创新策源地",
            principles="政府引导、企业主体、市场化运营",
            goals="五年攻克关键核心技术20项",
            investment_plan="总投资5亿元,其中社会资本3亿元",
        ),
        layout="一核心多基地网络化布局",
        tasks="共性技术研发、成果转化、专业服务",
        management=ManagementMechanism(
            organization="理事会、中心主任、专家委员会", operation="市场化运营,自我造血"
        ),
        safeguards="资金、人才、用地保障",
        schedule="2025年组建,2027年全面运营",
    )
    host = HostUnit(
        "宁波某电器股份有限公司",
        (
            InnovationVehicle(
                VehicleKind.KEY_ENTERPRISE_RESEARCH_INSTITUTE,
                "浙江省智能家电重点企业研究院",
                Level.PROVINCIAL,
            ),
        ),
    )
    events: list[Event] = [
        CenterProposal(
            date(2025, 1, 6),
            id="CXZX-2025-01",
            name="慈溪智能家电产业技术创新中心",
            proposed_by=Applicant.SCIENCE_AND_TECHNOLOGY_BUREAU,
            host_units=(host,),
            industry="智能家电",
            plan=plan,
        ),
    ]
    events += [
        CenterOpinion(date(2025, 1, 20), unit=unit, opinion="同意") for unit in TaskGroupUnit
    ]
    events += [
        CenterApproval(date(2025, 2, 10), approved=True, by=Body.EXECUTIVE_MEETING),
        LegalEntityEstablishment(
            date(2025, 2, 25),
            legal_person="慈溪智能家电技术创新中心有限公司",
            independent=True,
            board="董事会",
            executive="总经理",
            expert_committee="专家委员会",
            legal_form="有限责任公司",
        ),
        ConstructionStart(date(2025, 3, 2)),
    ]
    return events
