"""``python -m cixi_innovation``: the summary and the ``diagram`` command, as a subprocess."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from tests.cli.running import run_module

from cixi_innovation.cli import main
from cixi_innovation.law.measures import MEASURES
from cixi_innovation.lifecycles.complex.lifecycle import COMPLEX_LIFECYCLE
from cixi_innovation.lifecycles.diagrams import dot, markdown_table, mermaid


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return run_module(*args, env={"COLUMNS": "80"})


HINT_EN = (
    "Run 'cixi-innovation simulate' to simulate the default scenario, "
    "or 'cixi-innovation --help' for every command.\n"
)
HINT_ZH = "运行“cixi-innovation simulate”模拟默认情景,“cixi-innovation --help”查看全部命令。\n"


def test_without_arguments_the_summary_and_a_hint_are_printed() -> None:
    result = run()
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout == MEASURES.summary("en") + "\n" + HINT_EN


def test_the_summary_in_chinese() -> None:
    assert run("--lang", "zh").stdout == MEASURES.summary("zh") + "\n" + HINT_ZH
    assert run("summary", "--lang", "zh").stdout == MEASURES.summary("zh") + "\n"


def test_diagram_complex_prints_graphviz_dot_by_default() -> None:
    result = run("diagram", "complex")
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout == dot(COMPLEX_LIFECYCLE, "en")


@pytest.mark.parametrize(
    ("fmt", "lang", "expected"),
    [
        ("dot", "zh", dot(COMPLEX_LIFECYCLE, "zh")),
        ("mermaid", "en", mermaid(COMPLEX_LIFECYCLE, "en")),
        ("table", "zh", markdown_table(COMPLEX_LIFECYCLE, "zh")),
    ],
)
def test_diagram_complex_in_each_format_and_language(fmt: str, lang: str, expected: str) -> None:
    result = run("diagram", "complex", "--format", fmt, "--lang", lang)
    assert (result.returncode, result.stderr, result.stdout) == (0, "", expected)


def test_the_dot_output_of_the_command_renders_with_graphviz() -> None:
    if shutil.which("dot") is None:
        pytest.skip("Graphviz dot is not installed")
    text = run("diagram", "complex", "--format", "dot", "--lang", "zh").stdout
    result = subprocess.run(["dot", "-Tsvg"], input=text.encode(), capture_output=True, check=False)
    assert (result.returncode, result.stderr) == (0, b"")


DIAGRAM_USAGE = (
    "usage: cixi-innovation diagram [-h] [--format dot|mermaid|table]\n"
    "                               [--lang zh|en]\n"
    "                               KIND\n"
)
USAGE = "usage: cixi-innovation [-h] [--version] [--lang zh|en] COMMAND ...\n"


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (
            ("diagram", "building"),
            DIAGRAM_USAGE + "cixi-innovation: error: argument KIND: 'building' is not a "
            "platform kind; choose one of: complex, consortium, center",
        ),
        (
            ("diagram", "complex", "--format", "svg"),
            DIAGRAM_USAGE + "cixi-innovation: error: argument --format: 'svg' is not a diagram "
            "format; choose one of: dot, mermaid, table",
        ),
        (
            ("diagram", "complex", "--lang", "fr"),
            DIAGRAM_USAGE + "cixi-innovation: error: argument --lang: 'fr' is not a language; "
            "choose one of: zh, en",
        ),
        (
            ("--lang", "fr"),
            USAGE + "cixi-innovation: error: argument --lang: 'fr' is not a language; "
            "choose one of: zh, en",
        ),
        (
            ("diagram",),
            DIAGRAM_USAGE + "cixi-innovation: error: the following arguments are required: KIND",
        ),
        (
            ("frobnicate",),
            USAGE + "cixi-innovation: error: argument COMMAND: invalid choice: 'frobnicate' "
            "(choose from 'summary', 'simulate', 'compare', 'scenario', 'check', 'articles', 'diagram', "
            "'completion')",
        ),
        (
            ("diagram", "complex", "--bogus"),
            USAGE + "cixi-innovation: error: unrecognized arguments: --bogus",
        ),
    ],
)
def test_a_usage_error_exits_2_with_the_usage_and_one_line(
    args: tuple[str, ...], expected: str
) -> None:
    result = run(*args)
    assert (result.returncode, result.stdout, result.stderr) == (2, "", expected + "\n")
    assert "Traceback" not in result.stderr


def test_help_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["diagram", "--help"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("usage: cixi-innovation diagram [-h]")


def test_main_returns_the_status_in_process(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["diagram", "complex", "--format", "table"]) == 0
    assert capsys.readouterr().out == markdown_table(COMPLEX_LIFECYCLE, "en")
    assert main(["diagram", "nothing"]) == 2
    assert capsys.readouterr().err.endswith(
        "cixi-innovation: error: argument KIND: 'nothing' is not a platform kind; "
        "choose one of: complex, consortium, center\n"
    )


def test_the_summary_and_usage_errors_in_process(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 0
    assert capsys.readouterr().out == MEASURES.summary("en") + "\n" + HINT_EN
    assert main(["summary", "--lang", "zh"]) == 0
    assert capsys.readouterr().out == MEASURES.summary("zh") + "\n"
    assert main(["diagram"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("usage: cixi-innovation diagram [-h]")
    assert err.endswith("\ncixi-innovation: error: the following arguments are required: KIND\n")
