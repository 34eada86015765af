"""The commands of the command line, one function each: ``args`` in, exit status out.

Each reads the parsed arguments (:mod:`cixi_innovation.cli.parser`), writes its result to
standard output and raises what goes wrong; :func:`cixi_innovation.cli.main` reports it.
Every module beyond the command line's own is imported by the command that uses it (the
Measures' text by ``articles``, the lifecycles by ``diagram``, the simulation by
``simulate``), so that each command loads only what it needs.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from cixi_innovation.cli._output import (
    CommandError,
    columns_variable,
    error_lines,
    out,
    say,
    terminal_columns,
    usage_error,
)
from cixi_innovation.values.errors import CixiError

if TYPE_CHECKING:
    from cixi_innovation.scenarios.scenario import Scenario

__all__ = [
    "STDIN_NAME",
    "articles",
    "check",
    "compare",
    "completion",
    "diagram",
    "scenario",
    "simulate",
    "summary",
    "welcome",
]

_T = TypeVar("_T")

#: How standard input (``-`` as FILE) is named in errors.
STDIN_NAME = "<stdin>"


def welcome(args: argparse.Namespace) -> int:
    """No command: the Measures' summary and a hint."""
    from cixi_innovation.law.measures import MEASURES

    out(MEASURES.summary(args.lang))
    out(say(args.lang, "hint"))
    return 0


def summary(args: argparse.Namespace) -> int:
    """``summary``: the Measures' summary."""
    from cixi_innovation.law.measures import MEASURES

    out(MEASURES.summary(args.lang))
    return 0


def diagram(args: argparse.Namespace) -> int:
    """``diagram KIND``: the lifecycle of a platform kind."""
    from cixi_innovation.lifecycles import diagrams

    lifecycle = diagrams.lifecycle_for(args.kind)
    sys.stdout.write(diagrams.render(lifecycle, args.format, args.lang))
    return 0


def _article_text(number: int, lang: str) -> str:
    from cixi_innovation.law.articles import ARTICLES

    article = ARTICLES[number]
    heading = article.heading_zh if lang == "zh" else article.heading_en
    return f"{heading}\n{article.text(lang)}\n"


def articles(args: argparse.Namespace) -> int:
    """``articles [N]``: the text of the Measures, or with ``--trace`` the code of each."""
    from cixi_innovation.law.articles import ARTICLES, CHAPTERS

    lang = args.lang
    if args.trace:
        from cixi_innovation.law.registry import format_trace, trace

        rows = trace()
        if args.number is not None:
            citation = ARTICLES[args.number].citation
            rows = tuple(r for r in rows if r.citation.whole == citation)
        out(format_trace(rows, lang))
        return 0
    if args.number is not None:
        out(_article_text(args.number, lang))
        return 0
    parts: list[str] = []
    for chapter in CHAPTERS.values():
        parts.append((chapter.zh if lang == "zh" else chapter.en) + "\n")
        parts.extend(_article_text(number, lang) for number in chapter.articles)
    sys.stdout.write("\n".join(parts))
    return 0


def _source_name(args: argparse.Namespace, file: str | None = None) -> str:
    file = args.file if file is None else file
    return STDIN_NAME if file == "-" else str(file)


def _load(args: argparse.Namespace, file: str | None = None) -> Scenario:
    """Load the scenario file (``args.file`` by default; ``-``: standard input).

    Each problem becomes a line naming the file.
    """
    from cixi_innovation.scenarios.files import (
        MAX_BYTES,
        READ_TIMEOUT,
        file_problem,
        load_scenario,
        loads_scenario,
        read_source,
        sniff_format,
    )
    from cixi_innovation.scenarios.problems import ScenarioError

    file = args.file if file is None else file
    name = _source_name(args, file)
    timeout = READ_TIMEOUT if args.read_timeout is None else args.read_timeout
    try:
        limit = args.max_size or MAX_BYTES
        if file == "-":
            data = read_source(sys.stdin.buffer, timeout=timeout, max_bytes=limit)
            fmt = args.input_format or sniff_format(data)
            return loads_scenario(data, fmt, max_bytes=limit)
        return load_scenario(file, args.input_format, timeout=timeout, max_bytes=limit)
    except ScenarioError as error:
        lines = [f"{name}: {problem.text(args.lang)}" for problem in error.problems]
        raise CommandError(lines) from None
    except CixiError as error:
        raise CommandError([f"{name}: {error.text(args.lang)}"]) from None
    except OSError as error:
        reason = file_problem(error).message_in(args.lang)
        raise CommandError([say(args.lang, "cannot_read", path=name, reason=reason)]) from None


def _simulation_problems(args: argparse.Namespace, given: Scenario, seed: object) -> None:
    """Raise every problem the simulation of ``given`` meets, each line naming the file."""
    from cixi_innovation.scenarios.checks import check_scenario

    problems = check_scenario(given, seed)
    if problems:
        where = "" if args.file is None else f"{_source_name(args)}: "
        raise CommandError([f"{where}{problem.text(args.lang)}" for problem in problems])


def check(args: argparse.Namespace) -> int:
    """``check FILE``: validate a scenario file as ``simulate FILE`` reads and runs it."""
    scenario = _load(args)
    _simulation_problems(args, scenario, 0)
    count = len(scenario.platforms)
    first, last = scenario.horizon.first, scenario.horizon.last
    plural = "" if count == 1 else "s"
    out(say(args.lang, "ok", count=count, plural=plural, first=first, last=last))
    return 0


_SHIPPED = {False: "default_scenario.toml", True: "uncertain_scenario.toml"}


def scenario(args: argparse.Namespace) -> int:
    """``scenario``: the default (or, with ``--uncertain``, the uncertain) scenario file."""
    from importlib import resources

    text = (resources.files("cixi_innovation") / "data" / _SHIPPED[args.uncertain]).read_text(
        encoding="utf-8"
    )
    if args.format == "toml":
        sys.stdout.write(text)
        return 0
    from cixi_innovation.scenarios.files import dumps_scenario, loads_scenario

    sys.stdout.write(dumps_scenario(loads_scenario(text), "json"))
    return 0


def _table_width(args: argparse.Namespace) -> int | None:
    """The width to fit the table to: --width, COLUMNS, the terminal; None for a file."""
    if args.width is not None:
        return int(args.width)
    columns = columns_variable()
    if columns is not None:
        return columns
    return terminal_columns() if sys.stdout.isatty() else None


def _with_settings(args: argparse.Namespace, scenario: Scenario) -> Scenario:
    """``scenario`` with the ``--set`` settings; a wrong one is a usage error naming it."""
    from cixi_innovation.scenarios.settings import parse_setting, with_settings

    try:
        return with_settings(scenario, [parse_setting(text) for text in args.settings])
    except CixiError as error:
        message = "--set " + " ".join(error_lines(error, args.lang))
        raise usage_error(args.command, message, args.lang) from None


def _given(args: argparse.Namespace) -> Scenario:
    """The scenario of ``args.file`` (the default scenario without one)."""
    from cixi_innovation.scenarios.default import default_scenario

    return default_scenario() if args.file is None else _load(args)


def _simulated(
    args: argparse.Namespace, run: Callable[[], _T], given: Scenario | None = None
) -> _T:
    """``run()``; a scenario that read well but cannot be simulated is the file's problem.

    With the ``given`` scenario of a single simulation, which stops at its first
    problem, every problem of the scenario is listed, as ``check`` lists them.
    """
    try:
        return run()
    except CixiError as error:
        if given is not None:
            _simulation_problems(args, given, args.seed)
        files = [args.file, getattr(args, "variant", None)]
        names = [_source_name(args, file) for file in files if file is not None]
        where = f"{', '.join(names)}: " if names else ""
        raise CommandError([where + line for line in error_lines(error, args.lang)]) from None


def compare(args: argparse.Namespace) -> int:
    """``compare [BASE [VARIANT]]``: a variant against its base, variant minus base."""
    from cixi_innovation.scenarios.comparison import compare as run

    if args.variant is None and not args.settings:
        raise usage_error(args.command, say(args.lang, "no_variant"), args.lang)
    base = _given(args)
    variant = base if args.variant is None else _load(args, args.variant)
    variant = _with_settings(args, variant)
    comparison = _simulated(args, lambda: run(base, variant, args.seed))
    if args.format == "json":
        out(comparison.to_json(indent=2))
    elif args.format == "csv":
        sys.stdout.write(comparison.to_csv())
    else:
        out(comparison.to_table(args.lang, width=_table_width(args)))
    return 0


def simulate(args: argparse.Namespace) -> int:
    """``simulate [FILE]``: the results of a scenario, once or as a Monte Carlo study."""
    from cixi_innovation.scenarios.simulation import monte_carlo
    from cixi_innovation.scenarios.simulation import simulate as run

    lang, fmt = args.lang, args.format
    given = _given(args)
    if args.settings:
        given = _with_settings(args, given)
    bar = None
    if sys.stderr.isatty() if args.progress is None else args.progress:
        from cixi_innovation.cli.progress import ProgressBar

        unit = say(lang, "runs" if args.runs > 1 else "platform_years")
        bar = ProgressBar(sys.stderr, unit=unit, lang=lang)
    try:
        if args.runs == 1:
            result = _simulated(args, lambda: run(given, args.seed, progress=bar), given)
        else:
            study = _simulated(
                args, lambda: monte_carlo(given, args.runs, args.seed, jobs=args.jobs, progress=bar)
            )
    finally:
        if bar is not None:
            bar.close()
    if args.plot is not None:
        _plot(args, result if args.runs == 1 else study)
    if args.runs > 1:
        if fmt == "json":
            out(study.to_json(indent=2))
        elif fmt == "csv":
            sys.stdout.write(study.to_csv())
        else:
            out(study.to_table(lang, width=_table_width(args)))
        return 0
    if args.explain is not None:
        platform_id, year = args.explain
        if fmt == "json":
            import json

            data = result.explain_data(platform_id, year)
            out(json.dumps(data, ensure_ascii=False, indent=2))
        else:
            out(result.explain(platform_id, year, lang=lang))
    elif fmt == "json":
        out(result.to_json(indent=2))
    elif fmt == "csv":
        sys.stdout.write(result.to_csv(totals=args.totals))
    else:
        out(result.to_table(lang, width=_table_width(args)))
    return 0


def _plot(args: argparse.Namespace, result: Any) -> None:
    """Write the chart of ``--plot``: the budget by article of a run, or a study's fan chart."""
    from cixi_innovation.scenarios import charts

    if args.runs == 1:
        chart = charts.budget_chart(result, lang=args.lang)
    else:
        chart = charts.fan_chart(result, lang=args.lang)
    try:
        charts.save(chart, args.plot)
    except ImportError:
        raise CommandError([say(args.lang, "no_matplotlib")]) from None


def completion(args: argparse.Namespace) -> int:
    """``completion bash|zsh``: a shell completion script made from the parser."""
    from cixi_innovation.cli.completion import script

    sys.stdout.write(script(args.root, args.shell))
    return 0
