"""The consultation of the Innovation Deepening Task Group and the review after it (征求意见、审定).

第六条 …征求创新深化专题组相关职能单位(市发改局、市经信局、市教育局、市财政局、市商务局、
市市场监管局、市金融发展服务中心)意见后,报市政府分管领导审定。

Before approval, the opinions of the task group's functional units are solicited: for a
Complex (Art. 6 ¶1), a Consortium (Art. 13, the units read as the seven of Art. 6,
TN 13.1) and an Innovation Center (Art. 18 ¶2).  Which of the seven must give an
opinion is the named :class:`~cixi_innovation.law.readings.ConsultationReading` (TN 6.2).
The checks below are the guards and details the three lifecycle tables share; each
reads the entity's ``facts.opinions`` (anything with a ``unit``) and the event's
``unit``.  The opinion event, its row of the table and the review by the leader in
charge (Art. 6 ¶1, Art. 13) are declared here once, each platform citing its own
article.

>>> from types import SimpleNamespace as NS
>>> from cixi_innovation.law.readings import READINGS
>>> ctx = NS(readings=READINGS)
>>> entity = NS(facts=NS(opinions=(NS(unit=TaskGroupUnit.FINANCE),)))
>>> len(missing_units(entity)), consultation_complete(entity, None, ctx)
(6, False)
>>> not_consulted_yet(entity, NS(unit=TaskGroupUnit.FINANCE), ctx)
False
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Protocol, TypeVar

from cixi_innovation.law.readings import ConsultationReading
from cixi_innovation.lifecycles._outcomes import NOT_APPROVED, REJECTED
from cixi_innovation.lifecycles.events import Event
from cixi_innovation.lifecycles.table import Guard, Transition
from cixi_innovation.values._attrs import frozen
from cixi_innovation.values.bodies import TaskGroupUnit
from cixi_innovation.values.citations import Cites
from cixi_innovation.values.decisions import Param
from cixi_innovation.values.vocabulary import Label, LabelledEnum

__all__ = [
    "LeaderInChargeReview",
    "TaskGroupOpinion",
    "consultation_complete",
    "consultation_gap",
    "consultation_guard",
    "leader_rejection_row",
    "missing_units",
    "not_consulted_yet",
    "opinion_row",
]

S = TypeVar("S", bound=LabelledEnum)


class _Opinion(Protocol):
    @property
    def unit(self) -> TaskGroupUnit: ...


class _Facts(Protocol):
    @property
    def opinions(self) -> Sequence[_Opinion]: ...


class _Consulted(Protocol):
    @property
    def facts(self) -> _Facts: ...


def missing_units(entity: _Consulted) -> tuple[TaskGroupUnit, ...]:
    """The task-group units whose opinion is not recorded yet, in the order of Art. 6."""
    consulted = {o.unit for o in entity.facts.opinions}
    return tuple(u for u in TaskGroupUnit if u not in consulted)


def not_consulted_yet(entity: _Consulted, event: _Opinion, ctx: Any) -> bool:
    """True while the unit of ``event`` has given no opinion yet (one opinion per unit)."""
    return all(o.unit is not event.unit for o in entity.facts.opinions)


def consultation_complete(entity: _Consulted, event: object, ctx: Any) -> bool:
    """True once the consultation the reading requires is complete (TN 6.2).

    All seven units under :attr:`~cixi_innovation.law.readings.ConsultationReading.ALL_SEVEN_UNITS` (the default);
    at least one under :attr:`~cixi_innovation.law.readings.ConsultationReading.RELEVANT_UNITS`.
    """
    if ctx.readings.consultation is ConsultationReading.ALL_SEVEN_UNITS:
        return not missing_units(entity)
    return bool(entity.facts.opinions)


def consultation_gap(entity: _Consulted, event: object, ctx: Any) -> dict[str, Param]:
    """The template parameters of a refusal: which opinions are missing, under which reading."""
    if ctx.readings.consultation is ConsultationReading.RELEVANT_UNITS:
        # Mutation testing: the code of a label used only as a reason parameter is never shown
        units = Label("any", "任何相关职能单位", "any relevant unit")
    else:
        missing = missing_units(entity)
        # Mutation testing: the code of a label used only as a reason parameter is never shown
        units = Label("missing", "、".join(u.zh for u in missing), ", ".join(u.en for u in missing))
    return {"missing": units, "reading": ctx.readings.consultation}


def consultation_guard(articles: Cites, *, review_zh: str, review_en: str) -> Guard:
    """The guard refusing the review (``review_zh`` / ``review_en``) before the consultation ends."""
    return Guard(
        consultation_complete,
        articles,
        field=None,
        zh="征求意见尚未完成({reading}):尚未收到{missing}的意见;"
        + review_zh
        + "须在征求意见之后。",
        en="the consultation is not complete ({reading}): no opinion yet from {missing}; "
        + review_en
        + " only after the opinions are solicited.",
        details=consultation_gap,
    )


@frozen
class TaskGroupOpinion(Event):
    """征求创新深化专题组相关职能单位意见 — one unit's opinion (each platform names its article).

    Attributes:
        unit: one of the seven task-group units.
        opinion: the opinion, as written.
    """

    label = Label("consultation_opinion", "职能单位意见", "opinion of a task-group unit")

    unit: TaskGroupUnit
    opinion: str


@frozen
class LeaderInChargeReview(Event):
    """报市政府分管领导审定 — approval or rejection by the leader in charge.

    Attributes:
        approved: True for approval, False for rejection.
        remarks: the leader's remarks, as written.
    """

    label = Label("leader_review", "市政府分管领导审定", "review by the leader in charge")

    approved: bool
    remarks: str = ""


def opinion_row(
    state: S,
    event: type[TaskGroupOpinion],
    articles: Cites,
    effect: Callable[[Any, Any, Any], Any],
) -> Transition[S]:
    """The row recording one unit's opinion while the consultation is under way in ``state``."""
    return Transition(
        state,
        event,
        state,
        articles,
        zh="{on}{unit}提出意见。",
        en="On {on} the {unit} gives its opinion.",
        guards=(
            Guard(
                not_consulted_yet,
                articles,
                field="unit",
                zh="{unit}的意见已记录。",
                en="the opinion of the {unit} has already been recorded.",
            ),
        ),
        effect=effect,
        outcome=Label("opinion_recorded", "意见已记录", "opinion recorded"),
    )


def leader_rejection_row(
    source: S,
    event: type[LeaderInChargeReview],
    target: S,
    articles: Cites,
    consulted: Guard,
    *,
    platform: str,
) -> Transition[S]:
    """The row of a rejection by the leader in charge, once ``consulted`` holds."""
    return Transition(
        source,
        event,
        target,
        articles,
        zh="{on}市政府分管领导审定未通过。",
        en="On {on} the leader in charge does not approve the " + platform + ".",
        when_label=NOT_APPROVED,
        guards=(consulted,),
        outcome=REJECTED,
    )
