"""The progress bar of a long simulation or Monte Carlo study (模拟进度), drawn on standard error."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TextIO

from cixi_innovation.cli._output import say

__all__ = ["PROGRESS_DELAY", "ProgressBar", "duration"]

#: Seconds a simulation or a study runs before its progress bar appears.
PROGRESS_DELAY = 1.0


def duration(seconds: float) -> str:
    """A duration as the bar writes it: ``12.3s``, ``4m05s``, ``1h02m``.

    >>> duration(12.34), duration(245), duration(3725)
    ('12.3s', '4m05s', '1h02m')
    """
    if seconds < 60:
        return f"{seconds:.1f}s"
    whole = int(seconds)
    if whole < 3600:
        return f"{whole // 60}m{whole % 60:02d}s"
    return f"{whole // 3600}h{whole % 3600 // 60:02d}m"


class ProgressBar:
    """A progress bar on a text stream, shown once the work has run for ``delay`` seconds.

    It is the ``progress`` callback of
    :func:`~cixi_innovation.scenarios.simulation.monte_carlo` (``unit="runs"``) and of
    :func:`~cixi_innovation.scenarios.simulation.simulate` (``unit="platform-years"``);
    short work prints nothing at all.  Each line gives the work done, the time taken
    and, until the end, the time left at the pace so far.

    Args:
        stream: where to draw (standard error).
        delay: seconds before the bar first appears (:data:`PROGRESS_DELAY` when None).
        clock: the clock, in seconds (for tests).
        width: the number of cells of the bar.
        unit: what is counted.
        lang: the language of the words of the line (``"zh"`` or English).
    """

    def __init__(
        self,
        stream: TextIO,
        *,
        delay: float | None = None,
        clock: Callable[[], float] = time.monotonic,
        width: int = 30,
        unit: str = "runs",
        lang: str = "en",
    ) -> None:
        self.stream = stream
        self.delay = PROGRESS_DELAY if delay is None else delay
        self.clock = clock
        self.width = width
        self.unit = unit
        self.lang = lang
        self.started = clock()
        self.shown = False
        self.drawn = 0

    def __call__(self, done: int, total: int) -> None:
        """Draw ``done`` of ``total`` (after the delay), with the time left."""
        elapsed = self.clock() - self.started
        if not self.shown and elapsed < self.delay:
            return
        self.shown = True
        filled = self.width * done // total if total else self.width
        bar = "#" * filled + "." * (self.width - filled)
        line = f"[{bar}] {done}/{total} {self.unit} {duration(elapsed)}"
        if 0 < done < total:
            line += say(self.lang, "left", time=duration(elapsed * (total - done) / done))
        # spaces over what is left of a longer line drawn before
        self.stream.write("\r" + line.ljust(self.drawn))
        self.drawn = len(line)
        self.stream.flush()

    def close(self) -> None:
        """End the bar's line, if the bar was drawn."""
        if self.shown:
            self.stream.write("\n")
            self.stream.flush()
