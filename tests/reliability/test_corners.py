"""Corners of the kernel that the behaviour tests elsewhere do not reach.

Each test names the behaviour it pins down; together with the rest of the suite they
keep branch coverage of ``src`` at 100%.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from cixi_innovation.law import articles
from cixi_innovation.law.articles import ANNEXES
from cixi_innovation.law.registry import Registry
from cixi_innovation.lifecycles.complex.entity import Complex, example_events
from cixi_innovation.values.citations import Citation
from cixi_innovation.values.decisions import Decision, Reason
from cixi_innovation.values.vocabulary import Label


def test_every_annex_item_cites_itself() -> None:
    items = [
        (item.citation, (annex.number, section.number, item.number))
        for annex in ANNEXES.values()
        for section in annex.sections
        for item in section.items
    ]
    assert [c.en for c, _ in items] == [
        "Annex 1 §1(1)",
        "Annex 1 §1(2)",
        "Annex 1 §2(1)",
        "Annex 1 §2(2)",
        "Annex 3 §2(1)",
        "Annex 3 §2(2)",
        "Annex 3 §2(3)",
        "Annex 3 §2(4)",
        "Annex 3 §2(5)",
        "Annex 3 §5(1)",
        "Annex 3 §5(2)",
    ]
    assert all(c == Citation.annex_section(*numbers) for c, numbers in items)


def test_an_article_data_file_of_another_format_is_refused_by_name() -> None:
    with pytest.raises(RuntimeError) as caught:
        articles._parse({"format": 2})
    assert str(caught.value) == "articles.json: unsupported format 2"


@pytest.mark.parametrize(
    ("spec", "zh", "en"),
    [
        ("yuan", "1,234,567.80 元", "CNY 1,234,567.80"),
        ("wan", "123.45678 万元", "123.45678 wan yuan"),
        ("money", "1,234,567.80 元(123.45678 万元)", "CNY 1,234,567.80"),
    ],
)
def test_a_reason_formats_amounts_in_yuan_wan_or_money(spec: str, zh: str, en: str) -> None:
    reason = Reason.of((), zh=f"{{x:{spec}}}", en=f"{{x:{spec}}}", x=Decimal("1234567.80"))
    assert (reason.zh, reason.en) == (zh, en)


def test_histories_of_the_same_events_are_not_unequal() -> None:
    events = example_events()
    one, other = Complex.replay(events), Complex.replay(events)
    shorter = Complex.replay(events[:-1])
    log: Any = one._log
    assert log is not other._log
    assert (log != other._log, log == other._log) == (False, True)
    assert (log != shorter._log, log == shorter._log) == (True, False)
    assert log.__ne__("a history") is NotImplemented


def test_registering_a_name_again_keeps_the_new_note_when_the_first_had_none() -> None:
    registry = Registry()
    registry.register("pkg.mod.rule", "Art. 10")
    entry = registry.register("pkg.mod.rule", "Art. 11", note="the inspection")
    assert (entry.note, [c.en for c in entry.citations]) == (
        "the inspection",
        ["Art. 10", "Art. 11"],
    )


def test_a_decision_read_back_keeps_the_outcome_label_in_both_languages() -> None:
    decision = Decision(
        "example.rule",
        date(2026, 3, 1),
        Label("granted", "按申请额核定", "granted as requested"),
        {"granted": Decimal("1.00")},
    )
    loaded = Decision.from_json(decision.to_json())
    assert loaded.outcome == Label("granted", "按申请额核定", "granted as requested")
    assert loaded.explain("zh") == ("2026-03-01 example.rule: 按申请额核定\n  granted: 1.00 元")
