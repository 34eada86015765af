"""Every reason template says the same thing in Chinese and English: the same parameters.

The templates are the ``zh``/``en`` pairs written in the package's source: the keyword
arguments of ``Reason.of`` (and of the lifecycles' note and guard tables), the positional
texts of ``Reason(citations, zh, en, params)``, and ``zh, en = (…, …)`` pairs.  A
parameter in one language and not in the other means one language says more (issue 14).
"""

from __future__ import annotations

import ast
import string
from pathlib import Path
from typing import Any

import pytest

import cixi_innovation
from cixi_innovation.lifecycles.engine import Lifecycle

PACKAGE = Path(cixi_innovation.__file__).parent
LAYERS = ("rules", "lifecycles")


def _text(node: ast.expr) -> str | None:
    """The string a node always holds (literals and their concatenations), else None."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _text(node.left), _text(node.right)
        if left is not None and right is not None:
            return left + right
        # a literal plus an optional suffix chosen at run time: the literal part
        return left if left is not None else right
    return None


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def _pairs(tree: ast.AST) -> list[tuple[int, ast.expr, ast.expr]]:
    pairs: list[tuple[int, ast.expr, ast.expr]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            kw = {k.arg: k.value for k in node.keywords if k.arg}
            if "zh" in kw and "en" in kw:
                pairs.append((node.lineno, kw["zh"], kw["en"]))
            name = node.func.id if isinstance(node.func, ast.Name) else None
            if name == "Reason" and len(node.args) >= 3:
                pairs.append((node.lineno, node.args[1], node.args[2]))
        if (
            isinstance(node, ast.Assign)
            and isinstance(node.targets[0], ast.Tuple)
            and [getattr(t, "id", None) for t in node.targets[0].elts] == ["zh", "en"]
            and isinstance(node.value, ast.Tuple)
        ):
            pairs.append((node.lineno, node.value.elts[0], node.value.elts[1]))
    return pairs


def _templates() -> list[tuple[str, str, str]]:
    found: list[tuple[str, str, str]] = []
    for layer in LAYERS:
        for path in sorted((PACKAGE / layer).rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for line, zh_node, en_node in _pairs(tree):
                zh, en = _text(zh_node), _text(en_node)
                if zh is not None and en is not None:
                    place = path.relative_to(PACKAGE).as_posix()
                    found.append((f"{place}:{line}", zh, en))
    return found


TEMPLATES = _templates()


def test_the_templates_are_found_in_both_layers() -> None:
    where = {place.split("/")[0] for place, _, _ in TEMPLATES}
    assert where == set(LAYERS)
    assert len(TEMPLATES) > 100


@pytest.mark.parametrize(("place", "zh", "en"), TEMPLATES, ids=[t[0] for t in TEMPLATES])
def test_zh_and_en_carry_the_same_parameters(place: str, zh: str, en: str) -> None:
    assert _fields(zh) == _fields(en), place


# --- the lifecycle tables, as built ----------------------------------------------------
# Rows built in loops or from shared texts are checked as the tables hold them, with their
# labels; a reading named in one language is named in the other.


def _lifecycle_texts() -> list[tuple[str, str, str]]:
    from cixi_innovation.lifecycles.center.lifecycle import CENTER_LIFECYCLE
    from cixi_innovation.lifecycles.complex.lifecycle import COMPLEX_LIFECYCLE
    from cixi_innovation.lifecycles.consortium.lifecycle import CONSORTIUM_LIFECYCLE

    found: dict[tuple[str, str], str] = {}
    lifecycles: tuple[Lifecycle[Any, Any], ...] = (
        COMPLEX_LIFECYCLE,
        CONSORTIUM_LIFECYCLE,
        CENTER_LIFECYCLE,
    )
    for lifecycle in lifecycles:
        for i, t in enumerate(lifecycle.transitions, 1):
            where = f"{lifecycle.name}#{i}"
            labels = [label for label in (t.outcome, t.when_label) if label is not None]
            texts = [(t.zh, t.en), *((g.zh, g.en) for g in t.guards)]
            texts += [(label.zh, label.en) for label in labels]
            for pair in texts:
                found.setdefault(pair, where)
        for event_type in lifecycle.event_types:
            found.setdefault((event_type.label.zh, event_type.label.en), event_type.kind)
    return [(where, zh, en) for (zh, en), where in found.items()]


LIFECYCLE_TEXTS = _lifecycle_texts()


def _names_a_reading(text: str) -> bool:
    bare = "".join(literal for literal, _, _, _ in string.Formatter().parse(text))
    return any(word in bare for word in ("reading", "理解", "解读"))


def test_the_lifecycle_tables_hold_their_texts_with_the_labels() -> None:
    assert len(LIFECYCLE_TEXTS) > 150


@pytest.mark.parametrize(
    ("place", "zh", "en"), LIFECYCLE_TEXTS, ids=[t[0] for t in LIFECYCLE_TEXTS]
)
def test_a_lifecycle_text_says_the_same_in_zh_and_en(place: str, zh: str, en: str) -> None:
    assert _fields(zh) == _fields(en), place
    assert _names_a_reading(zh) == _names_a_reading(en), place


def test_the_complex_approval_names_the_reading_of_tn_6_3_in_both_languages() -> None:
    from cixi_innovation.lifecycles.complex.lifecycle import COMPLEX_LIFECYCLE

    (approval,) = [
        t
        for t in COMPLEX_LIFECYCLE.transitions
        if t.outcome is not None and t.outcome.code == "approved"
    ]
    assert approval.zh == (
        "{on}市政府分管领导审定通过;本办法未界定建设单位,按“经审定的申请单位即为建设单位”"
        "的理解处理。"
    )
    assert approval.en == (
        "On {on} the leader in charge approves the Complex; the Measures do not define the "
        "construction unit, and under the reading taken the approved applicants are its "
        "construction unit."
    )
