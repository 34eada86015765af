"""The peers of the performance suite: the same small slices written with other libraries.

Each module imports its library inside a function and raises :class:`PeerMissingError`
when it is not installed, so that a benchmark reports the peer as "not installed"
instead of failing.  The libraries are installed by the ``bench`` dependency group.

The lifecycle slice is the one of a Complex under construction (Art. 8): an annual
assessment, qualified (units kept, the state stays) or unqualified (both units'
qualifications revoked), then the reassignment of new units (back under construction).
"""

from __future__ import annotations

__all__ = ["SLICE", "PeerMissingError"]

#: The events of the slice, in order: (event, qualified?) -- the third is the reassignment.
SLICE: tuple[tuple[str, bool | None], ...] = (
    ("annual_assessment", True),
    ("annual_assessment", False),
    ("units_reassignment", None),
)


class PeerMissingError(ImportError):
    """The peer library is not installed."""
