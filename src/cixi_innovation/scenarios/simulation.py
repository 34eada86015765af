"""Running a scenario: the lifecycles through the engine, the money through the rules.

:func:`simulate` turns a :class:`~cixi_innovation.scenarios.scenario.Scenario` into a
:class:`~cixi_innovation.scenarios.results.SimulationResult`.  For each platform it builds the
lifecycle events from the spec (application, review, consultation, approval, host unit
or legal entity, the start of the round or cycle), then walks the calendar years of the
horizon, day by day as the scenario's :class:`~cixi_innovation.scenarios.horizon.Calendar` sets
them:

* **Complex** (Art. 8-11, 23): new units after a revocation; the end-of-round appraisal
  when the round has expired (a further round if the spec asks for one); the annual
  work plan; the advance of the year's operating subsidy (:func:`~cixi_innovation.rules.subsidy.operating_subsidy`,
  the Art. 23 overlap with other policies, :func:`~cixi_innovation.rules.subsidy.advance_payment`); the settlement of
  the previous year with the fund-use inspection's findings, linked to that year's
  annual check (:func:`~cixi_innovation.rules.subsidy.settle_operating_subsidy`); the Bureau's annual check; the
  higher level's annual evaluation for Ningbo level or above.
* **Consortium** (Art. 15-16, 23): the final acceptance when the cycle has expired,
  the annual plan, the Art. 16 claims (:func:`~cixi_innovation.rules.consortium_support.policy_subsidy`).
* **Innovation Center** (Art. 20-21, 23): recognitions, the mid-term evaluation after
  three full years, the end-of-period check, the Art. 20 matching of the higher-level
  subsidy received in the year (:func:`~cixi_innovation.rules.center_funds.matching_funds`).

States are what the lifecycle engine says; amounts are what the rule functions say (no
cap or link is re-implemented here).  An outcome (an assessment result, a grade) comes
from the year's explicit facts, else it is drawn from the probabilities, else it is an
error naming its path.  A platform eliminated, revoked or terminated gets nothing
further, and its row says why, citing the article.

Conventions of the simulation (not policy; see also the scenario's calendar):

* a Complex's year is *subsidised* when, on the advance day, its units are in office
  and have reported the year's plan, and the year's annual check falls inside the
  running round (how first and last years of a round are handled is open, TN 10.6);
* the settlement of a subsidised year is made on the settlement day of the next year
  even if the Complex has since been eliminated (it settles money already advanced);
  a settlement that falls after the horizon is not simulated;
* nothing dated outside the Measures' force is simulated when the scenario refuses such
  dates (``force = "refuse"``); with ``"flag"`` it is simulated and flagged (Art. 24);
* cash is counted on the day of the decision that pays it (advance, settlement, Art. 16
  grant, Art. 20 matching).

Fast and exact: the engine and the rules are pure, so their answers are memoized.  The
engine never reads a platform's id or names, so the lifecycle is run on a *template*
of each platform with the free-text names left out, and platforms whose templates agree
share the engine's work; :meth:`~cixi_innovation.scenarios.results.SimulationResult.explain`
replays the platform's own events to give its decisions with its names.

>>> from cixi_innovation.scenarios.default import default_scenario
>>> result = simulate(default_scenario())
>>> result.total(2026).cash
Decimal('8450000.00')
"""

from __future__ import annotations

import contextlib
import gc
import operator
import random
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Executor, ProcessPoolExecutor
from datetime import date, timedelta
from decimal import Decimal
from typing import Any, Final, NamedTuple, Protocol

import attrs

from cixi_innovation.law.indicators import CoreIndicators
from cixi_innovation.law.measures import ForceCheck
from cixi_innovation.law.parameters import require
from cixi_innovation.law.readings import ConstructionStartReading, CultivationStartReading
from cixi_innovation.lifecycles.center.entity import InnovationCenter
from cixi_innovation.lifecycles.center.events import (
    CenterApproval,
    CenterFinalAcceptance,
    CenterOpinion,
    CenterProposal,
    ConstructionStart,
    HostUnit,
    InnovationVehicle,
    LegalEntityEstablishment,
    MidTermEvaluation,
)
from cixi_innovation.lifecycles.center.facts import CenterState
from cixi_innovation.lifecycles.complex.entity import Complex
from cixi_innovation.lifecycles.complex.events import (
    AnnualAssessment,
    AnnualWorkPlan,
    ComplexApplication,
    ConsultationOpinion,
    FeasibilityReview,
    HigherLevelAnnualEvaluation,
    HostUnitSelection,
    LeaderReview,
    LeadingBody,
    Party,
    RoundAppraisal,
    RoundStart,
    UnitsReassignment,
)
from cixi_innovation.lifecycles.complex.facts import ComplexState
from cixi_innovation.lifecycles.consortium.entity import Consortium
from cixi_innovation.lifecycles.consortium.events import (
    AnnualPlan,
    ChainLeaderFindings,
    ConsortiumApplication,
    ConsortiumLeaderReview,
    ConsortiumOpinion,
    CultivationAcceptance,
    CultivationStart,
    ExpertReview,
)
from cixi_innovation.lifecycles.consortium.facts import ConsortiumState
from cixi_innovation.lifecycles.engine import Entity
from cixi_innovation.lifecycles.events import Event
from cixi_innovation.lifecycles.history import HistoryEntry
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
from cixi_innovation.rules.center_funds import matching_funds
from cixi_innovation.rules.consortium_support import SubsidyCountReading, policy_subsidy
from cixi_innovation.rules.evaluations import AssessmentKind
from cixi_innovation.rules.overlap import Candidate, PolicySource, overlap_groups, resolve_overlap
from cixi_innovation.rules.overlap import MatchingReading as OverlapMatchingReading
from cixi_innovation.rules.subsidy import CarryOverReading, operating_subsidy
from cixi_innovation.rules.subsidy_expenses import RemunerationBase
from cixi_innovation.rules.subsidy_settlement import advance_payment, settle_operating_subsidy
from cixi_innovation.scenarios.facts import CenterYearFacts, ComplexYearFacts
from cixi_innovation.scenarios.platforms import (
    CenterSpec,
    ComplexSpec,
    ConsortiumSpec,
    PlatformSpec,
)
from cixi_innovation.scenarios.probabilities import Probabilities
from cixi_innovation.scenarios.problems import Problem, ScenarioError
from cixi_innovation.scenarios.results import (
    OUTCOME_COUNTS,
    CountDistribution,
    MoneyDistribution,
    MonteCarloResult,
    MonteCarloYear,
    Row,
    SimulationResult,
    YearTotals,
)
from cixi_innovation.scenarios.scenario import Scenario
from cixi_innovation.values.citations import Citation
from cixi_innovation.values.dates import Period
from cixi_innovation.values.decisions import Decision, Reason
from cixi_innovation.values.errors import (
    CixiError,
    InputError,
    MissingInputError,
    OutsideForceError,
)
from cixi_innovation.values.money import ZERO
from cixi_innovation.values.vocabulary import (
    Applicant,
    AssessmentResult,
    Body,
    Label,
    LabelledEnum,
    Level,
    PerformanceGrade,
    PlatformKind,
    TaskGroupUnit,
)

__all__ = ["Progress", "monte_carlo", "simulate"]

ART_8: Final = Citation.article(8)
ART_8_2: Final = Citation.article(8, 2)
ART_9: Final = Citation.article(9)
ART_10: Final = Citation.article(10)
ART_11: Final = Citation.article(11)
ART_15: Final = Citation.article(15)
ART_16: Final = Citation.article(16)
ART_20: Final = Citation.article(20, 1)
ART_21: Final = Citation.article(21)
ART_22: Final = Citation.article(22)
ART_23: Final = Citation.article(23)
ART_24: Final = Citation.article(24)


class Progress(Protocol):
    """A progress callback: called with (runs done, runs in all) after each chunk."""

    def __call__(self, done: int, total: int) -> object:
        """Report progress."""
        ...


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


# --- notes: what the simulation says of a year besides the decisions ---------------------


class _NoteText(NamedTuple):
    outcome: Label
    citations: tuple[Citation, ...]
    zh: str
    en: str


_NOTES: Final[dict[str, _NoteText]] = {
    "eliminated": _NoteText(
        Label("nothing_further", "不再安排", "nothing further"),
        (ART_9,),
        "综合体已淘汰,不再列入创建名单,不再安排运营经费补贴。",
        "The Complex is eliminated and off the creation list: no operating subsidy is arranged.",
    ),
    "ended": _NoteText(
        Label("nothing_further", "不再安排", "nothing further"),
        (ART_9,),
        "综合体本轮建设已结束,不再安排运营经费补贴。",
        "The Complex's construction has ended: no operating subsidy is arranged.",
    ),
    "units_revoked": _NoteText(
        Label("not_arranged", "当年不安排", "nothing arranged"),
        (ART_8, ART_10),
        "{on}建设单位与依托单位资格已取消、尚未另行授权委托,不预拨{year}年运营经费补贴。",
        "On {on} the units' qualifications are revoked and no new units are entrusted yet: "
        "no subsidy is advanced for {year}.",
    ),
    "not_subsidised": _NoteText(
        Label("not_arranged", "当年不安排", "nothing arranged"),
        (ART_8, ART_10),
        "{year}年不是该综合体的补贴年度:预拨日{on}未在建设中报送年度计划,或年度考核验收日不在建设周期内"
        "(情景约定)。",
        "{year} is not a subsidy year of the Complex: on the advance day ({on}) it has no "
        "reported plan under construction, or the year's annual check falls outside the round "
        "(a convention of the scenario).",
    ),
    "beyond_horizon": _NoteText(
        Label("pending", "模拟期后结算", "settled after the horizon"),
        (ART_10,),
        "{year}年运营经费补贴于次年结算,结算日{day}在模拟期之外。",
        "The {year} subsidy is settled in the following year, on {day}, after the horizon.",
    ),
    "no_check": _NoteText(
        Label("not_settled", "无从结算", "not settled"),
        (ART_10,),
        "{year}年未进行年度目标考核验收,运营经费补贴无从挂钩结算;本办法对此未作规定,未予结算。",
        "No annual check of {year} was held, so its subsidy cannot be linked and settled; the "
        "Measures say nothing of this case, and nothing is settled.",
    ),
    "terminated": _NoteText(
        Label("nothing_further", "不再给予", "nothing further"),
        (ART_21, ART_20),
        "政策支持已于{ended}终止,{on}不再给予经费配套。",
        "Policy support was terminated on {ended}: no matching is provided on {on}.",
    ),
    "outside_force": _NoteText(
        Label("outside_force", "不在有效期内", "outside the Measures' force"),
        (ART_24,),
        "{on}不在本办法有效期内,{what}未予模拟。",
        "{on} is outside the Measures' force: {what} is not simulated.",
    ),
    # cites the provisions of the final state, given with the note
    "refused_event": _NoteText(
        Label("not_applied", "未予适用", "not applied"),
        (),
        "{what}发生于终结状态({state})之后,未予适用。",
        "{what} comes after a final state ({state}) and is not applied.",
    ),
}


@attrs.frozen
class _Note:
    """A note of the simulation on one day: a code of :data:`_NOTES` and its parameters."""

    on: date
    code: str
    params: tuple[tuple[str, Any], ...] = ()
    #: the provisions cited, when the note's text leaves them to the case
    cites: tuple[Citation, ...] = ()

    @property
    def citations(self) -> tuple[Citation, ...]:
        return self.cites or _NOTES[self.code].citations

    def decision(self, subject: str) -> Decision:
        text = _NOTES[self.code]
        params = {"on": self.on, **dict(self.params)}
        reason = Reason(self.citations, text.zh, text.en, params)
        return Decision(f"simulation.{self.code}", self.on, text.outcome, {}, (reason,), subject)


# --- rule calls, memoized --------------------------------------------------------------


@attrs.frozen
class _Rule:
    """A rule function, the names of its arguments and what it cites."""

    name: str
    function: Callable[..., Decision] = attrs.field(eq=False)
    names: tuple[str, ...]
    citations: tuple[Citation, ...]


_OPERATING: Final = _Rule(
    "operating_subsidy",
    operating_subsidy,
    (
        "requested",
        "on",
        "level",
        "carried_over",
        "higher_level_in_year",
        "reading",
        "parameters",
        "force",
    ),
    (ART_10,),
)
_ADVANCE: Final = _Rule(
    "advance_payment",
    advance_payment,
    ("year", "on", "granted", "rule", "parameters", "force"),
    (ART_10,),
)
_SETTLE: Final = _Rule(
    "settle_operating_subsidy",
    settle_operating_subsidy,
    (
        "year",
        "on",
        "granted",
        "advanced",
        "result",
        "expenses",
        "findings",
        "link",
        "base",
        "parameters",
        "force",
    ),
    (ART_10, ART_11),
)
_POLICY: Final = _Rule(
    "policy_subsidy",
    policy_subsidy,
    (
        "claims",
        "on",
        "cultivation",
        "by_chain_leader",
        "revoked_on",
        "schedule",
        "reading",
        "force",
    ),
    (ART_15, ART_16),
)
_MATCHING: Final = _Rule(
    "matching_funds",
    matching_funds,
    ("higher_level_subsidy", "on", "level", "ratio", "force"),
    (ART_20,),
)
_OVERLAP: Final = _Rule(
    "resolve_overlap", resolve_overlap, ("candidates", "on", "matching", "force"), (ART_23,)
)
_RULES: Final = {r.name: r for r in (_OPERATING, _ADVANCE, _SETTLE, _POLICY, _MATCHING, _OVERLAP)}


@attrs.frozen
class _Call:
    """A rule call of a row, kept to rebuild its decision on demand."""

    rule: str
    args: tuple[Any, ...]

    @property
    def on(self) -> date:
        value: date = self.args[1]
        return value

    @property
    def citations(self) -> tuple[Citation, ...]:
        return _RULES[self.rule].citations

    def decision(self, subject: str) -> Decision:
        rule = _RULES[self.rule]
        return rule.function(**dict(zip(rule.names, self.args, strict=True)), subject=subject)


Step = _Call | _Note


# --- the engine's memo -----------------------------------------------------------------------


class _Node:
    """A template entity reached by the engine, and the entities its next events lead to."""

    __slots__ = ("children", "entity", "entry")

    def __init__(self, entity: Entity[Any, Any], entry: HistoryEntry[Any] | None) -> None:
        self.entity = entity
        self.entry = entry
        self.children: dict[Event, _Node] = {}


class _Memo:
    """The engine's and the rules' answers, computed once per distinct input."""

    def __init__(self, scenario: Scenario) -> None:
        self.scenario = scenario
        self.roots: dict[tuple[object, ...], _Node] = {}
        self.calls: dict[str, dict[tuple[object, ...], Decision]] = {name: {} for name in _RULES}
        self.facts: list[dict[int, Any]] = [
            {f.year: f for f in spec.years} for spec in scenario.platforms
        ]
        self.ids: dict[int, tuple[int, object]] = {}
        self.canonical: dict[object, object] = {}
        self.setups: list[tuple[_Node, object, list[Event]]] = []
        self.years: dict[tuple[object, ...], _Year] = {}
        self.plans: dict[tuple[int, int], _DrawPlan] = {}
        for index, spec in enumerate(scenario.platforms):
            self.setups.append(self._setup(index, spec))

    def token(self, value: object) -> object:
        """A small key standing for ``value``: equal values share it; computed once per object."""
        if type(value) in _PLAIN:
            return value
        found = self.ids.get(id(value))
        if found is None:
            canonical = self.canonical.setdefault(value, value)
            found = self.ids[id(value)] = (id(canonical), value)
        return found[0]

    def _setup(self, index: int, spec: PlatformSpec) -> tuple[_Node, object, list[Event]]:
        s = self.scenario
        cutoff = _cutoff(_setup_end(spec, s), s)
        given: tuple[Event, ...] = getattr(spec, "events", ())
        late = [e for e in given if e.on > cutoff]
        key = (
            spec.kind,
            _template_key(spec, self.token),
            tuple(e for e in given if e.on <= cutoff),
        )
        root = self.roots.get(key)
        if root is None:
            events, _ = setup_events(spec, s, template=True)
            cls = _ENTITIES[spec.kind]
            kw: dict[str, Any] = {
                "force": s.force,
                "measures": s.measures,
                "parameters": s.parameters,
                "readings": s.readings,
            }
            try:
                entity = _replay(cls, events, kw, spec, index)
            except CixiError:
                # the template leaves the names out: say it with the platform's own events
                _replay(cls, setup_events(spec, s)[0], kw, spec, index)
                # the engine reads no name, so the platform's own events fail as the
                # template's did and the line above raises; this one only keeps a broken
                # template from passing silently
                raise  # pragma: no cover
            root = self.roots[key] = _Node(entity, None)
        return root, self.token(_profile(spec, late, self.token)), late

    def call(
        self, rule: _Rule, key: tuple[object, ...], args: tuple[Any, ...], path: str
    ) -> Decision:
        calls = self.calls[rule.name]
        found = calls.get(key)
        if found is None:
            try:
                found = rule.function(**dict(zip(rule.names, args, strict=True)))
            except InputError as error:
                raise _at(path, error) from None
            calls[key] = found
        return found


_PLAIN: Final = frozenset({int, str, bool, date, Decimal, type(None)})


def _profile(
    spec: PlatformSpec, late: list[Event], token: Callable[[object], object]
) -> tuple[object, ...]:
    """What a platform's years depend on besides their facts, its state and the draws."""
    if isinstance(spec, ComplexSpec):
        return (
            spec.kind,
            spec.requested_subsidy,
            token(spec.spending),
            spec.further_rounds,
            token(spec.commitments),
            tuple(late),
        )
    if isinstance(spec, ConsortiumSpec):
        return (spec.kind, spec.further_rounds)
    return (spec.kind, spec.further_rounds, tuple(late))


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


def _template_key(spec: PlatformSpec, token: Callable[[object], object]) -> tuple[object, ...]:
    """What a platform's template setup depends on: its setup events without the names."""
    if isinstance(spec, ComplexSpec):
        return (
            tuple(p.kind for p in spec.applicants),
            spec.leading_body.kind,
            token(spec.commitments),
            spec.applied_on,
            spec.approved_on,
            spec.host_selected_on,
            spec.round_start,
        )
    if isinstance(spec, ConsortiumSpec):
        return (spec.applied_on, spec.approved_on, spec.cultivation_start)
    return (
        tuple(tuple((v.kind, v.level) for v in h.vehicles) for h in spec.host_units),
        spec.proposed_on,
        spec.approved_on,
        spec.established_on,
        spec.construction_start,
    )


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


# --- one run --------------------------------------------------------------------------------


class _Acc:
    """What one platform-year gathers while it runs."""

    __slots__ = ("advance", "art16", "art20", "granted", "paid", "recovered", "steps")

    def __init__(self) -> None:
        self.advance = self.granted = self.paid = self.recovered = ZERO
        self.art16 = self.art20 = ZERO
        self.steps: list[tuple[date, Step | HistoryEntry[Any]]] = []


class _Year(NamedTuple):
    """What one platform-year did: computed once per distinct input, then reused."""

    node: _Node
    state: LabelledEnum | None
    settled: bool
    grant: _Grant | None
    assessed: AssessmentResult | None
    events: tuple[Event, ...]
    money: tuple[Decimal, Decimal, Decimal, Decimal, Decimal, Decimal, Decimal]
    articles: tuple[Citation, ...]
    notes: tuple[Step, ...]
    counts: tuple[int, ...]


_NO_COUNTS: Final = (0, 0, 0, 0)


class _Marker(NamedTuple):
    """Why an outcome could not be drawn."""

    reason: str


_NO_PROBABILITY: Final = _Marker("no probability")
_NO_SEED: Final = _Marker("no seed")

#: Per kind, the outcomes drawn when not given: (field of the year's facts, probability,
#: failing outcome, passing outcome), in the order they are drawn.
_DRAWS: Final[dict[PlatformKind, tuple[tuple[str, str, LabelledEnum, LabelledEnum], ...]]] = {
    PlatformKind.COMPLEX: (
        (
            "assessment",
            "unqualified_annual_assessment",
            AssessmentResult.UNQUALIFIED,
            AssessmentResult.QUALIFIED,
        ),
        (
            "higher_level_evaluation",
            "poor_higher_level_evaluation",
            PerformanceGrade.POOR,
            PerformanceGrade.NOT_POOR,
        ),
        ("appraisal", "poor_appraisal", PerformanceGrade.POOR, PerformanceGrade.NOT_POOR),
    ),
    PlatformKind.CONSORTIUM: (
        (
            "acceptance",
            "unqualified_consortium_acceptance",
            AssessmentResult.UNQUALIFIED,
            AssessmentResult.QUALIFIED,
        ),
    ),
    PlatformKind.INNOVATION_CENTER: (
        ("mid_term", "poor_mid_term", PerformanceGrade.POOR, PerformanceGrade.NOT_POOR),
        (
            "final_acceptance",
            "unqualified_center_acceptance",
            AssessmentResult.UNQUALIFIED,
            AssessmentResult.QUALIFIED,
        ),
    ),
}


_MEMBERS: Final[dict[str, LabelledEnum]] = {
    m.value: m for m in (*AssessmentResult, *PerformanceGrade)
}


class _Grant(NamedTuple):
    year: int
    granted: Decimal
    advanced: Decimal


class _Outcomes:
    """Counts of the outcomes of one year (for Monte Carlo)."""

    __slots__ = ("counts",)

    def __init__(self) -> None:
        self.counts = dict.fromkeys(OUTCOME_COUNTS, 0)


_COUNTED: Final[dict[LabelledEnum, str]] = {
    ComplexState.ELIMINATED: "eliminated",
    ComplexState.UNITS_REVOKED: "units_revoked",
    ConsortiumState.QUALIFICATION_REVOKED: "cultivation_revoked",
    CenterState.SUPPORT_TERMINATED: "support_terminated",
    CenterState.SUPPORT_TERMINATED_EARLY: "support_terminated",
}


#: Per outcome of a kind: (field of the year's facts, numerator, denominator, failing
#: code, passing code); a denominator of 0 when no probability is given.
_Draws = tuple[tuple[str, int, int, str, str], ...]


def _draws(kind: PlatformKind, probabilities: Probabilities | None) -> _Draws:
    out = []
    for field, probability, failing, passing in _DRAWS[kind]:
        chance = None if probabilities is None else getattr(probabilities, probability)
        out.append(
            (
                field,
                0 if chance is None else chance.numerator,
                0 if chance is None else chance.denominator,
                failing.code,
                passing.code,
            )
        )
    return tuple(out)


_DrawPlan = tuple[tuple[object, ...], tuple[tuple[int, int, int, str, str], ...], int]


def _draw_plan(draws: _Draws, facts: object, seeded: bool) -> _DrawPlan:
    """Which outcomes of a year are drawn (those not given), and the product of their odds."""
    base: list[object] = []
    needed: list[tuple[int, int, int, str, str]] = []
    space = 1
    for field, numerator, denominator, failing, passing in draws:
        if facts is not None and getattr(facts, field) is not None:
            base.append(None)
        elif denominator == 0:
            base.append(_NO_PROBABILITY)
        elif not seeded:
            base.append(_NO_SEED)
        else:
            needed.append((len(base), numerator, denominator, failing, passing))
            base.append(None)
            space *= denominator
    return tuple(base), tuple(needed), space


#: The order of a row's decisions: by day, the lifecycle's steps first (a stable sort).
_BY_DAY: Final = operator.itemgetter(0, 1)


class _Platform:
    """One platform during one run."""

    __slots__ = (
        "acc",
        "assessed",
        "draws",
        "events",
        "grants",
        "index",
        "late",
        "node",
        "path",
        "probabilities",
        "profile",
        "spec",
    )

    def __init__(
        self,
        index: int,
        spec: PlatformSpec,
        node: _Node,
        late: list[Event],
        probabilities: Probabilities | None,
        profile: object,
        draws: _Draws,
    ) -> None:
        self.index = index
        self.profile = profile
        self.draws = draws
        self.spec = spec
        self.node = node
        self.late = late
        self.path = f"platforms[{index}]"
        self.probabilities = probabilities
        self.events: list[Event] = []
        self.grants: dict[int, _Grant] = {}
        self.assessed: dict[int, AssessmentResult] = {}
        self.acc = _Acc()


_GIVE: Final = "give it in the year's facts, or a probability"


class _Run:
    """One simulation run over the horizon."""

    def __init__(self, memo: _Memo, rng: random.Random | None, collect: bool) -> None:
        self.memo = memo
        s = self.scenario = memo.scenario
        self.rng = rng
        self.collect = collect
        self.cal = s.calendar
        self.delay = timedelta(days=s.calendar.after_expiry_days)
        self.force = s.force
        self.refuse = s.force is ForceCheck.REFUSE
        self.start, self.end = s.measures.effective_date, s.measures.end_exclusive
        i = s.inputs
        self.carry = i.carry_over or CarryOverReading.OUTSIDE_CAP
        self.base = i.remuneration_base or RemunerationBase.GRANTED_SUBSIDY
        self.count = i.subsidy_count or SubsidyCountReading.ONE_PER_TRIGGER
        self.overlap_matching = i.overlap_matching or OverlapMatchingReading.NOT_AN_OVERLAP
        self.outcomes = _Outcomes()
        self._probabilities: Probabilities | None = None
        self._drawn: dict[str, object] = {}
        self.plans = memo.plans

    # -- helpers ------------------------------------------------------------------------

    def in_force(self, on: date) -> bool:
        return not self.refuse or self.start <= on < self.end

    def note(self, p: _Platform, on: date, code: str, **params: Any) -> None:
        p.acc.steps.append((on, _Note(on, code, tuple(params.items()))))

    def refuse_after_final(self, p: _Platform, on: date, what: Label) -> None:
        """Note an event that comes after the platform's final state, citing its provisions.

        Those of the transitions into the state: elimination, Art. 9; rejection, Art. 6
        or 18; termination, Art. 21.
        """
        entity = p.node.entity
        state = entity.state
        cites = type(entity).lifecycle.articles_into(state)
        note = _Note(on, "refused_event", (("what", what), ("state", state)), cites)
        p.acc.steps.append((on, note))

    def call(
        self, p: _Platform, rule: _Rule, key: tuple[object, ...], args: tuple[Any, ...], path: str
    ) -> Decision:
        decision = self.memo.call(rule, key, args, path)
        p.acc.steps.append((args[1], _Call(rule.name, args)))
        return decision

    def apply(self, p: _Platform, event: Event, path: str) -> LabelledEnum:
        node = p.node
        child = node.children.get(event)
        if child is None:
            s = self.scenario
            try:
                applied = node.entity.apply(
                    event,
                    force=s.force,
                    measures=s.measures,
                    parameters=s.parameters,
                    readings=s.readings,
                )
            except CixiError as error:
                raise _at(path, error) from None
            child = node.children[event] = _Node(applied.entity, applied.entry)
        p.node = child
        p.events.append(event)
        assert child.entry is not None
        p.acc.steps.append((event.on, child.entry))
        state: LabelledEnum = child.entity.state
        counted = _COUNTED.get(state)
        if counted is not None and node.entity.state is not state:
            self.outcomes.counts[counted] += 1
        return state

    def draw(
        self,
        given: Any,
        probability: str,
        failing: Any,
        passing: Any,
        path: str,
        what: str,
        article: Citation,
    ) -> Any:
        if given is not None:
            return given
        drawn = self._drawn.get(probability, _NO_PROBABILITY)
        if drawn is _NO_PROBABILITY:
            raise MissingInputError(
                f"{what} is needed; {_GIVE} (probabilities.{probability})",
                field=path,
                article=article,
            )
        if drawn is _NO_SEED:
            raise MissingInputError(
                f"{what} is drawn from probabilities.{probability}; give a seed",
                field="seed",
                article=article,
            )
        return drawn

    # -- the run ------------------------------------------------------------------------

    def predraw(self, p: _Platform, facts: Any) -> tuple[object, ...]:
        """Draw, in a fixed order, every outcome of the year not given explicitly.

        Drawing first (whether or not the outcome turns out to be needed) makes a
        platform-year a pure function of its inputs and these draws, so it is memoized.
        """
        rng = self.rng
        key = (id(facts), id(p.draws))
        plan = self.plans.get(key)
        if plan is None:
            plan = self.plans[key] = _draw_plan(p.draws, facts, rng is not None)
        base, needed, space = plan
        if not needed:
            return base
        assert rng is not None
        # One uniform integer below the product of the denominators; its mixed-radix
        # digits are independent and uniform, one per outcome: exact draws.
        value = rng.randrange(space)
        out = list(base)
        for index, numerator, denominator, failing, passing in needed:
            value, digit = divmod(value, denominator)
            out[index] = failing if digit < numerator else passing
        return tuple(out)

    def compute(self, p: _Platform, year: int, drawn: tuple[object, ...]) -> _Year:
        node = p.node
        events = len(p.events)
        pending = p.grants.get(year - 1)
        counts = dict(self.outcomes.counts)
        p.acc = acc = _Acc()
        self._drawn = {
            probability: _MEMBERS.get(value, value) if isinstance(value, str) else value
            for (_, probability, _, _), value in zip(_DRAWS[p.spec.kind], drawn, strict=True)
        }
        spec = p.spec
        if isinstance(spec, ComplexSpec):
            self.complex_year(p, spec, year)
        elif isinstance(spec, ConsortiumSpec):
            self.consortium_year(p, spec, year)
        else:
            self.center_year(p, spec, year)
        entity = p.node.entity
        last = date(year, 12, 31)
        state = entity.state if entity.last_event_on <= last else entity.state_on(last)
        # The row cites what its decisions cite, in the order SimulationResult.decisions
        # lists them: by date, the lifecycle's steps before the rules' and the notes.
        cited: list[tuple[date, int, tuple[Citation, ...]]] = []
        before = node.entity
        if before.last_event_on.year == year:
            # the setup ended this year: its steps of the year belong to the row
            cited += [
                (e.event.on, 0, e.transition.articles)
                for e in before.history
                if e.event.on.year == year
            ]
        notes: list[Step] = []
        for on, step in acc.steps:
            if isinstance(step, HistoryEntry):
                cited.append((on, 0, step.transition.articles))
            else:
                cited.append((on, 1, step.citations))
                notes.append(step)
        cited.sort(key=_BY_DAY)
        citations: dict[Citation, None] = {}
        for _, _, articles in cited:
            citations.update(dict.fromkeys(articles))
        cash = acc.advance + acc.paid - acc.recovered + acc.art16 + acc.art20
        delta = tuple(self.outcomes.counts[c] - counts[c] for c in OUTCOME_COUNTS)
        result = _Year(
            p.node,
            state,
            pending is not None and year - 1 not in p.grants,
            p.grants.get(year),
            p.assessed.get(year),
            tuple(p.events[events:]),
            (acc.advance, acc.granted, acc.paid, acc.recovered, acc.art16, acc.art20, cash),
            tuple(citations),
            tuple(notes),
            delta,
        )
        # undo: the caller applies the memoized result the same way whether computed or not
        p.node = node
        del p.events[events:]
        if result.grant is not None:
            del p.grants[year]
        if result.settled:
            p.grants[year - 1] = pending  # type: ignore[assignment]
        p.assessed.pop(year, None)
        for c in OUTCOME_COUNTS:
            self.outcomes.counts[c] = counts[c]
        return result

    def run(
        self,
    ) -> tuple[list[Row], list[YearTotals], list[tuple[list[Event], dict[int, tuple[Step, ...]]]]]:
        s = self.scenario
        years = s.horizon.years
        memo = self.memo
        draws: dict[tuple[PlatformKind, int], _Draws] = {}
        platforms = []
        for i, (spec, (node, profile, late)) in enumerate(
            zip(s.platforms, memo.setups, strict=True)
        ):
            chances = s.probabilities_of(spec)
            draw_key = (spec.kind, id(chances))
            plan = draws.get(draw_key)
            if plan is None:
                plan = draws[draw_key] = _draws(spec.kind, chances)
            platforms.append(_Platform(i, spec, node, late, chances, profile, plan))
        rows: list[Row] = []
        totals: list[YearTotals] = []
        trails: list[tuple[list[Event], dict[int, tuple[Step, ...]]]] = [
            ([], {}) for _ in platforms
        ]
        collect = self.collect
        by_year: dict[int, list[Row]] = {}
        memo_facts, memo_years, token = memo.facts, memo.years, memo.token
        for year in years:
            self.outcomes = _Outcomes()
            year_rows: list[Row] = []
            advances = paid = recovered = art16 = art20 = cash = ZERO
            counted = [0, 0, 0, 0]
            for p in platforms:
                # the platform's year: from the memo, or computed and memoized
                facts = memo_facts[p.index].get(year)
                drawn = self.predraw(p, facts)
                pending = p.grants.get(year - 1)
                if pending is None:
                    key: tuple[object, ...] = (
                        p.profile,
                        id(p.node),
                        year,
                        None if facts is None else token(facts),
                        drawn,
                    )
                else:
                    before = memo_facts[p.index].get(year - 1)
                    key = (
                        p.profile,
                        id(p.node),
                        year,
                        None if facts is None else token(facts),
                        drawn,
                        pending,
                        id(p.assessed.get(year - 1)),
                        None if before is None else token(before),
                    )
                done = memo_years.get(key)
                if done is None:
                    self._probabilities = p.probabilities
                    done = memo_years[key] = self.compute(p, year, drawn)
                p.node = done.node
                if done.settled:
                    del p.grants[year - 1]
                if done.grant is not None:
                    p.grants[year] = done.grant
                if done.assessed is not None:
                    p.assessed[year] = done.assessed
                if done.events:
                    p.events.extend(done.events)
                money = done.money
                advances += money[0]
                paid += money[2]
                recovered += money[3]
                art16 += money[4]
                art20 += money[5]
                cash += money[6]
                if done.counts != _NO_COUNTS:
                    for k in range(4):
                        counted[k] += done.counts[k]
                if collect:
                    spec = p.spec
                    year_rows.append(
                        Row(
                            spec.id,
                            spec.kind,
                            year,
                            done.state,
                            money[0],
                            money[1],
                            money[2],
                            money[3],
                            money[4],
                            money[5],
                            money[6],
                            done.articles,
                        )
                    )
                    trails[p.index][1][year] = done.notes
            totals.append(
                YearTotals(
                    year,
                    advances,
                    paid,
                    recovered,
                    art16,
                    art20,
                    cash,
                    counted[0],
                    counted[1],
                    counted[2],
                    counted[3],
                )
            )
            by_year[year] = year_rows
        if collect:
            for p in platforms:
                trails[p.index][0].extend(p.events)
            for index in range(len(platforms)):
                rows.extend(by_year[y][index] for y in years)
        return rows, totals, trails

    # -- Complexes ----------------------------------------------------------------------

    def complex_year(self, p: _Platform, spec: ComplexSpec, year: int) -> None:
        cal = self.cal
        facts = self.memo.facts[p.index].get(year)
        entity = p.node.entity
        state = entity.state
        if state is ComplexState.ELIMINATED or state is ComplexState.CONSTRUCTION_ENDED:
            code = "eliminated" if state is ComplexState.ELIMINATED else "ended"
            self.note(p, date(year, 1, 1), code)
            # the year's events are noted, not applied, as in the year the state was reached
            for event in sorted((e for e in p.late if e.on.year == year), key=lambda e: e.on):
                self.refuse_after_final(p, event.on, event.label)
            self.settle(p, spec, year)
            return
        queue: list[tuple[date, int, str, Any]] = []
        push = queue.append
        first = date(year, 1, 1)
        setup_end = entity.last_event_on
        for event in p.late:
            if event.on.year == year:
                push((event.on, 0, "event", event))
        reassign_day = cal.reassignment.in_year(year)
        if state is ComplexState.UNITS_REVOKED:
            push((reassign_day, 1, "reassign", None))
        round_ = entity.facts.round
        assert round_ is not None  # the setup starts the first round, and no step clears it
        due = round_.end + self.delay
        if due.year == year:
            push((due, 2, "appraise", None))
        elif due < first:
            push((reassign_day, 2, "appraise", None))
        self._schedule_year(push, round_, year)
        push((cal.settlement.in_year(year), 6, "settle", None))
        push((cal.annual_assessment.in_year(year), 7, "assess", None))
        push((cal.higher_level_evaluation.in_year(year), 8, "evaluate", None))
        queue.sort(key=_action_key, reverse=True)
        path = f"{p.path}.years[{year}]"
        while queue:
            on, _, action, payload = queue.pop()
            if on < setup_end and action != "event":
                continue
            state = p.node.entity.state
            if state in COMPLEX_FINALS and action not in ("settle",):
                if action == "event":
                    self.refuse_after_final(p, on, payload.label)
                continue
            if not self.in_force(on):
                if action not in ("reassign", "settle"):
                    self.note(p, on, "outside_force", what=_ACTION_LABELS[action])
                elif action == "settle":
                    self.settle(p, spec, year, on)
                continue
            if action == "event":
                self.apply(p, payload, f"{p.path}.events[{spec.events.index(payload)}]")
            elif action == "reassign":
                # pushed only for a year that starts with the units revoked; before the
                # reassignment day nothing leads out of that state but an elimination,
                # a final state skipped above
                self.reassign(p, on, path)
                round_now = p.node.entity.facts.round
                if round_now is not None and round_now is not round_:
                    self._schedule_year(push, round_now, year)
                    queue.sort(key=_action_key, reverse=True)
            elif action == "appraise":
                if self.appraise(p, spec, facts, on, path, push, year):
                    queue.sort(key=_action_key, reverse=True)
            elif action == "plan":
                c = p.node.entity
                rnd = c.facts.round
                if (
                    state is ComplexState.UNDER_CONSTRUCTION
                    and rnd is not None
                    and rnd.start.year <= year <= rnd.last_day.year
                    and year not in c.facts.planned_years
                ):
                    self.apply(p, _work_plan(on, year), path)
            elif action == "advance":
                self.advance(p, spec, facts, on, year, path)
            elif action == "settle":
                self.settle(p, spec, year, on)
            elif action == "assess":
                c = p.node.entity
                if state is ComplexState.UNDER_CONSTRUCTION and year in c.facts.planned_years:
                    result = self.draw(
                        facts.assessment if facts else None,
                        "unqualified_annual_assessment",
                        AssessmentResult.UNQUALIFIED,
                        AssessmentResult.QUALIFIED,
                        f"{path}.assessment",
                        f"the annual check of {year} (due on {on})",
                        ART_8,
                    )
                    p.assessed[year] = result
                    self.apply(p, _assessment(on, year, result), f"{path}.assessment")
            else:  # evaluate
                c = p.node.entity
                given = facts.higher_level_evaluation if facts else None
                if state is ComplexState.UNDER_CONSTRUCTION and c.facts.level.ningbo_or_above:
                    grade = self.draw(
                        given,
                        "poor_higher_level_evaluation",
                        PerformanceGrade.POOR,
                        PerformanceGrade.NOT_POOR,
                        f"{path}.higher_level_evaluation",
                        f"the higher-level annual evaluation of {year} (due on {on}) of a "
                        f"Complex at {c.facts.level.en}",
                        ART_8_2,
                    )
                    self.apply(
                        p,
                        HigherLevelAnnualEvaluation(on, year=year, grade=grade),
                        f"{path}.higher_level_evaluation",
                    )
        if year == self.scenario.horizon.last and year in p.grants:
            settle_day = self.cal.settlement.in_year(year + 1)
            self.note(p, date(year, 12, 31), "beyond_horizon", year=year, day=settle_day)

    def _schedule_year(
        self, push: Callable[[tuple[date, int, str, Any]], None], round_: Period, year: int
    ) -> None:
        # a round started during the year (a further round, or new units' new round)
        # starts on the day it is scheduled from, so its plan is due from its start
        cal = self.cal
        plan_day = cal.annual_plan.in_year(year)
        if round_.start > plan_day:
            plan_day = round_.start
        if plan_day.year != year:
            return
        advance_day = cal.advance.in_year(year)
        if plan_day > advance_day:
            advance_day = plan_day
        push((plan_day, 4, "plan", None))
        push((advance_day, 5, "advance", None))

    def reassign(self, p: _Platform, on: date, path: str) -> None:
        self.apply(p, _reassignment(on), path)
        if p.node.entity.state is ComplexState.HOST_UNIT_SELECTED:
            # ReassignmentReading.NEW_ROUND: the new units start a new round that day.
            self.apply(p, RoundStart(on, start=on, targets="五年建设目标"), path)

    def appraise(
        self,
        p: _Platform,
        spec: ComplexSpec,
        facts: ComplexYearFacts | None,
        on: date,
        path: str,
        push: Callable[[tuple[date, int, str, Any]], None],
        year: int,
    ) -> bool:
        """Hold the appraisal if due; True when a new round was scheduled."""
        c = p.node.entity
        rnd = c.facts.round
        if c.state is not ComplexState.UNDER_CONSTRUCTION or rnd is None or on < rnd.end:
            return False
        indicators = facts.indicators if facts else None
        grade: object = facts.appraisal if facts else None
        if grade is None and indicators is not None and self.scenario.inputs.scorer is not None:
            grade = self.scenario.inputs.scorer.score(
                AssessmentKind.COMPLEX_EXPIRY_APPRAISAL, indicators, spec.commitments
            )
        chosen: PerformanceGrade = self.draw(
            grade,
            "poor_appraisal",
            PerformanceGrade.POOR,
            PerformanceGrade.NOT_POOR,
            f"{path}.appraisal",
            f"the end-of-round appraisal (due on {on})",
            ART_9,
        )
        if indicators is None:
            raise MissingInputError(
                f"the end-of-round appraisal (due on {on}) measures the five core indicators; "
                "give their values",
                field=f"{path}.indicators",
                article=ART_9,
            )
        state = self.apply(p, RoundAppraisal(on, indicators=indicators, grade=chosen), path)
        if state is ComplexState.ROUND_COMPLETED and spec.further_rounds:
            self.apply(p, RoundStart(on, start=on, targets="五年建设目标"), path)
            new_round = p.node.entity.facts.round
            assert new_round is not None
            self._schedule_year(push, new_round, year)
            return True
        return False

    def advance(
        self,
        p: _Platform,
        spec: ComplexSpec,
        facts: ComplexYearFacts | None,
        on: date,
        year: int,
        path: str,
    ) -> None:
        c = p.node.entity
        state = c.state
        if state is ComplexState.UNITS_REVOKED:
            self.note(p, on, "units_revoked", year=year)
            return
        rnd = c.facts.round
        check_day = self.cal.annual_assessment.in_year(year)
        if (
            state is not ComplexState.UNDER_CONSTRUCTION
            or rnd is None
            or year not in c.facts.planned_years
            or check_day not in rnd
        ):
            self.note(p, on, "not_subsidised", year=year)
            return
        requested = facts.requested if facts and facts.requested is not None else None
        if requested is None:
            requested = spec.requested_subsidy
        if requested is None:
            raise MissingInputError(
                f"the operating subsidy requested for {year} is needed (its advance is due on "
                f"{on}); give it, or the spec's requested_subsidy",
                field=f"{path}.requested",
                article=ART_10,
            )
        s = self.scenario
        level = c.facts.level
        carried = facts.carried_over if facts else ZERO
        in_year = facts.higher_level_in_year if facts else ZERO
        decision = self.call(
            p,
            _OPERATING,
            (requested, on, level, carried, in_year),
            (requested, on, level, carried, in_year, self.carry, s.parameters, self.force),
            path,
        )
        granted = decision.amounts["granted"]
        if granted and facts is not None and facts.overlaps:
            granted = self.overlap(p, "operating_subsidy", granted, facts.overlaps, on, path)
        if not granted:
            return
        rule = require("advance", s.inputs.advance, field="inputs.advance")
        advanced = self.call(
            p,
            _ADVANCE,
            (year, on, granted),
            (year, on, granted, rule, s.parameters, self.force),
            path,
        ).amounts["advanced"]
        p.acc.advance += advanced
        p.acc.granted += granted
        p.grants[year] = _Grant(year, granted, advanced)

    def overlap(
        self,
        p: _Platform,
        item: str,
        amount: Decimal,
        others: Sequence[Any],
        on: date,
        path: str,
        *,
        matching: bool = False,
    ) -> Decimal:
        ours = Candidate(
            PolicySource.THESE_MEASURES, _ITEM_POLICIES[item], item, amount, art20_matching=matching
        )
        candidates = (ours, *(Candidate(o.source, o.policy, item, o.amount) for o in others))
        self.call(
            p,
            _OVERLAP,
            (self.memo.token(candidates), on),
            (candidates, on, self.overlap_matching, self.force),
            f"{path}.overlaps",
        )
        (group,) = overlap_groups(candidates, matching=self.overlap_matching)
        if group.chosen is ours or ours in group.matching:
            return amount
        return ZERO

    def settle(self, p: _Platform, spec: ComplexSpec, year: int, on: date | None = None) -> None:
        grant = p.grants.get(year - 1)
        if grant is None:
            return
        on = on or self.cal.settlement.in_year(year)
        if not self.in_force(on):
            self.note(p, on, "outside_force", what=_ACTION_LABELS["settle"])
            return
        del p.grants[year - 1]
        path = f"{p.path}.years[{grant.year}]"
        result = p.assessed.get(grant.year)
        if result is None:
            self.note(p, on, "no_check", year=grant.year)
            return
        s = self.scenario
        facts = self.memo.facts[p.index].get(grant.year)
        expenses = facts.spending if facts is not None else None
        if expenses is None:
            expenses = spec.spending
        if expenses is None:
            raise MissingInputError(
                f"the spending charged to the {grant.year} subsidy is needed for its settlement "
                f"on {on}; give it, or the spec's spending",
                field=f"{path}.spending",
                article=ART_10,
            )
        link = require("settlement_link", s.inputs.settlement_link, field="inputs.settlement_link")
        findings = facts.findings if facts is not None else ()
        token = self.memo.token
        decision = self.call(
            p,
            _SETTLE,
            (
                grant.year,
                on,
                grant.granted,
                grant.advanced,
                result,
                token(expenses),
                token(findings),
            ),
            (
                grant.year,
                on,
                grant.granted,
                grant.advanced,
                result,
                expenses,
                findings,
                link,
                self.base,
                s.parameters,
                self.force,
            ),
            path,
        )
        balance = decision.amounts["balance"]
        if balance > 0:
            p.acc.paid += balance
        elif balance < 0:
            p.acc.recovered -= balance

    # -- Consortia ----------------------------------------------------------------------

    def consortium_year(self, p: _Platform, spec: ConsortiumSpec, year: int) -> None:
        cal = self.cal
        facts = self.memo.facts[p.index].get(year)
        entity: Consortium = p.node.entity  # type: ignore[assignment]
        path = f"{p.path}.years[{year}]"
        first = date(year, 1, 1)
        actions: list[tuple[date, int, Any]] = []
        period = entity.cultivation_period
        if period is not None and entity.state is ConsortiumState.IN_CULTIVATION:
            due = period.end + self.delay
            if due.year == year or due < first:
                actions.append((max(due, first), 0, "accept"))
            plan_day = max(cal.annual_plan.in_year(year), period.start)
            if plan_day.year == year:
                actions.append((plan_day, 1, "annual_plan"))
        if facts is not None:
            for index, claim in enumerate(facts.claims):
                actions.append((claim.on or cal.policy_claims.in_year(year), 2, (index, claim)))
        # The acceptance and the plan fall on or after the start of the cycle, hence after
        # every event of the setup; nothing before the acceptance changes the state.
        actions.sort(key=_action_key)
        for on, _, action in actions:
            if not self.in_force(on):
                self.note(p, on, "outside_force", what=_claim_label(action))
                continue
            c: Consortium = p.node.entity  # type: ignore[assignment]
            if action == "accept":
                result = self.draw(
                    facts.acceptance if facts else None,
                    "unqualified_consortium_acceptance",
                    AssessmentResult.UNQUALIFIED,
                    AssessmentResult.QUALIFIED,
                    f"{path}.acceptance",
                    f"the final acceptance of the cultivation cycle (due on {on})",
                    ART_15,
                )
                state = self.apply(
                    p, CultivationAcceptance(on, result=result), f"{path}.acceptance"
                )
                if state is ConsortiumState.QUALIFICATION_RETAINED and spec.further_rounds:
                    # the new cycle starts today, in this year: its plan is due this year
                    self.apply(p, CultivationStart(on), path)
                    plan_day = max(cal.annual_plan.in_year(year), on)
                    self.apply(p, _annual_plan(plan_day, year), path)
            elif action == "annual_plan":
                if c.state is ConsortiumState.IN_CULTIVATION:
                    rnd = c.cultivation_period
                    assert rnd is not None
                    if (
                        rnd.start.year <= year <= rnd.last_day.year
                        and year not in c.facts.planned_years
                    ):
                        self.apply(p, _annual_plan(on, year), path)
            else:
                index, claim = action
                self.claim(p, c, claim, on, f"{path}.claims[{index}]")

    def claim(self, p: _Platform, c: Consortium, claim: Any, on: date, path: str) -> None:
        rounds = c.rounds  # the setup starts the first cycle
        period = rounds[0]
        for r in rounds:
            if r.start <= on:
                period = r
        s = self.scenario
        try:
            decision = self.call(
                p,
                _POLICY,
                (self.memo.token(claim.triggers), on, period, claim.by_chain_leader, c.revoked_on),
                (
                    claim.triggers,
                    on,
                    period,
                    claim.by_chain_leader,
                    c.revoked_on,
                    s.inputs.policy_subsidy_schedule,
                    self.count,
                    self.force,
                ),
                path,
            )
        except MissingInputError as error:
            field = error.field or ""
            if ".schedule" in field:
                tail = field.split(".schedule", 1)[1]
                raise MissingInputError(
                    error.message,
                    field=f"inputs.policy_subsidy_schedule{tail}",
                    article=error.articles or None,
                ) from None
            if field.count(".claims[") > 1:
                head, tail = field.rsplit(".claims[", 1)
                raise MissingInputError(
                    error.message, field=f"{head}.triggers[{tail}", article=error.articles or None
                ) from None
            # the rule's only missing values are the schedule's and an eligible cost, both
            # renamed above; another one would be passed on as it is
            raise  # pragma: no cover
        granted = decision.amounts["granted"]
        if granted and claim.overlaps:
            granted = self.overlap(p, "policy_subsidy", granted, claim.overlaps, on, path)
        p.acc.art16 += granted

    # -- Innovation Centers ---------------------------------------------------------------

    def center_year(self, p: _Platform, spec: CenterSpec, year: int) -> None:
        cal = self.cal
        facts = self.memo.facts[p.index].get(year)
        entity: InnovationCenter = p.node.entity  # type: ignore[assignment]
        path = f"{p.path}.years[{year}]"
        first = date(year, 1, 1)
        actions: list[tuple[date, int, Any]] = [(e.on, 0, e) for e in p.late if e.on.year == year]
        rnd = entity.round
        if rnd is not None and entity.state is CenterState.UNDER_CONSTRUCTION:
            if entity.facts.mid_term_on is None and entity.mid_term_from is not None:
                due = entity.mid_term_from + self.delay
                if due.year == year or due < first:
                    actions.append((max(due, first), 2, "mid_term"))
            due = rnd.end + self.delay
            if due.year == year or due < first:
                actions.append((max(due, first), 3, "final"))
        if facts is not None and facts.higher_level_subsidy is not None:
            actions.append((cal.matching.in_year(year), 5, "matching"))
        actions.sort(key=_action_key)
        # Nothing is left out before the last event of the setup: the checks fall after
        # it, and the matching depends only on the recognitions and the termination, by date.
        for on, _, action in actions:
            c: InnovationCenter = p.node.entity  # type: ignore[assignment]
            if c.is_final and isinstance(action, Event):
                self.refuse_after_final(p, on, action.label)
                continue
            if not self.in_force(on):
                what = action.label if isinstance(action, Event) else _ACTION_LABELS[action]
                self.note(p, on, "outside_force", what=what)
                continue
            if isinstance(action, Event):
                self.apply(p, action, f"{p.path}.events[{spec.events.index(action)}]")
            elif action == "mid_term":
                # scheduled under construction, and only recognitions (which keep the
                # state) can come before it
                grade = self.draw(
                    facts.mid_term if facts else None,
                    "poor_mid_term",
                    PerformanceGrade.POOR,
                    PerformanceGrade.NOT_POOR,
                    f"{path}.mid_term",
                    f"the mid-term evaluation (due on {on})",
                    ART_21,
                )
                self.apply(p, MidTermEvaluation(on, grade=grade), f"{path}.mid_term")
            elif action == "final":
                if c.state is not CenterState.UNDER_CONSTRUCTION:
                    continue
                result = self.draw(
                    facts.final_acceptance if facts else None,
                    "unqualified_center_acceptance",
                    AssessmentResult.UNQUALIFIED,
                    AssessmentResult.QUALIFIED,
                    f"{path}.final_acceptance",
                    f"the end-of-period check (due on {on})",
                    ART_21,
                )
                state = self.apply(
                    p, CenterFinalAcceptance(on, result=result), f"{path}.final_acceptance"
                )
                if state is CenterState.ROUND_COMPLETED and spec.further_rounds:
                    self.apply(p, ConstructionStart(on), path)
            else:
                assert facts is not None
                self.matching(p, c, facts, on, path)

    def matching(
        self, p: _Platform, c: InnovationCenter, facts: CenterYearFacts, on: date, path: str
    ) -> None:
        base = facts.higher_level_subsidy
        recognised = c.recognised_on
        if recognised is not None and recognised <= on and not c.matching_open(on):
            self.note(p, on, "terminated", ended=c.support_terminated_on)
            return
        level = c.level_on(on) if recognised is not None and recognised <= on else None
        ratio = self.scenario.inputs.matching_ratio
        if level is not None and level.ningbo_or_above:
            require("matching_ratio", ratio, field="inputs.matching_ratio")
        decision = self.call(
            p,
            _MATCHING,
            (base, on, level or Level.CIXI),
            (base, on, level or Level.CIXI, ratio, self.force),
            f"{path}.higher_level_subsidy",
        )
        matched = decision.amounts["matching"]
        if matched and facts.overlaps:
            matched = self.overlap(p, "matching", matched, facts.overlaps, on, path, matching=True)
        p.acc.art20 += matched


COMPLEX_FINALS: Final = frozenset(
    {ComplexState.ELIMINATED, ComplexState.CONSTRUCTION_ENDED, ComplexState.REJECTED}
)

_ACTION_LABELS: Final[dict[str, Label]] = {
    "reassign": Label("reassign", "另行授权委托", "the reassignment of the units"),
    "appraise": Label("appraise", "建设期满绩效评估", "the end-of-round appraisal"),
    "plan": Label("plan", "年度工作计划", "the annual work plan"),
    "annual_plan": Label("annual_plan", "年度计划", "the annual plan"),
    "advance": Label("advance", "年初预拨", "the advance"),
    "settle": Label("settle", "次年结算", "the settlement"),
    "assess": Label("assess", "年度考核验收", "the annual check"),
    "evaluate": Label("evaluate", "上级年度绩效评价", "the higher-level annual evaluation"),
    "accept": Label("accept", "培育期满考核验收", "the final acceptance"),
    "mid_term": Label("mid_term", "中期绩效评价", "the mid-term evaluation"),
    "final": Label("final", "期末考核验收", "the end-of-period check"),
    "matching": Label("matching", "经费配套", "the matching"),
    "claim": Label("claim", "政策补助申请", "the Art. 16 claim"),
}

_ITEM_POLICIES: Final = {
    "operating_subsidy": "运营经费补贴(第十条)",
    "policy_subsidy": "联合体政策补助(第十六条)",
    "matching": "市级经费配套(第二十条)",
}


def _claim_label(action: Any) -> Label:
    return _ACTION_LABELS[action] if isinstance(action, str) else _ACTION_LABELS["claim"]


def _action_key(action: tuple[date, int, Any] | tuple[date, int, str, Any]) -> tuple[date, int]:
    return action[0], action[1]


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


# --- explanations -------------------------------------------------------------------------------


@attrs.frozen
class _Trail:
    """What is kept to rebuild the decisions of every row (picklable, no text)."""

    scenario: Scenario
    events: tuple[tuple[Event, ...], ...]
    steps: tuple[tuple[tuple[int, tuple[Step, ...]], ...], ...]

    def __call__(self, platform_id: str, year: int) -> tuple[Decision, ...]:
        s = self.scenario
        index = next(i for i, spec in enumerate(s.platforms) if spec.id == platform_id)
        spec = s.platforms[index]
        setup, _ = setup_events(spec, s)
        kw: dict[str, Any] = {
            "force": s.force,
            "measures": s.measures,
            "parameters": s.parameters,
            "readings": s.readings,
        }
        entity = _ENTITIES[spec.kind].replay([*setup, *self.events[index]], **kw)
        decisions: list[tuple[date, int, Decision]] = [
            (e.event.on, 0, e.decision) for e in entity.history if e.event.on.year == year
        ]
        for y, steps in self.steps[index]:
            if y == year:
                decisions += [(step.on, 1, step.decision(platform_id)) for step in steps]
        decisions.sort(key=lambda t: (t[0], t[1]))
        return tuple(d for _, _, d in decisions)


# --- entry points ------------------------------------------------------------------------------


@contextlib.contextmanager
def _paused_cycle_collector() -> Iterator[None]:
    """Pause the cycle collector for a bulk computation, and restore its state after.

    A simulation allocates many small acyclic values (rows, keys, amounts) while the
    scenario and the memo stay alive: the collector would rescan that whole heap several
    times and more than double the run time.  Nothing built here forms a reference
    cycle, so reference counting frees it all the same.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _rng(seed: object, run: int | None = None) -> random.Random | None:
    if seed is None:
        return None
    return random.Random(f"{seed}" if run is None else f"{seed}:{run}")


def simulate(scenario: Scenario, seed: object = None) -> SimulationResult:
    """Simulate ``scenario`` over its horizon: rows per platform and year, yearly totals.

    Pure and deterministic for (scenario, seed): outcomes not given explicitly are drawn
    from ``random.Random(str(seed))`` in a fixed order (platforms in scenario order,
    years, then the days of the year).

    Args:
        scenario: the scenario.
        seed: any value with a stable ``str`` (an int, a string); needed only when an
            outcome is drawn from the probabilities.

    Returns:
        The :class:`~cixi_innovation.scenarios.results.SimulationResult`.

    Raises:
        MissingInputError: an outcome or an open value needed and not given (its path and
            article named), or a seed needed and not given.
        ScenarioError: an event the lifecycle refuses, named by its path.
        InputError: another bad input, named by its path.
    """
    if not isinstance(scenario, Scenario):
        raise InputError(f"{scenario!r} is not a Scenario", field="scenario")
    with _paused_cycle_collector():
        memo = _Memo(scenario)
        rows, totals, trails = _Run(memo, _rng(seed), collect=True).run()
        # freed before the collector resumes, which then has only the result to look at
        del memo
        trail = _Trail(
            scenario,
            tuple(tuple(events) for events, _ in trails),
            tuple(
                tuple((year, tuple(steps)) for year, steps in sorted(by_year.items()))
                for _, by_year in trails
            ),
        )
        return SimulationResult(scenario, seed, tuple(rows), tuple(totals), explainer=trail)


class _RunTotals(NamedTuple):
    lines: tuple[tuple[Decimal, ...], ...]
    counts: tuple[tuple[int, ...], ...]


def _run_chunk(scenario: Scenario, seed: object, start: int, stop: int) -> list[_RunTotals]:
    """Runs ``start`` to ``stop - 1`` (each with its own generator), their totals only."""
    return _runs(_Memo(scenario), seed, start, stop)


def _runs(memo: _Memo, seed: object, start: int, stop: int) -> list[_RunTotals]:
    with _paused_cycle_collector():
        return _runs_unpaused(memo, seed, start, stop)


def _runs_unpaused(memo: _Memo, seed: object, start: int, stop: int) -> list[_RunTotals]:
    out: list[_RunTotals] = []
    for run in range(start, stop):
        _, totals, _ = _Run(memo, _rng(seed, run), collect=False).run()
        out.append(
            _RunTotals(
                tuple(
                    (
                        t.cash,
                        t.advances,
                        t.settlements_paid - t.settlements_recovered,
                        t.art16,
                        t.art20,
                    )
                    for t in totals
                ),
                tuple(
                    (t.eliminated, t.units_revoked, t.cultivation_revoked, t.support_terminated)
                    for t in totals
                ),
            )
        )
    return out


def monte_carlo(
    scenario: Scenario,
    runs: int,
    seed: object,
    jobs: int = 1,
    executor: Executor | None = None,
    progress: Progress | None = None,
) -> MonteCarloResult:
    """Simulate ``scenario`` ``runs`` times and give the distribution of budget and outcomes.

    Run ``i`` draws from its own generator, ``random.Random(f"{seed}:{i}")``, so the
    result is the same whatever the number of workers or the executor.  Runs are split
    into chunks; with ``jobs > 1`` the chunks go to a
    :class:`concurrent.futures.ProcessPoolExecutor` of ``jobs`` processes, and any
    :class:`concurrent.futures.Executor` may be given instead, for example Dask's::

        from dask.distributed import Client

        client = Client()  # or Client("scheduler-address:8786")
        result = monte_carlo(scenario, 10_000, seed=7, executor=client.get_executor())

    Only ``executor.submit(fn, *args)`` returning a future with ``result()`` is used, so
    an adapter for another cluster framework (Ray, for instance) needs no more than
    that; the executor is not shut down here.  The scenario is sent to the workers once
    per chunk; each worker memoizes the engine's and the rules' answers for its chunk.
    With ``jobs > 1`` and no executor, call this under ``if __name__ == "__main__":`` on
    platforms that start worker processes by spawning them.

    Args:
        scenario: the scenario.
        runs: how many runs (at least 1).
        seed: the seed (any value with a stable ``str``).
        jobs: worker processes when no executor is given (1 runs in this process).
        executor: an executor to use instead (not shut down here).
        progress: called as ``progress(done, runs)`` after each chunk.

    Returns:
        The :class:`~cixi_innovation.scenarios.results.MonteCarloResult`.

    Raises:
        InputError: ``runs`` or ``jobs`` below 1.
    """
    if isinstance(runs, bool) or not isinstance(runs, int) or runs < 1:  # type: ignore[redundant-expr]
        raise InputError(f"{runs!r} is not a number of runs (1 or more)", field="runs")
    if isinstance(jobs, bool) or not isinstance(jobs, int) or jobs < 1:  # type: ignore[redundant-expr]
        raise InputError(f"{jobs!r} is not a number of jobs (1 or more)", field="jobs")
    if not isinstance(scenario, Scenario):
        raise InputError(f"{scenario!r} is not a Scenario", field="scenario")
    results: list[_RunTotals] = []
    if executor is None and jobs == 1:
        memo = _Memo(scenario)
        size = max(1, runs // 20)
        for start in range(0, runs, size):
            stop = min(runs, start + size)
            results.extend(_runs(memo, seed, start, stop))
            if progress is not None:
                progress(len(results), runs)
    else:
        workers = jobs if executor is None else max(jobs, 1)
        size = max(1, -(-runs // (workers * 4)))
        pool: Executor = executor if executor is not None else ProcessPoolExecutor(jobs)
        try:
            futures = [
                pool.submit(_run_chunk, scenario, seed, start, min(runs, start + size))
                for start in range(0, runs, size)
            ]
            for future in futures:
                results.extend(future.result())
                if progress is not None:
                    progress(len(results), runs)
        finally:
            if executor is None:
                pool.shutdown()
    return _summarise(scenario, runs, seed, results)


def _summarise(
    scenario: Scenario, runs: int, seed: object, results: Sequence[_RunTotals]
) -> MonteCarloResult:
    years: list[MonteCarloYear] = []
    for y, year in enumerate(scenario.horizon.years):
        lines = [MoneyDistribution.of(r.lines[y][k] for r in results) for k in range(5)]
        counts = {
            code: CountDistribution.of(r.counts[y][k] for r in results)
            for k, code in enumerate(OUTCOME_COUNTS)
        }
        runs_with = {
            code: sum(1 for r in results if r.counts[y][k]) for k, code in enumerate(OUTCOME_COUNTS)
        }
        years.append(
            MonteCarloYear(
                year, lines[0], lines[1], lines[2], lines[3], lines[4], counts, runs_with
            )
        )
    return MonteCarloResult(scenario.title, runs, seed, tuple(years))
