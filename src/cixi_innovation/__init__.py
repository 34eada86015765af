"""The Cixi City Interim Measures on innovation platforms as typed, explainable Python.

慈溪市产业创新平台管理暂行办法(慈政办发〔2024〕57号): the three kinds of platform, their
lifecycles, exact money and decisions that cite the articles in Chinese and English.

>>> import cixi_innovation as ci
>>> ci.MEASURES.effective_date, ci.MEASURES.last_day_in_force
(datetime.date(2024, 12, 25), datetime.date(2029, 12, 24))

Every public name of the submodules is available from the package root.  The root
loads a submodule only when one of its names is first used (PEP 562), so
``import cixi_innovation`` stays cheap for command-line tools and services.
"""

from __future__ import annotations

# Neither typing nor importlib is imported here: together they cost more than the rest
# of this module.  Type checkers read TYPE_CHECKING as true whatever its value.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

__version__ = "0.1.0"

#: Public name → the submodule that defines it.
_EXPORTS: dict[str, str] = {
    "CixiError": "errors",
    "FloatMoneyError": "errors",
    "InputError": "errors",
    "InvalidChoiceError": "errors",
    "InvalidCitationError": "errors",
    "InvalidDateError": "errors",
    "InvalidMoneyError": "errors",
    "InvalidPeriodError": "errors",
    "MissingInputError": "errors",
    "NegativeAmountError": "errors",
    "OutsideForceError": "errors",
    "UnknownArticleError": "errors",
    "ANNEX_SECTIONS": "citations",
    "ARTICLE_COUNT": "citations",
    "PARAGRAPHS": "citations",
    "Citation": "citations",
    "Cites": "citations",
    "all_provisions": "citations",
    "chinese_numeral": "citations",
    "cites": "citations",
    "FEN": "money",
    "MAX_AMOUNT": "money",
    "WAN": "money",
    "ZERO": "money",
    "MoneyInput": "money",
    "RatioInput": "money",
    "cap_to_fen": "money",
    "format_money": "money",
    "format_ratio": "money",
    "format_wan": "money",
    "format_yuan": "money",
    "round_to_fen": "money",
    "share_of": "money",
    "to_money": "money",
    "to_ratio": "money",
    "Period": "dates",
    "add_years": "dates",
    "calendar_year": "dates",
    "to_date": "dates",
    "Applicant": "vocabulary",
    "AssessmentResult": "vocabulary",
    "Body": "vocabulary",
    "Consequence": "vocabulary",
    "Label": "vocabulary",
    "LabelledEnum": "vocabulary",
    "Lang": "vocabulary",
    "Level": "vocabulary",
    "PerformanceGrade": "vocabulary",
    "PlatformKind": "vocabulary",
    "TaskGroupUnit": "vocabulary",
    "SCHEMA_VERSION": "decisions",
    "Decision": "decisions",
    "DecisionFormatError": "decisions",
    "Param": "decisions",
    "Reason": "decisions",
    "ART_24": "measures",
    "MEASURES": "measures",
    "EffectiveDateReading": "measures",
    "ForceCheck": "measures",
    "Measures": "measures",
    "PublicationBaseReading": "measures",
    "ValidityReading": "measures",
    "OPEN_INPUTS": "parameters",
    "PARAMETERS": "parameters",
    "OpenInput": "parameters",
    "ParameterInfo": "parameters",
    "Parameters": "parameters",
    "require": "parameters",
    "CoreIndicators": "indicators",
    "Indicator": "indicators",
    "ANNEXES": "articles",
    "ARTICLES": "articles",
    "CHAPTERS": "articles",
    "NOTICE": "articles",
    "Annex": "articles",
    "AnnexItem": "articles",
    "AnnexSection": "articles",
    "Article": "articles",
    "Chapter": "articles",
    "MetadataEntry": "articles",
    "Notice": "articles",
    "Paragraph": "articles",
    "TranslatorNote": "articles",
    "text_of": "articles",
    "NOT_MODELLED": "registry",
    "REGISTRY": "registry",
    "Implementation": "registry",
    "NotModelled": "registry",
    "RegistrationError": "registry",
    "Registry": "registry",
    "TraceRow": "registry",
    "format_trace": "registry",
    "implementations": "registry",
    "implements": "registry",
    "import_all_modules": "registry",
    "register": "registry",
    "trace": "registry",
    "uncovered": "registry",
    "READINGS": "readings",
    "AppraisalOutcomeReading": "readings",
    "CenterRoundReading": "readings",
    "ConstructionStartReading": "readings",
    "ConsultationReading": "readings",
    "CultivationStartReading": "readings",
    "HostVehicleReading": "readings",
    "MatchingAfterTerminationReading": "readings",
    "Readings": "readings",
    "ReassignmentReading": "readings",
    "RetainedQualificationReading": "readings",
    "Applied": "lifecycle",
    "Context": "lifecycle",
    "Entity": "lifecycle",
    "Event": "lifecycle",
    "EventOrderError": "lifecycle",
    "EventRefusedError": "lifecycle",
    "Guard": "lifecycle",
    "HistoryEntry": "lifecycle",
    "Lifecycle": "lifecycle",
    "LifecycleDefinitionError": "lifecycle",
    "Transition": "lifecycle",
    "ApplicantConditions": "plans",
    "CenterPlan": "plans",
    "CommittedIndicator": "plans",
    "ComplexPlan": "plans",
    "ConsortiumPlan": "plans",
    "ConstructionApproach": "plans",
    "CultivationTargets": "plans",
    "IndustrialFoundation": "plans",
    "IndustryStatus": "plans",
    "ManagementMechanism": "plans",
    "MissingSectionError": "plans",
    "OverallApproach": "plans",
    "TargetCommitments": "plans",
    "COMPLEX_APPLICANTS": "complex",
    "COMPLEX_LIFECYCLE": "complex",
    "AnnualAssessment": "complex",
    "AnnualWorkPlan": "complex",
    "Complex": "complex",
    "ComplexApplication": "complex",
    "ComplexFacts": "complex",
    "ComplexState": "complex",
    "ConsultationOpinion": "complex",
    "FeasibilityReview": "complex",
    "HigherLevelAnnualEvaluation": "complex",
    "HigherLevelExpiryAssessment": "complex",
    "HostUnitSelection": "complex",
    "LeaderReview": "complex",
    "LeadingBody": "complex",
    "LeadingBodyKind": "complex",
    "LevelRecognition": "complex",
    "Opinion": "complex",
    "Party": "complex",
    "RoundAppraisal": "complex",
    "RoundStart": "complex",
    "UnitsReassignment": "complex",
    "CONSORTIUM_LIFECYCLE": "consortium",
    "AnnualPlan": "consortium",
    "ChainLeaderFindings": "consortium",
    "ConditionFinding": "consortium",
    "Consortium": "consortium",
    "ConsortiumApplication": "consortium",
    "ConsortiumFacts": "consortium",
    "ConsortiumLeaderReview": "consortium",
    "ConsortiumOpinion": "consortium",
    "ConsortiumState": "consortium",
    "CultivationAcceptance": "consortium",
    "CultivationStart": "consortium",
    "ExpertReview": "consortium",
    "CENTER_LIFECYCLE": "center",
    "CenterApproval": "center",
    "CenterFacts": "center",
    "CenterFinalAcceptance": "center",
    "CenterOpinion": "center",
    "CenterProposal": "center",
    "CenterState": "center",
    "ConstructionStart": "center",
    "HostUnit": "center",
    "InnovationCenter": "center",
    "InnovationVehicle": "center",
    "LegalEntityEstablishment": "center",
    "MidTermEvaluation": "center",
    "TechCenterRecognition": "center",
    "VehicleKind": "center",
    "FORMATS": "diagrams",
    "LIFECYCLE_MODULES": "diagrams",
    "check_lang": "diagrams",
    "dot": "diagrams",
    "lifecycle_for": "diagrams",
    "markdown_table": "diagrams",
    "mermaid": "diagrams",
    "render": "diagrams",
    "FULL_IF_QUALIFIED_NONE_IF_UNQUALIFIED": "subsidy",
    "PRO_RATA_BY_ELIGIBLE_SPENDING": "subsidy",
    "SETTLEMENT_LINKS": "subsidy",
    "UNQUALIFIED_RETAINS_SPENT_ADVANCE": "subsidy",
    "AdvanceRule": "subsidy",
    "CarryOverReading": "subsidy",
    "Expense": "subsidy",
    "ExpenseCategory": "subsidy",
    "InspectionFinding": "subsidy",
    "NamedSettlementLink": "subsidy",
    "RemunerationBase": "subsidy",
    "ResultShares": "subsidy",
    "SettlementFacts": "subsidy",
    "SettlementLink": "subsidy",
    "SubsidyOutcome": "subsidy",
    "advance_payment": "subsidy",
    "operating_subsidy": "subsidy",
    "remuneration_cap": "subsidy",
    "review_expenses": "subsidy",
    "settle_operating_subsidy": "subsidy",
    "PolicySubsidySchedule": "consortium_support",
    "PolicySupportOutcome": "consortium_support",
    "SubsidyCountReading": "consortium_support",
    "SubsidyTrigger": "consortium_support",
    "TriggerClaim": "consortium_support",
    "TriggerTerms": "consortium_support",
    "policy_subsidy": "consortium_support",
    "CenterFundsOutcome": "center_funds",
    "EntrustedFeeScope": "center_funds",
    "FundUse": "center_funds",
    "LedgerEntry": "center_funds",
    "SeparateLedger": "center_funds",
    "entrusted_fee_cap": "center_funds",
    "matching_funds": "center_funds",
    "Candidate": "overlap",
    "MatchingReading": "overlap",
    "OverlapGroup": "overlap",
    "OverlapOutcome": "overlap",
    "PolicySource": "overlap",
    "overlap_groups": "overlap",
    "resolve_overlap": "overlap",
    "NO_CONSEQUENCE_STATED": "evaluations",
    "Assessment": "evaluations",
    "AssessmentKind": "evaluations",
    "Grade": "evaluations",
    "Scorer": "evaluations",
    "ThresholdScorer": "evaluations",
    "assess": "evaluations",
    "consequence": "evaluations",
    "consequences_of": "evaluations",
    "DEFAULT_SCENARIO_DATA": "scenario",
    "SCENARIO_SCHEMA_VERSION": "scenario",
    "Calendar": "scenario",
    "CenterSpec": "scenario",
    "CenterYearFacts": "scenario",
    "ComplexSpec": "scenario",
    "ComplexYearFacts": "scenario",
    "ConsortiumSpec": "scenario",
    "ConsortiumYearFacts": "scenario",
    "Horizon": "scenario",
    "Inputs": "scenario",
    "MonthDay": "scenario",
    "OtherSubsidy": "scenario",
    "PlatformSpec": "scenario",
    "PolicyClaim": "scenario",
    "Probabilities": "scenario",
    "Problem": "scenario",
    "Scenario": "scenario",
    "ScenarioError": "scenario",
    "SettlementLinkInput": "scenario",
    "YearFacts": "scenario",
    "default_scenario": "scenario",
    "Progress": "simulation",
    "monte_carlo": "simulation",
    "simulate": "simulation",
    "OUTCOME_COUNTS": "results",
    "RESULTS_SCHEMA_VERSION": "results",
    "CountDistribution": "results",
    "MoneyDistribution": "results",
    "MonteCarloResult": "results",
    "MonteCarloYear": "results",
    "Row": "results",
    "SimulationResult": "results",
    "YearTotals": "results",
    "nearest_rank": "results",
    "MAX_BYTES": "serialization",
    "MAX_DEPTH": "serialization",
    "Format": "serialization",
    "dump_scenario": "serialization",
    "dumps_scenario": "serialization",
    "format_of": "serialization",
    "load_scenario": "serialization",
    "loads_scenario": "serialization",
    "parse_data": "serialization",
    "scenario_schema": "serialization",
    "to_toml": "serialization",
}

__all__ = ["__version__", *_EXPORTS]


# Hidden from type checkers, which then see only the names imported below and
# still report a misspelt attribute instead of typing it as Any.
if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        """Import the submodule defining ``name`` on first use and cache the name here."""
        module_name = _EXPORTS.get(name)
        if module_name is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        from importlib import import_module

        value = getattr(import_module(f".{module_name}", __name__), name)
        globals()[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted({*globals(), *_EXPORTS})


if TYPE_CHECKING:
    from .articles import (
        ANNEXES as ANNEXES,
    )
    from .articles import (
        ARTICLES as ARTICLES,
    )
    from .articles import (
        CHAPTERS as CHAPTERS,
    )
    from .articles import (
        NOTICE as NOTICE,
    )
    from .articles import (
        Annex as Annex,
    )
    from .articles import (
        AnnexItem as AnnexItem,
    )
    from .articles import (
        AnnexSection as AnnexSection,
    )
    from .articles import (
        Article as Article,
    )
    from .articles import (
        Chapter as Chapter,
    )
    from .articles import (
        MetadataEntry as MetadataEntry,
    )
    from .articles import (
        Notice as Notice,
    )
    from .articles import (
        Paragraph as Paragraph,
    )
    from .articles import (
        TranslatorNote as TranslatorNote,
    )
    from .articles import (
        text_of as text_of,
    )
    from .center import (
        CENTER_LIFECYCLE as CENTER_LIFECYCLE,
    )
    from .center import (
        CenterApproval as CenterApproval,
    )
    from .center import (
        CenterFacts as CenterFacts,
    )
    from .center import (
        CenterFinalAcceptance as CenterFinalAcceptance,
    )
    from .center import (
        CenterOpinion as CenterOpinion,
    )
    from .center import (
        CenterProposal as CenterProposal,
    )
    from .center import (
        CenterState as CenterState,
    )
    from .center import (
        ConstructionStart as ConstructionStart,
    )
    from .center import (
        HostUnit as HostUnit,
    )
    from .center import (
        InnovationCenter as InnovationCenter,
    )
    from .center import (
        InnovationVehicle as InnovationVehicle,
    )
    from .center import (
        LegalEntityEstablishment as LegalEntityEstablishment,
    )
    from .center import (
        MidTermEvaluation as MidTermEvaluation,
    )
    from .center import (
        TechCenterRecognition as TechCenterRecognition,
    )
    from .center import (
        VehicleKind as VehicleKind,
    )
    from .center_funds import (
        CenterFundsOutcome as CenterFundsOutcome,
    )
    from .center_funds import (
        EntrustedFeeScope as EntrustedFeeScope,
    )
    from .center_funds import (
        FundUse as FundUse,
    )
    from .center_funds import (
        LedgerEntry as LedgerEntry,
    )
    from .center_funds import (
        SeparateLedger as SeparateLedger,
    )
    from .center_funds import (
        entrusted_fee_cap as entrusted_fee_cap,
    )
    from .center_funds import (
        matching_funds as matching_funds,
    )
    from .citations import (
        ANNEX_SECTIONS as ANNEX_SECTIONS,
    )
    from .citations import (
        ARTICLE_COUNT as ARTICLE_COUNT,
    )
    from .citations import (
        PARAGRAPHS as PARAGRAPHS,
    )
    from .citations import (
        Citation as Citation,
    )
    from .citations import (
        Cites as Cites,
    )
    from .citations import (
        all_provisions as all_provisions,
    )
    from .citations import (
        chinese_numeral as chinese_numeral,
    )
    from .citations import (
        cites as cites,
    )
    from .complex import (
        COMPLEX_APPLICANTS as COMPLEX_APPLICANTS,
    )
    from .complex import (
        COMPLEX_LIFECYCLE as COMPLEX_LIFECYCLE,
    )
    from .complex import (
        AnnualAssessment as AnnualAssessment,
    )
    from .complex import (
        AnnualWorkPlan as AnnualWorkPlan,
    )
    from .complex import (
        Complex as Complex,
    )
    from .complex import (
        ComplexApplication as ComplexApplication,
    )
    from .complex import (
        ComplexFacts as ComplexFacts,
    )
    from .complex import (
        ComplexState as ComplexState,
    )
    from .complex import (
        ConsultationOpinion as ConsultationOpinion,
    )
    from .complex import (
        FeasibilityReview as FeasibilityReview,
    )
    from .complex import (
        HigherLevelAnnualEvaluation as HigherLevelAnnualEvaluation,
    )
    from .complex import (
        HigherLevelExpiryAssessment as HigherLevelExpiryAssessment,
    )
    from .complex import (
        HostUnitSelection as HostUnitSelection,
    )
    from .complex import (
        LeaderReview as LeaderReview,
    )
    from .complex import (
        LeadingBody as LeadingBody,
    )
    from .complex import (
        LeadingBodyKind as LeadingBodyKind,
    )
    from .complex import (
        LevelRecognition as LevelRecognition,
    )
    from .complex import (
        Opinion as Opinion,
    )
    from .complex import (
        Party as Party,
    )
    from .complex import (
        RoundAppraisal as RoundAppraisal,
    )
    from .complex import (
        RoundStart as RoundStart,
    )
    from .complex import (
        UnitsReassignment as UnitsReassignment,
    )
    from .consortium import (
        CONSORTIUM_LIFECYCLE as CONSORTIUM_LIFECYCLE,
    )
    from .consortium import (
        AnnualPlan as AnnualPlan,
    )
    from .consortium import (
        ChainLeaderFindings as ChainLeaderFindings,
    )
    from .consortium import (
        ConditionFinding as ConditionFinding,
    )
    from .consortium import (
        Consortium as Consortium,
    )
    from .consortium import (
        ConsortiumApplication as ConsortiumApplication,
    )
    from .consortium import (
        ConsortiumFacts as ConsortiumFacts,
    )
    from .consortium import (
        ConsortiumLeaderReview as ConsortiumLeaderReview,
    )
    from .consortium import (
        ConsortiumOpinion as ConsortiumOpinion,
    )
    from .consortium import (
        ConsortiumState as ConsortiumState,
    )
    from .consortium import (
        CultivationAcceptance as CultivationAcceptance,
    )
    from .consortium import (
        CultivationStart as CultivationStart,
    )
    from .consortium import (
        ExpertReview as ExpertReview,
    )
    from .consortium_support import (
        PolicySubsidySchedule as PolicySubsidySchedule,
    )
    from .consortium_support import (
        PolicySupportOutcome as PolicySupportOutcome,
    )
    from .consortium_support import (
        SubsidyCountReading as SubsidyCountReading,
    )
    from .consortium_support import (
        SubsidyTrigger as SubsidyTrigger,
    )
    from .consortium_support import (
        TriggerClaim as TriggerClaim,
    )
    from .consortium_support import (
        TriggerTerms as TriggerTerms,
    )
    from .consortium_support import (
        policy_subsidy as policy_subsidy,
    )
    from .dates import (
        Period as Period,
    )
    from .dates import (
        add_years as add_years,
    )
    from .dates import (
        calendar_year as calendar_year,
    )
    from .dates import (
        to_date as to_date,
    )
    from .decisions import (
        SCHEMA_VERSION as SCHEMA_VERSION,
    )
    from .decisions import (
        Decision as Decision,
    )
    from .decisions import (
        DecisionFormatError as DecisionFormatError,
    )
    from .decisions import (
        Param as Param,
    )
    from .decisions import (
        Reason as Reason,
    )
    from .diagrams import (
        FORMATS as FORMATS,
    )
    from .diagrams import (
        LIFECYCLE_MODULES as LIFECYCLE_MODULES,
    )
    from .diagrams import (
        check_lang as check_lang,
    )
    from .diagrams import (
        dot as dot,
    )
    from .diagrams import (
        lifecycle_for as lifecycle_for,
    )
    from .diagrams import (
        markdown_table as markdown_table,
    )
    from .diagrams import (
        mermaid as mermaid,
    )
    from .diagrams import (
        render as render,
    )
    from .errors import (
        CixiError as CixiError,
    )
    from .errors import (
        FloatMoneyError as FloatMoneyError,
    )
    from .errors import (
        InputError as InputError,
    )
    from .errors import (
        InvalidChoiceError as InvalidChoiceError,
    )
    from .errors import (
        InvalidCitationError as InvalidCitationError,
    )
    from .errors import (
        InvalidDateError as InvalidDateError,
    )
    from .errors import (
        InvalidMoneyError as InvalidMoneyError,
    )
    from .errors import (
        InvalidPeriodError as InvalidPeriodError,
    )
    from .errors import (
        MissingInputError as MissingInputError,
    )
    from .errors import (
        NegativeAmountError as NegativeAmountError,
    )
    from .errors import (
        OutsideForceError as OutsideForceError,
    )
    from .errors import (
        UnknownArticleError as UnknownArticleError,
    )
    from .evaluations import (
        NO_CONSEQUENCE_STATED as NO_CONSEQUENCE_STATED,
    )
    from .evaluations import (
        Assessment as Assessment,
    )
    from .evaluations import (
        AssessmentKind as AssessmentKind,
    )
    from .evaluations import (
        Grade as Grade,
    )
    from .evaluations import (
        Scorer as Scorer,
    )
    from .evaluations import (
        ThresholdScorer as ThresholdScorer,
    )
    from .evaluations import (
        assess as assess,
    )
    from .evaluations import (
        consequence as consequence,
    )
    from .evaluations import (
        consequences_of as consequences_of,
    )
    from .indicators import (
        CoreIndicators as CoreIndicators,
    )
    from .indicators import (
        Indicator as Indicator,
    )
    from .lifecycle import (
        Applied as Applied,
    )
    from .lifecycle import (
        Context as Context,
    )
    from .lifecycle import (
        Entity as Entity,
    )
    from .lifecycle import (
        Event as Event,
    )
    from .lifecycle import (
        EventOrderError as EventOrderError,
    )
    from .lifecycle import (
        EventRefusedError as EventRefusedError,
    )
    from .lifecycle import (
        Guard as Guard,
    )
    from .lifecycle import (
        HistoryEntry as HistoryEntry,
    )
    from .lifecycle import (
        Lifecycle as Lifecycle,
    )
    from .lifecycle import (
        LifecycleDefinitionError as LifecycleDefinitionError,
    )
    from .lifecycle import (
        Transition as Transition,
    )
    from .measures import (
        ART_24 as ART_24,
    )
    from .measures import (
        MEASURES as MEASURES,
    )
    from .measures import (
        EffectiveDateReading as EffectiveDateReading,
    )
    from .measures import (
        ForceCheck as ForceCheck,
    )
    from .measures import (
        Measures as Measures,
    )
    from .measures import (
        PublicationBaseReading as PublicationBaseReading,
    )
    from .measures import (
        ValidityReading as ValidityReading,
    )
    from .money import (
        FEN as FEN,
    )
    from .money import (
        MAX_AMOUNT as MAX_AMOUNT,
    )
    from .money import (
        WAN as WAN,
    )
    from .money import (
        ZERO as ZERO,
    )
    from .money import (
        MoneyInput as MoneyInput,
    )
    from .money import (
        RatioInput as RatioInput,
    )
    from .money import (
        cap_to_fen as cap_to_fen,
    )
    from .money import (
        format_money as format_money,
    )
    from .money import (
        format_ratio as format_ratio,
    )
    from .money import (
        format_wan as format_wan,
    )
    from .money import (
        format_yuan as format_yuan,
    )
    from .money import (
        round_to_fen as round_to_fen,
    )
    from .money import (
        share_of as share_of,
    )
    from .money import (
        to_money as to_money,
    )
    from .money import (
        to_ratio as to_ratio,
    )
    from .overlap import (
        Candidate as Candidate,
    )
    from .overlap import (
        MatchingReading as MatchingReading,
    )
    from .overlap import (
        OverlapGroup as OverlapGroup,
    )
    from .overlap import (
        OverlapOutcome as OverlapOutcome,
    )
    from .overlap import (
        PolicySource as PolicySource,
    )
    from .overlap import (
        overlap_groups as overlap_groups,
    )
    from .overlap import (
        resolve_overlap as resolve_overlap,
    )
    from .parameters import (
        OPEN_INPUTS as OPEN_INPUTS,
    )
    from .parameters import (
        PARAMETERS as PARAMETERS,
    )
    from .parameters import (
        OpenInput as OpenInput,
    )
    from .parameters import (
        ParameterInfo as ParameterInfo,
    )
    from .parameters import (
        Parameters as Parameters,
    )
    from .parameters import (
        require as require,
    )
    from .plans import (
        ApplicantConditions as ApplicantConditions,
    )
    from .plans import (
        CenterPlan as CenterPlan,
    )
    from .plans import (
        CommittedIndicator as CommittedIndicator,
    )
    from .plans import (
        ComplexPlan as ComplexPlan,
    )
    from .plans import (
        ConsortiumPlan as ConsortiumPlan,
    )
    from .plans import (
        ConstructionApproach as ConstructionApproach,
    )
    from .plans import (
        CultivationTargets as CultivationTargets,
    )
    from .plans import (
        IndustrialFoundation as IndustrialFoundation,
    )
    from .plans import (
        IndustryStatus as IndustryStatus,
    )
    from .plans import (
        ManagementMechanism as ManagementMechanism,
    )
    from .plans import (
        MissingSectionError as MissingSectionError,
    )
    from .plans import (
        OverallApproach as OverallApproach,
    )
    from .plans import (
        TargetCommitments as TargetCommitments,
    )
    from .readings import (
        READINGS as READINGS,
    )
    from .readings import (
        AppraisalOutcomeReading as AppraisalOutcomeReading,
    )
    from .readings import (
        CenterRoundReading as CenterRoundReading,
    )
    from .readings import (
        ConstructionStartReading as ConstructionStartReading,
    )
    from .readings import (
        ConsultationReading as ConsultationReading,
    )
    from .readings import (
        CultivationStartReading as CultivationStartReading,
    )
    from .readings import (
        HostVehicleReading as HostVehicleReading,
    )
    from .readings import (
        MatchingAfterTerminationReading as MatchingAfterTerminationReading,
    )
    from .readings import (
        Readings as Readings,
    )
    from .readings import (
        ReassignmentReading as ReassignmentReading,
    )
    from .readings import (
        RetainedQualificationReading as RetainedQualificationReading,
    )
    from .registry import (
        NOT_MODELLED as NOT_MODELLED,
    )
    from .registry import (
        REGISTRY as REGISTRY,
    )
    from .registry import (
        Implementation as Implementation,
    )
    from .registry import (
        NotModelled as NotModelled,
    )
    from .registry import (
        RegistrationError as RegistrationError,
    )
    from .registry import (
        Registry as Registry,
    )
    from .registry import (
        TraceRow as TraceRow,
    )
    from .registry import (
        format_trace as format_trace,
    )
    from .registry import (
        implementations as implementations,
    )
    from .registry import (
        implements as implements,
    )
    from .registry import (
        import_all_modules as import_all_modules,
    )
    from .registry import (
        register as register,
    )
    from .registry import (
        trace as trace,
    )
    from .registry import (
        uncovered as uncovered,
    )
    from .results import (
        OUTCOME_COUNTS as OUTCOME_COUNTS,
    )
    from .results import (
        RESULTS_SCHEMA_VERSION as RESULTS_SCHEMA_VERSION,
    )
    from .results import (
        CountDistribution as CountDistribution,
    )
    from .results import (
        MoneyDistribution as MoneyDistribution,
    )
    from .results import (
        MonteCarloResult as MonteCarloResult,
    )
    from .results import (
        MonteCarloYear as MonteCarloYear,
    )
    from .results import (
        Row as Row,
    )
    from .results import (
        SimulationResult as SimulationResult,
    )
    from .results import (
        YearTotals as YearTotals,
    )
    from .results import (
        nearest_rank as nearest_rank,
    )
    from .scenario import (
        DEFAULT_SCENARIO_DATA as DEFAULT_SCENARIO_DATA,
    )
    from .scenario import (
        SCENARIO_SCHEMA_VERSION as SCENARIO_SCHEMA_VERSION,
    )
    from .scenario import (
        Calendar as Calendar,
    )
    from .scenario import (
        CenterSpec as CenterSpec,
    )
    from .scenario import (
        CenterYearFacts as CenterYearFacts,
    )
    from .scenario import (
        ComplexSpec as ComplexSpec,
    )
    from .scenario import (
        ComplexYearFacts as ComplexYearFacts,
    )
    from .scenario import (
        ConsortiumSpec as ConsortiumSpec,
    )
    from .scenario import (
        ConsortiumYearFacts as ConsortiumYearFacts,
    )
    from .scenario import (
        Horizon as Horizon,
    )
    from .scenario import (
        Inputs as Inputs,
    )
    from .scenario import (
        MonthDay as MonthDay,
    )
    from .scenario import (
        OtherSubsidy as OtherSubsidy,
    )
    from .scenario import (
        PlatformSpec as PlatformSpec,
    )
    from .scenario import (
        PolicyClaim as PolicyClaim,
    )
    from .scenario import (
        Probabilities as Probabilities,
    )
    from .scenario import (
        Problem as Problem,
    )
    from .scenario import (
        Scenario as Scenario,
    )
    from .scenario import (
        ScenarioError as ScenarioError,
    )
    from .scenario import (
        SettlementLinkInput as SettlementLinkInput,
    )
    from .scenario import (
        YearFacts as YearFacts,
    )
    from .scenario import (
        default_scenario as default_scenario,
    )
    from .serialization import (
        MAX_BYTES as MAX_BYTES,
    )
    from .serialization import (
        MAX_DEPTH as MAX_DEPTH,
    )
    from .serialization import (
        Format as Format,
    )
    from .serialization import (
        dump_scenario as dump_scenario,
    )
    from .serialization import (
        dumps_scenario as dumps_scenario,
    )
    from .serialization import (
        format_of as format_of,
    )
    from .serialization import (
        load_scenario as load_scenario,
    )
    from .serialization import (
        loads_scenario as loads_scenario,
    )
    from .serialization import (
        parse_data as parse_data,
    )
    from .serialization import (
        scenario_schema as scenario_schema,
    )
    from .serialization import (
        to_toml as to_toml,
    )
    from .simulation import (
        Progress as Progress,
    )
    from .simulation import (
        monte_carlo as monte_carlo,
    )
    from .simulation import (
        simulate as simulate,
    )
    from .subsidy import (
        FULL_IF_QUALIFIED_NONE_IF_UNQUALIFIED as FULL_IF_QUALIFIED_NONE_IF_UNQUALIFIED,
    )
    from .subsidy import (
        PRO_RATA_BY_ELIGIBLE_SPENDING as PRO_RATA_BY_ELIGIBLE_SPENDING,
    )
    from .subsidy import (
        SETTLEMENT_LINKS as SETTLEMENT_LINKS,
    )
    from .subsidy import (
        UNQUALIFIED_RETAINS_SPENT_ADVANCE as UNQUALIFIED_RETAINS_SPENT_ADVANCE,
    )
    from .subsidy import (
        AdvanceRule as AdvanceRule,
    )
    from .subsidy import (
        CarryOverReading as CarryOverReading,
    )
    from .subsidy import (
        Expense as Expense,
    )
    from .subsidy import (
        ExpenseCategory as ExpenseCategory,
    )
    from .subsidy import (
        InspectionFinding as InspectionFinding,
    )
    from .subsidy import (
        NamedSettlementLink as NamedSettlementLink,
    )
    from .subsidy import (
        RemunerationBase as RemunerationBase,
    )
    from .subsidy import (
        ResultShares as ResultShares,
    )
    from .subsidy import (
        SettlementFacts as SettlementFacts,
    )
    from .subsidy import (
        SettlementLink as SettlementLink,
    )
    from .subsidy import (
        SubsidyOutcome as SubsidyOutcome,
    )
    from .subsidy import (
        advance_payment as advance_payment,
    )
    from .subsidy import (
        operating_subsidy as operating_subsidy,
    )
    from .subsidy import (
        remuneration_cap as remuneration_cap,
    )
    from .subsidy import (
        review_expenses as review_expenses,
    )
    from .subsidy import (
        settle_operating_subsidy as settle_operating_subsidy,
    )
    from .vocabulary import (
        Applicant as Applicant,
    )
    from .vocabulary import (
        AssessmentResult as AssessmentResult,
    )
    from .vocabulary import (
        Body as Body,
    )
    from .vocabulary import (
        Consequence as Consequence,
    )
    from .vocabulary import (
        Label as Label,
    )
    from .vocabulary import (
        LabelledEnum as LabelledEnum,
    )
    from .vocabulary import (
        Lang as Lang,
    )
    from .vocabulary import (
        Level as Level,
    )
    from .vocabulary import (
        PerformanceGrade as PerformanceGrade,
    )
    from .vocabulary import (
        PlatformKind as PlatformKind,
    )
    from .vocabulary import (
        TaskGroupUnit as TaskGroupUnit,
    )
