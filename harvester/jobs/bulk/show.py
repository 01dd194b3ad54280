"""What a person at the terminal sees of a bulk run: where it runs, a progress bar, a summary.

The bar counts files and shows the records written so far; it is drawn only on a terminal, so a
batch job's log holds the opening line and the summary alone.
"""

from __future__ import annotations

from typing import TextIO

from tqdm import tqdm

from harvester.jobs.bulk.run import BulkReport, FileDone, Started

__all__ = ["Progress", "summary"]


class Progress:
    """Follows ``run_bulk`` through its ``on_start`` and ``on_file`` callbacks."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream
        self._bar: tqdm | None = None
        self._records = 0

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self._bar is not None:
            self._bar.close()

    def start(self, started: Started) -> None:
        already = f" ({started.skipped} finished by an earlier run)" if started.skipped else ""
        if started.files:
            where = f"dashboard {started.dashboard}" if started.dashboard else "no dashboard"
            line = f"Dask: {started.workers} worker(s), {where}; {started.files} file(s) to read{already}"
        else:
            line = f"Nothing to read{already}"
        print(line, file=self._stream, flush=True)
        self._bar = tqdm(
            total=started.files,
            unit="file",
            file=self._stream,
            disable=not self._stream.isatty(),
            dynamic_ncols=True,
        )

    def file_done(self, done: FileDone) -> None:
        self._records += done.records
        if self._bar is not None:
            self._bar.set_postfix_str(f"{self._records:,} records", refresh=False)
            self._bar.update(1)


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
