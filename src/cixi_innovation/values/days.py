"""Calendar days (日期): a date taken in explicitly, and whole years added to it.

Every event and decision carries a :class:`datetime.date`: :func:`to_date` takes one in
(a date or an ISO string, never a datetime, whose time of day would be lost), and
:func:`add_years` counts whole years as :mod:`dateutil.relativedelta` does, so 29
February plus one year is 28 February.  Periods of days are
:class:`~cixi_innovation.values.dates.Period`.

>>> add_years(to_date("2028-02-29"), 1)
datetime.date(2029, 2, 28)
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from cixi_innovation.values.errors import InvalidDateError

if TYPE_CHECKING:
    from cixi_innovation.values.citations import Citation

__all__ = ["add_years", "to_date"]


def to_date(value: object, *, field: str = "date", article: Citation | None = None) -> date:
    """Turn ``value`` (a ``date`` or an ISO string ``YYYY-MM-DD``) into a date.

    A ``datetime`` is refused: its time of day would be silently dropped.

    >>> to_date("2026-03-01")
    datetime.date(2026, 3, 1)
    """
    if isinstance(value, datetime):
        raise InvalidDateError(
            f"{value!r} is a datetime; give a date (YYYY-MM-DD)",
            zh=f"{value!r} 是日期时间;请给出日期(YYYY-MM-DD)",
            field=field,
            article=article,
        )
    if isinstance(value, date):
        return value
    if isinstance(value, str) and len(value) == 10:
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    raise InvalidDateError(
        f"{value!r} is not a date (YYYY-MM-DD)",
        zh=f"{value!r} 不是日期(YYYY-MM-DD)",
        field=field,
        article=article,
    )


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
