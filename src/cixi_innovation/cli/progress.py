"""The progress bar of a long Monte Carlo study (蒙特卡洛模拟进度), drawn on standard error."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TextIO

__all__ = ["PROGRESS_DELAY", "ProgressBar"]

#: Seconds a Monte Carlo study runs before its progress bar appears.
PROGRESS_DELAY = 1.0


class ProgressBar:
    """A progress bar on a text stream, shown once the work has run for ``delay`` seconds.

    It is the ``progress`` callback of
    :func:`~cixi_innovation.scenarios.simulation.monte_carlo`; short runs print nothing at all.

    Args:
        stream: where to draw (standard error).
        delay: seconds before the bar first appears (:data:`PROGRESS_DELAY` when None).
        clock: the clock, in seconds (for tests).
        width: the number of cells of the bar.
    """

    def __init__(
        self,
        stream: TextIO,
        *,
        delay: float | None = None,
        clock: Callable[[], float] = time.monotonic,
        width: int = 30,
    ) -> None:
        self.stream = stream
        self.delay = PROGRESS_DELAY if delay is None else delay
        self.clock = clock
        self.width = width
        self.started = clock()
        self.shown = False

    def __call__(self, done: int, total: int) -> None:
        """Draw ``done`` of ``total`` runs (after the delay)."""
        elapsed = self.clock() - self.started
        if not self.shown and elapsed < self.delay:
            return
        self.shown = True
        filled = self.width * done // total if total else self.width
        bar = "#" * filled + "." * (self.width - filled)
        self.stream.write(f"\r[{bar}] {done}/{total} runs {elapsed:.1f}s")
        self.stream.flush()

    def close(self) -> None:
        """End the bar's line, if the bar was drawn."""
        if self.shown:
            self.stream.write("\n")
            self.stream.flush()
