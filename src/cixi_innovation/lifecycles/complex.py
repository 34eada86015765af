"""Chapter 2 Industrial Innovation Service Complexes (第二章 产业创新服务综合体): Art. 5-9.

The lifecycle of a Complex, from the application to the end of a five-year round, as
one checked table (:data:`COMPLEX_LIFECYCLE`) and the entity :class:`Complex`.  The
operating subsidy and fund management of Art. 10-11 are computed elsewhere, from the
facts and history kept here.

====================================  ======================================  ==================
event (kind)                          what happens                            provision
====================================  ======================================  ==================
``complex_application``               a town government / sub-district        Art. 6, Art. 2,
                                      office and/or an industrial platform    Art. 5, Annex 1
                                      applies, with its plan (Annex 1)
``feasibility_review``                the Bureau's review (论证): passed →    Art. 6, Art. 5
                                      consultation, not passed → rejected
``consultation_opinion``              one task-group unit's opinion           Art. 6
``leader_review``                     the leader in charge approves/rejects,  Art. 6
                                      only once consultation is complete
``host_unit_selection``               publicly solicited, selected on merit,  Art. 7
                                      reported to the Bureau
``round_start``                       five-year targets; a round [s, s+5y)    Art. 8
``annual_work_plan``                  the plan of one year of the round       Art. 8
``annual_assessment``                 the Bureau's check: qualified → units   Art. 8
                                      kept; unqualified → both revoked
``level_recognition``                 Cixi / Ningbo / provincial / national   Art. 8 ¶2, 9 ¶2
``higher_level_annual_evaluation``    Ningbo level or above only: poor →      Art. 8 ¶2
                                      both units revoked early
``units_reassignment``                new units authorised and entrusted      Art. 8
``round_appraisal``                   at expiry, on the five core             Art. 9
                                      indicators: poor → eliminated
``higher_level_expiry_assessment``    Ningbo level or above only:             Art. 9 ¶2
                                      unqualified → eliminated
====================================  ======================================  ==================

Readings (see :mod:`cixi_innovation.law.readings`): all seven task-group units are
consulted (TN 6.2); after an appraisal other than "poor" the Complex stays on the
creation list and may start a next round (TN 9.2); reassigned units continue the
running round (TN 8.3).  Other choices made where the text is silent:

* the construction unit is the approved applicant (TN 6.3) and the host unit is
  selected after approval (TN 7.1); ``host_unit_selection`` is dated on the report to
  the Bureau;
* a result of a higher-level evaluation or assessment other than "poor" /
  "unqualified" is recorded with no consequence (TN 8.7, 9.5);
* the annual assessment needs the annual work plan of that year, reported by the
  units in office (Art. 8: it checks "年度计划目标完成情况"); a year may be assessed
  again (the later result stands, no rule forbids it);
* the end-of-round appraisal is of a Complex with units in office: after a revocation
  it waits for the reassignment.

>>> from datetime import date
>>> from cixi_innovation.values.vocabulary import AssessmentResult
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

import attrs

from cixi_innovation.law.indicators import CoreIndicators
from cixi_innovation.law.readings import AppraisalOutcomeReading, ReassignmentReading
from cixi_innovation.law.registry import implements
from cixi_innovation.lifecycles.consultation import (
    consultation_complete,
    consultation_gap,
    not_consulted_yet,
)
from cixi_innovation.lifecycles.engine import Entity, Lifecycle
from cixi_innovation.lifecycles.events import Event
from cixi_innovation.lifecycles.plans import (
    ComplexPlan,
    ConstructionApproach,
    IndustryStatus,
    TargetCommitments,
)
from cixi_innovation.lifecycles.table import Context, Guard, Transition
from cixi_innovation.values._attrs import evolve
from cixi_innovation.values.citations import Citation
from cixi_innovation.values.dates import Period
from cixi_innovation.values.decisions import Param
from cixi_innovation.values.vocabulary import (
    Applicant,
    AssessmentResult,
    Consequence,
    Label,
    LabelledEnum,
    Level,
    PerformanceGrade,
    TaskGroupUnit,
)

__all__ = [
    "COMPLEX_APPLICANTS",
    "COMPLEX_LIFECYCLE",
    "AnnualAssessment",
    "AnnualWorkPlan",
    "Complex",
    "ComplexApplication",
    "ComplexFacts",
    "ComplexState",
    "ConsultationOpinion",
    "FeasibilityReview",
    "HigherLevelAnnualEvaluation",
    "HigherLevelExpiryAssessment",
    "HostUnitSelection",
    "LeaderReview",
    "LeadingBody",
    "LeadingBodyKind",
    "LevelRecognition",
    "Opinion",
    "Party",
    "RoundAppraisal",
    "RoundStart",
    "UnitsReassignment",
    "example_events",
]

ART_2 = Citation.article(2)
ART_5 = Citation.article(5)
ART_6 = Citation.article(6)
ART_7 = Citation.article(7)
ART_8 = Citation.article(8)
ART_8_2 = Citation.article(8, 2)
ART_9 = Citation.article(9)
ART_9_2 = Citation.article(9, 2)

#: Who may apply for a Complex (Art. 6 ¶1, TN 6.1): 镇政府(街道办事处)、产业平台.
COMPLEX_APPLICANTS: frozenset[Applicant] = frozenset(
    {Applicant.TOWN_GOVERNMENT, Applicant.SUBDISTRICT_OFFICE, Applicant.INDUSTRIAL_PLATFORM}
)


class ComplexState(LabelledEnum):
    """The states of a Complex (Art. 6-9)."""

    APPLIED = ("applied", "已提出申请", "application submitted")
    IN_CONSULTATION = (
        "in_consultation",
        "论证通过,征求意见中",
        "feasibility review passed, consultation under way",
    )
    APPROVED = ("approved", "已审定,待选定依托单位", "approved, host unit to be selected")
    HOST_UNIT_SELECTED = (
        "host_unit_selected",
        "依托单位已选定,待开始建设周期",
        "host unit selected, round to start",
    )
    UNDER_CONSTRUCTION = ("under_construction", "建设中", "under construction")
    UNITS_REVOKED = (
        "units_revoked",
        "建设单位与依托单位资格已取消,待另行授权委托",
        "units' qualifications revoked, awaiting new units",
    )
    ROUND_COMPLETED = (
        "round_completed",
        "本轮建设期届满,仍列入创建名单",
        "round completed, still on the creation list",
    )
    REJECTED = ("rejected", "未获通过", "rejected")
    ELIMINATED = ("eliminated", "已淘汰,不再列入创建名单", "eliminated, off the creation list")
    CONSTRUCTION_ENDED = ("construction_ended", "建设结束", "construction ended")


class LeadingBodyKind(LabelledEnum):
    """Who leads (牵头) a Complex (Art. 2): an industry association or a platform-type enterprise."""

    INDUSTRY_ASSOCIATION = ("industry_association", "行业协会", "industry association")
    PLATFORM_ENTERPRISE = ("platform_enterprise", "平台型企业", "platform-type enterprise")


# --- facts ---------------------------------------------------------------------------


@attrs.frozen
class Party:
    """An applicant of a Complex: its kind (Art. 6 ¶1) and name."""

    kind: Applicant
    name: str


@attrs.frozen
class LeadingBody:
    """The body leading the Complex (Art. 2), recorded as given (TN 2.1, TN 20)."""

    kind: LeadingBodyKind
    name: str


@attrs.frozen
class Opinion:
    """The opinion of one task-group unit solicited under Art. 6 ¶1."""

    unit: TaskGroupUnit
    text: str
    on: date


@attrs.frozen
class ComplexFacts:
    """What is known of a Complex: the application's facts and the current round.

    Attributes:
        industry: the field of construction (Art. 5), as named in the application.
        leading_body: the industry association or platform-type enterprise (Art. 2).
        applicants: the applicants (Art. 6 ¶1).
        plan: the construction plan (Annex 1).
        field_meets_criteria: the feasibility reviewer's finding on Art. 5 (None before).
        opinions: the opinions solicited so far (Art. 6 ¶1), in order.
        construction_units: the construction unit(s) in office (the approved applicants,
            TN 6.3, or the units authorised after a revocation).
        host_unit: the host unit in office (Art. 7), None before selection or after a
            revocation.
        level: the recognised level (Cixi unless recognised higher, TN 8.8).
        round: the running (or last) five-year round, half-open.
        rounds: how many rounds have started.
        targets: the five-year targets of the round (Art. 8).
        earliest_round_start: the first day a next round may start.
        planned_years: the years whose annual work plan the units in office reported.
        appraisal: the core indicators of the last end-of-round appraisal (Art. 9).
    """

    industry: str
    leading_body: LeadingBody
    applicants: tuple[Party, ...]
    plan: ComplexPlan
    field_meets_criteria: bool | None = None
    opinions: tuple[Opinion, ...] = ()
    construction_units: tuple[str, ...] = ()
    host_unit: str | None = None
    level: Level = Level.CIXI
    round: Period | None = None
    rounds: int = 0
    targets: str = ""
    earliest_round_start: date | None = None
    planned_years: frozenset[int] = frozenset()
    appraisal: CoreIndicators | None = None


# --- events --------------------------------------------------------------------------


@implements("Art. 6", "Art. 2", "Art. 5", note="the application, its applicants and its plan")
@attrs.frozen
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

    kind = "complex_application"
    label = Label("complex_application", "提出综合体建设申请", "Complex application")

    id: str
    name: str
    applicants: tuple[Party, ...]
    industry: str
    leading_body: LeadingBody
    plan: ComplexPlan


@attrs.frozen
class FeasibilityReview(Event):
    """Art. 6 ¶1: 市科技局对建设方案进行论证 — passed or not, with the Art. 5 finding.

    Attributes:
        passed: whether the plan passed the feasibility review.
        field_meets_criteria: the reviewer's finding that the field is one of large
            scale, many market entities and a high degree of organisation (Art. 5);
            qualitative, recorded, not computed.
        opinion: the review's conclusion, as written.
    """

    kind = "feasibility_review"
    label = Label("feasibility_review", "市科技局论证", "feasibility review by the Bureau")

    passed: bool
    field_meets_criteria: bool
    opinion: str = ""


@attrs.frozen
class ConsultationOpinion(Event):
    """Art. 6 ¶1: 征求创新深化专题组相关职能单位……意见 — one unit's opinion.

    Attributes:
        unit: one of the seven task-group units.
        opinion: the opinion, as written.
    """

    kind = "consultation_opinion"
    label = Label("consultation_opinion", "职能单位意见", "opinion of a task-group unit")

    unit: TaskGroupUnit
    opinion: str


@attrs.frozen
class LeaderReview(Event):
    """Art. 6 ¶1: 报市政府分管领导审定 — approval or rejection by the leader in charge.

    Attributes:
        approved: True for approval, False for rejection.
        remarks: the leader's remarks, as written.
    """

    kind = "leader_review"
    label = Label("leader_review", "市政府分管领导审定", "review by the leader in charge")

    approved: bool
    remarks: str = ""


@attrs.frozen
class HostUnitSelection(Event):
    """Art. 7 ¶1: 综合体依托单位由建设单位公开征集、择优选定,报市科技局.

    ``on`` is the date the selection is reported to the Bureau.

    Attributes:
        host_unit: the selected host unit's name.
        publicly_solicited: whether the host unit was publicly solicited (公开征集).
    """

    kind = "host_unit_selection"
    label = Label("host_unit_selection", "依托单位选定并报市科技局", "host unit selection")

    host_unit: str
    publicly_solicited: bool


@attrs.frozen
class RoundStart(Event):
    """Art. 8 ¶1: 综合体建设周期为五年一轮,建设单位与依托单位在期初提出五年建设目标.

    Attributes:
        start: the first day of the five-year round (期初; open point 8).
        targets: the five-year construction targets, as written.
    """

    kind = "round_start"
    label = Label("round_start", "提出五年建设目标", "start of a five-year round")

    start: date
    targets: str


@attrs.frozen
class AnnualWorkPlan(Event):
    """Art. 8 ¶1: 每年年初提出年度工作计划,报市科技局.

    Attributes:
        year: the calendar year the plan is for.
        plan: the annual work plan, as written.
    """

    kind = "annual_work_plan"
    label = Label("annual_work_plan", "年度工作计划", "annual work plan")

    year: int
    plan: str


@attrs.frozen
class AnnualAssessment(Event):
    """Art. 8 ¶1: 市科技局每年对年度计划目标完成情况组织考核验收 (the Bureau alone, TN 8.1).

    Attributes:
        year: the year whose plan is assessed.
        result: qualified or unqualified.
    """

    kind = "annual_assessment"
    label = Label("annual_assessment", "年度考核验收", "annual assessment")

    year: int
    result: AssessmentResult


@attrs.frozen
class LevelRecognition(Event):
    """Art. 8 ¶2, Art. 9 ¶2: 宁波市级及以上综合体 — the level a Complex is recognised at.

    How a level is obtained is not regulated by the Measures (TN 8.8, open point 16); the
    event records it.

    Attributes:
        level: the level recognised.
    """

    kind = "level_recognition"
    label = Label("level_recognition", "认定级别", "level recognition")

    level: Level


@attrs.frozen
class HigherLevelAnnualEvaluation(Event):
    """Art. 8 ¶2: 宁波市级及以上综合体在上级组织的年度绩效评价 — its grade.

    Attributes:
        year: the year evaluated.
        grade: poor or another grade.
    """

    kind = "higher_level_annual_evaluation"
    label = Label(
        "higher_level_annual_evaluation", "上级年度绩效评价", "higher-level annual evaluation"
    )

    year: int
    grade: PerformanceGrade


@attrs.frozen
class UnitsReassignment(Event):
    """Art. 8: 另行授权委托 — new construction and host units after a revocation (TN 8.3).

    Attributes:
        construction_units: the construction unit(s) newly authorised.
        host_unit: the host unit newly entrusted.
    """

    kind = "units_reassignment"
    label = Label("units_reassignment", "另行授权委托", "reassignment of the units")

    construction_units: tuple[str, ...]
    host_unit: str


@attrs.frozen
class RoundAppraisal(Event):
    """Art. 9 ¶1: 市科技局会同市财政局对建设期届满的综合体实施绩效评估 on the five core indicators.

    Attributes:
        indicators: the values of the five core indicators (exactly five, TN 9.1).
        grade: poor or another grade (the scale is the Bureau's, Art. 22).
    """

    kind = "round_appraisal"
    label = Label("round_appraisal", "建设期满绩效评估", "end-of-round performance appraisal")

    indicators: CoreIndicators
    grade: PerformanceGrade


@attrs.frozen
class HigherLevelExpiryAssessment(Event):
    """Art. 9 ¶2: 宁波市级及以上综合体在上级组织的建设期满考核 (not synchronised, TN 9.5).

    Attributes:
        result: qualified or unqualified.
    """

    kind = "higher_level_expiry_assessment"
    label = Label(
        "higher_level_expiry_assessment",
        "上级建设期满考核",
        "higher-level expiry assessment",
    )

    result: AssessmentResult


# --- guards, conditions and effects --------------------------------------------------
# Guards take (complex or None, event, context) and return True when the event may go on.


def _applicants_named(_: object, e: ComplexApplication, ctx: Context) -> bool:
    return bool(e.applicants)


def _applicants_eligible(_: object, e: ComplexApplication, ctx: Context) -> bool:
    return all(p.kind in COMPLEX_APPLICANTS for p in e.applicants)


def _ineligible(_: object, e: ComplexApplication, ctx: Context) -> dict[str, Param]:
    bad = [p for p in e.applicants if p.kind not in COMPLEX_APPLICANTS]
    return {
        "applicants": Label(
            # Mutation testing, not mutated: the code of a label used only as a reason parameter is never shown
            "applicants",  # pragma: no mutate
            "、".join(f"{p.name}({p.kind.zh})" for p in bad),
            ", ".join(f"{p.name} ({p.kind.en})" for p in bad),
        )
    }


def _create(_: object, e: ComplexApplication, ctx: Context) -> ComplexFacts:
    return ComplexFacts(e.industry, e.leading_body, e.applicants, e.plan)


def _passed(_: object, e: FeasibilityReview, ctx: Context) -> bool:
    return e.passed


def _field_ok(_: object, e: FeasibilityReview, ctx: Context) -> bool:
    return e.field_meets_criteria


def _reviewed(f: ComplexFacts, e: FeasibilityReview, ctx: Context) -> ComplexFacts:
    return evolve(f, field_meets_criteria=e.field_meets_criteria)


def _record_opinion(f: ComplexFacts, e: ConsultationOpinion, ctx: Context) -> ComplexFacts:
    return evolve(f, opinions=(*f.opinions, Opinion(e.unit, e.opinion, e.on)))


def _approved(_: object, e: LeaderReview, ctx: Context) -> bool:
    return e.approved


def _approve(f: ComplexFacts, e: LeaderReview, ctx: Context) -> ComplexFacts:
    return evolve(f, construction_units=tuple(p.name for p in f.applicants))


def _publicly_solicited(_: object, e: HostUnitSelection, ctx: Context) -> bool:
    return e.publicly_solicited


def _select_host(f: ComplexFacts, e: HostUnitSelection, ctx: Context) -> ComplexFacts:
    return evolve(f, host_unit=e.host_unit)


def _has_targets(_: object, e: RoundStart, ctx: Context) -> bool:
    return bool(e.targets.strip())


def _after_last_round(c: Complex, e: RoundStart, ctx: Context) -> bool:
    earliest = c.facts.earliest_round_start
    return earliest is None or e.start >= earliest


def _earliest(c: Complex, e: RoundStart, ctx: Context) -> dict[str, Param]:
    earliest = c.facts.earliest_round_start
    assert earliest is not None  # the guard failed, so there is a bound
    return {"earliest": earliest}


def _start_round(f: ComplexFacts, e: RoundStart, ctx: Context) -> ComplexFacts:
    period = Period.years_from(e.start, ctx.parameters.complex_round_years)
    return evolve(
        f,
        round=period,
        rounds=f.rounds + 1,
        targets=e.targets,
        earliest_round_start=period.end,
        planned_years=frozenset(),
    )


def _round_of(c: Complex) -> Period:
    period = c.facts.round
    assert period is not None  # every state that plans or assesses has a round
    return period


def _year_in_round(c: Complex, e: AnnualWorkPlan, ctx: Context) -> bool:
    period = _round_of(c)
    return period.start.year <= e.year <= period.last_day.year


def _round_params(c: Complex, e: object, ctx: Context) -> dict[str, Param]:
    period = _round_of(c)
    return {"start": period.start, "end": period.end}


def _plan_year(f: ComplexFacts, e: AnnualWorkPlan, ctx: Context) -> ComplexFacts:
    return evolve(f, planned_years=f.planned_years | {e.year})


def _plan_reported(c: Complex, e: AnnualAssessment, ctx: Context) -> bool:
    return e.year in c.facts.planned_years


def _qualified(_: object, e: AnnualAssessment | HigherLevelExpiryAssessment, ctx: Context) -> bool:
    return e.result is AssessmentResult.QUALIFIED


def _poor(_: object, e: HigherLevelAnnualEvaluation | RoundAppraisal, ctx: Context) -> bool:
    return e.grade is PerformanceGrade.POOR


def _ningbo_or_above(c: Complex, e: object, ctx: Context) -> bool:
    return c.facts.level.ningbo_or_above


def _level(c: Complex, e: object, ctx: Context) -> dict[str, Param]:
    return {"level": c.facts.level}


def _revoke(f: ComplexFacts, e: object, ctx: Context) -> ComplexFacts:
    return evolve(f, construction_units=(), host_unit=None, planned_years=frozenset())


def _recognise(f: ComplexFacts, e: LevelRecognition, ctx: Context) -> ComplexFacts:
    return evolve(f, level=e.level)


def _units_named(_: object, e: UnitsReassignment, ctx: Context) -> bool:
    return bool(e.construction_units) and all(u.strip() for u in e.construction_units)


def _continue_round(_: object, e: UnitsReassignment, ctx: Context) -> bool:
    return ctx.readings.reassignment is ReassignmentReading.CONTINUE_ROUND


def _reassign(f: ComplexFacts, e: UnitsReassignment, ctx: Context) -> ComplexFacts:
    return evolve(f, construction_units=e.construction_units, host_unit=e.host_unit)


def _reassign_for_new_round(f: ComplexFacts, e: UnitsReassignment, ctx: Context) -> ComplexFacts:
    return evolve(
        f,
        construction_units=e.construction_units,
        host_unit=e.host_unit,
        earliest_round_start=e.on,
    )


def _round_expired(c: Complex, e: RoundAppraisal, ctx: Context) -> bool:
    return e.on >= _round_of(c).end


def _stays_on_list(_: object, e: RoundAppraisal, ctx: Context) -> bool:
    return ctx.readings.after_appraisal is AppraisalOutcomeReading.STAYS_ON_LIST


def _appraise(f: ComplexFacts, e: RoundAppraisal, ctx: Context) -> ComplexFacts:
    return evolve(f, appraisal=e.indicators)


# --- the table -----------------------------------------------------------------------

S = ComplexState

_APPLICANTS_GUARDS = (
    Guard(
        _applicants_named,
        (ART_6,),
        zh="申请须由至少一个申请单位提出。",
        en="an application needs at least one applicant.",
    ),
    Guard(
        _applicants_eligible,
        (ART_6,),
        zh="{applicants}不能申请综合体建设:申请单位为镇政府(街道办事处)、产业平台。",
        en="{applicants} may not apply for a Complex: the applicants are town governments "
        "(sub-district offices) and industrial platforms.",
        details=_ineligible,
    ),
)
_FIELD_GUARD = Guard(
    _field_ok,
    (ART_5,),
    zh="论证认定建设领域不符合第五条条件,方案不能论证通过。",
    en="the review found that the field does not meet the criteria of Art. 5, so the plan "
    "cannot pass.",
)
_ONCE_PER_UNIT = Guard(
    not_consulted_yet,
    (ART_6,),
    zh="{unit}的意见已记录。",
    en="the opinion of the {unit} has already been recorded.",
)
_CONSULTED = Guard(
    consultation_complete,
    (ART_6,),
    zh="征求意见尚未完成({reading}):尚未收到{missing}的意见;报市政府分管领导审定须在征求意见之后。",
    en="the consultation is not complete ({reading}): no opinion yet from {missing}; "
    "the leader in charge reviews the plan only after the opinions are solicited.",
    details=consultation_gap,
)
_SOLICITED = Guard(
    _publicly_solicited,
    (ART_7,),
    zh="依托单位{host_unit}未经公开征集,不能选定。",
    en="the host unit {host_unit} was not publicly solicited, so it cannot be selected.",
)
_TARGETS = Guard(
    _has_targets,
    (ART_8,),
    zh="期初须提出五年建设目标。",
    en="the five-year construction targets must be put forward at the start of the round.",
)
_NOT_BEFORE = Guard(
    _after_last_round,
    (ART_8,),
    zh="新一轮建设周期最早自{earliest}开始,不能自{start}开始。",
    en="the next round can start on {earliest} at the earliest, not on {start}.",
    details=_earliest,
)
_IN_ROUND = Guard(
    _year_in_round,
    (ART_8,),
    zh="{year}年不在本轮建设周期[{start}, {end})内。",
    en="{year} is not a year of the round [{start}, {end}).",
    details=_round_params,
)
_PLANNED = Guard(
    _plan_reported,
    (ART_8,),
    zh="现任建设单位与依托单位未报送{year}年度工作计划,无从考核年度计划目标完成情况。",
    en="no annual work plan for {year} has been reported by the units in office, so the "
    "completion of its targets cannot be assessed.",
)
_NINGBO_ANNUAL = Guard(
    _ningbo_or_above,
    (ART_8_2,),
    zh="该综合体为{level}综合体,上级年度绩效评价仅适用于宁波市级及以上综合体。",
    en="the Complex is at {level}; the higher-level annual performance evaluation applies "
    "only to Complexes at Ningbo municipal level or above.",
    details=_level,
)
_NINGBO_EXPIRY = Guard(
    _ningbo_or_above,
    (ART_9_2,),
    zh="该综合体为{level}综合体,上级建设期满考核仅适用于宁波市级及以上综合体。",
    en="the Complex is at {level}; the higher-level expiry assessment applies only to "
    "Complexes at Ningbo municipal level or above.",
    details=_level,
)
_UNITS_NAMED = Guard(
    _units_named,
    (ART_8,),
    zh="另行授权委托须指明新的建设单位。",
    en="the reassignment must name the newly authorised construction unit(s).",
)
_EXPIRED = Guard(
    _round_expired,
    (ART_9,),
    zh="建设期尚未届满:本轮[{start}, {end})于{end}届满,绩效评估在届满后进行。",
    en="the construction period has not expired: the round [{start}, {end}) expires on "
    "{end}, and the appraisal comes after its expiry.",
    details=_round_params,
)

_QUALIFIED = Label("qualified", "结果为“合格”", "result qualified")
_UNQUALIFIED = Label("unqualified", "结果为“不合格”", "result unqualified")
_POOR = Label("poor", "结果为“差”", "result poor")
_NOT_POOR = Label("not_poor", "结果非“差”", "result not poor")


def _level_loops() -> list[Transition[ComplexState]]:
    return [
        Transition(
            state,
            LevelRecognition,
            state,
            (ART_8_2, ART_9_2),
            zh="{on}认定为{level}综合体。",
            en="On {on} the Complex is recognised at {level}.",
            effect=_recognise,
            outcome=Label("level_recognised", "级别已认定", "level recognised"),
        )
        for state in (
            S.APPROVED,
            S.HOST_UNIT_SELECTED,
            S.UNDER_CONSTRUCTION,
            S.UNITS_REVOKED,
            S.ROUND_COMPLETED,
        )
    ]


def _expiry_rows() -> list[Transition[ComplexState]]:
    rows: list[Transition[ComplexState]] = []
    for state in (S.HOST_UNIT_SELECTED, S.UNDER_CONSTRUCTION, S.UNITS_REVOKED, S.ROUND_COMPLETED):
        rows.append(
            Transition(
                state,
                HigherLevelExpiryAssessment,
                S.ELIMINATED,
                (ART_9_2,),
                zh="{on}上级组织的建设期满考核结果为“不合格”,综合体予以淘汰,不再列入创建名单。",
                en="On {on} the higher-level expiry assessment is unqualified: the Complex is "
                "eliminated and no longer on the creation list.",
                # Mutation testing: _qualified reads only the event: passing None for the entity or the context is equivalent
                when=lambda c, e, ctx: not _qualified(c, e, ctx),
                when_label=_UNQUALIFIED,
                guards=(_NINGBO_EXPIRY,),
                consequences=(Consequence.ELIMINATE,),
                outcome=Label("eliminated", "予以淘汰", "eliminated"),
            )
        )
        rows.append(
            Transition(
                state,
                HigherLevelExpiryAssessment,
                state,
                (ART_9_2,),
                zh="{on}上级组织的建设期满考核结果为“合格”;本办法对此未规定后果,予以记录。",
                en="On {on} the higher-level expiry assessment is qualified; the Measures "
                "attach no consequence to it, and it is recorded.",
                when_label=_QUALIFIED,
                guards=(_NINGBO_EXPIRY,),
                outcome=Label("recorded", "予以记录", "recorded"),
            )
        )
    return rows


_TRANSITIONS: list[Transition[ComplexState]] = [
    Transition(
        None,
        ComplexApplication,
        S.APPLIED,
        (ART_6, ART_2, ART_5),
        zh="{on}提出{name}建设申请({industry}领域),附建设方案(附件1)。",
        en="On {on} the construction of {name} ({industry}) is applied for, with its "
        "construction plan (Annex 1).",
        guards=_APPLICANTS_GUARDS,
        effect=_create,
        outcome=Label("applied", "申请已受理", "application received"),
    ),
    Transition(
        S.APPLIED,
        FeasibilityReview,
        S.IN_CONSULTATION,
        (ART_6, ART_5),
        zh="{on}市科技局论证通过,建设领域符合第五条;征求创新深化专题组相关职能单位意见。",
        en="On {on} the plan passes the Bureau's feasibility review and the field meets "
        "Art. 5; the opinions of the task-group units are solicited.",
        when=_passed,
        when_label=Label("passed", "论证通过", "passed"),
        guards=(_FIELD_GUARD,),
        effect=_reviewed,
        outcome=Label("review_passed", "论证通过", "feasibility review passed"),
    ),
    Transition(
        S.APPLIED,
        FeasibilityReview,
        S.REJECTED,
        (ART_6,),
        zh="{on}市科技局论证未通过,申请不予通过。",
        en="On {on} the plan does not pass the Bureau's feasibility review; the application "
        "is rejected.",
        when_label=Label("not_passed", "论证未通过", "not passed"),
        effect=_reviewed,
        outcome=Label("rejected", "不予通过", "rejected"),
    ),
    Transition(
        S.IN_CONSULTATION,
        ConsultationOpinion,
        S.IN_CONSULTATION,
        (ART_6,),
        zh="{on}{unit}提出意见。",
        en="On {on} the {unit} gives its opinion.",
        guards=(_ONCE_PER_UNIT,),
        effect=_record_opinion,
        outcome=Label("opinion_recorded", "意见已记录", "opinion recorded"),
    ),
    Transition(
        S.IN_CONSULTATION,
        LeaderReview,
        S.APPROVED,
        (ART_6,),
        zh="{on}市政府分管领导审定通过;申请单位为建设单位。",
        en="On {on} the leader in charge approves the Complex; the applicants are its "
        "construction unit.",
        when=_approved,
        when_label=Label("approved", "审定通过", "approved"),
        guards=(_CONSULTED,),
        effect=_approve,
        outcome=Label("approved", "审定通过", "approved"),
    ),
    Transition(
        S.IN_CONSULTATION,
        LeaderReview,
        S.REJECTED,
        (ART_6,),
        zh="{on}市政府分管领导审定未通过。",
        en="On {on} the leader in charge does not approve the Complex.",
        when_label=Label("not_approved", "审定未通过", "not approved"),
        guards=(_CONSULTED,),
        outcome=Label("rejected", "不予通过", "rejected"),
    ),
    Transition(
        S.APPROVED,
        HostUnitSelection,
        S.HOST_UNIT_SELECTED,
        (ART_7,),
        zh="建设单位公开征集、择优选定依托单位{host_unit},{on}报市科技局。",
        en="The construction unit publicly solicited and selected {host_unit} as host unit "
        "on merit, reported to the Bureau on {on}.",
        guards=(_SOLICITED,),
        effect=_select_host,
        outcome=Label("host_unit_selected", "依托单位已选定", "host unit selected"),
    ),
    Transition(
        S.HOST_UNIT_SELECTED,
        RoundStart,
        S.UNDER_CONSTRUCTION,
        (ART_8,),
        zh="{on}建设单位与依托单位提出五年建设目标,建设周期自{start}起五年一轮。",
        en="On {on} the construction unit and host unit put forward five-year targets; "
        "the round runs five years from {start}.",
        guards=(_TARGETS, _NOT_BEFORE),
        effect=_start_round,
        outcome=Label("round_started", "建设周期开始", "round started"),
    ),
    Transition(
        S.ROUND_COMPLETED,
        RoundStart,
        S.UNDER_CONSTRUCTION,
        (ART_8,),
        zh="{on}提出新一轮五年建设目标,建设周期自{start}起五年一轮。",
        en="On {on} the five-year targets of a new round are put forward; the round runs "
        "five years from {start}.",
        guards=(_TARGETS, _NOT_BEFORE),
        effect=_start_round,
        outcome=Label("round_started", "建设周期开始", "round started"),
    ),
    Transition(
        S.UNDER_CONSTRUCTION,
        AnnualWorkPlan,
        S.UNDER_CONSTRUCTION,
        (ART_8,),
        zh="{on}报送{year}年度工作计划。",
        en="On {on} the annual work plan for {year} is reported to the Bureau.",
        guards=(_IN_ROUND,),
        effect=_plan_year,
        outcome=Label("plan_reported", "年度工作计划已报送", "annual work plan reported"),
    ),
    Transition(
        S.UNDER_CONSTRUCTION,
        AnnualAssessment,
        S.UNDER_CONSTRUCTION,
        (ART_8,),
        zh="{on}市科技局对{year}年度计划目标完成情况的考核验收结果为“合格”,建设单位与依托单位资格予以保留。",
        en="On {on} the Bureau's assessment of the {year} annual plan is qualified: the "
        "qualifications of the construction unit and the host unit are retained.",
        when=_qualified,
        when_label=_QUALIFIED,
        guards=(_PLANNED,),
        consequences=(Consequence.RETAIN_QUALIFICATION,),
        outcome=Label("qualifications_retained", "资格予以保留", "qualifications retained"),
    ),
    Transition(
        S.UNDER_CONSTRUCTION,
        AnnualAssessment,
        S.UNITS_REVOKED,
        (ART_8,),
        zh="{on}市科技局对{year}年度计划目标完成情况的考核验收结果为“不合格”,同时取消建设单位与依托单位资格,另行授权委托。",
        en="On {on} the Bureau's assessment of the {year} annual plan is unqualified: the "
        "qualifications of the construction unit and the host unit are revoked at the same "
        "time, and new units are to be authorised and entrusted.",
        when_label=_UNQUALIFIED,
        guards=(_PLANNED,),
        effect=_revoke,
        consequences=(Consequence.REVOKE_QUALIFICATION, Consequence.REASSIGN_UNITS),
        outcome=Label("qualifications_revoked", "取消资格,另行授权委托", "qualifications revoked"),
    ),
    Transition(
        S.UNDER_CONSTRUCTION,
        HigherLevelAnnualEvaluation,
        S.UNITS_REVOKED,
        (ART_8_2,),
        zh="{on}上级组织的{year}年度绩效评价结果为“差”,提前取消建设单位与依托单位资格,另行授权委托。",
        en="On {on} the higher-level annual performance evaluation for {year} is poor: the "
        "qualifications of the construction unit and the host unit are revoked early, and "
        "new units are to be authorised and entrusted.",
        when=_poor,
        when_label=_POOR,
        guards=(_NINGBO_ANNUAL,),
        effect=_revoke,
        consequences=(Consequence.REVOKE_QUALIFICATION_EARLY, Consequence.REASSIGN_UNITS),
        outcome=Label(
            "qualifications_revoked_early",
            "提前取消资格,另行授权委托",
            "qualifications revoked early",
        ),
    ),
    Transition(
        S.UNDER_CONSTRUCTION,
        HigherLevelAnnualEvaluation,
        S.UNDER_CONSTRUCTION,
        (ART_8_2,),
        zh="{on}上级组织的{year}年度绩效评价结果非“差”;本办法对此未规定后果,予以记录。",
        en="On {on} the higher-level annual performance evaluation for {year} is not poor; "
        "the Measures attach no consequence to it, and it is recorded.",
        when_label=_NOT_POOR,
        guards=(_NINGBO_ANNUAL,),
        outcome=Label("recorded", "予以记录", "recorded"),
    ),
    Transition(
        S.UNITS_REVOKED,
        UnitsReassignment,
        S.UNDER_CONSTRUCTION,
        (ART_8,),
        zh="{on}另行授权委托新的建设单位与依托单位{host_unit},继续本轮建设。",
        en="On {on} new units are authorised and entrusted (host unit {host_unit}); they "
        "continue the running round.",
        when=_continue_round,
        when_label=Label("continue_round", "继续本轮", "continue the round"),
        guards=(_UNITS_NAMED,),
        effect=_reassign,
        outcome=Label("units_reassigned", "另行授权委托", "units reassigned"),
    ),
    Transition(
        S.UNITS_REVOKED,
        UnitsReassignment,
        S.HOST_UNIT_SELECTED,
        (ART_8,),
        zh="{on}另行授权委托新的建设单位与依托单位{host_unit},由其重新提出五年建设目标。",
        en="On {on} new units are authorised and entrusted (host unit {host_unit}); they "
        "are to put forward five-year targets for a new round.",
        when_label=Label("new_round", "开始新一轮", "new round"),
        guards=(_UNITS_NAMED,),
        effect=_reassign_for_new_round,
        outcome=Label("units_reassigned", "另行授权委托", "units reassigned"),
    ),
    Transition(
        S.UNDER_CONSTRUCTION,
        RoundAppraisal,
        S.ELIMINATED,
        (ART_9,),
        zh="{on}市科技局会同市财政局对建设期届满的综合体实施绩效评估,结果为“差”,予以淘汰,不再列入创建名单。",
        en="On {on} the Bureau and the Finance Bureau appraise the Complex whose "
        "construction period has expired, on the five core indicators: poor, so it is "
        "eliminated and no longer on the creation list.",
        when=_poor,
        when_label=_POOR,
        guards=(_EXPIRED,),
        effect=_appraise,
        consequences=(Consequence.ELIMINATE,),
        outcome=Label("eliminated", "予以淘汰", "eliminated"),
    ),
    Transition(
        S.UNDER_CONSTRUCTION,
        RoundAppraisal,
        S.ROUND_COMPLETED,
        (ART_9,),
        zh="{on}绩效评估结果非“差”;本办法未规定其后果,按“继续列入创建名单、可开始下一轮建设”的理解处理。",
        en="On {on} the end-of-round appraisal is not poor; the Measures state no "
        "consequence, and under the reading taken the Complex stays on the creation list "
        "and may start a next round.",
        when=_stays_on_list,
        when_label=Label(
            "not_poor_stays", "结果非“差”(继续列入名单)", "not poor (stays on the list)"
        ),
        guards=(_EXPIRED,),
        effect=_appraise,
        outcome=Label("round_completed", "本轮建设期届满", "round completed"),
    ),
    Transition(
        S.UNDER_CONSTRUCTION,
        RoundAppraisal,
        S.CONSTRUCTION_ENDED,
        (ART_9,),
        zh="{on}绩效评估结果非“差”;本办法未规定其后果,按“本轮届满、综合体建设结束”的理解处理。",
        en="On {on} the end-of-round appraisal is not poor; the Measures state no "
        "consequence, and under the reading taken the Complex's construction ends.",
        when_label=Label("not_poor_ends", "结果非“差”(建设结束)", "not poor (construction ends)"),
        guards=(_EXPIRED,),
        effect=_appraise,
        outcome=Label("construction_ended", "建设结束", "construction ended"),
    ),
    *_level_loops(),
    *_expiry_rows(),
]

#: The lifecycle of a Complex (Art. 5-9), checked when this module is imported.
COMPLEX_LIFECYCLE: Lifecycle[ComplexState, ComplexFacts] = Lifecycle(
    name="complex",
    label=Label("complex", "产业创新服务综合体", "industrial innovation service complex"),
    states=ComplexState,
    finals={S.REJECTED, S.ELIMINATED, S.CONSTRUCTION_ENDED},
    transitions=_TRANSITIONS,
)

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
@attrs.frozen
class Complex(Entity[ComplexState, ComplexFacts]):
    """Art. 5-9: an industrial innovation service complex (产业创新服务综合体) through its lifecycle.

    第八条 综合体建设周期为五年一轮…… 第九条 综合体实施以绩效为导向的淘汰机制。

    Create one from its :class:`ComplexApplication` with
    :meth:`~cixi_innovation.lifecycles.engine.Entity.create`, or from a list of events with
    :meth:`~cixi_innovation.lifecycles.engine.Entity.replay`;
    :meth:`~cixi_innovation.lifecycles.engine.Entity.apply` the next event.
    """

    lifecycle = COMPLEX_LIFECYCLE

    @property
    def level(self) -> Level:
        """The recognised level (Cixi unless recognised higher)."""
        return self.facts.level

    @property
    def host_unit(self) -> str | None:
        """The host unit in office, if any (Art. 7)."""
        return self.facts.host_unit

    @property
    def construction_units(self) -> tuple[str, ...]:
        """The construction unit(s) in office, if any (Art. 6, TN 6.3)."""
        return self.facts.construction_units

    @property
    def round(self) -> Period | None:
        """The running (or last) five-year round, half-open (Art. 8)."""
        return self.facts.round

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
