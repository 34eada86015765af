"""Named readings of the lifecycle provisions the Measures leave open.

Where the text of the Measures can be read in more than one way (the translator's
notes of measures.en.md), the library does not pick silently: each reading is a named
member of an enumeration, the default is the reading measures.en.md adopts, and a
caller who reads the text differently passes another :class:`Readings` value to
``apply``:

>>> READINGS.consultation is ConsultationReading.ALL_SEVEN_UNITS
True
>>> other = READINGS.replace(consultation="relevant_units")
>>> other.consultation.en
'only the relevant units among the seven, at least one'
>>> READINGS.consultation is ConsultationReading.ALL_SEVEN_UNITS
True
"""

from __future__ import annotations

import attrs

from cixi_innovation.values._attrs import fields_repr, frozen
from cixi_innovation.values.vocabulary import LabelledEnum

__all__ = [
    "READINGS",
    "AppraisalOutcomeReading",
    "CenterRoundReading",
    "ConstructionStartReading",
    "ConsultationReading",
    "CultivationStartReading",
    "HostUnitReportReading",
    "HostVehicleReading",
    "MatchingAfterTerminationReading",
    "PlanOutlineReading",
    "Readings",
    "ReassignmentReading",
    "RetainedQualificationReading",
]


class ConsultationReading(LabelledEnum, noun="征求意见的解读"):
    """Which task-group units must be consulted before approval (Art. 6 ¶1, TN 6.2).

    "征求创新深化专题组相关职能单位(市发改局、…、市金融发展服务中心)意见": the
    parenthesis may define "the relevant functional units" exhaustively (all seven are
    always consulted) or list the units among which the relevant ones are chosen.
    """

    #: (default) the parenthesis is exhaustive: all seven units give an opinion.
    ALL_SEVEN_UNITS = (
        "all_seven_units",
        "括号所列七个单位均须征求意见",
        "all seven units listed in Art. 6 are consulted",
    )
    #: only the units relevant to the case; at least one opinion is required.
    RELEVANT_UNITS = (
        "relevant_units",
        "仅征求七个单位中的相关单位意见(至少一个)",
        "only the relevant units among the seven, at least one",
    )


class PlanOutlineReading(LabelledEnum, noun="建设方案提纲的解读"):
    """What a plan missing a part of its annex's outline leads to (Annexes 1-3, Art. 6, 13, 18 ¶2).

    The annexes are "编写参考提纲", reference outlines for drafting the plan: they say what
    a plan contains, and the Measures attach no consequence to a plan that leaves a part
    out.
    """

    #: (default) a reference outline: the missing parts are reported, the plan is received.
    REFERENCE = (
        "reference",
        "附件为编写参考提纲,缺少的部分予以报告,不因此不予受理",
        "the annex is a reference outline: missing parts are reported, not refused",
    )
    #: a required outline: a plan missing any part of it is refused.
    STRICT = (
        "strict",
        "方案须具备提纲的每一部分,缺少任一部分不予受理",
        "the plan must have every part of the outline, or it is refused",
    )


class AppraisalOutcomeReading(LabelledEnum, noun="期满评估结果的解读"):
    """What follows an end-of-round appraisal other than "poor" (Art. 9 ¶1, TN 9.2).

    The Measures give a consequence for "差" only (elimination); the text does not say
    whether a Complex appraised otherwise enters a new five-year round.
    """

    #: (default) the Complex stays on the creation list and may start a next round.
    STAYS_ON_LIST = (
        "stays_on_list",
        "继续列入创建名单,可开始下一轮建设",
        "the Complex stays on the creation list and may start a next round",
    )
    #: the Complex's construction ends with the round (it is not eliminated).
    CONSTRUCTION_ENDS = (
        "construction_ends",
        "本轮届满,综合体建设结束",
        "the Complex's construction ends with the round",
    )


class ReassignmentReading(LabelledEnum, noun="重新确定承担单位的解读"):
    """What the units authorised after a revocation take over (Art. 8, TN 8.3).

    "另行授权委托" does not say whether the new units continue the current five-year
    round or start a new one.
    """

    #: (default) the new units continue the running round; its end date is unchanged.
    CONTINUE_ROUND = (
        "continue_round",
        "新单位继续本轮建设",
        "the new units continue the running round",
    )
    #: the new units put forward new five-year targets and start a new round.
    NEW_ROUND = (
        "new_round",
        "新单位重新提出五年建设目标,开始新一轮建设",
        "the new units put forward new five-year targets for a new round",
    )


class HostUnitReportReading(LabelledEnum, noun="报市科技局的解读"):
    """What "报市科技局" asks of the host unit's selection (Art. 7 ¶1, open point 11).

    "综合体依托单位由建设单位公开征集、择优选定,报市科技局": the text does not say whether
    the selection is reported to the Bureau for its record or submitted for its approval.
    """

    #: (default) a report: the selection takes effect once reported, no approval is needed.
    REPORT = (
        "report",
        "报市科技局为报告,无需批准",
        "the selection is reported to the Bureau; no approval is needed",
    )
    #: a submission for approval: the selection takes effect once the Bureau approves it.
    APPROVAL = (
        "approval",
        "报市科技局为报请批准,经批准方可生效",
        "the selection is submitted for the Bureau's approval and needs it",
    )


class CultivationStartReading(LabelledEnum, noun="培育期起算的解读"):
    """When a Consortium's three-year cultivation cycle starts (Art. 15, open point 8).

    "联合体培育周期为三年一轮" fixes the length of the cycle, not its first day: the
    Measures name no start (application, approval, first annual plan …).
    """

    #: (default) the cycle starts on the date recorded by an explicit cultivation-start event.
    RECORDED_START = (
        "recorded_start",
        "培育周期自记录的培育开始之日起算",
        "the cycle starts on the date recorded by a cultivation-start event",
    )
    #: the cycle starts on the day the leader in charge approves the Consortium.
    APPROVAL_DATE = (
        "approval_date",
        "培育周期自市政府分管领导审定之日起算",
        "the cycle starts on the day the leader in charge approves the Consortium",
    )


class RetainedQualificationReading(LabelledEnum, noun="保留培育资格的解读"):
    """What a cultivation qualification retained at the end of a cycle leads to (Art. 15, TN 15.3).

    "考核结果“合格”的,链主型企业的培育资格予以保留": the text does not say whether the
    retained qualification leads into a further three-year round (open point 12).
    """

    #: (default) the chain-leader enterprise keeps its qualification; a further round may start.
    FURTHER_ROUND = (
        "further_round",
        "培育资格予以保留,可开始新一轮三年培育",
        "the qualification is retained and a further three-year round may start",
    )
    #: the qualification is retained, and the Consortium's cultivation ends with the cycle.
    CULTIVATION_ENDS = (
        "cultivation_ends",
        "培育资格予以保留,培育至本轮届满结束",
        "the qualification is retained and cultivation ends with the cycle",
    )


class HostVehicleReading(LabelledEnum, noun="依托载体的解读"):
    """Which new-type R&D institutions count as a host unit's vehicle (Art. 18 ¶1, TN 18.2).

    "省工程技术研究中心、省重点企业研究院、新型研发机构等省级及以上创新载体": only the
    first two names carry "省"; the list is summed up as provincial-level or higher
    vehicles (open point 17).
    """

    #: (default) a new-type R&D institution counts only if recognised at provincial level or above.
    PROVINCIAL_OR_ABOVE = (
        "provincial_or_above",
        "新型研发机构须经省级及以上认定",
        "a new-type R&D institution counts only if recognised at provincial level or above",
    )
    #: any new-type R&D institution counts, whatever the level that recognised it.
    ANY_NEW_TYPE_INSTITUTION = (
        "any_new_type_institution",
        "任何新型研发机构均可",
        "any new-type R&D institution counts, whatever its level",
    )


class ConstructionStartReading(LabelledEnum, noun="建设期起算的解读"):
    """When an Innovation Center's five-year round starts (Art. 21, TN 21.1, open point 8).

    "建设满三年" counts from a start of construction the Measures do not define.
    """

    #: (default) the round starts on the date recorded by an explicit construction-start event.
    RECORDED_START = (
        "recorded_start",
        "建设周期自记录的开始建设之日起算",
        "the round starts on the date recorded by a construction-start event",
    )
    #: the round starts on the day the independent legal entity is established (Art. 19).
    ESTABLISHMENT_DATE = (
        "establishment_date",
        "建设周期自独立法人实体组建之日起算",
        "the round starts on the day the independent legal entity is established",
    )


class CenterRoundReading(LabelledEnum, noun="创新中心续建的解读"):
    """What follows a "qualified" end-of-period check of an Innovation Center (Art. 21, TN 21.2).

    Only "不合格" has a stated consequence (termination of policy support), which implies
    without stating it that a qualified Center may go on to a further round.
    """

    #: (default) policy support continues and a further five-year round may start.
    FURTHER_ROUND = (
        "further_round",
        "期末考核验收合格,可开始新一轮建设",
        "a further five-year round may start",
    )
    #: the Center's construction under these Measures ends with the round.
    CONSTRUCTION_ENDS = (
        "construction_ends",
        "期末考核验收合格,本轮届满建设结束",
        "construction ends with the round",
    )


class MatchingAfterTerminationReading(LabelledEnum, noun="终止后配套的解读"):
    """Whether Art. 20 matching ends with an Innovation Center's policy support (Art. 21, open point 7).

    "终止政策支持": "policy support" is not defined, and apart from the Art. 20 matching
    no municipal support of an Innovation Center is stated (TN 20.2, TN 21.2).
    """

    #: (default) the Art. 20 matching is the policy support terminated under Art. 21.
    ENDS_WITH_SUPPORT = (
        "ends_with_support",
        "终止政策支持后不再给予经费配套",
        "matching ends when policy support is terminated",
    )
    #: the matching, required by the higher level, is not affected by the termination.
    CONTINUES = (
        "continues",
        "经费配套不受终止政策支持影响",
        "matching is not affected by the termination of policy support",
    )


def _plan_outline(value: object) -> PlanOutlineReading:
    return PlanOutlineReading.parse(value, field="plan_outline")


def _consultation(value: object) -> ConsultationReading:
    return ConsultationReading.parse(value, field="consultation")


def _appraisal(value: object) -> AppraisalOutcomeReading:
    return AppraisalOutcomeReading.parse(value, field="after_appraisal")


def _reassignment(value: object) -> ReassignmentReading:
    return ReassignmentReading.parse(value, field="reassignment")


def _host_unit_report(value: object) -> HostUnitReportReading:
    return HostUnitReportReading.parse(value, field="host_unit_report")


def _cultivation_start(value: object) -> CultivationStartReading:
    return CultivationStartReading.parse(value, field="cultivation_start")


def _after_cultivation(value: object) -> RetainedQualificationReading:
    return RetainedQualificationReading.parse(value, field="after_cultivation")


def _host_vehicle(value: object) -> HostVehicleReading:
    return HostVehicleReading.parse(value, field="host_vehicle")


def _construction_start(value: object) -> ConstructionStartReading:
    return ConstructionStartReading.parse(value, field="construction_start")


def _after_center_round(value: object) -> CenterRoundReading:
    return CenterRoundReading.parse(value, field="after_center_round")


def _matching(value: object) -> MatchingAfterTerminationReading:
    return MatchingAfterTerminationReading.parse(value, field="matching_after_termination")


@frozen
class Readings:
    """The readings chosen for the open points of the lifecycles, one field per point.

    Attributes:
        consultation: who must be consulted before approval (TN 6.2).
        after_appraisal: what follows an end-of-round appraisal other than "poor" (TN 9.2).
        reassignment: whether reassigned units continue the round (TN 8.3).
        cultivation_start: when a Consortium's cultivation cycle starts (Art. 15, open point 8).
        after_cultivation: what a retained cultivation qualification leads to (TN 15.3).
        host_vehicle: which new-type R&D institutions count for a host unit (TN 18.2).
        construction_start: when an Innovation Center's round starts (TN 21.1, open point 8).
        after_center_round: what follows a qualified end-of-period check (TN 21.2).
        matching_after_termination: whether Art. 20 matching ends with policy support
            (open point 7).
        host_unit_report: whether the host unit is reported or submitted for approval
            (Art. 7 ¶1, open point 11).
        plan_outline: whether a plan missing a part of its annex's outline is received
            (reported) or refused (Annexes 1-3).
    """

    def __repr__(self) -> str:
        # the package's default shows by its name: signatures read ``=READINGS``
        return "READINGS" if self is READINGS else fields_repr(self)

    consultation: ConsultationReading = attrs.field(
        default=ConsultationReading.ALL_SEVEN_UNITS, converter=_consultation
    )
    after_appraisal: AppraisalOutcomeReading = attrs.field(
        default=AppraisalOutcomeReading.STAYS_ON_LIST, converter=_appraisal
    )
    reassignment: ReassignmentReading = attrs.field(
        default=ReassignmentReading.CONTINUE_ROUND, converter=_reassignment
    )
    cultivation_start: CultivationStartReading = attrs.field(
        default=CultivationStartReading.RECORDED_START, converter=_cultivation_start
    )
    after_cultivation: RetainedQualificationReading = attrs.field(
        default=RetainedQualificationReading.FURTHER_ROUND, converter=_after_cultivation
    )
    host_vehicle: HostVehicleReading = attrs.field(
        default=HostVehicleReading.PROVINCIAL_OR_ABOVE, converter=_host_vehicle
    )
    construction_start: ConstructionStartReading = attrs.field(
        default=ConstructionStartReading.RECORDED_START, converter=_construction_start
    )
    after_center_round: CenterRoundReading = attrs.field(
        default=CenterRoundReading.FURTHER_ROUND, converter=_after_center_round
    )
    matching_after_termination: MatchingAfterTerminationReading = attrs.field(
        default=MatchingAfterTerminationReading.ENDS_WITH_SUPPORT, converter=_matching
    )
    host_unit_report: HostUnitReportReading = attrs.field(
        default=HostUnitReportReading.REPORT, converter=_host_unit_report
    )
    plan_outline: PlanOutlineReading = attrs.field(
        default=PlanOutlineReading.REFERENCE, converter=_plan_outline
    )

    def replace(self, **changes: object) -> Readings:
        """A copy with some readings changed (given as members or codes).

        Raises:
            InvalidChoiceError: an unknown reading or an unknown code.
        """
        from cixi_innovation.values.errors import InvalidChoiceError

        known = {a.name for a in attrs.fields(Readings)}
        for name in changes:
            if name not in known:
                raise InvalidChoiceError(
                    f"{name!r} is not a reading; choose one of: {', '.join(sorted(known))}",
                    zh=f"{name!r} 不是可选的解读;可选:{', '.join(sorted(known))}",
                    field=name,
                )
        return attrs.evolve(self, **changes)


#: The readings of measures.en.md (the defaults).
READINGS = Readings()
