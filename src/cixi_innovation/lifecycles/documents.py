"""History documents (履历文件): a platform's events as stored data, and back.

An application keeps each platform's events and rebuilds the platform by replaying
them.  This module gives it what it needs to do so without knowing the lifecycles by
heart:

- :data:`PLATFORM_KINDS` and :func:`entity_class`: the entity class of a platform kind
  (``"complex"``, ``"consortium"``, ``"center"``);
- :func:`encode_event` / :func:`decode_event`: one event as plain data carrying
  ``schema_version``, and back; decoding needs the platform kind, because some kinds of
  event (``consultation_opinion``, ``leader_review``) belong to more than one lifecycle;
- :class:`HistoryDocument`: a whole history with the readings, parameters, Measures and
  force check it was decided under (replaying needs them), which round-trips exactly
  through :meth:`~HistoryDocument.to_data` and :meth:`~HistoryDocument.from_data`.

>>> from cixi_innovation.lifecycles.complex.entity import Complex, example_events
>>> complex_ = Complex.replay(example_events())
>>> document = HistoryDocument.of(complex_)
>>> data = document.to_data()
>>> data["schema_version"], data["platform_kind"], data["events"][0]["kind"]
(1, 'complex', 'complex_application')
>>> HistoryDocument.from_data(data) == document, document.replay() == complex_
(True, True)
>>> decode_event("consortium", {"kind": "leader_review", "on": "2025-02-10", "approved": True})
ConsortiumLeaderReview(on=datetime.date(2025, 2, 10), approved=True, remarks='')
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import partial
from typing import Any, cast

import attrs

from cixi_innovation.law.measures import (
    MEASURES,
    EffectiveDateReading,
    ForceCheck,
    Measures,
    PublicationBaseReading,
    ValidityReading,
)
from cixi_innovation.law.parameters import PARAMETERS, Parameters
from cixi_innovation.law.readings import READINGS, Readings
from cixi_innovation.lifecycles._decoding import fast_decoder
from cixi_innovation.lifecycles._texts import (
    mapping,
    not_a,
    not_one_of,
    unknown_key,
    unknown_version,
)
from cixi_innovation.lifecycles.center.entity import InnovationCenter
from cixi_innovation.lifecycles.complex.entity import Complex
from cixi_innovation.lifecycles.consortium.entity import Consortium
from cixi_innovation.lifecycles.engine import Entity
from cixi_innovation.lifecycles.events import Event
from cixi_innovation.values._attrs import frozen
from cixi_innovation.values.errors import InputError, InvalidChoiceError, InvalidDateError

__all__ = [
    "EVENT_SCHEMA_VERSION",
    "HISTORY_SCHEMA_VERSION",
    "PLATFORM_KINDS",
    "HistoryDocument",
    "decode_event",
    "encode_event",
    "entity_class",
]

#: The version of the layout of one event's data (``schema_version`` in the data).
EVENT_SCHEMA_VERSION = 1
#: The version of the layout of a history document.
HISTORY_SCHEMA_VERSION = 1

#: The entity class of each platform kind, by the code of its lifecycle.
PLATFORM_KINDS: Mapping[str, type[Entity[Any, Any]]] = {
    cls.lifecycle.name: cls for cls in (Complex, Consortium, InnovationCenter)
}

_DECODERS: dict[str, dict[str, Callable[[Mapping[str, object]], Event]]] = {
    name: {kind: fast_decoder(t) for kind, t in cls.lifecycle.events_by_kind.items()}
    for name, cls in PLATFORM_KINDS.items()
}


def entity_class(kind: str) -> type[Entity[Any, Any]]:
    """The entity class of the platform kind ``kind`` (``"complex"``, ``"consortium"``, ``"center"``).

    Raises:
        InvalidChoiceError: an unknown platform kind.
    """
    try:
        return PLATFORM_KINDS[kind]
    except (KeyError, TypeError):
        raise not_one_of(
            "a platform kind",
            zh="可选的平台类型",
            value=kind,
            choices=PLATFORM_KINDS,
            field="platform_kind",
        ) from None


def encode_event(event: Event) -> dict[str, object]:
    """The event as plain JSON-ready data: ``kind``, ``schema_version``, then its fields."""
    data = event.to_data()
    return {"kind": data.pop("kind"), "schema_version": EVENT_SCHEMA_VERSION, **data}


def decode_event(platform_kind: str, data: Mapping[str, object]) -> Event:
    """Build an event of the platform kind's lifecycle from plain data.

    ``schema_version``, when present, must be :data:`EVENT_SCHEMA_VERSION` (data
    written by :meth:`Event.to_data <cixi_innovation.lifecycles.events.Event.to_data>`
    has none and is read as the current layout).

    Raises:
        InvalidChoiceError: an unknown platform kind or event kind.
        InputError: not a mapping, an unknown schema version, or a missing, unknown or
            ill-typed field (named).
    """
    lifecycle = entity_class(platform_kind).lifecycle
    decoders = _DECODERS[lifecycle.name]
    if not isinstance(data, Mapping):
        raise not_a(
            "a mapping of an event's fields", zh="事件字段的映射", value=data, field="event"
        )
    if "schema_version" in data:
        version = data["schema_version"]
        if version != EVENT_SCHEMA_VERSION or type(version) is not int:
            raise unknown_version("event", zh="事件", value=version, current=EVENT_SCHEMA_VERSION)
        data = {k: v for k, v in data.items() if k != "schema_version"}
    kind = data.get("kind")
    decoder = decoders.get(kind) if isinstance(kind, str) else None
    if decoder is None:
        return lifecycle.event_from_data(data)
    return decoder(data)


def _codes(readings: Readings) -> dict[str, str]:
    return {a.name: getattr(readings, a.name).code for a in attrs.fields(Readings)}


def _nested(field: str, build: Callable[[], Any]) -> Any:
    """``build()``, with the field of an input error put under ``field``."""
    try:
        return build()
    except InputError as error:
        # the specific kinds keep their class; the others are plain input errors
        cls = type(error) if type(error) in _RENAMEABLE else InputError
        where = f"{field}.{error.field}" if error.field else field
        raise cls(error.message, zh=error.zh, field=where, article=error.articles or None) from None


_RENAMEABLE = (InputError, InvalidChoiceError, InvalidDateError)


def _parameters(data: object, field: str) -> Parameters:
    values = mapping(data, field)
    return _nested(field, lambda: PARAMETERS.replace(**values))  # type: ignore[no-any-return]


@frozen
class HistoryDocument:
    """A platform's history as a document: its events and what they were decided under.

    Attributes:
        platform_kind: the platform kind (``"complex"``, ``"consortium"``, ``"center"``).
        events: the events, oldest first (the first creates the platform).
        readings: the readings of the open points the lifecycle used.
        parameters: the numbers of the Measures the lifecycle used.
        measures: the Measures (with their Art. 24 readings and numbers), which set
            the period of force.
        force: what was done with events outside the Measures' force.
        schema_version: the layout of the document (:data:`HISTORY_SCHEMA_VERSION`).
    """

    platform_kind: str
    events: tuple[Event, ...]
    readings: Readings = READINGS
    parameters: Parameters = PARAMETERS
    measures: Measures = MEASURES
    force: ForceCheck = ForceCheck.REFUSE
    schema_version: int = HISTORY_SCHEMA_VERSION

    @classmethod
    def of(
        cls,
        entity: Entity[Any, Any],
        *,
        force: ForceCheck = ForceCheck.REFUSE,
        measures: Measures = MEASURES,
        parameters: Parameters = PARAMETERS,
        readings: Readings = READINGS,
    ) -> HistoryDocument:
        """The document of ``entity``'s history, decided under the inputs given."""
        return cls(entity.lifecycle.name, entity.events, readings, parameters, measures, force)

    def replay(self) -> Entity[Any, Any]:
        """The platform, rebuilt by replaying the events under the document's inputs.

        Raises:
            EventRefusedError: an event is refused (the history was not decided under
                these inputs).
        """
        return entity_class(self.platform_kind).replay(
            self.events,
            force=self.force,
            measures=self.measures,
            parameters=self.parameters,
            readings=self.readings,
        )

    def to_data(self) -> dict[str, object]:
        """The document as plain JSON-ready data (the inverse of :meth:`from_data`)."""
        m = self.measures
        return {
            "schema_version": self.schema_version,
            "platform_kind": self.platform_kind,
            "force": self.force.code,
            "readings": _codes(self.readings),
            "parameters": self.parameters.as_dict(),
            "measures": {
                "effective_reading": m.effective_reading.code,
                "validity_reading": m.validity_reading.code,
                "base_reading": m.base_reading.code,
                "parameters": m.parameters.as_dict(),
            },
            "events": [encode_event(e) for e in self.events],
        }

    @classmethod
    def from_data(cls, data: object) -> HistoryDocument:
        """Read a document written by :meth:`to_data`; every part is checked.

        Raises:
            InputError: naming the field at fault (``events[3].year``,
                ``readings.consultation`` …).
        """
        doc = mapping(data, "document")
        known = {a.name for a in attrs.fields(HistoryDocument)}
        unknown = sorted(set(doc) - known)
        if unknown:
            raise unknown_key("field", zh="字段", name=unknown[0], field=unknown[0])
        version = doc.get("schema_version")
        if version != HISTORY_SCHEMA_VERSION or type(version) is not int:
            raise unknown_version(
                "history", zh="历史记录", value=version, current=HISTORY_SCHEMA_VERSION
            )
        kind = entity_class(cast(str, doc.get("platform_kind"))).lifecycle.name
        chosen = mapping(doc.get("readings", {}), "readings")
        readings = _nested("readings", lambda: READINGS.replace(**chosen))
        parameters = _parameters(doc.get("parameters", {}), "parameters")
        m = mapping(doc.get("measures", {}), "measures")
        measures = _nested(
            "measures",
            lambda: MEASURES.with_readings(
                effective=EffectiveDateReading.parse(
                    m.get("effective_reading", MEASURES.effective_reading),
                    field="effective_reading",
                ),
                validity=ValidityReading.parse(
                    m.get("validity_reading", MEASURES.validity_reading), field="validity_reading"
                ),
                base=PublicationBaseReading.parse(
                    m.get("base_reading", MEASURES.base_reading), field="base_reading"
                ),
            ),
        )
        measures = measures.with_parameters(
            _parameters(m.get("parameters", {}), "measures.parameters")
        )
        force = ForceCheck.parse(doc.get("force", ForceCheck.REFUSE), field="force")
        items = doc.get("events")
        if not isinstance(items, list) or not items:
            raise not_a(
                "a non-empty list of events", zh="非空的事件列表", value=items, field="events"
            )
        events = tuple(
            _nested(f"events[{i}]", partial(decode_event, kind, item))
            for i, item in enumerate(items)
        )
        return cls(kind, events, readings, parameters, measures, force)
