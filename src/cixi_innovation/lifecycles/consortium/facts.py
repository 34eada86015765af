"""The states of a Consortium and what is known of it (联合体状态与事实), Art. 12-15."""

from __future__ import annotations

from datetime import date

from cixi_innovation.lifecycles.consortium.events import ChainLeaderFindings, ConsortiumOpinion
from cixi_innovation.lifecycles.plans import ConsortiumPlan
from cixi_innovation.values._attrs import frozen
from cixi_innovation.values.dates import Period
from cixi_innovation.values.vocabulary import LabelledEnum

__all__ = ["ConsortiumFacts", "ConsortiumState"]


class ConsortiumState(LabelledEnum, noun="联合体状态"):
    """The states of a Consortium (Art. 13-15)."""

    APPLIED = ("applied", "已提出申请", "application submitted")
    IN_CONSULTATION = (
        "in_consultation",
        "专家评审通过,征求意见中",
        "expert review passed, consultation under way",
    )
    APPROVED = ("approved", "已审定,待开始培育", "approved, cultivation to start")
    IN_CULTIVATION = ("in_cultivation", "培育中", "in cultivation")
    QUALIFICATION_RETAINED = (
        "qualification_retained",
        "培育资格予以保留,可开始新一轮培育",
        "cultivation qualification retained, a further round may start",
    )
    REJECTED = ("rejected", "未获通过", "rejected")
    QUALIFICATION_REVOKED = (
        "qualification_revoked",
        "已取消培育资格",
        "cultivation qualification revoked",
    )
    CULTIVATION_ENDED = (
        "cultivation_ended",
        "培育资格予以保留,培育结束",
        "cultivation qualification retained, cultivation ended",
    )


@frozen
class ConsortiumFacts:
    """What is known of a Consortium: the application's facts and its cultivation rounds.

    Attributes:
        enterprise: the chain-leader enterprise that applied (Art. 13).
        plan: the construction plan (Annex 2), with the three-year cultivation targets
            committed at application (Art. 15).
        niche_track: the reviewers' finding on the field (Art. 12), None before review.
        findings: the reviewers' findings on Art. 14, None before review.
        opinions: the opinions solicited so far (Art. 13), in order.
        rounds: every cultivation cycle started, oldest first, each half-open.
        planned_years: the years of the current round whose annual plan was reported.
        revoked_on: the date the cultivation qualification was revoked, if it was.
    """

    enterprise: str
    plan: ConsortiumPlan
    niche_track: bool | None = None
    findings: ChainLeaderFindings | None = None
    opinions: tuple[ConsortiumOpinion, ...] = ()
    rounds: tuple[Period, ...] = ()
    planned_years: frozenset[int] = frozenset()
    revoked_on: date | None = None

    @property
    def round(self) -> Period | None:
        """The current (or last) cultivation cycle, half-open; None before the first starts."""
        return self.rounds[-1] if self.rounds else None
