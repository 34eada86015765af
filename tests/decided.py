"""Helpers of the tests: what a decision decided and says, to be compared whole with a table."""

from __future__ import annotations

from cixi_innovation.values.decisions import Decision

__all__ = ["all_amounts", "amounts", "said"]


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
