"""Every number the Measures give, with its article, in one immutable value.

The Measures fix a handful of numbers: cycle lengths, the mid-term point, the Art. 10
cap and salary share, the Art. 20 fee share, and the Art. 24 days and years.  They live
in :class:`Parameters`; :data:`PARAMETERS` holds the values of the text, and
:meth:`Parameters.replace` gives a variant for a what-if study (validated, never
mutated in place):

>>> PARAMETERS.operating_subsidy_cap
Decimal('500000.00')
>>> what_if = PARAMETERS.replace(operating_subsidy_cap="600000")
>>> what_if.operating_subsidy_cap, PARAMETERS.operating_subsidy_cap
(Decimal('600000.00'), Decimal('500000.00'))
>>> print(PARAMETERS.describe("remuneration_cap_share"))
remuneration_cap_share = 1/3 (Art. 10): remuneration expenditure must not exceed one third of the annual subsidy funds

Values the Measures leave open (the Art. 16 amounts, the Art. 20 matching ratio, the
Art. 10 advance and settlement link, the Art. 22 scoring) are *not* parameters with a
default: they are listed in :data:`OPEN_INPUTS` and every computation that needs one
takes it as an argument and raises :class:`~cixi_innovation.values.errors.MissingInputError`
citing the article when it is missing.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from typing import Any

import attrs

from cixi_innovation.values._attrs import fields_repr
from cixi_innovation.values.citations import Citation
from cixi_innovation.values.errors import InputError, MissingInputError
from cixi_innovation.values.money import to_money, to_ratio

__all__ = [
    "OPEN_INPUTS",
    "PARAMETERS",
    "OpenInput",
    "ParameterInfo",
    "Parameters",
    "require",
]


@attrs.frozen
class ParameterInfo:
    """Where a parameter comes from and what it means."""

    article: Citation
    zh: str
    en: str
    source_zh: str


def _positive_int(name: str) -> Any:
    def check(_: object, attribute: attrs.Attribute[int], value: object) -> None:
        if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
            raise InputError(
                f"{value!r} is not a positive whole number",
                field=attribute.name,
                article=INFO[name].article,
            )

    return check


def _money(value: object) -> Decimal:
    return to_money(value, field="operating_subsidy_cap", article=Citation.article(10))


def _share(value: object, name: str, article: Citation) -> Fraction:
    ratio = to_ratio(value, field=name, article=article)
    if ratio > 1:
        raise InputError(f"{value!r} is more than 1", field=name, article=article)
    return ratio


def _remuneration_share(value: object) -> Fraction:
    return _share(value, "remuneration_cap_share", Citation.article(10))


def _fee_share(value: object) -> Fraction:
    return _share(value, "entrusted_fee_cap_share", Citation.article(20, 2))


INFO: dict[str, ParameterInfo] = {
    "complex_round_years": ParameterInfo(
        Citation.article(8),
        "综合体建设周期为五年一轮",
        "the construction cycle of a Complex is five years per round",
        "五年一轮",
    ),
    "consortium_cycle_years": ParameterInfo(
        Citation.article(15),
        "联合体培育周期为三年一轮",
        "the cultivation cycle of a Consortium is three years per round",
        "三年一轮",
    ),
    "center_round_years": ParameterInfo(
        Citation.article(21),
        "创新中心建设周期为五年一轮",
        "the construction cycle of an Innovation Center is five years per round",
        "五年一轮",
    ),
    "center_mid_term_years": ParameterInfo(
        Citation.article(21),
        "中期(建设满三年)绩效评价",
        "the mid-term evaluation comes after three full years of construction",
        "建设满三年",
    ),
    "operating_subsidy_cap": ParameterInfo(
        Citation.article(10),
        "综合体每年安排最高不超过50万元的运营经费补贴",
        "a Complex is allocated an operating subsidy of at most RMB 500,000 a year",
        "最高不超过50万元",
    ),
    "remuneration_cap_share": ParameterInfo(
        Citation.article(10),
        "薪酬支出不得超过年度补助资金的三分之一",
        "remuneration expenditure must not exceed one third of the annual subsidy funds",
        "三分之一",
    ),
    "entrusted_fee_cap_share": ParameterInfo(
        Citation.article(20, 2),
        "委托建设管理费用支出最高不超过上级财政补助资金与本级配套资金总和的50%",
        "entrusted construction and management fees at most 50% of higher-level subsidy "
        "plus local matching funds",
        "50%",
    ),
    "effective_after_days": ParameterInfo(
        Citation.article(24),
        "本办法自发布之日起30日后施行",
        "the Measures come into force 30 days after publication",
        "30日",
    ),
    "validity_years": ParameterInfo(
        Citation.article(24),
        "有效期五年",
        "the Measures are valid for five years",
        "五年",
    ),
}


@attrs.frozen
class Parameters:
    """The numbers fixed by the Measures.  Vary them with :meth:`replace` for what-if studies."""

    def __repr__(self) -> str:
        # the package's default shows by its name: signatures read ``=PARAMETERS``
        return "PARAMETERS" if self is PARAMETERS else fields_repr(self)

    complex_round_years: int = attrs.field(
        default=5, validator=_positive_int("complex_round_years")
    )
    consortium_cycle_years: int = attrs.field(
        default=3, validator=_positive_int("consortium_cycle_years")
    )
    center_round_years: int = attrs.field(default=5, validator=_positive_int("center_round_years"))
    center_mid_term_years: int = attrs.field(
        default=3, validator=_positive_int("center_mid_term_years")
    )
    operating_subsidy_cap: Decimal = attrs.field(default=Decimal("500000.00"), converter=_money)
    remuneration_cap_share: Fraction = attrs.field(
        default=Fraction(1, 3), converter=_remuneration_share
    )
    entrusted_fee_cap_share: Fraction = attrs.field(default=Fraction(1, 2), converter=_fee_share)
    effective_after_days: int = attrs.field(
        default=30, validator=_positive_int("effective_after_days")
    )
    validity_years: int = attrs.field(default=5, validator=_positive_int("validity_years"))

    def __attrs_post_init__(self) -> None:
        if self.center_mid_term_years >= self.center_round_years:
            raise InputError(
                f"the mid-term point ({self.center_mid_term_years} years) must fall inside "
                f"the {self.center_round_years}-year round",
                field="center_mid_term_years",
                article=Citation.article(21),
            )

    def replace(self, **changes: Any) -> Parameters:
        """A copy with ``changes`` applied and validated; unknown names are refused."""
        unknown = sorted(set(changes) - set(INFO))
        if unknown:
            raise InputError(
                f"unknown parameter(s) {', '.join(unknown)}; known: {', '.join(INFO)}",
                field=unknown[0],
            )
        return attrs.evolve(self, **changes)

    @staticmethod
    def info(name: str) -> ParameterInfo:
        """Where parameter ``name`` comes from."""
        try:
            return INFO[name]
        except KeyError:
            raise InputError(f"unknown parameter {name!r}", field=name) from None

    def describe(self, name: str, lang: str = "en") -> str:
        """One line: the parameter, its value, its article and what the article says."""
        info = self.info(name)
        value = getattr(self, name)
        shown = f"{value.numerator}/{value.denominator}" if isinstance(value, Fraction) else value
        text = info.zh if lang == "zh" else info.en
        return f"{name} = {shown} ({info.article.render(lang)}): {text}"

    def as_dict(self) -> dict[str, str | int]:
        """The values as plain JSON-ready data (Fractions as ``"1/3"``, money as strings)."""
        out: dict[str, str | int] = {}
        for name in INFO:
            value = getattr(self, name)
            out[name] = value if isinstance(value, int) else str(value)
        return out


#: The numbers as the Measures give them.
PARAMETERS = Parameters()


@attrs.frozen
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
            field=field or name,
            article=item.article,
        )
    return value
