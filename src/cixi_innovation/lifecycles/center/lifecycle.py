"""The lifecycle table of an Innovation Center (创新中心生命周期), Art. 17-21, with its guards and effects.

:data:`CENTER_LIFECYCLE` is checked when this module is imported.  Its guards hold the
plan's proposer and host units (Art. 17, 18 ¶1), the executive meeting's approval after
the consultation (Art. 18 ¶2), the independent legal entity and its three bodies
(Art. 19), the timing of the mid-term evaluation and of the end-of-period check
(Art. 21) and the level of a recognition that opens matching (Art. 20 ¶1).
"""

from __future__ import annotations

from cixi_innovation.law.readings import (
    CenterRoundReading,
    ConstructionStartReading,
    MatchingAfterTerminationReading,
)
from cixi_innovation.lifecycles._outcomes import (
    APPROVED,
    NOT_APPROVED,
    NOT_POOR,
    POOR,
    REJECTED,
    UNQUALIFIED,
    _approved,
    _poor,
    _unqualified,
    missing_items,
)
from cixi_innovation.lifecycles._rounds import current_round, new_round
from cixi_innovation.lifecycles.center.events import (
    CenterApproval,
    CenterFinalAcceptance,
    CenterOpinion,
    CenterProposal,
    ConstructionStart,
    LegalEntityEstablishment,
    MidTermEvaluation,
    TechCenterRecognition,
)
from cixi_innovation.lifecycles.center.facts import CenterFacts, CenterState
from cixi_innovation.lifecycles.consultation import consultation_guard, opinion_row
from cixi_innovation.lifecycles.engine import Entity, Lifecycle
from cixi_innovation.lifecycles.events import Event
from cixi_innovation.lifecycles.plans import outline_details, outline_guard
from cixi_innovation.lifecycles.table import Context, Guard, Transition
from cixi_innovation.values._attrs import evolve
from cixi_innovation.values.assessments import Consequence
from cixi_innovation.values.bodies import Applicant, Body
from cixi_innovation.values.citations import Citation, Cites
from cixi_innovation.values.dates import Period
from cixi_innovation.values.days import add_years
from cixi_innovation.values.decisions import Param
from cixi_innovation.values.vocabulary import Label

__all__ = ["CENTER_LIFECYCLE"]

#: The entity the guards and effects read: a InnovationCenter, typed by its engine base so that
#: this table does not import the entity module, which imports the table.
_Platform = Entity[CenterState, CenterFacts]

ART_6 = Citation.article(6)
ART_17 = Citation.article(17)
ART_18_1 = Citation.article(18, 1)
ART_18_2 = Citation.article(18, 2)
ART_19 = Citation.article(19)
ART_20_1 = Citation.article(20, 1)
ART_21 = Citation.article(21)


# --- guards, conditions and effects --------------------------------------------------
# Guards take (center or None, event, context) and return True when the event may go on.


def _by_bureau(_: object, e: CenterProposal, ctx: Context) -> bool:
    return e.proposed_by is Applicant.SCIENCE_AND_TECHNOLOGY_BUREAU


def _hosts_named(_: object, e: CenterProposal, ctx: Context) -> bool:
    return bool(e.host_units)


def _hosts_qualify(_: object, e: CenterProposal, ctx: Context) -> bool:
    return all(h.qualifies(ctx.readings.host_vehicle) for h in e.host_units)


def _unqualified_hosts(_: object, e: CenterProposal, ctx: Context) -> dict[str, Param]:
    bad = [h.name for h in e.host_units if not h.qualifies(ctx.readings.host_vehicle)]
    return {
        # Mutation testing: the code of a label used only as a reason parameter is never shown
        "hosts": Label("hosts", "、".join(bad), ", ".join(bad)),
        "reading": ctx.readings.host_vehicle,
    }


def _create(_: object, e: CenterProposal, ctx: Context) -> CenterFacts:
    return CenterFacts(e.industry, e.host_units, e.plan, e.on)


def _record_opinion(f: CenterFacts, e: CenterOpinion, ctx: Context) -> CenterFacts:
    return evolve(f, opinions=(*f.opinions, e))


def _by_executive_meeting(_: object, e: CenterApproval, ctx: Context) -> bool:
    return e.by is Body.EXECUTIVE_MEETING


def _legal_person_named(_: object, e: LegalEntityEstablishment, ctx: Context) -> bool:
    return bool(e.legal_person.strip())


def _independent(_: object, e: LegalEntityEstablishment, ctx: Context) -> bool:
    return e.independent


def _bodies_named(_: object, e: LegalEntityEstablishment, ctx: Context) -> bool:
    return not e.missing()


def _bodies_gap(_: object, e: LegalEntityEstablishment, ctx: Context) -> dict[str, Param]:
    return missing_items(e)


def _starts_on_establishment(_: object, e: LegalEntityEstablishment, ctx: Context) -> bool:
    return ctx.readings.construction_start is ConstructionStartReading.ESTABLISHMENT_DATE


def _establish(f: CenterFacts, e: LegalEntityEstablishment, ctx: Context) -> CenterFacts:
    return evolve(f, legal_entity=e)


def _start_round(f: CenterFacts, e: Event, ctx: Context) -> CenterFacts:
    period = Period.years_from(e.on, ctx.parameters.center_round_years)
    mid_term = add_years(period.start, ctx.parameters.center_mid_term_years)
    return evolve(f, rounds=(*f.rounds, period), mid_term_from=mid_term, mid_term_on=None)


def _establish_and_start(f: CenterFacts, e: LegalEntityEstablishment, ctx: Context) -> CenterFacts:
    # Mutation testing: _establish does not read its context: passing None is equivalent
    return _start_round(_establish(f, e, ctx), e, ctx)


def _new_round(c: _Platform, e: Event, ctx: Context) -> dict[str, Param]:
    params = new_round(len(c.facts.rounds), e.on, ctx.parameters.center_round_years)
    params["mid_term"] = add_years(e.on, ctx.parameters.center_mid_term_years)
    return params


def _round_params(c: _Platform, e: object, ctx: Context) -> dict[str, Param]:
    period = current_round(c)
    years = ctx.parameters.center_mid_term_years
    held = c.facts.mid_term_on
    return {
        "start": period.start,
        "end": period.end,
        "years": years,
        "earliest": add_years(period.start, years),
        "round": len(c.facts.rounds),
        # Mutation testing, not mutated: the template with {held} is used only when it is set
        "held": held if held is not None else "",  # pragma: no mutate
    }


def _mid_term_reached(c: _Platform, e: MidTermEvaluation, ctx: Context) -> bool:
    return e.on >= add_years(current_round(c).start, ctx.parameters.center_mid_term_years)


def _within_round(c: _Platform, e: MidTermEvaluation, ctx: Context) -> bool:
    return e.on < current_round(c).end


def _first_mid_term(c: _Platform, e: MidTermEvaluation, ctx: Context) -> bool:
    return c.facts.mid_term_on is None


def _evaluate(f: CenterFacts, e: MidTermEvaluation, ctx: Context) -> CenterFacts:
    return evolve(f, mid_term_on=e.on)


def _terminate(f: CenterFacts, e: Event, ctx: Context) -> CenterFacts:
    ends = (
        ctx.readings.matching_after_termination is MatchingAfterTerminationReading.ENDS_WITH_SUPPORT
    )
    return evolve(f, support_terminated_on=e.on, matching_ends_on=e.on if ends else None)


def _terminate_early(f: CenterFacts, e: MidTermEvaluation, ctx: Context) -> CenterFacts:
    # Mutation testing: _evaluate does not read its context: passing None is equivalent
    return _terminate(_evaluate(f, e, ctx), e, ctx)


def _end_construction(f: CenterFacts, e: CenterFinalAcceptance, ctx: Context) -> CenterFacts:
    # the Center's construction under these Measures is over, and the Art. 20 matching with it
    return evolve(f, matching_ends_on=e.on)


def _round_ended(c: _Platform, e: CenterFinalAcceptance, ctx: Context) -> bool:
    return e.on >= current_round(c).end


def _further_round(_: object, e: CenterFinalAcceptance, ctx: Context) -> bool:
    return ctx.readings.after_center_round is CenterRoundReading.FURTHER_ROUND


def _ningbo_or_above(_: object, e: TechCenterRecognition, ctx: Context) -> bool:
    return e.level.ningbo_or_above


def _recognise(f: CenterFacts, e: TechCenterRecognition, ctx: Context) -> CenterFacts:
    return evolve(f, recognitions=(*f.recognitions, e))


# --- the table -----------------------------------------------------------------------

S = CenterState

_PROPOSAL_GUARDS = (
    Guard(
        _by_bureau,
        (ART_18_2, ART_17),
        field="proposed_by",
        zh="创新中心不由{proposed_by}申请:建设方案由市科技局会同依托单位以“一中心一方案”的方式提出,"
        "由市级层面主动设计、统筹布局。",
        en="an Innovation Center is not applied for by the {proposed_by}: its plan is proposed "
        "by the Municipal Science and Technology Bureau together with the host unit, one "
        "center, one plan, as designed and laid out at the municipal level.",
    ),
    Guard(
        _hosts_named,
        (ART_18_1,),
        field="host_units",
        zh="建设方案须写明至少一个依托单位。",
        en="the plan must name at least one host unit.",
    ),
    Guard(
        _hosts_qualify,
        (ART_18_1,),
        field="host_units",
        zh="依托单位{hosts}不具备省工程技术研究中心、省重点企业研究院、新型研发机构等省级及以上创新载体({reading})。",
        en="the host unit shall possess a provincial-level or higher innovation vehicle such "
        "as a provincial engineering technology research center, a provincial key enterprise "
        "research institute or a new-type R&D institution ({reading}); none is recorded for "
        "{hosts}.",
        details=_unqualified_hosts,
    ),
)
_EXECUTIVE_MEETING = Guard(
    _by_executive_meeting,
    (ART_18_2,),
    field="by",
    zh="创新中心建设方案报市政府常务会议审定,不由{by}审定。",
    en="the plan of an Innovation Center is reviewed and approved by the executive meeting "
    "of the municipal government, not by the {by}.",
)
_CONSULTED = consultation_guard(
    (ART_18_2, ART_6),
    review_zh="报市政府常务会议审定",
    review_en="the executive meeting reviews the plan",
)
_LEGAL_PERSON = Guard(
    _legal_person_named,
    (ART_19,),
    field="legal_person",
    zh="须写明创新中心独立法人实体的名称。",
    en="the establishment must name the Innovation Center's legal person.",
)
_INDEPENDENT = Guard(
    _independent,
    (ART_19,),
    field="independent",
    zh="“{legal_person}”不是独立法人实体;创新中心应为独立法人实体。",
    en="'{legal_person}' is not an independent legal-person entity; an Innovation Center "
    "shall be one.",
)
_GOVERNANCE = Guard(
    _bodies_named,
    (ART_19,),
    field=None,
    zh="未设立{missing};创新中心实行董事会(理事会)决策制、总经理(中心主任)负责制、专家委员会咨询制。",
    en="missing from the establishment: {missing}; an Innovation Center implements "
    "decision-making by a "
    "board of directors (board of trustees), responsibility of a general manager (center "
    "director) and consultation by an expert committee.",
    details=_bodies_gap,
)
_MID_TERM_REACHED = Guard(
    _mid_term_reached,
    (ART_21,),
    field="on",
    zh="中期绩效评价在建设满{years}年后进行:本轮自{start}起建设,{earliest}前不能评价。",
    en="the mid-term evaluation comes after {years} full years of construction: the round "
    "started on {start}, so it cannot be held before {earliest}.",
    details=_round_params,
)
_WITHIN_ROUND = Guard(
    _within_round,
    (ART_21,),
    field="on",
    zh="本轮建设周期[{start}, {end})已届满,中期绩效评价须在本轮之内进行。",
    en="the round [{start}, {end}) is over; the mid-term evaluation is held within the round.",
    details=_round_params,
)
_ONCE_PER_ROUND = Guard(
    _first_mid_term,
    (ART_21,),
    field=None,
    zh="第{round}轮的中期绩效评价已于{held}进行。",
    en="the mid-term evaluation of round {round} was already held on {held}.",
    details=_round_params,
)
_MID_TERM_GUARDS = (_MID_TERM_REACHED, _WITHIN_ROUND, _ONCE_PER_ROUND)
_ROUND_ENDED = Guard(
    _round_ended,
    (ART_21,),
    field="on",
    zh="本轮建设周期[{start}, {end})尚未届满:期末考核验收在{end}及以后进行。",
    en="the round [{start}, {end}) has not ended: the end-of-period check is held on or "
    "after {end}.",
    details=_round_params,
)
_NINGBO_OR_ABOVE = Guard(
    _ningbo_or_above,
    (ART_20_1,),
    field="level",
    zh="{level}不属于宁波市级及以上:经费配套以创建成为宁波市级及以上技术创新中心为条件。",
    en="{level} is not Ningbo municipal level or above: matching requires recognition as a "
    "technology innovation center at Ningbo municipal level or above.",
)

_ROUND_STARTED = Label("round_started", "建设周期开始", "round started")


def _round_start(
    source: CenterState, articles: Cites, *, zh: str, en: str
) -> Transition[CenterState]:
    """Art. 21: a five-year round of construction starts, the first or a further one."""
    return Transition(
        source,
        ConstructionStart,
        S.UNDER_CONSTRUCTION,
        articles,
        zh=zh,
        en=en,
        effect=_start_round,
        details=_new_round,
        outcome=_ROUND_STARTED,
    )


def _recognition_loops() -> list[Transition[CenterState]]:
    return [
        Transition(
            state,
            TechCenterRecognition,
            state,
            (ART_20_1,),
            zh="{on}创建成为{level}技术创新中心,市级按上级要求给予一定比例的经费配套。",
            en="On {on} the Center is recognised as a technology innovation center at "
            "{level}; Cixi provides matching funding at a proportion following the "
            "higher level's requirements.",
            guards=(_NINGBO_OR_ABOVE,),
            effect=_recognise,
            outcome=Label("recognised", "创建成为技术创新中心", "recognised"),
        )
        for state in (S.APPROVED, S.ESTABLISHED, S.UNDER_CONSTRUCTION, S.ROUND_COMPLETED)
    ]


_TRANSITIONS: list[Transition[CenterState]] = [
    Transition(
        None,
        CenterProposal,
        S.PROPOSED,
        (ART_18_2, ART_18_1, ART_17),
        zh="{on}市科技局会同依托单位以“一中心一方案”的方式提出{name}建设方案({industry}领域,"
        "附件3);对照编写参考提纲({outline}),缺少的部分:{missing}。",
        en="On {on} the Bureau and the host unit propose the construction plan of {name} "
        "({industry}), one center, one plan (Annex 3); against the reference outline "
        "({outline}), missing: {missing}.",
        guards=(*_PROPOSAL_GUARDS, outline_guard((ART_18_2,))),
        details=outline_details,
        effect=_create,
        outcome=Label("proposed", "建设方案已提出", "plan proposed"),
    ),
    opinion_row(S.PROPOSED, CenterOpinion, (ART_18_2,), _record_opinion),
    *(
        Transition(
            S.PROPOSED,
            CenterApproval,
            target,
            (ART_18_2,),
            zh=f"{{on}}市政府常务会议审定{verb_zh}创新中心建设方案。",
            en=f"On {{on}} the executive meeting of the municipal government {verb_en} the plan.",
            when=when,
            when_label=when_label,
            guards=(_EXECUTIVE_MEETING, _CONSULTED),
            outcome=outcome,
        )
        for target, verb_zh, verb_en, when, when_label, outcome in (
            (S.APPROVED, "通过", "approves", _approved, APPROVED, APPROVED),
            (S.REJECTED, "未通过", "does not approve", None, NOT_APPROVED, REJECTED),
        )
    ),
    Transition(
        S.APPROVED,
        LegalEntityEstablishment,
        S.UNDER_CONSTRUCTION,
        (ART_19, ART_21),
        zh="{on}组建独立法人实体{legal_person},设董事会(理事会)、总经理(中心主任)与专家委员会;"
        "按“自组建之日起算”的理解,第{round}轮五年建设周期为[{start}, {end})。",
        en="On {on} the independent legal entity {legal_person} is established with its "
        "board, general manager (center director) and expert committee; under the reading "
        "taken, construction starts that day: round {round} is [{start}, {end}).",
        when=_starts_on_establishment,
        when_label=Label(
            "establishment_starts", "组建(自组建之日起建设)", "established (construction starts)"
        ),
        guards=(_LEGAL_PERSON, _INDEPENDENT, _GOVERNANCE),
        effect=_establish_and_start,
        details=_new_round,
        outcome=Label("established", "独立法人实体已组建", "legal entity established"),
    ),
    Transition(
        S.APPROVED,
        LegalEntityEstablishment,
        S.ESTABLISHED,
        (ART_19,),
        zh="{on}组建独立法人实体{legal_person},设董事会(理事会)、总经理(中心主任)与专家委员会。",
        en="On {on} the independent legal entity {legal_person} is established with its "
        "board, general manager (center director) and expert committee.",
        guards=(_LEGAL_PERSON, _INDEPENDENT, _GOVERNANCE),
        effect=_establish,
        outcome=Label("established", "独立法人实体已组建", "legal entity established"),
    ),
    _round_start(
        S.ESTABLISHED,
        (ART_19, ART_21),
        zh="{on}独立法人实体已组建,开始建设:第{round}轮五年建设周期为[{start}, {end}),"
        "中期绩效评价自{mid_term}起进行。",
        en="On {on}, the independent legal entity being established, construction starts: "
        "round {round} is [{start}, {end}), its mid-term evaluation due from {mid_term}.",
    ),
    _round_start(
        S.ROUND_COMPLETED,
        (ART_21,),
        zh="{on}期末考核验收合格后开始新一轮建设:第{round}轮五年建设周期为[{start}, {end}),"
        "中期绩效评价自{mid_term}起进行。",
        en="On {on} a further round starts after a qualified end-of-period check: round "
        "{round} is [{start}, {end}), its mid-term evaluation due from {mid_term}.",
    ),
    Transition(
        S.UNDER_CONSTRUCTION,
        MidTermEvaluation,
        S.SUPPORT_TERMINATED_EARLY,
        (ART_21,),
        zh="{on}市科技局会同市财政局对建设满三年的创新中心实施中期绩效评价,结果为“差”,提前终止政策支持。",
        en="On {on} the Bureau and the Finance Bureau evaluate the Center after three full "
        "years of construction: poor, so policy support is terminated early.",
        when=_poor,
        when_label=POOR,
        guards=_MID_TERM_GUARDS,
        effect=_terminate_early,
        consequences=(Consequence.TERMINATE_SUPPORT_EARLY,),
        outcome=Label("support_terminated_early", "提前终止政策支持", "support terminated early"),
    ),
    Transition(
        S.UNDER_CONSTRUCTION,
        MidTermEvaluation,
        S.UNDER_CONSTRUCTION,
        (ART_21,),
        zh="{on}中期绩效评价结果非“差”,继续建设。",
        en="On {on} the mid-term performance evaluation is not poor; construction continues.",
        when_label=NOT_POOR,
        guards=_MID_TERM_GUARDS,
        effect=_evaluate,
        outcome=Label("continues", "继续建设", "construction continues"),
    ),
    Transition(
        S.UNDER_CONSTRUCTION,
        CenterFinalAcceptance,
        S.SUPPORT_TERMINATED,
        (ART_21,),
        zh="{on}市科技局会同市财政局对创新中心实施期末考核验收,结果为“不合格”,终止政策支持。",
        en="On {on} the Bureau and the Finance Bureau hold the end-of-period check: "
        "unqualified, so policy support is terminated.",
        when=_unqualified,
        when_label=UNQUALIFIED,
        guards=(_ROUND_ENDED,),
        effect=_terminate,
        consequences=(Consequence.TERMINATE_SUPPORT,),
        outcome=Label("support_terminated", "终止政策支持", "support terminated"),
    ),
    Transition(
        S.UNDER_CONSTRUCTION,
        CenterFinalAcceptance,
        S.ROUND_COMPLETED,
        (ART_21,),
        zh="{on}期末考核验收结果为“合格”;本办法未规定其后果,按“可开始新一轮建设”的理解处理。",
        en="On {on} the end-of-period check is qualified; the Measures state no consequence, "
        "and under the reading taken a further round may start.",
        when=_further_round,
        when_label=Label(
            "qualified_further", "结果为“合格”(可开始新一轮)", "qualified (a further round)"
        ),
        guards=(_ROUND_ENDED,),
        outcome=Label("round_completed", "本轮建设期届满", "round completed"),
    ),
    Transition(
        S.UNDER_CONSTRUCTION,
        CenterFinalAcceptance,
        S.CONSTRUCTION_ENDED,
        (ART_21,),
        zh="{on}期末考核验收结果为“合格”;本办法未规定其后果,按“本轮届满建设结束”的理解处理,"
        "第二十条经费配套随建设结束。",
        en="On {on} the end-of-period check is qualified; the Measures state no consequence, "
        "and under the reading taken construction ends with the round, and the Art. 20 "
        "matching with it.",
        when_label=Label(
            "qualified_ends", "结果为“合格”(建设结束)", "qualified (construction ends)"
        ),
        guards=(_ROUND_ENDED,),
        effect=_end_construction,
        outcome=Label("construction_ended", "建设结束", "construction ended"),
    ),
    *_recognition_loops(),
]

#: The lifecycle of an Innovation Center (Art. 17-21), checked when this module is imported.
CENTER_LIFECYCLE: Lifecycle[CenterState, CenterFacts] = Lifecycle(
    name="center",
    label=Label("center", "产业技术创新中心", "industrial technology innovation center"),
    states=CenterState,
    finals={S.REJECTED, S.SUPPORT_TERMINATED_EARLY, S.SUPPORT_TERMINATED, S.CONSTRUCTION_ENDED},
    transitions=_TRANSITIONS,
)
