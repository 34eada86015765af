"""A Monte Carlo study in chunks (蒙特卡洛模拟): runs in this process or on an executor's workers.

Run ``i`` draws from its own generator, so a chunk of runs gives the same totals
wherever it is computed; each chunk keeps only the yearly totals of its runs, and
:func:`_summarise` turns the totals of every run into the distributions of a
:class:`~cixi_innovation.scenarios.results.MonteCarloResult`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from concurrent.futures import Executor, ProcessPoolExecutor
from decimal import Decimal
from typing import NamedTuple

from cixi_innovation.scenarios._assumptions import assumed_fields
from cixi_innovation.scenarios._memo import _Memo
from cixi_innovation.scenarios._run import _paused_cycle_collector, _rng, _Run
from cixi_innovation.scenarios.results import (
    OUTCOME_COUNTS,
    CountDistribution,
    MoneyDistribution,
    MonteCarloResult,
    MonteCarloYear,
    YearTotals,
)
from cixi_innovation.scenarios.scenario import Scenario

__all__ = ["_RunTotals", "_run_chunk", "_study", "_summarise"]


class _RunTotals(NamedTuple):
    """What a study keeps of one run: per year, its money lines and its outcome counts."""

    lines: tuple[tuple[Decimal, ...], ...]
    counts: tuple[tuple[int, ...], ...]

    @classmethod
    def of(cls, totals: Sequence[YearTotals]) -> _RunTotals:
        """The lines and counts of a run's yearly totals."""
        return cls(
            tuple(
                (
                    t.cash,
                    t.advances,
                    t.settlements_paid - t.settlements_recovered,
                    t.art16,
                    t.art20,
                )
                for t in totals
            ),
            tuple(
                (t.eliminated, t.units_revoked, t.cultivation_revoked, t.support_terminated)
                for t in totals
            ),
        )


def _run_chunk(scenario: Scenario, seed: object, start: int, stop: int) -> list[_RunTotals]:
    """Runs ``start`` to ``stop - 1`` (each with its own generator), their totals only."""
    return _runs(_Memo(scenario), seed, start, stop)


def _runs(memo: _Memo, seed: object, start: int, stop: int) -> list[_RunTotals]:
    with _paused_cycle_collector():
        return _runs_unpaused(memo, seed, start, stop)


def _runs_unpaused(memo: _Memo, seed: object, start: int, stop: int) -> list[_RunTotals]:
    out: list[_RunTotals] = []
    for run in range(start, stop):
        _, totals, _ = _Run(memo, _rng(seed, run), collect=False).run()
        out.append(_RunTotals.of(totals))
    return out


def _study(
    scenario: Scenario,
    runs: int,
    seed: object,
    jobs: int,
    executor: Executor | None,
    progress: Callable[[int, int], object] | None,
) -> list[_RunTotals]:
    """The totals of every run, in order, computed in chunks here or by the workers."""
    results: list[_RunTotals] = []
    if executor is None and jobs == 1:
        memo = _Memo(scenario)
        size = max(1, runs // 20)
        for start in range(0, runs, size):
            stop = min(runs, start + size)
            results.extend(_runs(memo, seed, start, stop))
            if progress is not None:
                progress(len(results), runs)
        return results
    workers = jobs if executor is None else max(jobs, 1)
    size = max(1, -(-runs // (workers * 4)))
    pool: Executor = executor if executor is not None else ProcessPoolExecutor(jobs)
    try:
        futures = [
            pool.submit(_run_chunk, scenario, seed, start, min(runs, start + size))
            for start in range(0, runs, size)
        ]
        for future in futures:
            results.extend(future.result())
            if progress is not None:
                progress(len(results), runs)
    finally:
        if executor is None:
            pool.shutdown()
    return results


def _summarise(
    scenario: Scenario, runs: int, seed: object, results: Sequence[_RunTotals]
) -> MonteCarloResult:
    years: list[MonteCarloYear] = []
    for y, year in enumerate(scenario.horizon.years):
        lines = [MoneyDistribution.of(r.lines[y][k] for r in results) for k in range(5)]
        counts = {
            code: CountDistribution.of(r.counts[y][k] for r in results)
            for k, code in enumerate(OUTCOME_COUNTS)
        }
        runs_with = {
            code: sum(1 for r in results if r.counts[y][k]) for k, code in enumerate(OUTCOME_COUNTS)
        }
        years.append(
            MonteCarloYear(
                year, lines[0], lines[1], lines[2], lines[3], lines[4], counts, runs_with
            )
        )
    return MonteCarloResult(
        scenario.title, runs, seed, tuple(years), assumed=assumed_fields(scenario.inputs)
    )
