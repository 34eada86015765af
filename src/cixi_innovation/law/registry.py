"""Which code implements which provision, and what is deliberately not modelled.

Every rule of the library names the provisions it implements, with :func:`implements`
(as the decorator of a class, or called on a function just after its definition), or
with :func:`register` for a value that cannot be decorated (an enum member, a constant)::

    @implements("Art. 10", note="an item of spending")
    @attrs.frozen
    class Expense: ...

    def operating_subsidy(...): ...

    implements("Art. 10", note="the 500,000 yuan annual cap")(operating_subsidy)

A provision that is deliberately not turned into code is listed in
:data:`NOT_MODELLED` with the reason, in Chinese and English.  :func:`trace` then gives,
for every article and every annex section and item, the code that implements it and
the reasons for what is not modelled; a provision with neither is a gap:

>>> row = next(r for r in trace() if r.citation == Citation.parse("Art. 24"))
>>> "cixi_innovation.law.measures.Measures" in row.names
True
>>> print(row.not_modelled[0].en)
“These Measures prevail over inconsistent previous provisions” is not modelled: the previous provisions are not identified and no transitional rule is given (TN 24.2).

A part implemented counts for its whole only when every part is accounted for: an
article is covered when it is implemented (or listed as not modelled) as a whole, or
paragraph by paragraph; an annex section as a whole, or item by item.  An entry of
:data:`NOT_MODELLED` marked ``partial`` explains what is left out of a provision that is
otherwise implemented, and does not by itself cover it.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Iterator, Mapping
from types import MappingProxyType, ModuleType
from typing import TypeVar

import attrs

from cixi_innovation.values.citations import ANNEX_SECTIONS, PARAGRAPHS, Citation, all_provisions
from cixi_innovation.values.errors import CixiError, InvalidCitationError

__all__ = [
    "NOT_MODELLED",
    "REGISTRY",
    "Implementation",
    "NotModelled",
    "RegistrationError",
    "Registry",
    "TraceRow",
    "format_trace",
    "implementations",
    "implements",
    "import_all_modules",
    "register",
    "trace",
    "uncovered",
]

_T = TypeVar("_T")
_PACKAGE = "cixi_innovation"


class RegistrationError(CixiError, TypeError):
    """Something is registered that cannot be: no citation, or an object without a name.

    >>> implements()
    Traceback (most recent call last):
    ...
    cixi_innovation.law.registry.RegistrationError: implements() needs at least one citation, e.g. implements("Art. 10")
    """


@attrs.frozen
class Implementation:
    """A piece of code and the provisions it implements.

    Attributes:
        name: the qualified name, ``"cixi_innovation.law.measures.Measures"``.
        citations: the provisions it implements, in the order given.
        note: what it implements of them, when not obvious (optional).
    """

    name: str
    citations: tuple[Citation, ...]
    note: str = ""

    def resolve(self) -> object:
        """Import and return the named object.

        Raises:
            LookupError: if no module and attribute path gives the name.
        """
        parts = self.name.split(".")
        for split in range(len(parts) - 1, 0, -1):
            try:
                obj: object = importlib.import_module(".".join(parts[:split]))
            except ImportError:
                continue
            try:
                for attribute in parts[split:]:
                    obj = getattr(obj, attribute)
            except AttributeError:
                break
            return obj
        raise LookupError(f"{self.name} names no importable object")


@attrs.frozen
class NotModelled:
    """A provision, or part of one, deliberately not modelled as code, with the reason.

    Attributes:
        citation: the provision.
        zh: the reason in Chinese.
        en: the reason in English.
        partial: True when only part of the provision is left out (the rest must be
            implemented); such an entry does not by itself account for the provision.
    """

    citation: Citation
    zh: str
    en: str
    partial: bool = False

    def render(self, lang: str = "en") -> str:
        """The reason in ``"zh"`` or ``"en"``."""
        return self.zh if lang == "zh" else self.en


@attrs.frozen
class TraceRow:
    """One provision in the trace: the code that implements it and what is not modelled.

    Attributes:
        citation: the provision (an article, or an annex section or item).
        implementations: code implementing the provision or a part of it, by name.
        not_modelled: the reasons for what of it is not modelled.
        covered: True if the provision is accounted for (see the module docstring).
    """

    citation: Citation
    implementations: tuple[Implementation, ...]
    not_modelled: tuple[NotModelled, ...]
    covered: bool

    @property
    def names(self) -> tuple[str, ...]:
        """The qualified names of the implementing code."""
        return tuple(i.name for i in self.implementations)


def _citations(refs: Iterable[object]) -> tuple[Citation, ...]:
    found: list[Citation] = []
    for ref in refs:
        if isinstance(ref, Citation):
            citation = ref
        elif isinstance(ref, str):
            citation = Citation.parse(ref)
        else:
            raise InvalidCitationError(
                f"{ref!r} is not a citation of the Measures (e.g. 'Art. 10 ¶2')"
            )
        if citation not in found:
            found.append(citation)
    return tuple(found)


def _overlaps(cited: Citation, provision: Citation) -> bool:
    """True if ``cited`` is ``provision``, one of its parts, or the whole it belongs to."""
    return cited.whole == provision.whole and (
        cited.sub == provision.sub or not cited.sub or not provision.sub
    )


def _accounts_for(cited: Citation, provision: Citation) -> bool:
    """True if citing ``cited`` accounts for all of ``provision``."""
    return cited == provision or (cited.sub == 0 and cited == provision.whole)


def _parts(provision: Citation) -> tuple[Citation, ...]:
    if provision.sub:
        return ()
    if provision.is_annex:
        items = ANNEX_SECTIONS[provision.annex][provision.number]
        return tuple(
            Citation.annex_section(provision.annex, provision.number, k)
            for k in range(1, items + 1)
        )
    paragraphs = PARAGRAPHS.get(provision.number, 1)
    return tuple(Citation.article(provision.number, k) for k in range(1, paragraphs + 1))


def _reasons(provision: Citation) -> tuple[NotModelled, ...]:
    """The entries of NOT_MODELLED about ``provision``: its own, its paragraphs', or its whole's.

    Items of an annex section have rows of their own, so a section's row does not repeat
    their entries; an item without an entry of its own shows its section's.
    """
    own = (provision, *(() if provision.is_annex else _parts(provision)))
    found = tuple(NOT_MODELLED[c] for c in own if c in NOT_MODELLED)
    if not found and provision.sub and provision.whole in NOT_MODELLED:
        return (NOT_MODELLED[provision.whole],)
    return found


class Registry:
    """A record of implementations; the library's own is :data:`REGISTRY`.

    A separate instance is useful in tests, to register throw-away objects without
    touching the library's record.
    """

    __slots__ = ("_entries",)

    def __init__(self) -> None:
        """Start empty."""
        self._entries: dict[str, Implementation] = {}

    def register(self, obj_name: str, *refs: str | Citation, note: str = "") -> Implementation:
        """Record that the object named ``obj_name`` implements ``refs``.

        Registering the same name again adds the new citations (and note) to it, so a
        module imported twice leaves one entry.

        Raises:
            InvalidCitationError: if a reference names no provision of the Measures.
            RegistrationError: if no reference is given or the name is not a dotted name.
        """
        if not refs:
            raise RegistrationError(
                'implements() needs at least one citation, e.g. implements("Art. 10")'
            )
        if not obj_name or not all(part.isidentifier() for part in obj_name.split(".")):
            raise RegistrationError(f"{obj_name!r} is not a qualified name such as 'pkg.mod.Name'")
        citations = _citations(refs)
        old = self._entries.get(obj_name)
        if old is not None:
            citations = old.citations + tuple(c for c in citations if c not in old.citations)
            if old.note and note and note not in old.note:
                note = f"{old.note}; {note}"
            elif old.note:
                note = old.note
        entry = Implementation(obj_name, citations, note)
        self._entries[obj_name] = entry
        return entry

    def implements(self, *refs: str | Citation, note: str = "") -> Callable[[_T], _T]:
        """Decorate a function or class that implements ``refs``; it is returned unchanged.

        The citations are checked when the decorator is built, so a typo fails at import.
        """
        if not refs:
            raise RegistrationError(
                'implements() needs at least one citation, e.g. implements("Art. 10")'
            )
        citations = _citations(refs)

        def decorate(obj: _T) -> _T:
            module = getattr(obj, "__module__", None)
            qualname = getattr(obj, "__qualname__", None)
            if not isinstance(module, str) or not isinstance(qualname, str):
                raise RegistrationError(
                    f"{obj!r} has no module and qualified name; use register() with its name"
                )
            self.register(f"{module}.{qualname}", *citations, note=note)
            return obj

        return decorate

    def forget(self, obj_name: str) -> None:
        """Remove the entry for ``obj_name``, if any (for tests and interactive use)."""
        self._entries.pop(obj_name, None)

    def __iter__(self) -> Iterator[Implementation]:
        return iter(sorted(self._entries.values(), key=lambda i: i.name))

    def __len__(self) -> int:
        return len(self._entries)

    def implementations(self, citation: Citation | str) -> tuple[Implementation, ...]:
        """The code implementing ``citation``, a part of it, or the whole it belongs to."""
        (provision,) = _citations((citation,))
        return tuple(i for i in self if any(_overlaps(c, provision) for c in i.citations))

    def covers(self, provision: Citation) -> bool:
        """True if ``provision`` is implemented or not modelled, as a whole or part by part."""
        direct = any(
            _accounts_for(c, provision) for i in self._entries.values() for c in i.citations
        ) or any(
            _accounts_for(n.citation, provision) for n in NOT_MODELLED.values() if not n.partial
        )
        parts = _parts(provision)
        return direct or (bool(parts) and all(self.covers(p) for p in parts))

    def trace(self) -> tuple[TraceRow, ...]:
        """One row per provision of the Measures, in document order (see :func:`trace`)."""
        import_all_modules()
        return tuple(
            TraceRow(
                citation=provision,
                implementations=self.implementations(provision),
                not_modelled=_reasons(provision),
                covered=self.covers(provision),
            )
            for provision in all_provisions()
        )


#: The library's own record of implementations.
REGISTRY = Registry()


def implements(*refs: str | Citation, note: str = "") -> Callable[[_T], _T]:
    """Mark a function or class as implementing the cited provisions; return it unchanged.

    The library's functions are registered by a call just after their definition,
    ``implements("Art. 10")(operating_subsidy)``, not with the decorator syntax: mutation
    testing (mutmut, ``nox -s mutation``) leaves decorated functions unmutated.  Classes
    keep the decorator, as their methods are mutated all the same.

    Args:
        *refs: the provisions, as :class:`~cixi_innovation.values.citations.Citation` values or
            rendered forms (``"Art. 10"``, ``"Art. 8 ¶2"``, ``"第十条"``, ``"Annex 1 §3"``).
        note: what of the provisions the code implements, when not obvious.

    Raises:
        InvalidCitationError: if a reference names no provision of the Measures.
        RegistrationError: if no reference is given.
    """
    return REGISTRY.implements(*refs, note=note)


def register(obj_name: str, *refs: str | Citation, note: str = "") -> Implementation:
    """Record that the object named ``obj_name`` (``"pkg.module.NAME"``) implements ``refs``.

    For values that cannot be decorated: enumerations defined elsewhere, constants.

    Raises:
        InvalidCitationError: if a reference names no provision of the Measures.
        RegistrationError: if no reference is given or the name is not a dotted name.
    """
    return REGISTRY.register(obj_name, *refs, note=note)


def implementations(citation: Citation | str) -> tuple[Implementation, ...]:
    """The code implementing ``citation``, a part of it, or the whole it belongs to.

    Every module of the package is imported first, so the answer does not depend on
    what the caller happened to import.

    Raises:
        InvalidCitationError: if ``citation`` names no provision of the Measures.
    """
    import_all_modules()
    return REGISTRY.implementations(citation)


def trace() -> tuple[TraceRow, ...]:
    """Every article and every annex section and item, with its code or the reason it has none.

    Every module of the package is imported first, so the registry is complete
    whatever was imported before.
    """
    return REGISTRY.trace()


def uncovered() -> tuple[Citation, ...]:
    """The provisions that are neither implemented nor listed as not modelled."""
    return tuple(row.citation for row in trace() if not row.covered)


def import_all_modules() -> tuple[ModuleType, ...]:
    """Import every module of the package (except ``__main__``) so that all code registers."""
    import pkgutil  # only here: importing the package stays cheap

    package = importlib.import_module(_PACKAGE)
    modules = [package]
    for info in pkgutil.walk_packages(package.__path__, prefix=f"{_PACKAGE}."):
        if info.name.rsplit(".", 1)[-1] != "__main__":
            modules.append(importlib.import_module(info.name))
    return tuple(modules)


def format_trace(rows: Iterable[TraceRow], lang: str = "en") -> str:
    """A Markdown table of ``rows``: provision, implementing code, what is not modelled.

    >>> scratch = Registry()
    >>> _ = scratch.register("pkg.complex.select_host_unit", "Art. 7 ¶1")
    >>> rows = [r for r in scratch.trace() if r.citation == Citation.parse("Art. 7")]
    >>> print(format_trace(rows))
    | Provision | Implemented by | Not modelled |
    | --- | --- | --- |
    | Art. 7 | `pkg.complex.select_host_unit` | The host unit's main duties are an open list (“等”) with no stated condition or consequence; they are descriptive and not modelled as rules (TN 7.2). |
    """
    head = ("| 条款 | 实现 | 未建模 |", "| --- | --- | --- |")
    if lang != "zh":
        head = ("| Provision | Implemented by | Not modelled |", "| --- | --- | --- |")
    lines = list(head)
    for row in rows:
        code = ", ".join(f"`{name}`" for name in row.names) or "—"
        reasons = " ".join(n.render(lang) for n in row.not_modelled) or "—"
        lines.append(f"| {row.citation.render(lang)} | {code} | {reasons} |")
    return "\n".join(lines)


# --- what is deliberately not modelled -----------------------------------------------

# The annexes are reference outlines (编写参考提纲): they say what a plan contains, not
# how good it must be.  Plans are modelled section by section; what each section says is
# left to the reviewers.  Annex 1 §3 is not listed: its commitments are typed values.
_ANNEX_REASONS = {
    1: (
        "附件1为综合体建设方案编写参考提纲(第六条):提纲只规定方案应包含的内容,未规定须达到的"
        "标准;该部分所写内容由市科技局论证判断,本库不作评价。",
        "Annex 1 is a reference outline for drafting the construction plan of a Complex "
        "(Art. 6): it says what the plan contains, not how good it must be; what this "
        "section says is for the Bureau's feasibility review to judge and is not evaluated.",
    ),
    2: (
        "附件2为联合体建设方案编写参考提纲(第十三条):提纲只规定方案应包含的内容,未规定须达到的"
        "标准;该部分所写内容由专家评审判断,本库不作评价。",
        "Annex 2 is a reference outline for drafting the construction plan of a Consortium "
        "(Art. 13): it says what the plan contains, not how good it must be; what this "
        "section says is for the expert review to judge and is not evaluated.",
    ),
    3: (
        "附件3为创新中心建设方案编写参考提纲(第十八条第二款):提纲只规定方案应包含的内容,"
        "未规定须达到的标准;该部分所写内容由市政府常务会议审定,本库不作评价。",
        "Annex 3 is a reference outline for drafting the construction plan of an Innovation "
        "Center (Art. 18 ¶2): it says what the plan contains, not how good it must be; what "
        "this section says is for the executive meeting of the municipal government to "
        "judge and is not evaluated.",
    ),
}

_REASONS: tuple[tuple[str, str, str, bool], ...] = (
    (
        "Art. 1",
        "立法目的与依据为描述性内容:所列上级文件仅取其“精神”,未并入其内容(TN 1.2);"
        "适用范围(三类平台)由 PlatformKind 实现。",
        "Purpose and basis are descriptive: the documents listed are invoked for their "
        "spirit only and their content is not incorporated (TN 1.2). The scope, the three "
        "kinds of platform, is implemented by PlatformKind.",
        True,
    ),
    (
        "Art. 2",
        "综合体定义中的政府主导、行业协会或平台型企业牵头、服务内容等特征未规定任何后果"
        "(TN 2.1、TN 2.2),不作为条件建模;平台类型由 PlatformKind 实现。",
        "The characterisation of a Complex (government leadership, led by an industry "
        "association or platform-type enterprise, what it focuses on and provides) has no "
        "stated consequence (TN 2.1, TN 2.2) and is not modelled as a condition; the kind "
        "is implemented by PlatformKind.",
        True,
    ),
    (
        "Art. 3",
        "联合体定义中的政府引导、产业链协同、攻关方向等特征未规定任何后果,不作为条件建模;"
        "平台类型由 PlatformKind 实现。",
        "The characterisation of a Consortium (government guidance, supply-chain "
        "collaboration, what it tackles) has no stated consequence and is not modelled as "
        "a condition; the kind is implemented by PlatformKind.",
        True,
    ),
    (
        "Art. 4",
        "创新中心定义中的政府主动设计布局、实施主体、目标定位等特征未规定任何后果,"
        "不作为条件建模;平台类型由 PlatformKind 实现。",
        "The characterisation of an Innovation Center (proactive design by the government, "
        "who implements it, what it aims at) has no stated consequence and is not modelled "
        "as a condition; the kind is implemented by PlatformKind.",
        True,
    ),
    (
        "Art. 6 ¶2",
        "建设单位主要职责为开放式列举(“等”),未规定条件或后果,属描述性内容,不作为规则建模(TN 6.3)。",
        "The construction unit's main duties are an open list (“等”) with no stated "
        "condition or consequence; they are descriptive and not modelled as rules (TN 6.3).",
        False,
    ),
    (
        "Art. 7 ¶2",
        "依托单位主要职责为开放式列举(“等”),未规定条件或后果,属描述性内容,不作为规则建模(TN 7.2)。",
        "The host unit's main duties are an open list (“等”) with no stated condition or "
        "consequence; they are descriptive and not modelled as rules (TN 7.2).",
        False,
    ),
    (
        "Art. 11",
        "宁波市级及以上综合体上级补助资金的使用管理按上级规定执行,上级规定不在本办法内,"
        "不作建模;资金使用检查发现问题的后果本办法未作规定,作为具名解读由调用方选择(TN 11.1)。",
        "The use of higher-level funds by Complexes at Ningbo level or above follows the "
        "higher level's rules, which are not part of these Measures and are not modelled; "
        "no consequence of an adverse fund-use inspection is stated, so it is a named "
        "reading the caller chooses (TN 11.1).",
        True,
    ),
    (
        "Art. 14",
        "链主型企业主要职责(第二句)为描述性内容,未规定条件或后果,不作为规则建模;"
        "链主型企业条件另行建模。",
        "The chain-leader enterprise's main duties (second sentence) are descriptive, with "
        "no stated condition or consequence, and are not modelled as rules; its conditions "
        "are modelled.",
        True,
    ),
    (
        "Art. 17",
        "创新中心建设领域(智能家电、智能制造、汽车及零部件、医疗器械、新材料等重点优势产业集群与"
        "标志性产业链,以及未来产业领域重点培育赛道)为开放式列举(“等”),不构成申请条件:"
        "领域按建设方案所写记录,任何领域均不予拒绝;“由市级层面主动设计、统筹布局”体现为由市科技局"
        "提出建设方案(第十八条第二款),不另作规则建模(TN 17.1)。",
        "The fields of Innovation Centers (smart home appliances, intelligent manufacturing, "
        "automobiles and auto parts, medical devices, new materials and other key clusters "
        "and flagship chains, and key tracks of future industries) are an open list (“等”) "
        "and no condition: the field is recorded as the plan names it and no field is "
        "refused; “proactively designed and laid out at the municipal level” is reflected by "
        "the Bureau proposing the plan (Art. 18 ¶2) and is not modelled as a further rule "
        "(TN 17.1).",
        True,
    ),
    (
        "Art. 19",
        "股权多元化、功能多样化、运营市场化、提供专业服务、自我造血等为发展导向,无可检验的"
        "条件或后果,不作建模;独立法人及三项治理制度另行建模。",
        "Diversified shareholding, diversified functions, market-oriented operation, the "
        "services offered and self-sustaining operation are orientations with no testable "
        "condition or consequence and are not modelled; independent legal personality and "
        "the three governance systems are modelled.",
        True,
    ),
    (
        "Art. 24",
        "“原规定与本办法不一致的,以本办法为准”未建模:原规定未具体列明,亦无过渡规定(TN 24.2)。",
        "“These Measures prevail over inconsistent previous provisions” is not modelled: "
        "the previous provisions are not identified and no transitional rule is given "
        "(TN 24.2).",
        True,
    ),
)


def _not_modelled() -> Mapping[Citation, NotModelled]:
    entries: dict[Citation, NotModelled] = {}
    for ref, zh, en, partial in _REASONS:
        citation = Citation.parse(ref)
        entries[citation] = NotModelled(citation, zh, en, partial)
    for annex, sections in ANNEX_SECTIONS.items():
        zh, en = _ANNEX_REASONS[annex]
        for section in sections:
            if (annex, section) != (1, 3):
                citation = Citation.annex_section(annex, section)
                entries[citation] = NotModelled(citation, zh, en, partial=True)
    return MappingProxyType(dict(sorted(entries.items())))


#: Provisions, or parts of provisions, deliberately not modelled as code, with the reason.
NOT_MODELLED: Mapping[Citation, NotModelled] = _not_modelled()


# --- the kernel's existing code --------------------------------------------------------
# The kernel modules predate the registry; their provisions are recorded here, by name,
# so that the kernel does not depend on this module.

register(
    "cixi_innovation.law.measures.Measures",
    "Art. 24",
    note="effective date, period of validity and in_force() under named readings",
)
register(
    "cixi_innovation.law.parameters.Parameters",
    "Art. 8",
    "Art. 10",
    "Art. 15",
    "Art. 20 ¶2",
    "Art. 21",
    "Art. 24",
    note="every number of the Measures: cycles, the 500,000 yuan cap, the one-third and "
    "50% shares, the 30 days and five years",
)
register(
    "cixi_innovation.law.indicators.CoreIndicators",
    "Art. 9",
    "Annex 1 §3",
    note="the five core indicators, as appraised and as committed",
)
register("cixi_innovation.law.indicators.Indicator", "Art. 9", note="the closed set of five")
# The named readings of the lifecycles' open points, each with the provision it reads.
for _name, _refs, _note in (
    (
        "PlanOutlineReading",
        ("Art. 6", "Art. 13", "Art. 18 ¶2"),
        "a plan missing a part of its reference outline",
    ),
    ("ConsultationReading", ("Art. 6",), "which units are consulted (TN 6.2)"),
    ("HostUnitReportReading", ("Art. 7 ¶1",), "report or approval (open point 11)"),
    ("ReassignmentReading", ("Art. 8",), "what reassigned units take over (TN 8.3)"),
    ("AppraisalOutcomeReading", ("Art. 9",), "what follows an appraisal not poor (TN 9.2)"),
    ("CultivationStartReading", ("Art. 15",), "when cultivation starts (open point 8)"),
    ("RetainedQualificationReading", ("Art. 15",), "a retained qualification (TN 15.3)"),
    ("HostVehicleReading", ("Art. 18 ¶1",), "which vehicles count (TN 18.2)"),
    ("ConstructionStartReading", ("Art. 21",), "when a Center's round starts (TN 21.1)"),
    ("CenterRoundReading", ("Art. 21",), "what follows a qualified check (TN 21.2)"),
    (
        "MatchingAfterTerminationReading",
        ("Art. 21", "Art. 20 ¶1"),
        "matching after termination (open point 7)",
    ),
):
    register(f"cixi_innovation.law.readings.{_name}", *_refs, note=f"named reading: {_note}")
register(
    "cixi_innovation.values.vocabulary.PlatformKind",
    "Art. 1",
    "Art. 2",
    "Art. 3",
    "Art. 4",
    note="the three kinds of platform",
)
register(
    "cixi_innovation.values.vocabulary.TaskGroupUnit",
    "Art. 6",
    note="the seven functional units consulted",
)
register(
    "cixi_innovation.values.vocabulary.Level",
    "Art. 8 ¶2",
    "Art. 9 ¶2",
    "Art. 10",
    "Art. 20 ¶1",
    note="Ningbo municipal level or above (宁波市级及以上), inclusive",
)
