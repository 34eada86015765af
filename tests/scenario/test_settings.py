"""Settings of a scenario by name (``NAME=VALUE``), read and checked as a scenario file is."""

from __future__ import annotations

import datetime
from decimal import Decimal
from fractions import Fraction

import pytest

from cixi_innovation.law.measures import EffectiveDateReading, ForceCheck
from cixi_innovation.scenarios.default import default_scenario
from cixi_innovation.scenarios.settings import (
    SECTIONS,
    parse_setting,
    setting_names,
    setting_path,
    with_settings,
)
from cixi_innovation.values.errors import InputError

BASE = default_scenario()


class TestParse:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("validity_years=10", ("validity_years", 10)),
            ("x=true", ("x", True)),
            ("operating_subsidy_cap=400000.50", ("operating_subsidy_cap", "400000.50")),
            ("matching_ratio=1/2", ("matching_ratio", "1/2")),
            (" measures.effective = strict_after ", ("measures.effective", "strict_after")),
            ('x="quoted"', ("x", "quoted")),
            ("x=2025-01-01", ("x", datetime.date(2025, 1, 1))),
            ("x=", ("x", "")),
        ],
    )
    def test_a_value_is_a_toml_value_or_text(self, text: str, expected: object) -> None:
        assert parse_setting(text) == expected

    @pytest.mark.parametrize("text", ["operating_subsidy_cap", "=5", " =5"])
    def test_a_name_and_an_equals_sign_are_needed(self, text: str) -> None:
        with pytest.raises(InputError) as caught:
            parse_setting(text)
        assert str(caught.value) == f"setting: {text!r} is not NAME=VALUE"


class TestPaths:
    def test_a_key_alone_is_found_in_its_section(self) -> None:
        assert setting_path("operating_subsidy_cap") == ("parameters", "operating_subsidy_cap")
        assert setting_path("consultation") == ("readings", "consultation")
        assert setting_path("effective") == ("measures", "effective")
        assert setting_path("matching_ratio") == ("inputs", "matching_ratio")
        assert setting_path("force") == ("force",)

    def test_a_dotted_path_is_kept(self) -> None:
        assert setting_path("inputs.policy_subsidy_schedule.iur_cooperation.rate") == (
            "inputs", "policy_subsidy_schedule", "iur_cooperation", "rate",
        )  # fmt: skip

    @pytest.mark.parametrize(
        "name", ["annual_cap", "platforms.0.id", "title.x", "force.x", "parameters.", ".x"]
    )
    def test_anything_else_is_not_a_setting(self, name: str) -> None:
        with pytest.raises(InputError) as caught:
            setting_path(name)
        assert str(caught.value) == (
            f"{name}: not a setting of a scenario; name a key of parameters, readings, "
            "measures or inputs, or a dotted path such as parameters.operating_subsidy_cap"
        )

    def test_the_names_that_may_be_given_alone(self) -> None:
        names = setting_names()
        assert len(names) == 32
        # the readings of open point 11 (Art. 7) and of Annexes 1-3 (the outlines)
        assert (names["host_unit_report"], names["plan_outline"]) == ("readings", "readings")
        assert list(names)[:2] == ["complex_round_years", "consortium_cycle_years"]
        assert set(names.values()) == {"parameters", "readings", "measures", "inputs"}
        assert set(names.values()) < set(SECTIONS)


class TestApply:
    def test_the_annual_cap_the_salary_share_and_a_reading_of_art_24(self) -> None:
        variant = with_settings(
            BASE,
            {
                "operating_subsidy_cap": 400000,
                "parameters.remuneration_cap_share": "1/4",
                "measures.effective": "strict_after",
            },
        )
        assert variant.parameters.operating_subsidy_cap == Decimal("400000.00")
        assert variant.parameters.remuneration_cap_share == Fraction(1, 4)
        assert variant.measures.effective_reading is EffectiveDateReading.STRICT_AFTER
        assert variant.platforms == BASE.platforms

    def test_pairs_and_a_nested_input(self) -> None:
        variant = with_settings(
            BASE,
            [("inputs.policy_subsidy_schedule.iur_cooperation.rate", "1/4"), ("force", "refuse")],
        )
        schedule = variant.inputs.policy_subsidy_schedule
        assert schedule is not None
        assert schedule.iur_cooperation is not None
        assert schedule.iur_cooperation.rate == Fraction(1, 4)
        assert variant.force is ForceCheck.REFUSE

    def test_no_settings_give_the_same_scenario(self) -> None:
        assert with_settings(BASE, {}) == BASE

    @pytest.mark.parametrize(
        ("settings", "message"),
        [
            ({"annual_cap": "1"}, "annual_cap: not a setting of a scenario"),
            ({"operating_subsidy_cap": "abc"}, "operating_subsidy_cap: 'abc' is not a number"),
            ({"operating_subsidy_cap": 0.5}, "operating_subsidy_cap: 0.5 is a float"),
            ({"parameters.foo": 1}, "parameters.foo: unknown key; expected one of: "),
            (
                {"parameters.operating_subsidy_cap.x": 1},
                "parameters.operating_subsidy_cap.x: 'operating_subsidy_cap' holds a value, "
                "not settings",
            ),
            (
                {"horizon.last": 2026, "validity_years": 6},
                "horizon.last, validity_years: makes the scenario wrong: "
                "platforms[0].years[2027]: 2027 is outside the horizon 2025-2026",
            ),
            ({1: 2}, "settings: 1 is not the name of a setting"),
        ],
    )
    def test_a_wrong_setting_is_named(self, settings: dict[object, object], message: str) -> None:
        with pytest.raises(InputError) as caught:
            with_settings(BASE, settings)  # type: ignore[arg-type]
        assert str(caught.value).startswith(message)

    def test_only_a_scenario_takes_settings(self) -> None:
        with pytest.raises(InputError, match=r"^scenario: None is not a Scenario$"):
            with_settings(None, {})  # type: ignore[arg-type]
