"""第三章 企业创新联合体 — the policy subsidy of the chain-leader enterprise (Art. 16).

第十六条 在联合体培育过程中,对于链主型企业与高校、科研院所开展产学研合作的、链主型企业购买用于试验与检测的
大型仪器设备的以及链主型企业在高能级城市组建研发机构的,给予一定的政策补助。

Three triggers (:class:`SubsidyTrigger`), for the chain-leader enterprise only, during
cultivation only.  "一定的政策补助" gives no amount (TN 16.1): the caller supplies a
:class:`PolicySubsidySchedule` (per trigger a fixed amount, or a rate of the eligible
cost with an optional cap); without one, :class:`~cixi_innovation.values.errors.MissingInputError`
cites Art. 16.  Whether one subsidy is granted per trigger or one per claim is open
(TN 16.2): :class:`SubsidyCountReading`, one per trigger by default.

A claim that fails a condition of the Measures (not the chain-leader enterprise, outside
cultivation, after the cultivation qualification was revoked under Art. 15) is not an
error: :func:`policy_subsidy` returns a decision with outcome ``refused`` and every
failed condition as a reason, so a batch of claims shows why each was refused.  Errors
are kept for bad input (a float amount, a missing schedule for a claim that qualifies).

>>> from datetime import date
>>> from cixi_innovation.values.dates import Period
>>> from cixi_innovation.rules.consortium_support import (
...     PolicySubsidySchedule,
...     SubsidyTrigger,
...     TriggerClaim,
...     TriggerTerms,
...     policy_subsidy,
... )
>>> schedule = PolicySubsidySchedule(iur_cooperation=TriggerTerms.fixed_amount(200000))
>>> d = policy_subsidy(
...     [TriggerClaim(SubsidyTrigger.IUR_COOPERATION)],
...     on=date(2026, 6, 1),
...     cultivation=Period(date(2025, 7, 1), date(2028, 7, 1)),
...     by_chain_leader=True,
...     schedule=schedule,
... )
>>> d.outcome.code, d.amount("granted"), [c.en for c in d.articles]
('granted', Decimal('200000.00'), ['Art. 15', 'Art. 16'])
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from fractions import Fraction
from typing import Final

import attrs

from cixi_innovation.law.measures import MEASURES, ForceCheck, Measures
from cixi_innovation.law.open_inputs import require
from cixi_innovation.law.registry import implements
from cixi_innovation.rules._common import (
    Ruling,
    choice,
    exactly_one,
    intake_date,
    intake_instance,
    intake_items,
)
from cixi_innovation.values._attrs import frozen
from cixi_innovation.values.citations import Citation
from cixi_innovation.values.dates import Period
from cixi_innovation.values.decisions import Decision, Reason
from cixi_innovation.values.errors import InputError, MissingInputError
from cixi_innovation.values.money import ZERO, MoneyInput, RatioInput, share_of, to_money, to_ratio
from cixi_innovation.values.vocabulary import Label, LabelledEnum

__all__ = [
    "PolicySubsidySchedule",
    "PolicySupportOutcome",
    "SubsidyCountReading",
    "SubsidyTrigger",
    "TriggerClaim",
    "TriggerTerms",
    "policy_subsidy",
]

ART_15: Final = Citation.article(15)
ART_16: Final = Citation.article(16)
_ART_16: Final = (ART_16,)
_ART_15_16: Final = (ART_15, ART_16)
_TRUE_OR_FALSE: Final = Label("bool", "True 或 False", "True or False")
_PERIOD: Final = Label("period", "Period(期间)", "a Period")
_NO_TRIGGER: Final = Label(
    "claims", "申请须至少列明一项补助情形", "a claim names at least one trigger"
)


class PolicySupportOutcome:
    """The outcome labels of :func:`policy_subsidy` (``decision.outcome.code``)."""

    #: The claim qualifies; the subsidy is granted from the caller's schedule.
    GRANTED: Final = Label("granted", "给予政策补助", "policy subsidy granted")
    #: The claim fails a condition of Art. 15-16; nothing is granted.
    REFUSED: Final = Label("refused", "不予补助", "refused")


@implements("Art. 16", note="the three triggers")
class SubsidyTrigger(LabelledEnum, noun="补助情形"):
    """The three cases of Art. 16, each independently sufficient (TN 16.2).

    "大型" (large) and "高能级城市" (high-tier city) are not defined by the Measures: whether
    a claim is such a case is a fact the caller establishes.
    """

    #: 与高校、科研院所开展产学研合作.
    IUR_COOPERATION = (
        "iur_cooperation",
        "链主型企业与高校、科研院所开展产学研合作",
        "industry–university–research cooperation with universities or research institutes",
    )
    #: 购买用于试验与检测的大型仪器设备.
    LARGE_TEST_EQUIPMENT = (
        "large_test_equipment",
        "链主型企业购买用于试验与检测的大型仪器设备",
        "purchase of large instruments and equipment for testing and inspection",
    )
    #: 在高能级城市组建研发机构.
    RD_INSTITUTION_IN_HIGH_TIER_CITY = (
        "rd_institution_in_high_tier_city",
        "链主型企业在高能级城市组建研发机构",
        "setting up an R&D institution in a high-tier city",
    )


@implements("Art. 16", note="one subsidy per trigger or per claim (TN 16.2)")
class SubsidyCountReading(LabelledEnum, noun="补助次数的解读"):
    """How many subsidies a claim that meets several triggers receives (TN 16.2).

    The three cases are joined as "…的、…的以及…的"; each is read as a separate trigger,
    but the text does not say whether one subsidy or one per case is granted.
    """

    #: (default) one subsidy for each trigger the claim meets; the amounts add up.
    ONE_PER_TRIGGER = (
        "one_per_trigger",
        "每种情形各给予一次补助",
        "one subsidy for each trigger met",
    )
    #: one subsidy per claim, however many triggers it meets: the highest of the amounts
    #: the schedule gives for them (the first listed on a tie).
    ONE_PER_CLAIM = (
        "one_per_claim",
        "每次申请只给予一次补助(取其中最高者)",
        "one subsidy per claim (the highest of the triggers met)",
    )


def _optional_money(value: object) -> Decimal | None:
    return None if value is None else to_money(value, field="schedule.amount", article=ART_16)


def _optional_cap(value: object) -> Decimal | None:
    return None if value is None else to_money(value, field="schedule.cap", article=ART_16)


def _optional_rate(value: object) -> Fraction | None:
    return None if value is None else to_ratio(value, field="schedule.rate", article=ART_16)


@implements("Art. 16", note="the caller's amounts (TN 16.1)")
@frozen
class TriggerTerms:
    """The caller's terms for one trigger: a fixed amount, or a rate of the eligible cost.

    Build with :meth:`fixed_amount` or :meth:`rate_of_cost`.  Nothing here has a default:
    the Measures give no amount, rate or cap (TN 16.1).

    Attributes:
        amount: a fixed amount in yuan, or None.
        rate: a rate of the eligible cost, or None.
        cap: the most granted under the rate, or None for no cap.

    >>> from decimal import Decimal
    >>> from cixi_innovation.rules.consortium_support import TriggerTerms
    >>> TriggerTerms.rate_of_cost("30%", cap=1000000).subsidy(Decimal("5000000.00"))
    Decimal('1000000.00')
    """

    amount: Decimal | None = attrs.field(default=None, converter=_optional_money)
    rate: Fraction | None = attrs.field(default=None, converter=_optional_rate)
    cap: Decimal | None = attrs.field(default=None, converter=_optional_cap)

    def __attrs_post_init__(self) -> None:
        exactly_one(
            self.amount,
            self.rate,
            "terms are either a fixed amount or a rate of the eligible cost",
            zh="补助标准须为固定金额或按合规成本计的比例,二者取其一",
            field="schedule",
            article=ART_16,
        )
        if self.cap is not None and self.rate is None:
            raise InputError(
                "a cap goes with a rate of the eligible cost",
                zh="上限须与按合规成本计的比例一并给出",
                field="schedule.cap",
                article=ART_16,
            )

    @classmethod
    def fixed_amount(cls, amount: MoneyInput) -> TriggerTerms:
        """A fixed amount per subsidy."""
        return cls(amount=amount)

    @classmethod
    def rate_of_cost(cls, rate: RatioInput, *, cap: MoneyInput | None = None) -> TriggerTerms:
        """``rate × eligible cost``, rounded down to the fen, at most ``cap`` if given."""
        return cls(rate=rate, cap=cap)

    def subsidy(self, eligible_cost: Decimal | None, *, field: str = "eligible_cost") -> Decimal:
        """The subsidy under these terms.

        Raises:
            MissingInputError: a rate without the eligible cost.
        """
        if self.amount is not None:
            return self.amount
        assert self.rate is not None  # one of the two is set (checked on construction)
        if eligible_cost is None:
            raise MissingInputError(
                "the schedule gives a rate of the eligible cost; give the eligible cost",
                zh="补助标准按合规成本的比例给出;请提供合规成本",
                field=field,
                article=ART_16,
            )
        computed = share_of(eligible_cost, self.rate)
        # Mutation testing: '<' for '<=' is equivalent: at the cap both branches give the cap
        return computed if self.cap is None or computed <= self.cap else self.cap


def _terms(value: object) -> TriggerTerms | None:
    if value is None or isinstance(value, TriggerTerms):
        return value
    raise InputError(
        f"{value!r} is not TriggerTerms",
        zh=f"{value!r} 不是 TriggerTerms",
        field="schedule",
        article=ART_16,
    )


@implements("Art. 16", note="the caller's amounts (TN 16.1)")
@frozen
class PolicySubsidySchedule:
    """The caller's amounts for the three triggers of Art. 16; a trigger left out has none.

    Attributes:
        iur_cooperation: terms for industry–university–research cooperation.
        large_test_equipment: terms for large testing and inspection equipment.
        rd_institution_in_high_tier_city: terms for an R&D institution in a high-tier city.
    """

    iur_cooperation: TriggerTerms | None = attrs.field(default=None, converter=_terms)
    large_test_equipment: TriggerTerms | None = attrs.field(default=None, converter=_terms)
    rd_institution_in_high_tier_city: TriggerTerms | None = attrs.field(
        default=None, converter=_terms
    )

    def terms(self, trigger: SubsidyTrigger) -> TriggerTerms:
        """The terms for ``trigger``.

        Raises:
            MissingInputError: the schedule gives no terms for ``trigger`` (Art. 16).
        """
        found: TriggerTerms | None = getattr(self, trigger.code)
        if found is None:
            raise MissingInputError(
                f"the schedule gives no amount for {trigger.en}; the Measures give none "
                "('一定的政策补助'), supply it",
                zh=f"补助标准未给出{trigger.zh}的金额;《办法》仅规定“一定的政策补助”,请提供",
                field=f"schedule.{trigger.code}",
                article=ART_16,
            )
        return found


def _trigger(value: object) -> SubsidyTrigger:
    return choice(SubsidyTrigger, value, field="trigger", article=ART_16)


def _optional_cost(value: object) -> Decimal | None:
    return None if value is None else to_money(value, field="eligible_cost", article=ART_16)


@frozen
class TriggerClaim:
    """One trigger claimed, with the eligible cost where the schedule needs it.

    Attributes:
        trigger: which case of Art. 16.
        eligible_cost: the eligible cost in yuan (for terms given as a rate).
        description: what was done (shown in the decision).
    """

    trigger: SubsidyTrigger = attrs.field(converter=_trigger)
    eligible_cost: Decimal | None = attrs.field(default=None, converter=_optional_cost)
    description: str = ""


def _refusals(
    on: date, cultivation: Period, by_chain_leader: bool, revoked_on: date | None
) -> list[Reason]:
    refusals: list[Reason] = []
    if not by_chain_leader:
        refusals.append(
            Reason.of(
                _ART_16,
                zh="第十六条的政策补助只给予链主型企业,申请人不是链主型企业。",
                en="The policy subsidy of Art. 16 is for the chain-leader enterprise only; the "
                "claimant is not the chain-leader enterprise.",
            )
        )
    if on < cultivation.start:
        refusals.append(
            Reason.of(
                _ART_15_16,
                zh="申请日{on}早于培育周期开始日{start},不在联合体培育过程中。",
                en="The claim date {on} is before cultivation starts on {start}; it is not in "
                "the course of cultivation.",
                on=on,
                start=cultivation.start,
            )
        )
    elif on not in cultivation:
        refusals.append(
            Reason.of(
                _ART_15_16,
                zh="培育周期已于{last}届满,申请日{on}不在联合体培育过程中。",
                en="The cultivation cycle ended on {last}; the claim date {on} is not in the "
                "course of cultivation.",
                on=on,
                last=cultivation.last_day,
            )
        )
    if revoked_on is not None and revoked_on <= on:
        refusals.append(
            Reason.of(
                _ART_15_16,
                zh="链主型企业的培育资格已于{revoked}取消,其后不再处于培育过程中。",
                en="The chain-leader enterprise's cultivation qualification was revoked on "
                "{revoked}; it is no longer in the course of cultivation.",
                revoked=revoked_on,
            )
        )
    return refusals


def _claims(claims: Iterable[TriggerClaim]) -> tuple[TriggerClaim, ...]:
    out = intake_items(claims, TriggerClaim, field="claims", article=ART_16, empty=_NO_TRIGGER)
    seen: set[SubsidyTrigger] = set()
    for index, claim in enumerate(out):
        if claim.trigger in seen:
            raise InputError(
                f"{claim.trigger.en} is listed twice in one claim",
                zh=f"同一申请中{claim.trigger.zh}列了两次",
                field=f"claims[{index}].trigger",
                article=ART_16,
            )
        seen.add(claim.trigger)
    return out


def policy_subsidy(
    claims: Iterable[TriggerClaim],
    *,
    on: date,
    cultivation: Period,
    by_chain_leader: bool,
    revoked_on: date | None = None,
    schedule: PolicySubsidySchedule | None = None,
    reading: SubsidyCountReading | str = SubsidyCountReading.ONE_PER_TRIGGER,
    force: ForceCheck | str = ForceCheck.REFUSE,
    measures: Measures = MEASURES,
    subject: str = "",
) -> Decision:
    """Art. 16: a policy subsidy for the chain-leader enterprise, during cultivation only.

    "在联合体培育过程中,对于链主型企业与高校、科研院所开展产学研合作的、链主型企业购买用于试验与检测的大型
    仪器设备的以及链主型企业在高能级城市组建研发机构的,给予一定的政策补助。"

    Args:
        claims: the triggers claimed (each at most once).
        on: the claim date.
        cultivation: the Consortium's current cultivation cycle (Art. 15), half-open.
        by_chain_leader: whether the claimant is the Consortium's chain-leader enterprise.
        revoked_on: the date the cultivation qualification was revoked (Art. 15), if any.
        schedule: the caller's amounts per trigger (required once the claim qualifies).
        reading: one subsidy per trigger (default) or one per claim (TN 16.2).
        force: refuse or flag a date outside the Measures' force (Art. 24).
        measures: the Measures whose force is checked, counted under their readings (Art. 24).
        subject: an identifier of the enterprise or Consortium.

    Returns:
        A decision with outcome ``granted`` (amount ``granted`` and one amount per trigger
        claimed, by trigger code) or ``refused`` (``granted`` = 0, one reason per failed
        condition).

    Raises:
        MissingInputError: no schedule, no terms for a trigger claimed, or no eligible cost
            where the terms are a rate.
        InputError: no trigger, a trigger listed twice, or a revocation before cultivation.
    """
    ruling = Ruling.open("consortium_support.policy_subsidy", on, force, subject, measures)
    on = ruling.on
    listed = _claims(claims)
    intake_instance(by_chain_leader, bool, _TRUE_OR_FALSE, field="by_chain_leader", article=ART_16)
    intake_instance(cultivation, Period, _PERIOD, field="cultivation", article=ART_15)
    if revoked_on is not None:
        revoked_on = intake_date(revoked_on, field="revoked_on", article=ART_15)
        if revoked_on < cultivation.start:
            raise InputError(
                f"the revocation ({revoked_on}) is before cultivation starts ({cultivation.start})",
                zh=f"撤销日期({revoked_on})早于培育开始({cultivation.start})",
                field="revoked_on",
                article=ART_15,
            )
    count_reading = choice(SubsidyCountReading, reading, field="reading", article=ART_16)
    refusals = _refusals(on, cultivation, by_chain_leader, revoked_on)
    if refusals:
        return ruling.decide(PolicySupportOutcome.REFUSED, {"granted": ZERO}, refusals)
    terms: PolicySubsidySchedule = require("policy_subsidy_schedule", schedule, field="schedule")
    computed = [
        (
            claim,
            terms.terms(claim.trigger).subsidy(
                claim.eligible_cost, field=f"claims[{index}].eligible_cost"
            ),
        )
        for index, claim in enumerate(listed)
    ]
    reasons: list[Reason] = [
        Reason.of(
            _ART_15_16,
            zh="链主型企业于联合体培育过程中({start}至{last})提出申请。",
            en="The chain-leader enterprise claims in the course of cultivation "
            "({start} to {last}).",
            start=cultivation.start,
            last=cultivation.last_day,
        )
    ]
    chosen = {claim.trigger for claim, _ in computed}
    if count_reading is SubsidyCountReading.ONE_PER_CLAIM and len(computed) > 1:
        best = computed[0]
        for pair in computed[1:]:
            if pair[1] > best[1]:
                best = pair
        chosen = {best[0].trigger}
        reasons.append(
            Reason.of(
                _ART_16,
                zh="按“每次申请只给予一次补助”的解读,{count}种情形中取补助最高的“{trigger}”。",
                en="Under the one-subsidy-per-claim reading, of the {count} triggers met the "
                "highest, '{trigger}', is granted.",
                count=len(computed),
                trigger=best[0].trigger,
            )
        )
    amounts: dict[str, Decimal] = {}
    total = ZERO
    for claim, amount in computed:
        granted = amount if claim.trigger in chosen else ZERO
        total += granted
        amounts[claim.trigger.code] = granted
        if claim.trigger in chosen:
            reasons.append(
                Reason.of(
                    _ART_16,
                    zh="情形“{trigger}”:按调用方提供的补助标准(本办法未规定金额)给予{amount:money}。",
                    en="Trigger '{trigger}': {amount:money} under the caller's schedule (the "
                    "Measures give no amount).",
                    trigger=claim.trigger,
                    amount=granted,
                )
            )
        else:
            reasons.append(
                Reason.of(
                    _ART_16,
                    zh="情形“{trigger}”:按调用方提供的补助标准为{amount:money},按“每次申请只给予一次补助”"
                    "的解读,本次申请不另行给予。",
                    en="Trigger '{trigger}': {amount:money} under the caller's schedule, not "
                    "granted in addition under the one-subsidy-per-claim reading.",
                    trigger=claim.trigger,
                    amount=amount,
                )
            )
    amounts["granted"] = total
    return ruling.decide(PolicySupportOutcome.GRANTED, amounts, reasons)


implements("Art. 16", "Art. 15", note="the policy subsidy, during cultivation only")(policy_subsidy)
