"""Development sessions: tests, type checks, lint, docs, notebooks and benchmarks.

Every session takes its dependencies from the ``[dependency-groups]`` table of
``pyproject.toml``, so that file stays the single list of what each job needs.

Run all default sessions with ``nox``; one with ``nox -s tests``; pass extra
arguments to pytest with ``nox -s tests -- -k complex``.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import nox

# uv must never fetch a Python of its own: the sessions use the interpreter that runs nox.
os.environ.setdefault("UV_PYTHON_DOWNLOADS", "never")

nox.needs_version = ">=2025.2.9"
nox.options.default_venv_backend = "uv|virtualenv"
nox.options.sessions = ["lint", "typecheck", "tests", "docs", "doctest", "notebooks"]

ROOT = Path(__file__).parent
PYPROJECT = nox.project.load_toml(ROOT / "pyproject.toml")
DOWNSTREAM_CONSUMER = ROOT / "tests" / "downstream" / "typed_consumer.py"


def _group(*names: str) -> tuple[str, ...]:
    """Return the requirements of the named dependency groups."""
    return nox.project.dependency_groups(PYPROJECT, *names)


@nox.session
def tests(session: nox.Session) -> None:
    """Run the test suite and the docstring examples in src, with branch coverage.

    The tests are spread over the machine's cores (pytest-xdist, ``-n auto``); pass
    ``-- -n 0`` to run them in one process.

    The package is installed editable: the doctests import the modules from src, and
    coverage must see one copy of each module, not a second one in site-packages.
    """
    session.install("-e", ".", *_group("test"))
    session.run("pytest", "-n", "auto", "--cov", "--cov-report=term-missing", *session.posargs)


@nox.session
def dask(session: nox.Session) -> None:
    """Run Monte Carlo studies on a real ``dask.distributed`` LocalCluster (not a default session).

    The tests of ``tests/dask/`` start a LocalCluster of two worker processes and check
    that ``monte_carlo(..., executor=client.get_executor())`` gives the result of
    ``jobs=1``; they are skipped where dask is not installed.  ``.ci/run`` runs this.
    """
    session.install("-e", ".", *_group("dask"))
    session.run("pytest", "-p", "no:cacheprovider", "tests/dask", *session.posargs)


@nox.session
def typecheck(session: nox.Session) -> None:
    """Run mypy --strict on the tree, then on a downstream script against the wheel.

    The second run copies ``tests/downstream/typed_consumer.py`` to a temporary
    directory outside the source tree, where only the installed package can be
    imported: it passes only if the wheel ships ``py.typed``.
    """
    session.install(".", *_group("typecheck"))
    paths = ["src", "tests", "noxfile.py"]
    if (ROOT / "benchmarks").is_dir():
        paths.append("benchmarks")
    session.run("mypy", "--strict", *paths, *session.posargs)

    with tempfile.TemporaryDirectory(prefix="cixi-innovation-downstream-") as tmp:
        shutil.copy(DOWNSTREAM_CONSUMER, tmp)
        with session.chdir(tmp):
            session.run("mypy", "--strict", "--no-incremental", DOWNSTREAM_CONSUMER.name)


@nox.session
def lint(session: nox.Session) -> None:
    """Check lint rules and formatting with ruff, and the layer contracts (no files change).

    ``lint-imports`` checks ``[tool.importlinter]`` of pyproject.toml against the package
    installed here: imports go down the layers only, and no modules import each other in
    a cycle.
    """
    session.install(".", *_group("lint"))
    session.run("ruff", "check", "--output-format", "concise", ".")
    session.run("ruff", "format", "--check", ".")
    session.run("lint-imports", "--no-cache")


@nox.session
def bench(session: nox.Session) -> None:
    """Run the performance suite: each comparison in its own process, side by side.

    Not a default session.  The peers (python-statemachine, transitions, Automat,
    OpenFisca) are installed here only.  Writes ``benchmarks/results.json``, prints the
    table of figures, and fails when a goal is missed; ``nox -s bench -- --only rules``
    runs one comparison.
    """
    # editable, as in the tests session: the figures are those of the working tree
    session.install("-e", ".", *_group("bench"))
    session.run("python", "benchmarks/run_all.py", "--require-peers", *session.posargs)


@nox.session
def mutation(session: nox.Session) -> None:
    """Mutation testing of the rules and lifecycle modules; fails below a 95% kill rate.

    Not a default session and not in CI: a full run takes some 20 minutes on two cores.
    Runs ``mutmut run`` (modules and options in ``[tool.mutmut]`` of pyproject.toml), then
    ``mutmut export-cicd-stats``, then ``tests/reliability/mutation_report.py``, which
    prints the killed/survived/total counts and the kill rate, overall and per module,
    and fails below the minimum (``mutmut run`` itself exits 0 when mutants survive).
    Results are kept in ``mutants/``: a later run tests only what changed; delete the
    directory for a fresh run.  ``nox -s mutation -- "cixi_innovation.values.money*"`` reruns the
    mutants whose names match.

    Two pitfalls of mutmut 3.8:

    * it never mutates a decorated function (but for ``@staticmethod`` and
      ``@classmethod``), so the rule functions are registered by a call just after their
      definition, ``implements("Art. 10")(operating_subsidy)``, not with ``@implements``
      (decorated classes are fine: their methods are mutated);
    * it records which tests reach which function on the first run in ``mutants/``
      only: a function added or renamed since shows its mutants as "no tests" (the
      report lists them) until ``mutants/mutmut-stats.json`` is deleted, after which the
      next run traces the tests again and keeps the other results.
    """
    session.install("-e", ".", *_group("test", "mutation"))
    env = {"PYTHONPATH": str(ROOT / "tests" / "reliability")}
    session.run("mutmut", "run", *session.posargs, env=env)
    session.run("mutmut", "export-cicd-stats")
    session.run("python", "tests/reliability/mutation_report.py", "--minimum", "95")


@nox.session
def notebooks(session: nox.Session) -> None:
    """Execute every notebook under ``notebooks/`` on a fresh ``python3`` kernel.

    nbclient's ``jupyter-execute`` runs the cells in order against the installed package
    and fails on the first cell that raises; the notebooks are not rewritten (their
    outputs are not kept in git).
    """
    session.install(".", *_group("notebooks"))
    paths = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "notebooks").glob("*.ipynb"))
    session.run("jupyter-execute", "--kernel_name=python3", "--timeout=600", *paths)


DOCS_HTML = "docs/_build/html"
# The Chinese edition is built beside the English one, from docs/locale/zh_CN.
DOCS_EDITIONS = {"en": DOCS_HTML, "zh_CN": f"{DOCS_HTML}/zh_CN"}
SCREENSHOTS = ROOT / "docs" / "_build" / "screenshots"
# The pages rendered by docs_screenshots, in each edition.
SCREENSHOT_PAGES = (
    "index",
    "getting-started",
    "tutorials/complex",
    "notebooks/portfolio",
    "lifecycles",
    "open-points",
    "bad-inputs",
    "measures/chapter-2",
    "api/cixi_innovation.rules.subsidy",
)


def _build_docs(session: nox.Session) -> None:
    """Build both editions; any warning or broken reference fails the build.

    ``-E`` rereads every page, so that warnings of unchanged pages are not hidden by
    a saved environment from an earlier build.  The Chinese edition also fails on a
    message of a narrative page left untranslated in its catalog.
    """
    session.install(".", *_group("docs"))
    for language, out in DOCS_EDITIONS.items():
        session.run(
            "sphinx-build",
            *("-W", "-n", "--keep-going", "-E", "-b", "html"),
            *("-D", f"language={language}", "docs", out),
        )


@nox.session
def docs(session: nox.Session) -> None:
    """Build the HTML documentation, English and Chinese (``docs/_build/html/zh_CN``)."""
    _build_docs(session)


@nox.session(default=False)
def schema(session: nox.Session) -> None:
    """Write the shipped scenario schema from the format the library's loaders read.

    Run it after a key, a record, a choice or a spelling of the scenario format changed
    (see ``cixi_innovation.scenarios.schema``); a test fails until the shipped
    ``scenario.schema.json`` is the one written from the library.
    """
    session.install(".")
    session.run(
        "python",
        "-m",
        "cixi_innovation.scenarios.schema",
        "src/cixi_innovation/data/scenario.schema.json",
    )


@nox.session
def docs_translations(session: nox.Session) -> None:
    """Update the Chinese catalogs after an English page changed (not a default session).

    Writes the ``.pot`` templates of the narrative pages, then merges them into
    ``docs/locale/zh_CN/LC_MESSAGES/*.po`` with ``sphinx-intl``; translate the new or
    fuzzy messages there, and ``nox -s docs`` checks that none is left.  Templates
    without a message (the API pages, the generated pages) are not merged.
    """
    session.install(".", *_group("docs"))
    pot = Path(tempfile.mkdtemp(prefix="cixi-innovation-pot-"))
    session.run("sphinx-build", "-q", "-E", "-b", "gettext", "docs", str(pot))
    for template in pot.rglob("*.pot"):
        if template.read_text(encoding="utf-8").count('\nmsgid "') < 2:  # the header only
            template.unlink()
    session.run("sphinx-intl", "update", "-p", str(pot), "-l", "zh_CN", "-d", "docs/locale")


@nox.session
def docs_screenshots(session: nox.Session) -> None:
    """Build both editions and render their main pages to PNG with headless Chromium.

    Not a default session and not in CI: it is for a person to look at the pages before
    a release.  Needs Chromium and CJK fonts (without them every Chinese character is
    a box): ``apt-get install -y chromium fonts-noto-cjk``.  Writes
    ``docs/_build/screenshots/{en,zh_CN}-PAGE.png``.
    """
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        session.error("Chromium is missing: apt-get install -y chromium fonts-noto-cjk")
    _build_docs(session)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    for language, out in DOCS_EDITIONS.items():
        for page in SCREENSHOT_PAGES:
            png = SCREENSHOTS / f"{language}-{page.replace('/', '-')}.png"
            with tempfile.TemporaryDirectory(prefix="cixi-innovation-chromium-") as profile:
                session.run(
                    chromium,
                    *("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run"),
                    *("--disable-background-networking", "--disable-component-update"),
                    *("--disable-sync", f"--user-data-dir={profile}", "--hide-scrollbars"),
                    *("--window-size=1280,2400", f"--screenshot={png}"),
                    (ROOT / out / f"{page}.html").as_uri(),
                    external=True,
                    silent=True,  # Chromium logs D-Bus errors that do not matter headless
                )
    session.log(f"screenshots in {SCREENSHOTS}")


@nox.session
def doctest(session: nox.Session) -> None:
    """Run the examples in the documentation, including those autodoc pulls in."""
    session.install(".", *_group("docs"))
    session.run("sphinx-build", "-W", "-n", "-E", "-b", "doctest", "docs", "docs/_build/doctest")
