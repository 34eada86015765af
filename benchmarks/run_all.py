"""Run the whole performance suite: one process per comparison, then one table.

``nox -s bench`` calls this script with the peers installed; it can also be run
directly with ``python benchmarks/run_all.py`` (``--only NAME`` for some comparisons,
``--quick`` for a smoke run).  Each comparison is a script of this directory run in a
fresh process, where the library and its baseline are measured side by side; the
script writes its figures as JSON, and this driver gathers them into
``benchmarks/results.json`` (with the machine they came from), prints the table of
every figure (median, baseline from the same run, ratio, goal, verdict) and exits
with status 1 when a goal is missed or a comparison fails to run.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _harness import (
    RESULTS,
    Figure,
    Goal,
    machine,
    markdown,
    missed,
    parser,
    print_table,
    verdict,
)

HERE = Path(__file__).resolve().parent

#: The comparisons, in the order they run: name → script.
COMPARISONS = {
    "lifecycle": "bench_lifecycle.py",
    "rules": "bench_rules.py",
    "openfisca": "bench_openfisca.py",
    "import": "bench_import.py",
    "portfolio": "bench_portfolio.py",
    "replay": "bench_replay.py",
    "cli": "bench_cli.py",
    "montecarlo": "bench_montecarlo.py",
    "simulation": "bench_simulation.py",
    "files": "bench_files.py",
}


def _figure(data: dict[str, object]) -> Figure:
    goal = data.get("goal")
    extra = data.get("extra")
    return Figure(
        suite=str(data["suite"]),
        name=str(data["name"]),
        value=_number(data.get("value")),
        unit=str(data.get("unit", "s")),
        baseline=None if data.get("baseline") is None else str(data["baseline"]),
        baseline_value=_number(data.get("baseline_value")),
        goal=None
        if not isinstance(goal, dict)
        else Goal(goal["kind"], float(goal["limit"]), str(goal.get("unit", "s"))),
        note=str(data.get("note", "")),
        samples=int(str(data.get("samples", 0))),
        extra=extra if isinstance(extra, dict) else {},
        paired=_number(data.get("paired")),
    )


def _number(value: object) -> float | None:
    return None if value is None else float(str(value))


def main(argv: list[str] | None = None) -> int:
    p = parser(__doc__.splitlines()[0] if __doc__ else None)
    p.add_argument(
        "--only", action="append", choices=sorted(COMPARISONS), help="run only this comparison"
    )
    p.add_argument(
        "--markdown",
        action="store_true",
        help="also print the table in Markdown, as BENCHMARKS.md shows it",
    )
    args = p.parse_args(argv)
    output = args.json or RESULTS
    chosen = [name for name in COMPARISONS if not args.only or name in args.only]

    started = time.perf_counter()
    runs: list[dict[str, object]] = []
    figures: list[Figure] = []
    failures: list[str] = []
    with tempfile.TemporaryDirectory(prefix="cixi-bench-") as tmp:
        for name in chosen:
            script = HERE / COMPARISONS[name]
            if not script.exists():
                print(f"\n== {name}: {script.name} not found, skipped", flush=True)
                runs.append({"name": name, "script": script.name, "status": "missing"})
                continue
            print(f"\n== {name}: {script.name}", flush=True)
            out = Path(tmp) / f"{name}.json"
            command = [sys.executable, str(script), "--json", str(out)]
            if args.quick:
                command.append("--quick")
            if args.require_peers:
                command.append("--require-peers")
            t0 = time.perf_counter()
            status = subprocess.run(command, check=False).returncode
            took = time.perf_counter() - t0
            found = []
            if out.exists():
                document = json.loads(out.read_text(encoding="utf-8"))
                found = [_figure(f) for f in document["figures"]]
            if status not in (0, 1) or not found:
                failures.append(f"{name} (exit status {status})")
            figures += found
            runs.append(
                {
                    "name": name,
                    "script": script.name,
                    "status": status,
                    "seconds": round(took, 1),
                    "figures": [f.to_dict() for f in found],
                }
            )

    total = time.perf_counter() - started
    print(f"\n== all figures ({total:.0f} s)")
    print_table(figures)
    goals_missed = missed(figures)
    document = {
        "machine": machine(),
        "seconds": round(total, 1),
        "comparisons": runs,
        "goals_missed": [f"{f.suite}: {f.name}" for f in goals_missed],
        "failures": failures,
    }
    output.write_text(json.dumps(document, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"\nwritten: {output}")
    if args.markdown:
        print("\n" + "\n".join(markdown(figures, document["machine"])))
    for f in goals_missed:
        print(f"goal missed: {f.suite}: {f.name} ({verdict(f)}, goal {f.goal and f.goal.text})")
    for failure in failures:
        print(f"comparison failed to run: {failure}")
    return 1 if goals_missed or failures else 0


if __name__ == "__main__":
    sys.exit(main())
