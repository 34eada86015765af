"""Fast decoding of events from stored data (private to the lifecycles).

Reading a stored history decodes every event, so decoding must cost about what
applying the event does.  :func:`fast_decoder` compiles, once per event class, one
converter per field for the plain shapes stored data has (texts, whole numbers,
true/false, ISO dates, codes, lists of texts); anything else, and any value a
converter does not take, goes to :meth:`Event.from_data
<cixi_innovation.lifecycles.events.Event.from_data>`, which decodes it or names the
field at fault.  Both ways give the same event.
"""

from __future__ import annotations

import typing
from collections.abc import Callable, Mapping
from datetime import date
from typing import Any

import attrs

from cixi_innovation.lifecycles.events import Event
from cixi_innovation.values.vocabulary import LabelledEnum

__all__ = ["fast_decoder"]

#: What a converter returns for a value it leaves to the general decoding.
_SLOW: Any = object()

Converter = Callable[[object], Any]


def _exact(kind: type) -> Converter:
    def convert(value: object) -> Any:
        return value if type(value) is kind else _SLOW

    return convert


def _date(value: object) -> Any:
    if type(value) is str and len(value) == 10:
        try:
            return date.fromisoformat(value)
        except ValueError:
            return _SLOW
    return _SLOW


def _codes(enum: type[LabelledEnum]) -> Converter:
    members: dict[object, LabelledEnum] = {}
    for m in enum:
        members.update({m.zh: m, m.name: m, m.value: m})
    get = members.get

    def convert(value: object) -> Any:
        return get(value, _SLOW) if type(value) is str else _SLOW

    return convert


def _texts(value: object) -> Any:
    if type(value) is list and all(type(v) is str for v in value):
        return tuple(value)
    return _SLOW


def _slow(value: object) -> Any:
    return _SLOW


def _converter(hint: Any) -> Converter:
    if hint in (str, int, bool):
        return _exact(hint)
    if hint is date:
        return _date
    if isinstance(hint, type) and issubclass(hint, LabelledEnum):
        return _codes(hint)
    if hint == tuple[str, ...]:
        return _texts
    return _slow


def fast_decoder(event_type: type[Event]) -> Callable[[Mapping[str, object]], Event]:
    """A function building ``event_type`` from plain data, the same as its ``from_data``."""
    hints = typing.get_type_hints(event_type)
    fields = [a for a in attrs.fields(event_type) if a.init]
    plan = tuple((a.name, _converter(hints[a.name])) for a in fields)
    required = frozenset(a.name for a in fields if a.default is attrs.NOTHING)
    known = frozenset(a.name for a in fields) | {"kind"}
    kind = event_type.kind
    general = event_type.from_data

    def decode(data: Mapping[str, object]) -> Event:
        if data.get("kind") != kind or not known.issuperset(data) or not required <= data.keys():
            return general(data)
        kwargs: dict[str, Any] = {}
        for name, convert in plan:
            if name in data:
                value = convert(data[name])
                if value is _SLOW:
                    return general(data)
                kwargs[name] = value
        return event_type(**kwargs)

    return decode
