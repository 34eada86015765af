"""The command line's Chinese wording (中文提示) of library errors that have no Chinese text yet.

Most of the library's errors carry their own Chinese text
(:meth:`~cixi_innovation.values.errors.CixiError.text`), which ``--lang zh`` reports; for
those written in English only so far, the command line rewrites the most common in
Chinese before reporting them.  Each rule below
matches the end of an error line (after its file and path, which are kept) and gives
its Chinese wording; a line no rule matches is reported as the library wrote it.  The
Chinese of a value the Measures leave open comes from the library itself
(:data:`~cixi_innovation.law.parameters.OPEN_INPUTS`).
"""

from __future__ import annotations

import functools
import re
from typing import Final

__all__ = ["RULES", "in_chinese"]

#: The library's errors, one rule a line: the English ending (a regular expression) →
#: its Chinese wording, tried in order.  This is the one place that lists them.
_TABLE: Final = r"""
^(.*): is missing$ → \1: 缺少此项
^(.*): unknown key; expected one of: (.*)$ → \1: 未知的键;可用的键:\2
^(.*) is not a date \(YYYY-MM-DD\)$ → \1 不是日期(YYYY-MM-DD)
^(.*) is not a number of yuan$ → \1 不是以元计的金额
^(.*) is not a whole number$ → \1 不是整数
^(.*) is not a ratio \(e\.g\. '1/3', '0\.5' or '50%'\)$ → \1 不是比例(例如 '1/3'、'0.5' 或 '50%')
^(.*) is a float; money must be given as int, str or Decimal yuan so that it stays exact$ → \1 是浮点数;金额须以整数、字符串或 Decimal(元)给出,以保持精确
^(.*) is not (?:an?|the) [^;]*; choose one of: (.*)$ → \1 不是可选的值;可选:\2
^(.*) is not a year of the horizon$ → \1 不是模拟期内的年度
^(.*) is not a platform of the scenario$ → \1 不是本情景中的平台
^(.*) is outside the horizon (\d+)-(\d+)$ → \1 在模拟期 \2-\3 之外
^(.*) is already the id of (platforms\[\d+\])$ → \1 已是 \2 的编号
^(.*)not valid TOML: (.*)$ → \1不是有效的 TOML:\2
^(.*)not valid JSON: (.*)$ → \1不是有效的 JSON:\2
^(.*): not a setting of a scenario; .*$ → \1: 不是情景的设定项;请写 parameters、readings、measures 或 inputs 中的键,或带点的路径,如 parameters.operating_subsidy_cap
^(.*) is not NAME=VALUE$ → \1 不是“名称=值”
^(.*): makes the scenario wrong: (.*)$ → \1: 使情景出错:\2
^(.*)No such file or directory$ → \1文件或目录不存在
^(.*)Permission denied$ → \1没有权限
^(.*)Is a directory$ → \1是目录
"""

#: (English ending, Chinese wording) of each rule of the table, in order.
RULES: Final[tuple[tuple[str, str], ...]] = tuple(
    (pattern, wording)
    for pattern, _, wording in (line.partition(" → ") for line in _TABLE.strip().splitlines())
)

#: A value the Measures leave open: its Chinese comes from the library.
_OPEN_INPUT: Final = r"^(.*)the Measures do not give (.*); supply it(.*)$"


@functools.cache
def _compiled(pattern: str) -> re.Pattern[str]:
    # compiled on first use: an English run, and most Chinese ones, never need them
    return re.compile(pattern)


def in_chinese(line: str) -> str:
    """``line`` with its ending in Chinese when a rule knows it; otherwise unchanged."""
    found = _compiled(_OPEN_INPUT).match(line)
    if found is not None:
        from cixi_innovation.law.open_inputs import OPEN_INPUTS

        for item in OPEN_INPUTS.values():
            if item.en == found.group(2):
                return f"{found.group(1)}{item.zh};请提供{found.group(3)}"
    for pattern, wording in RULES:
        rule = _compiled(pattern)
        if rule.match(line):
            return rule.sub(wording, line)
    return line
