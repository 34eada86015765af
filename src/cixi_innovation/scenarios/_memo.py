"""The memo of a scenario (备忘): the engine's, the rules' and the platform-years' answers.

The engine and the rules are pure, so their answers can be computed once per distinct
input and shared by every platform and every run over one scenario: the template
entities the engine reaches (:class:`_Node`, a tree of the events applied), the rule
decisions by their arguments, and each platform-year (:class:`_Year`) by its inputs and
draws.  Equal values share a small token (:meth:`_Memo.token`) so keys stay cheap.

Sharing pays only where the same inputs come back: across the runs of a Monte Carlo
study, where every platform-year recurs run after run.  A single simulation of
all-different platforms would only pay for looking up repeats that never occur, so
its memo is *straight* (``shared=False``): it keeps nothing, sets each platform up
when the run comes to it (:meth:`_Memo.setup`) and answers every other question by
asking the engine or the rule, so that a platform's working state is freed as soon as
its rows are built.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any, Final, NamedTuple

from cixi_innovation.lifecycles.engine import Entity
from cixi_innovation.lifecycles.events import Event
from cixi_innovation.lifecycles.history import HistoryEntry
from cixi_innovation.scenarios._draws import _DrawPlan, _Draws, _draws
from cixi_innovation.scenarios._events import (
    _ENTITIES,
    _at,
    _cutoff,
    _replay,
    _settings,
    _setup_end,
    setup_events,
)
from cixi_innovation.scenarios._steps import _RULES, Step, _Rule
from cixi_innovation.scenarios.platforms import ComplexSpec, ConsortiumSpec, PlatformSpec
from cixi_innovation.scenarios.scenario import Scenario
from cixi_innovation.values.assessments import AssessmentResult
from cixi_innovation.values.citations import Citation
from cixi_innovation.values.decisions import Decision
from cixi_innovation.values.errors import CixiError, InputError
from cixi_innovation.values.vocabulary import LabelledEnum

__all__ = ["_NO_COUNTS", "_Grant", "_Memo", "_Node", "_Skips", "_Year"]


# --- the engine's memo -----------------------------------------------------------------------


class _Node:
    """A template entity reached by the engine, and the entities its next events lead to.

    The children are kept by a shared memo only (a straight one never looks them up).
    """

    __slots__ = ("children", "entity", "entry")

    def __init__(self, entity: Entity[Any, Any], entry: HistoryEntry[Any] | None) -> None:
        self.entity = entity
        self.entry = entry
        self.children: dict[Event, _Node] | None = None


#: Per year of the horizon: for each platform of a run's share, the ranges drawn from
#: for the platforms before it outside the share; then those after the last one.
_Skips = list[tuple[tuple[tuple[int, ...], ...], tuple[int, ...]]]


class _Memo:
    """The engine's and the rules' answers, computed once per distinct input."""

    def __init__(self, scenario: Scenario, *, shared: bool = True) -> None:
        self.scenario = scenario
        #: whether answers are kept for later questions (see the module's docstring)
        self.shared = shared
        self.roots: dict[tuple[object, ...], _Node] = {}
        self.calls: dict[str, dict[tuple[object, ...], Decision]] = {name: {} for name in _RULES}
        self.facts: list[dict[int, Any]] = [
            {f.year: f for f in spec.years} for spec in scenario.platforms
        ]
        self.ids: dict[int, tuple[int, object]] = {}
        self.canonical: dict[object, object] = {}
        self.setups: list[tuple[_Node, object, list[Event]]] = []
        self.years: dict[tuple[object, ...], _Year] = {}
        #: per platform, what its outcomes are drawn from: built once, as the facts are
        self.draws: list[_Draws] = [
            _draws(spec.kind, scenario.probabilities_of(spec)) for spec in scenario.platforms
        ]
        #: the draw plan of a platform-year, by (platform index, year, seeded): values that
        #: name the facts and the draws above, which live as long as the memo
        self.plans: dict[tuple[int, int, bool], _DrawPlan] = {}
        #: per (share of the platforms, seeded), the draws a run makes for the others
        self.skips: dict[tuple[tuple[bool, ...] | None, bool], _Skips] = {}
        if shared:
            # a straight memo sets each platform up when the run comes to it (setup)
            for index, spec in enumerate(scenario.platforms):
                self.setups.append(self.setup(index, spec))

    def token(self, value: object) -> object:
        """A small key standing for ``value``: equal values share it; computed once per object.

        The token is the ``id`` of the first equal value seen, which :attr:`canonical`
        keeps alive; :attr:`ids` is keyed by the ``id`` of each value looked up and keeps
        that value too.  No id here can be reused by another object while the memo lives.
        """
        if type(value) in _PLAIN:
            return value
        found = self.ids.get(id(value))
        if found is None:
            canonical = self.canonical.setdefault(value, value)
            found = self.ids[id(value)] = (id(canonical), value)
        return found[0]

    def setup(self, index: int, spec: PlatformSpec) -> tuple[_Node, object, list[Event]]:
        """Platform ``index`` set up: its template entity, its profile and its late events."""
        s = self.scenario
        cutoff = _cutoff(_setup_end(spec, s), s)
        given: tuple[Event, ...] = getattr(spec, "events", ())
        late = [e for e in given if e.on > cutoff]
        if not self.shared:
            # a straight memo sets each platform up once and keeps nothing of it
            return _Node(self._set_up(index, spec), None), None, late
        key = (
            spec.kind,
            _template_key(spec, self.token),
            tuple(e for e in given if e.on <= cutoff),
        )
        root = self.roots.get(key)
        if root is None:
            root = self.roots[key] = _Node(self._set_up(index, spec), None)
        return root, self.token(_profile(spec, late, self.token)), late

    def _set_up(self, index: int, spec: PlatformSpec) -> Entity[Any, Any]:
        """The template entity of platform ``index`` after its setup events."""
        s = self.scenario
        events, _ = setup_events(spec, s, template=True)
        cls = _ENTITIES[spec.kind]
        kw = _settings(s)
        try:
            return _replay(cls, events, kw, spec, index)
        except CixiError:
            # the template leaves the names out: say it with the platform's own events
            _replay(cls, setup_events(spec, s)[0], kw, spec, index)
            # the engine reads no name, so the platform's own events fail as the
            # template's did and the line above raises; this one only keeps a broken
            # template from passing silently
            raise  # pragma: no cover

    def call(self, rule: _Rule, args: tuple[Any, ...], path: str) -> Decision:
        """The decision of ``rule`` for ``args``: memoized when shared, an error at ``path``."""
        if self.shared:
            calls = self.calls[rule.name]
            key = rule.key(args, self.token)
            found = calls.get(key)
            if found is None:
                found = calls[key] = _decide(rule, args, path)
            return found
        return _decide(rule, args, path)


def _decide(rule: _Rule, args: tuple[Any, ...], path: str) -> Decision:
    try:
        return rule.function(**dict(zip(rule.names, args, strict=True)))
    except InputError as error:
        raise _at(path, error) from None


_PLAIN: Final = frozenset({int, str, bool, date, Decimal, type(None)})


def _profile(
    spec: PlatformSpec, late: list[Event], token: Callable[[object], object]
) -> tuple[object, ...]:
    """What a platform's years depend on besides their facts, its state and the draws."""
    if isinstance(spec, ComplexSpec):
        return (
            spec.kind,
            spec.requested_subsidy,
            token(spec.spending),
            spec.further_rounds,
            token(spec.commitments),
            tuple(late),
        )
    if isinstance(spec, ConsortiumSpec):
        return (spec.kind, spec.further_rounds)
    return (spec.kind, spec.further_rounds, tuple(late))


def _template_key(spec: PlatformSpec, token: Callable[[object], object]) -> tuple[object, ...]:
    """What a platform's template setup depends on: its setup events without the names."""
    if isinstance(spec, ComplexSpec):
        return (
            tuple(p.kind for p in spec.applicants),
            spec.leading_body.kind,
            token(spec.commitments),
            spec.applied_on,
            spec.approved_on,
            spec.host_selected_on,
            spec.round_start,
        )
    if isinstance(spec, ConsortiumSpec):
        return (spec.applied_on, spec.approved_on, spec.cultivation_start)
    return (
        tuple(tuple((v.kind, v.level) for v in h.vehicles) for h in spec.host_units),
        spec.proposed_on,
        spec.approved_on,
        spec.established_on,
        spec.construction_start,
    )


class _Year(NamedTuple):
    """What one platform-year did: computed once per distinct input, then reused."""

    node: _Node
    state: LabelledEnum | None
    settled: bool
    grant: _Grant | None
    assessed: AssessmentResult | None
    events: tuple[Event, ...]
    money: tuple[Decimal, Decimal, Decimal, Decimal, Decimal, Decimal, Decimal]
    articles: tuple[Citation, ...]
    notes: tuple[Step, ...]
    counts: tuple[int, ...]


_NO_COUNTS: Final = (0, 0, 0, 0)


class _Grant(NamedTuple):
    year: int
    granted: Decimal
    advanced: Decimal
