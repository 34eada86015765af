"""A Complex's year (创新综合体): its lifecycle steps in the order of the calendar (Art. 8-11).

New units after a revocation; the end-of-round appraisal when the round has expired (a
further round if the spec asks for one); the annual work plan; the advance and the
settlement of the previous year (their money is the
:class:`~cixi_innovation.scenarios._ledger._Ledger`'s); the Bureau's annual check; the
higher level's annual evaluation for Ningbo level or above.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from datetime import date
from typing import Any, Final

from cixi_innovation.lifecycles.complex.events import (
    HigherLevelAnnualEvaluation,
    RoundAppraisal,
    RoundStart,
)
from cixi_innovation.lifecycles.complex.facts import ComplexState
from cixi_innovation.rules.evaluations import AssessmentKind
from cixi_innovation.scenarios._context import _action_key, _Platform
from cixi_innovation.scenarios._events import _assessment, _reassignment, _work_plan
from cixi_innovation.scenarios._steps import _ACTION_LABELS, ART_8, ART_8_2, ART_9
from cixi_innovation.scenarios._wording import Words
from cixi_innovation.scenarios._years import _KindYears
from cixi_innovation.scenarios.facts import ComplexYearFacts
from cixi_innovation.scenarios.platforms import ComplexSpec
from cixi_innovation.values.assessments import PerformanceGrade
from cixi_innovation.values.dates import Period
from cixi_innovation.values.errors import MissingInputError
from cixi_innovation.values.vocabulary import Level

__all__ = ["COMPLEX_FINALS", "_ComplexYears"]


# The outcomes a year may need, worded for the error that says one is missing.


def _annual_check(year: int, on: date) -> Words:
    return Words(f"the annual check of {year} (due on {on})", zh=f"{year} 年度考核验收(应于 {on})")


def _higher_level_evaluation(year: int, on: date, level: Level) -> Words:
    return Words(
        f"the higher-level annual evaluation of {year} (due on {on}) of a Complex at {level.en}",
        zh=f"{level.zh}综合体 {year} 年度的上级年度绩效评价(应于 {on})",
    )


def _appraisal(on: date) -> Words:
    return Words(f"the end-of-round appraisal (due on {on})", zh=f"建设期满绩效评估(应于 {on})")


class _ComplexYears(_KindYears):
    """A Complex's year (Art. 8-11): its lifecycle steps, its money left to the ledger."""

    def year(self, p: _Platform, spec: ComplexSpec, year: int) -> None:
        cal = self.ctx.cal
        facts, path, first = self.begin(p, year)
        entity = p.node.entity
        state = entity.state
        if state is ComplexState.ELIMINATED or state is ComplexState.CONSTRUCTION_ENDED:
            code = "eliminated" if state is ComplexState.ELIMINATED else "ended"
            self.ctx.note(p, date(year, 1, 1), code)
            # the year's events are noted, not applied, as in the year the state was reached
            for event in sorted((e for e in p.late if e.on.year == year), key=lambda e: e.on):
                self.ctx.refuse_after_final(p, event.on, event.label)
            self.ledger.settle(p, spec, year)
            return
        queue: list[tuple[date, int, str, Any]] = []
        push = queue.append
        setup_end = entity.last_event_on
        for event in p.late:
            if event.on.year == year:
                push((event.on, 0, "event", event))
        reassign_day = cal.reassignment.in_year(year)
        if state is ComplexState.UNITS_REVOKED:
            push((reassign_day, 1, "reassign", None))
        round_ = entity.facts.round
        assert round_ is not None  # the setup starts the first round, and no step clears it
        due = round_.end + self.ctx.delay
        if due.year == year:
            push((due, 2, "appraise", None))
        elif due < first:
            push((reassign_day, 2, "appraise", None))
        self._schedule_year(push, round_, year)
        push((cal.settlement.in_year(year), 6, "settle", None))
        push((cal.annual_assessment.in_year(year), 7, "assess", None))
        push((cal.higher_level_evaluation.in_year(year), 8, "evaluate", None))
        queue.sort(key=_action_key, reverse=True)
        while queue:
            on, _, action, payload = queue.pop()
            if on < setup_end and action != "event":
                continue
            state = p.node.entity.state
            if state in COMPLEX_FINALS and action not in ("settle",):
                if action == "event":
                    self.ctx.refuse_after_final(p, on, payload.label)
                continue
            if not self.ctx.in_force(on):
                if action not in ("reassign", "settle"):
                    self.ctx.note(p, on, "outside_force", what=_ACTION_LABELS[action])
                elif action == "settle":
                    self.ledger.settle(p, spec, year, on)
                continue
            if action == "event":
                self.ctx.apply(p, payload, f"{p.path}.events[{spec.events.index(payload)}]")
            elif action == "reassign":
                # pushed only for a year that starts with the units revoked; before the
                # reassignment day nothing leads out of that state but an elimination,
                # a final state skipped above
                self.reassign(p, on, path)
                round_now = p.node.entity.facts.round
                if round_now is not None and round_now is not round_:
                    self._schedule_year(push, round_now, year)
                    queue.sort(key=_action_key, reverse=True)
            elif action == "appraise":
                if self.appraise(p, spec, facts, on, path, push, year):
                    queue.sort(key=_action_key, reverse=True)
            elif action == "plan":
                c = p.node.entity
                rnd = c.facts.round
                if (
                    state is ComplexState.UNDER_CONSTRUCTION
                    and rnd is not None
                    and rnd.start.year <= year <= rnd.last_day.year
                    and year not in c.facts.planned_years
                ):
                    self.ctx.apply(p, _work_plan(on, year), path)
            elif action == "advance":
                self.ledger.advance(p, spec, facts, on, year, path)
            elif action == "settle":
                self.ledger.settle(p, spec, year, on)
            elif action == "assess":
                c = p.node.entity
                if state is ComplexState.UNDER_CONSTRUCTION and year in c.facts.planned_years:
                    self.assess(p, facts, on, year, path)
            elif state is ComplexState.UNDER_CONSTRUCTION:  # evaluate
                self.evaluate(p, facts, on, year, path)
        if year == self.ctx.scenario.horizon.last and year in p.grants:
            settle_day = self.ctx.cal.settlement.in_year(year + 1)
            self.ctx.note(p, date(year, 12, 31), "beyond_horizon", year=year, day=settle_day)

    def assess(
        self, p: _Platform, facts: ComplexYearFacts | None, on: date, year: int, path: str
    ) -> None:
        """The Bureau's annual check of a year whose plan was reported (Art. 8)."""
        what = functools.partial(_annual_check, year, on)
        result = self.ctx.draw(facts, "assessment", path, what, ART_8)
        p.assessed[year] = result
        self.ctx.apply(p, _assessment(on, year, result), f"{path}.assessment")

    def evaluate(
        self, p: _Platform, facts: ComplexYearFacts | None, on: date, year: int, path: str
    ) -> None:
        """The higher level's annual evaluation of a Complex at Ningbo level or above (Art. 8)."""
        level = p.node.entity.facts.level
        if level.ningbo_or_above:
            what = functools.partial(_higher_level_evaluation, year, on, level)
            grade = self.ctx.draw(facts, "higher_level_evaluation", path, what, ART_8_2)
            self.ctx.apply(
                p,
                HigherLevelAnnualEvaluation(on, year=year, grade=grade),
                f"{path}.higher_level_evaluation",
            )

    def _schedule_year(
        self, push: Callable[[tuple[date, int, str, Any]], None], round_: Period, year: int
    ) -> None:
        # a round started during the year (a further round, or new units' new round)
        # starts on the day it is scheduled from, so its plan is due from its start
        cal = self.ctx.cal
        plan_day = cal.annual_plan.in_year(year)
        if round_.start > plan_day:
            plan_day = round_.start
        if plan_day.year != year:
            return
        advance_day = cal.advance.in_year(year)
        if plan_day > advance_day:
            advance_day = plan_day
        push((plan_day, 4, "plan", None))
        push((advance_day, 5, "advance", None))

    def reassign(self, p: _Platform, on: date, path: str) -> None:
        self.ctx.apply(p, _reassignment(on), path)
        if p.node.entity.state is ComplexState.HOST_UNIT_SELECTED:
            # ReassignmentReading.NEW_ROUND: the new units start a new round that day.
            self.ctx.apply(p, RoundStart(on, start=on, targets="五年建设目标"), path)

    def appraise(
        self,
        p: _Platform,
        spec: ComplexSpec,
        facts: ComplexYearFacts | None,
        on: date,
        path: str,
        push: Callable[[tuple[date, int, str, Any]], None],
        year: int,
    ) -> bool:
        """Hold the appraisal if due; True when a new round was scheduled."""
        c = p.node.entity
        rnd = c.facts.round
        if c.state is not ComplexState.UNDER_CONSTRUCTION or rnd is None or on < rnd.end:
            return False
        indicators = facts.indicators if facts else None
        grade: object = facts.appraisal if facts else None
        if grade is None and indicators is not None and self.ctx.scenario.inputs.scorer is not None:
            grade = self.ctx.scenario.inputs.scorer.score(
                AssessmentKind.COMPLEX_EXPIRY_APPRAISAL, indicators, spec.commitments
            )
        what = functools.partial(_appraisal, on)
        chosen: PerformanceGrade = self.ctx.outcome(grade, "appraisal", path, what, ART_9)
        if indicators is None:
            raise MissingInputError(
                f"the end-of-round appraisal (due on {on}) measures the five core indicators; "
                "give their values",
                zh=f"建设期满绩效评估(应于 {on})以五项核心指标衡量;请给出其数值",
                field=f"{path}.indicators",
                article=ART_9,
            )
        state = self.ctx.apply(p, RoundAppraisal(on, indicators=indicators, grade=chosen), path)
        if state is ComplexState.ROUND_COMPLETED and spec.further_rounds:
            self.ctx.apply(p, RoundStart(on, start=on, targets="五年建设目标"), path)
            new_round = p.node.entity.facts.round
            assert new_round is not None
            self._schedule_year(push, new_round, year)
            return True
        return False


COMPLEX_FINALS: Final = frozenset(
    {ComplexState.ELIMINATED, ComplexState.CONSTRUCTION_ENDED, ComplexState.REJECTED}
)
