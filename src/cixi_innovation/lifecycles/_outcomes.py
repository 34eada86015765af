"""Results of reviews, assessments and evaluations, and their labels (结果).

The tables of the three platforms choose among rows by the same kinds of result: a
review passed or not (论证、评审), an approval or a rejection (审定), an assessment
qualified or unqualified (合格、不合格), an evaluation poor or not (差).  The
conditions and the labels they show in decisions and diagrams are declared here once;
so are the details naming what an event lacks (the items of an annual plan, Art. 15;
the bodies of an Innovation Center, Art. 19).

The conditions keep the names the reviewed tables show them by
(``tests/reliability/golden/*-table.json``), private as they were in each table.
"""

from __future__ import annotations

from typing import Any, Protocol

from cixi_innovation.values.assessments import AssessmentResult, PerformanceGrade
from cixi_innovation.values.decisions import Param
from cixi_innovation.values.vocabulary import Label

__all__ = [
    "APPROVED",
    "NOT_APPROVED",
    "NOT_POOR",
    "POOR",
    "QUALIFIED",
    "RECORDED",
    "REJECTED",
    "UNQUALIFIED",
    "missing_items",
]

#: The condition and the outcome of an approval (审定通过).
APPROVED = Label("approved", "审定通过", "approved")
#: The condition of a rejection at the review (审定未通过).
NOT_APPROVED = Label("not_approved", "审定未通过", "not approved")
#: The outcome of a rejected application or plan (不予通过).
REJECTED = Label("rejected", "不予通过", "rejected")
#: The outcome of a result the Measures attach no consequence to (予以记录).
RECORDED = Label("recorded", "予以记录", "recorded")
QUALIFIED = Label("qualified", "结果为“合格”", "result qualified")
UNQUALIFIED = Label("unqualified", "结果为“不合格”", "result unqualified")
POOR = Label("poor", "结果为“差”", "result poor")
NOT_POOR = Label("not_poor", "结果非“差”", "result not poor")


class _Review(Protocol):
    @property
    def passed(self) -> bool: ...


class _Decision(Protocol):
    @property
    def approved(self) -> bool: ...


class _Assessment(Protocol):
    @property
    def result(self) -> AssessmentResult: ...


class _Evaluation(Protocol):
    @property
    def grade(self) -> PerformanceGrade: ...


class _Listing(Protocol):
    def missing(self) -> tuple[Label, ...]: ...


def _passed(_: object, e: _Review, ctx: object) -> bool:
    """True if the review passed."""
    return e.passed


def _approved(_: object, e: _Decision, ctx: object) -> bool:
    """True if the review approved."""
    return e.approved


def _qualified(_: object, e: _Assessment, ctx: object) -> bool:
    """True if the assessment is qualified."""
    return e.result is AssessmentResult.QUALIFIED


def _unqualified(_: object, e: _Assessment, ctx: object) -> bool:
    """True if the assessment is unqualified."""
    return e.result is AssessmentResult.UNQUALIFIED


def _poor(_: object, e: _Evaluation, ctx: Any) -> bool:
    """True if the evaluation or appraisal is poor."""
    return e.grade is PerformanceGrade.POOR


def missing_items(e: _Listing) -> dict[str, Param]:
    """The template parameter ``missing``: the items the event lacks, in order."""
    missing = e.missing()
    return {
        "missing": Label(
            # Mutation testing: the code of a label used only as a reason parameter is never shown
            "missing",
            "、".join(m.zh for m in missing),
            ", ".join(m.en for m in missing),
        )
    }
