"""The five core indicators of Art. 9 (Annex 1 §3)."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest

from cixi_innovation.law.indicators import CoreIndicators, Indicator
from cixi_innovation.values.errors import FloatMoneyError, InputError

TARGET = CoreIndicators(
    industry_output_value="30000000000",
    valid_hte_share="30%",
    above_scale_rd_intensity="3/100",
    above_scale_rd_institution_rate=Fraction(3, 5),
    valid_invention_patents=800,
)


def test_exactly_five_indicators_in_the_order_of_art_9() -> None:
    assert [i.zh for i in Indicator] == [
        "全行业产值",
        "有效高新技术企业占比",
        "规上企业研发投入占营业收入比重",
        "规上企业研发机构组建率",
        "有效发明专利数",
    ]


def test_values_are_exact() -> None:
    assert TARGET.industry_output_value == Decimal("30000000000.00")
    assert TARGET.valid_hte_share == Fraction(3, 10)
    assert TARGET.value(Indicator.VALID_INVENTION_PATENTS) == 800
    assert [i.code for i, _ in TARGET.items()] == [i.code for i in Indicator]


def test_completion_against_committed_targets() -> None:
    actual = CoreIndicators("33000000000", "27%", "3/100", "1/2", 0)
    assert actual.completion(TARGET) == {
        Indicator.INDUSTRY_OUTPUT_VALUE: Fraction(11, 10),
        Indicator.VALID_HTE_SHARE: Fraction(9, 10),
        Indicator.ABOVE_SCALE_RD_INTENSITY: Fraction(1),
        Indicator.ABOVE_SCALE_RD_INSTITUTION_RATE: Fraction(5, 6),
        Indicator.VALID_INVENTION_PATENTS: Fraction(0),
    }
    zero = CoreIndicators(0, 0, 0, 0, 0)
    assert set(actual.completion(zero).values()) == {None}


def test_round_trip_through_plain_data() -> None:
    data = TARGET.to_dict()
    assert data == {
        "industry_output_value": "30000000000.00",
        "valid_hte_share": "3/10",
        "above_scale_rd_intensity": "3/100",
        "above_scale_rd_institution_rate": "3/5",
        "valid_invention_patents": 800,
    }
    assert CoreIndicators.from_dict(dict(data)) == TARGET


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (
            {"valid_hte_share": "1/2"},
            "industry_output_value: the five core indicators are exactly industry_output_value, valid_hte_share, above_scale_rd_intensity, above_scale_rd_institution_rate, valid_invention_patents: missing industry_output_value, above_scale_rd_intensity, above_scale_rd_institution_rate, valid_invention_patents (Art. 9 第九条)",
        ),
        (
            {**TARGET.to_dict(), "gdp": 1},
            "gdp: the five core indicators are exactly industry_output_value, valid_hte_share, above_scale_rd_intensity, above_scale_rd_institution_rate, valid_invention_patents: unknown gdp (Art. 9 第九条)",
        ),
        (
            {**TARGET.to_dict(), "valid_invention_patents": -1},
            "valid_invention_patents: -1 is not a whole number ≥ 0 (Art. 9 第九条)",
        ),
    ],
)
def test_bad_indicator_data_is_refused_by_name(data: dict[str, object], message: str) -> None:
    with pytest.raises(InputError) as info:
        CoreIndicators.from_dict(data)
    assert str(info.value) == message


def test_a_float_ratio_is_refused() -> None:
    with pytest.raises(FloatMoneyError) as info:
        CoreIndicators("1", 0.3, "0", "0", 1)
    assert str(info.value).startswith("valid_hte_share: 0.3 is a float")
