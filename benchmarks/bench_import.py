"""Importing the package in a fresh process, against importing its two dependencies.

Run with ``python benchmarks/bench_import.py`` (``--runs`` sets the number of fresh
processes per command, ``--quick`` makes a smoke run).  Each command below is run in
a fresh ``python -c`` process, the commands interleaved run after run, and the median
wall-clock times (interpreter start-up included, bytecode caches warm: they are kept
in a temporary ``PYTHONPYCACHEPREFIX`` that a first run fills) are compared:

* ``import cixi_innovation`` against the baseline ``import attrs,
  dateutil.relativedelta`` (the runtime dependencies): the goal is at most 1.3 ×;
* the time to a first answer: import the package and print one Art. 10 decision with
  its explanation (``cixi_innovation.operating_subsidy(600000, on=…)``, an int claim as
  in the docs) against the same baseline: the goal is at most 1.2 ×;
* for reference, the interpreter alone (``pass``), the first use of a public name from
  the package root (``cixi_innovation.MEASURES``, which loads the Measures' module
  and its dependencies), and the heaviest modules a user imports: the Complex
  lifecycle (``cixi_innovation.lifecycles.complex.entity``) and the Art. 10 rules
  (``cixi_innovation.rules.subsidy``).

The package root loads its submodules on first use (PEP 562), and the submodules load
the heavier standard-library modules (``json``, ``importlib.resources`` …) only in the
functions that need them.  ``python -X importtime -c "import cixi_innovation.lifecycles.complex.entity"``
shows where the time of a first use goes.
"""

from __future__ import annotations

import os
import sys
import tempfile

from _harness import (
    Figure,
    compare_processes,
    finish,
    median,
    paired_ratio,
    process_args,
    ratio_at_most,
)

SUITE = "import"
GOAL = ratio_at_most(1.3)
FIRST_ANSWER_GOAL = ratio_at_most(1.2)
BASELINE = "import attrs, dateutil.relativedelta"
FIRST_ANSWER = "first answer: import, one printed Art. 10 decision"
COMMANDS = {
    "import cixi_innovation": "import cixi_innovation",
    FIRST_ANSWER: "import datetime, cixi_innovation as ci; "
    "print(ci.operating_subsidy(600000, on=datetime.date(2026, 3, 1)).explain('en'))",
    BASELINE: BASELINE,
    "interpreter start-up alone": "pass",
    "first use: cixi_innovation.MEASURES": "import cixi_innovation; cixi_innovation.MEASURES",
    "import cixi_innovation.rules.subsidy": "import cixi_innovation.rules.subsidy",
    "import cixi_innovation.lifecycles.complex": "import cixi_innovation.lifecycles.complex.entity",
}


GOALS = {"import cixi_innovation": GOAL, FIRST_ANSWER: FIRST_ANSWER_GOAL}


def main(argv: list[str] | None = None) -> int:
    args, runs = process_args(__doc__.splitlines()[0] if __doc__ else None, argv)
    with tempfile.TemporaryDirectory(prefix="cixi-bench-pycache-") as cache:
        # Bytecode caches on for every module, in a directory of their own: the
        # warm-up run writes them, as a user's first import would, whether or not
        # PYTHONDONTWRITEBYTECODE is set and whether or not the installer compiled.
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env["PYTHONPYCACHEPREFIX"] = cache
        times = compare_processes(
            {name: [sys.executable, "-c", code] for name, code in COMMANDS.items()},
            runs=runs,
            env=env,
        )
    medians = {name: median(t) for name, t in times.items()}
    figures = [
        Figure(
            SUITE,
            name,
            medians[name],
            baseline=BASELINE if name != BASELINE else None,
            baseline_value=medians[BASELINE] if name != BASELINE else None,
            goal=GOALS.get(name),
            note="fresh process, start-up included" if name in GOALS else "",
            samples=runs,
            paired=paired_ratio(times[name], times[BASELINE]) if name != BASELINE else None,
        )
        for name in COMMANDS
    ]
    return finish(figures, args)


if __name__ == "__main__":
    sys.exit(main())
