"""The money of a year (资金): advances, settlements, Art. 16 grants, Art. 20 matching, overlap.

* the advance of a Complex's operating subsidy (Art. 10,
  :func:`~cixi_innovation.rules.subsidy.operating_subsidy`,
  :func:`~cixi_innovation.rules.subsidy_settlement.advance_payment`) and its settlement in the next
  year, linked to the annual check (Art. 10-11,
  :func:`~cixi_innovation.rules.subsidy_settlement.settle_operating_subsidy`);
* a Consortium's Art. 16 policy subsidies
  (:func:`~cixi_innovation.rules.consortium_support.policy_subsidy`);
* an Innovation Center's Art. 20 matching
  (:func:`~cixi_innovation.rules.center_funds.matching_funds`);
* the Art. 23 overlap of each with other policies
  (:func:`~cixi_innovation.rules.overlap.resolve_overlap`).

Amounts are what the rule functions say; none is re-implemented here.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from typing import Any, Final

from cixi_innovation.law.open_inputs import require
from cixi_innovation.lifecycles.center.entity import InnovationCenter
from cixi_innovation.lifecycles.complex.facts import ComplexState
from cixi_innovation.lifecycles.consortium.entity import Consortium
from cixi_innovation.rules.consortium_support import SubsidyCountReading
from cixi_innovation.rules.overlap import Candidate, PolicySource, overlap_groups
from cixi_innovation.rules.overlap import MatchingReading as OverlapMatchingReading
from cixi_innovation.rules.subsidy import CarryOverReading
from cixi_innovation.rules.subsidy_expenses import RemunerationBase
from cixi_innovation.scenarios._context import _Context, _Platform
from cixi_innovation.scenarios._memo import _Grant
from cixi_innovation.scenarios._steps import (
    _ACTION_LABELS,
    _ADVANCE,
    _MATCHING,
    _OPERATING,
    _OVERLAP,
    _POLICY,
    _SETTLE,
    ART_10,
)
from cixi_innovation.scenarios.facts import CenterYearFacts, ComplexYearFacts
from cixi_innovation.scenarios.platforms import ComplexSpec
from cixi_innovation.values.errors import MissingInputError
from cixi_innovation.values.money import ZERO
from cixi_innovation.values.vocabulary import Level

__all__ = ["_Ledger"]


def _renamed(error: MissingInputError, field: str) -> MissingInputError:
    """``error`` with its field renamed to the scenario's ``field``."""
    return MissingInputError(
        error.message, zh=error.zh, field=field, article=error.articles or None
    )


class _Ledger:
    """The money of a platform-year: advances, settlements, Art. 16 grants, Art. 20 matching.

    Each amount is a rule function's (memoized) decision; the Art. 23 overlap with other
    policies decides whether it is paid under these Measures.
    """

    def __init__(self, ctx: _Context) -> None:
        self.ctx = ctx
        i = ctx.scenario.inputs
        self.carry = i.carry_over or CarryOverReading.OUTSIDE_CAP
        self.base = i.remuneration_base or RemunerationBase.GRANTED_SUBSIDY
        self.count = i.subsidy_count or SubsidyCountReading.ONE_PER_TRIGGER
        self.overlap_matching = i.overlap_matching or OverlapMatchingReading.NOT_AN_OVERLAP
        # the last arguments of the rules that take the parameters, the same in every call
        self.law_args = (ctx.scenario.parameters, ctx.force, ctx.scenario.measures)

    def advance(
        self,
        p: _Platform,
        spec: ComplexSpec,
        facts: ComplexYearFacts | None,
        on: date,
        year: int,
        path: str,
    ) -> None:
        c = p.node.entity
        state = c.state
        if state is ComplexState.UNITS_REVOKED:
            self.ctx.note(p, on, "units_revoked", year=year)
            return
        rnd = c.facts.round
        check_day = self.ctx.cal.annual_assessment.in_year(year)
        if (
            state is not ComplexState.UNDER_CONSTRUCTION
            or rnd is None
            or year not in c.facts.planned_years
            or check_day not in rnd
        ):
            self.ctx.note(p, on, "not_subsidised", year=year)
            return
        requested = facts.requested if facts and facts.requested is not None else None
        if requested is None:
            requested = spec.requested_subsidy
        if requested is None:
            raise MissingInputError(
                f"the operating subsidy requested for {year} is needed (its advance is due on "
                f"{on}); give it, or the spec's requested_subsidy",
                zh=f"需要 {year} 年度申请的运营经费补贴(其年初预拨日为 {on});"
                "请给出,或给出平台设定的 requested_subsidy",
                field=f"{path}.requested",
                article=ART_10,
            )
        s = self.ctx.scenario
        level = c.facts.level
        carried = facts.carried_over if facts else ZERO
        in_year = facts.higher_level_in_year if facts else ZERO
        decision = self.ctx.call(
            p,
            _OPERATING,
            (requested, on, level, carried, in_year, self.carry, *self.law_args),
            path,
        )
        granted = decision.amounts["granted"]
        if granted and facts is not None and facts.overlaps:
            granted = self.overlap(p, "operating_subsidy", granted, facts.overlaps, on, path)
        if not granted:
            return
        rule = require("advance", s.inputs.advance, field="inputs.advance")
        advanced = self.ctx.call(
            p,
            _ADVANCE,
            (year, on, granted, rule, *self.law_args),
            path,
        ).amounts["advanced"]
        p.acc.advance += advanced
        p.acc.granted += granted
        p.grants[year] = _Grant(year, granted, advanced)

    def overlap(
        self,
        p: _Platform,
        item: str,
        amount: Decimal,
        others: Sequence[Any],
        on: date,
        path: str,
        *,
        matching: bool = False,
    ) -> Decimal:
        ours = Candidate(
            PolicySource.THESE_MEASURES, _ITEM_POLICIES[item], item, amount, art20_matching=matching
        )
        candidates = (ours, *(Candidate(o.source, o.policy, item, o.amount) for o in others))
        self.ctx.call(
            p,
            _OVERLAP,
            (candidates, on, self.overlap_matching, self.ctx.force, self.ctx.scenario.measures),
            f"{path}.overlaps",
        )
        (group,) = overlap_groups(candidates, matching=self.overlap_matching)
        if group.chosen is ours or ours in group.matching:
            return amount
        return ZERO

    def settle(self, p: _Platform, spec: ComplexSpec, year: int, on: date | None = None) -> None:
        grant = p.grants.get(year - 1)
        if grant is None:
            return
        on = on or self.ctx.cal.settlement.in_year(year)
        if not self.ctx.in_force(on):
            self.ctx.note(p, on, "outside_force", what=_ACTION_LABELS["settle"])
            return
        del p.grants[year - 1]
        path = f"{p.path}.years[{grant.year}]"
        result = p.assessed.get(grant.year)
        if result is None:
            self.ctx.note(p, on, "no_check", year=grant.year)
            return
        s = self.ctx.scenario
        facts = self.ctx.memo.facts[p.index].get(grant.year)
        expenses = facts.spending if facts is not None else None
        if expenses is None:
            expenses = spec.spending
        if expenses is None:
            raise MissingInputError(
                f"the spending charged to the {grant.year} subsidy is needed for its settlement "
                f"on {on}; give it, or the spec's spending",
                zh=f"{on} 结算 {grant.year} 年度补贴需要计入该补贴的支出;"
                "请给出,或给出平台设定的 spending",
                field=f"{path}.spending",
                article=ART_10,
            )
        link = require("settlement_link", s.inputs.settlement_link, field="inputs.settlement_link")
        findings = facts.findings if facts is not None else ()
        decision = self.ctx.call(
            p,
            _SETTLE,
            (
                grant.year,
                on,
                grant.granted,
                grant.advanced,
                result,
                expenses,
                findings,
                link,
                self.base,
                *self.law_args,
            ),
            path,
        )
        balance = decision.amounts["balance"]
        if balance > 0:
            p.acc.paid += balance
        elif balance < 0:
            p.acc.recovered -= balance

    def claim(self, p: _Platform, c: Consortium, claim: Any, on: date, path: str) -> None:
        rounds = c.rounds  # the setup starts the first cycle
        period = rounds[0]
        for r in rounds:
            if r.start <= on:
                period = r
        s = self.ctx.scenario
        try:
            decision = self.ctx.call(
                p,
                _POLICY,
                (
                    claim.triggers,
                    on,
                    period,
                    claim.by_chain_leader,
                    c.revoked_on,
                    s.inputs.policy_subsidy_schedule,
                    self.count,
                    self.ctx.force,
                    self.ctx.scenario.measures,
                ),
                path,
            )
        except MissingInputError as error:
            field = error.field or ""
            if ".schedule" in field:
                tail = field.split(".schedule", 1)[1]
                raise _renamed(error, f"inputs.policy_subsidy_schedule{tail}") from None
            if field.count(".claims[") > 1:
                head, tail = field.rsplit(".claims[", 1)
                raise _renamed(error, f"{head}.triggers[{tail}") from None
            # the rule's only missing values are the schedule's and an eligible cost, both
            # renamed above; another one would be passed on as it is
            raise  # pragma: no cover
        granted = decision.amounts["granted"]
        if granted and claim.overlaps:
            granted = self.overlap(p, "policy_subsidy", granted, claim.overlaps, on, path)
        p.acc.art16 += granted

    def matching(
        self, p: _Platform, c: InnovationCenter, facts: CenterYearFacts, on: date, path: str
    ) -> None:
        base = facts.higher_level_subsidy
        recognised = c.recognised_on
        if recognised is not None and recognised <= on and not c.matching_open(on):
            self.ctx.note(p, on, "terminated", ended=c.support_terminated_on)
            return
        level = c.level_on(on) if recognised is not None and recognised <= on else None
        ratio = self.ctx.scenario.inputs.matching_ratio
        if level is not None and level.ningbo_or_above:
            require("matching_ratio", ratio, field="inputs.matching_ratio")
        decision = self.ctx.call(
            p,
            _MATCHING,
            (base, on, level or Level.CIXI, ratio, self.ctx.force, self.ctx.scenario.measures),
            f"{path}.higher_level_subsidy",
        )
        matched = decision.amounts["matching"]
        if matched and facts.overlaps:
            matched = self.overlap(p, "matching", matched, facts.overlaps, on, path, matching=True)
        p.acc.art20 += matched


_ITEM_POLICIES: Final = {
    "operating_subsidy": "运营经费补贴(第十条)",
    "policy_subsidy": "联合体政策补助(第十六条)",
    "matching": "市级经费配套(第二十条)",
}
