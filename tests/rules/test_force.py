"""Art. 24 honoured by every rule: the caller's Measures, their readings and the force check."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from tests.raising import raised

from cixi_innovation.law.measures import (
    MEASURES,
    EffectiveDateReading,
    ForceCheck,
    ValidityReading,
)
from cixi_innovation.law.parameters import PARAMETERS
from cixi_innovation.rules.center_funds import (
    SeparateLedger,
    entrusted_fee_cap,
    matching_funds,
)
from cixi_innovation.rules.consortium_support import (
    PolicySubsidySchedule,
    SubsidyTrigger,
    TriggerClaim,
    TriggerTerms,
    policy_subsidy,
)
from cixi_innovation.rules.evaluations import Assessment, AssessmentKind, consequence
from cixi_innovation.rules.overlap import Candidate, PolicySource, resolve_overlap
from cixi_innovation.rules.subsidy import operating_subsidy
from cixi_innovation.rules.subsidy_expenses import remuneration_cap, review_expenses
from cixi_innovation.rules.subsidy_settlement import (
    FULL_IF_QUALIFIED_NONE_IF_UNQUALIFIED,
    AdvanceRule,
    advance_payment,
    settle_operating_subsidy,
)
from cixi_innovation.values.assessments import AssessmentResult
from cixi_innovation.values.dates import Period
from cixi_innovation.values.decisions import Decision
from cixi_innovation.values.errors import InvalidChoiceError, OutsideForceError

#: The first day of force under the default reading, the day before it under reading B.
DAY = date(2024, 12, 25)
STRICT = MEASURES.with_readings(effective=EffectiveDateReading.STRICT_AFTER)

Rule = Callable[..., Decision]

#: Every rule function (and the ledger's report), called on ``DAY`` with valid inputs.
RULES: dict[str, Rule] = {
    "operating_subsidy": lambda **kw: operating_subsidy(100000, on=DAY, **kw),
    "remuneration_cap": lambda **kw: remuneration_cap(on=DAY, granted=500000, **kw),
    "review_expenses": lambda **kw: review_expenses((), on=DAY, granted=500000, **kw),
    "advance_payment": lambda **kw: advance_payment(
        2024, on=DAY, granted=500000, rule=AdvanceRule.share_of_grant("1/2"), **kw
    ),
    "settle_operating_subsidy": lambda **kw: settle_operating_subsidy(
        2023,
        on=DAY,
        granted=500000,
        advanced=0,
        result=AssessmentResult.QUALIFIED,
        expenses=(),
        link=FULL_IF_QUALIFIED_NONE_IF_UNQUALIFIED,
        **kw,
    ),
    "policy_subsidy": lambda **kw: policy_subsidy(
        [TriggerClaim(SubsidyTrigger.IUR_COOPERATION)],
        on=DAY,
        cultivation=Period(date(2024, 12, 1), date(2027, 12, 1)),
        by_chain_leader=True,
        schedule=PolicySubsidySchedule(iur_cooperation=TriggerTerms.fixed_amount(200000)),
        **kw,
    ),
    "matching_funds": lambda **kw: matching_funds(5000000, on=DAY, level="ningbo", ratio=1, **kw),
    "entrusted_fee_cap": lambda **kw: entrusted_fee_cap(
        on=DAY, higher_level_subsidy=5000000, local_matching=5000000, **kw
    ),
    "separate_ledger.report": lambda **kw: SeparateLedger("TIC", 100).report(on=DAY, **kw),
    "resolve_overlap": lambda **kw: resolve_overlap(
        [Candidate(PolicySource.THESE_MEASURES, "Art. 16", "lab", 1)], on=DAY, **kw
    ),
    "consequence": lambda **kw: consequence(
        Assessment(AssessmentKind.COMPLEX_ANNUAL_CHECK, DAY, AssessmentResult.QUALIFIED), **kw
    ),
}


@pytest.mark.parametrize("name", RULES)
def test_every_rule_checks_the_force_of_the_callers_measures(name: str) -> None:
    rule = RULES[name]
    assert rule().in_force is True
    assert rule(measures=MEASURES).in_force is True
    # reading B: in force from 2024-12-26, so 2024-12-25 is outside
    assert rule(measures=STRICT, force="flag").in_force is False
    assert rule(measures=STRICT, force=ForceCheck.FLAG).in_force is False
    error = raised(OutsideForceError, lambda: rule(measures=STRICT))
    assert error.field == "on"


@pytest.mark.parametrize("name", RULES)
@pytest.mark.parametrize("force", [None, "bogus", 0, "FLAGGED"])
def test_every_rule_refuses_an_unknown_force_check(name: str, force: Any) -> None:
    error = raised(InvalidChoiceError, lambda: RULES[name](force=force))
    assert error.field == "force"
    assert str(error).endswith(
        "is not a force check; choose one of: refuse, flag (Art. 24 第二十四条)"
    )


def test_the_documented_codes_of_force_are_converted_exactly() -> None:
    outside = date(2030, 1, 1)
    assert operating_subsidy(100000, on=outside, force="flag").in_force is False
    with pytest.raises(OutsideForceError):
        operating_subsidy(100000, on=outside, force="refuse")


def test_the_strict_reading_flags_the_fast_path_case() -> None:
    # issue 14 item 9: this was in force whatever the Measures
    d = operating_subsidy(100000, on=DAY, measures=STRICT, force="flag")
    assert (d.in_force, d.outcome.code, str(d.amount("granted"))) == (False, "granted", "100000.00")


class TestArt24NumbersComeFromParameters:
    """The 30 days and five years have one source: ``Parameters``."""

    def test_the_default_numbers(self) -> None:
        assert MEASURES.parameters is PARAMETERS
        assert (MEASURES.effective_after_days, MEASURES.validity_years) == (30, 5)

    def test_sixty_days_under_the_default_counting_reading(self) -> None:
        # 2024-11-25 + 60 days: 5 days to 30 Nov, 31 to 31 Dec, 24 to 24 Jan
        m = MEASURES.with_parameters(PARAMETERS.replace(effective_after_days=60))
        assert m.effective_date == date(2025, 1, 24)
        # five years from the effective date, half-open
        assert m.last_day_in_force == date(2030, 1, 23)
        strict = m.with_readings(effective="strict_after")
        assert strict.effective_date == date(2025, 1, 25)

    @pytest.mark.parametrize(
        ("reading", "last_day"),
        [
            # [2024-12-25, 2034-12-25): the last day is 2034-12-24
            (ValidityReading.HALF_OPEN_FROM_EFFECTIVE, date(2034, 12, 24)),
            # Civil Code Art. 201-202: ends on the corresponding date
            (ValidityReading.CIVIL_CODE_YEARS, date(2034, 12, 25)),
            # ten years from the publication date 2024-11-25, half-open
            (ValidityReading.FROM_PUBLICATION, date(2034, 11, 24)),
        ],
    )
    def test_ten_years_under_each_validity_reading(
        self, reading: ValidityReading, last_day: date
    ) -> None:
        m = MEASURES.with_parameters(PARAMETERS.replace(validity_years=10))
        m = m.with_readings(validity=reading)
        assert m.effective_date == date(2024, 12, 25)
        assert m.last_day_in_force == last_day

    def test_a_rule_counts_with_the_numbers_of_its_measures(self) -> None:
        later = MEASURES.with_parameters(PARAMETERS.replace(effective_after_days=60))
        assert (
            operating_subsidy(1, on=date(2025, 1, 23), measures=later, force="flag").in_force
            is False
        )
        assert operating_subsidy(1, on=date(2025, 1, 24), measures=later).in_force is True

    def test_readings_are_given_as_codes_or_members(self) -> None:
        assert MEASURES.with_readings(validity="civil_code_years") == MEASURES.with_readings(
            validity=ValidityReading.CIVIL_CODE_YEARS
        )
        error = raised(InvalidChoiceError, lambda: MEASURES.with_readings(base="today"))
        assert error.field == "base"


class TestInForce:
    def test_an_iso_date_string_is_accepted(self) -> None:
        assert MEASURES.in_force("2026-01-01") is True
        assert MEASURES.in_force("2030-01-01") is False
