"""The example application of examples/bureau_app, against a real SQLite file."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from bureau_app.__main__ import main
from bureau_app.app import BureauApp, refusal_data
from bureau_app.money import MONEY_FIELDS
from bureau_app.store import Store

from cixi_innovation import (
    ComplexSpec,
    EventRefusedError,
    HistoryDocument,
    InputError,
    InvalidChoiceError,
    MissingInputError,
    StaleVersionError,
    default_scenario,
    encode_event,
    simulate,
)
from cixi_innovation.lifecycles.complex.entity import Complex, example_events
from cixi_innovation.lifecycles.complex.events import AnnualWorkPlan

PLAN_2026 = {"kind": "annual_work_plan", "on": "2026-01-05", "year": 2026, "plan": "2026年度计划"}
ASSESSMENT_2025 = {
    "kind": "annual_assessment",
    "on": "2026-01-20",
    "year": 2025,
    "result": "qualified",
}


@pytest.fixture
def database(tmp_path: Path) -> Path:
    """A SQLite file holding the example Complex, posted event by event."""
    path = tmp_path / "bureau.sqlite"
    app = BureauApp(path)
    first, *rest = [encode_event(e) for e in example_events()]
    assert app.register("complex", first)["version"] == 1
    for version, data in enumerate(rest, start=1):
        assert app.post("CX-2025-01", data, expected_version=version)["version"] == version + 1
    app.close()
    return path


def test_the_money_of_a_year_is_the_ledger_years_amounts_in_their_order() -> None:
    expected = "advance granted settlement_paid settlement_recovered art16 art20 cash"
    assert tuple(expected.split()) == MONEY_FIELDS


def test_a_platform_survives_the_round_trip_through_the_file(database: Path) -> None:
    app = BureauApp(database)
    assert app.store.ids() == ["CX-2025-01"]
    assert app.load("CX-2025-01") == Complex.replay(example_events())
    assert app.platform("CX-2025-01") == {
        "id": "CX-2025-01",
        "name": "慈溪智能家电产业创新服务综合体",
        "kind": "complex",
        "state": "under_construction",
        "version": 13,
        "last_event_on": "2025-03-15",
    }
    document = HistoryDocument.from_data(app.history("CX-2025-01"))
    assert document == HistoryDocument.of(Complex.replay(example_events()))
    app.close()
    rows = sqlite3.connect(database).execute(
        "SELECT count(*), max(seq) FROM events WHERE platform_id = 'CX-2025-01'"
    )
    assert rows.fetchone() == (13, 13)


def test_a_posted_event_is_decided_and_stored(database: Path) -> None:
    app = BureauApp(database)
    answer = app.post("CX-2025-01", PLAN_2026, expected_version=13)
    assert (answer["state"], answer["version"]) == ("under_construction", 14)
    assert answer["decision"] == {
        "zh": "2026-01-05 complex.annual_work_plan [CX-2025-01]: 年度工作计划已报送\n"
        "  - 2026-01-05报送2026年度工作计划。 [第八条]",
        "en": "2026-01-05 complex.annual_work_plan [CX-2025-01]: annual work plan reported\n"
        "  - On 2026-01-05 the annual work plan for 2026 is reported to the Bureau. [Art. 8]",
    }
    again = BureauApp(database)
    assert again.load("CX-2025-01").events[-1] == AnnualWorkPlan(
        date(2026, 1, 5), year=2026, plan="2026年度计划"
    )
    app.close()
    again.close()


def test_of_two_writers_who_read_the_same_version_the_second_is_refused(database: Path) -> None:
    first, second = BureauApp(database), BureauApp(database)
    read = second.platform("CX-2025-01")["version"]
    assert first.platform("CX-2025-01")["version"] == read == 13
    first.post("CX-2025-01", PLAN_2026, expected_version=13)
    with pytest.raises(StaleVersionError) as caught:
        second.post("CX-2025-01", ASSESSMENT_2025, expected_version=13)
    assert (caught.value.expected, caught.value.actual) == (13, 14)
    assert refusal_data(caught.value) == {
        "error": "StaleVersionError",
        "field": "expected_version",
        "articles": [],
        "message": "expected_version: annual_assessment on 2026-01-20 was written against "
        "version 13, but the platform is at version 14: reload it and decide again",
        "expected_version": 13,
        "actual_version": 14,
    }
    assert second.platform("CX-2025-01")["version"] == 14
    assert second.post("CX-2025-01", ASSESSMENT_2025, expected_version=14)["version"] == 15
    first.close()
    second.close()


def test_the_store_itself_refuses_a_stale_append(database: Path) -> None:
    store = Store(database)
    plan = AnnualWorkPlan(date(2026, 1, 5), year=2026, plan="计划")
    assert store.append("CX-2025-01", 13, [plan]) == 14
    with pytest.raises(StaleVersionError) as caught:
        store.append("CX-2025-01", 13, [plan])
    assert (caught.value.expected, caught.value.actual) == (13, 14)
    assert store.read("CX-2025-01").version == 14
    assert len(store.read("CX-2025-01").events) == 14
    with pytest.raises(KeyError):
        store.read("CX-2099-99")
    store.close()


def test_a_refused_event_stores_nothing_and_says_why(database: Path) -> None:
    app = BureauApp(database)
    early = {**ASSESSMENT_2025, "year": 2027, "on": "2026-12-22"}
    with pytest.raises(EventRefusedError) as caught:
        app.post("CX-2025-01", early, expected_version=13)
    data = refusal_data(caught.value)
    assert (data["field"], data["articles"], data["en"]) == (
        "year",
        ["Art. 8"],
        "2027 has not begun on 2026-12-22, so the completion of its plan's targets cannot be "
        "assessed.",
    )
    assert data["zh"] == "2027年尚未开始,2026-12-22不能考核该年度计划目标完成情况。"
    # the field is the posted event's, and the texts do not begin with it
    assert caught.value.text("zh") == (
        "annual_assessment(2026-12-22)在状态 'under_construction'下不被接受:"
        "2027年尚未开始,2026-12-22不能考核该年度计划目标完成情况。(第八条)"
    )
    with pytest.raises(InvalidChoiceError) as bad:
        app.post("CX-2025-01", {**ASSESSMENT_2025, "result": "good"}, expected_version=13)
    assert refusal_data(bad.value)["field"] == "result"
    assert app.platform("CX-2025-01")["version"] == 13
    app.close()


def test_the_agenda_gives_dates_with_their_articles_and_their_source(database: Path) -> None:
    app = BureauApp(database)
    assert app.agenda("CX-2025-01", date(2026, 1, 21)) == {
        "on": "2026-01-21",
        "due": [
            {
                "what": "annual_work_plan",
                "year": 2026,
                "from": None,
                "by": "2026-03-31",
                "articles": ["Art. 8"],
                "date_from": "bureau calendar",
            },
            {
                "what": "subsidy_advance",
                "year": 2026,
                "from": None,
                "by": "2026-03-31",
                "articles": ["Art. 10"],
                "date_from": "bureau calendar",
            },
            {
                "what": "annual_assessment",
                "year": 2025,
                "from": "2026-01-01",
                "by": "2026-04-30",
                "articles": ["Art. 8"],
                "date_from": "bureau calendar",
            },
            {
                "what": "subsidy_settlement",
                "year": 2025,
                "from": "2026-01-01",
                "by": "2026-12-31",
                "articles": ["Art. 10", "Art. 11"],
                "date_from": "the Measures",
            },
        ],
        "outside_force": [
            {
                "what": "round_appraisal",
                "year": None,
                "from": "2030-03-01",
                "by": "2030-05-30",
                "articles": ["Art. 9"],
                "date_from": "bureau calendar",
            }
        ],
    }
    app.close()


def test_next_steps_say_why_the_day_refuses_some(database: Path) -> None:
    app = BureauApp(database)
    steps = app.next_steps("CX-2025-01", date(2026, 1, 21))
    assert [(s["event"], s["possible"]) for s in steps] == [
        ("annual_work_plan", True),
        ("annual_assessment", True),
        ("higher_level_annual_evaluation", False),
        ("round_appraisal", False),
        ("level_recognition", True),
        ("higher_level_expiry_assessment", False),
    ]
    assert steps[0]["why_not"] is None
    assert str(steps[3]["why_not"]).startswith("the construction period has not expired")
    app.close()


def test_the_years_money_needs_the_bureaus_settings(database: Path) -> None:
    app = BureauApp(database)
    with pytest.raises(MissingInputError) as caught:
        app.money("CX-2025-01", 2026, ())
    assert caught.value.field == "settings"
    app.close()


def test_the_ledger_of_a_stored_history_is_the_simulations(tmp_path: Path) -> None:
    # the default scenario's Complex CX-01, stored as an application stores it, then
    # its money from the stored history and its money facts: the simulation's own rows
    settings = default_scenario()
    result = simulate(settings)
    spec = settings.platform("CX-01")
    assert isinstance(spec, ComplexSpec)
    app = BureauApp(tmp_path / "bureau.sqlite", settings=settings)
    history = result.history("CX-01")
    document = HistoryDocument.of(
        history,
        force=settings.force,  # its application predates the Measures' force: flagged
        measures=settings.measures,
        parameters=settings.parameters,
        readings=settings.readings,
    )
    app.store.insert(document, "CX-01")
    years = [
        app.money(
            "CX-01",
            year,
            spec.years,
            requested_subsidy=spec.requested_subsidy,
            spending=spec.spending,
        )
        for year in settings.horizon.years
    ]
    for money in years:
        row = result.row("CX-01", int(str(money["year"])))
        assert [money[name] for name in MONEY_FIELDS] == [
            str(getattr(row, name)) for name in MONEY_FIELDS
        ]
    # Art. 10: 500,000 granted each year, one half advanced, the rest on settlement
    assert years[1] == {
        "platform_id": "CX-01",
        "year": 2026,
        "advance": "250000.00",
        "granted": "500000.00",
        "settlement_paid": "250000.00",
        "settlement_recovered": "0.00",
        "art16": "0.00",
        "art20": "0.00",
        "cash": "500000.00",
        "articles": ["Art. 10", "Art. 11"],
    }
    with pytest.raises(InputError) as caught:
        app.money("CX-01", 2031, spec.years)
    assert caught.value.field == "year"
    app.close()


def test_the_short_session_runs(capsys: pytest.CaptureFixture[str]) -> None:
    main()
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 3
    assert '"version": 13' in lines[0]
    assert '"error": "StaleVersionError"' in lines[1]
    assert lines[2].startswith('{"on": "2026-01-21", "due": [{"what": "subsidy_advance"')
