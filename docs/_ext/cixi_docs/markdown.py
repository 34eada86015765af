"""Small helpers that write MyST Markdown: escaping, cross-references, fences."""

from __future__ import annotations

import importlib
import re
from functools import cache

PACKAGE = "cixi_innovation"

# Every ASCII character that can start or end Markdown or MyST syntax; the texts of the
# Measures use (), “”, 〔〕 and the like, which are left alone.
_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~${}])")
_LINE_START = re.compile(r"^(\s*)([-+=:>](?=\s|$)|\d+[.)](?=\s|$))", re.MULTILINE)


def escape(text: str) -> str:
    """Escape ``text`` so that Markdown shows it as written (no emphasis, links, roles)."""
    text = _SPECIAL.sub(r"\\\1", text)
    return _LINE_START.sub(lambda m: m.group(1) + "\\" + m.group(2), text)


_ROLE = re.compile(r":(?:[a-z]+:)+`(~?)([^`<]+?)(?: <[^>]+>)?`")
_LITERAL = re.compile(r"``([^`]+)``")


def rst_text(text: str) -> str:
    """Docstring reST as Markdown: roles and literals become inline code, the rest escaped."""
    pieces: list[str] = []
    last = 0
    for match in re.finditer(f"{_ROLE.pattern}|{_LITERAL.pattern}", text):
        pieces.append(escape(text[last : match.start()]))
        tilde, target, literal = match.group(1), match.group(2), match.group(3)
        shown = literal if literal is not None else target
        if tilde:
            shown = shown.rsplit(".", 1)[-1]
        pieces.append(code(shown))
        last = match.end()
    pieces.append(escape(text[last:]))
    return "".join(pieces)


def code(text: str) -> str:
    """``text`` as inline code, with enough backticks around it."""
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def fence(body: str, info: str = "", *, options: dict[str, str] | None = None) -> str:
    """A fenced block (code or directive) long enough for any fence inside ``body``."""
    longest = max((len(run) for run in re.findall(r"^`{3,}", body, re.MULTILINE)), default=2)
    marks = "`" * (longest + 1)
    head = [f"{marks}{info}"]
    head += [f":{key}: {value}" for key, value in (options or {}).items()]
    if options:
        head.append("")
    return "\n".join([*head, body.rstrip("\n"), marks]) + "\n"


def quote(text: str) -> str:
    """``text`` as a block quote, one Markdown paragraph per line of ``text``."""
    lines = [f"> {escape(line)}" if line.strip() else ">" for line in text.splitlines()]
    return "\n>\n".join(lines) + "\n"


@cache
def _public(module: str) -> frozenset[str]:
    try:
        mod = importlib.import_module(module)
    except ImportError:
        return frozenset()
    return frozenset(getattr(mod, "__all__", ()))


def is_documented(fullname: str) -> bool:
    """True if the API reference documents ``fullname`` (its module lists it in ``__all__``).

    Methods and attributes of a documented class count when they have a docstring.
    """
    parts = fullname.split(".")
    for split in range(len(parts) - 1, 1, -1):
        module, rest = ".".join(parts[:split]), parts[split:]
        if any(part.startswith("_") for part in module.split(".")[1:]):
            return False
        if rest[0] not in _public(module):
            continue
        obj: object = importlib.import_module(module)
        for name in rest:
            obj = getattr(obj, name, None)
            if obj is None:
                return False
        return len(rest) == 1 or bool(getattr(obj, "__doc__", None))
    return False


def short(fullname: str) -> str:
    """``cixi_innovation.rules.subsidy.operating_subsidy`` → ``subsidy.operating_subsidy``."""
    return fullname.removeprefix(PACKAGE + ".")


def ref(fullname: str, text: str | None = None) -> str:
    """A cross-reference into the API reference, or inline code if it is not documented."""
    shown = text or short(fullname)
    if is_documented(fullname):
        return f"{{py:obj}}`{shown} <{fullname}>`"
    return code(shown)


def tr(lang: str, en: str, zh: str) -> str:
    """The extension's own words in the build's language (``"zh"`` or ``"en"``)."""
    return zh if lang == "zh" else en
