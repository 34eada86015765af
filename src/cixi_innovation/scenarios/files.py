r"""Scenario files in and out: TOML and JSON, with every problem reported by its path.

This is one of the two edge modules that do I/O (the other is :mod:`cixi_innovation.cli`).
Reading a scenario goes through one door, whatever the source:

1. the size is checked before anything is parsed (:data:`MAX_BYTES` by default,
   ``max_bytes`` to change it);
2. the bytes must be UTF-8 text;
3. the nesting depth is checked by an iterative scan of the text, before any
   recursive parser sees it (:data:`MAX_DEPTH`);
4. the text is parsed by :mod:`tomllib` or :mod:`json` — no input path executes code
   (no ``eval``, no pickle, no YAML); JSON's ``NaN`` and ``Infinity`` are refused;
5. the parsed data are checked for what TOML and JSON allow but a scenario never
   holds (non-finite numbers, lone surrogates), then handed to
   :meth:`~cixi_innovation.scenarios.scenario.Scenario.from_data`, which checks everything else.

Steps 2 to 5 are the private module ``_syntax``'s.  Every problem found ends up in one :class:`~cixi_innovation.scenarios.problems.ScenarioError`
listing each one with its path; nothing is half-loaded.

Writing uses :func:`json.dumps` for JSON and this module's own small TOML writer,
:func:`to_toml` (the standard library reads TOML but does not write it):

>>> print(to_toml({"name": '慈溪 "A"', "years": {"2026": 1}, "platforms": [{"id": "c1"}]}))
name = "慈溪 \"A\""
<BLANKLINE>
[years]
"2026" = 1
<BLANKLINE>
[[platforms]]
id = "c1"
<BLANKLINE>
"""

from __future__ import annotations

import errno
import json
import math
import os
import re
import select
import stat
import tempfile
import time as clock
from collections.abc import Mapping, Sequence
from datetime import date, datetime, time
from importlib import resources
from pathlib import Path
from typing import IO, Any, Literal, TypeGuard

from cixi_innovation.scenarios._syntax import (
    MAX_DEPTH,
    _check_max_bytes,
    _check_size,
    _check_values,
    _decode,
    _fail,
    _json_type,
    _may_hold_surrogates,
    _parse_text,
)
from cixi_innovation.scenarios.problems import Problem, ScenarioError
from cixi_innovation.scenarios.scenario import Scenario
from cixi_innovation.values.errors import InvalidChoiceError

__all__ = [
    "FORMATS",
    "MAX_BYTES",
    "MAX_DEPTH",
    "READ_TIMEOUT",
    "Format",
    "dump_scenario",
    "dumps_scenario",
    "file_problem",
    "format_of",
    "load_scenario",
    "loads_scenario",
    "parse_data",
    "read_source",
    "results_schema",
    "scenario_schema",
    "sniff_format",
    "to_toml",
]

#: A scenario file format.
Format = Literal["toml", "json"]
#: The scenario file formats, by the suffix of their files.
FORMATS: tuple[Format, ...] = ("toml", "json")

#: The largest scenario file read by default, in bytes (1 GiB: room for a portfolio of
#: more than 100,000 platforms); a larger one is refused unread.  ``max_bytes`` changes it.
MAX_BYTES = 1024 * 1024 * 1024
#: Seconds a FIFO, a terminal or another device may take to deliver a scenario.
READ_TIMEOUT = 10.0


# --- the TOML writer -------------------------------------------------------------------

_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")
_ESCAPES = {
    '"': '\\"',
    "\\": "\\\\",
    "\b": "\\b",
    "\t": "\\t",
    "\n": "\\n",
    "\f": "\\f",
    "\r": "\\r",
}
# Characters a TOML basic string cannot hold as they are: the quote, the backslash,
# control characters (U+0000-U+001F, U+007F) and lone surrogates (not Unicode scalars).
_NEEDS_ESCAPE = re.compile(r'["\\\x00-\x1f\x7f\ud800-\udfff]')


def _escape_char(match: re.Match[str]) -> str:
    char = match.group()
    if "\ud800" <= char <= "\udfff":
        raise ValueError(f"lone surrogate {char!r} cannot be written as TOML (not Unicode text)")
    return _ESCAPES.get(char) or f"\\u{ord(char):04X}"


def _string(text: str) -> str:
    """A one-line TOML basic string; newlines and the like are escaped."""
    return '"' + _NEEDS_ESCAPE.sub(_escape_char, text) + '"'


def _key(key: object) -> str:
    if not isinstance(key, str):
        raise TypeError(f"TOML keys are strings, not {type(key).__name__} ({key!r})")
    # All-digit keys such as years are legal bare keys, but quoted they read as the
    # strings they are rather than as numbers.
    if _BARE_KEY.fullmatch(key) and not key.isdigit():
        return key
    return _string(key)


def _is_table_array(value: object) -> TypeGuard[Sequence[Mapping[str, object]]]:
    return (
        isinstance(value, Sequence)
        and not isinstance(value, str | bytes)
        and bool(value)
        and all(isinstance(item, Mapping) for item in value)
    )


def _value(value: object, where: str) -> str:
    """An inline TOML value: scalars, arrays and inline tables."""
    # bool before int: bool is a subclass of int.
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isnan(value):
            return "nan"
        if math.isinf(value):
            return "inf" if value > 0 else "-inf"
        return repr(value)
    if isinstance(value, str):
        return _string(value)
    # datetime before date: datetime is a subclass of date.
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, Mapping):
        items = [
            f"{_key(k)} = {_value(v, f'{where}.{k}')}" for k, v in value.items() if v is not None
        ]
        return "{ " + ", ".join(items) + " }" if items else "{}"
    if isinstance(value, Sequence) and not isinstance(value, bytes):
        for index, item in enumerate(value):
            if item is None:
                raise ValueError(f"{where}[{index}]: TOML has no null; an array cannot hold None")
        return "[" + ", ".join(_value(item, f"{where}[{i}]") for i, item in enumerate(value)) + "]"
    raise TypeError(f"{where}: {type(value).__name__} ({value!r}) has no TOML form")


def _table(lines: list[str], header: str | None, table: Mapping[str, object], path: str) -> None:
    """Append a table: its key/value pairs first, then its sub-tables and table arrays.

    The header of a table that holds nothing but sub-tables is left out: their own
    headers define it.
    """
    nested: list[tuple[str, Mapping[str, object] | Sequence[Mapping[str, object]]]] = []
    pairs: list[str] = []
    for key, value in table.items():
        if value is None:  # TOML has no null: an absent key stands for None
            continue
        if isinstance(value, Mapping) or _is_table_array(value):
            nested.append((key, value))
        else:
            pairs.append(f"{_key(key)} = {_value(value, f'{path}{key}')}")
    if header is not None and (pairs or not nested or header.startswith("[[")):
        if lines:
            lines.append("")
        lines.append(header)
    lines.extend(pairs)
    for key, value in nested:
        dotted = f"{path}{_key(key)}"
        if isinstance(value, Mapping):
            _table(lines, f"[{dotted}]", value, f"{dotted}.")
        else:
            for item in value:
                _table(lines, f"[[{dotted}]]", item, f"{dotted}.")


def to_toml(data: Mapping[str, object]) -> str:
    r"""Write plain data as a TOML document that :func:`tomllib.loads` reads back equal.

    Tables become ``[table]`` sections and lists of tables ``[[array]]`` sections;
    other lists and tables inside lists are written inline.  Strings are one-line
    basic strings with quotes, backslashes, newlines and control characters escaped
    (Chinese text is kept as it is); keys are bare when they can be, quoted otherwise
    (and always when all digits, such as a year).  TOML has no null: a key whose value
    is None is left out.

    Args:
        data: a mapping of string keys to ``str``, ``int``, ``float``, ``bool``,
            ``date``, ``datetime``, ``time``, lists and mappings of these.

    Returns:
        The TOML text, ending with a newline (empty for an empty mapping).

    Raises:
        TypeError: a key that is not a string, or a value with no TOML form.
        ValueError: None inside an array, or a string holding a lone surrogate.

    >>> print(to_toml({"note": "line 1\nline 2", "on": date(2026, 3, 1), "ok": True}), end="")
    note = "line 1\nline 2"
    on = 2026-03-01
    ok = true
    """
    lines: list[str] = []
    _table(lines, None, data, "")
    return "\n".join(lines) + "\n" if lines else ""


# --- reading --------------------------------------------------------------------------------


def _check_format(format: str) -> Format:
    if format == "toml":
        return "toml"
    if format == "json":
        return "json"
    raise InvalidChoiceError(
        f"{format!r} is not a scenario format; choose one of: {', '.join(FORMATS)}",
        zh=f"{format!r} 不是可选的情景文件格式;可选:{'、'.join(FORMATS)}",
        field="format",
    )


def format_of(path: str | os.PathLike[str]) -> Format:
    """The format of a scenario file, from its suffix (``.toml`` or ``.json``).

    >>> format_of("portfolio.TOML"), format_of("out/portfolio.json")
    ('toml', 'json')

    Raises:
        InvalidChoiceError: any other suffix.
    """
    suffix = Path(path).suffix.lower().lstrip(".")
    if suffix in FORMATS:
        return _check_format(suffix)
    raise InvalidChoiceError(
        f"cannot tell the format of {os.fspath(path)!r} from its name; name it .toml or .json",
        zh=f"无法从文件名 {os.fspath(path)!r} 判断其格式;请以 .toml 或 .json 命名",
        field="format",
    )


def parse_data(
    text: str | bytes, format: Format = "toml", *, max_bytes: int = MAX_BYTES
) -> dict[str, Any]:
    r"""Parse a scenario file's text into plain data, checked as far as the format goes.

    This is the first half of :func:`loads_scenario`: size, encoding, nesting, syntax,
    a table at the top, and values no scenario holds (NaN, infinities, lone
    surrogates).  What the data mean is left to
    :meth:`~cixi_innovation.scenarios.scenario.Scenario.from_data`.

    >>> parse_data('title = "A"\n[horizon]\nfirst = 2026\n')
    {'title': 'A', 'horizon': {'first': 2026}}
    >>> parse_data('{"title": NaN}', "json")
    Traceback (most recent call last):
    ...
    cixi_innovation.scenarios.problems.ScenarioError: title: NaN is not a finite number

    Raises:
        ScenarioError: every problem found, each with its path (the whole text when
            the text itself is at fault, or the key where a syntax error lies).
        InvalidChoiceError: ``format`` is neither ``"toml"`` nor ``"json"``.
        InputError: ``max_bytes`` is not a whole number of bytes.
    """
    data, problems = _parse(text, _check_format(format), _check_max_bytes(max_bytes))
    if problems:
        raise ScenarioError(problems)
    return data


def _parse(
    text: str | bytes, format: Format, max_bytes: int
) -> tuple[dict[str, Any], list[Problem]]:
    """The data and the problems of its values; raise at once if the text is at fault."""
    if not isinstance(text, str | bytes):
        raise _fail(
            f"{type(text).__name__} is not the text of a scenario file (str or bytes)",
            zh=f"{type(text).__name__} 不是情景文件的文本(str 或 bytes)",
        )
    if isinstance(text, bytes):
        _check_size(len(text), max_bytes)
        text = _decode(text)
    elif len(text) > max_bytes or len(text.encode("utf-8", "surrogatepass")) > max_bytes:
        _check_size(max_bytes + 1, max_bytes)
    text = text.removeprefix("\ufeff")
    data = _parse_text(text, format)
    if not isinstance(data, dict):  # only JSON: a TOML document is always a table
        kind = _json_type(data)
        raise _fail(
            f"the top level is {kind.en}, not an object of scenario keys",
            zh=f"顶层是{kind.zh},而不是由情景键组成的对象",
        )
    return data, _check_values(data, _may_hold_surrogates(text, format))


def _from_data(data: dict[str, Any], problems: list[Problem]) -> Scenario:
    """Build the scenario, reporting the format's problems and the model's together.

    A value the format let through but no scenario holds (NaN, say) is reported once,
    with the format's message; the model's message for the same path is dropped.
    """
    try:
        scenario = Scenario.from_data(data)
    except ScenarioError as error:
        seen = {p.path for p in problems}
        problems = problems + [p for p in error.problems if p.path not in seen]
    else:
        if not problems:
            return scenario
    raise ScenarioError(problems)


def _loaded(text: str | bytes, format: Format, max_bytes: int) -> Scenario:
    """The scenario of a text, parsed and read with the cycle collector paused.

    A large file is parsed into many small values and read into many more, none of
    which forms a reference cycle: the collector would only rescan the growing heap
    again and again (a fifth of the time of a 10,000-platform file).
    """
    from cixi_innovation.scenarios._run import _paused_cycle_collector

    with _paused_cycle_collector():
        return _from_data(*_parse(text, format, max_bytes))


def loads_scenario(
    text: str | bytes, format: Format = "toml", *, max_bytes: int = MAX_BYTES
) -> Scenario:
    r"""Read a scenario from the text of a TOML or JSON file.

    Args:
        text: the file's text, or its bytes (which must be UTF-8).
        format: ``"toml"`` (the default) or ``"json"``.
        max_bytes: the largest text read (:data:`MAX_BYTES` by default); a larger one
            is refused unparsed.

    Returns:
        The scenario, validated in full.

    Raises:
        ScenarioError: every problem found, each with its path; nothing is half-loaded.
        InvalidChoiceError: ``format`` is neither ``"toml"`` nor ``"json"``.
        InputError: ``max_bytes`` is not a whole number of bytes.

    >>> s = loads_scenario('title = "Empty portfolio"\nhorizon = { first = 2026, last = 2027 }\n')
    >>> s.title, s.years, s.platforms
    ('Empty portfolio', (2026, 2027), ())
    """
    return _loaded(text, _check_format(format), _check_max_bytes(max_bytes))


def sniff_format(data: str | bytes) -> Format:
    r"""The format of a scenario text with no name: JSON if it opens with ``{``, else TOML.

    Spaces, line ends and a byte order mark before the first character are skipped.

    >>> sniff_format(b'\n  {"title": "A"}'), sniff_format('title = "A"')
    ('json', 'toml')
    """
    head = data[:4096].decode("utf-8", "replace") if isinstance(data, bytes) else data[:4096]
    return "json" if head.lstrip("\ufeff \t\r\n").startswith("{") else "toml"


def _waits(mode: int) -> bool:
    """Whether reading a file of this mode may wait for a writer (FIFO, terminal, device)."""
    return stat.S_ISFIFO(mode) or stat.S_ISCHR(mode) or stat.S_ISSOCK(mode)


def _read_waiting(fd: int, timeout: float, max_bytes: int) -> bytes:
    """Read ``fd`` to its end, giving up once ``timeout`` seconds have passed in all."""
    deadline = clock.monotonic() + timeout
    chunks: list[bytes] = []
    size = 0
    while size <= max_bytes:
        ready, _, _ = select.select([fd], [], [], max(deadline - clock.monotonic(), 0.0))
        if not ready:
            if not size:
                raise _fail(f"no data after {timeout:g} s", zh=f"{timeout:g} 秒后仍无数据")
            raise _fail(
                f"no end of the data ({size:,} bytes read) after {timeout:g} s",
                zh=f"{timeout:g} 秒后数据仍未结束(已读取 {size:,} 字节)",
            )
        try:
            chunk = os.read(fd, 65536)
        except BlockingIOError:  # pragma: no cover - select said it was ready; try again
            continue
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    return b"".join(chunks)


def _read_fd(fd: int, timeout: float, max_bytes: int) -> bytes:
    if _waits(os.fstat(fd).st_mode):
        return _read_waiting(fd, timeout, max_bytes)
    chunks: list[bytes] = []
    size = 0
    # Read in chunks of at most 64 MiB: one read of a whole large file could ask for
    # more than a single system call delivers.
    while size <= max_bytes and (chunk := os.read(fd, min(max_bytes + 1 - size, 1 << 26))):
        chunks.append(chunk)
        size += len(chunk)
    return b"".join(chunks)


def read_source(
    source: str | os.PathLike[str] | IO[bytes],
    *,
    timeout: float = READ_TIMEOUT,
    max_bytes: int = MAX_BYTES,
) -> bytes:
    """The bytes of a scenario source: a file's path or an open binary stream (standard input).

    At most ``max_bytes`` + 1 bytes are read (:data:`MAX_BYTES` by default), so that a
    larger source is refused unparsed.  A FIFO, a terminal or another device is read without blocking: when it
    has not delivered all its data after ``timeout`` seconds, it is given up.

    Raises:
        ScenarioError: the source delivered no end of data within ``timeout`` seconds.
        OSError: the source cannot be read.
        InputError: ``max_bytes`` is not a whole number of bytes.
    """
    limit = _check_max_bytes(max_bytes)
    if not isinstance(source, str | os.PathLike):
        try:
            fd = source.fileno()
        except (OSError, ValueError):  # a stream in memory, e.g. io.BytesIO
            return source.read(limit + 1)
        return _read_fd(fd, timeout, limit)
    # Opening a FIFO for reading waits for a writer; O_NONBLOCK leaves the waiting to
    # select(), which gives up after the timeout.
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    if not _waits(os.stat(source).st_mode):
        flags &= ~getattr(os, "O_NONBLOCK", 0)
    fd = os.open(source, flags)
    try:
        return _read_fd(fd, timeout, limit)
    finally:
        os.close(fd)


#: The Chinese of the reasons the system gives most often why a file cannot be read.
_OS_REASONS_ZH = {
    errno.ENOENT: "文件或目录不存在",
    errno.EACCES: "没有权限",
    errno.EPERM: "没有权限",
    errno.EISDIR: "是目录",
    errno.ENOTDIR: "不是目录",
    errno.ENAMETOOLONG: "文件名过长",
}


def file_problem(error: OSError) -> Problem:
    """Why a file cannot be read (or written), as a problem at its name, in both languages.

    The English is the system's reason; the Chinese is known for the common reasons
    (no such file, permission denied, is a directory …), else it is the system's too.

    >>> file_problem(FileNotFoundError(2, "No such file or directory", "a.toml")).text("zh")
    'a.toml: 文件或目录不存在'
    """
    path = "" if error.filename is None else os.fsdecode(error.filename)
    reason = error.strerror or str(error)
    return Problem(path, reason, zh=_OS_REASONS_ZH.get(error.errno or 0, reason))


def load_scenario(
    path: str | os.PathLike[str],
    format: Format | None = None,
    *,
    timeout: float = READ_TIMEOUT,
    max_bytes: int = MAX_BYTES,
) -> Scenario:
    """Read a scenario file; its format follows from the suffix unless ``format`` is given.

    At most ``max_bytes`` bytes are read (:data:`MAX_BYTES`, 1 GiB, by default): a larger
    file is refused unparsed.  A FIFO or a device is given up after ``timeout`` seconds
    without the end of its data.

    Raises:
        ScenarioError: every problem found in the file, each with its path.
        InvalidChoiceError: the format is unknown or cannot be told from the name.
        InputError: ``max_bytes`` is not a whole number of bytes.
        OSError: the file cannot be read.
    """
    fmt = format_of(path) if format is None else _check_format(format)
    data = read_source(path, timeout=timeout, max_bytes=max_bytes)
    return _loaded(data, fmt, max_bytes)


# --- writing --------------------------------------------------------------------------------


def dumps_scenario(scenario: Scenario, format: Format = "toml") -> str:
    r"""The text of a scenario file: what :func:`loads_scenario` reads back equal.

    JSON is indented by two spaces with Chinese text kept as is; TOML is written by
    :func:`to_toml`.  Money, fractions and dates are strings in both (as
    :meth:`~cixi_innovation.scenarios.scenario.Scenario.to_data` gives them), so nothing is lost.

    Raises:
        InvalidChoiceError: ``format`` is neither ``"toml"`` nor ``"json"``.

    >>> from cixi_innovation.scenarios.scenario import Scenario
    >>> print("\n".join(dumps_scenario(Scenario(title="示例"), "json").splitlines()[:3]))
    {
      "schema_version": "1",
      "title": "示例",
    """
    data = scenario.to_data()
    if _check_format(format) == "json":
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    return to_toml(data)


def dump_scenario(
    scenario: Scenario,
    path: str | os.PathLike[str],
    format: Format | None = None,
) -> None:
    """Write a scenario file, in the format its suffix names unless ``format`` is given.

    The text goes to a temporary file beside ``path`` that then replaces it, so an
    interrupted write never leaves half a file.

    Raises:
        InvalidChoiceError: the format is unknown or cannot be told from the name.
        OSError: the file cannot be written.
    """
    fmt = format_of(path) if format is None else _check_format(format)
    text = dumps_scenario(scenario, fmt)
    target = Path(path)
    fd, temporary = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as file:
            file.write(text)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


# --- the format, described -------------------------------------------------------------------


def scenario_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of scenario files, shipped as ``data/scenario.schema.json``.

    It describes the keys, nesting, required keys, types and codes that
    :meth:`~cixi_innovation.scenarios.scenario.Scenario.from_data` accepts, for editors and other
    tools; checks that need arithmetic or several values (whole fen, dates in order,
    years inside the horizon, unique ids) are left to the library.

    >>> schema = scenario_schema()
    >>> schema["$schema"], schema["required"]
    ('https://json-schema.org/draft/2020-12/schema', ['title'])
    """
    return _shipped_schema("scenario.schema.json")


def results_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of results, shipped as ``data/results.schema.json``.

    It describes the JSON of :meth:`~cixi_innovation.scenarios.results.SimulationResult.to_json`
    (``"kind": "simulation"``) and of
    :meth:`~cixi_innovation.scenarios.distributions.MonteCarloResult.to_json` (``"kind": "monte_carlo"``).

    >>> schema = results_schema()
    >>> [d["$ref"] for d in schema["oneOf"]]
    ['#/$defs/simulation', '#/$defs/monte_carlo']
    """
    return _shipped_schema("results.schema.json")


def _shipped_schema(name: str) -> dict[str, Any]:
    source = resources.files("cixi_innovation") / "data" / name
    schema: dict[str, Any] = json.loads(source.read_text(encoding="utf-8"))
    return schema
