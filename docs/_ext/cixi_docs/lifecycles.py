"""The lifecycle diagrams and transition tables, drawn from the library's own tables.

The DOT text comes from :func:`cixi_innovation.lifecycles.diagrams.dot` and is rendered to SVG by
``sphinx.ext.graphviz``; the tables are :func:`cixi_innovation.lifecycles.diagrams.markdown_table`.
Both read the very :class:`~cixi_innovation.lifecycles.engine.Lifecycle` that applies events.
"""

from __future__ import annotations

from cixi_docs.markdown import fence, ref, tr
from cixi_innovation.lifecycles import diagrams
from cixi_innovation.values.errors import InvalidChoiceError
from cixi_innovation.values.vocabulary import PlatformKind

_ENTITY = {
    PlatformKind.COMPLEX: "cixi_innovation.lifecycles.complex.entity.Complex",
    PlatformKind.CONSORTIUM: "cixi_innovation.lifecycles.consortium.entity.Consortium",
    PlatformKind.INNOVATION_CENTER: "cixi_innovation.lifecycles.center.entity.InnovationCenter",
}
_TABLE = {
    PlatformKind.COMPLEX: "cixi_innovation.lifecycles.complex.lifecycle.COMPLEX_LIFECYCLE",
    PlatformKind.CONSORTIUM: "cixi_innovation.lifecycles.consortium.lifecycle.CONSORTIUM_LIFECYCLE",
    PlatformKind.INNOVATION_CENTER: "cixi_innovation.lifecycles.center.lifecycle.CENTER_LIFECYCLE",
}
_LANGS = {"en": "English", "zh": "中文"}


def _numbered(table: str) -> str:
    """A Markdown table with a first column "#" counting its rows from 1."""
    lines = table.splitlines()
    out = [f"| # {lines[0]}", f"| --- {lines[1]}"]
    out += [f"| {number} {line}" for number, line in enumerate(lines[2:], start=1)]
    return "\n".join(out) + "\n"


def lifecycle(kind: str, lang: str = "en") -> str:
    """The section of one platform kind: a diagram and its numbered table per language.

    The build's language comes first; each arrow of a diagram is labelled with the
    numbers of its transitions, the rows of the table below it.
    """
    platform = PlatformKind.parse(kind)
    title = tr(lang, f"## {platform.en.capitalize()} ({platform.zh})", f"## {platform.zh}")
    try:
        table = diagrams.lifecycle_for(platform)
    except InvalidChoiceError:
        note = tr(
            lang,
            f"The lifecycle of the {platform.en} is not part of this version of the library.",
            f"本版本的库尚未包含{platform.zh}的生命周期。",
        )
        return f"{title}\n\n```{{note}}\n{note}\n```\n"
    finals = tr(lang, ", ", "、").join(s.render(lang) for s in table.finals)
    entity, rows = ref(_ENTITY[platform]), ref(_TABLE[platform])
    n, m = len(table.transitions), len(table.states)
    out = [
        f"({platform.code}-lifecycle)=",
        title,
        "",
        tr(
            lang,
            f"The entity is {entity}; its table is {rows} ({n} transitions, {m} states).  "
            f"The initial state has a thick border, final states ({finals}) a double one.  "
            "Each arrow is labelled with the numbers of its transitions: the rows of the "
            "table below the diagram, which give the event, its condition in brackets, and "
            "the articles it implements.",
            f"实体为 {entity},其转换表为 {rows}(共 {n} 项状态转换、{m} 个状态)。"
            f"初始状态为粗边框,终结状态({finals})为双边框。每个箭头标注其状态转换的序号,"
            "即图下表格的行号;表格列出事件、方括号内的条件以及所实施的条款。",
        ),
        "",
    ]
    for code in sorted(_LANGS, key=lambda c: c != lang):
        name = _LANGS[code]
        out += [
            tr(lang, f"### {name}: diagram and transitions", f"### {name}:状态图与状态转换"),
            "",
            fence(
                diagrams.dot(table, code, numbered=True),
                "{graphviz}",
                options={
                    "caption": f"{table.label.render(code)} — {name}",
                    "alt": tr(
                        lang,
                        f"The lifecycle of the {platform.en} ({name} labels)",
                        f"{platform.zh}的生命周期({name})",
                    ),
                    "class": "lifecycle-diagram",
                },
            ),
            _numbered(diagrams.markdown_table(table, code)),
            "",
        ]
    return "\n".join(out)
