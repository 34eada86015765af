"""The lifecycles' errors in Chinese (``error.text("zh")``): one test per module, exact texts.

Each Chinese text says what the English says, with the same values; the shapes several
modules share ("… is not a mapping", "unknown field …") are written once.
"""

from __future__ import annotations

import pickle
from datetime import date
from typing import ClassVar, Literal

import attrs
import pytest

from cixi_innovation.lifecycles.agenda import OfficeCalendar, agenda
from cixi_innovation.lifecycles.complex.entity import Complex, example_events
from cixi_innovation.lifecycles.complex.events import FeasibilityReview, RoundStart
from cixi_innovation.lifecycles.diagrams import check_lang, lifecycle_for, render
from cixi_innovation.lifecycles.documents import HistoryDocument, decode_event, entity_class
from cixi_innovation.lifecycles.events import Event
from cixi_innovation.lifecycles.plans import IndustryStatus
from cixi_innovation.lifecycles.schemas import event_schema
from cixi_innovation.lifecycles.table import Transition, check_table
from cixi_innovation.lifecycles.versions import StaleVersionError, check_version
from cixi_innovation.values.citations import Citation
from cixi_innovation.values.errors import CixiError
from cixi_innovation.values.vocabulary import Label, LabelledEnum

EVENTS = example_events()
APPLICATION = EVENTS[0].to_data()


def _zh(call: object, *args: object, **kwargs: object) -> str:
    assert callable(call)
    with pytest.raises(CixiError) as caught:
        call(*args, **kwargs)
    return caught.value.text("zh")


def test_agenda() -> None:
    assert _zh(OfficeCalendar, year_start_by=(2, 30)) == (
        "year_start_by: (2, 30) 不是每年都有的(月, 日)"
    )
    assert _zh(OfficeCalendar, mid_term_days=-1) == "mid_term_days: -1 不是天数(0 或以上)"
    assert _zh(agenda, 1, date(2025, 1, 1)) == "entity: 1 不是综合体、联合体或创新中心"


def test_diagrams() -> None:
    assert _zh(check_lang, "fr") == "lang: 'fr' 不是可选的语言;可选:zh, en"
    assert _zh(render, lifecycle_for("complex"), "svg") == (
        "format: 'svg' 不是可选的图表格式;可选:dot, mermaid, table"
    )


def test_documents() -> None:
    assert _zh(entity_class, "x") == (
        "platform_kind: 'x' 不是可选的平台类型;可选:complex, consortium, center"
    )
    assert _zh(decode_event, "complex", []) == "event: [] 不是事件字段的映射"
    assert _zh(decode_event, "complex", {**APPLICATION, "schema_version": 9}) == (
        "schema_version: 9 不是已知的事件格式版本;本库读取的版本为 1"
    )
    assert _zh(HistoryDocument.from_data, 1) == "document: 1 不是映射"
    assert _zh(HistoryDocument.from_data, {"colour": 1}) == "colour: 未知的字段 'colour'"
    assert _zh(HistoryDocument.from_data, {"schema_version": 7}) == (
        "schema_version: 7 不是已知的历史记录格式版本;本库读取的版本为 1"
    )
    document = HistoryDocument.from_data(
        {"schema_version": 1, "platform_kind": "complex", "events": [APPLICATION]}
    ).to_data()
    assert _zh(HistoryDocument.from_data, {**document, "events": []}) == (
        "events: [] 不是非空的事件列表"
    )
    assert _zh(HistoryDocument.from_data, {**document, "events": [{**APPLICATION, "x": 1}]}) == (
        "events[0].x: 未知的字段 'x';可用的字段:on, id, name, applicants, industry, "
        "leading_body, plan"
    )


def test_engine_and_schemas() -> None:
    kinds = ", ".join(Complex.lifecycle.events_by_kind)
    unknown_kind = f"kind: 'x' 不是产业创新服务综合体生命周期的事件;可选:{kinds}"
    assert _zh(decode_event, "complex", {"kind": "x"}) == unknown_kind
    assert _zh(event_schema, "complex", "x") == unknown_kind
    assert _zh(Complex.replay, []) == "events: 没有可重放的事件"
    assert _zh(Complex.replay, "abc") == "events: 'abc' 不是事件列表"
    assert _zh(Complex.replay, [1]) == "events[0]: 1 不是事件"
    assert _zh(Complex.create, EVENTS[0], measures=1) == "measures: 1 不是《办法》(第二十四条)"


def test_events() -> None:
    application = {k: v for k, v in APPLICATION.items() if k != "name"}
    assert _zh(decode_event, "complex", application) == "name: 缺少此项"
    assert _zh(decode_event, "complex", {**APPLICATION, "on": 5}) == ("on: 5 不是日期(YYYY-MM-DD)")
    assert _zh(RoundStart, date(2025, 3, 1), start="2025-03-01", targets="x") == (
        "start: '2025-03-01' 不是日期"
    )
    review = FeasibilityReview(date(2025, 3, 1), passed=True, field_meets_criteria=True)
    data = review.to_data()
    assert _zh(FeasibilityReview.from_data, {**data, "passed": "no"}) == (
        "passed: 'no' 不是 true 或 false"
    )
    assert _zh(FeasibilityReview.from_data, {**data, "kind": "x"}) == (
        "kind: 'x' 不是 'feasibility_review'"
    )
    assert _zh(Sample.from_data, {"on": "2025-03-01", "mode": "c"}) == (
        "mode: 'c' 不能读作 Literal"
    )
    assert _zh(Sample, date(2025, 3, 1), mode="c") == "mode: 'c' 不是可选值之一:a, b"
    assert _zh(Sample, date(2025, 3, 1), count=True) == "count: True 不是整数"
    assert _zh(Sample, date(2025, 3, 1), note=1) == "note: 1 不是文本"
    assert _zh(Sample, date(2025, 3, 1), notes="x") == "notes: 'x' 不是列表"
    assert _zh(Sample.from_data, {"on": "2025-03-01", "notes": "x"}) == "notes: 'x' 不是列表"
    assert _zh(Sample.from_data, {"on": "2025-03-01", "inner": 1}) == "inner: 1 不是映射"
    assert _zh(Sample.from_data, {"on": "2025-03-01", "inner": {"n": 1, "m": 2}}) == (
        "inner.m: 未知的字段 'm';可用的字段:n"
    )


@attrs.frozen
class Inner:
    n: int


@attrs.frozen
class Sample(Event):
    """An event with a field of each shape plain data can hold."""

    kind: ClassVar[str] = "sample"
    label: ClassVar[Label] = Label("sample", "样例", "sample")

    mode: Literal["a", "b"] = "a"
    count: int = 0
    note: str = ""
    notes: tuple[str, ...] = ()
    inner: Inner | None = None


def test_plans() -> None:
    assert _zh(IndustryStatus(strength="x").require_complete) == (
        "difficulties: 建设方案缺少当前产业升级存在的主要困难、短板与问题"
        "(the main difficulties, weak links and problems of industrial upgrading)"
        "(附件1第一部分(二))"
    )
    assert _zh(IndustryStatus.from_dict, {"colour": 1}) == (
        "colour: 未知的部分 'colour';可用的部分:strength, difficulties"
    )
    assert _zh(IndustryStatus.from_dict, {"strength": 1}) == "strength: 1 不是文本"
    assert _zh(IndustryStatus.from_dict, 1) == "1 不是映射"


class _Step(LabelledEnum):
    A = ("a", "甲", "a")
    B = ("b", "乙", "b")


@attrs.frozen
class _Opened(Event):
    kind: ClassVar[str] = "opened"
    id: str = "t"
    name: str = "n"


def test_a_lifecycle_table() -> None:
    cite = (Citation.article(9),)
    opened = Transition(None, _Opened, _Step.A, cite, zh="", en="")
    uncited = Transition(None, _Opened, _Step.A, (), zh="", en="")
    assert _zh(check_table, "bad", tuple(_Step), frozenset(), ()) == (
        "生命周期 'bad':须恰有一个初始状态,实有 0 个"
    )
    assert _zh(check_table, "bad", tuple(_Step), frozenset(), (uncited,)) == (
        "生命周期 'bad':转换 '[*]' --opened--> 'a' 未引用任何条款"
    )
    assert _zh(check_table, "bad", tuple(_Step), frozenset(), (opened,)) == (
        "生命周期 'bad':状态 'b' 无法从初始状态 'a' 到达"
    )


def test_versions() -> None:
    event = EVENTS[2]
    assert _zh(check_version, "1", 1, event) == "expected_version: '1' 不是整数"
    error = StaleVersionError(0, 1, event)
    assert error.text("zh") == (
        "expected_version: consultation_opinion(2025-01-25)是按版本 0 写入的,"
        "但平台现为版本 1:请重新读取后再作决定"
    )
    assert pickle.loads(pickle.dumps(error)).text("zh") == error.text("zh")
