"""Scenario files in and out: every problem with its path, limits, and nothing half-loaded."""

from __future__ import annotations

import io
import json
import os
import threading
from pathlib import Path
from typing import Any

import pytest

from cixi_innovation.scenarios.default import default_scenario
from cixi_innovation.scenarios.files import (
    MAX_BYTES,
    MAX_DEPTH,
    dump_scenario,
    dumps_scenario,
    format_of,
    load_scenario,
    loads_scenario,
    parse_data,
    read_source,
    sniff_format,
)
from cixi_innovation.scenarios.problems import Problem, ScenarioError
from cixi_innovation.scenarios.scenario import Scenario
from cixi_innovation.values.errors import InputError, InvalidChoiceError

MINIMAL_TOML = 'title = "A small portfolio"\n'


#: A limit small enough to write a file above it quickly (the default is 1 GiB).
LIMIT = 8 * 1024 * 1024


def problems_of(text: str | bytes, fmt: str = "toml") -> list[tuple[str, str]]:
    with pytest.raises(ScenarioError) as caught:
        loads_scenario(text, fmt, max_bytes=LIMIT)  # type: ignore[arg-type]
    assert isinstance(caught.value, InputError)
    return [(p.path, p.message) for p in caught.value.problems]


def default_data() -> dict[str, Any]:
    return default_scenario().to_data()


class TestRoundTrip:
    @pytest.mark.parametrize("fmt", ["toml", "json"])
    def test_the_default_scenario_is_read_back_equal(self, fmt: str) -> None:
        scenario = default_scenario()
        text = dumps_scenario(scenario, fmt)  # type: ignore[arg-type]
        assert loads_scenario(text, fmt) == scenario  # type: ignore[arg-type]

    @pytest.mark.parametrize("name", ["portfolio.toml", "portfolio.json", "PORTFOLIO.TOML"])
    def test_files_by_suffix(self, tmp_path: Path, name: str) -> None:
        path = tmp_path / name
        dump_scenario(default_scenario(), path)
        assert load_scenario(path) == default_scenario()
        assert load_scenario(str(path)) == default_scenario()

    def test_json_text_is_indented_utf8_with_chinese_kept(self, tmp_path: Path) -> None:
        path = tmp_path / "s.json"
        dump_scenario(Scenario(title="慈溪示例"), path)
        text = path.read_text(encoding="utf-8")
        assert text.startswith('{\n  "schema_version": "1",\n  "title": "慈溪示例",\n')
        assert text.endswith("}\n")
        assert json.loads(text) == Scenario(title="慈溪示例").to_data()

    def test_the_toml_text_of_a_small_scenario(self) -> None:
        text = dumps_scenario(Scenario(title='A "quoted"\ntitle', notes="慈溪"))
        assert text.startswith(
            'schema_version = "1"\ntitle = "A \\"quoted\\"\\ntitle"\nnotes = "慈溪"\n'
            'force = "refuse"\nplatforms = []\n\n[horizon]\nfirst = 2025\nlast = 2029\n'
        )
        assert loads_scenario(text) == Scenario(title='A "quoted"\ntitle', notes="慈溪")

    def test_a_format_given_overrides_the_suffix(self, tmp_path: Path) -> None:
        path = tmp_path / "scenario.txt"
        dump_scenario(default_scenario(), path, "json")
        assert path.read_text(encoding="utf-8").startswith("{")
        assert load_scenario(path, "json") == default_scenario()

    def test_writing_replaces_the_file_and_leaves_no_temporary_file(self, tmp_path: Path) -> None:
        path = tmp_path / "s.toml"
        path.write_text("old", encoding="utf-8")
        dump_scenario(Scenario(title="new"), path)
        assert load_scenario(path) == Scenario(title="new")
        assert sorted(p.name for p in tmp_path.iterdir()) == ["s.toml"]

    def test_a_failed_write_leaves_the_old_file_and_no_temporary_file(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        path = tmp_path / "s.toml"
        path.write_text("old", encoding="utf-8")

        def refuse(src: str, dst: str) -> None:
            raise PermissionError(13, "Permission denied", dst)

        monkeypatch.setattr(os, "replace", refuse)
        with pytest.raises(PermissionError):
            dump_scenario(Scenario(title="new"), path)
        assert path.read_text(encoding="utf-8") == "old"
        assert sorted(p.name for p in tmp_path.iterdir()) == ["s.toml"]

    def test_bytes_and_a_byte_order_mark_are_accepted(self) -> None:
        expected = Scenario(title="A small portfolio")
        assert loads_scenario(MINIMAL_TOML.encode()) == expected
        assert loads_scenario(b"\xef\xbb\xbf" + MINIMAL_TOML.encode()) == expected
        assert loads_scenario("\ufeff" + MINIMAL_TOML) == expected

    def test_toml_dates_are_accepted_where_the_model_wants_dates(self) -> None:
        data = default_data()
        text = dumps_scenario(default_scenario()).replace(
            'applied_on = "2024-10-15"', "applied_on = 2024-10-15"
        )
        assert "applied_on = 2024-10-15\n" in text
        assert loads_scenario(text).to_data() == data


class TestFormats:
    def test_format_of(self) -> None:
        assert (format_of("a.toml"), format_of(Path("b.JSON"))) == ("toml", "json")

    def test_an_unknown_suffix_is_refused(self) -> None:
        with pytest.raises(InvalidChoiceError) as caught:
            format_of("scenario.yaml")
        assert str(caught.value) == (
            "format: cannot tell the format of 'scenario.yaml' from its name; name it .toml or .json"
        )

    @pytest.mark.parametrize(
        "call",
        [
            lambda: loads_scenario(MINIMAL_TOML, "yaml"),  # type: ignore[arg-type]
            lambda: dumps_scenario(default_scenario(), "yaml"),  # type: ignore[arg-type]
            lambda: parse_data(MINIMAL_TOML, "yaml"),  # type: ignore[arg-type]
        ],
    )
    def test_an_unknown_format_is_refused(self, call: Any) -> None:
        with pytest.raises(InvalidChoiceError) as caught:
            call()
        assert (
            str(caught.value)
            == "format: 'yaml' is not a scenario format; choose one of: toml, json"
        )

    def test_a_missing_file_raises_the_os_error(self, tmp_path: Path) -> None:
        with pytest.raises(FileNotFoundError):
            load_scenario(tmp_path / "missing.toml")


class TestEveryProblemWithItsPath:
    def test_problems_of_the_model_are_reported_together(self) -> None:
        data = default_data()
        data["platforms"][2]["events"] = [
            {"kind": "level_recognition", "on": "2023-02-30", "level": "ningbo"}
        ]
        data["platforms"][2]["years"]["2026"]["assesment"] = "qualified"
        data["platforms"][0]["requested_subsidy"] = 500000.5
        assert problems_of(json.dumps(data), "json") == [
            (
                "platforms[0].requested_subsidy",
                "500000.5 is a float; money must be given as int, str or Decimal yuan so "
                "that it stays exact",
            ),
            (
                "platforms[2].years[2026].assesment",
                "unknown key; expected one of: assessment, higher_level_evaluation, appraisal, "
                "indicators, requested, spending, findings, carried_over, higher_level_in_year, "
                "overlaps",
            ),
            ("platforms[2].events[0].on", "'2023-02-30' is not a date (YYYY-MM-DD)"),
        ]

    def test_the_message_lists_every_problem(self) -> None:
        data = default_data()
        data["platforms"][1]["applied_on"] = "2024-13-01"
        data["platforms"][5]["years"]["2025"]["claims"][0]["triggers"][0]["eligible_cost"] = 1.5
        with pytest.raises(ScenarioError) as caught:
            loads_scenario(json.dumps(data), "json")
        assert str(caught.value) == (
            "2 problems in the scenario:\n"
            "  platforms[1].applied_on: '2024-13-01' is not a date (YYYY-MM-DD)\n"
            "  platforms[5].years[2025].claims[0].triggers[0].eligible_cost: 1.5 is a float; "
            "money must be given as int, str or Decimal yuan so that it stays exact"
        )

    def test_a_toml_float_as_money_names_its_path(self) -> None:
        text = dumps_scenario(default_scenario()).replace(
            'requested_subsidy = "500000.00"', "requested_subsidy = 500000.0", 1
        )
        assert problems_of(text) == [
            (
                "platforms[0].requested_subsidy",
                "500000.0 is a float; money must be given as int, str or Decimal yuan so "
                "that it stays exact",
            )
        ]

    def test_a_json_float_is_never_read_as_a_decimal(self) -> None:
        data = default_data()
        data["platforms"][0]["years"]["2025"]["requested"] = 0.1
        assert problems_of(json.dumps(data), "json") == [
            (
                "platforms[0].years[2025].requested",
                "0.1 is a float; money must be given as int, str or Decimal yuan so that it "
                "stays exact",
            )
        ]

    def test_a_json_integer_is_money_in_yuan(self) -> None:
        data = default_data()
        data["platforms"][0]["requested_subsidy"] = 450000
        scenario = loads_scenario(json.dumps(data), "json")
        assert str(scenario.platforms[0].requested_subsidy) == "450000.00"  # type: ignore[union-attr]

    def test_a_key_given_twice_in_json(self) -> None:
        text = '{"title": "x", "title": "y", "horizon": {"first": 2025, "first": 2026}}'
        assert problems_of(text, "json") == [
            ("title", "is given twice"),
            ("horizon.first", "is given twice"),
        ]

    def test_the_problems_are_also_a_list_of_values(self) -> None:
        with pytest.raises(ScenarioError) as caught:
            loads_scenario('title = ""\nforce = "maybe"\n')
        assert caught.value.problems == (
            Problem("title", "is blank", zh="为空白"),
            Problem(
                "force",
                "'maybe' is not a force check; choose one of: refuse, flag",
                zh="'maybe' 不是可选的有效期外的处理方式;可选:refuse, flag",
            ),
        )


class TestTheTextItself:
    @pytest.mark.parametrize(
        ("text", "fmt", "message"),
        [
            pytest.param(
                "a = [1,",
                "toml",
                "not valid TOML: Invalid value (at end of document)",
                id="toml-unclosed-array",
            ),
            pytest.param(
                'title = "x"\ntitle = "y"\n',
                "toml",
                "title: not valid TOML: Cannot overwrite a value (at line 2, column 12)",
                id="toml-key-twice",
            ),
            pytest.param(
                'title = "x"\nhorizon = { first = 2025,, }\n',
                "toml",
                "horizon: not valid TOML: Invalid initial character for a key part "
                "(at line 2, column 26)",
                id="toml-bad-key",
            ),
            pytest.param(
                '{\n  "title": "x",\n}',
                "json",
                "not valid JSON: Expecting property name enclosed in double quotes "
                "(at line 3, column 1)",
                id="json-trailing-comma",
            ),
            pytest.param(
                '{"title": "x"',
                "json",
                "not valid JSON: Expecting ',' delimiter (at line 1, column 14)",
                id="json-unclosed-object",
            ),
            pytest.param(
                "", "json", "not valid JSON: Expecting value (at line 1, column 1)", id="json-empty"
            ),
            pytest.param(
                "!!python/object/apply:os.system ['echo owned']",
                "toml",
                "not valid TOML: Invalid statement (at line 1, column 1)",
                id="toml-yaml-tag-is-not-run",
            ),
            pytest.param(
                'title = "x"\nhorizon = { first = ' + "9" * 5000 + " }\n",
                "toml",
                "not valid TOML: Exceeds the limit (4300 digits) for integer string conversion: "
                "value has 5000 digits; use sys.set_int_max_str_digits() to increase the limit",
                id="toml-integer-too-long",
            ),
            pytest.param(
                '{"title": "x", "horizon": {"first": ' + "9" * 5000 + "}}",
                "json",
                "not valid JSON: Exceeds the limit (4300 digits) for integer string conversion: "
                "value has 5000 digits; use sys.set_int_max_str_digits() to increase the limit",
                id="json-integer-too-long",
            ),
        ],
    )
    def test_a_syntax_error_names_its_line_and_column(
        self, text: str, fmt: str, message: str
    ) -> None:
        path, _, rest = message.partition(": not valid TOML")
        expected = (path, "not valid TOML" + rest) if rest else ("", message)
        assert problems_of(text, fmt) == [expected]

    @pytest.mark.parametrize(
        ("text", "what"),
        [
            ("[1, 2]", "an array"),
            ('"title"', "a string"),
            ("3", "a number"),
            ("2.5", "a number"),
            ("true", "a boolean"),
            ("null", "null"),
        ],
    )
    def test_a_json_top_level_that_is_not_an_object(self, text: str, what: str) -> None:
        assert problems_of(text, "json") == [
            ("", f"the top level is {what}, not an object of scenario keys")
        ]

    @pytest.mark.parametrize(
        ("text", "fmt", "path", "shown"),
        [
            ('{"title": "x", "notes": NaN}', "json", "notes", "NaN"),
            ('{"title": "x", "notes": Infinity}', "json", "notes", "Infinity"),
            ('{"title": "x", "notes": -Infinity}', "json", "notes", "-Infinity"),
            ('{"title": "x", "horizon": {"first": 1e400}}', "json", "horizon.first", "1e400"),
            ('title = "x"\nnotes = nan\n', "toml", "notes", "nan"),
            ('title = "x"\n[horizon]\nlast = -inf\n', "toml", "horizon.last", "-inf"),
        ],
    )
    def test_nan_and_infinities_are_refused(
        self, text: str, fmt: str, path: str, shown: str
    ) -> None:
        assert problems_of(text, fmt) == [(path, f"{shown} is not a finite number")]

    def test_a_lone_surrogate_is_refused_in_texts_and_keys(self) -> None:
        text = '{"title": "ok\\ud800", "horizon": {"la\\udc00st": 2029}}'
        assert problems_of(text, "json") == [
            ("title", "holds a lone surrogate '\\ud800', which is not Unicode text"),
            (
                "horizon",
                "the key 'la\\udc00st' holds a lone surrogate '\\udc00', which is not Unicode text",
            ),
            ("horizon.la\udc00st", "unknown key; expected one of: first, last"),
        ]

    def test_bytes_that_are_not_utf8(self) -> None:
        text = 'title = "x"\nnotes = "caf\xe9"\n'.encode("latin-1")
        assert problems_of(text) == [
            ("", "not UTF-8 text: byte 0xe9 at line 2, column 13 (save the file as UTF-8)")
        ]

    def test_a_file_that_is_not_utf8(self, tmp_path: Path) -> None:
        path = tmp_path / "gbk.toml"
        path.write_bytes('title = "慈溪"\n'.encode("gbk"))
        with pytest.raises(ScenarioError) as caught:
            load_scenario(path)
        assert str(caught.value) == (
            "not UTF-8 text: byte 0xb4 at line 1, column 10 (save the file as UTF-8)"
        )


class TestLimits:
    def test_the_limits(self) -> None:
        assert (MAX_BYTES, MAX_DEPTH) == (1024 * 1024 * 1024, 64)

    def test_a_file_larger_than_the_limit_is_refused_unparsed(self, tmp_path: Path) -> None:
        path = tmp_path / "huge.toml"
        # Not even valid TOML: the size is checked before anything is parsed.
        path.write_bytes(b"[" * (LIMIT + 1))
        with pytest.raises(ScenarioError) as caught:
            load_scenario(path, max_bytes=LIMIT)
        assert str(caught.value) == (
            "the scenario is larger than 8,388,608 bytes (8 MiB) and is refused unread "
            "(raise the limit with max_bytes, or --max-size on the command line)"
        )

    def test_a_file_at_the_limit_is_parsed(self, tmp_path: Path) -> None:
        path = tmp_path / "padded.toml"
        padding = "#" * (LIMIT - len(MINIMAL_TOML) - 1) + "\n"
        path.write_text(MINIMAL_TOML + padding, encoding="utf-8")
        assert path.stat().st_size == LIMIT
        assert load_scenario(path, max_bytes=LIMIT) == Scenario(title="A small portfolio")

    @pytest.mark.parametrize("text", ["x" * (LIMIT + 1), "慈" * (LIMIT // 3 + 1)])
    def test_a_text_larger_than_the_limit_is_refused(self, text: str) -> None:
        assert problems_of(text) == [
            (
                "",
                "the scenario is larger than 8,388,608 bytes (8 MiB) and is refused unread "
                "(raise the limit with max_bytes, or --max-size on the command line)",
            )
        ]

    def test_a_limit_that_is_not_a_size_is_refused(self) -> None:
        with pytest.raises(InputError) as caught:
            loads_scenario("", max_bytes=0)
        assert (
            str(caught.value) == "max_bytes: 0 is not a size in bytes (a whole number, 1 or more)"
        )

    def test_a_limit_in_bytes_that_is_not_whole_kib(self) -> None:
        with pytest.raises(ScenarioError) as caught:
            loads_scenario("x" * 1001, max_bytes=1000)
        assert str(caught.value).startswith("the scenario is larger than 1,000 bytes and")

    @pytest.mark.parametrize(
        ("text", "fmt", "place"),
        [
            ("[" * 65 + "]" * 65, "json", "line 1, column 65"),
            ('{"a":' * 100 + "1" + "}" * 100, "json", "line 1, column 321"),
            ("a = " + "[" * 100_000, "toml", "line 1, column 69"),
            ("title = 'x'\nb = " + "{ c = " * 65 + "1" + " }" * 65, "toml", "line 2, column 389"),
        ],
    )
    def test_brackets_nested_too_deep_are_refused_before_parsing(
        self, text: str, fmt: str, place: str
    ) -> None:
        assert problems_of(text, fmt) == [("", f"nested deeper than 64 levels at {place}")]

    def test_dotted_keys_nested_too_deep_are_refused(self) -> None:
        text = "title = 'x'\n" + ".".join(["a"] * 70) + " = 1\n"
        assert problems_of(text) == [("a" + ".a" * 63, "nested deeper than 64 levels")]

    def test_nesting_at_the_limit_is_left_to_the_model(self) -> None:
        text = '{"title": "x", "notes": ' + "[" * 63 + "]" * 63 + "}"
        assert problems_of(text, "json") == [
            (
                "notes",
                "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]] is not a text",
            )
        ]

    @pytest.mark.parametrize(
        ("text", "title"),
        [
            ('title = "' + "[" * 100 + '"\n', "[" * 100),
            ("title = '" + "{" * 100 + "'\n", "{" * 100),
            ('title = """\n' + "[" * 100 + '"""\n', "[" * 100),
            ('title = """' + "[" * 100 + '""""\n', "[" * 100 + '"'),
            ("title = '''" + "[" * 100 + "''''\n", "[" * 100 + "'"),
            ("title = 'x' # " + "[" * 100 + "\n", "x"),
            ('title = "\\"' + "[" * 100 + '"\n', '"' + "[" * 100),
        ],
    )
    def test_brackets_in_toml_strings_and_comments_do_not_count(
        self, text: str, title: str
    ) -> None:
        assert loads_scenario(text).title == title

    def test_brackets_in_json_strings_do_not_count(self) -> None:
        title = "[" * 100 + '\\"' + "{" * 100
        scenario = loads_scenario('{"title": "' + title + '"}', "json")
        assert scenario.title == "[" * 100 + '"' + "{" * 100


class TestNoInputPathRunsCode:
    def test_the_readers_import_no_code_loading_module_and_call_no_eval(self) -> None:
        import ast
        import inspect

        from cixi_innovation.scenarios import files as serialization

        tree = ast.parse(inspect.getsource(serialization))
        imported = {
            alias.name.split(".")[0]
            for node in ast.walk(tree)
            if isinstance(node, ast.Import | ast.ImportFrom)
            for alias in (
                node.names if isinstance(node, ast.Import) else [ast.alias(node.module or "")]
            )
        }
        called = {
            node.func.id
            for node in ast.walk(tree)
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
        }
        assert imported & {"pickle", "marshal", "shelve", "yaml", "dill", "runpy"} == set()
        assert called & {"eval", "exec", "compile", "__import__"} == set()

    def test_a_yaml_tag_or_python_expression_is_only_text(self) -> None:
        text = "title = \"__import__('os').system('echo owned')\"\nnotes = \"!!python/object\"\n"
        scenario = loads_scenario(text)
        assert (scenario.title, scenario.notes) == (
            "__import__('os').system('echo owned')",
            "!!python/object",
        )


class TestSources:
    """Standard input, FIFOs and devices: read to their end, or given up after a timeout."""

    def test_a_stream_in_memory(self) -> None:
        assert read_source(io.BytesIO(b'title = "A"\n')) == b'title = "A"\n'

    def test_an_open_file(self, tmp_path: Path) -> None:
        path = tmp_path / "s.toml"
        path.write_bytes(b'title = "A"\n')
        with path.open("rb") as stream:
            assert read_source(stream) == b'title = "A"\n'

    def test_a_device_that_ends_at_once(self) -> None:
        assert read_source(os.devnull) == b""

    def test_a_fifo_without_a_writer(self, tmp_path: Path) -> None:
        fifo = tmp_path / "f.toml"
        os.mkfifo(fifo)
        with pytest.raises(ScenarioError) as caught:
            load_scenario(fifo, timeout=0.1)
        assert str(caught.value) == "no data after 0.1 s"

    def test_a_fifo_whose_writer_stops_without_closing(self, tmp_path: Path) -> None:
        fifo = tmp_path / "f.toml"
        os.mkfifo(fifo)
        reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)  # so the writer can open
        writer = os.open(fifo, os.O_WRONLY)
        try:
            os.write(writer, b"title")
            with pytest.raises(ScenarioError) as caught:
                read_source(fifo, timeout=0.1)
            assert str(caught.value) == "no end of the data (5 bytes read) after 0.1 s"
        finally:
            os.close(writer)
            os.close(reader)

    def test_a_fifo_that_delivers_too_much(self, tmp_path: Path) -> None:
        fifo = tmp_path / "f.toml"
        os.mkfifo(fifo)

        def write() -> None:
            try:
                with fifo.open("wb") as stream:
                    stream.write(b"#" * (LIMIT + 100_000))
            except BrokenPipeError:
                pass

        thread = threading.Thread(target=write)
        thread.start()
        data = read_source(fifo, max_bytes=LIMIT)
        thread.join()
        assert LIMIT < len(data) <= LIMIT + 65536
        with pytest.raises(ScenarioError, match="larger than 8,388,608 bytes"):
            loads_scenario(data, max_bytes=LIMIT)

    def test_the_format_of_a_text_without_a_name(self) -> None:
        assert sniff_format("\ufeff {}") == "json"
        assert sniff_format(b"# {\n") == "toml"


def test_parse_data_refuses_a_value_no_scenario_holds_naming_its_path() -> None:
    with pytest.raises(ScenarioError) as caught:
        parse_data("title = nan\n")
    assert [(p.path, p.message) for p in caught.value.problems] == [
        ("title", "nan is not a finite number")
    ]
