"""Decisions that explain themselves: outcome, amounts, and reasons citing the Measures.

Every rule of the library returns (or carries) a :class:`Decision`: what was decided,
on which date, the amounts involved, and the trail of :class:`Reason` values, each
citing the provisions that produced it.  Explanations render in Chinese and English on
demand (templates are filled only when read) and the whole decision exports to JSON
with a schema version, and loads back equal.

>>> from datetime import date
>>> from decimal import Decimal
>>> d = Decision(
...     rule="example.cap",
...     on=date(2026, 3, 1),
...     outcome=Label("capped", "按上限核定", "capped"),
...     amounts={"claimed": Decimal("600000.00"), "granted": Decimal("500000.00")},
...     reasons=(
...         Reason.of(
...             cites("Art. 10"),
...             zh="申请{claimed:money},超过每年最高{cap:money},按上限核定。",
...             en="{claimed:money} claimed exceeds the annual cap of {cap:money}; capped.",
...             claimed=Decimal("600000.00"),
...             cap=Decimal("500000.00"),
...         ),
...     ),
... )
>>> print(d.explain("en"))
2026-03-01 example.cap: capped
  claimed: CNY 600,000.00
  granted: CNY 500,000.00
  - CNY 600,000.00 claimed exceeds the annual cap of CNY 500,000.00; capped. [Art. 10]
>>> Decision.from_json(d.to_json()) == d
True
"""

from __future__ import annotations

import _string  # type: ignore[import-not-found]  # string.Formatter's parser, without a stub
from collections.abc import Callable, Iterable, Iterator, Mapping
from datetime import date
from decimal import Decimal
from fractions import Fraction
from operator import itemgetter
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

import attrs

from cixi_innovation.values._attrs import frozen
from cixi_innovation.values.citations import Citation, Cites, cites
from cixi_innovation.values.errors import InputError
from cixi_innovation.values.money import (
    format_money,
    format_ratio,
    format_wan,
    format_yuan,
    to_money,
)
from cixi_innovation.values.vocabulary import Label, LabelledEnum

if TYPE_CHECKING:
    import string

__all__ = [
    "SCHEMA_VERSION",
    "Decision",
    "DecisionFormatError",
    "Param",
    "Reason",
    "cites",
]

#: Version of the JSON form of decisions; bumped on any incompatible change.
SCHEMA_VERSION = "1"

Param = str | int | bool | Decimal | Fraction | date | Label | LabelledEnum | Citation


class DecisionFormatError(InputError):
    """A JSON document is not a decision of the supported schema version."""


def _format_field(value: Any, spec: str, lang: str) -> str:
    """One template field in ``lang``: ``{x:money}``, ``{x:yuan}``, ``{x:wan}``, ``{x:ratio}``.

    Labels, enumeration members and citations render in ``lang``, a Fraction as a ratio,
    anything else as :func:`format` formats it.
    """
    if spec == "money":
        return format_money(value, lang)
    if spec == "yuan":
        return format_yuan(value, lang)
    if spec == "wan":
        return format_wan(value, lang)
    if spec == "ratio":
        return format_ratio(value)
    if isinstance(value, Label | LabelledEnum | Citation):
        return value.render(lang)
    if isinstance(value, Fraction):
        return format_ratio(value)
    return format(value, spec)


#: ``(literal text, field name or None, spec, conversion or None)`` for each part of a template.
_parse: Callable[[str], Iterator[tuple[str, str | None, str, str | None]]] = (
    _string.formatter_parser
)


def _fill(template: str, params: Mapping[str, Any], lang: str) -> str:
    """``template`` with its fields filled from ``params``, as :class:`string.Formatter` fills it.

    The fields of the library's templates are plain names with a spec (``{cap:money}``):
    they are filled here from the parser :class:`string.Formatter` uses.  A template with
    any other field (an index, an attribute, a conversion, a nested spec) is given to a
    :class:`string.Formatter`, made when first needed: the :mod:`string` module is
    imported then, not when a first answer is explained.
    """
    parts: list[str] = []
    for literal, name, spec, conversion in _parse(template):
        parts.append(literal)
        if name is None:
            continue
        if conversion is not None or not name.isidentifier() or "{" in spec:
            return _formatter(lang).vformat(template, (), params)
        parts.append(_format_field(params[name], spec, lang))
    return "".join(parts)


_FORMATTERS: dict[str, string.Formatter] = {}


def _formatter(lang: str) -> string.Formatter:
    """The template formatter of ``lang`` ("zh" or "en") for the templates :func:`_fill` does not fill."""
    try:
        return _FORMATTERS[lang]
    except KeyError:
        pass
    import string

    class _Formatter(string.Formatter):
        """Formats template fields per language, as :func:`_format_field` does."""

        def __init__(self, lang: str) -> None:
            super().__init__()
            self.lang = lang

        def format_field(self, value: Any, format_spec: str) -> str:
            return _format_field(value, format_spec, self.lang)

    for code in ("zh", "en"):
        _FORMATTERS.setdefault(code, _Formatter(code))
    return _FORMATTERS[lang]


def _freeze(params: Mapping[str, Any]) -> Mapping[str, Any]:
    return MappingProxyType(dict(params))


@frozen
class Reason:
    """One step of a decision's explanation, citing the provisions it rests on.

    ``zh`` and ``en`` are rendered from the templates and ``params`` when read, so a
    reason costs little until somebody asks for its text.
    """

    citations: Cites
    template_zh: str
    template_en: str
    params: Mapping[str, Param] = attrs.field(factory=dict, converter=_freeze, eq=False)

    @classmethod
    def of(cls, citations: Iterable[Citation], *, zh: str, en: str, **params: Param) -> Reason:
        """Build a reason from its citations, its two templates and their parameters."""
        return cls(tuple(citations), zh, en, params)

    @property
    def zh(self) -> str:
        """The reason in Chinese."""
        return _fill(self.template_zh, self.params, "zh")

    @property
    def en(self) -> str:
        """The reason in English."""
        return _fill(self.template_en, self.params, "en")

    def render(self, lang: str = "en", *, with_citations: bool = True) -> str:
        """The reason in ``lang``, followed by its citations in brackets."""
        text = self.zh if lang == "zh" else self.en
        if with_citations and self.citations:
            sep = "、" if lang == "zh" else ", "
            text += f" [{sep.join(c.render(lang) for c in self.citations)}]"
        return text

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Reason):
            return NotImplemented
        return (self.citations, self.zh, self.en) == (other.citations, other.zh, other.en)

    def __hash__(self) -> int:
        return hash(self.citations)

    def __reduce__(self) -> tuple[type[Reason], tuple[Any, ...]]:
        # copy, deepcopy and pickle: the parameters are held in a read-only proxy
        return (Reason, (self.citations, self.template_zh, self.template_en, dict(self.params)))

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready form: citations (English form) and both rendered texts."""
        return {
            "citations": [c.en for c in self.citations],
            "zh": self.zh,
            "en": self.en,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Reason:
        """Rebuild a reason from :meth:`to_dict` output (texts become fixed templates)."""
        zh, en = str(data["zh"]), str(data["en"])
        return cls(cites(*data["citations"]), _escape(zh), _escape(en))


def _escape(text: str) -> str:
    return text.replace("{", "{{").replace("}", "}}")


def _amount_items(amounts: Mapping[str, Decimal]) -> tuple[tuple[str, ...], tuple[Decimal, ...]]:
    """The names and the values of ``amounts``, as two tuples (a copy)."""
    if isinstance(amounts, Decision):  # a decision is a tuple, not a mapping of amounts
        raise InputError(
            "amounts must be a mapping of names to amounts",
            zh="金额须为名称到金额的映射",
            field="amounts",
        )
    pairs = dict(amounts)
    return tuple(pairs), tuple(pairs.values())


_tuple_new = tuple.__new__
_tuple_eq = tuple.__eq__


class Decision(tuple[Any, ...]):
    """The answer of a rule: what was decided, when, how much, and why.

    A decision is an immutable record of seven fields, built as ``Decision(rule, on,
    outcome, amounts, reasons, subject, in_force)`` (the last four optional) and read
    through the attributes of the same names.  Like :func:`os.stat` results it is a
    tuple underneath, which makes it cheap to build on the rules' hot paths; use it
    through its attributes, not as a sequence.  Two decisions are equal when their fields
    are (amounts compared as mappings); a decision never equals a plain tuple.
    """

    __slots__ = ()
    __match_args__ = ("rule", "on", "outcome", "amounts", "reasons", "subject", "in_force")

    # Stored as one tuple: (kind, on, subject, in_force, *amount values), where kind is
    # (rule, outcome, amount names, reasons), the parts a branch of a rule fixes before
    # it is called.  Decisions of the same branch share their kind.

    def __new__(
        cls,
        rule: str,
        on: date,
        outcome: Label,
        amounts: Mapping[str, Decimal] | None = None,
        reasons: Iterable[Reason] = (),
        subject: str = "",
        in_force: bool = True,
    ) -> Decision:
        """Build a decision; ``amounts`` is copied, ``reasons`` made a tuple."""
        names, values = _amount_items(amounts) if amounts is not None else ((), ())
        kind = (rule, outcome, names, tuple(reasons))
        return _tuple_new(cls, (kind, on, subject, in_force, *values))

    @property
    def rule(self) -> str:
        """The dotted name of the rule that decided (``"subsidy.operating_subsidy"``)."""
        rule: str = self[0][0]
        return rule

    if TYPE_CHECKING:

        @property
        def on(self) -> date:
            """The date the decision refers to."""

        @property
        def subject(self) -> str:
            """The platform or party the decision is about (an identifier), or ``""``."""

        @property
        def in_force(self) -> bool:
            """False when ``on`` is outside the force and was flagged (Art. 24)."""

    else:
        on = property(itemgetter(1), doc="The date the decision refers to.")
        subject = property(
            itemgetter(2),
            doc='The platform or party the decision is about (an identifier), or ``""``.',
        )
        in_force = property(
            itemgetter(3),
            doc="False when ``on`` is outside the Measures' force and the caller asked to "
            "flag rather than refuse such decisions (Art. 24).",
        )

    @property
    def outcome(self) -> Label:
        """A bilingual label of what was decided."""
        outcome: Label = self[0][1]
        return outcome

    @property
    def reasons(self) -> tuple[Reason, ...]:
        """The explanation: each reason cites the provisions of the Measures it rests on."""
        reasons: tuple[Reason, ...] = self[0][3]
        return reasons

    @property
    def amounts(self) -> Mapping[str, Decimal]:
        """The named amounts in yuan (exact, two decimal places), read-only, in the rule's order."""
        return MappingProxyType(dict(zip(self[0][2], self[4:], strict=True)))

    @property
    def articles(self) -> Cites:
        """Every provision cited by the reasons, in order of first citation, without repeats."""
        seen: dict[Citation, None] = {}
        for reason in self[0][3]:
            for citation in reason.citations:
                seen.setdefault(citation, None)
        return tuple(seen)

    def amount(self, name: str) -> Decimal:
        """The amount called ``name``; a clear error if the decision has none by that name."""
        names: tuple[str, ...] = self[0][2]
        if name in names:
            value: Decimal = self[4 + names.index(name)]
            return value
        listed = ", ".join(names) or "none"
        listed_zh = "、".join(names) or "无"
        raise InputError(
            f"decision {self.rule} has no amount {name!r} (it has: {listed})",
            zh=f"决定 {self.rule} 没有金额 {name!r}(其金额:{listed_zh})",
            field=name,
        )

    def replace(self, **changes: Any) -> Decision:
        """A copy with some fields changed: ``decision.replace(subject="CX-01")``.

        Raises:
            InputError: a name that is not a field of decisions.
        """
        fields = dict(zip(self.__match_args__, self._record(), strict=True))
        unknown = sorted(set(changes) - set(fields))
        if unknown:
            raise InputError(
                f"a decision has no field {unknown[0]!r} (its fields: "
                f"{', '.join(self.__match_args__)})",
                zh=f"决定没有字段 {unknown[0]!r}(其字段:{'、'.join(self.__match_args__)})",
                field=unknown[0],
            )
        fields.update(changes)
        return Decision(**fields)

    __replace__ = replace  # copy.replace (Python 3.13)

    def _record(self) -> tuple[Any, ...]:
        """The seven fields in the order of the constructor's arguments, amounts as a dict.

        What the constructor takes to build the decision again (copy, deepcopy, pickle),
        and what two decisions compare when their stored tuples differ.
        """
        rule, outcome, names, reasons = self[0]
        amounts = dict(zip(names, self[4:], strict=True))
        return (rule, self[1], outcome, amounts, reasons, self[2], self[3])

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Decision):
            # A plain tuple would otherwise compare its items with the stored fields.
            return False if isinstance(other, tuple) else NotImplemented
        return _tuple_eq(self, other) or self._record() == other._record()

    def __ne__(self, other: object) -> bool:
        equal = self.__eq__(other)
        return equal if equal is NotImplemented else not equal

    def __hash__(self) -> int:
        rule, outcome, names, reasons = self[0]
        amounts = frozenset(zip(names, self[4:], strict=True))
        return hash((Decision, rule, self[1], outcome, amounts, reasons, self[2], self[3]))

    # A decision is not ordered: the comparisons of tuples would compare field by field.
    def __lt__(self, other: object) -> bool:
        return NotImplemented

    __le__ = __gt__ = __ge__ = __lt__

    def __getnewargs__(self) -> tuple[Any, ...]:  # copy, deepcopy and pickle
        return self._record()

    def __repr__(self) -> str:
        fields = ", ".join(
            f"{name}={value!r}"
            for name, value in zip(self.__match_args__, self._record(), strict=True)
        )
        return f"Decision({fields})"

    def explain(self, lang: str = "en") -> str:
        """A multi-line explanation in ``"zh"`` or ``"en"``."""
        head = f"{self.on} {self.rule}" + (f" [{self.subject}]" if self.subject else "")
        lines = [f"{head}: {self.outcome.render(lang)}"]
        if not self.in_force:
            lines.append(
                "  ! 该日期不在本办法有效期内(第二十四条)"
                if lang == "zh"
                else "  ! this date is outside the Measures' force (Art. 24)"
            )
        lines.extend(f"  {name}: {format_money(v, lang)}" for name, v in self.amounts.items())
        lines.extend(f"  - {reason.render(lang)}" for reason in self.reasons)
        return "\n".join(lines)

    def __str__(self) -> str:
        return self.explain("en")

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict with ``schema_version``; amounts are strings, dates ISO."""
        return {
            "schema_version": SCHEMA_VERSION,
            "rule": self.rule,
            "on": self.on.isoformat(),
            "subject": self.subject,
            "in_force": self.in_force,
            "outcome": {"code": self.outcome.code, "zh": self.outcome.zh, "en": self.outcome.en},
            "amounts": {name: str(v) for name, v in self.amounts.items()},
            "reasons": [r.to_dict() for r in self.reasons],
            "articles": [c.en for c in self.articles],
        }

    def to_json(self, *, indent: int | None = None) -> str:
        """The decision as JSON text (UTF-8, Chinese kept readable)."""
        import json  # only when asked: importing the package stays cheap

        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_dict(cls, data: object) -> Decision:
        """Load a decision from :meth:`to_dict` output.

        Raises:
            DecisionFormatError: wrong schema version or a malformed document.
        """
        version = data.get("schema_version") if isinstance(data, Mapping) else None
        if version != SCHEMA_VERSION:
            raise DecisionFormatError(
                f"unsupported decision schema version {version!r} (expected {SCHEMA_VERSION!r})",
                zh=f"不支持的决定格式版本 {version!r}(应为 {SCHEMA_VERSION!r})",
                field="schema_version",
            )
        assert isinstance(data, Mapping)  # established by the version check above
        try:
            outcome = data["outcome"]
            return cls(
                rule=str(data["rule"]),
                on=date.fromisoformat(data["on"]),
                outcome=Label(str(outcome["code"]), str(outcome["zh"]), str(outcome["en"])),
                amounts={
                    str(k): to_money(v, field=f"amounts.{k}", allow_negative=True)
                    for k, v in data["amounts"].items()
                },
                reasons=tuple(Reason.from_dict(r) for r in data["reasons"]),
                subject=str(data.get("subject", "")),
                in_force=bool(data.get("in_force", True)),
            )
        except InputError as exc:  # an amount that is not money, a citation that is none
            raise DecisionFormatError(
                f"not a decision document: {exc}", zh=f"不是决定文档:{exc.text('zh')}"
            ) from None
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as exc:
            raise DecisionFormatError(
                f"not a decision document: {exc!r}", zh=f"不是决定文档:{exc!r}"
            ) from None

    @classmethod
    def from_json(cls, text: str) -> Decision:
        """Load a decision from :meth:`to_json` output."""
        import json

        try:
            data = json.loads(text)
        except ValueError as exc:
            raise DecisionFormatError(f"not JSON: {exc}", zh=f"不是 JSON:{exc}") from None
        except RecursionError:  # json recurses on nested arrays and objects
            raise DecisionFormatError(
                "not JSON: nested too deeply", zh="不是 JSON:嵌套过深"
            ) from None
        return cls.from_dict(data)


# The rules' hot paths build many decisions from values they have already checked: a
# decision is one tuple of its stored fields, made in one step by ``tuple.__new__``.
new_decision = tuple.__new__
"""``new_decision(Decision, (kind, on, subject, in_force, *values))``, no checks, no copies.

For the library's rules, on their hot paths: ``kind`` is ``(rule, outcome, names,
reasons)`` with the amounts' names and the reasons as tuples (a rule prepares it once
per branch), and ``values`` the amounts in the order of their names.
"""


def decided(
    rule: str,
    on: date,
    outcome: Label,
    amounts: dict[str, Decimal],
    reasons: tuple[Reason, ...],
    subject: str = "",
    in_force: bool = True,
) -> Decision:
    """``Decision(rule, on, outcome, amounts, reasons, subject, in_force)``, built faster.

    For the library's own rules: ``reasons`` must be a tuple.  The decision is equal to,
    and indistinguishable from, one built by the public constructor.

    >>> from datetime import date
    >>> from decimal import Decimal
    >>> label = Label("granted", "按申请额核定", "granted as requested")
    >>> amounts = {"granted": Decimal("1.00")}
    >>> fast = decided("example.rule", date(2026, 3, 1), label, dict(amounts), ())
    >>> fast == Decision("example.rule", date(2026, 3, 1), label, amounts)
    True
    """
    kind = (rule, outcome, tuple(amounts), reasons)
    made: Decision = _tuple_new(Decision, (kind, on, subject, in_force, *amounts.values()))
    return made
