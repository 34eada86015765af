"""The text of a scenario file, checked as far as its format goes (文本检查).

The private half of :mod:`cixi_innovation.scenarios.files`: the size and the encoding
of the bytes, the nesting depth (scanned before any recursive parser sees the text),
the syntax (:mod:`tomllib` or :mod:`json`, a TOML error named by the key it lies in),
and the values TOML and JSON allow but no scenario holds (non-finite numbers, lone
surrogates, keys given twice), each reported with its path.
"""

from __future__ import annotations

import json
import math
import re
import tomllib
from collections.abc import Iterator
from typing import Any

from cixi_innovation.scenarios._wording import Words, given_twice
from cixi_innovation.scenarios.problems import Problem, ScenarioError
from cixi_innovation.values.errors import InputError

__all__ = [
    "MAX_DEPTH",
    "_check_max_bytes",
    "_check_size",
    "_check_values",
    "_decode",
    "_fail",
    "_json_type",
    "_may_hold_surrogates",
    "_parse_text",
]

#: The deepest nesting of tables and arrays accepted in a scenario file.
MAX_DEPTH = 64


#: tomllib's messages in Chinese, tried in order (the first match wins); a message none
#: matches stays as tomllib wrote it.
_TOML_ZH: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(f"^{pattern}$"), wording)
    for pattern, wording in (
        (r"Invalid date or datetime", "日期或日期时间无效"),
        (r"Invalid value", "值无效"),
        (r"Invalid statement", "语句无效"),
        (r"Invalid hex value", "十六进制值无效"),
        (r"Invalid initial character for a key part", "键的首字符无效"),
        (r"Cannot overwrite a value", "不能覆盖已有的值"),
        (r"Escaped character is not a Unicode scalar value", "转义字符不是 Unicode 标量值"),
        (r"Expected '=' after a key in a key/value pair", "键值对中的键之后应为 '='"),
        (r"Expected '\]' at the end of a table declaration", "表声明的末尾应为 ']'"),
        (r"Expected '\]\]' at the end of an array declaration", "数组表声明的末尾应为 ']]'"),
        (r"Expected newline or end of document after a statement", "语句之后应为换行或文档结尾"),
        (r"Unclosed array", "数组未闭合"),
        (r"Unclosed inline table", "内联表未闭合"),
        (r"Unescaped '\\' in a string", "字符串中有未转义的 '\\'"),
        (r"Unterminated string", "字符串未结束"),
        (r"Cannot declare (.+) twice", r"不能两次声明 \1"),
        (r"Cannot mutate immutable namespace (.+)", r"不能修改不可变的命名空间 \1"),
        (r"Cannot redefine namespace (.+)", r"不能重新定义命名空间 \1"),
        (r"Duplicate inline table key (.+)", r"内联表的键 \1 重复"),
        (r"Found invalid character (.+)", r"发现无效字符 \1"),
        (r"Illegal character (.+)", r"非法字符 \1"),
        (r"Expected (.+)", r"应为 \1"),
    )
)
_TOML_AT: re.Pattern[str] = re.compile(r" \(at (?:line (\d+), column (\d+)|(end of document))\)$")


def _toml_zh(message: str) -> str:
    """The Chinese of a tomllib ``message``: the fault, then where (line and column)."""
    where = ""
    found = _TOML_AT.search(message)
    if found is not None:
        message = message[: found.start()]
        line, column, end = found.groups()
        where = "(在文档末尾)" if end else f"(第 {line} 行第 {column} 列)"
    for pattern, wording in _TOML_ZH:
        if pattern.match(message):
            return pattern.sub(wording, message) + where
    return message + where


def _fail(message: str, *, zh: str, path: str = "") -> ScenarioError:
    return ScenarioError([Problem(path, message, zh=zh)])


def _decode(data: bytes) -> str:
    """UTF-8 text, or a problem naming the place of the first byte that is not."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        raise _fail(
            f"not UTF-8 text: byte 0x{data[exc.start]:02x} at line {line}, column {column} "
            "(save the file as UTF-8)",
            zh=f"不是 UTF-8 文本:第 {line} 行第 {column} 列的字节 0x{data[exc.start]:02x}"
            "(请将文件存为 UTF-8)",
        ) from None
    return text


def _size_text(size: int, lang: str = "en") -> str:
    text = f"{size:,} 字节" if lang == "zh" else f"{size:,} bytes"
    for unit, name in ((1024**3, "GiB"), (1024**2, "MiB"), (1024, "KiB")):
        if size >= unit and size % unit == 0:
            in_unit = f"{size // unit} {name}"
            return f"{text}({in_unit})" if lang == "zh" else f"{text} ({in_unit})"
    return text


def _check_size(size: int, max_bytes: int) -> None:
    if size > max_bytes:
        raise _fail(
            f"the scenario is larger than {_size_text(max_bytes)} and is refused unread "
            "(raise the limit with max_bytes, or --max-size on the command line)",
            zh=f"情景大于 {_size_text(max_bytes, 'zh')},未经读取即被拒绝"
            "(可用 max_bytes 或命令行的 --max-size 提高上限)",
        )


def _check_max_bytes(max_bytes: object) -> int:
    if isinstance(max_bytes, bool) or not isinstance(max_bytes, int) or max_bytes < 1:
        raise InputError(
            f"{max_bytes!r} is not a size in bytes (a whole number, 1 or more)",
            zh=f"{max_bytes!r} 不是以字节计的大小(1 或以上的整数)",
            field="max_bytes",
        )
    return max_bytes


# The tokens that matter for nesting: strings (whose brackets do not count), comments
# (TOML only) and brackets.  Everything else is skipped by the regex engine, in C.
# Strings are matched "unrolled" (runs of plain characters between escapes), which the
# regex engine scans much faster than one alternative per character.
_JSON_TOKENS = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"|[\[\]{}]', re.DOTALL)
_TOML_TOKENS = re.compile(
    r'"""(?:[^\\]|\\.)*?"{3,5}|\'\'\'.*?\'{3,5}|"[^"\\\n]*(?:\\.[^"\\\n]*)*"|\'[^\'\n]*\'|#[^\n]*|[\[\]{}]',
    re.DOTALL,
)


def _line_column(text: str, index: int) -> tuple[int, int]:
    line = text.count("\n", 0, index) + 1
    return line, index - (text.rfind(chr(10), 0, index) + 1) + 1


def _check_text_depth(text: str, tokens: re.Pattern[str]) -> None:
    """Refuse brackets nested deeper than :data:`MAX_DEPTH`, scanning the text in one pass.

    The parsers of the standard library recurse on nested arrays and tables; this scan
    refuses an absurd nesting before they see it (an unbalanced text is left to the
    parser, which reports it with its place).
    """
    depth = 0
    for match in tokens.finditer(text):
        token = match.group()
        if token in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                line, column = _line_column(text, match.start())
                raise _fail(
                    f"nested deeper than {MAX_DEPTH} levels at line {line}, column {column}",
                    zh=f"第 {line} 行第 {column} 列处嵌套超过 {MAX_DEPTH} 层",
                )
        elif token in "]}":
            depth = max(depth - 1, 0)


class _NonFinite(float):
    """A JSON number too large for a float, or NaN/Infinity: kept to be reported by path."""

    text: str

    def __new__(cls, text: str) -> _NonFinite:
        number = super().__new__(cls, text.replace("Infinity", "inf"))
        number.text = text
        return number


class _Object(dict[str, Any]):
    """A JSON object, remembering the keys given more than once (JSON lets the last win)."""

    repeated: tuple[str, ...] = ()


def _json_object(pairs: list[tuple[str, Any]]) -> _Object:
    data = _Object(pairs)
    if len(data) < len(pairs):
        seen: set[str] = set()
        repeated: list[str] = []
        for key, _ in pairs:
            if key in seen and key not in repeated:
                repeated.append(key)
            seen.add(key)
        data.repeated = tuple(repeated)
    return data


def _json_float(text: str) -> float:
    number = float(text)
    return number if math.isfinite(number) else _NonFinite(text)


def _parse_text(text: str, format: str) -> object:
    if format == "json":
        _check_text_depth(text, _JSON_TOKENS)
        try:
            return json.loads(
                text,
                object_pairs_hook=_json_object,
                parse_float=_json_float,
                parse_constant=_NonFinite,
            )
        except json.JSONDecodeError as exc:
            raise _fail(
                f"not valid JSON: {exc.msg} (at line {exc.lineno}, column {exc.colno})",
                zh=f"不是有效的 JSON:{exc.msg}(第 {exc.lineno} 行第 {exc.colno} 列)",
            ) from None
        except ValueError as exc:  # e.g. an integer of more than 4300 digits
            raise _fail(f"not valid JSON: {exc}", zh=f"不是有效的 JSON:{exc}") from None
        except RecursionError:  # pragma: no cover - the depth scan comes first
            raise _too_deep() from None
    _check_text_depth(text, _TOML_TOKENS)
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        exc_zh = _toml_zh(str(exc))
        raise _fail(
            f"not valid TOML: {exc}",
            zh=f"不是有效的 TOML:{exc_zh}",
            path=_toml_error_path(text, str(exc)),
        ) from None
    except ValueError as exc:
        exc_zh = _toml_zh(str(exc))
        raise _fail(f"not valid TOML: {exc}", zh=f"不是有效的 TOML:{exc_zh}") from None
    except RecursionError:  # pragma: no cover - the depth scan comes first
        raise _too_deep() from None


def _too_deep(path: str = "") -> ScenarioError:
    return _fail(f"nested deeper than {MAX_DEPTH} levels", zh=f"嵌套超过 {MAX_DEPTH} 层", path=path)


# A line of TOML, for finding the key a syntax error lies in: a table header, or the
# key of a key/value pair (bare or quoted parts, joined by dots).
_KEY_PART = r'(?:[A-Za-z0-9_-]+|"(?:[^"\\\n]|\\.)*"|\'[^\'\n]*\')'
_DOTTED = rf"{_KEY_PART}(?:[ \t]*\.[ \t]*{_KEY_PART})*"
_HEADER = re.compile(rf"[ \t]*(\[\[?)[ \t]*({_DOTTED})[ \t]*\]\]?")
_PAIR = re.compile(rf"[ \t]*({_DOTTED})[ \t]*=")
_PARTS = re.compile(_KEY_PART)
_AT_LINE = re.compile(r"\(at line (\d+), column \d+\)$")


def _key_parts(dotted: str) -> list[str]:
    return [part[1:-1] if part[0] in "\"'" else part for part in _PARTS.findall(dotted)]


def _toml_error_path(text: str, message: str) -> str:
    """The path of the key on the line a TOML syntax error names, or "" if none is found.

    The table headers before that line are followed as the model names its values
    (``[[platforms]]`` counted into ``platforms[3]``, a year as ``years[2026]``); a line
    inside a multi-line string or array is not looked into.
    """
    found = _AT_LINE.search(message)
    if found is None:
        return ""
    lines = text.splitlines()
    number = int(found.group(1))
    table: list[str] = []
    counts: dict[tuple[str, ...], int] = {}
    quoted = False
    for line in lines[: number - 1]:
        if line.count('"""') % 2 or line.count("'''") % 2:
            quoted = not quoted
        header = None if quoted else _HEADER.match(line)
        if header is not None:
            table = _key_parts(header.group(2))
            if header.group(1) == "[[":
                counts[tuple(table)] = counts.get(tuple(table), -1) + 1
                for nested in [
                    k for k in counts if k[: len(table)] == tuple(table) and k != tuple(table)
                ]:
                    del counts[nested]
    pair = None if quoted or number > len(lines) else _PAIR.match(lines[number - 1])
    if pair is None:
        return ""
    path = ""
    for depth, key in enumerate(table + _key_parts(pair.group(1))):
        if path.endswith("years") and key.isdigit():
            path += f"[{key}]"
            continue
        path = f"{path}.{key}" if path else key
        index = counts.get(tuple(table[: depth + 1])) if depth < len(table) else None
        if index is not None:
            path += f"[{index}]"
    return path


_JSON_TYPES = {
    dict: Words("an object", "对象"),
    list: Words("an array", "数组"),
    str: Words("a string", "字符串"),
    bool: Words("a boolean", "布尔值"),
}
_NULL = Words("null", "null")
_NUMBER = Words("a number", "数")


def _json_type(value: object) -> Words:
    """What a JSON value is, in both languages."""
    if isinstance(value, bool | dict | list | str):
        return _JSON_TYPES[type(value)]
    return _NULL if value is None else _NUMBER


def _children(value: dict[str, Any] | list[Any], path: str) -> Iterator[tuple[str, object]]:
    """The items of a table or array with their paths, written as the model writes them."""
    if isinstance(value, dict):
        years = path.endswith("years")
        for key, item in value.items():
            # A year is written as an index: platforms[0].years[2026].assessment.
            if years and key.isdigit():
                yield f"{path}[{key}]", item
            else:
                yield (f"{path}.{key}" if path else key), item
    else:
        for index, item in enumerate(value):
            yield f"{path}[{index}]", item


_SURROGATE = re.compile(r"[\ud800-\udfff]")
# A JSON escape of a surrogate (\ud800 to \udfff), which json.loads leaves lone when
# it is not half of a pair.
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


def _lone_surrogate(text: str) -> str | None:
    found = _SURROGATE.search(text)
    return None if found is None else found.group()


def _may_hold_surrogates(text: str, format: str) -> bool:
    """Whether a value parsed from ``text`` may hold a lone surrogate (one scan, in C)."""
    if _SURROGATE.search(text) is not None:
        return True
    return format == "json" and _SURROGATE_ESCAPE.search(text) is not None


def _suspect(value: dict[str, Any], surrogates: bool) -> bool:
    """Whether :func:`_check_values` may find a problem in ``value``: a quick walk, no paths.

    A large file is almost always sound; this walk only looks at floats, the depth,
    the keys given twice and (when the text may hold them) lone surrogates.
    """
    stack: list[tuple[dict[str, Any] | list[Any], int]] = [(value, 1)]
    while stack:
        container, depth = stack.pop()
        if depth > MAX_DEPTH:
            return True
        if isinstance(container, dict):
            if getattr(container, "repeated", ()) or (
                surrogates and any(_SURROGATE.search(key) for key in container)
            ):
                return True
            items: Any = container.values()
        else:
            items = container
        for item in items:
            kind = type(item)
            if kind is dict or kind is list or kind is _Object:
                stack.append((item, depth + 1))
            elif ((kind is float or kind is _NonFinite) and not math.isfinite(item)) or (
                surrogates and kind is str and _SURROGATE.search(item)
            ):
                return True
    return False


def _check_values(data: dict[str, Any], surrogates: bool = True) -> list[Problem]:
    """Problems TOML or JSON let through but no scenario may hold, found iteratively.

    Non-finite numbers (NaN, infinities, JSON numbers beyond a float's range), texts
    or keys holding a lone surrogate (JSON's ``"\ud800"`` is not Unicode text), and
    nesting deeper than :data:`MAX_DEPTH` (TOML's dotted keys nest without brackets).
    """
    if not _suspect(data, surrogates):
        return []
    problems: list[Problem] = []
    stack: list[tuple[str, object, int]] = [("", data, 1)]
    while stack:
        path, value, depth = stack.pop()
        if isinstance(value, float) and not math.isfinite(value):
            text = value.text if isinstance(value, _NonFinite) else repr(value)
            problems.append(
                Problem(path, f"{text} is not a finite number", zh=f"{text} 不是有限的数")
            )
        elif isinstance(value, str) and (char := _lone_surrogate(value)) is not None:
            problems.append(
                Problem(
                    path,
                    f"holds a lone surrogate {char!r}, which is not Unicode text",
                    zh=f"含有孤立的代理字符 {char!r},不是 Unicode 文本",
                )
            )
        elif isinstance(value, dict | list):
            if depth > MAX_DEPTH:
                raise _too_deep(path)
            if isinstance(value, dict):
                for key in getattr(value, "repeated", ()):
                    problems.append(given_twice(f"{path}.{key}" if path else key))
                for key in value:
                    if isinstance(key, str) and (char := _lone_surrogate(key)) is not None:
                        problems.append(
                            Problem(
                                path,
                                f"the key {key!r} holds a lone surrogate {char!r}, "
                                "which is not Unicode text",
                                zh=f"键 {key!r} 含有孤立的代理字符 {char!r},不是 Unicode 文本",
                            )
                        )
            stack.extend(
                (child, item, depth + 1) for child, item in reversed(list(_children(value, path)))
            )
    return problems
