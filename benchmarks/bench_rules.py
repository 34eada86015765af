"""An explained Art. 10 decision against the bare arithmetic, side by side in one run.

For the same claims, two loops are timed with :mod:`timeit`, interleaved round by round
so that both see the same machine load:

* the bare arithmetic: ``min(claim, cap).quantize(FEN, ROUND_DOWN)``;
* the rule: ``operating_subsidy(claim, on=day)``, which checks the date against the
  Measures' force (Art. 24), validates the claim, and returns a
  :class:`~cixi_innovation.decisions.Decision` with its amounts and its reason citing
  Art. 10 (the reason's text is rendered when read, not when decided).

The medians per claim are printed with their ratio; the goal is a ratio of at most 2,
and the script exits with status 1 when the goal is missed.  For reference it also
times the construction of a bare ``Decision`` (the floor of any rule that returns one)
and the rendering of an explanation in Chinese.

Run it with ``python benchmarks/bench_rules.py`` (``--rounds`` and ``--claims`` change
the size of the run).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import timeit
from collections.abc import Callable, Sequence
from datetime import date
from decimal import ROUND_DOWN, Decimal
from pathlib import Path

try:
    import cixi_innovation  # noqa: F401
except ImportError:  # run from a checkout without installing
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from cixi_innovation.decisions import Decision
from cixi_innovation.money import FEN
from cixi_innovation.parameters import PARAMETERS
from cixi_innovation.subsidy import SubsidyOutcome, operating_subsidy

GOAL = 2.0
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
    amounts = {"requested": CAP, "cap": CAP, "granted": CAP}
    for _ in values:
        Decision("subsidy.operating_subsidy", DAY, SubsidyOutcome.CAPPED, amounts, (), "", True)


def per_item(
    loop: Callable[[Sequence[Decimal]], None], values: Sequence[Decimal], rounds: int
) -> list[float]:
    """Seconds per item for each of ``rounds`` runs of ``loop`` over ``values``."""
    return [timeit.timeit(lambda: loop(values), number=1) / len(values) for _ in range(rounds)]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--rounds", type=int, default=25)
    parser.add_argument("--claims", type=int, default=2000)
    args = parser.parse_args(argv)
    values = claims(args.claims)

    # Warm up, and check that both loops compute the same granted amounts.
    granted = [operating_subsidy(c, on=DAY).amount("granted") for c in values]
    assert granted == [min(c, CAP).quantize(FEN, ROUND_DOWN) for c in values]

    bare_times: list[float] = []
    rule_times: list[float] = []
    for _ in range(args.rounds):  # interleaved: both loops see the same load
        bare_times += per_item(bare, values, 1)
        rule_times += per_item(decided, values, 1)
    bare_median = statistics.median(bare_times)
    rule_median = statistics.median(rule_times)
    ratio = rule_median / bare_median

    floor = statistics.median(per_item(decision_only, values, args.rounds))
    sample = operating_subsidy(Decimal("600000.00"), on=DAY)
    explain = min(timeit.repeat(lambda: sample.explain("zh"), number=200, repeat=5)) / 200

    above = sum(1 for c in values if c > CAP)
    print(
        f"Art. 10 operating subsidy: {len(values)} claims ({above} above the cap), "
        f"{args.rounds} rounds, median time per claim"
    )
    print(f"  bare min(claim, cap).quantize(FEN, ROUND_DOWN)  {bare_median * 1e9:8.0f} ns")
    print(f"  operating_subsidy(claim, on=day) -> Decision   {rule_median * 1e9:8.0f} ns")
    verdict = "met" if ratio <= GOAL else "MISSED"
    print(f"  ratio {ratio:.2f}x, goal <= {GOAL:.1f}x: {verdict}")
    print("for reference:")
    print(f"  constructing a bare Decision (any rule's floor) {floor * 1e9:8.0f} ns")
    print(f"  rendering its explanation, explain('zh')        {explain * 1e9:8.0f} ns")
    return 0 if ratio <= GOAL else 1


if __name__ == "__main__":
    sys.exit(main())
