"""Scenario values from and to plain data, every problem kept with its path (路径).

:class:`Reader` walks plain data (as parsed from TOML or JSON) and collects a
:class:`~cixi_innovation.scenarios.problems.Problem` for every bad value instead of
stopping at the first; the values are built only when nothing is wrong.  Most values of
a scenario are records read key by key: a table of :data:`FieldReader` says how each
key is read, and :func:`read_record` reads the record; :func:`record_data` writes a
record back.  Each reader of a key declares the kind of value it reads
(:mod:`cixi_innovation.scenarios._format`), so that :func:`record_shape` gives a record's
shape in the file format from the same table the record is read by.  The converters and
validators at the end are shared by the records' fields.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping, Sequence
from datetime import date
from decimal import Decimal
from fractions import Fraction
from typing import Any, ClassVar, Protocol, TypeVar

import attrs
from attrs import AttrsInstance

from cixi_innovation.law.indicators import CoreIndicators
from cixi_innovation.law.nouns import type_nouns
from cixi_innovation.scenarios import _format
from cixi_innovation.scenarios._format import Key, Kind, Named, Shape, declare, kind_of
from cixi_innovation.scenarios._spellings import (
    date_spelling,
    plain_money,
    spelled_money,
    spelled_ratio,
)
from cixi_innovation.scenarios._wording import (
    A_LIST,
    A_MAPPING,
    A_TEXT,
    A_WHOLE_NUMBER,
    TRUE_OR_FALSE,
    Words,
    blank,
    is_not,
    missing,
    not_a,
    unknown_key,
)
from cixi_innovation.scenarios.problems import Problem, ScenarioError
from cixi_innovation.values.days import to_date
from cixi_innovation.values.errors import InputError
from cixi_innovation.values.money import ZERO
from cixi_innovation.values.vocabulary import LabelledEnum

__all__ = [
    "FieldReader",
    "FieldReaders",
    "Reader",
    "Record",
    "check_year",
    "checked_tuple",
    "choice",
    "each",
    "item_reader",
    "join_path",
    "nonblank",
    "plain",
    "present",
    "probability_or_ratio",
    "raise_if_any",
    "read_fields",
    "read_given",
    "read_one",
    "read_record",
    "record_data",
    "record_from_data",
    "record_keys",
    "record_shape",
    "to_day",
    "year_validator",
]

_E = TypeVar("_E", bound=LabelledEnum)
_T = TypeVar("_T")
_A = TypeVar("_A", bound=AttrsInstance)


def join_path(base: str, name: str) -> str:
    """The path of ``name`` (a key or an ``[index]``) inside the value at ``base``."""
    if not base:
        return name
    if name.startswith("["):
        return base + name
    return f"{base}.{name}"


def _problem_of(error: InputError, base: str) -> list[Problem]:
    """Problems for ``error`` raised while building the value at ``base``."""
    if isinstance(error, ScenarioError):
        return [
            p.at(p.path if p.path.startswith(base) else join_path(base, p.path))
            for p in error.problems
        ]
    field = error.field or ""
    last = field.rsplit(".", 1)[-1] if field else ""
    if not last or base.endswith((last, f".{last}")):
        return [Problem.of(error, base)]
    return [Problem.of(error, join_path(base, last))]


def raise_if_any(problems: Sequence[Problem]) -> None:
    """Raise the problems, if there are any, in one ScenarioError."""
    if problems:
        raise ScenarioError(problems)


def _is_text(value: object) -> bool:
    return isinstance(value, str)


def _is_whole(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_bool(value: object) -> bool:
    return isinstance(value, bool)


class Reader:
    """Reads plain data into values, collecting every problem with its path."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []
        self.pool: dict[object, Any] = {}

    def shared(self, value: _T) -> _T:
        """``value``, or an equal value read before (immutable values are shared)."""
        found: _T = self.pool.setdefault(value, value)
        return found

    def fail(self, problem: Problem) -> None:
        """Record a problem."""
        self.problems.append(problem)

    def build(self, path: str, factory: Callable[..., _T], *args: Any, **kwargs: Any) -> _T | None:
        """Call ``factory(*args, **kwargs)``; record an input error as a problem at ``path``."""
        try:
            return factory(*args, **kwargs)
        except InputError as error:
            self.problems.extend(_problem_of(error, path))
            return None

    def mapping(
        self, value: object, path: str, allowed: Sequence[str], required: Sequence[str] = ()
    ) -> Mapping[str, Any] | None:
        """``value`` if it is a mapping; unknown and missing keys are problems."""
        if not isinstance(value, Mapping):
            self.fail(is_not(path, value, A_MAPPING))
            return None
        # Every key known, the common case, is found by one set operation.
        known = type(value) is dict and value.keys() <= _key_set(tuple(allowed))
        for key in () if known else value:
            if key not in allowed:
                self.fail(unknown_key(join_path(path, str(key)), allowed))
        for key in required:
            if key not in value:
                self.fail(missing(join_path(path, key)))
        return value

    def shaped(self, value: object, path: str, shape: Shape) -> Mapping[str, Any] | None:
        """``value`` if it is a mapping; keys ``shape`` does not have, or misses, are problems."""
        return self.mapping(value, path, shape.names, shape.required)

    def _typed(
        self,
        data: Mapping[str, Any],
        key: str,
        path: str,
        default: _T,
        accept: Callable[[object], bool],
        what: Words,
    ) -> _T:
        value: _T = data.get(key, default)
        if not accept(value):
            self.fail(is_not(join_path(path, key), value, what))
            return default
        return value

    def text(self, data: Mapping[str, Any], key: str, path: str, *, default: str = "") -> str:
        """The text at ``key``."""
        return self._typed(data, key, path, default, _is_text, A_TEXT)

    def name(self, data: Mapping[str, Any], key: str, path: str) -> str:
        """The text at ``key``, which is not blank."""
        value = data.get(key)
        if type(value) is str and value.strip():
            return value
        value = self.text(data, key, path)
        if key in data and isinstance(data[key], str) and not value.strip():
            self.fail(blank(join_path(path, key)))
        return value

    def integer(self, data: Mapping[str, Any], key: str, path: str, default: int = 0) -> int:
        """The whole number at ``key``."""
        return self._typed(data, key, path, default, _is_whole, A_WHOLE_NUMBER)

    def boolean(self, data: Mapping[str, Any], key: str, path: str, default: bool) -> bool:
        """True or false at ``key``."""
        return self._typed(data, key, path, default, _is_bool, TRUE_OR_FALSE)

    def flag(self, data: Mapping[str, Any], key: str, path: str) -> bool:
        """True or false at ``key``, false when left out."""
        return self.boolean(data, key, path, False)

    def day(self, data: Mapping[str, Any], key: str, path: str) -> date | None:
        """The date at ``key``, if given."""
        if key not in data:
            return None
        value = data[key]
        if type(value) is date:
            return value
        where = join_path(path, key)
        return self.build(where, to_day, value, where)

    def money(self, data: Mapping[str, Any], key: str, path: str) -> Decimal | None:
        """The amount of money at ``key``, if given."""
        if key not in data:
            return None
        # The common case, an amount written as the format writes it, is converted with
        # no path built; anything else goes the long way, where a problem gets its path.
        amount = plain_money(data[key])
        if amount is not None:
            return amount
        where = join_path(path, key)
        return self.build(where, spelled_money, data[key], where)

    def amount(self, data: Mapping[str, Any], key: str, path: str) -> Decimal:
        """The amount of money at ``key``, zero when left out."""
        return self.money(data, key, path) or ZERO

    def ratio(self, data: Mapping[str, Any], key: str, path: str) -> Fraction | None:
        """The ratio at ``key``, if given."""
        if key not in data:
            return None
        where = join_path(path, key)
        return self.build(where, probability_or_ratio, data[key], where, bound=False)

    def choice(self, cls: type[_E], data: Mapping[str, Any], key: str, path: str) -> _E | None:
        """The choice of ``cls`` at ``key``, if given."""
        if key not in data:
            return None
        value = data[key]
        # A file writes choices by their codes: found in one look-up, where parse
        # would try each member's code, name and label in turn.
        member: _E | None = _by_code(cls).get(value) if type(value) is str else None
        if member is not None:
            return member
        where = join_path(path, key)
        return self.build(where, cls.parse, value, field=where)

    def items(self, data: Mapping[str, Any], key: str, path: str) -> list[tuple[str, Any]]:
        """The items of the list at ``key``, each with its path."""
        value = data.get(key, [])
        if not isinstance(value, list | tuple):
            self.fail(is_not(join_path(path, key), value, A_LIST))
            return []
        return [(f"{join_path(path, key)}[{i}]", v) for i, v in enumerate(value)]


for _read, _kind in (
    (Reader.name, _format.NAME),
    (Reader.text, _format.TEXT),
    (Reader.day, _format.DATE),
    (Reader.money, _format.MONEY),
    (Reader.amount, _format.MONEY),
    (Reader.ratio, _format.RATIO),
    (Reader.flag, _format.BOOLEAN),
):
    declare(_read, _kind)


@functools.cache
def _key_set(keys: tuple[str, ...]) -> frozenset[str]:
    return frozenset(keys)


@functools.cache
def _by_code(cls: type[_E]) -> dict[str, _E]:
    """The members of ``cls`` by their codes."""
    return {member.code: member for member in cls}


#: How one key of a record is read: ``read(reader, data, key, path)``; a bad value is
#: recorded as a problem.
FieldReader = Callable[[Reader, Mapping[str, Any], str, str], Any]
#: How each key of a record is read, in the order in which its problems are listed.
FieldReaders = tuple[tuple[str, FieldReader], ...]


def choice(cls: type[LabelledEnum], kind: Kind) -> FieldReader:
    """Read a choice of ``cls``, written as ``kind`` in the format; None when left out."""

    def read(r: Reader, d: Mapping[str, Any], key: str, path: str) -> LabelledEnum | None:
        return r.choice(cls, d, key, path)

    return declare(read, kind)


def present(read: Callable[[Reader, object, str], _T | None]) -> FieldReader:
    """Read the value at a key with ``read(reader, value, path)``, None when left out."""

    def run(r: Reader, d: Mapping[str, Any], key: str, path: str) -> _T | None:
        return read(r, d[key], join_path(path, key)) if key in d else None

    return declare(run, kind_of(read))


def each(read: Callable[[Reader, object, str], _T | None], min_items: int = 0) -> FieldReader:
    """Read every item of the list at a key with ``read``; the bad ones are left out.

    ``min_items`` is the format's: the record read checks it.
    """

    def run(r: Reader, d: Mapping[str, Any], key: str, path: str) -> tuple[_T, ...]:
        out = [read(r, item, where) for where, item in r.items(d, key, path)]
        return tuple(x for x in out if x is not None)

    return declare(run, _format.array(kind_of(read), min_items))


def record_keys(cls: type[AttrsInstance], readers: FieldReaders, *first: str) -> tuple[str, ...]:
    """The keys of a record in plain data: ``first``, then the fields read, in field order."""
    read = {key for key, _ in readers}
    return (*first, *(a.name for a in attrs.fields(cls) if a.name in read))


def record_shape(
    cls: type[AttrsInstance],
    readers: FieldReaders,
    description: str | None = None,
    first: tuple[Key, ...] = (),
    rules: Mapping[str, Any] | None = None,
) -> Shape:
    """The shape of a record in the format: ``first``, then the keys its ``readers`` read.

    The keys come in field order, each of the kind its reader declares; those of the
    fields without a default are required.
    """
    kinds = {key: kind_of(read) for key, read in readers}
    keys = record_keys(cls, readers)
    required = set(_required(cls, keys))
    return Shape(
        (*first, *(Key(k, kinds[k], k in required) for k in keys)), description, rules or {}
    )


def read_fields(
    r: Reader,
    data: object,
    path: str,
    cls: type[_A],
    readers: FieldReaders,
    keys: Sequence[str],
    *args: Any,
    whole: bool = False,
) -> _A | None:
    """Read a record of ``cls`` (built with ``args`` first), or None if anything is wrong.

    Every key given is read with its reader, in the order of ``readers``; a key left
    out takes its field's default (what its reader gives for it, a test holds).  The
    keys of fields without a default are required.  A ``whole`` record is not read at
    all when one of them is missing.
    """
    required = _required(cls, tuple(keys))
    before = len(r.problems)
    d = r.mapping(data, path, keys, required)
    if d is None or (whole and any(k not in d for k in required)):
        return None
    kwargs = {key: read(r, d, key, path) for key, read in readers if key in d}
    if len(r.problems) > before:
        return None
    return r.build(path, cls, *args, **kwargs)


@functools.cache
def _required(cls: type[AttrsInstance], keys: tuple[str, ...]) -> tuple[str, ...]:
    """The keys of the fields of ``cls`` without a default."""
    fields = attrs.fields_dict(cls)
    return tuple(k for k in keys if k in fields and fields[k].default is attrs.NOTHING)


class Record(AttrsInstance, Protocol):
    """A record class that says how it is read: its keys, and how each is read."""

    KEYS: ClassVar[tuple[str, ...]]
    READERS: ClassVar[FieldReaders]


_R = TypeVar("_R", bound=Record)


def read_record(r: Reader, data: object, path: str, cls: type[_R], *args: Any) -> _R | None:
    """Read a record of ``cls`` as its ``READERS`` say, or None if anything is wrong."""
    return read_fields(r, data, path, cls, cls.READERS, cls.KEYS, *args)


def record_from_data(cls: type[_R], data: object, path: str, *args: Any) -> _R:
    """Read a record of ``cls``; every problem found is raised in one ScenarioError."""
    return read_one(lambda r, d, p: read_record(r, d, p, cls, *args), data, path)


def read_given(
    r: Reader, d: Mapping[str, Any], path: str, names: Sequence[str], convert: Callable[..., Any]
) -> dict[str, Any]:
    """Each of ``names`` given in ``d``, converted by ``convert(value, field)``; bad ones left out."""
    out: dict[str, Any] = {}
    for name in names:
        if name in d:
            where = join_path(path, name)
            value = r.build(where, convert, d[name], where)
            if value is not None:
                out[name] = value
    return out


def item_reader(
    cls: type[_A],
    readers: FieldReaders,
    name: str,
    description: str | None = None,
    rules: Mapping[str, Any] | None = None,
) -> Callable[[Reader, object, str], _A | None]:
    """A reader of whole records of ``cls``, with every field read by ``readers``.

    It reads the record's shape, under ``name`` in the format.
    """
    keys = record_keys(cls, readers)

    def read(r: Reader, data: object, path: str) -> _A | None:
        return read_fields(r, data, path, cls, readers, keys, whole=True)

    return declare(read, Named(name, record_shape(cls, readers, description, rules=rules)))


def record_data(
    record: AttrsInstance, writers: Mapping[str, Callable[[Any], object]] | None = None
) -> dict[str, object]:
    """A record as plain data: the fields that differ from their default, in field order.

    ``writers`` write the fields that :func:`plain` does not write as they should be.
    """
    out: dict[str, object] = {}
    for a in attrs.fields(type(record)):
        value = getattr(record, a.name)
        if a.default is attrs.NOTHING or value != a.default:
            write = (writers or {}).get(a.name, plain)
            out[a.name] = write(value)
    return out


def plain(value: object) -> object:
    """A value of a record as plain JSON-ready data (money, fractions and dates as text)."""
    if isinstance(value, LabelledEnum):
        return value.code
    if isinstance(value, bool | int | str):
        return value
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal | Fraction):
        return str(value)
    if isinstance(value, tuple):
        return [plain(item) for item in value]
    if isinstance(value, CoreIndicators):
        return dict(value.to_dict())
    to_data: Callable[[], object] | None = getattr(value, "to_data", None)
    if to_data is not None:
        return to_data()
    assert attrs.has(type(value)), value  # the values of the records are records
    return record_data(value)  # type: ignore[arg-type]


def read_one(read: Callable[..., _T | None], data: object, path: str, *args: Any) -> _T:
    """Read one value with ``read``; every problem found is raised in one ScenarioError."""
    r = Reader()
    built = read(r, data, path, *args)
    raise_if_any(r.problems)
    assert built is not None  # a reader returns None only with a problem recorded
    return built


# --- converters and validators of the records' fields ---------------------------------


def to_day(value: object, field: str) -> date:
    """A date, from a date or ``"YYYY-MM-DD"`` (in ASCII digits)."""
    if type(value) is date:
        return value
    return to_date(date_spelling(value, field), field=field)


def probability_or_ratio(value: object, field: str, *, bound: bool) -> Fraction:
    """An exact ratio; with ``bound``, a probability (at most 1)."""
    ratio = spelled_ratio(value, field)
    if bound and ratio > 1:
        raise InputError(
            f"{value!r} is more than 1; a probability is between 0 and 1",
            zh=f"{value!r} 大于 1;概率在 0 与 1 之间",
            field=field,
        )
    return ratio


def check_year(value: object, field: str) -> int:
    """``value`` if it is a calendar year."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise not_a(value, A_WHOLE_NUMBER, field)
    if not 1900 <= value <= 9999:
        raise InputError(f"{value} is not a calendar year", zh=f"{value} 不是公历年份", field=field)
    return value


def year_validator(_: object, attribute: attrs.Attribute[int], value: object) -> None:
    """Validate a calendar year."""
    check_year(value, attribute.name)


def checked_tuple(value: object, cls: type[_T] | tuple[type, ...], field: str) -> tuple[_T, ...]:
    """``value`` as a tuple, if it is a list of ``cls`` values."""
    if not isinstance(value, list | tuple):
        raise not_a(value, A_LIST, field)
    for index, item in enumerate(value):
        if not isinstance(item, cls):
            classes = (cls,) if isinstance(cls, type) else cls
            name, name_zh = " or ".join(c.__name__ for c in classes), type_nouns(classes)
            raise InputError(
                f"{item!r} is not a {name}",
                zh=f"{item!r} 不是{name_zh}",
                field=f"{field}[{index}]",
            )
    return tuple(value)


def nonblank(_: object, attribute: attrs.Attribute[str], value: object) -> None:
    """Validate a text that is not blank."""
    if not isinstance(value, str) or not value.strip():
        raise InputError(
            f"{value!r} is blank or not a text",
            zh=f"{value!r} 为空白或不是文本",
            field=attribute.name,
        )
