"""A local Sphinx extension: the pages that are generated from the library when the docs build.

A page asks for generated content with a marker on a line of its own::

    <!-- cixi:chapter 2 -->

and the ``source-read`` handler replaces the marker with MyST Markdown built from the
library (article texts, the implements-registry, the readings, the lifecycle tables,
the bad-input cases).  Nothing is copied by hand, so the pages cannot drift from the
code.  Each generator writes in the build's language (``lang="zh"`` in the Chinese
edition, from the library's own Chinese labels), and what it writes is kept out of the
translation catalogs (:mod:`.i18n`).  The markers:

``notice``
    the notice, its metadata and the dates of Art. 24 under every reading;
``chapter N``
    every article of chapter N;
``annexes``
    Annexes 1-3, section by section and item by item;
``lifecycle KIND``
    the diagrams (SVG, zh and en) and transition tables of a lifecycle;
``open-points``
    the 20 open points, with the library's readings and open inputs;
``bad-inputs``
    the table of bad inputs and the error each gets (``tests/bad_inputs.toml``);
``layers``
    the layer diagram and the table of layers, from the modules' imports;
``inside-layers``
    one diagram per layer of the imports between its own modules;
``article-map``
    for each article and annex, the layers and modules that implement it;
``data-flow``
    the diagram of a scenario's way from its file to the rows of a result;
``data-files``
    the files of the package's ``data/`` folder and the modules that name them;
``api-index``
    the index of the API reference, one section per layer.

The API reference pages are written when the builder starts (:mod:`.api`); at the same
time the imports between the modules are checked against the rule of the layers
(:mod:`.imports`), each import against it a warning, and the notebooks of
``notebooks/`` are copied in, to be executed as pages (:mod:`.notebooks`), and the
portfolio tutorial's chart is drawn by ``simulate --plot`` (:mod:`.charts`).  The ``{api}`` role links a name
the package root exports to its documentation (:func:`.api.export_role`).  The Chinese
edition's machinery is :mod:`.i18n`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from sphinx.application import Sphinx
from sphinx.util import logging

from cixi_docs import (
    api,
    architecture,
    bad_inputs,
    charts,
    i18n,
    imports,
    lifecycles,
    measures,
    notebooks,
    open_points,
)

logger = logging.getLogger(__name__)

_MARKER = re.compile(r"^<!-- cixi:([a-z-]+)((?: [A-Za-z0-9_-]+)*) -->$", re.MULTILINE)

_GENERATORS: dict[str, Callable[..., str]] = {
    "notice": measures.notice,
    "chapter": lambda n, lang: measures.chapter(int(n), lang),
    "annexes": measures.annexes,
    "lifecycle": lifecycles.lifecycle,
    "open-points": open_points.render,
    "bad-inputs": bad_inputs.render,
    "layers": architecture.layers,
    "inside-layers": architecture.inside,
    "article-map": architecture.article_map,
    "data-flow": architecture.data_flow,
    "data-files": architecture.data_files,
    "api-index": api.index,
}


def _expand(app: Sphinx, docname: str, source: list[str]) -> None:
    lang = i18n.lang(app)

    def replace(match: re.Match[str]) -> str:
        name, args = match.group(1), match.group(2).split()
        generator = _GENERATORS.get(name)
        if generator is None:
            logger.warning("unknown marker cixi:%s", name, location=docname)
            return match.group(0)
        try:
            return i18n.fenced(generator(*args, lang=lang))
        except Exception as exc:  # report it as a build warning, with the page
            logger.warning("cixi:%s %s failed: %r", name, " ".join(args), exc, location=docname)
            raise

    source[0] = _MARKER.sub(replace, source[0])


def setup(app: Sphinx) -> dict[str, Any]:
    """Register the generated pages, the API pages and the checks."""
    app.connect("builder-inited", api.generate)
    app.connect("builder-inited", imports.check)
    app.connect("builder-inited", notebooks.copy)
    app.connect("builder-inited", charts.draw)
    app.add_role("api", api.export_role)
    app.connect("autodoc-skip-member", api.skip_member)
    app.connect("source-read", _expand)
    i18n.setup(app)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
