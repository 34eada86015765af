"""Read-only views of an entity's facts (实体事实的只读属性), shared by the three platforms.

A platform exposes several of its facts as they are (the host unit, the rounds …); a
:class:`Fact` declares such a property in one line, with its docstring, and reads the
fact of the same name (or of ``name=``) from the entity's ``facts``.  It is a data
descriptor, so ``help()`` and the API reference list it among the properties, with its
docstring, and assigning to it is refused as for any property of a frozen entity.
"""

from __future__ import annotations

from typing import Generic, Never, Self, TypeVar, cast, overload

__all__ = ["Fact"]

_V = TypeVar("_V")


class Fact(Generic[_V]):
    """A read-only property of an entity: its fact ``name`` (by default, the property's name)."""

    def __init__(self, doc: str, *, name: str = "") -> None:
        self.__doc__ = doc
        self._fact = name
        self._name = name

    def __set_name__(self, owner: type, name: str) -> None:
        self._name = name
        self._fact = self._fact or name

    @overload
    def __get__(self, instance: None, owner: type) -> Self: ...
    @overload
    def __get__(self, instance: object, owner: type | None = None) -> _V: ...
    def __get__(self, instance: object, owner: type | None = None) -> Self | _V:
        if instance is None:  # read on the class (by the documentation): the property itself
            return self
        return cast("_V", getattr(getattr(instance, "facts"), self._fact))  # noqa: B009

    def __set__(self, instance: object, value: Never) -> None:
        # the entity is frozen: its facts change only by applying an event
        raise AttributeError(f"property {self._name!r} of {type(instance).__name__} is read-only")
