"""Under ``--lang zh`` the library's errors read in Chinese: their own text, or the command line's."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from cixi_innovation.cli import main
from cixi_innovation.cli._output import error_lines, report
from cixi_innovation.cli._zh import RULES, in_chinese
from cixi_innovation.values.errors import InputError

PROG = "cixi-innovation"


@pytest.mark.parametrize(
    ("line", "chinese"),
    [
        ("f.toml: platforms[0].industry: is missing", "f.toml: platforms[0].industry: 缺少此项"),
        (
            "f: years[2026].assesment: unknown key; expected one of: assessment, findings",
            "f: years[2026].assesment: 未知的键;可用的键:assessment, findings",
        ),
        ("on: '2023-02-30' is not a date (YYYY-MM-DD)", "on: '2023-02-30' 不是日期(YYYY-MM-DD)"),
        ("cap: 'abc' is not a number of yuan", "cap: 'abc' 不是以元计的金额"),
        ("days: 'x' is not a whole number", "days: 'x' 不是整数"),
        (
            "ratio: 'x' is not a ratio (e.g. '1/3', '0.5' or '50%')",
            "ratio: 'x' 不是比例(例如 '1/3'、'0.5' 或 '50%')",
        ),
        (
            "cap: 0.5 is a float; money must be given as int, str or Decimal yuan so that it "
            "stays exact",
            "cap: 0.5 是浮点数;金额须以整数、字符串或 Decimal(元)给出,以保持精确",
        ),
        (
            "effective: 'x' is not an effective date reading; choose one of: a, b",
            "effective: 'x' 不是可选的值;可选:a, b",
        ),
        ("year: 2035 is not a year of the horizon", "year: 2035 不是模拟期内的年度"),
        (
            "platform_id: 'XX' is not a platform of the scenario",
            "platform_id: 'XX' 不是本情景中的平台",
        ),
        (
            "platforms[0].years[2031]: 2031 is outside the horizon 2025-2029",
            "platforms[0].years[2031]: 2031 在模拟期 2025-2029 之外",
        ),
        (
            "platforms[3].id: 'CX-01' is already the id of platforms[0]",
            "platforms[3].id: 'CX-01' 已是 platforms[0] 的编号",
        ),
        ("f.toml: not valid TOML: Expected '='", "f.toml: 不是有效的 TOML:Expected '='"),
        ("f.json: not valid JSON: Expecting value", "f.json: 不是有效的 JSON:Expecting value"),
        (
            "--set x: not a setting of a scenario; name a key of parameters …",
            "--set x: 不是情景的设定项;请写 parameters、readings、measures 或 inputs 中的键,"
            "或带点的路径,如 parameters.operating_subsidy_cap",
        ),
        ("--set setting: 'x' is not NAME=VALUE", "--set setting: 'x' 不是“名称=值”"),
        ("--set a: makes the scenario wrong: p: m", "--set a: 使情景出错:p: m"),
        ("f: 无法读取:No such file or directory", "f: 无法读取:文件或目录不存在"),
        ("f: 无法读取:Permission denied", "f: 无法读取:没有权限"),
        ("f: 无法读取:Is a directory", "f: 无法读取:是目录"),
        (
            "inputs.matching_ratio: the Measures do not give the proportion of Cixi matching "
            "funds ('a certain proportion'); supply it (Art. 20 第二十条)",
            "inputs.matching_ratio: 市级经费配套的“一定比例”未作规定;请提供 (Art. 20 第二十条)",
        ),
        (
            "x: the Measures do not give a colour; supply it",
            "x: the Measures do not give a colour; supply it",
        ),
        ("something else entirely", "something else entirely"),
    ],
)
def test_each_wording(line: str, chinese: str) -> None:
    assert in_chinese(line) == chinese


def test_every_rule_is_tried() -> None:
    assert len(RULES) == 20


def test_a_file_with_problems_under_lang_zh(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "mine.toml"
    path.write_text('title = "x"\n[[platforms]]\nkind = "center"\nid = "Z"\n', encoding="utf-8")
    assert main(["check", str(path), "--lang", "zh"]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err[0] == f"{PROG}: 错误: {path}: platforms[0].name: 缺少此项"
    assert main(["check", str(path)]) == 1
    assert capsys.readouterr().err.splitlines()[0] == (
        f"{PROG}: error: {path}: platforms[0].name: is missing"
    )


def test_an_error_with_its_own_chinese_text() -> None:
    error = InputError("1.234 has three decimals", zh="1.234 有三位小数", field="cap")
    assert error_lines(error, "zh") == ["cap: 1.234 有三位小数"]
    assert error_lines(error, "en") == ["cap: 1.234 has three decimals"]
    stream = io.StringIO()
    report(error_lines(error, "zh"), stream, "zh")
    assert stream.getvalue() == f"{PROG}: 错误: cap: 1.234 有三位小数\n"


def test_an_error_without_chinese_falls_back_to_the_rules() -> None:
    stream = io.StringIO()
    report(error_lines(InputError("'x' is not a whole number", field="n"), "zh"), stream, "zh")
    assert stream.getvalue() == f"{PROG}: 错误: n: 'x' 不是整数\n"
