"""Random event sequences, valid and invalid, driven through the Consortium lifecycle."""

from __future__ import annotations

import itertools
from datetime import date
from typing import Any

import attrs
from hypothesis import strategies as st
from hypothesis.stateful import invariant
from tests.builders import first_event
from tests.property.lifecycle_machine import (
    LifecycleMachine,
    end_rule,
    event_rule,
    maker,
    start_rule,
)

from cixi_innovation.law.readings import (
    ConsultationReading,
    CultivationStartReading,
    Readings,
    RetainedQualificationReading,
)
from cixi_innovation.lifecycles.consortium import events as consortium_events
from cixi_innovation.lifecycles.consortium.entity import Consortium, example_events
from cixi_innovation.lifecycles.consortium.facts import ConsortiumState
from cixi_innovation.lifecycles.events import Event
from cixi_innovation.values.assessments import AssessmentResult, Consequence
from cixi_innovation.values.bodies import Applicant, TaskGroupUnit
from cixi_innovation.values.days import add_years

S = ConsortiumState
EVENTS = example_events()
APPLICATION = first_event(EVENTS, consortium_events.ConsortiumApplication)
ALL_MET = consortium_events.ChainLeaderFindings(True, True, True, True)

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
        consortium_events.ChainLeaderFindings,
        st.booleans(),
        st.booleans(),
        st.booleans(),
        st.booleans(),
        st.lists(
            st.builds(consortium_events.ConditionFinding, texts, st.booleans()), max_size=1
        ).map(tuple),
    ),
)


def _annual_plan(on: date, offset: int, *contents: Any) -> consortium_events.AnnualPlan:
    return consortium_events.AnnualPlan(on, on.year + offset, *contents)


def _application(on: date, applicant: Applicant) -> consortium_events.ConsortiumApplication:
    return attrs.evolve(APPLICATION, on=on, applicant=applicant)


#: Any event of the Consortium lifecycle, with random facts, to be dated later.
EVENT_MAKERS = st.one_of(
    maker(consortium_events.ExpertReview, st.booleans(), st.booleans(), findings),
    maker(consortium_events.ConsortiumOpinion, st.sampled_from(TaskGroupUnit), st.just("同意")),
    maker(consortium_events.ConsortiumLeaderReview, st.booleans()),
    maker(consortium_events.CultivationStart),
    maker(_annual_plan, st.integers(-1, 1), items, items, items, texts),
    maker(consortium_events.CultivationAcceptance, st.sampled_from(AssessmentResult)),
    # a second application: never accepted by an existing Consortium
    maker(_application, st.sampled_from(Applicant)),
)


class ConsortiumLifecycleMachine(LifecycleMachine[Consortium]):
    """第十五条: whatever happens, a Consortium only moves along its table.

    A refused event leaves the Consortium as it was; no event is accepted once the
    cultivation qualification is revoked (取消培育资格) or the Consortium is otherwise
    final; every decision cites the Measures; the Consortium is always the replay of its
    own history; and its cycles are three years each, one after the other.
    """

    entity_type = Consortium
    events = EVENTS
    start = start_rule(EVENTS, readings)
    apply_an_event = event_rule(EVENT_MAKERS, 420)

    def needless_under(self, chosen: Readings) -> type[Event] | None:
        """Under the approval-date reading approval starts the cycle."""
        by_approval = chosen.cultivation_start is CultivationStartReading.APPROVAL_DATE
        return consortium_events.CultivationStart if by_approval else None

    @end_rule(S.IN_CULTIVATION, result=st.sampled_from(AssessmentResult))
    def accept_when_the_cycle_expires(self, result: AssessmentResult, days: int) -> None:
        """第十五条: at the expiry of the cycle the acceptance check retains or revokes."""
        step = self.decide_at_end(
            self.entity.cultivation_period,
            days,
            lambda on: consortium_events.CultivationAcceptance(on, result=result),
        )
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
        self.advance(step, 15)

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
