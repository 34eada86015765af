"""A fast first answer: each command imports only the layers it uses."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from cixi_innovation.cli import _output, main
from cixi_innovation.cli.parser import (
    ARTICLE_COUNT,
    DIAGRAM_FORMATS,
    DIAGRAM_KINDS,
    build_parser,
)
from cixi_innovation.law.articles import ARTICLES
from cixi_innovation.lifecycles import diagrams
from cixi_innovation.scenarios import files
from cixi_innovation.scenarios.default import default_scenario
from cixi_innovation.values.vocabulary import PlatformKind

_MODULES = """
import sys
from cixi_innovation.cli import main
main({argv!r})
print("\\n".join(sorted(sys.modules)), file=sys.stderr)
"""


def modules_after(*argv: str) -> set[str]:
    """Every module loaded by a fresh process that runs the command line with ``argv``."""
    result = subprocess.run(
        [sys.executable, "-c", _MODULES.format(argv=list(argv))],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=True,
        env={**os.environ, "COLUMNS": "80"},
    )
    return set(result.stderr.splitlines())


def loaded(*argv: str) -> list[Any]:
    """The layers, and the modules of the scenarios layer, a command imports."""
    modules = modules_after(*argv)
    layers = sorted({m.split(".")[1] for m in modules if m.startswith("cixi_innovation.")})
    return [layers, sorted(m for m in modules if m.startswith("cixi_innovation.scenarios."))]


def test_the_parser_restates_what_the_lower_layers_define() -> None:
    assert tuple(kind.code for kind in PlatformKind) == DIAGRAM_KINDS
    assert tuple(diagrams.FORMATS) == DIAGRAM_FORMATS
    assert len(ARTICLES) == ARTICLE_COUNT


@pytest.mark.parametrize(
    ("argv", "layers"),
    [
        (["--help"], ["cli", "scenarios", "values"]),
        (["--version"], ["cli", "scenarios", "values"]),
        (["articles", "3"], ["cli", "law", "scenarios", "values"]),
        (["summary"], ["cli", "law", "scenarios", "values"]),
    ],
)
def test_a_command_imports_only_the_layers_it_uses(argv: list[str], layers: list[str]) -> None:
    found_layers, scenarios = loaded(*argv)
    assert found_layers == layers
    assert (
        set(scenarios)
        <= {
            "cixi_innovation.scenarios.tables",
            "cixi_innovation.scenarios.settings",
            "cixi_innovation.scenarios.inputs",
            "cixi_innovation.scenarios.scenario",
        }
        or argv[0] == "completion"
    )


def test_diagram_imports_no_simulation() -> None:
    layers, scenarios = loaded("diagram", "center")
    assert "lifecycles" in layers
    assert "rules" not in layers
    assert scenarios == ["cixi_innovation.scenarios.tables"]


def test_the_read_timeout_defaults_to_the_files_module(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    seen: list[float] = []

    def load(path: object, fmt: object, *, timeout: float, max_bytes: int) -> object:
        seen.append(timeout)
        return default_scenario()

    monkeypatch.setattr(files, "READ_TIMEOUT", 2.5)
    monkeypatch.setattr(files, "load_scenario", load)
    assert main(["check", str(tmp_path / "x.toml")]) == 0
    assert main(["check", str(tmp_path / "x.toml"), "--read-timeout", "0.5"]) == 0
    assert seen == [2.5, 0.5]
    assert capsys.readouterr().out == "ok: 10 platforms, years 2025-2029\n" * 2
    parsed = build_parser().parse_args(["check", "x"])
    assert parsed.read_timeout is None


# What the default simulation does not need: the other commands' modules, the study's
# chunks, the checking pass and file reading, and the standard modules that only
# they (or argparse's catalog search and terminal width) would import.
_NOT_FOR_SIMULATE = {
    "cixi_innovation.cli._zh",
    "cixi_innovation.cli.completion",
    "cixi_innovation.cli.progress",
    "cixi_innovation.law.articles",
    "cixi_innovation.law.coverage",
    "cixi_innovation.lifecycles._decoding",
    "cixi_innovation.lifecycles.agenda",
    "cixi_innovation.lifecycles.diagrams",
    "cixi_innovation.lifecycles.documents",
    "cixi_innovation.lifecycles.schemas",
    "cixi_innovation.scenarios._checking",
    "cixi_innovation.scenarios._monte_carlo",
    "cixi_innovation.scenarios._syntax",
    "cixi_innovation.scenarios.charts",
    "cixi_innovation.scenarios.checks",
    "cixi_innovation.scenarios.comparison",
    "cixi_innovation.scenarios.distributions",
    "cixi_innovation.scenarios.files",
    "cixi_innovation.scenarios.ledger",
    "cixi_innovation.scenarios.schema",
    "cixi_innovation.scenarios.settings",
    "concurrent.futures",
    "csv",
    "html",
    "importlib.resources",
    "locale",
    "pkgutil",
    "shutil",
    "subprocess",
    "tempfile",
}


def test_simulate_loads_only_what_a_simulation_needs() -> None:
    loaded_ = modules_after("simulate")
    assert {"cixi_innovation.scenarios.simulation", "cixi_innovation.scenarios.default"} <= loaded_
    assert sorted(_NOT_FOR_SIMULATE & loaded_) == []


def test_a_study_loads_its_chunks_and_its_progress_bar() -> None:
    loaded_ = modules_after("simulate", "--runs", "2", "--seed", "1", "--progress")
    assert "cixi_innovation.scenarios._monte_carlo" in loaded_
    assert "cixi_innovation.scenarios.distributions" in loaded_
    assert "cixi_innovation.cli.progress" in loaded_


class TestTerminalColumns:
    def test_the_columns_variable(self, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setenv("COLUMNS", "123")
        assert _output.terminal_columns() == 123

    def test_a_terminal(self, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setenv("COLUMNS", "0")
        monkeypatch.setattr(os, "get_terminal_size", lambda fd: os.terminal_size((91, 24)))
        assert _output.terminal_columns() == 91

    def test_a_terminal_of_no_width(self, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.delenv("COLUMNS", raising=False)
        monkeypatch.setattr(os, "get_terminal_size", lambda fd: os.terminal_size((0, 0)))
        assert _output.terminal_columns() == 80

    def test_no_terminal(self, monkeypatch: pytest.MonkeyPatch) -> None:
        def no_terminal(fd: int) -> os.terminal_size:
            raise OSError(25, "Inappropriate ioctl for device")

        monkeypatch.delenv("COLUMNS", raising=False)
        monkeypatch.setattr(os, "get_terminal_size", no_terminal)
        assert _output.terminal_columns() == 80

    def test_the_help_fits_the_columns(self, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setenv("COLUMNS", "50")
        text = build_parser().format_help()
        assert max(len(line) for line in text.splitlines()) <= 48
        monkeypatch.setenv("COLUMNS", "200")
        assert build_parser().format_help().splitlines()[0] == (
            "usage: cixi-innovation [-h] [--version] [--lang zh|en] COMMAND ..."
        )
