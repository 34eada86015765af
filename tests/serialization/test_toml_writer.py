"""The TOML writer: exact text for each kind of value, and tomllib reads it back equal."""

from __future__ import annotations

import math
import tomllib
from datetime import UTC, date, datetime, time, timedelta, timezone
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cixi_innovation.scenarios.files import to_toml


def roundtrip(data: dict[str, Any]) -> dict[str, Any]:
    return tomllib.loads(to_toml(data))


class TestStrings:
    @pytest.mark.parametrize(
        ("text", "written"),
        [
            ("plain", '"plain"'),
            ('say "hi"', r'"say \"hi\""'),
            ("C:\\temp\\new", r'"C:\\temp\\new"'),
            ("line 1\nline 2\r\n", r'"line 1\nline 2\r\n"'),
            ("tab\there\bback\fform", r'"tab\there\bback\fform"'),
            ("bell\x07 nul\x00 esc\x1b del\x7f", r'"bell\u0007 nul\u0000 esc\u001B del\u007F"'),
            (
                "慈溪市产业创新平台管理暂行办法(慈政办发〔2024〕57号)",
                '"慈溪市产业创新平台管理暂行办法(慈政办发〔2024〕57号)"',
            ),
            ("emoji 🙂 and é", '"emoji 🙂 and é"'),
            ("'single' and '''triple'''", "\"'single' and '''triple'''\""),
            ('"""', r'"\"\"\""'),
            ("", '""'),
        ],
    )
    def test_a_string_is_one_escaped_basic_string(self, text: str, written: str) -> None:
        assert to_toml({"s": text}) == f"s = {written}\n"
        assert roundtrip({"s": text}) == {"s": text}

    def test_a_lone_surrogate_is_refused(self) -> None:
        with pytest.raises(
            ValueError, match=r"^lone surrogate '\\ud800' cannot be written as TOML"
        ):
            to_toml({"s": "a\ud800b"})


class TestScalars:
    def test_integers_booleans_and_floats(self) -> None:
        data = {
            "zero": 0,
            "big": 10**30,
            "negative": -42,
            "yes": True,
            "no": False,
            "half": 0.5,
            "tiny": 1e-05,
            "huge": 1e16,
            "minus_zero": -0.0,
        }
        assert to_toml(data) == (
            "zero = 0\n"
            "big = 1000000000000000000000000000000\n"
            "negative = -42\n"
            "yes = true\n"
            "no = false\n"
            "half = 0.5\n"
            "tiny = 1e-05\n"
            "huge = 1e+16\n"
            "minus_zero = -0.0\n"
        )
        assert roundtrip(data) == data

    def test_infinities_and_nan(self) -> None:
        text = to_toml({"up": math.inf, "down": -math.inf, "nan": math.nan})
        assert text == "up = inf\ndown = -inf\nnan = nan\n"
        back = tomllib.loads(text)
        assert (back["up"], back["down"], math.isnan(back["nan"])) == (math.inf, -math.inf, True)

    def test_dates_times_and_datetimes(self) -> None:
        data = {
            "on": date(2026, 3, 1),
            "at": datetime(2026, 3, 1, 9, 30),
            "stamp": datetime(2026, 3, 1, 9, 30, 0, 123456),
            "utc": datetime(2026, 3, 1, 9, 30, tzinfo=UTC),
            "beijing": datetime(2026, 3, 1, 9, 30, tzinfo=timezone(timedelta(hours=8))),
            "noon": time(12, 0),
        }
        assert to_toml(data) == (
            "on = 2026-03-01\n"
            "at = 2026-03-01T09:30:00\n"
            "stamp = 2026-03-01T09:30:00.123456\n"
            "utc = 2026-03-01T09:30:00+00:00\n"
            "beijing = 2026-03-01T09:30:00+08:00\n"
            "noon = 12:00:00\n"
        )
        assert roundtrip(data) == data


class TestKeys:
    @pytest.mark.parametrize(
        ("key", "written"),
        [
            ("plain_key-1", "plain_key-1"),
            ("2026", '"2026"'),
            ("0", '"0"'),
            ("with space", '"with space"'),
            ("dotted.key", '"dotted.key"'),
            ("年度", '"年度"'),
            ('quote"key', r'"quote\"key"'),
            ("", '""'),
        ],
    )
    def test_keys_are_bare_when_they_can_be(self, key: str, written: str) -> None:
        assert to_toml({key: 1}) == f"{written} = 1\n"
        assert roundtrip({key: 1}) == {key: 1}

    def test_quoted_keys_in_table_headers(self) -> None:
        data = {"years": {"2026": {"assessment": "qualified"}, "2027": {}}}
        assert to_toml(data) == ('[years."2026"]\nassessment = "qualified"\n\n[years."2027"]\n')
        assert roundtrip(data) == data

    def test_a_key_that_is_not_a_string_is_refused(self) -> None:
        with pytest.raises(TypeError, match=r"^TOML keys are strings, not int \(2026\)$"):
            to_toml({2026: 1})  # type: ignore[dict-item]


class TestTables:
    def test_scalars_come_before_tables_and_arrays_of_tables(self) -> None:
        data = {
            "platforms": [
                {"id": "CX-01", "years": {"2026": {"assessment": "qualified"}}},
                {"id": "LHT-01", "claims": [{"triggers": [{"trigger": "iur_cooperation"}]}]},
            ],
            "title": "示例",
            "horizon": {"first": 2025, "last": 2029},
        }
        assert to_toml(data) == (
            'title = "示例"\n'
            "\n"
            "[[platforms]]\n"
            'id = "CX-01"\n'
            "\n"
            '[platforms.years."2026"]\n'
            'assessment = "qualified"\n'
            "\n"
            "[[platforms]]\n"
            'id = "LHT-01"\n'
            "\n"
            "[[platforms.claims]]\n"
            "\n"
            "[[platforms.claims.triggers]]\n"
            'trigger = "iur_cooperation"\n'
            "\n"
            "[horizon]\n"
            "first = 2025\n"
            "last = 2029\n"
        )
        assert roundtrip(data) == data

    def test_empty_tables_and_arrays(self) -> None:
        data = {"empty": {}, "nothing": [], "outer": {"inner": {}}, "rows": [{}]}
        assert to_toml(data) == "nothing = []\n\n[empty]\n\n[outer.inner]\n\n[[rows]]\n"
        assert roundtrip(data) == data

    def test_arrays_of_mixed_values_and_nested_arrays_are_inline(self) -> None:
        data = {
            "mixed": [1, "two", {"three": 3}],
            "matrix": [[1, 2], [3]],
            "nested": [[{"a": 1}], []],
            "inline": [{"a": {"b": [1, {"c": "d"}]}}, {"e": []}],
        }
        assert to_toml(data) == (
            'mixed = [1, "two", { three = 3 }]\n'
            "matrix = [[1, 2], [3]]\n"
            "nested = [[{ a = 1 }], []]\n"
            "\n"
            "[[inline]]\n"
            "\n"
            "[inline.a]\n"
            'b = [1, { c = "d" }]\n'
            "\n"
            "[[inline]]\n"
            "e = []\n"
        )
        assert roundtrip(data) == data

    def test_an_inline_table_escapes_its_strings_and_quotes_its_keys(self) -> None:
        data = {"rows": [["x", {"2026": "a\nb", "ok": None}], {}]}
        assert to_toml(data) == 'rows = [["x", { "2026" = "a\\nb" }], {}]\n'
        assert roundtrip(data) == {"rows": [["x", {"2026": "a\nb"}], {}]}

    def test_a_key_whose_value_is_none_is_left_out(self) -> None:
        data = {"title": "A", "notes": None, "inputs": {"advance": None, "ratio": "1"}}
        assert to_toml(data) == 'title = "A"\n\n[inputs]\nratio = "1"\n'

    def test_none_in_an_array_is_refused(self) -> None:
        with pytest.raises(
            ValueError, match=r"^rows\[1\]: TOML has no null; an array cannot hold None$"
        ):
            to_toml({"rows": [1, None]})

    def test_a_value_without_a_toml_form_is_refused(self) -> None:
        with pytest.raises(TypeError, match=r"^inputs\.blob: bytes \(b'\\x00'\) has no TOML form$"):
            to_toml({"inputs": {"blob": b"\x00"}})

    def test_an_empty_document(self) -> None:
        assert to_toml({}) == ""


# --- any plain data round-trips through tomllib ---------------------------------------------

_text = st.text(st.characters(exclude_categories=["Cs"]), max_size=12)
_scalars = (
    _text
    | st.integers(min_value=-(2**63), max_value=2**63 - 1)
    | st.booleans()
    | st.floats(allow_nan=False)
    | st.dates()
    | st.datetimes()
    | st.times()
)


def _plain(children: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.lists(children, max_size=4) | st.dictionaries(_text, children, max_size=4)


_values = st.recursive(_scalars, _plain, max_leaves=20)


@given(st.dictionaries(_text, _values, max_size=6))
def test_any_plain_data_is_read_back_equal(data: dict[str, Any]) -> None:
    assert tomllib.loads(to_toml(data)) == data
