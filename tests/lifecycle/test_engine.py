"""The lifecycle engine on a small table: declaration checks, order, force, purity, replay."""

from __future__ import annotations

import pickle
from datetime import date
from decimal import Decimal
from fractions import Fraction
from typing import Any, TypeVar

import attrs
import pytest
from tests.builders import creation_refusal, refusal

from cixi_innovation.law.measures import MEASURES, EffectiveDateReading, ForceCheck, Measures
from cixi_innovation.lifecycles.engine import Entity, Lifecycle
from cixi_innovation.lifecycles.events import Event
from cixi_innovation.lifecycles.refusals import EventOrderError, EventRefusedError
from cixi_innovation.lifecycles.table import Context, Guard, LifecycleDefinitionError, Transition
from cixi_innovation.values.assessments import AssessmentResult
from cixi_innovation.values.citations import Citation
from cixi_innovation.values.errors import (
    InputError,
    InvalidChoiceError,
    InvalidDateError,
    OutsideForceError,
)
from cixi_innovation.values.vocabulary import Label, LabelledEnum, Level

ART_8 = (Citation.article(8),)
ART_9 = (Citation.article(9),)


@attrs.frozen
class Opened(Event):
    id: str
    name: str
    level: Level = Level.CIXI
    label = Label("opened", "启动", "opening")


@attrs.frozen
class Assessed(Event):
    year: int
    result: AssessmentResult
    label = Label("assessed", "年度考核", "annual assessment")


@attrs.frozen
class Reassigned(Event):
    units: tuple[str, ...]
    label = Label("reassigned", "另行授权委托", "reassignment")


@attrs.frozen
class Eliminated(Event):
    label = Label("eliminated", "淘汰", "elimination")


class Step(LabelledEnum):
    OPEN = ("open", "建设中", "under construction")
    REVOKED = ("revoked", "资格已取消", "revoked")
    CLOSED = ("closed", "已淘汰", "eliminated")


@attrs.frozen
class Facts:
    years: frozenset[int] = frozenset()


def _qualified(entity: object, event: Assessed, ctx: Context) -> bool:
    return event.result is AssessmentResult.QUALIFIED


def _recent(entity: object, event: Assessed, ctx: Context) -> bool:
    return event.year >= 2025


def _add_year(facts: Facts, event: Assessed, ctx: Context) -> Facts:
    return Facts(facts.years | {event.year})


RECENT = Guard(_recent, ART_8, zh="{year}年早于2025年。", en="{year} is before 2025.")

TOY: Lifecycle[Step, Facts] = Lifecycle(
    name="toy",
    label=Label("toy", "示例平台", "toy platform"),
    states=Step,
    finals={Step.CLOSED},
    transitions=[
        Transition(
            None,
            Opened,
            Step.OPEN,
            ART_8,
            zh="{on}启动{name}。",
            en="{name} opened on {on}.",
            effect=lambda _, e, ctx: Facts(),
        ),
        Transition(
            Step.OPEN,
            Assessed,
            Step.OPEN,
            ART_8,
            zh="{year}年度考核“合格”。",
            en="The {year} assessment is qualified.",
            when=_qualified,
            guards=(RECENT,),
            effect=_add_year,
        ),
        Transition(
            Step.OPEN,
            Assessed,
            Step.REVOKED,
            ART_8,
            zh="{year}年度考核“不合格”。",
            en="The {year} assessment is unqualified.",
            guards=(RECENT,),
            effect=_add_year,
        ),
        Transition(
            Step.REVOKED,
            Reassigned,
            Step.OPEN,
            ART_8,
            zh="另行授权委托。",
            en="New units are entrusted.",
        ),
        Transition(
            Step.OPEN,
            Eliminated,
            Step.CLOSED,
            ART_9,
            zh="予以淘汰。",
            en="Eliminated.",
        ),
    ],
)


@attrs.frozen
class Toy(Entity[Step, Facts]):
    lifecycle = TOY


def opened() -> Toy:
    return Toy.create(Opened(date(2025, 3, 1), id="T-1", name="Toy")).entity


# --- declaration checks ---------------------------------------------------------------


class Two(LabelledEnum):
    A = ("a", "甲", "a")
    B = ("b", "乙", "b")


S = TypeVar("S", bound=LabelledEnum)


def _table(
    name: str, zh: str, states: type[S], *rows: Transition[S], finals: tuple[S, ...] = ()
) -> Lifecycle[S, Any]:
    """A lifecycle of a test, named ``name`` (``zh``) in both languages' labels."""
    label = Label(name, zh, name)
    return Lifecycle(name=name, label=label, states=states, finals=finals, transitions=rows)


def _lifecycle(*rows: Transition[Two], finals: tuple[Two, ...] = ()) -> Lifecycle[Two, None]:
    return _table("bad", "坏", Two, *rows, finals=finals)


#: The rows most of the bad tables below start from: opening into 'a', eliminating to 'b'.
OPEN = Transition(None, Opened, Two.A, ART_8, zh="", en="")
CLOSE = Transition(Two.A, Eliminated, Two.B, ART_9, zh="", en="")


_BARE_GUARD = Guard(lambda *_: True, (), zh="", en="")


@pytest.mark.parametrize(
    ("rows", "finals", "message"),
    [
        pytest.param(
            (OPEN,),
            (),
            "state 'b' is not reachable from the initial state 'a'",
            id="an-unreachable-state",
        ),
        pytest.param(
            (
                Transition(None, Opened, Two.A, ART_8, zh="", en="", when=lambda *_: True),
                Transition(None, Opened, Two.B, ART_8, zh="", en=""),
            ),
            (),
            "exactly one initial state is required, found 2: 'a', 'b'",
            id="two-initial-states",
        ),
        pytest.param(
            (OPEN, CLOSE, Transition(Two.B, Reassigned, Two.A, ART_8, zh="", en="")),
            (Two.B,),
            "final state 'b' has a transition out of it (event 'reassigned' to 'a')",
            id="a-transition-out-of-a-final-state",
        ),
        pytest.param(
            (OPEN, Transition(Two.A, Eliminated, Two.B, (), zh="", en="")),
            (),
            "transition 'a' --eliminated--> 'b' cites no article",
            id="a-transition-without-an-article",
        ),
        pytest.param(
            (
                OPEN,
                Transition(Two.A, Eliminated, Two.B, ART_9, zh="", en="", guards=(_BARE_GUARD,)),
            ),
            (),
            "a guard of transition 'a' --eliminated--> 'b' cites no article",
            id="a-guard-without-an-article",
        ),
        pytest.param(
            (CLOSE,),
            (),
            "exactly one initial state is required, found none",
            id="no-creating-transition-no-initial-state",
        ),
        pytest.param(
            (OPEN, CLOSE, Transition(Two.A, Eliminated, Two.A, ART_9, zh="", en="")),
            (),
            "transition 'a' --eliminated--> 'b' has no condition but is not the last for its "
            "state and event",
            id="an-unconditional-transition-not-last-for-its-state-and-event",
        ),
        pytest.param(
            (Transition(None, Eliminated, Two.A, ART_8, zh="", en=""), CLOSE),
            (),
            "creating event 'eliminated' must have the fields id and name",
            id="a-creating-event-without-an-id-and-a-name",
        ),
        pytest.param(
            (OPEN, Transition(Two.A, Eliminated, Step.CLOSED, ART_9, zh="", en="")),
            (),
            "transition 'a' --eliminated--> 'closed' uses <Step.CLOSED: 'closed'>, not one of "
            "the states",
            id="a-state-of-another-enumeration",
        ),
    ],
)
def test_a_bad_table_is_refused_when_it_is_declared(
    rows: tuple[Transition[Two], ...], finals: tuple[Two, ...], message: str
) -> None:
    with pytest.raises(LifecycleDefinitionError) as info:
        _lifecycle(*rows, finals=finals)
    assert str(info.value) == f"lifecycle 'bad': {message}"


def test_the_toy_table_lists_its_parts() -> None:
    assert TOY.initial is Step.OPEN
    assert TOY.finals == frozenset({Step.CLOSED})
    assert TOY.event_types == (Opened, Assessed, Reassigned, Eliminated)
    assert TOY.all_articles() == (Citation.article(8), Citation.article(9))
    assert repr(TOY) == "<Lifecycle toy: 3 states, 5 transitions>"


# --- applying events -----------------------------------------------------------------


def test_on_2026_01_20_a_qualified_assessment_keeps_the_toy_open_and_cites_art_8() -> None:
    toy = opened()
    step = toy.apply(Assessed(date(2026, 1, 20), year=2025, result=AssessmentResult.QUALIFIED))
    assert step.entity.state is Step.OPEN
    assert step.entity.facts == Facts(frozenset({2025}))
    assert step.decision.rule == "toy.assessed"
    assert step.decision.on == date(2026, 1, 20)
    assert step.decision.subject == "T-1"
    assert step.decision.outcome == Label("open", "建设中", "under construction")
    assert step.decision.articles == (Citation.article(8),)
    assert step.decision.reasons[0].en == "The 2025 assessment is qualified."
    assert step.decision.reasons[0].zh == "2025年度考核“合格”。"
    assert step.decision.in_force is True
    assert step.consequences == ()


def test_the_old_entity_is_unchanged_by_apply() -> None:
    toy = opened()
    before = (toy.state, toy.facts, toy.history)
    toy.apply(Assessed(date(2026, 1, 20), year=2025, result=AssessmentResult.UNQUALIFIED))
    assert (toy.state, toy.facts, toy.history) == before
    assert len(toy.history) == 1


def test_an_event_not_in_the_table_for_the_state_is_refused_naming_what_is_allowed() -> None:
    toy = opened()
    event = Reassigned(date(2026, 1, 20), units=("A",))
    error = refusal(toy, event)
    error = error
    assert error.state is Step.OPEN
    assert error.event == event
    assert error.articles == (Citation.article(8),)
    assert error.reason.en == (
        "reassignment is not allowed in state 'under construction'; "
        "allowed next: annual assessment, elimination."
    )
    assert error.reason.zh == "“建设中”状态下不能发生另行授权委托;可发生:年度考核、淘汰。"
    assert str(error) == (
        "reassigned on 2026-01-20 refused in state 'open': reassignment is not allowed in "
        "state 'under construction'; allowed next: annual assessment, elimination. "
        "(Art. 8 第八条)"
    )


def test_a_failing_guard_refuses_with_its_own_reason_and_articles() -> None:
    assessed = Assessed(date(2026, 1, 20), year=2024, result=AssessmentResult.QUALIFIED)
    error = refusal(opened(), assessed)
    assert (str(error), error.reason.zh) == (
        "assessed on 2026-01-20 refused in state 'open': 2024 is before 2025. (Art. 8 第八条)",
        "2024年早于2025年。",
    )


def test_no_event_is_accepted_after_a_final_state() -> None:
    closed = opened().apply(Eliminated(date(2026, 1, 20))).entity
    assert closed.is_final
    assert closed.allowed_events() == ()
    error = refusal(
        closed, Assessed(date(2026, 2, 1), year=2025, result=AssessmentResult.QUALIFIED)
    )
    assert str(error) == (
        "assessed on 2026-02-01 refused in state 'closed': 'eliminated' is a final state: "
        "no event is accepted after it. (Art. 9 第九条)"
    )


def test_an_event_of_another_lifecycle_is_refused() -> None:
    @attrs.frozen
    class Stranger(Event):
        label = Label("stranger", "外来事件", "stranger")

    error = refusal(opened(), Stranger(date(2026, 1, 1)))
    assert str(error) == (
        "stranger on 2026-01-01 refused in state 'open': stranger is not an event of the toy "
        "platform lifecycle. (Art. 8 第八条)"
    )


def test_an_entity_is_created_only_by_its_creating_event() -> None:
    error = creation_refusal(Toy, Eliminated(date(2026, 1, 1)))
    assert str(error) == (
        "eliminated on 2026-01-01 refused in no state (not created): a toy platform is created "
        "by opening, not by elimination. (Art. 9 第九条)"
    )


def test_events_must_come_in_date_order() -> None:
    toy = opened().apply(Assessed(date(2026, 1, 20), year=2025, result=AssessmentResult.QUALIFIED))
    with pytest.raises(EventOrderError) as info:
        toy.entity.apply(Eliminated(date(2026, 1, 19)))
    assert isinstance(info.value, EventRefusedError)
    assert str(info.value) == (
        "eliminated on 2026-01-19 refused in state 'open': elimination dated 2026-01-19 comes "
        "before the last recorded event of 2026-01-20; events must be applied in date order. "
        "(Art. 9 第九条)"
    )


def test_two_events_on_the_same_day_are_in_order() -> None:
    toy = opened().apply(Assessed(date(2026, 1, 20), year=2025, result=AssessmentResult.QUALIFIED))
    assert toy.entity.apply(Eliminated(date(2026, 1, 20))).entity.state is Step.CLOSED


# --- the Measures' force (Art. 24) --------------------------------------------------


def test_an_event_on_2024_12_24_is_refused_by_default_as_outside_the_force() -> None:
    with pytest.raises(OutsideForceError) as info:
        Toy.create(Opened(date(2024, 12, 24), id="T-1", name="Toy"))
    assert str(info.value) == (
        "on: 2024-12-24 is outside the Measures' force [2024-12-25, 2029-12-25) "
        "(Art. 24 第二十四条)"
    )


def test_an_event_on_2029_12_25_is_accepted_and_flagged_under_force_check_flag() -> None:
    toy = opened()
    step = toy.apply(Eliminated(date(2029, 12, 25)), force=ForceCheck.FLAG)
    assert step.entity.state is Step.CLOSED
    assert step.decision.in_force is False
    assert step.entry.in_force is False
    assert "  ! this date is outside the Measures' force (Art. 24)" in step.decision.explain()


def test_an_event_on_2024_12_25_is_refused_under_the_strict_reading_of_art_24() -> None:
    strict = MEASURES.with_readings(effective=EffectiveDateReading.STRICT_AFTER)
    with pytest.raises(OutsideForceError):
        Toy.create(Opened(date(2024, 12, 25), id="T-1", name="Toy"), measures=strict)
    created = Toy.create(Opened(date(2024, 12, 25), id="T-1", name="Toy"))
    assert created.decision.in_force is True


# --- history, replay, state on a date -------------------------------------------------


def _timeline() -> Toy:
    toy = opened()
    for event in (
        Assessed(date(2026, 1, 20), year=2025, result=AssessmentResult.UNQUALIFIED),
        Reassigned(date(2026, 3, 1), units=("New unit",)),
        Assessed(date(2027, 1, 20), year=2026, result=AssessmentResult.QUALIFIED),
    ):
        toy = toy.apply(event).entity
    return toy


def test_the_history_lists_every_step_with_the_states_before_and_after() -> None:
    toy = _timeline()
    assert [(e.event.kind, e.source, e.target) for e in toy.history] == [
        ("opened", None, Step.OPEN),
        ("assessed", Step.OPEN, Step.REVOKED),
        ("reassigned", Step.REVOKED, Step.OPEN),
        ("assessed", Step.OPEN, Step.OPEN),
    ]
    assert toy.last_event_on == date(2027, 1, 20)
    assert [e.decision.rule for e in toy.history] == [
        "toy.opened",
        "toy.assessed",
        "toy.reassigned",
        "toy.assessed",
    ]


def test_replaying_the_events_gives_an_equal_entity() -> None:
    toy = _timeline()
    again = Toy.replay(toy.events)
    assert again == toy
    assert hash(again) == hash(toy)
    assert again is not toy
    assert again != opened()


def test_replaying_nothing_is_refused() -> None:
    with pytest.raises(InputError) as info:
        Toy.replay([])
    assert str(info.value) == "events: no events to replay"


def test_the_state_on_a_date_is_the_state_at_the_end_of_that_day() -> None:
    toy = _timeline()
    assert toy.state_on(date(2025, 2, 28)) is None
    assert toy.state_on(date(2025, 3, 1)) is Step.OPEN
    assert toy.state_on(date(2026, 1, 19)) is Step.OPEN
    assert toy.state_on(date(2026, 1, 20)) is Step.REVOKED
    assert toy.state_on(date(2026, 2, 28)) is Step.REVOKED
    assert toy.state_on(date(2026, 3, 1)) is Step.OPEN


def test_the_state_on_a_date_is_not_influenced_by_later_events() -> None:
    toy = opened().apply(
        Assessed(date(2026, 1, 20), year=2025, result=AssessmentResult.UNQUALIFIED)
    )
    before = toy.entity.state_on(date(2026, 2, 1))
    later = toy.entity.apply(Reassigned(date(2026, 3, 1), units=("X",))).entity
    assert before is Step.REVOKED
    assert later.state_on(date(2026, 2, 1)) is Step.REVOKED
    assert later.state_on(date(2026, 3, 1)) is Step.OPEN


def test_allowed_events_follow_the_table() -> None:
    toy = opened()
    assert toy.allowed_events() == (Assessed, Eliminated)
    revoked = toy.apply(
        Assessed(date(2026, 1, 20), year=2025, result=AssessmentResult.UNQUALIFIED)
    ).entity
    assert revoked.allowed_events() == (Reassigned,)


def test_the_entity_repr_is_short() -> None:
    assert repr(opened()) == (
        "Toy(id='T-1', name='Toy', state=<Step.OPEN: 'open'>, facts=Facts(years=frozenset()))"
    )


# --- events from plain data -----------------------------------------------------------


def test_an_event_is_built_from_plain_data_and_back() -> None:
    data = {"kind": "assessed", "on": "2026-01-20", "year": 2025, "result": "unqualified"}
    event = TOY.event_from_data(data)
    assert event == Assessed(date(2026, 1, 20), year=2025, result=AssessmentResult.UNQUALIFIED)
    assert event.to_data() == data


def test_defaults_tuples_and_enumerations_are_read_from_plain_data() -> None:
    assert Opened.from_data({"on": "2026-01-20", "id": "T", "name": "N"}).level is Level.CIXI
    assert (
        Opened.from_data({"on": "2026-01-20", "id": "T", "name": "N", "level": "宁波市级"}).level
        is Level.NINGBO
    )
    assert Reassigned.from_data({"on": "2026-01-20", "units": ["A", "B"]}).units == ("A", "B")


@pytest.mark.parametrize(
    ("data", "error", "message"),
    [
        (
            {"kind": "built"},
            InvalidChoiceError,
            "kind: 'built' is not an event of the toy platform "
            "lifecycle; choose one of: opened, assessed, reassigned, eliminated",
        ),
        ({"kind": "assessed", "on": "2026-01-20", "year": 2025}, InputError, "result: is missing"),
        (
            {"kind": "assessed", "on": "2026-01-20", "year": 2025, "result": "ok", "x": 1},
            InputError,
            "x: unknown field 'x'; expected: on, year, result",
        ),
        (
            {"kind": "assessed", "on": "2026-01-20", "year": "2025", "result": "qualified"},
            InputError,
            "year: '2025' is not a whole number",
        ),
        (
            {"kind": "assessed", "on": "2026-01-20", "year": 2025, "result": "good"},
            InvalidChoiceError,
            "result: 'good' is not an assessment result; choose one of: qualified, unqualified",
        ),
        (
            {"kind": "assessed", "on": "2026-02-30", "year": 2025, "result": "qualified"},
            InvalidDateError,
            "on: '2026-02-30' is not a date (YYYY-MM-DD)",
        ),
        (
            {"kind": "reassigned", "on": "2026-01-20", "units": "A"},
            InputError,
            "units: 'A' is not a list",
        ),
        (
            {"kind": "reassigned", "on": "2026-01-20", "units": ["A", 2]},
            InputError,
            "units[1]: 2 is not a text",
        ),
    ],
)
def test_bad_plain_data_is_refused_naming_the_field(
    data: dict[str, object], error: type[Exception], message: str
) -> None:
    with pytest.raises(error) as info:
        TOY.event_from_data(data)
    assert str(info.value) == message


def test_an_event_of_another_kind_is_refused_by_from_data() -> None:
    with pytest.raises(InvalidChoiceError) as info:
        Assessed.from_data({"kind": "opened", "on": "2026-01-20"})
    assert str(info.value) == "kind: 'opened' is not 'assessed'"


def test_an_event_date_must_be_a_date() -> None:
    with pytest.raises(InvalidDateError) as info:
        Eliminated("2026-01-20")  # type: ignore[arg-type]
    assert str(info.value) == "on: '2026-01-20' is not a date"


@attrs.frozen
class _Scheduled(Event):
    days: tuple[date, ...]
    label = Label("scheduled", "排期", "schedule")


def test_a_list_of_dates_given_for_a_tuple_of_dates_becomes_a_tuple_of_the_same_dates() -> None:
    days = [date(2026, 1, 20), date(2026, 2, 20)]
    scheduled = _Scheduled(date(2026, 1, 10), days=days)  # type: ignore[arg-type]
    assert scheduled.days == (date(2026, 1, 20), date(2026, 2, 20))
    assert all(a is b for a, b in zip(scheduled.days, days, strict=True))
    with pytest.raises(InvalidDateError) as info:
        _Scheduled(date(2026, 1, 10), days=[date(2026, 1, 20), "2026-02-20"])  # type: ignore[arg-type]
    assert str(info.value) == "days[1]: '2026-02-20' is not a date"


def test_a_refusal_survives_pickling() -> None:
    error = refusal(opened(), Reassigned(date(2026, 1, 20), units=("A",)))
    again = pickle.loads(pickle.dumps(error))
    assert str(again) == str(error)
    assert again.state is Step.OPEN
    assert again.reason.zh == error.reason.zh
    assert again.articles == (Citation.article(8),)


# --- the remaining corners ------------------------------------------------------------


@attrs.frozen
class Note:
    text: str
    urgent: bool = False


@attrs.frozen
class Noted(Event):
    note: Note
    amount: Decimal | None = None
    level: Level | None = None
    share: Fraction = Fraction(0)
    label = Label("noted", "备注", "note")


def test_nested_optional_and_exact_fields_are_read_from_plain_data_and_back() -> None:
    event = Noted.from_data(
        {"on": "2026-01-20", "note": {"text": "x", "urgent": True}, "amount": None}
    )
    assert event == Noted(date(2026, 1, 20), Note("x", True))
    assert (
        Noted.from_data({"on": "2026-01-20", "note": Note("y"), "level": "national"}).level
        is Level.NATIONAL
    )
    exact = Noted(date(2026, 1, 20), Note("z"), amount=Decimal("1.50"), share=Fraction(1, 3))
    assert exact.to_data() == {
        "kind": "noted",
        "on": "2026-01-20",
        "note": {"text": "z", "urgent": False},
        "amount": "1.50",
        "level": None,
        "share": "1/3",
    }
    assert Noted.from_data(
        {"on": "2026-01-20", "note": {"text": "z"}, "amount": Decimal("2")}
    ).amount == Decimal("2")
    assert exact.params()["amount"] == Decimal("1.50")
    assert "note" not in exact.params()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"on": "2026-01-20", "note": "x"}, "note: 'x' is not a mapping"),
        (
            {"on": "2026-01-20", "note": {"text": "x", "urgent": "yes"}},
            "note.urgent: 'yes' is not true or false",
        ),
        (
            {"on": "2026-01-20", "note": {"text": "x"}, "amount": "1.5"},
            "amount: '1.5' cannot be read as Decimal",
        ),
    ],
)
def test_bad_nested_data_is_refused_naming_the_dotted_field(
    data: dict[str, object], message: str
) -> None:
    with pytest.raises(InputError) as info:
        Noted.from_data(data)
    assert str(info.value) == message


def test_histories_of_different_lengths_or_events_differ() -> None:
    toy = opened()
    one = toy.apply(Eliminated(date(2026, 1, 20))).entity
    other = toy.apply(Eliminated(date(2026, 1, 21))).entity
    assert one != toy
    assert one != other
    assert Toy.replay(one.events) == one
    assert repr(one._log) == "<history of 2 events>"
    assert one._log.__eq__(3) is NotImplemented


def test_a_history_entry_names_its_consequences_and_articles() -> None:
    entry = opened().apply(Eliminated(date(2026, 1, 20))).entry
    assert entry.consequences == ()
    assert entry.articles == ART_9
    assert entry.details == ()


def test_an_event_kind_is_its_label_code_unless_set() -> None:
    @attrs.frozen
    class Visited(Event):
        label = Label("visited", "走访", "visit")

    @attrs.frozen
    class Revisited(Visited):
        pass

    @attrs.frozen
    class Renamed(Event):
        kind = "renamed_code"
        label = Label("renamed", "更名", "renaming")

    assert (Visited.kind, Revisited.kind, Renamed.kind, Event.kind) == (
        "visited",
        "visited",
        "renamed_code",
        "event",
    )
    assert Visited(date(2026, 3, 1)).to_data() == {"kind": "visited", "on": "2026-03-01"}


def test_two_event_types_with_the_same_kind_are_refused() -> None:
    @attrs.frozen
    class Twin(Event):
        kind = "eliminated"
        label = Label("twin", "双", "twin")

    with pytest.raises(LifecycleDefinitionError) as info:
        _lifecycle(
            OPEN,
            CLOSE,
            Transition(Two.A, Twin, Two.B, ART_9, zh="", en=""),
        )
    assert str(info.value) == "lifecycle 'bad': two event types share the kind 'eliminated'"


def test_a_final_state_of_another_enumeration_is_refused() -> None:
    with pytest.raises(LifecycleDefinitionError) as info:
        _lifecycle(
            OPEN,
            CLOSE,
            finals=(Step.CLOSED,),  # type: ignore[arg-type]
        )
    assert str(info.value) == (
        "lifecycle 'bad': final state <Step.CLOSED: 'closed'> is not one of the states"
    )


def _only_if_ningbo(entity: object, event: Opened | Eliminated, ctx: Context) -> bool:
    return isinstance(event, Opened) and event.level is Level.NINGBO


@attrs.frozen
class Conditional(Entity[Two, None]):
    lifecycle = _table(
        "conditional",
        "有条件",
        Two,
        Transition(None, Opened, Two.A, ART_8, zh="", en="", when=_only_if_ningbo),
        Transition(Two.A, Opened, Two.B, ART_8, zh="", en="", when=_only_if_ningbo),
    )


def test_facts_that_match_no_case_are_refused() -> None:
    error = creation_refusal(Conditional, Opened(date(2026, 1, 1), id="C", name="C"))
    assert str(error) == (
        "opened on 2026-01-01 refused in no state (not created): the facts of opening match "
        "none of the cases the Measures provide for. (Art. 8 第八条)"
    )
    created = Conditional.create(Opened(date(2026, 1, 1), id="C", name="C", level=Level.NINGBO))
    again = refusal(created.entity, Opened(date(2026, 1, 2), id="C", name="C"))
    assert again.reason.zh == "启动的事实不符合任何可适用的情形。"


def test_switching_between_readings_of_art_24_applies_each_one() -> None:
    strict = MEASURES.with_readings(effective=EffectiveDateReading.STRICT_AFTER)
    toy = opened()
    late = Eliminated(date(2029, 12, 25))
    assert toy.apply(late, measures=strict).decision.in_force is True
    with pytest.raises(OutsideForceError):
        toy.apply(late)
    assert toy.apply(late, measures=strict).entity.state is Step.CLOSED


def test_histories_are_compared_entry_by_entry_and_share_their_common_past() -> None:
    qualified = Assessed(date(2026, 1, 20), year=2025, result=AssessmentResult.QUALIFIED)
    once = opened().apply(qualified).entity
    twice = once.apply(qualified).entity
    assert (once.state, once.facts) == (twice.state, twice.facts)
    assert once != twice
    assert once.apply(qualified).entity == twice


class One(LabelledEnum):
    OPEN = ("open", "建设中", "under construction")


#: The Measures each step's effect found in its context, oldest first.
Seen = tuple[Measures, ...]


def _first_seen(_: object, event: Opened, ctx: Context) -> Seen:
    return (ctx.measures,)


def _also_seen(seen: Seen, event: Assessed, ctx: Context) -> Seen:
    return (*seen, ctx.measures)


WATCHING: Lifecycle[One, Seen] = _table(
    "watching",
    "观察",
    One,
    Transition(None, Opened, One.OPEN, ART_8, zh="", en="", effect=_first_seen),
    Transition(One.OPEN, Assessed, One.OPEN, ART_8, zh="", en="", effect=_also_seen),
)


@attrs.frozen
class Watching(Entity[One, Seen]):
    lifecycle = WATCHING


WATCHED = Opened(date(2025, 3, 1), id="W-1", name="Watched")
ASSESSED = Assessed(date(2026, 1, 20), year=2025, result=AssessmentResult.QUALIFIED)


def test_each_step_consults_the_measures_it_is_applied_under() -> None:
    """Art. 24: a condition, guard or effect finds in its context the Measures given for its step."""
    strict = MEASURES.with_readings(effective=EffectiveDateReading.STRICT_AFTER)
    for first, then in [(strict, MEASURES), (MEASURES, strict)]:
        created = Watching.create(WATCHED, measures=first).entity
        assert created.facts == (first,)
        applied = created.apply(ASSESSED, measures=then).entity
        assert applied.facts == (first, then)
        assert applied.apply(ASSESSED, measures=first).entity.facts == (first, then, first)
        assert Watching.create(WATCHED, measures=then).entity.facts == (then,)


def test_an_entity_from_another_process_is_applied_before_its_lifecycle_built_any_context(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A worker process that unpickles an entity has not created one with that lifecycle."""
    entity = pickle.loads(pickle.dumps(Watching.create(WATCHED).entity))
    monkeypatch.setattr(WATCHING, "_context", None)
    assert entity.apply(ASSESSED).entity.facts == (MEASURES, MEASURES)
