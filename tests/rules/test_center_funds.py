"""Art. 20: matching funds, the separate ledger and the cap on entrusted fees."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from tests.decided import all_amounts
from tests.raising import raised

from cixi_innovation.law.measures import ForceCheck
from cixi_innovation.rules.center_funds import (
    EntrustedFeeScope,
    FundUse,
    LedgerEntry,
    SeparateLedger,
    entrusted_fee_cap,
    matching_funds,
)
from cixi_innovation.values.citations import Citation
from cixi_innovation.values.errors import (
    FloatMoneyError,
    InputError,
    InvalidChoiceError,
    MissingInputError,
    NegativeAmountError,
)
from cixi_innovation.values.vocabulary import Level

ART_20_1, ART_20_2 = (Citation.article(*n) for n in ((20, 1), (20, 2)))
ON = date(2026, 6, 1)
FLAG = ForceCheck.FLAG


class TestMatching:
    """Art. 20 ¶1: "市级按上级要求给予一定比例的经费配套"."""

    def test_matching_at_the_given_ratio(self) -> None:
        d = matching_funds(10_000_000, on=ON, level=Level.NINGBO, ratio="1/2")
        assert (d.outcome.code, all_amounts(d)) == (
            "matched",
            {
                "higher_level_subsidy": "10000000.00",
                "matching": "5000000.00",
            },
        )
        assert d.articles == (ART_20_1,)
        assert d.reasons[0].en == (
            "The Center is recognised at Ningbo municipal level; Cixi matches the higher-level "
            "subsidy at the proportion the caller gives (the Measures say only 'a certain "
            "proportion, as the higher level requires'): CNY 10,000,000.00 × 50% = "
            "CNY 5,000,000.00, rounded down to the fen."
        )
        # both languages name the ratio as the caller's (issue 14, item 7)
        assert d.reasons[0].zh == (
            "创新中心创建成为宁波市级技术创新中心,市级给予经费配套;配套比例由调用方提供"
            "(本办法仅规定“按上级要求给予一定比例”):10,000,000.00 元(1,000 万元)×50%"
            "=5,000,000.00 元(500 万元)(向下取整到分)。"
        )

    def test_matching_rounds_down_to_the_fen(self) -> None:
        d = matching_funds("1000000.01", on=ON, level="provincial", ratio="1/3")
        assert d.amount("matching") == Decimal("333333.33")

    def test_a_ratio_above_one(self) -> None:
        d = matching_funds(2_000_000, on=ON, level=Level.NATIONAL, ratio=Decimal("1.5"))
        assert d.amount("matching") == Decimal("3000000.00")

    def test_a_center_below_ningbo_level_is_refused(self) -> None:
        d = matching_funds(10_000_000, on=ON, level=Level.CIXI)
        assert d.outcome.code == "refused"
        assert d.amount("matching") == Decimal("0.00")
        assert d.articles == (ART_20_1,)
        assert d.reasons[0].en.endswith(
            "this Center is at Cixi municipal level, and these Measures state no matching for it."
        )

    def test_no_ratio_is_refused_citing_art_20(self) -> None:
        error = raised(
            MissingInputError, lambda: matching_funds(10_000_000, on=ON, level=Level.NINGBO)
        )
        assert str(error) == (
            "ratio: the Measures do not give the proportion of Cixi matching funds ('a certain "
            "proportion'); supply it (Art. 20 第二十条)"
        )

    def test_a_float_ratio_is_refused(self) -> None:
        with pytest.raises(FloatMoneyError) as caught:
            matching_funds(10, on=ON, level=Level.NINGBO, ratio=0.5)  # type: ignore[arg-type]
        assert (caught.value.field, caught.value.articles) == ("ratio", (ART_20_1,))

    def test_a_refusal_dated_after_the_measures_can_be_flagged(self) -> None:
        d = matching_funds(10_000_000, on=date(2029, 12, 25), level=Level.CIXI, force=FLAG)
        assert d.outcome.code == "refused"
        assert d.in_force is False

    def test_a_matching_dated_after_the_measures_can_be_flagged(self) -> None:
        d = matching_funds(
            10_000_000, on=date(2029, 12, 25), level=Level.NINGBO, ratio="1/2", force=FLAG
        )
        assert d.amount("matching") == Decimal("5000000.00")
        assert d.in_force is False

    def test_a_negative_subsidy_is_refused(self) -> None:
        error = raised(
            NegativeAmountError, lambda: matching_funds(-10, on=ON, level=Level.NINGBO, ratio="1")
        )
        assert str(error) == (
            "higher_level_subsidy: -10 is negative; amounts here are ≥ 0 yuan "
            "(Art. 20 ¶1 第二十条第一款)"
        )


class TestEntrustedFees:
    """Art. 20 ¶2: "委托建设管理费用支出最高不超过上级财政补助资金与本级配套资金总和的50%"."""

    def test_the_cap(self) -> None:
        d = entrusted_fee_cap(on=ON, higher_level_subsidy=10_000_000, local_matching=5_000_000)
        assert d.outcome.code == "within_cap"
        assert d.amount("base") == Decimal("15000000.00")
        assert d.amount("cap") == Decimal("7500000.00")
        assert d.amount("fees") == Decimal("0.00")
        assert d.amount("excess") == Decimal("0.00")
        assert d.articles == (ART_20_2,)

    def test_the_cap_rounds_down(self) -> None:
        d = entrusted_fee_cap(on=ON, higher_level_subsidy="0.03", local_matching=0)
        assert d.amount("cap") == Decimal("0.01")

    def test_fees_above_the_cap(self) -> None:
        entries = [
            LedgerEntry(ON, FundUse.RESEARCH_PROJECTS, 5_000_000, entrusted=True),
            LedgerEntry(ON, FundUse.LAB_CONSTRUCTION_OPERATION, 3_000_000, entrusted=True),
            LedgerEntry(ON, FundUse.RESEARCH_EQUIPMENT, 4_000_000),
        ]
        d = entrusted_fee_cap(
            on=ON, higher_level_subsidy=10_000_000, local_matching=5_000_000, entries=entries
        )
        assert d.outcome.code == "exceeds_cap"
        assert d.amount("fees") == Decimal("8000000.00")
        assert d.amount("excess") == Decimal("500000.00")
        assert d.reasons[-1].en == "The entrusted fees exceed the cap by CNY 500,000.00."

    def test_reading_b_counts_lab_fees_only(self) -> None:
        entries = [
            LedgerEntry(ON, FundUse.RESEARCH_PROJECTS, 5_000_000, entrusted=True),
            LedgerEntry(ON, FundUse.LAB_CONSTRUCTION_OPERATION, 3_000_000, entrusted=True),
        ]
        d = entrusted_fee_cap(
            on=ON,
            higher_level_subsidy=10_000_000,
            local_matching=5_000_000,
            entries=entries,
            scope=EntrustedFeeScope.LAB_WORK_FEES_ONLY,
        )
        assert d.outcome.code == "within_cap"
        assert d.amount("fees") == Decimal("3000000.00")
        assert d.reasons[2].en == (
            "Entrusted research-project spending of CNY 5,000,000.00 does not count as fees "
            "under this reading."
        )

    def test_exactly_at_the_cap_is_within(self) -> None:
        entries = [LedgerEntry(ON, "research_projects", "7500000.00", entrusted=True)]
        d = entrusted_fee_cap(
            on=ON, higher_level_subsidy=10_000_000, local_matching=5_000_000, entries=entries
        )
        assert d.outcome.code == "within_cap"

    def test_a_date_after_the_measures_can_be_flagged(self) -> None:
        d = entrusted_fee_cap(
            on=date(2029, 12, 25),
            higher_level_subsidy=10_000_000,
            local_matching=5_000_000,
            force=FLAG,
        )
        assert d.amount("cap") == Decimal("7500000.00")
        assert d.in_force is False

    def test_a_float_higher_level_subsidy_is_refused(self) -> None:
        with pytest.raises(FloatMoneyError) as caught:
            entrusted_fee_cap(on=ON, higher_level_subsidy=1e7, local_matching=5_000_000)  # type: ignore[arg-type]
        assert str(caught.value) == (
            "higher_level_subsidy: 10000000.0 is a float; money must be given as int, str or "
            "Decimal yuan so that it stays exact (Art. 20 ¶2 第二十条第二款)"
        )

    def test_only_research_and_lab_work_may_be_entrusted(self) -> None:
        error = raised(
            InvalidChoiceError, lambda: LedgerEntry(ON, FundUse.OTHER, 1, entrusted=True)
        )
        assert error.field == "entrusted"
        assert error.articles == (ART_20_2,)

    def test_entries_must_be_ledger_entries(self) -> None:
        with pytest.raises(InputError) as caught:
            entrusted_fee_cap(on=ON, higher_level_subsidy=1, local_matching=1, entries=[1])  # type: ignore[list-item]
        assert caught.value.field == "entries[0]"


class TestSeparateLedger:
    """Art. 20 ¶2: "单独设置会计科目进行专账核算,主要用于…"."""

    def ledger(self) -> SeparateLedger:
        return SeparateLedger("5301-TIC", 10_000_000).record(
            LedgerEntry(date(2026, 5, 1), FundUse.RESEARCH_PROJECTS, 3_000_000, entrusted=True),
            LedgerEntry(date(2026, 5, 2), FundUse.TALENT_TEAMS, 1_000_000),
            LedgerEntry(date(2026, 5, 3), FundUse.OTHER, 200_000, "annual conference"),
        )

    def test_the_report_lists_every_use_and_other_uses(self) -> None:
        d = self.ledger().report(on=date(2026, 6, 30))
        assert (d.outcome.code, all_amounts(d)) == (
            "ledger_report",
            {
                "higher_level_funds": "10000000.00",
                "spent": "4200000.00",
                "balance": "5800000.00",
                "use.research_projects": "3000000.00",
                "use.talent_teams": "1000000.00",
                "use.other": "200000.00",
                "entrusted": "3000000.00",
            },
        )
        assert d.reasons[-1].en == (
            "CNY 200,000.00 for 'other uses': the funds are used 'mainly' (主要), not only, for "
            "the named uses, so this is recorded and reported, not refused."
        )
        assert d.articles == (ART_20_2,)

    def test_lab_work_is_reported_as_entrustable_work(self) -> None:
        ledger = SeparateLedger("A", 100).record(
            LedgerEntry(ON, FundUse.LAB_CONSTRUCTION_OPERATION, 10)
        )
        assert "entrustable work" in ledger.report(on=ON).reasons[1].en

    def test_values_are_immutable_and_recording_makes_a_new_ledger(self) -> None:
        empty = SeparateLedger("A", 100)
        fuller = empty.record(LedgerEntry(ON, FundUse.OTHER, 10))
        assert empty.entries == ()
        assert fuller.balance == Decimal("90.00")

    def test_receiving_more_funds(self) -> None:
        assert SeparateLedger("A", 100).receive(50).higher_level_funds == Decimal("150.00")

    def test_a_ledger_needs_its_account(self) -> None:
        assert raised(InputError, lambda: SeparateLedger(" ", 1)).field == "account"

    def test_payments_above_the_funds_are_refused(self) -> None:
        error = raised(
            InputError, lambda: SeparateLedger("A", 100).record(LedgerEntry(ON, FundUse.OTHER, 101))
        )
        assert str(error) == (
            "entries: payments of 101.00 exceed the higher-level funds booked (100.00) "
            "(Art. 20 ¶2 第二十条第二款)"
        )

    def test_the_entrusted_total_follows_the_scope(self) -> None:
        ledger = self.ledger()
        assert ledger.entrusted() == Decimal("3000000.00")
        assert ledger.entrusted(EntrustedFeeScope.LAB_WORK_FEES_ONLY) == Decimal("0.00")

    def test_a_float_entry_is_refused(self) -> None:
        error = raised(FloatMoneyError, lambda: LedgerEntry(ON, FundUse.OTHER, 1.0))
        assert error.field == "amount"

    def test_an_unknown_use_is_refused(self) -> None:
        error = raised(InvalidChoiceError, lambda: LedgerEntry(ON, "travel", 1))
        assert error.field == "use"
