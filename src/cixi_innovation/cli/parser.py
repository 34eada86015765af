"""The command line's grammar (命令行参数): its commands, options and their values.

Every value with a fixed set of choices, an article number or a ``PLATFORM_ID:YEAR`` is
checked here, while parsing, so that a wrong one is a usage error (exit status 2, with
the usage of the command), the same as an unknown option.  The parser is built for a
language, so that these messages are in Chinese under ``--lang zh``.
"""

from __future__ import annotations

import argparse
import contextlib
from collections.abc import Callable, Iterator, Sequence
from typing import Any, Final, NoReturn

from cixi_innovation import __version__
from cixi_innovation.cli import _output, commands
from cixi_innovation.cli._output import PROG, UsageError, say, terminal_columns
from cixi_innovation.scenarios.tables import MIN_TABLE_WIDTH

__all__ = [
    "ARGPARSE_ZH",
    "ARTICLE_COUNT",
    "DIAGRAM_FORMATS",
    "DIAGRAM_KINDS",
    "LANGS",
    "SHELLS",
    "SIMULATE_FORMATS",
    "argparse_in",
    "build_parser",
    "lang_of",
    "usage_error",
]

#: Output formats of ``simulate``.
SIMULATE_FORMATS = ("table", "json", "csv")
#: Languages of the output.
LANGS = ("zh", "en")
#: Shells ``completion`` writes a script for.
SHELLS = ("bash", "zsh")
# The three constants below restate what the law and lifecycle layers define (tests
# hold them equal), so that parsing a command line imports neither layer: a command
# loads only the modules it uses.
#: Platform kinds ``diagram`` draws (the codes of ``PlatformKind``).
DIAGRAM_KINDS = ("complex", "consortium", "center")
#: Formats ``diagram`` draws in (the keys of ``lifecycles.diagrams.FORMATS``).
DIAGRAM_FORMATS = ("dot", "mermaid", "table")
#: The number of articles of the Measures (``len(law.articles.ARTICLES)``).
ARTICLE_COUNT = 24
_SCENARIO_FORMATS = ("toml", "json")


#: argparse's own messages (the texts it translates through gettext) in Chinese.
ARGPARSE_ZH: Final = {
    "usage: ": "用法:",
    "positional arguments": "位置参数",
    "options": "选项",
    "show this help message and exit": "显示本帮助并退出",
    "show program's version number and exit": "显示程序的版本号并退出",
    "argument %(argument_name)s: %(message)s": "参数 %(argument_name)s: %(message)s",
    "the following arguments are required: %s": "缺少以下参数:%s",
    "unrecognized arguments: %s": "无法识别的参数:%s",
    "invalid choice: %(value)r (choose from %(choices)s)": "无效的命令:%(value)r(可选:%(choices)s)",
    "expected one argument": "需要一个值",
    "expected at most one argument": "至多需要一个值",
    "expected at least one argument": "至少需要一个值",
    "not allowed with argument %s": "不能与参数 %s 同用",
    "one of the arguments %s is required": "须给出参数 %s 之一",
    "ambiguous option: %(option)s could match %(matches)s": "有歧义的选项:%(option)s 可指 %(matches)s",
    "ignored explicit argument %r": "忽略了显式给出的值 %r",
    "invalid %(type)s value: %(value)r": "无效的 %(type)s 值:%(value)r",
    "unknown parser %(parser_name)r (choices: %(choices)s)": "未知的命令 %(parser_name)r(可选:%(choices)s)",
    # argparse's plural form, with its count
    "expected %s argument": "需要 %s 个值",
}


def _zh_gettext(message: str) -> str:
    return ARGPARSE_ZH.get(message, message)


def _zh_ngettext(singular: str, plural: str, count: int) -> str:
    return ARGPARSE_ZH.get(singular, singular if count == 1 else plural)


def _en_gettext(message: str) -> str:
    return message


def _en_ngettext(singular: str, plural: str, count: int) -> str:
    return singular if count == 1 else plural


@contextlib.contextmanager
def argparse_in(lang: str) -> Iterator[None]:
    """While inside, argparse writes its own messages (usage, help, errors) in ``lang``.

    argparse words them through gettext; its module's two translation functions are
    swapped for :data:`ARGPARSE_ZH` under ``"zh"``, for its own English texts otherwise,
    and put back on leaving.  (gettext would look for a catalog on disk for each of
    them, importing ``locale``, a cost every command paid for texts already known.)
    """
    saved = argparse._, argparse.ngettext  # type: ignore[attr-defined]
    swapped = (_zh_gettext, _zh_ngettext) if lang == "zh" else (_en_gettext, _en_ngettext)
    argparse._, argparse.ngettext = swapped  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved  # type: ignore[attr-defined]


class _Formatter(argparse.HelpFormatter):
    """argparse's help formatter, the terminal's width read without :mod:`shutil`.

    argparse makes one for every argument it adds, each importing :mod:`shutil` to
    read the width; :func:`~cixi_innovation.cli._output.terminal_columns` reads it the
    same way.
    """

    def __init__(
        self,
        prog: str,
        indent_increment: int = 2,
        max_help_position: int = 24,
        width: int | None = None,
    ) -> None:
        width = terminal_columns() - 2 if width is None else width
        super().__init__(prog, indent_increment, max_help_position, width)


class _Parser(argparse.ArgumentParser):
    lang = "en"

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _Formatter)  # the commands' parsers too
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> NoReturn:
        raise usage_error(self, message)


def usage_error(parser: argparse.ArgumentParser, message: str) -> UsageError:
    """The usage error ``message`` of the command ``parser`` parses, with its usage."""
    return _output.usage_error(parser, message, _Parser.lang)


def lang_of(argv: Sequence[str]) -> str:
    """The language asked for by ``--lang`` anywhere in ``argv``, before parsing."""
    lang = "en"
    for index, arg in enumerate(argv):
        if arg == "--lang" and index + 1 < len(argv):
            lang = argv[index + 1]
        elif arg.startswith("--lang="):
            lang = arg.removeprefix("--lang=")
    return "zh" if lang == "zh" else "en"


def _choice(lang: str, what: str, choices: Sequence[str]) -> Callable[[str], str]:
    def check(text: str) -> str:
        if text not in choices:
            message = say(
                lang, "choice", value=text, what=say(lang, what), choices=", ".join(choices)
            )
            raise argparse.ArgumentTypeError(message)
        return text

    check.choices = tuple(choices)  # type: ignore[attr-defined]  # read by completion
    return check


def _number(lang: str, key: str, least: int, most: int | None = None) -> Callable[[str], int]:
    def check(text: str) -> int:
        value = int(text) if text.strip().lstrip("+-").isdigit() else None
        if value is None or value < least or (most is not None and value > most):
            raise argparse.ArgumentTypeError(say(lang, key, value=text, least=least))
        return value

    return check


def _whole(lang: str) -> Callable[[str], int]:
    def check(text: str) -> int:
        try:
            return int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(say(lang, "whole", value=text)) from None

    return check


def _seconds(lang: str) -> Callable[[str], float]:
    def check(text: str) -> float:
        try:
            value = float(text)
        except ValueError:
            value = 0.0
        if not 0 < value < float("inf"):
            raise argparse.ArgumentTypeError(say(lang, "seconds", value=text))
        return value

    return check


_SIZE_UNITS = {"": 1, "k": 1024, "m": 1024**2, "g": 1024**3}


def _size(lang: str) -> Callable[[str], int]:
    def check(text: str) -> int:
        digits = text.strip().lower().removesuffix("ib").removesuffix("b")
        unit = digits[-1:] if digits[-1:] in _SIZE_UNITS else ""
        number = digits[: len(digits) - len(unit)]
        if not (number.isascii() and number.isdigit()) or int(number) < 1:
            raise argparse.ArgumentTypeError(say(lang, "size", value=text))
        return int(number) * _SIZE_UNITS[unit]

    return check


def _plot_file(lang: str) -> Callable[[str], str]:
    def check(text: str) -> str:
        # the suffixes of scenarios.charts.CHART_SUFFIXES, without importing the charts here
        if not text.lower().endswith((".png", ".svg")):
            raise argparse.ArgumentTypeError(say(lang, "plot", value=text))
        return text

    return check


def _explain_target(lang: str) -> Callable[[str], tuple[str, int]]:
    def check(text: str) -> tuple[str, int]:
        platform_id, _, year = text.rpartition(":")
        if not platform_id or not year.isdigit():
            raise argparse.ArgumentTypeError(say(lang, "explain", value=text))
        return platform_id, int(year)

    return check


#: The help of each argument, one a line: ``NAME  text`` (two spaces apart), the name
#: prefixed by its command where commands say it differently.
_HELP_TABLE: Final = """
--lang  language (default: en)
file  a scenario file, .toml or .json; - reads standard input
--input-format  the file's format (default: from its suffix; for -, JSON if it opens with {)
--read-timeout  give up a FIFO or a device that has not delivered after this long (default: READ_TIMEOUT of cixi_innovation.scenarios.files, 10 seconds)
--max-size  refuse a larger file unread; K, M or G for KiB, MiB, GiB (default: 1G)
--set  {what} with a parameter, reading or input set otherwise (repeatable), e.g. --set operating_subsidy_cap=400000, --set measures.effective=strict_after
--format  output (default: table)
--seed  seed of the outcomes drawn from the scenario's probabilities (default: 0)
--width  fold the table to this width (default: $COLUMNS, or the terminal's; a file or a pipe gets the whole table)
compare file  the base scenario file, .toml or .json; - reads standard input
variant  the variant scenario file
--runs  Monte Carlo runs (default: 1)
--jobs  processes (default: 1)
--progress  show a progress bar on stderr even when it is not a terminal
--no-progress  never show a progress bar
--explain  explain one row (e.g. CX-01:2026) instead of the results; JSON with --format json
--plot  also draw the budget per year by article (a fan chart with --runs) to this PNG or SVG file (needs matplotlib: the plot extra)
--totals  CSV: add one row per year with the year's totals (kind 'total')
scenario --format  file format (default: toml)
--uncertain  the uncertain example instead: outcomes drawn from probabilities, for a Monte Carlo study
number  an article, 1 to {count} (default: all)
--trace  the implementing code of each provision
kind  complex, consortium or center
diagram --format  Graphviz DOT, Mermaid stateDiagram-v2 or a Markdown table (default: dot)
shell  bash or zsh
"""
_HELP: Final = dict(line.split("  ", 1) for line in _HELP_TABLE.strip().splitlines())


def _help(parser: argparse._ActionsContainer, name: str) -> str:
    """The help of argument ``name`` of the command ``parser`` parses."""
    command = str(getattr(parser, "prog", "")).rpartition(" ")[2]
    return _HELP.get(f"{command} {name}", _HELP.get(name, ""))


def _value(
    parser: argparse.ArgumentParser | argparse._MutuallyExclusiveGroup,
    name: str,
    check: Callable[[str], object] | None,
    metavar: str,
    **more: object,
) -> None:
    """Add the argument ``name``, its text read by ``check``, its help from the table."""
    owner = getattr(parser, "_container", parser)
    help_text = _help(owner, name).replace("{what}", str(more.pop("what", "")))
    help_text = help_text.replace("{count}", str(ARTICLE_COUNT))
    parser.add_argument(name, type=check, metavar=metavar, help=help_text, **more)  # type: ignore[arg-type]


def _pick(
    parser: argparse.ArgumentParser, name: str, check: Callable[[str], str], **more: object
) -> None:
    """Add the argument ``name`` whose value is one of ``check``'s choices, shown ``a|b|c``."""
    more.setdefault("metavar", "|".join(check.choices))  # type: ignore[attr-defined]
    _value(parser, name, check, **more)  # type: ignore[arg-type]


def _flag(
    parser: argparse.ArgumentParser | argparse._MutuallyExclusiveGroup,
    name: str,
    action: str = "store_true",
    **more: object,
) -> None:
    """Add the flag ``name``, its help from the table."""
    owner = getattr(parser, "_container", parser)
    parser.add_argument(name, action=action, help=_help(owner, name), **more)  # type: ignore[arg-type]


def _add_lang(parser: argparse.ArgumentParser, lang: str) -> None:
    # SUPPRESS keeps a --lang given before the command (cixi-innovation --lang zh articles).
    _pick(parser, "--lang", _choice(lang, "language", LANGS), default=argparse.SUPPRESS)


def _add_input(
    parser: argparse.ArgumentParser, lang: str, *, required: bool, file: bool = True
) -> None:
    if file:
        _value(parser, "file", None, "FILE", nargs=None if required else "?")
    _pick(parser, "--input-format", _choice(lang, "input format", _SCENARIO_FORMATS))
    _value(parser, "--read-timeout", _seconds(lang), "SECONDS")
    _value(parser, "--max-size", _size(lang), "BYTES")
    _add_lang(parser, lang)


class _Setting:
    """The type of a ``--set`` value: the text itself, checked when it is applied.

    Its ``choices``, which only completion reads, are the names a setting may take alone.
    """

    def __call__(self, text: str) -> str:
        return text

    @property
    def choices(self) -> tuple[str, ...]:
        from cixi_innovation.scenarios.settings import setting_names

        return tuple(f"{name}=" for name in setting_names())


def _add_settings(parser: argparse.ArgumentParser, what: str) -> None:
    _value(
        parser,
        "--set",
        _Setting(),
        "NAME=VALUE",
        dest="settings",
        action="append",
        default=[],
        what=what,
    )


def _add_output(parser: argparse.ArgumentParser, lang: str) -> None:
    _pick(parser, "--format", _choice(lang, "output format", SIMULATE_FORMATS), default="table")
    _value(parser, "--seed", _whole(lang), "S", default=0)
    _value(parser, "--width", _number(lang, "columns", MIN_TABLE_WIDTH), "COLUMNS")


def _add_compare(commands_: argparse._SubParsersAction[_Parser], lang: str) -> None:
    compare = commands_.add_parser(
        "compare",
        help="compare a variant of a scenario with its base, year by year and platform by platform",
        description="Simulate a base scenario and a variant (a second file, or the base "
        "with --set) with the same seed and print the differences, variant minus base: "
        "the settings, each year's budget lines, each platform and year whose state or "
        "money differs, and the articles behind each. Without BASE, the default scenario.",
    )
    _value(compare, "file", None, "BASE", nargs="?")
    _value(compare, "variant", None, "VARIANT", nargs="?")
    _add_settings(compare, "the variant: the base (or VARIANT)")
    _add_output(compare, lang)
    _add_input(compare, lang, required=False, file=False)
    compare.set_defaults(run=commands.compare, command=compare)


def _add_simulate(commands_: argparse._SubParsersAction[_Parser], lang: str) -> None:
    simulate = commands_.add_parser(
        "simulate",
        help="simulate a scenario file (the default scenario without one)",
        description="Simulate a portfolio scenario year by year: once, or with --runs N as "
        "a Monte Carlo study of N runs.",
    )
    _add_input(simulate, lang, required=False)
    _add_output(simulate, lang)
    _add_settings(simulate, "simulate the scenario")
    _value(simulate, "--runs", _number(lang, "positive", 1), "N", default=1)
    _value(simulate, "--jobs", _number(lang, "positive", 1), "N", default=1)
    bar = simulate.add_mutually_exclusive_group()
    _flag(bar, "--progress", dest="progress", default=None)
    _flag(bar, "--no-progress", "store_false", dest="progress")
    _value(simulate, "--explain", _explain_target(lang), "PLATFORM_ID:YEAR")
    _value(simulate, "--plot", _plot_file(lang), "FILE.png|FILE.svg")
    _flag(simulate, "--totals")
    simulate.set_defaults(run=commands.simulate, command=simulate)


def build_parser(lang: str = "en") -> argparse.ArgumentParser:
    """The parser of the command line, with its messages in ``lang``."""
    _Parser.lang = lang
    parser = _Parser(
        prog=PROG,
        description="The Cixi City Interim Measures for the Management of Industrial "
        "Innovation Platforms (慈政办发〔2024〕57号) as code.",
        epilog="Exit status: 0 success, 1 invalid input, 2 usage error.",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    _pick(parser, "--lang", _choice(lang, "language", LANGS), default="en")
    parser.set_defaults(run=commands.welcome)
    commands_ = parser.add_subparsers(title=say(lang, "commands"), metavar="COMMAND")

    summary = commands_.add_parser("summary", help="print the Measures' summary")
    _add_lang(summary, lang)
    summary.set_defaults(run=commands.summary)

    _add_simulate(commands_, lang)
    _add_compare(commands_, lang)

    template = commands_.add_parser(
        "scenario",
        help="print the default scenario, to start a scenario file of your own",
        description="Print the embedded default scenario (an illustrative Cixi portfolio, "
        "2025-2029) as a scenario file: cixi-innovation scenario > mine.toml",
    )
    _pick(template, "--format", _choice(lang, "scenario format", _SCENARIO_FORMATS), default="toml")
    _flag(template, "--uncertain")
    _add_lang(template, lang)
    template.set_defaults(run=commands.scenario)

    check = commands_.add_parser(
        "check",
        help="validate a scenario file",
        description="Validate a scenario file; print 'ok: …' or every problem with its path.",
    )
    _add_input(check, lang, required=True)
    check.set_defaults(run=commands.check)

    articles = commands_.add_parser(
        "articles",
        help="print the text of the Measures, or with --trace the code of each provision",
        description="Print the articles of the Measures (one, or all by chapter). With "
        "--trace, print instead, for each article and annex section and item, the code "
        "that implements it or the reason it is not modelled.",
    )
    _value(articles, "number", _number(lang, "article", 1, ARTICLE_COUNT), "N", nargs="?")
    _add_lang(articles, lang)
    _flag(articles, "--trace")
    articles.set_defaults(run=commands.articles)

    diagram = commands_.add_parser(
        "diagram", help="draw the lifecycle of a platform kind from its table"
    )
    _pick(diagram, "kind", _choice(lang, "platform kind", DIAGRAM_KINDS), metavar="KIND")
    _pick(diagram, "--format", _choice(lang, "diagram format", DIAGRAM_FORMATS), default="dot")
    _add_lang(diagram, lang)
    diagram.set_defaults(run=commands.diagram)

    completion = commands_.add_parser(
        "completion",
        help="print a completion script for bash or zsh",
        description="Print a shell completion script, e.g. "
        'eval "$(cixi-innovation completion bash)" in ~/.bashrc, or '
        "cixi-innovation completion zsh > ~/.zfunc/_cixi-innovation.",
    )
    _pick(completion, "shell", _choice(lang, "shell", SHELLS), metavar="SHELL")
    _add_lang(completion, lang)
    completion.set_defaults(run=commands.completion, root=parser)
    return parser
