"""What the yearly steps of the three kinds of platform share (各类平台的年度步骤).

Each kind's steps are recorded by the run's :class:`~._context._Context` and paid by its
:class:`~._ledger._Ledger`; this module joins the two, so that neither imports the other
back.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from datetime import date
from typing import Any

from cixi_innovation.lifecycles.events import Event
from cixi_innovation.scenarios._context import _Context, _Platform
from cixi_innovation.scenarios._ledger import _Ledger
from cixi_innovation.scenarios._wording import Words
from cixi_innovation.values.citations import Citation
from cixi_innovation.values.vocabulary import LabelledEnum

__all__ = ["_KindYears"]


class _KindYears:
    """The yearly steps of one kind of platform: recorded by the context, paid by the ledger."""

    def __init__(self, ctx: _Context, ledger: _Ledger) -> None:
        self.ctx = ctx
        self.ledger = ledger

    def begin(self, p: _Platform, year: int) -> tuple[Any, str, date]:
        """The platform's facts of ``year`` (or None), the year's path and its first day."""
        return self.ctx.memo.facts[p.index].get(year), f"{p.path}.years[{year}]", date(year, 1, 1)

    def held_on(self, end: date, year: int, first: date) -> date | None:
        """The day of ``year`` on which a check due ``delay`` after ``end`` is held, or None.

        A check overdue before ``year`` (a platform older than the horizon) is held on its
        first day.
        """
        due = end + self.ctx.delay
        return max(due, first) if due.year == year or due < first else None

    def final_check(
        self,
        p: _Platform,
        facts: Any,
        field: str,
        check: Callable[..., Event],
        on: date,
        path: str,
        what: Callable[[date], Words],
        article: Citation,
    ) -> LabelledEnum:
        """The check at the end of a cycle or period: its result given or drawn, applied.

        Returns the state the check leads to (a Consortium's Art. 15 acceptance, a
        Center's Art. 21 end-of-period check).
        """
        result = self.ctx.draw(facts, field, path, functools.partial(what, on), article)
        return self.ctx.apply(p, check(on, result=result), f"{path}.{field}")
