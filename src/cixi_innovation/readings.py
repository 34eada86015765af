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

from .vocabulary import LabelledEnum

__all__ = [
    "READINGS",
    "AppraisalOutcomeReading",
    "ConsultationReading",
    "Readings",
    "ReassignmentReading",
]


class ConsultationReading(LabelledEnum):
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


class AppraisalOutcomeReading(LabelledEnum):
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


class ReassignmentReading(LabelledEnum):
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


def _consultation(value: object) -> ConsultationReading:
    return ConsultationReading.parse(value, field="consultation")


def _appraisal(value: object) -> AppraisalOutcomeReading:
    return AppraisalOutcomeReading.parse(value, field="after_appraisal")


def _reassignment(value: object) -> ReassignmentReading:
    return ReassignmentReading.parse(value, field="reassignment")


@attrs.frozen
class Readings:
    """The readings chosen for the open points of the lifecycles, one field per point.

    Attributes:
        consultation: who must be consulted before approval (TN 6.2).
        after_appraisal: what follows an end-of-round appraisal other than "poor" (TN 9.2).
        reassignment: whether reassigned units continue the round (TN 8.3).
    """

    consultation: ConsultationReading = attrs.field(
        default=ConsultationReading.ALL_SEVEN_UNITS, converter=_consultation
    )
    after_appraisal: AppraisalOutcomeReading = attrs.field(
        default=AppraisalOutcomeReading.STAYS_ON_LIST, converter=_appraisal
    )
    reassignment: ReassignmentReading = attrs.field(
        default=ReassignmentReading.CONTINUE_ROUND, converter=_reassignment
    )

    def replace(self, **changes: object) -> Readings:
        """A copy with some readings changed (given as members or codes).

        Raises:
            InvalidChoiceError: an unknown reading or an unknown code.
        """
        from .errors import InvalidChoiceError

        known = {a.name for a in attrs.fields(Readings)}
        for name in changes:
            if name not in known:
                raise InvalidChoiceError(
                    f"{name!r} is not a reading; choose one of: {', '.join(sorted(known))}",
                    field=name,
                )
        return attrs.evolve(self, **changes)


#: The readings of measures.en.md (the defaults).
READINGS = Readings()
