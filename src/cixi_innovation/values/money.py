"""Exact money: Decimal yuan, whole fen, caps that are never exceeded by rounding.

Money is a plain :class:`decimal.Decimal` number of yuan (元) with exactly two
decimal places (fen, 分).  :func:`to_money` is the single door through which amounts
enter the library: it accepts ``int``, ``str`` and ``Decimal`` and refuses ``float``
(binary floats cannot hold 0.1 exactly), ``bool``, NaN and infinities.

Caps in the Measures ("最高不超过", "不得超过") are inclusive and are rounded *down*
to the fen, so rounding can never take an amount over its cap:

>>> from fractions import Fraction
>>> share_of(Decimal("500000"), Fraction(1, 3))
Decimal('166666.66')
>>> format_yuan(Decimal("166666.66")), format_wan(Decimal("166666.66"))
('166,666.66 元', '16.666666 万元')
"""

from __future__ import annotations

import functools
import re
from decimal import ROUND_DOWN, ROUND_HALF_UP, Context, Decimal, InvalidOperation
from fractions import Fraction
from typing import TYPE_CHECKING

from cixi_innovation.values.errors import FloatMoneyError, InvalidMoneyError, NegativeAmountError

if TYPE_CHECKING:
    from cixi_innovation.values.citations import Citation

__all__ = [
    "FEN",
    "MAX_AMOUNT",
    "WAN",
    "ZERO",
    "MoneyInput",
    "RatioInput",
    "cap_to_fen",
    "format_money",
    "format_ratio",
    "format_wan",
    "format_yuan",
    "round_to_fen",
    "share_of",
    "to_money",
    "to_ratio",
]

#: One fen (分), the smallest unit of money: 0.01 yuan.
FEN = Decimal("0.01")
#: Zero yuan, with two decimal places.
ZERO = Decimal("0.00")
#: One 万元 (ten thousand yuan), the unit the Measures use for the Art. 10 cap.
WAN = Decimal(10_000)
#: A technical bound, not a policy number: no amount here reaches 10^15 yuan, and the
#: bound keeps absurd inputs such as ``"1e999999"`` from reaching the arithmetic.
MAX_AMOUNT = Decimal(10) ** 15

#: The context of the library's own arithmetic.  Passed to ``same_quantum`` too, where
#: it changes nothing (both operands are Decimals already) but spares the look-up of
#: the thread's current context.
_CONTEXT = Context(prec=50)
#: A technical bound on ratios: at most this many characters of text and this power of
#: ten, so that ``"1e999999999"`` is refused instead of being expanded digit by digit.
_RATIO_DIGITS = 64


@functools.cache
def _exponent() -> re.Pattern[str]:
    """The exponent of a ratio written as text, compiled when a ratio is first read."""
    return re.compile(r"[eE]([-+]?[0-9_]+)")


def _shown(value: object) -> str:
    """``repr(value)``, or what an integer is when it is too long to print."""
    try:
        return repr(value)
    except ValueError:  # an int longer than sys.get_int_max_str_digits()
        return f"an integer of {Decimal(value).adjusted() + 1} digits"  # type: ignore[arg-type]


MoneyInput = int | str | Decimal
RatioInput = Fraction | int | str | Decimal


def to_money(
    value: object,
    *,
    field: str = "amount",
    article: Citation | None = None,
    allow_negative: bool = False,
) -> Decimal:
    """Turn ``value`` into an exact amount of yuan with two decimal places.

    Args:
        value: an ``int``, a ``str`` such as ``"500000"`` or ``"1_234.50"``, or a ``Decimal``.
        field: the input's name, used in error messages.
        article: the provision the amount falls under, used in error messages.
        allow_negative: accept amounts below zero (balances, refunds).

    Raises:
        FloatMoneyError: ``value`` is a float.
        NegativeAmountError: ``value`` is negative and ``allow_negative`` is false.
        InvalidMoneyError: anything else that is not a finite amount in whole fen.

    >>> to_money(500000), to_money("0.5"), to_money(Decimal("1.10"))
    (Decimal('500000.00'), Decimal('0.50'), Decimal('1.10'))
    """
    # Mutation testing: type(None) here is equivalent: without the fast path the checks below return the same value;
    # so is same_quantum without _CONTEXT (or with None): a context serves only to convert an operand that is not a Decimal
    if type(value) is Decimal and value.same_quantum(FEN, _CONTEXT) and ZERO < value < MAX_AMOUNT:
        # Fast path for a value already in whole fen and in range (most values the rules
        # pass on): every check below would accept it and return it unchanged.
        return value
    if isinstance(value, Decimal):
        amount = value
    elif isinstance(value, bool):
        raise InvalidMoneyError(
            f"{value!r} is a bool, not an amount",
            zh=f"{value!r} 是布尔值,不是金额",
            field=field,
            article=article,
        )
    elif isinstance(value, int):
        amount = Decimal(value)
    elif isinstance(value, float):
        raise FloatMoneyError(
            f"{value!r} is a float; money must be given as int, str or Decimal yuan "
            "so that it stays exact",
            zh=f"{value!r} 是浮点数;金额须以整数、字符串或 Decimal(元)给出,以保持精确",
            field=field,
            article=article,
        )
    elif isinstance(value, str):
        try:
            amount = Decimal(value.strip())
        except InvalidOperation:
            raise InvalidMoneyError(
                f"{value!r} is not a number of yuan",
                zh=f"{value!r} 不是以元计的金额",
                field=field,
                article=article,
            ) from None
    else:
        raise InvalidMoneyError(
            f"{value!r} ({type(value).__name__}) is not an amount; give int, str or Decimal yuan",
            zh=f"{value!r}({type(value).__name__})不是金额;请以整数、字符串或 Decimal(元)给出",
            field=field,
            article=article,
        )
    if not amount.is_finite():
        raise InvalidMoneyError(
            f"{value!r} is not a finite amount",
            zh=f"{value!r} 不是有限的金额",
            field=field,
            article=article,
        )
    if amount.copy_abs() >= MAX_AMOUNT:  # copy_abs: no context, so no overflow
        raise InvalidMoneyError(
            f"{_shown(value)} is beyond the largest amount handled ({MAX_AMOUNT:,} yuan)",
            zh=f"{_shown(value)} 超出可处理的最大金额({MAX_AMOUNT:,} 元)",
            field=field,
            article=article,
        )
    if amount < 0 and not allow_negative:
        raise NegativeAmountError(
            f"{value!r} is negative; amounts here are ≥ 0 yuan",
            zh=f"{value!r} 为负数;此处金额须 ≥ 0 元",
            field=field,
            article=article,
        )
    # Mutation testing, not mutated: the default context is as good here: amounts below 10**15 in fen fit its 28 digits
    fen = amount.quantize(FEN, context=_CONTEXT)  # pragma: no mutate
    if fen != amount:
        raise InvalidMoneyError(
            f"{value!r} has more than two decimal places; amounts are whole fen (0.01 yuan)",
            zh=f"{value!r} 的小数超过两位;金额以分(0.01 元)为单位",
            field=field,
            article=article,
        )
    # Mutation testing: 'fen - 0' and '(fen) or True' are equivalent: a non-zero amount is unchanged and -0.00 + 0 is 0.00
    return fen + 0 if fen else ZERO  # normalise -0.00 to 0.00


def round_to_fen(amount: Decimal) -> Decimal:
    """Round a computed amount to the nearest fen, halves away from zero (四舍五入).

    >>> round_to_fen(Decimal("0.125")), round_to_fen(Decimal("-0.125"))
    (Decimal('0.13'), Decimal('-0.13'))
    """
    return amount.quantize(FEN, rounding=ROUND_HALF_UP, context=_CONTEXT)


def cap_to_fen(amount: Decimal) -> Decimal:
    """Round a cap down to the fen, so that staying within it is never broken by rounding.

    >>> cap_to_fen(Decimal("166666.6666"))
    Decimal('166666.66')
    """
    return amount.quantize(FEN, rounding=ROUND_DOWN, context=_CONTEXT)


def share_of(base: Decimal, ratio: Fraction) -> Decimal:
    """``ratio × base``, exact, then rounded down to the fen (for a cap "不超过 ratio").

    The product is computed in whole fen with integer arithmetic, so thirds are exact
    until the final rounding down.

    >>> share_of(Decimal("15000000.00"), Fraction(1, 2))
    Decimal('7500000.00')
    """
    fen = int(base.scaleb(2, context=_CONTEXT).to_integral_value(rounding=ROUND_DOWN))
    numerator = fen * ratio.numerator
    quotient = abs(numerator) // ratio.denominator
    # Mutation testing: '- ZERO', '> 0' and '>= 1' are equivalent: they differ only for a zero quotient, whose sign vanishes
    return Decimal(quotient if numerator >= 0 else -quotient).scaleb(-2) + ZERO


def to_ratio(value: object, *, field: str = "ratio", article: Citation | None = None) -> Fraction:
    """Turn ``value`` into an exact, non-negative :class:`fractions.Fraction`.

    Accepts a ``Fraction``, an ``int``, a ``Decimal`` or a string such as ``"1/3"``,
    ``"0.5"`` or ``"50%"``.  Floats are refused, as for money.

    >>> to_ratio("1/3"), to_ratio("50%"), to_ratio(Decimal("0.25"))
    (Fraction(1, 3), Fraction(1, 2), Fraction(1, 4))
    """
    if isinstance(value, bool | float):
        cls = FloatMoneyError if isinstance(value, float) else InvalidMoneyError
        raise cls(
            f"{value!r} is a {type(value).__name__}; give a ratio as Fraction, int, Decimal "
            "or a string such as '1/3' or '50%'",
            zh=f"{value!r} 是 {type(value).__name__};比例须以 Fraction、int、Decimal 或字符串"
            "(例如 '1/3' 或 '50%')给出",
            field=field,
            article=article,
        )
    try:
        if isinstance(value, Fraction | int):
            ratio = Fraction(value)
        elif isinstance(value, Decimal):
            if not value.is_finite() or abs(value.adjusted()) > _RATIO_DIGITS:
                raise ValueError
            ratio = Fraction(value)
        elif isinstance(value, str):
            text = value.strip()
            percent = text.endswith("%")
            exponent = _exponent().search(text)
            if len(text) > _RATIO_DIGITS or (
                exponent is not None and abs(int(exponent.group(1))) > _RATIO_DIGITS
            ):
                raise ValueError
            ratio = Fraction(text[:-1] if percent else text) / (100 if percent else 1)
        else:
            raise ValueError
    except (ValueError, ZeroDivisionError):
        raise InvalidMoneyError(
            f"{value!r} is not a ratio (e.g. '1/3', '0.5' or '50%')",
            zh=f"{value!r} 不是比例(例如 '1/3'、'0.5' 或 '50%')",
            field=field,
            article=article,
        ) from None
    if ratio < 0:
        raise NegativeAmountError(
            f"{_shown(value)} is negative",
            zh=f"{_shown(value)} 为负数",
            field=field,
            article=article,
        )
    return ratio


def format_yuan(amount: Decimal, lang: str = "zh") -> str:
    """Format yuan with thousands separators: ``500,000.00 元`` (zh) or ``CNY 500,000.00`` (en)."""
    text = f"{amount:,.2f}"
    return f"{text} 元" if lang == "zh" else f"CNY {text}"


def format_wan(amount: Decimal, lang: str = "zh") -> str:
    """Format in 万元 (10,000 yuan), exactly: ``50 万元``, ``16.666666 万元``.

    >>> format_wan(Decimal("500000.00")), format_wan(Decimal("123.40"), "en")
    ('50 万元', '0.01234 wan yuan')
    """
    # Mutation testing: normalize in the default context is the same here: the quotient already has at most 28 digits
    wan = (amount / WAN).normalize(context=_CONTEXT)
    text = f"{wan:,f}"
    return f"{text} 万元" if lang == "zh" else f"{text} wan yuan"


def format_money(amount: Decimal, lang: str = "zh") -> str:
    """Format yuan as :func:`format_yuan` does, adding 万元 in Chinese for large sums.

    >>> format_money(Decimal("500000.00"))
    '500,000.00 元(50 万元)'
    >>> format_money(Decimal("500000.00"), "en")
    'CNY 500,000.00'
    """
    if lang == "zh" and abs(amount) >= WAN:
        # Mutation testing: dropping lang is equivalent: this branch is Chinese, the default of both
        return f"{format_yuan(amount, lang)}({format_wan(amount, lang)})"
    return format_yuan(amount, lang)


def format_ratio(ratio: Fraction) -> str:
    """Format a ratio as a fraction or a percentage when it is one exactly.

    >>> format_ratio(Fraction(1, 3)), format_ratio(Fraction(1, 2))
    ('1/3', '50%')
    """
    percent = ratio * 100
    if percent.denominator == 1:
        return f"{percent.numerator}%"
    return f"{ratio.numerator}/{ratio.denominator}"
