"""Chapter 3 Enterprise Innovation Consortia (第三章 企业创新联合体): Art. 12-15.

The lifecycle of a Consortium, from the chain-leader enterprise's application to the
final acceptance of a three-year cultivation cycle, as one checked table
(:data:`CONSORTIUM_LIFECYCLE`) and the entity :class:`Consortium`.  The policy subsidies
of Art. 16 are computed elsewhere (:mod:`cixi_innovation.rules.consortium_support`) from the
predicates kept here: :meth:`Consortium.in_cultivation`,
:attr:`Consortium.cultivation_period` and :attr:`Consortium.revoked_on`.

=============================  ======================================  ==================
event (kind)                   what happens                            provision
=============================  ======================================  ==================
``consortium_application``     the chain-leader enterprise applies,    Art. 13, Art. 15,
                               with its plan (Annex 2) and its         Annex 2
                               three-year cultivation targets
``expert_review``              the Bureau's expert review, with the    Art. 13, Art. 12,
                               findings on Art. 12 and Art. 14:        Art. 14
                               passed → consultation, else rejected
``consultation_opinion``       one task-group unit's opinion           Art. 13 (Art. 6)
``leader_review``              the leader in charge approves/rejects,  Art. 13
                               only once consultation is complete
``cultivation_start``          a three-year cycle [s, s+3y) starts     Art. 15
``annual_plan``                the plan of one year, with the four     Art. 15
                               items of Art. 15
``cultivation_acceptance``     at expiry, by the Bureau and the        Art. 15
                               Finance Bureau: qualified → retained;
                               unqualified → revoked
=============================  ======================================  ==================

Readings (see :mod:`cixi_innovation.law.readings`): all seven task-group units are
consulted (TN 6.2, TN 13.1); the cycle starts on the date of an explicit
``cultivation_start`` event (open point 8; the other reading starts it on the day of
approval); a retained qualification lets a further three-year round start (TN 15.3,
open point 12; the other reading ends cultivation).  Other choices made where the text
is silent:

* the niche track (Art. 12) and the chain-leader conditions (Art. 14) are qualitative:
  the expert review records the reviewers' findings, and a review that finds a
  condition not met cannot pass the application;
* there is no annual assessment of a Consortium (TN 15.2): annual plans are reported
  and checked only for the four items Art. 15 requires, and the only assessment is the
  final acceptance at the expiry of the cycle;
* a revoked qualification is final: the Measures state no way back.

>>> from datetime import date
>>> from cixi_innovation.values.vocabulary import AssessmentResult
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

import attrs

from cixi_innovation.law.readings import CultivationStartReading, RetainedQualificationReading
from cixi_innovation.law.registry import implements
from cixi_innovation.lifecycles.consultation import (
    consultation_complete,
    consultation_gap,
    not_consulted_yet,
)
from cixi_innovation.lifecycles.engine import Entity, Lifecycle
from cixi_innovation.lifecycles.events import Event
from cixi_innovation.lifecycles.plans import (
    ApplicantConditions,
    ConsortiumPlan,
    CultivationTargets,
    IndustrialFoundation,
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
    TaskGroupUnit,
)

__all__ = [
    "CONSORTIUM_LIFECYCLE",
    "AnnualPlan",
    "ChainLeaderFindings",
    "ConditionFinding",
    "Consortium",
    "ConsortiumApplication",
    "ConsortiumFacts",
    "ConsortiumLeaderReview",
    "ConsortiumOpinion",
    "ConsortiumState",
    "CultivationAcceptance",
    "CultivationStart",
    "ExpertReview",
    "example_events",
]

ART_6 = Citation.article(6)
ART_12 = Citation.article(12)
ART_13 = Citation.article(13)
ART_14 = Citation.article(14)
ART_15 = Citation.article(15)


class ConsortiumState(LabelledEnum):
    """The states of a Consortium (Art. 13-15)."""

    APPLIED = ("applied", "已提出申请", "application submitted")
    IN_CONSULTATION = (
        "in_consultation",
        "专家评审通过,征求意见中",
        "expert review passed, consultation under way",
    )
    APPROVED = ("approved", "已审定,待开始培育", "approved, cultivation to start")
    IN_CULTIVATION = ("in_cultivation", "培育中", "in cultivation")
    QUALIFICATION_RETAINED = (
        "qualification_retained",
        "培育资格予以保留,可开始新一轮培育",
        "cultivation qualification retained, a further round may start",
    )
    REJECTED = ("rejected", "未获通过", "rejected")
    QUALIFICATION_REVOKED = (
        "qualification_revoked",
        "已取消培育资格",
        "cultivation qualification revoked",
    )
    CULTIVATION_ENDED = (
        "cultivation_ended",
        "培育资格予以保留,培育结束",
        "cultivation qualification retained, cultivation ended",
    )


# --- findings ------------------------------------------------------------------------


@attrs.frozen
class ConditionFinding:
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
@attrs.frozen
class ChainLeaderFindings:
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


# --- facts ---------------------------------------------------------------------------


@attrs.frozen
class ConsortiumFacts:
    """What is known of a Consortium: the application's facts and its cultivation rounds.

    Attributes:
        enterprise: the chain-leader enterprise that applied (Art. 13).
        plan: the construction plan (Annex 2), with the three-year cultivation targets
            committed at application (Art. 15).
        niche_track: the reviewers' finding on the field (Art. 12), None before review.
        findings: the reviewers' findings on Art. 14, None before review.
        opinions: the opinions solicited so far (Art. 13), in order.
        rounds: every cultivation cycle started, oldest first, each half-open.
        planned_years: the years of the current round whose annual plan was reported.
        revoked_on: the date the cultivation qualification was revoked, if it was.
    """

    enterprise: str
    plan: ConsortiumPlan
    niche_track: bool | None = None
    findings: ChainLeaderFindings | None = None
    opinions: tuple[ConsortiumOpinion, ...] = ()
    rounds: tuple[Period, ...] = ()
    planned_years: frozenset[int] = frozenset()
    revoked_on: date | None = None


# --- events --------------------------------------------------------------------------


@implements("Art. 13", "Art. 15", note="the application, its applicant, plan and targets")
@attrs.frozen
class ConsortiumApplication(Event):
    """Art. 13: 联合体由链主型企业提出申请(联合体建设方案提纲见附件2).

    The plan carries the three-year cultivation targets committed at application
    (Art. 15: "链主型企业根据申报时承诺的三年培育目标"), which must include the four
    items of Art. 15; a plan missing a section is refused when it is built
    (:class:`~cixi_innovation.lifecycles.plans.MissingSectionError`).

    Attributes:
        id: the Consortium's identifier.
        name: the Consortium's name.
        applicant: the kind of applicant; only a chain-leader enterprise may apply.
        enterprise: the applicant enterprise's name.
        plan: the construction plan, after the outline of Annex 2.
    """

    kind = "consortium_application"
    label = Label("consortium_application", "提出联合体建设申请", "Consortium application")

    id: str
    name: str
    applicant: Applicant
    enterprise: str
    plan: ConsortiumPlan


@attrs.frozen
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

    kind = "expert_review"
    label = Label("expert_review", "市科技局组织专家评审", "expert review organised by the Bureau")

    passed: bool
    niche_track: bool
    findings: ChainLeaderFindings
    opinion: str = ""


@attrs.frozen
class ConsortiumOpinion(Event):
    """Art. 13: 征求创新深化专题组相关职能单位意见 — one unit's opinion.

    The units are not enumerated in Art. 13; they are read as the seven of Art. 6
    (TN 13.1), and which of them must give an opinion follows the consultation reading.

    Attributes:
        unit: one of the seven task-group units.
        opinion: the opinion, as written.
    """

    kind = "consultation_opinion"
    label = Label("consultation_opinion", "职能单位意见", "opinion of a task-group unit")

    unit: TaskGroupUnit
    opinion: str


@attrs.frozen
class ConsortiumLeaderReview(Event):
    """Art. 13: 报市政府分管领导审定 — approval or rejection by the leader in charge.

    Attributes:
        approved: True for approval, False for rejection.
        remarks: the leader's remarks, as written.
    """

    kind = "leader_review"
    label = Label("leader_review", "市政府分管领导审定", "review by the leader in charge")

    approved: bool
    remarks: str = ""


@attrs.frozen
class CultivationStart(Event):
    """Art. 15: 联合体培育周期为三年一轮 — a cultivation cycle starts on ``on``.

    The Measures do not say when cultivation starts (open point 8): under the default
    reading the start is this explicit event, dated on the first day of the cycle.  It
    also starts a further round after a retained qualification (TN 15.3).
    """

    kind = "cultivation_start"
    label = Label("cultivation_start", "培育周期开始", "start of a cultivation cycle")


@implements("Art. 15", note="the four required items of the annual plan")
@attrs.frozen
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

    kind = "annual_plan"
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


@attrs.frozen
class CultivationAcceptance(Event):
    """Art. 15: 培育周期届满,市科技局会同市财政局……组织考核验收.

    Attributes:
        result: qualified (the cultivation qualification is retained) or unqualified
            (it is revoked).
    """

    kind = "cultivation_acceptance"
    label = Label(
        "cultivation_acceptance", "培育期满考核验收", "acceptance check at the end of cultivation"
    )

    result: AssessmentResult


# --- guards, conditions and effects --------------------------------------------------
# Guards take (consortium or None, event, context) and return True when the event may go on.


def _chain_leader(_: object, e: ConsortiumApplication, ctx: Context) -> bool:
    return e.applicant is Applicant.CHAIN_LEADER_ENTERPRISE


def _enterprise_named(_: object, e: ConsortiumApplication, ctx: Context) -> bool:
    return bool(e.enterprise.strip())


def _create(_: object, e: ConsortiumApplication, ctx: Context) -> ConsortiumFacts:
    return ConsortiumFacts(e.enterprise, e.plan)


def _passed(_: object, e: ExpertReview, ctx: Context) -> bool:
    return e.passed


def _niche_track(_: object, e: ExpertReview, ctx: Context) -> bool:
    return e.niche_track


def _conditions_met(_: object, e: ExpertReview, ctx: Context) -> bool:
    return not e.findings.unmet()


def _unmet(_: object, e: ExpertReview, ctx: Context) -> dict[str, Param]:
    unmet = e.findings.unmet()
    # Mutation testing: the code of a label used only as a reason parameter is never shown
    return {"unmet": Label("unmet", "、".join(u.zh for u in unmet), ", ".join(u.en for u in unmet))}


def _reviewed(f: ConsortiumFacts, e: ExpertReview, ctx: Context) -> ConsortiumFacts:
    return evolve(f, niche_track=e.niche_track, findings=e.findings)


def _record_opinion(f: ConsortiumFacts, e: ConsortiumOpinion, ctx: Context) -> ConsortiumFacts:
    return evolve(f, opinions=(*f.opinions, e))


def _approved(_: object, e: ConsortiumLeaderReview, ctx: Context) -> bool:
    return e.approved


def _approved_and_starts(_: object, e: ConsortiumLeaderReview, ctx: Context) -> bool:
    return e.approved and ctx.readings.cultivation_start is CultivationStartReading.APPROVAL_DATE


def _start_round(f: ConsortiumFacts, e: Event, ctx: Context) -> ConsortiumFacts:
    period = Period.years_from(e.on, ctx.parameters.consortium_cycle_years)
    return evolve(f, rounds=(*f.rounds, period), planned_years=frozenset())


def _new_round(c: Consortium | None, e: Event, ctx: Context) -> dict[str, Param]:
    period = Period.years_from(e.on, ctx.parameters.consortium_cycle_years)
    # Mutation testing: c is never None (no creating transition has these details), so mutants of the first branch are equivalent
    number = 1 if c is None else len(c.facts.rounds) + 1
    return {"start": period.start, "end": period.end, "last": period.last_day, "round": number}


def _round_of(c: Consortium) -> Period:
    rounds = c.facts.rounds
    assert rounds  # every state that plans or accepts has a round
    return rounds[-1]


def _year_in_round(c: Consortium, e: AnnualPlan, ctx: Context) -> bool:
    period = _round_of(c)
    return period.start.year <= e.year <= period.last_day.year


def _round_params(c: Consortium, e: object, ctx: Context) -> dict[str, Param]:
    period = _round_of(c)
    return {"start": period.start, "end": period.end}


def _plan_complete(_: object, e: AnnualPlan, ctx: Context) -> bool:
    return not e.missing()


def _plan_gap(_: object, e: AnnualPlan, ctx: Context) -> dict[str, Param]:
    missing = e.missing()
    return {
        "missing": Label(
            # Mutation testing: the code of a label used only as a reason parameter is never shown
            "missing",
            "、".join(m.zh for m in missing),
            ", ".join(m.en for m in missing),
        )
    }


def _plan_year(f: ConsortiumFacts, e: AnnualPlan, ctx: Context) -> ConsortiumFacts:
    return evolve(f, planned_years=f.planned_years | {e.year})


def _cycle_expired(c: Consortium, e: CultivationAcceptance, ctx: Context) -> bool:
    return e.on >= _round_of(c).end


def _unqualified(_: object, e: CultivationAcceptance, ctx: Context) -> bool:
    return e.result is AssessmentResult.UNQUALIFIED


def _further_round(_: object, e: CultivationAcceptance, ctx: Context) -> bool:
    return ctx.readings.after_cultivation is RetainedQualificationReading.FURTHER_ROUND


def _revoke(f: ConsortiumFacts, e: CultivationAcceptance, ctx: Context) -> ConsortiumFacts:
    return evolve(f, revoked_on=e.on)


# --- the table -----------------------------------------------------------------------

S = ConsortiumState

_APPLICANT_GUARDS = (
    Guard(
        _chain_leader,
        (ART_13,),
        zh="{enterprise}({applicant})不能申请联合体建设:联合体由链主型企业提出申请。",
        en="{enterprise} ({applicant}) may not apply for a Consortium: a Consortium is "
        "applied for by a chain-leader enterprise.",
    ),
    Guard(
        _enterprise_named,
        (ART_13,),
        zh="申请须写明提出申请的链主型企业。",
        en="the application must name the chain-leader enterprise that applies.",
    ),
)
_NICHE_TRACK = Guard(
    _niche_track,
    (ART_12,),
    zh="评审认定建设领域不属于配套基础好、技术优势强、成长潜力大的细分赛道,申请不能评审通过。",
    en="the review found that the field is not a niche track with a good supporting base, "
    "strong technological advantages and great growth potential, so the application cannot "
    "pass.",
)
_CONDITIONS_GUARD = Guard(
    _conditions_met,
    (ART_14,),
    zh="评审认定申请企业不符合链主型企业条件({unmet}),申请不能评审通过。",
    en="the review found that the applicant enterprise does not meet the conditions of a "
    "chain-leader enterprise ({unmet}), so the application cannot pass.",
    details=_unmet,
)
_ONCE_PER_UNIT = Guard(
    not_consulted_yet,
    (ART_13,),
    zh="{unit}的意见已记录。",
    en="the opinion of the {unit} has already been recorded.",
)
_CONSULTED = Guard(
    consultation_complete,
    (ART_13, ART_6),
    zh="征求意见尚未完成({reading}):尚未收到{missing}的意见;报市政府分管领导审定须在征求意见之后。",
    en="the consultation is not complete ({reading}): no opinion yet from {missing}; "
    "the leader in charge reviews the application only after the opinions are solicited.",
    details=consultation_gap,
)
_IN_ROUND = Guard(
    _year_in_round,
    (ART_15,),
    zh="{year}年不在本轮培育周期[{start}, {end})内。",
    en="{year} is not a year of the cultivation cycle [{start}, {end}).",
    details=_round_params,
)
_PLAN_ITEMS = Guard(
    _plan_complete,
    (ART_15,),
    zh="{year}年度计划缺少{missing};年度计划应包括行业提升指标、技术攻关目录、资源共享清单、标志性新产品开发计划等。",
    en="the annual plan for {year} lacks {missing}; annual plans shall include "
    "industry-improvement indicators, a catalogue of technologies to be tackled, a "
    "resource-sharing list and a development plan for flagship new products.",
    details=_plan_gap,
)
_EXPIRED = Guard(
    _cycle_expired,
    (ART_15,),
    zh="培育周期尚未届满:本轮[{start}, {end})于{end}届满,考核验收在届满后进行。",
    en="the cultivation cycle has not expired: the cycle [{start}, {end}) expires on {end}, "
    "and the acceptance check comes upon its expiry.",
    details=_round_params,
)

_UNQUALIFIED = Label("unqualified", "结果为“不合格”", "result unqualified")
_ROUND_STARTED = Label("cultivation_started", "培育周期开始", "cultivation cycle started")

_TRANSITIONS: list[Transition[ConsortiumState]] = [
    Transition(
        None,
        ConsortiumApplication,
        S.APPLIED,
        (ART_13, ART_15),
        zh="{on}链主型企业{enterprise}提出{name}建设申请,附建设方案(附件2)及三年培育目标。",
        en="On {on} the chain-leader enterprise {enterprise} applies for the construction of "
        "{name}, with its construction plan (Annex 2) and three-year cultivation targets.",
        guards=_APPLICANT_GUARDS,
        effect=_create,
        outcome=Label("applied", "申请已受理", "application received"),
    ),
    Transition(
        S.APPLIED,
        ExpertReview,
        S.IN_CONSULTATION,
        (ART_13, ART_12, ART_14),
        zh="{on}市科技局组织的专家评审通过,建设领域符合第十二条,申请企业符合链主型企业条件;"
        "征求创新深化专题组相关职能单位意见。",
        en="On {on} the application passes the expert review organised by the Bureau; the "
        "field meets Art. 12 and the applicant meets the chain-leader conditions of Art. 14; "
        "the opinions of the task-group units are solicited.",
        when=_passed,
        when_label=Label("passed", "评审通过", "passed"),
        guards=(_NICHE_TRACK, _CONDITIONS_GUARD),
        effect=_reviewed,
        outcome=Label("review_passed", "专家评审通过", "expert review passed"),
    ),
    Transition(
        S.APPLIED,
        ExpertReview,
        S.REJECTED,
        (ART_13,),
        zh="{on}专家评审未通过,申请不予通过。",
        en="On {on} the application does not pass the expert review; it is rejected.",
        when_label=Label("not_passed", "评审未通过", "not passed"),
        effect=_reviewed,
        outcome=Label("rejected", "不予通过", "rejected"),
    ),
    Transition(
        S.IN_CONSULTATION,
        ConsortiumOpinion,
        S.IN_CONSULTATION,
        (ART_13,),
        zh="{on}{unit}提出意见。",
        en="On {on} the {unit} gives its opinion.",
        guards=(_ONCE_PER_UNIT,),
        effect=_record_opinion,
        outcome=Label("opinion_recorded", "意见已记录", "opinion recorded"),
    ),
    Transition(
        S.IN_CONSULTATION,
        ConsortiumLeaderReview,
        S.IN_CULTIVATION,
        (ART_13, ART_15),
        zh="{on}市政府分管领导审定通过;按“自审定之日起算”的理解,第{round}轮三年培育周期为[{start}, {end})。",
        en="On {on} the leader in charge approves the Consortium; under the reading taken, "
        "cultivation starts on the day of approval: cycle {round} is [{start}, {end}).",
        when=_approved_and_starts,
        when_label=Label(
            "approved_starts", "审定通过(自审定之日起培育)", "approved (cultivation starts)"
        ),
        guards=(_CONSULTED,),
        effect=_start_round,
        details=_new_round,
        outcome=Label("approved", "审定通过", "approved"),
    ),
    Transition(
        S.IN_CONSULTATION,
        ConsortiumLeaderReview,
        S.APPROVED,
        (ART_13,),
        zh="{on}市政府分管领导审定通过。",
        en="On {on} the leader in charge approves the Consortium.",
        when=_approved,
        when_label=Label("approved", "审定通过", "approved"),
        guards=(_CONSULTED,),
        outcome=Label("approved", "审定通过", "approved"),
    ),
    Transition(
        S.IN_CONSULTATION,
        ConsortiumLeaderReview,
        S.REJECTED,
        (ART_13,),
        zh="{on}市政府分管领导审定未通过。",
        en="On {on} the leader in charge does not approve the Consortium.",
        when_label=Label("not_approved", "审定未通过", "not approved"),
        guards=(_CONSULTED,),
        outcome=Label("rejected", "不予通过", "rejected"),
    ),
    Transition(
        S.APPROVED,
        CultivationStart,
        S.IN_CULTIVATION,
        (ART_15,),
        zh="{on}培育开始,第{round}轮三年培育周期为[{start}, {end}),最后一日为{last}。",
        en="On {on} cultivation starts: cycle {round} is [{start}, {end}), its last day {last}.",
        effect=_start_round,
        details=_new_round,
        outcome=_ROUND_STARTED,
    ),
    Transition(
        S.QUALIFICATION_RETAINED,
        CultivationStart,
        S.IN_CULTIVATION,
        (ART_15,),
        zh="{on}培育资格保留后开始新一轮培育,第{round}轮三年培育周期为[{start}, {end}),最后一日为{last}。",
        en="On {on} a further round starts on the retained qualification: cycle {round} is "
        "[{start}, {end}), its last day {last}.",
        effect=_start_round,
        details=_new_round,
        outcome=_ROUND_STARTED,
    ),
    Transition(
        S.IN_CULTIVATION,
        AnnualPlan,
        S.IN_CULTIVATION,
        (ART_15,),
        zh="{on}链主型企业报送{year}年度计划,包括行业提升指标、技术攻关目录、资源共享清单、标志性新产品开发计划。",
        en="On {on} the chain-leader enterprise reports its annual plan for {year}, with "
        "industry-improvement indicators, a catalogue of technologies to be tackled, a "
        "resource-sharing list and a development plan for flagship new products.",
        guards=(_IN_ROUND, _PLAN_ITEMS),
        effect=_plan_year,
        outcome=Label("plan_reported", "年度计划已报送", "annual plan reported"),
    ),
    Transition(
        S.IN_CULTIVATION,
        CultivationAcceptance,
        S.QUALIFICATION_REVOKED,
        (ART_15,),
        zh="{on}市科技局会同市财政局对联合体三年培育目标完成情况组织考核验收,结果为“不合格”,取消培育资格。",
        en="On {on} the Bureau and the Finance Bureau check the completion of the "
        "Consortium's three-year cultivation targets: unqualified, so the cultivation "
        "qualification is revoked.",
        when=_unqualified,
        when_label=_UNQUALIFIED,
        guards=(_EXPIRED,),
        effect=_revoke,
        consequences=(Consequence.REVOKE_CULTIVATION_QUALIFICATION,),
        outcome=Label("qualification_revoked", "取消培育资格", "cultivation qualification revoked"),
    ),
    Transition(
        S.IN_CULTIVATION,
        CultivationAcceptance,
        S.QUALIFICATION_RETAINED,
        (ART_15,),
        zh="{on}市科技局会同市财政局对联合体三年培育目标完成情况组织考核验收,结果为“合格”,"
        "链主型企业的培育资格予以保留;按“可开始新一轮培育”的理解处理。",
        en="On {on} the Bureau and the Finance Bureau check the completion of the "
        "Consortium's three-year cultivation targets: qualified, so the chain-leader "
        "enterprise's cultivation qualification is retained; under the reading taken, a "
        "further round may start.",
        when=_further_round,
        when_label=Label(
            "qualified_further", "结果为“合格”(可开始新一轮)", "qualified (a further round)"
        ),
        guards=(_EXPIRED,),
        consequences=(Consequence.RETAIN_CULTIVATION_QUALIFICATION,),
        outcome=Label(
            "qualification_retained", "培育资格予以保留", "cultivation qualification retained"
        ),
    ),
    Transition(
        S.IN_CULTIVATION,
        CultivationAcceptance,
        S.CULTIVATION_ENDED,
        (ART_15,),
        zh="{on}市科技局会同市财政局对联合体三年培育目标完成情况组织考核验收,结果为“合格”,"
        "链主型企业的培育资格予以保留;按“培育至本轮届满结束”的理解处理。",
        en="On {on} the Bureau and the Finance Bureau check the completion of the "
        "Consortium's three-year cultivation targets: qualified, so the chain-leader "
        "enterprise's cultivation qualification is retained; under the reading taken, "
        "cultivation ends with the cycle.",
        when_label=Label(
            "qualified_ends", "结果为“合格”(培育结束)", "qualified (cultivation ends)"
        ),
        guards=(_EXPIRED,),
        consequences=(Consequence.RETAIN_CULTIVATION_QUALIFICATION,),
        outcome=Label(
            "qualification_retained", "培育资格予以保留", "cultivation qualification retained"
        ),
    ),
]

#: The lifecycle of a Consortium (Art. 12-15), checked when this module is imported.
CONSORTIUM_LIFECYCLE: Lifecycle[ConsortiumState, ConsortiumFacts] = Lifecycle(
    name="consortium",
    label=Label("consortium", "企业创新联合体", "enterprise innovation consortium"),
    states=ConsortiumState,
    finals={S.REJECTED, S.QUALIFICATION_REVOKED, S.CULTIVATION_ENDED},
    transitions=_TRANSITIONS,
)


@implements("Art. 12", "Art. 13", "Art. 14", "Art. 15", note="the lifecycle of a Consortium")
@attrs.frozen
class Consortium(Entity[ConsortiumState, ConsortiumFacts]):
    """An enterprise innovation consortium (企业创新联合体) through its lifecycle.

    Create one from its :class:`ConsortiumApplication` with
    :meth:`~cixi_innovation.lifecycles.engine.Entity.create`, or from a list of events with
    :meth:`~cixi_innovation.lifecycles.engine.Entity.replay`;
    :meth:`~cixi_innovation.lifecycles.engine.Entity.apply` the next event.
    """

    lifecycle = CONSORTIUM_LIFECYCLE

    @property
    def enterprise(self) -> str:
        """The chain-leader enterprise (链主型企业) that applied and leads the Consortium."""
        return self.facts.enterprise

    @property
    def rounds(self) -> tuple[Period, ...]:
        """Every cultivation cycle started, oldest first, each half-open (Art. 15)."""
        return self.facts.rounds

    @property
    def cultivation_period(self) -> Period | None:
        """The current (or last) three-year cultivation cycle, half-open; None before it starts."""
        return self.facts.rounds[-1] if self.facts.rounds else None

    @property
    def revoked_on(self) -> date | None:
        """The date the cultivation qualification was revoked (取消培育资格), if it was."""
        return self.facts.revoked_on

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
