"""Values the Measures need but do not give (未作规定的事项): the caller supplies them.

The Art. 16 amounts, the Art. 20 matching ratio, the Art. 10 advance and settlement
link and the Art. 22 scoring are *not* parameters with a default: they are listed in
:data:`OPEN_INPUTS`, and every computation that needs one takes it as an argument and,
through :func:`require`, raises :class:`~cixi_innovation.values.errors.MissingInputError`
citing the article when it is missing.
"""

from __future__ import annotations

from typing import Any

from cixi_innovation.values._attrs import frozen
from cixi_innovation.values.citations import Citation
from cixi_innovation.values.errors import MissingInputError

__all__ = ["OPEN_INPUTS", "OpenInput", "require"]


@frozen
class OpenInput:
    """A value the Measures need but do not give: the caller must supply it."""

    name: str
    article: Citation
    zh: str
    en: str


#: The values the Measures need but do not give, by name; :func:`require` asks for them.
OPEN_INPUTS: dict[str, OpenInput] = {
    item.name: item
    for item in (
        OpenInput(
            "advance",
            Citation.article(10),
            "运营经费补贴每年年初预拨的金额或比例未作规定",
            "the amount or share of the operating subsidy advanced at the start of the year",
        ),
        OpenInput(
            "settlement_link",
            Citation.article(10),
            "运营经费补贴与年度目标考核验收情况如何挂钩未作规定",
            "how the settled subsidy is linked to the annual assessment result",
        ),
        OpenInput(
            "policy_subsidy_schedule",
            Citation.article(16),
            "联合体“一定的政策补助”的金额未作规定",
            "the amounts of the Consortium policy subsidy ('a certain policy subsidy')",
        ),
        OpenInput(
            "matching_ratio",
            Citation.article(20),
            "市级经费配套的“一定比例”未作规定",
            "the proportion of Cixi matching funds ('a certain proportion')",
        ),
        OpenInput(
            "scorer",
            Citation.article(22),
            "量化考核、绩效评估等内容由市科技局另行规定",
            "the quantitative assessment and performance appraisal rules of the Bureau",
        ),
    )
}


def require(name: str, value: object, *, field: str | None = None) -> Any:
    """Return ``value``, or raise :class:`~cixi_innovation.values.errors.MissingInputError` citing the article when it is None.

    >>> require("matching_ratio", None)
    Traceback (most recent call last):
    ...
    cixi_innovation.values.errors.MissingInputError: matching_ratio: the Measures do not give the proportion of Cixi matching funds ('a certain proportion'); supply it (Art. 20 第二十条)
    """
    if value is None:
        item = OPEN_INPUTS[name]
        raise MissingInputError(
            f"the Measures do not give {item.en}; supply it",
            zh=f"{item.zh};请提供",
            field=field or name,
            article=item.article,
        )
    return value
