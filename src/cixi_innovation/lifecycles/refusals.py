"""Refusals (不予受理): why a lifecycle does not accept an event, with the articles.

An event is refused when it is dated before the entity's last event
(:class:`EventOrderError`), when the table has no row for it in the entity's state
(not an event of this platform, not a creating event, after a final state, or not
allowed next), when its facts match none of its rows' conditions, or when a guard of
the row it takes fails.  Each refusal is an :class:`EventRefusedError` carrying the
state, the event, a bilingual reason citing the provisions it rests on and the field
of the event it judges (``"kind"`` for an event not accepted in the state, ``"on"`` for
one out of date order, the guard's field for a failed guard).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any, Protocol

import attrs

from cixi_innovation.lifecycles.events import Event
from cixi_innovation.lifecycles.table import Transition
from cixi_innovation.values.citations import Cites
from cixi_innovation.values.decisions import Reason
from cixi_innovation.values.errors import InputError
from cixi_innovation.values.vocabulary import Label, LabelledEnum

__all__ = ["EventOrderError", "EventRefusedError", "no_case", "out_of_order", "unlisted"]


class _Table(Protocol):
    """What a refusal needs of the lifecycle refusing (a :class:`~.engine.Lifecycle`).

    A protocol rather than the class, so that the engine, which raises these refusals,
    is not imported back by them.
    """

    label: Label
    event_types: tuple[type[Event], ...]
    finals: frozenset[Any]

    @property
    def creations(self) -> Sequence[Transition[Any]]:
        """The rows that create an entity."""

    def articles_of(self, event_type: type[Event]) -> Cites:
        """The provisions of the rows of ``event_type``."""

    def all_articles(self) -> Cites:
        """The provisions of every row."""

    def articles_into(self, state: Any) -> Cites:
        """The provisions of the rows leading into ``state``."""

    def allowed(self, state: Any) -> tuple[type[Event], ...]:
        """The events a table row accepts in ``state``."""


class EventRefusedError(InputError):
    """An event the lifecycle does not accept in the entity's state, with the reason why.

    Attributes:
        state: the state the entity was in (None before the entity exists).
        event: the refused event.
        reason: why, in Chinese and English (``reason.zh`` / ``reason.en``), with citations.
        articles: the provisions of the Measures the refusal rests on.
        field: the field **of the event** the refusal judges, for a form to show what to
            fix: ``"kind"`` for an event the entity's state does not accept, ``"on"`` for
            a date (out of order, too early, too late), ``"year"``, ``"level"``, ``"unit"``
            … for a guard on that field; None where the event is refused as a whole (its
            facts match no case) or for the entity's state.  It is not a path of the
            caller's input, and the texts do not begin with it: ``str(error)`` and
            ``error.text(lang)`` name the event and its date, as without a field.
    """

    def __init__(
        self,
        state: LabelledEnum | None,
        event: Event,
        reason: Reason,
        *,
        field: str | None = None,
    ) -> None:
        self.state = state
        self.event = event
        self.reason = reason
        where = f"state '{state.code}'" if state is not None else "no state (not created)"
        where_zh = f"状态 '{state.code}'" if state is not None else "无状态(尚未设立)"
        super().__init__(
            f"{event.kind} on {event.on} refused in {where}: {reason.en}",
            zh=f"{event.kind}({event.on})在{where_zh}下不被接受:{reason.zh}",
            field=field,
            article=reason.citations,
        )

    def _prefix(self) -> str:
        # the field is of the event, which the text names already, not of the input
        return ""

    def __reduce__(self) -> tuple[object, ...]:
        # a reason's parameters live in a read-only mapping, which cannot be pickled:
        # keep its rendered texts instead
        r = self.reason
        return (
            _rebuild_refusal,
            (type(self), self.state, self.event, r.citations, r.zh, r.en, self.field),
        )


def _rebuild_refusal(
    cls: type[EventRefusedError],
    state: LabelledEnum | None,
    event: Event,
    citations: Cites,
    zh: str,
    en: str,
    field: str | None = None,
) -> EventRefusedError:
    reason = Reason(
        citations,
        zh.replace("{", "{{").replace("}", "}}"),
        en.replace("{", "{{").replace("}", "}}"),
    )
    return cls(state, event, reason, field=field)


class EventOrderError(EventRefusedError):
    """An event dated before the last event already applied: events come in date order."""


_ORDER = Reason(
    (),
    "{event}日期{on}早于已记录的最后事件日期{last};事件须按日期顺序发生。",
    "{event} dated {on} comes before the last recorded event of {last}; "
    "events must be applied in date order.",
)


def out_of_order(
    lifecycle: _Table, state: LabelledEnum, event: Event, last: date
) -> EventOrderError:
    """The refusal of an event dated before the entity's last event."""
    reason = attrs.evolve(
        _ORDER,
        citations=lifecycle.articles_of(type(event)) or lifecycle.all_articles()[:1],
        params={"event": event.label, "on": event.on, "last": last},
    )
    return EventOrderError(state, event, reason, field="on")


def no_case(
    rows: tuple[Transition[Any], ...], state: LabelledEnum | None, event: Event
) -> EventRefusedError:
    """The refusal of an event whose facts meet the condition of none of its rows."""
    reason = Reason(
        tuple(dict.fromkeys(c for t in rows for c in t.articles)),
        "{event}的事实不符合任何可适用的情形。",
        "the facts of {event} match none of the cases the Measures provide for.",
        {"event": event.label},
    )
    return EventRefusedError(state, event, reason)


def unlisted(lifecycle: _Table, state: LabelledEnum | None, event: Event) -> EventRefusedError:
    """The refusal of an event the table has no row for in ``state``."""
    if type(event) not in lifecycle.event_types:
        reason = Reason(
            lifecycle.all_articles()[:1],
            "{event}不属于{platform}的生命周期。",
            "{event} is not an event of the {platform} lifecycle.",
            {"event": event.label, "platform": lifecycle.label},
        )
        return EventRefusedError(state, event, reason, field="kind")
    if state is None:
        creating = lifecycle.creations[0].event.label
        # Mutation testing: a longer string around 'aeiou' holds the same vowels
        article = "an" if lifecycle.label.en[:1].lower() in "aeiou" else "a"
        reason = Reason(
            lifecycle.articles_of(type(event)),
            "{platform}须由{creating}创建,{event}不能创建。",
            article + " {platform} is created by {creating}, not by {event}.",
            {"event": event.label, "platform": lifecycle.label, "creating": creating},
        )
        return EventRefusedError(None, event, reason, field="kind")
    if state in lifecycle.finals:
        reason = Reason(
            lifecycle.articles_into(state),
            "“{state}”为终结状态,此后不再受理任何事件。",
            "'{state}' is a final state: no event is accepted after it.",
            {"state": state},
        )
        return EventRefusedError(state, event, reason, field="kind")
    allowed = lifecycle.allowed(state)
    reason = Reason(
        lifecycle.articles_of(type(event)),
        "“{state}”状态下不能发生{event};可发生:{allowed}。",
        "{event} is not allowed in state '{state}'; allowed next: {allowed}.",
        {
            "event": event.label,
            "state": state,
            "allowed": Label(
                # Mutation testing, not mutated: the code of a label used only as a reason parameter is never shown
                "allowed",  # pragma: no mutate
                "、".join(e.label.zh for e in allowed),
                ", ".join(e.label.en for e in allowed),
            ),
        },
    )
    return EventRefusedError(state, event, reason, field="kind")
