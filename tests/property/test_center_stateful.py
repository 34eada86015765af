"""Random event sequences, valid and invalid, driven through the Innovation Center lifecycle."""

from __future__ import annotations

import itertools
from datetime import date, timedelta

import attrs
from hypothesis import strategies as st
from hypothesis.stateful import invariant, precondition, rule
from tests.builders import first_event
from tests.property.lifecycle_machine import (
    LifecycleMachine,
    end_rule,
    event_rule,
    maker,
    start_rule,
)

from cixi_innovation import (
    AssessmentResult,
    CenterApproval,
    CenterFinalAcceptance,
    CenterOpinion,
    CenterProposal,
    CenterRoundReading,
    CenterState,
    Consequence,
    ConstructionStart,
    ConstructionStartReading,
    ConsultationReading,
    Event,
    LegalEntityEstablishment,
    Level,
    MatchingAfterTerminationReading,
    MidTermEvaluation,
    PerformanceGrade,
    Readings,
    TechCenterRecognition,
    add_years,
)
from cixi_innovation.lifecycles.center.entity import InnovationCenter, example_events
from cixi_innovation.values.bodies import Body, TaskGroupUnit

S = CenterState
EVENTS = example_events()
PROPOSAL = first_event(EVENTS, CenterProposal)
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


def _proposal(on: date) -> CenterProposal:
    return attrs.evolve(PROPOSAL, on=on)


#: Any event of the Innovation Center lifecycle, with random facts, to be dated later.
EVENT_MAKERS = st.one_of(
    maker(CenterOpinion, st.sampled_from(TaskGroupUnit), st.just("同意")),
    maker(CenterApproval, st.booleans(), bodies),
    maker(
        LegalEntityEstablishment,
        st.sampled_from(["", "慈溪某创新中心有限公司"]),
        st.booleans(),
        texts,
        texts,
        texts,
    ),
    maker(ConstructionStart),
    maker(MidTermEvaluation, st.sampled_from(PerformanceGrade)),
    maker(CenterFinalAcceptance, st.sampled_from(AssessmentResult)),
    maker(TechCenterRecognition, st.sampled_from(Level)),
    # a second plan for the same center: never accepted ("一中心一方案")
    st.just(_proposal),
)


class CenterLifecycleMachine(LifecycleMachine[InnovationCenter]):
    """第二十一条: whatever happens, an Innovation Center only moves along its table.

    A refused event leaves the Center as it was; no event is accepted once policy support
    is terminated (提前终止政策支持, 终止政策支持) or the Center is otherwise final; every
    decision cites the Measures; the Center is always the replay of its own history; its
    rounds are five years each, its mid-term evaluation within the round after three full
    years; Art. 20 matching opens with recognition only.
    """

    entity_type = InnovationCenter
    events = EVENTS
    start = start_rule(EVENTS, readings)
    apply_an_event = event_rule(EVENT_MAKERS, 500)

    def needless_under(self, chosen: Readings) -> type[Event] | None:
        """Under the establishment-date reading the establishment starts the round."""
        by_establishment = ConstructionStartReading.ESTABLISHMENT_DATE
        return ConstructionStart if chosen.construction_start is by_establishment else None

    def accepted(self, event: Event) -> None:
        assert not isinstance(event, CenterProposal), "one center, one plan"

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
        on = self.on_or_after(start, days)
        if on >= period.end:
            return
        step = self.decide(MidTermEvaluation(on, grade=grade))
        if grade is PerformanceGrade.POOR:
            assert step.entity.state is S.SUPPORT_TERMINATED_EARLY
            assert step.consequences == (Consequence.TERMINATE_SUPPORT_EARLY,)
        else:
            assert step.entity.state is S.UNDER_CONSTRUCTION
            assert step.consequences == ()
        self.advance(step, 21)

    @end_rule(S.UNDER_CONSTRUCTION, result=st.sampled_from(AssessmentResult))
    def accept_at_the_end_of_the_round(self, result: AssessmentResult, days: int) -> None:
        """第二十一条: at the end of the round "unqualified" terminates support."""
        step = self.decide_at_end(
            self.entity.round, days, lambda on: CenterFinalAcceptance(on, result=result)
        )
        if result is AssessmentResult.UNQUALIFIED:
            assert step.entity.state is S.SUPPORT_TERMINATED
            assert step.consequences == (Consequence.TERMINATE_SUPPORT,)
        elif self.readings.after_center_round is CenterRoundReading.FURTHER_ROUND:
            assert step.entity.state is S.ROUND_COMPLETED
        else:
            assert step.entity.state is S.CONSTRUCTION_ENDED
        self.advance(step, 21)

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
        # under the construction-ends reading, matching ends with the construction (Art. 20-21)
        construction_ended = (
            c.state is CenterState.CONSTRUCTION_ENDED
            and self.readings.after_center_round is CenterRoundReading.CONSTRUCTION_ENDS
        )
        closed_on = c.facts.matching_ends_on
        if ended is not None and ends:
            assert closed_on == ended
            assert not c.matching_open(max(ended, first))
        elif construction_ended:
            assert closed_on is not None
            assert not c.matching_open(max(closed_on, first))
        else:
            assert closed_on is None
            assert c.matching_open(max(c.last_event_on, first))


TestCenterLifecycle = CenterLifecycleMachine.TestCase
