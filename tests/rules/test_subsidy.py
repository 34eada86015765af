"""Art. 10-11: the operating subsidy of a Complex, its remuneration limit, advance and settlement."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from tests.decided import all_amounts, amounts
from tests.raising import raised

from cixi_innovation.law.measures import ForceCheck
from cixi_innovation.law.parameters import PARAMETERS
from cixi_innovation.rules.subsidy import CarryOverReading, operating_subsidy
from cixi_innovation.rules.subsidy_expenses import (
    Expense,
    ExpenseCategory,
    RemunerationBase,
    remuneration_cap,
    review_expenses,
)
from cixi_innovation.rules.subsidy_inspection import InspectionFinding
from cixi_innovation.rules.subsidy_settlement import (
    FULL_IF_QUALIFIED_NONE_IF_UNQUALIFIED,
    PRO_RATA_BY_ELIGIBLE_SPENDING,
    SETTLEMENT_LINKS,
    UNQUALIFIED_RETAINS_SPENT_ADVANCE,
    AdvanceRule,
    ResultShares,
    SettlementFacts,
    advance_payment,
    settle_operating_subsidy,
)
from cixi_innovation.values.assessments import AssessmentResult
from cixi_innovation.values.citations import Citation
from cixi_innovation.values.decisions import Decision
from cixi_innovation.values.errors import (
    FloatMoneyError,
    InputError,
    InvalidChoiceError,
    MissingInputError,
    NegativeAmountError,
    OutsideForceError,
)
from cixi_innovation.values.vocabulary import Label, Level

ART_10, ART_11 = (Citation.article(n) for n in (10, 11))
ON = date(2026, 3, 1)
C_READING = CarryOverReading.CAP_INCLUDES_IN_YEAR_FUNDS


def money(text: str) -> Decimal:
    return Decimal(text)


class TestOperatingSubsidy:
    """Art. 10: "综合体每年安排最高不超过50万元的运营经费补贴"."""

    def test_a_claim_above_the_cap_is_granted_the_cap(self) -> None:
        d = operating_subsidy(600000, on=ON)
        assert d.outcome.code == "capped"
        assert amounts(d, "requested", "cap", "granted") == ("600000.00", "500000.00", "500000.00")
        assert d.articles == (ART_10,)
        assert d.rule == "subsidy.operating_subsidy"
        assert d.in_force is True

    def test_the_cap_itself_is_allowed(self) -> None:
        d = operating_subsidy("500000.00", on=ON)
        assert d.outcome.code == "granted"
        assert d.amount("granted") == money("500000.00")

    def test_a_claim_below_the_cap_is_granted_in_full(self) -> None:
        d = operating_subsidy(Decimal("321000.50"), on=ON)
        assert d.outcome.code == "granted"
        assert d.amount("granted") == money("321000.50")
        assert d.reasons[0].en == (
            "The request is within the annual maximum of CNY 500,000.00; granted as requested."
        )

    def test_one_fen_over_the_cap_is_capped(self) -> None:
        d = operating_subsidy("500000.01", on=ON)
        assert d.outcome.code == "capped"
        assert d.amount("granted") == money("500000.00")

    def test_a_zero_claim_arranges_nothing(self) -> None:
        d = operating_subsidy(0, on=ON)
        assert d.outcome.code == "not_arranged"
        assert d.amount("granted") == money("0.00")

    def test_the_explanation_in_chinese(self) -> None:
        d = operating_subsidy(600000, on=ON, subject="家电综合体")
        assert d.explain("zh").splitlines() == [
            "2026-03-01 subsidy.operating_subsidy [家电综合体]: 按上限核定",
            "  requested: 600,000.00 元(60 万元)",
            "  cap: 500,000.00 元(50 万元)",
            "  granted: 500,000.00 元(50 万元)",
            "  - 申请额超过每年最高不超过500,000.00 元(50 万元)的运营经费补贴上限,按上限核定。 [第十条]",
        ]

    def test_a_what_if_cap_comes_from_the_parameters(self) -> None:
        d = operating_subsidy(
            600000, on=ON, parameters=PARAMETERS.replace(operating_subsidy_cap=550000)
        )
        assert d.amount("granted") == money("550000.00")

    def test_the_decision_round_trips_through_json(self) -> None:
        d = operating_subsidy(600000, on=ON)
        assert Decision.from_json(d.to_json()) == d

    def test_a_float_is_refused(self) -> None:
        with pytest.raises(FloatMoneyError) as caught:
            operating_subsidy(600000.0, on=ON)  # type: ignore[arg-type]
        assert str(caught.value) == (
            "requested: 600000.0 is a float; money must be given as int, str or Decimal yuan "
            "so that it stays exact (Art. 10 第十条)"
        )

    def test_a_negative_claim_is_refused(self) -> None:
        error = raised(NegativeAmountError, lambda: operating_subsidy(-1, on=ON))
        assert str(error) == "requested: -1 is negative; amounts here are ≥ 0 yuan (Art. 10 第十条)"

    def test_a_float_carry_over_is_refused(self) -> None:
        with pytest.raises(FloatMoneyError) as caught:
            operating_subsidy(1, on=ON, level=Level.NINGBO, carried_over=0.0)  # type: ignore[arg-type]
        assert (caught.value.field, caught.value.articles) == ("carried_over", (ART_10,))

    def test_a_date_before_the_measures_is_refused(self) -> None:
        error = raised(OutsideForceError, lambda: operating_subsidy(1, on=date(2024, 12, 24)))
        assert str(error) == (
            "on: 2024-12-24 is outside the Measures' force [2024-12-25, 2029-12-25) "
            "(Art. 24 第二十四条)"
        )

    def test_a_date_after_the_measures_can_be_flagged(self) -> None:
        d = operating_subsidy(600000, on=date(2029, 12, 25), force=ForceCheck.FLAG)
        assert d.in_force is False
        assert d.amount("granted") == money("500000.00")

    def test_a_datetime_is_refused(self) -> None:
        from datetime import datetime

        from cixi_innovation.values.errors import InvalidDateError

        with pytest.raises(InvalidDateError):
            operating_subsidy(1, on=datetime(2026, 3, 1, 9))

    def test_an_unknown_reading_is_refused_without_higher_level_funds(self) -> None:
        error = raised(InvalidChoiceError, lambda: operating_subsidy(1, on=ON, reading="reading_d"))
        assert error.field == "reading"

    def test_a_reading_by_code_without_higher_level_funds(self) -> None:
        d = operating_subsidy(1, on=ON, reading="replaces_subsidy")
        assert d.amount("granted") == money("1.00")

    def test_an_unknown_level_is_refused(self) -> None:
        error = raised(InvalidChoiceError, lambda: operating_subsidy(1, on=ON, level="county"))
        assert str(error) == (
            "level: 'county' is not a level; choose one of: cixi, ningbo, provincial, "
            "national (Art. 10 第十条)"
        )


class TestCarryOver:
    """Art. 10: "(宁波市级及以上综合体获得的上级补助资金结转的除外)", TN 10.3."""

    def test_reading_a_keeps_the_carry_over_outside_the_cap(self) -> None:
        d = operating_subsidy(600000, on=ON, level=Level.NINGBO, carried_over=200000)
        assert d.outcome.code == "capped"
        assert amounts(d, "granted", "carried_over") == ("500000.00", "200000.00")
        assert d.articles == (ART_10, ART_11)
        assert d.reasons[1].en.startswith("Reading A: the carried-over higher-level funds of CNY")

    def test_reading_a_is_the_default(self) -> None:
        given: dict[str, Any] = {"on": ON, "level": Level.PROVINCIAL, "carried_over": 200000}
        reading_a = operating_subsidy(600000, **given, reading=CarryOverReading.OUTSIDE_CAP)
        assert operating_subsidy(600000, **given) == reading_a

    def test_reading_a_ignores_in_year_funds_for_the_cap(self) -> None:
        d = operating_subsidy(300000, on=ON, level=Level.NINGBO, higher_level_in_year=400000)
        assert d.outcome.code == "granted"
        assert amounts(d, "granted", "higher_level_in_year") == ("300000.00", "400000.00")

    def test_reading_b_reduces_the_municipal_subsidy_by_the_carry_over(self) -> None:
        d = operating_subsidy(
            600000,
            on=ON,
            level=Level.NINGBO,
            carried_over=200000,
            reading=CarryOverReading.REPLACES_SUBSIDY,
        )
        assert d.outcome.code == "reduced"
        assert d.amount("granted") == money("300000.00")
        assert d.articles == (ART_10,)

    @pytest.mark.parametrize(
        ("requested", "inputs", "outcome", "amounts"),
        [
            (
                400000,
                {"level": "national", "carried_over": 450000, "reading": "replaces_subsidy"},
                "not_arranged",
                {"granted": "0.00"},
            ),
            (
                100000,
                {"higher_level_in_year": 50000, "reading": CarryOverReading.REPLACES_SUBSIDY},
                "granted",
                {"granted": "100000.00"},
            ),
            (
                600000,
                {"carried_over": 200000, "higher_level_in_year": 100000, "reading": C_READING},
                "reduced",
                {"cap_remaining": "400000.00", "granted": "400000.00"},
            ),
            (
                100000,
                {"higher_level_in_year": 600000, "reading": C_READING},
                "not_arranged",
                {"cap_remaining": "0.00", "granted": "0.00"},
            ),
            (
                50000,
                {"higher_level_in_year": 100000, "reading": C_READING},
                "granted",
                {"granted": "50000.00"},
            ),
        ],
        ids=[
            "b-nothing-when-the-carry-over-covers-the-cap",
            "b-leaves-in-year-funds-aside",
            "c-counts-in-year-funds-toward-the-cap",
            "c-in-year-funds-exceed-the-cap",
            "c-room-left-grants-the-request",
        ],
    )
    def test_readings_b_and_c_at_ningbo_level_or_above(
        self, requested: int, inputs: dict[str, Any], outcome: str, amounts: dict[str, str]
    ) -> None:
        d = operating_subsidy(requested, on=ON, **{"level": Level.NINGBO, **inputs})
        assert d.outcome.code == outcome
        assert {key: d.amount(key) for key in amounts} == {
            key: money(value) for key, value in amounts.items()
        }

    def test_a_cixi_level_complex_has_no_higher_level_funds(self) -> None:
        error = raised(
            InputError, lambda: operating_subsidy(1, on=ON, level=Level.CIXI, carried_over=100)
        )
        assert str(error) == (
            "carried_over: higher-level subsidy funds are declared for a Complex at Cixi "
            "municipal level; the exception of Art. 10 concerns Complexes at Ningbo municipal "
            "level or above (Art. 10 第十条)"
        )

    def test_in_year_funds_for_a_cixi_level_complex_are_refused(self) -> None:
        error = raised(InputError, lambda: operating_subsidy(1, on=ON, higher_level_in_year=100))
        assert error.field == "higher_level_in_year"

    def test_an_unknown_reading_is_refused(self) -> None:
        error = raised(
            InvalidChoiceError,
            lambda: operating_subsidy(1, on=ON, level=Level.NINGBO, carried_over=1, reading="d"),
        )
        assert error.field == "reading"


class TestRemunerationCap:
    """Art. 10: "薪酬支出不得超过年度补助资金的三分之一"."""

    def test_one_third_of_the_grant_rounded_down(self) -> None:
        d = remuneration_cap(on=ON, granted=500000)
        assert d.outcome.code == "limit"
        assert amounts(d, "base", "cap") == ("500000.00", "166666.66")
        assert d.articles == (ART_10,)
        assert d.reasons[0].en == (
            "Remuneration must not exceed 1/3 of the annual subsidy funds, read as the subsidy "
            "granted for the year, carried-over higher-level funds excluded (CNY 500,000.00): "
            "at most CNY 166,666.66, rounded down to the fen."
        )

    def test_the_advanced_amount_as_base(self) -> None:
        d = remuneration_cap(on=ON, advanced="250000", base=RemunerationBase.ADVANCED_AMOUNT)
        assert d.amount("cap") == money("83333.33")

    def test_the_annual_cap_as_base(self) -> None:
        d = remuneration_cap(on=ON, base=RemunerationBase.ANNUAL_CAP)
        assert amounts(d, "base", "cap") == ("500000.00", "166666.66")

    def test_the_granted_base_needs_the_grant(self) -> None:
        assert str(raised(MissingInputError, lambda: remuneration_cap(on=ON))) == (
            "granted: the one-third limit is read on the subsidy granted for the year; give it "
            "(Art. 10 第十条)"
        )

    def test_the_advanced_base_needs_the_advance(self) -> None:
        error = raised(
            MissingInputError,
            lambda: remuneration_cap(on=ON, granted=1, base=RemunerationBase.ADVANCED_AMOUNT),
        )
        assert error.field == "advanced"

    def test_a_date_after_the_measures_can_be_flagged(self) -> None:
        d = remuneration_cap(on=date(2029, 12, 25), granted=300000, force=ForceCheck.FLAG)
        assert d.in_force is False
        assert d.amount("cap") == money("100000.00")


def _expenses() -> list[Expense]:
    return [
        Expense(100000, ExpenseCategory.RENT_UTILITIES_PROPERTY, "office rent"),
        Expense(200000, ExpenseCategory.STAFF_REMUNERATION, full_time_daily_staff=True),
        Expense(20000, ExpenseCategory.STAFF_REMUNERATION, full_time_daily_staff=False),
        Expense(5000, description="banquet"),
        Expense(30000, ExpenseCategory.OTHER_DAILY_OFFICE, "printer"),
    ]


class TestExpenses:
    """Art. 10: the scope of expenditure and the full-time-staff restriction."""

    def test_each_exclusion_is_listed_with_its_reason(self) -> None:
        d = review_expenses(_expenses(), on=ON, granted=500000)
        assert (d.outcome.code, all_amounts(d)) == (
            "reviewed",
            {
                "submitted": "355000.00",
                "remuneration": "200000.00",
                "remuneration_cap": "166666.66",
                "excluded": "58333.34",
                "eligible": "296666.66",
            },
        )
        assert [r.en for r in d.reasons] == [
            "Item 3, remuneration of CNY 20,000.00, pays persons other than full-time staff "
            "engaged in the Complex's day-to-day work; excluded.",
            "Item 4 'banquet' (CNY 5,000.00) is not day-to-day office expenditure within the "
            "scope of Art. 10; excluded.",
            "The list of Art. 10 is open ('等日常办公经费支出'); 1 item(s) of other day-to-day "
            "office expenditure are allowed.",
            "Remuneration of CNY 200,000.00 exceeds 1/3 of the annual subsidy funds (read as "
            "the subsidy granted for the year, carried-over higher-level funds excluded, "
            "CNY 500,000.00), i.e. CNY 166,666.66; the excess of CNY 33,333.34 is excluded.",
            "Spending submitted CNY 355,000.00; excluded CNY 58,333.34; within the scope of "
            "expenditure CNY 296,666.66.",
        ]
        assert d.articles == (ART_10, ART_11)

    def test_remuneration_within_the_limit(self) -> None:
        d = review_expenses(
            [Expense(100000, ExpenseCategory.STAFF_REMUNERATION, full_time_daily_staff=True)],
            on=ON,
            granted=300000,
        )
        assert amounts(d, "excluded", "remuneration_cap") == ("0.00", "100000.00")
        assert d.reasons[0].en.startswith("Remuneration of CNY 100,000.00 is within 1/3")

    def test_an_expense_needs_a_category_or_a_description(self) -> None:
        assert str(raised(InputError, lambda: Expense(100))) == (
            "description: an expense needs a category of Art. 10 or, for other spending, a "
            "description (Art. 10 第十条)"
        )

    def test_remuneration_needs_the_full_time_fact(self) -> None:
        error = raised(MissingInputError, lambda: Expense(100, ExpenseCategory.STAFF_REMUNERATION))
        assert error.field == "full_time_daily_staff"

    def test_the_full_time_fact_is_for_remuneration_only(self) -> None:
        error = raised(
            InputError,
            lambda: Expense(
                100, ExpenseCategory.RENT_UTILITIES_PROPERTY, full_time_daily_staff=True
            ),
        )
        assert error.field == "full_time_daily_staff"

    def test_a_float_expense_is_refused(self) -> None:
        error = raised(
            FloatMoneyError, lambda: Expense(99.5, ExpenseCategory.RENT_UTILITIES_PROPERTY)
        )
        assert error.field == "amount"
        assert error.articles == (ART_10,)

    def test_a_category_by_code(self) -> None:
        assert (
            Expense(1, "rent_utilities_property").category
            is ExpenseCategory.RENT_UTILITIES_PROPERTY
        )

    def test_something_else_than_an_expense_is_refused(self) -> None:
        with pytest.raises(InputError) as caught:
            review_expenses([100], on=ON, granted=1)  # type: ignore[list-item]
        assert caught.value.field == "expenses[0]"

    def test_an_unknown_base_is_refused_citing_art_10(self) -> None:
        error = raised(
            InvalidChoiceError, lambda: review_expenses([], on=ON, granted=1, base="half")
        )
        assert str(error) == (
            "base: 'half' is not a remuneration base; choose one of: granted_subsidy, "
            "advanced_amount, annual_cap, settled_amount (Art. 10 第十条)"
        )

    def test_a_date_after_the_measures_can_be_flagged(self) -> None:
        d = review_expenses(
            [Expense(100000, ExpenseCategory.RENT_UTILITIES_PROPERTY)],
            on=date(2029, 12, 25),
            granted=300000,
            force=ForceCheck.FLAG,
        )
        assert d.in_force is False
        assert d.amount("eligible") == money("100000.00")


def _advance(on: date, *, granted: int, fixed: int = 1, year: Any = 2026) -> Decision:
    """The advance of a fixed amount for ``year``, dated ``on``."""
    return advance_payment(year, on=on, granted=granted, rule=AdvanceRule.fixed_amount(fixed))


class TestAdvance:
    """Art. 10: "每年年初预拨"; the amount is the caller's (TN 10.6)."""

    def test_a_share_of_the_grant(self) -> None:
        d = advance_payment(
            2026, on=date(2026, 1, 15), granted=500000, rule=AdvanceRule.share_of_grant("1/3")
        )
        assert (d.outcome.code, d.articles) == ("advanced", (ART_10,))
        assert d.reasons[0].en == (
            "Of the 2026 subsidy of CNY 500,000.00, CNY 166,666.66 is advanced at the beginning "
            "of the year (advance rule: 1/3 of the grant)."
        )
        assert amounts(d, "granted", "advanced") == ("500000.00", "166666.66")

    def test_a_fixed_amount(self) -> None:
        d = advance_payment(
            2026, on=date(2026, 2, 1), granted=400000, rule=AdvanceRule.fixed_amount(200000)
        )
        assert d.amount("advanced") == money("200000.00")
        assert "固定预拨200000.00元" in d.reasons[0].zh

    def test_no_rule_is_refused_citing_art_10(self) -> None:
        error = raised(
            MissingInputError, lambda: advance_payment(2026, on=date(2026, 1, 15), granted=500000)
        )
        assert str(error) == (
            "rule: the Measures do not give the amount or share of the operating subsidy "
            "advanced at the start of the year; supply it (Art. 10 第十条)"
        )

    @pytest.mark.parametrize(
        ("on", "granted", "message"),
        [
            pytest.param(
                date(2025, 12, 30),
                1,
                "on: the subsidy for 2026 is advanced at the beginning of 2026 (每年年初预拨); "
                "2025-12-30 is in 2025 (Art. 10 第十条)",
                id="dated-in-another-year",
            ),
            pytest.param(
                date(2026, 1, 5),
                500001,
                "granted: the subsidy granted (500001.00) exceeds the annual cap of 500000.00 "
                "(Art. 10 第十条)",
                id="a-grant-above-the-cap",
            ),
        ],
    )
    def test_an_advance_is_refused_saying_why(self, on: date, granted: int, message: str) -> None:
        assert str(raised(InputError, lambda: _advance(on, granted=granted))) == message

    def test_a_fixed_advance_above_the_grant_is_refused(self) -> None:
        error = raised(InputError, lambda: _advance(date(2026, 1, 5), granted=100, fixed=200))
        assert error.field == "advance.fixed"

    def test_a_rule_is_one_form_only(self) -> None:
        with pytest.raises(InputError):
            AdvanceRule()
        with pytest.raises(InputError):
            AdvanceRule(fixed=1, share="1/2")

    def test_a_share_above_one_is_refused(self) -> None:
        error = raised(InputError, lambda: AdvanceRule.share_of_grant("3/2"))
        assert error.field == "advance.share"

    def test_a_float_share_is_refused(self) -> None:
        with pytest.raises(FloatMoneyError):
            AdvanceRule.share_of_grant(0.5)  # type: ignore[arg-type]

    def test_a_year_must_be_a_whole_number(self) -> None:
        year: Any = "2026"
        error = raised(InputError, lambda: _advance(date(2026, 1, 5), granted=1, year=year))
        assert error.field == "year"

    def test_a_date_after_the_measures_can_be_flagged(self) -> None:
        d = advance_payment(
            2029,
            on=date(2029, 12, 25),
            granted=500000,
            rule=AdvanceRule.share_of_grant("1/2"),
            force=ForceCheck.FLAG,
        )
        assert d.in_force is False
        assert d.amount("advanced") == money("250000.00")


def _settle(year: int = 2026, **changes: Any) -> Decision:
    """The settlement of ``year``'s subsidy, the example's inputs but for ``changes``."""
    args: dict[str, Any] = {
        "on": date(2027, 3, 1),
        "granted": 500000,
        "advanced": 250000,
        "result": AssessmentResult.QUALIFIED,
        "expenses": [Expense(500000, ExpenseCategory.RENT_UTILITIES_PROPERTY)],
        "link": FULL_IF_QUALIFIED_NONE_IF_UNQUALIFIED,
    }
    args.update(changes)
    return settle_operating_subsidy(year, **args)


class TestSettlement:
    """Art. 10: "与年度目标考核验收情况挂钩,每年年初预拨、次年结算"; Art. 11 inspection."""

    def test_qualified_full_link_pays_the_balance(self) -> None:
        d = settle_operating_subsidy(
            2026,
            on=date(2027, 3, 1),
            granted=500000,
            advanced=250000,
            result=AssessmentResult.QUALIFIED,
            expenses=[Expense(500000, ExpenseCategory.RENT_UTILITIES_PROPERTY)],
            link=FULL_IF_QUALIFIED_NONE_IF_UNQUALIFIED,
        )
        assert (d.outcome.code, all_amounts(d)) == (
            "due",
            {
                "granted": "500000.00",
                "advanced": "250000.00",
                "submitted": "500000.00",
                "excluded": "0.00",
                "eligible": "500000.00",
                "linked": "500000.00",
                "settled": "500000.00",
                "balance": "250000.00",
            },
        )
        assert d.articles == (ART_11, ART_10)
        assert d.reasons[-1].en == (
            "Settled CNY 500,000.00; advanced CNY 250,000.00; CNY 250,000.00 is due to the Complex."
        )

    def test_unqualified_full_link_recovers_the_advance(self) -> None:
        d = _settle(result=AssessmentResult.UNQUALIFIED)
        assert d.outcome.code == "return"
        assert amounts(d, "settled", "balance") == ("0.00", "-250000.00")

    def test_a_settlement_equal_to_the_advance_is_nil(self) -> None:
        d = _settle(granted=250000)
        assert d.outcome.code == "nil"
        assert d.amount("balance") == money("0.00")

    def test_the_settlement_is_limited_to_eligible_spending(self) -> None:
        d = _settle(
            expenses=[Expense(300000, ExpenseCategory.RENT_UTILITIES_PROPERTY)],
            findings=[InspectionFinding("rent without invoice", 20000, "no invoice")],
        )
        names = ("eligible", "settled", "balance")
        assert amounts(d, *names) == ("280000.00", "280000.00", "30000.00")
        texts = [r.en for r in d.reasons]
        assert texts[0] == (
            "Fund-use inspection by the Bureau with the Finance Bureau: 'rent without invoice' "
            "(CNY 20,000.00) does not comply with the scope of expenditure or the standards of "
            "use; not settled. no invoice"
        )
        assert texts[1] == (
            "Art. 11 states no consequence of the findings; reading: non-compliant spending "
            "found by the inspection is not settled, and the settlement is limited to the "
            "remaining eligible spending."
        )
        assert d.reasons[1].zh == (
            "第十一条未规定检查发现问题的后果,解读:检查发现的不合规支出不予结算,"
            "结算额以其余符合支出范围的支出为限。"
        )
        assert texts[3] == "The settlement is limited to the eligible spending of CNY 280,000.00."

    def test_under_the_reported_only_reading_findings_reduce_nothing(self) -> None:
        # Art. 11 states the check, not its consequence (TN 11.1, open point 18)
        d = _settle(
            expenses=[Expense(300000, ExpenseCategory.RENT_UTILITIES_PROPERTY)],
            findings=[InspectionFinding("rent without invoice", 20000, "no invoice")],
            inspection="reported_only",
        )
        names = ("excluded", "eligible", "settled", "balance")
        assert amounts(d, *names) == ("0.00", "300000.00", "300000.00", "50000.00")
        assert [r.en for r in d.reasons[:2]] == [
            "Fund-use inspection by the Bureau with the Finance Bureau: 'rent without invoice' "
            "(CNY 20,000.00) does not comply with the scope of expenditure or the standards of "
            "use. no invoice",
            "Art. 11 states no consequence of the findings; reading: Art. 11 states no "
            "consequence of the inspection, so the findings are reported in the decision and "
            "the amount settled is not reduced by them.",
        ]
        assert [r.zh for r in d.reasons[:2]] == [
            "市科技局会同市财政局资金使用情况检查:“rent without invoice”20,000.00 元(2 万元)"
            "不符合支出范围或使用标准。no invoice",
            "第十一条未规定检查发现问题的后果,解读:第十一条未规定检查结果的后果,"
            "检查发现仅在决定中载明,不核减结算额。",
        ]

    def test_an_unknown_inspection_reading_is_refused(self) -> None:
        assert raised(InvalidChoiceError, lambda: _settle(inspection="bogus")).field == "inspection"

    def test_a_finding_without_a_note_ends_its_reason(self) -> None:
        d = _settle(
            expenses=[Expense(300000, ExpenseCategory.RENT_UTILITIES_PROPERTY)],
            findings=[InspectionFinding("rent without invoice", 20000)],
        )
        assert d.reasons[0].en == (
            "Fund-use inspection by the Bureau with the Finance Bureau: 'rent without invoice' "
            "(CNY 20,000.00) does not comply with the scope of expenditure or the standards of "
            "use; not settled."
        )
        assert d.reasons[0].zh == (
            "市科技局会同市财政局资金使用情况检查:“rent without invoice”20,000.00 元(2 万元)"
            "不符合支出范围或使用标准,不予结算。"
        )

    def test_pro_rata_link(self) -> None:
        d = _settle(
            expenses=[Expense(600000, ExpenseCategory.RENT_UTILITIES_PROPERTY)],
            findings=[InspectionFinding("rent", 60000)],
            link=PRO_RATA_BY_ELIGIBLE_SPENDING,
        )
        assert amounts(d, "linked", "settled", "balance") == ("450000.00", "450000.00", "200000.00")

    def test_pro_rata_with_nothing_submitted(self) -> None:
        d = _settle(expenses=[], link=PRO_RATA_BY_ELIGIBLE_SPENDING)
        assert d.amount("settled") == money("0.00")
        assert d.outcome.code == "return"

    def test_unqualified_retaining_the_spent_advance(self) -> None:
        d = _settle(
            result="unqualified",
            expenses=[Expense(200000, ExpenseCategory.EXCHANGE_COOPERATION)],
            link=UNQUALIFIED_RETAINS_SPENT_ADVANCE,
        )
        assert amounts(d, "linked", "settled", "balance") == ("250000.00", "200000.00", "-50000.00")

    def test_caller_given_shares(self) -> None:
        d = _settle(result=AssessmentResult.UNQUALIFIED, link=ResultShares("1", "1/2"))
        assert d.amount("settled") == money("250000.00")
        assert d.outcome.code == "nil"
        assert "'1 of the grant if qualified, 1/2 if unqualified'" in d.reasons[-2].en

    def test_a_share_above_the_whole_grant_is_refused(self) -> None:
        assert str(raised(InputError, lambda: ResultShares("3/2", "0"))) == (
            "link.qualified: '3/2' is more than the whole grant (Art. 10 第十条)"
        )

    def test_remuneration_base_follows_the_reading(self) -> None:
        staff = [Expense(100000, ExpenseCategory.STAFF_REMUNERATION, full_time_daily_staff=True)]
        d = _settle(expenses=staff, base=RemunerationBase.ADVANCED_AMOUNT)
        assert amounts(d, "excluded", "settled") == ("16666.67", "83333.33")

    def test_remuneration_base_read_as_the_annual_cap(self) -> None:
        staff = [Expense(200000, ExpenseCategory.STAFF_REMUNERATION, full_time_daily_staff=True)]
        d = _settle(granted=300000, advanced=150000, expenses=staff, base="annual_cap")
        names = ("excluded", "eligible", "settled", "balance")
        assert amounts(d, *names) == ("33333.34", "166666.66", "166666.66", "16666.66")

    def test_a_date_after_the_measures_can_be_flagged(self) -> None:
        d = _settle(2029, on=date(2030, 3, 1), force=ForceCheck.FLAG)
        assert d.in_force is False
        assert d.amount("balance") == money("250000.00")

    def test_an_unknown_base_is_refused_citing_art_10(self) -> None:
        assert str(raised(InvalidChoiceError, lambda: _settle(base="half"))) == (
            "base: 'half' is not a remuneration base; choose one of: granted_subsidy, "
            "advanced_amount, annual_cap, settled_amount (Art. 10 第十条)"
        )

    def test_the_named_links(self) -> None:
        assert sorted(SETTLEMENT_LINKS) == [
            "full_if_qualified_none_if_unqualified",
            "pro_rata_by_eligible_spending",
            "unqualified_retains_spent_advance",
        ]

    def test_no_link_is_refused_citing_art_10(self) -> None:
        assert str(raised(MissingInputError, lambda: _settle(link=None))) == (
            "link: the Measures do not give how the settled subsidy is linked to the annual "
            "assessment result; supply it (Art. 10 第十条)"
        )

    @pytest.mark.parametrize("day", [date(2026, 12, 31), date(2026, 1, 1), date(2025, 6, 1)])
    def test_a_settlement_in_year_n_or_earlier_is_refused(self, day: date) -> None:
        assert str(raised(InputError, lambda: _settle(on=day))) == (
            "on: the subsidy for 2026 is settled in the following year, 2027 (次年结算); "
            f"{day} is too early (Art. 10 第十条)"
        )

    def test_a_settlement_two_years_later_is_refused(self) -> None:
        error = raised(InputError, lambda: _settle(on=date(2028, 1, 10)))
        assert error.message.endswith("2028-01-10 is not in the following year")

    def test_an_advance_above_the_grant_is_refused(self) -> None:
        assert raised(InputError, lambda: _settle(granted=100, advanced=200)).field == "advanced"

    def test_findings_above_the_spending_are_refused(self) -> None:
        error = raised(InputError, lambda: _settle(findings=[InspectionFinding("x", 500001)]))
        assert str(error) == (
            "findings: the inspection findings (500001.00) exceed the spending left to inspect "
            "(500000.00) (Art. 11 第十一条)"
        )

    def test_a_finding_needs_an_item(self) -> None:
        assert raised(InputError, lambda: InspectionFinding(" ", 1)).field == "findings.item"

    def test_a_finding_must_be_a_finding(self) -> None:
        assert raised(InputError, lambda: _settle(findings=["x"])).field == "findings[0]"

    def test_a_link_giving_more_than_the_grant_is_refused(self) -> None:
        class Generous:
            label = Label("generous", "多给", "generous")

            def linked_amount(self, facts: SettlementFacts) -> Decimal:
                return facts.granted + 1

        assert str(raised(InputError, lambda: _settle(link=Generous()))) == (
            "link: the settlement link 'generous' gave 500001.00, more than the grant "
            "(500000.00) (Art. 10 第十条)"
        )

    def test_a_link_giving_a_float_is_refused(self) -> None:
        class Inexact:
            label = Label("inexact", "不精确", "inexact")

            def linked_amount(self, facts: SettlementFacts) -> Decimal:
                return 1.5  # type: ignore[return-value]

        assert str(raised(FloatMoneyError, lambda: _settle(link=Inexact()))) == (
            "link: 1.5 is a float; money must be given as int, str or Decimal yuan so that it "
            "stays exact (Art. 10 第十条)"
        )

    def test_a_float_advance_is_refused(self) -> None:
        assert str(raised(FloatMoneyError, lambda: _settle(advanced=250000.0))) == (
            "advanced: 250000.0 is a float; money must be given as int, str or Decimal yuan so "
            "that it stays exact (Art. 10 第十条)"
        )

    def test_a_result_from_the_wrong_scale_is_refused(self) -> None:
        error = raised(InvalidChoiceError, lambda: _settle(result="poor"))
        assert error.field == "result"
