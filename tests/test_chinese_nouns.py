"""The Chinese texts of errors name things in Chinese, not with English nouns.

The texts are those of a representative set of bad inputs: every case of
``tests/bad_inputs.toml``, the malformed scenario documents and parts of
``tests/scenario``.  Left in ASCII are only what the user wrote or reads in a file:
codes, paths, keys, file names, numbers, dates and the values given (quoted or as
their Python form).
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import sys
from collections.abc import Iterator

import pytest
from tests.bad_inputs import load_cases, run
from tests.scenario.documents import changed, data
from tests.scenario.test_scenario_edges import MALFORMED_DATA, MALFORMED_PARTS, WRONG_VALUES

import cixi_innovation
from cixi_innovation.law.measures import ForceCheck
from cixi_innovation.law.nouns import TYPE_NOUNS, type_noun, type_nouns
from cixi_innovation.scenarios.horizon import Horizon
from cixi_innovation.scenarios.platforms import ComplexSpec, ConsortiumSpec
from cixi_innovation.scenarios.problems import ScenarioError
from cixi_innovation.scenarios.scenario import Scenario
from cixi_innovation.values.assessments import AssessmentResult
from cixi_innovation.values.errors import CixiError, InvalidChoiceError
from cixi_innovation.values.vocabulary import LabelledEnum, Level

#: What a user typed, shown as such: quoted texts, Python forms such as
#: ``Decimal('1.5')`` or ``<object object at 0x...>``.
_GIVEN = re.compile(r"'[^']*'|\"[^\"]*\"|<[^<>]*>|\b[\w.]+\((?:[^()]|\([^()]*\))*\)")
#: Codes: the formats of the dates and days a file holds, dotted names of the library's
#: API (``AdvanceRule.fixed_amount``), Python's own values and types a caller writes, and
#: the formats of the files.
_CODES = re.compile(
    r"\b(?:YYYY-MM-DD|MM-DD|YYYY|None|True|False|NoneType|Fraction|Decimal|JSON|TOML)\b"
    r"|\b\w+(?:\.\w+)+"
)
#: Errors that quote a text of another library (the JSON parser's own message).
_QUOTING = frozenset({"decision-not-json"})
#: An English noun: a capitalised word (a type name: ``Horizon``), or two words in a row
#: (``force check``); codes and paths are one lower-case word each (``platform_kind``).
_ENGLISH = re.compile(r"\b[A-Z][a-zA-Z]+\b|\b[a-z]{2,} [a-z]{2,}\b")


def english_nouns(text: str) -> list[str]:
    """The English nouns left in the Chinese ``text``, once what the user gave is removed."""
    return _ENGLISH.findall(_CODES.sub("", _GIVEN.sub("", text)))


def _zh(error: CixiError) -> Iterator[str]:
    if isinstance(error, ScenarioError):
        yield from (p.message_in("zh") for p in error.problems)
    else:
        assert error.zh is not None, str(error)
        yield error.zh


def _raised(build: object) -> CixiError:
    assert callable(build)
    with pytest.raises(CixiError) as caught:
        build()
    return caught.value


def _texts() -> Iterator[tuple[str, str]]:
    for case in load_cases():
        outcome = run(case)
        assert outcome.message is not None, case.id
        assert outcome.message_zh is not None, case.id
        # the field, a path or key, is the same in both languages
        field, colon, _ = outcome.message.partition(": ")
        zh = outcome.message_zh.removeprefix(f"{field}: " if colon else "")
        if case.id not in _QUOTING:
            yield case.id, zh
    for param in MALFORMED_DATA:
        changes, _ = param.values
        error = _raised(lambda c=changes: Scenario.from_data(changed(data(), c)))
        yield from ((str(param.id), zh) for zh in _zh(error))
    for name, (build, _) in {**MALFORMED_PARTS, **WRONG_VALUES}.items():
        yield from ((name, zh) for zh in _zh(_raised(build)))


def test_no_chinese_text_names_a_thing_in_english() -> None:
    found = {f"{where}: {text}" for where, text in _texts() if english_nouns(text)}
    assert sorted(found) == []


@pytest.mark.parametrize(
    ("text", "nouns"),
    [
        ("'maybe' 不是可选的 force check;可选:refuse, flag", ["force check"]),
        ("'2025-2029' 不是 Horizon", ["Horizon"]),
        ("platforms[0].events[1]: 略去events[0]后,不是 'Some Value' 或 Decimal('1.5')", []),
        ("'x' 不是日期(YYYY-MM-DD);可选:refuse, flag;请选 zh 或 en", []),
    ],
)
def test_the_scan_finds_english_nouns_and_nothing_else(text: str, nouns: list[str]) -> None:
    assert english_nouns(text) == nouns


def _enumerations() -> list[type[LabelledEnum]]:
    """Every enumeration of the library's choices."""
    for module in pkgutil.walk_packages(cixi_innovation.__path__, "cixi_innovation."):
        importlib.import_module(module.name)
    found: list[type[LabelledEnum]] = []
    todo = list(LabelledEnum.__subclasses__())
    while todo:
        cls = todo.pop()
        todo += cls.__subclasses__()
        if cls.__module__.startswith("cixi_innovation."):
            found.append(cls)
    return found


def test_every_enumeration_of_the_library_has_a_chinese_noun() -> None:
    enumerations = _enumerations()
    assert len(enumerations) >= 41
    assert [
        cls.__name__ for cls in enumerations if english_nouns(cls.noun) or cls.noun == "值"
    ] == []


@pytest.mark.parametrize(
    ("cls", "value", "zh"),
    [
        (Level, "x", "level: 'x' 不是可选的级别;可选:cixi, ningbo, provincial, national"),
        (
            AssessmentResult,
            "excellent",
            "assessment result: 'excellent' 不是可选的考核结果;可选:qualified, unqualified",
        ),
        (
            ForceCheck,
            "maybe",
            "force check: 'maybe' 不是可选的有效期外的处理方式;可选:refuse, flag",
        ),
    ],
)
def test_a_choice_error_names_the_choice_in_chinese(
    cls: type[LabelledEnum], value: str, zh: str
) -> None:
    with pytest.raises(InvalidChoiceError) as caught:
        cls.parse(value)
    assert caught.value.text("zh") == zh


def test_an_enumeration_without_a_noun_is_a_value() -> None:
    class Colour(LabelledEnum):
        RED = ("red", "红", "red")

    with pytest.raises(InvalidChoiceError) as caught:
        Colour.parse("blue", field="colour")
    assert caught.value.text("zh") == "colour: 'blue' 不是可选的值;可选:red"


def test_the_chinese_names_of_types() -> None:
    assert (type_noun(Horizon), type_noun("Scenario"), type_noun("Unnamed")) == (
        "模拟期",
        "情景",
        "Unnamed",
    )
    assert type_nouns((ComplexSpec, ConsortiumSpec)) == "综合体设定或联合体设定"
    # each name is a class of the library (or Python's own)
    classes = {
        cls.__name__
        for module in list(sys.modules.values())
        if module.__name__.startswith("cixi_innovation.")
        for cls in vars(module).values()
        if isinstance(cls, type)
    }
    assert sorted(set(TYPE_NOUNS) - classes - {"dict"}) == []
