"""The names of the package root, for type checkers and for the root itself.

This stub is the one list of what ``cixi_innovation`` exports: type checkers read it in
place of ``__init__.py``, and ``__init__.py`` reads it (once, on the first name asked
for) to know which submodule defines each name, as Scientific Python's SPEC 1 lazy
loading does.  Add a public name here and nowhere else.
"""

from cixi_innovation.law.articles import ANNEXES as ANNEXES
from cixi_innovation.law.articles import ARTICLES as ARTICLES
from cixi_innovation.law.articles import CHAPTERS as CHAPTERS
from cixi_innovation.law.articles import NOTICE as NOTICE
from cixi_innovation.law.articles import Annex as Annex
from cixi_innovation.law.articles import AnnexItem as AnnexItem
from cixi_innovation.law.articles import AnnexSection as AnnexSection
from cixi_innovation.law.articles import Article as Article
from cixi_innovation.law.articles import Chapter as Chapter
from cixi_innovation.law.articles import MetadataEntry as MetadataEntry
from cixi_innovation.law.articles import Notice as Notice
from cixi_innovation.law.articles import Paragraph as Paragraph
from cixi_innovation.law.articles import TranslatorNote as TranslatorNote
from cixi_innovation.law.articles import text_of as text_of
from cixi_innovation.law.coverage import NOT_MODELLED as NOT_MODELLED
from cixi_innovation.law.coverage import Implementation as Implementation
from cixi_innovation.law.coverage import NotModelled as NotModelled
from cixi_innovation.law.coverage import TraceRow as TraceRow
from cixi_innovation.law.indicators import CoreIndicators as CoreIndicators
from cixi_innovation.law.indicators import Indicator as Indicator
from cixi_innovation.law.measures import ART_24 as ART_24
from cixi_innovation.law.measures import MEASURES as MEASURES
from cixi_innovation.law.measures import EffectiveDateReading as EffectiveDateReading
from cixi_innovation.law.measures import ForceCheck as ForceCheck
from cixi_innovation.law.measures import Measures as Measures
from cixi_innovation.law.measures import PublicationBaseReading as PublicationBaseReading
from cixi_innovation.law.measures import ValidityReading as ValidityReading
from cixi_innovation.law.open_inputs import OPEN_INPUTS as OPEN_INPUTS
from cixi_innovation.law.open_inputs import OpenInput as OpenInput
from cixi_innovation.law.open_inputs import require as require
from cixi_innovation.law.parameter_info import ParameterInfo as ParameterInfo
from cixi_innovation.law.parameters import PARAMETERS as PARAMETERS
from cixi_innovation.law.parameters import Parameters as Parameters
from cixi_innovation.law.readings import READINGS as READINGS
from cixi_innovation.law.readings import AppraisalOutcomeReading as AppraisalOutcomeReading
from cixi_innovation.law.readings import CenterRoundReading as CenterRoundReading
from cixi_innovation.law.readings import ConstructionStartReading as ConstructionStartReading
from cixi_innovation.law.readings import ConsultationReading as ConsultationReading
from cixi_innovation.law.readings import CultivationStartReading as CultivationStartReading
from cixi_innovation.law.readings import HostUnitReportReading as HostUnitReportReading
from cixi_innovation.law.readings import HostVehicleReading as HostVehicleReading
from cixi_innovation.law.readings import (
    MatchingAfterTerminationReading as MatchingAfterTerminationReading,
)
from cixi_innovation.law.readings import PlanOutlineReading as PlanOutlineReading
from cixi_innovation.law.readings import Readings as Readings
from cixi_innovation.law.readings import ReassignmentReading as ReassignmentReading
from cixi_innovation.law.readings import (
    RetainedQualificationReading as RetainedQualificationReading,
)
from cixi_innovation.law.registry import REGISTRY as REGISTRY
from cixi_innovation.law.registry import RegistrationError as RegistrationError
from cixi_innovation.law.registry import Registry as Registry
from cixi_innovation.law.registry import format_trace as format_trace
from cixi_innovation.law.registry import implementations as implementations
from cixi_innovation.law.registry import implements as implements
from cixi_innovation.law.registry import import_all_modules as import_all_modules
from cixi_innovation.law.registry import register as register
from cixi_innovation.law.registry import trace as trace
from cixi_innovation.law.registry import uncovered as uncovered
from cixi_innovation.lifecycles.agenda import Agenda as Agenda
from cixi_innovation.lifecycles.agenda import AgendaItem as AgendaItem
from cixi_innovation.lifecycles.agenda import OfficeCalendar as OfficeCalendar
from cixi_innovation.lifecycles.agenda import agenda as agenda
from cixi_innovation.lifecycles.center.entity import InnovationCenter as InnovationCenter
from cixi_innovation.lifecycles.center.events import CenterApproval as CenterApproval
from cixi_innovation.lifecycles.center.events import CenterFinalAcceptance as CenterFinalAcceptance
from cixi_innovation.lifecycles.center.events import CenterOpinion as CenterOpinion
from cixi_innovation.lifecycles.center.events import CenterProposal as CenterProposal
from cixi_innovation.lifecycles.center.events import ConstructionStart as ConstructionStart
from cixi_innovation.lifecycles.center.events import HostUnit as HostUnit
from cixi_innovation.lifecycles.center.events import InnovationVehicle as InnovationVehicle
from cixi_innovation.lifecycles.center.events import (
    LegalEntityEstablishment as LegalEntityEstablishment,
)
from cixi_innovation.lifecycles.center.events import MidTermEvaluation as MidTermEvaluation
from cixi_innovation.lifecycles.center.events import TechCenterRecognition as TechCenterRecognition
from cixi_innovation.lifecycles.center.events import VehicleKind as VehicleKind
from cixi_innovation.lifecycles.center.facts import CenterFacts as CenterFacts
from cixi_innovation.lifecycles.center.facts import CenterState as CenterState
from cixi_innovation.lifecycles.center.lifecycle import CENTER_LIFECYCLE as CENTER_LIFECYCLE
from cixi_innovation.lifecycles.complex.entity import Complex as Complex
from cixi_innovation.lifecycles.complex.events import COMPLEX_APPLICANTS as COMPLEX_APPLICANTS
from cixi_innovation.lifecycles.complex.events import AnnualAssessment as AnnualAssessment
from cixi_innovation.lifecycles.complex.events import AnnualWorkPlan as AnnualWorkPlan
from cixi_innovation.lifecycles.complex.events import ComplexApplication as ComplexApplication
from cixi_innovation.lifecycles.complex.events import ConsultationOpinion as ConsultationOpinion
from cixi_innovation.lifecycles.complex.events import FeasibilityReview as FeasibilityReview
from cixi_innovation.lifecycles.complex.events import (
    HigherLevelAnnualEvaluation as HigherLevelAnnualEvaluation,
)
from cixi_innovation.lifecycles.complex.events import (
    HigherLevelExpiryAssessment as HigherLevelExpiryAssessment,
)
from cixi_innovation.lifecycles.complex.events import HostUnitSelection as HostUnitSelection
from cixi_innovation.lifecycles.complex.events import LeaderReview as LeaderReview
from cixi_innovation.lifecycles.complex.events import LeadingBody as LeadingBody
from cixi_innovation.lifecycles.complex.events import LeadingBodyKind as LeadingBodyKind
from cixi_innovation.lifecycles.complex.events import LevelRecognition as LevelRecognition
from cixi_innovation.lifecycles.complex.events import Party as Party
from cixi_innovation.lifecycles.complex.events import RoundAppraisal as RoundAppraisal
from cixi_innovation.lifecycles.complex.events import RoundStart as RoundStart
from cixi_innovation.lifecycles.complex.events import UnitsReassignment as UnitsReassignment
from cixi_innovation.lifecycles.complex.facts import ComplexFacts as ComplexFacts
from cixi_innovation.lifecycles.complex.facts import ComplexState as ComplexState
from cixi_innovation.lifecycles.complex.facts import Opinion as Opinion
from cixi_innovation.lifecycles.complex.lifecycle import COMPLEX_LIFECYCLE as COMPLEX_LIFECYCLE
from cixi_innovation.lifecycles.consortium.entity import Consortium as Consortium
from cixi_innovation.lifecycles.consortium.events import AnnualPlan as AnnualPlan
from cixi_innovation.lifecycles.consortium.events import ChainLeaderFindings as ChainLeaderFindings
from cixi_innovation.lifecycles.consortium.events import ConditionFinding as ConditionFinding
from cixi_innovation.lifecycles.consortium.events import (
    ConsortiumApplication as ConsortiumApplication,
)
from cixi_innovation.lifecycles.consortium.events import (
    ConsortiumLeaderReview as ConsortiumLeaderReview,
)
from cixi_innovation.lifecycles.consortium.events import ConsortiumOpinion as ConsortiumOpinion
from cixi_innovation.lifecycles.consortium.events import (
    CultivationAcceptance as CultivationAcceptance,
)
from cixi_innovation.lifecycles.consortium.events import CultivationStart as CultivationStart
from cixi_innovation.lifecycles.consortium.events import ExpertReview as ExpertReview
from cixi_innovation.lifecycles.consortium.facts import ConsortiumFacts as ConsortiumFacts
from cixi_innovation.lifecycles.consortium.facts import ConsortiumState as ConsortiumState
from cixi_innovation.lifecycles.consortium.lifecycle import (
    CONSORTIUM_LIFECYCLE as CONSORTIUM_LIFECYCLE,
)
from cixi_innovation.lifecycles.diagrams import FORMATS as FORMATS
from cixi_innovation.lifecycles.diagrams import LIFECYCLE_MODULES as LIFECYCLE_MODULES
from cixi_innovation.lifecycles.diagrams import check_lang as check_lang
from cixi_innovation.lifecycles.diagrams import dot as dot
from cixi_innovation.lifecycles.diagrams import lifecycle_for as lifecycle_for
from cixi_innovation.lifecycles.diagrams import markdown_table as markdown_table
from cixi_innovation.lifecycles.diagrams import mermaid as mermaid
from cixi_innovation.lifecycles.diagrams import render as render
from cixi_innovation.lifecycles.documents import EVENT_SCHEMA_VERSION as EVENT_SCHEMA_VERSION
from cixi_innovation.lifecycles.documents import HISTORY_SCHEMA_VERSION as HISTORY_SCHEMA_VERSION
from cixi_innovation.lifecycles.documents import PLATFORM_KINDS as PLATFORM_KINDS
from cixi_innovation.lifecycles.documents import HistoryDocument as HistoryDocument
from cixi_innovation.lifecycles.documents import decode_event as decode_event
from cixi_innovation.lifecycles.documents import encode_event as encode_event
from cixi_innovation.lifecycles.documents import entity_class as entity_class
from cixi_innovation.lifecycles.engine import Applied as Applied
from cixi_innovation.lifecycles.engine import Entity as Entity
from cixi_innovation.lifecycles.engine import Lifecycle as Lifecycle
from cixi_innovation.lifecycles.events import Event as Event
from cixi_innovation.lifecycles.history import HistoryEntry as HistoryEntry
from cixi_innovation.lifecycles.plans import ApplicantConditions as ApplicantConditions
from cixi_innovation.lifecycles.plans import CenterPlan as CenterPlan
from cixi_innovation.lifecycles.plans import CommittedIndicator as CommittedIndicator
from cixi_innovation.lifecycles.plans import ComplexPlan as ComplexPlan
from cixi_innovation.lifecycles.plans import ConsortiumPlan as ConsortiumPlan
from cixi_innovation.lifecycles.plans import ConstructionApproach as ConstructionApproach
from cixi_innovation.lifecycles.plans import CultivationTargets as CultivationTargets
from cixi_innovation.lifecycles.plans import IndustrialFoundation as IndustrialFoundation
from cixi_innovation.lifecycles.plans import IndustryStatus as IndustryStatus
from cixi_innovation.lifecycles.plans import ManagementMechanism as ManagementMechanism
from cixi_innovation.lifecycles.plans import MissingSection as MissingSection
from cixi_innovation.lifecycles.plans import MissingSectionError as MissingSectionError
from cixi_innovation.lifecycles.plans import OverallApproach as OverallApproach
from cixi_innovation.lifecycles.plans import TargetCommitments as TargetCommitments
from cixi_innovation.lifecycles.refusals import EventOrderError as EventOrderError
from cixi_innovation.lifecycles.refusals import EventRefusedError as EventRefusedError
from cixi_innovation.lifecycles.schemas import JSON_SCHEMA_DIALECT as JSON_SCHEMA_DIALECT
from cixi_innovation.lifecycles.schemas import event_schema as event_schema
from cixi_innovation.lifecycles.schemas import event_schemas as event_schemas
from cixi_innovation.lifecycles.table import Context as Context
from cixi_innovation.lifecycles.table import Guard as Guard
from cixi_innovation.lifecycles.table import LifecycleDefinitionError as LifecycleDefinitionError
from cixi_innovation.lifecycles.table import Transition as Transition
from cixi_innovation.lifecycles.versions import Check as Check
from cixi_innovation.lifecycles.versions import NextStep as NextStep
from cixi_innovation.lifecycles.versions import StaleVersionError as StaleVersionError
from cixi_innovation.rules.center_funds import CenterFundsOutcome as CenterFundsOutcome
from cixi_innovation.rules.center_funds import EntrustedFeeScope as EntrustedFeeScope
from cixi_innovation.rules.center_funds import FundUse as FundUse
from cixi_innovation.rules.center_funds import LedgerEntry as LedgerEntry
from cixi_innovation.rules.center_funds import SeparateLedger as SeparateLedger
from cixi_innovation.rules.center_funds import entrusted_fee_cap as entrusted_fee_cap
from cixi_innovation.rules.center_funds import matching_funds as matching_funds
from cixi_innovation.rules.consortium_support import PolicySubsidySchedule as PolicySubsidySchedule
from cixi_innovation.rules.consortium_support import PolicySupportOutcome as PolicySupportOutcome
from cixi_innovation.rules.consortium_support import SubsidyCountReading as SubsidyCountReading
from cixi_innovation.rules.consortium_support import SubsidyTrigger as SubsidyTrigger
from cixi_innovation.rules.consortium_support import TriggerClaim as TriggerClaim
from cixi_innovation.rules.consortium_support import TriggerTerms as TriggerTerms
from cixi_innovation.rules.consortium_support import policy_subsidy as policy_subsidy
from cixi_innovation.rules.evaluations import NO_CONSEQUENCE_STATED as NO_CONSEQUENCE_STATED
from cixi_innovation.rules.evaluations import Assessment as Assessment
from cixi_innovation.rules.evaluations import AssessmentKind as AssessmentKind
from cixi_innovation.rules.evaluations import BureauCriteria as BureauCriteria
from cixi_innovation.rules.evaluations import CriteriaScorer as CriteriaScorer
from cixi_innovation.rules.evaluations import Grade as Grade
from cixi_innovation.rules.evaluations import Scorer as Scorer
from cixi_innovation.rules.evaluations import ThresholdScorer as ThresholdScorer
from cixi_innovation.rules.evaluations import assess as assess
from cixi_innovation.rules.evaluations import consequence as consequence
from cixi_innovation.rules.evaluations import consequences_of as consequences_of
from cixi_innovation.rules.overlap import Candidate as Candidate
from cixi_innovation.rules.overlap import MatchingReading as MatchingReading
from cixi_innovation.rules.overlap import OverlapGroup as OverlapGroup
from cixi_innovation.rules.overlap import OverlapOutcome as OverlapOutcome
from cixi_innovation.rules.overlap import PolicySource as PolicySource
from cixi_innovation.rules.overlap import overlap_groups as overlap_groups
from cixi_innovation.rules.overlap import resolve_overlap as resolve_overlap
from cixi_innovation.rules.subsidy import CarryOverReading as CarryOverReading
from cixi_innovation.rules.subsidy import SubsidyOutcome as SubsidyOutcome
from cixi_innovation.rules.subsidy import operating_subsidy as operating_subsidy
from cixi_innovation.rules.subsidy_expenses import Expense as Expense
from cixi_innovation.rules.subsidy_expenses import ExpenseCategory as ExpenseCategory
from cixi_innovation.rules.subsidy_expenses import RemunerationBase as RemunerationBase
from cixi_innovation.rules.subsidy_expenses import (
    RemunerationBaseCarryOver as RemunerationBaseCarryOver,
)
from cixi_innovation.rules.subsidy_expenses import remuneration_cap as remuneration_cap
from cixi_innovation.rules.subsidy_expenses import review_expenses as review_expenses
from cixi_innovation.rules.subsidy_inspection import InspectionFinding as InspectionFinding
from cixi_innovation.rules.subsidy_inspection import InspectionReading as InspectionReading
from cixi_innovation.rules.subsidy_settlement import (
    FULL_IF_QUALIFIED_NONE_IF_UNQUALIFIED as FULL_IF_QUALIFIED_NONE_IF_UNQUALIFIED,
)
from cixi_innovation.rules.subsidy_settlement import (
    PRO_RATA_BY_ELIGIBLE_SPENDING as PRO_RATA_BY_ELIGIBLE_SPENDING,
)
from cixi_innovation.rules.subsidy_settlement import SETTLEMENT_LINKS as SETTLEMENT_LINKS
from cixi_innovation.rules.subsidy_settlement import (
    UNQUALIFIED_RETAINS_SPENT_ADVANCE as UNQUALIFIED_RETAINS_SPENT_ADVANCE,
)
from cixi_innovation.rules.subsidy_settlement import AdvanceRule as AdvanceRule
from cixi_innovation.rules.subsidy_settlement import NamedSettlementLink as NamedSettlementLink
from cixi_innovation.rules.subsidy_settlement import ResultShares as ResultShares
from cixi_innovation.rules.subsidy_settlement import SettlementFacts as SettlementFacts
from cixi_innovation.rules.subsidy_settlement import SettlementLink as SettlementLink
from cixi_innovation.rules.subsidy_settlement import advance_payment as advance_payment
from cixi_innovation.rules.subsidy_settlement import (
    settle_operating_subsidy as settle_operating_subsidy,
)
from cixi_innovation.scenarios.checks import check_scenario as check_scenario
from cixi_innovation.scenarios.comparison import Comparison as Comparison
from cixi_innovation.scenarios.comparison import compare as compare
from cixi_innovation.scenarios.default import DEFAULT_SCENARIO_DATA as DEFAULT_SCENARIO_DATA
from cixi_innovation.scenarios.default import default_scenario as default_scenario
from cixi_innovation.scenarios.distributions import MONEY_LINES as MONEY_LINES
from cixi_innovation.scenarios.distributions import CountDistribution as CountDistribution
from cixi_innovation.scenarios.distributions import MoneyDistribution as MoneyDistribution
from cixi_innovation.scenarios.distributions import MonteCarloResult as MonteCarloResult
from cixi_innovation.scenarios.distributions import MonteCarloYear as MonteCarloYear
from cixi_innovation.scenarios.distributions import nearest_rank as nearest_rank
from cixi_innovation.scenarios.facts import CenterYearFacts as CenterYearFacts
from cixi_innovation.scenarios.facts import ComplexYearFacts as ComplexYearFacts
from cixi_innovation.scenarios.facts import ConsortiumYearFacts as ConsortiumYearFacts
from cixi_innovation.scenarios.facts import OtherSubsidy as OtherSubsidy
from cixi_innovation.scenarios.facts import PolicyClaim as PolicyClaim
from cixi_innovation.scenarios.facts import YearFacts as YearFacts
from cixi_innovation.scenarios.files import MAX_BYTES as MAX_BYTES
from cixi_innovation.scenarios.files import MAX_DEPTH as MAX_DEPTH
from cixi_innovation.scenarios.files import Format as Format
from cixi_innovation.scenarios.files import dump_scenario as dump_scenario
from cixi_innovation.scenarios.files import dumps_scenario as dumps_scenario
from cixi_innovation.scenarios.files import format_of as format_of
from cixi_innovation.scenarios.files import load_scenario as load_scenario
from cixi_innovation.scenarios.files import loads_scenario as loads_scenario
from cixi_innovation.scenarios.files import parse_data as parse_data
from cixi_innovation.scenarios.files import results_schema as results_schema
from cixi_innovation.scenarios.files import scenario_schema as scenario_schema
from cixi_innovation.scenarios.files import to_toml as to_toml
from cixi_innovation.scenarios.horizon import Calendar as Calendar
from cixi_innovation.scenarios.horizon import Horizon as Horizon
from cixi_innovation.scenarios.horizon import MonthDay as MonthDay
from cixi_innovation.scenarios.inputs import Inputs as Inputs
from cixi_innovation.scenarios.inputs import SettlementLinkInput as SettlementLinkInput
from cixi_innovation.scenarios.ledger import LedgerYear as LedgerYear
from cixi_innovation.scenarios.ledger import ledger as ledger
from cixi_innovation.scenarios.platforms import CenterSpec as CenterSpec
from cixi_innovation.scenarios.platforms import ComplexSpec as ComplexSpec
from cixi_innovation.scenarios.platforms import ConsortiumSpec as ConsortiumSpec
from cixi_innovation.scenarios.platforms import PlatformSpec as PlatformSpec
from cixi_innovation.scenarios.probabilities import Probabilities as Probabilities
from cixi_innovation.scenarios.problems import Problem as Problem
from cixi_innovation.scenarios.problems import ScenarioError as ScenarioError
from cixi_innovation.scenarios.results import OUTCOME_COUNTS as OUTCOME_COUNTS
from cixi_innovation.scenarios.results import RESULTS_SCHEMA_VERSION as RESULTS_SCHEMA_VERSION
from cixi_innovation.scenarios.results import Row as Row
from cixi_innovation.scenarios.results import SimulationResult as SimulationResult
from cixi_innovation.scenarios.results import YearTotals as YearTotals
from cixi_innovation.scenarios.scenario import SCENARIO_SCHEMA_VERSION as SCENARIO_SCHEMA_VERSION
from cixi_innovation.scenarios.scenario import Scenario as Scenario
from cixi_innovation.scenarios.settings import with_settings as with_settings
from cixi_innovation.scenarios.simulation import KEEP_RUNS as KEEP_RUNS
from cixi_innovation.scenarios.simulation import Progress as Progress
from cixi_innovation.scenarios.simulation import monte_carlo as monte_carlo
from cixi_innovation.scenarios.simulation import simulate as simulate
from cixi_innovation.values.assessments import AssessmentResult as AssessmentResult
from cixi_innovation.values.assessments import Consequence as Consequence
from cixi_innovation.values.assessments import PerformanceGrade as PerformanceGrade
from cixi_innovation.values.bodies import Applicant as Applicant
from cixi_innovation.values.bodies import Body as Body
from cixi_innovation.values.bodies import TaskGroupUnit as TaskGroupUnit
from cixi_innovation.values.citations import ANNEX_SECTIONS as ANNEX_SECTIONS
from cixi_innovation.values.citations import ARTICLE_COUNT as ARTICLE_COUNT
from cixi_innovation.values.citations import PARAGRAPHS as PARAGRAPHS
from cixi_innovation.values.citations import Citation as Citation
from cixi_innovation.values.citations import Cites as Cites
from cixi_innovation.values.citations import all_provisions as all_provisions
from cixi_innovation.values.citations import chinese_numeral as chinese_numeral
from cixi_innovation.values.citations import cites as cites
from cixi_innovation.values.dates import Period as Period
from cixi_innovation.values.dates import calendar_year as calendar_year
from cixi_innovation.values.days import add_years as add_years
from cixi_innovation.values.days import to_date as to_date
from cixi_innovation.values.decisions import SCHEMA_VERSION as SCHEMA_VERSION
from cixi_innovation.values.decisions import Decision as Decision
from cixi_innovation.values.decisions import DecisionFormatError as DecisionFormatError
from cixi_innovation.values.decisions import Param as Param
from cixi_innovation.values.decisions import Reason as Reason
from cixi_innovation.values.errors import CixiError as CixiError
from cixi_innovation.values.errors import FloatMoneyError as FloatMoneyError
from cixi_innovation.values.errors import InputError as InputError
from cixi_innovation.values.errors import InvalidChoiceError as InvalidChoiceError
from cixi_innovation.values.errors import InvalidCitationError as InvalidCitationError
from cixi_innovation.values.errors import InvalidDateError as InvalidDateError
from cixi_innovation.values.errors import InvalidMoneyError as InvalidMoneyError
from cixi_innovation.values.errors import InvalidPeriodError as InvalidPeriodError
from cixi_innovation.values.errors import MissingInputError as MissingInputError
from cixi_innovation.values.errors import NegativeAmountError as NegativeAmountError
from cixi_innovation.values.errors import OutsideForceError as OutsideForceError
from cixi_innovation.values.errors import UnknownArticleError as UnknownArticleError
from cixi_innovation.values.money import FEN as FEN
from cixi_innovation.values.money import MAX_AMOUNT as MAX_AMOUNT
from cixi_innovation.values.money import WAN as WAN
from cixi_innovation.values.money import ZERO as ZERO
from cixi_innovation.values.money import MoneyInput as MoneyInput
from cixi_innovation.values.money import RatioInput as RatioInput
from cixi_innovation.values.money import cap_to_fen as cap_to_fen
from cixi_innovation.values.money import format_money as format_money
from cixi_innovation.values.money import format_ratio as format_ratio
from cixi_innovation.values.money import format_wan as format_wan
from cixi_innovation.values.money import format_yuan as format_yuan
from cixi_innovation.values.money import round_to_fen as round_to_fen
from cixi_innovation.values.money import share_of as share_of
from cixi_innovation.values.money import to_money as to_money
from cixi_innovation.values.money import to_ratio as to_ratio
from cixi_innovation.values.vocabulary import Label as Label
from cixi_innovation.values.vocabulary import LabelledEnum as LabelledEnum
from cixi_innovation.values.vocabulary import Lang as Lang
from cixi_innovation.values.vocabulary import Level as Level
from cixi_innovation.values.vocabulary import PlatformKind as PlatformKind

__version__: str
__all__: list[str]
#: public name → the submodule defining it, read from this stub's imports
_EXPORTS: dict[str, str]
