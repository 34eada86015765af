"""The library's errors: one root, one specific subclass per kind of bad input.

Every error the library raises on purpose derives from :class:`CixiError`.  Errors
about a caller's input also derive from :class:`ValueError` (or :class:`TypeError` for
a value of the wrong type), name the offending ``field`` and, where a provision of the
Measures applies, the ``article`` — so a message reads on its own.  An error says what
is wrong in English and, beside it, in Chinese (``zh``): :meth:`CixiError.text` gives
either, ``str(error)`` the English:

>>> from cixi_innovation.values.money import to_money
>>> to_money(0.1, field="claimed")
Traceback (most recent call last):
...
cixi_innovation.values.errors.FloatMoneyError: claimed: 0.1 is a float; money must be given as int, str or Decimal yuan so that it stays exact
>>> try:
...     to_money(0.1, field="claimed")
... except FloatMoneyError as error:
...     print(error.text("zh"))
claimed: 0.1 是浮点数;金额须以整数、字符串或 Decimal(元)给出,以保持精确
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

__all__ = [
    "CixiError",
    "FloatMoneyError",
    "InputError",
    "InvalidChoiceError",
    "InvalidCitationError",
    "InvalidDateError",
    "InvalidMoneyError",
    "InvalidPeriodError",
    "MissingInputError",
    "NegativeAmountError",
    "OutsideForceError",
    "Provision",
    "UnknownArticleError",
]


class Provision(Protocol):
    """What an error needs of a provision it cites: its names in English and in Chinese.

    A :class:`~cixi_innovation.values.citations.Citation` is one.  Errors are typed by
    this protocol rather than by the class, so that this module, which the citations
    import, imports nothing of the package.
    """

    @property
    def en(self) -> str:
        """The provision in English, e.g. ``Art. 10 ¶2``."""

    @property
    def zh(self) -> str:
        """The provision in Chinese, e.g. ``第十条第二款``."""


class CixiError(Exception):
    """Root of every error raised on purpose by :mod:`cixi_innovation`.

    Attributes:
        message: what is wrong, in one sentence (English).
        zh: the same in Chinese (中文说明), saying the same thing with the same values;
            None where no Chinese text is written yet.
        field: the input field at fault (a dotted path for nested inputs), if any.
        articles: the provisions of the Measures that the check enforces, if any.
    """

    def __init__(
        self,
        message: str,
        *,
        zh: str | None = None,
        field: str | None = None,
        article: Provision | Sequence[Provision] | None = None,
    ) -> None:
        self.message = message
        self.zh = zh
        self.field = field
        if article is None:
            self.articles: tuple[Provision, ...] = ()
        elif isinstance(article, Sequence):
            self.articles = tuple(article)
        else:
            self.articles = (article,)
        super().__init__(message)

    @property
    def article(self) -> Provision | None:
        """The first provision cited, or None."""
        return self.articles[0] if self.articles else None

    def text(self, lang: str = "en") -> str:
        """The error in ``lang`` (``"zh"`` or ``"en"``): field, fault and provisions cited.

        ``text("en")`` is ``str(error)``.  ``text("zh")`` gives the Chinese text and
        cites each provision in Chinese; an error with no Chinese text yet reads in
        English in both languages.
        """
        if lang == "zh" and self.zh is not None:
            text = self._prefix() + self.zh
            if self.articles:
                text += "(" + "、".join(a.zh for a in self.articles) + ")"
            return text
        return str(self)

    def __str__(self) -> str:
        text = self._prefix() + self.message
        if self.articles:
            text += " (" + ", ".join(f"{a.en} {a.zh}" for a in self.articles) + ")"
        return text

    def _prefix(self) -> str:
        """What the texts begin with: the field at fault, ``"field: "``, if any."""
        return f"{self.field}: " if self.field else ""

    def __reduce__(self) -> tuple[object, ...]:  # keep errors picklable across processes
        return (_rebuild, (type(self), self.message, self.field, self.articles, self.zh))


def _rebuild(
    cls: type[CixiError],
    message: str,
    field: str | None,
    articles: tuple[Provision, ...],
    zh: str | None = None,
) -> CixiError:
    error = cls.__new__(cls)
    CixiError.__init__(error, message, zh=zh, field=field, article=articles or None)
    return error


class InputError(CixiError, ValueError):
    """A value given by the caller is not acceptable."""


class InvalidCitationError(InputError):
    """A citation names a provision the Measures do not have.

    >>> from cixi_innovation.values.citations import Citation
    >>> Citation.article(25)
    Traceback (most recent call last):
    ...
    cixi_innovation.values.errors.InvalidCitationError: the Measures have articles 1 to 24, not 25
    """


class UnknownArticleError(InvalidCitationError, LookupError):
    """An article number is looked up that the Measures do not have."""


class InvalidMoneyError(InputError):
    """An amount of money is not a valid exact amount of yuan.

    >>> from cixi_innovation.values.money import to_money
    >>> to_money("12.345", field="rent")
    Traceback (most recent call last):
    ...
    cixi_innovation.values.errors.InvalidMoneyError: rent: '12.345' has more than two decimal places; amounts are whole fen (0.01 yuan)
    """


class FloatMoneyError(InvalidMoneyError, TypeError):
    """A float was given as money: binary floats cannot hold fen exactly."""


class NegativeAmountError(InvalidMoneyError):
    """A negative amount where only amounts ≥ 0 make sense.

    >>> from cixi_innovation.values.money import to_money
    >>> to_money(-1, field="claimed")
    Traceback (most recent call last):
    ...
    cixi_innovation.values.errors.NegativeAmountError: claimed: -1 is negative; amounts here are ≥ 0 yuan
    """


class InvalidDateError(InputError):
    """A value is not a calendar date (or is a datetime, whose time would be ignored).

    >>> from cixi_innovation.values.days import to_date
    >>> to_date("2023-02-30", field="events[0].date")
    Traceback (most recent call last):
    ...
    cixi_innovation.values.errors.InvalidDateError: events[0].date: '2023-02-30' is not a date (YYYY-MM-DD)
    """


class InvalidPeriodError(InputError):
    """A period whose end is not after its start."""


class OutsideForceError(InputError):
    """A date falls outside the Measures' period of force (Art. 24).

    >>> from datetime import date
    >>> from cixi_innovation.law.measures import MEASURES
    >>> MEASURES.check_in_force(date(2024, 12, 24), field="on")
    Traceback (most recent call last):
    ...
    cixi_innovation.values.errors.OutsideForceError: on: 2024-12-24 is outside the Measures' force [2024-12-25, 2029-12-25) (Art. 24 第二十四条)
    """


class MissingInputError(InputError):
    """A value the Measures leave open was needed but not supplied by the caller.

    The Measures give no number for, e.g., the Art. 20 matching ratio; the library never
    invents one, so a computation that needs it asks for it by name and article.
    """


class InvalidChoiceError(InputError):
    """A value is not one of the allowed choices (an unknown kind, level, reading …)."""
