"""Random event sequences, valid and invalid, driven through the Complex lifecycle."""

from __future__ import annotations

from datetime import date, timedelta

import attrs
from hypothesis import strategies as st
from hypothesis.stateful import invariant
from tests.property.lifecycle_machine import (
    LifecycleMachine,
    end_rule,
    event_rule,
    maker,
    start_rule,
)

from cixi_innovation.law.indicators import CoreIndicators
from cixi_innovation.law.readings import (
    AppraisalOutcomeReading,
    ConsultationReading,
    Readings,
    ReassignmentReading,
)
from cixi_innovation.lifecycles.complex import events as complex_events
from cixi_innovation.lifecycles.complex.entity import Complex, example_events
from cixi_innovation.lifecycles.complex.facts import ComplexState
from cixi_innovation.values.assessments import AssessmentResult, PerformanceGrade
from cixi_innovation.values.bodies import TaskGroupUnit
from cixi_innovation.values.vocabulary import Level

EVENTS = example_events()
INDICATORS = CoreIndicators("100000000000.00", "1/4", "3/100", "1/2", 700)

readings = st.builds(
    Readings,
    consultation=st.sampled_from(ConsultationReading),
    after_appraisal=st.sampled_from(AppraisalOutcomeReading),
    reassignment=st.sampled_from(ReassignmentReading),
)
years = st.integers(2023, 2034)
texts = st.sampled_from(["", "  ", "目标", "计划", "某单位"])


def _round_start(on: date, offset: int, targets: str) -> complex_events.RoundStart:
    return complex_events.RoundStart(on, on + timedelta(days=offset), targets)


#: Any event of the Complex lifecycle, with random facts, to be dated later.
EVENT_MAKERS = st.one_of(
    maker(complex_events.FeasibilityReview, st.booleans(), st.booleans()),
    maker(complex_events.ConsultationOpinion, st.sampled_from(TaskGroupUnit), st.just("同意")),
    maker(complex_events.LeaderReview, st.booleans()),
    maker(complex_events.HostUnitSelection, texts, st.booleans()),
    maker(_round_start, st.integers(-800, 60), texts),
    maker(complex_events.AnnualWorkPlan, years, texts),
    maker(complex_events.AnnualAssessment, years, st.sampled_from(AssessmentResult)),
    maker(complex_events.LevelRecognition, st.sampled_from(Level)),
    maker(complex_events.HigherLevelAnnualEvaluation, years, st.sampled_from(PerformanceGrade)),
    maker(complex_events.UnitsReassignment, st.lists(texts, max_size=2).map(tuple), texts),
    maker(complex_events.RoundAppraisal, st.just(INDICATORS), st.sampled_from(PerformanceGrade)),
    maker(complex_events.HigherLevelExpiryAssessment, st.sampled_from(AssessmentResult)),
    # a second application: never accepted by an existing Complex
    st.just(lambda on: attrs.evolve(EVENTS[0], on=on)),
)


class ComplexLifecycleMachine(LifecycleMachine[Complex]):
    """第八条、第九条: whatever happens, a Complex only moves along its table.

    A refused event leaves the Complex as it was; no event is accepted once it is
    eliminated (予以淘汰,不再列入创建名单) or otherwise final; every decision cites the
    Measures; and the Complex is always the replay of its own history.
    """

    entity_type = Complex
    events = EVENTS
    start = start_rule(EVENTS, readings, whole_often=False)
    apply_an_event = event_rule(EVENT_MAKERS, 420)

    @end_rule(ComplexState.UNDER_CONSTRUCTION, grade=st.sampled_from(PerformanceGrade))
    def appraise_when_the_round_expires(self, grade: PerformanceGrade, days: int) -> None:
        """第九条: at the round's expiry the appraisal decides; "poor" eliminates."""
        step = self.decide_at_end(
            self.entity.round,
            days,
            lambda on: complex_events.RoundAppraisal(on, indicators=INDICATORS, grade=grade),
        )
        if grade is PerformanceGrade.POOR:
            expected = ComplexState.ELIMINATED
        elif self.readings.after_appraisal is AppraisalOutcomeReading.STAYS_ON_LIST:
            expected = ComplexState.ROUND_COMPLETED
        else:
            expected = ComplexState.CONSTRUCTION_ENDED
        assert step.entity.state is expected
        self.advance(step, 9)

    @invariant()
    def a_final_complex_is_off_the_creation_list(self) -> None:
        if self.entity.is_final:
            assert not self.entity.on_creation_list


TestComplexLifecycle = ComplexLifecycleMachine.TestCase
