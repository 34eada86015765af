"""An explained Art. 10 decision against the bare arithmetic, for every input form.

For the same claims, given in each input form a caller uses (int yuan, as the docs'
own example; str; a whole-yuan Decimal; a Decimal in whole fen), two loops per form are
timed, all of them interleaved round by round so that they see the same machine load:

* the bare arithmetic (the baseline): ``min(claim, cap).quantize(FEN, ROUND_DOWN)``
  for a Decimal, ``min(Decimal(claim), cap).quantize(FEN, ROUND_DOWN)`` for an int or a
  str (the least a computation in exact money does with them);
* the rule: ``operating_subsidy(claim, on=day)``, which checks the date against the
  Measures' force (Art. 24), validates the claim (a number in whole fen, in range),
  and returns a :class:`~cixi_innovation.values.decisions.Decision` with its amounts and its
  reason citing Art. 10 (the reason's text is rendered when read, not when decided).

The goal is a ratio of at most 2.5 per claim for each form; the script exits with
status 1 when a goal is missed.  For reference it also times the construction of a
bare ``Decision`` through its public constructor (what any rule returning one pays at
least) and the rendering of an explanation in Chinese.

Run it with ``python benchmarks/bench_rules.py`` (``--claims`` changes the number of
distinct claims per loop, ``--quick`` makes a smoke run).
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable, Sequence
from datetime import date
from decimal import ROUND_DOWN, Decimal
from typing import Any

from _harness import compare, finish, parser, ratio_at_most, reference, sampling, versus

from cixi_innovation.law.parameters import PARAMETERS
from cixi_innovation.rules.subsidy import SubsidyOutcome, operating_subsidy
from cixi_innovation.values.decisions import Decision
from cixi_innovation.values.money import FEN

SUITE = "rules"
GOAL = ratio_at_most(2.5)
DAY = date(2026, 3, 1)
CAP = PARAMETERS.operating_subsidy_cap


def claims(count: int) -> list[Decimal]:
    """``count`` distinct claims in whole fen, about a third of them above the cap."""
    return [Decimal(7_654_321 * (i + 1) % 75_000_000).scaleb(-2) for i in range(count)]


def whole_yuan(count: int) -> list[int]:
    """``count`` distinct claims in whole yuan, about a third of them above the cap."""
    return [7_654_321 * (i + 1) % 750_000 for i in range(count)]


#: The input forms of a claim: name → the claims in that form (distinct, a third above
#: the cap).  Strings are written as callers write them, with two places.
FORMS: dict[str, Callable[[int], Sequence[int | str | Decimal]]] = {
    "int yuan": whole_yuan,
    "str": lambda count: [str(c) for c in claims(count)],
    "whole-yuan Decimal": lambda count: [Decimal(c) for c in whole_yuan(count)],
    "2-place Decimal": claims,
}


def bare(values: Sequence[int | str | Decimal]) -> None:
    for claim in values:
        min(Decimal(claim), CAP).quantize(FEN, ROUND_DOWN)


def bare_decimal(values: Sequence[Any]) -> None:
    for claim in values:
        min(claim, CAP).quantize(FEN, ROUND_DOWN)


def decided(values: Sequence[int | str | Decimal]) -> None:
    for claim in values:
        operating_subsidy(claim, on=DAY)


def decision_only(values: Sequence[Any]) -> None:
    for claim in values:
        Decision(
            "subsidy.operating_subsidy",
            DAY,
            SubsidyOutcome.GRANTED,
            {"requested": claim, "cap": CAP, "granted": claim},
            (),
            "",
            True,
        )


def main(argv: list[str] | None = None) -> int:
    p = parser(__doc__.splitlines()[0] if __doc__ else None)
    p.add_argument("--claims", type=int, default=1000)
    args = p.parse_args(argv)
    rounds, sample_seconds = sampling(args)
    forms = {name: make(args.claims) for name, make in FORMS.items()}
    values = forms["2-place Decimal"]

    candidates: dict[str, Callable[[], object]] = {}
    for name, given in forms.items():
        # Both loops compute the same granted amounts, exactly.
        granted = [operating_subsidy(c, on=DAY).amount("granted") for c in given]
        assert granted == [min(Decimal(c), CAP).quantize(FEN, ROUND_DOWN) for c in given]
        candidates[f"bare {name}"] = functools.partial(
            bare_decimal if isinstance(given[0], Decimal) else bare, given
        )
        candidates[f"rule {name}"] = functools.partial(decided, given)
    candidates["decision"] = functools.partial(decision_only, values)
    times = compare(candidates, rounds=rounds, sample_seconds=sample_seconds)
    sample = operating_subsidy(Decimal("600000.00"), on=DAY)
    explain = compare(
        {"explain": lambda: sample.explain("zh")}, rounds=rounds, sample_seconds=sample_seconds
    )

    figures = [
        versus(
            SUITE,
            f"Art. 10 decision with its explanation, {name} claims",
            times,
            f"rule {name}",
            f"bare {name}",
            goal=GOAL,
            note=f"operating_subsidy(claim, on=day) -> Decision, per claim; {len(given)} "
            f"{name} claims ({sum(Decimal(c) > CAP for c in given)} above the cap); baseline "
            + (
                "min(claim, cap).quantize(FEN, ROUND_DOWN)"
                if isinstance(given[0], Decimal)
                else "min(Decimal(claim), cap).quantize(FEN, ROUND_DOWN)"
            ),
            per=len(given),
            label="bare min+quantize",
        )
        for name, given in forms.items()
    ]
    figures += [
        versus(
            SUITE,
            "a bare Decision(...) through its public constructor",
            times,
            "decision",
            "bare 2-place Decimal",
            per=len(values),
            label="bare min+quantize",
        ),
        reference(
            SUITE, "explain a decision in Chinese, explain('zh')", explain["explain"], rounds
        ),
    ]
    return finish(figures, args)


if __name__ == "__main__":
    sys.exit(main())
