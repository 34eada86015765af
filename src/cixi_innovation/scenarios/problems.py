"""Problems found in a scenario (情景问题): where (a path) and what, in two languages.

Reading a scenario never stops at its first problem: each one is kept as a
:class:`Problem` with the path of the offending value, and all of them are raised
together in one :class:`ScenarioError`, so that nothing is half-built.  A problem says
what is wrong in English and, beside it, in Chinese (``zh``); :meth:`Problem.text` and
:meth:`ScenarioError.text` give either.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from cixi_innovation.values._attrs import frozen
from cixi_innovation.values.errors import CixiError, InputError, Provision

__all__ = ["Problem", "ScenarioError"]


@frozen
class Problem:
    """One problem found in a scenario: where (a path) and what.

    Attributes:
        path: the path of the offending value, e.g. ``platforms[2].years[2026].assessment``.
        message: what is wrong, with the article where one applies.
        zh: the same in Chinese (中文说明), with the same values; None where no Chinese
            text is written (the problem then reads in English in both languages).
    """

    path: str
    message: str
    zh: str | None = attrs.field(default=None, kw_only=True)

    @classmethod
    def of(cls, error: CixiError, path: str) -> Problem:
        """The problem at ``path`` that a library error reports, in both its languages.

        The provisions the error cites follow its text, as :meth:`~cixi_innovation.values.errors.CixiError.text` writes
        them.
        """
        return cls.citing(path, error.message, error.zh, error.articles)

    @classmethod
    def citing(
        cls, path: str, message: str, zh: str | None, articles: Sequence[Provision]
    ) -> Problem:
        """The problem at ``path`` saying ``message`` (``zh``), citing ``articles``."""
        if articles:
            message += " (" + ", ".join(f"{a.en} {a.zh}" for a in articles) + ")"
            if zh is not None:
                zh += "(" + "、".join(a.zh for a in articles) + ")"
        return cls(path, message, zh=zh)

    def at(self, path: str) -> Problem:
        """The same problem at another path."""
        return Problem(path, self.message, zh=self.zh)

    def message_in(self, lang: str = "en") -> str:
        """What is wrong, in ``lang`` (``"zh"`` or ``"en"``), without the path."""
        return self.zh if lang == "zh" and self.zh is not None else self.message

    def text(self, lang: str = "en") -> str:
        """The problem in ``lang`` (``"zh"`` or ``"en"``): its path, then what is wrong."""
        message = self.message_in(lang)
        return f"{self.path}: {message}" if self.path else message

    def __str__(self) -> str:
        return self.text()


class ScenarioError(InputError):
    """A scenario (or part of one) is not valid; ``problems`` lists every problem found.

    >>> from cixi_innovation.scenarios.horizon import Horizon
    >>> Horizon.from_data({"first": 2030, "last": "2029"})
    Traceback (most recent call last):
    ...
    cixi_innovation.scenarios.problems.ScenarioError: last: '2029' is not a whole number
    >>> try:
    ...     Horizon.from_data({"first": "2030", "last": "2029"})
    ... except ScenarioError as error:
    ...     print(error.text("zh"))
    情景中有 2 个问题:
      first: '2030' 不是整数
      last: '2029' 不是整数
    """

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems: tuple[Problem, ...] = tuple(problems)
        if len(self.problems) == 1:
            only = self.problems[0]
            super().__init__(only.message, zh=only.zh, field=only.path or None)
        else:
            count = len(self.problems)
            super().__init__(
                "\n".join([f"{count} problems in the scenario:", *self._lines("en")]),
                zh="\n".join([f"情景中有 {count} 个问题:", *self._lines("zh")]),
                field=None,
            )
            self.field = self.problems[0].path if self.problems else None

    def _lines(self, lang: str) -> list[str]:
        return [f"  {p.text(lang)}" for p in self.problems]

    def text(self, lang: str = "en") -> str:
        """Every problem in ``lang`` (``"zh"`` or ``"en"``): one line each, under a heading."""
        if len(self.problems) == 1:
            return self.problems[0].text(lang)
        return (self.zh or self.message) if lang == "zh" else self.message

    def __str__(self) -> str:
        if len(self.problems) == 1:
            return str(self.problems[0])
        return self.message

    def __reduce__(self) -> tuple[object, ...]:
        return (type(self), (self.problems,))
