"""Arbitrary input to the library's readers of single values: only its own errors come out.

Every reader of a value a caller or a file may give (money, ratios, dates, codes of
enumerations, citations, decision documents, the core indicators, events as plain
data) either returns a valid value or raises a :class:`~cixi_innovation.values.errors.CixiError`
subclass that its docstring names -- never ``KeyError``, ``TypeError``,
``AttributeError``, ``RecursionError`` or another error of Python's own, and never
after hanging on an absurd number.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from fractions import Fraction
from typing import Any, TypeVar

import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from tests.strategies import (
    LABELLED_ENUMS,
    decisions,
    deeply_nested_json,
    event_like_data,
    json_values,
    money,
    texts,
)

from cixi_innovation.law.indicators import CoreIndicators
from cixi_innovation.lifecycles.center.lifecycle import CENTER_LIFECYCLE
from cixi_innovation.lifecycles.complex.lifecycle import COMPLEX_LIFECYCLE
from cixi_innovation.lifecycles.consortium.lifecycle import CONSORTIUM_LIFECYCLE
from cixi_innovation.lifecycles.engine import Lifecycle
from cixi_innovation.values.citations import Citation
from cixi_innovation.values.days import to_date
from cixi_innovation.values.decisions import Decision, DecisionFormatError
from cixi_innovation.values.errors import (
    InputError,
    InvalidChoiceError,
    InvalidCitationError,
    InvalidDateError,
    InvalidMoneyError,
)
from cixi_innovation.values.money import MAX_AMOUNT, to_money, to_ratio
from cixi_innovation.values.vocabulary import Level

T = TypeVar("T")


def attempt(call: Callable[[], T]) -> T | Exception:
    """The result of ``call()``, or the exception it raised (of whatever type)."""
    try:
        return call()
    except Exception as error:
        return error


def read_or_refused(call: Callable[[], T], error: type[Exception], field: str) -> T | None:
    """``call()``'s value, or None when it raised ``error`` naming ``field`` (nothing else)."""
    result = attempt(call)
    if isinstance(result, Exception):
        assert isinstance(result, error), repr(result)
        assert getattr(result, "field", None) == field
        return None
    return result


LIFECYCLES: dict[str, Lifecycle[Any, Any]] = {
    "complex": COMPLEX_LIFECYCLE,
    "consortium": CONSORTIUM_LIFECYCLE,
    "center": CENTER_LIFECYCLE,
}

#: Python values a caller may pass where a number, a date or a code is due.
odd_values = st.one_of(
    json_values(20),
    st.decimals(),
    st.fractions(),
    st.floats(),
    st.integers(-(10**4000), 10**4000),
    st.dates(),
    st.datetimes(),
    st.binary(max_size=20),
    st.sampled_from([object(), Level.NINGBO, Decimal("sNaN"), Decimal("-Infinity"), ...]),
)

#: Texts that look like numbers: signs, exponents, fractions, percents, separators.
number_like_texts = st.from_regex(
    r"\A\s?[+-]?[0-9_]{0,6}(\.[0-9]{0,4})?([eE][+-]?[0-9]{1,12})?(/[0-9]{1,6})?%?\s?\Z"
)


def any_number_like(*tried: object) -> Callable[[Callable[..., None]], Callable[..., None]]:
    """A test given odd values and number-like texts, the ``tried`` values always among them."""

    def wrap(test: Callable[..., None]) -> Callable[..., None]:
        for value in tried:
            test = example(value)(test)
        return given(st.one_of(odd_values, number_like_texts))(test)

    return wrap


class TestMoney:
    """``to_money`` is "the single door through which amounts enter the library"."""

    @any_number_like("1e999999999", Decimal("-1E+999999999"))
    def test_any_value_is_an_amount_in_fen_or_an_invalid_money_error(self, value: object) -> None:
        amount = read_or_refused(
            lambda: to_money(value, allow_negative=True), InvalidMoneyError, "amount"
        )
        if amount is not None:
            assert type(amount) is Decimal
            assert amount == amount.quantize(Decimal("0.01"))
            assert abs(amount) < MAX_AMOUNT

    @given(money)
    def test_every_amount_in_fen_is_accepted_as_text_and_as_itself(self, amount: Decimal) -> None:
        assert to_money(str(amount)) == amount
        assert to_money(amount) == amount

    @pytest.mark.parametrize(
        ("value", "digits"),
        [(10**5000, 5001), (-(10**5000), 5001), (10**4300 + 1, 4301)],
        ids=["1e5000", "-1e5000", "1e4300+1"],
    )
    def test_an_integer_too_long_to_print_is_refused_as_beyond_the_largest_amount(
        self, value: int, digits: int
    ) -> None:
        with pytest.raises(InvalidMoneyError) as caught:
            to_money(value, field="claimed", allow_negative=True)
        assert str(caught.value) == (
            f"claimed: an integer of {digits} digits is beyond the largest "
            "amount handled (1,000,000,000,000,000 yuan)"
        )

    @pytest.mark.parametrize("value", ["1e999999999", "-1e999999999", Decimal("1E+999999999")])
    def test_an_exponent_beyond_the_decimal_context_is_beyond_the_largest_amount(
        self, value: object
    ) -> None:
        with pytest.raises(InvalidMoneyError) as caught:
            to_money(value, field="claimed", allow_negative=True)
        assert str(caught.value) == (
            f"claimed: {value!r} is beyond the largest amount handled (1,000,000,000,000,000 yuan)"
        )


class TestRatio:
    """``to_ratio`` reads exact non-negative ratios: ``'1/3'``, ``'0.5'``, ``'50%'``."""

    @any_number_like("1e999999999", Decimal("1E-999999999"))
    def test_any_value_is_a_ratio_or_an_invalid_money_error(self, value: object) -> None:
        ratio = read_or_refused(lambda: to_ratio(value), InvalidMoneyError, "ratio")
        if ratio is not None:
            assert type(ratio) is Fraction
            assert ratio >= 0

    @pytest.mark.parametrize(
        "value",
        ["1e999999999", "1e-999999999", "5E+100000000", Decimal("1e999999999")],
    )
    def test_an_exponent_beyond_reason_is_refused_at_once(self, value: object) -> None:
        with pytest.raises(InvalidMoneyError) as caught:
            to_ratio(value, field="share")
        assert str(caught.value) == f"share: {value!r} is not a ratio (e.g. '1/3', '0.5' or '50%')"

    def test_a_negative_integer_too_long_to_print_is_refused_as_negative(self) -> None:
        with pytest.raises(InvalidMoneyError) as caught:
            to_ratio(-(10**5000), field="share")
        assert str(caught.value) == "share: an integer of 5001 digits is negative"

    @pytest.mark.parametrize(
        ("text", "expected"),
        [("1e2", Fraction(100)), ("2.5e-1", Fraction(1, 4)), ("1E+64", Fraction(10**64))],
    )
    def test_modest_exponents_are_still_read(self, text: str, expected: Fraction) -> None:
        assert to_ratio(text) == expected


@given(odd_values)
@example("2026-02-29")
@example("2024-02-29")
@example(" 2026-03-01")
def test_any_value_is_a_date_or_an_invalid_date_error(value: object) -> None:
    day = read_or_refused(lambda: to_date(value, field="on"), InvalidDateError, "on")
    assert day is None or type(day) is date


@pytest.mark.parametrize("enum", LABELLED_ENUMS, ids=lambda c: c.__qualname__)
@given(value=st.one_of(odd_values, texts))
def test_any_value_is_a_member_or_an_invalid_choice_error(enum: Any, value: object) -> None:
    member = attempt(lambda: enum.parse(value, field="choice"))
    if isinstance(member, Exception):
        assert isinstance(member, InvalidChoiceError), repr(member)
        assert member.field == "choice"
        assert "choose one of: " in member.message
    else:
        assert member in enum


class TestCitationParse:
    """``Citation.parse`` reads ``Art. 10 ¶2``, ``第十条第二款`` and ``Annex 1 §2(2)``."""

    @given(
        st.one_of(texts, st.from_regex(r"\A(Art\.|Annex|第|附件)\s?[0-9一二三四五六七八九十]{1,4}"))
    )
    def test_any_text_is_a_citation_or_an_invalid_citation_error(self, text: str) -> None:
        citation = attempt(lambda: Citation.parse(text))
        if isinstance(citation, Exception):
            assert isinstance(citation, InvalidCitationError), repr(citation)
        else:
            assert Citation.parse(citation.en) == citation

    @pytest.mark.parametrize(
        "text",
        [
            "第二三条",
            "第十一二条",
            "第十十条",
            "第二十条第一二款",
            "附件3第二三部分",
            "Art. " + "1" * 5000,
        ],
        ids=["two-three", "eleven-two", "ten-ten", "paragraph-one-two", "annex-two-three", "long"],
    )
    def test_a_text_that_is_no_numeral_is_refused_not_misread(self, text: str) -> None:
        with pytest.raises(InvalidCitationError) as caught:
            Citation.parse(text)
        assert str(caught.value) == (
            f"{text!r} is not a citation of the Measures (e.g. 'Art. 10 ¶2')"
        )

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("第一条", 1),
            ("第十条", 10),
            ("第一十条", 10),
            ("第十二条", 12),
            ("第二十条", 20),
            ("第二十四条", 24),
        ],
    )
    def test_every_way_of_writing_a_chinese_numeral_is_read(self, text: str, expected: int) -> None:
        assert Citation.parse(text) == Citation.article(expected)

    @given(odd_values.filter(lambda v: not isinstance(v, str)))
    def test_a_value_that_is_not_text_is_an_invalid_citation_error(self, value: object) -> None:
        with pytest.raises(InvalidCitationError, match="is not a citation of the Measures"):
            Citation.parse(value)  # type: ignore[arg-type]


class TestDecisionDocuments:
    """``Decision.from_json`` raises ``DecisionFormatError`` on "a malformed document"."""

    @given(texts)
    def test_any_text_is_a_decision_format_error(self, text: str) -> None:
        with pytest.raises(DecisionFormatError):
            Decision.from_json(text)

    @given(json_values())
    def test_any_json_document_is_a_decision_format_error(self, value: object) -> None:
        with pytest.raises(DecisionFormatError):
            Decision.from_json(json.dumps(value))

    @given(decisions, st.data())
    def test_a_decision_with_one_entry_replaced_loads_or_is_a_decision_format_error(
        self, decision: Decision, data: st.DataObject
    ) -> None:
        document = decision.to_dict()
        key = data.draw(st.sampled_from(sorted(document)))
        document[key] = data.draw(json_values(10))
        loaded = attempt(lambda: Decision.from_json(json.dumps(document)))
        if isinstance(loaded, Exception):
            assert isinstance(loaded, DecisionFormatError), repr(loaded)
        else:
            assert Decision.from_json(loaded.to_json()) == loaded

    @pytest.mark.parametrize("kind", ["array", "object"])
    def test_a_deeply_nested_document_is_a_decision_format_error(self, kind: str) -> None:
        with pytest.raises(DecisionFormatError) as caught:
            Decision.from_json(deeply_nested_json(100_000, kind=kind))
        assert str(caught.value) == "not JSON: nested too deeply"

    @pytest.mark.parametrize(
        ("amount", "message"),
        [
            ("NaN", "amounts.granted: 'NaN' is not a finite amount"),
            ("1e999999", "amounts.granted: '1e999999' is beyond the largest amount handled "),
            ("0.001", "amounts.granted: '0.001' has more than two decimal places; "),
            ("lots", "amounts.granted: 'lots' is not a number of yuan"),
        ],
    )
    def test_an_amount_that_is_not_money_is_a_decision_format_error(
        self, amount: str, message: str
    ) -> None:
        document = {
            "schema_version": "1",
            "rule": "complex.operating_subsidy",
            "on": "2026-03-01",
            "outcome": {"code": "granted", "zh": "核定", "en": "granted"},
            "amounts": {"granted": amount},
            "reasons": [],
        }
        with pytest.raises(DecisionFormatError) as caught:
            Decision.from_json(json.dumps(document))
        assert str(caught.value).startswith(f"not a decision document: {message}")

    def test_a_negative_balance_in_fen_loads(self) -> None:
        document = {
            "schema_version": "1",
            "rule": "complex.settlement",
            "on": "2027-03-01",
            "outcome": {"code": "refund", "zh": "退回", "en": "refund"},
            "amounts": {"balance": "-1200.50"},
            "reasons": [],
        }
        assert Decision.from_json(json.dumps(document)).amounts == {"balance": Decimal("-1200.50")}


class TestCoreIndicatorsFromDict:
    """Art. 9: the five indicators, "missing or unknown keys are refused by name"."""

    @given(
        st.one_of(
            json_values(20),
            st.dictionaries(
                st.sampled_from(
                    [
                        "industry_output_value",
                        "valid_hte_share",
                        "above_scale_rd_intensity",
                        "above_scale_rd_institution_rate",
                        "valid_invention_patents",
                    ]
                ),
                json_values(5),
            ),
        )
    )
    def test_any_document_is_indicators_or_an_input_error(self, value: Any) -> None:
        indicators = attempt(lambda: CoreIndicators.from_dict(value))
        if isinstance(indicators, Exception):
            assert isinstance(indicators, InputError), repr(indicators)
            assert indicators.articles == (Citation.article(9),)
        else:
            plain: dict[str, object] = dict(indicators.to_dict())
            assert CoreIndicators.from_dict(plain) == indicators

    @pytest.mark.parametrize("value", [[], "valid_hte_share", 5, None])
    def test_a_document_that_is_not_a_mapping_is_refused(self, value: object) -> None:
        with pytest.raises(InputError) as caught:
            CoreIndicators.from_dict(value)  # type: ignore[arg-type]
        assert str(caught.value) == (
            f"{value!r} is not a mapping of the five core indicators (Art. 9 第九条)"
        )


@pytest.mark.parametrize("lifecycle", LIFECYCLES.values(), ids=LIFECYCLES.keys())
class TestEventsFromData:
    """Events from plain data: "unknown, missing or ill-typed fields are refused"."""

    @given(data=st.data())
    def test_event_like_data_is_an_event_or_an_input_error(
        self, lifecycle: Lifecycle[Any, Any], data: st.DataObject
    ) -> None:
        plain = data.draw(event_like_data(lifecycle))
        event = attempt(lambda: lifecycle.event_from_data(plain))
        if isinstance(event, Exception):
            assert isinstance(event, InputError), repr(event)
            assert event.field is not None
        else:
            assert lifecycle.event_from_data(event.to_data()) == event

    @given(data=st.data())
    def test_any_mapping_is_refused_by_every_event_type_with_an_input_error(
        self, lifecycle: Lifecycle[Any, Any], data: st.DataObject
    ) -> None:
        event_type = data.draw(st.sampled_from(lifecycle.event_types))
        plain = data.draw(st.dictionaries(texts, json_values(10)))
        event = attempt(lambda: event_type.from_data(plain))
        if isinstance(event, Exception):
            assert isinstance(event, InputError), repr(event)
        else:
            assert type(event) is event_type
