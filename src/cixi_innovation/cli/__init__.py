"""The cixi-innovation command line, also run as python -m cixi_innovation.

::

    cixi-innovation [--lang zh|en] [--version]
    cixi-innovation summary [--lang zh|en]
    cixi-innovation simulate [FILE] [--format table|json|csv] [--lang zh|en]
                             [--runs N] [--seed S] [--jobs N] [--progress | --no-progress]
                             [--explain PLATFORM_ID:YEAR]
    cixi-innovation check FILE
    cixi-innovation scenario [--format toml|json]
    cixi-innovation articles [N] [--lang zh|en] [--trace]
    cixi-innovation diagram KIND [--format dot|mermaid|table] [--lang zh|en]

Without a command it prints the Measures' summary and a hint.  ``simulate`` runs a
scenario file (TOML or JSON; the embedded default scenario without one), once or, with
``--runs N``, as a Monte Carlo study; ``check`` validates a scenario file; ``scenario``
prints the default scenario as a file to start from; ``articles`` prints the text of
the Measures or, with ``--trace``, which code implements each provision; ``diagram``
draws the lifecycle of a platform kind (``complex``, ``consortium`` or ``center``) from
its table.

Exit status: 0 on success, 1 on invalid input (a bad value, a scenario with problems,
a file that cannot be read: each problem is one line on standard error), 2 on a usage
error (an unknown command or option, a missing argument).  No traceback is ever shown;
a closed standard output (``cixi-innovation articles | head``) ends the command quietly.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, NoReturn, TextIO

from cixi_innovation import __version__
from cixi_innovation.law.articles import ARTICLES, CHAPTERS
from cixi_innovation.law.measures import MEASURES
from cixi_innovation.lifecycles import diagrams
from cixi_innovation.values.errors import CixiError, InputError, InvalidChoiceError

if TYPE_CHECKING:
    from cixi_innovation.scenarios.scenario import Scenario

# The scenario, serialization and simulation modules are imported by the commands that
# use them, so that --version, summary, articles and diagram start quickly.

__all__ = ["PROG", "PROGRESS_DELAY", "SIMULATE_FORMATS", "ProgressBar", "main"]

#: The command's name, as installed.
PROG = "cixi-innovation"

_HINT = {
    "en": f"Run '{PROG} simulate' to simulate the default scenario, "
    f"or '{PROG} --help' for every command.",
    "zh": f"运行“{PROG} simulate”模拟默认情景,“{PROG} --help”查看全部命令。",
}


class _UsageError(Exception):
    """A command line argparse cannot parse (exit status 2)."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise _UsageError(f"{self.prog}: usage error: {message}")


class _CommandError(Exception):
    """The command failed; ``lines`` are the error lines to print (exit status 1)."""

    def __init__(self, lines: Sequence[str]) -> None:
        super().__init__("\n".join(lines))
        self.lines = tuple(lines)


def _out(text: str) -> None:
    """Write ``text`` to standard output, ending it with a newline."""
    sys.stdout.write(text if text.endswith("\n") else text + "\n")


def _lang(args: argparse.Namespace) -> str:
    return diagrams.check_lang(args.lang)


# --- commands ----------------------------------------------------------------------------


def _welcome(args: argparse.Namespace) -> int:
    lang = _lang(args)
    _out(MEASURES.summary(lang))
    _out(_HINT[lang])
    return 0


def _summary(args: argparse.Namespace) -> int:
    _out(MEASURES.summary(_lang(args)))
    return 0


def _diagram(args: argparse.Namespace) -> int:
    lifecycle = diagrams.lifecycle_for(args.kind)
    sys.stdout.write(diagrams.render(lifecycle, args.format, args.lang))
    return 0


def _article_text(number: int, lang: str) -> str:
    article = ARTICLES[number]
    heading = article.heading_zh if lang == "zh" else article.heading_en
    return f"{heading}\n{article.text(lang)}\n"


def _articles(args: argparse.Namespace) -> int:
    lang = _lang(args)
    if args.number is not None:
        article = ARTICLES[args.number]  # an unknown number raises UnknownArticleError
    if args.trace:
        from cixi_innovation.law.registry import format_trace, trace

        rows = trace()
        if args.number is not None:
            rows = tuple(r for r in rows if r.citation.whole == article.citation)
        _out(format_trace(rows, lang))
        return 0
    if args.number is not None:
        _out(_article_text(args.number, lang))
        return 0
    parts: list[str] = []
    for chapter in CHAPTERS.values():
        parts.append((chapter.zh if lang == "zh" else chapter.en) + "\n")
        parts.extend(_article_text(number, lang) for number in chapter.articles)
    sys.stdout.write("\n".join(parts))
    return 0


def _load(path: str) -> Scenario:
    """Load the scenario file ``path``; its problems become the error lines, one each."""
    from cixi_innovation.scenarios.files import load_scenario
    from cixi_innovation.scenarios.problems import ScenarioError

    try:
        return load_scenario(path)
    except ScenarioError as error:
        raise _CommandError([f"{path}: {problem}" for problem in error.problems]) from None
    except CixiError as error:
        raise _CommandError([f"{path}: {error}"]) from None
    except OSError as error:
        raise _CommandError([f"cannot read {path}: {error.strerror or error}"]) from None


def _check(args: argparse.Namespace) -> int:
    scenario = _load(args.file)
    first, last = scenario.horizon.first, scenario.horizon.last
    count = len(scenario.platforms)
    _out(f"ok: {count} platform{'' if count == 1 else 's'}, years {first}-{last}")
    return 0


def _template(args: argparse.Namespace) -> int:
    if args.format == "toml":
        from importlib import resources

        source = resources.files("cixi_innovation") / "data"
        sys.stdout.write((source / "default_scenario.toml").read_text(encoding="utf-8"))
        return 0
    if args.format == "json":
        from cixi_innovation.scenarios.default import default_scenario
        from cixi_innovation.scenarios.files import dumps_scenario

        sys.stdout.write(dumps_scenario(default_scenario(), "json"))
        return 0
    raise InvalidChoiceError(
        f"{args.format!r} is not a scenario format; choose one of: toml, json", field="format"
    )


def _scenario(args: argparse.Namespace) -> Scenario:
    from cixi_innovation.scenarios.default import default_scenario

    return default_scenario() if args.file is None else _load(args.file)


def _explain_target(text: str) -> tuple[str, int]:
    platform_id, _, year = text.rpartition(":")
    if not platform_id or not year.isdigit():
        raise InputError(f"{text!r} is not PLATFORM_ID:YEAR (e.g. CX-01:2026)", field="explain")
    return platform_id, int(year)


#: Output formats of ``simulate``.
SIMULATE_FORMATS = ("table", "json", "csv")
#: Seconds a Monte Carlo study runs before its progress bar appears.
PROGRESS_DELAY = 1.0


class ProgressBar:
    """A progress bar on a text stream, shown once the work has run for ``delay`` seconds.

    It is the ``progress`` callback of
    :func:`~cixi_innovation.scenarios.simulation.monte_carlo`; short runs print nothing at all.

    Args:
        stream: where to draw (standard error).
        delay: seconds before the bar first appears (:data:`PROGRESS_DELAY` when None).
        clock: the clock, in seconds (for tests).
        width: the number of cells of the bar.
    """

    def __init__(
        self,
        stream: TextIO,
        *,
        delay: float | None = None,
        clock: Callable[[], float] = time.monotonic,
        width: int = 30,
    ) -> None:
        self.stream = stream
        self.delay = PROGRESS_DELAY if delay is None else delay
        self.clock = clock
        self.width = width
        self.started = clock()
        self.shown = False

    def __call__(self, done: int, total: int) -> None:
        """Draw ``done`` of ``total`` runs (after the delay)."""
        elapsed = self.clock() - self.started
        if not self.shown and elapsed < self.delay:
            return
        self.shown = True
        filled = self.width * done // total if total else self.width
        bar = "#" * filled + "." * (self.width - filled)
        self.stream.write(f"\r[{bar}] {done}/{total} runs {elapsed:.1f}s")
        self.stream.flush()

    def close(self) -> None:
        """End the bar's line, if the bar was drawn."""
        if self.shown:
            self.stream.write("\n")
            self.stream.flush()


def _check_format(fmt: str) -> str:
    if fmt not in SIMULATE_FORMATS:
        raise InvalidChoiceError(
            f"{fmt!r} is not an output format; choose one of: {', '.join(SIMULATE_FORMATS)}",
            field="format",
        )
    return fmt


def _simulate(args: argparse.Namespace) -> int:
    lang = _lang(args)
    fmt = _check_format(args.format)
    target = None if args.explain is None else _explain_target(args.explain)
    scenario = _scenario(args)
    from cixi_innovation.scenarios.simulation import monte_carlo, simulate

    if args.runs == 1:
        result = simulate(scenario, args.seed)
        if target is not None:
            _out(result.explain(*target, lang=lang))
        elif fmt == "json":
            _out(result.to_json(indent=2))
        elif fmt == "csv":
            sys.stdout.write(result.to_csv())
        else:
            _out(result.to_table(lang))
        return 0
    show = sys.stderr.isatty() if args.progress is None else args.progress
    bar = ProgressBar(sys.stderr) if show else None
    try:
        study = monte_carlo(scenario, args.runs, args.seed, jobs=args.jobs, progress=bar)
    finally:
        if bar is not None:
            bar.close()
    if fmt == "json":
        _out(study.to_json(indent=2))
    elif fmt == "csv":
        sys.stdout.write(study.to_csv())
    else:
        _out(study.to_table(lang))
    return 0


# --- the parser ----------------------------------------------------------------------------


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of at least 1")
    return value


def _whole(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None


def _add_lang(parser: argparse.ArgumentParser) -> None:
    # SUPPRESS keeps a --lang given before the command (cixi-innovation --lang zh articles).
    parser.add_argument(
        "--lang", default=argparse.SUPPRESS, metavar="zh|en", help="language (default: en)"
    )


def _parser() -> _Parser:
    parser = _Parser(
        prog=PROG,
        description="The Cixi City Interim Measures for the Management of Industrial "
        "Innovation Platforms (慈政办发〔2024〕57号) as code.",
        epilog="Exit status: 0 success, 1 invalid input, 2 usage error.",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    parser.add_argument("--lang", default="en", metavar="zh|en", help="language (default: en)")
    parser.set_defaults(run=_welcome)
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")

    summary = commands.add_parser("summary", help="print the Measures' summary")
    _add_lang(summary)
    summary.set_defaults(run=_summary)

    simulate = commands.add_parser(
        "simulate",
        help="simulate a scenario file (the default scenario without one)",
        description="Simulate a portfolio scenario year by year: once, or with --runs N as "
        "a Monte Carlo study of N runs.",
    )
    simulate.add_argument("file", nargs="?", metavar="FILE", help="a scenario file, .toml or .json")
    simulate.add_argument(
        "--format", default="table", metavar="table|json|csv", help="output (default: table)"
    )
    _add_lang(simulate)
    simulate.add_argument(
        "--runs", type=_positive, default=1, metavar="N", help="Monte Carlo runs (default: 1)"
    )
    simulate.add_argument(
        "--seed",
        type=_whole,
        default=0,
        metavar="S",
        help="seed of the outcomes drawn from the scenario's probabilities (default: 0)",
    )
    simulate.add_argument(
        "--jobs", type=_positive, default=1, metavar="N", help="processes (default: 1)"
    )
    bar = simulate.add_mutually_exclusive_group()
    bar.add_argument(
        "--progress",
        dest="progress",
        action="store_true",
        default=None,
        help="show a progress bar on stderr even when it is not a terminal",
    )
    bar.add_argument(
        "--no-progress", dest="progress", action="store_false", help="never show a progress bar"
    )
    simulate.add_argument(
        "--explain",
        metavar="PLATFORM_ID:YEAR",
        help="print the explanation of one row (e.g. CX-01:2026) instead of the results",
    )
    simulate.set_defaults(run=_simulate)

    template = commands.add_parser(
        "scenario",
        help="print the default scenario, to start a scenario file of your own",
        description="Print the embedded default scenario (an illustrative Cixi portfolio, "
        "2025-2029) as a scenario file: cixi-innovation scenario > mine.toml",
    )
    template.add_argument(
        "--format", default="toml", metavar="toml|json", help="file format (default: toml)"
    )
    template.set_defaults(run=_template)

    check = commands.add_parser(
        "check",
        help="validate a scenario file",
        description="Validate a scenario file; print 'ok: …' or every problem with its path.",
    )
    check.add_argument("file", metavar="FILE", help="a scenario file, .toml or .json")
    check.set_defaults(run=_check)

    articles = commands.add_parser(
        "articles",
        help="print the text of the Measures, or with --trace the code of each provision",
        description="Print the articles of the Measures (one, or all by chapter). With "
        "--trace, print instead, for each article and annex section and item, the code "
        "that implements it or the reason it is not modelled.",
    )
    articles.add_argument(
        "number", nargs="?", type=_whole, metavar="N", help="an article, 1 to 24 (default: all)"
    )
    _add_lang(articles)
    articles.add_argument(
        "--trace", action="store_true", help="the implementing code of each provision"
    )
    articles.set_defaults(run=_articles)

    diagram = commands.add_parser(
        "diagram", help="draw the lifecycle of a platform kind from its table"
    )
    diagram.add_argument("kind", metavar="KIND", help="complex, consortium or center")
    diagram.add_argument(
        "--format",
        default="dot",
        metavar="dot|mermaid|table",
        help="Graphviz DOT, Mermaid stateDiagram-v2 or a Markdown table (default: dot)",
    )
    _add_lang(diagram)
    diagram.set_defaults(run=_diagram)
    return parser


# --- running -------------------------------------------------------------------------------


def _error_lines(error: BaseException) -> list[str]:
    if isinstance(error, _CommandError):
        return list(error.lines)
    problems = getattr(error, "problems", None)  # a ScenarioError
    if isinstance(error, CixiError) and problems:
        return [str(problem) for problem in problems]
    if isinstance(error, UnicodeEncodeError):
        return [
            f"the output cannot be written in the {error.encoding!r} encoding; "
            "set PYTHONIOENCODING=utf-8"
        ]
    if isinstance(error, UnicodeDecodeError):
        return [f"not UTF-8 text: {error}"]
    if isinstance(error, OSError):
        where = f"{error.filename}: " if error.filename else ""
        return [f"{where}{error.strerror or error}"]
    return str(error).splitlines() or [type(error).__name__]


# What str.splitlines() and terminals take for the end of a line: a key or a text of a
# scenario file holding one is written escaped, so that each problem stays one line.
_LINE_BREAKS = {ord(c): repr(c)[1:-1] for c in "\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029"}


def _report(lines: Sequence[str], stream: TextIO) -> None:
    for line in lines:
        stream.write(f"{PROG}: error: {line.translate(_LINE_BREAKS)}\n")


def _quiet_broken_pipe() -> None:
    """Point standard output at the null device, so the final flush cannot fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # pragma: no cover - no file descriptor to redirect
        pass


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status (0 ok, 1 invalid input, 2 usage error).

    Args:
        argv: the arguments after the program name (``sys.argv[1:]`` when None).
    """
    parser = _parser()
    try:
        args = parser.parse_args(sys.argv[1:] if argv is None else list(argv))
    except _UsageError as exc:
        print(exc, file=sys.stderr)
        return 2
    except SystemExit as exc:  # --help, --version
        return exc.code if isinstance(exc.code, int) else 0
    if getattr(args, "explain", None) is not None and args.runs > 1:
        print(
            f"{PROG} simulate: usage error: --explain explains a row of a single run; "
            "leave out --runs",
            file=sys.stderr,
        )
        return 2
    try:
        status: int = args.run(args)
        sys.stdout.flush()
    except BrokenPipeError:
        _quiet_broken_pipe()
        return 0
    except (CixiError, _CommandError, OSError, UnicodeEncodeError, UnicodeDecodeError) as error:
        _report(_error_lines(error), sys.stderr)
        return 1
    return status
