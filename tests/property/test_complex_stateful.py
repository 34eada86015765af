"""Random event sequences, valid and invalid, driven through the Complex lifecycle."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal
from fractions import Fraction
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

from cixi_innovation.law.indicators import CoreIndicators
from cixi_innovation.law.measures import ForceCheck
from cixi_innovation.law.readings import (
    AppraisalOutcomeReading,
    ConsultationReading,
    Readings,
    ReassignmentReading,
)
from cixi_innovation.lifecycles.complex.entity import Complex, example_events
from cixi_innovation.lifecycles.complex.events import (
    AnnualAssessment,
    AnnualWorkPlan,
    ConsultationOpinion,
    FeasibilityReview,
    HigherLevelAnnualEvaluation,
    HigherLevelExpiryAssessment,
    HostUnitSelection,
    LeaderReview,
    LevelRecognition,
    RoundAppraisal,
    RoundStart,
    UnitsReassignment,
)
from cixi_innovation.lifecycles.complex.facts import ComplexState
from cixi_innovation.lifecycles.events import Event
from cixi_innovation.lifecycles.refusals import EventRefusedError
from cixi_innovation.values.citations import Citation
from cixi_innovation.values.errors import CixiError, OutsideForceError
from cixi_innovation.values.vocabulary import (
    AssessmentResult,
    Level,
    PerformanceGrade,
    TaskGroupUnit,
)

EVENTS = example_events()
INDICATORS = CoreIndicators(
    industry_output_value=Decimal("100000000000.00"),
    valid_hte_share=Fraction(1, 4),
    above_scale_rd_intensity=Fraction(3, 100),
    above_scale_rd_institution_rate=Fraction(1, 2),
    valid_invention_patents=700,
)

readings = st.builds(
    Readings,
    consultation=st.sampled_from(ConsultationReading),
    after_appraisal=st.sampled_from(AppraisalOutcomeReading),
    reassignment=st.sampled_from(ReassignmentReading),
)
years = st.integers(2023, 2034)
texts = st.sampled_from(["", "  ", "目标", "计划", "某单位"])


Maker = Callable[[date], Event]


def _maker(build: Callable[..., Event], *facts: st.SearchStrategy[Any]) -> st.SearchStrategy[Maker]:
    """Facts drawn now, the date supplied when the event is made."""
    return st.tuples(*facts).map(lambda args: lambda on: build(on, *args))


def _round_start(on: date, offset: int, targets: str) -> RoundStart:
    return RoundStart(on, on + timedelta(days=offset), targets)


#: Any event of the Complex lifecycle, with random facts, to be dated later.
EVENT_MAKERS: st.SearchStrategy[Maker] = st.one_of(
    _maker(FeasibilityReview, st.booleans(), st.booleans()),
    _maker(ConsultationOpinion, st.sampled_from(TaskGroupUnit), st.just("同意")),
    _maker(LeaderReview, st.booleans()),
    _maker(HostUnitSelection, texts, st.booleans()),
    _maker(_round_start, st.integers(-800, 60), texts),
    _maker(AnnualWorkPlan, years, texts),
    _maker(AnnualAssessment, years, st.sampled_from(AssessmentResult)),
    _maker(LevelRecognition, st.sampled_from(Level)),
    _maker(HigherLevelAnnualEvaluation, years, st.sampled_from(PerformanceGrade)),
    _maker(UnitsReassignment, st.lists(texts, max_size=2).map(tuple), texts),
    _maker(RoundAppraisal, st.just(INDICATORS), st.sampled_from(PerformanceGrade)),
    _maker(HigherLevelExpiryAssessment, st.sampled_from(AssessmentResult)),
    # a second application: never accepted by an existing Complex
    st.just(lambda on: attrs.evolve(EVENTS[0], on=on)),
)


class ComplexLifecycleMachine(RuleBasedStateMachine):
    """第八条、第九条: whatever happens, a Complex only moves along its table.

    A refused event leaves the Complex as it was; no event is accepted once it is
    eliminated (予以淘汰,不再列入创建名单) or otherwise final; every decision cites the
    Measures; and the Complex is always the replay of its own history.
    """

    def __init__(self) -> None:
        super().__init__()
        self.entity: Complex = Complex.replay(EVENTS[:1])
        self.readings = Readings()

    @initialize(prefix=st.integers(1, len(EVENTS)), chosen=readings)
    def start(self, prefix: int, chosen: Readings) -> None:
        self.readings = chosen
        self.entity = Complex.replay(EVENTS[:prefix], readings=chosen)

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

    @precondition(lambda self: self.entity.state is ComplexState.UNDER_CONSTRUCTION)
    @rule(grade=st.sampled_from(PerformanceGrade), days=st.integers(0, 60))
    def appraise_when_the_round_expires(self, grade: PerformanceGrade, days: int) -> None:
        """第九条: at the round's expiry the appraisal decides; "poor" eliminates."""
        period = self.entity.round
        assert period is not None
        on = max(self.entity.last_event_on, period.end) + timedelta(days=days)
        event = RoundAppraisal(on, indicators=INDICATORS, grade=grade)
        step = self.entity.apply(event, force=ForceCheck.FLAG, readings=self.readings)
        if grade is PerformanceGrade.POOR:
            expected = ComplexState.ELIMINATED
        elif self.readings.after_appraisal is AppraisalOutcomeReading.STAYS_ON_LIST:
            expected = ComplexState.ROUND_COMPLETED
        else:
            expected = ComplexState.CONSTRUCTION_ENDED
        assert step.entity.state is expected
        assert step.decision.articles == (Citation.article(9),)
        self.entity = step.entity

    @staticmethod
    def check_refusal(error: CixiError, before: Complex, event: Event, force: ForceCheck) -> None:
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
        again = Complex.replay(self.entity.events, force=ForceCheck.FLAG, readings=self.readings)
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
    def a_final_complex_allows_nothing(self) -> None:
        if self.entity.is_final:
            assert self.entity.allowed_events() == ()
            assert not self.entity.on_creation_list


TestComplexLifecycle = ComplexLifecycleMachine.TestCase
