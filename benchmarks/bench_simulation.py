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

Two reference figures, in the same rounds, say what the first goal is up against: what
the simulation cannot skip, per platform-year of the same portfolio, measured alone:

* **its events**: the events the simulation applied (setups, given and decided events,
  taken from :meth:`~cixi_innovation.scenarios.results.SimulationResult.history`),
  built again from their fields and applied to fresh entities under the scenario's
  settings: the lifecycles' share;
* **its decisions**: the rule functions called again with the arguments the simulation
  gave them (Art. 10-11, 16, 20, 23): the money's share.  The arguments are recorded
  by wrapping the simulation's one call site of the rules (``scenarios._memo._decide``).

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
from typing import Any

import _harness as harness
import attrs
from bench_portfolio import portfolio as copied_portfolio
from portfolios import portfolio

from cixi_innovation.lifecycles.complex.entity import Complex, example_events
from cixi_innovation.lifecycles.complex.events import AnnualAssessment
from cixi_innovation.lifecycles.events import Event
from cixi_innovation.scenarios import _memo
from cixi_innovation.scenarios.scenario import Scenario
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


def replayer(scenario: Scenario, seed: int) -> Callable[[], object]:
    """Build again and apply, to fresh entities, every event a simulation applied."""
    result = simulate(scenario, seed=seed)
    settings = {
        "force": scenario.force,
        "measures": scenario.measures,
        "parameters": scenario.parameters,
        "readings": scenario.readings,
    }
    lives: list[tuple[Any, list[tuple[type[Event], dict[str, Any]]]]] = []
    for spec in scenario.platforms:
        entity = result.history(spec.id)
        events = [entry.event for entry in entity.history]
        fields = [
            (type(e), {a.name: getattr(e, a.name) for a in attrs.fields(type(e))}) for e in events
        ]
        lives.append((type(entity), fields))

    def replay() -> None:
        for cls, fields in lives:
            (first, data), *rest = fields
            entity = cls.create(first(**data), **settings).entity
            for event_type, data in rest:
                entity = entity.apply(event_type(**data), **settings).entity

    return replay


def decider(scenario: Scenario, seed: int) -> Callable[[], object]:
    """Call again every rule function a simulation called, with the same arguments."""
    calls: list[tuple[Callable[..., object], dict[str, object]]] = []
    real = _memo._decide

    def record(rule: Any, args: tuple[Any, ...], path: str) -> Any:
        calls.append((rule.function, dict(zip(rule.names, args, strict=True))))
        return real(rule, args, path)

    _memo._decide = record
    try:
        simulate(scenario, seed=seed)
    finally:
        _memo._decide = real

    def decide() -> None:
        for function, kwargs in calls:
            function(**kwargs)

    return decide


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
    replay, decide = replayer(big, 2025), decider(big, 2025)
    cases: dict[str, Callable[[], float]] = {
        "event": lambda: cpu(lambda: complex_.apply(qualified), event_number),
        "all-different": lambda: cpu(lambda: simulate(big, seed=2025)) / (n * years),
        "copied": lambda: cpu(lambda: simulate(copied, seed=2025)) / (n * years),
        "small": lambda: cpu(lambda: simulate(small, seed=2025), small_number) / (SMALL * years),
        "its events": lambda: cpu(replay) / (n * years),
        "its decisions": lambda: cpu(decide) / (n * years),
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
        harness.versus(
            SUITE,
            "reference: its events alone, built and applied, per platform-year ÷ one event",
            samples,
            "its events",
            "event",
            label="Complex.apply",
            note="the events the simulation applied (setups included), pre-recorded",
        ),
        harness.versus(
            SUITE,
            "reference: its rule decisions alone, per platform-year ÷ one event",
            samples,
            "its decisions",
            "event",
            label="Complex.apply",
            note="the rule calls the simulation made, with their arguments, pre-recorded",
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
