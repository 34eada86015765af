"""The bilingual vocabulary of the Measures."""

from __future__ import annotations

import pytest

from cixi_innovation.values.assessments import AssessmentResult, Consequence, PerformanceGrade
from cixi_innovation.values.bodies import TaskGroupUnit
from cixi_innovation.values.errors import InvalidChoiceError
from cixi_innovation.values.vocabulary import Label, Level, PlatformKind


def test_three_platform_kinds_art_1_to_4() -> None:
    assert [(k.code, k.zh) for k in PlatformKind] == [
        ("complex", "产业创新服务综合体"),
        ("consortium", "企业创新联合体"),
        ("center", "产业技术创新中心"),
    ]


def test_ningbo_or_above_is_inclusive_tn_8_8() -> None:
    assert [lv.ningbo_or_above for lv in Level] == [False, True, True, True]


def test_the_seven_task_group_units_art_6() -> None:
    # as Art. 6 lists them, in its order
    assert "、".join(u.zh for u in TaskGroupUnit) == (
        "市发改局、市经信局、市教育局、市财政局、市商务局、市市场监管局、市金融发展服务中心"
    )
    assert len(TaskGroupUnit) == 7


def test_results_and_grades() -> None:
    assert [r.zh for r in AssessmentResult] == ["合格", "不合格"]
    assert PerformanceGrade.POOR.zh == "差"
    assert Consequence.ELIMINATE.render("zh") == "予以淘汰,不再列入创建名单"
    assert Consequence.ELIMINATE.render("en") == "eliminated, no longer on the creation list"
    assert str(Consequence.TERMINATE_SUPPORT) == "policy support terminated"


@pytest.mark.parametrize("value", ["ningbo", "NINGBO", "宁波市级", Level.NINGBO])
def test_parse_by_code_name_or_chinese_label(value: object) -> None:
    assert Level.parse(value) is Level.NINGBO


def test_parse_refuses_unknown_values_listing_the_choices() -> None:
    with pytest.raises(InvalidChoiceError) as info:
        PlatformKind.parse("park", field="platforms[0].kind")
    assert str(info.value) == (
        "platforms[0].kind: 'park' is not a platform kind; choose one of: complex, consortium, center"
    )
    with pytest.raises(InvalidChoiceError) as info2:
        AssessmentResult.parse(3)
    assert str(info2.value) == (
        "assessment result: 3 is not an assessment result; choose one of: qualified, unqualified"
    )


def test_labels() -> None:
    label = Label("granted", "予以补助", "granted")
    assert label.render("zh") == "予以补助"
    assert str(label) == "granted"
