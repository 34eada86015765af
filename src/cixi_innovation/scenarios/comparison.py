"""What-if comparisons (方案比较): a variant of a scenario against its base, year by year.

:func:`compare` simulates a base scenario and a variant (another file, or the base with
some settings changed, :mod:`cixi_innovation.scenarios.settings`) with the same seed and
gives a :class:`Comparison`: what differs between the two scenarios' parameters,
readings and inputs; for each year, the difference of the budget lines; for each
platform and year whose state or money differs, the difference of each amount; and,
for each difference, the articles the two rows' decisions rest on.  Differences are
variant minus base, exact to the fen.

>>> from cixi_innovation.scenarios.default import default_scenario
>>> from cixi_innovation.scenarios.settings import with_settings
>>> base = default_scenario()
>>> comparison = compare(base, with_settings(base, {"operating_subsidy_cap": "400000"}))
>>> comparison.year(2026).cash
Decimal('-250000.00')
>>> [(r.platform_id, r.year, str(r.granted)) for r in comparison.rows][:2]
[('CX-01', 2025, '-100000.00'), ('CX-01', 2026, '-100000.00')]

Renderings: :meth:`Comparison.to_table` (in Chinese or English, folded to a width),
:meth:`Comparison.to_csv` and :meth:`Comparison.to_json`.  Amounts that rest on the
scenarios' assumptions are marked in each, as in the results of a simulation.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import Any, Final, NamedTuple

from cixi_innovation.scenarios._assumptions import MARK, assumed_fields, describe, note
from cixi_innovation.scenarios._wording import (
    A_SCENARIO,
    not_a,
    not_a_language,
    not_in_horizon,
)
from cixi_innovation.scenarios.results import (
    RESULTS_SCHEMA_VERSION,
    Row,
    SimulationResult,
    YearTotals,
)
from cixi_innovation.scenarios.scenario import Scenario
from cixi_innovation.scenarios.simulation import simulate
from cixi_innovation.scenarios.tables import csv_text, escape, fold, text_table
from cixi_innovation.values._attrs import frozen
from cixi_innovation.values.citations import Citation
from cixi_innovation.values.errors import InputError
from cixi_innovation.values.money import ZERO
from cixi_innovation.values.vocabulary import PlatformKind

__all__ = ["Comparison", "RowDifference", "SettingChange", "YearDifference", "compare"]

# The money of a row and, in the same order, of a year's totals.
_ROW_MONEY: Final = (
    "advance",
    "granted",
    "settlement_paid",
    "settlement_recovered",
    "art16",
    "art20",
    "cash",
)
_YEAR_MONEY: Final = (
    "advances",
    "settlements_paid",
    "settlements_recovered",
    "art16",
    "art20",
    "cash",
)
# A year's line named as a row names it, for the marks of assumptions.
_AS_ROW: Final = {
    **dict(zip(_YEAR_MONEY, ("advance", *_ROW_MONEY[2:]), strict=True)),
    "cash_base": "cash",
    "cash_variant": "cash",
}

_SECTIONS: Final = ("horizon", "measures", "parameters", "readings", "inputs", "calendar", "force")

_HEADERS: Final[dict[str, tuple[str, str]]] = {
    "year": ("年度", "year"),
    "platform_id": ("平台", "platform"),
    "state": ("年末状态(基准 → 方案)", "state (base → variant)"),
    "cash_base": ("基准支出", "base cash"),
    "cash_variant": ("方案支出", "variant cash"),
    "advance": ("Δ预拨", "Δ advance"),
    "advances": ("Δ预拨", "Δ advance"),
    "granted": ("Δ核定补贴", "Δ granted"),
    "settlement_paid": ("Δ结算补拨", "Δ settlement paid"),
    "settlements_paid": ("Δ结算补拨", "Δ settlement paid"),
    "settlement_recovered": ("Δ结算收回", "Δ recovered"),
    "settlements_recovered": ("Δ结算收回", "Δ recovered"),
    "art16": ("Δ第十六条补助", "Δ Art. 16"),
    "art20": ("Δ第二十条配套", "Δ Art. 20"),
    "cash": ("Δ当年市级支出", "Δ cash"),
    "articles": ("条款", "articles"),
}


class SettingChange(NamedTuple):
    """A value of the scenarios' parameters, readings or inputs that differs.

    Attributes:
        name: its dotted path, as a setting names it (``parameters.operating_subsidy_cap``).
        base: the base's value, as plain data (None when the base leaves it out).
        variant: the variant's value, as plain data (None when the variant leaves it out).
    """

    name: str
    base: object
    variant: object


class YearDifference(NamedTuple):
    """The difference, variant minus base, of a year's budget lines.

    Attributes:
        year: the calendar year.
        base_cash: the base's net cash of the year.
        variant_cash: the variant's net cash of the year.
        advances, settlements_paid, settlements_recovered, art16, art20, cash: the
            differences of the year's totals.
        articles: the articles of the rows that differ in the year, in order of first
            citation.
    """

    year: int
    base_cash: Decimal
    variant_cash: Decimal
    advances: Decimal
    settlements_paid: Decimal
    settlements_recovered: Decimal
    art16: Decimal
    art20: Decimal
    cash: Decimal
    articles: tuple[Citation, ...]


class RowDifference(NamedTuple):
    """A platform in a year whose state or money differs between base and variant.

    Attributes:
        platform_id: the platform's id.
        kind: the kind of platform.
        year: the calendar year.
        base: the base's row (None when the platform is the variant's only).
        variant: the variant's row (None when the platform is the base's only).
        advance, granted, settlement_paid, settlement_recovered, art16, art20, cash: the
            differences, variant minus base.
        articles: the articles both rows' decisions rest on, in order of first citation.
    """

    platform_id: str
    kind: PlatformKind
    year: int
    base: Row | None
    variant: Row | None
    advance: Decimal
    granted: Decimal
    settlement_paid: Decimal
    settlement_recovered: Decimal
    art16: Decimal
    art20: Decimal
    cash: Decimal
    articles: tuple[Citation, ...]


def _merged(groups: Iterable[Iterable[Citation]]) -> tuple[Citation, ...]:
    return tuple(dict.fromkeys(c for group in groups for c in group))


def _changes(base: object, variant: object, path: str) -> list[SettingChange]:
    if isinstance(base, dict) and isinstance(variant, dict):
        found: list[SettingChange] = []
        for key in [*base, *(k for k in variant if k not in base)]:
            found += _changes(base.get(key), variant.get(key), f"{path}.{key}")
        return found
    return [] if base == variant else [SettingChange(path, base, variant)]


def _amount(row: Row | None, name: str) -> Decimal:
    return ZERO if row is None else Decimal(getattr(row, name))


def _cash(row: Row | None) -> Decimal | str:
    return "" if row is None else row.cash


def _state(row: Row | None) -> str:
    return "" if row is None else row.state_code


def _label(row: Row | None, lang: str) -> str:
    return "—" if row is None else row.state_label(lang)


def _marked(item: NamedTuple, names: Sequence[str], assumed: Sequence[str]) -> list[str]:
    """Those of ``names`` whose difference in ``item`` is not zero and rests on assumptions."""
    return [
        _AS_ROW.get(name, name)
        for name in names
        if getattr(item, name) and _AS_ROW.get(name, name) in assumed
    ]


def _row_difference(base: Row | None, variant: Row | None) -> RowDifference | None:
    either = base if base is not None else variant
    assert either is not None  # a key comes from one of the two results
    deltas = [_amount(variant, name) - _amount(base, name) for name in _ROW_MONEY]
    if not any(deltas) and _state(base) == _state(variant):
        return None
    articles = _merged(r.articles for r in (base, variant) if r is not None)
    return RowDifference._make(
        (either.platform_id, either.kind, either.year, base, variant, *deltas, articles)
    )


def _year_difference(
    base: YearTotals, variant: YearTotals, rows: Sequence[RowDifference]
) -> YearDifference:
    deltas = [getattr(variant, name) - getattr(base, name) for name in _YEAR_MONEY]
    articles = _merged(r.articles for r in rows if r.year == base.year)
    return YearDifference._make((base.year, base.cash, variant.cash, *deltas, articles))


def _money(value: Decimal) -> str:
    return f"{value:+,.2f}" if value else "0.00"


def _text(value: object) -> str:
    return "—" if value is None else json.dumps(value, ensure_ascii=False).strip('"')


@frozen(eq=False)
class Comparison:
    """A variant of a scenario against its base: what differs, year by year and row by row.

    Attributes:
        base: the base's simulation.
        variant: the variant's simulation.
        settings: the parameters, readings and inputs that differ, in the order of the
            scenario file.
        years: one difference per calendar year of the base's horizon.
        rows: the platforms and years whose state or money differs.
    """

    base: SimulationResult
    variant: SimulationResult
    settings: tuple[SettingChange, ...]
    years: tuple[YearDifference, ...]
    rows: tuple[RowDifference, ...]

    def year(self, year: int) -> YearDifference:
        """The difference of ``year``.

        Raises:
            InputError: the year is outside the horizon.
        """
        found = {entry.year: entry for entry in self.years}.get(year)
        if found is None:
            raise not_in_horizon(year)
        return found

    def _assumed(self) -> tuple[str, ...]:
        both = {
            *assumed_fields(self.base.scenario.inputs),
            *assumed_fields(self.variant.scenario.inputs),
        }
        return tuple(f for f in _ROW_MONEY if f in both)

    def to_dict(self) -> dict[str, object]:
        """A JSON-ready dict with ``schema_version`` (money as strings)."""
        assumed = self._assumed()
        return {
            "schema_version": RESULTS_SCHEMA_VERSION,
            "kind": "comparison",
            "base": self.base.scenario.title,
            "variant": self.variant.scenario.title,
            "seed": None if self.base.seed is None else str(self.base.seed),
            "settings": [change._asdict() for change in self.settings],
            "assumptions": describe(assumed),
            "years": [
                {
                    "year": y.year,
                    **{k: str(v) for k, v in y._asdict().items() if isinstance(v, Decimal)},
                    "articles": [c.en for c in y.articles],
                    "assumed": _marked(y, _YEAR_MONEY, assumed),
                }
                for y in self.years
            ],
            "rows": [
                {
                    "platform_id": r.platform_id,
                    "kind": r.kind.code,
                    "year": r.year,
                    "state_base": _state(r.base),
                    "state_variant": _state(r.variant),
                    **{name: str(getattr(r, name)) for name in _ROW_MONEY},
                    "articles": [c.en for c in r.articles],
                    "assumed": _marked(r, _ROW_MONEY, assumed),
                }
                for r in self.rows
            ],
        }

    def to_json(self, *, indent: int | None = None) -> str:
        """The comparison as JSON text (UTF-8, Chinese kept readable)."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    def to_csv(self) -> str:
        """The differences as CSV: one line per year (kind ``total``), then per row.

        Money columns hold differences, variant minus base, except ``cash_base`` and
        ``cash_variant``; ``assumed`` names the differences that rest on the scenarios'
        assumptions.
        """
        assumed = self._assumed()
        headers = [
            "platform_id", "kind", "year", "state_base", "state_variant", "cash_base",
            "cash_variant", *_ROW_MONEY, "articles", "assumed",
        ]  # fmt: skip
        years = [
            [
                "", "total", y.year, "", "", y.base_cash, y.variant_cash, y.advances, "",
                y.settlements_paid, y.settlements_recovered, y.art16, y.art20, y.cash,
                "; ".join(c.en for c in y.articles),
                "; ".join(_marked(y, _YEAR_MONEY, assumed)),
            ]
            for y in self.years
        ]  # fmt: skip
        rows = [
            [
                r.platform_id, r.kind.code, r.year, _state(r.base), _state(r.variant),
                _cash(r.base), _cash(r.variant), *(getattr(r, f) for f in _ROW_MONEY),
                "; ".join(c.en for c in r.articles), "; ".join(_marked(r, _ROW_MONEY, assumed)),
            ]
            for r in self.rows
        ]  # fmt: skip
        return csv_text(headers, [*years, *rows])

    def _heading(self, lang: str) -> list[str]:
        zh = lang == "zh"
        lines = [
            f"基准:{self.base.scenario.title}" if zh else f"base: {self.base.scenario.title}",
            f"方案:{self.variant.scenario.title}"
            if zh
            else f"variant: {self.variant.scenario.title}",
        ]
        if not self.settings:
            lines.append("设定相同" if zh else "the same settings")
        for change in self.settings:
            lines.append(f"  {change.name}: {_text(change.base)} → {_text(change.variant)}")
        return [escape(line) for line in lines]

    def to_table(self, lang: str = "en", *, width: int | None = None) -> str:
        """The differences as plain text: the settings, the years, then the rows that differ.

        With ``width``, the tables are folded and the text wrapped to that many columns.
        """
        if lang not in ("zh", "en"):
            raise not_a_language(lang)
        index = 0 if lang == "zh" else 1
        assumed = self._assumed()

        def head(name: str) -> str:
            marked = _AS_ROW.get(name, name) in assumed
            return _HEADERS[name][index] + (MARK if marked else "")

        year_names = ["year", "cash_base", "cash_variant", *_YEAR_MONEY]
        year_body = [
            [str(y.year), f"{y.base_cash:,.2f}", f"{y.variant_cash:,.2f}"]
            + [_money(getattr(y, name)) for name in _YEAR_MONEY]
            for y in self.years
        ]
        parts = [
            fold("\n".join(self._heading(lang)), width),
            text_table(
                [head(n) for n in year_names],
                year_body,
                set(range(len(year_names))),
                width=width,
            ),
        ]
        row_names = ["platform_id", "year", "state", *_ROW_MONEY, "articles"]
        row_body = [
            [
                r.platform_id,
                str(r.year),
                _label(r.base, lang)
                if _label(r.base, lang) == _label(r.variant, lang)
                else f"{_label(r.base, lang)} → {_label(r.variant, lang)}",
                *(_money(getattr(r, name)) for name in _ROW_MONEY),
                ", ".join(c.zh if lang == "zh" else c.en for c in r.articles),
            ]
            for r in self.rows
        ]
        if row_body:
            parts.append(
                text_table(
                    [head(n) for n in row_names],
                    row_body,
                    set(range(3, 10)) | {1},
                    width=width,
                    keys=(0, 1),
                )
            )
        else:
            parts.append(
                "没有平台的结果不同。" if lang == "zh" else "No platform's result differs."
            )
        headers = {name: _HEADERS[name][index].removeprefix("Δ").strip() for name in _ROW_MONEY}
        footnote = note(assumed, headers, lang)
        if footnote:
            parts.append(fold(footnote, width))
        return "\n\n".join(parts)


def compare(base: Scenario, variant: Scenario, seed: object = None) -> Comparison:
    """Simulate ``base`` and ``variant`` with the same ``seed`` and give their differences.

    Raises:
        InputError: either is not a scenario, or their horizons differ.
        MissingInputError, ScenarioError: as :func:`~cixi_innovation.scenarios.simulation.simulate`
            raises them for either scenario.
    """
    for name, value in (("base", base), ("variant", variant)):
        if not isinstance(value, Scenario):
            raise not_a(value, A_SCENARIO, name)
    if base.horizon != variant.horizon:
        raise InputError(
            f"the variant's horizon {variant.horizon.first}-{variant.horizon.last} is not the "
            f"base's {base.horizon.first}-{base.horizon.last}; compare the same years",
            zh=f"变体的模拟期 {variant.horizon.first}-{variant.horizon.last} 与基准的模拟期 "
            f"{base.horizon.first}-{base.horizon.last} 不同;请比较相同的年度",
            field="variant.horizon",
        )
    first, second = simulate(base, seed), simulate(variant, seed)
    base_data: dict[str, Any] = base.to_data()
    variant_data: dict[str, Any] = variant.to_data()
    settings = [
        change
        for section in _SECTIONS
        for change in _changes(base_data.get(section), variant_data.get(section), section)
    ]
    base_rows = {(r.platform_id, r.year): r for r in first.rows}
    variant_rows = {(r.platform_id, r.year): r for r in second.rows}
    keys = dict.fromkeys([*base_rows, *variant_rows])  # the base's order, then the variant's
    rows = [
        difference
        for key in keys
        if (difference := _row_difference(base_rows.get(key), variant_rows.get(key))) is not None
    ]
    years = [_year_difference(b, v, rows) for b, v in zip(first.totals, second.totals, strict=True)]
    return Comparison(first, second, tuple(settings), tuple(years), tuple(rows))
