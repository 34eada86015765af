"""The wording many problems of a scenario share, each written once in both languages (措辞).

A problem says what is wrong in English and in Chinese with the same values.  The
shapes that recur across the readers ("is missing", "unknown key", "is not a whole
number", "is not a language" …) are written here once, so that every reader says them
alike in both languages.
"""

from __future__ import annotations

from collections.abc import Iterable

from cixi_innovation.law.nouns import type_noun
from cixi_innovation.scenarios.problems import Problem
from cixi_innovation.values._attrs import frozen
from cixi_innovation.values.errors import InputError

__all__ = [
    "A_LIST",
    "A_MAPPING",
    "A_SCENARIO",
    "A_TEXT",
    "A_WHOLE_NUMBER",
    "TRUE_OR_FALSE",
    "Words",
    "blank",
    "counted",
    "given_twice",
    "is_not",
    "missing",
    "not_a",
    "not_a_chart",
    "not_a_language",
    "not_in_horizon",
    "not_of_type",
    "unknown_key",
]


@frozen
class Words:
    """What a value should be, in English and in Chinese (e.g. "a whole number", "整数")."""

    en: str
    zh: str


A_TEXT = Words("a text", "文本")
A_WHOLE_NUMBER = Words("a whole number", "整数")
TRUE_OR_FALSE = Words("true or false", "true 或 false")
A_MAPPING = Words("a mapping", "映射(表)")
A_LIST = Words("a list", "列表")
A_SCENARIO = Words("a Scenario", "情景(Scenario)")


def missing(path: str) -> Problem:
    """A required key left out."""
    return Problem(path, "is missing", zh="缺少此项")


def blank(path: str) -> Problem:
    """A text that must say something and is blank."""
    return Problem(path, "is blank", zh="为空白")


def given_twice(path: str) -> Problem:
    """A key given more than once."""
    return Problem(path, "is given twice", zh="重复给出")


def unknown_key(path: str, allowed: Iterable[str]) -> Problem:
    """A key that is not one of ``allowed``."""
    keys = tuple(allowed)
    return Problem(
        path,
        f"unknown key; expected one of: {', '.join(keys)}",
        zh=f"未知的键;可用的键:{'、'.join(keys)}",
    )


def is_not(path: str, value: object, what: Words) -> Problem:
    """``value`` at ``path`` is not ``what``."""
    return Problem(path, f"{value!r} is not {what.en}", zh=f"{value!r} 不是{what.zh}")


def not_a(value: object, what: Words, field: str) -> InputError:
    """The error: ``value`` given for ``field`` is not ``what``."""
    return InputError(f"{value!r} is not {what.en}", zh=f"{value!r} 不是{what.zh}", field=field)


def not_a_language(lang: object) -> InputError:
    """The error: ``lang`` is neither of the two languages of a rendering."""
    return InputError(
        f"{lang!r} is not a language; choose zh or en",
        zh=f"{lang!r} 不是可选的语言;请选 zh 或 en",
        field="lang",
    )


def not_in_horizon(year: object) -> InputError:
    """The error: ``year`` is not one of the years simulated."""
    return InputError(
        f"{year} is not a year of the horizon", zh=f"{year} 不是模拟期内的年度", field="year"
    )


def not_a_chart(chart: object, first: str, second: str) -> InputError:
    """The error: ``chart`` is neither of the two charts a result draws."""
    return InputError(
        f"{chart!r} is not a chart; choose {first} or {second}",
        zh=f"{chart!r} 不是可选的图表;请选 {first} 或 {second}",
        field="chart",
    )


def not_of_type(value: object, name: str, field: str, *, article: str = "") -> InputError:
    """The error: ``value`` given for ``field`` is not of the type ``name``."""
    name_zh = type_noun(name)
    return InputError(
        f"{value!r} is not {article}{name}", zh=f"{value!r} 不是{name_zh}", field=field
    )


def counted(value: object, least: int, what: Words, field: str) -> int:
    """``value`` if it is a whole number of at least ``least``; else the error saying so."""
    if isinstance(value, bool) or not isinstance(value, int) or value < least:
        raise InputError(
            f"{value!r} is not {what.en} ({least} or more)",
            zh=f"{value!r} 不是{what.zh}({least} 或以上)",
            field=field,
        )
    return value
