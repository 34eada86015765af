"""Read-only views of an entity's facts (实体事实的只读属性), shared by the three platforms.

A platform exposes several of its facts as they are (the host unit, the rounds …); a
:class:`Fact` declares such a property in one line, with its docstring, and reads the
fact of the same name (or of ``name=``) from the entity's ``facts``.  It is a data
descriptor, so ``help()`` and the API reference list it among the properties, with its
docstring, and assigning to it is refused as for any property of a frozen entity.
"""

from __future__ import annotations

import operator
from typing import Generic, Never, TypeVar, cast

__all__ = ["Fact"]

_V = TypeVar("_V")


class Fact(Generic[_V]):
    """A read-only property of an entity: its fact ``name`` (by default, the property's name)."""

    def __init__(self, doc: str, *, name: str = "") -> None:
        self.__doc__ = doc
        self._fact = name

    def __set_name__(self, owner: type, name: str) -> None:
        self._name = name
        self._read = operator.attrgetter(f"facts.{self._fact or name}")

    def __get__(self, instance: object, owner: type | None = None) -> _V:
        # read on the class (by help() and the documentation), it is the property itself
        return cast("_V", self if instance is None else self._read(instance))

    def __set__(self, instance: object, value: Never) -> None:
        # the entity is frozen: its facts change only by applying an event
        raise AttributeError(f"property {self._name!r} of {type(instance).__name__} is read-only")
