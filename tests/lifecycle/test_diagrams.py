"""Diagrams drawn from the lifecycle tables: DOT (checked with Graphviz), Mermaid, Markdown."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from cixi_innovation.lifecycles.complex.lifecycle import COMPLEX_LIFECYCLE
from cixi_innovation.lifecycles.diagrams import (
    LIFECYCLE_MODULES,
    dot,
    lifecycle_for,
    markdown_table,
    mermaid,
    render,
)
from cixi_innovation.values.errors import InvalidChoiceError
from cixi_innovation.values.vocabulary import PlatformKind

COMPLEX_TABLE_EN = (
    "| source | event | target | article |\n"
    "| --- | --- | --- | --- |\n"
    "| (start) | Complex application | application submitted (initial) | Art. 6, Art. 2, Art. 5 |\n"
    "| application submitted (initial) | feasibility review by the Bureau [passed] | feasibility review passed, consultation under way | Art. 6, Art. 5 |\n"
    "| application submitted (initial) | feasibility review by the Bureau [not passed] | rejected (final) | Art. 6 |\n"
    "| feasibility review passed, consultation under way | opinion of a task-group unit | feasibility review passed, consultation under way | Art. 6 |\n"
    "| feasibility review passed, consultation under way | review by the leader in charge [approved] | approved, host unit to be selected | Art. 6 |\n"
    "| feasibility review passed, consultation under way | review by the leader in charge [not approved] | rejected (final) | Art. 6 |\n"
    "| approved, host unit to be selected | host unit selection [reported] | host unit selected, round to start | Art. 7 |\n"
    "| approved, host unit to be selected | host unit selection [submitted for approval] | host unit selected, round to start | Art. 7 |\n"
    "| host unit selected, round to start | five-year targets put forward (start of a round) | under construction | Art. 8 |\n"
    "| round completed, still on the creation list | five-year targets put forward (start of a round) | under construction | Art. 8 |\n"
    "| under construction | annual work plan | under construction | Art. 8 |\n"
    "| under construction | annual assessment [result qualified] | under construction | Art. 8 |\n"
    "| under construction | annual assessment [result unqualified] | units' qualifications revoked, awaiting new units | Art. 8 |\n"
    "| host unit selected, round to start | higher-level annual evaluation [result poor] | units' qualifications revoked, awaiting new units | Art. 8 ¶2 |\n"
    "| host unit selected, round to start | higher-level annual evaluation [result not poor] | host unit selected, round to start | Art. 8 ¶2 |\n"
    "| under construction | higher-level annual evaluation [result poor] | units' qualifications revoked, awaiting new units | Art. 8 ¶2 |\n"
    "| under construction | higher-level annual evaluation [result not poor] | under construction | Art. 8 ¶2 |\n"
    "| round completed, still on the creation list | higher-level annual evaluation [result poor] | units' qualifications revoked, awaiting new units | Art. 8 ¶2 |\n"
    "| round completed, still on the creation list | higher-level annual evaluation [result not poor] | round completed, still on the creation list | Art. 8 ¶2 |\n"
    "| units' qualifications revoked, awaiting new units | reassignment of the units [continue the round] | under construction | Art. 8 |\n"
    "| units' qualifications revoked, awaiting new units | reassignment of the units [new round] | host unit selected, round to start | Art. 8 |\n"
    "| under construction | end-of-round performance appraisal [result poor] | eliminated, off the creation list (final) | Art. 9 |\n"
    "| under construction | end-of-round performance appraisal [not poor (stays on the list)] | round completed, still on the creation list | Art. 9 |\n"
    "| under construction | end-of-round performance appraisal [not poor (construction ends)] | construction ended (final) | Art. 9 |\n"
    "| units' qualifications revoked, awaiting new units | end-of-round performance appraisal [result poor] | eliminated, off the creation list (final) | Art. 9 |\n"
    "| units' qualifications revoked, awaiting new units | end-of-round performance appraisal [not poor (stays on the list)] | units' qualifications revoked, awaiting new units | Art. 9 |\n"
    "| units' qualifications revoked, awaiting new units | end-of-round performance appraisal [not poor (construction ends)] | construction ended (final) | Art. 9 |\n"
    "| approved, host unit to be selected | level recognition | approved, host unit to be selected | Art. 8 ¶2, Art. 9 ¶2 |\n"
    "| host unit selected, round to start | level recognition | host unit selected, round to start | Art. 8 ¶2, Art. 9 ¶2 |\n"
    "| under construction | level recognition | under construction | Art. 8 ¶2, Art. 9 ¶2 |\n"
    "| units' qualifications revoked, awaiting new units | level recognition | units' qualifications revoked, awaiting new units | Art. 8 ¶2, Art. 9 ¶2 |\n"
    "| round completed, still on the creation list | level recognition | round completed, still on the creation list | Art. 8 ¶2, Art. 9 ¶2 |\n"
    "| host unit selected, round to start | higher-level expiry assessment [result unqualified] | eliminated, off the creation list (final) | Art. 9 ¶2 |\n"
    "| host unit selected, round to start | higher-level expiry assessment [result qualified] | host unit selected, round to start | Art. 9 ¶2 |\n"
    "| under construction | higher-level expiry assessment [result unqualified] | eliminated, off the creation list (final) | Art. 9 ¶2 |\n"
    "| under construction | higher-level expiry assessment [result qualified] | under construction | Art. 9 ¶2 |\n"
    "| units' qualifications revoked, awaiting new units | higher-level expiry assessment [result unqualified] | eliminated, off the creation list (final) | Art. 9 ¶2 |\n"
    "| units' qualifications revoked, awaiting new units | higher-level expiry assessment [result qualified] | units' qualifications revoked, awaiting new units | Art. 9 ¶2 |\n"
    "| round completed, still on the creation list | higher-level expiry assessment [result unqualified] | eliminated, off the creation list (final) | Art. 9 ¶2 |\n"
    "| round completed, still on the creation list | higher-level expiry assessment [result qualified] | round completed, still on the creation list | Art. 9 ¶2 |\n"
)


def test_the_markdown_table_of_the_complex_in_english_is_exact() -> None:
    assert markdown_table(COMPLEX_LIFECYCLE, "en") == COMPLEX_TABLE_EN


def test_the_markdown_table_has_one_row_per_transition() -> None:
    rows = markdown_table(COMPLEX_LIFECYCLE, "zh").splitlines()
    assert rows[0] == "| 起始状态 | 事件 | 目标状态 | 条款 |"
    assert len(rows) == 2 + len(COMPLEX_LIFECYCLE.transitions)
    assert rows[2] == "| (开始) | 提出综合体建设申请 | 已提出申请(初始) | 第六条、第二条、第五条 |"
    assert rows[14] == (
        "| 建设中 | 年度考核验收 [结果为“不合格”] | 建设单位与依托单位资格已取消,待另行授权委托 | 第八条 |"
    )


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_dot_diagram_renders_with_graphviz(lang: str) -> None:
    if shutil.which("dot") is None:
        pytest.skip("Graphviz dot is not installed")
    result = subprocess.run(
        ["dot", "-Tsvg"],
        input=dot(COMPLEX_LIFECYCLE, lang).encode(),
        capture_output=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr.decode()
    assert result.stderr == b""
    assert result.stdout.startswith(b"<?xml")
    assert b"<svg" in result.stdout


def test_the_dot_diagram_marks_the_initial_and_the_final_states() -> None:
    text = dot(COMPLEX_LIFECYCLE)
    assert '    "applied" [label="application submitted", penwidth=2];' in text
    assert '    "eliminated" [label="eliminated,\\noff the creation list", peripheries=2];' in text
    assert (
        '    "__start__" -> "applied" [label="Complex application\\nArt. 6, Art. 2, Art. 5"];'
        in text
    )
    assert text.count(" -> ") == len(COMPLEX_LIFECYCLE.transitions)


def test_the_dot_diagram_runs_top_to_bottom_with_long_state_labels_broken_at_a_comma() -> None:
    lines = dot(COMPLEX_LIFECYCLE, "zh").splitlines()
    assert lines[1:3] == [
        "    graph [rankdir=TB, nodesep=0.3, ranksep=0.4, labelloc=t];",
        '    label="产业创新服务综合体";',
    ]
    assert '    "in_consultation" [label="论证通过,征求意见中"];' in lines
    assert '    "units_revoked" [label="建设单位与依托单位资格已取消,\\n待另行授权委托"];' in lines


def test_the_numbered_dot_diagram_draws_one_arrow_per_pair_of_states() -> None:
    text = dot(COMPLEX_LIFECYCLE, "en", numbered=True)
    arrows = [line for line in text.splitlines() if " -> " in line]
    assert arrows[0] == '    "__start__" -> "applied" [label="1"];'
    assert (
        '    "under_construction" -> "under_construction" [label="11, 12, 17, 30, 36"];' in arrows
    )
    assert '    "under_construction" -> "units_revoked" [label="13, 16"];' in arrows
    pairs = {(t.source, t.target) for t in COMPLEX_LIFECYCLE.transitions}
    assert len(arrows) == len(pairs)
    numbers = [n for line in arrows for n in line.split('label="')[1].rstrip('"];').split(", ")]
    assert sorted(map(int, numbers)) == list(range(1, len(COMPLEX_LIFECYCLE.transitions) + 1))


def test_the_mermaid_diagram_starts_at_the_initial_state_and_ends_at_the_finals() -> None:
    lines = mermaid(COMPLEX_LIFECYCLE, "zh").splitlines()
    assert lines[0] == "stateDiagram-v2"
    assert "    [*] --> applied : 提出综合体建设申请 (第六条、第二条、第五条)" in lines
    assert lines[-3:] == [
        "    rejected --> [*]",
        "    eliminated --> [*]",
        "    construction_ended --> [*]",
    ]
    assert (
        "    under_construction --> units_revoked : 年度考核验收 [结果为“不合格”] (第八条)" in lines
    )


def test_render_dispatches_on_the_format_name() -> None:
    assert render(COMPLEX_LIFECYCLE, "table", "en") == COMPLEX_TABLE_EN
    assert render(COMPLEX_LIFECYCLE, "mermaid") == mermaid(COMPLEX_LIFECYCLE)
    assert render(COMPLEX_LIFECYCLE) == dot(COMPLEX_LIFECYCLE)


def test_an_unknown_format_or_language_is_refused_by_name() -> None:
    with pytest.raises(InvalidChoiceError) as info:
        render(COMPLEX_LIFECYCLE, "svg")
    assert (
        str(info.value)
        == "format: 'svg' is not a diagram format; choose one of: dot, mermaid, table"
    )
    with pytest.raises(InvalidChoiceError) as info:
        mermaid(COMPLEX_LIFECYCLE, "fr")
    assert str(info.value) == "lang: 'fr' is not a language; choose one of: zh, en"


def test_the_lifecycle_of_a_kind_is_found_by_its_code() -> None:
    assert lifecycle_for("complex") is COMPLEX_LIFECYCLE
    assert lifecycle_for("产业创新服务综合体") is COMPLEX_LIFECYCLE
    with pytest.raises(InvalidChoiceError) as info:
        lifecycle_for("building")
    assert str(info.value) == (
        "kind: 'building' is not a platform kind; choose one of: complex, consortium, center"
    )


def test_a_kind_whose_lifecycle_is_not_available_is_refused(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(
        LIFECYCLE_MODULES, PlatformKind.CONSORTIUM, "cixi_innovation.no_such_module"
    )
    monkeypatch.setitem(
        LIFECYCLE_MODULES, PlatformKind.INNOVATION_CENTER, "cixi_innovation.values.dates"
    )
    for kind in ("consortium", "center"):
        with pytest.raises(InvalidChoiceError) as info:
            lifecycle_for(kind)
        assert info.value.field == "kind"
    assert str(info.value) == (
        "kind: the lifecycle of the industrial technology innovation center is not available "
        "in this version"
    )


def test_a_broken_lifecycle_module_is_not_mistaken_for_a_missing_one(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    (tmp_path / "broken_lifecycle_module.py").write_text("import no_such_dependency\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setitem(LIFECYCLE_MODULES, PlatformKind.CONSORTIUM, "broken_lifecycle_module")
    with pytest.raises(ModuleNotFoundError):
        lifecycle_for("consortium")
