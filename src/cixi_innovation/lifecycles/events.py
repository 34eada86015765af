"""Events (事件) and how they are read from plain data and written back.

An :class:`Event` is something that happens to a platform on a date, with its facts:
an application, a review, an assessment.  Each platform's events subclass it
(:mod:`cixi_innovation.lifecycles.complex.events` …).  Scenario files carry events as
plain data (ISO dates, codes of enumerations, lists, mappings); :meth:`Event.from_data`
coerces each field to its declared type and names the field at fault, and
:meth:`Event.to_data` gives the plain data back.

>>> from datetime import date
>>> import attrs
>>> @attrs.frozen
... class Appraised(Event):
...     label = Label("appraised", "绩效评估", "appraisal")
...     poor: bool
>>> Appraised.from_data({"kind": "appraised", "on": "2029-06-05", "poor": True})
Appraised(on=datetime.date(2029, 6, 5), poor=True)
>>> Appraised(date(2029, 6, 5), poor=False).to_data()
{'kind': 'appraised', 'on': '2029-06-05', 'poor': False}
"""

from __future__ import annotations

import types
import typing
from collections.abc import Mapping
from datetime import date
from decimal import Decimal
from fractions import Fraction
from typing import Any, ClassVar, Self

import attrs

from cixi_innovation.lifecycles._texts import mapping, not_a, unknown_key
from cixi_innovation.values._attrs import frozen
from cixi_innovation.values.citations import Citation
from cixi_innovation.values.days import to_date
from cixi_innovation.values.decisions import Param
from cixi_innovation.values.errors import InputError, InvalidChoiceError, InvalidDateError
from cixi_innovation.values.vocabulary import Label, LabelledEnum

__all__ = ["Event", "Value", "check_fields"]

_HINTS: dict[type, dict[str, Any]] = {}


def _hints(cls: type) -> dict[str, Any]:
    # Mutation testing, not mutated: a cache: a miss only recomputes the hints
    hints = _HINTS.get(cls)  # pragma: no mutate
    if hints is None:
        hints = _HINTS[cls] = typing.get_type_hints(cls)
    return hints


def _convert(hint: Any, value: object, field: str) -> Any:
    """Turn plain data (str, int, bool, list, dict) into a value of type ``hint``."""
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        args = typing.get_args(hint)
        if value is None and type(None) in args:
            return None
        (inner,) = [a for a in args if a is not type(None)]
        return _convert(inner, value, field)
    if origin is tuple:
        if not isinstance(value, list | tuple):
            raise not_a("a list", zh="列表", value=value, field=field)
        (inner, _) = typing.get_args(hint)
        return tuple(_convert(inner, v, f"{field}[{i}]") for i, v in enumerate(value))
    if hint is date:
        return to_date(value, field=field)
    if isinstance(hint, type) and issubclass(hint, LabelledEnum):
        return hint.parse(value, field=field)
    if hint is bool:
        if not isinstance(value, bool):
            raise not_a("true or false", zh=" true 或 false", value=value, field=field)
        return value
    if hint is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise not_a("a whole number", zh="整数", value=value, field=field)
        return value
    if hint is str:
        if not isinstance(value, str):
            raise not_a("a text", zh="文本", value=value, field=field)
        return value
    if isinstance(hint, type) and attrs.has(hint):
        if isinstance(value, hint):
            return value
        fields = mapping(value, field)
        from_dict = getattr(hint, "from_dict", None)
        if from_dict is not None:
            return from_dict(dict(fields))
        return _build(hint, fields, field + ".")
    if isinstance(hint, type) and isinstance(value, hint):
        return value
    # Mutation testing: every type hint that reaches this line has a __name__, so getattr's default is never used
    name = getattr(hint, "__name__", hint)
    raise InputError(
        f"{value!r} cannot be read as {name}", zh=f"{value!r} 不能读作 {name}", field=field
    )


def _build(cls: type, data: Mapping[str, object], prefix: str = "") -> Any:
    hints = _hints(cls)
    fields = [a for a in attrs.fields(cls) if a.init]
    names = {a.name for a in fields}
    unknown = sorted(k for k in data if k not in names and k != "kind")
    if unknown:
        raise unknown_key(
            "field",
            zh="字段",
            name=unknown[0],
            field=prefix + unknown[0],
            expected=(a.name for a in fields),
        )
    kwargs: dict[str, Any] = {}
    for a in fields:
        if a.name not in data:
            if a.default is attrs.NOTHING:
                raise InputError("is missing", zh="缺少此项", field=prefix + a.name)
            continue
        kwargs[a.name] = _convert(hints[a.name], data[a.name], prefix + a.name)
    return cls(**kwargs)


def _exact(hint: Any) -> frozenset[type]:
    """The types a field of type ``hint`` takes as they are, without a conversion."""
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        return frozenset(t for a in typing.get_args(hint) for t in _exact(a))
    if hint is type(None) or (
        isinstance(hint, type) and hint is not tuple and typing.get_origin(hint) is None
    ):
        # a tuple's items are checked by _items; a date is a date, not a datetime
        return frozenset({hint})
    return frozenset()


def _items(hint: Any) -> frozenset[type]:
    """The types the items of a field of type ``hint`` (a tuple) take as they are."""
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        return frozenset(t for a in typing.get_args(hint) for t in _items(a))
    if typing.get_origin(hint) is tuple:
        return _exact(typing.get_args(hint)[0])
    return frozenset()


_Checks = tuple[tuple[str, Any, frozenset[type], frozenset[type]], ...]
_CHECKS: dict[type, _Checks] = {}


def _checks(cls: type) -> _Checks:
    # Mutation testing, not mutated: a cache: a miss only recomputes the checks
    checks = _CHECKS.get(cls)  # pragma: no mutate
    if checks is None:
        hints = _hints(cls)
        checks = _CHECKS[cls] = tuple(
            (a.name, hints[a.name], _exact(hints[a.name]), _items(hints[a.name]))
            for a in attrs.fields(cls)
        )
    return checks


def _check_field(hint: Any, value: object, field: str) -> Any:
    """``value`` as a value of type ``hint``: a documented code converted exactly, or refused.

    Unlike :func:`_convert` (plain data from a file), a date must be a date here.
    """
    if hint is date:
        if type(value) is not date:
            raise not_a("a date", zh="日期", value=value, field=field, cls=InvalidDateError)
        return value
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        # None, when allowed, is taken as it is by check_fields: what is left is the value
        (inner,) = [a for a in typing.get_args(hint) if a is not type(None)]
        return _check_field(inner, value, field)
    if typing.get_origin(hint) is tuple:
        if not isinstance(value, list | tuple):
            raise not_a("a list", zh="列表", value=value, field=field)
        (inner, _) = typing.get_args(hint)
        return tuple(_check_field(inner, v, f"{field}[{i}]") for i, v in enumerate(value))
    if typing.get_origin(hint) is typing.Literal:
        choices = typing.get_args(hint)
        if value not in choices:
            listed = ", ".join(map(str, choices))
            raise InvalidChoiceError(
                f"{value!r} is not one of: {listed}",
                zh=f"{value!r} 不是可选值之一:{listed}",
                field=field,
            )
        return value
    try:
        return _convert(hint, value, field)
    except InputError as exc:
        if exc.field is not None and (exc.field + ".").startswith(field + "."):
            raise
        # a nested value read from a mapping names its own fields: prefix the event's
        path = f"{field}.{exc.field}" if exc.field else field
        raise type(exc)(exc.message, zh=exc.zh, field=path, article=exc.articles) from None


def check_fields(value: object) -> None:
    """Check every field of the frozen attrs ``value`` against its declared type.

    A code of an enumeration (its code, name or Chinese label) becomes the member, a
    list of a tuple field a tuple, a mapping of a value field that value; anything else
    of the wrong type is refused, naming the field: ``AnnualAssessment(result="poor")``
    never stands for another outcome.

    Raises:
        InvalidChoiceError: a text that is not a code of the field's enumeration.
        InvalidDateError: a date field given something other than a date.
        InputError: another value of the wrong type.
    """
    for name, hint, exact, items in _checks(type(value)):
        current = getattr(value, name)
        kind = type(current)
        if kind in exact or (
            # a tuple whose items are all of their exact types is taken as it is
            kind is tuple and items and all(type(v) in items for v in current)
        ):
            continue
        checked = _check_field(hint, current, name)
        if checked is not current:
            object.__setattr__(value, name, checked)


class Value:
    """A value carried by events (an applicant, a host unit …), checked as it is built.

    >>> from cixi_innovation.lifecycles.complex.events import Party
    >>> Party("town_government", "观海卫镇").kind
    <Applicant.TOWN_GOVERNMENT: 'town_government'>
    """

    __slots__ = ()

    def __attrs_post_init__(self) -> None:
        check_fields(self)


def _plain(value: object) -> object:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, LabelledEnum):
        return value.code
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    if isinstance(value, Decimal | Fraction):
        return str(value)
    if attrs.has(type(value)):
        # Mutation testing, not mutated: the generic conversion below gives the same data for the values that have to_dict
        to_dict = getattr(value, "to_dict", None)  # pragma: no mutate
        if to_dict is not None:
            return to_dict()
        cls: Any = type(value)
        return {a.name: _plain(getattr(value, a.name)) for a in attrs.fields(cls)}
    return value


_PARAM_TYPES = (str, int, Decimal, Fraction, date, Label, LabelledEnum, Citation)


@frozen
class Event:
    """Something that happens to a platform on a date, with its facts.

    Subclasses set the class attribute ``label`` (its code, zh and en), and add their
    facts as fields after ``on``.  The class attribute ``kind``, the stable code used in
    scenario files (``"annual_assessment"``), is the label's code unless the subclass
    sets it itself.  Events are built from typed values or, with
    :meth:`from_data`, from plain data (ISO dates, codes of enumerations, lists,
    mappings), and :meth:`to_data` gives that plain data back.

    Attributes:
        on: the date of the event (the decision, report, or assessment date).
    """

    kind: ClassVar[str] = "event"
    label: ClassVar[Label] = Label("event", "事件", "event")

    on: date

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if "label" in cls.__dict__ and "kind" not in cls.__dict__:
            cls.kind = cls.label.code

    def __attrs_post_init__(self) -> None:
        check_fields(self)

    @classmethod
    def from_data(cls, data: Mapping[str, object]) -> Self:
        """Build the event from plain data; unknown, missing or ill-typed fields are refused.

        Raises:
            InputError: naming the field at fault (a dotted path for nested values).
        """
        kind = data.get("kind", cls.kind)
        if kind != cls.kind:
            raise InvalidChoiceError(
                f"{kind!r} is not {cls.kind!r}", zh=f"{kind!r} 不是 {cls.kind!r}", field="kind"
            )
        result: Self = _build(cls, data)
        return result

    def to_data(self) -> dict[str, object]:
        """The event as plain data (``kind`` first), the inverse of :meth:`from_data`."""
        data: dict[str, object] = {"kind": self.kind}
        for a in attrs.fields(type(self)):
            data[a.name] = _plain(getattr(self, a.name))
        return data

    def params(self) -> dict[str, Param]:
        """The event's simple fields, for filling reason templates (``event`` is the label)."""
        out: dict[str, Param] = {"event": self.label}
        for a in attrs.fields(type(self)):
            value = getattr(self, a.name)
            if isinstance(value, _PARAM_TYPES):
                out[a.name] = value
        return out
