"""``compare`` and ``simulate --set``: what-if variants from the command line."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from cixi_innovation.cli import main
from cixi_innovation.cli.completion import commands_of
from cixi_innovation.cli.parser import build_parser
from cixi_innovation.scenarios.comparison import compare
from cixi_innovation.scenarios.default import default_scenario
from cixi_innovation.scenarios.files import dumps_scenario
from cixi_innovation.scenarios.settings import with_settings
from cixi_innovation.scenarios.simulation import simulate

PROG = "cixi-innovation"
BASE = default_scenario()
LOWER = with_settings(BASE, {"operating_subsidy_cap": "400000"})
COMPARISON = compare(BASE, LOWER, 0)


def call(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def usage_error(err: str) -> str:
    """The last line of a usage error, after checking that the usage comes first."""
    lines = err.splitlines()
    assert lines[0].startswith((f"usage: {PROG} ", f"用法:{PROG} "))
    return lines[-1]


class TestCompare:
    def test_a_setting_against_the_default_scenario(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        status, out, err = call(capsys, "compare", "--set", "operating_subsidy_cap=400000")
        assert (status, out, err) == (0, COMPARISON.to_table("en") + "\n", "")

    def test_two_files(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        base, variant = tmp_path / "base.toml", tmp_path / "variant.json"
        base.write_text(dumps_scenario(BASE), encoding="utf-8")
        variant.write_text(dumps_scenario(LOWER, "json"), encoding="utf-8")
        status, out, err = call(capsys, "compare", str(base), str(variant), "--format", "csv")
        assert (status, out, err) == (0, COMPARISON.to_csv(), "")
        rows = list(csv.DictReader(io.StringIO(out)))
        assert [(r["year"], r["cash"]) for r in rows if r["kind"] == "total"] == [
            ("2025", "-125000.00"), ("2026", "-250000.00"), ("2027", "-200000.00"),
            ("2028", "-350000.00"), ("2029", "-350000.00"),
        ]  # fmt: skip

    def test_a_file_and_settings_on_the_variant(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        base = tmp_path / "base.toml"
        base.write_text(dumps_scenario(BASE), encoding="utf-8")
        status, out, err = call(
            capsys, "compare", str(base), "--format", "json", "--seed", "4",
            "--set", "operating_subsidy_cap=400000", "--set", "matching_ratio=1/2",
        )  # fmt: skip
        assert (status, err) == (0, "")
        data = json.loads(out)
        assert data["seed"] == "4"
        assert data["settings"] == [
            {"name": "parameters.operating_subsidy_cap", "base": "500000.00", "variant": "400000.00"},
            {"name": "inputs.matching_ratio", "base": "1", "variant": "1/2"},
        ]  # fmt: skip
        assert [y["cash"] for y in data["years"]] == [
            "-125000.00", "-2750000.00", "-2700000.00", "-1850000.00", "-1350000.00",
        ]  # fmt: skip

    def test_in_chinese_folded(self, capsys: pytest.CaptureFixture[str]) -> None:
        status, out, _ = call(
            capsys, "compare", "--set", "operating_subsidy_cap=400000", "--lang", "zh",
            "--width", "80",
        )  # fmt: skip
        assert (status, out) == (0, COMPARISON.to_table("zh", width=80) + "\n")

    def test_a_variant_is_needed(self, capsys: pytest.CaptureFixture[str]) -> None:
        status, out, err = call(capsys, "compare")
        assert (status, out) == (2, "")
        assert usage_error(err) == (
            f"{PROG}: error: compare needs a VARIANT file or at least one --set NAME=VALUE"
        )
        status, _, err = call(capsys, "--lang", "zh", "compare")
        assert usage_error(err) == (
            f"{PROG}: 错误: compare 需要方案文件 VARIANT,或至少一个 --set 名称=值"
        )

    def test_a_variant_that_cannot_be_simulated_names_the_base_file(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        base = tmp_path / "base.toml"
        base.write_text(dumps_scenario(BASE), encoding="utf-8")
        status, out, err = call(capsys, "compare", str(base), "--set", "matching_ratio.x=1")
        assert (status, out) == (2, "")
        assert usage_error(err) == (
            f"{PROG}: error: --set matching_ratio.x: not a setting of a scenario; name a key of "
            "parameters, readings, measures or inputs, or a dotted path such as "
            "parameters.operating_subsidy_cap"
        )
        status, out, err = call(capsys, "compare", str(base), "--set", "force=refuse")
        assert (status, out) == (1, "")
        assert err.startswith(f"{PROG}: error: {base}: platforms[")
        status, out, err = call(capsys, "compare", str(base), str(base), "--set", "force=refuse")
        assert (status, out) == (1, "")
        assert err.startswith(f"{PROG}: error: {base}, {base}: platforms[")


class TestSimulateSet:
    def test_the_variant_is_simulated(self, capsys: pytest.CaptureFixture[str]) -> None:
        status, out, err = call(
            capsys, "simulate", "--set", "parameters.operating_subsidy_cap=400000",
            "--format", "csv",
        )  # fmt: skip
        assert (status, out, err) == (0, simulate(LOWER, 0).to_csv(), "")

    def test_a_reading_of_art_24(self, capsys: pytest.CaptureFixture[str]) -> None:
        status, out, _ = call(
            capsys, "simulate", "--set", "measures.effective=strict_after", "--format", "json"
        )
        variant = with_settings(BASE, {"measures.effective": "strict_after"})
        assert (status, out) == (0, simulate(variant, 0).to_json(indent=2) + "\n")

    def test_a_monte_carlo_study_of_the_variant(self, capsys: pytest.CaptureFixture[str]) -> None:
        status, out, _ = call(
            capsys, "simulate", "--runs", "2", "--set", "operating_subsidy_cap=400000",
            "--format", "json",
        )  # fmt: skip
        assert status == 0
        assert json.loads(out)["years"][1]["cash_mean"] == "8200000.00"

    @pytest.mark.parametrize(
        ("setting", "message"),
        [
            (
                "annual_cap=400000",
                "--set annual_cap: not a setting of a scenario; name a key of parameters, "
                "readings, measures or inputs, or a dotted path such as "
                "parameters.operating_subsidy_cap",
            ),
            (
                "operating_subsidy_cap=abc",
                "--set operating_subsidy_cap: 'abc' is not a number of yuan",
            ),
            (
                "measures.effective=strict",
                "--set measures.effective: 'strict' is not an effective date reading; choose "
                "one of: civil_code_days, strict_after, publication_day_counted",
            ),
            ("operating_subsidy_cap", "--set setting: 'operating_subsidy_cap' is not NAME=VALUE"),
        ],
    )
    def test_a_wrong_setting_is_a_usage_error_naming_it(
        self, capsys: pytest.CaptureFixture[str], setting: str, message: str
    ) -> None:
        status, out, err = call(capsys, "simulate", "--set", setting)
        assert (status, out) == (2, "")
        assert usage_error(err) == f"{PROG}: error: {message}"

    def test_as_a_subprocess(self) -> None:
        result = subprocess.run(
            [sys.executable, "-m", "cixi_innovation", "simulate", "--set", "annual_cap=1"],
            capture_output=True,
            text=True,
            encoding="utf-8",
            env={**os.environ, "PYTHONIOENCODING": "utf-8", "COLUMNS": "80"},
            check=False,
        )
        assert (result.returncode, result.stdout) == (2, "")
        assert result.stderr.splitlines()[-1].startswith(
            f"{PROG}: error: --set annual_cap: not a setting"
        )
        assert "Traceback" not in result.stderr


class TestCompletion:
    def test_compare_completes_files_and_set_completes_the_names(self) -> None:
        found = {command[0]: command for command in commands_of(build_parser())}
        _, options, values, arguments = found["compare"]
        assert arguments is None  # BASE and VARIANT complete file names
        assert {"--set", "--format", "--seed", "--width", "--lang"} <= set(options)
        assert values["--format"] == ("table", "json", "csv")
        assert values["--set"][:2] == ("complex_round_years=", "consortium_cycle_years=")
        assert "operating_subsidy_cap=" in values["--set"]
        assert found["simulate"][2]["--set"] == values["--set"]
