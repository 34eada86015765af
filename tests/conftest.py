"""Shared pytest configuration: hypothesis profiles and collection rules."""

from __future__ import annotations

import os

from hypothesis import settings
from hypothesis.errors import InvalidArgument

# tests/downstream/ holds scripts that the typecheck session runs mypy on from outside
# the source tree; they are not test modules and must not be imported by pytest
# (--doctest-modules would otherwise import every .py file).
collect_ignore: list[str] = ["downstream"]


def _ci_base_profile() -> settings:
    """Return hypothesis's built-in ``ci`` profile, or the default on older releases.

    Recent hypothesis releases ship a ``ci`` profile (derandomized, no example database,
    no deadline) that they load when the ``CI`` variable is set; it is extended here
    rather than replaced.
    """
    try:
        return settings.get_profile("ci")
    except InvalidArgument:
        return settings.get_profile("default")


settings.register_profile(
    "ci", _ci_base_profile(), max_examples=200, deadline=None, derandomize=True
)
# The parent is named: left out, it would be whichever profile is active, which is
# hypothesis's own "ci" as soon as the CI variable is present (even empty).
settings.register_profile("dev", settings.get_profile("default"), max_examples=100, deadline=None)
settings.load_profile("ci" if "CI" in os.environ else "dev")
