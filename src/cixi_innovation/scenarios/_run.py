"""One simulation run (一次模拟): each platform-year computed once, the totals added up.

A :class:`_Run` has two paths:

* the **straight** one (:meth:`_Run.straight`, a single simulation): every outcome not
  given is drawn first, in the documented order (years, then platforms: which outcomes
  are drawn depends on the facts and the seed, never on a platform's state); then each
  platform in turn is set up, its years computed by the steps of its kind and its rows
  built, and its working state dropped before the next platform.  Errors are ranked
  as the year-by-year order would meet them (:meth:`_Run.straight`).
* the **shared** one (:meth:`_Run.run` over a shared memo, a Monte Carlo run): the
  years of the horizon and, in each, the platforms in the scenario's order, each
  platform-year drawn, then taken from the memo when the same inputs came before, or
  computed and memoized.

Both add up the year's totals through :class:`_Sums` and, for
:func:`~cixi_innovation.scenarios.simulation.simulate`, build the rows and keep what
explains them.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import operator
import random
from collections.abc import Callable, Iterator
from datetime import date
from typing import Any, Final

from cixi_innovation.lifecycles.engine import Entity
from cixi_innovation.lifecycles.events import Event
from cixi_innovation.lifecycles.history import HistoryEntry
from cixi_innovation.scenarios._center_years import _CenterYears
from cixi_innovation.scenarios._complex_years import _ComplexYears
from cixi_innovation.scenarios._consortium_years import _ConsortiumYears
from cixi_innovation.scenarios._context import _Acc, _Context, _Outcomes, _Platform
from cixi_innovation.scenarios._draws import _by_probability, _draw, _draw_plan, _DrawPlan
from cixi_innovation.scenarios._ledger import _Ledger
from cixi_innovation.scenarios._memo import _NO_COUNTS, _Memo, _Skips, _Year
from cixi_innovation.scenarios._steps import Step
from cixi_innovation.scenarios.platforms import ComplexSpec, ConsortiumSpec
from cixi_innovation.scenarios.results import OUTCOME_COUNTS, Row, YearTotals
from cixi_innovation.values.citations import Citation
from cixi_innovation.values.errors import CixiError
from cixi_innovation.values.money import ZERO

__all__ = ["_Run", "_Trails", "_paused_cycle_collector", "_rng", "_run_seed"]

#: The order of a row's decisions: by day, the lifecycle's steps first (a stable sort).
_BY_DAY: Final = operator.itemgetter(0, 1)

_Trails = list[tuple[list[Event], dict[int, tuple[Step, ...]]]]


class _Run:
    """One simulation run over the horizon: each platform-year from the memo, or computed.

    The yearly steps of each kind of platform are :class:`_ComplexYears`,
    :class:`_ConsortiumYears` and :class:`_CenterYears`; the money they decide is the
    :class:`_Ledger`'s; all record themselves through one :class:`_Context`.
    """

    def __init__(
        self,
        memo: _Memo,
        rng: random.Random | None,
        collect: bool,
        tick: Callable[[], object] | None = None,
        context: type[_Context] = _Context,
        share: tuple[bool, ...] | None = None,
    ) -> None:
        self.memo = memo
        #: the platforms this run computes (all when None); of the others, a shared run
        #: only makes the draws, so that the generator stays where the whole run has it
        self.share = share
        #: called after each platform-year (the progress of a long simulation)
        self.tick = tick
        self.scenario = memo.scenario
        self.rng = rng
        self.collect = collect
        #: the checking pass runs with a context that recovers from problems
        self.ctx = ctx = context(memo)
        ledger = _Ledger(ctx)
        self.complexes = _ComplexYears(ctx, ledger)
        self.consortia = _ConsortiumYears(ctx, ledger)
        self.centers = _CenterYears(ctx, ledger)
        self.plans = memo.plans

    def predraw(self, p: _Platform, year: int, facts: Any) -> tuple[object, ...]:
        """Draw, in a fixed order, every outcome of the year not given explicitly.

        Drawing first (whether or not the outcome turns out to be needed) makes a
        platform-year a pure function of its inputs and these draws, so it can be memoized.
        """
        return _draw(self.plan(p.index, year, facts), self.rng)

    def plan(self, index: int, year: int, facts: Any) -> _DrawPlan:
        """Which outcomes of platform ``index``'s year are drawn: built once per memo."""
        seeded = self.rng is not None
        key = (index, year, seeded)
        plan = self.plans.get(key)
        if plan is None:
            plan = self.plans[key] = _draw_plan(self.memo.draws[index], facts, seeded)
        return plan

    def skips(self) -> _Skips:
        """Per year, the draws to make for the platforms outside the run's share.

        For each platform of the share, the ranges :func:`_draw` would draw from for the
        platforms before it that are not; then those after the last: the generator is
        then where the whole run has it at each platform of the share.  Built once per
        memo and share.
        """
        share = self.share
        key = (share, self.rng is not None)
        found = self.memo.skips.get(key)
        if found is not None:
            return found
        out: _Skips = []
        for year in self.scenario.horizon.years:
            before: list[tuple[int, ...]] = []
            spaces: list[int] = []
            for index, facts in enumerate(self.memo.facts):
                if share is None or share[index]:
                    before.append(tuple(spaces))
                    spaces.clear()
                    continue
                _, needed, space = self.plan(index, year, facts.get(year))
                if needed:
                    spaces.append(space)
            out.append((tuple(before), tuple(spaces)))
        self.memo.skips[key] = out
        return out

    def compute(self, p: _Platform, year: int, drawn: tuple[object, ...]) -> _Year:
        """The platform-year computed, ``p`` left as it was (the memo's result applies it)."""
        node = p.node
        events = len(p.events)
        pending = p.grants.get(year - 1)
        counts = dict(self.ctx.outcomes.counts)
        result = self.step(p, year, drawn)
        # undo: the caller applies the memoized result the same way whether computed or not
        p.node = node
        del p.events[events:]
        if result.grant is not None:
            del p.grants[year]
        if result.settled:
            p.grants[year - 1] = pending  # type: ignore[assignment]
        p.assessed.pop(year, None)
        for c in OUTCOME_COUNTS:
            self.ctx.outcomes.counts[c] = counts[c]
        return result

    def step(self, p: _Platform, year: int, drawn: tuple[object, ...]) -> _Year:
        """The platform-year computed by the steps of its kind, applied to ``p``."""
        ctx = self.ctx
        node = p.node
        events = len(p.events)
        pending = p.grants.get(year - 1)
        counts = dict(ctx.outcomes.counts)
        p.acc = acc = _Acc()
        ctx.drawn = _by_probability(p.spec.kind, drawn)
        spec = p.spec
        if isinstance(spec, ComplexSpec):
            self.complexes.year(p, spec, year)
        elif isinstance(spec, ConsortiumSpec):
            self.consortia.year(p, spec, year)
        else:
            self.centers.year(p, spec, year)
        entity = p.node.entity
        last = date(year, 12, 31)
        state = entity.state if entity.last_event_on <= last else entity.state_on(last)
        cash = acc.advance + acc.paid - acc.recovered + acc.art16 + acc.art20
        delta = tuple(ctx.outcomes.counts[c] - counts[c] for c in OUTCOME_COUNTS)
        return _Year(
            p.node,
            state,
            pending is not None and year - 1 not in p.grants,
            p.grants.get(year),
            p.assessed.get(year),
            tuple(p.events[events:]),
            (acc.advance, acc.granted, acc.paid, acc.recovered, acc.art16, acc.art20, cash),
            *_cited(node.entity, acc, year),
            delta,
        )

    def platforms(self) -> list[_Platform]:
        """The scenario's platforms as they stand after their setup (a shared memo's)."""
        memo = self.memo
        share = self.share
        return [
            _Platform(i, spec, node, late, profile, draws)
            for i, (spec, (node, profile, late), draws) in enumerate(
                zip(self.scenario.platforms, memo.setups, memo.draws, strict=True)
            )
            if share is None or share[i]
        ]

    def year(self, p: _Platform, year: int) -> _Year:
        """The platform's year (shared memo), from the memo or computed, applied to ``p``."""
        memo = self.memo
        facts = memo.facts[p.index].get(year)
        drawn = self.predraw(p, year, facts)
        pending = p.grants.get(year - 1)
        token = memo.token
        # keyed by values, and by the node itself (not its id): the key keeps it alive
        key: tuple[object, ...] = (
            p.profile,
            p.node,
            year,
            None if facts is None else token(facts),
            drawn,
        )
        if pending is not None:
            before = memo.facts[p.index].get(year - 1)
            key += (
                pending,
                p.assessed.get(year - 1),
                None if before is None else token(before),
            )
        done = memo.years.get(key)
        if done is None:
            done = memo.years[key] = self.compute(p, year, drawn)
        p.node = done.node
        if done.settled:
            del p.grants[year - 1]
        if done.grant is not None:
            p.grants[year] = done.grant
        if done.assessed is not None:
            p.assessed[year] = done.assessed
        if done.events:
            p.events.extend(done.events)
        return done

    def run(self) -> tuple[list[Row], list[YearTotals], _Trails]:
        """The run's rows (when collected), yearly totals and trails."""
        if not self.memo.shared:
            return self.straight()
        years = self.scenario.horizon.years
        platforms = self.platforms()
        rng = self.rng
        rows: list[Row] = []
        sums = _Sums(years)
        trails: _Trails = [([], {}) for _ in self.scenario.platforms]
        by_year: dict[int, list[Row]] = {}
        # the draws of the platforms outside the run's share (none without a generator)
        below = _below(rng) if rng is not None else _no_draw
        for k, (year, (before, after)) in enumerate(zip(years, self.skips(), strict=True)):
            self.ctx.outcomes = _Outcomes()
            year_rows = by_year[year] = []
            for p, spaces in zip(platforms, before, strict=True):
                for space in spaces:
                    below(space)
                done = self.year(p, year)
                sums.add(k, done)
                if self.collect:
                    year_rows.append(self.row(p, year, done, trails))
            for space in after:
                below(space)
        if self.collect:
            for p in platforms:
                trails[p.index][0].extend(p.events)
            for index in range(len(platforms)):
                rows.extend(by_year[y][index] for y in years)
        return rows, sums.totals(), trails

    def row(self, p: _Platform, year: int, done: _Year, trails: _Trails) -> Row:
        """The row of a platform-year, its notes kept in ``trails``; the progress ticked."""
        spec = p.spec
        trails[p.index][1][year] = done.notes
        if self.tick is not None:
            self.tick()
        return Row(spec.id, spec.kind, year, done.state, *done.money, done.articles)

    def drawn(self) -> list[list[tuple[object, ...]]]:
        """Every platform-year's draws, per platform, drawn in the documented order.

        Years, then the platforms in the scenario's order: the order a run has always
        drawn in, so a seed gives the same outcomes whichever order the platforms are
        then simulated in.  Which outcomes are drawn depends on the facts and the seed
        only, never on a platform's state.
        """
        memo = self.memo
        rng = self.rng
        seeded = rng is not None
        out: list[list[tuple[object, ...]]] = [[] for _ in memo.facts]
        for year in self.scenario.horizon.years:
            for mine, draws, facts in zip(out, memo.draws, memo.facts, strict=True):
                mine.append(_draw(_draw_plan(draws, facts.get(year), seeded), rng))
        return out

    def straight(self) -> tuple[list[Row], list[YearTotals], _Trails]:
        """A single simulation, platform by platform (a straight memo's run, rows built).

        The draws are made first, in their documented order (:meth:`drawn`); each
        platform is then set up, walked through the horizon and its rows built, and its
        working state (entity, grants, results) is dropped before the next platform's
        setup: memory holds one platform's state at a time besides the result.

        An error is the one the year-by-year order would meet first: once a platform
        fails at some stage (its setup, or a year), the later platforms are run only
        through the stages before it, and an earlier failure among them wins.
        """
        memo = self.memo
        years = self.scenario.horizon.years
        drawn = self.drawn()
        sums = _Sums(years)
        rows: list[Row] = []
        trails: _Trails = []
        failed: tuple[int, CixiError] | None = None
        for index, spec in enumerate(self.scenario.platforms):
            # stage 0 is the setup, stage k + 1 the k-th year of the horizon
            stages = len(years) + 1 if failed is None else failed[0]
            if stages == 0:
                break
            trail: tuple[list[Event], dict[int, tuple[Step, ...]]] = ([], {})
            trails.append(trail)
            stage = 0
            try:
                node, profile, late = memo.setup(index, spec)
                p = _Platform(index, spec, node, late, profile, memo.draws[index])
                for stage, year in enumerate(years[: stages - 1], start=1):
                    done = self.step(p, year, drawn[index][stage - 1])
                    sums.add(stage - 1, done)
                    rows.append(self.row(p, year, done, trails))
            except CixiError as error:
                failed = (stage, error)
            else:
                trail[0].extend(p.events)
        if failed is not None:
            raise failed[1]
        return rows, sums.totals(), trails


class _Sums:
    """The yearly totals of a run, added up platform-year by platform-year."""

    __slots__ = ("counted", "money", "years")

    def __init__(self, years: tuple[int, ...]) -> None:
        self.years = years
        self.money = [[ZERO] * 6 for _ in years]
        self.counted = [[0, 0, 0, 0] for _ in years]

    def add(self, k: int, done: _Year) -> None:
        """Add a platform-year of the ``k``-th year: the money lines totalled, its counts."""
        money = done.money
        sums = self.money[k]
        for i, line in enumerate(_TOTALLED):
            sums[i] += money[line]
        if done.counts != _NO_COUNTS:
            counted = self.counted[k]
            for i in range(4):
                counted[i] += done.counts[i]

    def totals(self) -> list[YearTotals]:
        out = []
        for year, money, counted in zip(self.years, self.money, self.counted, strict=True):
            advances, paid, recovered, art16, art20, cash = money
            out.append(YearTotals(year, advances, paid, recovered, art16, art20, cash, *counted))
        return out


#: The money lines of a platform-year that the yearly totals add up (not the grant).
_TOTALLED: Final = (0, 2, 3, 4, 5, 6)


def _cited(
    before: Entity[Any, Any], acc: _Acc, year: int
) -> tuple[tuple[Citation, ...], tuple[Step, ...]]:
    """What a platform-year's row cites, and the notes and rule calls among its steps.

    The row cites what its decisions cite, in the order SimulationResult.decisions lists
    them: by date, the lifecycle's steps before the rules' and the notes.
    """
    cited: list[tuple[date, int, tuple[Citation, ...]]] = []
    if before.last_event_on.year == year:
        # the setup ended this year: its steps of the year belong to the row
        cited += [
            (e.event.on, 0, e.transition.articles)
            for e in before.history
            if e.event.on.year == year
        ]
    notes: list[Step] = []
    for on, step in acc.steps:
        if isinstance(step, HistoryEntry):
            cited.append((on, 0, step.transition.articles))
        else:
            cited.append((on, 1, step.citations))
            notes.append(step)
    cited.sort(key=_BY_DAY)
    citations: dict[Citation, None] = {}
    for _, _, articles in cited:
        citations.update(dict.fromkeys(articles))
    return tuple(citations), tuple(notes)


def _below(rng: random.Random) -> Callable[[int], int]:
    """``rng.randrange`` for a range from 0, without its argument checks where that is the same.

    CPython's ``randrange(n)`` is ``_randbelow(n)`` after checking ``n``: called directly,
    it draws the same number and leaves the generator in the same state, for the ranges
    a run makes (positive whole numbers).  That is checked once per process
    (:func:`_below_is_randrange`); where it does not hold, ``randrange`` itself is used.
    """
    below: Callable[[int], int] | None = getattr(rng, "_randbelow", None)
    if below is not None and _below_is_randrange():
        return below
    return rng.randrange


@functools.cache
def _below_is_randrange() -> bool:
    """Whether ``_randbelow`` draws as ``randrange`` does, from the same state, here."""
    ours, theirs = random.Random("below"), random.Random("below")
    below = ours._randbelow  # type: ignore[attr-defined]
    spaces = [*range(1, 70), 2**31 - 1, 2**61 + 7, 10**30]
    same = all(below(n) == theirs.randrange(n) for n in spaces * 3)
    return same and ours.getstate() == theirs.getstate()


def _no_draw(space: int) -> int:  # pragma: no cover - unseeded runs draw nothing
    raise AssertionError(space)


@contextlib.contextmanager
def _paused_cycle_collector() -> Iterator[None]:
    """Pause the cycle collector for a bulk computation, and restore its state after.

    A simulation allocates many small acyclic values (rows, keys, amounts) while the
    scenario and the memo stay alive: the collector would rescan that whole heap several
    times and more than double the run time.  Nothing built here forms a reference
    cycle, so reference counting frees it all the same.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _rng(seed: object, run: int | None = None) -> random.Random | None:
    if seed is None:
        return None
    return random.Random(f"{seed}" if run is None else _run_seed(seed, run))


def _run_seed(seed: object, run: int) -> str:
    """The seed of run ``run`` of a study seeded with ``seed``."""
    return f"{seed}:{run}"
