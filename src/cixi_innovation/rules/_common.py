"""Plumbing shared by the rule modules: the Art. 24 gate, the intake of inputs, the decision.

Every rule takes the date it decides on and a :class:`~cixi_innovation.law.measures.ForceCheck`.
:func:`gate` applies the check with the period of force of :data:`~cixi_innovation.law.measures.MEASURES` computed once
(the period is fixed for the default readings), and only falls back to
:meth:`~cixi_innovation.law.measures.Measures.gate` to build the error or the flag.
:meth:`Ruling.open` takes the date in and applies the gate, and :meth:`Ruling.decide`
returns the :class:`~cixi_innovation.values.decisions.Decision` on that date.
:func:`choice` takes in a reading or an option, :func:`exactly_one` one of two alternative
inputs, and :func:`intake_items` a list of items of one class.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date, timedelta
from decimal import Decimal
from typing import NamedTuple, TypeVar

from cixi_innovation.law.measures import MEASURES, ForceCheck
from cixi_innovation.values.citations import Citation
from cixi_innovation.values.dates import to_date
from cixi_innovation.values.decisions import Decision, Reason
from cixi_innovation.values.errors import InputError, InvalidChoiceError
from cixi_innovation.values.vocabulary import Label, LabelledEnum

__all__ = [
    "DAYS_IN_FORCE",
    "FORCE_END",
    "FORCE_START",
    "Ruling",
    "choice",
    "exactly_one",
    "gate",
    "intake_date",
    "intake_items",
]

_E = TypeVar("_E", bound=LabelledEnum)
_T = TypeVar("_T")

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


def exactly_one(
    first: object, second: object, message: str, *, field: str, article: Citation
) -> None:
    """Refuse two alternative inputs unless exactly one of them is given (not None).

    Raises:
        InputError: both or neither is given; ``message`` says what the two forms are.
    """
    if (first is None) == (second is None):
        raise InputError(message, field=field, article=article)


def intake_items(
    values: Iterable[_T], cls: type[_T], *, field: str, article: Citation
) -> tuple[_T, ...]:
    """Return ``values`` as a tuple after checking that each is a ``cls``.

    Raises:
        InputError: naming the first item that is not, as ``field[index]``.
    """
    out = tuple(values)
    for index, value in enumerate(out):
        if not isinstance(value, cls):
            name = cls.__name__
            # the classes taken in are named by a noun: 'an Expense', 'a Candidate'
            noun = f"an {name}" if name[0] in "AEIOU" else f"a {name}"
            raise InputError(f"{value!r} is not {noun}", field=f"{field}[{index}]", article=article)
    return out


class Ruling(NamedTuple):
    """What every decision of a rule shares: the rule, the date, the Art. 24 check, the subject.

    A rule opens its ruling with :meth:`open` before it looks at its other inputs, so that
    a date outside the Measures' force is refused first, and ends with :meth:`decide`.

    Attributes:
        rule: the rule's name in decisions (``"subsidy.remuneration_cap"``).
        on: the date decided on.
        in_force: False when ``on`` is outside the Measures' force and was flagged.
        subject: an identifier of the platform or enterprise, shown in the decision.
    """

    rule: str
    on: date
    in_force: bool
    subject: str

    @classmethod
    def open(cls, rule: str, on: object, force: ForceCheck, subject: str) -> Ruling:
        """Take in ``on`` (:func:`intake_date`) and apply the Art. 24 check (:func:`gate`).

        Raises:
            InvalidDateError: ``on`` is not a date.
            OutsideForceError: ``on`` is outside the Measures' force and ``force`` refuses.
        """
        day = intake_date(on)
        return cls(rule, day, gate(day, force), subject)

    def decide(
        self, outcome: Label, amounts: Mapping[str, Decimal], reasons: Iterable[Reason]
    ) -> Decision:
        """The decision of this ruling: ``outcome``, ``amounts`` and ``reasons``."""
        return Decision(self.rule, self.on, outcome, amounts, reasons, self.subject, self.in_force)
