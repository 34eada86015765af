"""Under ``--lang zh`` the command line's own messages are in Chinese: its sentences, argparse's."""

from __future__ import annotations

import argparse
import io
import re
import string
from pathlib import Path

import pytest

from cixi_innovation.cli import _output, main
from cixi_innovation.cli.parser import ARGPARSE_ZH, argparse_in
from cixi_innovation.cli.progress import ProgressBar
from cixi_innovation.scenarios.default import default_scenario
from cixi_innovation.scenarios.files import dump_scenario

PROG = "cixi-innovation"


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_sentence_in_both_languages_with_the_same_values() -> None:
    for key, (en, zh) in _output._SENTENCES.items():
        assert en.strip(), key
        assert zh.strip(), key
        # Chinese has no plural ending; every other value is shown in both
        assert _fields(en) - {"plural"} == _fields(zh), key


def test_every_argparse_message_keeps_its_values() -> None:
    for english, chinese in ARGPARSE_ZH.items():
        assert sorted(re.findall(r"%\(\w+\)[rs]|%[rs]", english)) == sorted(
            re.findall(r"%\(\w+\)[rs]|%[rs]", chinese)
        ), english


def _translated_then_raise() -> None:
    with argparse_in("zh"):
        assert argparse._("options") == "选项"  # type: ignore[attr-defined]
        assert argparse.ngettext("expected %s argument", "x", 2) == "需要 %s 个值"  # type: ignore[attr-defined]
        assert argparse.ngettext("a", "b", 2) == "b"  # type: ignore[attr-defined]
        raise SystemExit(2)


def test_argparse_is_left_as_it_was() -> None:
    before = argparse._, argparse.ngettext  # type: ignore[attr-defined]
    with pytest.raises(SystemExit):
        _translated_then_raise()
    assert (argparse._, argparse.ngettext) == before  # type: ignore[attr-defined]
    with argparse_in("en"):
        assert argparse._("options") == "options"  # type: ignore[attr-defined]
        assert argparse.ngettext("a", "b", 1) == "a"  # type: ignore[attr-defined]
        assert argparse.ngettext("a", "b", 2) == "b"  # type: ignore[attr-defined]
    assert (argparse._, argparse.ngettext) == before  # type: ignore[attr-defined]


def test_a_missing_argument(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--lang", "zh", "check"]) == 2
    assert capsys.readouterr().err.splitlines()[-2:] == [
        "                         FILE",
        f"{PROG}: 错误: 缺少以下参数:FILE",
    ]


@pytest.mark.parametrize(
    ("argv", "line"),
    [
        (["simulate", "--bogus"], "无法识别的参数:--bogus"),
        (["simulate", "--runs"], "参数 --runs: 需要一个值"),
        (
            ["simulate", "--progress", "--no-progress"],
            "参数 --no-progress: 不能与参数 --progress 同用",
        ),
        (
            ["frobnicate"],
            "参数 COMMAND: 无效的命令:'frobnicate'(可选:'summary', 'simulate', 'compare', "
            "'scenario', 'check', 'articles', 'diagram', 'completion')",
        ),
    ],
)
def test_usage_errors(capsys: pytest.CaptureFixture[str], argv: list[str], line: str) -> None:
    assert main(["--lang", "zh", *argv]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"用法:{PROG} ")
    assert err.splitlines()[-1] == f"{PROG}: 错误: {line}"
    assert main(argv) == 2
    assert capsys.readouterr().err.startswith(f"usage: {PROG} ")


def test_help_headings(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--lang", "zh", "check", "--help"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == f"用法:{PROG} check [-h] [--input-format toml|json]"
    assert "位置参数:" in lines
    assert "选项:" in lines
    assert "  -h, --help            显示本帮助并退出" in lines
    assert main(["--lang", "zh", "--help"]) == 0
    assert "命令:" in capsys.readouterr().out.splitlines()


def test_a_missing_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "nope.toml"
    assert main(["check", str(path), "--lang", "zh"]) == 1
    assert capsys.readouterr().err == f"{PROG}: 错误: {path}: 无法读取:文件或目录不存在\n"


def test_an_ok_check(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "mine.toml"
    dump_scenario(default_scenario(), path)
    assert main(["check", str(path), "--lang", "zh"]) == 0
    assert capsys.readouterr().out == "通过:10 个平台,年度 2025-2029\n"


def test_the_progress_bar_in_chinese() -> None:
    now = [0.0]
    stream = io.StringIO()
    unit = _output.say("zh", "runs")
    bar = ProgressBar(stream, delay=0.0, clock=lambda: now[0], width=4, unit=unit, lang="zh")
    now[0] = 2.0
    bar(1, 4)
    assert stream.getvalue() == "\r[#...] 1/4 次运行 2.0s,剩余 6.0s"
