"""Simulating a large copied portfolio (for reference) and many Monte Carlo runs (a goal).

Run with ``python benchmarks/bench_portfolio.py`` (``--profile`` adds a cProfile of each
case, ``--platforms N`` and ``--runs N`` change the sizes, the goal scaling with them).
Two cases, each timed as the median of a few repeats, then run once more under
:mod:`tracemalloc` for the peak memory.  The goal is checked on the process's CPU time
(:func:`time.process_time`, which other jobs on a shared machine disturb less than the
wall time); the wall time is printed beside it:

* **portfolio**: :func:`simulate` of 10,000 platforms over 2025-2029 (50,000
  platform-years).  The platforms are the ten of the default scenario, copied 1,000
  times with their own ids and names, their dates shifted by 0 to 3 weeks in four
  batches, and for every other copy the yearly outcomes left to the portfolio's
  probabilities (so outcomes are drawn).  A reference row since the simulation no
  longer shares work between platforms whose inputs repeat (a real portfolio's do not):
  ``bench_simulation.py`` holds the goals of a single simulation.
* **monte carlo**: :func:`monte_carlo` of the default scenario, 1,000 runs, one
  process.  Goal: at most 1 s.

The script prints time, peak memory and the verdict of each case in the table of the
shared harness (``--json`` writes the figures for ``run_all.py``, ``--quick`` times each
case twice instead of five times), and exits with status 1 when a goal is missed.
"""

from __future__ import annotations

import copy
import cProfile
import pstats
import sys
import time
import tracemalloc
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

import _harness as harness
from portfolios import PROBABILITIES

from cixi_innovation.scenarios.default import DEFAULT_SCENARIO_DATA, default_scenario
from cixi_innovation.scenarios.scenario import Scenario
from cixi_innovation.scenarios.simulation import monte_carlo, simulate

MONTE_CARLO_GOAL = 1.0
REPEATS = 5
SUITE = "portfolio"

_DATE_KEYS = (
    "applied_on",
    "approved_on",
    "round_start",
    "host_selected_on",
    "cultivation_start",
    "proposed_on",
    "established_on",
    "construction_start",
)
_OUTCOME_KEYS = ("assessment", "higher_level_evaluation", "acceptance", "mid_term")


def _shift(text: str, days: int) -> str:
    return (date.fromisoformat(text) + timedelta(days=days)).isoformat()


def portfolio(platforms: int) -> Scenario:
    """The default scenario's platforms copied to ``platforms`` platforms (see above)."""
    data: dict[str, Any] = copy.deepcopy(DEFAULT_SCENARIO_DATA)
    base = data["platforms"]
    data["title"] = f"Benchmark portfolio of {platforms} platforms"
    data["probabilities"] = dict(PROBABILITIES)
    out = []
    for i in range(platforms):
        spec = copy.deepcopy(base[i % len(base)])
        copy_no = i // len(base)
        spec["id"] = f"{spec['id']}-{copy_no:05d}"
        spec["name"] = f"{spec['name']}{copy_no}"
        days = 7 * (copy_no % 4)
        for key in _DATE_KEYS:
            if key in spec:
                spec[key] = _shift(spec[key], days)
        if copy_no % 2:
            for facts in spec.get("years", {}).values():
                for key in _OUTCOME_KEYS:
                    facts.pop(key, None)
        out.append(spec)
    data["platforms"] = out
    return Scenario.from_data(data)


def times(run: Callable[[], object], repeats: int = REPEATS) -> tuple[list[float], list[float]]:
    """The CPU times and the wall times of ``repeats`` calls, in seconds."""
    cpu, wall = [], []
    for _ in range(repeats):
        start, start_wall = time.process_time(), time.perf_counter()
        run()
        cpu.append(time.process_time() - start)
        wall.append(time.perf_counter() - start_wall)
    return cpu, wall


def peak_memory(run: Callable[[], object]) -> int:
    """The peak memory traced during one call, in bytes."""
    tracemalloc.start()
    try:
        run()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def profile(run: Callable[[], object], label: str) -> None:
    """Print the 15 functions with the most own time during one call."""
    profiler = cProfile.Profile()
    profiler.runcall(run)
    print(f"--- profile: {label}")
    pstats.Stats(profiler).sort_stats("tottime").print_stats(15)


def main(argv: list[str]) -> int:
    parser = harness.parser(__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--platforms", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=1_000)
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args(argv)
    # A smoke run keeps the sizes (the fixed costs do not scale down with them) and
    # times each case twice.
    repeats = 2 if args.quick else REPEATS

    big = portfolio(args.platforms)
    years = len(big.horizon.years)
    scenario = default_scenario()
    cases: list[tuple[str, Callable[[], object], float | None, str]] = [
        (
            f"simulate {args.platforms * years:,} platform-years",
            lambda: simulate(big, seed=2025),
            None,
            f"simulate: {args.platforms:,} platforms x {years} years "
            f"= {args.platforms * years:,} platform-years",
        ),
        (
            f"Monte Carlo, {args.runs:,} runs of the default scenario",
            lambda: monte_carlo(scenario, args.runs, seed=2025),
            MONTE_CARLO_GOAL * args.runs / 1_000,
            f"monte_carlo: default scenario, {args.runs:,} runs, 1 process",
        ),
    ]
    figures: list[harness.Figure] = []
    for name, run, goal, what in cases:
        cpu, wall = times(run, repeats)
        peak = peak_memory(run)
        figures += [
            harness.Figure(
                SUITE,
                name,
                harness.median(cpu),
                goal=None if goal is None else harness.value_at_most(goal),
                note=f"{what}; CPU time, median of {repeats} (best {min(cpu):.3f} s; "
                f"wall: median {harness.median(wall):.3f} s, best {min(wall):.3f} s)",
                samples=repeats,
                extra={"cpu_seconds": cpu, "wall_seconds": wall, "peak_bytes": peak},
            ),
            harness.Figure(SUITE, f"{name}: peak memory (tracemalloc)", peak, unit="B"),
        ]
        if args.profile:
            profile(run, name)
    return harness.finish(figures, args)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
