"""What a person at the terminal sees of a bulk run: where it runs, progress, a summary.

The bar itself is ``harvester.progress``'s, drawn only on a terminal, so a batch job's log holds
the opening line and the summary alone.
"""

from __future__ import annotations

from harvester.jobs.bulk.run import BulkReport, FileDone, Started
from harvester.progress import Progress

__all__ = ["FileCounter", "opening", "summary"]


def opening(started: Started) -> str:
    """Where the run happens and how much is left to read."""
    already = f" ({started.skipped} finished by an earlier run)" if started.skipped else ""
    if not started.files:
        return f"Nothing to read{already}"
    where = f"dashboard {started.dashboard}" if started.dashboard else "no dashboard"
    return f"Dask: {started.workers} worker(s), {where}; {started.files} file(s) to read{already}"


class FileCounter:
    """Follows ``run_bulk``'s ``on_file``: a tick per file and the records written so far."""

    def __init__(self, step: Progress) -> None:
        self._step = step
        self._records = 0

    def __call__(self, done: FileDone) -> None:
        self._records += done.records
        self._step.update()
        self._step.status(f"{self._records:,} records")


def summary(report: BulkReport) -> str:
    """One closing line: files, records, findings, time and rate, and where the data is."""
    parts = [
        f"Read {report.files} file(s) in {report.seconds:,.1f} s: {report.records:,} records "
        f"({report.records_per_second:,.0f} records/s), {report.findings:,} findings"
    ]
    if report.skipped:
        parts.append(f"{report.skipped} file(s) finished before")
    if report.replaced:
        parts.append(f"{report.replaced:,} records replaced or deleted by later files")
    if report.failures:
        parts.append(f"{len(report.failures)} file(s) failed")
    return "; ".join(parts) + f". Parquet datasets records/, studies/, findings/ in {report.out_dir}"
