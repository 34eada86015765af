"""The Cixi City Interim Measures on innovation platforms as typed, explainable Python.

慈溪市产业创新平台管理暂行办法(慈政办发〔2024〕57号): the three kinds of platform, their
lifecycles, exact money and decisions that cite the articles in Chinese and English.

>>> import cixi_innovation as ci
>>> ci.MEASURES.effective_date, ci.MEASURES.last_day_in_force
(datetime.date(2024, 12, 25), datetime.date(2029, 12, 24))
"""

from __future__ import annotations

from .articles import (
    ANNEXES,
    ARTICLES,
    CHAPTERS,
    NOTICE,
    Annex,
    AnnexItem,
    AnnexSection,
    Article,
    Chapter,
    Paragraph,
    TranslatorNote,
    text_of,
)
from .citations import Citation, cites
from .dates import Period, calendar_year, to_date
from .decisions import SCHEMA_VERSION, Decision, Reason
from .errors import (
    CixiError,
    FloatMoneyError,
    InputError,
    InvalidChoiceError,
    InvalidCitationError,
    InvalidDateError,
    InvalidMoneyError,
    InvalidPeriodError,
    MissingInputError,
    NegativeAmountError,
    OutsideForceError,
    UnknownArticleError,
)
from .measures import (
    MEASURES,
    EffectiveDateReading,
    Measures,
    PublicationBaseReading,
    ValidityReading,
)
from .money import FEN, ZERO, cap_to_fen, format_wan, format_yuan, round_to_fen, share_of, to_money
from .parameters import OPEN_INPUTS, PARAMETERS, Parameters
from .registry import NOT_MODELLED, implementations, implements, trace, uncovered
from .vocabulary import (
    Applicant,
    AssessmentResult,
    Body,
    Consequence,
    Label,
    Level,
    PerformanceGrade,
    PlatformKind,
    TaskGroupUnit,
)

__version__ = "0.1.0"

__all__ = [
    "ANNEXES",
    "ARTICLES",
    "CHAPTERS",
    "FEN",
    "MEASURES",
    "NOTICE",
    "NOT_MODELLED",
    "OPEN_INPUTS",
    "PARAMETERS",
    "SCHEMA_VERSION",
    "ZERO",
    "Annex",
    "AnnexItem",
    "AnnexSection",
    "Applicant",
    "Article",
    "AssessmentResult",
    "Body",
    "Chapter",
    "Citation",
    "CixiError",
    "Consequence",
    "Decision",
    "EffectiveDateReading",
    "FloatMoneyError",
    "InputError",
    "InvalidChoiceError",
    "InvalidCitationError",
    "InvalidDateError",
    "InvalidMoneyError",
    "InvalidPeriodError",
    "Label",
    "Level",
    "Measures",
    "MissingInputError",
    "NegativeAmountError",
    "OutsideForceError",
    "Paragraph",
    "Parameters",
    "PerformanceGrade",
    "Period",
    "PlatformKind",
    "PublicationBaseReading",
    "Reason",
    "TaskGroupUnit",
    "TranslatorNote",
    "UnknownArticleError",
    "ValidityReading",
    "__version__",
    "calendar_year",
    "cap_to_fen",
    "cites",
    "format_wan",
    "format_yuan",
    "implementations",
    "implements",
    "round_to_fen",
    "share_of",
    "text_of",
    "to_date",
    "to_money",
    "trace",
    "uncovered",
]
