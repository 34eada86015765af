"""What the record of implementations is read as, and what is deliberately not modelled (条款覆盖).

:func:`~cixi_innovation.law.registry.trace` reads the record that
:func:`~cixi_innovation.law.registry.implements` keeps as one :class:`TraceRow` per
provision: its :class:`Implementation` values, and the :class:`NotModelled` entries of
:data:`NOT_MODELLED`, the provisions (or parts of them) that are deliberately not turned
into code, with the reason in Chinese and English.

>>> print(NOT_MODELLED[Citation.parse("Art. 24")].en)
“These Measures prevail over inconsistent previous provisions” is not modelled: the previous provisions are not identified and no transitional rule is given (TN 24.2).
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from types import MappingProxyType

from cixi_innovation.values._attrs import frozen
from cixi_innovation.values.citations import ANNEX_SECTIONS, Citation

__all__ = ["NOT_MODELLED", "Implementation", "NotModelled", "TraceRow"]


@frozen
class Implementation:
    """A piece of code and the provisions it implements.

    Attributes:
        name: the qualified name, ``"cixi_innovation.law.measures.Measures"``.
        citations: the provisions it implements, in the order given.
        note: what it implements of them, when not obvious (optional).
    """

    name: str
    citations: tuple[Citation, ...]
    note: str = ""

    def resolve(self) -> object:
        """Import and return the named object.

        Raises:
            LookupError: if no module and attribute path gives the name.
        """
        parts = self.name.split(".")
        for split in range(len(parts) - 1, 0, -1):
            try:
                obj: object = importlib.import_module(".".join(parts[:split]))
            except ImportError:
                continue
            try:
                for attribute in parts[split:]:
                    obj = getattr(obj, attribute)
            except AttributeError:
                break
            return obj
        raise LookupError(f"{self.name} names no importable object")


@frozen
class NotModelled:
    """A provision, or part of one, deliberately not modelled as code, with the reason.

    Attributes:
        citation: the provision.
        zh: the reason in Chinese.
        en: the reason in English.
        partial: True when only part of the provision is left out (the rest must be
            implemented); such an entry does not by itself account for the provision.
    """

    citation: Citation
    zh: str
    en: str
    partial: bool = False

    def render(self, lang: str = "en") -> str:
        """The reason in ``"zh"`` or ``"en"``."""
        return self.zh if lang == "zh" else self.en


@frozen
class TraceRow:
    """One provision in the trace: the code that implements it and what is not modelled.

    Attributes:
        citation: the provision (an article, or an annex section or item).
        implementations: code implementing the provision or a part of it, by name.
        not_modelled: the reasons for what of it is not modelled.
        covered: True if the provision is accounted for (see the module docstring).
    """

    citation: Citation
    implementations: tuple[Implementation, ...]
    not_modelled: tuple[NotModelled, ...]
    covered: bool

    @property
    def names(self) -> tuple[str, ...]:
        """The qualified names of the implementing code."""
        return tuple(i.name for i in self.implementations)


# --- what is deliberately not modelled -----------------------------------------------

# The annexes are reference outlines (编写参考提纲): they say what a plan contains, not
# how good it must be.  Plans are modelled section by section; what each section says is
# left to the reviewers.  Annex 1 §3 is not listed: its commitments are typed values.
_ANNEX_REASONS = {
    1: (
        "附件1为综合体建设方案编写参考提纲(第六条):提纲只规定方案应包含的内容,未规定须达到的"
        "标准;该部分所写内容由市科技局论证判断,本库不作评价。",
        "Annex 1 is a reference outline for drafting the construction plan of a Complex "
        "(Art. 6): it says what the plan contains, not how good it must be; what this "
        "section says is for the Bureau's feasibility review to judge and is not evaluated.",
    ),
    2: (
        "附件2为联合体建设方案编写参考提纲(第十三条):提纲只规定方案应包含的内容,未规定须达到的"
        "标准;该部分所写内容由专家评审判断,本库不作评价。",
        "Annex 2 is a reference outline for drafting the construction plan of a Consortium "
        "(Art. 13): it says what the plan contains, not how good it must be; what this "
        "section says is for the expert review to judge and is not evaluated.",
    ),
    3: (
        "附件3为创新中心建设方案编写参考提纲(第十八条第二款):提纲只规定方案应包含的内容,"
        "未规定须达到的标准;该部分所写内容由市政府常务会议审定,本库不作评价。",
        "Annex 3 is a reference outline for drafting the construction plan of an Innovation "
        "Center (Art. 18 ¶2): it says what the plan contains, not how good it must be; what "
        "this section says is for the executive meeting of the municipal government to "
        "judge and is not evaluated.",
    ),
}

_REASONS: tuple[tuple[str, str, str, bool], ...] = (
    (
        "Art. 1",
        "立法目的与依据为描述性内容:所列上级文件仅取其“精神”,未并入其内容(TN 1.2);"
        "适用范围(三类平台)由 PlatformKind 实现。",
        "Purpose and basis are descriptive: the documents listed are invoked for their "
        "spirit only and their content is not incorporated (TN 1.2). The scope, the three "
        "kinds of platform, is implemented by PlatformKind.",
        True,
    ),
    (
        "Art. 2",
        "综合体定义中的政府主导、行业协会或平台型企业牵头、服务内容等特征未规定任何后果"
        "(TN 2.1、TN 2.2),不作为条件建模;平台类型由 PlatformKind 实现。",
        "The characterisation of a Complex (government leadership, led by an industry "
        "association or platform-type enterprise, what it focuses on and provides) has no "
        "stated consequence (TN 2.1, TN 2.2) and is not modelled as a condition; the kind "
        "is implemented by PlatformKind.",
        True,
    ),
    (
        "Art. 3",
        "联合体定义中的政府引导、产业链协同、攻关方向等特征未规定任何后果,不作为条件建模;"
        "平台类型由 PlatformKind 实现。",
        "The characterisation of a Consortium (government guidance, supply-chain "
        "collaboration, what it tackles) has no stated consequence and is not modelled as "
        "a condition; the kind is implemented by PlatformKind.",
        True,
    ),
    (
        "Art. 4",
        "创新中心定义中的政府主动设计布局、实施主体、目标定位等特征未规定任何后果,"
        "不作为条件建模;平台类型由 PlatformKind 实现。",
        "The characterisation of an Innovation Center (proactive design by the government, "
        "who implements it, what it aims at) has no stated consequence and is not modelled "
        "as a condition; the kind is implemented by PlatformKind.",
        True,
    ),
    (
        "Art. 6 ¶2",
        "建设单位主要职责为开放式列举(“等”),未规定条件或后果,属描述性内容,不作为规则建模(TN 6.3)。",
        "The construction unit's main duties are an open list (“等”) with no stated "
        "condition or consequence; they are descriptive and not modelled as rules (TN 6.3).",
        False,
    ),
    (
        "Art. 7 ¶2",
        "依托单位主要职责为开放式列举(“等”),未规定条件或后果,属描述性内容,不作为规则建模(TN 7.2)。",
        "The host unit's main duties are an open list (“等”) with no stated condition or "
        "consequence; they are descriptive and not modelled as rules (TN 7.2).",
        False,
    ),
    (
        "Art. 11",
        "宁波市级及以上综合体上级补助资金的使用管理按上级规定执行,上级规定不在本办法内,"
        "不作建模;资金使用检查发现问题的后果本办法未作规定,作为具名解读由调用方选择(TN 11.1)。",
        "The use of higher-level funds by Complexes at Ningbo level or above follows the "
        "higher level's rules, which are not part of these Measures and are not modelled; "
        "no consequence of an adverse fund-use inspection is stated, so it is a named "
        "reading the caller chooses (TN 11.1).",
        True,
    ),
    (
        "Art. 14",
        "链主型企业主要职责(第二句)为描述性内容,未规定条件或后果,不作为规则建模;"
        "链主型企业条件另行建模。",
        "The chain-leader enterprise's main duties (second sentence) are descriptive, with "
        "no stated condition or consequence, and are not modelled as rules; its conditions "
        "are modelled.",
        True,
    ),
    (
        "Art. 17",
        "创新中心建设领域(智能家电、智能制造、汽车及零部件、医疗器械、新材料等重点优势产业集群与"
        "标志性产业链,以及未来产业领域重点培育赛道)为开放式列举(“等”),不构成申请条件:"
        "领域按建设方案所写记录,任何领域均不予拒绝;“由市级层面主动设计、统筹布局”体现为由市科技局"
        "提出建设方案(第十八条第二款),不另作规则建模(TN 17.1)。",
        "The fields of Innovation Centers (smart home appliances, intelligent manufacturing, "
        "automobiles and auto parts, medical devices, new materials and other key clusters "
        "and flagship chains, and key tracks of future industries) are an open list (“等”) "
        "and no condition: the field is recorded as the plan names it and no field is "
        "refused; “proactively designed and laid out at the municipal level” is reflected by "
        "the Bureau proposing the plan (Art. 18 ¶2) and is not modelled as a further rule "
        "(TN 17.1).",
        True,
    ),
    (
        "Art. 19",
        "股权多元化、功能多样化、运营市场化、提供专业服务、自我造血等为发展导向,无可检验的"
        "条件或后果,不作建模;独立法人及三项治理制度另行建模。",
        "Diversified shareholding, diversified functions, market-oriented operation, the "
        "services offered and self-sustaining operation are orientations with no testable "
        "condition or consequence and are not modelled; independent legal personality and "
        "the three governance systems are modelled.",
        True,
    ),
    (
        "Art. 24",
        "“原规定与本办法不一致的,以本办法为准”未建模:原规定未具体列明,亦无过渡规定(TN 24.2)。",
        "“These Measures prevail over inconsistent previous provisions” is not modelled: "
        "the previous provisions are not identified and no transitional rule is given "
        "(TN 24.2).",
        True,
    ),
)


def _not_modelled() -> Mapping[Citation, NotModelled]:
    entries: dict[Citation, NotModelled] = {}
    for ref, zh, en, partial in _REASONS:
        citation = Citation.parse(ref)
        entries[citation] = NotModelled(citation, zh, en, partial)
    for annex, sections in ANNEX_SECTIONS.items():
        zh, en = _ANNEX_REASONS[annex]
        for section in sections:
            if (annex, section) != (1, 3):
                citation = Citation.annex_section(annex, section)
                entries[citation] = NotModelled(citation, zh, en, partial=True)
    return MappingProxyType(dict(sorted(entries.items())))


#: Provisions, or parts of provisions, deliberately not modelled as code, with the reason.
NOT_MODELLED: Mapping[Citation, NotModelled] = _not_modelled()
