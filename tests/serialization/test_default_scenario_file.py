"""The default scenario shipped as a file, ``data/default_scenario.toml``."""

from __future__ import annotations

import tomllib
from importlib import resources

from cixi_innovation.scenarios.default import default_scenario
from cixi_innovation.scenarios.files import dumps_scenario, loads_scenario

REGENERATE = (
    "data/default_scenario.toml is out of date with default_scenario(); regenerate its "
    "body with the command in its header"
)


def shipped_text() -> str:
    source = resources.files("cixi_innovation") / "data" / "default_scenario.toml"
    return source.read_text(encoding="utf-8")


def test_the_file_loads_equal_to_the_default_scenario() -> None:
    assert loads_scenario(shipped_text()) == default_scenario(), REGENERATE


def test_the_file_is_the_writer_output_under_a_comment_header() -> None:
    text = shipped_text()
    header, _, body = text.partition("\n\n")
    assert all(line.startswith("#") for line in header.splitlines())
    assert body == dumps_scenario(default_scenario()), REGENERATE


def test_the_header_says_the_inputs_are_assumptions() -> None:
    header = shipped_text().partition("\n\n")[0]
    assert "are assumptions of the scenario, not values of the Measures" in header.replace(
        "\n# ", " "
    )


def test_the_file_is_plain_toml() -> None:
    data = tomllib.loads(shipped_text())
    assert data["schema_version"] == "1"
    assert [p["id"] for p in data["platforms"]] == [
        "CX-01",
        "CX-02",
        "CX-03",
        "CX-04",
        "CX-05",
        "LHT-01",
        "LHT-02",
        "LHT-03",
        "ZX-01",
        "ZX-02",
    ]
