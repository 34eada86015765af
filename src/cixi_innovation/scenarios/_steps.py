"""The steps of a row besides the lifecycle's: the simulation's notes and its rule calls (模拟说明).

A row keeps these steps, not the decisions they give: a :class:`_Note` says what the
simulation did not do and why (an eliminated Complex, a date outside the Measures'
force ...), a :class:`_Call` is a memoized call of a rule function
(:mod:`~cixi_innovation.rules.subsidy`, :mod:`~cixi_innovation.rules.consortium_support`,
:mod:`~cixi_innovation.rules.center_funds`, :mod:`~cixi_innovation.rules.overlap`); both
rebuild their decision, in either language, when a row is explained.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any, Final, NamedTuple

import attrs

from cixi_innovation.rules.center_funds import matching_funds
from cixi_innovation.rules.consortium_support import policy_subsidy
from cixi_innovation.rules.overlap import resolve_overlap
from cixi_innovation.rules.subsidy import operating_subsidy
from cixi_innovation.rules.subsidy_settlement import advance_payment, settle_operating_subsidy
from cixi_innovation.values._attrs import frozen
from cixi_innovation.values.citations import Citation
from cixi_innovation.values.decisions import Decision, Reason
from cixi_innovation.values.vocabulary import Label

__all__ = [
    "ART_8",
    "ART_8_2",
    "ART_9",
    "ART_10",
    "ART_11",
    "ART_15",
    "ART_16",
    "ART_20",
    "ART_21",
    "ART_22",
    "ART_23",
    "ART_24",
    "Step",
]

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


# --- notes: what the simulation says of a year besides the decisions ---------------------


class _NoteText(NamedTuple):
    outcome: Label
    citations: tuple[Citation, ...]
    zh: str
    en: str


# the outcomes of more than one note
_NOTHING_FURTHER: Final = Label("nothing_further", "不再安排", "nothing further")
_NOT_ARRANGED: Final = Label("not_arranged", "当年不安排", "nothing arranged")

_NOTES: Final[dict[str, _NoteText]] = {
    "eliminated": _NoteText(
        _NOTHING_FURTHER,
        (ART_9,),
        "综合体已淘汰,不再列入创建名单,不再安排运营经费补贴。",
        "The Complex is eliminated and off the creation list: no operating subsidy is arranged.",
    ),
    "ended": _NoteText(
        _NOTHING_FURTHER,
        (ART_9,),
        "综合体本轮建设已结束,不再安排运营经费补贴。",
        "The Complex's construction has ended: no operating subsidy is arranged.",
    ),
    "units_revoked": _NoteText(
        _NOT_ARRANGED,
        (ART_8, ART_10),
        "{on}建设单位与依托单位资格已取消、尚未另行授权委托,不预拨{year}年运营经费补贴。",
        "On {on} the units' qualifications are revoked and no new units are entrusted yet: "
        "no subsidy is advanced for {year}.",
    ),
    "not_subsidised": _NoteText(
        _NOT_ARRANGED,
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


@frozen
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


@frozen
class _Rule:
    """A rule function, the names of its arguments and what it cites.

    A call is memoized by its first ``keyed`` arguments (the others are the scenario's
    settings, the same for every call of a run); those at the positions ``tokened`` are
    containers, keyed by the memo's token of their value.
    """

    name: str
    function: Callable[..., Decision] = attrs.field(eq=False)
    names: tuple[str, ...]
    citations: tuple[Citation, ...]
    keyed: int
    tokened: frozenset[int] = frozenset()

    def key(self, args: tuple[Any, ...], token: Callable[[object], object]) -> tuple[object, ...]:
        """The memo's key of a call with ``args``."""
        tokened = self.tokened
        return tuple(
            token(arg) if i in tokened else arg for i, arg in enumerate(args[: self.keyed])
        )


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
        "measures",
    ),
    (ART_10,),
    5,
)
_ADVANCE: Final = _Rule(
    "advance_payment",
    advance_payment,
    ("year", "on", "granted", "rule", "parameters", "force", "measures"),
    (ART_10,),
    3,
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
        "measures",
    ),
    (ART_10, ART_11),
    7,
    frozenset({5, 6}),
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
        "measures",
    ),
    (ART_15, ART_16),
    5,
    frozenset({0}),
)
_MATCHING: Final = _Rule(
    "matching_funds",
    matching_funds,
    ("higher_level_subsidy", "on", "level", "ratio", "force", "measures"),
    (ART_20,),
    3,
)
_OVERLAP: Final = _Rule(
    "resolve_overlap",
    resolve_overlap,
    ("candidates", "on", "matching", "force", "measures"),
    (ART_23,),
    2,
    frozenset({0}),
)
_RULES: Final = {r.name: r for r in (_OPERATING, _ADVANCE, _SETTLE, _POLICY, _MATCHING, _OVERLAP)}


@frozen
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
