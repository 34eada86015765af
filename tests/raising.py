"""Helper of the tests: the error a call raises, for its message to be compared whole."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import pytest

__all__ = ["raised"]

_E = TypeVar("_E", bound=BaseException)


def raised(error: type[_E], call: Callable[[], object]) -> _E:
    """The ``error`` that ``call()`` raises; the test fails if it raises none or another."""
    with pytest.raises(error) as caught:
        call()
    return caught.value
