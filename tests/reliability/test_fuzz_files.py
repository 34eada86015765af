"""Arbitrary files to the scenario loader and the command line: only their own errors.

The scenario loader (:func:`~cixi_innovation.scenarios.files.loads_scenario`,
:func:`~cixi_innovation.scenarios.files.load_scenario`) is fed arbitrary text and bytes,
arbitrary JSON and TOML documents, and the default scenario with one value anywhere in
it replaced by an arbitrary one: it returns a scenario or raises
:class:`~cixi_innovation.scenarios.problems.ScenarioError`, never ``KeyError``, ``TypeError``,
``AttributeError`` or ``RecursionError``.  Deeply nested and oversized documents are
refused before they are parsed, with the error that says so.

The command line is run in-process (``cli.main``) on the same files and on arbitrary
arguments, and a few times as a subprocess: its exit status is 0, 1 or 2, its errors are
``cixi-innovation: error: ...`` lines, and it never prints a traceback.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st
from tests.strategies import deeply_nested_json, json_values, texts, toml_documents

from cixi_innovation import cli
from cixi_innovation.scenarios.default import default_scenario
from cixi_innovation.scenarios.files import (
    MAX_DEPTH,
    load_scenario,
    loads_scenario,
    to_toml,
)
from cixi_innovation.scenarios.problems import ScenarioError
from cixi_innovation.scenarios.scenario import Scenario
from cixi_innovation.values.errors import InvalidChoiceError

T = TypeVar("T")
DEFAULT_DATA: dict[str, Any] = default_scenario().to_data()
FORMATS = ("toml", "json")

#: A limit small enough to write a file above it quickly (the default is 1 GiB).
LIMIT = 8 * 1024 * 1024


def suppressed(*checks: HealthCheck) -> list[HealthCheck]:
    """``checks`` and those the active profile already suppresses.

    A test's own list would replace the profile's, and the mutation profile suppresses
    the check of a test run from several executors (mutmut runs the suite many times).
    """
    active = settings.default
    return [*(active.suppress_health_check if active is not None else ()), *checks]


def attempt(call: Callable[[], T]) -> T | Exception:
    """The result of ``call()``, or the exception it raised (of whatever type)."""
    try:
        return call()
    except Exception as error:
        return error


def assert_scenario_or_scenario_error(result: object) -> None:
    if isinstance(result, Exception):
        assert isinstance(result, ScenarioError), repr(result)
        assert result.problems
        assert all(str(p) for p in result.problems)
    else:
        assert isinstance(result, Scenario)


@st.composite
def damaged_default(draw: st.DrawFn) -> dict[str, Any]:
    """The default scenario's data with one value, at any depth, replaced by any value."""
    data: Any = json.loads(json.dumps(DEFAULT_DATA))
    node = data
    while True:
        keys: list[Any] = list(node) if isinstance(node, dict) else list(range(len(node)))
        if not keys:
            break
        key = draw(st.sampled_from(keys))
        child = node[key]
        if isinstance(child, dict | list) and child and draw(st.booleans()):
            node = child
            continue
        node[key] = draw(json_values(15))
        break
    result: dict[str, Any] = data
    return result


# --- the loader --------------------------------------------------------------------------


class TestLoader:
    """``loads_scenario``: "every problem found, each with its path; nothing is half-loaded"."""

    @pytest.mark.parametrize("fmt", FORMATS)
    @given(text=texts)
    @example(text="[[platforms]]\nkind = 'complex'")
    @example(text='{"title": "A", "platforms": [{}]}')
    def test_any_text_is_a_scenario_or_a_scenario_error(self, fmt: str, text: str) -> None:
        assert_scenario_or_scenario_error(attempt(lambda: loads_scenario(text, fmt)))  # type: ignore[arg-type]

    @pytest.mark.parametrize("fmt", FORMATS)
    @given(data=st.binary(max_size=200))
    @example(data=b"\xef\xbb\xbftitle = 'BOM'")
    @example(data=b"title = '\xff'")
    def test_any_bytes_are_a_scenario_or_a_scenario_error(self, fmt: str, data: bytes) -> None:
        assert_scenario_or_scenario_error(attempt(lambda: loads_scenario(data, fmt)))  # type: ignore[arg-type]

    @given(json_values())
    def test_any_json_document_is_a_scenario_or_a_scenario_error(self, value: object) -> None:
        text = json.dumps(value)
        assert_scenario_or_scenario_error(attempt(lambda: loads_scenario(text, "json")))

    @given(toml_documents)
    def test_any_toml_document_is_a_scenario_or_a_scenario_error(
        self, document: dict[str, Any]
    ) -> None:
        text = attempt(lambda: to_toml(document))
        assume(isinstance(text, str))
        assert isinstance(text, str)
        assert_scenario_or_scenario_error(attempt(lambda: loads_scenario(text, "toml")))

    @pytest.mark.parametrize("fmt", FORMATS)
    @settings(suppress_health_check=suppressed(HealthCheck.too_slow))
    @given(data=damaged_default())
    def test_the_default_scenario_damaged_anywhere_loads_or_is_refused_by_path(
        self, fmt: str, data: dict[str, Any]
    ) -> None:
        text = json.dumps(data) if fmt == "json" else attempt(lambda: to_toml(data))
        assume(isinstance(text, str))
        assert isinstance(text, str)
        result = attempt(lambda: loads_scenario(text, fmt))  # type: ignore[arg-type]
        assert_scenario_or_scenario_error(result)
        if isinstance(result, ScenarioError):
            assert all(p.path or p.message for p in result.problems)

    def test_the_default_scenario_loads_back_equal_in_both_formats(self) -> None:
        assert loads_scenario(json.dumps(DEFAULT_DATA), "json") == default_scenario()
        assert loads_scenario(to_toml(DEFAULT_DATA), "toml") == default_scenario()

    def test_an_unknown_format_is_an_invalid_choice(self) -> None:
        with pytest.raises(InvalidChoiceError):
            loads_scenario("", "yaml")  # type: ignore[arg-type]


def _refused(text: str | bytes, fmt: str) -> str:
    with pytest.raises(ScenarioError) as caught:
        loads_scenario(text, fmt)  # type: ignore[arg-type]
    (problem,) = caught.value.problems
    return str(problem)


class TestRefusedEarly:
    """Absurd documents are refused before a parser sees them, with what is wrong."""

    @pytest.mark.parametrize(
        ("text", "fmt", "column"),
        [
            (deeply_nested_json(100_000), "json", MAX_DEPTH + 1),
            (deeply_nested_json(100_000, kind="object"), "json", 6 * MAX_DEPTH + 1),
            ("a = " + "[" * 100_000, "toml", MAX_DEPTH + 5),
            ("a = " + "{b = " * 100_000, "toml", 5 * MAX_DEPTH + 5),
        ],
        ids=["json-arrays", "json-objects", "toml-arrays", "toml-inline-tables"],
    )
    def test_nesting_deeper_than_the_limit_is_refused_where_it_starts(
        self, text: str, fmt: str, column: int
    ) -> None:
        assert _refused(text, fmt) == f"nested deeper than 64 levels at line 1, column {column}"

    def test_toml_dotted_keys_deeper_than_the_limit_are_refused_by_path(self) -> None:
        keys = ".".join(["a"] * 100)
        assert _refused(f"{keys} = 1", "toml") == (
            ".".join(["a"] * MAX_DEPTH) + ": nested deeper than 64 levels"
        )

    @pytest.mark.parametrize("fmt", FORMATS)
    @pytest.mark.parametrize("as_bytes", [False, True], ids=["text", "bytes"])
    def test_a_document_larger_than_the_limit_is_refused_unread(
        self, fmt: str, as_bytes: bool
    ) -> None:
        text = " " * LIMIT + "{}"
        data = text.encode() if as_bytes else text
        with pytest.raises(ScenarioError) as caught:
            loads_scenario(data, fmt, max_bytes=LIMIT)  # type: ignore[arg-type]
        assert str(caught.value) == (
            "the scenario is larger than 8,388,608 bytes (8 MiB) and is refused unread "
            "(raise the limit with max_bytes, or --max-size on the command line)"
        )

    def test_a_file_larger_than_the_limit_is_refused_after_reading_the_limit(
        self, tmp_path: Path
    ) -> None:
        path = tmp_path / "huge.toml"
        path.write_bytes(b"#" * (LIMIT + 10))
        with pytest.raises(ScenarioError) as caught:
            load_scenario(path, max_bytes=LIMIT)
        assert [str(p) for p in caught.value.problems] == [
            "the scenario is larger than 8,388,608 bytes (8 MiB) and is refused unread "
            "(raise the limit with max_bytes, or --max-size on the command line)"
        ]

    @pytest.mark.parametrize(
        ("text", "fmt", "message"),
        [
            ("1" * 5000, "json", "not valid JSON: Exceeds the limit (4300 digits)"),
            ("a = " + "1" * 5000, "toml", "not valid TOML: Exceeds the limit (4300 digits)"),
            ('{"title": NaN}', "json", "title: NaN is not a finite number"),
            ('{"title": 1e999}', "json", "title: 1e999 is not a finite number"),
            ('{"title": "\\ud800"}', "json", "title: holds a lone surrogate '\\ud800'"),
        ],
        ids=["json-long-int", "toml-long-int", "nan", "overflow", "surrogate"],
    )
    def test_values_no_scenario_holds_are_refused_by_path(
        self, text: str, fmt: str, message: str
    ) -> None:
        assert _refused(text, fmt).startswith(message)


# --- the command line --------------------------------------------------------------------


def run_main(argv: list[str]) -> tuple[int, str, str]:
    """``cli.main(argv)`` in this process: (status, stdout, stderr)."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = cli.main(argv)
    return status, out.getvalue(), err.getvalue()


def run_on_file(command: str, path: Path, content: bytes) -> tuple[int, str, str]:
    """``command`` run on a file holding ``content``: (status, stdout, stderr)."""
    path.write_bytes(content)
    return run_main([command, str(path)])


def assert_clean_failure(status: int, err: str) -> None:
    assert "Traceback" not in err
    if status == 1:
        lines = err.splitlines()
        assert lines
        # under --lang zh the frame of an error is Chinese
        frames = ("cixi-innovation: error: ", "cixi-innovation: 错误: ")
        assert all(line.startswith(frames) for line in lines), err
    elif status == 2:
        assert "usage error" in err or "usage:" in err or "用法:" in err
    else:
        assert status == 0, (status, err)


class TestCommandLine:
    """Exit status "0 on success, 1 on invalid input, 2 on a usage error"; no traceback."""

    @settings(
        max_examples=60,
        suppress_health_check=suppressed(HealthCheck.function_scoped_fixture, HealthCheck.too_slow),
    )
    @given(
        content=st.one_of(
            st.binary(max_size=300), damaged_default().map(json.dumps).map(str.encode)
        )
    )
    def test_check_on_any_file_succeeds_or_reports_each_problem_on_a_line(
        self, tmp_path: Path, content: bytes
    ) -> None:
        path = tmp_path / "fuzz.json"
        status, out, err = run_on_file("check", path, content)
        assert_clean_failure(status, err)
        if status == 0:
            assert out.startswith("ok: ")
        else:
            assert status == 1
            assert all(
                line.startswith(f"cixi-innovation: error: {path}") for line in err.splitlines()
            )

    @settings(max_examples=100, suppress_health_check=suppressed(HealthCheck.too_slow))
    @given(
        argv=st.lists(
            st.one_of(
                st.sampled_from(
                    [
                        "summary",
                        "check",
                        "scenario",
                        "articles",
                        "diagram",
                        "simulate",
                        "--lang",
                        "zh",
                        "en",
                        "fr",
                        "--format",
                        "json",
                        "toml",
                        "dot",
                        "mermaid",
                        "table",
                        "csv",
                        "--trace",
                        "--version",
                        "--help",
                        "-h",
                        "complex",
                        "consortium",
                        "center",
                        "0",
                        "24",
                        "25",
                        "-1",
                        "--explain",
                        "CX-01:2026",
                        "--seed",
                        "--progress",
                        "--no-progress",
                        "/nonexistent",
                    ]
                ),
                texts,
            ),
            max_size=4,
        )
    )
    def test_any_arguments_exit_0_1_or_2_without_a_traceback(self, argv: list[str]) -> None:
        assume("simulate" not in argv or len(argv) <= 2)
        status, _, err = run_main(argv)
        assert status in (0, 1, 2)
        assert_clean_failure(status, err)

    @pytest.mark.parametrize(
        ("key", "shown"),
        [("a\nb", "a\\nb"), ("a\x85b", "a\\x85b"), ("a\u2028b\rc", "a\\u2028b\\rc")],
        ids=["newline", "next-line", "line-separator"],
    )
    def test_a_problem_stays_one_line_whatever_the_file_holds(
        self, tmp_path: Path, key: str, shown: str
    ) -> None:
        """Found by fuzzing: a key holding a line break split its problem in two lines."""
        path = tmp_path / "keys.json"
        path.write_text(json.dumps({"title": "T", "horizon": {key: 1}}), encoding="utf-8")
        status, _, err = run_main(["check", str(path)])
        assert status == 1
        assert err.splitlines() == [
            f"cixi-innovation: error: {path}: horizon.{shown}: unknown key; "
            "expected one of: first, last"
        ]

    @pytest.mark.parametrize(
        "content",
        [
            deeply_nested_json(100_000).encode(),
            b"\x00\xff\xfe garbage",
            b'{"title": "A", "platforms": [{"kind": "complex", "id": 1}]}',
        ],
        ids=["deep", "garbage", "wrong-types"],
    )
    def test_simulate_on_a_bad_file_exits_1_with_error_lines(
        self, tmp_path: Path, content: bytes
    ) -> None:
        status, out, err = run_on_file("simulate", tmp_path / "bad.json", content)
        assert (status, out) == (1, "")
        assert_clean_failure(status, err)


@pytest.mark.parametrize(
    ("name", "content", "first_line"),
    [
        ("deep.json", deeply_nested_json(100_000).encode(), "nested deeper than 64 levels"),
        ("garbage.toml", b"\xff\xfe\x00\x01", "not UTF-8 text: byte 0xff at line 1, column 1"),
        ("huge.toml", b"#" * (2**20 + 1), "the scenario is larger than 1,048,576 bytes (1 MiB)"),
        ("list.json", b"[1, 2, 3]", "the top level is an array"),
        ("missing.toml", None, "cannot read"),
    ],
    ids=["deep", "garbage", "huge", "list", "missing"],
)
def test_the_installed_command_refuses_a_bad_file_in_one_line(
    tmp_path: Path, name: str, content: bytes | None, first_line: str
) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    result = subprocess.run(
        [sys.executable, "-m", "cixi_innovation", "check", "--max-size", "1M", str(path)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )
    assert (result.returncode, result.stdout) == (1, "")
    assert "Traceback" not in result.stderr
    (line,) = result.stderr.splitlines()
    assert line.startswith("cixi-innovation: error: ")
    assert first_line in line
