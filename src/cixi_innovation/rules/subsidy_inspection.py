"""The annual inspection of the use of the operating subsidy (资金使用情况检查, Art. 11).

第十一条 建设单位要加强资金管理,严格执行支出范围与使用标准。市科技局会同市财政局结合运营经费补贴结算,每年开展
资金使用情况检查。……

The Bureau and the Finance Bureau inspect every year, together with the settlement of
:mod:`~cixi_innovation.rules.subsidy_settlement`: each non-compliant item they find is an
:class:`InspectionFinding`, reported in the settlement with a reason naming the item.
Art. 11 states the check, not its consequence (TN 11.1, open point 18): what a finding
does to the settlement is the named :class:`InspectionReading` the caller chooses.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from typing import Final

import attrs

from cixi_innovation.law.registry import implements
from cixi_innovation.rules._common import intake_items, need_text
from cixi_innovation.rules.subsidy import ART_11
from cixi_innovation.values._attrs import frozen
from cixi_innovation.values.decisions import Reason
from cixi_innovation.values.errors import InputError
from cixi_innovation.values.money import ZERO, to_money
from cixi_innovation.values.vocabulary import Label, LabelledEnum

__all__ = ["InspectionFinding", "InspectionReading"]

_ART_11: Final = (ART_11,)
_NO_ITEM: Final = Label("item", "检查发现须写明事项", "a finding must name the item")


def _finding_amount(value: object) -> Decimal:
    return to_money(value, field="findings.amount", article=ART_11)


@implements("Art. 11", note="the consequence of the inspection's findings, a reading (TN 11.1)")
class InspectionReading(LabelledEnum, noun="检查结果的解读"):
    """What a finding of the fund-use inspection does to the settlement (TN 11.1, open point 18).

    "市科技局会同市财政局结合运营经费补贴结算,每年开展资金使用情况检查": Art. 11 states
    the check and that it goes with the settlement; it states no consequence of a finding.
    """

    #: (default) the non-compliant amounts are not settled: they are excluded from the
    #: eligible spending, to which the settlement is limited.
    NOT_SETTLED = (
        "not_settled",
        "解读:检查发现的不合规支出不予结算,结算额以其余符合支出范围的支出为限",
        "reading: non-compliant spending found by the inspection is not settled, and the "
        "settlement is limited to the remaining eligible spending",
    )
    #: Art. 11 states no consequence: the findings are reported in the decision and the
    #: amount settled is not reduced by them.
    REPORTED_ONLY = (
        "reported_only",
        "解读:第十一条未规定检查结果的后果,检查发现仅在决定中载明,不核减结算额",
        "reading: Art. 11 states no consequence of the inspection, so the findings are "
        "reported in the decision and the amount settled is not reduced by them",
    )


@implements("Art. 11", note="a finding of the annual fund-use inspection")
@frozen
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
        need_text(self.item, _NO_ITEM, field="findings.item", article=ART_11)


def _inspect(
    findings: Iterable[InspectionFinding], eligible: Decimal, reading: InspectionReading
) -> tuple[Decimal, list[Reason]]:
    """The amount the findings exclude from the ``eligible`` spending, and their reasons.

    Each finding is a reason; an inspection without findings is one reason saying so.
    With findings, a last reason names the ``reading`` that gives their consequence; under
    :attr:`InspectionReading.REPORTED_ONLY` they exclude nothing.

    Raises:
        InputError: an item that is not a finding, or findings above ``eligible``.
    """
    checked = intake_items(findings, InspectionFinding, field="findings", article=ART_11)
    # Mutation testing: dropping ZERO is equivalent: a sum from the int 0 leaves every amount computed from it the same
    found = sum((f.amount for f in checked), ZERO)
    if found > eligible:
        raise InputError(
            f"the inspection findings ({found}) exceed the spending left to inspect ({eligible})",
            zh=f"检查发现的金额({found})超过尚待检查的支出({eligible})",
            field="findings",
            article=ART_11,
        )
    reasons: list[Reason] = []
    settled = reading is InspectionReading.NOT_SETTLED
    zh_end, en_end = (",不予结算。", "; not settled.") if settled else ("。", ".")
    for finding in checked:
        note = " {note}" if finding.note else ""
        reasons.append(
            Reason.of(
                _ART_11,
                zh="市科技局会同市财政局资金使用情况检查:“{item}”{amount:money}不符合支出范围"
                "或使用标准" + zh_end + note.strip(),
                en="Fund-use inspection by the Bureau with the Finance Bureau: '{item}' "
                "({amount:money}) does not comply with the scope of expenditure or the "
                "standards of use" + en_end + note,
                item=finding.item,
                amount=finding.amount,
                note=finding.note,
            )
        )
    if checked:
        reasons.append(
            Reason.of(
                _ART_11,
                zh="第十一条未规定检查发现问题的后果,{reading}。",
                en="Art. 11 states no consequence of the findings; {reading}.",
                reading=reading,
            )
        )
        if not settled:
            found = ZERO
    else:
        reasons.append(
            Reason.of(
                _ART_11,
                zh="市科技局会同市财政局资金使用情况检查未发现不合规支出。",
                en="The fund-use inspection by the Bureau with the Finance Bureau found no "
                "non-compliant spending.",
            )
        )
    return found, reasons
