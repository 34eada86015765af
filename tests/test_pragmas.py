"""Every exclusion from coverage in src/ says why.

The coverage gate is 100% of lines and branches (``fail_under = 100``); a line may be
left out with ``# pragma: no cover`` only where a comment explains it: after the pragma
on the same line (``# pragma: no cover - the reason``) or on the comment line just above.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "cixi_innovation"
PRAGMA = re.compile(r"#\s*pragma:\s*no cover(?P<rest>.*)$")


def _exclusions() -> list[tuple[str, int, str, str]]:
    found = []
    for path in sorted(SRC.rglob("*.py")):
        lines = path.read_text(encoding="utf-8").splitlines()
        for number, line in enumerate(lines, start=1):
            match = PRAGMA.search(line)
            if match:
                above = lines[number - 2].strip() if number > 1 else ""
                found.append((path.name, number, match.group("rest"), above))
    return found


def _reason(rest: str, above: str) -> str:
    """The explanation of an exclusion: the text after the pragma, or the comment above."""
    after = rest.lstrip(" ,").removeprefix("no mutate").strip(" -")
    if after:
        return after
    return above.removeprefix("#").strip() if above.startswith("#") else ""


def test_the_source_has_exclusions_to_check() -> None:
    assert len(_exclusions()) >= 5


@pytest.mark.parametrize(("module", "line", "rest", "above"), _exclusions())
def test_each_exclusion_from_coverage_says_why(
    module: str, line: int, rest: str, above: str
) -> None:
    assert len(_reason(rest, above)) >= 10, f"{module}:{line}: say why it is not covered"


@pytest.mark.parametrize(
    ("rest", "above", "reason"),
    [
        pytest.param(
            " - the depth scan comes first", "", "the depth scan comes first", id="after-a-dash"
        ),
        pytest.param(
            ", no mutate - check_in_force raised", "", "check_in_force raised", id="after-a-comma"
        ),
        pytest.param(
            "", "# the line above raises first", "the line above raises first", id="above"
        ),
        pytest.param("", "x = 1", "", id="code-above-is-no-reason"),
        pytest.param("", "", "", id="none"),
    ],
)
def test_a_reason_is_read_after_the_pragma_or_above_it(rest: str, above: str, reason: str) -> None:
    assert _reason(rest, above) == reason
