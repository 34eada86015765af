"""The year's money of a platform: the one place the application asks for it.

The library's ledger over histories (a platform's yearly advances, settlements, Art. 16
grants and Art. 20 matching, with their decisions, computed from its history and its
money facts) is not part of the library this example is written against yet.  Until it
is, :func:`yearly_money` answers that the figures are pending; when it is, only this
function changes: it will pass the history document and the platform's money facts to
the ledger and return the ledger's year.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from cixi_innovation import HistoryDocument

__all__ = ["PENDING", "yearly_money"]

#: What :func:`yearly_money` answers while the ledger is not available.
PENDING = "pending: the year's money will come from the library's ledger over histories"


def yearly_money(
    document: HistoryDocument, money_facts: Mapping[str, Any], year: int
) -> dict[str, object]:
    """The platform's money in ``year``: advances, settlements, grants and matching.

    Args:
        document: the platform's history document (its events and inputs).
        money_facts: the platform's money facts (amounts granted, spent, received …),
            which the Measures leave to the caller.
        year: the calendar year.
    """
    return {"platform_kind": document.platform_kind, "year": year, "status": PENDING}
