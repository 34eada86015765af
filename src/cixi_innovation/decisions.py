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

from collections.abc import Iterable, Mapping
from datetime import date
from decimal import Decimal
from fractions import Fraction
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

import attrs

from .citations import Citation, Cites, cites
from .errors import InputError
from .money import format_money, format_ratio, format_wan, format_yuan, to_money
from .vocabulary import Label, LabelledEnum

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


_FORMATTERS: dict[str, string.Formatter] = {}


def _formatter(lang: str) -> string.Formatter:
    """The template formatter of ``lang`` ("zh" or "en"), made when a text is first rendered.

    The :mod:`string` module is imported then, not when the package is.
    """
    try:
        return _FORMATTERS[lang]
    except KeyError:
        pass
    import string

    class _Formatter(string.Formatter):
        """Formats template fields per language: ``{x:money}``, ``{x:yuan}``, ``{x:wan}``, ``{x:ratio}``."""

        def __init__(self, lang: str) -> None:
            super().__init__()
            self.lang = lang

        def format_field(self, value: Any, format_spec: str) -> str:
            if format_spec == "money":
                return format_money(value, self.lang)
            if format_spec == "yuan":
                return format_yuan(value, self.lang)
            if format_spec == "wan":
                return format_wan(value, self.lang)
            if format_spec == "ratio":
                return format_ratio(value)
            if isinstance(value, Label | LabelledEnum | Citation):
                return value.render(self.lang)
            if isinstance(value, Fraction):
                return format_ratio(value)
            return str(super().format_field(value, format_spec))

    for code in ("zh", "en"):
        _FORMATTERS.setdefault(code, _Formatter(code))
    return _FORMATTERS[lang]


def _freeze(params: Mapping[str, Any]) -> Mapping[str, Any]:
    return MappingProxyType(dict(params))


@attrs.frozen
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
        return _formatter("zh").vformat(self.template_zh, (), self.params)

    @property
    def en(self) -> str:
        """The reason in English."""
        return _formatter("en").vformat(self.template_en, (), self.params)

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


def _freeze_amounts(amounts: Mapping[str, Decimal]) -> Mapping[str, Decimal]:
    return MappingProxyType(dict(amounts))


@attrs.frozen
class Decision:
    """The answer of a rule: what was decided, when, how much, and why.

    Attributes:
        rule: the dotted name of the rule that decided (``"complex.operating_subsidy"``).
        on: the date the decision refers to.
        outcome: a bilingual label of what was decided.
        amounts: named amounts in yuan (exact ``Decimal``, two decimal places).
        reasons: the explanation, each reason citing provisions of the Measures.
        subject: the platform or party the decision is about (an identifier), if any.
        in_force: False when ``on`` lies outside the Measures' force and the caller
            asked to flag rather than refuse such decisions (Art. 24).
    """

    rule: str
    on: date
    outcome: Label
    amounts: Mapping[str, Decimal] = attrs.field(factory=dict, converter=_freeze_amounts)
    reasons: tuple[Reason, ...] = ()
    subject: str = ""
    in_force: bool = True

    @property
    def articles(self) -> Cites:
        """Every provision cited by the reasons, in order of first citation, without repeats."""
        seen: dict[Citation, None] = {}
        for reason in self.reasons:
            for citation in reason.citations:
                seen.setdefault(citation, None)
        return tuple(seen)

    def amount(self, name: str) -> Decimal:
        """The amount called ``name``; a clear error if the decision has none by that name."""
        try:
            return self.amounts[name]
        except KeyError:
            names = ", ".join(self.amounts) or "none"
            raise InputError(
                f"decision {self.rule} has no amount {name!r} (it has: {names})", field=name
            ) from None

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
            raise DecisionFormatError(f"not a decision document: {exc}") from None
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as exc:
            raise DecisionFormatError(f"not a decision document: {exc!r}") from None

    @classmethod
    def from_json(cls, text: str) -> Decision:
        """Load a decision from :meth:`to_json` output."""
        import json

        try:
            data = json.loads(text)
        except ValueError as exc:
            raise DecisionFormatError(f"not JSON: {exc}") from None
        except RecursionError:  # json recurses on nested arrays and objects
            raise DecisionFormatError("not JSON: nested too deeply") from None
        return cls.from_dict(data)


# The rules' hot paths build many decisions from values they have already checked.
# Setting the slots through their descriptors costs about half of what the generated
# frozen __init__ does (it goes through object.__setattr__ once per field), and a
# fresh dict of amounts can be frozen without the copy the public constructor makes.
_new_object = object.__new__
(
    _set_rule,
    _set_on,
    _set_outcome,
    _set_amounts,
    _set_reasons,
    _set_subject,
    _set_in_force,
) = (Decision.__dict__[a.name].__set__ for a in attrs.fields(Decision))


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

    For the library's own rules: ``amounts`` must be a new dict that the caller does not
    keep (it is frozen as it is, not copied), and ``reasons`` a tuple.  The decision is
    equal to, and indistinguishable from, one built by the public constructor.

    >>> from datetime import date
    >>> from decimal import Decimal
    >>> label = Label("granted", "按申请额核定", "granted as requested")
    >>> amounts = {"granted": Decimal("1.00")}
    >>> fast = decided("example.rule", date(2026, 3, 1), label, dict(amounts), ())
    >>> fast == Decision("example.rule", date(2026, 3, 1), label, amounts)
    True
    """
    decision: Decision = _new_object(Decision)
    _set_rule(decision, rule)
    _set_on(decision, on)
    _set_outcome(decision, outcome)
    _set_amounts(decision, MappingProxyType(amounts))
    _set_reasons(decision, reasons)
    _set_subject(decision, subject)
    _set_in_force(decision, in_force)
    return decision
