"""The events the simulation builds for a platform (建设事件), and errors named by their paths.

The setup of each platform from its spec (application, review, consultation, approval,
host unit or legal entity, the start of the round or cycle), with or without the
free-text names the engine never reads; the yearly events (work plans, annual checks,
new units); the texts the scenario does not reproduce; and :func:`_at`, which re-raises
an error of the engine or of a rule at the scenario's path that caused it.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any, Final

from cixi_innovation.law.indicators import CoreIndicators
from cixi_innovation.law.readings import ConstructionStartReading, CultivationStartReading
from cixi_innovation.lifecycles.center.entity import InnovationCenter
from cixi_innovation.lifecycles.center.events import (
    CenterApproval,
    CenterOpinion,
    CenterProposal,
    ConstructionStart,
    HostUnit,
    InnovationVehicle,
    LegalEntityEstablishment,
)
from cixi_innovation.lifecycles.complex.entity import Complex
from cixi_innovation.lifecycles.complex.events import (
    AnnualAssessment,
    AnnualWorkPlan,
    ComplexApplication,
    ConsultationOpinion,
    FeasibilityReview,
    HostUnitSelection,
    LeaderReview,
    LeadingBody,
    Party,
    RoundStart,
    UnitsReassignment,
)
from cixi_innovation.lifecycles.consortium.entity import Consortium
from cixi_innovation.lifecycles.consortium.events import (
    AnnualPlan,
    ChainLeaderFindings,
    ConsortiumApplication,
    ConsortiumLeaderReview,
    ConsortiumOpinion,
    CultivationStart,
    ExpertReview,
)
from cixi_innovation.lifecycles.engine import Entity
from cixi_innovation.lifecycles.events import Event
from cixi_innovation.lifecycles.plans import (
    ApplicantConditions,
    CenterPlan,
    ComplexPlan,
    ConsortiumPlan,
    ConstructionApproach,
    CultivationTargets,
    IndustrialFoundation,
    IndustryStatus,
    ManagementMechanism,
    OverallApproach,
    TargetCommitments,
)
from cixi_innovation.lifecycles.refusals import EventRefusedError
from cixi_innovation.scenarios.platforms import (
    CenterSpec,
    ComplexSpec,
    ConsortiumSpec,
    PlatformSpec,
)
from cixi_innovation.scenarios.problems import Problem, ScenarioError
from cixi_innovation.scenarios.scenario import Scenario
from cixi_innovation.values.errors import CixiError, InputError, OutsideForceError
from cixi_innovation.values.vocabulary import (
    Applicant,
    AssessmentResult,
    Body,
    PlatformKind,
    TaskGroupUnit,
)

__all__ = ["_ENTITIES", "_at", "_cutoff", "_replay", "_settings", "_setup_end", "setup_events"]

# --- texts the scenario does not reproduce ---------------------------------------------

_ON_FILE: Final = "见建设方案(情景未载录全文)"
_PLACEHOLDER: Final = "·"
_NEW_CONSTRUCTION_UNIT: Final = "另行授权的建设单位"
_NEW_HOST_UNIT: Final = "另行委托的依托单位"

_CONSORTIUM_PLAN: Final = ConsortiumPlan(
    foundation=IndustrialFoundation(
        track=_ON_FILE,
        industry_ranking=_ON_FILE,
        city_ranking=_ON_FILE,
        tech_attributes=(_ON_FILE,),
        rd_institutions=_ON_FILE,
    ),
    conditions=ApplicantConditions(
        overall_strength=_ON_FILE,
        rd_investment=_ON_FILE,
        technological_advantages=_ON_FILE,
        driving_effect=_ON_FILE,
    ),
    teams_and_startups=_ON_FILE,
    breakthroughs_and_rd=_ON_FILE,
    cultivation_targets=CultivationTargets(
        industry_improvement_indicators=(_ON_FILE,),
        tech_breakthrough_catalogue=(_ON_FILE,),
        resource_sharing_list=(_ON_FILE,),
        flagship_product_plan=_ON_FILE,
    ),
)
_CENTER_PLAN: Final = CenterPlan(
    foundation=_ON_FILE,
    overall_approach=OverallApproach(
        guiding_ideology=_ON_FILE,
        strategic_positioning=_ON_FILE,
        principles=_ON_FILE,
        goals=_ON_FILE,
        investment_plan=_ON_FILE,
    ),
    layout=_ON_FILE,
    tasks=_ON_FILE,
    management=ManagementMechanism(organization=_ON_FILE, operation=_ON_FILE),
    safeguards=_ON_FILE,
    schedule=_ON_FILE,
)
_ALL_MET: Final = ChainLeaderFindings(
    overall_strength=True, rd_investment=True, technological_advantages=True, driving_benefits=True
)


def _complex_plan(commitments: CoreIndicators) -> ComplexPlan:
    return ComplexPlan(
        industry_status=IndustryStatus(strength=_ON_FILE, difficulties=_ON_FILE),
        approach=ConstructionApproach(existing_foundation=_ON_FILE, approach=_ON_FILE),
        commitments=TargetCommitments(core=commitments),
    )


# --- setup events from a spec -----------------------------------------------------------


def _cutoff(setup_end: date, scenario: Scenario) -> date:
    """The last day of the part of a platform's history simulated before its yearly steps."""
    return max(setup_end, date(scenario.horizon.first - 1, 12, 31))


def _merge(
    setup: list[Event], given: Sequence[Event], scenario: Scenario
) -> tuple[list[Event], list[Event]]:
    """The setup events with the given events dated before the horizon or the end of the setup.

    Returns those in order, and the given events that come later.
    """
    end = _cutoff(setup[-1].on, scenario)
    early = [e for e in given if e.on <= end]
    late = [e for e in given if e.on > end]
    merged = sorted(
        [(e.on, 0, i, e) for i, e in enumerate(setup)]
        + [(e.on, 1, i, e) for i, e in enumerate(early)],
        key=lambda t: (t[0], t[1], t[2]),
    )
    return [t[3] for t in merged], late


def _complex_setup(spec: ComplexSpec, template: bool) -> list[Event]:
    name = _PLACEHOLDER if template else spec.name
    events: list[Event] = [
        ComplexApplication(
            spec.applied_on,
            id=_PLACEHOLDER if template else spec.id,
            name=name,
            applicants=tuple(Party(p.kind, _PLACEHOLDER) for p in spec.applicants)
            if template
            else spec.applicants,
            industry=_PLACEHOLDER if template else spec.industry,
            leading_body=LeadingBody(spec.leading_body.kind, _PLACEHOLDER)
            if template
            else spec.leading_body,
            plan=_complex_plan(spec.commitments),
        ),
        FeasibilityReview(spec.approved_on, passed=True, field_meets_criteria=True),
        *(ConsultationOpinion(spec.approved_on, unit=u, opinion="同意") for u in TaskGroupUnit),
        LeaderReview(spec.approved_on, approved=True),
        HostUnitSelection(
            spec.host_selected_on or spec.round_start,
            host_unit=_PLACEHOLDER if template else spec.host_unit,
            publicly_solicited=True,
        ),
        RoundStart(spec.round_start, start=spec.round_start, targets="五年建设目标"),
    ]
    return events


def _consortium_setup(spec: ConsortiumSpec, template: bool, scenario: Scenario) -> list[Event]:
    events: list[Event] = [
        ConsortiumApplication(
            spec.applied_on,
            id=_PLACEHOLDER if template else spec.id,
            name=_PLACEHOLDER if template else spec.name,
            applicant=Applicant.CHAIN_LEADER_ENTERPRISE,
            enterprise=_PLACEHOLDER if template else spec.enterprise,
            plan=_CONSORTIUM_PLAN,
        ),
        ExpertReview(spec.approved_on, passed=True, niche_track=True, findings=_ALL_MET),
        *(ConsortiumOpinion(spec.approved_on, unit=u, opinion="同意") for u in TaskGroupUnit),
        ConsortiumLeaderReview(spec.approved_on, approved=True),
    ]
    if scenario.readings.cultivation_start is CultivationStartReading.RECORDED_START:
        events.append(CultivationStart(spec.cultivation_start))
    return events


def _center_setup(spec: CenterSpec, template: bool, scenario: Scenario) -> list[Event]:
    hosts = (
        tuple(
            HostUnit(
                _PLACEHOLDER,
                tuple(InnovationVehicle(v.kind, _PLACEHOLDER, v.level) for v in h.vehicles),
            )
            for h in spec.host_units
        )
        if template
        else spec.host_units
    )
    events: list[Event] = [
        CenterProposal(
            spec.proposed_on,
            id=_PLACEHOLDER if template else spec.id,
            name=_PLACEHOLDER if template else spec.name,
            proposed_by=Applicant.SCIENCE_AND_TECHNOLOGY_BUREAU,
            host_units=hosts,
            industry=_PLACEHOLDER if template else spec.industry,
            plan=_CENTER_PLAN,
        ),
        *(CenterOpinion(spec.approved_on, unit=u, opinion="同意") for u in TaskGroupUnit),
        CenterApproval(spec.approved_on, approved=True, by=Body.EXECUTIVE_MEETING),
        LegalEntityEstablishment(
            spec.established_on,
            legal_person=_PLACEHOLDER if template else spec.legal_person,
            independent=True,
            board="董事会(理事会)",
            executive="总经理(中心主任)",
            expert_committee="专家委员会",
        ),
    ]
    if scenario.readings.construction_start is ConstructionStartReading.RECORDED_START:
        events.append(ConstructionStart(spec.construction_start))
    return events


def setup_events(
    spec: PlatformSpec, scenario: Scenario, *, template: bool = False
) -> tuple[list[Event], list[Event]]:
    """The events that set ``spec`` up, and its given events that come after them.

    With ``template``, the free-text names (id, name, applicants, host units ...) are
    left out: the engine never reads them.
    """
    if isinstance(spec, ComplexSpec):
        return _merge(_complex_setup(spec, template), spec.events, scenario)
    if isinstance(spec, ConsortiumSpec):
        return _merge(_consortium_setup(spec, template, scenario), (), scenario)
    return _merge(_center_setup(spec, template, scenario), spec.events, scenario)


_ENTITIES: Final[dict[PlatformKind, type[Entity[Any, Any]]]] = {
    PlatformKind.COMPLEX: Complex,
    PlatformKind.CONSORTIUM: Consortium,
    PlatformKind.INNOVATION_CENTER: InnovationCenter,
}


def _setup_end(spec: PlatformSpec, scenario: Scenario) -> date:
    if isinstance(spec, ComplexSpec):
        return spec.round_start
    if isinstance(spec, ConsortiumSpec):
        if scenario.readings.cultivation_start is CultivationStartReading.RECORDED_START:
            return spec.cultivation_start
        return spec.approved_on
    if scenario.readings.construction_start is ConstructionStartReading.RECORDED_START:
        return spec.construction_start
    return spec.established_on


def _settings(scenario: Scenario) -> dict[str, Any]:
    """The scenario's settings the lifecycle engine takes with every event."""
    return {
        "force": scenario.force,
        "measures": scenario.measures,
        "parameters": scenario.parameters,
        "readings": scenario.readings,
    }


def _replay(
    cls: type[Entity[Any, Any]],
    events: list[Event],
    kw: dict[str, Any],
    spec: PlatformSpec,
    index: int,
) -> Entity[Any, Any]:
    """The entity after ``events``; an error names the spec's field that dated the event."""
    paths = _setup_paths(spec, events)
    try:
        entity = cls.create(events[0], **kw).entity
    except CixiError as error:
        raise _at(f"platforms[{index}].{paths[0]}", error) from None
    for event, path in zip(events[1:], paths[1:], strict=True):
        try:
            entity = entity.apply(event, **kw).entity
        except CixiError as error:
            raise _at(f"platforms[{index}].{path}", error) from None
    return entity


def _setup_paths(spec: PlatformSpec, events: Sequence[Event]) -> list[str]:
    fields = {
        "complex_application": "applied_on",
        "consortium_application": "applied_on",
        "center_proposal": "proposed_on",
        "feasibility_review": "approved_on",
        "expert_review": "approved_on",
        "consultation_opinion": "approved_on",
        "leader_review": "approved_on",
        "plan_approval": "approved_on",
        "host_unit_selection": "host_selected_on"
        if isinstance(spec, ComplexSpec) and spec.host_selected_on
        else "round_start",
        "round_start": "round_start",
        "cultivation_start": "cultivation_start",
        "legal_entity_establishment": "established_on",
        "construction_start": "construction_start",
    }
    given = {id(e): i for i, e in enumerate(getattr(spec, "events", ()))}
    out = []
    for event in events:
        if event.kind in fields:
            out.append(fields[event.kind])
        else:
            out.append(f"events[{given.get(id(event), 0)}]")
    return out


def _at(path: str, error: CixiError) -> CixiError:
    """``error`` re-raised at ``path`` (a scenario path), keeping its class where it can."""
    if isinstance(error, EventRefusedError) or not isinstance(error, InputError):
        message = error.reason.en if isinstance(error, EventRefusedError) else error.message
        text = message + (
            " (" + ", ".join(f"{a.en} {a.zh}" for a in error.articles) + ")"
            if error.articles
            else ""
        )
        return ScenarioError([Problem(path, text)])
    field = path if error.field in (None, "", "on") else f"{path}.{error.field}"
    message = error.message
    if isinstance(error, OutsideForceError):
        message += "; record a platform created before the Measures with force = 'flag'"
    try:
        return type(error)(message, field=field, article=error.articles or None)
    except TypeError:  # pragma: no cover - an error class with another constructor
        return ScenarioError([Problem(field, error.message)])


# Yearly events hold no names: the same for a platform and its template.


def _work_plan(on: date, year: int) -> Event:
    return AnnualWorkPlan(on, year=year, plan=f"{year}年度工作计划")


def _assessment(on: date, year: int, result: AssessmentResult) -> Event:
    return AnnualAssessment(on, year=year, result=result)


def _reassignment(on: date) -> Event:
    return UnitsReassignment(
        on, construction_units=(_NEW_CONSTRUCTION_UNIT,), host_unit=_NEW_HOST_UNIT
    )


def _annual_plan(on: date, year: int) -> Event:
    return AnnualPlan(
        on,
        year=year,
        industry_improvement_indicators=(_ON_FILE,),
        tech_breakthrough_catalogue=(_ON_FILE,),
        resource_sharing_list=(_ON_FILE,),
        flagship_product_plan=_ON_FILE,
    )
