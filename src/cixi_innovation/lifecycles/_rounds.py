"""Rounds of construction and cultivation (建设周期、培育周期) and the annual plans within them.

A Complex is built in five-year rounds (Art. 8), a Consortium cultivated in three-year
cycles (Art. 15) and an Innovation Center built in five-year rounds (Art. 21); each is
half-open, ``[start, start + n years)``.  The checks below read the entity's current
round (``facts.round``) and are shared by the tables, each guard citing its own article;
they keep the names the reviewed tables show them by
(``tests/reliability/golden/*-table.json``), private as they were in each table.
"""

from __future__ import annotations

from datetime import date
from typing import Any, Protocol, TypeVar

from cixi_innovation.lifecycles.table import Guard
from cixi_innovation.values._attrs import evolve
from cixi_innovation.values.citations import Cites
from cixi_innovation.values.dates import Period
from cixi_innovation.values.decisions import Param

__all__ = ["current_round", "new_round", "plan_once", "year_begun"]


class _Facts(Protocol):
    @property
    def round(self) -> Period | None: ...


class _InRounds(Protocol):
    @property
    def facts(self) -> _Facts: ...


class _ForYear(Protocol):
    @property
    def year(self) -> int: ...


class _Planned(Protocol):
    @property
    def planned_years(self) -> frozenset[int]: ...


P = TypeVar("P", bound=_Planned)


def current_round(entity: _InRounds) -> Period:
    """The running (or last) round of ``entity``."""
    period = entity.facts.round
    assert period is not None  # every state that plans, evaluates or accepts has a round
    return period


def _year_in_round(entity: _InRounds, e: _ForYear, ctx: object) -> bool:
    """True if the year of ``e`` is a calendar year the current round runs in."""
    period = current_round(entity)
    return period.start.year <= e.year <= period.last_day.year


def _round_params(entity: _InRounds, e: object, ctx: object) -> dict[str, Param]:
    """The template parameters ``start`` and ``end`` of the current round."""
    period = current_round(entity)
    return {"start": period.start, "end": period.end}


def new_round(rounds: int, on: date, years: int) -> dict[str, Param]:
    """The template parameters of the round starting on ``on``, after ``rounds`` rounds."""
    period = Period.years_from(on, years)
    return {"start": period.start, "end": period.end, "last": period.last_day, "round": rounds + 1}


def _plan_year(f: P, e: _ForYear, ctx: Any) -> P:
    """The facts with the year of ``e`` among the years whose annual plan was reported."""
    return evolve(f, planned_years=f.planned_years | {e.year})


def _not_planned(entity: Any, e: _ForYear, ctx: object) -> bool:
    """True if no annual plan for the year of ``e`` was reported by the units in office."""
    planned: frozenset[int] = entity.facts.planned_years
    return e.year not in planned


def plan_once(articles: Cites) -> Guard:
    """The guard refusing a second annual plan for a year ("每年年初" one plan a year)."""
    return Guard(
        _not_planned,
        articles,
        field="year",
        zh="{year}年度计划已于本轮报送,同一年度不再重复报送。",
        en="the annual plan for {year} has already been reported; a year has one annual plan.",
    )


def _year_begun(entity: object, e: _ForYear, ctx: object) -> bool:
    """True if the year of ``e`` has begun on the event's date."""
    on: date = e.on  # type: ignore[attr-defined]
    return on.year >= e.year


def year_begun(articles: Cites) -> Guard:
    """The guard refusing to assess a year's plan before that year has begun."""
    return Guard(
        _year_begun,
        articles,
        zh="{year}年尚未开始,{on}不能考核该年度计划目标完成情况。",
        en="{year} has not begun on {on}, so the completion of its plan's targets cannot "
        "be assessed.",
        field="year",
    )
