"""The events the simulation builds for a platform (建设事件), and errors named by their paths.

The setup of each platform from its spec (application, review, consultation, approval,
host unit or legal entity, the start of the round or cycle), with or without the
free-text names the engine never reads; the yearly events (work plans, annual checks,
new units); the texts the scenario does not reproduce; and :func:`_at`, which re-raises
an error of the engine or of a rule at the scenario's path that caused it.
"""

from __future__ import annotations

import functools
import typing
from collections.abc import Sequence
from datetime import date
from typing import Any, Final, TypeVar

import attrs
from attrs import AttrsInstance

from cixi_innovation.law.indicators import CoreIndicators
from cixi_innovation.law.readings import ConstructionStartReading, CultivationStartReading
from cixi_innovation.lifecycles.center import events as center_events
from cixi_innovation.lifecycles.center.entity import InnovationCenter
from cixi_innovation.lifecycles.complex import events as complex_events
from cixi_innovation.lifecycles.complex.entity import Complex
from cixi_innovation.lifecycles.consortium import events as consortium_events
from cixi_innovation.lifecycles.consortium.entity import Consortium
from cixi_innovation.lifecycles.engine import Entity
from cixi_innovation.lifecycles.events import Event
from cixi_innovation.lifecycles.plans import (
    CenterPlan,
    ComplexPlan,
    ConsortiumPlan,
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
from cixi_innovation.values.assessments import AssessmentResult
from cixi_innovation.values.bodies import Applicant, Body, TaskGroupUnit
from cixi_innovation.values.errors import CixiError, InputError, OutsideForceError
from cixi_innovation.values.vocabulary import PlatformKind

__all__ = ["_ENTITIES", "_at", "_cutoff", "_replay", "_settings", "_setup_end", "setup_events"]

# --- texts the scenario does not reproduce ---------------------------------------------

_ON_FILE: Final = "见建设方案(情景未载录全文)"
_PLACEHOLDER: Final = "·"
_NEW_CONSTRUCTION_UNIT: Final = "另行授权的建设单位"
_NEW_HOST_UNIT: Final = "另行委托的依托单位"

_P = TypeVar("_P", bound=AttrsInstance)


def _on_file(cls: type[_P], **given: object) -> _P:
    """A plan of ``cls`` whose every section of the outline says the text is on file.

    The scenario keeps a platform's plan by reference only: each section is the note
    ``_ON_FILE`` (a list of texts holds the note once), nested sections likewise; ``given``
    fills the sections the simulation does read.
    """
    return cls(**_sections(cls, frozenset(given)), **given)


@functools.cache
def _sections(cls: type[AttrsInstance], given: frozenset[str]) -> dict[str, object]:
    """The sections of ``cls`` not ``given``, saying their text is on file.

    Built once per class and fields given (reading type hints is slow); the values are
    immutable, so every plan built from them shares them.
    """
    hints = typing.get_type_hints(cls)
    sections: dict[str, object] = {}
    for a in attrs.fields(cls):
        if a.name in given or "citation" not in a.metadata:
            continue
        hint = hints[a.name]
        if hint is str:
            sections[a.name] = _ON_FILE
        elif typing.get_origin(hint) is tuple:
            sections[a.name] = (_ON_FILE,)
        else:
            sections[a.name] = _on_file(hint)
    return sections


_CONSORTIUM_PLAN: Final = _on_file(ConsortiumPlan)
_CENTER_PLAN: Final = _on_file(CenterPlan)
_ALL_MET: Final = consortium_events.ChainLeaderFindings(
    overall_strength=True, rd_investment=True, technological_advantages=True, driving_benefits=True
)


def _complex_plan(commitments: CoreIndicators) -> ComplexPlan:
    return _on_file(ComplexPlan, commitments=TargetCommitments(core=commitments))


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


def _texts(spec: PlatformSpec, template: bool, *names: str) -> dict[str, Any]:
    """The spec's free texts ``names``, or placeholders for them in a template."""
    return {n: _PLACEHOLDER if template else getattr(spec, n) for n in names}


def _complex_setup(spec: ComplexSpec, template: bool) -> list[Event]:
    name = _PLACEHOLDER if template else spec.name
    events: list[Event] = [
        complex_events.ComplexApplication(
            spec.applied_on,
            id=_PLACEHOLDER if template else spec.id,
            name=name,
            applicants=tuple(complex_events.Party(p.kind, _PLACEHOLDER) for p in spec.applicants)
            if template
            else spec.applicants,
            industry=_PLACEHOLDER if template else spec.industry,
            leading_body=complex_events.LeadingBody(spec.leading_body.kind, _PLACEHOLDER)
            if template
            else spec.leading_body,
            plan=_complex_plan(spec.commitments),
        ),
        complex_events.FeasibilityReview(spec.approved_on, passed=True, field_meets_criteria=True),
        *(
            complex_events.ConsultationOpinion(spec.approved_on, unit=u, opinion="同意")
            for u in TaskGroupUnit
        ),
        complex_events.LeaderReview(spec.approved_on, approved=True),
        complex_events.HostUnitSelection(
            spec.host_selected_on or spec.round_start,
            host_unit=_PLACEHOLDER if template else spec.host_unit,
            publicly_solicited=True,
        ),
        complex_events.RoundStart(spec.round_start, start=spec.round_start, targets="五年建设目标"),
    ]
    return events


def _consortium_setup(spec: ConsortiumSpec, template: bool, scenario: Scenario) -> list[Event]:
    events: list[Event] = [
        consortium_events.ConsortiumApplication(
            spec.applied_on,
            **_texts(spec, template, "id", "name", "enterprise"),
            applicant=Applicant.CHAIN_LEADER_ENTERPRISE,
            plan=_CONSORTIUM_PLAN,
        ),
        consortium_events.ExpertReview(
            spec.approved_on, passed=True, niche_track=True, findings=_ALL_MET
        ),
        *(
            consortium_events.ConsortiumOpinion(spec.approved_on, unit=u, opinion="同意")
            for u in TaskGroupUnit
        ),
        consortium_events.ConsortiumLeaderReview(spec.approved_on, approved=True),
    ]
    if scenario.readings.cultivation_start is CultivationStartReading.RECORDED_START:
        events.append(consortium_events.CultivationStart(spec.cultivation_start))
    return events


def _center_setup(spec: CenterSpec, template: bool, scenario: Scenario) -> list[Event]:
    hosts = (
        tuple(
            center_events.HostUnit(
                _PLACEHOLDER,
                tuple(
                    center_events.InnovationVehicle(v.kind, _PLACEHOLDER, v.level)
                    for v in h.vehicles
                ),
            )
            for h in spec.host_units
        )
        if template
        else spec.host_units
    )
    events: list[Event] = [
        center_events.CenterProposal(
            spec.proposed_on,
            **_texts(spec, template, "id", "name", "industry"),
            proposed_by=Applicant.SCIENCE_AND_TECHNOLOGY_BUREAU,
            host_units=hosts,
            plan=_CENTER_PLAN,
        ),
        *(
            center_events.CenterOpinion(spec.approved_on, unit=u, opinion="同意")
            for u in TaskGroupUnit
        ),
        center_events.CenterApproval(spec.approved_on, approved=True, by=Body.EXECUTIVE_MEETING),
        center_events.LegalEntityEstablishment(
            spec.established_on,
            legal_person=_PLACEHOLDER if template else spec.legal_person,
            independent=True,
            board="董事会(理事会)",
            executive="总经理(中心主任)",
            expert_committee="专家委员会",
        ),
    ]
    if scenario.readings.construction_start is ConstructionStartReading.RECORDED_START:
        events.append(center_events.ConstructionStart(spec.construction_start))
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
    at = 0
    try:
        entity = cls.create(events[0], **kw).entity
        for event in events[1:]:
            at += 1
            entity = entity.apply(event, **kw).entity
    except CixiError as error:
        # the paths are worked out only for the event that failed
        raise _at(f"platforms[{index}].{_setup_paths(spec, events)[at]}", error) from None
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
        # of a refused event, the reason alone: the path says which event was refused
        en, zh = (
            (error.reason.en, error.reason.zh)
            if isinstance(error, EventRefusedError)
            else (error.message, error.zh)
        )
        return ScenarioError([Problem.citing(path, en, zh, error.articles)])
    field = path if error.field in (None, "", "on") else f"{path}.{error.field}"
    message, zh = error.message, error.zh
    if isinstance(error, OutsideForceError):
        message += "; record a platform created before the Measures with force = 'flag'"
        zh = None if zh is None else zh + ";在《办法》施行前创建的平台,请以 force = 'flag' 载录"
    try:
        return type(error)(message, zh=zh, field=field, article=error.articles or None)
    except TypeError:  # pragma: no cover - an error class with another constructor
        return ScenarioError([Problem(field, error.message, zh=error.zh)])


# Yearly events hold no names: the same for a platform and its template, and, dated by
# the scenario's calendar, mostly the same for every platform of a year: each is built
# once per distinct date (an event is an immutable value).


@functools.lru_cache(maxsize=1024)
def _work_plan(on: date, year: int) -> Event:
    return complex_events.AnnualWorkPlan(on, year=year, plan=f"{year}年度工作计划")


@functools.lru_cache(maxsize=1024)
def _assessment(on: date, year: int, result: AssessmentResult) -> Event:
    return complex_events.AnnualAssessment(on, year=year, result=result)


@functools.lru_cache(maxsize=1024)
def _reassignment(on: date) -> Event:
    return complex_events.UnitsReassignment(
        on, construction_units=(_NEW_CONSTRUCTION_UNIT,), host_unit=_NEW_HOST_UNIT
    )


@functools.lru_cache(maxsize=1024)
def _annual_plan(on: date, year: int) -> Event:
    return consortium_events.AnnualPlan(
        on,
        year=year,
        industry_improvement_indicators=(_ON_FILE,),
        tech_breakthrough_catalogue=(_ON_FILE,),
        resource_sharing_list=(_ON_FILE,),
        flagship_product_plan=_ON_FILE,
    )
