"""The Chinese names of the library's types, for the Chinese texts of errors.

An error saying that a value is not of a type names the type in English by its class
name (``'x' is not a Horizon``); its Chinese text names it by what it is, in the
Measures' terms where they have one (``'x' 不是模拟期``), never by the class name.

>>> type_noun("Horizon"), type_noun(dict)
('模拟期', '映射(表)')
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import Final

__all__ = ["TYPE_NOUNS", "type_noun", "type_nouns"]

#: The Chinese name of each type named in the Chinese text of an error, by class name.
TYPE_NOUNS: Final[Mapping[str, str]] = MappingProxyType(
    {
        # the values and the law
        "dict": "映射(表)",
        "Measures": "《办法》",
        "Parameters": "参数",
        "Readings": "解读",
        "CoreIndicators": "核心指标",
        # the lifecycles
        "Complex": "综合体",
        "Consortium": "联合体",
        "InnovationCenter": "创新中心",
        "Event": "事件",
        "LeadingBody": "牵头单位",
        "Party": "申请单位",
        "HostUnit": "依托单位",
        "InnovationVehicle": "创新载体",
        # the rules
        "AdvanceRule": "预拨规则",
        "Candidate": "拟给予的补助",
        "Expense": "支出",
        "InspectionFinding": "检查发现的问题",
        "LedgerEntry": "资金台账条目",
        "NamedSettlementLink": "清算挂钩方式",
        "PolicySubsidySchedule": "政策补助标准表",
        "ResultShares": "按考核结果拨付的比例",
        "ThresholdScorer": "阈值评分规则",
        "TriggerClaim": "补助情形的申请",
        # the scenarios
        "Calendar": "日程",
        "CenterSpec": "创新中心设定",
        "CenterYearFacts": "创新中心的年度事实",
        "ComplexSpec": "综合体设定",
        "ComplexYearFacts": "综合体的年度事实",
        "ConsortiumSpec": "联合体设定",
        "ConsortiumYearFacts": "联合体的年度事实",
        "Horizon": "模拟期",
        "Inputs": "输入",
        "OtherSubsidy": "其他补助",
        "PolicyClaim": "政策兑现申请",
        "Probabilities": "概率",
        "Scenario": "情景",
    }
)


def type_noun(cls: type | str) -> str:
    """The Chinese name of ``cls`` (a class or its name); its class name if it has none."""
    name = cls if isinstance(cls, str) else cls.__name__
    return TYPE_NOUNS.get(name, name)


def type_nouns(classes: Iterable[type | str]) -> str:
    """The Chinese names of ``classes``, as alternatives: ``综合体设定或联合体设定``."""
    return "或".join(type_noun(cls) for cls in classes)
