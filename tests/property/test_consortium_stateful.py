"""Random event sequences, valid and invalid, driven through the Consortium lifecycle."""

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
    ConsultationReading,
    CultivationStartReading,
    Readings,
    RetainedQualificationReading,
)
from cixi_innovation.lifecycles.consortium.entity import Consortium, example_events
from cixi_innovation.lifecycles.consortium.events import (
    AnnualPlan,
    ChainLeaderFindings,
    ConditionFinding,
    ConsortiumApplication,
    ConsortiumLeaderReview,
    ConsortiumOpinion,
    CultivationAcceptance,
    CultivationStart,
    ExpertReview,
)
from cixi_innovation.lifecycles.consortium.facts import ConsortiumState
from cixi_innovation.lifecycles.events import Event
from cixi_innovation.lifecycles.refusals import EventRefusedError
from cixi_innovation.values.citations import Citation
from cixi_innovation.values.dates import add_years
from cixi_innovation.values.errors import CixiError, OutsideForceError
from cixi_innovation.values.vocabulary import (
    Applicant,
    AssessmentResult,
    Consequence,
    TaskGroupUnit,
)

S = ConsortiumState
EVENTS = example_events()
_FIRST = EVENTS[0]
assert isinstance(_FIRST, ConsortiumApplication)
APPLICATION: ConsortiumApplication = _FIRST
ALL_MET = ChainLeaderFindings(True, True, True, True)

readings = st.builds(
    Readings,
    consultation=st.sampled_from(ConsultationReading),
    cultivation_start=st.sampled_from(CultivationStartReading),
    after_cultivation=st.sampled_from(RetainedQualificationReading),
)
texts = st.sampled_from(["", "  ", "目标", "计划"])
items = st.lists(texts, max_size=2).map(tuple)
findings = st.one_of(
    st.just(ALL_MET),
    st.builds(
        ChainLeaderFindings,
        st.booleans(),
        st.booleans(),
        st.booleans(),
        st.booleans(),
        st.lists(st.builds(ConditionFinding, texts, st.booleans()), max_size=1).map(tuple),
    ),
)

Maker = Callable[[date], Event]


def _maker(build: Callable[..., Event], *facts: st.SearchStrategy[Any]) -> st.SearchStrategy[Maker]:
    """Facts drawn now, the date supplied when the event is made."""
    return st.tuples(*facts).map(lambda args: lambda on: build(on, *args))


def _annual_plan(on: date, offset: int, *contents: Any) -> AnnualPlan:
    return AnnualPlan(on, on.year + offset, *contents)


def _application(on: date, applicant: Applicant) -> ConsortiumApplication:
    return attrs.evolve(APPLICATION, on=on, applicant=applicant)


#: Any event of the Consortium lifecycle, with random facts, to be dated later.
EVENT_MAKERS: st.SearchStrategy[Maker] = st.one_of(
    _maker(ExpertReview, st.booleans(), st.booleans(), findings),
    _maker(ConsortiumOpinion, st.sampled_from(TaskGroupUnit), st.just("同意")),
    _maker(ConsortiumLeaderReview, st.booleans()),
    _maker(CultivationStart),
    _maker(_annual_plan, st.integers(-1, 1), items, items, items, texts),
    _maker(CultivationAcceptance, st.sampled_from(AssessmentResult)),
    # a second application: never accepted by an existing Consortium
    _maker(_application, st.sampled_from(Applicant)),
)


def _prefix(n: int, chosen: Readings) -> list[Event]:
    """The first ``n`` example events; under the approval-date reading approval starts the cycle."""
    events = EVENTS[:n]
    if chosen.cultivation_start is CultivationStartReading.APPROVAL_DATE:
        events = [e for e in events if not isinstance(e, CultivationStart)]
    return events


class ConsortiumLifecycleMachine(RuleBasedStateMachine):
    """第十五条: whatever happens, a Consortium only moves along its table.

    A refused event leaves the Consortium as it was; no event is accepted once the
    cultivation qualification is revoked (取消培育资格) or the Consortium is otherwise
    final; every decision cites the Measures; the Consortium is always the replay of its
    own history; and its cycles are three years each, one after the other.
    """

    def __init__(self) -> None:
        super().__init__()
        self.entity: Consortium = Consortium.replay(EVENTS[:1])
        self.readings = Readings()

    @initialize(
        prefix=st.one_of(st.just(len(EVENTS)), st.integers(1, len(EVENTS))), chosen=readings
    )
    def start(self, prefix: int, chosen: Readings) -> None:
        self.readings = chosen
        self.entity = Consortium.replay(_prefix(prefix, chosen), readings=chosen)

    @rule(make=EVENT_MAKERS, days=st.integers(-20, 420), force=st.sampled_from(ForceCheck))
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
        assert on >= before.last_event_on
        decision = step.decision
        assert decision.articles, "every decision cites at least one article"
        assert decision.on == on
        assert decision.subject == before.id
        assert step.entity.history[-1].event is event
        assert step.entity.history[:-1] == before.history
        self.entity = step.entity

    @precondition(lambda self: self.entity.state is S.IN_CULTIVATION)
    @rule(result=st.sampled_from(AssessmentResult), days=st.integers(0, 60))
    def accept_when_the_cycle_expires(self, result: AssessmentResult, days: int) -> None:
        """第十五条: at the expiry of the cycle the acceptance check retains or revokes."""
        period = self.entity.cultivation_period
        assert period is not None
        on = max(self.entity.last_event_on, period.end) + timedelta(days=days)
        event = CultivationAcceptance(on, result=result)
        step = self.entity.apply(event, force=ForceCheck.FLAG, readings=self.readings)
        if result is AssessmentResult.UNQUALIFIED:
            expected = S.QUALIFICATION_REVOKED
            consequence = Consequence.REVOKE_CULTIVATION_QUALIFICATION
        elif self.readings.after_cultivation is RetainedQualificationReading.FURTHER_ROUND:
            expected = S.QUALIFICATION_RETAINED
            consequence = Consequence.RETAIN_CULTIVATION_QUALIFICATION
        else:
            expected = S.CULTIVATION_ENDED
            consequence = Consequence.RETAIN_CULTIVATION_QUALIFICATION
        assert step.entity.state is expected
        assert step.consequences == (consequence,)
        assert step.decision.articles == (Citation.article(15),)
        self.entity = step.entity

    @staticmethod
    def check_refusal(
        error: CixiError, before: Consortium, event: Event, force: ForceCheck
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
        again = Consortium.replay(self.entity.events, force=ForceCheck.FLAG, readings=self.readings)
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
    def a_final_consortium_allows_nothing(self) -> None:
        if self.entity.is_final:
            assert self.entity.allowed_events() == ()

    @invariant()
    def cycles_are_three_years_each_and_follow_one_another(self) -> None:
        rounds = self.entity.rounds
        for period in rounds:
            assert period.end == add_years(period.start, 3)
            assert self.entity.in_cultivation(period.start)
            assert not self.entity.in_cultivation(period.end) or period.end in rounds[-1]
        for earlier, later in itertools.pairwise(rounds):
            assert earlier.end <= later.start
        if self.entity.state is S.IN_CULTIVATION:
            assert rounds

    @invariant()
    def only_a_revoked_consortium_has_a_revocation_date(self) -> None:
        revoked = self.entity.revoked_on
        assert (revoked is not None) == (self.entity.state is S.QUALIFICATION_REVOKED)
        if revoked is not None:
            period = self.entity.cultivation_period
            assert period is not None
            assert revoked >= period.end


TestConsortiumLifecycle = ConsortiumLifecycleMachine.TestCase
