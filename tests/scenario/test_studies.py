"""Monte Carlo studies at size: runs kept or not, results for pandas, bounded memos, progress."""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Callable
from concurrent.futures import Executor, Future, ThreadPoolExecutor
from decimal import Decimal
from fractions import Fraction
from typing import Any

import pytest
from tests.scenario.documents import uncertain, variant

from cixi_innovation.scenarios import _monte_carlo
from cixi_innovation.scenarios._memo import _Memo
from cixi_innovation.scenarios.default import default_scenario
from cixi_innovation.scenarios.distributions import MONEY_LINES, MoneyDistribution
from cixi_innovation.scenarios.results import OUTCOME_COUNTS
from cixi_innovation.scenarios.simulation import KEEP_RUNS, monte_carlo, run_seed, simulate
from cixi_innovation.values.errors import InputError

D = Decimal
DEFAULT_CASH = [D("1385000.00"), D("8450000.00"), D("7440000.00"), D("4950000.00"), D("3950000.00")]


class TestRunsKept:
    def test_each_run_is_its_simulation(self) -> None:
        s = uncertain()
        study = monte_carlo(s, 6, seed=7)
        assert study.kept_runs
        cash = [simulate(s, seed=run_seed(7, i)).total(2027).cash for i in range(6)]
        assert study.run_values("cash", 2027) == tuple(cash)
        records = study.run_records()
        assert len(records) == 6 * 5
        assert [r["cash"] for r in records if r["year"] == 2027] == cash
        assert list(records[7]) == ["run", "year", *MONEY_LINES, *OUTCOME_COUNTS]
        assert (records[7]["run"], records[7]["year"]) == (1, 2027)

    def test_the_counts_of_each_run(self) -> None:
        study = monte_carlo(default_scenario(), 3, seed=1)
        # the default scenario eliminates one Complex in 2026, in every run
        assert study.run_values("eliminated", 2026) == (1, 1, 1)
        assert study.run_values("art16", 2025) == (D("360000.00"),) * 3

    def test_not_kept_when_told_or_beyond_the_default(
        self, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        s = default_scenario()
        assert not monte_carlo(s, 2, seed=1, keep_runs=False).kept_runs
        monkeypatch.setattr(sys.modules[monte_carlo.__module__], "KEEP_RUNS", 2)
        assert monte_carlo(s, 2, seed=1).kept_runs
        assert not monte_carlo(s, 3, seed=1).kept_runs
        assert monte_carlo(s, 3, seed=1, keep_runs=True).kept_runs
        assert KEEP_RUNS == 10_000

    def test_the_distributions_do_not_depend_on_keeping_the_runs(self) -> None:
        s = uncertain()
        kept = monte_carlo(s, 20, seed=3)
        dropped = monte_carlo(s, 20, seed=3, keep_runs=False)
        assert kept.years == dropped.years
        assert kept != dropped  # one holds the runs, the other not

    def test_asking_for_runs_not_kept(self) -> None:
        study = monte_carlo(default_scenario(), 2, seed=1, keep_runs=False)
        message = "the values of each run were not kept: study the 2 runs with keep_runs=True"
        for ask in (study.run_records, lambda: study.run_values("cash", 2026)):
            with pytest.raises(InputError, match=message) as caught:
                ask()
            assert caught.value.field == "keep_runs"

    def test_unknown_lines_and_years(self) -> None:
        study = monte_carlo(default_scenario(), 2, seed=1)
        with pytest.raises(InputError, match="'budget' is not a line of the study; choose cash"):
            study.run_values("budget", 2026)
        with pytest.raises(InputError, match="2031 is not a year of the horizon"):
            study.run_values("cash", 2031)

    @pytest.mark.parametrize("keep", [1, "yes"])
    def test_keep_runs_is_a_bool(self, keep: Any) -> None:
        with pytest.raises(InputError, match="is not True, False or None") as caught:
            monte_carlo(default_scenario(), 2, seed=1, keep_runs=keep)
        assert caught.value.field == "keep_runs"


class TestNumbers:
    def test_count_means_are_numbers_in_json_and_csv(self) -> None:
        study = monte_carlo(uncertain(), 8, seed=7)
        mean = study.year(2026).counts["units_revoked"].mean
        assert isinstance(mean, Fraction)
        data = json.loads(study.to_json())
        assert data["years"][1]["units_revoked_mean"] == float(mean)
        assert round(data["years"][1]["units_revoked_mean"] * 8) == mean * 8
        rows = list(csv.DictReader(io.StringIO(study.to_csv())))
        assert rows[1]["units_revoked_mean"] == repr(float(mean))
        assert rows[1]["cash_p50"] == str(study.year(2026).cash.p50)

    def test_a_mean_of_counts_written_as_a_number(self) -> None:
        study = monte_carlo(default_scenario(), 4, seed=1)
        assert json.loads(study.to_json())["years"][1]["eliminated_mean"] == 1.0
        assert next(csv.DictReader(io.StringIO(study.to_csv())))["eliminated_mean"] == "0.0"

    def test_money_means_in_fen_are_rounded_half_to_even(self) -> None:
        assert MoneyDistribution._of_fen([1, 2]) == MoneyDistribution.of([D("0.01"), D("0.02")])
        assert MoneyDistribution._of_fen([1, 2]).mean == D("0.02")
        assert MoneyDistribution._of_fen([2, 3]).mean == D("0.02")
        assert MoneyDistribution._of_fen([0, 0]).minimum == D("0.00")

    def test_a_total_too_large_for_a_study(self) -> None:
        # an amount is at most 10^15 yuan, so a total of a hundred platforms can reach this
        assert _monte_carlo._fen(D("92233720368547758.07")) == 2**63 - 1
        with pytest.raises(InputError, match="is too large for a study") as caught:
            _monte_carlo._fen(D("92233720368547758.08"))
        assert caught.value.field == "scenario"
        assert _monte_carlo._fen(D("-92233720368547758.08")) == -(2**63)


class TestPandas:
    def test_the_rows_with_numeric_money(self, result: Any) -> None:
        frame = result.to_pandas()
        assert list(frame.columns) == list(result.records()[0])
        assert len(frame) == 50
        assert str(frame["cash"].dtype) == "float64"
        assert str(frame["year"].dtype) == "int64"
        first = frame.iloc[0]
        assert (first["platform_id"], first["year"], first["advance"]) == ("CX-01", 2025, 250000.0)

    def test_the_totals_plot_by_year(self, result: Any) -> None:
        frame = result.to_pandas(totals=True)
        assert frame["cash"].tolist() == [float(c) for c in DEFAULT_CASH]
        assert frame["year"].tolist() == [2025, 2026, 2027, 2028, 2029]
        assert frame["eliminated"].tolist() == [0, 1, 0, 0, 0]
        assert list(frame.columns)[:2] == ["year", "advances"]
        # the records keep the exact amounts
        assert result.total_records()[1]["cash"] == D("8450000.00")

    def test_the_statistics_of_a_study(self) -> None:
        study = monte_carlo(default_scenario(), 4, seed=1)
        frame = study.to_pandas()
        assert list(frame.columns) == list(study.records()[0])
        assert frame["cash_mean"].tolist() == [float(c) for c in DEFAULT_CASH]
        assert frame["eliminated_mean"].tolist() == [0.0, 1.0, 0.0, 0.0, 0.0]
        assert str(frame["eliminated_mean"].dtype) == "float64"
        assert str(frame["eliminated_runs"].dtype) == "int64"

    def test_each_run_of_a_study(self) -> None:
        study = monte_carlo(default_scenario(), 3, seed=1)
        frame = study.to_pandas(runs=True)
        assert list(frame.columns) == ["run", "year", *MONEY_LINES, *OUTCOME_COUNTS]
        assert frame["run"].tolist() == [0] * 5 + [1] * 5 + [2] * 5
        assert frame[frame.year == 2026]["cash"].tolist() == [8450000.0] * 3

    def test_without_pandas(self, result: Any, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setitem(sys.modules, "pandas", None)
        message = r"to_pandas\(\) needs pandas, which is not installed: pip install 'cixi-innovation\[pandas\]'"
        with pytest.raises(ImportError, match=message):
            result.to_pandas()
        with pytest.raises(ImportError, match=message):
            monte_carlo(default_scenario(), 2, seed=1).to_pandas()


class TestChunks:
    def test_a_bounded_memo_gives_the_same_study(self, monkeypatch: pytest.MonkeyPatch) -> None:
        s = uncertain()
        learnt = monte_carlo(s, 12, seed=5)
        monkeypatch.setattr(_monte_carlo, "_MEMO_LIMIT", 0)
        assert monte_carlo(s, 12, seed=5) == learnt
        with ThreadPoolExecutor(2) as pool:
            assert monte_carlo(s, 12, seed=5, executor=pool) == learnt

    def test_the_memo_is_emptied_past_its_limit(self, monkeypatch: pytest.MonkeyPatch) -> None:
        memo = _Memo(uncertain())
        _monte_carlo._runs(memo, 5, 0, 2)
        assert len(memo.years) > 10
        monkeypatch.setattr(_monte_carlo, "_MEMO_LIMIT", 10)
        _monte_carlo._bound(memo)
        assert len(memo.years) == 0
        assert all(not root.children for root in memo.roots.values())
        assert all(not calls for calls in memo.calls.values())

    def test_a_worker_keeps_one_memo_per_study(self) -> None:
        s = uncertain()
        _monte_carlo._run_chunk(s, 1, 0, 2, "study-a")
        first = _monte_carlo._WORKER.memo
        _monte_carlo._run_chunk(s, 1, 2, 4, "study-a")
        assert _monte_carlo._WORKER.memo is first
        _monte_carlo._run_chunk(s, 1, 0, 2, "study-b")
        assert _monte_carlo._WORKER.memo is not first

    def test_the_shares_of_the_platforms_add_up_to_the_study(self) -> None:
        """Each share runs every run for its platforms; their totals add up exactly."""
        for s, shares in [
            (uncertain(), 2),
            (uncertain(), 3),
            (uncertain(), 11),
            (default_scenario(), 2),  # nothing drawn: the other share's draws are none
        ]:
            whole = monte_carlo(s, 6, seed=3)
            years = len(s.horizon.years)
            tally = _monte_carlo._Tally(years, 6, shares)
            done = []
            for share in range(shares):
                for start, stop in ((0, 4), (4, 6)):
                    study = f"{s.title}-{shares}-{share}"
                    tally.add(_monte_carlo._run_chunk(s, 3, start, stop, study, share, shares))
                    done.append(tally.done)
            assert tally.result(s, 6, 3, keep=True) == whole
            assert done[-1] == 6
            assert done == sorted(done)

    def test_the_progress_of_a_study_on_two_processes(self) -> None:
        s = uncertain()
        seen: list[tuple[int, int]] = []
        study = monte_carlo(s, 20, seed=8, jobs=2, progress=lambda d, t: seen.append((d, t)))
        assert study == monte_carlo(s, 20, seed=8)
        # ten chunks of two runs for each of the two shares: a step each
        assert len(seen) == 20
        assert {t for _, t in seen} == {20}
        assert [d for d, _ in seen] == sorted(d for d, _ in seen)
        assert seen[-1] == (20, 20)

    def test_each_kind_is_dealt_out_round_the_shares(self) -> None:
        s = uncertain()
        kinds = [p.kind.code for p in s.platforms]
        assert kinds == ["complex"] * 5 + ["consortium"] * 3 + ["center"] * 2
        # dealt in the order center (8, 9), complex (0 to 4), consortium (5 to 7)
        assert _monte_carlo._shares(s, 2) == (
            (True, False, True, False, True, False, True, False, True, False),
            (False, True, False, True, False, True, False, True, False, True),
        )
        assert _monte_carlo._shares(s, 3) == (
            (False, True, False, False, True, False, False, True, True, False),
            (False, False, True, False, False, True, False, False, False, True),
            (True, False, False, True, False, False, True, False, False, False),
        )
        assert _monte_carlo._shares(s, 1) == ((True,) * 10,)

    def test_shares_whose_sum_is_too_large_for_a_study(self) -> None:
        tally = _monte_carlo._Tally(1, 1, 2)
        half = _monte_carlo._arrays(9, 1)
        half[0][0] = 2**62
        tally.add(_monte_carlo._Chunk(0, half[:5], half[5:]))
        half[0][0] = 2**62 - 1
        tally.add(_monte_carlo._Chunk(0, half[:5], half[5:]))
        assert tally.money[0][0] == 2**63 - 1
        with pytest.raises(InputError) as caught:
            tally.add(_monte_carlo._Chunk(0, half[:5], half[5:]))
        assert caught.value.message == (
            "a yearly total of 138350580552821637.10 yuan is too large for a study "
            "(at most 92233720368547758.07 yuan)"
        )
        assert caught.value.field == "scenario"

    def test_futures_that_are_not_standard_ones(self) -> None:
        class Done:
            def __init__(self, value: Any) -> None:
                self.value = value

            def result(self) -> Any:
                return self.value

        class Inline(Executor):
            def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Any:
                return Done(fn(*args, **kwargs))

        s = uncertain()
        assert monte_carlo(s, 10, seed=2, executor=Inline()) == monte_carlo(s, 10, seed=2)

    def test_chunks_finishing_in_any_order(self) -> None:
        s = uncertain()
        order: list[int] = []

        class Backwards(Executor):
            def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Any:
                future: Future[Any] = Future()
                future.set_result(fn(*args, **kwargs))
                order.append(args[2])
                return future

        seen: list[tuple[int, int]] = []
        study = monte_carlo(
            s, 9, seed=4, executor=Backwards(), progress=lambda d, t: seen.append((d, t))
        )
        assert study == monte_carlo(s, 9, seed=4)
        assert order == [0, 3, 6]
        assert [t for _, t in seen] == [9, 9, 9]
        assert sorted(d for d, _ in seen) == [3, 6, 9]


class TestSimulationProgress:
    def test_each_platform_year_is_reported(self) -> None:
        seen: list[tuple[int, int]] = []
        simulate(default_scenario(), progress=lambda d, t: seen.append((d, t)))
        assert seen == [(d, 50) for d in range(1, 51)]

    def test_a_hundred_reports_at_most(self) -> None:
        def many(raw: dict[str, Any]) -> None:
            raw["platforms"] = [
                {**spec, "id": f"{spec['id']}-{n}"} for n in range(21) for spec in raw["platforms"]
            ]

        s = variant(many)
        seen: list[int] = []
        simulate(s, progress=lambda d, t: seen.append(d))
        # 210 platforms over 5 years: every 10th of the 1,050 platform-years
        assert seen == list(range(10, 1051, 10))
