"""Report a mutmut run and gate on its kill rate: ``python mutation_report.py [--minimum 95]``.

``nox -s mutation`` runs this after ``mutmut run`` and ``mutmut export-cicd-stats``.
``mutmut run`` exits 0 even when mutants survive, so the gate is here: it reads the
summary mutmut exported (``mutants/mutmut-cicd-stats.json``), prints the killed,
survived and total counts and the kill rate, then the same per module (from mutmut's
``mutants/**/*.py.meta`` files), then the names of the mutants no test reaches, if any,
and exits 1 when the kill rate is below the minimum.

The kill rate is (killed + timeout) / (total - skipped): a mutant that made the tests
time out is caught; one that no test reaches ("no tests"), one not checked yet, and a
suspicious one count against it.  "no tests" usually means that the function is new or
renamed since mutmut recorded which tests reach which function: delete
``mutants/mutmut-stats.json`` and run again.  It is not a test module.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Mapping, Sequence
from fractions import Fraction
from pathlib import Path

#: mutmut's exit codes of a mutant's test run, as it classifies them (mutmut/stats.py).
STATUS_BY_EXIT_CODE: Mapping[int | None, str] = {
    1: "killed",
    3: "killed",
    0: "survived",
    5: "no tests",
    33: "no tests",
    34: "skipped",
    36: "timeout",
    24: "timeout",
    -24: "timeout",
    152: "timeout",
    255: "timeout",
    37: "caught by type check",
    -11: "segfault",
    -9: "segfault",
    None: "not checked",
}


def kill_rate(counts: Mapping[str, int]) -> Fraction | None:
    """(killed + timeout) / (total - skipped), or None when nothing was tested."""
    tested = counts.get("total", 0) - counts.get("skipped", 0)
    if tested <= 0:
        return None
    return Fraction(counts.get("killed", 0) + counts.get("timeout", 0), tested)


def _statuses(mutants: Path) -> dict[str, dict[str, str]]:
    """The status of every mutant by name, per mutated module."""
    modules: dict[str, dict[str, str]] = {}
    for meta in sorted(mutants.glob("**/*.py.meta")):
        codes = json.loads(meta.read_text(encoding="utf-8")).get("exit_code_by_key", {})
        modules[meta.name.removesuffix(".py.meta")] = {
            name: STATUS_BY_EXIT_CODE.get(code, "suspicious") for name, code in codes.items()
        }
    return modules


def per_module(mutants: Path) -> dict[str, Counter[str]]:
    """The count of mutants by status, per mutated module."""
    modules: dict[str, Counter[str]] = {}
    for module, statuses in _statuses(mutants).items():
        counts: Counter[str] = Counter(statuses.values())
        counts["total"] = sum(counts.values())
        modules[module] = counts
    return modules


def without_tests(mutants: Path) -> list[str]:
    """The names of the mutants that no test reaches ("no tests"), in order."""
    return [
        name
        for statuses in _statuses(mutants).values()
        for name, status in statuses.items()
        if status == "no tests"
    ]


def _rate(rate: Fraction | None) -> str:
    return "n/a" if rate is None else f"{float(rate):.1%}"


def main(argv: Sequence[str] | None = None) -> int:
    """Print the report; return 1 when the kill rate is below the minimum."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mutants", type=Path, default=Path("mutants"))
    parser.add_argument("--minimum", type=Fraction, default=Fraction(95))
    args = parser.parse_args(argv)
    stats_file = args.mutants / "mutmut-cicd-stats.json"
    if not stats_file.is_file():
        print(f"no {stats_file}: run 'mutmut run' and 'mutmut export-cicd-stats' first")
        return 1
    stats: dict[str, int] = json.loads(stats_file.read_text(encoding="utf-8"))
    print(f"{'module':<22} {'killed':>7} {'survived':>9} {'other':>6} {'total':>6}  kill rate")
    for module, counts in per_module(args.mutants).items():
        other = counts["total"] - counts["killed"] - counts["survived"]
        print(
            f"{module:<22} {counts['killed']:>7} {counts['survived']:>9} {other:>6} "
            f"{counts['total']:>6}  {_rate(kill_rate(counts))}"
        )
    unreached = without_tests(args.mutants)
    if unreached:
        print(f"\nno test reaches these {len(unreached)}; delete mutants/mutmut-stats.json:")
        print("\n".join(f"  {name}" for name in unreached))
    rate = kill_rate(stats)
    rest = {k: v for k, v in stats.items() if k not in {"killed", "survived", "total"} and v}
    print(
        f"\nall: killed {stats.get('killed', 0)}, survived {stats.get('survived', 0)}, "
        f"total {stats.get('total', 0)}"
        + (f" ({', '.join(f'{k} {v}' for k, v in rest.items())})" if rest else "")
        + f"; kill rate {_rate(rate)} (minimum {float(args.minimum):g}%)"
    )
    if rate is None or rate * 100 < args.minimum:
        print("FAILED: the kill rate is below the minimum")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
