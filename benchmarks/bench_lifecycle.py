"""Applying one event to a Complex vs. a hand-rolled table step, side by side.

Run with ``python benchmarks/bench_lifecycle.py`` (``--quick`` for a smoke run).  All
candidates are timed in the same process, round after round in rotating order:

* **engine**: ``Complex.apply(AnnualAssessment(...))`` on a Complex under construction
  (the table lookup, the condition, the guard, a new immutable entity, its history
  entry; the decision citing Art. 8 is built when read);
* **hand-rolled** (the baseline): a dict lookup of ``(state, event type)`` → target
  state and an :func:`attrs.evolve` of a small frozen record;
* for reference, the same slice of the Complex lifecycle written with python-statemachine,
  transitions and Automat (``benchmarks/peers/``): under construction → annual
  assessment qualified (stays) / unqualified (units revoked) → units reassigned.  Those
  machines mutate their state in place and keep no history and no explanation.

The goal is engine ≤ 2 × hand-rolled for one event; the script exits with status 1 when
it is missed.  The whole slice (three events) and reading a step's decision are shown
for reference.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date

import attrs
from _harness import compare, finish, parser, ratio_at_most, reference, sampling, versus
from peers import PeerMissingError, automat_slice, statemachine_slice, transitions_slice

from cixi_innovation.lifecycles.complex.entity import Complex, example_events
from cixi_innovation.lifecycles.complex.events import AnnualAssessment, UnitsReassignment
from cixi_innovation.lifecycles.complex.facts import ComplexState
from cixi_innovation.values.assessments import AssessmentResult

SUITE = "lifecycle"
GOAL = ratio_at_most(2.0)
PEERS = {
    "python-statemachine": statemachine_slice.build,
    "transitions": transitions_slice.build,
    "Automat": automat_slice.build,
}


@attrs.frozen
class Record:
    """A small frozen record, as a hand-rolled state machine would keep."""

    id: str
    name: str
    state: ComplexState
    last_event_on: date


S = ComplexState
TABLE = {
    (S.UNDER_CONSTRUCTION, AnnualAssessment, True): S.UNDER_CONSTRUCTION,
    (S.UNDER_CONSTRUCTION, AnnualAssessment, False): S.UNITS_REVOKED,
    (S.UNITS_REVOKED, UnitsReassignment, None): S.UNDER_CONSTRUCTION,
}


def hand_rolled_step(record: Record, event: AnnualAssessment | UnitsReassignment) -> Record:
    qualified = (
        event.result is AssessmentResult.QUALIFIED if isinstance(event, AnnualAssessment) else None
    )
    target = TABLE[(record.state, type(event), qualified)]
    return attrs.evolve(record, state=target, last_event_on=event.on)


def main(argv: list[str] | None = None) -> int:
    args = parser(__doc__.splitlines()[0] if __doc__ else None).parse_args(argv)
    rounds, sample_seconds = sampling(args)

    complex_ = Complex.replay(example_events())
    qualified = AnnualAssessment(date(2026, 1, 20), year=2025, result=AssessmentResult.QUALIFIED)
    unqualified = AnnualAssessment(
        date(2026, 1, 21), year=2025, result=AssessmentResult.UNQUALIFIED
    )
    reassigned = UnitsReassignment(
        date(2026, 2, 1), construction_units=("观海卫镇人民政府",), host_unit="新依托单位"
    )
    record = Record(complex_.id, complex_.name, complex_.state, complex_.last_event_on)
    slice_events = (qualified, unqualified, reassigned)

    # Both sides compute the same states.
    engine_states = [complex_.apply(qualified).entity.state]
    after = complex_
    hand_states = [hand_rolled_step(record, qualified).state]
    hand = record
    for event in slice_events:
        after = after.apply(event).entity
        hand = hand_rolled_step(hand, event)
    assert engine_states == hand_states == [S.UNDER_CONSTRUCTION]
    assert after.state is hand.state is S.UNDER_CONSTRUCTION
    assert [e.target for e in after.history[-3:]] == [
        S.UNDER_CONSTRUCTION,
        S.UNITS_REVOKED,
        S.UNDER_CONSTRUCTION,
    ]

    def engine_one() -> object:
        return complex_.apply(qualified)

    def hand_one() -> object:
        return hand_rolled_step(record, qualified)

    def engine_slice() -> object:
        entity = complex_
        for event in slice_events:
            entity = entity.apply(event).entity
        return entity

    def hand_slice() -> object:
        r = record
        for event in slice_events:
            r = hand_rolled_step(r, event)
        return r

    one: dict[str, Callable[[], object]] = {"engine": engine_one, "hand-rolled": hand_one}
    whole: dict[str, Callable[[], object]] = {"engine": engine_slice, "hand-rolled": hand_slice}
    missing: dict[str, str] = {}
    for name, build in PEERS.items():
        try:
            _, assess, reassign, state = build()
        except PeerMissingError:
            missing[name] = "not installed"
            continue

        def run_one(assess: Callable[[bool], None] = assess) -> None:
            assess(True)

        def run_slice(
            assess: Callable[[bool], None] = assess, reassign: Callable[[], None] = reassign
        ) -> None:
            assess(True)
            assess(False)
            reassign()

        run_slice()
        assert state() == "under_construction", name
        one[name] = run_one
        whole[name] = run_slice
    if missing and args.require_peers:
        print(f"peers not installed: {', '.join(missing)}", file=sys.stderr)
        return 2

    one_times = compare(one, rounds=rounds, sample_seconds=sample_seconds)
    slice_times = compare(whole, rounds=rounds, sample_seconds=sample_seconds)
    step = complex_.apply(qualified)
    lazy = compare(
        {
            "decision": lambda: step.decision,
            "explain": lambda: step.decision.explain("zh"),
        },
        rounds=rounds,
        sample_seconds=sample_seconds,
    )

    base = "hand-rolled"
    figures = [
        versus(
            SUITE,
            "apply one event (engine)",
            one_times,
            "engine",
            base,
            goal=GOAL,
            note="Complex.apply(AnnualAssessment qualified): guard, new entity, history entry; "
            "baseline: dict lookup + attrs.evolve of a frozen record",
        )
    ]
    figures += [
        versus(
            SUITE, f"apply one event ({name})", one_times, name, base, note=missing.get(name, "")
        )
        for name in PEERS
    ]
    figures += [
        versus(
            SUITE,
            f"the slice, 3 events ({name})",
            slice_times,
            name,
            base,
            note=missing.get(name, ""),
        )
        for name in ("engine", *PEERS)
    ]
    figures += [
        reference(SUITE, "read a step's decision (built lazily)", lazy["decision"], rounds),
        reference(
            SUITE, "read a step's decision and explain it in Chinese", lazy["explain"], rounds
        ),
    ]
    return finish(figures, args)


if __name__ == "__main__":
    sys.exit(main())
