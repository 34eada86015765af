"""Exact money at its edges: the bounds, negative zero, sub-fen bases, large amounts.

Principle 5 of the design: "Money is ``decimal.Decimal`` yuan, rounded to the fen; a cap
is never exceeded by rounding (round down).  Floats are refused as money input."  These
tests pin the edges the rules rarely reach: the largest amount handled, zero written
with a sign, amounts longer than the default decimal precision, the error of each kind
of bad input with its field and article.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from fractions import Fraction

import pytest

from cixi_innovation.law.measures import MEASURES
from cixi_innovation.values.citations import Citation
from cixi_innovation.values.errors import (
    FloatMoneyError,
    InvalidMoneyError,
    NegativeAmountError,
    OutsideForceError,
)
from cixi_innovation.values.money import (
    MAX_AMOUNT,
    cap_to_fen,
    format_money,
    round_to_fen,
    share_of,
    to_money,
    to_ratio,
)

ART_10 = Citation.article(10)


#: Bad amounts with the error and message each gets (Art. 10 names the amount "claimed").
BAD_AMOUNTS = [
    (True, InvalidMoneyError, "True is a bool, not an amount"),
    (
        0.5,
        FloatMoneyError,
        "0.5 is a float; money must be given as int, str or Decimal yuan so that it stays exact",
    ),
    ("five", InvalidMoneyError, "'five' is not a number of yuan"),
    ([5], InvalidMoneyError, "[5] (list) is not an amount; give int, str or Decimal yuan"),
    (Decimal("NaN"), InvalidMoneyError, "Decimal('NaN') is not a finite amount"),
    (
        10**15,
        InvalidMoneyError,
        "1000000000000000 is beyond the largest amount handled (1,000,000,000,000,000 yuan)",
    ),
    (-1, NegativeAmountError, "-1 is negative; amounts here are ≥ 0 yuan"),
    (
        "0.001",
        InvalidMoneyError,
        "'0.001' has more than two decimal places; amounts are whole fen (0.01 yuan)",
    ),
]
#: Bad ratios with the error and message each gets (Art. 10 names the ratio "share").
BAD_RATIOS = [
    (
        True,
        InvalidMoneyError,
        "True is a bool; give a ratio as Fraction, int, Decimal or a string such as '1/3' or '50%'",
    ),
    (
        0.5,
        FloatMoneyError,
        "0.5 is a float; give a ratio as Fraction, int, Decimal or a string such as '1/3' or '50%'",
    ),
    ("half", InvalidMoneyError, "'half' is not a ratio (e.g. '1/3', '0.5' or '50%')"),
    ("-1/3", NegativeAmountError, "'-1/3' is negative"),
]


@pytest.mark.parametrize(
    ("convert", "field", "value", "error", "message"),
    [
        *(
            pytest.param(to_money, "claimed", *case, id=f"amount-{name}")
            for name, case in zip(
                ["bool", "float", "text", "list", "nan", "max", "negative", "sub-fen"],
                BAD_AMOUNTS,
                strict=True,
            )
        ),
        *(
            pytest.param(to_ratio, "share", *case, id=f"ratio-{name}")
            for name, case in zip(["bool", "float", "text", "negative"], BAD_RATIOS, strict=True)
        ),
    ],
)
def test_each_bad_amount_or_ratio_names_its_field_and_article(
    convert: Callable[..., object], field: str, value: object, error: type[Exception], message: str
) -> None:
    with pytest.raises(InvalidMoneyError) as caught:
        convert(value, field=field, article=ART_10)
    assert type(caught.value) is error
    assert str(caught.value) == f"{field}: {message} (Art. 10 第十条)"


def test_the_largest_amount_handled_is_a_fen_below_the_bound() -> None:
    largest = MAX_AMOUNT - Decimal("0.01")
    assert to_money(largest) == Decimal("999999999999999.99")
    assert to_money(str(largest)) == Decimal("999999999999999.99")
    for bound in (MAX_AMOUNT, Decimal("1000000000000000.00"), -MAX_AMOUNT):
        with pytest.raises(InvalidMoneyError, match="beyond the largest amount handled"):
            to_money(bound, allow_negative=True)


@pytest.mark.parametrize("zero", [Decimal("-0.00"), Decimal("-0"), "-0.00", 0, Decimal("0E+3")])
def test_zero_is_written_without_a_sign_and_with_two_places(zero: object) -> None:
    amount = to_money(zero, allow_negative=True)
    assert (str(amount), amount.is_signed()) == ("0.00", False)


def test_a_ratio_text_of_64_characters_is_read_and_one_of_65_is_not() -> None:
    text = "0." + "0" * 61 + "1"
    assert len(text) == 64
    assert to_ratio(text) == Fraction(1, 10**62)
    with pytest.raises(InvalidMoneyError, match="is not a ratio"):
        to_ratio(text + "0")


def test_a_decimal_ratio_of_ten_to_the_64th_is_read_and_one_of_ten_to_the_65th_is_not() -> None:
    assert to_ratio(Decimal("1E64")) == Fraction(10**64)
    assert to_ratio(Decimal("1E-64")) == Fraction(1, 10**64)
    for beyond in ("1E+65", "1E-65"):
        with pytest.raises(InvalidMoneyError) as caught:
            to_ratio(Decimal(beyond))
        assert str(caught.value) == (
            f"ratio: Decimal('{beyond}') is not a ratio (e.g. '1/3', '0.5' or '50%')"
        )


def test_a_share_of_a_base_below_the_fen_is_rounded_down() -> None:
    assert share_of(Decimal("0.015"), Fraction(1)) == Decimal("0.01")
    assert share_of(Decimal("0.019"), Fraction(1, 1)) == Decimal("0.01")
    assert share_of(Decimal("100.00"), Fraction(0)) == Decimal("0.00")
    assert str(share_of(Decimal("-0.03"), Fraction(1, 2))) == "-0.01"


def test_rounding_is_exact_beyond_the_default_decimal_precision() -> None:
    big = Decimal("12345678901234567890123456789.995")
    assert round_to_fen(big) == Decimal("12345678901234567890123456790.00")
    assert cap_to_fen(big) == Decimal("12345678901234567890123456789.99")
    # the base is read whole (31 digits), the share fits the default precision (28)
    base = Decimal("12345678901234567890123456789.99")
    assert share_of(base, Fraction(1, 1000)) == Decimal("12345678901234567890123456.78")


@pytest.mark.parametrize(
    ("amount", "zh"),
    [
        ("9999.99", "9,999.99 元"),
        ("10000.00", "10,000.00 元(1 万元)"),
        ("-10000.00", "-10,000.00 元(-1 万元)"),
    ],
)
def test_chinese_amounts_of_one_wan_or_more_also_show_wan(amount: str, zh: str) -> None:
    assert format_money(Decimal(amount), "zh") == zh
    assert format_money(Decimal(amount), "en") == "CNY " + zh.split(" 元")[0]


def test_the_date_checks_name_the_field_date_by_default() -> None:
    day = date(2030, 1, 1)
    message = "date: 2030-01-01 is outside the Measures' force [2024-12-25, 2029-12-25) (Art. 24 第二十四条)"
    with pytest.raises(OutsideForceError) as checked:
        MEASURES.check_in_force(day)
    with pytest.raises(OutsideForceError) as gated:
        MEASURES.gate(day)
    assert str(checked.value) == str(gated.value) == message
