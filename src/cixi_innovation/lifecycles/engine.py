"""The table-driven lifecycle engine: states, events, transitions, entities, history.

Each platform kind of the Measures has one :class:`Lifecycle`, declared once as a
table and checked when it is declared (at import):

* exactly one initial state (the target of the *creating* transitions, whose source
  is ``None``),
* every state reachable from it,
* no transition out of a final state,
* every transition (and every guard) citing at least one provision,

so a bad table raises :class:`LifecycleDefinitionError` before anything runs.  The same
table applies events, lists what may happen next, and draws the diagrams
(:mod:`cixi_innovation.lifecycles.diagrams`).

How to declare a lifecycle
--------------------------

1. the states: a :class:`~cixi_innovation.values.vocabulary.LabelledEnum` (code, zh, en);
2. the events: frozen :class:`Event` subclasses with a stable ``kind`` code, a
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
...     kind = "opened"
...     label = Label("opened", "启动", "opened")
...     id: str
...     name: str
>>> @attrs.frozen
... class Appraised(Event):
...     kind = "appraised"
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

import types
import typing
from collections.abc import Callable, Iterable, Iterator, Mapping
from datetime import date
from decimal import Decimal
from fractions import Fraction
from typing import Any, ClassVar, Generic, NamedTuple, Self, TypeVar

import attrs

from cixi_innovation.law.measures import MEASURES, ForceCheck, Measures
from cixi_innovation.law.parameters import PARAMETERS, Parameters
from cixi_innovation.law.readings import READINGS, Readings
from cixi_innovation.values._attrs import is_simple
from cixi_innovation.values.citations import Citation, Cites
from cixi_innovation.values.dates import to_date
from cixi_innovation.values.decisions import Decision, Param, Reason, decided
from cixi_innovation.values.errors import (
    CixiError,
    InputError,
    InvalidChoiceError,
    InvalidDateError,
)
from cixi_innovation.values.vocabulary import Consequence, Label, LabelledEnum

__all__ = [
    "Applied",
    "Context",
    "Entity",
    "Event",
    "EventOrderError",
    "EventRefusedError",
    "Guard",
    "HistoryEntry",
    "Lifecycle",
    "LifecycleDefinitionError",
    "Transition",
]

S = TypeVar("S", bound=LabelledEnum)
F = TypeVar("F")
E = TypeVar("E", bound="Entity[Any, Any]")

# --- errors ------------------------------------------------------------------------


class LifecycleDefinitionError(CixiError):
    """A lifecycle table breaks a rule of declaration (raised at import, never at run time).

    >>> class One(LabelledEnum):
    ...     A = ("a", "甲", "a")
    >>> Lifecycle(name="bad", label=Label("bad", "坏", "bad"), states=One, finals=(), transitions=())
    Traceback (most recent call last):
    ...
    cixi_innovation.lifecycles.engine.LifecycleDefinitionError: lifecycle 'bad': exactly one initial state is required, found none
    """


class EventRefusedError(InputError):
    """An event the lifecycle does not accept in the entity's state, with the reason why.

    Attributes:
        state: the state the entity was in (None before the entity exists).
        event: the refused event.
        reason: why, in Chinese and English (``reason.zh`` / ``reason.en``), with citations.
        articles: the provisions of the Measures the refusal rests on.
    """

    def __init__(self, state: LabelledEnum | None, event: Event, reason: Reason) -> None:
        self.state = state
        self.event = event
        self.reason = reason
        where = f"state '{state.code}'" if state is not None else "no state (not created)"
        super().__init__(
            f"{event.kind} on {event.on} refused in {where}: {reason.en}",
            article=reason.citations,
        )

    def __reduce__(self) -> tuple[object, ...]:
        # a reason's parameters live in a read-only mapping, which cannot be pickled:
        # keep its rendered texts instead
        r = self.reason
        return (_rebuild_refusal, (type(self), self.state, self.event, r.citations, r.zh, r.en))


def _rebuild_refusal(
    cls: type[EventRefusedError],
    state: LabelledEnum | None,
    event: Event,
    citations: Cites,
    zh: str,
    en: str,
) -> EventRefusedError:
    reason = Reason(
        citations,
        zh.replace("{", "{{").replace("}", "}}"),
        en.replace("{", "{{").replace("}", "}}"),
    )
    return cls(state, event, reason)


class EventOrderError(EventRefusedError):
    """An event dated before the last event already applied: events come in date order."""


# --- events ------------------------------------------------------------------------

_HINTS: dict[type, dict[str, Any]] = {}


def _hints(cls: type) -> dict[str, Any]:
    # Mutation testing, not mutated: a cache: a miss only recomputes the hints
    hints = _HINTS.get(cls)  # pragma: no mutate
    if hints is None:
        hints = _HINTS[cls] = typing.get_type_hints(cls)
    return hints


def _convert(hint: Any, value: object, field: str) -> Any:
    """Turn plain data (str, int, bool, list, dict) into a value of type ``hint``."""
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        args = typing.get_args(hint)
        if value is None and type(None) in args:
            return None
        (inner,) = [a for a in args if a is not type(None)]
        return _convert(inner, value, field)
    if origin is tuple:
        if not isinstance(value, list | tuple):
            raise InputError(f"{value!r} is not a list", field=field)
        (inner, _) = typing.get_args(hint)
        return tuple(_convert(inner, v, f"{field}[{i}]") for i, v in enumerate(value))
    if hint is date:
        return to_date(value, field=field)
    if isinstance(hint, type) and issubclass(hint, LabelledEnum):
        return hint.parse(value, field=field)
    if hint is bool:
        if not isinstance(value, bool):
            raise InputError(f"{value!r} is not true or false", field=field)
        return value
    if hint is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise InputError(f"{value!r} is not a whole number", field=field)
        return value
    if hint is str:
        if not isinstance(value, str):
            raise InputError(f"{value!r} is not a text", field=field)
        return value
    if isinstance(hint, type) and attrs.has(hint):
        if isinstance(value, hint):
            return value
        if not isinstance(value, Mapping):
            raise InputError(f"{value!r} is not a mapping", field=field)
        from_dict = getattr(hint, "from_dict", None)
        if from_dict is not None:
            return from_dict(dict(value))
        return _build(hint, value, field + ".")
    if isinstance(hint, type) and isinstance(value, hint):
        return value
    # Mutation testing: every type hint that reaches this line has a __name__, so getattr's default is never used
    raise InputError(f"{value!r} cannot be read as {getattr(hint, '__name__', hint)}", field=field)


def _build(cls: type, data: Mapping[str, object], prefix: str = "") -> Any:
    hints = _hints(cls)
    fields = [a for a in attrs.fields(cls) if a.init]
    names = {a.name for a in fields}
    unknown = sorted(k for k in data if k not in names and k != "kind")
    if unknown:
        raise InputError(
            f"unknown field {unknown[0]!r}; expected: {', '.join(a.name for a in fields)}",
            field=prefix + unknown[0],
        )
    kwargs: dict[str, Any] = {}
    for a in fields:
        if a.name not in data:
            if a.default is attrs.NOTHING:
                raise InputError("is missing", field=prefix + a.name)
            continue
        kwargs[a.name] = _convert(hints[a.name], data[a.name], prefix + a.name)
    return cls(**kwargs)


def _plain(value: object) -> object:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, LabelledEnum):
        return value.code
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    if isinstance(value, Decimal | Fraction):
        return str(value)
    if attrs.has(type(value)):
        # Mutation testing, not mutated: the generic conversion below gives the same data for the values that have to_dict
        to_dict = getattr(value, "to_dict", None)  # pragma: no mutate
        if to_dict is not None:
            return to_dict()
        cls: Any = type(value)
        return {a.name: _plain(getattr(value, a.name)) for a in attrs.fields(cls)}
    return value


_PARAM_TYPES = (str, int, Decimal, Fraction, date, Label, LabelledEnum, Citation)


@attrs.frozen
class Event:
    """Something that happens to a platform on a date, with its facts.

    Subclasses set two class attributes, ``kind`` (a stable code used in scenario
    files: ``"annual_assessment"``) and ``label`` (zh / en), and add their facts as
    fields after ``on``.  Events are built from typed values or, with
    :meth:`from_data`, from plain data (ISO dates, codes of enumerations, lists,
    mappings), and :meth:`to_data` gives that plain data back.

    Attributes:
        on: the date of the event (the decision, report, or assessment date).
    """

    kind: ClassVar[str] = "event"
    label: ClassVar[Label] = Label("event", "事件", "event")

    on: date

    def __attrs_post_init__(self) -> None:
        if type(self.on) is not date:
            raise InvalidDateError(f"{self.on!r} is not a date", field="on")

    @classmethod
    def from_data(cls, data: Mapping[str, object]) -> Self:
        """Build the event from plain data; unknown, missing or ill-typed fields are refused.

        Raises:
            InputError: naming the field at fault (a dotted path for nested values).
        """
        kind = data.get("kind", cls.kind)
        if kind != cls.kind:
            raise InvalidChoiceError(f"{kind!r} is not {cls.kind!r}", field="kind")
        result: Self = _build(cls, data)
        return result

    def to_data(self) -> dict[str, object]:
        """The event as plain data (``kind`` first), the inverse of :meth:`from_data`."""
        data: dict[str, object] = {"kind": self.kind}
        for a in attrs.fields(type(self)):
            data[a.name] = _plain(getattr(self, a.name))
        return data

    def params(self) -> dict[str, Param]:
        """The event's simple fields, for filling reason templates (``event`` is the label)."""
        out: dict[str, Param] = {"event": self.label}
        for a in attrs.fields(type(self)):
            value = getattr(self, a.name)
            if isinstance(value, _PARAM_TYPES):
                out[a.name] = value
        return out


# --- transitions -------------------------------------------------------------------


@attrs.frozen
class Context:
    """What a guard, condition or effect may consult besides the entity and the event.

    Attributes:
        measures: the Measures under the chosen readings of Art. 24.
        parameters: the numbers of the Measures (cycle lengths …).
        readings: the chosen readings of the open lifecycle provisions.
    """

    measures: Measures
    parameters: Parameters
    readings: Readings


#: A condition or a guard's check: ``(entity or None, event, context) -> bool``.
Check = Callable[[Any, Any, Context], bool]


@attrs.frozen
class Guard:
    """A requirement an event must meet to be accepted; when it fails, the event is refused.

    ``zh`` / ``en`` are the templates of the refusal reason, filled with the event's
    fields and, if given, with ``details(entity, event, context)``.
    """

    check: Check
    articles: Cites
    zh: str
    en: str
    details: Callable[[Any, Any, Context], Mapping[str, Param]] | None = None

    def reason(self, entity: object, event: Event, ctx: Context) -> Reason:
        """The refusal reason for ``event``."""
        params = event.params()
        if self.details is not None:
            params.update(self.details(entity, event, ctx))
        return Reason(self.articles, self.zh, self.en, params)


@attrs.frozen
class Transition(Generic[S]):
    """One row of a lifecycle table: ``source --event[when]--> target``.

    Attributes:
        source: the state the transition leaves; None for a creating transition.
        event: the event type that triggers it.
        target: the state it enters.
        articles: the provisions it implements (at least one).
        zh: template of the decision's reason in Chinese.
        en: template of the decision's reason in English.
        when: the condition choosing this transition among those sharing (source,
            event); None means "otherwise" (must come last).
        when_label: the condition in words, for diagrams (zh / en).
        guards: requirements whose failure refuses the event.
        effect: ``(facts, event, context) -> facts``; None keeps the facts.
        consequences: what the transition entails (revocation, elimination …).
        outcome: the decision's outcome label; the target state's label by default.
        details: extra template parameters computed when the event is applied.
        rule: the decision's rule name, ``"<lifecycle>.<event kind>"`` (set by the lifecycle).
    """

    source: S | None
    event: type[Event]
    target: S
    articles: Cites
    zh: str = attrs.field(kw_only=True)
    en: str = attrs.field(kw_only=True)
    when: Check | None = attrs.field(default=None, kw_only=True)
    when_label: Label | None = attrs.field(default=None, kw_only=True)
    guards: tuple[Guard, ...] = attrs.field(default=(), kw_only=True)
    effect: Callable[[Any, Any, Context], Any] | None = attrs.field(default=None, kw_only=True)
    consequences: tuple[Consequence, ...] = attrs.field(default=(), kw_only=True)
    outcome: Label | None = attrs.field(default=None, kw_only=True)
    details: Callable[[Any, Any, Context], Mapping[str, Param]] | None = attrs.field(
        default=None, kw_only=True
    )
    rule: str = attrs.field(default="", kw_only=True)

    @property
    def outcome_label(self) -> Label:
        """The decision's outcome: ``outcome`` or the target state's label."""
        if self.outcome is not None:
            return self.outcome
        return Label(self.target.code, self.target.zh, self.target.en)

    def describe(self) -> str:
        """``source --kind[when]--> target`` in codes, for messages."""
        source = self.source.code if self.source is not None else "[*]"
        cond = f"[{self.when_label.en}]" if self.when_label is not None else ""
        return f"'{source}' --{self.event.kind}{cond}--> '{self.target.code}'"


# --- history -----------------------------------------------------------------------


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


class _Node(NamedTuple):
    """A cell of the persistent history chain: an entry and the chain before it.

    Appending an event makes one cell pointing at the old chain, which is shared, never
    copied; :attr:`Entity.history` materialises the tuple of entries on demand.
    """

    entry: HistoryEntry[Any]
    previous: _Node | None
    length: int

    @classmethod
    def first(cls, entry: HistoryEntry[Any]) -> _Node:
        """The chain of one entry."""
        return cls(entry, None, 1)

    def entries(self) -> Iterator[HistoryEntry[Any]]:
        """Entries from the newest to the oldest."""
        node: _Node | None = self
        while node is not None:
            yield node.entry
            node = node.previous

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, _Node):
            return NotImplemented
        a: _Node | None = self
        b: _Node | None = other
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


# --- the lifecycle -----------------------------------------------------------------

_ORDER = Reason(
    (),
    "{event}日期{on}早于已记录的最后事件日期{last};事件须按日期顺序发生。",
    "{event} dated {on} comes before the last recorded event of {last}; "
    "events must be applied in date order.",
)


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
        self._check_rows()
        initials = list(dict.fromkeys(t.target for t in self.transitions if t.source is None))
        if len(initials) != 1:
            found = ", ".join(f"'{s.code}'" for s in initials) or "none"
            count = f"{len(initials)}: {found}" if initials else found
            self._fail(f"exactly one initial state is required, found {count}")
        self.initial: S = initials[0]
        self.creations: tuple[Transition[S], ...] = tuple(
            t for t in self.transitions if t.source is None
        )
        self._check_creations()
        self._check_finals()
        self._check_reachable()
        self._check_conditions()
        self.event_types: tuple[type[Event], ...] = tuple(
            dict.fromkeys(t.event for t in self.transitions)
        )
        self.events_by_kind: dict[str, type[Event]] = {}
        for event_type in self.event_types:
            if self.events_by_kind.setdefault(event_type.kind, event_type) is not event_type:
                self._fail(f"two event types share the kind '{event_type.kind}'")
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

    # -- declaration checks --------------------------------------------------------

    def _fail(self, message: str) -> typing.NoReturn:
        raise LifecycleDefinitionError(f"lifecycle '{self.name}': {message}")

    def _check_rows(self) -> None:
        members = set(self.states)
        for final in self.finals:
            if final not in members:
                self._fail(f"final state {final!r} is not one of the states")
        for t in self.transitions:
            for s in (t.source, t.target):
                if s is not None and s not in members:
                    self._fail(f"transition {t.describe()} uses {s!r}, not one of the states")
            if not t.articles:
                self._fail(f"transition {t.describe()} cites no article")
            for g in t.guards:
                if not g.articles:
                    self._fail(f"a guard of transition {t.describe()} cites no article")

    def _check_creations(self) -> None:
        for t in self.creations:
            names = {a.name for a in attrs.fields(t.event)}
            # Mutation testing: <= and < agree: an event's fields always include 'on' besides id and name
            if not {"id", "name"} <= names:
                self._fail(f"creating event '{t.event.kind}' must have the fields id and name")

    def _check_finals(self) -> None:
        for t in self.transitions:
            if t.source is not None and t.source in self.finals:
                self._fail(
                    f"final state '{t.source.code}' has a transition out of it "
                    f"(event '{t.event.kind}' to '{t.target.code}')"
                )

    def _check_reachable(self) -> None:
        seen = {self.initial}
        frontier = [self.initial]
        while frontier:
            state = frontier.pop()
            for t in self.transitions:
                if t.source is state and t.target not in seen:
                    seen.add(t.target)
                    frontier.append(t.target)
        for s in self.states:
            if s not in seen:
                self._fail(
                    f"state '{s.code}' is not reachable from the initial state '{self.initial.code}'"
                )

    def _check_conditions(self) -> None:
        rows: dict[tuple[S | None, type[Event]], list[Transition[S]]] = {}
        for t in self.transitions:
            rows.setdefault((t.source, t.event), []).append(t)
        for group in rows.values():
            for t in group[:-1]:
                if t.when is None:
                    self._fail(
                        f"transition {t.describe()} has no condition but is not the last "
                        f"for its state and event"
                    )

    # -- queries --------------------------------------------------------------------

    def allowed(self, state: S) -> tuple[type[Event], ...]:
        """The event types the table allows from ``state`` (in declaration order)."""
        return tuple(self._table.get(state, {}))

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
        kind = data.get("kind")
        event_type = self.events_by_kind.get(kind) if isinstance(kind, str) else None
        if event_type is None:
            raise InvalidChoiceError(
                f"{kind!r} is not an event of the {self.label.en} lifecycle; choose one of: "
                + ", ".join(self.events_by_kind),
                field="kind",
            )
        return event_type.from_data(data)

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
            ctx = self._context = Context(measures, parameters, readings)
        return ctx

    def _in_force(self, on: date, force: ForceCheck, measures: Measures) -> bool:
        if measures is not self._measures:
            # Mutation testing, not mutated: a cache of the period of force: a miss only recomputes it
            self._measures = measures  # pragma: no mutate
            self._start, self._end = measures.effective_date, measures.end_exclusive
        # Mutation testing: '<' for the first '<=' is equivalent: the first day falls to measures.gate, which finds it in force too
        if self._start <= on < self._end:
            return True
        return measures.gate(on, force, field="on")

    def _out_of_order(self, state: S, event: Event, last: date) -> EventOrderError:
        reason = attrs.evolve(
            _ORDER,
            citations=self.articles_of(type(event)) or self.all_articles()[:1],
            params={"event": event.label, "on": event.on, "last": last},
        )
        return EventOrderError(state, event, reason)

    def _no_case(
        self, rows: tuple[Transition[S], ...], state: S | None, event: Event
    ) -> EventRefusedError:
        reason = Reason(
            tuple(dict.fromkeys(c for t in rows for c in t.articles)),
            "{event}的事实不符合任何可适用的情形。",
            "the facts of {event} match none of the cases the Measures provide for.",
            {"event": event.label},
        )
        return EventRefusedError(state, event, reason)

    def _refuse_unlisted(self, state: S | None, event: Event) -> EventRefusedError:
        if type(event) not in self.event_types:
            reason = Reason(
                self.all_articles()[:1],
                "{event}不属于{platform}的生命周期。",
                "{event} is not an event of the {platform} lifecycle.",
                {"event": event.label, "platform": self.label},
            )
            return EventRefusedError(state, event, reason)
        if state is None:
            creating = self.creations[0].event.label
            # Mutation testing: a longer string around 'aeiou' holds the same vowels
            article = "an" if self.label.en[:1].lower() in "aeiou" else "a"
            reason = Reason(
                self.articles_of(type(event)),
                "{platform}须由{creating}创建,{event}不能创建。",
                article + " {platform} is created by {creating}, not by {event}.",
                {"event": event.label, "platform": self.label, "creating": creating},
            )
            return EventRefusedError(None, event, reason)
        if state in self.finals:
            reason = Reason(
                self.articles_into(state),
                "“{state}”为终结状态,此后不再受理任何事件。",
                "'{state}' is a final state: no event is accepted after it.",
                {"state": state},
            )
            return EventRefusedError(state, event, reason)
        allowed = self.allowed(state)
        reason = Reason(
            self.articles_of(type(event)),
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
        return EventRefusedError(state, event, reason)

    def _choose_creation(
        self, rows: tuple[Transition[S], ...], event: Event, ctx: Context
    ) -> Transition[S]:
        """The transition a creating event takes (no entity and no state yet)."""
        for t in rows:
            if t.when is None or t.when(None, event, ctx):
                for g in t.guards:
                    if not g.check(None, event, ctx):
                        raise EventRefusedError(None, event, g.reason(None, event, ctx))
                return t
        raise self._no_case(rows, None, event)

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
        in_force = self._in_force(event.on, force, measures)
        rows = self._table[None].get(type(event))
        if rows is None:
            raise self._refuse_unlisted(None, event)
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
        on = event.on
        log: _Node = entity._log
        state = entity.state
        if on < log.entry.event.on:
            raise self._out_of_order(state, event, log.entry.event.on)
        if measures is self._measures:
            # Mutation testing: '<' for the first '<=' is equivalent: the first day falls back to _in_force, which says the same
            in_force = self._start <= on < self._end or self._in_force(on, force, measures)
        else:
            in_force = self._in_force(on, force, measures)
        rows = self._rows.get(state._name_, _NO_ROWS).get(type(event))
        if rows is None:
            raise self._refuse_unlisted(state, event)
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
                        raise EventRefusedError(state, event, guard.reason(entity, event, ctx))
                break
        else:
            raise self._no_case(rows, state, event)
        effect = t.effect
        facts = entity.facts if effect is None else effect(entity.facts, event, ctx)
        details = _NO_DETAILS if t.details is None else tuple(t.details(entity, event, ctx).items())
        target = t.target
        entry: HistoryEntry[Any] = _tuple_new(
            HistoryEntry, (event, state, target, t, entity.id, in_force, details)
        )
        node: _Node = _tuple_new(_Node, (entry, log, log.length + 1))
        cls = type(entity)
        # Mutation testing, not mutated: chooses between two ways of building the same entity
        if _PLAIN_ENTITIES.get(cls) or _is_plain(cls):  # pragma: no mutate
            new: E = _new_object(cls)
            _set_id(new, entity.id)
            _set_name(new, entity.name)
            _set_state(new, target)
            _set_facts(new, facts)
            _set_log(new, node)
        else:
            new = cls(entity.id, entity.name, target, facts, node)
        applied: Applied[E] = _new_object(Applied)
        _set_applied_entity(applied, new)
        _set_applied_entry(applied, entry)
        return applied


_NO_ROWS: dict[type[Event], tuple[Transition[Any], ...]] = {}
_NO_DETAILS: tuple[tuple[str, Param], ...] = ()
_tuple_new = tuple.__new__


# --- entities ----------------------------------------------------------------------


@attrs.frozen
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


@attrs.frozen
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
    """

    lifecycle: ClassVar[Lifecycle[Any, Any]]

    id: str
    name: str
    state: S
    facts: F
    _log: _Node = attrs.field(repr=False)

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
        return Applied(cls(entry.subject, name, state, facts, _Node.first(entry)), entry)

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
        iterator = iter(events)
        first = next(iterator, None)
        if first is None:
            raise InputError("no events to replay", field="events")
        kw: dict[str, Any] = {
            "force": force,
            "measures": measures,
            "parameters": parameters,
            "readings": readings,
        }
        entity = cls.create(first, **kw).entity
        for event in iterator:
            entity = entity.apply(event, **kw).entity
        return entity

    def apply(
        self,
        event: Event,
        *,
        force: ForceCheck = ForceCheck.REFUSE,
        measures: Measures = MEASURES,
        parameters: Parameters = PARAMETERS,
        readings: Readings = READINGS,
    ) -> Applied[Self]:
        """Apply ``event``: a new entity and the decision; this entity is unchanged.

        Raises:
            EventOrderError: the event is dated before the last event applied.
            OutsideForceError: the event is dated outside the Measures' force and
                ``force`` is :attr:`~cixi_innovation.law.measures.ForceCheck.REFUSE` (the default).
            EventRefusedError: the event is not allowed in the current state or a
                guard fails; the error names the state, the event, the reason and the
                articles.
        """
        return self.lifecycle.apply(self, event, force, measures, parameters, readings)

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

    def allowed_events(self) -> tuple[type[Event], ...]:
        """The event types the lifecycle allows next from the current state."""
        return self.lifecycle.allowed(self.state)

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
_set_id, _set_name, _set_state, _set_facts, _set_log = (
    Entity.__dict__[a.name].__set__ for a in attrs.fields(Entity)
)
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
