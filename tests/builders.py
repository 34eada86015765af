"""Builders shared by the lifecycle tests: the example platforms, step by step, and refusals."""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

import pytest

from cixi_innovation.lifecycles.engine import Entity
from cixi_innovation.lifecycles.events import Event
from cixi_innovation.lifecycles.refusals import EventRefusedError

__all__ = ["creation_refusal", "first_event", "refusal", "replaying", "stages"]

E = TypeVar("E", bound=Entity[Any, Any])
K = TypeVar("K", bound=Event)


def first_event(events: Sequence[Event], kind: type[K]) -> K:
    """The creating event of an example (its application or proposal), checked to be a ``kind``."""
    first = events[0]
    assert isinstance(first, kind)
    return first


def replaying(kind: type[E], events: Sequence[Event]) -> Callable[[int], E]:
    """``upto(n)``: the example platform of ``kind`` after the first ``n`` of ``events``."""

    def upto(n: int) -> E:
        return kind.replay(events[:n])

    return upto


def refusal(entity: Entity[Any, Any], event: Event, **kw: Any) -> EventRefusedError:
    """The refusal of ``event`` by ``entity`` (which must refuse it)."""
    with pytest.raises(EventRefusedError) as info:
        entity.apply(event, **kw)
    return info.value


def stages(upto: Callable[[int], E], *counts: int) -> tuple[Callable[[], E], ...]:
    """A builder for each of ``counts``: the example platform after that many of its events."""
    return tuple(functools.partial(upto, n) for n in counts)


def creation_refusal(kind: type[Entity[Any, Any]], event: Event, **kw: Any) -> EventRefusedError:
    """The refusal of ``event`` as the creating event of a ``kind`` (which must refuse it)."""
    with pytest.raises(EventRefusedError) as info:
        kind.create(event, **kw)
    return info.value
