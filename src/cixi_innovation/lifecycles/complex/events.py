"""The events of a Complex (综合体事件), Art. 5-9, and the values the application carries.

From the application (Art. 6, with its applicants, the body leading the Complex and
the plan of Annex 1) through the reviews, the selection of the host unit (Art. 7), the
rounds, annual plans and assessments (Art. 8) to the end-of-round appraisal (Art. 9).
"""

from __future__ import annotations

from datetime import date

from cixi_innovation.law.indicators import CoreIndicators
from cixi_innovation.law.registry import implements
from cixi_innovation.lifecycles.consultation import LeaderInChargeReview, TaskGroupOpinion
from cixi_innovation.lifecycles.events import Event, Value
from cixi_innovation.lifecycles.plans import ComplexPlan
from cixi_innovation.values._attrs import frozen
from cixi_innovation.values.assessments import AssessmentResult, PerformanceGrade
from cixi_innovation.values.bodies import Applicant
from cixi_innovation.values.vocabulary import Label, LabelledEnum, Level

__all__ = [
    "COMPLEX_APPLICANTS",
    "AnnualAssessment",
    "AnnualWorkPlan",
    "ComplexApplication",
    "ConsultationOpinion",
    "FeasibilityReview",
    "HigherLevelAnnualEvaluation",
    "HigherLevelExpiryAssessment",
    "HostUnitSelection",
    "LeaderReview",
    "LeadingBody",
    "LeadingBodyKind",
    "LevelRecognition",
    "Party",
    "RoundAppraisal",
    "RoundStart",
    "UnitsReassignment",
]

#: Who may apply for a Complex (Art. 6 ¶1, TN 6.1): 镇政府(街道办事处)、产业平台.
COMPLEX_APPLICANTS: frozenset[Applicant] = frozenset(
    {Applicant.TOWN_GOVERNMENT, Applicant.SUBDISTRICT_OFFICE, Applicant.INDUSTRIAL_PLATFORM}
)


class LeadingBodyKind(LabelledEnum, noun="牵头单位类型"):
    """Who leads (牵头) a Complex (Art. 2): an industry association or a platform-type enterprise."""

    INDUSTRY_ASSOCIATION = ("industry_association", "行业协会", "industry association")
    PLATFORM_ENTERPRISE = ("platform_enterprise", "平台型企业", "platform-type enterprise")


@frozen
class Party(Value):
    """An applicant of a Complex: its kind (Art. 6 ¶1) and name."""

    kind: Applicant
    name: str


@frozen
class LeadingBody(Value):
    """The body leading the Complex (Art. 2), recorded as given (TN 2.1, TN 20)."""

    kind: LeadingBodyKind
    name: str


@implements("Art. 6", "Art. 2", "Art. 5", note="the application, its applicants and its plan")
@frozen
class ComplexApplication(Event):
    """Art. 6 ¶1: 综合体建设由镇政府(街道办事处)、产业平台提出申请(综合体建设方案提纲见附件1).

    Attributes:
        id: the Complex's identifier.
        name: the Complex's name.
        applicants: one or several applicants; each a town government, a sub-district
            office or an industrial platform.
        industry: the field of construction (Art. 5; the list of fields is open).
        leading_body: the industry association or platform-type enterprise leading it (Art. 2).
        plan: the construction plan, after the outline of Annex 1.
    """

    label = Label("complex_application", "提出综合体建设申请", "Complex application")

    id: str
    name: str
    applicants: tuple[Party, ...]
    industry: str
    leading_body: LeadingBody
    plan: ComplexPlan


@frozen
class FeasibilityReview(Event):
    """Art. 6 ¶1: 市科技局对建设方案进行论证 — passed or not, with the Art. 5 finding.

    Attributes:
        passed: whether the plan passed the feasibility review.
        field_meets_criteria: the reviewer's finding that the field is one of large
            scale, many market entities and a high degree of organisation (Art. 5);
            qualitative, recorded, not computed.
        opinion: the review's conclusion, as written.
    """

    label = Label("feasibility_review", "市科技局论证", "feasibility review by the Bureau")

    passed: bool
    field_meets_criteria: bool
    opinion: str = ""


@frozen
class ConsultationOpinion(TaskGroupOpinion):
    """Art. 6 ¶1: 征求创新深化专题组相关职能单位……意见 — one unit's opinion."""


@frozen
class LeaderReview(LeaderInChargeReview):
    """Art. 6 ¶1: 报市政府分管领导审定 — approval or rejection by the leader in charge."""


@frozen
class HostUnitSelection(Event):
    """Art. 7 ¶1: 综合体依托单位由建设单位公开征集、择优选定,报市科技局.

    ``on`` is the date the selection is reported to the Bureau (or, when "报" is read
    as a submission for approval, the date the Bureau approves it: open point 11).

    Attributes:
        host_unit: the selected host unit's name.
        publicly_solicited: whether the host unit was publicly solicited (公开征集).
        approved_by_bureau: the Bureau's answer, where the report is read as a
            submission for approval
            (:attr:`~cixi_innovation.law.readings.HostUnitReportReading.APPROVAL`); None
            when none is recorded.
    """

    label = Label("host_unit_selection", "依托单位选定并报市科技局", "host unit selection")

    host_unit: str
    publicly_solicited: bool
    approved_by_bureau: bool | None = None


@frozen
class RoundStart(Event):
    """Art. 8 ¶1: 综合体建设周期为五年一轮,建设单位与依托单位在期初提出五年建设目标.

    Attributes:
        start: the first day of the five-year round (期初; open point 8).
        targets: the five-year construction targets, as written.
    """

    label = Label(
        "round_start",
        "提出五年建设目标(建设周期开始)",
        "five-year targets put forward (start of a round)",
    )

    start: date
    targets: str


@frozen
class AnnualWorkPlan(Event):
    """Art. 8 ¶1: 每年年初提出年度工作计划,报市科技局.

    Attributes:
        year: the calendar year the plan is for.
        plan: the annual work plan, as written.
    """

    label = Label("annual_work_plan", "年度工作计划", "annual work plan")

    year: int
    plan: str


@frozen
class AnnualAssessment(Event):
    """Art. 8 ¶1: 市科技局每年对年度计划目标完成情况组织考核验收 (the Bureau alone, TN 8.1).

    Attributes:
        year: the year whose plan is assessed.
        result: qualified or unqualified.
    """

    label = Label("annual_assessment", "年度考核验收", "annual assessment")

    year: int
    result: AssessmentResult


@frozen
class LevelRecognition(Event):
    """Art. 8 ¶2, Art. 9 ¶2: 宁波市级及以上综合体 — the level a Complex is recognised at.

    How a level is obtained is not regulated by the Measures (TN 8.8, open point 16); the
    event records it.

    Attributes:
        level: the level recognised.
    """

    label = Label("level_recognition", "认定级别", "level recognition")

    level: Level


@frozen
class HigherLevelAnnualEvaluation(Event):
    """Art. 8 ¶2: 宁波市级及以上综合体在上级组织的年度绩效评价 — its grade.

    Attributes:
        year: the year evaluated.
        grade: poor or another grade.
    """

    label = Label(
        "higher_level_annual_evaluation", "上级年度绩效评价", "higher-level annual evaluation"
    )

    year: int
    grade: PerformanceGrade


@frozen
class UnitsReassignment(Event):
    """Art. 8: 另行授权委托 — new construction and host units after a revocation (TN 8.3).

    Attributes:
        construction_units: the construction unit(s) newly authorised.
        host_unit: the host unit newly entrusted.
    """

    label = Label("units_reassignment", "另行授权委托", "reassignment of the units")

    construction_units: tuple[str, ...]
    host_unit: str


@frozen
class RoundAppraisal(Event):
    """Art. 9 ¶1: 市科技局会同市财政局对建设期届满的综合体实施绩效评估 on the five core indicators.

    Attributes:
        indicators: the values of the five core indicators (exactly five, TN 9.1).
        grade: poor or another grade (the scale is the Bureau's, Art. 22).
    """

    label = Label("round_appraisal", "建设期满绩效评估", "end-of-round performance appraisal")

    indicators: CoreIndicators
    grade: PerformanceGrade


@frozen
class HigherLevelExpiryAssessment(Event):
    """Art. 9 ¶2: 宁波市级及以上综合体在上级组织的建设期满考核 (not synchronised, TN 9.5).

    Attributes:
        result: qualified or unqualified.
    """

    label = Label(
        "higher_level_expiry_assessment",
        "上级建设期满考核",
        "higher-level expiry assessment",
    )

    result: AssessmentResult
