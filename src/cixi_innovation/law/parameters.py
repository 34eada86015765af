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

Where each number comes from (its article and the words of the text) is
:data:`~cixi_innovation.law.parameter_info.INFO`, read by :meth:`Parameters.info`.
Values the Measures leave open (the Art. 16 amounts, the Art. 20 matching ratio, the
Art. 10 advance and settlement link, the Art. 22 scoring) are *not* parameters with a
default: they are listed in :data:`~cixi_innovation.law.open_inputs.OPEN_INPUTS` and
every computation that needs one takes it as an argument and raises
:class:`~cixi_innovation.values.errors.MissingInputError` citing the article when it is
missing.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, Any

import attrs

from cixi_innovation.values._attrs import frozen
from cixi_innovation.values.citations import Citation
from cixi_innovation.values.errors import InputError
from cixi_innovation.values.money import to_money, to_ratio

if TYPE_CHECKING:
    from cixi_innovation.law.parameter_info import ParameterInfo

__all__ = ["PARAMETERS", "Parameters"]


def _info() -> dict[str, ParameterInfo]:
    """The parameters' table of :mod:`~cixi_innovation.law.parameter_info`, imported on first use."""
    from cixi_innovation.law.parameter_info import INFO

    return INFO


def _positive_int(name: str) -> Any:
    def check(_: object, attribute: attrs.Attribute[int], value: object) -> None:
        if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
            raise InputError(
                f"{value!r} is not a positive whole number",
                zh=f"{value!r} 不是正整数",
                field=attribute.name,
                article=_info()[name].article,
            )

    return check


def _money(value: object) -> Decimal:
    return to_money(value, field="operating_subsidy_cap", article=Citation.article(10))


def _share(value: object, name: str, article: Citation) -> Fraction:
    ratio = to_ratio(value, field=name, article=article)
    if ratio > 1:
        raise InputError(
            f"{value!r} is more than 1", zh=f"{value!r} 大于 1", field=name, article=article
        )
    return ratio


def _remuneration_share(value: object) -> Fraction:
    return _share(value, "remuneration_cap_share", Citation.article(10))


def _fee_share(value: object) -> Fraction:
    return _share(value, "entrusted_fee_cap_share", Citation.article(20, 2))


@frozen
class Parameters:
    """The numbers fixed by the Measures.  Vary them with :meth:`replace` for what-if studies."""

    def __repr__(self) -> str:
        # the package's default shows by its name: signatures read ``=PARAMETERS``
        if self is PARAMETERS:
            return "PARAMETERS"
        from cixi_innovation.values._attrs import fields_repr  # only when another value is shown

        return fields_repr(self)

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
                zh=f"中期时点({self.center_mid_term_years} 年)须在 {self.center_round_years} "
                "年的周期之内",
                field="center_mid_term_years",
                article=Citation.article(21),
            )

    def replace(self, **changes: Any) -> Parameters:
        """A copy with ``changes`` applied and validated; unknown names are refused."""
        names = _info()
        unknown = sorted(set(changes) - set(names))
        if unknown:
            raise InputError(
                f"unknown parameter(s) {', '.join(unknown)}; known: {', '.join(names)}",
                zh=f"未知的参数 {'、'.join(unknown)};已知参数:{'、'.join(names)}",
                field=unknown[0],
            )
        return attrs.evolve(self, **changes)

    @staticmethod
    def info(name: str) -> ParameterInfo:
        """Where parameter ``name`` comes from."""
        try:
            return _info()[name]
        except KeyError:
            raise InputError(
                f"unknown parameter {name!r}", zh=f"未知的参数 {name!r}", field=name
            ) from None

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
        for name in _info():
            value = getattr(self, name)
            out[name] = value if isinstance(value, int) else str(value)
        return out


#: The numbers as the Measures give them.
PARAMETERS = Parameters()
