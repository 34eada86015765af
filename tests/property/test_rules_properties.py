"""Properties of the rules that hold for every input, not just the examples."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from fractions import Fraction
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cixi_innovation.law.parameters import PARAMETERS
from cixi_innovation.rules.center_funds import LedgerEntry, entrusted_fee_cap, matching_funds
from cixi_innovation.rules.consortium_support import (
    PolicySubsidySchedule,
    SubsidyTrigger,
    TriggerClaim,
    TriggerTerms,
    policy_subsidy,
)
from cixi_innovation.rules.overlap import Candidate, PolicySource, overlap_groups, resolve_overlap
from cixi_innovation.rules.subsidy import CarryOverReading, operating_subsidy
from cixi_innovation.rules.subsidy_expenses import (
    Expense,
    ExpenseCategory,
    RemunerationBase,
    RemunerationBaseCarryOver,
    remuneration_cap,
    review_expenses,
)
from cixi_innovation.rules.subsidy_inspection import InspectionFinding
from cixi_innovation.rules.subsidy_settlement import (
    SETTLEMENT_LINKS,
    AdvanceRule,
    advance_payment,
    settle_operating_subsidy,
)
from cixi_innovation.values.assessments import AssessmentResult
from cixi_innovation.values.dates import Period
from cixi_innovation.values.errors import FloatMoneyError
from cixi_innovation.values.vocabulary import Level

CAP = PARAMETERS.operating_subsidy_cap

in_force_days = st.dates(min_value=date(2024, 12, 25), max_value=date(2029, 12, 24))
amounts = st.decimals(
    min_value=0, max_value=10**10, places=2, allow_nan=False, allow_infinity=False
)
grants = st.decimals(min_value=0, max_value=CAP, places=2, allow_nan=False, allow_infinity=False)
ratios = st.fractions(min_value=0, max_value=1, max_denominator=1000)


@st.composite
def money_inputs(draw: st.DrawFn) -> int | str | Decimal:
    """An amount as a caller may give it: a Decimal, an int of yuan, or a string."""
    value = draw(amounts)
    form = draw(st.sampled_from(["decimal", "str", "int"]))
    if form == "str":
        return str(value)
    if form == "int":
        return int(value)
    return value


class TestCaps:
    """Art. 10, 16, 20 — "最高不超过", "不得超过": no granted amount ever exceeds its cap."""

    @given(
        claim=money_inputs(),
        on=in_force_days,
        level=st.sampled_from(list(Level)),
        carried=amounts,
        in_year=amounts,
        reading=st.sampled_from(list(CarryOverReading)),
    )
    def test_the_operating_subsidy_never_exceeds_500000(
        self,
        claim: int | str | Decimal,
        on: date,
        level: Level,
        carried: Decimal,
        in_year: Decimal,
        reading: CarryOverReading,
    ) -> None:
        if not level.ningbo_or_above:
            carried = in_year = Decimal("0.00")
        d = operating_subsidy(
            claim,
            on=on,
            level=level,
            carried_over=carried,
            higher_level_in_year=in_year,
            reading=reading,
        )
        granted = d.amount("granted")
        assert Decimal(0) <= granted <= CAP
        assert granted <= Decimal(claim)
        assert granted == granted.quantize(Decimal("0.01"))

    @given(claim=money_inputs(), on=in_force_days)
    def test_without_higher_level_funds_the_grant_is_min_of_claim_and_cap(
        self, claim: int | str | Decimal, on: date
    ) -> None:
        assert operating_subsidy(claim, on=on).amount("granted") == min(Decimal(claim), CAP)

    @given(cost=amounts, rate=ratios, cap=amounts, on=st.dates(date(2025, 7, 1), date(2028, 6, 30)))
    def test_a_rate_subsidy_never_exceeds_its_cap_or_its_rate(
        self, cost: Decimal, rate: Fraction, cap: Decimal, on: date
    ) -> None:
        schedule = PolicySubsidySchedule(
            large_test_equipment=TriggerTerms.rate_of_cost(rate, cap=cap)
        )
        d = policy_subsidy(
            [TriggerClaim(SubsidyTrigger.LARGE_TEST_EQUIPMENT, eligible_cost=cost)],
            on=on,
            cultivation=Period(date(2025, 7, 1), date(2028, 7, 1)),
            by_chain_leader=True,
            schedule=schedule,
        )
        granted = d.amount("granted")
        assert granted <= cap
        assert Fraction(granted) <= rate * Fraction(cost)

    @given(higher=amounts, local=amounts, fees=amounts, on=in_force_days)
    def test_the_entrusted_fee_cap_is_half_rounded_down(
        self, higher: Decimal, local: Decimal, fees: Decimal, on: date
    ) -> None:
        entries = [LedgerEntry(on, "research_projects", fees, entrusted=True)]
        d = entrusted_fee_cap(
            on=on, higher_level_subsidy=higher, local_matching=local, entries=entries
        )
        cap = d.amount("cap")
        half = Fraction(higher + local) / 2
        assert Fraction(cap) <= half < Fraction(cap) + Fraction(1, 100)
        assert (d.outcome.code == "within_cap") == (fees <= cap)
        assert d.amount("excess") == max(fees - cap, Decimal(0))

    @given(higher=amounts, ratio=st.fractions(min_value=0, max_value=3), on=in_force_days)
    def test_matching_never_exceeds_the_ratio(
        self, higher: Decimal, ratio: Fraction, on: date
    ) -> None:
        d = matching_funds(higher, on=on, level=Level.NINGBO, ratio=ratio)
        assert Fraction(d.amount("matching")) <= ratio * Fraction(higher)

    @given(
        granted=grants,
        advance_share=ratios,
        spent=amounts,
        found=ratios,
        result=st.sampled_from(list(AssessmentResult)),
        link=st.sampled_from(sorted(SETTLEMENT_LINKS)),
        year=st.integers(2025, 2028),
    )
    def test_the_settlement_never_exceeds_the_grant_or_the_eligible_spending(
        self,
        granted: Decimal,
        advance_share: Fraction,
        spent: Decimal,
        found: Fraction,
        result: AssessmentResult,
        link: str,
        year: int,
    ) -> None:
        advanced = AdvanceRule.share_of_grant(advance_share).amount(granted)
        finding = (spent * Decimal(found.numerator) / Decimal(found.denominator)).quantize(
            Decimal("0.01"), rounding="ROUND_DOWN"
        )
        d = settle_operating_subsidy(
            year,
            on=date(year + 1, 3, 1),
            granted=granted,
            advanced=advanced,
            result=result,
            expenses=[Expense(spent, ExpenseCategory.RENT_UTILITIES_PROPERTY)],
            findings=[InspectionFinding("found", finding)] if finding else [],
            link=SETTLEMENT_LINKS[link],
        )
        settled = d.amount("settled")
        assert Decimal(0) <= settled <= granted
        assert settled <= d.amount("eligible") == spent - finding
        assert d.amount("balance") == settled - advanced
        expected = {1: "due", -1: "return", 0: "nil"}[(settled > advanced) - (settled < advanced)]
        assert d.outcome.code == expected

    @given(granted=grants, share=ratios, on=st.dates(date(2025, 1, 1), date(2029, 12, 24)))
    def test_an_advance_never_exceeds_the_grant(
        self, granted: Decimal, share: Fraction, on: date
    ) -> None:
        d = advance_payment(on.year, on=on, granted=granted, rule=AdvanceRule.share_of_grant(share))
        assert d.amount("advanced") <= granted


class TestRemuneration:
    """Art. 10 — "薪酬支出不得超过年度补助资金的三分之一": never more than one third."""

    @given(
        base=amounts,
        reading=st.sampled_from(list(RemunerationBase)),
        carry=st.sampled_from(list(RemunerationBaseCarryOver)),
        carried=amounts,
        on=in_force_days,
    )
    def test_the_limit_is_one_third_rounded_down(
        self,
        base: Decimal,
        reading: RemunerationBase,
        carry: RemunerationBaseCarryOver,
        carried: Decimal,
        on: date,
    ) -> None:
        d = remuneration_cap(
            on=on,
            granted=base,
            advanced=base,
            settled=base,
            carried_over=carried,
            base=reading,
            carry_over=carry,
        )
        cap, used = d.amount("cap"), d.amount("base")
        assert Fraction(cap) <= Fraction(used) / 3 < Fraction(cap) + Fraction(1, 100)

    @given(
        granted=grants,
        pay=st.lists(amounts, max_size=5),
        on=in_force_days,
    )
    def test_allowed_remuneration_never_exceeds_one_third(
        self, granted: Decimal, pay: list[Decimal], on: date
    ) -> None:
        expenses = [
            Expense(p, ExpenseCategory.STAFF_REMUNERATION, full_time_daily_staff=True) for p in pay
        ]
        d = review_expenses(expenses, on=on, granted=granted)
        assert Fraction(d.amount("eligible")) <= Fraction(granted) / 3
        assert d.amount("eligible") == min(sum(pay, Decimal(0)), d.amount("remuneration_cap"))


candidates = st.builds(
    Candidate,
    source=st.sampled_from(list(PolicySource)),
    policy=st.sampled_from(["Art. 16", "Ningbo", "Zhejiang", "Cixi fund"]),
    item=st.sampled_from(["a", "b", "c"]),
    amount=amounts,
)


class TestOverlap:
    """Art. 23 — "就高不重复": each item gets the highest candidate, never the sum."""

    @given(listed=st.lists(candidates, min_size=1, max_size=8), on=in_force_days)
    def test_each_item_gets_its_maximum(self, listed: list[Candidate], on: date) -> None:
        ours = [Candidate(PolicySource.THESE_MEASURES, "Art. 16", c.item, c.amount) for c in listed]
        everything = listed + ours
        d = resolve_overlap(everything, on=on)
        items = {c.item for c in everything}
        for item in items:
            top = max(c.amount for c in everything if c.item == item)
            assert d.amount(f"granted.{item}") == top
        assert d.amount("granted") == sum(
            (max(c.amount for c in everything if c.item == i) for i in items), Decimal(0)
        )

    @given(first=amounts, second=amounts)
    def test_two_positive_overlapping_subsidies_are_never_summed(
        self, first: Decimal, second: Decimal
    ) -> None:
        groups = overlap_groups(
            [
                Candidate(PolicySource.THESE_MEASURES, "Art. 16", "x", first),
                Candidate(PolicySource.HIGHER_LEVEL_POLICY, "Ningbo", "x", second),
            ]
        )
        assert groups[0].granted == max(first, second)
        if first and second:
            assert groups[0].granted < first + second


ON = date(2026, 6, 1)
CULTIVATION = Period(date(2025, 7, 1), date(2028, 7, 1))

#: Every door through which money enters a rule, each given the float ``x``.
MONEY_DOORS: dict[str, Callable[[Any], object]] = {
    "operating_subsidy.requested": lambda x: operating_subsidy(x, on=ON),
    "operating_subsidy.carried_over": lambda x: operating_subsidy(
        1, on=ON, level=Level.NINGBO, carried_over=x
    ),
    "operating_subsidy.higher_level_in_year": lambda x: operating_subsidy(
        1, on=ON, level=Level.NINGBO, higher_level_in_year=x
    ),
    "remuneration_cap.granted": lambda x: remuneration_cap(on=ON, granted=x),
    "remuneration_cap.advanced": lambda x: remuneration_cap(
        on=ON, advanced=x, base=RemunerationBase.ADVANCED_AMOUNT
    ),
    "Expense.amount": lambda x: Expense(x, ExpenseCategory.RENT_UTILITIES_PROPERTY),
    "InspectionFinding.amount": lambda x: InspectionFinding("x", x),
    "AdvanceRule.fixed": lambda x: AdvanceRule.fixed_amount(x),
    "AdvanceRule.share": lambda x: AdvanceRule.share_of_grant(x),
    "advance_payment.granted": lambda x: advance_payment(
        2026, on=ON, granted=x, rule=AdvanceRule.fixed_amount(0)
    ),
    "settle.advanced": lambda x: settle_operating_subsidy(
        2025,
        on=ON,
        granted=1,
        advanced=x,
        result=AssessmentResult.QUALIFIED,
        expenses=[],
        link=SETTLEMENT_LINKS["full_if_qualified_none_if_unqualified"],
    ),
    "TriggerTerms.amount": lambda x: TriggerTerms.fixed_amount(x),
    "TriggerTerms.rate": lambda x: TriggerTerms.rate_of_cost(x),
    "TriggerTerms.cap": lambda x: TriggerTerms.rate_of_cost("1/2", cap=x),
    "TriggerClaim.eligible_cost": lambda x: TriggerClaim(
        SubsidyTrigger.LARGE_TEST_EQUIPMENT, eligible_cost=x
    ),
    "matching_funds.higher_level_subsidy": lambda x: matching_funds(
        x, on=ON, level=Level.NINGBO, ratio="1/2"
    ),
    "matching_funds.ratio": lambda x: matching_funds(1, on=ON, level=Level.NINGBO, ratio=x),
    "entrusted_fee_cap.higher_level_subsidy": lambda x: entrusted_fee_cap(
        on=ON, higher_level_subsidy=x, local_matching=1
    ),
    "entrusted_fee_cap.local_matching": lambda x: entrusted_fee_cap(
        on=ON, higher_level_subsidy=1, local_matching=x
    ),
    "LedgerEntry.amount": lambda x: LedgerEntry(ON, "other", x),
    "Candidate.amount": lambda x: Candidate(PolicySource.THESE_MEASURES, "p", "i", x),
    "policy_subsidy.schedule": lambda x: policy_subsidy(
        [TriggerClaim(SubsidyTrigger.IUR_COOPERATION)],
        on=ON,
        cultivation=CULTIVATION,
        by_chain_leader=True,
        schedule=PolicySubsidySchedule(iur_cooperation=TriggerTerms(amount=x)),
    ),
}


class TestFloats:
    """Money is exact: a float anywhere as money is refused (FloatMoneyError)."""

    @pytest.mark.parametrize("door", sorted(MONEY_DOORS))
    @given(x=st.floats(allow_nan=True, allow_infinity=True))
    def test_a_float_is_refused(self, door: str, x: float) -> None:
        with pytest.raises(FloatMoneyError):
            MONEY_DOORS[door](x)


class TestMoneyFastPath:
    """The fast path of ``to_money`` for Decimals in whole fen returns what the full checks return."""

    @given(
        value=st.one_of(
            st.decimals(allow_nan=True, allow_infinity=True),
            st.decimals(min_value=-(10**16), max_value=10**16, places=2),
            st.decimals(min_value=-(10**16), max_value=10**16, places=3),
        )
    )
    def test_same_result_or_same_error_as_the_slow_path(self, value: Decimal) -> None:
        from cixi_innovation.values.errors import InvalidMoneyError
        from cixi_innovation.values.money import to_money

        slow_input = str(value)  # a str never takes the fast path
        try:
            expected = repr(to_money(slow_input))
        except InvalidMoneyError as error:
            expected = type(error).__name__
        try:
            actual = repr(to_money(value))
        except InvalidMoneyError as error:
            actual = type(error).__name__
        assert actual == expected
