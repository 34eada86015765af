"""The rows of a lifecycle table (状态转换表) and the rules a table must keep.

A lifecycle is declared as a table of :class:`Transition` rows ``source --event[when]-->
target``, each citing the provisions it implements, with the :class:`Guard` s that may
refuse its event.  :func:`check_table` holds the rules of declaration, checked when a
:class:`~cixi_innovation.lifecycles.engine.Lifecycle` is built (at import):

* exactly one initial state (the target of the *creating* transitions, whose source
  is ``None``), whose events carry the new entity's ``id`` and ``name``;
* every state reachable from it;
* no transition out of a final state;
* every transition (and every guard) citing at least one provision;
* a row without a condition (``when``) only last among those sharing (source, event);
* one event type per ``kind``.
"""

from __future__ import annotations

import typing
from collections.abc import Callable, Mapping
from typing import Any, Generic, TypeVar

import attrs

from cixi_innovation.law.measures import Measures
from cixi_innovation.law.parameters import Parameters
from cixi_innovation.law.readings import Readings
from cixi_innovation.lifecycles.events import Event
from cixi_innovation.values._attrs import frozen
from cixi_innovation.values.assessments import Consequence
from cixi_innovation.values.citations import Cites
from cixi_innovation.values.decisions import Param, Reason
from cixi_innovation.values.errors import CixiError
from cixi_innovation.values.vocabulary import Label, LabelledEnum

__all__ = [
    "Check",
    "Context",
    "Guard",
    "LifecycleDefinitionError",
    "Transition",
    "check_table",
]

S = TypeVar("S", bound=LabelledEnum)


class LifecycleDefinitionError(CixiError):
    """A lifecycle table breaks a rule of declaration (raised at import, never at run time).

    >>> class One(LabelledEnum):
    ...     A = ("a", "甲", "a")
    >>> check_table("bad", tuple(One), frozenset(), ())
    Traceback (most recent call last):
    ...
    cixi_innovation.lifecycles.table.LifecycleDefinitionError: lifecycle 'bad': exactly one initial state is required, found none
    """


@frozen
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


@frozen
class Guard:
    """A requirement an event must meet to be accepted; when it fails, the event is refused.

    ``zh`` / ``en`` are the templates of the refusal reason, filled with the event's
    fields and, if given, with ``details(entity, event, context)``.  ``field`` is the
    field of the event the check judges (``"on"``, ``"year"``, ``"level"`` …), which the
    refusal names (:attr:`EventRefusedError.field
    <cixi_innovation.lifecycles.refusals.EventRefusedError>`) so that a form can show
    what to fix; None for a guard judging the event as a whole or the entity's state.
    """

    check: Check
    articles: Cites
    zh: str
    en: str
    details: Callable[[Any, Any, Context], Mapping[str, Param]] | None = None
    field: str | None = attrs.field(default=None, kw_only=True)

    def reason(self, entity: object, event: Event, ctx: Context) -> Reason:
        """The refusal reason for ``event``."""
        params = event.params()
        if self.details is not None:
            params.update(self.details(entity, event, ctx))
        return Reason(self.articles, self.zh, self.en, params)


@frozen
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


def check_table(
    name: str,
    states: tuple[S, ...],
    finals: frozenset[S],
    transitions: tuple[Transition[S], ...],
) -> S:
    """Check the rules of declaration of the table ``name``; return its initial state.

    Raises:
        LifecycleDefinitionError: naming the first rule the table breaks.
    """
    return _Declaration(name, states, finals, transitions).check()


class _Declaration(Generic[S]):
    """The checks of one table, in the order they are made."""

    def __init__(
        self,
        name: str,
        states: tuple[S, ...],
        finals: frozenset[S],
        transitions: tuple[Transition[S], ...],
    ) -> None:
        self.name = name
        self.states = states
        self.finals = finals
        self.transitions = transitions

    def check(self) -> S:
        self._check_rows()
        initials = list(dict.fromkeys(t.target for t in self.transitions if t.source is None))
        if len(initials) != 1:
            found = ", ".join(f"'{s.code}'" for s in initials)
            count, count_zh = (
                (f"{len(initials)}: {found}", f"{len(initials)} 个:{found}")
                if initials
                else ("none", "0 个")
            )
            self._fail(
                f"exactly one initial state is required, found {count}",
                zh=f"须恰有一个初始状态,实有 {count_zh}",
            )
        self.initial: S = initials[0]
        self.creations = tuple(t for t in self.transitions if t.source is None)
        self._check_creations()
        self._check_finals()
        self._check_reachable()
        self._check_conditions()
        self._check_kinds()
        return self.initial

    def _fail(self, en: str, *, zh: str) -> typing.NoReturn:
        raise LifecycleDefinitionError(
            f"lifecycle '{self.name}': {en}", zh=f"生命周期 '{self.name}':{zh}"
        )

    def _check_rows(self) -> None:
        members = set(self.states)
        for final in self.finals:
            if final not in members:
                self._fail(
                    f"final state {final!r} is not one of the states",
                    zh=f"终结状态 {final!r} 不在状态之列",
                )
        for t in self.transitions:
            for s in (t.source, t.target):
                if s is not None and s not in members:
                    self._fail(
                        f"transition {t.describe()} uses {s!r}, not one of the states",
                        zh=f"转换 {t.describe()} 使用了 {s!r},它不在状态之列",
                    )
            if not t.articles:
                self._fail(
                    f"transition {t.describe()} cites no article",
                    zh=f"转换 {t.describe()} 未引用任何条款",
                )
            for g in t.guards:
                if not g.articles:
                    self._fail(
                        f"a guard of transition {t.describe()} cites no article",
                        zh=f"转换 {t.describe()} 的一项条件检查未引用任何条款",
                    )

    def _check_creations(self) -> None:
        for t in self.creations:
            names = {a.name for a in attrs.fields(t.event)}
            # Mutation testing: <= and < agree: an event's fields always include 'on' besides id and name
            if not {"id", "name"} <= names:
                self._fail(
                    f"creating event '{t.event.kind}' must have the fields id and name",
                    zh=f"设立事件 '{t.event.kind}' 须有 id 与 name 字段",
                )

    def _check_finals(self) -> None:
        for t in self.transitions:
            if t.source is not None and t.source in self.finals:
                self._fail(
                    f"final state '{t.source.code}' has a transition out of it "
                    f"(event '{t.event.kind}' to '{t.target.code}')",
                    zh=f"终结状态 '{t.source.code}' 有转出的转换"
                    f"(事件 '{t.event.kind}' 转至 '{t.target.code}')",
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
                    f"state '{s.code}' is not reachable from the initial state '{self.initial.code}'",
                    zh=f"状态 '{s.code}' 无法从初始状态 '{self.initial.code}' 到达",
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
                        f"for its state and event",
                        zh=f"转换 {t.describe()} 没有条件,却不是其状态与事件的最后一行",
                    )

    def _check_kinds(self) -> None:
        by_kind: dict[str, type[Event]] = {}
        for t in self.transitions:
            if by_kind.setdefault(t.event.kind, t.event) is not t.event:
                self._fail(
                    f"two event types share the kind '{t.event.kind}'",
                    zh=f"两个事件类型共用代码 '{t.event.kind}'",
                )
