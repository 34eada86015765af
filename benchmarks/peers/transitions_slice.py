"""The lifecycle slice with transitions: a ``Machine`` on a model, guards by ``conditions``."""

from __future__ import annotations

from typing import Any

from peers import Slice, require

__all__ = ["build"]


class _Model:
    """The model the machine decorates with its state and triggers."""

    state: str

    def qualified(self, qualified: bool) -> bool:
        return qualified


def build() -> Slice:
    """A machine under construction, and how to assess it, reassign its units, read its state.

    Raises:
        PeerMissingError: transitions is not installed.
    """
    transitions = require("transitions", "transitions")
    model = _Model()
    transitions.Machine(
        model=model,
        states=["under_construction", "units_revoked"],
        transitions=[
            {
                "trigger": "annual_assessment",
                "source": "under_construction",
                "dest": None,  # an internal transition: the state stays
                "conditions": "qualified",
            },
            {
                "trigger": "annual_assessment",
                "source": "under_construction",
                "dest": "units_revoked",
                "unless": "qualified",
            },
            {
                "trigger": "units_reassignment",
                "source": "units_revoked",
                "dest": "under_construction",
            },
        ],
        initial="under_construction",
        auto_transitions=False,
    )
    trigger: Any = model

    def assess(qualified: bool) -> None:
        trigger.annual_assessment(qualified=qualified)

    def reassign() -> None:
        trigger.units_reassignment()

    def state() -> str:
        return model.state

    return model, assess, reassign, state
