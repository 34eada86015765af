"""The scenario file format, declared once (文件格式): its objects, keys and values.

Each object of a scenario file is a :class:`Shape`: its keys in order, each with the
kind of its value and whether it must be given, and the object's description.  The
loaders read their keys from these shapes (``Reader.shaped(value, path, shape)``), so
that an unknown or missing key is found where the shape says;
the kinds of value are JSON Schema fragments, which may hold shapes and
:class:`Named` values (the ``$defs`` of the schema) at any depth.
:func:`~cixi_innovation.scenarios.schema.scenario_schema_data` writes the whole JSON
Schema from them, and the value formats below take their patterns from the spellings
the loader checks (:mod:`cixi_innovation.scenarios._spellings`).

A reader of one key of a record (a ``FieldReader``) says what it reads with
:func:`declare`; :func:`kind_of` tells it back, for the record's shape.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, TypeVar

import attrs

from cixi_innovation.scenarios import _spellings
from cixi_innovation.values._attrs import frozen
from cixi_innovation.values.assessments import AssessmentResult, PerformanceGrade
from cixi_innovation.values.vocabulary import LabelledEnum, Level

__all__ = [
    "ASSESSMENT_RESULT",
    "BOOLEAN",
    "DATE",
    "FORMATS",
    "LEVEL",
    "MONEY",
    "MONTH_DAY",
    "NAME",
    "PERFORMANCE_GRADE",
    "RATIO",
    "SHARE",
    "TEXT",
    "YEAR",
    "Key",
    "Kind",
    "Named",
    "Shape",
    "array",
    "codes",
    "declare",
    "enum",
    "kind_of",
    "named",
    "names_of",
    "one_of",
    "render",
]

_F = TypeVar("_F", bound=Callable[..., Any])


@frozen
class Named:
    """A kind of value with a name, written once in the schema's ``$defs``."""

    name: str
    kind: Kind


@frozen
class Key:
    """A key of an object: its name, the kind of its value, whether a file must give it."""

    name: str
    kind: Kind
    required: bool = False


@frozen
class Shape:
    """An object of a scenario file: its keys, in order, and what it is.

    ``rules`` are the schema's checks that involve several keys (the loader makes them
    when it builds the value).
    """

    keys: tuple[Key, ...]
    description: str | None = None
    rules: Mapping[str, Any] = attrs.field(factory=dict)
    #: the keys, in order (worked out once: every mapping of a file is checked against them)
    names: tuple[str, ...] = attrs.field(init=False, eq=False, repr=False)
    #: the keys a file must give, in order
    required: tuple[str, ...] = attrs.field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "names", tuple(k.name for k in self.keys))
        object.__setattr__(self, "required", tuple(k.name for k in self.keys if k.required))


#: A kind of value: a JSON Schema fragment, which may hold shapes and named values.
Kind = Mapping[str, Any] | Shape | Named


def codes(enum: Iterable[LabelledEnum], leave_out: Sequence[str] = ()) -> list[str]:
    """The codes of ``enum``'s members, but those left out."""
    return [member.code for member in enum if member.code not in leave_out]


def _described(description: str | None, kind: Mapping[str, Any]) -> dict[str, Any]:
    return {"description": description, **kind} if description else dict(kind)


def enum(cls: Iterable[LabelledEnum], description: str | None = None) -> dict[str, Any]:
    """A code of ``cls``."""
    return _described(description, {"enum": codes(cls)})


def one_of(forms: Sequence[Kind], description: str | None = None) -> dict[str, Any]:
    """A value in one of its ``forms``."""
    return _described(description, {"oneOf": list(forms)})


def names_of(forms: Iterable[Shape]) -> tuple[str, ...]:
    """The keys of the objects ``forms``, each once, in order."""
    return tuple(dict.fromkeys(name for form in forms for name in form.names))


def array(items: Kind, min_items: int = 0) -> dict[str, Any]:
    """A list of ``items`` (at least ``min_items``)."""
    out: dict[str, Any] = {"type": "array", "items": items}
    if min_items:
        out["minItems"] = min_items
    return out


# --- the value formats ------------------------------------------------------------------

_WHOLE: dict[str, Any] = {"type": "integer", "minimum": 0}

MONEY = Named(
    "money",
    {
        "description": "Yuan: a whole number (>= 0) or a string of ASCII digits in whole fen, "
        'e.g. "500000" or "320000.50" (no exponent, no sign but +, no other digits such as ５ '
        "or ٥). Never a float: binary floats cannot hold fen exactly. Amounts are below 10^15 "
        "yuan (checked by the library).",
        "anyOf": [
            {**_WHOLE, "exclusiveMaximum": 10**15},
            {"type": "string", "pattern": _spellings.MONEY},
        ],
    },
)
RATIO = Named(
    "ratio",
    {
        "description": "An exact non-negative ratio: a whole number, or a string of ASCII digits "
        'such as "1/3", "0.5" or "50%" (at most 64 characters; no exponent, no sign but +). '
        "Never a float.",
        "anyOf": [
            _WHOLE,
            {
                "type": "string",
                "maxLength": _spellings.RATIO_MAX_LENGTH,
                "pattern": _spellings.RATIO,
            },
        ],
    },
)
SHARE = Named(
    "share",
    {
        "description": "A ratio from 0 to 1 (the upper bound is checked by the library).",
        "$ref": RATIO,
    },
)
DATE = Named(
    "date",
    {
        "description": "A calendar date YYYY-MM-DD (in TOML also a TOML local date).",
        "type": "string",
        "format": "date",
        "pattern": _spellings.DATE,
        "maxLength": 10,
    },
)
MONTH_DAY = Named(
    "month_day",
    {
        "description": "A day of every year, MM-DD (29 February is refused).",
        "type": "string",
        "pattern": _spellings.MONTH_DAY,
        "maxLength": 5,
    },
)
YEAR = Named(
    "year",
    {"description": "A calendar year.", "type": "integer", "minimum": 1900, "maximum": 9999},
)
NAME = Named(
    "name", {"description": "A text that is not blank.", "type": "string", "pattern": "\\S"}
)
TEXT = Named("text", {"type": "string"})
LEVEL = Named("level", enum(Level, "A level of recognition (级别)."))
ASSESSMENT_RESULT = Named("assessment_result", enum(AssessmentResult, "合格 / 不合格."))
PERFORMANCE_GRADE = Named("performance_grade", enum(PerformanceGrade, "差 / not poor."))
BOOLEAN: Mapping[str, Any] = {"type": "boolean"}

#: The value formats, in the order in which the schema lists them first.
FORMATS = (
    MONEY,
    RATIO,
    SHARE,
    DATE,
    MONTH_DAY,
    YEAR,
    NAME,
    TEXT,
    LEVEL,
    ASSESSMENT_RESULT,
    PERFORMANCE_GRADE,
)


# --- what each reader reads ---------------------------------------------------------------

_KINDS: dict[Callable[..., Any], Kind] = {}


def declare(read: _F, kind: Kind) -> _F:
    """``read``, declared to read a value of ``kind``."""
    _KINDS[read] = kind
    return read


def kind_of(read: Callable[..., Any]) -> Kind:
    """The kind of value ``read`` reads, as declared."""
    return _KINDS[read]


def named(name: str, read: _F) -> _F:
    """``read``, declared to read its kind of value under ``name`` in the format."""
    return declare(read, Named(name, kind_of(read)))


# --- the schema written from the declarations ---------------------------------------------


def render(kind: object, defs: dict[str, Any]) -> Any:
    """``kind`` as JSON Schema; each named value met is written once into ``defs``."""
    if isinstance(kind, Named):
        if kind.name not in defs:
            # written after what it refers to
            defs[kind.name] = render(kind.kind, defs)
        return {"$ref": f"#/$defs/{kind.name}"}
    if isinstance(kind, Shape):
        out: dict[str, Any] = _described(kind.description, {"type": "object"})
        out["properties"] = {k.name: render(k.kind, defs) for k in kind.keys}
        if kind.required:
            out["required"] = list(kind.required)
        out["additionalProperties"] = False
        out.update(render(kind.rules, defs))
        return out
    if isinstance(kind, Mapping):
        fragment = {key: render(value, defs) for key, value in kind.items()}
        if "$ref" in fragment:
            # a named value beside other keys: {"description": ..., "$ref": RATIO}
            fragment["$ref"] = fragment["$ref"]["$ref"]
        return fragment
    if isinstance(kind, list | tuple):
        return [render(item, defs) for item in kind]
    return kind
