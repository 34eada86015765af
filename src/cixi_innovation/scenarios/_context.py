"""What the yearly steps of one run share (模拟上下文): the settings, the draws, the records.

A :class:`_Platform` is one platform during a run, with what its current year gathers
(:class:`_Acc`); the :class:`_Context` holds the scenario's settings and the year's
draws and outcome counts, and records each step on the platform: an event applied
through the engine's memo, a rule called, a note, an outcome given or drawn.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, timedelta
from typing import Any, Final

from cixi_innovation.law.measures import ForceCheck
from cixi_innovation.lifecycles.center.facts import CenterState
from cixi_innovation.lifecycles.complex.facts import ComplexState
from cixi_innovation.lifecycles.consortium.facts import ConsortiumState
from cixi_innovation.lifecycles.events import Event
from cixi_innovation.lifecycles.history import HistoryEntry
from cixi_innovation.scenarios._draws import _NO_PROBABILITY, _NO_SEED, _PROBABILITY_OF, _Draws
from cixi_innovation.scenarios._events import _at, _settings
from cixi_innovation.scenarios._memo import _Grant, _Memo, _Node
from cixi_innovation.scenarios._steps import Step, _Call, _Note, _Rule
from cixi_innovation.scenarios._wording import Words
from cixi_innovation.scenarios.platforms import PlatformSpec
from cixi_innovation.scenarios.results import OUTCOME_COUNTS
from cixi_innovation.values.assessments import AssessmentResult
from cixi_innovation.values.citations import Citation
from cixi_innovation.values.decisions import Decision
from cixi_innovation.values.errors import CixiError, MissingInputError
from cixi_innovation.values.money import ZERO
from cixi_innovation.values.vocabulary import Label, LabelledEnum

__all__ = ["_COUNTED", "_Acc", "_Context", "_Outcomes", "_Platform", "_action_key"]


class _Acc:
    """What one platform-year gathers while it runs."""

    __slots__ = ("advance", "art16", "art20", "granted", "paid", "recovered", "steps")

    def __init__(self) -> None:
        self.advance = self.granted = self.paid = self.recovered = ZERO
        self.art16 = self.art20 = ZERO
        self.steps: list[tuple[date, Step | HistoryEntry[Any]]] = []


class _Outcomes:
    """Counts of the outcomes of one year (for Monte Carlo)."""

    __slots__ = ("counts",)

    def __init__(self) -> None:
        self.counts = dict.fromkeys(OUTCOME_COUNTS, 0)


_COUNTED: Final[dict[LabelledEnum, str]] = {
    ComplexState.ELIMINATED: "eliminated",
    ComplexState.UNITS_REVOKED: "units_revoked",
    ConsortiumState.QUALIFICATION_REVOKED: "cultivation_revoked",
    CenterState.SUPPORT_TERMINATED: "support_terminated",
    CenterState.SUPPORT_TERMINATED_EARLY: "support_terminated",
}


class _Platform:
    """One platform during one run."""

    __slots__ = (
        "acc",
        "assessed",
        "draws",
        "events",
        "grants",
        "index",
        "late",
        "node",
        "path",
        "profile",
        "spec",
    )

    def __init__(
        self,
        index: int,
        spec: PlatformSpec,
        node: _Node,
        late: list[Event],
        profile: object,
        draws: _Draws,
    ) -> None:
        self.index = index
        self.profile = profile
        self.draws = draws
        self.spec = spec
        self.node = node
        self.late = late
        self.path = f"platforms[{index}]"
        self.events: list[Event] = []
        self.grants: dict[int, _Grant] = {}
        self.assessed: dict[int, AssessmentResult] = {}
        self.acc = _Acc()


_GIVE: Final = Words(
    "give it in the year's facts, or a probability", "请在该年度的事实中给出,或给出其概率"
)


class _Context:
    """What every step of a run reads and records.

    The scenario's settings, the memo, the year's draws and outcome counts, and the
    primitives a yearly step records itself with on its platform: apply an event, call
    a rule, note what was not done, take an outcome given or drawn.
    """

    def __init__(self, memo: _Memo) -> None:
        self.memo = memo
        self.shared = memo.shared
        s = self.scenario = memo.scenario
        self.settings = _settings(s)
        self.cal = s.calendar
        self.delay = timedelta(days=s.calendar.after_expiry_days)
        self.force = s.force
        self.refuse = s.force is ForceCheck.REFUSE
        self.start, self.end = s.measures.effective_date, s.measures.end_exclusive
        self.outcomes = _Outcomes()
        #: the outcomes drawn for the platform-year being computed, by probability
        self.drawn: Mapping[str, object] = {}

    def in_force(self, on: date) -> bool:
        return not self.refuse or self.start <= on < self.end

    def note(self, p: _Platform, on: date, code: str, **params: Any) -> None:
        p.acc.steps.append((on, _Note(on, code, tuple(params.items()))))

    def refuse_after_final(self, p: _Platform, on: date, what: Label) -> None:
        """Note an event that comes after the platform's final state, citing its provisions.

        Those of the transitions into the state: elimination, Art. 9; rejection, Art. 6
        or 18; termination, Art. 21.
        """
        entity = p.node.entity
        state = entity.state
        cites = type(entity).lifecycle.articles_into(state)
        note = _Note(on, "refused_event", (("what", what), ("state", state)), cites)
        p.acc.steps.append((on, note))

    def call(self, p: _Platform, rule: _Rule, args: tuple[Any, ...], path: str) -> Decision:
        decision = self.memo.call(rule, args, path)
        p.acc.steps.append((args[1], _Call(rule.name, args)))
        return decision

    def apply(self, p: _Platform, event: Event, path: str) -> LabelledEnum:
        node = p.node
        if self.shared:
            children = node.children
            if children is None:
                children = node.children = {}
            child = children.get(event)
            if child is None:
                child = children[event] = self._applied(node, event, path)
        else:
            child = self._applied(node, event, path)
        p.node = child
        p.events.append(event)
        assert child.entry is not None
        p.acc.steps.append((event.on, child.entry))
        state: LabelledEnum = child.entity.state
        counted = _COUNTED.get(state)
        if counted is not None and node.entity.state is not state:
            self.outcomes.counts[counted] += 1
        return state

    def _applied(self, node: _Node, event: Event, path: str) -> _Node:
        try:
            applied = node.entity.apply(event, **self.settings)
        except CixiError as error:
            raise _at(path, error) from None
        return _Node(applied.entity, applied.entry)

    def draw(
        self, facts: Any, field: str, path: str, what: Callable[[], Words], article: Citation
    ) -> Any:
        """The outcome ``field`` of the year at ``path``: given in ``facts``, else drawn.

        ``what`` words the outcome for an error; it is called only to raise one.
        """
        return self.outcome(
            None if facts is None else getattr(facts, field), field, path, what, article
        )

    def outcome(
        self, given: Any, field: str, path: str, what: Callable[[], Words], article: Citation
    ) -> Any:
        """``given`` if not None, else the outcome ``field`` drawn, else an error at its path."""
        if given is not None:
            return given
        probability = _PROBABILITY_OF[field]
        drawn = self.drawn.get(probability, _NO_PROBABILITY)
        if drawn is _NO_PROBABILITY:
            words = what()
            raise MissingInputError(
                f"{words.en} is needed; {_GIVE.en} (probabilities.{probability})",
                zh=f"{words.zh}的结果是必需的;{_GIVE.zh}(probabilities.{probability})",
                field=f"{path}.{field}",
                article=article,
            )
        if drawn is _NO_SEED:
            words = what()
            raise MissingInputError(
                f"{words.en} is drawn from probabilities.{probability}; give a seed",
                zh=f"{words.zh}按 probabilities.{probability} 抽取;请给出种子",
                field="seed",
                article=article,
            )
        return drawn


def _action_key(action: tuple[date, int, Any] | tuple[date, int, str, Any]) -> tuple[date, int]:
    return action[0], action[1]
