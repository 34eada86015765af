"""The architecture page: the layers, where each article lives, the flow of a scenario.

Everything here is drawn from the code when the docs build, so the page cannot drift:
the layer diagram and the table of layers from the imports the modules make (read with
:mod:`ast` by :mod:`.imports`), the map of the Measures from the implements-registry
(:func:`cixi_innovation.law.registry.trace`), the data flow from the root's export
table and the imports of the ``scenarios`` layer, and the list of data files from the
package's ``data/`` folder.
"""

from __future__ import annotations

import html
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

from cixi_docs import imports
from cixi_docs.markdown import PACKAGE, code, escape, fence, rst_text, short
from cixi_innovation.law.coverage import TraceRow
from cixi_innovation.law.registry import trace

_FONT = 'fontname="Helvetica,Arial,sans-serif"'

#: The page's own words in each edition (the layers' descriptions, the not-modelled
#: reasons and the provisions' names come from the package in both languages).
_TEXT: dict[str, dict[str, str]] = {
    "en": {
        "layers_caption": "The layers and the imports between them, read from the source "
        "({modules} modules, {count} import statements between them)",
        "layers_alt": "The layers of cixi-innovation, each listing its modules, with an arrow "
        "from each layer to every layer it imports from",
        "layer_head": "| Layer | What it holds | Modules | Imports from |",
        "inside_caption": "Inside {layer}",
        "inside_alt": "The modules of the {layer} layer and the imports between them",
        "alone": "The modules of {names} do not import each other.",
        "and": " and ",
        "map_head": "| Provision | Implemented in (layer: modules) | Not modelled |",
        "not_modelled": "**not modelled**",
        "article": "Art. {n}",
        "annex": "Annex {n}",
        "flow_caption": "From a scenario file to the rows of a result (names and modules read "
        "from the package)",
        "flow_alt": "A scenario file is loaded into a Scenario, simulated year by year through "
        "the lifecycles and the rules, and returned as a SimulationResult of Rows, rendered "
        "as a table, CSV, JSON or HTML",
        "files_head": "| File | Size | Named in |",
    },
    "zh": {
        "layers_caption": "各层及层间的导入关系,直接读自源代码(共 {modules} 个模块,"
        "其间 {count} 条导入语句)",
        "layers_alt": "cixi-innovation 的各层及其模块,箭头由每一层指向它所导入的层",
        "layer_head": "| 层 | 内容 | 模块 | 导入自 |",
        "inside_caption": "{layer} 层内部",
        "inside_alt": "{layer} 层的模块及其相互导入",
        "alone": "{names} 的模块互不导入。",
        "and": "和",
        "map_head": "| 条款 | 实现位置(层:模块) | 未建模部分 |",
        "not_modelled": "**未建模**",
        "article": "{zh}",
        "annex": "附件{n}",
        "flow_caption": "从情景文件到结果中的各行(名称和模块读自本库)",
        "flow_alt": "情景文件被读入为 Scenario,经各生命周期和规则逐年模拟,返回由 Row "
        "组成的 SimulationResult,并呈现为表格、CSV、JSON 或 HTML",
        "files_head": "| 文件 | 大小 | 引用它的模块 |",
    },
}


#: What each layer holds, in Chinese (the English is its subpackage docstring's summary).
_ABOUT_ZH = {
    "values": "值:精确的金额、明确的日期、中英文词汇、条款引用、决定和错误。",
    "law": "法规:作为数据的本办法——通知及其效力(第二十四条)、条款和附件的中英文文本、"
    "实现登记表、本办法规定的参数、具名解读和第九条的核心指标。",
    "lifecycles": "平台生命周期:表格驱动的引擎和三类平台。",
    "rules": "资金与考核规则。",
    "scenarios": "情景模拟:平台组合模型、情景文件、模拟和结果。",
    "cli": "命令行。",
}


def _t(lang: str, key: str, **params: object) -> str:
    """The page's sentence ``key`` in the edition's language (English by default)."""
    return _TEXT.get(lang, _TEXT["en"])[key].format(**params)


_COLUMNS = 3
_FILL = {"lifecycles": "#eaf4ea", "rules": "#fdf1e2", imports.ROOT: "#f2f2f2"}
_DEFAULT_FILL = "#e9f0fa"


# --- helpers -------------------------------------------------------------------------------


def _head(name: str, nodesep: float = 0.3, ranksep: float = 0.5) -> list[str]:
    """The first lines of a top-to-bottom graph in the page's style."""
    return [
        f"digraph {name} {{",
        f"graph [rankdir=TB, nodesep={nodesep}, ranksep={ranksep}, bgcolor=transparent, {_FONT}];",
        f"node [shape=plain, fontsize=11, {_FONT}];",
        f'edge [color="#5b6b7f", arrowsize=0.7, fontsize=9, fontcolor="#5b6b7f", {_FONT}];',
    ]


def _module_ref(module: str, text: str | None = None) -> str:
    """A link to the module's API page, or inline code for a private module (no page)."""
    shown = text or short(module)
    if any(part.startswith("_") for part in module.split(".")[1:]):
        return code(shown)
    return f"{{py:mod}}`{shown} <{module}>`"


def _layer_ref(layer: str) -> str:
    return _module_ref(PACKAGE if layer == imports.ROOT else f"{PACKAGE}.{layer}", layer)


def _within(layer: str, module: str) -> str:
    """``cixi_innovation.rules.subsidy`` in ``rules`` → ``subsidy``."""
    return module.removeprefix(f"{PACKAGE}.{layer}").lstrip(".") or module.rpartition(".")[2]


def _owner(name: str) -> str:
    """The module of the package defining the dotted ``name``."""
    module = imports.owner(name, imports.modules())
    if module is None:
        raise LookupError(f"{name} is in no module of {PACKAGE}")
    return module


def _ranges(numbers: Iterable[int]) -> str:
    """``[10, 11, 16, 20, 21, 22]`` → ``10-11, 16, 20-22``."""
    spans: list[list[int]] = []
    for n in sorted(set(numbers)):
        if spans and n == spans[-1][1] + 1:
            spans[-1][1] = n
        else:
            spans.append([n, n])
    return ", ".join(str(a) if a == b else f"{a}-{b}" for a, b in spans)


# --- the layers ----------------------------------------------------------------------------


def _node(layer: str) -> str:
    if layer == imports.ROOT:
        title = PACKAGE
        cells = ["__init__.pyi (the public names)", "__init__ (lazy loading)", "__main__"]
        columns = 1
    else:
        title = layer
        package = f"{PACKAGE}.{layer}"
        cells = [_within(layer, m) for m in imports.layer_modules(layer) if m != package]
        cells = cells or ["__init__"]
        columns = _COLUMNS
    fill = _FILL.get(layer, _DEFAULT_FILL)
    rows = [
        f'<TR><TD COLSPAN="{columns}" ALIGN="LEFT"><B>{html.escape(title)}</B></TD></TR>',
    ]
    for start in range(0, len(cells), columns):
        row = cells[start : start + columns]
        row += [""] * (columns - len(row))
        tds = "".join(
            f'<TD ALIGN="LEFT"><FONT POINT-SIZE="9" COLOR="#333333">{html.escape(c)}</FONT></TD>'
            if c
            else "<TD></TD>"
            for c in row
        )
        rows.append(f"<TR>{tds}</TR>")
    table = (
        f'<TABLE BORDER="1" CELLBORDER="0" CELLSPACING="0" CELLPADDING="3" STYLE="ROUNDED" '
        f'BGCOLOR="{fill}" COLOR="#7d8ea3">{"".join(rows)}</TABLE>'
    )
    return f'  "{layer}" [label=<{table}>, tooltip="{html.escape(title)}"];'


def layers_dot() -> str:
    """The DOT text of the layer diagram: one node per layer, one arrow per pair of layers.

    An arrow goes from the importing layer to the imported one and counts the pairs of
    modules behind it; its tooltip lists them.  An arrow against the rule is red.
    """
    groups = [imports.ROOT, *imports.groups()]
    lines = _head("layers")
    lines += [_node(layer) for layer in groups]
    for group in imports.LAYERS:
        present = [layer for layer in group if layer in groups]
        if len(present) > 1:
            lines.append("  { rank=same; " + "; ".join(f'"{g}"' for g in present) + "; }")
    for (source, target), found in sorted(imports.between_layers().items()):
        pairs = sorted({(short(i.source), short(i.target)) for i in found})
        tip = "&#10;".join(f"{a} → {b}" for a, b in pairs)
        broken = any(imports.problem(i) for i in found)
        style = ', color="#c0392b", fontcolor="#c0392b", penwidth=2' if broken else ""
        lines.append(f'  "{source}" -> "{target}" [label=" {len(pairs)}", tooltip="{tip}"{style}];')
    lines.append("}")
    return "\n".join(lines) + "\n"


def _layer_row(
    layer: str, between: dict[tuple[str, str], list[imports.Import]], lang: str = "en"
) -> str:
    modules = imports.layer_modules(layer)
    package = f"{PACKAGE}.{layer}"
    about = imports.summary(package) if package in modules else ""
    if lang == "zh":
        about = _ABOUT_ZH.get(layer, about)
    listed = ", ".join(_module_ref(m, _within(layer, m)) for m in modules if m != package)
    below = [t for (s, t) in between if s == layer]
    order = imports.groups()
    uses = ", ".join(_layer_ref(t) for t in sorted(below, key=order.index)) or "—"
    return f"| {_layer_ref(layer)} | {rst_text(about)} | {listed or '—'} | {uses} |"


def layers(lang: str = "en") -> str:
    """The layer diagram, then one row per layer: what it holds, its modules, what it imports."""
    between = imports.between_layers()
    count = len(imports.imports())
    out = [
        fence(
            layers_dot(),
            "{graphviz}",
            options={
                "caption": _t(lang, "layers_caption", modules=len(imports.modules()), count=count),
                "alt": _t(lang, "layers_alt"),
                "class": "layer-diagram",
            },
        ),
        "",
        fence(
            "\n".join(
                [
                    _t(lang, "layer_head"),
                    "| --- | --- | --- | --- |",
                    *(_layer_row(layer, between, lang) for layer in imports.groups()),
                ]
            ),
            "{container} layer-table",
        ),
    ]
    return "\n".join(out)


def _inner_edges(layer: str) -> list[tuple[str, str]]:
    """The pairs of modules of ``layer`` where the first imports the second."""
    return sorted(
        {
            (i.source, i.target)
            for i in imports.imports()
            if imports.layer_of(i.source) == imports.layer_of(i.target) == layer
        }
    )


def inside_dot(layer: str) -> str:
    """The DOT text of one layer's modules and the imports between them."""
    edges = _inner_edges(layer)
    package = f"{PACKAGE}.{layer}"
    linked = {m for edge in edges for m in edge}
    shown = [m for m in imports.layer_modules(layer) if m != package or m in linked]
    fill = _FILL.get(layer, _DEFAULT_FILL)
    lines = [
        *_head(layer, nodesep=0.2, ranksep=0.3),
        f'node [shape=box, style="rounded,filled", fillcolor="{fill}", color="#7d8ea3", '
        'fontsize=10, height=0.3, margin="0.08,0.03"];',
    ]
    lines += [
        f'  "{m}" [label="{_within(layer, m) if m != package else "__init__"}"];' for m in shown
    ]
    lines += [f'  "{a}" -> "{b}";' for a, b in edges]
    lines.append("}")
    return "\n".join(lines) + "\n"


def inside(lang: str = "en") -> str:
    """One small diagram per layer whose modules import each other; a sentence for the rest."""
    out: list[str] = []
    alone: list[str] = []
    for layer in imports.groups():
        if not _inner_edges(layer):
            if len(imports.layer_modules(layer)) > 1:
                alone.append(layer)
            continue
        out.append(
            fence(
                inside_dot(layer),
                "{graphviz}",
                options={
                    "caption": _t(lang, "inside_caption", layer=layer),
                    "alt": _t(lang, "inside_alt", layer=layer),
                    "class": "layer-inside",
                },
            )
        )
    if alone:
        refs = [_layer_ref(layer) for layer in alone]
        joined = [", ".join(refs[:-1]), refs[-1]] if len(refs) > 1 else refs
        out.append(_t(lang, "alone", names=_t(lang, "and").join(joined)) + "\n")
    return "\n".join(out)


# --- where each article lives ---------------------------------------------------------------


def _place(rows: list[TraceRow], lang: str = "en") -> tuple[str, str]:
    """Where the code of one provision lives (layer: modules) and what of it is not modelled."""
    by_layer: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        for implementation in row.implementations:
            module = _owner(implementation.name)
            by_layer[imports.layer_of(module)].add(module)
    order = imports.groups()
    places = [
        f"{layer}: " + ", ".join(_module_ref(m, _within(layer, m)) for m in sorted(by_layer[layer]))
        for layer in sorted(by_layer, key=lambda layer: (*order, layer).index(layer))
    ]
    reasons: list[str] = []
    whole = rows[0].citation
    for row in rows:
        for entry in row.not_modelled:
            # an annex's reasons are the same for its sections; an article's may be a paragraph's
            cited = entry.citation.zh if lang == "zh" else entry.citation.en
            where = "" if whole.is_annex or entry.citation == whole else f"{cited}: "
            text = where + escape(entry.zh if lang == "zh" else entry.en)
            if text not in reasons:
                reasons.append(text)
    return "<br>".join(places) or _t(lang, "not_modelled"), "<br>".join(reasons) or "—"


def article_map(lang: str = "en") -> str:
    """One row per article (1-24) and per annex: its layers, its modules, what is not modelled."""
    rows = trace()
    articles = [r for r in rows if not r.citation.is_annex and not r.citation.sub]
    annexes: dict[int, list[TraceRow]] = defaultdict(list)
    for row in rows:
        if row.citation.is_annex:
            annexes[row.citation.annex].append(row)
    out = [_t(lang, "map_head"), "| --- | --- | --- |"]
    for row in articles:
        n = row.citation.number
        name = _t(lang, "article", n=n, zh=row.citation.zh)
        label = f"{{ref}}`{name} <article-{n}>`" + ("" if lang == "zh" else f" {row.citation.zh}")
        out.append(f"| {label} | " + " | ".join(_place([row], lang)) + " |")
    for annex, parts in sorted(annexes.items()):
        name = _t(lang, "annex", n=annex)
        label = f"{{ref}}`{name} <annex-{annex}>`" + ("" if lang == "zh" else f" 附件{annex}")
        out.append(f"| {label} | " + " | ".join(_place(parts, lang)) + " |")
    return fence("\n".join(out), "{container} article-map")


# --- from a scenario file to a row ------------------------------------------------------------


def _defined(name: str) -> str:
    """The module defining the root's public ``name``, from the export table."""
    return imports.exports()[name]


def _articles_of(module: str) -> list[int]:
    """The articles (not annexes) that code of ``module`` implements, from the registry."""
    return [
        row.citation.number
        for row in trace()
        if not row.citation.is_annex and not row.citation.sub
        for implementation in row.implementations
        if _owner(implementation.name) == module
    ]


def _used_by_scenarios(layer: str) -> list[str]:
    return sorted(
        {
            i.target
            for i in imports.imports()
            if (imports.layer_of(i.source), imports.layer_of(i.target)) == ("scenarios", layer)
        }
    )


def _box(name: str, lines: list[str], fill: str, shape: str = "box") -> str:
    label = "<BR/>".join(lines)
    return (
        f'  "{name}" [shape={shape}, style="rounded,filled", fillcolor="{fill}", '
        f'color="#7d8ea3", margin="0.15,0.06", label=<{label}>];'
    )


def _small(text: str) -> str:
    return f'<FONT POINT-SIZE="10" COLOR="#444444">{html.escape(text)}</FONT>'


def _names(*names: str) -> list[str]:
    """A box's label: the root's public names, then the modules that define them."""
    modules = dict.fromkeys(short(_defined(n.removesuffix("()"))) for n in names)
    return [f"<B>{html.escape(' / '.join(names))}</B>", _small(", ".join(modules))]


def data_flow_dot() -> str:
    """The DOT text of the flow from a scenario file to the rows and their renderings."""
    lifecycles = [_within("lifecycles", m) for m in _used_by_scenarios("lifecycles")]
    rules = [
        f"{_within('rules', m)} (Art. {_ranges(_articles_of(m))})"
        if _articles_of(m)
        else _within("rules", m)
        for m in _used_by_scenarios("rules")
    ]
    steps = [
        ("file", ["<B>scenario file</B>", _small("TOML or JSON")], "#f2f2f2", "note"),
        ("load", _names("load_scenario()"), _DEFAULT_FILL, "box"),
        ("model", _names("Scenario"), _DEFAULT_FILL, "box"),
        ("simulate", _names("simulate()", "monte_carlo()"), _DEFAULT_FILL, "box"),
        ("results", _names("SimulationResult", "Row", "MonteCarloResult"), _DEFAULT_FILL, "box"),
        (
            "out",
            ["<B>table · CSV · JSON · HTML · pandas</B>", _small("cli, or a notebook")],
            "#f2f2f2",
            "box",
        ),
    ]
    lines = _head("flow", ranksep=0.3)
    for name, label, fill, shape in steps:
        lines.append(_box(name, label, fill, shape))
    lines.append(
        _box(
            "lifecycles",
            [
                "<B>lifecycles</B>: events applied",
                _small("engine + platform tables"),
                *(_small(", ".join(lifecycles[i : i + 3])) for i in range(0, len(lifecycles), 3)),
            ],
            _FILL.get("lifecycles", _DEFAULT_FILL),
        )
    )
    lines.append(
        _box(
            "rules",
            ["<B>rules</B>: money decided", *(_small(r) for r in rules)],
            _FILL.get("rules", _DEFAULT_FILL),
        )
    )
    lines += [
        "  file -> load -> model -> simulate;",
        "  { rank=same; lifecycles; rules; }",
        '  simulate -> lifecycles [label=" events, per platform-year"];',
        '  simulate -> rules [label=" facts"];',
        '  lifecycles -> results [label=" states"];',
        '  rules -> results [label=" amounts"];',
        "  results -> out;",
        "}",
    ]
    return "\n".join(lines) + "\n"


def data_flow(lang: str = "en") -> str:
    """The data-flow diagram, as a graphviz directive."""
    return fence(
        data_flow_dot(),
        "{graphviz}",
        options={
            "caption": _t(lang, "flow_caption"),
            "alt": _t(lang, "flow_alt"),
            "class": "flow-diagram",
        },
    )


# --- data files -------------------------------------------------------------------------------


def data_files(lang: str = "en") -> str:
    """The files of the package's ``data/`` folder, each with the modules that name it."""
    folder = imports.package_dir() / "data"
    sources = {m: p.read_text(encoding="utf-8") for m, p in imports.modules().items()}
    out = [_t(lang, "files_head"), "| --- | --- | --- |"]
    for path in sorted(p for p in folder.iterdir() if p.is_file()):
        users = [m for m, text in sources.items() if path.name in text]
        named = ", ".join(_module_ref(m) for m in users) or "—"
        out.append(f"| `data/{path.name}` | {_size(path)} | {named} |")
    return "\n".join(out) + "\n"


def _size(path: Path) -> str:
    size = path.stat().st_size
    return f"{size / 1024:.0f} KiB" if size >= 1024 else f"{size} B"
