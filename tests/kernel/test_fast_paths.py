"""The hot paths build the same values as the public constructors, only faster."""

from __future__ import annotations

import pickle
from datetime import date
from decimal import Decimal

import attrs
import pytest

from cixi_innovation.decisions import Decision, Reason, decided
from cixi_innovation.money import ZERO
from cixi_innovation.parameters import PARAMETERS
from cixi_innovation.subsidy import SubsidyOutcome, _cap_reasons, operating_subsidy

DAY = date(2026, 3, 1)
CAP = PARAMETERS.operating_subsidy_cap


def test_a_decision_built_fast_equals_one_built_by_its_constructor() -> None:
    reason = _cap_reasons(CAP)[1]
    amounts = {"requested": Decimal("600000.00"), "cap": CAP, "granted": CAP}
    fast = decided("r.x", DAY, SubsidyOutcome.CAPPED, dict(amounts), (reason,), "CX-1", False)
    slow = Decision("r.x", DAY, SubsidyOutcome.CAPPED, amounts, (reason,), "CX-1", False)
    assert fast == slow
    assert repr(fast) == repr(slow)
    assert fast.to_dict() == slow.to_dict()
    assert fast.explain("zh") == slow.explain("zh")
    assert [getattr(fast, a.name) for a in attrs.fields(Decision)] == [
        getattr(slow, a.name) for a in attrs.fields(Decision)
    ]


def test_a_decision_built_fast_is_frozen() -> None:
    fast = decided("r.x", DAY, SubsidyOutcome.GRANTED, {"granted": ZERO}, ())
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        fast.rule = "other"  # type: ignore[misc]
    with pytest.raises(TypeError):
        fast.amounts["granted"] = CAP  # type: ignore[index]
    assert fast.subject == ""
    assert fast.in_force is True
    assert attrs.evolve(fast, subject="CX-1").subject == "CX-1"


def _public(claim: Decimal, cap: Decimal = CAP, subject: str = "") -> Decision:
    within, above = _cap_reasons(cap)
    granted = min(claim, cap)
    outcome = SubsidyOutcome.GRANTED if claim <= cap else SubsidyOutcome.CAPPED
    if not granted:
        outcome = SubsidyOutcome.NOT_ARRANGED
    return Decision(
        "subsidy.operating_subsidy",
        DAY,
        outcome,
        {"requested": claim, "cap": cap, "granted": granted},
        (within if claim <= cap else above,),
        subject,
        True,
    )


@pytest.mark.parametrize(
    "claim", ["0.00", "0.01", "166666.67", "500000.00", "500000.01", "123456789.12"]
)
def test_the_art_10_fast_path_decides_as_the_public_constructor_would(claim: str) -> None:
    amount = Decimal(claim)
    assert operating_subsidy(amount, on=DAY, subject="CX-1") == _public(amount, subject="CX-1")
    assert operating_subsidy(claim, on=DAY) == _public(amount)
    assert operating_subsidy(amount, on=DAY).amounts["granted"] == min(amount, CAP)


def test_the_art_10_fast_path_with_another_cap() -> None:
    parameters = attrs.evolve(PARAMETERS, operating_subsidy_cap=Decimal("300000.00"))
    decision = operating_subsidy(Decimal("400000.00"), on=DAY, parameters=parameters)
    assert decision == _public(Decimal("400000.00"), cap=Decimal("300000.00"))
    assert decision.amount("granted") == Decimal("300000.00")


def test_a_decision_of_the_fast_path_survives_json_and_pickle_of_its_dict() -> None:
    decision = operating_subsidy(Decimal("600000.00"), on=DAY)
    assert Decision.from_json(decision.to_json()) == decision
    assert pickle.loads(pickle.dumps(decision.to_dict())) == decision.to_dict()
    assert isinstance(decision.reasons[0], Reason)
