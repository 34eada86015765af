"""Find the library's named readings of the open points, and say how to choose one.

A *reading* is an enumeration of :class:`cixi_innovation.values.vocabulary.LabelledEnum` in a
public module one of whose members is documented (``#:``) as the default, e.g.::

    #: (default) the parenthesis is exhaustive: all seven units give an opinion.
    ALL_SEVEN_UNITS = (...)

Nothing is listed by hand: a reading added to the library appears in the docs.  Its
articles are those of its summary line (``Art. 6 ¶1``, ``TN 6.2``), of the
implements-registry, and of a mention of the "Dates" section (which is about Art. 24).
"""

from __future__ import annotations

import importlib
import inspect
import re
import typing
from dataclasses import dataclass
from functools import cache

import attrs
from sphinx.pycode import ModuleAnalyzer

from cixi_docs.markdown import code, escape, ref, rst_text, short, tr
from cixi_innovation.law import registry
from cixi_innovation.law.readings import Readings
from cixi_innovation.values.vocabulary import LabelledEnum

_DEFAULT = re.compile(r"^\((?:[A-Za-z]+, )?default\)\s*")
_ARTICLE = re.compile(r"Art\. (\d+)")
_TN = re.compile(r"TN (\d+)\.\d+")
_TN_ID = re.compile(r"TN [0-9A-Z]+\.\d+")
_OPEN_POINT = re.compile(r"open points? (\d+)")


@dataclass(frozen=True)
class Reading:
    """An enumeration of readings, as found in the library."""

    cls: type[LabelledEnum]
    fullname: str
    summary: str
    default: LabelledEnum
    member_docs: dict[str, str]
    articles: frozenset[int]
    notes: tuple[str, ...]
    open_points: frozenset[int]

    def doc(self, member: LabelledEnum) -> str:
        """The member's ``#:`` comment, without the default marker."""
        return _DEFAULT.sub("", self.member_docs.get(member.name, "")).strip()


def public_modules() -> list[str]:
    """The package's public modules, in name order (private and ``__main__`` left out)."""
    names = []
    for module in registry.import_all_modules():
        parts = module.__name__.split(".")
        if not any(part.startswith("_") for part in parts[1:]):
            names.append(module.__name__)
    return sorted(names)


def _first_paragraph(doc: str) -> str:
    return " ".join(inspect.cleandoc(doc).split("\n\n")[0].split())


@cache
def readings() -> tuple[Reading, ...]:
    """Every reading enumeration of the public modules, in module order."""
    found: list[Reading] = []
    modules = public_modules()  # imports every module, so the registry is complete
    implemented = {i.name: i.citations for i in registry.REGISTRY}
    for name in modules:
        module = importlib.import_module(name)
        docs = ModuleAnalyzer.for_module(name).find_attr_docs()
        for attr in getattr(module, "__all__", ()):
            cls = getattr(module, attr)
            if not (
                isinstance(cls, type) and issubclass(cls, LabelledEnum) and cls.__module__ == name
            ):
                continue
            member_docs = {
                member: " ".join(line.strip() for line in lines if line.strip())
                for (owner, member), lines in docs.items()
                if owner == cls.__qualname__
            }
            defaults = [m for m in cls if _DEFAULT.match(member_docs.get(m.name, ""))]
            if not defaults:
                continue
            summary = _first_paragraph(cls.__doc__ or "")
            fullname = f"{name}.{attr}"
            articles = {int(n) for n in _ARTICLE.findall(summary)}
            articles |= {int(n) for n in _TN.findall(summary)}
            articles |= {c.number for c in implemented.get(fullname, ()) if not c.is_annex}
            if "Dates" in summary:  # the "Dates" section of measures.en.md is about Art. 24
                articles.add(24)
            full = inspect.cleandoc(cls.__doc__ or "")
            found.append(
                Reading(
                    cls=cls,
                    fullname=fullname,
                    summary=summary,
                    default=defaults[0],
                    member_docs=member_docs,
                    articles=frozenset(articles),
                    notes=tuple(dict.fromkeys(_TN_ID.findall(full))),
                    open_points=frozenset(int(n) for n in _OPEN_POINT.findall(full)),
                )
            )
    return tuple(found)


def readings_of(article: int) -> tuple[Reading, ...]:
    """The readings whose summary or registry entry cites ``article``."""
    return tuple(r for r in readings() if article in r.articles)


def _readings_field(cls: type) -> str | None:
    hints = typing.get_type_hints(Readings)
    for field in attrs.fields(Readings):
        if hints[field.name] is cls:
            return field.name
    return None


def _resolves_to(annotation: object, owner: object, cls: type) -> tuple[bool, bool]:
    """Whether an annotation names ``cls`` and whether it also accepts ``str`` codes."""
    if isinstance(annotation, str):
        namespace = getattr(owner, "__globals__", None) or vars(
            importlib.import_module(getattr(owner, "__module__", "builtins"))
        )
        names = re.findall(r"[A-Za-z_][A-Za-z0-9_]*", annotation)
        return any(namespace.get(n) is cls for n in names), "str" in names
    return annotation is cls, False


@cache
def _users(cls: type) -> tuple[tuple[str, str, bool], ...]:
    """(callable's full name, parameter, accepts codes) for every public parameter of type ``cls``."""
    out: list[tuple[str, str, bool]] = []
    for name in public_modules():
        module = importlib.import_module(name)
        for attr in getattr(module, "__all__", ()):
            obj = getattr(module, attr)
            if getattr(obj, "__module__", None) != name:
                continue
            candidates: list[tuple[str, object]] = []
            if inspect.isfunction(obj):
                candidates.append((f"{name}.{attr}", obj))
            elif inspect.isclass(obj):
                for meth_name, meth in vars(obj).items():
                    if meth_name.startswith("_"):
                        continue
                    func = meth.__func__ if isinstance(meth, classmethod | staticmethod) else meth
                    if inspect.isfunction(func):
                        candidates.append((f"{name}.{attr}.{meth_name}", func))
            for fullname, func in candidates:
                try:
                    parameters = inspect.signature(func).parameters.values()  # type: ignore[arg-type]
                except (TypeError, ValueError):
                    continue
                for parameter in parameters:
                    named, codes = _resolves_to(parameter.annotation, func, cls)
                    if named:
                        out.append((fullname, parameter.name, codes))
    return tuple(out)


def _example(reading: Reading) -> LabelledEnum:
    others = [m for m in reading.cls if m is not reading.default]
    return others[0] if others else reading.default


def how_to_choose(reading: Reading, lang: str = "en") -> str:
    """A Markdown sentence: where to pass another reading."""
    other = _example(reading)
    field = _readings_field(reading.cls)
    if field is not None:
        example = code(f'readings=READINGS.replace({field}="{other.code}")')
        readings = ref("cixi_innovation.law.readings.Readings", "Readings")
        entity = ref("cixi_innovation.lifecycles.engine.Entity", "lifecycle.Entity")
        return tr(
            lang,
            f"Choose another reading with {example} ({readings} field {code(field)}), "
            f"passed to an entity's `create`, `replay` or `apply` ({entity}).",
            f"选择其他解读:把 {example}({readings} 的字段 {code(field)})传给实体的 "
            f"`create`、`replay` 或 `apply`({entity})。",
        )
    users = _users(reading.cls)
    if not users:
        return tr(
            lang,
            "No public function takes this reading as a parameter.",
            "没有公开函数以此解读为参数。",
        )
    parts = []
    for fullname, parameter, codes in users:
        value = f'"{other.code}"' if codes else f"{reading.cls.__name__}.{other.name}"
        parts.append(f"{ref(fullname)}({code(f'{parameter}={value}')})")
    if lang == "zh":
        return "选择其他解读:" + ";".join(parts) + "。"
    return "Choose another reading with " + "; ".join(parts) + "."


def render(reading: Reading, *, heading: str = "-", lang: str = "en") -> str:
    """A reading as a Markdown list item: summary, members (default first), how to choose."""
    lines = [f"{heading} {ref(reading.fullname)} — {rst_text(reading.summary)}", ""]
    ordered = [reading.default, *(m for m in reading.cls if m is not reading.default)]
    for member in ordered:
        default = member is reading.default
        mark = tr(
            lang, "**default**" if default else "alternative", "**默认**" if default else "可选"
        )
        doc = reading.doc(member)
        detail = f" — {rst_text(doc)}" if doc else ""
        label = tr(
            lang,
            f"{escape(member.en)} ({escape(member.zh)})",
            f"{escape(member.zh)}({escape(member.en)})",
        )
        lines.append(f"  - {mark} {code(member.code)}: {label}{detail}")
    lines += ["", "  " + how_to_choose(reading, lang), ""]
    return "\n".join(lines) + "\n"


def all_reading_names() -> list[str]:
    """The short names of every reading, for checks."""
    return [short(r.fullname) for r in readings()]
