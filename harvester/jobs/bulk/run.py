"""Running a bulk extraction on Dask: one task per input file, on a laptop or on a cluster.

Without a scheduler address a ``LocalCluster`` of worker processes (one a core, one thread each:
the extractor is pure Python) runs on this machine; with one (``--scheduler`` or
``DASK_SCHEDULER_ADDRESS``) the same tasks go to a cluster started by dask-jobqueue on SLURM or
PBS, or by the Dask Kubernetes operator, whose workers see the files and ``DIR`` at the same paths.

This process only plans, follows and records: it submits the inputs the manifest does not show as
finished, writes each input into the manifest as its task ends, and at the end applies the inputs
in order (``resolve``). A worker that dies mid-task is replaced and its task run again by Dask
(up to ``distributed.scheduler.allowed-failures`` times); a file that cannot be read fails its
task alone and is reported by name; a run stopped at any point leaves the manifest to say what is
finished, and the same command goes on from there.
"""

from __future__ import annotations

import os
import time
import uuid
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from harvester.errors import HarvesterError, InputError, OutputError
from harvester.extract.vocabulary import TopicLike
from harvester.jobs.bulk.inputs import DATASETS, Done, Manifest, by_name, find_inputs
from harvester.jobs.bulk.parts import PartJob, write_parts
from harvester.jobs.bulk.resolve import apply_in_order
from harvester.jobs.digest import topic_version

if TYPE_CHECKING:
    from distributed import Client

__all__ = ["BulkReport", "Cluster", "FileDone", "Started", "connect", "run_bulk"]

SCHEDULER_ENV = "DASK_SCHEDULER_ADDRESS"


@dataclass(frozen=True)
class Cluster:
    """Where the tasks run: a local cluster of ``workers`` processes, or an existing ``scheduler``."""

    workers: int | None = None  # default: one a core this process may use
    scheduler: str | None = None  # default: $DASK_SCHEDULER_ADDRESS, else a local cluster
    dashboard: str | None = ":8787"  # a local cluster's dashboard address (":0" picks a free port)
    connect_timeout: float = 30.0  # seconds to reach a scheduler before giving up


@dataclass(frozen=True)
class Started:
    files: int  # inputs to read in this run
    skipped: int  # inputs an earlier run finished
    workers: int
    dashboard: str | None


@dataclass(frozen=True)
class FileDone:
    name: str
    records: int
    findings: int
    error: str | None = None


@dataclass(frozen=True)
class BulkReport:
    files: int  # inputs read in this run
    skipped: int
    records: int  # records written in this run
    findings: int
    replaced: int  # records' rows removed because a later input replaced or deleted them
    failures: tuple[str, ...]  # one message per input that could not be read
    seconds: float
    out_dir: Path

    @property
    def records_per_second(self) -> float:
        return self.records / self.seconds if self.seconds > 0 else 0.0


def run_bulk(
    paths: Iterable[Path],
    out_dir: Path,
    *,
    cluster: Cluster = Cluster(),
    topic: TopicLike | None = None,
    on_start: Callable[[Started], None] | None = None,
    on_file: Callable[[FileDone], None] | None = None,
) -> BulkReport:
    """Write the Parquet datasets of ``paths`` (files or folders) into ``out_dir``.

    Example::

        report = run_bulk([Path("baseline"), Path("updatefiles")], Path("pubmed-parquet"))
        print(report.records, "records,", report.findings, "findings")
    """
    clock = time.monotonic()
    inputs = by_name(find_inputs(paths))
    out_dir = Path(out_dir).resolve()
    _make_folders(out_dir)
    manifest = Manifest.load(out_dir)
    manifest.use_extractor(topic_version(topic))
    manifest.add_order(inputs)
    manifest.save()  # the order holds from now on, however the run ends
    todo = {name: path for name, path in inputs.items() if not manifest.finished(name, path)}
    jobs = [PartJob(str(path.resolve()), name, str(out_dir), topic) for name, path in todo.items()]
    finished: list[Done] = []
    failures: list[str] = []
    if not jobs and on_start:
        on_start(Started(0, len(inputs), 0, None))
    elif jobs:
        with connect(cluster) as client:
            if on_start:
                workers = len(client.scheduler_info()["workers"])
                on_start(Started(len(todo), len(inputs) - len(todo), workers, client.dashboard_link))
            finished, failures = _follow(client, jobs, manifest, on_file or (lambda _: None))
    _remove_temporaries(out_dir)
    replaced = apply_in_order(out_dir, [manifest.done[n] for n in manifest.order if n in manifest.done])
    return BulkReport(
        files=len(finished),
        skipped=len(inputs) - len(todo),
        records=sum(done.records for done in finished),
        findings=sum(done.findings for done in finished),
        replaced=replaced,
        failures=tuple(failures),
        seconds=time.monotonic() - clock,
        out_dir=out_dir,
    )


def _follow(
    client: Client, jobs: list[PartJob], manifest: Manifest, on_file: Callable[[FileDone], None]
) -> tuple[list[Done], list[str]]:
    """Submit one task a job and record each as it ends; the finished inputs and the failures."""
    from distributed import KilledWorker, as_completed

    run = uuid.uuid4().hex[:8]  # another client's tasks on a shared scheduler are not these
    futures = {
        client.submit(write_parts, job, key=f"extract-{job.name}-{run}", pure=False): job for job in jobs
    }
    finished: list[Done] = []
    failures: list[str] = []
    for future in as_completed(futures):
        job = futures[future]
        try:
            done: Done = future.result()
        except HarvesterError as error:
            failures.append(str(error))
            on_file(FileDone(job.name, 0, 0, str(error)))
            continue
        except KilledWorker:
            message = f"{job.path}: every worker that read it died (out of memory?); give workers more memory"
            failures.append(message)
            on_file(FileDone(job.name, 0, 0, message))
            continue
        finally:
            future.release()
        manifest.done[job.name] = done
        manifest.save()
        finished.append(done)
        on_file(FileDone(job.name, done.records, done.findings))
    return finished, failures


@contextmanager
def connect(cluster: Cluster) -> Iterator[Client]:
    """A client of the given scheduler, or of a local cluster that ends with the block."""
    from distributed import Client, LocalCluster

    address = cluster.scheduler or os.environ.get(SCHEDULER_ENV)
    if address:
        try:
            client = Client(address, timeout=cluster.connect_timeout)
        except (OSError, TimeoutError) as error:
            raise InputError(
                f"cannot reach the Dask scheduler at {address} ({error}); "
                f"check --scheduler or ${SCHEDULER_ENV}"
            ) from None
        with client:
            yield client
        return
    workers = cluster.workers or len(os.sched_getaffinity(0))
    with (
        LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            dashboard_address=cluster.dashboard,
        ) as local,
        Client(local) as client,
    ):
        yield client


def _make_folders(out_dir: Path) -> None:
    try:
        for dataset in DATASETS:
            (out_dir / dataset).mkdir(parents=True, exist_ok=True)
    except OSError as error:
        reason = error.strerror or error
        raise OutputError(f"{out_dir}: cannot write here ({reason}); give another --out") from None


def _remove_temporaries(out_dir: Path) -> None:
    """Parts that a killed worker left half-written: no task of this run writes any more."""
    for dataset in DATASETS:
        for temp in (out_dir / dataset).glob(".*.tmp"):
            temp.unlink(missing_ok=True)
