"""``check`` accepts exactly what ``simulate`` accepts, and lists every problem at once."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cixi_innovation.cli import main
from cixi_innovation.scenarios.checks import check_scenario, problems_of
from cixi_innovation.scenarios.default import default_scenario
from cixi_innovation.scenarios.files import to_toml
from cixi_innovation.scenarios.problems import Problem
from cixi_innovation.scenarios.scenario import Scenario
from cixi_innovation.values.errors import CixiError, InputError

DATA: dict[str, Any] = default_scenario().to_data()


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def _file(tmp_path: Path, data: dict[str, Any]) -> str:
    path = tmp_path / "mine.toml"
    path.write_text(to_toml(data), encoding="utf-8")
    return str(path)


NEEDED = "is needed; give it in the year's facts, or a probability (probabilities.{}) ({})"


def _without_the_2029_assessment(tmp_path: Path) -> str:
    data = copy.deepcopy(DATA)
    del data["platforms"][0]["years"]["2029"]["assessment"]
    return _file(tmp_path, data)


def test_a_missing_assessment_is_found_by_check(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _without_the_2029_assessment(tmp_path)
    line = (
        f"cixi-innovation: error: {path}: platforms[0].years[2029].assessment: the annual "
        "check of 2029 (due on 2029-12-10) "
        + NEEDED.format("unqualified_annual_assessment", "Art. 8 第八条")
        + "\n"
    )
    assert _run(capsys, "check", path) == (1, "", line)
    assert _run(capsys, "simulate", path) == (1, "", line)


def test_every_platform_at_fault_is_listed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = copy.deepcopy(DATA)
    data["horizon"]["last"] = 2040
    path = _file(tmp_path, data)
    status, out, err = _run(capsys, "check", path)
    assert (status, out) == (1, "")
    assert [line.split(": ")[3] for line in err.splitlines()] == [
        # whatever the appraisal's grade, its core indicators are needed
        "platforms[0].years[2030].appraisal",
        "platforms[0].years[2030].indicators",
        "platforms[1].years[2030].appraisal",
        "platforms[1].years[2030].indicators",
        # whatever the result of an annual check, the next year's is needed, as far as
        # the checking pass follows the missing results (four deep)
        "platforms[3].years[2030].assessment",
        "platforms[3].years[2031].assessment",
        "platforms[3].years[2032].assessment",
        "platforms[4].years[2030].appraisal",
        "platforms[4].years[2030].indicators",
        "platforms[8].years[2030].final_acceptance",
    ]
    assert _run(capsys, "simulate", path)[2] == err


def test_an_event_before_the_application(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = copy.deepcopy(DATA)
    data["platforms"][0]["events"][0]["on"] = "2024-01-01"
    path = _file(tmp_path, data)
    assert _run(capsys, "check", path) == (
        1,
        "",
        f"cixi-innovation: error: {path}: platforms[0].events[0]: an industrial innovation "
        "service complex is created by Complex application, not by level recognition. "
        "(Art. 8 ¶2 第八条第二款, Art. 9 ¶2 第九条第二款)\n",
    )


def test_the_default_scenario_has_no_problem() -> None:
    assert check_scenario(default_scenario()) == ()


def test_a_scenario_is_needed() -> None:
    with pytest.raises(InputError, match="scenario: 1 is not a Scenario"):
        check_scenario(1)  # type: ignore[arg-type]


def test_the_problems_of_an_error_without_a_field() -> None:
    (problem,) = problems_of(CixiError("no seed"))
    assert (problem.path, problem.message) == ("", "no seed")


def test_a_problem_of_the_whole_scenario_is_reported_once() -> None:
    data = copy.deepcopy(DATA)
    data["probabilities"] = {"unqualified_annual_assessment": "1/2"}
    del data["platforms"][0]["years"]["2029"]["assessment"]
    scenario = Scenario.from_data(data)
    assert check_scenario(scenario, seed=None) == (
        Problem(
            "seed",
            "the annual check of 2029 (due on 2029-12-10) is drawn from "
            "probabilities.unqualified_annual_assessment; give a seed (Art. 8 第八条)",
        ),
    )


@pytest.mark.parametrize(
    ("size", "status"), [("512M", 0), ("2g", 0), ("100000", 0), ("1K", 1), ("0", 2), ("x", 2)]
)
def test_the_size_limit(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], size: str, status: int
) -> None:
    path = _file(tmp_path, copy.deepcopy(DATA))
    assert _run(capsys, "check", "--max-size", size, path)[0] == status


# --- the property: check ok ⇔ simulate exits 0 -----------------------------------------------

_YEAR_FACTS = ("assessment", "appraisal", "acceptance", "mid_term", "final_acceptance")


@st.composite
def damaged(draw: st.DrawFn) -> dict[str, Any]:
    """The default scenario with some of its facts, dates and horizon changed."""
    data = copy.deepcopy(DATA)
    data["horizon"] = {
        "first": draw(st.integers(2019, 2026)),
        "last": draw(st.integers(2027, 2040)),
    }
    for spec in data["platforms"]:
        for facts in spec.get("years", {}).values():
            for key in _YEAR_FACTS:
                if key in facts and draw(st.integers(0, 9)) == 0:
                    del facts[key]
        for event in spec.get("events", []):
            if draw(st.integers(0, 9)) == 0:
                event["on"] = draw(st.sampled_from(["1901-06-01", "2024-01-01", "2027-06-01"]))
    if draw(st.booleans()):
        data["probabilities"] = {"unqualified_annual_assessment": "1/10"}
    return data


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=damaged())
def test_check_passes_exactly_when_simulate_does(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], data: dict[str, Any]
) -> None:
    try:
        path = _file(tmp_path, data)
    except CixiError:  # pragma: no cover - the damages keep the file valid
        return
    checked = _run(capsys, "check", path)
    simulated = _run(capsys, "simulate", "--format", "json", path)
    assert (checked[0] == 0) == (simulated[0] == 0)
    if checked[0]:
        assert checked[2] == simulated[2]


def test_a_study_of_a_file_at_fault_names_the_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _without_the_2029_assessment(tmp_path)
    assert _run(capsys, "simulate", "--runs", "2", path) == _run(capsys, "check", path)
