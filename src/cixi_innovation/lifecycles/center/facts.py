"""The states of an Innovation Center and what is known of it (创新中心状态与事实), Art. 17-21."""

from __future__ import annotations

from datetime import date

from cixi_innovation.lifecycles.center.events import (
    CenterOpinion,
    HostUnit,
    LegalEntityEstablishment,
    TechCenterRecognition,
)
from cixi_innovation.lifecycles.plans import CenterPlan
from cixi_innovation.values._attrs import frozen
from cixi_innovation.values.dates import Period
from cixi_innovation.values.vocabulary import LabelledEnum

__all__ = ["CenterFacts", "CenterState"]


class CenterState(LabelledEnum, noun="创新中心状态"):
    """The states of an Innovation Center (Art. 18-21).

    The two terminations of policy support are final: Art. 21 states the termination
    and nothing after it (no re-evaluation, no remedy, no return to support).
    """

    PROPOSED = (
        "proposed",
        "建设方案已提出,征求意见中",
        "plan proposed, consultation under way",
    )
    APPROVED = (
        "approved",
        "市政府常务会议审定通过,待组建独立法人实体",
        "approved by the executive meeting, legal entity to be established",
    )
    ESTABLISHED = (
        "established",
        "独立法人实体已组建,待开始建设",
        "independent legal entity established, construction to start",
    )
    UNDER_CONSTRUCTION = ("under_construction", "建设中", "under construction")
    ROUND_COMPLETED = (
        "round_completed",
        "期末考核验收合格,可开始新一轮建设",
        "end-of-period check qualified, a further round may start",
    )
    REJECTED = ("rejected", "未获审定通过", "not approved")
    SUPPORT_TERMINATED_EARLY = (
        "support_terminated_early",
        "提前终止政策支持",
        "policy support terminated early",
    )
    SUPPORT_TERMINATED = ("support_terminated", "终止政策支持", "policy support terminated")
    CONSTRUCTION_ENDED = (
        "construction_ended",
        "期末考核验收合格,建设结束",
        "end-of-period check qualified, construction ended",
    )


@frozen
class CenterFacts:
    """What is known of an Innovation Center: its plan, legal entity, rounds and recognitions.

    Attributes:
        industry: the field (Art. 17), as named in the plan's proposal.
        host_units: the host unit(s) (Art. 18 ¶1, TN 18.3).
        plan: the construction plan (Annex 3), the only one of the center.
        proposed_on: the date the plan was proposed.
        opinions: the opinions solicited so far (Art. 18 ¶2), in order.
        legal_entity: the establishment of the independent legal entity (Art. 19).
        rounds: every five-year round started, oldest first, each half-open.
        mid_term_from: the first day of the current round's mid-term evaluation
            (建设满三年).
        mid_term_on: the date of the current round's mid-term evaluation, if held.
        recognitions: the recognitions as a technology innovation center (Art. 20 ¶1).
        support_terminated_on: the date policy support was terminated, if it was.
        matching_ends_on: the date Art. 20 matching ended, if it did (open point 7).
    """

    industry: str
    host_units: tuple[HostUnit, ...]
    plan: CenterPlan
    proposed_on: date
    opinions: tuple[CenterOpinion, ...] = ()
    legal_entity: LegalEntityEstablishment | None = None
    rounds: tuple[Period, ...] = ()
    mid_term_from: date | None = None
    mid_term_on: date | None = None
    recognitions: tuple[TechCenterRecognition, ...] = ()
    support_terminated_on: date | None = None
    matching_ends_on: date | None = None

    @property
    def round(self) -> Period | None:
        """The running (or last) five-year round, half-open; None before construction starts."""
        return self.rounds[-1] if self.rounds else None
