"""A Complex through its lifecycle (产业创新服务综合体), Art. 5-9.

>>> from datetime import date
>>> from cixi_innovation.values.assessments import AssessmentResult
>>> c = Complex.replay(example_events())
>>> c.state.code, c.round
('under_construction', Period(start=datetime.date(2025, 3, 1), end=datetime.date(2030, 3, 1)))
>>> step = c.apply(AnnualAssessment(date(2026, 1, 20), year=2025, result=AssessmentResult.UNQUALIFIED))
>>> step.entity.state.code, [k.code for k in step.consequences]
('units_revoked', ['revoke_qualification', 'reassign_units'])
>>> print(step.decision.reasons[0].render("zh"))
2026-01-20市科技局对2025年度计划目标完成情况的考核验收结果为“不合格”,同时取消建设单位与依托单位资格,另行授权委托。 [第八条]
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from fractions import Fraction

from cixi_innovation.law.indicators import CoreIndicators
from cixi_innovation.law.registry import implements
from cixi_innovation.lifecycles._accessors import Fact
from cixi_innovation.lifecycles.complex.events import (
    AnnualAssessment,
    AnnualWorkPlan,
    ComplexApplication,
    ConsultationOpinion,
    FeasibilityReview,
    HostUnitSelection,
    LeaderReview,
    LeadingBody,
    LeadingBodyKind,
    Party,
    RoundStart,
)
from cixi_innovation.lifecycles.complex.facts import ComplexFacts, ComplexState
from cixi_innovation.lifecycles.complex.lifecycle import COMPLEX_LIFECYCLE
from cixi_innovation.lifecycles.engine import Entity
from cixi_innovation.lifecycles.events import Event
from cixi_innovation.lifecycles.plans import (
    ComplexPlan,
    ConstructionApproach,
    IndustryStatus,
    TargetCommitments,
)
from cixi_innovation.values._attrs import frozen
from cixi_innovation.values.assessments import AssessmentResult
from cixi_innovation.values.bodies import Applicant, TaskGroupUnit
from cixi_innovation.values.dates import Period
from cixi_innovation.values.vocabulary import Level

__all__ = ["Complex", "example_events"]

S = ComplexState

_ON_LIST = frozenset(
    {S.APPROVED, S.HOST_UNIT_SELECTED, S.UNDER_CONSTRUCTION, S.UNITS_REVOKED, S.ROUND_COMPLETED}
)
_UNITS_IN_OFFICE = frozenset({S.HOST_UNIT_SELECTED, S.UNDER_CONSTRUCTION, S.ROUND_COMPLETED})


@implements(
    "Art. 5",
    "Art. 6",
    "Art. 7",
    "Art. 8",
    "Art. 8 ¶2",
    "Art. 9",
    "Art. 9 ¶2",
    note="the lifecycle of a Complex",
)
@frozen
class Complex(Entity[ComplexState, ComplexFacts]):
    """Art. 5-9: an industrial innovation service complex (产业创新服务综合体) through its lifecycle.

    第八条 综合体建设周期为五年一轮…… 第九条 综合体实施以绩效为导向的淘汰机制。

    Its creating event is the :class:`~cixi_innovation.lifecycles.complex.events.ComplexApplication`; it is
    created, replayed and advanced as every :class:`~cixi_innovation.lifecycles.engine.Entity`.
    """

    lifecycle = COMPLEX_LIFECYCLE

    level = Fact[Level]("The recognised level (Cixi unless recognised higher).")

    host_unit = Fact[str | None]("The host unit in office, if any (Art. 7).")

    construction_units = Fact[tuple[str, ...]](
        "The construction unit(s) in office, if any (Art. 6, TN 6.3)."
    )

    round = Fact[Period | None]("The running (or last) five-year round, half-open (Art. 8).")

    @property
    def on_creation_list(self) -> bool:
        """True from approval until elimination (创建名单, Art. 9; TN 9.4)."""
        return self.state in _ON_LIST

    @property
    def units_qualified(self) -> bool:
        """True while a construction unit and a host unit hold their qualification (Art. 8)."""
        return self.state in _UNITS_IN_OFFICE

    def annual_results(self) -> tuple[tuple[int, AssessmentResult], ...]:
        """The annual assessment results so far, (year, result), in date order (Art. 8, 10)."""
        return tuple(
            (entry.event.year, entry.event.result)
            for entry in self.history
            if isinstance(entry.event, AnnualAssessment)
        )


def example_events() -> list[Event]:
    """A Complex from its application to the start of its first round, for examples.

    >>> [e.kind for e in example_events()][:3]
    ['complex_application', 'feasibility_review', 'consultation_opinion']
    """
    plan = ComplexPlan(
        industry_status=IndustryStatus(
            strength="智能家电产业规模全国领先", difficulties="共性技术供给不足"
        ),
        approach=ConstructionApproach(
            existing_foundation="已有公共检测平台与展厅", approach="平台升级,公开选聘依托单位"
        ),
        commitments=TargetCommitments(
            core=CoreIndicators(
                industry_output_value=Decimal("120000000000.00"),
                valid_hte_share=Fraction(30, 100),
                above_scale_rd_intensity=Fraction(3, 100),
                above_scale_rd_institution_rate=Fraction(60, 100),
                valid_invention_patents=800,
            )
        ),
    )
    events: list[Event] = [
        ComplexApplication(
            date(2025, 1, 10),
            id="CX-2025-01",
            name="慈溪智能家电产业创新服务综合体",
            applicants=(Party(Applicant.TOWN_GOVERNMENT, "观海卫镇人民政府"),),
            industry="智能家电",
            leading_body=LeadingBody(LeadingBodyKind.INDUSTRY_ASSOCIATION, "慈溪市家电协会"),
            plan=plan,
        ),
        FeasibilityReview(date(2025, 1, 20), passed=True, field_meets_criteria=True),
    ]
    events += [
        ConsultationOpinion(date(2025, 1, 25), unit=unit, opinion="同意") for unit in TaskGroupUnit
    ]
    events += [
        LeaderReview(date(2025, 2, 10), approved=True),
        HostUnitSelection(
            date(2025, 2, 20), host_unit="慈溪家电科创服务有限公司", publicly_solicited=True
        ),
        RoundStart(date(2025, 3, 1), start=date(2025, 3, 1), targets="五年建设目标"),
        AnnualWorkPlan(date(2025, 3, 15), year=2025, plan="2025年度工作计划"),
    ]
    return events
