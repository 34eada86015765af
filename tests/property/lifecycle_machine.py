"""What every lifecycle keeps, whatever happens: the common part of the stateful machines.

A refused event leaves the entity as it was; no event is accepted once it is final;
every decision cites the Measures; and the entity is always the replay of its own
history.  Each lifecycle's machine (Complex, Consortium, Innovation Center) subclasses
:class:`LifecycleMachine`, adds its event strategy through :func:`start_rule` and
:func:`event_rule`, and its own rules and invariants.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, timedelta
from typing import Any, ClassVar, Generic, TypeVar

from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule

from cixi_innovation.law.measures import ForceCheck
from cixi_innovation.law.readings import Readings
from cixi_innovation.lifecycles.engine import Applied, Entity
from cixi_innovation.lifecycles.events import Event
from cixi_innovation.lifecycles.refusals import EventRefusedError
from cixi_innovation.values.citations import Citation
from cixi_innovation.values.dates import Period
from cixi_innovation.values.errors import CixiError, OutsideForceError

__all__ = ["LifecycleMachine", "Maker", "end_rule", "event_rule", "maker", "start_rule"]

E = TypeVar("E", bound=Entity[Any, Any])

Maker = Callable[[date], Event]


def maker(build: Callable[..., Event], *facts: st.SearchStrategy[Any]) -> st.SearchStrategy[Maker]:
    """Facts drawn now, the date supplied when the event is made."""
    return st.tuples(*facts).map(lambda args: lambda on: build(on, *args))


class LifecycleMachine(RuleBasedStateMachine, Generic[E]):
    """An entity driven by random events, valid and invalid, with the checks all share."""

    entity_type: ClassVar[type[Entity[Any, Any]]]
    events: ClassVar[Sequence[Event]]

    def __init__(self) -> None:
        super().__init__()
        self.readings = Readings()
        self.entity: E = self.replay(self.events[:1])

    def replay(self, events: Sequence[Event], **options: Any) -> E:
        entity: E = self.entity_type.replay(events, **options)  # type: ignore[assignment]
        return entity

    def opening_events(self, n: int, chosen: Readings) -> Sequence[Event]:
        """The first ``n`` example events, without the kind ``chosen`` makes needless."""
        needless = self.needless_under(chosen)
        return [e for e in self.events[:n] if needless is None or not isinstance(e, needless)]

    def needless_under(self, chosen: Readings) -> type[Event] | None:
        """The kind of event that ``chosen`` folds into another (a start made by approval)."""
        del chosen
        return None

    def accepted(self, event: Event) -> None:
        """Checks on an event the entity accepted, beyond those every lifecycle shares."""

    def decide(self, event: Event) -> Applied[E]:
        """Apply an event the rule built to be on time (the force only flagged)."""
        step: Applied[E] = self.entity.apply(event, force=ForceCheck.FLAG, readings=self.readings)
        return step

    def advance(self, step: Applied[E], article: int) -> None:
        """The step cites exactly ``article``; the entity moves on."""
        assert step.decision.articles == (Citation.article(article),)
        self.entity = step.entity

    def decide_at_end(self, period: Period | None, days: int, make: Maker) -> Applied[E]:
        """The event ``make`` gives, ``days`` after the end of ``period`` (or the last event)."""
        assert period is not None
        return self.decide(make(self.on_or_after(period.end, days)))

    def on_or_after(self, day: date, days: int) -> date:
        """``days`` after ``day``, or after the last event if that is later."""
        return max(self.entity.last_event_on, day) + timedelta(days=days)

    def apply_made(self, make: Maker, days: int, force: ForceCheck) -> None:
        before = self.entity
        snapshot = (before.state, before.facts, before.history, hash(before))
        was_final = before.is_final
        on = before.last_event_on + timedelta(days=days)
        event = make(on)
        refused: CixiError | None = None
        try:
            step = before.apply(event, force=force, readings=self.readings)
        except (EventRefusedError, OutsideForceError) as error:
            refused = error
        assert (before.state, before.facts, before.history, hash(before)) == snapshot
        if refused is not None:
            self.check_refusal(refused, before, event, force)
            return
        assert not was_final, "no event is accepted after a final state"
        self.accepted(event)
        assert on >= before.last_event_on
        decision = step.decision
        assert decision.articles, "every decision cites at least one article"
        assert decision.on == on
        assert decision.subject == before.id
        assert step.entity.history[-1].event is event
        assert step.entity.history[:-1] == before.history
        self.entity = step.entity

    @staticmethod
    def check_refusal(
        error: CixiError, before: Entity[Any, Any], event: Event, force: ForceCheck
    ) -> None:
        """A refusal names its article(s); a refused event is the one applied."""
        assert error.articles, "a refusal cites at least one article"
        if isinstance(error, EventRefusedError):
            assert error.state is before.state
            assert error.event is event
            assert error.reason.zh
            assert error.reason.en
        else:
            assert force is ForceCheck.REFUSE

    @invariant()
    def replaying_the_history_gives_an_equal_entity(self) -> None:
        again = self.replay(self.entity.events, force=ForceCheck.FLAG, readings=self.readings)
        assert again == self.entity

    @invariant()
    def the_state_on_the_last_day_is_the_current_state(self) -> None:
        assert self.entity.state_on(self.entity.last_event_on) is self.entity.state

    @invariant()
    def every_step_of_the_history_cites_the_measures(self) -> None:
        for entry in self.entity.history:
            assert entry.decision.articles
            assert entry.source is None or entry.source not in self.entity.lifecycle.finals

    @invariant()
    def a_final_entity_allows_nothing(self) -> None:
        if self.entity.is_final:
            assert self.entity.allowed_events() == ()


Rule = Callable[..., None]


def start_rule(
    events: Sequence[Event], readings: st.SearchStrategy[Readings], *, whole_often: bool = True
) -> Rule:
    """The machine starts from a prefix of the example events, under random readings.

    With ``whole_often`` the whole example is drawn more often than any shorter prefix.
    """
    prefixes = st.integers(1, len(events))
    if whole_often:
        prefixes = st.one_of(st.just(len(events)), prefixes)

    @initialize(prefix=prefixes, chosen=readings)
    def start(self: LifecycleMachine[Any], prefix: int, chosen: Readings) -> None:
        self.readings = chosen
        self.entity = self.replay(self.opening_events(prefix, chosen), readings=chosen)

    return start


def event_rule(makers: st.SearchStrategy[Maker], most_days: int) -> Rule:
    """Any event from ``makers``, dated up to ``most_days`` after the last (or a little before)."""

    @rule(make=makers, days=st.integers(-20, most_days), force=st.sampled_from(ForceCheck))
    def apply_an_event(
        self: LifecycleMachine[Any], make: Maker, days: int, force: ForceCheck
    ) -> None:
        self.apply_made(make, days, force)

    return apply_an_event


def end_rule(state: object, **given: st.SearchStrategy[Any]) -> Callable[[Rule], Rule]:
    """A rule for the decision at the end of a period: taken in ``state``, 0 to 60 days late.

    The rule is given ``days`` and the ``given`` draws; it dates its event with
    :meth:`LifecycleMachine.decide_at_end`.
    """

    def in_state(self: LifecycleMachine[Any]) -> bool:
        return self.entity.state is state

    # typed as its plain overload: the draws are keyword strategies, never targets
    plain_rule: Callable[..., Callable[[Rule], Rule]] = rule

    def wrap(method: Rule) -> Rule:
        return precondition(in_state)(plain_rule(days=st.integers(0, 60), **given)(method))

    return wrap
