"""Explicit time: dates and half-open periods."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import pytest
from dateutil.relativedelta import relativedelta
from hypothesis import given
from hypothesis import strategies as st

from cixi_innovation.values.dates import Period, calendar_year
from cixi_innovation.values.days import add_years, to_date
from cixi_innovation.values.errors import InvalidDateError, InvalidPeriodError


def test_to_date_accepts_dates_and_iso_strings() -> None:
    assert to_date(date(2026, 3, 1)) == date(2026, 3, 1)
    assert to_date("2026-03-01") == date(2026, 3, 1)


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("2023-02-30", "platforms[2].events[0].date: '2023-02-30' is not a date (YYYY-MM-DD)"),
        ("20230230", "platforms[2].events[0].date: '20230230' is not a date (YYYY-MM-DD)"),
        (20230101, "platforms[2].events[0].date: 20230101 is not a date (YYYY-MM-DD)"),
        (
            datetime(2026, 3, 1, 9, 30),
            "platforms[2].events[0].date: datetime.datetime(2026, 3, 1, 9, 30) is a datetime; "
            "give a date (YYYY-MM-DD)",
        ),
    ],
)
def test_to_date_refuses_what_is_not_a_date(value: object, message: str) -> None:
    with pytest.raises(InvalidDateError) as info:
        to_date(value, field="platforms[2].events[0].date")
    assert str(info.value) == message


def test_add_years_maps_29_february_to_28_february() -> None:
    assert add_years(date(2028, 2, 29), 1) == date(2029, 2, 28)
    assert add_years(date(2025, 3, 1), 5) == date(2030, 3, 1)


@given(st.dates(), st.integers(min_value=-30, max_value=30))
def test_add_years_adds_as_relativedelta_does(day: date, years: int) -> None:
    expected: date | str
    got: date | str
    try:
        expected = day + relativedelta(years=years)
    except ValueError as error:  # a year out of range
        expected = str(error)
    try:
        got = add_years(day, years)
    except ValueError as error:
        got = str(error)
    assert got == expected


@pytest.mark.parametrize(
    ("day", "years", "expected"),
    [
        (datetime(2028, 2, 29, 9, 30), 1, datetime(2029, 2, 28, 9, 30)),
        (datetime(2025, 3, 1, 9, 30), 5, datetime(2030, 3, 1, 9, 30)),
        (date(2028, 2, 29), True, date(2029, 2, 28)),
        (date(2025, 3, 1), 5.0, date(2030, 3, 1)),
    ],
)
def test_add_years_takes_what_relativedelta_takes(day: date, years: Any, expected: date) -> None:
    assert add_years(day, years) == expected
    assert type(add_years(day, years)) is type(expected)


def test_add_years_refuses_what_relativedelta_refuses() -> None:
    with pytest.raises(ValueError, match="Non-integer years and months are ambiguous"):
        add_years(date(2025, 3, 1), 1.5)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="year 10000 is out of range"):
        add_years(date(9999, 3, 1), 1)


def test_a_five_year_round_is_half_open() -> None:
    round_ = Period.years_from(date(2025, 3, 1), 5)
    assert round_ == Period(date(2025, 3, 1), date(2030, 3, 1))
    assert date(2025, 3, 1) in round_
    assert date(2030, 2, 28) in round_
    assert date(2030, 3, 1) not in round_
    assert "2030-02-28" not in round_
    assert round_.last_day == date(2030, 2, 28)
    assert round_.days == 1826
    assert list(round_.years()) == [2025, 2026, 2027, 2028, 2029, 2030]
    assert str(round_) == "[2025-03-01, 2030-03-01)"


def test_overlaps() -> None:
    a = Period(date(2025, 1, 1), date(2026, 1, 1))
    assert a.overlaps(Period(date(2025, 12, 31), date(2027, 1, 1)))
    assert not a.overlaps(Period(date(2026, 1, 1), date(2027, 1, 1)))


def test_a_period_must_end_after_it_starts() -> None:
    with pytest.raises(InvalidPeriodError) as info:
        Period(date(2026, 1, 1), date(2026, 1, 1))
    assert str(info.value) == "end: a period must end after it starts, got [2026-01-01, 2026-01-01)"


def test_calendar_year() -> None:
    assert calendar_year(2026) == Period(date(2026, 1, 1), date(2027, 1, 1))
