"""``simulate``, ``check`` and ``articles``, run as ``python -m cixi_innovation`` and in process.

Every subprocess run asserts the exit status, the exact standard error and no traceback;
standard output is compared with what the library gives, or parsed (JSON, CSV).
"""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
from tests.cli.running import run_module as run

import cixi_innovation.cli as cli_main
from cixi_innovation import __version__
from cixi_innovation.cli import _output, commands, main, progress
from cixi_innovation.cli.progress import ProgressBar
from cixi_innovation.law.articles import ARTICLES
from cixi_innovation.law.registry import format_trace, trace
from cixi_innovation.scenarios.default import default_scenario
from cixi_innovation.scenarios.files import dump_scenario, loads_scenario, to_toml
from cixi_innovation.scenarios.inputs import Inputs
from cixi_innovation.scenarios.problems import Problem, ScenarioError
from cixi_innovation.scenarios.simulation import monte_carlo, simulate
from cixi_innovation.values.errors import InputError

PROG = "cixi-innovation"
DEFAULT = simulate(default_scenario(), 0)


def ok(*args: str) -> str:
    result = run(*args)
    assert (result.returncode, result.stderr) == (0, "")
    return result.stdout


def failed(*args: str, status: int = 1) -> list[str]:
    result = run(*args)
    assert (result.returncode, result.stdout) == (status, "")
    assert result.stderr.endswith("\n")
    return result.stderr.splitlines()


def usage_failed(*args: str) -> str:
    """Run a command line that is a usage error; return its one error line."""
    result = run(*args)
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr.startswith(f"usage: {PROG}")
    return result.stderr.splitlines()[-1]


def call(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, list[str]]:
    """Run ``main`` in this process: (status, stdout, stderr lines)."""
    status = main(list(args))
    captured = capsys.readouterr()
    return status, captured.out, captured.err.splitlines()


def out(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    """Run ``main`` in this process, expect success and no error; return standard output."""
    status, text, err = call(capsys, *args)
    assert (status, err) == (0, [])
    return text


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("scenarios")
    paths = {
        "toml": root / "portfolio.toml",
        "json": root / "portfolio.json",
        "bad": root / "bad.toml",
        "syntax": root / "syntax.json",
        "gbk": root / "gbk.toml",
        "yaml": root / "portfolio.yaml",
        "no_inputs": root / "no-inputs.toml",
        "one": root / "one.toml",
    }
    scenario = default_scenario()
    dump_scenario(scenario, paths["toml"])
    dump_scenario(scenario, paths["json"])
    data: dict[str, Any] = scenario.to_data()
    data["platforms"][2]["events"] = [
        {"kind": "level_recognition", "on": "2023-02-30", "level": "ningbo"}
    ]
    data["platforms"][2]["years"]["2026"]["assesment"] = "qualified"
    paths["bad"].write_text(to_toml(data), encoding="utf-8")
    paths["syntax"].write_text('{\n  "title": "x",\n}\n', encoding="utf-8")
    paths["gbk"].write_bytes('title = "慈溪"\n'.encode("gbk"))
    paths["yaml"].write_text("title: x\n", encoding="utf-8")
    dump_scenario(scenario.replace(inputs=Inputs()), paths["no_inputs"])
    paths["one"].write_text(
        'title = "One year"\nhorizon = { first = 2026, last = 2026 }\n', encoding="utf-8"
    )
    return paths


# --- simulate ------------------------------------------------------------------------------


class TestSimulate:
    def test_the_default_scenario_as_a_table(self) -> None:
        assert ok("simulate") == DEFAULT.to_table("en") + "\n"

    def test_the_table_in_chinese(self, capsys: pytest.CaptureFixture[str]) -> None:
        assert out(capsys, "simulate", "--lang", "zh") == DEFAULT.to_table("zh") + "\n"

    def test_json(self) -> None:
        data = json.loads(ok("simulate", "--format", "json"))
        assert data == json.loads(DEFAULT.to_json())
        assert (data["schema_version"], data["kind"], data["seed"]) == ("2", "simulation", "0")

    def test_csv(self) -> None:
        rows = list(csv.DictReader(io.StringIO(ok("simulate", "--format", "csv"))))
        assert len(rows) == len(DEFAULT.records())
        first = rows[0]
        assert (first["platform_id"], first["year"], first["state"]) == (
            "CX-01",
            "2025",
            "under_construction",
        )
        assert (first["advance"], first["granted"], first["cash"]) == (
            "250000.00",
            "500000.00",
            "250000.00",
        )

    def test_a_scenario_file(self, files: dict[str, Path]) -> None:
        assert ok("simulate", str(files["toml"])) == DEFAULT.to_table("en") + "\n"

    def test_a_json_scenario_file(
        self, capsys: pytest.CaptureFixture[str], files: dict[str, Path]
    ) -> None:
        assert out(capsys, "simulate", str(files["json"])) == DEFAULT.to_table("en") + "\n"

    def test_explain_a_row(self) -> None:
        assert ok("simulate", "--explain", "CX-01:2026") == DEFAULT.explain("CX-01", 2026) + "\n"

    def test_explain_a_row_in_chinese(self, capsys: pytest.CaptureFixture[str]) -> None:
        text = out(capsys, "simulate", "--explain", "CX-01:2026", "--lang", "zh")
        assert text == DEFAULT.explain("CX-01", 2026, lang="zh") + "\n"
        assert text.startswith("慈溪智能家电产业创新服务综合体(CX-01)2026年")

    def test_monte_carlo(self) -> None:
        data = json.loads(ok("simulate", "--runs", "20", "--seed", "7", "--format", "json"))
        assert data == json.loads(monte_carlo(default_scenario(), 20, 7).to_json())

    def test_monte_carlo_table_and_csv(self, capsys: pytest.CaptureFixture[str]) -> None:
        study = monte_carlo(default_scenario(), 5, 0)
        assert out(capsys, "simulate", "--runs", "5") == study.to_table("en") + "\n"
        text = out(capsys, "simulate", "--runs", "5", "--format", "csv")
        rows = list(csv.DictReader(io.StringIO(text)))
        assert [r["year"] for r in rows] == ["2025", "2026", "2027", "2028", "2029"]
        assert rows[1]["cash_p50"] == "8450000.00"

    def test_monte_carlo_in_a_process_pool_gives_the_same_result(self) -> None:
        pooled = ok("simulate", "--runs", "6", "--jobs", "2", "--format", "json", "--no-progress")
        assert json.loads(pooled) == json.loads(monte_carlo(default_scenario(), 6, 0).to_json())

    def test_no_progress_bar_when_stderr_is_not_a_terminal(self) -> None:
        result = run("simulate", "--runs", "3")
        assert (result.returncode, result.stderr) == (0, "")

    def test_runs_one_is_a_single_run(self, capsys: pytest.CaptureFixture[str]) -> None:
        assert out(capsys, "simulate", "--runs", "1") == DEFAULT.to_table("en") + "\n"


class TestSimulateErrors:
    def test_every_problem_of_the_file_on_its_own_line(self, files: dict[str, Path]) -> None:
        bad = files["bad"]
        assert failed("simulate", str(bad)) == [
            f"{PROG}: error: {bad}: platforms[2].years[2026].assesment: unknown key; expected "
            "one of: assessment, higher_level_evaluation, appraisal, indicators, requested, "
            "spending, findings, carried_over, higher_level_in_year, overlaps",
            f"{PROG}: error: {bad}: platforms[2].events[0].on: '2023-02-30' is not a date "
            "(YYYY-MM-DD)",
        ]

    @pytest.mark.parametrize(
        ("name", "message"),
        [
            pytest.param(
                "syntax",
                "not valid JSON: Expecting property name enclosed in double quotes "
                "(at line 3, column 1)",
                id="a-syntax-error",
            ),
        ],
    )
    def test_a_file_that_cannot_be_simulated(
        self, files: dict[str, Path], name: str, message: str
    ) -> None:
        path = files[name]
        assert failed("simulate", str(path)) == [f"{PROG}: error: {path}: {message}"]

    def test_every_open_input_missing_is_named(self, files: dict[str, Path]) -> None:
        path = files["no_inputs"]
        missing = {
            "advance": "the amount or share of the operating subsidy advanced at the start "
            "of the year; supply it (Art. 10 第十条)",
            "policy_subsidy_schedule": "the amounts of the Consortium policy subsidy ('a "
            "certain policy subsidy'); supply it (Art. 16 第十六条)",
            "matching_ratio": "the proportion of Cixi matching funds ('a certain "
            "proportion'); supply it (Art. 20 第二十条)",
        }
        assert failed("simulate", str(path)) == [
            f"{PROG}: error: {path}: inputs.{key}: the Measures do not give {text}"
            for key, text in missing.items()
        ]

    @pytest.mark.parametrize(
        ("name", "command", "message"),
        [
            pytest.param(
                "gbk",
                "simulate",
                "not UTF-8 text: byte 0xb4 at line 1, column 10 (save the file as UTF-8)",
                id="a-file-that-is-not-utf8",
            ),
            pytest.param(
                "yaml",
                "check",
                "format: cannot tell the format of {path!r} from its name; name it .toml or .json",
                id="an-unknown-suffix",
            ),
        ],
    )
    def test_a_file_that_cannot_be_read_in_this_process(
        self,
        capsys: pytest.CaptureFixture[str],
        files: dict[str, Path],
        name: str,
        command: str,
        message: str,
    ) -> None:
        path = files[name]
        assert call(capsys, command, str(path))[2] == [
            f"{PROG}: error: {path}: " + message.format(path=str(path))
        ]

    def test_a_missing_file(self, tmp_path: Path) -> None:
        path = tmp_path / "missing.toml"
        assert failed("simulate", str(path)) == [
            f"{PROG}: error: {path}: cannot read: No such file or directory"
        ]

    def test_a_directory(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        path = tmp_path / "dir.toml"
        path.mkdir()
        assert call(capsys, "simulate", str(path))[2] == [
            f"{PROG}: error: {path}: cannot read: Is a directory"
        ]

    def test_an_open_input_missing_in_a_monte_carlo_study(
        self, capsys: pytest.CaptureFixture[str], files: dict[str, Path]
    ) -> None:
        status, text, err = call(capsys, "simulate", str(files["no_inputs"]), "--runs", "2")
        assert (status, text) == (1, "")
        assert err[0].startswith(f"{PROG}: error: {files['no_inputs']}: inputs.advance: ")

    @pytest.mark.parametrize(
        ("args", "message"),
        [
            (
                ("--explain", "CX-99:2026"),
                "platform_id: 'CX-99' is not a platform of the scenario",
            ),
            (("--explain", "CX-01:2035"), "year: 2035 is not a year of the horizon"),
        ],
    )
    def test_an_invalid_value(
        self, capsys: pytest.CaptureFixture[str], args: tuple[str, ...], message: str
    ) -> None:
        assert call(capsys, "simulate", *args) == (1, "", [f"{PROG}: error: {message}"])

    @pytest.mark.parametrize(
        ("args", "message"),
        [
            (
                ("--format", "xml"),
                "argument --format: 'xml' is not an output format; choose one of: table, json, csv",
            ),
            (
                ("--lang", "fr"),
                "argument --lang: 'fr' is not a language; choose one of: zh, en",
            ),
            (
                ("--explain", "CX-01"),
                "argument --explain: 'CX-01' is not PLATFORM_ID:YEAR (e.g. CX-01:2026)",
            ),
            (("--runs", "0"), "argument --runs: '0' is not a whole number of at least 1"),
            (("--runs", "many"), "argument --runs: 'many' is not a whole number of at least 1"),
            (("--jobs", "-2"), "argument --jobs: '-2' is not a whole number of at least 1"),
            (("--seed", "x"), "argument --seed: 'x' is not a whole number"),
            (("--width", "39"), "argument --width: '39' is not a number of columns of at least 40"),
            (
                ("--read-timeout", "0"),
                "argument --read-timeout: '0' is not a number of seconds above 0",
            ),
            (
                ("--read-timeout", "soon"),
                "argument --read-timeout: 'soon' is not a number of seconds above 0",
            ),
            (
                ("--input-format", "yaml"),
                "argument --input-format: 'yaml' is not an input format; choose one of: toml, json",
            ),
            (
                ("--progress", "--no-progress"),
                "argument --no-progress: not allowed with argument --progress",
            ),
            (("a.toml", "b.toml"), "unrecognized arguments: b.toml"),
            (
                ("--runs", "5", "--explain", "CX-01:2026"),
                "--explain explains a row of a single run; leave out --runs",
            ),
            (
                ("--totals",),
                "--totals adds the yearly totals to the CSV of a single run; "
                "use it with --format csv and without --runs",
            ),
            (
                ("--totals", "--format", "csv", "--runs", "2"),
                "--totals adds the yearly totals to the CSV of a single run; "
                "use it with --format csv and without --runs",
            ),
        ],
    )
    def test_a_usage_error(
        self, capsys: pytest.CaptureFixture[str], args: tuple[str, ...], message: str
    ) -> None:
        status, text, err = call(capsys, "simulate", *args)
        assert (status, text, err[-1]) == (2, "", f"{PROG}: error: {message}")
        usage = PROG if args[0] == "a.toml" else f"{PROG} simulate"
        assert err[0].startswith(f"usage: {usage} [-h]")

    def test_a_usage_error_as_a_subprocess(self) -> None:
        result = run("simulate", "--format", "xml", env={"COLUMNS": "80"})
        assert (result.returncode, result.stdout, result.stderr) == (
            2,
            "",
            f"usage: {PROG} simulate [-h] [--input-format toml|json]\n"
            "                                [--read-timeout SECONDS] [--max-size BYTES]\n"
            "                                [--lang zh|en] [--format table|json|csv]\n"
            "                                [--seed S] [--width COLUMNS]\n"
            "                                [--set NAME=VALUE] [--runs N] [--jobs N]\n"
            "                                [--progress | --no-progress]\n"
            "                                [--explain PLATFORM_ID:YEAR]\n"
            "                                [--plot FILE.png|FILE.svg] [--totals]\n"
            "                                [FILE]\n"
            f"{PROG}: error: argument --format: 'xml' is not an output format; "
            "choose one of: table, json, csv\n",
        )

    def test_a_usage_error_in_chinese(self) -> None:
        result = run("--lang", "zh", "articles", "25", env={"COLUMNS": "80"})
        assert (result.returncode, result.stdout, result.stderr) == (
            2,
            "",
            f"用法:{PROG} articles [-h] [--lang zh|en] [--trace] [N]\n"
            f"{PROG}: 错误: 参数 N: '25' 不是条款序号;本办法共 1 至 24 条\n",
        )


# --- check ---------------------------------------------------------------------------------


class TestCheck:
    def test_a_valid_file(self, capsys: pytest.CaptureFixture[str], files: dict[str, Path]) -> None:
        assert ok("check", str(files["toml"])) == "ok: 10 platforms, years 2025-2029\n"
        assert out(capsys, "check", str(files["json"])) == "ok: 10 platforms, years 2025-2029\n"

    def test_one_year_no_platform(
        self, capsys: pytest.CaptureFixture[str], files: dict[str, Path]
    ) -> None:
        assert out(capsys, "check", str(files["one"])) == "ok: 0 platforms, years 2026-2026\n"

    def test_the_problems(self, files: dict[str, Path]) -> None:
        bad = files["bad"]
        lines = failed("check", str(bad))
        assert [line.split(": ")[3] for line in lines] == [
            "platforms[2].years[2026].assesment",
            "platforms[2].events[0].on",
        ]

    def test_a_file_is_required(self) -> None:
        assert usage_failed("check") == (
            f"{PROG}: error: the following arguments are required: FILE"
        )


# --- scenario ------------------------------------------------------------------------------


class TestScenario:
    def test_the_default_scenario_as_a_toml_file(self) -> None:
        text = ok("scenario")
        shipped = resources.files("cixi_innovation") / "data" / "default_scenario.toml"
        assert text == shipped.read_text(encoding="utf-8")
        assert loads_scenario(text) == default_scenario()

    def test_as_json(self, capsys: pytest.CaptureFixture[str]) -> None:
        text = out(capsys, "scenario", "--format", "json")
        assert loads_scenario(text, "json") == default_scenario()

    def test_what_it_prints_checks_and_simulates(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        path = tmp_path / "mine.toml"
        path.write_text(out(capsys, "scenario"), encoding="utf-8")
        assert out(capsys, "check", str(path)) == "ok: 10 platforms, years 2025-2029\n"
        assert out(capsys, "simulate", str(path)) == DEFAULT.to_table("en") + "\n"

    def test_an_unknown_format(self) -> None:
        assert usage_failed("scenario", "--format", "yaml") == (
            f"{PROG}: error: argument --format: 'yaml' is not a scenario format; "
            "choose one of: toml, json"
        )


# --- articles ------------------------------------------------------------------------------


class TestArticles:
    def test_one_article(self, capsys: pytest.CaptureFixture[str]) -> None:
        zh = "第二十四条\n" + ARTICLES[24].zh + "\n"
        assert ok("articles", "24", "--lang", "zh") == zh
        assert out(capsys, "--lang", "zh", "articles", "24") == zh
        assert out(capsys, "articles", "24") == "Art. 24\n" + ARTICLES[24].en + "\n"

    def test_all_articles_by_chapter(self) -> None:
        text = ok("articles")
        assert text.startswith("Chapter 1 General Provisions\n\nArt. 1\n" + ARTICLES[1].en + "\n")
        assert "\nChapter 5 Supplementary Provisions\n\nArt. 22\n" in text
        assert text.endswith("Art. 24\n" + ARTICLES[24].en + "\n")
        assert [line for line in text.splitlines() if line.startswith("Art. ")] == [
            f"Art. {n}" for n in range(1, 25)
        ]

    def test_all_articles_in_chinese(self, capsys: pytest.CaptureFixture[str]) -> None:
        text = out(capsys, "articles", "--lang", "zh")
        assert text.startswith("第一章 总则\n\n第一条\n" + ARTICLES[1].zh + "\n")

    def test_the_trace(self, capsys: pytest.CaptureFixture[str]) -> None:
        assert ok("articles", "--trace") == format_trace(trace(), "en") + "\n"
        zh = out(capsys, "articles", "--trace", "--lang", "zh")
        assert zh == format_trace(trace(), "zh") + "\n"
        assert zh.startswith("| 条款 | 实现 | 未建模 |\n")

    def test_the_trace_of_one_article(self, capsys: pytest.CaptureFixture[str]) -> None:
        rows = [r for r in trace() if str(r.citation) == "Art. 24"]
        assert out(capsys, "articles", "24", "--trace") == format_trace(rows, "en") + "\n"

    def test_an_unknown_article(self) -> None:
        assert usage_failed("articles", "25") == (
            f"{PROG}: error: argument N: '25' is not an article; the Measures have articles 1 to 24"
        )

    @pytest.mark.parametrize("number", ["0", "-1", "ten", "25"])
    def test_an_unknown_article_traced(
        self, capsys: pytest.CaptureFixture[str], number: str
    ) -> None:
        status, text, err = call(capsys, "articles", number, "--trace")
        assert (status, text, err[-1]) == (
            2,
            "",
            f"{PROG}: error: argument N: {number!r} is not an article; the Measures have "
            "articles 1 to 24",
        )


# --- the program as a whole ----------------------------------------------------------------


class TestProgram:
    def test_version(self) -> None:
        assert ok("--version") == f"{PROG} {__version__}\n"

    @pytest.mark.parametrize(
        "command",
        ["", "summary", "simulate", "scenario", "check", "articles", "diagram", "completion"],
    )
    def test_help_on_every_command(self, capsys: pytest.CaptureFixture[str], command: str) -> None:
        args = [command, "--help"] if command else ["--help"]
        status, out, err = call(capsys, *args)
        assert (status, err) == (0, [])
        assert out.startswith(f"usage: {PROG} {command}".rstrip() + " [-h]")

    def test_help_as_a_subprocess(self) -> None:
        assert ok("simulate", "--help").startswith(f"usage: {PROG} simulate [-h] [--input-format")

    def test_a_closed_stdout_ends_quietly(self) -> None:
        process = subprocess.Popen(
            [sys.executable, "-m", "cixi_innovation", "articles"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        assert process.stdout is not None
        assert process.stderr is not None
        process.stdout.close()
        stderr = process.stderr.read()
        process.stderr.close()
        assert (process.wait(), stderr) == (0, b"")

    def test_an_output_the_terminal_cannot_encode(self) -> None:
        result = run("--lang", "zh", env={"PYTHONIOENCODING": "ascii"})
        assert (result.returncode, result.stderr) == (
            1,
            f"{PROG}: error: the output cannot be written in the 'ascii' encoding; "
            "set PYTHONIOENCODING=utf-8\n",
        )

    def test_the_console_script_is_declared(self) -> None:
        import tomllib

        pyproject = Path(__file__).parents[2] / "pyproject.toml"
        with pyproject.open("rb") as file:
            scripts = tomllib.load(file)["project"]["scripts"]
        assert scripts == {PROG: "cixi_innovation.cli:main"}


# --- in process ----------------------------------------------------------------------------


class TestInProcess:
    def test_simulate(self, capsys: pytest.CaptureFixture[str]) -> None:
        assert main(["simulate", "--format", "csv"]) == 0
        assert capsys.readouterr().out == DEFAULT.to_csv()
        assert main(["simulate", "--runs", "2", "--format", "json"]) == 0
        out = capsys.readouterr().out
        assert json.loads(out) == json.loads(monte_carlo(default_scenario(), 2, 0).to_json())

    def test_check_and_its_problems(
        self, capsys: pytest.CaptureFixture[str], files: dict[str, Path]
    ) -> None:
        assert main(["check", str(files["toml"])]) == 0
        assert capsys.readouterr().out == "ok: 10 platforms, years 2025-2029\n"
        assert main(["check", str(files["bad"])]) == 1
        captured = capsys.readouterr()
        assert (captured.out, len(captured.err.splitlines())) == ("", 2)

    def test_articles(self, capsys: pytest.CaptureFixture[str]) -> None:
        assert main(["articles", "10"]) == 0
        assert capsys.readouterr().out == "Art. 10\n" + ARTICLES[10].en + "\n"

    def test_a_broken_pipe_returns_0(
        self, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
    ) -> None:
        def broken(_: object) -> None:
            raise BrokenPipeError(32, "Broken pipe")

        redirected: list[bool] = []
        monkeypatch.setattr(commands, "out", broken)
        monkeypatch.setattr(cli_main, "quiet_broken_pipe", lambda: redirected.append(True))
        assert main(["summary"]) == 0
        assert (capsys.readouterr().err, redirected) == ("", [True])

    def test_an_os_error_while_running(
        self, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
    ) -> None:
        def full(_: object) -> None:
            raise OSError(28, "No space left on device")

        monkeypatch.setattr(commands, "out", full)
        assert main(["summary"]) == 1
        assert capsys.readouterr().err == f"{PROG}: error: No space left on device\n"

    def test_a_progress_bar_when_stderr_is_a_terminal(
        self, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
    ) -> None:
        monkeypatch.setattr(progress, "PROGRESS_DELAY", 0.0)
        monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
        assert main(["simulate", "--runs", "40", "--format", "csv"]) == 0
        err = capsys.readouterr().err
        assert err.startswith("\r[#")
        assert "] 40/40 runs " in err
        assert err.endswith("\n")
        assert err.rstrip().endswith("s")
        assert err.count("\r") == 20

    def test_a_progress_bar_on_a_single_simulation(
        self, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
    ) -> None:
        ticks = iter(range(100))  # the clock: one second more at each reading

        def bar(stream: Any, *, unit: str, lang: str) -> ProgressBar:
            clock = lambda: next(ticks)  # noqa: E731
            return ProgressBar(stream, delay=0.0, clock=clock, width=10, unit=unit, lang=lang)

        monkeypatch.setattr(progress, "ProgressBar", bar)
        assert main(["simulate", "--progress", "--format", "csv"]) == 0
        lines = capsys.readouterr().err.split("\r")
        # the default scenario: 10 platforms over 5 years, each platform-year reported
        assert lines[:3] == [
            "",
            "[..........] 1/50 platform-years 1.0s, 49.0s left",
            "[..........] 2/50 platform-years 2.0s, 48.0s left",
        ]
        assert lines[25] == "[#####.....] 25/50 platform-years 25.0s, 25.0s left"
        assert lines[-1] == "[##########] 50/50 platform-years 50.0s".ljust(50) + "\n"

    def test_no_progress_bar_on_a_simulation_off_a_terminal(
        self, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
    ) -> None:
        monkeypatch.setattr(progress, "PROGRESS_DELAY", 0.0)
        monkeypatch.setattr(sys.stderr, "isatty", lambda: False)
        assert main(["simulate", "--format", "csv"]) == 0
        assert capsys.readouterr().err == ""

    def test_progress_forced_and_silenced(
        self, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
    ) -> None:
        monkeypatch.setattr(progress, "PROGRESS_DELAY", 0.0)
        assert main(["simulate", "--runs", "2", "--progress"]) == 0
        assert capsys.readouterr().err.startswith("\r[###############...............] 1/2 runs ")
        monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
        assert main(["simulate", "--runs", "2", "--no-progress"]) == 0
        assert capsys.readouterr().err == ""


def drawn(
    *steps: tuple[float, int, int], start: float = 0.0, width: int = 10, close: bool = True
) -> str:
    """What a bar with a delay of 1 s draws when told of ``steps`` (time, done, total)."""
    now = [start]
    stream = io.StringIO()
    bar = ProgressBar(stream, delay=1.0, clock=lambda: now[0], width=width)
    for now[0], done, total in steps:
        bar(done, total)
    if close:
        bar.close()
    return stream.getvalue()


class TestProgressBar:
    def test_nothing_is_drawn_before_the_delay(self) -> None:
        assert drawn((0.5, 1, 4)) == ""

    def test_the_bar_after_the_delay(self) -> None:
        assert drawn((1.25, 1, 4), (2.0, 4, 4)) == (
            "\r[##........] 1/4 runs 1.2s, 3.8s left\r[##########] 4/4 runs 2.0s           \n"
        )

    def test_the_time_left_at_the_pace_so_far(self) -> None:
        now = [0.0]
        stream = io.StringIO()
        bar = ProgressBar(stream, delay=0.0, clock=lambda: now[0], width=4, unit="platform-years")
        now[0] = 90.0
        bar(3, 1000)
        now[0] = 4000.0
        bar(800, 1000)
        now[0] = 5000.0
        bar(1000, 1000)
        assert stream.getvalue().split("\r") == [
            "",
            "[....] 3/1000 platform-years 1m30s, 8h18m left",
            "[###.] 800/1000 platform-years 1h06m, 16m40s left",
            "[####] 1000/1000 platform-years 1h23m".ljust(49),
        ]

    @pytest.mark.parametrize(
        ("seconds", "text"),
        [(0, "0.0s"), (59.94, "59.9s"), (60, "1m00s"), (3599.9, "59m59s"), (3600, "1h00m")],
    )
    def test_durations(self, seconds: float, text: str) -> None:
        assert progress.duration(seconds) == text

    def test_once_shown_it_keeps_drawing(self) -> None:
        assert drawn((7.0, 0, 0), start=5.0, width=4, close=False) == "\r[####] 0/0 runs 2.0s"


class TestErrorLines:
    @pytest.mark.parametrize(
        ("error", "lines"),
        [
            (
                ScenarioError([Problem("platforms[0].id", "is blank"), Problem("", "too big")]),
                [f"{PROG}: error: platforms[0].id: is blank", f"{PROG}: error: too big"],
            ),
            (
                UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte"),
                [
                    f"{PROG}: error: not UTF-8 text: 'utf-8' codec can't decode byte 0xff in "
                    "position 0: invalid start byte"
                ],
            ),
            (
                UnicodeEncodeError("ascii", "慈", 0, 1, "ordinal not in range(128)"),
                [
                    f"{PROG}: error: the output cannot be written in the 'ascii' encoding; "
                    "set PYTHONIOENCODING=utf-8"
                ],
            ),
            (
                PermissionError(13, "Permission denied", "out.csv"),
                [f"{PROG}: error: out.csv: Permission denied"],
            ),
            (
                InputError("first line\nsecond line", field="x"),
                [f"{PROG}: error: x: first line", f"{PROG}: error: second line"],
            ),
        ],
    )
    def test_each_error_is_one_line_per_problem(
        self,
        capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch,
        error: Exception,
        lines: list[str],
    ) -> None:
        def fail(_: object) -> int:
            raise error

        monkeypatch.setattr(commands, "summary", fail)
        assert call(capsys, "summary") == (1, "", lines)

    def test_json_of_a_single_run_in_process(self, capsys: pytest.CaptureFixture[str]) -> None:
        assert json.loads(out(capsys, "simulate", "--format", "json")) == json.loads(
            DEFAULT.to_json()
        )

    def test_standard_output_goes_to_the_null_device_after_a_broken_pipe(
        self, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
    ) -> None:
        path = tmp_path / "stdout.txt"
        with path.open("w", encoding="utf-8") as stream:
            monkeypatch.setattr(sys, "stdout", stream)
            _output.quiet_broken_pipe()
            stream.write("lost")
        assert path.read_text(encoding="utf-8") == ""
