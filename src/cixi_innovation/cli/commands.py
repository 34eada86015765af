"""The commands of the command line, one function each: ``args`` in, exit status out.

Each reads the parsed arguments (:mod:`cixi_innovation.cli.parser`), writes its result to
standard output and raises what goes wrong; :func:`cixi_innovation.cli.main` reports it.
The scenario, file and simulation modules are imported by the commands that use them, so
that ``--version``, ``summary``, ``articles`` and ``diagram`` start quickly.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
from importlib import resources
from typing import TYPE_CHECKING

from cixi_innovation.cli._output import CommandError, error_lines, out, say
from cixi_innovation.cli.progress import ProgressBar
from cixi_innovation.law.articles import ARTICLES, CHAPTERS
from cixi_innovation.law.measures import MEASURES
from cixi_innovation.lifecycles import diagrams
from cixi_innovation.values.errors import CixiError

if TYPE_CHECKING:
    from cixi_innovation.scenarios.scenario import Scenario

__all__ = [
    "STDIN_NAME",
    "articles",
    "check",
    "completion",
    "diagram",
    "scenario",
    "simulate",
    "summary",
    "welcome",
]

#: How standard input (``-`` as FILE) is named in errors.
STDIN_NAME = "<stdin>"


def welcome(args: argparse.Namespace) -> int:
    """No command: the Measures' summary and a hint."""
    out(MEASURES.summary(args.lang))
    out(say(args.lang, "hint"))
    return 0


def summary(args: argparse.Namespace) -> int:
    """``summary``: the Measures' summary."""
    out(MEASURES.summary(args.lang))
    return 0


def diagram(args: argparse.Namespace) -> int:
    """``diagram KIND``: the lifecycle of a platform kind."""
    lifecycle = diagrams.lifecycle_for(args.kind)
    sys.stdout.write(diagrams.render(lifecycle, args.format, args.lang))
    return 0


def _article_text(number: int, lang: str) -> str:
    article = ARTICLES[number]
    heading = article.heading_zh if lang == "zh" else article.heading_en
    return f"{heading}\n{article.text(lang)}\n"


def articles(args: argparse.Namespace) -> int:
    """``articles [N]``: the text of the Measures, or with ``--trace`` the code of each."""
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


def _source_name(args: argparse.Namespace) -> str:
    return STDIN_NAME if args.file == "-" else str(args.file)


def _load(args: argparse.Namespace) -> Scenario:
    """Load the scenario file (``-``: standard input); each problem becomes a line."""
    from cixi_innovation.scenarios.files import (
        MAX_BYTES,
        load_scenario,
        loads_scenario,
        read_source,
        sniff_format,
    )
    from cixi_innovation.scenarios.problems import ScenarioError

    name = _source_name(args)
    try:
        limit = args.max_size or MAX_BYTES
        if args.file == "-":
            data = read_source(sys.stdin.buffer, timeout=args.read_timeout, max_bytes=limit)
            fmt = args.input_format or sniff_format(data)
            return loads_scenario(data, fmt, max_bytes=limit)
        return load_scenario(
            args.file, args.input_format, timeout=args.read_timeout, max_bytes=limit
        )
    except ScenarioError as error:
        raise CommandError([f"{name}: {problem}" for problem in error.problems]) from None
    except CixiError as error:
        raise CommandError([f"{name}: {error}"]) from None
    except OSError as error:
        reason = error.strerror or str(error)
        raise CommandError([say(args.lang, "cannot_read", path=name, reason=reason)]) from None


def _simulation_problems(args: argparse.Namespace, given: Scenario, seed: object) -> None:
    """Raise every problem the simulation of ``given`` meets, each line naming the file."""
    from cixi_innovation.scenarios.checks import check_scenario

    problems = check_scenario(given, seed)
    if problems:
        where = "" if args.file is None else f"{_source_name(args)}: "
        raise CommandError([f"{where}{problem}" for problem in problems])


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
    columns = os.environ.get("COLUMNS", "")
    if columns.isdigit() and int(columns) > 0:
        return int(columns)
    if sys.stdout.isatty():
        return shutil.get_terminal_size().columns
    return None


def simulate(args: argparse.Namespace) -> int:
    """``simulate [FILE]``: the results of a scenario, once or as a Monte Carlo study."""
    from cixi_innovation.scenarios.default import default_scenario
    from cixi_innovation.scenarios.simulation import monte_carlo
    from cixi_innovation.scenarios.simulation import simulate as run

    lang, fmt = args.lang, args.format
    given = default_scenario() if args.file is None else _load(args)
    bar = None
    if args.runs > 1 and (sys.stderr.isatty() if args.progress is None else args.progress):
        bar = ProgressBar(sys.stderr)
    try:
        if args.runs == 1:
            result = run(given, args.seed)
        else:
            study = monte_carlo(given, args.runs, args.seed, jobs=args.jobs, progress=bar)
    except CixiError as error:
        # The scenario read well but cannot be simulated: the problems are the file's,
        # all of them listed (a single simulation stops at its first).
        if args.runs == 1:
            _simulation_problems(args, given, args.seed)
        where = "" if args.file is None else f"{_source_name(args)}: "
        raise CommandError([where + line for line in error_lines(error, lang)]) from None
    finally:
        if bar is not None:
            bar.close()
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


def completion(args: argparse.Namespace) -> int:
    """``completion bash|zsh``: a shell completion script made from the parser."""
    from cixi_innovation.cli.completion import script

    sys.stdout.write(script(args.root, args.shell))
    return 0
