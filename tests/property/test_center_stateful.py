"""Random event sequences, valid and invalid, driven through the Innovation Center lifecycle."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

import attrs
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
)

from cixi_innovation.law.measures import ForceCheck
from cixi_innovation.law.readings import (
    CenterRoundReading,
    ConstructionStartReading,
    ConsultationReading,
    MatchingAfterTerminationReading,
    Readings,
)
from cixi_innovation.lifecycles.center.entity import InnovationCenter, example_events
from cixi_innovation.lifecycles.center.events import (
    CenterApproval,
    CenterFinalAcceptance,
    CenterOpinion,
    CenterProposal,
    ConstructionStart,
    LegalEntityEstablishment,
    MidTermEvaluation,
    TechCenterRecognition,
)
from cixi_innovation.lifecycles.center.facts import CenterState
from cixi_innovation.lifecycles.events import Event
from cixi_innovation.lifecycles.refusals import EventRefusedError
from cixi_innovation.values.citations import Citation
from cixi_innovation.values.dates import add_years
from cixi_innovation.values.errors import CixiError, OutsideForceError
from cixi_innovation.values.vocabulary import (
    AssessmentResult,
    Body,
    Consequence,
    Level,
    PerformanceGrade,
    TaskGroupUnit,
)

S = CenterState
EVENTS = example_events()
_FIRST = EVENTS[0]
assert isinstance(_FIRST, CenterProposal)
PROPOSAL: CenterProposal = _FIRST
TERMINATED = frozenset({S.SUPPORT_TERMINATED_EARLY, S.SUPPORT_TERMINATED})

readings = st.builds(
    Readings,
    consultation=st.sampled_from(ConsultationReading),
    construction_start=st.sampled_from(ConstructionStartReading),
    after_center_round=st.sampled_from(CenterRoundReading),
    matching_after_termination=st.sampled_from(MatchingAfterTerminationReading),
)
texts = st.sampled_from(["", "  ", "董事会", "总经理", "专家委员会"])
bodies = st.one_of(st.just(Body.EXECUTIVE_MEETING), st.sampled_from(Body))

Maker = Callable[[date], Event]


def _maker(build: Callable[..., Event], *facts: st.SearchStrategy[Any]) -> st.SearchStrategy[Maker]:
    """Facts drawn now, the date supplied when the event is made."""
    return st.tuples(*facts).map(lambda args: lambda on: build(on, *args))


def _proposal(on: date) -> CenterProposal:
    return attrs.evolve(PROPOSAL, on=on)


#: Any event of the Innovation Center lifecycle, with random facts, to be dated later.
EVENT_MAKERS: st.SearchStrategy[Maker] = st.one_of(
    _maker(CenterOpinion, st.sampled_from(TaskGroupUnit), st.just("同意")),
    _maker(CenterApproval, st.booleans(), bodies),
    _maker(
        LegalEntityEstablishment,
        st.sampled_from(["", "慈溪某创新中心有限公司"]),
        st.booleans(),
        texts,
        texts,
        texts,
    ),
    _maker(ConstructionStart),
    _maker(MidTermEvaluation, st.sampled_from(PerformanceGrade)),
    _maker(CenterFinalAcceptance, st.sampled_from(AssessmentResult)),
    _maker(TechCenterRecognition, st.sampled_from(Level)),
    # a second plan for the same center: never accepted ("一中心一方案")
    st.just(_proposal),
)


def _prefix(n: int, chosen: Readings) -> list[Event]:
    """The first ``n`` example events; under the establishment-date reading it starts the round."""
    events = EVENTS[:n]
    if chosen.construction_start is ConstructionStartReading.ESTABLISHMENT_DATE:
        events = [e for e in events if not isinstance(e, ConstructionStart)]
    return events


class CenterLifecycleMachine(RuleBasedStateMachine):
    """第二十一条: whatever happens, an Innovation Center only moves along its table.

    A refused event leaves the Center as it was; no event is accepted once policy support
    is terminated (提前终止政策支持, 终止政策支持) or the Center is otherwise final; every
    decision cites the Measures; the Center is always the replay of its own history; its
    rounds are five years each, its mid-term evaluation within the round after three full
    years; Art. 20 matching opens with recognition only.
    """

    def __init__(self) -> None:
        super().__init__()
        self.entity: InnovationCenter = InnovationCenter.replay(EVENTS[:1])
        self.readings = Readings()

    @initialize(
        prefix=st.one_of(st.just(len(EVENTS)), st.integers(1, len(EVENTS))), chosen=readings
    )
    def start(self, prefix: int, chosen: Readings) -> None:
        self.readings = chosen
        self.entity = InnovationCenter.replay(_prefix(prefix, chosen), readings=chosen)

    @rule(make=EVENT_MAKERS, days=st.integers(-20, 500), force=st.sampled_from(ForceCheck))
    def apply_an_event(self, make: Maker, days: int, force: ForceCheck) -> None:
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
        assert not isinstance(event, CenterProposal), "one center, one plan"
        assert on >= before.last_event_on
        decision = step.decision
        assert decision.articles, "every decision cites at least one article"
        assert decision.on == on
        assert decision.subject == before.id
        assert step.entity.history[-1].event is event
        assert step.entity.history[:-1] == before.history
        self.entity = step.entity

    @precondition(
        lambda self: (
            self.entity.state is S.UNDER_CONSTRUCTION and self.entity.facts.mid_term_on is None
        )
    )
    @rule(grade=st.sampled_from(PerformanceGrade), days=st.integers(0, 300))
    def evaluate_after_three_full_years(self, grade: PerformanceGrade, days: int) -> None:
        """第二十一条: after three full years the mid-term evaluation; "poor" ends support early."""
        period = self.entity.round
        start = self.entity.mid_term_from
        assert period is not None
        assert start is not None
        on = max(self.entity.last_event_on, start) + timedelta(days=days)
        if on >= period.end:
            return
        event = MidTermEvaluation(on, grade=grade)
        step = self.entity.apply(event, force=ForceCheck.FLAG, readings=self.readings)
        if grade is PerformanceGrade.POOR:
            assert step.entity.state is S.SUPPORT_TERMINATED_EARLY
            assert step.consequences == (Consequence.TERMINATE_SUPPORT_EARLY,)
        else:
            assert step.entity.state is S.UNDER_CONSTRUCTION
            assert step.consequences == ()
        assert step.decision.articles == (Citation.article(21),)
        self.entity = step.entity

    @precondition(lambda self: self.entity.state is S.UNDER_CONSTRUCTION)
    @rule(result=st.sampled_from(AssessmentResult), days=st.integers(0, 60))
    def accept_at_the_end_of_the_round(self, result: AssessmentResult, days: int) -> None:
        """第二十一条: at the end of the round "unqualified" terminates support."""
        period = self.entity.round
        assert period is not None
        on = max(self.entity.last_event_on, period.end) + timedelta(days=days)
        event = CenterFinalAcceptance(on, result=result)
        step = self.entity.apply(event, force=ForceCheck.FLAG, readings=self.readings)
        if result is AssessmentResult.UNQUALIFIED:
            assert step.entity.state is S.SUPPORT_TERMINATED
            assert step.consequences == (Consequence.TERMINATE_SUPPORT,)
        elif self.readings.after_center_round is CenterRoundReading.FURTHER_ROUND:
            assert step.entity.state is S.ROUND_COMPLETED
        else:
            assert step.entity.state is S.CONSTRUCTION_ENDED
        assert step.decision.articles == (Citation.article(21),)
        self.entity = step.entity

    @staticmethod
    def check_refusal(
        error: CixiError, before: InnovationCenter, event: Event, force: ForceCheck
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
        again = InnovationCenter.replay(
            self.entity.events, force=ForceCheck.FLAG, readings=self.readings
        )
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
    def a_final_center_allows_nothing(self) -> None:
        if self.entity.is_final:
            assert self.entity.allowed_events() == ()

    @invariant()
    def construction_needs_the_legal_entity_and_rounds_are_five_years(self) -> None:
        c = self.entity
        if c.rounds:
            assert c.legal_entity is not None
            assert c.legal_entity.on <= c.rounds[0].start
        for period in c.rounds:
            assert period.end == add_years(period.start, 5)
        for earlier, later in itertools.pairwise(c.rounds):
            assert earlier.end <= later.start
        held = c.facts.mid_term_on
        if held is not None:
            assert c.round is not None
            assert c.mid_term_from is not None
            assert c.mid_term_from <= held < c.round.end

    @invariant()
    def support_is_terminated_only_in_a_terminated_state(self) -> None:
        c = self.entity
        assert (c.support_terminated_on is not None) == (c.state in TERMINATED)

    @invariant()
    def matching_opens_with_recognition_at_ningbo_level_or_above(self) -> None:
        c = self.entity
        first = c.recognised_on
        if first is None:
            assert c.recognised_level is None
            assert not c.matching_open(c.last_event_on)
            return
        assert c.recognised_level is not None
        assert c.recognised_level.ningbo_or_above
        assert not c.matching_open(first - timedelta(days=1))
        ended = c.support_terminated_on
        ends = (
            self.readings.matching_after_termination
            is MatchingAfterTerminationReading.ENDS_WITH_SUPPORT
        )
        if ended is not None and ends:
            assert not c.matching_open(max(ended, first))
        else:
            assert c.matching_open(max(c.last_event_on, first))


TestCenterLifecycle = CenterLifecycleMachine.TestCase
