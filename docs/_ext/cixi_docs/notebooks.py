"""The analyst's notebooks in the documentation, executed when the docs build.

The notebooks live in ``notebooks/`` at the root of the repository, where ``nox -s
notebooks`` executes them; that folder is their single source.  Sphinx reads only
files under ``docs/``, so when the builder starts :func:`copy` copies each notebook
into ``docs/notebooks/`` (ignored by git), and myst-nb executes it on a fresh
``python3`` kernel while the page is read: its tables and charts are those of the
installed library, never outputs saved in git.  A copy whose notebook is gone is
removed.  The notebook pages are kept out of the translation catalogs
(:data:`.i18n.UNTRANSLATED_DOCS`): they show in English in both editions.
"""

from __future__ import annotations

from pathlib import Path

from sphinx.application import Sphinx

#: Where the notebooks are, relative to the documentation's source folder.
SOURCE = Path("..") / "notebooks"
#: Where their copies go, inside the documentation's source folder.
FOLDER = "notebooks"


def copy(app: Sphinx) -> None:
    """Copy ``notebooks/*.ipynb`` into ``docs/notebooks/``; remove stale copies."""
    source = (Path(app.srcdir) / SOURCE).resolve()
    folder = Path(app.srcdir) / FOLDER
    folder.mkdir(exist_ok=True)
    wanted = {path.name: path.read_bytes() for path in sorted(source.glob("*.ipynb"))}
    for path in folder.glob("*.ipynb"):
        if path.name not in wanted:
            path.unlink()
    for name, data in wanted.items():
        target = folder / name
        # rewritten only when changed, so that an unchanged notebook is not reread
        if not target.exists() or target.read_bytes() != data:
            target.write_bytes(data)
