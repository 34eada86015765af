"""Explaining a row (说明): the decisions of a platform-year, rebuilt with the platform's names.

The simulation runs the engine on templates without names and keeps, per platform, the
events it applied and the notes and rule calls of each year; :class:`_Trail` replays the
platform's own events and rebuilds those decisions when
:meth:`~cixi_innovation.scenarios.results.SimulationResult.explain` asks for a row.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from cixi_innovation.lifecycles.engine import Entity
from cixi_innovation.lifecycles.events import Event
from cixi_innovation.scenarios._events import _ENTITIES, _settings, setup_events
from cixi_innovation.scenarios._run import _Trails
from cixi_innovation.scenarios._steps import Step
from cixi_innovation.scenarios.scenario import Scenario
from cixi_innovation.values._attrs import frozen
from cixi_innovation.values.decisions import Decision

__all__ = ["_Trail"]

# --- explanations -------------------------------------------------------------------------------


@frozen
class _Trail:
    """What is kept to rebuild the decisions of every row (picklable, no text)."""

    scenario: Scenario
    events: tuple[tuple[Event, ...], ...]
    steps: tuple[tuple[tuple[int, tuple[Step, ...]], ...], ...]

    @classmethod
    def of(cls, scenario: Scenario, trails: _Trails) -> _Trail:
        """The trail of a run that collected ``trails`` (its events, its steps by year)."""
        return cls(
            scenario,
            tuple(tuple(events) for events, _ in trails),
            tuple(
                tuple((year, tuple(steps)) for year, steps in sorted(by_year.items()))
                for _, by_year in trails
            ),
        )

    def history(self, platform_id: str) -> Entity[Any, Any]:
        """The platform's own entity after its setup and the events the run applied."""
        s = self.scenario
        index = self._index(platform_id)
        spec = s.platforms[index]
        setup, _ = setup_events(spec, s)
        return _ENTITIES[spec.kind].replay([*setup, *self.events[index]], **_settings(s))

    def _index(self, platform_id: str) -> int:
        return next(i for i, spec in enumerate(self.scenario.platforms) if spec.id == platform_id)

    def __call__(self, platform_id: str, year: int) -> tuple[Decision, ...]:
        index = self._index(platform_id)
        entity = self.history(platform_id)
        decisions: list[tuple[date, int, Decision]] = [
            (e.event.on, 0, e.decision) for e in entity.history if e.event.on.year == year
        ]
        for y, steps in self.steps[index]:
            if y == year:
                decisions += [(step.on, 1, step.decision(platform_id)) for step in steps]
        decisions.sort(key=lambda t: (t[0], t[1]))
        return tuple(d for _, _, d in decisions)
