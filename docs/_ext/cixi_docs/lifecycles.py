"""The lifecycle diagrams and transition tables, drawn from the library's own tables.

The DOT text comes from :func:`cixi_innovation.lifecycles.diagrams.dot` and is rendered to SVG by
``sphinx.ext.graphviz``; the tables are :func:`cixi_innovation.lifecycles.diagrams.markdown_table`.
Both read the very :class:`~cixi_innovation.lifecycles.engine.Lifecycle` that applies events.
"""

from __future__ import annotations

from cixi_docs.markdown import fence, ref
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


def lifecycle(kind: str) -> str:
    """The section of one platform kind: two diagrams (en, zh) and two tables."""
    platform = PlatformKind.parse(kind)
    title = f"## {platform.en.capitalize()} ({platform.zh})"
    try:
        table = diagrams.lifecycle_for(platform)
    except InvalidChoiceError:
        return (
            f"{title}\n\n```{{note}}\nThe lifecycle of the {platform.en} is not part of this "
            "version of the library.\n```\n"
        )
    finals = ", ".join(s.en for s in table.finals)
    out = [
        f"({platform.code}-lifecycle)=",
        title,
        "",
        f"The entity is {ref(_ENTITY[platform])}; its table is {ref(_TABLE[platform])} "
        f"({len(table.transitions)} transitions, {len(table.states)} states).  The initial "
        f"state has a thick border, final states ({finals}) a double one; each arrow shows "
        "the event, its condition in brackets, and the articles it implements.",
        "",
    ]
    for lang, name in _LANGS.items():
        out += [
            f"### {name}: diagram",
            "",
            fence(
                diagrams.dot(table, lang),
                "{graphviz}",
                options={
                    "caption": f"{table.label.render(lang)} — {name}",
                    "alt": f"The lifecycle of the {platform.en} ({name} labels)",
                    "class": "lifecycle-diagram",
                },
            ),
        ]
    for lang, name in _LANGS.items():
        out += [f"### {name}: transition table", "", diagrams.markdown_table(table, lang), ""]
    return "\n".join(out)
