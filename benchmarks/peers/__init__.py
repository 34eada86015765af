"""The peers of the performance suite: the same small slices written with other libraries.

Each module imports its library inside a function and raises :class:`PeerMissingError`
when it is not installed, so that a benchmark reports the peer as "not installed"
instead of failing.  The libraries are installed by the ``bench`` dependency group.

The lifecycle slice is the one of a Complex under construction (Art. 8): an annual
assessment, qualified (units kept, the state stays) or unqualified (both units'
qualifications revoked), then the reassignment of new units (back under construction).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from types import ModuleType
from typing import Any

__all__ = ["SLICE", "PeerMissingError", "Slice", "require"]

#: The events of the slice, in order: (event, qualified?) -- the third is the reassignment.
SLICE: tuple[tuple[str, bool | None], ...] = (
    ("annual_assessment", True),
    ("annual_assessment", False),
    ("units_reassignment", None),
)


#: What a slice's ``build()`` returns: the machine, and how to assess it, reassign its
#: units and read its state.
Slice = tuple[Any, Callable[[bool], None], Callable[[], None], Callable[[], str]]


class PeerMissingError(ImportError):
    """The peer library is not installed."""


def require(module: str, distribution: str) -> ModuleType:
    """The peer library's ``module``, imported when a benchmark first needs it.

    Raises:
        PeerMissingError: ``distribution`` is not installed.
    """
    try:
        return importlib.import_module(module)
    except ImportError as error:
        raise PeerMissingError(distribution) from error
