"""The Bureau's application: register platforms, post events, read them back, see what is due.

:class:`BureauApp` is what a user interface calls.  Every answer is plain JSON-ready
data, and every refusal is one of the library's errors (with the field, the articles
and, for a lifecycle's refusal, the reason in Chinese and English), which
:func:`refusal_data` turns into data for the interface.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from pathlib import Path
from typing import Any

from bureau_app.money import yearly_money
from bureau_app.store import Store
from cixi_innovation import (
    CenterYearFacts,
    CixiError,
    ComplexYearFacts,
    ConsortiumYearFacts,
    EventRefusedError,
    Expense,
    HistoryDocument,
    OfficeCalendar,
    Scenario,
    StaleVersionError,
    agenda,
    decode_event,
    entity_class,
)
from cixi_innovation.lifecycles.engine import Entity

__all__ = ["BureauApp", "refusal_data"]

#: The Bureau's own dates for what the Measures leave open (its calendar, not the Measures').
BUREAU_CALENDAR = OfficeCalendar(
    year_start_by=(3, 31), annual_assessment_by=(4, 30), after_expiry_days=90, mid_term_days=60
)


def refusal_data(error: CixiError) -> dict[str, object]:
    """A refusal as data for the interface: what, which field, which articles, why.

    For a lifecycle's refusal the field is one of the posted event's (``"on"``,
    ``"year"``, ``"kind"`` …), for the form to highlight; None when the event is refused
    as a whole or for the platform's state.
    """
    data: dict[str, object] = {
        "error": type(error).__name__,
        "field": error.field,
        "articles": [a.en for a in error.articles],
        "message": str(error),
    }
    if isinstance(error, EventRefusedError):
        data["zh"], data["en"] = error.reason.zh, error.reason.en
    if isinstance(error, StaleVersionError):
        data["expected_version"], data["actual_version"] = error.expected, error.actual
    return data


class BureauApp:
    """The platform register of the Bureau, on one SQLite file."""

    def __init__(
        self,
        path: str | Path,
        *,
        calendar: OfficeCalendar = BUREAU_CALENDAR,
        settings: Scenario | None = None,
    ) -> None:
        self.store = Store(path)
        self.calendar = calendar
        #: the Bureau's open inputs of Art. 10, 16 and 20, for the money (a scenario)
        self.settings = settings

    def close(self) -> None:
        """Close the store."""
        self.store.close()

    def load(self, platform_id: str) -> Entity[Any, Any]:
        """The platform rebuilt by replaying its stored events under its stored inputs."""
        return self.store.read(platform_id).document().replay()

    def register(self, platform_kind: str, data: Mapping[str, object]) -> dict[str, object]:
        """Register a platform from its creating event (an application, a proposal).

        Raises:
            CixiError: the data or the event is refused (nothing is stored).
        """
        event = decode_event(platform_kind, data)
        entity = entity_class(platform_kind).create(event).entity
        self.store.insert(HistoryDocument.of(entity), entity.id)
        return self.platform(entity.id)

    def post(
        self, platform_id: str, data: Mapping[str, object], *, expected_version: int
    ) -> dict[str, object]:
        """Decide an event posted as JSON data against the version the writer read; store it.

        The event is decided on the platform as stored, with ``expected_version``: a
        writer who read an older version is refused before anything is decided, and the
        store checks the version again when it appends, so that a second writer racing
        the first is refused too.

        Raises:
            StaleVersionError: another writer posted since ``expected_version``.
            CixiError: the data or the event is refused (nothing is stored).
        """
        stored = self.store.read(platform_id)
        entity = stored.document().replay()
        event = decode_event(stored.kind, data)
        step = entity.apply(event, expected_version=expected_version)
        self.store.append(platform_id, expected_version, [event])
        answer = self._describe(step.entity)
        answer["decision"] = {"zh": step.decision.explain("zh"), "en": step.decision.explain("en")}
        return answer

    def platform(self, platform_id: str) -> dict[str, object]:
        """The platform as it stands: kind, state, version, and what may happen next."""
        return self._describe(self.load(platform_id))

    def _describe(self, entity: Entity[Any, Any]) -> dict[str, object]:
        return {
            "id": entity.id,
            "name": entity.name,
            "kind": entity.lifecycle.name,
            "state": entity.state.code,
            "version": entity.version,
            "last_event_on": entity.last_event_on.isoformat(),
        }

    def next_steps(self, platform_id: str, on: date) -> list[dict[str, object]]:
        """The events allowed next, and why the day alone would refuse some of them."""
        return [
            {
                "event": step.event.kind,
                "possible": step.possible,
                "why_not": None if step.refusal is None else step.refusal.en,
            }
            for step in self.load(platform_id).next_steps(on)
        ]

    def agenda(self, platform_id: str, on: date) -> dict[str, object]:
        """What is due for the platform on ``on``, with the Bureau's calendar."""
        today = agenda(self.load(platform_id), on, calendar=self.calendar)

        def item(i: Any) -> dict[str, object]:
            return {
                "what": i.what.code,
                "year": i.year,
                "from": None if i.due_from is None else i.due_from.isoformat(),
                "by": None if i.due_by is None else i.due_by.isoformat(),
                "articles": [a.en for a in i.articles],
                "date_from": "bureau calendar" if i.calendar_entry else "the Measures",
            }

        return {
            "on": on.isoformat(),
            "due": [item(i) for i in today.items],
            "outside_force": [item(i) for i in today.outside_force],
        }

    def history(self, platform_id: str) -> dict[str, object]:
        """The platform's history document, as plain data (for export or archive)."""
        return self.store.read(platform_id).document().to_data()

    def money(
        self,
        platform_id: str,
        year: int,
        money_facts: Iterable[ComplexYearFacts | ConsortiumYearFacts | CenterYearFacts],
        *,
        requested_subsidy: object = None,
        spending: Iterable[Expense] | None = None,
    ) -> dict[str, object]:
        """The platform's money in ``year``, from its stored history (see :mod:`bureau_app.money`)."""
        document = self.store.read(platform_id).document()
        return yearly_money(
            document,
            self.settings,
            money_facts,
            year,
            requested_subsidy=requested_subsidy,
            spending=spending,
        )
