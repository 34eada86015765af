"""Simulating a portfolio of all-different platforms, against one lifecycle event.

Run with ``python benchmarks/bench_simulation.py`` (``--quick`` for a smoke run,
``--platforms N`` for another size).  The portfolio is :mod:`portfolios`' (seeded, every
platform with its own dates, levels, amounts, findings, overlaps, a third with their own
probabilities, the default mix of kinds) over 2025-2029.  Every case is timed on the
process's CPU time (:func:`time.process_time`), round after round in rotating order, so
that all of them see the same load of a shared machine:

* **event**: one ``Complex.apply(AnnualAssessment(...))`` on a Complex under
  construction (the lifecycle benchmark's step), the unit of the first goal;
* **all-different**: :func:`simulate` of 10,000 all-different platforms × 5 years,
  per platform-year.  Goal: at most 15 events;
* **copied**: the same of the default ten platforms copied 1,000 times
  (``bench_portfolio.portfolio``).  Goal: all-different at most 2 × copied;
* **small**: the same of 100 all-different platforms, per platform-year.  Goal: the
  cost per platform-year at 10,000 platforms at most 1.2 × at 100 (linear in
  platforms × years);
* **peak memory** of the 10,000-platform simulation with its result held
  (:mod:`tracemalloc`, the scenario already built).  Goal: at most 100 MiB.

What these figures do not cover: building or loading the scenario (``files`` has its
own figures), explaining rows (rebuilt on demand), Monte Carlo studies (whose memo
shares work across runs), and start-up.
"""

from __future__ import annotations

import gc
import sys
import time
import tracemalloc
from collections.abc import Callable
from datetime import date

import _harness as harness
from bench_portfolio import portfolio as copied_portfolio
from portfolios import portfolio

from cixi_innovation.lifecycles.complex.entity import Complex, example_events
from cixi_innovation.lifecycles.complex.events import AnnualAssessment
from cixi_innovation.scenarios.simulation import simulate
from cixi_innovation.values.assessments import AssessmentResult

SUITE = "simulation"
ROUNDS, QUICK_ROUNDS = 3, 1
SMALL = 100
MEMORY_GOAL = 100 * 2**20


def cpu(run: Callable[[], object], number: int = 1) -> float:
    """CPU seconds per call of ``number`` calls of ``run``."""
    gc.collect()
    start = time.process_time()
    for _ in range(number):
        run()
    return (time.process_time() - start) / number


def peak_memory(run: Callable[[], object]) -> int:
    """The peak memory traced during one call whose result is held, in bytes."""
    gc.collect()
    tracemalloc.start()
    try:
        held = run()
        peak = tracemalloc.get_traced_memory()[1]
        del held
        return peak
    finally:
        tracemalloc.stop()


def main(argv: list[str]) -> int:
    parser = harness.parser(__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--platforms", type=int, default=10_000)
    args = parser.parse_args(argv)
    rounds = QUICK_ROUNDS if args.quick else ROUNDS
    n = args.platforms

    complex_ = Complex.replay(example_events())
    qualified = AnnualAssessment(date(2026, 1, 20), year=2025, result=AssessmentResult.QUALIFIED)
    big = portfolio(n)
    small = portfolio(SMALL, seed=2)
    copied = copied_portfolio(n)
    years = len(big.horizon.years)
    event_number = harness.calibrate(lambda: complex_.apply(qualified), at_least=0.2)
    small_number = max(1, 2_000 // SMALL)
    cases: dict[str, Callable[[], float]] = {
        "event": lambda: cpu(lambda: complex_.apply(qualified), event_number),
        "all-different": lambda: cpu(lambda: simulate(big, seed=2025)) / (n * years),
        "copied": lambda: cpu(lambda: simulate(copied, seed=2025)) / (n * years),
        "small": lambda: cpu(lambda: simulate(small, seed=2025), small_number) / (SMALL * years),
    }
    names = list(cases)
    samples: dict[str, list[float]] = {name: [] for name in names}
    for r in range(rounds):
        for name in names[r % len(names) :] + names[: r % len(names)]:
            samples[name].append(cases[name]())
    peak = peak_memory(lambda: simulate(big, seed=2025))

    size = f"{n:,} platforms x {years} years"
    figures = [
        harness.versus(
            SUITE,
            f"simulate {size}, CPU per platform-year ÷ one lifecycle event",
            samples,
            "all-different",
            "event",
            goal=harness.ratio_at_most(15.0),
            label="Complex.apply",
            note="all-different portfolio (benchmarks/portfolios.py); CPU time, "
            f"{rounds} rounds interleaved",
        ),
        harness.versus(
            SUITE,
            f"simulate {size}: all-different ÷ copied portfolio",
            samples,
            "all-different",
            "copied",
            goal=harness.ratio_at_most(2.0),
            label="copied (bench_portfolio)",
            note="the default ten platforms copied (bench_portfolio.portfolio)",
        ),
        harness.versus(
            SUITE,
            f"simulate, CPU per platform-year: {n:,} ÷ {SMALL} platforms",
            samples,
            "all-different",
            "small",
            goal=harness.ratio_at_most(1.2),
            label=f"{SMALL} platforms",
            note="linear in platforms x years",
        ),
        harness.Figure(
            SUITE,
            f"simulate {size}: peak memory, result held (tracemalloc)",
            peak,
            unit="B",
            goal=harness.value_at_most(MEMORY_GOAL, "B"),
            note="the scenario built before; the rows and totals held",
        ),
    ]
    return harness.finish(figures, args)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
