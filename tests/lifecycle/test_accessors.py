"""The platforms' fact properties: read from the facts, documented, and read-only."""

from __future__ import annotations

import pydoc

import attrs
import pytest

from cixi_innovation import Consortium
from cixi_innovation.lifecycles._accessors import Fact
from cixi_innovation.lifecycles.consortium.entity import example_events


def test_a_fact_property_reads_the_fact_of_its_name_or_of_the_name_given() -> None:
    consortium = Consortium.replay(example_events())
    assert consortium.enterprise == consortium.facts.enterprise == "宁波某电器股份有限公司"
    assert consortium.cultivation_period is consortium.facts.round
    assert consortium.rounds == (consortium.facts.round,)


def test_read_on_the_class_a_fact_property_is_itself_with_its_docstring() -> None:
    prop = vars(Consortium)["cultivation_period"]
    assert isinstance(prop, Fact)
    assert getattr(Consortium, "cultivation_period") is prop  # noqa: B009 - read on the class
    assert prop.__doc__ == (
        "The current (or last) three-year cultivation cycle, half-open; None before it starts."
    )
    text = pydoc.render_doc(Consortium, renderer=pydoc.plaintext)  # type: ignore[attr-defined]
    assert (
        " |  enterprise\n"
        " |      The chain-leader enterprise (链主型企业) that applied and leads the Consortium.\n"
    ) in text


def test_a_fact_property_cannot_be_assigned() -> None:
    consortium = Consortium.replay(example_events())
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        consortium.enterprise = "another"  # type: ignore[assignment]
    with pytest.raises(AttributeError, match=r"^property 'enterprise' of Consortium is read-only$"):
        object.__setattr__(consortium, "enterprise", "another")
    assert consortium.enterprise == "宁波某电器股份有限公司"
