"""The ledger of a platform's history (资金台账): each year's money from its events and money facts.

:func:`ledger` takes a platform's lifecycle as an application stores it (an entity, or
its events to replay) and the platform's money facts of each year, and gives the money
of each calendar year of the settings' horizon, with the decisions that decide it:

* a Complex's advance of the year's operating subsidy (Art. 10, with the Art. 23
  overlap) and the settlement of the previous year's, linked to that year's annual
  check and the fund-use inspection's findings (Art. 10-11);
* a Consortium's Art. 16 policy subsidies, claim by claim;
* an Innovation Center's Art. 20 matching of the higher-level subsidy received.

It is the simulation's own ledger: :func:`~cixi_innovation.scenarios.simulation.simulate`
decides the same money with the same code while it walks the calendar, and the ledger
of a simulated platform's history
(:meth:`~cixi_innovation.scenarios.results.SimulationResult.history`) gives exactly that
platform's money (advances, settlements, Art. 16 grants, Art. 20 matching, cash).

The money facts are the yearly facts of a scenario's platforms
(:class:`~cixi_innovation.scenarios.facts.ComplexYearFacts` and the others), and the
settings are a :class:`~cixi_innovation.scenarios.scenario.Scenario`'s: its calendar
(which day of the year each payment is decided), its open inputs (the advance, the
settlement link, the Art. 16 schedule, the Art. 20 ratio: the Measures give none of
them, so a missing one is an error naming its field and article), its readings,
parameters and force.  Its platforms are not read.

What the ledger reads of the history, on the day each payment is decided (the entity
as it stood that day, after that day's earlier steps in the simulation's order: an
annual check or a higher-level evaluation dated on the day of an advance comes after
it):

* a Complex's year is *subsidised* when, on the advance day (the calendar's, or the
  day of the year's work plan when that is later), its units are in office and have
  reported the year's plan, and the year's annual check falls inside the running
  round (the simulation's convention, TN 10.6); the settlement takes the result of
  that year's annual check (:class:`~cixi_innovation.lifecycles.complex.events.AnnualAssessment`);
* a Consortium's claims take its cultivation period and revocation on the claim's day;
* a Center's matching takes its level and the end of its support on the matching day.

>>> from cixi_innovation.scenarios.default import default_scenario
>>> from cixi_innovation.scenarios.simulation import simulate
>>> scenario = default_scenario()
>>> result = simulate(scenario)
>>> history = result.history("CX-02")  # replayed: setup and every event the run applied
>>> spec = scenario.platform("CX-02")
>>> years = ledger(
...     history,
...     spec.years,
...     settings=scenario,
...     requested_subsidy=spec.requested_subsidy,
...     spending=spec.spending,
... )
>>> [(y.year, y.advance, y.settlement_paid, y.settlement_recovered) for y in years][:3]
[(2025, Decimal('200000.00'), Decimal('0.00'), Decimal('0.00')), (2026, Decimal('250000.00'), Decimal('200000.00'), Decimal('0.00')), (2027, Decimal('250000.00'), Decimal('0.00'), Decimal('250000.00'))]
>>> years[1].cash == result.row("CX-02", 2026).cash
True
>>> print(years[1].decisions[0].explain("en").splitlines()[0])
2026-01-20 subsidy.operating_subsidy [CX-02]: granted as requested
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from decimal import Decimal
from typing import Any, Final, cast

import attrs

from cixi_innovation.law.nouns import type_noun
from cixi_innovation.lifecycles.center.entity import InnovationCenter
from cixi_innovation.lifecycles.center.facts import CenterState
from cixi_innovation.lifecycles.complex.entity import Complex
from cixi_innovation.lifecycles.complex.events import AnnualAssessment, RoundStart
from cixi_innovation.lifecycles.complex.facts import ComplexState
from cixi_innovation.lifecycles.consortium.entity import Consortium
from cixi_innovation.lifecycles.consortium.facts import ConsortiumState
from cixi_innovation.lifecycles.engine import Entity
from cixi_innovation.lifecycles.events import Event
from cixi_innovation.rules.subsidy_expenses import Expense
from cixi_innovation.scenarios._complex_years import COMPLEX_FINALS
from cixi_innovation.scenarios._context import _Acc, _Context, _Platform
from cixi_innovation.scenarios._events import _settings
from cixi_innovation.scenarios._ledger import _Ledger
from cixi_innovation.scenarios._memo import _Memo, _Node
from cixi_innovation.scenarios._steps import _ACTION_LABELS, Step
from cixi_innovation.scenarios.facts import CenterYearFacts, ComplexYearFacts, ConsortiumYearFacts
from cixi_innovation.scenarios.scenario import Scenario
from cixi_innovation.values._attrs import frozen
from cixi_innovation.values.decisions import Decision
from cixi_innovation.values.errors import InputError
from cixi_innovation.values.money import to_money
from cixi_innovation.values.vocabulary import LabelledEnum

__all__ = ["LedgerYear", "ledger"]

#: The kinds of Complex events the simulation decides after the advance of the same day.
_AFTER_ADVANCE: Final = frozenset({"annual_assessment", "higher_level_annual_evaluation"})

_ENTITY_CLASSES: Final = (Complex, Consortium, InnovationCenter)


@frozen
class LedgerYear:
    """The money of one platform in one calendar year, and the decisions that decide it.

    Amounts are exact yuan (``Decimal``, two places); ``cash`` is what is paid in the year
    less what is recovered.

    Attributes:
        platform_id: the platform's id.
        year: the calendar year.
        advance: operating subsidy advanced (Art. 10).
        granted: operating subsidy granted for the year (the advance's base, Art. 10).
        settlement_paid: balances paid on settling the previous year (Art. 10-11).
        settlement_recovered: amounts recovered on settling the previous year.
        art16: Consortium policy subsidies granted (Art. 16).
        art20: Innovation Center matching (Art. 20).
        cash: advance + paid - recovered + Art. 16 + Art. 20.
        decisions: the rule decisions and the notes of the year, in date order.
    """

    platform_id: str
    year: int
    advance: Decimal
    granted: Decimal
    settlement_paid: Decimal
    settlement_recovered: Decimal
    art16: Decimal
    art20: Decimal
    cash: Decimal
    decisions: tuple[Decision, ...]


def ledger(
    history: Entity[Any, Any] | Sequence[Event],
    years: Iterable[ComplexYearFacts | ConsortiumYearFacts | CenterYearFacts] = (),
    *,
    settings: Scenario,
    requested_subsidy: object = None,
    spending: Iterable[Expense] | None = None,
) -> tuple[LedgerYear, ...]:
    """The money of each year of the settings' horizon for one platform's history.

    Args:
        history: the platform's entity (a Complex, Consortium or Innovation Center), or
            its events in order, replayed under the settings.
        years: the platform's money facts, one per calendar year (requests, spending,
            findings, carry-overs, claims, higher-level subsidies, overlaps with other
            policies); a year not given has none.
        settings: the scenario whose calendar, open inputs, readings, parameters,
            Measures and force apply (its platforms are not read).
        requested_subsidy: a Complex's yearly request when a year does not give one
            (yuan: ``Decimal``, ``int`` or ``str``; never a float).
        spending: a Complex's spending charged to a year's subsidy when the year does
            not give it.

    Returns:
        One :class:`LedgerYear` per year of the horizon.

    Raises:
        MissingInputError: an open input or a money fact needed and not given (its
            field and article named).
        InputError: another bad input, named by its field.
    """
    if not isinstance(settings, Scenario):
        raise InputError(
            f"{settings!r} is not a Scenario (the ledger's settings)",
            zh=f"{settings!r} 不是情景(Scenario,即账目的设定)",
            field="settings",
        )
    entity = _entity(history, settings)
    requested = (
        None
        if requested_subsidy is None
        else to_money(requested_subsidy, field="requested_subsidy")
    )
    money = _PlatformMoney(entity.id, requested, None if spending is None else tuple(spending))
    return _Walk(entity, _facts(entity, years), settings, money).run()


@frozen
class _PlatformMoney:
    """What the ledger's steps read of a platform's spec: its id and a Complex's defaults."""

    id: str
    requested_subsidy: Decimal | None
    spending: tuple[Expense, ...] | None


class _Walk:
    """The ledger's walk over the years: the simulation's money steps on the history's days."""

    def __init__(
        self,
        entity: Entity[Any, Any],
        facts: dict[int, Any],
        settings: Scenario,
        money: _PlatformMoney,
    ) -> None:
        memo = _Memo(attrs.evolve(settings, platforms=()), shared=False)
        memo.facts = [facts]
        self.ctx = _Context(memo)
        self.money = _Ledger(self.ctx)
        self.entity = entity
        self.facts = facts
        self.horizon = settings.horizon
        self.p = _Platform(0, money, _Node(entity, None), [], None, ())  # type: ignore[arg-type]
        self.p.path = "ledger"
        running = _RUNNING[type(entity)]
        self.started = next((e.event.on for e in entity.history if e.target is running), date.min)
        # the results of the annual checks, which the settlements link to (Art. 10)
        self.p.assessed = {
            e.event.year: e.event.result
            for e in entity.history
            if isinstance(e.event, AnnualAssessment)
        }

    def run(self) -> tuple[LedgerYear, ...]:
        p = self.p
        entity = self.entity
        out = []
        for year in self.horizon.years:
            acc = p.acc = _Acc()
            if isinstance(entity, Complex):
                self.complex_year(year)
            elif isinstance(entity, Consortium):
                self.consortium_year(year)
            else:
                self.center_year(year)
            cash = acc.advance + acc.paid - acc.recovered + acc.art16 + acc.art20
            steps = sorted(acc.steps, key=_by_day)
            # the ledger applies no event: its steps are rule calls and notes
            decisions = tuple(cast(Step, step).decision(entity.id) for _, step in steps)
            out.append(
                LedgerYear(
                    entity.id,
                    year,
                    acc.advance,
                    acc.granted,
                    acc.paid,
                    acc.recovered,
                    acc.art16,
                    acc.art20,
                    cash,
                    decisions,
                )
            )
        return tuple(out)

    def as_of(self, day: date, after: frozenset[str] = frozenset()) -> Any:
        """The entity as it stood on ``day`` without that day's events of the kinds ``after``.

        The ledger's steps read it there (the platform's node).
        """
        # before the platform starts running, the simulation reads it as set up
        day = max(day, self.started)
        entity = self.entity
        history = entity.history
        events = [
            e.event
            for e in history
            if e.event.on < day or (e.event.on == day and e.event.kind not in after)
        ]
        if len(events) < len(history):
            entity = type(entity).replay(events, **self.ctx.settings)
        self.p.node = _Node(entity, None)
        return entity

    def in_force(self, on: date, what: str) -> bool:
        """Whether a payment on ``on`` is decided; if not, the note that says why (Art. 24)."""
        if self.ctx.in_force(on):
            return True
        self.ctx.note(self.p, on, "outside_force", what=_ACTION_LABELS[what])
        return False

    def complex_year(self, year: int) -> None:
        """The advances of the year's rounds, and the previous year's settlement."""
        p = self.p
        settle_on = self.ctx.cal.settlement.in_year(year)
        # the simulation's order within a day: the advance before the settlement
        days = [(on, False) for on in self.advance_days(year)] + [(settle_on, True)]
        for on, settles in sorted(days):
            if settles:
                self.money.settle(p, p.spec, year, on)  # type: ignore[arg-type]
                continue
            c = self.as_of(on, _AFTER_ADVANCE)
            if c.state not in COMPLEX_FINALS and self.in_force(on, "advance"):
                facts = self.facts.get(year)
                path = f"{p.path}.years[{year}]"
                self.money.advance(p, p.spec, facts, on, year, path)  # type: ignore[arg-type]

    def advance_days(self, year: int) -> list[date]:
        """The days the simulation decides an advance in ``year``.

        One for the round running when the year begins, and one for each round started
        during the year (a further round, or the new units' new round): the day of the
        round's work plan when it is later than the calendar's advance day.
        """
        cal = self.ctx.cal
        starts = [e.event for e in self.entity.history if isinstance(e.event, RoundStart)]
        before = [r for r in starts if r.on.year < year]
        rounds = before[-1:] + [r for r in starts if r.on.year == year]
        plan_days = [max(cal.annual_plan.in_year(year), r.start) for r in rounds]
        # a round starting in a later year has no plan, nor advance, this year
        return [max(cal.advance.in_year(year), day) for day in plan_days if day.year == year]

    def consortium_year(self, year: int) -> None:
        """The Art. 16 claims of the year, each on its day."""
        facts: ConsortiumYearFacts | None = self.facts.get(year)
        if facts is None:
            return
        for index, claim in enumerate(facts.claims):
            on = claim.on or self.ctx.cal.policy_claims.in_year(year)
            if self.in_force(on, "claim"):
                c = self.as_of(on)
                self.money.claim(
                    self.p, c, claim, on, f"{self.p.path}.years[{year}].claims[{index}]"
                )

    def center_year(self, year: int) -> None:
        """The Art. 20 matching of the higher-level subsidy received in the year."""
        facts: CenterYearFacts | None = self.facts.get(year)
        if facts is None or facts.higher_level_subsidy is None:
            return
        on = self.ctx.cal.matching.in_year(year)
        if self.in_force(on, "matching"):
            c = self.as_of(on)
            self.money.matching(self.p, c, facts, on, f"{self.p.path}.years[{year}]")


def _by_day(step: tuple[date, object]) -> date:
    return step[0]


def _entity(history: object, settings: Scenario) -> Entity[Any, Any]:
    if isinstance(history, _ENTITY_CLASSES):
        return history
    if isinstance(history, Sequence) and history and all(isinstance(e, Event) for e in history):
        kind = history[0].kind
        for cls in _ENTITY_CLASSES:
            if any(t.event.kind == kind for t in cls.lifecycle.creations):
                return cls.replay(history, **_settings(settings))
    raise InputError(
        f"{history!r} is not a platform's history: give its entity (a Complex, Consortium or "
        "Innovation Center) or its events, the first creating it",
        zh=f"{history!r} 不是平台的历史:请给出其实体(综合体、联合体或创新中心)"
        "或其事件(第一个事件创建该平台)",
        field="history",
    )


def _facts(entity: Entity[Any, Any], years: Iterable[Any]) -> dict[int, Any]:
    kind = _FACTS[type(entity)]
    out: dict[int, Any] = {}
    for index, facts in enumerate(years):
        if not isinstance(facts, kind):
            name, name_zh = kind.__name__, type_noun(kind)
            owner, owner_zh = type(entity).__name__, type_noun(type(entity))
            raise InputError(
                f"{facts!r} is not a {name} (the money facts of a {owner})",
                zh=f"{facts!r} 不是{name_zh}({owner_zh}的资金事实)",
                field=f"years[{index}]",
            )
        year: int = facts.year
        if year in out:
            raise InputError(
                f"{year} is given twice", zh=f"{year} 年度重复给出", field=f"years[{index}].year"
            )
        out[year] = facts
    return out


_RUNNING: Final[dict[type[Entity[Any, Any]], LabelledEnum]] = {
    Complex: ComplexState.UNDER_CONSTRUCTION,
    Consortium: ConsortiumState.IN_CULTIVATION,
    InnovationCenter: CenterState.UNDER_CONSTRUCTION,
}

_FACTS: Final[dict[type[Entity[Any, Any]], type[Any]]] = {
    Complex: ComplexYearFacts,
    Consortium: ConsortiumYearFacts,
    InnovationCenter: CenterYearFacts,
}
