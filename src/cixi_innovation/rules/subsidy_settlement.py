"""The advance at the beginning of the year and the settlement in the next (年初预拨、次年结算, Art. 10-11).

第十条 ……运营经费补贴与年度目标考核验收情况挂钩,每年年初预拨、次年结算。

第十一条 ……市科技局会同市财政局结合运营经费补贴结算,每年开展资金使用情况检查。……

The money of the operating subsidy granted by :mod:`~cixi_innovation.rules.subsidy`, year
by year:

* :func:`advance_payment` — the advance at the beginning of year N, by the caller's
  :class:`AdvanceRule`;
* :func:`settle_operating_subsidy` — the settlement in year N+1, linked to year N's
  annual assessment (TN 10.6): the expenses reviewed as in
  :mod:`~cixi_innovation.rules.subsidy_expenses`, the findings of the fund-use inspection
  (:mod:`~cixi_innovation.rules.subsidy_inspection`) reported and, under its reading, excluded, and the amount due given by
  a :class:`SettlementLink` — one of the named links (:data:`SETTLEMENT_LINKS`), a
  :class:`ResultShares`, or the Bureau's own rule.

The advance rule and the link are not given by the Measures: the caller supplies them,
there is no default.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date
from decimal import Decimal
from fractions import Fraction
from typing import Final, Protocol

import attrs

from cixi_innovation.law.measures import MEASURES, ForceCheck, Measures
from cixi_innovation.law.open_inputs import require
from cixi_innovation.law.parameters import PARAMETERS, Parameters
from cixi_innovation.law.registry import implements
from cixi_innovation.rules._common import (
    Ruling,
    choice,
    exactly_one,
    intake_date,
    intake_parameters,
)
from cixi_innovation.rules.subsidy import _ART_10, _ART_10_11, ART_10, ART_11, SubsidyOutcome
from cixi_innovation.rules.subsidy_expenses import (
    Expense,
    RemunerationBase,
    RemunerationBaseCarryOver,
    _annual_funds,
    _BaseInputs,
    _review,
)
from cixi_innovation.rules.subsidy_inspection import InspectionFinding, InspectionReading, _inspect
from cixi_innovation.values._attrs import frozen
from cixi_innovation.values.assessments import AssessmentResult
from cixi_innovation.values.decisions import Decision, Reason
from cixi_innovation.values.errors import InputError
from cixi_innovation.values.money import ZERO, MoneyInput, RatioInput, share_of, to_money, to_ratio
from cixi_innovation.values.vocabulary import Label

__all__ = [
    "FULL_IF_QUALIFIED_NONE_IF_UNQUALIFIED",
    "PRO_RATA_BY_ELIGIBLE_SPENDING",
    "SETTLEMENT_LINKS",
    "UNQUALIFIED_RETAINS_SPENT_ADVANCE",
    "AdvanceRule",
    "NamedSettlementLink",
    "ResultShares",
    "SettlementFacts",
    "SettlementLink",
    "advance_payment",
    "settle_operating_subsidy",
]

#: The wholes a share is of: the year's subsidy (what is advanced) and the grant (settled).
_SUBSIDY: Final = Label("subsidy", "运营经费补贴", "subsidy")
_GRANT: Final = Label("grant", "核定补贴", "grant")


def _at_most_whole(value: object, *, field: str, whole: Label) -> Fraction:
    ratio = to_ratio(value, field=field, article=ART_10)
    if ratio > 1:
        raise InputError(
            f"{value!r} is more than the whole {whole.en}",
            zh=f"{value!r} 超过{whole.zh}全额",
            field=field,
            article=ART_10,
        )
    return ratio


# --- advance ------------------------------------------------------------------------


def _advance_fixed(value: object) -> Decimal | None:
    return None if value is None else to_money(value, field="advance.fixed", article=ART_10)


def _advance_share(value: object) -> Fraction | None:
    return None if value is None else _at_most_whole(value, field="advance.share", whole=_SUBSIDY)


@implements("Art. 10", note="the caller's advance (TN 10.6)")
@frozen
class AdvanceRule:
    """How much of the year's subsidy is advanced at the beginning of the year (Art. 10).

    "每年年初预拨": the Measures give no amount or share (TN 10.6); the caller chooses one
    of the two forms, :meth:`fixed_amount` or :meth:`share_of_grant`.  There is no default.

    Attributes:
        fixed: a fixed amount in yuan, or None.
        share: a share of the subsidy granted for the year, or None.

    >>> from decimal import Decimal
    >>> from cixi_innovation.rules.subsidy_settlement import AdvanceRule
    >>> AdvanceRule.share_of_grant("1/2").amount(Decimal("300000.00"))
    Decimal('150000.00')
    """

    fixed: Decimal | None = attrs.field(default=None, converter=_advance_fixed)
    share: Fraction | None = attrs.field(default=None, converter=_advance_share)

    def __attrs_post_init__(self) -> None:
        exactly_one(
            self.fixed,
            self.share,
            "an advance rule is either a fixed amount or a share of the grant",
            zh="预拨规则须为固定金额或核定补贴的一定比例,二者取其一",
            field="advance",
            article=ART_10,
        )

    @classmethod
    def fixed_amount(cls, amount: MoneyInput) -> AdvanceRule:
        """Advance a fixed amount (at most the subsidy granted)."""
        return cls(fixed=amount)

    @classmethod
    def share_of_grant(cls, share: RatioInput) -> AdvanceRule:
        """Advance a share (0 to 1) of the subsidy granted, rounded down to the fen."""
        return cls(share=share)

    def amount(self, granted: Decimal) -> Decimal:
        """The amount advanced on a subsidy of ``granted`` yuan.

        Raises:
            InputError: a fixed advance above the subsidy granted.
        """
        if self.share is not None:
            return share_of(granted, self.share)
        assert self.fixed is not None  # one of the two is set (checked on construction)
        if self.fixed > granted:
            raise InputError(
                f"a fixed advance of {self.fixed} exceeds the subsidy granted ({granted})",
                zh=f"固定预拨额 {self.fixed} 超过核定的补助({granted})",
                field="advance.fixed",
                article=ART_10,
            )
        return self.fixed

    # Mutation testing, not mutated: any default other than zh is English
    def render(self, lang: str = "en") -> str:  # pragma: no mutate
        """The rule in words."""
        if self.share is not None:
            return (
                f"按核定补贴的{self.share.numerator}/{self.share.denominator}预拨"
                if lang == "zh"
                else f"{self.share.numerator}/{self.share.denominator} of the grant"
            )
        return (
            f"固定预拨{self.fixed}元" if lang == "zh" else f"a fixed advance of {self.fixed} yuan"
        )


def _year(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise InputError(
            f"{value!r} is not a year", zh=f"{value!r} 不是年度", field="year", article=ART_10
        )
    return value


def _granted_for_year(granted: MoneyInput, parameters: Parameters) -> Decimal:
    amount = to_money(granted, field="granted", article=ART_10)
    if amount > parameters.operating_subsidy_cap:
        raise InputError(
            f"the subsidy granted ({amount}) exceeds the annual cap of "
            f"{parameters.operating_subsidy_cap}",
            zh=f"核定的补助({amount})超过年度上限 {parameters.operating_subsidy_cap}",
            field="granted",
            article=ART_10,
        )
    return amount


def advance_payment(
    year: int,
    *,
    on: date,
    granted: MoneyInput,
    rule: AdvanceRule | None = None,
    parameters: Parameters = PARAMETERS,
    force: ForceCheck | str = ForceCheck.REFUSE,
    measures: Measures = MEASURES,
    subject: str = "",
) -> Decision:
    """Art. 10: the advance of year N's subsidy at the beginning of year N.

    "运营经费补贴…每年年初预拨"。 The amount follows the caller's :class:`AdvanceRule`; the
    Measures give none, so a missing rule raises
    :class:`~cixi_innovation.values.errors.MissingInputError` citing Art. 10.

    Args:
        year: the subsidy year N.
        on: the date of the advance, in year N.
        granted: the subsidy granted for year N.
        rule: the caller's advance rule (required).
        parameters: the numbers of the Measures (the cap).
        force: refuse or flag a date outside the Measures' force (Art. 24).
        measures: the Measures whose force is checked, counted under their readings (Art. 24).
        subject: an identifier of the Complex.

    Returns:
        A decision with amounts ``granted`` and ``advanced``.

    Raises:
        MissingInputError: no advance rule.
        InputError: ``on`` is not in year N, or the grant exceeds the cap.
    """
    # a date that is not one is reported before a bad year, both before the Art. 24 check
    on = intake_date(on)
    year = _year(year)
    ruling = Ruling.open("subsidy.advance_payment", on, force, subject, measures)
    parameters = intake_parameters(parameters, article=ART_10)
    amount = _granted_for_year(granted, parameters)
    chosen: AdvanceRule = require("advance", rule, field="rule")
    if not isinstance(chosen, AdvanceRule):
        raise InputError(
            f"{chosen!r} is not an AdvanceRule; use AdvanceRule.fixed_amount or "
            "AdvanceRule.share_of_grant",
            zh=f"{chosen!r} 不是 AdvanceRule(预拨规则);请用 AdvanceRule.fixed_amount 或 "
            "AdvanceRule.share_of_grant",
            field="rule",
            article=ART_10,
        )
    if on.year != year:
        raise InputError(
            f"the subsidy for {year} is advanced at the beginning of {year} (每年年初预拨); "
            f"{on} is in {on.year}",
            zh=f"{year} 年度的补助于 {year} 年年初预拨(每年年初预拨);{on} 在 {on.year} 年",
            field="on",
            article=ART_10,
        )
    advanced = chosen.amount(amount)
    reason = Reason.of(
        _ART_10,
        zh="{year}年运营经费补贴核定{granted:money},年初预拨{advanced:money}(预拨规则:{rule})。",
        en="Of the {year} subsidy of {granted:money}, {advanced:money} is advanced at the "
        "beginning of the year (advance rule: {rule}).",
        year=year,
        granted=amount,
        advanced=advanced,
        # Mutation testing: the code of a label used only as a reason parameter is never shown, and render gives English for any lang but 'zh'
        rule=Label("advance_rule", chosen.render("zh"), chosen.render("en")),
    )
    return ruling.decide(
        SubsidyOutcome.ADVANCED, {"granted": amount, "advanced": advanced}, (reason,)
    )


implements("Art. 10", note="advance at the beginning of the year")(advance_payment)


# --- settlement ---------------------------------------------------------------------


@frozen
class SettlementFacts:
    """What a settlement link may look at (all amounts in yuan).

    Attributes:
        granted: the subsidy granted for year N.
        advanced: the amount advanced at the beginning of year N.
        result: year N's annual assessment result (Art. 8).
        submitted: the spending submitted for settlement.
        eligible: the spending left after the review and the inspection findings.
    """

    granted: Decimal
    advanced: Decimal
    result: AssessmentResult
    submitted: Decimal
    eligible: Decimal


@implements("Art. 10", note="the link of the settlement to the annual check (TN 10.6)")
class SettlementLink(Protocol):
    """How the settled subsidy is linked to the annual assessment (Art. 10, TN 10.6).

    "运营经费补贴与年度目标考核验收情况挂钩": the Measures state the link, not its formula.
    A link gives the amount due for the year before the spending limit; the settlement
    then never pays more than the eligible spending.  Use one of the named links
    (:data:`SETTLEMENT_LINKS`), a :class:`ResultShares`, or the Bureau's own rule.
    """

    @property
    def label(self) -> Label:
        """The link's name, in Chinese and English."""
        ...

    def linked_amount(self, facts: SettlementFacts) -> Decimal:
        """The amount of the year's subsidy due under this link (0 to ``facts.granted``)."""
        ...


@frozen
class NamedSettlementLink:
    """A settlement link given by a name and a function of the facts.

    Attributes:
        label: the link's name.
        rule: the function giving the linked amount.
    """

    label: Label
    rule: Callable[[SettlementFacts], Decimal] = attrs.field(eq=False, repr=False)

    def linked_amount(self, facts: SettlementFacts) -> Decimal:
        """Apply the link's rule."""
        return self.rule(facts)


def _full_if_qualified(facts: SettlementFacts) -> Decimal:
    return facts.granted if facts.result is AssessmentResult.QUALIFIED else ZERO


def _pro_rata(facts: SettlementFacts) -> Decimal:
    if facts.result is not AssessmentResult.QUALIFIED or not facts.submitted:
        return ZERO
    return share_of(facts.granted, Fraction(facts.eligible) / Fraction(facts.submitted))


def _retains_spent_advance(facts: SettlementFacts) -> Decimal:
    return facts.granted if facts.result is AssessmentResult.QUALIFIED else facts.advanced


#: "qualified": the whole grant is due; "unqualified": nothing, the advance is recovered.
FULL_IF_QUALIFIED_NONE_IF_UNQUALIFIED: Final = NamedSettlementLink(
    Label(
        "full_if_qualified_none_if_unqualified",
        "合格全额结算,不合格不予结算(收回预拨)",
        "full grant if qualified; nothing if unqualified (advance recovered)",
    ),
    _full_if_qualified,
)
#: "qualified": the grant scaled by eligible ÷ submitted spending; "unqualified": nothing.
PRO_RATA_BY_ELIGIBLE_SPENDING: Final = NamedSettlementLink(
    Label(
        "pro_rata_by_eligible_spending",
        "合格按合规支出占申报支出的比例结算,不合格不予结算",
        "if qualified, the grant times eligible ÷ submitted spending; nothing if unqualified",
    ),
    _pro_rata,
)
#: "qualified": the whole grant; "unqualified": no further payment, the advance is kept
#: as far as it was spent eligibly.
UNQUALIFIED_RETAINS_SPENT_ADVANCE: Final = NamedSettlementLink(
    Label(
        "unqualified_retains_spent_advance",
        "合格全额结算,不合格以已合规使用的预拨资金为限结算,不再补拨",
        "full grant if qualified; if unqualified, only the advance as far as eligibly spent",
    ),
    _retains_spent_advance,
)

#: The named links, by code.
SETTLEMENT_LINKS: Final[dict[str, NamedSettlementLink]] = {
    link.label.code: link
    for link in (
        FULL_IF_QUALIFIED_NONE_IF_UNQUALIFIED,
        PRO_RATA_BY_ELIGIBLE_SPENDING,
        UNQUALIFIED_RETAINS_SPENT_ADVANCE,
    )
}


def _qualified_share(value: object) -> Fraction:
    return _at_most_whole(value, field="link.qualified", whole=_GRANT)


def _unqualified_share(value: object) -> Fraction:
    return _at_most_whole(value, field="link.unqualified", whole=_GRANT)


@frozen
class ResultShares:
    """A link given as the share of the grant due for each result, both caller-given.

    >>> from cixi_innovation.rules.subsidy_settlement import ResultShares
    >>> link = ResultShares(qualified="1", unqualified="1/2")
    >>> link.label.code
    'result_shares_1_1/2'
    """

    qualified: Fraction = attrs.field(converter=_qualified_share)
    unqualified: Fraction = attrs.field(converter=_unqualified_share)

    @property
    def label(self) -> Label:
        """``result_shares_<qualified>_<unqualified>``."""
        q, u = self.qualified, self.unqualified
        return Label(
            f"result_shares_{q}_{u}",
            f"合格按核定补贴的{q}结算,不合格按{u}结算",
            f"{q} of the grant if qualified, {u} if unqualified",
        )

    def linked_amount(self, facts: SettlementFacts) -> Decimal:
        """The grant times the share for the result."""
        qualified = facts.result is AssessmentResult.QUALIFIED
        return share_of(facts.granted, self.qualified if qualified else self.unqualified)


def settle_operating_subsidy(
    year: int,
    *,
    on: date,
    granted: MoneyInput,
    advanced: MoneyInput,
    result: AssessmentResult | str,
    expenses: Sequence[Expense],
    findings: Iterable[InspectionFinding] = (),
    inspection: InspectionReading | str = InspectionReading.NOT_SETTLED,
    link: SettlementLink | None = None,
    base: RemunerationBase | str = RemunerationBase.GRANTED_SUBSIDY,
    carry_over: RemunerationBaseCarryOver | str = RemunerationBaseCarryOver.EXCLUDED,
    settled: MoneyInput | None = None,
    carried_over: MoneyInput | None = None,
    parameters: Parameters = PARAMETERS,
    force: ForceCheck | str = ForceCheck.REFUSE,
    measures: Measures = MEASURES,
    subject: str = "",
) -> Decision:
    """Art. 10-11: the settlement in year N+1 of year N's subsidy, linked to the assessment.

    "运营经费补贴与年度目标考核验收情况挂钩,每年年初预拨、次年结算" (Art. 10);
    "市科技局会同市财政局结合运营经费补贴结算,每年开展资金使用情况检查" (Art. 11).

    The steps, each a reason of the decision:

    1. the review of the expenses (:func:`~cixi_innovation.rules.subsidy_expenses.review_expenses`);
    2. the inspection findings of the Bureau and the Finance Bureau, each reported, and
       under the ``inspection`` reading (TN 11.1) excluded or not;
    3. the caller's ``link`` gives the amount due for the assessment result;
    4. the settled amount is the linked amount, but never more than the eligible
       spending: the subsidy is "用于" the listed expenditure, so spending that is
       excluded is not settled;
    5. the balance ``settled - advanced`` is due to the Complex (> 0), to be returned
       (< 0), or nil.

    Args:
        year: the subsidy year N.
        on: the date of the settlement, in year N+1 (次年).
        granted: the subsidy granted for year N.
        advanced: the amount advanced at the beginning of year N.
        result: year N's annual assessment result (Art. 8).
        expenses: the spending charged to year N's subsidy.
        findings: the non-compliant items found by the fund-use inspection (Art. 11).
        inspection: what the findings do to the settlement (TN 11.1, open point 18):
            not settled (default) or reported only.
        link: how the settlement is linked to the result (required; no default).
        base: what "年度补助资金" is read as for the one-third limit (TN 10.5).
        carry_over: whether carried-over higher-level funds count in that base (TN 10.5).
        settled: the amount finally settled, as decided, when ``base`` reads the limit on
            it (:attr:`~cixi_innovation.rules.subsidy_expenses.RemunerationBase.SETTLED_AMOUNT`):
            the caller supplies it; it is not derived from the settlement it bounds.
        carried_over: the carried-over higher-level funds, when ``carry_over`` counts them.
        parameters: the numbers of the Measures.
        force: refuse or flag a date outside the Measures' force (Art. 24).
        measures: the Measures whose force is checked, counted under their readings (Art. 24).
        subject: an identifier of the Complex.

    Returns:
        A decision with amounts ``granted``, ``advanced``, ``submitted``, ``excluded``,
        ``eligible``, ``linked``, ``settled`` and ``balance`` (signed: negative means
        the Complex returns money), and outcome ``due``, ``return`` or ``nil``.

    Raises:
        MissingInputError: no settlement link.
        InputError: ``on`` not in year N+1; an advance above the grant; findings above
            the spending left to inspect; a link giving an amount outside 0..granted.
    """
    # a date that is not one is reported before a bad year, both before the Art. 24 check
    on = intake_date(on)
    year = _year(year)
    ruling = Ruling.open("subsidy.settle_operating_subsidy", on, force, subject, measures)
    parameters = intake_parameters(parameters, article=ART_10)
    grant = _granted_for_year(granted, parameters)
    advance = to_money(advanced, field="advanced", article=ART_10)
    assessment = choice(AssessmentResult, result, field="result", article=ART_10)
    chosen: SettlementLink = require("settlement_link", link, field="link")
    consequence = choice(InspectionReading, inspection, field="inspection", article=ART_11)
    if on.year != year + 1:
        when = "too early" if on.year <= year else "not in the following year"
        when_zh = "过早" if on.year <= year else "不在次年"
        raise InputError(
            f"the subsidy for {year} is settled in the following year, {year + 1} (次年结算); "
            f"{on} is {when}",
            zh=f"{year} 年度的补助于次年 {year + 1} 年结算(次年结算);{on} {when_zh}",
            field="on",
            article=ART_10,
        )
    if advance > grant:
        raise InputError(
            f"the advance ({advance}) exceeds the subsidy granted ({grant})",
            zh=f"预拨额({advance})超过核定的补助({grant})",
            field="advanced",
            article=ART_10,
        )
    # the review of the expenses and the fund-use inspection, as their own modules do them
    given = _BaseInputs(grant, advance, settled, carried_over)
    review = _review(expenses, _annual_funds(base, carry_over, given, parameters), parameters)
    found, inspected = _inspect(findings, review.eligible, consequence)
    reasons = [*review.reasons, *inspected]
    excluded = review.excluded + found
    eligible = review.eligible - found
    facts = SettlementFacts(grant, advance, assessment, review.submitted, eligible)
    linked = to_money(chosen.linked_amount(facts), field="link", article=ART_10)
    if linked > grant:
        raise InputError(
            f"the settlement link {chosen.label.code!r} gave {linked}, more than the grant "
            f"({grant})",
            zh=f"结算挂钩方式 {chosen.label.code!r} 得出 {linked},超过核定的补助({grant})",
            field="link",
            article=ART_10,
        )
    # Mutation testing: '<' for '<=' is equivalent: at equality both branches give the same amount
    amount = linked if linked <= eligible else eligible
    balance = amount - advance
    reasons.append(
        Reason.of(
            _ART_10,
            zh="运营经费补贴与年度目标考核验收情况挂钩:{year}年考核结果为“{result}”,"
            "按“{link}”应结算{linked:money}。",
            en="The subsidy is linked to the annual assessment: the {year} result is "
            "'{result}'; under the link '{link}' {linked:money} is due.",
            year=year,
            result=assessment,
            link=chosen.label,
            linked=linked,
        )
    )
    if amount < linked:
        reasons.append(
            Reason.of(
                _ART_10_11,
                zh="结算额以符合支出范围的支出{eligible:money}为限。",
                en="The settlement is limited to the eligible spending of {eligible:money}.",
                eligible=eligible,
            )
        )
    if balance > 0:
        outcome = SubsidyOutcome.DUE
        zh, en = (
            "结算{settled:money},已预拨{advanced:money},应补拨{diff:money}。",
            (
                "Settled {settled:money}; advanced {advanced:money}; {diff:money} is due to the Complex."
            ),
        )
    elif balance < 0:
        outcome = SubsidyOutcome.RETURN
        zh, en = (
            "结算{settled:money},已预拨{advanced:money},应退回{diff:money}。",
            (
                "Settled {settled:money}; advanced {advanced:money}; the Complex returns {diff:money}."
            ),
        )
    else:
        outcome = SubsidyOutcome.NIL
        zh, en = (
            "结算{settled:money},与预拨{advanced:money}相等,无差额。",
            ("Settled {settled:money}, equal to the advance of {advanced:money}; nothing is due."),
        )
    reasons.append(
        Reason.of(_ART_10, zh=zh, en=en, settled=amount, advanced=advance, diff=abs(balance))
    )
    return ruling.decide(
        outcome,
        {
            "granted": grant,
            "advanced": advance,
            "submitted": review.submitted,
            "excluded": excluded,
            "eligible": eligible,
            "linked": linked,
            "settled": amount,
            "balance": balance,
        },
        reasons,
    )


implements(
    "Art. 10",
    "Art. 11",
    note="settlement in the following year with the fund-use inspection",
)(settle_operating_subsidy)
