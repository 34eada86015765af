"""Plumbing shared by the rule modules: the Art. 24 gate and the intake of dates.

Every rule takes the date it decides on and a :class:`~cixi_innovation.law.measures.ForceCheck`.
:func:`gate` applies the check with the period of force of :data:`~cixi_innovation.law.measures.MEASURES` computed once
(the period is fixed for the default readings), and only falls back to
:meth:`~cixi_innovation.law.measures.Measures.gate` to build the error or the flag.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import TypeVar

from cixi_innovation.law.measures import MEASURES, ForceCheck
from cixi_innovation.values.citations import Citation
from cixi_innovation.values.dates import to_date
from cixi_innovation.values.errors import InvalidChoiceError
from cixi_innovation.values.vocabulary import LabelledEnum

__all__ = ["DAYS_IN_FORCE", "FORCE_END", "FORCE_START", "choice", "gate", "intake_date"]

_E = TypeVar("_E", bound=LabelledEnum)

# Computed once: MEASURES is frozen, and its period needs relativedelta arithmetic.
#: The first day of force under the default readings (2024-12-25).
FORCE_START = MEASURES.effective_date
#: The first day out of force under the default readings (2029-12-25).
FORCE_END = MEASURES.end_exclusive
#: Every day of [FORCE_START, FORCE_END) (1,826 dates): ``on in DAYS_IN_FORCE`` is the
#: cheapest test that ``on`` is a date (or a date subclass) in force.  A ``datetime``,
#: a string or a NumPy date is not in it; an unhashable value raises TypeError.
DAYS_IN_FORCE = frozenset(
    FORCE_START + timedelta(days=n) for n in range((FORCE_END - FORCE_START).days)
)


def intake_date(value: object, *, field: str = "on", article: Citation | None = None) -> date:
    """Return ``value`` as a date (a ``date`` or an ISO string); datetimes are refused."""
    if type(value) is date:
        return value
    return to_date(value, field=field, article=article)


def gate(on: date, force: ForceCheck, *, field: str = "on") -> bool:
    """Apply the Art. 24 check to ``on``: True in force, False flagged, or raise.

    Raises:
        OutsideForceError: ``on`` is outside the Measures' force and ``force`` refuses.
    """
    if FORCE_START <= on < FORCE_END:
        return True
    return MEASURES.gate(on, force, field=field)


def choice(
    cls: type[_E], value: object, *, field: str, article: Citation | Sequence[Citation]
) -> _E:
    """Return the member of ``cls`` that ``value`` is or names (code, name or Chinese label).

    Raises:
        InvalidChoiceError: naming the field, the valid codes and the provision.
    """
    if isinstance(value, cls):
        return value
    try:
        return cls.parse(value, field=field)
    except InvalidChoiceError as error:
        raise InvalidChoiceError(error.message, field=field, article=article) from None
