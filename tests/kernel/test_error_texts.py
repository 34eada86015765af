"""Each error reads in Chinese and English (``error.text``), and keeps both when pickled.

One test per module of errors with their exact Chinese texts.
"""

from __future__ import annotations

import pickle
from datetime import date, datetime

import pytest

from cixi_innovation.lifecycles.complex.events import FeasibilityReview
from cixi_innovation.lifecycles.refusals import EventRefusedError
from cixi_innovation.values.citations import Citation
from cixi_innovation.values.dates import Period
from cixi_innovation.values.days import to_date
from cixi_innovation.values.decisions import Decision, Reason
from cixi_innovation.values.errors import CixiError, InputError, MissingInputError
from cixi_innovation.values.money import to_money, to_ratio
from cixi_innovation.values.vocabulary import Label, PlatformKind


def _zh(call: object, *args: object, **kwargs: object) -> str:
    assert callable(call)
    with pytest.raises(CixiError) as caught:
        call(*args, **kwargs)
    return caught.value.text("zh")


class TestTheError:
    def test_both_languages_with_field_and_articles(self) -> None:
        error = InputError(
            "bad", zh="不对", field="x", article=(Citation.article(8), Citation.article(8, 2))
        )
        assert error.text("zh") == "x: 不对(第八条、第八条第二款)"
        assert error.text("en") == str(error) == "x: bad (Art. 8 第八条, Art. 8 ¶2 第八条第二款)"
        assert error.text() == str(error)
        assert InputError("bad", zh="不对").text("zh") == "不对"

    def test_english_where_no_chinese_is_written_yet(self) -> None:
        error = InputError("bad", field="x")
        assert error.zh is None
        assert error.text("zh") == error.text("en") == "x: bad"

    def test_pickling_keeps_the_chinese(self) -> None:
        error = MissingInputError("need it", zh="需要", field="r", article=Citation.article(20))
        copy = pickle.loads(pickle.dumps(error))
        assert type(copy) is MissingInputError
        assert (copy.zh, copy.text("zh"), str(copy)) == (
            "需要",
            "r: 需要(第二十条)",
            "r: need it (Art. 20 第二十条)",
        )


def test_money() -> None:
    assert _zh(to_money, True, field="a") == "a: True 是布尔值,不是金额"
    assert _zh(to_money, "x", field="a") == "a: 'x' 不是以元计的金额"
    assert _zh(to_money, [1], field="a") == (
        "a: [1](list)不是金额;请以整数、字符串或 Decimal(元)给出"
    )
    assert _zh(to_money, "NaN", field="a") == "a: 'NaN' 不是有限的金额"
    assert _zh(to_money, 10**16, field="a") == (
        "a: 10000000000000000 超出可处理的最大金额(1,000,000,000,000,000 元)"
    )
    assert _zh(to_money, -1, field="a") == "a: -1 为负数;此处金额须 ≥ 0 元"
    assert _zh(to_money, "1.234", field="a", article=Citation.article(10)) == (
        "a: '1.234' 的小数超过两位;金额以分(0.01 元)为单位(第十条)"
    )
    assert _zh(to_ratio, "x", field="r") == "r: 'x' 不是比例(例如 '1/3'、'0.5' 或 '50%')"


def test_days_and_periods() -> None:
    assert _zh(to_date, "2023-02-30", field="on") == "on: '2023-02-30' 不是日期(YYYY-MM-DD)"
    assert _zh(to_date, datetime(2025, 1, 2, 3, 4), field="on") == (
        "on: datetime.datetime(2025, 1, 2, 3, 4) 是日期时间;请给出日期(YYYY-MM-DD)"
    )
    assert _zh(Period, date(2025, 3, 1), date(2025, 3, 1)) == (
        "end: 期间须在开始之后结束,实为 [2025-03-01, 2025-03-01)"
    )


def test_citations() -> None:
    assert _zh(Citation.article, 25) == "《办法》共有第 1 至 24 条,没有第 25 条"
    assert _zh(Citation.article, 10, 9) == "第 10 条没有第 9 款"
    assert _zh(Citation.annex_section, 4, 1) == "《办法》共有附件 1 至 3,没有附件 4"
    assert _zh(Citation.parse, "Art. x") == "'Art. x' 不是《办法》的条款引用(例如 'Art. 10 ¶2')"


def test_vocabulary() -> None:
    assert _zh(PlatformKind.parse, "x", field="kind") == (
        "kind: 'x' 不是可选的平台类型;可选:complex, consortium, center"
    )


def test_decisions() -> None:
    decision = Decision(rule="r", on=date(2025, 1, 1), outcome=Label("ok", "通过", "passed"))
    assert _zh(decision.amount, "x") == "x: 决定 r 没有金额 'x'(其金额:无)"
    assert _zh(decision.replace, colour=1).startswith("colour: 决定没有字段 'colour'(其字段:rule、")
    assert _zh(Decision.from_dict, {}) == "schema_version: 不支持的决定格式版本 None(应为 '1')"
    bad_amount = {**decision.to_dict(), "amounts": {"a": "1.234"}}
    assert _zh(Decision.from_dict, bad_amount) == (
        "不是决定文档:amounts.a: '1.234' 的小数超过两位;金额以分(0.01 元)为单位"
    )
    assert _zh(Decision.from_json, "[" * 100_000) == "不是 JSON:嵌套过深"
    assert _zh(Decision.from_json, "{").startswith("不是 JSON:Expecting property name")
    assert _zh(Decision.from_dict, {"schema_version": "1"}) == "不是决定文档:KeyError('outcome')"


def test_a_refused_event_in_both_languages() -> None:
    reason = Reason((Citation.article(5),), "不行。", "no.")
    event = FeasibilityReview(date(2025, 3, 1), passed=True, field_meets_criteria=True)
    error = EventRefusedError(None, event, reason)
    assert (
        error.text("zh")
        == "feasibility_review(2025-03-01)在无状态(尚未设立)下不被接受:不行。(第五条)"
    )
    assert pickle.loads(pickle.dumps(error)).text("zh") == error.text("zh")


def test_the_law() -> None:
    from cixi_innovation.law.indicators import CoreIndicators
    from cixi_innovation.law.measures import MEASURES
    from cixi_innovation.law.open_inputs import require
    from cixi_innovation.law.parameters import Parameters
    from cixi_innovation.law.readings import Readings

    assert _zh(MEASURES.check_in_force, date(2024, 12, 24), field="on") == (
        "on: 2024-12-24 不在《办法》施行期间 [2024-12-25, 2029-12-25) 之内(第二十四条)"
    )
    assert _zh(require, "matching_ratio", None) == (
        "matching_ratio: 市级经费配套的“一定比例”未作规定;请提供(第二十条)"
    )
    assert _zh(Parameters().replace, remuneration_cap_share="3/2") == (
        "remuneration_cap_share: '3/2' 大于 1(第十条)"
    )
    assert _zh(Parameters().replace, colour=1) == (
        "colour: 未知的参数 colour;已知参数:" + "、".join(Parameters.__annotations__)
    )
    assert _zh(Parameters.info, "colour") == "colour: 未知的参数 'colour'"
    assert _zh(CoreIndicators.from_dict, []) == "[] 不是五项核心指标的映射(第九条)"
    assert _zh(Readings().replace, colour="a").startswith("colour: 'colour' 不是可选的解读;可选:")


def test_the_rules() -> None:
    from cixi_innovation.rules._common import intake_measures, intake_parameters
    from cixi_innovation.rules.consortium_support import TriggerTerms
    from cixi_innovation.rules.overlap import overlap_groups

    assert _zh(intake_measures, 1) == "measures: 1 不是 Measures(《办法》)(第二十四条)"
    assert _zh(intake_parameters, 1, article=Citation.article(10)) == (
        "parameters: 1 不是 Parameters(参数)(第十条)"
    )
    assert _zh(overlap_groups, []) == "candidates: 请至少给出一个候选项(第二十三条)"
    assert _zh(TriggerTerms.rate_of_cost("1/2").subsidy, None) == (
        "eligible_cost: 补助标准按合规成本的比例给出;请提供合规成本(第十六条)"
    )
    assert _zh(TriggerTerms, amount=1, cap=2) == (
        "schedule.cap: 上限须与按合规成本计的比例一并给出(第十六条)"
    )


def test_an_error_raised_again_under_another_field_keeps_its_chinese() -> None:
    from cixi_innovation.rules._common import choice

    assert _zh(choice, PlatformKind, "x", field="kind", article=Citation.article(1)) == (
        "kind: 'x' 不是可选的平台类型;可选:complex, consortium, center(第一条)"
    )
