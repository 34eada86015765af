"""Art. 23: "就高不重复" — the higher applies, without duplication."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from tests.decided import all_amounts, amounts
from tests.raising import raised

from cixi_innovation.law.measures import ForceCheck
from cixi_innovation.rules.overlap import (
    Candidate,
    MatchingReading,
    PolicySource,
    overlap_groups,
    resolve_overlap,
)
from cixi_innovation.values.citations import Citation
from cixi_innovation.values.decisions import Decision
from cixi_innovation.values.errors import FloatMoneyError, InputError, NegativeAmountError

ART_23 = Citation.article(23)
ART_20_1 = Citation.article(20, 1)
ON = date(2026, 9, 1)
OURS = PolicySource.THESE_MEASURES
CIXI = PolicySource.OTHER_CIXI_POLICY
HIGHER = PolicySource.HIGHER_LEVEL_POLICY


def resolve(*candidates: Candidate) -> Decision:
    """The Art. 23 decision on ``candidates``, on ON."""
    return resolve_overlap(candidates, on=ON)


def for_item(item: str, *offers: tuple[PolicySource, str, int]) -> tuple[Candidate, ...]:
    """Candidates for the same ``item``, each given as (source, policy, amount)."""
    return tuple(Candidate(source, policy, item, amount) for source, policy, amount in offers)


#: candidates; every amount of the decision; a reason (its index, English and Chinese text)
RESOLVED = [
    pytest.param(
        for_item(
            "equipment-2026",
            (OURS, "Art. 16", 300000),
            (HIGHER, "Ningbo R&D", 450000),
            (CIXI, "Cixi tech fund", 100000),
        ),
        {
            "granted.equipment-2026": "450000.00",
            "granted": "450000.00",
            "sum_of_candidates": "850000.00",
            "not_duplicated": "400000.00",
        },
        (
            0,
            "Item 'equipment-2026' overlaps: these Measures 'Art. 16' CNY 300,000.00; a "
            "higher-level subsidy policy 'Ningbo R&D' CNY 450,000.00; another Cixi "
            "municipal-level policy 'Cixi tech fund' CNY 100,000.00; the higher applies without "
            "duplication: a higher-level subsidy policy 'Ningbo R&D', CNY 450,000.00.",
            None,
        ),
        id="the-highest-is-granted-not-the-sum",
    ),
    pytest.param(
        # Art. 23 concerns the same item under these Measures and another policy
        (
            Candidate(OURS, "Art. 16", "lab", 300000),
            Candidate(CIXI, "a", "x", 1),
            Candidate(HIGHER, "b", "x", 2),
        ),
        {
            "granted.lab": "300000.00",
            "granted": "300000.00",
            "sum_of_candidates": "300000.00",
            "not_duplicated": "0.00",
        },
        (
            1,
            "Item 'x' has subsidies under other policies only (another Cixi municipal-level "
            "policy 'a' CNY 1.00; a higher-level subsidy policy 'b' CNY 2.00); it involves no "
            "subsidy funds of these Measures, so it is outside these Measures and this "
            "decision does not decide it.",
            "项目“x”仅有其他政策的补助(其他市本级政策“a”1.00元;上级补助政策“b”2.00元),"
            "不涉及本办法补助资金,不属于本办法调整范围,本决定不予处理。",
        ),
        id="an-item-under-other-policies-only-is-outside-these-measures",
    ),
]


@pytest.mark.parametrize(("candidates", "expected", "reason"), RESOLVED)
def test_the_items_of_these_measures_are_resolved(
    candidates: tuple[Candidate, ...],
    expected: dict[str, str],
    reason: tuple[int, str, str | None],
) -> None:
    d = resolve(*candidates)
    assert d.outcome.code == "resolved"
    assert all_amounts(d) == expected
    assert d.articles == (ART_23,)
    index, en, zh = reason
    assert d.reasons[index].en == en
    if zh is not None:
        assert d.reasons[index].zh == zh


class TestResolve:
    def test_different_items_are_not_overlaps(self) -> None:
        d = resolve(
            Candidate(OURS, "Art. 16", "equipment", 300000),
            Candidate(OURS, "Art. 16", "cooperation", 200000),
        )
        assert amounts(d, "granted", "not_duplicated") == ("500000.00", "0.00")
        assert d.reasons[1].en == (
            "Item 'cooperation' has one subsidy only, these Measures 'Art. 16' "
            "(CNY 200,000.00); no overlap."
        )

    def test_a_tie_goes_to_the_first_listed(self) -> None:
        groups = overlap_groups(
            [
                Candidate(CIXI, "first", "x", 100),
                Candidate(OURS, "second", "x", 100),
            ]
        )
        assert groups[0].chosen.policy == "first"

    def test_art_20_matching_is_not_an_overlap_by_default(self) -> None:
        d = resolve(
            Candidate(HIGHER, "Ningbo TIC grant", "tic-2026", 10_000_000),
            Candidate(OURS, "Art. 20 matching", "tic-2026", 5_000_000, art20_matching=True),
        )
        assert amounts(d, "granted", "not_duplicated") == ("15000000.00", "0.00")
        assert d.articles == (ART_23, ART_20_1)

    def test_art_20_matching_as_an_overlap(self) -> None:
        d = resolve_overlap(
            [
                Candidate(HIGHER, "Ningbo TIC grant", "tic-2026", 10_000_000),
                Candidate(OURS, "Art. 20 matching", "tic-2026", 5_000_000, art20_matching=True),
            ],
            on=ON,
            matching=MatchingReading.COUNTS_AS_OVERLAP,
        )
        assert amounts(d, "granted", "not_duplicated") == ("10000000.00", "5000000.00")

    def test_matching_alone_is_granted(self) -> None:
        groups = overlap_groups([Candidate(OURS, "m", "x", 5, art20_matching=True)])
        assert groups[0].granted == Decimal("5.00")

    def test_two_matchings_alone_are_both_granted(self) -> None:
        first = Candidate(OURS, "m1", "x", 5, art20_matching=True)
        second = Candidate(OURS, "m2", "x", 3, art20_matching=True)
        (group,) = overlap_groups([first, second])
        assert group.candidates == (first,)
        assert group.chosen == first
        assert group.matching == (second,)
        assert group.granted == Decimal("8.00")

    def test_a_decision_has_no_subject_unless_given(self) -> None:
        candidate = Candidate(OURS, "Art. 16", "x", 5)
        assert resolve_overlap([candidate], on=ON).subject == ""
        assert resolve_overlap([candidate], on=ON, subject="CX-1").subject == "CX-1"

    def test_a_date_after_the_measures_can_be_flagged(self) -> None:
        d = resolve_overlap(
            [Candidate(OURS, "Art. 16", "x", 5)], on=date(2029, 12, 25), force=ForceCheck.FLAG
        )
        assert d.amount("granted") == Decimal("5.00")
        assert d.in_force is False


class TestInputs:
    def test_no_candidates(self) -> None:
        error = raised(InputError, lambda: resolve_overlap([], on=ON))
        assert str(error) == "candidates: give at least one candidate (Art. 23 第二十三条)"

    def test_an_item_without_a_candidate_under_these_measures_is_not_grouped(self) -> None:
        assert overlap_groups([Candidate(CIXI, "a", "x", 1), Candidate(HIGHER, "b", "x", 2)]) == ()

    def test_a_decision_on_items_under_other_policies_only_is_outside(self) -> None:
        d = resolve_overlap([Candidate(HIGHER, "b", "x", 2)], on=ON)
        assert (d.outcome.code, d.outcome.zh, d.outcome.en) == (
            "outside",
            "不属于本办法调整范围",
            "outside these Measures",
        )
        assert d.amount("granted") == Decimal("0.00")

    def test_matching_is_under_these_measures(self) -> None:
        error = raised(InputError, lambda: Candidate(HIGHER, "m", "x", 1, art20_matching=True))
        assert error.field == "art20_matching"

    def test_a_candidate_needs_an_item(self) -> None:
        error = raised(InputError, lambda: Candidate(OURS, "m", "", 1))
        assert error.field == "item"

    def test_a_float_amount_is_refused(self) -> None:
        assert str(raised(FloatMoneyError, lambda: Candidate(OURS, "m", "x", 1.0))) == (
            "amount: 1.0 is a float; money must be given as int, str or Decimal yuan so that it "
            "stays exact (Art. 23 第二十三条)"
        )

    def test_a_negative_amount_is_refused(self) -> None:
        with pytest.raises(NegativeAmountError):
            Candidate(OURS, "m", "x", -1)

    def test_candidates_must_be_candidates(self) -> None:
        with pytest.raises(InputError) as caught:
            overlap_groups([("x", 1)])  # type: ignore[list-item]
        assert caught.value.field == "candidates[0]"
