"""第二章 产业创新服务综合体 — the operating subsidy of a Complex (Art. 10-11).

第十条 综合体每年安排最高不超过50万元的运营经费补贴(宁波市级及以上综合体获得的上级补助资金结转的除外),
用于行业共享平台及展厅建设、专职人员薪酬、交流合作活动费用、租金水电物业费等日常办公经费支出。其中支付薪酬的人员
限于从事综合体日常工作的专职人员,薪酬支出不得超过年度补助资金的三分之一。运营经费补贴与年度目标考核验收情况挂钩,
每年年初预拨、次年结算。

第十一条 建设单位要加强资金管理,严格执行支出范围与使用标准。市科技局会同市财政局结合运营经费补贴结算,每年开展
资金使用情况检查。宁波市级及以上综合体获得上级补助资金的使用管理,按上级规定执行。

The rules here take primitive facts (amounts, dates, the level, the assessment result),
not lifecycle entities, and each returns a :class:`~cixi_innovation.values.decisions.Decision`:

* :func:`operating_subsidy` — the year's subsidy: at most the 500,000 yuan cap of
  :data:`~cixi_innovation.law.parameters.PARAMETERS`, with the carry-over exception read as
  :class:`CarryOverReading` (TN 10.3).
* :func:`remuneration_cap` — one third of the year's subsidy funds, the base read as
  :class:`RemunerationBase` (TN 10.5), rounded down to the fen.
* :func:`review_expenses` — the scope of expenditure (:class:`ExpenseCategory`, open list
  bounded by day-to-day office expenditure, TN 10.4), the full-time-staff restriction and
  the one-third limit.
* :func:`advance_payment` and :func:`settle_operating_subsidy` — advance at the beginning
  of year N, settlement in year N+1 linked to year N's annual assessment (TN 10.6).  The
  advance (:class:`AdvanceRule`) and the link (:class:`SettlementLink`) are not given by
  the Measures: the caller supplies them, there is no default.
* The annual fund-use inspection of Art. 11 enters the settlement as
  :class:`InspectionFinding` values; each excluded item is listed with its reason.

>>> from datetime import date
>>> from cixi_innovation.rules.subsidy import operating_subsidy
>>> d = operating_subsidy(600000, on=date(2026, 3, 1))
>>> d.outcome.code, d.amount("granted"), [c.en for c in d.articles]
('capped', Decimal('500000.00'), ['Art. 10'])
>>> print(d.explain("en"))
2026-03-01 subsidy.operating_subsidy: capped at the annual maximum
  requested: CNY 600,000.00
  cap: CNY 500,000.00
  granted: CNY 500,000.00
  - The request exceeds the annual maximum of CNY 500,000.00 (最高不超过); granted at the maximum. [Art. 10]
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from decimal import Context as DecimalContext
from decimal import Decimal
from fractions import Fraction
from typing import Final, Protocol, TypeGuard, cast

import attrs

from cixi_innovation.law.measures import ForceCheck
from cixi_innovation.law.parameters import PARAMETERS, Parameters, require
from cixi_innovation.law.registry import implements
from cixi_innovation.rules._common import DAYS_IN_FORCE, choice, gate, intake_date
from cixi_innovation.values.citations import Citation
from cixi_innovation.values.decisions import Decision, Param, Reason, new_decision
from cixi_innovation.values.errors import InputError, MissingInputError
from cixi_innovation.values.money import (
    _CONTEXT,
    FEN,
    MAX_AMOUNT,
    ZERO,
    MoneyInput,
    RatioInput,
    share_of,
    to_money,
    to_ratio,
)
from cixi_innovation.values.vocabulary import AssessmentResult, Label, LabelledEnum, Level

__all__ = [
    "FULL_IF_QUALIFIED_NONE_IF_UNQUALIFIED",
    "PRO_RATA_BY_ELIGIBLE_SPENDING",
    "SETTLEMENT_LINKS",
    "UNQUALIFIED_RETAINS_SPENT_ADVANCE",
    "AdvanceRule",
    "CarryOverReading",
    "Expense",
    "ExpenseCategory",
    "InspectionFinding",
    "NamedSettlementLink",
    "RemunerationBase",
    "ResultShares",
    "SettlementFacts",
    "SettlementLink",
    "SubsidyOutcome",
    "advance_payment",
    "operating_subsidy",
    "remuneration_cap",
    "review_expenses",
    "settle_operating_subsidy",
]

ART_10: Final = Citation.article(10)
ART_11: Final = Citation.article(11)
_ART_10: Final = (ART_10,)
_ART_10_11: Final = (ART_10, ART_11)
_ART_11: Final = (ART_11,)


class SubsidyOutcome:
    """The outcome labels of the Art. 10-11 decisions (``decision.outcome.code``)."""

    #: The request is within the cap and granted as requested.
    GRANTED: Final = Label("granted", "按申请额核定", "granted as requested")
    #: The request exceeds the cap; the cap is granted.
    CAPPED: Final = Label("capped", "按上限核定", "capped at the annual maximum")
    #: Reduced below the request and the cap for higher-level funds (readings B and C).
    REDUCED: Final = Label("reduced", "因上级补助资金核减", "reduced for higher-level funds")
    #: Nothing is arranged for the year (readings B and C, or a request of zero).
    NOT_ARRANGED: Final = Label("not_arranged", "当年不安排", "nothing arranged for the year")
    #: The one-third remuneration limit for the year.
    LIMIT: Final = Label("limit", "薪酬支出上限", "remuneration limit")
    #: Expenses reviewed against the scope of expenditure.
    REVIEWED: Final = Label("reviewed", "支出审核", "expenses reviewed")
    #: The advance at the beginning of the year.
    ADVANCED: Final = Label("advanced", "年初预拨", "advanced at the beginning of the year")
    #: Settlement: a balance is due to the Complex.
    DUE: Final = Label("due", "结算应补拨", "settled: balance due to the Complex")
    #: Settlement: the Complex returns part of the advance.
    RETURN: Final = Label("return", "结算应退回", "settled: to be returned by the Complex")
    #: Settlement: the advance equals the settled amount.
    NIL: Final = Label("nil", "结算无差额", "settled: nothing due either way")


# --- inputs ------------------------------------------------------------------------


@implements("Art. 10", "Art. 11", note="the scope of expenditure, an open list (TN 10.4)")
class ExpenseCategory(LabelledEnum):
    """The kinds of day-to-day office expenditure the subsidy may pay for (Art. 10).

    "用于行业共享平台及展厅建设、专职人员薪酬、交流合作活动费用、租金水电物业费等日常办公经费支出":
    the list is open ("等"), bounded by day-to-day office expenditure (TN 10.4), so an item
    the caller classes as :attr:`OTHER_DAILY_OFFICE` is allowed.  Spending that is not
    day-to-day office expenditure has no category: it is an :class:`Expense` with a
    description only, and is excluded.
    """

    #: 行业共享平台及展厅建设.
    SHARED_PLATFORM_AND_SHOWROOM = (
        "shared_platform_and_showroom",
        "行业共享平台及展厅建设",
        "construction of industry sharing platforms and exhibition halls",
    )
    #: 专职人员薪酬: only full-time staff doing the daily work, at most one third.
    STAFF_REMUNERATION = ("staff_remuneration", "专职人员薪酬", "remuneration of full-time staff")
    #: 交流合作活动费用.
    EXCHANGE_COOPERATION = (
        "exchange_cooperation",
        "交流合作活动费用",
        "expenses of exchange and cooperation activities",
    )
    #: 租金水电物业费.
    RENT_UTILITIES_PROPERTY = (
        "rent_utilities_property",
        "租金水电物业费",
        "rent, water and electricity, and property-management fees",
    )
    #: 等日常办公经费支出: other day-to-day office expenditure (the list is open).
    OTHER_DAILY_OFFICE = (
        "other_daily_office",
        "其他日常办公经费支出",
        "other day-to-day office expenditure",
    )


def _expense_amount(value: object) -> Decimal:
    # Mutation testing: dropping field is equivalent: to_money's default field is 'amount'
    return to_money(value, field="amount", article=ART_10)


def _optional_category(value: object) -> ExpenseCategory | None:
    return (
        None if value is None else choice(ExpenseCategory, value, field="category", article=ART_10)
    )


@implements("Art. 10", note="an item of spending; remuneration of full-time staff only")
@attrs.frozen
class Expense:
    """One item of spending charged to the year's operating subsidy (Art. 10).

    Give a ``category`` for spending within the scope of Art. 10, or leave it out and
    describe the item: spending without a category is outside the scope and is excluded.

    Attributes:
        amount: the amount spent, in yuan.
        category: the kind of day-to-day office expenditure, or None for spending the
            caller marks as not day-to-day office expenditure.
        description: what the item is (required when there is no category).
        full_time_daily_staff: for :attr:`ExpenseCategory.STAFF_REMUNERATION` only:
            whether the persons paid are full-time staff engaged in the Complex's
            day-to-day work ("支付薪酬的人员限于从事综合体日常工作的专职人员").

    Raises:
        InputError: no category and no description.
        MissingInputError: remuneration without ``full_time_daily_staff``.

    >>> from cixi_innovation.rules.subsidy import Expense, ExpenseCategory
    >>> Expense("1000", ExpenseCategory.STAFF_REMUNERATION)
    Traceback (most recent call last):
    ...
    cixi_innovation.values.errors.MissingInputError: full_time_daily_staff: say whether the persons paid are full-time staff engaged in the Complex's day-to-day work (Art. 10 第十条)
    """

    amount: Decimal = attrs.field(converter=_expense_amount)
    category: ExpenseCategory | None = attrs.field(default=None, converter=_optional_category)
    description: str = ""
    full_time_daily_staff: bool | None = None

    def __attrs_post_init__(self) -> None:
        if self.category is None and not self.description.strip():
            raise InputError(
                "an expense needs a category of Art. 10 or, for other spending, a description",
                field="description",
                article=ART_10,
            )
        if self.category is ExpenseCategory.STAFF_REMUNERATION:
            if self.full_time_daily_staff is None:
                raise MissingInputError(
                    "say whether the persons paid are full-time staff engaged in the "
                    "Complex's day-to-day work",
                    field="full_time_daily_staff",
                    article=ART_10,
                )
        elif self.full_time_daily_staff is not None:
            raise InputError(
                "full_time_daily_staff applies to staff remuneration only",
                field="full_time_daily_staff",
                article=ART_10,
            )

    @property
    def is_remuneration(self) -> bool:
        """True for remuneration of staff (薪酬)."""
        return self.category is ExpenseCategory.STAFF_REMUNERATION


def _finding_amount(value: object) -> Decimal:
    return to_money(value, field="findings.amount", article=ART_11)


@implements("Art. 11", note="a finding of the annual fund-use inspection")
@attrs.frozen
class InspectionFinding:
    """A non-compliant item found by the annual inspection of the use of funds (Art. 11).

    "市科技局会同市财政局结合运营经费补贴结算,每年开展资金使用情况检查": the Bureau and
    the Finance Bureau inspect every year, together with the settlement.  A finding names
    the item and the amount that does not comply with the scope of expenditure or the
    standards of use; that amount is excluded from the settlement.

    Attributes:
        item: what was found (free text, shown in the decision).
        amount: the non-compliant amount, in yuan.
        note: why it does not comply (free text, shown in the decision).
    """

    item: str
    amount: Decimal = attrs.field(converter=_finding_amount)
    note: str = ""

    def __attrs_post_init__(self) -> None:
        if not self.item.strip():
            raise InputError("a finding must name the item", field="findings.item", article=ART_11)


@implements("Art. 10", "Art. 11", note="the carry-over exception, readings A, B, C (TN 10.3)")
class CarryOverReading(LabelledEnum):
    """What the parenthesis of Art. 10 excepts from the cap (TN 10.3).

    "(宁波市级及以上综合体获得的上级补助资金结转的除外)" does not say what is excepted.
    measures.en.md states three readings without choosing; the library takes reading A as
    the default because Art. 11 ("宁波市级及以上综合体获得上级补助资金的使用管理,按上级规定执行")
    puts higher-level funds under higher-level rules, which fits A: the cap limits
    municipal money only.  B and C are selectable.
    """

    #: (A, default) carried-over higher-level funds are not counted toward the cap and
    #: may be spent in addition to the municipal subsidy; the cap limits municipal money.
    OUTSIDE_CAP = (
        "outside_cap",
        "解读A:结转的上级补助资金不计入50万元上限,可在市级补贴之外使用",
        "reading A: carried-over higher-level funds are outside the cap, spent in addition",
    )
    #: (B) the carry-over replaces municipal money: the municipal subsidy is reduced by
    #: the carried-over amount (to nothing when the carry-over covers it).
    REPLACES_SUBSIDY = (
        "replaces_subsidy",
        "解读B:结转的上级补助资金替代市级运营经费补贴,市级补贴相应核减",
        "reading B: the carry-over replaces the municipal subsidy, which is reduced by it",
    )
    #: (C) the cap limits all operating funds of the year, including higher-level funds
    #: received in the year; only the carried-over part is outside it.
    CAP_INCLUDES_IN_YEAR_FUNDS = (
        "cap_includes_in_year_funds",
        "解读C:上限涵盖当年获得的上级补助资金,仅结转部分不受上限限制",
        "reading C: the cap covers higher-level funds received in the year; "
        "only the carry-over is outside it",
    )


@implements("Art. 10", note="the base of the one-third limit (TN 10.5)")
class RemunerationBase(LabelledEnum):
    """What "年度补助资金" (the annual subsidy funds), the base of the one-third limit, is (TN 10.5).

    The base is not defined.  The library takes the subsidy granted for the year as the
    default: it is the amount Art. 10 "arranges" for the year, it is known when the
    spending is planned, and it keeps the limit within the money the Complex receives.
    The amount finally settled is not offered: the settlement itself depends on the
    remuneration check, so it cannot be its base.
    """

    #: (default) the operating subsidy granted (arranged) for the year.
    GRANTED_SUBSIDY = (
        "granted_subsidy",
        "当年核定的运营经费补贴",
        "the subsidy granted for the year",
    )
    #: the amount advanced at the beginning of the year.
    ADVANCED_AMOUNT = ("advanced_amount", "年初预拨金额", "the amount advanced")
    #: the annual cap of Art. 10 (500,000 yuan), whatever was granted.
    ANNUAL_CAP = ("annual_cap", "每年最高50万元的上限", "the annual cap")


# --- the operating subsidy ---------------------------------------------------------


@functools.lru_cache(maxsize=64)
def _cap_reasons(cap: Decimal) -> tuple[Reason, Reason]:
    """The two reasons of a plain decision, built once per cap (precompiled templates)."""
    within = Reason(
        _ART_10,
        "申请额未超过每年最高{cap:money}的运营经费补贴上限,按申请额核定。",
        "The request is within the annual maximum of {cap:money}; granted as requested.",
        {"cap": cap},
    )
    above = Reason(
        _ART_10,
        "申请额超过每年最高不超过{cap:money}的运营经费补贴上限,按上限核定。",
        "The request exceeds the annual maximum of {cap:money} (最高不超过); granted at the maximum.",
        {"cap": cap},
    )
    return within, above


_DEFAULT_CAP: Final = PARAMETERS.operating_subsidy_cap
_DEFAULT_REASONS: Final = _cap_reasons(_DEFAULT_CAP)
_WITHIN: Final = (_DEFAULT_REASONS[0],)
_ABOVE: Final = (_DEFAULT_REASONS[1],)
_GRANTED: Final = SubsidyOutcome.GRANTED
_CAPPED: Final = SubsidyOutcome.CAPPED
_CIXI: Final = Level.CIXI
_READING_A: Final = CarryOverReading.OUTSIDE_CAP
_RULE: Final = "subsidy.operating_subsidy"
_NAMES: Final = ("requested", "cap", "granted")
# The kinds of the two decisions of the most common case (see decisions.new_decision).
_GRANTED_KIND: Final = (_RULE, _GRANTED, _NAMES, _WITHIN)
_CAPPED_KIND: Final = (_RULE, _CAPPED, _NAMES, _ABOVE)
# Decimal.same_quantum as a function: called with anything but a Decimal first, it
# raises TypeError instead of answering (typed as the check that it is a Decimal).
_same_quantum = cast(
    "Callable[[object, Decimal, DecimalContext], TypeGuard[Decimal]]", Decimal.same_quantum
)


def _level(value: object) -> Level:
    # Mutation testing: the fast path is equivalent to choice(), which returns a Level as it is
    return value if type(value) is Level else choice(Level, value, field="level", article=ART_10)


def operating_subsidy(
    requested: MoneyInput,
    level: Level | str = Level.CIXI,
    carried_over: MoneyInput = ZERO,
    higher_level_in_year: MoneyInput = ZERO,
    reading: CarryOverReading | str = CarryOverReading.OUTSIDE_CAP,
    parameters: Parameters = PARAMETERS,
    force: ForceCheck = ForceCheck.REFUSE,
    subject: str = "",
    *,
    on: date,
) -> Decision:
    """Art. 10: the operating subsidy of a Complex for one year, at most the annual cap.

    "综合体每年安排最高不超过50万元的运营经费补贴(宁波市级及以上综合体获得的上级补助资金结转的除外)"。
    The granted amount is ``min(requested, cap)``; the cap is inclusive.  For a Complex at
    Ningbo level or above, higher-level funds are treated under ``reading`` (TN 10.3).

    Args:
        requested: the amount requested or planned for the year, in yuan.
        on: the date of the decision.
        level: the Complex's recognised level.
        carried_over: higher-level subsidy funds carried over (结转), Ningbo level or above only.
        higher_level_in_year: higher-level funds received in the year (counted by reading C).
        reading: how the carry-over exception is read; reading A by default.
        parameters: the numbers of the Measures (the cap).
        force: refuse or flag a date outside the Measures' force (Art. 24).
        subject: an identifier of the Complex, shown in the decision.

    Returns:
        A decision with amounts ``requested``, ``cap``, ``granted`` (and ``carried_over``,
        ``higher_level_in_year``, ``cap_remaining`` where they apply).

    Raises:
        FloatMoneyError: an amount given as a float.
        NegativeAmountError: a negative amount.
        InputError: higher-level funds declared for a Complex below Ningbo level.
        OutsideForceError: ``on`` outside the Measures' force and ``force`` refuses.
    """
    # The hot path of the library: the most common case, decided in one step (a date in
    # force, a Decimal claim in whole fen in range, a Cixi-level Complex with no
    # higher-level funds, the default reading and parameters).  It returns what the
    # general steps of _operating_subsidy return for the same inputs; every other case
    # goes there, including the values the tests below refuse with a TypeError (an
    # unhashable `on`, a `requested` that is not a Decimal): the general steps name them.
    # Mutation testing: a mutant of this block that only sends more inputs to the
    # general steps is equivalent (tests/kernel/test_fast_paths.py compares the two); so
    # is one that makes a call below raise TypeError, which the except sends there too:
    # None for an argument of _same_quantum or new_decision, or one left out, or None for
    # the tuple of a decision.
    try:
        if (
            on in DAYS_IN_FORCE
            # Mutation testing: same_quantum without _CONTEXT (or with None) is equivalent, as in money.to_money
            and _same_quantum(requested, FEN, _CONTEXT)
            and carried_over is ZERO
            and higher_level_in_year is ZERO
            and level is _CIXI
            and reading is _READING_A
            and parameters is PARAMETERS
        ):
            if requested <= _DEFAULT_CAP:
                if requested > ZERO:
                    granted = (_GRANTED_KIND, on, subject, True, requested, _DEFAULT_CAP, requested)
                    return new_decision(Decision, granted)
            elif requested < MAX_AMOUNT:
                capped = (_CAPPED_KIND, on, subject, True, requested, _DEFAULT_CAP, _DEFAULT_CAP)
                return new_decision(Decision, capped)
    except TypeError:
        pass
    return _operating_subsidy(
        requested,
        on,
        level,
        carried_over,
        higher_level_in_year,
        reading,
        parameters,
        force,
        subject,
    )


implements(
    "Art. 10",
    "Art. 11",
    note="the 500,000 yuan annual cap and its carry-over exception",
)(operating_subsidy)


def _operating_subsidy(
    requested: MoneyInput,
    on: date,
    level: Level | str,
    carried_over: MoneyInput,
    higher_level_in_year: MoneyInput,
    reading: CarryOverReading | str,
    parameters: Parameters,
    force: ForceCheck,
    subject: str,
) -> Decision:
    """The general steps of :func:`operating_subsidy`: each input checked in turn."""
    on = intake_date(on)
    in_force = gate(on, force)
    claim = to_money(requested, field="requested", article=ART_10)
    cap = parameters.operating_subsidy_cap
    if carried_over is ZERO and higher_level_in_year is ZERO:
        # No higher-level funds: the level and the reading are validated, then unused.
        _level(level)
        choice(CarryOverReading, reading, field="reading", article=ART_10)
        within, above = _cap_reasons(cap)
        if claim <= cap:
            granted, outcome, reason = claim, _GRANTED, within
        else:
            granted, outcome, reason = cap, _CAPPED, above
        if not granted:
            outcome = SubsidyOutcome.NOT_ARRANGED
        amounts = {"requested": claim, "cap": cap, "granted": granted}
        return Decision(_RULE, on, outcome, amounts, (reason,), subject, in_force)
    return _operating_subsidy_with_higher_level_funds(
        claim,
        on=on,
        in_force=in_force,
        level=_level(level),
        carried=to_money(carried_over, field="carried_over", article=ART_10),
        in_year=to_money(higher_level_in_year, field="higher_level_in_year", article=ART_10),
        reading=choice(CarryOverReading, reading, field="reading", article=ART_10),
        cap=cap,
        subject=subject,
    )


def _operating_subsidy_with_higher_level_funds(
    claim: Decimal,
    *,
    on: date,
    in_force: bool,
    level: Level,
    carried: Decimal,
    in_year: Decimal,
    reading: CarryOverReading,
    cap: Decimal,
    subject: str,
) -> Decision:
    if not level.ningbo_or_above and (carried or in_year):
        field = "carried_over" if carried else "higher_level_in_year"
        raise InputError(
            f"higher-level subsidy funds are declared for a Complex at {level.en}; the "
            "exception of Art. 10 concerns Complexes at Ningbo municipal level or above",
            field=field,
            article=ART_10,
        )
    within, above = _cap_reasons(cap)
    # Mutation testing: '<' for '<=' is equivalent: at equality both branches give the same amount
    plain = claim if claim <= cap else cap
    reasons: list[Reason] = [within if claim <= cap else above]
    amounts: dict[str, Decimal] = {"requested": claim, "cap": cap}
    if reading is CarryOverReading.OUTSIDE_CAP:
        granted = plain
        if carried:
            reasons.append(
                Reason.of(
                    _ART_10_11,
                    zh="解读A:宁波市级及以上综合体结转的上级补助资金{carried:money}不计入上限,"
                    "可在市级补贴之外使用,其使用管理按上级规定执行。",
                    en="Reading A: the carried-over higher-level funds of {carried:money} are "
                    "not counted toward the cap and may be spent in addition to the municipal "
                    "subsidy; their use follows the higher-level rules.",
                    carried=carried,
                )
            )
        if in_year:
            reasons.append(
                Reason.of(
                    _ART_10_11,
                    zh="解读A:上限只限制市级资金,当年获得的上级补助资金{in_year:money}不计入上限,"
                    "按上级规定管理。",
                    en="Reading A: the cap limits municipal money only; the {in_year:money} of "
                    "higher-level funds received in the year are not counted and are managed "
                    "under the higher-level rules.",
                    in_year=in_year,
                )
            )
    elif reading is CarryOverReading.REPLACES_SUBSIDY:
        # Mutation testing: '>=' for '>' is equivalent: at equality plain - carried is 0.00, as ZERO
        granted = plain - carried if plain > carried else ZERO
        if carried:
            reasons.append(
                Reason.of(
                    _ART_10,
                    zh="解读B:结转的上级补助资金{carried:money}替代市级运营经费补贴,"
                    "市级补贴由{plain:money}核减为{granted:money}。",
                    en="Reading B: the carried-over higher-level funds of {carried:money} "
                    "replace municipal money; the municipal subsidy is reduced from "
                    "{plain:money} to {granted:money}.",
                    carried=carried,
                    plain=plain,
                    granted=granted,
                )
            )
        if in_year:
            reasons.append(
                Reason.of(
                    _ART_10_11,
                    zh="解读B:当年获得的上级补助资金{in_year:money}不影响市级补贴,按上级规定管理。",
                    en="Reading B: the {in_year:money} of higher-level funds received in the "
                    "year do not affect the municipal subsidy and follow the higher-level rules.",
                    in_year=in_year,
                )
            )
    else:
        # Mutation testing: '>=' for '>' is equivalent: at equality cap - in_year is 0.00, as ZERO
        remaining = cap - in_year if cap > in_year else ZERO
        # Mutation testing: '<' for '<=' is equivalent: at equality both branches give the same amount
        granted = claim if claim <= remaining else remaining
        amounts["cap_remaining"] = remaining
        reasons.append(
            Reason.of(
                _ART_10,
                zh="解读C:上限涵盖当年获得的上级补助资金{in_year:money},剩余上限{remaining:money},"
                "市级补贴核定为{granted:money};结转的上级补助资金{carried:money}不受上限限制。",
                en="Reading C: the cap covers the {in_year:money} of higher-level funds received "
                "in the year, leaving {remaining:money}; the municipal subsidy is "
                "{granted:money}; the carried-over {carried:money} are outside the cap.",
                in_year=in_year,
                remaining=remaining,
                granted=granted,
                carried=carried,
            )
        )
    amounts["granted"] = granted
    if carried:
        amounts["carried_over"] = carried
    if in_year:
        amounts["higher_level_in_year"] = in_year
    if not granted:
        outcome = SubsidyOutcome.NOT_ARRANGED
    elif granted < plain:
        outcome = SubsidyOutcome.REDUCED
    else:
        outcome = SubsidyOutcome.GRANTED if claim <= cap else SubsidyOutcome.CAPPED
    return Decision(_RULE, on, outcome, amounts, tuple(reasons), subject, in_force)


# --- remuneration -------------------------------------------------------------------


def _base_amount(
    base: RemunerationBase,
    granted: MoneyInput | None,
    advanced: MoneyInput | None,
    parameters: Parameters,
) -> Decimal:
    if base is RemunerationBase.ANNUAL_CAP:
        return parameters.operating_subsidy_cap
    if base is RemunerationBase.ADVANCED_AMOUNT:
        if advanced is None:
            raise MissingInputError(
                "the one-third limit is read on the amount advanced; give it",
                field="advanced",
                article=ART_10,
            )
        return to_money(advanced, field="advanced", article=ART_10)
    if granted is None:
        raise MissingInputError(
            "the one-third limit is read on the subsidy granted for the year; give it",
            field="granted",
            article=ART_10,
        )
    return to_money(granted, field="granted", article=ART_10)


def remuneration_cap(
    *,
    on: date,
    granted: MoneyInput | None = None,
    advanced: MoneyInput | None = None,
    base: RemunerationBase | str = RemunerationBase.GRANTED_SUBSIDY,
    parameters: Parameters = PARAMETERS,
    force: ForceCheck = ForceCheck.REFUSE,
    subject: str = "",
) -> Decision:
    """Art. 10: remuneration may take at most one third of the year's subsidy funds.

    "薪酬支出不得超过年度补助资金的三分之一"。 The limit is ``base × 1/3``, computed exactly
    and rounded down to the fen, so that it is never exceeded: 500,000 → 166,666.66.

    Args:
        on: the date of the decision.
        granted: the subsidy granted for the year (needed by the default base).
        advanced: the amount advanced (needed by :attr:`RemunerationBase.ADVANCED_AMOUNT`).
        base: what "年度补助资金" is read as (TN 10.5).
        parameters: the numbers of the Measures (the one-third share, the cap).
        force: refuse or flag a date outside the Measures' force (Art. 24).
        subject: an identifier of the Complex.

    Returns:
        A decision with amounts ``base`` and ``cap``.

    Raises:
        MissingInputError: the amount the chosen base needs is not given.

    >>> from datetime import date
    >>> from cixi_innovation.rules.subsidy import remuneration_cap
    >>> remuneration_cap(on=date(2026, 3, 1), granted=500000).amount("cap")
    Decimal('166666.66')
    """
    on = intake_date(on)
    in_force = gate(on, force)
    chosen = choice(RemunerationBase, base, field="base", article=ART_10)
    amount = _base_amount(chosen, granted, advanced, parameters)
    share = parameters.remuneration_cap_share
    cap = share_of(amount, share)
    reason = Reason.of(
        _ART_10,
        zh="薪酬支出不得超过年度补助资金的{share:ratio};年度补助资金按“{base}”计为{amount:money},"
        "上限为{cap:money}(向下取整到分)。",
        en="Remuneration must not exceed {share:ratio} of the annual subsidy funds, read as "
        "{base} ({amount:money}): at most {cap:money}, rounded down to the fen.",
        share=share,
        base=chosen,
        amount=amount,
        cap=cap,
    )
    return Decision(
        "subsidy.remuneration_cap",
        on,
        SubsidyOutcome.LIMIT,
        {"base": amount, "cap": cap},
        (reason,),
        subject,
        in_force,
    )


implements(
    "Art. 10",
    note="remuneration at most one third of the annual subsidy funds",
)(remuneration_cap)


# --- the review of expenses ----------------------------------------------------------


@attrs.frozen
class _Review:
    submitted: Decimal
    remuneration: Decimal
    remuneration_cap: Decimal
    excluded: Decimal
    eligible: Decimal
    reasons: tuple[Reason, ...]


def _item_params(index: int, expense: Expense) -> dict[str, Param]:
    # Mutation testing: only items without a category render {item} (the category branch is never shown), and no template uses {note}
    label: Param = expense.category if expense.category is not None else expense.description
    return {"n": index + 1, "item": label, "note": expense.description, "amount": expense.amount}


def _review(
    expenses: Iterable[Expense],
    base: RemunerationBase,
    base_amount: Decimal,
    parameters: Parameters,
) -> _Review:
    submitted = excluded = remuneration = ZERO
    reasons: list[Reason] = []
    others = 0
    for index, expense in enumerate(expenses):
        if not isinstance(expense, Expense):
            raise InputError(
                f"{expense!r} is not an Expense", field=f"expenses[{index}]", article=ART_10
            )
        submitted += expense.amount
        params = _item_params(index, expense)
        if expense.category is None:
            excluded += expense.amount
            reasons.append(
                Reason(
                    _ART_10_11,
                    "第{n}项“{item}”{amount:money}不属于第十条所列日常办公经费支出,超出支出范围,不予列支。",
                    "Item {n} '{item}' ({amount:money}) is not day-to-day office expenditure "
                    "within the scope of Art. 10; excluded.",
                    params,
                )
            )
        elif expense.is_remuneration and not expense.full_time_daily_staff:
            excluded += expense.amount
            reasons.append(
                Reason(
                    _ART_10,
                    "第{n}项薪酬{amount:money}支付给从事综合体日常工作的专职人员以外的人员,不予列支。",
                    "Item {n}, remuneration of {amount:money}, pays persons other than full-time "
                    "staff engaged in the Complex's day-to-day work; excluded.",
                    params,
                )
            )
        elif expense.is_remuneration:
            remuneration += expense.amount
        elif expense.category is ExpenseCategory.OTHER_DAILY_OFFICE:
            others += 1
    if others:
        reasons.append(
            Reason.of(
                _ART_10,
                zh="第十条所列支出为开放列举(“等日常办公经费支出”),{count}项其他日常办公经费支出予以列支。",
                en="The list of Art. 10 is open ('等日常办公经费支出'); {count} item(s) of other "
                "day-to-day office expenditure are allowed.",
                count=others,
            )
        )
    share = parameters.remuneration_cap_share
    limit = share_of(base_amount, share)
    if remuneration > limit:
        excess = remuneration - limit
        excluded += excess
        reasons.append(
            Reason.of(
                _ART_10,
                zh="薪酬支出{remuneration:money}超过年度补助资金(按“{base}”计{base_amount:money})"
                "的{share:ratio}即{limit:money},超出部分{excess:money}不予列支。",
                en="Remuneration of {remuneration:money} exceeds {share:ratio} of the annual "
                "subsidy funds (read as {base}, {base_amount:money}), i.e. {limit:money}; "
                "the excess of {excess:money} is excluded.",
                remuneration=remuneration,
                base=base,
                base_amount=base_amount,
                share=share,
                limit=limit,
                excess=excess,
            )
        )
    elif remuneration:
        reasons.append(
            Reason.of(
                _ART_10,
                zh="薪酬支出{remuneration:money}未超过年度补助资金(按“{base}”计{base_amount:money})"
                "的{share:ratio}即{limit:money}。",
                en="Remuneration of {remuneration:money} is within {share:ratio} of the annual "
                "subsidy funds (read as {base}, {base_amount:money}), i.e. {limit:money}.",
                remuneration=remuneration,
                base=base,
                base_amount=base_amount,
                share=share,
                limit=limit,
            )
        )
    return _Review(submitted, remuneration, limit, excluded, submitted - excluded, tuple(reasons))


def review_expenses(
    expenses: Iterable[Expense],
    *,
    on: date,
    granted: MoneyInput | None = None,
    advanced: MoneyInput | None = None,
    base: RemunerationBase | str = RemunerationBase.GRANTED_SUBSIDY,
    parameters: Parameters = PARAMETERS,
    force: ForceCheck = ForceCheck.REFUSE,
    subject: str = "",
) -> Decision:
    """Art. 10: spending charged to the subsidy, checked against the scope of expenditure.

    "用于行业共享平台及展厅建设、专职人员薪酬、交流合作活动费用、租金水电物业费等日常办公经费支出。
    其中支付薪酬的人员限于从事综合体日常工作的专职人员,薪酬支出不得超过年度补助资金的三分之一。"
    An item without a category (not day-to-day office expenditure) is excluded; so is
    remuneration of persons other than full-time staff doing the Complex's daily work, and
    remuneration above one third of the year's subsidy funds (read as ``base``).  Every
    exclusion is a reason of the decision.

    Args:
        expenses: the items charged to the year's subsidy.
        on: the date of the decision.
        granted: the subsidy granted for the year (needed by the default base).
        advanced: the amount advanced (needed by :attr:`RemunerationBase.ADVANCED_AMOUNT`).
        base: what "年度补助资金" is read as (TN 10.5).
        parameters: the numbers of the Measures.
        force: refuse or flag a date outside the Measures' force (Art. 24).
        subject: an identifier of the Complex.

    Returns:
        A decision with amounts ``submitted``, ``remuneration``, ``remuneration_cap``,
        ``excluded`` and ``eligible``.
    """
    on = intake_date(on)
    in_force = gate(on, force)
    chosen = choice(RemunerationBase, base, field="base", article=ART_10)
    base_amount = _base_amount(chosen, granted, advanced, parameters)
    review = _review(expenses, chosen, base_amount, parameters)
    summary = Reason.of(
        _ART_10_11,
        zh="申报支出{submitted:money},不予列支{excluded:money},符合支出范围{eligible:money}。",
        en="Spending submitted {submitted:money}; excluded {excluded:money}; within the scope "
        "of expenditure {eligible:money}.",
        submitted=review.submitted,
        excluded=review.excluded,
        eligible=review.eligible,
    )
    return Decision(
        "subsidy.review_expenses",
        on,
        SubsidyOutcome.REVIEWED,
        {
            "submitted": review.submitted,
            "remuneration": review.remuneration,
            "remuneration_cap": review.remuneration_cap,
            "excluded": review.excluded,
            "eligible": review.eligible,
        },
        (*review.reasons, summary),
        subject,
        in_force,
    )


implements(
    "Art. 10",
    "Art. 11",
    note="scope, full-time staff and one-third checks",
)(review_expenses)


# --- advance ------------------------------------------------------------------------


def _advance_fixed(value: object) -> Decimal | None:
    return None if value is None else to_money(value, field="advance.fixed", article=ART_10)


def _advance_share(value: object) -> Fraction | None:
    if value is None:
        return None
    ratio = to_ratio(value, field="advance.share", article=ART_10)
    if ratio > 1:
        raise InputError(
            f"{value!r} is more than the whole subsidy", field="advance.share", article=ART_10
        )
    return ratio


@implements("Art. 10", note="the caller's advance (TN 10.6)")
@attrs.frozen
class AdvanceRule:
    """How much of the year's subsidy is advanced at the beginning of the year (Art. 10).

    "每年年初预拨": the Measures give no amount or share (TN 10.6); the caller chooses one
    of the two forms, :meth:`fixed_amount` or :meth:`share_of_grant`.  There is no default.

    Attributes:
        fixed: a fixed amount in yuan, or None.
        share: a share of the subsidy granted for the year, or None.

    >>> from decimal import Decimal
    >>> from cixi_innovation.rules.subsidy import AdvanceRule
    >>> AdvanceRule.share_of_grant("1/2").amount(Decimal("300000.00"))
    Decimal('150000.00')
    """

    fixed: Decimal | None = attrs.field(default=None, converter=_advance_fixed)
    share: Fraction | None = attrs.field(default=None, converter=_advance_share)

    def __attrs_post_init__(self) -> None:
        if (self.fixed is None) == (self.share is None):
            raise InputError(
                "an advance rule is either a fixed amount or a share of the grant",
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
        raise InputError(f"{value!r} is not a year", field="year", article=ART_10)
    return value


def _granted_for_year(granted: MoneyInput, parameters: Parameters) -> Decimal:
    amount = to_money(granted, field="granted", article=ART_10)
    if amount > parameters.operating_subsidy_cap:
        raise InputError(
            f"the subsidy granted ({amount}) exceeds the annual cap of "
            f"{parameters.operating_subsidy_cap}",
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
    force: ForceCheck = ForceCheck.REFUSE,
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
        subject: an identifier of the Complex.

    Returns:
        A decision with amounts ``granted`` and ``advanced``.

    Raises:
        MissingInputError: no advance rule.
        InputError: ``on`` is not in year N, or the grant exceeds the cap.
    """
    on = intake_date(on)
    year = _year(year)
    in_force = gate(on, force)
    amount = _granted_for_year(granted, parameters)
    chosen: AdvanceRule = require("advance", rule, field="rule")
    if on.year != year:
        raise InputError(
            f"the subsidy for {year} is advanced at the beginning of {year} (每年年初预拨); "
            f"{on} is in {on.year}",
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
    return Decision(
        "subsidy.advance_payment",
        on,
        SubsidyOutcome.ADVANCED,
        {"granted": amount, "advanced": advanced},
        (reason,),
        subject,
        in_force,
    )


implements("Art. 10", note="advance at the beginning of the year")(advance_payment)


# --- settlement ---------------------------------------------------------------------


@attrs.frozen
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


@attrs.frozen
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


def _share(value: object, field: str) -> Fraction:
    ratio = to_ratio(value, field=field, article=ART_10)
    if ratio > 1:
        raise InputError(f"{value!r} is more than the whole grant", field=field, article=ART_10)
    return ratio


def _qualified_share(value: object) -> Fraction:
    return _share(value, "link.qualified")


def _unqualified_share(value: object) -> Fraction:
    return _share(value, "link.unqualified")


@attrs.frozen
class ResultShares:
    """A link given as the share of the grant due for each result, both caller-given.

    >>> from cixi_innovation.rules.subsidy import ResultShares
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


def _findings(findings: Iterable[InspectionFinding]) -> tuple[InspectionFinding, ...]:
    out = tuple(findings)
    for index, finding in enumerate(out):
        if not isinstance(finding, InspectionFinding):
            raise InputError(
                f"{finding!r} is not an InspectionFinding",
                field=f"findings[{index}]",
                article=ART_11,
            )
    return out


def settle_operating_subsidy(
    year: int,
    *,
    on: date,
    granted: MoneyInput,
    advanced: MoneyInput,
    result: AssessmentResult | str,
    expenses: Sequence[Expense],
    findings: Iterable[InspectionFinding] = (),
    link: SettlementLink | None = None,
    base: RemunerationBase | str = RemunerationBase.GRANTED_SUBSIDY,
    parameters: Parameters = PARAMETERS,
    force: ForceCheck = ForceCheck.REFUSE,
    subject: str = "",
) -> Decision:
    """Art. 10-11: the settlement in year N+1 of year N's subsidy, linked to the assessment.

    "运营经费补贴与年度目标考核验收情况挂钩,每年年初预拨、次年结算" (Art. 10);
    "市科技局会同市财政局结合运营经费补贴结算,每年开展资金使用情况检查" (Art. 11).

    The steps, each a reason of the decision:

    1. the review of the expenses (:func:`review_expenses`);
    2. the inspection findings of the Bureau and the Finance Bureau, each excluded;
    3. the caller's ``link`` gives the amount due for the assessment result;
    4. the settled amount is the linked amount, but never more than the eligible
       spending: the subsidy is "用于" the listed expenditure, and the inspection is
       carried out "结合运营经费补贴结算", so spending that is excluded is not settled;
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
        link: how the settlement is linked to the result (required; no default).
        base: what "年度补助资金" is read as for the one-third limit (TN 10.5).
        parameters: the numbers of the Measures.
        force: refuse or flag a date outside the Measures' force (Art. 24).
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
    on = intake_date(on)
    year = _year(year)
    in_force = gate(on, force)
    grant = _granted_for_year(granted, parameters)
    advance = to_money(advanced, field="advanced", article=ART_10)
    assessment = choice(AssessmentResult, result, field="result", article=ART_10)
    chosen: SettlementLink = require("settlement_link", link, field="link")
    if on.year != year + 1:
        when = "too early" if on.year <= year else "not in the following year"
        raise InputError(
            f"the subsidy for {year} is settled in the following year, {year + 1} (次年结算); "
            f"{on} is {when}",
            field="on",
            article=ART_10,
        )
    if advance > grant:
        raise InputError(
            f"the advance ({advance}) exceeds the subsidy granted ({grant})",
            field="advanced",
            article=ART_10,
        )
    base_reading = choice(RemunerationBase, base, field="base", article=ART_10)
    review = _review(
        expenses, base_reading, _base_amount(base_reading, grant, advance, parameters), parameters
    )
    reasons = list(review.reasons)
    excluded = review.excluded
    eligible = review.eligible
    checked = _findings(findings)
    # Mutation testing: dropping ZERO is equivalent: a sum from the int 0 leaves every amount below the same
    found = sum((f.amount for f in checked), ZERO)
    if found > eligible:
        raise InputError(
            f"the inspection findings ({found}) exceed the spending left to inspect ({eligible})",
            field="findings",
            article=ART_11,
        )
    for finding in checked:
        note = " {note}" if finding.note else ""
        reasons.append(
            Reason.of(
                _ART_11,
                zh="市科技局会同市财政局资金使用情况检查:“{item}”{amount:money}不符合支出范围"
                "或使用标准,不予结算。" + note.strip(),
                en="Fund-use inspection by the Bureau with the Finance Bureau: '{item}' "
                "({amount:money}) does not comply with the scope of expenditure or the "
                "standards of use; not settled." + note,
                item=finding.item,
                amount=finding.amount,
                note=finding.note,
            )
        )
    excluded += found
    eligible -= found
    if not checked:
        reasons.append(
            Reason.of(
                _ART_11,
                zh="市科技局会同市财政局资金使用情况检查未发现不合规支出。",
                en="The fund-use inspection by the Bureau with the Finance Bureau found no "
                "non-compliant spending.",
            )
        )
    facts = SettlementFacts(grant, advance, assessment, review.submitted, eligible)
    linked = to_money(chosen.linked_amount(facts), field="link", article=ART_10)
    if linked > grant:
        raise InputError(
            f"the settlement link {chosen.label.code!r} gave {linked}, more than the grant "
            f"({grant})",
            field="link",
            article=ART_10,
        )
    # Mutation testing: '<' for '<=' is equivalent: at equality both branches give the same amount
    settled = linked if linked <= eligible else eligible
    balance = settled - advance
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
    if settled < linked:
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
        Reason.of(_ART_10, zh=zh, en=en, settled=settled, advanced=advance, diff=abs(balance))
    )
    return Decision(
        "subsidy.settle_operating_subsidy",
        on,
        outcome,
        {
            "granted": grant,
            "advanced": advance,
            "submitted": review.submitted,
            "excluded": excluded,
            "eligible": eligible,
            "linked": linked,
            "settled": settled,
            "balance": balance,
        },
        tuple(reasons),
        subject,
        in_force,
    )


implements(
    "Art. 10",
    "Art. 11",
    note="settlement in the following year with the fund-use inspection",
)(settle_operating_subsidy)
