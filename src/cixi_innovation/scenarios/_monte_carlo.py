"""A Monte Carlo study in chunks (蒙特卡洛模拟): runs in this process or on an executor's workers.

Run ``i`` draws from its own generator, so a chunk of runs gives the same totals
wherever it is computed.  A chunk sends back its runs' yearly totals as arrays (8 bytes
a value, money in fen), and the :class:`_Tally` puts them in their place as chunks
finish: the study holds no Python object per run, and its statistics do not depend on
the order the chunks finish in, nor on how the runs were cut into chunks.

The memo of the engine's and the rules' answers pays across the runs of a study, so a
worker keeps the memo of the study it works on from one chunk to the next (one memo
per thread); it is bounded: past :data:`_MEMO_LIMIT` platform-years, what it learnt
from the runs is dropped between two runs, and it learns again.

What a memo learns is a platform's years, so on its own ``jobs`` worker processes a
study splits the *platforms* between the workers rather than the runs (:func:`_shares`):
each worker runs every run for its share of the platforms, making the other platforms'
draws only (they are cheap), and learns its own platforms' years alone instead of every
worker learning them all.  The shares' totals of a run add up to the run's totals
exactly (whole fen), so the result is the same as on one process.  Each share has a
worker process of its own, which runs all of its chunks.  On an executor (whose
workers are not ours to assign) the runs are split, as on one process.
"""

from __future__ import annotations

import threading
import uuid
from array import array
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Executor, Future, as_completed
from decimal import Decimal
from typing import Any, Final, NamedTuple

from cixi_innovation.scenarios._assumptions import assumed_fields
from cixi_innovation.scenarios._memo import _Memo
from cixi_innovation.scenarios._run import _paused_cycle_collector, _rng, _Run
from cixi_innovation.scenarios.distributions import MonteCarloResult, _PerRun
from cixi_innovation.scenarios.results import YearTotals
from cixi_innovation.scenarios.scenario import Scenario
from cixi_innovation.values.errors import InputError

__all__ = [
    "_MEMO_LIMIT",
    "_Chunk",
    "_RunTotals",
    "_Tally",
    "_append",
    "_arrays",
    "_run_chunk",
    "_shares",
    "_study",
]

#: How many platform-years a study's memo holds before it drops what the runs taught it
#: (about 1-2 KiB each): enough for the runs of a few hundred platforms to share their
#: years, small enough that a long study stays within a few dozen MiB.
_MEMO_LIMIT: Final = 40_000

#: Runs per chunk in this process: a twentieth of the study (a progress step each).
_STEPS: Final = 20

#: Chunks per worker on an executor: enough to balance the workers' loads.
_CHUNKS_PER_WORKER: Final = 4

#: Chunks of each share of the platforms on the study's own pool: a progress step each.
_CHUNKS_PER_SHARE: Final = 10

_FEN_RANGE: Final = range(-(2**63), 2**63)


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


def _fen(amount: Decimal) -> int:
    """An amount of yuan in fen (every amount of a run is a whole number of fen)."""
    fen = int(amount.scaleb(2))
    if fen not in _FEN_RANGE:
        raise _too_large(amount)
    return fen


def _too_large(amount: Decimal) -> InputError:
    return InputError(
        f"a yearly total of {amount} yuan is too large for a study (at most "
        f"{Decimal(2**63 - 1).scaleb(-2)} yuan)",
        zh=f"年度合计 {amount} 元对研究而言过大(至多 {Decimal(2**63 - 1).scaleb(-2)} 元)",
        field="scenario",
    )


class _Chunk(NamedTuple):
    """The yearly totals of runs ``start`` to ``start + len - 1``, series by series."""

    start: int
    money: tuple[array[int], ...]
    counts: tuple[array[int], ...]


def _arrays(count: int, runs: int = 0) -> tuple[array[int], ...]:
    return tuple(array("q", bytes(8 * runs)) for _ in range(count))


class _Tally:
    """The values of every run of a study, put in place as their chunks finish.

    With ``shares`` above 1, each run comes in that many chunks, one per share of the
    platforms (:func:`_shares`), whose values are added up.
    """

    def __init__(self, years: int, runs: int, shares: int = 1) -> None:
        self.money = _arrays(years * 5, runs)
        self.counts = _arrays(years * 4, runs)
        self.shares = shares
        self._chunked = 0
        self.done = 0

    def add(self, chunk: _Chunk) -> None:
        """Put a chunk's runs in their place, or add them to the other shares'."""
        start = chunk.start
        for mine, theirs in zip(self.money + self.counts, chunk.money + chunk.counts, strict=True):
            if self.shares == 1:
                mine[start : start + len(theirs)] = theirs
            else:
                _add(mine, start, theirs)
        self._chunked += len(chunk.money[0])
        self.done = self._chunked // self.shares

    def result(self, scenario: Scenario, runs: int, seed: object, keep: bool) -> MonteCarloResult:
        """The study's distributions, with each run's values when ``keep``."""
        per_run = _PerRun(self.money, self.counts)
        years = tuple(per_run.year(y, year) for y, year in enumerate(scenario.horizon.years))
        return MonteCarloResult(
            scenario.title,
            runs,
            seed,
            years,
            per_run if keep else None,
            assumed=assumed_fields(scenario.inputs),
        )


def _add(mine: array[int], start: int, theirs: array[int]) -> None:
    """Add a share's values to the runs' values from ``start`` on, in whole fen."""
    for k, value in enumerate(theirs, start):
        total = mine[k] + value
        if total not in _FEN_RANGE:
            raise _too_large(Decimal(total).scaleb(-2))
        mine[k] = total


def _shares(scenario: Scenario, shares: int) -> tuple[tuple[bool, ...], ...]:
    """The platforms of each of ``shares`` shares, as flags: each kind dealt out in turn.

    Dealing each kind's platforms round the shares gives each share about as many of
    each kind, and so about the same work.
    """
    dealt = sorted(range(len(scenario.platforms)), key=lambda i: scenario.platforms[i].kind.code)
    owner = [0] * len(dealt)
    for turn, index in enumerate(dealt):
        owner[index] = turn % shares
    return tuple(tuple(o == share for o in owner) for share in range(shares))


def _append(chunk: _Chunk, run: _RunTotals) -> None:
    """Append one run's totals to the chunk's series."""
    for y, (lines, counts) in enumerate(zip(run.lines, run.counts, strict=True)):
        for k, value in enumerate(lines):
            chunk.money[y * 5 + k].append(_fen(value))
        for k, count in enumerate(counts):
            chunk.counts[y * 4 + k].append(count)


def _runs(
    memo: _Memo, seed: object, start: int, stop: int, share: tuple[bool, ...] | None = None
) -> _Chunk:
    """Runs ``start`` to ``stop - 1`` over ``memo`` (of the ``share`` of platforms), bounded."""
    years = len(memo.scenario.horizon.years)
    chunk = _Chunk(start, _arrays(years * 5), _arrays(years * 4))
    with _paused_cycle_collector():
        for run in range(start, stop):
            _, totals, _ = _Run(memo, _rng(seed, run), collect=False, share=share).run()
            _append(chunk, _RunTotals.of(totals))
            _bound(memo)
    return chunk


def _bound(memo: _Memo) -> None:
    """Drop what the runs taught ``memo`` once it holds more than :data:`_MEMO_LIMIT` years.

    The platforms' setups, their facts and the tokens of values stay: the years, the
    entities reached after the setups and the rules' answers are learnt again.
    """
    if len(memo.years) <= _MEMO_LIMIT:
        return
    memo.years.clear()
    for root in memo.roots.values():
        # a study's memo is shared, so each of its roots keeps its children
        assert root.children is not None
        root.children.clear()
    for calls in memo.calls.values():
        calls.clear()


_WORKER = threading.local()


def _run_chunk(
    scenario: Scenario,
    seed: object,
    start: int,
    stop: int,
    study: str,
    share: int = 0,
    shares: int = 1,
) -> _Chunk:
    """Runs ``start`` to ``stop - 1`` on a worker, over the memo of ``study`` on its thread.

    With ``shares`` above 1, the runs of the ``share``-th share of the platforms only.
    """
    memo: _Memo | None = getattr(_WORKER, "memo", None)
    if memo is None or _WORKER.study != study:
        # one study's memo per thread: the last study's is dropped
        _WORKER.memo = None
        memo = _WORKER.memo = _Memo(scenario)
        _WORKER.study = study
    mine = None if shares == 1 else _shares(scenario, shares)[share]
    return _runs(memo, seed, start, stop, mine)


def _finished(futures: list[Future[_Chunk]]) -> Iterator[Future[_Chunk]]:
    """The futures as they finish, or in order when they are not standard futures."""
    if all(isinstance(f, Future) for f in futures):
        return as_completed(futures)
    return iter(futures)


def _study(
    scenario: Scenario,
    runs: int,
    seed: object,
    jobs: int,
    executor: Executor | None,
    progress: Callable[[int, int], object] | None,
) -> _Tally:
    """Every run of the study, computed in chunks here or by the workers."""
    if executor is None and jobs > 1:
        return _by_shares(scenario, runs, seed, jobs, uuid.uuid4().hex, progress)
    tally = _Tally(len(scenario.horizon.years), runs)
    if executor is None:
        memo = _Memo(scenario)
        size = max(1, runs // _STEPS)
        for start in range(0, runs, size):
            tally.add(_runs(memo, seed, start, min(runs, start + size)))
            if progress is not None:
                progress(tally.done, runs)
        return tally
    size = max(1, -(-runs // (jobs * _CHUNKS_PER_WORKER)))
    study = uuid.uuid4().hex
    futures: list[Any] = [
        executor.submit(_run_chunk, scenario, seed, start, min(runs, start + size), study)
        for start in range(0, runs, size)
    ]
    for future in _finished(futures):
        tally.add(future.result())
        if progress is not None:
            progress(tally.done, runs)
    return tally


def _by_shares(
    scenario: Scenario,
    runs: int,
    seed: object,
    jobs: int,
    study: str,
    progress: Callable[[int, int], object] | None,
) -> _Tally:
    """The study on ``jobs`` processes, the platforms split into ``jobs`` shares.

    Each share has a process of its own (a pool of one worker), so the worker that
    learnt a share's platform-years is the one that runs all of that share's chunks.
    """
    tally = _Tally(len(scenario.horizon.years), runs, jobs)
    size = max(1, -(-runs // _CHUNKS_PER_SHARE))
    # imported here: the process pool's machinery is not needed by a single run
    from concurrent.futures import ProcessPoolExecutor

    pools = [ProcessPoolExecutor(1) for _ in range(jobs)]
    try:
        futures = [
            pool.submit(_run_chunk, scenario, seed, start, min(runs, start + size), study, k, jobs)
            for start in range(0, runs, size)
            for k, pool in enumerate(pools)
        ]
        for future in as_completed(futures):
            tally.add(future.result())
            if progress is not None:
                progress(tally.done, runs)
    finally:
        for pool in pools:
            pool.shutdown(cancel_futures=True)
    return tally
