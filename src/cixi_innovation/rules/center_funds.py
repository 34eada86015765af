"""第四章 产业技术创新中心 — matching funds, the separate ledger and entrusted fees (Art. 20).

第二十条 创新中心创建成为宁波市级及以上技术创新中心的,市级按上级要求给予一定比例的经费配套。

上级财政补助资金应当单独设置会计科目进行专账核算,主要用于创新中心科研项目实施、科研仪器设备购置、人才团队
引进培育等,其中科研项目实施、实验室建设及运营管理,可委托依托单位实施,委托建设管理费用支出最高不超过上级财政
补助资金与本级配套资金总和的50%。

* :func:`matching_funds` — once recognised at Ningbo level or above, ``ratio ×
  higher-level subsidy``; the ratio ("一定比例") is the caller's, with no default.  A
  Center below Ningbo level is refused (a decision with outcome ``refused``): these
  Measures state no municipal funding for it (TN 20.2).
* :class:`SeparateLedger` — the higher-level funds in their own ledger, entries by
  :class:`FundUse`; "主要" (mainly) is not exclusive (TN 20.4), so other uses are recorded
  and reported, not refused.  Whether the Cixi matching funds belong in the same ledger is
  not stated (TN 20.3): the ledger holds the higher-level funds only.
* :func:`entrusted_fee_cap` — entrusted construction and management fees at most 50% of
  higher-level subsidy plus local matching, rounded down to the fen, the scope of the fees
  read as :class:`EntrustedFeeScope` (TN 20.5).  The period over which the cap is measured
  is not stated: the caller passes the amounts of the period it measures.

>>> from datetime import date
>>> from cixi_innovation.rules.center_funds import entrusted_fee_cap
>>> d = entrusted_fee_cap(
...     on=date(2026, 6, 1), higher_level_subsidy=10_000_000, local_matching=5_000_000
... )
>>> d.amount("cap"), d.outcome.code
(Decimal('7500000.00'), 'within_cap')
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from typing import Final

import attrs

from cixi_innovation.law.measures import MEASURES, ForceCheck, Measures
from cixi_innovation.law.open_inputs import require
from cixi_innovation.law.parameters import PARAMETERS, Parameters
from cixi_innovation.law.registry import implements
from cixi_innovation.rules._common import (
    Ruling,
    choice,
    intake_date,
    intake_items,
    intake_parameters,
    need_text,
)
from cixi_innovation.values._attrs import frozen
from cixi_innovation.values.citations import Citation
from cixi_innovation.values.decisions import Decision, Reason
from cixi_innovation.values.errors import InputError, InvalidChoiceError
from cixi_innovation.values.money import ZERO, MoneyInput, RatioInput, share_of, to_money, to_ratio
from cixi_innovation.values.vocabulary import Label, LabelledEnum, Level

__all__ = [
    "CenterFundsOutcome",
    "EntrustedFeeScope",
    "FundUse",
    "LedgerEntry",
    "SeparateLedger",
    "entrusted_fee_cap",
    "matching_funds",
]

ART_20_1: Final = Citation.article(20, 1)
ART_20_2: Final = Citation.article(20, 2)
_ART_20_1: Final = (ART_20_1,)
_ART_20_2: Final = (ART_20_2,)
#: What a ledger's blank account lacks (单独设置会计科目).
_NO_ACCOUNT: Final = Label(
    "account",
    "台账须单独设置会计科目",
    "the ledger needs its own accounting subject (单独设置会计科目)",
)


class CenterFundsOutcome:
    """The outcome labels of the Art. 20 decisions (``decision.outcome.code``)."""

    #: Matching funds are provided.
    MATCHED: Final = Label("matched", "给予经费配套", "matching funds provided")
    #: No matching: the Center is not recognised at Ningbo level or above.
    REFUSED: Final = Label("refused", "不予配套", "no matching funds")
    #: The entrusted fees are within the cap (the share is a parameter: no number here).
    WITHIN_CAP: Final = Label("within_cap", "未超过上限", "within the cap")
    #: The entrusted fees exceed the cap.
    EXCEEDS_CAP: Final = Label("exceeds_cap", "超过上限", "exceeds the cap")
    #: A statement of the separate ledger.
    LEDGER_REPORT: Final = Label("ledger_report", "专账核算情况", "separate-ledger statement")


@implements("Art. 20 ¶2", note="the uses of higher-level funds (TN 20.4)")
class FundUse(LabelledEnum, noun="资金用途"):
    """What higher-level funds are spent on (Art. 20 ¶2).

    The first three are the uses the funds are "mainly" for; laboratory construction and
    operation management is named only among the work that may be entrusted (an
    inconsistency of the source, TN 20.4).  :attr:`OTHER` records any other use.
    """

    #: 科研项目实施 (a main use; may be entrusted).
    RESEARCH_PROJECTS = (
        "research_projects",
        "科研项目实施",
        "implementation of scientific research projects",
    )
    #: 科研仪器设备购置 (a main use).
    RESEARCH_EQUIPMENT = (
        "research_equipment",
        "科研仪器设备购置",
        "purchase of scientific research instruments and equipment",
    )
    #: 人才团队引进培育 (a main use).
    TALENT_TEAMS = (
        "talent_teams",
        "人才团队引进培育",
        "introduction and cultivation of talent and teams",
    )
    #: 实验室建设及运营管理 (named among the work that may be entrusted).
    LAB_CONSTRUCTION_OPERATION = (
        "lab_construction_operation",
        "实验室建设及运营管理",
        "laboratory construction and operation management",
    )
    #: any other use, recorded and reported ("主要" is not exclusive).
    OTHER = ("other", "其他用途", "other uses")

    @property
    def named_main_use(self) -> bool:
        """True for the three uses the funds are "mainly" for."""
        return self in _MAIN_USES

    @property
    def entrustable(self) -> bool:
        """True for the work that may be entrusted to the host unit."""
        return self in _ENTRUSTABLE


_MAIN_USES: Final = frozenset(
    {FundUse.RESEARCH_PROJECTS, FundUse.RESEARCH_EQUIPMENT, FundUse.TALENT_TEAMS}
)
_ENTRUSTABLE: Final = frozenset({FundUse.RESEARCH_PROJECTS, FundUse.LAB_CONSTRUCTION_OPERATION})


@implements("Art. 20 ¶2", note="the scope of entrusted fees (TN 20.5)")
class EntrustedFeeScope(LabelledEnum, noun="委托建设管理费用范围"):
    """What "委托建设管理费用" (entrusted construction and management fees) covers (TN 20.5)."""

    #: (a, default) all expenditure paid to the host unit for entrusted work: research
    #: projects and laboratory construction and operation management.
    ALL_ENTRUSTED_EXPENDITURE = (
        "all_entrusted_expenditure",
        "解读(a):委托依托单位实施的全部支出",
        "reading (a): all expenditure paid to the host unit for entrusted work",
    )
    #: (b) only the fee for entrusted laboratory construction and operation management.
    LAB_WORK_FEES_ONLY = (
        "lab_work_fees_only",
        "解读(b):仅委托实验室建设及运营管理的费用",
        "reading (b): only the fees for entrusted laboratory construction and operation",
    )

    def counts(self, use: FundUse) -> bool:
        """True when an entrusted entry of ``use`` counts toward the cap under this reading."""
        if self is EntrustedFeeScope.LAB_WORK_FEES_ONLY:
            return use is FundUse.LAB_CONSTRUCTION_OPERATION
        return use.entrustable


# --- matching (¶1) -------------------------------------------------------------------


def matching_funds(
    higher_level_subsidy: MoneyInput,
    *,
    on: date,
    level: Level | str,
    ratio: RatioInput | None = None,
    force: ForceCheck | str = ForceCheck.REFUSE,
    measures: Measures = MEASURES,
    subject: str = "",
) -> Decision:
    """Art. 20 ¶1: Cixi matching funds for a Center recognised at Ningbo level or above.

    "创新中心创建成为宁波市级及以上技术创新中心的,市级按上级要求给予一定比例的经费配套。"
    The matching is ``ratio × higher-level subsidy``, rounded down to the fen.  The
    proportion is not given (TN 20.1): the caller supplies it.

    Args:
        higher_level_subsidy: the higher-level fiscal subsidy the matching is based on.
        on: the date of the decision.
        level: the level at which the Center is recognised as a technology innovation center.
        ratio: the matching proportion (required when the Center qualifies).
        force: refuse or flag a date outside the Measures' force (Art. 24).
        measures: the Measures whose force is checked, counted under their readings (Art. 24).
        subject: an identifier of the Center.

    Returns:
        A decision with outcome ``matched`` (amounts ``higher_level_subsidy`` and
        ``matching``) or ``refused`` (``matching`` = 0) below Ningbo level.

    Raises:
        MissingInputError: no ratio for a Center at Ningbo level or above.

    >>> from datetime import date
    >>> from cixi_innovation.rules.center_funds import matching_funds
    >>> from cixi_innovation.values.vocabulary import Level
    >>> matching_funds(10_000_000, on=date(2026, 6, 1), level=Level.NINGBO, ratio="1/2").amount(
    ...     "matching"
    ... )
    Decimal('5000000.00')
    """
    ruling = Ruling.open("center_funds.matching_funds", on, force, subject, measures)
    base = to_money(higher_level_subsidy, field="higher_level_subsidy", article=ART_20_1)
    recognised = choice(Level, level, field="level", article=ART_20_1)
    if not recognised.ningbo_or_above:
        outcome, matching = CenterFundsOutcome.REFUSED, ZERO
        reason = Reason.of(
            _ART_20_1,
            zh="市级经费配套以创建成为宁波市级及以上技术创新中心为条件;该创新中心为{level},"
            "本办法未规定对其给予经费配套。",
            en="Matching funds require recognition as a technology innovation center at Ningbo "
            "level or above; this Center is at {level}, and these Measures state no "
            "matching for it.",
            level=recognised,
        )
    else:
        given = require("matching_ratio", ratio, field="ratio")
        # Mutation testing: dropping field is equivalent: to_ratio's default field is 'ratio'
        proportion = to_ratio(given, field="ratio", article=ART_20_1)
        outcome, matching = CenterFundsOutcome.MATCHED, share_of(base, proportion)
        reason = Reason.of(
            _ART_20_1,
            zh="创新中心创建成为{level}技术创新中心,市级给予经费配套;配套比例由调用方提供"
            "(本办法仅规定“按上级要求给予一定比例”):{base:money}×{ratio}={matching:money}"
            "(向下取整到分)。",
            en="The Center is recognised at {level}; Cixi matches the higher-level subsidy at "
            "the proportion the caller gives (the Measures say only 'a certain proportion, as "
            "the higher level requires'): {base:money} × {ratio} = {matching:money}, rounded "
            "down to the fen.",
            level=recognised,
            base=base,
            ratio=proportion,
            matching=matching,
        )
    amounts = {"higher_level_subsidy": base, "matching": matching}
    return ruling.decide(outcome, amounts, (reason,))


implements(
    "Art. 20 ¶1",
    note="matching at the caller's ratio for Ningbo level or above",
)(matching_funds)


# --- the separate ledger (¶2) ---------------------------------------------------------


def _use(value: object) -> FundUse:
    return choice(FundUse, value, field="use", article=ART_20_2)


def _entry_amount(value: object) -> Decimal:
    # Mutation testing: dropping field is equivalent: to_money's default field is 'amount'
    return to_money(value, field="amount", article=ART_20_2)


def _entry_date(value: object) -> date:
    # Mutation testing: dropping field is equivalent: intake_date's default field is 'on'
    return intake_date(value, field="on", article=ART_20_2)


@implements("Art. 20 ¶2", note="a payment from the higher-level funds")
@frozen
class LedgerEntry:
    """One payment out of the higher-level funds, booked in the separate ledger.

    Attributes:
        on: the date of the payment.
        use: what it pays for.
        amount: the amount in yuan.
        description: what it is (shown in reports).
        entrusted: True when it pays the host unit for entrusted work; only research
            projects and laboratory construction and operation may be entrusted.

    >>> from datetime import date
    >>> from cixi_innovation.rules.center_funds import FundUse, LedgerEntry
    >>> LedgerEntry(date(2026, 5, 1), FundUse.TALENT_TEAMS, 1000, entrusted=True)
    Traceback (most recent call last):
    ...
    cixi_innovation.values.errors.InvalidChoiceError: entrusted: introduction and cultivation of talent and teams may not be entrusted; only research projects and laboratory construction and operation management may (Art. 20 ¶2 第二十条第二款)
    """

    on: date = attrs.field(converter=_entry_date)
    use: FundUse = attrs.field(converter=_use)
    amount: Decimal = attrs.field(converter=_entry_amount)
    description: str = ""
    entrusted: bool = False

    def __attrs_post_init__(self) -> None:
        if self.entrusted and not self.use.entrustable:
            raise InvalidChoiceError(
                f"{self.use.en} may not be entrusted; only research projects and laboratory "
                "construction and operation management may",
                zh=f"{self.use.zh}不可委托;仅科研项目实施、实验室建设及运营管理可委托依托单位实施",
                field="entrusted",
                article=ART_20_2,
            )


def _funds(value: object) -> Decimal:
    return to_money(value, field="higher_level_funds", article=ART_20_2)


def _entries(value: Iterable[LedgerEntry]) -> tuple[LedgerEntry, ...]:
    return intake_items(value, LedgerEntry, field="entries", article=ART_20_2)


@implements("Art. 20 ¶2", note="the separate ledger (专账核算)")
@frozen
class SeparateLedger:
    """The separate ledger of the higher-level fiscal subsidy (专账核算, Art. 20 ¶2).

    "上级财政补助资金应当单独设置会计科目进行专账核算": the funds are booked under their own
    accounting subject.  Entries are recorded by use; every use is accepted, because the
    funds are used "mainly" (主要), not only, for the named uses (TN 20.4).  Payments
    may not exceed the funds booked.

    Attributes:
        account: the separately established accounting subject (单独设置会计科目).
        higher_level_funds: the higher-level fiscal subsidy booked in the ledger.
        entries: the payments, in the order recorded.

    >>> from datetime import date
    >>> from cixi_innovation.rules.center_funds import FundUse, LedgerEntry, SeparateLedger
    >>> ledger = SeparateLedger("5301-TIC", 1_000_000).record(
    ...     LedgerEntry(date(2026, 5, 1), FundUse.OTHER, 100_000, "conference")
    ... )
    >>> ledger.balance, ledger.by_use()[FundUse.OTHER]
    (Decimal('900000.00'), Decimal('100000.00'))
    """

    account: str
    higher_level_funds: Decimal = attrs.field(converter=_funds)
    entries: tuple[LedgerEntry, ...] = attrs.field(default=(), converter=_entries)

    def __attrs_post_init__(self) -> None:
        need_text(self.account, _NO_ACCOUNT, field="account", article=ART_20_2)
        if self.spent > self.higher_level_funds:
            raise InputError(
                f"payments of {self.spent} exceed the higher-level funds booked "
                f"({self.higher_level_funds})",
                zh=f"支出 {self.spent} 超过已入账的上级经费({self.higher_level_funds})",
                field="entries",
                article=ART_20_2,
            )

    @property
    def spent(self) -> Decimal:
        """The total paid out."""
        return sum((e.amount for e in self.entries), ZERO)

    @property
    def balance(self) -> Decimal:
        """The funds not yet paid out."""
        return self.higher_level_funds - self.spent

    def record(self, *entries: LedgerEntry) -> SeparateLedger:
        """A new ledger with ``entries`` added.

        Raises:
            InputError: the payments would exceed the funds booked.
        """
        return attrs.evolve(self, entries=self.entries + entries)

    def receive(self, amount: MoneyInput) -> SeparateLedger:
        """A new ledger with ``amount`` more higher-level funds booked."""
        more = to_money(amount, article=ART_20_2)  # the field is to_money's default, 'amount'
        return attrs.evolve(self, higher_level_funds=self.higher_level_funds + more)

    def by_use(self) -> dict[FundUse, Decimal]:
        """The total paid per use, in the order of :class:`FundUse`, uses with payments only."""
        totals = dict.fromkeys(FundUse, ZERO)
        for entry in self.entries:
            totals[entry.use] += entry.amount
        return {use: total for use, total in totals.items() if total}

    def entrusted(
        self, scope: EntrustedFeeScope = EntrustedFeeScope.ALL_ENTRUSTED_EXPENDITURE
    ) -> Decimal:
        """The entrusted payments that count toward the 50% cap under ``scope``."""
        return sum((e.amount for e in self.entries if e.entrusted and scope.counts(e.use)), ZERO)

    def report(
        self,
        *,
        on: date,
        force: ForceCheck | str = ForceCheck.REFUSE,
        subject: str = "",
        measures: Measures = MEASURES,
    ) -> Decision:
        """Art. 20 ¶2: a statement of the ledger, per use; other uses are reported, not refused.

        "主要用于创新中心科研项目实施、科研仪器设备购置、人才团队引进培育等"。

        Returns:
            A decision with amounts ``higher_level_funds``, ``spent``, ``balance``, one
            amount per use paid for (``use.<code>``) and ``entrusted``.
        """
        ruling = Ruling.open("center_funds.separate_ledger", on, force, subject, measures)
        reasons = [
            Reason.of(
                _ART_20_2,
                zh="上级财政补助资金{funds:money}在会计科目“{account}”下专账核算,已支出{spent:money},"
                "结余{balance:money}。",
                en="The higher-level fiscal subsidy of {funds:money} is kept in a separate ledger "
                "under the accounting subject '{account}': {spent:money} paid, {balance:money} "
                "left.",
                funds=self.higher_level_funds,
                account=self.account,
                spent=self.spent,
                balance=self.balance,
            )
        ]
        amounts = {
            "higher_level_funds": self.higher_level_funds,
            "spent": self.spent,
            "balance": self.balance,
        }
        for use, total in self.by_use().items():
            amounts[f"use.{use.code}"] = total
            if use.named_main_use:
                zh = "用于“{use}”{total:money},属本款列明的主要用途。"
                en = "{total:money} for '{use}', one of the named main uses."
            elif use is FundUse.LAB_CONSTRUCTION_OPERATION:
                zh = "用于“{use}”{total:money},本款将其列为可委托实施的事项。"
                en = "{total:money} for '{use}', named by the paragraph among the entrustable work."
            else:
                zh = "用于“{use}”{total:money}:资金“主要”用于所列用途,并非仅限于此,予以记录并报告。"
                en = (
                    "{total:money} for '{use}': the funds are used 'mainly' (主要), not only, for "
                    "the named uses, so this is recorded and reported, not refused."
                )
            reasons.append(Reason.of(_ART_20_2, zh=zh, en=en, use=use, total=total))
        amounts["entrusted"] = self.entrusted()
        return ruling.decide(CenterFundsOutcome.LEDGER_REPORT, amounts, reasons)


# --- entrusted fees (¶2) ---------------------------------------------------------------


def entrusted_fee_cap(
    *,
    on: date,
    higher_level_subsidy: MoneyInput,
    local_matching: MoneyInput,
    entries: Iterable[LedgerEntry] = (),
    scope: EntrustedFeeScope | str = EntrustedFeeScope.ALL_ENTRUSTED_EXPENDITURE,
    parameters: Parameters = PARAMETERS,
    force: ForceCheck | str = ForceCheck.REFUSE,
    measures: Measures = MEASURES,
    subject: str = "",
) -> Decision:
    """Art. 20 ¶2: entrusted construction and management fees at most 50% of the funds.

    "委托建设管理费用支出最高不超过上级财政补助资金与本级配套资金总和的50%"。 The cap is
    ``50% × (higher-level subsidy + local matching)``, rounded down to the fen and
    inclusive: 10,000,000 + 5,000,000 → 7,500,000.00.

    Args:
        on: the date of the check.
        higher_level_subsidy: the higher-level fiscal subsidy funds.
        local_matching: the Cixi matching funds (本级配套资金).
        entries: payments; those marked ``entrusted`` and counted by ``scope`` are the fees.
        scope: what the fees cover (TN 20.5), reading (a) by default.
        parameters: the numbers of the Measures (the 50% share).
        force: refuse or flag a date outside the Measures' force (Art. 24).
        measures: the Measures whose force is checked, counted under their readings (Art. 24).
        subject: an identifier of the Center.

    Returns:
        A decision with amounts ``higher_level_subsidy``, ``local_matching``, ``base``,
        ``cap``, ``fees`` and ``excess``, and outcome ``within_cap`` or ``exceeds_cap``.
    """
    ruling = Ruling.open("center_funds.entrusted_fee_cap", on, force, subject, measures)
    parameters = intake_parameters(parameters, article=ART_20_2)
    higher = to_money(higher_level_subsidy, field="higher_level_subsidy", article=ART_20_2)
    local = to_money(local_matching, field="local_matching", article=ART_20_2)
    reading = choice(EntrustedFeeScope, scope, field="scope", article=ART_20_2)
    listed = _entries(entries)
    base = higher + local
    share = parameters.entrusted_fee_cap_share
    cap = share_of(base, share)
    fees = sum((e.amount for e in listed if e.entrusted and reading.counts(e.use)), ZERO)
    # Mutation testing: dropping ZERO is equivalent: the int 0 of no such entries is only tested for truth
    left_out = sum((e.amount for e in listed if e.entrusted and not reading.counts(e.use)), ZERO)
    reasons = [
        Reason.of(
            _ART_20_2,
            zh="委托建设管理费用上限为上级财政补助资金{higher:money}与本级配套资金{local:money}"
            "总和的{share:ratio},即{cap:money}(向下取整到分)。",
            en="Entrusted construction and management fees may be at most {share:ratio} of the "
            "higher-level fiscal subsidy ({higher:money}) plus the local matching funds "
            "({local:money}): {cap:money}, rounded down to the fen.",
            higher=higher,
            local=local,
            share=share,
            cap=cap,
        ),
        Reason.of(
            _ART_20_2,
            zh="委托建设管理费用按“{scope}”计为{fees:money}。",
            en="The entrusted fees, under {scope}, are {fees:money}.",
            scope=reading,
            fees=fees,
        ),
    ]
    if left_out:
        reasons.append(
            Reason.of(
                _ART_20_2,
                zh="委托实施的科研项目支出{left_out:money}在该解读下不计入委托建设管理费用。",
                en="Entrusted research-project spending of {left_out:money} does not count as "
                "fees under this reading.",
                left_out=left_out,
            )
        )
    # Mutation testing: '>=' for '>' is equivalent: at equality fees - cap is 0.00, as ZERO
    excess = fees - cap if fees > cap else ZERO
    if excess:
        outcome = CenterFundsOutcome.EXCEEDS_CAP
        reasons.append(
            Reason.of(
                _ART_20_2,
                zh="委托建设管理费用超过上限{excess:money}。",
                en="The entrusted fees exceed the cap by {excess:money}.",
                excess=excess,
            )
        )
    else:
        outcome = CenterFundsOutcome.WITHIN_CAP
    return ruling.decide(
        outcome,
        {
            "higher_level_subsidy": higher,
            "local_matching": local,
            "base": base,
            "cap": cap,
            "fees": fees,
            "excess": excess,
        },
        reasons,
    )


implements(
    "Art. 20 ¶2",
    note="entrusted fees at most 50% of higher-level plus matching funds",
)(entrusted_fee_cap)
