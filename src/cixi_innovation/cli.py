"""The ``cixi-innovation`` command line."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from .measures import MEASURES

__all__ = ["main"]


def main(argv: Sequence[str] | None = None) -> int:
    """Print the Measures' summary (the scenario commands build on this entry point)."""
    args = list(sys.argv[1:] if argv is None else argv)
    lang = "zh" if "--lang" in args and args[args.index("--lang") + 1 :][:1] == ["zh"] else "en"
    print(MEASURES.summary(lang))
    return 0
