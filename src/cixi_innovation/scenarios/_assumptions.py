"""Which amounts of a result rest on the scenario's assumptions (情景假设), for every rendering.

The Measures give no advance share and no link of the settlement to the annual check
(Art. 10), no schedule of the Art. 16 policy subsidies and no Art. 20 matching ratio: a
scenario supplies them in its :class:`~cixi_innovation.scenarios.inputs.Inputs`.  The
amounts computed from them are the scenario's assumptions, not values of the Measures,
and every rendering of a result says so, in Chinese and in English: the table marks
their columns with :data:`MARK` and ends with :func:`note`; CSV and JSON rows name them
(:func:`assumed_in`); the explanation of a row marks its amounts.  The cash of a year
includes them, so it is marked with them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Final, NamedTuple

if TYPE_CHECKING:
    from cixi_innovation.scenarios.inputs import Inputs

__all__ = ["ASSUMED", "MARK", "Assumption", "assumed_fields", "assumed_in", "describe", "note"]

#: What marks an amount, or a column of amounts, resting on the scenario's assumptions.
MARK: Final = "*"


class Assumption(NamedTuple):
    """The input of the scenario an amount rests on.

    Attributes:
        input: the field of :class:`~cixi_innovation.scenarios.inputs.Inputs` (its key
            under ``inputs`` in a scenario file).
        article: the article that leaves the value open.
        zh: what the input is, in Chinese.
        en: what the input is, in English.
    """

    input: str
    article: str
    zh: str
    en: str


_ADVANCE: Final = Assumption("advance", "Art. 10", "预拨比例", "the advance share")
_LINK: Final = Assumption(
    "settlement_link",
    "Art. 10",
    "结算与年度考核的挂钩方式",
    "the settlement's link to the annual check",
)

#: The money fields of a row that rest on an input of the scenario, and that input.
ASSUMED: Final[Mapping[str, Assumption]] = {
    "advance": _ADVANCE,
    "settlement_paid": _LINK,
    "settlement_recovered": _LINK,
    "art16": Assumption(
        "policy_subsidy_schedule", "Art. 16", "政策补助标准", "the policy subsidy schedule"
    ),
    "art20": Assumption("matching_ratio", "Art. 20", "配套比例", "the matching ratio"),
}

# The column of net cash sums the others: it rests on whatever they rest on.
_CASH: Final = "cash"


def assumed_fields(inputs: Inputs) -> tuple[str, ...]:
    """The money fields resting on an input ``inputs`` gives, then ``cash`` if any does."""
    fields = tuple(f for f, a in ASSUMED.items() if getattr(inputs, a.input) is not None)
    return (*fields, _CASH) if fields else ()


def assumed_in(amounts: Mapping[str, Decimal], fields: Sequence[str]) -> list[str]:
    """Those of ``fields`` whose amount is not zero, in the order of ``fields``."""
    return [f for f in fields if amounts[f]]


def describe(fields: Sequence[str]) -> list[dict[str, str]]:
    """The inputs behind ``fields`` as plain data: field, input, article, zh and en."""
    return [
        {
            "field": field,
            "input": f"inputs.{a.input}",
            "article": a.article,
            "zh": f"依据情景假设:{a.zh}(本办法{_ZH_ARTICLE[a.article]}未规定)",
            "en": f"rests on the scenario's assumption: {a.en} "
            f"(not given by the Measures, {a.article})",
        }
        for field in fields
        if (a := ASSUMED.get(field)) is not None
    ]


_ZH_ARTICLE: Final = {"Art. 10": "第十条", "Art. 16": "第十六条", "Art. 20": "第二十条"}


def note(fields: Sequence[str], headers: Mapping[str, str], lang: str) -> str:
    """The footnote of a rendering whose ``fields`` are marked; empty when none is.

    ``headers`` names each field as the rendering's columns do.
    """
    if not fields:
        return ""
    groups: dict[Assumption, list[str]] = {}
    for field in fields:
        if field in ASSUMED:
            groups.setdefault(ASSUMED[field], []).append(headers[field])
    if lang == "zh":
        parts = ";".join(
            f"{'、'.join(names)}——{a.zh}(inputs.{a.input},{_ZH_ARTICLE[a.article]})"
            for a, names in groups.items()
        )
        return f"{MARK}依据情景假设,非本办法规定的数值:{parts};{headers[_CASH]}含上述金额。"
    parts = "; ".join(
        f"{', '.join(names)} — {a.en} (inputs.{a.input}, {a.article})"
        for a, names in groups.items()
    )
    return (
        f"{MARK} Rests on the scenario's assumptions, not on values of the Measures: "
        f"{parts}; {headers[_CASH]} includes them."
    )
