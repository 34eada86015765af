"""Versions (版本) of an entity and what may happen next, for applications that store histories.

An entity's :attr:`~cixi_innovation.lifecycles.engine.Entity.version` is the number of
events applied to it (its history's length, read without walking the history).  An
application that keeps a platform's events and lets several people post to it passes
the version it read as ``expected_version`` to
:meth:`~cixi_innovation.lifecycles.engine.Entity.apply`: when another writer has added
an event since, the write is refused with :class:`StaleVersionError` before anything is
decided, so that a stale event never enters the history.

:meth:`~cixi_innovation.lifecycles.engine.Entity.check` tries one event without
raising (a :class:`Check`), and
:meth:`~cixi_innovation.lifecycles.engine.Entity.next_steps` says, for a day, which
kinds of event the lifecycle could accept and why the others would be refused on that
day (a :class:`NextStep` each).
"""

from __future__ import annotations

from datetime import date
from typing import Any

import attrs

from cixi_innovation.lifecycles._texts import not_a
from cixi_innovation.lifecycles.events import Event
from cixi_innovation.lifecycles.table import Context, Guard
from cixi_innovation.values._attrs import frozen
from cixi_innovation.values.decisions import Decision, Param, Reason
from cixi_innovation.values.errors import CixiError

__all__ = ["Check", "NextStep", "StaleVersionError", "check_version", "day_refusal"]


class StaleVersionError(CixiError):
    """A write based on an old version of the entity: another event was applied since.

    Attributes:
        expected: the version the writer read (``expected_version``).
        actual: the entity's version now.
        event: the event that was not applied.
    """

    def __init__(self, expected: int, actual: int, event: Event) -> None:
        self.expected = expected
        self.actual = actual
        self.event = event
        super().__init__(
            f"{event.kind} on {event.on} was written against version {expected}, but the "
            f"platform is at version {actual}: reload it and decide again",
            zh=f"{event.kind}({event.on})是按版本 {expected} 写入的,但平台现为版本 {actual}:"
            "请重新读取后再作决定",
            field="expected_version",
        )

    def __reduce__(self) -> tuple[object, ...]:
        return (StaleVersionError, (self.expected, self.actual, self.event))


def check_version(expected: object, actual: int, event: Event) -> None:
    """Refuse a write whose ``expected`` version is not ``actual`` (None skips the check).

    Raises:
        InputError: ``expected`` is not a whole number.
        StaleVersionError: ``expected`` is not the entity's version.
    """
    if expected is None:
        return
    if isinstance(expected, bool) or not isinstance(expected, int):
        raise not_a("a whole number", zh="整数", value=expected, field="expected_version")
    if expected != actual:
        raise StaleVersionError(expected, actual, event)


@frozen
class Check:
    """Whether one event would be accepted, without applying it for good.

    Attributes:
        event: the event tried.
        decision: the step's decision when the event would be accepted, else None.
        refusal: the error the event would raise when it would be refused, else None.
    """

    event: Event
    decision: Decision | None
    refusal: CixiError | None

    @property
    def accepted(self) -> bool:
        """True when the event would be accepted."""
        return self.refusal is None

    @property
    def field(self) -> str | None:
        """The field the refusal names (of the event for a lifecycle refusal), else None."""
        return None if self.refusal is None else self.refusal.field


@frozen
class NextStep:
    """One kind of event the lifecycle allows next, and whether the day alone refuses it.

    Attributes:
        event: the event type.
        on: the day asked about.
        refusal: why an event of this kind would be refused on that day, whatever its
            facts (with the articles); None when it may be accepted, depending on its
            facts.
        field: the field of the event the refusal judges (``"on"`` for the day itself,
            the refusing guard's field otherwise), as
            :attr:`~cixi_innovation.lifecycles.refusals.EventRefusedError.field` names
            it; None when the step is possible or the guard judges the entity's state.
    """

    event: type[Event]
    on: date
    refusal: Reason | None
    field: str | None = attrs.field(default=None, kw_only=True)

    @property
    def possible(self) -> bool:
        """True unless the day and the entity alone refuse the event."""
        return self.refusal is None


class _Probe:
    """An event of a given kind and date whose facts are not known yet.

    A guard that reads only the date and the entity decides on it; one that reads the
    event's facts raises AttributeError, and the step stays possible.
    """

    __slots__ = ("kind", "label", "on")

    def __init__(self, event_type: type[Event], on: date) -> None:
        self.kind = event_type.kind
        self.label = event_type.label
        self.on = on

    def params(self) -> dict[str, Param]:
        return {"event": self.label, "on": self.on}


def day_refusal(
    entity: object, guards: tuple[Guard, ...], event_type: type[Event], on: date, ctx: Context
) -> tuple[Reason, str | None] | None:
    """The reason and field of the first of ``guards`` that refuses any ``event_type`` on ``on``."""
    probe: Any = _Probe(event_type, on)
    for guard in guards:
        try:
            if guard.check(entity, probe, ctx):
                continue
            reason = guard.reason(entity, probe, ctx)
            # both texts must be complete without the event's facts
            _ = (reason.zh, reason.en)
        except (AttributeError, KeyError):
            continue
        return reason, guard.field
    return None
