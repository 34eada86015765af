"""The agenda of a platform: what is due, by when or from when, with its articles."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from cixi_innovation.law.measures import MEASURES
from cixi_innovation.lifecycles.agenda import Agenda, OfficeCalendar, agenda
from cixi_innovation.lifecycles.center.entity import InnovationCenter
from cixi_innovation.lifecycles.center.entity import example_events as center_events
from cixi_innovation.lifecycles.center.events import MidTermEvaluation
from cixi_innovation.lifecycles.complex.entity import Complex, example_events
from cixi_innovation.lifecycles.complex.events import AnnualAssessment, AnnualWorkPlan
from cixi_innovation.lifecycles.consortium.entity import Consortium
from cixi_innovation.lifecycles.consortium.entity import example_events as consortium_events
from cixi_innovation.values.assessments import AssessmentResult, PerformanceGrade
from cixi_innovation.values.errors import InputError, InvalidDateError

CALENDAR = OfficeCalendar(
    year_start_by=(3, 31), annual_assessment_by=(4, 30), after_expiry_days=90, mid_term_days=60
)


def _iso(day: date | None) -> str | None:
    return None if day is None else day.isoformat()


def rows(today: Agenda) -> list[tuple[Any, ...]]:
    return [
        (
            i.what.code,
            i.year,
            _iso(i.due_from),
            _iso(i.due_by),
            [c.en for c in i.articles],
            i.calendar_entry,
        )
        for i in today.items
    ]


def test_a_complex_in_its_second_year() -> None:
    complex_ = Complex.replay(example_events())
    today = agenda(complex_, date(2026, 1, 5), calendar=CALENDAR)
    assert (today.subject, today.on, today.end_of_force) == (
        "CX-2025-01",
        date(2026, 1, 5),
        date(2029, 12, 25),
    )
    assert rows(today) == [
        ("annual_work_plan", 2026, None, "2026-03-31", ["Art. 8"], "year_start_by"),
        ("subsidy_advance", 2026, None, "2026-03-31", ["Art. 10"], "year_start_by"),
        (
            "annual_assessment",
            2025,
            "2026-01-01",
            "2026-04-30",
            ["Art. 8"],
            "annual_assessment_by",
        ),
        (
            "subsidy_settlement",
            2025,
            "2026-01-01",
            "2026-12-31",
            ["Art. 10", "Art. 11"],
            None,
        ),
    ]
    assert [i.reading for i in today.items] == [None, None, "year_ended", None]
    assert [i.event for i in today.items] == [
        "annual_work_plan",
        None,
        "annual_assessment",
        None,
    ]
    (appraisal,) = today.outside_force
    assert (appraisal.what.code, appraisal.due_from, appraisal.due_by) == (
        "round_appraisal",
        date(2030, 3, 1),
        date(2030, 5, 30),
    )
    assert [c.en for c in appraisal.articles] == ["Art. 9"]
    assert today.open_dates == ()
    assert today.render() == "\n".join(
        [
            "CX-2025-01 2026-01-05",
            "- report the annual work plan, by 2026-03-31 [Art. 8]",
            "- advance the operating subsidy, by 2026-03-31 [Art. 10]",
            "- annual assessment of the plan's targets, from 2026-01-01, by 2026-04-30, "
            "under the reading 'year_ended' [Art. 8]",
            "- settle last year's operating subsidy and inspect the use of funds, from "
            "2026-01-01, by 2026-12-31 [Art. 10, Art. 11]",
            "Outside the Measures' force from 2029-12-25 (Art. 24):",
            "- performance appraisal after expiry, from 2030-03-01, by 2030-05-30 [Art. 9]",
        ]
    )
    assert today.render("zh").splitlines()[3:] == [
        "- 年度计划目标完成情况考核验收,自2026-01-01起,至迟2026-04-30,依解读“year_ended” [第八条]",
        "- 结算上年度运营经费补贴并检查资金使用情况,自2026-01-01起,至迟2026-12-31 [第十条、第十一条]",
        "2029-12-25起不在本办法有效期内(第二十四条):",
        "- 建设期满绩效评估,自2030-03-01起,至迟2030-05-30 [第九条]",
    ]


def test_without_the_callers_calendar_the_open_dates_are_named_not_invented() -> None:
    complex_ = Complex.replay(example_events())
    today = agenda(complex_, date(2026, 1, 5))
    assert [(i.what.code, i.due_from, i.due_by) for i in today.items] == [
        ("annual_work_plan", None, None),
        ("subsidy_advance", None, None),
        ("annual_assessment", date(2026, 1, 1), None),
        ("subsidy_settlement", date(2026, 1, 1), date(2026, 12, 31)),
    ]
    assert today.open_dates == ("year_start_by", "annual_assessment_by", "after_expiry_days")
    assert today.render().splitlines()[1] == (
        "- report the annual work plan, deadline: the caller's calendar entry 'year_start_by' "
        "[Art. 8]"
    )
    assert today.render("zh").splitlines()[1] == (
        "- 报送年度工作计划,期限由调用方日历“year_start_by”确定 [第八条]"
    )


def test_what_is_done_is_no_longer_due() -> None:
    complex_ = Complex.replay(
        [
            *example_events(),
            AnnualAssessment(date(2026, 1, 20), year=2025, result=AssessmentResult.QUALIFIED),
            AnnualWorkPlan(date(2026, 2, 1), year=2026, plan="2026年度工作计划"),
        ]
    )
    today = agenda(complex_, date(2026, 2, 2), calendar=CALENDAR)
    assert [i.what.code for i in today.items] == ["subsidy_advance", "subsidy_settlement"]


def test_the_years_of_the_round_set_what_is_due() -> None:
    complex_ = Complex.replay(example_events())
    first_year = agenda(complex_, date(2025, 3, 20), calendar=CALENDAR)
    assert [i.what.code for i in first_year.items] == ["subsidy_advance"]
    last_year = agenda(complex_, date(2029, 12, 1), calendar=CALENDAR)
    assert [(i.what.code, i.year) for i in last_year.items] == [
        ("annual_work_plan", 2029),
        ("subsidy_advance", 2029),
        ("subsidy_settlement", 2028),
    ]
    after = agenda(complex_, date(2031, 1, 5), calendar=CALENDAR)
    assert after.items == ()
    assert [(i.what.code, i.year, i.due_from) for i in after.outside_force] == [
        ("round_appraisal", None, date(2030, 3, 1)),
        ("subsidy_settlement", 2030, date(2031, 1, 1)),
    ]


def test_a_complex_whose_units_were_revoked_reports_no_plan() -> None:
    complex_ = Complex.replay(
        [
            *example_events(),
            AnnualAssessment(date(2026, 1, 20), year=2025, result=AssessmentResult.UNQUALIFIED),
        ]
    )
    today = agenda(complex_, date(2026, 2, 1), calendar=CALENDAR)
    assert [i.what.code for i in today.items] == ["subsidy_advance", "subsidy_settlement"]


def test_nothing_is_due_before_the_round_starts() -> None:
    applied = Complex.replay(example_events()[:5])
    today = agenda(applied, date(2025, 2, 1))
    assert (today.items, today.outside_force, today.open_dates) == ((), (), ())


def test_a_consortium_in_cultivation() -> None:
    consortium = Consortium.replay(consortium_events())
    today = agenda(consortium, date(2026, 1, 5), calendar=CALENDAR)
    assert rows(today) == [
        ("annual_plan", 2026, None, "2026-03-31", ["Art. 15"], "year_start_by"),
        (
            "cultivation_acceptance",
            None,
            "2028-07-01",
            "2028-09-29",
            ["Art. 15"],
            "after_expiry_days",
        ),
    ]
    assert today.outside_force == ()
    assert today.render() == "\n".join(
        [
            "LHT-2025-01 2026-01-05",
            "- report the annual plan, by 2026-03-31 [Art. 15]",
            "- assessment and acceptance check of the cultivation cycle, from 2028-07-01, "
            "by 2028-09-29 [Art. 15]",
        ]
    )
    planned = agenda(consortium, date(2025, 12, 1), calendar=CALENDAR)
    assert [i.what.code for i in planned.items] == ["cultivation_acceptance"]
    before = agenda(Consortium.replay(consortium_events()[:3]), date(2025, 5, 1))
    assert before.items == ()


def test_an_innovation_center_under_construction() -> None:
    center = InnovationCenter.replay(center_events())
    today = agenda(center, date(2026, 1, 5), calendar=CALENDAR)
    assert rows(today) == [
        (
            "mid_term_evaluation",
            None,
            "2028-03-02",
            "2028-05-01",
            ["Art. 21"],
            "mid_term_days",
        )
    ]
    (final,) = today.outside_force
    assert (final.what.code, final.due_from, final.due_by, final.event) == (
        "final_acceptance",
        date(2030, 3, 2),
        date(2030, 5, 31),
        "final_acceptance",
    )
    evaluated = center.apply(MidTermEvaluation(date(2028, 3, 10), grade=PerformanceGrade.NOT_POOR))
    later = agenda(evaluated.entity, date(2028, 3, 11), calendar=CALENDAR)
    assert (later.items, [i.what.code for i in later.outside_force]) == ((), ["final_acceptance"])
    assert agenda(InnovationCenter.replay(center_events()[:3]), date(2025, 2, 1)).items == ()


def test_a_longer_force_brings_the_appraisal_inside() -> None:
    complex_ = Complex.replay(example_events())
    longer = MEASURES.with_parameters(MEASURES.parameters.replace(validity_years=7))
    today = agenda(complex_, date(2026, 1, 5), calendar=CALENDAR, measures=longer)
    assert today.outside_force == ()
    assert today.items[-1].what.code == "round_appraisal"


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("year_start_by", (2, 29)),
        ("year_start_by", (13, 1)),
        ("year_start_by", "03-31"),
        ("annual_assessment_by", (4,)),
        ("annual_assessment_by", (4.0, 1)),
        ("after_expiry_days", -1),
        ("mid_term_days", "60"),
        ("mid_term_days", True),
    ],
)
def test_a_bad_calendar_entry_is_refused_by_name(field: str, value: object) -> None:
    with pytest.raises(InputError) as caught:
        OfficeCalendar(**{field: value})  # type: ignore[arg-type]
    assert caught.value.field == field


def test_the_agenda_needs_a_platform_and_a_date() -> None:
    with pytest.raises(InputError) as caught:
        agenda("CX-2025-01", date(2026, 1, 5))  # type: ignore[arg-type]
    assert caught.value.field == "entity"
    with pytest.raises(InvalidDateError):
        agenda(Complex.replay(example_events()), "2026-13-01")  # type: ignore[arg-type]
