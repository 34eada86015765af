"""The Art. 10 cap for one Complex: this library against OpenFisca, side by side.

Run with ``python benchmarks/bench_openfisca.py`` (``--quick`` for a smoke run); it
needs ``openfisca-core`` (the ``bench`` dependency group) and reports it as not
installed otherwise.  Timed in the same process, interleaved:

* **ours** (the baseline here): ``operating_subsidy(claim, on=day)``, a Decision with
  its amounts and its reason citing Art. 10, for each input form of the claim (int yuan,
  str, whole-yuan Decimal, 2-place Decimal: ``FORMS`` of ``bench_rules.py``);
* **OpenFisca**: a minimal tax-benefit system (``benchmarks/peers/openfisca_cap.py``,
  ``operating_subsidy = min_(claimed, 500000)``), a simulation of one entity built
  and calculated for 2026 -- what computing the cap for one Complex takes there.

The goal is OpenFisca ≥ 100 × slower than us for each input form; the script exits with status 1 when it is
missed.  For reference, OpenFisca's vectorised case (10,000 entities in one simulation,
per entity) is shown too: that is where OpenFisca is at its best.

Exactness: OpenFisca computes in numpy ``float32``.  For claims such as 166,666.67 or
123,456.78 yuan its result is not the amount claimed, while ours is exact to the fen;
both values are printed, and the script fails if ours is not exact.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal

from _harness import (
    Figure,
    compare,
    finish,
    median,
    paired_ratio,
    parser,
    ratio_at_least,
    sampling,
)
from bench_rules import FORMS
from peers import PeerMissingError, openfisca_cap

from cixi_innovation.rules.subsidy import operating_subsidy

SUITE = "openfisca"
GOAL = ratio_at_least(100.0)
DAY = date(2026, 3, 1)
EXACTNESS_CLAIMS = ("166666.67", "123456.78")
VECTOR = 10_000


def _exact(value: Decimal, claim: str) -> str:
    return "exact" if value == Decimal(claim) else "not exact"


def main(argv: list[str] | None = None) -> int:
    args = parser(__doc__.splitlines()[0] if __doc__ else None).parse_args(argv)
    rounds, sample_seconds = sampling(args)
    claim = Decimal("166666.67")
    # Ours is timed over a loop of distinct claims, per claim, as in bench_rules.py: the
    # harness's own call per sample would otherwise weigh on a one-microsecond figure.
    forms = {name: make(100) for name, make in FORMS.items()}

    def ours(claims: Sequence[int | str | Decimal]) -> None:
        for c in claims:
            operating_subsidy(c, on=DAY)

    mine: dict[str, Callable[[], object]] = {
        f"ours, {name} claims": functools.partial(ours, claims) for name, claims in forms.items()
    }

    try:
        one, many = openfisca_cap.build()
    except PeerMissingError:
        if args.require_peers:
            print("openfisca-core is not installed", file=sys.stderr)
            return 2
        alone = compare(mine, rounds=rounds, sample_seconds=sample_seconds)
        figures = [
            Figure(
                SUITE,
                f"OpenFisca: the cap for one entity, against {name}",
                None,
                baseline=name,
                baseline_value=median(t) / 100,
                goal=GOAL,
                note="not installed",
            )
            for name, t in alone.items()
        ]
        return finish(figures, args)

    # Both compute the same cap.
    assert one(600_000.0) == 500_000.0
    assert operating_subsidy(600_000, on=DAY).amount("granted") == Decimal("500000.00")

    candidates: dict[str, Callable[[], object]] = {
        **mine,
        "OpenFisca": lambda: one(float(claim)),
    }
    times = compare(candidates, rounds=rounds, sample_seconds=sample_seconds)
    per_claim = {name: [t / 100 for t in times[name]] for name in mine}
    vector_claims = [float(7_654_321 * (i + 1) % 75_000_000) / 100 for i in range(VECTOR)]
    vector = compare(
        {"vectorised": lambda: many(vector_claims)}, rounds=max(3, rounds // 4), sample_seconds=0
    )

    figures = [
        Figure(
            SUITE,
            f"OpenFisca: the cap for one entity, against {name}",
            median(times["OpenFisca"]),
            baseline=name,
            baseline_value=median(per_claim[name]),
            goal=GOAL,
            note="a simulation of one entity built and calculated, against "
            "operating_subsidy(claim, on=day) -> Decision (per claim, over 100 claims)",
            samples=rounds,
            paired=paired_ratio(times["OpenFisca"], per_claim[name]),
        )
        for name in mine
    ]
    figures += [
        Figure(
            SUITE,
            f"OpenFisca vectorised: {VECTOR:,} entities in one simulation, per entity",
            median(vector["vectorised"]) / VECTOR,
            baseline="ours, 2-place Decimal claims",
            baseline_value=median(per_claim["ours, 2-place Decimal claims"]),
            note="reference: OpenFisca's best case, float32 results, no explanation",
            samples=len(vector["vectorised"]),
        ),
    ]
    exact = True
    for text in EXACTNESS_CLAIMS:
        theirs = one(float(text))
        granted = operating_subsidy(Decimal(text), on=DAY).amount("granted")
        exact = exact and granted == Decimal(text)
        figures.append(
            Figure(
                SUITE,
                f"exactness: a claim of {Decimal(text):,} yuan",
                None,
                note=f"OpenFisca (float32) {theirs!r}, {_exact(Decimal(theirs), text)}; "
                f"ours {granted}, {_exact(granted, text)}",
                extra={"claim": text, "openfisca": theirs, "ours": str(granted)},
            )
        )
    status = finish(figures, args)
    if not exact:
        print("our result is not exact", file=sys.stderr)
        return 1
    return status


if __name__ == "__main__":
    sys.exit(main())
