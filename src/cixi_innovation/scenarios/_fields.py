"""Fields shared by the yearly facts, the platform specs and the scenario (共用字段).

The attrs converters of the optional money, dates, spending (Art. 10 expenses) and
probabilities, and the readers of the spending and of the core indicators (Annex 1 §3),
which the yearly facts and the platform specs both hold.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from decimal import Decimal
from typing import Any

from cixi_innovation.law.indicators import CoreIndicators, Indicator
from cixi_innovation.rules.subsidy_expenses import Expense, ExpenseCategory
from cixi_innovation.scenarios._format import (
    BOOLEAN,
    MONEY,
    RATIO,
    Key,
    Kind,
    Named,
    Shape,
    declare,
    enum,
    kind_of,
)
from cixi_innovation.scenarios._plain import (
    FieldReaders,
    Reader,
    checked_tuple,
    choice,
    each,
    item_reader,
    join_path,
    to_day,
)
from cixi_innovation.scenarios._spellings import money_spelling, ratio_spelling
from cixi_innovation.scenarios._wording import TRUE_OR_FALSE, is_not, not_of_type
from cixi_innovation.scenarios.probabilities import Probabilities
from cixi_innovation.values.money import to_money

__all__ = [
    "optional_day",
    "optional_money",
    "optional_probabilities",
    "read_indicators",
    "read_spending",
    "spending_or_none",
]


def optional_money(value: object) -> Decimal | None:
    """An amount of money, or None."""
    return None if value is None else to_money(value, field="amount")


def optional_day(value: object) -> date | None:
    """A date, or None."""
    return None if value is None else to_day(value, "on")


def spending_or_none(value: object) -> tuple[Expense, ...] | None:
    """A list of expenses, or None."""
    if value is None:
        return None
    return checked_tuple(value, Expense, "spending")


def optional_probabilities(value: object) -> Probabilities | None:
    """Probabilities, or None."""
    if value is None or isinstance(value, Probabilities):
        return value
    raise not_of_type(value, "Probabilities", "probabilities")


def _staff(r: Reader, d: Mapping[str, Any], key: str, path: str) -> object:
    staff = d.get(key)
    if staff is not None and not isinstance(staff, bool):
        r.fail(is_not(join_path(path, key), staff, TRUE_OR_FALSE))
    return staff


declare(_staff, BOOLEAN)

_EXPENSE: FieldReaders = (
    ("amount", Reader.money),
    ("category", choice(ExpenseCategory, enum(ExpenseCategory, "An expense category of Art. 10."))),
    ("description", Reader.text),
    ("full_time_daily_staff", _staff),
)
_STAFF = ExpenseCategory.STAFF_REMUNERATION.code
# What Expense checks when it is built, for the schema: a category or a description that
# is not blank; the staff flag with staff remuneration, and only then.
_EXPENSE_RULES = {
    "allOf": [
        {
            "anyOf": [
                {"required": ["category"]},
                {"required": ["description"], "properties": {"description": {"pattern": "\\S"}}},
            ]
        },
        {
            "if": {"required": ["category"], "properties": {"category": {"const": _STAFF}}},
            "then": {"required": ["full_time_daily_staff"]},
            "else": {"not": {"required": ["full_time_daily_staff"]}},
        },
    ]
}

_read_expense = item_reader(
    Expense,
    _EXPENSE,
    "expense",
    "An expense charged to the operating subsidy (Art. 10): a category, or a description for "
    "other spending; for staff remuneration, whether the persons paid are full-time staff of "
    "the Complex's day-to-day work (and only then).",
    _EXPENSE_RULES,
)
_read_expenses = each(_read_expense)


def read_spending(r: Reader, d: Mapping[str, Any], key: str, path: str) -> object:
    """The expenses at ``key`` (Art. 10), None when left out."""
    return _read_expenses(r, d, key, path) if key in d else None


declare(read_spending, Named("spending", kind_of(_read_expenses)))

#: The kinds of the indicators that are not ratios.
_NOT_RATIOS: dict[Indicator, Kind] = {
    Indicator.INDUSTRY_OUTPUT_VALUE: MONEY,
    Indicator.VALID_INVENTION_PATENTS: {"type": "integer", "minimum": 0},
}
_INDICATORS = Shape(
    tuple(Key(i.code, _NOT_RATIOS.get(i, RATIO), required=True) for i in Indicator),
    "The five core indicators of Art. 9.",
)


def read_indicators(r: Reader, value: object, path: str) -> CoreIndicators | None:
    """Core indicators, every one of them given (Annex 1 §3)."""
    d = r.shaped(value, path, _INDICATORS)
    if d is None or any(c not in d for c in _INDICATORS.required):
        return None
    return r.build(path, _indicators, d, path)


declare(read_indicators, Named("indicators", _INDICATORS))


def _indicators(d: Mapping[str, Any], path: str) -> CoreIndicators:
    spelled = {code: ratio_spelling(value, join_path(path, code)) for code, value in d.items()}
    output = Indicator.INDUSTRY_OUTPUT_VALUE.code
    spelled[output] = money_spelling(d[output], join_path(path, output))
    return CoreIndicators.from_dict(spelled)
