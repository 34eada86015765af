"""The lifecycle slice with transitions: a ``Machine`` on a model, guards by ``conditions``."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from peers import PeerMissingError

__all__ = ["build"]


class _Model:
    """The model the machine decorates with its state and triggers."""

    state: str

    def qualified(self, qualified: bool) -> bool:
        return qualified


def build() -> tuple[Any, Callable[[bool], None], Callable[[], None], Callable[[], str]]:
    """A machine under construction, and how to assess it, reassign its units, read its state.

    Raises:
        PeerMissingError: transitions is not installed.
    """
    try:
        from transitions import Machine
    except ImportError as error:
        raise PeerMissingError("transitions") from error

    model = _Model()
    Machine(
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
