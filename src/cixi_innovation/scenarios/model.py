"""Multi-year portfolio scenarios: the platforms, their yearly facts and the open inputs.

A :class:`Scenario` describes a portfolio of Complexes (:class:`ComplexSpec`), Consortia
(:class:`ConsortiumSpec`) and Innovation Centers (:class:`CenterSpec`) over a horizon of
calendar years (2025-2029 by default, the years in which the Measures are in force,
Art. 24), together with everything the Measures leave to the caller:

* :class:`Inputs` -- the values the Measures do not give (the Art. 10 advance and the
  link of the settlement to the annual check, the Art. 16 schedule, the Art. 20
  matching ratio, the Art. 22 scoring thresholds) and the named readings of the rules
  (carry-over, remuneration base, Art. 16 count, Art. 23 matching).  Each is None by
  default; a simulation that needs one for some platform raises
  :class:`~cixi_innovation.values.errors.MissingInputError` citing the article, and only then.
* :class:`Calendar` -- *the scenario's calendar conventions*: on which day of the year
  the annual plans are reported, the advance is paid, the annual check is held, the
  settlement is made, and so on.  The Measures fix none of these days ("年初", "次年"
  are not dated, TN 8.4, TN 10.6); the defaults are conventions of the scenario, not
  policy, and every one of them can be changed.
* per platform and calendar year, explicit facts (:class:`ComplexYearFacts`,
  :class:`ConsortiumYearFacts`, :class:`CenterYearFacts`): assessment results, requests
  and spending, inspection findings, Art. 16 claims, higher-level subsidies received,
  overlapping candidates of other policies (Art. 23) ...
* :class:`Probabilities` -- exact fractions from which an outcome not given explicitly
  is drawn (with a seed) when the scenario is simulated.  Explicit facts always win;
  an outcome that is needed and given neither way is an error naming its path.

Every value is immutable, compares structurally and is validated when it is built.
Each has ``to_data()`` (plain JSON-ready data: money, fractions and dates as strings,
None left out) and ``from_data(data, path="")``, which reports *every* problem found as
a :class:`Problem` (a path such as ``platforms[2].years[2026].assessment`` and a
message) in one :class:`ScenarioError`; nothing is half-built, and unknown keys are
problems too:

>>> data = default_scenario().to_data()
>>> Scenario.from_data(data) == default_scenario()
True
>>> data["platforms"][2]["events"] = [{"kind": "level_recognition", "on": "2023-02-30", "level": "ningbo"}]
>>> data["platforms"][2]["years"]["2026"]["assesment"] = "qualified"
>>> Scenario.from_data(data)
Traceback (most recent call last):
...
cixi_innovation.scenarios.model.ScenarioError: 2 problems in the scenario:
  platforms[2].years[2026].assesment: unknown key; expected one of: assessment, higher_level_evaluation, appraisal, indicators, requested, spending, findings, carried_over, higher_level_in_year, overlaps
  platforms[2].events[0].on: '2023-02-30' is not a date (YYYY-MM-DD)

:func:`default_scenario` is an illustrative Cixi portfolio; its open inputs (advance,
settlement link, Art. 16 schedule, Art. 20 ratio) are assumptions of the scenario, not
values of the Measures, and its title and notes say so.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date
from decimal import Decimal
from fractions import Fraction
from typing import Any, ClassVar, Final, NoReturn, TypeVar

import attrs

from cixi_innovation.law.indicators import CoreIndicators, Indicator
from cixi_innovation.law.measures import (
    MEASURES,
    EffectiveDateReading,
    ForceCheck,
    Measures,
    PublicationBaseReading,
    ValidityReading,
)
from cixi_innovation.law.parameters import INFO as PARAMETER_INFO
from cixi_innovation.law.parameters import PARAMETERS, Parameters
from cixi_innovation.law.readings import READINGS, Readings
from cixi_innovation.lifecycles.center.events import HostUnit, InnovationVehicle, VehicleKind
from cixi_innovation.lifecycles.center.lifecycle import CENTER_LIFECYCLE
from cixi_innovation.lifecycles.complex.events import LeadingBody, LeadingBodyKind, Party
from cixi_innovation.lifecycles.complex.lifecycle import COMPLEX_LIFECYCLE
from cixi_innovation.lifecycles.engine import Lifecycle
from cixi_innovation.lifecycles.events import Event
from cixi_innovation.rules.consortium_support import (
    PolicySubsidySchedule,
    SubsidyCountReading,
    SubsidyTrigger,
    TriggerClaim,
    TriggerTerms,
)
from cixi_innovation.rules.evaluations import ThresholdScorer
from cixi_innovation.rules.overlap import MatchingReading as OverlapMatchingReading
from cixi_innovation.rules.overlap import PolicySource
from cixi_innovation.rules.subsidy import CarryOverReading
from cixi_innovation.rules.subsidy_expenses import Expense, ExpenseCategory, RemunerationBase
from cixi_innovation.rules.subsidy_inspection import InspectionFinding
from cixi_innovation.rules.subsidy_settlement import (
    SETTLEMENT_LINKS,
    AdvanceRule,
    NamedSettlementLink,
    ResultShares,
)
from cixi_innovation.values.dates import to_date
from cixi_innovation.values.errors import InputError
from cixi_innovation.values.money import ZERO, to_money, to_ratio
from cixi_innovation.values.vocabulary import (
    Applicant,
    AssessmentResult,
    LabelledEnum,
    Level,
    PerformanceGrade,
    PlatformKind,
)

__all__ = [
    "DEFAULT_SCENARIO_DATA",
    "SCENARIO_SCHEMA_VERSION",
    "Calendar",
    "CenterSpec",
    "CenterYearFacts",
    "ComplexSpec",
    "ComplexYearFacts",
    "ConsortiumSpec",
    "ConsortiumYearFacts",
    "Horizon",
    "Inputs",
    "MonthDay",
    "OtherSubsidy",
    "PlatformSpec",
    "PolicyClaim",
    "Probabilities",
    "Problem",
    "Scenario",
    "ScenarioError",
    "SettlementLinkInput",
    "YearFacts",
    "default_scenario",
]

#: Version of the plain-data form of a scenario; bumped on any incompatible change.
SCENARIO_SCHEMA_VERSION: Final = "1"

_E = TypeVar("_E", bound=LabelledEnum)
_T = TypeVar("_T")


# --- problems -------------------------------------------------------------------------


@attrs.frozen
class Problem:
    """One problem found in a scenario: where (a path) and what.

    Attributes:
        path: the path of the offending value, e.g. ``platforms[2].years[2026].assessment``.
        message: what is wrong, with the article where one applies.
    """

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


class ScenarioError(InputError):
    """A scenario (or part of one) is not valid; ``problems`` lists every problem found.

    >>> Horizon.from_data({"first": 2030, "last": "2029"})
    Traceback (most recent call last):
    ...
    cixi_innovation.scenarios.model.ScenarioError: last: '2029' is not a whole number
    """

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems: tuple[Problem, ...] = tuple(problems)
        if len(self.problems) == 1:
            only = self.problems[0]
            super().__init__(only.message, field=only.path or None)
        else:
            lines = [f"{len(self.problems)} problems in the scenario:"]
            lines += [f"  {p}" for p in self.problems]
            first = self.problems[0].path if self.problems else None
            super().__init__("\n".join(lines), field=None)
            self.field = first

    def __str__(self) -> str:
        if len(self.problems) == 1:
            return str(self.problems[0])
        return self.message

    def __reduce__(self) -> tuple[object, ...]:
        return (type(self), (self.problems,))


def _join(base: str, name: str) -> str:
    if not base:
        return name
    if name.startswith("["):
        return base + name
    return f"{base}.{name}"


def _describe(error: InputError) -> str:
    text = error.message
    if error.articles:
        text += " (" + ", ".join(f"{a.en} {a.zh}" for a in error.articles) + ")"
    return text


def _problem_of(error: InputError, base: str) -> list[Problem]:
    """Problems for ``error`` raised while building the value at ``base``."""
    if isinstance(error, ScenarioError):
        return [
            Problem(p.path if p.path.startswith(base) else _join(base, p.path), p.message)
            for p in error.problems
        ]
    field = error.field or ""
    last = field.rsplit(".", 1)[-1] if field else ""
    if not last or base.endswith((last, f".{last}")):
        return [Problem(base, _describe(error))]
    return [Problem(_join(base, last), _describe(error))]


def _raise(problems: Sequence[Problem]) -> None:
    if problems:
        raise ScenarioError(problems)


def _fail(problems: Sequence[Problem]) -> NoReturn:
    """Raise the problems of a reading that failed (it recorded at least one)."""
    raise ScenarioError(problems)


class _Reader:
    """Reads plain data into values, collecting every problem with its path."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []
        self.pool: dict[object, Any] = {}

    def shared(self, value: _T) -> _T:
        """``value``, or an equal value read before (immutable values are shared)."""
        found: _T = self.pool.setdefault(value, value)
        return found

    def fail(self, path: str, message: str) -> None:
        self.problems.append(Problem(path, message))

    def build(self, path: str, factory: Callable[..., _T], *args: Any, **kwargs: Any) -> _T | None:
        """Call ``factory(*args, **kwargs)``; record an input error as a problem at ``path``."""
        try:
            return factory(*args, **kwargs)
        except InputError as error:
            self.problems.extend(_problem_of(error, path))
            return None

    def mapping(
        self, value: object, path: str, allowed: Sequence[str], required: Sequence[str] = ()
    ) -> Mapping[str, Any] | None:
        if not isinstance(value, Mapping):
            self.fail(path, f"{value!r} is not a mapping")
            return None
        for key in value:
            if key not in allowed:
                self.fail(
                    _join(path, str(key)), f"unknown key; expected one of: {', '.join(allowed)}"
                )
        for key in required:
            if key not in value:
                self.fail(_join(path, key), "is missing")
        return value

    def text(self, data: Mapping[str, Any], key: str, path: str, *, default: str = "") -> str:
        value = data.get(key, default)
        if not isinstance(value, str):
            self.fail(_join(path, key), f"{value!r} is not a text")
            return default
        return value

    def name(self, data: Mapping[str, Any], key: str, path: str) -> str:
        value = self.text(data, key, path)
        if key in data and isinstance(data[key], str) and not value.strip():
            self.fail(_join(path, key), "is blank")
        return value

    def integer(self, data: Mapping[str, Any], key: str, path: str, default: int = 0) -> int:
        value = data.get(key, default)
        if isinstance(value, bool) or not isinstance(value, int):
            self.fail(_join(path, key), f"{value!r} is not a whole number")
            return default
        return value

    def boolean(self, data: Mapping[str, Any], key: str, path: str, default: bool) -> bool:
        value = data.get(key, default)
        if not isinstance(value, bool):
            self.fail(_join(path, key), f"{value!r} is not true or false")
            return default
        return value

    def day(self, data: Mapping[str, Any], key: str, path: str) -> date | None:
        if key not in data:
            return None
        return self.build(_join(path, key), _date, data[key], _join(path, key))

    def money(self, data: Mapping[str, Any], key: str, path: str) -> Decimal | None:
        if key not in data:
            return None
        where = _join(path, key)
        return self.build(where, _money, data[key], where)

    def ratio(self, data: Mapping[str, Any], key: str, path: str) -> Fraction | None:
        if key not in data:
            return None
        where = _join(path, key)
        return self.build(where, _probability_or_ratio, data[key], where, bound=False)

    def choice(self, cls: type[_E], data: Mapping[str, Any], key: str, path: str) -> _E | None:
        if key not in data:
            return None
        where = _join(path, key)
        return self.build(where, cls.parse, data[key], field=where)

    def items(self, data: Mapping[str, Any], key: str, path: str) -> list[tuple[str, Any]]:
        value = data.get(key, [])
        if not isinstance(value, list | tuple):
            self.fail(_join(path, key), f"{value!r} is not a list")
            return []
        return [(f"{_join(path, key)}[{i}]", v) for i, v in enumerate(value)]


def _date(value: object, field: str) -> date:
    if type(value) is date:
        return value
    return to_date(value, field=field)


def _money(value: object, field: str) -> Decimal:
    return to_money(value, field=field)


def _probability_or_ratio(value: object, field: str, *, bound: bool) -> Fraction:
    ratio = to_ratio(value, field=field)
    if bound and ratio > 1:
        raise InputError(f"{value!r} is more than 1; a probability is between 0 and 1", field=field)
    return ratio


def _fraction_text(value: Fraction) -> str:
    return str(value)


# --- horizon, calendar, probabilities ---------------------------------------------------


def _year(value: object, field: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise InputError(f"{value!r} is not a whole number", field=field)
    if not 1900 <= value <= 9999:
        raise InputError(f"{value} is not a calendar year", field=field)
    return value


@attrs.frozen
class Horizon:
    """The calendar years simulated, ``first`` to ``last`` inclusive.

    The default, 2025-2029, covers the years in which the Measures are in force
    (2024-12-25 to 2029-12-24 under the default readings of Art. 24).

    >>> Horizon().years
    (2025, 2026, 2027, 2028, 2029)
    """

    first: int = attrs.field(default=2025)
    last: int = attrs.field(default=2029)

    def __attrs_post_init__(self) -> None:
        _year(self.first, "first")
        _year(self.last, "last")
        if self.last < self.first:
            raise InputError(
                f"the horizon ends ({self.last}) before it starts ({self.first})", field="last"
            )

    @property
    def years(self) -> tuple[int, ...]:
        """The years, in order."""
        return tuple(range(self.first, self.last + 1))

    def __contains__(self, year: object) -> bool:
        return isinstance(year, int) and self.first <= year <= self.last

    def to_data(self) -> dict[str, int]:
        """``{"first": 2025, "last": 2029}``."""
        return {"first": self.first, "last": self.last}

    @classmethod
    def from_data(cls, data: object, path: str = "") -> Horizon:
        """Read a horizon; every problem is reported (:class:`ScenarioError`)."""
        r = _Reader()
        d = r.mapping(data, path, ("first", "last"))
        if d is not None:
            first = r.integer(d, "first", path, 2025)
            last = r.integer(d, "last", path, 2029)
            if not r.problems:
                built = r.build(path, cls, first, last)
                if built is not None:
                    return built
        _fail(r.problems)


_NON_LEAP = 2025


@attrs.frozen(order=True)
class MonthDay:
    """A day of the year (month, day) used by the scenario's calendar; 29 February is refused.

    >>> MonthDay.parse("01-20").in_year(2026)
    datetime.date(2026, 1, 20)
    """

    month: int
    day: int

    def __attrs_post_init__(self) -> None:
        try:
            date(_NON_LEAP, self.month, self.day)
        except (TypeError, ValueError):
            raise InputError(
                f"({self.month!r}, {self.day!r}) is not a day of every year (MM-DD)"
            ) from None

    @classmethod
    def parse(cls, value: object, *, field: str = "") -> MonthDay:
        """Read ``"MM-DD"`` (or a MonthDay)."""
        if isinstance(value, MonthDay):
            return value
        if isinstance(value, str) and len(value) == 5 and value[2] == "-":
            head, tail = value[:2], value[3:]
            if head.isdigit() and tail.isdigit():
                try:
                    return cls(int(head), int(tail))
                except InputError:
                    raise InputError(
                        f"{value!r} is not a day of every year (MM-DD)", field=field
                    ) from None
        raise InputError(f"{value!r} is not a day of the year (MM-DD)", field=field)

    def in_year(self, year: int) -> date:
        """This day in ``year``."""
        return date(year, self.month, self.day)

    def __str__(self) -> str:
        return f"{self.month:02}-{self.day:02}"


def _to_month_day(value: object) -> MonthDay:
    return MonthDay.parse(value, field="calendar")


def _delay(_: object, attribute: attrs.Attribute[int], value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 366:
        raise InputError(f"{value!r} is not a number of days from 0 to 366", field=attribute.name)


@attrs.frozen
class Calendar:
    """The scenario's calendar conventions: on which day each yearly step happens.

    The Measures date none of these steps: "年初" (beginning of the year, Art. 8, 10,
    15), "次年结算" (settled in the following year, Art. 10), the annual check (Art. 8),
    the inspection (Art. 11), the higher-level evaluations (Art. 8 ¶2) and the expiry
    checks (Art. 9, 15, 21) have no day in the text (TN 8.4, TN 10.6, open point 8).  The
    defaults below are **conventions of the scenario**, chosen to keep the steps in a
    sensible order; they are not policy and can be changed.

    Attributes:
        reassignment: new units are authorised and entrusted after a revocation, on this
            day of the following year (Art. 8 "另行授权委托").
        annual_plan: the annual (work) plan is reported (Art. 8, 15), or on the first day
            of a round that starts later in the year.
        advance: the year's operating subsidy is advanced (Art. 10 "每年年初预拨").
        settlement: the previous year's subsidy is settled, together with the fund-use
            inspection (Art. 10 "次年结算", Art. 11).
        policy_claims: Art. 16 claims without their own date are decided.
        matching: Art. 20 matching of the higher-level subsidy received in the year.
        annual_assessment: the Bureau's annual check of the year's plan (Art. 8 ¶1), held
            in the same year.
        higher_level_evaluation: the higher level's annual evaluation of the year (Art. 8 ¶2).
        after_expiry_days: days after the end of a round or cycle (or after the mid-term
            point of Art. 21) on which the appraisal, the acceptance check or the mid-term
            evaluation is held.
    """

    reassignment: MonthDay = attrs.field(default=MonthDay(1, 10), converter=_to_month_day)
    annual_plan: MonthDay = attrs.field(default=MonthDay(1, 15), converter=_to_month_day)
    advance: MonthDay = attrs.field(default=MonthDay(1, 20), converter=_to_month_day)
    settlement: MonthDay = attrs.field(default=MonthDay(3, 31), converter=_to_month_day)
    policy_claims: MonthDay = attrs.field(default=MonthDay(9, 30), converter=_to_month_day)
    matching: MonthDay = attrs.field(default=MonthDay(10, 31), converter=_to_month_day)
    annual_assessment: MonthDay = attrs.field(default=MonthDay(12, 10), converter=_to_month_day)
    higher_level_evaluation: MonthDay = attrs.field(
        default=MonthDay(12, 20), converter=_to_month_day
    )
    after_expiry_days: int = attrs.field(default=30, validator=_delay)

    def __attrs_post_init__(self) -> None:
        if not self.reassignment < self.annual_plan <= self.advance:
            raise InputError(
                f"the reassignment ({self.reassignment}) comes before the annual plan "
                f"({self.annual_plan}), which comes no later than the advance ({self.advance})",
                field="advance",
            )
        if not self.advance < self.settlement:
            raise InputError(
                f"the settlement ({self.settlement}) comes after the advance ({self.advance})",
                field="settlement",
            )
        if not self.annual_plan < self.annual_assessment:
            raise InputError(
                f"the annual assessment ({self.annual_assessment}) comes after the annual "
                f"plan ({self.annual_plan})",
                field="annual_assessment",
            )

    def to_data(self) -> dict[str, object]:
        """Days as ``"MM-DD"``, the delay as a number of days."""
        out: dict[str, object] = {}
        for a in attrs.fields(Calendar):
            value = getattr(self, a.name)
            out[a.name] = str(value) if isinstance(value, MonthDay) else value
        return out

    @classmethod
    def from_data(cls, data: object, path: str = "") -> Calendar:
        """Read the calendar; keys left out keep their default."""
        names = [a.name for a in attrs.fields(Calendar)]
        r = _Reader()
        d = r.mapping(data, path, names)
        kwargs: dict[str, Any] = {}
        if d is not None:
            for name in names[:-1]:
                if name in d:
                    where = _join(path, name)
                    value = r.build(where, MonthDay.parse, d[name], field=where)
                    if value is not None:
                        kwargs[name] = value
            if "after_expiry_days" in d:
                kwargs["after_expiry_days"] = r.integer(d, "after_expiry_days", path, 30)
        if not r.problems:
            built = r.build(path, cls, **kwargs)
            if built is not None:
                return built
        _fail(r.problems)


def _probability(value: object, field: str) -> Fraction | None:
    if value is None:
        return None
    return _probability_or_ratio(value, field, bound=True)


def _p_annual(value: object) -> Fraction | None:
    return _probability(value, "unqualified_annual_assessment")


def _p_higher_level(value: object) -> Fraction | None:
    return _probability(value, "poor_higher_level_evaluation")


def _p_appraisal(value: object) -> Fraction | None:
    return _probability(value, "poor_appraisal")


def _p_consortium(value: object) -> Fraction | None:
    return _probability(value, "unqualified_consortium_acceptance")


def _p_mid_term(value: object) -> Fraction | None:
    return _probability(value, "poor_mid_term")


def _p_center(value: object) -> Fraction | None:
    return _probability(value, "unqualified_center_acceptance")


_PROBABILITY_ARTICLES: Final = {
    "unqualified_annual_assessment": "Art. 8",
    "poor_higher_level_evaluation": "Art. 8 ¶2",
    "poor_appraisal": "Art. 9",
    "unqualified_consortium_acceptance": "Art. 15",
    "poor_mid_term": "Art. 21",
    "unqualified_center_acceptance": "Art. 21",
}


@attrs.frozen
class Probabilities:
    """Exact probabilities of the failing outcomes, for outcomes not given explicitly.

    Each is a :class:`~fractions.Fraction` from 0 to 1, or None (not given).  They are the
    scenario's assumptions, not values of the Measures.

    Attributes:
        unqualified_annual_assessment: a Complex's annual check is "unqualified" (Art. 8).
        poor_higher_level_evaluation: a higher-level annual evaluation of a Complex at
            Ningbo level or above is "poor" (Art. 8 ¶2).
        poor_appraisal: a Complex's end-of-round appraisal is "poor" (Art. 9).
        unqualified_consortium_acceptance: a Consortium's final acceptance is
            "unqualified" (Art. 15).
        poor_mid_term: an Innovation Center's mid-term evaluation is "poor" (Art. 21).
        unqualified_center_acceptance: an Innovation Center's end-of-period check is
            "unqualified" (Art. 21).
    """

    unqualified_annual_assessment: Fraction | None = attrs.field(default=None, converter=_p_annual)
    poor_higher_level_evaluation: Fraction | None = attrs.field(
        default=None, converter=_p_higher_level
    )
    poor_appraisal: Fraction | None = attrs.field(default=None, converter=_p_appraisal)
    unqualified_consortium_acceptance: Fraction | None = attrs.field(
        default=None, converter=_p_consortium
    )
    poor_mid_term: Fraction | None = attrs.field(default=None, converter=_p_mid_term)
    unqualified_center_acceptance: Fraction | None = attrs.field(default=None, converter=_p_center)

    def to_data(self) -> dict[str, str]:
        """The probabilities given, as ``"p/q"`` strings."""
        out: dict[str, str] = {}
        for a in attrs.fields(Probabilities):
            value = getattr(self, a.name)
            if value is not None:
                out[a.name] = _fraction_text(value)
        return out

    @classmethod
    def from_data(cls, data: object, path: str = "") -> Probabilities:
        """Read probabilities (``"1/10"``, ``"10%"``, ``"0.1"``); each at most 1."""
        names = list(_PROBABILITY_ARTICLES)
        r = _Reader()
        d = r.mapping(data, path, names)
        kwargs: dict[str, Fraction] = {}
        if d is not None:
            for name in names:
                if name in d:
                    where = _join(path, name)
                    value = r.build(
                        where,
                        _probability_or_ratio,
                        d[name],
                        where,
                        bound=True,
                    )
                    if value is not None:
                        kwargs[name] = value
        if not r.problems:
            return cls(**kwargs)
        _fail(r.problems)

    def merged(self, fallback: Probabilities | None) -> Probabilities:
        """These probabilities, with ``fallback``'s where these give none."""
        if fallback is None:
            return self
        return Probabilities(
            **{
                a.name: getattr(self, a.name)
                if getattr(self, a.name) is not None
                else getattr(fallback, a.name)
                for a in attrs.fields(Probabilities)
            }
        )


# --- inputs -------------------------------------------------------------------------------

#: A settlement link the scenario can hold: a named link or shares per result (Art. 10).
SettlementLinkInput = NamedSettlementLink | ResultShares


def _advance_data(rule: AdvanceRule) -> dict[str, str]:
    if rule.share is not None:
        return {"share": _fraction_text(rule.share)}
    return {"fixed": str(rule.fixed)}


def _terms_data(terms: TriggerTerms) -> dict[str, str]:
    out: dict[str, str] = {}
    if terms.amount is not None:
        out["amount"] = str(terms.amount)
    if terms.rate is not None:
        out["rate"] = _fraction_text(terms.rate)
    if terms.cap is not None:
        out["cap"] = str(terms.cap)
    return out


_NONE_THRESHOLD: Final = "none"


def _check_inputs_types(inputs: Inputs) -> None:
    checks: tuple[tuple[str, object, tuple[type, ...]], ...] = (
        ("advance", inputs.advance, (AdvanceRule,)),
        ("settlement_link", inputs.settlement_link, (NamedSettlementLink, ResultShares)),
        ("policy_subsidy_schedule", inputs.policy_subsidy_schedule, (PolicySubsidySchedule,)),
        ("scorer", inputs.scorer, (ThresholdScorer,)),
    )
    for name, value, types in checks:
        if value is not None and not isinstance(value, types):
            raise InputError(
                f"{value!r} is not a {' or '.join(t.__name__ for t in types)}", field=name
            )
    link = inputs.settlement_link
    if isinstance(link, NamedSettlementLink) and SETTLEMENT_LINKS.get(link.label.code) is not link:
        raise InputError(
            f"{link.label.code!r} is not one of the named settlement links "
            f"({', '.join(SETTLEMENT_LINKS)}); a scenario holds named links or ResultShares",
            field="settlement_link",
        )


def _optional_ratio(value: object) -> Fraction | None:
    return None if value is None else to_ratio(value, field="matching_ratio")


def _carry_over(value: object) -> CarryOverReading | None:
    return None if value is None else CarryOverReading.parse(value, field="carry_over")


def _remuneration_base(value: object) -> RemunerationBase | None:
    return None if value is None else RemunerationBase.parse(value, field="remuneration_base")


def _subsidy_count(value: object) -> SubsidyCountReading | None:
    return None if value is None else SubsidyCountReading.parse(value, field="subsidy_count")


def _overlap_matching(value: object) -> OverlapMatchingReading | None:
    if value is None:
        return None
    return OverlapMatchingReading.parse(value, field="overlap_matching")


@attrs.frozen
class Inputs:
    """The values and readings the Measures leave open, as the scenario gives them.

    Every field is None by default.  A value left None is asked for (with
    :class:`~cixi_innovation.values.errors.MissingInputError` citing its article) only when a
    platform of the scenario needs it; a reading left None takes the rule's default
    reading.

    Attributes:
        advance: how much of the year's subsidy is advanced (Art. 10, TN 10.6).
        settlement_link: how the settlement is linked to the annual check (Art. 10).
        policy_subsidy_schedule: the amounts of the Art. 16 policy subsidy (TN 16.1).
        matching_ratio: the proportion of Cixi matching funds (Art. 20, TN 20.1).
        scorer: the Bureau's thresholds for scoring an appraisal on the core
            indicators (Art. 22), used when a year gives indicators and no grade.
        carry_over: the reading of the carry-over exception of Art. 10 (TN 10.3).
        remuneration_base: the base of the one-third limit (Art. 10, TN 10.5).
        subsidy_count: one Art. 16 subsidy per trigger or per claim (TN 16.2).
        overlap_matching: whether Art. 20 matching counts as an overlap (Art. 23, TN 23.1).
    """

    advance: AdvanceRule | None = None
    settlement_link: SettlementLinkInput | None = None
    policy_subsidy_schedule: PolicySubsidySchedule | None = None
    matching_ratio: Fraction | None = attrs.field(default=None, converter=_optional_ratio)
    scorer: ThresholdScorer | None = None
    carry_over: CarryOverReading | None = attrs.field(default=None, converter=_carry_over)
    remuneration_base: RemunerationBase | None = attrs.field(
        default=None, converter=_remuneration_base
    )
    subsidy_count: SubsidyCountReading | None = attrs.field(default=None, converter=_subsidy_count)
    overlap_matching: OverlapMatchingReading | None = attrs.field(
        default=None, converter=_overlap_matching
    )

    def __attrs_post_init__(self) -> None:
        _check_inputs_types(self)

    def to_data(self) -> dict[str, object]:
        """The inputs given, as plain data (None left out)."""
        out: dict[str, object] = {}
        if self.advance is not None:
            out["advance"] = _advance_data(self.advance)
        link = self.settlement_link
        if isinstance(link, NamedSettlementLink):
            out["settlement_link"] = link.label.code
        elif isinstance(link, ResultShares):
            out["settlement_link"] = {
                "qualified": _fraction_text(link.qualified),
                "unqualified": _fraction_text(link.unqualified),
            }
        if self.policy_subsidy_schedule is not None:
            schedule: dict[str, object] = {}
            for trigger in SubsidyTrigger:
                terms = getattr(self.policy_subsidy_schedule, trigger.code)
                if terms is not None:
                    schedule[trigger.code] = _terms_data(terms)
            out["policy_subsidy_schedule"] = schedule
        if self.matching_ratio is not None:
            out["matching_ratio"] = _fraction_text(self.matching_ratio)
        if self.scorer is not None:
            out["scorer"] = {
                "minimum_completion": {
                    i.code: _NONE_THRESHOLD if m is None else _fraction_text(m)
                    for i, m in self.scorer.minimum_completion
                }
            }
        for name in ("carry_over", "remuneration_base", "subsidy_count", "overlap_matching"):
            value = getattr(self, name)
            if value is not None:
                out[name] = value.code
        return out

    @classmethod
    def from_data(cls, data: object, path: str = "") -> Inputs:
        """Read the inputs; every problem is reported (:class:`ScenarioError`)."""
        names = [a.name for a in attrs.fields(Inputs)]
        r = _Reader()
        d = r.mapping(data, path, names)
        kwargs: dict[str, Any] = {}
        if d is not None:
            if "advance" in d:
                kwargs["advance"] = _read_advance(r, d["advance"], _join(path, "advance"))
            if "settlement_link" in d:
                kwargs["settlement_link"] = _read_link(
                    r, d["settlement_link"], _join(path, "settlement_link")
                )
            if "policy_subsidy_schedule" in d:
                kwargs["policy_subsidy_schedule"] = _read_schedule(
                    r, d["policy_subsidy_schedule"], _join(path, "policy_subsidy_schedule")
                )
            kwargs["matching_ratio"] = r.ratio(d, "matching_ratio", path)
            if "scorer" in d:
                kwargs["scorer"] = _read_scorer(r, d["scorer"], _join(path, "scorer"))
            kwargs["carry_over"] = r.choice(CarryOverReading, d, "carry_over", path)
            kwargs["remuneration_base"] = r.choice(RemunerationBase, d, "remuneration_base", path)
            kwargs["subsidy_count"] = r.choice(SubsidyCountReading, d, "subsidy_count", path)
            kwargs["overlap_matching"] = r.choice(
                OverlapMatchingReading, d, "overlap_matching", path
            )
        if not r.problems:
            # every value was read and checked above, of the type Inputs checks
            return cls(**kwargs)
        _fail(r.problems)


def _read_advance(r: _Reader, value: object, path: str) -> AdvanceRule | None:
    d = r.mapping(value, path, ("fixed", "share"))
    if d is None:
        return None
    return r.build(path, AdvanceRule, fixed=d.get("fixed"), share=d.get("share"))


def _read_link(r: _Reader, value: object, path: str) -> SettlementLinkInput | None:
    if isinstance(value, str):
        link = SETTLEMENT_LINKS.get(value)
        if link is None:
            r.fail(
                path,
                f"{value!r} is not a named settlement link; choose one of: "
                f"{', '.join(SETTLEMENT_LINKS)}, or give {{qualified, unqualified}} shares "
                "(Art. 10 第十条)",
            )
        return link
    d = r.mapping(value, path, ("qualified", "unqualified"), ("qualified", "unqualified"))
    if d is None or "qualified" not in d or "unqualified" not in d:
        return None
    return r.build(path, ResultShares, d["qualified"], d["unqualified"])


def _read_schedule(r: _Reader, value: object, path: str) -> PolicySubsidySchedule | None:
    codes = [t.code for t in SubsidyTrigger]
    d = r.mapping(value, path, codes)
    if d is None:
        return None
    kwargs: dict[str, TriggerTerms | None] = {}
    for code in codes:
        if code not in d:
            continue
        where = _join(path, code)
        terms = r.mapping(d[code], where, ("amount", "rate", "cap"))
        if terms is None:
            continue
        kwargs[code] = r.build(
            where, TriggerTerms, terms.get("amount"), terms.get("rate"), terms.get("cap")
        )
    if r.problems:
        return None
    return PolicySubsidySchedule(**kwargs)


def _read_scorer(r: _Reader, value: object, path: str) -> ThresholdScorer | None:
    d = r.mapping(value, path, ("minimum_completion",), ("minimum_completion",))
    if d is None or "minimum_completion" not in d:
        return None
    where = _join(path, "minimum_completion")
    codes = [i.code for i in Indicator]
    m = r.mapping(d["minimum_completion"], where, codes, codes)
    if m is None:
        return None
    thresholds: dict[Indicator | str, Fraction | None] = {}
    for indicator in Indicator:
        if indicator.code not in m:
            continue
        raw = m[indicator.code]
        if raw == _NONE_THRESHOLD:
            thresholds[indicator] = None
        else:
            thresholds[indicator] = r.build(
                _join(where, indicator.code),
                to_ratio,
                raw,
                field=_join(where, indicator.code),
            )
    if r.problems:
        return None
    return r.build(path, ThresholdScorer, thresholds)


# --- facts shared by the platforms ---------------------------------------------------------


def _other_source(value: object) -> PolicySource:
    source = PolicySource.parse(value, field="source")
    if source is PolicySource.THESE_MEASURES:
        raise InputError(
            "an overlapping candidate comes from another policy (a Cixi municipal-level or a "
            "higher-level one); the candidate under these Measures is computed",
            field="source",
        )
    return source


def _nonblank(_: object, attribute: attrs.Attribute[str], value: object) -> None:
    if not isinstance(value, str) or not value.strip():
        raise InputError(f"{value!r} is blank or not a text", field=attribute.name)


def _positive_money(value: object) -> Decimal:
    return to_money(value, field="amount")


@attrs.frozen
class OtherSubsidy:
    """A subsidy another policy would grant for the same item (Art. 23 "就高不重复").

    Attributes:
        source: another Cixi municipal-level policy, or a higher-level subsidy policy.
        policy: the policy's name.
        amount: what that policy would grant for the item, in yuan.
    """

    source: PolicySource = attrs.field(converter=_other_source)
    policy: str = attrs.field(validator=_nonblank)
    amount: Decimal = attrs.field(converter=_positive_money)

    def to_data(self) -> dict[str, str]:
        """``{"source", "policy", "amount"}``."""
        return {"source": self.source.code, "policy": self.policy, "amount": str(self.amount)}

    @classmethod
    def from_data(cls, data: object, path: str = "") -> OtherSubsidy:
        """Read one candidate of another policy."""
        return _read_one(_read_other, data, path)


def _read_other(r: _Reader, value: object, path: str) -> OtherSubsidy | None:
    keys = ("source", "policy", "amount")
    d = r.mapping(value, path, keys, keys)
    if d is None or any(k not in d for k in keys):
        return None
    source = r.build(_join(path, "source"), _other_source, d["source"])
    policy = r.name(d, "policy", path)
    amount = r.money(d, "amount", path)
    if source is None or amount is None or not policy.strip():
        return None
    return OtherSubsidy(source, policy, amount)


def _read_others(r: _Reader, d: Mapping[str, Any], path: str) -> tuple[OtherSubsidy, ...]:
    out = [_read_other(r, v, where) for where, v in r.items(d, "overlaps", path)]
    return tuple(o for o in out if o is not None)


def _checked_tuple(value: object, cls: type[_T] | tuple[type, ...], field: str) -> tuple[_T, ...]:
    if not isinstance(value, list | tuple):
        raise InputError(f"{value!r} is not a list", field=field)
    for index, item in enumerate(value):
        if not isinstance(item, cls):
            name = cls.__name__ if isinstance(cls, type) else " or ".join(c.__name__ for c in cls)
            raise InputError(f"{item!r} is not a {name}", field=f"{field}[{index}]")
    return tuple(value)


def _spending_or_none(value: object) -> tuple[Expense, ...] | None:
    if value is None:
        return None
    return _checked_tuple(value, Expense, "spending")


def _findings(value: object) -> tuple[InspectionFinding, ...]:
    return _checked_tuple(value, InspectionFinding, "findings")


def _overlaps(value: object) -> tuple[OtherSubsidy, ...]:
    return _checked_tuple(value, OtherSubsidy, "overlaps")


def _trigger_claims(value: object) -> tuple[TriggerClaim, ...]:
    return _checked_tuple(value, TriggerClaim, "triggers")


def _policy_claims(value: object) -> tuple[PolicyClaim, ...]:
    return _checked_tuple(value, PolicyClaim, "claims")


def _year_validator(_: object, attribute: attrs.Attribute[int], value: object) -> None:
    _year(value, attribute.name)


def _optional_result(value: object) -> AssessmentResult | None:
    return None if value is None else AssessmentResult.parse(value, field="result")


def _optional_grade(value: object) -> PerformanceGrade | None:
    return None if value is None else PerformanceGrade.parse(value, field="grade")


def _optional_money(value: object) -> Decimal | None:
    return None if value is None else to_money(value, field="amount")


def _money_default_zero(value: object) -> Decimal:
    return to_money(value, field="amount")


def _optional_indicators(value: object) -> CoreIndicators | None:
    if value is None or isinstance(value, CoreIndicators):
        return value
    raise InputError(f"{value!r} is not CoreIndicators", field="indicators")


def _expense_data(expense: Expense) -> dict[str, object]:
    out: dict[str, object] = {"amount": str(expense.amount)}
    if expense.category is not None:
        out["category"] = expense.category.code
    if expense.description:
        out["description"] = expense.description
    if expense.full_time_daily_staff is not None:
        out["full_time_daily_staff"] = expense.full_time_daily_staff
    return out


def _read_expenses(r: _Reader, value: object, path: str) -> tuple[Expense, ...] | None:
    if not isinstance(value, list | tuple):
        r.fail(path, f"{value!r} is not a list")
        return None
    out: list[Expense] = []
    keys = ("amount", "category", "description", "full_time_daily_staff")
    for index, item in enumerate(value):
        where = f"{path}[{index}]"
        d = r.mapping(item, where, keys, ("amount",))
        if d is None or "amount" not in d:
            continue
        before = len(r.problems)
        amount = r.money(d, "amount", where)
        category = r.choice(ExpenseCategory, d, "category", where)
        description = r.text(d, "description", where)
        staff = d.get("full_time_daily_staff")
        if staff is not None and not isinstance(staff, bool):
            r.fail(_join(where, "full_time_daily_staff"), f"{staff!r} is not true or false")
        if len(r.problems) > before:
            continue
        built = r.build(where, Expense, amount, category, description, staff)
        if built is not None:
            out.append(built)
    return tuple(out)


def _read_findings(r: _Reader, d: Mapping[str, Any], path: str) -> tuple[InspectionFinding, ...]:
    out: list[InspectionFinding] = []
    for where, item in r.items(d, "findings", path):
        f = r.mapping(item, where, ("item", "amount", "note"), ("item", "amount"))
        if f is None or "item" not in f or "amount" not in f:
            continue
        before = len(r.problems)
        text = r.name(f, "item", where)
        amount = r.money(f, "amount", where)
        note = r.text(f, "note", where)
        if len(r.problems) > before:
            continue
        # the item is not blank and the amount is money: r.name and r.money checked them
        out.append(InspectionFinding(text, amount, note))
    return tuple(out)


def _indicators_data(value: CoreIndicators) -> dict[str, object]:
    return dict(value.to_dict())


def _read_indicators(r: _Reader, value: object, path: str) -> CoreIndicators | None:
    codes = [i.code for i in Indicator]
    d = r.mapping(value, path, codes, codes)
    if d is None or any(c not in d for c in codes):
        return None
    return r.build(path, CoreIndicators.from_dict, dict(d))


# --- yearly facts ----------------------------------------------------------------------------


@attrs.frozen
class ComplexYearFacts:
    """What is given for one Complex in one calendar year (Art. 8-11, 23).

    Every field is optional; an outcome left None is drawn from the probabilities when
    it is needed, or is an error if none is given.

    Attributes:
        year: the calendar year.
        assessment: the result of the Bureau's annual check of the year (Art. 8 ¶1).
        higher_level_evaluation: the higher level's annual evaluation of the year, for a
            Complex at Ningbo level or above (Art. 8 ¶2).
        appraisal: the grade of the end-of-round appraisal held in the year (Art. 9 ¶1).
        indicators: the core indicators at the end of the round (Art. 9); scored with
            the scenario's scorer against the plan's commitments when no grade is given.
        requested: the operating subsidy requested for the year (Art. 10); the spec's
            ``requested_subsidy`` when None.
        spending: the year's spending by expense category (Art. 10); the spec's
            ``spending`` when None.
        findings: the fund-use inspection's findings on the year's spending (Art. 11).
        carried_over: higher-level funds carried over into the year (Art. 10, TN 10.3).
        higher_level_in_year: higher-level funds received in the year (Art. 10, TN 10.3).
        overlaps: other policies' subsidies for the year's operating costs (Art. 23).
    """

    year: int = attrs.field(validator=_year_validator)
    assessment: AssessmentResult | None = attrs.field(default=None, converter=_optional_result)
    higher_level_evaluation: PerformanceGrade | None = attrs.field(
        default=None, converter=_optional_grade
    )
    appraisal: PerformanceGrade | None = attrs.field(default=None, converter=_optional_grade)
    indicators: CoreIndicators | None = attrs.field(default=None, converter=_optional_indicators)
    requested: Decimal | None = attrs.field(default=None, converter=_optional_money)
    spending: tuple[Expense, ...] | None = attrs.field(default=None, converter=_spending_or_none)
    findings: tuple[InspectionFinding, ...] = attrs.field(default=(), converter=_findings)
    carried_over: Decimal = attrs.field(default=ZERO, converter=_money_default_zero)
    higher_level_in_year: Decimal = attrs.field(default=ZERO, converter=_money_default_zero)
    overlaps: tuple[OtherSubsidy, ...] = attrs.field(default=(), converter=_overlaps)

    KEYS: ClassVar[tuple[str, ...]] = (
        "assessment",
        "higher_level_evaluation",
        "appraisal",
        "indicators",
        "requested",
        "spending",
        "findings",
        "carried_over",
        "higher_level_in_year",
        "overlaps",
    )

    def to_data(self) -> dict[str, object]:
        """The facts given, as plain data (the year is the key of the enclosing mapping)."""
        out: dict[str, object] = {}
        for name in ("assessment", "higher_level_evaluation", "appraisal"):
            value = getattr(self, name)
            if value is not None:
                out[name] = value.code
        if self.indicators is not None:
            out["indicators"] = _indicators_data(self.indicators)
        if self.requested is not None:
            out["requested"] = str(self.requested)
        if self.spending is not None:
            out["spending"] = [_expense_data(e) for e in self.spending]
        if self.findings:
            out["findings"] = [
                {"item": f.item, "amount": str(f.amount), **({"note": f.note} if f.note else {})}
                for f in self.findings
            ]
        if self.carried_over:
            out["carried_over"] = str(self.carried_over)
        if self.higher_level_in_year:
            out["higher_level_in_year"] = str(self.higher_level_in_year)
        if self.overlaps:
            out["overlaps"] = [o.to_data() for o in self.overlaps]
        return out

    @classmethod
    def from_data(cls, data: object, path: str = "", *, year: int = 0) -> ComplexYearFacts:
        """Read one year's facts (``year`` is given by the enclosing mapping's key)."""
        return _read_one(_read_complex_year, data, path, year)


def _read_complex_year(r: _Reader, data: object, path: str, year: int) -> ComplexYearFacts | None:
    before = len(r.problems)
    d = r.mapping(data, path, ComplexYearFacts.KEYS)
    if d is None:
        return None
    kwargs: dict[str, Any] = {
        "assessment": r.choice(AssessmentResult, d, "assessment", path),
        "higher_level_evaluation": r.choice(PerformanceGrade, d, "higher_level_evaluation", path),
        "appraisal": r.choice(PerformanceGrade, d, "appraisal", path),
        "requested": r.money(d, "requested", path),
        "findings": _read_findings(r, d, path),
        "carried_over": r.money(d, "carried_over", path) or ZERO,
        "higher_level_in_year": r.money(d, "higher_level_in_year", path) or ZERO,
        "overlaps": _read_others(r, d, path),
    }
    if "indicators" in d:
        kwargs["indicators"] = _read_indicators(r, d["indicators"], _join(path, "indicators"))
    if "spending" in d:
        kwargs["spending"] = _read_expenses(r, d["spending"], _join(path, "spending"))
    if len(r.problems) > before:
        return None
    return r.build(path, ComplexYearFacts, year, **kwargs)


def _trigger_claim_data(claim: TriggerClaim) -> dict[str, str]:
    out = {"trigger": claim.trigger.code}
    if claim.eligible_cost is not None:
        out["eligible_cost"] = str(claim.eligible_cost)
    if claim.description:
        out["description"] = claim.description
    return out


def _optional_day(value: object) -> date | None:
    return None if value is None else _date(value, "on")


@attrs.frozen
class PolicyClaim:
    """A claim of the chain-leader enterprise for the Art. 16 policy subsidy.

    Attributes:
        triggers: the triggers claimed, each with its eligible cost where needed.
        on: the claim's date; the calendar's ``policy_claims`` day of the year when None.
        by_chain_leader: whether the claimant is the chain-leader enterprise (Art. 16).
        overlaps: other policies' subsidies for the same item (Art. 23).
    """

    triggers: tuple[TriggerClaim, ...] = attrs.field(converter=_trigger_claims)
    on: date | None = attrs.field(default=None, converter=_optional_day)
    by_chain_leader: bool = True
    overlaps: tuple[OtherSubsidy, ...] = attrs.field(default=(), converter=_overlaps)

    def __attrs_post_init__(self) -> None:
        if not self.triggers:
            raise InputError("a claim names at least one trigger (Art. 16)", field="triggers")
        if not isinstance(self.by_chain_leader, bool):
            raise InputError(
                f"{self.by_chain_leader!r} is not true or false", field="by_chain_leader"
            )

    def to_data(self) -> dict[str, object]:
        """The claim as plain data."""
        out: dict[str, object] = {"triggers": [_trigger_claim_data(t) for t in self.triggers]}
        if self.on is not None:
            out["on"] = self.on.isoformat()
        if not self.by_chain_leader:
            out["by_chain_leader"] = False
        if self.overlaps:
            out["overlaps"] = [o.to_data() for o in self.overlaps]
        return out

    @classmethod
    def from_data(cls, data: object, path: str = "") -> PolicyClaim:
        """Read one claim; every problem is reported (:class:`ScenarioError`)."""
        return _read_one(_read_claim, data, path)


def _read_claim(r: _Reader, item: object, where: str) -> PolicyClaim | None:
    before = len(r.problems)
    c = r.mapping(item, where, ("triggers", "on", "by_chain_leader", "overlaps"), ("triggers",))
    if c is None or "triggers" not in c:
        return None
    triggers: list[TriggerClaim] = []
    for twhere, t in r.items(c, "triggers", where):
        tm = r.mapping(t, twhere, ("trigger", "eligible_cost", "description"), ("trigger",))
        if tm is None or "trigger" not in tm:
            continue
        trigger = r.choice(SubsidyTrigger, tm, "trigger", twhere)
        cost = r.money(tm, "eligible_cost", twhere)
        text = r.text(tm, "description", twhere)
        if trigger is not None:
            triggers.append(TriggerClaim(trigger, cost, text))
    on = r.day(c, "on", where)
    by_leader = r.boolean(c, "by_chain_leader", where, True)
    overlaps = _read_others(r, c, where)
    if len(r.problems) > before:
        return None
    return r.build(where, PolicyClaim, tuple(triggers), on, by_leader, overlaps)


def _read_claims(r: _Reader, d: Mapping[str, Any], path: str) -> tuple[PolicyClaim, ...]:
    out = [_read_claim(r, item, where) for where, item in r.items(d, "claims", path)]
    return tuple(c for c in out if c is not None)


def _read_one(read: Callable[..., _T | None], data: object, path: str, *args: Any) -> _T:
    """Read one value with ``read``; every problem found is raised in one ScenarioError."""
    r = _Reader()
    built = read(r, data, path, *args)
    _raise(r.problems)
    assert built is not None  # a reader returns None only with a problem recorded
    return built


@attrs.frozen
class ConsortiumYearFacts:
    """What is given for one Consortium in one calendar year (Art. 15-16, 23).

    Attributes:
        year: the calendar year.
        acceptance: the result of the final acceptance held in the year (Art. 15).
        claims: the Art. 16 claims of the year.
    """

    year: int = attrs.field(validator=_year_validator)
    acceptance: AssessmentResult | None = attrs.field(default=None, converter=_optional_result)
    claims: tuple[PolicyClaim, ...] = attrs.field(default=(), converter=_policy_claims)

    KEYS: ClassVar[tuple[str, ...]] = ("acceptance", "claims")

    def to_data(self) -> dict[str, object]:
        """The facts given, as plain data."""
        out: dict[str, object] = {}
        if self.acceptance is not None:
            out["acceptance"] = self.acceptance.code
        if self.claims:
            out["claims"] = [c.to_data() for c in self.claims]
        return out

    @classmethod
    def from_data(cls, data: object, path: str = "", *, year: int = 0) -> ConsortiumYearFacts:
        """Read one year's facts (``year`` is given by the enclosing mapping's key)."""
        return _read_one(_read_consortium_year, data, path, year)


def _read_consortium_year(
    r: _Reader, data: object, path: str, year: int
) -> ConsortiumYearFacts | None:
    before = len(r.problems)
    d = r.mapping(data, path, ConsortiumYearFacts.KEYS)
    if d is None:
        return None
    acceptance = r.choice(AssessmentResult, d, "acceptance", path)
    claims = _read_claims(r, d, path)
    if len(r.problems) > before:
        return None
    return r.build(path, ConsortiumYearFacts, year, acceptance, claims)


@attrs.frozen
class CenterYearFacts:
    """What is given for one Innovation Center in one calendar year (Art. 20-21, 23).

    Attributes:
        year: the calendar year.
        mid_term: the grade of the mid-term evaluation held in the year (Art. 21).
        final_acceptance: the result of the end-of-period check held in the year (Art. 21).
        higher_level_subsidy: the higher-level fiscal subsidy received in the year, the
            base of the Cixi matching (Art. 20 ¶1).
        overlaps: other policies' subsidies for the same item as the matching (Art. 23).
    """

    year: int = attrs.field(validator=_year_validator)
    mid_term: PerformanceGrade | None = attrs.field(default=None, converter=_optional_grade)
    final_acceptance: AssessmentResult | None = attrs.field(
        default=None, converter=_optional_result
    )
    higher_level_subsidy: Decimal | None = attrs.field(default=None, converter=_optional_money)
    overlaps: tuple[OtherSubsidy, ...] = attrs.field(default=(), converter=_overlaps)

    KEYS: ClassVar[tuple[str, ...]] = (
        "mid_term",
        "final_acceptance",
        "higher_level_subsidy",
        "overlaps",
    )

    def to_data(self) -> dict[str, object]:
        """The facts given, as plain data."""
        out: dict[str, object] = {}
        if self.mid_term is not None:
            out["mid_term"] = self.mid_term.code
        if self.final_acceptance is not None:
            out["final_acceptance"] = self.final_acceptance.code
        if self.higher_level_subsidy is not None:
            out["higher_level_subsidy"] = str(self.higher_level_subsidy)
        if self.overlaps:
            out["overlaps"] = [o.to_data() for o in self.overlaps]
        return out

    @classmethod
    def from_data(cls, data: object, path: str = "", *, year: int = 0) -> CenterYearFacts:
        """Read one year's facts (``year`` is given by the enclosing mapping's key)."""
        return _read_one(_read_center_year, data, path, year)


def _read_center_year(r: _Reader, data: object, path: str, year: int) -> CenterYearFacts | None:
    before = len(r.problems)
    d = r.mapping(data, path, CenterYearFacts.KEYS)
    if d is None:
        return None
    kwargs = {
        "mid_term": r.choice(PerformanceGrade, d, "mid_term", path),
        "final_acceptance": r.choice(AssessmentResult, d, "final_acceptance", path),
        "higher_level_subsidy": r.money(d, "higher_level_subsidy", path),
        "overlaps": _read_others(r, d, path),
    }
    if len(r.problems) > before:
        return None
    return r.build(path, CenterYearFacts, year, **kwargs)


#: The yearly facts of one platform, whichever its kind.
YearFacts = ComplexYearFacts | ConsortiumYearFacts | CenterYearFacts


# --- platform specs ----------------------------------------------------------------------------


_F = TypeVar("_F", bound="YearFacts")


def _facts_of(years: tuple[_F, ...], year: int) -> _F | None:
    """The facts of ``year`` among a spec's yearly facts, if given."""
    for facts in years:
        if facts.year == year:
            return facts
    return None


def _check_years(facts: tuple[YearFacts, ...], cls: type) -> tuple[YearFacts, ...]:
    seen: set[int] = set()
    for index, item in enumerate(facts):
        if not isinstance(item, cls):
            raise InputError(f"{item!r} is not {cls.__name__}", field=f"years[{index}]")
        if item.year in seen:
            raise InputError(f"the year {item.year} is given twice", field=f"years[{item.year}]")
        seen.add(item.year)
    return tuple(sorted(facts, key=lambda f: f.year))


def _years_data(facts: tuple[YearFacts, ...]) -> dict[str, object]:
    return {str(f.year): f.to_data() for f in facts}


def _read_years(
    r: _Reader,
    d: Mapping[str, Any],
    path: str,
    read: Callable[[_Reader, object, str, int], _T | None],
) -> tuple[_T, ...]:
    value = d.get("years", {})
    where = _join(path, "years")
    if not isinstance(value, Mapping):
        r.fail(where, f"{value!r} is not a mapping of years")
        return ()
    out: list[_T] = []
    for key, item in value.items():
        year: int | None = None
        if isinstance(key, int) and not isinstance(key, bool):
            year = key
        elif isinstance(key, str) and key.isdigit() and len(key) == 4:
            year = int(key)
        if year is None:
            r.fail(f"{where}[{key}]", f"{key!r} is not a calendar year")
            continue
        built = read(r, item, f"{where}[{year}]", year)
        if built is not None:
            # equal facts are shared between platforms (immutable values)
            out.append(r.shared(built))
    return tuple(out)


def _checked_events(
    value: object, lifecycle: Lifecycle[Any, Any], allowed: frozenset[str]
) -> tuple[Event, ...]:
    if not isinstance(value, list | tuple):
        raise InputError(f"{value!r} is not a list", field="events")
    for index, event in enumerate(value):
        if not isinstance(event, Event) or event.kind not in allowed:
            kind = event.kind if isinstance(event, Event) else repr(event)
            raise InputError(
                f"{kind} is not an event given in a scenario; give one of: "
                f"{', '.join(sorted(allowed))} (the other events are generated from the "
                "spec and its yearly facts)",
                field=f"events[{index}]",
            )
        if type(event) is not lifecycle.events_by_kind[event.kind]:
            raise InputError(
                f"{event!r} is not an event of the {lifecycle.label.en} lifecycle",
                field=f"events[{index}]",
            )
    return tuple(sorted(value, key=_event_date))


def _event_date(event: Event) -> date:
    return event.on


def _complex_events(value: object) -> tuple[Event, ...]:
    return _checked_events(value, COMPLEX_LIFECYCLE, _COMPLEX_EVENTS)


def _center_events(value: object) -> tuple[Event, ...]:
    return _checked_events(value, CENTER_LIFECYCLE, _CENTER_EVENTS)


def _read_events(
    r: _Reader,
    d: Mapping[str, Any],
    path: str,
    lifecycle: Lifecycle[Any, Any],
    allowed: frozenset[str],
) -> tuple[Event, ...]:
    out: list[Event] = []
    for where, item in r.items(d, "events", path):
        if not isinstance(item, Mapping):
            r.fail(where, f"{item!r} is not a mapping")
            continue
        kind = item.get("kind")
        if kind not in allowed:
            r.fail(
                _join(where, "kind"),
                f"{kind!r} is not an event given in a scenario; give one of: "
                f"{', '.join(sorted(allowed))} (the other events are generated from the spec "
                "and its yearly facts)",
            )
            continue
        built = r.build(where, lifecycle.event_from_data, item)
        if built is not None:
            out.append(built)
    return tuple(out)


def _check_order(pairs: Sequence[tuple[str, date | None]]) -> None:
    last_name, last = "", date.min
    for name, day in pairs:
        if day is None:
            continue
        if day < last:
            raise InputError(f"{day} is before {last_name} ({last})", field=name)
        last_name, last = name, day


def _optional_probabilities(value: object) -> Probabilities | None:
    if value is None or isinstance(value, Probabilities):
        return value
    raise InputError(f"{value!r} is not Probabilities", field="probabilities")


def _optional_spending(value: object) -> tuple[Expense, ...] | None:
    return _spending_or_none(value)


def _parties(value: object) -> tuple[Party, ...]:
    parties = _checked_tuple(value, Party, "applicants")
    if not parties:
        raise InputError(
            "a Complex is applied for by at least one applicant (Art. 6)", field="applicants"
        )
    return parties


def _date_field(value: object) -> date:
    return _date(value, "date")


_COMPLEX_EVENTS: Final = frozenset({"level_recognition", "higher_level_expiry_assessment"})
_CENTER_EVENTS: Final = frozenset({"tech_center_recognition"})


def _common_data(spec: ComplexSpec | ConsortiumSpec | CenterSpec) -> dict[str, object]:
    return {"kind": spec.kind.code, "id": spec.id, "name": spec.name}


@attrs.frozen
class ComplexSpec:
    """An industrial innovation service complex (综合体) of the scenario (Art. 5-11).

    From these facts the simulation builds the Complex's lifecycle events (application,
    feasibility review, consultation, approval, host unit, round, annual plans, checks,
    revocations and reassignments, appraisal) and its money (Art. 10-11, 23).  The
    feasibility review, the seven opinions and the leader's approval are recorded on
    ``approved_on`` (the scenario does not date those steps separately).

    Attributes:
        id: the Complex's identifier, unique in the scenario.
        name: its name.
        industry: the field of construction (Art. 5), e.g. 智能家电.
        applicants: the town governments / sub-district offices and/or industrial
            platforms that apply (Art. 6 ¶1).
        leading_body: the industry association or platform-type enterprise (Art. 2).
        host_unit: the host unit selected (Art. 7).
        commitments: the core indicators committed in the plan (Annex 1 §3), the targets
            of the appraisal when it is scored (Art. 9, 22).
        applied_on: the application's date.
        approved_on: the leader in charge's approval (Art. 6).
        round_start: the first day of the five-year round (Art. 8; open point 8).
        host_selected_on: the report of the host unit to the Bureau; ``round_start`` when None.
        requested_subsidy: the operating subsidy requested each year (Art. 10), unless a
            year says otherwise.
        spending: the spending charged to each year's subsidy (Art. 10), unless a year
            says otherwise.
        further_rounds: after an appraisal other than "poor", start a next round on the
            day of the appraisal (where the reading of TN 9.2 allows one).
        probabilities: this Complex's probabilities (the scenario's fill the gaps).
        years: the facts of each calendar year.
        events: further events given as such: level recognitions (Art. 8 ¶2, 9 ¶2) and
            higher-level expiry assessments (Art. 9 ¶2).
    """

    kind: ClassVar[PlatformKind] = PlatformKind.COMPLEX
    lifecycle: ClassVar[Lifecycle[Any, Any]] = COMPLEX_LIFECYCLE

    id: str = attrs.field(validator=_nonblank)
    name: str = attrs.field(validator=_nonblank)
    industry: str = attrs.field(validator=_nonblank)
    applicants: tuple[Party, ...] = attrs.field(converter=_parties)
    leading_body: LeadingBody
    host_unit: str = attrs.field(validator=_nonblank)
    commitments: CoreIndicators
    applied_on: date = attrs.field(converter=_date_field)
    approved_on: date = attrs.field(converter=_date_field)
    round_start: date = attrs.field(converter=_date_field)
    host_selected_on: date | None = attrs.field(default=None, converter=_optional_day)
    requested_subsidy: Decimal | None = attrs.field(default=None, converter=_optional_money)
    spending: tuple[Expense, ...] | None = attrs.field(default=None, converter=_optional_spending)
    further_rounds: bool = False
    probabilities: Probabilities | None = attrs.field(
        default=None, converter=_optional_probabilities
    )
    years: tuple[ComplexYearFacts, ...] = attrs.field(default=(), converter=tuple)
    events: tuple[Event, ...] = attrs.field(default=(), converter=_complex_events)

    KEYS: ClassVar[tuple[str, ...]] = (
        "kind",
        "id",
        "name",
        "industry",
        "applicants",
        "leading_body",
        "host_unit",
        "commitments",
        "applied_on",
        "approved_on",
        "round_start",
        "host_selected_on",
        "requested_subsidy",
        "spending",
        "further_rounds",
        "probabilities",
        "years",
        "events",
    )

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "years", _check_years(self.years, ComplexYearFacts))
        if not isinstance(self.leading_body, LeadingBody):
            raise InputError(f"{self.leading_body!r} is not a LeadingBody", field="leading_body")
        if not isinstance(self.commitments, CoreIndicators):
            raise InputError(f"{self.commitments!r} is not CoreIndicators", field="commitments")
        _check_order(
            (
                ("applied_on", self.applied_on),
                ("approved_on", self.approved_on),
                ("host_selected_on", self.host_selected_on),
                ("round_start", self.round_start),
            )
        )

    def year(self, year: int) -> ComplexYearFacts | None:
        """The facts given for ``year``, if any."""
        return _facts_of(self.years, year)

    def to_data(self) -> dict[str, object]:
        """The spec as plain data (``kind`` = ``"complex"``)."""
        out = _common_data(self)
        out |= {
            "industry": self.industry,
            "applicants": [{"kind": p.kind.code, "name": p.name} for p in self.applicants],
            "leading_body": {"kind": self.leading_body.kind.code, "name": self.leading_body.name},
            "host_unit": self.host_unit,
            "commitments": _indicators_data(self.commitments),
            "applied_on": self.applied_on.isoformat(),
            "approved_on": self.approved_on.isoformat(),
            "round_start": self.round_start.isoformat(),
        }
        if self.host_selected_on is not None:
            out["host_selected_on"] = self.host_selected_on.isoformat()
        if self.requested_subsidy is not None:
            out["requested_subsidy"] = str(self.requested_subsidy)
        if self.spending is not None:
            out["spending"] = [_expense_data(e) for e in self.spending]
        if self.further_rounds:
            out["further_rounds"] = True
        if self.probabilities is not None:
            out["probabilities"] = self.probabilities.to_data()
        if self.years:
            out["years"] = _years_data(self.years)
        if self.events:
            out["events"] = [e.to_data() for e in self.events]
        return out

    @classmethod
    def from_data(cls, data: object, path: str = "") -> ComplexSpec:
        """Read the spec (with ``kind`` = ``"complex"``); every problem is reported."""
        spec: ComplexSpec = _read_one(_read_spec, data, path, _read_complex)
        return spec


def _read_complex(r: _Reader, d: Mapping[str, Any], path: str) -> ComplexSpec | None:
    required = (
        "id", "name", "industry", "applicants", "leading_body", "host_unit", "commitments",
        "applied_on", "approved_on", "round_start",
    )  # fmt: skip
    before = len(r.problems)
    r.mapping(d, path, ComplexSpec.KEYS, required)  # d is a mapping: records its key problems
    applicants: list[Party] = []
    for where, item in r.items(d, "applicants", path):
        p = r.mapping(item, where, ("kind", "name"), ("kind", "name"))
        if p is None:
            continue
        kind = r.choice(Applicant, p, "kind", where)
        name = r.name(p, "name", where)
        if kind is not None:
            applicants.append(Party(kind, name))
    leading: LeadingBody | None = None
    if "leading_body" in d:
        where = _join(path, "leading_body")
        lb = r.mapping(d["leading_body"], where, ("kind", "name"), ("kind", "name"))
        if lb is not None:
            lead_kind = r.choice(LeadingBodyKind, lb, "kind", where)
            lead_name = r.name(lb, "name", where)
            if lead_kind is not None:
                leading = LeadingBody(lead_kind, lead_name)
    commitments = None
    if "commitments" in d:
        commitments = _read_indicators(r, d["commitments"], _join(path, "commitments"))
        if commitments is not None:
            commitments = r.shared(commitments)
    kwargs: dict[str, Any] = {
        "id": r.name(d, "id", path),
        "name": r.name(d, "name", path),
        "industry": r.name(d, "industry", path),
        "applicants": tuple(applicants),
        "leading_body": leading,
        "host_unit": r.name(d, "host_unit", path),
        "commitments": commitments,
        "applied_on": r.day(d, "applied_on", path),
        "approved_on": r.day(d, "approved_on", path),
        "round_start": r.day(d, "round_start", path),
        "host_selected_on": r.day(d, "host_selected_on", path),
        "requested_subsidy": r.money(d, "requested_subsidy", path),
        "further_rounds": r.boolean(d, "further_rounds", path, False),
        "years": _read_years(r, d, path, _read_complex_year),
        "events": _read_events(r, d, path, COMPLEX_LIFECYCLE, _COMPLEX_EVENTS),
    }
    if "spending" in d:
        spending = _read_expenses(r, d["spending"], _join(path, "spending"))
        kwargs["spending"] = None if spending is None else r.shared(spending)
    if "probabilities" in d:
        where = _join(path, "probabilities")
        kwargs["probabilities"] = r.build(where, Probabilities.from_data, d["probabilities"], where)
    if len(r.problems) > before:
        return None
    return r.build(path, ComplexSpec, **kwargs)


@attrs.frozen
class ConsortiumSpec:
    """An enterprise innovation consortium (联合体) of the scenario (Art. 12-16).

    The simulation builds its lifecycle (application by the chain-leader enterprise,
    expert review, consultation and approval recorded on ``approved_on``, cultivation
    start, annual plans, final acceptance) and its Art. 16 policy subsidies.

    Attributes:
        id: the Consortium's identifier, unique in the scenario.
        name: its name.
        enterprise: the chain-leader enterprise (链主型企业) that applies (Art. 13).
        track: the niche track (Art. 12).
        applied_on: the application's date.
        approved_on: the leader in charge's approval (Art. 13).
        cultivation_start: the first day of the three-year cycle (Art. 15; open point 8).
        further_rounds: after a "qualified" acceptance, start a further cycle on the day
            of the acceptance (where the reading of TN 15.3 allows one).
        probabilities: this Consortium's probabilities.
        years: the facts of each calendar year.
    """

    kind: ClassVar[PlatformKind] = PlatformKind.CONSORTIUM

    id: str = attrs.field(validator=_nonblank)
    name: str = attrs.field(validator=_nonblank)
    enterprise: str = attrs.field(validator=_nonblank)
    track: str = attrs.field(validator=_nonblank)
    applied_on: date = attrs.field(converter=_date_field)
    approved_on: date = attrs.field(converter=_date_field)
    cultivation_start: date = attrs.field(converter=_date_field)
    further_rounds: bool = False
    probabilities: Probabilities | None = attrs.field(
        default=None, converter=_optional_probabilities
    )
    years: tuple[ConsortiumYearFacts, ...] = attrs.field(default=(), converter=tuple)

    KEYS: ClassVar[tuple[str, ...]] = (
        "kind",
        "id",
        "name",
        "enterprise",
        "track",
        "applied_on",
        "approved_on",
        "cultivation_start",
        "further_rounds",
        "probabilities",
        "years",
    )

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "years", _check_years(self.years, ConsortiumYearFacts))
        _check_order(
            (
                ("applied_on", self.applied_on),
                ("approved_on", self.approved_on),
                ("cultivation_start", self.cultivation_start),
            )
        )

    def year(self, year: int) -> ConsortiumYearFacts | None:
        """The facts given for ``year``, if any."""
        return _facts_of(self.years, year)

    def to_data(self) -> dict[str, object]:
        """The spec as plain data (``kind`` = ``"consortium"``)."""
        out = _common_data(self)
        out |= {
            "enterprise": self.enterprise,
            "track": self.track,
            "applied_on": self.applied_on.isoformat(),
            "approved_on": self.approved_on.isoformat(),
            "cultivation_start": self.cultivation_start.isoformat(),
        }
        if self.further_rounds:
            out["further_rounds"] = True
        if self.probabilities is not None:
            out["probabilities"] = self.probabilities.to_data()
        if self.years:
            out["years"] = _years_data(self.years)
        return out

    @classmethod
    def from_data(cls, data: object, path: str = "") -> ConsortiumSpec:
        """Read the spec (with ``kind`` = ``"consortium"``); every problem is reported."""
        spec: ConsortiumSpec = _read_one(_read_spec, data, path, _read_consortium)
        return spec


def _read_consortium(r: _Reader, d: Mapping[str, Any], path: str) -> ConsortiumSpec | None:
    required = (
        "id",
        "name",
        "enterprise",
        "track",
        "applied_on",
        "approved_on",
        "cultivation_start",
    )
    before = len(r.problems)
    r.mapping(d, path, ConsortiumSpec.KEYS, required)  # d is a mapping: records its key problems
    kwargs: dict[str, Any] = {
        "id": r.name(d, "id", path),
        "name": r.name(d, "name", path),
        "enterprise": r.name(d, "enterprise", path),
        "track": r.name(d, "track", path),
        "applied_on": r.day(d, "applied_on", path),
        "approved_on": r.day(d, "approved_on", path),
        "cultivation_start": r.day(d, "cultivation_start", path),
        "further_rounds": r.boolean(d, "further_rounds", path, False),
        "years": _read_years(r, d, path, _read_consortium_year),
    }
    if "probabilities" in d:
        where = _join(path, "probabilities")
        kwargs["probabilities"] = r.build(where, Probabilities.from_data, d["probabilities"], where)
    if len(r.problems) > before:
        return None
    return r.build(path, ConsortiumSpec, **kwargs)


def _host_units(value: object) -> tuple[HostUnit, ...]:
    units = _checked_tuple(value, HostUnit, "host_units")
    if not units:
        raise InputError(
            "an Innovation Center has at least one host unit (Art. 18)", field="host_units"
        )
    return units


@attrs.frozen
class CenterSpec:
    """An industrial technology innovation center (创新中心) of the scenario (Art. 17-21).

    The simulation builds its lifecycle (the Bureau's proposal with the host units,
    consultation and the executive meeting's approval recorded on ``approved_on``, the
    legal entity, construction, recognitions, mid-term evaluation, end-of-period check)
    and its Art. 20 matching.

    Attributes:
        id: the Center's identifier, unique in the scenario.
        name: its name.
        industry: the field (Art. 17).
        host_units: the host unit(s) and their innovation vehicles (Art. 18 ¶1).
        legal_person: the independent legal entity's name (Art. 19).
        proposed_on: the proposal of the plan by the Bureau with the host unit(s).
        approved_on: the executive meeting's approval (Art. 18 ¶2).
        established_on: the establishment of the legal entity (Art. 19).
        construction_start: the first day of the five-year round (Art. 21; open point 8).
        further_rounds: after a "qualified" end-of-period check, start a further round on
            the day of the check (where the reading of TN 21.2 allows one).
        probabilities: this Center's probabilities.
        years: the facts of each calendar year.
        events: recognitions as a technology innovation center (Art. 20 ¶1).
    """

    kind: ClassVar[PlatformKind] = PlatformKind.INNOVATION_CENTER
    lifecycle: ClassVar[Lifecycle[Any, Any]] = CENTER_LIFECYCLE

    id: str = attrs.field(validator=_nonblank)
    name: str = attrs.field(validator=_nonblank)
    industry: str = attrs.field(validator=_nonblank)
    host_units: tuple[HostUnit, ...] = attrs.field(converter=_host_units)
    legal_person: str = attrs.field(validator=_nonblank)
    proposed_on: date = attrs.field(converter=_date_field)
    approved_on: date = attrs.field(converter=_date_field)
    established_on: date = attrs.field(converter=_date_field)
    construction_start: date = attrs.field(converter=_date_field)
    further_rounds: bool = False
    probabilities: Probabilities | None = attrs.field(
        default=None, converter=_optional_probabilities
    )
    years: tuple[CenterYearFacts, ...] = attrs.field(default=(), converter=tuple)
    events: tuple[Event, ...] = attrs.field(default=(), converter=_center_events)

    KEYS: ClassVar[tuple[str, ...]] = (
        "kind",
        "id",
        "name",
        "industry",
        "host_units",
        "legal_person",
        "proposed_on",
        "approved_on",
        "established_on",
        "construction_start",
        "further_rounds",
        "probabilities",
        "years",
        "events",
    )

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "years", _check_years(self.years, CenterYearFacts))
        _check_order(
            (
                ("proposed_on", self.proposed_on),
                ("approved_on", self.approved_on),
                ("established_on", self.established_on),
                ("construction_start", self.construction_start),
            )
        )

    def year(self, year: int) -> CenterYearFacts | None:
        """The facts given for ``year``, if any."""
        return _facts_of(self.years, year)

    def to_data(self) -> dict[str, object]:
        """The spec as plain data (``kind`` = ``"center"``)."""
        out = _common_data(self)
        out |= {
            "industry": self.industry,
            "host_units": [
                {
                    "name": h.name,
                    "vehicles": [
                        {"kind": v.kind.code, "name": v.name, "level": v.level.code}
                        for v in h.vehicles
                    ],
                }
                for h in self.host_units
            ],
            "legal_person": self.legal_person,
            "proposed_on": self.proposed_on.isoformat(),
            "approved_on": self.approved_on.isoformat(),
            "established_on": self.established_on.isoformat(),
            "construction_start": self.construction_start.isoformat(),
        }
        if self.further_rounds:
            out["further_rounds"] = True
        if self.probabilities is not None:
            out["probabilities"] = self.probabilities.to_data()
        if self.years:
            out["years"] = _years_data(self.years)
        if self.events:
            out["events"] = [e.to_data() for e in self.events]
        return out

    @classmethod
    def from_data(cls, data: object, path: str = "") -> CenterSpec:
        """Read the spec (with ``kind`` = ``"center"``); every problem is reported."""
        spec: CenterSpec = _read_one(_read_spec, data, path, _read_center)
        return spec


def _read_center(r: _Reader, d: Mapping[str, Any], path: str) -> CenterSpec | None:
    required = (
        "id", "name", "industry", "host_units", "legal_person", "proposed_on", "approved_on",
        "established_on", "construction_start",
    )  # fmt: skip
    before = len(r.problems)
    r.mapping(d, path, CenterSpec.KEYS, required)  # d is a mapping: records its key problems
    hosts: list[HostUnit] = []
    for where, item in r.items(d, "host_units", path):
        h = r.mapping(item, where, ("name", "vehicles"), ("name",))
        if h is None:
            continue
        name = r.name(h, "name", where)
        vehicles: list[InnovationVehicle] = []
        for vwhere, v in r.items(h, "vehicles", where):
            vm = r.mapping(v, vwhere, ("kind", "name", "level"), ("kind", "name", "level"))
            if vm is None:
                continue
            kind = r.choice(VehicleKind, vm, "kind", vwhere)
            vname = r.name(vm, "name", vwhere)
            level = r.choice(Level, vm, "level", vwhere)
            if kind is not None and level is not None:
                vehicles.append(InnovationVehicle(kind, vname, level))
        hosts.append(HostUnit(name, tuple(vehicles)))
    kwargs: dict[str, Any] = {
        "id": r.name(d, "id", path),
        "name": r.name(d, "name", path),
        "industry": r.name(d, "industry", path),
        "host_units": tuple(hosts),
        "legal_person": r.name(d, "legal_person", path),
        "proposed_on": r.day(d, "proposed_on", path),
        "approved_on": r.day(d, "approved_on", path),
        "established_on": r.day(d, "established_on", path),
        "construction_start": r.day(d, "construction_start", path),
        "further_rounds": r.boolean(d, "further_rounds", path, False),
        "years": _read_years(r, d, path, _read_center_year),
        "events": _read_events(r, d, path, CENTER_LIFECYCLE, _CENTER_EVENTS),
    }
    if "probabilities" in d:
        where = _join(path, "probabilities")
        kwargs["probabilities"] = r.build(where, Probabilities.from_data, d["probabilities"], where)
    if len(r.problems) > before:
        return None
    return r.build(path, CenterSpec, **kwargs)


def _read_spec(
    r: _Reader,
    data: object,
    path: str,
    read: Callable[[_Reader, Mapping[str, Any], str], _T | None],
) -> _T | None:
    if not isinstance(data, Mapping):
        r.fail(path, f"{data!r} is not a mapping")
        return None
    return read(r, data, path)


#: A platform of a scenario, whichever its kind.
PlatformSpec = ComplexSpec | ConsortiumSpec | CenterSpec

_READERS: Final[dict[str, Callable[[_Reader, Mapping[str, Any], str], PlatformSpec | None]]] = {
    PlatformKind.COMPLEX.code: _read_complex,
    PlatformKind.CONSORTIUM.code: _read_consortium,
    PlatformKind.INNOVATION_CENTER.code: _read_center,
}


# --- the scenario -------------------------------------------------------------------------------


def _readings_data(readings: Readings) -> dict[str, str]:
    return {a.name: getattr(readings, a.name).code for a in attrs.fields(Readings)}


def _measures_data(measures: Measures) -> dict[str, str]:
    return {
        "effective": measures.effective_reading.code,
        "validity": measures.validity_reading.code,
        "base": measures.base_reading.code,
    }


def _check_measures(_: object, attribute: attrs.Attribute[Measures], value: object) -> None:
    if not isinstance(value, Measures):
        raise InputError(f"{value!r} is not Measures", field="measures")
    expected = MEASURES.with_readings(
        effective=value.effective_reading, validity=value.validity_reading, base=value.base_reading
    )
    if value != expected:
        raise InputError(
            "only the readings of Art. 24 may differ from the Measures' metadata",
            field="measures",
        )


def _cross_problems(
    horizon: Horizon, platforms: Iterable[tuple[int, PlatformSpec]]
) -> list[Problem]:
    """Duplicate ids and years outside the horizon, for platforms given with their index."""
    problems: list[Problem] = []
    seen: dict[str, int] = {}
    for index, spec in platforms:
        where = f"platforms[{index}]"
        if spec.id in seen:
            problems.append(
                Problem(
                    _join(where, "id"),
                    f"{spec.id!r} is already the id of platforms[{seen[spec.id]}]",
                )
            )
        else:
            seen[spec.id] = index
        for facts in spec.years:
            if facts.year not in horizon:
                problems.append(
                    Problem(
                        f"{where}.years[{facts.year}]",
                        f"{facts.year} is outside the horizon {horizon.first}-{horizon.last}",
                    )
                )
    return problems


def _force(value: object) -> ForceCheck:
    return ForceCheck.parse(value, field="force")


def _platforms(value: object) -> tuple[PlatformSpec, ...]:
    specs: tuple[PlatformSpec, ...] = _checked_tuple(
        value, (ComplexSpec, ConsortiumSpec, CenterSpec), "platforms"
    )
    return specs


@attrs.frozen
class Scenario:
    """A portfolio of platforms over a horizon of calendar years, with its open inputs.

    Attributes:
        title: what the scenario is (say there whether its inputs are assumptions).
        notes: free notes: sources, assumptions, caveats.
        horizon: the calendar years simulated (2025-2029 by default).
        measures: the Measures under the chosen readings of Art. 24.
        parameters: the numbers of the Measures (vary them for a what-if study).
        readings: the readings of the open lifecycle provisions.
        inputs: the values and rule readings the Measures leave open.
        calendar: the scenario's calendar conventions (not policy).
        force: refuse or flag events and decisions dated outside the Measures' force
            (Art. 24); flag it to record platforms that existed before the Measures.
        probabilities: the portfolio's probabilities (a platform's own take precedence).
        platforms: the Complexes, Consortia and Innovation Centers, ids unique.

    Raises:
        ScenarioError: every problem found (duplicate ids, years outside the horizon ...).
    """

    title: str = attrs.field(validator=_nonblank)
    notes: str = ""
    horizon: Horizon = Horizon()
    measures: Measures = attrs.field(default=MEASURES, validator=_check_measures)
    parameters: Parameters = PARAMETERS
    readings: Readings = READINGS
    inputs: Inputs = Inputs()
    calendar: Calendar = Calendar()
    force: ForceCheck = attrs.field(default=ForceCheck.REFUSE, converter=_force)
    probabilities: Probabilities | None = attrs.field(
        default=None, converter=_optional_probabilities
    )
    platforms: tuple[PlatformSpec, ...] = attrs.field(default=(), converter=_platforms)

    def __attrs_post_init__(self) -> None:
        problems: list[Problem] = []
        checks: tuple[tuple[str, object, type], ...] = (
            ("horizon", self.horizon, Horizon),
            ("parameters", self.parameters, Parameters),
            ("readings", self.readings, Readings),
            ("inputs", self.inputs, Inputs),
            ("calendar", self.calendar, Calendar),
        )
        for name, value, cls in checks:
            if not isinstance(value, cls):
                problems.append(Problem(name, f"{value!r} is not {cls.__name__}"))
        if isinstance(self.horizon, Horizon):
            problems += _cross_problems(self.horizon, enumerate(self.platforms))
        _raise(problems)

    @property
    def years(self) -> tuple[int, ...]:
        """The calendar years simulated."""
        return self.horizon.years

    def platform(self, platform_id: str) -> PlatformSpec:
        """The platform whose id is ``platform_id``.

        Raises:
            InputError: no such platform.
        """
        for spec in self.platforms:
            if spec.id == platform_id:
                return spec
        raise InputError(f"{platform_id!r} is not a platform of the scenario", field="platform_id")

    def probabilities_of(self, spec: PlatformSpec) -> Probabilities | None:
        """The probabilities that apply to ``spec``: its own, then the scenario's."""
        if spec.probabilities is None:
            return self.probabilities
        return spec.probabilities.merged(self.probabilities)

    def replace(self, **changes: Any) -> Scenario:
        """A copy with ``changes`` applied and validated."""
        return attrs.evolve(self, **changes)

    def to_data(self) -> dict[str, object]:
        """The scenario as plain JSON-ready data (``schema_version`` first)."""
        out: dict[str, object] = {
            "schema_version": SCENARIO_SCHEMA_VERSION,
            "title": self.title,
        }
        if self.notes:
            out["notes"] = self.notes
        out |= {
            "horizon": self.horizon.to_data(),
            "measures": _measures_data(self.measures),
            "parameters": self.parameters.as_dict(),
            "readings": _readings_data(self.readings),
            "inputs": self.inputs.to_data(),
            "calendar": self.calendar.to_data(),
            "force": self.force.code,
        }
        if self.probabilities is not None:
            out["probabilities"] = self.probabilities.to_data()
        out["platforms"] = [spec.to_data() for spec in self.platforms]
        return out

    @classmethod
    def from_data(cls, data: object, path: str = "") -> Scenario:
        """Read a scenario from plain data (as :meth:`to_data` gives, or a TOML/JSON file).

        Every problem is collected and reported at once.

        Raises:
            ScenarioError: with ``problems``, each naming its path.
        """
        keys = (
            "schema_version", "title", "notes", "horizon", "measures", "parameters",
            "readings", "inputs", "calendar", "force", "probabilities", "platforms",
        )  # fmt: skip
        r = _Reader()
        d = r.mapping(data, path, keys, ("title",))
        if d is None:
            _fail(r.problems)
        version = d.get("schema_version", SCENARIO_SCHEMA_VERSION)
        if version != SCENARIO_SCHEMA_VERSION:
            r.fail(
                _join(path, "schema_version"),
                f"unsupported scenario schema version {version!r} "
                f"(expected {SCENARIO_SCHEMA_VERSION!r})",
            )
        kwargs: dict[str, Any] = {
            "title": r.name(d, "title", path),
            "notes": r.text(d, "notes", path),
        }
        sections: tuple[tuple[str, Callable[[object, str], Any]], ...] = (
            ("horizon", Horizon.from_data),
            ("inputs", Inputs.from_data),
            ("calendar", Calendar.from_data),
            ("probabilities", Probabilities.from_data),
            ("measures", _read_measures),
            ("parameters", _read_parameters),
            ("readings", _read_readings),
        )
        for name, read in sections:
            if name in d:
                where = _join(path, name)
                kwargs[name] = r.build(where, read, d[name], where)
        kwargs["force"] = r.choice(ForceCheck, d, "force", path) or ForceCheck.REFUSE
        platforms: list[PlatformSpec] = []
        indexed: list[tuple[int, PlatformSpec]] = []
        for index, (where, item) in enumerate(r.items(d, "platforms", path)):
            if not isinstance(item, Mapping):
                r.fail(where, f"{item!r} is not a mapping")
                continue
            kind = item.get("kind")
            reader = _READERS.get(kind) if isinstance(kind, str) else None
            if reader is None:
                r.fail(
                    _join(where, "kind"),
                    f"{kind!r} is not a kind of platform; choose one of: {', '.join(_READERS)}",
                )
                continue
            spec = reader(r, item, where)
            if spec is not None:
                platforms.append(spec)
                indexed.append((index, spec))
        kwargs["platforms"] = tuple(platforms)
        if r.problems:
            horizon = kwargs.get("horizon")
            r.problems += _cross_problems(
                horizon if isinstance(horizon, Horizon) else Horizon(), indexed
            )
        else:
            kwargs = {k: v for k, v in kwargs.items() if v is not None}
            built = r.build(path, cls, **kwargs)
            if built is not None:
                return built
        _fail(r.problems)


def _with_paths(
    read: Callable[[_Reader, Mapping[str, Any], str], _T],
) -> Callable[[object, str], _T]:
    def run(value: object, path: str) -> _T:
        r = _Reader()
        result = read(r, value, path)  # type: ignore[arg-type]
        _raise(r.problems)
        return result

    return run


def _read_measures_into(r: _Reader, value: Mapping[str, Any], path: str) -> Measures:
    d = r.mapping(value, path, ("effective", "validity", "base"))
    if d is None:
        return MEASURES
    effective = r.choice(EffectiveDateReading, d, "effective", path)
    validity = r.choice(ValidityReading, d, "validity", path)
    base = r.choice(PublicationBaseReading, d, "base", path)
    return MEASURES.with_readings(effective=effective, validity=validity, base=base)


def _read_parameters_into(r: _Reader, value: Mapping[str, Any], path: str) -> Parameters:
    d = r.mapping(value, path, list(PARAMETER_INFO))
    if d is None:
        return PARAMETERS
    kwargs: dict[str, Any] = {}
    for name in PARAMETER_INFO:
        if name not in d:
            continue
        where = _join(path, name)
        current = getattr(PARAMETERS, name)
        if isinstance(current, int):
            kwargs[name] = r.integer(d, name, path, current)
        elif isinstance(current, Decimal):
            kwargs[name] = r.money(d, name, path)
        else:
            kwargs[name] = r.build(where, to_ratio, d[name], field=where)
    if r.problems:
        return PARAMETERS
    built = r.build(path, Parameters, **kwargs)
    return PARAMETERS if built is None else built


def _read_readings_into(r: _Reader, value: Mapping[str, Any], path: str) -> Readings:
    names = [a.name for a in attrs.fields(Readings)]
    d = r.mapping(value, path, names)
    if d is None:
        return READINGS
    kwargs: dict[str, Any] = {}
    for name in names:
        if name in d:
            where = _join(path, name)
            kwargs[name] = r.build(where, _one_reading, name, d[name])
    if r.problems:
        return READINGS
    return Readings(**kwargs)


def _one_reading(name: str, value: object) -> object:
    return getattr(Readings(**{name: value}), name)


_read_measures = _with_paths(_read_measures_into)
_read_parameters = _with_paths(_read_parameters_into)
_read_readings = _with_paths(_read_readings_into)


# --- the default scenario ------------------------------------------------------------------------

_PLAN_NOTE = "情景示例数据"


def _complex(
    id_: str,
    name: str,
    industry: str,
    applicant: tuple[str, str],
    association: str,
    host: str,
    output_value: str,
    dates: tuple[str, str, str],
    years: Mapping[str, object],
    *,
    events: Sequence[Mapping[str, object]] = (),
    requested: str = "500000",
    further_rounds: bool = False,
) -> dict[str, object]:
    applied, approved, start = dates
    data: dict[str, object] = {
        "kind": "complex",
        "id": id_,
        "name": name,
        "industry": industry,
        "applicants": [{"kind": applicant[0], "name": applicant[1]}],
        "leading_body": {"kind": "industry_association", "name": association},
        "host_unit": host,
        "commitments": {
            "industry_output_value": output_value,
            "valid_hte_share": "3/10",
            "above_scale_rd_intensity": "3/100",
            "above_scale_rd_institution_rate": "3/5",
            "valid_invention_patents": 800,
        },
        "applied_on": applied,
        "approved_on": approved,
        "round_start": start,
        "requested_subsidy": requested,
        "spending": [
            {"amount": "150000", "category": "staff_remuneration", "full_time_daily_staff": True},
            {"amount": "120000", "category": "rent_utilities_property"},
            {"amount": "130000", "category": "shared_platform_and_showroom"},
            {"amount": "100000", "category": "exchange_cooperation"},
        ],
        "years": dict(years),
    }
    if events:
        data["events"] = [dict(e) for e in events]
    if further_rounds:
        data["further_rounds"] = True
    return data


#: The default scenario as plain data (what :func:`default_scenario` reads).
DEFAULT_SCENARIO_DATA: Final[dict[str, object]] = {
    "schema_version": SCENARIO_SCHEMA_VERSION,
    "title": "慈溪市产业创新平台示例组合 2025-2029(示例假设,非本办法规定) / "
    "Illustrative Cixi portfolio 2025-2029 (assumptions of the scenario, not values of the "
    "Measures)",
    "notes": "Illustrative data. The advance (one half of the grant), the settlement link "
    "(full grant if qualified, nothing if unqualified), the Art. 16 schedule and the Art. 20 "
    "matching ratio (1:1) are assumptions of this scenario: the Measures give none of them "
    "(Art. 10, 16, 20). The calendar days are the scenario's conventions. Platforms created "
    "before 2024-12-25 are recorded with force = flag (the Measures have no transitional "
    "rules, TN 24.2).",
    "horizon": {"first": 2025, "last": 2029},
    "inputs": {
        "advance": {"share": "1/2"},
        "settlement_link": "full_if_qualified_none_if_unqualified",
        "policy_subsidy_schedule": {
            "iur_cooperation": {"rate": "3/10", "cap": "500000"},
            "large_test_equipment": {"rate": "1/5", "cap": "1000000"},
            "rd_institution_in_high_tier_city": {"amount": "1000000"},
        },
        "matching_ratio": "1",
    },
    "force": "flag",
    "platforms": [
        _complex(
            "CX-01",
            "慈溪智能家电产业创新服务综合体",
            "智能家电",
            ("town_government", "观海卫镇人民政府"),
            "慈溪市家电行业协会",
            "慈溪家电科创服务有限公司",
            "120000000000",
            ("2024-10-15", "2025-01-20", "2025-03-01"),
            {
                "2025": {"assessment": "qualified"},
                **{
                    str(y): {"assessment": "qualified", "higher_level_evaluation": "not_poor"}
                    for y in range(2026, 2030)
                },
            },
            events=[{"kind": "level_recognition", "on": "2026-06-30", "level": "ningbo"}],
        ),
        _complex(
            "CX-02",
            "慈溪汽车零部件产业创新服务综合体",
            "汽车零部件",
            ("town_government", "周巷镇人民政府"),
            "慈溪市汽车零部件行业协会",
            "慈溪汽配检测服务有限公司",
            "60000000000",
            ("2024-11-20", "2025-02-10", "2025-04-01"),
            {
                "2025": {"assessment": "qualified", "requested": "400000"},
                "2026": {
                    "assessment": "unqualified",
                    "findings": [
                        {"item": "展厅装修超出标准", "amount": "30000", "note": "超出使用标准"}
                    ],
                },
                "2027": {"assessment": "qualified"},
                "2028": {"assessment": "qualified"},
                "2029": {"assessment": "qualified"},
            },
        ),
        _complex(
            "CX-03",
            "慈溪关键基础件(轴承)产业创新服务综合体",
            "关键基础件(轴承)",
            ("town_government", "掌起镇人民政府"),
            "慈溪市轴承行业协会",
            "慈溪轴承产业技术服务有限公司",
            "30000000000",
            ("2021-03-01", "2021-05-10", "2021-06-01"),
            {
                "2025": {"assessment": "qualified"},
                "2026": {
                    "appraisal": "poor",
                    "indicators": {
                        "industry_output_value": "24000000000",
                        "valid_hte_share": "1/5",
                        "above_scale_rd_intensity": "1/50",
                        "above_scale_rd_institution_rate": "2/5",
                        "valid_invention_patents": 520,
                    },
                },
            },
        ),
        _complex(
            "CX-04",
            "慈溪生命健康产业创新服务综合体",
            "生命健康",
            ("subdistrict_office", "宗汉街道办事处"),
            "慈溪市医疗器械行业协会",
            "慈溪生命健康科创服务有限公司",
            "20000000000",
            ("2022-09-01", "2022-12-15", "2023-01-01"),
            {
                "2025": {"assessment": "qualified", "higher_level_evaluation": "not_poor"},
                "2026": {
                    "assessment": "qualified",
                    "higher_level_evaluation": "not_poor",
                    "carried_over": "200000",
                },
                "2027": {"assessment": "qualified", "higher_level_evaluation": "not_poor"},
                "2028": {
                    "appraisal": "not_poor",
                    "indicators": {
                        "industry_output_value": "23500000000",
                        "valid_hte_share": "8/25",
                        "above_scale_rd_intensity": "7/200",
                        "above_scale_rd_institution_rate": "16/25",
                        "valid_invention_patents": 860,
                    },
                    "assessment": "qualified",
                    "higher_level_evaluation": "not_poor",
                },
                "2029": {"assessment": "qualified", "higher_level_evaluation": "poor"},
            },
            events=[{"kind": "level_recognition", "on": "2023-11-30", "level": "provincial"}],
            requested="450000",
            further_rounds=True,
        ),
        _complex(
            "CX-05",
            "慈溪新材料产业创新服务综合体",
            "新材料",
            ("industrial_platform", "宁波杭州湾新区(慈溪片区)产业平台"),
            "慈溪市新材料产业联盟",
            "慈溪新材料创新服务有限公司",
            "40000000000",
            ("2025-05-06", "2025-08-01", "2025-09-01"),
            {
                "2025": {"assessment": "qualified", "requested": "200000"},
                "2026": {
                    "assessment": "qualified",
                    "overlaps": [
                        {
                            "source": "higher_level_policy",
                            "policy": "宁波市科技服务平台运营补助",
                            "amount": "600000",
                        }
                    ],
                },
                "2027": {"assessment": "qualified"},
                "2028": {"assessment": "qualified"},
                "2029": {"assessment": "qualified"},
            },
        ),
        {
            "kind": "consortium",
            "id": "LHT-01",
            "name": "慈溪智能家电核心零部件企业创新联合体",
            "enterprise": "宁波某电器股份有限公司",
            "track": "智能家电核心零部件",
            "applied_on": "2025-03-03",
            "approved_on": "2025-05-12",
            "cultivation_start": "2025-07-01",
            "years": {
                "2025": {
                    "claims": [
                        {
                            "triggers": [
                                {
                                    "trigger": "iur_cooperation",
                                    "eligible_cost": "1200000",
                                    "description": "与浙江大学宁波研究院联合攻关",
                                }
                            ]
                        }
                    ]
                },
                "2026": {
                    "claims": [
                        {
                            "triggers": [
                                {
                                    "trigger": "large_test_equipment",
                                    "eligible_cost": "3500000",
                                    "description": "购置电磁兼容测试系统",
                                }
                            ]
                        }
                    ]
                },
                "2028": {"acceptance": "qualified"},
            },
        },
        {
            "kind": "consortium",
            "id": "LHT-02",
            "name": "慈溪汽车电子企业创新联合体",
            "enterprise": "慈溪某汽车电子有限公司",
            "track": "汽车电子",
            "applied_on": "2025-04-01",
            "approved_on": "2025-06-20",
            "cultivation_start": "2025-08-01",
            "years": {
                "2026": {
                    "claims": [
                        {
                            "triggers": [
                                {
                                    "trigger": "rd_institution_in_high_tier_city",
                                    "description": "在上海组建研发中心",
                                }
                            ],
                            "overlaps": [
                                {
                                    "source": "other_cixi_policy",
                                    "policy": "慈溪市企业研发机构建设奖励",
                                    "amount": "800000",
                                }
                            ],
                        }
                    ]
                },
                "2028": {"acceptance": "unqualified"},
                "2029": {
                    "claims": [
                        {
                            "triggers": [
                                {
                                    "trigger": "iur_cooperation",
                                    "eligible_cost": "600000",
                                    "description": "与宁波大学合作项目",
                                }
                            ]
                        }
                    ]
                },
            },
        },
        {
            "kind": "consortium",
            "id": "LHT-03",
            "name": "慈溪高端轴承企业创新联合体",
            "enterprise": "慈溪某轴承股份有限公司",
            "track": "高端精密轴承",
            "applied_on": "2026-02-10",
            "approved_on": "2026-04-15",
            "cultivation_start": "2026-05-01",
            "years": {
                "2027": {
                    "claims": [
                        {
                            "triggers": [
                                {
                                    "trigger": "large_test_equipment",
                                    "eligible_cost": "6000000",
                                    "description": "购置轴承寿命试验台",
                                },
                                {
                                    "trigger": "iur_cooperation",
                                    "eligible_cost": "800000",
                                    "description": "与中科院宁波材料所合作",
                                },
                            ]
                        }
                    ]
                },
                "2029": {"acceptance": "qualified"},
            },
        },
        {
            "kind": "center",
            "id": "ZX-01",
            "name": "慈溪智能家电产业技术创新中心",
            "industry": "智能家电",
            "host_units": [
                {
                    "name": "宁波某电器股份有限公司",
                    "vehicles": [
                        {
                            "kind": "key_enterprise_research_institute",
                            "name": "浙江省智能家电重点企业研究院",
                            "level": "provincial",
                        }
                    ],
                }
            ],
            "legal_person": "慈溪智能家电技术创新中心有限公司",
            "proposed_on": "2025-01-06",
            "approved_on": "2025-02-10",
            "established_on": "2025-02-25",
            "construction_start": "2025-03-02",
            "events": [{"kind": "tech_center_recognition", "on": "2026-05-20", "level": "ningbo"}],
            "years": {
                "2026": {"higher_level_subsidy": "5000000"},
                "2027": {"higher_level_subsidy": "3000000"},
                "2028": {"mid_term": "not_poor", "higher_level_subsidy": "3000000"},
                "2029": {"higher_level_subsidy": "2000000"},
            },
        },
        {
            "kind": "center",
            "id": "ZX-02",
            "name": "慈溪新材料产业技术创新中心",
            "industry": "新材料",
            "host_units": [
                {
                    "name": "中国科学院宁波材料技术与工程研究所",
                    "vehicles": [
                        {
                            "kind": "new_type_rd_institution",
                            "name": "慈溪新材料新型研发机构",
                            "level": "provincial",
                        }
                    ],
                }
            ],
            "legal_person": "慈溪新材料技术创新中心",
            "proposed_on": "2025-02-17",
            "approved_on": "2025-03-20",
            "established_on": "2025-04-15",
            "construction_start": "2025-05-01",
            "events": [{"kind": "tech_center_recognition", "on": "2026-09-01", "level": "ningbo"}],
            "years": {
                "2027": {"higher_level_subsidy": "2000000"},
                "2028": {"mid_term": "poor", "higher_level_subsidy": "2000000"},
                "2029": {"higher_level_subsidy": "2000000"},
            },
        },
    ],
}


def default_scenario() -> Scenario:
    """The embedded default scenario: an illustrative Cixi portfolio over 2025-2029.

    Five Complexes in the fields of Art. 5 (smart home appliances, auto parts, bearings,
    life and health, new materials), two of them at Ningbo level or above; one is
    unqualified in 2026 and gets new units, one (created before the Measures) is
    eliminated at its 2026 appraisal.  Three Consortia, one revoked at its final
    acceptance.  Two Innovation Centers recognised at Ningbo level with Cixi matching,
    one poor at its mid-term evaluation.  The open inputs are **assumptions of the
    scenario, not values of the Measures**, as its title and notes say.

    >>> s = default_scenario()
    >>> len(s.platforms), s.horizon.years[0], s.horizon.years[-1]
    (10, 2025, 2029)
    """
    return Scenario.from_data(copy.deepcopy(DEFAULT_SCENARIO_DATA))
