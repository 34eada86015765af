"""Every public value type goes to plain data (and JSON text) and comes back equal.

A value written by the library and read back by the library must be the value it
wrote: decisions through their versioned JSON, citations through their English and
Chinese forms, the core indicators, the events of the three lifecycles, the
parameters, the readings and the plans (Annexes 1-3).
"""

from __future__ import annotations

import json
import typing
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.strategies import (
    CITATIONS,
    LABELLED_ENUMS,
    citations,
    core_indicators,
    decisions,
    from_type,
    outline_values,
    parameters,
    readings,
)

from cixi_innovation.law.indicators import CoreIndicators
from cixi_innovation.law.parameters import PARAMETERS, Parameters
from cixi_innovation.law.readings import READINGS, Readings
from cixi_innovation.lifecycles.center.entity import InnovationCenter
from cixi_innovation.lifecycles.center.entity import example_events as center_example
from cixi_innovation.lifecycles.center.lifecycle import CENTER_LIFECYCLE
from cixi_innovation.lifecycles.complex.entity import Complex
from cixi_innovation.lifecycles.complex.entity import example_events as complex_example
from cixi_innovation.lifecycles.complex.lifecycle import COMPLEX_LIFECYCLE
from cixi_innovation.lifecycles.consortium.entity import Consortium
from cixi_innovation.lifecycles.consortium.entity import example_events as consortium_example
from cixi_innovation.lifecycles.consortium.lifecycle import CONSORTIUM_LIFECYCLE
from cixi_innovation.lifecycles.engine import Entity, Lifecycle
from cixi_innovation.lifecycles.events import Event
from cixi_innovation.lifecycles.plans import CenterPlan, ComplexPlan, ConsortiumPlan
from cixi_innovation.values.citations import Citation
from cixi_innovation.values.decisions import Decision
from cixi_innovation.values.vocabulary import LabelledEnum

LIFECYCLES: dict[str, Lifecycle[Any, Any]] = {
    "complex": COMPLEX_LIFECYCLE,
    "consortium": CONSORTIUM_LIFECYCLE,
    "center": CENTER_LIFECYCLE,
}


def through_json(data: object) -> Any:
    """``data`` written as JSON text and read back, as a file would carry it."""
    return json.loads(json.dumps(data, ensure_ascii=False))


# --- decisions -------------------------------------------------------------------------


class TestDecision:
    """Principle 4: a decision "exports to JSON with a schema version, and loads back equal"."""

    @given(decisions)
    def test_json_text_loads_back_equal(self, decision: Decision) -> None:
        loaded = Decision.from_json(decision.to_json())
        assert loaded == decision
        assert loaded.explain("zh") == decision.explain("zh")
        assert loaded.explain("en") == decision.explain("en")
        assert loaded.articles == decision.articles

    @given(decisions)
    def test_indented_json_and_plain_data_load_back_equal(self, decision: Decision) -> None:
        assert Decision.from_json(decision.to_json(indent=2)) == decision
        assert Decision.from_dict(through_json(decision.to_dict())) == decision

    @given(decisions)
    def test_a_loaded_decision_writes_the_same_json(self, decision: Decision) -> None:
        text = decision.to_json()
        assert Decision.from_json(text).to_json() == text

    @pytest.mark.parametrize(
        ("entity_type", "events"),
        [
            (Complex, complex_example()),
            (Consortium, consortium_example()),
            (InnovationCenter, center_example()),
        ],
        ids=["complex", "consortium", "center"],
    )
    def test_every_decision_of_the_example_lifecycles_loads_back_equal(
        self, entity_type: type[Entity[Any, Any]], events: list[Event]
    ) -> None:
        history = entity_type.replay(events).history
        assert len(history) == len(events)
        for entry in history:
            decision = entry.decision
            assert Decision.from_json(decision.to_json()) == decision


# --- citations -------------------------------------------------------------------------


class TestCitation:
    """Citations "render in Chinese and English and parse back from either form"."""

    @given(citations)
    def test_both_forms_parse_back_to_the_citation(self, citation: Citation) -> None:
        assert Citation.parse(citation.en) == citation
        assert Citation.parse(citation.zh) == citation
        assert Citation.parse(str(citation)) == citation

    @given(citations, st.sampled_from([" ", "\t", "\n", "  \u3000"]))
    def test_surrounding_white_space_is_ignored(self, citation: Citation, pad: str) -> None:
        assert Citation.parse(pad + citation.en + pad) == citation
        assert Citation.parse(pad + citation.zh + pad) == citation

    @given(citations)
    def test_both_forms_survive_json_text(self, citation: Citation) -> None:
        assert Citation.parse(through_json(citation.en)) == citation
        assert Citation.parse(through_json(citation.zh)) == citation

    def test_the_forms_of_every_provision_are_distinct(self) -> None:
        assert len({c.en for c in CITATIONS}) == len(CITATIONS) == len({c.zh for c in CITATIONS})
        # 24 articles, 12 paragraphs (Art. 6-9, 18, 20 have two), Annex 1: 3 sections and
        # 4 items, Annex 2: 4 sections, Annex 3: 7 sections and 7 items.
        assert len(CITATIONS) == 24 + 12 + 7 + 4 + 14


# --- the core indicators ---------------------------------------------------------------


class TestCoreIndicators:
    """Art. 9: the five core indicators, held exactly, to plain data and back."""

    @given(core_indicators)
    def test_plain_data_loads_back_equal(self, indicators: CoreIndicators) -> None:
        assert CoreIndicators.from_dict(dict(indicators.to_dict())) == indicators

    @given(core_indicators)
    def test_json_text_loads_back_equal(self, indicators: CoreIndicators) -> None:
        assert CoreIndicators.from_dict(through_json(indicators.to_dict())) == indicators


# --- lifecycle events ------------------------------------------------------------------


EVENT_TYPES = [
    pytest.param(lifecycle, event_type, id=f"{name}-{event_type.kind}")
    for name, lifecycle in LIFECYCLES.items()
    for event_type in lifecycle.event_types
]


@pytest.mark.parametrize(("lifecycle", "event_type"), EVENT_TYPES)
class TestEvents:
    """Events are built "from plain data, and :meth:`to_data` gives that plain data back"."""

    @given(data=st.data())
    def test_the_lifecycle_reads_back_every_event_it_writes(
        self, lifecycle: Lifecycle[Any, Any], event_type: type[Event], data: st.DataObject
    ) -> None:
        event = data.draw(from_type(event_type))
        plain = event.to_data()
        assert plain["kind"] == event_type.kind
        assert lifecycle.event_from_data(plain) == event
        assert event_type.from_data(plain) == event

    @given(data=st.data())
    def test_events_survive_json_text(
        self, lifecycle: Lifecycle[Any, Any], event_type: type[Event], data: st.DataObject
    ) -> None:
        event = data.draw(from_type(event_type))
        text = json.dumps(event.to_data(), ensure_ascii=False)
        assert lifecycle.event_from_data(json.loads(text)) == event
        assert json.loads(text) == event.to_data()


def test_every_event_type_of_the_three_lifecycles_is_covered() -> None:
    assert len(EVENT_TYPES) == sum(len(lc.event_types) for lc in LIFECYCLES.values())
    assert {p.values[1] for p in EVENT_TYPES} >= {
        type(e) for e in complex_example() + consortium_example() + center_example()
    }


# --- parameters and readings -----------------------------------------------------------


class TestParameters:
    """The numbers of the Measures, as plain data, make the same parameters again."""

    @given(parameters())
    def test_as_dict_builds_the_same_parameters(self, params: Parameters) -> None:
        plain: dict[str, Any] = params.as_dict()
        assert Parameters(**plain) == params
        assert Parameters(**through_json(plain)) == params
        assert PARAMETERS.replace(**plain) == params

    def test_the_parameters_of_the_text_as_plain_data(self) -> None:
        assert PARAMETERS.as_dict() == {
            "complex_round_years": 5,
            "consortium_cycle_years": 3,
            "center_round_years": 5,
            "center_mid_term_years": 3,
            "operating_subsidy_cap": "500000.00",
            "remuneration_cap_share": "1/3",
            "entrusted_fee_cap_share": "1/2",
            "effective_after_days": 30,
            "validity_years": 5,
        }


def _codes(value: Readings) -> dict[str, str]:
    return {a.name: getattr(value, a.name).code for a in attrs.fields(Readings)}


class TestReadings:
    """Each reading of an open point is chosen by its code, as a scenario file names it."""

    @given(readings)
    def test_the_codes_choose_the_same_readings(self, chosen: Readings) -> None:
        assert Readings(**_codes(chosen)) == chosen
        assert READINGS.replace(**through_json(_codes(chosen))) == chosen


@pytest.mark.parametrize("enum", LABELLED_ENUMS, ids=lambda c: c.__qualname__)
def test_every_member_parses_back_from_its_code_name_and_chinese_label(
    enum: type[LabelledEnum],
) -> None:
    for member in enum:
        assert enum.parse(member.code) is member
        assert enum.parse(member.name) is member
        assert enum.parse(member) is member
        assert enum.parse(through_json(member.code)) is member
        if [m.zh for m in enum].count(member.zh) == 1:
            assert enum.parse(member.zh) is member


def test_the_enumerations_are_found() -> None:
    names = {c.__qualname__ for c in LABELLED_ENUMS}
    assert {"Level", "ComplexState", "ConsortiumState", "CenterState", "Indicator"} <= names
    assert len(LABELLED_ENUMS) >= 25


# --- plans -----------------------------------------------------------------------------

PLAN_TYPES = typing.cast(
    list[type[ComplexPlan | ConsortiumPlan | CenterPlan]], [ComplexPlan, ConsortiumPlan, CenterPlan]
)


@pytest.mark.parametrize("plan_type", PLAN_TYPES, ids=lambda c: c.__name__)
class TestPlans:
    """Annexes 1-3: a complete plan, as plain data, is the same plan again."""

    @given(data=st.data())
    def test_plain_data_loads_back_equal(
        self, plan_type: type[ComplexPlan | ConsortiumPlan | CenterPlan], data: st.DataObject
    ) -> None:
        plan = data.draw(outline_values(plan_type))
        assert plan_type.from_dict(plan.to_dict()) == plan
        assert plan_type.from_dict(through_json(plan.to_dict())) == plan
