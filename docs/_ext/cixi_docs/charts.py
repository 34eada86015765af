"""The chart of the portfolio tutorial, drawn by ``cixi-innovation simulate --plot``.

When the builder starts, :func:`draw` runs the command line on the default scenario
with ``--plot docs/_static/charts/budget.svg`` (and ``--lang zh`` for
``budget.zh.svg``, which the Chinese edition shows; ignored by git), so that the page
shows the chart the installed library writes, never a file saved in git.
"""

from __future__ import annotations

import contextlib
import io
from pathlib import Path

from sphinx.application import Sphinx

#: The charts' files per language, relative to the documentation's source folder.
TARGETS = {
    "en": Path("_static") / "charts" / "budget.svg",
    "zh": Path("_static") / "charts" / "budget.zh.svg",
}


def draw(app: Sphinx) -> None:
    """Write the default scenario's budget chart with ``simulate --plot``, in both languages."""
    from cixi_innovation.cli import main

    for lang, path in TARGETS.items():
        target = Path(app.srcdir) / path
        target.parent.mkdir(parents=True, exist_ok=True)
        with contextlib.redirect_stdout(io.StringIO()):
            status = main(["--lang", lang, "simulate", "--plot", str(target)])
        if status != 0:
            raise RuntimeError(f"cixi-innovation simulate --plot {target} exited with {status}")
