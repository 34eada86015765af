"""Dated scenarios of the rules, one TOML file each, named as a sentence.

Every file under ``tests/scenarios/rules/`` holds one case::

    title = "On 2026-03-01 a Complex claiming 600,000 yuan is granted 500,000.00 (Art. 10)"
    rule = "operating_subsidy"
    on = 2026-03-01

    [inputs]
    requested = "600000"

    [expected]
    outcome = "capped"
    articles = ["Art. 10"]
    amounts = { granted = "500000.00" }

``expected`` states the outcome code, exact amounts (as written by the decision, two
decimal places), the articles cited, and optionally ``in_force``, ``result`` (for
scored assessments) and ``reasons_contain`` (English fragments).  A case that must be
refused states ``error`` (the class name), ``field``, ``articles`` and optionally the
exact ``message``.  Money is written as strings or integers, as a user would pass it; a
TOML float is passed through as a float, and must be refused.
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable, Mapping
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from cixi_innovation.law.indicators import CoreIndicators
from cixi_innovation.law.measures import ForceCheck
from cixi_innovation.rules.center_funds import (
    LedgerEntry,
    SeparateLedger,
    entrusted_fee_cap,
    matching_funds,
)
from cixi_innovation.rules.consortium_support import (
    PolicySubsidySchedule,
    TriggerClaim,
    TriggerTerms,
    policy_subsidy,
)
from cixi_innovation.rules.evaluations import Assessment, ThresholdScorer, assess, consequence
from cixi_innovation.rules.overlap import Candidate, resolve_overlap
from cixi_innovation.rules.subsidy import operating_subsidy
from cixi_innovation.rules.subsidy_expenses import Expense, remuneration_cap, review_expenses
from cixi_innovation.rules.subsidy_inspection import InspectionFinding
from cixi_innovation.rules.subsidy_settlement import (
    SETTLEMENT_LINKS,
    AdvanceRule,
    ResultShares,
    SettlementLink,
    advance_payment,
    settle_operating_subsidy,
)
from cixi_innovation.values import errors
from cixi_innovation.values.dates import Period
from cixi_innovation.values.decisions import Decision

HERE = Path(__file__).parent / "rules"
CASES = sorted(HERE.glob("*.toml"))

Inputs = Mapping[str, Any]


# --- building the rules' inputs from plain TOML data ---------------------------------------


def _expenses(rows: list[Mapping[str, Any]]) -> list[Expense]:
    return [
        Expense(
            row["amount"],
            row.get("category"),
            row.get("description", ""),
            row.get("full_time_daily_staff"),
        )
        for row in rows
    ]


def _link(value: Any) -> SettlementLink | None:
    if value is None:
        return None
    if isinstance(value, str):
        return SETTLEMENT_LINKS[value]
    return ResultShares(value["qualified"], value["unqualified"])


def _advance_rule(value: Mapping[str, Any] | None) -> AdvanceRule | None:
    if value is None:
        return None
    return AdvanceRule(value.get("fixed"), value.get("share"))


def _schedule(value: Mapping[str, Any] | None) -> PolicySubsidySchedule | None:
    if value is None:
        return None
    terms = {
        code: TriggerTerms(row.get("amount"), row.get("rate"), row.get("cap"))
        for code, row in value.items()
    }
    return PolicySubsidySchedule(**terms)


def _entries(rows: list[Mapping[str, Any]]) -> list[LedgerEntry]:
    return [
        LedgerEntry(
            row["on"],
            row["use"],
            row["amount"],
            row.get("description", ""),
            row.get("entrusted", False),
        )
        for row in rows
    ]


def _optional(inputs: Inputs, *names: str) -> dict[str, Any]:
    return {name: inputs[name] for name in names if name in inputs}


def _operating_subsidy(on: date, i: Inputs, force: ForceCheck) -> Decision:
    extra = _optional(i, "level", "carried_over", "higher_level_in_year", "reading")
    return operating_subsidy(i["requested"], on=on, force=force, **extra)


def _remuneration_cap(on: date, i: Inputs, force: ForceCheck) -> Decision:
    return remuneration_cap(on=on, force=force, **_optional(i, "granted", "advanced", "base"))


def _review_expenses(on: date, i: Inputs, force: ForceCheck) -> Decision:
    extra = _optional(i, "granted", "advanced", "base")
    return review_expenses(_expenses(i["expenses"]), on=on, force=force, **extra)


def _advance_payment(on: date, i: Inputs, force: ForceCheck) -> Decision:
    rule = _advance_rule(i.get("rule"))
    return advance_payment(i["year"], on=on, granted=i["granted"], rule=rule, force=force)


def _settle(on: date, i: Inputs, force: ForceCheck) -> Decision:
    findings = [
        InspectionFinding(f["item"], f["amount"], f.get("note", "")) for f in i.get("findings", [])
    ]
    return settle_operating_subsidy(
        i["year"],
        on=on,
        granted=i["granted"],
        advanced=i["advanced"],
        result=i["result"],
        expenses=_expenses(i.get("expenses", [])),
        findings=findings,
        link=_link(i.get("link")),
        force=force,
        **_optional(i, "base"),
    )


def _policy_subsidy(on: date, i: Inputs, force: ForceCheck) -> Decision:
    claims = [TriggerClaim(c["trigger"], c.get("eligible_cost")) for c in i["claims"]]
    cultivation = Period(i["cultivation"]["start"], i["cultivation"]["end"])
    return policy_subsidy(
        claims,
        on=on,
        cultivation=cultivation,
        by_chain_leader=i["by_chain_leader"],
        schedule=_schedule(i.get("schedule")),
        force=force,
        **_optional(i, "revoked_on", "reading"),
    )


def _matching_funds(on: date, i: Inputs, force: ForceCheck) -> Decision:
    return matching_funds(
        i["higher_level_subsidy"], on=on, level=i["level"], ratio=i.get("ratio"), force=force
    )


def _entrusted_fee_cap(on: date, i: Inputs, force: ForceCheck) -> Decision:
    return entrusted_fee_cap(
        on=on,
        higher_level_subsidy=i["higher_level_subsidy"],
        local_matching=i["local_matching"],
        entries=_entries(i.get("entries", [])),
        force=force,
        **_optional(i, "scope"),
    )


def _ledger_report(on: date, i: Inputs, force: ForceCheck) -> Decision:
    ledger = SeparateLedger(i["account"], i["higher_level_funds"], _entries(i["entries"]))
    return ledger.report(on=on, force=force)


def _resolve_overlap(on: date, i: Inputs, force: ForceCheck) -> Decision:
    candidates = [
        Candidate(c["source"], c["policy"], c["item"], c["amount"], c.get("art20_matching", False))
        for c in i["candidates"]
    ]
    return resolve_overlap(candidates, on=on, force=force, **_optional(i, "matching"))


def _consequence(on: date, i: Inputs, force: ForceCheck) -> Decision:
    assessment = Assessment.of(i["kind"], on, i["result"], i.get("conducted_by"))
    return consequence(assessment, force=force, **_optional(i, "level"))


def _assess(on: date, i: Inputs, force: ForceCheck) -> tuple[Decision, str]:
    thresholds = i.get("thresholds")
    scorer = None if thresholds is None else ThresholdScorer(thresholds)
    assessment = assess(
        i["kind"],
        on=on,
        actual=CoreIndicators.from_dict(dict(i["actual"])),
        target=CoreIndicators.from_dict(dict(i["target"])),
        scorer=scorer,
    )
    return consequence(assessment, force=force), assessment.result.code


Rule = Callable[[date, Inputs, ForceCheck], Decision]

RULES: dict[str, Rule] = {
    "operating_subsidy": _operating_subsidy,
    "remuneration_cap": _remuneration_cap,
    "review_expenses": _review_expenses,
    "advance_payment": _advance_payment,
    "settle_operating_subsidy": _settle,
    "policy_subsidy": _policy_subsidy,
    "matching_funds": _matching_funds,
    "entrusted_fee_cap": _entrusted_fee_cap,
    "separate_ledger_report": _ledger_report,
    "resolve_overlap": _resolve_overlap,
    "consequence": _consequence,
}
#: Rules that also give a scored result (checked against ``expected.result``).
SCORED: dict[str, Callable[[date, Inputs, ForceCheck], tuple[Decision, str]]] = {
    "assess": _assess,
}


# --- the tests ------------------------------------------------------------------------------


def _run(name: str, on: date, inputs: Inputs, force: ForceCheck) -> tuple[Decision, str | None]:
    if name in SCORED:
        return SCORED[name](on, inputs, force)
    return RULES[name](on, inputs, force), None


def _load(path: Path) -> dict[str, Any]:
    return tomllib.loads(path.read_text(encoding="utf-8"))


def test_there_are_at_least_forty_scenarios() -> None:
    assert len(CASES) >= 40


def test_every_rule_has_a_scenario() -> None:
    assert {_load(path)["rule"] for path in CASES} == set(RULES) | set(SCORED)


@pytest.mark.parametrize("path", CASES, ids=[path.stem for path in CASES])
def test_scenario(path: Path) -> None:
    case = _load(path)
    on: date = case["on"]
    title: str = case["title"]
    assert isinstance(on, date), "'on' is a TOML date"
    assert path.stem.startswith(f"on-{on.isoformat()}-"), "the file name opens with its date"
    assert title.startswith(f"On {on.isoformat()} "), "the title opens with its date"
    assert title.endswith(")"), "the title ends citing articles"
    assert "(Art. " in title, "the title ends citing articles"
    name: str = case["rule"]
    inputs: Inputs = case.get("inputs", {})
    force = ForceCheck.parse(case.get("force", "refuse"))
    expected: dict[str, Any] = case["expected"]
    if "error" in expected:
        error_type = getattr(errors, expected["error"])
        with pytest.raises(error_type) as caught:
            _run(name, on, inputs, force)
        error = caught.value
        assert type(error).__name__ == expected["error"]
        assert error.field == expected["field"]
        assert [c.en for c in error.articles] == expected["articles"]
        if "message" in expected:
            assert str(error) == expected["message"]
        return
    decision, result = _run(name, on, inputs, force)
    assert decision.on == on
    assert decision.outcome.code == expected["outcome"]
    for key, amount in expected.get("amounts", {}).items():
        assert str(decision.amount(key)) == str(amount), key
    assert [c.en for c in decision.articles] == expected["articles"]
    assert decision.in_force is expected.get("in_force", True)
    assert result == expected.get("result")
    text = decision.explain("en")
    for fragment in expected.get("reasons_contain", []):
        assert fragment in text
    assert decision.explain("zh").startswith(f"{on} ")
    assert Decision.from_json(decision.to_json()) == decision
