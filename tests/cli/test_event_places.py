"""A problem names a given event by its place in the file, whatever the events' dates."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest

from cixi_innovation.cli import main
from cixi_innovation.scenarios.checks import check_scenario
from cixi_innovation.scenarios.default import default_scenario
from cixi_innovation.scenarios.files import to_toml
from cixi_innovation.scenarios.platforms import ComplexSpec
from cixi_innovation.scenarios.problems import ScenarioError
from cixi_innovation.scenarios.scenario import Scenario
from cixi_innovation.scenarios.simulation import simulate

#: Three events of a Complex at Cixi level, given out of date order: the recognition
#: before the application, then two expiry assessments, which a Complex at Cixi level
#: does not have (Art. 9 ¶2).
OUT_OF_ORDER: list[dict[str, str]] = [
    {"kind": "higher_level_expiry_assessment", "on": "2028-03-01", "result": "qualified"},
    {"kind": "higher_level_expiry_assessment", "on": "2027-06-30", "result": "qualified"},
    {"kind": "level_recognition", "on": "2024-01-01", "level": "ningbo"},
]

CREATED_BY = (
    "an industrial innovation service complex is created by Complex application, not by "
    "level recognition. (Art. 8 ¶2 第八条第二款, Art. 9 ¶2 第九条第二款)"
)
CREATED_BY_ZH = (
    "产业创新服务综合体须由提出综合体建设申请创建,认定级别不能创建。(第八条第二款、第九条第二款)"
)
AT_CIXI_LEVEL = (
    "the Complex is at Cixi municipal level; the higher-level expiry assessment applies "
    "only to Complexes at Ningbo municipal level or above. (Art. 9 ¶2 第九条第二款)"
)
AT_CIXI_LEVEL_ZH = (
    "该综合体为慈溪市级综合体,上级建设期满考核仅适用于宁波市级及以上综合体。(第九条第二款)"
)


def _data() -> dict[str, Any]:
    data: dict[str, Any] = default_scenario().to_data()
    data["platforms"][1]["events"] = copy.deepcopy(OUT_OF_ORDER)
    return data


def test_check_scenario_names_each_refused_event_by_its_place() -> None:
    problems = check_scenario(Scenario.from_data(_data()))
    # in the order the simulation meets them (by date), each at its place in the file
    assert tuple((p.path, p.message, p.zh) for p in problems) == (
        ("platforms[1].events[2]", CREATED_BY, CREATED_BY_ZH),
        (
            "platforms[1].events[1]",
            f"with events[2] left out, {AT_CIXI_LEVEL}",
            f"略去events[2]后,{AT_CIXI_LEVEL_ZH}",
        ),
        (
            "platforms[1].events[0]",
            f"with events[1], events[2] left out, {AT_CIXI_LEVEL}",
            f"略去events[1]、events[2]后,{AT_CIXI_LEVEL_ZH}",
        ),
    )


def test_simulate_names_the_event_it_stops_at_by_its_place() -> None:
    data = _data()
    # without the recognition, the expiry assessment of 2027 is refused first
    del data["platforms"][1]["events"][2]
    with pytest.raises(ScenarioError) as raised:
        simulate(Scenario.from_data(data), seed=1)
    assert [(p.path, p.message) for p in raised.value.problems] == [
        ("platforms[1].events[1]", AT_CIXI_LEVEL)
    ]


def test_the_events_keep_the_order_of_the_file() -> None:
    scenario = Scenario.from_data(_data())
    spec = scenario.platforms[1]
    assert isinstance(spec, ComplexSpec)
    assert [str(e.on) for e in spec.events] == [
        "2028-03-01",
        "2027-06-30",
        "2024-01-01",
    ]
    # written back, in that order: a path read from a problem names the same entry
    written: dict[str, Any] = scenario.to_data()
    assert written["platforms"][1]["events"] == OUT_OF_ORDER
    assert Scenario.from_data(scenario.to_data()) == scenario


#: The lines of ``cixi-innovation check`` in each language: its word for an error and
#: the three problems, each naming the event at its place in the file.
CHECK_LINES = {
    "en": (
        "error",
        f"platforms[1].events[2]: {CREATED_BY}",
        f"platforms[1].events[1]: with events[2] left out, {AT_CIXI_LEVEL}",
        f"platforms[1].events[0]: with events[1], events[2] left out, {AT_CIXI_LEVEL}",
    ),
    "zh": (
        "错误",
        f"platforms[1].events[2]: {CREATED_BY_ZH}",
        f"platforms[1].events[1]: 略去events[2]后,{AT_CIXI_LEVEL_ZH}",
        f"platforms[1].events[0]: 略去events[1]、events[2]后,{AT_CIXI_LEVEL_ZH}",
    ),
}


@pytest.mark.parametrize("lang", CHECK_LINES)
def test_the_check_command_names_each_refused_event_by_its_place(
    lang: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "mine.toml"
    path.write_text(to_toml(_data()), encoding="utf-8")
    assert main(["--lang", lang, "check", str(path)]) == 1
    error, *lines = CHECK_LINES[lang]
    assert capsys.readouterr() == (
        "",
        "".join(f"cixi-innovation: {error}: {path}: {line}\n" for line in lines),
    )
