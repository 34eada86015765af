"""A pytest plugin for mutation runs: a small, deterministic hypothesis profile.

``nox -s mutation`` runs the test suite under mutmut with ``-p mutation_profile`` (this
directory is put on ``PYTHONPATH``).  mutmut runs pytest many times in one process and
then in forked children, once per mutant, so the profile:

* derives every example from the test itself (``derandomize``) and keeps no example
  database, so that a mutant that survives once survives every time;
* runs fewer examples than the ``ci`` profile, since each mutant reruns the tests that
  reach the mutated function;
* allows a test method to be called from several instances of its class, which is what
  running the suite more than once in a process looks like to hypothesis.

It is not a test module and does nothing unless pytest loads it as a plugin.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, settings

PROFILE = "mutation"
MAX_EXAMPLES = 25


def pytest_configure(config: pytest.Config) -> None:
    """Register and load the profile, after ``tests/conftest.py`` has loaded its own."""
    settings.register_profile(
        PROFILE,
        settings.get_profile("default"),
        max_examples=MAX_EXAMPLES,
        derandomize=True,
        database=None,
        deadline=None,
        suppress_health_check=[HealthCheck.differing_executors, HealthCheck.too_slow],
    )
    settings.load_profile(PROFILE)
