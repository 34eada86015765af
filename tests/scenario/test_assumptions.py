"""Amounts resting on the scenario's assumptions are marked in every rendering, in both languages."""

from __future__ import annotations

import json

import attrs

from cixi_innovation.scenarios._assumptions import ASSUMED, assumed_fields, describe, note
from cixi_innovation.scenarios.default import default_scenario
from cixi_innovation.scenarios.inputs import Inputs
from cixi_innovation.scenarios.scenario import Scenario
from cixi_innovation.scenarios.simulation import simulate

DEFAULT = simulate(default_scenario(), 0)
NONE_ASSUMED = simulate(Scenario(title="no platforms"), 0)


def test_the_inputs_each_amount_rests_on() -> None:
    assert {f: a.input for f, a in ASSUMED.items()} == {
        "advance": "advance",
        "settlement_paid": "settlement_link",
        "settlement_recovered": "settlement_link",
        "art16": "policy_subsidy_schedule",
        "art20": "matching_ratio",
    }
    assert {a.input for a in ASSUMED.values()} <= {a.name for a in attrs.fields(Inputs)}


def test_the_fields_marked_follow_the_inputs_given() -> None:
    assert assumed_fields(Inputs()) == ()
    assert assumed_fields(Inputs(matching_ratio="1/2")) == ("art20", "cash")
    assert assumed_fields(default_scenario().inputs) == (
        "advance", "settlement_paid", "settlement_recovered", "art16", "art20", "cash",
    )  # fmt: skip


def test_the_note_in_both_languages() -> None:
    headers = {"art20": "Art. 20", "cash": "cash"}
    assert note(("art20", "cash"), headers, "en") == (
        "* Rests on the scenario's assumptions, not on values of the Measures: "
        "Art. 20 — the matching ratio (inputs.matching_ratio, Art. 20); cash includes them."
    )
    headers = {"art20": "第二十条配套", "cash": "当年市级支出"}
    assert note(("art20", "cash"), headers, "zh") == (
        "*依据情景假设,非本办法规定的数值:第二十条配套——配套比例(inputs.matching_ratio,第二十条);"
        "当年市级支出含上述金额。"
    )
    assert note((), headers, "zh") == ""
    assert describe(("granted", "cash")) == []


def test_nothing_is_marked_when_the_scenario_assumes_nothing() -> None:
    table = NONE_ASSUMED.to_table("en")
    assert "*" not in table
    assert "\n\n" not in table
    assert "(" not in NONE_ASSUMED._repr_html_().split("</caption>")[0]
    data = json.loads(NONE_ASSUMED.to_json())
    assert data["assumptions"] == []
    assert {t["cash"] for t in data["totals"]} == {"0.00"}
    assert {tuple(t["assumed"]) for t in data["totals"]} == {()}


def test_html_marks_the_columns_and_says_why_in_its_caption() -> None:
    html = DEFAULT._repr_html_()
    assert "<th>Art. 20*</th>" in html
    assert "<th>granted</th>" in html
    assert "(* Rests on the scenario&#x27;s assumptions, not on values of the Measures: " in html


def test_the_explanation_of_a_row() -> None:
    data = DEFAULT.explain_data("ZX-01", 2026)
    assert data["row"]["assumed"] == ["art20", "cash"]  # type: ignore[index]
    assert data["assumptions"] == describe(["art20", "cash"])
    assert data["assumptions"][0]["zh"] == "依据情景假设:配套比例(本办法第二十条未规定)"
    lines = DEFAULT.explain("ZX-01", 2026, "en").splitlines()
    assert lines[1:4] == [
        "  Art. 20: CNY 5,000,000.00 *",
        "  cash: CNY 5,000,000.00 *",
        "  * Rests on the scenario's assumptions, not on values of the Measures: "
        "Art. 20 — the matching ratio (inputs.matching_ratio, Art. 20); cash includes them.",
    ]


def test_a_row_with_no_money_has_no_note() -> None:
    lines = DEFAULT.explain("LHT-01", 2029, "zh").splitlines()
    assert lines[1:] == ["  当年市级支出: 0.00 元"]
    assert DEFAULT.explain_data("LHT-01", 2029)["assumptions"] == []
