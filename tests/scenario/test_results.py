"""Results and their renderings; Monte Carlo: distributions, workers, executors."""

from __future__ import annotations

import copy
import csv
import io
import json
import pickle
from concurrent.futures import ThreadPoolExecutor
from decimal import Decimal
from fractions import Fraction
from typing import Any

import pytest
from tests.scenario.documents import uncertain

from cixi_innovation.scenarios.default import DEFAULT_SCENARIO_DATA, default_scenario
from cixi_innovation.scenarios.distributions import (
    CountDistribution,
    MoneyDistribution,
    MonteCarloResult,
    nearest_rank,
)
from cixi_innovation.scenarios.scenario import Scenario
from cixi_innovation.scenarios.simulation import monte_carlo, simulate
from cixi_innovation.values.errors import InputError

D = Decimal


class TestSimulationRenderings:
    def test_table_in_english(self, result: Any) -> None:
        table, note = result.to_table("en").split("\n\n")
        lines = table.splitlines()
        assert lines[0].split() == [
            "platform", "kind", "year", "state", "at", "year", "end", "advance*", "granted",
            "settlement", "paid*", "recovered*", "Art.", "16*", "Art.", "20*", "cash*",
        ]  # fmt: skip
        assert lines[2].split() == [
            "CX-01", "Complex", "2025", "under", "construction", "250,000.00", "500,000.00",
            "0.00", "0.00", "0.00", "0.00", "250,000.00",
        ]  # fmt: skip
        assert lines[-4].split() == [
            "total", "2026", "725,000.00", "1,025,000.00", "0.00", "1,700,000.00",
            "5,000,000.00", "8,450,000.00",
        ]  # fmt: skip
        assert note == (
            "* Rests on the scenario's assumptions, not on values of the Measures: "
            "advance — the advance share (inputs.advance, Art. 10); "
            "settlement paid, recovered — the settlement's link to the annual check "
            "(inputs.settlement_link, Art. 10); "
            "Art. 16 — the policy subsidy schedule (inputs.policy_subsidy_schedule, Art. 16); "
            "Art. 20 — the matching ratio (inputs.matching_ratio, Art. 20); cash includes them."
        )

    def test_table_in_chinese(self, result: Any) -> None:
        table, note = result.to_table("zh").split("\n\n")
        lines = table.splitlines()
        assert lines[0].split() == [
            "平台", "类型", "年度", "年末状态", "预拨*", "核定补贴", "结算补拨*", "结算收回*",
            "第十六条补助*", "第二十条配套*", "当年市级支出*",
        ]  # fmt: skip
        assert lines[2].split()[:4] == ["CX-01", "综合体", "2025", "建设中"]
        assert lines[-1].split()[0] == "合计"
        assert note == (
            "*依据情景假设,非本办法规定的数值:预拨——预拨比例(inputs.advance,第十条);"
            "结算补拨、结算收回——结算与年度考核的挂钩方式(inputs.settlement_link,第十条);"
            "第十六条补助——政策补助标准(inputs.policy_subsidy_schedule,第十六条);"
            "第二十条配套——配套比例(inputs.matching_ratio,第二十条);当年市级支出含上述金额。"
        )

    def test_records_for_a_data_frame(self, result: Any) -> None:
        records = result.records()
        assert len(records) == 50
        assert records[6] == {
            "platform_id": "CX-02",
            "kind": "complex",
            "year": 2026,
            "state": "units_revoked",
            "state_zh": "建设单位与依托单位资格已取消,待另行授权委托",
            "state_en": "units' qualifications revoked, awaiting new units",
            "advance": D("250000.00"),
            "granted": D("500000.00"),
            "settlement_paid": D("200000.00"),
            "settlement_recovered": D("0.00"),
            "art16": D("0.00"),
            "art20": D("0.00"),
            "cash": D("450000.00"),
            "articles": ["Art. 8", "Art. 10", "Art. 11"],
        }
        assert result.total_records()[0]["cash"] == D("1385000.00")

    def test_json(self, result: Any) -> None:
        data = json.loads(result.to_json())
        assert data["schema_version"] == "2"
        assert data["kind"] == "simulation"
        assert data["seed"] is None
        assert data["rows"][6]["cash"] == "450000.00"
        assert data["rows"][6]["assumed"] == ["advance", "settlement_paid", "cash"]
        assert data["rows"][0]["assumed"] == ["advance", "cash"]
        assert [a["field"] for a in data["assumptions"]] == [
            "advance", "settlement_paid", "settlement_recovered", "art16", "art20",
        ]  # fmt: skip
        assert data["assumptions"][4] == {
            "field": "art20",
            "input": "inputs.matching_ratio",
            "article": "Art. 20",
            "zh": "依据情景假设:配套比例(本办法第二十条未规定)",
            "en": "rests on the scenario's assumption: the matching ratio "
            "(not given by the Measures, Art. 20)",
        }
        assert data["totals"][1] == {
            "year": 2026,
            "advances": "725000.00",
            "settlements_paid": "1025000.00",
            "settlements_recovered": "0.00",
            "art16": "1700000.00",
            "art20": "5000000.00",
            "cash": "8450000.00",
            "eliminated": 1,
            "units_revoked": 1,
            "cultivation_revoked": 0,
            "support_terminated": 0,
            "assumed": ["advance", "settlement_paid", "art16", "art20", "cash"],
        }

    def test_csv(self, result: Any) -> None:
        rows = list(csv.reader(io.StringIO(result.to_csv())))
        assert rows[0] == [
            "platform_id", "kind", "year", "state", "state_zh", "state_en", "advance",
            "granted", "settlement_paid", "settlement_recovered", "art16", "art20", "cash",
            "articles", "assumed",
        ]  # fmt: skip
        assert rows[12] == [
            "CX-03", "complex", "2026", "eliminated", "已淘汰,不再列入创建名单",
            "eliminated, off the creation list", "0.00", "0.00", "250000.00", "0.00", "0.00",
            "0.00", "250000.00", "Art. 8; Art. 10; Art. 11; Art. 9", "settlement_paid; cash",
        ]  # fmt: skip
        assert len(rows) == 51

    def test_html_escapes_what_users_wrote(self) -> None:
        data: dict[str, Any] = copy.deepcopy(DEFAULT_SCENARIO_DATA)
        data["title"] = "<script>alert('x')</script>"
        data["platforms"][0]["id"] = "CX<1>&"
        html = simulate(Scenario.from_data(data))._repr_html_()
        assert "<script>" not in html
        assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in html
        assert "<td>CX&lt;1&gt;&amp;</td>" in html

    def test_repr(self, result: Any) -> None:
        assert repr(result).endswith(": 50 rows, 5 years>")


class TestDistributions:
    def test_nearest_rank(self) -> None:
        values = list(range(1, 21))
        assert [nearest_rank(values, p) for p in (5, 50, 95, 100)] == [1, 10, 19, 20]
        with pytest.raises(InputError, match="no values"):
            nearest_rank([], 50)

    def test_money(self) -> None:
        d = MoneyDistribution.of([D("1.00"), D("2.00"), D("2.00")])
        assert d == MoneyDistribution(
            D("1.67"), D("1.00"), D("1.00"), D("2.00"), D("2.00"), D("2.00")
        )

    def test_counts(self) -> None:
        d = CountDistribution.of([0, 1, 0, 2])
        assert d == CountDistribution(Fraction(3, 4), 0, 0, 0, 2, 2)


class TestMonteCarlo:
    def test_the_default_scenario_is_certain(self) -> None:
        m = monte_carlo(default_scenario(), 5, seed=1)
        cash = m.year(2026).cash
        assert cash == MoneyDistribution(*([D("8450000.00")] * 6))
        assert m.year(2026).counts["eliminated"] == CountDistribution(Fraction(1), 1, 1, 1, 1, 1)
        assert m.year(2026).runs_with == {
            "eliminated": 5,
            "units_revoked": 5,
            "cultivation_revoked": 0,
            "support_terminated": 0,
        }

    def test_identical_runs_are_said_in_the_table(self) -> None:
        certain = monte_carlo(default_scenario(), 3, seed=1)
        assert certain.identical_runs is True
        assert certain.to_table("en").splitlines()[-2] == (
            "Note: every run gave the same result: this scenario gives all its yearly "
            "outcomes explicitly, so nothing is drawn from probabilities."
        )
        assert certain.to_table("zh").splitlines()[-2] == (
            "注:各次模拟结果相同:本情景的年度结果均已明确给出,未按概率抽样。"
        )
        drawn = monte_carlo(uncertain(), 40, seed=7)
        assert drawn.identical_runs is False
        assert not drawn.to_table("en").splitlines()[-2].startswith("Note:")
        single = monte_carlo(default_scenario(), 1, seed=1)
        assert not single.to_table("en").splitlines()[-2].startswith("Note:")

    def test_the_cash_is_marked_as_resting_on_assumptions(self) -> None:
        study = monte_carlo(default_scenario(), 2, seed=1)
        assert study.assumed == (
            "advance", "settlement_paid", "settlement_recovered", "art16", "art20", "cash",
        )  # fmt: skip
        table = study.to_table("en").splitlines()
        assert table[1].split()[:7] == ["year", "mean*", "min*", "p5*", "p50*", "p95*", "max*"]
        assert table[-1].startswith("* Rests on the scenario's assumptions, not on values")
        assert study.to_table("zh").splitlines()[-1].startswith("*依据情景假设,非本办法规定")
        assert json.loads(study.to_json())["assumptions"][0]["input"] == "inputs.advance"
        rows = list(csv.DictReader(io.StringIO(study.to_csv())))
        assert rows[0]["assumed"] == (
            "advance; settlement_paid; settlement_recovered; art16; art20; cash"
        )
        assert "(* Rests on the scenario&#x27;s assumptions" in study._repr_html_()
        plain = monte_carlo(Scenario(title="no platforms"), 2, seed=1)
        assert plain.assumed == ()
        assert "*" not in plain.to_table("en") + plain._repr_html_()
        assert next(csv.DictReader(io.StringIO(plain.to_csv())))["assumed"] == ""

    def test_runs_are_identical_whatever_the_workers(self) -> None:
        s = uncertain()
        one = monte_carlo(s, 24, seed=7, jobs=1)
        two = monte_carlo(s, 24, seed=7, jobs=2)
        assert one == two
        with ThreadPoolExecutor(3) as pool:
            assert monte_carlo(s, 24, seed=7, executor=pool) == one

    def test_run_i_is_the_simulation_with_its_own_generator(self) -> None:
        s = uncertain()
        m = monte_carlo(s, 3, seed=7)
        from cixi_innovation.scenarios._memo import _Memo
        from cixi_innovation.scenarios._run import _rng, _Run

        cash = [_Run(_Memo(s), _rng(7, i), collect=False).run()[1][2].cash for i in range(3)]
        assert m.year(2027).cash.minimum == min(cash)
        assert m.year(2027).cash.maximum == max(cash)

    def test_a_distribution_over_uncertain_outcomes(self) -> None:
        m = monte_carlo(uncertain(), 40, seed=7)
        year = m.year(2026)
        assert year.cash == MoneyDistribution(
            D("7898750.00"),
            D("6600000.00"),
            D("6850000.00"),
            D("7950000.00"),
            D("8450000.00"),
            D("8450000.00"),
        )
        assert year.counts["units_revoked"].maximum == 3

    def test_progress_is_reported(self) -> None:
        seen: list[tuple[int, int]] = []
        monte_carlo(default_scenario(), 40, seed=1, progress=lambda d, t: seen.append((d, t)))
        assert seen[-1] == (40, 40)
        assert [d for d, _ in seen] == list(range(2, 41, 2))

    def test_renderings(self) -> None:
        m = monte_carlo(default_scenario(), 3, seed=1)
        assert (
            m.to_table("en").splitlines()[0].endswith(": 3 runs, seed 1, nearest-rank percentiles")
        )
        assert m.to_table("zh").splitlines()[0].endswith(":3次模拟,种子1,百分位数按最近秩法")
        data = json.loads(m.to_json())
        assert (data["schema_version"], data["kind"], data["runs"], data["percentiles"]) == (
            "2",
            "monte_carlo",
            3,
            "nearest-rank",
        )
        assert data["years"][1]["cash_p50"] == "8450000.00"
        assert data["years"][1]["eliminated_mean"] == 1
        rows = list(csv.reader(io.StringIO(m.to_csv())))
        assert rows[0][:3] == ["year", "cash_mean", "cash_minimum"]
        assert rows[2][:2] == ["2026", "8450000.00"]
        assert "<table>" in m._repr_html_()
        assert m.records()[0]["year"] == 2025

    def test_results_pickle(self) -> None:
        m = monte_carlo(default_scenario(), 2, seed=1)
        assert pickle.loads(pickle.dumps(m)) == m
        assert isinstance(m, MonteCarloResult)

    @pytest.mark.parametrize(
        ("kwargs", "message"),
        [
            ({"runs": 0}, "runs: 0 is not a number of runs"),
            ({"runs": 2, "jobs": 0}, "jobs: 0 is not a number of jobs"),
        ],
    )
    def test_bad_arguments(self, kwargs: dict[str, Any], message: str) -> None:
        with pytest.raises(InputError, match=message):
            monte_carlo(default_scenario(), seed=1, **kwargs)

    def test_unknown_year(self) -> None:
        with pytest.raises(InputError, match="2031 is not a year of the horizon"):
            monte_carlo(default_scenario(), 1, seed=1).year(2031)
