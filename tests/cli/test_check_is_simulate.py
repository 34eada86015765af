"""``check`` accepts exactly what ``simulate`` accepts, and lists every problem at once."""

from __future__ import annotations

import copy
import re
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
from cixi_innovation.scenarios.simulation import simulate
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
        # the checking pass follows the missing results (three deep)
        "platforms[3].years[2030].assessment",
        "platforms[3].years[2031].assessment",
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
            zh="2029 年度考核验收(应于 2029-12-10)按 "
            "probabilities.unqualified_annual_assessment 抽取;请给出种子(第八条)",
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


# --- every problem of a platform at once ------------------------------------------------------

CREATED_BY = (
    "an industrial innovation service complex is created by Complex application, not by "
    "level recognition. (Art. 8 ¶2 第八条第二款, Art. 9 ¶2 第九条第二款)"
)


def _the_analysts_file(tmp_path: Path, *, fixed: bool) -> str:
    """The default scenario and an 11th platform, as the analyst of issue 15 wrote it."""
    data = copy.deepcopy(DATA)
    mine = copy.deepcopy(data["platforms"][0])
    mine["id"] = "CX-11"
    # the recognition dated before the application (2024-10-15), no annual check of 2029
    mine["events"] = [{"kind": "level_recognition", "on": "2024-06-30", "level": "ningbo"}]
    del mine["years"]["2029"]["assessment"]
    if fixed:
        mine["events"][0]["on"] = "2026-06-30"
        mine["years"]["2029"]["assessment"] = "qualified"
    data["platforms"].append(mine)
    return _file(tmp_path, data)


def test_the_analysts_file_shows_both_problems_in_one_check(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _the_analysts_file(tmp_path, fixed=False)
    problems = [
        f"platforms[10].events[0]: {CREATED_BY}",
        "platforms[10].years[2029].assessment: with events[0] left out, the annual check of "
        "2029 (due on 2029-12-10) "
        + NEEDED.format("unqualified_annual_assessment", "Art. 8 第八条"),
    ]
    stderr = "".join(f"cixi-innovation: error: {path}: {problem}\n" for problem in problems)
    # both at once, from check and from a failing simulate alike
    for command in ("check", "simulate"):
        assert _run(capsys, command, path) == (1, "", stderr)
    # one edit fixes both
    path = _the_analysts_file(tmp_path, fixed=True)
    assert _run(capsys, "check", path) == (0, "ok: 11 platforms, years 2025-2029\n", "")
    assert _run(capsys, "simulate", "--format", "csv", path)[0] == 0


def _needed(path: str, what: str, probability: str, article: str) -> tuple[str, str]:
    return (path, f"{what} " + NEEDED.format(probability, article))


def _english(problems: tuple[Problem, ...]) -> tuple[tuple[str, str], ...]:
    """The paths and English messages of ``problems`` (their Chinese is tested apart)."""
    return tuple((p.path, p.message) for p in problems)


def test_a_platform_with_three_independent_problems() -> None:
    data = copy.deepcopy(DATA)
    years = data["platforms"][0]["years"]
    del years["2026"]["higher_level_evaluation"]
    del years["2027"]["assessment"]
    del years["2029"]["higher_level_evaluation"]
    evaluation = "the higher-level annual evaluation of {} (due on {}-12-20) of a Complex at "
    assert _english(check_scenario(Scenario.from_data(data))) == (
        _needed(
            "platforms[0].years[2026].higher_level_evaluation",
            evaluation.format(2026, 2026) + "Ningbo municipal level",
            "poor_higher_level_evaluation",
            "Art. 8 ¶2 第八条第二款",
        ),
        _needed(
            "platforms[0].years[2027].assessment",
            "the annual check of 2027 (due on 2027-12-10)",
            "unqualified_annual_assessment",
            "Art. 8 第八条",
        ),
        _needed(
            "platforms[0].years[2029].higher_level_evaluation",
            evaluation.format(2029, 2029) + "Ningbo municipal level",
            "poor_higher_level_evaluation",
            "Art. 8 ¶2 第八条第二款",
        ),
    )


def test_a_problem_that_one_of_the_outcomes_avoids_is_not_reported() -> None:
    # a poor appraisal eliminates the Complex: then no annual check of 2029 is needed
    data = copy.deepcopy(DATA)
    del data["platforms"][3]["years"]["2028"]["appraisal"]
    del data["platforms"][3]["years"]["2029"]["assessment"]
    assert _english(check_scenario(Scenario.from_data(data))) == (
        _needed(
            "platforms[3].years[2028].appraisal",
            "the end-of-round appraisal (due on 2028-01-31)",
            "poor_appraisal",
            "Art. 9 第九条",
        ),
    )


def test_a_refused_event_then_one_that_is_fine() -> None:
    data = copy.deepcopy(DATA)
    data["platforms"][0]["events"] = [
        {"kind": "level_recognition", "on": "2024-01-01", "level": "ningbo"},
        {"kind": "level_recognition", "on": "2027-06-30", "level": "ningbo"},
    ]
    assert _english(check_scenario(Scenario.from_data(data))) == (
        ("platforms[0].events[0]", CREATED_BY),
    )


def test_a_refused_event_of_a_year_is_left_out() -> None:
    data = copy.deepcopy(DATA)
    # a Complex at Cixi level has no higher-level expiry assessment: refused, left out
    data["platforms"][1]["events"] = [
        {"kind": "higher_level_expiry_assessment", "on": "2027-06-30", "result": "qualified"}
    ]
    del data["platforms"][1]["years"]["2028"]["assessment"]
    problems = check_scenario(Scenario.from_data(data))
    assert _english(problems) == (
        (
            "platforms[1].events[0]",
            "the Complex is at Cixi municipal level; the higher-level expiry assessment "
            "applies only to Complexes at Ningbo municipal level or above. "
            "(Art. 9 ¶2 第九条第二款)",
        ),
        _needed(
            "platforms[1].years[2028].assessment",
            "with events[0] left out, the annual check of 2028 (due on 2028-12-10)",
            "unqualified_annual_assessment",
            "Art. 8 第八条",
        ),
    )
    # in Chinese, the note on the event left out too
    assert tuple(p.zh for p in problems) == (
        "该综合体为慈溪市级综合体,上级建设期满考核仅适用于宁波市级及以上综合体。(第九条第二款)",
        "略去events[0]后,2028 年度考核验收(应于 2028-12-10)的结果是必需的;"
        "请在该年度的事实中给出,或给出其概率(probabilities.unqualified_annual_assessment)"
        "(第八条)",
    )


# --- the properties: no problem reported that a correct file would not have ------------------

_OUTCOMES = {
    "assessment": ("qualified", "unqualified"),
    "appraisal": ("poor", "not_poor"),
    "higher_level_evaluation": ("poor", "not_poor"),
    "acceptance": ("qualified", "unqualified"),
    "mid_term": ("poor", "not_poor"),
    "final_acceptance": ("qualified", "unqualified"),
}
_MISSING = re.compile(r"platforms\[(\d+)\]\.years\[(\d+)\]\.(\w+)$")


def _first_of_simulate(scenario: Scenario) -> Problem | None:
    try:
        simulate(scenario, 0)
    except CixiError as error:
        return problems_of(error)[0]
    return None


def _given_outcome(data: dict[str, Any], path: str, value: str) -> Scenario:
    found = _MISSING.match(path)
    assert found is not None
    index, year, field = found.groups()
    data = copy.deepcopy(data)
    data["platforms"][int(index)].setdefault("years", {}).setdefault(year, {})[field] = value
    return Scenario.from_data(data)


@settings(
    max_examples=20,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(data=damaged())
def test_every_problem_reported_is_one_a_fixed_file_still_has(data: dict[str, Any]) -> None:
    try:
        scenario = Scenario.from_data(data)
    except CixiError:  # pragma: no cover - the damages keep the file valid
        return
    problems = check_scenario(scenario)
    first = _first_of_simulate(scenario)
    assert (first is None) == (problems == ())
    if first is None:
        return
    # the problem simulate stops at is the first check reports for its platform
    platform = first.path.split(".")[0] + "."
    assert first == next(p for p in problems if p.path.startswith(platform) or p == first)
    assert len(set(problems)) == len(problems)
    # a missing outcome given either value: every other problem is still there
    missing = next((p for p in problems if _MISSING.match(p.path)), None)
    if missing is None or "is needed" not in missing.message:
        return
    field = missing.path.rsplit(".", 1)[1]
    for value in _OUTCOMES[field]:
        still = check_scenario(_given_outcome(data, missing.path, value))
        assert {p for p in problems if p.path != missing.path} <= set(still)


@pytest.mark.parametrize(
    "path",
    [
        f"platforms[{index}].years[{year}].{field}"
        for index, spec in enumerate(DATA["platforms"])
        for year, facts in spec.get("years", {}).items()
        for field in facts
        if field in _OUTCOMES
    ],
)
def test_one_outcome_left_out_is_one_problem_at_most(path: str) -> None:
    data = copy.deepcopy(DATA)
    index, year, field = _MISSING.match(path).groups()  # type: ignore[union-attr]
    del data["platforms"][int(index)]["years"][year][field]
    scenario = Scenario.from_data(data)
    problems = check_scenario(scenario)
    first = _first_of_simulate(scenario)
    assert problems == (() if first is None else (first,))
    assert first is None or first.path == path


def test_a_platform_that_cannot_be_set_up_stops_there() -> None:
    data = copy.deepcopy(DATA)
    data["force"] = "refuse"
    data["platforms"][1]["applied_on"] = "1901-06-01"
    del data["platforms"][1]["years"]["2028"]["assessment"]
    del data["platforms"][4]["years"]["2028"]["assessment"]
    problems = check_scenario(Scenario.from_data(data))
    assert [p.path for p in problems] == [
        "platforms[0].applied_on",
        "platforms[1].applied_on",
        "platforms[2].applied_on",
        "platforms[3].applied_on",
        "platforms[4].years[2028].assessment",
    ]
    assert problems[1].message == (
        "1901-06-01 is outside the Measures' force [2024-12-25, 2029-12-25); record a "
        "platform created before the Measures with force = 'flag' (Art. 24 第二十四条)"
    )
