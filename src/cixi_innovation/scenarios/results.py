"""The results of simulating a scenario, and their renderings (table, records, JSON, CSV, HTML).

:class:`SimulationResult` holds one :class:`Row` per platform and calendar year (the
state at the end of the year, the money of Art. 10, 16 and 20 and the cash paid from the
Cixi budget in that year) and one :class:`YearTotals` per year.  The decisions behind a
row are not kept as text: :meth:`SimulationResult.explain` rebuilds them on demand with
the real lifecycle engine and rule functions, in Chinese or English, with their
articles.

:class:`MonteCarloResult` holds the distribution, over the runs, of each year's budget
and of the outcome counts.  Percentiles use the *nearest-rank* method: the p-th
percentile of n sorted values is the value of rank ⌈p·n/100⌉ (at least 1), so every
statistic except the mean is one of the values observed; the mean of money is rounded
half-even to the fen, the mean of counts is an exact fraction.

Every rendering escapes what the user wrote (names, ids) in HTML with
:func:`html.escape`; CSV uses the standard :mod:`csv` module; JSON carries
:data:`RESULTS_SCHEMA_VERSION`.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from decimal import ROUND_HALF_EVEN, Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, Any, Final, NamedTuple, Protocol, TypeVar

import attrs

from cixi_innovation.scenarios.tables import csv_text, escape, fold, html_table, text_table
from cixi_innovation.values.citations import Citation
from cixi_innovation.values.decisions import Decision
from cixi_innovation.values.errors import InputError
from cixi_innovation.values.money import FEN, ZERO, format_yuan
from cixi_innovation.values.vocabulary import Label, LabelledEnum, PlatformKind

if TYPE_CHECKING:
    from cixi_innovation.scenarios.scenario import Scenario

__all__ = [
    "OUTCOME_COUNTS",
    "RESULTS_SCHEMA_VERSION",
    "CountDistribution",
    "MoneyDistribution",
    "MonteCarloResult",
    "MonteCarloYear",
    "Row",
    "SimulationResult",
    "YearTotals",
    "nearest_rank",
]

#: Version of the JSON form of results; bumped on any incompatible change.
RESULTS_SCHEMA_VERSION: Final = "1"

#: The outcome counts kept per year: code → (zh, en).
OUTCOME_COUNTS: Final[dict[str, tuple[str, str]]] = {
    "eliminated": ("淘汰综合体数", "Complexes eliminated (Art. 9)"),
    "units_revoked": ("取消单位资格次数", "Complex units revoked (Art. 8)"),
    "cultivation_revoked": ("取消培育资格数", "cultivation qualifications revoked (Art. 15)"),
    "support_terminated": ("终止政策支持数", "Center support terminated (Art. 21)"),
}

_NOT_CREATED: Final = Label("not_created", "尚未设立", "not yet created")

_MONEY_FIELDS: Final = (
    "advance",
    "granted",
    "settlement_paid",
    "settlement_recovered",
    "art16",
    "art20",
    "cash",
)

_HEADERS: Final[dict[str, tuple[str, str]]] = {
    "platform_id": ("平台", "platform"),
    "kind": ("类型", "kind"),
    "year": ("年度", "year"),
    "state": ("年末状态", "state at year end"),
    "advance": ("预拨", "advance"),
    "granted": ("核定补贴", "granted"),
    "settlement_paid": ("结算补拨", "settlement paid"),
    "settlement_recovered": ("结算收回", "recovered"),
    "art16": ("第十六条补助", "Art. 16"),
    "art20": ("第二十条配套", "Art. 20"),
    "cash": ("当年市级支出", "cash"),
    "articles": ("条款", "articles"),
}

_KIND_SHORT: Final[dict[PlatformKind, tuple[str, str]]] = {
    PlatformKind.COMPLEX: ("综合体", "Complex"),
    PlatformKind.CONSORTIUM: ("联合体", "Consortium"),
    PlatformKind.INNOVATION_CENTER: ("创新中心", "Center"),
}


def _lang(lang: str) -> str:
    if lang not in ("zh", "en"):
        raise InputError(f"{lang!r} is not a language; choose zh or en", field="lang")
    return lang


class Row(NamedTuple):
    """One platform in one calendar year.

    Money is in yuan (``Decimal``, two places).  ``cash`` is what the Cixi budget pays
    under these Measures in that calendar year, net of recoveries: the advance for the
    year, plus the settlement of the previous year paid (or minus the amount recovered),
    plus the Art. 16 subsidies and the Art. 20 matching granted in the year.

    Attributes:
        platform_id: the platform's id.
        kind: Complex, Consortium or Innovation Center.
        year: the calendar year.
        state: the lifecycle state at the end of the year (None before the platform exists).
        advance: the Art. 10 advance paid at the beginning of the year (Complexes).
        granted: the Art. 10 operating subsidy granted for the year (Complexes).
        settlement_paid: the previous year's settlement paid in this year (Complexes).
        settlement_recovered: the previous year's advance recovered in this year (Complexes).
        art16: the Art. 16 policy subsidies granted in the year (Consortia).
        art20: the Art. 20 matching granted in the year (Innovation Centers).
        cash: the net cash paid from the Cixi budget in the year.
        articles: the provisions the year's decisions rest on, in order of first citation.
    """

    platform_id: str
    kind: PlatformKind
    year: int
    state: LabelledEnum | None
    advance: Decimal
    granted: Decimal
    settlement_paid: Decimal
    settlement_recovered: Decimal
    art16: Decimal
    art20: Decimal
    cash: Decimal
    articles: tuple[Citation, ...]

    @property
    def state_code(self) -> str:
        """The state's code (``not_created`` before the platform exists)."""
        return self.state.code if self.state is not None else _NOT_CREATED.code

    def state_label(self, lang: str = "en") -> str:
        """The state in ``"zh"`` or ``"en"``."""
        label = self.state if self.state is not None else _NOT_CREATED
        return label.zh if _lang(lang) == "zh" else label.en

    def record(self) -> dict[str, object]:
        """The row as a flat dict (money as ``Decimal``), ready for ``pandas.DataFrame``."""
        out: dict[str, object] = {
            "platform_id": self.platform_id,
            "kind": self.kind.code,
            "year": self.year,
            "state": self.state_code,
            "state_zh": self.state_label("zh"),
            "state_en": self.state_label("en"),
        }
        for name in _MONEY_FIELDS:
            out[name] = getattr(self, name)
        out["articles"] = [c.en for c in self.articles]
        return out


class _OfYear(Protocol):
    @property
    def year(self) -> int: ...


_Y = TypeVar("_Y", bound=_OfYear)
_V = TypeVar("_V")


def _outside_horizon(year: int) -> InputError:
    return InputError(f"{year} is not a year of the horizon", field="year")


def _of_year(entries: Iterable[_Y], year: int) -> _Y:
    """The entry of ``year`` among ``entries`` (one per year of the horizon)."""
    for entry in entries:
        if entry.year == year:
            return entry
    raise _outside_horizon(year)


class YearTotals(NamedTuple):
    """The Cixi budget of one calendar year under these Measures, and the year's outcomes.

    Attributes:
        year: the calendar year.
        advances: Art. 10 advances paid.
        settlements_paid: Art. 10 settlements paid.
        settlements_recovered: Art. 10 advances recovered at settlement.
        art16: Art. 16 policy subsidies.
        art20: Art. 20 matching.
        cash: net cash (advances + settlements paid - recovered + Art. 16 + Art. 20).
        eliminated: Complexes eliminated in the year (Art. 9).
        units_revoked: revocations of a Complex's units in the year (Art. 8).
        cultivation_revoked: Consortium cultivation qualifications revoked (Art. 15).
        support_terminated: Innovation Center supports terminated, early or not (Art. 21).
    """

    year: int
    advances: Decimal
    settlements_paid: Decimal
    settlements_recovered: Decimal
    art16: Decimal
    art20: Decimal
    cash: Decimal
    eliminated: int = 0
    units_revoked: int = 0
    cultivation_revoked: int = 0
    support_terminated: int = 0

    def record(self) -> dict[str, object]:
        """The totals as a flat dict (money as ``Decimal``)."""
        return dict(self._asdict())


#: Rebuilds the decisions of one row: ``(platform_id, year) -> decisions``.
Explainer = Callable[[str, int], tuple[Decision, ...]]


def _money_text(value: Decimal) -> str:
    return f"{value:,.2f}"


def _plain(value: object) -> object:
    # records hold codes and numbers only (states and kinds already as codes)
    if isinstance(value, Decimal | Fraction):
        return str(value)
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


@attrs.frozen(eq=False)
class SimulationResult:
    """What :func:`~cixi_innovation.scenarios.simulation.simulate` found, row by row and year by year.

    Attributes:
        scenario: the scenario simulated.
        seed: the seed of the draws (None when nothing was drawn).
        rows: one row per platform and calendar year, platforms in scenario order.
        totals: one per calendar year of the horizon.
    """

    scenario: Scenario
    seed: object
    rows: tuple[Row, ...]
    totals: tuple[YearTotals, ...]
    _explainer: Explainer = attrs.field(repr=False, alias="explainer")

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, SimulationResult):
            return NotImplemented
        return (self.scenario, self.rows, self.totals) == (
            other.scenario,
            other.rows,
            other.totals,
        )

    def __hash__(self) -> int:
        return hash((self.rows, self.totals))

    def row(self, platform_id: str, year: int) -> Row:
        """The row of ``platform_id`` in ``year``.

        Raises:
            InputError: no such platform or year.
        """
        for row in self.rows:
            if row.platform_id == platform_id and row.year == year:
                return row
        self.scenario.platform(platform_id)
        raise _outside_horizon(year)

    def total(self, year: int) -> YearTotals:
        """The totals of ``year``.

        Raises:
            InputError: the year is outside the horizon.
        """
        return _of_year(self.totals, year)

    def decisions(self, platform_id: str, year: int) -> tuple[Decision, ...]:
        """The decisions of one row, in date order, rebuilt with the real rules."""
        self.row(platform_id, year)
        return self._explainer(platform_id, year)

    def explain(self, platform_id: str, year: int, lang: str = "en") -> str:
        """The decisions of one row in ``"zh"`` or ``"en"``, each citing its articles."""
        lang = _lang(lang)
        row = self.row(platform_id, year)
        spec = self.scenario.platform(platform_id)
        title = (
            f"{spec.name}({platform_id}){year}年:年末状态“{row.state_label('zh')}”"
            if lang == "zh"
            else f"{spec.name} ({platform_id}) in {year}: {row.state_label('en')} at year end"
        )
        money = [
            f"  {_HEADERS[name][0 if lang == 'zh' else 1]}: {format_yuan(getattr(row, name), lang)}"
            for name in _MONEY_FIELDS
            if getattr(row, name) or name == "cash"
        ]
        parts = [title, *money]
        parts += [d.explain(lang) for d in self._explainer(platform_id, year)]
        return "\n".join(parts)

    def explain_data(self, platform_id: str, year: int) -> dict[str, object]:
        """The explanation of one row as plain data: the platform's name, the row's record and its decisions.

        ``decisions`` holds each decision as :meth:`~cixi_innovation.values.decisions.Decision.to_dict`
        gives it, with its outcome, reasons and articles in Chinese and English; money
        is written as strings, as in :meth:`to_dict`.
        """
        return {
            "schema_version": RESULTS_SCHEMA_VERSION,
            "kind": "explanation",
            "name": self.scenario.platform(platform_id).name,
            "row": _plain(self.row(platform_id, year).record()),
            "decisions": [d.to_dict() for d in self._explainer(platform_id, year)],
        }

    def records(self) -> list[dict[str, object]]:
        """One flat dict per row (money as ``Decimal``), ready for ``pandas.DataFrame(...)``."""
        return [row.record() for row in self.rows]

    def total_records(self) -> list[dict[str, object]]:
        """One flat dict per year of totals (money as ``Decimal``)."""
        return [t.record() for t in self.totals]

    def to_dict(self) -> dict[str, object]:
        """A JSON-ready dict with ``schema_version`` (money as strings)."""
        return {
            "schema_version": RESULTS_SCHEMA_VERSION,
            "kind": "simulation",
            "title": self.scenario.title,
            "seed": None if self.seed is None else str(self.seed),
            "horizon": self.scenario.horizon.to_data(),
            "rows": [_plain(r) for r in self.records()],
            "totals": [_plain(t) for t in self.total_records()],
        }

    def to_json(self, *, indent: int | None = None) -> str:
        """The result as JSON text (UTF-8, Chinese kept readable)."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    def _body(self, lang: str) -> list[list[str]]:
        zh = lang == "zh"
        return [
            [
                r.platform_id,
                _KIND_SHORT[r.kind][0 if zh else 1],
                str(r.year),
                r.state_label(lang),
                *(_money_text(getattr(r, name)) for name in _MONEY_FIELDS),
            ]
            for r in self.rows
        ]

    def _totals_body(self, lang: str) -> list[list[str]]:
        zh = lang == "zh"
        return [
            [
                "合计" if zh else "total",
                "",
                str(t.year),
                "",
                _money_text(t.advances),
                "",
                _money_text(t.settlements_paid),
                _money_text(t.settlements_recovered),
                _money_text(t.art16),
                _money_text(t.art20),
                _money_text(t.cash),
            ]
            for t in self.totals
        ]

    def _headers(self, lang: str) -> list[str]:
        index = 0 if lang == "zh" else 1
        names = ["platform_id", "kind", "year", "state", *_MONEY_FIELDS]
        return [_HEADERS[n][index] for n in names]

    def to_table(self, lang: str = "en", *, width: int | None = None) -> str:
        r"""The rows and the yearly totals as a plain-text table (yuan, two places).

        Control characters in ids are escaped (``\x1b``), so that a row stays one line.
        With ``width``, a table wider than that many terminal columns is folded: the
        platform and the year, then as many other columns as fit, block after block.
        """
        lang = _lang(lang)
        body = self._body(lang) + self._totals_body(lang)
        return text_table(
            self._headers(lang), body, set(range(4, 11)) | {2}, width=width, keys=(0, 2)
        )

    def to_csv(self, *, totals: bool = False) -> str:
        """The rows as CSV (UTF-8 text, header line first, money as plain decimals).

        With ``totals``, one more row per year follows the platforms' rows: its ``kind``
        is ``total``, its ``platform_id``, states and articles are empty, its ``granted``
        is empty (grants are not cash) and its money is the year's totals.
        """
        headers = [
            "platform_id",
            "kind",
            "year",
            "state",
            "state_zh",
            "state_en",
            *_MONEY_FIELDS,
            "articles",
        ]
        body = (
            [
                r.platform_id,
                r.kind.code,
                r.year,
                r.state_code,
                r.state_label("zh"),
                r.state_label("en"),
                *(getattr(r, name) for name in _MONEY_FIELDS),
                "; ".join(c.en for c in r.articles),
            ]
            for r in self.rows
        )
        if not totals:
            return csv_text(headers, body)
        total_rows = (
            [
                "",
                "total",
                t.year,
                "",
                "",
                "",
                t.advances,
                "",
                t.settlements_paid,
                t.settlements_recovered,
                t.art16,
                t.art20,
                t.cash,
                "",
            ]
            for t in self.totals
        )
        return csv_text(headers, [*body, *total_rows])

    def _repr_html_(self) -> str:
        caption = self.scenario.title
        body = self._body("en") + self._totals_body("en")
        return html_table(self._headers("en"), body, caption)

    def __repr__(self) -> str:
        return (
            f"<SimulationResult {self.scenario.title!r}: {len(self.rows)} rows, "
            f"{len(self.totals)} years>"
        )


# --- Monte Carlo ------------------------------------------------------------------------


def nearest_rank(values: Sequence[Any], percent: int) -> Any:
    """The ``percent``-th percentile of sorted ``values`` by the nearest-rank method.

    The value of rank ⌈percent·n/100⌉ (at least 1) of the n sorted values.

    >>> nearest_rank([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 5), nearest_rank([1, 2, 3, 4], 50)
    (1, 2)
    """
    if not values:
        raise InputError("no values", field="values")
    n = len(values)
    rank = max(1, -(-percent * n // 100))
    return values[rank - 1]


def _spread(ordered: Sequence[_V]) -> tuple[_V, _V, _V, _V, _V]:
    """The minimum, the 5th, 50th and 95th percentiles (nearest rank) and the maximum."""
    return (
        ordered[0],
        nearest_rank(ordered, 5),
        nearest_rank(ordered, 50),
        nearest_rank(ordered, 95),
        ordered[-1],
    )


class MoneyDistribution(NamedTuple):
    """The distribution of an amount over the runs (yuan).

    ``mean`` is rounded half-even to the fen; the other statistics are observed values
    (nearest-rank percentiles).
    """

    mean: Decimal
    minimum: Decimal
    p5: Decimal
    p50: Decimal
    p95: Decimal
    maximum: Decimal

    @classmethod
    def of(cls, values: Iterable[Decimal]) -> MoneyDistribution:
        """The distribution of ``values`` (at least one)."""
        ordered = sorted(values)
        total = sum(ordered, ZERO)
        mean = (total / len(ordered)).quantize(FEN, rounding=ROUND_HALF_EVEN)
        return cls(mean, *_spread(ordered))


class CountDistribution(NamedTuple):
    """The distribution of a count over the runs; ``mean`` is an exact fraction."""

    mean: Fraction
    minimum: int
    p5: int
    p50: int
    p95: int
    maximum: int

    @classmethod
    def of(cls, values: Iterable[int]) -> CountDistribution:
        """The distribution of ``values`` (at least one)."""
        ordered = sorted(values)
        return cls(Fraction(sum(ordered), len(ordered)), *_spread(ordered))


class MonteCarloYear(NamedTuple):
    """One calendar year over the runs: the budget's distribution and the outcome counts.

    Attributes:
        year: the calendar year.
        cash: the net cash of the year (all lines of the budget).
        advances: Art. 10 advances.
        settlements: Art. 10 settlements, net of recoveries.
        art16: Art. 16 subsidies.
        art20: Art. 20 matching.
        counts: per outcome code of :data:`OUTCOME_COUNTS`, the count's distribution.
        runs_with: per outcome code, in how many runs it happened at least once.
    """

    year: int
    cash: MoneyDistribution
    advances: MoneyDistribution
    settlements: MoneyDistribution
    art16: MoneyDistribution
    art20: MoneyDistribution
    counts: Mapping[str, CountDistribution]
    runs_with: Mapping[str, int]


_STATS: Final = ("mean", "minimum", "p5", "p50", "p95", "maximum")


@attrs.frozen
class MonteCarloResult:
    """The distribution of the yearly budget and outcomes over Monte Carlo runs.

    Attributes:
        title: the scenario's title.
        runs: the number of runs.
        seed: the seed; run i draws from ``random.Random(f"{seed}:{i}")``.
        years: one entry per calendar year of the horizon.
    """

    title: str
    runs: int
    seed: object
    years: tuple[MonteCarloYear, ...]

    def year(self, year: int) -> MonteCarloYear:
        """The entry of ``year``.

        Raises:
            InputError: the year is outside the horizon.
        """
        return _of_year(self.years, year)

    @property
    def identical_runs(self) -> bool:
        """True when every run gave the same budget and outcomes in every year.

        That is what a scenario whose outcomes are all given explicitly yields: nothing is
        drawn from its probabilities, so the runs cannot differ.
        """
        return all(
            entry.cash.minimum == entry.cash.maximum
            and all(c.minimum == c.maximum for c in entry.counts.values())
            for entry in self.years
        )

    def records(self) -> list[dict[str, object]]:
        """One flat dict per year: ``cash_mean`` … ``cash_maximum``, then the counts' stats."""
        out: list[dict[str, object]] = []
        for entry in self.years:
            record: dict[str, object] = {"year": entry.year}
            for line in ("cash", "advances", "settlements", "art16", "art20"):
                dist: MoneyDistribution = getattr(entry, line)
                for stat in _STATS:
                    record[f"{line}_{stat}"] = getattr(dist, stat)
            for code in OUTCOME_COUNTS:
                counts = entry.counts[code]
                for stat in _STATS:
                    record[f"{code}_{stat}"] = getattr(counts, stat)
                record[f"{code}_runs"] = entry.runs_with[code]
            out.append(record)
        return out

    def to_dict(self) -> dict[str, object]:
        """A JSON-ready dict with ``schema_version`` (money and fractions as strings)."""
        return {
            "schema_version": RESULTS_SCHEMA_VERSION,
            "kind": "monte_carlo",
            "title": self.title,
            "runs": self.runs,
            "seed": None if self.seed is None else str(self.seed),
            "percentiles": "nearest-rank",
            "years": [_plain(r) for r in self.records()],
        }

    def to_json(self, *, indent: int | None = None) -> str:
        """The result as JSON text."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    def _headers(self, lang: str) -> list[str]:
        if lang == "zh":
            return [
                "年度",
                "均值",
                "最小",
                "P5",
                "P50",
                "P95",
                "最大",
                *(v[0] for v in OUTCOME_COUNTS.values()),
            ]
        return ["year", "mean", "min", "p5", "p50", "p95", "max", *OUTCOME_COUNTS]

    def _body(self) -> list[list[str]]:
        return [
            [
                str(e.year),
                *(_money_text(getattr(e.cash, s)) for s in _STATS),
                *(
                    f"{float(e.counts[c].mean):.2f} [{e.counts[c].minimum}-{e.counts[c].maximum}]"
                    for c in OUTCOME_COUNTS
                ),
            ]
            for e in self.years
        ]

    def to_table(self, lang: str = "en", *, width: int | None = None) -> str:
        """The yearly cash distribution and outcome counts (mean [min-max]) as text.

        With ``width``, the table is folded as :meth:`SimulationResult.to_table` folds it
        (the year repeated in each block) and the heading and note are wrapped.
        """
        lang = _lang(lang)
        head = (
            f"{self.title}:{self.runs}次模拟,种子{self.seed},百分位数按最近秩法"
            if lang == "zh"
            else f"{self.title}: {self.runs} runs, seed {self.seed}, nearest-rank percentiles"
        )
        body = self._body()
        numeric = set(range(len(body[0]))) - {0} if body else set()
        table = text_table(self._headers(lang), body, numeric, width=width)
        note = ""
        if self.runs > 1 and self.identical_runs:
            note = (
                "\n注:各次模拟结果相同:本情景的年度结果均已明确给出,未按概率抽样。"
                if lang == "zh"
                else "\nNote: every run gave the same result: this scenario gives all its "
                "yearly outcomes explicitly, so nothing is drawn from probabilities."
            )
        return fold(escape(head), width) + "\n" + table + fold(note, width)

    def to_csv(self) -> str:
        """The records as CSV (UTF-8 text, header line first)."""
        records = self.records()
        headers = list(records[0]) if records else ["year"]
        return csv_text(headers, ([r[h] for h in headers] for r in records))

    def _repr_html_(self) -> str:
        return html_table(self._headers("en"), self._body(), f"{self.title} ({self.runs} runs)")
