"""A Consortium's year (创新联合体): its cultivation steps and its Art. 16 claims (Art. 15-16).

The final acceptance when the cycle has expired (a further cycle if the spec asks for
one), the annual plan, and the claims of the year, whose policy subsidies the
:class:`~cixi_innovation.scenarios._ledger._Ledger` decides.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from cixi_innovation.lifecycles.consortium.entity import Consortium
from cixi_innovation.lifecycles.consortium.events import CultivationAcceptance, CultivationStart
from cixi_innovation.lifecycles.consortium.facts import ConsortiumState
from cixi_innovation.scenarios._context import _action_key, _Platform
from cixi_innovation.scenarios._events import _annual_plan
from cixi_innovation.scenarios._steps import _ACTION_LABELS, ART_15
from cixi_innovation.scenarios._wording import Words
from cixi_innovation.scenarios._years import _KindYears
from cixi_innovation.scenarios.platforms import ConsortiumSpec
from cixi_innovation.values.vocabulary import Label

__all__ = ["_ConsortiumYears"]


# The outcome a year may need, worded for the error that says it is missing.


def _acceptance(on: date) -> Words:
    return Words(
        f"the final acceptance of the cultivation cycle (due on {on})",
        zh=f"培育期满考核验收(应于 {on})",
    )


class _ConsortiumYears(_KindYears):
    """A Consortium's year (Art. 15-16): its lifecycle steps, its Art. 16 claims."""

    def year(self, p: _Platform, spec: ConsortiumSpec, year: int) -> None:
        cal = self.ctx.cal
        facts, path, first = self.begin(p, year)
        entity: Consortium = p.node.entity  # type: ignore[assignment]
        actions: list[tuple[date, int, Any]] = []
        period = entity.cultivation_period
        if period is not None and entity.state is ConsortiumState.IN_CULTIVATION:
            if (held := self.held_on(period.end, year, first)) is not None:
                actions.append((held, 0, "accept"))
            plan_day = max(cal.annual_plan.in_year(year), period.start)
            if plan_day.year == year:
                actions.append((plan_day, 1, "annual_plan"))
        if facts is not None:
            for index, claim in enumerate(facts.claims):
                actions.append((claim.on or cal.policy_claims.in_year(year), 2, (index, claim)))
        # The acceptance and the plan fall on or after the start of the cycle, hence after
        # every event of the setup; nothing before the acceptance changes the state.
        actions.sort(key=_action_key)
        for on, _, action in actions:
            if not self.ctx.in_force(on):
                self.ctx.note(p, on, "outside_force", what=_claim_label(action))
                continue
            c: Consortium = p.node.entity  # type: ignore[assignment]
            if action == "accept":
                state = self.final_check(
                    p, facts, "acceptance", CultivationAcceptance, on, path, _acceptance, ART_15
                )
                if state is ConsortiumState.QUALIFICATION_RETAINED and spec.further_rounds:
                    # the new cycle starts today, in this year: its plan is due this year
                    self.ctx.apply(p, CultivationStart(on), path)
                    plan_day = max(cal.annual_plan.in_year(year), on)
                    self.ctx.apply(p, _annual_plan(plan_day, year), path)
            elif action == "annual_plan":
                if c.state is ConsortiumState.IN_CULTIVATION:
                    rnd = c.cultivation_period
                    assert rnd is not None
                    if (
                        rnd.start.year <= year <= rnd.last_day.year
                        and year not in c.facts.planned_years
                    ):
                        self.ctx.apply(p, _annual_plan(on, year), path)
            else:
                index, claim = action
                self.ledger.claim(p, c, claim, on, f"{path}.claims[{index}]")


def _claim_label(action: Any) -> Label:
    return _ACTION_LABELS[action] if isinstance(action, str) else _ACTION_LABELS["claim"]
