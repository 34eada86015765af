"""The consultation of the Innovation Deepening Task Group, shared by the three lifecycles.

第六条 …征求创新深化专题组相关职能单位(市发改局、市经信局、市教育局、市财政局、市商务局、
市市场监管局、市金融发展服务中心)意见后,报市政府分管领导审定。

Before approval, the opinions of the task group's functional units are solicited: for a
Complex (Art. 6 ¶1), a Consortium (Art. 13, the units read as the seven of Art. 6,
TN 13.1) and an Innovation Center (Art. 18 ¶2).  Which of the seven must give an
opinion is the named :class:`~cixi_innovation.law.readings.ConsultationReading` (TN 6.2).
The checks below are the guards and details the three lifecycle tables share; each
reads the entity's ``facts.opinions`` (anything with a ``unit``) and the event's
``unit``.

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

from collections.abc import Sequence
from typing import Any, Protocol

from cixi_innovation.law.readings import ConsultationReading
from cixi_innovation.values.decisions import Param
from cixi_innovation.values.vocabulary import Label, TaskGroupUnit

__all__ = [
    "consultation_complete",
    "consultation_gap",
    "missing_units",
    "not_consulted_yet",
]


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
