"""The table-driven lifecycle engine: a :class:`Lifecycle` applies events to an :class:`Entity`.

Each platform kind of the Measures has one :class:`Lifecycle`, declared once as a
table of :class:`~cixi_innovation.lifecycles.table.Transition` rows and checked when it
is declared (at import, :func:`~cixi_innovation.lifecycles.table.check_table`), so a
bad table raises :class:`~cixi_innovation.lifecycles.table.LifecycleDefinitionError`
before anything runs.  The same table applies
:class:`~cixi_innovation.lifecycles.events.Event` s to immutable entities, records each
step in the entity's :mod:`~cixi_innovation.lifecycles.history`, refuses what it does
not allow (:mod:`~cixi_innovation.lifecycles.refusals`), lists what may happen next,
and draws the diagrams (:mod:`cixi_innovation.lifecycles.diagrams`).

How to declare a lifecycle
--------------------------

1. the states: a :class:`~cixi_innovation.values.vocabulary.LabelledEnum` (code, zh, en);
2. the events: frozen :class:`~cixi_innovation.lifecycles.events.Event` subclasses with a stable ``kind`` code, a
   bilingual ``label`` and their facts after ``on``; the creating event also has ``id``
   and ``name`` (the new entity's);
3. the facts: one frozen value the effects turn into the next one;
4. the transitions ``Transition(source, event, target, articles, zh=, en=, ...)``:
   ``when`` picks among transitions sharing (source, event) (the first that holds
   is taken), ``guards`` refuse the event with their own reason and articles,
   ``effect`` computes the new facts, ``zh``/``en`` are the templates of the
   decision's reason (filled with the event's fields, ``state`` and ``target``);
5. the entity: an :class:`Entity` subclass naming its ``lifecycle``.

>>> from datetime import date
>>> import attrs
>>> from cixi_innovation.values.citations import Citation
>>> class Step(LabelledEnum):
...     OPEN = ("open", "建设中", "under construction")
...     CLOSED = ("closed", "已淘汰", "eliminated")
>>> @attrs.frozen
... class Opened(Event):
...     label = Label("opened", "启动", "opened")
...     id: str
...     name: str
>>> @attrs.frozen
... class Appraised(Event):
...     label = Label("appraised", "绩效评估", "appraisal")
...     poor: bool
>>> ART_9 = (Citation.article(9),)
>>> TOY = Lifecycle(
...     name="toy",
...     label=Label("toy", "示例", "toy"),
...     states=Step,
...     finals={Step.CLOSED},
...     transitions=[
...         Transition(None, Opened, Step.OPEN, ART_9, zh="{name}启动。", en="{name} opened."),
...         Transition(
...             Step.OPEN, Appraised, Step.CLOSED, ART_9,
...             zh="结果为“差”,予以淘汰。", en="Poor result: eliminated.",
...             when=lambda entity, event, ctx: event.poor,
...         ),
...         Transition(
...             Step.OPEN, Appraised, Step.OPEN, ART_9,
...             zh="结果非“差”。", en="Not poor: stays.",
...         ),
...     ],
... )
>>> @attrs.frozen
... class Toy(Entity[Step, None]):
...     lifecycle = TOY
>>> toy = Toy.create(Opened(date(2026, 1, 5), id="t1", name="Toy")).entity
>>> after = toy.apply(Appraised(date(2029, 6, 5), poor=True))
>>> after.entity.state.code, toy.state.code, after.decision.reasons[0].en
('closed', 'open', 'Poor result: eliminated.')
>>> after.entity.state_on(date(2029, 6, 4)).code, after.entity.allowed_events()
('open', ())

Applying an event is pure and fast: a dictionary lookup by (state, event type), the
conditions and guards, the effect, and one new entity whose history shares the old
one's (a persistent chain, materialised into a tuple only when read).  The decision
of a step is built from the pre-declared templates when it is first read.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from typing import TYPE_CHECKING, Any, ClassVar, Generic, Self, TypeVar

import attrs

from cixi_innovation.law.measures import MEASURES, ForceCheck, Measures
from cixi_innovation.law.nouns import type_noun
from cixi_innovation.law.parameters import PARAMETERS, Parameters
from cixi_innovation.law.readings import READINGS, Readings
from cixi_innovation.lifecycles._texts import not_a, not_one_of
from cixi_innovation.lifecycles.events import Event
from cixi_innovation.lifecycles.history import HistoryChain, HistoryEntry
from cixi_innovation.lifecycles.refusals import (
    EventRefusedError,
    no_case,
    out_of_order,
    unlisted,
)
from cixi_innovation.lifecycles.table import Context, Transition, check_table
from cixi_innovation.lifecycles.versions import Check, NextStep, check_version, day_refusal
from cixi_innovation.values._attrs import frozen, is_simple
from cixi_innovation.values.assessments import Consequence
from cixi_innovation.values.citations import Citation, Cites
from cixi_innovation.values.days import to_date
from cixi_innovation.values.decisions import Decision, Param, Reason
from cixi_innovation.values.errors import CixiError, InputError, InvalidChoiceError
from cixi_innovation.values.vocabulary import Label, LabelledEnum

__all__ = ["Applied", "Entity", "Lifecycle"]

S = TypeVar("S", bound=LabelledEnum)
F = TypeVar("F")
E = TypeVar("E", bound="Entity[Any, Any]")

# --- the lifecycle -----------------------------------------------------------------


class Lifecycle(Generic[S, F]):
    """The lifecycle of one platform kind, declared once as a checked table.

    Args:
        name: short code, the prefix of decision rules (``"complex"``).
        label: the platform kind's name (zh / en), for diagrams.
        states: the enumeration of states.
        finals: the final states (nothing leaves them).
        transitions: the table; rows with ``source=None`` create the entity.

    Raises:
        LifecycleDefinitionError: the table breaks a rule of declaration.
    """

    def __init__(
        self,
        *,
        name: str,
        label: Label,
        states: type[S],
        finals: Iterable[S],
        transitions: Iterable[Transition[S]],
    ) -> None:
        self.name = name
        self.label = label
        self.states: tuple[S, ...] = tuple(states)
        self.finals: frozenset[S] = frozenset(finals)
        self.transitions: tuple[Transition[S], ...] = tuple(
            attrs.evolve(t, rule=f"{name}.{t.event.kind}") for t in transitions
        )
        self.initial: S = check_table(name, self.states, self.finals, self.transitions)
        self.creations: tuple[Transition[S], ...] = tuple(
            t for t in self.transitions if t.source is None
        )
        self.event_types: tuple[type[Event], ...] = tuple(
            dict.fromkeys(t.event for t in self.transitions)
        )
        self.events_by_kind: dict[str, type[Event]] = {e.kind: e for e in self.event_types}
        table: dict[S | None, dict[type[Event], list[Transition[S]]]] = {}
        for t in self.transitions:
            table.setdefault(t.source, {}).setdefault(t.event, []).append(t)
        self._table: dict[S | None, dict[type[Event], tuple[Transition[S], ...]]] = {
            state: {ev: tuple(rows) for ev, rows in by_event.items()}
            for state, by_event in table.items()
        }
        # the hot path looks rows up by the member's name: a str hashes faster than an Enum
        self._rows = {s._name_: self._table[s] for s in self.states if s in self._table}
        # Mutation testing, not mutated: the first _in_force call sets it
        self._measures: Measures | None = None  # pragma: no mutate
        # Mutation testing, not mutated: the first _in_force call sets them
        self._start = self._end = date.min  # pragma: no mutate
        self._context: Context | None = None

    def __repr__(self) -> str:
        return f"<Lifecycle {self.name}: {len(self.states)} states, {len(self.transitions)} transitions>"

    # -- queries --------------------------------------------------------------------

    def allowed(self, state: S) -> tuple[type[Event], ...]:
        """The event types the table allows from ``state`` (in declaration order)."""
        return tuple(self._table.get(state, {}))

    def rows(self, state: S, event_type: type[Event]) -> tuple[Transition[S], ...]:
        """The rows ``event_type`` may take from ``state`` (none when it is not allowed)."""
        return self._table.get(state, {}).get(event_type, ())

    def articles_of(self, event_type: type[Event]) -> Cites:
        """Every provision cited by the transitions of ``event_type``."""
        seen: dict[Citation, None] = {}
        for t in self.transitions:
            if t.event is event_type:
                seen.update(dict.fromkeys(t.articles))
        return tuple(seen)

    def articles_into(self, state: S) -> Cites:
        """Every provision cited by the transitions entering ``state``."""
        seen: dict[Citation, None] = {}
        for t in self.transitions:
            if t.target is state:
                seen.update(dict.fromkeys(t.articles))
        return tuple(seen)

    def all_articles(self) -> Cites:
        """Every provision the table cites, in order of first citation."""
        seen: dict[Citation, None] = {}
        for t in self.transitions:
            seen.update(dict.fromkeys(t.articles))
            for g in t.guards:
                seen.update(dict.fromkeys(g.articles))
        return tuple(seen)

    def event_from_data(self, data: Mapping[str, object]) -> Event:
        """Build one of this lifecycle's events from plain data with a ``kind`` code.

        Raises:
            InvalidChoiceError: an unknown ``kind``.
            InputError: a missing, unknown or ill-typed field.
        """
        return self.event_type_of(data.get("kind")).from_data(data)

    def event_type_of(self, kind: object) -> type[Event]:
        """The event class of this lifecycle whose ``kind`` code is ``kind``.

        Raises:
            InvalidChoiceError: ``kind`` is not the code of an event of this lifecycle.
        """
        event_type = self.events_by_kind.get(kind) if isinstance(kind, str) else None
        if event_type is None:
            raise not_one_of(
                f"an event of the {self.label.en} lifecycle",
                zh=f"{self.label.zh}生命周期的事件",
                value=kind,
                choices=self.events_by_kind,
                field="kind",
            )
        return event_type

    # -- applying events ------------------------------------------------------------

    def context(self, measures: Measures, parameters: Parameters, readings: Readings) -> Context:
        """The context for these inputs (the last one is reused when they are the same)."""
        # Mutation testing, not mutated: the context cache: a miss builds an equal context
        ctx = self._context  # pragma: no mutate
        if (
            ctx is None
            or ctx.measures is not measures
            or ctx.parameters is not parameters
            or ctx.readings is not readings
        ):
            _check_type(parameters, Parameters, "parameters")
            _check_type(readings, Readings, "readings")
            ctx = self._context = Context(measures, parameters, readings)
        return ctx

    def _in_force(self, on: date, force: ForceCheck, measures: Measures) -> bool:
        if type(force) is not ForceCheck:
            force = _force(force)
        if measures is not self._measures:
            _check_type(measures, Measures, "measures", _ART_24)
            # Mutation testing, not mutated: a cache of the period of force: a miss only recomputes it
            self._measures = measures  # pragma: no mutate
            self._start, self._end = measures.effective_date, measures.end_exclusive
        # Mutation testing: '<' for the first '<=' is equivalent: the first day falls to measures.gate, which finds it in force too
        if self._start <= on < self._end:
            return True
        return measures.gate(on, force, field="on")

    def _choose_creation(
        self, rows: tuple[Transition[S], ...], event: Event, ctx: Context
    ) -> Transition[S]:
        """The transition a creating event takes (no entity and no state yet)."""
        for t in rows:
            if t.when is None or t.when(None, event, ctx):
                for g in t.guards:
                    if not g.check(None, event, ctx):
                        raise EventRefusedError(
                            None, event, g.reason(None, event, ctx), field=g.field
                        )
                return t
        raise no_case(rows, None, event)

    def begin(
        self,
        event: Event,
        *,
        force: ForceCheck = ForceCheck.REFUSE,
        measures: Measures = MEASURES,
        parameters: Parameters = PARAMETERS,
        readings: Readings = READINGS,
    ) -> tuple[S, F, HistoryEntry[S]]:
        """Apply a creating event: the initial state, the first facts and the entry."""
        _check_event(event)
        in_force = self._in_force(event.on, force, measures)
        rows = self._table[None].get(type(event))
        if rows is None:
            raise unlisted(self, None, event)
        ctx = self.context(measures, parameters, readings)
        t = self._choose_creation(rows, event, ctx)
        facts: F = t.effect(None, event, ctx) if t.effect is not None else None  # type: ignore[assignment]
        details = _NO_DETAILS if t.details is None else tuple(t.details(None, event, ctx).items())
        subject: str = event.id  # type: ignore[attr-defined]
        return t.target, facts, HistoryEntry(event, None, t.target, t, subject, in_force, details)

    def apply(
        self,
        entity: E,
        event: Event,
        force: ForceCheck,
        measures: Measures,
        parameters: Parameters,
        readings: Readings,
    ) -> Applied[E]:
        """Apply ``event`` to ``entity`` (see :meth:`Entity.apply`, which calls this).

        The hot path of the library: one lookup by (state, event type), the conditions,
        the guards, the effect, and four small objects (entry, chain cell, entity,
        result).

        Raises:
            EventOrderError: the event is dated before the entity's last event.
            OutsideForceError: the event is dated outside the Measures' force and
                ``force`` is :attr:`~cixi_innovation.law.measures.ForceCheck.REFUSE`.
            EventRefusedError: the table does not allow the event, or a guard fails.
        """
        if not isinstance(event, Event):
            _check_event(event)
        on = event.on
        log: HistoryChain = entity._log
        state = entity.state
        if on < log.entry.event.on:
            raise out_of_order(self, state, event, log.entry.event.on)
        if measures is self._measures:
            # Mutation testing: '<' for the first '<=' is equivalent: the first day falls back to _in_force, which says the same
            in_force = self._start <= on < self._end or self._in_force(on, force, measures)
        else:
            in_force = self._in_force(on, force, measures)
        rows = self._rows.get(state._name_, _NO_ROWS).get(type(event))
        if rows is None:
            raise unlisted(self, state, event)
        # Mutation testing, not mutated: the context cache: a miss builds an equal context
        ctx = self._context  # pragma: no mutate
        if (
            ctx is None
            or ctx.measures is not measures
            or ctx.parameters is not parameters
            or ctx.readings is not readings
        ):
            ctx = self.context(measures, parameters, readings)
        for t in rows:
            when = t.when
            if when is None or when(entity, event, ctx):
                for guard in t.guards:
                    if not guard.check(entity, event, ctx):
                        raise EventRefusedError(
                            state, event, guard.reason(entity, event, ctx), field=guard.field
                        )
                break
        else:
            raise no_case(rows, state, event)
        effect = t.effect
        facts = entity.facts if effect is None else effect(entity.facts, event, ctx)
        details = _NO_DETAILS if t.details is None else tuple(t.details(entity, event, ctx).items())
        target = t.target
        entry: HistoryEntry[Any] = _tuple_new(
            HistoryEntry, (event, state, target, t, entity.id, in_force, details)
        )
        node: HistoryChain = _tuple_new(HistoryChain, (entry, log, log.length + 1))
        cls = type(entity)
        # Mutation testing, not mutated: chooses between two ways of building the same entity
        if _PLAIN_ENTITIES.get(cls) or _is_plain(cls):  # pragma: no mutate
            new: E = _new_object(cls)
            _set_id(new, entity.id)
            _set_name(new, entity.name)
            _set_state(new, target)
            _set_facts(new, facts)
            _set_log(new, node)
            _set_version(new, node.length)
        else:
            new = cls(entity.id, entity.name, target, facts, node)
        applied: Applied[E] = _new_object(Applied)
        _set_applied_entity(applied, new)
        _set_applied_entry(applied, entry)
        return applied


_ART_24 = Citation.article(24)


def _check_type(value: object, expected: type, field: str, cite: Citation | None = None) -> None:
    if not isinstance(value, expected):
        name = expected.__name__
        article = "an" if name[0] in "AEIOU" else "a"
        name_zh = type_noun(name)
        raise not_a(f"{article} {name}", zh=f"{name_zh}", value=value, field=field, article=cite)


def _check_event(event: object, field: str = "event") -> None:
    _check_type(event, Event, field)


def _force(force: object) -> ForceCheck:
    try:
        return ForceCheck.parse(force, field="force")
    except InvalidChoiceError as exc:
        raise InvalidChoiceError(exc.message, zh=exc.zh, field="force", article=_ART_24) from None


_NO_ROWS: dict[type[Event], tuple[Transition[Any], ...]] = {}
_NO_DETAILS: tuple[tuple[str, Param], ...] = ()
_tuple_new = tuple.__new__

# --- entities ----------------------------------------------------------------------


@frozen
class Applied(Generic[E]):
    """The result of applying an event: the new entity and the step's decision.

    Attributes:
        entity: the entity after the event (the entity before it is unchanged).
        entry: the history entry of the step.
    """

    entity: E
    entry: HistoryEntry[Any]

    @property
    def decision(self) -> Decision:
        """The decision of the step, with its reasons citing the articles (zh / en)."""
        return self.entry.decision

    @property
    def consequences(self) -> tuple[Consequence, ...]:
        """What the step entails (revocation, reassignment, elimination …)."""
        return self.entry.transition.consequences


@frozen
class Entity(Generic[S, F]):
    """A platform going through its lifecycle: identity, state, facts and history.

    Entities are immutable: :meth:`apply` returns a new entity (in an
    :class:`Applied`) and leaves this one unchanged.  Build one with :meth:`create`
    from its creating event, or with :meth:`replay` from a list of events.

    Attributes:
        id: the platform's identifier (from the creating event).
        name: the platform's name (from the creating event).
        state: the current state.
        facts: the domain facts gathered so far.
        version: the number of events applied so far (1 after creation); pass it back
            as ``expected_version`` to :meth:`apply` to refuse a stale write.
        history_length: the number of entries of :attr:`history` (the same number),
            read without building the history.
    """

    lifecycle: ClassVar[Lifecycle[Any, Any]]

    id: str
    name: str
    state: S
    facts: F
    _log: HistoryChain = attrs.field(repr=False)
    # the history's length, kept in a slot so that reading it costs an attribute read
    _version: int = attrs.field(
        default=attrs.Factory(lambda self: self._log.length, takes_self=True),
        repr=False,
        eq=False,
    )

    @classmethod
    def create(
        cls,
        event: Event,
        *,
        force: ForceCheck = ForceCheck.REFUSE,
        measures: Measures = MEASURES,
        parameters: Parameters = PARAMETERS,
        readings: Readings = READINGS,
    ) -> Applied[Self]:
        """Create the entity from its creating event (an application …).

        Raises:
            EventRefusedError: the event cannot create this kind of platform, or a guard fails.
            OutsideForceError: the event is dated outside the Measures' force and
                ``force`` is :attr:`~cixi_innovation.law.measures.ForceCheck.REFUSE`.
        """
        state, facts, entry = cls.lifecycle.begin(
            event, force=force, measures=measures, parameters=parameters, readings=readings
        )
        name: str = event.name  # type: ignore[attr-defined]
        return Applied(cls(entry.subject, name, state, facts, HistoryChain.first(entry)), entry)

    @classmethod
    def replay(
        cls,
        events: Iterable[Event],
        *,
        force: ForceCheck = ForceCheck.REFUSE,
        measures: Measures = MEASURES,
        parameters: Parameters = PARAMETERS,
        readings: Readings = READINGS,
    ) -> Self:
        """Build the entity from its creating event, then apply the other events in order.

        Raises:
            InputError: ``events`` is empty.
            EventRefusedError: an event is refused (the error names it).
        """
        if isinstance(events, str | bytes | Mapping) or not isinstance(events, Iterable):
            raise not_a("a list of events", zh="事件列表", value=events, field="events")
        iterator = iter(events)
        first = next(iterator, None)
        if first is None:
            raise InputError("no events to replay", zh="没有可重放的事件", field="events")
        kw: dict[str, Any] = {
            "force": force,
            "measures": measures,
            "parameters": parameters,
            "readings": readings,
        }
        _check_event(first, "events[0]")
        entity = cls.create(first, **kw).entity
        for i, event in enumerate(iterator, 1):
            _check_event(event, f"events[{i}]")
            entity = entity.apply(event, **kw).entity
        return entity

    def apply(
        self,
        event: Event,
        *,
        expected_version: int | None = None,
        force: ForceCheck = ForceCheck.REFUSE,
        measures: Measures = MEASURES,
        parameters: Parameters = PARAMETERS,
        readings: Readings = READINGS,
    ) -> Applied[Self]:
        """Apply ``event``: a new entity and the decision; this entity is unchanged.

        ``expected_version`` is the :attr:`version` the writer decided on; when given
        and the entity is at another version, nothing is applied.

        Raises:
            StaleVersionError: ``expected_version`` is not this entity's version.
            EventOrderError: the event is dated before the last event applied.
            OutsideForceError: the event is dated outside the Measures' force and
                ``force`` is :attr:`~cixi_innovation.law.measures.ForceCheck.REFUSE` (the default).
            EventRefusedError: the event is not allowed in the current state, a guard
                fails, or this kind of platform never takes it (an Innovation Center's
                second plan); the error names the state, the event, the reason and the
                articles.
        """
        if expected_version is not None:
            check_version(expected_version, self._log.length, event)
        self._refuse_early(event)
        return self.lifecycle.apply(self, event, force, measures, parameters, readings)

    def _refuse_early(self, event: Event) -> None:
        """Refuse, before the table is read, an event this kind of platform never takes.

        None by default; a platform whose Measures forbid an event whatever the state
        (an Innovation Center's second plan, Art. 18 ¶2) raises
        :class:`~cixi_innovation.lifecycles.refusals.EventRefusedError` here, so that
        :meth:`apply`, :meth:`check` and :meth:`replay` all refuse it.
        """

    def check(
        self,
        event: Event,
        *,
        expected_version: int | None = None,
        force: ForceCheck = ForceCheck.REFUSE,
        measures: Measures = MEASURES,
        parameters: Parameters = PARAMETERS,
        readings: Readings = READINGS,
    ) -> Check:
        """Whether ``event`` would be accepted now, with its decision or its refusal.

        Nothing is kept (entities are immutable): this is :meth:`apply` without raising.
        """
        try:
            applied = self.apply(
                event,
                expected_version=expected_version,
                force=force,
                measures=measures,
                parameters=parameters,
                readings=readings,
            )
        except CixiError as error:
            return Check(event, None, error)
        return Check(event, applied.decision, None)

    if TYPE_CHECKING:
        # at run time both names read the slot of _version (set after the class)

        @property
        def version(self) -> int:
            """The number of events applied so far (1 after creation), read in constant time."""

        @property
        def history_length(self) -> int:
            """The number of entries of :attr:`history`, read without building it."""

    def as_of(
        self,
        day: date,
        *,
        force: ForceCheck | None = None,
        measures: Measures = MEASURES,
        parameters: Parameters = PARAMETERS,
        readings: Readings = READINGS,
    ) -> Self | None:
        """The entity as it stood at the end of ``day``; None before it was created.

        Its history is the events dated in the half-open period [first event,
        ``day`` + 1 day): an event dated ``day`` counts, a later one does not (the
        convention of :meth:`state_on`).  The earlier entity is rebuilt by replaying
        those events under ``measures``, ``parameters`` and ``readings``, which should
        be the ones the history was decided under; ``force`` defaults to accepting
        events outside the Measures' force only if the history accepted one.
        """
        node: HistoryChain | None = self._log
        while node is not None and node.entry.event.on > day:
            node = node.previous
        if node is None:
            return None
        if node is self._log:
            return self
        entries = list(node.entries())
        entries.reverse()
        if force is None:
            recorded = all(entry.in_force for entry in entries)
            force = ForceCheck.REFUSE if recorded else ForceCheck.FLAG
        return self.replay(
            [entry.event for entry in entries],
            force=force,
            measures=measures,
            parameters=parameters,
            readings=readings,
        )

    @property
    def history(self) -> tuple[HistoryEntry[S], ...]:
        """Every applied event, oldest first, with the states before and after."""
        entries = list(self._log.entries())
        entries.reverse()
        return tuple(entries)

    @property
    def last_event_on(self) -> date:
        """The date of the last event applied."""
        return self._log.entry.event.on

    @property
    def events(self) -> tuple[Event, ...]:
        """The events applied so far, oldest first (replaying them rebuilds the entity)."""
        return tuple(entry.event for entry in self.history)

    def state_on(self, day: date) -> S | None:
        """The state at the end of ``day``; None before the entity was created.

        Only events dated on or before ``day`` count, so later events never change the
        answer.
        """
        for entry in self._log.entries():
            if entry.event.on <= day:
                result: S = entry.target
                return result
        return None

    def allowed_events(
        self,
        on: date | None = None,
        *,
        force: ForceCheck = ForceCheck.REFUSE,
        measures: Measures = MEASURES,
        parameters: Parameters = PARAMETERS,
        readings: Readings = READINGS,
    ) -> tuple[type[Event], ...]:
        """The event types the lifecycle allows next from the current state.

        With ``on``, only those the day and the entity do not already refuse (see
        :meth:`next_steps`, which also says why the others would be refused).
        """
        if on is None:
            return self.lifecycle.allowed(self.state)
        steps = self.next_steps(
            on, force=force, measures=measures, parameters=parameters, readings=readings
        )
        return tuple(step.event for step in steps if step.possible)

    def next_steps(
        self,
        on: date,
        *,
        force: ForceCheck = ForceCheck.REFUSE,
        measures: Measures = MEASURES,
        parameters: Parameters = PARAMETERS,
        readings: Readings = READINGS,
    ) -> tuple[NextStep, ...]:
        """For each event type allowed next, whether an event of it dated ``on`` could be accepted.

        A step is refused when the day alone refuses it, whatever the event's facts:
        the day comes before the last event, lies outside the Measures' force (under
        ``force`` REFUSE), or fails a guard that reads only the date and the entity (a
        round not yet expired, a level the evaluation does not apply to …), with that
        guard's reason and articles.  A possible step may still be refused for its facts.
        """
        lifecycle = self.lifecycle
        types = lifecycle.allowed(self.state)
        day = to_date(on, field="on")
        common: Reason | None = None
        if day < self.last_event_on:
            common = Reason.of(
                lifecycle.all_articles()[:1],
                zh="{on}早于已记录的最后事件日期{last};事件须按日期顺序发生。",
                en="{on} comes before the last recorded event of {last}; events must be "
                "applied in date order.",
                on=day,
                last=self.last_event_on,
            )
        elif force is ForceCheck.REFUSE and not (
            measures.effective_date <= day < measures.end_exclusive
        ):
            common = Reason.of(
                (Citation.article(24),),
                zh="{on}不在本办法有效期[{start}, {end})内。",
                en="{on} is outside the Measures' force [{start}, {end}).",
                on=day,
                start=measures.effective_date,
                end=measures.end_exclusive,
            )
        steps = []
        ctx = lifecycle.context(measures, parameters, readings)
        for event_type in types:
            found: tuple[Reason, str | None] | None = None if common is None else (common, "on")
            if found is None:
                refusals = [
                    day_refusal(self, t.guards, event_type, day, ctx)
                    for t in lifecycle.rows(self.state, event_type)
                ]
                found = None if None in refusals else refusals[0]
            refusal, field = (None, None) if found is None else found
            steps.append(NextStep(event_type, day, refusal, field=field))
        return tuple(steps)

    @property
    def is_final(self) -> bool:
        """True once the entity is in a final state (no event is accepted any more)."""
        return self.state in self.lifecycle.finals


# Applying an event builds two frozen values, the entity and the result.  Setting their
# slots through the slot descriptors costs about half of what the generated frozen
# __init__ does (which goes through object.__setattr__ once per field); it is done only
# for entity classes whose construction does nothing else (no added field, validator,
# converter or hook), which every entity of the library is.
_new_object = object.__new__
_set_id, _set_name, _set_state, _set_facts, _set_log, _set_version = (
    Entity.__dict__[a.name].__set__ for a in attrs.fields(Entity)
)
_VERSION_SLOT = Entity.__dict__["_version"]
Entity.version = Entity.history_length = _VERSION_SLOT  # type: ignore[method-assign]
_set_applied_entity, _set_applied_entry = (
    Applied.__dict__[a.name].__set__ for a in attrs.fields(Applied)
)
_PLAIN_ENTITIES: dict[type, bool] = {}
_ENTITY_FIELDS = tuple(a.name for a in attrs.fields(Entity))


def _is_plain(cls: type[Entity[Any, Any]]) -> bool:
    """True when building ``cls`` only sets the fields of :class:`Entity` (cached per class)."""
    # Mutation testing, not mutated: a cache: a miss only recomputes the answer
    plain = _PLAIN_ENTITIES.get(cls)  # pragma: no mutate
    if plain is None:
        # Mutation testing: names = None, is_simple(None) and a plain of None below are equivalent: the entity is then built the slower way, the same
        names = tuple(a.name for a in attrs.fields(cls))
        plain = _PLAIN_ENTITIES[cls] = names == _ENTITY_FIELDS and is_simple(cls)
    return plain
