"""The history (履历) of an entity: one entry per applied event, kept as a shared chain.

A :class:`HistoryEntry` records an applied event with the states before and after and
the table row that applied; its :class:`~cixi_innovation.values.decisions.Decision` is
built from that row's templates only when it is read.  An entity keeps its entries as
a persistent chain (:class:`HistoryChain`): applying an event adds one cell pointing at the old
chain, which is shared, never copied.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, Generic, NamedTuple, TypeVar

from cixi_innovation.lifecycles.events import Event
from cixi_innovation.lifecycles.table import Transition
from cixi_innovation.values.assessments import Consequence
from cixi_innovation.values.citations import Cites
from cixi_innovation.values.decisions import Decision, Param, Reason, decided
from cixi_innovation.values.vocabulary import LabelledEnum

__all__ = ["HistoryChain", "HistoryEntry"]

S = TypeVar("S", bound=LabelledEnum)


class HistoryEntry(NamedTuple, Generic[S]):
    """One applied event: the event, the state before and after, and its decision.

    An entry is an immutable named tuple (cheaper to build than a class instance, as one
    is built for every event applied); its decision is built from the transition's
    templates when it is read.

    Attributes:
        event: the event applied.
        source: the state before (None for the creating event).
        target: the state after.
        transition: the table row that applied.
        subject: the entity's identifier.
        in_force: False when the event was dated outside the Measures' force and
            accepted under :attr:`ForceCheck.FLAG <cixi_innovation.law.measures.ForceCheck.FLAG>`.
        details: template parameters computed when the event was applied, as pairs.
    """

    event: Event
    source: S | None
    target: S
    transition: Transition[S]
    subject: str
    in_force: bool = True
    details: tuple[tuple[str, Param], ...] = ()

    @property
    def decision(self) -> Decision:
        """The decision of this step: outcome, the reason citing the articles (zh / en)."""
        t = self.transition
        params = self.event.params()
        if self.source is not None:
            params["state"] = self.source
        params["target"] = self.target
        params.update(self.details)
        return decided(
            t.rule,
            self.event.on,
            t.outcome_label,
            {},
            (Reason(t.articles, t.zh, t.en, params),),
            self.subject,
            self.in_force,
        )

    @property
    def consequences(self) -> tuple[Consequence, ...]:
        """What the step entails (revocation, reassignment, elimination …)."""
        return self.transition.consequences

    @property
    def articles(self) -> Cites:
        """The provisions the step rests on."""
        return self.transition.articles


class HistoryChain(NamedTuple):
    """A cell of the persistent history chain: an entry and the chain before it.

    Appending an event makes one cell pointing at the old chain, which is shared, never
    copied; :attr:`~cixi_innovation.lifecycles.engine.Entity.history` materialises the tuple of entries on demand.
    """

    entry: HistoryEntry[Any]
    previous: HistoryChain | None
    length: int

    @classmethod
    def first(cls, entry: HistoryEntry[Any]) -> HistoryChain:
        """The chain of one entry."""
        return cls(entry, None, 1)

    def entries(self) -> Iterator[HistoryEntry[Any]]:
        """Entries from the newest to the oldest."""
        node: HistoryChain | None = self
        while node is not None:
            yield node.entry
            node = node.previous

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, HistoryChain):
            return NotImplemented
        a: HistoryChain | None = self
        b: HistoryChain | None = other
        if self.length != other.length:
            return False
        # Mutation testing: 'and' and 'or' agree: chains of equal length end together
        while a is not None and b is not None:
            if a is b:
                return True
            if a.entry != b.entry:
                return False
            a, b = a.previous, b.previous
        return True

    def __ne__(self, other: object) -> bool:
        equal = self.__eq__(other)
        return equal if equal is NotImplemented else not equal

    def __hash__(self) -> int:
        # Mutation testing, not mutated: any hash agreeing with __eq__ will do
        return hash((self.length, self.entry))  # pragma: no mutate

    def __repr__(self) -> str:
        return f"<history of {self.length} events>"
