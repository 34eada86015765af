"""What an assessment finds and what follows it (考核结果、绩效等次、处理结果).

The results of an assessment and acceptance check (Art. 8, 15, 21), the performance
grade whose only graded consequence is "poor" (Art. 22), and the consequences of the
outcome → consequence matrix of measures.en.md, as bilingual enumerations:

>>> AssessmentResult.parse("合格") is AssessmentResult.QUALIFIED
True
>>> Consequence.TERMINATE_SUPPORT.en
'policy support terminated'
"""

from __future__ import annotations

from cixi_innovation.values.vocabulary import LabelledEnum

__all__ = ["AssessmentResult", "Consequence", "PerformanceGrade"]


class AssessmentResult(LabelledEnum, noun="考核结果"):
    """The two results of an assessment and acceptance check (考核验收): Art. 8, 15, 21."""

    QUALIFIED = ("qualified", "合格", "qualified")
    UNQUALIFIED = ("unqualified", "不合格", "unqualified")


class PerformanceGrade(LabelledEnum, noun="绩效评价等次"):
    """A performance grade (绩效评估 / 绩效评价): the scale is not given (Art. 22); only "poor" has a consequence.

    A caller records the Bureau's or the higher level's grade as POOR or NOT_POOR.
    """

    POOR = ("poor", "差", "poor")
    NOT_POOR = ("not_poor", "非“差”等次", "a grade other than poor")


class Consequence(LabelledEnum, noun="考核后果"):
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
