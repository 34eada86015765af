"""The values and readings the Measures leave to the caller (调用方输入).

:class:`Inputs` holds the Art. 10 advance and settlement link, the Art. 16 schedule, the
Art. 20 matching ratio, the Art. 22 scoring thresholds and the named readings of the rules.
Each is None by default; a simulation that needs one raises
:class:`~cixi_innovation.values.errors.MissingInputError` citing the article, and only then.
"""

from __future__ import annotations

from collections.abc import Mapping
from fractions import Fraction
from typing import Any, Final

import attrs

from cixi_innovation.law.indicators import Indicator
from cixi_innovation.law.nouns import type_nouns
from cixi_innovation.rules.consortium_support import (
    PolicySubsidySchedule,
    SubsidyCountReading,
    SubsidyTrigger,
    TriggerTerms,
)
from cixi_innovation.rules.evaluations import ThresholdScorer
from cixi_innovation.rules.overlap import MatchingReading as OverlapMatchingReading
from cixi_innovation.rules.subsidy import ART_10, CarryOverReading
from cixi_innovation.rules.subsidy_expenses import RemunerationBase
from cixi_innovation.rules.subsidy_settlement import (
    SETTLEMENT_LINKS,
    AdvanceRule,
    NamedSettlementLink,
    ResultShares,
)
from cixi_innovation.scenarios._format import (
    MONEY,
    RATIO,
    SHARE,
    Key,
    Shape,
    codes,
    enum,
    names_of,
    one_of,
)
from cixi_innovation.scenarios._plain import Reader, join_path
from cixi_innovation.scenarios._spellings import money_spelling, ratio_spelling, spelled_ratio
from cixi_innovation.scenarios.problems import Problem, ScenarioError
from cixi_innovation.values._attrs import frozen
from cixi_innovation.values.errors import InputError

__all__ = ["INPUTS_FORMAT", "SCENARIO_REMUNERATION_BASES", "Inputs", "SettlementLinkInput"]


#: A settlement link the scenario can hold: a named link or shares per result (Art. 10).
SettlementLinkInput = NamedSettlementLink | ResultShares


def _advance_data(rule: AdvanceRule) -> dict[str, str]:
    if rule.share is not None:
        return {"share": str(rule.share)}
    return {"fixed": str(rule.fixed)}


def _terms_data(terms: TriggerTerms) -> dict[str, str]:
    out: dict[str, str] = {}
    if terms.amount is not None:
        out["amount"] = str(terms.amount)
    if terms.rate is not None:
        out["rate"] = str(terms.rate)
    if terms.cap is not None:
        out["cap"] = str(terms.cap)
    return out


_NONE_THRESHOLD: Final = "none"


def _check_inputs_types(inputs: Inputs) -> None:
    checks: tuple[tuple[str, object, tuple[type, ...]], ...] = (
        ("advance", inputs.advance, (AdvanceRule,)),
        ("settlement_link", inputs.settlement_link, (NamedSettlementLink, ResultShares)),
        ("policy_subsidy_schedule", inputs.policy_subsidy_schedule, (PolicySubsidySchedule,)),
        ("scorer", inputs.scorer, (ThresholdScorer,)),
    )
    for name, value, types in checks:
        if value is not None and not isinstance(value, types):
            what, what_zh = " or ".join(t.__name__ for t in types), type_nouns(types)
            raise InputError(
                f"{value!r} is not a {what}",
                zh=f"{value!r} 不是{what_zh}",
                field=name,
            )
    link = inputs.settlement_link
    if isinstance(link, NamedSettlementLink) and SETTLEMENT_LINKS.get(link.label.code) is not link:
        raise InputError(
            f"{link.label.code!r} is not one of the named settlement links "
            f"({', '.join(SETTLEMENT_LINKS)}); a scenario holds named links or ResultShares",
            zh=f"{link.label.code!r} 不是具名的结算挂钩方式({'、'.join(SETTLEMENT_LINKS)});"
            "情景只载录具名的挂钩方式或 ResultShares",
            field="settlement_link",
        )


def _optional_ratio(value: object) -> Fraction | None:
    return None if value is None else spelled_ratio(value, "matching_ratio")


def _carry_over(value: object) -> CarryOverReading | None:
    return None if value is None else CarryOverReading.parse(value, field="carry_over")


#: The readings of the one-third base a scenario may choose (TN 10.5): a scenario's years
#: give no settled amount, and the simulation settles each year itself, so it cannot
#: supply the amount as decided without deriving it from the check it bounds.
SCENARIO_REMUNERATION_BASES: Final = tuple(
    base for base in RemunerationBase if base is not RemunerationBase.SETTLED_AMOUNT
)


def _scenario_base(value: object, *, field: str = "remuneration_base") -> RemunerationBase:
    base = RemunerationBase.parse(value, field=field)
    if base not in SCENARIO_REMUNERATION_BASES:
        raise InputError(
            "not yet supported in a scenario: the one-third limit read on the amount finally "
            "settled (TN 10.5); choose granted_subsidy, advanced_amount or annual_cap",
            zh="情景尚不支持按最终结算额计算三分之一限额(TN 10.5);"
            "请选 granted_subsidy、advanced_amount 或 annual_cap",
            field=field,
            article=ART_10,
        )
    return base


def _remuneration_base(value: object) -> RemunerationBase | None:
    return None if value is None else _scenario_base(value)


def _subsidy_count(value: object) -> SubsidyCountReading | None:
    return None if value is None else SubsidyCountReading.parse(value, field="subsidy_count")


def _overlap_matching(value: object) -> OverlapMatchingReading | None:
    if value is None:
        return None
    return OverlapMatchingReading.parse(value, field="overlap_matching")


@frozen
class Inputs:
    """The values and readings the Measures leave open, as the scenario gives them.

    Every field is None by default.  A value left None is asked for (with
    :class:`~cixi_innovation.values.errors.MissingInputError` citing its article) only when a
    platform of the scenario needs it; a reading left None takes the rule's default
    reading.

    Attributes:
        advance: how much of the year's subsidy is advanced (Art. 10, TN 10.6).
        settlement_link: how the settlement is linked to the annual check (Art. 10).
        policy_subsidy_schedule: the amounts of the Art. 16 policy subsidy (TN 16.1).
        matching_ratio: the proportion of Cixi matching funds (Art. 20, TN 20.1).
        scorer: the Bureau's thresholds for scoring an appraisal on the core
            indicators (Art. 22), used when a year gives indicators and no grade.
        carry_over: the reading of the carry-over exception of Art. 10 (TN 10.3).
        remuneration_base: the base of the one-third limit (Art. 10, TN 10.5); the
            amount finally settled is not yet supported in a scenario.
        subsidy_count: one Art. 16 subsidy per trigger or per claim (TN 16.2).
        overlap_matching: whether Art. 20 matching counts as an overlap (Art. 23, TN 23.1).
    """

    advance: AdvanceRule | None = None
    settlement_link: SettlementLinkInput | None = None
    policy_subsidy_schedule: PolicySubsidySchedule | None = None
    matching_ratio: Fraction | None = attrs.field(default=None, converter=_optional_ratio)
    scorer: ThresholdScorer | None = None
    carry_over: CarryOverReading | None = attrs.field(default=None, converter=_carry_over)
    remuneration_base: RemunerationBase | None = attrs.field(
        default=None, converter=_remuneration_base
    )
    subsidy_count: SubsidyCountReading | None = attrs.field(default=None, converter=_subsidy_count)
    overlap_matching: OverlapMatchingReading | None = attrs.field(
        default=None, converter=_overlap_matching
    )

    def __attrs_post_init__(self) -> None:
        _check_inputs_types(self)

    def to_data(self) -> dict[str, object]:
        """The inputs given, as plain data (None left out)."""
        out: dict[str, object] = {}
        if self.advance is not None:
            out["advance"] = _advance_data(self.advance)
        link = self.settlement_link
        if isinstance(link, NamedSettlementLink):
            out["settlement_link"] = link.label.code
        elif isinstance(link, ResultShares):
            out["settlement_link"] = {
                "qualified": str(link.qualified),
                "unqualified": str(link.unqualified),
            }
        if self.policy_subsidy_schedule is not None:
            schedule: dict[str, object] = {}
            for trigger in SubsidyTrigger:
                terms = getattr(self.policy_subsidy_schedule, trigger.code)
                if terms is not None:
                    schedule[trigger.code] = _terms_data(terms)
            out["policy_subsidy_schedule"] = schedule
        if self.matching_ratio is not None:
            out["matching_ratio"] = str(self.matching_ratio)
        if self.scorer is not None:
            out["scorer"] = {
                "minimum_completion": {
                    i.code: _NONE_THRESHOLD if m is None else str(m)
                    for i, m in self.scorer.minimum_completion
                }
            }
        for name in ("carry_over", "remuneration_base", "subsidy_count", "overlap_matching"):
            value = getattr(self, name)
            if value is not None:
                out[name] = value.code
        return out

    @classmethod
    def from_data(cls, data: object, path: str = "") -> Inputs:
        """Read the inputs.

        Every problem is reported in one
        :class:`~cixi_innovation.scenarios.problems.ScenarioError`.
        """
        r = Reader()
        d = r.shaped(data, path, INPUTS_FORMAT)
        kwargs: dict[str, Any] = {}
        if d is not None:
            if "advance" in d:
                kwargs["advance"] = _read_advance(r, d["advance"], join_path(path, "advance"))
            if "settlement_link" in d:
                kwargs["settlement_link"] = _read_link(
                    r, d["settlement_link"], join_path(path, "settlement_link")
                )
            if "policy_subsidy_schedule" in d:
                kwargs["policy_subsidy_schedule"] = _read_schedule(
                    r, d["policy_subsidy_schedule"], join_path(path, "policy_subsidy_schedule")
                )
            kwargs["matching_ratio"] = r.ratio(d, "matching_ratio", path)
            if "scorer" in d:
                kwargs["scorer"] = _read_scorer(r, d["scorer"], join_path(path, "scorer"))
            kwargs["carry_over"] = r.choice(CarryOverReading, d, "carry_over", path)
            if "remuneration_base" in d:
                where = join_path(path, "remuneration_base")
                kwargs["remuneration_base"] = r.build(
                    where, _scenario_base, d["remuneration_base"], field=where
                )
            kwargs["subsidy_count"] = r.choice(SubsidyCountReading, d, "subsidy_count", path)
            kwargs["overlap_matching"] = r.choice(
                OverlapMatchingReading, d, "overlap_matching", path
            )
        if not r.problems:
            # every value was read and checked above, of the type Inputs checks
            return cls(**kwargs)
        raise ScenarioError(r.problems)


def _read_advance(r: Reader, value: object, path: str) -> AdvanceRule | None:
    d = r.mapping(value, path, names_of(_ADVANCE))
    if d is None:
        return None
    return r.build(
        path,
        lambda: AdvanceRule(
            fixed=money_spelling(d.get("fixed"), join_path(path, "fixed")),
            share=ratio_spelling(d.get("share"), join_path(path, "share")),
        ),
    )


def _read_link(r: Reader, value: object, path: str) -> SettlementLinkInput | None:
    if isinstance(value, str):
        link = SETTLEMENT_LINKS.get(value)
        if link is None:
            r.fail(
                Problem(
                    path,
                    f"{value!r} is not a named settlement link; choose one of: "
                    f"{', '.join(SETTLEMENT_LINKS)}, or give {{qualified, unqualified}} shares "
                    "(Art. 10 第十条)",
                    zh=f"{value!r} 不是具名的结算挂钩方式;可选:{'、'.join(SETTLEMENT_LINKS)},"
                    "或给出 {qualified, unqualified} 份额(第十条)",
                )
            )
        return link
    d = r.shaped(value, path, _SHARES)
    if d is None or "qualified" not in d or "unqualified" not in d:
        return None
    return r.build(
        path,
        lambda: ResultShares(
            ratio_spelling(d["qualified"], join_path(path, "qualified")),
            ratio_spelling(d["unqualified"], join_path(path, "unqualified")),
        ),
    )


def _read_schedule(r: Reader, value: object, path: str) -> PolicySubsidySchedule | None:
    d = r.shaped(value, path, _SCHEDULE)
    if d is None:
        return None
    kwargs: dict[str, TriggerTerms | None] = {}
    for code in _SCHEDULE.names:
        if code not in d:
            continue
        where = join_path(path, code)
        terms = r.mapping(d[code], where, names_of(_TERMS))
        if terms is None:
            continue
        kwargs[code] = r.build(where, _terms, terms, where)
    if r.problems:
        return None
    return PolicySubsidySchedule(**kwargs)


def _terms(terms: Mapping[str, Any], path: str) -> TriggerTerms:
    return TriggerTerms(
        money_spelling(terms.get("amount"), join_path(path, "amount")),
        ratio_spelling(terms.get("rate"), join_path(path, "rate")),
        money_spelling(terms.get("cap"), join_path(path, "cap")),
    )


def _read_scorer(r: Reader, value: object, path: str) -> ThresholdScorer | None:
    d = r.shaped(value, path, _SCORER)
    if d is None or "minimum_completion" not in d:
        return None
    where = join_path(path, "minimum_completion")
    m = r.shaped(d["minimum_completion"], where, _THRESHOLDS)
    if m is None:
        return None
    thresholds: dict[Indicator | str, Fraction | None] = {}
    for indicator in Indicator:
        if indicator.code not in m:
            continue
        raw = m[indicator.code]
        if raw == _NONE_THRESHOLD:
            thresholds[indicator] = None
        else:
            at = join_path(where, indicator.code)
            thresholds[indicator] = r.build(at, spelled_ratio, raw, at)
    if r.problems:
        return None
    return r.build(path, ThresholdScorer, thresholds)


# --- the inputs in a scenario file --------------------------------------------------------

_ADVANCE: Final = (Shape((Key("fixed", MONEY, True),)), Shape((Key("share", SHARE, True),)))
_SHARES: Final = Shape((Key("qualified", SHARE, True), Key("unqualified", SHARE, True)))
_TERMS: Final = (
    Shape((Key("amount", MONEY, True),)),
    Shape((Key("rate", RATIO, True), Key("cap", MONEY))),
)
_SCHEDULE: Final = Shape(
    tuple(
        Key(
            t.code,
            one_of(_TERMS, "A fixed amount, or a rate of the eligible cost with an optional cap."),
        )
        for t in SubsidyTrigger
    ),
    "The amounts of the Art. 16 policy subsidy, per trigger.",
)
_THRESHOLDS: Final = Shape(
    tuple(Key(i.code, {"anyOf": [RATIO, {"const": _NONE_THRESHOLD}]}, True) for i in Indicator)
)
_SCORER: Final = Shape(
    (Key("minimum_completion", _THRESHOLDS, True),),
    "The Bureau's thresholds for scoring an appraisal (Art. 22).",
)

#: The inputs in a scenario file.
INPUTS_FORMAT: Final = Shape(
    (
        Key(
            "advance",
            one_of(
                _ADVANCE,
                "How much of the year's subsidy is advanced (Art. 10): a fixed amount or a "
                "share of the grant.",
            ),
        ),
        Key(
            "settlement_link",
            one_of(
                ({"enum": list(SETTLEMENT_LINKS)}, _SHARES),
                "How the settlement is linked to the annual check (Art. 10): a named link or "
                "the share due for each result.",
            ),
        ),
        Key("policy_subsidy_schedule", _SCHEDULE),
        Key("matching_ratio", RATIO),
        Key("scorer", _SCORER),
        Key(
            "carry_over",
            enum(CarryOverReading, "The reading of the carry-over exception of Art. 10 (TN 10.3)."),
        ),
        Key(
            "remuneration_base",
            {
                "description": "The base of the one-third limit (Art. 10, TN 10.5); "
                "settled_amount is not yet supported in a scenario.",
                "enum": codes(SCENARIO_REMUNERATION_BASES),
            },
        ),
        Key(
            "subsidy_count",
            enum(SubsidyCountReading, "One Art. 16 subsidy per trigger or per claim (TN 16.2)."),
        ),
        Key(
            "overlap_matching",
            enum(
                OverlapMatchingReading,
                "Whether Art. 20 matching counts as an overlap (Art. 23, TN 23.1).",
            ),
        ),
    ),
    "The values and readings the Measures leave open; assumptions of the scenario.",
)
