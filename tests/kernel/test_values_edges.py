"""The fast copy of frozen values stays off a class whose field a subclass hides."""

from __future__ import annotations

import attrs

from cixi_innovation.values._attrs import evolve, is_simple


@attrs.frozen
class _Round:
    start: int
    targets: str = "五年建设目标"


class _Shadowed(_Round):
    """Not an attrs class: its class attribute hides the slot of ``start`` from reads."""

    start = 0


def test_a_slotted_class_that_only_sets_its_fields_is_copied_slot_by_slot() -> None:
    assert is_simple(_Round)
    assert evolve(_Round(2025), start=2026) == _Round(2026)


def test_a_subclass_hiding_a_fields_slot_is_built_through_its_init() -> None:
    # writing the slot would not change what ``start`` reads: the copy must go through
    # __init__, which stores it where reads find it
    assert not is_simple(_Shadowed)
    value = _Shadowed(2025, "新目标")
    changed = evolve(value, start=2026)
    assert type(changed) is _Shadowed
    assert (changed.start, changed.targets) == (2026, "新目标")
    assert changed == attrs.evolve(value, start=2026)
    assert evolve(value, targets="另一目标").start == 2025
