"""Builders shared by the lifecycle tests: the example platforms, step by step, and refusals."""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

import pytest

from cixi_innovation.lifecycles.engine import Applied, Entity
from cixi_innovation.lifecycles.events import Event
from cixi_innovation.lifecycles.refusals import EventRefusedError
from cixi_innovation.values.citations import Cites
from cixi_innovation.values.errors import Provision

__all__ = ["cited", "decided", "first_event", "refusal", "refused", "replaying", "stages"]

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


def decided(step: Applied[Any]) -> tuple[str, Cites, str]:
    """A step's decision in short: its outcome's code, its articles, its first reason in English."""
    decision = step.decision
    return decision.outcome.code, decision.articles, decision.reasons[0].en


def refused(error: EventRefusedError) -> tuple[object, tuple[Provision, ...], str]:
    """A refusal in short: the state it was refused in, its articles, its English message."""
    return error.state, error.articles, str(error)


def cited(step: Applied[Any]) -> tuple[Cites, str]:
    """A step's decision in short: its articles and its first reason in English."""
    return step.decision.articles, step.decision.reasons[0].en


def stages(upto: Callable[[int], E], *counts: int) -> tuple[Callable[[], E], ...]:
    """A builder for each of ``counts``: the example platform after that many of its events."""
    return tuple(functools.partial(upto, n) for n in counts)
