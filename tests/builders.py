"""Builders shared by the lifecycle tests: the example platforms' events, typed."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from cixi_innovation.lifecycles.engine import Event

__all__ = ["first_event"]

K = TypeVar("K", bound=Event)


def first_event(events: Sequence[Event], kind: type[K]) -> K:
    """The creating event of an example (its application or proposal), checked to be a ``kind``."""
    first = events[0]
    assert isinstance(first, kind)
    return first
