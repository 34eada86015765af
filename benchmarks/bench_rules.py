"""An explained Art. 10 decision against the bare arithmetic, side by side in one run.

For the same claims, two loops are timed, interleaved round by round so that both see
the same machine load:

* the bare arithmetic (the baseline): ``min(claim, cap).quantize(FEN, ROUND_DOWN)``;
* the rule: ``operating_subsidy(claim, on=day)``, which checks the date against the
  Measures' force (Art. 24), validates the claim (a Decimal in whole fen, in range),
  and returns a :class:`~cixi_innovation.values.decisions.Decision` with its amounts and its
  reason citing Art. 10 (the reason's text is rendered when read, not when decided).

The goal is a ratio of at most 2 per claim; the script exits with status 1 when the
goal is missed.  For reference it also times the construction of a bare ``Decision``
through its public constructor (what any rule returning one pays at least) and the
rendering of an explanation in Chinese.

Run it with ``python benchmarks/bench_rules.py`` (``--claims`` changes the number of
distinct claims per loop, ``--quick`` makes a smoke run).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from datetime import date
from decimal import ROUND_DOWN, Decimal

from _harness import Figure, compare, finish, median, parser, ratio_at_most, sampling, versus

from cixi_innovation.law.parameters import PARAMETERS
from cixi_innovation.rules.subsidy import SubsidyOutcome, operating_subsidy
from cixi_innovation.values.decisions import Decision
from cixi_innovation.values.money import FEN

SUITE = "rules"
GOAL = ratio_at_most(2.0)
DAY = date(2026, 3, 1)
CAP = PARAMETERS.operating_subsidy_cap


def claims(count: int) -> list[Decimal]:
    """``count`` distinct claims in whole fen, about a third of them above the cap."""
    return [Decimal(7_654_321 * (i + 1) % 75_000_000).scaleb(-2) for i in range(count)]


def bare(values: Sequence[Decimal]) -> None:
    for claim in values:
        min(claim, CAP).quantize(FEN, ROUND_DOWN)


def decided(values: Sequence[Decimal]) -> None:
    for claim in values:
        operating_subsidy(claim, on=DAY)


def decision_only(values: Sequence[Decimal]) -> None:
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
    values = claims(args.claims)

    # Both loops compute the same granted amounts.
    granted = [operating_subsidy(c, on=DAY).amount("granted") for c in values]
    assert granted == [min(c, CAP).quantize(FEN, ROUND_DOWN) for c in values]

    times = compare(
        {
            "bare": lambda: bare(values),
            "rule": lambda: decided(values),
            "decision": lambda: decision_only(values),
        },
        rounds=rounds,
        sample_seconds=sample_seconds,
    )
    sample = operating_subsidy(Decimal("600000.00"), on=DAY)
    explain = compare(
        {"explain": lambda: sample.explain("zh")}, rounds=rounds, sample_seconds=sample_seconds
    )

    above = sum(1 for c in values if c > CAP)
    label = "bare min+quantize"
    figures = [
        versus(
            SUITE,
            "Art. 10 decision with its explanation",
            times,
            "rule",
            "bare",
            goal=GOAL,
            note=f"operating_subsidy(claim, on=day) -> Decision, per claim; {len(values)} "
            f"claims ({above} above the cap); baseline min(claim, cap).quantize(FEN, ROUND_DOWN)",
            per=len(values),
            label=label,
        ),
        versus(
            SUITE,
            "a bare Decision(...) through its public constructor",
            times,
            "decision",
            "bare",
            per=len(values),
            label=label,
        ),
        Figure(
            SUITE,
            "explain a decision in Chinese, explain('zh')",
            median(explain["explain"]),
            samples=rounds,
        ),
    ]
    return finish(figures, args)


if __name__ == "__main__":
    sys.exit(main())
