"""The states of a Complex and what is known of it (综合体状态与事实), Art. 5-9."""

from __future__ import annotations

from datetime import date

from cixi_innovation.law.indicators import CoreIndicators
from cixi_innovation.lifecycles.complex.events import LeadingBody, Party
from cixi_innovation.lifecycles.plans import ComplexPlan
from cixi_innovation.values._attrs import frozen
from cixi_innovation.values.bodies import TaskGroupUnit
from cixi_innovation.values.dates import Period
from cixi_innovation.values.vocabulary import LabelledEnum, Level

__all__ = ["ComplexFacts", "ComplexState", "Opinion"]


class ComplexState(LabelledEnum, noun="综合体状态"):
    """The states of a Complex (Art. 6-9)."""

    APPLIED = ("applied", "已提出申请", "application submitted")
    IN_CONSULTATION = (
        "in_consultation",
        "论证通过,征求意见中",
        "feasibility review passed, consultation under way",
    )
    APPROVED = ("approved", "已审定,待选定依托单位", "approved, host unit to be selected")
    HOST_UNIT_SELECTED = (
        "host_unit_selected",
        "依托单位已选定,待开始建设周期",
        "host unit selected, round to start",
    )
    UNDER_CONSTRUCTION = ("under_construction", "建设中", "under construction")
    UNITS_REVOKED = (
        "units_revoked",
        "建设单位与依托单位资格已取消,待另行授权委托",
        "units' qualifications revoked, awaiting new units",
    )
    ROUND_COMPLETED = (
        "round_completed",
        "本轮建设期届满,仍列入创建名单",
        "round completed, still on the creation list",
    )
    REJECTED = ("rejected", "未获通过", "rejected")
    ELIMINATED = ("eliminated", "已淘汰,不再列入创建名单", "eliminated, off the creation list")
    CONSTRUCTION_ENDED = ("construction_ended", "建设结束", "construction ended")


@frozen
class Opinion:
    """The opinion of one task-group unit solicited under Art. 6 ¶1."""

    unit: TaskGroupUnit
    text: str
    on: date


@frozen
class ComplexFacts:
    """What is known of a Complex: the application's facts and the current round.

    Attributes:
        industry: the field of construction (Art. 5), as named in the application.
        leading_body: the industry association or platform-type enterprise (Art. 2).
        applicants: the applicants (Art. 6 ¶1).
        plan: the construction plan (Annex 1).
        field_meets_criteria: the feasibility reviewer's finding on Art. 5 (None before).
        opinions: the opinions solicited so far (Art. 6 ¶1), in order.
        construction_units: the construction unit(s) in office (the approved applicants,
            TN 6.3, or the units authorised after a revocation).
        host_unit: the host unit in office (Art. 7), None before selection or after a
            revocation.
        level: the recognised level (Cixi unless recognised higher, TN 8.8).
        round: the running (or last) five-year round, half-open.
        rounds: how many rounds have started.
        targets: the five-year targets of the round (Art. 8).
        earliest_round_start: the first day a next round may start.
        planned_years: the years whose annual work plan the units in office reported.
        appraisal: the core indicators of the last end-of-round appraisal (Art. 9).
    """

    industry: str
    leading_body: LeadingBody
    applicants: tuple[Party, ...]
    plan: ComplexPlan
    field_meets_criteria: bool | None = None
    opinions: tuple[Opinion, ...] = ()
    construction_units: tuple[str, ...] = ()
    host_unit: str | None = None
    level: Level = Level.CIXI
    round: Period | None = None
    rounds: int = 0
    targets: str = ""
    earliest_round_start: date | None = None
    planned_years: frozenset[int] = frozenset()
    appraisal: CoreIndicators | None = None
