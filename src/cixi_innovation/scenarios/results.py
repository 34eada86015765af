"""The results of simulating a scenario (模拟结果), and their renderings (table, records, JSON, CSV, HTML, pandas).

:class:`SimulationResult` holds one :class:`Row` per platform and calendar year (the
state at the end of the year, the money of Art. 10, 16 and 20 and the cash paid from the
Cixi budget in that year) and one :class:`YearTotals` per year.  The decisions behind a
row are not kept as text: :meth:`SimulationResult.explain` rebuilds them on demand with
the real lifecycle engine and rule functions, in Chinese or English, with their
articles.  The distributions of a Monte Carlo study are in
:mod:`~cixi_innovation.scenarios.distributions`.

Records keep money exact (``Decimal`` yuan); :meth:`SimulationResult.to_pandas` gives
the same columns with money as float yuan, ready to plot.

Every rendering escapes what the user wrote (names, ids) in HTML with
:func:`html.escape`; CSV uses the standard :mod:`csv` module; JSON carries
:data:`RESULTS_SCHEMA_VERSION`.  Every rendering of a simulation also says which amounts
rest on the scenario's assumptions rather than on values of the Measures (the advance
and the settlement's link of Art. 10, the Art. 16 schedule, the Art. 20 ratio): the
table, the HTML and the explanation of a row mark them with ``*`` and end with a note in
their language; each CSV and JSON row names them in ``assumed``, and the JSON lists what
they rest on, in Chinese and English, under ``assumptions``.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Final, NamedTuple, Protocol

import attrs

from cixi_innovation.scenarios._assumptions import MARK, assumed_fields, assumed_in, describe, note
from cixi_innovation.scenarios._records import (
    _frame,
    _in_year,
    _lang,
    _money_text,
    _outside_horizon,
    _plain,
)
from cixi_innovation.scenarios._wording import not_a_chart
from cixi_innovation.scenarios.tables import csv_text, fold, html_table, text_table
from cixi_innovation.values._attrs import frozen
from cixi_innovation.values.citations import Citation
from cixi_innovation.values.decisions import Decision
from cixi_innovation.values.money import format_yuan
from cixi_innovation.values.vocabulary import Label, LabelledEnum, PlatformKind

if TYPE_CHECKING:
    from cixi_innovation.lifecycles.engine import Entity
    from cixi_innovation.scenarios.scenario import Scenario

__all__ = [
    "OUTCOME_COUNTS",
    "RESULTS_SCHEMA_VERSION",
    "Row",
    "SimulationResult",
    "YearTotals",
]

#: Version of the JSON form of results; bumped on any incompatible change.
RESULTS_SCHEMA_VERSION: Final = "2"

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

#: The columns of a row's record, in order.
_RECORD_COLUMNS: Final = (
    "platform_id",
    "kind",
    "year",
    "state",
    "state_zh",
    "state_en",
    *_MONEY_FIELDS,
    "articles",
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


class Explainer(Protocol):
    """Rebuilds the decisions of one row, and a platform's history as the run applied it."""

    def __call__(self, platform_id: str, year: int) -> tuple[Decision, ...]:
        """The decisions of the row of ``platform_id`` in ``year``."""
        ...

    def history(self, platform_id: str) -> Entity[Any, Any]:
        """The platform's entity after its setup and every event the run applied."""
        ...


# The money fields of a row, as the yearly totals name them.
_TOTALS_FIELDS: Final = {
    "advance": "advances",
    "settlement_paid": "settlements_paid",
    "settlement_recovered": "settlements_recovered",
    "art16": "art16",
    "art20": "art20",
    "cash": "cash",
}


@frozen(eq=False)
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
        return _in_year(self.totals, year)

    def decisions(self, platform_id: str, year: int) -> tuple[Decision, ...]:
        """The decisions of one row, in date order, rebuilt with the real rules."""
        self.row(platform_id, year)
        return self._explainer(platform_id, year)

    def history(self, platform_id: str) -> Entity[Any, Any]:
        """The platform's lifecycle as the run went: its setup and every event applied.

        The entity (with the platform's own names) replayed from the events of its
        setup, its given events and those the run decided (work plans, annual checks,
        appraisals ... with the outcomes given or drawn), under the scenario's settings:
        what an application would have stored.  Its money is
        :func:`~cixi_innovation.scenarios.ledger.ledger`'s.

        Raises:
            InputError: no such platform.
        """
        self.scenario.platform(platform_id)
        return self._explainer.history(platform_id)

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
        assumed = self._assumed(row)
        index = 0 if lang == "zh" else 1
        money = [
            f"  {_HEADERS[name][index]}: {format_yuan(getattr(row, name), lang)}"
            + (f" {MARK}" if name in assumed else "")
            for name in _MONEY_FIELDS
            if getattr(row, name) or name == "cash"
        ]
        headers = {name: _HEADERS[name][index] for name in _MONEY_FIELDS}
        parts = [title, *money]
        if assumed:
            parts.append("  " + note(assumed, headers, lang))
        parts += [d.explain(lang) for d in self._explainer(platform_id, year)]
        return "\n".join(parts)

    def _assumed(self, row: Row) -> list[str]:
        """The money fields of ``row`` that rest on the scenario's assumptions."""
        return assumed_in(row._asdict(), assumed_fields(self.scenario.inputs))

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
            "row": _plain(self._record(self.row(platform_id, year))),
            "assumptions": describe(self._assumed(self.row(platform_id, year))),
            "decisions": [d.to_dict() for d in self._explainer(platform_id, year)],
        }

    def records(self) -> list[dict[str, object]]:
        """One flat dict per row (money as ``Decimal``), ready for ``pandas.DataFrame(...)``."""
        return [row.record() for row in self.rows]

    def total_records(self) -> list[dict[str, object]]:
        """One flat dict per year of totals (money as ``Decimal``)."""
        return [t.record() for t in self.totals]

    def _record(self, row: Row) -> dict[str, object]:
        return {**row.record(), "assumed": self._assumed(row)}

    def _totals_assumed(self, totals: YearTotals) -> list[str]:
        amounts = {field: getattr(totals, name) for field, name in _TOTALS_FIELDS.items()}
        return assumed_in(amounts, assumed_fields(self.scenario.inputs))

    def to_pandas(self, *, totals: bool = False) -> Any:
        """The rows (or, with ``totals``, the yearly totals) as a ``pandas.DataFrame``.

        The columns are those of :meth:`records` (or :meth:`total_records`), with money
        as float yuan so that they are numeric and plot at once::

            result.to_pandas(totals=True).plot(x="year", y="cash")

        A float gives back the fen of any amount below ten trillion yuan when rounded to
        two places; for exact sums use the ``Decimal`` amounts of the records.
        Needs pandas (the optional ``pandas`` extra), imported only here.

        Raises:
            ImportError: pandas is not installed.
        """
        if totals:
            return _frame(self.total_records(), YearTotals._fields)
        return _frame(self.records(), _RECORD_COLUMNS)

    def to_dict(self) -> dict[str, object]:
        """A JSON-ready dict with ``schema_version`` (money as strings).

        Each row and each year's totals name in ``assumed`` their amounts that rest on
        the scenario's assumptions; ``assumptions`` says, for each money field that can,
        which input of the scenario it rests on, in Chinese and English.
        """
        return {
            "schema_version": RESULTS_SCHEMA_VERSION,
            "kind": "simulation",
            "title": self.scenario.title,
            "seed": None if self.seed is None else str(self.seed),
            "horizon": self.scenario.horizon.to_data(),
            "assumptions": describe(assumed_fields(self.scenario.inputs)),
            "rows": [_plain(self._record(r)) for r in self.rows],
            "totals": [
                _plain({**t.record(), "assumed": self._totals_assumed(t)}) for t in self.totals
            ],
        }

    def to_json(self, *, indent: int | None = None) -> str:
        """The result as JSON text (UTF-8, Chinese kept readable)."""
        import json  # for this format only: a table does not load the JSON codec

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
        marked = assumed_fields(self.scenario.inputs)
        names = ["platform_id", "kind", "year", "state", *_MONEY_FIELDS]
        return [_HEADERS[n][index] + (MARK if n in marked else "") for n in names]

    def _note(self, lang: str) -> str:
        index = 0 if lang == "zh" else 1
        headers = {name: _HEADERS[name][index] for name in _MONEY_FIELDS}
        return note(assumed_fields(self.scenario.inputs), headers, lang)

    def to_table(self, lang: str = "en", *, width: int | None = None) -> str:
        r"""The rows and the yearly totals as a plain-text table (yuan, two places).

        Control characters in ids are escaped (``\x1b``), so that a row stays one line.
        With ``width``, a table wider than that many terminal columns is folded: the
        platform and the year, then as many other columns as fit, block after block.
        The columns of amounts that rest on the scenario's assumptions are marked with
        ``*``, and a note under the table says what they rest on.
        """
        lang = _lang(lang)
        body = self._body(lang) + self._totals_body(lang)
        table = text_table(
            self._headers(lang), body, set(range(4, 11)) | {2}, width=width, keys=(0, 2)
        )
        footnote = self._note(lang)
        return table + "\n\n" + fold(footnote, width) if footnote else table

    def to_csv(self, *, totals: bool = False) -> str:
        """The rows as CSV (UTF-8 text, header line first, money as plain decimals).

        With ``totals``, one more row per year follows the platforms' rows: its ``kind``
        is ``total``, its ``platform_id``, states and articles are empty, its ``granted``
        is empty (grants are not cash) and its money is the year's totals.  The last
        column, ``assumed``, names the row's amounts that rest on the scenario's
        assumptions (``advance; art20; cash``), as the JSON's ``assumptions`` describe.
        """
        headers = [*_RECORD_COLUMNS, "assumed"]
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
                "; ".join(self._assumed(r)),
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
                "; ".join(self._totals_assumed(t)),
            ]
            for t in self.totals
        )
        return csv_text(headers, [*body, *total_rows])

    def plot(
        self,
        chart: str = "budget",
        *,
        by: str = "article",
        platforms: Sequence[str] | None = None,
        lang: str = "en",
    ) -> Any:
        """A matplotlib figure of the results (the ``plot`` extra), which a notebook shows.

        ``chart`` is ``budget`` (the budget per year, stacked ``by`` article or kind) or
        ``states`` (the states at year end of all ``platforms`` or those named); see
        :mod:`~cixi_innovation.scenarios.charts`.

        Raises:
            InputError: an unknown chart, way to stack, platform or language.
            ImportError: matplotlib is not installed.
        """
        from cixi_innovation.scenarios import charts

        if chart == "budget":
            return charts.figure(charts.budget_chart(self, by=by, lang=lang))
        if chart == "states":
            return charts.figure(charts.states_chart(self, platforms=platforms, lang=lang))
        raise not_a_chart(chart, "budget", "states")

    def _repr_html_(self) -> str:
        footnote = self._note("en")
        caption = self.scenario.title + (f" ({footnote})" if footnote else "")
        body = self._body("en") + self._totals_body("en")
        return html_table(self._headers("en"), body, caption)

    def __repr__(self) -> str:
        return (
            f"<SimulationResult {self.scenario.title!r}: {len(self.rows)} rows, "
            f"{len(self.totals)} years>"
        )
