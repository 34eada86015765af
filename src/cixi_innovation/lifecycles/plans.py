"""Construction plans (建设方案) as typed values, following the outlines of Annexes 1-3.

附件1 慈溪市产业创新服务综合体建设方案编写参考提纲 /
附件2 慈溪市企业创新联合体建设方案编写参考提纲 /
附件3 慈溪市技术创新中心建设方案编写参考提纲

Each application (Art. 6, 13) or proposal (Art. 18 ¶2) comes with a construction plan
drafted after the annex's reference outline.  The outlines say *what a plan contains*,
not how good it must be: the content is for the reviewers to judge, so the library keeps
the text of each section as written and finds which sections of the outline are
missing.  The outlines are 编写参考提纲, reference outlines: a plan missing a section is
received and the decision on the application reports what is missing, unless the
caller chooses the strict reading
(:attr:`~cixi_innovation.law.readings.PlanOutlineReading.STRICT`), under which it is
refused.  ``missing()`` lists the missing (or blank) sections, each named
and cited, and ``require_complete()`` refuses the first one:

>>> plan = ComplexPlan.from_dict({
...     "industry_status": {"strength": "产值超千亿", "difficulties": ""},
... })
>>> [section.path for section in plan.missing()]
['industry_status.difficulties', 'approach', 'commitments']
>>> plan.require_complete()
Traceback (most recent call last):
...
cixi_innovation.lifecycles.plans.MissingSectionError: industry_status.difficulties: the main difficulties, weak links and problems of industrial upgrading (当前产业升级存在的主要困难、短板与问题) is missing from the plan (Annex 1 §1(2) 附件1第一部分(二))

The Complex plan's target commitments (Annex 1 §3) hold the five core indicators of
Art. 9 as :class:`~cixi_innovation.law.indicators.CoreIndicators`, plus any further committed
indicators (the list is open, "等主要指标", TN A1.1).  The Consortium plan also carries
the three-year cultivation targets committed at application (Art. 15), which must
include the four items that article names.
"""

from __future__ import annotations

import typing
from collections.abc import Mapping
from typing import Any, ClassVar, Self

import attrs

from cixi_innovation.law.indicators import CoreIndicators
from cixi_innovation.law.readings import PlanOutlineReading
from cixi_innovation.law.registry import implements
from cixi_innovation.lifecycles._texts import mapping, not_a, unknown_key
from cixi_innovation.lifecycles.table import Context, Guard
from cixi_innovation.values._attrs import frozen
from cixi_innovation.values.citations import Citation, Cites
from cixi_innovation.values.decisions import Param
from cixi_innovation.values.errors import InputError
from cixi_innovation.values.vocabulary import Label

__all__ = [
    "ApplicantConditions",
    "CenterPlan",
    "CommittedIndicator",
    "ComplexPlan",
    "ConsortiumPlan",
    "ConstructionApproach",
    "CultivationTargets",
    "IndustrialFoundation",
    "IndustryStatus",
    "ManagementMechanism",
    "MissingSection",
    "MissingSectionError",
    "OverallApproach",
    "TargetCommitments",
    "outline_details",
    "outline_guard",
]


class MissingSectionError(InputError):
    """A section (or item) of a plan's outline is missing or blank; names it and cites it.

    >>> IndustryStatus(strength="产值超千亿").require_complete()
    Traceback (most recent call last):
    ...
    cixi_innovation.lifecycles.plans.MissingSectionError: difficulties: the main difficulties, weak links and problems of industrial upgrading (当前产业升级存在的主要困难、短板与问题) is missing from the plan (Annex 1 §1(2) 附件1第一部分(二))
    """


@frozen
class MissingSection:
    """A section of the outline a plan leaves out (or blank): where, which, and its citation.

    Attributes:
        path: the section's dotted path in the plan (``industry_status.difficulties``).
        citation: the section or item of the annex.
        zh: the section's name in Chinese.
        en: the section's name in English.
    """

    path: str
    citation: Citation
    zh: str
    en: str


def _missing(value: object) -> bool:
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, tuple):
        return not value or any(_missing(v) for v in value)
    return False


def _section(citation: Citation, zh: str, en: str, *, default: object = "") -> Any:
    """A section of an outline: reported by ``missing()`` when missing or blank."""
    return attrs.field(
        default=default, kw_only=True, metadata={"citation": citation, "zh": zh, "en": en}
    )


def _texts(value: object, field: str) -> tuple[object, ...]:
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list | tuple):
        return tuple(value)
    raise not_a("a list of texts", zh="文本列表", value=value, field=field)


_HINTS: dict[type, dict[str, Any]] = {}


def _hints(cls: type) -> dict[str, Any]:
    # resolving the hints compiles their texts, and stored plans are read often
    hints = _HINTS.get(cls)
    if hints is None:
        hints = _HINTS[cls] = typing.get_type_hints(cls)
    return hints


class _Outline:
    """Plain-data conversion shared by the plan values (fields: text, texts or sections)."""

    __slots__ = ()

    @classmethod
    def from_dict(cls, data: Mapping[str, object], *, prefix: str = "") -> Self:
        """Build the value from plain data; missing, unknown or ill-typed entries are refused.

        Raises:
            MissingSectionError: a section or item of the outline is missing or blank.
            InputError: an unknown key or a value of the wrong type.
        """
        data = mapping(data, prefix.rstrip(".") or None)
        hints = _hints(cls)
        fields = attrs.fields(cls)  # type: ignore[arg-type]
        names = [a.name for a in fields]
        unknown = sorted(k for k in data if k not in names)
        if unknown:
            raise unknown_key(
                "section", zh="部分", name=unknown[0], field=prefix + unknown[0], expected=names
            )
        kwargs: dict[str, object] = {}
        for a in fields:
            if a.name not in data:
                continue
            value = data[a.name]
            hint = hints[a.name]
            field = prefix + a.name
            if isinstance(hint, type) and issubclass(hint, _Outline):
                value = (
                    None
                    if _missing(value)
                    else hint.from_dict(mapping(value, field), prefix=field + ".")
                )
            elif hint is CoreIndicators:
                if _missing(value):
                    value = None
                elif not isinstance(value, CoreIndicators):
                    try:
                        value = CoreIndicators.from_dict(dict(mapping(value, field)))
                    except InputError as exc:
                        raise type(exc)(
                            exc.message,
                            zh=exc.zh,
                            field=f"{field}.{exc.field}",
                            article=exc.articles,
                        ) from None
            elif typing.get_origin(hint) is tuple:
                item_type = typing.get_args(hint)[0]
                items: tuple[object, ...] = _texts(value, field)
                if item_type is CommittedIndicator:
                    items = tuple(
                        CommittedIndicator.from_dict(mapping(v, f"{field}[{i}]"))
                        for i, v in enumerate(items)
                    )
                elif not all(isinstance(v, str) for v in items):
                    raise not_a("a list of texts", zh="文本列表", value=value, field=field)
                value = items
            elif not isinstance(value, str):
                raise not_a("a text", zh="文本", value=value, field=field)
            kwargs[a.name] = value
        return cls(**kwargs)

    def missing(self, prefix: str = "") -> tuple[MissingSection, ...]:
        """The sections of the outline this plan leaves out or blank, in the outline's order."""
        found: list[MissingSection] = []
        for a in attrs.fields(type(self)):  # type: ignore[arg-type]
            if "citation" not in a.metadata:
                continue
            value = getattr(self, a.name)
            if isinstance(value, _Outline):
                found.extend(value.missing(prefix + a.name + "."))
            elif _missing(value):
                meta = a.metadata
                found.append(
                    MissingSection(prefix + a.name, meta["citation"], meta["zh"], meta["en"])
                )
        return tuple(found)

    def require_complete(self) -> None:
        """Refuse the plan if a section of the outline is missing (the strict reading).

        Raises:
            MissingSectionError: naming the first missing section and citing it.
        """
        missing = self.missing()
        if missing:
            first = missing[0]
            raise MissingSectionError(
                f"{first.en} ({first.zh}) is missing from the plan",
                zh=f"建设方案缺少{first.zh}({first.en})",
                field=first.path,
                article=first.citation,
            )

    def to_dict(self) -> dict[str, object]:
        """The value as plain data, the inverse of :meth:`from_dict`."""
        out: dict[str, object] = {}
        for a in attrs.fields(type(self)):  # type: ignore[arg-type]
            value = getattr(self, a.name)
            if isinstance(value, _Outline | CoreIndicators):
                out[a.name] = value.to_dict()
            elif isinstance(value, tuple):
                out[a.name] = [v.to_dict() if isinstance(v, _Outline) else v for v in value]
            else:
                out[a.name] = value
        return out

    @classmethod
    def outline(cls) -> tuple[tuple[Citation, str, str], ...]:
        """The sections of the outline this value follows: (citation, zh, en), in order."""
        rows: list[tuple[Citation, str, str]] = []
        hints = _hints(cls)
        for a in attrs.fields(cls):  # type: ignore[arg-type]
            if "citation" not in a.metadata:
                continue
            rows.append((a.metadata["citation"], a.metadata["zh"], a.metadata["en"]))
            hint = hints[a.name]
            if isinstance(hint, type) and issubclass(hint, _Outline):
                rows.extend(r for r in hint.outline() if r[0] != a.metadata["citation"])
        return tuple(rows)


class _Planned(typing.Protocol):
    @property
    def plan(self) -> _Outline: ...


def _complete_or_reference(_: object, e: _Planned, ctx: Context) -> bool:
    return ctx.readings.plan_outline is PlanOutlineReading.REFERENCE or not e.plan.missing()


def outline_details(_: object, e: _Planned, ctx: Context) -> dict[str, Param]:
    """The template parameters ``outline`` (the reading) and ``missing`` (the sections left out)."""
    missing = e.plan.missing()
    return {
        "outline": ctx.readings.plan_outline,
        "missing": Label(
            "missing_sections",
            "、".join(f"{m.zh}({m.citation.zh})" for m in missing) or "无",
            "; ".join(f"{m.en} ({m.citation.en})" for m in missing) or "none",
        ),
    }


def outline_guard(articles: Cites) -> Guard:
    """The guard of an application under the strict reading of its annex's outline."""
    return Guard(
        _complete_or_reference,
        articles,
        field="plan",
        zh="按“{outline}”的理解,建设方案缺少编写参考提纲的部分,不予受理:缺少{missing}。",
        en="under the reading that {outline}, the plan is refused: it is missing {missing}.",
        details=outline_details,
    )


def _a1(section: int, item: int = 0) -> Citation:
    return Citation.annex_section(1, section, item)


def _a2(section: int) -> Citation:
    return Citation.annex_section(2, section)


def _a3(section: int, item: int = 0) -> Citation:
    return Citation.annex_section(3, section, item)


# --- Annex 1: the Complex plan -------------------------------------------------------


@implements("Annex 1 §1")
@frozen
class IndustryStatus(_Outline):
    """Annex 1 §1 产业现状 (current state of the industry), items (1) and (2)."""

    strength: str = _section(
        _a1(1, 1),
        "我市产业的综合实力与市场竞争力情况",
        "the overall strength and market competitiveness of the city's industry",
    )
    difficulties: str = _section(
        _a1(1, 2),
        "当前产业升级存在的主要困难、短板与问题",
        "the main difficulties, weak links and problems of industrial upgrading",
    )


@implements("Annex 1 §2")
@frozen
class ConstructionApproach(_Outline):
    """Annex 1 §2 建设思路 (construction approach), items (1) and (2)."""

    existing_foundation: str = _section(
        _a1(2, 1),
        "现有基础,包括公共服务平台、物理空间、管理团队、运营机制等",
        "the existing foundation: public service platform, physical space, management team, "
        "operating mechanism, etc.",
    )
    approach: str = _section(
        _a1(2, 2),
        "建设思路,包括平台升级、依托单位选聘、制度设计、载体策划、保障措施等",
        "the construction approach: platform upgrading, selection of the host unit, "
        "institutional design, planning of the vehicle, safeguard measures, etc.",
    )


@frozen
class CommittedIndicator(_Outline):
    """A further indicator committed beyond the five core ones (Annex 1 §3, "等", TN A1.1).

    The Measures do not define such indicators: name, value and unit are kept as written.
    """

    name: str = _section(_a1(3), "指标名称", "the indicator's name")
    value: str = _section(_a1(3), "承诺值", "the committed value")
    unit: str = attrs.field(default="", kw_only=True)


@implements("Annex 1 §3")
@frozen
class TargetCommitments(_Outline):
    """Annex 1 §3 目标承诺 (target commitments).

    "包括全行业产值、有效高新技术企业占比、规上企业研发投入占营业收入比重、规上企业研发机构
    组建率、有效发明专利数等主要指标的承诺": the five core indicators of Art. 9, and any
    further indicators the plan commits to (open list, TN A1.1).
    """

    core: CoreIndicators = _section(
        _a1(3),
        "全行业产值等五项主要指标的承诺",
        "commitments on the five main indicators",
        default=None,
    )
    further: tuple[CommittedIndicator, ...] = attrs.field(default=(), kw_only=True)


@implements("Annex 1 §1", "Annex 1 §2", "Annex 1 §3", "Art. 6")
@frozen
class ComplexPlan(_Outline):
    """The construction plan of a Complex (Annex 1), submitted with the application (Art. 6).

    第六条 综合体建设由镇政府(街道办事处)、产业平台提出申请(综合体建设方案提纲见附件1)……
    """

    annex: ClassVar[int] = 1

    industry_status: IndustryStatus = _section(
        _a1(1), "产业现状", "the current state of the industry", default=None
    )
    approach: ConstructionApproach = _section(
        _a1(2), "建设思路", "the construction approach", default=None
    )
    commitments: TargetCommitments = _section(
        _a1(3), "目标承诺", "the target commitments", default=None
    )


# --- Annex 2: the Consortium plan ----------------------------------------------------


@implements("Annex 2 §1")
@frozen
class IndustrialFoundation(_Outline):
    """Annex 2 §1 产业基础和工作基础 (industrial foundation and work foundation)."""

    track: str = _section(
        _a2(1), "创新联合体建设聚焦的产业赛道", "the industrial track the consortium focuses on"
    )
    industry_ranking: str = _section(
        _a2(1), "申报企业的行业排名", "the applicant enterprise's ranking in its industry"
    )
    city_ranking: str = _section(
        _a2(1), "申报企业的市内排名", "the applicant enterprise's ranking within the city"
    )
    tech_attributes: tuple[str, ...] = _section(
        _a2(1),
        "科技属性(高企、科技小巨人等)",
        "science-and-technology attributes (high-tech enterprise, little giant, etc.)",
        default=(),
    )
    rd_institutions: str = _section(
        _a2(1), "研发机构建设情况", "the status of its R&D institution construction"
    )


@implements("Annex 2 §2", "Art. 14")
@frozen
class ApplicantConditions(_Outline):
    """Annex 2 §2 申报企业的条件与优势 (conditions and advantages of the applicant enterprise).

    The four aspects repeat the conditions of Art. 14 (with 带动效应 for 带动效益, TN 14.1).
    """

    overall_strength: str = _section(_a2(2), "综合实力", "overall strength")
    rd_investment: str = _section(_a2(2), "研发投入", "R&D investment")
    technological_advantages: str = _section(_a2(2), "技术优势", "technological advantages")
    driving_effect: str = _section(_a2(2), "带动效应", "driving effect")


_ART_15 = Citation.article(15)


@implements("Art. 15")
@frozen
class CultivationTargets(_Outline):
    """The three-year cultivation targets committed at application (Art. 15).

    第十五条 ……建设目标与年度计划应包括行业提升指标、技术攻关目录、资源共享清单、
    标志性新产品开发计划等。 The four items are required; the list is open ("等"), so
    further items may be added.
    """

    industry_improvement_indicators: tuple[str, ...] = _section(
        _ART_15, "行业提升指标", "industry-improvement indicators", default=()
    )
    tech_breakthrough_catalogue: tuple[str, ...] = _section(
        _ART_15, "技术攻关目录", "a catalogue of technologies to be tackled", default=()
    )
    resource_sharing_list: tuple[str, ...] = _section(
        _ART_15, "资源共享清单", "a resource-sharing list", default=()
    )
    flagship_product_plan: str = _section(
        _ART_15, "标志性新产品开发计划", "a development plan for flagship new products"
    )
    further: tuple[str, ...] = attrs.field(default=(), kw_only=True)


@implements("Annex 2 §1", "Annex 2 §2", "Annex 2 §3", "Annex 2 §4", "Art. 13", "Art. 15")
@frozen
class ConsortiumPlan(_Outline):
    """The construction plan of a Consortium (Annex 2), submitted with the application (Art. 13).

    第十三条 联合体由链主型企业提出申请(联合体建设方案提纲见附件2)…… The plan also
    holds the three-year cultivation targets committed at application (Art. 15), which
    the outline covers only in part (TN A2.1).
    """

    annex: ClassVar[int] = 2

    foundation: IndustrialFoundation = _section(
        _a2(1), "产业基础和工作基础", "the industrial and work foundation", default=None
    )
    conditions: ApplicantConditions = _section(
        _a2(2),
        "申报企业的条件与优势",
        "the conditions and advantages of the applicant enterprise",
        default=None,
    )
    teams_and_startups: str = _section(
        _a2(3),
        "科创团队与初创项目引进计划目标",
        "planned targets for bringing in innovation teams and start-up projects",
    )
    breakthroughs_and_rd: str = _section(
        _a2(4),
        "技术攻关与研发投入计划目标",
        "planned targets for technology breakthroughs and R&D investment",
    )
    cultivation_targets: CultivationTargets = _section(
        _ART_15, "三年培育目标", "the three-year cultivation targets", default=None
    )


# --- Annex 3: the Innovation Center plan ---------------------------------------------


@implements("Annex 3 §2")
@frozen
class OverallApproach(_Outline):
    """Annex 3 §2 总体思路 (overall approach), items (1)-(5)."""

    guiding_ideology: str = _section(_a3(2, 1), "指导思想", "guiding ideology")
    strategic_positioning: str = _section(_a3(2, 2), "战略定位", "strategic positioning")
    principles: str = _section(_a3(2, 3), "建设原则", "construction principles")
    goals: str = _section(_a3(2, 4), "发展目标", "development goals")
    investment_plan: str = _section(_a3(2, 5), "投资方案", "investment plan")


@implements("Annex 3 §5")
@frozen
class ManagementMechanism(_Outline):
    """Annex 3 §5 管理运行机制 (management and operation mechanism), items (1) and (2)."""

    organization: str = _section(_a3(5, 1), "组织架构", "organizational structure")
    operation: str = _section(_a3(5, 2), "运行机制", "operating mechanism")


@implements(
    "Annex 3 §1",
    "Annex 3 §2",
    "Annex 3 §3",
    "Annex 3 §4",
    "Annex 3 §5",
    "Annex 3 §6",
    "Annex 3 §7",
    "Art. 18 ¶2",
)
@frozen
class CenterPlan(_Outline):
    """The construction plan of an Innovation Center (Annex 3), "one center, one plan".

    第十八条第二款 创新中心建设方案由市科技局会同依托单位以“一中心一方案”的方式提出
    (创新中心建设方案提纲见附件3)……
    """

    annex: ClassVar[int] = 3

    foundation: str = _section(
        _a3(1), "建设基础和重要意义", "the construction foundation and significance"
    )
    overall_approach: OverallApproach = _section(
        _a3(2), "总体思路", "the overall approach", default=None
    )
    layout: str = _section(_a3(3), "建设布局", "the construction layout")
    tasks: str = _section(_a3(4), "建设任务", "the construction tasks")
    management: ManagementMechanism = _section(
        _a3(5), "管理运行机制", "the management and operation mechanism", default=None
    )
    safeguards: str = _section(_a3(6), "保障措施", "the safeguard measures")
    schedule: str = _section(_a3(7), "进度安排", "the schedule")
