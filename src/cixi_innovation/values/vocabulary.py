"""The Measures' vocabulary as bilingual enumerations (glossary of measures.en.md).

Every member has a stable ``value`` (its code, used in files and JSON), a Chinese
label ``zh`` and an English label ``en``:

>>> Level.NINGBO.zh, Level.NINGBO.en, Level.NINGBO.ningbo_or_above
('宁波市级', 'Ningbo municipal level', True)
>>> Level.parse("provincial") is Level.PROVINCIAL
True
"""

from __future__ import annotations

import enum
from typing import Literal, Self

import attrs

from cixi_innovation.values.errors import InvalidChoiceError

__all__ = [
    "Applicant",
    "AssessmentResult",
    "Body",
    "Consequence",
    "Label",
    "LabelledEnum",
    "Lang",
    "Level",
    "PerformanceGrade",
    "PlatformKind",
    "TaskGroupUnit",
]

#: The two languages every label and explanation is rendered in.
Lang = Literal["zh", "en"]


@attrs.frozen
class Label:
    """A bilingual label with a stable code, for outcomes and other open sets of names."""

    code: str
    zh: str
    en: str

    def render(self, lang: str = "en") -> str:
        """The label in ``"zh"`` or ``"en"``."""
        return self.zh if lang == "zh" else self.en

    def __str__(self) -> str:
        return self.en


class LabelledEnum(enum.Enum):
    """An enumeration whose members carry a code (the value) and zh / en labels."""

    zh: str
    en: str

    def __new__(cls, code: str, zh: str, en: str) -> Self:  # noqa: D102 - enum machinery
        member = object.__new__(cls)
        member._value_ = code
        member.zh = zh
        member.en = en
        return member

    @property
    def code(self) -> str:
        """The stable code used in files and JSON."""
        return str(self.value)

    def render(self, lang: str = "en") -> str:
        """The label in ``"zh"`` or ``"en"``."""
        return self.zh if lang == "zh" else self.en

    @classmethod
    def parse(cls, value: object, *, field: str | None = None) -> Self:
        """Find the member whose code, name or Chinese label is ``value``.

        Raises:
            InvalidChoiceError: naming the field and listing the valid codes.
        """
        if isinstance(value, cls):
            return value
        if isinstance(value, str):
            for member in cls:
                if value in (member.value, member.name, member.zh):
                    return member
        choices = ", ".join(m.code for m in cls)
        what = _describe(cls)
        article = "an" if what[0] in "aeiou" else "a"
        raise InvalidChoiceError(
            f"{value!r} is not {article} {what}; choose one of: {choices}",
            zh=f"{value!r} 不是可选的 {what};可选:{choices}",
            field=field or _describe(cls),
        )

    def __str__(self) -> str:
        return self.en


def _describe(cls: type) -> str:
    return "".join(f" {c.lower()}" if c.isupper() else c for c in cls.__name__).strip()


class PlatformKind(LabelledEnum):
    """The three kinds of industrial innovation platform the Measures regulate (Art. 1-4)."""

    COMPLEX = ("complex", "产业创新服务综合体", "industrial innovation service complex")
    CONSORTIUM = ("consortium", "企业创新联合体", "enterprise innovation consortium")
    INNOVATION_CENTER = ("center", "产业技术创新中心", "industrial technology innovation center")


class Level(LabelledEnum):
    """A platform's recognised level; "Ningbo municipal level or above" is inclusive (TN 8.8)."""

    CIXI = ("cixi", "慈溪市级", "Cixi municipal level")
    NINGBO = ("ningbo", "宁波市级", "Ningbo municipal level")
    PROVINCIAL = ("provincial", "省级", "provincial level")
    NATIONAL = ("national", "国家级", "national level")

    @property
    def ningbo_or_above(self) -> bool:
        """True for Ningbo, provincial and national level (宁波市级及以上)."""
        return self is not Level.CIXI


class Applicant(LabelledEnum):
    """Who applies for or proposes a platform (Art. 6, 13, 18)."""

    TOWN_GOVERNMENT = ("town_government", "镇政府", "town government")
    SUBDISTRICT_OFFICE = ("subdistrict_office", "街道办事处", "sub-district office")
    INDUSTRIAL_PLATFORM = ("industrial_platform", "产业平台", "industrial platform")
    CHAIN_LEADER_ENTERPRISE = ("chain_leader", "链主型企业", "chain-leader enterprise")
    INDUSTRY_ASSOCIATION = ("industry_association", "行业协会", "industry association")
    ENTERPRISE = ("enterprise", "企业", "enterprise")
    UNIVERSITY_OR_INSTITUTE = ("university_or_institute", "高校科研院所", "university or institute")
    SCIENCE_AND_TECHNOLOGY_BUREAU = (
        "bureau",
        "市科技局",
        "Municipal Science and Technology Bureau",
    )


class Body(LabelledEnum):
    """The bodies that review, approve, assess and inspect under the Measures."""

    SCIENCE_AND_TECHNOLOGY_BUREAU = (
        "bureau",
        "市科技局",
        "Municipal Science and Technology Bureau",
    )
    FINANCE_BUREAU = ("finance_bureau", "市财政局", "Municipal Finance Bureau")
    LEADER_IN_CHARGE = (
        "leader_in_charge",
        "市政府分管领导",
        "municipal government leader in charge",
    )
    EXECUTIVE_MEETING = (
        "executive_meeting",
        "市政府常务会议",
        "executive meeting of the municipal government",
    )
    HIGHER_LEVEL = ("higher_level", "上级", "higher-level authorities")
    EXPERT_PANEL = ("expert_panel", "评审专家", "expert reviewers")
    CONSTRUCTION_UNIT = ("construction_unit", "建设单位", "construction unit")
    HOST_UNIT = ("host_unit", "依托单位", "host unit")
    CHAIN_LEADER_ENTERPRISE = ("chain_leader", "链主型企业", "chain-leader enterprise")


class TaskGroupUnit(LabelledEnum):
    """The seven functional units of the Innovation Deepening Task Group (创新深化专题组, Art. 6)."""

    DEVELOPMENT_AND_REFORM = (
        "development_reform",
        "市发改局",
        "Municipal Development and Reform Bureau",
    )
    ECONOMY_AND_IT = (
        "economy_it",
        "市经信局",
        "Municipal Economy and Information Technology Bureau",
    )
    EDUCATION = ("education", "市教育局", "Municipal Education Bureau")
    FINANCE = ("finance", "市财政局", "Municipal Finance Bureau")
    COMMERCE = ("commerce", "市商务局", "Municipal Commerce Bureau")
    MARKET_SUPERVISION = (
        "market_supervision",
        "市市场监管局",
        "Municipal Market Supervision Bureau",
    )
    FINANCIAL_DEVELOPMENT = (
        "financial_development",
        "市金融发展服务中心",
        "Municipal Financial Development Service Center",
    )


class AssessmentResult(LabelledEnum):
    """The two results of an assessment and acceptance check (考核验收): Art. 8, 15, 21."""

    QUALIFIED = ("qualified", "合格", "qualified")
    UNQUALIFIED = ("unqualified", "不合格", "unqualified")


class PerformanceGrade(LabelledEnum):
    """A performance grade (绩效评估 / 绩效评价): the scale is not given (Art. 22); only "poor" has a consequence.

    A caller records the Bureau's or the higher level's grade as POOR or NOT_POOR.
    """

    POOR = ("poor", "差", "poor")
    NOT_POOR = ("not_poor", "非“差”等次", "a grade other than poor")


class Consequence(LabelledEnum):
    """What follows an assessment (outcome → consequence matrix of measures.en.md)."""

    RETAIN_QUALIFICATION = ("retain_qualification", "资格予以保留", "qualifications retained")
    REVOKE_QUALIFICATION = ("revoke_qualification", "取消资格", "qualifications revoked")
    REVOKE_QUALIFICATION_EARLY = (
        "revoke_qualification_early",
        "提前取消资格",
        "qualifications revoked early",
    )
    REASSIGN_UNITS = (
        "reassign_units",
        "另行授权委托",
        "units to be separately authorised and entrusted",
    )
    ELIMINATE = (
        "eliminate",
        "予以淘汰,不再列入创建名单",
        "eliminated, no longer on the creation list",
    )
    RETAIN_CULTIVATION_QUALIFICATION = (
        "retain_cultivation_qualification",
        "培育资格予以保留",
        "cultivation qualification retained",
    )
    REVOKE_CULTIVATION_QUALIFICATION = (
        "revoke_cultivation_qualification",
        "取消培育资格",
        "cultivation qualification revoked",
    )
    TERMINATE_SUPPORT_EARLY = (
        "terminate_support_early",
        "提前终止政策支持",
        "policy support terminated early",
    )
    TERMINATE_SUPPORT = ("terminate_support", "终止政策支持", "policy support terminated")
