"""Helpers of the command-line tests: the package run as ``python -m cixi_innovation``."""

from __future__ import annotations

import os
import subprocess
import sys

__all__ = ["run_module"]


def run_module(
    *args: str, stdin: str | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run the command line in a fresh interpreter, UTF-8 and with no terminal width.

    ``env`` adds to (or overrides) the environment; whatever the outcome, standard error
    never holds a traceback.
    """
    result = subprocess.run(
        [sys.executable, "-m", "cixi_innovation", *args],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**os.environ, "PYTHONIOENCODING": "utf-8", "COLUMNS": "", **(env or {})},
        check=False,
    )
    assert "Traceback" not in result.stderr
    return result
