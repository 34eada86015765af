"""An Innovation Center's year (创新中心): its checks and the Art. 20 matching (Art. 20-21).

The recognitions and other given events of the year, the mid-term evaluation after
three full years, the end-of-period check (a further period if the spec asks for one)
and the matching of the higher-level subsidy received in the year, which the
:class:`~cixi_innovation.scenarios._ledger._Ledger` decides.
"""

from __future__ import annotations

import functools
from datetime import date
from typing import Any

from cixi_innovation.lifecycles.center.entity import InnovationCenter
from cixi_innovation.lifecycles.center.events import (
    CenterFinalAcceptance,
    ConstructionStart,
    MidTermEvaluation,
)
from cixi_innovation.lifecycles.center.facts import CenterState
from cixi_innovation.lifecycles.events import Event
from cixi_innovation.scenarios._context import _action_key, _Platform
from cixi_innovation.scenarios._steps import _ACTION_LABELS, ART_21
from cixi_innovation.scenarios._wording import Words
from cixi_innovation.scenarios._years import _KindYears
from cixi_innovation.scenarios.platforms import CenterSpec

__all__ = ["_CenterYears"]


# The outcomes a year may need, worded for the error that says one is missing.


def _mid_term(on: date) -> Words:
    return Words(f"the mid-term evaluation (due on {on})", zh=f"中期绩效评价(应于 {on})")


def _final_check(on: date) -> Words:
    return Words(f"the end-of-period check (due on {on})", zh=f"期末考核验收(应于 {on})")


class _CenterYears(_KindYears):
    """An Innovation Center's year (Art. 20-21): its lifecycle steps, its Art. 20 matching."""

    def year(self, p: _Platform, spec: CenterSpec, year: int) -> None:
        facts, path, first = self.begin(p, year)
        entity: InnovationCenter = p.node.entity  # type: ignore[assignment]
        actions: list[tuple[date, int, Any]] = [(e.on, 0, e) for e in p.late if e.on.year == year]
        rnd = entity.round
        if rnd is not None and entity.state is CenterState.UNDER_CONSTRUCTION:
            mid_term = None if entity.facts.mid_term_on is not None else entity.mid_term_from
            if mid_term is not None and (held := self.held_on(mid_term, year, first)) is not None:
                actions.append((held, 2, "mid_term"))
            if (held := self.held_on(rnd.end, year, first)) is not None:
                actions.append((held, 3, "final"))
        if facts is not None and facts.higher_level_subsidy is not None:
            actions.append((self.ctx.cal.matching.in_year(year), 5, "matching"))
        actions.sort(key=_action_key)
        # Nothing is left out before the last event of the setup: the checks fall after
        # it, and the matching depends only on the recognitions and the termination, by date.
        for on, _, action in actions:
            c: InnovationCenter = p.node.entity  # type: ignore[assignment]
            if c.is_final and isinstance(action, Event):
                self.ctx.refuse_after_final(p, on, action.label)
                continue
            if not self.ctx.in_force(on):
                label = action.label if isinstance(action, Event) else _ACTION_LABELS[action]
                self.ctx.note(p, on, "outside_force", what=label)
                continue
            if isinstance(action, Event):
                self.ctx.apply(p, action, f"{p.path}.events[{spec.events.index(action)}]")
            elif action == "mid_term":
                # scheduled under construction, and only recognitions (which keep the
                # state) can come before it
                what = functools.partial(_mid_term, on)
                grade = self.ctx.draw(facts, "mid_term", path, what, ART_21)
                self.ctx.apply(p, MidTermEvaluation(on, grade=grade), f"{path}.mid_term")
            elif action == "final":
                if c.state is not CenterState.UNDER_CONSTRUCTION:
                    continue
                state = self.final_check(
                    p,
                    facts,
                    "final_acceptance",
                    CenterFinalAcceptance,
                    on,
                    path,
                    _final_check,
                    ART_21,
                )
                if state is CenterState.ROUND_COMPLETED and spec.further_rounds:
                    self.ctx.apply(p, ConstructionStart(on), path)
            else:
                assert facts is not None
                self.ledger.matching(p, c, facts, on, path)
