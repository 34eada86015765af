"""The year's money of a platform: the one place the application asks for it.

The library's ledger (:func:`cixi_innovation.ledger`) computes a platform's yearly
advances, settlements, Art. 16 grants and Art. 20 matching, each with its decision, from
its stored history and its money facts, with the same steps as the simulation.  What the
Measures leave open (the advance share, the settlement's link to the annual check, the
Art. 16 schedule, the Art. 20 ratio, the calendar days) is the Bureau's: the
application holds it as a settings scenario (its platforms are not read), and every
amount that rests on it is named in ``assumed``.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from typing import get_type_hints

from cixi_innovation import (
    CenterYearFacts,
    ComplexYearFacts,
    ConsortiumYearFacts,
    Expense,
    HistoryDocument,
    InputError,
    LedgerYear,
    MissingInputError,
    Scenario,
    ledger,
)

__all__ = ["MONEY_FIELDS", "yearly_money"]

#: The money of a year, in the ledger's order: the amounts of the library's ledger year.
MONEY_FIELDS = tuple(name for name, kind in get_type_hints(LedgerYear).items() if kind is Decimal)


def yearly_money(
    document: HistoryDocument,
    settings: Scenario | None,
    money_facts: Iterable[ComplexYearFacts | ConsortiumYearFacts | CenterYearFacts],
    year: int,
    *,
    requested_subsidy: object = None,
    spending: Iterable[Expense] | None = None,
) -> dict[str, object]:
    """The platform's money in ``year``: advances, settlements, grants and matching.

    Args:
        document: the platform's history document (its events, readings, force).
        settings: the Bureau's settings: the open inputs of Art. 10, 16 and 20 and the
            calendar, as a scenario whose platforms are not read.
        money_facts: the platform's money facts, one per year (amounts requested, spent,
            claimed, received from higher levels ...), which the Measures leave to the
            caller.
        year: a calendar year of the settings' horizon.
        requested_subsidy: a Complex's yearly request when a year does not give one.
        spending: a Complex's spending charged to a year's subsidy when the year does
            not give it.

    Raises:
        MissingInputError: no settings, or an open input or money fact the year needs.
        InputError: the year is outside the settings' horizon, or another bad input.
    """
    if settings is None:
        raise MissingInputError(
            "the Bureau's settings (the open inputs of Art. 10, 16 and 20) are needed "
            "to compute money",
            field="settings",
        )
    first, last = settings.horizon.first, settings.horizon.last
    if not first <= year <= last:
        raise InputError(f"{year} is outside the settings' horizon {first}-{last}", field="year")
    years = ledger(
        document.replay(),
        money_facts,
        settings=settings,
        requested_subsidy=requested_subsidy,
        spending=spending,
    )
    (entry,) = [y for y in years if y.year == year]
    money = {name: str(getattr(entry, name)) for name in MONEY_FIELDS}
    return {
        "platform_id": entry.platform_id,
        "year": entry.year,
        **money,
        "articles": sorted({str(a.en) for d in entry.decisions for a in d.articles}),
    }
