"""Every error's Chinese text says the same thing as its English one: the same values.

The texts are the raise sites written in the package's source: a call whose first
argument is the English message and whose ``zh`` keyword is the Chinese.  The values an
f-string shows (``{value!r}``, ``{self.start}`` …) must be the same in both languages; a
value shown in one and not the other means one language says more.  Where a value is
rendered per language, ``x_zh`` stands for ``x``, ``x.zh`` for ``x.en`` and
``x.text('zh')`` for ``x``.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import cixi_innovation

PACKAGE = Path(cixi_innovation.__file__).parent

#: English grammar with no Chinese counterpart: the article before a noun ("a"/"an").
GRAMMAR = frozenset({"article"})

#: Built with a Chinese text like an error, its message after its path: a scenario's problem.
PROBLEMS = frozenset({"Problem"})


def _chain(node: ast.expr) -> str | None:
    """``a.b.c`` for a name and its attributes, else None."""
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        head = _chain(node.value)
        return None if head is None else f"{head}.{node.attr}"
    return None


def _normal(chain: str) -> str:
    parts = [part.removesuffix("_zh") for part in chain.split(".")]
    if parts[-1] == "text":  # x.text('zh') shows x
        parts.pop()
    return ".".join("en" if part == "zh" else part for part in parts)


def _values(node: ast.expr) -> list[str]:
    """The values an f-string (or a plain string: none) shows, in a normal form."""
    shown: list[str] = []
    for part in ast.walk(node):
        if isinstance(part, ast.FormattedValue):
            chains = {
                _chain(sub)
                for sub in ast.walk(part.value)
                if isinstance(sub, ast.Name | ast.Attribute)
            }
            # the longest chains only: ``self.start`` and not ``self`` too
            longest = {
                c for c in chains if c and not any(o and o.startswith(c + ".") for o in chains)
            }
            shown += sorted(_normal(c) for c in longest if c not in GRAMMAR)
            if part.conversion != -1:
                shown.append(f"!{chr(part.conversion)}")
    return sorted(shown)


def _english(call: ast.Call) -> ast.expr | None:
    """The English text of a call, written as a string: its message.

    An error's message is its first argument; a problem's is its second, after the path.
    """
    name = _chain(call.func)
    index = 1 if name is not None and name.rsplit(".", 1)[-1] in PROBLEMS else 0
    text = call.args[index] if len(call.args) > index else None
    if isinstance(text, ast.JoinedStr) or (
        isinstance(text, ast.Constant) and isinstance(text.value, str)
    ):
        return text
    return None


def _sites() -> list[tuple[str, ast.expr, ast.expr]]:
    sites: list[tuple[str, ast.expr, ast.expr]] = []
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and node.args:
                zh = next((k.value for k in node.keywords if k.arg == "zh"), None)
                en = _english(node)
                if zh is not None and en is not None:
                    where = f"{path.relative_to(PACKAGE)}:{node.lineno}"
                    sites.append((where, en, zh))
    return sites


SITES = _sites()


def test_the_sites_are_found() -> None:
    # the values, dates, money, citations and decisions layers at least
    assert len(SITES) >= 30


@pytest.mark.parametrize(("where", "en", "zh"), SITES, ids=[s[0] for s in SITES])
def test_the_same_values_in_both_languages(where: str, en: ast.expr, zh: ast.expr) -> None:
    assert _values(zh) == _values(en), where


def test_a_value_missing_in_chinese_is_caught() -> None:
    call = ast.parse('E(f"{value!r} is {what}", zh=f"{value!r} 不是")').body[0]
    assert isinstance(call, ast.Expr)
    assert isinstance(call.value, ast.Call)
    en, zh = call.value.args[0], call.value.keywords[0].value
    assert _values(en) == ["!r", "value", "what"]
    assert _values(zh) == ["!r", "value"]


def test_the_forms_of_one_value_in_each_language() -> None:
    en = ast.parse("f'{where} {reason.en} {exc}'", mode="eval").body
    zh = ast.parse("f\"{where_zh} {reason.zh} {exc.text('zh')}\"", mode="eval").body
    assert _values(zh) == _values(en) == ["exc", "reason.en", "where"]


def _error_names() -> frozenset[str]:
    """The names of the error classes of the package that are given their texts.

    CixiError and its subclasses, but for those whose constructor takes no ``zh``: they
    write both texts themselves from bilingual parts (a refusal from its reason), and
    their tests check those texts.
    """
    import importlib
    import inspect
    import pkgutil

    from cixi_innovation.values.errors import CixiError

    for module in pkgutil.walk_packages(cixi_innovation.__path__, "cixi_innovation."):
        importlib.import_module(module.name)
    names: set[str] = set()
    todo: list[type[BaseException]] = [CixiError]
    while todo:
        cls = todo.pop()
        if "zh" in inspect.signature(cls).parameters:
            names.add(cls.__name__)
        todo += cls.__subclasses__()
    return frozenset(names)


#: The layers whose every error is written in both languages.  A layer joins when the
#: last of its errors has its Chinese text.
BILINGUAL_LAYERS = ("values", "law", "lifecycles", "rules", "scenarios")

#: Built from what others say in both languages: a ScenarioError, from its problems.
SAID_BY_OTHERS = frozenset({"ScenarioError"})


def _untranslated(root: Path, errors: frozenset[str]) -> list[str]:
    """The places below ``root`` that build an error or a problem with no ``zh`` text."""
    places: list[str] = []
    for path in sorted(root.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = _chain(node.func)
            built = None if name is None else name.rsplit(".", 1)[-1]
            if built not in (errors | PROBLEMS) - SAID_BY_OTHERS:
                continue
            keywords = {k.arg for k in node.keywords}
            if "zh" not in keywords and None not in keywords:  # ``**kwargs`` passes it on
                places.append(f"{path.relative_to(root)}:{node.lineno}")
    return places


@pytest.mark.parametrize("layer", BILINGUAL_LAYERS)
def test_every_error_of_the_layer_has_its_chinese_text(layer: str) -> None:
    assert _untranslated(PACKAGE / layer, _error_names()) == []


def test_an_error_with_no_chinese_text_is_found(tmp_path: Path) -> None:
    errors = _error_names()
    assert {"CixiError", "InputError", "LifecycleDefinitionError"} <= errors
    assert not {"EventRefusedError", "EventOrderError", "StaleVersionError"} & errors
    (tmp_path / "m.py").write_text(
        'raise InputError("no", field="x")\n'
        'raise errors.InputError("no", zh="不", field="x")\n'
        "raise InputError(**texts)\n"
        'raise ValueError("not ours")\n'
        'error = MissingInputError("no")\n'
        'Problem("a.b", "is missing")\n'
        'Problem("a.b", "is missing", zh="缺少此项")\n'
        "raise ScenarioError(problems)\n",
        encoding="utf-8",
    )
    assert _untranslated(tmp_path, errors) == ["m.py:1", "m.py:5", "m.py:6"]


def test_a_problem_is_checked_on_its_message_not_its_path() -> None:
    call = ast.parse('Problem(path, f"{value!r} is not", zh=f"{value!r} 不是")').body[0]
    assert isinstance(call, ast.Expr)
    assert isinstance(call.value, ast.Call)
    en = _english(call.value)
    assert en is call.value.args[1]
    assert _values(en) == ["!r", "value"]
    assert _english(ast.parse("E(path, 1)", mode="eval").body) is None  # type: ignore[arg-type]
    assert _english(ast.parse("Problem(path)", mode="eval").body) is None  # type: ignore[arg-type]
