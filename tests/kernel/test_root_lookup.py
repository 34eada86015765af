"""A first use of a public name reads only the stub's statement that names it."""

from __future__ import annotations

from typing import Any

import pytest

import cixi_innovation

# the root's private helpers, which its stub (what type checkers read) does not list
ci: Any = cixi_innovation


@pytest.fixture
def unread(monkeypatch: pytest.MonkeyPatch) -> None:
    """The root as in a fresh process: its table of names not read yet."""
    monkeypatch.delattr(ci, "_EXPORTS", raising=False)
    monkeypatch.delattr(ci, "__all__", raising=False)


@pytest.mark.usefixtures("unread")
def test_every_name_is_found_in_its_own_statement() -> None:
    table = ci._read_exports()
    assert len(table) == 320
    for name, module in table.items():
        assert ci._module_of(name) == module, name
    assert "_EXPORTS" not in vars(ci)


@pytest.mark.usefixtures("unread")
def test_a_name_first_seen_inside_a_longer_one() -> None:
    # "Indicator" is first read in "CoreIndicators", of the statement before its own:
    # a statement counts only when it lists the name itself
    text = ci._stub()
    assert text.find("Indicator") < text.find("import Indicator as Indicator")
    assert ci._module_of("Indicator") == "law.indicators"
    assert "_EXPORTS" not in vars(ci)


@pytest.mark.usefixtures("unread")
@pytest.mark.parametrize("word", ["checkers", "annotations"])
def test_a_word_of_the_stub_that_is_no_name(word: str) -> None:
    # "checkers" stands in the stub's docstring, before its first statement; "annotations"
    # nowhere: the whole table is read, which has neither
    assert ci._module_of(word) is None
    assert "_EXPORTS" in vars(ci)
    assert ci._module_of("MEASURES") == "law.measures"


@pytest.mark.usefixtures("unread")
def test_the_last_statement_of_the_stub() -> None:
    text = ci._stub()
    last = text.rpartition(ci._FROM)[2]
    module, names = ci._statement(last)
    assert ci._module_of(names[-1] or names[-2]) == module
