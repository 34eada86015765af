"""Helpers of the tests: what a decision or a refusal decided and says, to be compared whole."""

from __future__ import annotations

from typing import Any

from cixi_innovation.lifecycles.engine import Applied
from cixi_innovation.lifecycles.refusals import EventRefusedError
from cixi_innovation.values.citations import Cites
from cixi_innovation.values.decisions import Decision
from cixi_innovation.values.errors import Provision

__all__ = ["all_amounts", "amounts", "cited", "decided", "refused", "refused_in_both", "said"]


def amounts(decision: Decision, *names: str) -> tuple[str, ...]:
    """The named amounts of ``decision`` as text in yuan and fen (``"140000.00"``), in order."""
    return tuple(str(decision.amount(name)) for name in names)


def said(decision: Decision, index: int = 0) -> tuple[str, str]:
    """The English and the Chinese text of the ``index``-th reason of ``decision``."""
    reason = decision.reasons[index]
    return reason.en, reason.zh


def all_amounts(decision: Decision) -> dict[str, str]:
    """Every amount of ``decision`` as text, by name."""
    return {name: str(value) for name, value in decision.amounts.items()}


def cited(step: Applied[Any]) -> tuple[Cites, str]:
    """A step's decision in short: its articles and its first reason in English."""
    return step.decision.articles, step.decision.reasons[0].en


def decided(step: Applied[Any]) -> tuple[str, Cites, str]:
    """A step's decision in short: its outcome's code, its articles, its first reason in English."""
    decision = step.decision
    return decision.outcome.code, decision.articles, decision.reasons[0].en


def refused(error: EventRefusedError) -> tuple[object, tuple[Provision, ...], str]:
    """A refusal in short: the state it was refused in, its articles, its English message."""
    return error.state, error.articles, str(error)


def refused_in_both(error: EventRefusedError) -> tuple[object, tuple[Provision, ...], str, str]:
    """A refusal in short, in both languages: :func:`refused` and its reason in Chinese."""
    return (*refused(error), error.reason.zh)
