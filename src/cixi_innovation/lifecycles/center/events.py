"""The events of an Innovation Center (创新中心事件), Art. 17-21, and the host units they name.

From the plan the Bureau proposes with the host unit(s) (Art. 18, Annex 3), each with
its innovation vehicles, through the consultation and the approval by the executive
meeting, the establishment of the legal entity (Art. 19) and the rounds of
construction with their evaluations (Art. 21), to the recognitions that open the
matching of Art. 20.
"""

from __future__ import annotations

from cixi_innovation.law.readings import HostVehicleReading
from cixi_innovation.law.registry import implements
from cixi_innovation.lifecycles.consultation import TaskGroupOpinion
from cixi_innovation.lifecycles.events import Event, Value
from cixi_innovation.lifecycles.plans import CenterPlan
from cixi_innovation.values._attrs import frozen
from cixi_innovation.values.assessments import AssessmentResult, PerformanceGrade
from cixi_innovation.values.bodies import Applicant, Body
from cixi_innovation.values.vocabulary import Label, LabelledEnum, Level

__all__ = [
    "CenterApproval",
    "CenterFinalAcceptance",
    "CenterOpinion",
    "CenterProposal",
    "ConstructionStart",
    "HostUnit",
    "InnovationVehicle",
    "LegalEntityEstablishment",
    "MidTermEvaluation",
    "TechCenterRecognition",
    "VehicleKind",
]


class VehicleKind(LabelledEnum, noun="创新载体类型"):
    """The innovation vehicles (创新载体) named by Art. 18 ¶1; the list is open ("等")."""

    ENGINEERING_RESEARCH_CENTER = (
        "engineering_research_center",
        "省工程技术研究中心",
        "provincial engineering technology research center",
    )
    KEY_ENTERPRISE_RESEARCH_INSTITUTE = (
        "key_enterprise_research_institute",
        "省重点企业研究院",
        "provincial key enterprise research institute",
    )
    NEW_TYPE_RD_INSTITUTION = (
        "new_type_rd_institution",
        "新型研发机构",
        "new-type R&D institution",
    )
    OTHER = ("other", "其他创新载体", "other innovation vehicle")


_PROVINCIAL_OR_ABOVE = frozenset({Level.PROVINCIAL, Level.NATIONAL})


@frozen
class InnovationVehicle(Value):
    """An innovation vehicle a host unit possesses (Art. 18 ¶1).

    Attributes:
        kind: the kind of vehicle.
        name: its name, as recognised.
        level: the level at which it is recognised.
    """

    kind: VehicleKind
    name: str
    level: Level

    def qualifies(
        self, reading: HostVehicleReading = HostVehicleReading.PROVINCIAL_OR_ABOVE
    ) -> bool:
        """True if the vehicle is a provincial-level or higher innovation vehicle (Art. 18 ¶1).

        Every vehicle must be recognised at provincial level or above, except a new-type
        R&D institution under
        :attr:`~cixi_innovation.law.readings.HostVehicleReading.ANY_NEW_TYPE_INSTITUTION`
        (TN 18.2).
        """
        if (
            self.kind is VehicleKind.NEW_TYPE_RD_INSTITUTION
            and reading is HostVehicleReading.ANY_NEW_TYPE_INSTITUTION
        ):
            return True
        return self.level in _PROVINCIAL_OR_ABOVE


@implements("Art. 18 ¶1", note="a host unit and its provincial-level or higher vehicles")
@frozen
class HostUnit(Value):
    """A host unit (依托单位) of an Innovation Center and the vehicles it possesses (Art. 18 ¶1).

    第十八条 ……依托单位应具备省工程技术研究中心、省重点企业研究院、新型研发机构等省级及以上创新载体。

    Attributes:
        name: the host unit's name (a leading enterprise, university or institute).
        vehicles: its innovation vehicles.
    """

    name: str
    vehicles: tuple[InnovationVehicle, ...] = ()

    def qualifies(
        self, reading: HostVehicleReading = HostVehicleReading.PROVINCIAL_OR_ABOVE
    ) -> bool:
        """True if at least one of its vehicles qualifies under ``reading``."""
        return any(v.qualifies(reading) for v in self.vehicles)


@implements(
    "Art. 17",
    "Art. 18 ¶1",
    "Art. 18 ¶2",
    note="the plan proposed by the Bureau with the host units",
)
@frozen
class CenterProposal(Event):
    """Art. 18 ¶2: 创新中心建设方案由市科技局会同依托单位以“一中心一方案”的方式提出.

    Innovation Centers are designed and laid out at the municipal level (Art. 17: "由市级
    层面主动设计、统筹布局"): they are not applied for by a town or an enterprise
    (TN 17.1).  Each host unit must possess a provincial-level or higher innovation
    vehicle (Art. 18 ¶1).

    Attributes:
        id: the Innovation Center's identifier.
        name: the Innovation Center's name.
        proposed_by: who proposes the plan; only the Science and Technology Bureau.
        host_units: one or several host units (TN 18.3).
        industry: the field (Art. 17; the list of fields is open).
        plan: the construction plan, after the outline of Annex 3.
    """

    label = Label("center_proposal", "提出创新中心建设方案", "Innovation Center plan proposal")

    id: str
    name: str
    proposed_by: Applicant
    host_units: tuple[HostUnit, ...]
    industry: str
    plan: CenterPlan


@frozen
class CenterOpinion(TaskGroupOpinion):
    """Art. 18 ¶2: 征求创新深化专题组相关职能单位意见 — one unit's opinion (the units of Art. 6)."""


@frozen
class CenterApproval(Event):
    """Art. 18 ¶2: 报市政府常务会议审定 — approval or rejection of the plan.

    Attributes:
        approved: True for approval, False for rejection.
        by: the body that decided; only the executive meeting of the municipal
            government approves an Innovation Center (TN 18.4).
        remarks: remarks, as written.
    """

    label = Label("plan_approval", "市政府常务会议审定", "review by the executive meeting")

    approved: bool
    by: Body
    remarks: str = ""


#: The three governance bodies of Art. 19, in the article's order.
_BODIES = (
    Label("board", "董事会(理事会)", "board of directors (board of trustees)"),
    Label("executive", "总经理(中心主任)", "general manager (center director)"),
    Label("expert_committee", "专家委员会", "expert committee"),
)


@implements("Art. 19", note="the independent legal entity and its three governance systems")
@frozen
class LegalEntityEstablishment(Event):
    """Art. 19: 创新中心应为独立法人实体,实行董事会(理事会)决策制、总经理(中心主任)负责制、专家委员会咨询制.

    The legal form is free (TN 19.1): a company has a board of directors and a general
    manager, a non-profit legal person a board of trustees and a center director.

    Attributes:
        legal_person: the legal person's registered name.
        independent: whether it is an independent legal-person entity (独立法人实体).
        board: the board of directors (or board of trustees) that decides.
        executive: the general manager (or center director) responsible.
        expert_committee: the expert committee consulted.
        legal_form: the legal form, as registered (free, TN 19.1).
    """

    label = Label(
        "legal_entity_establishment", "组建独立法人实体", "establishment of the legal entity"
    )

    legal_person: str
    independent: bool
    board: str
    executive: str
    expert_committee: str
    legal_form: str = ""

    def missing(self) -> tuple[Label, ...]:
        """The governance bodies of Art. 19 that are missing or blank, in the article's order."""
        named = (
            (self.board, _BODIES[0]),
            (self.executive, _BODIES[1]),
            (self.expert_committee, _BODIES[2]),
        )
        return tuple(label for value, label in named if not value.strip())


@frozen
class ConstructionStart(Event):
    """Art. 21: 创新中心建设周期为五年一轮 — a round of construction starts on ``on``.

    The Measures do not say when construction starts (open point 8, TN 21.1): under the
    default reading the start is this explicit event, dated on the first day of the
    round; it also starts a further round after a qualified end-of-period check.
    """

    label = Label("construction_start", "开始建设", "start of construction")


@frozen
class MidTermEvaluation(Event):
    """Art. 21: 市科技局会同市财政局对创新中心建设情况实施中期(建设满三年)绩效评价.

    Attributes:
        grade: poor or another grade (the scale is the Bureau's, Art. 22, TN 21.3).
    """

    label = Label("mid_term_evaluation", "中期绩效评价", "mid-term performance evaluation")

    grade: PerformanceGrade


@frozen
class CenterFinalAcceptance(Event):
    """Art. 21: 市科技局会同市财政局对创新中心建设情况实施……期末考核验收.

    Attributes:
        result: qualified or unqualified.
    """

    label = Label("final_acceptance", "期末考核验收", "end-of-period acceptance check")

    result: AssessmentResult


@frozen
class TechCenterRecognition(Event):
    """Art. 20 ¶1: 创新中心创建成为宁波市级及以上技术创新中心 — recognised at ``level``.

    Only a recognition at Ningbo municipal level or above counts (TN 20.1); it opens
    the Cixi matching of Art. 20 ¶1.

    Attributes:
        level: the level of the technology innovation center recognised.
    """

    label = Label(
        "tech_center_recognition",
        "创建成为技术创新中心",
        "recognition as a technology innovation center",
    )

    level: Level
