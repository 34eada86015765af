"""The lifecycle slice with python-statemachine: a declarative class, guards by ``cond``."""

from __future__ import annotations

from peers import PeerMissingError, Slice

__all__ = ["build"]


def build() -> Slice:
    """A machine under construction, and how to assess it, reassign its units, read its state.

    Raises:
        PeerMissingError: python-statemachine is not installed.
    """
    try:
        from statemachine import State, StateMachine
    except ImportError as error:
        raise PeerMissingError("python-statemachine") from error

    class ComplexSlice(StateMachine):  # type: ignore[misc]
        """Art. 8: qualified keeps the units; unqualified revokes both; then reassignment."""

        under_construction = State(initial=True)
        units_revoked = State()

        annual_assessment = under_construction.to.itself(
            cond="qualified", internal=True
        ) | under_construction.to(units_revoked, unless="qualified")
        units_reassignment = units_revoked.to(under_construction)

        def qualified(self, qualified: bool) -> bool:
            return qualified

    machine = ComplexSlice()

    def assess(qualified: bool) -> None:
        machine.send("annual_assessment", qualified=qualified)

    def reassign() -> None:
        machine.send("units_reassignment")

    def state() -> str:
        return str(machine.current_state.id)

    return machine, assess, reassign, state
