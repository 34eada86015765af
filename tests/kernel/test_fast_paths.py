"""The hot paths build the same values as the public constructors, only faster."""

from __future__ import annotations

import pickle
from datetime import date
from decimal import Decimal
from typing import Any

import attrs
import pytest

from cixi_innovation.law.parameters import PARAMETERS
from cixi_innovation.lifecycles.complex.entity import Complex, example_events
from cixi_innovation.lifecycles.complex.events import AnnualAssessment
from cixi_innovation.lifecycles.complex.facts import ComplexState
from cixi_innovation.lifecycles.engine import Applied
from cixi_innovation.rules.subsidy import SubsidyOutcome, _cap_reasons, operating_subsidy
from cixi_innovation.values._attrs import evolve, is_simple
from cixi_innovation.values.assessments import AssessmentResult
from cixi_innovation.values.decisions import Decision, Reason, decided
from cixi_innovation.values.errors import FloatMoneyError, InputError
from cixi_innovation.values.money import ZERO

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
    assert fast._record() == slow._record()
    assert tuple.__eq__(fast, slow)


def test_a_decision_built_fast_is_frozen() -> None:
    fast = decided("r.x", DAY, SubsidyOutcome.GRANTED, {"granted": ZERO}, ())
    with pytest.raises(AttributeError):
        fast.rule = "other"  # type: ignore[misc]
    with pytest.raises(AttributeError):
        fast.extra = "other"  # type: ignore[attr-defined]
    with pytest.raises(TypeError):
        fast.amounts["granted"] = CAP  # type: ignore[index]
    assert fast.subject == ""
    assert fast.in_force is True
    assert fast.replace(subject="CX-1").subject == "CX-1"
    assert fast.replace(subject="CX-1") == decided(
        "r.x", DAY, SubsidyOutcome.GRANTED, {"granted": ZERO}, (), "CX-1"
    )


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


@attrs.frozen
class _Plain:
    a: int
    b: tuple[str, ...] = ()
    _c: str = "c"


@attrs.frozen
class _Checked:
    a: int = attrs.field(validator=attrs.validators.instance_of(int))


@attrs.frozen
class _Hooked:
    a: int

    def __attrs_post_init__(self) -> None:
        if self.a < 0:
            raise ValueError("negative")


@attrs.frozen(cache_hash=True)
class _Cached:
    a: int


@attrs.frozen(slots=False)
class _Dict:
    a: int


def test_evolve_of_a_simple_class_is_attrs_evolve() -> None:
    value = _Plain(1, ("x",), "y")
    assert is_simple(_Plain)
    assert evolve(value, a=2) == attrs.evolve(value, a=2) == _Plain(2, ("x",), "y")
    assert evolve(value, c="z") == attrs.evolve(value, c="z")
    assert evolve(value) == value
    assert evolve(value) is not value
    assert repr(evolve(value, b=())) == repr(_Plain(1, (), "y"))
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        evolve(value, a=2).a = 3  # type: ignore[misc]


def test_evolve_refuses_an_unknown_field_as_attrs_does() -> None:
    with pytest.raises(TypeError, match="unexpected keyword argument 'd'"):
        evolve(_Plain(1), d=1)


@pytest.mark.parametrize("cls", [_Checked, _Hooked, _Cached, _Dict])
def test_evolve_goes_through_init_when_it_does_more_than_set_fields(cls: type[Any]) -> None:
    assert not is_simple(cls)
    assert evolve(cls(1), a=2) == cls(2)
    if cls is _Cached:
        assert hash(evolve(cls(1), a=2)) == hash(cls(2))


def test_validators_and_hooks_still_run_through_evolve() -> None:
    with pytest.raises(TypeError):
        evolve(_Checked(1), a="2")
    with pytest.raises(ValueError, match="negative"):
        evolve(_Hooked(1), a=-1)


def test_a_lifecycle_step_builds_the_entity_its_constructor_would() -> None:
    complex_ = Complex.replay(example_events())
    event = AnnualAssessment(date(2026, 1, 20), year=2025, result=AssessmentResult.UNQUALIFIED)
    step = complex_.apply(event)
    entity = step.entity
    assert type(entity) is Complex
    assert type(step) is Applied
    rebuilt = Complex(entity.id, entity.name, entity.state, entity.facts, entity._log)
    assert entity == rebuilt
    assert repr(entity) == repr(rebuilt)
    assert step == Applied(rebuilt, step.entry)
    assert entity.state is ComplexState.UNITS_REVOKED
    assert entity.facts == attrs.evolve(
        complex_.facts, construction_units=(), host_unit=None, planned_years=frozenset()
    )
    assert step.decision == Decision(
        step.decision.rule,
        event.on,
        step.decision.outcome,
        {},
        step.decision.reasons,
        entity.id,
        True,
    )


@attrs.frozen
class _Audited(Complex):
    def __attrs_post_init__(self) -> None:
        _AUDIT.append(self.state.code)


_AUDIT: list[str] = []


def test_an_entity_class_with_a_hook_is_built_through_its_constructor() -> None:
    complex_ = Complex.replay(example_events())
    audited = _Audited(complex_.id, complex_.name, complex_.state, complex_.facts, complex_._log)
    _AUDIT.clear()
    event = AnnualAssessment(date(2026, 1, 20), year=2025, result=AssessmentResult.QUALIFIED)
    after = audited.apply(event).entity
    assert type(after) is _Audited
    assert _AUDIT == ["under_construction"]


class _Day(date):
    """A date subclass, as some calendars or ORMs hand them out."""


class _Yuan(Decimal):
    """A Decimal subclass."""


@pytest.mark.parametrize(
    ("requested", "on"),
    [
        ("600000.00", DAY),
        (600000, DAY),
        (Decimal("600000.00"), "2026-03-01"),
        (_Yuan("600000.00"), DAY),
        (Decimal("600000.00"), _Day(2026, 3, 1)),
        (Decimal("600000.0"), DAY),
    ],
)
def test_inputs_outside_the_art_10_fast_path_are_decided_alike(requested: Any, on: Any) -> None:
    decision = operating_subsidy(requested, on=on)
    assert decision == _public(Decimal("600000.00"))
    assert decision.amount("granted") == CAP
    assert decision.on == DAY


@pytest.mark.parametrize(
    ("on", "message"),
    [
        ([2026, 3, 1], "on: [2026, 3, 1] is not a date (YYYY-MM-DD)"),
        (date(2029, 12, 25), "on: 2029-12-25 is outside the Measures' force"),
    ],
)
def test_an_unhashable_or_outside_date_reaches_the_general_steps(on: Any, message: str) -> None:
    with pytest.raises(InputError) as info:
        operating_subsidy(Decimal("1.00"), on=on)
    assert str(info.value).startswith(message)


_CIXI_FUNDS = (
    "higher-level subsidy funds are declared for a Complex at Cixi municipal level; the "
    "exception of Art. 10 concerns Complexes at Ningbo municipal level or above (Art. 10 第十条)"
)


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"carried_over": Decimal("1000.00")}, f"carried_over: {_CIXI_FUNDS}"),
        ({"higher_level_in_year": Decimal("1000.00")}, f"higher_level_in_year: {_CIXI_FUNDS}"),
        (
            {"level": "county"},
            "level: 'county' is not a level; choose one of: cixi, ningbo, provincial, "
            "national (Art. 10 第十条)",
        ),
        (
            {"reading": "reading_d"},
            "reading: 'reading_d' is not a carry over reading; choose one of: outside_cap, "
            "replaces_subsidy, cap_includes_in_year_funds (Art. 10 第十条)",
        ),
    ],
)
def test_a_fast_path_claim_with_refused_funds_level_or_reading_reaches_the_general_steps(
    changes: dict[str, Any], message: str
) -> None:
    with pytest.raises(InputError) as info:
        operating_subsidy(Decimal("1.00"), on=DAY, **changes)
    assert str(info.value) == message


def test_a_claim_that_is_not_a_decimal_reaches_the_general_steps() -> None:
    with pytest.raises(InputError) as info:
        operating_subsidy(1.5, on=DAY)  # type: ignore[arg-type]
    assert type(info.value) is FloatMoneyError
    assert str(info.value).startswith("requested: 1.5 is a float")


def test_a_claim_beyond_the_largest_amount_reaches_the_general_steps() -> None:
    with pytest.raises(InputError) as info:
        operating_subsidy(Decimal("1000000000000000.00"), on=DAY)
    assert str(info.value).startswith(
        "requested: Decimal('1000000000000000.00') is beyond the largest amount handled"
    )
