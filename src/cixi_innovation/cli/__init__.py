"""The cixi-innovation command line, also run as python -m cixi_innovation.

::

    cixi-innovation [--lang zh|en] [--version]
    cixi-innovation summary [--lang zh|en]
    cixi-innovation simulate [FILE|-] [--format table|json|csv] [--lang zh|en]
                             [--runs N] [--seed S] [--jobs N] [--progress | --no-progress]
                             [--explain PLATFORM_ID:YEAR] [--width COLUMNS] [--totals]
                             [--set NAME=VALUE]... [--input-format toml|json]
                             [--read-timeout SECONDS]
    cixi-innovation compare [BASE|- [VARIANT]] [--set NAME=VALUE]...
                            [--format table|json|csv] [--lang zh|en] [--seed S]
                            [--width COLUMNS] [--input-format toml|json]
                            [--read-timeout SECONDS]
    cixi-innovation check FILE|- [--input-format toml|json] [--read-timeout SECONDS]
    cixi-innovation scenario [--format toml|json] [--uncertain]
    cixi-innovation articles [N] [--lang zh|en] [--trace]
    cixi-innovation diagram KIND [--format dot|mermaid|table] [--lang zh|en]
    cixi-innovation completion bash|zsh

Without a command it prints the Measures' summary and a hint.  ``simulate`` runs a
scenario file (TOML or JSON; the embedded default scenario without one), once or, with
``--runs N``, as a Monte Carlo study, with ``--set NAME=VALUE`` changing a parameter,
a reading or an input of the scenario first; ``compare`` simulates a base and a variant
(a second file, or the base with ``--set``) and prints their differences year by year
and platform by platform, with the articles behind each; ``check`` validates a scenario file; ``scenario``
prints the default scenario (or, with ``--uncertain``, an uncertain one) as a file to
start from; ``articles`` prints the text of
the Measures or, with ``--trace``, which code implements each provision; ``diagram``
draws the lifecycle of a platform kind (``complex``, ``consortium`` or ``center``) from
its table; ``completion`` prints a bash or zsh completion script made from the parser.
``-`` as FILE reads standard input; a FIFO or a device that delivers nothing within
``--read-timeout`` seconds is given up.

Exit status: 0 on success, 1 on invalid input (a scenario with problems, a file that
cannot be read: each problem is one line on standard error, ``FILE: path: message``),
2 on a usage error (an unknown command or option, a missing argument, a value not among
the choices, an article number out of 1-24, a malformed ``--explain``, an unknown
setting or a value it refuses in ``--set``: the usage, then one line).  Under ``--lang zh`` the command line's own messages are in Chinese.  No
traceback is ever shown; a closed standard output (``cixi-innovation articles | head``)
ends the command quietly.

The modules: :mod:`~cixi_innovation.cli.parser` (the grammar),
:mod:`~cixi_innovation.cli.commands` (one function per command),
:mod:`~cixi_innovation.cli.progress` (the progress bar),
:mod:`~cixi_innovation.cli.completion` (the shell completion scripts).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from cixi_innovation.cli._output import (
    PROG,
    CommandError,
    UsageError,
    error_lines,
    quiet_broken_pipe,
    report,
    say,
)
from cixi_innovation.values.errors import CixiError

__all__ = ["PROG", "main"]


def _usage_error(error: UsageError, lang: str) -> int:
    sys.stderr.write(error.usage)
    report([error.message], sys.stderr, lang)
    return 2


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status (0 ok, 1 invalid input, 2 usage error).

    Args:
        argv: the arguments after the program name (``sys.argv[1:]`` when None).
    """
    from cixi_innovation.cli.parser import argparse_in, build_parser, lang_of, usage_error

    arguments = sys.argv[1:] if argv is None else list(argv)
    lang = lang_of(arguments)
    try:
        with argparse_in(lang):
            parser = build_parser(lang)
            args = parser.parse_args(arguments)
        command = getattr(args, "command", parser)
        if getattr(args, "explain", None) is not None and args.runs > 1:
            raise usage_error(command, say(lang, "explain_runs"))
        if getattr(args, "totals", False) and (args.format != "csv" or args.runs > 1):
            raise usage_error(command, say(lang, "totals"))
    except UsageError as error:
        return _usage_error(error, lang)
    except SystemExit as exc:  # --help, --version
        return exc.code if isinstance(exc.code, int) else 0
    try:
        status: int = args.run(args)
        sys.stdout.flush()
    except BrokenPipeError:
        quiet_broken_pipe()
        return 0
    except UsageError as error:  # a value the command finds wrong: a --set
        return _usage_error(error, lang)
    except (CixiError, CommandError, OSError, UnicodeEncodeError, UnicodeDecodeError) as error:
        # A terminal that cannot encode the output cannot encode Chinese errors either.
        lang = "en" if isinstance(error, UnicodeEncodeError) else lang
        report(error_lines(error, lang), sys.stderr, lang)
        return 1
    return status
