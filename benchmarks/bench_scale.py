"""The bulk path on Dask: records per second per core with 1 and 2 workers, and memory per worker.

Baseline-shaped gzipped files are generated as ``bench_import`` generates them (the real records
of ``../shared/data/ncbi-samples`` repeated under fresh PMIDs, each file its own PMIDs). Each run
is ``run_bulk`` on an already started ``LocalCluster`` (starting one takes seconds that a
1,300-file run does not notice): parse, extract, write Parquet, apply the inputs in order.

* ``workers_1`` / ``workers_2``: the same files on 1 and 2 worker processes; ``scaling`` is the
  ratio of the two wall-clock rates (the target assumes two idle cores: ``load_average`` shows how
  busy the machine was). ``records_per_cpu_s`` counts the workers' own CPU time instead, which
  neighbours on the machine do not change much: records per second of a core to itself.
* ``worker_peak_mb``: the high-water mark of a fresh worker's resident memory after one
  ``RECORDS``-record file (a baseline file's size), beside that of a worker after the small files:
  a worker's memory should not grow with the file.
* ``projected_baseline_core_hours``: ~38 million records at the 1-worker rate, beside
  pubmed_parser's per-core parse rate on the same large file (it only parses: no extraction and
  no output), measured in its own process as ``bench_import`` measures it.
"""

from __future__ import annotations

import os
import resource
import tempfile
from dataclasses import dataclass
from pathlib import Path

from benchmarks.bench_import import SAMPLES, measure, peak_megabytes, sample_articles, write_baseline

RECORDS = 30_000  # a baseline file
SMALL_FILES = 4
SMALL_RECORDS = 2_500
BASELINE_RECORDS = 38_000_000
TARGET_SCALING = 1.7
TARGET_PEAK_MB = 400.0


def run() -> dict[str, float | str]:
    if not SAMPLES.is_dir():
        return {"skipped": f"reference data not found at {SAMPLES}"}
    articles = sample_articles(SAMPLES)
    results: dict[str, float | str] = {}
    with tempfile.TemporaryDirectory(prefix="bench-scale-") as tmp:
        root = Path(tmp)
        small = root / "small"
        small.mkdir()
        for index in range(SMALL_FILES):
            first = 50_000_001 + index * SMALL_RECORDS
            write_baseline(small / f"pubmed26n{index + 1:04d}.xml.gz", articles, SMALL_RECORDS, first)
        results["files"] = float(SMALL_FILES)
        results["file_records"] = float(SMALL_RECORDS)
        results["load_average"] = os.getloadavg()[0]
        for workers in (1, 2):
            figures = _timed_run(small, root / f"out-{workers}", workers)
            results[f"workers_{workers}.records_per_s"] = figures.rate
            results[f"workers_{workers}.records_per_s_per_core"] = figures.rate / workers
            results[f"workers_{workers}.records_per_cpu_s"] = figures.per_cpu_second
            if workers == 1:
                results["worker_peak_mb.small_file"] = figures.peak_mb
        one, two = results["workers_1.records_per_s"], results["workers_2.records_per_s"]
        assert isinstance(one, float) and isinstance(two, float)
        results["scaling"] = two / one
        large = root / "large"
        large.mkdir()
        write_baseline(large / "pubmed26n0001.xml.gz", articles, RECORDS)
        figures = _timed_run(large, root / "out-large", 1)
        results["worker_peak_mb.30000_records"] = figures.peak_mb
        results["large_file.records_per_s"] = figures.rate
        results["large_file.records_per_cpu_s"] = figures.per_cpu_second
        results["projected_baseline_core_hours"] = BASELINE_RECORDS / one / 3600
        results["projected_baseline_core_hours.own_core"] = BASELINE_RECORDS / figures.per_cpu_second / 3600
        results["load_average.end"] = os.getloadavg()[0]
        _pubmed_parser(results, large / "pubmed26n0001.xml.gz", root)
    results["target.scaling"] = f">= {TARGET_SCALING} (2 workers over 1)"
    results["target.worker_peak_mb"] = f"< {TARGET_PEAK_MB:g}, flat as files grow"
    return results


@dataclass(frozen=True)
class _Figures:
    rate: float  # records per wall-clock second
    per_cpu_second: float  # records per second of the workers' CPU time
    peak_mb: float  # the largest worker's resident-memory high-water mark


def _timed_run(folder: Path, out: Path, workers: int) -> _Figures:
    """``run_bulk`` on a fresh cluster of ``workers``, started and warmed before the clock starts."""
    from harvester.jobs.bulk.run import Cluster, connect, run_bulk

    with connect(Cluster(workers=workers, dashboard=":0")) as client:
        cluster = Cluster(scheduler=client.scheduler.address)
        warm = [out.parent / f"warm-{workers}-{n}.xml" for n in range(workers)]
        for index, path in enumerate(warm):  # each worker's first task imports and loads the vocabulary
            write_baseline(path, sample_articles(SAMPLES)[:5], 5, first_pmid=10 + 10 * index)
        run_bulk(warm, out.parent / f"warm-out-{workers}", cluster=cluster)
        before = client.run(_cpu_seconds)
        report = run_bulk([folder], out, cluster=cluster)
        after = client.run(_cpu_seconds)
        peaks = client.run(peak_megabytes)
    if report.failures:
        raise RuntimeError("; ".join(report.failures))
    cpu = sum(after.values()) - sum(before.values())
    return _Figures(report.records_per_second, report.records / cpu, max(peaks.values()))


def _cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _pubmed_parser(results: dict[str, float | str], path: Path, root: Path) -> None:
    figures = measure("pubmed_parser", path, root / "pubmed_parser", megabytes=0.0)
    if isinstance(figures, str):
        results["pubmed_parser"] = figures
        return
    rate = figures["records_per_s"]
    results["pubmed_parser.parse_records_per_s_per_core"] = rate
    results["pubmed_parser.projected_baseline_core_hours"] = BASELINE_RECORDS / rate / 3600
