"""Any scenario written to a file and read back is the same scenario.

A scenario file is the analyst's record of a study: what is written must be what is
read, in JSON and in TOML alike, and what is written is described by the shipped JSON
Schema.
"""

from __future__ import annotations

import json
import tomllib
from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal
from fractions import Fraction
from typing import Any, TypeVar

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from cixi_innovation import (
    MEASURES,
    SETTLEMENT_LINKS,
    AdvanceRule,
    Applicant,
    AssessmentResult,
    Calendar,
    CarryOverReading,
    CenterSpec,
    CenterYearFacts,
    ComplexSpec,
    ComplexYearFacts,
    ConsortiumSpec,
    ConsortiumYearFacts,
    CoreIndicators,
    EffectiveDateReading,
    Expense,
    ExpenseCategory,
    ForceCheck,
    HigherLevelExpiryAssessment,
    Horizon,
    HostUnit,
    Indicator,
    InnovationVehicle,
    Inputs,
    InspectionFinding,
    LabelledEnum,
    LeadingBody,
    LeadingBodyKind,
    Level,
    LevelRecognition,
    MatchingReading,
    OtherSubsidy,
    Parameters,
    Party,
    PerformanceGrade,
    PlatformSpec,
    PolicyClaim,
    PolicySource,
    PolicySubsidySchedule,
    Probabilities,
    PublicationBaseReading,
    Readings,
    RemunerationBase,
    ResultShares,
    Scenario,
    SubsidyCountReading,
    SubsidyTrigger,
    TechCenterRecognition,
    ThresholdScorer,
    TriggerClaim,
    TriggerTerms,
    ValidityReading,
    VehicleKind,
    dumps_scenario,
    loads_scenario,
    scenario_schema,
)

E = TypeVar("E", bound=LabelledEnum)
Y = TypeVar("Y")
SCHEMA = Draft202012Validator(scenario_schema())

# --- values --------------------------------------------------------------------------------

# Names as people write them: Chinese, quotes, backslashes, newlines, tabs, any Unicode
# that is text (no lone surrogates), never blank.
_chars = st.characters(codec="utf-8") | st.sampled_from("慈溪\"\\\n\t'#[]{}= ")
names = st.text(_chars, min_size=1, max_size=16).filter(lambda s: bool(s.strip()))
notes = st.text(_chars, max_size=24)
money = st.decimals(min_value=0, max_value=10**12, places=2).map(lambda d: d + Decimal("0.00"))
ratios = st.fractions(min_value=0, max_value=10, max_denominator=1000)
shares = st.fractions(min_value=0, max_value=1, max_denominator=1000)
DAY0 = date(2020, 1, 1)


def of(enum: type[E]) -> st.SearchStrategy[E]:
    return st.sampled_from(list(enum))


def ordered_dates(count: int) -> st.SearchStrategy[list[date]]:
    """``count`` dates in order, from 2020 to about 2031."""
    steps = st.lists(st.integers(0, 1000), min_size=count, max_size=count)
    return steps.map(lambda gaps: [DAY0 + timedelta(days=sum(gaps[: i + 1])) for i in range(count)])


def optional(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.none() | strategy


#: output value, high-tech share, R&D intensity, R&D institution rate, invention patents
indicators = st.builds(CoreIndicators, money, ratios, ratios, ratios, st.integers(0, 10**9))
others = st.builds(
    OtherSubsidy,
    source=st.sampled_from([PolicySource.OTHER_CIXI_POLICY, PolicySource.HIGHER_LEVEL_POLICY]),
    policy=names,
    amount=money,
)


@st.composite
def expenses(draw: st.DrawFn) -> Expense:
    category = draw(optional(of(ExpenseCategory)))
    description = draw(names if category is None else notes)
    staff = draw(st.booleans()) if category is ExpenseCategory.STAFF_REMUNERATION else None
    return Expense(draw(money), category, description, staff)


spending = st.lists(expenses(), max_size=3).map(tuple)
findings = st.lists(st.builds(InspectionFinding, names, money, notes), max_size=2).map(tuple)


def year_facts(
    kind: type[Y], **fields: st.SearchStrategy[Any]
) -> Callable[[int], st.SearchStrategy[Y]]:
    """The facts of one year of a platform, of ``kind``, drawn field by field."""
    return lambda year: st.builds(kind, year=st.just(year), **fields)


probabilities = st.builds(
    Probabilities,
    unqualified_annual_assessment=optional(shares),
    poor_higher_level_evaluation=optional(shares),
    poor_appraisal=optional(shares),
    unqualified_consortium_acceptance=optional(shares),
    poor_mid_term=optional(shares),
    unqualified_center_acceptance=optional(shares),
)


complex_year = year_facts(
    ComplexYearFacts,
    assessment=optional(of(AssessmentResult)),
    higher_level_evaluation=optional(of(PerformanceGrade)),
    appraisal=optional(of(PerformanceGrade)),
    findings=findings,
    carried_over=money,
    higher_level_in_year=money,
    indicators=optional(indicators),
    requested=optional(money),
    spending=optional(spending),
    overlaps=st.lists(others, max_size=2).map(tuple),
)


claims = st.builds(
    PolicyClaim,
    triggers=st.lists(
        st.builds(TriggerClaim, of(SubsidyTrigger), optional(money), notes), min_size=1, max_size=2
    ).map(tuple),
    on=optional(st.dates(date(2024, 1, 1), date(2031, 12, 31))),
    by_chain_leader=st.booleans(),
    overlaps=st.lists(others, max_size=1).map(tuple),
)


consortium_year = year_facts(
    ConsortiumYearFacts,
    acceptance=optional(of(AssessmentResult)),
    claims=st.lists(claims, max_size=2).map(tuple),
)


center_year = year_facts(
    CenterYearFacts,
    mid_term=optional(of(PerformanceGrade)),
    final_acceptance=optional(of(AssessmentResult)),
    higher_level_subsidy=optional(money),
    overlaps=st.lists(others, max_size=1).map(tuple),
)


def years_of(horizon: Horizon, facts: Any) -> st.SearchStrategy[tuple[Any, ...]]:
    chosen = st.lists(st.sampled_from(horizon.years), unique=True, max_size=3)
    return chosen.flatmap(lambda ys: st.tuples(*(facts(y) for y in ys)))


def shared_fields(
    draw: st.DrawFn, horizon: Horizon, year: Callable[[int], st.SearchStrategy[Any]]
) -> dict[str, Any]:
    """What a platform of every kind has: further rounds, its own probabilities, its years."""
    return {
        "further_rounds": draw(st.booleans()),
        "probabilities": draw(optional(probabilities)),
        "years": draw(years_of(horizon, year)),
    }


event_days = st.dates(date(2024, 1, 1), date(2031, 12, 31))


@st.composite
def complexes(draw: st.DrawFn, horizon: Horizon, id_: str) -> ComplexSpec:
    applied, approved, selected, start = draw(ordered_dates(4))
    events = draw(
        st.lists(
            st.builds(LevelRecognition, event_days, of(Level))
            | st.builds(HigherLevelExpiryAssessment, event_days, of(AssessmentResult)),
            max_size=2,
        )
    )
    return ComplexSpec(
        id=id_,
        name=draw(names),
        industry=draw(names),
        applicants=tuple(
            draw(st.lists(st.builds(Party, of(Applicant), names), min_size=1, max_size=2))
        ),
        leading_body=draw(st.builds(LeadingBody, of(LeadingBodyKind), names)),
        host_unit=draw(names),
        commitments=draw(indicators),
        applied_on=applied,
        approved_on=approved,
        round_start=start,
        host_selected_on=draw(st.sampled_from([None, selected])),
        requested_subsidy=draw(optional(money)),
        spending=draw(optional(spending)),
        **shared_fields(draw, horizon, complex_year),
        events=tuple(events),
    )


@st.composite
def consortia(draw: st.DrawFn, horizon: Horizon, id_: str) -> ConsortiumSpec:
    applied, approved, start = draw(ordered_dates(3))
    return ConsortiumSpec(
        id=id_,
        name=draw(names),
        enterprise=draw(names),
        track=draw(names),
        applied_on=applied,
        approved_on=approved,
        cultivation_start=start,
        **shared_fields(draw, horizon, consortium_year),
    )


@st.composite
def centers(draw: st.DrawFn, horizon: Horizon, id_: str) -> CenterSpec:
    proposed, approved, established, start = draw(ordered_dates(4))
    vehicles = st.lists(st.builds(InnovationVehicle, of(VehicleKind), names, of(Level)), max_size=2)
    return CenterSpec(
        id=id_,
        name=draw(names),
        industry=draw(names),
        host_units=tuple(
            draw(st.lists(st.builds(HostUnit, names, vehicles.map(tuple)), min_size=1, max_size=2))
        ),
        legal_person=draw(names),
        proposed_on=proposed,
        approved_on=approved,
        established_on=established,
        construction_start=start,
        **shared_fields(draw, horizon, center_year),
        events=tuple(
            draw(st.lists(st.builds(TechCenterRecognition, event_days, of(Level)), max_size=2))
        ),
    )


def _keyed(thresholds: dict[Indicator, Fraction | None]) -> Any:
    out: dict[Indicator | str, Fraction | None] = {}
    out.update(thresholds.items())
    return out


terms = st.builds(TriggerTerms, amount=money) | st.builds(
    TriggerTerms, rate=ratios, cap=optional(money)
)
inputs = st.builds(
    Inputs,
    advance=optional(st.builds(AdvanceRule, fixed=money) | st.builds(AdvanceRule, share=shares)),
    settlement_link=optional(
        st.sampled_from(list(SETTLEMENT_LINKS.values())) | st.builds(ResultShares, shares, shares)
    ),
    policy_subsidy_schedule=optional(
        st.builds(
            PolicySubsidySchedule,
            iur_cooperation=optional(terms),
            large_test_equipment=optional(terms),
            rd_institution_in_high_tier_city=optional(terms),
        )
    ),
    matching_ratio=optional(ratios),
    scorer=optional(
        st.fixed_dictionaries({i: optional(ratios) for i in Indicator}).map(
            lambda thresholds: ThresholdScorer(_keyed(thresholds))
        )
    ),
    carry_over=optional(of(CarryOverReading)),
    # the amount finally settled is not yet supported in a scenario (TN 10.5)
    remuneration_base=optional(
        st.sampled_from([b for b in RemunerationBase if b is not RemunerationBase.SETTLED_AMOUNT])
    ),
    subsidy_count=optional(of(SubsidyCountReading)),
    overlap_matching=optional(of(MatchingReading)),
)


@st.composite
def parameters(draw: st.DrawFn) -> Parameters:
    round_years = draw(st.integers(2, 10))
    return Parameters(
        complex_round_years=draw(st.integers(1, 10)),
        consortium_cycle_years=draw(st.integers(1, 10)),
        center_round_years=round_years,
        center_mid_term_years=draw(st.integers(1, round_years - 1)),
        operating_subsidy_cap=draw(money),
        remuneration_cap_share=draw(shares),
        entrusted_fee_cap_share=draw(shares),
        effective_after_days=draw(st.integers(1, 100)),
        validity_years=draw(st.integers(1, 10)),
    )


def _reading_choices(name: str) -> st.SearchStrategy[LabelledEnum]:
    default: LabelledEnum = getattr(Readings(), name)
    return st.sampled_from(list(type(default)))


readings = st.fixed_dictionaries(
    {a.name: _reading_choices(a.name) for a in attrs.fields(Readings)}
).map(lambda choices: Readings(**choices))
measures = st.builds(
    MEASURES.with_readings,
    effective=of(EffectiveDateReading),
    validity=of(ValidityReading),
    base=of(PublicationBaseReading),
)
calendars = st.sampled_from(
    [Calendar(), Calendar(advance="02-01", settlement="04-30", after_expiry_days=0)]
)


@st.composite
def scenarios(draw: st.DrawFn) -> Scenario:
    first = draw(st.integers(2024, 2030))
    horizon = Horizon(first, first + draw(st.integers(0, 5)))
    kinds = draw(st.lists(st.sampled_from(["complex", "consortium", "center"]), max_size=3))
    platforms: list[PlatformSpec] = []
    for index, kind in enumerate(kinds):
        id_ = f"P-{index}"
        if kind == "complex":
            platforms.append(draw(complexes(horizon, id_)))
        elif kind == "consortium":
            platforms.append(draw(consortia(horizon, id_)))
        else:
            platforms.append(draw(centers(horizon, id_)))
    return Scenario(
        title=draw(names),
        notes=draw(notes),
        horizon=horizon,
        measures=draw(measures),
        parameters=draw(parameters()),
        readings=draw(readings),
        inputs=draw(inputs),
        calendar=draw(calendars),
        force=draw(of(ForceCheck)),
        probabilities=draw(optional(probabilities)),
        platforms=tuple(platforms),
    )


# --- the properties ------------------------------------------------------------------------


@settings(max_examples=50)
@given(scenarios())
def test_any_scenario_written_to_json_and_toml_is_read_back_equal(scenario: Scenario) -> None:
    as_json = dumps_scenario(scenario, "json")
    as_toml = dumps_scenario(scenario, "toml")
    assert loads_scenario(as_json, "json") == scenario
    assert loads_scenario(as_toml, "toml") == scenario
    data = scenario.to_data()
    assert json.loads(as_json) == tomllib.loads(as_toml) == data
    # What is written is described by the shipped JSON Schema.
    assert [e.message for e in SCHEMA.iter_errors(data)] == []
