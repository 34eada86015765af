"""The table of bad inputs and the error each gets, run from ``tests/bad_inputs.toml``.

The cases are run when the documentation is built, with the same runner as
``tests/test_bad_inputs.py`` (``tests/bad_inputs.py``): a case whose error or message
differs from the file is a build warning, so the table can never show an error the
library does not raise.
"""

from __future__ import annotations

import importlib
import importlib.util
import inspect
import sys
from functools import cache
from pathlib import Path
from types import ModuleType

from sphinx.util import logging

from cixi_docs.markdown import code, escape, fence, ref, tr
from cixi_docs.readings import public_modules

logger = logging.getLogger(__name__)

RUNNER = Path(__file__).resolve().parents[3] / "tests" / "bad_inputs.py"


@cache
def runner() -> ModuleType:
    """The runner module, loaded by path (``tests/`` is not a package)."""
    name = "cixi_docs_bad_inputs_runner"
    spec = importlib.util.spec_from_file_location(name, RUNNER)
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot load {RUNNER}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@cache
def _error_class(name: str) -> str | None:
    for module_name in public_modules():
        module = importlib.import_module(module_name)
        obj = getattr(module, name, None)
        if (
            isinstance(obj, type)
            and issubclass(obj, BaseException)
            and obj.__module__ == module_name
            and name in getattr(module, "__all__", ())
        ):
            return f"{module_name}.{name}"
    return None


def _error(name: str) -> str:
    target = _error_class(name)
    return ref(target, name) if target else code(name)


def _cell(text: str) -> str:
    """Indent a multi-line cell body under its list item."""
    return "\n".join(("    " + line) if line else "" for line in text.splitlines())


# The headings of tests/bad_inputs.py's categories, for the Chinese edition; a category
# missing here keeps its English heading.
_CATEGORIES_ZH = {
    "money": "金额:浮点数、负数、不足一分的零头、上限",
    "ratios": "比例与份额",
    "dates": "日期、年度与有效期(第二十四条)",
    "choices": "未知的平台类别、级别、解读及其他选项",
    "missing": "暂行办法未予明确而又未提供的数值",
    "citations": "条款引用与条款编号",
    "events": "生命周期事件:顺序、状态、条件、纯数据",
    "parameters": "参数与解读",
    "documents": "读回的文件(决定)",
}

_HEAD = {
    "en": ("Case", "Input", "Error", "Message"),
    "zh": ("用例", "输入", "错误", "消息"),
}


def render(lang: str = "en") -> str:
    """Every case, by category: the call, the error class and the exact message."""
    run = runner()
    cases = run.load_cases()
    outcomes = [run.run(case) for case in cases]
    for outcome in outcomes:
        if not outcome.matches:
            logger.warning("bad input %s", outcome.problem(), location="bad-inputs")
        elif not outcome.library_error:
            logger.warning(
                "bad input %s: %s is not one of the library's errors",
                outcome.case.id,
                outcome.error,
                location="bad-inputs",
            )
    out = [
        tr(
            lang,
            f"All {len(cases)} cases below were run when this page was built, and each raised "
            "exactly the error shown; the same cases are the test `tests/test_bad_inputs.py`.",
            f"下列 {len(cases)} 个用例均在构建本页时运行,每个都抛出了所示的错误;"
            "测试 `tests/test_bad_inputs.py` 运行的是同一批用例。"
            '用例标题为英文原文;消息为错误的中文文本(`error.text("zh")`,'
            "即 `--lang zh` 下命令行所报告的),尚无中文文本的错误为英文原文。",
        ),
        "",
    ]
    for category, title in run.CATEGORIES.items():
        chosen = [o for o in outcomes if o.case.category == category]
        if not chosen:
            continue
        rows = [f"* - {h}" if i == 0 else f"  - {h}" for i, h in enumerate(_HEAD[lang])]
        for outcome in chosen:
            case = outcome.case
            # the Chinese edition shows the error's Chinese text, as --lang zh reports it
            message = outcome.message_zh if lang == "zh" and outcome.message_zh else case.message
            rows += [
                f"* - {code(case.id)}",
                "",
                f"    {escape(case.title)}",
                "  - " + _cell(fence(case.source(), "python")).lstrip(),
                f"  - {_error(case.error)}",
                f"  - {code(message)}",
            ]
        out += [
            f"## {escape(_CATEGORIES_ZH.get(category, title) if lang == 'zh' else title)}",
            "",
            fence(
                "\n".join(rows),
                "{list-table}",
                options={"header-rows": "1", "widths": "16 36 17 31", "class": "bad-inputs"},
            ),
            "",
        ]
    out += [
        tr(lang, "## Recipes", "## 辅助步骤"),
        "",
        tr(
            lang,
            "A case that needs a few steps calls a small recipe of `tests/bad_inputs.py`:",
            "需要几个步骤的用例调用 `tests/bad_inputs.py` 中的小型辅助函数:",
        ),
        "",
    ]
    for name, recipe in run.RECIPES.items():
        doc = inspect.cleandoc(recipe.__doc__ or "").replace("\n", " ")
        out.append(f"`{name}`\n: {escape(doc)}\n")
    return "\n".join(out)
