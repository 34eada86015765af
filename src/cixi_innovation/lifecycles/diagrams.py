r"""Diagrams of a lifecycle, drawn from its table: Graphviz DOT, Mermaid, a Markdown table.

The diagrams are generated from the very table that applies the events
(:class:`~cixi_innovation.lifecycles.engine.Lifecycle`), so they cannot drift from the code.
Each renders with Chinese (``"zh"``) or English (``"en"``) labels; the initial state is
entered from a start point, final states are marked (double border in DOT, an arrow to
the end point in Mermaid, "(final)" in the table), and every transition shows its event,
its condition if any, and the articles it implements.

>>> from cixi_innovation.lifecycles.complex.lifecycle import COMPLEX_LIFECYCLE
>>> print("\n".join(mermaid(COMPLEX_LIFECYCLE).splitlines()[:3]))
stateDiagram-v2
    state "application submitted" as applied
    state "feasibility review passed, consultation under way" as in_consultation
>>> print("\n".join(markdown_table(COMPLEX_LIFECYCLE, "zh").splitlines()[:3]))
| 起始状态 | 事件 | 目标状态 | 条款 |
| --- | --- | --- | --- |
| (开始) | 提出综合体建设申请 | 已提出申请(初始) | 第六条、第二条、第五条 |
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable
from typing import Any

from cixi_innovation.lifecycles._texts import not_one_of
from cixi_innovation.lifecycles.engine import Lifecycle
from cixi_innovation.lifecycles.table import Transition
from cixi_innovation.values.errors import InvalidChoiceError
from cixi_innovation.values.vocabulary import LabelledEnum, PlatformKind

__all__ = [
    "FORMATS",
    "LIFECYCLE_MODULES",
    "check_lang",
    "dot",
    "lifecycle_for",
    "markdown_table",
    "mermaid",
    "render",
]

_WORDS = {
    "zh": {
        "start": "(开始)",
        "initial": "(初始)",
        "final": "(终结)",
        "head": ("起始状态", "事件", "目标状态", "条款"),
        "sep": "、",
    },
    "en": {
        "start": "(start)",
        "initial": " (initial)",
        "final": " (final)",
        "head": ("source", "event", "target", "article"),
        "sep": ", ",
    },
}


def check_lang(lang: str) -> str:
    """Return ``lang`` if it is ``"zh"`` or ``"en"``.

    Raises:
        InvalidChoiceError: any other value.
    """
    if lang not in _WORDS:
        raise not_one_of(
            "a language", zh="可选的语言", value=lang, choices=("zh", "en"), field="lang"
        )
    return lang


_lang = check_lang

#: Where the lifecycle of each platform kind is declared.
LIFECYCLE_MODULES: dict[PlatformKind, str] = {
    PlatformKind.COMPLEX: "cixi_innovation.lifecycles.complex.lifecycle",
    PlatformKind.CONSORTIUM: "cixi_innovation.lifecycles.consortium.lifecycle",
    PlatformKind.INNOVATION_CENTER: "cixi_innovation.lifecycles.center.lifecycle",
}


def lifecycle_for(kind: PlatformKind | str) -> Lifecycle[Any, Any]:
    """The lifecycle of a platform kind (``complex``, ``consortium`` or ``center``).

    >>> lifecycle_for("complex").name
    'complex'

    Raises:
        InvalidChoiceError: an unknown kind, or a kind whose lifecycle this version lacks.
    """
    platform = PlatformKind.parse(kind, field="kind")
    path = LIFECYCLE_MODULES[platform]
    try:
        module = importlib.import_module(path)
    except ModuleNotFoundError as exc:
        if exc.name != path:  # a missing dependency of the module is a real error
            raise
        module = None
    found = [v for v in vars(module).values() if isinstance(v, Lifecycle)] if module else []
    if not found:
        raise InvalidChoiceError(
            f"the lifecycle of the {platform.en} is not available in this version",
            zh=f"本版本未提供{platform.zh}的生命周期",
            field="kind",
        )
    named = [lc for lc in found if lc.name == platform.code]
    return (named or found)[0]


def _event(t: Transition[Any], lang: str) -> str:
    text = t.event.label.render(lang)
    if t.when_label is not None:
        text += f" [{t.when_label.render(lang)}]"
    return text


def _articles(t: Transition[Any], lang: str) -> str:
    sep = str(_WORDS[lang]["sep"])
    return sep.join(c.render(lang) for c in t.articles)


def _dot_quote(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{escaped}"'


# A state's label is broken after a comma once it is longer than this many characters,
# so that the top-to-bottom layout stays about as wide as a page of text.
_WRAP_AT = 12


def _wrap(text: str) -> str:
    if len(text) <= _WRAP_AT:
        return text
    lines = [""]
    for part in re.split(r"(?<=[,，])\s*", text):
        if lines[-1] and len(lines[-1]) + len(part) > _WRAP_AT:
            lines.append("")
        lines[-1] += part
    return "\n".join(line.rstrip() for line in lines)


def _edges(lifecycle: Lifecycle[Any, Any], lang: str, numbered: bool) -> list[tuple[str, str, str]]:
    """(source, target, label) of every arrow: one per transition, or one per pair of states.

    Numbered, the transitions between the same two states share one arrow labelled with
    their numbers (the rows of :func:`markdown_table`, counted from 1), so that the many
    self-loops of a state do not pile their labels on each other.
    """
    edges: dict[tuple[str, str], list[str]] = {}
    plain: list[tuple[str, str, str]] = []
    for number, t in enumerate(lifecycle.transitions, start=1):
        source = "__start__" if t.source is None else t.source.code
        if numbered:
            edges.setdefault((source, t.target.code), []).append(str(number))
        else:
            plain.append((source, t.target.code, f"{_event(t, lang)}\n{_articles(t, lang)}"))
    if not numbered:
        return plain
    return [(source, target, ", ".join(numbers)) for (source, target), numbers in edges.items()]


def dot(lifecycle: Lifecycle[Any, Any], lang: str = "en", *, numbered: bool = False) -> str:
    r"""The lifecycle as a Graphviz ``digraph`` (render with ``dot -Tsvg``), top to bottom.

    Each arrow shows its event, its condition in brackets and its articles; with
    ``numbered=True`` it shows the numbers of its transitions instead (the rows of
    :func:`markdown_table`), a diagram that fits the width of a page.

    >>> from cixi_innovation.lifecycles.complex.lifecycle import COMPLEX_LIFECYCLE
    >>> print("\n".join(dot(COMPLEX_LIFECYCLE).splitlines()[:3]))
    digraph complex {
        graph [rankdir=TB, nodesep=0.3, ranksep=0.4, labelloc=t];
        label="industrial innovation service complex";
    >>> print(dot(COMPLEX_LIFECYCLE, "zh", numbered=True).splitlines()[-18])
        "under_construction" -> "under_construction" [label="11, 12, 17, 30, 36"];
    """
    lang = _lang(lang)
    lines = [
        f"digraph {lifecycle.name} {{",
        "    graph [rankdir=TB, nodesep=0.3, ranksep=0.4, labelloc=t];",
        f"    label={_dot_quote(lifecycle.label.render(lang))};",
        '    node [shape=box, style=rounded, fontname="Noto Sans CJK SC, sans-serif"];',
        '    edge [fontname="Noto Sans CJK SC, sans-serif", fontsize=10];',
        '    "__start__" [shape=point, width=0.15, label=""];',
    ]
    for state in lifecycle.states:
        attributes = [f"label={_dot_quote(_wrap(state.render(lang)))}"]
        if state is lifecycle.initial:
            attributes.append("penwidth=2")
        if state in lifecycle.finals:
            attributes.append("peripheries=2")
        lines.append(f"    {_dot_quote(state.code)} [{', '.join(attributes)}];")
    for source, target, label in _edges(lifecycle, lang, numbered):
        lines.append(
            f"    {_dot_quote(source)} -> {_dot_quote(target)} [label={_dot_quote(label)}];"
        )
    lines.append("}")
    return "\n".join(lines) + "\n"


def _mermaid_text(text: str) -> str:
    # ":" separates a transition from its label and '"' closes a state's description.
    return text.replace('"', "'").replace(":", "：").replace(";", "；").replace("#", "＃")


def mermaid(lifecycle: Lifecycle[Any, Any], lang: str = "en") -> str:
    """The lifecycle as a Mermaid ``stateDiagram-v2``; final states lead to ``[*]``."""
    lang = _lang(lang)
    lines = ["stateDiagram-v2"]
    lines += [f'    state "{_mermaid_text(s.render(lang))}" as {s.code}' for s in lifecycle.states]
    for t in lifecycle.transitions:
        source = "[*]" if t.source is None else t.source.code
        label = _mermaid_text(f"{_event(t, lang)} ({_articles(t, lang)})")
        lines.append(f"    {source} --> {t.target.code} : {label}")
    lines += [f"    {s.code} --> [*]" for s in lifecycle.states if s in lifecycle.finals]
    return "\n".join(lines) + "\n"


def _state(lifecycle: Lifecycle[Any, Any], state: LabelledEnum | None, lang: str) -> str:
    words = _WORDS[lang]
    if state is None:
        return str(words["start"])
    text = state.render(lang)
    if state is lifecycle.initial:
        text += str(words["initial"])
    if state in lifecycle.finals:
        text += str(words["final"])
    return text


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def markdown_table(lifecycle: Lifecycle[Any, Any], lang: str = "en") -> str:
    """The lifecycle as a Markdown table: source | event | target | article."""
    lang = _lang(lang)
    head = _WORDS[lang]["head"]
    lines = ["| " + " | ".join(head) + " |", "| --- | --- | --- | --- |"]
    for t in lifecycle.transitions:
        cells = (
            _state(lifecycle, t.source, lang),
            _event(t, lang),
            _state(lifecycle, t.target, lang),
            _articles(t, lang),
        )
        lines.append("| " + " | ".join(_cell(c) for c in cells) + " |")
    return "\n".join(lines) + "\n"


#: The diagram formats by name: ``dot``, ``mermaid`` and ``table``.
FORMATS: dict[str, Callable[[Lifecycle[Any, Any], str], str]] = {
    "dot": dot,
    "mermaid": mermaid,
    "table": markdown_table,
}


def render(lifecycle: Lifecycle[Any, Any], fmt: str = "dot", lang: str = "en") -> str:
    """Render ``lifecycle`` in the format named ``fmt`` (``dot``, ``mermaid`` or ``table``).

    Raises:
        InvalidChoiceError: an unknown format or language.
    """
    renderer = FORMATS.get(fmt)
    if renderer is None:
        raise not_one_of(
            "a diagram format", zh="可选的图表格式", value=fmt, choices=FORMATS, field="format"
        )
    return renderer(lifecycle, lang)
