"""The yearly facts of a scenario's platforms (年度情况).

Per platform and calendar year, what the scenario gives explicitly: assessment results,
requests and spending, inspection findings (:class:`ComplexYearFacts`), Art. 16 claims
(:class:`ConsortiumYearFacts`, :class:`PolicyClaim`), higher-level subsidies received
(:class:`CenterYearFacts`) and the overlapping candidates of other policies
(:class:`OtherSubsidy`, Art. 23).  Explicit facts always win over the probabilities.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from decimal import Decimal
from typing import Any, ClassVar, Self

import attrs

from cixi_innovation.law.indicators import CoreIndicators
from cixi_innovation.rules.consortium_support import SubsidyTrigger, TriggerClaim
from cixi_innovation.rules.overlap import PolicySource
from cixi_innovation.rules.subsidy_expenses import Expense
from cixi_innovation.rules.subsidy_inspection import InspectionFinding
from cixi_innovation.scenarios._fields import (
    optional_day,
    optional_money,
    read_indicators,
    read_spending,
    spending_or_none,
)
from cixi_innovation.scenarios._format import (
    ASSESSMENT_RESULT,
    BOOLEAN,
    MONEY,
    PERFORMANCE_GRADE,
    TEXT,
    Key,
    Named,
    Shape,
    codes,
    declare,
    enum,
    named,
)
from cixi_innovation.scenarios._plain import (
    FieldReaders,
    Reader,
    checked_tuple,
    choice,
    each,
    item_reader,
    join_path,
    nonblank,
    present,
    read_one,
    record_data,
    record_from_data,
    record_keys,
    record_shape,
    year_validator,
)
from cixi_innovation.scenarios._wording import TRUE_OR_FALSE, not_a, not_of_type
from cixi_innovation.values._attrs import frozen
from cixi_innovation.values.assessments import AssessmentResult, PerformanceGrade
from cixi_innovation.values.errors import InputError
from cixi_innovation.values.money import ZERO, to_money

__all__ = [
    "CenterYearFacts",
    "ComplexYearFacts",
    "ConsortiumYearFacts",
    "OtherSubsidy",
    "PolicyClaim",
    "YearFacts",
]


# --- converters of the fields -----------------------------------------------------------


def _other_source(value: object) -> PolicySource:
    source = PolicySource.parse(value, field="source")
    if source is PolicySource.THESE_MEASURES:
        raise InputError(
            "an overlapping candidate comes from another policy (a Cixi municipal-level or a "
            "higher-level one); the candidate under these Measures is computed",
            zh="重复补助的候选项来自其他政策(慈溪市级或上级政策);本办法的候选项由计算得出",
            field="source",
        )
    return source


def _money(value: object) -> Decimal:
    return to_money(value, field="amount")


def _findings(value: object) -> tuple[InspectionFinding, ...]:
    return checked_tuple(value, InspectionFinding, "findings")


def _overlaps(value: object) -> tuple[OtherSubsidy, ...]:
    return checked_tuple(value, OtherSubsidy, "overlaps")


def _trigger_claims(value: object) -> tuple[TriggerClaim, ...]:
    return checked_tuple(value, TriggerClaim, "triggers")


def _policy_claims(value: object) -> tuple[PolicyClaim, ...]:
    return checked_tuple(value, PolicyClaim, "claims")


def _optional_result(value: object) -> AssessmentResult | None:
    return None if value is None else AssessmentResult.parse(value, field="result")


def _optional_grade(value: object) -> PerformanceGrade | None:
    return None if value is None else PerformanceGrade.parse(value, field="grade")


def _optional_indicators(value: object) -> CoreIndicators | None:
    if value is None or isinstance(value, CoreIndicators):
        return value
    raise not_of_type(value, "CoreIndicators", "indicators")


# --- the values in the yearly facts -----------------------------------------------------


@frozen
class OtherSubsidy:
    """A subsidy another policy would grant for the same item (Art. 23 "就高不重复").

    Attributes:
        source: another Cixi municipal-level policy, or a higher-level subsidy policy.
        policy: the policy's name.
        amount: what that policy would grant for the item, in yuan.
    """

    source: PolicySource = attrs.field(converter=_other_source)
    policy: str = attrs.field(validator=nonblank)
    amount: Decimal = attrs.field(converter=_money)

    def to_data(self) -> dict[str, str]:
        """``{"source", "policy", "amount"}``."""
        return {"source": self.source.code, "policy": self.policy, "amount": str(self.amount)}

    @classmethod
    def from_data(cls, data: object, path: str = "") -> OtherSubsidy:
        """Read one candidate of another policy."""
        return read_one(_read_other, data, path)


def _source(r: Reader, d: Mapping[str, Any], key: str, path: str) -> PolicySource | None:
    return r.build(join_path(path, key), _other_source, d[key])


declare(
    _source,
    {
        "description": "Another Cixi policy or a higher-level one (Art. 23).",
        "enum": codes(PolicySource, leave_out=("these_measures",)),
    },
)
_OTHER: FieldReaders = (("source", _source), ("policy", Reader.name), ("amount", Reader.money))
_read_other = item_reader(
    OtherSubsidy,
    _OTHER,
    "other_subsidy",
    "What another policy would grant for the same item (Art. 23).",
)
_read_others = named("overlaps", each(_read_other))

_TRIGGER = Shape(
    (
        Key("trigger", enum(SubsidyTrigger, "A trigger of Art. 16."), required=True),
        Key("eligible_cost", MONEY),
        Key("description", TEXT),
    )
)


def _read_trigger(r: Reader, item: object, where: str) -> TriggerClaim | None:
    tm = r.shaped(item, where, _TRIGGER)
    if tm is None or "trigger" not in tm:
        return None
    trigger = r.choice(SubsidyTrigger, tm, "trigger", where)
    cost = r.money(tm, "eligible_cost", where)
    text = r.text(tm, "description", where)
    return None if trigger is None else TriggerClaim(trigger, cost, text)


declare(_read_trigger, Named("trigger_claim", _TRIGGER))


def _chain_leader(r: Reader, d: Mapping[str, Any], key: str, path: str) -> bool:
    return r.boolean(d, key, path, True)


declare(_chain_leader, BOOLEAN)


@frozen
class PolicyClaim:
    """A claim of the chain-leader enterprise for the Art. 16 policy subsidy.

    Attributes:
        triggers: the triggers claimed, each with its eligible cost where needed.
        on: the claim's date; the calendar's ``policy_claims`` day of the year when None.
        by_chain_leader: whether the claimant is the chain-leader enterprise (Art. 16).
        overlaps: other policies' subsidies for the same item (Art. 23).
    """

    triggers: tuple[TriggerClaim, ...] = attrs.field(converter=_trigger_claims)
    on: date | None = attrs.field(default=None, converter=optional_day)
    by_chain_leader: bool = True
    overlaps: tuple[OtherSubsidy, ...] = attrs.field(default=(), converter=_overlaps)

    def __attrs_post_init__(self) -> None:
        if not self.triggers:
            raise InputError(
                "a claim names at least one trigger (Art. 16)",
                zh="申请须至少列明一项补助情形(第十六条)",
                field="triggers",
            )
        if not isinstance(self.by_chain_leader, bool):
            raise not_a(self.by_chain_leader, TRUE_OR_FALSE, "by_chain_leader")

    def to_data(self) -> dict[str, object]:
        """The claim as plain data."""
        return record_data(self)

    @classmethod
    def from_data(cls, data: object, path: str = "") -> PolicyClaim:
        """Read one claim.

        Every problem is reported in one
        :class:`~cixi_innovation.scenarios.problems.ScenarioError`.
        """
        return read_one(_read_claim, data, path)


_CLAIM: FieldReaders = (
    ("triggers", each(_read_trigger, min_items=1)),
    ("on", Reader.day),
    ("by_chain_leader", _chain_leader),
    ("overlaps", _read_others),
)
_read_claim = item_reader(
    PolicyClaim,
    _CLAIM,
    "policy_claim",
    "A claim of the chain-leader enterprise for the Art. 16 policy subsidy.",
)

_FINDING: FieldReaders = (("item", Reader.name), ("amount", Reader.money), ("note", Reader.text))
_read_finding = item_reader(
    InspectionFinding, _FINDING, "finding", "A finding of the fund-use inspection (Art. 11)."
)
_RESULT = choice(AssessmentResult, ASSESSMENT_RESULT)
_GRADE = choice(PerformanceGrade, PERFORMANCE_GRADE)


# --- the yearly facts -------------------------------------------------------------------


class _Facts:
    """What the yearly facts of the three kinds of platform share: their plain data."""

    __slots__ = ()
    __attrs_attrs__: ClassVar[Any]
    KEYS: ClassVar[tuple[str, ...]]
    READERS: ClassVar[FieldReaders]
    #: the facts of a year in the format
    SHAPE: ClassVar[Named]

    def to_data(self) -> dict[str, object]:
        """The facts given, as plain data (the year is the key of the enclosing mapping)."""
        out = record_data(self)
        del out["year"]
        return out

    @classmethod
    def from_data(cls, data: object, path: str = "", *, year: int = 0) -> Self:
        """Read one year's facts (``year`` is given by the enclosing mapping's key)."""
        return record_from_data(cls, data, path, year)


@frozen
class ComplexYearFacts(_Facts):
    """What is given for one Complex in one calendar year (Art. 8-11, 23).

    Every field is optional; an outcome left None is drawn from the probabilities when
    it is needed, or is an error if none is given.

    Attributes:
        year: the calendar year.
        assessment: the result of the Bureau's annual check of the year (Art. 8 ¶1).
        higher_level_evaluation: the higher level's annual evaluation of the year, for a
            Complex at Ningbo level or above (Art. 8 ¶2).
        appraisal: the grade of the end-of-round appraisal held in the year (Art. 9 ¶1).
        indicators: the core indicators at the end of the round (Art. 9); scored with
            the scenario's scorer against the plan's commitments when no grade is given.
        requested: the operating subsidy requested for the year (Art. 10); the spec's
            ``requested_subsidy`` when None.
        spending: the year's spending by expense category (Art. 10); the spec's
            ``spending`` when None.
        findings: the fund-use inspection's findings on the year's spending (Art. 11).
        carried_over: higher-level funds carried over into the year (Art. 10, TN 10.3).
        higher_level_in_year: higher-level funds received in the year (Art. 10, TN 10.3).
        overlaps: other policies' subsidies for the year's operating costs (Art. 23).
    """

    year: int = attrs.field(validator=year_validator)
    assessment: AssessmentResult | None = attrs.field(default=None, converter=_optional_result)
    higher_level_evaluation: PerformanceGrade | None = attrs.field(
        default=None, converter=_optional_grade
    )
    appraisal: PerformanceGrade | None = attrs.field(default=None, converter=_optional_grade)
    indicators: CoreIndicators | None = attrs.field(default=None, converter=_optional_indicators)
    requested: Decimal | None = attrs.field(default=None, converter=optional_money)
    spending: tuple[Expense, ...] | None = attrs.field(default=None, converter=spending_or_none)
    findings: tuple[InspectionFinding, ...] = attrs.field(default=(), converter=_findings)
    carried_over: Decimal = attrs.field(default=ZERO, converter=_money)
    higher_level_in_year: Decimal = attrs.field(default=ZERO, converter=_money)
    overlaps: tuple[OtherSubsidy, ...] = attrs.field(default=(), converter=_overlaps)

    READERS: ClassVar[FieldReaders] = (
        ("assessment", _RESULT),
        ("higher_level_evaluation", _GRADE),
        ("appraisal", _GRADE),
        ("requested", Reader.money),
        ("findings", each(_read_finding)),
        ("carried_over", Reader.amount),
        ("higher_level_in_year", Reader.amount),
        ("overlaps", _read_others),
        ("indicators", present(read_indicators)),
        ("spending", read_spending),
    )


@frozen
class ConsortiumYearFacts(_Facts):
    """What is given for one Consortium in one calendar year (Art. 15-16, 23).

    Attributes:
        year: the calendar year.
        acceptance: the result of the final acceptance held in the year (Art. 15).
        claims: the Art. 16 claims of the year.
    """

    year: int = attrs.field(validator=year_validator)
    acceptance: AssessmentResult | None = attrs.field(default=None, converter=_optional_result)
    claims: tuple[PolicyClaim, ...] = attrs.field(default=(), converter=_policy_claims)

    READERS: ClassVar[FieldReaders] = (
        ("acceptance", _RESULT),
        ("claims", each(_read_claim)),
    )


@frozen
class CenterYearFacts(_Facts):
    """What is given for one Innovation Center in one calendar year (Art. 20-21, 23).

    Attributes:
        year: the calendar year.
        mid_term: the grade of the mid-term evaluation held in the year (Art. 21).
        final_acceptance: the result of the end-of-period check held in the year (Art. 21).
        higher_level_subsidy: the higher-level fiscal subsidy received in the year, the
            base of the Cixi matching (Art. 20 ¶1).
        overlaps: other policies' subsidies for the same item as the matching (Art. 23).
    """

    year: int = attrs.field(validator=year_validator)
    mid_term: PerformanceGrade | None = attrs.field(default=None, converter=_optional_grade)
    final_acceptance: AssessmentResult | None = attrs.field(
        default=None, converter=_optional_result
    )
    higher_level_subsidy: Decimal | None = attrs.field(default=None, converter=optional_money)
    overlaps: tuple[OtherSubsidy, ...] = attrs.field(default=(), converter=_overlaps)

    READERS: ClassVar[FieldReaders] = (
        ("mid_term", _GRADE),
        ("final_acceptance", _RESULT),
        ("higher_level_subsidy", Reader.money),
        ("overlaps", _read_others),
    )


#: The yearly facts of one platform, whichever its kind.
YearFacts = ComplexYearFacts | ConsortiumYearFacts | CenterYearFacts

for _facts, _name, _description in (
    (ComplexYearFacts, "complex_year", "What is given for a Complex in one year (Art. 8-11, 23)."),
    (
        ConsortiumYearFacts,
        "consortium_year",
        "What is given for a Consortium in one year (Art. 15-16, 23).",
    ),
    (
        CenterYearFacts,
        "center_year",
        "What is given for an Innovation Center in one year (Art. 20-21, 23).",
    ),
):
    # the keys of a year's mapping: the fields but the year, which is the mapping's key
    _facts.KEYS = record_keys(_facts, _facts.READERS)
    _facts.SHAPE = Named(_name, record_shape(_facts, _facts.READERS, _description))
