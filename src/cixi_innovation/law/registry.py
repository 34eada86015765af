"""Which code implements which provision (实现登记): the record the trace reads.

Every rule of the library names the provisions it implements, with :func:`implements`
(as the decorator of a class, or called on a function just after its definition), or
with :func:`register` for a value that cannot be decorated (an enum member, a constant)::

    @implements("Art. 10", note="an item of spending")
    @frozen
    class Expense: ...

    def operating_subsidy(...): ...

    implements("Art. 10", note="the 500,000 yuan annual cap")(operating_subsidy)

A provision that is deliberately not turned into code is listed in
:data:`~cixi_innovation.law.coverage.NOT_MODELLED` with the reason, in Chinese and
English.  :func:`trace` then gives, for every article and every annex section and item,
the code that implements it and the reasons for what is not modelled; a provision with
neither is a gap:

>>> row = next(r for r in trace() if r.citation == Citation.parse("Art. 24"))
>>> "cixi_innovation.law.measures.Measures" in row.names
True
>>> print(row.not_modelled[0].en)
“These Measures prevail over inconsistent previous provisions” is not modelled: the previous provisions are not identified and no transitional rule is given (TN 24.2).

A part implemented counts for its whole only when every part is accounted for: an
article is covered when it is implemented (or listed as not modelled) as a whole, or
paragraph by paragraph; an annex section as a whole, or item by item.  An entry of
``NOT_MODELLED`` marked ``partial`` explains what is left out of a provision that is
otherwise implemented, and does not by itself cover it.

Every rule module registers when it is imported, so the record holds names and
citations only; the values the record is read as (:class:`~cixi_innovation.law.coverage.Implementation`,
:class:`~cixi_innovation.law.coverage.TraceRow`) and the list of what is not modelled are
defined in :mod:`~cixi_innovation.law.coverage`, which is imported when the record is
first read.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Iterator, Mapping
from types import ModuleType
from typing import TYPE_CHECKING, TypeVar

from cixi_innovation.values.citations import ANNEX_SECTIONS, PARAGRAPHS, Citation, all_provisions
from cixi_innovation.values.errors import CixiError, InvalidCitationError

if TYPE_CHECKING:
    from cixi_innovation.law.coverage import Implementation, NotModelled, TraceRow

__all__ = [
    "REGISTRY",
    "RegistrationError",
    "Registry",
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
_NO_CITATION = 'implements() needs at least one citation, e.g. implements("Art. 10")'
_NO_CITATION_ZH = 'implements() 至少需要一个条款引用,例如 implements("Art. 10")'


class RegistrationError(CixiError, TypeError):
    """Something is registered that cannot be: no citation, or an object without a name.

    >>> implements()
    Traceback (most recent call last):
    ...
    cixi_innovation.law.registry.RegistrationError: implements() needs at least one citation, e.g. implements("Art. 10")
    """


def _citations(refs: Iterable[object]) -> tuple[Citation, ...]:
    found: list[Citation] = []
    for ref in refs:
        if isinstance(ref, Citation):
            citation = ref
        elif isinstance(ref, str):
            citation = Citation.parse(ref)
        else:
            raise InvalidCitationError(
                f"{ref!r} is not a citation of the Measures (e.g. 'Art. 10 ¶2')",
                zh=f"{ref!r} 不是《办法》的条款引用(例如 'Art. 10 ¶2')",
            )
        if citation not in found:
            found.append(citation)
    return tuple(found)


def _check_name(obj_name: str) -> None:
    if not obj_name or not all(part.isidentifier() for part in obj_name.split(".")):
        raise RegistrationError(
            f"{obj_name!r} is not a qualified name such as 'pkg.mod.Name'",
            zh=f"{obj_name!r} 不是限定名称(例如 'pkg.mod.Name')",
        )


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


def _reasons(
    provision: Citation, not_modelled: Mapping[Citation, NotModelled]
) -> tuple[NotModelled, ...]:
    """The entries of ``not_modelled`` about ``provision``: its own, its paragraphs', or its whole's.

    Items of an annex section have rows of their own, so a section's row does not repeat
    their entries; an item without an entry of its own shows its section's.
    """
    own = (provision, *(() if provision.is_annex else _parts(provision)))
    found = tuple(not_modelled[c] for c in own if c in not_modelled)
    if not found and provision.sub and provision.whole in not_modelled:
        return (not_modelled[provision.whole],)
    return found


class Registry:
    """A record of implementations; the library's own is :data:`REGISTRY`.

    A separate instance is useful in tests, to register throw-away objects without
    touching the library's record.
    """

    __slots__ = ("_entries",)

    def __init__(self) -> None:
        """Start empty."""
        # qualified name -> (citations, note), read as Implementation values
        self._entries: dict[str, tuple[tuple[Citation, ...], str]] = {}

    def _record(self, obj_name: str, citations: tuple[Citation, ...], note: str = "") -> None:
        """Record ``citations`` for ``obj_name``; the same name again adds to its entry."""
        _check_name(obj_name)
        old = self._entries.get(obj_name)
        if old is not None:
            old_citations, old_note = old
            citations = old_citations + tuple(c for c in citations if c not in old_citations)
            if old_note and note and note not in old_note:
                note = f"{old_note}; {note}"
            elif old_note:
                note = old_note
        self._entries[obj_name] = (citations, note)

    def register(self, obj_name: str, *refs: str | Citation, note: str = "") -> Implementation:
        """Record that the object named ``obj_name`` implements ``refs``; return its entry.

        Registering the same name again adds the new citations (and note) to it, so a
        module imported twice leaves one entry.

        Raises:
            InvalidCitationError: if a reference names no provision of the Measures.
            RegistrationError: if no reference is given or the name is not a dotted name.
        """
        if not refs:
            raise RegistrationError(_NO_CITATION, zh=_NO_CITATION_ZH)
        _check_name(obj_name)
        self._record(obj_name, _citations(refs), note)
        return self._entry(obj_name)

    def implements(self, *refs: str | Citation, note: str = "") -> Callable[[_T], _T]:
        """Decorate a function or class that implements ``refs``; it is returned unchanged.

        The citations are checked when the decorator is built, so a typo fails at import.
        """
        if not refs:
            raise RegistrationError(_NO_CITATION, zh=_NO_CITATION_ZH)
        citations = _citations(refs)

        def decorate(obj: _T) -> _T:
            module = getattr(obj, "__module__", None)
            qualname = getattr(obj, "__qualname__", None)
            if not isinstance(module, str) or not isinstance(qualname, str):
                raise RegistrationError(
                    f"{obj!r} has no module and qualified name; use register() with its name",
                    zh=f"{obj!r} 没有模块名和限定名称;请用 register() 并给出其名称",
                )
            self._record(f"{module}.{qualname}", citations, note)
            return obj

        return decorate

    def forget(self, obj_name: str) -> None:
        """Remove the entry for ``obj_name``, if any (for tests and interactive use)."""
        self._entries.pop(obj_name, None)

    def _entry(self, obj_name: str) -> Implementation:
        # imported on first read: registering at import builds no value
        from cixi_innovation.law.coverage import Implementation

        return Implementation(obj_name, *self._entries[obj_name])

    def __iter__(self) -> Iterator[Implementation]:
        return iter([self._entry(name) for name in sorted(self._entries)])

    def __len__(self) -> int:
        return len(self._entries)

    def implementations(self, citation: Citation | str) -> tuple[Implementation, ...]:
        """The code implementing ``citation``, a part of it, or the whole it belongs to."""
        (provision,) = _citations((citation,))
        return tuple(i for i in self if any(_overlaps(c, provision) for c in i.citations))

    def covers(self, provision: Citation) -> bool:
        """True if ``provision`` is implemented or not modelled, as a whole or part by part."""
        from cixi_innovation.law.coverage import NOT_MODELLED

        direct = any(
            _accounts_for(c, provision)
            for citations, _ in self._entries.values()
            for c in citations
        ) or any(
            _accounts_for(n.citation, provision) for n in NOT_MODELLED.values() if not n.partial
        )
        parts = _parts(provision)
        return direct or (bool(parts) and all(self.covers(p) for p in parts))

    def trace(self) -> tuple[TraceRow, ...]:
        """One row per provision of the Measures, in document order (see :func:`trace`)."""
        from cixi_innovation.law.coverage import NOT_MODELLED, TraceRow

        import_all_modules()
        return tuple(
            TraceRow(
                citation=provision,
                implementations=self.implementations(provision),
                not_modelled=_reasons(provision, NOT_MODELLED),
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


# --- the kernel's existing code --------------------------------------------------------
# The kernel modules predate the registry; their provisions are recorded here, by name,
# so that the kernel does not depend on this module.


def _kernel(obj_name: str, *refs: str, note: str) -> None:
    REGISTRY._record(obj_name, _citations(refs), note)


_kernel(
    "cixi_innovation.law.measures.Measures",
    "Art. 24",
    note="effective date, period of validity and in_force() under named readings",
)
_kernel(
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
_kernel(
    "cixi_innovation.law.indicators.CoreIndicators",
    "Art. 9",
    "Annex 1 §3",
    note="the five core indicators, as appraised and as committed",
)
_kernel("cixi_innovation.law.indicators.Indicator", "Art. 9", note="the closed set of five")
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
    _kernel(f"cixi_innovation.law.readings.{_name}", *_refs, note=f"named reading: {_note}")
_kernel(
    "cixi_innovation.values.vocabulary.PlatformKind",
    "Art. 1",
    "Art. 2",
    "Art. 3",
    "Art. 4",
    note="the three kinds of platform",
)
_kernel(
    "cixi_innovation.values.bodies.TaskGroupUnit",
    "Art. 6",
    note="the seven functional units consulted",
)
_kernel(
    "cixi_innovation.values.vocabulary.Level",
    "Art. 8 ¶2",
    "Art. 9 ¶2",
    "Art. 10",
    "Art. 20 ¶1",
    note="Ningbo municipal level or above (宁波市级及以上), inclusive",
)
