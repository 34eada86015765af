"""第五章 附则 — overlapping subsidies: the higher applies, without duplication (Art. 23).

第二十三条 本办法补助资金涉及与其他市本级政策或上级补助政策相重复的按照“就高不重复”的原则。

For the same item only the highest of the applicable subsidies is granted, never their
sum.  What counts as "the same item" is not defined (TN 23.1): the caller names the item
of each :class:`Candidate` with a key, and candidates with the same key overlap;
different keys are different items.  On a tie the candidate listed first is chosen.

The Cixi matching of Art. 20, which the higher-level rules themselves require, is read
as not overlapping the higher-level grant it matches (TN 23.1, "the natural reading"):
:class:`MatchingReading` names that default and the alternative.

>>> from datetime import date
>>> from cixi_innovation.rules.overlap import Candidate, PolicySource, resolve_overlap
>>> d = resolve_overlap(
...     [
...         Candidate(PolicySource.THESE_MEASURES, "Art. 16", "lab-equipment-2026", 300000),
...         Candidate(PolicySource.HIGHER_LEVEL_POLICY, "Ningbo R&D", "lab-equipment-2026", 450000),
...     ],
...     on=date(2026, 9, 1),
... )
>>> d.amount("granted"), d.amount("not_duplicated")
(Decimal('450000.00'), Decimal('300000.00'))
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from typing import Final

import attrs

from cixi_innovation.law.measures import MEASURES, ForceCheck, Measures
from cixi_innovation.law.registry import implements
from cixi_innovation.rules._common import Ruling, choice, intake_items, need_text
from cixi_innovation.values._attrs import frozen
from cixi_innovation.values.citations import Citation
from cixi_innovation.values.decisions import Decision, Reason
from cixi_innovation.values.errors import InputError
from cixi_innovation.values.money import ZERO, to_money
from cixi_innovation.values.vocabulary import Label, LabelledEnum

__all__ = [
    "Candidate",
    "MatchingReading",
    "OverlapGroup",
    "OverlapOutcome",
    "PolicySource",
    "overlap_groups",
    "resolve_overlap",
]

ART_20: Final = Citation.article(20, 1)
ART_23: Final = Citation.article(23)
_ART_23: Final = (ART_23,)
_ART_20_23: Final = (ART_20, ART_23)
_NO_ITEM: Final = Label("item", "候选项须有事项键", "a candidate needs an item key")
_NO_CANDIDATE: Final = Label("candidates", "请至少给出一个候选项", "give at least one candidate")


class OverlapOutcome:
    """The outcome label of :func:`resolve_overlap`."""

    #: Every item resolved: the highest candidate of each item is granted.
    RESOLVED: Final = Label("resolved", "就高不重复", "the higher applies, without duplication")
    #: No item has a candidate under these Measures: Art. 23 concerns none of them.
    OUTSIDE: Final = Label("outside", "不属于本办法调整范围", "outside these Measures")


@implements("Art. 23")
class PolicySource(LabelledEnum, noun="政策来源"):
    """Where a candidate subsidy comes from (Art. 23)."""

    #: a subsidy under these Measures (本办法补助资金).
    THESE_MEASURES = ("these_measures", "本办法", "these Measures")
    #: another policy at Cixi municipal level (其他市本级政策).
    OTHER_CIXI_POLICY = (
        "other_cixi_policy",
        "其他市本级政策",
        "another Cixi municipal-level policy",
    )
    #: a Ningbo, provincial or national subsidy policy (上级补助政策).
    HIGHER_LEVEL_POLICY = ("higher_level_policy", "上级补助政策", "a higher-level subsidy policy")


@implements("Art. 23", "Art. 20 ¶1", note="Art. 20 matching is not an overlap (TN 23.1)")
class MatchingReading(LabelledEnum, noun="配套资金的解读"):
    """Whether the Cixi matching of Art. 20 overlaps the higher-level grant (TN 23.1)."""

    #: (default) the matching is expressly provided for and required by the higher-level
    #: rules: it is granted in addition to the higher-level grant, not compared with it.
    NOT_AN_OVERLAP = (
        "not_an_overlap",
        "第二十条的市级配套不属于重复补助",
        "Art. 20 matching is not an overlap",
    )
    #: the matching competes with the other candidates of its item like any subsidy.
    COUNTS_AS_OVERLAP = (
        "counts_as_overlap",
        "第二十条的市级配套按重复补助就高",
        "Art. 20 matching counts as an overlap",
    )


def _source(value: object) -> PolicySource:
    return choice(PolicySource, value, field="source", article=ART_23)


def _text(value: object, field: str) -> str:
    if not isinstance(value, str):
        raise InputError(
            f"{value!r} is not a text", zh=f"{value!r} 不是文本", field=field, article=ART_23
        )
    return value


def _policy(value: object) -> str:
    return _text(value, "policy")


def _item(value: object) -> str:
    return _text(value, "item")


def _amount(value: object) -> Decimal:
    # Mutation testing: dropping field is equivalent: to_money's default field is 'amount'
    return to_money(value, field="amount", article=ART_23)


@implements("Art. 23")
@frozen
class Candidate:
    """A subsidy one policy would grant for an item.

    Attributes:
        source: these Measures, another Cixi municipal-level policy or a higher-level policy.
        policy: the policy's name (shown in the decision).
        item: the key of the item subsidised; candidates with the same key overlap.
        amount: the amount that policy would grant, in yuan.
        art20_matching: True for the Cixi matching of a higher-level grant (Art. 20 ¶1).
    """

    source: PolicySource = attrs.field(converter=_source)
    policy: str = attrs.field(converter=_policy)
    item: str = attrs.field(converter=_item)
    amount: Decimal = attrs.field(converter=_amount)
    art20_matching: bool = False

    def __attrs_post_init__(self) -> None:
        need_text(self.item, _NO_ITEM, field="item", article=ART_23)
        if self.art20_matching and self.source is not PolicySource.THESE_MEASURES:
            raise InputError(
                "Art. 20 matching is a subsidy under these Measures",
                zh="第二十条的配套属于本办法的补助",
                field="art20_matching",
                article=ART_20,
            )


@frozen
class OverlapGroup:
    """The candidates for one item and the one chosen.

    Attributes:
        item: the item key.
        candidates: the candidates that overlap, in the order listed.
        chosen: the highest of them (the first listed on a tie).
        matching: Art. 20 matching candidates granted in addition (default reading).
    """

    item: str
    candidates: tuple[Candidate, ...]
    chosen: Candidate
    matching: tuple[Candidate, ...] = ()

    @property
    def granted(self) -> Decimal:
        """The chosen amount plus any matching granted in addition."""
        return self.chosen.amount + sum((m.amount for m in self.matching), ZERO)


def _by_item(candidates: Iterable[Candidate]) -> dict[str, list[Candidate]]:
    """The candidates grouped by item, in order of first appearance."""
    listed = intake_items(
        candidates, Candidate, field="candidates", article=ART_23, empty=_NO_CANDIDATE
    )
    by_item: dict[str, list[Candidate]] = {}
    for candidate in listed:
        by_item.setdefault(candidate.item, []).append(candidate)
    return by_item


def _outside(members: Iterable[Candidate]) -> bool:
    """True for an item with no candidate under these Measures: Art. 23 does not concern it."""
    return all(c.source is not PolicySource.THESE_MEASURES for c in members)


def _listing(candidates: Iterable[Candidate]) -> Label:
    """The candidates as one reason parameter, in both languages."""
    listed = tuple(candidates)
    # Mutation testing: the code of a label used only as a reason parameter is never shown
    return Label(
        "listing",
        ";".join(f"{c.source.zh}“{c.policy}”{c.amount:,.2f}元" for c in listed),
        "; ".join(f"{c.source.en} '{c.policy}' CNY {c.amount:,.2f}" for c in listed),
    )


def _choose(item: str, members: list[Candidate], reading: MatchingReading) -> OverlapGroup:
    extra: tuple[Candidate, ...] = ()
    competing = members
    if reading is MatchingReading.NOT_AN_OVERLAP:
        extra = tuple(c for c in members if c.art20_matching)
        competing = [c for c in members if not c.art20_matching]
        if not competing:  # matching alone: nothing to compare it with
            competing, extra = [extra[0]], extra[1:]
    chosen = competing[0]
    for candidate in competing[1:]:
        if candidate.amount > chosen.amount:
            chosen = candidate
    return OverlapGroup(item, tuple(competing), chosen, extra)


def overlap_groups(
    candidates: Iterable[Candidate],
    *,
    matching: MatchingReading | str = MatchingReading.NOT_AN_OVERLAP,
) -> tuple[OverlapGroup, ...]:
    """Group ``candidates`` by item, in order of first appearance, and choose the highest of each.

    An item with no candidate under these Measures is left out: Art. 23 governs overlaps
    of these Measures' subsidy funds with other policies, and such an item has none.

    Raises:
        InputError: no candidates, or an item that is not a :class:`Candidate`.
    """
    by_item = _by_item(candidates)
    reading = choice(MatchingReading, matching, field="matching", article=ART_23)
    return tuple(
        _choose(item, members, reading)
        for item, members in by_item.items()
        if not _outside(members)
    )


implements("Art. 23", note="the higher applies, without duplication")(overlap_groups)


def resolve_overlap(
    candidates: Iterable[Candidate],
    *,
    on: date,
    matching: MatchingReading | str = MatchingReading.NOT_AN_OVERLAP,
    force: ForceCheck | str = ForceCheck.REFUSE,
    measures: Measures = MEASURES,
    subject: str = "",
) -> Decision:
    """Art. 23: for each item, grant the highest candidate, never the sum.

    "本办法补助资金涉及与其他市本级政策或上级补助政策相重复的按照“就高不重复”的原则。"

    Args:
        candidates: the subsidies the policies would grant, each for a named item.
        on: the date of the decision.
        matching: whether Art. 20 matching counts as an overlap (not by default).
        force: refuse or flag a date outside the Measures' force (Art. 24).
        measures: the Measures whose force is checked, counted under their readings (Art. 24).
        subject: an identifier of the beneficiary.

    Returns:
        A decision with amount ``granted`` (the total), ``granted.<item>`` per item,
        ``sum_of_candidates`` and ``not_duplicated`` (what "不重复" saves), and one reason per
        item listing every candidate and the one chosen.

    Raises:
        InputError: see :func:`overlap_groups`.
    """
    ruling = Ruling.open("overlap.resolve_overlap", on, force, subject, measures)
    by_item = _by_item(candidates)
    reading = choice(MatchingReading, matching, field="matching", article=ART_23)
    amounts: dict[str, Decimal] = {}
    reasons: list[Reason] = []
    total = every = ZERO
    for item, members in by_item.items():
        if _outside(members):
            reasons.append(
                Reason.of(
                    _ART_23,
                    zh="项目“{item}”仅有其他政策的补助({listing}),不涉及本办法补助资金,"
                    "不属于本办法调整范围,本决定不予处理。",
                    en="Item '{item}' has subsidies under other policies only ({listing}); "
                    "it involves no subsidy funds of these Measures, so it is outside these "
                    "Measures and this decision does not decide it.",
                    item=item,
                    listing=_listing(members),
                )
            )
            continue
        group = _choose(item, members, reading)
        amounts[f"granted.{group.item}"] = group.granted
        total += group.granted
        # Mutation testing: dropping either ZERO is equivalent: an int 0 added to Decimals in fen changes nothing
        every += sum((c.amount for c in group.candidates), ZERO) + sum(
            (m.amount for m in group.matching), ZERO
        )
        chosen = group.chosen
        if len(group.candidates) > 1:
            reasons.append(
                Reason.of(
                    _ART_23,
                    zh="项目“{item}”存在重复补助:{listing};按“就高不重复”给予{source}“{policy}”"
                    "{amount:money}。",
                    en="Item '{item}' overlaps: {listing}; the higher applies without "
                    "duplication: {source} '{policy}', {amount:money}.",
                    item=group.item,
                    listing=_listing(group.candidates),
                    source=chosen.source,
                    policy=chosen.policy,
                    amount=chosen.amount,
                )
            )
        else:
            reasons.append(
                Reason.of(
                    _ART_23,
                    zh="项目“{item}”仅有{source}“{policy}”{amount:money},不存在重复。",
                    en="Item '{item}' has one subsidy only, {source} '{policy}' "
                    "({amount:money}); no overlap.",
                    item=group.item,
                    source=chosen.source,
                    policy=chosen.policy,
                    amount=chosen.amount,
                )
            )
        for extra in group.matching:
            reasons.append(
                Reason.of(
                    _ART_20_23,
                    zh="项目“{item}”的市级经费配套“{policy}”{amount:money}系第二十条按上级要求给予,"
                    "不属于重复补助,一并给予。",
                    en="The Cixi matching '{policy}' ({amount:money}) for item '{item}' is "
                    "provided by Art. 20 as the higher level requires; it is not an overlap "
                    "and is granted in addition.",
                    item=group.item,
                    policy=extra.policy,
                    amount=extra.amount,
                )
            )
    # the amounts so far are those of the items under these Measures
    outcome = OverlapOutcome.RESOLVED if amounts else OverlapOutcome.OUTSIDE
    amounts["granted"] = total
    amounts["sum_of_candidates"] = every
    amounts["not_duplicated"] = every - total
    return ruling.decide(outcome, amounts, reasons)


implements("Art. 23", note="the higher applies, without duplication")(resolve_overlap)
