"""The default scenario (默认情景): an illustrative Cixi portfolio over 2025-2029.

Its one source is the file shipped in the package, ``data/default_scenario.toml``
(``cixi-innovation scenario`` prints it), read with :mod:`tomllib` once, on first use.
Its open inputs (advance, settlement link, Art. 16 schedule, Art. 20 ratio) are
assumptions of the scenario, not values of the Measures, and its title and notes say so.

:data:`DEFAULT_SCENARIO_DATA` is that file as plain data: a dict made on first use and
the same object at every later use, like a constant.  It is a copy of its own, so that
changing it (deep-copy it first to build a variant) does not change
:func:`default_scenario`.
"""

from __future__ import annotations

import copy
import functools
import os
import sys
import tomllib
from typing import Any

from cixi_innovation.scenarios.scenario import Scenario

__all__ = ["DEFAULT_SCENARIO_DATA", "default_scenario"]

#: The default scenario as plain data (the shipped TOML file, parsed on first use).
DEFAULT_SCENARIO_DATA: dict[str, object]


@functools.cache
def _parsed() -> dict[str, Any]:
    """The shipped file, parsed once; never handed out (it must stay as shipped)."""
    # What pkgutil.get_data does, without importing pkgutil: the package's loader reads
    # the file beside its modules (a folder or a zip archive alike).
    spec: Any = sys.modules["cixi_innovation"].__spec__
    path = os.path.join(os.path.dirname(spec.origin), "data", "default_scenario.toml")
    raw: bytes = spec.loader.get_data(path)
    return tomllib.loads(raw.decode("utf-8"))


@functools.cache
def _data() -> dict[str, object]:
    return copy.deepcopy(_parsed())


def __getattr__(name: str) -> dict[str, object]:
    if name == "DEFAULT_SCENARIO_DATA":
        return _data()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def default_scenario() -> Scenario:
    """The embedded default scenario: an illustrative Cixi portfolio over 2025-2029.

    Five Complexes in the fields of Art. 5 (smart home appliances, auto parts, bearings,
    life and health, new materials), two of them at Ningbo level or above; one is
    unqualified in 2026 and gets new units, one (created before the Measures) is
    eliminated at its 2026 appraisal.  Three Consortia, one revoked at its final
    acceptance.  Two Innovation Centers recognised at Ningbo level with Cixi matching,
    one poor at its mid-term evaluation.  The open inputs are **assumptions of the
    scenario, not values of the Measures**, as its title and notes say.

    >>> s = default_scenario()
    >>> len(s.platforms), s.horizon.years[0], s.horizon.years[-1]
    (10, 2025, 2029)
    """
    return Scenario.from_data(_parsed())
