"""Applying one event to a Complex vs. a hand-rolled table step, side by side.

Run with ``python benchmarks/bench_lifecycle.py``.  Both sides are timed in the same
run (medians of repeats, standard library :mod:`timeit`), so the ratio is meaningful on
a noisy machine:

* **engine**: ``Complex.apply(AnnualAssessment(...))`` on a Complex under construction
  (table lookup, condition, guard, new entity, history entry);
* **hand-rolled**: a dict lookup of ``(state, event type)`` → target state and an
  :func:`attrs.evolve` of a small frozen record.

The goal is engine ≤ 2 × hand-rolled; the script exits with status 1 when it is missed.
``--decision`` also times reading the step's decision (built lazily from the templates).
"""

from __future__ import annotations

import statistics
import sys
import timeit
from datetime import date

import attrs

from cixi_innovation.complex import AnnualAssessment, Complex, ComplexState, example_events
from cixi_innovation.vocabulary import AssessmentResult

GOAL = 2.0
NUMBER = 20_000
REPEAT = 15


@attrs.frozen
class Record:
    """A small frozen record, as a hand-rolled state machine would keep."""

    id: str
    name: str
    state: ComplexState
    last_event_on: date


TABLE = {(ComplexState.UNDER_CONSTRUCTION, AnnualAssessment): ComplexState.UNDER_CONSTRUCTION}


def median_us(stmt: object) -> float:
    """The median time of one call of ``stmt``, in microseconds."""
    runs = timeit.repeat(stmt, number=NUMBER, repeat=REPEAT)  # type: ignore[arg-type]
    return statistics.median(runs) / NUMBER * 1e6


def main(argv: list[str]) -> int:
    complex_ = Complex.replay(example_events())
    event = AnnualAssessment(date(2026, 1, 20), year=2025, result=AssessmentResult.QUALIFIED)
    record = Record(complex_.id, complex_.name, complex_.state, date(2025, 3, 15))
    assert complex_.apply(event).entity.state is ComplexState.UNDER_CONSTRUCTION

    def engine() -> object:
        return complex_.apply(event)

    def hand_rolled() -> object:
        target = TABLE[(record.state, type(event))]
        return attrs.evolve(record, state=target, last_event_on=event.on)

    # Interleave the two measurements so that both see the same machine load.
    engine_runs, hand_runs = [], []
    for _ in range(3):
        engine_runs.append(median_us(engine))
        hand_runs.append(median_us(hand_rolled))
    engine_us = statistics.median(engine_runs)
    hand_us = statistics.median(hand_runs)
    ratio = engine_us / hand_us
    print(f"engine apply (annual assessment): {engine_us:8.3f} µs (median)")
    print(f"hand-rolled dict + attrs.evolve:  {hand_us:8.3f} µs (median)")
    print(f"ratio: {ratio:.2f} × (goal ≤ {GOAL:.1f} ×)")
    if "--decision" in argv:
        step = complex_.apply(event)
        decision_us = median_us(lambda: step.decision)
        print(f"reading the decision (lazy):      {decision_us:8.3f} µs (median)")
    if ratio > GOAL:
        print("goal missed", file=sys.stderr)
        return 1
    print("goal met")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
