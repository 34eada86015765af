"""The ``cixi-innovation`` command line.

Without a command it prints the Measures' summary, as ``summary`` does::

    cixi-innovation [--lang zh|en]
    cixi-innovation summary [--lang zh|en]
    cixi-innovation diagram KIND [--format dot|mermaid|table] [--lang zh|en]

``diagram`` draws the lifecycle of a platform kind (``complex``, ``consortium`` or
``center``) from its table.  Exit status: 0 on success, 1 when a value is invalid
(an unknown kind, format or language; the error names it), 2 on a usage error (an
unknown command or option, a missing argument).  Errors are one line on standard error.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import NoReturn

from . import diagrams
from .errors import CixiError
from .measures import MEASURES

__all__ = ["main"]

PROG = "cixi-innovation"


class _UsageError(Exception):
    """A command line argparse cannot parse (exit status 2)."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise _UsageError(f"{self.prog}: usage error: {message}")


def _summary(args: argparse.Namespace) -> int:
    print(MEASURES.summary(diagrams.check_lang(args.lang)))
    return 0


def _diagram(args: argparse.Namespace) -> int:
    lifecycle = diagrams.lifecycle_for(args.kind)
    sys.stdout.write(diagrams.render(lifecycle, args.format, args.lang))
    return 0


def _parser() -> _Parser:
    parser = _Parser(
        prog=PROG,
        description="The Cixi City Interim Measures for the Management of Industrial "
        "Innovation Platforms (慈政办发〔2024〕57号) as code.",
    )
    parser.add_argument("--lang", default="en", metavar="zh|en", help="language (default: en)")
    parser.set_defaults(run=_summary)
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")

    summary = commands.add_parser("summary", help="print the Measures' summary")
    summary.add_argument("--lang", default="en", metavar="zh|en", help="language (default: en)")
    summary.set_defaults(run=_summary)

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
    diagram.add_argument("--lang", default="en", metavar="zh|en", help="language (default: en)")
    diagram.set_defaults(run=_diagram)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status (0 ok, 1 invalid input, 2 usage error)."""
    parser = _parser()
    try:
        args = parser.parse_args(sys.argv[1:] if argv is None else list(argv))
    except _UsageError as exc:
        print(exc, file=sys.stderr)
        return 2
    except SystemExit as exc:  # --help
        return exc.code if isinstance(exc.code, int) else 0
    try:
        status: int = args.run(args)
    except CixiError as exc:
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return 1
    return status
