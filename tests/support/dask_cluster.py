"""A real Dask cluster on 127.0.0.1 for the bulk tests, and a way to see what its workers started."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import cloudpickle
from distributed import Client, WorkerPlugin

from harvester.jobs.bulk.run import Cluster, connect


@contextmanager
def local_cluster(workers: int = 2) -> Iterator[Client]:
    """Worker processes on 127.0.0.1, one thread each, started as ``harvester extract`` starts them."""
    with connect(Cluster(workers=workers, dashboard=":0")) as client:
        yield client


class StartLog(WorkerPlugin):
    """Appends "worker-address key" to a file each time a worker starts executing a task."""

    def __init__(self, path: Path) -> None:
        self.path = str(path)
        self.address = ""

    def setup(self, worker: object) -> None:
        self.address = str(getattr(worker, "address", ""))

    def transition(self, key: object, start: str, finish: str, **kwargs: object) -> None:
        if finish == "executing":
            with open(self.path, "a", encoding="utf-8") as log:
                log.write(f"{self.address} {key}\n")


# The workers cannot import the tests' modules: the plugin travels by value.
cloudpickle.register_pickle_by_value(sys.modules[__name__])
