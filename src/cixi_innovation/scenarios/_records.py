"""What the renderings of results share (结果记录): languages, money text, plain data, pandas.

The results of a simulation (:mod:`~cixi_innovation.scenarios.results`) and of a Monte
Carlo study (:mod:`~cixi_innovation.scenarios.distributions`) are written the same way:
money with two places, records as plain data, and frames for pandas, imported only
when a frame is asked for (pandas is the optional ``pandas`` extra).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from fractions import Fraction
from typing import Any, Protocol, TypeVar

from cixi_innovation.scenarios._wording import not_a_language, not_in_horizon
from cixi_innovation.values.errors import InputError

__all__ = ["_frame", "_in_year", "_lang", "_money_text", "_outside_horizon", "_plain"]


class _Yearly(Protocol):
    @property
    def year(self) -> int: ...


_Y = TypeVar("_Y", bound=_Yearly)


def _in_year(entries: Sequence[_Y], year: int) -> _Y:
    """The entry of ``year`` among a result's yearly ``entries``.

    Raises:
        InputError: the year is outside the horizon.
    """
    for entry in entries:
        if entry.year == year:
            return entry
    raise _outside_horizon(year)


def _outside_horizon(year: int) -> InputError:
    return not_in_horizon(year)


def _lang(lang: str) -> str:
    if lang not in ("zh", "en"):
        raise not_a_language(lang)
    return lang


def _money_text(value: Decimal) -> str:
    return f"{value:,.2f}"


def _plain(value: object) -> object:
    # records hold codes and numbers only (states and kinds already as codes)
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, Fraction):
        # a count's mean: a number; the exact fraction is mean × runs / runs
        return float(value)
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def _frame(records: Iterable[Mapping[str, object]], columns: Iterable[str]) -> Any:
    """A ``pandas.DataFrame`` of ``records``, money and fractions as floats (yuan, counts).

    Decimal amounts become float yuan and fractions floats, so that every column of
    amounts or counts is numeric; the exact values stay in the records.

    Raises:
        ImportError: pandas is not installed (the ``pandas`` extra).
    """
    try:
        # an optional extra, imported only when a frame is asked for
        import pandas
    except ImportError as error:
        raise ImportError(
            "to_pandas() needs pandas, which is not installed: "
            "pip install 'cixi-innovation[pandas]'"
        ) from error
    rows = [
        {k: float(v) if isinstance(v, Decimal | Fraction) else v for k, v in r.items()}
        for r in records
    ]
    return pandas.DataFrame(rows, columns=list(columns))
