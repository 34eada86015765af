"""The lifecycle table of a Consortium (联合体生命周期), Art. 12-15, with its guards and effects.

:data:`CONSORTIUM_LIFECYCLE` is checked when this module is imported.  Its guards hold
the chain-leader applicant (Art. 13), the reviewers' findings on the niche track
(Art. 12) and on the chain-leader conditions (Art. 14), the four items of an annual
plan and the expiry of the three-year cycle (Art. 15); when cultivation starts and what
a retained qualification leads to follow the readings.
"""

from __future__ import annotations

from cixi_innovation.law.readings import CultivationStartReading, RetainedQualificationReading
from cixi_innovation.lifecycles._outcomes import (
    APPROVED,
    REJECTED,
    UNQUALIFIED,
    _approved,
    _passed,
    _unqualified,
    missing_items,
)
from cixi_innovation.lifecycles._rounds import (
    _plan_year,
    _round_params,
    _year_in_round,
    current_round,
    new_round,
    plan_once,
)
from cixi_innovation.lifecycles.consortium.events import (
    AnnualPlan,
    ConsortiumApplication,
    ConsortiumLeaderReview,
    ConsortiumOpinion,
    CultivationAcceptance,
    CultivationStart,
    ExpertReview,
)
from cixi_innovation.lifecycles.consortium.facts import ConsortiumFacts, ConsortiumState
from cixi_innovation.lifecycles.consultation import (
    consultation_guard,
    leader_rejection_row,
    opinion_row,
)
from cixi_innovation.lifecycles.engine import Entity, Lifecycle
from cixi_innovation.lifecycles.events import Event
from cixi_innovation.lifecycles.plans import outline_details, outline_guard
from cixi_innovation.lifecycles.table import Context, Guard, Transition
from cixi_innovation.values._attrs import evolve
from cixi_innovation.values.assessments import Consequence
from cixi_innovation.values.bodies import Applicant
from cixi_innovation.values.citations import Citation
from cixi_innovation.values.dates import Period
from cixi_innovation.values.decisions import Param
from cixi_innovation.values.vocabulary import Label

__all__ = ["CONSORTIUM_LIFECYCLE"]

#: The entity the guards and effects read: a Consortium, typed by its engine base so that
#: this table does not import the entity module, which imports the table.
_Platform = Entity[ConsortiumState, ConsortiumFacts]

ART_6 = Citation.article(6)
ART_12 = Citation.article(12)
ART_13 = Citation.article(13)
ART_14 = Citation.article(14)
ART_15 = Citation.article(15)


# --- guards, conditions and effects --------------------------------------------------
# Guards take (consortium or None, event, context) and return True when the event may go on.


def _chain_leader(_: object, e: ConsortiumApplication, ctx: Context) -> bool:
    return e.applicant is Applicant.CHAIN_LEADER_ENTERPRISE


def _enterprise_named(_: object, e: ConsortiumApplication, ctx: Context) -> bool:
    return bool(e.enterprise.strip())


def _create(_: object, e: ConsortiumApplication, ctx: Context) -> ConsortiumFacts:
    return ConsortiumFacts(e.enterprise, e.plan)


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


def _approved_and_starts(_: object, e: ConsortiumLeaderReview, ctx: Context) -> bool:
    return e.approved and ctx.readings.cultivation_start is CultivationStartReading.APPROVAL_DATE


def _start_round(f: ConsortiumFacts, e: Event, ctx: Context) -> ConsortiumFacts:
    period = Period.years_from(e.on, ctx.parameters.consortium_cycle_years)
    return evolve(f, rounds=(*f.rounds, period), planned_years=frozenset())


def _new_round(c: _Platform, e: Event, ctx: Context) -> dict[str, Param]:
    return new_round(len(c.facts.rounds), e.on, ctx.parameters.consortium_cycle_years)


def _plan_complete(_: object, e: AnnualPlan, ctx: Context) -> bool:
    return not e.missing()


def _plan_gap(_: object, e: AnnualPlan, ctx: Context) -> dict[str, Param]:
    return missing_items(e)


def _cycle_expired(c: _Platform, e: CultivationAcceptance, ctx: Context) -> bool:
    return e.on >= current_round(c).end


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
        field="applicant",
        zh="{enterprise}({applicant})不能申请联合体建设:联合体由链主型企业提出申请。",
        en="{enterprise} ({applicant}) may not apply for a Consortium: a Consortium is "
        "applied for by a chain-leader enterprise.",
    ),
    Guard(
        _enterprise_named,
        (ART_13,),
        field="enterprise",
        zh="申请须写明提出申请的链主型企业。",
        en="the application must name the chain-leader enterprise that applies.",
    ),
)
_NICHE_TRACK = Guard(
    _niche_track,
    (ART_12,),
    field="niche_track",
    zh="评审认定建设领域不属于配套基础好、技术优势强、成长潜力大的细分赛道,申请不能评审通过。",
    en="the review found that the field is not a niche track with a good supporting base, "
    "strong technological advantages and great growth potential, so the application cannot "
    "pass.",
)
_CONDITIONS_GUARD = Guard(
    _conditions_met,
    (ART_14,),
    field="findings",
    zh="评审认定申请企业不符合链主型企业条件({unmet}),申请不能评审通过。",
    en="the review found that the applicant enterprise does not meet the conditions of a "
    "chain-leader enterprise ({unmet}), so the application cannot pass.",
    details=_unmet,
)
_CONSULTED = consultation_guard(
    (ART_13, ART_6),
    review_zh="报市政府分管领导审定",
    review_en="the leader in charge reviews the application",
)
_IN_ROUND = Guard(
    _year_in_round,
    (ART_15,),
    field="year",
    zh="{year}年不在本轮培育周期[{start}, {end})内。",
    en="{year} is not a year of the cultivation cycle [{start}, {end}).",
    details=_round_params,
)
_ONE_PLAN = plan_once((ART_15,))
_PLAN_ITEMS = Guard(
    _plan_complete,
    (ART_15,),
    field=None,
    zh="{year}年度计划缺少{missing};年度计划应包括行业提升指标、技术攻关目录、资源共享清单、标志性新产品开发计划等。",
    en="the annual plan for {year} lacks {missing}; annual plans shall include "
    "industry-improvement indicators, a catalogue of technologies to be tackled, a "
    "resource-sharing list and a development plan for flagship new products.",
    details=_plan_gap,
)
_EXPIRED = Guard(
    _cycle_expired,
    (ART_15,),
    field="on",
    zh="培育周期尚未届满:本轮[{start}, {end})于{end}届满,考核验收在届满后进行。",
    en="the cultivation cycle has not expired: the cycle [{start}, {end}) expires on {end}, "
    "and the acceptance check comes upon its expiry.",
    details=_round_params,
)

_ROUND_STARTED = Label("cultivation_started", "培育周期开始", "cultivation cycle started")


def _cycle_start(source: ConsortiumState, *, zh: str, en: str) -> Transition[ConsortiumState]:
    """Art. 15: a three-year cultivation cycle starts, the first or a further one."""
    return Transition(
        source,
        CultivationStart,
        S.IN_CULTIVATION,
        (ART_15,),
        zh=zh,
        en=en,
        effect=_start_round,
        details=_new_round,
        outcome=_ROUND_STARTED,
    )


def _qualified_rows() -> list[Transition[ConsortiumState]]:
    """The two rows of a qualified check (Art. 15), one for each reading of what follows."""
    return [
        Transition(
            S.IN_CULTIVATION,
            CultivationAcceptance,
            target,
            (ART_15,),
            zh="{on}市科技局会同市财政局对联合体三年培育目标完成情况组织考核验收,结果为“合格”,"
            f"链主型企业的培育资格予以保留;按“{reading_zh}”的理解处理。",
            en="On {on} the Bureau and the Finance Bureau check the completion of the "
            "Consortium's three-year cultivation targets: qualified, so the chain-leader "
            "enterprise's cultivation qualification is retained; under the reading taken, "
            f"{reading_en}.",
            when=when,
            when_label=when_label,
            guards=(_EXPIRED,),
            consequences=(Consequence.RETAIN_CULTIVATION_QUALIFICATION,),
            outcome=Label(
                "qualification_retained", "培育资格予以保留", "cultivation qualification retained"
            ),
        )
        for target, when, when_label, reading_zh, reading_en in (
            (
                S.QUALIFICATION_RETAINED,
                _further_round,
                Label(
                    "qualified_further", "结果为“合格”(可开始新一轮)", "qualified (a further round)"
                ),
                "可开始新一轮培育",
                "a further round may start",
            ),
            (
                S.CULTIVATION_ENDED,
                None,
                Label("qualified_ends", "结果为“合格”(培育结束)", "qualified (cultivation ends)"),
                "培育至本轮届满结束",
                "cultivation ends with the cycle",
            ),
        )
    ]


_TRANSITIONS: list[Transition[ConsortiumState]] = [
    Transition(
        None,
        ConsortiumApplication,
        S.APPLIED,
        (ART_13, ART_15),
        zh="{on}链主型企业{enterprise}提出{name}建设申请,附建设方案(附件2)及三年培育目标;"
        "对照编写参考提纲({outline}),缺少的部分:{missing}。",
        en="On {on} the chain-leader enterprise {enterprise} applies for the construction of "
        "{name}, with its construction plan (Annex 2) and three-year cultivation targets; "
        "against the reference outline ({outline}), missing: {missing}.",
        guards=(*_APPLICANT_GUARDS, outline_guard((ART_13,))),
        details=outline_details,
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
        outcome=REJECTED,
    ),
    opinion_row(S.IN_CONSULTATION, ConsortiumOpinion, (ART_13,), _record_opinion),
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
        outcome=APPROVED,
    ),
    Transition(
        S.IN_CONSULTATION,
        ConsortiumLeaderReview,
        S.APPROVED,
        (ART_13,),
        zh="{on}市政府分管领导审定通过。",
        en="On {on} the leader in charge approves the Consortium.",
        when=_approved,
        when_label=APPROVED,
        guards=(_CONSULTED,),
        outcome=APPROVED,
    ),
    leader_rejection_row(
        S.IN_CONSULTATION,
        ConsortiumLeaderReview,
        S.REJECTED,
        (ART_13,),
        _CONSULTED,
        platform="Consortium",
    ),
    _cycle_start(
        S.APPROVED,
        zh="{on}培育开始,第{round}轮三年培育周期为[{start}, {end}),最后一日为{last}。",
        en="On {on} cultivation starts: cycle {round} is [{start}, {end}), its last day {last}.",
    ),
    _cycle_start(
        S.QUALIFICATION_RETAINED,
        zh="{on}培育资格保留后开始新一轮培育,第{round}轮三年培育周期为[{start}, {end}),最后一日为{last}。",
        en="On {on} a further round starts on the retained qualification: cycle {round} is "
        "[{start}, {end}), its last day {last}.",
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
        guards=(_IN_ROUND, _ONE_PLAN, _PLAN_ITEMS),
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
        when_label=UNQUALIFIED,
        guards=(_EXPIRED,),
        effect=_revoke,
        consequences=(Consequence.REVOKE_CULTIVATION_QUALIFICATION,),
        outcome=Label("qualification_revoked", "取消培育资格", "cultivation qualification revoked"),
    ),
    *_qualified_rows(),
]

#: The lifecycle of a Consortium (Art. 12-15), checked when this module is imported.
CONSORTIUM_LIFECYCLE: Lifecycle[ConsortiumState, ConsortiumFacts] = Lifecycle(
    name="consortium",
    label=Label("consortium", "企业创新联合体", "enterprise innovation consortium"),
    states=ConsortiumState,
    finals={S.REJECTED, S.QUALIFICATION_REVOKED, S.CULTIVATION_ENDED},
    transitions=_TRANSITIONS,
)
