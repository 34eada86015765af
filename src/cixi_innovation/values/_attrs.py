"""Fast construction of the library's frozen values: :func:`frozen` classes, :func:`evolve`.

:func:`frozen` is :func:`attrs.frozen` with one difference: the class shows its fields
through the shared :func:`fields_repr` instead of a ``__repr__`` generated and compiled
for it, which is most of what defining a small class costs at import (the repr is the
same text).

:func:`attrs.evolve` reads every field, then calls the class's generated ``__init__``,
which sets every field again through ``object.__setattr__`` (the class is frozen):
about 4 µs for the 15 facts of a Complex, paid by every lifecycle step that changes
them.  For a slotted class whose ``__init__`` does nothing but set its fields (no
validator, converter, hook or hidden slot), :func:`evolve` copies the slots into a new
instance through their descriptors instead, and gives the same value.  Any other class
is handed to :func:`attrs.evolve`.
"""

from __future__ import annotations

import types
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Final, TypeVar, cast

import attrs

__all__ = ["evolve", "fields_repr", "frozen", "is_simple"]

_T = TypeVar("_T")

if TYPE_CHECKING:  # type checkers see attrs.frozen itself, with its plugin's checks
    from attrs import frozen
else:

    def frozen(maybe_cls: type | None = None, /, **options: Any) -> Any:
        """:func:`attrs.frozen`, the class shown by :func:`fields_repr` unless it writes its own."""

        def wrap(cls: type) -> type:
            if "__repr__" not in cls.__dict__ and options.get("repr") is None:
                cls.__repr__ = fields_repr
            return attrs.frozen(cls, **options)

        return wrap if maybe_cls is None else wrap(maybe_cls)


#: Per class: the init argument names and the copying function, or None when the class
#: must go through its ``__init__``.
_Plan = tuple[frozenset[str], Callable[[Any, Mapping[str, Any]], Any]]
_PLANS: dict[type, _Plan | None] = {}
_HOOKS: Final = ("__attrs_pre_init__", "__attrs_post_init__", "__attrs_init__")


def _slot_setter(cls: type, name: str) -> Callable[[object, object], None] | None:
    for klass in cls.__mro__:
        descriptor = klass.__dict__.get(name)
        if isinstance(descriptor, types.MemberDescriptorType):
            setter: Callable[[object, object], None] = descriptor.__set__
            return setter
        if descriptor is not None:
            return None
    return None


def _copier(
    cls: type, steps: list[tuple[str, str, Callable[[object, object], None]]]
) -> Callable[[Any, Mapping[str, Any]], Any]:
    """A function copying an instance of ``cls`` slot by slot, as attrs writes ``__init__``.

    One line per field, without a loop: ``set_i(new, changes[alias] if alias in changes
    else inst.name)``.
    """
    namespace: dict[str, Any] = {"new_object": object.__new__, "cls": cls}
    lines = ["def copy(inst, changes):", "    new = new_object(cls)"]
    for i, (alias, name, setter) in enumerate(steps):
        namespace[f"set_{i}"] = setter
        lines.append(
            f"    set_{i}(new, changes[{alias!r}] if {alias!r} in changes else inst.{name})"
        )
    lines.append("    return new")
    exec("\n".join(lines), namespace)  # the code names attrs fields only
    copy: Callable[[Any, Mapping[str, Any]], Any] = namespace["copy"]
    return copy


def _plan(cls: type) -> _Plan | None:
    """How to copy an instance of ``cls`` slot by slot, or None (cached per class)."""
    if cls in _PLANS:
        return _PLANS[cls]
    plan: _Plan | None = None
    if attrs.has(cls) and not any(hasattr(cls, hook) for hook in _HOOKS):
        fields = attrs.fields(cls)
        slots = {
            name
            for klass in cls.__mro__
            for name in getattr(klass, "__slots__", ())
            if name != "__weakref__"
        }
        steps = [(a.alias or a.name, a.name, _slot_setter(cls, a.name)) for a in fields]
        simple = all(
            a.init and a.validator is None and a.converter is None and a.on_setattr is None
            for a in fields
        )
        if simple and slots == {a.name for a in fields}:
            found = [(alias, name, setter) for alias, name, setter in steps if setter is not None]
            if len(found) == len(steps):
                plan = (frozenset(alias for alias, _, _ in found), _copier(cls, found))
    _PLANS[cls] = plan
    return plan


def evolve(inst: _T, **changes: Any) -> _T:
    """A copy of the frozen ``inst`` with ``changes``, equal to ``attrs.evolve(inst, **changes)``.

    >>> @attrs.frozen
    ... class Facts:
    ...     host_unit: str | None
    ...     rounds: int = 0
    >>> evolve(Facts("慈溪家电科创服务有限公司", 1), host_unit=None)
    Facts(host_unit=None, rounds=1)
    """
    plan = _PLANS.get(type(inst)) or _plan(type(inst))
    if plan is None or not plan[0].issuperset(changes):
        same: _T = attrs.evolve(cast(Any, inst), **changes)  # the same value, or error
        return same
    new: _T = plan[1](inst, changes)
    return new


def is_simple(cls: type) -> bool:
    """True when building an instance of ``cls`` does nothing but set its fields' slots.

    >>> from cixi_innovation.lifecycles.complex.entity import Complex
    >>> from cixi_innovation.lifecycles.complex.facts import ComplexFacts
    >>> is_simple(ComplexFacts), is_simple(Complex)
    (True, True)
    """
    return _plan(cls) is not None


def fields_repr(value: object) -> str:
    """``Class(field=value, …)``, as attrs writes a repr, for a class that writes its own.

    The package's default values (``MEASURES``, ``PARAMETERS``, ``READINGS``) show by their
    name, so that signatures read ``measures=MEASURES`` in ``help()`` and in the API pages
    instead of every field; any other instance of their classes shows its fields by this.
    """
    cls = type(value)
    fields = attrs.fields(cast("type[attrs.AttrsInstance]", cls))
    shown = ", ".join(f"{a.name}={getattr(value, a.name)!r}" for a in fields if a.repr)
    return f"{cls.__qualname__}({shown})"
