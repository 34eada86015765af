# The cases are lambdas whose default arguments bind the loop variables; mypy cannot
# infer the type of such a lambda ("misc"), which is all this comment turns off.
# mypy: disable-error-code="misc"
"""Every rule's answer to a catalogue of cases, as reviewed: amounts, outcome and reasons.

The rules of Art. 9-11, 16, 20, 22-23 and the Measures' dates (Art. 24) are called on a
catalogue of inputs chosen to reach every branch and every boundary (the cap exactly, a
fen above and below it, the first and last day in force and the day after ...).  Each
answer is kept whole -- the decision with its amounts, its outcome and every reason in
Chinese and English with its citations, or the error with its type, field, message and
articles -- and compared with the reviewed copy in ``golden/rules.json``.  A rule that
starts to answer differently (a wrong amount, a missing reason, a wrong citation, a
lost refusal) fails here with the case's name.

After an intended change, rewrite the copy and review the diff::

    CIXI_UPDATE_GOLDEN=1 python -m pytest tests/reliability/test_golden_rules.py
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from decimal import Decimal
from fractions import Fraction
from typing import Any

import attrs
import pytest
from tests.reliability.reviewed import check_golden, plain

from cixi_innovation import (
    MEASURES,
    PARAMETERS,
    SETTLEMENT_LINKS,
    AdvanceRule,
    AnnualPlan,
    Assessment,
    AssessmentKind,
    AssessmentResult,
    Candidate,
    CarryOverReading,
    ChainLeaderFindings,
    CixiError,
    ConditionFinding,
    CoreIndicators,
    EffectiveDateReading,
    EntrustedFeeScope,
    Expense,
    ExpenseCategory,
    ForceCheck,
    FundUse,
    HostUnit,
    HostVehicleReading,
    Indicator,
    InnovationVehicle,
    InspectionFinding,
    LedgerEntry,
    LegalEntityEstablishment,
    Level,
    MatchingReading,
    PerformanceGrade,
    Period,
    PolicySubsidySchedule,
    PublicationBaseReading,
    RemunerationBase,
    ResultShares,
    SeparateLedger,
    SubsidyCountReading,
    SubsidyTrigger,
    ThresholdScorer,
    TriggerClaim,
    TriggerTerms,
    ValidityReading,
    VehicleKind,
    advance_payment,
    assess,
    consequence,
    consequences_of,
    entrusted_fee_cap,
    matching_funds,
    operating_subsidy,
    overlap_groups,
    policy_subsidy,
    remuneration_cap,
    review_expenses,
    settle_operating_subsidy,
)
from cixi_innovation.rules.overlap import resolve_overlap as resolve

Case = Callable[[], object]

ON = date(2026, 3, 1)
#: The first and last days in force, the days around them (Art. 24).
EDGES = {
    "before": date(2024, 12, 24),
    "first": date(2024, 12, 25),
    "last": date(2029, 12, 24),
    "after": date(2029, 12, 25),
}


def answer(case: Case) -> object:
    """What a case gives: its value as plain data, or the library's error in full."""
    try:
        return plain(case())
    except CixiError as error:
        return {"error": type(error).__name__, "field": error.field, "str": str(error)}


# --- Art. 10-11: the operating subsidy -------------------------------------------------


def _expense(amount: Any, category: str | None = None, **kw: Any) -> Expense:
    cat = None if category is None else ExpenseCategory.parse(category)
    return Expense(amount, cat, **kw)


STAFF = _expense(100000, "staff_remuneration", full_time_daily_staff=True)
RENT = _expense(50000, "rent_utilities_property")
EXPENSES = [STAFF, RENT, _expense(20000, "exchange_cooperation")]


def settle(name: str, **changes: Any) -> tuple[str, Case]:
    """A settlement of 2025 on 2026-03-01: CNY 1 granted, none advanced, qualified, no expenses.

    ``changes`` replace or add the keyword arguments of the call.
    """
    facts: dict[str, Any] = {
        "on": date(2026, 3, 1),
        "granted": 1,
        "advanced": 0,
        "result": "qualified",
        "expenses": [],
    }
    return f"settle/{name}", lambda: settle_operating_subsidy(2025, **(facts | changes))


def subsidy_cases() -> Iterator[tuple[str, Case]]:
    for requested in [0, "0.01", "499999.99", 500000, "500000.01", 600000, "1e6", -1, 1.5, "x"]:
        yield (
            f"operating_subsidy/requested={requested}",
            lambda r=requested: operating_subsidy(r, on=ON),
        )
    for edge, day in EDGES.items():
        for force in ForceCheck:
            yield (
                f"operating_subsidy/on={edge}/{force.code}",
                lambda d=day, f=force: operating_subsidy(500000, on=d, force=f),
            )
    yield "operating_subsidy/on=iso-text", lambda: operating_subsidy(1, on="2026-03-01")  # type: ignore[arg-type]
    funds = [(0, 0), (100000, 0), (0, 50000), (450000, 100000), (600000, 0)]
    for reading in CarryOverReading:
        for carried, in_year in funds:
            for requested in [300000, 500000, 600000]:
                yield (
                    f"operating_subsidy/ningbo/{reading.code}/carried={carried}"
                    f"/in_year={in_year}/requested={requested}",
                    lambda rd=reading, c=carried, y=in_year, r=requested: operating_subsidy(
                        r,
                        on=ON,
                        level=Level.NINGBO,
                        carried_over=c,
                        higher_level_in_year=y,
                        reading=rd,
                    ),
                )
        named: list[Level | str] = [Level.CIXI, Level.PROVINCIAL, Level.NATIONAL, "ningbo"]
        for level in named:
            for carried, in_year in [(0, 0), (100000, 50000)]:
                code = f"str:{level}" if isinstance(level, str) else level.code
                yield (
                    f"operating_subsidy/{code}/{reading.code}/carried={carried}/in_year={in_year}",
                    lambda lv=level, rd=reading, c=carried, y=in_year: operating_subsidy(
                        500000, on=ON, level=lv, carried_over=c, higher_level_in_year=y, reading=rd
                    ),
                )
    yield "operating_subsidy/level=unknown", lambda: operating_subsidy(1, on=ON, level="county")
    yield (
        "operating_subsidy/reading=unknown",
        lambda: operating_subsidy(1, on=ON, reading="reading_d"),
    )
    yield (
        "operating_subsidy/reading=unknown/with-funds",
        lambda: operating_subsidy(1, on=ON, level="ningbo", carried_over=1, reading="reading_d"),
    )
    yield (
        "operating_subsidy/level=unknown/with-funds",
        lambda: operating_subsidy(1, on=ON, level="county", carried_over=1),
    )
    yield "operating_subsidy/carried=-1", lambda: operating_subsidy(1, on=ON, carried_over=-1)
    yield (
        "operating_subsidy/in_year=bad",
        lambda: operating_subsidy(1, on=ON, level="national", higher_level_in_year="x"),
    )
    yield (
        "operating_subsidy/cap=600000",
        lambda: operating_subsidy(
            550000, on=ON, parameters=PARAMETERS.replace(operating_subsidy_cap=600000)
        ),
    )
    yield (
        "operating_subsidy/cap=600000/with-funds",
        lambda: operating_subsidy(
            650000,
            on=ON,
            level="ningbo",
            carried_over=1000,
            parameters=PARAMETERS.replace(operating_subsidy_cap=600000),
        ),
    )
    yield "operating_subsidy/subject", lambda: operating_subsidy(1, on=ON, subject="CX-01")
    yield (
        "operating_subsidy/with-funds/outside-force-flagged",
        lambda: operating_subsidy(
            1, on=EDGES["after"], level="ningbo", carried_over=5, force=ForceCheck.FLAG
        ),
    )

    # the readings needing neither settled nor carried-over amounts (tests/rules covers those)
    for base in (
        RemunerationBase.GRANTED_SUBSIDY,
        RemunerationBase.ADVANCED_AMOUNT,
        RemunerationBase.ANNUAL_CAP,
    ):
        for granted, advanced in [
            (None, None),
            ("300000", None),
            (None, "150000"),
            (500000, 200000),
        ]:
            yield (
                f"remuneration_cap/{base.code}/granted={granted}/advanced={advanced}",
                lambda b=base, g=granted, a=advanced: remuneration_cap(
                    on=ON, granted=g, advanced=a, base=b
                ),
            )
    yield "remuneration_cap/base=unknown", lambda: remuneration_cap(on=ON, base="x")
    yield (
        "remuneration_cap/share=1/2",
        lambda: remuneration_cap(
            on=ON, granted="100000.01", parameters=PARAMETERS.replace(remuneration_cap_share="1/2")
        ),
    )
    yield "remuneration_cap/granted=-1", lambda: remuneration_cap(on=ON, granted=-1)
    yield (
        "remuneration_cap/advanced=x",
        lambda: remuneration_cap(on=ON, advanced="x", base="advanced_amount"),
    )
    yield "remuneration_cap/on=before", lambda: remuneration_cap(on=EDGES["before"], granted=3)

    expense_sets: dict[str, list[Expense]] = {
        "none": [],
        "typical": EXPENSES,
        "each-category": [
            _expense(1000, c.code, full_time_daily_staff=True)
            if c is ExpenseCategory.STAFF_REMUNERATION
            else _expense(1000, c.code)
            for c in ExpenseCategory
        ],
        "part-time-staff": [_expense(30000, "staff_remuneration", full_time_daily_staff=False)],
        "uncategorised": [_expense(8000, description="购置无人机")],
        "salary-at-limit": [
            _expense("100000.00", "staff_remuneration", full_time_daily_staff=True)
        ],
        "salary-a-fen-over": [
            _expense("100000.01", "staff_remuneration", full_time_daily_staff=True)
        ],
        "salary-split": [
            _expense(60000, "staff_remuneration", full_time_daily_staff=True),
            _expense(60000, "staff_remuneration", full_time_daily_staff=True, description="二"),
            _expense(10000, "staff_remuneration", full_time_daily_staff=False),
        ],
        "zero-amount": [_expense(0, "other_daily_office")],
        "two-part-time": [
            _expense(30000, "staff_remuneration", full_time_daily_staff=False),
            _expense(20000, "staff_remuneration", full_time_daily_staff=False, description="兼职"),
            RENT,
        ],
        "two-other-office": [
            _expense(700, "other_daily_office"),
            _expense(800, "other_daily_office", description="打印耗材"),
        ],
        "two-uncategorised": [
            _expense(8000, description="购置无人机"),
            _expense(9000, description="差旅费"),
            RENT,
        ],
    }
    for name, expenses in expense_sets.items():
        bases: list[tuple[int | None, int | None, str]] = [
            (300000, None, "granted_subsidy"),
            (None, 240000, "advanced_amount"),
            (None, None, "annual_cap"),
            (None, None, "granted_subsidy"),
        ]
        for granted, advanced, base_code in bases:
            yield (
                f"review_expenses/{name}/{base_code}/granted={granted}/advanced={advanced}",
                lambda e=expenses, g=granted, a=advanced, b=base_code: review_expenses(
                    e, on=ON, granted=g, advanced=a, base=b
                ),
            )
    yield "review_expenses/not-an-expense", lambda: review_expenses([1], on=ON, granted=1)  # type: ignore[list-item]

    expense_args: list[dict[str, Any]] = [
        {"amount": 1},
        {"amount": "1.001"},
        {"amount": 1, "category": "staff_remuneration"},
        {"amount": 1, "category": "rent_utilities_property", "full_time_daily_staff": True},
        {"amount": 1, "description": "  "},
        {"amount": 1, "category": "travel"},
        {"amount": -5, "category": "other_daily_office"},
    ]
    for args in expense_args:
        yield f"Expense/{sorted(args.items())}", lambda a=args: _expense(**a)
    finding_args: list[dict[str, Any]] = [
        {"item": "展厅", "amount": 100},
        {"item": " ", "amount": 100},
        {"item": "展厅", "amount": -1},
        {"item": "展厅", "amount": "x", "note": "n"},
    ]
    for args in finding_args:
        yield f"InspectionFinding/{sorted(args.items())}", lambda a=args: InspectionFinding(**a)

    rules: list[dict[str, Any]] = [
        {"fixed": 200000},
        {"share": "1/2"},
        {"share": "60%"},
        {"fixed": 600000},
        {"share": "3/2"},
        {},
        {"fixed": 1, "share": "1/2"},
        {"fixed": -1},
        {"share": "x"},
    ]
    grants: list[int | str] = [500000, "333333.33", 0]
    for rule_args in rules:
        for granted in grants:
            yield (
                f"advance_payment/{sorted(rule_args.items())}/granted={granted}",
                lambda r=rule_args, g=granted: advance_payment(
                    2026, on=date(2026, 1, 15), granted=g, rule=AdvanceRule(**r)
                ),
            )
    yield (
        "AdvanceRule.render",
        lambda: [
            AdvanceRule(fixed=1).render("zh"),
            AdvanceRule(fixed=1).render("en"),
            AdvanceRule(share="1/3").render("zh"),
            AdvanceRule(share="1/3").render("en"),
        ],
    )
    yield "advance_payment/rule=None", lambda: advance_payment(2026, on=ON, granted=1)
    yield (
        "advance_payment/granted=x",
        lambda: advance_payment(2026, on=ON, granted="x", rule=AdvanceRule(fixed=1)),
    )
    yield (
        "advance_payment/fixed=granted",
        lambda: advance_payment(2026, on=ON, granted=300000, rule=AdvanceRule(fixed=300000)),
    )
    yield (
        "AdvanceRule.render/default",
        lambda: [
            AdvanceRule(fixed=1).render(),
            AdvanceRule(share="1/3").render(),
        ],
    )
    yield (
        "advance_payment/dated-the-year-before",
        lambda: advance_payment(2026, on=date(2025, 12, 30), granted=1, rule=AdvanceRule(fixed=1)),
    )
    yield (
        "advance_payment/dated-the-year-after",
        lambda: advance_payment(2026, on=date(2027, 1, 2), granted=1, rule=AdvanceRule(fixed=1)),
    )
    yield (
        "advance_payment/year=bool",
        lambda: advance_payment(True, on=ON, granted=1, rule=AdvanceRule(fixed=1)),
    )
    yield (
        "advance_payment/granted-above-cap",
        lambda: advance_payment(2026, on=ON, granted=500001, rule=AdvanceRule(fixed=1)),
    )

    links = [None, *SETTLEMENT_LINKS.values(), ResultShares("1", "1/2"), ResultShares("9/10", 0)]
    for link in links:
        link_name = "none" if link is None else getattr(getattr(link, "label", None), "code", None)
        link_name = link_name or f"shares={link.qualified},{link.unqualified}"  # type: ignore[union-attr]
        for result in AssessmentResult:
            finding = (InspectionFinding("展厅", 20000, "超范围"),)
            for advanced, findings in [(0, ()), (250000, ()), (500000, ()), (250000, finding)]:
                yield (
                    f"settle/{link_name}/{result.code}/advanced={advanced}"
                    f"/findings={len(findings)}",
                    lambda lk=link, r=result, a=advanced, f=findings: settle_operating_subsidy(
                        2025,
                        on=date(2026, 3, 15),
                        granted=500000,
                        advanced=a,
                        result=r,
                        expenses=EXPENSES,
                        findings=f,
                        link=lk,
                    ),
                )
    full = SETTLEMENT_LINKS["full_if_qualified_none_if_unqualified"]
    yield settle(
        "finding-beyond-expenses",
        on=date(2026, 3, 15),
        granted=100000,
        advanced=100000,
        expenses=[RENT],
        findings=[InspectionFinding("租金", 60000)],
        link=SETTLEMENT_LINKS["pro_rata_by_eligible_spending"],
    )
    yield settle("dated-in-the-year-settled", on=date(2025, 12, 31), link=full)
    yield settle("advanced-above-granted", advanced=2, link=full)
    yield settle("result=unknown", result="good")
    yield settle("findings-not-findings", findings=["x"], link=full)
    yield settle("granted=-1", granted=-1, link=full)
    for shares in [("1", "0"), ("2", "0"), ("1/2", "1"), ("x", "0"), ("1", "x"), ("1", "3/2")]:
        yield f"ResultShares/{shares}", lambda s=shares: ResultShares(*s)


# --- Art. 16: the Consortium's policy subsidy ------------------------------------------

CULTIVATION = Period(date(2025, 7, 1), date(2028, 7, 1))
SCHEDULE = PolicySubsidySchedule(
    iur_cooperation=TriggerTerms.fixed_amount(200000),
    large_test_equipment=TriggerTerms.rate_of_cost("30%", cap=1000000),
    rd_institution_in_high_tier_city=TriggerTerms.rate_of_cost("1/10"),
)


def consortium_cases() -> Iterator[tuple[str, Case]]:
    claims = {
        "iur": [TriggerClaim(SubsidyTrigger.IUR_COOPERATION, description="与宁波大学合作")],
        "equipment": [TriggerClaim(SubsidyTrigger.LARGE_TEST_EQUIPMENT, Decimal("2000000.00"))],
        "equipment-capped": [
            TriggerClaim(SubsidyTrigger.LARGE_TEST_EQUIPMENT, Decimal("5000000.00"))
        ],
        "equipment-at-cap": [
            TriggerClaim(SubsidyTrigger.LARGE_TEST_EQUIPMENT, Decimal("3333333.34"))
        ],
        "equipment-no-cost": [TriggerClaim(SubsidyTrigger.LARGE_TEST_EQUIPMENT)],
        "institution": [
            TriggerClaim(SubsidyTrigger.RD_INSTITUTION_IN_HIGH_TIER_CITY, Decimal("1234567.89"))
        ],
        "all-three": [
            TriggerClaim(SubsidyTrigger.IUR_COOPERATION),
            TriggerClaim(SubsidyTrigger.LARGE_TEST_EQUIPMENT, Decimal("100.00")),
            TriggerClaim(SubsidyTrigger.RD_INSTITUTION_IN_HIGH_TIER_CITY, Decimal("100.00")),
        ],
        "twice-the-same": [
            TriggerClaim(SubsidyTrigger.IUR_COOPERATION, description="一"),
            TriggerClaim(SubsidyTrigger.IUR_COOPERATION, description="二"),
        ],
        "none": [],
    }
    given: dict[str, Any] = {
        "on": ON,
        "cultivation": CULTIVATION,
        "by_chain_leader": True,
        "schedule": SCHEDULE,
    }
    for name, claim_list in claims.items():
        for reading in SubsidyCountReading:
            yield (
                f"policy_subsidy/{name}/{reading.code}",
                lambda c=claim_list, r=reading: policy_subsidy(c, **given, reading=r),
            )
    iur = claims["iur"]
    for label, kwargs in {
        "not-by-chain-leader": {"by_chain_leader": False},
        "no-schedule": {"schedule": None},
        "schedule-without-trigger": {"schedule": PolicySubsidySchedule()},
        "revoked-before": {"revoked_on": date(2026, 1, 1)},
        "revoked-on-the-day": {"revoked_on": ON},
        "revoked-after": {"revoked_on": date(2026, 6, 1)},
        "before-cultivation": {"on": date(2025, 6, 30)},
        "first-day-of-cultivation": {"on": date(2025, 7, 1)},
        "last-day-of-cultivation": {"on": date(2028, 6, 30)},
        "after-cultivation": {"on": date(2028, 7, 1)},
        "reading-unknown": {"reading": "one_per_year"},
        "subject": {"subject": "LH-01"},
        "outside-force-flagged": {
            "on": date(2030, 1, 1),
            "cultivation": Period(date(2028, 1, 1), date(2031, 1, 1)),
            "force": ForceCheck.FLAG,
        },
    }.items():
        call: dict[str, Any] = given | kwargs  # type: ignore[operator]
        yield f"policy_subsidy/{label}", lambda c=call: policy_subsidy(iur, **c)
    yield (
        "policy_subsidy/not-a-claim",
        lambda: policy_subsidy(["x"], on=ON, cultivation=CULTIVATION, by_chain_leader=True),  # type: ignore[list-item]
    )
    term_args: list[dict[str, Any]] = [
        {"amount": 1},
        {"rate": "1/2"},
        {"rate": "1/2", "cap": 10},
        {},
        {"amount": 1, "rate": "1/2"},
        {"amount": 1, "cap": 10},
        {"amount": -1},
        {"rate": "x"},
        {"rate": "1/2", "cap": "-3"},
    ]
    for terms in term_args:
        yield f"TriggerTerms/{sorted(terms.items())}", lambda t=terms: TriggerTerms(**t)
    yield "TriggerTerms.subsidy/rate-without-cost", lambda: TriggerTerms(rate="1/2").subsidy(None)
    yield (
        "TriggerTerms.subsidy/each",
        lambda: [
            TriggerTerms(amount=5).subsidy(None),
            TriggerTerms(rate="1/3").subsidy(Decimal("100.00")),
            TriggerTerms(rate="1/3", cap=20).subsidy(Decimal("100.00")),
            TriggerTerms(rate="1/3", cap="33.33").subsidy(Decimal("100.00")),
        ],
    )
    yield "PolicySubsidySchedule/not-terms", lambda: PolicySubsidySchedule(iur_cooperation=5)
    yield (
        "TriggerClaim/each",
        lambda: [
            TriggerClaim("iur_cooperation"),
            TriggerClaim(SubsidyTrigger.LARGE_TEST_EQUIPMENT, "12.50", "x"),
        ],
    )
    yield "TriggerClaim/unknown", lambda: TriggerClaim("subsidy")
    yield "TriggerClaim/bad-cost", lambda: TriggerClaim(SubsidyTrigger.IUR_COOPERATION, "-1")


# --- Art. 20: Innovation Center funds --------------------------------------------------


#: The uses Art. 20 ¶2 lets a host unit be entrusted with.
ENTRUSTABLE = {FundUse.RESEARCH_PROJECTS, FundUse.LAB_CONSTRUCTION_OPERATION}


def center_funds_cases() -> Iterator[tuple[str, Case]]:
    levels: list[Level | str] = [*Level, "provincial", "town"]
    for level in levels:
        for ratio in [None, "1/2", "0", "100%", "1/3", "x"]:
            code = f"str:{level}" if isinstance(level, str) else level.code
            yield (
                f"matching_funds/{code}/ratio={ratio}",
                lambda lv=level, r=ratio: matching_funds(10000000, on=ON, level=lv, ratio=r),
            )
    yield (
        "matching_funds/subsidy=bad",
        lambda: matching_funds("1.234", on=ON, level="national", ratio=1),
    )
    yield (
        "matching_funds/outside-force",
        lambda: matching_funds(
            1, on=EDGES["after"], level="national", ratio=1, force=ForceCheck.FLAG
        ),
    )

    entries = {
        "none": (),
        "under": (LedgerEntry(ON, FundUse.LAB_CONSTRUCTION_OPERATION, "4000000", entrusted=True),),
        "at": (
            LedgerEntry(ON, FundUse.LAB_CONSTRUCTION_OPERATION, "7500000", entrusted=True),
            LedgerEntry(ON, FundUse.RESEARCH_PROJECTS, "100", entrusted=False),
        ),
        "a-fen-over": (
            LedgerEntry(ON, FundUse.LAB_CONSTRUCTION_OPERATION, "7500000.01", entrusted=True),
        ),
        "entrusted-elsewhere": (
            LedgerEntry(ON, FundUse.LAB_CONSTRUCTION_OPERATION, "1000000", entrusted=True),
            LedgerEntry(ON, FundUse.RESEARCH_PROJECTS, "7000000", entrusted=True),
        ),
    }
    for name, items in entries.items():
        for scope in EntrustedFeeScope:
            yield (
                f"entrusted_fee_cap/{name}/{scope.code}",
                lambda e=items, s=scope: entrusted_fee_cap(
                    on=ON, higher_level_subsidy=10000000, local_matching=5000000, entries=e, scope=s
                ),
            )
    yield (
        "entrusted_fee_cap/scope=unknown",
        lambda: entrusted_fee_cap(on=ON, higher_level_subsidy=1, local_matching=1, scope="some"),
    )
    yield (
        "entrusted_fee_cap/share=1/3",
        lambda: entrusted_fee_cap(
            on=ON,
            higher_level_subsidy="100.01",
            local_matching=0,
            parameters=PARAMETERS.replace(entrusted_fee_cap_share="1/3"),
        ),
    )
    yield (
        "entrusted_fee_cap/matching=bad",
        lambda: entrusted_fee_cap(on=ON, higher_level_subsidy=1, local_matching="x"),
    )
    yield (
        "entrusted_fee_cap/not-an-entry",
        lambda: entrusted_fee_cap(on=ON, higher_level_subsidy=1, local_matching=1, entries=[5]),  # type: ignore[list-item]
    )

    ledger = SeparateLedger("创新中心上级补助资金", 10000000)
    yield "ledger/empty", lambda: ledger.report(on=ON)
    yield (
        "ledger/every-use",
        lambda: ledger.record(
            *(
                LedgerEntry(ON, use, 1000 * (i + 1), use.code, use in ENTRUSTABLE)
                for i, use in enumerate(FundUse)
            ),
            LedgerEntry(ON, FundUse.RESEARCH_PROJECTS, "0.50", "second payment"),
        ).report(on=ON, subject="CTR-1"),
    )
    yield (
        "ledger/every-use/by_use",
        lambda: ledger.record(
            *(LedgerEntry(ON, use, 7, use.code) for use in FundUse),
            LedgerEntry(ON, FundUse.OTHER, 5, "again"),
        ).by_use(),
    )
    yield (
        "ledger/outside-force-flagged",
        lambda: ledger.record(LedgerEntry(ON, FundUse.TALENT_TEAMS, 9)).report(
            on=EDGES["after"], force=ForceCheck.FLAG
        ),
    )
    yield "ledger/receive", lambda: ledger.receive("2500000.50").report(on=ON)
    yield "ledger/receive-bad", lambda: ledger.receive(-1)
    yield "ledger/overspent", lambda: ledger.record(LedgerEntry(ON, FundUse.OTHER, "10000000.01"))
    yield (
        "ledger/exactly-spent",
        lambda: ledger.record(LedgerEntry(ON, FundUse.OTHER, 10000000)).balance,
    )
    yield "ledger/no-account", lambda: SeparateLedger(" ", 1)
    yield "ledger/funds-bad", lambda: SeparateLedger("a", "x")
    yield "ledger/entries-bad", lambda: SeparateLedger("a", 1, ("x",))  # type: ignore[arg-type]
    yield (
        "ledger/entrusted-by-scope",
        lambda: [
            ledger.record(
                LedgerEntry(ON, FundUse.LAB_CONSTRUCTION_OPERATION, 300, entrusted=True),
                LedgerEntry(ON, FundUse.TALENT_TEAMS, 200, entrusted=True),
                LedgerEntry(ON, FundUse.OTHER, 100),
            ).entrusted(scope)
            for scope in EntrustedFeeScope
        ],
    )
    yield "ledger/outside-force", lambda: ledger.report(on=EDGES["before"])
    for args in [
        (ON, "research_projects", 1),
        (ON, "travel", 1),
        (ON, FundUse.OTHER, "-1"),
        ("2026-02-30", FundUse.OTHER, 1),
        (ON, FundUse.OTHER, 1, "x", "yes"),
    ]:
        yield f"LedgerEntry/{args}", lambda a=args: LedgerEntry(*a)


# --- Art. 8-9, 15, 21-22: assessments and their consequences ---------------------------

TARGET = CoreIndicators("100", Fraction(1, 2), Fraction(1, 10), Fraction(1, 2), 10)
ACTUALS = {
    "above": CoreIndicators("120", Fraction(3, 5), Fraction(1, 10), Fraction(1, 2), 12),
    "at": TARGET,
    "below": CoreIndicators("79.99", Fraction(1, 2), Fraction(1, 10), Fraction(1, 2), 7),
}
SCORER = ThresholdScorer(
    {
        Indicator.INDUSTRY_OUTPUT_VALUE: Fraction(4, 5),
        "valid_hte_share": "100%",
        Indicator.ABOVE_SCALE_RD_INTENSITY: None,
        Indicator.ABOVE_SCALE_RD_INSTITUTION_RATE: 1,
        Indicator.VALID_INVENTION_PATENTS: "3/4",
    }
)


def evaluation_cases() -> Iterator[tuple[str, Case]]:
    for kind in AssessmentKind:
        for result in kind.scale:
            assessment = Assessment(kind, ON, result)
            for level in [None, *Level, "ningbo", "city"]:
                code = f"str:{level}" if isinstance(level, str) else level and level.code
                yield (
                    f"consequence/{kind.code}/{result.code}/level={code}",
                    lambda a=assessment, lv=level: consequence(a, level=lv, subject="P-1"),
                )
                yield (
                    f"consequences_of/{kind.code}/{result.code}/level={code}",
                    lambda a=assessment, lv=level: consequences_of(a, level=lv),
                )
        for name, actual in ACTUALS.items():
            yield (
                f"assess/{kind.code}/{name}",
                lambda k=kind, a=actual: assess(k, on=ON, actual=a, target=TARGET, scorer=SCORER),
            )
        yield (
            f"assess/{kind.code}/no-scorer",
            lambda k=kind: assess(k, on=ON, actual=TARGET, target=TARGET),
        )
        yield (
            f"AssessmentKind/{kind.code}",
            lambda k=kind: [
                k.zh,
                k.en,
                k.article.en,
                k.scale.__name__,
                k.conducted_by,
                k.by_higher_level,
                k.failing,
                k.passing,
            ],
        )
    yield (
        "consequence/outside-force",
        lambda: consequence(
            Assessment.of("center_mid_term_evaluation", EDGES["after"], "poor"),
            force=ForceCheck.FLAG,
        ),
    )
    for args in [
        ("center_mid_term_evaluation", "2028-07-01", "poor"),
        ("center_mid_term_evaluation", "2028-07-01", "unqualified"),
        ("complex_annual_check", "2028-07-01", "qualified", ["higher_level"]),
        ("complex_annual_check", "2028-07-01", "qualified", []),
        ("complex_annual_check", "2028-07-01", "qualified", ["bureau"]),
        ("complex_annual_check", "2028-07-01", "qualified", ["mayor"]),
        ("annual", "2028-07-01", "qualified"),
        ("complex_annual_check", "2028-13-01", "qualified"),
        ("complex_annual_check", ON, AssessmentResult.QUALIFIED),
    ]:
        yield f"Assessment.of/{args}", lambda a=args: Assessment.of(*a)
    yield (
        "Assessment/wrong-scale",
        lambda: Assessment(AssessmentKind.COMPLEX_ANNUAL_CHECK, ON, PerformanceGrade.POOR),
    )
    yield "ThresholdScorer/none", lambda: ThresholdScorer()
    yield "ThresholdScorer/short", lambda: ThresholdScorer({Indicator.VALID_HTE_SHARE: 1})
    yield "ThresholdScorer/unknown", lambda: ThresholdScorer({"patents": 1})
    yield "ThresholdScorer/bad-ratio", lambda: ThresholdScorer({"valid_hte_share": "x"})
    yield (
        "ThresholdScorer/shortfalls",
        lambda: [SCORER.shortfalls(a, TARGET) for a in ACTUALS.values()],
    )
    yield (
        "ThresholdScorer/zero-target",
        lambda: SCORER.shortfalls(ACTUALS["below"], CoreIndicators("0", 0, 0, 0, 0)),
    )


# --- Art. 23: overlapping policies -----------------------------------------------------


def _candidate(
    source: str, policy: str, item: str, amount: Any, matching: bool = False
) -> Candidate:
    return Candidate(source, policy, item, amount, matching)


OURS = _candidate("these_measures", "本办法第十条", "运营经费", 500000)
OTHER = _candidate("other_cixi_policy", "慈溪市科技创新政策", "运营经费", 600000)
HIGHER = _candidate("higher_level_policy", "宁波市政策", "运营经费", 400000)
MATCH = _candidate("these_measures", "本办法第二十条", "运营经费", 300000, True)
TIE = _candidate("higher_level_policy", "省级政策", "运营经费", 600000)
ELSE = _candidate("other_cixi_policy", "人才政策", "人才引进", "123456.78")


def overlap_cases() -> Iterator[tuple[str, Case]]:
    sets = {
        "ours-only": [OURS],
        "other-higher": [OURS, OTHER],
        "ours-higher": [OURS, HIGHER],
        "tie": [OTHER, TIE],
        "tie-reversed": [TIE, OTHER],
        "with-matching": [OURS, OTHER, MATCH],
        "two-items": [OURS, OTHER, ELSE],
        "none": [],
    }
    for name, candidates in sets.items():
        for reading in MatchingReading:
            yield (
                f"resolve_overlap/{name}/{reading.code}",
                lambda c=candidates, r=reading: resolve(c, on=ON, matching=r, subject="CX-1"),
            )
            yield (
                f"overlap_groups/{name}/{reading.code}",
                lambda c=candidates, r=reading: overlap_groups(c, matching=r),
            )
    yield "resolve_overlap/reading=unknown", lambda: resolve([OURS], on=ON, matching="both")
    yield "resolve_overlap/not-a-candidate", lambda: resolve([1], on=ON)  # type: ignore[list-item]
    yield "resolve_overlap/before-force", lambda: resolve([OURS], on=EDGES["before"])
    for args in [
        ("these_measures", " ", "运营经费", 1),
        ("these_measures", "p", " ", 1),
        ("these_measures", "p", "i", "-1"),
        ("ningbo", "p", "i", 1),
        ("other_cixi_policy", "p", "i", 1, True),
        ("higher_level_policy", "p", "i", 1.5),
    ]:
        yield f"Candidate/{args}", lambda a=args: _candidate(*a)


# --- Art. 24: the Measures' dates ------------------------------------------------------


def measures_cases() -> Iterator[tuple[str, Case]]:
    readings = [
        (e, v, p)
        for e in EffectiveDateReading
        for v in ValidityReading
        for p in PublicationBaseReading
    ]
    for effective, validity, publication in readings:
        measures = MEASURES.with_readings(effective=effective, validity=validity, base=publication)
        name = f"{effective.code}/{validity.code}/{publication.code}"
        yield (
            f"measures/{name}",
            lambda m=measures: [
                m.effective_date,
                m.last_day_in_force,
                m.period,
                [m.in_force(d) for d in EDGES.values()],
            ],
        )
    for edge, day in EDGES.items():
        yield f"check_in_force/{edge}", lambda d=day: MEASURES.check_in_force(d, field="on")
        for force in ForceCheck:
            yield (
                f"gate/{edge}/{force.code}",
                lambda d=day, f=force: MEASURES.gate(d, f, field="on"),
            )
    yield "summary", lambda: [MEASURES.summary("zh"), MEASURES.summary("en"), MEASURES.summary()]


# --- the lifecycles' own values: findings, plans, legal entities, vehicles ----------


FILLED = {"board": "理事会", "executive": "主任", "expert_committee": "专家委员会"}


def _evolve(value: Any, **changes: Any) -> Any:
    return attrs.evolve(value, **changes)


def lifecycle_value_cases() -> Iterator[tuple[str, Case]]:
    findings = ChainLeaderFindings(True, True, True, True)
    for name in (
        "overall_strength",
        "rd_investment",
        "technological_advantages",
        "driving_benefits",
    ):
        yield (
            f"ChainLeaderFindings.unmet/{name}",
            lambda n=name: _evolve(findings, **{n: False}).unmet(),
        )
    yield (
        "ChainLeaderFindings.unmet/all-and-further",
        lambda: ChainLeaderFindings(
            False,
            False,
            False,
            False,
            (ConditionFinding("市场占有率领先", False), ConditionFinding("拥有发明专利", True)),
        ).unmet(),
    )
    plan = AnnualPlan(date(2026, 1, 15), year=2026)
    yield "AnnualPlan.missing/empty", plan.missing
    written = (
        "industry_improvement_indicators",
        "tech_breakthrough_catalogue",
        "resource_sharing_list",
        "flagship_product_plan",
        "further",
    )
    for name, *texts in (
        ("blank-items", ("产值增长10%", " "), ("高速电机",), (), "  ", (" ",)),
        (
            "texts-with-spaces",
            ("产值 增长 10%",),
            ("高速 电机",),
            ("检测 设备 共享",),
            "新一代 变频压缩机",
            (),
        ),
        ("complete", ("产值增长10%",), ("高速电机",), ("检测设备共享",), "新一代变频压缩机", ()),
    ):
        yield (
            f"AnnualPlan.missing/{name}",
            _evolve(plan, **dict(zip(written, texts, strict=True))).missing,
        )
    entity = LegalEntityEstablishment(
        ON,
        legal_person="某中心有限公司",
        independent=True,
        board="理事会",
        executive="",
        expert_committee="",
    )
    for blank in ("board", "executive", "expert_committee"):
        yield (
            f"LegalEntityEstablishment.missing/{blank}",
            lambda b=blank: _evolve(entity, **(FILLED | {b: " "})).missing(),
        )
    yield "LegalEntityEstablishment.missing/two", entity.missing
    for kind in VehicleKind:
        for level in Level:
            vehicle = InnovationVehicle(kind, "某载体", level)
            yield (
                f"InnovationVehicle.qualifies/{kind.code}/{level.code}",
                lambda v=vehicle: [v.qualifies(reading) for reading in HostVehicleReading],
            )
    yield (
        "HostUnit.qualifies/none-and-some",
        lambda: [
            HostUnit("甲").qualifies(),
            HostUnit(
                "乙",
                (
                    InnovationVehicle(VehicleKind.NEW_TYPE_RD_INSTITUTION, "丙", Level.CIXI),
                    InnovationVehicle(next(iter(VehicleKind)), "丁", Level.NATIONAL),
                ),
            ).qualifies(),
        ],
    )


#: The catalogue, by the module whose rules it asks.
SOURCES: dict[str, Callable[[], Iterator[tuple[str, Case]]]] = {
    "subsidy": subsidy_cases,
    "consortium_support": consortium_cases,
    "center_funds": center_funds_cases,
    "evaluations": evaluation_cases,
    "overlap": overlap_cases,
    "measures": measures_cases,
    "lifecycle_values": lifecycle_value_cases,
}


def cases_of(module: str) -> dict[str, Case]:
    cases: dict[str, Case] = {}
    for name, case in SOURCES[module]():
        assert name not in cases, name
        cases[name] = case
    return cases


@pytest.mark.parametrize("module", SOURCES)
def test_the_rules_answer_the_catalogue_as_reviewed(module: str) -> None:
    answers = {name: answer(case) for name, case in cases_of(module).items()}
    check_golden(f"rules-{module}", answers)
