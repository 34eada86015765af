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

from collections.abc import Callable
from operator import attrgetter
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


class _Listing(Protocol):
    def missing(self) -> tuple[Label, ...]: ...


def _result_is(name: str, attribute: str, result: object) -> Callable[[object, Any, object], bool]:
    """The condition that the event's ``attribute`` is ``result``, named ``name`` in the tables."""
    read = attrgetter(attribute)

    def condition(_: object, e: Any, ctx: object) -> bool:
        return read(e) is result

    condition.__name__ = condition.__qualname__ = name
    return condition


#: True if the review passed (论证、评审通过).
_passed = _result_is("_passed", "passed", True)
#: True if the review approved (审定通过).
_approved = _result_is("_approved", "approved", True)
#: True if the assessment is qualified (合格).
_qualified = _result_is("_qualified", "result", AssessmentResult.QUALIFIED)
#: True if the assessment is unqualified (不合格).
_unqualified = _result_is("_unqualified", "result", AssessmentResult.UNQUALIFIED)
#: True if the evaluation or appraisal is poor (差).
_poor = _result_is("_poor", "grade", PerformanceGrade.POOR)


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
