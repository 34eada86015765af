"""``--lang zh``: every problem of a scenario file reads in its own Chinese text."""

from __future__ import annotations

from pathlib import Path

import pytest

from cixi_innovation.cli import main
from cixi_innovation.cli._output import error_lines
from cixi_innovation.scenarios.default import default_scenario
from cixi_innovation.scenarios.files import to_toml
from cixi_innovation.scenarios.problems import Problem, ScenarioError

PROG = "cixi-innovation"

BAD = """title = "x"
colour = "red"
[horizon]
first = "2025"
[[platforms]]
kind = "hub"
"""


def test_check_lists_every_problem_in_chinese(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "BAD.toml"
    path.write_text(BAD, encoding="utf-8")
    assert main(["--lang", "zh", "check", str(path)]) == 1
    assert capsys.readouterr().err.splitlines() == [
        f"{PROG}: 错误: {path}: colour: 未知的键;可用的键:schema_version、title、notes、"
        "horizon、measures、parameters、readings、inputs、calendar、force、probabilities、"
        "platforms",
        f"{PROG}: 错误: {path}: horizon.first: '2025' 不是整数",
        f"{PROG}: 错误: {path}: platforms[0].kind: 'hub' 不是可选的平台类型;"
        "可选:complex、consortium、center",
    ]


def test_a_problem_the_simulation_meets_in_chinese(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = default_scenario().to_data()
    data["force"] = "refuse"
    path = tmp_path / "late.toml"
    path.write_text(to_toml(data), encoding="utf-8")
    assert main(["--lang", "zh", "check", str(path)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 4  # the four platforms created before the Measures
    assert err[0] == (
        f"{PROG}: 错误: {path}: platforms[0].applied_on: 2024-10-15 不在《办法》施行期间 "
        "[2024-12-25, 2029-12-25) 之内;在《办法》施行前创建的平台,请以 force = 'flag' 载录"
        "(第二十四条)"
    )


def test_a_file_that_is_not_there_in_chinese(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "none.toml"
    assert main(["--lang", "zh", "check", str(path)]) == 1
    assert capsys.readouterr().err == f"{PROG}: 错误: {path}: 无法读取:文件或目录不存在\n"


def test_a_file_that_is_not_a_scenario_format_in_chinese(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "a.yaml"
    path.write_text("x", encoding="utf-8")
    assert main(["--lang", "zh", "check", str(path)]) == 1
    assert capsys.readouterr().err == (
        f"{PROG}: 错误: {path}: format: 无法从文件名 {str(path)!r} 判断其格式;"
        "请以 .toml 或 .json 命名\n"
    )


def test_the_lines_of_a_scenario_error_in_each_language() -> None:
    error = ScenarioError([Problem("title", "is blank", zh="为空白"), Problem("", "too big")])
    assert error_lines(error, "zh") == ["title: 为空白", "too big"]
    assert error_lines(error, "en") == ["title: is blank", "too big"]
