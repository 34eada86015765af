"""Reading stored histories: decoding and replaying events, against replaying them alone.

Run with ``python benchmarks/bench_replay.py`` (``--quick`` for a smoke run).  The
workload is an application's start-up: 1,000 Complexes, all different (their own
identifiers, names, units, dates and results), 30 events each, stored as the JSON-ready
data of :func:`~cixi_innovation.lifecycles.documents.encode_event`:

* **decode and replay**: :func:`~cixi_innovation.lifecycles.documents.decode_event`
  on each stored event, then ``Complex.replay``; the baseline is **replay** of the
  already-decoded events.  Goal: at most 3 ×;
* **version** and **history length** of an entity, against reading one of its
  attributes (``entity.state``).  Goal: at most 2 × each;
* for reference, :meth:`Decision.from_json <cixi_innovation.values.decisions.Decision.from_json>`
  of 30,000 stored decisions (the decisions of the 1,000 histories), with no goal.

The figures leave out reading the rows from a database (the example application in
``examples/bureau_app`` does that) and JSON parsing of the events.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from _harness import Figure, compare, finish, median, parser, ratio_at_most, sampling, versus

from cixi_innovation.lifecycles.complex.entity import Complex, example_events
from cixi_innovation.lifecycles.complex.events import (
    AnnualAssessment,
    AnnualWorkPlan,
    ComplexApplication,
    HigherLevelAnnualEvaluation,
    LevelRecognition,
    UnitsReassignment,
)
from cixi_innovation.lifecycles.documents import decode_event, encode_event
from cixi_innovation.lifecycles.events import Event
from cixi_innovation.values.assessments import AssessmentResult, PerformanceGrade
from cixi_innovation.values.decisions import Decision
from cixi_innovation.values.vocabulary import Level

SUITE = "replay"
PLATFORMS = 1000
EVENTS = 30


def history(i: int) -> list[Event]:
    """The 30 events of the ``i``-th Complex: its own names, dates and results."""
    first, *rest = example_events()
    assert isinstance(first, ComplexApplication)
    events: list[Event] = [
        first.__class__(
            first.on,
            id=f"CX-{i:04d}",
            name=f"综合体{i}",
            applicants=first.applicants,
            industry=f"产业{i % 17}",
            leading_body=first.leading_body,
            plan=first.plan,
        ),
        *rest,
    ]
    shift = timedelta(days=i % 20)
    events.append(LevelRecognition(date(2025, 6, 1) + shift, level=Level.NINGBO))
    for year in range(2025, 2029):
        unqualified = (i + year) % 7 == 0
        result = AssessmentResult.UNQUALIFIED if unqualified else AssessmentResult.QUALIFIED
        events.append(AnnualAssessment(date(year + 1, 1, 10) + shift, year=year, result=result))
        if unqualified:
            events.append(
                UnitsReassignment(
                    date(year + 1, 1, 25) + shift,
                    construction_units=(f"建设单位{i}-{year}",),
                    host_unit=f"依托单位{i}-{year}",
                )
            )
        events.append(
            AnnualWorkPlan(date(year + 1, 2, 1) + shift, year=year + 1, plan=f"计划{i}-{year}")
        )
        events.append(
            HigherLevelAnnualEvaluation(
                date(year + 1, 3, 1) + shift, year=year, grade=PerformanceGrade.NOT_POOR
            )
        )
        level = Level.PROVINCIAL if (i + year) % 2 else Level.NINGBO
        events.append(LevelRecognition(date(year + 1, 6, 1) + shift, level=level))
    return events[:EVENTS]


def main(argv: list[str] | None = None) -> int:
    args = parser(__doc__.splitlines()[0] if __doc__ else None).parse_args(argv)
    rounds, sample_seconds = sampling(args)
    platforms = 50 if args.quick else PLATFORMS
    decoded = [history(i) for i in range(platforms)]
    assert all(len(events) == EVENTS for events in decoded)
    stored = [[encode_event(e) for e in events] for events in decoded]
    entities = [Complex.replay(events) for events in decoded]
    texts = [entry.decision.to_json() for c in entities for entry in c.history]
    entity = entities[0]

    def decode_and_replay() -> object:
        return [Complex.replay([decode_event("complex", d) for d in rows]) for rows in stored]

    def replay() -> object:
        return [Complex.replay(events) for events in decoded]

    assert decode_and_replay() == entities
    times = compare(
        {"decode and replay": decode_and_replay, "replay": replay},
        rounds=rounds,
        sample_seconds=sample_seconds,
    )
    reads: dict[str, Callable[[], object]] = {
        "version": lambda: entity.version,
        "history_length": lambda: entity.history_length,
        "attribute": lambda: entity.state,
    }
    read_times = compare(reads, rounds=rounds, sample_seconds=sample_seconds)
    loads = compare(
        {"from_json": lambda: [Decision.from_json(t) for t in texts]},
        rounds=max(3, rounds // 4),
        sample_seconds=sample_seconds,
    )
    goal, reads_goal = ratio_at_most(3), ratio_at_most(2)
    figures = [
        versus(
            SUITE,
            f"decode and replay {platforms} × {EVENTS} events",
            times,
            "decode and replay",
            "replay",
            goal=goal,
            note="decode_event on stored data, then Complex.replay; baseline: replay alone",
        ),
        versus(
            SUITE,
            "read entity.version",
            read_times,
            "version",
            "attribute",
            goal=reads_goal,
            note="baseline: reading entity.state",
        ),
        versus(
            SUITE,
            "read entity.history_length",
            read_times,
            "history_length",
            "attribute",
            goal=reads_goal,
            note="baseline: reading entity.state",
        ),
        Figure(
            SUITE,
            f"Decision.from_json of {len(texts)} stored decisions",
            median(loads["from_json"]),
            samples=max(3, rounds // 4),
        ),
    ]
    return finish(figures, args)


if __name__ == "__main__":
    raise SystemExit(main())
