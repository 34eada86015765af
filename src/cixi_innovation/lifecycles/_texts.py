"""The input errors of the lifecycles that share a shape, in English and Chinese.

Several modules refuse a value of the wrong shape in the same words ("… is not a
mapping", "unknown field …", "… is not a known … schema version"); each pair of texts
is written here once, and the caller says only what was expected, in both languages.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from cixi_innovation.values.errors import InputError, InvalidChoiceError, Provision

__all__ = ["mapping", "not_a", "not_one_of", "unknown_key", "unknown_version"]


def not_a(
    en: str,
    *,
    zh: str,
    value: object,
    field: str | None,
    cls: type[InputError] = InputError,
    article: Provision | None = None,
) -> InputError:
    """``value`` is not ``en`` (``zh`` in Chinese): what ``field`` takes."""
    return cls(f"{value!r} is not {en}", zh=f"{value!r} 不是{zh}", field=field, article=article)


def not_one_of(
    en: str, *, zh: str, value: object, choices: Iterable[str], field: str
) -> InvalidChoiceError:
    """``value`` is not ``en`` (``zh``), with the ``choices`` that are."""
    listed = ", ".join(choices)
    return InvalidChoiceError(
        f"{value!r} is not {en}; choose one of: {listed}",
        zh=f"{value!r} 不是{zh};可选:{listed}",
        field=field,
    )


def unknown_key(
    en: str, *, zh: str, name: str, field: str, expected: Iterable[str] = ()
) -> InputError:
    """An unknown key ``name`` of a mapping of ``en`` (``zh``), and the keys expected."""
    listed = ", ".join(expected)
    tail, tail_zh = (f"; expected: {listed}", f";可用的{zh}:{listed}") if listed else ("", "")
    return InputError(
        f"unknown {en} {name!r}{tail}", zh=f"未知的{zh} {name!r}{tail_zh}", field=field
    )


def unknown_version(en: str, *, zh: str, value: object, current: int) -> InputError:
    """``value`` is not the schema version ``current`` of ``en`` (``zh``) this library reads."""
    return InputError(
        f"{value!r} is not a known {en} schema version; this library reads version {current}",
        zh=f"{value!r} 不是已知的{zh}格式版本;本库读取的版本为 {current}",
        field="schema_version",
    )


def mapping(value: object, field: str | None) -> Mapping[str, Any]:
    """``value`` if it is a mapping (of names to values), else the error naming ``field``."""
    if not isinstance(value, Mapping):
        raise not_a("a mapping", zh="映射", value=value, field=field)
    return value
