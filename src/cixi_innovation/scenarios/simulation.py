"""Running a scenario: the lifecycles through the engine, the money through the rules.

:func:`simulate` turns a :class:`~cixi_innovation.scenarios.scenario.Scenario` into a
:class:`~cixi_innovation.scenarios.results.SimulationResult`.  For each platform it builds the
lifecycle events from the spec (application, review, consultation, approval, host unit
or legal entity, the start of the round or cycle), then walks the calendar years of the
horizon, day by day as the scenario's :class:`~cixi_innovation.scenarios.horizon.Calendar` sets
them:

* **Complex** (Art. 8-11, 23): new units after a revocation; the end-of-round appraisal
  when the round has expired (a further round if the spec asks for one); the annual
  work plan; the advance of the year's operating subsidy (:func:`~cixi_innovation.rules.subsidy.operating_subsidy`,
  the Art. 23 overlap with other policies, :func:`~cixi_innovation.rules.subsidy_settlement.advance_payment`); the settlement of
  the previous year with the fund-use inspection's findings, linked to that year's
  annual check (:func:`~cixi_innovation.rules.subsidy_settlement.settle_operating_subsidy`); the Bureau's annual check; the
  higher level's annual evaluation for Ningbo level or above.
* **Consortium** (Art. 15-16, 23): the final acceptance when the cycle has expired,
  the annual plan, the Art. 16 claims (:func:`~cixi_innovation.rules.consortium_support.policy_subsidy`).
* **Innovation Center** (Art. 20-21, 23): recognitions, the mid-term evaluation after
  three full years, the end-of-period check, the Art. 20 matching of the higher-level
  subsidy received in the year (:func:`~cixi_innovation.rules.center_funds.matching_funds`).

States are what the lifecycle engine says; amounts are what the rule functions say (no
cap or link is re-implemented here).  An outcome (an assessment result, a grade) comes
from the year's explicit facts, else it is drawn from the probabilities, else it is an
error naming its path.  A platform eliminated, revoked or terminated gets nothing
further, and its row says why, citing the article.

Conventions of the simulation (not policy; see also the scenario's calendar):

* a Complex's year is *subsidised* when, on the advance day, its units are in office
  and have reported the year's plan, and the year's annual check falls inside the
  running round (how first and last years of a round are handled is open, TN 10.6);
* the settlement of a subsidised year is made on the settlement day of the next year
  even if the Complex has since been eliminated (it settles money already advanced);
  a settlement that falls after the horizon is not simulated;
* nothing dated outside the Measures' force is simulated when the scenario refuses such
  dates (``force = "refuse"``); with ``"flag"`` it is simulated and flagged (Art. 24);
* cash is counted on the day of the decision that pays it (advance, settlement, Art. 16
  grant, Art. 20 matching).

Fast and exact: the engine never reads a platform's id or names, so the lifecycle is run
on a *template* of each platform with the free-text names left out.  A single simulation
takes the straight path: it makes every draw first, in the documented order (years,
then platforms), then sets up and walks one platform at a time through the horizon,
asking the engine and the rules directly, builds that platform's rows and drops its
working state before the next (time linear in platforms × years, memory one platform's
state besides the result); the error it reports is the one the year-by-year order
meets first.  A Monte Carlo study walks year by year and memoizes the engine's and
the rules' answers (pure functions) and whole platform-years across its runs, where
the same inputs recur, and platforms whose templates agree share their setup.
:meth:`~cixi_innovation.scenarios.results.SimulationResult.explain` replays the
platform's own events to give its decisions with its names, and
:meth:`~cixi_innovation.scenarios.results.SimulationResult.history` gives that history,
whose money :func:`~cixi_innovation.scenarios.ledger.ledger` computes with the
simulation's own money steps.

The work is shared by private modules of :mod:`cixi_innovation.scenarios`: ``_events``
(the setup and yearly events), ``_run`` (a run: platform by platform, or year by year over a shared memo), ``_complex_years``,
``_consortium_years`` and ``_center_years`` (the steps of each kind of platform),
``_ledger`` (the money of a year), ``_context`` (what the steps share), ``_years`` (the base of each kind's steps), ``_memo`` and
``_draws`` (the memo and the outcomes drawn), ``_steps`` (notes and rule calls),
``_explain`` (the decisions of a row), ``_monte_carlo`` (the chunks of a study) and
``_checking`` (the pass that lists every problem of a scenario that fails).

>>> from cixi_innovation.scenarios.default import default_scenario
>>> result = simulate(default_scenario())
>>> result.total(2026).cash
Decimal('8450000.00')
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Final, Protocol

from cixi_innovation.scenarios._explain import _Trail
from cixi_innovation.scenarios._memo import _Memo
from cixi_innovation.scenarios._run import _paused_cycle_collector, _rng, _Run, _run_seed
from cixi_innovation.scenarios._wording import A_SCENARIO, Words, counted, not_a
from cixi_innovation.scenarios.results import SimulationResult
from cixi_innovation.scenarios.scenario import Scenario
from cixi_innovation.values.errors import InputError

if TYPE_CHECKING:  # loaded by a study only: the executor module (its log and threads), and
    # the study's result
    from concurrent.futures import Executor

    from cixi_innovation.scenarios.distributions import MonteCarloResult

__all__ = ["KEEP_RUNS", "Progress", "monte_carlo", "run_seed", "simulate"]

#: Up to how many runs a study keeps each run's values unless told (``keep_runs``).
KEEP_RUNS: Final = 10_000

#: How many times a simulation reports its progress, at most.
_PROGRESS_STEPS: Final = 100
_RUN_NUMBER: Final = Words("a run number", "模拟序号")
_RUNS: Final = Words("a number of runs", "模拟次数")
_JOBS: Final = Words("a number of jobs", "并行任务数")


class Progress(Protocol):
    """A progress callback: called with (work done, work in all) as the work goes.

    The work is runs for :func:`monte_carlo` (after each chunk), platform-years for
    :func:`simulate` (every hundredth of them, and at the end).
    """

    def __call__(self, done: int, total: int) -> object:
        """Report progress."""
        ...


def _ticks(progress: Progress, total: int) -> Callable[[], None]:
    """A tick for each platform-year, reporting ``progress`` every hundredth of ``total``."""
    step = max(1, total // _PROGRESS_STEPS)
    done = 0

    def tick() -> None:
        nonlocal done
        done += 1
        if done % step == 0 or done == total:
            progress(done, total)

    return tick


def simulate(
    scenario: Scenario, seed: object = None, *, progress: Progress | None = None
) -> SimulationResult:
    """Simulate ``scenario`` over its horizon: rows per platform and year, yearly totals.

    Pure and deterministic for (scenario, seed): outcomes not given explicitly are drawn
    from ``random.Random(str(seed))`` in a fixed order (platforms in scenario order,
    years, then the days of the year).

    Args:
        scenario: the scenario.
        seed: any value with a stable ``str`` (an int, a string); needed only when an
            outcome is drawn from the probabilities.
        progress: called as ``progress(done, total)`` with the platform-years simulated
            (a hundred times at most), for a long simulation.

    Returns:
        The :class:`~cixi_innovation.scenarios.results.SimulationResult`.

    Raises:
        MissingInputError: an outcome or an open value needed and not given (its path and
            article named), or a seed needed and not given.
        ScenarioError: an event the lifecycle refuses, named by its path.
        InputError: another bad input, named by its path.
    """
    if not isinstance(scenario, Scenario):
        raise not_a(scenario, A_SCENARIO, "scenario")
    with _paused_cycle_collector():
        memo = _Memo(scenario, shared=False)
        tick = None
        if progress is not None:
            tick = _ticks(progress, len(scenario.platforms) * len(scenario.horizon.years))
        rows, totals, trails = _Run(memo, _rng(seed), collect=True, tick=tick).run()
        # freed before the collector resumes, which then has only the result to look at
        del memo
        trail = _Trail.of(scenario, trails)
        return SimulationResult(scenario, seed, tuple(rows), tuple(totals), explainer=trail)


def run_seed(seed: object, run: int) -> str:
    """The seed with which :func:`simulate` gives run ``run`` of a Monte Carlo study.

    Run ``i`` of ``monte_carlo(scenario, runs, seed)`` draws from the generator of
    ``simulate(scenario, seed=run_seed(seed, i))``, and so has the same yearly totals:
    simulate a run with this seed to see its rows and explain them.

    >>> run_seed(7, 3)
    '7:3'

    Args:
        seed: the study's seed (any value with a stable ``str``).
        run: the run's number, from 0.

    Returns:
        The run's seed, ``f"{seed}:{run}"``.

    Raises:
        InputError: no seed (a study without one draws nothing), or ``run`` below 0.
    """
    if seed is None:
        raise InputError(
            "a study without a seed draws nothing: give its seed",
            zh="没有种子的研究无从抽样:请给出其种子",
            field="seed",
        )
    return _run_seed(seed, counted(run, 0, _RUN_NUMBER, "run"))


def monte_carlo(
    scenario: Scenario,
    runs: int,
    seed: object,
    jobs: int = 1,
    executor: Executor | None = None,
    progress: Progress | None = None,
    keep_runs: bool | None = None,
) -> MonteCarloResult:
    """Simulate ``scenario`` ``runs`` times and give the distribution of budget and outcomes.

    Run ``i`` draws from its own generator, ``random.Random(f"{seed}:{i}")``, so the
    result is the same whatever the number of workers or the executor; it is
    ``simulate(scenario, seed=run_seed(seed, i))`` (see :func:`run_seed`).  Runs are split
    into chunks.  With ``jobs > 1`` the study runs in ``jobs`` worker processes (each a
    :class:`concurrent.futures.ProcessPoolExecutor` of one) that split the *platforms*
    between them: each runs every run for its share (each kind dealt out in turn),
    making only the draws of the others, so each learns its own platforms' years once;
    the shares' totals add up, in whole fen, to the same result.  Any
    :class:`concurrent.futures.Executor` may be given instead, for example Dask's; its
    workers split the runs::

        from dask.distributed import Client

        client = Client()  # or Client("scheduler-address:8786")
        result = monte_carlo(scenario, 10_000, seed=7, executor=client.get_executor())

    Only ``executor.submit(fn, *args)`` returning a future with ``result()`` is used, so
    an adapter for another cluster framework (Ray, for instance) needs no more than
    that; the executor is not shut down here.  The scenario is sent to the workers once
    per chunk; each worker thread memoizes the engine's and the rules' answers for the
    study from one chunk to the next (and keeps the memo of the last study it worked
    on).  With ``jobs > 1`` and no executor, call this under
    ``if __name__ == "__main__":`` on platforms that start worker processes by spawning
    them.

    Statistics are gathered as chunks finish, in any order: a run's yearly totals take
    8 bytes a value (five money lines and four counts a year), and the memo is bounded,
    so memory does not grow with the runs but for those bytes.  The result keeps them
    (:meth:`~cixi_innovation.scenarios.distributions.MonteCarloResult.run_records`,
    ``to_pandas(runs=True)``) when ``keep_runs`` is true, or when it is None and there
    are at most :data:`KEEP_RUNS` runs.

    Args:
        scenario: the scenario.
        runs: how many runs (at least 1).
        seed: the seed (any value with a stable ``str``).
        jobs: worker processes when no executor is given (1 runs in this process).
        executor: an executor to use instead (not shut down here).
        progress: called as ``progress(done, runs)`` after each chunk.
        keep_runs: keep each run's values in the result (None: up to
            :data:`KEEP_RUNS` runs).

    Returns:
        The :class:`~cixi_innovation.scenarios.distributions.MonteCarloResult`.

    Raises:
        InputError: ``runs`` or ``jobs`` below 1, ``keep_runs`` not a bool.
    """
    counted(runs, 1, _RUNS, "runs")
    counted(jobs, 1, _JOBS, "jobs")
    if keep_runs is not None and not isinstance(keep_runs, bool):
        raise InputError(
            f"{keep_runs!r} is not True, False or None",
            zh=f"{keep_runs!r} 不是 True、False 或 None",
            field="keep_runs",
        )
    if not isinstance(scenario, Scenario):
        raise not_a(scenario, A_SCENARIO, "scenario")
    keep = runs <= KEEP_RUNS if keep_runs is None else keep_runs
    # imported by a study only: a single simulation needs neither the pool nor the statistics
    from cixi_innovation.scenarios._monte_carlo import _study

    tally = _study(scenario, runs, seed, jobs, executor, progress)
    return tally.result(scenario, runs, seed, keep)
