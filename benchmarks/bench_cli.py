"""The command line's first answer in a fresh process, against the interpreter alone.

Run with ``python benchmarks/bench_cli.py`` (``--runs`` sets the number of fresh
processes per command, ``--quick`` makes a smoke run).  Each command is run as the
installed ``cixi-innovation`` script runs it (``cixi_innovation.cli.main`` called from
a fresh ``python -c`` process), the commands interleaved run after run, and the median
wall-clock times (interpreter start-up included, bytecode caches warm, in a temporary
``PYTHONPYCACHEPREFIX`` that a first run fills) are compared with ``python -c pass``:

* ``cixi-innovation simulate`` (the embedded default scenario, ten platforms over five
  years, printed as a table): the goal is at most 10 × the interpreter alone;
* for reference, ``cixi-innovation --help`` (the parser alone: no layer below the
  command line is imported) and ``cixi-innovation check FILE`` on the default
  scenario written as a TOML file.

``python -X importtime -m cixi_innovation simulate`` shows where the time goes.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from _harness import Figure, compare_processes, finish, median, process_args, ratio_at_most

SUITE = "cli"
GOAL = ratio_at_most(10.0)
BASELINE = "python -c pass"


def _command(*argv: str) -> str:
    return f"import sys; from cixi_innovation.cli import main; sys.exit(main({list(argv)!r}))"


def main(argv: list[str] | None = None) -> int:
    args, runs = process_args(__doc__.splitlines()[0] if __doc__ else None, argv)
    with tempfile.TemporaryDirectory(prefix="cixi-bench-cli-") as work:
        from cixi_innovation.scenarios.default import default_scenario
        from cixi_innovation.scenarios.files import dumps_scenario

        scenario_file = Path(work) / "mine.toml"
        scenario_file.write_text(dumps_scenario(default_scenario(), "toml"), encoding="utf-8")
        commands = {
            "cixi-innovation simulate": _command("simulate"),
            BASELINE: "pass",
            "cixi-innovation --help": _command("--help"),
            "cixi-innovation check FILE": _command("check", str(scenario_file)),
        }
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env["PYTHONPYCACHEPREFIX"] = str(Path(work) / "pycache")
        env["COLUMNS"] = "80"
        times = compare_processes(
            {name: [sys.executable, "-c", code] for name, code in commands.items()},
            runs=runs,
            env=env,
        )
    floor = median(times.pop(BASELINE))
    figures = [Figure(SUITE, BASELINE, floor, samples=runs)]
    figures += [
        Figure(
            SUITE, name, median(samples), baseline=BASELINE, baseline_value=floor,
            goal=GOAL if name == "cixi-innovation simulate" else None,
            note="fresh process, start-up included", samples=runs,
        )
        for name, samples in times.items()
    ]  # fmt: skip
    return finish(figures, args)


if __name__ == "__main__":
    sys.exit(main())
