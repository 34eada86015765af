"""The agenda (工作日程) of a platform: what is due on a date, and by when or from when.

:func:`agenda` reads an entity on a day and lists what the Measures make due in that
day's calendar year, and the milestones ahead of the running round or cycle, each item
citing its articles:

- a Complex under construction (Art. 8-11): the annual work plan of the year at its
  beginning (年初), the annual assessment of last year's plan, the settlement of last
  year's operating subsidy with the inspection of the use of funds (in the following
  year, 次年), the advance of this year's subsidy at its beginning (预拨), and the
  performance appraisal once the round has expired (建设期届满);
- a Consortium in cultivation (Art. 15): the annual plan at the beginning of each year
  and the assessment and acceptance check once the cycle has expired;
- an Innovation Center under construction (Art. 21): the mid-term evaluation from three
  full years of construction (建设满三年) and the end-of-period check once the round has
  expired.

The Measures date some of these (the settlement falls in the following calendar year;
the appraisal comes after the expiry) and leave the rest open: "at the beginning of
the year" and "every year" have no day, and no step has a time limit after an expiry.
Those dates are the caller's :class:`OfficeCalendar`, each entry named on the item
(``calendar_entry``); an entry the caller has not given leaves the item without that
date and is listed in :attr:`Agenda.open_dates`, never filled in.  That an annual
assessment comes once the year assessed has ended is the reading ``year_ended`` of
"每年…考核验收…年度计划目标完成情况" (the completion of a year's targets is known
after the year), named on the items that use it.

Items that start on or after the end of the Measures' force (2029-12-25 under the
default readings of Art. 24, that is after 2029-12-24) are listed apart, in
:attr:`Agenda.outside_force`: the Measures no longer govern them.

>>> from datetime import date
>>> from cixi_innovation.lifecycles.complex.entity import Complex, example_events
>>> complex_ = Complex.replay(example_events())
>>> today = agenda(complex_, date(2026, 1, 5), calendar=OfficeCalendar(year_start_by=(3, 31)))
>>> for item in today.items:
...     print(item.what.code, item.due_from, item.due_by, item.calendar_entry)
annual_work_plan None 2026-03-31 year_start_by
subsidy_advance None 2026-03-31 year_start_by
annual_assessment 2026-01-01 None annual_assessment_by
subsidy_settlement 2026-01-01 2026-12-31 None
>>> [(i.what.code, i.due_from) for i in today.outside_force]
[('round_appraisal', datetime.date(2030, 3, 1))]
>>> today.open_dates
('annual_assessment_by', 'after_expiry_days')
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

import attrs

from cixi_innovation.law.measures import MEASURES, Measures
from cixi_innovation.lifecycles._texts import not_a
from cixi_innovation.lifecycles.center.entity import InnovationCenter
from cixi_innovation.lifecycles.center.facts import CenterState
from cixi_innovation.lifecycles.complex.entity import Complex
from cixi_innovation.lifecycles.complex.facts import ComplexState
from cixi_innovation.lifecycles.consortium.entity import Consortium
from cixi_innovation.lifecycles.consortium.facts import ConsortiumState
from cixi_innovation.lifecycles.engine import Entity
from cixi_innovation.values._attrs import frozen
from cixi_innovation.values.citations import Citation, Cites
from cixi_innovation.values.dates import Period
from cixi_innovation.values.days import to_date
from cixi_innovation.values.vocabulary import Label

__all__ = ["Agenda", "AgendaItem", "OfficeCalendar", "agenda"]

ART_8, ART_9, ART_10, ART_11 = (Citation.article(n) for n in (8, 9, 10, 11))
ART_15, ART_21 = Citation.article(15), Citation.article(21)


def _month_day(name: str) -> Any:
    def check(_: object, __: object, value: object) -> None:
        if value is None:
            return
        ok = False
        if isinstance(value, tuple) and len(value) == 2:
            month, day = value
            if type(month) is int and type(day) is int:
                try:
                    # a day every year has: 29 February would need a reading for common years
                    ok = date(2025, month, day) is not None
                except ValueError:
                    ok = False
        if not ok:
            raise not_a(
                "a (month, day) that every year has",
                zh="每年都有的(月, 日)",
                value=value,
                field=name,
            )

    return check


def _days(name: str) -> Any:
    def check(_: object, __: object, value: object) -> None:
        if value is not None and (type(value) is not int or value < 0):
            raise not_a(
                "a number of days (0 or more)", zh="天数(0 或以上)", value=value, field=name
            )

    return check


@frozen
class OfficeCalendar:
    """The caller's calendar: the dates the Measures leave open, supplied by the caller.

    Attributes:
        year_start_by: the (month, day) by which the steps of "the beginning of each
            year" (年初) are due: the annual work plan (Art. 8), the annual plan of a
            Consortium (Art. 15) and the advance of the operating subsidy (Art. 10).
        annual_assessment_by: the (month, day), in the year after the year assessed,
            by which the annual assessment of a Complex is due (Art. 8, "every year").
        after_expiry_days: the days after a round's or cycle's expiry (its first day
            outside it) by which the appraisal, assessment or check of the expired
            round is due (Art. 9, 15, 21).
        mid_term_days: the days after the mid-term point of an Innovation Center (three
            full years of construction) by which its mid-term evaluation is due (Art. 21).
    """

    year_start_by: tuple[int, int] | None = attrs.field(
        default=None, validator=_month_day("year_start_by")
    )
    annual_assessment_by: tuple[int, int] | None = attrs.field(
        default=None, validator=_month_day("annual_assessment_by")
    )
    after_expiry_days: int | None = attrs.field(default=None, validator=_days("after_expiry_days"))
    mid_term_days: int | None = attrs.field(default=None, validator=_days("mid_term_days"))


@frozen
class AgendaItem:
    """One thing due: what, on which articles, and by when or from when.

    Attributes:
        what: the step (code, zh, en).
        articles: the provisions that make it due.
        event: the kind of the lifecycle event that records it (``annual_work_plan`` …),
            or None for a step no lifecycle event records (the subsidy's settlement).
        year: the calendar year it concerns, for yearly steps.
        due_from: the first day it may be done, when the Measures (or a named reading)
            give one.
        due_by: the last day it is due, when the Measures or the caller's calendar give
            one.
        calendar_entry: the entry of :class:`OfficeCalendar` that ``due_by`` comes
            from (the caller's date, not the Measures'); None when the Measures date it.
        reading: the named reading a date rests on, if any (``year_ended``).
    """

    what: Label
    articles: Cites
    event: str | None
    year: int | None
    due_from: date | None
    due_by: date | None
    calendar_entry: str | None = None
    reading: str | None = None

    def render(self, lang: str = "en") -> str:
        """One line: the step, its dates, and the articles."""
        zh = lang == "zh"
        parts = [self.what.zh if zh else self.what.en]
        if self.due_from is not None:
            parts.append(f"自{self.due_from}起" if zh else f"from {self.due_from}")
        if self.due_by is not None:
            parts.append(f"至迟{self.due_by}" if zh else f"by {self.due_by}")
        else:
            # an item the Measures leave undated always names the caller's entry
            parts.append(
                f"期限由调用方日历“{self.calendar_entry}”确定"
                if zh
                else f"deadline: the caller's calendar entry '{self.calendar_entry}'"
            )
        if self.reading is not None:
            parts.append(f"依解读“{self.reading}”" if zh else f"under the reading '{self.reading}'")
        cites = ("、" if zh else ", ").join(c.zh if zh else c.en for c in self.articles)
        return (",".join(parts) if zh else ", ".join(parts)) + f" [{cites}]"


@frozen
class Agenda:
    """What is due for a platform on a day.

    Attributes:
        subject: the platform's identifier.
        on: the day asked about.
        items: what is due, within the Measures' force, in order of date.
        outside_force: what would be due on or after the end of the Measures' force,
            which the Measures no longer govern.
        end_of_force: the first day outside the Measures' force (Art. 24).
    """

    subject: str
    on: date
    items: tuple[AgendaItem, ...]
    outside_force: tuple[AgendaItem, ...]
    end_of_force: date

    @property
    def open_dates(self) -> tuple[str, ...]:
        """The caller's calendar entries the items need but were not given, in order."""
        missing = (
            i.calendar_entry
            for i in (*self.items, *self.outside_force)
            if i.calendar_entry is not None and i.due_by is None
        )
        return tuple(dict.fromkeys(missing))

    def render(self, lang: str = "en") -> str:
        """The agenda as lines of text (zh or en)."""
        zh = lang == "zh"
        lines = [f"{self.subject} {self.on}"]
        lines += [f"- {i.render(lang)}" for i in self.items]
        if self.outside_force:
            lines.append(
                f"{self.end_of_force}起不在本办法有效期内(第二十四条):"
                if zh
                else f"Outside the Measures' force from {self.end_of_force} (Art. 24):"
            )
            lines += [f"- {i.render(lang)}" for i in self.outside_force]
        return "\n".join(lines)


def _in_year(year: int, month_day: tuple[int, int] | None) -> date | None:
    return None if month_day is None else date(year, *month_day)


def _after(day: date, days: int | None) -> date | None:
    return None if days is None else day + timedelta(days=days)


#: The steps of the agenda: code, zh, en.
_STEPS = {
    code: Label(code, zh, en)
    for code, zh, en in (
        ("annual_work_plan", "报送年度工作计划", "report the annual work plan"),
        ("subsidy_advance", "预拨运营经费补贴", "advance the operating subsidy"),
        (
            "annual_assessment",
            "年度计划目标完成情况考核验收",
            "annual assessment of the plan's targets",
        ),
        (
            "subsidy_settlement",
            "结算上年度运营经费补贴并检查资金使用情况",
            "settle last year's operating subsidy and inspect the use of funds",
        ),
        ("round_appraisal", "建设期满绩效评估", "performance appraisal after expiry"),
        ("annual_plan", "报送年度计划", "report the annual plan"),
        (
            "cultivation_acceptance",
            "培育周期届满考核验收",
            "assessment and acceptance check of the cultivation cycle",
        ),
        ("mid_term_evaluation", "中期绩效评价", "mid-term performance evaluation"),
        ("final_acceptance", "期末考核验收", "end-of-period assessment and acceptance check"),
    )
}
_PLAN, _ADVANCE, _ASSESSMENT, _SETTLEMENT = (
    _STEPS[c]
    for c in ("annual_work_plan", "subsidy_advance", "annual_assessment", "subsidy_settlement")
)
_APPRAISAL, _CONSORTIUM_PLAN, _ACCEPTANCE = (
    _STEPS[c] for c in ("round_appraisal", "annual_plan", "cultivation_acceptance")
)
_MID_TERM, _FINAL = _STEPS["mid_term_evaluation"], _STEPS["final_acceptance"]


def _expiry(
    what: Label, article: Citation, event: str, period: Period, cal: OfficeCalendar
) -> AgendaItem:
    return AgendaItem(
        what,
        (article,),
        event,
        None,
        period.end,
        _after(period.end, cal.after_expiry_days),
        "after_expiry_days",
    )


def _complex_items(c: Complex, year: int, cal: OfficeCalendar) -> Iterator[AgendaItem]:
    period = c.round
    if period is None or c.state not in (
        ComplexState.UNDER_CONSTRUCTION,
        ComplexState.UNITS_REVOKED,
    ):
        return
    years = set(period.years())
    start_by = _in_year(year, cal.year_start_by)
    if year in years:
        if c.state is ComplexState.UNDER_CONSTRUCTION and year not in c.facts.planned_years:
            yield AgendaItem(
                _PLAN, (ART_8,), "annual_work_plan", year, None, start_by, "year_start_by"
            )
        yield AgendaItem(_ADVANCE, (ART_10,), None, year, None, start_by, "year_start_by")
    last = year - 1
    if last in years:
        assessed = {y for y, _ in c.annual_results()}
        if last in c.facts.planned_years and last not in assessed:
            yield AgendaItem(
                _ASSESSMENT,
                (ART_8,),
                "annual_assessment",
                last,
                date(year, 1, 1),
                _in_year(year, cal.annual_assessment_by),
                "annual_assessment_by",
                "year_ended",
            )
        yield AgendaItem(
            _SETTLEMENT, (ART_10, ART_11), None, last, date(year, 1, 1), date(year, 12, 31)
        )
    yield _expiry(_APPRAISAL, ART_9, "round_appraisal", period, cal)


def _consortium_items(c: Consortium, year: int, cal: OfficeCalendar) -> Iterator[AgendaItem]:
    period = c.cultivation_period
    if period is None or c.state is not ConsortiumState.IN_CULTIVATION:
        return
    if year in set(period.years()) and year not in c.facts.planned_years:
        start_by = _in_year(year, cal.year_start_by)
        yield AgendaItem(
            _CONSORTIUM_PLAN, (ART_15,), "annual_plan", year, None, start_by, "year_start_by"
        )
    yield _expiry(_ACCEPTANCE, ART_15, "cultivation_acceptance", period, cal)


def _center_items(c: InnovationCenter, cal: OfficeCalendar) -> Iterator[AgendaItem]:
    period, mid_term = c.round, c.mid_term_from
    if period is None or mid_term is None or c.state is not CenterState.UNDER_CONSTRUCTION:
        return
    if c.facts.mid_term_on is None:
        due_by = _after(mid_term, cal.mid_term_days)
        yield AgendaItem(
            _MID_TERM, (ART_21,), "mid_term_evaluation", None, mid_term, due_by, "mid_term_days"
        )
    yield _expiry(_FINAL, ART_21, "final_acceptance", period, cal)


def agenda(
    entity: Entity[Any, Any],
    on: date,
    *,
    calendar: OfficeCalendar | None = None,
    measures: Measures = MEASURES,
) -> Agenda:
    """What is due for ``entity`` in the calendar year of ``on``, and the milestones ahead.

    Args:
        entity: a Complex, Consortium or Innovation Center, as it stands (use
            :meth:`~cixi_innovation.lifecycles.engine.Entity.as_of` for an earlier day).
        on: the day asked about.
        calendar: the caller's dates for what the Measures leave open; without it
            those items carry no deadline and are named in :attr:`Agenda.open_dates`.
        measures: the Measures, whose period of force (Art. 24) sets what falls outside.

    Raises:
        InvalidDateError: ``on`` is not a date.
        InputError: ``entity`` is not one of the three platforms.
    """
    day = to_date(on, field="on")
    cal = OfficeCalendar() if calendar is None else calendar
    items: Iterator[AgendaItem]
    if isinstance(entity, Complex):
        items = _complex_items(entity, day.year, cal)
    elif isinstance(entity, Consortium):
        items = _consortium_items(entity, day.year, cal)
    elif isinstance(entity, InnovationCenter):
        items = _center_items(entity, cal)
    else:
        raise not_a(
            "a Complex, Consortium or Innovation Center",
            zh="综合体、联合体或创新中心",
            value=entity,
            field="entity",
        )
    end = measures.end_exclusive

    def first_day(item: AgendaItem) -> date:
        return item.due_from or date(item.year or day.year, 1, 1)

    # by first day; items of the same day keep the order of the Measures' articles
    ordered = sorted(items, key=first_day)
    return Agenda(
        entity.id,
        day,
        tuple(i for i in ordered if first_day(i) < end),
        tuple(i for i in ordered if first_day(i) >= end),
        end,
    )
