"""The distributions of a Monte Carlo study (蒙特卡洛分布): per year, the budget and the outcomes.

:class:`MonteCarloResult` holds the distribution, over the runs, of each year's budget
and of the outcome counts, and (when kept) each run's yearly totals.  Percentiles use
the *nearest-rank* method: the p-th percentile of n sorted values is the value of rank
⌈p·n/100⌉ (at least 1), so every statistic except the mean is one of the values
observed; the mean of money is rounded half-even to the fen, the mean of counts is an
exact fraction (written as a number in JSON and CSV: the exact count over all runs is
``mean × runs``, rounded to the nearest whole number).

Each run's values take 8 bytes a year and a series (money in fen), not a Python object
each, so that a study of many runs stays small; a result keeps them when asked
(``keep_runs``) for histograms and fan charts, see :meth:`MonteCarloResult.run_records`.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Mapping, Sequence
from decimal import ROUND_HALF_EVEN, Decimal
from fractions import Fraction
from typing import Any, Final, NamedTuple, TypeVar

import attrs

from cixi_innovation.scenarios._assumptions import MARK, describe, note
from cixi_innovation.scenarios._records import _frame, _in_year, _lang, _money_text, _plain
from cixi_innovation.scenarios._wording import not_a_chart
from cixi_innovation.scenarios.results import (
    _HEADERS,
    _MONEY_FIELDS,
    OUTCOME_COUNTS,
    RESULTS_SCHEMA_VERSION,
)
from cixi_innovation.scenarios.tables import csv_text, escape, fold, html_table, text_table
from cixi_innovation.values._attrs import frozen
from cixi_innovation.values.errors import InputError
from cixi_innovation.values.money import FEN, ZERO

__all__ = [
    "MONEY_LINES",
    "CountDistribution",
    "MoneyDistribution",
    "MonteCarloResult",
    "MonteCarloYear",
    "nearest_rank",
]

#: The money lines of a study's year, in the order of :class:`MonteCarloYear`'s fields.
MONEY_LINES: Final = ("cash", "advances", "settlements", "art16", "art20")


def nearest_rank(values: Sequence[Any], percent: int) -> Any:
    """The ``percent``-th percentile of sorted ``values`` by the nearest-rank method.

    The value of rank ⌈percent·n/100⌉ (at least 1) of the n sorted values.

    >>> nearest_rank([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 5), nearest_rank([1, 2, 3, 4], 50)
    (1, 2)
    """
    if not values:
        raise InputError("no values", zh="没有数值", field="values")
    n = len(values)
    rank = max(1, -(-percent * n // 100))
    return values[rank - 1]


def _yuan(fen: int) -> Decimal:
    return Decimal(fen).scaleb(-2)


_N = TypeVar("_N", Decimal, int)


def _observed(ordered: Sequence[_N]) -> tuple[_N, _N, _N, _N, _N]:
    """The statistics observed among sorted values: minimum, p5, p50, p95, maximum."""
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
        return cls(mean, *_observed(ordered))

    @classmethod
    def _of_fen(cls, fen: Sequence[int]) -> MoneyDistribution:
        """The distribution of amounts given in fen: the same as :meth:`of` in yuan."""
        ordered = sorted(fen)
        # round() of a Fraction rounds half to even, exactly
        mean = round(Fraction(sum(ordered), len(ordered)))
        return cls(_yuan(mean), *(_yuan(v) for v in _observed(ordered)))


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
        return cls(Fraction(sum(ordered), len(ordered)), *_observed(ordered))


class MonteCarloYear(NamedTuple):
    """One calendar year over the runs: the budget's distribution and the outcome counts.

    Attributes:
        year: the calendar year.
        cash: the net cash of the year (all lines of the budget).
        advances: Art. 10 advances.
        settlements: Art. 10 settlements, net of recoveries.
        art16: Art. 16 subsidies.
        art20: Art. 20 matching.
        counts: per outcome code of :data:`~cixi_innovation.scenarios.results.OUTCOME_COUNTS`,
            the count's distribution.
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


@frozen
class _PerRun:
    """Each run's yearly totals: per year, one array of the runs for each series.

    ``money[y * 5 + k]`` holds money line ``k`` of :data:`MONEY_LINES` in year ``y``, in
    fen; ``counts[y * 4 + k]`` outcome count ``k`` of ``OUTCOME_COUNTS``.  Runs in order.
    """

    money: tuple[array[int], ...]
    counts: tuple[array[int], ...]

    def year(self, y: int, year: int) -> MonteCarloYear:
        """The distributions of ``year``, the year of index ``y`` in the horizon."""
        cash, advances, settlements, art16, art20 = (
            MoneyDistribution._of_fen(self.money[y * 5 + k]) for k in range(5)
        )
        counts: dict[str, CountDistribution] = {}
        runs_with: dict[str, int] = {}
        for k, code in enumerate(OUTCOME_COUNTS):
            values = self.counts[y * 4 + k]
            counts[code] = CountDistribution.of(values)
            runs_with[code] = len(values) - values.count(0)
        return MonteCarloYear(year, cash, advances, settlements, art16, art20, counts, runs_with)


@frozen
class MonteCarloResult:
    """The distribution of the yearly budget and outcomes over Monte Carlo runs.

    Attributes:
        title: the scenario's title.
        runs: the number of runs.
        seed: the seed; run i draws from ``random.Random(f"{seed}:{i}")``.
        years: one entry per calendar year of the horizon.
        assumed: the money fields that rest on the scenario's assumptions (the cash
            includes them), as :meth:`~cixi_innovation.scenarios.results.SimulationResult.to_dict` lists them.
    """

    title: str
    runs: int
    seed: object
    years: tuple[MonteCarloYear, ...]
    _per_run: _PerRun | None = attrs.field(default=None, repr=False, alias="per_run")
    assumed: tuple[str, ...] = ()

    def year(self, year: int) -> MonteCarloYear:
        """The entry of ``year``.

        Raises:
            InputError: the year is outside the horizon.
        """
        return _in_year(self.years, year)

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

    @property
    def kept_runs(self) -> bool:
        """Whether each run's values are kept (``keep_runs`` of the study)."""
        return self._per_run is not None

    def _kept(self) -> _PerRun:
        if self._per_run is None:
            raise InputError(
                f"the values of each run were not kept: study the {self.runs:,} runs "
                "with keep_runs=True",
                zh=f"未保存各次模拟的数值:请以 keep_runs=True 重新模拟这 {self.runs:,} 次",
                field="keep_runs",
            )
        return self._per_run

    def run_values(self, line: str, year: int) -> tuple[Decimal, ...] | tuple[int, ...]:
        """Each run's value of ``line`` in ``year``, in run order: a histogram's data.

        Args:
            line: a money line of :data:`MONEY_LINES` (its values in yuan) or an outcome
                code of ``OUTCOME_COUNTS`` (its counts).
            year: a year of the horizon.

        Raises:
            InputError: the runs were not kept, or no such line or year.
        """
        per_run = self._kept()
        y = self.years.index(self.year(year))
        if line in MONEY_LINES:
            return tuple(_yuan(v) for v in per_run.money[y * 5 + MONEY_LINES.index(line)])
        if line in OUTCOME_COUNTS:
            return tuple(per_run.counts[y * 4 + list(OUTCOME_COUNTS).index(line)])
        known = ", ".join((*MONEY_LINES, *OUTCOME_COUNTS))
        raise InputError(
            f"{line!r} is not a line of the study; choose {known}",
            zh=f"{line!r} 不是该研究中的项目;可选:{known}",
            field="line",
        )

    def run_records(self) -> list[dict[str, object]]:
        """One flat dict per run and year: ``run``, ``year``, the money lines, the counts.

        Money as ``Decimal`` yuan; run ``i`` is the simulation with the seed
        ``run_seed(seed, i)`` (:func:`~cixi_innovation.scenarios.simulation.run_seed`).

        Raises:
            InputError: the runs were not kept (study with ``keep_runs=True``).
        """
        per_run = self._kept()
        out: list[dict[str, object]] = []
        for run in range(self.runs):
            for y, entry in enumerate(self.years):
                record: dict[str, object] = {"run": run, "year": entry.year}
                for k, line in enumerate(MONEY_LINES):
                    record[line] = _yuan(per_run.money[y * 5 + k][run])
                for k, code in enumerate(OUTCOME_COUNTS):
                    record[code] = per_run.counts[y * 4 + k][run]
                out.append(record)
        return out

    def records(self) -> list[dict[str, object]]:
        """One flat dict per year: ``cash_mean`` … ``cash_maximum``, then the counts' stats."""
        out: list[dict[str, object]] = []
        for entry in self.years:
            record: dict[str, object] = {"year": entry.year}
            for line in MONEY_LINES:
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

    def to_pandas(self, *, runs: bool = False) -> Any:
        """The yearly statistics (or, with ``runs``, each run's values) as a ``pandas.DataFrame``.

        The columns are those of :meth:`records` (or :meth:`run_records`), money as
        float yuan and the means of counts as floats, so that every column is numeric::

            study.to_pandas().plot(x="year", y=["cash_p5", "cash_p50", "cash_p95"])
            per_run = study.to_pandas(runs=True)
            per_run[per_run.year == 2027].cash.plot.hist(bins=30)

        Needs pandas (the optional ``pandas`` extra), imported only here.

        Raises:
            ImportError: pandas is not installed.
            InputError: ``runs`` asked and the runs were not kept.
        """
        if runs:
            columns = ("run", "year", *MONEY_LINES, *OUTCOME_COUNTS)
            return _frame(self.run_records(), columns)
        records = self.records()
        return _frame(records, records[0])

    def to_dict(self) -> dict[str, object]:
        """A JSON-ready dict with ``schema_version`` (money as strings, count means as numbers)."""
        return {
            "schema_version": RESULTS_SCHEMA_VERSION,
            "kind": "monte_carlo",
            "title": self.title,
            "runs": self.runs,
            "seed": None if self.seed is None else str(self.seed),
            "percentiles": "nearest-rank",
            "assumptions": describe(self.assumed),
            "years": [_plain(r) for r in self.records()],
        }

    def to_json(self, *, indent: int | None = None) -> str:
        """The result as JSON text."""
        import json  # for this format only: a table does not load the JSON codec

        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    def _headers(self, lang: str) -> list[str]:
        mark = MARK if self.assumed else ""
        if lang == "zh":
            stats = ["均值", "最小", "P5", "P50", "P95", "最大"]
            counts = [v[0] for v in OUTCOME_COUNTS.values()]
            return ["年度", *(s + mark for s in stats), *counts]
        stats = ["mean", "min", "p5", "p50", "p95", "max"]
        return ["year", *(s + mark for s in stats), *OUTCOME_COUNTS]

    def _note(self, lang: str) -> str:
        index = 0 if lang == "zh" else 1
        headers = {name: _HEADERS[name][index] for name in _MONEY_FIELDS}
        return note(self.assumed, headers, lang)

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

        With ``width``, the table is folded as
        :meth:`~cixi_innovation.scenarios.results.SimulationResult.to_table` folds it (the
        year repeated in each block) and the heading and note are wrapped.
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
        footnote = self._note(lang)
        footnote = "\n" + fold(footnote, width) if footnote else ""
        return fold(escape(head), width) + "\n" + table + fold(note, width) + footnote

    def to_csv(self) -> str:
        """The records as CSV (UTF-8 text, header line first; count means as numbers).

        The last column, ``assumed``, names the money fields that rest on the scenario's
        assumptions (the cash includes them).
        """
        records = self.records()
        headers = list(records[0]) if records else ["year"]
        assumed = "; ".join(self.assumed)
        return csv_text(
            [*headers, "assumed"],
            ([*(_plain(r[h]) for h in headers), assumed] for r in records),
        )

    def plot(
        self, chart: str = "fan", *, line: str = "cash", year: int | None = None, lang: str = "en"
    ) -> Any:
        """A matplotlib figure of the study (the ``plot`` extra), which a notebook shows.

        ``chart`` is ``fan`` (per year, the bands, median and mean of the budget
        ``line``) or ``histogram`` (the runs' values of ``line`` in ``year``, when the
        study kept them); see :mod:`~cixi_innovation.scenarios.charts`.

        Raises:
            InputError: an unknown chart, line or language; a histogram without a year
                or of a study that kept no per-run values.
            ImportError: matplotlib is not installed.
        """
        from cixi_innovation.scenarios import charts

        if chart == "fan":
            return charts.figure(charts.fan_chart(self, line=line, lang=lang))
        if chart == "histogram":
            if year is None:
                raise InputError(
                    "a histogram is of one year: give year=",
                    zh="直方图只画一个年度:请给出 year=",
                    field="year",
                )
            return charts.figure(charts.histogram_chart(self, year, line=line, lang=lang))
        raise not_a_chart(chart, "fan", "histogram")

    def _repr_html_(self) -> str:
        footnote = self._note("en")
        caption = f"{self.title} ({self.runs} runs)" + (f" ({footnote})" if footnote else "")
        return html_table(self._headers("en"), self._body(), caption)
