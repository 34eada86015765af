"""The shared harness of the performance suite: timing, figures, JSON and the table.

Every benchmark script measures one comparison in one process: the library and its
baseline (and, for reference, its peers) are timed *side by side*, round after round
in rotating order, so that all of them see the same load of a shared machine.  What
counts is their ratio measured in the same run, not an absolute time.

* :func:`compare` times callables in-process with :func:`time.perf_counter_ns`: each
  is first calibrated with :meth:`timeit.Timer.autorange` to a number of calls that
  takes a few milliseconds, then sampled ``rounds`` times, interleaved;
* :func:`compare_processes` times fresh ``python -c`` processes, interleaved;
* a :class:`Figure` is one line of the results: a median, its baseline's median from
  the same run, their ratio and the :class:`Goal` it must meet (or none, for figures
  shown for reference only).  The ratio is the median of the per-round ratios
  (:func:`paired_ratio`): the two samples of a round are taken one right after the
  other, so a slow phase of the machine slows both and leaves their ratio alone;
* :func:`finish` prints the table, writes the figures as JSON when ``--json`` is
  given, and returns the exit status: 1 when a goal is missed.

``benchmarks/run_all.py`` runs each script in its own process and gathers the JSON.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import statistics
import subprocess
import sys
import time
import timeit
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Literal, TextIO

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "benchmarks" / "results.json"

try:
    import cixi_innovation  # noqa: F401
except ImportError:  # a checkout without the package installed: use the source tree
    sys.path.insert(0, str(ROOT / "src"))


# --- figures -----------------------------------------------------------------------

GoalKind = Literal["ratio_at_most", "ratio_at_least", "value_at_most"]


@dataclass(frozen=True)
class Goal:
    """What a figure must meet: a bound on its ratio to the baseline, or on its value."""

    kind: GoalKind
    limit: float
    unit: str = "s"

    def met_by(self, value: float | None, ratio: float | None) -> bool | None:
        """True or False, or None when the figure has nothing to judge (not measured)."""
        if self.kind == "value_at_most":
            return None if value is None else value <= self.limit
        if ratio is None:
            return None
        return ratio <= self.limit if self.kind == "ratio_at_most" else ratio >= self.limit

    @property
    def text(self) -> str:
        if self.kind == "ratio_at_most":
            return f"≤ {self.limit:g}×"
        if self.kind == "ratio_at_least":
            return f"≥ {self.limit:g}×"
        return f"≤ {format_value(self.limit, self.unit)}"


def ratio_at_most(limit: float) -> Goal:
    """The figure's median may be at most ``limit`` times its baseline's."""
    return Goal("ratio_at_most", limit)


def ratio_at_least(limit: float) -> Goal:
    """The figure's median must be at least ``limit`` times its baseline's."""
    return Goal("ratio_at_least", limit)


def value_at_most(limit: float, unit: str = "s") -> Goal:
    """The figure's median may be at most ``limit`` (seconds, or bytes with unit "B")."""
    return Goal("value_at_most", limit, unit)


@dataclass(frozen=True)
class Figure:
    """One measured figure: its median, its baseline from the same run, and its goal.

    ``value`` is None for a figure that could not be measured (a peer that is not
    installed) or that is a finding rather than a time (``note`` then says it).
    """

    suite: str
    name: str
    value: float | None
    unit: str = "s"
    baseline: str | None = None
    baseline_value: float | None = None
    goal: Goal | None = None
    note: str = ""
    samples: int = 0
    extra: Mapping[str, object] = field(default_factory=dict)
    paired: float | None = None

    @property
    def ratio(self) -> float | None:
        """The median of the per-round ratios when given, else ``value / baseline_value``."""
        if self.paired is not None:
            return self.paired
        if self.value is None or not self.baseline_value:
            return None
        return self.value / self.baseline_value

    @property
    def met(self) -> bool | None:
        """Whether the goal is met; None for a figure without a goal."""
        return None if self.goal is None else self.goal.met_by(self.value, self.ratio)

    def to_dict(self) -> dict[str, object]:
        data = asdict(self)
        data["goal"] = None if self.goal is None else {**asdict(self.goal), "text": self.goal.text}
        data["ratio"] = self.ratio
        data["met"] = self.met
        data["extra"] = dict(self.extra)
        return data


def format_value(value: float | None, unit: str = "s") -> str:
    """A time in ns, µs, ms or s, or a size in B, KiB, MiB, with three significant digits."""
    if value is None:
        return "—"
    if unit == "B":
        for size, prefix in ((2**30, "GiB"), (2**20, "MiB"), (2**10, "KiB")):
            if value >= size:
                return f"{value / size:.3g} {prefix}"
        return f"{value:.0f} B"
    if unit != "s":
        return f"{value:.3g} {unit}"
    for scale, name in ((1.0, "s"), (1e-3, "ms"), (1e-6, "µs")):
        if value >= scale:
            return f"{value / scale:.3g} {name}"
    return f"{value / 1e-9:.3g} ns"


# --- timing ------------------------------------------------------------------------

#: Rounds of samples and the length of one sample, in a full run and with ``--quick``.
ROUNDS, SAMPLE_SECONDS = 41, 0.003
QUICK_ROUNDS, QUICK_SAMPLE_SECONDS = 7, 0.001


def calibrate(fn: Callable[[], object], *, at_least: float = 0.005) -> int:
    """How many calls of ``fn`` take about ``at_least`` seconds (at least one call)."""
    number, taken = timeit.Timer(fn).autorange()
    # autorange measures the time per call over at least 0.2 s; scale it to the sample
    per_call = taken / number
    return max(1, int(at_least / per_call))


def sample(fn: Callable[[], object], number: int) -> float:
    """Seconds per call of ``fn``, over ``number`` calls."""
    start = time.perf_counter_ns()
    for _ in range(number):
        fn()
    return (time.perf_counter_ns() - start) / number / 1e9


def compare(
    candidates: Mapping[str, Callable[[], object]],
    *,
    rounds: int = ROUNDS,
    sample_seconds: float = SAMPLE_SECONDS,
) -> dict[str, list[float]]:
    """Seconds per call of each candidate: ``rounds`` samples each, interleaved.

    Each round samples every candidate once, starting from a different one each round,
    so that slow phases of a shared machine hit all of them alike.
    """
    numbers = {name: calibrate(fn, at_least=sample_seconds) for name, fn in candidates.items()}
    names = list(candidates)
    samples: dict[str, list[float]] = {name: [] for name in names}
    for r in range(rounds):
        for name in names[r % len(names) :] + names[: r % len(names)]:
            samples[name].append(sample(candidates[name], numbers[name]))
    return samples


def compare_processes(
    commands: Mapping[str, Sequence[str]], *, runs: int = 21, env: Mapping[str, str] | None = None
) -> dict[str, list[float]]:
    """Wall-clock seconds of each command in a fresh process: ``runs`` each, interleaved."""
    names = list(commands)
    environ = dict(os.environ if env is None else env)
    for command in commands.values():  # warm the file cache and the bytecode caches
        subprocess.run(command, check=True, env=environ, capture_output=True)
    samples: dict[str, list[float]] = {name: [] for name in names}
    for r in range(runs):
        for name in names[r % len(names) :] + names[: r % len(names)]:
            start = time.perf_counter_ns()
            subprocess.run(commands[name], check=True, env=environ, capture_output=True)
            samples[name].append((time.perf_counter_ns() - start) / 1e9)
    return samples


def median(values: Iterable[float]) -> float:
    return statistics.median(values)


def reference(suite: str, name: str, values: Iterable[float], rounds: int) -> Figure:
    """A figure shown for reference only: the median of ``values``, without baseline or goal."""
    return Figure(suite, name, median(values), samples=rounds)


def paired_ratio(samples: Sequence[float], baseline: Sequence[float]) -> float:
    """The median of ``samples[i] / baseline[i]``: the ratio of each round, then their median."""
    return statistics.median(a / b for a, b in zip(samples, baseline, strict=True))


def versus(
    suite: str,
    name: str,
    samples: Mapping[str, Sequence[float]],
    key: str,
    baseline: str,
    *,
    goal: Goal | None = None,
    note: str = "",
    per: int = 1,
    label: str | None = None,
) -> Figure:
    """The figure of candidate ``key`` against ``baseline``, both sampled by :func:`compare`.

    ``per`` divides both medians (a sample that loops over ``per`` items); ``label``
    names the baseline in the table (``baseline`` by default).  A candidate missing
    from ``samples`` (a peer not installed) gives a figure without a value.
    """
    mine = samples.get(key)
    theirs = samples[baseline]
    return Figure(
        suite,
        name,
        None if mine is None else median(mine) / per,
        baseline=label or baseline,
        baseline_value=median(theirs) / per,
        goal=goal,
        note=note,
        samples=0 if mine is None else len(mine),
        paired=None if mine is None else paired_ratio(mine, theirs),
    )


# --- the machine, the table and the JSON -------------------------------------------


def machine() -> dict[str, object]:
    """What the figures were measured on: cores, CPU model, Python, date."""
    model = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {
        "nproc": os.cpu_count(),
        "cpu": model,
        "python": platform.python_version(),
        "implementation": platform.python_implementation(),
        "platform": platform.platform(),
        "date": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
    }


def verdict(figure: Figure) -> str:
    met = figure.met
    if met is None:
        return "—" if figure.goal is None else "not measured"
    return "met" if met else "MISSED"


def table(figures: Sequence[Figure]) -> list[str]:
    """The figures as a text table: median, baseline, ratio, goal, verdict, note."""
    header = ("figure", "median", "baseline (same run)", "ratio", "goal", "verdict")
    rows = [header]
    for f in figures:
        ratio = f"{f.ratio:.2f}×" if f.ratio is not None else "—"
        base = "—"
        if f.baseline is not None:
            base = f"{format_value(f.baseline_value, f.unit)} {f.baseline}"
        rows.append(
            (
                f"{f.suite}: {f.name}",
                format_value(f.value, f.unit),
                base,
                ratio,
                f.goal.text if f.goal else "—",
                verdict(f),
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    lines = []
    for n, row in enumerate(rows):
        lines.append("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip())
        if n == 0:
            lines.append("  ".join("-" * w for w in widths))
    notes = [f"  [{f.suite}: {f.name}] {f.note}" for f in figures if f.note]
    if notes:
        lines += ["notes:", *notes]
    return lines


def markdown(figures: Sequence[Figure], about: Mapping[str, object]) -> list[str]:
    """The figures as a Markdown table, under a line naming the machine they came from."""
    lines = [
        f"Measured on {about.get('date', '?')}: {about.get('nproc', '?')} cores, "
        f"{about.get('cpu', '?')}, Python {about.get('python', '?')} ({about.get('platform', '?')}).",
        "",
        "| figure | median | baseline (same run) | ratio | goal | verdict |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for f in figures:
        base = "—"
        if f.baseline is not None:
            base = f"{format_value(f.baseline_value, f.unit)} {f.baseline}"
        ratio = f"{f.ratio:.2f}×" if f.ratio is not None else "—"
        cells = (
            f"{f.suite}: {f.name}",
            format_value(f.value, f.unit) if f.value is not None else (f.note or "—"),
            base,
            ratio,
            f.goal.text if f.goal else "—",
            verdict(f),
        )
        lines.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
    return lines


def print_table(figures: Sequence[Figure], file: TextIO | None = None) -> None:
    print("\n".join(table(figures)), file=file or sys.stdout)


def missed(figures: Iterable[Figure]) -> list[Figure]:
    """The figures whose goal is missed (not those left unmeasured: a peer not installed)."""
    return [f for f in figures if f.met is False]


def sampling(args: argparse.Namespace) -> tuple[int, float]:
    """``(rounds, sample_seconds)`` for a full run or a ``--quick`` one."""
    return (QUICK_ROUNDS, QUICK_SAMPLE_SECONDS) if args.quick else (ROUNDS, SAMPLE_SECONDS)


def parser(description: str | None) -> argparse.ArgumentParser:
    """The command line every benchmark script shares (``--json``, ``--quick``)."""
    p = argparse.ArgumentParser(description=description)
    p.add_argument("--json", type=Path, help="write the figures to this JSON file")
    p.add_argument("--quick", action="store_true", help="fewer rounds: a smoke run")
    p.add_argument(
        "--require-peers",
        action="store_true",
        help="fail when a peer library is not installed (the nox bench session)",
    )
    return p


def process_args(description: str | None, argv: list[str] | None) -> tuple[argparse.Namespace, int]:
    """The shared command line plus ``--runs`` (fresh processes), and the runs to time.

    A ``--quick`` smoke run times five processes whatever ``--runs`` says.
    """
    p = parser(description)
    p.add_argument("--runs", type=int, default=21)
    args = p.parse_args(argv)
    return args, 5 if args.quick else args.runs


def finish(figures: Sequence[Figure], args: argparse.Namespace) -> int:
    """Print the table, write the JSON when asked, and return the exit status."""
    print_table(figures)
    if args.json is not None:
        document = {"machine": machine(), "figures": [f.to_dict() for f in figures]}
        args.json.write_text(json.dumps(document, ensure_ascii=False, indent=2), encoding="utf-8")
    failed = missed(figures)
    for f in failed:
        print(f"goal missed: {f.suite}: {f.name} ({verdict(f)}, goal {f.goal and f.goal.text})")
    return 1 if failed else 0
