"""Art. 10 decides every input form of a claim on its fast path as the general steps do.

``operating_subsidy`` decides the common case in one step for a claim given as an
``int``, a ``str`` or a ``Decimal`` of any exponent; ``_operating_subsidy`` checks each
input in turn through ``to_money``.  For any claim, both give equal decisions with the
same amounts, or refuse it with the same error and the same message.
"""

from __future__ import annotations

import decimal
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from cixi_innovation.law.measures import MEASURES, ForceCheck
from cixi_innovation.law.parameters import PARAMETERS
from cixi_innovation.rules import subsidy
from cixi_innovation.rules.subsidy import CarryOverReading, SubsidyOutcome, operating_subsidy
from cixi_innovation.values.decisions import Decision
from cixi_innovation.values.errors import InputError
from cixi_innovation.values.money import ZERO
from cixi_innovation.values.vocabulary import Level

DAY = date(2026, 3, 1)


def _general(requested: Any) -> Decision:
    return subsidy._operating_subsidy(
        requested,
        DAY,
        Level.CIXI,
        ZERO,
        ZERO,
        CarryOverReading.OUTSIDE_CAP,
        PARAMETERS,
        ForceCheck.REFUSE,
        "",
        MEASURES,
    )


def _outcome(call: Any, requested: Any) -> tuple[str, object]:
    """What a call gives: the decision with its amounts' texts, or the error and its text."""
    try:
        decision = call(requested)
    except InputError as error:
        return (type(error).__name__, str(error))
    amounts = {name: str(amount) for name, amount in decision.amounts.items()}
    return ("decision", (decision, amounts, decision.explain("en"), decision.explain("zh")))


def _same(requested: Any) -> None:
    fast = _outcome(lambda r: operating_subsidy(r, on=DAY), requested)
    assert fast == _outcome(_general, requested)


# The edges of the fast path: zero, the cap, the largest amount, one fen each side.
_EDGES = [0, 1, 499_999, 500_000, 500_001, 10**15 - 1, 10**15, 10**15 + 1, 10**40]
_cents = st.integers(min_value=-(10**17), max_value=10**17)
_decimals = st.one_of(
    st.decimals(allow_nan=True, allow_infinity=True),
    st.builds(Decimal.scaleb, st.builds(Decimal, _cents), st.integers(-6, 4)),
    st.sampled_from([Decimal(n) for n in _EDGES]).map(lambda d: d.scaleb(-2) + d),
)
_texts = st.one_of(
    st.text(st.sampled_from("0123456789 .,_-+eE\t\n\u3000５٥"), max_size=14),
    st.builds(
        "{}{}{}{}".format,
        st.sampled_from(["", " ", "\t", "+", "-", " -", "\u3000"]),
        _decimals.map(str),
        st.sampled_from(["", "0", "e0", "E-2", "e2", "e+1"]),
        st.sampled_from(["", " ", "\n", "\u3000"]),
    ),
)
_claims = st.one_of(
    st.integers(),
    st.sampled_from(_EDGES).flatmap(lambda n: st.sampled_from([n - 1, n, n + 1, -n])),
    _decimals,
    _texts,
    st.floats(),
    st.booleans(),
    st.none(),
)


@given(_claims)
@example(600000)
@example("600000")
@example(" 1_234.50 ")
@example("５００００")
@example("5E5")
@example("-0.00")
@example(Decimal("1.005"))
@example(Decimal("1.000"))
@example(Decimal("5E+5"))
@example(Decimal("-0"))
@example(Decimal("sNaN"))
@example("1e999999999")
@example(10**5000)
def test_every_input_form_is_decided_as_by_the_general_steps(requested: Any) -> None:
    _same(requested)


@pytest.mark.parametrize(
    ("requested", "granted", "outcome"),
    [
        (600000, "500000.00", SubsidyOutcome.CAPPED),
        ("166666.67", "166666.67", SubsidyOutcome.GRANTED),
        (" 1_234.5\n", "1234.50", SubsidyOutcome.GRANTED),
        ("5E5", "500000.00", SubsidyOutcome.GRANTED),
        (Decimal("500000"), "500000.00", SubsidyOutcome.GRANTED),
        (Decimal("5E+5"), "500000.00", SubsidyOutcome.GRANTED),
        (Decimal("0.010"), "0.01", SubsidyOutcome.GRANTED),
        (Decimal("999999999999999.99"), "500000.00", SubsidyOutcome.CAPPED),
    ],
)
def test_each_input_form_gives_the_amount_in_whole_fen(
    requested: Any, granted: str, outcome: object
) -> None:
    decision = operating_subsidy(requested, on=DAY)
    assert decision.outcome == outcome
    assert str(decision.amount("granted")) == granted
    assert str(decision.amount("requested")) == str(Decimal(str(requested).strip()).quantize(ZERO))


@pytest.mark.parametrize(
    ("requested", "message"),
    [
        (Decimal("1.005"), "requested: Decimal('1.005') has more than two decimal places"),
        ("-5", "requested: '-5' is negative"),
        (1.5, "requested: 1.5 is a float"),
        (True, "requested: True is a bool, not an amount"),
        ("5 yuan", "requested: '5 yuan' is not a number of yuan"),
        (10**15, "requested: 1000000000000000 is beyond the largest amount handled"),
    ],
)
def test_each_input_form_is_refused_as_by_to_money(requested: Any, message: str) -> None:
    with pytest.raises(InputError) as info:
        operating_subsidy(requested, on=DAY)
    assert str(info.value).startswith(message)


@pytest.mark.parametrize("requested", [Decimal("1.005"), "123456.78", 123456, Decimal("1E+2")])
def test_under_a_thread_context_that_rounds_the_fast_path_decides_as_the_general_steps(
    requested: Any,
) -> None:
    signals = decimal.getcontext().traps
    with decimal.localcontext(prec=3, traps=dict.fromkeys(signals, False)):
        _same(requested)
    traps = {s: s in (decimal.Inexact, decimal.Rounded) for s in signals}
    with decimal.localcontext(traps=traps):
        _same(requested)
