"""The bulk path on Dask: records per second per core with 1 and 2 workers, and memory per worker.

Baseline-shaped gzipped files are generated as ``bench_import`` generates them (the real records
of ``../shared/data/ncbi-samples`` repeated under fresh PMIDs, each file its own PMIDs). Each run
is ``run_bulk`` on an already started ``LocalCluster`` (starting one takes seconds that a
1,300-file run does not notice): parse, extract, write Parquet, apply the inputs in order.

* ``workers_1`` / ``workers_2``: the same files on 1 and 2 worker processes; ``scaling`` is the
  ratio of the two rates (the target assumes two idle cores; the machine's neighbours count).
* ``worker_peak_mb``: the high-water mark of a fresh worker's resident memory after one
  ``RECORDS``-record file (a baseline file's size), beside that of a worker after the small files:
  a worker's memory should not grow with the file.
* ``projected_baseline_core_hours``: ~38 million records at the 1-worker rate, beside
  pubmed_parser's per-core parse rate on the same large file (it only parses: no extraction and
  no output), measured in its own process as ``bench_import`` measures it.
"""

from __future__ import annotations

import tempfile
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
        for workers in (1, 2):
            rate, peak = _timed_run(small, root / f"out-{workers}", workers)
            results[f"workers_{workers}.records_per_s"] = rate
            results[f"workers_{workers}.records_per_s_per_core"] = rate / workers
            if workers == 1:
                results["worker_peak_mb.small_file"] = peak
        one, two = results["workers_1.records_per_s"], results["workers_2.records_per_s"]
        assert isinstance(one, float) and isinstance(two, float)
        results["scaling"] = two / one
        large = root / "large"
        large.mkdir()
        write_baseline(large / "pubmed26n0001.xml.gz", articles, RECORDS)
        large_rate, results["worker_peak_mb.30000_records"] = _timed_run(large, root / "out-large", 1)
        results["large_file.records_per_s"] = large_rate
        results["projected_baseline_core_hours"] = BASELINE_RECORDS / one / 3600
        _pubmed_parser(results, large / "pubmed26n0001.xml.gz", root)
    results["target.scaling"] = f">= {TARGET_SCALING} (2 workers over 1)"
    results["target.worker_peak_mb"] = f"< {TARGET_PEAK_MB:g}, flat as files grow"
    return results


def _timed_run(folder: Path, out: Path, workers: int) -> tuple[float, float]:
    """Records per second of ``run_bulk`` on a fresh cluster of ``workers``, and its largest worker peak."""
    from harvester.jobs.bulk.run import Cluster, connect, run_bulk

    with connect(Cluster(workers=workers, dashboard=":0")) as client:
        report = run_bulk([folder], out, cluster=Cluster(scheduler=client.scheduler.address))
        peaks = client.run(peak_megabytes)
    if report.failures:
        raise RuntimeError("; ".join(report.failures))
    return report.records_per_second, max(peaks.values())


def _pubmed_parser(results: dict[str, float | str], path: Path, root: Path) -> None:
    figures = measure("pubmed_parser", path, root / "pubmed_parser", megabytes=0.0)
    if isinstance(figures, str):
        results["pubmed_parser"] = figures
        return
    rate = figures["records_per_s"]
    results["pubmed_parser.parse_records_per_s_per_core"] = rate
    results["pubmed_parser.projected_baseline_core_hours"] = BASELINE_RECORDS / rate / 3600
