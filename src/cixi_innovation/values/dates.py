"""Explicit time: calendar dates, half-open periods and year arithmetic.

Every event and decision carries a :class:`datetime.date`.  Periods are half-open,
``[start, end)``: a five-year round that starts on 2025-03-01 ends *before* 2030-03-01,
and its last day is 2030-02-28.  Years are added as :mod:`dateutil.relativedelta` adds
them, so 29 February plus one year is 28 February.

>>> round_ = Period.years_from(date(2025, 3, 1), 5)
>>> round_
Period(start=datetime.date(2025, 3, 1), end=datetime.date(2030, 3, 1))
>>> round_.last_day, date(2030, 3, 1) in round_
(datetime.date(2030, 2, 28), False)
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

import attrs

from cixi_innovation.values.errors import InvalidDateError, InvalidPeriodError

if TYPE_CHECKING:
    from cixi_innovation.values.citations import Citation

__all__ = ["Period", "add_years", "calendar_year", "to_date"]

ONE_DAY = timedelta(days=1)


def to_date(value: object, *, field: str = "date", article: Citation | None = None) -> date:
    """Turn ``value`` (a ``date`` or an ISO string ``YYYY-MM-DD``) into a date.

    A ``datetime`` is refused: its time of day would be silently dropped.

    >>> to_date("2026-03-01")
    datetime.date(2026, 3, 1)
    """
    if isinstance(value, datetime):
        raise InvalidDateError(
            f"{value!r} is a datetime; give a date (YYYY-MM-DD)", field=field, article=article
        )
    if isinstance(value, date):
        return value
    if isinstance(value, str) and len(value) == 10:
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    raise InvalidDateError(f"{value!r} is not a date (YYYY-MM-DD)", field=field, article=article)


def add_years(day: date, years: int) -> date:
    """``day`` plus whole ``years``; 29 February maps to 28 February in common years.

    The same date as ``day + dateutil.relativedelta.relativedelta(years=years)``.

    >>> add_years(date(2028, 2, 29), 1)
    datetime.date(2029, 2, 28)
    """
    if type(years) is int and isinstance(day, date):
        try:
            return day.replace(year=day.year + years)
        except ValueError:
            pass  # 29 February in a common year, or a year out of range
    # relativedelta is imported here: the Measures' dates need it for a 29 February only,
    # and a first answer does not pay for importing it.
    from dateutil.relativedelta import relativedelta

    result: date = day + relativedelta(years=years)
    return result


@attrs.frozen
class Period:
    """A half-open period of days, ``[start, end)``: ``start`` is in it, ``end`` is not."""

    start: date
    end: date

    def __attrs_post_init__(self) -> None:
        if not self.end > self.start:
            raise InvalidPeriodError(
                f"a period must end after it starts, got [{self.start}, {self.end})",
                field="end",
            )

    @classmethod
    def years_from(cls, start: date, years: int) -> Period:
        """The period of ``years`` whole years beginning on ``start``."""
        return cls(start, add_years(start, years))

    @property
    def last_day(self) -> date:
        """The last day inside the period (``end`` minus one day)."""
        return self.end - ONE_DAY

    @property
    def days(self) -> int:
        """How many days the period has."""
        return (self.end - self.start).days

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.start <= day < self.end

    def overlaps(self, other: Period) -> bool:
        """True when the two periods share at least one day."""
        return self.start < other.end and other.start < self.end

    def years(self) -> Iterator[int]:
        """The calendar years the period touches, in order.

        >>> list(Period(date(2024, 12, 25), date(2029, 12, 25)).years())
        [2024, 2025, 2026, 2027, 2028, 2029]
        """
        return iter(range(self.start.year, self.last_day.year + 1))

    def __str__(self) -> str:
        return f"[{self.start}, {self.end})"


def calendar_year(year: int) -> Period:
    """The calendar year ``year`` as ``[1 January, next 1 January)``.

    The Measures' "year" (年度) is read as the calendar year (glossary: 年度, 年初).
    """
    return Period(date(year, 1, 1), date(year + 1, 1, 1))
