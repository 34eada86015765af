"""The outcomes drawn when a year's facts do not give them (抽样).

An assessment result or a grade not given in a platform's year is drawn from the
scenario's probabilities (the platform's own, then the scenario's).  Every outcome of
a year not given is drawn first, in a fixed order, from one uniform integer, whether
or not it turns out to be needed: a platform-year is then a pure function of its
inputs and these draws.
"""

from __future__ import annotations

import functools
import random
from collections.abc import Mapping
from types import MappingProxyType
from typing import Final, NamedTuple

from cixi_innovation.scenarios.probabilities import Probabilities
from cixi_innovation.values.assessments import AssessmentResult, PerformanceGrade
from cixi_innovation.values.vocabulary import LabelledEnum, PlatformKind

__all__ = [
    "_NO_PROBABILITY",
    "_NO_SEED",
    "_PROBABILITY_OF",
    "_DrawPlan",
    "_Draws",
    "_by_probability",
    "_draw",
    "_draw_plan",
    "_draws",
]


class _Marker(NamedTuple):
    """Why an outcome could not be drawn."""

    reason: str


_NO_PROBABILITY: Final = _Marker("no probability")
_NO_SEED: Final = _Marker("no seed")

_RESULT: Final = (AssessmentResult.UNQUALIFIED, AssessmentResult.QUALIFIED)
_GRADE: Final = (PerformanceGrade.POOR, PerformanceGrade.NOT_POOR)

#: Per kind, the outcomes drawn when not given: (field of the year's facts, probability,
#: failing outcome, passing outcome), in the order they are drawn.
_DRAWS: Final[dict[PlatformKind, tuple[tuple[str, str, LabelledEnum, LabelledEnum], ...]]] = {
    PlatformKind.COMPLEX: (
        ("assessment", "unqualified_annual_assessment", *_RESULT),
        ("higher_level_evaluation", "poor_higher_level_evaluation", *_GRADE),
        ("appraisal", "poor_appraisal", *_GRADE),
    ),
    PlatformKind.CONSORTIUM: (("acceptance", "unqualified_consortium_acceptance", *_RESULT),),
    PlatformKind.INNOVATION_CENTER: (
        ("mid_term", "poor_mid_term", *_GRADE),
        ("final_acceptance", "unqualified_center_acceptance", *_RESULT),
    ),
}

#: The probability each field of the year's facts is drawn from when it is not given.
_PROBABILITY_OF: Final[dict[str, str]] = {
    field: probability for draws in _DRAWS.values() for field, probability, _, _ in draws
}


_MEMBERS: Final[dict[str, LabelledEnum]] = {
    m.value: m for m in (*AssessmentResult, *PerformanceGrade)
}


#: Per outcome of a kind: (field of the year's facts, numerator, denominator, failing
#: code, passing code); a denominator of 0 when no probability is given.
_Draws = tuple[tuple[str, int, int, str, str], ...]


def _draws(kind: PlatformKind, probabilities: Probabilities | None) -> _Draws:
    out = []
    for field, probability, failing, passing in _DRAWS[kind]:
        chance = None if probabilities is None else getattr(probabilities, probability)
        out.append(
            (
                field,
                0 if chance is None else chance.numerator,
                0 if chance is None else chance.denominator,
                failing.code,
                passing.code,
            )
        )
    return tuple(out)


_DrawPlan = tuple[tuple[object, ...], tuple[tuple[int, int, int, str, str], ...], int]


def _draw_plan(draws: _Draws, facts: object, seeded: bool) -> _DrawPlan:
    """Which outcomes of a year are drawn (those not given), and the product of their odds."""
    base: list[object] = []
    needed: list[tuple[int, int, int, str, str]] = []
    space = 1
    for field, numerator, denominator, failing, passing in draws:
        if facts is not None and getattr(facts, field) is not None:
            base.append(None)
        elif denominator == 0:
            base.append(_NO_PROBABILITY)
        elif not seeded:
            base.append(_NO_SEED)
        else:
            needed.append((len(base), numerator, denominator, failing, passing))
            base.append(None)
            space *= denominator
    return tuple(base), tuple(needed), space


def _draw(plan: _DrawPlan, rng: random.Random | None) -> tuple[object, ...]:
    """The outcomes of a year under ``plan``: given ones as None, the others drawn."""
    base, needed, space = plan
    if not needed:
        return base
    assert rng is not None
    # One uniform integer below the product of the denominators; its mixed-radix
    # digits are independent and uniform, one per outcome: exact draws.
    value = rng.randrange(space)
    out = list(base)
    for index, numerator, denominator, failing, passing in needed:
        value, digit = divmod(value, denominator)
        out[index] = failing if digit < numerator else passing
    return tuple(out)


@functools.cache
def _by_probability(kind: PlatformKind, drawn: tuple[object, ...]) -> Mapping[str, object]:
    """The outcomes of a year by the probability they are drawn from (members, not codes).

    Kept per distinct value: each of a kind's few outcomes is given (None), not drawable,
    or one of two codes, so a handful of mappings serve every platform-year; callers
    only read them.
    """
    return MappingProxyType(
        {
            probability: _MEMBERS.get(value, value) if isinstance(value, str) else value
            for (_, probability, _, _), value in zip(_DRAWS[kind], drawn, strict=True)
        }
    )
