"""The scope of expenditure and the one-third limit on remuneration (支出范围与薪酬支出上限, Art. 10).

第十条 ……用于行业共享平台及展厅建设、专职人员薪酬、交流合作活动费用、租金水电物业费等日常办公经费支出。其中
支付薪酬的人员限于从事综合体日常工作的专职人员,薪酬支出不得超过年度补助资金的三分之一。……

第十一条 建设单位要加强资金管理,严格执行支出范围与使用标准。……

What the operating subsidy of :mod:`~cixi_innovation.rules.subsidy` may pay for:

* :class:`ExpenseCategory` — the scope of expenditure, an open list bounded by
  day-to-day office expenditure (TN 10.4); an :class:`Expense` is one item of spending.
* :func:`remuneration_cap` — one third of the year's subsidy funds, the base read as
  :class:`RemunerationBase` (TN 10.5), with or without carried-over higher-level funds
  (:class:`RemunerationBaseCarryOver`), rounded down to the fen.
* :func:`review_expenses` — the items checked against the scope of expenditure, the
  full-time-staff restriction and the one-third limit; each excluded item is a reason.

The settlement of :mod:`~cixi_innovation.rules.subsidy_settlement` starts with the same
review.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from typing import Final, NamedTuple

import attrs

from cixi_innovation.law.measures import MEASURES, ForceCheck, Measures
from cixi_innovation.law.parameters import PARAMETERS, Parameters
from cixi_innovation.law.registry import implements
from cixi_innovation.rules._common import Ruling, choice, intake_items, intake_parameters
from cixi_innovation.rules.subsidy import _ART_10, _ART_10_11, ART_10, SubsidyOutcome
from cixi_innovation.values._attrs import frozen
from cixi_innovation.values.decisions import Decision, Param, Reason
from cixi_innovation.values.errors import InputError, MissingInputError
from cixi_innovation.values.money import ZERO, MoneyInput, share_of, to_money
from cixi_innovation.values.vocabulary import Label, LabelledEnum

__all__ = [
    "Expense",
    "ExpenseCategory",
    "RemunerationBase",
    "RemunerationBaseCarryOver",
    "remuneration_cap",
    "review_expenses",
]


@implements("Art. 10", "Art. 11", note="the scope of expenditure, an open list (TN 10.4)")
class ExpenseCategory(LabelledEnum, noun="日常办公支出类别"):
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
@frozen
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

    >>> from cixi_innovation.rules.subsidy_expenses import Expense, ExpenseCategory
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
                zh="支出须注明第十条所列的支出类别;其他支出须给出说明",
                field="description",
                article=ART_10,
            )
        if self.category is ExpenseCategory.STAFF_REMUNERATION:
            if self.full_time_daily_staff is None:
                raise MissingInputError(
                    "say whether the persons paid are full-time staff engaged in the "
                    "Complex's day-to-day work",
                    zh="请说明所支付薪酬的人员是否为从事综合体日常工作的专职人员",
                    field="full_time_daily_staff",
                    article=ART_10,
                )
        elif self.full_time_daily_staff is not None:
            raise InputError(
                "full_time_daily_staff applies to staff remuneration only",
                zh="full_time_daily_staff 仅适用于人员薪酬支出",
                field="full_time_daily_staff",
                article=ART_10,
            )

    @property
    def is_remuneration(self) -> bool:
        """True for remuneration of staff (薪酬)."""
        return self.category is ExpenseCategory.STAFF_REMUNERATION


@implements("Art. 10", note="the base of the one-third limit (TN 10.5)")
class RemunerationBase(LabelledEnum, noun="年度补助资金的解读"):
    """What "年度补助资金" (the annual subsidy funds), the base of the one-third limit, is (TN 10.5).

    The base is not defined.  The library takes the subsidy granted for the year as the
    default: it is the amount Art. 10 "arranges" for the year, it is known when the
    spending is planned, and it keeps the limit within the money the Complex receives.

    :attr:`SETTLED_AMOUNT` reads the base as the amount finally settled in the following
    year (次年结算).  That reading is circular: the settlement itself depends on the
    remuneration check it would bound.  The library does not resolve the circle: the
    caller supplies the settled amount as decided (``settled=``), and the library never
    derives it from the check.
    """

    #: (default) the operating subsidy granted (arranged) for the year.
    GRANTED_SUBSIDY = (
        "granted_subsidy",
        "当年核定的运营经费补贴",
        "the subsidy granted for the year",
    )
    #: the amount advanced at the beginning of the year.
    ADVANCED_AMOUNT = ("advanced_amount", "年初预拨金额", "the amount advanced")
    #: the annual cap of Art. 10 (``operating_subsidy_cap``), whatever was granted.
    ANNUAL_CAP = ("annual_cap", "每年运营经费补贴上限", "the annual cap")
    #: the amount finally settled in the following year, as the caller gives it.
    SETTLED_AMOUNT = (
        "settled_amount",
        "次年结算确定的补助金额",
        "the amount finally settled in the following year",
    )


@implements("Art. 10", note="carried-over higher-level funds in the one-third base (TN 10.5)")
class RemunerationBaseCarryOver(LabelledEnum, noun="结转资金计入年度补助资金的解读"):
    """Whether carried-over higher-level funds count in "年度补助资金" (TN 10.3, TN 10.5).

    Art. 10's parenthesis "(宁波市级及以上综合体获得的上级补助资金结转的除外)" sets the
    carried-over higher-level funds apart from the annual cap, and Art. 11 leaves their
    use to the higher level's rules ("按上级规定执行").  The default therefore leaves them
    out of the base of the one-third limit; :attr:`INCLUDED` adds the carried-over
    amount the caller gives (``carried_over=``) to the base.
    """

    #: (default) the base does not count carried-over higher-level funds.
    EXCLUDED = ("excluded", "不含结转的上级补助资金", "carried-over higher-level funds excluded")
    #: the base counts the carried-over higher-level funds the caller gives.
    INCLUDED = ("included", "含结转的上级补助资金", "carried-over higher-level funds included")


# --- remuneration -------------------------------------------------------------------


# The private records below are tuples: attrs classes would cost more at import, and
# nothing compares, hashes or changes them.


class _Funds(NamedTuple):
    """The readings of "年度补助资金" chosen, and the amount they give (the one-third base)."""

    base: RemunerationBase
    carry_over: RemunerationBaseCarryOver
    amount: Decimal


class _BaseInputs(NamedTuple):
    """The amounts a reading of the base may need (TN 10.5)."""

    granted: MoneyInput | None = None
    advanced: MoneyInput | None = None
    settled: MoneyInput | None = None
    carried_over: MoneyInput | None = None


_READ_ON: Final = "the one-third limit is read on "
_READ_ON_ZH: Final = "三分之一的限额按"
_NEEDS: Final = {
    RemunerationBase.GRANTED_SUBSIDY: Label(
        "granted",
        _READ_ON_ZH + "当年核定的运营经费补贴计算",
        _READ_ON + "the subsidy granted for the year",
    ),
    RemunerationBase.ADVANCED_AMOUNT: Label(
        "advanced", _READ_ON_ZH + "预拨金额计算", _READ_ON + "the amount advanced"
    ),
    # the settled amount is the caller's: deriving it would run the check it bounds
    RemunerationBase.SETTLED_AMOUNT: Label(
        "settled",
        _READ_ON_ZH + "已决定的最终清算金额计算(TN 10.5)",
        _READ_ON + "the amount finally settled, as decided (TN 10.5)",
    ),
}
_CARRIED_OVER: Final = Label(
    "carried_over",
    "三分之一的基数计入结转的上级补助资金(TN 10.5)",
    "the one-third base counts carried-over higher-level funds (TN 10.5)",
)


def _given(value: MoneyInput | None, need: Label) -> Decimal:
    """The amount the reading ``need`` is read on (its code is the field)."""
    field = need.code
    if value is None:
        raise MissingInputError(
            f"{need.en}; give it", zh=f"{need.zh};请提供", field=field, article=ART_10
        )
    return to_money(value, field=field, article=ART_10)


def _annual_funds(
    base: RemunerationBase | str,
    carry_over: RemunerationBaseCarryOver | str,
    given: _BaseInputs,
    parameters: Parameters,
) -> _Funds:
    """The readings of "年度补助资金" chosen, and the amount they give (the one-third base)."""
    chosen = choice(RemunerationBase, base, field="base", article=ART_10)
    carry = choice(RemunerationBaseCarryOver, carry_over, field="carry_over", article=ART_10)
    if chosen is RemunerationBase.ANNUAL_CAP:
        amount = parameters.operating_subsidy_cap
    else:
        need = _NEEDS[chosen]
        amount = _given(getattr(given, need.code), need)
    if carry is RemunerationBaseCarryOver.INCLUDED:
        amount += _given(given.carried_over, _CARRIED_OVER)
    return _Funds(chosen, carry, amount)


def remuneration_cap(
    *,
    on: date,
    granted: MoneyInput | None = None,
    advanced: MoneyInput | None = None,
    settled: MoneyInput | None = None,
    carried_over: MoneyInput | None = None,
    base: RemunerationBase | str = RemunerationBase.GRANTED_SUBSIDY,
    carry_over: RemunerationBaseCarryOver | str = RemunerationBaseCarryOver.EXCLUDED,
    parameters: Parameters = PARAMETERS,
    force: ForceCheck | str = ForceCheck.REFUSE,
    measures: Measures = MEASURES,
    subject: str = "",
) -> Decision:
    """Art. 10: remuneration may take at most one third of the year's subsidy funds.

    "薪酬支出不得超过年度补助资金的三分之一"。 The limit is ``base × 1/3``, computed exactly
    and rounded down to the fen, so that it is never exceeded: 500,000 → 166,666.66.

    Args:
        on: the date of the decision.
        granted: the subsidy granted for the year (needed by the default base).
        advanced: the amount advanced (needed by :attr:`RemunerationBase.ADVANCED_AMOUNT`).
        settled: the amount finally settled, as decided (needed by
            :attr:`RemunerationBase.SETTLED_AMOUNT`).
        carried_over: the carried-over higher-level funds (needed by
            :attr:`RemunerationBaseCarryOver.INCLUDED`).
        base: what "年度补助资金" is read as (TN 10.5).
        carry_over: whether carried-over higher-level funds count in the base (TN 10.5).
        parameters: the numbers of the Measures (the one-third share, the cap).
        force: refuse or flag a date outside the Measures' force (Art. 24).
        measures: the Measures whose force is checked, counted under their readings (Art. 24).
        subject: an identifier of the Complex.

    Returns:
        A decision with amounts ``base`` and ``cap``.

    Raises:
        MissingInputError: an amount the chosen readings need is not given.

    >>> from datetime import date
    >>> from cixi_innovation.rules.subsidy_expenses import remuneration_cap
    >>> remuneration_cap(on=date(2026, 3, 1), granted=500000).amount("cap")
    Decimal('166666.66')
    """
    ruling = Ruling.open("subsidy.remuneration_cap", on, force, subject, measures)
    parameters = intake_parameters(parameters, article=ART_10)
    given = _BaseInputs(granted, advanced, settled, carried_over)
    funds = _annual_funds(base, carry_over, given, parameters)
    share = parameters.remuneration_cap_share
    cap = share_of(funds.amount, share)
    reason = Reason.of(
        _ART_10,
        zh="薪酬支出不得超过年度补助资金的{share:ratio};年度补助资金按“{base}”({carry})"
        "计为{amount:money},上限为{cap:money}(向下取整到分)。",
        en="Remuneration must not exceed {share:ratio} of the annual subsidy funds, read as "
        "{base}, {carry} ({amount:money}): at most {cap:money}, rounded down to the fen.",
        share=share,
        base=funds.base,
        carry=funds.carry_over,
        amount=funds.amount,
        cap=cap,
    )
    return ruling.decide(SubsidyOutcome.LIMIT, {"base": funds.amount, "cap": cap}, (reason,))


implements(
    "Art. 10",
    note="remuneration at most one third of the annual subsidy funds",
)(remuneration_cap)


# --- the review of expenses ----------------------------------------------------------


class _Review(NamedTuple):
    """The totals of a review of expenses and a reason per exclusion (no summary)."""

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
    funds: _Funds,
    parameters: Parameters,
) -> _Review:
    """Check ``expenses`` against the scope, the full-time-staff rule and the one-third limit.

    Raises:
        InputError: an item that is not an :class:`Expense`.
    """
    submitted = excluded = remuneration = ZERO
    reasons: list[Reason] = []
    others = 0
    listed = intake_items(expenses, Expense, field="expenses", article=ART_10)
    for index, expense in enumerate(listed):
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
    limit = share_of(funds.amount, share)
    measured: dict[str, Param] = {
        "remuneration": remuneration,
        "base": funds.base,
        "carry": funds.carry_over,
        "base_amount": funds.amount,
        "share": share,
        "limit": limit,
    }
    if remuneration > limit:
        excess = remuneration - limit
        excluded += excess
        reasons.append(
            Reason(
                _ART_10,
                "薪酬支出{remuneration:money}超过年度补助资金(按“{base}”({carry})计{base_amount:money})"
                "的{share:ratio}即{limit:money},超出部分{excess:money}不予列支。",
                "Remuneration of {remuneration:money} exceeds {share:ratio} of the annual "
                "subsidy funds (read as {base}, {carry}, {base_amount:money}), i.e. {limit:money}; "
                "the excess of {excess:money} is excluded.",
                {**measured, "excess": excess},
            )
        )
    elif remuneration:
        reasons.append(
            Reason(
                _ART_10,
                "薪酬支出{remuneration:money}未超过年度补助资金(按“{base}”({carry})计{base_amount:money})"
                "的{share:ratio}即{limit:money}。",
                "Remuneration of {remuneration:money} is within {share:ratio} of the annual "
                "subsidy funds (read as {base}, {carry}, {base_amount:money}), i.e. {limit:money}.",
                measured,
            )
        )
    return _Review(submitted, remuneration, limit, excluded, submitted - excluded, tuple(reasons))


def review_expenses(
    expenses: Iterable[Expense],
    *,
    on: date,
    granted: MoneyInput | None = None,
    advanced: MoneyInput | None = None,
    settled: MoneyInput | None = None,
    carried_over: MoneyInput | None = None,
    base: RemunerationBase | str = RemunerationBase.GRANTED_SUBSIDY,
    carry_over: RemunerationBaseCarryOver | str = RemunerationBaseCarryOver.EXCLUDED,
    parameters: Parameters = PARAMETERS,
    force: ForceCheck | str = ForceCheck.REFUSE,
    measures: Measures = MEASURES,
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
        settled: the amount finally settled, as decided (needed by
            :attr:`RemunerationBase.SETTLED_AMOUNT`).
        carried_over: the carried-over higher-level funds (needed by
            :attr:`RemunerationBaseCarryOver.INCLUDED`).
        base: what "年度补助资金" is read as (TN 10.5).
        carry_over: whether carried-over higher-level funds count in the base (TN 10.5).
        parameters: the numbers of the Measures.
        force: refuse or flag a date outside the Measures' force (Art. 24).
        measures: the Measures whose force is checked, counted under their readings (Art. 24).
        subject: an identifier of the Complex.

    Returns:
        A decision with amounts ``submitted``, ``remuneration``, ``remuneration_cap``,
        ``excluded`` and ``eligible``.
    """
    ruling = Ruling.open("subsidy.review_expenses", on, force, subject, measures)
    parameters = intake_parameters(parameters, article=ART_10)
    given = _BaseInputs(granted, advanced, settled, carried_over)
    funds = _annual_funds(base, carry_over, given, parameters)
    review = _review(expenses, funds, parameters)
    summary = Reason.of(
        _ART_10_11,
        zh="申报支出{submitted:money},不予列支{excluded:money},符合支出范围{eligible:money}。",
        en="Spending submitted {submitted:money}; excluded {excluded:money}; within the scope "
        "of expenditure {eligible:money}.",
        submitted=review.submitted,
        excluded=review.excluded,
        eligible=review.eligible,
    )
    return ruling.decide(
        SubsidyOutcome.REVIEWED,
        {
            "submitted": review.submitted,
            "remuneration": review.remuneration,
            "remuneration_cap": review.remuneration_cap,
            "excluded": review.excluded,
            "eligible": review.eligible,
        },
        (*review.reasons, summary),
    )


implements(
    "Art. 10",
    "Art. 11",
    note="scope, full-time staff and one-third checks",
)(review_expenses)
