"""The analyst's loop on the command line, beyond the commands' basics.

Standard input, FIFOs, JSON explanations, Chinese messages, tables that fit the
terminal, CSV totals, completion scripts and the uncertain example scenario.
"""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
import threading
from importlib import resources
from pathlib import Path

import pytest
from tests.cli.running import run_module

from cixi_innovation.cli import main
from cixi_innovation.cli.completion import commands_of
from cixi_innovation.cli.parser import build_parser
from cixi_innovation.scenarios.default import default_scenario
from cixi_innovation.scenarios.files import dumps_scenario, loads_scenario
from cixi_innovation.scenarios.simulation import monte_carlo, simulate

PROG = "cixi-innovation"
DEFAULT = simulate(default_scenario(), 0)
TOML = dumps_scenario(default_scenario())
UNCERTAIN = (resources.files("cixi_innovation") / "data" / "uncertain_scenario.toml").read_text(
    encoding="utf-8"
)


def run(*args: str, stdin: str = "", env: dict[str, str] | None = None) -> tuple[int, str, str]:
    result = run_module(*args, stdin=stdin, env=env)
    return result.returncode, result.stdout, result.stderr


def call(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


class TestStandardInput:
    def test_a_toml_scenario_on_standard_input(self) -> None:
        assert run("simulate", "-", stdin=TOML) == (0, DEFAULT.to_table("en") + "\n", "")

    def test_json_is_told_by_its_opening_brace(self) -> None:
        text = " \n" + dumps_scenario(default_scenario(), "json")
        assert run("check", "-", stdin=text) == (0, "ok: 10 platforms, years 2025-2029\n", "")

    def test_the_format_can_be_given(
        self, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
    ) -> None:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(TOML.encode())))
        assert call(capsys, "check", "-", "--input-format", "json") == (
            1,
            "",
            f"{PROG}: error: <stdin>: not valid JSON: Expecting value (at line 1, column 1)\n",
        )

    def test_problems_name_standard_input(self) -> None:
        assert run("check", "-", stdin='title = ""\n') == (
            1,
            "",
            f"{PROG}: error: <stdin>: title: is blank\n",
        )


class TestFifo:
    def test_a_fifo_without_a_writer_is_given_up(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        fifo = tmp_path / "never.toml"
        os.mkfifo(fifo)
        assert call(capsys, "check", str(fifo), "--read-timeout", "0.2") == (
            1,
            "",
            f"{PROG}: error: {fifo}: no data after 0.2 s\n",
        )

    def test_a_fifo_without_a_writer_as_a_subprocess(self, tmp_path: Path) -> None:
        fifo = tmp_path / "never.toml"
        os.mkfifo(fifo)
        assert run("simulate", str(fifo), "--read-timeout", "0.3") == (
            1,
            "",
            f"{PROG}: error: {fifo}: no data after 0.3 s\n",
        )

    def test_a_fifo_that_delivers(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        fifo = tmp_path / "scenario.toml"
        os.mkfifo(fifo)

        def write() -> None:
            with fifo.open("w", encoding="utf-8") as stream:
                stream.write(TOML)

        writer = threading.Thread(target=write)
        writer.start()
        assert call(capsys, "check", str(fifo)) == (0, "ok: 10 platforms, years 2025-2029\n", "")
        writer.join()


class TestExplain:
    def test_explain_as_json(self, capsys: pytest.CaptureFixture[str]) -> None:
        status, text, err = call(capsys, "simulate", "--explain", "CX-01:2026", "--format", "json")
        assert (status, err) == (0, "")
        data = json.loads(text)
        assert data == json.loads(json.dumps(DEFAULT.explain_data("CX-01", 2026)))
        assert data["kind"] == "explanation"
        assert {k: data["row"][k] for k in ("platform_id", "year", "state", "cash")} == {
            "platform_id": "CX-01",
            "year": 2026,
            "state": "under_construction",
            "cash": "500000.00",
        }
        assert data["name"] == "慈溪智能家电产业创新服务综合体"
        assert data["decisions"][0] == DEFAULT.decisions("CX-01", 2026)[0].to_dict()
        assert data["decisions"][0]["articles"] == ["Art. 8"]

    def test_explain_as_text_otherwise(self, capsys: pytest.CaptureFixture[str]) -> None:
        status, text, _ = call(capsys, "simulate", "--explain", "CX-01:2026", "--format", "csv")
        assert (status, text) == (0, DEFAULT.explain("CX-01", 2026) + "\n")


class TestChinese:
    def test_check_in_chinese(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        path = tmp_path / "mine.toml"
        path.write_text(TOML, encoding="utf-8")
        assert call(capsys, "check", str(path), "--lang", "zh") == (
            0,
            "通过:10 个平台,年度 2025-2029\n",
            "",
        )

    def test_an_error_framed_in_chinese(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        path = tmp_path / "missing.toml"
        assert call(capsys, "--lang=zh", "simulate", str(path)) == (
            1,
            "",
            f"{PROG}: 错误: {path}: 无法读取:文件或目录不存在\n",
        )

    def test_a_usage_error_in_chinese(self, capsys: pytest.CaptureFixture[str]) -> None:
        status, text, err = call(
            capsys, "simulate", "--lang", "zh", "--runs", "2", "--explain", "CX-01:2026"
        )
        assert (status, text) == (2, "")
        assert err.startswith(f"用法:{PROG} simulate [-h]")
        assert err.endswith(f"\n{PROG}: 错误: --explain 解释单次模拟中的一行;请去掉 --runs\n")

    def test_a_parse_error_in_chinese(self, capsys: pytest.CaptureFixture[str]) -> None:
        status, text, err = call(capsys, "--lang", "zh", "articles", "0")
        assert (status, text) == (2, "")
        assert err == (
            f"用法:{PROG} articles [-h] [--lang zh|en] [--trace] [N]\n"
            f"{PROG}: 错误: 参数 N: '0' 不是条款序号;本办法共 1 至 24 条\n"
        )

    def test_a_language_missing_its_value(self, capsys: pytest.CaptureFixture[str]) -> None:
        status, text, err = call(capsys, "--lang")
        assert (status, text) == (2, "")
        assert err.endswith(f"\n{PROG}: error: argument --lang: expected one argument\n")


class TestWidth:
    def test_a_forced_width(self, capsys: pytest.CaptureFixture[str]) -> None:
        status, text, _ = call(capsys, "simulate", "--width", "80")
        assert (status, text) == (0, DEFAULT.to_table("en", width=80) + "\n")
        assert max(len(line) for line in text.splitlines()) <= 80
        assert text.count("\nplatform  year  ") == 2  # three blocks

    def test_the_columns_variable(
        self, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
    ) -> None:
        monkeypatch.setenv("COLUMNS", "100")
        status, text, _ = call(capsys, "simulate", "--lang", "zh")
        assert (status, text) == (0, DEFAULT.to_table("zh", width=100) + "\n")

    def test_the_terminal(
        self, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
    ) -> None:
        monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
        monkeypatch.setattr(os, "get_terminal_size", lambda fd: os.terminal_size((72, 24)))
        study = monte_carlo(default_scenario(), 2, 0)
        status, text, _ = call(capsys, "simulate", "--runs", "2")
        assert (status, text) == (0, study.to_table("en", width=72) + "\n")
        assert max(len(line) for line in text.splitlines()) <= 72

    def test_a_pipe_gets_the_whole_table(self) -> None:
        status, text, _ = run("simulate")
        table, note = text.rstrip("\n").split("\n\n")
        assert (status, max(len(line) for line in table.splitlines())) == (0, 187)
        assert note.startswith("* Rests on the scenario's assumptions, not on values")
        assert "\n" not in note


class TestCsvTotals:
    def test_the_yearly_totals_follow_the_rows(self, capsys: pytest.CaptureFixture[str]) -> None:
        status, text, _ = call(capsys, "simulate", "--format", "csv", "--totals")
        assert (status, text) == (0, DEFAULT.to_csv(totals=True))
        assert text.startswith(DEFAULT.to_csv())
        assert text.splitlines()[-5:] == [
            ",total,2025,,,,1025000.00,,0.00,0.00,360000.00,0.00,1385000.00,,advance; art16; cash",
            ",total,2026,,,,725000.00,,1025000.00,0.00,1700000.00,5000000.00,8450000.00,,advance; settlement_paid; art16; art20; cash",
            ",total,2027,,,,975000.00,,475000.00,250000.00,1240000.00,5000000.00,7440000.00,,advance; settlement_paid; settlement_recovered; art16; art20; cash",
            ",total,2028,,,,975000.00,,975000.00,0.00,0.00,3000000.00,4950000.00,,advance; settlement_paid; art20; cash",
            ",total,2029,,,,975000.00,,975000.00,0.00,0.00,2000000.00,3950000.00,,advance; settlement_paid; art20; cash",
        ]
        rows = list(csv.DictReader(io.StringIO(text)))
        assert [r["year"] for r in rows if r["kind"] == "total"] == [
            str(y) for y in range(2025, 2030)
        ]


class TestCompletion:
    def test_the_bash_script_is_valid_and_lists_the_commands(self, tmp_path: Path) -> None:
        status, script, err = run("completion", "bash")
        assert (status, err) == (0, "")
        path = tmp_path / "complete.bash"
        path.write_text(script, encoding="utf-8")
        assert subprocess.run(["bash", "-n", str(path)], check=False).returncode == 0
        assert (
            "compgen -W 'summary simulate compare scenario check articles diagram completion'"
            in script
        )
        probe = (
            f". {path}\n"
            "COMP_WORDS=(cixi-innovation --lang zh sim); COMP_CWORD=3; _cixi_innovation; "
            'echo "${COMPREPLY[@]}"\n'
            'COMP_WORDS=(cixi-innovation simulate --format ""); COMP_CWORD=3; _cixi_innovation; '
            'echo "${COMPREPLY[@]}"\n'
            "COMP_WORDS=(cixi-innovation diagram c); COMP_CWORD=2; _cixi_innovation; "
            'echo "${COMPREPLY[@]}"\n'
            "COMP_WORDS=(cixi-innovation check --r); COMP_CWORD=2; _cixi_innovation; "
            'echo "${COMPREPLY[@]}"\n'
        )
        completed = subprocess.run(
            ["bash", "-c", probe], capture_output=True, text=True, check=False
        )
        assert completed.stdout.splitlines() == [
            "simulate",
            "table json csv",
            "complex consortium center",
            "--read-timeout",
        ]

    def test_the_bash_script_in_process(self, capsys: pytest.CaptureFixture[str]) -> None:
        status, script, _ = call(capsys, "completion", "bash")
        assert status == 0
        assert script.startswith(f"# bash completion for {PROG}, written by ")
        assert "    check)\n" in script
        assert '            COMPREPLY=($(compgen -f -- "$cur"))\n' in script
        assert script.endswith(f"complete -F _cixi_innovation {PROG}\n")

    def test_the_zsh_script(self, capsys: pytest.CaptureFixture[str]) -> None:
        status, script, _ = call(capsys, "completion", "zsh")
        assert status == 0
        assert script.startswith(f"#compdef {PROG}\n")
        assert (
            "            compadd -- summary simulate compare scenario check articles diagram completion\n"
            in script
        )
        assert "            --format) compadd -- table json csv; return ;;\n" in script
        assert script.endswith("else compdef _cixi_innovation cixi-innovation; fi\n")

    def test_the_scripts_follow_the_parser(self) -> None:
        found = {
            name: (options, arguments)
            for name, options, _, arguments in commands_of(build_parser())
        }
        assert found["check"][1] is None  # a file
        assert found["diagram"][1] == ("complex", "consortium", "center")
        assert "--totals" in found["simulate"][0]


class TestUncertainScenario:
    def test_printed_as_shipped(self) -> None:
        assert run("scenario", "--uncertain") == (0, UNCERTAIN, "")

    def test_as_json(self, capsys: pytest.CaptureFixture[str]) -> None:
        status, text, _ = call(capsys, "scenario", "--uncertain", "--format", "json")
        assert (status, loads_scenario(text, "json")) == (0, loads_scenario(UNCERTAIN))

    def test_labelled_as_illustrative_in_both_languages(self) -> None:
        head = UNCERTAIN.split("\n\n")[0]
        assert "ILLUSTRATIVE ASSUMPTIONS" in head
        assert "示例假设" in head

    def test_its_distributions_are_not_degenerate(self) -> None:
        study = monte_carlo(loads_scenario(UNCERTAIN), 200, 7)
        assert not study.identical_runs
        assert any(year.cash.minimum < year.cash.maximum for year in study.years)

    def test_the_readme_example(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        path = tmp_path / "u.toml"
        path.write_text(call(capsys, "scenario", "--uncertain")[1], encoding="utf-8")
        status, text, _ = call(
            capsys,
            "simulate",
            str(path),
            "--runs",
            "1000",
            "--seed",
            "7",
            "--format",
            "csv",
            "--no-progress",
        )
        rows = list(csv.DictReader(io.StringIO(text)))
        assert status == 0
        assert any(row["cash_minimum"] != row["cash_maximum"] for row in rows)
        assert (
            "Note: every run gave the same result"
            not in call(capsys, "simulate", str(path), "--runs", "50")[1]
        )
