"""Chapter 4 Industrial Technology Innovation Centers (第四章 产业技术创新中心): Art. 17-21.

The lifecycle of an Innovation Center, from the plan the Bureau proposes with the host
unit to the end-of-period check of a five-year round, as one checked table
(:data:`CENTER_LIFECYCLE`) and the entity :class:`InnovationCenter`.  The money of
Art. 20 (matching funds, the separate ledger, the 50% cap on entrusted fees) is computed
elsewhere (:mod:`cixi_innovation.rules.center_funds`), from the facts kept here:
:attr:`InnovationCenter.recognised_level`, :meth:`InnovationCenter.level_on` and
:meth:`InnovationCenter.matching_open`.

===============================  ====================================  ==================
event (kind)                     what happens                          provision
===============================  ====================================  ==================
``center_proposal``              the Bureau with the host unit(s)      Art. 18 ¶2, ¶1,
                                 proposes the plan (Annex 3), "one     Art. 17, Annex 3
                                 center, one plan"
``consultation_opinion``         one task-group unit's opinion         Art. 18 ¶2 (Art. 6)
``plan_approval``                the executive meeting approves or     Art. 18 ¶2
                                 rejects, once consultation is
                                 complete
``legal_entity_establishment``   the independent legal entity, its     Art. 19
                                 board, executive and expert
                                 committee
``construction_start``           a five-year round [s, s+5y) starts,   Art. 21, Art. 19
                                 only once the legal entity exists
``mid_term_evaluation``          after three full years, within the    Art. 21
                                 round: poor → support terminated
                                 early
``final_acceptance``             at the end of the round: unqualified  Art. 21
                                 → support terminated
``tech_center_recognition``      recognised as a technology            Art. 20 ¶1
                                 innovation center at Ningbo level or
                                 above: matching opens
===============================  ====================================  ==================

Readings (see :mod:`cixi_innovation.law.readings`): all seven task-group units are
consulted (TN 6.2); a new-type R&D institution counts as the host unit's vehicle only
if recognised at provincial level or above (TN 18.2); the round starts on the date of an
explicit ``construction_start`` event (open point 8, TN 21.1; the other reading starts
it on the day the legal entity is established); after a qualified end-of-period check a
further round may start (TN 21.2); Art. 20 matching ends when policy support is
terminated (open point 7).  Other choices made where the text is silent:

* Innovation Centers are not applied for (TN 17.1): the plan is proposed by the Bureau
  together with the host unit(s); several host units are accepted (TN 18.3), and each
  must possess a provincial-level or higher innovation vehicle;
* the legal form of the entity is free (TN 19.1); the establishment records the legal
  person and its three bodies, and construction cannot start before it (Art. 19);
* the mid-term evaluation is held once per round; the end-of-period check is not
  refused for want of a mid-term evaluation (the Measures state no consequence of one
  not held);
* a termination of policy support, early (mid-term "poor") or at the end of the round
  ("unqualified"), is final for these Measures: the text states no re-evaluation, no
  remedy and no way back into support (TN 21.2).

>>> from datetime import date
>>> from cixi_innovation.law.measures import ForceCheck
>>> from cixi_innovation.values.vocabulary import PerformanceGrade
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
from typing import Self

import attrs

from cixi_innovation.law.measures import MEASURES, ForceCheck, Measures
from cixi_innovation.law.parameters import PARAMETERS, Parameters
from cixi_innovation.law.readings import (
    READINGS,
    CenterRoundReading,
    ConstructionStartReading,
    HostVehicleReading,
    MatchingAfterTerminationReading,
    Readings,
)
from cixi_innovation.law.registry import implements
from cixi_innovation.lifecycles.consultation import (
    consultation_complete,
    consultation_gap,
    not_consulted_yet,
)
from cixi_innovation.lifecycles.engine import Applied, Entity, Lifecycle
from cixi_innovation.lifecycles.events import Event
from cixi_innovation.lifecycles.plans import CenterPlan, ManagementMechanism, OverallApproach
from cixi_innovation.lifecycles.refusals import EventRefusedError
from cixi_innovation.lifecycles.table import Context, Guard, Transition
from cixi_innovation.values._attrs import evolve
from cixi_innovation.values.citations import Citation
from cixi_innovation.values.dates import Period, add_years
from cixi_innovation.values.decisions import Param, Reason
from cixi_innovation.values.vocabulary import (
    Applicant,
    AssessmentResult,
    Body,
    Consequence,
    Label,
    LabelledEnum,
    Level,
    PerformanceGrade,
    TaskGroupUnit,
)

__all__ = [
    "CENTER_LIFECYCLE",
    "CenterApproval",
    "CenterFacts",
    "CenterFinalAcceptance",
    "CenterOpinion",
    "CenterProposal",
    "CenterState",
    "ConstructionStart",
    "HostUnit",
    "InnovationCenter",
    "InnovationVehicle",
    "LegalEntityEstablishment",
    "MidTermEvaluation",
    "TechCenterRecognition",
    "VehicleKind",
    "example_events",
]

ART_6 = Citation.article(6)
ART_17 = Citation.article(17)
ART_18_1 = Citation.article(18, 1)
ART_18_2 = Citation.article(18, 2)
ART_19 = Citation.article(19)
ART_20_1 = Citation.article(20, 1)
ART_21 = Citation.article(21)


class CenterState(LabelledEnum):
    """The states of an Innovation Center (Art. 18-21).

    The two terminations of policy support are final: Art. 21 states the termination
    and nothing after it (no re-evaluation, no remedy, no return to support).
    """

    PROPOSED = (
        "proposed",
        "建设方案已提出,征求意见中",
        "plan proposed, consultation under way",
    )
    APPROVED = (
        "approved",
        "市政府常务会议审定通过,待组建独立法人实体",
        "approved by the executive meeting, legal entity to be established",
    )
    ESTABLISHED = (
        "established",
        "独立法人实体已组建,待开始建设",
        "independent legal entity established, construction to start",
    )
    UNDER_CONSTRUCTION = ("under_construction", "建设中", "under construction")
    ROUND_COMPLETED = (
        "round_completed",
        "期末考核验收合格,可开始新一轮建设",
        "end-of-period check qualified, a further round may start",
    )
    REJECTED = ("rejected", "未获审定通过", "not approved")
    SUPPORT_TERMINATED_EARLY = (
        "support_terminated_early",
        "提前终止政策支持",
        "policy support terminated early",
    )
    SUPPORT_TERMINATED = ("support_terminated", "终止政策支持", "policy support terminated")
    CONSTRUCTION_ENDED = (
        "construction_ended",
        "期末考核验收合格,建设结束",
        "end-of-period check qualified, construction ended",
    )


class VehicleKind(LabelledEnum):
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


@attrs.frozen
class InnovationVehicle:
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
@attrs.frozen
class HostUnit:
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


# --- facts ---------------------------------------------------------------------------


@attrs.frozen
class CenterFacts:
    """What is known of an Innovation Center: its plan, legal entity, rounds and recognitions.

    Attributes:
        industry: the field (Art. 17), as named in the plan's proposal.
        host_units: the host unit(s) (Art. 18 ¶1, TN 18.3).
        plan: the construction plan (Annex 3), the only one of the center.
        proposed_on: the date the plan was proposed.
        opinions: the opinions solicited so far (Art. 18 ¶2), in order.
        legal_entity: the establishment of the independent legal entity (Art. 19).
        rounds: every five-year round started, oldest first, each half-open.
        mid_term_from: the first day of the current round's mid-term evaluation
            (建设满三年).
        mid_term_on: the date of the current round's mid-term evaluation, if held.
        recognitions: the recognitions as a technology innovation center (Art. 20 ¶1).
        support_terminated_on: the date policy support was terminated, if it was.
        matching_ends_on: the date Art. 20 matching ended, if it did (open point 7).
    """

    industry: str
    host_units: tuple[HostUnit, ...]
    plan: CenterPlan
    proposed_on: date
    opinions: tuple[CenterOpinion, ...] = ()
    legal_entity: LegalEntityEstablishment | None = None
    rounds: tuple[Period, ...] = ()
    mid_term_from: date | None = None
    mid_term_on: date | None = None
    recognitions: tuple[TechCenterRecognition, ...] = ()
    support_terminated_on: date | None = None
    matching_ends_on: date | None = None


# --- events --------------------------------------------------------------------------


@implements(
    "Art. 17",
    "Art. 18 ¶1",
    "Art. 18 ¶2",
    note="the plan proposed by the Bureau with the host units",
)
@attrs.frozen
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

    kind = "center_proposal"
    label = Label("center_proposal", "提出创新中心建设方案", "Innovation Center plan proposal")

    id: str
    name: str
    proposed_by: Applicant
    host_units: tuple[HostUnit, ...]
    industry: str
    plan: CenterPlan


@attrs.frozen
class CenterOpinion(Event):
    """Art. 18 ¶2: 征求创新深化专题组相关职能单位意见 — one unit's opinion.

    Attributes:
        unit: one of the seven task-group units (Art. 6).
        opinion: the opinion, as written.
    """

    kind = "consultation_opinion"
    label = Label("consultation_opinion", "职能单位意见", "opinion of a task-group unit")

    unit: TaskGroupUnit
    opinion: str


@attrs.frozen
class CenterApproval(Event):
    """Art. 18 ¶2: 报市政府常务会议审定 — approval or rejection of the plan.

    Attributes:
        approved: True for approval, False for rejection.
        by: the body that decided; only the executive meeting of the municipal
            government approves an Innovation Center (TN 18.4).
        remarks: remarks, as written.
    """

    kind = "plan_approval"
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
@attrs.frozen
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

    kind = "legal_entity_establishment"
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


@attrs.frozen
class ConstructionStart(Event):
    """Art. 21: 创新中心建设周期为五年一轮 — a round of construction starts on ``on``.

    The Measures do not say when construction starts (open point 8, TN 21.1): under the
    default reading the start is this explicit event, dated on the first day of the
    round; it also starts a further round after a qualified end-of-period check.
    """

    kind = "construction_start"
    label = Label("construction_start", "开始建设", "start of construction")


@attrs.frozen
class MidTermEvaluation(Event):
    """Art. 21: 市科技局会同市财政局对创新中心建设情况实施中期(建设满三年)绩效评价.

    Attributes:
        grade: poor or another grade (the scale is the Bureau's, Art. 22, TN 21.3).
    """

    kind = "mid_term_evaluation"
    label = Label("mid_term_evaluation", "中期绩效评价", "mid-term performance evaluation")

    grade: PerformanceGrade


@attrs.frozen
class CenterFinalAcceptance(Event):
    """Art. 21: 市科技局会同市财政局对创新中心建设情况实施……期末考核验收.

    Attributes:
        result: qualified or unqualified.
    """

    kind = "final_acceptance"
    label = Label("final_acceptance", "期末考核验收", "end-of-period acceptance check")

    result: AssessmentResult


@attrs.frozen
class TechCenterRecognition(Event):
    """Art. 20 ¶1: 创新中心创建成为宁波市级及以上技术创新中心 — recognised at ``level``.

    Only a recognition at Ningbo municipal level or above counts (TN 20.1); it opens
    the Cixi matching of Art. 20 ¶1.

    Attributes:
        level: the level of the technology innovation center recognised.
    """

    kind = "tech_center_recognition"
    label = Label(
        "tech_center_recognition",
        "创建成为技术创新中心",
        "recognition as a technology innovation center",
    )

    level: Level


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


def _approved(_: object, e: CenterApproval, ctx: Context) -> bool:
    return e.approved


def _legal_person_named(_: object, e: LegalEntityEstablishment, ctx: Context) -> bool:
    return bool(e.legal_person.strip())


def _independent(_: object, e: LegalEntityEstablishment, ctx: Context) -> bool:
    return e.independent


def _bodies_named(_: object, e: LegalEntityEstablishment, ctx: Context) -> bool:
    return not e.missing()


def _bodies_gap(_: object, e: LegalEntityEstablishment, ctx: Context) -> dict[str, Param]:
    missing = e.missing()
    return {
        "missing": Label(
            # Mutation testing: the code of a label used only as a reason parameter is never shown
            "missing",
            "、".join(m.zh for m in missing),
            ", ".join(m.en for m in missing),
        )
    }


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


def _new_round(c: InnovationCenter, e: Event, ctx: Context) -> dict[str, Param]:
    period = Period.years_from(e.on, ctx.parameters.center_round_years)
    return {
        "start": period.start,
        "end": period.end,
        # Mutation testing, not mutated: no reason template uses {last}
        "last": period.last_day,  # pragma: no mutate
        "round": len(c.facts.rounds) + 1,
        "mid_term": add_years(period.start, ctx.parameters.center_mid_term_years),
    }


def _round_of(c: InnovationCenter) -> Period:
    rounds = c.facts.rounds
    assert rounds  # every state that evaluates or accepts has a round
    return rounds[-1]


def _round_params(c: InnovationCenter, e: object, ctx: Context) -> dict[str, Param]:
    period = _round_of(c)
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


def _mid_term_reached(c: InnovationCenter, e: MidTermEvaluation, ctx: Context) -> bool:
    return e.on >= add_years(_round_of(c).start, ctx.parameters.center_mid_term_years)


def _within_round(c: InnovationCenter, e: MidTermEvaluation, ctx: Context) -> bool:
    return e.on < _round_of(c).end


def _first_mid_term(c: InnovationCenter, e: MidTermEvaluation, ctx: Context) -> bool:
    return c.facts.mid_term_on is None


def _poor(_: object, e: MidTermEvaluation, ctx: Context) -> bool:
    return e.grade is PerformanceGrade.POOR


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


def _round_ended(c: InnovationCenter, e: CenterFinalAcceptance, ctx: Context) -> bool:
    return e.on >= _round_of(c).end


def _unqualified(_: object, e: CenterFinalAcceptance, ctx: Context) -> bool:
    return e.result is AssessmentResult.UNQUALIFIED


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
        zh="创新中心不由{proposed_by}申请:建设方案由市科技局会同依托单位以“一中心一方案”的方式提出,"
        "由市级层面主动设计、统筹布局。",
        en="an Innovation Center is not applied for by the {proposed_by}: its plan is proposed "
        "by the Municipal Science and Technology Bureau together with the host unit, one "
        "center, one plan, as designed and laid out at the municipal level.",
    ),
    Guard(
        _hosts_named,
        (ART_18_1,),
        zh="建设方案须写明至少一个依托单位。",
        en="the plan must name at least one host unit.",
    ),
    Guard(
        _hosts_qualify,
        (ART_18_1,),
        zh="依托单位{hosts}不具备省工程技术研究中心、省重点企业研究院、新型研发机构等省级及以上创新载体({reading})。",
        en="the host unit shall possess a provincial-level or higher innovation vehicle such "
        "as a provincial engineering technology research center, a provincial key enterprise "
        "research institute or a new-type R&D institution ({reading}); none is recorded for "
        "{hosts}.",
        details=_unqualified_hosts,
    ),
)
_ONCE_PER_UNIT = Guard(
    not_consulted_yet,
    (ART_18_2,),
    zh="{unit}的意见已记录。",
    en="the opinion of the {unit} has already been recorded.",
)
_EXECUTIVE_MEETING = Guard(
    _by_executive_meeting,
    (ART_18_2,),
    zh="创新中心建设方案报市政府常务会议审定,不由{by}审定。",
    en="the plan of an Innovation Center is reviewed and approved by the executive meeting "
    "of the municipal government, not by the {by}.",
)
_CONSULTED = Guard(
    consultation_complete,
    (ART_18_2, ART_6),
    zh="征求意见尚未完成({reading}):尚未收到{missing}的意见;报市政府常务会议审定须在征求意见之后。",
    en="the consultation is not complete ({reading}): no opinion yet from {missing}; "
    "the executive meeting reviews the plan only after the opinions are solicited.",
    details=consultation_gap,
)
_LEGAL_PERSON = Guard(
    _legal_person_named,
    (ART_19,),
    zh="须写明创新中心独立法人实体的名称。",
    en="the establishment must name the Innovation Center's legal person.",
)
_INDEPENDENT = Guard(
    _independent,
    (ART_19,),
    zh="“{legal_person}”不是独立法人实体;创新中心应为独立法人实体。",
    en="'{legal_person}' is not an independent legal-person entity; an Innovation Center "
    "shall be one.",
)
_GOVERNANCE = Guard(
    _bodies_named,
    (ART_19,),
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
    zh="中期绩效评价在建设满{years}年后进行:本轮自{start}起建设,{earliest}前不能评价。",
    en="the mid-term evaluation comes after {years} full years of construction: the round "
    "started on {start}, so it cannot be held before {earliest}.",
    details=_round_params,
)
_WITHIN_ROUND = Guard(
    _within_round,
    (ART_21,),
    zh="本轮建设周期[{start}, {end})已届满,中期绩效评价须在本轮之内进行。",
    en="the round [{start}, {end}) is over; the mid-term evaluation is held within the round.",
    details=_round_params,
)
_ONCE_PER_ROUND = Guard(
    _first_mid_term,
    (ART_21,),
    zh="第{round}轮的中期绩效评价已于{held}进行。",
    en="the mid-term evaluation of round {round} was already held on {held}.",
    details=_round_params,
)
_MID_TERM_GUARDS = (_MID_TERM_REACHED, _WITHIN_ROUND, _ONCE_PER_ROUND)
_ROUND_ENDED = Guard(
    _round_ended,
    (ART_21,),
    zh="本轮建设周期[{start}, {end})尚未届满:期末考核验收在{end}及以后进行。",
    en="the round [{start}, {end}) has not ended: the end-of-period check is held on or "
    "after {end}.",
    details=_round_params,
)
_NINGBO_OR_ABOVE = Guard(
    _ningbo_or_above,
    (ART_20_1,),
    zh="{level}不属于宁波市级及以上:经费配套以创建成为宁波市级及以上技术创新中心为条件。",
    en="{level} is not Ningbo municipal level or above: matching requires recognition as a "
    "technology innovation center at Ningbo municipal level or above.",
)

_ROUND_STARTED = Label("round_started", "建设周期开始", "round started")
_POOR = Label("poor", "结果为“差”", "result poor")
_NOT_POOR = Label("not_poor", "结果非“差”", "result not poor")
_UNQUALIFIED = Label("unqualified", "结果为“不合格”", "result unqualified")


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
        zh="{on}市科技局会同依托单位以“一中心一方案”的方式提出{name}建设方案({industry}领域,附件3)。",
        en="On {on} the Bureau and the host unit propose the construction plan of {name} "
        "({industry}), one center, one plan (Annex 3).",
        guards=_PROPOSAL_GUARDS,
        effect=_create,
        outcome=Label("proposed", "建设方案已提出", "plan proposed"),
    ),
    Transition(
        S.PROPOSED,
        CenterOpinion,
        S.PROPOSED,
        (ART_18_2,),
        zh="{on}{unit}提出意见。",
        en="On {on} the {unit} gives its opinion.",
        guards=(_ONCE_PER_UNIT,),
        effect=_record_opinion,
        outcome=Label("opinion_recorded", "意见已记录", "opinion recorded"),
    ),
    Transition(
        S.PROPOSED,
        CenterApproval,
        S.APPROVED,
        (ART_18_2,),
        zh="{on}市政府常务会议审定通过创新中心建设方案。",
        en="On {on} the executive meeting of the municipal government approves the plan.",
        when=_approved,
        when_label=Label("approved", "审定通过", "approved"),
        guards=(_EXECUTIVE_MEETING, _CONSULTED),
        outcome=Label("approved", "审定通过", "approved"),
    ),
    Transition(
        S.PROPOSED,
        CenterApproval,
        S.REJECTED,
        (ART_18_2,),
        zh="{on}市政府常务会议审定未通过创新中心建设方案。",
        en="On {on} the executive meeting of the municipal government does not approve the plan.",
        when_label=Label("not_approved", "审定未通过", "not approved"),
        guards=(_EXECUTIVE_MEETING, _CONSULTED),
        outcome=Label("rejected", "不予通过", "rejected"),
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
    Transition(
        S.ESTABLISHED,
        ConstructionStart,
        S.UNDER_CONSTRUCTION,
        (ART_19, ART_21),
        zh="{on}独立法人实体已组建,开始建设:第{round}轮五年建设周期为[{start}, {end}),"
        "中期绩效评价自{mid_term}起进行。",
        en="On {on}, the independent legal entity being established, construction starts: "
        "round {round} is [{start}, {end}), its mid-term evaluation due from {mid_term}.",
        effect=_start_round,
        details=_new_round,
        outcome=_ROUND_STARTED,
    ),
    Transition(
        S.ROUND_COMPLETED,
        ConstructionStart,
        S.UNDER_CONSTRUCTION,
        (ART_21,),
        zh="{on}期末考核验收合格后开始新一轮建设:第{round}轮五年建设周期为[{start}, {end}),"
        "中期绩效评价自{mid_term}起进行。",
        en="On {on} a further round starts after a qualified end-of-period check: round "
        "{round} is [{start}, {end}), its mid-term evaluation due from {mid_term}.",
        effect=_start_round,
        details=_new_round,
        outcome=_ROUND_STARTED,
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
        when_label=_POOR,
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
        when_label=_NOT_POOR,
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
        when_label=_UNQUALIFIED,
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
        zh="{on}期末考核验收结果为“合格”;本办法未规定其后果,按“本轮届满建设结束”的理解处理。",
        en="On {on} the end-of-period check is qualified; the Measures state no consequence, "
        "and under the reading taken construction ends with the round.",
        when_label=Label(
            "qualified_ends", "结果为“合格”(建设结束)", "qualified (construction ends)"
        ),
        guards=(_ROUND_ENDED,),
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
@attrs.frozen
class InnovationCenter(Entity[CenterState, CenterFacts]):
    """An industrial technology innovation center (产业技术创新中心) through its lifecycle.

    Create one from its :class:`CenterProposal` with
    :meth:`~cixi_innovation.lifecycles.engine.Entity.create`, or from a list of events with
    :meth:`~cixi_innovation.lifecycles.engine.Entity.replay`;
    :meth:`~cixi_innovation.lifecycles.engine.Entity.apply` the next event.
    A second plan for the same center is refused ("一中心一方案", Art. 18 ¶2).
    """

    lifecycle = CENTER_LIFECYCLE

    def apply(
        self,
        event: Event,
        *,
        force: ForceCheck = ForceCheck.REFUSE,
        measures: Measures = MEASURES,
        parameters: Parameters = PARAMETERS,
        readings: Readings = READINGS,
    ) -> Applied[Self]:
        """Apply ``event``: a new center and the decision; this center is unchanged.

        Raises:
            EventRefusedError: a second plan for this center ("一中心一方案"), an event
                not allowed in the current state, or a failed guard; the error names the
                state, the event, the reason and the articles.
            EventOrderError: the event is dated before the last event applied.
            OutsideForceError: the event is dated outside the Measures' force and
                ``force`` is :attr:`~cixi_innovation.law.measures.ForceCheck.REFUSE` (the default).
        """
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
            )
        return super().apply(
            event, force=force, measures=measures, parameters=parameters, readings=readings
        )

    @property
    def host_units(self) -> tuple[HostUnit, ...]:
        """The host unit(s) (依托单位, Art. 18 ¶1)."""
        return self.facts.host_units

    @property
    def legal_entity(self) -> LegalEntityEstablishment | None:
        """The establishment of the independent legal entity (Art. 19), if recorded."""
        return self.facts.legal_entity

    @property
    def rounds(self) -> tuple[Period, ...]:
        """Every five-year round started, oldest first, each half-open (Art. 21)."""
        return self.facts.rounds

    @property
    def round(self) -> Period | None:
        """The running (or last) five-year round, half-open; None before construction starts."""
        return self.facts.rounds[-1] if self.facts.rounds else None

    @property
    def mid_term_from(self) -> date | None:
        """The first day of the current round's mid-term evaluation (建设满三年), if a round runs."""
        return self.facts.mid_term_from

    @property
    def support_terminated_on(self) -> date | None:
        """The date policy support was terminated, early or at the end of a round, if it was."""
        return self.facts.support_terminated_on

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
