"""The probabilities of a scenario's failing outcomes (结果概率).

An outcome that a scenario does not give explicitly (an annual check, an appraisal, an
acceptance ...) is drawn, with a seed, from the exact :class:`Probabilities` of the
platform or of the scenario when the scenario is simulated.  They are assumptions of the
scenario, not values of the Measures.
"""

from __future__ import annotations

from fractions import Fraction
from typing import Final

import attrs

from cixi_innovation.scenarios._format import SHARE, Key, Named, Shape
from cixi_innovation.scenarios._plain import Reader, probability_or_ratio, read_given
from cixi_innovation.scenarios.problems import ScenarioError
from cixi_innovation.values._attrs import frozen

__all__ = ["PROBABILITIES_FORMAT", "Probabilities"]


def _probability(value: object, field: str) -> Fraction | None:
    if value is None:
        return None
    return probability_or_ratio(value, field, bound=True)


def _bounded(value: object, field: str) -> Fraction:
    return probability_or_ratio(value, field, bound=True)


def _p_annual(value: object) -> Fraction | None:
    return _probability(value, "unqualified_annual_assessment")


def _p_higher_level(value: object) -> Fraction | None:
    return _probability(value, "poor_higher_level_evaluation")


def _p_appraisal(value: object) -> Fraction | None:
    return _probability(value, "poor_appraisal")


def _p_consortium(value: object) -> Fraction | None:
    return _probability(value, "unqualified_consortium_acceptance")


def _p_mid_term(value: object) -> Fraction | None:
    return _probability(value, "poor_mid_term")


def _p_center(value: object) -> Fraction | None:
    return _probability(value, "unqualified_center_acceptance")


_PROBABILITY_ARTICLES: Final = {
    "unqualified_annual_assessment": "Art. 8",
    "poor_higher_level_evaluation": "Art. 8 ¶2",
    "poor_appraisal": "Art. 9",
    "unqualified_consortium_acceptance": "Art. 15",
    "poor_mid_term": "Art. 21",
    "unqualified_center_acceptance": "Art. 21",
}

_SHAPE: Final = Shape(
    tuple(Key(name, SHARE) for name in _PROBABILITY_ARTICLES),
    "Exact probabilities (0 to 1) of the failing outcomes not given explicitly; assumptions "
    "of the scenario, not values of the Measures.",
)
#: Probabilities in a scenario file.
PROBABILITIES_FORMAT: Final = Named("probabilities", _SHAPE)


@frozen
class Probabilities:
    """Exact probabilities of the failing outcomes, for outcomes not given explicitly.

    Each is a :class:`~fractions.Fraction` from 0 to 1, or None (not given).  They are the
    scenario's assumptions, not values of the Measures.

    Attributes:
        unqualified_annual_assessment: a Complex's annual check is "unqualified" (Art. 8).
        poor_higher_level_evaluation: a higher-level annual evaluation of a Complex at
            Ningbo level or above is "poor" (Art. 8 ¶2).
        poor_appraisal: a Complex's end-of-round appraisal is "poor" (Art. 9).
        unqualified_consortium_acceptance: a Consortium's final acceptance is
            "unqualified" (Art. 15).
        poor_mid_term: an Innovation Center's mid-term evaluation is "poor" (Art. 21).
        unqualified_center_acceptance: an Innovation Center's end-of-period check is
            "unqualified" (Art. 21).
    """

    unqualified_annual_assessment: Fraction | None = attrs.field(default=None, converter=_p_annual)
    poor_higher_level_evaluation: Fraction | None = attrs.field(
        default=None, converter=_p_higher_level
    )
    poor_appraisal: Fraction | None = attrs.field(default=None, converter=_p_appraisal)
    unqualified_consortium_acceptance: Fraction | None = attrs.field(
        default=None, converter=_p_consortium
    )
    poor_mid_term: Fraction | None = attrs.field(default=None, converter=_p_mid_term)
    unqualified_center_acceptance: Fraction | None = attrs.field(default=None, converter=_p_center)

    def to_data(self) -> dict[str, str]:
        """The probabilities given, as ``"p/q"`` strings."""
        out: dict[str, str] = {}
        for a in attrs.fields(Probabilities):
            value = getattr(self, a.name)
            if value is not None:
                out[a.name] = str(value)
        return out

    @classmethod
    def from_data(cls, data: object, path: str = "") -> Probabilities:
        """Read probabilities (``"1/10"``, ``"10%"``, ``"0.1"``); each at most 1."""
        r = Reader()
        d = r.shaped(data, path, _SHAPE)
        kwargs = {} if d is None else read_given(r, d, path, _SHAPE.names, _bounded)
        if not r.problems:
            return cls(**kwargs)
        raise ScenarioError(r.problems)

    def merged(self, fallback: Probabilities | None) -> Probabilities:
        """These probabilities, with ``fallback``'s where these give none."""
        if fallback is None:
            return self
        return Probabilities(
            **{
                a.name: getattr(self, a.name)
                if getattr(self, a.name) is not None
                else getattr(fallback, a.name)
                for a in attrs.fields(Probabilities)
            }
        )
