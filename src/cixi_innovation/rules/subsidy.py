"""第二章 产业创新服务综合体 — the operating subsidy of a Complex and its annual cap (Art. 10-11).

第十条 综合体每年安排最高不超过50万元的运营经费补贴(宁波市级及以上综合体获得的上级补助资金结转的除外),
用于行业共享平台及展厅建设、专职人员薪酬、交流合作活动费用、租金水电物业费等日常办公经费支出。其中支付薪酬的人员
限于从事综合体日常工作的专职人员,薪酬支出不得超过年度补助资金的三分之一。运营经费补贴与年度目标考核验收情况挂钩,
每年年初预拨、次年结算。

第十一条 建设单位要加强资金管理,严格执行支出范围与使用标准。市科技局会同市财政局结合运营经费补贴结算,每年开展
资金使用情况检查。宁波市级及以上综合体获得上级补助资金的使用管理,按上级规定执行。

The rules of Art. 10-11 take primitive facts (amounts, dates, the level, the assessment
result), not lifecycle entities, and each returns a
:class:`~cixi_innovation.values.decisions.Decision` whose outcome is one of
:class:`SubsidyOutcome`.  This module holds the year's amount (运营经费补贴):

* :func:`operating_subsidy` — the year's subsidy: at most the 500,000 yuan cap of
  :data:`~cixi_innovation.law.parameters.PARAMETERS`, with the carry-over exception read as
  :class:`CarryOverReading` (TN 10.3).

The other steps have a module each:

* :mod:`~cixi_innovation.rules.subsidy_expenses` — the scope of expenditure (支出范围) and
  the one-third limit on remuneration (薪酬支出上限);
* :mod:`~cixi_innovation.rules.subsidy_settlement` — the advance at the beginning of the
  year (年初预拨) and the settlement in the next year (次年结算), linked to the annual
  assessment;
* :mod:`~cixi_innovation.rules.subsidy_inspection` — the annual fund-use inspection of
  Art. 11 (资金使用情况检查), whose findings the settlement excludes.

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
from datetime import date
from decimal import Decimal
from typing import Final

from cixi_innovation.law.measures import MEASURES, ForceCheck, Measures
from cixi_innovation.law.parameters import PARAMETERS, Parameters
from cixi_innovation.law.registry import implements
from cixi_innovation.rules._common import (
    FORCE_END,
    FORCE_START,
    Ruling,
    choice,
    intake_parameters,
)
from cixi_innovation.values.citations import Citation
from cixi_innovation.values.decisions import Decision, Reason, new_decision
from cixi_innovation.values.errors import InputError
from cixi_innovation.values.money import FEN, MAX_AMOUNT, ZERO, MoneyInput, to_money
from cixi_innovation.values.vocabulary import Label, LabelledEnum, Level

__all__ = ["CarryOverReading", "SubsidyOutcome", "operating_subsidy"]

ART_10: Final = Citation.article(10)
ART_11: Final = Citation.article(11)
_ART_10: Final = (ART_10,)
_ART_10_11: Final = (ART_10, ART_11)


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


@implements("Art. 10", "Art. 11", note="the carry-over exception, readings A, B, C (TN 10.3)")
class CarryOverReading(LabelledEnum, noun="结转资金的解读"):
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
        "解读A:结转的上级补助资金不计入上限,可在市级补贴之外使用",
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
_REFUSE: Final = ForceCheck.REFUSE
_NAMES: Final = ("requested", "cap", "granted")
# The kinds of the two decisions of the most common case (see decisions.new_decision).
_GRANTED_KIND: Final = (_RULE, _GRANTED, _NAMES, _WITHIN)
_CAPPED_KIND: Final = (_RULE, _CAPPED, _NAMES, _ABOVE)


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
    force: ForceCheck | str = ForceCheck.REFUSE,
    subject: str = "",
    *,
    on: date,
    measures: Measures = MEASURES,
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
        measures: the Measures whose force is checked, counted under their readings (Art. 24).
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
    # force, a claim in whole fen in range given as an int, a str or a Decimal of any
    # exponent, a Cixi-level Complex with no higher-level funds, the default reading,
    # parameters and Measures, and the default force check).  It returns what the
    # general steps of _operating_subsidy return for the same inputs; every other case
    # goes there, an `on` that is not exactly a date among them, including the values that
    # make a step below raise (a claim of another type, a string that is not a number, an
    # infinity or a claim too large to quantize): the general steps name them.
    # Mutation testing: a mutant of this block that only sends more inputs to the
    # general steps is equivalent (tests/kernel/test_art10_input_forms.py compares the two); so
    # is one that makes a call below raise TypeError or ArithmeticError, which the except
    # sends there too: None for an argument of quantize or new_decision, or one left
    # out, or None for the tuple of a decision.
    try:
        if type(requested) is Decimal:
            amount = requested
        elif type(requested) is int or type(requested) is str:
            # Decimal() strips the same white space as to_money's str.strip().
            amount = Decimal(requested)
        else:
            raise TypeError
        # In whole fen, or a signal: quantize gives an amount with exactly two places or
        # raises (or, with the signal untrapped, gives NaN, which equals nothing), and an
        # amount with more places is rounded to another number, which to_money refuses.
        claim = amount.quantize(FEN)
        if (
            type(on) is date
            and FORCE_START <= on < FORCE_END
            and claim == amount
            and carried_over is ZERO
            and higher_level_in_year is ZERO
            and level is _CIXI
            and reading is _READING_A
            and parameters is PARAMETERS
            and measures is MEASURES
            and force is _REFUSE
        ):
            if claim <= _DEFAULT_CAP:
                if claim > ZERO:
                    granted = (_GRANTED_KIND, on, subject, True, claim, _DEFAULT_CAP, claim)
                    return new_decision(Decision, granted)
            elif claim < MAX_AMOUNT:
                capped = (_CAPPED_KIND, on, subject, True, claim, _DEFAULT_CAP, _DEFAULT_CAP)
                return new_decision(Decision, capped)
    except (TypeError, ArithmeticError):
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
        measures,
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
    force: ForceCheck | str,
    subject: str,
    measures: Measures,
) -> Decision:
    """The general steps of :func:`operating_subsidy`: each input checked in turn."""
    ruling = Ruling.open(_RULE, on, force, subject, measures)
    claim = to_money(requested, field="requested", article=ART_10)
    cap = intake_parameters(parameters, article=ART_10).operating_subsidy_cap
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
        return ruling.decide(outcome, amounts, (reason,))
    return _operating_subsidy_with_higher_level_funds(
        claim,
        ruling,
        level=_level(level),
        carried=to_money(carried_over, field="carried_over", article=ART_10),
        in_year=to_money(higher_level_in_year, field="higher_level_in_year", article=ART_10),
        reading=choice(CarryOverReading, reading, field="reading", article=ART_10),
        cap=cap,
    )


def _operating_subsidy_with_higher_level_funds(
    claim: Decimal,
    ruling: Ruling,
    *,
    level: Level,
    carried: Decimal,
    in_year: Decimal,
    reading: CarryOverReading,
    cap: Decimal,
) -> Decision:
    if not level.ningbo_or_above and (carried or in_year):
        field = "carried_over" if carried else "higher_level_in_year"
        raise InputError(
            f"higher-level subsidy funds are declared for a Complex at {level.en}; the "
            "exception of Art. 10 concerns Complexes at Ningbo municipal level or above",
            zh=f"为{level.zh}综合体申报了上级补助资金;第十条的例外仅适用于宁波市级及以上综合体",
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
    return ruling.decide(outcome, amounts, reasons)
