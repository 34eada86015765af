"""The exact Chinese texts (``error.text("zh")``) of errors of the law and the rules.

Each module of the two layers whose errors were written here has at least one case; the
field and the article come with the text as they do in English.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from tests.raising import raised

from cixi_innovation.law.articles import ANNEXES, ARTICLES, CHAPTERS
from cixi_innovation.law.registry import Registry, implements
from cixi_innovation.rules.center_funds import FundUse, LedgerEntry
from cixi_innovation.rules.consortium_support import TriggerTerms
from cixi_innovation.rules.evaluations import (
    Assessment,
    AssessmentKind,
    ThresholdScorer,
    assess,
    consequences_of,
)
from cixi_innovation.rules.overlap import overlap_groups
from cixi_innovation.rules.subsidy import operating_subsidy
from cixi_innovation.rules.subsidy_expenses import Expense, ExpenseCategory, remuneration_cap
from cixi_innovation.rules.subsidy_settlement import AdvanceRule, ResultShares, advance_payment
from cixi_innovation.values.assessments import AssessmentResult
from cixi_innovation.values.errors import CixiError

ON = date(2026, 3, 1)
_ANNUAL = AssessmentKind.COMPLEX_ANNUAL_CHECK
_EXPIRY = AssessmentKind.COMPLEX_EXPIRY_APPRAISAL
_HIGHER = Assessment.of("complex_higher_level_annual", "2028-07-01", "poor")

CASES: dict[str, tuple[Callable[[], object], str]] = {
    "articles: no such article": (lambda: ARTICLES[25], "《办法》的条文编号为 1 至 24,没有 25"),
    "articles: no such chapter": (lambda: CHAPTERS[6], "《办法》的章编号为 1 至 5,没有 6"),
    "articles: an annex by a string": (
        lambda: ANNEXES["1"],  # type: ignore[index]
        "《办法》的附件编号为 1 至 3,没有 '1'",
    ),
    "registry: no citation": (
        implements,
        'implements() 至少需要一个条款引用,例如 implements("Art. 10")',
    ),
    "registry: not a qualified name": (
        lambda: Registry().register("pkg..f", "Art. 1"),
        "'pkg..f' 不是限定名称(例如 'pkg.mod.Name')",
    ),
    "registry: no name": (
        lambda: Registry().implements("Art. 1")(3),
        "3 没有模块名和限定名称;请用 register() 并给出其名称",
    ),
    "common: not a list": (
        lambda: overlap_groups(1),  # type: ignore[arg-type]
        "candidates: 1 不是拟给予的补助的列表(第二十三条)",
    ),
    "common: not an item": (
        lambda: overlap_groups([1]),  # type: ignore[list-item]
        "candidates[0]: 1 不是 拟给予的补助(第二十三条)",
    ),
    "consortium_support: neither amount nor rate": (
        TriggerTerms,
        "schedule: 补助标准须为固定金额或按合规成本计的比例,二者取其一(第十六条)",
    ),
    "center_funds: not entrustable": (
        lambda: LedgerEntry(ON, FundUse.TALENT_TEAMS, 1000, entrusted=True),
        "entrusted: 人才团队引进培育不可委托;仅科研项目实施、实验室建设及运营管理可委托依托单位实施"
        "(第二十条第二款)",
    ),
    "subsidy: higher-level funds below Ningbo level": (
        lambda: operating_subsidy(1, carried_over=1, on=ON),
        "carried_over: 为慈溪市级综合体申报了上级补助资金;第十条的例外仅适用于宁波市级及以上综合体"
        "(第十条)",
    ),
    "subsidy_expenses: no category, no description": (
        lambda: Expense(1),
        "description: 支出须注明第十条所列的支出类别;其他支出须给出说明(第十条)",
    ),
    "subsidy_expenses: full-time staff not said": (
        lambda: Expense(1, ExpenseCategory.STAFF_REMUNERATION),
        "full_time_daily_staff: 请说明所支付薪酬的人员是否为从事综合体日常工作的专职人员(第十条)",
    ),
    "subsidy_expenses: the base's amount missing": (
        lambda: remuneration_cap(on=ON, base="advanced_amount"),
        "advanced: 三分之一的限额按预拨金额计算;请提供(第十条)",
    ),
    "subsidy_expenses: carried-over funds missing": (
        lambda: remuneration_cap(on=ON, granted=1, carry_over="included"),
        "carried_over: 三分之一的基数计入结转的上级补助资金(TN 10.5);请提供(第十条)",
    ),
    "subsidy_settlement: neither fixed nor share": (
        AdvanceRule,
        "advance: 预拨规则须为固定金额或核定补贴的一定比例,二者取其一(第十条)",
    ),
    "subsidy_settlement: more than the whole": (
        lambda: ResultShares(qualified="5/4", unqualified=0),
        "link.qualified: '5/4' 超过核定补贴全额(第十条)",
    ),
    "subsidy_settlement: not an advance rule": (
        lambda: advance_payment(2026, on=ON, granted=1, rule=1),  # type: ignore[arg-type]
        "rule: 1 不是 AdvanceRule(预拨规则);请用 AdvanceRule.fixed_amount 或 "
        "AdvanceRule.share_of_grant(第十条)",
    ),
    "evaluations: graded on another scale": (
        lambda: Assessment(_ANNUAL, ON, AssessmentResult.QUALIFIED.code),  # type: ignore[arg-type]
        "result: 综合体年度计划目标完成情况考核验收的结果为合格、不合格之一,不是 'qualified'"
        "(第八条第一款)",
    ),
    "evaluations: conducted by another body": (
        lambda: Assessment.of(
            "center_mid_term_evaluation", "2028-07-01", "poor", ["finance_bureau"]
        ),
        "conducted_by: 中期绩效评价由市科技局会同市财政局组织实施,而非市财政局(第二十一条)",
    ),
    "evaluations: a Complex below Ningbo level": (
        lambda: consequences_of(_HIGHER, level="cixi"),
        "level: 上级组织的年度绩效评价适用于宁波市级及以上综合体,不适用于慈溪市级(第八条第二款)",
    ),
    "evaluations: a threshold missing": (
        lambda: ThresholdScorer({}),
        "minimum_completion.industry_output_value: 全行业产值没有门槛,《办法》未作规定(第二十二条):"
        "请给出最低完成率,或以 None 不考核该指标(第二十二条)",
    ),
    "evaluations: not a pair": (
        lambda: assess(_ANNUAL, on=ON, criteria={"a": (1,)}),  # type: ignore[dict-item]
        "criteria.a: (1,) 不是(实际值, 目标值)数对(第二十二条)",
    ),
    "evaluations: the higher level's": (
        lambda: assess(AssessmentKind.COMPLEX_HIGHER_LEVEL_ANNUAL, on=ON),
        "kind: 上级组织的年度绩效评价属上级的考核;请记录其结果,不按第二十二条评分(第八条第二款)",
    ),
    "evaluations: criteria for the expiry appraisal": (
        lambda: assess(_EXPIRY, on=ON, criteria={}),
        "criteria: 建设期届满绩效评估按第九条的五项核心指标评分;请以 actual 和 target 给出,"
        "而非 criteria(第九条第一款)",
    ),
    "evaluations: no criteria": (
        lambda: assess(_ANNUAL, on=ON),
        "criteria: 《办法》未规定综合体年度计划目标完成情况考核验收的考核标准,由市科技局另行规定:"
        "请以 criteria 给出(第二十二条)",
    ),
}


@pytest.mark.parametrize(("call", "zh"), CASES.values(), ids=CASES)
def test_the_chinese_text(call: Callable[[], object], zh: str) -> None:
    assert raised(CixiError, call).text("zh") == zh
