"""Every problem of a scenario reads in Chinese too: the same thing, with the same values."""

from __future__ import annotations

import copy
import errno
import os
import pickle
from collections.abc import Callable
from typing import Any

import pytest

from cixi_innovation.scenarios._syntax import _fail, _toml_zh
from cixi_innovation.scenarios.checks import check_scenario, problems_of
from cixi_innovation.scenarios.default import default_scenario
from cixi_innovation.scenarios.files import file_problem, loads_scenario, read_source
from cixi_innovation.scenarios.horizon import Calendar, Horizon
from cixi_innovation.scenarios.inputs import Inputs
from cixi_innovation.scenarios.probabilities import Probabilities
from cixi_innovation.scenarios.problems import Problem, ScenarioError
from cixi_innovation.scenarios.scenario import Scenario
from cixi_innovation.scenarios.settings import with_settings
from cixi_innovation.values.citations import Citation
from cixi_innovation.values.errors import CixiError, InputError, MissingInputError

DATA: dict[str, Any] = default_scenario().to_data()


def _variant(change: Callable[[dict[str, Any]], object]) -> Scenario:
    data = copy.deepcopy(DATA)
    change(data)
    return Scenario.from_data(data)


def _chinese(read: Callable[[], object]) -> str:
    with pytest.raises(CixiError) as caught:
        read()
    return caught.value.text("zh")


class TestProblem:
    def test_it_reads_in_either_language(self) -> None:
        problem = Problem("platforms[0].name", "is missing", zh="缺少此项")
        assert problem.text() == str(problem) == "platforms[0].name: is missing"
        assert problem.text("zh") == "platforms[0].name: 缺少此项"
        assert problem.message_in("zh") == "缺少此项"
        assert problem.at("title").text("zh") == "title: 缺少此项"

    def test_one_without_a_chinese_text_reads_in_english(self) -> None:
        problem = Problem("", "too big")
        assert problem.text("zh") == problem.text("en") == "too big"

    def test_an_error_becomes_a_problem_in_both_languages_with_its_articles(self) -> None:
        error = MissingInputError(
            "the ratio is needed", zh="需要比例", field="x", article=Citation.article(20)
        )
        problem = Problem.of(error, "inputs.matching_ratio")
        assert problem.text() == "inputs.matching_ratio: the ratio is needed (Art. 20 第二十条)"
        assert problem.text("zh") == "inputs.matching_ratio: 需要比例(第二十条)"
        assert problems_of(error) == (problem.at("x"),)

    def test_an_error_with_no_chinese_text_keeps_none(self) -> None:
        problem = Problem.of(InputError("bad", article=Citation.article(6)), "p")
        assert (problem.message, problem.zh) == ("bad (Art. 6 第六条)", None)


class TestScenarioError:
    def test_several_problems_under_a_chinese_heading(self) -> None:
        error = ScenarioError(
            [Problem("title", "is blank", zh="为空白"), Problem("", "too big", zh="过大")]
        )
        assert error.text("zh") == "情景中有 2 个问题:\n  title: 为空白\n  过大"
        assert (
            error.text("en")
            == str(error)
            == "2 problems in the scenario:\n  title: is blank\n  too big"
        )

    def test_one_problem_reads_as_the_problem(self) -> None:
        error = ScenarioError([Problem("title", "is blank", zh="为空白")])
        assert error.text("zh") == "title: 为空白"
        assert (error.field, error.zh) == ("title", "为空白")

    def test_the_chinese_texts_survive_pickling(self) -> None:
        error = ScenarioError(
            [Problem("a", "b", zh="乙"), Problem("c", "d", zh="丁"), Problem("e", "f")]
        )
        again = pickle.loads(pickle.dumps(error))
        assert again.problems == error.problems
        assert (
            again.text("zh") == error.text("zh") == "情景中有 3 个问题:\n  a: 乙\n  c: 丁\n  e: f"
        )


class TestEachLoader:
    @pytest.mark.parametrize(
        ("read", "chinese"),
        [
            pytest.param(
                lambda: Horizon.from_data({"first": 2030, "last": 2029}),
                "last: 模拟期的结束年度(2029)早于开始年度(2030)",
                id="horizon",
            ),
            pytest.param(
                lambda: Calendar.from_data({"settlement": "01-01"}, "calendar"),
                "calendar.settlement: 结算日(01-01)须晚于预拨日(01-20)",
                id="calendar",
            ),
            pytest.param(
                lambda: Calendar.from_data({"advance": "02-30"}, "calendar"),
                "calendar.advance: '02-30' 不是每年都有的日子(MM-DD)",
                id="calendar-day",
            ),
            pytest.param(
                lambda: Probabilities.from_data(
                    {"unqualified_annual_assessment": "3/2"}, "probabilities"
                ),
                "probabilities.unqualified_annual_assessment: '3/2' 大于 1;概率在 0 与 1 之间",
                id="probabilities",
            ),
            pytest.param(
                lambda: Inputs.from_data({"advance": {"share": "１/2"}}, "inputs"),
                "inputs.advance.share: '１/2' 使用了 0-9 以外的数字;"
                "情景文件以 ASCII 数字书写比例,例如 '1/3'",
                id="inputs",
            ),
            pytest.param(
                lambda: loads_scenario('title = "t"\n[[platforms]]\nkind = "hub"\n'),
                "platforms[0].kind: 'hub' 不是可选的平台类型;可选:complex、consortium、center",
                id="platforms",
            ),
            pytest.param(
                lambda: _variant(lambda d: d["platforms"][0]["years"].update({"2031": {}})),
                "platforms[0].years[2031]: 2031 在模拟期 2025-2029 之外",
                id="scenario",
            ),
            pytest.param(
                lambda: _variant(
                    lambda d: d["platforms"][5]["years"]["2025"]["claims"][0].update(triggers=[])
                ),
                "platforms[5].years[2025].claims[0].triggers: 申请须至少列明一项补助情形(第十六条)",
                id="facts",
            ),
            pytest.param(
                lambda: with_settings(default_scenario(), {"colour": "red"}),
                "colour: 不是情景的设定项;请写 parameters、readings、measures 或 inputs 中的键,"
                "或带点的路径,如 parameters.operating_subsidy_cap",
                id="settings",
            ),
            pytest.param(
                lambda: with_settings(default_scenario(), {"operating_subsidy_cap": "abc"}),
                "operating_subsidy_cap: 'abc' 不是以元计的金额",
                id="settings-value",
            ),
        ],
    )
    def test_a_problem_of_the_loader(self, read: Callable[[], object], chinese: str) -> None:
        assert _chinese(read) == chinese

    def test_several_problems_of_a_file(self) -> None:
        text = 'title = "t"\ncolour = 1\nschema_version = "9"\n'
        assert _chinese(lambda: loads_scenario(text)) == (
            "情景中有 2 个问题:\n"
            "  colour: 未知的键;可用的键:schema_version、title、notes、horizon、measures、"
            "parameters、readings、inputs、calendar、force、probabilities、platforms\n"
            "  schema_version: 不支持的情景格式版本 '9'(应为 '1')"
        )


class TestTheSimulationsProblems:
    def test_an_outcome_needed(self) -> None:
        scenario = _variant(lambda d: d["platforms"][0]["years"]["2029"].pop("assessment"))
        (problem,) = check_scenario(scenario)
        assert problem.text("zh") == (
            "platforms[0].years[2029].assessment: 2029 年度考核验收(应于 2029-12-10)的结果是必需的;"
            "请在该年度的事实中给出,或给出其概率"
            "(probabilities.unqualified_annual_assessment)(第八条)"
        )

    def test_an_event_the_lifecycle_refuses_keeps_its_reason_in_chinese(self) -> None:
        scenario = _variant(
            lambda d: d["platforms"][0].update(
                applicants=[{"kind": "enterprise", "name": "某公司"}]
            )
        )
        (problem,) = check_scenario(scenario)
        assert problem.text("zh") == (
            "platforms[0].applied_on: 某公司(企业)不能申请综合体建设:"
            "申请单位为镇政府(街道办事处)、产业平台。(第六条)"
        )

    def test_a_date_outside_the_force_says_what_to_do_in_chinese(self) -> None:
        problem = check_scenario(_variant(lambda d: d.update(force="refuse")))[0]
        assert problem.text("zh") == (
            "platforms[0].applied_on: 2024-10-15 不在《办法》施行期间 [2024-12-25, 2029-12-25) "
            "之内;在《办法》施行前创建的平台,请以 force = 'flag' 载录(第二十四条)"
        )


class TestFileErrors:
    @pytest.mark.parametrize(
        ("text", "fmt", "chinese"),
        [
            pytest.param(
                b'title = "\xff"\n',
                "toml",
                "不是 UTF-8 文本:第 1 行第 10 列的字节 0xff(请将文件存为 UTF-8)",
                id="not-utf-8",
            ),
            pytest.param(
                'title = "t"\n[horizon]\nfirst = \n',
                "toml",
                "horizon.first: 不是有效的 TOML:值无效(第 3 行第 9 列)",
                id="toml",
            ),
            pytest.param(
                '{"title": }', "json", "不是有效的 JSON:Expecting value(第 1 行第 11 列)", id="json"
            ),
            pytest.param("[1]", "json", "顶层是数组,而不是由情景键组成的对象", id="top"),
            pytest.param('{"title": "t", "title": "u"}', "json", "title: 重复给出", id="twice"),
            pytest.param("[[[[" * 20, "json", "第 1 行第 65 列处嵌套超过 64 层", id="deep"),
        ],
    )
    def test_the_text_at_fault(self, text: str | bytes, fmt: Any, chinese: str) -> None:
        assert _chinese(lambda: loads_scenario(text, fmt)) == chinese

    def test_too_large(self) -> None:
        assert _chinese(lambda: loads_scenario("x" * 2048, max_bytes=1024)) == (
            "情景大于 1,024 字节(1 KiB),未经读取即被拒绝"
            "(可用 max_bytes 或命令行的 --max-size 提高上限)"
        )

    def test_not_a_text(self) -> None:
        assert _chinese(lambda: loads_scenario(1)) == "int 不是情景文件的文本(str 或 bytes)"  # type: ignore[arg-type]

    def test_a_fifo_that_delivers_nothing(self) -> None:
        read_end, write_end = os.pipe()
        try:
            with os.fdopen(read_end, "rb") as stream:
                assert _chinese(lambda: read_source(stream, timeout=0)) == "0 秒后仍无数据"
                os.write(write_end, b"abc")
                assert _chinese(lambda: read_source(stream, timeout=0)) == (
                    "0 秒后数据仍未结束(已读取 3 字节)"
                )
        finally:
            os.close(write_end)

    @pytest.mark.parametrize(
        ("error", "chinese"),
        [
            (
                FileNotFoundError(errno.ENOENT, "No such file or directory", "a.toml"),
                "a.toml: 文件或目录不存在",
            ),
            (PermissionError(errno.EACCES, "Permission denied", "a.toml"), "a.toml: 没有权限"),
            (IsADirectoryError(errno.EISDIR, "Is a directory", "d"), "d: 是目录"),
            (OSError(errno.ENOSPC, "No space left on device"), "No space left on device"),
            (OSError("no reason given"), "no reason given"),
        ],
    )
    def test_a_file_that_cannot_be_read(self, error: OSError, chinese: str) -> None:
        assert file_problem(error).text("zh") == chinese

    def test_the_problem_of_a_file_names_it_as_the_system_does(self) -> None:
        problem = file_problem(
            FileNotFoundError(errno.ENOENT, "No such file or directory", b"b.toml")
        )
        assert problem == Problem("b.toml", "No such file or directory", zh="文件或目录不存在")


def test_a_failure_of_the_text_is_one_problem_in_both_languages() -> None:
    error = _fail("too deep", zh="过深", path="a")
    assert (error.text("en"), error.text("zh")) == ("a: too deep", "a: 过深")


@pytest.mark.parametrize(
    ("message", "chinese"),
    [
        (
            "Invalid date or datetime (at line 88, column 15)",
            "日期或日期时间无效(第 88 行第 15 列)",
        ),
        (
            "Cannot declare ('x',) twice (at line 2, column 3)",
            "不能两次声明 ('x',)(第 2 行第 3 列)",
        ),
        (
            "Duplicate inline table key 'b' (at line 1, column 14)",
            "内联表的键 'b' 重复(第 1 行第 14 列)",
        ),
        (
            "Expected '=' after a key in a key/value pair (at end of document)",
            "键值对中的键之后应为 '='(在文档末尾)",
        ),
        (
            "Expected ']]' at the end of an array declaration (at line 1, column 4)",
            "数组表声明的末尾应为 ']]'(第 1 行第 4 列)",
        ),
        ("Expected '}' (at line 1, column 9)", "应为 '}'(第 1 行第 9 列)"),
        ("Unterminated string", "字符串未结束"),
        (
            "A message tomllib may write one day (at line 1, column 2)",
            "A message tomllib may write one day(第 1 行第 2 列)",
        ),
    ],
)
def test_a_toml_syntax_error_in_chinese(message: str, chinese: str) -> None:
    assert _toml_zh(message) == chinese
