"""Every number the Measures give, with its article; open values are inputs."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import attrs
import pytest

from cixi_innovation.law.open_inputs import OPEN_INPUTS, require
from cixi_innovation.law.parameter_info import INFO
from cixi_innovation.law.parameters import PARAMETERS, Parameters
from cixi_innovation.values.citations import Citation
from cixi_innovation.values.errors import FloatMoneyError, InputError, MissingInputError


def test_the_numbers_of_the_measures() -> None:
    assert PARAMETERS.complex_round_years == 5
    assert PARAMETERS.consortium_cycle_years == 3
    assert PARAMETERS.center_round_years == 5
    assert PARAMETERS.center_mid_term_years == 3
    assert PARAMETERS.operating_subsidy_cap == Decimal("500000.00")
    assert PARAMETERS.remuneration_cap_share == Fraction(1, 3)
    assert PARAMETERS.entrusted_fee_cap_share == Fraction(1, 2)
    assert PARAMETERS.effective_after_days == 30
    assert PARAMETERS.validity_years == 5


def test_each_parameter_cites_its_article() -> None:
    articles = {name: Parameters.info(name).article for name in PARAMETERS.as_dict()}
    assert articles == {
        "complex_round_years": Citation.article(8),
        "consortium_cycle_years": Citation.article(15),
        "center_round_years": Citation.article(21),
        "center_mid_term_years": Citation.article(21),
        "operating_subsidy_cap": Citation.article(10),
        "remuneration_cap_share": Citation.article(10),
        "entrusted_fee_cap_share": Citation.article(20, 2),
        "effective_after_days": Citation.article(24),
        "validity_years": Citation.article(24),
    }


def test_the_table_of_sources_lists_the_fields_in_their_order() -> None:
    assert list(INFO) == [a.name for a in attrs.fields(Parameters)]
    assert list(INFO) == list(PARAMETERS.as_dict())


def test_a_what_if_variant_leaves_the_original_unchanged() -> None:
    variant = PARAMETERS.replace(operating_subsidy_cap="800000", remuneration_cap_share="1/4")
    assert variant.operating_subsidy_cap == Decimal("800000.00")
    assert variant.remuneration_cap_share == Fraction(1, 4)
    assert PARAMETERS.operating_subsidy_cap == Decimal("500000.00")
    assert variant != PARAMETERS


def test_as_dict_and_describe() -> None:
    assert PARAMETERS.as_dict()["remuneration_cap_share"] == "1/3"
    assert PARAMETERS.as_dict()["operating_subsidy_cap"] == "500000.00"
    assert PARAMETERS.describe("operating_subsidy_cap", "zh") == (
        "operating_subsidy_cap = 500000.00 (第十条): 综合体每年安排最高不超过50万元的运营经费补贴"
    )


@pytest.mark.parametrize(
    ("changes", "cls", "message"),
    [
        (
            {"complex_round_years": 0},
            InputError,
            "complex_round_years: 0 is not a positive whole number (Art. 8 第八条)",
        ),
        (
            {"consortium_cycle_years": True},
            InputError,
            "consortium_cycle_years: True is not a positive whole number (Art. 15 第十五条)",
        ),
        (
            {"remuneration_cap_share": 0.3},
            FloatMoneyError,
            "remuneration_cap_share: 0.3 is a float; give a ratio as Fraction, int, Decimal or a string such as '1/3' or '50%' (Art. 10 第十条)",
        ),
        (
            {"entrusted_fee_cap_share": "3/2"},
            InputError,
            "entrusted_fee_cap_share: '3/2' is more than 1 (Art. 20 ¶2 第二十条第二款)",
        ),
        (
            {"center_mid_term_years": 5},
            InputError,
            "center_mid_term_years: the mid-term point (5 years) must fall inside the 5-year round (Art. 21 第二十一条)",
        ),
        (
            {"matching_ratio": "1/2"},
            InputError,
            "matching_ratio: unknown parameter(s) matching_ratio; known: complex_round_years, consortium_cycle_years, center_round_years, center_mid_term_years, operating_subsidy_cap, remuneration_cap_share, entrusted_fee_cap_share, effective_after_days, validity_years",
        ),
    ],
)
def test_bad_variants_are_refused_naming_field_and_article(
    changes: dict[str, object], cls: type, message: str
) -> None:
    with pytest.raises(cls) as info:
        PARAMETERS.replace(**changes)
    assert str(info.value) == message


def test_unknown_parameter_info() -> None:
    with pytest.raises(InputError) as info:
        Parameters.info("nope")
    assert str(info.value) == "nope: unknown parameter 'nope'"


def test_open_values_have_no_default_and_are_required_by_article() -> None:
    assert {name: item.article.en for name, item in OPEN_INPUTS.items()} == {
        "advance": "Art. 10",
        "settlement_link": "Art. 10",
        "policy_subsidy_schedule": "Art. 16",
        "matching_ratio": "Art. 20",
        "scorer": "Art. 22",
    }
    assert not any(hasattr(PARAMETERS, name) for name in OPEN_INPUTS)
    assert require("matching_ratio", Fraction(1, 2)) == Fraction(1, 2)
    with pytest.raises(MissingInputError) as info:
        require("policy_subsidy_schedule", None, field="schedule")
    assert str(info.value) == (
        "schedule: the Measures do not give the amounts of the Consortium policy subsidy "
        "('a certain policy subsidy'); supply it (Art. 16 第十六条)"
    )
