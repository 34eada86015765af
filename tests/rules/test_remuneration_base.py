"""TN 10.5: the readings of "年度补助资金", the base of Art. 10's one-third limit.

"薪酬支出不得超过年度补助资金的三分之一" (Art. 10): the base may be the amount finally
settled, and carried-over higher-level funds may or may not count in it.  The expected
amounts are one third of the base, rounded down to the fen.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tests.decided import amounts, said

from cixi_innovation import (
    FULL_IF_QUALIFIED_NONE_IF_UNQUALIFIED,
    AssessmentResult,
    Citation,
    Decision,
    Expense,
    ExpenseCategory,
    MissingInputError,
    RemunerationBase,
    RemunerationBaseCarryOver,
    remuneration_cap,
    review_expenses,
    settle_operating_subsidy,
)
from cixi_innovation.law.registry import implementations

ART_10 = Citation.article(10)
ON = date(2026, 3, 1)
SETTLED_ZH = "“次年结算确定的补助金额”(不含结转的上级补助资金)"
GRANTED_INCLUDED_ZH = "“当年核定的运营经费补贴”(含结转的上级补助资金)"


#: inputs of remuneration_cap; the base and the cap (one third, rounded down to the fen);
#: and, where the case checks them, the English and Chinese texts of its reason
CAPS = [
    pytest.param(
        {"settled": "420000.00", "base": RemunerationBase.SETTLED_AMOUNT},
        ("420000.00", "140000.00"),
        (
            "Remuneration must not exceed 1/3 of the annual subsidy funds, read as the amount "
            "finally settled in the following year, carried-over higher-level funds excluded "
            "(CNY 420,000.00): at most CNY 140,000.00, rounded down to the fen.",
            f"薪酬支出不得超过年度补助资金的1/3;年度补助资金按{SETTLED_ZH}"
            "计为420,000.00 元(42 万元),上限为140,000.00 元(14 万元)(向下取整到分)。",
        ),
        id="the-settled-amount-is-the-base",
    ),
    pytest.param(
        {"settled": "100000.01", "base": "settled_amount"},
        ("100000.01", "33333.33"),
        None,
        id="a-third-of-the-settled-amount-is-rounded-down",
    ),
    pytest.param(
        {"granted": 300000, "carried_over": 90000},
        ("300000.00", "100000.00"),
        None,
        id="carry-over-excluded-by-default",
    ),
    pytest.param(
        {
            "granted": "300000.00",
            "carried_over": "90000.00",
            "carry_over": RemunerationBaseCarryOver.INCLUDED,
        },
        ("390000.00", "130000.00"),
        (
            "Remuneration must not exceed 1/3 of the annual subsidy funds, read as the subsidy "
            "granted for the year, carried-over higher-level funds included (CNY 390,000.00): "
            "at most CNY 130,000.00, rounded down to the fen.",
            f"薪酬支出不得超过年度补助资金的1/3;年度补助资金按{GRANTED_INCLUDED_ZH}"
            "计为390,000.00 元(39 万元),上限为130,000.00 元(13 万元)(向下取整到分)。",
        ),
        id="included-carry-over-adds-to-the-grant",
    ),
    pytest.param(
        {"carried_over": 90000, "base": "annual_cap", "carry_over": "included"},
        ("590000.00", "196666.66"),
        None,
        id="included-with-the-annual-cap",
    ),
    pytest.param(
        {"settled": 420000, "carried_over": 1, "base": "settled_amount", "carry_over": "included"},
        ("420001.00", "140000.33"),
        None,
        id="included-with-the-settled-amount",
    ),
]


@pytest.mark.parametrize(("inputs", "base_and_cap", "texts"), CAPS)
def test_the_cap_is_a_third_of_the_base_read_as_chosen(
    inputs: dict[str, Any], base_and_cap: tuple[str, str], texts: tuple[str, str] | None
) -> None:
    d = remuneration_cap(on=ON, **inputs)
    assert amounts(d, "base", "cap") == base_and_cap
    assert d.articles == (ART_10,)
    if texts is not None:
        assert said(d) == texts


class TestMissing:
    """The amount a reading is taken on must be given."""

    def test_the_grant_is_not_the_settled_amount(self) -> None:
        with pytest.raises(MissingInputError) as caught:
            remuneration_cap(on=ON, granted=500000, base=RemunerationBase.SETTLED_AMOUNT)
        assert caught.value.field == "settled"
        assert str(caught.value) == (
            "settled: the one-third limit is read on the amount finally settled, as decided "
            "(TN 10.5); give it (Art. 10 第十条)"
        )

    def test_included_needs_the_carried_over_amount(self) -> None:
        with pytest.raises(MissingInputError) as caught:
            remuneration_cap(on=ON, granted=300000, carry_over="included")
        assert caught.value.field == "carried_over"
        assert caught.value.article == ART_10


class TestReview:
    """The review of expenses names both readings of the base."""

    def test_remuneration_above_a_third_of_the_settled_amount(self) -> None:
        staff = Expense(150000, ExpenseCategory.STAFF_REMUNERATION, full_time_daily_staff=True)
        d = review_expenses([staff], on=ON, granted=500000, settled=420000, base="settled_amount")
        names = ("remuneration_cap", "excluded", "eligible")
        assert amounts(d, *names) == ("140000.00", "10000.00", "140000.00")
        assert said(d) == (
            "Remuneration of CNY 150,000.00 exceeds 1/3 of the annual subsidy funds (read as "
            "the amount finally settled in the following year, carried-over higher-level funds "
            "excluded, CNY 420,000.00), i.e. CNY 140,000.00; the excess of CNY 10,000.00 is "
            "excluded.",
            f"薪酬支出150,000.00 元(15 万元)超过年度补助资金(按{SETTLED_ZH}"
            "计420,000.00 元(42 万元))的1/3即140,000.00 元(14 万元),"
            "超出部分10,000.00 元(1 万元)不予列支。",
        )

    def test_remuneration_within_a_third_with_the_carry_over(self) -> None:
        staff = Expense(130000, ExpenseCategory.STAFF_REMUNERATION, full_time_daily_staff=True)
        d = review_expenses(
            [staff], on=ON, granted=300000, carried_over=90000, carry_over="included"
        )
        assert amounts(d, "remuneration_cap", "excluded") == ("130000.00", "0.00")
        assert said(d) == (
            "Remuneration of CNY 130,000.00 is within 1/3 of the annual subsidy funds (read as "
            "the subsidy granted for the year, carried-over higher-level funds included, "
            "CNY 390,000.00), i.e. CNY 130,000.00.",
            f"薪酬支出130,000.00 元(13 万元)未超过年度补助资金(按{GRANTED_INCLUDED_ZH}"
            "计390,000.00 元(39 万元))的1/3即130,000.00 元(13 万元)。",
        )


def _settle(granted: int, staff: int, rent: int, **readings: Any) -> Decision:
    return settle_operating_subsidy(
        2026,
        on=date(2027, 3, 1),
        granted=granted,
        advanced=granted // 2,
        result=AssessmentResult.QUALIFIED,
        expenses=[
            Expense(staff, ExpenseCategory.STAFF_REMUNERATION, full_time_daily_staff=True),
            Expense(rent, ExpenseCategory.RENT_UTILITIES_PROPERTY),
        ],
        link=FULL_IF_QUALIFIED_NONE_IF_UNQUALIFIED,
        **readings,
    )


class TestSettlement:
    """The settlement's review reads the base as the caller chooses."""

    def test_the_settled_amount_given_as_decided_bounds_remuneration(self) -> None:
        d = _settle(500000, 150000, 350000, base=RemunerationBase.SETTLED_AMOUNT, settled=420000)
        names = ("excluded", "eligible", "settled", "balance")
        assert amounts(d, *names) == ("10000.00", "490000.00", "490000.00", "240000.00")

    def test_carried_over_funds_included_in_the_settlement_review(self) -> None:
        d = _settle(
            300000,
            140000,
            160000,
            carry_over=RemunerationBaseCarryOver.INCLUDED,
            carried_over=90000,
        )
        assert amounts(d, "excluded", "settled") == ("10000.00", "290000.00")


def test_both_readings_are_registered_under_art_10() -> None:
    names = {entry.name for entry in implementations("Art. 10")}
    module = "cixi_innovation.rules.subsidy_expenses"
    assert f"{module}.RemunerationBase" in names
    assert f"{module}.RemunerationBaseCarryOver" in names
