"""Shared hypothesis strategies for the library's values, and for arbitrary documents.

Import from here rather than redefining a strategy in a test module::

    from tests.strategies import dates_in_force, events_of, money

The value strategies build *valid* values (each one is accepted by the library's own
constructors); the document strategies (:func:`json_values`, :data:`toml_documents`,
:func:`event_like_data`) build arbitrary plain data for fuzzing the readers.
"""

from __future__ import annotations

import string
import types
import typing
from datetime import UTC, date
from decimal import Decimal
from fractions import Fraction
from typing import Any, TypeVar

import attrs
from hypothesis import strategies as st

from cixi_innovation.law.indicators import CoreIndicators
from cixi_innovation.law.measures import MEASURES
from cixi_innovation.law.parameters import Parameters
from cixi_innovation.law.readings import Readings
from cixi_innovation.law.registry import import_all_modules
from cixi_innovation.lifecycles.engine import Lifecycle
from cixi_innovation.lifecycles.events import Event
from cixi_innovation.lifecycles.plans import CenterPlan, ComplexPlan, ConsortiumPlan
from cixi_innovation.values.citations import PARAGRAPHS, Citation, all_provisions
from cixi_innovation.values.decisions import Decision, Reason
from cixi_innovation.values.money import FEN, MAX_AMOUNT
from cixi_innovation.values.vocabulary import Label, LabelledEnum

__all__ = [
    "CITATIONS",
    "LABELLED_ENUMS",
    "any_dates",
    "citations",
    "core_indicators",
    "dates_in_force",
    "decisions",
    "deeply_nested_json",
    "event_like_data",
    "events_of",
    "from_type",
    "indicators_from",
    "json_values",
    "labels",
    "money",
    "nonblank_texts",
    "outline_values",
    "parameters",
    "plans",
    "ratios",
    "readings",
    "reasons",
    "shares",
    "texts",
    "toml_documents",
    "toml_texts",
]

T = TypeVar("T")

# --- scalars ---------------------------------------------------------------------------

#: Any calendar date the ``date`` type can hold.
any_dates = st.dates()

#: Dates inside the Measures' force, [2024-12-25, 2029-12-25).
dates_in_force = st.dates(MEASURES.effective_date, MEASURES.last_day_in_force)

#: Any text, lone surrogates included (JSON can carry them as escapes).
texts = st.text()

#: Texts that TOML and UTF-8 can hold (no lone surrogates).
toml_texts = st.text(st.characters(codec="utf-8"))

#: Texts with at least one character that is not white space (plan sections).
nonblank_texts = st.text(min_size=1).filter(lambda s: bool(s.strip()))

#: Exact amounts of yuan in whole fen, from 0 to the largest amount handled.
money = st.decimals(
    min_value=Decimal(0), max_value=MAX_AMOUNT - FEN, places=2, allow_nan=False
).map(lambda d: d + Decimal("0.00"))

#: Exact non-negative ratios of modest size (their ``"p/q"`` text stays short).
ratios = st.fractions(min_value=0, max_value=1000, max_denominator=10**6)

#: Exact shares between 0 and 1.
shares = st.fractions(min_value=0, max_value=1, max_denominator=10**6)

# --- citations, labels, decisions ------------------------------------------------------


def _every_citation() -> tuple[Citation, ...]:
    paragraphs = [
        Citation.article(n, p) for n, count in PARAGRAPHS.items() for p in range(1, count + 1)
    ]
    return (*all_provisions(), *paragraphs)


#: Every provision a citation can name: articles, their paragraphs, annex sections, items.
CITATIONS: tuple[Citation, ...] = _every_citation()

#: A valid citation.
citations = st.sampled_from(CITATIONS)

#: A bilingual label with any code and texts.
labels = st.builds(Label, code=texts, zh=texts, en=texts)


def _literal(text: str) -> str:
    """``text`` as a template that renders to itself."""
    return text.replace("{", "{{").replace("}", "}}")


_PARAMETERS = st.fixed_dictionaries(
    {
        "amount": money,
        "ratio": ratios,
        "count": st.integers(-(10**12), 10**12),
        "day": any_dates,
        "cited": citations,
        "label": labels,
        "text": texts,
    }
)
_PLACEHOLDERS = (
    "{amount:money}",
    "{amount:yuan}",
    "{amount:wan}",
    "{ratio:ratio}",
    "{ratio}",
    "{count}",
    "{day}",
    "{cited}",
    "{label}",
    "{text}",
)


def _template() -> st.SearchStrategy[str]:
    piece = st.one_of(texts.map(_literal), st.sampled_from(_PLACEHOLDERS))
    return st.lists(piece, max_size=6).map("".join)


#: A reason citing valid provisions, with templates using every kind of parameter.
reasons = st.builds(
    lambda cites, zh, en, params: Reason(tuple(cites), zh, en, params),
    st.lists(citations, max_size=4),
    _template(),
    _template(),
    _PARAMETERS,
)

#: A decision with any rule, date, outcome, money amounts and reasons.
decisions = st.builds(
    Decision,
    rule=texts,
    on=any_dates,
    outcome=labels,
    amounts=st.dictionaries(texts, money, max_size=5),
    reasons=st.lists(reasons, max_size=4).map(tuple),
    subject=texts,
    in_force=st.booleans(),
)

# --- kernel values ---------------------------------------------------------------------


#: The five core indicators of Art. 9 with valid values.
def indicators_from(
    amounts: st.SearchStrategy[Decimal], fractions: st.SearchStrategy[Fraction], most_patents: int
) -> st.SearchStrategy[CoreIndicators]:
    """Core indicators (核心指标) drawn from the given amounts and ratios."""
    return st.builds(
        CoreIndicators,
        industry_output_value=amounts,
        valid_hte_share=fractions,
        above_scale_rd_intensity=fractions,
        above_scale_rd_institution_rate=fractions,
        valid_invention_patents=st.integers(0, most_patents),
    )


core_indicators = indicators_from(money, ratios, most_patents=10**12)


@st.composite
def parameters(
    draw: st.DrawFn,
    caps: st.SearchStrategy[Decimal] = money,
    cap_shares: st.SearchStrategy[Fraction] = shares,
    *,
    most_years: int = 50,
    most_days: int = 3650,
) -> Parameters:
    """A valid variant of the Measures' numbers (the mid-term point inside the round)."""
    round_years = draw(st.integers(2, most_years))
    return Parameters(
        complex_round_years=draw(st.integers(1, most_years)),
        consortium_cycle_years=draw(st.integers(1, most_years)),
        center_round_years=round_years,
        center_mid_term_years=draw(st.integers(1, round_years - 1)),
        operating_subsidy_cap=draw(caps),
        remuneration_cap_share=draw(cap_shares),
        entrusted_fee_cap_share=draw(cap_shares),
        effective_after_days=draw(st.integers(1, most_days)),
        validity_years=draw(st.integers(1, most_years)),
    )


def _readings() -> st.SearchStrategy[Readings]:
    hints = typing.get_type_hints(Readings)
    return st.builds(
        Readings, **{a.name: st.sampled_from(hints[a.name]) for a in attrs.fields(Readings)}
    )


#: Any combination of the named readings of the lifecycle provisions.
readings = _readings()


def _labelled_enums() -> list[type[LabelledEnum]]:
    """Every LabelledEnum subclass with members defined in the package's modules."""
    import_all_modules()  # the layers' modules too, not only the subpackages
    found: list[type[LabelledEnum]] = []
    pending = list(LabelledEnum.__subclasses__())
    while pending:
        cls = pending.pop()
        pending.extend(cls.__subclasses__())
        if cls.__module__.startswith("cixi_innovation.") and len(cls):
            found.append(cls)
    return sorted(found, key=lambda c: f"{c.__module__}.{c.__qualname__}")


#: Every enumeration of the package with members (states, levels, readings, codes …).
LABELLED_ENUMS: list[type[LabelledEnum]] = _labelled_enums()


# --- values built from type hints (events, plans, their parts) -------------------------


def _is_outline(cls: type) -> bool:
    return any(c.__name__ == "_Outline" for c in cls.__mro__)


def outline_values(cls: type[T]) -> st.SearchStrategy[T]:
    """A complete plan (or plan part) after an Annex outline: every section filled."""
    hints = typing.get_type_hints(cls)
    fields: dict[str, st.SearchStrategy[Any]] = {}
    for a in attrs.fields(cls):  # type: ignore[arg-type]
        required = a.validator is not None
        hint = hints[a.name]
        if typing.get_origin(hint) is tuple:
            (item, _) = typing.get_args(hint)
            element: st.SearchStrategy[Any] = (
                outline_values(item)
                if isinstance(item, type) and _is_outline(item)
                else (nonblank_texts if required else texts)
            )
            fields[a.name] = st.lists(element, min_size=1 if required else 0, max_size=3).map(tuple)
        elif hint is str:
            fields[a.name] = nonblank_texts if required else texts
        else:
            fields[a.name] = from_type(hint)
    return st.builds(cls, **fields)


def from_type(hint: Any) -> st.SearchStrategy[Any]:
    """A valid value of the type an event field (or a part of one) is declared with.

    Follows the same cases as the lifecycle's reader of plain data: dates, texts,
    booleans, whole numbers, enumerations, tuples, optional values, the core
    indicators, plan outlines and nested attrs classes.
    """
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        (inner,) = args
        return st.none() | from_type(inner)
    if origin is tuple:
        (inner, _) = typing.get_args(hint)
        return st.lists(from_type(inner), max_size=3).map(tuple)
    if hint is date:
        return any_dates
    if hint is str:
        return texts
    if hint is bool:
        return st.booleans()
    if hint is int:
        return st.integers(-(2**63), 2**63 - 1)
    if isinstance(hint, type) and issubclass(hint, LabelledEnum):
        return st.sampled_from(hint)
    if hint is CoreIndicators:
        return core_indicators
    if isinstance(hint, type) and _is_outline(hint):
        return outline_values(hint)
    if isinstance(hint, type) and attrs.has(hint):
        hints = typing.get_type_hints(hint)
        return st.builds(
            hint, **{a.name: from_type(hints[a.name]) for a in attrs.fields(hint) if a.init}
        )
    raise NotImplementedError(f"no strategy for {hint!r}")  # pragma: no cover - a new type


#: A complete construction plan of one of the three kinds (Annexes 1-3).
plans = st.one_of(
    outline_values(ComplexPlan), outline_values(ConsortiumPlan), outline_values(CenterPlan)
)


def events_of(lifecycle: Lifecycle[Any, Any]) -> st.SearchStrategy[Event]:
    """Any event of ``lifecycle``, with valid field values (not necessarily acceptable)."""
    return st.one_of(*(from_type(event_type) for event_type in lifecycle.event_types))


# --- arbitrary documents ---------------------------------------------------------------

_JSON_SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=False, allow_infinity=False),
    texts,
)


def json_values(max_leaves: int = 50) -> st.SearchStrategy[Any]:
    """Any JSON value: scalars, and lists and objects nested to any depth."""
    return st.recursive(
        _JSON_SCALARS,
        lambda children: st.lists(children, max_size=6) | st.dictionaries(texts, children),
        max_leaves=max_leaves,
    )


_TOML_SCALARS = st.one_of(
    st.booleans(),
    st.integers(-(2**63), 2**63 - 1),
    st.floats(allow_nan=True, allow_infinity=True),
    toml_texts,
    st.dates(),
    st.times(),
    st.datetimes(timezones=st.none() | st.just(UTC)),
)

#: Any TOML document as data: a table of scalars (dates and times too), arrays, tables.
toml_documents = st.dictionaries(
    toml_texts,
    st.recursive(
        _TOML_SCALARS,
        lambda children: st.lists(children, max_size=5) | st.dictionaries(toml_texts, children),
        max_leaves=30,
    ),
)


def event_like_data(lifecycle: Lifecycle[Any, Any]) -> st.SearchStrategy[dict[str, Any]]:
    """Plain data that looks like an event of ``lifecycle``, with arbitrary values.

    A real ``kind`` (or any text) and some of the lifecycle's field names (plus stray
    ones), each holding an arbitrary JSON value or a near miss: a date-like text, a code
    of some enumeration, a number-like text.
    """
    names = sorted({a.name for t in lifecycle.event_types for a in attrs.fields(t)})
    near_misses = st.one_of(
        json_values(20),
        st.sampled_from(["2026-03-01", "2023-02-30", "2026-3-1", "qualified", "poor", "ningbo"]),
        any_dates.map(date.isoformat),
        st.text(string.digits + "-/.e%", max_size=12),
    )
    return st.builds(
        lambda kind, fields: {"kind": kind, **fields},
        st.sampled_from(sorted(lifecycle.events_by_kind)) | texts | json_values(5),
        st.dictionaries(st.sampled_from(names) | texts, near_misses, max_size=len(names)),
    )


def deeply_nested_json(depth: int, *, kind: str = "array") -> str:
    """JSON text nested ``depth`` levels deep: ``[[[…]]]`` or ``{"a": {"a": …}}``."""
    if kind == "array":
        return "[" * depth + "]" * depth
    return '{"a": ' * depth + "1" + "}" * depth
