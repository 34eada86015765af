"""Every bad input of ``tests/bad_inputs.toml`` gets exactly the error the file states.

The same cases are run by the documentation build and shown as a table
(``docs/bad-inputs.md``); a case that fails here fails the docs build too.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from cixi_innovation.values import errors


def _runner() -> ModuleType:
    # tests/ is not a package: load the runner beside this file by its path, once.
    name = "cixi_bad_inputs_runner"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, Path(__file__).with_name("bad_inputs.py"))
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


runner = _runner()
CASES = runner.load_cases()


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_bad_input_gets_the_exact_error(case: Any) -> None:
    outcome = runner.run(case)
    assert (outcome.error, outcome.message) == (case.error, case.message)
    # and it is one of the library's own errors, never a bare TypeError or KeyError
    assert outcome.library_error, f"{outcome.error} does not derive from CixiError"
    assert getattr(errors, case.error, None) is None or issubclass(
        getattr(errors, case.error), errors.CixiError
    )


def test_there_are_at_least_forty_cases_with_known_categories_and_unique_ids() -> None:
    assert len(CASES) >= 40
    assert {c.category for c in CASES} <= set(runner.CATEGORIES)
    assert len({c.id for c in CASES}) == len(CASES)


def test_a_case_without_an_error_is_reported() -> None:
    case = runner.Case(
        id="no-error",
        category="money",
        title="a valid claim",
        call="cixi_innovation.values.money:to_money",
        args=("500000",),
        kwargs={},
        error="InvalidMoneyError",
        message="",
    )
    outcome = runner.run(case)
    assert (outcome.error, outcome.matches) == (None, False)
    assert outcome.problem() == "no-error: nothing was raised; expected InvalidMoneyError"


def test_the_chinese_edition_shows_the_chinese_text() -> None:
    case = next(c for c in CASES if c.id == "ratio-advance-share-above-one")
    assert runner.run(case).message_zh == "advance.share: '3/2' 超过运营经费补贴全额(第十条)"


def test_the_source_shown_in_the_docs_is_the_call() -> None:
    case = next(c for c in CASES if c.id == "money-grant-above-cap")
    assert case.source() == (
        "advance_payment(\n"
        "    2026,\n"
        "    on=date(2026, 1, 15),\n"
        "    granted=600000,\n"
        '    rule=AdvanceRule.share_of_grant("1/2"),\n'
        ")"
    )
