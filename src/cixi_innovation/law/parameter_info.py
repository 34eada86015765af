"""Where each number of the Measures comes from: its article and the words of the text (参数出处).

:data:`INFO` gives, for each field of :class:`~cixi_innovation.law.parameters.Parameters`
in their order, the provision that fixes it, what it means in Chinese and English and
the words of the text it is read from:

>>> INFO["operating_subsidy_cap"].article.en, INFO["operating_subsidy_cap"].source_zh
('Art. 10', '最高不超过50万元')
"""

from __future__ import annotations

from cixi_innovation.values._attrs import frozen
from cixi_innovation.values.citations import Citation

__all__ = ["INFO", "ParameterInfo"]


@frozen
class ParameterInfo:
    """Where a parameter comes from and what it means."""

    article: Citation
    zh: str
    en: str
    source_zh: str


#: Each parameter's provenance, by name, in the order of the fields of ``Parameters``.
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
