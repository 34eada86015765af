"""Art. 16: the policy subsidy of the chain-leader enterprise during cultivation."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from tests.decided import all_amounts
from tests.raising import raised

from cixi_innovation.law.measures import ForceCheck
from cixi_innovation.rules.consortium_support import (
    PolicySubsidySchedule,
    SubsidyCountReading,
    SubsidyTrigger,
    TriggerClaim,
    TriggerTerms,
    policy_subsidy,
)
from cixi_innovation.values.citations import Citation
from cixi_innovation.values.dates import Period
from cixi_innovation.values.decisions import Decision
from cixi_innovation.values.errors import (
    FloatMoneyError,
    InputError,
    InvalidChoiceError,
    InvalidDateError,
    MissingInputError,
    OutsideForceError,
)

ART_15, ART_16 = (Citation.article(n) for n in (15, 16))
CULTIVATION = Period(date(2025, 7, 1), date(2028, 7, 1))
SCHEDULE = PolicySubsidySchedule(
    iur_cooperation=TriggerTerms.fixed_amount(200000),
    large_test_equipment=TriggerTerms.rate_of_cost("30%", cap=1000000),
    rd_institution_in_high_tier_city=TriggerTerms.rate_of_cost("1/3"),
)
IUR = SubsidyTrigger.IUR_COOPERATION
EQUIPMENT = SubsidyTrigger.LARGE_TEST_EQUIPMENT
RD = SubsidyTrigger.RD_INSTITUTION_IN_HIGH_TIER_CITY


def claim(*items: TriggerClaim, **changes: Any) -> Decision:
    args: dict[str, Any] = {
        "on": date(2026, 6, 1),
        "cultivation": CULTIVATION,
        "by_chain_leader": True,
        "schedule": SCHEDULE,
    }
    args.update(changes)
    return policy_subsidy(items, **args)


class TestGranted:
    """Art. 16: "在联合体培育过程中,对于链主型企业…给予一定的政策补助"."""

    def test_a_fixed_amount(self) -> None:
        d = claim(TriggerClaim(IUR))
        assert d.outcome.code == "granted"
        assert all_amounts(d) == {
            "iur_cooperation": "200000.00",
            "granted": "200000.00",
        }
        assert d.articles == (ART_15, ART_16)
        assert [r.en for r in d.reasons] == [
            "The chain-leader enterprise claims in the course of cultivation (2025-07-01 to "
            "2028-06-30).",
            "Trigger 'industry–university–research cooperation with universities or research "
            "institutes': CNY 200,000.00 under the caller's schedule (the Measures give no "
            "amount).",
        ]
        assert d.reasons[1].zh == (
            "情形“链主型企业与高校、科研院所开展产学研合作”:按调用方提供的补助标准(本办法未规定金额)"
            "给予200,000.00 元(20 万元)。"
        )

    def test_a_rate_with_a_cap(self) -> None:
        d = claim(TriggerClaim(EQUIPMENT, eligible_cost=5000000))
        assert d.amount("granted") == Decimal("1000000.00")

    def test_a_rate_below_the_cap(self) -> None:
        d = claim(TriggerClaim(EQUIPMENT, eligible_cost="1234567.89"))
        assert d.amount("granted") == Decimal("370370.36")

    def test_a_rate_rounds_down_to_the_fen(self) -> None:
        d = claim(TriggerClaim(RD, eligible_cost=1000000))
        assert d.amount("granted") == Decimal("333333.33")

    def test_one_subsidy_per_trigger_adds_up(self) -> None:
        d = claim(TriggerClaim(IUR), TriggerClaim(EQUIPMENT, eligible_cost=1000000))
        assert d.amount("iur_cooperation") == Decimal("200000.00")
        assert d.amount("large_test_equipment") == Decimal("300000.00")
        assert d.amount("granted") == Decimal("500000.00")

    def test_one_subsidy_per_claim_takes_the_highest(self) -> None:
        d = claim(
            TriggerClaim(IUR),
            TriggerClaim(EQUIPMENT, eligible_cost=1000000),
            reading=SubsidyCountReading.ONE_PER_CLAIM,
        )
        assert d.amount("iur_cooperation") == Decimal("0.00")
        assert d.amount("large_test_equipment") == Decimal("300000.00")
        assert d.amount("granted") == Decimal("300000.00")
        assert d.reasons[1].en == (
            "Under the one-subsidy-per-claim reading, of the 2 triggers met the highest, "
            "'purchase of large instruments and equipment for testing and inspection', is "
            "granted."
        )

    def test_one_per_claim_tie_goes_to_the_first_listed(self) -> None:
        d = claim(
            TriggerClaim(EQUIPMENT, eligible_cost="666666.67"),
            TriggerClaim(IUR),
            reading="one_per_claim",
        )
        assert d.amount("large_test_equipment") == Decimal("200000.00")
        assert d.amount("iur_cooperation") == Decimal("0.00")

    def test_the_last_day_of_cultivation_qualifies(self) -> None:
        d = claim(TriggerClaim(IUR), on=date(2028, 6, 30))
        assert d.outcome.code == "granted"

    def test_a_claim_before_a_later_revocation(self) -> None:
        d = claim(TriggerClaim(IUR), revoked_on=date(2026, 6, 2))
        assert d.outcome.code == "granted"


class TestRefused:
    """Refusals are decisions, with every failed condition as a reason."""

    def test_not_the_chain_leader(self) -> None:
        d = claim(TriggerClaim(IUR), by_chain_leader=False)
        assert d.outcome.code == "refused"
        assert all_amounts(d) == {"granted": "0.00"}
        assert d.articles == (ART_16,)

    def test_after_cultivation(self) -> None:
        d = claim(TriggerClaim(IUR), on=date(2028, 7, 1))
        assert d.outcome.code == "refused"
        assert d.reasons[0].en == (
            "The cultivation cycle ended on 2028-06-30; the claim date 2028-07-01 is not in the "
            "course of cultivation."
        )
        assert d.articles == (ART_15, ART_16)

    def test_before_cultivation(self) -> None:
        d = claim(TriggerClaim(IUR), on=date(2025, 6, 30))
        assert (
            d.reasons[0].zh == "申请日2025-06-30早于培育周期开始日2025-07-01,不在联合体培育过程中。"
        )

    @pytest.mark.parametrize(
        "revoked_on",
        [
            pytest.param(date(2026, 6, 1), id="after-revocation"),
            pytest.param(date(2025, 7, 1), id="revoked-on-the-first-day-of-cultivation"),
        ],
    )
    def test_a_claim_after_revocation_is_refused(self, revoked_on: date) -> None:
        d = claim(TriggerClaim(IUR), revoked_on=revoked_on)
        assert d.outcome.code == "refused"
        assert [r.en for r in d.reasons] == [
            "The chain-leader enterprise's cultivation qualification was revoked on "
            f"{revoked_on}; it is no longer in the course of cultivation."
        ]

    def test_every_failed_condition_is_listed(self) -> None:
        d = claim(
            TriggerClaim(IUR),
            on=date(2028, 8, 1),
            by_chain_leader=False,
            revoked_on=date(2027, 1, 1),
        )
        assert len(d.reasons) == 3

    def test_a_refusal_needs_no_schedule(self) -> None:
        d = claim(TriggerClaim(IUR), by_chain_leader=False, schedule=None)
        assert d.outcome.code == "refused"

    def test_a_refusal_dated_after_the_measures_can_be_flagged(self) -> None:
        d = claim(
            TriggerClaim(IUR),
            on=date(2029, 12, 25),
            cultivation=Period(date(2028, 7, 1), date(2031, 7, 1)),
            by_chain_leader=False,
            force=ForceCheck.FLAG,
        )
        assert d.outcome.code == "refused"
        assert d.in_force is False


class TestInputs:
    def test_no_schedule_is_refused_citing_art_16(self) -> None:
        assert str(raised(MissingInputError, lambda: claim(TriggerClaim(IUR), schedule=None))) == (
            "schedule: the Measures do not give the amounts of the Consortium policy subsidy "
            "('a certain policy subsidy'); supply it (Art. 16 第十六条)"
        )

    def test_a_trigger_missing_from_the_schedule(self) -> None:
        error = raised(
            MissingInputError, lambda: claim(TriggerClaim(IUR), schedule=PolicySubsidySchedule())
        )
        assert str(error) == (
            "schedule.iur_cooperation: the schedule gives no amount for industry–university–"
            "research cooperation with universities or research institutes; the Measures give "
            "none ('一定的政策补助'), supply it (Art. 16 第十六条)"
        )

    def test_a_rate_needs_the_eligible_cost(self) -> None:
        error = raised(MissingInputError, lambda: claim(TriggerClaim(EQUIPMENT)))
        assert error.field == "claims[0].eligible_cost"
        assert error.articles == (ART_16,)

    def test_a_float_cost_is_refused(self) -> None:
        error = raised(FloatMoneyError, lambda: TriggerClaim(EQUIPMENT, eligible_cost=1e6))
        assert error.field == "eligible_cost"

    def test_a_float_amount_in_the_schedule_is_refused(self) -> None:
        with pytest.raises(FloatMoneyError):
            TriggerTerms.fixed_amount(1.5)  # type: ignore[arg-type]

    def test_terms_are_one_form(self) -> None:
        with pytest.raises(InputError):
            TriggerTerms()
        with pytest.raises(InputError):
            TriggerTerms(amount=1, cap=2)

    def test_schedule_values_are_terms(self) -> None:
        error = raised(InputError, lambda: PolicySubsidySchedule(iur_cooperation=100))
        assert error.field == "schedule"

    def test_no_trigger(self) -> None:
        error = raised(InputError, lambda: claim())
        assert error.field == "claims"

    def test_a_trigger_twice(self) -> None:
        error = raised(InputError, lambda: claim(TriggerClaim(IUR), TriggerClaim(IUR)))
        assert error.field == "claims[1].trigger"

    def test_an_unknown_trigger(self) -> None:
        with pytest.raises(InvalidChoiceError):
            TriggerClaim("patents")

    def test_the_chain_leader_fact_is_true_or_false(self) -> None:
        error = raised(InputError, lambda: claim(TriggerClaim(IUR), by_chain_leader="yes"))
        assert str(error) == "by_chain_leader: 'yes' is not True or False (Art. 16 第十六条)"

    def test_an_unknown_reading_names_the_article(self) -> None:
        error = raised(InvalidChoiceError, lambda: claim(TriggerClaim(IUR), reading="one_per_year"))
        assert error.field == "reading"
        assert error.articles == (ART_16,)

    def test_a_revocation_before_cultivation(self) -> None:
        error = raised(InputError, lambda: claim(TriggerClaim(IUR), revoked_on=date(2025, 1, 1)))
        assert str(error) == (
            "revoked_on: the revocation (2025-01-01) is before cultivation starts (2025-07-01) "
            "(Art. 15 第十五条)"
        )

    def test_a_revocation_date_must_be_a_date(self) -> None:
        error = raised(InvalidDateError, lambda: claim(TriggerClaim(IUR), revoked_on="2026-13-01"))
        assert str(error) == (
            "revoked_on: '2026-13-01' is not a date (YYYY-MM-DD) (Art. 15 第十五条)"
        )

    def test_cultivation_must_be_a_period(self) -> None:
        error = raised(
            InputError,
            lambda: claim(TriggerClaim(IUR), cultivation=(date(2025, 7, 1), date(2028, 7, 1))),
        )
        assert str(error) == (
            "cultivation: (datetime.date(2025, 7, 1), datetime.date(2028, 7, 1)) is not a Period "
            "(Art. 15 第十五条)"
        )

    def test_a_claim_item_must_be_a_trigger_claim(self) -> None:
        with pytest.raises(InputError) as caught:
            policy_subsidy(
                ["iur_cooperation"],  # type: ignore[list-item]
                on=date(2026, 6, 1),
                cultivation=CULTIVATION,
                by_chain_leader=True,
            )
        assert caught.value.field == "claims[0]"

    def test_outside_the_measures(self) -> None:
        with pytest.raises(OutsideForceError):
            claim(TriggerClaim(IUR), on=date(2030, 1, 1))
