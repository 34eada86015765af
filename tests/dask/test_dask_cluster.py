"""Monte Carlo studies on a real Dask cluster: the same result as in one process.

A ``dask.distributed`` LocalCluster of two worker processes runs the chunks of a study
through ``client.get_executor()``, the path the docs show.  Skipped where dask is not
installed (the ``dask`` extra); ``nox -s dask`` installs it and runs these tests.
"""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import Future
from typing import Any

import pytest
from tests.scenario.documents import uncertain, variant

from cixi_innovation.scenarios.default import default_scenario
from cixi_innovation.scenarios.simulation import monte_carlo, run_seed, simulate
from cixi_innovation.values.errors import MissingInputError

distributed = pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    """A client of a LocalCluster of two worker processes, one thread each."""
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        yield client


def test_a_study_on_the_cluster_is_the_study_in_one_process(client: Any) -> None:
    s = uncertain()
    seen: list[tuple[int, int]] = []
    on_dask = monte_carlo(
        s, 64, seed=7, executor=client.get_executor(), progress=lambda d, t: seen.append((d, t))
    )
    assert on_dask == monte_carlo(s, 64, seed=7, jobs=1)
    assert not on_dask.identical_runs
    assert seen[-1] == (64, 64)
    cash = simulate(s, seed=run_seed(7, 63)).total(2027).cash
    assert on_dask.run_values("cash", 2027)[63] == cash


def test_the_executor_futures_are_standard_ones(client: Any) -> None:
    # so that the study gathers the chunks as they finish
    assert isinstance(client.get_executor().submit(sum, [1, 2]), Future)


def test_an_error_on_a_worker_reaches_the_caller(client: Any) -> None:
    def unstated(raw: dict[str, Any]) -> None:
        # the first Complex's assessments neither given nor drawn: no probability for them
        raw.pop("probabilities", None)
        for facts in raw["platforms"][0]["years"].values():
            facts.pop("assessment", None)

    with pytest.raises(MissingInputError, match="assessment"):
        monte_carlo(variant(unstated), 4, seed=1, executor=client.get_executor())
    # the cluster is still there for the next study
    assert monte_carlo(default_scenario(), 4, seed=1, executor=client.get_executor()).identical_runs
