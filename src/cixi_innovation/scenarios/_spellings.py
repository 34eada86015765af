"""How a scenario file spells its amounts, ratios and dates (书写格式): ASCII only.

The library's converters (:func:`~cixi_innovation.values.money.to_money`,
:func:`~cixi_innovation.values.money.to_ratio`, :func:`~cixi_innovation.values.dates.to_date`)
read what Python reads, which includes digits of every script (``"５０００００"``,
``"٥٠٠٠٠٠"``), exponents (``"5E5"``) and signed zeros (``"-0.00"``).  A scenario file is
stricter: it is also read by other tools through its JSON Schema, so each value is
checked here against the pattern the schema gives for it, before it is converted.
These patterns are the schema's (a test holds the shipped schema to them); each is
valid both as a Python and as an ECMA-262 regular expression, and is matched whole.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from decimal import Decimal
from fractions import Fraction

from cixi_innovation.scenarios._wording import Words
from cixi_innovation.values.days import to_date
from cixi_innovation.values.errors import InputError
from cixi_innovation.values.money import to_money, to_ratio

__all__ = [
    "DATE",
    "MONEY",
    "MONTH_DAY",
    "RATIO",
    "RATIO_MAX_LENGTH",
    "YEAR_KEY",
    "date_spelling",
    "money_spelling",
    "plain_money",
    "ratio_spelling",
    "spelled_money",
    "spelled_ratio",
]

# JSON's own white space; the schema validators' \s would take other spaces too.
_SPACE = "[ \\t\\n\\r]*"
_DIGITS = "[0-9]+(_[0-9]+)*"

#: Yuan as text: ASCII digits (``_`` between them), at most two decimals that are not
#: zeros, an optional ``+``; e.g. ``"500000"``, ``"320000.50"``.
MONEY = f"^{_SPACE}\\+?([0-9]+(_[0-9]+)*(\\.([0-9]{{1,2}}0*)?)?|\\.[0-9]{{1,2}}0*){_SPACE}$"
#: An exact ratio as text: ``"1/3"``, ``"0.5"``, ``"50%"`` (a denominator that is not zero).
RATIO = (
    f"^{_SPACE}\\+?({_DIGITS}(/(?=[0-9_]*[1-9]){_DIGITS}|\\.({_DIGITS})?)?|\\.{_DIGITS})"
    f"{_SPACE}%?{_SPACE}$"
)
#: The longest ratio text read (a technical bound, as the library's).
RATIO_MAX_LENGTH = 64
#: A calendar date, ``YYYY-MM-DD`` (whether it exists is checked when it is read).
DATE = "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"
#: A day of every year, ``MM-DD``.
MONTH_DAY = "^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"
#: A year as a key of a platform's ``years``.
YEAR_KEY = "^(19[0-9]{2}|[2-9][0-9]{3})$"

_MONEY = re.compile(MONEY)
_RATIO = re.compile(RATIO)
_DATE = re.compile(DATE)
_AMOUNT = Words("an amount of yuan", "以元计的金额")
_A_RATIO = Words("a ratio", "比例")
_A_DATE = Words("a date (YYYY-MM-DD)", "日期(YYYY-MM-DD)")


def _other_digits(text: str) -> bool:
    return any(not c.isascii() and unicodedata.decimal(c, None) is not None for c in text)


def _check(
    value: object,
    pattern: re.Pattern[str],
    convert: Callable[[str], object],
    field: str,
    what: Words,
    example: str,
) -> None:
    """Refuse a text the library's converter reads but a scenario file does not write.

    A text the converter refuses is left to it, so that its message (a month 13, an
    amount below the fen) is the one reported.
    """
    if not isinstance(value, str) or pattern.fullmatch(value) is not None:
        return
    try:
        convert(value)
    except InputError:
        return
    if _other_digits(value):
        raise InputError(
            f"{value!r} is written with digits other than 0-9; a scenario file writes "
            f"{what.en} in ASCII digits, e.g. {example!r}",
            zh=f"{value!r} 使用了 0-9 以外的数字;情景文件以 ASCII 数字书写{what.zh},"
            f"例如 {example!r}",
            field=field,
        )
    raise InputError(
        f"{value!r} is not {what.en} as a scenario file writes it, e.g. {example!r}",
        zh=f"{value!r} 不是情景文件所写的{what.zh},例如 {example!r}",
        field=field,
    )


def money_spelling(value: object, field: str) -> object:
    """``value``, unless it is a text that a scenario file does not write as money."""
    _check(value, _MONEY, to_money, field, _AMOUNT, "320000.50")
    return value


def ratio_spelling(value: object, field: str) -> object:
    """``value``, unless it is a text that a scenario file does not write as a ratio."""
    if isinstance(value, str) and len(value) > RATIO_MAX_LENGTH:
        raise InputError(
            f"a ratio is at most {RATIO_MAX_LENGTH} characters long, not {len(value)}",
            zh=f"比例至多 {RATIO_MAX_LENGTH} 个字符,而非 {len(value)} 个",
            field=field,
        )
    _check(value, _RATIO, to_ratio, field, _A_RATIO, "1/3")
    return value


def date_spelling(value: object, field: str) -> object:
    """``value``, unless it is a text that a scenario file does not write as a date."""
    _check(value, _DATE, to_date, field, _A_DATE, "2026-03-01")
    return value


def plain_money(value: object) -> Decimal | None:
    """The amount of a text written as :data:`MONEY` says, if the library accepts it; else None.

    The quick way for the common case: None sends the caller the long way, where a
    problem is named by its path.
    """
    if type(value) is not str or _MONEY.fullmatch(value) is None:
        return None
    try:
        return to_money(value)
    except InputError:
        return None


def spelled_money(value: object, field: str) -> Decimal:
    """An amount of yuan, from a value of a scenario file (:data:`MONEY` for a text)."""
    return to_money(money_spelling(value, field), field=field)


def spelled_ratio(value: object, field: str) -> Fraction:
    """An exact ratio, from a value of a scenario file (:data:`RATIO` for a text)."""
    return to_ratio(ratio_spelling(value, field), field=field)
