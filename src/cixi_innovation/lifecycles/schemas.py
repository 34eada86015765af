"""JSON Schemas (数据格式) of the events, for forms and client-side validation.

:func:`event_schema` gives the JSON Schema (draft 2020-12) of one kind of event of a
platform kind, generated from the event class: its fields, their types (texts, whole
numbers, true/false, ISO dates, the codes of enumerations, lists, nested records),
which are required, and the ``schema_version`` of the stored data
(:data:`~cixi_innovation.lifecycles.documents.EVENT_SCHEMA_VERSION`).  Data valid
against the schema is what :func:`~cixi_innovation.lifecycles.documents.decode_event`
reads; the schema checks shapes only (the lifecycle still decides whether the event is
accepted).

>>> schema = event_schema("complex", "annual_assessment")
>>> schema["required"], schema["properties"]["result"]["enum"]
(['kind', 'on', 'year', 'result'], ['qualified', 'unqualified'])
"""

from __future__ import annotations

import types
import typing
from datetime import date
from decimal import Decimal
from fractions import Fraction
from typing import Any

import attrs

from cixi_innovation.lifecycles.documents import EVENT_SCHEMA_VERSION, entity_class
from cixi_innovation.values.vocabulary import LabelledEnum

__all__ = ["JSON_SCHEMA_DIALECT", "event_schema", "event_schemas"]

#: The JSON Schema dialect of the schemas.
JSON_SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"

_DATE = {"type": "string", "format": "date", "pattern": r"^\d{4}-\d{2}-\d{2}$"}
_DECIMAL = {"type": ["string", "integer"], "pattern": r"^-?\d+(\.\d+)?$"}
_RATIO = {"type": ["string", "integer"], "pattern": r"^-?\d+(\.\d+|/\d+)?$"}


def _type_schema(hint: Any) -> dict[str, Any]:
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in typing.get_args(hint) if a is not type(None)]
        return {"anyOf": [_type_schema(inner[0]), {"type": "null"}]}
    if origin is tuple:
        return {"type": "array", "items": _type_schema(typing.get_args(hint)[0])}
    if hint is bool:
        return {"type": "boolean"}
    if hint is int:
        return {"type": "integer"}
    if hint is str:
        return {"type": "string"}
    if hint is date:
        return dict(_DATE)
    if hint is Decimal:
        return dict(_DECIMAL)
    if hint is Fraction:
        return dict(_RATIO)
    if isinstance(hint, type) and issubclass(hint, LabelledEnum):
        return {"enum": [m.code for m in hint]}
    # the remaining hints are the records of the Measures' plans and findings
    return _record_schema(hint)


def _record_schema(cls: Any) -> dict[str, Any]:
    hints = typing.get_type_hints(cls)
    fields = [a for a in attrs.fields(cls) if a.init]
    return {
        "type": "object",
        "properties": {a.name: _type_schema(hints[a.name]) for a in fields},
        "required": [a.name for a in fields if a.default is attrs.NOTHING],
        "additionalProperties": False,
    }


def event_schema(platform_kind: str, kind: str) -> dict[str, Any]:
    """The JSON Schema of the event ``kind`` of the platform kind's lifecycle.

    Raises:
        InvalidChoiceError: an unknown platform kind or event kind.
    """
    lifecycle = entity_class(platform_kind).lifecycle
    event_type = lifecycle.event_type_of(kind)
    record = _record_schema(event_type)
    properties = {
        "kind": {"const": kind},
        "schema_version": {"const": EVENT_SCHEMA_VERSION},
        **record["properties"],
    }
    return {
        "$schema": JSON_SCHEMA_DIALECT,
        "$id": f"cixi-innovation:{platform_kind}/{kind}",
        "title": event_type.label.en,
        "description": f"{event_type.label.zh} ({lifecycle.label.zh} / {lifecycle.label.en})",
        "type": "object",
        "properties": properties,
        "required": ["kind", *record["required"]],
        "additionalProperties": False,
    }


def event_schemas(platform_kind: str) -> dict[str, dict[str, Any]]:
    """The JSON Schema of every event of the platform kind's lifecycle, by event kind."""
    lifecycle = entity_class(platform_kind).lifecycle
    return {kind: event_schema(platform_kind, kind) for kind in lifecycle.events_by_kind}
