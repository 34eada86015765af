"""The five core indicators of Art. 9 (and the commitments of Annex 1 §3).

第九条 …以全行业产值、有效高新技术企业占比、规上企业研发投入占营业收入比重、
规上企业研发机构组建率、有效发明专利数等五项核心指标衡量…

The set is closed ("等五项", TN 9.1).  None of the indicators is defined further by
the Measures (scope, denominator, reference date, data source, weights, thresholds are
left to the Bureau, Art. 22), so the library only holds the values exactly:

>>> from fractions import Fraction
>>> from decimal import Decimal
>>> target = CoreIndicators(
...     industry_output_value=Decimal("30000000000.00"),
...     valid_hte_share=Fraction(30, 100),
...     above_scale_rd_intensity=Fraction(3, 100),
...     above_scale_rd_institution_rate=Fraction(60, 100),
...     valid_invention_patents=800,
... )
>>> target.valid_hte_share
Fraction(3, 10)
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from fractions import Fraction

import attrs

from cixi_innovation.values._attrs import frozen
from cixi_innovation.values.citations import Citation
from cixi_innovation.values.errors import InputError
from cixi_innovation.values.money import to_money, to_ratio
from cixi_innovation.values.vocabulary import LabelledEnum

__all__ = ["CoreIndicators", "Indicator"]

ART_9 = Citation.article(9)


class Indicator(LabelledEnum, noun="核心指标"):
    """One of the five core indicators of Art. 9 (closed set).

    A Complex's plan commits to them (Annex 1 §3); its end-of-round appraisal is measured
    by them (Art. 9).
    """

    INDUSTRY_OUTPUT_VALUE = (
        "industry_output_value",
        "全行业产值",
        "output value of the whole industry",
    )
    VALID_HTE_SHARE = (
        "valid_hte_share",
        "有效高新技术企业占比",
        "proportion of valid high-tech enterprises",
    )
    ABOVE_SCALE_RD_INTENSITY = (
        "above_scale_rd_intensity",
        "规上企业研发投入占营业收入比重",
        "R&D investment as a share of operating revenue of enterprises above designated size",
    )
    ABOVE_SCALE_RD_INSTITUTION_RATE = (
        "above_scale_rd_institution_rate",
        "规上企业研发机构组建率",
        "rate of establishment of R&D institutions by enterprises above designated size",
    )
    VALID_INVENTION_PATENTS = (
        "valid_invention_patents",
        "有效发明专利数",
        "number of valid invention patents",
    )


def _output_value(value: object) -> Decimal:
    return to_money(value, field="industry_output_value", article=ART_9)


def _hte(value: object) -> Fraction:
    return to_ratio(value, field="valid_hte_share", article=ART_9)


def _intensity(value: object) -> Fraction:
    return to_ratio(value, field="above_scale_rd_intensity", article=ART_9)


def _institution_rate(value: object) -> Fraction:
    return to_ratio(value, field="above_scale_rd_institution_rate", article=ART_9)


def _count(_: object, attribute: attrs.Attribute[int], value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise InputError(
            f"{value!r} is not a whole number ≥ 0",
            zh=f"{value!r} 不是 ≥ 0 的整数",
            field=attribute.name,
            article=ART_9,
        )


@frozen
class CoreIndicators:
    """Values of the five core indicators: output value in yuan, three exact ratios, a count.

    Ratios are :class:`~fractions.Fraction` (0.3 = 30%); they may exceed 1 only where an
    indicator's definition allows it, which the Measures leave to the Bureau, so no upper
    bound is imposed here.
    """

    industry_output_value: Decimal = attrs.field(converter=_output_value)
    valid_hte_share: Fraction = attrs.field(converter=_hte)
    above_scale_rd_intensity: Fraction = attrs.field(converter=_intensity)
    above_scale_rd_institution_rate: Fraction = attrs.field(converter=_institution_rate)
    valid_invention_patents: int = attrs.field(validator=_count)

    def value(self, indicator: Indicator) -> Decimal | Fraction | int:
        """The value of one indicator."""
        result: Decimal | Fraction | int = getattr(self, indicator.value)
        return result

    def items(self) -> tuple[tuple[Indicator, Decimal | Fraction | int], ...]:
        """The five (indicator, value) pairs in the order of Art. 9."""
        return tuple((i, self.value(i)) for i in Indicator)

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> CoreIndicators:
        """Inverse of :meth:`to_dict`; missing or unknown keys are refused by name."""
        if not isinstance(data, Mapping):  # e.g. a list or a text read from a file
            raise InputError(
                f"{data!r} is not a mapping of the five core indicators",
                zh=f"{data!r} 不是五项核心指标的映射",
                article=ART_9,
            )
        names = [i.value for i in Indicator]
        missing = [n for n in names if n not in data]
        extra = sorted(set(data) - set(names))
        if missing or extra:
            problem = f"missing {', '.join(missing)}" if missing else f"unknown {', '.join(extra)}"
            problem_zh = f"缺少 {'、'.join(missing)}" if missing else f"未知 {'、'.join(extra)}"
            raise InputError(
                f"the five core indicators are exactly {', '.join(names)}: {problem}",
                zh=f"五项核心指标恰为 {'、'.join(names)}:{problem_zh}",
                field=(missing or extra)[0],
                article=ART_9,
            )
        return cls(
            data["industry_output_value"],
            data["valid_hte_share"],
            data["above_scale_rd_intensity"],
            data["above_scale_rd_institution_rate"],
            data["valid_invention_patents"],  # type: ignore[arg-type]
        )

    def completion(self, target: CoreIndicators) -> dict[Indicator, Fraction | None]:
        """Actual ÷ committed target for each indicator, exact; None where the target is 0.

        >>> from fractions import Fraction
        >>> t = CoreIndicators("100", Fraction(1, 2), Fraction(1, 10), Fraction(1, 2), 10)
        >>> a = CoreIndicators("120", Fraction(1, 4), Fraction(1, 10), Fraction(3, 4), 0)
        >>> [str(r) for r in a.completion(t).values()]
        ['6/5', '1/2', '1', '3/2', '0']
        """
        out: dict[Indicator, Fraction | None] = {}
        for indicator in Indicator:
            goal = Fraction(self._exact(target.value(indicator)))
            actual = Fraction(self._exact(self.value(indicator)))
            out[indicator] = None if goal == 0 else actual / goal
        return out

    @staticmethod
    def _exact(value: Decimal | Fraction | int) -> Fraction:
        return Fraction(value)

    def to_dict(self) -> dict[str, str | int]:
        """JSON-ready: the output value as a string of yuan, ratios as ``"p/q"``, the count."""
        return {
            "industry_output_value": str(self.industry_output_value),
            "valid_hte_share": str(self.valid_hte_share),
            "above_scale_rd_intensity": str(self.above_scale_rd_intensity),
            "above_scale_rd_institution_rate": str(self.above_scale_rd_institution_rate),
            "valid_invention_patents": self.valid_invention_patents,
        }
