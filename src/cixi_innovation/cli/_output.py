"""What the command line writes: its fixed sentences in Chinese and English, and its errors.

Every error is one line of standard error, ``cixi-innovation: error: …`` (``错误`` under
``--lang zh``); a usage error is preceded by the usage of the command, as argparse
writes it.  Errors raised by the library keep their own text: under ``--lang zh`` their
Chinese text, and for those with none yet the command line's Chinese wording of the
common ones (:mod:`cixi_innovation.cli._zh`); the frame is the command line's.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from typing import TextIO

from cixi_innovation.values.errors import CixiError

__all__ = [
    "PROG",
    "CommandError",
    "UsageError",
    "columns_variable",
    "error_lines",
    "out",
    "quiet_broken_pipe",
    "report",
    "say",
    "terminal_columns",
    "usage_error",
]

#: The command's name, as installed.
PROG = "cixi-innovation"

# The command line's own sentences: key -> (en, zh), formatted with str.format.
_SENTENCES: dict[str, tuple[str, str]] = {
    "hint": (
        f"Run '{PROG} simulate' to simulate the default scenario, "
        f"or '{PROG} --help' for every command.",
        f"运行“{PROG} simulate”模拟默认情景,“{PROG} --help”查看全部命令。",
    ),
    "ok": (
        "ok: {count} platform{plural}, years {first}-{last}",
        "通过:{count} 个平台,年度 {first}-{last}",
    ),
    "error": ("error", "错误"),
    "plot": (
        "{value!r} is not a .png or .svg file; --plot writes a chart as PNG or SVG",
        "{value!r} 不是 .png 或 .svg 文件;--plot 将图表写为 PNG 或 SVG",
    ),
    "no_matplotlib": (
        "--plot needs matplotlib, which is not installed: pip install 'cixi-innovation[plot]'",
        "--plot 需要 matplotlib,但尚未安装:pip install 'cixi-innovation[plot]'",
    ),
    "usage": ("usage: ", "用法:"),
    "commands": ("commands", "命令"),
    "runs": ("runs", "次运行"),
    "platform_years": ("platform-years", "个平台年度"),
    "left": (", {time} left", ",剩余 {time}"),
    "cannot_read": ("{path}: cannot read: {reason}", "{path}: 无法读取:{reason}"),
    "not_utf8": ("not UTF-8 text: {error}", "不是 UTF-8 文本:{error}"),
    "choice": (
        "{value!r} is not {what}; choose one of: {choices}",
        "{value!r} 不是{what};可选:{choices}",
    ),
    "output format": ("an output format", "输出格式"),
    "scenario format": ("a scenario format", "情景文件格式"),
    "input format": ("an input format", "输入格式"),
    "diagram format": ("a diagram format", "图的格式"),
    "language": ("a language", "语言"),
    "platform kind": ("a platform kind", "平台类型"),
    "shell": ("a shell", "shell"),
    "article": (
        "{value!r} is not an article; the Measures have articles 1 to 24",
        "{value!r} 不是条款序号;本办法共 1 至 24 条",
    ),
    "explain": (
        "{value!r} is not PLATFORM_ID:YEAR (e.g. CX-01:2026)",
        "{value!r} 不是“平台编号:年度”(例如 CX-01:2026)",
    ),
    "whole": ("{value!r} is not a whole number", "{value!r} 不是整数"),
    "positive": (
        "{value!r} is not a whole number of at least 1",
        "{value!r} 不是不小于 1 的整数",
    ),
    "seconds": ("{value!r} is not a number of seconds above 0", "{value!r} 不是大于 0 的秒数"),
    "size": (
        "{value!r} is not a size in bytes of at least 1 (e.g. 2000000, 512M or 2G)",
        "{value!r} 不是不小于 1 的字节数(例如 2000000、512M 或 2G)",
    ),
    "columns": (
        "{value!r} is not a number of columns of at least {least}",
        "{value!r} 不是不小于 {least} 的列数",
    ),
    "explain_runs": (
        "--explain explains a row of a single run; leave out --runs",
        "--explain 解释单次模拟中的一行;请去掉 --runs",
    ),
    "no_variant": (
        "compare needs a VARIANT file or at least one --set NAME=VALUE",
        "compare 需要方案文件 VARIANT,或至少一个 --set 名称=值",
    ),
    "totals": (
        "--totals adds the yearly totals to the CSV of a single run; "
        "use it with --format csv and without --runs",
        "--totals 在单次模拟的 CSV 中加入年度合计;请与 --format csv 同用,且不用 --runs",
    ),
}


def say(lang: str, key: str, **values: object) -> str:
    """The command line's sentence ``key`` in ``lang`` (``"zh"`` or English)."""
    return _SENTENCES[key][1 if lang == "zh" else 0].format(**values)


class UsageError(Exception):
    """A command line that cannot be run as given (exit status 2).

    Args:
        usage: the usage of the command, as argparse formats it.
        message: what is wrong.
    """

    def __init__(self, usage: str, message: str) -> None:
        super().__init__(message)
        self.usage = usage
        self.message = message


def usage_error(parser: argparse.ArgumentParser, message: str, lang: str) -> UsageError:
    """The usage error ``message`` of the command ``parser`` parses, with its usage in ``lang``."""
    usage = parser.format_usage()
    if lang == "zh":
        usage = usage.replace("usage: ", say("zh", "usage"), 1)
    return UsageError(usage, message)


class CommandError(Exception):
    """The command failed; ``lines`` are the error lines to print (exit status 1)."""

    def __init__(self, lines: Sequence[str]) -> None:
        super().__init__("\n".join(lines))
        self.lines = tuple(lines)


def out(text: str) -> None:
    """Write ``text`` to standard output, ending it with a newline."""
    sys.stdout.write(text if text.endswith("\n") else text + "\n")


def error_lines(error: BaseException, lang: str) -> list[str]:
    """The lines of standard error that report ``error``, one per problem."""
    if isinstance(error, CommandError):
        return list(error.lines)
    problems = getattr(error, "problems", None)  # a ScenarioError
    if isinstance(error, CixiError) and problems:
        return [problem.text(lang) for problem in problems]
    if isinstance(error, UnicodeEncodeError):
        # In English whatever the language: the stream cannot encode Chinese either.
        return [
            f"the output cannot be written in the {error.encoding!r} encoding; "
            "set PYTHONIOENCODING=utf-8"
        ]
    if isinstance(error, UnicodeDecodeError):
        return [say(lang, "not_utf8", error=error)]
    if isinstance(error, OSError):
        where = f"{error.filename}: " if error.filename else ""
        return [f"{where}{error.strerror or error}"]
    # a library error in Chinese under --lang zh, where it has a Chinese text
    text = error.text(lang) if isinstance(error, CixiError) else str(error)
    return text.splitlines() or [type(error).__name__]


# What str.splitlines() and terminals take for the end of a line: a key or a text of a
# scenario file holding one is written escaped, so that each problem stays one line.
_LINE_BREAKS = {ord(c): repr(c)[1:-1] for c in "\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029"}


def report(lines: Sequence[str], stream: TextIO, lang: str) -> None:
    """Write each error line to ``stream``, framed as the command's error.

    Under ``--lang zh`` a library error reads in its own Chinese text
    (:meth:`~cixi_innovation.values.errors.CixiError.text`); one with no Chinese text yet
    is worded in Chinese where the command line knows it (:mod:`cixi_innovation.cli._zh`).
    """
    if lang == "zh":  # the rewording rules are loaded for a Chinese report only
        from cixi_innovation.cli._zh import in_chinese

        lines = [in_chinese(line) for line in lines]
    for text in lines:
        stream.write(f"{PROG}: {say(lang, 'error')}: {text.translate(_LINE_BREAKS)}\n")


def columns_variable() -> int | None:
    """``COLUMNS`` when it is a positive whole number, else None."""
    columns = os.environ.get("COLUMNS", "")
    return int(columns) if columns.isdigit() and int(columns) > 0 else None


def terminal_columns() -> int:
    """The width of the terminal, as :func:`shutil.get_terminal_size` gives it.

    ``COLUMNS`` when it is a positive number, else the width of the terminal standard
    output is, else 80.  Written here because importing :mod:`shutil` (and with it its
    compression modules) would cost every command more than reading the width does.
    """
    columns = columns_variable()
    if columns is not None:
        return columns
    try:  # the standard output the process started with (None when it has none)
        fd = sys.__stdout__.fileno()  # type: ignore[union-attr]
        return os.get_terminal_size(fd).columns or 80
    except (AttributeError, ValueError, OSError):  # no standard output, or not a terminal
        return 80


def quiet_broken_pipe() -> None:
    """Point standard output at the null device, so the final flush cannot fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # pragma: no cover - no file descriptor to redirect
        pass
