"""Plumbing shared by the rule modules: the Art. 24 gate, the intake of inputs, the decision.

Every rule takes the date it decides on, a :class:`~cixi_innovation.law.measures.ForceCheck`
and the :class:`~cixi_innovation.law.measures.Measures` whose force it checks (Art. 24).
:func:`gate` applies the check with the period of force of :data:`~cixi_innovation.law.measures.MEASURES` computed once
(the period is fixed for the default readings), and falls back to
:meth:`~cixi_innovation.law.measures.Measures.gate` for other Measures and to build the
error or the flag.
:meth:`Ruling.open` takes the date in and applies the gate, and :meth:`Ruling.decide`
returns the :class:`~cixi_innovation.values.decisions.Decision` on that date.
:func:`choice` takes in a reading or an option, :func:`exactly_one` one of two alternative
inputs, :func:`intake_instance` a value of one class and :func:`intake_items` a list of them;
:func:`need_text` refuses a blank text.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from decimal import Decimal
from typing import TypeVar

from cixi_innovation.law.measures import ART_24, MEASURES, ForceCheck, Measures
from cixi_innovation.law.nouns import type_noun
from cixi_innovation.law.parameters import Parameters
from cixi_innovation.values.citations import Citation
from cixi_innovation.values.days import to_date
from cixi_innovation.values.decisions import Decision, Reason
from cixi_innovation.values.errors import InputError, InvalidChoiceError
from cixi_innovation.values.vocabulary import Label, LabelledEnum

__all__ = [
    "FORCE_END",
    "FORCE_START",
    "Ruling",
    "choice",
    "exactly_one",
    "gate",
    "intake_date",
    "intake_force",
    "intake_instance",
    "intake_items",
    "intake_measures",
    "intake_parameters",
    "need_text",
]

_E = TypeVar("_E", bound=LabelledEnum)
_T = TypeVar("_T")

_MEASURES = Label("measures", "Measures(《办法》)", "a Measures")
_PARAMETERS = Label("parameters", "Parameters(参数)", "a Parameters")

# Computed once: MEASURES is frozen, and its period needs relativedelta arithmetic.
#: The first day of force under the default readings (2024-12-25).
FORCE_START = MEASURES.effective_date
#: The first day out of force under the default readings (2029-12-25).
FORCE_END = MEASURES.end_exclusive


def intake_date(value: object, *, field: str = "on", article: Citation | None = None) -> date:
    """Return ``value`` as a date (a ``date`` or an ISO string); datetimes are refused."""
    if type(value) is date:
        return value
    return to_date(value, field=field, article=article)


def intake_force(value: object) -> ForceCheck:
    """Return ``value`` as a :class:`~cixi_innovation.law.measures.ForceCheck` (a member or its code).

    Raises:
        InvalidChoiceError: anything else (``None``, ``0``, an unknown code), naming ``force``.
    """
    if value is ForceCheck.REFUSE or value is ForceCheck.FLAG:
        return value
    return choice(ForceCheck, value, field="force", article=ART_24)


def intake_measures(value: object) -> Measures:
    """Return ``value`` if it is a :class:`~cixi_innovation.law.measures.Measures`.

    Raises:
        InputError: anything else, naming ``measures``.
    """
    return intake_instance(value, Measures, _MEASURES, field="measures", article=ART_24)


def intake_parameters(value: object, *, article: Citation) -> Parameters:
    """Return ``value`` if it is a :class:`~cixi_innovation.law.parameters.Parameters`.

    Raises:
        InputError: anything else (``None``, a mapping …), naming ``parameters``.
    """
    return intake_instance(value, Parameters, _PARAMETERS, field="parameters", article=article)


def intake_instance(
    value: object, cls: type[_T], kind: Label, *, field: str, article: Citation
) -> _T:
    """Return ``value`` if it is a ``cls``; ``kind`` names one ("a Period", "Period(期间)").

    Raises:
        InputError: anything else, naming ``field``.
    """
    if isinstance(value, cls):
        return value
    raise InputError(
        f"{value!r} is not {kind.en}", zh=f"{value!r} 不是 {kind.zh}", field=field, article=article
    )


def gate(on: date, force: ForceCheck, *, field: str = "on", measures: Measures = MEASURES) -> bool:
    """Apply the Art. 24 check of ``measures`` to ``on``: True in force, False flagged, or raise.

    Raises:
        OutsideForceError: ``on`` is outside the Measures' force and ``force`` refuses.
    """
    if measures is MEASURES and FORCE_START <= on < FORCE_END:
        return True
    return measures.gate(on, force, field=field)


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
        raise InvalidChoiceError(error.message, zh=error.zh, field=field, article=article) from None


def exactly_one(
    first: object, second: object, message: str, *, zh: str, field: str, article: Citation
) -> None:
    """Refuse two alternative inputs unless exactly one of them is given (not None).

    Raises:
        InputError: both or neither is given; ``message`` (``zh`` in Chinese) says what
            the two forms are.
    """
    if (first is None) == (second is None):
        raise InputError(message, zh=zh, field=field, article=article)


def need_text(text: str, blank: Label, *, field: str, article: Citation) -> None:
    """Refuse a ``text`` that is empty or only spaces; ``blank`` says what it must name.

    Raises:
        InputError: with ``blank`` in each language, naming ``field``.
    """
    if not text.strip():
        raise InputError(blank.en, zh=blank.zh, field=field, article=article)


def intake_items(
    values: Iterable[_T],
    cls: type[_T],
    *,
    field: str,
    article: Citation,
    empty: Label | None = None,
) -> tuple[_T, ...]:
    """Return ``values`` as a tuple after checking that each is a ``cls``.

    Raises:
        InputError: naming the first item that is not, as ``field[index]``; or, if an
            ``empty`` text is given, no item at all (``empty`` says what is needed).
    """
    name, name_zh = cls.__name__, type_noun(cls)
    try:
        out = tuple(values)
    except TypeError:
        raise InputError(
            f"{values!r} is not a list of {name}",
            zh=f"{values!r} 不是{name_zh}的列表",
            field=field,
            article=article,
        ) from None
    # the classes taken in are named by a noun: 'an Expense', 'a Candidate'
    kind = Label(name, name_zh, f"an {name}" if name[0] in "AEIOU" else f"a {name}")
    for index, value in enumerate(out):
        intake_instance(value, cls, kind, field=f"{field}[{index}]", article=article)
    if empty is not None and not out:
        raise InputError(empty.en, zh=empty.zh, field=field, article=article)
    return out


class Ruling:
    """What every decision of a rule shares: the rule, the date, the Art. 24 check, the subject.

    A rule opens its ruling with :meth:`open` before it looks at its other inputs, so that
    a date outside the Measures' force is refused first, and ends with :meth:`decide`.

    Attributes:
        rule: the rule's name in decisions (``"subsidy.remuneration_cap"``).
        on: the date decided on.
        in_force: False when ``on`` is outside the Measures' force and was flagged.
        subject: an identifier of the platform or enterprise, shown in the decision.
    """

    # A plain class with slots: it is built on the path of a first answer, where a
    # NamedTuple's class creation costs more than the rest of the module.
    __slots__ = ("in_force", "on", "rule", "subject")

    def __init__(self, rule: str, on: date, in_force: bool, subject: str) -> None:
        self.rule = rule
        self.on = on
        self.in_force = in_force
        self.subject = subject

    @classmethod
    def open(
        cls,
        rule: str,
        on: object,
        force: ForceCheck | str,
        subject: str,
        measures: Measures = MEASURES,
    ) -> Ruling:
        """Take in ``on`` (:func:`intake_date`) and apply the Art. 24 check (:func:`gate`).

        The check is that of ``measures``, counted under their readings.

        Raises:
            InvalidDateError: ``on`` is not a date.
            InvalidChoiceError: ``force`` is not a force check.
            InputError: ``measures`` is not a Measures.
            OutsideForceError: ``on`` is outside the Measures' force and ``force`` refuses.
        """
        day = intake_date(on)
        check = intake_force(force)
        document = intake_measures(measures)
        return cls(rule, day, gate(day, check, measures=document), subject)

    def decide(
        self, outcome: Label, amounts: Mapping[str, Decimal], reasons: Iterable[Reason]
    ) -> Decision:
        """The decision of this ruling: ``outcome``, ``amounts`` and ``reasons``."""
        return Decision(self.rule, self.on, outcome, amounts, reasons, self.subject, self.in_force)
