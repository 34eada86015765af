"""The lifecycle engine at its edges, where the three lifecycles' own tests do not go.

Readings switched between events, the force check at creation and at replay, details
of a creating step, the identity kept, plain data of a type it cannot hold.
"""

from __future__ import annotations

import typing
from datetime import date
from typing import Any, Literal

import attrs
import pytest

from cixi_innovation.law.indicators import CoreIndicators
from cixi_innovation.law.measures import MEASURES, ForceCheck, ValidityReading
from cixi_innovation.law.parameters import PARAMETERS
from cixi_innovation.law.readings import READINGS, ConsultationReading, HostVehicleReading
from cixi_innovation.lifecycles import events as lifecycle_events
from cixi_innovation.lifecycles.center.entity import InnovationCenter
from cixi_innovation.lifecycles.center.entity import example_events as center_example
from cixi_innovation.lifecycles.center.events import (
    HostUnit,
    InnovationVehicle,
    MidTermEvaluation,
    TechCenterRecognition,
    VehicleKind,
)
from cixi_innovation.lifecycles.complex.entity import Complex, example_events
from cixi_innovation.lifecycles.complex.events import (
    ComplexApplication,
    LeaderReview,
    LevelRecognition,
    RoundAppraisal,
    RoundStart,
)
from cixi_innovation.lifecycles.complex.lifecycle import COMPLEX_LIFECYCLE
from cixi_innovation.lifecycles.consortium.events import CultivationStart
from cixi_innovation.lifecycles.engine import Entity, Lifecycle
from cixi_innovation.lifecycles.events import Event
from cixi_innovation.lifecycles.refusals import EventOrderError, EventRefusedError
from cixi_innovation.lifecycles.table import Guard, LifecycleDefinitionError, Transition
from cixi_innovation.values.assessments import PerformanceGrade
from cixi_innovation.values.citations import Citation
from cixi_innovation.values.errors import InputError, InvalidChoiceError, OutsideForceError
from cixi_innovation.values.vocabulary import Label, LabelledEnum, Level

EVENTS = example_events()
APPLICATION = typing.cast(ComplexApplication, EVENTS[0])
#: The example up to the first of the seven opinions (Art. 6 ¶1).
ONE_OPINION = EVENTS[:3]
INDICATORS = CoreIndicators("100000000000.00", "1/4", "3/100", "1/2", 700)
RELEVANT = READINGS.replace(consultation=ConsultationReading.RELEVANT_UNITS)


def test_the_readings_of_each_step_are_those_given_for_it() -> None:
    """TN 6.2: one opinion suffices under one reading, all seven under the other."""
    entity = Complex.replay(ONE_OPINION)
    review = LeaderReview(date(2025, 2, 10), approved=True)
    for readings, accepted in [(RELEVANT, True), (READINGS, False), (RELEVANT, True)]:
        if accepted:
            assert entity.apply(review, readings=readings).entity.state.code == "approved"
        else:
            with pytest.raises(EventRefusedError) as caught:
                entity.apply(review, readings=readings)
            assert caught.value.state is entity.state
    assert Complex.replay([*ONE_OPINION, review], readings=RELEVANT).state.code == "approved"


def test_a_creation_outside_force_is_refused_or_flagged_as_asked() -> None:
    early = attrs.evolve(APPLICATION, on=date(2024, 12, 24))
    with pytest.raises(OutsideForceError) as caught:
        Complex.create(early)
    assert str(caught.value) == (
        "on: 2024-12-24 is outside the Measures' force [2024-12-25, 2029-12-25) "
        "(Art. 24 第二十四条)"
    )
    flagged = Complex.create(early, force=ForceCheck.FLAG)
    assert flagged.decision.in_force is False
    assert flagged.entity.history[0].in_force is False
    replayed = Complex.replay([early, *EVENTS[1:]], force=ForceCheck.FLAG)
    assert [e.in_force for e in replayed.history] == [False] + [True] * (len(EVENTS) - 1)
    assert Complex.create(attrs.evolve(APPLICATION, on=date(2024, 12, 25))).decision.in_force


def test_applying_an_event_keeps_the_identity_of_the_platform() -> None:
    entity = Complex.replay(EVENTS)
    assert (entity.id, entity.name) == (APPLICATION.id, APPLICATION.name)
    assert entity.history[-1].subject == APPLICATION.id
    assert entity.history[-1].decision.subject == APPLICATION.id


def test_an_event_of_another_lifecycle_dated_too_early_cites_the_first_article() -> None:
    entity = Complex.replay(EVENTS)
    foreign = CultivationStart(date(2025, 1, 1))
    with pytest.raises(EventOrderError) as caught:
        entity.apply(foreign)
    assert caught.value.articles == COMPLEX_LIFECYCLE.all_articles()[:1]
    assert caught.value.state is entity.state


def test_event_fields_are_read_without_a_warm_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lifecycle_events, "_HINTS", {})
    plain = EVENTS[9].to_data()
    assert COMPLEX_LIFECYCLE.event_from_data(plain) == EVENTS[9]
    assert LeaderReview in lifecycle_events._HINTS
    assert COMPLEX_LIFECYCLE.event_from_data(plain) == EVENTS[9]


def test_the_parameters_of_each_step_are_those_given_for_it() -> None:
    """Art. 8: five-year rounds, or what a what-if study makes of them."""
    ready = Complex.replay(EVENTS[:11])  # the host unit is selected
    start = EVENTS[11]
    three = PARAMETERS.replace(complex_round_years=3)
    for parameters, years in [(three, 3), (PARAMETERS, 5), (three, 3)]:
        entity = ready.apply(start, parameters=parameters).entity
        assert entity.facts.round is not None
        assert entity.facts.round.end.year - entity.facts.round.start.year == years


def test_a_center_applies_its_events_with_the_measures_and_parameters_given() -> None:
    """Art. 21 mid-term after three full years; Art. 24 under another reading of validity."""
    center = InnovationCenter.replay(center_example())
    early = MidTermEvaluation(date(2026, 6, 1), grade=PerformanceGrade.NOT_POOR)
    with pytest.raises(EventRefusedError):
        center.apply(early)
    one_year = PARAMETERS.replace(center_mid_term_years=1)
    assert center.apply(early, parameters=one_year).entity.state.code == "under_construction"
    late = TechCenterRecognition(date(2029, 12, 1), level=Level.NINGBO)
    assert center.apply(late).decision.in_force
    from_publication = MEASURES.with_readings(validity=ValidityReading.FROM_PUBLICATION)
    with pytest.raises(OutsideForceError):
        center.apply(late, measures=from_publication)


def test_a_new_type_institution_below_provincial_level_hosts_a_center_only_under_its_reading() -> (
    None
):
    """Art. 18 ¶1, TN 18.2: which new-type R&D institutions count as a host's vehicle."""
    proposal = center_example()[0]
    vehicle = InnovationVehicle(VehicleKind.NEW_TYPE_RD_INSTITUTION, "某新型研发机构", Level.CIXI)
    hosts = (HostUnit("甲研究院", (vehicle,)), HostUnit("乙研究院", (vehicle,)))
    evolve: Any = attrs.evolve  # the proposal, typed as any event, has host units
    modest = evolve(proposal, host_units=hosts)
    with pytest.raises(EventRefusedError) as caught:
        InnovationCenter.create(modest)
    assert "甲研究院、乙研究院" in caught.value.reason.zh
    assert "甲研究院, 乙研究院" in caught.value.reason.en
    anyone = READINGS.replace(host_vehicle=HostVehicleReading.ANY_NEW_TYPE_INSTITUTION)
    assert InnovationCenter.create(modest, readings=anyone).entity.state.code == "proposed"


def test_leader_review_without_any_opinion_under_the_relevant_units_reading() -> None:
    """Art. 6 ¶1, TN 6.2: at least one opinion even when only the relevant units are asked."""
    entity = Complex.replay(EVENTS[:2])
    with pytest.raises(EventRefusedError) as caught:
        entity.apply(LeaderReview(date(2025, 2, 10), approved=True), readings=RELEVANT)
    assert "任何相关职能单位" in caught.value.reason.zh
    assert "any relevant unit" in caught.value.reason.en


def test_a_kind_that_is_not_text_is_no_event() -> None:
    kinds: list[object] = [[], {}, 1, None]
    for kind in kinds:
        with pytest.raises(InvalidChoiceError) as caught:
            COMPLEX_LIFECYCLE.event_from_data({"kind": kind, "on": "2026-01-01"})
        assert caught.value.field == "kind"
        assert caught.value.message.startswith(f"{kind!r} is not an event of the ")


def test_a_second_round_starts_with_no_annual_plan_reported() -> None:
    """Art. 8-9: after an appraisal other than poor, a next five-year round starts afresh."""
    flag = ForceCheck.FLAG
    entity = Complex.replay(EVENTS)
    assert entity.facts.planned_years == frozenset({2025})
    appraised = entity.apply(
        RoundAppraisal(date(2030, 3, 2), indicators=INDICATORS, grade=PerformanceGrade.NOT_POOR),
        force=flag,
    ).entity
    assert appraised.state.code == "round_completed"
    again = appraised.apply(
        RoundStart(date(2030, 4, 1), start=date(2030, 4, 1), targets="第二轮目标"), force=flag
    )
    assert again.entity.state.code == "under_construction"
    assert again.entity.facts.planned_years == frozenset()
    assert again.entity.facts.rounds == 2
    assert again.decision.in_force is False


def test_an_event_outside_force_is_flagged_under_measures_read_otherwise() -> None:
    """Art. 24: the flag holds whichever reading of the period of force is given."""
    entity = Complex.replay(EVENTS)
    late = LevelRecognition(date(2029, 12, 1), level=Level.NINGBO)
    from_publication = MEASURES.with_readings(validity=ValidityReading.FROM_PUBLICATION)
    flagged = entity.apply(late, force=ForceCheck.FLAG, measures=from_publication)
    assert flagged.decision.in_force is False
    assert entity.apply(late).decision.in_force is True


# --- a toy lifecycle: what the three lifecycles do not use ---------------------------------


class Step(LabelledEnum):
    OPEN = ("open", "开", "open")
    SHUT = ("shut", "关", "shut")


@attrs.frozen
class Opened(Event):
    label = Label("opened", "开启", "opened")
    id: str
    name: str
    mode: Literal["fast", "slow"] = "fast"


@attrs.frozen
class Shut(Event):
    label = Label("shut", "关闭", "shut")


ART_9 = (Citation.article(9),)
#: The toy's rows: a creating step that reads its context, a guarded closing step.
_ROWS: list[Transition[Step]] = [
    Transition(
        None,
        Opened,
        Step.OPEN,
        ART_9,
        zh="{name}于{on}开启,第{count}号,{who}。",
        en="{name} opened on {on}, number {count}, by {who}.",
        # the creating step reads its context and its event: the what-if parameters
        # reach it, and so does the event
        when=lambda entity, event, ctx: ctx.readings is not None,
        effect=lambda facts, event, ctx: ctx.parameters.validity_years,
        details=lambda entity, event, ctx: {
            "count": ctx.parameters.validity_years + 2,
            "who": event.id,
        },
    ),
    Transition(
        Step.OPEN,
        Shut,
        Step.SHUT,
        ART_9,
        zh="关闭。",
        en="Shut.",
        # no case for a platform named "Frozen", or in December
        when=lambda entity, event, ctx: entity.name != "Frozen" and event.on.month != 12,
        guards=(
            Guard(
                lambda entity, event, ctx: event.on.day != 13,
                ART_9,
                zh="{event}不在13日。",
                en="no {event} on the 13th.",
            ),
        ),
    ),
]
TOY: Lifecycle[Step, Any] = Lifecycle(
    name="toy",
    label=Label("toy", "示例", "toy"),
    states=Step,
    finals={Step.SHUT},
    transitions=_ROWS,
)


@attrs.frozen
class Toy(Entity[Step, Any]):
    lifecycle = TOY


def test_the_details_of_a_creating_step_fill_its_reason() -> None:
    created = Toy.create(Opened(date(2026, 1, 5), id="t1", name="Toy"))
    assert created.decision.reasons[0].en == "Toy opened on 2026-01-05, number 7, by t1."
    assert created.decision.reasons[0].zh == "Toy于2026-01-05开启,第7号,t1。"
    assert created.entity.history[0].details == (("count", 7), ("who", "t1"))
    assert created.entity.facts == 5


def test_the_parameters_reach_the_creating_step() -> None:
    nine = PARAMETERS.replace(validity_years=9)
    created = Toy.create(Opened(date(2026, 1, 5), id="t1", name="Toy"), parameters=nine)
    assert created.entity.facts == 9
    assert created.decision.reasons[0].en == "Toy opened on 2026-01-05, number 11, by t1."
    replayed = Toy.replay([Opened(date(2026, 1, 5), id="t1", name="Toy")], parameters=nine)
    assert replayed.facts == 9


@pytest.mark.parametrize(
    ("name", "day"), [("Frozen", date(2026, 2, 1)), ("Toy", date(2026, 12, 1))]
)
def test_an_event_that_fits_no_case_is_refused_in_its_state(name: str, day: date) -> None:
    toy = Toy.create(Opened(date(2026, 1, 5), id="t1", name=name)).entity
    with pytest.raises(EventRefusedError) as caught:
        toy.apply(Shut(day))
    assert caught.value.state is Step.OPEN
    assert caught.value.reason.en == (
        "the facts of shut match none of the cases the Measures provide for."
    )
    assert caught.value.reason.zh == "关闭的事实不符合任何可适用的情形。"


def test_a_field_of_a_type_plain_data_cannot_hold_is_refused_by_name() -> None:
    with pytest.raises(InputError) as caught:
        TOY.event_from_data(
            {"kind": "opened", "on": "2026-01-05", "id": "t", "name": "n", "mode": "x"}
        )
    assert str(caught.value) == ("mode: 'x' cannot be read as Literal")


@pytest.mark.parametrize(
    ("entity_type", "event", "expected"),
    [
        (
            Complex,
            LeaderReview(date(2025, 2, 10), approved=True),
            "an industrial innovation service complex is created by Complex application, "
            "not by review by the leader in charge.",
        ),
        (
            Toy,
            Shut(date(2026, 2, 1)),
            "a toy is created by opened, not by shut.",
        ),
    ],
    ids=["an", "a"],
)
def test_creation_by_another_event_is_refused_in_good_english(
    entity_type: type[Entity[Any, Any]], event: Event, expected: str
) -> None:
    """Found by the reviewed refusals: "a industrial innovation service complex"."""
    with pytest.raises(EventRefusedError) as caught:
        entity_type.create(event)
    assert caught.value.reason.en == expected
    assert caught.value.state is None


@attrs.frozen
class NotedToy(Entity[Step, Any]):
    """An entity with a field of its own: built through its own ``__init__``."""

    lifecycle = TOY
    note: str = "a note"


def test_an_entity_with_fields_of_its_own_keeps_identity_facts_and_history() -> None:
    created = NotedToy.create(Opened(date(2026, 1, 5), id="t2", name="Noted")).entity
    shut = created.apply(Shut(date(2026, 2, 1))).entity
    assert (shut.id, shut.name, shut.state, shut.facts, shut.note) == (
        "t2",
        "Noted",
        Step.SHUT,
        5,
        "a note",
    )
    assert [e.event.kind for e in shut.history] == ["opened", "shut"]
    assert shut.state_on(date(2026, 1, 31)) is Step.OPEN
    # a second entity of the class takes the same way, known by then
    other = NotedToy.create(Opened(date(2026, 1, 6), id="t3", name="Other")).entity
    assert other.apply(Shut(date(2026, 2, 2))).entity.id == "t3"


@pytest.mark.parametrize(
    ("transitions", "message"),
    [
        (
            [Transition(None, Opened, Step.OPEN, (), zh="", en="")],
            "lifecycle 'bad': transition '[*]' --opened--> 'open' cites no article",
        ),
        (
            [
                Transition(None, Opened, Step.OPEN, ART_9, zh="", en=""),
                Transition(
                    Step.OPEN,
                    Shut,
                    Step.SHUT,
                    ART_9,
                    zh="",
                    en="",
                    when_label=Label("c", "条件", "if so"),
                ),
                Transition(Step.OPEN, Shut, Step.OPEN, ART_9, zh="", en=""),
            ],
            "lifecycle 'bad': transition 'open' --shut[if so]--> 'shut' has no condition but "
            "is not the last for its state and event",
        ),
    ],
    ids=["no-article", "no-condition"],
)
def test_a_bad_table_is_refused_naming_its_row(
    transitions: list[Transition[Step]], message: str
) -> None:
    with pytest.raises(LifecycleDefinitionError) as caught:
        Lifecycle(
            name="bad",
            label=Label("bad", "坏", "bad"),
            states=Step,
            finals={Step.SHUT},
            transitions=transitions,
        )
    assert str(caught.value) == message


def test_a_guard_names_the_event_by_its_label() -> None:
    toy = Toy.create(Opened(date(2026, 1, 5), id="t1", name="Toy")).entity
    with pytest.raises(EventRefusedError) as caught:
        toy.apply(Shut(date(2026, 2, 13)))
    assert (caught.value.reason.en, caught.value.reason.zh) == (
        "no shut on the 13th.",
        "关闭不在13日。",
    )


def test_a_toy_history_compares_equal_only_to_the_same_history() -> None:
    one = Toy.create(Opened(date(2026, 1, 5), id="t1", name="Toy")).entity
    other: Any = Toy.create(Opened(date(2026, 1, 5), id="t1", name="Toy")).entity
    assert one == other
    assert one.apply(Shut(date(2026, 2, 1))).entity != other
