"""Half-open periods of days (期间): rounds, cycles, the Measures' force, calendar years.

Every event and decision carries a :class:`datetime.date` (taken in and added to by
:mod:`~cixi_innovation.values.days`).  Periods are half-open, ``[start, end)``: a
five-year round that starts on 2025-03-01 ends *before* 2030-03-01, and its last day is
2030-02-28.  Years are added as :mod:`dateutil.relativedelta` adds them, so 29 February
plus one year is 28 February.

>>> round_ = Period.years_from(date(2025, 3, 1), 5)
>>> round_
Period(start=datetime.date(2025, 3, 1), end=datetime.date(2030, 3, 1))
>>> round_.last_day, date(2030, 3, 1) in round_
(datetime.date(2030, 2, 28), False)
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

from cixi_innovation.values._attrs import frozen
from cixi_innovation.values.days import add_years
from cixi_innovation.values.errors import InvalidPeriodError

__all__ = ["Period", "calendar_year"]

ONE_DAY = timedelta(days=1)


@frozen
class Period:
    """A half-open period of days, ``[start, end)``: ``start`` is in it, ``end`` is not."""

    start: date
    end: date

    def __attrs_post_init__(self) -> None:
        if not self.end > self.start:
            raise InvalidPeriodError(
                f"a period must end after it starts, got [{self.start}, {self.end})",
                zh=f"期间须在开始之后结束,实为 [{self.start}, {self.end})",
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
