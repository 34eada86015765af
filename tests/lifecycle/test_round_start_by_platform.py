"""The start of each platform's first round (Art. 8, 15, 19 and 21), decided in both languages.

A Complex's five-year round starts when its units put forward five-year targets (Art. 8),
a Consortium's three-year cultivation cycle when cultivation starts (Art. 15), and an
Innovation Center's five-year round once its legal entity is established (Art. 19, 21).
The tables give each example's start and the exact state, articles and texts expected;
the platform tests check the period each platform records.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tests.decided import said

from cixi_innovation import (
    CenterState,
    Citation,
    Complex,
    ComplexState,
    Consortium,
    ConsortiumState,
    ConstructionStart,
    CultivationStart,
    InnovationCenter,
    RoundStart,
)
from cixi_innovation.lifecycles.center.entity import example_events as center_events
from cixi_innovation.lifecycles.complex.entity import example_events as complex_events
from cixi_innovation.lifecycles.consortium.entity import example_events as consortium_events
from cixi_innovation.lifecycles.engine import Entity
from cixi_innovation.lifecycles.events import Event

ART_8, ART_15, ART_19, ART_21 = (Citation.article(n) for n in (8, 15, 19, 21))

#: Each example just before its first round: a Complex with its host unit selected, a
#: Consortium approved, an Innovation Center with its legal entity established.
BEFORE: dict[str, Entity[Any, Any]] = {
    "complex": Complex.replay(complex_events()[:11]),
    "consortium": Consortium.replay(consortium_events()[:10]),
    "center": InnovationCenter.replay(center_events()[:10]),
}
START: dict[str, Event] = {
    "complex": RoundStart(date(2025, 3, 1), start=date(2025, 3, 1), targets="五年建设目标"),
    "consortium": CultivationStart(date(2025, 7, 1)),
    "center": ConstructionStart(date(2025, 3, 2)),
}
#: The state once the round runs, and the rule, outcome and articles of the decision.
STARTED = {
    "complex": (ComplexState.UNDER_CONSTRUCTION, "complex.round_start", "round_started", (ART_8,)),
    "consortium": (
        ConsortiumState.IN_CULTIVATION,
        "consortium.cultivation_start",
        "cultivation_started",
        (ART_15,),
    ),
    "center": (
        CenterState.UNDER_CONSTRUCTION,
        "center.construction_start",
        "round_started",
        (ART_19, ART_21),
    ),
}
STARTED_TEXTS = {
    "en": {
        "complex": "On 2025-03-01 the construction unit and host unit put forward five-year targets; the round runs five years from 2025-03-01.",
        "consortium": "On 2025-07-01 cultivation starts: cycle 1 is [2025-07-01, 2028-07-01), its last day 2028-06-30.",
        "center": "On 2025-03-02, the independent legal entity being established, construction starts: round 1 is [2025-03-02, 2030-03-02), its mid-term evaluation due from 2028-03-02.",
    },
    "zh": {
        "complex": "2025-03-01建设单位与依托单位提出五年建设目标,建设周期自2025-03-01起五年一轮。",
        "consortium": "2025-07-01培育开始,第1轮三年培育周期为[2025-07-01, 2028-07-01),最后一日为2028-06-30。",
        "center": "2025-03-02独立法人实体已组建,开始建设:第1轮五年建设周期为[2025-03-02, 2030-03-02),中期绩效评价自2028-03-02起进行。",
    },
}


@pytest.mark.parametrize("platform", list(BEFORE))
def test_the_first_round_starts_decided_in_both_languages(platform: str) -> None:
    step = BEFORE[platform].apply(START[platform])
    decision = step.decision
    state, rule, outcome, articles = STARTED[platform]
    assert step.entity.state is state
    assert (decision.rule, decision.outcome.code, decision.articles) == (rule, outcome, articles)
    assert said(decision) == (STARTED_TEXTS["en"][platform], STARTED_TEXTS["zh"][platform])
