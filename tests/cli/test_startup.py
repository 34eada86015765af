"""A fast first answer: each command imports only the layers it uses."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from cixi_innovation.cli import main
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

_PROBE = """
import json, sys
from cixi_innovation.cli import main
main({argv!r})
layers = sorted({{m.split(".")[1] for m in sys.modules if m.startswith("cixi_innovation.")}})
scenarios = sorted(m for m in sys.modules if m.startswith("cixi_innovation.scenarios."))
print(json.dumps([layers, scenarios]), file=sys.stderr)
"""


def loaded(*argv: str) -> list[Any]:
    """The layers, and the modules of the scenarios layer, a command imports."""
    result = subprocess.run(
        [sys.executable, "-c", _PROBE.format(argv=list(argv))],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=True,
    )
    found: list[Any] = json.loads(result.stderr.splitlines()[-1])
    return found


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
