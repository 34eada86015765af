"""Tables that fit a terminal: folding into blocks, cutting, wrapping, escaped controls."""

from __future__ import annotations

from typing import Any

from cixi_innovation.scenarios.default import default_scenario
from cixi_innovation.scenarios.scenario import Scenario
from cixi_innovation.scenarios.simulation import monte_carlo, simulate
from cixi_innovation.scenarios.tables import MIN_TABLE_WIDTH, clip, fold, text_table

DEFAULT = simulate(default_scenario(), 0)


def widest(text: str) -> int:
    return max(len(line) for line in text.splitlines())


def test_a_table_that_fits_is_not_folded() -> None:
    table, note = DEFAULT.to_table("en").split("\n\n")
    assert DEFAULT.to_table("en", width=187).split("\n\n")[0] == table
    assert widest(table) == 187
    assert widest(note) == 394


def test_the_note_on_assumptions_is_wrapped_to_the_width() -> None:
    note = DEFAULT.to_table("en", width=80).split("\n\n")[-1]
    assert note.splitlines() == [
        "* Rests on the scenario's assumptions, not on values of the Measures: advance —",
        "the advance share (inputs.advance, Art. 10); settlement paid, recovered — the",
        "settlement's link to the annual check (inputs.settlement_link, Art. 10); Art.",
        "16 — the policy subsidy schedule (inputs.policy_subsidy_schedule, Art. 16);",
        "Art. 20 — the matching ratio (inputs.matching_ratio, Art. 20); cash includes",
        "them.",
    ]


def test_a_wide_table_is_folded_into_blocks_repeating_platform_and_year() -> None:
    text = DEFAULT.to_table("en", width=80)
    blocks = text.split("\n\n")[:-1]
    assert [block.splitlines()[0] for block in blocks] == [
        "platform  year  kind            advance*     granted  settlement paid*",
        "platform  year  state at year end",
        "platform  year  recovered*      Art. 16*      Art. 20*         cash*",
    ]
    assert blocks[2].splitlines()[-1] == (
        "total     2029        0.00          0.00  2,000,000.00  3,950,000.00"
    )
    assert widest(text) <= 80


def test_never_narrower_than_the_minimum() -> None:
    text = DEFAULT.to_table("en", width=10)
    assert widest(text) == MIN_TABLE_WIDTH
    assert "CX-02     2026  units' qualifications r…" in text.splitlines()


def test_a_small_table_with_one_wide_column_is_cut() -> None:
    text = text_table(["id", "note"], [["a", "x" * 60]], set(), width=45, keys=(0,))
    assert text.splitlines() == ["id  note", "--  " + "-" * 40 + "…", "a   " + "x" * 40 + "…"]


def test_cutting_counts_wide_characters_twice() -> None:
    assert clip("慈溪市产业", 6) == "慈溪…"
    assert clip("慈溪", 4) == "慈溪"


def test_wrapping_breaks_at_spaces_and_anywhere_in_chinese() -> None:
    assert fold("one two three four", 9) == "one two\nthree\nfour"
    assert fold("慈溪市产业创新平台", 8) == "慈溪市产\n业创新平\n台"
    assert fold("a\nb", None) == "a\nb"


def test_a_monte_carlo_table_folded_with_its_heading_and_note() -> None:
    text = monte_carlo(default_scenario(), 2, 0).to_table("en", width=60)
    assert widest(text) <= 60
    body, _, assumptions = text.partition("\n* Rests on the scenario's assumptions")
    assert body.splitlines()[-3:] == [
        "Note: every run gave the same result: this scenario gives",
        "all its yearly outcomes explicitly, so nothing is drawn",
        "from probabilities.",
    ]
    assert assumptions.splitlines()[-1] == "includes them."


def test_control_characters_are_escaped_so_a_row_stays_one_line() -> None:
    data: dict[str, Any] = default_scenario().to_data()
    data["platforms"][0]["id"] = "CX\x1b[31m-01\nX"
    data["title"] = "T\x1b\u2028"
    scenario = Scenario.from_data(data)
    table = simulate(scenario, 0).to_table("en")
    assert table.splitlines()[2].startswith("CX\\x1b[31m-01\\nX  Complex     2025  ")
    assert len(table.splitlines()) == len(DEFAULT.to_table("en").splitlines())
    heading = monte_carlo(scenario, 2, 0).to_table("en").splitlines()[0]
    assert heading == "T\\x1b\\u2028: 2 runs, seed 0, nearest-rank percentiles"
