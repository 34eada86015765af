"""The lifecycle table of a Complex (综合体生命周期), Art. 5-9, with its guards and effects.

:data:`COMPLEX_LIFECYCLE` is checked when this module is imported.  Its guards hold the
applicants of Art. 6, the field of Art. 5, the public solicitation of the host unit
(Art. 7), the targets, years and annual plans of a round (Art. 8), its expiry (Art. 9)
and the Ningbo level the higher-level checks require (Art. 8 ¶2, 9 ¶2); its effects
turn one :class:`~cixi_innovation.lifecycles.complex.facts.ComplexFacts` into the next.
"""

from __future__ import annotations

from cixi_innovation.law.readings import (
    AppraisalOutcomeReading,
    HostUnitReportReading,
    ReassignmentReading,
)
from cixi_innovation.lifecycles._outcomes import (
    APPROVED,
    NOT_POOR,
    POOR,
    QUALIFIED,
    RECORDED,
    REJECTED,
    UNQUALIFIED,
    _approved,
    _passed,
    _poor,
    _qualified,
)
from cixi_innovation.lifecycles._rounds import (
    _plan_year,
    _round_params,
    _year_in_round,
    current_round,
    plan_once,
    year_begun,
)
from cixi_innovation.lifecycles.complex.events import (
    COMPLEX_APPLICANTS,
    AnnualAssessment,
    AnnualWorkPlan,
    ComplexApplication,
    ConsultationOpinion,
    FeasibilityReview,
    HigherLevelAnnualEvaluation,
    HigherLevelExpiryAssessment,
    HostUnitSelection,
    LeaderReview,
    LevelRecognition,
    RoundAppraisal,
    RoundStart,
    UnitsReassignment,
)
from cixi_innovation.lifecycles.complex.facts import ComplexFacts, ComplexState, Opinion
from cixi_innovation.lifecycles.consultation import (
    consultation_guard,
    leader_rejection_row,
    opinion_row,
)
from cixi_innovation.lifecycles.engine import Entity, Lifecycle
from cixi_innovation.lifecycles.plans import outline_details, outline_guard
from cixi_innovation.lifecycles.table import Context, Guard, Transition
from cixi_innovation.values._attrs import evolve
from cixi_innovation.values.assessments import Consequence
from cixi_innovation.values.citations import Citation
from cixi_innovation.values.dates import Period
from cixi_innovation.values.decisions import Param
from cixi_innovation.values.vocabulary import Label

__all__ = ["COMPLEX_LIFECYCLE"]

#: The entity the guards and effects read: a Complex, typed by its engine base so that
#: this table does not import the entity module, which imports the table.
_Platform = Entity[ComplexState, ComplexFacts]

ART_2 = Citation.article(2)
ART_5 = Citation.article(5)
ART_6 = Citation.article(6)
ART_7 = Citation.article(7)
ART_8 = Citation.article(8)
ART_8_2 = Citation.article(8, 2)
ART_9 = Citation.article(9)
ART_9_2 = Citation.article(9, 2)


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


def _field_ok(_: object, e: FeasibilityReview, ctx: Context) -> bool:
    return e.field_meets_criteria


def _reviewed(f: ComplexFacts, e: FeasibilityReview, ctx: Context) -> ComplexFacts:
    return evolve(f, field_meets_criteria=e.field_meets_criteria)


def _record_opinion(f: ComplexFacts, e: ConsultationOpinion, ctx: Context) -> ComplexFacts:
    return evolve(f, opinions=(*f.opinions, Opinion(e.unit, e.opinion, e.on)))


def _approve(f: ComplexFacts, e: LeaderReview, ctx: Context) -> ComplexFacts:
    # no round of a Complex can start before the Complex is approved
    return evolve(
        f, construction_units=tuple(p.name for p in f.applicants), earliest_round_start=e.on
    )


def _publicly_solicited(_: object, e: HostUnitSelection, ctx: Context) -> bool:
    return e.publicly_solicited


def _report_only(_: object, e: HostUnitSelection, ctx: Context) -> bool:
    return ctx.readings.host_unit_report is HostUnitReportReading.REPORT


def _bureau_approved(_: object, e: HostUnitSelection, ctx: Context) -> bool:
    return e.approved_by_bureau is True


def _report_reading(_: object, e: HostUnitSelection, ctx: Context) -> dict[str, Param]:
    return {"reading": ctx.readings.host_unit_report}


def _select_host(f: ComplexFacts, e: HostUnitSelection, ctx: Context) -> ComplexFacts:
    return evolve(f, host_unit=e.host_unit)


def _has_targets(_: object, e: RoundStart, ctx: Context) -> bool:
    return bool(e.targets.strip())


def _after_last_round(c: _Platform, e: RoundStart, ctx: Context) -> bool:
    earliest = c.facts.earliest_round_start
    return earliest is None or e.start >= earliest


def _earliest(c: _Platform, e: RoundStart, ctx: Context) -> dict[str, Param]:
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


def _plan_reported(c: _Platform, e: AnnualAssessment, ctx: Context) -> bool:
    return e.year in c.facts.planned_years


def _ningbo_or_above(c: _Platform, e: object, ctx: Context) -> bool:
    return c.facts.level.ningbo_or_above


def _level(c: _Platform, e: object, ctx: Context) -> dict[str, Param]:
    return {"level": c.facts.level}


def _revoke(f: ComplexFacts, e: object, ctx: Context) -> ComplexFacts:
    return evolve(f, construction_units=(), host_unit=None, planned_years=frozenset())


def _recognise(f: ComplexFacts, e: LevelRecognition, ctx: Context) -> ComplexFacts:
    return evolve(f, level=e.level)


def _units_named(_: object, e: UnitsReassignment, ctx: Context) -> bool:
    return bool(e.construction_units) and all(u.strip() for u in e.construction_units)


def _reassign(f: ComplexFacts, e: UnitsReassignment, ctx: Context) -> ComplexFacts:
    return evolve(f, construction_units=e.construction_units, host_unit=e.host_unit)


def _reassign_for_new_round(f: ComplexFacts, e: UnitsReassignment, ctx: Context) -> ComplexFacts:
    return evolve(
        f,
        construction_units=e.construction_units,
        host_unit=e.host_unit,
        earliest_round_start=e.on,
    )


def _round_running(c: _Platform, e: object, ctx: Context) -> bool:
    """True if a round has started and not been appraised (the units may be revoked)."""
    for entry in c._log.entries():
        if isinstance(entry.event, RoundStart):
            return True
        if isinstance(entry.event, RoundAppraisal):
            return False
    return False


def _continue_round(c: _Platform, e: UnitsReassignment, ctx: Context) -> bool:
    return ctx.readings.reassignment is ReassignmentReading.CONTINUE_ROUND and _round_running(
        c, e, ctx
    )


def _stays_on_list(_: object, e: RoundAppraisal, ctx: Context) -> bool:
    return ctx.readings.after_appraisal is AppraisalOutcomeReading.STAYS_ON_LIST


def _round_expired(c: _Platform, e: RoundAppraisal, ctx: Context) -> bool:
    return e.on >= current_round(c).end


def _appraise(f: ComplexFacts, e: RoundAppraisal, ctx: Context) -> ComplexFacts:
    return evolve(f, appraisal=e.indicators)


# --- the table -----------------------------------------------------------------------

S = ComplexState

_APPLICANTS_GUARDS = (
    Guard(
        _applicants_named,
        (ART_6,),
        field="applicants",
        zh="申请须由至少一个申请单位提出。",
        en="an application needs at least one applicant.",
    ),
    Guard(
        _applicants_eligible,
        (ART_6,),
        field="applicants",
        zh="{applicants}不能申请综合体建设:申请单位为镇政府(街道办事处)、产业平台。",
        en="{applicants} may not apply for a Complex: the applicants are town governments "
        "(sub-district offices) and industrial platforms.",
        details=_ineligible,
    ),
)
_FIELD_GUARD = Guard(
    _field_ok,
    (ART_5,),
    field="field_meets_criteria",
    zh="论证认定建设领域不符合第五条条件,方案不能论证通过。",
    en="the review found that the field does not meet the criteria of Art. 5, so the plan "
    "cannot pass.",
)
_CONSULTED = consultation_guard(
    (ART_6,), review_zh="报市政府分管领导审定", review_en="the leader in charge reviews the plan"
)
_SOLICITED = Guard(
    _publicly_solicited,
    (ART_7,),
    field="publicly_solicited",
    zh="依托单位{host_unit}未经公开征集,不能选定。",
    en="the host unit {host_unit} was not publicly solicited, so it cannot be selected.",
)
_APPROVED_BY_BUREAU = Guard(
    _bureau_approved,
    (ART_7,),
    field="approved_by_bureau",
    zh="按“{reading}”的理解,依托单位{host_unit}须经市科技局批准,未记录批准。",
    en="under the reading that {reading}, the host unit {host_unit} needs the Bureau's "
    "approval, and none is recorded.",
    details=_report_reading,
)
_TARGETS = Guard(
    _has_targets,
    (ART_8,),
    field="targets",
    zh="期初须提出五年建设目标。",
    en="the five-year construction targets must be put forward at the start of the round.",
)
_NOT_BEFORE = Guard(
    _after_last_round,
    (ART_8,),
    field="start",
    zh="建设周期最早自{earliest}开始(审定之日或上一轮届满之日),不能自{start}开始。",
    en="the round can start on {earliest} at the earliest (the approval or the end of the "
    "last round), not on {start}.",
    details=_earliest,
)
_IN_ROUND = Guard(
    _year_in_round,
    (ART_8,),
    field="year",
    zh="{year}年不在本轮建设周期[{start}, {end})内。",
    en="{year} is not a year of the round [{start}, {end}).",
    details=_round_params,
)
_PLANNED = Guard(
    _plan_reported,
    (ART_8,),
    field="year",
    zh="现任建设单位与依托单位未报送{year}年度工作计划,无从考核年度计划目标完成情况。",
    en="no annual work plan for {year} has been reported by the units in office, so the "
    "completion of its targets cannot be assessed.",
)
_ONE_PLAN = plan_once((ART_8,))
_YEAR_BEGUN = year_begun((ART_8,))
_NINGBO_ANNUAL = Guard(
    _ningbo_or_above,
    (ART_8_2,),
    field=None,
    zh="该综合体为{level}综合体,上级年度绩效评价仅适用于宁波市级及以上综合体。",
    en="the Complex is at {level}; the higher-level annual performance evaluation applies "
    "only to Complexes at Ningbo municipal level or above.",
    details=_level,
)
_NINGBO_EXPIRY = Guard(
    _ningbo_or_above,
    (ART_9_2,),
    field=None,
    zh="该综合体为{level}综合体,上级建设期满考核仅适用于宁波市级及以上综合体。",
    en="the Complex is at {level}; the higher-level expiry assessment applies only to "
    "Complexes at Ningbo municipal level or above.",
    details=_level,
)
_UNITS_NAMED = Guard(
    _units_named,
    (ART_8,),
    field="construction_units",
    zh="另行授权委托须指明新的建设单位。",
    en="the reassignment must name the newly authorised construction unit(s).",
)
_ROUND_TO_APPRAISE = Guard(
    _round_running,
    (ART_9,),
    field=None,
    zh="建设单位与依托单位资格于两轮建设周期之间取消,无待绩效评估的建设周期。",
    en="the units were revoked between rounds: no round awaits its appraisal.",
)
_EXPIRED = Guard(
    _round_expired,
    (ART_9,),
    field="on",
    zh="建设期尚未届满:本轮[{start}, {end})于{end}届满,绩效评估在届满后进行。",
    en="the construction period has not expired: the round [{start}, {end}) expires on "
    "{end}, and the appraisal comes after its expiry.",
    details=_round_params,
)


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
                when_label=UNQUALIFIED,
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
                when_label=QUALIFIED,
                guards=(_NINGBO_EXPIRY,),
                outcome=RECORDED,
            )
        )
    return rows


def _annual_evaluation_rows() -> list[Transition[ComplexState]]:
    """Art. 8 ¶2: the early revocation applies whenever units are in office, in a round or not."""
    rows: list[Transition[ComplexState]] = []
    for state in (S.HOST_UNIT_SELECTED, S.UNDER_CONSTRUCTION, S.ROUND_COMPLETED):
        rows += [
            Transition(
                state,
                HigherLevelAnnualEvaluation,
                S.UNITS_REVOKED,
                (ART_8_2,),
                zh="{on}上级组织的{year}年度绩效评价结果为“差”,提前取消建设单位与依托单位资格,另行授权委托。",
                en="On {on} the higher-level annual performance evaluation for {year} is poor: the "
                "qualifications of the construction unit and the host unit are revoked early, and "
                "new units are to be authorised and entrusted.",
                when=_poor,
                when_label=POOR,
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
                state,
                HigherLevelAnnualEvaluation,
                state,
                (ART_8_2,),
                zh="{on}上级组织的{year}年度绩效评价结果非“差”;本办法对此未规定后果,予以记录。",
                en="On {on} the higher-level annual performance evaluation for {year} is not poor; "
                "the Measures attach no consequence to it, and it is recorded.",
                when_label=NOT_POOR,
                guards=(_NINGBO_ANNUAL,),
                outcome=RECORDED,
            ),
        ]
    return rows


#: After the appraisal of a round whose units were revoked, new units start a new round.
_STAYS_TEXT = {
    S.ROUND_COMPLETED: (
        "按“继续列入创建名单、可开始下一轮建设”的理解处理。",
        "the Complex stays on the creation list and may start a next round.",
    ),
    S.UNITS_REVOKED: (
        "按“继续列入创建名单”的理解处理;资格已取消,待另行授权委托的新单位开始新一轮建设。",
        "the Complex stays on the creation list; its units being revoked, the new units to "
        "be authorised start a new round.",
    ),
}
_STAYS_OUTCOME = {
    S.ROUND_COMPLETED: Label("round_completed", "本轮建设期届满", "round completed"),
    S.UNITS_REVOKED: Label(
        "round_completed_units_revoked",
        "本轮建设期届满,待另行授权委托",
        "round completed, new units awaited",
    ),
}


def _appraisal_rows(
    state: ComplexState, stays: ComplexState, guards: tuple[Guard, ...]
) -> list[Transition[ComplexState]]:
    """Art. 9 ¶1: the appraisal of an expired round, whether its units are in office or revoked."""
    stays_zh, stays_en = _STAYS_TEXT[stays]
    return [
        Transition(
            state,
            RoundAppraisal,
            S.ELIMINATED,
            (ART_9,),
            zh="{on}市科技局会同市财政局对建设期届满的综合体实施绩效评估,结果为“差”,予以淘汰,不再列入创建名单。",
            en="On {on} the Bureau and the Finance Bureau appraise the Complex whose "
            "construction period has expired, on the five core indicators: poor, so it is "
            "eliminated and no longer on the creation list.",
            when=_poor,
            when_label=POOR,
            guards=guards,
            effect=_appraise,
            consequences=(Consequence.ELIMINATE,),
            outcome=Label("eliminated", "予以淘汰", "eliminated"),
        ),
        Transition(
            state,
            RoundAppraisal,
            stays,
            (ART_9,),
            zh="{on}绩效评估结果非“差”;本办法未规定其后果," + stays_zh,
            en="On {on} the end-of-round appraisal is not poor; the Measures state no "
            "consequence, and under the reading taken " + stays_en,
            when=_stays_on_list,
            when_label=Label(
                "not_poor_stays", "结果非“差”(继续列入名单)", "not poor (stays on the list)"
            ),
            guards=guards,
            effect=_appraise,
            outcome=_STAYS_OUTCOME[stays],
        ),
        Transition(
            state,
            RoundAppraisal,
            S.CONSTRUCTION_ENDED,
            (ART_9,),
            zh="{on}绩效评估结果非“差”;本办法未规定其后果,按“本轮届满、综合体建设结束”的理解处理。",
            en="On {on} the end-of-round appraisal is not poor; the Measures state no "
            "consequence, and under the reading taken the Complex's construction ends.",
            when_label=Label(
                "not_poor_ends", "结果非“差”(建设结束)", "not poor (construction ends)"
            ),
            guards=guards,
            effect=_appraise,
            outcome=Label("construction_ended", "建设结束", "construction ended"),
        ),
    ]


_TRANSITIONS: list[Transition[ComplexState]] = [
    Transition(
        None,
        ComplexApplication,
        S.APPLIED,
        (ART_6, ART_2, ART_5),
        zh="{on}提出{name}建设申请({industry}领域),附建设方案(附件1);对照编写参考提纲"
        "({outline}),缺少的部分:{missing}。",
        en="On {on} the construction of {name} ({industry}) is applied for, with its "
        "construction plan (Annex 1); against the reference outline ({outline}), "
        "missing: {missing}.",
        guards=(*_APPLICANTS_GUARDS, outline_guard((ART_6,))),
        details=outline_details,
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
        outcome=REJECTED,
    ),
    opinion_row(S.IN_CONSULTATION, ConsultationOpinion, (ART_6,), _record_opinion),
    Transition(
        S.IN_CONSULTATION,
        LeaderReview,
        S.APPROVED,
        (ART_6,),
        zh="{on}市政府分管领导审定通过;本办法未界定建设单位,按“经审定的申请单位即为建设单位”"
        "的理解处理。",
        en="On {on} the leader in charge approves the Complex; the Measures do not define the "
        "construction unit, and under the reading taken the approved applicants are its "
        "construction unit.",
        when=_approved,
        when_label=APPROVED,
        guards=(_CONSULTED,),
        effect=_approve,
        outcome=APPROVED,
    ),
    leader_rejection_row(
        S.IN_CONSULTATION, LeaderReview, S.REJECTED, (ART_6,), _CONSULTED, platform="Complex"
    ),
    Transition(
        S.APPROVED,
        HostUnitSelection,
        S.HOST_UNIT_SELECTED,
        (ART_7,),
        zh="建设单位公开征集、择优选定依托单位{host_unit},{on}报市科技局;"
        "按“报告、无需批准”的理解处理。",
        en="The construction unit publicly solicited and selected {host_unit} as host unit "
        "on merit, reported to the Bureau on {on}; under the reading taken, a report that "
        "needs no approval.",
        when=_report_only,
        when_label=Label("reported", "报告", "reported"),
        guards=(_SOLICITED,),
        effect=_select_host,
        outcome=Label("host_unit_selected", "依托单位已选定", "host unit selected"),
    ),
    Transition(
        S.APPROVED,
        HostUnitSelection,
        S.HOST_UNIT_SELECTED,
        (ART_7,),
        zh="建设单位公开征集、择优选定依托单位{host_unit},报市科技局,{on}经批准;"
        "按“报请批准”的理解处理。",
        en="The construction unit publicly solicited and selected {host_unit} as host unit "
        "on merit; the Bureau approved it on {on}, under the reading taken that the "
        "selection is submitted for its approval.",
        when_label=Label("approval", "报请批准", "submitted for approval"),
        guards=(_SOLICITED, _APPROVED_BY_BUREAU),
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
        guards=(_IN_ROUND, _ONE_PLAN),
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
        when_label=QUALIFIED,
        guards=(_YEAR_BEGUN, _PLANNED),
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
        when_label=UNQUALIFIED,
        guards=(_YEAR_BEGUN, _PLANNED),
        effect=_revoke,
        consequences=(Consequence.REVOKE_QUALIFICATION, Consequence.REASSIGN_UNITS),
        outcome=Label("qualifications_revoked", "取消资格,另行授权委托", "qualifications revoked"),
    ),
    *_annual_evaluation_rows(),
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
    *_appraisal_rows(S.UNDER_CONSTRUCTION, S.ROUND_COMPLETED, (_EXPIRED,)),
    *_appraisal_rows(S.UNITS_REVOKED, S.UNITS_REVOKED, (_ROUND_TO_APPRAISE, _EXPIRED)),
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
