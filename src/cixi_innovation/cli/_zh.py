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

import re
from typing import Final

__all__ = ["RULES", "in_chinese"]

#: (English ending, Chinese wording) of the library's errors, tried in order.
RULES: Final[tuple[tuple[re.Pattern[str], str], ...]] = tuple(
    (re.compile(pattern), wording)
    for pattern, wording in (
        (r"^(.*): is missing$", r"\1: 缺少此项"),
        (r"^(.*): unknown key; expected one of: (.*)$", r"\1: 未知的键;可用的键:\2"),
        (r"^(.*) is not a date \(YYYY-MM-DD\)$", r"\1 不是日期(YYYY-MM-DD)"),
        (r"^(.*) is not a number of yuan$", r"\1 不是以元计的金额"),
        (r"^(.*) is not a whole number$", r"\1 不是整数"),
        (
            r"^(.*) is not a ratio \(e\.g\. '1/3', '0\.5' or '50%'\)$",
            r"\1 不是比例(例如 '1/3'、'0.5' 或 '50%')",
        ),
        (
            r"^(.*) is a float; money must be given as int, str or Decimal yuan so that it "
            r"stays exact$",
            r"\1 是浮点数;金额须以整数、字符串或 Decimal(元)给出,以保持精确",
        ),
        (r"^(.*) is not (?:an?|the) [^;]*; choose one of: (.*)$", r"\1 不是可选的值;可选:\2"),
        (r"^(.*) is not a year of the horizon$", r"\1 不是模拟期内的年度"),
        (r"^(.*) is not a platform of the scenario$", r"\1 不是本情景中的平台"),
        (r"^(.*) is outside the horizon (\d+)-(\d+)$", r"\1 在模拟期 \2-\3 之外"),
        (r"^(.*) is already the id of (platforms\[\d+\])$", r"\1 已是 \2 的编号"),
        (r"^(.*)not valid TOML: (.*)$", r"\1不是有效的 TOML:\2"),
        (r"^(.*)not valid JSON: (.*)$", r"\1不是有效的 JSON:\2"),
        (
            r"^(.*): not a setting of a scenario; .*$",
            r"\1: 不是情景的设定项;请写 parameters、readings、measures 或 inputs 中的键,"
            r"或带点的路径,如 parameters.operating_subsidy_cap",
        ),
        (r"^(.*) is not NAME=VALUE$", r"\1 不是“名称=值”"),
        (r"^(.*): makes the scenario wrong: (.*)$", r"\1: 使情景出错:\2"),
        (r"^(.*)No such file or directory$", r"\1文件或目录不存在"),
        (r"^(.*)Permission denied$", r"\1没有权限"),
        (r"^(.*)Is a directory$", r"\1是目录"),
    )
)

_OPEN_INPUT: Final = re.compile(r"^(.*)the Measures do not give (.*); supply it(.*)$")


def in_chinese(line: str) -> str:
    """``line`` with its ending in Chinese when a rule knows it; otherwise unchanged."""
    found = _OPEN_INPUT.match(line)
    if found is not None:
        from cixi_innovation.law.open_inputs import OPEN_INPUTS

        for item in OPEN_INPUTS.values():
            if item.en == found.group(2):
                return f"{found.group(1)}{item.zh};请提供{found.group(3)}"
    for pattern, wording in RULES:
        if pattern.match(line):
            return pattern.sub(wording, line)
    return line
