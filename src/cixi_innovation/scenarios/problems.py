"""Problems found in a scenario (情景问题): where (a path) and what.

Reading a scenario never stops at its first problem: each one is kept as a
:class:`Problem` with the path of the offending value, and all of them are raised
together in one :class:`ScenarioError`, so that nothing is half-built.
"""

from __future__ import annotations

from collections.abc import Sequence

from cixi_innovation.values._attrs import frozen
from cixi_innovation.values.errors import InputError

__all__ = ["Problem", "ScenarioError"]


@frozen
class Problem:
    """One problem found in a scenario: where (a path) and what.

    Attributes:
        path: the path of the offending value, e.g. ``platforms[2].years[2026].assessment``.
        message: what is wrong, with the article where one applies.
    """

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


class ScenarioError(InputError):
    """A scenario (or part of one) is not valid; ``problems`` lists every problem found.

    >>> from cixi_innovation.scenarios.horizon import Horizon
    >>> Horizon.from_data({"first": 2030, "last": "2029"})
    Traceback (most recent call last):
    ...
    cixi_innovation.scenarios.problems.ScenarioError: last: '2029' is not a whole number
    """

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems: tuple[Problem, ...] = tuple(problems)
        if len(self.problems) == 1:
            only = self.problems[0]
            super().__init__(only.message, field=only.path or None)
        else:
            lines = [f"{len(self.problems)} problems in the scenario:"]
            lines += [f"  {p}" for p in self.problems]
            first = self.problems[0].path if self.problems else None
            super().__init__("\n".join(lines), field=None)
            self.field = first

    def __str__(self) -> str:
        if len(self.problems) == 1:
            return str(self.problems[0])
        return self.message

    def __reduce__(self) -> tuple[object, ...]:
        return (type(self), (self.problems,))
