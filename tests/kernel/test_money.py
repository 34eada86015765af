"""Exact money: Decimal yuan, whole fen, caps rounded down (Art. 10, Art. 20 ¶2)."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest

from cixi_innovation.values.citations import Citation
from cixi_innovation.values.errors import (
    FloatMoneyError,
    InvalidMoneyError,
    NegativeAmountError,
)
from cixi_innovation.values.money import (
    FEN,
    MAX_AMOUNT,
    ZERO,
    cap_to_fen,
    format_money,
    format_ratio,
    format_wan,
    format_yuan,
    round_to_fen,
    share_of,
    to_money,
    to_ratio,
)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (500000, Decimal("500000.00")),
        ("500000", Decimal("500000.00")),
        (" 1_234.5 ", Decimal("1234.50")),
        (Decimal("0.1"), Decimal("0.10")),
        (Decimal("1.500"), Decimal("1.50")),
        ("-0", Decimal("0.00")),
        ("1e2", Decimal("100.00")),
        (0, Decimal("0.00")),
    ],
)
def test_to_money_accepts_int_str_and_decimal_as_whole_fen(
    value: object, expected: Decimal
) -> None:
    amount = to_money(value)
    assert amount == expected
    assert amount.as_tuple().exponent == -2
    assert str(amount) == str(expected)


def test_to_money_refuses_a_float_naming_field_and_article() -> None:
    with pytest.raises(FloatMoneyError) as info:
        to_money(0.1, field="claimed", article=Citation.article(10))
    assert str(info.value) == (
        "claimed: 0.1 is a float; money must be given as int, str or Decimal yuan so that it "
        "stays exact (Art. 10 第十条)"
    )
    assert info.value.field == "claimed"
    assert info.value.article == Citation.article(10)
    assert isinstance(info.value, TypeError)
    assert isinstance(info.value, ValueError)


@pytest.mark.parametrize(
    ("value", "cls", "message"),
    [
        (True, InvalidMoneyError, "amount: True is a bool, not an amount"),
        ("abc", InvalidMoneyError, "amount: 'abc' is not a number of yuan"),
        ("NaN", InvalidMoneyError, "amount: 'NaN' is not a finite amount"),
        (
            Decimal("Infinity"),
            InvalidMoneyError,
            "amount: Decimal('Infinity') is not a finite amount",
        ),
        (
            "0.001",
            InvalidMoneyError,
            "amount: '0.001' has more than two decimal places; amounts are whole fen (0.01 yuan)",
        ),
        (-1, NegativeAmountError, "amount: -1 is negative; amounts here are ≥ 0 yuan"),
        (
            [1],
            InvalidMoneyError,
            "amount: [1] (list) is not an amount; give int, str or Decimal yuan",
        ),
        (
            "1e999999",
            InvalidMoneyError,
            "amount: '1e999999' is beyond the largest amount handled (1,000,000,000,000,000 yuan)",
        ),
    ],
)
def test_to_money_refuses_what_is_not_an_exact_amount(
    value: object, cls: type, message: str
) -> None:
    with pytest.raises(cls) as info:
        to_money(value)
    assert str(info.value) == message


def test_negative_amounts_are_accepted_where_allowed() -> None:
    assert to_money("-12.30", allow_negative=True) == Decimal("-12.30")


def test_rounding_to_fen_is_half_up_and_caps_round_down() -> None:
    assert round_to_fen(Decimal("0.125")) == Decimal("0.13")
    assert round_to_fen(Decimal("0.124")) == Decimal("0.12")
    assert cap_to_fen(Decimal("166666.6699")) == Decimal("166666.66")
    assert cap_to_fen(Decimal("2")) == Decimal("2.00")


def test_one_third_of_500000_is_166666_66_rounded_down_art_10() -> None:
    assert share_of(Decimal("500000.00"), Fraction(1, 3)) == Decimal("166666.66")


def test_half_of_15_million_is_7_5_million_art_20() -> None:
    assert share_of(Decimal("15000000.00"), Fraction(1, 2)) == Decimal("7500000.00")


def test_share_of_a_negative_base_rounds_toward_zero() -> None:
    assert share_of(Decimal("-1.00"), Fraction(1, 3)) == Decimal("-0.33")
    assert share_of(ZERO, Fraction(1, 3)) == ZERO


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("1/3", Fraction(1, 3)),
        ("50%", Fraction(1, 2)),
        ("0.25", Fraction(1, 4)),
        (Decimal("0.5"), Fraction(1, 2)),
        (2, Fraction(2)),
        (Fraction(3, 7), Fraction(3, 7)),
    ],
)
def test_to_ratio_is_exact(value: object, expected: Fraction) -> None:
    assert to_ratio(value) == expected


@pytest.mark.parametrize(
    ("value", "cls", "message"),
    [
        (
            0.5,
            FloatMoneyError,
            "ratio: 0.5 is a float; give a ratio as Fraction, int, Decimal or a string such as '1/3' or '50%'",
        ),
        (
            True,
            InvalidMoneyError,
            "ratio: True is a bool; give a ratio as Fraction, int, Decimal or a string such as '1/3' or '50%'",
        ),
        ("1/0", InvalidMoneyError, "ratio: '1/0' is not a ratio (e.g. '1/3', '0.5' or '50%')"),
        ("x", InvalidMoneyError, "ratio: 'x' is not a ratio (e.g. '1/3', '0.5' or '50%')"),
        (
            Decimal("NaN"),
            InvalidMoneyError,
            "ratio: Decimal('NaN') is not a ratio (e.g. '1/3', '0.5' or '50%')",
        ),
        (
            "9" * 65,
            InvalidMoneyError,
            f"ratio: '{'9' * 65}' is not a ratio (e.g. '1/3', '0.5' or '50%')",
        ),
        (None, InvalidMoneyError, "ratio: None is not a ratio (e.g. '1/3', '0.5' or '50%')"),
        ("-1/2", NegativeAmountError, "ratio: '-1/2' is negative"),
    ],
)
def test_to_ratio_refuses_floats_and_nonsense(value: object, cls: type, message: str) -> None:
    with pytest.raises(cls) as info:
        to_ratio(value)
    assert str(info.value) == message


def test_formatting_in_yuan_and_wan_yuan() -> None:
    amount = Decimal("166666.66")
    assert format_yuan(amount) == "166,666.66 元"
    assert format_yuan(amount, "en") == "CNY 166,666.66"
    assert format_wan(amount) == "16.666666 万元"
    assert format_wan(Decimal("500000.00")) == "50 万元"
    assert format_wan(Decimal("500000.00"), "en") == "50 wan yuan"
    assert format_money(Decimal("500000.00")) == "500,000.00 元(50 万元)"
    assert format_money(Decimal("9999.99")) == "9,999.99 元"
    assert format_money(Decimal("500000.00"), "en") == "CNY 500,000.00"


def test_format_ratio() -> None:
    assert format_ratio(Fraction(1, 3)) == "1/3"
    assert format_ratio(Fraction(1, 2)) == "50%"
    assert format_ratio(Fraction(3, 1000)) == "3/1000"


def test_constants() -> None:
    assert (Decimal("0.01"), Decimal("0.00"), Decimal(10**15)) == (FEN, ZERO, MAX_AMOUNT)
