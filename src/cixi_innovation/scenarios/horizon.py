"""The horizon and the calendar conventions of a scenario (情景年度与日程约定).

:class:`Horizon` is the span of calendar years simulated; :class:`Calendar` says on which
day of the year each yearly step happens (:class:`MonthDay`).  The Measures date none of
these steps, so the days are conventions of the scenario, not policy.
"""

from __future__ import annotations

from datetime import date
from typing import Any, Final

import attrs

from cixi_innovation.scenarios._format import MONTH_DAY, YEAR, Key, Shape
from cixi_innovation.scenarios._plain import Reader, check_year, read_given, read_one
from cixi_innovation.scenarios.problems import ScenarioError
from cixi_innovation.values._attrs import frozen
from cixi_innovation.values.errors import InputError

__all__ = ["CALENDAR_FORMAT", "HORIZON_FORMAT", "Calendar", "Horizon", "MonthDay"]

#: A horizon in a scenario file.
HORIZON_FORMAT: Final = Shape(
    (Key("first", YEAR), Key("last", YEAR)),
    "The calendar years simulated, first to last inclusive (default 2025-2029).",
)


@frozen
class Horizon:
    """The calendar years simulated, ``first`` to ``last`` inclusive.

    The default, 2025-2029, covers the years in which the Measures are in force
    (2024-12-25 to 2029-12-24 under the default readings of Art. 24).

    >>> Horizon().years
    (2025, 2026, 2027, 2028, 2029)
    """

    first: int = attrs.field(default=2025)
    last: int = attrs.field(default=2029)

    def __attrs_post_init__(self) -> None:
        check_year(self.first, "first")
        check_year(self.last, "last")
        if self.last < self.first:
            raise InputError(
                f"the horizon ends ({self.last}) before it starts ({self.first})",
                zh=f"模拟期的结束年度({self.last})早于开始年度({self.first})",
                field="last",
            )

    @property
    def years(self) -> tuple[int, ...]:
        """The years, in order."""
        return tuple(range(self.first, self.last + 1))

    def __contains__(self, year: object) -> bool:
        return isinstance(year, int) and self.first <= year <= self.last

    def to_data(self) -> dict[str, int]:
        """``{"first": 2025, "last": 2029}``."""
        return {"first": self.first, "last": self.last}

    @classmethod
    def from_data(cls, data: object, path: str = "") -> Horizon:
        """Read a horizon.

        Every problem is reported in one
        :class:`~cixi_innovation.scenarios.problems.ScenarioError`.
        """
        return read_one(_read_horizon, data, path)


def _read_horizon(r: Reader, data: object, path: str) -> Horizon | None:
    d = r.shaped(data, path, HORIZON_FORMAT)
    if d is None:
        return None
    first = r.integer(d, "first", path, 2025)
    last = r.integer(d, "last", path, 2029)
    return None if r.problems else r.build(path, Horizon, first, last)


_NON_LEAP = 2025


@frozen(order=True)
class MonthDay:
    """A day of the year (month, day) used by the scenario's calendar; 29 February is refused.

    >>> MonthDay.parse("01-20").in_year(2026)
    datetime.date(2026, 1, 20)
    """

    month: int
    day: int

    def __attrs_post_init__(self) -> None:
        try:
            date(_NON_LEAP, self.month, self.day)
        except (TypeError, ValueError):
            raise InputError(
                f"({self.month!r}, {self.day!r}) is not a day of every year (MM-DD)",
                zh=f"({self.month!r}, {self.day!r}) 不是每年都有的日子(MM-DD)",
            ) from None

    @classmethod
    def parse(cls, value: object, *, field: str = "") -> MonthDay:
        """Read ``"MM-DD"`` (or a MonthDay)."""
        if isinstance(value, MonthDay):
            return value
        if isinstance(value, str) and len(value) == 5 and value[2] == "-":
            head, tail = value[:2], value[3:]
            if head.isascii() and tail.isascii() and head.isdigit() and tail.isdigit():
                try:
                    return cls(int(head), int(tail))
                except InputError:
                    raise InputError(
                        f"{value!r} is not a day of every year (MM-DD)",
                        zh=f"{value!r} 不是每年都有的日子(MM-DD)",
                        field=field,
                    ) from None
        raise InputError(
            f"{value!r} is not a day of the year (MM-DD)",
            zh=f"{value!r} 不是一年中的日子(MM-DD)",
            field=field,
        )

    def in_year(self, year: int) -> date:
        """This day in ``year``."""
        return date(year, self.month, self.day)

    def __str__(self) -> str:
        return f"{self.month:02}-{self.day:02}"


def _month_day(value: object, field: str) -> MonthDay:
    return MonthDay.parse(value, field=field)


def _to_month_day(value: object) -> MonthDay:
    return MonthDay.parse(value, field="calendar")


def _delay(_: object, attribute: attrs.Attribute[int], value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 366:
        raise InputError(
            f"{value!r} is not a number of days from 0 to 366",
            zh=f"{value!r} 不是 0 至 366 之间的天数",
            field=attribute.name,
        )


@frozen
class Calendar:
    """The scenario's calendar conventions: on which day each yearly step happens.

    The Measures date none of these steps: "年初" (beginning of the year, Art. 8, 10,
    15), "次年结算" (settled in the following year, Art. 10), the annual check (Art. 8),
    the inspection (Art. 11), the higher-level evaluations (Art. 8 ¶2) and the expiry
    checks (Art. 9, 15, 21) have no day in the text (TN 8.4, TN 10.6, open point 8).  The
    defaults below are **conventions of the scenario**, chosen to keep the steps in a
    sensible order; they are not policy and can be changed.

    Attributes:
        reassignment: new units are authorised and entrusted after a revocation, on this
            day of the following year (Art. 8 "另行授权委托").
        annual_plan: the annual (work) plan is reported (Art. 8, 15), or on the first day
            of a round that starts later in the year.
        advance: the year's operating subsidy is advanced (Art. 10 "每年年初预拨").
        settlement: the previous year's subsidy is settled, together with the fund-use
            inspection (Art. 10 "次年结算", Art. 11).
        policy_claims: Art. 16 claims without their own date are decided.
        matching: Art. 20 matching of the higher-level subsidy received in the year.
        annual_assessment: the Bureau's annual check of the year's plan (Art. 8 ¶1), held
            in the same year.
        higher_level_evaluation: the higher level's annual evaluation of the year (Art. 8 ¶2).
        after_expiry_days: days after the end of a round or cycle (or after the mid-term
            point of Art. 21) on which the appraisal, the acceptance check or the mid-term
            evaluation is held.
    """

    reassignment: MonthDay = attrs.field(default=MonthDay(1, 10), converter=_to_month_day)
    annual_plan: MonthDay = attrs.field(default=MonthDay(1, 15), converter=_to_month_day)
    advance: MonthDay = attrs.field(default=MonthDay(1, 20), converter=_to_month_day)
    settlement: MonthDay = attrs.field(default=MonthDay(3, 31), converter=_to_month_day)
    policy_claims: MonthDay = attrs.field(default=MonthDay(9, 30), converter=_to_month_day)
    matching: MonthDay = attrs.field(default=MonthDay(10, 31), converter=_to_month_day)
    annual_assessment: MonthDay = attrs.field(default=MonthDay(12, 10), converter=_to_month_day)
    higher_level_evaluation: MonthDay = attrs.field(
        default=MonthDay(12, 20), converter=_to_month_day
    )
    after_expiry_days: int = attrs.field(default=30, validator=_delay)

    def __attrs_post_init__(self) -> None:
        if not self.reassignment < self.annual_plan <= self.advance:
            raise InputError(
                f"the reassignment ({self.reassignment}) comes before the annual plan "
                f"({self.annual_plan}), which comes no later than the advance ({self.advance})",
                zh=f"另行授权委托日({self.reassignment})须早于年度计划日({self.annual_plan}),"
                f"年度计划日须不晚于预拨日({self.advance})",
                field="advance",
            )
        if not self.advance < self.settlement:
            raise InputError(
                f"the settlement ({self.settlement}) comes after the advance ({self.advance})",
                zh=f"结算日({self.settlement})须晚于预拨日({self.advance})",
                field="settlement",
            )
        if not self.annual_plan < self.annual_assessment:
            raise InputError(
                f"the annual assessment ({self.annual_assessment}) comes after the annual "
                f"plan ({self.annual_plan})",
                zh=f"年度考核验收日({self.annual_assessment})须晚于年度计划日({self.annual_plan})",
                field="annual_assessment",
            )

    def to_data(self) -> dict[str, object]:
        """Days as ``"MM-DD"``, the delay as a number of days."""
        out: dict[str, object] = {}
        for a in attrs.fields(Calendar):
            value = getattr(self, a.name)
            out[a.name] = str(value) if isinstance(value, MonthDay) else value
        return out

    @classmethod
    def from_data(cls, data: object, path: str = "") -> Calendar:
        """Read the calendar; keys left out keep their default."""
        r = Reader()
        d = r.shaped(data, path, CALENDAR_FORMAT)
        kwargs: dict[str, Any] = {}
        if d is not None:
            kwargs = read_given(r, d, path, CALENDAR_FORMAT.names[:-1], _month_day)
            if "after_expiry_days" in d:
                kwargs["after_expiry_days"] = r.integer(d, "after_expiry_days", path, 30)
        if not r.problems:
            built = r.build(path, cls, **kwargs)
            if built is not None:
                return built
        raise ScenarioError(r.problems)


_DELAY: Final = {"type": "integer", "minimum": 0, "maximum": 366}
#: A calendar in a scenario file: its days, then the delay after an expiry.
CALENDAR_FORMAT: Final = Shape(
    tuple(
        Key(a.name, MONTH_DAY if isinstance(a.default, MonthDay) else _DELAY)
        for a in attrs.fields(Calendar)
    ),
    "The scenario's calendar conventions (not policy).",
)
