"""What each lifecycle does with every kind of event in every state its example reaches.

The states are those the documented example passes through and those one event further
(a rejection, a revocation ...).  In each, every event type of the lifecycle is applied
in several variants (as in the example, or with the first code of each choice; with its
true/false facts negated; a year later, of that year or of the year before; under the
other reading of each open point; with its texts blank), every event type of the other
two lifecycles once, an event dated before the last one and an event outside the
Measures' force, refused and flagged.  The answer -- the new state with the decision's
outcome and reason, or the refusal with its type, state, reason and articles; kept once
when every variant is answered alike -- is compared with the reviewed copy in
``golden/<kind>-refusals.json``.

After an intended change, rewrite the copies and review the diff::

    CIXI_UPDATE_GOLDEN=1 python -m pytest tests/reliability/test_golden_refusals.py
"""

from __future__ import annotations

import json
import pickle
import types
import typing
from datetime import date, timedelta
from decimal import Decimal
from fractions import Fraction
from typing import Any

import attrs
import pytest
from tests.reliability.reviewed import check_golden, plain
from tests.reliability.test_golden_lifecycles import ENTITIES, EXAMPLES, GENERATED_ROWS

from cixi_innovation.law.indicators import CoreIndicators
from cixi_innovation.law.measures import MEASURES, ForceCheck
from cixi_innovation.law.parameters import PARAMETERS
from cixi_innovation.law.readings import READINGS, Readings
from cixi_innovation.lifecycles.engine import Entity
from cixi_innovation.lifecycles.events import Event
from cixi_innovation.lifecycles.refusals import EventRefusedError
from cixi_innovation.values.bodies import Applicant
from cixi_innovation.values.errors import CixiError
from cixi_innovation.values.vocabulary import LabelledEnum

INDICATORS = CoreIndicators(
    Decimal("100000000000.00"), Fraction(1, 4), Fraction(3, 100), Fraction(1, 2), 700
)


def sample(
    hint: Any, on: date, positive: bool, first: bool | None = None, year: int | None = None
) -> Any:
    """A fixed value of type ``hint``: conditions ``positive``, choices ``first`` or last.

    Choices are the first when ``positive``, unless ``first`` says otherwise.
    """
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        (inner,) = [a for a in typing.get_args(hint) if a is not type(None)]
        return sample(inner, on, positive, first, year)
    if origin is tuple:
        return (sample(typing.get_args(hint)[0], on, positive, first, year),)
    if hint is date:
        return on
    if hint is str:
        return "样例" if positive else "示例"
    if hint is bool:
        return positive
    if hint is int:
        return on.year if year is None else year
    if isinstance(hint, type) and issubclass(hint, LabelledEnum):
        members = list(hint)
        return members[0] if (positive if first is None else first) else members[-1]
    if hint is CoreIndicators:
        return INDICATORS
    if isinstance(hint, type) and attrs.has(hint):
        hints = typing.get_type_hints(hint)
        return hint(
            **{
                a.name: sample(hints[a.name], on, positive, first, year)
                for a in attrs.fields(hint)
                if a.init
            }
        )
    raise NotImplementedError(hint)  # pragma: no cover - a field type no event has yet


def sample_event(
    event_type: type[Event],
    on: date,
    positive: bool,
    first: bool | None = None,
    year: int | None = None,
) -> Event:
    """An event of ``event_type`` dated ``on``: as in an example, or with fixed facts.

    An event type that occurs in one of the documented examples is taken from there
    (its last occurrence), with its true/false facts negated unless ``positive``; any
    other is built by :func:`sample`.
    """
    for examples in EXAMPLES.values():
        found = [e for e in examples() if type(e) is event_type]
        if found and first is None and year is None:
            event = found[-1]
            flipped: dict[str, Any] = {
                a.name: not getattr(event, a.name)
                for a in attrs.fields(event_type)
                if not positive and isinstance(getattr(event, a.name), bool)
            }
            changed: Event = attrs.evolve(event, on=on, **flipped)
            return changed
    built: Event = sample(event_type, on, positive, first, year)
    return built


#: The reading other than the default for each open point (the last member of each).
def _last_member(value: LabelledEnum) -> LabelledEnum:
    members: list[LabelledEnum] = list(type(value))
    return members[-1]


OTHER_READINGS = Readings(
    **{a.name: _last_member(getattr(READINGS, a.name)) for a in attrs.fields(Readings)}
)


def blank_texts(value: Any) -> Any:
    """``value`` with every text in it (nested values too) made blank."""
    if isinstance(value, str):
        return " "
    if isinstance(value, tuple):
        return tuple(blank_texts(v) for v in value)
    if attrs.has(type(value)) and not isinstance(value, CoreIndicators):
        changes = {
            a.name: blank_texts(getattr(value, a.name))
            for a in attrs.fields(type(value))
            if a.init and a.name != "id"
        }
        try:
            return attrs.evolve(value, **changes)
        except CixiError:  # a plan refuses blank sections itself; keep it whole
            return value
    return value


def outcome(entity: Entity[Any, Any] | None, event: Event, **kw: Any) -> str:
    """What applying (or, without an entity, creating from) ``event`` gives, in one line."""
    try:
        if entity is None:
            entity_type = kw.pop("entity_type")
            applied = entity_type.create(event, **kw)
        else:
            applied = entity.apply(event, **kw)
    except EventRefusedError as error:
        refusal: EventRefusedError | None = error
    except CixiError as error:
        return f"{type(error).__name__}: {error}"
    else:
        refusal = None
    if refusal is not None:
        state = "-" if refusal.state is None else refusal.state.code
        assert refusal.event is event
        assert refusal.articles == refusal.reason.citations
        return (
            f"{type(refusal).__name__} in {state}: {refusal.reason.en} / {refusal.reason.zh} "
            f"[{', '.join(c.en for c in refusal.articles)}]"
        )
    decision = applied.decision
    consequences = ", ".join(c.code for c in applied.consequences)
    return (
        f"-> {applied.entity.state.code} ({decision.outcome.code}; {consequences}"
        f"{'' if decision.in_force else '; outside force'}): "
        f"{decision.reasons[0].render('en')} / {decision.reasons[0].render('zh')}"
        f" | facts: {_facts(applied.entity)}"
    )


def _facts(entity: Entity[Any, Any]) -> str:
    """The entity's facts but its plan (kept by the examples' copies), in one line."""
    facts = plain(entity.facts)
    assert isinstance(facts, dict)
    facts.pop("plan", None)
    return json.dumps(facts, ensure_ascii=False, sort_keys=True)


def _step(entity: Entity[Any, Any], event: Event, **kw: Any) -> Entity[Any, Any] | None:
    try:
        return entity.apply(event, **kw).entity
    except CixiError:
        return None


def reached(kind: str) -> list[Entity[Any, Any]]:
    """One entity per state: the example's states, then those one event further.

    For a state of the example, the last of its entities in that state is taken.
    """
    entity_type = ENTITIES[kind]
    events = EXAMPLES[kind]()
    found: dict[str, Entity[Any, Any]] = {}
    for count in range(1, len(events) + 1):
        entity = entity_type.replay(events[:count])
        found[entity.state.code] = entity  # the last of the example's entities in the state
    for entity in list(found.values()):
        last = entity.last_event_on
        for event_type in entity_type.lifecycle.event_types:
            later = last + timedelta(days=365)
            variants: list[tuple[date, bool, int | None]] = [
                (last, True, None),
                (last, False, None),
                (later, True, None),
                (later, True, last.year),
                (later, False, last.year),
            ]
            for on, positive, year in variants:
                for readings in (READINGS, OTHER_READINGS):
                    event = sample_event(event_type, on, positive, year=year)
                    after = _step(entity, event, readings=readings)
                    if after is not None:
                        found.setdefault(after.state.code, after)
    return list(found.values())


def answers(kind: str) -> dict[str, str]:
    entity_type = ENTITIES[kind]
    lifecycle = entity_type.lifecycle
    events = EXAMPLES[kind]()
    foreign = [t for k, e in ENTITIES.items() if k != kind for t in e.lifecycle.event_types]
    out: dict[str, str] = {}
    for entity in reached(kind):
        state = entity.state.code
        last = entity.last_event_on
        for event_type in lifecycle.event_types:
            answered: dict[str, str] = {}
            variants = {
                "positive": (last, True),
                "negative": (last, False),
                "a year on": (last + timedelta(days=365), True),
            }
            for variant, (on, positive) in variants.items():
                answered[variant] = outcome(entity, sample_event(event_type, on, positive))
            for positive in (True, False):
                event = sample_event(
                    event_type, last + timedelta(days=365), positive, year=last.year
                )
                variant = f"a year on, of the year before, {'positive' if positive else 'negative'}"
                answered[variant] = outcome(entity, event)
            event = sample_event(event_type, last, True)
            answered["other readings"] = outcome(entity, event, readings=OTHER_READINGS)
            blanked = blank_texts(event)
            if blanked != event:
                answered["blank texts"] = outcome(entity, blanked)
            if len(set(answered.values())) == 1:  # refused alike: kept once
                out[f"{state} / {event_type.kind} / every variant"] = answered["positive"]
            else:
                out.update({f"{state} / {event_type.kind} / {v}": a for v, a in answered.items()})
        for event_type in foreign:
            event = sample_event(event_type, last, True)
            out[f"{state} / foreign {event_type.__name__}"] = outcome(entity, event)
        early = sample_event(lifecycle.event_types[1], last - timedelta(days=1), True)
        out[f"{state} / dated the day before the last event"] = outcome(entity, early)
        late = sample_event(lifecycle.event_types[1], date(2030, 1, 1), True)
        out[f"{state} / outside force, refused"] = outcome(entity, late)
        out[f"{state} / outside force, flagged"] = outcome(entity, late, force=ForceCheck.FLAG)
    first = events[0]
    for event_type in lifecycle.event_types[1:]:
        event = sample_event(event_type, first.on, True)
        out[f"(none) / create from {event_type.kind}"] = outcome(
            None, event, entity_type=entity_type
        )
    applicants = getattr(first, "applicants", ())
    if applicants:
        ineligible = tuple(
            attrs.evolve(applicants[0], kind=Applicant.ENTERPRISE, name=name)
            for name in ("甲公司", "乙公司")
        )
        two: Any = attrs.evolve  # the creating event of a Complex has applicants
        out["(none) / created by two ineligible applicants"] = outcome(
            None, two(first, applicants=ineligible), entity_type=entity_type
        )
    for day, label in [
        (date(2024, 12, 24), "the day before"),
        (date(2024, 12, 25), "the first day"),
    ]:
        event = attrs.evolve(first, on=day)
        out[f"(none) / created {label} the Measures apply"] = outcome(
            None, event, entity_type=entity_type
        )
    return out


@pytest.mark.parametrize("kind", ENTITIES)
def test_every_event_in_every_state_of_the_example_is_answered_as_reviewed(kind: str) -> None:
    check_golden(f"{kind}-refusals", answers(kind))


@pytest.mark.parametrize("kind", ENTITIES)
def test_a_final_state_refuses_every_event(kind: str) -> None:
    entity_type = ENTITIES[kind]
    lifecycle = entity_type.lifecycle
    events = EXAMPLES[kind]()
    # some event of the example, with its conditions false, ends in a final state
    ends: list[Entity[Any, Any]] = []
    for count in range(1, len(events) + 1):
        entity = entity_type.replay(events[:count])
        for event_type in lifecycle.event_types:
            for first in (None, True, False):
                event = sample_event(event_type, entity.last_event_on, False, first)
                try:
                    after = entity.apply(event).entity
                except EventRefusedError:
                    continue
                if after.is_final:
                    ends.append(after)
    assert ends
    final = ends[0]
    state: LabelledEnum = final.state
    assert final.allowed_events() == ()
    creating = {t.event for t in lifecycle.creations}  # a center refuses a second plan first
    for event_type in [t for t in lifecycle.event_types if t not in creating]:
        with pytest.raises(EventRefusedError) as caught:
            final.apply(sample_event(event_type, final.last_event_on, True))
        assert caught.value.reason.en == (
            f"'{state.en}' is a final state: no event is accepted after it."
        )
        assert caught.value.reason.zh == f"“{state.zh}”为终结状态,此后不再受理任何事件。"
        assert caught.value.state is state


@pytest.mark.parametrize("kind", ENTITIES)
def test_a_refusal_survives_pickling_with_its_texts_braces_included(kind: str) -> None:
    entity_type = ENTITIES[kind]
    lifecycle = entity_type.lifecycle
    entity = entity_type.replay(EXAMPLES[kind]()[:1])
    event = sample_event(lifecycle.event_types[0], entity.last_event_on, True)
    if hasattr(event, "name"):
        rename: Any = attrs.evolve  # the creating events have a name; Event has none
        event = rename(event, name="{名} {name}")
    with pytest.raises(EventRefusedError) as caught:
        entity.apply(event)
    error = caught.value
    error.reason = attrs.evolve(error.reason, template_en="{{x}} " + error.reason.template_en)
    error.reason = attrs.evolve(error.reason, template_zh="{{甲}}" + error.reason.template_zh)
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is type(error)
    assert (copy.state, copy.event) == (error.state, error.event)
    assert (copy.reason.en, copy.reason.zh) == (error.reason.en, error.reason.zh)
    assert copy.reason.en.startswith("{x} ")
    assert copy.reason.zh.startswith("{甲}")
    assert copy.articles == error.articles


@pytest.mark.parametrize("kind", [k for k, rows in GENERATED_ROWS.items() if rows])
def test_conditions_of_generated_rows_built_again_decide_as_the_table_does(kind: str) -> None:
    entity_type = ENTITIES[kind]
    table = entity_type.lifecycle.transitions
    entity = entity_type.replay(EXAMPLES[kind]())
    context = entity_type.lifecycle.context(MEASURES, PARAMETERS, READINGS)
    for build in GENERATED_ROWS[kind]:
        for row in build():
            key = (row.source, row.event, row.target, row.when_label)
            (same,) = [t for t in table if (t.source, t.event, t.target, t.when_label) == key]
            assert (row.when is None) == (same.when is None)
            if row.when is None or same.when is None:
                continue
            for positive in (True, False):
                for first in (None, True, False):
                    event = sample_event(row.event, entity.last_event_on, positive, first)
                    assert row.when(entity, event, context) == same.when(entity, event, context)
