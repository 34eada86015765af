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
  scenario written as a TOML file;
* for reference, what the first goal is up against: the imports of the modules the
  simulation needs, without running it (``simulate``'s imports); the dependencies
  alone (``attrs``, ``dateutil.relativedelta`` and the standard modules the command
  imports: ``argparse``, ``tomllib``, ``decimal``, ``fractions``, ``datetime``); and
  the dependencies with as many frozen ``attrs`` classes, of as many fields on
  average, as ``simulate``'s modules define (counted in a fresh process), built by
  ``attrs`` the way :func:`cixi_innovation.values._attrs.frozen` builds them (the
  class writes its own ``__repr__``): what defining the library's values costs before
  any of its own code runs.

``python -X importtime -m cixi_innovation simulate`` shows where the time goes.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from _harness import Figure, compare_processes, finish, median, process_args, ratio_at_most

SUITE = "cli"
GOAL = ratio_at_most(10.0)
BASELINE = "python -c pass"
SIMULATE_IMPORTS = (
    "from cixi_innovation.cli import main; "
    "import cixi_innovation.scenarios.simulation, cixi_innovation.scenarios.default"
)
DEPENDENCIES = (
    "import attrs, dateutil.relativedelta, argparse, tomllib, decimal, fractions, datetime"
)


_COUNT_CLASSES = f"""
import sys, attrs
{SIMULATE_IMPORTS}
found = [
    v for m in list(sys.modules.values()) if m.__name__.startswith("cixi_innovation.")
    for v in vars(m).values()
    if isinstance(v, type) and attrs.has(v) and v.__module__ == m.__name__
]
print(len(found), sum(len(attrs.fields(c)) for c in found))
"""


def _classes(env: dict[str, str]) -> tuple[int, int, str]:
    """Simulate's frozen classes: how many, their fields per class, a command building as many.

    The command imports the dependencies, then builds the classes with ``attrs``.
    """
    out = subprocess.run(
        [sys.executable, "-c", _COUNT_CLASSES], check=True, env=env, capture_output=True, text=True
    ).stdout.split()
    count, fields = int(out[0]), int(out[1])
    per = max(1, round(fields / count))
    code = (
        f"{DEPENDENCIES}\n"
        f"names = {tuple(f'f{i}' for i in range(per))!r}\n"
        f"for i in range({count}):\n"
        "    attrs.frozen(type(f'C{i}', (), {'__annotations__': dict.fromkeys(names, 'int'), "
        "'__repr__': object.__repr__}))\n"
    )
    return count, per, code


def _command(*argv: str) -> str:
    return f"import sys; from cixi_innovation.cli import main; sys.exit(main({list(argv)!r}))"


def main(argv: list[str] | None = None) -> int:
    args, runs = process_args(__doc__.splitlines()[0] if __doc__ else None, argv)
    with tempfile.TemporaryDirectory(prefix="cixi-bench-cli-") as work:
        from cixi_innovation.scenarios.default import default_scenario
        from cixi_innovation.scenarios.files import dumps_scenario

        scenario_file = Path(work) / "mine.toml"
        scenario_file.write_text(dumps_scenario(default_scenario(), "toml"), encoding="utf-8")
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env["PYTHONPYCACHEPREFIX"] = str(Path(work) / "pycache")
        env["COLUMNS"] = "80"
        count, per, classes = _classes(env)
        commands = {
            "cixi-innovation simulate": _command("simulate"),
            BASELINE: "pass",
            "cixi-innovation --help": _command("--help"),
            "cixi-innovation check FILE": _command("check", str(scenario_file)),
            "simulate's imports, not run": SIMULATE_IMPORTS,
            "the dependencies alone": DEPENDENCIES,
            f"the dependencies and {count} frozen attrs classes of {per} fields": classes,
        }
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
