"""Decisions explain themselves in zh and en, cite articles, and round-trip through JSON."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from fractions import Fraction

import pytest

from cixi_innovation.values.citations import Citation, cites
from cixi_innovation.values.decisions import SCHEMA_VERSION, Decision, DecisionFormatError, Reason
from cixi_innovation.values.errors import InputError
from cixi_innovation.values.vocabulary import Label, Level

CAPPED = Label("capped", "按上限核定", "capped at the cap")


def _decision(in_force: bool = True) -> Decision:
    return Decision(
        rule="complex.operating_subsidy",
        on=date(2026, 3, 1),
        outcome=CAPPED,
        amounts={"claimed": Decimal("600000.00"), "granted": Decimal("500000.00")},
        reasons=(
            Reason.of(
                cites("Art. 10"),
                zh="申请{claimed:money},超过每年最高{cap:money}。",
                en="{claimed:money} claimed exceeds the annual cap of {cap:money}.",
                claimed=Decimal("600000.00"),
                cap=Decimal("500000.00"),
            ),
            Reason.of(
                cites("Art. 8 ¶2", "Art. 10"),
                zh="该综合体为{level},薪酬上限为{share:ratio},见{art}。",
                en="The Complex is at {level}; the salary share is {share}; see {art}.",
                level=Level.NINGBO,
                share=Fraction(1, 3),
                art=Citation.article(10),
            ),
        ),
        subject="complex-1",
        in_force=in_force,
    )


def test_reasons_render_in_both_languages_with_formatted_values() -> None:
    decision = _decision()
    assert [r.en for r in decision.reasons] == [
        "CNY 600,000.00 claimed exceeds the annual cap of CNY 500,000.00.",
        "The Complex is at Ningbo municipal level; the salary share is 1/3; see Art. 10.",
    ]
    assert [r.zh for r in decision.reasons] == [
        "申请600,000.00 元(60 万元),超过每年最高500,000.00 元(50 万元)。",
        "该综合体为宁波市级,薪酬上限为1/3,见第十条。",
    ]


def test_reasons_fill_any_template_a_string_formatter_fills() -> None:
    # Fields beyond a name and a spec: a conversion, an attribute, an index, a nested spec.
    reason = Reason.of(
        cites("Art. 10"),
        zh="{level}:{day.year}年,{names[1]},{n!r},{n:>{width}}",
        en="{level}: {day.year}, {names[1]}, {n!r}, {n:>{width}}",
        level=Level.NINGBO,
        day=date(2026, 3, 1),
        names=("a", "b"),  # type: ignore[arg-type]
        n=7,
        width=3,
    )
    assert reason.zh == "宁波市级:2026年,b,7,  7"
    assert reason.en == "Ningbo municipal level: 2026, b, 7,   7"


def test_a_template_names_its_missing_field() -> None:
    reason = Reason.of(cites("Art. 10"), zh="{cap:money}", en="{cap:money}", amount=Decimal(1))
    with pytest.raises(KeyError, match="cap"):
        _ = reason.en


def test_articles_are_collected_in_order_without_repeats() -> None:
    assert _decision().articles == (Citation.article(10), Citation.article(8, 2))


def test_explain_in_english_and_chinese() -> None:
    assert _decision().explain("en") == "\n".join(
        [
            "2026-03-01 complex.operating_subsidy [complex-1]: capped at the cap",
            "  claimed: CNY 600,000.00",
            "  granted: CNY 500,000.00",
            "  - CNY 600,000.00 claimed exceeds the annual cap of CNY 500,000.00. [Art. 10]",
            "  - The Complex is at Ningbo municipal level; the salary share is 1/3; "
            "see Art. 10. [Art. 8 ¶2, Art. 10]",
        ]
    )
    zh = _decision(in_force=False).explain("zh").splitlines()
    assert zh[0] == "2026-03-01 complex.operating_subsidy [complex-1]: 按上限核定"
    assert zh[1] == "  ! 该日期不在本办法有效期内(第二十四条)"
    assert zh[-1] == "  - 该综合体为宁波市级,薪酬上限为1/3,见第十条。 [第八条第二款、第十条]"
    assert str(_decision()) == _decision().explain("en")


def test_amount_lookup_names_what_exists() -> None:
    decision = _decision()
    assert decision.amount("granted") == Decimal("500000.00")
    with pytest.raises(InputError) as info:
        decision.amount("advance")
    assert str(info.value) == (
        "advance: decision complex.operating_subsidy has no amount 'advance' "
        "(it has: claimed, granted)"
    )


def test_amounts_are_read_only() -> None:
    with pytest.raises(TypeError):
        _decision().amounts["granted"] = Decimal(0)  # type: ignore[index]


def test_json_export_has_a_schema_version_and_round_trips() -> None:
    decision = _decision(in_force=False)
    data = json.loads(decision.to_json())
    assert data["schema_version"] == SCHEMA_VERSION == "1"
    assert data["amounts"] == {"claimed": "600000.00", "granted": "500000.00"}
    assert data["articles"] == ["Art. 10", "Art. 8 ¶2"]
    assert data["outcome"] == {"code": "capped", "zh": "按上限核定", "en": "capped at the cap"}
    assert data["in_force"] is False
    loaded = Decision.from_json(decision.to_json(indent=2))
    assert loaded == decision
    assert loaded.explain("zh") == decision.explain("zh")


def test_reason_text_with_braces_survives_the_round_trip() -> None:
    reason = Reason.of(cites("Art. 23"), zh="就高{{不重复}}", en="take the {{highest}}")
    assert Reason.from_dict(reason.to_dict()) == reason
    assert Reason.from_dict(reason.to_dict()).en == "take the {highest}"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[]", "schema_version: unsupported decision schema version None (expected '1')"),
        (
            '{"schema_version": "2"}',
            "schema_version: unsupported decision schema version '2' (expected '1')",
        ),
        ('{"schema_version": "1"}', "not a decision document: KeyError('outcome')"),
        (
            "{",
            "not JSON: Expecting property name enclosed in double quotes: line 1 column 2 (char 1)",
        ),
    ],
)
def test_malformed_decision_documents_are_refused(text: str, message: str) -> None:
    with pytest.raises(DecisionFormatError) as info:
        Decision.from_json(text)
    assert str(info.value) == message


def test_reasons_hash_by_citation_and_compare_by_text() -> None:
    a = Reason.of(cites("Art. 9"), zh="差", en="poor")
    b = Reason.of(cites("Art. 9"), zh="{x}", en="{y}", x="差", y="poor")
    assert a == b
    assert hash(a) == hash(b)
    assert a != "poor"
    assert a.render("zh", with_citations=False) == "差"


def _plain_decision(**amounts: Decimal) -> Decision:
    return Decision("r.x", date(2026, 3, 1), CAPPED, amounts)


def test_a_decision_reads_its_fields_by_name() -> None:
    decision = _decision(in_force=False)
    assert decision.rule == "complex.operating_subsidy"
    assert decision.on == date(2026, 3, 1)
    assert decision.outcome is CAPPED
    assert dict(decision.amounts) == {
        "claimed": Decimal("600000.00"),
        "granted": Decimal("500000.00"),
    }
    assert list(decision.amounts) == ["claimed", "granted"]
    assert len(decision.reasons) == 2
    assert decision.subject == "complex-1"
    assert decision.in_force is False


def test_a_decision_with_no_amounts_has_an_empty_mapping() -> None:
    decision = Decision("r.x", date(2026, 3, 1), CAPPED)
    assert dict(decision.amounts) == {}
    assert decision.reasons == ()
    assert decision.subject == ""
    assert decision.in_force is True
    with pytest.raises(InputError, match=r"has no amount 'granted' \(it has: none\)"):
        decision.amount("granted")


def test_decisions_compare_their_amounts_as_mappings_whatever_their_order() -> None:
    one = _plain_decision(a=Decimal("1.00"), b=Decimal("2.00"))
    other = _plain_decision(b=Decimal("2.00"), a=Decimal("1.00"))
    assert one == other
    assert (one != other) is False
    assert hash(one) == hash(other)
    assert len({one, other}) == 1
    assert one != _plain_decision(a=Decimal("1.00"), b=Decimal("3.00"))
    assert one != _plain_decision(a=Decimal("1.00"))
    assert one != one.replace(subject="CX-01")


def test_a_decision_never_equals_a_plain_tuple_or_another_type() -> None:
    decision = _plain_decision(a=Decimal("1.00"))
    assert decision != tuple(decision)
    assert tuple(decision) != decision
    assert decision != "r.x"
    assert decision.__eq__("r.x") is NotImplemented
    assert decision.__ne__("r.x") is NotImplemented


@pytest.mark.parametrize("compare", ["<", "<=", ">", ">="])
def test_decisions_are_not_ordered(compare: str) -> None:
    one, other = _plain_decision(), _plain_decision(a=Decimal("1.00"))
    with pytest.raises(TypeError, match="not supported between instances of 'Decision'"):
        eval(f"one {compare} other", {"one": one, "other": other})


def test_a_decision_is_immutable() -> None:
    decision = _decision()
    with pytest.raises(AttributeError):
        decision.rule = "other"  # type: ignore[misc]
    with pytest.raises(AttributeError):
        decision.note = "other"  # type: ignore[attr-defined]
    amounts = {"a": Decimal("1.00")}
    kept = Decision("r.x", date(2026, 3, 1), CAPPED, amounts)
    amounts["a"] = Decimal("9.00")
    assert kept.amount("a") == Decimal("1.00")


def test_replace_changes_the_named_fields_and_refuses_unknown_ones() -> None:
    decision = _decision()
    changed = decision.replace(subject="CX-02", amounts={"granted": Decimal("1.00")})
    assert changed.subject == "CX-02"
    assert dict(changed.amounts) == {"granted": Decimal("1.00")}
    assert changed.reasons == decision.reasons
    assert decision.subject == "complex-1"
    assert decision.replace() == decision
    with pytest.raises(InputError) as info:
        decision.replace(amount=Decimal("1.00"))
    assert str(info.value) == (
        "amount: a decision has no field 'amount' (its fields: "
        "rule, on, outcome, amounts, reasons, subject, in_force)"
    )


def test_a_decision_copies_and_pickles_equal() -> None:
    import copy
    import pickle

    decision = _decision(in_force=False)
    for loaded in (
        copy.copy(decision),
        copy.deepcopy(decision),
        pickle.loads(pickle.dumps(decision)),
    ):
        assert type(loaded) is Decision
        assert loaded == decision
        assert loaded.explain("zh") == decision.explain("zh")


def test_a_decision_shows_its_fields_in_its_repr() -> None:
    decision = _plain_decision(granted=Decimal("1.00"))
    assert repr(decision) == (
        "Decision(rule='r.x', on=datetime.date(2026, 3, 1), "
        f"outcome={CAPPED!r}, amounts={{'granted': Decimal('1.00')}}, "
        "reasons=(), subject='', in_force=True)"
    )


def test_a_decision_matches_by_its_field_names() -> None:
    match _plain_decision(granted=Decimal("1.00")):
        case Decision(rule="r.x", amounts={"granted": granted}, in_force=True):
            assert granted == Decimal("1.00")
        case _:  # pragma: no cover - the case above matches
            pytest.fail("the decision did not match its fields")


def test_a_decision_given_as_amounts_is_refused_naming_the_field() -> None:
    decision = _plain_decision()
    with pytest.raises(InputError) as info:
        Decision("r.x", date(2026, 3, 1), CAPPED, decision)  # type: ignore[arg-type]
    assert str(info.value) == "amounts: amounts must be a mapping of names to amounts"
