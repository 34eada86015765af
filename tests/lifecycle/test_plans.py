"""Construction plans after the outlines of Annexes 1-3 (and the Art. 15 targets)."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from typing import Any

import pytest

from cixi_innovation import (
    ApplicantConditions,
    CenterPlan,
    Citation,
    CommittedIndicator,
    ComplexPlan,
    ConsortiumPlan,
    ConstructionApproach,
    CoreIndicators,
    CultivationTargets,
    IndustrialFoundation,
    IndustryStatus,
    InputError,
    ManagementMechanism,
    MissingSectionError,
    OverallApproach,
    TargetCommitments,
)

#: output value, high-tech share, R&D intensity, R&D institution rate, invention patents
CORE = CoreIndicators(
    Decimal("120000000000.00"), Fraction(3, 10), Fraction(3, 100), Fraction(3, 5), 800
)


def complex_plan_data() -> dict[str, Any]:
    return {
        "industry_status": {"strength": "规模领先", "difficulties": "共性技术不足"},
        "approach": {"existing_foundation": "检测平台", "approach": "公开选聘依托单位"},
        "commitments": {
            "core": CORE.to_dict(),
            "further": [{"name": "服务企业数", "value": "500", "unit": "家"}],
        },
    }


def consortium_plan_data() -> dict[str, Any]:
    return {
        "foundation": {
            "track": "智能家电核心部件",
            "industry_ranking": "全国前十",
            "city_ranking": "全市第一",
            "tech_attributes": ["高企", "科技小巨人"],
            "rd_institutions": "省级企业研究院",
        },
        "conditions": {
            "overall_strength": "营收百亿",
            "rd_investment": "研发投入占比5%",
            "technological_advantages": "核心专利200项",
            "driving_effect": "带动上下游企业80家",
        },
        "teams_and_startups": "引进科创团队5个",
        "breakthroughs_and_rd": "攻关关键技术10项",
        "cultivation_targets": {
            "industry_improvement_indicators": ["行业产值增长20%"],
            "tech_breakthrough_catalogue": ["电机控制", "传感器"],
            "resource_sharing_list": ["检测设备"],
            "flagship_product_plan": "新一代变频压缩机",
        },
    }


def center_plan_data() -> dict[str, Any]:
    return {
        "foundation": "基础与意义",
        "overall_approach": {
            "guiding_ideology": "指导思想",
            "strategic_positioning": "战略定位",
            "principles": "建设原则",
            "goals": "发展目标",
            "investment_plan": "投资方案",
        },
        "layout": "建设布局",
        "tasks": "建设任务",
        "management": {"organization": "组织架构", "operation": "运行机制"},
        "safeguards": "保障措施",
        "schedule": "进度安排",
    }


def test_a_complete_complex_plan_follows_annex_1() -> None:
    plan = ComplexPlan.from_dict(complex_plan_data())
    assert plan == ComplexPlan(
        industry_status=IndustryStatus(strength="规模领先", difficulties="共性技术不足"),
        approach=ConstructionApproach(existing_foundation="检测平台", approach="公开选聘依托单位"),
        commitments=TargetCommitments(
            core=CORE, further=(CommittedIndicator(name="服务企业数", value="500", unit="家"),)
        ),
    )
    assert plan.to_dict() == complex_plan_data()
    assert plan.commitments.core.valid_invention_patents == 800


def test_the_complex_plan_outline_lists_annex_1_in_order() -> None:
    assert [c.en for c, _, _ in ComplexPlan.outline()] == [
        "Annex 1 §1",
        "Annex 1 §1(1)",
        "Annex 1 §1(2)",
        "Annex 1 §2",
        "Annex 1 §2(1)",
        "Annex 1 §2(2)",
        "Annex 1 §3",
    ]


def _without(data: dict[str, Any], path: str) -> dict[str, Any]:
    """``data`` less the section at the dotted ``path``."""
    *outer, last = path.split(".")
    section = data
    for key in outer:
        section = section[key]
    del section[last]
    return data


@pytest.mark.parametrize(
    ("plan", "path", "article", "message"),
    [
        pytest.param(
            ComplexPlan.from_dict(complex_plan_data()),
            "commitments",
            Citation.annex_section(1, 3),
            "commitments: the target commitments (目标承诺) is missing from the plan "
            "(Annex 1 §3 附件1第三部分)",
            id="complex-annex-1-section-3",
        ),
        pytest.param(
            CenterPlan.from_dict(center_plan_data()),
            "overall_approach.investment_plan",
            Citation.annex_section(3, 2, 5),
            "overall_approach.investment_plan: investment plan (投资方案) is missing from the "
            "plan (Annex 3 §2(5) 附件3第二部分(五))",
            id="center-annex-3-section-2-item-5",
        ),
        pytest.param(
            CenterPlan.from_dict(center_plan_data()),
            "schedule",
            Citation.annex_section(3, 7),
            "schedule: the schedule (进度安排) is missing from the plan (Annex 3 §7 附件3第七部分)",
            id="center-annex-3-section-7",
        ),
    ],
)
def test_a_plan_without_a_section_of_its_annex_is_refused(
    plan: ComplexPlan | CenterPlan, path: str, article: Citation, message: str
) -> None:
    data = _without(plan.to_dict(), path)
    with pytest.raises(MissingSectionError) as info:
        type(plan).from_dict(data).require_complete()
    assert info.value.articles == (article,)
    assert str(info.value) == message


def test_a_blank_item_of_annex_1_section_1_is_refused() -> None:
    data = complex_plan_data()
    data["industry_status"]["strength"] = "   "
    with pytest.raises(MissingSectionError) as info:
        ComplexPlan.from_dict(data).require_complete()
    assert info.value.field == "industry_status.strength"
    assert info.value.articles == (Citation.annex_section(1, 1, 1),)


def test_commitments_without_the_five_core_indicators_are_refused() -> None:
    with pytest.raises(MissingSectionError) as info:
        TargetCommitments().require_complete()
    assert str(info.value) == (
        "core: commitments on the five main indicators (全行业产值等五项主要指标的承诺) is "
        "missing from the plan (Annex 1 §3 附件1第三部分)"
    )


def test_a_committed_core_indicator_that_is_missing_is_named_with_its_path() -> None:
    data = complex_plan_data()
    del data["commitments"]["core"]["valid_invention_patents"]
    with pytest.raises(InputError) as info:
        ComplexPlan.from_dict(data)
    assert info.value.field == "commitments.core.valid_invention_patents"
    assert info.value.articles == (Citation.article(9),)


def test_an_unknown_section_is_refused() -> None:
    data = complex_plan_data()
    data["budget"] = "x"
    with pytest.raises(InputError) as info:
        ComplexPlan.from_dict(data)
    assert str(info.value) == (
        "budget: unknown section 'budget'; expected: industry_status, approach, commitments"
    )


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"industry_status": "text"}, "industry_status: 'text' is not a mapping"),
        (
            {"approach": {"existing_foundation": 3, "approach": "x"}},
            "approach.existing_foundation: 3 is not a text",
        ),
    ],
)
def test_ill_typed_sections_are_refused(change: dict[str, Any], message: str) -> None:
    data = {**complex_plan_data(), **change}
    with pytest.raises(InputError) as info:
        ComplexPlan.from_dict(data)
    assert str(info.value) == message


def test_a_plan_that_is_not_a_mapping_is_refused() -> None:
    with pytest.raises(InputError) as info:
        ComplexPlan.from_dict("plan")  # type: ignore[arg-type]
    assert str(info.value) == "'plan' is not a mapping"


def test_a_complete_consortium_plan_follows_annex_2_and_art_15() -> None:
    plan = ConsortiumPlan.from_dict(consortium_plan_data())
    assert plan.foundation == IndustrialFoundation(
        track="智能家电核心部件",
        industry_ranking="全国前十",
        city_ranking="全市第一",
        tech_attributes=("高企", "科技小巨人"),
        rd_institutions="省级企业研究院",
    )
    assert plan.conditions.driving_effect == "带动上下游企业80家"
    assert plan.cultivation_targets.tech_breakthrough_catalogue == ("电机控制", "传感器")
    assert plan.to_dict() == {
        **consortium_plan_data(),
        "cultivation_targets": {**consortium_plan_data()["cultivation_targets"], "further": []},
    }
    assert [c.en for c, _, _ in ConsortiumPlan.outline()] == [
        "Annex 2 §1",
        "Annex 2 §2",
        "Annex 2 §3",
        "Annex 2 §4",
        "Art. 15",
    ]


def test_cultivation_targets_without_a_resource_sharing_list_are_refused_art_15() -> None:
    with pytest.raises(MissingSectionError) as info:
        CultivationTargets(
            industry_improvement_indicators=("产值增长",),
            tech_breakthrough_catalogue=("电机",),
            flagship_product_plan="新产品",
        ).require_complete()
    assert str(info.value) == (
        "resource_sharing_list: a resource-sharing list (资源共享清单) is missing from the plan "
        "(Art. 15 第十五条)"
    )


def test_a_blank_entry_in_a_required_list_counts_as_missing_art_15() -> None:
    data = consortium_plan_data()
    data["cultivation_targets"]["tech_breakthrough_catalogue"] = ["电机", " "]
    with pytest.raises(MissingSectionError) as info:
        ConsortiumPlan.from_dict(data).require_complete()
    assert info.value.field == "cultivation_targets.tech_breakthrough_catalogue"


def test_a_single_text_is_read_as_a_list_of_one() -> None:
    data = consortium_plan_data()
    data["cultivation_targets"]["resource_sharing_list"] = "检测设备"
    plan = ConsortiumPlan.from_dict(data)
    assert plan.cultivation_targets.resource_sharing_list == ("检测设备",)


def test_a_list_holding_a_number_is_refused() -> None:
    data = consortium_plan_data()
    data["foundation"]["tech_attributes"] = ["高企", 1]
    with pytest.raises(InputError) as info:
        ConsortiumPlan.from_dict(data)
    assert str(info.value) == "foundation.tech_attributes: ['高企', 1] is not a list of texts"


def test_applicant_conditions_repeat_the_four_aspects_of_annex_2_section_2() -> None:
    with pytest.raises(MissingSectionError) as info:
        ApplicantConditions(
            overall_strength="强", rd_investment="大", technological_advantages="明显"
        ).require_complete()
    assert str(info.value) == (
        "driving_effect: driving effect (带动效应) is missing from the plan (Annex 2 §2 附件2第二部分)"
    )


def test_a_complete_center_plan_follows_the_seven_sections_of_annex_3() -> None:
    plan = CenterPlan.from_dict(center_plan_data())
    assert isinstance(plan.overall_approach, OverallApproach)
    assert plan.overall_approach.to_dict() == {
        "guiding_ideology": "指导思想",
        "strategic_positioning": "战略定位",
        "principles": "建设原则",
        "goals": "发展目标",
        "investment_plan": "投资方案",
    }
    assert plan.management == ManagementMechanism(organization="组织架构", operation="运行机制")
    assert plan.to_dict() == center_plan_data()
    assert [c.en for c, _, _ in CenterPlan.outline()] == [
        "Annex 3 §1",
        "Annex 3 §2",
        "Annex 3 §2(1)",
        "Annex 3 §2(2)",
        "Annex 3 §2(3)",
        "Annex 3 §2(4)",
        "Annex 3 §2(5)",
        "Annex 3 §3",
        "Annex 3 §4",
        "Annex 3 §5",
        "Annex 3 §5(1)",
        "Annex 3 §5(2)",
        "Annex 3 §6",
        "Annex 3 §7",
    ]


def test_a_required_list_given_as_a_number_is_refused() -> None:
    data = consortium_plan_data()
    data["cultivation_targets"]["resource_sharing_list"] = 3
    with pytest.raises(InputError) as info:
        ConsortiumPlan.from_dict(data)
    assert str(info.value) == "cultivation_targets.resource_sharing_list: 3 is not a list of texts"


def test_a_section_given_as_null_is_missing() -> None:
    data = complex_plan_data()
    data["commitments"]["core"] = None
    with pytest.raises(MissingSectionError) as info:
        ComplexPlan.from_dict(data).require_complete()
    assert info.value.field == "commitments.core"
    data = complex_plan_data()
    data["approach"] = None
    with pytest.raises(MissingSectionError) as info:
        ComplexPlan.from_dict(data).require_complete()
    assert info.value.field == "approach"
