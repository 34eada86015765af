"""The lifecycle slice with Automat: a typed Mealy machine; inputs, no guards.

Automat chooses the next state from the state and the input alone, by design: the
result of the assessment is therefore two inputs, and :func:`build`'s ``assess`` picks
one, as a caller of an Automat machine would.
"""

from __future__ import annotations

from typing import Protocol

from peers import Slice, require

__all__ = ["build"]


class ComplexInputs(Protocol):
    """The inputs of the slice (Art. 8)."""

    def assessed_qualified(self) -> str: ...
    def assessed_unqualified(self) -> str: ...
    def units_reassigned(self) -> str: ...


class _Core:
    """The machine's shared data (none is needed here)."""


def build() -> Slice:
    """A machine under construction, and how to assess it, reassign its units, read its state.

    Raises:
        PeerMissingError: Automat is not installed.
    """
    builder = require("automat", "automat").TypeMachineBuilder(ComplexInputs, _Core)
    under_construction = builder.state("under_construction")
    units_revoked = builder.state("units_revoked")
    under_construction.upon(ComplexInputs.assessed_qualified).loop().returns("under_construction")
    under_construction.upon(ComplexInputs.assessed_unqualified).to(units_revoked).returns(
        "units_revoked"
    )
    units_revoked.upon(ComplexInputs.units_reassigned).to(under_construction).returns(
        "under_construction"
    )
    machine = builder.build()(_Core())
    last = ["under_construction"]

    def assess(qualified: bool) -> None:
        if qualified:
            last[0] = machine.assessed_qualified()
        else:
            last[0] = machine.assessed_unqualified()

    def reassign() -> None:
        last[0] = machine.units_reassigned()

    def state() -> str:
        return last[0]

    return machine, assess, reassign, state
