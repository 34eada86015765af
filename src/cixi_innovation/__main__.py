"""``python -m cixi_innovation``: the command line (see :mod:`cixi_innovation.cli`)."""

from __future__ import annotations

import sys

from cixi_innovation.cli import main

if __name__ == "__main__":  # pragma: no cover - exercised through subprocess tests
    sys.exit(main())
